import { ts } from '../ast/typescript.js';
import { calleeName } from '../ast/calls-by-name.js';
import type { AnalysisContext } from '../ast/context.js';
import { describeNode } from '../ast/describe-node.js';
import { evaluate } from './evaluate.js';
import { matchesApi, resolveApiRef } from '../resolve/library-resolution.js';
import { labeled, labelTaint, requestLabelOf } from '../resolve/request-member.js';
import { importedModules } from '../ast/imported-modules.js';
import {
  contextualRequestNames,
  listenerRegistrations,
  requestEvents,
  LAMBDA_HANDLER_NAME,
  notIncomingRequestCallbacks,
  pageUrlSources,
  QUERY_DROPPING_PATTERN,
  queryParsers,
  queryReadMethods,
  requestGetterMethods,
  requestMethods,
  requestObjects,
  requestParamNames,
  schemaParsers,
  schemaValidatorModules,
  type SchemaParserRow,
} from '../tables/request-sources.js';
import { opaque, union, type Taint, type Value } from './value.js';

/**
 * Where request data enters the value-flow evaluator (see tables/request-sources.ts): request parameters, the
 * page's URL, and calls on request data. Members of request data are handled by `requestMember`.
 */

const requestTypeNames = new Set(requestObjects.flatMap((row) => row.types));
const eventTypeNames = new Set(requestObjects.flatMap((row) => row.eventTypes ?? []));

/**
 * A handler's request parameter. With a checker, the declared or inferred type decides (an `IncomingMessage`, an
 * Express, Fastify or Koa request); names decide only when there is no checker or the type is unknown.
 */
export function requestParamTaint(parameter: ts.ParameterDeclaration, name: ts.Identifier, context: AnalysisContext): Taint | undefined {
  const byName = isRequestName(parameter, name) && !isNotIncomingRequestCallback(parameter);
  if (context.typed && (byName || parameter.type !== undefined)) {
    const type = context.checker.getTypeAtLocation(name);
    const verdict = typeVerdict(type);
    if (verdict !== 'unknown')
      return verdict === 'request' || (byName && isProjectRequestShape(type)) ? labelTaint(name, 'request') : undefined;
  }
  return byName ? labelTaint(name, 'request') : undefined;
}

/**
 * A handler's request parameter written as a pattern: `({ method, originalUrl }, res, next) => …`,
 * `({ url }: IncomingMessage) => …`. With a checker the type decides, as for a named parameter; without one (or an
 * unknown type) the annotation's name (`: Request`) or a later parameter named like the response (`res`, `_res`,
 * `reply`) does: a pattern has no name of its own to go by.
 */
export function destructuredRequestTaint(parameter: ts.ParameterDeclaration, context: AnalysisContext): Taint | undefined {
  const pattern = parameter.name;
  if (!ts.isObjectBindingPattern(pattern) || isNotIncomingRequestCallback(parameter)) return undefined;
  if (context.typed) {
    const type = context.checker.getTypeAtLocation(pattern);
    const verdict = isImpliedByPattern(type) ? 'unknown' : typeVerdict(type);
    if (verdict !== 'unknown') return verdict === 'request' ? labelTaint(pattern, 'request') : undefined;
  }
  return isAnnotatedAsRequest(parameter) || hasResponseSibling(parameter) ? labelTaint(pattern, 'request') : undefined;
}

/** A pattern without a type from anywhere gets one made of its own names (`{ method: any; originalUrl: any }`): unknown. */
function isImpliedByPattern(type: ts.Type): boolean {
  const properties = type.getProperties();
  return properties.length > 0 && properties.every((property) => (property.declarations ?? []).every(ts.isBindingElement));
}

/** `: Request`, `: express.Request`, `: IncomingMessage`: a request type of the table, by its written name. */
function isAnnotatedAsRequest(parameter: ts.ParameterDeclaration): boolean {
  const type = parameter.type;
  if (!type || !ts.isTypeReferenceNode(type)) return false;
  const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  return requestTypeNames.has(name);
}

/** Names of a handler's response parameter, which follows the request (`(req, res)`, Fastify's `(request, reply)`). */
const RESPONSE_PARAM_NAMES = new Set(['res', 'response', 'reply']);

function hasResponseSibling(parameter: ts.ParameterDeclaration): boolean {
  const siblings = parameter.parent.parameters;
  return siblings
    .slice(siblings.indexOf(parameter) + 1)
    .some((sibling) => ts.isIdentifier(sibling.name) && RESPONSE_PARAM_NAMES.has(sibling.name.text.replace(/^_+/, '')));
}

