import { ts } from '../ast/typescript.js';
import type { SinkExpression, SinkHit } from '../judge/sink-hit.js';
import type { AnalysisContext } from '../ast/context.js';
import { evaluate } from '../evaluate/evaluate.js';
import { resolveApiRef } from '../resolve/library-resolution.js';
import type { SinkRow } from '../tables/sinks.js';
import { findTaint, type Value } from '../evaluate/value.js';
import type { FunctionLike } from '../evaluate/summaries.js';
import { serverHit } from './hit.js';
import { MORGAN_URL_TOKEN } from '../frameworks/loggers/morgan.js';
import { PINO_NOIR_MODULE } from '../frameworks/loggers/pino.js';
import { firstObject, isFalseLiteral, isTrueLiteral, literalTexts, propAt, writtenValue } from './options.js';
import { urlleakRedactExports } from '../frameworks/loggers/urlleak-redact.js';
import { callsUrlleakRedact, containsUrlleakRedactCall } from './urlleak-redact-calls.js';

/**
 * log-middleware-url for middleware configured by options: pino-http and its wrappers, Fastify's logger,
 * express-winston, koa-logger. Each judge says why the configuration records full URLs, or nothing when it does not
 * (or when the options are built where the engine cannot see them).
 */

/** `pinoHttp(opts)`, `expressPino(opts)`: without options, or without a req serializer or redaction of the URL. */
export function checkPinoOptions(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const [options] = call.arguments ?? [];
  if (!options) return [defaultsHit(call, row, 'logs every request with the default req serializer (full URL and all headers)')];
  const problem = pinoProblem(evaluate(options, context), context);
  return problem ? [defaultsHit(options, row, problem)] : [];
}

/** NestJS `LoggerModule.forRoot({ pinoHttp })`, also through `forRootAsync({ useFactory })`. */
export function checkNestjsPino(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const [options] = call.arguments ?? [];
  if (!options) return [defaultsHit(call, row, 'uses pino-http defaults, which log every request URL and all headers')];
  const value = evaluate(options, context);
  const factory = propAt(value, ['useFactory']);
  const config = factory?.kind === 'function' ? factory.returns : value;
  if (config.kind !== 'object') return [];
  const pinoHttp = propAt(config, ['pinoHttp']);
  if (!pinoHttp) return [defaultsHit(options, row, 'uses pino-http defaults, which log every request URL and all headers')];
  const first = pinoHttp.kind === 'union' ? pinoHttp.options[0] : pinoHttp;
  const problem = first ? pinoProblem(first, context) : undefined;
  return problem ? [defaultsHit(options, row, problem)] : [];
}

/**
 * A hapi plugin descriptor naming hapi-pino (`{ plugin: HapiPino, options }`, hapi 16's `{ register: HapiPino, … }`):
 * without options, or with options that log full URLs.
 */
export function checkHapiPinoDescriptor(descriptor: ts.ObjectLiteralExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  if (!namesHapiPino(descriptor, context)) return [];
  const value = evaluate(descriptor, context);
  if (value.kind !== 'object') return [];
  const options = propAt(value, ['options']);
  const problem = options ? pinoProblem(options, context) : 'logs every request with the default req serializer (full URL and all headers)';
  return problem ? [defaultsHit(descriptor, row, problem)] : [];
}

function namesHapiPino(descriptor: ts.ObjectLiteralExpression, context: AnalysisContext): boolean {
  return descriptor.properties.some((property) => {
    const name = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
    if (name !== 'plugin' && name !== 'register') return false;
    const expression = ts.isPropertyAssignment(property)
      ? property.initializer
      : ts.isShorthandPropertyAssignment(property)
        ? property.name
        : undefined;
    return expression !== undefined && resolveApiRef(expression, context)?.module === 'hapi-pino';
  });
}

/**
 * Why pino options log full URLs: no custom req serializer, the default one, and no redaction of the URL. urlleak's
 * `pinoSerializers()` (or `createRequestSerializer()` as `serializers.req`) redacts the URL.
 */
