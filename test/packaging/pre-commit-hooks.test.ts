import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCliArgs } from '../../src/cli/args.js';
import { CODE_COMPONENT_EXTENSIONS, CODE_EXCLUDE_GLOBS, CODE_EXTENSIONS, CODE_GLOBS } from '../../src/files/file-kind.js';

/**
 * .pre-commit-hooks.yaml, as pre-commit reads it: each hook's entry is a command of urlleak's bin, its file patterns
 * select what `urlleak code` and `urlleak logs` read, and the entries run on real files through the built bin.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

interface Hook {
  readonly id: string;
  readonly entry: string;
  readonly language: string;
  readonly files: string;
  readonly exclude?: string;
  readonly require_serial?: boolean;
  readonly minimum_pre_commit_version?: string;
}

const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
};
const hook = (id: string): Hook => hooks.find((candidate) => candidate.id === id) ?? expect.fail(`no hook ${id}`);

/** pre-commit's selection: `files` and `exclude` are Python regular expressions searched in the repository path. */
const selects = (selected: Hook, path: string) =>
  new RegExp(selected.files).test(path) && !(selected.exclude !== undefined && new RegExp(selected.exclude).test(path));

describe('.pre-commit-hooks.yaml', () => {
  it('offers urlleak-code and urlleak-logs, installed as a node package, run once per commit', () => {
    expect(hooks.map((entry) => entry.id)).toEqual(['urlleak-code', 'urlleak-logs']);
    for (const entry of hooks) {
      expect(entry.language).toBe('node');
      expect(entry.require_serial, entry.id).toBe(true);
      expect(entry.minimum_pre_commit_version, entry.id).toBe('4.6.2');
    }
  });

  it.each([
    ['urlleak-code', 'code'],
    ['urlleak-logs', 'logs'],
  ])('%s runs a command of the package’s bin: urlleak %s <staged files>', (id, command) => {
    const [bin, ...args] = hook(id).entry.split(' ');
    expect(Object.keys(pkg.bin)).toContain(bin);
    const parsed = parseCliArgs([...args, 'staged-file']);
    expect(parsed.kind === 'run' ? [parsed.options.command, parsed.options.paths] : parsed).toEqual([command, ['staged-file']]);
  });

  it('pre-commit builds the hook when it installs it: npm runs the prepare script of a git dependency', () => {
    expect(pkg.scripts['prepare']).toBe('node scripts/prepare.mjs');
    expect(readFileSync(join(root, 'scripts/prepare.mjs'), 'utf8')).toContain("'tsconfig.build.json'");
  });
});

describe('the files each hook is given', () => {
  const codeNames = [...CODE_EXTENSIONS, ...CODE_COMPONENT_EXTENSIONS].map((extension) => `src/app/client.${extension}`);
  const others = ['src/types.d.ts', 'lib/types.d.mts', 'vendor/app.min.js', 'README.md', 'tsconfig.json', 'logs/app.log', 'client.json'];

  it('urlleak-code: exactly what the code walk reads (CODE_GLOBS without CODE_EXCLUDE_GLOBS)', () => {
    const walked = picomatch(CODE_GLOBS as string[], { ignore: CODE_EXCLUDE_GLOBS as string[] });
    for (const path of [...codeNames, ...others]) expect(selects(hook('urlleak-code'), path), path).toBe(walked(path));
    expect(codeNames.every((path) => selects(hook('urlleak-code'), path))).toBe(true);
  });

  it('urlleak-logs: *.log and *.log.gz, nothing else', () => {
    const logs = hook('urlleak-logs');
    expect(['access.log', 'var/log/app.log', 'archive/access.log.gz'].filter((path) => !selects(logs, path))).toEqual([]);
    expect(['src/log.ts', 'catalog.ts', 'access.log.1', 'logs/README.md', 'app.logger.js'].filter((path) => selects(logs, path))).toEqual(
      [],
    );
  });
});

describe('the entries on real files, through the built bin', () => {
  it.each([
    ['urlleak-code', 'fixtures/demo/src/chat-client.ts', 'ws-token-in-url'],
    ['urlleak-logs', 'fixtures/demo/logs/access.log', 'log-jwt'],
  ])('%s on %s: exit 1 with the finding', (id, file, rule) => {
    const [bin = '', ...args] = hook(id).entry.split(' ');
    const result = spawnSync(process.execPath, [join(root, pkg.bin[bin] ?? ''), ...args, file], { cwd: root, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain(rule);
  });
});
