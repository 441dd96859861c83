import type { LibraryModel } from './model.js';
import { ALLOW_LIST, wsServerSink } from './rows.js';

/**
 * Elysia: `.decorate('name', value)` and `.decorate({ name: value })` put a value in the context of every handler
 * chained after it (https://elysiajs.com/essential/handler#decorate), so `.onRequest(({ name }) => name.info(…))` calls
 * that value. Its request is a Web `Request`, read by name like every handler's `request`.
 */
export const elysia: LibraryModel = {
  name: 'Elysia',
  modules: ['elysia'],
  contextDecorators: [{ modules: ['elysia'], method: 'decorate' }],
  // `.ws(path, handlers)` routes accept WebSocket handshakes (https://elysiajs.com/patterns/websocket).
  wsServerSinks: [
    wsServerSink({
      id: 'elysia-ws',
      api: 'Elysia ws()',
      check: 'elysia-ws',
      modules: ['elysia'],
      paths: ['Elysia().**.ws'],
      safeAlternative: `${ALLOW_LIST} in the route's beforeHandle (request.headers.get('origin'))`,
    }),
  ],
};
