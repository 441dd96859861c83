import type { LibraryModel } from './model.js';
import { ALLOW_LIST, wsServerSink } from './rows.js';

/** uWebSockets.js: `App().ws()` routes. Its request methods (`req.getQuery()`; `req.getUrl()` is the path alone) are in tables/request-sources.ts. */
export const uWebSockets: LibraryModel = {
  name: 'uWebSockets.js',
  modules: ['uWebSockets.js'],
  wsServerSinks: [
    wsServerSink({
      id: 'uws-app',
      api: 'uWebSockets.js ws()',
      check: 'uws-app',
      modules: ['uWebSockets.js'],
      paths: ['App().**.ws', 'SSLApp().**.ws', 'TemplatedApp().ws'],
      safeAlternative: `${ALLOW_LIST} in the upgrade handler (req.getHeader('origin')) before res.upgrade()`,
    }),
  ],
};
