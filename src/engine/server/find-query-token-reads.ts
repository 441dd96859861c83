import { ts } from '../ast/typescript.js';
import { calleeName } from '../ast/calls-by-name.js';
import type { SinkHit } from '../judge/sink-hit.js';
import type { AnalysisContext } from '../ast/context.js';
import { describeNode } from '../ast/describe-node.js';
import { isModuleExportValue } from '../ast/modifiers.js';
import type { JwtVerifierRow, QueryTokenSchemeRow } from '../frameworks/model.js';
import { staticPropertyName } from '../ast/property-name.js';
import { destructuredRequestTaint, splitCall } from '../evaluate/evaluate-request.js';
import { evaluate } from '../evaluate/evaluate.js';
import { pickPath, propertyPathRead } from '../evaluate/property-path.js';
import { firstThroughCallers, judgeWithCallers } from '../judge/judge-with-callers.js';
import { matchesApi, resolveApiRef } from '../resolve/library-resolution.js';
import { requestLabelOf } from '../resolve/request-member.js';
import { jwtVerifiers, queryReadRow, SINGLE_USE_CLAIM } from '../tables/query-token.js';
import {
  HEADER_HOLDERS,
  headerReadMethods,
  MAY_READ_QUERY,
  memberLabels,
  queryDecorators,
  queryReadMethods,
  queryTokenExtractors,
  extractorMethods,
  queryTokenSchemes,
  queryTokenOptions,
  mentionsQueryTokenOption,
} from '../tables/request-sources.js';
import { findTaint, type Taint, type TaintLabel, type Value } from '../evaluate/value.js';
import { collectNodes } from './collect-nodes.js';
import { containsNode, enclosingFunction } from '../ast/enclosing.js';
import { serverHit } from './hit.js';
import { isTrueLiteral, propAt } from './options.js';

/** A credential read from a request's query: the expression, and the parameter name. */
interface QueryRead {
  readonly node: ts.Node;
  readonly name: string;
}

/** The method names of the JWT verifiers (`verify`, `jwtVerify`, jwt-simple's `decode`): a file that names none verifies none. */
const VERIFIER_METHODS = new Set(jwtVerifiers.flatMap((row) => row.paths.map((path) => path.split('.').at(-1) ?? path)));
const MAY_VERIFY = new RegExp([...VERIFIER_METHODS].join('|'));
const readMethodNames = new Set(queryReadMethods.flatMap((row) => row.methods));

/**
 * query-token-accepted: server code reading a credential-named parameter (shared table) from a request's query —
 * `req.query.token`, `const { token } = ctx.query`, `new URL(req.url, base).searchParams.get('token')`,
 * `socket.handshake.query.token`. Warning; error when the value is verified as a long-lived JWT, or when the same
 * handler also logs the request URL (`loggedUrls`: this file's log-raw-url hits). One finding per handler and name.
 */
export function findQueryTokenReads(sourceFile: ts.SourceFile, context: AnalysisContext, loggedUrls: readonly SinkHit[]): SinkHit[] {
  const namesOption = mentionsQueryTokenOption(sourceFile.text);
  if (!MAY_READ_QUERY.test(sourceFile.text) && !namesOption) return [];
  // `delete req.query.token` takes the value out (a test's request without it, a handler scrubbing it): no read.
  const reads = collectNodes(sourceFile, (node) => (isDeleted(node) ? undefined : queryRead(node, context, namesOption)));
  if (reads.length === 0) return [];
  const longLived = context.files().flatMap((file) => longLivedVerifications(file, context));
  return strongestPerHandler(reads.map((read) => ({ read, hit: readHit(read, longLived, loggedUrls, context) })));
}

/** The read, or the member of it that names the parameter (`req.query` of `req.query.token`), is `delete`d. */
function isDeleted(node: ts.Node): boolean {
  const member = ts.isPropertyAccessExpression(node.parent) || ts.isElementAccessExpression(node.parent) ? node.parent : node;
  return [node, member].some((operand) => ts.isDeleteExpression(operand.parent) && operand.parent.expression === operand);
}

/**
 * One finding per function (or file top level) and parameter name: `if (ctx.query.token) return ctx.query.token`
 * is one credential accepted once. It stands at the strongest evidence: an error before a warning, then a read whose
 * value is used before a presence test, then the first.
 */
function strongestPerHandler(found: readonly Candidate[]): SinkHit[] {
  const best = new Map<ts.Node, Map<string, Candidate>>();
  for (const candidate of found) {
    const handler = enclosingFunction(candidate.read.node) ?? candidate.read.node.getSourceFile();
    const byName = best.get(handler) ?? new Map<string, Candidate>();
    best.set(handler, byName);
    const current = byName.get(candidate.read.name);
    if (!current || strength(candidate) > strength(current)) byName.set(candidate.read.name, candidate);
  }
  const kept = new Set([...best.values()].flatMap((byName) => [...byName.values()]));
  return found.filter((candidate) => kept.has(candidate)).map(({ hit }) => hit);
}

