import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** STOMP over WebSocket (@stomp/stompjs). */
export const stomp: LibraryModel = {
  name: 'STOMP.js',
  modules: ['@stomp/stompjs'],
  urlSinks: [
    wsClientSink({
      id: 'stomp',
      api: 'STOMP Client',
      modules: ['@stomp/stompjs'],
      paths: ['Client'],
      url: { arg: 0, prop: 'brokerURL' },
      safeAlternative: 'send it in connectHeaders (the STOMP CONNECT frame)',
    }),
  ],
};
