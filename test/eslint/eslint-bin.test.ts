import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBin } from '../support/run-bin.js';

const eslintBin = join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

interface EslintFileResult {
  readonly filePath: string;
  readonly messages: readonly { ruleId: string | null; line: number; column: number; fatal?: boolean }[];
}

/** The real eslint binary, with fixtures/eslint.config.mjs (the plugin imported as `urlleak/eslint-plugin`). */
function runEslint(target: string): { status: number | null; results: EslintFileResult[] } {
  const run = spawnSync(process.execPath, [eslintBin, '--config', 'fixtures/eslint.config.mjs', '--format', 'json', target], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (run.stdout === '') throw new Error(`eslint printed nothing: ${run.stderr}`);
  return { status: run.status, results: JSON.parse(run.stdout) as EslintFileResult[] };
}

describe('eslint binary with urlleak.configs.recommended', () => {
  it('reports the demo leaks and nothing else, without parse errors', () => {
    const { status, results } = runEslint('fixtures/demo');
    const reported = results.flatMap((file) =>
      file.messages.map((message) => `${file.filePath.slice(repoRoot.length)}:${message.line} ${message.ruleId ?? 'fatal'}`),
    );
    expect(reported).toContain('fixtures/demo/src/chat-client.ts:10 urlleak/ws-token-in-url');
    expect(reported).toContain('fixtures/demo/src/server.ts:9 urlleak/log-raw-url');
    expect(reported.every((entry) => entry.includes(' urlleak/'))).toBe(true);
    expect(status).toBe(1);
  });

  it('reports what `urlleak code` reports: two doors, one engine', () => {
    const { results } = runEslint('fixtures/demo');
    const fromEslint = results.flatMap((file) =>
      file.messages.map(
        (message) => `${file.filePath.slice(repoRoot.length)}:${message.line}:${message.column} ${message.ruleId?.replace('urlleak/', '')}`,
      ),
    );
    const cli = JSON.parse(runBin(['code', 'fixtures/demo', '--format', 'json']).stdout) as {
      findings: { ruleId: string; location: { path: string; line: number; column: number } }[];
    };
    const fromCli = cli.findings.map(
      (finding) => `${finding.location.path}:${finding.location.line}:${finding.location.column} ${finding.ruleId}`,
    );
    expect(fromEslint.sort()).toEqual(fromCli.sort());
  });
});
