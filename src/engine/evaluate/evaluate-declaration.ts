import { ts } from '../ast/typescript.js';
import { transparentProperties } from '../tables/propagators.js';
import type { AnalysisContext } from '../ast/context.js';
import { staticPropertyName } from '../ast/property-name.js';
import { declarationOf } from '../ast/declaration-of.js';
import { evaluate, memoized } from './evaluate.js';
import { pickProperty } from './pick-property.js';
import { labeled, requestMember } from '../resolve/request-member.js';
import { nameTaint } from './name-sources.js';
import { destructuredRequestTaint, requestParamTaint } from './evaluate-request.js';
import { instantiate, summarizeFunction } from './summaries.js';
import {
  globalObjectWrites,
  implicitGlobalWrites,
  thisWritesTo,
  thisMemberWritesTo,
  writesTo,
  writtenMember,
  type MemberAssignment,
  type PassedArgument,
  type VariableWrites,
} from '../ast/file-index.js';
import { copiedRecord } from '../ast/copied-record.js';
import { walkDescendants } from '../ast/walk.js';
import { enclosingFunction } from '../ast/enclosing.js';
import { calledFunction, evaluatePiece } from './evaluate-call.js';
import { matchesApi, resolveApiRef } from '../resolve/library-resolution.js';
import { objectMergers } from '../tables/propagators.js';
import { destructuredRequestMembers, SVELTEKIT_HANDLER_TYPES, SVELTEKIT_ROUTE_FILE } from '../tables/request-sources.js';
import { isConstant } from './constant.js';
import { sveltekit } from '../frameworks/sveltekit.js';
import { REACT_CLASS_STATE } from '../frameworks/react-class-state.js';
import { callsByName } from '../ast/calls-by-name.js';
import { classOfThis } from '../ast/class-of-this.js';
import { asQueryRecord, findTaint, merged, opaque, text, union, withStep, type Prop, type Value } from './value.js';
import { recordOfLoopKey } from './record-entries.js';

export function evaluateIdentifier(identifier: ts.Identifier, context: AnalysisContext): Value {
  if (identifier.text === 'undefined') return { kind: 'literal', text: '', node: identifier, numeric: true };
  return valueOfSymbol(context.checker.getSymbolAtLocation(identifier), identifier, context);
}

/** `{ token }`: the value is the variable `token`, not the property. */
export function evaluateShorthand(property: ts.ShorthandPropertyAssignment, context: AnalysisContext): Value {
  return valueOfSymbol(context.checker.getShorthandAssignmentValueSymbol(property), property.name, context);
}

function valueOfSymbol(symbol: ts.Symbol | undefined, use: ts.Identifier, context: AnalysisContext): Value {
  const declaration = declarationOf(symbol, context);
  if (declaration) return evaluateDeclaration(declaration, context);
  const writes = symbol === undefined ? implicitGlobalWrites(use, context) : [];
  const [first] = writes;
  // Keyed by the first write, as a declaration would be: a write that reads the global back (`x = x + …`) stops there.
  if (first) return memoized(first, context, () => union(writes.map((write) => evaluatePiece(write.right, context))));
  return opaque(use, nameTaint(use.text, use, context));
}

/**
 * A global read through the global object (`window.sockterUrl`): what the program's modules write to it, when one
 * does. Keyed by the first write, as an implicit global is.
 */
export function evaluateGlobalMember(name: string, context: AnalysisContext): Value | undefined {
  const writes = globalObjectWrites(name, context);
  const [first] = writes;
  return first ? memoized(first, context, () => union(writes.map((write) => evaluatePiece(write.right, context)))) : undefined;
}

export function evaluateDeclaration(declaration: ts.Declaration, context: AnalysisContext): Value {
  return memoized(declaration, context, () => evaluateDeclarationUncached(declaration, context));
}

