import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** Rails ActionCable's client. */
export const actionCable: LibraryModel = {
  name: 'ActionCable',
  modules: ['@rails/actioncable', 'actioncable'],
  urlSinks: [
    wsClientSink({
      id: 'actioncable',
      api: 'ActionCable createConsumer()',
      modules: ['@rails/actioncable', 'actioncable'],
      paths: ['createConsumer'],
      url: { arg: 0 },
      safeAlternative: 'authenticate with the session cookie (Rails checks allowed_request_origins) or consumer.addSubProtocol()',
    }),
  ],
};
