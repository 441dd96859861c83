import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/**
 * Rails ActionCable's client, and its forks for React that keep `createConsumer(url)`: action-cable-react, and
 * action-cable-react-jwt, whose second argument sends a JWT as a subprotocol (https://www.npmjs.com/package/action-cable-react-jwt);
 * a token in the URL leaks the same.
 */
const MODULES = ['@rails/actioncable', 'actioncable', 'action-cable-react', 'action-cable-react-jwt'];

export const actionCable: LibraryModel = {
  name: 'ActionCable',
  modules: MODULES,
  urlSinks: [
    wsClientSink({
      id: 'actioncable',
      api: 'ActionCable createConsumer()',
      modules: MODULES,
      paths: ['createConsumer'],
      url: { arg: 0 },
      safeAlternative: 'authenticate with the session cookie (Rails checks allowed_request_origins) or consumer.addSubProtocol()',
    }),
  ],
};
