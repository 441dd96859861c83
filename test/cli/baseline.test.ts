import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BaselineError, writeBaseline } from '../../src/cli/baseline.js';
import { findingFingerprint, occurrenceFingerprints } from '../../src/findings/fingerprint.js';
import type { Finding } from '../../src/findings/finding.js';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';

const project = useTempProjects('baseline');

const READ_TOKEN = "const token = localStorage.getItem('access_token') ?? '';";
/** The same leak, word for word: two of these in one file are identical findings (same rule, file and message). */
const leak = (name: string) => `export const ${name} = new WebSocket(\`wss://chat.example.com/ws?token=\${token}\`);`;
const source = (...lines: string[]) => `${lines.join('\n')}\n`;

interface JsonFinding {
  readonly ruleId: string;
  readonly location: { readonly path: string; readonly line: number };
  readonly fingerprint: string;
}

async function scan(cwd: string, ...args: string[]): Promise<{ exitCode: number; at: string[]; findings: JsonFinding[]; stderr: string }> {
  const outcome = await runCli(['code', '.', '--format', 'json', ...args], cwd);
  const findings = outcome.stdout === '' ? [] : (JSON.parse(outcome.stdout) as { findings: JsonFinding[] }).findings;
  return {
    exitCode: outcome.exitCode,
    at: findings.map((finding) => `${finding.location.path}:${finding.location.line}`),
    findings,
    stderr: outcome.stderr,
  };
}

describe('--baseline (the real CLI on real files)', () => {
  it('hides the recorded findings and reports a leak in another file', async () => {
    const cwd = project({ 'client.ts': source(READ_TOKEN, leak('a')) });
    // Recording a baseline accepts today's findings: exit 0 by design.
    expect((await scan(cwd, '--write-baseline', 'baseline.json')).exitCode).toBe(0);
    expect(await scan(cwd, '--baseline', 'baseline.json')).toMatchObject({ exitCode: 0, at: [] });
    writeFileSync(join(cwd, 'other.ts'), source(READ_TOKEN, leak('b')));
    expect(await scan(cwd, '--baseline', 'baseline.json')).toMatchObject({ exitCode: 1, at: ['other.ts:2'] });
  });

  it('two identical leaks in one file, only the first baselined: the second is reported and the run fails', async () => {
    const cwd = project({ 'client.ts': source(READ_TOKEN, leak('a')) });
    await scan(cwd, '--write-baseline', 'baseline.json');
    writeFileSync(join(cwd, 'client.ts'), source(READ_TOKEN, leak('a'), leak('b')));
    const both = await scan(cwd);
    // The JSON report shows occurrence fingerprints, as the baseline records them: the first kept, the second new.
    expect(new Set(both.findings.map((finding) => finding.fingerprint)).size).toBe(2);
    expect(JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8'))).toMatchObject({ fingerprints: [both.findings[0]?.fingerprint] });
    expect(await scan(cwd, '--baseline', 'baseline.json')).toMatchObject({ exitCode: 1, at: ['client.ts:3'] });
  });

  it('the one left of two identical leaks keeps its own fingerprint in every format when the other is hidden', async () => {
    const cwd = project({ 'client.ts': source(READ_TOKEN, leak('a')) });
    await scan(cwd, '--write-baseline', 'baseline.json');
    writeFileSync(join(cwd, 'client.ts'), source(READ_TOKEN, leak('a'), leak('b')));
    const second = (await scan(cwd)).findings[1]?.fingerprint;
    const left = await scan(cwd, '--baseline', 'baseline.json');
    expect(left.findings.map((finding) => finding.fingerprint)).toEqual([second]);
    const sarif = JSON.parse((await runCli(['code', '.', '-f', 'sarif', '--baseline', 'baseline.json'], cwd)).stdout);
    expect(
      sarif.runs[0].results.map((result: { partialFingerprints: Record<string, string> }) => result.partialFingerprints['urlleak/v1']),
    ).toEqual([second]);
  });

  it('two identical leaks, both baselined, stay hidden when lines are added above both', async () => {
    const cwd = project({ 'client.ts': source(READ_TOKEN, leak('a'), leak('b')) });
    await scan(cwd, '--write-baseline', 'baseline.json');
    expect(JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8'))).toMatchObject({
      version: 1,
      fingerprints: [expect.any(String), expect.any(String)],
    });
    writeFileSync(join(cwd, 'client.ts'), source('// moved down', '// by three', '// lines', READ_TOKEN, leak('a'), leak('b')));
    expect(await scan(cwd)).toMatchObject({ exitCode: 1, at: ['client.ts:5', 'client.ts:6'] });
    expect(await scan(cwd, '--baseline', 'baseline.json')).toMatchObject({ exitCode: 0, at: [] });
  });

  it('a baseline written before occurrences were counted hides the first of identical findings only', async () => {
    const cwd = project({ 'client.ts': source(READ_TOKEN, leak('a'), leak('b')) });
    // Such a baseline listed each (rule, file, message) once: the plain fingerprint, which the first occurrence keeps.
    const [first, second] = (await scan(cwd)).findings;
    const old = [first?.fingerprint];
    expect(second?.fingerprint).not.toBe(first?.fingerprint);
    writeFileSync(join(cwd, 'old-baseline.json'), JSON.stringify({ version: 1, fingerprints: old }));
    expect(await scan(cwd, '--baseline', 'old-baseline.json')).toMatchObject({ exitCode: 1, at: ['client.ts:3'] });
  });

  it('rejects a baseline of an unknown version with exit 2, before scanning', async () => {
    const cwd = project({ 'client.ts': source(READ_TOKEN, leak('a')) });
    for (const version of [2, '1', null]) {
      writeFileSync(join(cwd, 'future.json'), JSON.stringify({ version, fingerprints: [] }));
      const outcome = await runCli(['code', '.', '--baseline', 'future.json'], cwd);
      expect(outcome.exitCode).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toContain(`future.json has version ${JSON.stringify(version)},`);
      expect(outcome.stderr).toContain('write it again with --write-baseline');
    }
  });

  it('--write-baseline leaves no temporary file, and an unwritable path is exit 2', async () => {
    const cwd = project({ 'client.ts': source(READ_TOKEN, leak('a')) });
    await scan(cwd, '--write-baseline', 'baseline.json');
    expect(readdirSync(cwd).sort()).toEqual(['baseline.json', 'client.ts']);
    const failed = await runCli(['code', '.', '--write-baseline', 'missing-dir/baseline.json'], cwd);
    expect(failed.exitCode).toBe(2);
    expect(failed.stderr).toMatch(/cannot write .*missing-dir/);
  });
});

