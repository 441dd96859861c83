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
    if (ts.isCallExpression(node) && isRequire(node)) modules.add(moduleOfSpecifier((node.arguments[0] as ts.StringLiteral).text));
  }
  for (const statement of sourceFile.statements) {
    const specifier = importEqualsSpecifier(statement);
    if (specifier !== undefined) modules.add(moduleOfSpecifier(specifier));
  }
  cache.set(sourceFile, modules);
  return modules;
}

const importedNamesCache = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

/** Names the file's top-level imports and requires bind (`https`, `{ https }`, `* as lib`, `const fr = require(…)`). */
export function importedNames(sourceFile: ts.SourceFile): ReadonlySet<string> {
  let names = importedNamesCache.get(sourceFile);
  if (!names) {
    const found = new Set<string>();
    for (const statement of sourceFile.statements) {
      const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
      if (clause?.name) found.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) found.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) bindings.elements.forEach((element) => found.add(element.name.text));
      if (ts.isImportEqualsDeclaration(statement) && importEqualsSpecifier(statement) !== undefined) found.add(statement.name.text);
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (!declaration.initializer || !ts.isCallExpression(declaration.initializer) || !isRequire(declaration.initializer)) continue;
          if (ts.isIdentifier(declaration.name)) found.add(declaration.name.text);
          else if (ts.isObjectBindingPattern(declaration.name))
            declaration.name.elements.forEach((element) => ts.isIdentifier(element.name) && found.add(element.name.text));
        }
      }
    }
    names = found;
    importedNamesCache.set(sourceFile, names);
  }
  return names;
}

/** `require('x')` with a string literal: a module the file requires. */
function isRequire(call: ts.CallExpression): boolean {
  const [specifier] = call.arguments;
  return ts.isIdentifier(call.expression) && call.expression.text === 'require' && specifier !== undefined && ts.isStringLiteral(specifier);
}

/** TypeScript's CommonJS import, `import x = require('m')`: the module it names, else undefined. */
export function importEqualsSpecifier(statement: ts.Node): string | undefined {
  if (!ts.isImportEqualsDeclaration(statement) || !ts.isExternalModuleReference(statement.moduleReference)) return undefined;
  const expression = statement.moduleReference.expression;
  return ts.isStringLiteral(expression) ? expression.text : undefined;
}
