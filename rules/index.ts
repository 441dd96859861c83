import type { TSESLint } from '@typescript-eslint/utils';
import { packageName, packageVersion } from '../src/package-info.js';
import logMiddlewareUrl from './log-middleware-url.js';
import logRawUrl from './log-raw-url.js';
import { buildPresets, type PresetName } from './presets.js';
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

const plugin = {
  meta: { name: packageName, version: packageVersion },
  rules,
  configs: {} as Record<PresetName, TSESLint.FlatConfig.Config>,
};

const pluginEntry = { [PREFIX]: plugin as unknown as TSESLint.FlatConfig.Plugin };

/**
 * `recommended`: every recommended rule on every JS/TS file, with or without type information. `recommended-type-checked`:
 * the same rules on TypeScript files with typescript-eslint's project service, so the checker confirms sinks and
 * follows tokens across files. `strict`: every code rule, warnings as errors. The presets set typescript-eslint's
 * parser, an optional peer dependency: reading one without it installed throws an error that says what to install;
 * the rules alone need no particular parser.
 */
plugin.configs = buildPresets(PREFIX, pluginEntry);

export default plugin;
