/**
 * What a grouped log finding says (`urlleak logs`' default report): every secret of one rule in one file, on one
 * endpoint, in one place of the line (a parameter, a header, a field), summed up in fixed memory. This is the shape of
 * the finding's `properties.group` in the JSON and SARIF reports, and what the HTML report draws from. Types, not
 * interfaces: a finding's properties take only what has no open index signature.
 */
export type GroupSummary = {
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
  /** Occurrences by level: a JWT expired on its line counts at the policy's expired level. */
  readonly levels: { readonly error: number; readonly warning: number; readonly note: number };
  /** The distinct secrets first seen earliest (up to 3), redacted, with their fingerprints (never the secret). */
  readonly samples: readonly GroupSample[];
  /** JWT facts over the group's JWT occurrences; null when it holds none. */
  readonly jwt: GroupJwtFacts | null;
  /** Occurrences per time bucket (lines without a time are not in it). */
  readonly timeline: GroupTimeline;
};

export type GroupSample = {
  readonly redacted: string;
  readonly fingerprint: string;
  /** The line where the secret was first seen. */
  readonly line: number;
};

/**
 * The JWT facts of a group, counted per occurrence (a token on 3 lines counts 3): each line's liveness is judged
 * against that line's own time.
 */
export type GroupJwtFacts = {
  /** JWT occurrences. */
  readonly occurrences: number;
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
  /** The shortest and longest lifetime in seconds; null when no token has both `iat` and `exp`. */
  readonly minLifetimeSeconds: number | null;
  readonly maxLifetimeSeconds: number | null;
  /** The median lifetime in seconds (from the buckets: the upper bound of the median's bucket); null without any. */
  readonly medianLifetimeSeconds: number | null;
};

export type GroupTimeline = {
  /** One of `TIMELINE_BUCKET_SECONDS`: hours until a group spans more buckets than fit, then days, weeks, 30 days. */
  readonly bucketSeconds: number;
  /** `[start, occurrences]`, start in seconds since the epoch (a multiple of `bucketSeconds`), in time order. */
  readonly buckets: readonly (readonly [number, number])[];
};

/** The widths a timeline's buckets take, narrowest first: an hour, a day, a week, 30 days. */
export const TIMELINE_BUCKET_SECONDS: readonly number[] = [3600, 86_400, 604_800, 2_592_000];

/** The next wider bucket width after `seconds`; undefined past the widest. */
export function widerBucketSeconds(seconds: number): number | undefined {
  return TIMELINE_BUCKET_SECONDS.find((width) => width > seconds);
}
