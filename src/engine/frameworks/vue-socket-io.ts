import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/**
 * vue-socket.io: `new VueSocketIO({ connection, options })` opens `SocketIO(connection, options)` when `connection` is
 * a URL, so `options.query` is the handshake URL's query (https://github.com/MetinSeylan/Vue-Socket.io#-usage).
 */
export const vueSocketIo: LibraryModel = {
  name: 'vue-socket.io',
  modules: ['vue-socket.io', 'vue-3-socket.io'],
  urlSinks: [
    wsClientSink({
      id: 'vue-socket-io',
      api: 'vue-socket.io new VueSocketIO()',
      modules: ['vue-socket.io', 'vue-3-socket.io'],
      paths: ['', 'default'],
      url: { arg: 0, prop: 'connection' },
      queryOptions: [{ prop: 'options.query' }],
      safeAlternative: 'give it a socket made with the auth option (connection: io(url, { auth: { token } })), sent in the CONNECT packet',
    }),
  ],
};
