import type { Level } from '../catalog/rule.js';
import type { Finding } from '../findings/finding.js';
import { occurrenceFingerprints } from '../findings/fingerprint.js';
import type { ScanError, ScanNotice } from '../findings/scan-result.js';
import { coalesceChunks } from './coalesce-chunks.js';
import type { Formatter } from './formatter.js';
import { jsonFileChunks } from './json-chunks.js';
import { safeText } from './safe-text.js';

/**
 * Machine-readable output: every finding with its stable fingerprint, the input errors and notices, and a summary of
 * counts. Written finding by finding (the same bytes as `JSON.stringify(document, null, 2)`), so no size of report is
 * one string. The fingerprint is the occurrence fingerprint a baseline records: two identical leaks in one file are two
 * entries. docs/json-report.md documents every field; docs/json-report.schema.json is its schema.
 */
export const formatJson: Formatter = (report) => {
  const { findings, errors, notices, filesScanned } = report.result;
  const fingerprints = occurrenceFingerprints(findings);
  const document = {
    // A group's identity is what its fingerprint is made of, not something to read.
    findings: findings.map(({ identity: _identity, ...finding }, index) => ({ ...finding, fingerprint: fingerprints[index] ?? '' })),
    errors: errors.map(safeProblem),
    notices: notices.map(safeProblem),
    summary: { filesScanned, findings: findings.length, ...countLevels(findings), inputErrors: errors.length, notices: notices.length },
  };
  return coalesceChunks(jsonFileChunks(document, 2));
};

/** Findings by level, under the plural names SARIF and ESLint's summaries use. */
function countLevels(findings: readonly Finding[]): { errors: number; warnings: number; notes: number } {
  const counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  return { errors: counts.error, warnings: counts.warning, notes: counts.note };
}

/** Error and notice messages echo inputs (tsconfig values, parser snippets, file names): secrets redacted. */
function safeProblem<T extends ScanError | ScanNotice>(problem: T): T {
  return { ...problem, message: safeText(problem.message) };
}