function evaluateDeclarationUncached(declaration: ts.Declaration, context: AnalysisContext): Value {
  if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name))
    return evaluateVariable(declaration, declaration.name, context);
  if (ts.isBindingElement(declaration) && ts.isIdentifier(declaration.name))
    return evaluateBindingElement(declaration, declaration.name, context);
  if (ts.isParameter(declaration) && ts.isIdentifier(declaration.name)) return parameterValue(declaration, [], declaration.name, context);
  if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration))
    return { kind: 'function', returns: summarizeFunction(declaration, context), node: declaration };
  if (ts.isExportAssignment(declaration)) return evaluate(declaration.expression, context);
  if (ts.isPropertyDeclaration(declaration) && ts.isClassLike(declaration.parent)) {
    const name = staticPropertyName(declaration.name);
    if (name !== undefined) return memberValue(declaration, thisWritesTo(declaration.parent, name), context);
  }
  if ((ts.isPropertyDeclaration(declaration) || ts.isPropertyAssignment(declaration)) && declaration.initializer) {
    return named(declaration.name, evaluate(declaration.initializer, context), context);
  }
  const name = ts.getNameOfDeclaration(declaration);
  return name && ts.isIdentifier(name) ? opaque(name, nameTaint(name.text, name, context)) : opaque(declaration);
}

/**
 * `this.name` inside `cls`: its initializer, a constructor's parameter property (which the callers of `new` fill in),
 * and every `this.name = …` in the class's own methods; undefined when the class declares and writes no such member.
 */
export function evaluateThisMember(cls: ts.ClassLikeDeclaration, name: string, context: AnalysisContext): Value | undefined {
  const value = evaluateThisMemberWrites(cls, name, context);
  if (name !== REACT_CLASS_STATE.member || !value) return value;
  // Once per class: the updates read the state themselves (`this.setState({ n: this.state.n + 1 })`), and a component
  // with hundreds of them (excalidraw's App) would evaluate them again at every read.
  return memoized(cls, context, () => {
    const updates = stateUpdates(cls, context);
    return updates.length === 0 ? value : union([value, ...updates]);
  });
}

function evaluateThisMemberWrites(cls: ts.ClassLikeDeclaration, name: string, context: AnalysisContext): Value | undefined {
  // `private get apiKey() { return process.env.API_KEY }`: what the getter returns.
  const getter = cls.members.find(
    (member): member is ts.GetAccessorDeclaration => ts.isGetAccessorDeclaration(member) && staticPropertyName(member.name) === name,
  );
  if (getter) return summarizeFunction(getter, context);
  const declaration = memberDeclaration(cls, name);
  if (declaration && ts.isPropertyDeclaration(declaration)) {
    // `this.httpOptions.params = …` in a method: the field's options as any method may have left them.
    const memberWrites = thisMemberWritesTo(cls, name);
    const value = evaluateDeclaration(declaration, context);
    return memberWrites.length === 0 ? value : applyLaterPropertyWrites(value, memberWrites, context);
  }
  const writes = thisWritesTo(cls, name);
  const [first] = writes;
  if (!declaration && !first) return undefined;
  // A parameter's own value is the parameter inside the constructor; the member is keyed by the parameter's name.
  const key = declaration?.name ?? first?.left;
  return key && memoized(key, context, () => memberValue(declaration, writes, context));
}

/**
 * The objects a class component passes to `this.setState(…)` (`REACT_CLASS_STATE`): what its state may hold later. The
 * first `MAX_STATE_UPDATES` of the class: a very large component has hundreds (excalidraw's App), whose union cost that
 * repository 36 % more memory with 64 of them; with 16, nothing measurable.
 */
function stateUpdates(cls: ts.ClassLikeDeclaration, context: AnalysisContext): Value[] {
  const calls = callsByName(cls.getSourceFile(), context).get(REACT_CLASS_STATE.setter) ?? [];
  const updates = calls.flatMap((call) => {
    if (!ts.isCallExpression(call)) return [];
    const [update] = call.arguments;
    const callee = call.expression;
    const onThis = ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword;
    return update && onThis && classOfThis(call) === cls && ts.isObjectLiteralExpression(update) ? [update] : [];
  });
  return updates.slice(0, MAX_STATE_UPDATES).map((update) => evaluate(update, context));
}

const MAX_STATE_UPDATES = 16;

function memberDeclaration(cls: ts.ClassLikeDeclaration, name: string): ts.PropertyDeclaration | ts.ParameterDeclaration | undefined {
  for (const member of cls.members) {
    if (ts.isPropertyDeclaration(member) && staticPropertyName(member.name) === name) return member;
    if (!ts.isConstructorDeclaration(member)) continue;
    const parameter = member.parameters.find(
      (candidate) => ts.isParameterPropertyDeclaration(candidate, member) && candidate.name.text === name,
    );
    if (parameter) return parameter;
  }
  return undefined;
}

