import type { CodeRuleId } from '../../catalog/catalog.js';
import type { TaintLabel } from '../evaluate/value.js';

/**
 * What a framework or library model holds (one file per library in this folder), and the row types the role tables
 * in tables/ are assembled from. Callees are matched by the module they come from (`global` for the platform's own
 * objects, `?` for parameters such as an Express handler's `res`) and a path inside it:
 *   ''                 the module's own export or default export called directly (`io(url)`, `axios(url)`)
 *   'get'              a member (`axios.get`)
 *   'create().get'     a member of what a call returns (`axios.create().get`); `new` counts as a call
 *   '**'               any number of segments (builder chains: `new HubConnectionBuilder().configureLogging(…).withUrl`)
 */

/** The server-side rules (issue 4), judged by server/server-checks.ts rather than by the URL-token judge. */
export type ServerRuleId = Exclude<CodeRuleId, 'ws-token-in-url' | 'token-in-request-url'>;

/** Which judge a server row uses (server/server-checks.ts). */
export type ServerCheckId =
  | 'logged-arguments'
  | 'insecure-scheme'
  | 'morgan'
  | 'pino-options'
  | 'nestjs-pino'
  | 'fastify-logger'
  | 'express-winston'
  | 'koa-logger'
  | 'log4js-connect'
  | 'ws-server'
  | 'socket-io-server'
  | 'express-ws'
  | 'express-ws-route'
  | 'fastify-websocket'
  | 'uws-app'
  | 'elysia-ws'
  | 'upgrade-call'
  | 'bun-serve'
  | 'primus';

/** The catalog's code rules (src/catalog/catalog.ts): a row names one of them. */
export type { CodeRuleId };

export interface UrlSpec {
  /** The argument that holds the URL; `last` for `res.redirect([status,] url)`. */
  readonly arg: number | 'last';
  /**
   * When that argument is an options object, the property holding the URL (`createClient({ url })`), or the names a
   * library takes for it, the first one present read (`request({ uri })` or `request({ url })`).
   */
  readonly prop?: string | readonly string[];
  /** Only when another argument is this text, in any case: `res.setHeader('Location', url)`. */
  readonly when?: { readonly arg: number; readonly is: string };
  /**
   * Only when another argument is this module's default export: a plugin installed with its URL
   * (`Vue.use(VueNativeSock, url)`).
   */
  readonly plugin?: { readonly arg: number; readonly module: string };
}

/** The names a URL option goes by, in the order they are read. */
export function urlPropNames(spec: UrlSpec): readonly string[] {
  if (spec.prop === undefined) return [];
  return typeof spec.prop === 'string' ? [spec.prop] : spec.prop;
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
  /** Only for some request methods: jQuery's `data` is the query of a GET and the body of a POST. */
  readonly onlyForMethods?: QueryMethodSpec;
}

/**
 * Which request methods put an option in the query, read from the same options object. A method the analysis cannot
 * read (a variable, a spread without one written) counts as a body: the option is judged only where the query is sure.
 */
export interface QueryMethodSpec {
  /** The options naming the method, the first written one wins (jQuery: `type`, and its alias `method`). */
  readonly options: readonly string[];
  /** Methods, upper case, that send the option in the query. */
  readonly methods: readonly string[];
  /** The method when no option names one and nothing is spread in. */
  readonly default: string;
}

/** An option whose presence alone puts a token in the URL (SignalR's `accessTokenFactory` in browsers). */
export interface TokenOptionSpec {
  readonly prop: string;
  readonly parameter: string;
}

/** Where a URL leaves the program, or a server API a rule judges: one row per API, with the channel to use instead. */
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
   * For sinks recognized by a parameter's name (`res.redirect`): with a checker, the receiver's type must be one
   * of these (by name), unless the checker cannot tell (`any`, unresolved library types).
   */
  readonly receiverTypes?: readonly string[];
  /** Server rules: the judge in server/server-checks.ts that replaces the URL-token checks above. */
  readonly check?: ServerCheckId;
  /**
   * A realtime client given an `http://` URL that it upgrades to WebSocket itself (socket.io-client, SockJS, SignalR):
   * `http://` is then its `ws://` (ws-insecure-scheme).
   */
  readonly upgradesHttp?: boolean;
  /** The safe channel, as advice completing "Instead, …". */
  readonly safeAlternative: string;
}

