import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { calledFunction } from '../evaluate/evaluate-call.js';
import { importSpecifierOf, isRequireCall, matchesApi, type ApiRef } from '../resolve/library-resolution.js';
import type { SinkRow } from '../tables/sinks.js';
import { asLoggerName } from '../frameworks/loggers/named-logger.js';

/**
 * Logger rows a call matches by its written name when its library cannot be resolved (`logger.info` from an
 * untyped import, `this.logger.warn`, a custom class), or when the user named the logger (`extraLoggerNames`).
 * Empty when a logger row already matches the resolved API.
 */
export function matchesLoggerName(
  call: ts.CallExpression,
  ref: ApiRef | undefined,
  rows: readonly SinkRow[],
  context: AnalysisContext,
): SinkRow[] {
  const loggers = rows.filter((row) => row.check === 'logged-arguments');
  if (loggers.length === 0 || (ref && loggers.some((row) => matchesApi(ref, row)))) return [];
  const segments = calleeSegments(call.expression, context);
  if (!segments || (segments.length === 1 && !isImportedHelper(call.expression, context))) return [];
  const written = { module: '?', path: segments.map(asLoggerName) };
  const extras = context.settings.extraLoggerNames ?? [];
  const named = extras.length > 0 && isExtraLogger(segments, extras);
  return loggers.filter((row) => row.modules.includes('?') && (named || matchesApi(written, row)));
}

/**
 * `this.logger.info` → `['this', 'logger', 'info']`, `server.logger.child('x').info` → `['server', 'logger', 'child()',
 * 'info']` (the tables' path syntax), and a name bound to such a chain (`const warn = log.warn.bind(log)`) that chain;
 * undefined for callees that are not a chain of names and calls.
 */
function calleeSegments(callee: ts.Expression, context: AnalysisContext, depth = 0): string[] | undefined {
  if (depth > MAX_ALIAS_DEPTH) return undefined;
  const inner = (expression: ts.Expression) => calleeSegments(expression, context, depth + 1);
  if (ts.isIdentifier(callee)) return aliasedChain(callee, context, inner) ?? [callee.text];
  if (callee.kind === ts.SyntaxKind.ThisKeyword) return ['this'];
  if (ts.isCallExpression(callee)) {
    const called = inner(callee.expression);
    return called ? [...called.slice(0, -1), `${called.at(-1) ?? ''}()`] : undefined;
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const receiver = inner(callee.expression);
  return receiver ? [...receiver, callee.name.text] : undefined;
}

const MAX_ALIAS_DEPTH = 8;

/** `const warn = log.warn.bind(log)`, `const info = logger.info`: the member chain a constant names. */
function aliasedChain(
  name: ts.Identifier,
  context: AnalysisContext,
  segmentsOf: (expression: ts.Expression) => string[] | undefined,
): string[] | undefined {
  const declaration = context.checker.getSymbolAtLocation(name)?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const bound = unbound(declaration.initializer);
  return ts.isPropertyAccessExpression(bound) ? segmentsOf(bound) : undefined;
}

/** `log.warn.bind(log)` → `log.warn`. */
function unbound(expression: ts.Expression): ts.Expression {
  const isBind =
    ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === 'bind';
  return isBind ? expression.expression.expression : expression;
}

/**
 * `import { log } from '../utils/log'; log(…)`: a project's logging helper called by its bare name counts only where it
 * is imported and the analysis cannot see its body (with a program, its summary and callers judge it).
 */
function isImportedHelper(callee: ts.Expression, context: AnalysisContext): boolean {
  if (!ts.isIdentifier(callee) || calledFunction(callee, context)) return false;
  const declaration = context.checker.getSymbolAtLocation(callee)?.declarations?.[0];
  return declaration !== undefined && (importSpecifierOf(declaration) !== undefined || isRequiredName(declaration));
}

/** `const log = require('./log')`. */
function isRequiredName(declaration: ts.Declaration): boolean {
  return (
    ts.isVariableDeclaration(declaration) &&
    declaration.initializer !== undefined &&
    ts.isCallExpression(declaration.initializer) &&
    isRequireCall(declaration.initializer)
  );
}

/** `auditLog(…)`, `auditLog.info(…)`, `this.auditLog.info(…)` for a configured `auditLog`. */
function isExtraLogger(segments: readonly string[], extras: readonly string[]): boolean {
  const withoutThis = segments[0] === 'this' ? segments.slice(1) : segments;
  return extras.some((extra) => withoutThis.join('.') === extra || withoutThis.slice(0, -1).join('.') === extra);
}
