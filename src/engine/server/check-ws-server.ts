import { ts } from '../ast/typescript.js';
import type { Level } from '../../catalog/rule.js';
import type { SinkExpression, SinkHit } from '../judge/sink-hit.js';
import type { AnalysisContext } from '../ast/context.js';
import { declarationOf } from '../ast/declaration-of.js';
import { calledFunction } from '../evaluate/evaluate-call.js';
import { evaluate } from '../evaluate/evaluate.js';
import { handshakeEvents } from '../tables/ws-origin.js';
import type { SinkRow } from '../tables/sinks.js';
import type { Value } from '../evaluate/value.js';
import { checksOrigin } from './checks-origin.js';
import { collectNodes } from './collect-nodes.js';
import { containsNode, enclosingFunction } from '../ast/enclosing.js';
import { cookieAuthEvidence } from './cookie-auth.js';
import { serverHit } from './hit.js';
import { matchesApi, resolveApiRef } from '../resolve/library-resolution.js';
import { firstObject, isTrueLiteral, literalTexts, optionFunction, propAt, type ObjectValue } from './options.js';

/**
 * ws-missing-origin-check: WebSocket servers that accept handshakes without looking at the Origin header. Error when
 * the file shows cookie or session authentication (the browser attaches those cookies for any site), else a note:
 * without ambient credentials a cross-site page gains nothing it could not get by connecting itself.
 */

/**
 * `new WebSocketServer(opts)`: a verifyClient, or a handler of this server's `connection` (or of an HTTP `upgrade`
 * that hands requests to this server's `handleUpgrade`) that checks Origin first, in any file the analysis sees.
 * With `noServer: true` the handshake is accepted where `handleUpgrade` is called: when no call is visible (another
 * file, analyzed alone), neither is the check, and nothing is reported.
 */
export function checkWsServer(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const options = firstObject((call.arguments ?? []).map((argument) => evaluate(argument, context)));
  if (optionChecksOrigin(options, 'verifyClient', context)) return [];
  const isThisServer = (expression: ts.Expression) => refersTo(expression, call, context);
  const handlers = context.files().flatMap(eventHandlers);
  const connections = handlers.filter((handler) => handler.event !== 'upgrade' && isThisServer(handler.receiver));
  const handOvers = callsInProgram(context, 'handleUpgrade').filter((upgrade) => isThisServer(calleeReceiver(upgrade)));
  if (connections.some(({ handler }) => checksOrigin(handler, context))) return [];
  if (handOvers.some((handOver) => handOverChecksOrigin(handOver, handlers, context))) return [];
  if (isTrueLiteral(propAt(options, ['noServer'])) && handOvers.length === 0) return [];
  return [originHit(call, row, 'accepts WebSocket handshakes from any Origin (no verifyClient or upgrade handler checks it)')];
}

/**
 * `wss.handleUpgrade(req, socket, head, …)` accepts the handshake: checked when the function calling it reads the
 * Origin before the call (an HTTP `upgrade` listener, or an exported `handleUpgrade(req, socket, head)` a framework
 * calls). A function that is not itself an `upgrade` listener may be called by one that checks first: any `upgrade`
 * listener that checks the Origin counts too.
 */
function handOverChecksOrigin(handOver: ts.CallExpression, handlers: readonly EventHandler[], context: AnalysisContext): boolean {
  const listener = handlers.find((handler) => handler.event === 'upgrade' && containsNode(handler.handler, handOver));
  if (listener) return checksOrigin(listener.handler, context, handOver.getStart());
  const caller = enclosingFunction(handOver);
  if (caller && checksOrigin(caller, context, handOver.getStart())) return true;
  return handlers.some((handler) => handler.event === 'upgrade' && checksOrigin(handler.handler, context));
}

/** Whether an expression is the server that `call` creates: the call itself, or a variable (through imports) holding it. */
function refersTo(expression: ts.Expression, call: SinkExpression, context: AnalysisContext): boolean {
  const inner = skipWrappers(expression);
  if (inner === call) return true;
  if (!ts.isIdentifier(inner)) return !ts.isPropertyAccessExpression(inner) || inner.getSourceFile() === call.getSourceFile();
  const declaration = declarationOf(context.checker.getSymbolAtLocation(inner), context);
  if (!declaration) return inner.getSourceFile() === call.getSourceFile();
  return (
    (ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && skipWrappers(declaration.initializer) === call) ||
    isAssignedTo(call, inner, context)
  );
}

