import type { CodeRule } from './code-rule.js';

/** Secrets in WebSocket, EventSource and realtime-client connection URLs. Sinks: rows with this id in the models' urlSinks (frameworks/). */
export const wsTokenInUrl: CodeRule = { id: 'ws-token-in-url', urlKind: 'the connection URL of' };
