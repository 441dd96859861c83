import { ts } from './typescript.js';
import { descendantsOfKind } from './walk.js';

const cache = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

/** The bare modules a file imports or requires at its top level (`node:` prefix dropped). */
export function importedModules(sourceFile: ts.SourceFile): ReadonlySet<string> {
  const cached = cache.get(sourceFile);
  if (cached) return cached;
  const modules = new Set<string>();
  for (const node of descendantsOfKind(sourceFile, [ts.SyntaxKind.ImportDeclaration, ts.SyntaxKind.CallExpression])) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) modules.add(normalize(node.moduleSpecifier.text));
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteral(specifier)) modules.add(normalize(specifier.text));
    }
  }
  cache.set(sourceFile, modules);
  return modules;
}

function normalize(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
}
