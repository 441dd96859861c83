import type { LibraryModel } from './model.js';
import { ALLOW_LIST, wsServerSink } from './rows.js';

/** express-ws: WebSocket routes on an Express app (`app.ws()`). */
export const expressWs: LibraryModel = {
  name: 'express-ws',
  modules: ['express-ws'],
  wsServerSinks: [
    wsServerSink({
      id: 'express-ws',
      api: 'express-ws',
      check: 'express-ws',
      modules: ['express-ws'],
      paths: ['', 'default'],
      safeAlternative: `${ALLOW_LIST} in wsOptions.verifyClient, or check req.headers.origin in each app.ws() handler and close the socket`,
    }),
  ],
};
