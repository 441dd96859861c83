import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import urlleak from '../../rules/index.js';
import { findScriptParts } from '../../src/engine/sfc/find-script-parts.js';
import { COMPONENT_FILES, EXPECTED_IN_FILE, writeComponents } from '../engine/sfc-components.js';

const fixture = writeComponents('urlleak-sfc-eslint-');
const configDir = mkdtempSync(join(tmpdir(), 'urlleak-sfc-config-'));
afterAll(() => {
  fixture.remove();
  rmSync(configDir, { recursive: true, force: true });
});

const DOC = fileURLToPath(new URL('../../docs/eslint.md', import.meta.url));
const PLUGIN_SOURCE = fileURLToPath(new URL('../../rules/index.ts', import.meta.url));

/**
 * The `eslint.config.js` docs/eslint.md gives for components, run as written: its imports point at this checkout's
 * packages (and `urlleak/eslint-plugin` at the plugin's source), nothing else is changed.
 */
async function configFromDocs(): Promise<Linter.Config[]> {
  const section = readFileSync(DOC, 'utf8').split('## `.vue`, `.svelte`, `.astro`')[1] ?? '';
  const snippet = /```js\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const resolved = snippet.replace(/from '([^']+)'/g, (_match, specifier: string) => {
    const target = specifier === 'urlleak/eslint-plugin' ? PLUGIN_SOURCE : fileURLToPath(import.meta.resolve(specifier));
    return `from ${JSON.stringify(target)}`;
  });
  const file = join(configDir, 'eslint.config.ts');
  writeFileSync(file, resolved);
  return ((await import(file)) as { default: Linter.Config[] }).default;
}

interface Reported {
  readonly place: string;
  readonly message: Linter.LintMessage;
}

async function lintFixture(config: Linter.Config[]): Promise<Reported[]> {
  const eslint = new ESLint({ cwd: fixture.dir, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(['.']);
  return results.flatMap((result) =>
    result.messages.map((message) => ({
      place: `${result.filePath.slice(fixture.dir.length + 1)}:${message.line}:${message.column} ${message.ruleId?.replace('urlleak/', '') ?? `fatal: ${message.message}`}`,
      message,
    })),
  );
}

const expectedPlaces = EXPECTED_IN_FILE.map(({ path, line, column, ruleId }) => `${path}:${line}:${column} ${ruleId}`).sort();

describe('ESLint with the components config of docs/eslint.md (vue-eslint-parser, svelte-eslint-parser, astro-eslint-parser)', () => {
  let reported: Reported[];
  beforeAll(async () => {
    reported = await lintFixture(await configFromDocs());
  });

  it('reports every leak a component shows alone at the line and column `urlleak code` gives, and nothing else', () => {
    expect(reported.map((entry) => entry.place).sort()).toEqual(expectedPlaces);
  });

  it('offers the socket.io suggestion with edits inside the <script setup> only, the markup untouched', () => {
    const path = 'src/components/Realtime.vue';
    const text = COMPONENT_FILES[path] ?? '';
    const suggestions = reported.find((entry) => entry.place.startsWith(path))?.message.suggestions ?? [];
    expect(suggestions.map((suggestion) => suggestion.desc)).toEqual([expect.stringContaining('auth')]);
    const [script] = findScriptParts(text, 'vue').parts;
    for (const { fix } of suggestions) {
      expect(script && script.start <= fix.range[0] && fix.range[1] <= script.end).toBe(true);
      const fixed = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
      expect(fixed).toContain("io('https://rt.example.com', { auth: { token: localStorage.getItem('token') } })");
      expect(fixed.slice(0, script?.start)).toBe(text.slice(0, script?.start));
    }
  });
});

describe('beside a framework plugin that already sets the parser', () => {
  it('`plugins` and `rules` of the preset are enough', async () => {
    const reported = await lintFixture([
      // What eslint-plugin-vue's flat config and a project's TypeScript setup leave for .vue files.
      { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser } } },
      { files: ['**/*.vue'], plugins: urlleak.configs.recommended.plugins, rules: urlleak.configs.recommended.rules } as Linter.Config,
    ]);
    expect(reported.map((entry) => entry.place).sort()).toEqual(expectedPlaces.filter((place) => place.includes('.vue:')));
  });
});
