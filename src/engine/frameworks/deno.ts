import type { LibraryModel } from './model.js';
import { ALLOW_LIST, wsServerSink } from './rows.js';

/** Deno's own server: `Deno.upgradeWebSocket(req)` accepts the handshake where it is called (https://docs.deno.com/api/deno/~/Deno.upgradeWebSocket). */
export const deno: LibraryModel = {
  name: 'Deno',
  modules: ['global'],
  wsServerSinks: [
    wsServerSink({
      id: 'deno-upgrade-websocket',
      api: 'Deno.upgradeWebSocket()',
      check: 'upgrade-call',
      modules: ['global'],
      paths: ['Deno.upgradeWebSocket'],
      safeAlternative: `${ALLOW_LIST} (req.headers.get('origin')) before Deno.upgradeWebSocket(req)`,
    }),
  ],
};
