import { ts } from './typescript.js';

/**
 * The class whose instance `this` is at `node`: arrow functions keep the `this` around them; a method, constructor,
 * accessor or property initializer of a class gives that class; any other function (`function () { this }`, an object
 * literal's method) has a `this` of its own, and the answer is undefined.
 */
export function classOfThis(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isArrowFunction(current)) continue;
    if (ts.isClassLike(current)) return current;
    if (ts.isFunctionLike(current)) return ts.isClassLike(current.parent) ? current.parent : undefined;
  }
  return undefined;
}
