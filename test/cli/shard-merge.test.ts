import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { createSampleProject } from '../support/sample-project.js';
import { sarifSchemaErrors } from '../support/validate-sarif.js';

const SHARDS = 3;
let project: string;

beforeAll(() => {
  project = createSampleProject();
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const readLog = (name: string) => JSON.parse(readFileSync(join(project, name), 'utf8')) as Log;

describe.each(['code', 'logs', 'scan'] as const)('urlleak %s --shard K/N, then urlleak merge', (command) => {
  it(`merges ${SHARDS} shards into exactly the unsharded SARIF`, async () => {
    const whole = await runCli([command, '.', '-f', 'sarif', '-o', `${command}-all.sarif`], project);
    expect(whole.exitCode).not.toBe(2);
    const shardFiles: string[] = [];
    for (let index = 1; index <= SHARDS; index += 1) {
      const name = `${command}-shard-${index}.sarif`;
      const shard = await runCli([command, '.', '--shard', `${index}/${SHARDS}`, '-f', 'sarif', '-o', name], project);
      expect(shard.exitCode, shard.stderr).not.toBe(2);
      expect(sarifSchemaErrors(readLog(name))).toEqual([]);
      shardFiles.push(name);
    }
    const merged = await runCli(['merge', ...shardFiles, '-o', `${command}-merged.sarif`], project);
    expect(merged).toMatchObject({ exitCode: 0, stderr: '' });
    const unsharded = readLog(`${command}-all.sarif`);
    expect(sarifSchemaErrors(unsharded)).toEqual([]);
    expect(readFileSync(join(project, `${command}-merged.sarif`), 'utf8')).toBe(
      readFileSync(join(project, `${command}-all.sarif`), 'utf8'),
    );
    const categories = command === 'scan' ? ['urlleak/code/', 'urlleak/logs/', 'urlleak/config/'] : [`urlleak/${command}/`];
    expect(unsharded.runs.map((run) => run.automationDetails?.id)).toEqual(categories);
  });

  it('scans every file in exactly one shard', async () => {
    const filesScanned = async (extra: string[]) => {
      const outcome = await runCli([command, '.', '-f', 'json', ...extra], project);
      return (JSON.parse(outcome.stdout) as { summary: { filesScanned: number } }).summary.filesScanned;
    };
    const whole = await filesScanned([]);
    const perShard = await Promise.all(
      Array.from({ length: SHARDS }, (_unused, index) => filesScanned(['--shard', `${index + 1}/${SHARDS}`])),
    );
    expect(whole).toBeGreaterThan(0);
    expect(perShard.filter((count) => count > 0).length).toBeGreaterThan(1);
    expect(perShard.reduce((sum, count) => sum + count, 0)).toBe(whole);
  });
});

describe('urlleak merge', () => {
  it('refuses to write a partial merge when an input is missing or not SARIF', async () => {
    await runCli(['code', '.', '-f', 'sarif', '-o', 'ok.sarif'], project);
    const outcome = await runCli(['merge', 'ok.sarif', 'missing.sarif', 'package-lock.json'], project);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/cannot merge missing\.sarif: ENOENT/);
  });

  it('prints a warning on stderr when the merged file breaks a GitHub limit', async () => {
    const names = Array.from({ length: 21 }, (_unused, index) => `category-${index}.sarif`);
    for (const [index, name] of names.entries()) {
      const log = {
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'urlleak' } }, automationDetails: { id: `urlleak/part-${index}/` }, results: [] }],
      };
      writeFileSync(join(project, name), JSON.stringify(log));
    }
    const outcome = await runCli(['merge', ...names], project);
    expect(outcome.exitCode).toBe(0);
    expect((JSON.parse(outcome.stdout) as Log).runs).toHaveLength(21);
    expect(outcome.stderr).toBe(
      "urlleak: warning: 21 runs exceed GitHub's limit of 20 per SARIF file: upload the categories separately.\n",
    );
  });

  it('is a usage error without files, and --shard must be K/N with 1 <= K <= N', async () => {
    expect((await runCli(['merge'], project)).exitCode).toBe(2);
    for (const bad of ['0/3', '4/3', '1/0', 'two']) {
      const outcome = await runCli(['code', '.', '--shard', bad], project);
      expect(outcome.exitCode).toBe(2);
      expect(outcome.stderr).toMatch(/--shard: expected K\/N/);
    }
  });
});
