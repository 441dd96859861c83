import type { LibraryModel } from './model.js';
import { ALLOW_LIST, wsServerSink } from './rows.js';

/** Hono's WebSocket helpers, one per runtime (https://hono.dev/docs/helpers/websocket). */
const HONO_WEBSOCKET_MODULES = ['hono/cloudflare-workers', 'hono/deno', 'hono/bun', 'hono/ws', '@hono/node-ws'];

/**
 * Hono: `c.req` (a `HonoRequest`) and its `raw` Web Request; `upgradeWebSocket(handler)` in a route accepts the
 * handshake (imported, or made by `createBunWebSocket()`/`createNodeWebSocket({ app })`).
 */
export const hono: LibraryModel = {
  name: 'Hono',
  modules: ['hono', ...HONO_WEBSOCKET_MODULES],
  wsServerSinks: [
    wsServerSink({
      id: 'hono-upgrade-websocket',
      api: 'Hono upgradeWebSocket()',
      check: 'upgrade-call',
      modules: HONO_WEBSOCKET_MODULES,
      paths: ['upgradeWebSocket', 'createBunWebSocket().upgradeWebSocket', 'createNodeWebSocket().upgradeWebSocket'],
      safeAlternative: `${ALLOW_LIST} (c.req.header('origin')) in a middleware of the route, before upgradeWebSocket()`,
    }),
  ],
  requestObjects: [
    {
      framework: 'Hono',
      modules: ['hono'],
      types: ['HonoRequest'],
      urlMembers: ['url'],
      queryMembers: [],
      requestMembers: ['req', 'raw'],
      pathMember: 'path',
    },
  ],
};
