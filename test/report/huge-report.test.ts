import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { getRule } from '../../src/catalog/catalog.js';
import type { Finding } from '../../src/findings/finding.js';
import type { ScanResult } from '../../src/findings/scan-result.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif/format-sarif.js';
import { GITHUB_LIMITS } from '../../src/report/sarif/limits.js';
import { formatStylish } from '../../src/report/stylish.js';
import { protectSecret } from '../../src/secrets/protect.js';
import { sampleFindings } from '../support/sample-findings.js';
import { sarifSchemaErrors } from '../support/validate-sarif.js';

/** Above GitHub's 25,000 results per run, and tens of MiB of JSON: big enough to need chunks, small enough for CI. */
const FINDINGS = 60_000;
const PATH = 'logs/access.log';

/** 60,000 findings in one log file, of every shape the log engine produces, each with its own secret and line. */
function hugeResult(): ScanResult {
  const shapes = sampleFindings().filter((finding) => getRule(finding.ruleId).area === 'logs');
  const findings: Finding[] = [];
  for (let index = 0; index < FINDINGS; index += 1) {
    const shape = shapes[index % shapes.length] as Finding;
    const secret = protectSecret(`session-${index}-q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f`);
    findings.push({
      ...shape,
      message: `${shape.message} (${secret.redacted})`,
      location: { ...shape.location, path: PATH, line: index + 1, endLine: index + 1 },
      level: index % 6 === 0 ? 'warning' : 'error',
      ...(shape.secret ? { secret } : {}),
    });
  }
  return { findings, errors: [{ path: 'logs/broken.log.gz', message: 'Broken gzip data' }], notices: [], filesScanned: 2 };
}

/** The chunks, their longest, and the whole text (tens of MiB: fine in a test, never built by the formatter). */
function collect(chunks: Iterable<string>): { text: string; longest: number } {
  const all: string[] = [];
  let longest = 0;
  for (const chunk of chunks) {
    all.push(chunk);
    longest = Math.max(longest, chunk.length);
  }
  return { text: all.join(''), longest };
}

const MAX_CHUNK = 1024 * 1024;

describe('a report of 60,000 findings in one file', () => {
  const result = hugeResult();
  const report = { result, areas: ['logs'] as const, cwd: '/project', color: false };

  it('stylish: one line per finding, the summary and the rule docs, written in chunks under 1 MiB', () => {
    const { text, longest } = collect(formatStylish(report));
    const lines = text.split('\n');
    const summary = lines.findIndex((line) => line.startsWith('✖'));
    expect(lines[0]).toBe(PATH);
    expect(lines.slice(0, summary).filter((line) => line.startsWith('  ')).length).toBe(FINDINGS);
    expect(lines[summary]).toBe(
      `✖ ${FINDINGS} problems (${FINDINGS - FINDINGS / 6} errors, ${FINDINGS / 6} warnings, 0 notes) — 2 files scanned, 1 input error`,
    );
    expect(lines[summary + 2]).toBe('Rule docs:');
    expect(longest).toBeLessThan(MAX_CHUNK);
  });

  it('json: valid, every finding with its fingerprint, written in chunks under 1 MiB', () => {
    const { text, longest } = collect(formatJson(report));
    const document = JSON.parse(text) as { findings: { fingerprint: string; location: { line: number } }[]; summary: { findings: number } };
    expect(document.findings).toHaveLength(FINDINGS);
    expect(document.summary.findings).toBe(FINDINGS);
    expect(document.findings.at(-1)?.location.line).toBe(FINDINGS);
    expect(document.findings.every((finding) => /^[0-9a-f]{32}$/.test(finding.fingerprint))).toBe(true);
    expect(longest).toBeLessThan(MAX_CHUNK);
  });

  it("sarif: valid against the schema, cut to GitHub's limit with a warning, written in chunks under 1 MiB", () => {
    const warnings: string[] = [];
    const { text, longest } = collect(formatSarif({ ...report, warn: (message) => warnings.push(message) }));
    const log = JSON.parse(text) as Log;
    expect(log.runs[0]?.results).toHaveLength(GITHUB_LIMITS.resultsPerRun);
    expect(warnings.some((warning) => warning.includes(`${FINDINGS} results exceed`))).toBe(true);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(longest).toBeLessThan(MAX_CHUNK);
  });
});
