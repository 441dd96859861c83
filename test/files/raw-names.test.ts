import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeRawName, isUtf8, showEscapedBytes } from '../../src/files/raw-names.js';
import { binPath } from '../support/run-bin.js';
import { makeJwt } from '../support/make-jwt.js';
import { runCli } from '../support/run-cli.js';

/** File names that are not valid UTF-8 (issue #11): read by their raw bytes, shown with `\xHH`. */
const LOG = `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?token=${makeJwt({ sub: 'u', iat: 1_790_000_000, exp: 1_890_000_000 })} HTTP/1.1" 101 0\n`;
const LATIN1_NAME = Buffer.from('caf\xe9.log', 'latin1');

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'urlleak-raw-names-'));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('names as bytes', () => {
  it('escape only the bytes that are not UTF-8, and show them as \\xHH', () => {
    expect(isUtf8(Buffer.from('ünï.log'))).toBe(true);
    expect(isUtf8(LATIN1_NAME)).toBe(false);
    expect(showEscapedBytes(escapeRawName(Buffer.concat([Buffer.from('ü-'), Buffer.from([0xff, 0xc3]), Buffer.from('.log')])))).toBe(
      'ü-\\xFF\\xC3.log',
    );
  });
});

describe.runIf(process.platform === 'linux')('a log whose name is not UTF-8', () => {
  it('found by a walk is scanned, shown escaped, and copied under the escaped name', async () => {
    mkdirSync(join(directory, 'logs', 'sub'), { recursive: true });
    writeFileSync(Buffer.concat([Buffer.from(`${directory}/logs/`), LATIN1_NAME]), LOG);
    writeFileSync(join(directory, 'logs', 'sub', 'ok.log'), LOG);
    mkdirSync(Buffer.concat([Buffer.from(`${directory}/logs/dir-`), Buffer.from([0xff])]));
    writeFileSync(Buffer.concat([Buffer.from(`${directory}/logs/dir-`), Buffer.from([0xff]), Buffer.from('/inner.log')]), LOG);
    const run = await runCli(['logs', 'logs', '-f', 'json', '--redact-to', 'copies'], directory);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([]);
    expect(report.findings.map((finding: { location: { path: string } }) => finding.location.path).sort()).toEqual([
      'logs/caf\\xE9.log',
      'logs/dir-\\xFF/inner.log',
      'logs/sub/ok.log',
    ]);
    expect((readdirSync(join(directory, 'copies', 'logs'), { recursive: true }) as string[]).sort()).toEqual([
      'caf\\xE9.log',
      'dir-\\xFF',
      'dir-\\xFF/inner.log',
      'sub',
      'sub/ok.log',
    ]);
  });

  it('named on the command line is read by its bytes (recovered from /proc/self/cmdline)', () => {
    writeFileSync(Buffer.concat([Buffer.from(`${directory}/`), LATIN1_NAME]), LOG);
    const run = spawnSync('bash', ['-c', `exec "${process.execPath}" "${binPath}" logs $'caf\\xe9.log' -f json`], {
      cwd: directory,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).findings[0].location.path).toBe('caf\\xE9.log');
  });
});
