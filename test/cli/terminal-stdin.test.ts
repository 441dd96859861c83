import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { STDIN_HINT } from '../../src/cli/terminal.js';

/**
 * `urlleak logs` with no path reads standard input. On a terminal nothing arrives until the user types or ends the
 * input, so urlleak says so on stderr, once, before it waits; piped input (a pipe is no terminal) gets no hint.
 */
const LEAK = '203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?access_token=q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f HTTP/1.1" 101 0\n';

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-terminal-stdin-'));
  writeFileSync(join(cwd, 'access.log'), LEAK);
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

interface Terminal {
  /** Given to run() as `stdinIsTty`; when absent, run() reads the stream's own `isTTY`. */
  readonly stdinIsTty?: boolean;
  /** Set on the stdin stream, as Node sets it on process.stdin. */
  readonly streamIsTty?: boolean;
}

async function runLogs(argv: readonly string[], terminal: Terminal) {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(Readable.from([LEAK]), terminal.streamIsTty === undefined ? {} : { isTTY: terminal.streamIsTty });
  const outcome = await run(argv, {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin,
    stdoutIsTty: false,
    env: {},
    ...(terminal.stdinIsTty === undefined ? {} : { stdinIsTty: terminal.stdinIsTty }),
  });
  return { exitCode: outcome.exitCode, stdout, stderr };
}

describe('reading logs from standard input', () => {
  it('on a terminal: one line on stderr says so, then the input is scanned as usual', async () => {
    const { exitCode, stdout, stderr } = await runLogs(['logs'], { stdinIsTty: true });
    expect(stderr).toBe(STDIN_HINT);
    expect(STDIN_HINT).toBe('urlleak: reading from standard input; press Ctrl-D to end\n');
    expect(exitCode).toBe(1);
    expect(stdout).toContain('<stdin>');
    expect(stdout).toContain('log-url-token');
  });

  it('on a terminal, named "-": the same hint', async () => {
    expect((await runLogs(['logs', '-', '--format', 'json'], { stdinIsTty: true })).stderr).toBe(STDIN_HINT);
  });

  it('on a terminal as the stdin stream itself says (process.stdin.isTTY), when run() is not told', async () => {
    expect((await runLogs(['logs'], { streamIsTty: true })).stderr).toBe(STDIN_HINT);
  });

  it('piped: no hint, whatever the format', async () => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const { exitCode, stderr } = await runLogs(['logs', '--format', format], { stdinIsTty: false });
      expect(stderr).toBe('');
      expect(exitCode).toBe(1);
    }
    expect((await runLogs(['logs'], {})).stderr).toBe('');
  });

  it('not read at all (a file is named): no hint, even on a terminal', async () => {
    const { exitCode, stderr } = await runLogs(['logs', 'access.log'], { stdinIsTty: true });
    expect(stderr).toBe('');
    expect(exitCode).toBe(1);
  });
});
