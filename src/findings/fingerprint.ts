import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/** What a fingerprint is computed from; any Finding, and also an ESLint problem of another plugin's rule. */
export type FingerprintInput = Pick<Finding, 'location' | 'message' | 'secret' | 'occurrence' | 'identity'> & { readonly ruleId: string };

/**
 * A finding's identity for baselines and de-duplication: rule, file, and what was found (a group's identity, the
 * secret's fingerprint, else the message), but not the line number, so it survives lines shifting. Identical findings in one
 * file share it: `occurrenceFingerprints` tells them apart.
 */
export function findingFingerprint(finding: FingerprintInput): string {
  const what = finding.identity ?? finding.secret?.fingerprint ?? finding.message;
  return sha256Prefix(`${finding.ruleId}\0${finding.location.path}\0${what}`);
}

/**
 * Each finding's identity including its occurrence: the n-th (in file order) of the findings that share a
 * `findingFingerprint`. The first occurrence keeps the plain fingerprint, so a list of plain fingerprints (a baseline
 * written before occurrences were counted) still names the first of each. Lines shifting together keep the order,
 * so the identities survive them; a second identical leak is a new identity, not hidden behind the first.
 * Returned in the order of `findings`.
 */
export function occurrenceFingerprints(findings: readonly FingerprintInput[]): string[] {
  if (findings.every((finding) => finding.occurrence !== undefined)) {
    return findings.map((finding) => occurrenceFingerprint(findingFingerprint(finding), finding.occurrence ?? 1));
  }
  return countOccurrences(findings).map(({ plain, occurrence }) => occurrenceFingerprint(plain, occurrence));
}

/** Findings with their `occurrence` fixed, for numbering that must not change when some are hidden later. */
export function withOccurrences<T extends Finding>(findings: readonly T[]): T[] {
  const counted = countOccurrences(findings);
  return findings.map((finding, index) => ({ ...finding, occurrence: counted[index]?.occurrence ?? 1 }));
}

/** Each finding's plain fingerprint and its occurrence among equal ones, in file order; in the order of `findings`. */
function countOccurrences(findings: readonly FingerprintInput[]): { readonly plain: string; readonly occurrence: number }[] {
  const entries = findings.map((finding, index) => ({
    index,
    line: finding.location.line,
    column: finding.location.column,
    plain: findingFingerprint(finding),
  }));
  const inFileOrder = [...entries].sort((a, b) => a.line - b.line || a.column - b.column);
  const seen = new Map<string, number>();
  const result = entries.map((entry) => ({ plain: entry.plain, occurrence: 1 }));
  for (const { index, plain } of inFileOrder) {
    const occurrence = (seen.get(plain) ?? 0) + 1;
    seen.set(plain, occurrence);
    result[index] = { plain, occurrence };
  }
  return result;
}

/** The identity of the `occurrence`-th (1-based, in file order) of the findings whose plain fingerprint is `plain`. */
export function occurrenceFingerprint(plain: string, occurrence: number): string {
  return occurrence > 1 ? sha256Prefix(`${plain}\0${occurrence}`) : plain;
}

function sha256Prefix(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
