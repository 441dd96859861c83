import type { CodeRuleId } from '../tables/sinks.js';
import type { CodeRule } from './code-rule.js';
import { logMiddlewareUrl } from './log-middleware-url.js';
import { logRawUrl } from './log-raw-url.js';
import { queryTokenAccepted } from './query-token-accepted.js';
import { tokenInRequestUrl } from './token-in-request-url.js';
import { wsInsecureScheme } from './ws-insecure-scheme.js';
import { wsMissingOriginCheck } from './ws-missing-origin-check.js';
import { wsTokenInUrl } from './ws-token-in-url.js';

/** The rules this engine implements, by id. */
export const codeRules: ReadonlyMap<CodeRuleId, CodeRule> = new Map(
  [wsTokenInUrl, tokenInRequestUrl, logRawUrl, logMiddlewareUrl, wsMissingOriginCheck, wsInsecureScheme, queryTokenAccepted].map((rule) => [
    rule.id,
    rule,
  ]),
);
