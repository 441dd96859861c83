import { createParamNameClassifier } from '../secrets/param-names.js';
import { fingerprintOf, redact } from '../secrets/protect.js';
import { JWT_PATTERN_SOURCE, isJwt } from '../secrets/jwt.js';
import { looksHighEntropy } from '../secrets/shapes.js';
import { detectLineSecrets, ParamNameCache } from '../logs/detect/detect-line.js';

/**
 * The one way user-controlled text (file names, flag values, config keys, tsconfig and JSON errors, anything decoded
 * from an input) reaches a terminal, a text report or an error message: secrets redacted as in findings, control
 * characters escaped. Findings never carry a raw secret (`ProtectedSecret`); this covers everything around them.
 */
export function safeText(text: string): string {
  return escapeControlCharacters(redactRandomRuns(redactKnownSecrets(text)));
}

const ALL_SHAPES = { jwts: true, providers: true, userinfo: true, contexts: true } as const;
const names = new ParamNameCache(createParamNameClassifier());
/**
 * Runs of token characters long enough to be a generated secret with no known shape or name, `=` only as base64
 * padding at the end (`key=value` is two runs, as looksHighEntropy reads it). Dots end a run (file
 * names and hosts are dotted words, paths slashed; JWTs are found by shape first), and dated runs (`access-2026-12-04T10-00`) are names.
 */
const TOKEN_RUN_LENGTH = 24;
const TOKEN_RUN = new RegExp(`[A-Za-z0-9+_~-]{${TOKEN_RUN_LENGTH},}={0,2}`, 'g');
const DATE = /\d{4}-\d{2}-\d{2}/;

/** Every secret the log detector knows (JWTs, provider tokens, sensitive parameters, URL passwords), redacted (`eyJh…[212 chars]`). */
export function redactKnownSecrets(text: string): string {
  return replaceSecrets(text, redact);
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * What the log detector finds, and JWTs glued to a word by `-` or `_` (`session-eyJ….log`), which it leaves alone in
 * log lines, where they are more often the middle of a base64 blob: in a name or a message, redacting one too many is
 * harmless.
 */
function secretSpans(text: string): Span[] {
  const detected = detectLineSecrets(text, ALL_SHAPES, names).map((secret) => ({ start: secret.start, end: secret.end }));
  if (!text.includes('eyJ')) return detected;
  const glued = [...text.matchAll(GLUED_JWT)]
    .filter((match) => isJwt(match[0]))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
  return [...detected, ...glued].sort((a, b) => a.start - b.start);
}

const GLUED_JWT = new RegExp(JWT_PATTERN_SOURCE, 'g');

/** `text` with each secret span (not already a redacted form) replaced by `replace(span)`. */
function replaceSecrets(text: string, replace: (secret: string) => string): string {
  const spans = secretSpans(text);
  let result = '';
  let cursor = 0;
  for (const { start, end } of spans) {
    if (start < cursor || isRedactedSpan(text, start, end)) continue;
    result += text.slice(cursor, start) + replace(text.slice(start, end));
    cursor = end;
  }
  return result + text.slice(cursor);
}

/** A redacted form (`eyJh…[212 chars]`): what an earlier pass left, which a parameter's value would otherwise match. */
const REDACTED_FORM = /[^\s…]{0,4}…\[\d+ chars\]/y;

/**
 * Text that went through safe-text once comes out of a second pass unchanged (a CLI message around an engine's):
 * a span that lies within a redacted form is that form, not a secret.
 */
function isRedactedSpan(text: string, start: number, end: number): boolean {
  REDACTED_FORM.lastIndex = start;
  const form = REDACTED_FORM.exec(text);
  return form !== null && start + form[0].length >= end;
}

/**
 * Long random-looking runs of token characters: a secret with no known shape or name (`--format <api key>`). Only for
 * messages: in paths, dated and hashed file names look the same and are not secrets.
 */
function redactRandomRuns(text: string): string {
  return text.replace(TOKEN_RUN, (run) => (looksHighEntropy(run, TOKEN_RUN_LENGTH) && !DATE.test(run) ? redact(run) : run));
}

/** C0 and C1 controls and DEL (ESC starts terminal escape sequences; CR and LF forge report lines), bidi overrides. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Control characters shown as `\u001b`-style escapes, so nothing user-controlled can move the cursor or forge a line. */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A path as a report line shows it: known secrets redacted (`logs/eyJh…[212 chars].log`), control characters
 * escaped. Random-looking runs stay: hashed and dated file names look the same and are not secrets.
 */
export function safePath(path: string): string {
  return escapeControlCharacters(redactKnownSecrets(path));
}

/**
 * A secret in a path (a token in a file name, a JWT as a directory) replaced by `REDACTED-<fingerprint>`, the rest of
 * the name kept (`REDACTED-3eab59b521e86100.log`): reports and `--redact-to` copy names never carry it, two different
 * secrets still give two names, and the name is one a file system accepts.
 */
export function redactSecretsInPath(path: string): string {
  return path
    .split('/')
    .map((segment) => replaceSecrets(segment, (secret) => `REDACTED-${fingerprintOf(secret)}`))
    .join('/');
}
