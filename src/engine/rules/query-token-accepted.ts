import type { CodeRule } from './code-rule.js';

/** Credentials read from the request query. Reads: server/find-query-token-reads.ts. */
export const queryTokenAccepted: CodeRule = { id: 'query-token-accepted', urlKind: 'the query read by' };
