import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Environment } from '../../src/cli/terminal.js';

/**
 * Color follows the conventions users set once for every tool: NO_COLOR (https://no-color.org) turns it off,
 * FORCE_COLOR turns it on when piped (and off with "0", as in Node), and --color/--no-color win over both. Each case
 * runs the real CLI on a log with an error-level finding and looks for ANSI escapes in what it printed.
 */
const LEAK = '203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?access_token=q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f HTTP/1.1" 101 0\n';
const ESCAPE = '\u001b[';

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-terminal-color-'));
  writeFileSync(join(cwd, 'access.log'), LEAK);
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

async function stylish(flags: readonly string[], env: Environment, stdoutIsTty: boolean): Promise<string> {
  let stdout = '';
  const { exitCode } = await run(['logs', 'access.log', ...flags], {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    stdin: Readable.from([]),
    stdoutIsTty,
    env,
  });
  expect(exitCode).toBe(1);
  return stdout;
}

const TERMINAL = true;
const PIPE = false;

describe('color of the stylish report', () => {
  it.each(
    (
      [
        ['a terminal, no variable', [], {}, TERMINAL, true],
        ['a pipe, no variable', [], {}, PIPE, false],
        ['a terminal, NO_COLOR=1', [], { NO_COLOR: '1' }, TERMINAL, false],
        ['a terminal, NO_COLOR=0 (any non-empty value)', [], { NO_COLOR: '0' }, TERMINAL, false],
        ['a terminal, NO_COLOR empty (as if unset)', [], { NO_COLOR: '' }, TERMINAL, true],
        ['a pipe, FORCE_COLOR=1', [], { FORCE_COLOR: '1' }, PIPE, true],
        ['a pipe, FORCE_COLOR=true', [], { FORCE_COLOR: 'true' }, PIPE, true],
        ['a pipe, FORCE_COLOR empty (as if unset)', [], { FORCE_COLOR: '' }, PIPE, false],
        ['a terminal, FORCE_COLOR=0', [], { FORCE_COLOR: '0' }, TERMINAL, false],
        ['a terminal, FORCE_COLOR=false', [], { FORCE_COLOR: 'false' }, TERMINAL, false],
        ['a pipe, FORCE_COLOR=1 and NO_COLOR=1 (FORCE_COLOR wins, as in Node)', [], { FORCE_COLOR: '1', NO_COLOR: '1' }, PIPE, true],
        ['a pipe, --color', ['--color'], {}, PIPE, true],
        ['a terminal, NO_COLOR=1, --color', ['--color'], { NO_COLOR: '1' }, TERMINAL, true],
        ['a pipe, FORCE_COLOR=1, --no-color', ['--no-color'], { FORCE_COLOR: '1' }, PIPE, false],
        ['a terminal, --no-color', ['--no-color'], {}, TERMINAL, false],
      ] as const
    ).map(([name, flags, env, stdoutIsTty, colored]) => ({ name, flags, env, stdoutIsTty, colored })),
  )('$name: colored $colored', async ({ flags, env, stdoutIsTty, colored }) => {
    const output = await stylish(flags, env, stdoutIsTty);
    expect(output).toContain('log-url-token');
    expect(output.includes(ESCAPE)).toBe(colored);
  });
});

describe('a report written with --output', () => {
  const written = async (flags: readonly string[], env: Environment) => {
    const file = join(cwd, 'report.txt');
    expect(await stylish(['--output', file, ...flags], env, TERMINAL)).toBe('');
    return readFileSync(file, 'utf8');
  };

  it('is plain whatever the environment says: FORCE_COLOR is for terminals and pipes, not files', async () => {
    const report = await written([], { FORCE_COLOR: '1' });
    expect(report).toContain('log-url-token');
    expect(report).not.toContain(ESCAPE);
  });

  it('is colored when --color asks for it', async () => {
    expect(await written(['--color'], {})).toContain(ESCAPE);
  });
});

describe('JSON and SARIF', () => {
  it.each(['json', 'sarif'])('%s is never colored, even with FORCE_COLOR and --color', async (format) => {
    const output = await stylish(['--format', format, '--color'], { FORCE_COLOR: '1' }, TERMINAL);
    expect(output).not.toContain(ESCAPE);
    expect(() => JSON.parse(output) as unknown).not.toThrow();
  });
});
