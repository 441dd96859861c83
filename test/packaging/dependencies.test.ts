import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * How urlleak depends on TypeScript and ESLint, as npm reads it: TypeScript a peer (the user's own copy, so one
 * program and no second compiler), ESLint and typescript-eslint optional peers (`urlleak code` needs neither), every
 * tool pinned exactly for development, and the lock file in step with package.json. The install itself, in fresh
 * projects, is `npm run test:packaging` (scripts/packaging-matrix.mjs): it needs the registry.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const pkg = readJson('package.json') as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};

const ESLINT_STACK = ['eslint', 'typescript-eslint', '@typescript-eslint/parser', '@typescript-eslint/utils'];

describe('dependencies', () => {
  it('holds neither TypeScript nor ESLint nor typescript-eslint', () => {
    expect(Object.keys(pkg.dependencies).filter((name) => name === 'typescript' || ESLINT_STACK.includes(name))).toEqual([]);
  });

  it('TypeScript is a required peer; ESLint, typescript-eslint and its parser are optional ones', () => {
    expect(pkg.peerDependencies).toEqual({
      '@typescript-eslint/parser': expect.any(String),
      eslint: expect.any(String),
      typescript: expect.any(String),
      'typescript-eslint': expect.any(String),
    });
    const optional = Object.keys(pkg.peerDependencies).filter((name) => pkg.peerDependenciesMeta[name]?.optional === true);
    expect(optional.sort()).toEqual(['@typescript-eslint/parser', 'eslint', 'typescript-eslint']);
  });

  it('every peer is also a devDependency pinned exactly, inside its own peer range', () => {
    for (const [name, range] of Object.entries(pkg.peerDependencies)) {
      const pinned = pkg.devDependencies[name] ?? '';
      expect(pinned, name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(satisfies(pinned, range), `${name} ${pinned} in ${range}`).toBe(true);
    }
  });

  it('every devDependency is pinned exactly', () => {
    const loose = Object.entries(pkg.devDependencies).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
    expect(loose).toEqual([]);
  });

  it('package-lock.json is in step with package.json (npm ci refuses otherwise)', () => {
    const lock = readJson('package-lock.json') as { packages: Record<string, Record<string, unknown>> };
    const locked = lock.packages[''] ?? {};
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'peerDependenciesMeta'] as const) {
      expect(locked[field], field).toEqual(pkg[field]);
    }
  });
});

describe('the CLI’s modules', () => {
  it('import nothing of ESLint’s: `urlleak code`, `logs`, `config` and `scan` run without it installed', () => {
    const bare = bareImportsReachableFrom([join(root, 'bin/urlleak.js')]);
    expect([...bare].filter((name) => ESLINT_STACK.includes(name))).toEqual([]);
    expect([...bare].sort()).toEqual(['fast-glob', 'picomatch', 'typescript', 'yaml']);
  });

  it('and every package the built code imports is a dependency or a peer', () => {
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
    const entries = ['dist/src/index.js', 'dist/rules/index.js', 'dist/src/report/eslint-sarif.js', 'bin/urlleak.js'];
    const bare = bareImportsReachableFrom(entries.map((entry) => join(root, entry)));
    expect([...bare].filter((name) => !declared.has(name))).toEqual([]);
  });
});

/** The packages (bare names, scope included, no subpath) the built modules reachable from the entries load. */
function bareImportsReachableFrom(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    // TypeScript's own import scanner: static imports and re-exports, `import('x')` and `require('x')`, not comments.
    for (const { fileName: specifier } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) bare.add(packageName(specifier));
    }
  };
  entries.forEach(visit);
  return bare;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Enough of semver for the ranges package.json uses: space-separated `>=x.y.z` and `<x.y.z` comparators. */
function satisfies(version: string, range: string): boolean {
  const parse = (text: string) => text.split('.').map(Number);
  const compare = (a: number[], b: number[]) => a.map((part, index) => part - (b[index] ?? 0)).find((diff) => diff !== 0) ?? 0;
  return range.split(/\s+/).every((comparator) => {
    const match = /^(>=|<)(\d+\.\d+\.\d+)$/.exec(comparator);
    if (!match) throw new Error(`unsupported comparator ${comparator}`);
    const order = compare(parse(version), parse(match[2] ?? ''));
    return match[1] === '>=' ? order >= 0 : order < 0;
  });
}
