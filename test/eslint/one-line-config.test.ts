import { ESLint, type Linter } from 'eslint';
import picomatch from 'picomatch';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import urlleak from '../../rules/index.js';
import { CODE_COMPONENT_EXTENSIONS, CODE_EXTENSIONS, CODE_GLOBS } from '../../src/files/file-kind.js';
import { EXTENSIONS, expectedFinding, fileName, writeLeakPerExtension, type Extension } from './leak-per-extension.js';

const fixture = writeLeakPerExtension('urlleak-one-line-');
afterAll(() => fixture.remove());

interface Reported {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
}

/** ESLint as a user's `eslint.config.js` holding only `config` runs it: over the whole folder, no other config. */
async function lintFolder(config: Linter.Config[]): Promise<Reported[]> {
  const eslint = new ESLint({ cwd: fixture.dir, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(['.']);
  return results.flatMap((result) =>
    result.messages.map((message) => ({
      file: result.filePath.slice(fixture.dir.length + 1).replace('src/', ''),
      line: message.line,
      column: message.column,
      ruleId: message.ruleId ?? `fatal: ${message.message}`,
    })),
  );
}

function urlleakConfig(name: 'recommended' | 'strict'): Linter.Config[] {
  return [urlleak.configs[name]] as Linter.Config[];
}

describe.each(['recommended', 'strict'] as const)('export default [urlleak.configs.%s]', (preset) => {
  let reported: Reported[];
  beforeAll(async () => {
    reported = await lintFolder(urlleakConfig(preset));
  });

  it.each(EXTENSIONS.map((extension) => [extension] as const))('lints .%s and finds the leak at its URL', (extension: Extension) => {
    const { file, line, column } = expectedFinding(extension);
    expect(reported.filter((entry) => entry.file === file)).toEqual([{ file, line, column, ruleId: 'urlleak/ws-token-in-url' }]);
  });

  it('reports nothing else: no parse error, no other file', () => {
    expect(reported.map((entry) => entry.file).sort()).toEqual(EXTENSIONS.map(fileName).sort());
  });
});

describe('with typescript-eslint’s own configs before or after', () => {
  const orders = {
    'typescript-eslint first': [...tseslint.configs.recommended, ...urlleakConfig('recommended')],
    'urlleak first': [...urlleakConfig('recommended'), ...tseslint.configs.recommended],
  } as Record<string, Linter.Config[]>;

  it.each(Object.keys(orders))('%s: typescript-eslint’s own parser object, no parse error, every leak found', async (order) => {
    const config = orders[order] ?? [];
    const reported = await lintFolder(config);
    expect(
      reported
        .filter((entry) => entry.ruleId === 'urlleak/ws-token-in-url')
        .map((entry) => entry.file)
        .sort(),
    ).toEqual(EXTENSIONS.map(fileName).sort());
    expect(reported.filter((entry) => entry.ruleId.startsWith('fatal'))).toEqual([]);
    const eslint = new ESLint({ cwd: fixture.dir, overrideConfigFile: true, overrideConfig: config });
    const forTs = (await eslint.calculateConfigForFile('src/ts-client.ts')) as Linter.Config;
    expect(forTs.languageOptions?.parser).toBe(tseslint.parser);
  });
});

describe('which files the presets claim', () => {
  const names = [...CODE_EXTENSIONS, 'd.ts', 'vue', 'svelte', 'astro', 'json', 'md'].map((extension) => `src/app/file.${extension}`);
  const claimed = (globs: readonly string[]) => names.filter((name) => picomatch(globs as string[], { dot: true })(name));

  it('recommended and strict: what `urlleak code` scans, and no .vue/.svelte/.astro a user’s own parser reads', () => {
    const scripts = claimed(CODE_GLOBS).filter((name) => !CODE_COMPONENT_EXTENSIONS.some((extension) => name.endsWith(`.${extension}`)));
    expect(claimed(urlleak.configs.recommended.files as string[])).toEqual(scripts);
    expect(urlleak.configs.strict.files).toEqual(urlleak.configs.recommended.files);
  });

  it('recommended-type-checked: the TypeScript files, where the project service has them', () => {
    expect(claimed(urlleak.configs['recommended-type-checked'].files as string[])).toEqual(
      ['ts', 'tsx', 'mts', 'cts', 'd.ts'].map((extension) => `src/app/file.${extension}`),
    );
  });
});
