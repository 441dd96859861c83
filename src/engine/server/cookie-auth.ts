import { ts } from '../ast/typescript.js';
import { cookieAuthMembers, cookieAuthModules, localSessionModule } from '../tables/ws-origin.js';
import { collectNodes } from './collect-nodes.js';
import { importedModules } from '../ast/imported-modules.js';

const cache = new WeakMap<ts.SourceFile, string | undefined>();

/**
 * Evidence that a server file authenticates by cookie or session (an import such as express-session, or reads of
 * `req.session` / `req.cookies` / `headers.cookie`), described for the message; undefined when there is none.
 */
export function cookieAuthEvidence(sourceFile: ts.SourceFile): string | undefined {
  if (cache.has(sourceFile)) return cache.get(sourceFile);
  const modules = importedModules(sourceFile);
  const module =
    cookieAuthModules.find((name) => modules.has(name)) ?? [...modules].find(isLocalSessionModule) ?? localSessionImport(sourceFile);
  const evidence = module ? `it uses ${module}` : memberEvidence(sourceFile);
  cache.set(sourceFile, evidence);
  return evidence;
}

/**
 * A module of the project named for the session (`require('./session')`, `'../middleware/sessionMiddleware'`): apps
 * configure express-session or cookie-session once there and run it where they need it, a handshake too
 * (`io.use((socket, next) => require('./session')(socket.request, {}, next))`).
 */
function isLocalSessionModule(specifier: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const base = specifier.slice(specifier.lastIndexOf('/') + 1).replace(/\.[cm]?[jt]s$/, '');
  return localSessionModule.test(base);
}

/**
 * A name for the session imported from a project module of another name: `import { sessionMiddleware } from
 * './middlewares'`, which a socket server runs on its handshake (`io.use(wrap(sessionMiddleware))`).
 */
function localSessionImport(sourceFile: ts.SourceFile): string | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!statement.moduleSpecifier.text.startsWith('.')) continue;
    const bindings = statement.importClause?.namedBindings;
    const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((element) => element.name.text) : [];
    const found = names.find((name) => localSessionModule.test(name));
    if (found) return found;
  }
  return undefined;
}

function memberEvidence(sourceFile: ts.SourceFile): string | undefined {
  const [read] = collectNodes(sourceFile, (node) =>
    ts.isPropertyAccessExpression(node) && cookieAuthMembers.has(node.name.text) ? node : undefined,
  );
  return read ? `it reads \`${read.getText(sourceFile)}\`` : undefined;
}
