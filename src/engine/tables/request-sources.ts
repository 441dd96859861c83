import type { TaintLabel } from '../evaluate/value.js';
import { frameworks } from '../frameworks/index.js';
import type {
  ApiRow,
  ContextualRequestName,
  QueryParserRow,
  QueryTokenOptionRow,
  QueryTokenSchemeRow,
  RequestObjectRow,
} from '../frameworks/model.js';

export { SVELTEKIT_HANDLER_TYPES, SVELTEKIT_ROUTE_FILE } from '../frameworks/sveltekit.js';

/**
 * Where request data comes from, for the server rules (log-raw-url, query-token-accepted). A value labeled
 * `request` is a request object; reading a member of it gives the label the tables below say, and any member
 * they do not list (`req.path`, `ctx.path`, `url.pathname`, `url.origin`, `req.user`) carries no request data:
 * that is how sanitizers work, without a list of them. What each framework contributes is in its model
 * (frameworks/); the names, members and methods below hold across frameworks.
 */

export type { ContextualRequestName, RequestObjectRow } from '../frameworks/model.js';
export { LAMBDA_HANDLER_NAME } from '../frameworks/aws-lambda.js';

/** Each framework's request object: how it is named, typed, and which members hold the raw URL or its query. */
export const requestObjects: readonly RequestObjectRow[] = frameworks.flatMap((model) => model.requestObjects ?? []);

/** Parameter names that hold a request when the analysis has no types (or the type is unknown). */
export const requestParamNames: ReadonlySet<string> = new Set([
  'req',
  'request',
  'upgradeReq',
  'incomingMessage',
  'incoming',
  'httpRequest',
  'rawReq',
]);

/** Names that hold a request only in some files: `ctx` where Koa is imported, `event` in AWS Lambda code. */
export const contextualRequestNames: readonly ContextualRequestName[] = frameworks.flatMap((model) => model.contextualRequestNames ?? []);

/** Members that keep request data, by the label of what they are read from; unlisted members drop it. */
export const memberLabels: Readonly<Record<TaintLabel, ReadonlyMap<string, TaintLabel>>> = {
  request: new Map<string, TaintLabel>([
    ...requestObjects.flatMap((row) => row.urlMembers.map((member) => [member, 'request-url'] as const)),
    ...requestObjects.flatMap((row) => row.queryMembers.map((member) => [member, 'query'] as const)),
    ...requestObjects.flatMap((row) => row.requestMembers.map((member) => [member, 'request'] as const)),
    ['headers', 'headers'],
  ]),
  // A URL object or string: `new URL(req.url, base).search`, `.searchParams`, `url.parse(req.url, true).query`.
  'request-url': new Map<string, TaintLabel>([
    ['href', 'request-url'],
    ['search', 'request-url'],
    ['searchParams', 'query'],
    ['query', 'query'],
  ]),
  query: new Map(),
  headers: new Map<string, TaintLabel>([
    ['referer', 'request-url'],
    ['referrer', 'request-url'],
  ]),
  'page-url': new Map<string, TaintLabel>([
    ['href', 'page-url'],
    ['search', 'page-url'],
    ['searchParams', 'page-url'],
  ]),
};

/**
 * Cloudflare Pages Functions' handlers (`export async function onRequest(context)`, `onRequestGet`, …): their
 * context's `request` is the incoming request (https://developers.cloudflare.com/pages/functions/api-reference/).
 */
export const PAGES_FUNCTION_HANDLER = /^onRequest(?:Get|Post|Put|Patch|Delete|Head|Options)?$/;

/**
 * Parameters that hold their connection's upgrade request as `.request`, by their usual names: crossws' `peer` (the
 * hooks of Nitro's and Nuxt's `defineWebSocketHandler`, h3's `defineWebSocket`: https://crossws.h3.dev/guide/peer)
 * and a socket.io `socket` (`socket.request`, the handshake's IncomingMessage: https://socket.io/docs/v4/server-api/#socketrequest).
 */
export const REQUEST_HOLDER_PARAMETERS: ReadonlySet<string> = new Set(['peer', 'socket']);

/** A WebSocket handler's connection parameter, by its usual name: Elysia's `ws`, whose `data` is the upgrade's context. */
export const WEBSOCKET_HANDLER_PARAMETERS: ReadonlySet<string> = new Set(['ws']);

/** Members of unknown objects that are requests whatever they hang off (`info.req` in verifyClient, `socket.handshake`). */
export const requestMembersAnywhere: ReadonlySet<string> = new Set(['req', 'upgradeReq', 'handshake']);

