import { ts } from '../ast/typescript.js';
import { calleeName } from '../ast/calls-by-name.js';
import type { AnalysisContext } from '../ast/context.js';
import { describeNode } from '../ast/describe-node.js';
import { declarationOf } from '../ast/declaration-of.js';
import { evaluate } from './evaluate.js';
import { componentGlobalFunction } from '../resolve/component-globals.js';
import { autoImportedFunction } from '../resolve/auto-imports.js';
import { vueThisMethod } from './vue-options-this.js';
import { singletonMethod } from './singleton-method.js';
import { isRequireCall, matchesApi, resolveApiRef, type ApiRef } from '../resolve/library-resolution.js';
import { evaluateRequestCall } from './evaluate-request.js';
import { labeled, requestLabelOf } from '../resolve/request-member.js';
import { memberNamesOf } from './member-names.js';
import { getterTaint, nameTaint, sourceTaint } from './name-sources.js';
import { instantiate, summarizeFunction, type FunctionLike } from './summaries.js';
import {
  callbackResults,
  deepSerializers,
  entriesCollectors,
  formatters,
  identityCalls,
  objectMergers,
  propertyGetters,
  queryBuilders,
  replacingMethods,
  SANITIZER_NAME,
  transparentFunctions,
  tailKeepingMethods,
  TAIL_CUT_LIMIT,
  transparentMethods,
  urlConstructors,
} from '../tables/propagators.js';
import { callSources } from '../tables/sources.js';
import { readIssuedToken } from './issued-token.js';
import { writesTo } from '../ast/file-index.js';
import { formatText, splicePattern } from './splice-text.js';
import { entriesSource, keyedEntriesSource, serializedRecordOf } from './record-entries.js';
import { pickPath, propertyPathRead } from './property-path.js';
import { asQueryRecord, findTaint, merged, opaque, secretOf, text, withStep, type Value } from './value.js';

/** What a sanitizer's result stands for (`SANITIZER_NAME`). */
const REDACTED = 'REDACTED';

/** A call: a propagator, a known source, a function of the project (through its summary), or a name. */
export function evaluateCall(call: ts.CallExpression, context: AnalysisContext): Value {
  if (isRequireCall(call)) return opaque(call);
  const fromRequest = evaluateRequestCall(call, context);
  if (fromRequest) return fromRequest;
  const callee = call.expression;
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (method !== undefined && ts.isPropertyAccessExpression(callee)) {
    const receiverValue = evaluateMethodOnValue(callee.expression, method, call, context);
    if (receiverValue) return receiverValue;
  }
  if (ts.isIdentifier(callee) && transparentFunctions.has(callee.text) && isGlobalName(callee, context)) {
    return call.arguments[0] ? evaluate(call.arguments[0], context) : opaque(call);
  }
  // A placeholder, which no rule reports under any name (`token=${maskToken(t)}` is no leak).
  if (SANITIZER_NAME.test(calleeName(callee))) return { kind: 'literal', text: REDACTED, node: call };
  const libraryValue = evaluateLibraryCall(call, context);
  if (libraryValue) return libraryValue;
  const projectFunction = calledFunction(callee, context);
  if (projectFunction) {
    const returned = instantiateReceiver(
      instantiate(summarizeFunction(projectFunction, context), projectFunction, call.arguments, context),
      projectFunction,
      callee,
      context,
    );
    // The call is a step of the flow: its name tells what the value is (`getTransferToken()` makes a ticket).
    if (secretOf(returned)) return withStep(returned, { node: call, message: `returned by \`${describeNode(call)}\`` });
    const taint = getterTaint(calleeName(callee), call, context);
    return taint ? opaque(call, taint) : returned;
  }
  return opaque(call, getterTaint(calleeName(callee), call, context));
}

/**
 * `client.streamUrl('orders')` where `const client = new StreamClient(apiKey)`: the method reads what the constructor
 * was given (`this.apiKey`, a parameter property), so this instance's arguments fill the constructor's placeholders.
 */
function instantiateReceiver(value: Value, method: FunctionLike, callee: ts.Expression, context: AnalysisContext): Value {
  const cls = method.parent;
  if (!ts.isPropertyAccessExpression(callee) || !cls || !ts.isClassLike(cls)) return value;
  const construction = constructionOf(callee.expression, context);
  const constructor = construction && constructorOf(construction.expression, context);
  return constructor && constructor.parent === cls ? instantiate(value, constructor, construction.arguments ?? [], context) : value;
}

