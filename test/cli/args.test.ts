import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError, type CliOptions } from '../../src/cli/args.js';
import { runCli } from '../support/run-cli.js';

/**
 * Every option as the CLI's own parser reads it: each value, each default and each refusal (with its words, which are
 * what a user sees after `urlleak:`). Exit codes that the options drive are tested on real logs in exit-codes.test.ts.
 */
function options(argv: readonly string[]): CliOptions {
  const parsed = parseCliArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected a run, got ${parsed.kind}`);
  return parsed.options;
}

function usageError(argv: readonly string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

const DEFAULTS = {
  format: 'stylish',
  output: undefined,
  ignore: [],
  quiet: false,
  maxWarnings: undefined,
  failLevel: 'error',
  project: undefined,
  color: undefined,
  baseline: undefined,
  writeBaseline: undefined,
  shard: undefined,
  allOccurrences: false,
  eachSecret: false,
  redactTo: undefined,
  errorOnUnmatchedPattern: true,
} as const;

describe('parseCliArgs: commands and paths', () => {
  it('gives every default when only a command is named; code and scan read ".", logs reads standard input', () => {
    expect(options(['code'])).toEqual({ command: 'code', paths: ['.'], ...DEFAULTS });
    expect(options(['scan'])).toEqual({ command: 'scan', paths: ['.'], ...DEFAULTS });
    expect(options(['logs'])).toEqual({ command: 'logs', paths: ['-'], ...DEFAULTS });
  });

  it('keeps the named paths in order, standard input among them', () => {
    expect(options(['logs', 'b.log', '-', 'a.log']).paths).toEqual(['b.log', '-', 'a.log']);
    expect(options(['merge', 'one.sarif', 'two.sarif'])).toMatchObject({ command: 'merge', paths: ['one.sarif', 'two.sarif'] });
  });

  it('refuses no command, an unknown command, and merge with nothing to merge', () => {
    expect(usageError([])).toBe('No command given: use one of code, logs, config, scan, merge.');
    expect(usageError(['--quiet'])).toBe('No command given: use one of code, logs, config, scan, merge.');
    expect(usageError(['lint', 'src'])).toBe('Unknown command "lint": use one of code, logs, config, scan, merge.');
    expect(usageError(['merge'])).toBe('merge needs the SARIF files to merge.');
  });

  it('refuses --redact-to where no log is read: it would make an empty folder and copy nothing', () => {
    expect(usageError(['config', 'deploy', '--redact-to', 'out'])).toBe(
      '--redact-to writes redacted copies of logs: use it with "urlleak logs" or "urlleak scan", not "urlleak config".',
    );
    expect(usageError(['code', '--redact-to', 'out'])).toMatch(/not "urlleak code"/);
    expect(options(['scan', '--redact-to', 'out']).redactTo).toBe('out');
  });

  it('answers --help and --version before anything else, in long and short form', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseCliArgs(['-v'])).toEqual({ kind: 'version' });
    expect(parseCliArgs(['nonsense', '--version', '--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['merge', '-v'])).toEqual({ kind: 'version' });
  });

  it('refuses an unknown option and a missing value rather than guessing', () => {
    expect(usageError(['code', '--max-warning', '3'])).toBe('Unknown option --max-warning.');
    expect(usageError(['code', '--format'])).toMatch(/--format/);
    expect(usageError(['code', '--quiet=yes'])).toMatch(/--quiet/);
  });
});

describe('parseCliArgs: option values', () => {
  it('reads every option in its long form', () => {
    const argv = [
      'logs',
      'a.log',
      '--format',
      'json',
      '--output',
      'report.json',
      '--ignore',
      'vendor/**',
      '--ignore',
      '*.gz',
      '--quiet',
      '--max-warnings',
      '7',
    ];
    argv.push(
      '--fail-level',
      'note',
      '--project',
      'tsconfig.app.json',
      '--color',
      '--baseline',
      'old.json',
      '--write-baseline',
      'new.json',
    );
    argv.push('--shard', '2/3', '--all-occurrences', '--each-secret', '--redact-to', 'scrubbed', '--threads', '8');
    expect(options(argv)).toEqual({
      command: 'logs',
      paths: ['a.log'],
      format: 'json',
      output: 'report.json',
      ignore: ['vendor/**', '*.gz'],
      quiet: true,
      maxWarnings: 7,
      failLevel: 'note',
      project: 'tsconfig.app.json',
      color: true,
      baseline: 'old.json',
      writeBaseline: 'new.json',
      shard: { index: 2, count: 3 },
      allOccurrences: true,
      eachSecret: true,
      redactTo: 'scrubbed',
      threads: 8,
      errorOnUnmatchedPattern: true,
    });
    expect(options(['code', '--no-error-on-unmatched-pattern']).errorOnUnmatchedPattern).toBe(false);
  });

  it('takes --threads as a whole number of 1 or more', () => {
    expect(options(['logs', 'a.log']).threads).toBeUndefined();
    expect(() => options(['logs', '--threads', '0'])).toThrow('Invalid value "0" for --threads: expected 1 or more.');
    expect(() => options(['logs', '--threads', 'many'])).toThrow('Invalid value "many" for --threads: expected a whole number.');
  });

  it('reads the short forms -f, -o, -q and -p', () => {
    expect(options(['code', '-f', 'sarif', '-o', 'out.sarif', '-q', '-p', 'tsconfig.build.json'])).toMatchObject({
      format: 'sarif',
      output: 'out.sarif',
      quiet: true,
      project: 'tsconfig.build.json',
    });
  });

  it('accepts each format and fail level, and names the choices when refusing one', () => {
    for (const format of ['stylish', 'json', 'sarif']) expect(options(['code', '--format', format]).format).toBe(format);
    for (const level of ['error', 'warning', 'note']) expect(options(['code', '--fail-level', level]).failLevel).toBe(level);
    expect(usageError(['code', '--format', 'xml'])).toBe('Invalid value "xml" for --format: use one of stylish, json, sarif, html.');
    expect(usageError(['code', '--format', 'JSON'])).toBe('Invalid value "JSON" for --format: use one of stylish, json, sarif, html.');
    expect(usageError(['code', '--fail-level', 'info'])).toBe('Invalid value "info" for --fail-level: use one of error, warning, note.');
  });

  it('leaves color to the terminal unless told: --no-color wins over --color', () => {
    expect(options(['code']).color).toBeUndefined();
    expect(options(['code', '--color']).color).toBe(true);
    expect(options(['code', '--no-color']).color).toBe(false);
    expect(options(['code', '--color', '--no-color']).color).toBe(false);
    expect(options(['code', '--no-color', '--color']).color).toBe(false);
  });

  it('reads --max-warnings as a whole number, zero included', () => {
    expect(options(['code', '--max-warnings', '0']).maxWarnings).toBe(0);
    expect(options(['code', '--max-warnings', '120']).maxWarnings).toBe(120);
    for (const bad of ['-1', '1.5', 'ten', '', '3x', 'x3', ' 3', '1e3']) {
      expect(usageError(['code', `--max-warnings=${bad}`])).toBe(`Invalid value "${bad}" for --max-warnings: expected a whole number.`);
    }
  });
});

describe('parseCliArgs: --shard K/N', () => {
  it('accepts 1 <= K <= N, both ends included', () => {
    expect(options(['code', '--shard', '1/1']).shard).toEqual({ index: 1, count: 1 });
    expect(options(['code', '--shard', '1/4']).shard).toEqual({ index: 1, count: 4 });
    expect(options(['code', '--shard', '4/4']).shard).toEqual({ index: 4, count: 4 });
    expect(options(['code', '--shard', '10/12']).shard).toEqual({ index: 10, count: 12 });
  });

  it('refuses K of 0, K above N, N of 0 and anything that is not K/N', () => {
    for (const bad of ['0/4', '5/4', '2/1', '1/0', '0/0', 'a/b', '1/2/3', '12', '/2', '1/', ' 1/2', '1/2 ', '-1/2', '1.5/2']) {
      expect(usageError(['code', `--shard=${bad}`])).toBe(`Invalid value "${bad}" for --shard: expected K/N with 1 <= K <= N, e.g. 2/4.`);
    }
  });
});

describe('a usage error through the real CLI', () => {
  it('exits 2 with the reason and a pointer to --help, and prints nothing on stdout', async () => {
    const outcome = await runCli(['code', '--shard', '3/2'], process.cwd());
    expect(outcome).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'urlleak: Invalid value "3/2" for --shard: expected K/N with 1 <= K <= N, e.g. 2/4.\nRun "urlleak --help" for usage.\n',
    });
  });
});
