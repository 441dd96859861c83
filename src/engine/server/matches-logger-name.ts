import ts from 'typescript';
import type { AnalysisContext } from '../ast/context.js';
import { matchesApi, type ApiRef } from '../resolve/library-resolution.js';
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
  const segments = calleeSegments(call.expression);
  if (!segments) return [];
  const written = { module: '?', path: segments.map(asLoggerName) };
  const extras = context.settings.extraLoggerNames ?? [];
  const named = extras.length > 0 && isExtraLogger(segments, extras);
  return loggers.filter((row) => row.modules.includes('?') && (named || matchesApi(written, row)));
}

/**
 * `this.logger.info` → `['this', 'logger', 'info']`, `server.logger.child('x').info` → `['server', 'logger', 'child()',
 * 'info']` (the tables' path syntax); undefined for callees that are not a chain of names and calls.
 */
function calleeSegments(callee: ts.Expression): string[] | undefined {
  if (ts.isIdentifier(callee)) return [callee.text];
  if (callee.kind === ts.SyntaxKind.ThisKeyword) return ['this'];
  if (ts.isCallExpression(callee)) {
    const called = calleeSegments(callee.expression);
    return called ? [...called.slice(0, -1), `${called.at(-1) ?? ''}()`] : undefined;
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const receiver = calleeSegments(callee.expression);
  return receiver ? [...receiver, callee.name.text] : undefined;
}

/** `auditLog(…)`, `auditLog.info(…)`, `this.auditLog.info(…)` for a configured `auditLog`. */
function isExtraLogger(segments: readonly string[], extras: readonly string[]): boolean {
  const withoutThis = segments[0] === 'this' ? segments.slice(1) : segments;
  return extras.some((extra) => withoutThis.join('.') === extra || withoutThis.slice(0, -1).join('.') === extra);
}
