import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../src/files/file-kind.js';
import { gitignoreToGlobs } from '../../src/files/ignore-file.js';

describe('classifyFile', () => {
  it.each([
    ['src/client.ts', 'code'],
    ['app/page.tsx', 'code'],
    ['server.mjs', 'code'],
    ['lib/index.cjs', 'code'],
    ['access.log', 'log'],
    ['nginx/access.log.1', 'log'],
    ['nginx/access.log.2.gz', 'log'],
    ['events.jsonl', 'log'],
    ['httpd/access_log', 'log'],
    ['logs/app-2026-10-12.txt', 'log'],
    ['logs/app.js', 'log'],
  ] as const)('%s → %s', (path, kind) => expect(classifyFile(path)).toBe(kind));

  it.each(['types/index.d.ts', 'README.md', 'package.json', 'dist/app.min.js'])('%s is neither', (path) => {
    expect(classifyFile(path)).toBeUndefined();
  });
});

describe('gitignoreToGlobs', () => {
  it('matches unanchored names at any depth and anchored ones at the root', () => {
    expect(gitignoreToGlobs('build')).toEqual(['**/build', '**/build/**']);
    expect(gitignoreToGlobs('/coverage/')).toEqual(['coverage/**']);
    expect(gitignoreToGlobs('src/generated')).toEqual(['src/generated', 'src/generated/**']);
    expect(gitignoreToGlobs('# comment')).toEqual([]);
    expect(gitignoreToGlobs('!keep.log')).toEqual([]);
  });
});
