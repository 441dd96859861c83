import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** AnyCable's clients (ActionCable-compatible). */
export const anyCable: LibraryModel = {
  name: 'AnyCable',
  modules: ['@anycable/web', '@anycable/core', '@anycable/turbo-stream'],
  urlSinks: [
    wsClientSink({
      id: 'anycable',
      api: 'AnyCable createCable()',
      modules: ['@anycable/web', '@anycable/core', '@anycable/turbo-stream'],
      paths: ['createCable', 'createConsumer'],
      url: { arg: 0 },
      safeAlternative: 'authenticate with the session cookie and an Origin check, or send the token as a subprotocol',
    }),
  ],
};
