import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fingerprintOf } from '../../src/secrets/protect.js';
import { scanFiles } from './scan-corpus.js';
import type { ScanResult } from '../../src/findings/scan-result.js';

const BIN = fileURLToPath(new URL('../../bin/urlleak.js', import.meta.url));
const TOKEN = 'q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f';
const TICKET = 'Tk7mQ2vX9pL4sR8wZ3nB6cY1';
const LOG = [
  `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?room=1&access_token=${TOKEN} HTTP/1.1" 101 0 "-" "curl/8"`,
  '203.0.113.7 - - [12/Oct/2026:08:15:03 +0000] "GET /health HTTP/1.1" 200 2 "-" "curl/8"',
  `203.0.113.7 - - [12/Oct/2026:08:15:04 +0000] "GET /ws?access_token=${TOKEN} HTTP/1.1" 101 0 "-" "curl/8"`,
  '',
].join('\n');

let directory: string;

function urlleak(args: readonly string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: directory, encoding: 'utf8', input });
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'urlleak-cli-logs-'));
  await writeFile(join(directory, 'access.log'), LOG);
  await writeFile(join(directory, 'rotated.log.1'), gzipSync(LOG));
  await writeFile(join(directory, 'truncated.log.2'), gzipSync(LOG.repeat(50)).subarray(0, 200));
  await writeFile(join(directory, 'image.log'), Buffer.concat([Buffer.from('\x89PNG'), Buffer.alloc(4096)]));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('urlleak logs (the real binary)', () => {
  it('reports a truncated gzip file by name, still scans the others, and exits 2', () => {
    const result = urlleak(['logs', 'truncated.log.2', 'access.log']);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/truncated\.log\.2: Broken or truncated gzip data/);
    expect(result.stdout).toContain('access.log');
    expect(result.stdout).toContain('log-url-token');
  });

  it('skips a binary file with a notice', () => {
    const result = urlleak(['logs', 'image.log']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/notice image\.log: Skipped: binary file/);
  });

  it('reads gzip by its magic bytes and stdin, one finding per secret with a count', () => {
    for (const args of [
      ['logs', 'rotated.log.1'],
      ['logs', '-'],
    ]) {
      const result = urlleak([...args, '--each-secret', '--format', 'json'], args[1] === '-' ? LOG : undefined);
      expect(result.status).toBe(1);
      const report = JSON.parse(result.stdout) as {
        findings: { ruleId: string; location: { line: number; column: number }; properties: { occurrences: number; lastLine: number } }[];
      };
      expect(report.findings).toHaveLength(1);
      expect(report.findings[0]).toMatchObject({
        ruleId: 'log-url-token',
        location: { line: 1, column: LOG.indexOf(TOKEN) + 1 },
        properties: { occurrences: 2, lastLine: 3 },
      });
      expect(result.stdout).not.toContain(TOKEN);
    }
  });

  it('decompresses gzip on standard input', () => {
    const result = spawnSync(process.execPath, [BIN, 'logs', '-', '--format', 'json'], { cwd: directory, input: gzipSync(LOG) });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout.toString('utf8')) as { findings: { location: { path: string; line: number } }[] };
    expect(report.findings.map((finding) => finding.location)).toMatchObject([{ path: '<stdin>', line: 1 }]);
  });

  it('scans without WebAssembly too (node --jitless has none): the same findings', () => {
    const args = ['logs', 'access.log', 'rotated.log.1', '--format', 'json'];
    const plain = spawnSync(process.execPath, ['--jitless', BIN, ...args], { cwd: directory, encoding: 'utf8' });
    expect(plain.status).toBe(1);
    expect(JSON.parse(plain.stdout)).toEqual(JSON.parse(urlleak(args).stdout));
  });

  it('reads a pipe given as a path, plain or gzip (urlleak logs <(zcat access.log.gz)), once and in order', () => {
    for (const source of ['access.log', 'rotated.log.1']) {
      const fifo = join(directory, `${source}.fifo`);
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const script = 'cat "$1" > "$2" & exec "$3" "$4" logs "$2" --each-secret --format json';
      // A time limit: a scanner that opened the pipe twice would wait for a writer forever.
      const piped = spawnSync('sh', ['-c', script, 'sh', source, fifo, process.execPath, BIN], {
        cwd: directory,
        encoding: 'utf8',
        timeout: 30_000,
      });
      const report = JSON.parse(piped.stdout) as {
        findings: { ruleId: string; location: { line: number }; properties: { occurrences: number } }[];
      };
      expect({
        status: piped.status,
        findings: report.findings.map((finding) => [finding.ruleId, finding.location.line, finding.properties.occurrences]),
      }).toEqual({
        status: 1,
        findings: [['log-url-token', 1, 2]],
      });
    }
  });

  it('reports every line with --all-occurrences', () => {
    const result = urlleak(['logs', 'access.log', '--all-occurrences', '--format', 'json']);
    const report = JSON.parse(result.stdout) as { findings: { location: { line: number } }[] };
    expect(report.findings.map((finding) => finding.location.line)).toEqual([1, 3]);
  });

  it('writes scrubbed copies with --redact-to: same bytes except secrets, gzip stays gzip, nothing left to find', async () => {
    const out = join(directory, 'clean');
    const result = urlleak(['logs', 'access.log', 'rotated.log.1', '--redact-to', out]);
    expect(result.status).toBe(1);
    const expected = LOG.replaceAll(TOKEN, `[REDACTED:${fingerprintOf(TOKEN)}]`);
    expect(await readFile(join(out, 'access.log'), 'utf8')).toBe(expected);
    expect(gunzipSync(await readFile(join(out, 'rotated.log.1'))).toString('utf8')).toBe(expected);
    expect((await readdir(out)).sort()).toEqual(['access.log', 'rotated.log.1']);
    expect(urlleak(['logs', 'clean']).status).toBe(0);
  });

  it('treats the config file’s sensitiveNames as credentials, in this thread and in the worker', async () => {
    const project = await mkdtemp(join(tmpdir(), 'urlleak-config-names-'));
    try {
      const line = (name: string) =>
        `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /hub?x=1&${name}=${TOKEN} HTTP/1.1" 101 0 "-" "curl/8"\n`;
      await writeFile(join(project, 'a.log'), line('magic_word'));
      await writeFile(join(project, 'b.log'), line('Sid2'));
      const scan = () =>
        spawnSync(process.execPath, [BIN, 'logs', 'a.log', 'b.log', '--format', 'json'], { cwd: project, encoding: 'utf8' });
      expect(scan().status).toBe(0);
      await writeFile(join(project, 'urlleak.config.json'), JSON.stringify({ sensitiveNames: ['magic-word', 'sid2'] }));
      const report = JSON.parse(scan().stdout) as { findings: { ruleId: string; location: { path: string } }[] };
      expect(report.findings.map((finding) => [finding.ruleId, finding.location.path])).toEqual([
        ['log-url-token', 'a.log'],
        ['log-url-token', 'b.log'],
      ]);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});

describe('run() progress line', () => {
  const io = (stderrIsTty: boolean, stderr: string[]) => ({
    cwd: directory,
    stdout: () => undefined,
    stderr: (text: string) => stderr.push(text),
    stdin: Readable.from([]),
    stdoutIsTty: false,
    stderrIsTty,
  });

  it('draws progress on stderr only when it is a terminal', async () => {
    const onTty: string[] = [];
    await run(['logs', 'access.log'], io(true, onTty));
    expect(onTty.join('')).toMatch(/MB scanned, \d+ MB\/s, 1 finding/);
    const piped: string[] = [];
    await run(['logs', 'access.log'], io(false, piped));
    expect(piped).toEqual([]);
  });
});

describe('scanLogs options', () => {
  it('finds a ticket replayed in a later file, pointing at its first use in the earlier one', async () => {
    const first = join(directory, 'day1.log');
    const second = join(directory, 'day2.log');
    await writeFile(first, `GET /ws?ticket=${TICKET} HTTP/1.1\n`);
    await writeFile(second, `noise\nGET /ws?ticket=${TICKET} HTTP/1.1\n`);
    const result = await scanFiles([first, second]);
    const replay = result.findings.find((finding) => finding.ruleId === 'log-token-replay');
    expect(replay?.location).toMatchObject({ path: second, line: 2 });
    expect(replay?.related?.[0]?.location).toMatchObject({ path: first, line: 1 });
  });

  it('reports a ticket replayed many times once per file, counted (every reuse with --all-occurrences), also when split', async () => {
    const path = join(directory, 'replayed.log');
    // Access-log lines: each is a request of its own, so every later one is a reuse.
    const use = `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?ticket=${TICKET} HTTP/1.1" 101 0\n`;
    await writeFile(path, [use, 'noise\n', use, use, 'noise\n', use].join(''));
    const replaysOf = (scan: ScanResult) => scan.findings.filter((finding) => finding.ruleId === 'log-token-replay');
    for (const splitBytes of [undefined, use.length + 1]) {
      const replays = replaysOf(await scanFiles([path], { splitBytes }));
      expect(replays).toHaveLength(1);
      expect(replays[0]?.location.line).toBe(3);
      expect(replays[0]?.properties).toMatchObject({ occurrences: 3, lastLine: 6 });
      expect(replays[0]?.related?.[0]?.location.line).toBe(1);
    }
    const every = replaysOf(await scanFiles([path], { allOccurrences: true }));
    expect(every.map((finding) => [finding.location.line, finding.related?.[0]?.location.line])).toEqual([
      [3, 1],
      [4, 1],
      [6, 1],
    ]);
  });

  it('grades JWTs by a configurable policy', async () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const iat = Date.UTC(2026, 9, 12, 8, 15, 0) / 1000;
    const jwt = `${b64({ alg: 'HS256' })}.${b64({ sub: 'u', iat, exp: iat + 1800 })}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`;
    const path = join(directory, 'jwt.log');
    await writeFile(path, `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?jwt=${jwt} HTTP/1.1" 101 0\n`);
    const byDefault = await scanFiles([path]);
    expect(byDefault.findings[0]).toMatchObject({ ruleId: 'log-jwt', level: 'error' });
    expect(byDefault.findings[0]?.message).toMatch(
      /JWT in parameter "jwt" of the request line: eyJh…\[\d+ chars\] \(fingerprint [0-9a-f]{16}\); alg HS256, lifetime 30 minutes, live when logged\./,
    );
    const lenient = await scanFiles([path], { jwtPolicy: { maxTicketLifetimeSeconds: 3600 } });
    expect(lenient.findings[0]).toMatchObject({ level: 'warning' });
  });
});
