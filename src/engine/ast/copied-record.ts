import { ts } from './typescript.js';
import type { AnalysisContext } from './context.js';
import type { MemberAssignment } from './file-index.js';

/**
 * The record a write copies key by key into its target, names and all: `target[key] = source[key]`, or the same through
 * `const value = source[key]`, or `([key, value]) => …` over `Object.entries(source)` or `source.entries()` (a
 * `forEach`/`map` callback or a `for…of`, which may also iterate `source` itself: a request's `url.searchParams`), or
 * `(value, key) => …` given to `source.forEach`. Undefined for any other write with a computed key: its name is unknown.
 */
export function copiedRecord(write: MemberAssignment, context: AnalysisContext): ts.Expression | undefined {
  const { left } = write;
  if (!ts.isElementAccessExpression(left) || !ts.isIdentifier(left.argumentExpression)) return undefined;
  const key = context.checker.getSymbolAtLocation(left.argumentExpression);
  if (!key) return undefined;
  const written = ts.isIdentifier(write.right) ? declarationOfLocal(write.right, context) : undefined;
  if (written && ts.isBindingElement(written)) return entriesSource(written, key, context);
  if (written && ts.isParameter(written)) return forEachSource(written, key, context);
  const read = written && ts.isVariableDeclaration(written) ? written.initializer : write.right;
  if (!read || !ts.isElementAccessExpression(read) || !ts.isIdentifier(read.argumentExpression)) return undefined;
  return context.checker.getSymbolAtLocation(read.argumentExpression) === key ? read.expression : undefined;
}

function declarationOfLocal(identifier: ts.Identifier, context: AnalysisContext): ts.Declaration | undefined {
  return context.checker.getSymbolAtLocation(identifier)?.valueDeclaration;
}

/** `[key, value]` over `Object.entries(source)`: `source`, when `key` is the pattern's first element. */
function entriesSource(value: ts.BindingElement, key: ts.Symbol, context: AnalysisContext): ts.Expression | undefined {
  const pattern = value.parent;
  if (!ts.isArrayBindingPattern(pattern) || pattern.elements[1] !== value) return undefined;
  const first = pattern.elements[0];
  if (!first || !ts.isBindingElement(first) || !ts.isIdentifier(first.name)) return undefined;
  if (context.checker.getSymbolAtLocation(first.name) !== key) return undefined;
  const entries = iteratedExpression(pattern.parent);
  return entries && entriesOf(entries);
}

/**
 * `source.forEach((value, key) => …)`: `source`, when `value` and `key` are the callback's first two parameters, the
 * order in which a Map, a URLSearchParams, Headers and FormData pass an entry (an array passes its element and index).
 */
function forEachSource(value: ts.ParameterDeclaration, key: ts.Symbol, context: AnalysisContext): ts.Expression | undefined {
  const callback = value.parent;
  const [first, second] = callback.parameters;
  if (first !== value || !second || !ts.isIdentifier(second.name) || context.checker.getSymbolAtLocation(second.name) !== key)
    return undefined;
  const call = callback.parent;
  if (!ts.isCallExpression(call) || call.arguments[0] !== callback || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  return call.expression.name.text === 'forEach' ? call.expression.expression : undefined;
}

/**
 * The object whose entries `entries` lists: `Object.entries(source)`, `source.entries()` (a Map, URLSearchParams,
 * Headers or FormData), or `source` itself iterated by a `for…of`, which yields a Map's and a URLSearchParams' entries.
 */
function entriesOf(entries: ts.Expression): ts.Expression | undefined {
  if (!ts.isCallExpression(entries)) return ts.isForOfStatement(entries.parent) ? entries : undefined;
  if (isObjectEntries(entries.expression)) return entries.arguments[0];
  const callee = entries.expression;
  return entries.arguments.length === 0 && ts.isPropertyAccessExpression(callee) && callee.name.text === 'entries'
    ? callee.expression
    : undefined;
}

/** What a pattern's holder iterates: `for (const [k, v] of x)` → `x`; `x.forEach(([k, v]) => …)` → `x`. */
function iteratedExpression(holder: ts.Node): ts.Expression | undefined {
  if (ts.isVariableDeclaration(holder) && ts.isVariableDeclarationList(holder.parent) && ts.isForOfStatement(holder.parent.parent))
    return holder.parent.parent.expression;
  if (!ts.isParameter(holder) || holder.parent.parameters[0] !== holder) return undefined;
  const call = holder.parent.parent;
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  return ITERATING_METHODS.has(call.expression.name.text) ? call.expression.expression : undefined;
}

const ITERATING_METHODS = new Set(['forEach', 'map', 'flatMap', 'filter']);

function isObjectEntries(callee: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'Object' &&
    callee.name.text === 'entries'
  );
}
