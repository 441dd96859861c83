import type { CodeRule } from './code-rule.js';

/** Plain ws:// client URLs. Rows: the WebSocket client rows of tables/sinks.ts; judge: server/check-insecure-scheme.ts. */
export const wsInsecureScheme: CodeRule = { id: 'ws-insecure-scheme', urlKind: 'the connection URL of' };
