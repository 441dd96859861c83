import type { LibraryModel } from './model.js';
import { wsClientSink, wsServerSink } from './rows.js';

/** How `io(url, { query })` sends its URL and query, imported or as the page's global. */
const USE_AUTH_OPTION = {
  id: 'useAuthOption',
  to: 'auth',
  description: 'Send these values with the auth option (CONNECT packet) instead of the URL query.',
  shape: 'same',
} as const;

const CLIENT_OPTIONS = {
  url: { arg: 0 },
  upgradesHttp: true,
  queryOptions: [{ prop: 'query', rename: USE_AUTH_OPTION }],
  safeAlternative: 'use the auth option (io(url, { auth: { token } })), sent in the CONNECT packet',
} as const;

/** socket.io: the client (`io(url, { query })`, `socket.io.opts.query = …`), the server, and the server's handshake. */
export const socketIo: LibraryModel = {
  name: 'socket.io (client and server)',
  modules: ['socket.io-client', 'socket.io', 'ngx-socket-io'],
  urlSinks: [
    wsClientSink({
      id: 'socket-io',
      api: 'socket.io-client io()',
      modules: ['socket.io-client'],
      paths: ['', 'io', 'connect', 'io.connect', 'Manager', 'lookup'],
      ...CLIENT_OPTIONS,
    }),
    // The client a page loads with a script tag (`<script src="/socket.io/socket.io.js">`): the global `io`.
    wsClientSink({
      id: 'socket-io-global',
      api: 'socket.io-client io()',
      modules: ['global'],
      paths: ['io', 'io.connect'],
      ...CLIENT_OPTIONS,
    }),
    // ngx-socket-io, Angular's wrapper: `SocketIoModule.forRoot(config)`, `provideSocketIo(config)` and `new Socket(config)`
    // take `{ url, options }`, options as `io(url, options)` takes them (https://github.com/rodgc/ngx-socket-io#usage).
    wsClientSink({
      id: 'ngx-socket-io',
      api: 'ngx-socket-io SocketIoModule.forRoot()',
      modules: ['ngx-socket-io'],
      paths: ['SocketIoModule.forRoot', 'provideSocketIo', 'Socket'],
      url: { arg: 0, prop: 'url' },
      upgradesHttp: true,
      queryOptions: [{ prop: 'options.query', rename: USE_AUTH_OPTION }],
      safeAlternative: 'use the auth option ({ url, options: { auth: { token } } }), sent in the CONNECT packet',
    }),
    // `.io.opts.query` is the socket.io client's own chain (its Manager's options): off a socket the analysis cannot
    // resolve too ('?': `this.$socket` of vue-socket.io, a socket handed in untyped).
    wsClientSink({
      id: 'socket-io-query-assignment',
      api: 'socket.io-client io()',
      // ngx-socket-io's `Socket` holds its socket.io socket as `ioSocket`.
      modules: ['socket.io-client', 'ngx-socket-io', '?'],
      paths: ['**.io.opts.query', 'Manager().opts.query'],
      assignment: 'query',
      safeAlternative: 'set socket.auth = { token }, sent in the CONNECT packet',
    }),
  ],
  wsServerSinks: [
    wsServerSink({
      id: 'socket-io-server',
      api: 'socket.io Server',
      check: 'socket-io-server',
      modules: ['socket.io'],
      paths: ['Server', '', 'default', 'listen'],
      safeAlternative: `list the allowed origins in cors.origin and check req.headers.origin in allowRequest (the WebSocket transport ignores CORS)`,
    }),
  ],
  requestObjects: [
    {
      framework: 'socket.io',
      modules: ['socket.io'],
      types: ['Handshake'],
      urlMembers: ['url'],
      // engine.io parses the handshake's query onto the request as `_query` (`socket.request._query.token`).
      queryMembers: ['query', '_query'],
      requestMembers: ['request', 'handshake'],
      pathMember: 'split',
    },
  ],
};
