import { ts } from './typescript.js';

/** The function (declaration, expression, arrow, method, accessor) a node sits in, if any. */
export function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) if (ts.isFunctionLike(current)) return current;
  return undefined;
}

/** Whether `inner` lies within `outer` (same file, span inside). */
export function containsNode(outer: ts.Node, inner: ts.Node): boolean {
  return outer.getSourceFile() === inner.getSourceFile() && inner.pos >= outer.pos && inner.end <= outer.end;
}
