import { ts } from './typescript.js';
import { moduleOfSpecifier } from './module-name.js';
import { descendantsOfKind } from './walk.js';

const cache = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

/** The bare modules a file imports or requires at its top level (as `moduleOfSpecifier` names them). */
export function importedModules(sourceFile: ts.SourceFile): ReadonlySet<string> {
  const cached = cache.get(sourceFile);
  if (cached) return cached;
  const modules = new Set<string>();
  for (const node of descendantsOfKind(sourceFile, [ts.SyntaxKind.ImportDeclaration, ts.SyntaxKind.CallExpression])) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) modules.add(moduleOfSpecifier(node.moduleSpecifier.text));
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteral(specifier)) modules.add(moduleOfSpecifier(specifier.text));
    }
  }
  cache.set(sourceFile, modules);
  return modules;
}
