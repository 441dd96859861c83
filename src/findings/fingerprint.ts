import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/**
 * A finding's identity for baselines and de-duplication: rule, file, and what was found (the secret's
 * fingerprint, else the message), but not the line number, so it survives lines shifting.
 */
export function findingFingerprint(finding: Finding): string {
  const what = finding.secret?.fingerprint ?? finding.message;
  return createHash('sha256').update(`${finding.ruleId}\0${finding.location.path}\0${what}`).digest('hex').slice(0, 32);
}
