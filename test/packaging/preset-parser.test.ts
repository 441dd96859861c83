import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import urlleak from '../../rules/index.js';
import { loadPresetParser, MISSING_PARSER_MESSAGE } from '../../rules/presets.js';

/**
 * typescript-eslint and @typescript-eslint/parser are optional peer dependencies: the presets take the first one
 * installed and say what to install when neither is. A loader that knows only some modules stands for an install
 * that has only those; Node's own `require` is the real one.
 */
function installedOnly(modules: Record<string, unknown>): (name: string) => unknown {
  return (name) => {
    if (name in modules) return modules[name];
    throw Object.assign(new Error(`Cannot find module '${name}'\nRequire stack:\n- presets.js`), { code: 'MODULE_NOT_FOUND' });
  };
}

const parserModule = { parseForESLint: () => undefined, meta: { name: 'parser' } };

describe('the presets’ parser', () => {
  it('is typescript-eslint’s own parser object when typescript-eslint is installed', () => {
    expect(loadPresetParser()).toBe(tseslint.parser);
    expect(urlleak.configs.recommended.languageOptions?.parser).toBe(tseslint.parser);
    expect(urlleak.configs['recommended-type-checked'].languageOptions?.parser).toBe(tseslint.parser);
  });

  it('is @typescript-eslint/parser when only it is installed', () => {
    expect(loadPresetParser(installedOnly({ '@typescript-eslint/parser': parserModule }))).toBe(parserModule);
  });

  it('prefers typescript-eslint over @typescript-eslint/parser', () => {
    const tseslintModule = { parser: { parseForESLint: () => undefined } };
    const load = installedOnly({ 'typescript-eslint': tseslintModule, '@typescript-eslint/parser': parserModule });
    expect(loadPresetParser(load)).toBe(tseslintModule.parser);
  });

  it('is an error that says what to install when neither is', () => {
    expect(() => loadPresetParser(installedOnly({}))).toThrow(MISSING_PARSER_MESSAGE);
    expect(MISSING_PARSER_MESSAGE).toContain('npm install --save-dev typescript-eslint');
  });

  it('lets a broken install fail as it is: a module missing inside typescript-eslint is not "not installed"', () => {
    const broken = (name: string) => installedOnly({})(name === 'typescript-eslint' ? '@typescript-eslint/eslint-plugin' : name);
    expect(() => loadPresetParser(broken)).toThrow("Cannot find module '@typescript-eslint/eslint-plugin'");
  });

  it('reads Node’s own "not installed" error: require from a folder without node_modules', () => {
    const empty = mkdtempSync(join(tmpdir(), 'urlleak-no-parser-'));
    try {
      const requireNothing = createRequire(join(empty, 'eslint.config.js'));
      const requireHere = createRequire(import.meta.url);
      const parserOnly = (name: string) => (name === 'typescript-eslint' ? requireNothing(name) : requireHere(name));
      expect(loadPresetParser(parserOnly)).toBe(requireHere('@typescript-eslint/parser'));
      expect(() => loadPresetParser(requireNothing)).toThrow(MISSING_PARSER_MESSAGE);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
