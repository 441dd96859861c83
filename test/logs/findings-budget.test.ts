import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import type { ScanResult } from '../../src/findings/scan-result.js';
import { DistinctCounter } from '../../src/logs/findings/count-distinct.js';
import { DEFAULT_DETAIL_BUDGET } from '../../src/logs/findings/detail-budget.js';
import { fingerprintOf } from '../../src/secrets/protect.js';
import { makeJwt } from '../support/make-jwt.js';
import { runCli } from '../support/run-cli.js';
import { scanFiles } from './scan-corpus.js';

/**
 * A log with a distinct JWT on every line (issue #11: every line a new finding) and a small detail budget. Lines
 * 1–5,000 carry distinct JWTs; line 5,001 repeats the first (described in full), line 5,002 the 1,250th (folded).
 */
const LINES = 5_000;
const BUDGET = 500;
const FOLDED_REPEAT = 1_250;
const ALL_LINES = LINES + 2;
const BIN = fileURLToPath(new URL('../../bin/urlleak.js', import.meta.url));

let directory: string;
let log: string;
let jwts: string[];
let unbudgeted: ScanResult;

function nginxLines(count: number, offset = 0): { lines: string[]; jwts: string[] } {
  const start = Date.UTC(2026, 9, 12, 8, 0, 0) / 1000;
  const tokens = Array.from({ length: count }, (_unused, index) =>
    makeJwt({ sub: `user${offset + index}`, iat: start, exp: start + 3600 }),
  );
  const lines = tokens.map(
    (jwt, index) =>
      `203.0.113.${index % 250} - - [12/Oct/2026:08:15:02 +0000] "GET /ws?room=${index % 97}&token=${jwt} HTTP/1.1" 101 0 "-" "curl/8"`,
  );
  return { lines, jwts: tokens };
}

