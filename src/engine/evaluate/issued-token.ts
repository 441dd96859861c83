import { ts } from '../ast/typescript.js';
import type { TokenIssueSpec } from '../frameworks/model.js';

/** What a JWT issuer's call says of the token it makes: its lifetime and whether it carries a `jti`. */
export interface IssuedToken {
  /** Undefined when the call states no lifetime the engine can read (a variable, a computed `exp`). */
  readonly lifetimeSeconds: number | undefined;
  readonly hasJti: boolean;
}

/** `jwt.sign(payload, key, { expiresIn: '60s', jwtid })`, `new SignJWT(payload).setExpirationTime('2m').setJti(id)`. */
export function readIssuedToken(call: ts.CallExpression, spec: TokenIssueSpec): IssuedToken {
  const options = spec.optionsArg === undefined ? undefined : objectLiteral(call.arguments[spec.optionsArg]);
  const chain = chainedCalls(call);
  const lifetime =
    (spec.lifetimeOption === undefined ? undefined : propertyValue(options, spec.lifetimeOption)) ??
    (spec.lifetimeMethod === undefined ? undefined : chain.get(spec.lifetimeMethod));
  const hasJti =
    (spec.jtiOption !== undefined && propertyValue(options, spec.jtiOption) !== undefined) ||
    (spec.jtiMethod !== undefined && chain.has(spec.jtiMethod)) ||
    (spec.payloadArg !== undefined && payloadHasJti(call, spec.payloadArg, chain));
  return { lifetimeSeconds: lifetime === undefined ? undefined : durationSeconds(lifetime), hasJti };
}

function objectLiteral(node: ts.Node | undefined): ts.ObjectLiteralExpression | undefined {
  return node && ts.isObjectLiteralExpression(node) ? node : undefined;
}

function propertyValue(object: ts.ObjectLiteralExpression | undefined, name: string): ts.Expression | undefined {
  for (const property of object?.properties ?? []) {
    if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === name) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === name) return property.name;
  }
  return undefined;
}

/** The methods called on the way to `call` (`new SignJWT(p).setJti(id).setExpirationTime('2m').sign(k)`), by name. */
function chainedCalls(call: ts.CallExpression): Map<string, ts.Expression | undefined> {
  const calls = new Map<string, ts.Expression | undefined>();
  let receiver: ts.Expression = ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : call.expression;
  while (ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression)) {
    calls.set(receiver.expression.name.text, receiver.arguments[0]);
    receiver = receiver.expression.expression;
  }
  if (ts.isNewExpression(receiver)) calls.set('new', receiver.arguments?.[0]);
  return calls;
}

/** The payload written out with a `jti` claim: the call's argument, or the constructor's (`new SignJWT({ jti })`). */
function payloadHasJti(call: ts.CallExpression, payloadArg: number, chain: Map<string, ts.Expression | undefined>): boolean {
  const payload = objectLiteral(chain.has('new') ? chain.get('new') : call.arguments[payloadArg]);
  return propertyValue(payload, 'jti') !== undefined;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `60`, `'60s'`, `'1m'`, `'2 minutes'`, `'1h'`: seconds; undefined for anything not written out. */
function durationSeconds(node: ts.Expression): number | undefined {
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (!ts.isStringLiteralLike(node)) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)$/i.exec(node.text.trim());
  const unit = match?.[2]?.[0]?.toLowerCase();
  return match && unit ? Number(match[1]) * (UNIT_SECONDS[unit] ?? 1) : undefined;
}
