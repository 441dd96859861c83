import { ts } from './typescript.js';

/**
 * A file's nodes in source order, each with the index just past its subtree: built by the first walk over the whole
 * file, read by every later one (the engine walks a file several times: sink candidates, alias names, the writes
 * index, imported modules, calls by name, query reads), which then costs an array scan instead of `forEachChild`.
 */
interface FlatNodes {
  readonly nodes: readonly ts.Node[];
  readonly subtreeEnds: readonly number[];
  /** Each node's kind: a walk that wants a few kinds scans these small integers instead of touching every node. */
  readonly kinds: readonly ts.SyntaxKind[];
}

const flatFiles = new WeakMap<ts.SourceFile, FlatNodes>();

/**
 * Visits every node below `root` in source order, without recursion: generated code nests binary expressions
 * thousands deep (`'a' + 'b' + …`), which would overflow the call stack. `visit` returns false to skip a subtree.
 */
export function walkDescendants(root: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  if (!ts.isSourceFile(root)) {
    walkTree(root, visit);
    return;
  }
  const { nodes, subtreeEnds } = flatNodes(root);
  for (let at = 0; at < nodes.length;) {
    at = visit(nodes[at] as ts.Node) === false ? (subtreeEnds[at] as number) : at + 1;
  }
}

/** The nodes of `kinds` in the file, in source order (the nodes a whole-file walk would have kept). */
export function descendantsOfKind(sourceFile: ts.SourceFile, kinds: readonly ts.SyntaxKind[]): ts.Node[] {
  const flat = flatNodes(sourceFile);
  const found: ts.Node[] = [];
  flat.kinds.forEach((kind, at) => {
    if (kinds.includes(kind)) found.push(flat.nodes[at] as ts.Node);
  });
  return found;
}

function flatNodes(sourceFile: ts.SourceFile): FlatNodes {
  const cached = flatFiles.get(sourceFile);
  if (cached) return cached;
  const nodes: ts.Node[] = [];
  const subtreeEnds: number[] = [];
  const kinds: ts.SyntaxKind[] = [];
  // A node's index goes on the stack below its children: popped after its last descendant, it closes its subtree.
  const stack: (ts.Node | number)[] = [];
  const pushChildren = childPusher(stack);
  pushChildren(sourceFile);
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (typeof entry === 'number') {
      subtreeEnds[entry] = nodes.length;
      continue;
    }
    stack.push(nodes.length);
    nodes.push(entry);
    subtreeEnds.push(0);
    kinds.push(entry.kind);
    pushChildren(entry);
  }
  const flat = { nodes, subtreeEnds, kinds };
  flatFiles.set(sourceFile, flat);
  return flat;
}

function walkTree(root: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  const stack: ts.Node[] = [];
  const pushChildren = childPusher(stack);
  pushChildren(root);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (visit(node) !== false) pushChildren(node);
  }
}

/**
 * Pushes a node's children onto `stack` so that the first child is popped first: straight onto the stack, then that
 * segment reversed, with no array or closure per node (walks over every node of big files are a good part of
 * single-file analysis).
 */
function childPusher<T>(stack: (ts.Node | T)[]): (node: ts.Node) => void {
  const push = (child: ts.Node): undefined => {
    stack.push(child);
    return undefined; // a truthy result would stop forEachChild
  };
  return (node) => {
    const start = stack.length;
    ts.forEachChild(node, push);
    for (let low = start, high = stack.length - 1; low < high; low++, high--) {
      const first = stack[low] as ts.Node | T;
      stack[low] = stack[high] as ts.Node | T;
      stack[high] = first;
    }
  };
}
