import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/** What `npm pack` puts in the tarball, read offline from `npm pack --dry-run --json` (the built dist/ included). */
const root = fileURLToPath(new URL('../../', import.meta.url));

interface Manifest {
  readonly license: string;
  readonly files: readonly string[];
  readonly bin: Record<string, string>;
  readonly exports: Record<string, string | Record<string, string>>;
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

let packed: string[];

beforeAll(() => {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const [entry] = JSON.parse(result.stdout) as { files: { path: string }[] }[];
  packed = (entry?.files ?? []).map((file) => file.path);
});

describe('LICENSE', () => {
  it('is the MIT license of urlleak contributors, as package.json says', () => {
    const text = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(pkg.license).toBe('MIT');
    expect(text.split('\n')[0]).toBe('MIT License');
    expect(text).toContain('Copyright (c) 2026 urlleak contributors');
  });

  it('is listed in package.json "files" and is in the tarball', () => {
    expect(pkg.files).toContain('LICENSE');
    expect(packed).toContain('LICENSE');
  });
});

describe('the tarball', () => {
  it('holds the bin and every file "exports" names', () => {
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    const expected = [...Object.values(pkg.bin), ...targets].map((path) => path.replace(/^\.\//, ''));
    expect(expected.filter((path) => !packed.includes(path))).toEqual([]);
  });

  it('ships no source maps: the sources they would point at are not shipped', () => {
    expect(packed.filter((path) => path.endsWith('.map'))).toEqual([]);
  });

  it('holds only the built code, the bin, the docs and the package files (no sources, tests or fixtures)', () => {
    const shipped = /^(?:bin\/|dist\/src\/|dist\/rules\/|docs\/|LICENSE$|README\.md$|package\.json$)/;
    expect(packed.filter((path) => !shipped.test(path))).toEqual([]);
    expect(packed.filter((path) => /\.[cm]?ts$/.test(path) && !/\.d\.[cm]?ts$/.test(path))).toEqual([]);
  });
});
