import { ts } from './typescript.js';

/** `class Live {}` → `Live`; `const Live = class {}` → `Live`. */
export function className(cls: ts.ClassLikeDeclaration): string | undefined {
  if (cls.name) return cls.name.text;
  const holder = cls.parent;
  return ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
}

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

/**
 * What a call calls: its callee, or for `super(…)` the class the constructor's class extends (`class SocketJwtService
 * extends Socket { constructor() { super({ url, options }) } }` constructs a `Socket` with those arguments).
 */
export function calleeOf(call: ts.CallExpression | ts.NewExpression): ts.Expression {
  if (call.expression.kind !== ts.SyntaxKind.SuperKeyword) return call.expression;
  const heritage = classOfThis(call)?.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
  return heritage?.types[0]?.expression ?? call.expression;
}
