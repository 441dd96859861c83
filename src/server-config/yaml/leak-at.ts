import type { AccessLogLeak, RecordedPart, ServerKind } from '../access-log-leak.js';
import type { SourceText, Span } from './source-text.js';

/** What a reader says about a leak; where it is comes from a span. */
export interface LeakReport {
  readonly part: RecordedPart;
  readonly server: ServerKind;
  readonly what: string;
  readonly fix: string;
}

/**
 * The leak at `span`. A leak has one line, so a span running over several lines (a block scalar, a multi-line flow
 * value) ends at the end of its first line.
 */
export function leakAt(source: SourceText, span: Span, report: LeakReport): AccessLogLeak {
  const { line, column } = source.positionOf(span.start);
  const lineEnd = firstLineEnd(source.text, span.start);
  const end = Math.max(Math.min(span.end, lineEnd), span.start + 1);
  return {
    part: report.part,
    server: report.server,
    line,
    column,
    endColumn: column + (end - span.start),
    what: report.what,
    fix: report.fix,
  };
}

function firstLineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  if (newline === -1) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** Leaks in file order, so every reader's output reads top to bottom. */
export function byPosition(first: AccessLogLeak, second: AccessLogLeak): number {
  return first.line - second.line || first.column - second.column;
}
