import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The GitHub Action (action.yml): its structure as GitHub reads it, and its scan step (scripts/action-run.mjs) run
 * here on the demo the way the action runs it, with the inputs in INPUT_* variables and the outputs in a file named
 * by GITHUB_OUTPUT.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = join(root, 'fixtures/demo');

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, string>;
}
interface Action {
  readonly name: string;
  readonly description: string;
  readonly inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  readonly outputs: Record<string, { description: string; value: string }>;
  readonly runs: { readonly using: string; readonly steps: readonly Step[] };
}

const actionText = readFileSync(join(root, 'action.yml'), 'utf8');
const action = parse(actionText) as Action;
const scanStep = action.runs.steps.find((step) => step.id === 'scan');

describe('action.yml', () => {
  it('is a composite action with a name, a description and the documented inputs and their defaults', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.name).toBe('urlleak');
    expect(action.description.length).toBeGreaterThan(0);
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]));
    expect(defaults).toEqual({ paths: '.', scan: 'scan', 'fail-level': 'error', 'sarif-file': 'urlleak.sarif', category: '' });
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).not.toBe('');
  });

  it('gives every run step a shell, as composite actions require', () => {
    for (const step of action.runs.steps.filter((candidate) => candidate.run !== undefined)) expect(step.shell, step.name).toBe('bash');
  });

  it('passes every input to the scan step as the INPUT_* variable the script reads, and uses no undeclared input', () => {
    const expected = Object.fromEntries(
      Object.keys(action.inputs).map((name) => [`INPUT_${name.toUpperCase().replaceAll('-', '_')}`, `\${{ inputs.${name} }}`]),
    );
    expect(scanStep?.env).toEqual(expected);
    expect(scanStep?.run).toBe('node "$GITHUB_ACTION_PATH/scripts/action-run.mjs"');
    const script = readFileSync(join(root, 'scripts/action-run.mjs'), 'utf8');
    for (const name of Object.keys(expected)) expect(script, name).toContain(`input('${name.replace('INPUT_', '')}'`);
    const used = [...actionText.matchAll(/\binputs\.([\w-]+)/g)].map((match) => match[1]);
    expect(used.filter((name) => name === undefined || !(name in action.inputs))).toEqual([]);
  });

  it('uploads the SARIF with github/codeql-action/upload-sarif even when the scan step failed on findings', () => {
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.uses).toMatch(/@v[34]$/);
    expect(upload?.if).toContain('always()');
    expect(upload?.with?.sarif_file).toBe('${{ steps.scan.outputs.sarif-file }}');
    expect(action.runs.steps.indexOf(upload ?? {})).toBeGreaterThan(action.runs.steps.indexOf(scanStep ?? {}));
  });

  it('declares outputs that the scan step writes', () => {
    for (const [name, output] of Object.entries(action.outputs)) expect(output.value).toBe(`\${{ steps.scan.outputs.${name} }}`);
  });
});

describe('the one-step workflow in docs/github-code-scanning.md', () => {
  it('uses the action with inputs it declares, and grants the upload its permission', () => {
    const doc = readFileSync(join(root, 'docs/github-code-scanning.md'), 'utf8');
    const block = /## One step[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const workflow = parse(block) as { jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }> };
    const [job] = Object.values(workflow.jobs);
    const step = job?.steps.find((candidate) => candidate.uses?.startsWith('urlleak/urlleak@'));
    expect(Object.keys(step?.with ?? {}).filter((name) => !(name in action.inputs))).toEqual([]);
    expect(job?.permissions['security-events']).toBe('write');
  });
});

describe('scripts/action-run.mjs on fixtures/demo', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'urlleak-action-'));
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  interface Sarif {
    readonly runs: readonly { readonly automationDetails: { readonly id: string }; readonly results: readonly unknown[] }[];
  }

  function runAction(inputs: Record<string, string>) {
    const outputFile = join(work, `output-${Math.random().toString(36).slice(2)}`);
    const sarifFile = join(work, `${Math.random().toString(36).slice(2)}.sarif`);
    const env = { PATH: process.env['PATH'], GITHUB_OUTPUT: outputFile, INPUT_SARIF_FILE: sarifFile, ...inputs };
    const result = spawnSync(process.execPath, [join(root, 'scripts/action-run.mjs')], { cwd: demo, env, encoding: 'utf8' });
    const outputs = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const sarif = outputs['sarif-file'] ? (JSON.parse(readFileSync(sarifFile, 'utf8')) as Sarif) : undefined;
    return { status: result.status, stdout: result.stdout, outputs, sarif };
  }

  it('scan, fail-level error: SARIF with the code, logs and config runs, exit 1, an error annotation, the outputs', () => {
    const { status, stdout, outputs, sarif } = runAction({ INPUT_PATHS: 'src logs' });
    expect(status).toBe(1);
    expect(outputs).toMatchObject({ 'exit-code': '1', status: '1', findings: String(sarif?.runs.flatMap((run) => run.results).length) });
    expect(sarif?.runs.map((run) => run.automationDetails.id)).toEqual(['urlleak/code/', 'urlleak/logs/', 'urlleak/config/']);
    expect(stdout).toMatch(/^::error title=urlleak::\d+ finding\(s\): \d+ error/m);
  });

  it('fail-level none: the same findings, and the job passes', () => {
    const { status, outputs, sarif } = runAction({ INPUT_PATHS: 'logs', INPUT_SCAN: 'logs', INPUT_FAIL_LEVEL: 'none' });
    expect(status).toBe(0);
    expect(outputs).toMatchObject({ 'exit-code': '1', status: '0' });
    expect(sarif?.runs.map((run) => run.automationDetails.id)).toEqual(['urlleak/logs/']);
    expect(sarif?.runs[0]?.results.length).toBeGreaterThan(0);
  });

  it('fail-level decides which findings fail the job (src/server.ts has warnings and a note, no error)', () => {
    const statusAt = (failLevel: string) => runAction({ INPUT_PATHS: 'src/server.ts', INPUT_SCAN: 'code', INPUT_FAIL_LEVEL: failLevel });
    expect(statusAt('error')).toMatchObject({ status: 0, outputs: { 'exit-code': '0', status: '0' } });
    expect(statusAt('warning')).toMatchObject({ status: 1, outputs: { 'exit-code': '1', status: '1' } });
  });

  it('category: each run keeps its area and gets the category', () => {
    const { sarif } = runAction({ INPUT_PATHS: 'logs', INPUT_CATEGORY: '/frontend/' });
    expect(sarif?.runs.map((run) => run.automationDetails.id)).toEqual([
      'urlleak/code/frontend/',
      'urlleak/logs/frontend/',
      'urlleak/config/frontend/',
    ]);
  });

  it('a path that does not exist: exit 2 whatever the fail level', () => {
    const { status, outputs } = runAction({ INPUT_PATHS: 'missing.log', INPUT_SCAN: 'logs', INPUT_FAIL_LEVEL: 'none' });
    expect(status).toBe(2);
    expect(outputs).toMatchObject({ 'exit-code': '2', status: '2' });
  });

  it.each([
    ['scan', 'everything'],
    ['fail-level', 'critical'],
  ])('an invalid %s input: exit 2 and an annotation naming the input', (name, value) => {
    const { status, stdout, outputs } = runAction({ [`INPUT_${name.toUpperCase().replace('-', '_')}`]: value });
    expect(status).toBe(2);
    expect(stdout).toContain(`::error title=urlleak::input "${name}" must be one of`);
    expect(outputs).toMatchObject({ status: '2' });
  });
});
