import type { LibraryModel } from './model.js';
import { ALLOW_LIST, wsServerSink } from './rows.js';

/** express-ws: WebSocket routes on an Express app (`app.ws()`) and on its routers (`router.ws()`). */
export const expressWs: LibraryModel = {
  name: 'express-ws',
  // `express`: the routers express-ws gives a `ws` method are Express's own (`express.Router()`).
  modules: ['express-ws', 'express'],
  wsServerSinks: [
    wsServerSink({
      id: 'express-ws',
      api: 'express-ws',
      check: 'express-ws',
      modules: ['express-ws'],
      paths: ['', 'default'],
      safeAlternative: `${ALLOW_LIST} in wsOptions.verifyClient, or check req.headers.origin in each app.ws() handler and close the socket`,
    }),
    // A route on an Express Router in a file of its own (`router.ws('/', handler)`, mounted with `app.use('/ws', router)`):
    // Express has no `ws` method, so only express-ws, applied to the app elsewhere, gives the router one.
    wsServerSink({
      id: 'express-ws-router',
      api: 'express-ws router.ws()',
      check: 'express-ws-route',
      modules: ['express'],
      paths: ['Router().ws', 'default.Router().ws'],
      safeAlternative: `${ALLOW_LIST} in the setup's wsOptions.verifyClient, or check req.headers.origin in the route's handler and close the socket`,
    }),
  ],
};
