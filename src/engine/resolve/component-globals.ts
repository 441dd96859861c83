import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { walkDescendants } from '../ast/walk.js';
import type { FunctionLike } from '../evaluate/summaries.js';
import { componentGlobals } from '../tables/propagators.js';

/**
 * Functions a framework plugin installs on every component (`Vue.prototype.$downloadFile = (url) => …`,
 * `app.config.globalProperties.$api = …`), which components call as `this.$downloadFile(url)` in another file, where
 * the checker sees no declaration of the member.
 */

/** The name a function is installed under, when it is the value of such an assignment. */
export function componentGlobalName(fn: ts.Node): string | undefined {
  const assignment = fn.parent;
  if (!assignment || !ts.isBinaryExpression(assignment) || assignment.right !== fn) return undefined;
  if (assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const target = assignment.left;
  if (!ts.isPropertyAccessExpression(target) || !ts.isPropertyAccessExpression(target.expression)) return undefined;
  const holder = target.expression.name.text;
  const name = target.name.text;
  return componentGlobals.some((row) => row.holder === holder && name.startsWith(row.prefix)) ? name : undefined;
}

/** `this.$downloadFile` (any receiver): the function installed under that name in a file of the program, if one is. */
export function componentGlobalFunction(callee: ts.Expression, context: AnalysisContext): FunctionLike | undefined {
  if (!ts.isPropertyAccessExpression(callee) || !componentGlobals.some((row) => callee.name.text.startsWith(row.prefix))) return undefined;
  for (const file of context.files()) {
    const fn = installedIn(file).get(callee.name.text);
    if (fn) return fn;
  }
  return undefined;
}

const installed = new WeakMap<ts.SourceFile, ReadonlyMap<string, FunctionLike>>();

/** A file's installed functions by name, found once. */
function installedIn(file: ts.SourceFile): ReadonlyMap<string, FunctionLike> {
  const cached = installed.get(file);
  if (cached) return cached;
  const found = new Map<string, FunctionLike>();
  if (componentGlobals.some((row) => file.text.includes(`.${row.holder}.`))) {
    walkDescendants(file, (node) => {
      if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return;
      const name = componentGlobalName(node);
      if (name !== undefined && !found.has(name)) found.set(name, node);
    });
  }
  installed.set(file, found);
  return found;
}