describe('baseline files', () => {
  it('a missing or malformed baseline is exit 2 and names the problem', async () => {
    const cwd = project({
      'client.ts': source(READ_TOKEN, leak('a')),
      'numbers.json': JSON.stringify({ version: 1, fingerprints: ['ab', 3] }),
    });
    const missing = await runCli(['code', '.', '--baseline', 'nowhere.json'], cwd);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/cannot read baseline .*nowhere\.json/);
    const numbers = await runCli(['code', '.', '--baseline', 'numbers.json'], cwd);
    expect(numbers.exitCode).toBe(2);
    expect(numbers.stderr).toContain('numbers.json has no "fingerprints" list');
  });

  it('lists fingerprints sorted (a stable diff when it is rewritten)', async () => {
    const cwd = project({ 'client.ts': source(READ_TOKEN, leak('a'), leak('b'), leak('c')) });
    await scan(cwd, '--write-baseline', 'baseline.json');
    const { fingerprints } = JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8')) as { fingerprints: string[] };
    expect(fingerprints).toHaveLength(3);
    expect(fingerprints).toEqual([...fingerprints].sort());
  });

  it('writeBaseline reports a failed write as a BaselineError', async () => {
    const cwd = project({});
    await expect(writeBaseline(join(cwd, 'missing-dir', 'baseline.json'), [])).rejects.toThrow(BaselineError);
    await expect(writeBaseline(join(cwd, 'missing-dir', 'baseline.json'), [])).rejects.toThrow(/cannot write baseline .*missing-dir.*: /);
  });
});

describe('occurrenceFingerprints', () => {
  const finding = (path: string, line: number, message = 'same leak'): Finding => ({
    ruleId: 'ws-token-in-url',
    level: 'error',
    message,
    location: { path, line, column: 5 },
  });

  it('keeps the plain fingerprint for the first occurrence and gives each later one its own', () => {
    const findings = [finding('a.ts', 2), finding('a.ts', 7), finding('a.ts', 9)];
    const fingerprints = occurrenceFingerprints(findings);
    expect(fingerprints[0]).toBe(findingFingerprint(findings[0] as Finding));
    expect(new Set(fingerprints).size).toBe(3);
  });

  it('numbers in file order whatever the input order, per file and per message', () => {
    const inOrder = [finding('a.ts', 2), finding('a.ts', 7), finding('b.ts', 1), finding('a.ts', 4, 'another leak')];
    const shuffled = [inOrder[3], inOrder[1], inOrder[2], inOrder[0]] as Finding[];
    const byFinding = new Map(inOrder.map((item, index) => [item, occurrenceFingerprints(inOrder)[index]]));
    expect(occurrenceFingerprints(shuffled)).toEqual(shuffled.map((item) => byFinding.get(item)));
    expect(occurrenceFingerprints(inOrder).slice(2)).toEqual([
      findingFingerprint(inOrder[2] as Finding),
      findingFingerprint(inOrder[3] as Finding),
    ]);
  });

  it('orders identical findings on one line by column', () => {
    const at = (column: number): Finding => ({ ...finding('a.ts', 3), location: { path: 'a.ts', line: 3, column } });
    const plain = findingFingerprint(at(1));
    for (const columns of [
      [20, 5],
      [5, 20],
      [30, 9, 2],
    ]) {
      const fingerprints = occurrenceFingerprints(columns.map(at));
      const first = columns.indexOf(Math.min(...columns));
      expect({ columns, first: fingerprints[first] }).toEqual({ columns, first: plain });
      expect(new Set(fingerprints).size).toBe(columns.length);
    }
  });

  it('does not change when every line shifts', () => {
    const at = (shift: number) => [finding('a.ts', 2 + shift), finding('a.ts', 7 + shift)];
    expect(occurrenceFingerprints(at(40))).toEqual(occurrenceFingerprints(at(0)));
  });
});