interface Candidate {
  readonly read: QueryRead;
  readonly hit: SinkHit;
}

function strength({ read, hit }: Candidate): number {
  return (hit.level === 'error' ? 2 : 0) + (isPresenceTest(read.node) ? 0 : 1);
}

/**
 * `if (req.query.token)`, `!query.token`, `query.token ? … : …`, `query.token && …`, `if (query && query.token)`:
 * whether it is there, not what it is.
 */
function isPresenceTest(node: ts.Node): boolean {
  let child = node;
  let parent = node.parent;
  let tested = false;
  for (;;) {
    if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) tested = true;
    else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      // The right side is the value of the whole `&&`: a presence test when that is a condition (`if (q && q.token)`).
      if (parent.left === child) tested = true;
    } else if (!ts.isParenthesizedExpression(parent)) break;
    child = parent;
    parent = parent.parent;
  }
  if (ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent)) return parent.expression === child || tested;
  if (ts.isConditionalExpression(parent)) return parent.condition === child || tested;
  return tested;
}

/** `namesOption`: whether the file names a module or option of `queryTokenOptions` (`mentionsQueryTokenOption`). */
function queryRead(node: ts.Node, context: AnalysisContext, namesOption: boolean): QueryRead | undefined {
  if (ts.isElementAccessExpression(node) && ts.isNumericLiteral(node.argumentExpression))
    return splitRead(node, context) ?? matchRead(node, context);
  if (ts.isPropertyAccessExpression(node)) return memberRead(node, node.expression, node.name.text, context);
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))
    return memberRead(node, node.expression, node.argumentExpression.text, context);
  if (ts.isElementAccessExpression(node)) return computedMemberRead(node, context);
  if (ts.isCallExpression(node))
    return methodRead(node, context) ?? pathRead(node, context) ?? schemeRead(node, context) ?? optionRead(node, context);
  if (ts.isNewExpression(node)) return namesOption ? strategyRead(node, context) : undefined;
  if (ts.isBindingElement(node)) return destructuredRead(node, context);
  if (ts.isPropertyAssignment(node)) return exportedSchemeOptionRead(node, context);
  if (ts.isParameter(node)) return decoratedRead(node, context);
  return undefined;
}

/** `ExtractJwt.fromUrlQueryParameter('token')`: whatever the parameter's name, it carries the credential. */
function isQueryTokenExtractor(callee: ts.Expression, context: AnalysisContext): boolean {
  if (!ts.isPropertyAccessExpression(callee) || !extractorMethodNames.has(callee.name.text)) return false;
  const ref = resolveApiRef(callee, context);
  return ref !== undefined && queryTokenExtractors.some((row) => matchesApi(ref, row));
}

const extractorMethodNames: ReadonlySet<string> = new Set(extractorMethods);

/** NestJS `@Query('token') token: string`: the decorator reads one parameter of the query into the handler's. */
function decoratedRead(parameter: ts.ParameterDeclaration, context: AnalysisContext): QueryRead | undefined {
  const [name] = queryDecorator(parameter, context)?.arguments ?? [];
  return name && ts.isStringLiteralLike(name) && isCredential(name.text, context) ? { node: parameter, name: name.text } : undefined;
}

/** The query decorator call on a parameter (`@Query()`, `@Query('token')`), if it has one. */
function queryDecorator(parameter: ts.ParameterDeclaration, context: AnalysisContext): ts.CallExpression | undefined {
  for (const decorator of ts.getDecorators(parameter) ?? []) {
    const call = decorator.expression;
    const ref = ts.isCallExpression(call) ? resolveApiRef(call.expression, context) : undefined;
    if (ref && queryDecorators.some((row) => matchesApi(ref, row))) return call as ts.CallExpression;
  }
  return undefined;
}

/** `query` in `@Query() query: Dto`, which holds the whole query like `req.query`. */
function isWholeQueryParameter(expression: ts.Expression, context: AnalysisContext): boolean {
  if (!ts.isIdentifier(expression)) return false;
  const declaration = context.checker.getSymbolAtLocation(expression)?.valueDeclaration;
  return declaration !== undefined && ts.isParameter(declaration) && queryDecorator(declaration, context)?.arguments.length === 0;
}

function isCredential(name: string, context: AnalysisContext): boolean {
  return context.classifyName(name)?.needsSecretValue === false;
}

/** `req.query.token`, `query['access_token']`: not a write, not a method call. */
function memberRead(node: ts.Expression, base: ts.Expression, name: string, context: AnalysisContext): QueryRead | undefined {
  if (isWriteOrCallee(node)) return undefined;
  const named =
    isCredential(name, context) ||
    becomesCredentialHeader(node) ||
    isKeptUnderCredentialName(node, name, context) ||
    (QUERY_HOLDER.test(base.getText()) && isVerifiedAsToken(node, context));
  const kept = named || !namesHeldSecret(name, context) ? undefined : variableKeeping(node);
  if (!named && !mayBeKeptAsCredential(node) && kept === undefined) return undefined;
  const fromQuery = holdsQueryParameter(base, name, context);
  // Whether the handler refuses the request without it, asked last: it reads the whole handler.
  const credential = () => named || isStoredAsCredential(node, context) || isRequiredForAccess(kept, context);
  return fromQuery && credential() ? { node, name } : undefined;
}

