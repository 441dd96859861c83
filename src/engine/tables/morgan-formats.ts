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
export const MORGAN_REFERRER_TOKEN = /:referr?er\b/;
