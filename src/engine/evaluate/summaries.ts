import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { evaluate, memoized } from './evaluate.js';
import { describeNode } from '../ast/describe-node.js';
import { isConstant } from './constant.js';
import { pickProperty } from './pick-property.js';
import { walkDescendants } from '../ast/walk.js';
import { mapChildren, opaque, secretOf, union, withObjectSpreadsMerged, withStep, type Value } from './value.js';

export type FunctionLike = ts.SignatureDeclaration & { readonly body?: ts.ConciseBody | undefined };

/**
 * A function's summary: the union of what it returns, with its own parameters left as placeholders, computed
 * once per function and program. A call site instantiates it with `instantiate`. Recursion evaluates to unknown
 * at the recursive call (see `memoized`).
 */
export function summarizeFunction(fn: FunctionLike, context: AnalysisContext): Value {
  const body = fn.body;
  if (!body) return opaque(fn);
  if (!ts.isBlock(body)) return evaluate(body, context);
  return memoized(body, context, () => {
    const returned = returnedExpressions(body).map((expression) => evaluate(expression, context));
    return returned.length > 0 ? union(returned) : opaque(fn);
  });
}

function returnedExpressions(body: ts.Block): ts.Expression[] {
  const found: ts.Expression[] = [];
  walkDescendants(body, (node) => {
    if (ts.isFunctionLike(node)) return false;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    return true;
  });
  return found;
}

/**
 * Replaces the placeholders of `fn`'s parameters in `value` by the call's arguments. A parameter named like a
 * secret keeps that verdict when the argument says nothing either way (`connect(state.value)`). `readArgument` reads
 * an argument (as written, unless the call itself sits in a helper a caller is filling in).
 */
export function instantiate(
  value: Value,
  fn: ts.Node,
  args: readonly ts.Expression[],
  context: AnalysisContext,
  readArgument: (argument: ts.Expression) => Value = (argument) => evaluate(argument, context),
  seen = new Map<Value, Value>(),
): Value {
  const done = seen.get(value);
  if (done) return done;
  const result =
    value.kind === 'param'
      ? value.owner === fn
        ? argumentValue(value, args, readArgument)
        : value
      : withObjectSpreadsMerged(mapChildren(value, (child) => instantiate(child, fn, args, context, readArgument, seen)));
  seen.set(value, result);
  return result;
}

function argumentValue(
  param: Extract<Value, { kind: 'param' }>,
  args: readonly ts.Expression[],
  readArgument: (argument: ts.Expression) => Value,
): Value {
  const argument = args[param.index];
  if (!argument) return param.taint ? param : { kind: 'literal', text: '', node: param.node, numeric: true };
  const whole = readArgument(argument);
  const picked = param.path.reduce<Value | undefined>((value, key) => value && pickProperty(value, key), whole) ?? opaque(argument);
  const step = { node: argument, message: `passed as \`${describeNode(param.node)}\`` };
  if (param.taint && !secretOf(picked) && !isConstant(picked)) return withStep(opaque(argument, param.taint), step);
  return withStep(picked, step);
}
