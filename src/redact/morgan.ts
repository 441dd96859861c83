import { createUrlRedactor, type RedactOptions } from './redact-url.js';

/** What morgan hands a token: the request. */
export interface MorganRequestLike {
  readonly url?: string | undefined;
  readonly originalUrl?: string | undefined;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
}

/** morgan itself (`import morgan from 'morgan'`), as far as tokens go. */
export interface MorganLike {
  token(name: string, callback: (req: MorganRequestLike, res: unknown) => string | undefined): unknown;
}

/** morgan's `combined` with the Referer through `redactUrl`: register the tokens first (`useRedactingMorganTokens`). */
export const safeCombined =
  ':remote-addr - :remote-user [:date[clf]] ":method :url HTTP/:http-version" :status :res[content-length] ":referrer-redacted" ":user-agent"';

/** morgan's `url` token (`req.originalUrl || req.url`), redacted. */
export function morganUrlToken(options: RedactOptions = {}): (req: MorganRequestLike) => string | undefined {
  const redact = createUrlRedactor(options);
  return (req) => {
    const url = req.originalUrl || req.url;
    return url === undefined ? undefined : redact(url);
  };
}

/** morgan's `referrer` token (`Referer`, or the misspelling's fix `Referrer`), redacted. */
export function morganReferrerToken(options: RedactOptions = {}): (req: MorganRequestLike) => string | undefined {
  const redact = createUrlRedactor(options);
  return (req) => {
    const referrer = req.headers['referer'] ?? req.headers['referrer'];
    return typeof referrer === 'string' ? redact(referrer) : undefined;
  };
}

/**
 * Replaces morgan's `url` token (so `combined`, `common`, `dev`, `short` and `tiny` log redacted URLs) and adds
 * `referrer-redacted`, which `safeCombined` uses.
 */
export function useRedactingMorganTokens<Morgan extends MorganLike>(morgan: Morgan, options: RedactOptions = {}): Morgan {
  morgan.token('url', morganUrlToken(options));
  morgan.token('referrer-redacted', morganReferrerToken(options));
  return morgan;
}
