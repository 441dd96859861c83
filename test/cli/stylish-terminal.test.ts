import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

/**
 * The stylish report on a terminal: long messages wrapped to its width (io.columns), never when piped or written to a
 * file; a log secret seen on many lines shows its count; each rule that reported links to its doc. The real CLI on a
 * log where one access token is on 1,234 lines.
 */
const LEAK = '203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?access_token=q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f HTTP/1.1" 101 0\n';

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-stylish-terminal-'));
  writeFileSync(join(cwd, 'access.log'), LEAK.repeat(1234));
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

async function stylish(stdoutIsTty: boolean, columns: number | undefined, flags: readonly string[] = []): Promise<string[]> {
  let stdout = '';
  const { exitCode } = await run(['logs', 'access.log', '--no-color', '--each-secret', ...flags], {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    stdin: Readable.from([]),
    stdoutIsTty,
    ...(columns === undefined ? {} : { columns }),
  });
  expect(exitCode).toBe(1);
  return stdout.split('\n');
}

describe('stylish on a terminal', () => {
  it('wraps the finding to the terminal width, each line under it', async () => {
    const lines = await stylish(true, 72);
    const rows = lines.slice(1, lines.indexOf(''));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toMatch(/^ {2}1:\d+ {2}error {2}.* {2}log-url-token$/);
    for (const row of rows) expect(row.length).toBeLessThan(72);
    expect(rows.slice(1).every((row) => row.startsWith(' '.repeat(14)))).toBe(true);
  });

  it('does not wrap when piped, or when the report goes to a file', async () => {
    expect((await stylish(false, 72))[1]).toMatch(/^ {2}1:\d+ {2}error {2}.*\(×1,234\) {2}log-url-token$/);
    expect(await stylish(true, 72, ['--output', 'report.txt'])).toEqual(['']);
    expect(readFileSync(join(cwd, 'report.txt'), 'utf8').split('\n')[1]).toMatch(/\(×1,234\) {2}log-url-token$/);
  });

  it('shows how many lines carry the secret, and links the rule to its doc', async () => {
    const lines = await stylish(false, undefined);
    expect(lines[1]).toContain('(×1,234)');
    expect(lines.slice(-4)).toEqual([
      '',
      'Rule docs:',
      expect.stringMatching(/^ {2}log-url-token {2}https:\/\/\S+\/docs\/rules\/log-url-token\.md$/),
      '',
    ]);
  });

  it('shows no count for a secret seen once', async () => {
    writeFileSync(join(cwd, 'once.log'), LEAK);
    let stdout = '';
    await run(['logs', 'once.log', '--each-secret'], {
      cwd,
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      stdin: Readable.from([]),
      stdoutIsTty: false,
    });
    expect(stdout).not.toContain('×');
  });
});
