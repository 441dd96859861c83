import { createSpanFinder, type SecretSpan } from './secret-spans.js';

export interface RedactOptions {
  /**
   * What a secret becomes: a string, or a function of the name it was found under (`token`, `password`, `/reset/`,
   * `jwt`) and the text it replaces, as written. Default `[REDACTED]`.
   */
  readonly replacement?: string | ((name: string, value: string) => string);
  /** Parameter names to treat as credentials besides urlleak's table: `urlleak logs --param-name` takes the same. */
  readonly sensitiveNames?: readonly string[];
}

/** Redacts one URL, or any text a log line would hold. */
export type UrlRedactor = (url: string) => string;

export const DEFAULT_REPLACEMENT = '[REDACTED]';

/**
 * A redactor that replaces exactly what `urlleak logs` reports in a line (src/logs/detect/detect-line.ts, with its
 * risk model: public keys, examples, placeholders and flags stay), and keeps every other byte. Build one per
 * configuration: it remembers the classification of the parameter names it meets.
 */
export function createUrlRedactor(options: RedactOptions = {}): UrlRedactor {
  const find = createSpanFinder(options.sensitiveNames);
  const replace = replacementOf(options.replacement);
  return (url) => {
    const spans = find(url);
    return spans.length === 0 ? url : replaceSpans(url, spans, replace);
  };
}

/** The text with each span replaced (spans in order, without overlap). */
export function replaceSpans(text: string, spans: readonly SecretSpan[], replace: (name: string, value: string) => string): string {
  let redacted = '';
  let copiedTo = 0;
  for (const span of spans) {
    redacted += text.slice(copiedTo, span.start) + replace(span.name, text.slice(span.start, span.end));
    copiedTo = span.end;
  }
  return redacted + text.slice(copiedTo);
}

/** The replacement option as a function: the integrations replace header values with it too. */
export function replacementOf(replacement: RedactOptions['replacement']): (name: string, value: string) => string {
  if (typeof replacement === 'function') return replacement;
  const text = replacement ?? DEFAULT_REPLACEMENT;
  return () => text;
}

const defaultRedactor = createUrlRedactor();

/**
 * `https://h/cb?code=…&state=…` → `https://h/cb?code=[REDACTED]&state=…`: query and fragment parameters, user-info
 * passwords, secret link segments (`/reset/<uid>/<token>/`), JWTs and provider tokens anywhere, URLs nested in
 * parameters. With options, prefer `createUrlRedactor(options)` once: this builds a redactor per call.
 */
export function redactUrl(url: string, options?: RedactOptions): string {
  return options === undefined ? defaultRedactor(url) : createUrlRedactor(options)(url);
}
