import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/**
 * react-use-websocket: `useWebSocket(url, options)` (and `useEventSource`) opens the socket with the URL as given; its
 * `queryParams` option is appended to the URL (https://github.com/robtaussig/react-use-websocket#options).
 */
export const reactUseWebsocket: LibraryModel = {
  name: 'react-use-websocket',
  modules: ['react-use-websocket'],
  urlSinks: [
    wsClientSink({
      id: 'react-use-websocket',
      api: 'react-use-websocket useWebSocket()',
      modules: ['react-use-websocket'],
      paths: ['', 'default', 'useWebSocket', 'useEventSource'],
      url: { arg: 0 },
      queryOptions: [{ prop: 'queryParams' }],
      safeAlternative: 'send the token in the first message (onOpen: sendMessage) or use a cookie with an Origin check',
    }),
  ],
};
