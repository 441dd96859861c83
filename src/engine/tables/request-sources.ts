import type { TaintLabel } from '../evaluate/value.js';

/**
 * Where request data comes from, for the server rules (log-raw-url, query-token-accepted). A value labelled
 * `request` is a request object; reading a member of it gives the label the tables below say, and any member
 * they do not list (`req.path`, `ctx.path`, `url.pathname`, `url.origin`, `req.user`) carries no request data:
 * that is how sanitisers work, without a list of them.
 */

/** One framework's request object: how it is named, typed, and which members hold the raw URL or its query. */
export interface RequestObjectRow {
  readonly framework: string;
  /** Its modules: a file importing one of them gets this framework's suggestion. */
  readonly modules: readonly string[];
  /** Interfaces or classes that declare its `url` (typed analysis confirms a request by them). */
  readonly types: readonly string[];
  /** Types without a `url`, recognised by their own name (typed analysis). */
  readonly eventTypes?: readonly string[];
  /** Members holding the URL with its query string (text or URL object). */
  readonly urlMembers: readonly string[];
  /** Members holding the parsed query (a record of parameters). */
  readonly queryMembers: readonly string[];
  /** Members that are request objects themselves (`ctx.request`, `request.raw`). */
  readonly requestMembers: readonly string[];
  /**
   * The `logPathWithoutQuery` suggestion: `path` replaces the member (`req.path`), `pathname` reads it from the URL
   * object (Hapi `request.url.pathname`), `split` cuts the text at `?`.
   */
  readonly pathMember: 'path' | 'pathname' | 'split';
}

export const requestObjects: readonly RequestObjectRow[] = [
  {
    framework: 'node:http',
    modules: ['http', 'https', 'http2'],
    types: ['IncomingMessage'],
    urlMembers: ['url'],
    queryMembers: [],
    requestMembers: [],
    pathMember: 'split',
  },
  {
    framework: 'Express',
    modules: ['express'],
    types: ['Request'],
    urlMembers: ['url', 'originalUrl'],
    queryMembers: ['query'],
    requestMembers: [],
    pathMember: 'path',
  },
  {
    framework: 'Fastify',
    modules: ['fastify'],
    types: ['FastifyRequest'],
    urlMembers: ['url', 'originalUrl'],
    queryMembers: ['query'],
    requestMembers: ['raw'],
    pathMember: 'split',
  },
  {
    framework: 'Koa',
    modules: ['koa', '@koa/router', 'koa-router'],
    types: ['ContextDelegatedRequest', 'Request', 'BaseRequest', 'Context', 'ParameterizedContext'],
    urlMembers: ['url', 'originalUrl', 'href', 'querystring', 'search'],
    queryMembers: ['query'],
    requestMembers: ['request', 'req'],
    pathMember: 'path',
  },
  {
    framework: 'Hapi',
    modules: ['@hapi/hapi', 'hapi'],
    types: ['Request'],
    urlMembers: ['url'],
    queryMembers: ['query'],
    requestMembers: ['raw'],
    pathMember: 'pathname',
  },
  {
    framework: 'Next.js',
    modules: ['next/server', 'next'],
    types: ['NextRequest'],
    urlMembers: ['url', 'nextUrl'],
    queryMembers: [],
    requestMembers: [],
    pathMember: 'split',
  },
  {
    framework: 'Web Request',
    modules: [],
    types: ['Request'],
    urlMembers: ['url', 'referrer'],
    queryMembers: [],
    requestMembers: [],
    pathMember: 'split',
  },
  {
    framework: 'Hono',
    modules: ['hono'],
    types: ['HonoRequest'],
    urlMembers: ['url'],
    queryMembers: [],
    requestMembers: ['req', 'raw'],
    pathMember: 'path',
  },
  {
    framework: 'AWS Lambda (API Gateway)',
    modules: ['aws-lambda'],
    types: [],
    eventTypes: [
      'APIGatewayProxyEvent',
      'APIGatewayProxyEventV2',
      'APIGatewayProxyWebsocketEventV2',
      'APIGatewayProxyEventV2WithRequestContext',
      'ALBEvent',
    ],
    urlMembers: ['rawQueryString'],
    queryMembers: ['queryStringParameters', 'multiValueQueryStringParameters'],
    requestMembers: [],
    pathMember: 'split',
  },
  {
    framework: 'ws',
    modules: ['ws'],
    types: [],
    // `socket.upgradeReq` (ws < 3) and `info.req` in verifyClient are the upgrade request.
    urlMembers: [],
    queryMembers: [],
    requestMembers: ['upgradeReq', 'req'],
    pathMember: 'split',
  },
  {
    framework: 'socket.io',
    modules: ['socket.io'],
    types: ['Handshake'],
    urlMembers: ['url'],
    queryMembers: ['query'],
    requestMembers: ['request', 'handshake'],
    pathMember: 'split',
  },
];

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

