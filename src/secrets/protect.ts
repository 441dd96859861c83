import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';

/**
 * What a finding may carry about a secret: a redacted form for people and a fingerprint for machines.
 * The raw secret never leaves the detector that found it; this is the only shape in which it travels.
 */
export interface ProtectedSecret {
  readonly redacted: string;
  /** First 16 hex digits of the unsalted SHA-256 of the raw secret: stable across runs and machines. */
  readonly fingerprint: string;
  readonly length: number;
}

const FINGERPRINT_HEX_DIGITS = 16;
/** At most this many leading characters are kept: enough to tell `ghp_` from `eyJh`, too few to guess the rest. */
const MAX_VISIBLE_PREFIX = 4;

/** `crypto.hash` (Node ≥ 20.12) is a one-shot digest several times cheaper than `createHash` for short inputs. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function fingerprintOf(raw: string): string {
  const digest = oneShotHash ? oneShotHash('sha256', raw, 'hex') : createHash('sha256').update(raw, 'utf8').digest('hex');
  return digest.slice(0, FINGERPRINT_HEX_DIGITS);
}

/** A quarter of the secret at most (none for short ones), then an ellipsis and the length. */
export function redact(raw: string): string {
  const visible = Math.min(MAX_VISIBLE_PREFIX, Math.floor(raw.length / 4));
  const prefix = raw.length >= 12 ? raw.slice(0, visible) : '';
  return `${prefix}…[${raw.length} chars]`;
}

export function protectSecret(raw: string): ProtectedSecret {
  return { redacted: redact(raw), fingerprint: fingerprintOf(raw), length: raw.length };
}
