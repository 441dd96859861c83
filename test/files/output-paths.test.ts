import {
  accessSync,
  constants,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkInputDirectory,
  checkOutputPaths,
  copyPathFor,
  describeWriteError,
  OutputPathError,
  relativeInside,
  stdinCopyPath,
  type PlannedOutputs,
  type RunInputs,
} from '../../src/files/output-paths.js';
import { fingerprintOf } from '../../src/secrets/protect.js';

/**
 * Where urlleak may write, decided on real directories: each rule of output-paths.ts with the output it refuses and
 * the words it refuses it in (what `urlleak:` prints), and what it creates when it accepts.
 */
const GITHUB_TOKEN = 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);
const shown = (path: string) => relative(dir, path) || '.';

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'urlleak-output-paths-')));
  mkdirSync(at('logs'));
  writeFileSync(at('logs', 'a.log'), 'GET / 200\n');
  writeFileSync(at('in.log'), 'GET / 200\n');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function refusal(outputs: PlannedOutputs, inputs: RunInputs): Promise<string> {
  try {
    await checkOutputPaths(outputs, inputs, shown);
  } catch (error) {
    expect(error).toBeInstanceOf(OutputPathError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

const reading = (...inputs: string[]): RunInputs => ({ inputs, copied: [] });
const copying = (...inputs: string[]): RunInputs => ({ inputs, copied: inputs });

describe('copyPathFor and stdinCopyPath', () => {
  it('mirrors the display path under the directory, an absolute one without its root', () => {
    expect(copyPathFor('/out', 'logs/a.log')).toBe('/out/logs/a.log');
    expect(copyPathFor('/out', '/var/log/nginx/access.log')).toBe('/out/var/log/nginx/access.log');
    expect(copyPathFor('/out', '//srv//a.log')).toBe('/out/srv/a.log');
  });

  it('renames a secret in a segment to its fingerprint', () => {
    expect(copyPathFor('/out', `logs/${GITHUB_TOKEN}.log`)).toBe(`/out/logs/REDACTED-${fingerprintOf(GITHUB_TOKEN)}.log`);
  });

  it('names standard input’s copy stdin.log, or stdin.log.gz for gzip', () => {
    expect(stdinCopyPath('/out', false)).toBe('/out/stdin.log');
    expect(stdinCopyPath('/out', true)).toBe('/out/stdin.log.gz');
  });
});

describe('checkOutputPaths: an output never replaces an input', () => {
  it('accepts a report and a baseline beside the inputs', async () => {
    await expect(
      checkOutputPaths({ report: at('r.json'), baseline: at('b.json') }, reading(at('in.log'), '-'), shown),
    ).resolves.toBeUndefined();
  });

  it('refuses the report or the baseline at an input’s path', async () => {
    expect(await refusal({ report: at('in.log') }, reading(at('in.log')))).toBe(
      'the report in.log would overwrite the input in.log; choose another path.',
    );
    expect(await refusal({ baseline: at('logs', 'a.log') }, reading(at('in.log'), at('logs', 'a.log')))).toBe(
      'the baseline logs/a.log would overwrite the input logs/a.log; choose another path.',
    );
  });

  it('sees the input through a symlink, a symlinked directory and a hard link', async () => {
    symlinkSync(at('in.log'), at('link.log'));
    symlinkSync(at('logs'), at('alias'));
    linkSync(at('in.log'), at('hard.log'));
    expect(await refusal({ report: at('link.log') }, reading(at('in.log')))).toBe(
      'the report link.log would overwrite the input in.log; choose another path.',
    );
    expect(await refusal({ report: at('alias', 'a.log') }, reading(at('logs', 'a.log')))).toBe(
      'the report alias/a.log would overwrite the input logs/a.log; choose another path.',
    );
    expect(await refusal({ report: at('hard.log') }, reading(at('in.log')))).toBe(
      'the report hard.log would overwrite the input in.log; choose another path.',
    );
  });

  it('accepts overwriting an earlier report, and a file named - beside standard input (it is not standard input)', async () => {
    writeFileSync(at('r.json'), '{}');
    await expect(checkOutputPaths({ report: at('r.json') }, reading(at('in.log')), shown)).resolves.toBeUndefined();
    await expect(checkOutputPaths({ report: resolve('-') }, reading('-'), shown)).resolves.toBeUndefined();
  });

  it('sees one file in two outputs through a hard link, and through a symlinked directory before the file exists', async () => {
    writeFileSync(at('r.json'), '{}');
    linkSync(at('r.json'), at('b.json'));
    expect(await refusal({ report: at('r.json'), baseline: at('b.json') }, reading(at('in.log')))).toBe(
      'the baseline b.json and the report r.json would be the same file; rename the input or choose another path.',
    );
    symlinkSync(at('logs'), at('alias'));
    expect(await refusal({ report: at('alias', 'new.json'), baseline: at('logs', 'new.json') }, reading(at('in.log')))).toBe(
      'the baseline logs/new.json and the report alias/new.json would be the same file; rename the input or choose another path.',
    );
  });

  it('refuses the report and the baseline in one file', async () => {
    expect(await refusal({ report: at('same.json'), baseline: at('same.json') }, reading(at('in.log')))).toBe(
      'the baseline same.json and the report same.json would be the same file; rename the input or choose another path.',
    );
  });
});

describe('checkOutputPaths: an output’s directory', () => {
  it('must exist and be a directory, and the output must not be one', async () => {
    expect(await refusal({ report: at('missing', 'r.json') }, reading())).toBe(
      'cannot write missing/r.json: the directory missing does not exist.',
    );
    expect(await refusal({ report: at('in.log', 'r.json') }, reading())).toBe('cannot write in.log/r.json: in.log is not a directory.');
    expect(await refusal({ baseline: at('logs') }, reading())).toBe('cannot write logs: it is a directory.');
  });

  /** Permission cases mean nothing to root: a read-only directory for others, /proc/sys for root (where it refuses W_OK). */
  const probe = mkdtempSync(join(tmpdir(), 'urlleak-unwritable-'));
  chmodSync(probe, 0o555);
  afterAll(() => rmSync(probe, { recursive: true, force: true }));
  const unwritable = [probe, '/proc/sys'].find((candidate) => {
    try {
      accessSync(candidate, constants.W_OK);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EACCES';
    }
  });

  it.runIf(unwritable !== undefined)('must be writable (a read-only directory is named)', async () => {
    const output = join(unwritable ?? '', 'r.json');
    const message = await refusal({ report: output }, reading());
    expect(message).toBe(`cannot write ${shown(output)}: permission denied on the directory ${shown(unwritable ?? '')}.`);
  });
});

describe('checkOutputPaths: --redact-to', () => {
  it('creates the directory and each copy’s directory, mirroring the inputs', async () => {
    await checkOutputPaths({ redactTo: at('out') }, copying(at('logs', 'a.log'), at('in.log')), shown);
    expect(existsSync(at('out', 'logs'))).toBe(true);
    expect(existsSync(at('out', 'logs', 'a.log'))).toBe(false);
  });

  it('refuses a copy that would replace its input (--redact-to at an ancestor of the input)', async () => {
    expect(await refusal({ redactTo: dir }, copying(at('in.log')))).toBe(
      'the scrubbed copy of in.log (in.log) would overwrite the input in.log; choose another path.',
    );
  });

  it('reserves both names of standard input’s copy', async () => {
    mkdirSync(at('out'));
    writeFileSync(at('out', 'stdin.log.gz'), '');
    expect(await refusal({ redactTo: at('out') }, copying('-', at('out', 'stdin.log.gz')))).toBe(
      'the scrubbed copy of standard input (out/stdin.log.gz) would overwrite the input out/stdin.log.gz; choose another path.',
    );
    expect(await refusal({ redactTo: at('out') }, copying('-', at('stdin.log')))).toBe(
      'the scrubbed copy of stdin.log (out/stdin.log) and the scrubbed copy of standard input (out/stdin.log) would be the same file; rename the input or choose another path.',
    );
  });

  it('refuses the report at a copy’s path', async () => {
    mkdirSync(at('out', 'logs'), { recursive: true });
    expect(await refusal({ report: at('out', 'logs', 'a.log'), redactTo: at('out') }, copying(at('logs', 'a.log')))).toBe(
      'the scrubbed copy of logs/a.log (out/logs/a.log) and the report out/logs/a.log would be the same file; rename the input or choose another path.',
    );
  });

  it('refuses a file where the directory should be, or in the way of it', async () => {
    expect(await refusal({ redactTo: at('in.log') }, copying(at('logs', 'a.log')))).toBe(
      '--redact-to in.log: exists and is not a directory.',
    );
    expect(await refusal({ redactTo: at('in.log', 'out') }, copying(at('logs', 'a.log')))).toBe(
      '--redact-to in.log/out: cannot create the directory (a file is in the way where a directory is needed).',
    );
    mkdirSync(at('out'));
    writeFileSync(at('out', 'logs'), '');
    expect(await refusal({ redactTo: at('out') }, copying(at('logs', 'a.log')))).toBe(
      'cannot create the copy directory out/logs: a file is in the way where a directory is needed.',
    );
  });

  it('refuses a copy directory that a symlink leads out of the --redact-to directory, and accepts one that stays inside', async () => {
    mkdirSync(at('elsewhere'));
    mkdirSync(at('out', 'inside'), { recursive: true });
    symlinkSync(at('elsewhere'), at('out', 'logs'));
    expect(await refusal({ redactTo: at('out') }, copying(at('logs', 'a.log')))).toBe(
      `the copy directory out/logs leads outside the --redact-to directory (through a symlink to ${at('elsewhere')}); remove the link or choose another directory.`,
    );
    rmSync(at('out', 'logs'));
    symlinkSync(at('out', 'inside'), at('out', 'logs'));
    await expect(checkOutputPaths({ redactTo: at('out') }, copying(at('logs', 'a.log')), shown)).resolves.toBeUndefined();
    // A sibling whose name starts with the root's is outside it.
    mkdirSync(at('out-sibling'));
    rmSync(at('out', 'logs'));
    symlinkSync(at('out-sibling'), at('out', 'logs'));
    expect(await refusal({ redactTo: at('out') }, copying(at('logs', 'a.log')))).toMatch(/^the copy directory out\/logs leads outside/);
  });

  it('copies of files outside the working directory land under it with their absolute layout', async () => {
    await checkOutputPaths({ redactTo: at('out') }, copying(at('logs', 'a.log')), (path) => path);
    expect(existsSync(join(at('out'), at('logs')))).toBe(true);
  });
});

describe('checkInputDirectory and relativeInside', () => {
  it('refuses an input directory inside (or equal to) the --redact-to directory', () => {
    expect(() => checkInputDirectory(at('logs'), at('logs'), shown)).toThrow(OutputPathError);
    mkdirSync(at('out', 'nested'), { recursive: true });
    expect(() => checkInputDirectory(at('out', 'nested'), at('out'), shown)).toThrow(
      '--redact-to out contains the input directory out/nested: its copies would be scanned as inputs; choose a directory outside it.',
    );
    expect(() => checkInputDirectory(at('logs'), at('out'), shown)).not.toThrow();
    expect(() => checkInputDirectory(dir, at('out'), shown)).not.toThrow();
  });

  it('gives the --redact-to directory relative to a walked one, with / separators, through symlinks', () => {
    mkdirSync(at('out', 'deep'), { recursive: true });
    symlinkSync(dir, at('walked'));
    expect(relativeInside(at('out'), dir)).toBe('out');
    expect(relativeInside(at('out', 'deep'), dir)).toBe('out/deep');
    expect(relativeInside(at('out', 'deep'), at('walked'))).toBe('out/deep');
    expect(relativeInside(dir, dir)).toBe('.');
    expect(relativeInside(dir, at('out'))).toBeUndefined();
    expect(relativeInside(at('logs'), at('out'))).toBeUndefined();
    // Not created yet: compared as resolved paths.
    expect(relativeInside(at('later', 'copies'), dir)).toBe('later/copies');
  });
});

describe('describeWriteError', () => {
  it('names the cause of each write failure in words, and passes any other message through', () => {
    const failure = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(describeWriteError(failure('EACCES'))).toBe('permission denied');
    expect(describeWriteError(failure('EPERM'))).toBe('permission denied');
    expect(describeWriteError(failure('EEXIST'))).toBe('a file is in the way where a directory is needed');
    expect(describeWriteError(failure('ENOTDIR'))).toBe('a file is in the way where a directory is needed');
    expect(describeWriteError(failure('ENOSPC'))).toBe('no space left on the device');
    expect(describeWriteError(failure('EROFS'))).toBe('read-only file system');
    expect(describeWriteError(failure('EISDIR'))).toBe('it is a directory');
    expect(describeWriteError(failure('EIO'))).toBe('EIO: raw');
  });
});
