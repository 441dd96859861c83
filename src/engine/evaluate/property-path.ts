import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { matchesApi, resolveApiRef } from '../resolve/library-resolution.js';
import { propertyGetters } from '../tables/propagators.js';
import { pickProperty } from './pick-property.js';
import type { Value } from './value.js';

/** A property getter's call with its path written out: `_.get(req, 'query.token')` reads `token` of `query` of `req`. */
export interface PropertyPathRead {
  readonly object: ts.Expression;
  readonly keys: readonly string[];
}

/** The object and keys of `_.get(object, 'a.b')` or `get(object, ['a', 'b'])`; undefined for any other call. */
export function propertyPathRead(call: ts.CallExpression, context: AnalysisContext): PropertyPathRead | undefined {
  const [object, path] = call.arguments;
  const keys = path && writtenKeys(path);
  if (!object || !keys || keys.length === 0) return undefined;
  const ref = resolveApiRef(call.expression, context);
  return ref && propertyGetters.some((row) => matchesApi(ref, row)) ? { object, keys } : undefined;
}

/** `'query.token'`, `'items[0].url'`, `['query', 'token']`. */
function writtenKeys(path: ts.Expression): string[] | undefined {
  if (ts.isStringLiteralLike(path)) return path.text.split(/[.[\]]+/).filter((key) => key !== '');
  if (!ts.isArrayLiteralExpression(path)) return undefined;
  const keys = path.elements.filter(ts.isStringLiteralLike);
  return keys.length === path.elements.length ? keys.map((key) => key.text) : undefined;
}

/** What the value holds at the keys, when its shape is known that far. `at` is the read, for request data. */
export function pickPath(value: Value, keys: readonly string[], at: ts.Node): Value | undefined {
  let picked: Value | undefined = value;
  for (const key of keys) picked = picked && pickProperty(picked, key, at);
  return picked;
}
