import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { binPath } from '../support/run-bin.js';
import { makeJwt } from '../support/make-jwt.js';
import { fingerprintOf } from '../../src/secrets/protect.js';

/**
 * Never lose data: every class of the data-loss report (issue #11), each on real files through the real CLI process.
 * An input is always compared byte for byte afterwards.
 */
const JWT = makeJwt({ sub: 'user-1', iat: 1_790_000_000, exp: 1_890_000_000 });
const LINE = (n: number) => `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?token=${JWT}&n=${n} HTTP/1.1" 101 0 "-" "curl/8"\n`;
const LOG = Array.from({ length: 200 }, (_, n) => LINE(n)).join('');

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'urlleak-output-safety-'));
  writeFileSync(join(directory, 'y.log'), LOG);
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

function urlleak(args: readonly string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [binPath, ...args], { cwd: directory, encoding: 'utf8', ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const read = (path: string) => readFileSync(join(directory, path), 'utf8');

/** Files under `directory` (relative), temporary ones included: an interrupted write must leave none. */
function tree(): string[] {
  return (readdirSync(directory, { recursive: true }) as string[]).sort();
}

describe('an output never replaces an input', () => {
  it('refuses --redact-to . in the log’s own directory, before reading anything', () => {
    const run = urlleak(['logs', 'y.log', '--redact-to', '.']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the scrubbed copy of y.log (y.log) would overwrite the input y.log');
    expect(run.stdout).toBe('');
    expect(read('y.log')).toBe(LOG);
  });

  it('refuses a --redact-to directory that is an ancestor of the input (the copy mirrors the input’s path)', () => {
    mkdirSync(join(directory, 'logs'));
    writeFileSync(join(directory, 'logs', 'a.log'), LOG);
    const run = urlleak(['logs', 'logs/a.log', '--redact-to', '.']);
    expect(run.status).toBe(2);
    expect(read('logs/a.log')).toBe(LOG);
  });

  it.each([
    ['--output', ['-o', 'y.log'], 'the report y.log'],
    ['--write-baseline', ['--write-baseline', 'y.log'], 'the baseline y.log'],
  ])('refuses %s naming an input', (_flag, args, label) => {
    const run = urlleak(['logs', 'y.log', ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${label} would overwrite the input y.log`);
    expect(read('y.log')).toBe(LOG);
  });

  it('sees through a symlink and a hard link to the input', () => {
    symlinkSync(join(directory, 'y.log'), join(directory, 'link.sarif'));
    linkSync(join(directory, 'y.log'), join(directory, 'hard.sarif'));
    for (const output of ['link.sarif', 'hard.sarif']) {
      const run = urlleak(['logs', 'y.log', '-f', 'sarif', '-o', output]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('would overwrite the input y.log');
    }
    expect(read('y.log')).toBe(LOG);
  });

  it('refuses two outputs that are one file: standard input’s copy and a file named stdin.log', () => {
    writeFileSync(join(directory, 'stdin.log'), LOG);
    const run = urlleak(['logs', '-', 'stdin.log', '--redact-to', 'out'], { input: LOG });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('would be the same file');
    expect(existsSync(join(directory, 'out', 'stdin.log'))).toBe(false);
  });

  it('refuses the report and the baseline in one file', () => {
    const run = urlleak(['logs', 'y.log', '-o', 'same.json', '--write-baseline', 'same.json']);
    expect(run.status).toBe(2);
    expect(existsSync(join(directory, 'same.json'))).toBe(false);
  });
});

describe('the --redact-to directory', () => {
  it('inside the walked directory is left out of the walk: a second run scans the same files, copies never nest', () => {
    mkdirSync(join(directory, 'logs'));
    writeFileSync(join(directory, 'logs', 'a.log'), LOG);
    const first = urlleak(['logs', 'logs', '--redact-to', 'logs/clean', '-f', 'json']);
    const second = urlleak(['logs', 'logs', '--redact-to', 'logs/clean', '-f', 'json']);
    expect(first.status).toBe(1);
    expect(second.status).toBe(1);
    expect(JSON.parse(second.stdout).summary).toEqual(JSON.parse(first.stdout).summary);
    expect(JSON.parse(second.stdout).summary.filesScanned).toBe(1);
    expect(tree()).toEqual(['logs', 'logs/a.log', 'logs/clean', 'logs/clean/logs', 'logs/clean/logs/a.log', 'y.log']);
  });

  it('named with two leading dots (..copies) inside the walked directory is still left out of the walk', () => {
    mkdirSync(join(directory, 'logs'));
    writeFileSync(join(directory, 'logs', 'a.log'), LOG);
    urlleak(['logs', 'logs', '--redact-to', 'logs/..copies']);
    const second = urlleak(['logs', 'logs', '--redact-to', 'logs/..copies', '-f', 'json']);
    expect(JSON.parse(second.stdout).summary.filesScanned).toBe(1);
    expect(tree()).toEqual(['logs', 'logs/..copies', 'logs/..copies/logs', 'logs/..copies/logs/a.log', 'logs/a.log', 'y.log']);
  });

  it('may not contain a walked input directory', () => {
    mkdirSync(join(directory, 'logs'));
    writeFileSync(join(directory, 'logs', 'a.log'), LOG);
    const run = urlleak(['logs', 'logs', '--redact-to', '.']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('contains the input directory logs');
  });

  it('replaces a symlink planted at a copy’s path instead of writing through it', () => {
    writeFileSync(join(directory, 'victim'), 'precious\n');
    mkdirSync(join(directory, 'out'));
    symlinkSync(join(directory, 'victim'), join(directory, 'out', 'y.log'));
    const run = urlleak(['logs', 'y.log', '--redact-to', 'out']);
    expect(run.status).toBe(1);
    expect(read('victim')).toBe('precious\n');
    expect(read('out/y.log')).not.toContain(JWT);
    expect(read('out/y.log')).toContain('[REDACTED:');
  });

  it('never follows a symlinked directory out of itself', () => {
    const outside = join(directory, 'outside');
    mkdirSync(outside);
    mkdirSync(join(directory, 'out'));
    mkdirSync(join(directory, 'sub'));
    writeFileSync(join(directory, 'sub', 'y.log'), LOG);
    symlinkSync(outside, join(directory, 'out', 'sub'));
    const run = urlleak(['logs', 'sub/y.log', '--redact-to', 'out']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the copy directory out/sub leads outside the --redact-to directory');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('that is a file is named as the problem, not the input', () => {
    writeFileSync(join(directory, 'out'), 'not a directory\n');
    const run = urlleak(['logs', 'y.log', '--redact-to', 'out']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--redact-to out: exists and is not a directory');
    expect(read('out')).toBe('not a directory\n');
  });

  it('refuses --shard with a log the shard reads only in part, and writes nothing', () => {
    const big = LOG.repeat(Math.ceil((300 * 1024 * 1024) / LOG.length / 64));
    writeFileSync(join(directory, 'big.log'), big.repeat(64));
    try {
      const run = urlleak(['logs', 'big.log', '--shard', '1/2', '--redact-to', 'out']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--redact-to cannot be combined with --shard for big.log');
      expect(existsSync(join(directory, 'out'))).toBe(false);
    } finally {
      rmSync(join(directory, 'big.log'));
    }
  });
});

describe('atomic outputs', () => {
  /**
   * The input is a FIFO the test writes into: the scan is certainly under way (and its copy half written) when the
   * signal arrives.
   */
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s mid-scan leaves the previous copy and report intact and no temporary file',
    async (signal) => {
      mkdirSync(join(directory, 'out'));
      writeFileSync(join(directory, 'out', 'pipe.log'), 'previous copy\n');
      writeFileSync(join(directory, 'report.json'), 'previous report\n');
      spawnSync('mkfifo', [join(directory, 'pipe.log')]);
      const child = spawn(process.execPath, [binPath, 'logs', 'pipe.log', '--redact-to', 'out', '-f', 'json', '-o', 'report.json'], {
        cwd: directory,
        stdio: 'ignore',
      });
      const writer = createWriteStream(join(directory, 'pipe.log'));
      writer.on('error', () => undefined); // EPIPE once the reader is gone: expected
      writer.write(LOG.repeat(50));
      await waitFor(() => readdirSync(join(directory, 'out')).some((name) => name.endsWith('.tmp')));
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, received) => resolve(received)));
      child.kill(signal);
      expect(await exited).toBe(signal);
      writer.destroy();
      expect(read('out/pipe.log')).toBe('previous copy\n');
      expect(read('report.json')).toBe('previous report\n');
      expect(tree().filter((name) => name.endsWith('.tmp'))).toEqual([]);
    },
  );

  it('a large copy waits for the disk without piling up listeners (no MaxListenersExceededWarning)', () => {
    writeFileSync(join(directory, 'big.log'), LOG.repeat(120));
    const run = urlleak(['logs', 'big.log', '--redact-to', 'out', '-f', 'json'], { maxBuffer: 64 * 1024 * 1024 });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('MaxListenersExceededWarning');
    expect(read('out/big.log')).toHaveLength(
      readFileSync(join(directory, 'big.log'), 'utf8').replaceAll(JWT, `[REDACTED:${fingerprintOf(JWT)}]`).length,
    );
  });

  it('a report that cannot be written names the output, and leaves no partial file', () => {
    mkdirSync(join(directory, 'report.json'));
    const run = urlleak(['logs', 'y.log', '-o', 'report.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot write report.json: it is a directory');
  });
});

const SETPRIV_NOBODY = ['--reuid=nobody', '--regid=nogroup', '--clear-groups'];
/**
 * As root, whether `nobody` can run the CLI from where this checkout lies (a checkout under a private home directory
 * is out of its reach; then these cases run only where they can).
 */
const asNobody =
  process.getuid?.() === 0 &&
  spawnSync('setpriv', [...SETPRIV_NOBODY, process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(binPath)})`]).status === 0;

/** Permission cases mean nothing to root: run the CLI as `nobody` (setpriv), or as ourselves when not root. */
function urlleakUnprivileged(args: readonly string[]) {
  if (!asNobody) return urlleak(args);
  const result = spawnSync('setpriv', [...SETPRIV_NOBODY, process.execPath, binPath, ...args], {
    cwd: directory,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

describe.runIf(asNobody || process.getuid?.() !== 0)('permissions (as a user who lacks them)', () => {
  beforeEach(() => {
    chmodSync(directory, 0o755);
    chmodSync(join(directory, 'y.log'), 0o644);
  });

  it('a read-only --redact-to directory is named as the problem, before the scan', () => {
    mkdirSync(join(directory, 'ro'), 0o555);
    chmodSync(join(directory, 'ro'), 0o555);
    const run = urlleakUnprivileged(['logs', 'y.log', '--redact-to', 'ro']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot write ro/y.log: permission denied on the directory ro');
  });

  it('an unreadable directory in a walk is an error, exit 2, and the readable files are still scanned', () => {
    mkdirSync(join(directory, 'logs', 'secret'), { recursive: true });
    chmodSync(join(directory, 'logs'), 0o755);
    writeFileSync(join(directory, 'logs', 'a.log'), LOG);
    chmodSync(join(directory, 'logs', 'a.log'), 0o644);
    chmodSync(join(directory, 'logs', 'secret'), 0o000);
    const run = urlleakUnprivileged(['logs', 'logs', '-f', 'json']);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([{ path: 'logs/secret', message: 'Cannot read the directory: permission denied.' }]);
    expect(report.summary.filesScanned).toBe(1);
    expect(report.findings.length).toBeGreaterThan(0);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