/** `wss = new WebSocketServer(…)`: the call assigned to the variable (a module's `let wss`, set when the server starts). */
function isAssignedTo(call: SinkExpression, variable: ts.Identifier, context: AnalysisContext): boolean {
  let current: ts.Node = call;
  while (current.parent !== undefined && skipWrappers(current.parent as ts.Expression) !== current.parent) current = current.parent;
  const assignment = current.parent;
  if (assignment === undefined || !ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
    return false;
  const target = skipWrappers(assignment.left);
  return (
    assignment.right === current &&
    ts.isIdentifier(target) &&
    context.checker.getSymbolAtLocation(target) === context.checker.getSymbolAtLocation(variable)
  );
}

function skipWrappers(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isSatisfiesExpression(current)
  )
    current = current.expression;
  return current;
}

function calleeReceiver(call: ts.CallExpression): ts.Expression {
  return ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : call.expression;
}

/**
 * socket.io: the WebSocket transport ignores CORS, so a server accepts any Origin unless `allowRequest` (or a
 * `connection` handler) checks it: a note, an error with cookie authentication in the file (ws-missing-origin-check's
 * levels). `cors.origin` of `'*'`, `true` or a reflecting callback together with `credentials: true` is an error
 * whatever the file shows: it asks browsers for the cookies of any site's visitors.
 */
export function checkSocketIoServer(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const options = firstObject((call.arguments ?? []).map((argument) => evaluate(argument, context)));
  if (optionChecksOrigin(options, 'allowRequest', context)) return [];
  const cors = options?.props.get('cors');
  const origin = cors?.value.kind === 'object' ? cors.value.props.get('origin') : undefined;
  if (cors?.value.kind === 'object' && origin && isTrueLiteral(propAt(cors.value, ['credentials'])))
    if (allowsAnyOrigin(origin.value, optionFunction(origin, context)))
      return [
        originHit(
          // Options imported from another module (a cors config shared with Express) are reported at this server.
          origin.node.getSourceFile() === call.getSourceFile() ? origin.node : call,
          row,
          'allows any Origin together with credentials: true, so any site can connect with your users’ cookies',
          'error',
        ),
      ];
  if (
    connectionHandlersCheckOrigin(call, context) ||
    decoratedClassChecksOrigin(call, context) ||
    adapterChecksOrigin(call, context) ||
    setsOrigins(call, context)
  )
    return [];
  return [
    originHit(
      call,
      row,
      'accepts WebSocket handshakes from any Origin (no allowRequest checks it, and the WebSocket transport ignores CORS)',
    ),
  ];
}

/**
 * socket.io 2's `io.origins([…])` or `io.origins(fn)` (its `origins` option likewise), checked on every handshake, the
 * WebSocket transport's too (https://socket.io/docs/v2/server-api/#serveroriginsvalue); `'*:*'` allows any.
 */
function setsOrigins(call: SinkExpression, context: AnalysisContext): boolean {
  const options = firstObject((call.arguments ?? []).map((argument) => evaluate(argument, context)));
  const option = options?.props.get('origins');
  const calls = callsInProgram(context, 'origins')
    .filter((origins) => refersTo(calleeReceiver(origins), call, context))
    .map((origins) => origins.arguments[0]);
  const values = [option?.value, ...calls.map((argument) => (argument ? evaluate(argument, context) : undefined))];
  return values.some((value) => value !== undefined && !literalTexts(value).some((text) => text === '*:*' || text === '*'));
}

/** A NestJS gateway (`@WebSocketGateway(…) class …`) whose own methods (`handleConnection`) read the Origin. */
function decoratedClassChecksOrigin(call: SinkExpression, context: AnalysisContext): boolean {
  const decorator = call.parent;
  const decorated = ts.isDecorator(decorator) ? decorator.parent : undefined;
  return decorated !== undefined && ts.isClassDeclaration(decorated) && decorated.members.some((member) => checksOrigin(member, context));
}