function isRequestName(parameter: ts.ParameterDeclaration, name: ts.Identifier): boolean {
  if (requestParamNames.has(name.text)) return true;
  return contextualRequestNames.some((row) => {
    if (!row.names.has(name.text)) return false;
    const modules = importedModules(name.getSourceFile());
    return (
      row.modules.some((module) => modules.has(module)) ||
      (row.inLambdaHandler === true && isLambdaHandler(parameter.parent)) ||
      (row.beforeParameter !== undefined && isFollowedBy(parameter, row.beforeParameter)) ||
      (row.callbackOf !== undefined && isCallbackOf(parameter, row.callbackOf)) ||
      (row.readsMembers !== undefined && readsMemberOf(parameter.parent, name.text, row.readsMembers))
    );
  });
}

/**
 * `event.queryStringParameters`, `event?.requestContext`: the function reads one of `members` from its parameter
 * `name`. Once per function, name and members: each use of the parameter asks.
 */
function readsMemberOf(fn: ts.SignatureDeclaration, name: string, members: readonly string[]): boolean {
  const key = `${name}\0${members.join('|')}`;
  const known = readsByFunction.get(fn)?.get(key);
  if (known !== undefined) return known;
  const body = 'body' in fn && fn.body ? fn.body.getText() : '';
  const reads = new RegExp(String.raw`(?<![\w$.])${name}\s*\??\.\s*(?:${members.join('|')})\b`).test(body);
  const byName = readsByFunction.get(fn) ?? new Map<string, boolean>();
  readsByFunction.set(fn, byName.set(key, reads));
  return reads;
}

const readsByFunction = new WeakMap<ts.SignatureDeclaration, Map<string, boolean>>();

/** `defineEventHandler((event) => …)`: the parameter is the first of a function passed to a call of one of `callees`. */
function isCallbackOf(parameter: ts.ParameterDeclaration, callees: readonly string[]): boolean {
  const fn = parameter.parent;
  const call = fn.parent;
  if (fn.parameters[0] !== parameter || !ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return false;
  return callees.includes(calleeName(call.expression));
}

/** `(ctx, next)`: the parameter is the first of a function whose second is named `next`. */
function isFollowedBy(parameter: ts.ParameterDeclaration, name: string): boolean {
  const [first, second] = parameter.parent.parameters;
  return first === parameter && second !== undefined && ts.isIdentifier(second.name) && second.name.text === name;
}

/** `export const handler = async (event) => …`, `export async function handler(event)`, `exports.handler = …`. */
function isLambdaHandler(fn: ts.SignatureDeclaration): boolean {
  if (ts.isFunctionDeclaration(fn)) return fn.name !== undefined && LAMBDA_HANDLER_NAME.test(fn.name.text);
  const holder = fn.parent;
  if (ts.isVariableDeclaration(holder)) return LAMBDA_HANDLER_NAME.test(holder.name.getText());
  return ts.isBinaryExpression(holder) && holder.right === fn && LAMBDA_HANDLER_NAME.test(holder.left.getText());
}

/** `axios.interceptors.request.use((request) => …)`, `useCallback((req) => …)`: no server's incoming request. */
function isNotIncomingRequestCallback(parameter: ts.ParameterDeclaration): boolean {
  const registration = parameter.parent.parent;
  if (!ts.isCallExpression(registration)) return false;
  const callee = registration.expression.getText();
  return notIncomingRequestCallbacks.some((suffix) => callee.endsWith(suffix)) || listensToMessages(registration);
}

/** `ws.on('message', (request) => …)`: a listener of an event that carries no request (`requestEvents`). */
function listensToMessages(registration: ts.CallExpression): boolean {
  const [event] = registration.arguments;
  return (
    listenerRegistrations.has(calleeName(registration.expression)) &&
    event !== undefined &&
    ts.isStringLiteralLike(event) &&
    !requestEvents.has(event.text)
  );
}

/**
 * `request` when the type is one of the table's event types by name (Lambda events) or declares a request's `url`
 * (`IncomingMessage`, Express `Request`…); `unknown` for `any`, unresolved or missing types.
 */
function typeVerdict(type: ts.Type): 'request' | 'other' | 'unknown' {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return 'unknown';
  const candidates = type.isUnion() ? type.types : [type];
  // What fetch takes (`RequestInfo | URL`: a Request or a URL string): an outgoing request's input; an incoming
  // request is never a string.
  if (candidates.some((candidate) => candidate.flags & ts.TypeFlags.StringLike)) return 'other';
  for (const candidate of candidates) {
    const typeName = (candidate.aliasSymbol ?? candidate.getSymbol())?.getName();
    if (typeName !== undefined && eventTypeNames.has(typeName)) return 'request';
    if (extendsRequestTypeByName(candidate)) return 'request';
    const url = candidate.getProperty('url');
    const owner = url?.declarations?.[0]?.parent;
    if (owner && (ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner)) && owner.name && requestTypeNames.has(owner.name.text))
      return 'request';
  }
  return 'other';
}

