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
});
