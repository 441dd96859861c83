import { findingFingerprint } from '../findings/fingerprint.js';
import type { ScanError, ScanNotice } from '../findings/scan-result.js';
import { coalesceChunks } from './coalesce-chunks.js';
import type { Formatter } from './formatter.js';
import { jsonFileChunks } from './json-chunks.js';
import { safeText } from './safe-text.js';

/**
 * Machine-readable output: every finding with its stable fingerprint, the input errors and notices. Written finding
 * by finding (the same bytes as `JSON.stringify(document, null, 2)`), so no size of report is one string.
 */
export const formatJson: Formatter = (report) => {
  const { findings, errors, notices, filesScanned } = report.result;
  const document = {
    findings: findings.map((finding) => ({ ...finding, fingerprint: findingFingerprint(finding) })),
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
