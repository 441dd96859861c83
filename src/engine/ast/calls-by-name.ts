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
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      if (name !== undefined) {
        const list = index.get(name);
        if (list) list.push(node);
        else index.set(name, [node]);
      }
    }
  });
  context.cache.callsByName.set(file, index);
  return index;
}
