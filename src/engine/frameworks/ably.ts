import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** Ably's realtime client: an API key in its options ends up in the connection URL. */
export const ably: LibraryModel = {
  name: 'Ably',
  modules: ['ably'],
  urlSinks: [
    wsClientSink({
      id: 'ably',
      api: 'Ably Realtime',
      modules: ['ably'],
      paths: ['Realtime', 'Realtime.Promise'],
      tokenOption: { prop: 'key', parameter: 'key' },
      safeAlternative:
        'the realtime client puts an API key in the connection URL: use token auth with authUrl or authCallback (short-lived tokens)',
    }),
  ],
};
