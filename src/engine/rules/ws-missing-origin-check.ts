import type { CodeRule } from './code-rule.js';

/** WebSocket servers without an Origin check. Rows: the models' wsServerSinks (frameworks/); judge: server/check-ws-server.ts. */
export const wsMissingOriginCheck: CodeRule = { id: 'ws-missing-origin-check', urlKind: 'the handshake of' };
