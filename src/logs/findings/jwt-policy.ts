import type { Level } from '../../catalog/rule.js';
import type { JwtFacts } from '../../secrets/jwt.js';

/** How `log-jwt` grades a token. Every default is in `DEFAULT_JWT_POLICY`. */
export interface JwtPolicy {
  /** Tokens with `exp - iat` at most this many seconds are short-lived tickets. */
  readonly maxTicketLifetimeSeconds: number;
  /** Live when logged, and no `exp` or a lifetime above the ticket limit: whoever reads the log can use it. */
  readonly longLivedLevel: Level;
  /** Live when logged but short-lived (a ticket): still a leak, with a smaller window. */
  readonly shortLivedLevel: Level;
  /** Already expired when the line was written. */
  readonly expiredLevel: Level;
}

export const DEFAULT_JWT_POLICY: JwtPolicy = {
  maxTicketLifetimeSeconds: 300,
  longLivedLevel: 'error',
  shortLivedLevel: 'warning',
  expiredLevel: 'note',
};

/**
 * Whether the token could still be used when the line was written: `exp` after the line's time. A token without
 * `exp` never expires. Undefined when the line's time is unknown.
 */
export function isLiveWhenLogged(facts: JwtFacts, loggedAt: number | undefined): boolean | undefined {
  if (loggedAt === undefined) return undefined;
  return facts.exp === undefined || facts.exp > loggedAt;
}

export function isShortLived(facts: JwtFacts, policy: JwtPolicy): boolean {
  return facts.exp !== undefined && facts.lifetimeSeconds !== undefined && facts.lifetimeSeconds <= policy.maxTicketLifetimeSeconds;
}

/** An unknown logging time counts as live: the scanner cannot prove the token was dead. */
export function gradeJwt(facts: JwtFacts, liveWhenLogged: boolean | undefined, policy: JwtPolicy): Level {
  if (liveWhenLogged === false) return policy.expiredLevel;
  return isShortLived(facts, policy) ? policy.shortLivedLevel : policy.longLivedLevel;
}