/** `query[Token.auth]`, `query[TOKEN_PARAM]`: a name the analysis reads as a constant. */
function computedMemberRead(node: ts.ElementAccessExpression, context: AnalysisContext): QueryRead | undefined {
  if (!QUERY_HOLDER.test(node.expression.getText())) return undefined;
  const key = evaluate(node.argumentExpression, context);
  if (key.kind === 'literal') return memberRead(node, node.expression, key.text, context);
  // A name out of sight (an enum of another module analyzed alone) is its expression's text, when the read is verified.
  return isVerifiedAsToken(node, context) ? memberRead(node, node.expression, node.argumentExpression.getText(), context) : undefined;
}

/**
 * What holds a query by its text (`req.query`, `socket.request._query`): a read under another name is verified only
 * there, and a computed name evaluated only there (most element accesses are arrays').
 */
const QUERY_HOLDER = /query$/i;

/**
 * `jwt.verify(socket.handshake.query.access, secret)`, `const token = url.searchParams.get('t'); await verifyToken(token)`:
 * whatever the parameter's name, a value the server verifies as a token, directly or through the variable it is
 * kept in, is a credential it accepts.
 */
function isVerifiedAsToken(node: ts.Expression, context: AnalysisContext): boolean {
  if (!MAY_VERIFY.test(node.getSourceFile().text)) return false;
  const current = outermostPassedThrough(node);
  if (ts.isCallExpression(current.parent) && current.parent.arguments[0] === current) return isTokenVerification(current.parent, context);
  if (!variableKeeping(node)) return false;
  const scope = enclosingFunction(node) ?? node.getSourceFile();
  const verifies = (call: ts.Node) => ts.isCallExpression(call) && isTokenVerification(call, context) && verifiesRead(call, node, context);
  return collectNodes(scope, (call) => (verifies(call) ? call : undefined)).length > 0;
}

/**
 * `const apiKey = url.searchParams.get('key')`: a parameter whose name may be a credential's (`key`, `pwd`, `sid`,
 * `session`: the table's names that need a secret-shaped value) kept in a variable, or returned in an object's
 * property, named as one (`return { token: query.session }`). The two names agree; a ticket's name is no evidence (a
 * URL may carry one).
 */
function isKeptUnderCredentialName(read: ts.Expression, name: string, context: AnalysisContext): boolean {
  if (context.classifyName(name) === undefined) return false;
  const keeper = variableKeeping(read)?.text ?? propertyKeeping(read);
  return keeper !== undefined && isCredential(keeper, context) && context.classifyName(keeper)?.kind !== 'ticket';
}

/**
 * `const user_key = req.query.user_key; if (!user_key) return res.status(401)…`, `if (key !== DEMO_KEY) return
 * res.status(HTTP_UNAUTHORIZED)…`: a parameter whose name may be a credential's (`key`, `user_key`, `session`), kept in
 * a variable without which the handler turns the request away (401, 403): what the server lets the request in by.
 * The callers pass only the variable of such a name (`namesHeldSecret`).
 */
function isRequiredForAccess(variable: ts.Identifier | undefined, context: AnalysisContext): boolean {
  if (variable === undefined) return false;
  const symbol = context.checker.getSymbolAtLocation(variable);
  const scope = enclosingFunction(variable);
  if (symbol === undefined || scope === undefined) return false;
  const mentionsVariable = (expression: ts.Node): boolean =>
    (ts.isIdentifier(expression) && context.checker.getSymbolAtLocation(expression) === symbol) ||
    (ts.forEachChild(expression, mentionsVariable) ?? false);
  const refusesWithout = (node: ts.Node) =>
    ts.isIfStatement(node) && DENIES_ACCESS.test(node.thenStatement.getText()) && mentionsVariable(node.expression) ? node : undefined;
  return collectNodes(scope, refusesWithout).length > 0;
}

/** A name the table reads as a token's, a key's, a password's or a session's (`key`, `user_key`, `session`). */
function namesHeldSecret(name: string, context: AnalysisContext): boolean {
  const kind = context.classifyName(name)?.kind;
  return kind !== undefined && HELD_SECRET_KINDS.has(kind);
}

/** A response that turns a request away for its credentials: 401 or 403, by number or by name. */
const DENIES_ACCESS = /\b40[13]\b|unauthori[sz]ed|forbidden/i;

/** The name of the object literal's property a read is the value of (`{ token: <the read> }`). */
function propertyKeeping(read: ts.Node): string | undefined {
  const current = outermostPassedThrough(read);
  const holder = current.parent;
  if (!ts.isPropertyAssignment(holder) || holder.initializer !== current) return undefined;
  return ts.isIdentifier(holder.name) || ts.isStringLiteral(holder.name) ? holder.name.text : undefined;
}