/** `new StreamClient(key)`, written there or as the initializer of the variable named there. */
function constructionOf(expression: ts.Expression, context: AnalysisContext): ts.NewExpression | undefined {
  const inner = withoutParentheses(expression);
  if (ts.isNewExpression(inner)) return inner;
  if (!ts.isIdentifier(inner)) return undefined;
  const declaration = declarationOf(context.checker.getSymbolAtLocation(inner), context);
  const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer;
  const constructed = initializer && withoutParentheses(initializer);
  return constructed && ts.isNewExpression(constructed) ? constructed : undefined;
}

function withoutParentheses(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current))
    current = current.expression;
  return current;
}

/**
 * `new Live(token)` → `Live`'s constructor, when the project declares one with a body; or the function itself when
 * `Live` is a function written to be called with `new` (`function Live(url) { this.ws = new WebSocket(url) }`, as
 * scripts written before classes do).
 */
export function constructorOf(callee: ts.Expression, context: AnalysisContext): ts.ConstructorDeclaration | FunctionLike | undefined {
  const declaration = ts.isIdentifier(callee) ? declarationOf(context.checker.getSymbolAtLocation(callee), context) : undefined;
  if (!declaration) return undefined;
  if (ts.isFunctionDeclaration(declaration)) return declaration.body ? declaration : undefined;
  const initializer = ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  if (initializer && ts.isFunctionExpression(initializer)) return initializer;
  if (!ts.isClassLike(declaration)) return undefined;
  return declaration.members.find(
    (member): member is ts.ConstructorDeclaration => ts.isConstructorDeclaration(member) && member.body !== undefined,
  );
}

/** `x.toString()`, `x.trim()`, `a.concat(b, c)`, `[a, b].join('')`. */
function evaluateMethodOnValue(
  receiver: ts.Expression,
  method: string,
  call: ts.CallExpression,
  context: AnalysisContext,
): Value | undefined {
  if (transparentMethods.has(method)) return evaluate(receiver, context);
  if (tailKeepingMethods.has(method)) return tailOf(receiver, call, context);
  if (replacingMethods.has(method)) return replaced(receiver, call, method === 'replaceAll', context);
  if (method === 'concat' && !ts.isArrayLiteralExpression(receiver)) {
    return text([evaluate(receiver, context), ...call.arguments.map((argument) => evaluate(argument, context))]);
  }
  if (method === 'join' && ts.isArrayLiteralExpression(receiver)) return joinArray(receiver.elements, call, context);
  const pushed = method === 'join' && ts.isIdentifier(receiver) ? builtArray(receiver, context) : undefined;
  if (pushed) return joinArray(pushed, call, context);
  if (method === 'join') return joinEntries(receiver, context);
  if (method === 'reduce') return rebuiltRecord(receiver, call, context);
  if (QUERY_ENTRY_SETTERS.has(method)) return withQueryEntry(receiver, call, context);
  return undefined;
}

/**
 * `req.url.substr(1)`: a literal is cut as written; other text keeps its pieces (the cut falls in its first one),
 * so a query at its end is still there. Any other cut is not followed.
 */
function tailOf(receiver: ts.Expression, call: ts.CallExpression, context: AnalysisContext): Value | undefined {
  const [start, ...rest] = call.arguments;
  if (!start || rest.length > 0) return undefined;
  const value = evaluate(receiver, context);
  if (ts.isNumericLiteral(start) && Number(start.text) <= TAIL_CUT_LIMIT)
    return value.kind === 'literal' && !value.numeric ? { ...value, text: value.text.slice(Number(start.text)) } : value;
  // `url.slice(origin.length)`: a known prefix cut off, the rest kept; `url.slice(url.indexOf('?') + 1)`: the query
  // string, which a URLSearchParams reads as the URL's query.
  return (isLengthRead(start) || startsAtQuery(start, context)) && value.kind !== 'literal' ? value : undefined;
}

