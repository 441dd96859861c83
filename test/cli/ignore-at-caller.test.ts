import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * A secret a caller passes into a helper's sink is reported at the caller, in the caller's file (issue #12): an ignore
 * comment there silences that caller only, and each caller's finding has its own fingerprint.
 */
let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-ignore-at-caller-'));
  mkdirSync(join(cwd, 'src'));
  writeFileSync(
    join(cwd, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'] },
      include: ['src'],
    }),
  );
  writeFileSync(join(cwd, 'src', 'request.ts'), 'export function request(url: string) {\n  return fetch(url);\n}\n');
  writeFileSync(
    join(cwd, 'src', 'callers.ts'),
    [
      "import { request } from './request';",
      '// urlleak-ignore-next-line token-in-request-url -- a sandbox key, revoked',
      'export const a = request(`/v1/a?api_key=${process.env.A_API_KEY}`);',
      'export const b = request(`/v1/b?api_key=${process.env.B_API_KEY}`);',
      '',
    ].join('\n'),
  );
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('a helper whose sink leaks what its callers pass', () => {
  it('is reported at each caller, and an ignore comment above one caller silences that one only', async () => {
    const outcome = await runCli(['code', '.', '--format', 'json'], cwd);
    const report = JSON.parse(outcome.stdout) as {
      findings: { location: { path: string; line: number }; message: string; flow: { location: { path: string; line: number } }[] }[];
    };
    expect(report.findings.map((finding) => `${finding.location.path}:${finding.location.line}`)).toEqual(['src/callers.ts:4']);
    const [finding] = report.findings;
    expect(finding?.message).toContain('reaches the request URL of fetch() through `request()`');
    expect(finding?.flow.at(-1)?.location).toMatchObject({ path: 'src/request.ts', line: 2 });
    expect(outcome.exitCode).toBe(1);
  });
});
