import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedactedCopy } from '../../src/logs/io/redact-copy.js';
import { DEFAULT_DETECTION_OPTIONS, scanStream } from '../../src/logs/scan-stream.js';
import { fingerprintOf } from '../../src/secrets/protect.js';
import { makeJwt } from '../support/make-jwt.js';
import { runCli } from '../support/run-cli.js';

/**
 * `--redact-to` copies replace the whole value of a parameter a JWT or provider token sits in: a tail after the token
 * (`token=<JWT>~TAIL`), or a token glued to another that its pattern does not read, must not survive in the copy.
 * Findings still point at the token itself.
 */
const JWT = makeJwt({ sub: 'copy', iat: 1_700_000_000, exp: 1_900_000_000 });
const OTHER_JWT = makeJwt({ sub: 'second', iat: 1_700_000_000, exp: 1_900_000_000 });
const GITHUB = `ghp_${'A1b2C3d4E5'.repeat(3)}f6G7h8`;
/** After the JWT's third segment, which stops at `~`: part of the value, not of the token. */
const TAIL = '~Zq7Tail9Xv';
const marker = (secret: string) => `[REDACTED:${fingerprintOf(secret)}]`;
const request = (query: string) => `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?${query} HTTP/1.1" 101 0 "-" "curl/8"`;

interface JsonFinding {
  readonly ruleId: string;
  readonly location: { readonly line: number; readonly column: number; readonly endColumn: number };
}

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'urlleak-redact-spans-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Writes `lines` to x.log, runs `urlleak logs x.log --redact-to out --format json`, returns the copy and the findings. */
async function scrub(lines: readonly string[]): Promise<{ copy: string[]; findings: JsonFinding[] }> {
  const dir = await mkdtemp(join(directory, 'case-'));
  await writeFile(join(dir, 'x.log'), `${lines.join('\n')}\n`);
  const result = await runCli(['logs', 'x.log', '--redact-to', 'out', '--format', 'json'], dir);
  expect(result.exitCode, result.stderr).toBe(1);
  const copy = (await readFile(join(dir, 'out', 'x.log'), 'utf8')).split('\n').slice(0, -1);
  return { copy, findings: (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings };
}

/** 1-based columns of `part` in `line`, as findings give them (end exclusive). */
function columnsOf(line: string, part: string): { column: number; endColumn: number } {
  const start = line.indexOf(part);
  expect(start).toBeGreaterThanOrEqual(0);
  return { column: start + 1, endColumn: start + part.length + 1 };
}

describe('--redact-to copies: the whole parameter value', () => {
  it('token=<JWT>~TAIL: the tail goes with the JWT; the finding is the JWT alone', async () => {
    const line = request(`room=7&token=${JWT}${TAIL}&v=2`);
    const { copy, findings } = await scrub([line]);
    expect(copy).toEqual([request(`room=7&token=${marker(JWT)}&v=2`)]);
    expect(copy.join('\n')).not.toContain(TAIL);
    expect(findings.map((finding) => [finding.ruleId, finding.location.line, finding.location.column, finding.location.endColumn])).toEqual(
      [['log-jwt', 1, columnsOf(line, JWT).column, columnsOf(line, JWT).endColumn]],
    );
  });

  it('token=<ghp_…><JWT>: a GitHub token that reads into the JWT header leaves nothing of the JWT behind', async () => {
    const value = `${GITHUB}${JWT}`;
    const line = request(`token=${value}`);
    const { copy, findings } = await scrub([line]);
    expect(copy).toHaveLength(1);
    const redacted = copy[0] ?? '';
    expect(redacted).toMatch(/token=\[REDACTED:[0-9a-f]{16}\] HTTP\/1\.1/);
    for (const part of [GITHUB, ...JWT.split('.')]) expect(redacted).not.toContain(part);
    // The finding spans the token its pattern reads: `ghp_`, 36 characters, and the JWT's header they run into.
    const token = `${GITHUB}${JWT.split('.')[0] ?? ''}`;
    expect(findings.map((finding) => [finding.ruleId, finding.location.column, finding.location.endColumn])).toEqual([
      ['log-provider-token', ...Object.values(columnsOf(line, token))],
    ]);
  });

  it('two JWTs in one value: both reported, the value redacted once', async () => {
    const line = request(`token=${JWT},${OTHER_JWT}${TAIL}`);
    const { copy, findings } = await scrub([line]);
    expect(copy).toEqual([request(`token=${marker(JWT)}`)]);
    expect(findings.map((finding) => [finding.ruleId, finding.location.column])).toEqual([
      ['log-jwt', columnsOf(line, JWT).column],
      ['log-jwt', columnsOf(line, OTHER_JWT).column],
    ]);
  });

  it('a token in no parameter is redacted alone: the text around it stays', async () => {
    const line = `2026-10-12T08:15:02Z upstream auth=ok header Authorization: Bearer ${JWT}${TAIL} sent`;
    const { copy, findings } = await scrub([line]);
    expect(copy).toEqual([`2026-10-12T08:15:02Z upstream auth=ok header Authorization: Bearer ${marker(JWT)}${TAIL} sent`]);
    expect(findings.map((finding) => finding.location.column)).toEqual([columnsOf(line, JWT).column]);
  });

  it('the same value on many lines: every copy scrubbed, one finding counted', async () => {
    const lines = Array.from({ length: 50 }, (_, index) => request(`n=${index}&access_token=${JWT}${TAIL}`));
    const { copy, findings } = await scrub(lines);
    expect(copy).toEqual(Array.from({ length: 50 }, (_, index) => request(`n=${index}&access_token=${marker(JWT)}`)));
    expect(findings).toHaveLength(1);
  });
});

describe('--redact-to copies of a line longer than the window', () => {
  /** Windows of 4 KiB overlapping by 512 bytes, through scanStream with a real copy on disk. */
  async function scrubWindowed(text: string): Promise<string> {
    const path = join(directory, `windowed-${Math.random().toString(36).slice(2)}.log`);
    const sink = await createRedactedCopy({ path, gzip: false });
    const detection = { ...DEFAULT_DETECTION_OPTIONS, blockLimits: { maxLineBytes: 4096, overlapBytes: 512 } };
    const result = await scanStream(Readable.from([Buffer.from(text)]), { path: 'x.log', detection, sniffBinary: false, redact: sink });
    await sink.close();
    expect(result.findings.map((finding) => finding.secret?.fingerprint)).toEqual([fingerprintOf(JWT)]);
    return readFile(path, 'utf8');
  }

  it('a value across the point where the next window takes over: scrubbed whole, found once', async () => {
    for (const before of [3400, 3500, 3560, 3584 - 20, 3584 - 8]) {
      const text = `GET /p?${'q=1&'.repeat(before / 4)}token=${JWT}${TAIL}&z=${'y'.repeat(9000)}\n`;
      const copy = await scrubWindowed(text);
      expect(copy, `value from byte ${before}`).toBe(text.replace(`${JWT}${TAIL}`, marker(JWT)));
    }
  });
});
