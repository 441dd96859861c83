import type { CodeRule } from './code-rule.js';

/** Request-logging middleware recording full URLs. Rows: the models' middlewareSinks (frameworks/); judges: server/check-morgan.ts, check-logging-options.ts. */
export const logMiddlewareUrl: CodeRule = { id: 'log-middleware-url', urlKind: 'the access log of' };