/** Calls matched by module and path alone (`qs.stringify`, `location.href`). */
export interface ApiRow {
  readonly modules: readonly string[];
  readonly paths: readonly string[];
}

/** One framework's request object: how it is named, typed, and which members hold the raw URL or its query. */
export interface RequestObjectRow {
  readonly framework: string;
  /** Its modules: a file importing one of them gets this framework's suggestion. */
  readonly modules: readonly string[];
  /** Interfaces or classes that declare its `url` (typed analysis confirms a request by them). */
  readonly types: readonly string[];
  /** Types without a `url`, recognized by their own name (typed analysis). */
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

/**
 * Names that hold a request only in some files: `ctx` where Koa is imported; `event` where aws-lambda (its types) is
 * imported or in a Lambda entry point (`export const handler = async (event) => …`, `exports.handler`).
 */
export interface ContextualRequestName {
  readonly names: ReadonlySet<string>;
  readonly modules: readonly string[];
  readonly inLambdaHandler?: boolean;
  /** Also as the first parameter of a function whose second is named so: Koa middleware `(ctx, next) => …`. */
  readonly beforeParameter?: string;
  /** Also as the first parameter of a function passed to a call of one of these (h3's `defineEventHandler((event) => …)`). */
  readonly callbackOf?: readonly string[];
  /**
   * Also as a parameter the function reads one of these members of (`event.queryStringParameters`): members only such
   * a request has, whatever the function is exported as (a Lambda authorizer named in serverless.yml).
   */
  readonly readsMembers?: readonly string[];
}

/** Parsers whose result is the query of the URL they are given (`querystring.parse(search)`, `url.parse(req.url, true)`). */
export interface QueryParserRow {
  readonly modules: readonly string[];
  readonly paths: readonly string[];
  readonly gives: TaintLabel;
  /** The argument is the request itself rather than its URL (h3's `getQuery(event)`). */
  readonly reads?: 'request';
}

/**
 * An authentication scheme registered by name (Hapi's `server.auth.strategy(name, scheme, options)`) that takes the
 * credential from the query when one of its options is true (hapi-auth-bearer-token's `allowQueryToken`).
 */
export interface QueryTokenSchemeRow {
  /** The scheme's registered name, the strategy call's second argument. */
  readonly scheme: string;
  /** The option that makes it accept the query parameter. */
  readonly enabledBy: string;
  /** The option that names the query parameter, and its name when the option is not set. */
  readonly parameterOption: string;
  readonly defaultParameter: string;
}

/**
 * Authentication middleware created by a call whose options make it take the credential from the query
 * (socketio-jwt's `authorize({ handshake: true })`), or that takes it from there by default (@elysiajs/bearer).
 */
export interface QueryTokenOptionRow {
  readonly modules: readonly string[];
  readonly paths: readonly string[];
  /** The option that turns the query on; absent when the middleware always reads it. */
  readonly enabledBy?: string;
  /** The option path that names the query parameter, and the name it has when the option is not set. */
  readonly parameterOption?: readonly string[];
  readonly defaultParameter: string;
}

/** JWT verification calls, with where their options are and which option bounds the token's age. */
export interface JwtVerifierRow {
  readonly modules: readonly string[];
  readonly paths: readonly string[];
  /** The options argument and its option that bounds a token's age; unset for a verifier that has none (jwt-simple). */
  readonly optionsArg?: number;
  readonly maxAgeOption?: string;
}

/** Calls whose result is a credential (`jwt.sign()`, `localStorage.getItem('token')`). */
export interface CallSourceRow {
  readonly description: string;
  readonly modules: readonly string[];
  readonly paths: readonly string[];
  /** Only a secret when this argument is a key with a secret name (`getItem('token')`, not `getItem('theme')`). */
  readonly keyArg?: number;
  /** How an issuer of JWTs states the token's lifetime and single use, read when the call is written out. */
  readonly issues?: TokenIssueSpec;
}

/**
 * `jwt.sign(payload, key, { expiresIn: '60s', jwtid })`: options of the call; `new SignJWT(payload)
 * .setExpirationTime('2m').setJti(id).sign(key)`: methods of the chain. A lifetime without a unit is in seconds.
 */
export interface TokenIssueSpec {
  readonly payloadArg?: number;
  readonly optionsArg?: number;
  readonly lifetimeOption?: string;
  readonly jtiOption?: string;
  readonly lifetimeMethod?: string;
  readonly jtiMethod?: string;
}

/** Properties whose value is a credential (`document.cookie`). */
export interface PropertySourceRow {
  readonly description: string;
  readonly modules: readonly string[];
  readonly paths: readonly string[];
}

/**
 * One framework or library, everything the engine knows about it: each field feeds the role table of the same
 * name in tables/ (frameworks/index.ts lists the models; the tables concatenate their rows in that order).
 */
export interface LibraryModel {
  /** As a user would look for it: `Express`, `socket.io (client and server)`. */
  readonly name: string;
  /** The packages it covers (`global` for the platform, `?` for parameters known by name): every row's modules are among them. */
  readonly modules: readonly string[];
  /** Client URLs (ws-token-in-url, token-in-request-url); the WebSocket ones also give the ws-insecure-scheme rows. */
  readonly urlSinks?: readonly SinkRow[];
  /** Loggers and error reporters (log-raw-url): every argument is recorded. */
  readonly loggerSinks?: readonly SinkRow[];
  /** Request-logging middleware (log-middleware-url), judged by its options. */
  readonly middlewareSinks?: readonly SinkRow[];
  /** WebSocket servers (ws-missing-origin-check). */
  readonly wsServerSinks?: readonly SinkRow[];
  /** Its incoming request object. */
  readonly requestObjects?: readonly RequestObjectRow[];
  /** Names that are its request only where it is imported (`ctx` for Koa). */
  readonly contextualRequestNames?: readonly ContextualRequestName[];
  /** Methods that return the current request whatever they are called on (NestJS `getRequest()`). */
  readonly requestGetterMethods?: readonly string[];
  /**
   * Parameter decorators that inject the request's query (NestJS `@Query() query`), or one parameter of it when given
   * its name (`@Query('token') token`): query-token-accepted reads them like `req.query`.
   */
  readonly queryDecorators?: readonly ApiRow[];
  /**
   * Calls that make a server take its credential from the query parameter named by their first argument (passport-jwt
   * `ExtractJwt.fromUrlQueryParameter('token')`): query-token-accepted, whatever the name.
   */
  readonly queryTokenExtractors?: readonly ApiRow[];
  /** Authentication schemes that accept the credential from the query when an option says so (query-token-accepted). */
  readonly queryTokenSchemes?: readonly QueryTokenSchemeRow[];
  /** Middleware whose options make it accept the credential from the query (query-token-accepted). */
  readonly queryTokenOptions?: readonly QueryTokenOptionRow[];
  /** The browser page's own URL. */
  readonly pageUrlSources?: readonly ApiRow[];
  /** Modules whose import means cookie or session authentication (ws-missing-origin-check). */
  readonly cookieAuthModules?: readonly string[];
  /** JWT verification calls (query-token-accepted). */
  readonly jwtVerifiers?: readonly JwtVerifierRow[];
  /** Parsers whose result is the query of the URL they are given. */
  readonly queryParsers?: readonly QueryParserRow[];
  /** Builders of a query string from a record (`qs.stringify({ token })`). */
  readonly queryBuilders?: readonly ApiRow[];
  /** Calls that read an object's property at a path, the object first and the path second (`_.get(req, 'query.token')`). */
  readonly propertyGetters?: readonly ApiRow[];
  /** Calls whose result is a credential. */
  readonly callSources?: readonly CallSourceRow[];
  /** Properties whose value is a credential. */
  readonly propertySources?: readonly PropertySourceRow[];
  /** Where plugins install functions every component calls through `this` (Vue's `Vue.prototype.$name = fn`). */
  readonly componentGlobals?: readonly ComponentGlobalRow[];
  /** App methods that put a value in every later handler's context under a name (Elysia's `.decorate('logger', logger)`). */
  readonly contextDecorators?: readonly ContextDecoratorRow[];
}

/**
 * An app's chained method that adds a named value to the context its later handlers receive: `.decorate('name', value)`
 * or `.decorate({ name: value })` before `.onRequest(({ name }) => …)` in the same chain, in a file importing `modules`.
 */
export interface ContextDecoratorRow {
  readonly modules: readonly string[];
  readonly method: string;
}

/**
 * A framework's shared component members: a function assigned to `<anything>.<holder>.<prefix>name` is what
 * `this.<prefix>name(…)` calls in every component of the program.
 */
export interface ComponentGlobalRow {
  readonly holder: string;
  readonly prefix: string;
}
