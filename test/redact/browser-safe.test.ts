import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `urlleak/redact` runs in browsers and bundles: every module it loads (its static runtime imports, followed through
 * src/secrets and src/logs/detect) imports no `node:` module and no package. Node's global `Buffer` is not an import;
 * no module calls it directly: base64 goes through src/secrets/base64.ts, which uses it only where it exists.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm;

function closure(entry: string): Map<string, string[]> {
  const modules = new Map<string, string[]>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (modules.has(file)) continue;
    const specifiers = [...readFileSync(join(root, file), 'utf8').matchAll(IMPORT)].map((match) => match[1] ?? '');
    modules.set(file, specifiers);
    for (const specifier of specifiers.filter((name) => name.startsWith('.')))
      pending.push(relative(root, resolve(dirname(join(root, file)), specifier)).replace(/\.js$/, '.ts'));
  }
  return modules;
}

describe('urlleak/redact in browsers', () => {
  const modules = closure('src/redact/index.ts');

  it('loads only its own modules and the shared knowledge: no node: import, no package', () => {
    const outside = [...modules].flatMap(([file, specifiers]) =>
      specifiers.filter((name) => !name.startsWith('.')).map((name) => `${file} -> ${name}`),
    );
    expect(outside).toEqual([]);
    expect(modules.has('src/logs/detect/detect-line.ts')).toBe(true);
    expect([...modules.keys()].filter((file) => /^src\/(?:logs\/(?:io|parallel|findings)|cli|engine|files)\//.test(file))).toEqual([]);
  });

  it('never calls Node’s global Buffer directly: base64 goes through src/secrets/base64.ts, which falls back to atob', () => {
    const usingBuffer = [...modules.keys()].filter((file) => /\bBuffer\.from\(/.test(readFileSync(join(root, file), 'utf8'))).sort();
    expect(usingBuffer).toEqual([]);
  });
});
