import type { LibraryModel } from './model.js';
import { ALLOW_LIST, wsServerSink } from './rows.js';

/**
 * Cloudflare Workers and Durable Objects: a fetch handler accepts a WebSocket by making a `new WebSocketPair()` and
 * answering 101 with one end (https://developers.cloudflare.com/workers/runtime-apis/websockets/).
 */
export const cloudflareWorkers: LibraryModel = {
  name: 'Cloudflare Workers',
  modules: ['global'],
  wsServerSinks: [
    wsServerSink({
      id: 'cloudflare-websocket-pair',
      api: 'new WebSocketPair()',
      check: 'upgrade-call',
      modules: ['global'],
      paths: ['WebSocketPair'],
      safeAlternative: `${ALLOW_LIST} (request.headers.get('Origin')) before accepting the pair`,
    }),
  ],
};
