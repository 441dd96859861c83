import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/**
 * VueUse's `useWebSocket(url)` and `useEventSource(url)`: the URL may be a ref, a getter or a string. In a Nuxt app with
 * @vueuse/nuxt they are auto-imported: called without an import (or from `#imports`).
 */
const VUEUSE_MODULES = ['@vueuse/core', '#imports', 'global'];

export const vueuse: LibraryModel = {
  name: 'VueUse',
  modules: VUEUSE_MODULES,
  urlSinks: [
    wsClientSink({
      id: 'vueuse',
      api: 'VueUse useWebSocket()/useEventSource()',
      modules: VUEUSE_MODULES,
      paths: ['useWebSocket', 'useEventSource'],
      url: { arg: 0 },
      safeAlternative: 'send the token in the first message (useWebSocket) or use a cookie with an Origin check',
    }),
  ],
};