/**
 * A handler's context recognized by use, whatever imports it: any parameter that reads `request`/`req` from itself
 * (pixl-server's `args.request`), and Koa's `ctx`/`context` reading what its context delegates to the request and
 * response (https://koajs.com/#context): a helper taking the context with other parameters than `next`
 * (`checkToken(ctx, roles)`). Its `query` is then the request's.
 */
export const contextsByUse = {
  requestMembers: new Set(['request', 'req']),
  koaNames: new Set(['ctx', 'context']),
  // `response` too: a `ctx` that writes its response (`ctx.response.body = …`) is Koa's, whose `query` is the request's.
  koaMembers: new Set(['request', 'req', 'response', 'headers', 'header', 'cookies', 'throw', 'method', 'ip']),
} as const;

/**
 * Members of a handler's context that are its incoming request when destructured in the handler's parameter: those
 * above, and the Fetch-style frameworks' `request` (Cloudflare Pages Functions' `onRequest({ request, env })`,
 * SvelteKit's `load({ request })`, Remix's `loader({ request })`, Astro's `GET({ request })`). With a checker its
 * type decides, as for a parameter of its own.
 */
export const destructuredRequestMembers: ReadonlySet<string> = new Set([...requestMembersAnywhere, 'request']);

/**
 * Callbacks whose `request` parameter is no server's incoming request, matched against the end of the registering
 * callee: an outgoing request of an HTTP client (`axios.interceptors.request.use((request) => …)`), and whatever a
 * function given to a React hook receives, since it runs in the browser or the app (a react-native-webview
 * navigation, `useCallback((req) => console.log(req.url))`: https://react.dev/reference/react/useCallback).
 */
export const notIncomingRequestCallbacks: readonly string[] = [
  'interceptors.request.use',
  'hooks.beforeRequest',
  'onRequest.use',
  'useCallback',
  'useMemo',
  'useEffect',
  'useLayoutEffect',
];

/**
 * Events whose listeners receive an incoming request: Node's `http.Server` (`request`, `upgrade`, `connect`,
 * `checkContinue`, `checkExpectation`: https://nodejs.org/api/http.html#class-httpserver), ws' `connection` and
 * `headers` (https://github.com/websockets/ws/blob/master/doc/ws.md#event-connection), http-proxy's `proxyReq` and
 * `proxyReqWs`, Koa's `error` (`app.on('error', (err, ctx) => …)`, https://koajs.com/#error-handling). A listener of
 * any other named event (`socket.on('message', (request) => …)`, a socket.io event) receives a message, whatever its
 * parameter is called.
 */
export const requestEvents: ReadonlySet<string> = new Set([
  'request',
  'upgrade',
  'connect',
  'checkContinue',
  'checkExpectation',
  'connection',
  'headers',
  'proxyReq',
  'proxyReqWs',
  'error',
]);

/** Methods that register an event's listener: `emitter.on(event, listener)`, `target.addEventListener(…)`. */
export const listenerRegistrations: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'addEventListener']);

/** Methods that return the current request whatever they are called on: NestJS `context.switchToHttp().getRequest()`. */
/** `@Query()`, `@Query('token')` (frameworks/nestjs.ts). */
export const queryDecorators: readonly ApiRow[] = frameworks.flatMap((model) => model.queryDecorators ?? []);

/** `ExtractJwt.fromUrlQueryParameter('token')` (frameworks/passport-jwt.ts). */
export const queryTokenExtractors: readonly ApiRow[] = frameworks.flatMap((model) => model.queryTokenExtractors ?? []);

/** Authentication schemes that accept the credential from the query when enabled (hapi-auth-bearer-token). */
export const queryTokenSchemes: readonly QueryTokenSchemeRow[] = frameworks.flatMap((model) => model.queryTokenSchemes ?? []);

/** Middleware whose options make it accept the credential from the query (socketio-jwt, @elysiajs/bearer). */
export const queryTokenOptions: readonly QueryTokenOptionRow[] = frameworks.flatMap((model) => model.queryTokenOptions ?? []);

/**
 * Whether a text names a module of `queryTokenOptions`, or the option that turns a scheme's query on (a scheme's
 * options exported from their own module): their files need not mention a query.
 */
export function mentionsQueryTokenOption(text: string): boolean {
  return (
    queryTokenOptions.some((row) => row.modules.some((module) => text.includes(module))) ||
    queryTokenSchemes.some((row) => text.includes(row.enabledBy)) ||
    extractorMethods.some((method) => text.includes(method))
  );
}

/** The methods of `queryTokenExtractors` (`fromUrlQueryParameter`): a strategy configured with one reads no request. */
export const extractorMethods: readonly string[] = [
  ...new Set(queryTokenExtractors.flatMap((row) => row.paths.map((path) => path.split('.').at(-1) ?? ''))),
];

