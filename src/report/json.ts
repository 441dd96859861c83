import { findingFingerprint } from '../findings/fingerprint.js';
import type { Formatter } from './formatter.js';

/** Machine-readable output: every finding with its stable fingerprint, the input errors and notices. */
export const formatJson: Formatter = (report) => {
  const { findings, errors, notices, filesScanned } = report.result;
  const document = {
    findings: findings.map((finding) => ({ ...finding, fingerprint: findingFingerprint(finding) })),
    errors,
    notices,
    summary: { filesScanned, findings: findings.length, errors: errors.length },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
