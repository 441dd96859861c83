import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectFiles, rebaseIgnore } from '../../src/files/collect-files.js';
import { CODE_GLOBS } from '../../src/files/file-kind.js';

/**
 * Ignore patterns are relative to the working directory; a walk of a subdirectory must read them so. A real
 * repository (mattermost-redux) ignores its built `/actions`, `/client`, … at the root: `urlleak code src` found
 * 0 files, because the patterns were matched inside `src/`.
 */
let cwd: string;

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-walk-ignore-'));
  for (const path of [
    'actions/built.js',
    'src/actions/a.ts',
    'src/client/c.ts',
    'src/generated/g.ts',
    'src/deep/node_modules/x.ts',
    'other/o.ts',
  ]) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), 'export {};\n');
  }
  writeFileSync(join(cwd, '.gitignore'), '/actions\n/client\n/src/generated\n');
});

afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

async function walked(input: string): Promise<string[]> {
  const { files } = await collectFiles([input], { cwd, include: CODE_GLOBS, ignore: [], respectGitignore: true });
  return files.map((file) => relative(cwd, file.path)).sort();
}

describe('.gitignore patterns when a subdirectory is walked', () => {
  it('anchored at the root do not hide same-named folders deeper down', async () => {
    expect(await walked('src')).toEqual(['src/actions/a.ts', 'src/client/c.ts']);
  });

  it('apply as written when the working directory is walked', async () => {
    expect(await walked('.')).toEqual(['other/o.ts', 'src/actions/a.ts', 'src/client/c.ts']);
  });

  it('are re-based on the walked directory, dropped elsewhere; patterns for any depth stay', () => {
    expect(rebaseIgnore(['**/node_modules/**', 'src/generated', 'src/generated/**', 'actions/**'], '/repo', '/repo/src')).toEqual([
      '**/node_modules/**',
      'generated',
      'generated/**',
    ]);
    expect(rebaseIgnore(['**/x/**', 'src/a/**'], '/repo', '/elsewhere')).toEqual(['**/x/**']);
    expect(rebaseIgnore(['src/a/**'], '/repo', '/repo')).toEqual(['src/a/**']);
  });
});
