import { ts } from '../ast/typescript.js';
import { calleeName } from '../ast/calls-by-name.js';
import { bindingHolder } from '../ast/declaration-of.js';
import type { AnalysisContext } from '../ast/context.js';
import { calledFunction } from '../evaluate/evaluate-call.js';
import { ORIGIN_CHECK_NAME } from '../tables/ws-origin.js';
import { walkDescendants } from '../ast/walk.js';
import { ANY_LEVELS } from '../frameworks/loggers/named-logger.js';

/** How deep helper calls are followed when looking for the Origin check (`verifyClient: (info) => allowed(info)`). */
const MAX_HELPER_DEPTH = 2;

/**
 * Whether code reads the handshake's Origin (`info.origin`, `req.headers.origin`, `req.getHeader('origin')`,
 * `const { origin } = info`) or calls a helper that does or says it does (`isAllowedOrigin(...)`), before `before`
 * when given (the `handleUpgrade` call it must precede).
 */
export function checksOrigin(node: ts.Node, context: AnalysisContext, before?: number, depth = 0): boolean {
  if (readsOriginToJudge(node)) return true;
  let found = false;
  walkDescendants(node, (current) => {
    if (found || (before !== undefined && current.getStart() >= before)) return false;
    found =
      readsOriginToJudge(current) ||
      (depth < MAX_HELPER_DEPTH && ts.isCallExpression(current) && helperChecksOrigin(current, context, depth));
    return !found;
  });
  return found;
}

/** A read of the Origin that may decide something: not one a log call only records (`debug('upgrade', { origin })`). */
function readsOriginToJudge(node: ts.Node): boolean {
  return readsOrigin(node) && !isOnlyLogged(node);
}

/**
 * Whether an expression is only recorded by a log call: an argument of `console.*`, `debug(…)`, `logger.info(…)` and the
 * like, directly or inside the record, template or concatenation it is written into, with no comparison on the way.
 */
function isOnlyLogged(node: ts.Node): boolean {
  let child = node;
  for (let parent = node.parent; parent !== undefined; child = parent, parent = parent.parent) {
    if (ts.isCallExpression(parent)) return parent.arguments.some((argument) => argument === child) && isLogCall(parent);
    if (!isRecordedInto(parent)) return false;
  }
  return false;
}

/** What carries a value into a log call's argument unjudged: a record, a list, a template, a `+`, parentheses. */
function isRecordedInto(node: ts.Node): boolean {
  return (
    ts.isPropertyAssignment(node) ||
    ts.isShorthandPropertyAssignment(node) ||
    ts.isObjectLiteralExpression(node) ||
    ts.isArrayLiteralExpression(node) ||
    ts.isTemplateSpan(node) ||
    ts.isTemplateExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
  );
}

/** `console.*`, or a call named for a log level (`debug(…)`, `logger.warn(…)`: the levels of loggers known by name). */
function isLogCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'console') return true;
  return LOG_LEVELS.has(calleeName(callee));
}

const LOG_LEVELS: ReadonlySet<string> = new Set(ANY_LEVELS);

function readsOrigin(node: ts.Node): boolean {
  if (ts.isPropertyAccessExpression(node)) return isOrigin(node.name.text);
  if (ts.isElementAccessExpression(node)) return ts.isStringLiteralLike(node.argumentExpression) && isOrigin(node.argumentExpression.text);
  if (ts.isBindingElement(node)) {
    const name = node.propertyName ?? node.name;
    return ts.isIdentifier(name) && isOrigin(name.text) && destructuresHandshake(node);
  }
  if (ts.isCallExpression(node)) {
    const [first] = node.arguments;
    return (
      (first !== undefined && ts.isStringLiteralLike(first) && isOrigin(first.text)) || ORIGIN_CHECK_NAME.test(calleeName(node.expression))
    );
  }
  return false;
}

/**
 * Whether `{ origin }` is taken from the handshake: a parameter's (`verifyClient: ({ origin }, done) => …`), or a value
 * whose expression names a request, its headers, a handshake or ws' `info`; not a message's field of that name (a chat
 * message's `{ origin }` language, read by a helper the connection handler calls).
 */
function destructuresHandshake(element: ts.BindingElement): boolean {
  const holder = bindingHolder(element);
  if (ts.isParameter(holder)) return true;
  return ts.isVariableDeclaration(holder) && holder.initializer !== undefined && HANDSHAKE_HOLDER.test(holder.initializer.getText());
}

const HANDSHAKE_HOLDER = /\b(?:req|request|headers|handshake|info|upgrade)\b/i;

function isOrigin(name: string): boolean {
  return name.toLowerCase() === 'origin';
}

function helperChecksOrigin(call: ts.CallExpression, context: AnalysisContext, depth: number): boolean {
  const helper = calledFunction(call.expression, context);
  return helper?.body !== undefined && checksOrigin(helper.body, context, undefined, depth + 1);
}
