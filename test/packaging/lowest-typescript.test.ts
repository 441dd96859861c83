import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The lowest supported TypeScript (the peer range's floor, 5.0) in CI, as issue #16 asks: the packed tarball installed
 * beside TypeScript 5.0 from the npm registry, in a project with typescript-eslint's typed configs, its CLI's findings
 * compared with the same tarball's on the checkout's TypeScript 6.0 (scripts/packaging-matrix.mjs; `npm run
 * test:packaging` runs every project, the CLI-only one on 5.0 too). Needs the registry, as `npm ci` does. One install:
 * the registry is the slow part of the suite.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the lowest supported TypeScript', () => {
  it('lints and scans with TypeScript 5.0: the typed preset beside typescript-eslint exits 1 with findings, the CLI finds what it finds on 6.0', () => {
    const run = spawnSync(process.execPath, ['scripts/packaging-matrix.mjs', '--only', 'ts5.0-eslint10'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.stdout).toContain('| ts5.0-eslint10 |');
    expect(run.stdout).toMatch(/ok {3}npx urlleak code: exit 1, [1-9]\d* findings, the same as on TypeScript 6\.0/);
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  }, 300_000);
});
