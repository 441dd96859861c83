/**
 * What a grouped log finding says (`urlleak logs`' default report): every secret of one rule in one file, on one
 * endpoint, in one place of the line (a parameter, a header, a field), summed up in fixed memory. This is the shape of
 * the finding's `properties.group` in the JSON and SARIF reports, and what the HTML report draws from.
 */
export interface GroupSummary {
  /** `GET /ws`, `/api/items/:id` (path segments that look like ids become `:id`); null when the secret is in no URL. */
  readonly endpoint: string | null;
  /** Where in the line: `request line`, `Referer`, `Authorization header`, `JSON field "msg"`, `log line`. */
  readonly where: string;
  /** The parameter's name, for a secret in a URL parameter or a named field. */
  readonly parameter: string | null;
  /** Occurrences: a line that holds two secrets of the group counts twice. Exact. */
  readonly occurrences: number;
  /** Distinct secrets: exact while few, else a HyperLogLog estimate (standard error 0.8 %). */
  readonly distinctSecrets: number;
  readonly distinctApproximate: boolean;
  readonly firstLine: number;
  readonly lastLine: number;
  /** The first and last time read on a line of the group (ISO 8601, UTC); null when no line had one. */
  readonly firstTime: string | null;
  readonly lastTime: string | null;
  /** Distinct secrets by the level each was graded at when first seen. */
  readonly levels: { readonly error: number; readonly warning: number; readonly note: number };
  /** The first few distinct secrets, redacted, with their fingerprints (never the secret). */
  readonly samples: readonly GroupSample[];
  /** JWT facts over the group's distinct JWTs at their first sighting; null when it holds none. */
  readonly jwt: GroupJwtFacts | null;
  /** Occurrences per time bucket (lines without a time are not in it). */
  readonly timeline: GroupTimeline;
}

export interface GroupSample {
  readonly redacted: string;
  readonly fingerprint: string;
}

export interface GroupJwtFacts {
  /** Distinct JWTs described (each at its first sighting). */
  readonly tokens: number;
  readonly liveWhenLogged: number;
  readonly expiredWhenLogged: number;
  /** Logged on a line without a time, or without `exp`. */
  readonly liveUnknown: number;
  readonly withoutExp: number;
  readonly withJti: number;
  /** Tokens per `alg` header value (`none` included as written, lowercased). At most 16 names; the rest under `other`. */
  readonly algs: { readonly [alg: string]: number };
  /**
   * Lifetimes (`exp - iat`) in powers-of-two buckets of seconds: `[upToSeconds, count]`, `upToSeconds` the bucket's
   * exclusive upper bound (1, 2, 4 … 2^40). Tokens without `iat` or `exp` are not in it.
   */
  readonly lifetimes: readonly (readonly [number, number])[];
  /** The median lifetime in seconds (from the buckets: the upper bound of the median's bucket); null without any. */
  readonly medianLifetimeSeconds: number | null;
}

export interface GroupTimeline {
  /** 3,600 (hours) until a group spans more buckets than fit; then 86,400 (days), 604,800 (weeks), 2,592,000. */
  readonly bucketSeconds: number;
  /** `[start, occurrences]`, start in seconds since the epoch (a multiple of `bucketSeconds`), in time order. */
  readonly buckets: readonly (readonly [number, number])[];
}