/** The variable a read is kept in (`const token = <the read>`), when that is where it goes. */
function variableKeeping(read: ts.Node): ts.Identifier | undefined {
  const current = outermostPassedThrough(read);
  const holder = current.parent;
  return ts.isVariableDeclaration(holder) && holder.initializer === current && ts.isIdentifier(holder.name) ? holder.name : undefined;
}

/** `jwt.verify(token, …)`, `jwtVerify(token, key)`, a project's `verifyToken(token)` or `verifyAccessToken(token)`. */
function isTokenVerification(call: ts.CallExpression, context: AnalysisContext): boolean {
  const name = calleeName(call.expression);
  return TOKEN_VERIFICATION.test(name) || (VERIFIER_METHODS.has(name) && verifierRowOf(call, context) !== undefined);
}

/** The verifier table's row a call is to (`jwt.verify` of jsonwebtoken, `jwt.decode` of jwt-simple), if any. */
function verifierRowOf(call: ts.CallExpression, context: AnalysisContext): JwtVerifierRow | undefined {
  const ref = resolveApiRef(call.expression, context);
  return ref && jwtVerifiers.find((row) => matchesApi(ref, row));
}

const TOKEN_VERIFICATION = /^(?:verify|jwtVerify|verify\w*(?:Token|Jwt|JWT))$/;

/**
 * Whether `base.name` is the query's parameter: `base` is the query (a schema-parsed one too: `schemaParsers`), a
 * record merged from it, or what a call out of sight made of it.
 */
function holdsQueryParameter(base: ts.Expression, name: string, context: AnalysisContext): boolean {
  if (hasLabel(base, ['query'], context)) return true;
  const value = evaluate(base, context);
  return isMergedFromQuery(value, name) || (isCredential(name, context) && isResultOfCallOnQuery(value, context));
}

/**
 * `parseWithSchema(schema, req.query ?? {}, 'Invalid query')`, read for a credential's name: the result of a call the
 * analysis cannot follow (a project's validator in a module out of sight, or one whose body calls such) that was given
 * the query itself holds the query's parameters. The platform's own functions are known not to
 * (`Object.keys(req.query)`), and a call given one parameter of the query (`find({ id: req.query.id })`) is not one.
 */
function isResultOfCallOnQuery(value: Value, context: AnalysisContext): boolean {
  if (value.kind !== 'opaque' || !ts.isCallExpression(value.node)) return false;
  const call = value.node;
  if (resolveApiRef(call.expression, context)?.module === 'global') return false;
  return call.arguments.some((argument) => hasLabel(argument, ['query'], context));
}

/**
 * `Object.assign({}, ctx.query, ctx.request.body).token`, `{ ...req.query, ...req.body }.token`: a record merged from
 * the query (among others) that does not write the parameter itself holds the query's value for it.
 */
function isMergedFromQuery(value: Value, name: string): boolean {
  if (value.kind !== 'object' || value.props.has(name)) return false;
  return value.spreads.some((spread) => requestLabelOf(spread)?.label === 'query');
}

/**
 * `req.headers.cookie = socket.handshake.query.cookie`: whatever its name, a value the server puts in a request's
 * Cookie or Authorization header is a credential it accepts from the query (etherpad's session cookie for Node clients).
 */
function becomesCredentialHeader(node: ts.Expression): boolean {
  const parent = node.parent;
  if (!ts.isBinaryExpression(parent) || parent.right !== node || parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
  const target = parent.left;
  const header = ts.isPropertyAccessExpression(target)
    ? target.name.text
    : ts.isElementAccessExpression(target) && ts.isStringLiteralLike(target.argumentExpression)
      ? target.argumentExpression.text
      : undefined;
  const holder = ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target) ? target.expression : undefined;
  return (
    header !== undefined &&
    CREDENTIAL_HEADERS.has(header.toLowerCase()) &&
    holder !== undefined &&
    ts.isPropertyAccessExpression(holder) &&
    holder.name.text === 'headers'
  );
}

const CREDENTIAL_HEADERS = new Set(['cookie', 'authorization']);

/**
 * `var eatToken = req.headers.eat || req.query.eat`, `authorization = c.req.query().key || c.req.header().key`,
 * `req.query.k !== process.env.GATEWAY_API_KEY`: whatever the parameter's name, a value the server keeps under a
 * credential's name as the fallback of a request header, or checks against a secret it holds, is a credential it
 * accepts from the query. (A plain `const token = req.query.sort` is no evidence: names are given loosely.)
 */
function isStoredAsCredential(node: ts.Expression, context: AnalysisContext): boolean {
  const current = outermostPassedThrough(node);
  const holder = current.parent;
  if (isComparedWithSecret(holder, current, context)) return true;
  const kept = variableKeeping(node);
  if (kept !== undefined && isCredential(kept.text, context) && isCheckedAgainstSecret(kept, context)) return true;
  if (!fallsBackOnHeader(current, node, context)) return false;
  const name =
    ts.isVariableDeclaration(holder) && holder.initializer === current && ts.isIdentifier(holder.name)
      ? holder.name.text
      : ts.isBinaryExpression(holder) && holder.right === current && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken
        ? assignedName(holder.left)
        : undefined;
  return name !== undefined && isCredential(name, context) && context.classifyName(name)?.kind !== 'ticket';
}

