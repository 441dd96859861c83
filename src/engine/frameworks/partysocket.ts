import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/**
 * PartySocket (PartyKit): the URL is built from `host`, `room` and `party`, and the `query` option (a record, or a
 * function returning one) becomes its query string. `partysocket/ws` is reconnecting-websocket's copy (its own model).
 */
export const partysocket: LibraryModel = {
  name: 'PartySocket',
  modules: ['partysocket', 'partysocket/react'],
  urlSinks: [
    wsClientSink({
      id: 'partysocket',
      api: 'PartySocket',
      modules: ['partysocket', 'partysocket/react'],
      paths: ['', 'PartySocket', 'usePartySocket'],
      queryOptions: [{ prop: 'query' }],
      safeAlternative: 'send the token in the first message after connecting, and check it in the party before trusting the connection',
    }),
  ],
};
