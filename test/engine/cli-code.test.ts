import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { CORPUS_DIR } from './corpus.js';

const ROOT = resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(join(tmpdir(), 'urlleak-code-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function runCli(argv: readonly string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const outcome = await run(argv, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: Readable.from([]),
    stdoutIsTty: false,
  });
  return { ...outcome, stdout, stderr };
}

describe('urlleak code', () => {
  it('exits 2 with a clear message for a broken tsconfig', async () => {
    const project = join(workDir, 'broken-tsconfig.json');
    writeFileSync(project, '{ "compilerOptions": { "target": "ES2022", } ');
    writeFileSync(join(workDir, 'a.ts'), 'export const a = 1;\n');
    const result = await runCli(['code', 'a.ts', '--project', project], workDir);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toMatch(/broken-tsconfig\.json: Invalid tsconfig/);
  });

  it('builds a program without a tsconfig, resolves nothing installed, and still finds the leak in plain JS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'urlleak-no-config-'));
    writeFileSync(
      join(dir, 'client.js'),
      "import { io } from 'socket.io-client';\nexport const s = io('https://rt.example.com', { query: { token: window.localStorage.getItem('token') } });\n",
    );
    const result = await runCli(['code', '.', '--format', 'json'], dir);
    rmSync(dir, { recursive: true, force: true });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; location: { path: string; line: number } }[] };
    expect(report.findings.map((finding) => [finding.ruleId, finding.location.path, finding.location.line])).toEqual([
      ['ws-token-in-url', 'client.js', 2],
    ]);
  });

  it('notices a syntax error and reports what the parser recovered', async () => {
    const result = await runCli(['code', 'negative/broken-syntax.ts', '--project', 'tsconfig.json'], CORPUS_DIR);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/notice negative\/broken-syntax\.ts: Syntax error at line \d+/);
    expect(result.stdout).toMatch(/4:37\s+error/);
  });

  it('runs as the real binary over the corpus (program mode) with exit code 1', () => {
    const child = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/urlleak.js'), 'code', 'ws', '--project', 'tsconfig.json', '--format', 'json'],
      { cwd: CORPUS_DIR, encoding: 'utf8' },
    );
    expect(child.status).toBe(1);
    const report = JSON.parse(child.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.length).toBeGreaterThan(20);
    expect(new Set(report.findings.map((finding) => finding.ruleId))).toEqual(new Set(['ws-token-in-url']));
  });
});
