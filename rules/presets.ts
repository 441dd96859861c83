import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import type { RuleMeta } from '../src/catalog/rule.js';
import { isRecommended } from '../src/catalog/recommended.js';
import { ruleCatalog as catalog } from '../src/catalog/catalog.js';

export type Severity = 'error' | 'warn';
export type PresetName = 'recommended' | 'recommended-type-checked' | 'strict';
type FlatConfig = TSESLint.FlatConfig.Config;
type Parser = TSESLint.FlatConfig.Parser;

/** The files typescript-eslint's `globs.jsts` and `globs.ts` name, written here so that the rules load without it. */
const SCRIPT_FILES = '**/*.{mjs,js,cjs,jsx,mts,ts,cts,tsx}';
const TYPESCRIPT_FILES = '**/*.{mts,ts,cts,tsx}';

/**
 * Where the presets' parser comes from, the first installed wins. typescript-eslint's own parser object first: its
 * configs set that very object, so theirs and ours are one parser with one program. Both are optional peer
 * dependencies: `urlleak code` needs neither, and the rules alone run under any parser.
 */
const PARSER_SOURCES: readonly { readonly name: string; readonly parserOf: (module: unknown) => Parser }[] = [
  { name: 'typescript-eslint', parserOf: (module) => (module as { parser: Parser }).parser },
  { name: '@typescript-eslint/parser', parserOf: (module) => module as Parser },
];

export const MISSING_PARSER_MESSAGE =
  "urlleak's ESLint presets parse JavaScript and TypeScript with typescript-eslint's parser, which is not installed. " +
  'Install it beside ESLint: npm install --save-dev typescript-eslint';

export const codeRules: readonly RuleMeta[] = catalog.filter((rule) => rule.area === 'code');

/** `recommended`: each recommended rule at its catalog level (notes and warnings as ESLint warnings). */
export function recommendedRuleLevels(prefix: string): Record<string, Severity> {
  return Object.fromEntries(
    codeRules.filter(isRecommended).map((rule) => [`${prefix}/${rule.id}`, rule.level === 'error' ? 'error' : 'warn']),
  );
}

/** `strict`: every code rule, warnings as errors. */
export function strictRuleLevels(prefix: string): Record<string, Severity> {
  return Object.fromEntries(codeRules.map((rule) => [`${prefix}/${rule.id}`, 'error']));
}

/** The parser the presets set, from the first of PARSER_SOURCES that is installed; a clear error when none is. */
export function loadPresetParser(load: (name: string) => unknown = createRequire(import.meta.url)): Parser {
  for (const source of PARSER_SOURCES) {
    const module = tryLoad(load, source.name);
    if (module !== undefined) return source.parserOf(module);
  }
  throw new Error(MISSING_PARSER_MESSAGE);
}

/** The module, or undefined when it is not installed; any other failure (a broken install) is thrown as it is. */
function tryLoad(load: (name: string) => unknown, name: string): unknown {
  try {
    return load(name);
  } catch (error) {
    if (isNotFound(error, name)) return undefined;
    throw error;
  }
}

function isNotFound(error: unknown, name: string): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'MODULE_NOT_FOUND' && typeof message === 'string' && message.includes(`'${name}'`);
}

/**
 * The presets, each built when first read: the parser is looked up then, so that importing the plugin for its rules
 * alone never needs typescript-eslint, and reading a preset without it throws MISSING_PARSER_MESSAGE.
 */
export function buildPresets(prefix: string, plugins: Record<string, TSESLint.FlatConfig.Plugin>): Record<PresetName, FlatConfig> {
  let built: Record<PresetName, FlatConfig> | undefined;
  const preset = (name: PresetName): FlatConfig => (built ??= presetsWith(loadPresetParser(), prefix, plugins))[name];
  return {
    get recommended() {
      return preset('recommended');
    },
    get 'recommended-type-checked'() {
      return preset('recommended-type-checked');
    },
    get strict() {
      return preset('strict');
    },
  };
}

/**
 * Each preset is one config object, so `export default [urlleak.configs.recommended]` works (ESLint rejects nested
 * arrays outside `defineConfig`). Its `files` make ESLint lint what `urlleak code` scans, `.jsx .ts .tsx .mts .cts`
 * included, and its parser reads them all: typescript-eslint's own parser object (loadPresetParser), as its `base`
 * config sets it, so a user's typescript-eslint config before or after ours sets the very same object: one parser,
 * one program. A user's later config object still wins; other extensions (`.vue`, `.svelte`) are left to the
 * parsers their configs set.
 */
function presetsWith(parser: Parser, prefix: string, plugins: Record<string, TSESLint.FlatConfig.Plugin>): Record<PresetName, FlatConfig> {
  const everyCodeFile = { files: [SCRIPT_FILES], plugins };
  // JSX in `.js`, as React code bases write it: typescript-eslint reads it anyway; espree, should a user's later
  // config object bring it back for JavaScript, only with this flag.
  const languageOptions = { parser, parserOptions: { ecmaFeatures: { jsx: true } } };
  return {
    recommended: { name: `${prefix}/recommended`, ...everyCodeFile, languageOptions, rules: recommendedRuleLevels(prefix) },
    'recommended-type-checked': {
      name: `${prefix}/recommended-type-checked`,
      // TypeScript files only: JavaScript outside the tsconfig would be a parse error under the project service.
      files: [TYPESCRIPT_FILES],
      plugins,
      // `{}` rather than `true`: ESLint deep-merges parserOptions, so a user's own `projectService` options keep
      // their keys (`allowDefaultProject`) whether their config object comes before ours or after.
      languageOptions: { parser, parserOptions: { projectService: {} } },
      rules: recommendedRuleLevels(prefix),
    },
    strict: { name: `${prefix}/strict`, ...everyCodeFile, languageOptions, rules: strictRuleLevels(prefix) },
  };
}