const isSummary = (finding: Finding) => finding.properties?.['folded'] === true;
const detailedOf = (result: ScanResult) => result.findings.filter((finding) => !isSummary(finding));
const summariesOf = (result: ScanResult) => result.findings.filter(isSummary);
const occurrencesOf = (finding: Finding) => Number(finding.properties?.['occurrences'] ?? 1);
const totalOccurrences = (result: ScanResult) => result.findings.reduce((sum, finding) => sum + occurrencesOf(finding), 0);
/** What a finding says about its secret and place, without the counts that a split scan may share out differently. */
const described = ({ ruleId, level, message, location, secret }: Finding) => ({ ruleId, level, message, location, secret });

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'urlleak-budget-'));
  log = join(directory, 'access.log');
  const written = nginxLines(LINES);
  jwts = written.jwts;
  const repeated = [written.lines[0], written.lines[FOLDED_REPEAT - 1]];
  await writeFile(log, `${[...written.lines, ...repeated].join('\n')}\n`);
  unbudgeted = await scanFiles([log]);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('the detail budget (findings described in full per run)', () => {
  it('is not reached by this log by default: every secret described, no notice', () => {
    expect(DEFAULT_DETAIL_BUDGET).toBeGreaterThan(LINES);
    expect(unbudgeted.findings).toHaveLength(LINES);
    expect(summariesOf(unbudgeted)).toEqual([]);
    expect(unbudgeted.notices).toEqual([]);
    expect(totalOccurrences(unbudgeted)).toBe(ALL_LINES);
  });

  it('keeps the first secrets exactly as without a budget and folds the rest into one summary with exact occurrences', async () => {
    const result = await scanFiles([log], { detailBudget: BUDGET });
    expect(detailedOf(result)).toEqual(unbudgeted.findings.filter((finding) => finding.location.line <= BUDGET));
    // The first JWT, described, is still counted past the budget (its repeat on the last line but one).
    expect(detailedOf(result)[0]?.properties).toMatchObject({ occurrences: 2, lastLine: LINES + 1 });

    const [summary, ...others] = summariesOf(result);
    expect(others).toEqual([]);
    expect(summary).toMatchObject({
      ruleId: 'log-jwt',
      level: 'error',
      location: { path: log, line: BUDGET + 1 },
      properties: { folded: true, occurrences: LINES - BUDGET + 1, lastLine: ALL_LINES, detailBudget: BUDGET, distinctApproximate: true },
    });
    expect(summary?.secret).toBeUndefined();
    expect(Math.abs(Number(summary?.properties?.['distinctSecrets']) - (LINES - BUDGET))).toBeLessThan(0.02 * (LINES - BUDGET));
    expect(summary?.message).toMatch(
      /^… and about 4,[3-6]\d0 more distinct JWTs in this file \(the distinct count is an estimate; 4,501 occurrences, the last on line 5,002\), counted but not described one by one: the run's detail budget of 500 findings was reached \(rerun on fewer files or with --shard\)\.$/,
    );
    expect(totalOccurrences(result)).toBe(ALL_LINES);

    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]?.path).toBe(log);
    expect(result.notices[0]?.message).toMatch(
      /^Detail budget of 500 findings reached: about 4,[3-6]\d0 more distinct secrets \(4,501 occurrences\) in 1 file were found and counted/,
    );
  });

  it('folds nothing at exactly the number of distinct secrets, and exactly one (counted exactly) one below it', async () => {
    const atBudget = await scanFiles([log], { detailBudget: LINES });
    expect(atBudget.findings).toEqual(unbudgeted.findings);
    expect(atBudget.notices).toEqual([]);

    const oneShort = await scanFiles([log], { detailBudget: LINES - 1 });
    expect(detailedOf(oneShort)).toEqual(unbudgeted.findings.slice(0, LINES - 1));
    expect(summariesOf(oneShort)).toEqual([
      expect.objectContaining({
        location: expect.objectContaining({ line: LINES }),
        message: expect.stringMatching(/^… and 1 more distinct JWT in this file \(1 occurrence, the last on line 5,000\), counted/),
        properties: {
          folded: true,
          distinctSecrets: 1,
          distinctApproximate: false,
          occurrences: 1,
          lastLine: LINES,
          detailBudget: LINES - 1,
        },
      }),
    ]);
  });

  it('holds across a file split into segments scanned in parallel: budget-many described, the same totals', async () => {
    // Worker threads need the compiled worker script: `npm test` builds first. Without it, the segments run here.
    const { scanLogs: compiledScanLogs } = await import('../../dist/src/logs/scan-logs.js');
    const threaded = await compiledScanLogs({
      files: [log],
      stdin: Readable.from([]),
      displayPath: (path: string) => path,
      workers: 2,
      splitBytes: 256 * 1024,
      detailBudget: BUDGET,
      grouped: false,
    });
    const inProcess = await scanFiles([log], { workers: 2, splitBytes: 256 * 1024, detailBudget: BUDGET });
    const byFingerprint = new Map(unbudgeted.findings.map((finding) => [finding.secret?.fingerprint, described(finding)]));
    for (const result of [threaded, inProcess]) {
      const detailed = detailedOf(result);
      expect(detailed).toHaveLength(BUDGET);
      // Which secrets keep their detail depends on which thread met them first; what is said about each does not.
      for (const finding of detailed) expect(described(finding)).toEqual(byFingerprint.get(finding.secret?.fingerprint));
      const summaries = summariesOf(result);
      expect(summaries.map((summary) => [summary.ruleId, summary.location.path])).toEqual([['log-jwt', log]]);
      expect(totalOccurrences(result)).toBe(ALL_LINES);
      // Distinct: exact for the described, estimated for the folded (a repeat of a described secret met by another thread counts as one more).
      const distinct = BUDGET + Number(summaries[0]?.properties?.['distinctSecrets']);
      expect(Math.abs(distinct - LINES)).toBeLessThan(0.02 * LINES);
      expect(result.notices).toHaveLength(1);
    }
  });

  it('with --all-occurrences, spends the budget on occurrences and folds every later one', async () => {
    const result = await scanFiles([log], { detailBudget: BUDGET, allOccurrences: true });
    expect(detailedOf(result).map((finding) => finding.location.line)).toEqual(
      Array.from({ length: BUDGET }, (_unused, index) => index + 1),
    );
    const [summary, ...others] = summariesOf(result);
    expect(others).toEqual([]);
    expect(summary?.properties).toMatchObject({ occurrences: ALL_LINES - BUDGET, lastLine: ALL_LINES });
    // Lines 501–5,000 and the first JWT again on line 5,001 (the 1,250th was folded already).
    expect(Math.abs(Number(summary?.properties?.['distinctSecrets']) - (LINES - BUDGET + 1))).toBeLessThan(0.02 * LINES);
    expect(summary?.message).toMatch(/^… and 4,502 more occurrences of about 4,[3-6]\d0 distinct JWTs in this file/);
    expect(result.notices[0]?.message).toMatch(
      /^Detail budget of 500 findings reached: 4,502 more occurrences \(of about 4,[3-6]\d0 distinct secrets\)/,
    );
  });

  it('never limits redaction: the scrubbed copy replaces every secret, folded or not', async () => {
    const copies = join(directory, 'scrubbed');
    const result = await scanFiles([log], { detailBudget: BUDGET, redactTo: copies, displayPath: () => 'access.log' });
    expect(summariesOf(result)).toHaveLength(1);
    const copy = (await readFile(join(copies, 'access.log'), 'utf8')).split('\n');
    expect(copy).toHaveLength(ALL_LINES + 1);
    const expected = [...jwts, jwts[0], jwts[FOLDED_REPEAT - 1]].map((jwt) => `[REDACTED:${fingerprintOf(jwt ?? '')}]`);
    const wrong = copy
      .slice(0, ALL_LINES)
      .flatMap((line, index) => (line.includes(`token=${expected[index]} `) && !line.includes('eyJ') ? [] : [index + 1]));
    expect(wrong).toEqual([]);
  });

  it('through the CLI with the default budget: a run under it reports every secret in a valid JSON report', async () => {
    const { exitCode, stdout } = await runCli(['logs', log, '--each-secret', '-f', 'json'], directory);
    expect(exitCode).toBe(1);
    const report = JSON.parse(stdout) as { findings: Finding[]; notices: unknown[] };
    expect(report.findings).toHaveLength(LINES);
    expect(report.findings.filter(isSummary)).toEqual([]);
    expect(report.notices).toEqual([]);
  });

  it('through the real binary, past the default budget: default-many described, a summary and the notice, valid JSON', async () => {
    // `npm test` builds first; the binary runs the compiled scanner with its worker thread.
    const big = join(directory, 'big.log');
    const extra = 1_500;
    await writeFile(big, `${nginxLines(DEFAULT_DETAIL_BUDGET + extra, LINES).lines.join('\n')}\n`);
    const run = spawnSync(process.execPath, [BIN, 'logs', big, '--each-secret', '-f', 'json'], {
      cwd: directory,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Finding[]; notices: { path: string; message: string }[] };
    const summaries = report.findings.filter(isSummary);
    expect(report.findings.length - summaries.length).toBe(DEFAULT_DETAIL_BUDGET);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.properties).toMatchObject({ occurrences: extra, detailBudget: DEFAULT_DETAIL_BUDGET });
    expect(report.notices.map((notice) => notice.message)).toEqual([expect.stringMatching(/^Detail budget of [\d,]+ findings reached/)]);
  });
});

