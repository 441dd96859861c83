import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintSnippet } from '../support/lint.js';
import { makeJwt } from '../support/make-jwt.js';
import { runCli } from '../support/run-cli.js';

interface JsonReport {
  readonly findings: { ruleId: string; location: { path: string } }[];
  readonly errors: { path: string; message: string }[];
}

const GOOD_FILE =
  'declare function getAccessToken(): string;\nconst token = getAccessToken();\nnew WebSocket(`wss://api.example.com/ws?token=${token}`);\n';
const SINK = '\nnew WebSocket(`wss://api.example.com/ws?token=${x}`);\n';

/** Each overflows a different recursion: TypeScript's parser, its binder (when the checker is created), its checker (asked by the engine). */
const TOO_DEEP = {
  parser: `declare const token: string;\nconst x = ${'('.repeat(5000)}token${')'.repeat(5000)};${SINK}`,
  binder: `declare const token: any;\nconst x = token${'.a'.repeat(30_000)};${SINK}`,
  checker: `declare const token: string;\nconst v0 = token;\n${Array.from({ length: 20_000 }, (_unused, index) => `const v${index + 1} = v${index};`).join('\n')}\nconst x = v20000;${SINK}`,
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'urlleak-per-file-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('a file the engine cannot analyze', () => {
  // `a-deep.ts` sorts before `b-good.ts`: the good file is analyzed after the failure, with the same checker.
  for (const [stage, text] of Object.entries(TOO_DEEP)) {
    it(`is an error of its own when TypeScript's ${stage} runs out of stack; the other file is still reported (exit 2)`, async () => {
      const result = await runCli(['code', '.', '--format', 'json'], project({ 'a-deep.ts': text, 'b-good.ts': GOOD_FILE }));
      const report = JSON.parse(result.stdout) as JsonReport;
      expect(report.findings.map((finding) => [finding.ruleId, finding.location.path])).toEqual([['ws-token-in-url', 'b-good.ts']]);
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]?.path).toBe('a-deep.ts');
      expect(report.errors[0]?.message).toMatch(
        /^Could not be (parsed|analyzed): too deeply nested \(ran out of stack\)\. The other files were analyzed\.$/,
      );
      expect(result.exitCode).toBe(2);
    });
  }

  it('does not cost `urlleak scan` the findings of the logs beside it', async () => {
    const jwt = makeJwt({ sub: 'user-1', exp: 1_999_999_999 });
    const log = `203.0.113.7 - - [04/Dec/2026:10:00:00 +0000] "GET /ws?token=${jwt} HTTP/1.1" 101 0 "-" "curl/8"\n`;
    const result = await runCli(['scan', '.', '--format', 'json'], project({ 'deep.ts': TOO_DEEP.parser, 'access.log': log }));
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.findings.map((finding) => [finding.ruleId, finding.location.path])).toEqual([['log-jwt', 'access.log']]);
    expect(report.errors.map((error) => error.path)).toEqual(['deep.ts']);
    expect(result.exitCode).toBe(2);
  });

  it('prints one line for the failure in the text report, with no stack', async () => {
    const result = await runCli(['code', '.'], project({ 'a-deep.ts': TOO_DEEP.parser, 'b-good.ts': GOOD_FILE }));
    expect(result.stdout).toContain(
      'error a-deep.ts: Could not be parsed: too deeply nested (ran out of stack). The other files were analyzed.\n',
    );
    expect(result.stdout).toContain('b-good.ts\n');
    expect(result.stdout).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('does not throw out of an ESLint rule: the file gets no urlleak findings, the next file is linted', () => {
    // ESLint walks 2,000 `!` fine; TypeScript's binder (the engine's own checker of the file) runs out of stack.
    const rules = { 'urlleak/ws-token-in-url': 'error' } as const;
    const deep = `const token = getAccessToken();\nconst x = ${'!'.repeat(2_500)}token;${SINK}`;
    expect(lintSnippet(deep, rules, 'espree')).toEqual([]);
    expect(
      lintSnippet(GOOD_FILE.replace('declare function getAccessToken(): string;\n', ''), rules, 'espree').map((message) => message.ruleId),
    ).toEqual(['urlleak/ws-token-in-url']);
  });
});
