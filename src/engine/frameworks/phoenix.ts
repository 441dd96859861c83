import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** Phoenix (Elixir) channels' JavaScript client. */
export const phoenix: LibraryModel = {
  name: 'Phoenix',
  modules: ['phoenix'],
  urlSinks: [
    wsClientSink({
      id: 'phoenix-socket',
      api: 'Phoenix Socket',
      modules: ['phoenix'],
      paths: ['Socket', 'LongPoll'],
      url: { arg: 0 },
      queryOptions: [
        {
          prop: 'params',
          rename: {
            id: 'useAuthTokenOption',
            to: 'authToken',
            description: 'Pass the token with the authToken option (sent as a subprotocol).',
            shape: 'single-value',
          },
        },
      ],
      safeAlternative: 'use the authToken option (new Socket(url, { authToken })), sent as a subprotocol',
    }),
  ],
};
