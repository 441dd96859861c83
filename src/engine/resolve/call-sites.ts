import ts from 'typescript';
import type { AnalysisContext } from '../ast/context.js';
import { calledFunction } from '../evaluate/evaluate-call.js';
import { walkDescendants } from '../ast/walk.js';

/** The calls to a project function, in every file the context sees (with a checker: across imports). */
export function callSitesOf(fn: ts.Node, context: AnalysisContext): ts.CallExpression[] {
  const name = functionName(fn);
  if (name === undefined) return [];
  return context
    .files()
    .flatMap((file) =>
      (callsByName(file, context).get(name) ?? []).filter(
        (call): call is ts.CallExpression => ts.isCallExpression(call) && calledFunction(call.expression, context) === fn,
      ),
    );
}

function functionName(fn: ts.Node): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  // `const getUrl = useCallback(() => …, [token])`: the callback is called by the variable's name.
  const holder = fn.parent && ts.isCallExpression(fn.parent) ? fn.parent.parent : fn.parent;
  if (
    holder &&
    (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) &&
    ts.isIdentifier(holder.name)
  ) {
    return holder.name.text;
  }
  return undefined;
}

function callsByName(file: ts.SourceFile, context: AnalysisContext): ReadonlyMap<string, readonly ts.CallLikeExpression[]> {
  const cached = context.cache.callsByName.get(file);
  if (cached) return cached;
  const index = new Map<string, ts.CallLikeExpression[]>();
  walkDescendants(file, (node) => {
    if (ts.isCallExpression(node)) {
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
