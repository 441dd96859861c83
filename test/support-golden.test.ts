import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectGolden } from './support/golden.js';

const made: string[] = [];
function goldenIn(name: string): { url: URL; path: string } {
  const directory = mkdtempSync(join(tmpdir(), 'urlleak-golden-'));
  made.push(directory);
  const path = join(directory, name);
  return { url: pathToFileURL(path), path };
}
afterEach(() => {
  vi.unstubAllEnvs();
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('expectGolden', () => {
  it('fails on a missing golden file and does not write it', () => {
    vi.stubEnv('UPDATE_GOLDEN', '');
    const { url, path } = goldenIn('missing.sarif');
    expect(() => expectGolden('output\n', url)).toThrow(/missing\.sarif is missing: run `npm run test:update-golden`/);
    expect(existsSync(path)).toBe(false);
  });

  it('fails on a different golden file and leaves it as it was', () => {
    vi.stubEnv('UPDATE_GOLDEN', '');
    const { url, path } = goldenIn('old.sarif');
    writeFileSync(path, 'old\n');
    expect(() => expectGolden('new\n', url)).toThrow(/old\.sarif/);
    expect(() => expectGolden('old\n', url)).not.toThrow();
  });

  it('writes only in update mode (UPDATE_GOLDEN=1, set by npm run test:update-golden)', () => {
    vi.stubEnv('UPDATE_GOLDEN', '1');
    const { url, path } = goldenIn('new.sarif');
    expectGolden('fresh\n', url);
    vi.stubEnv('UPDATE_GOLDEN', '');
    expect(existsSync(path)).toBe(true);
    expect(() => expectGolden('fresh\n', url)).not.toThrow();
  });
});
