import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';

/** As in ESLint: paths that lead to no file to scan are an input error (exit 2), unless told otherwise. */
describe('paths with nothing to scan', () => {
  const project = useTempProjects('no-files');

  it('a directory without sources is an error for code, and a glob matching nothing too', async () => {
    const directory = project({ 'README.md': '# nothing to scan\n' });
    const run = await runCli(['code', '.'], directory);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('error .: No files to scan.');
    const glob = await runCli(['code', 'src/**/*.ts'], directory);
    expect(glob.exitCode).toBe(2);
    expect(glob.stdout).toContain('No files matching the pattern.');
  });

  it('--no-error-on-unmatched-pattern makes both a clean run', async () => {
    const directory = project({ 'README.md': '# nothing to scan\n' });
    expect((await runCli(['code', '.', '--no-error-on-unmatched-pattern'], directory)).exitCode).toBe(0);
    expect((await runCli(['code', 'src/**/*.ts', '--no-error-on-unmatched-pattern'], directory)).exitCode).toBe(0);
  });

  it('a directory with sources is scanned as before', async () => {
    const directory = project({ 'src/a.ts': 'export const a = 1;\n' });
    expect((await runCli(['code', '.'], directory)).exitCode).toBe(0);
  });
});
