import ts from 'typescript';

/** Every value `pick` returns for the nodes under `root` (root included), in source order. */
export function collectNodes<T>(root: ts.Node, pick: (node: ts.Node) => T | undefined): T[] {
  const found: T[] = [];
  const visit = (node: ts.Node): void => {
    const picked = pick(node);
    if (picked !== undefined) found.push(picked);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}
