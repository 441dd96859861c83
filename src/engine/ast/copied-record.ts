import { ts } from './typescript.js';
import type { AnalysisContext } from './context.js';
import type { MemberAssignment } from './file-index.js';

/**
 * The record a write copies key by key into its target, names and all: `target[key] = source[key]`, or the same through
 * `const value = source[key]`, or `([key, value]) => …` over `Object.entries(source)` (a `forEach`/`map` callback or a
 * `for…of`). Undefined for any other write with a computed key: its name is unknown.
 */
export function copiedRecord(write: MemberAssignment, context: AnalysisContext): ts.Expression | undefined {
  const { left } = write;
  if (!ts.isElementAccessExpression(left) || !ts.isIdentifier(left.argumentExpression)) return undefined;
  const key = context.checker.getSymbolAtLocation(left.argumentExpression);
  if (!key) return undefined;
  const written = ts.isIdentifier(write.right) ? declarationOfLocal(write.right, context) : undefined;
  if (written && ts.isBindingElement(written)) return entriesSource(written, key, context);
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
  if (!entries || !ts.isCallExpression(entries) || !isObjectEntries(entries.expression)) return undefined;
  return entries.arguments[0];
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
