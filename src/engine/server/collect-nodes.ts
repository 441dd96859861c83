import type ts from 'typescript';
import { walkDescendants } from '../ast/walk.js';

/** Every value `pick` returns for the nodes under `root`, in source order (without recursion: see walk.ts). */
export function collectNodes<T>(root: ts.Node, pick: (node: ts.Node) => T | undefined): T[] {
  const found: T[] = [];
  walkDescendants(root, (node) => {
    const picked = pick(node);
    if (picked !== undefined) found.push(picked);
  });
  return found;
}
