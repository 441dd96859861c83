import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

const SAFE_ALTERNATIVE =
  "send the token in the first message, or as a Sec-WebSocket-Protocol entry ($connect(url, { protocol: 'bearer, …' }))";

/**
 * vue-native-websocket: the plugin opens a WebSocket to the URL it is installed with (`Vue.use(VueNativeSock, url,
 * options)`, Vue 3's `app.use(VueNativeSock, url)`); with `connectManually`, a component (or a Vue instance) opens it
 * with `this.$connect(url)` (https://github.com/nathantsoi/vue-native-websocket#usage).
 */
export const vueNativeWebsocket: LibraryModel = {
  name: 'vue-native-websocket',
  modules: ['vue', '?'],
  urlSinks: [
    wsClientSink({
      id: 'vue-native-websocket-install',
      api: 'vue-native-websocket Vue.use()',
      modules: ['vue', 'global'],
      paths: ['use', 'default.use', 'Vue.use', 'createApp().use'],
      url: { arg: 1, plugin: { arg: 0, module: 'vue-native-websocket' } },
      safeAlternative: SAFE_ALTERNATIVE,
    }),
    wsClientSink({
      id: 'vue-native-websocket-connect',
      api: 'vue-native-websocket $connect()',
      modules: ['vue', '?'],
      paths: ['this.$connect', '().$connect', 'default().$connect', 'Vue().$connect'],
      url: { arg: 0 },
      safeAlternative: SAFE_ALTERNATIVE,
    }),
  ],
};
