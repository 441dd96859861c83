import type { LibraryModel } from './model.js';
import { CONNECTION_PARAMS, wsClientSink } from './rows.js';

/** Apollo Client's WebSocket link. */
export const apollo: LibraryModel = {
  name: 'Apollo Client',
  modules: ['@apollo/client/link/ws', 'apollo-link-ws', '@apollo/client'],
  urlSinks: [
    wsClientSink({
      id: 'apollo-websocket-link',
      api: 'Apollo WebSocketLink',
      modules: ['@apollo/client/link/ws', 'apollo-link-ws', '@apollo/client'],
      paths: ['WebSocketLink'],
      url: { arg: 0, prop: 'uri' },
      safeAlternative: CONNECTION_PARAMS,
    }),
  ],
};
