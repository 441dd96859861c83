import { ts } from '../ast/typescript.js';
import type { Suggestion } from '../../findings/finding.js';
import type { SinkExpression, SinkHit } from '../judge/sink-hit.js';
import type { AnalysisContext } from '../ast/context.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { Leak } from '../judge/judge-url.js';
import { judgeWithCallers } from '../judge/judge-with-callers.js';
import { requestObjects, type RequestObjectRow } from '../tables/request-sources.js';
import type { SinkRow } from '../tables/sinks.js';
import { findTaint, type TaintLabel, type Value } from '../evaluate/value.js';
import { serverHit } from './hit.js';
import { importedModules } from '../ast/imported-modules.js';
import { redactionOfLogger, type LoggerRedaction } from './redacting-logger.js';
import { canImportUrlleakRedact, importRedactEdits } from './redact-suggestions.js';

/**
 * log-raw-url: a logger call any of whose arguments carries request data (the raw URL, the query, the Referer, the
 * whole request), directly, inside an object (`log.info({ req })`), or through the callers of a helper.
 * One finding per call, at the first such argument.
 */
export function checkLoggedArguments(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  // How the logger was set up is read only once some argument carries request data: most logger calls carry none.
  let redaction: { readonly value: LoggerRedaction } | undefined;
  for (const argument of call.arguments ?? []) {
    const value = evaluate(argument, context);
    const found = judgeWithCallers(value, loggedRequestData, context);
    if (found.length === 0) continue;
    redaction ??= { value: redactionOfLogger(call, context) };
    if (redaction.value === 'request-object' && carriesRequestUnderReqOnly(argument, context)) continue;
    const [leak] = redaction.value === 'entries' ? judgeWithCallers(value, loggedUnredactedData, context) : found;
    if (leak) return [loggedHit(argument, leak, row)];
  }
  return [];
}

/** `{ req }`, `{ req: request, msg }`: the request goes to the logger's req serializer, nothing else carries it. */
function carriesRequestUnderReqOnly(argument: ts.Expression, context: AnalysisContext): boolean {
  if (!ts.isObjectLiteralExpression(argument)) return false;
  const isReq = (property: ts.ObjectLiteralElementLike) =>
    property.name !== undefined && ts.isIdentifier(property.name) && property.name.text === 'req';
  const others = argument.properties.filter((property) => !isReq(property));
  return (
    others.length < argument.properties.length &&
    others.every((property) => ts.isPropertyAssignment(property) && loggedRequestData(evaluate(property.initializer, context)).length === 0)
  );
}

function loggedRequestData(value: Value): Leak[] {
  const taint = findTaint(value, (candidate) => candidate.label !== undefined);
  return taint ? [{ parameter: undefined, taint }] : [];
}

/** Request data that is a string URL (the request's, the Referer): what urlleak's `redactUrlsFormat()` rewrites. */
const REDACTED_AS_STRINGS: ReadonlySet<TaintLabel> = new Set(['request-url', 'page-url']);

/**
 * Through a winston logger with `redactUrlsFormat()`, which redacts strings: the request object (a class instance it
 * leaves alone) and the parsed query (values that are no URL) still carry credentials.
 */
function loggedUnredactedData(value: Value): Leak[] {
  const taint = findTaint(value, (candidate) => candidate.label !== undefined && !REDACTED_AS_STRINGS.has(candidate.label));
  return taint ? [{ parameter: undefined, taint }] : [];
}

function loggedHit(argument: ts.Expression, leak: Leak, row: SinkRow): SinkHit {
  const origin = leak.taint.origin.node;
  const inside = isWithin(origin, argument);
  const message = `${leak.taint.origin.message} and is written to the log by ${row.api}: query strings carry tokens, OAuth codes and API keys, which the log then keeps. Instead, ${row.safeAlternative}.`;
  const suggestions = inside ? [redactLoggedUrl(origin), pathWithoutQuery(origin)].filter((item) => item !== undefined) : [];
  return serverHit({ row, site: inside ? origin : argument, origin: leak.taint, message, suggestions });
}