/**
 * `interface WsRequest extends IncomingMessage { user?: User }`: the project's own request type, read by the request
 * type it extends as written, which the checker leaves unresolved when the project's dependencies are not installed
 * (a scan of a fresh clone: no `@types/node`, no `url` member to find).
 */
function extendsRequestTypeByName(type: ts.Type): boolean {
  return (type.getSymbol()?.declarations ?? []).some(
    (declaration) =>
      (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration)) &&
      (declaration.heritageClauses ?? []).some((clause) => clause.types.some((base) => requestTypeNames.has(writtenName(base.expression)))),
  );
}

/** The last name of `IncomingMessage`, `http.IncomingMessage`, `express.Request`. */
function writtenName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text;
  return ts.isPropertyAccessExpression(expression) ? expression.name.text : '';
}

/**
 * `req: WSConnection` where the project declares `interface WSConnection { query?: …; headers?: … }`: a request
 * named as one and typed by the project's own description of what it reads from it (SignalK's WebSocket upgrade
 * requests). A library's type (in a declaration file) is not a description the project wrote.
 */
function isProjectRequestShape(type: ts.Type): boolean {
  const declaration = type.getSymbol()?.declarations?.[0];
  if (!declaration || declaration.getSourceFile().isDeclarationFile) return false;
  return type.getProperty('headers') !== undefined && PROJECT_REQUEST_MEMBERS.some((member) => type.getProperty(member) !== undefined);
}

/** Members that make a project's type with `headers` describe an incoming request: its URL or its parsed query. */
const PROJECT_REQUEST_MEMBERS = ['url', 'query'];

const pageUrlNames = new Set(pageUrlSources.flatMap((row) => row.paths.map((path) => path.split('.').at(-1) ?? '')));
const PAGE_ROOTS = /^(?:(?:window|globalThis|self)\.)?(?:document\.)?(?:location|document)$/;

/** `location.href`, `location.search`, `document.URL`: the page's own URL in browser code. */
export function pageUrlRead(
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  name: string,
  context: AnalysisContext,
): Value | undefined {
  if (!pageUrlNames.has(name) || !PAGE_ROOTS.test(node.expression.getText())) return undefined;
  const ref = resolveApiRef(node, context);
  if (!ref || !pageUrlSources.some((row) => matchesApi(ref, row))) return undefined;
  return labeled(node, 'page-url');
}

const requestMethodNames = new Set([...requestMethods, ...queryReadMethods].flatMap((row) => row.methods));
const queryParserNames = new Set(queryParsers.flatMap((row) => row.paths));

/**
 * Calls on request data: `req.get('referer')`, `url.searchParams.get('token')` (a credential read from the query,
 * or nothing for `get('page')`), `querystring.parse(search)`, `schema.parse(req.query)`, and `url.replace(/\?.*$/, '')`,
 * which drops the query (of a secret URL as much as of a request URL). Undefined when the call is none of these.
 */
export function evaluateRequestCall(call: ts.CallExpression, context: AnalysisContext): Value | undefined {
  return callOnRequestData(call, context) ?? validatedQuery(call, context);
}

function callOnRequestData(call: ts.CallExpression, context: AnalysisContext): Value | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return queryParserNames.has(callee.text) ? parsedQuery(call, context) : undefined;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  if (requestGetterMethods.has(method)) return labeled(call, 'request');
  if ((method === 'replace' || method === 'replaceAll') && dropsQuery(call)) return opaque(call);
  if (requestMethodNames.has(method)) return requestMethodValue(call, evaluate(callee.expression, context), method, context);
  if (queryParserNames.has(method)) return parsedQuery(call, context);
  return undefined;
}

function dropsQuery(call: ts.CallExpression): boolean {
  const [pattern] = call.arguments;
  if (!pattern) return false;
  if (ts.isRegularExpressionLiteral(pattern)) return QUERY_DROPPING_PATTERN.test(pattern.text.slice(1, pattern.text.lastIndexOf('/')));
  return ts.isStringLiteralLike(pattern) && pattern.text === '?';
}

function requestMethodValue(call: ts.CallExpression, receiver: Value, method: string, context: AnalysisContext): Value | undefined {
  const label = requestLabelOf(receiver)?.label;
  if (label === undefined || label === 'page-url') return undefined;
  const [first] = call.arguments;
  const argument = first && ts.isStringLiteralLike(first) ? first.text : undefined;
  const read = queryReadMethods.find((row) => row.on.includes(label) && row.methods.includes(method));
  if (read && argument !== undefined) return queryParamValue(call, argument, context);
  const gives = requestMethods.find(
    (row) =>
      row.on.includes(label) &&
      row.methods.includes(method) &&
      (row.headerArgs === undefined ? first === undefined : row.headerArgs.includes(argument?.toLowerCase() ?? '')),
  )?.gives;
  if (gives) return labeled(call, gives);
  return read && first === undefined ? labeled(call, 'query') : undefined;
}

