import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** VueUse's `useWebSocket(url)` and `useEventSource(url)`: the URL may be a ref, a getter or a string. */
export const vueuse: LibraryModel = {
  name: 'VueUse',
  modules: ['@vueuse/core'],
  urlSinks: [
    wsClientSink({
      id: 'vueuse',
      api: 'VueUse useWebSocket()/useEventSource()',
      modules: ['@vueuse/core'],
      paths: ['useWebSocket', 'useEventSource'],
      url: { arg: 0 },
      safeAlternative: 'send the token in the first message (useWebSocket) or use a cookie with an Origin check',
    }),
  ],
};
