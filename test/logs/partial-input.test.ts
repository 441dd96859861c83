import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath } from '../support/run-bin.js';
import { makeJwt } from '../support/make-jwt.js';

/** Inputs that are only partly readable (issue #11): what can be read is scanned and reported, beside the error. */
const LINES = 3_000;
/** A distinct JWT per line, so the gzip stream is long enough to cut in the middle. */
const LOG = Array.from(
  { length: LINES },
  (_, n) =>
    `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?token=${makeJwt({ sub: `user-${n}`, iat: 1_790_000_000, exp: 1_890_000_000 })} HTTP/1.1" 101 0\n`,
).join('');

let directory: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'urlleak-partial-'));
  const gzip = gzipSync(LOG);
  writeFileSync(join(directory, 'truncated.log.gz'), gzip.subarray(0, Math.floor(gzip.length / 2)));
  writeFileSync(join(directory, 'junk-after.log.gz'), Buffer.concat([gzip, Buffer.from('this is not gzip\n')]));
  writeFileSync(join(directory, 'copytruncate.log'), Buffer.concat([Buffer.alloc(300_000), Buffer.from(LOG.slice(0, 2_000))]));
  writeFileSync(join(directory, 'clean.log'), LOG);
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function scanJson(args: readonly string[], input?: Buffer) {
  const result = spawnSync(process.execPath, [binPath, 'logs', ...args, '--each-secret', '-f', 'json'], {
    cwd: directory,
    encoding: 'utf8',
    input,
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    status: result.status,
    report: JSON.parse(result.stdout) as {
      findings: { location: { path: string; line: number } }[];
      errors: { path: string; message: string }[];
      notices: { path: string; message: string }[];
    },
  };
}

describe('a gzip log that cannot be read to its end', () => {
  it('keeps the findings of the part read, reports the error, exits 2', () => {
    const { status, report } = scanJson(['truncated.log.gz', 'clean.log']);
    expect(status).toBe(2);
    const fromTruncated = report.findings.filter((finding) => finding.location.path === 'truncated.log.gz');
    expect(fromTruncated.length).toBeGreaterThan(LINES / 4);
    expect(fromTruncated.length).toBeLessThan(LINES);
    expect(report.findings.filter((finding) => finding.location.path === 'clean.log')).toHaveLength(LINES);
    expect(report.errors).toEqual([
      {
        path: 'truncated.log.gz',
        message: expect.stringMatching(
          /^Broken or truncated gzip data: unexpected end of file\. Findings are from the part read before it\.$/,
        ),
      },
    ]);
  });

  it('followed by junk: every finding of the gzip member, and the error', () => {
    const { status, report } = scanJson(['junk-after.log.gz']);
    expect(status).toBe(2);
    expect(report.findings).toHaveLength(LINES);
    expect(report.errors[0]?.message).toMatch(/^Broken or truncated gzip data/);
  });

  it('on standard input with --redact-to: findings kept, and no copy of a part passing for the whole', () => {
    const { status, report } = scanJson(['-', '--redact-to', 'out'], readFileSync(join(directory, 'truncated.log.gz')));
    expect(status).toBe(2);
    expect(report.findings.length).toBeGreaterThan(LINES / 4);
    expect(report.errors[0]?.message).toContain('No scrubbed copy was written.');
    expect(existsSync(join(directory, 'out', 'stdin.log.gz'))).toBe(false);
  });
});

describe('a log that starts with a run of NUL bytes (logrotate copytruncate)', () => {
  it('is scanned past the NULs, with a notice, not skipped as binary', () => {
    const { status, report } = scanJson(['copytruncate.log']);
    expect(status).toBe(1);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.notices).toEqual([{ path: 'copytruncate.log', message: expect.stringContaining('Starts with 300000 NUL bytes') }]);
  });

  it('on standard input too, and its copy keeps the NULs and scrubs the rest', () => {
    const input = readFileSync(join(directory, 'copytruncate.log'));
    const { status, report } = scanJson(['-', '--redact-to', 'nul-copy'], input);
    expect(status).toBe(1);
    expect(report.notices[0]?.message).toContain('Starts with 300000 NUL bytes');
    const copy = readFileSync(join(directory, 'nul-copy', 'stdin.log'));
    expect(copy.subarray(0, 300_000).every((byte) => byte === 0)).toBe(true);
    expect(copy.toString('latin1')).toContain('[REDACTED:');
    expect(copy.toString('latin1')).not.toContain('eyJzdWIi');
  });
});
