import { ts } from '../ast/typescript.js';
import { describeNode } from '../ast/describe-node.js';
import { functionNameOf } from './library-resolution.js';
import { walkDescendants } from '../ast/walk.js';
import {
  contextsByUse,
  memberLabels,
  PAGES_FUNCTION_HANDLER,
  REQUEST_HOLDER_PARAMETERS,
  requestMembersAnywhere,
  WEBSOCKET_HANDLER_PARAMETERS,
} from '../tables/request-sources.js';
import type { Taint, TaintLabel, Value } from '../evaluate/value.js';

/** The request-data label a value carries at its top (a request, its URL, its query…), if any. */
export function requestLabelOf(value: Value): Taint | undefined {
  switch (value.kind) {
    case 'opaque':
    case 'param':
      return value.taint?.label === undefined ? undefined : value.taint;
    case 'union':
      return value.options.map(requestLabelOf).find((taint) => taint !== undefined);
    case 'text':
      // A URL written around the raw request URL (`${origin}${req.url}`) still carries its query.
      return value.parts.map(requestLabelOf).find((taint) => taint?.label === 'request-url' || taint?.label === 'page-url');
    default:
      return undefined;
  }
}

/**
 * `base.key` when `base` is request data: the member's label from tables/request-sources.ts (`req.url` is the raw
 * URL, `url.searchParams` the query, `headers.referer` a URL). Undefined for members that carry no request data
 * (`req.path`, `url.pathname`), which the caller evaluates as usual: that is what makes them sanitizers.
 */
export function requestMember(base: Value, key: string, at: ts.Node | undefined): Value | undefined {
  const taint = requestLabelOf(base);
  const label = taint?.label === undefined ? requestRootMember(base, key) : memberLabels[taint.label].get(key);
  if (label === undefined) return undefined;
  const node = at ?? nodeOfValue(base);
  if (!node) return undefined;
  return labeled(node, label);
}

/** `info.req` in a `verifyClient`, `socket.handshake`: request objects whatever they hang off. */
function requestRootMember(base: Value, key: string): TaintLabel | undefined {
  if (base.kind !== 'opaque' && base.kind !== 'param') return undefined;
  if (requestMembersAnywhere.has(key)) return 'request';
  if (key === 'request' && (isPagesFunctionContext(base) || isRequestHolder(base) || isMiddlewareContext(base))) return 'request';
  if (isUpgradeContext(base)) return UPGRADE_CONTEXT_MEMBERS[key];
  return key === 'query' && isRequestContext(base) ? 'query' : undefined;
}

/**
 * `ws.data` in the handlers of an Elysia route's `.ws()` (`open(ws)`, `message(ws, …)`): the upgrade's context, with
 * its `request` and its parsed `query` (https://elysiajs.com/patterns/websocket).
 */
function isUpgradeContext(base: Extract<Value, { kind: 'opaque' | 'param' }>): boolean {
  return (
    base.kind === 'param' &&
    base.path.length === 1 &&
    base.path[0] === 'data' &&
    ts.isIdentifier(base.node) &&
    WEBSOCKET_HANDLER_PARAMETERS.has(base.node.text)
  );
}

const UPGRADE_CONTEXT_MEMBERS: Readonly<Record<string, TaintLabel>> = { request: 'request', query: 'query' };

/**
 * The context of a middleware shaped `(context, next)`, whatever it is called (LoopBack's `(middlewareCtx, next)`,
 * Koa-style frameworks'): its `request` is the incoming request.
 */
function isMiddlewareContext(base: Extract<Value, { kind: 'opaque' | 'param' }>): boolean {
  if (base.kind !== 'param' || base.path.length > 0) return false;
  const fn = base.owner;
  if (!ts.isFunctionLike(fn) || fn.parameters.length !== 2 || fn.parameters[0]?.name !== base.node) return false;
  const next = fn.parameters[1]?.name;
  return next !== undefined && ts.isIdentifier(next) && next.text === 'next';
}

/** A crossws hook's `peer`, a socket.io `socket` (`REQUEST_HOLDER_PARAMETERS`): its `request` is the upgrade request. */
function isRequestHolder(base: Extract<Value, { kind: 'opaque' | 'param' }>): boolean {
  return base.kind === 'param' && base.path.length === 0 && ts.isIdentifier(base.node) && REQUEST_HOLDER_PARAMETERS.has(base.node.text);
}

/** The first parameter of a Pages Function's handler (`onRequest(context)`): its `request` is the incoming one. */
function isPagesFunctionContext(base: Extract<Value, { kind: 'opaque' | 'param' }>): boolean {
  if (base.kind !== 'param' || base.path.length > 0) return false;
  const fn = base.owner;
  if (!ts.isFunctionLike(fn) || fn.parameters[0]?.name !== base.node) return false;
  const name = functionNameOf(fn);
  return name !== undefined && PAGES_FUNCTION_HANDLER.test(name);
}

/**
 * A parameter its function reads a request from (`args.request.headers`, `ctx.req.url`, Koa's `ctx.headers`) is a
 * handler's context object, which holds the parsed query beside the request (`contextsByUse`). Recognized by use, so
 * its `query` is the request's.
 */
function isRequestContext(base: Extract<Value, { kind: 'opaque' | 'param' }>): boolean {
  if (base.kind !== 'param' || base.path.length > 0 || !ts.isIdentifier(base.node)) return false;
  const known = requestContexts.get(base.node);
  if (known !== undefined) return known;
  const name = base.node.text;
  const members = contextsByUse.koaNames.has(name) ? contextsByUse.koaMembers : contextsByUse.requestMembers;
  let reads = false;
  walkDescendants(base.owner, (node) => {
    if (!reads && ts.isPropertyAccessExpression(node) && members.has(node.name.text))
      reads = ts.isIdentifier(node.expression) && node.expression.text === name;
    return !reads;
  });
  requestContexts.set(base.node, reads);
  return reads;
}

const requestContexts = new WeakMap<ts.Node, boolean>();

const labelWords: Readonly<Record<TaintLabel, string>> = {
  request: 'is a request object, which carries its URL',
  'request-url': 'is the raw request URL (query string included)',
  query: "is the request's query",
  headers: 'holds the request headers (Referer included)',
  'page-url': "is the page's own URL (query string included)",
};

/** A value that is request data of the given kind, originating at `node`. */
export function labeled(node: ts.Node, label: TaintLabel): Value {
  return { kind: 'opaque', node, taint: labelTaint(node, label) };
}

export function labelTaint(node: ts.Node, label: TaintLabel): Taint {
  return { origin: { node, message: `\`${describeNode(node)}\` ${labelWords[label]}` }, steps: [], label };
}

function nodeOfValue(value: Value): ts.Node | undefined {
  return 'node' in value ? value.node : undefined;
}