export function pinoProblem(options: Value, context: AnalysisContext): string | undefined {
  if (options.kind !== 'object') return undefined;
  const serializer = options.props.get('serializers');
  if (serializer && redactsWithUrlleak(serializer.node, context)) return undefined;
  const noir = serializer && pinoNoirCall(serializer.node, context);
  if (noir && redactsUrl(noir.paths)) return undefined;
  const serializers = noir ? noir.serializers : serializer?.value;
  const request = serializers ? propAt(serializers, ['req']) : undefined;
  if (redactsUrl(propAt(options, ['redact']))) return undefined;
  if (request === undefined || isStandardRequestSerializer(serializers, request, context)) {
    return 'logs every request with the default req serializer (full URL and all headers) and no redact path covers the URL';
  }
  if (wrapsStandardRequestSerializer(request, context))
    return 'has a req serializer that extends the default one (full URL and all headers) and no redact path covers the URL';
  return serializesRequestData(request) ? 'has a req serializer that still returns the raw URL (or the whole request)' : undefined;
}

/**
 * `req: (req) => Object.assign(pino.stdSerializers.req(req), { body })`, `(req) => ({ ...stdSerializers.req(req), id })`:
 * a serializer that returns the default one's result with more fields, URL and headers included.
 */
function wrapsStandardRequestSerializer(serializer: Value, context: AnalysisContext): boolean {
  if (serializer.kind !== 'function') return false;
  const returned = serializer.returns;
  const parts = returned.kind === 'object' ? returned.spreads : [returned];
  return parts.some(
    (part) => part.kind === 'opaque' && ts.isCallExpression(part.node) && namesStandardRequestSerializer(part.node.expression, context),
  );
}

/**
 * `serializers: noir(['req.headers.authorization'])` or `noir({ req: stdSerializers.req }, [paths])`: pino-noir wraps
 * the serializers it is given (none: each value as it is) and censors only the listed paths, so the URL stays unless
 * a path names it.
 */
function pinoNoirCall(prop: ts.Node, context: AnalysisContext): { serializers: Value | undefined; paths: Value | undefined } | undefined {
  const call = ts.isPropertyAssignment(prop) ? prop.initializer : undefined;
  if (!call || !ts.isCallExpression(call) || resolveApiRef(call.expression, context)?.module !== PINO_NOIR_MODULE) return undefined;
  const [first, second] = call.arguments;
  if (first && ts.isArrayLiteralExpression(first)) return { serializers: undefined, paths: evaluate(first, context) };
  return { serializers: first && evaluate(first, context), paths: second && evaluate(second, context) };
}

/** `serializers: pinoSerializers()`, `serializers: fastifySerializers()`, `req: createRequestSerializer()`. */
function redactsWithUrlleak(serializers: ts.Node, context: AnalysisContext): boolean {
  return containsUrlleakRedactCall(serializers, urlleakRedactExports.requestSerializers, context);
}

/** A serializer whose result carries request data: `(req) => ({ method: req.method, url: req.url })`. */
function serializesRequestData(serializer: Value): boolean {
  return serializer.kind === 'function' && findTaint(serializer.returns, (taint) => taint.label !== undefined) !== undefined;
}

/** `req: pino.stdSerializers.req`, or a name bound to it (`const stdReq = require('pino-http').stdSerializers.req`). */
function isStandardRequestSerializer(serializers: Value | undefined, request: Value, context: AnalysisContext): boolean {
  const prop = serializers?.kind === 'object' ? serializers.props.get('req') : undefined;
  const written = prop ? writtenValue(prop) : 'node' in request && ts.isExpression(request.node) ? request.node : undefined;
  return written !== undefined && namesStandardRequestSerializer(written, context);
}

/** `pino.stdSerializers.req`, written so or bound to a name. */
function namesStandardRequestSerializer(expression: ts.Expression, context: AnalysisContext): boolean {
  if (/stdSerializers\.req$/.test(expression.getText())) return true;
  return resolveApiRef(expression, context)?.path.slice(-2).join('.') === 'stdSerializers.req';
}

/** `redact: ['req.url']`, `redact: { paths: ['req.url', …] }`, or a path redacting the whole `req`. */
function redactsUrl(redact: Value | undefined): boolean {
  const paths = redact?.kind === 'object' ? propAt(redact, ['paths']) : redact;
  return literalTexts(paths).some((path) => /^(?:req|req\.url|req\.originalUrl|\*\.url|req\.\*)$/.test(path));
}

/**
 * `Fastify({ logger: true })` or logger options without serializers.req: "incoming request" lines carry req.url.
 * Fastify writes those lines (and "request completed") at `info`: a logger whose level is only ever written as one
 * above it (`level: 'warn'`, 'error', 'fatal', 'silent') never writes them.
 */
