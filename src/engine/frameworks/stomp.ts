import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

const SAFE_ALTERNATIVE = 'send it in connectHeaders (the STOMP CONNECT frame)';

/**
 * STOMP over WebSocket: @stomp/stompjs' `Client` (`brokerURL`) and its compatibility factory `Stomp.client(url)`
 * (https://stomp-js.github.io/api-docs/latest/classes/Stomp.html), the older stomp-websocket (`stompjs` on npm, or the
 * `Stomp` global its script tag defines: http://jmesnil.net/stomp-websocket/doc/, "Create a STOMP client") and
 * webstomp-client's `webstomp.client(url)` (https://github.com/JSteunou/webstomp-client#api), each of which opens a
 * WebSocket to the URL.
 */
export const stomp: LibraryModel = {
  name: 'STOMP.js',
  modules: ['@stomp/stompjs', 'stompjs', 'webstomp-client', 'global'],
  urlSinks: [
    wsClientSink({
      id: 'stomp',
      api: 'STOMP Client',
      modules: ['@stomp/stompjs'],
      paths: ['Client'],
      url: { arg: 0, prop: 'brokerURL' },
      safeAlternative: SAFE_ALTERNATIVE,
    }),
    wsClientSink({
      id: 'stomp-client-factory',
      api: 'Stomp.client()',
      modules: ['@stomp/stompjs', 'global'],
      paths: ['Stomp.client'],
      url: { arg: 0 },
      safeAlternative: SAFE_ALTERNATIVE,
    }),
    wsClientSink({
      id: 'stompjs-client',
      api: 'Stomp.client()',
      modules: ['stompjs', 'webstomp-client'],
      paths: ['client', 'Stomp.client'],
      url: { arg: 0 },
      safeAlternative: SAFE_ALTERNATIVE,
    }),
  ],
};