/** `req.url` → `redactUrl(req.url)` with its import, where the project can import urlleak/redact. */
function redactLoggedUrl(node: ts.Node): Suggestion | undefined {
  if (!ts.isPropertyAccessExpression(node) || !SUGGESTED_MEMBERS.has(node.name.text)) return undefined;
  const sourceFile = node.getSourceFile();
  if (!canImportUrlleakRedact(sourceFile)) return undefined;
  // Hapi's request.url is a URL object: its href is the string.
  const url = frameworkOf(sourceFile)?.pathMember === 'pathname' ? `${node.getText(sourceFile)}.href` : node.getText(sourceFile);
  return {
    id: 'redactLoggedUrl',
    description: `Log the URL through redactUrl from urlleak/redact (redactUrl(${url})): credentials replaced, everything else kept.`,
    edits: [
      { start: node.getStart(sourceFile), end: node.getEnd(), text: `redactUrl(${url})` },
      ...importRedactEdits(sourceFile, ['redactUrl']),
    ],
  };
}

function isWithin(node: ts.Node, container: ts.Node): boolean {
  return node.getSourceFile() === container.getSourceFile() && node.pos >= container.pos && node.end <= container.end;
}

const SUGGESTED_MEMBERS = new Set(['url', 'originalUrl']);

/** `req.url` → `req.path` (Express, Koa), `request.url.pathname` (Hapi), or the text before `?` elsewhere. */
function pathWithoutQuery(node: ts.Node): Suggestion | undefined {
  if (!ts.isPropertyAccessExpression(node) || !SUGGESTED_MEMBERS.has(node.name.text)) return undefined;
  const sourceFile = node.getSourceFile();
  const framework = isRawUpgradeRequest(node.expression) ? undefined : frameworkOf(sourceFile);
  const receiver = node.expression.getText(sourceFile);
  const replacement =
    framework?.pathMember === 'path'
      ? `${receiver}.path`
      : framework?.pathMember === 'pathname'
        ? `${node.getText(sourceFile)}.pathname`
        : `(${node.getText(sourceFile)} ?? '').split('?')[0]`;
  return {
    id: 'logPathWithoutQuery',
    description: `Log the path without the query string (${replacement}).`,
    edits: [{ start: node.getStart(sourceFile), end: node.getEnd(), text: replacement }],
  };
}

/** `wss.on('connection', (socket, req) => …)`: a plain IncomingMessage even in an Express app (no `req.path`). */
function isRawUpgradeRequest(receiver: ts.Expression): boolean {
  if (!ts.isIdentifier(receiver)) return false;
  const handler = enclosingParameterOwner(receiver);
  const registration = handler?.parent;
  if (!registration || !ts.isCallExpression(registration) || !ts.isPropertyAccessExpression(registration.expression)) return false;
  const [event] = registration.arguments;
  return (
    registration.expression.name.text === 'on' &&
    event !== undefined &&
    ts.isStringLiteralLike(event) &&
    ['connection', 'upgrade'].includes(event.text)
  );
}

/** The function declaring a parameter of this name around the identifier. */
function enclosingParameterOwner(identifier: ts.Identifier): ts.SignatureDeclaration | undefined {
  for (let current: ts.Node | undefined = identifier.parent; current; current = current.parent) {
    if (
      ts.isFunctionLike(current) &&
      current.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === identifier.text)
    )
      return current;
  }
  return undefined;
}

/** The web framework a file builds on, by its imports, when it has a better path than cutting at `?`. */
function frameworkOf(sourceFile: ts.SourceFile): RequestObjectRow | undefined {
  const modules = importedModules(sourceFile);
  return requestObjects.find((row) => row.pathMember !== 'split' && row.modules.some((module) => modules.has(module)));
}
