import type { CodeRule } from './code-rule.js';

/** Secrets in HTTP request, navigation and redirect URLs. Sinks: rows with this id in the models' urlSinks (frameworks/). */
export const tokenInRequestUrl: CodeRule = { id: 'token-in-request-url', urlKind: 'the request URL of' };
