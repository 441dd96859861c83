import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** SockJS's client. */
export const sockjs: LibraryModel = {
  name: 'SockJS',
  modules: ['sockjs-client'],
  urlSinks: [
    wsClientSink({
      id: 'sockjs',
      api: 'SockJS',
      modules: ['sockjs-client'],
      paths: [''],
      url: { arg: 0 },
      upgradesHttp: true,
      safeAlternative: 'send it in the STOMP CONNECT frame (connectHeaders) or in the first message',
    }),
  ],
};
