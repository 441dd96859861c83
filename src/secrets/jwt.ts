import { decodeBase64 } from './base64.js';

/** A JWT's decoded header and payload. Decoding only: urlleak never verifies a signature. */
export interface DecodedJwt {
  readonly header: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** What a leaked JWT tells about its risk; goes into finding properties. */
export interface JwtFacts {
  readonly alg: string | undefined;
  readonly iat: number | undefined;
  readonly exp: number | undefined;
  readonly lifetimeSeconds: number | undefined;
  readonly hasJti: boolean;
  readonly jti: string | undefined;
  /** The `role` claim (Supabase: `anon` marks the public key), when it is a string. */
  readonly role: string | undefined;
  /** `sub` and `name` as strings: the documentation examples' (jwt.io) are recognized by them. */
  readonly sub: string | undefined;
  readonly name: string | undefined;
}

/** Three base64url segments whose first two start like a JSON object (`{"` encodes to `eyJ`). */
export const JWT_PATTERN_SOURCE = String.raw`eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*`;

const BASE64URL_BYTE = Uint8Array.from({ length: 256 }, (_, byte) => (/[A-Za-z0-9_-]/.test(String.fromCharCode(byte)) ? 1 : 0));
const MIN_FIRST_SEGMENT_TAIL = 8;
const SECOND_SEGMENT_START = [0x2e, 0x65, 0x79, 0x4a]; // .eyJ

/**
 * Whether the bytes from `at`, right after a leading `eyJ`, go on as `JWT_PATTERN_SOURCE` requires up to its second
 * segment: at least 8 base64url characters, then `.eyJ`. A byte-level necessary condition for log prefilters, which
 * meet far more base64 JSON cursors (`cursor=eyJvZmZzZXQiOjB9`, one segment) than tokens.
 */
export function continuesLikeJwt(bytes: Uint8Array, at: number): boolean {
  return holdsSecondSegmentAfter(bytes, at, base64urlRunEnd(bytes, at));
}

/**
 * `continuesLikeJwt` for a prefilter that asks in ascending order within one buffer. A run of `eyJeyJeyJ…` (or any
 * base64 with many `eyJ` in it) is one hit every three bytes, and measuring the run again from each hit cost the square
 * of its length (a 192 KB line took 15 s). Every hit inside a run measured before shares that run's end, so the end is
 * remembered: each byte is read once per buffer. Call `forget` before reading a buffer whose bytes may have changed.
 */
export class JwtContinuation {
  private bytes: Uint8Array | undefined;
  private runFrom = 0;
  private runEnd = -1;

  readonly check = (bytes: Uint8Array, at: number): boolean => {
    if (bytes !== this.bytes || at < this.runFrom || at > this.runEnd) {
      this.bytes = bytes;
      this.runFrom = at;
      this.runEnd = base64urlRunEnd(bytes, at);
    }
    return holdsSecondSegmentAfter(bytes, at, this.runEnd);
  };

  forget(): void {
    this.bytes = undefined;
  }
}

function base64urlRunEnd(bytes: Uint8Array, from: number): number {
  let end = from;
  while (end < bytes.length && BASE64URL_BYTE[bytes[end] ?? 0] === 1) end += 1;
  return end;
}

function holdsSecondSegmentAfter(bytes: Uint8Array, at: number, runEnd: number): boolean {
  return runEnd - at >= MIN_FIRST_SEGMENT_TAIL && SECOND_SEGMENT_START.every((byte, index) => bytes[runEnd + index] === byte);
}

function decodeJsonObject(segment: string): Record<string, unknown> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return undefined;
  const text = decodeBase64(segment, 'utf8');
  // Most `eyJ…` look-alikes in logs are not JSON at all: skip the (slow) throwing parse for them.
  if (!text.startsWith('{') || !text.trimEnd().endsWith('}')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Decodes a compact JWS; undefined unless header and payload are both JSON objects and the header names `alg`. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  // Found by its dots, not split: the log scanner decodes a token per line, and the signature is never read.
  const headerEnd = token.indexOf('.');
  const payloadEnd = token.indexOf('.', headerEnd + 1);
  if (headerEnd === -1 || payloadEnd === -1 || token.includes('.', payloadEnd + 1)) return undefined;
  const header = decodeHeader(token.slice(0, headerEnd));
  if (!header) return undefined;
  const payload = decodeJsonObject(token.slice(headerEnd + 1, payloadEnd));
  if (!payload) return undefined;
  return { header, payload };
}

/**
 * A service signs every token with the same few headers (`{"alg":"HS256","typ":"JWT"}`), so a log with a fresh token
 * on every line decodes the same header on every line: headers are remembered (a few dozen; a header seen once is
 * soon forgotten). Undefined unless it is a JSON object naming `alg`.
 */
function decodeHeader(segment: string): Readonly<Record<string, unknown>> | undefined {
  const cached = headerCache.get(segment);
  if (cached !== undefined) return cached ?? undefined;
  const header = decodeJsonObject(segment);
  const valid = header && typeof header['alg'] === 'string' ? header : null;
  if (headerCache.size >= HEADER_CACHE_SIZE) headerCache.clear();
  // A copy of its own: the segment is a view on the line it was sliced from (src/logs/detach.ts).
  if (segment.length <= MAX_CACHED_HEADER) headerCache.set((' ' + segment).slice(1), valid);
  return valid ?? undefined;
}

const headerCache = new Map<string, Readonly<Record<string, unknown>> | null>();
const HEADER_CACHE_SIZE = 64;
/** Headers longer than this (an embedded `jwk`, `x5c` chains) are decoded each time rather than kept. */
const MAX_CACHED_HEADER = 512;

function numericClaim(payload: Readonly<Record<string, unknown>>, name: string): number | undefined {
  const value = payload[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function stringClaim(payload: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' ? value : undefined;
}

export function jwtFacts(jwt: DecodedJwt): JwtFacts {
  const iat = numericClaim(jwt.payload, 'iat') ?? numericClaim(jwt.payload, 'nbf');
  const exp = numericClaim(jwt.payload, 'exp');
  const jti = jwt.payload['jti'];
  return {
    alg: typeof jwt.header['alg'] === 'string' ? jwt.header['alg'] : undefined,
    iat,
    exp,
    lifetimeSeconds: iat !== undefined && exp !== undefined ? exp - iat : undefined,
    hasJti: jti !== undefined,
    jti: typeof jti === 'string' || typeof jti === 'number' ? String(jti) : undefined,
    role: stringClaim(jwt.payload, 'role'),
    sub: stringClaim(jwt.payload, 'sub'),
    name: stringClaim(jwt.payload, 'name'),
  };
}

export function isJwt(value: string): boolean {
  return decodeJwt(value) !== undefined;
}
