import { ts } from '../ast/typescript.js';
import { cookieAuthMembers, cookieAuthModules } from '../tables/ws-origin.js';
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
  const module = cookieAuthModules.find((name) => modules.has(name));
  const evidence = module ? `it uses ${module}` : memberEvidence(sourceFile);
  cache.set(sourceFile, evidence);
  return evidence;
}

function memberEvidence(sourceFile: ts.SourceFile): string | undefined {
  const [read] = collectNodes(sourceFile, (node) =>
    ts.isPropertyAccessExpression(node) && cookieAuthMembers.has(node.name.text) ? node : undefined,
  );
  return read ? `it reads \`${read.getText(sourceFile)}\`` : undefined;
}
