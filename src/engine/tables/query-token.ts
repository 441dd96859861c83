import { frameworks } from '../frameworks/index.js';
import type { JwtVerifierRow, SinkRow } from '../frameworks/model.js';

export type { JwtVerifierRow } from '../frameworks/model.js';

/**
 * query-token-accepted: the reads it reports (a row for messages and SARIF, matched by server/find-query-token-reads.ts
 * rather than by callee) and the verifiers that make an accepted token long-lived.
 */
export const queryReadRow: SinkRow = {
  id: 'query-read',
  rule: 'query-token-accepted',
  api: 'the request query',
  modules: [],
  paths: [],
  safeAlternative:
    'accept only single-use, short-lived tickets there (exp of a minute or less, jti consumed once); take longer-lived credentials from the Authorization header, a cookie with an Origin check, or the first message',
};

/** JWT verification calls (jsonwebtoken.ts, jose.ts in frameworks/). */
export const jwtVerifiers: readonly JwtVerifierRow[] = frameworks.flatMap((model) => model.jwtVerifiers ?? []);

/** Claims whose reading shows a single-use check (`if (await redis.set(payload.jti, 1, 'NX'))`). */
export const SINGLE_USE_CLAIM = 'jti';