describe('DistinctCounter', () => {
  const keys = (count: number, offset = 0) => Array.from({ length: count }, (_unused, index) => fingerprintOf(`secret ${offset + index}`));

  it('counts exactly while few, then estimates within 2 % in fixed memory', () => {
    const few = new DistinctCounter();
    for (const key of [...keys(256), ...keys(256)]) few.add(key);
    expect(few.estimate()).toEqual({ count: 256, approximate: false });
    expect(few.data()).toMatchObject({ kind: 'exact' });

    const many = new DistinctCounter();
    for (const key of [...keys(100_000), ...keys(50_000)]) many.add(key);
    const { count, approximate } = many.estimate();
    expect(approximate).toBe(true);
    expect(Math.abs(count - 100_000)).toBeLessThan(2_000);
    const data = many.data();
    expect(data.kind === 'sketch' && data.registers.byteLength).toBe(16_384);
  });

  it('merges two sketches into the count of their union (a key in both counted once)', () => {
    const first = new DistinctCounter();
    const second = new DistinctCounter();
    for (const key of keys(30_000)) first.add(key);
    for (const key of keys(30_000, 20_000)) second.add(key);
    const union = DistinctCounter.from(first.data());
    union.merge(second.data());
    expect(Math.abs(union.estimate().count - 50_000)).toBeLessThan(1_000);
    expect(DistinctCounter.from(union.data(true)).estimate()).toEqual(union.estimate());
  });
});