export function checkFastifyLogger(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const options = firstObject((call.arguments ?? []).map((argument) => evaluate(argument, context)));
  const logger = options?.props.get('logger');
  if (!options || !logger || isFalseLiteral(logger.value) || isTrueLiteral(propAt(options, ['disableRequestLogging']))) return [];
  if (logger.value.kind === 'object' && isAboveInfo(propAt(logger.value, ['level']))) return [];
  const serializers = logger.value.kind === 'object' ? logger.value.props.get('serializers') : undefined;
  if (serializers && redactsWithUrlleak(serializers.node, context)) return [];
  const serializer = logger.value.kind === 'object' ? propAt(logger.value, ['serializers', 'req']) : undefined;
  if (serializer && !serializesRequestData(serializer)) return [];
  const reason = isTrueLiteral(logger.value) ? 'logger: true' : 'a logger without serializers.req';
  return [defaultsHit(logger.node, row, `(${reason}) logs req.url, query string included, on every incoming request`)];
}

/** pino's levels above `info`, the level of the request lines (`silent` writes nothing). */
const ABOVE_INFO = new Set(['warn', 'error', 'fatal', 'silent']);

/** A level written only as literals (through constants and branches), each above `info`; unknown values are not. */
function isAboveInfo(level: Value | undefined): boolean {
  const texts = onlyLiteralTexts(level);
  return texts !== undefined && texts.length > 0 && texts.every((text) => ABOVE_INFO.has(text));
}

/** Every string the value can be, or undefined when some branch is not a string literal (`process.env.LOG_LEVEL`). */
function onlyLiteralTexts(value: Value | undefined): string[] | undefined {
  if (value?.kind === 'literal' && !value.numeric) return [value.text];
  if (value?.kind !== 'union') return undefined;
  const branches = value.options.map(onlyLiteralTexts);
  return branches.every((texts) => texts !== undefined) ? branches.flat() : undefined;
}

const URL_FIELDS = new Set(['url', 'originalUrl', 'query', 'headers']);

/**
 * express-winston's defaults: requestWhitelist has url, originalUrl, query and headers; msg is "HTTP {{req.method}}
 * {{req.url}}", and `expressFormat: true` writes "{{req.method}} {{req.url}} {{res.statusCode}} …" over any msg.
 */
export function checkExpressWinston(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const [argument] = call.arguments ?? [];
  if (argument && spreadsUrlleakOptions(argument, context)) return [];
  const options = argument ? evaluate(argument, context) : undefined;
  if (argument && options?.kind !== 'object') return [];
  const message = propAt(options, ['msg']);
  const messageTexts = literalTexts(message);
  const expressFormat = isTrueLiteral(propAt(options, ['expressFormat']));
  const urlInMessage = message === undefined || expressFormat || messageTexts.some((text) => /req\.(?:url|originalUrl)/.test(text));
  const whitelist = propAt(options, ['requestWhitelist']);
  const metaOff = isFalseLiteral(propAt(options, ['meta'])) || propAt(options, ['requestFilter']) !== undefined;
  const urlInMeta = !metaOff && (whitelist === undefined || literalTexts(whitelist).some((field) => URL_FIELDS.has(field)));
  if (!urlInMessage && !urlInMeta) return [];
  const where = [
    urlInMessage
      ? `its message (${expressFormat ? 'expressFormat: "{{req.method}} {{req.url}} …"' : 'default "HTTP {{req.method}} {{req.url}}"'})`
      : undefined,
    urlInMeta ? 'its metadata (url, originalUrl, query, headers)' : undefined,
  ]
    .filter(Boolean)
    .join(' and ');
  return [defaultsHit(argument ?? call, row, `records the full URL in ${where}`)];
}

/** `expressWinston.logger({ transports, ...expressWinstonOptions() })`: urlleak/redact's filter, whitelist and message. */
function spreadsUrlleakOptions(options: ts.Expression, context: AnalysisContext): boolean {
  return (
    ts.isObjectLiteralExpression(options) &&
    options.properties.some(
      (property) =>
        ts.isSpreadAssignment(property) && callsUrlleakRedact(property.expression, urlleakRedactExports.expressWinstonOptions, context),
    )
  );
}

/** koa-logger prints method and full URL on every line, unless a transporter rewrites the line. */
export function checkKoaLogger(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const [argument] = call.arguments ?? [];
  const options = argument ? evaluate(argument, context) : undefined;
  const transporter =
    options?.kind === 'function' ? argument : options && propAt(options, ['transporter']) ? transporterNode(argument) : undefined;
  if (transporter && !(isFunctionNode(transporter) && passesLineOn(transporter))) return [];
  const problem = transporter
    ? 'hands its transporter the line with the method and full URL, query string included, and the transporter passes it on unchanged'
    : 'prints the method and full URL, query string included, on every request line';
  return [defaultsHit(call, row, problem)];
}

