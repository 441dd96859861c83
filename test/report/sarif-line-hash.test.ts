import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { formatSarif } from '../../src/report/sarif/format-sarif.js';
import { protectSecret } from '../../src/secrets/protect.js';
import { sampleResult } from '../support/sample-findings.js';

/**
 * `primaryLocationLineHash` is `<hash>:<occurrence>`, the occurrence counted within one file (as GitHub's own line
 * hashes are). Counting across files would renumber an alert in b.log whenever a.log gains or loses the same token.
 */
const secret = protectSecret('q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f');
const finding = (path: string, line: number): Finding => ({
  ruleId: 'log-url-token',
  level: 'error',
  message: `Credential ${secret.redacted} in the query parameter access_token.`,
  location: { path, line, column: 10, endLine: line, endColumn: 42 },
  secret,
});

function lineHashes(findings: Finding[]): string[] {
  const log = JSON.parse(
    [...formatSarif({ result: sampleResult(findings), areas: ['logs'], cwd: '/project', color: false })].join(''),
  ) as Log;
  return (log.runs[0]?.results ?? []).map(
    (result) =>
      `${result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''} ${result.partialFingerprints?.['primaryLocationLineHash'] ?? ''}`,
  );
}

describe('primaryLocationLineHash occurrences', () => {
  it('are counted per file: the same token in two files is occurrence 1 in each', () => {
    const hashes = lineHashes([finding('logs/a.log', 3), finding('logs/a.log', 9), finding('logs/b.log', 5)]);
    expect(hashes.map((entry) => entry.replace(/ [0-9a-f]{16}:/, ' :'))).toEqual(['logs/a.log :1', 'logs/a.log :2', 'logs/b.log :1']);
    expect(new Set(hashes.map((entry) => entry.split(' ')[1]?.split(':')[0])).size).toBe(1);
  });

  it("in one file do not change when another file's occurrences come and go", () => {
    const alone = lineHashes([finding('logs/b.log', 5)]);
    const withOthers = lineHashes([finding('logs/a.log', 3), finding('logs/a.log', 9), finding('logs/b.log', 5)]);
    expect(withOthers.at(-1)).toBe(alone[0]);
  });
});