function memberValue(
  declaration: ts.PropertyDeclaration | ts.ParameterDeclaration | undefined,
  writes: readonly MemberAssignment[],
  context: AnalysisContext,
): Value {
  const values: Value[] = [];
  if (declaration && ts.isParameter(declaration)) values.push(evaluateDeclaration(declaration, context));
  else if (declaration?.initializer) values.push(evaluate(declaration.initializer, context));
  for (const write of writes) {
    const written = evaluate(write.right, context);
    values.push(write.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken ? text([opaque(write.left), written]) : written);
  }
  const name = declaration?.name ?? writes[0]?.left;
  const nameNode = name && ts.isPropertyAccessExpression(name) ? name.name : name;
  if (!nameNode) return union([]);
  const value = union(values);
  // `bearerToken = ''` filled in by an ORM or a deserializer: a placeholder says less than the member's name.
  const byName = ts.isIdentifier(nameNode) && !findTaint(value, () => true) ? nameTaint(nameNode.text, nameNode, context) : undefined;
  if (byName || values.length === 0) return opaque(nameNode, byName);
  return named(nameNode, value, context);
}

/** `const x = init`, then every later `x = …` / `x += …`, URL mutations (`x.searchParams.set`), option writes. */
function evaluateVariable(declaration: ts.VariableDeclaration, name: ts.Identifier, context: AnalysisContext): Value {
  const initial = declaration.initializer ? evaluate(declaration.initializer, context) : undefined;
  const isConst = (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
  const writes = writesTo(name, context);
  let value = isConst ? initial : applyAssignments(initial, writes.assignments, context);
  const home = enclosingFunction(declaration);
  const later: MemberAssignment[] = [];
  const inPlace: MemberAssignment[] = [];
  const boxed: MemberAssignment[] = [];
  for (const write of writes.memberAssignments)
    (isBoxWrite(write) ? boxed : isLaterPropertyWrite(write, home) ? later : inPlace).push(write);
  value = applyBoxWrites(value, boxed, context);
  value = applyMemberWrites(value ?? opaque(name), { ...writes, memberAssignments: inPlace }, context);
  return named(name, applyLaterPropertyWrites(value, later, context), context);
}

/**
 * `wsUrl.value = await buildUrl()`, `urlRef.current = url`: a write to a member that reads as the object itself
 * (`transparentProperties`: Vue's ref, React's ref) is a value of the box, whichever function writes it.
 */
function isBoxWrite(write: MemberAssignment): boolean {
  const member = writtenMember(write);
  return member !== undefined && transparentProperties.has(member) && write.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

function applyBoxWrites(value: Value | undefined, writes: readonly MemberAssignment[], context: AnalysisContext): Value | undefined {
  if (writes.length === 0) return value;
  const written = writes.map((write) => evaluate(write.right, context));
  return union(value ? [value, ...written] : written);
}

/**
 * `S.token = d.token` in a login handler, `S.token = ''` in logout, for a `const S = { token: … }` declared outside
 * them: a property written inside another function than the declaration's runs at a time the flow does not know, so
 * a read elsewhere may see any of the values, not only the last one written in the file.
 */
function isLaterPropertyWrite(write: MemberAssignment, home: ts.Node | undefined): boolean {
  const member = writtenMember(write);
  return member !== undefined && member !== 'search' && member !== 'hash' && enclosingFunction(write) !== home;
}

function applyLaterPropertyWrites(value: Value, writes: readonly MemberAssignment[], context: AnalysisContext): Value {
  return writes.reduce((result, write) => {
    const member = writtenMember(write) ?? '';
    const before = result.kind === 'object' ? result.props.get(member)?.value : undefined;
    const written = evaluate(write.right, context);
    return setProperty(result, member, { value: before ? union([before, written]) : written, node: write });
  }, value);
}

function applyAssignments(
  initial: Value | undefined,
  assignments: readonly ts.BinaryExpression[],
  context: AnalysisContext,
): Value | undefined {
  let value = initial;
  for (const assignment of assignments) {
    const written = evaluatePiece(assignment.right, context);
    const appended = assignment.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken;
    value = appended ? text([value ?? opaque(assignment.left), written]) : value ? union([value, written]) : written;
  }
  return value;
}

/** How a written value is read at the write: as written, or through a helper's call site (its arguments for its parameters). */
type ReadWritten = (written: ts.Expression) => Value;

/**
 * `url.search = q`, `url.searchParams.set('token', t)`, `options.query = { token }`, `params['token'] = t`,
 * `Object.assign(params, { token })`, a record copied key by key (`params[key] = source[key]`), and the same writes
 * made by a helper the variable is passed to (`addAuth(search)`).
 */
function applyMemberWrites(
  value: Value,
  writes: VariableWrites,
  context: AnalysisContext,
  read: ReadWritten = (written) => evaluate(written, context),
  helpers: readonly ts.Node[] = [],
): Value {
  let result = value;
  for (const call of writes.paramCalls) {
    const [key, written] = call.arguments;
    if (!key || !written) continue;
    const record = ts.isStringLiteralLike(key) ? undefined : recordOfLoopKey(key);
    if (ts.isStringLiteralLike(key)) result = addQueryParam(result, key.text, { value: read(written), node: call }, key);
    else if (record) result = addQueryRecord(result, asQueryRecord(read(record)), call);
  }
  for (const write of writes.memberAssignments) {
    const member = writtenMember(write);
    // A record copied entry by entry: `target[key] = source[key]`, or any write under the key of a loop over a record's
    // entries (`for (const [key, value] of url.searchParams.entries())`, `params.forEach((value, key) => …)`), as
    // `search.append(key, …)` above.
    const loopKey = ts.isElementAccessExpression(write.left) ? write.left.argumentExpression : undefined;
    const copied = member === undefined ? (copiedRecord(write, context) ?? (loopKey && recordOfLoopKey(loopKey))) : undefined;
    if (copied) result = merged(result, [read(copied)]);
    if (member === undefined) continue;
    const written = read(write.right);
    result =
      member === 'search' || member === 'hash'
        ? text([result, { kind: 'literal', text: '?', node: write }, written])
        : setProperty(result, member, { value: written, node: write });
  }
  for (const call of writes.mergeCalls) {
    if (isObjectMerger(call, context)) result = merged(result, call.arguments.slice(1).map(read));
  }
  for (const passed of writes.passedTo) result = applyHelperWrites(result, passed, context, helpers, read);
  return result;
}

/** How many helpers deep the writes to a passed object are followed (`open` → `addAuth(search)` → `setToken(search)`). */
const MAX_HELPER_DEPTH = 3;

/**
 * `addAuth(search)` where `function addAuth(params) { params.set('token', t) }`: the helper writes into the caller's
 * object. Its writes to that parameter (never a plain `params = …`, which the caller does not see) apply to the
 * caller's value, each written value read at this call site.
 */
function applyHelperWrites(
  value: Value,
  passed: PassedArgument,
  context: AnalysisContext,
  helpers: readonly ts.Node[],
  readOuter: ReadWritten,
): Value {
  if (helpers.length >= MAX_HELPER_DEPTH) return value;
  const helper = calledFunction(passed.call.expression, context);
  const parameter = helper?.parameters[passed.index];
  if (!helper || !parameter || parameter.dotDotDotToken || !ts.isIdentifier(parameter.name) || helpers.includes(parameter)) return value;
  const args = passed.call.arguments;
  // The arguments of this call may be the outer helper's parameters (`withToken(url, value)` inside `signed`): the
  // outer call site fills those in, with the same reading as its own writes.
  const read: ReadWritten = (written) => instantiate(evaluate(written, context), helper, args, context, readOuter);
  const names = [parameter.name, ...localAliases(helper, parameter.name, context)];
  return names.reduce((result, name) => applyMemberWrites(result, writesTo(name, context), context, read, [...helpers, parameter]), value);
}

/**
 * `const search = params ?? new URLSearchParams()` in a helper: a local name for the object the caller passed (when it
 * passed one), whose writes reach the caller's object as the parameter's do.
 */
function localAliases(helper: ts.Node, parameter: ts.Identifier, context: AnalysisContext): ts.Identifier[] {
  const symbol = context.checker.getSymbolAtLocation(parameter);
  const aliases: ts.Identifier[] = [];
  walkDescendants(helper, (node) => {
    if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
    const named = namedFirst(node.initializer);
    if (ts.isIdentifier(named) && named.text === parameter.text && context.checker.getSymbolAtLocation(named) === symbol)
      aliases.push(node.name);
  });
  return aliases;
}

/** `params` in `params`, `params ?? fallback` and `params || fallback`. */
function namedFirst(expression: ts.Expression): ts.Expression {
  if (!ts.isBinaryExpression(expression)) return expression;
  const operator = expression.operatorToken.kind;
  return operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken ? expression.left : expression;
}

function isObjectMerger(call: ts.CallExpression, context: AnalysisContext): boolean {
  const ref = resolveApiRef(call.expression, context);
  return ref !== undefined && objectMergers.some((row) => matchesApi(ref, row));
}

function addQueryParam(value: Value, key: string, prop: Prop, keyNode: ts.Node): Value {
  if (value.kind === 'object') return setProperty(value, key, prop);
  return text([value, { kind: 'literal', text: `?${key}=`, node: keyNode }, prop.value]);
}

/** Every entry of a record appended to a query (`params.append(key, value)` in a loop over the record). */
function addQueryRecord(value: Value, record: Value, at: ts.Node): Value {
  if (value.kind === 'object') return merged(value, [record]);
  return text([value, { kind: 'literal', text: '?', node: at }, record]);
}

function setProperty(value: Value, key: string, prop: Prop): Value {
  if (value.kind !== 'object') return value;
  return { ...value, props: new Map([...value.props, [key, prop]]) };
}

/** `const { token } = session`, `const { data: { accessToken } } = await login()`, or a destructured parameter. */
function evaluateBindingElement(element: ts.BindingElement, name: ts.Identifier, context: AnalysisContext): Value {
  const path: string[] = [];
  let node: ts.Node = element;
  while (ts.isBindingElement(node)) {
    const key = staticPropertyName(node.propertyName ?? node.name);
    if (key === undefined || !ts.isObjectBindingPattern(node.parent)) return named(name, opaque(name), context);
    path.unshift(key);
    node = node.parent.parent;
  }
  if (ts.isParameter(node)) return parameterValue(node, path, name, context);
  if (ts.isVariableDeclaration(node) && node.initializer) {
    const picked = path.reduce<Value | undefined>(
      (value, key) => value && pickProperty(value, key, element),
      evaluate(node.initializer, context),
    );
    return named(name, picked ?? opaque(name), context);
  }
  return named(name, opaque(name), context);
}

function parameterValue(parameter: ts.ParameterDeclaration, path: readonly string[], name: ts.Identifier, context: AnalysisContext): Value {
  const owner = parameter.parent;
  const settled = promiseCallbackValue(parameter, context);
  if (settled)
    return named(
      name,
      path.reduce<Value>((value, key) => pickProperty(value, key) ?? opaque(name), settled),
      context,
    );
  const fromRequest = path.length > 0 ? destructuredRequestMember(parameter, path, name, context) : undefined;
  if (fromRequest) return named(name, fromRequest, context);
  if (isSvelteKitRouteUrl(parameter, path, context)) return named(name, labeled(name, 'request-url'), context);
  const taint = nameTaint(name.text, name, context) ?? (holdsRequest(path) ? requestParamTaint(parameter, name, context) : undefined);
  const index = owner.parameters.indexOf(parameter);
  const placeholder: Value = { kind: 'param', owner, index, path, node: name, ...(taint ? { taint } : {}) };
  const written = taint || path.length > 0 ? placeholder : withOwnWrites(placeholder, name, context);
  const fallback = defaultValue(parameter, path, context);
  return fallback ? union([written, named(name, fallback, context)]) : written;
}

/**
 * `function call(path, params) { params.access_token = token; return fetch(… qs.stringify(params)) }`: a record the
 * function receives and writes into before using it is the caller's record with those writes; a parameter assigned
 * anew (`url = url + '?access_token=' + token.id`, `url += …`) may hold what was assigned, as a variable does. Request
 * objects and secret-named parameters keep their placeholder (writes such as `req.user = …` say nothing about their URL).
 */
function withOwnWrites(placeholder: Value, name: ts.Identifier, context: AnalysisContext): Value {
  const writes = writesTo(name, context);
  const assigned = applyAssignments(placeholder, writes.assignments, context) ?? placeholder;
  if (writes.memberAssignments.length === 0 && writes.paramCalls.length === 0 && writes.mergeCalls.length === 0) return assigned;
  // Helpers it is passed to are read at their own call sites (applyHelperWrites), not from here.
  return applyMemberWrites(merged(assigned, []), { ...writes, passedTo: [] }, context);
}

/**
 * SvelteKit's `url` of a route's request event, destructured by a handler of a route file (`+server.ts`'s
 * `GET({ url })`, `+page.server.ts`'s `load({ url })`, `hooks.server.ts`): the URL the page was requested with, query
 * and all (https://svelte.dev/docs/kit/@sveltejs-kit#RequestEvent).
 */
function isSvelteKitRouteUrl(parameter: ts.ParameterDeclaration, path: readonly string[], context: AnalysisContext): boolean {
  if (path.length !== 1 || path[0] !== 'url' || parameter.parent.parameters[0] !== parameter) return false;
  return SVELTEKIT_ROUTE_FILE.test(parameter.getSourceFile().fileName) || isSvelteKitHandler(parameter, context);
}

/**
 * A handler typed with the kit's types (`SVELTEKIT_HANDLER_TYPES`), in any file: `const get: RequestHandler = ({ url })
 * => …`, `(…) satisfies PageServerLoad`, or its event parameter annotated `RequestEvent`.
 */
function isSvelteKitHandler(parameter: ts.ParameterDeclaration, context: AnalysisContext): boolean {
  const fn = parameter.parent;
  const declared = ts.isVariableDeclaration(fn.parent) || ts.isSatisfiesExpression(fn.parent) ? fn.parent.type : undefined;
  return [declared, parameter.type].some((type) => type !== undefined && isSvelteKitType(type, context));
}

function isSvelteKitType(type: ts.TypeNode, context: AnalysisContext): boolean {
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName) || !SVELTEKIT_HANDLER_TYPES.has(type.typeName.text)) return false;
  const ref = resolveApiRef(type.typeName, context);
  return ref !== undefined && sveltekit.modules.includes(ref.module);
}

