import { randomBytes } from 'node:crypto';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { formatSarif } from '../../src/report/sarif/format-sarif.js';
import { checkUploadSize, enforceGithubLimits, GITHUB_LIMITS } from '../../src/report/sarif/limits.js';
import { sarifSchemaErrors } from '../support/validate-sarif.js';

function manyFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_unused, index): Finding => ({
    ruleId: index % 10 === 0 ? 'ws-token-in-url' : 'log-raw-url',
    level: index % 10 === 0 ? 'error' : 'warning',
    message: `finding ${index}`,
    location: { path: `src/file-${index % 50}.ts`, line: index + 1, column: 1 },
  }));
}

function sarifWith(findings: Finding[], warn: (message: string) => void): Log {
  return JSON.parse(
    [
      ...formatSarif({
        result: { findings, errors: [], notices: [], filesScanned: 50 },
        areas: ['code', 'logs'],
        cwd: '/project',
        color: false,
        warn,
      }),
    ].join(''),
  ) as Log;
}

describe('GitHub limits', () => {
  it('keeps at most 25,000 results per run, the most severe first, and warns', () => {
    const warnings: string[] = [];
    const findings = manyFindings(GITHUB_LIMITS.resultsPerRun + 500);
    const results = sarifWith(findings, (message) => warnings.push(message)).runs.flatMap((run) => run.results ?? []);
    expect(results).toHaveLength(GITHUB_LIMITS.resultsPerRun);
    expect(results.filter((result) => result.level === 'error')).toHaveLength(
      findings.filter((finding) => finding.level === 'error').length,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/25500 results exceed GitHub's limit of 25000 per run/);
  });

  it('says nothing when within the limits', () => {
    const warnings: string[] = [];
    sarifWith(manyFindings(100), (message) => warnings.push(message));
    expect(warnings).toEqual([]);
  });

  it('cuts related locations to 1,000 and over-long code flows to their start and sink', () => {
    const location = (line: number) => ({ path: 'logs/access.log', line, column: 1 });
    const finding: Finding = {
      ruleId: 'log-token-replay',
      level: 'error',
      message: 'ticket used again',
      location: location(1),
      related: Array.from({ length: 1_200 }, (_unused, index) => ({ location: location(index + 2), message: 'use' })),
      flow: Array.from({ length: 10_050 }, (_unused, index) => ({ location: location(index + 2), message: 'step' })),
    };
    const warnings: string[] = [];
    const log = sarifWith([finding], (message) => warnings.push(message));
    const [result] = log.runs.flatMap((run) => run.results ?? []);
    expect(result?.relatedLocations).toHaveLength(GITHUB_LIMITS.locationsPerResult);
    const steps = result?.codeFlows?.[0]?.threadFlows[0]?.locations ?? [];
    expect(steps).toHaveLength(GITHUB_LIMITS.threadFlowLocationsPerResult);
    expect(steps.at(-1)?.location?.physicalLocation?.region?.startLine).toBe(1);
    expect(warnings).toHaveLength(2);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('warns about more than 20 runs in one file', () => {
    const run = (id: number) => ({
      tool: { driver: { name: 'urlleak' } },
      automationDetails: { id: `urlleak/${id}/` },
      results: [] as Result[],
    });
    const warnings: string[] = [];
    enforceGithubLimits({ version: '2.1.0', runs: Array.from({ length: 21 }, (_unused, id) => run(id)) }, (message) =>
      warnings.push(message),
    );
    expect(warnings[0]).toMatch(/21 runs exceed GitHub's limit of 20/);
  });

  it('measures the gzipped size against the upload limit', () => {
    const warnings: string[] = [];
    const incompressible = randomBytes(64 * 1024).toString('base64');
    checkUploadSize(incompressible, (message) => warnings.push(message), 32 * 1024);
    checkUploadSize('a'.repeat(64 * 1024), (message) => warnings.push(message), 32 * 1024);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/gzipped, over GitHub's upload limit/);
  });
});
