import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif/format-sarif.js';
import { makeJwt } from '../support/make-jwt.js';
import { runCli } from '../support/run-cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function directory(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'urlleak-injection-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const FORGED = '\u001b[2J\u001b[H\n✔ no problems (0 files scanned)';
const accessLine = (jwt: string) => `203.0.113.7 - - [04/Dec/2026:10:00:00 +0000] "GET /ws?token=${jwt} HTTP/1.1" 101 0 "-" "curl/8"\n`;
const SECRET = 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';

describe('the stylish report of hostile inputs', () => {
  it('escapes an ESC and a line break in a JWT header alg and in a file name: no cursor moves, no forged line', async () => {
    const jwt = makeJwt({ sub: 'user-1', exp: 1_999_999_999 }, { alg: `HS256${FORGED}`, typ: 'JWT' });
    const dir = directory({ [`evil\u001b[2J\n✔ forged.log`]: accessLine(jwt) });
    const result = await runCli(['logs', '.', '--each-secret'], dir);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('evil\\u001b[2J\\u000a✔ forged.log');
    expect(result.stdout).toContain('HS256\\u001b[2J\\u001b[H\\u000a✔ no problems');
    // A file header, one finding row, an empty line, the summary, the rule's doc: nothing else starts a line.
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[3]).toMatch(/^✖ 1 problem/);
    expect(lines.slice(4)).toEqual(['', 'Rule docs:', expect.stringMatching(/^ {2}log-jwt {2}https:\/\/\S+\/docs\/rules\/log-jwt\.md$/)]);
  });

  it('redacts a secret echoed in an input error (a tsconfig value) and escapes its control characters', async () => {
    const tsconfig = JSON.stringify({ extends: `./${SECRET}.json`, compilerOptions: { target: '\u001b[2J' } });
    const dir = directory({ 'tsconfig.json': tsconfig, 'a.ts': 'export const a = 1;\n' });
    for (const format of ['stylish', 'json', 'sarif']) {
      const result = await runCli(['code', '.', '--format', format], dir);
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toMatch(/Invalid tsconfig/);
      expect(result.stdout).not.toContain(SECRET.slice(4));
      expect(result.stdout).toContain('ghp_…[40 chars]');
      expect(result.stdout).not.toContain('\u001b');
    }
  });
});

describe('input errors and notices in JSON and SARIF', () => {
  const jwt = makeJwt({ sub: 'user-1' });
  const result = {
    findings: [],
    errors: [{ path: 'logs/app.log', message: `Unexpected token in JSON at position 12: {"url":"/ws?token=${jwt}"` }],
    notices: [{ path: 'src/a.ts', message: `Syntax error: '${SECRET}' is not valid here` }],
    filesScanned: 2,
  };
  const report = { result, areas: ['code', 'logs'] as const, cwd: '/project', color: false };

  it('go through safe-text: no secret they quote reaches the report', () => {
    const json = JSON.parse([...formatJson(report)].join('')) as { errors: { message: string }[]; notices: { message: string }[] };
    const sarif = JSON.parse([...formatSarif(report)].join('')) as Log;
    const sarifMessages = sarif.runs
      .flatMap((run) => run.invocations?.flatMap((invocation) => invocation.toolExecutionNotifications ?? []) ?? [])
      .map((note) => note.message.text ?? '');
    const messages = [...json.errors, ...json.notices].map((problem) => problem.message);
    expect(messages).toHaveLength(2);
    expect(sarifMessages).toHaveLength(2);
    for (const message of [...messages, ...sarifMessages]) {
      expect(message).not.toContain(jwt.split('.')[1]);
      expect(message).not.toContain(SECRET.slice(4));
      expect(message).toMatch(/…\[\d+ chars\]/);
    }
  });
});
