import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { calledFunction, constructorOf } from '../evaluate/evaluate-call.js';
import { walkDescendants } from '../ast/walk.js';
import { componentGlobalName } from './component-globals.js';

/** A call of a project function, or a `new` of a project class with an argument list (its constructor's call). */
export type CallSite = ts.CallExpression | (ts.NewExpression & { readonly arguments: ts.NodeArray<ts.Expression> });

/** The calls to a project function, in every file the context sees (with a checker: across imports). */
export function callSitesOf(fn: ts.Node, context: AnalysisContext): CallSite[] {
  const known = callSitesCache.get(context)?.get(fn);
  if (known) return known;
  const name = functionName(fn);
  const sites =
    name === undefined
      ? []
      : context.files().flatMap((file) => (callsByName(file, context).get(name) ?? []).filter((call) => calls(call, fn, context)));
  const byFunction = callSitesCache.get(context) ?? new WeakMap<ts.Node, CallSite[]>();
  callSitesCache.set(context, byFunction.set(fn, sites));
  return sites;
}

/** Per analysis and function: a helper's callers are asked for at each of its sinks and at every depth above them. */
const callSitesCache = new WeakMap<AnalysisContext, WeakMap<ts.Node, CallSite[]>>();

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
  return componentGlobalName(fn);
}

/** `class Live {}` → `Live`; `const Live = class {}` → `Live`. */
function className(cls: ts.ClassLikeDeclaration): string | undefined {
  if (cls.name) return cls.name.text;
  const holder = cls.parent;
  return ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
}

function callsByName(file: ts.SourceFile, context: AnalysisContext): ReadonlyMap<string, readonly ts.CallLikeExpression[]> {
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