export const requestGetterMethods: ReadonlySet<string> = new Set(frameworks.flatMap((model) => model.requestGetterMethods ?? []));

/** The browser page's own URL: logging it sends the page's query (OAuth codes, magic links) to the log. */
export const pageUrlSources: readonly ApiRow[] = frameworks.flatMap((model) => model.pageUrlSources ?? []);

/** Methods of request data that return request data: `req.get('referer')`, `url.searchParams.toString()`, uWS `req.getQuery()`. */
export interface RequestMethodRow {
  /** What the receiver must carry. */
  readonly on: readonly TaintLabel[];
  readonly methods: readonly string[];
  /** The result, for a call without arguments or whose first argument names a header in `headerArgs`. */
  readonly gives: TaintLabel;
  /** When set, only calls whose first argument is one of these (lower-case) names. */
  readonly headerArgs?: readonly string[];
}

/** A request's (or its headers') methods that read a header: Express `req.get(name)`, `req.header(name)`, Hono's `c.req.header()`, Node's `getHeader`. */
export const headerReadMethods: readonly string[] = ['get', 'header', 'getHeader'];
export const HEADER_HOLDERS: readonly TaintLabel[] = ['request', 'headers'];

export const requestMethods: readonly RequestMethodRow[] = [
  { on: HEADER_HOLDERS, methods: headerReadMethods, gives: 'request-url', headerArgs: ['referer', 'referrer'] },
  // uWebSockets.js: `getQuery()` is the raw query string; `getUrl()` the path alone, without it
  // (https://unetworking.github.io/uWebSockets.js/generated/interfaces/HttpRequest.html).
  { on: ['request'], methods: ['getQuery'], gives: 'request-url' },
];

/**
 * Methods that read one parameter from query data: `url.searchParams.get('token')`, Hono `c.req.query('token')`, uWS
 * `req.getQuery('token')`, Express's `req.param('token')` (route parameters, body, then query).
 */
export const queryReadMethods: readonly { readonly on: readonly TaintLabel[]; readonly methods: readonly string[] }[] = [
  { on: ['query', 'request-url'], methods: ['get', 'getAll'] },
  { on: ['request'], methods: ['query', 'queries', 'getQuery', 'param'] },
];

/**
 * Text without any of these cannot read a query (the pre-filters of query-token-accepted): members and the methods
 * above, and a parameter's name cut out of a URL (`split('token=')`, `match(/token=([^&]+)/)`).
 */
export const MAY_READ_QUERY = /query|search|\.param\(|=['"]\)|=\(/i;

/** Parsers whose result is the query of the URL they are given (`querystring.parse(search)`, `url.parse(req.url, true)`). */
export const queryParsers: readonly QueryParserRow[] = [
  ...frameworks.flatMap((model) => model.queryParsers ?? []),
  // node:url, the platform's own: `url.parse(req.url, true)`.
  { modules: ['url'], paths: ['parse'], gives: 'request-url' },
];

/**
 * Schema validators, whose result is the value they were given, checked and typed: a query validated this way still
 * holds its parameters. Matched by name, as schemas are the project's own values (`const schema = z.object(…)` in
 * another module); `resultField` is where a result that is not the value itself keeps it.
 */
export interface SchemaParserRow {
  readonly names: readonly string[];
  readonly resultField?: string;
}

export const schemaParsers: readonly SchemaParserRow[] = [
  // zod's `schema.parse(x)`, yup's `validate`/`validateSync`/`cast`, joi's `validateAsync`, valibot's `v.parse(schema, x)`,
  // superstruct's `create(x, struct)`/`mask`, class-transformer's `plainToInstance(Dto, x)`.
  {
    names: [
      'parse',
      'parseAsync',
      'validate',
      'validateAsync',
      'validateSync',
      'cast',
      'create',
      'mask',
      'plainToInstance',
      'plainToClass',
    ],
  },
  // zod's `safeParse(x).data`, valibot's `safeParse(schema, x).output`.
  { names: ['safeParse', 'safeParseAsync'], resultField: 'data' },
  { names: ['safeParse', 'safeParseAsync'], resultField: 'output' },
  // joi's `schema.validate(x)`: `{ value, error }`.
  { names: ['validate'], resultField: 'value' },
];

/** The validators' modules (zod, yup, joi, valibot, superstruct, class-transformer), whose calls return what they check. */
export const schemaValidatorModules: readonly string[] = ['zod', 'yup', 'joi', 'valibot', 'superstruct', 'class-transformer'];

/** `url.replace(/\?.*$/, '')`, `/[?#].*$/`: a replacement whose pattern starts at the `?` drops the query. */
export const QUERY_DROPPING_PATTERN = /^(?:\\\?|\[[^\]]*\?[^\]]*\])/;
