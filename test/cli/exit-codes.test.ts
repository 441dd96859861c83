import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPLIT_LOG_BYTES } from '../../src/files/shard.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { makeJwt } from '../support/make-jwt.js';

/**
 * Exit codes are what CI acts on: each option that changes them is tested by the code it produces on real files,
 * not by its mention in --help. Log inputs give every level without the TypeScript compiler's start-up cost:
 * a short-lived JWT without `jti` (reusable until it expires) is a warning, an expired JWT a note, an `access_token` an
 * error.
 */
const LOGGED_AT = Date.UTC(2026, 9, 12, 8, 15, 2) / 1000;
const line = (query: string) => `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?${query} HTTP/1.1" 101 0 "-" "curl/8"`;
const WARNING_LINE = line(`token=${makeJwt({ sub: 'short-lived-user', iat: LOGGED_AT - 30, exp: LOGGED_AT + 90 })}`);
const NOTE_LINE = line(`token=${makeJwt({ sub: 'expired-user', iat: LOGGED_AT - 7200, exp: LOGGED_AT - 3600 })}`);
const ERROR_LINE = line('access_token=q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f');

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-exit-codes-'));
  writeFileSync(join(cwd, 'warning.log'), `${WARNING_LINE}\n`);
  writeFileSync(join(cwd, 'note.log'), `${NOTE_LINE}\n`);
  writeFileSync(join(cwd, 'mixed.log'), `${WARNING_LINE}\n${ERROR_LINE}\n`);
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

interface JsonReport {
  readonly findings: readonly { readonly level: string; readonly ruleId: string }[];
  readonly summary: { readonly filesScanned: number };
}

async function levels(args: readonly string[]): Promise<{ exitCode: number; levels: string[] }> {
  const outcome = await runCli([...args, '--format', 'json'], cwd);
  const report = JSON.parse(outcome.stdout) as JsonReport;
  return { exitCode: outcome.exitCode, levels: report.findings.map((finding) => finding.level) };
}

describe('the inputs are what the tests below assume', () => {
  it('one warning, one note, and a warning with an error', async () => {
    expect(await levels(['logs', 'warning.log'])).toEqual({ exitCode: 0, levels: ['warning'] });
    expect(await levels(['logs', 'note.log'])).toEqual({ exitCode: 0, levels: ['note'] });
    expect(await levels(['logs', 'mixed.log'])).toEqual({ exitCode: 1, levels: ['warning', 'error'] });
  });
});

describe('--max-warnings', () => {
  it('exits 1 when the warnings outnumber it, 0 when they do not', async () => {
    expect((await runCli(['logs', 'warning.log', '--max-warnings', '0'], cwd)).exitCode).toBe(1);
    expect((await runCli(['logs', 'warning.log', '--max-warnings', '1'], cwd)).exitCode).toBe(0);
  });

  it('counts warnings only: a note is not a warning', async () => {
    expect((await runCli(['logs', 'note.log', '--max-warnings', '0'], cwd)).exitCode).toBe(0);
  });

  it('rejects a value that is not a whole number with exit 2', async () => {
    const outcome = await runCli(['logs', 'warning.log', '--max-warnings', '-1'], cwd);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/--max-warnings/);
  });
});

describe('--fail-level', () => {
  it('warning: a warning fails the run', async () => {
    expect((await runCli(['logs', 'warning.log', '--fail-level', 'warning'], cwd)).exitCode).toBe(1);
    expect((await runCli(['logs', 'note.log', '--fail-level', 'warning'], cwd)).exitCode).toBe(0);
  });

  it('note: a note fails the run', async () => {
    expect((await runCli(['logs', 'note.log', '--fail-level', 'note'], cwd)).exitCode).toBe(1);
  });

  it('error (the default): warnings and notes pass', async () => {
    expect((await runCli(['logs', 'warning.log', 'note.log', '--fail-level', 'error'], cwd)).exitCode).toBe(0);
  });

  it('rejects an unknown level with exit 2', async () => {
    expect((await runCli(['logs', 'warning.log', '--fail-level', 'fatal'], cwd)).exitCode).toBe(2);
  });
});

