import { occurrenceFingerprints } from '../findings/fingerprint.js';
import type { ScanError, ScanNotice } from '../findings/scan-result.js';
import { coalesceChunks } from './coalesce-chunks.js';
import type { Formatter } from './formatter.js';
import { jsonFileChunks } from './json-chunks.js';
import { safeText } from './safe-text.js';

/**
 * Machine-readable output: every finding with its stable fingerprint, the input errors and notices. Written finding
 * by finding (the same bytes as `JSON.stringify(document, null, 2)`), so no size of report is one string.
 * The fingerprint is the occurrence fingerprint a baseline records: two identical leaks in one file are two entries.
 */
export const formatJson: Formatter = (report) => {
  const { findings, errors, notices, filesScanned } = report.result;
  const fingerprints = occurrenceFingerprints(findings);
  const document = {
    findings: findings.map((finding, index) => ({ ...finding, fingerprint: fingerprints[index] ?? '' })),
    errors: errors.map(safeProblem),
    notices: notices.map(safeProblem),
    summary: { filesScanned, findings: findings.length, errors: errors.length },
  };
  return coalesceChunks(jsonFileChunks(document, 2));
};

/** Error and notice messages echo inputs (tsconfig values, parser snippets, file names): secrets redacted. */
function safeProblem<T extends ScanError | ScanNotice>(problem: T): T {
  return { ...problem, message: safeText(problem.message) };
}