/**
 * A NestJS gateway served through the app's own socket.io adapter (`class SocketIoAdapter extends IoAdapter`, set with
 * `app.useWebSocketAdapter(…)`) whose `createIOServer` hands `super.createIOServer(port, { ...options, allowRequest })` an
 * `allowRequest` that reads the Origin: every gateway's server is made there
 * (https://docs.nestjs.com/websockets/adapter#extend-socketio).
 */
function adapterChecksOrigin(call: SinkExpression, context: AnalysisContext): boolean {
  if (!ts.isDecorator(call.parent)) return false;
  return callsInProgram(context, 'createIOServer').some(
    (create) =>
      ts.isPropertyAccessExpression(create.expression) &&
      create.expression.expression.kind === ts.SyntaxKind.SuperKeyword &&
      optionChecksOrigin(firstObject(create.arguments.slice(1).map((argument) => evaluate(argument, context))), 'allowRequest', context),
  );
}

/**
 * A `connection` handler of this server that reads the Origin, or an HTTP `upgrade` listener in its file that does
 * before handing the request on (socket.io's own upgrade handler, taken from the HTTP server's listeners, as Outline
 * does).
 */
function connectionHandlersCheckOrigin(call: SinkExpression, context: AnalysisContext): boolean {
  return context
    .files()
    .flatMap(eventHandlers)
    .some(
      (handler) =>
        (handler.event === 'upgrade' ? isOwnUpgradeListener(handler, call) : refersTo(handler.receiver, call, context)) &&
        checksOrigin(handler.handler, context),
    );
}

/** An `upgrade` listener in the server's file that hands requests to no `ws` server (`wss.handleUpgrade` is that one's). */
function isOwnUpgradeListener(handler: EventHandler, call: SinkExpression): boolean {
  return handler.handler.getSourceFile() === call.getSourceFile() && callsNamed(handler.handler, 'handleUpgrade').length === 0;
}

/**
 * express-ws: `wsOptions.verifyClient`, or `app.ws()` handlers that check Origin. When the file has no route of its own
 * and the routes are on routers in other files, those routes are judged where they are (`checkExpressWsRoute`).
 */
export function checkExpressWs(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  if (setupChecksOrigin(call, context)) return [];
  if (routeHandlersCheckOrigin(call.getSourceFile(), context)) return [];
  const ownRoutes = callsNamed(call.getSourceFile(), 'ws').length > 0;
  if (!ownRoutes && routerRoutesElsewhere(call.getSourceFile(), context)) return [];
  return [originHit(call, row, 'accepts WebSocket handshakes on every app.ws() route from any Origin')];
}

/** An express-ws setup whose `wsOptions.verifyClient` checks the Origin (every route it gives then does). */
function setupChecksOrigin(call: SinkExpression, context: AnalysisContext): boolean {
  const options = firstObject((call.arguments ?? []).slice(2).map((argument) => evaluate(argument, context)));
  const wsOptions = propAt(options, ['wsOptions']);
  return wsOptions?.kind === 'object' && optionChecksOrigin(wsOptions, 'verifyClient', context);
}

/**
 * express-ws on a router (`router.ws(path, handler)`): a handler that reads the Origin, or an express-ws setup in the
 * program whose `verifyClient` does (a setup out of sight is not assumed: the route is judged on its own).
 */
export function checkExpressWsRoute(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  if ((call.arguments ?? []).slice(1).some((handler) => routeFunctionsCheckOrigin(handler, context))) return [];
  if (expressWsSetups(context).some((setup) => setupChecksOrigin(setup, context))) return [];
  return [originHit(call, row, 'accepts WebSocket handshakes on this route from any Origin')];
}

/** Whether a file other than `setupFile` has express-ws routes on an Express router (`express.Router().ws(…)`). */
function routerRoutesElsewhere(setupFile: ts.SourceFile, context: AnalysisContext): boolean {
  return context
    .files()
    .some(
      (file) =>
        file !== setupFile &&
        file.text.includes(ROUTER_CALL) &&
        callsNamed(file, 'ws').some((call) => callsApi(call, EXPRESS_ROUTER_WS, context)),
    );
}

const ROUTER_CALL = 'Router(';
const EXPRESS_ROUTER_WS = { modules: ['express'], paths: ['Router().ws', 'default.Router().ws'] };

