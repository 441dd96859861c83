import type { Random } from './random.js';

export interface ExpectedJwtFacts {
  readonly alg: string;
  readonly iat: number;
  readonly exp: number | null;
  readonly lifetimeSeconds: number | null;
  readonly hasJti: boolean;
  readonly liveWhenLogged: boolean | null;
}

/** Kinds of JWT the corpus plants, relative to the time of the line that logs them. */
export type JwtVariant = 'long-lived' | 'ticket' | 'short-lived' | 'expired' | 'no-exp' | 'alg-none';

/** `ticket`: two minutes and a `jti` (single-use); `short-lived`: two minutes, no `jti` (reusable until it expires). */
export const JWT_VARIANTS: readonly JwtVariant[] = ['long-lived', 'ticket', 'short-lived', 'expired', 'no-exp', 'alg-none'];

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A fake, unsigned-in-spirit JWT (random signature) with claims chosen by variant; `loggedAt` in seconds. */
export function makeJwt(
  variant: JwtVariant,
  loggedAt: number,
  random: Random,
  timeKnown: boolean,
): { token: string; facts: ExpectedJwtFacts } {
  const alg = variant === 'alg-none' ? 'none' : random.pick(['HS256', 'RS256', 'ES256']);
  const iat = variant === 'expired' ? loggedAt - 7200 : loggedAt - random.int(5, 50);
  const lifetime =
    variant === 'ticket' || variant === 'short-lived' ? 120 : variant === 'expired' ? 3600 : variant === 'no-exp' ? undefined : 30 * 86_400;
  const exp = lifetime === undefined ? undefined : iat + lifetime;
  const hasJti = variant === 'ticket' || (variant !== 'short-lived' && random.chance(0.3));
  const payload = {
    sub: `user-${random.int(1000, 9999)}`,
    iat,
    ...(exp === undefined ? {} : { exp }),
    ...(hasJti ? { jti: random.token(16) } : {}),
  };
  const signature = alg === 'none' ? '' : random.string('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 43);
  const token = `${base64url({ alg, typ: 'JWT' })}.${base64url(payload)}.${signature}`;
  const liveWhenLogged = timeKnown ? exp === undefined || exp > loggedAt : null;
  return { token, facts: { alg, iat, exp: exp ?? null, lifetimeSeconds: lifetime ?? null, hasJti, liveWhenLogged } };
}