describe('--quiet', () => {
  it('reports errors only', async () => {
    expect(await levels(['logs', 'mixed.log', 'note.log', '--quiet'])).toEqual({ exitCode: 1, levels: ['error'] });
  });

  it('with only warnings and notes prints nothing on stdout, as ESLint does', async () => {
    expect(await runCli(['logs', 'warning.log', 'note.log', '--quiet'], cwd)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('keeps the summary when an error is left to show', async () => {
    expect((await runCli(['logs', 'mixed.log', '--quiet'], cwd)).stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 notes\)/);
  });

  it('keeps the document of a machine format', async () => {
    const outcome = await runCli(['logs', 'warning.log', '--quiet', '--format', 'json'], cwd);
    expect((JSON.parse(outcome.stdout) as JsonReport).findings).toEqual([]);
  });

  it('does not change the exit code: hidden warnings still count against --max-warnings and --fail-level, as in ESLint', async () => {
    for (const failing of [
      ['--max-warnings', '0'],
      ['--fail-level', 'warning'],
    ]) {
      const outcome = await runCli(['logs', 'warning.log', '--quiet', ...failing], cwd);
      expect(outcome).toMatchObject({ exitCode: 1, stdout: '' });
      expect(outcome.stderr).toMatch(/hidden by --quiet make the exit code 1/);
    }
    expect((await runCli(['logs', 'note.log', '--quiet', '--fail-level', 'note'], cwd)).exitCode).toBe(1);
    expect((await runCli(['logs', 'warning.log', '--quiet', '--max-warnings', '1'], cwd)).exitCode).toBe(0);
  });
});

describe('the bin passes the exit code to the process', () => {
  it('1 for --max-warnings (with or without --quiet), 2 for a usage error', () => {
    expect(runBin(['logs', 'warning.log', '--max-warnings', '0'], { cwd }).status).toBe(1);
    expect(runBin(['logs', 'warning.log', '--quiet', '--max-warnings', '0'], { cwd }).status).toBe(1);
    expect(runBin(['logs', 'warning.log', '--fail-level', 'fatal'], { cwd }).status).toBe(2);
  });
});

describe('--shard', () => {
  it('gives a gzip log larger than the split size whole to one shard (gzip cannot be read from the middle)', async () => {
    // A gzip member followed by zeros up to past the split size: sparse on disk, and gunzip ignores the trailing zeros.
    const shardCwd = mkdtempSync(join(tmpdir(), 'urlleak-shard-gzip-'));
    try {
      const path = join(shardCwd, 'huge.log.gz');
      writeFileSync(path, gzipSync(`${ERROR_LINE}\n`));
      truncateSync(path, SPLIT_LOG_BYTES + 1024);
      const shards = await Promise.all(
        ['1/2', '2/2'].map(async (shard) => {
          const outcome = await runCli(['logs', 'huge.log.gz', '--shard', shard, '--format', 'json'], shardCwd);
          return { exitCode: outcome.exitCode, report: JSON.parse(outcome.stdout) as JsonReport };
        }),
      );
      expect(shards.map((shard) => shard.report.summary.filesScanned).sort()).toEqual([0, 1]);
      expect(shards.flatMap((shard) => shard.report.findings.map((finding) => finding.ruleId))).toEqual(['log-url-token']);
      expect(shards.map((shard) => shard.exitCode).sort()).toEqual([0, 1]);
    } finally {
      rmSync(shardCwd, { recursive: true, force: true });
    }
  });
});

describe('exit 2 and --output, in process', () => {
  it('an input that cannot be read makes the run exit 2, and the other inputs are still scanned', async () => {
    const outcome = await runCli(['logs', 'mixed.log', 'missing.log', '--format', 'json'], cwd);
    expect(outcome.exitCode).toBe(2);
    expect((JSON.parse(outcome.stdout) as JsonReport).findings.map((finding) => finding.level)).toEqual(['warning', 'error']);
  });

  it('--output writes the report to the file and nothing to stdout; the exit code still follows the findings', async () => {
    const outcome = await runCli(['logs', 'mixed.log', '--format', 'json', '--output', 'report.json'], cwd);
    expect(outcome).toMatchObject({ exitCode: 1, stdout: '' });
    const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')) as JsonReport;
    expect(report.findings.map((finding) => finding.level)).toEqual(['warning', 'error']);
  });
});
