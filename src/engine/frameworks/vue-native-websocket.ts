import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/**
 * vue-native-websocket: with `connectManually`, a component (or a Vue instance) opens the socket with
 * `this.$connect(url)`, a WebSocket to that URL (https://github.com/nathantsoi/vue-native-websocket#usage).
 */
export const vueNativeWebsocket: LibraryModel = {
  name: 'vue-native-websocket',
  modules: ['vue', '?'],
  urlSinks: [
    wsClientSink({
      id: 'vue-native-websocket-connect',
      api: 'vue-native-websocket $connect()',
      modules: ['vue', '?'],
      paths: ['this.$connect', '().$connect', 'default().$connect', 'Vue().$connect'],
      url: { arg: 0 },
      safeAlternative:
        "send the token in the first message, or as a Sec-WebSocket-Protocol entry ($connect(url, { protocol: 'bearer, …' }))",
    }),
  ],
};
