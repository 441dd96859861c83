import type { TSESLint } from '@typescript-eslint/utils';
import tseslint from 'typescript-eslint';
import { packageName, packageVersion } from '../src/package-info.js';
import logMiddlewareUrl from './log-middleware-url.js';
import logRawUrl from './log-raw-url.js';
import { recommendedRuleLevels, strictRuleLevels } from './presets.js';
import queryTokenAccepted from './query-token-accepted.js';
import tokenInRequestUrl from './token-in-request-url.js';
import wsInsecureScheme from './ws-insecure-scheme.js';
import wsMissingOriginCheck from './ws-missing-origin-check.js';
import wsTokenInUrl from './ws-token-in-url.js';

/** The namespace rules live under in a user's config: `urlleak/ws-token-in-url`. */
const PREFIX = 'urlleak';

export const rules = {
  'ws-token-in-url': wsTokenInUrl,
  'token-in-request-url': tokenInRequestUrl,
  'log-raw-url': logRawUrl,
  'log-middleware-url': logMiddlewareUrl,
  'ws-missing-origin-check': wsMissingOriginCheck,
  'ws-insecure-scheme': wsInsecureScheme,
  'query-token-accepted': queryTokenAccepted,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

type FlatConfig = TSESLint.FlatConfig.Config;

const plugin = {
  meta: { name: packageName, version: packageVersion },
  rules,
  configs: {} as Record<'recommended' | 'recommended-type-checked' | 'strict', FlatConfig>,
};

const pluginEntry = { [PREFIX]: plugin as unknown as TSESLint.FlatConfig.Plugin };

plugin.configs = {
  /** No type information needed: works under espree and typescript-eslint's parser alike. */
  recommended: { name: `${PREFIX}/recommended`, plugins: pluginEntry, rules: recommendedRuleLevels(PREFIX) },
  /** Type information through typescript-eslint's project service: cross-file flows and type-confirmed sinks. */
  'recommended-type-checked': {
    name: `${PREFIX}/recommended-type-checked`,
    plugins: pluginEntry,
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true } },
    rules: recommendedRuleLevels(PREFIX),
  },
  /** Every code rule, warnings as errors. */
  strict: { name: `${PREFIX}/strict`, plugins: pluginEntry, rules: strictRuleLevels(PREFIX) },
};

export default plugin;
