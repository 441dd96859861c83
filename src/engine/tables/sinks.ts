import { insecureSchemeRows, serverSinkRows, type ServerCheckId, type ServerRuleId } from './server-sinks.js';

/**
 * Where a URL leaves the program: one row per client API, with the channel that library offers instead.
 * Callees are matched by the module they come from (`global` for the platform's own objects, `?` for
 * parameters such as an Express handler's `res`) and a path inside it:
 *   ''                 the module's own export or default export called directly (`io(url)`, `axios(url)`)
 *   'get'              a member (`axios.get`)
 *   'create().get'     a member of what a call returns (`axios.create().get`); `new` counts as a call
 *   '**'               any number of segments (builder chains: `new HubConnectionBuilder().configureLogging(…).withUrl`)
 */
export type CodeRuleId = 'ws-token-in-url' | 'token-in-request-url' | ServerRuleId;

export interface UrlSpec {
  /** The argument that holds the URL; `last` for `res.redirect([status,] url)`. */
  readonly arg: number | 'last';
  /** When that argument is an options object, the property holding the URL (`createClient({ url })`). */
  readonly prop?: string;
}

export interface OptionRename {
  readonly id: string;
  readonly to: string;
  readonly description: string;
  /**
   * `same`: the safe option takes the same value (socket.io `query` → `auth`).
   * `single-value`: it takes the one value inside the record (Phoenix `params: { token }` → `authToken: token`).
   */
  readonly shape: 'same' | 'single-value';
}

/** An option the library turns into URL query parameters (`io(url, { query })`, `axios(url, { params })`). */
export interface QueryOptionSpec {
  readonly prop: string;
  /** The safe option with the same shape, offered as a suggestion when the value is an object. */
  readonly rename?: OptionRename;
}

/** An option whose presence alone puts a token in the URL (SignalR's `accessTokenFactory` in browsers). */
export interface TokenOptionSpec {
  readonly prop: string;
  readonly parameter: string;
}

export interface SinkRow {
  readonly id: string;
  readonly rule: CodeRuleId;
  /** How messages name the API: library and call. */
  readonly api: string;
  readonly modules: readonly string[];
  readonly paths: readonly string[];
  /**
   * The sink is an assignment target rather than a call: of a URL (`location.href = url`) or of a record the
   * library appends to the query (`socket.io.opts.query = { token }`).
   */
  readonly assignment?: 'url' | 'query';
  readonly url?: UrlSpec;
  /** Checked on every object argument. */
  readonly queryOptions?: readonly QueryOptionSpec[];
  /** Arguments that are themselves query records (superagent `.query({ token })`). */
  readonly queryArgs?: readonly number[];
  readonly tokenOption?: TokenOptionSpec;
  /**
   * For sinks recognised by a parameter's name (`res.redirect`): with a checker, the receiver's type must be one
   * of these (by name), unless the checker cannot tell (`any`, unresolved library types).
   */
  readonly receiverTypes?: readonly string[];
  /** Server rules: the judge in server/server-checks.ts that replaces the URL-token checks above. */
  readonly check?: ServerCheckId;
  /** The safe channel, as advice completing "Instead, …". */
  readonly safeAlternative: string;
}

const HTTP_METHODS = ['get', 'delete', 'head', 'options', 'post', 'put', 'patch'];
const withInstances = (factory: string, members: readonly string[]) => [
  ...members,
  `${factory}()`,
  ...members.map((member) => `${factory}().${member}`),
];

const ws = (row: Omit<SinkRow, 'rule'>): SinkRow => ({ rule: 'ws-token-in-url', ...row });
const request = (row: Omit<SinkRow, 'rule'>): SinkRow => ({ rule: 'token-in-request-url', ...row });

const AUTHORIZATION_HEADER = 'send the token in an Authorization header';
/** Response objects of Express, Node, Fastify, Koa and Next.js, by type name. */
const RESPONSE_TYPES = [
  'Response',
  'ServerResponse',
  'FastifyReply',
  'Context',
  'ParameterizedContext',
  'ExtendableContext',
  'NextApiResponse',
];
const NAVIGATE_SAFELY = 'navigate with a short-lived single-use code, or keep the session in an HttpOnly cookie';
const CONNECTION_PARAMS = 'pass the token in connectionParams (sent in the ConnectionInit message)';

