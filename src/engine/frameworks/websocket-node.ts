import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** The `websocket` package (WebSocket-Node): `new WebSocketClient().connect(url)` and its W3C-style `w3cwebsocket`. */
export const websocketNode: LibraryModel = {
  name: 'websocket',
  modules: ['websocket'],
  urlSinks: [
    wsClientSink({
      id: 'websocket-node',
      api: 'websocket client.connect()',
      modules: ['websocket'],
      paths: ['client().connect', 'w3cwebsocket'],
      url: { arg: 0 },
      safeAlternative: 'send it in the headers argument of connect() (Node.js), or in the first message after connecting',
    }),
  ],
};
