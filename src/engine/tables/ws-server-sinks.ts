import type { SinkRow } from './sinks.js';

/**
 * WebSocket servers (ws-missing-origin-check): where a server accepts handshakes, and where it could check the
 * Origin first. `check` names the judge in server/check-ws-server.ts.
 */

const server = (row: Omit<SinkRow, 'rule'>): SinkRow => ({ rule: 'ws-missing-origin-check', ...row });

const ALLOW_LIST = 'compare the Origin header with an explicit allow-list';

export const wsServerSinkRows: readonly SinkRow[] = [
  server({
    id: 'ws-server',
    api: 'ws WebSocketServer',
    check: 'ws-server',
    modules: ['ws', 'isomorphic-ws'],
    paths: ['WebSocketServer', 'Server', 'WebSocket.Server', 'default.Server'],
    safeAlternative: `${ALLOW_LIST} in verifyClient (allowed.has(info.origin)), or in the HTTP 'upgrade' handler before handleUpgrade (noServer: true)`,
  }),
  server({
    id: 'socket-io-server',
    api: 'socket.io Server',
    check: 'socket-io-server',
    modules: ['socket.io'],
    paths: ['Server', '', 'default', 'listen'],
    safeAlternative: `list the allowed origins in cors.origin and check req.headers.origin in allowRequest (the WebSocket transport ignores CORS)`,
  }),
  server({
    id: 'express-ws',
    api: 'express-ws',
    check: 'express-ws',
    modules: ['express-ws'],
    paths: ['', 'default'],
    safeAlternative: `${ALLOW_LIST} in wsOptions.verifyClient, or check req.headers.origin in each app.ws() handler and close the socket`,
  }),
  server({
    id: 'uws-app',
    api: 'uWebSockets.js ws()',
    check: 'uws-app',
    modules: ['uWebSockets.js'],
    paths: ['App().**.ws', 'SSLApp().**.ws'],
    safeAlternative: `${ALLOW_LIST} in the upgrade handler (req.getHeader('origin')) before res.upgrade()`,
  }),
];
