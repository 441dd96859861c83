import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

const SAFE_ALTERNATIVE = 'send the token in the first message after each (re)connect, or in the protocols argument';

/**
 * reconnecting-websocket and PartySocket's copy of it; and the `ReconnectingWebSocket` global of the original
 * reconnecting-websocket.js (joewalnes/reconnecting-websocket), loaded by a script tag, same constructor and arguments.
 */
export const reconnectingWebSocket: LibraryModel = {
  name: 'reconnecting-websocket',
  modules: ['reconnecting-websocket', 'partysocket/ws', 'global'],
  urlSinks: [
    wsClientSink({
      id: 'reconnecting-websocket',
      api: 'ReconnectingWebSocket',
      modules: ['reconnecting-websocket', 'partysocket/ws'],
      paths: [''],
      url: { arg: 0 },
      safeAlternative: SAFE_ALTERNATIVE,
    }),
    wsClientSink({
      id: 'reconnecting-websocket-global',
      api: 'ReconnectingWebSocket',
      modules: ['global'],
      paths: ['ReconnectingWebSocket'],
      url: { arg: 0 },
      safeAlternative: SAFE_ALTERNATIVE,
    }),
  ],
};
