import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/catalog.js';
import { findingFingerprint } from '../../src/findings/fingerprint.js';
import type { Report } from '../../src/report/formatter.js';
import { formatSarif } from '../../src/report/sarif/format-sarif.js';
import { packageRoot } from '../../src/package-root.js';
import { expectGolden } from '../support/golden.js';
import { normalizeSarif } from '../support/normalize-sarif.js';
import { FAKE_JWT, sampleFindings, sampleResult } from '../support/sample-findings.js';
import { sarifSchemaErrors } from '../support/validate-sarif.js';

const GOLDEN = new URL('../golden/sample-findings.sarif', import.meta.url);

function report(overrides: Partial<Report> = {}): Report {
  return { result: sampleResult(), areas: ['code', 'logs'], cwd: '/project', color: false, ...overrides };
}

function sarifOf(overrides: Partial<Report> = {}): Log {
  return JSON.parse([...formatSarif(report(overrides))].join('')) as Log;
}

const runOf = (log: Log, category: string) => log.runs.find((run) => run.automationDetails?.id === category);

describe('formatSarif', () => {
  const log = sarifOf();

  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('matches the golden file (version, working directory and doc wording normalized)', () => {
    expectGolden(`${JSON.stringify(normalizeSarif(log), null, 2)}\n`, GOLDEN);
  });

  it('writes one run per area, each with its own category and only its findings', () => {
    expect(log.runs.map((run) => run.automationDetails?.id)).toEqual(['urlleak/code/', 'urlleak/logs/']);
    expect(runOf(log, 'urlleak/code/')?.results?.map((result) => result.ruleId)).toEqual(['ws-token-in-url', 'log-raw-url']);
    expect(runOf(log, 'urlleak/logs/')?.results).toHaveLength(4);
    expect(sarifOf({ areas: ['logs'] }).runs.map((run) => run.automationDetails?.id)).toEqual(['urlleak/logs/']);
  });

  it('describes every catalog rule with what GitHub reads', () => {
    for (const run of log.runs) {
      const driver = run.tool.driver;
      expect(driver).toMatchObject({
        name: 'urlleak',
        semanticVersion: driver.version,
        informationUri: expect.stringMatching(/^https:\/\//),
      });
      expect(driver.rules?.map((rule) => rule.id)).toEqual(ruleCatalog.map((rule) => rule.id));
      for (const [index, rule] of (driver.rules ?? []).entries()) {
        const meta = ruleCatalog[index];
        expect(rule.shortDescription?.text).toBe(meta?.description);
        expect(rule.fullDescription?.text.length).toBeLessThanOrEqual(1024);
        expect(rule.help?.text).toBeTruthy();
        expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${meta?.id}\\.md$`));
        expect(rule.defaultConfiguration?.level).toBe(meta?.level);
        expect(rule.properties?.['security-severity']).toBe(meta?.securitySeverity.toFixed(1));
        expect(Number(rule.properties?.['security-severity'])).toBe(meta?.securitySeverity);
        expect(rule.properties?.['precision']).toBe(meta?.precision);
        const tags = rule.properties?.tags ?? [];
        expect(tags.length).toBeLessThanOrEqual(20);
        expect(tags).toContain('security');
        for (const cwe of meta?.cwe ?? []) expect(tags).toContain(`external/cwe/${cwe.toLowerCase()}`);
      }
    }
  });

  it('takes help from the rule docs the package ships, where there is one', () => {
    const documented = ruleCatalog.filter((rule) => existsSync(fileURLToPath(new URL(rule.docPath, packageRoot))));
    expect(documented.length).toBeGreaterThan(0);
    const driverRules = log.runs[0]?.tool.driver.rules ?? [];
    for (const rule of documented) {
      const doc = readFileSync(fileURLToPath(new URL(rule.docPath, packageRoot)), 'utf8');
      const sarifRule = driverRules.find((candidate) => candidate.id === rule.id);
      expect(doc).toContain(sarifRule?.help?.markdown);
      expect(sarifRule?.help?.markdown?.length).toBeGreaterThan(doc.length / 2);
      const helpText = sarifRule?.help?.text ?? '';
      expect(helpText).not.toMatch(/^#{1,6} |^```|\*\*\w/m);
      for (const [, code = ''] of doc.matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gm)) {
        for (const line of code.split('\n').filter((codeLine) => codeLine.trim() !== '')) expect(helpText).toContain(`    ${line}`);
      }
      expect(sarifRule?.fullDescription?.text).not.toBe(rule.description);
    }
  });

  it('points results at their rule and at repository-relative URIs under %SRCROOT%', () => {
    const run = runOf(log, 'urlleak/code/');
    const [first] = run?.results ?? [];
    expect(run?.tool.driver.rules?.[first?.ruleIndex ?? -1]?.id).toBe(first?.ruleId);
    expect(first?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/chat%20client.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 14, startColumn: 17, endLine: 14, endColumn: 59 },
    });
    expect(run?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///project/' } });
  });

  it('turns a flow into a code flow from source to sink, and a first use into a related location', () => {
    const [wsResult] = runOf(log, 'urlleak/code/')?.results ?? [];
    const steps = wsResult?.codeFlows?.[0]?.threadFlows[0]?.locations ?? [];
    expect(steps.map((step) => step.location?.physicalLocation?.artifactLocation?.uri)).toEqual([
      'src/auth.ts',
      'src/chat%20client.ts',
      'src/chat%20client.ts',
    ]);
    expect(steps.at(-1)?.location?.physicalLocation?.region).toEqual(wsResult?.locations?.[0]?.physicalLocation?.region);
    const replay = runOf(log, 'urlleak/logs/')?.results?.find((result) => result.ruleId === 'log-token-replay');
    expect(replay?.relatedLocations?.[0]).toMatchObject({ message: { text: 'first use' }, physicalLocation: { region: { startLine: 2 } } });
  });

  it('carries JWT facts and the protected secret as properties', () => {
    const jwtResult = runOf(log, 'urlleak/logs/')?.results?.find((result) => result.ruleId === 'log-jwt');
    expect(jwtResult?.properties).toMatchObject({
      jwt: { alg: 'HS256', lifetimeSeconds: 2_592_000, hasJti: true },
      secret: { length: FAKE_JWT.length },
    });
  });

  it('sets both fingerprints itself, stable when lines shift', () => {
    const shifted = sarifOf({ result: sampleResult(sampleFindings(25)) });
    const fingerprints = (document: Log) => document.runs.flatMap((run) => (run.results ?? []).map((result) => result.partialFingerprints));
    expect(fingerprints(shifted)).toEqual(fingerprints(log));
    const results = log.runs.flatMap((run) => run.results ?? []);
    expect(results.map((result) => result.partialFingerprints?.['urlleak/v1'])).toEqual(
      [...sampleFindings()].sort((a, b) => order(a) - order(b)).map(findingFingerprint),
    );
    for (const result of results) expect(result.partialFingerprints?.['primaryLocationLineHash']).toMatch(/^[0-9a-f]{16}:\d+$/);
  });

  it('numbers equal line hashes within a file, so one token logged twice stays two alerts', () => {
    const [finding] = sampleFindings().filter((candidate) => candidate.ruleId === 'log-jwt');
    if (!finding) throw new Error('sample has a log-jwt finding');
    const twice = [finding, { ...finding, location: { ...finding.location, line: finding.location.line + 100 } }];
    const hashes = (sarifOf({ result: sampleResult(twice), areas: ['logs'] }).runs[0]?.results ?? []).map(lineHash);
    expect(hashes.map((hash) => hash.split(':')[1])).toEqual(['1', '2']);
    expect(new Set(hashes.map((hash) => hash.split(':')[0])).size).toBe(1);
  });

  it('never hashes the raw line: no hash of a line holding the secret appears', () => {
    const rawLine = `198.51.100.23 - - [12/Oct/2026:08:15:09 +0000] "GET /ws?token=${FAKE_JWT} HTTP/1.1" 101 0 "-" "-"`;
    const text = [...formatSarif(report())].join('');
    const digest = createHash('sha256').update(rawLine).digest('hex');
    expect(text).not.toContain(digest.slice(0, 16));
    expect(text).not.toContain(createHash('sha1').update(rawLine).digest('hex').slice(0, 16));
  });

  it('reports input errors and notices as tool notifications of the run that reads such files', () => {
    const logsRun = runOf(log, 'urlleak/logs/');
    const codeRun = runOf(log, 'urlleak/code/');
    expect(logsRun?.invocations?.[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error' }] });
    expect(codeRun?.invocations?.[0]).toMatchObject({ executionSuccessful: true, toolExecutionNotifications: [{ level: 'note' }] });
  });
});

const sortOrder = ['src/auth.ts', 'src/chat client.ts', 'src/server.ts', 'logs/access.log', 'logs/app.log'];
function order(finding: { location: { path: string; line: number }; ruleId: string }): number {
  const area = finding.ruleId.startsWith('log-') && finding.ruleId !== 'log-raw-url' ? 1 : 0;
  const uriOrder = [...sortOrder].sort().indexOf(finding.location.path);
  return area * 1e9 + uriOrder * 1e6 + finding.location.line;
}

function lineHash(result: Result): string {
  return result.partialFingerprints?.['primaryLocationLineHash'] ?? '';
}