/**
 * The parameter itself (`(req, res) => …`), or a request member of an options object it is destructured from: tRPC's
 * and Apollo's `createContext({ req })`, Next.js's `getServerSideProps({ req })`, a Pages Function's
 * `onRequest({ request })` (destructuredRequestMembers).
 */
function holdsRequest(path: readonly string[]): boolean {
  const last = path.at(-1);
  return last === undefined || (path.length === 1 && destructuredRequestMembers.has(last));
}

/**
 * `function connect(token = localStorage.getItem('jwt'))`: what the parameter is when a caller leaves it out. Only a
 * default that carries a secret or request data is kept beside the placeholder: a constant default changes no verdict.
 */
function defaultValue(parameter: ts.ParameterDeclaration, path: readonly string[], context: AnalysisContext): Value | undefined {
  if (!parameter.initializer || path.length > 0) return undefined;
  const value = evaluate(parameter.initializer, context);
  return findTaint(value, () => true) ? value : undefined;
}

/** `({ originalUrl }, res) => …`: a member of a destructured request, labeled as `req.originalUrl` would be. */
function destructuredRequestMember(
  parameter: ts.ParameterDeclaration,
  path: readonly string[],
  name: ts.Identifier,
  context: AnalysisContext,
): Value | undefined {
  const taint = destructuredRequestTaint(parameter, context);
  if (!taint) return undefined;
  return path.reduce<Value | undefined>((value, key) => value && requestMember(value, key, name), opaque(parameter.name, taint));
}

/** `getToken().then((token) => …)`: the first parameter of a `then` callback is what the promise resolves to. */
function promiseCallbackValue(parameter: ts.ParameterDeclaration, context: AnalysisContext): Value | undefined {
  const callback = parameter.parent;
  const call = callback.parent;
  if (callback.parameters[0] !== parameter || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return undefined;
  if (!call || !ts.isCallExpression(call) || call.arguments[0] !== callback) return undefined;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'then') return undefined;
  return evaluate(callee.expression, context);
}

/**
 * The name gives what the value hides: `const token = await res.json()` is a credential even though the engine
 * cannot see inside `res.json()`. A constant keeps its own verdict (`const token = ''` is not a secret).
 */
function named(name: ts.Node, value: Value, context: AnalysisContext): Value {
  const step = { node: name, message: `assigned to \`${name.getText()}\`` };
  if (findTaint(value, () => true) || isConstant(value) || !ts.isIdentifier(name)) return withStep(value, step);
  const taint = nameTaint(name.text, name, context);
  if (!taint) return value;
  if (value.kind === 'param') return { ...value, taint };
  if (value.kind === 'opaque' || value.kind === 'union') return opaque(value.kind === 'opaque' ? value.node : name, taint);
  return withStep(value, step);
}
