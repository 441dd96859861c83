import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** reconnecting-websocket and PartySocket's copy of it. */
export const reconnectingWebSocket: LibraryModel = {
  name: 'reconnecting-websocket',
  modules: ['reconnecting-websocket', 'partysocket/ws'],
  urlSinks: [
    wsClientSink({
      id: 'reconnecting-websocket',
      api: 'ReconnectingWebSocket',
      modules: ['reconnecting-websocket', 'partysocket/ws'],
      paths: [''],
      url: { arg: 0 },
      safeAlternative: 'send the token in the first message after each (re)connect, or in the protocols argument',
    }),
  ],
};