/**
 * `req.query.key !== process.env.KEY`, `key === config.apiKey`: checked against a secret the server holds, under a
 * name that says so. Not a ticket, a one-time code or a signature, which a URL may carry.
 */
function isComparedWithSecret(holder: ts.Node, read: ts.Node, context: AnalysisContext): boolean {
  if (!ts.isBinaryExpression(holder) || !isEquality(holder.operatorToken.kind)) return false;
  const other = holder.left === read ? holder.right : holder.left;
  const name = ts.isPropertyAccessExpression(other) ? other.name.text : ts.isIdentifier(other) ? other.text : undefined;
  const kind = name === undefined ? undefined : context.classifyName(name)?.kind;
  return kind !== undefined && HELD_SECRET_KINDS.has(kind);
}

/**
 * `const clientAuthToken = url.searchParams.get('tw_auth'); … clientAuthToken === config.clientAuthToken` (tmux-web):
 * the variable a read is kept in, compared later in its function with a secret the server holds.
 */
function isCheckedAgainstSecret(variable: ts.Identifier, context: AnalysisContext): boolean {
  const symbol = context.checker.getSymbolAtLocation(variable);
  const scope = enclosingFunction(variable);
  if (symbol === undefined || scope === undefined) return false;
  const checks = (node: ts.Node) =>
    ts.isIdentifier(node) &&
    node !== variable &&
    context.checker.getSymbolAtLocation(node) === symbol &&
    isComparedWithSecret(node.parent, node, context)
      ? node
      : undefined;
  return collectNodes(scope, checks).length > 0;
}

/** `===`, `!==`, `==`, `!=` (a function: TypeScript is loaded on first use, not when this module is). */
function isEquality(operator: ts.SyntaxKind): boolean {
  return (
    operator === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    operator === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    operator === ts.SyntaxKind.EqualsEqualsToken ||
    operator === ts.SyntaxKind.ExclamationEqualsToken
  );
}
const HELD_SECRET_KINDS: ReadonlySet<string> = new Set(['token', 'api-key', 'password', 'session']);

/**
 * `req.headers.eat || req.query.eat`, `c.req.query().key || c.req.header().key`, `req.get('x-key') ?? req.query.key`:
 * among the alternatives the query read is one of, a request header.
 */
function fallsBackOnHeader(chain: ts.Node, read: ts.Node, context: AnalysisContext): boolean {
  const alternatives: ts.Expression[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isParenthesizedExpression(node)) collect(node.expression);
    else if (ts.isBinaryExpression(node) && isAlternative(node.operatorToken.kind)) [node.left, node.right].forEach(collect);
    else if (node !== read && ts.isExpression(node)) alternatives.push(node);
  };
  collect(chain);
  return alternatives.some((alternative) => readsHeader(alternative, context));
}

function readsHeader(expression: ts.Expression, context: AnalysisContext): boolean {
  if (ts.isCallExpression(expression)) return isHeaderReadCall(expression, context);
  if (!ts.isPropertyAccessExpression(expression) && !ts.isElementAccessExpression(expression)) return false;
  const holder = expression.expression;
  return hasLabel(holder, ['headers'], context) || (ts.isCallExpression(holder) && isHeaderReadCall(holder, context));
}

/** `req.get('x-key')`, `req.header('x-key')`, Hono's `c.req.header()`: a request's method reading its headers. */
function isHeaderReadCall(call: ts.CallExpression, context: AnalysisContext): boolean {
  const callee = call.expression;
  return (
    ts.isPropertyAccessExpression(callee) &&
    headerReadMethods.includes(callee.name.text) &&
    hasLabel(callee.expression, HEADER_HOLDERS, context)
  );
}

function isAlternative(operator: ts.SyntaxKind): boolean {
  return operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken;
}

/** Before any evaluation: the read is one of alternatives, or compared with something. */
function mayBeKeptAsCredential(node: ts.Expression): boolean {
  const current = outermostPassedThrough(node);
  return current !== node || (ts.isBinaryExpression(current.parent) && isEquality(current.parent.operatorToken.kind));
}

function outermostPassedThrough(node: ts.Node): ts.Node {
  let current = node;
  while (isPassedThrough(current.parent, current)) current = current.parent;
  return current;
}

/** `(x)`, `x as string`, `x!`, and `a || x`, `a ?? x`: the value goes on as it is (or as one alternative). */
function isPassedThrough(parent: ts.Node, child: ts.Node): boolean {
  if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isNonNullExpression(parent)) return true;
  if (!ts.isBinaryExpression(parent)) return false;
  return isAlternative(parent.operatorToken.kind) && (parent.left === child || parent.right === child);
}

/** `token = …`, `this.apiKey = …`: the name written to. */
function assignedName(target: ts.Expression): string | undefined {
  if (ts.isIdentifier(target)) return target.text;
  return ts.isPropertyAccessExpression(target) ? target.name.text : undefined;
}

