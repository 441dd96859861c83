import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { callsByName } from '../ast/calls-by-name.js';
import { staticPropertyName } from '../ast/property-name.js';

/**
 * Vuex: a store's actions and mutations are called by their names as strings, `dispatch('initWebSocket', url)` (from
 * an action's context, `this.$store` or the store) and `commit('setUrl', url)`, a namespaced module's as
 * `'socket/initWebSocket'`. The handler receives the context (or state) first and the payload second, as the call
 * passes the name first and the payload second, so each argument meets its parameter by position
 * (https://vuex.vuejs.org/guide/actions.html#dispatching-actions, https://vuex.vuejs.org/guide/mutations.html).
 */
const STORE_HANDLERS: ReadonlyMap<string, string> = new Map([
  ['actions', 'dispatch'],
  ['mutations', 'commit'],
]);

/** The calls that dispatch (or commit) `fn` by name, when it is a handler in a store's `actions` (or `mutations`). */
export function storeCallsOf(fn: ts.Node, context: AnalysisContext): readonly ts.CallExpression[] {
  const handler = storeHandler(fn);
  if (!handler) return [];
  return context
    .files()
    .flatMap((file) =>
      (callsByName(file, context).get(handler.caller) ?? []).filter(
        (call): call is ts.CallExpression => ts.isCallExpression(call) && namesHandler(call.arguments[0], handler.name),
      ),
    );
}

/** `actions: { initWebSocket(ctx, url) {…} }` or `const actions = { initWebSocket: (ctx, url) => … }`. */
function storeHandler(fn: ts.Node): { readonly name: string; readonly caller: string } | undefined {
  const member = ts.isMethodDeclaration(fn)
    ? fn
    : ts.isPropertyAssignment(fn.parent) && fn.parent.initializer === fn
      ? fn.parent
      : undefined;
  const name = member ? staticPropertyName(member.name) : undefined;
  const table = member?.parent;
  if (name === undefined || !table || !ts.isObjectLiteralExpression(table)) return undefined;
  const holder = table.parent;
  const holderName =
    (ts.isPropertyAssignment(holder) || ts.isVariableDeclaration(holder)) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
  const caller = holderName === undefined ? undefined : STORE_HANDLERS.get(holderName);
  return caller === undefined ? undefined : { name, caller };
}

/** `'initWebSocket'`, or a namespaced module's `'socket/initWebSocket'`. */
function namesHandler(argument: ts.Expression | undefined, name: string): boolean {
  if (!argument || !ts.isStringLiteralLike(argument)) return false;
  return argument.text === name || argument.text.endsWith(`/${name}`);
}
