import { contextLiterals } from '../logs/detect/find-context-secrets.js';
import { providerTokenPrefixes } from '../secrets/shapes.js';

/**
 * What the log scanner's prefilter (src/logs/detect/prefilter.ts) looks for before it reads a line: `=` and `%3D` (encoded once or more: `%253D`)
 * for parameters, `@` for user info, `eyJ` for JWTs, the provider token prefixes and the context words (`/reset/`,
 * `Bearer`, `(S(`), all read from the same tables. A text with none of them can hold nothing the scanner reports, so
 * `redactUrl` returns it at once. Short prefixes carry the class that must follow them, as in the prefilter (`SK` then
 * a hex digit), so that ordinary words do not leave the fast path.
 */
const TOKEN_CHARACTER = '[A-Za-z0-9_-]';
const TRIGGER = new RegExp(
  [
    '[=@]',
    '%(?:25)*3[Dd]',
    'eyJ',
    ...providerTokenPrefixes().map(({ literal, next }) => escapeLiteral(literal) + (literal.length < 4 ? (next ?? TOKEN_CHARACTER) : '')),
    ...contextLiterals().map(({ literal, next }) => escapeLiteral(literal) + (next ?? '')),
  ].join('|'),
);

function escapeLiteral(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Whether the text holds anything the log scanner looks at: the fast path's test. */
export function mayHoldSecret(text: string): boolean {
  return TRIGGER.test(text);
}
