import { createHash } from 'node:crypto';
import type { Result } from 'sarif';
import { findingFingerprint } from '../../findings/fingerprint.js';
import type { ReportableFinding } from './reportable.js';

/** urlleak's own fingerprint: rule, file and what was found; survives lines shifting. */
export const URLLEAK_FINGERPRINT = 'urlleak/v1';
export const LINE_HASH = 'primaryLocationLineHash';

/**
 * The base of `primaryLocationLineHash`, from what the finding says in redacted form: its rule, its message (built
 * from redacted values) and the secret's fingerprint. Never from the raw line: the upload action's own fallback
 * hashes the line on disk, which for a log line is a hash of the secret itself.
 */
export function lineHashBase(finding: ReportableFinding): string {
  const context = `${finding.ruleId}\0${finding.message}\0${finding.secret?.fingerprint ?? ''}`;
  return createHash('sha256').update(context).digest('hex').slice(0, 16);
}

export function partialFingerprintsOf(finding: ReportableFinding): Record<string, string> {
  return { [LINE_HASH]: `${lineHashBase(finding)}:1`, [URLLEAK_FINGERPRINT]: findingFingerprint(finding) };
}

/**
 * Numbers equal line hashes within a file in result order (`<hash>:1`, `<hash>:2`, …), as GitHub's own hashes do,
 * so that the same token logged twice in one file stays two alerts. Recomputed after a merge, since a shard only
 * counts the occurrences it saw.
 */
export function numberLineHashes(results: readonly Result[]): Result[] {
  const seen = new Map<string, number>();
  return results.map((result) => {
    const hash = result.partialFingerprints?.[LINE_HASH];
    if (hash === undefined) return result;
    const base = hash.replace(/:\d+$/, '');
    const key = `${result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''}\0${base}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return { ...result, partialFingerprints: { ...result.partialFingerprints, [LINE_HASH]: `${base}:${occurrence}` } };
  });
}