/**
 * `url.indexOf('?') + 1` (or the `?` itself): where a URL's query starts; also through a constant that holds the
 * position (`const idx = url.indexOf('?'); … url.slice(idx + 1)`, after a check that there is one).
 */
function startsAtQuery(start: ts.Expression, context: AnalysisContext): boolean {
  const written =
    ts.isBinaryExpression(start) && start.operatorToken.kind === ts.SyntaxKind.PlusToken && start.right.getText() === '1'
      ? start.left
      : start;
  const position = ts.isIdentifier(written) ? (constInitializer(written, context) ?? written) : written;
  if (!ts.isCallExpression(position) || calleeName(position.expression) !== 'indexOf') return false;
  const [separator] = position.arguments;
  return separator !== undefined && ts.isStringLiteralLike(separator) && separator.text === '?';
}

/** What a `const` was initialized with, for a name that stands for it. */
function constInitializer(name: ts.Identifier, context: AnalysisContext): ts.Expression | undefined {
  const declaration = context.checker.getSymbolAtLocation(name)?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isVariableDeclarationList(declaration.parent)) return undefined;
  return declaration.parent.flags & ts.NodeFlags.Const ? declaration.initializer : undefined;
}

function isLengthRead(expression: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(expression) && expression.name.text === 'length';
}

/** `set`/`append` on a query record that returns the record with the entry: Angular's immutable `HttpParams`. */
const QUERY_ENTRY_SETTERS: ReadonlySet<string> = new Set(['set', 'append']);

/**
 * `new HttpParams().append('access_token', token)`: a query record and one more entry, when the receiver is a query
 * record and the name is written out. Anything else (a Map's `set`, a URLSearchParams whose `append` returns nothing
 * and is read as a statement elsewhere) is left to the other rules.
 */
function withQueryEntry(receiver: ts.Expression, call: ts.CallExpression, context: AnalysisContext): Value | undefined {
  const [name, value] = call.arguments;
  if (!name || !value || !ts.isStringLiteralLike(name)) return undefined;
  const record = heldQueryRecord(receiver, context) ?? evaluate(receiver, context);
  if (record.kind !== 'object' || record.query !== true) return undefined;
  const props = new Map(record.props);
  props.set(name.text, { value: evaluate(value, context), node: call });
  return { ...record, props };
}

/**
 * A query record a library object holds (Angular's `req.params`, the `HttpParams` of the request an interceptor passes
 * on): its entries are not known here, the ones set on it are.
 */
function heldQueryRecord(receiver: ts.Expression, context: AnalysisContext): Value | undefined {
  if (!ts.isPropertyAccessExpression(receiver)) return undefined;
  const ref = resolveApiRef(receiver, context);
  return ref && isOneOf(ref, queryBuilders) ? emptyQueryRecord() : undefined;
}

/**
 * `template.replace(':url', req.originalUrl)`: the replacement spliced in where the pattern is written; elsewhere (a
 * pattern the analysis cannot place) the replacement still ends up in the text if it carries a secret or request
 * data, and the receiver's text stays as it is otherwise (`url.replace('http', 'ws')`).
 */
function replaced(receiver: ts.Expression, call: ts.CallExpression, all: boolean, context: AnalysisContext): Value {
  const base = evaluate(receiver, context);
  const [pattern, replacement] = call.arguments;
  if (!pattern || !replacement || ts.isArrowFunction(replacement) || ts.isFunctionExpression(replacement)) return base;
  const inserted = evaluate(replacement, context);
  const written = plainPattern(pattern);
  const spliced = written && splicePattern(base, written.text, inserted, all || written.global);
  if (spliced) return spliced;
  return findTaint(inserted, () => true) ? text([base, inserted]) : base;
}

/** A string pattern, or a regex that is only literal characters (`/\{token\}/g`). */
function plainPattern(pattern: ts.Expression): { text: string; global: boolean } | undefined {
  if (ts.isStringLiteralLike(pattern)) return { text: pattern.text, global: false };
  if (!ts.isRegularExpressionLiteral(pattern)) return undefined;
  const end = pattern.text.lastIndexOf('/');
  const body = pattern.text.slice(1, end);
  const flags = pattern.text.slice(end + 1);
  if (/[.*+?^$()[\]{}|\\]/.test(body.replace(/\\[^\w]/g, '')) || flags.includes('i')) return undefined;
  return { text: body.replace(/\\([^\w])/g, '$1'), global: flags.includes('g') };
}

