import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** Centrifugo's JavaScript client. */
export const centrifuge: LibraryModel = {
  name: 'Centrifuge',
  modules: ['centrifuge'],
  urlSinks: [
    wsClientSink({
      id: 'centrifuge',
      api: 'Centrifuge',
      modules: ['centrifuge'],
      paths: ['', 'Centrifuge'],
      url: { arg: 0 },
      safeAlternative: 'use the token or getToken option (sent in the connect command)',
    }),
  ],
};
