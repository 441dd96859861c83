import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { calledFunction, constructorOf } from '../evaluate/evaluate-call.js';
import { callsByName } from '../ast/calls-by-name.js';
import { componentGlobalName } from './component-globals.js';
import { autoImportName } from './auto-imports.js';
import { storeCallsOf } from './store-actions.js';
import { importerBindings } from './module-export.js';
import { isModuleExportValue } from '../ast/modifiers.js';
import { className } from '../ast/class-of-this.js';

/** A call of a project function, or a `new` of a project class with an argument list (its constructor's call). */
export type CallSite = ts.CallExpression | (ts.NewExpression & { readonly arguments: ts.NodeArray<ts.Expression> });

/**
 * The calls to a project function, in every file the context sees (with a checker: across imports), a store
 * handler's by its name (`dispatch('initWebSocket', url)`: store-actions.ts), and a module's export by the names its
 * importers give it (module-export.ts).
 */
export function callSitesOf(fn: ts.Node, context: AnalysisContext): readonly CallSite[] {
  const known = context.cache.callSites.get(fn) as readonly CallSite[] | undefined;
  if (known) return known;
  const name = functionName(fn);
  const sites = [
    ...(name === undefined
      ? []
      : context.files().flatMap((file) => (callsByName(file, context).get(name) ?? []).filter((call) => calls(call, fn, context)))),
    ...storeCallsOf(fn, context),
    ...(isModuleExportValue(fn) ? callsThroughImports(fn, context) : []),
  ];
  context.cache.callSites.set(fn, sites);
  return sites;
}

/**
 * `httpsRequest(options, …)` where `const httpsRequest = require('../libs/httpsRequest')` binds `fn`, the module's
 * export: a plain call of that name, unless the checker resolves it to another function (a local that shadows it).
 */
function callsThroughImports(fn: ts.Node, context: AnalysisContext): CallSite[] {
  return importerBindings(fn, context).flatMap(({ file, name }) =>
    (callsByName(file, context).get(name) ?? []).filter(
      (call): call is ts.CallExpression =>
        ts.isCallExpression(call) && ts.isIdentifier(call.expression) && [undefined, fn].includes(calledFunction(call.expression, context)),
    ),
  );
}

function calls(site: ts.CallLikeExpression, fn: ts.Node, context: AnalysisContext): site is CallSite {
  if (ts.isCallExpression(site)) return calledFunction(site.expression, context) === fn;
  return ts.isNewExpression(site) && site.arguments !== undefined && constructorOf(site.expression, context) === fn;
}

function functionName(fn: ts.Node): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  if (ts.isConstructorDeclaration(fn)) return className(fn.parent);
  // `const getUrl = useCallback(() => …, [token])`: the callback is called by the variable's name.
  const holder = fn.parent && ts.isCallExpression(fn.parent) ? fn.parent.parent : fn.parent;
  if (
    holder &&
    (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) &&
    ts.isIdentifier(holder.name)
  ) {
    return holder.name.text;
  }
  return componentGlobalName(fn) ?? autoImportName(fn);
}
