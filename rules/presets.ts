import type { TSESLint } from '@typescript-eslint/utils';
import tseslint from 'typescript-eslint';
import type { RuleMeta } from '../src/catalog/rule.js';
import { isRecommended } from '../src/catalog/recommended.js';
import { ruleCatalog as catalog } from '../src/catalog/catalog.js';

export type Severity = 'error' | 'warn';
export type PresetName = 'recommended' | 'recommended-type-checked' | 'strict';
type FlatConfig = TSESLint.FlatConfig.Config;

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

/**
 * Each preset is one config object, so `export default [urlleak.configs.recommended]` works (ESLint rejects nested
 * arrays outside `defineConfig`). Its `files` make ESLint lint what `urlleak code` scans, `.jsx .ts .tsx .mts .cts`
 * included, and its parser reads them all: typescript-eslint's own parser object, as its `base` config sets it, so a
 * user's typescript-eslint config before or after ours sets the very same object: one parser, one program. A user's
 * later config object still wins; other extensions (`.vue`, `.svelte`) are left to the parsers their configs set.
 */
export function buildPresets(prefix: string, plugins: Record<string, TSESLint.FlatConfig.Plugin>): Record<PresetName, FlatConfig> {
  const everyCodeFile = { files: [tseslint.globs.jsts], plugins };
  // JSX in `.js`, as React code bases write it: typescript-eslint reads it anyway; espree, should a user's later
  // config object bring it back for JavaScript, only with this flag.
  const languageOptions = { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } };
  return {
    recommended: { name: `${prefix}/recommended`, ...everyCodeFile, languageOptions, rules: recommendedRuleLevels(prefix) },
    'recommended-type-checked': {
      name: `${prefix}/recommended-type-checked`,
      // TypeScript files only: JavaScript outside the tsconfig would be a parse error under the project service.
      files: [tseslint.globs.ts],
      plugins,
      // `{}` rather than `true`: ESLint deep-merges parserOptions, so a user's own `projectService` options keep
      // their keys (`allowDefaultProject`) whether their config object comes before ours or after.
      languageOptions: { parser: tseslint.parser, parserOptions: { projectService: {} } },
      rules: recommendedRuleLevels(prefix),
    },
    strict: { name: `${prefix}/strict`, ...everyCodeFile, languageOptions, rules: strictRuleLevels(prefix) },
  };
}