/**
 * Names that hold a request only in some files: `ctx` where Koa is imported; `event` where aws-lambda (its types) is
 * imported or in a Lambda entry point (`export const handler = async (event) => …`, `exports.handler`).
 */
export interface ContextualRequestName {
  readonly names: ReadonlySet<string>;
  readonly modules: readonly string[];
  readonly inLambdaHandler?: boolean;
}

export const contextualRequestNames: readonly ContextualRequestName[] = [
  { names: new Set(['ctx', 'context']), modules: ['koa', '@koa/router', 'koa-router'] },
  { names: new Set(['event']), modules: ['aws-lambda'], inLambdaHandler: true },
];

/** The export name of an AWS Lambda entry point. */
export const LAMBDA_HANDLER_NAME = /^(?:module\.)?(?:exports\.)?handler$/;

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

/** Members of unknown objects that are requests whatever they hang off (`info.req` in verifyClient, `socket.handshake`). */
export const requestMembersAnywhere: ReadonlySet<string> = new Set(['req', 'upgradeReq', 'handshake']);

/**
 * Callbacks whose `request` parameter is an outgoing request of an HTTP client, not a server's incoming one
 * (`axios.interceptors.request.use((request) => …)`): matched against the end of the registering callee.
 */
export const outgoingRequestCallbacks: readonly string[] = ['interceptors.request.use', 'hooks.beforeRequest', 'onRequest.use'];

/** Methods that return the current request whatever they are called on: NestJS `context.switchToHttp().getRequest()`. */
export const requestGetterMethods: ReadonlySet<string> = new Set(['getRequest']);

/** The browser page's own URL: logging it sends the page's query (OAuth codes, magic links) to the log. */
export const pageUrlSources: readonly { readonly modules: readonly string[]; readonly paths: readonly string[] }[] = [
  {
    modules: ['global'],
    paths: [
      'location.href',
      'location.search',
      'document.URL',
      'document.documentURI',
      'document.location.href',
      'document.location.search',
      'document.referrer',
    ],
  },
];

/** Methods of request data that return request data: `req.get('referer')`, `url.searchParams.toString()`, uWS `req.getUrl()`. */
export interface RequestMethodRow {
  /** What the receiver must carry. */
  readonly on: readonly TaintLabel[];
  readonly methods: readonly string[];
  /** The result, for a call without arguments or whose first argument names a header in `headerArgs`. */
  readonly gives: TaintLabel;
  /** When set, only calls whose first argument is one of these (lower-case) names. */
  readonly headerArgs?: readonly string[];
}

export const requestMethods: readonly RequestMethodRow[] = [
  { on: ['request', 'headers'], methods: ['get', 'header', 'getHeader'], gives: 'request-url', headerArgs: ['referer', 'referrer'] },
  { on: ['request'], methods: ['getUrl', 'getQuery'], gives: 'request-url' },
];

/** Methods that read one parameter from query data: `url.searchParams.get('token')`, Hono `c.req.query('token')`, uWS `req.getQuery('token')`. */
export const queryReadMethods: readonly { readonly on: readonly TaintLabel[]; readonly methods: readonly string[] }[] = [
  { on: ['query', 'request-url'], methods: ['get', 'getAll'] },
  { on: ['request'], methods: ['query', 'queries', 'getQuery'] },
];

/** Parsers whose result is the query of the URL they are given (`querystring.parse(search)`, `url.parse(req.url, true)`). */
export const queryParsers: readonly {
  readonly modules: readonly string[];
  readonly paths: readonly string[];
  readonly gives: TaintLabel;
}[] = [
  { modules: ['querystring', 'qs', 'query-string'], paths: ['parse', 'parseUrl'], gives: 'query' },
  { modules: ['url'], paths: ['parse'], gives: 'request-url' },
];

/** `url.replace(/\?.*$/, '')`, `/[?#].*$/`: a replacement whose pattern starts at the `?` drops the query. */
export const QUERY_DROPPING_PATTERN = /^(?:\\\?|\[[^\]]*\?[^\]]*\])/;
