import type { Level } from '../../catalog/rule.js';
import { DEFAULT_TICKET_POLICY, levelOfKind, type Assessment, type TicketPolicy } from '../../secrets/credential-risk.js';
import type { JwtFacts } from '../../secrets/jwt.js';

/**
 * How `log-jwt` grades a token, on top of the risk model (src/secrets/credential-risk.ts). Every default is in
 * `DEFAULT_JWT_POLICY`.
 */
export interface JwtPolicy extends TicketPolicy {
  /** Live when logged, and no `exp` or a lifetime above the ticket limit: whoever reads the log can use it. */
  readonly longLivedLevel: Level;
  /** Live when logged, short-lived but reusable until it expires: still a leak, with a smaller window. */
  readonly shortLivedLevel: Level;
  /** Live when logged, short-lived and single-use (a `jti`, or a ticket parameter): the safe pattern, if consumed once. */
  readonly ticketLevel: Level;
  /** Already expired when the line was written. */
  readonly expiredLevel: Level;
}

export const DEFAULT_JWT_POLICY: JwtPolicy = {
  ...DEFAULT_TICKET_POLICY,
  longLivedLevel: 'error',
  shortLivedLevel: 'warning',
  ticketLevel: 'note',
  expiredLevel: 'note',
};

/**
 * Whether the token could still be used when the line was written: `exp` after the line's time. A token without
 * `exp` never expires. Undefined when the line's time is unknown.
 */
export function isLiveWhenLogged(facts: Pick<JwtFacts, 'exp'>, loggedAt: number | undefined): boolean | undefined {
  if (loggedAt === undefined) return undefined;
  return facts.exp === undefined || facts.exp > loggedAt;
}

/** An unknown logging time counts as live: the scanner cannot prove the token was dead. */
export function gradeJwt(assessment: Assessment, liveWhenLogged: boolean | undefined, policy: JwtPolicy): Level {
  if (liveWhenLogged === false) return policy.expiredLevel;
  if (assessment.kind === 'credential') return policy.longLivedLevel;
  if (assessment.kind === 'short-lived') return policy.shortLivedLevel;
  if (assessment.kind === 'ticket') return policy.ticketLevel;
  return levelOfKind(assessment.kind) ?? 'note';
}