/** Per analysis: the express-ws setups of its files, which every router route asks for. */
const setupsCache = new WeakMap<AnalysisContext, readonly ts.CallExpression[]>();

/** express-ws setups of the program: calls of what `require('express-ws')` or its import gives (`expressWs(app)`). */
function expressWsSetups(context: AnalysisContext): readonly ts.CallExpression[] {
  const cached = setupsCache.get(context);
  if (cached) return cached;
  const setups = context
    .files()
    .filter((file) => file.text.includes(EXPRESS_WS_MODULE))
    .flatMap((file) =>
      collectNodes(file, (node) => (ts.isCallExpression(node) && callsApi(node, EXPRESS_WS_SETUP, context) ? node : undefined)),
    );
  setupsCache.set(context, setups);
  return setups;
}

const EXPRESS_WS_MODULE = 'express-ws';
const EXPRESS_WS_SETUP = { modules: [EXPRESS_WS_MODULE], paths: ['', 'default'] };

function callsApi(
  call: ts.CallExpression,
  api: { readonly modules: readonly string[]; readonly paths: readonly string[] },
  context: AnalysisContext,
): boolean {
  const ref = resolveApiRef(call.expression, context);
  return ref !== undefined && matchesApi(ref, api);
}

/**
 * @fastify/websocket's route: the one whose options say `websocket: true` (other routes of the instance are plain
 * HTTP). Checked when its handler, or a hook of the route that runs before the upgrade (onRequest, preValidation,
 * preHandler), reads the Origin.
 */
export function checkFastifyWebsocketRoute(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const args = call.arguments ?? [];
  const isRoute = ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'route';
  const optionsArgument = isRoute ? args[0] : args[1];
  const options = optionsArgument ? evaluate(optionsArgument, context) : undefined;
  if (options?.kind !== 'object' || !isTrueLiteral(propAt(options, ['websocket']))) return [];
  const handlers = isRoute ? ['handler', 'wsHandler'] : [];
  if ([...handlers, ...ROUTE_HOOKS].some((name) => routeFunctionsCheckOrigin(options.props.get(name)?.node, context))) return [];
  if (!isRoute && args.slice(2).some((handler) => routeFunctionsCheckOrigin(handler, context))) return [];
  return [originHit(call, row, 'accepts WebSocket handshakes from any Origin (no hook or handler of the route checks it)')];
}

/** A route's hooks that run before @fastify/websocket upgrades the request. */
const ROUTE_HOOKS = ['onRequest', 'preParsing', 'preValidation', 'preHandler'];

/**
 * Whether a route's handler or hook (a function, a named one, or an array of them) reads the Origin. Unlike a
 * `verifyClient`, one out of sight does not count: hooks are mostly authentication (`preHandler: [app.authenticate]`).
 */
function routeFunctionsCheckOrigin(node: ts.Node | undefined, context: AnalysisContext): boolean {
  const written = node && ts.isPropertyAssignment(node) ? node.initializer : node;
  const parts = written && ts.isArrayLiteralExpression(written) ? [...written.elements] : written ? [written] : [];
  return parts.some((part) => {
    if (ts.isFunctionLike(part)) return checksOrigin(part, context);
    const visible = ts.isExpression(part) ? calledFunction(part, context) : undefined;
    return visible !== undefined && checksOrigin(visible, context);
  });
}

/** uWebSockets.js `app.ws(pattern, { upgrade })`: the upgrade handler must read `req.getHeader('origin')`. */
export function checkUwsApp(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const [, behaviorArgument] = call.arguments ?? [];
  const behavior = behaviorArgument ? evaluate(behaviorArgument, context) : undefined;
  if (behavior?.kind !== 'object') return [];
  if (optionChecksOrigin(behavior, 'upgrade', context)) return [];
  return [originHit(behaviorArgument ?? call, row, 'upgrades WebSocket requests without checking their Origin')];
}

/**
 * Elysia's `.ws(path, { beforeHandle, upgrade, open, … })` (https://elysiajs.com/patterns/websocket): a hook of the
 * route that reads the Origin (`request.headers.get('origin')`, `ws.data.headers.origin`), or the function around the
 * route that does.
 */
