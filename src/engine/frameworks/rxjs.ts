import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** Where RxJS's WebSocket subject is exported: `rxjs` (7), `rxjs/webSocket` (6 and 7), and the deep paths of 6. */
const RXJS_WEBSOCKET_MODULES = [
  'rxjs',
  'rxjs/webSocket',
  'rxjs/internal/observable/dom/webSocket',
  'rxjs/internal/observable/dom/WebSocketSubject',
  'rxjs/observable/dom/WebSocketSubject',
];

/**
 * RxJS's WebSocket client (Angular's usual one): `webSocket(urlOrConfig)` and `new WebSocketSubject(urlOrConfig)` take
 * the URL, or a `WebSocketSubjectConfig` whose `url` it is (https://rxjs.dev/api/webSocket/webSocket).
 */
export const rxjs: LibraryModel = {
  name: 'RxJS webSocket',
  modules: RXJS_WEBSOCKET_MODULES,
  urlSinks: [
    wsClientSink({
      id: 'rxjs-websocket',
      api: 'RxJS webSocket()',
      modules: RXJS_WEBSOCKET_MODULES,
      paths: ['webSocket', 'WebSocketSubject'],
      url: { arg: 0, prop: 'url' },
      safeAlternative: "send the token in the first message (subject.next(…)), or in the config's protocol option",
    }),
  ],
};