/** One query parameter: a credential when its name says so (shared table), plain data otherwise. */
function queryParamValue(read: ts.Node, name: string, context: AnalysisContext): Value {
  if (context.classifyName(name)?.needsSecretValue !== false) return opaque(read);
  return opaque(read, { origin: { node: read, message: `\`${describeNode(read)}\` reads a credential from the URL query` }, steps: [] });
}

function parsedQuery(call: ts.CallExpression, context: AnalysisContext): Value | undefined {
  const [input] = call.arguments;
  if (!input) return undefined;
  const ref = resolveApiRef(call.expression, context);
  const parser = ref && queryParsers.find((row) => matchesApi(ref, row));
  if (!parser) return undefined;
  const label = requestLabelOf(evaluate(input, context))?.label;
  if (parser.reads === 'request') return label === 'request' ? labeled(call, parser.gives) : undefined;
  if (label === undefined || label === 'request' || label === 'headers') return undefined;
  return labeled(call, label === 'page-url' ? 'page-url' : parser.gives);
}

const schemaParserNames = new Set(schemaParsers.flatMap((row) => row.names));
/** What the resolver names a module it cannot tell (`this.schema.parse`). */
const UNRESOLVED_MODULE = '?';

/**
 * `schema.parse(req.query ?? {})`, `schema.safeParse(req.query).data`, `plainToInstance(Dto, req.query)`: what a schema
 * validator returns holds the query it was given (`schemaParsers`). Its input is the argument that is the query, or a
 * parameter a call site fills in (a project's `parseWithSchema(schema, input)` around zod); the validator's result
 * for anything else is not followed.
 */
function validatedQuery(call: ts.CallExpression, context: AnalysisContext): Value | undefined {
  const name = calleeName(call.expression);
  if (!schemaParserNames.has(name)) return undefined;
  // A parameter is followed through a validator's module or a schema the resolver cannot place, not through other
  // libraries' calls of these names (`axios.create(options)`, the platform's `JSON.parse(text)`, `Object.create(proto)`).
  const module = resolveApiRef(call.expression, context)?.module;
  const takesParameter = module === undefined || module === UNRESOLVED_MODULE || schemaValidatorModules.includes(module);
  const inputs = call.arguments
    .map((argument) => evaluate(argument, context))
    .filter((value) => requestLabelOf(value)?.label === 'query' || (takesParameter && value.kind === 'param'));
  if (inputs.length === 0) return undefined;
  const input = union(inputs);
  return union(schemaParsers.filter((row) => row.names.includes(name)).map((row) => validatorResult(row, input, call)));
}

/** The input itself, or a result object that keeps it under the row's field (zod's `{ success, data }`). */
function validatorResult({ resultField }: SchemaParserRow, input: Value, call: ts.CallExpression): Value {
  if (resultField === undefined) return input;
  return { kind: 'object', props: new Map([[resultField, { value: input, node: call }]]), spreads: [] };
}

/**
 * `url.split('?')[0]` is the path (no request data); `url.split('?')[1]` the query string; `url.split('token=')[1]`
 * the value of that parameter (a credential when its name says so). Undefined when the receiver is not request data.
 */
export function evaluateSplitPart(node: ts.ElementAccessExpression, context: AnalysisContext): Value | undefined {
  const split = splitCall(node);
  if (!split) return undefined;
  const label = requestLabelOf(evaluate(split.receiver, context))?.label;
  if (label !== 'request-url' && label !== 'page-url') return undefined;
  const afterQuery = Number((node.argumentExpression as ts.NumericLiteral).text) > 0;
  if (split.parameter !== undefined)
    return afterQuery && label === 'request-url' ? queryParamValue(node, split.parameter, context) : opaque(node);
  if (split.separator === '?') return afterQuery ? labeled(node, label) : opaque(node);
  return split.separator === '&' ? labeled(node, label) : undefined;
}

/**
 * `receiver.split('sep')` under an element access (`?.` included), with a literal separator, and the parameter it
 * names when it is `name=` (`url.split('token=')`).
 */
export function splitCall(
  node: ts.ElementAccessExpression,
): { receiver: ts.Expression; separator: string; parameter?: string } | undefined {
  const call = node.expression;
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'split')
    return undefined;
  const [separator] = call.arguments;
  if (!separator || !ts.isStringLiteralLike(separator)) return undefined;
  const parameter = /^[?&]?([\w.-]+)=$/.exec(separator.text)?.[1];
  return { receiver: call.expression.expression, separator: separator.text, ...(parameter === undefined ? {} : { parameter }) };
}
