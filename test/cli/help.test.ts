import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/help.js';
import { runCli } from '../support/run-cli.js';

describe('--help', () => {
  it('documents merge, sharding, baselines and the config file', async () => {
    const { stdout, exitCode } = await runCli(['--help'], process.cwd());
    expect(exitCode).toBe(0);
    expect(stdout).toBe(HELP);
    for (const documented of [
      'urlleak merge',
      '--shard <K/N>',
      '--baseline <file>',
      '--write-baseline <file>',
      'urlleak.config.json',
      'urlleak-ignore-next-line',
    ]) {
      expect(HELP).toContain(documented);
    }
  });

  it('says what exit 1 means and how --write-baseline sets the exit code, as runs on real findings do', async () => {
    expect(HELP).toMatch(/1 {2}findings: at least one at or above --fail-level/);
    expect(HELP).toMatch(/Exits 0 by design \(recording accepts today's findings; 2 on an input or write error\)/);
    const cwd = new URL('../../fixtures/demo/', import.meta.url).pathname;
    const baseline = join(mkdtempSync(join(tmpdir(), 'urlleak-help-')), 'baseline.json');
    try {
      expect((await runCli(['scan', '.', '--write-baseline', baseline], cwd)).exitCode).toBe(0);
      expect((await runCli(['scan', '.'], cwd)).exitCode).toBe(1);
      expect((await runCli(['scan', '.', '--baseline', baseline], cwd)).exitCode).toBe(0);
    } finally {
      rmSync(dirname(baseline), { recursive: true, force: true });
    }
  });
});
