import { ts } from '../ast/typescript.js';
import { descendantsOfKind } from '../ast/walk.js';
import { staticPropertyName } from '../ast/property-name.js';

const cache = new WeakMap<ts.SourceFile, ReadonlySet<string> | undefined>();

/**
 * Every name `x.name` could reach a function of the file by, when the file is analyzed alone (it has no other
 * declarations): its methods and properties with a value (`send() {}`, `send: () => …`, `send = …` in a class), and
 * its functions and variables (members of a namespace, or of `globalThis`). Undefined when a member has a computed
 * name (`[key]: …`) whose text only the checker knows. A name outside the set spares the checker the type of `x`.
 */
export function memberNamesOf(sourceFile: ts.SourceFile): ReadonlySet<string> | undefined {
  if (cache.has(sourceFile)) return cache.get(sourceFile);
  const names = collectMemberNames(sourceFile);
  cache.set(sourceFile, names);
  return names;
}

function collectMemberNames(sourceFile: ts.SourceFile): ReadonlySet<string> | undefined {
  const names = new Set<string>();
  const declarations = descendantsOfKind(sourceFile, [
    ts.SyntaxKind.MethodDeclaration,
    ts.SyntaxKind.PropertyAssignment,
    ts.SyntaxKind.PropertyDeclaration,
    ts.SyntaxKind.FunctionDeclaration,
    ts.SyntaxKind.VariableDeclaration,
  ]);
  for (const declaration of declarations) {
    if (ts.isMethodDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) {
      const name = staticPropertyName(declaration.name);
      if (name === undefined) return undefined;
      names.add(name);
    } else if (
      (ts.isFunctionDeclaration(declaration) || ts.isVariableDeclaration(declaration)) &&
      declaration.name &&
      ts.isIdentifier(declaration.name)
    ) {
      names.add(declaration.name.text);
    }
  }
  return names;
}
