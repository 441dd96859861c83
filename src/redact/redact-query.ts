import { replacementOf, replaceSpans, type RedactOptions } from './redact-url.js';
import { createSpanFinder, type SecretSpan, type SpanFinder } from './secret-spans.js';

/**
 * Redacts a parsed or unparsed query, judged with the URL it came with (`url`, whose path is context): the string
 * after `?`, an object of values (Express's `req.query`: strings, arrays of them, objects nested by the `extended`
 * parser) or a list of `[name, value]` pairs (Sentry's ordered form). Anything else is returned as it is.
 */
export type QueryRedactor = <Query>(query: Query, url?: string) => Query;

/** One string value of a parsed query, the name it would have in a query string (`user[password]`), and where it sits. */
interface Leaf {
  readonly name: string;
  readonly value: string;
  readonly path: readonly (string | number)[];
}

interface Redaction {
  readonly find: SpanFinder;
  readonly replace: (name: string, value: string) => string;
}

/** Nesting deeper than this is left as it is (`qs` stops at 5 by default): a guard against deep or cyclic objects. */
const MAX_DEPTH = 8;

/**
 * Parsed values are written back into one query behind the URL's path (`/oauth/callback?code=…&state=…`) and that text
 * is read as the log scanner reads a URL, so each value is judged with its name and the context the scanner uses: the
 * callback path, `state` beside `code`, the other parameters of a signed URL. A value judged alone would be redacted
 * less than the same value in the URL. Copies where something changes.
 */
export function createQueryRedactor(options: RedactOptions = {}): QueryRedactor {
  const redaction: Redaction = { find: createSpanFinder(options.sensitiveNames), replace: replacementOf(options.replacement) };
  return <Query>(query: Query, url?: string): Query => {
    const context = pathOf(url);
    const redacted: unknown =
      typeof query === 'string' ? redactQueryString(query, context, redaction) : redactParsedQuery(query, context, redaction);
    return redacted as Query;
  };
}

/** The URL up to its query or fragment: the context a parameter is judged in. */
function pathOf(url: string | undefined): string {
  if (url === undefined) return '';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

function redactQueryString(query: string, context: string, { find, replace }: Redaction): string {
  const question = query.startsWith('?') ? '' : '?';
  const text = context + question + query;
  const start = context.length + question.length;
  const spans = find(text).flatMap((span) => (span.end <= start ? [] : [{ ...span, start: Math.max(span.start, start) }]));
  return spans.length === 0 ? query : replaceSpans(text, spans, replace).slice(start);
}

function redactParsedQuery(query: unknown, context: string, { find, replace }: Redaction): unknown {
  const leaves = leavesOf(query);
  if (leaves.length === 0) return query;
  let text = `${context}?`;
  const starts: number[] = [];
  leaves.forEach((leaf, index) => {
    text += `${index === 0 ? '' : '&'}${encodeName(leaf.name)}=`;
    starts.push(text.length);
    text += encodeURIComponent(leaf.value);
  });
  const spans = find(text);
  if (spans.length === 0) return query;
  let redacted = query;
  leaves.forEach((leaf, index) => {
    const start = starts[index] ?? 0;
    const value = redactedValue(text, start, start + encodeURIComponent(leaf.value).length, spans, replace);
    if (value !== undefined) redacted = withValueAt(redacted, leaf.path, value);
  });
  return redacted;
}

function leavesOf(query: unknown): Leaf[] {
  const leaves: Leaf[] = [];
  if (Array.isArray(query)) {
    query.forEach((pair: unknown, index) => {
      if (Array.isArray(pair) && typeof pair[0] === 'string') collectLeaves(pair[1], pair[0], [index, 1], leaves, 0);
    });
  } else if (isObject(query)) {
    for (const [name, value] of Object.entries(query)) collectLeaves(value, name, [name], leaves, 0);
  }
  return leaves;
}

function collectLeaves(value: unknown, name: string, path: readonly (string | number)[], leaves: Leaf[], depth: number): void {
  if (typeof value === 'string') leaves.push({ name, value, path });
  else if (depth >= MAX_DEPTH) return;
  else if (Array.isArray(value)) value.forEach((item: unknown, index) => collectLeaves(item, name, [...path, index], leaves, depth + 1));
  else if (isObject(value))
    for (const [key, item] of Object.entries(value)) collectLeaves(item, `${name}[${key}]`, [...path, key], leaves, depth + 1);
}

/** Brackets stay as PHP, Rails and `qs` write nested names (`user[password]`), which the scanner reads. */
function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/%5B/g, '[').replace(/%5D/g, ']');
}

/** The value with the spans inside `[start, end)` of the query text replaced, decoded again; undefined when none. */
function redactedValue(
  text: string,
  start: number,
  end: number,
  spans: readonly SecretSpan[],
  replace: Redaction['replace'],
): string | undefined {
  let value = '';
  let copiedTo = start;
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    const from = Math.max(span.start, start);
    const to = Math.min(span.end, end);
    value += decode(text.slice(copiedTo, from)) + replace(span.name, decode(text.slice(from, to)));
    copiedTo = to;
  }
  return copiedTo === start ? undefined : value + decode(text.slice(copiedTo, end));
}

function decode(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

/** A copy of `container` with `value` at `path`, copying only the objects and arrays on the way. */
function withValueAt(container: unknown, path: readonly (string | number)[], value: string): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (Array.isArray(container)) {
    const copy: unknown[] = [...container];
    copy[Number(key)] = withValueAt(copy[Number(key)], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(container as Record<string, unknown>) };
  copy[key] = withValueAt(copy[key], rest, value);
  return copy;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
