import type { LibraryModel } from './model.js';
import { CONNECTION_PARAMS, wsClientSink } from './rows.js';

/** subscriptions-transport-ws, the older GraphQL-over-WebSocket client. */
export const subscriptionsTransportWs: LibraryModel = {
  name: 'subscriptions-transport-ws',
  modules: ['subscriptions-transport-ws'],
  urlSinks: [
    wsClientSink({
      id: 'subscriptions-transport-ws',
      api: 'subscriptions-transport-ws SubscriptionClient',
      modules: ['subscriptions-transport-ws'],
      paths: ['SubscriptionClient'],
      url: { arg: 0 },
      safeAlternative: CONNECTION_PARAMS,
    }),
  ],
};
