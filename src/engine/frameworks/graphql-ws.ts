import type { LibraryModel } from './model.js';
import { CONNECTION_PARAMS, wsClientSink } from './rows.js';

/** graphql-ws's client. */
export const graphqlWs: LibraryModel = {
  name: 'graphql-ws',
  modules: ['graphql-ws'],
  urlSinks: [
    wsClientSink({
      id: 'graphql-ws',
      api: 'graphql-ws createClient()',
      modules: ['graphql-ws'],
      paths: ['createClient'],
      url: { arg: 0, prop: 'url' },
      safeAlternative: CONNECTION_PARAMS,
    }),
  ],
};
