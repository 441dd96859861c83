import type { LibraryModel } from '../model.js';
import { middlewareSink } from '../rows.js';

/**
 * morgan's predefined formats (morgan/index.js): every one logs `:url` (`req.originalUrl || req.url`, query
 * included); `combined` and `default` add `:referrer`. `dev` is a function in morgan but logs `:url` too.
 */
export interface MorganFormat {
  readonly referrer: boolean;
  /** The same line without `:referrer`, for the `redactUrlToken` suggestion. */
  readonly withoutReferrer?: string;
}

export const morganFormats: Readonly<Record<string, MorganFormat>> = {
  combined: {
    referrer: true,
    withoutReferrer:
      ':remote-addr - :remote-user [:date[clf]] ":method :url HTTP/:http-version" :status :res[content-length] ":user-agent"',
  },
  default: {
    referrer: true,
    withoutReferrer: ':remote-addr - :remote-user [:date] ":method :url HTTP/:http-version" :status :res[content-length] ":user-agent"',
  },
  common: { referrer: false },
  short: { referrer: false },
  tiny: { referrer: false },
  dev: { referrer: false },
};

/** A token that writes the raw URL or the previous page's URL into the line. */
export const MORGAN_URL_TOKEN = /:url\b/;
// Not `:referrer-redacted` (urlleak/redact's safeCombined): a token name may hold dashes.
export const MORGAN_REFERRER_TOKEN = /:referr?er(?![\w-])/;

/** morgan: the middleware (judged by server/check-morgan.ts, which reads the formats and tokens above). */
export const morgan: LibraryModel = {
  name: 'morgan',
  modules: ['morgan'],
  middlewareSinks: [
    middlewareSink({
      id: 'morgan',
      api: 'morgan',
      check: 'morgan',
      modules: ['morgan'],
      paths: ['', 'default'],
      safeAlternative:
        "redefine the url token to drop the query (morgan.token('url', (req) => req.path)) and use a format without :referrer",
    }),
  ],
};
