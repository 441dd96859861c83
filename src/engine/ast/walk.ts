import { ts } from './typescript.js';

/**
 * Visits every node below `root` in source order, without recursion: generated code nests binary expressions
 * thousands deep (`'a' + 'b' + …`), which would overflow the call stack. `visit` returns false to skip a subtree.
 */
export function walkDescendants(root: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  const stack: ts.Node[] = [];
  // Children go straight onto the stack, then that segment is reversed so that the first child is popped first:
  // no array or closure per node (walks over every node of big files are a good part of single-file analysis).
  const push = (child: ts.Node): undefined => {
    stack.push(child);
    return undefined; // a truthy result would stop forEachChild
  };
  const pushChildren = (node: ts.Node) => {
    const start = stack.length;
    ts.forEachChild(node, push);
    for (let low = start, high = stack.length - 1; low < high; low++, high--) {
      const first = stack[low] as ts.Node;
      stack[low] = stack[high] as ts.Node;
      stack[high] = first;
    }
  };
  pushChildren(root);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (visit(node) !== false) pushChildren(node);
  }
}