/** `Object.entries(params).map(([k, v]) => `${k}=${v}`).join('&')`: a hand-written query builder over a record. */
function joinEntries(receiver: ts.Expression, context: AnalysisContext): Value | undefined {
  const record = entriesSource(receiver);
  return record && recordAsQuery(record, context);
}

function recordAsQuery(record: ts.Expression, context: AnalysisContext): Value {
  // Not an object yet (a parameter): it stays the record's only source, a call site fills it in.
  return asQueryRecord(evaluate(record, context));
}

/**
 * A piece of text appended or pushed to build a string: as written, unless it is the `key=value` piece of a loop
 * over a record's keys (record-entries.ts), which then stands for the whole record as a query.
 */
export function evaluatePiece(piece: ts.Expression, context: AnalysisContext): Value {
  const record = serializedRecordOf(piece);
  return record ? recordAsQuery(record, context) : evaluate(piece, context);
}

/**
 * `Object.entries(obj).filter(([, v]) => v !== undefined).reduce((a, [k, v]) => (a[k] = v, a), {} as Params)`: the record
 * rebuilt without some of its entries (which ones is not followed: the record stands for its copy).
 */
function rebuiltRecord(receiver: ts.Expression, call: ts.CallExpression, context: AnalysisContext): Value | undefined {
  const [, initial] = call.arguments;
  const record = initial && ts.isObjectLiteralExpression(withoutParentheses(initial)) ? entriesSource(receiver) : undefined;
  return record && evaluate(record, context);
}

/**
 * `Object.fromEntries(Object.entries(params).filter(…))`: the record it started from. `Object.fromEntries(url.searchParams)`
 * (or its `.entries()`) of a request's URL: the request's query as a record, as Remix and Workers code reads it.
 */
function collectedEntries(call: ts.CallExpression, context: AnalysisContext): Value | undefined {
  const [entries] = call.arguments;
  if (!entries) return undefined;
  const record = entriesSource(entries);
  if (record) return evaluate(record, context);
  const iterated = keyedEntriesSource(entries) ?? entries;
  return requestLabelOf(evaluate(iterated, context))?.label === 'query' ? labeled(call, 'query') : undefined;
}

/**
 * `const parts = ['stream=' + stream]; parts.push('access_token=' + token); parts.join('&')`: an array written as a
 * literal and grown by `push`/`unshift`, in that order (where each push runs is not followed); one assigned again is
 * not followed.
 */
function builtArray(name: ts.Identifier, context: AnalysisContext): ts.Expression[] | undefined {
  const declaration = declarationOf(context.checker.getSymbolAtLocation(name), context);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return undefined;
  const initializer = declaration.initializer;
  if (!initializer || !ts.isArrayLiteralExpression(initializer)) return undefined;
  const writes = writesTo(declaration.name, context);
  if (writes.assignments.length > 0) return undefined;
  const calls = writes.pushCalls;
  const added = (method: string) => calls.filter((call) => isMethodCall(call, method)).flatMap((call) => [...call.arguments]);
  return [...added('unshift'), ...initializer.elements, ...added('push')];
}

function isMethodCall(call: ts.CallExpression, method: string): boolean {
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === method;
}

function joinArray(elements: readonly ts.Expression[], call: ts.CallExpression, context: AnalysisContext): Value {
  const [separatorNode] = call.arguments;
  const separator = separatorNode && ts.isStringLiteralLike(separatorNode) ? separatorNode.text : ',';
  const parts = elements.flatMap((element, index): Value[] => {
    const value = evaluatePiece(element, context);
    return index === 0 ? [value] : [{ kind: 'literal', text: separator, node: call }, value];
  });
  return text(parts);
}

