import { ts } from './typescript.js';
import type { AnalysisContext } from './context.js';
import { walkDescendants } from './walk.js';

/**
 * A file's calls and `new` expressions by the callee's last name (`connect(…)`, `api.connect(…)` under `connect`),
 * built once per file and analysis: where a function's callers are looked for by its name.
 */
export function callsByName(file: ts.SourceFile, context: AnalysisContext): ReadonlyMap<string, readonly ts.CallLikeExpression[]> {
  const cached = context.cache.callsByName.get(file);
  if (cached) return cached;
  const index = new Map<string, ts.CallLikeExpression[]>();
  walkDescendants(file, (node) => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      if (name !== '') {
        const list = index.get(name);
        if (list) list.push(node);
        else index.set(name, [node]);
      }
    }
  });
  context.cache.callsByName.set(file, index);
  return index;
}

/** A callee's last name: `connect` of `connect(…)` and of `api.connect(…)`; empty for any other callee. */
export function calleeName(callee: ts.Expression): string {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}
