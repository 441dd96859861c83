import { createHash } from 'node:crypto';
import type { Result } from 'sarif';
import { findingFingerprint, occurrenceFingerprint } from '../../findings/fingerprint.js';
import type { ReportableFinding } from './reportable.js';

/**
 * urlleak's own fingerprint: rule, file, what was found and which occurrence of it in the file, the identity a
 * baseline records and the JSON report shows. Survives lines shifting; two identical leaks in one file stay two alerts.
 */
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

/**
 * Before numbering: every line hash is the first (`numberOccurrences`), and the urlleak fingerprint the plain one,
 * or the occurrence's when the CLI fixed it before hiding any finding (then numbering leaves it: it is unique).
 */
export function partialFingerprintsOf(finding: ReportableFinding): Record<string, string> {
  return {
    [LINE_HASH]: `${lineHashBase(finding)}:1`,
    [URLLEAK_FINGERPRINT]: occurrenceFingerprint(findingFingerprint(finding), finding.occurrence ?? 1),
  };
}

/**
 * Numbers equal line hashes within a file in result order (`<hash>:1`, `<hash>:2`, …), as GitHub's own hashes do,
 * so that the same token logged twice in one file stays two alerts. Recomputed after a merge, since a shard only
 * counts the occurrences it saw.
 */
function numberLineHashes(results: readonly Result[]): Result[] {
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

/** Both numberings, over results in the one urlleak order (file, then position). */
export function numberOccurrences(results: readonly Result[]): Result[] {
  return numberFingerprints(numberLineHashes(results));
}

/**
 * Numbers equal urlleak fingerprints in result order, as `occurrenceFingerprints` does for baselines and the JSON
 * report: the first keeps the plain fingerprint, the n-th becomes `occurrenceFingerprint(plain, n)`. The plain
 * fingerprint names the file, so equal ones are in one file and result order is file order. Expects plain
 * fingerprints: a merge restores them first (`withPlainFingerprints`).
 */
function numberFingerprints(results: readonly Result[]): Result[] {
  const seen = new Map<string, number>();
  return results.map((result) => {
    const plain = result.partialFingerprints?.[URLLEAK_FINGERPRINT];
    if (plain === undefined) return result;
    const occurrence = (seen.get(plain) ?? 0) + 1;
    seen.set(plain, occurrence);
    if (occurrence === 1) return result;
    return {
      ...result,
      partialFingerprints: { ...result.partialFingerprints, [URLLEAK_FINGERPRINT]: occurrenceFingerprint(plain, occurrence) },
    };
  });
}

/**
 * Numbered urlleak fingerprints back to plain ones, before a merge de-duplicates and numbers again: each shard
 * counted only the occurrences it saw (a large log split by byte range is numbered from 1 in every shard), and a
 * boundary line two shards both report must compare equal. A run numbers 1, 2, 3… without gaps, so following each
 * value's sequence (its 2nd, 3rd… occurrence fingerprints) until one is missing finds every numbered value.
 */
export function withPlainFingerprints(results: readonly Result[]): Result[] {
  const values = new Set(results.flatMap((result) => result.partialFingerprints?.[URLLEAK_FINGERPRINT] ?? []));
  const plainOf = new Map<string, string>();
  for (const plain of values) {
    for (let occurrence = 2; values.has(occurrenceFingerprint(plain, occurrence)); occurrence += 1) {
      plainOf.set(occurrenceFingerprint(plain, occurrence), plain);
    }
  }
  return results.map((result) => {
    const plain = plainOf.get(result.partialFingerprints?.[URLLEAK_FINGERPRINT] ?? '');
    return plain === undefined
      ? result
      : { ...result, partialFingerprints: { ...result.partialFingerprints, [URLLEAK_FINGERPRINT]: plain } };
  });
}