/** `searchParams.get('token')`, Hono `c.req.query('token')`, uWS `req.getQuery('token')`, passport-jwt's extractor. */
function methodRead(call: ts.CallExpression, context: AnalysisContext): QueryRead | undefined {
  const callee = call.expression;
  const [first] = call.arguments;
  if (first && ts.isStringLiteralLike(first) && isQueryTokenExtractor(callee, context)) return { node: call, name: first.text };
  if (!ts.isPropertyAccessExpression(callee) || !readMethodNames.has(callee.name.text) || !first || !ts.isStringLiteralLike(first))
    return undefined;
  const named =
    isCredential(first.text, context) || isKeptUnderCredentialName(call, first.text, context) || isVerifiedAsToken(call, context);
  if (!named && !mayBeKeptAsCredential(call)) return undefined;
  const rows = queryReadMethods.filter((row) => row.methods.includes(callee.name.text));
  const fromQuery = hasLabel(
    callee.expression,
    rows.flatMap((row) => row.on),
    context,
  );
  return fromQuery && (named || isStoredAsCredential(call, context)) ? { node: call, name: first.text } : undefined;
}

/** `_.get(req, 'query.token')`: a property getter's path through the query to a credential parameter. */
function pathRead(call: ts.CallExpression, context: AnalysisContext): QueryRead | undefined {
  const read = propertyPathRead(call, context);
  const name = read?.keys.at(-1);
  if (!read || name === undefined || !isCredential(name, context)) return undefined;
  const holder = pickPath(evaluate(read.object, context), read.keys.slice(0, -1), call);
  const fromQuery = holder !== undefined && (requestLabelOf(holder)?.label === 'query' || isMergedFromQuery(holder, name));
  return fromQuery ? { node: call, name } : undefined;
}

/**
 * `server.auth.strategy('api', 'bearer-access-token', { allowQueryToken: true })`: Hapi registers a scheme that takes
 * the credential from the query (the parameter its options name, or the scheme's default). Reported at the option.
 */
function schemeRead(call: ts.CallExpression, context: AnalysisContext): QueryRead | undefined {
  const [, scheme, options] = call.arguments;
  if (!isAuthStrategyCall(call) || !scheme || !ts.isStringLiteralLike(scheme) || !options) return undefined;
  const row = queryTokenSchemes.find((candidate) => candidate.scheme === scheme.text);
  const optionsValue = row && evaluate(options, context);
  const enabled = row && optionsValue?.kind === 'object' ? optionsValue.props.get(row.enabledBy) : undefined;
  if (!row || !enabled || !isTrueLiteral(enabled.value)) return undefined;
  return { node: enabled.node, name: schemeParameter(row, optionsValue) };
}

/** The query parameter a scheme reads: the one its options name, else the scheme's default. */
function schemeParameter(row: QueryTokenSchemeRow, options: Value | undefined): string {
  const parameter = propAt(options, [row.parameterOption]);
  return parameter?.kind === 'literal' ? parameter.text : row.defaultParameter;
}

/**
 * `module.exports = { allowQueryToken: true, validate }`: a scheme's options kept in their own module, which the
 * strategy call of another file names (`server.auth.strategy('simple', 'bearer-access-token', BearerDefault)`).
 * Reported at the option, as `schemeRead` reports an inline one.
 */
function exportedSchemeOptionRead(property: ts.PropertyAssignment, context: AnalysisContext): QueryRead | undefined {
  const name = staticPropertyName(property.name);
  const row = queryTokenSchemes.find((candidate) => candidate.enabledBy === name);
  const options = property.parent;
  if (!row || !isModuleExportValue(options) || !isTrueLiteral(evaluate(property.initializer, context))) return undefined;
  return { node: property, name: schemeParameter(row, evaluate(options, context)) };
}

/**
 * `socketioJwt.authorize({ secret, handshake: true })`, `bearer()`: middleware whose options make it take the credential
 * from the query (`queryTokenOptions`). Reported at the option that turns the query on, else at the call.
 */
function optionRead(call: ts.CallExpression, context: AnalysisContext): QueryRead | undefined {
  const ref = optionCallees.has(calleeName(call.expression)) ? resolveApiRef(call.expression, context) : undefined;
  const row = ref && queryTokenOptions.find((candidate) => matchesApi(ref, candidate));
  if (!row) return undefined;
  const [options] = call.arguments;
  const value = options ? evaluate(options, context) : undefined;
  const enabled = row.enabledBy !== undefined && value?.kind === 'object' ? value.props.get(row.enabledBy) : undefined;
  if (row.enabledBy !== undefined && (!enabled || !isTrueLiteral(enabled.value))) return undefined;
  const parameter = row.parameterOption && value ? propAt(value, row.parameterOption) : undefined;
  return { node: enabled?.node ?? call, name: parameter?.kind === 'literal' ? parameter.text : row.defaultParameter };
}