function evaluateLibraryCall(call: ts.CallExpression, context: AnalysisContext): Value | undefined {
  const ref = resolveApiRef(call.expression, context);
  if (!ref) return undefined;
  const source = callSources.find((row) => matchesApi(ref, row));
  if (source?.issues) return opaque(call, { ...sourceTaint(call, source.description), issued: readIssuedToken(call, source.issues) });
  if (source) return sourceValue(call, source.description, source.keyArg, context);
  if (deepSerializers.some((row) => matchesApi(ref, row))) return serialized(call, context);
  if (queryBuilders.some((row) => matchesApi(ref, row))) return queryRecord(call, context);
  if (formatters.some((row) => matchesApi(ref, row))) return formatCall(call, context);
  if (objectMergers.some((row) => matchesApi(ref, row))) return mergeCall(call, context);
  if (propertyGetters.some((row) => matchesApi(ref, row))) return pathValue(call, context);
  if (entriesCollectors.some((row) => matchesApi(ref, row))) return collectedEntries(call, context);
  if (callbackResults.some((row) => matchesApi(ref, row))) return callbackResult(call, context);
  if (identityCalls.some((row) => matchesApi(ref, row))) return call.arguments[0] ? evaluate(call.arguments[0], context) : opaque(call);
  return undefined;
}

/** `util.format('%s %s', req.method, req.originalUrl)`; a format that is not written out joins the arguments with spaces. */
function formatCall(call: ts.CallExpression, context: AnalysisContext): Value {
  const [format] = call.arguments;
  const values = call.arguments.map((argument) => evaluate(argument, context));
  if (!format) return opaque(call);
  return ts.isStringLiteralLike(format) ? formatText(format.text, format, values.slice(1)) : formatText('%s', call, values);
}

/** `Object.assign({}, defaults, { query: { token } })`: one object with every argument's properties. */
function mergeCall(call: ts.CallExpression, context: AnalysisContext): Value {
  const [target, ...sources] = call.arguments.map((argument) => evaluate(argument, context));
  return target ? merged(target, sources) : opaque(call);
}

/**
 * `_.get(req, 'originalUrl')`, `_.get(req, 'query.token')`: the property at the path, like `req.originalUrl`, or a
 * credential when the last key says so, like `req.query.token`; unknown when the path is not written out.
 */
function pathValue(call: ts.CallExpression, context: AnalysisContext): Value {
  const read = propertyPathRead(call, context);
  if (!read) return opaque(call);
  return pickPath(evaluate(read.object, context), read.keys, call) ?? opaque(call, nameTaint(read.keys.at(-1) ?? '', call, context));
}

/** `useMemo(() => url, [url])`: what the callback returns. */
function callbackResult(call: ts.CallExpression, context: AnalysisContext): Value {
  const [callback] = call.arguments;
  const value = callback && evaluate(callback, context);
  return value?.kind === 'function' ? value.returns : opaque(call);
}

function sourceValue(call: ts.CallExpression, description: string, keyArg: number | undefined, context: AnalysisContext): Value {
  if (keyArg === undefined) return opaque(call, sourceTaint(call, description));
  const key = call.arguments[keyArg];
  const keyValue = key ? evaluate(key, context) : undefined;
  if (keyValue?.kind !== 'literal' || !context.isSecretName(keyValue.text)) return opaque(call);
  return opaque(call, sourceTaint(call, `${description} (${keyValue.text})`));
}

/** `JSON.stringify({ Authorization: token })`: the text carries every secret inside the argument. */
function serialized(call: ts.CallExpression, context: AnalysisContext): Value {
  const [argument] = call.arguments;
  const inner = argument ? evaluate(argument, context) : undefined;
  // Credentials first: a request label must not hide a secret serialized next to it.
  const taint = inner && (secretOf(inner) ?? findTaint(inner, () => true));
  return opaque(
    call,
    taint && { ...taint, steps: [...taint.steps, { node: call, message: `serialized by ${describeNode(call.expression)}()` }] },
  );
}

/**
 * `new URLSearchParams({ token })`, `qs.stringify({ token })`: a record rendered as `name=value&…`; Angular's
 * `new HttpParams({ fromObject: { token } })` holds it under `fromObject`, and `{ fromString }` starts from a query
 * string whose entries are not read (entries added to it later are).
 */
function queryRecord(call: ts.CallExpression | ts.NewExpression, context: AnalysisContext): Value {
  const [argument] = call.arguments ?? [];
  if (!argument) return emptyQueryRecord();
  const value = evaluate(argument, context);
  if (value.kind === 'object' && value.props.has(STRING_OPTION)) return emptyQueryRecord();
  const fromObject = value.kind === 'object' ? value.props.get(RECORD_OPTION)?.value : undefined;
  const record = fromObject?.kind === 'object' ? fromObject : value;
  return record.kind === 'object' ? { ...record, query: true } : record;
}

