import { credentialHeaders } from '../secrets/context-words.js';
import { replacementOf, type RedactOptions, type UrlRedactor } from './redact-url.js';

/** Request headers as Node (lower-case names) and the loggers' serializers hold them. */
export type HeadersLike = Readonly<Record<string, string | readonly string[] | number | undefined>>;

/**
 * Headers whose whole value is a credential: the Authorization family, cookies, and the credential headers the log
 * scanner knows by name (src/secrets/context-words.ts: `X-Api-Key`, `X-Auth-Token`, …).
 */
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  ...credentialHeaders.map(({ word }) => word.toLowerCase()),
]);
/** Headers that hold a URL: redacted like one. */
const URL_HEADERS = new Set(['referer', 'referrer', 'location', 'origin']);

/** A copy of the headers with credential values replaced and URLs redacted; other headers as they were. */
export function redactHeaders(headers: HeadersLike, redact: UrlRedactor, options: RedactOptions = {}): Record<string, unknown> {
  const replace = replacementOf(options.replacement);
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (SECRET_HEADERS.has(lower) && value !== undefined) copy[name] = replace(lower, String(value));
    else if (URL_HEADERS.has(lower) && typeof value === 'string') copy[name] = redact(value);
    else copy[name] = value;
  }
  return copy;
}
