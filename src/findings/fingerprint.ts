import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/** What a fingerprint is computed from; any Finding, and also an ESLint problem of another plugin's rule. */
export type FingerprintInput = Pick<Finding, 'location' | 'message' | 'secret'> & { readonly ruleId: string };

/**
 * A finding's identity for baselines and de-duplication: rule, file, and what was found (the secret's
 * fingerprint, else the message), but not the line number, so it survives lines shifting.
 */
export function findingFingerprint(finding: FingerprintInput): string {
  const what = finding.secret?.fingerprint ?? finding.message;
  return createHash('sha256').update(`${finding.ruleId}\0${finding.location.path}\0${what}`).digest('hex').slice(0, 32);
}