function emptyQueryRecord(): Value {
  return { kind: 'object', props: new Map(), spreads: [], query: true };
}

/** `HttpParamsOptions.fromObject` and `.fromString` (https://angular.dev/api/common/http/HttpParamsOptions). */
const RECORD_OPTION = 'fromObject';
const STRING_OPTION = 'fromString';

export function evaluateNew(node: ts.NewExpression, context: AnalysisContext): Value {
  const ref = resolveApiRef(node.expression, context);
  if (ref && isOneOf(ref, urlConstructors)) {
    const [url] = node.arguments ?? [];
    return url ? evaluate(url, context) : opaque(node);
  }
  if (ref && isOneOf(ref, queryBuilders)) return queryRecord(node, context);
  return opaque(node);
}

function isOneOf(ref: ApiRef, rows: readonly { readonly modules: readonly string[]; readonly paths: readonly string[] }[]): boolean {
  return rows.some((row) => matchesApi(ref, row));
}

/** The project's own function a callee names (`buildUrl`, `api.buildUrl`, `this.buildUrl`, `this.#buildUrl`), with a body. */
export function calledFunction(callee: ts.Expression, context: AnalysisContext, aliases = 0): FunctionLike | undefined {
  const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  if (!ts.isIdentifier(nameNode) && !ts.isPrivateIdentifier(nameNode)) return undefined;
  if (cannotCallFileMember(callee, context)) return undefined;
  const declaration = shorthandTarget(declarationOf(context.checker.getSymbolAtLocation(nameNode), context), context);
  if (!declaration)
    return (
      componentGlobalFunction(callee, context) ??
      autoImportedFunction(callee, context) ??
      vueThisMethod(callee, context) ??
      singletonMethod(callee, context)
    );
  if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) return declaration.body ? declaration : undefined;
  const initializer = ts.isExportAssignment(declaration)
    ? declaration.expression
    : ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)
      ? declaration.initializer
      : undefined;
  const fn = initializer && unwrapIdentityCall(initializer, context);
  if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return fn;
  // `module.exports = { route: route }`, `const send = post`: a name for a function declared under another.
  if (fn && ts.isIdentifier(fn) && aliases < MAX_FUNCTION_ALIASES) return calledFunction(fn, context, aliases + 1);
  return undefined;
}

/**
 * A name declared by a shorthand property is the variable it names: a member of `export default { getRequest }`, or
 * the option value written `{ verifyClient }`.
 */
function shorthandTarget(declaration: ts.Declaration | undefined, context: AnalysisContext): ts.Declaration | undefined {
  if (!declaration || !ts.isShorthandPropertyAssignment(declaration)) return declaration;
  return declarationOf(context.checker.getShorthandAssignmentValueSymbol(declaration), context);
}

/** Names followed to the function they stand for; a cycle of aliases (`a = b`, `b = a`) ends here. */
const MAX_FUNCTION_ALIASES = 4;

/**
 * Untyped, `x.send(…)` calls a function of the file only if the file declares a member `send`; without one, the
 * answer is known without asking the checker for the type of `x` (the costliest name it resolves there). A component
 * global (`this.$sign(…)`) is found by name and never needs the member.
 */
function cannotCallFileMember(callee: ts.Expression, context: AnalysisContext): boolean {
  if (context.typed || !ts.isPropertyAccessExpression(callee)) return false;
  const members = memberNamesOf(callee.getSourceFile());
  return members !== undefined && !members.has(callee.name.text) && componentGlobalFunction(callee, context) === undefined;
}

/** `useCallback(() => url, [url])` is its callback. */
function unwrapIdentityCall(expression: ts.Expression, context: AnalysisContext): ts.Expression {
  if (!ts.isCallExpression(expression) || !expression.arguments[0]) return expression;
  const ref = resolveApiRef(expression.expression, context);
  return ref && isOneOf(ref, identityCalls) ? expression.arguments[0] : expression;
}

function isGlobalName(identifier: ts.Identifier, context: AnalysisContext): boolean {
  return resolveApiRef(identifier, context)?.module === 'global';
}
