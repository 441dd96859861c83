import type { LibraryModel } from './model.js';
import { ALLOW_LIST, wsServerSink } from './rows.js';

/**
 * Primus (https://github.com/primus/primus#authorization): `new Primus(server, { transformer })` accepts real-time
 * connections over its transformer (ws, engine.io, sockjs…); `primus.authorize((req, done) => …)` is where a handshake
 * can be refused. Its `origins` option is the CORS header of the HTTP transports only, never a WebSocket check.
 */
export const primus: LibraryModel = {
  name: 'Primus',
  modules: ['primus'],
  wsServerSinks: [
    wsServerSink({
      id: 'primus',
      api: 'Primus',
      check: 'primus',
      modules: ['primus'],
      paths: ['', 'default', 'createServer', 'Primus.createServer'],
      safeAlternative: `${ALLOW_LIST} in primus.authorize((req, done) => …): refuse a req.headers.origin that is not yours`,
    }),
  ],
};