export function checkElysiaWs(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const [, optionsArgument] = call.arguments ?? [];
  const options = optionsArgument ? evaluate(optionsArgument, context) : undefined;
  if (options?.kind === 'object' && ELYSIA_WS_HOOKS.some((hook) => optionChecksOrigin(options, hook, context))) return [];
  const caller = enclosingFunction(call);
  if (caller && checksOrigin(caller, context, call.getStart())) return [];
  // At the route's `ws`: a chain of routes starts lines before it (`new Elysia().get(…).ws(…)`).
  const route = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call;
  return [originHit(route, row, 'upgrades WebSocket requests without checking their Origin')];
}

const ELYSIA_WS_HOOKS = ['beforeHandle', 'upgrade', 'open'];

/**
 * An upgrade accepted where it is called, in a Fetch-style handler (`Deno.upgradeWebSocket(req)`, Cloudflare's
 * `new WebSocketPair()`, Hono's `upgradeWebSocket(handler)`): checked when the function calling it reads the Origin
 * first, or, for Hono, when the handler given to it or a middleware beside it in the route does.
 */
export function checkUpgradeCall(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const caller = enclosingFunction(call);
  if (caller && checksOrigin(caller, context, call.getStart())) return [];
  const route = ts.isCallExpression(call.parent) ? call.parent.arguments : [];
  const given = [...(call.arguments ?? []), ...route].filter((argument) => argument !== call);
  if (given.some((argument) => routeFunctionsCheckOrigin(argument, context))) return [];
  return [originHit(call, row, 'upgrades WebSocket requests without checking their Origin')];
}

/**
 * `Bun.serve({ fetch, websocket })`: its `fetch` upgrades with `server.upgrade(req)`, and must read the Origin before it.
 * A server without a `websocket` handler takes no WebSocket.
 */
export function checkBunServe(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const options = firstObject((call.arguments ?? []).map((argument) => evaluate(argument, context)));
  if (!options?.props.has('websocket')) return [];
  if (optionChecksOrigin(options, 'fetch', context)) return [];
  return [originHit(call, row, 'upgrades WebSocket requests in its fetch handler without checking their Origin')];
}

/**
 * Primus: an `authorize` function of this server (inline, named, or made by a factory call) or one of its `connection`
 * handlers that reads the Origin, in any file the analysis sees.
 */
export function checkPrimus(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const isThisServer = (expression: ts.Expression) => refersTo(expression, call, context);
  const authorizers = callsInProgram(context, 'authorize')
    .filter((authorize) => isThisServer(calleeReceiver(authorize)))
    .map((authorize) => authorizeFunction(authorize, context));
  const connections = context
    .files()
    .flatMap(eventHandlers)
    .filter((handler) => handler.event === 'connection' && isThisServer(handler.receiver))
    .map((handler) => handler.handler);
  if ([...authorizers, ...connections].some((handler) => checksOrigin(handler, context))) return [];
  return [originHit(call, row, 'accepts connections from any Origin (no authorize function or connection handler checks it)')];
}

/** `authorize(check)` with a named function is that function; inline or made by a call (`authorize(makeAuth(…))`), the call holds it. */
function authorizeFunction(authorize: ts.CallExpression, context: AnalysisContext): ts.Node {
  const [argument] = authorize.arguments;
  return (argument && ts.isIdentifier(argument) && calledFunction(argument, context)) || authorize;
}

/**
 * Whether the function given as an option checks the Origin. One out of sight (imported from a module the analysis
 * does not read, `require`d by destructuring in JavaScript, a parameter) counts as checking: a server given a
 * `verifyClient` most often verifies there, and saying it has none would be wrong.
 */
function optionChecksOrigin(options: ObjectValue | undefined, name: string, context: AnalysisContext): boolean {
  const prop = options?.props.get(name);
  if (!prop) return false;
  const fn = optionFunction(prop, context);
  return fn === undefined ? isOutOfSight(prop.value) : checksOrigin(fn, context);
}

/** A value the analysis cannot see into: not a literal (`verifyClient: undefined`, `false`) nor an object. */
function isOutOfSight(value: Value): boolean {
  return value.kind === 'opaque' || value.kind === 'param';
}

