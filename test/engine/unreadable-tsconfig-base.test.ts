import { expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';

/**
 * A tsconfig whose `extends` cannot be read (Nuxt's generated `.nuxt/tsconfig.json` before `nuxt prepare`, a base
 * package not installed) was "Invalid tsconfig": exit 2 and not one file analyzed. Its own options are used instead,
 * with a notice saying so.
 */
const project = useTempProjects('unreadable-base');

const SOURCE = 'export function open(token: string) {\n  return new WebSocket(`wss://api.example.com/ws?token=${token}`);\n}\n';

interface Report {
  readonly errors: unknown[];
  readonly notices: { path: string; message: string }[];
  readonly findings: { ruleId: string; location: { path: string; line: number } }[];
}

async function scan(tsconfig: unknown): Promise<{ exitCode: number; report: Report }> {
  const cwd = project({ 'tsconfig.json': JSON.stringify(tsconfig), 'src/socket.ts': SOURCE });
  const run = await runCli(['code', 'src', '-f', 'json'], cwd);
  return { exitCode: run.exitCode, report: JSON.parse(run.stdout) as Report };
}

it.each([
  ['a generated base not generated yet', './.nuxt/tsconfig.json', "Cannot read file '"],
  ['a base package not installed', '@tsconfig/node20/tsconfig.json', "File '@tsconfig/node20/tsconfig.json' not found."],
])('%s: the files are analyzed with the tsconfig’s own options, and a notice says so', async (_, base, message) => {
  const { exitCode, report } = await scan({ extends: base, compilerOptions: { strict: true } });
  expect(report.errors).toEqual([]);
  expect(exitCode).toBe(1);
  expect(report.findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.line}`)).toEqual([
    'ws-token-in-url src/socket.ts:2',
  ]);
  expect(report.notices).toEqual([{ path: 'tsconfig.json', message: expect.stringContaining(message) as string }]);
  expect(report.notices[0]?.message).toContain('own compilerOptions were used without the base it extends');
});

it('a tsconfig wrong in itself is still an error (exit 2)', async () => {
  const { exitCode, report } = await scan({ extends: './.nuxt/tsconfig.json', compilerOptions: { module: 'nonsense' } });
  expect(exitCode).toBe(2);
  expect(report.errors).toEqual([{ path: 'tsconfig.json', message: expect.stringContaining('Invalid tsconfig') as string }]);
});

it.each([
  ['SvelteKit', './.svelte-kit/tsconfig.json', '$lib/http'],
  ['Nuxt', './.nuxt/tsconfig.json', '~/src/lib/http'],
])("%s's generated base gives its aliases: a wrapper imported through one is followed", async (_, base, specifier) => {
  // The wrapper appends a params record to the URL; the caller passes the user's key in it (irg1008/Yoda's http.get).
  const wrapper = [
    'export async function get(input: string, params: Record<string, string>) {',
    '  input += `?${new URLSearchParams(params).toString()}`;',
    '  return fetch(input);',
    '}',
    '',
  ].join('\n');
  const caller = `import { get } from '${specifier}';\nexport const completion = (apiKey: string) => get('/openai/completion', { apiKey });\n`;
  const cwd = project({
    'tsconfig.json': JSON.stringify({ extends: base, compilerOptions: { strict: true } }),
    'src/lib/http.ts': wrapper,
    'src/lib/service.ts': caller,
  });
  const run = await runCli(['code', 'src', '-f', 'json'], cwd);
  const report = JSON.parse(run.stdout) as Report;
  expect(report.findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.line}`)).toEqual([
    'token-in-request-url src/lib/http.ts:3',
  ]);
});
