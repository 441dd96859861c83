import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * A solution-style tsconfig (`"files": []` with `references`, as Vite's templates write it) was "Invalid tsconfig"
 * (TS18002): exit 2 and nothing analyzed. Its first referenced project's options (here a `~/` path alias) apply.
 */
let cwd: string;

const PROJECT: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './tsconfig.app.json' }, { path: './tsconfig.node.json' }] }),
  'tsconfig.app.json': JSON.stringify({
    compilerOptions: {
      module: 'ESNext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      strict: true,
      baseUrl: '.',
      paths: { '~/*': ['./src/*'] },
    },
    include: ['src'],
  }),
  'tsconfig.node.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler' }, include: ['vite.config.ts'] }),
  'src/lib/ws.ts': 'export function open(url: string) {\n  return new WebSocket(url);\n}\n',
  'src/app.tsx':
    "import { open } from '~/lib/ws';\nexport function App() {\n  open(`wss://api.example.com/ws?token=${localStorage.getItem('access_token')}`);\n  return <div />;\n}\n",
};

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-solution-'));
  for (const [path, text] of Object.entries(PROJECT)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), text);
  }
});

afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

it('a solution-style tsconfig takes its first reference’s options: the token is followed through a ~/ alias', async () => {
  const run = await runCli(['code', '.', '-f', 'json'], cwd);
  const report = JSON.parse(run.stdout);
  expect(report.errors).toEqual([]);
  expect(run.exitCode).toBe(1);
  expect(
    report.findings.map(
      (finding: { ruleId: string; location: { path: string; line: number } }) =>
        `${finding.ruleId} ${finding.location.path}:${finding.location.line}`,
    ),
  ).toEqual(['ws-token-in-url src/app.tsx:3']);
});