/** `logger({ transporter: fn })`: the function as written, when the options are an object literal. */
function transporterNode(argument: ts.Expression | undefined): ts.Expression | undefined {
  if (!argument || !ts.isObjectLiteralExpression(argument)) return argument;
  const property = argument.properties.find(
    (candidate) => (ts.isPropertyAssignment(candidate) || ts.isMethodDeclaration(candidate)) && candidate.name.getText() === 'transporter',
  );
  if (property && ts.isPropertyAssignment(property)) return property.initializer;
  return argument;
}

function isFunctionNode(node: ts.Expression): node is ts.Expression & FunctionLike {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

/**
 * koa-logger calls its transporter with the formatted line (`<-- GET /path?query`) and its parts (`args[2]` is the
 * URL): a transporter that hands the line, or the URL, to a call unchanged (`(str) => logger.info(str)`) logs the
 * query as the default does; one that only reads them through a method (`str.replace(…)`, `str.split('?')`) or drops
 * them may redact, and is not judged.
 */
function passesLineOn(fn: FunctionLike): boolean {
  const [line, parts] = fn.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : undefined));
  let passed = false;
  const visit = (node: ts.Node): void => {
    if (passed) return;
    if (ts.isCallExpression(node) && node.arguments.some((argument) => isLineOrUrl(argument, line, parts))) passed = true;
    else ts.forEachChild(node, visit);
  };
  if (fn.body) visit(fn.body);
  return passed;
}

/** `str`, `args[2]`, or a template or `+` joining them with text. */
function isLineOrUrl(node: ts.Expression, line: string | undefined, parts: string | undefined): boolean {
  if (ts.isIdentifier(node)) return node.text === line;
  if (ts.isElementAccessExpression(node))
    return ts.isIdentifier(node.expression) && node.expression.text === parts && node.argumentExpression.getText() === '2';
  if (ts.isTemplateExpression(node)) return node.templateSpans.some((span) => isLineOrUrl(span.expression, line, parts));
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return isLineOrUrl(node.left, line, parts) || isLineOrUrl(node.right, line, parts);
  if (ts.isParenthesizedExpression(node)) return isLineOrUrl(node.expression, line, parts);
  return false;
}

/**
 * log4js `connectLogger(logger, options)`: its default format and any format with `:url` write the full URL; a
 * format given as a function, or one the engine cannot read, is not judged.
 */
export function checkLog4jsConnect(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const [, argument] = call.arguments ?? [];
  const options = argument ? evaluate(argument, context) : undefined;
  const format = options?.kind === 'object' ? propAt(options, ['format']) : options;
  if (!format) return [defaultsHit(call, row, 'uses its default format, which logs :url (the full URL, query string included)')];
  const formatProp = options?.kind === 'object' ? options.props.get('format') : undefined;
  const written = formatProp ? writtenValue(formatProp) : undefined;
  const texts = written && isFunctionLike(written) ? formatCallbackTexts(written) : literalTexts(format);
  if (texts.length === 0 || !texts.some((text) => MORGAN_URL_TOKEN.test(text))) return [];
  return [defaultsHit(argument ?? call, row, 'logs :url, the full URL with its query string, on every request line')];
}

function isFunctionLike(node: ts.Node): node is FunctionLike {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

/**
 * `format: (req, res, format) => format(\`":method :url" :status\`)`: log4js hands a format function its own formatter
 * as the third argument (https://log4js-node.github.io/log4js-node/connect-logger.html); the texts it is called with
 * are the format.
 */
function formatCallbackTexts(fn: FunctionLike): string[] {
  const formatter = fn.parameters[2]?.name;
  if (!formatter || !ts.isIdentifier(formatter)) return [];
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === formatter.text) {
      const [text] = node.arguments;
      if (text && (ts.isStringLiteralLike(text) || ts.isTemplateExpression(text))) texts.push(text.getText());
    }
    ts.forEachChild(node, visit);
  };
  if (fn.body) visit(fn.body);
  return texts;
}

function defaultsHit(site: ts.Node, row: SinkRow, problem: string): SinkHit {
  const message = `${row.api} ${problem}: credentials sent in query strings are stored in the log. Instead, ${row.safeAlternative}.`;
  return serverHit({ row, site, origin: { node: site, message: `${row.api} ${problem}` }, message });
}