const optionCallees = new Set(queryTokenOptions.flatMap((row) => row.paths.map((path) => path.split('.').at(-1) ?? '')));

/**
 * `new BearerStrategy(verify)`: a strategy class that takes the credential from the query whatever its options
 * (passport-http-bearer), whatever the file calls it (`const JwtBearerStrategy = require('passport-http-bearer')`).
 */
function strategyRead(construction: ts.NewExpression, context: AnalysisContext): QueryRead | undefined {
  const ref = resolveApiRef(construction.expression, context);
  const row = ref && queryTokenOptions.find((candidate) => candidate.enabledBy === undefined && matchesApi(ref, candidate));
  return row ? { node: construction, name: row.defaultParameter } : undefined;
}

function isAuthStrategyCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'strategy' &&
    ts.isPropertyAccessExpression(callee.expression) &&
    callee.expression.name.text === 'auth'
  );
}

/** `req.url.split('token=')[1]`: the text after a credential parameter's name. */
function splitRead(node: ts.ElementAccessExpression, context: AnalysisContext): QueryRead | undefined {
  const split = splitCall(node);
  const name = split?.parameter;
  if (!split || name === undefined || !isCredential(name, context)) return undefined;
  return hasLabel(split.receiver, ['request-url'], context) ? { node, name } : undefined;
}

/**
 * `req.url.match(/[?&]token=([^&]+)/)[1]`, or the match kept first (`const m = url.match(…); m?.[1]`): the group a
 * regular expression captures right after a credential parameter's name, out of the raw request URL.
 */
function matchRead(node: ts.ElementAccessExpression, context: AnalysisContext): QueryRead | undefined {
  if (node.argumentExpression.getText() !== '1') return undefined;
  const call = matchCallOf(node.expression, context);
  const [pattern] = call?.arguments ?? [];
  if (!call || !pattern || !ts.isRegularExpressionLiteral(pattern) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const name = CAPTURED_PARAMETER.exec(pattern.text)?.[1];
  if (name === undefined || !isCredential(name, context)) return undefined;
  return hasLabel(call.expression.expression, ['request-url'], context) ? { node, name } : undefined;
}

/** `x.match(regex)`, written there or kept in a variable of the same function. */
function matchCallOf(expression: ts.Expression, context: AnalysisContext): ts.CallExpression | undefined {
  const declaration = ts.isIdentifier(expression) ? context.checker.getSymbolAtLocation(expression)?.valueDeclaration : undefined;
  const call = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : expression;
  return call && ts.isCallExpression(call) && calleeName(call.expression) === 'match' ? call : undefined;
}

/** A regular expression's first capture right after `name=`: `/[?&]token=([^&]+)/`, `/token=(.*?)(&|$)/`. */
const CAPTURED_PARAMETER = /([A-Za-z_][\w.-]*)=\((?!\?)/;

/** `const { token } = req.query`. */
function destructuredRead(element: ts.BindingElement, context: AnalysisContext): QueryRead | undefined {
  const key = element.propertyName ?? element.name;
  const holder = element.parent.parent;
  if (!ts.isIdentifier(key)) return undefined;
  const named = isCredential(key.text, context);
  if (!named && !namesHeldSecret(key.text, context)) return undefined;
  const fromQuery = ts.isBindingElement(holder)
    ? isQueryOfRequest(holder, context)
    : ts.isVariableDeclaration(holder) && holder.initializer !== undefined && holdsQueryParameter(holder.initializer, key.text, context);
  if (!fromQuery) return undefined;
  // Whether the handler refuses the request without it, asked last: it reads the whole handler.
  const bound = ts.isIdentifier(element.name) ? element.name : undefined;
  return named || isRequiredForAccess(bound, context) ? { node: element, name: key.text } : undefined;
}

/**
 * `{ query: { token } }` destructured from a request: a handler's parameter (`({ query: { token } }: Request) => …`) or
 * a request variable (`const { query: { token } } = request`).
 */
function isQueryOfRequest(member: ts.BindingElement, context: AnalysisContext): boolean {
  const key = member.propertyName ?? member.name;
  if (!ts.isIdentifier(key) || memberLabels.request.get(key.text) !== 'query') return false;
  const holder = member.parent.parent;
  if (ts.isParameter(holder)) return destructuredRequestTaint(holder, context) !== undefined;
  return ts.isVariableDeclaration(holder) && holder.initializer !== undefined && hasLabel(holder.initializer, ['request'], context);
}

function hasLabel(expression: ts.Expression, labels: readonly TaintLabel[], context: AnalysisContext): boolean {
  if (labels.includes('query') && isWholeQueryParameter(expression, context)) return true;
  const label = labelWithCallers(evaluate(expression, context), context);
  return label !== undefined && labels.includes(label);
}

/**
 * The request label of a value, or of what a caller passes for the parameters it is made of: a check written apart
 * from its handler (`checkApiKey(request.query)`, then `query.api_key` inside), or a class keeping `request.query` in a
 * constructor's parameter property (`new Middleware(request, query)`, then `this.query.api_key` in a method).
 */
function labelWithCallers(value: Value, context: AnalysisContext): TaintLabel | undefined {
  return firstThroughCallers(value, (current) => requestLabelOf(current)?.label, context, MAX_QUERY_CALLER_DEPTH);
}

/** How many callers up a query passed into a helper is followed. */
const MAX_QUERY_CALLER_DEPTH = 2;

function isWriteOrCallee(node: ts.Expression): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) return true;
  return ts.isCallExpression(parent) && parent.expression === node;
}

