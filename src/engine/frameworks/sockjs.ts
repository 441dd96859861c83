import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

const SAFE_ALTERNATIVE = 'send it in the STOMP CONNECT frame (connectHeaders) or in the first message';

/**
 * SockJS's client, imported, or the `SockJS` global its browser build defines when a script tag loads it
 * (`<script src="…/sockjs.min.js">`, https://github.com/sockjs/sockjs-client#getting-started): same constructor.
 */
export const sockjs: LibraryModel = {
  name: 'SockJS',
  modules: ['sockjs-client', 'global'],
  urlSinks: [
    wsClientSink({
      id: 'sockjs',
      api: 'SockJS',
      modules: ['sockjs-client'],
      paths: [''],
      url: { arg: 0 },
      upgradesHttp: true,
      safeAlternative: SAFE_ALTERNATIVE,
    }),
    wsClientSink({
      id: 'sockjs-global',
      api: 'SockJS',
      modules: ['global'],
      paths: ['SockJS'],
      url: { arg: 0 },
      upgradesHttp: true,
      safeAlternative: SAFE_ALTERNATIVE,
    }),
  ],
};