const urlSinks: readonly SinkRow[] = [
  ws({
    id: 'dom-websocket',
    api: 'WebSocket',
    modules: ['global'],
    paths: ['WebSocket'],
    url: { arg: 0 },
    safeAlternative: "send the token in the first message, or as a Sec-WebSocket-Protocol entry (new WebSocket(url, ['bearer', token]))",
  }),
  ws({
    id: 'node-ws',
    api: 'ws WebSocket',
    modules: ['ws', 'isomorphic-ws'],
    paths: ['', 'WebSocket'],
    url: { arg: 0 },
    safeAlternative: 'pass it in the headers option (new WebSocket(url, { headers: { Authorization } })) or in the first message',
  }),
  ws({
    id: 'reconnecting-websocket',
    api: 'ReconnectingWebSocket',
    modules: ['reconnecting-websocket', 'partysocket/ws'],
    paths: [''],
    url: { arg: 0 },
    safeAlternative: 'send the token in the first message after each (re)connect, or in the protocols argument',
  }),
  ws({
    id: 'dom-eventsource',
    api: 'EventSource',
    modules: ['global'],
    paths: ['EventSource'],
    url: { arg: 0 },
    safeAlternative: 'use a cookie session (withCredentials) with an Origin check, or an EventSource polyfill with the headers option',
  }),
  ws({
    id: 'eventsource-polyfill',
    api: 'EventSource polyfill',
    modules: ['eventsource', 'event-source-polyfill', 'extended-eventsource', 'eventsource-client', '@microsoft/fetch-event-source'],
    paths: ['', 'EventSource', 'EventSourcePolyfill', 'NativeEventSource', 'createEventSource', 'fetchEventSource'],
    url: { arg: 0 },
    safeAlternative: 'pass it in the headers option ({ headers: { Authorization } })',
  }),
  ws({
    id: 'sockjs',
    api: 'SockJS',
    modules: ['sockjs-client'],
    paths: [''],
    url: { arg: 0 },
    safeAlternative: 'send it in the STOMP CONNECT frame (connectHeaders) or in the first message',
  }),
  ws({
    id: 'socket-io',
    api: 'socket.io-client io()',
    modules: ['socket.io-client'],
    paths: ['', 'io', 'connect', 'io.connect', 'Manager', 'lookup'],
    url: { arg: 0 },
    queryOptions: [
      {
        prop: 'query',
        rename: {
          id: 'useAuthOption',
          to: 'auth',
          description: 'Send these values with the auth option (CONNECT packet) instead of the URL query.',
          shape: 'same',
        },
      },
    ],
    safeAlternative: 'use the auth option (io(url, { auth: { token } })), sent in the CONNECT packet',
  }),
  ws({
    id: 'socket-io-query-assignment',
    api: 'socket.io-client io()',
    modules: ['socket.io-client'],
    paths: ['**.io.opts.query', 'Manager().opts.query'],
    assignment: 'query',
    safeAlternative: 'set socket.auth = { token } instead, sent in the CONNECT packet',
  }),
  ws({
    id: 'phoenix-socket',
    api: 'Phoenix Socket',
    modules: ['phoenix'],
    paths: ['Socket', 'LongPoll'],
    url: { arg: 0 },
    queryOptions: [
      {
        prop: 'params',
        rename: {
          id: 'useAuthTokenOption',
          to: 'authToken',
          description: 'Pass the token with the authToken option (sent as a subprotocol).',
          shape: 'single-value',
        },
      },
    ],
    safeAlternative: 'use the authToken option (new Socket(url, { authToken })), sent as a subprotocol',
  }),
  ws({
    id: 'supabase-realtime',
    api: 'Supabase RealtimeClient',
    modules: ['@supabase/realtime-js'],
    paths: ['RealtimeClient'],
    url: { arg: 0 },
    queryOptions: [{ prop: 'params' }],
    safeAlternative: "keep only the public anon key in params and send the user's JWT with setAuth()",
  }),
  ws({
    id: 'actioncable',
    api: 'ActionCable createConsumer()',
    modules: ['@rails/actioncable', 'actioncable'],
    paths: ['createConsumer'],
    url: { arg: 0 },
    safeAlternative: 'authenticate with the session cookie (Rails checks allowed_request_origins) or consumer.addSubProtocol()',
  }),
  ws({
    id: 'anycable',
    api: 'AnyCable createCable()',
    modules: ['@anycable/web', '@anycable/core', '@anycable/turbo-stream'],
    paths: ['createCable', 'createConsumer'],
    url: { arg: 0 },
    safeAlternative: 'authenticate with the session cookie and an Origin check, or send the token as a subprotocol',
  }),
  ws({
    id: 'signalr',
    api: 'SignalR HubConnectionBuilder.withUrl()',
    modules: ['@microsoft/signalr', '@aspnet/signalr'],
    paths: ['HubConnectionBuilder().**.withUrl'],
    url: { arg: 0 },
    tokenOption: { prop: 'accessTokenFactory', parameter: 'access_token' },
    safeAlternative:
      'the browser client appends access_token to the URL for WebSockets and Server-Sent Events: keep those tokens short-lived (minutes), or use cookie auth with an Origin check',
  }),
  ws({
    id: 'graphql-ws',
    api: 'graphql-ws createClient()',
    modules: ['graphql-ws'],
    paths: ['createClient'],
    url: { arg: 0, prop: 'url' },
    safeAlternative: CONNECTION_PARAMS,
  }),
  ws({
    id: 'subscriptions-transport-ws',
    api: 'subscriptions-transport-ws SubscriptionClient',
    modules: ['subscriptions-transport-ws'],
    paths: ['SubscriptionClient'],
    url: { arg: 0 },
    safeAlternative: CONNECTION_PARAMS,
  }),
  ws({
    id: 'apollo-websocket-link',
    api: 'Apollo WebSocketLink',
    modules: ['@apollo/client/link/ws', 'apollo-link-ws', '@apollo/client'],
    paths: ['WebSocketLink'],
    url: { arg: 0, prop: 'uri' },
    safeAlternative: CONNECTION_PARAMS,
  }),
  ws({
    id: 'stomp',
    api: 'STOMP Client',
    modules: ['@stomp/stompjs'],
    paths: ['Client'],
    url: { arg: 0, prop: 'brokerURL' },
    safeAlternative: 'send it in connectHeaders (the STOMP CONNECT frame)',
  }),
  ws({
    id: 'centrifuge',
    api: 'Centrifuge',
    modules: ['centrifuge'],
    paths: ['', 'Centrifuge'],
    url: { arg: 0 },
    safeAlternative: 'use the token or getToken option (sent in the connect command)',
  }),
  ws({
    id: 'ably',
    api: 'Ably Realtime',
    modules: ['ably'],
    paths: ['Realtime', 'Realtime.Promise'],
    tokenOption: { prop: 'key', parameter: 'key' },
    safeAlternative:
      'the realtime client puts an API key in the connection URL: use token auth with authUrl or authCallback (short-lived tokens)',
  }),
  request({
    id: 'fetch',
    api: 'fetch()',
    modules: ['global'],
    paths: ['fetch', 'Request'],
    url: { arg: 0 },
    safeAlternative: AUTHORIZATION_HEADER,
  }),
  request({
    id: 'fetch-library',
    api: 'fetch()',
    modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'undici'],
    paths: ['', 'fetch', 'request', 'Request'],
    url: { arg: 0 },
    safeAlternative: AUTHORIZATION_HEADER,
  }),
  request({
    id: 'axios',
    api: 'axios',
    modules: ['axios'],
    paths: ['', ...withInstances('create', ['request', 'getUri', ...HTTP_METHODS])],
    url: { arg: 0, prop: 'url' },
    queryOptions: [{ prop: 'params' }],
    safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
  }),
  request({
    id: 'axios-instance-defaults',
    api: 'axios.create()',
    modules: ['axios'],
    paths: ['create'],
    url: { arg: 0, prop: 'baseURL' },
    queryOptions: [{ prop: 'params' }],
    safeAlternative: `${AUTHORIZATION_HEADER} (headers option of the instance)`,
  }),
  request({
    id: 'angular-http-client',
    api: 'Angular HttpClient',
    modules: ['@angular/common/http'],
    paths: [...HTTP_METHODS, 'jsonp'].map((method) => `HttpClient().${method}`),
    url: { arg: 0 },
    queryOptions: [{ prop: 'params' }],
    safeAlternative: `${AUTHORIZATION_HEADER} (headers option, or an HttpInterceptor)`,
  }),
  request({
    id: 'xhr',
    api: 'XMLHttpRequest.open()',
    modules: ['global'],
    paths: ['XMLHttpRequest().open'],
    url: { arg: 1 },
    safeAlternative: `${AUTHORIZATION_HEADER} (xhr.setRequestHeader)`,
  }),
  request({
    id: 'node-http',
    api: 'http(s).request()',
    modules: ['http', 'https', 'http2'],
    paths: ['get', 'request'],
    url: { arg: 0, prop: 'path' },
    safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
  }),
  request({
    id: 'got',
    api: 'got',
    modules: ['got'],
    paths: ['', 'stream', ...withInstances('extend', ['stream', ...HTTP_METHODS])],
    url: { arg: 0, prop: 'url' },
    queryOptions: [{ prop: 'searchParams' }],
    safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
  }),
  request({
    id: 'ky',
    api: 'ky',
    modules: ['ky'],
    paths: ['', ...withInstances('create', HTTP_METHODS), ...HTTP_METHODS.map((method) => `extend().${method}`)],
    url: { arg: 0 },
    queryOptions: [{ prop: 'searchParams' }],
    safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
  }),
  request({
    id: 'superagent',
    api: 'superagent',
    modules: ['superagent'],
    paths: ['', 'del', ...HTTP_METHODS],
    url: { arg: 0 },
    safeAlternative: `${AUTHORIZATION_HEADER} (.set('Authorization', …))`,
  }),
  request({
    id: 'superagent-query',
    api: 'superagent .query()',
    modules: ['superagent'],
    paths: ['**.query'],
    queryArgs: [0],
    safeAlternative: `${AUTHORIZATION_HEADER} (.set('Authorization', …))`,
  }),
  request({
    id: 'location-navigation',
    api: 'location.assign()/replace()',
    modules: ['global'],
    paths: ['location.assign', 'location.replace', 'document.location.assign', 'document.location.replace'],
    url: { arg: 0 },
    safeAlternative: NAVIGATE_SAFELY,
  }),
  request({
    id: 'window-open',
    api: 'window.open()',
    modules: ['global'],
    paths: ['open'],
    url: { arg: 0 },
    safeAlternative: NAVIGATE_SAFELY,
  }),
  request({
    id: 'navigation-assignment',
    api: 'location.href',
    modules: ['global'],
    paths: ['location', 'location.href', 'document.location', 'document.location.href'],
    assignment: 'url',
    safeAlternative: NAVIGATE_SAFELY,
  }),
  request({
    id: 'server-redirect',
    api: 'res.redirect()',
    modules: ['?', 'express', 'http', 'fastify', 'koa', 'next'],
    paths: ['res.redirect', 'response.redirect', 'reply.redirect', 'ctx.redirect', ...RESPONSE_TYPES.map((type) => `${type}().redirect`)],
    url: { arg: 'last' },
    receiverTypes: RESPONSE_TYPES,
    safeAlternative: 'redirect with a short-lived single-use code and set the session in an HttpOnly cookie',
  }),
];

export const sinkTable: readonly SinkRow[] = [...urlSinks, ...insecureSchemeRows(urlSinks), ...serverSinkRows];