/**
 * JWT verifications without a maximum age, in a file that never reads `jti`, and the secrets they verify (through
 * callers: `authenticate(req.query.token)` with `jwt.verify` inside `authenticate`, in any file the analysis sees).
 */
interface Verification {
  readonly call: ts.CallExpression;
  readonly maxAgeOption: string;
  readonly verified: readonly Taint[];
}

/** Per program (its analysis cache) and file: every file that reads a query asks for all of them. */
const verificationCache = new WeakMap<object, Map<ts.SourceFile, Verification[]>>();

function longLivedVerifications(sourceFile: ts.SourceFile, context: AnalysisContext): Verification[] {
  const perFile = verificationCache.get(context.cache) ?? new Map<ts.SourceFile, Verification[]>();
  verificationCache.set(context.cache, perFile);
  const cached = perFile.get(sourceFile);
  if (cached) return cached;
  const found =
    !MAY_VERIFY.test(sourceFile.text) || readsSingleUseClaim(sourceFile)
      ? []
      : collectNodes(sourceFile, (node) => (ts.isCallExpression(node) ? longLivedVerification(node, context) : undefined));
  perFile.set(sourceFile, found);
  return found;
}

function longLivedVerification(call: ts.CallExpression, context: AnalysisContext): Verification | undefined {
  if (!VERIFIER_METHODS.has(calleeName(call.expression))) return undefined;
  const verifier = verifierRowOf(call, context);
  const [token] = call.arguments;
  if (!verifier || !token) return undefined;
  const { optionsArg, maxAgeOption = 'a maximum age' } = verifier;
  const options = optionsArg === undefined ? undefined : call.arguments[optionsArg];
  if (options && propAt(evaluate(options, context), [maxAgeOption]) !== undefined) return undefined;
  const verified = judgeWithCallers(
    evaluate(token, context),
    (value) => secretsIn(value).map((taint) => ({ parameter: undefined, taint })),
    context,
  ).map((leak) => leak.taint);
  return { call, maxAgeOption, verified };
}

function secretsIn(value: Parameters<typeof findTaint>[0]): Taint[] {
  const found: Taint[] = [];
  findTaint(value, (taint) => {
    if (taint.label === undefined) found.push(taint);
    return false;
  });
  return found;
}

/**
 * `jwt.verify(socket.handshake.query.access, …)`, or `jwt.verify(token, …)` after `const token = <the read>`: the
 * read itself is verified, whatever its name (a name the table does not know leaves no credential taint to follow).
 */
function verifiesRead(call: ts.CallExpression, read: ts.Node, context: AnalysisContext): boolean {
  const [first] = call.arguments;
  if (!first) return false;
  if (containsNode(first, read)) return true;
  const kept = variableKeeping(read);
  return (
    kept !== undefined && ts.isIdentifier(first) && context.checker.getSymbolAtLocation(first) === context.checker.getSymbolAtLocation(kept)
  );
}

function readsSingleUseClaim(sourceFile: ts.SourceFile): boolean {
  return new RegExp(`\\b${SINGLE_USE_CLAIM}\\b`).test(sourceFile.text);
}

function readHit(read: QueryRead, longLived: readonly Verification[], loggedUrls: readonly SinkHit[], context: AnalysisContext): SinkHit {
  const what = `\`${describeNode(read.node)}\` reads a credential ("${read.name}") from the URL query`;
  const verifier = longLived.find(
    (verification) =>
      verification.verified.some((taint) => containsNode(read.node, taint.origin.node)) ||
      verifiesRead(verification.call, read.node, context),
  );
  const handler = enclosingFunction(read.node);
  const logged = handler && loggedUrls.find((hit) => containsNode(handler, hit.site));
  const worse = verifier
    ? ` and verifies it as a long-lived JWT (\`${describeNode(verifier.call.expression)}\` without ${verifier.maxAgeOption}, no single-use jti check), so every recorded URL is a working credential`
    : logged
      ? ' and this handler also logs the request URL, which writes the credential to your own logs'
      : '';
  const message = `${what}${worse}. URLs are recorded by proxies, load balancers and access logs. Instead, ${queryReadRow.safeAlternative}.`;
  // Where the URL is logged goes to `related`, not the message: a line number there would change the fingerprint
  // whenever code above moves, and bring a baselined finding back.
  const related = !verifier && logged ? [{ node: logged.site, message: 'the request URL is logged here' }] : [];
  return serverHit({
    row: queryReadRow,
    site: read.node,
    origin: { node: read.node, message: what },
    message,
    level: worse ? 'error' : 'warning',
    related,
  });
}