/**
 * `'*'`, `true`, or a callback that never compares the origin (`(origin, cb) => cb(null, true)`) nor hands it to a
 * function of the project's that may (`if (isAllowedOrigin(origin)) cb(null, true)`, a check shared with Express's CORS).
 */
function allowsAnyOrigin(value: Value, written: ts.Node | undefined): boolean {
  if (isTrueLiteral(value) || literalTexts(value).includes('*')) return true;
  if (value.kind !== 'function' || !written) return false;
  return (
    !/===|!==|==|\.has\(|\.includes\(|\.indexOf\(|\.test\(|\.match\(|\.startsWith\(|\.endsWith\(/.test(written.getText()) &&
    !passesOriginToHelper(written)
  );
}

/**
 * Whether a CORS origin callback `(origin, callback) => …` calls a plain function other than its callback with the
 * origin (`isOriginAllowed(origin)`): the decision is that function's. Passing it to the callback is reflecting it.
 */
function passesOriginToHelper(callback: ts.Node): boolean {
  if (!ts.isFunctionLike(callback)) return false;
  const [origin, done] = callback.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : undefined));
  if (origin === undefined) return false;
  const helperCalls = collectNodes(callback, (node) =>
    ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text !== done ? node : undefined,
  );
  return helperCalls.some((call) => call.arguments.some((argument) => ts.isIdentifier(argument) && argument.text === origin));
}

function routeHandlersCheckOrigin(sourceFile: ts.SourceFile, context: AnalysisContext): boolean {
  return callsNamed(sourceFile, 'ws').some((call) => call.arguments.slice(1).some((handler) => checksOrigin(handler, context)));
}

/** `receiver.on(event, handler)` for the events where a handshake can be refused. */
interface EventHandler {
  readonly event: string;
  readonly receiver: ts.Expression;
  readonly handler: ts.Node;
}

const handlerCache = new WeakMap<ts.SourceFile, EventHandler[]>();

function eventHandlers(sourceFile: ts.SourceFile): EventHandler[] {
  const cached = handlerCache.get(sourceFile);
  if (cached) return cached;
  const handlers = callsNamed(sourceFile, 'on').flatMap((call) => {
    const [event, handler] = call.arguments;
    if (!event || !handler || !ts.isStringLiteralLike(event) || !handshakeEvents.has(event.text)) return [];
    return [{ event: event.text, receiver: calleeReceiver(call), handler }];
  });
  handlerCache.set(sourceFile, handlers);
  return handlers;
}

/**
 * `receiver.method(…)` calls in every file of the analysis, for a server whose check may sit in another file. Only
 * files whose text names the method are walked: these searches run once per server, over the whole program.
 */
function callsInProgram(context: AnalysisContext, method: string): ts.CallExpression[] {
  return context
    .files()
    .filter((file) => file.text.includes(method))
    .flatMap((file) => callsNamed(file, method));
}

function callsNamed(root: ts.Node, method: string): ts.CallExpression[] {
  return collectNodes(root, (node) =>
    ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === method ? node : undefined,
  );
}

/**
 * Cross-site WebSocket hijacking needs credentials the browser attaches on its own (cookies): error when the file
 * shows cookie or session authentication, a note otherwise (a socket authenticated by a token in its URL or first
 * message, a library handing the policy to its users). A given `level` is the check's own judgment.
 */
function originHit(site: ts.Node, row: SinkRow, problem: string, level?: Level): SinkHit {
  const evidence = cookieAuthEvidence(site.getSourceFile());
  const severity = level ?? (evidence ? 'error' : 'note');
  const why = evidence
    ? ` This server authenticates by cookie or session (${evidence}), which the browser sends with a cross-site handshake too.`
    : level
      ? ' Any web page can open this socket from a user’s browser (cross-site WebSocket hijacking).'
      : ' No cookie or session authentication was seen in this file, so the check matters only if the handshake carries cookies (or other credentials the browser attaches on its own): then any web page could open this socket as the user (cross-site WebSocket hijacking).';
  const message = `${row.api} ${problem}.${why} Instead, ${row.safeAlternative}.`;
  return serverHit({ row, site, origin: { node: site, message: `${row.api} ${problem}` }, message, level: severity });
}
