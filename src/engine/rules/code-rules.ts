import type { CodeRuleId } from '../tables/sinks.js';
import type { CodeRule } from './code-rule.js';
import { tokenInRequestUrl } from './token-in-request-url.js';
import { wsTokenInUrl } from './ws-token-in-url.js';

/** The rules this engine implements, by id. */
export const codeRules: ReadonlyMap<CodeRuleId, CodeRule> = new Map([wsTokenInUrl, tokenInRequestUrl].map((rule) => [rule.id, rule]));
