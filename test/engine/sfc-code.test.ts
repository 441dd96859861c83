import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';
import {
  COMPONENT_FILES,
  EXPECTED_ACROSS_FILES,
  EXPECTED_IN_FILE,
  writeComponents,
  type ExpectedComponentFinding,
} from './sfc-components.js';

const fixture = writeComponents('urlleak-sfc-code-');
afterAll(() => fixture.remove());
const project = useTempProjects('sfc-code');

interface JsonReport {
  readonly findings: { ruleId: string; location: { path: string; line: number; column: number } }[];
  readonly notices: { path: string; message: string }[];
  readonly errors: { path: string; message: string }[];
  readonly summary: { filesScanned: number };
}

async function report(argv: readonly string[], cwd: string): Promise<JsonReport> {
  const result = await runCli([...argv, '--format', 'json'], cwd);
  return JSON.parse(result.stdout) as JsonReport;
}

function places(findings: JsonReport['findings']): string[] {
  return findings.map(({ ruleId, location }) => `${location.path}:${location.line}:${location.column} ${ruleId}`);
}

function expectedPlaces(expected: readonly ExpectedComponentFinding[]): string[] {
  return expected.map(({ path, line, column, ruleId }) => `${path}:${line}:${column} ${ruleId}`).sort();
}

describe('urlleak code over .vue, .svelte and .astro files', () => {
  it('reports every leak at its line and column in the component, nothing in the safe variants or the markup', async () => {
    for (const { path, line, column, at } of [...EXPECTED_IN_FILE, ...EXPECTED_ACROSS_FILES])
      expect(COMPONENT_FILES[path]?.split('\n')[line - 1]?.slice(column - 1, column - 1 + at.length), 'the leak is written there').toBe(at);
    const found = await report(['code', '.'], fixture.dir);
    expect(places(found.findings)).toEqual(expectedPlaces([...EXPECTED_IN_FILE, ...EXPECTED_ACROSS_FILES]));
    expect(found.summary.filesScanned).toBe(Object.keys(COMPONENT_FILES).length);
    expect(found.notices).toEqual([]);
    expect(found.errors).toEqual([]);
  });

  it('routes components to the code engine in `urlleak scan` too', async () => {
    const found = await report(['scan', '.'], fixture.dir);
    expect(places(found.findings)).toEqual(expectedPlaces([...EXPECTED_IN_FILE, ...EXPECTED_ACROSS_FILES]));
  });

  it('says which named file it cannot analyze, and analyzes the others', async () => {
    const dir = project({
      'notes.py': "print('wss://api.example.com/ws?token=abc')\n",
      'Setup.vue': COMPONENT_FILES['src/components/Setup.vue'] ?? '',
    });
    const found = await report(['code', 'notes.py', 'Setup.vue'], dir);
    expect(places(found.findings)).toEqual(['Setup.vue:15:30 ws-token-in-url']);
    expect(found.notices).toEqual([
      {
        path: 'notes.py',
        message: 'Not analyzed: urlleak code reads JavaScript and TypeScript files and the scripts of .vue, .svelte and .astro files.',
      },
    ]);
  });

  it('says which script part it cannot read, and where a script part has a syntax error, in the component’s lines', async () => {
    const dir = project({
      'Legacy.vue': '<template><p /></template>\n\n<script lang="coffee">\nsocket = new WebSocket "wss://x"\n</script>\n',
      'Broken.svelte':
        '<p>hi</p>\n\n<script>\n  const a = ;\n  const socket = new WebSocket(`wss://api.example.com/ws?token=${localStorage.getItem("token")}`);\n</script>\n',
    });
    const found = await report(['code', '.'], dir);
    expect(found.notices).toEqual([
      { path: 'Broken.svelte', message: expect.stringMatching(/^Syntax error at line 4: /) as unknown as string },
      { path: 'Legacy.vue', message: 'Not analyzed: the <script lang="coffee"> at line 3; urlleak reads JavaScript and TypeScript.' },
    ]);
    expect(places(found.findings)).toEqual(['Broken.svelte:5:32 ws-token-in-url']);
    expect(readFileSync(join(dir, 'Broken.svelte'), 'utf8').split('\n')[4]?.slice(31, 36)).toBe('`wss:');
  });
});
