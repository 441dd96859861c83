import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { declarationOf } from '../ast/declaration-of.js';
import { evaluate } from './evaluate.js';
import type { Value } from './value.js';

/**
 * Arguments passed on from a rest parameter, read as the function's own: past the spread these many positions
 * stand for the caller's arguments (a URL, its options, and a few more).
 */
const SPREAD_POSITIONS = 4;

/**
 * A call's arguments as values. `fetch(...args)` inside `const fetchWithTimeout = (...args) => …`: from the spread on,
 * they are the function's own arguments from its rest parameter on, as placeholders, so a URL a wrapper hands on is
 * followed to the wrapper's callers like any parameter (each position's node is the spread).
 */
export function callArguments(
  call: { readonly arguments?: ts.NodeArray<ts.Expression> | undefined },
  context: AnalysisContext,
): { readonly args: readonly ts.Expression[]; readonly values: readonly Value[] } {
  const written = call.arguments ?? [];
  const last = written.at(-1);
  const rest = last && ts.isSpreadElement(last) ? restParameterOf(last.expression, context) : undefined;
  if (!last || !rest) return { args: written, values: written.map((argument) => evaluate(argument, context)) };
  const before = written.slice(0, -1);
  const owner = rest.parent;
  const first = owner.parameters.indexOf(rest);
  const passed = Array.from({ length: SPREAD_POSITIONS }, (_, offset): Value => ({
    kind: 'param',
    owner,
    index: first + offset,
    path: [],
    node: rest.name,
  }));
  return {
    args: [...before, ...passed.map(() => last)],
    values: [...before.map((argument) => evaluate(argument, context)), ...passed],
  };
}

function restParameterOf(expression: ts.Expression, context: AnalysisContext): ts.ParameterDeclaration | undefined {
  if (!ts.isIdentifier(expression)) return undefined;
  const declaration = declarationOf(context.checker.getSymbolAtLocation(expression), context);
  return declaration && ts.isParameter(declaration) && declaration.dotDotDotToken && ts.isIdentifier(declaration.name)
    ? declaration
    : undefined;
}
