import { createUrlRedactor, type RedactOptions, type UrlRedactor } from './redact-url.js';

/** A winston (logform) format: an object with `transform`, which `format.combine` and `createLogger` accept. */
export interface WinstonFormatLike {
  transform<Info extends object>(info: Info): Info;
}

/** The finished line a finalizing format (`json`, `printf`) writes under (logform's `MESSAGE`). */
const MESSAGE = Symbol.for('message');
/** Nested meta deeper than this is left as it is (a guard against deep or cyclic objects). */
const MAX_DEPTH = 8;

/**
 * Redacts, in the message and every string of the meta (plain objects and arrays, copied where they change: the
 * caller's objects are never modified), what `redactUrl` redacts. Put it before the finalizing format, or after it
 * to rewrite the finished line too.
 */
export function redactUrlsFormat(options: RedactOptions = {}): WinstonFormatLike {
  const redact = createUrlRedactor(options);
  return {
    transform: (info) => {
      const fields = info as Record<string | symbol, unknown>;
      for (const key of Object.keys(fields)) fields[key] = redactValue(fields[key], redact, 0);
      if (typeof fields[MESSAGE] === 'string') fields[MESSAGE] = redact(fields[MESSAGE]);
      return info;
    },
  };
}

function redactValue(value: unknown, redact: UrlRedactor, depth: number): unknown {
  if (typeof value === 'string') return redact(value);
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items: unknown[] = value.map((item: unknown) => redactValue(item, redact, depth + 1));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const entries = Object.entries(value).map(([key, item]) => [key, redactValue(item, redact, depth + 1)] as const);
  const source = value as Record<string, unknown>;
  return entries.some(([key, item]) => item !== source[key]) ? Object.fromEntries(entries) : value;
}
