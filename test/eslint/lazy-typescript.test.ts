import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-bin.js';

/** Imports the built plugin in a fresh Node process, optionally lints a text, and lists what was loaded. */
function loadedAfter(lint: string): { typescript: boolean; findings: number } {
  const script = `
    import { createRequire } from 'node:module';
    import urlleak from 'urlleak/eslint-plugin';
    import { Linter } from 'eslint';
    let findings = 0;
    ${lint}
    const cache = createRequire(import.meta.url).cache;
    const typescript = Object.keys(cache).some((file) => /[\\\\/]typescript[\\\\/]lib[\\\\/]typescript\\.js$/.test(file));
    console.log(JSON.stringify({ typescript, findings }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { typescript: boolean; findings: number };
}

const lintWithRules = (code: string): string => `
  const linter = new Linter();
  const config = { plugins: { urlleak }, rules: { 'urlleak/ws-token-in-url': 'error' } };
  findings = linter.verify(${JSON.stringify(code)}, config, 'client.js').length;`;

describe('the plugin loads TypeScript on first use', () => {
  it('does not load typescript when imported', () => {
    expect(loadedAfter('')).toEqual({ typescript: false, findings: 0 });
  });

  it('does not load it for a file the text pre-filter rules out', () => {
    expect(loadedAfter(lintWithRules('export const add = (a, b) => a + b;'))).toEqual({ typescript: false, findings: 0 });
  });

  it('loads it to analyze a file that may have findings, and reports', () => {
    const leak = "const token = localStorage.getItem('token');\nnew WebSocket(`wss://chat.example.com/?token=${token}`);";
    expect(loadedAfter(lintWithRules(leak))).toEqual({ typescript: true, findings: 1 });
  });
});
