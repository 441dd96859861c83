import ts from 'typescript';

/**
 * Visits every node below `root` in source order, without recursion: generated code nests binary expressions
 * thousands deep (`'a' + 'b' + …`), which would overflow the call stack. `visit` returns false to skip a subtree.
 */
export function walkDescendants(root: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  const stack: ts.Node[] = [];
  const pushChildren = (node: ts.Node) => {
    const children: ts.Node[] = [];
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as ts.Node);
  };
  pushChildren(root);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (visit(node) !== false) pushChildren(node);
  }
}
