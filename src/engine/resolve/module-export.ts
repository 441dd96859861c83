import { posix } from 'node:path';
import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { walkDescendants } from '../ast/walk.js';

/**
 * A function a module exports as itself (`module.exports = (options, data, callback) => …`, `export default function
 * (…)`) is called by whatever name each importer binds it to (`const httpsRequest = require('../libs/httpsRequest')`),
 * which the checker does not always resolve to the function (a CommonJS export of an anonymous function).
 */

/**
 * The names files bind `fn`'s module to, by file: `const x = require('../libs/httpsRequest')`, `import x from
 * './httpsRequest.js'`, a relative specifier that names the module's file (with or without its extension, or its folder
 * for an `index` file). Joined as the compiler writes file names (with `/` on every platform).
 */
export function importerBindings(
  fn: ts.Node,
  context: AnalysisContext,
): readonly { readonly file: ts.SourceFile; readonly name: string }[] {
  const target = withoutExtension(fn.getSourceFile().fileName);
  const word = target.split('/').at(-1) ?? '';
  return context
    .files()
    .flatMap((file) =>
      file.text.includes(word === 'index' ? 'require' : word) ? bindingsOf(file, target).map((name) => ({ file, name })) : [],
    );
}

function bindingsOf(file: ts.SourceFile, target: string): string[] {
  const names: string[] = [];
  const namesTarget = (specifier: ts.Expression | undefined) =>
    specifier !== undefined &&
    ts.isStringLiteralLike(specifier) &&
    specifier.text.startsWith('.') &&
    [target, target.replace(/\/index$/, '')].includes(withoutExtension(posix.join(posix.dirname(file.fileName), specifier.text)));
  walkDescendants(file, (node) => {
    if (ts.isImportDeclaration(node) && node.importClause?.name && namesTarget(node.moduleSpecifier))
      names.push(node.importClause.name.text);
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isCallExpression(node.initializer) &&
      ts.isIdentifier(node.initializer.expression) &&
      node.initializer.expression.text === 'require' &&
      namesTarget(node.initializer.arguments[0])
    )
      names.push(node.name.text);
  });
  return names;
}

function withoutExtension(path: string): string {
  return path.replace(/\.[cm]?[jt]sx?$/, '');
}
