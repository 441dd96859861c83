import { ts } from '../ast/typescript.js';
import { walkDescendants } from '../ast/walk.js';

/** The record under `Object.entries(record)` (or `Object.keys`) and a chain of array steps on its entries. */
export function entriesSource(receiver: ts.Expression): ts.Expression | undefined {
  let current = receiver;
  while (
    ts.isCallExpression(current) &&
    ts.isPropertyAccessExpression(current.expression) &&
    ARRAY_STEPS.has(current.expression.name.text)
  ) {
    current = current.expression.expression;
  }
  return ts.isCallExpression(current) && isObjectEntries(current.expression) ? current.arguments[0] : undefined;
}

const ARRAY_STEPS = new Set(['map', 'filter', 'flatMap', 'sort']);

function isObjectEntries(callee: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'Object' &&
    (callee.name.text === 'entries' || callee.name.text === 'keys')
  );
}

/**
 * The record a hand-written query serializer walks, when `written` is one of its `key=value` pieces:
 * `Object.keys(params).forEach((key) => { out += key + '=' + params[key] })`, `for (const key in params)
 * parts.push(`${key}=${params[key]}`)`, `for (const [key, value] of Object.entries(params))`. The piece must name the
 * loop's key and write an `=`: the text the loop builds is then the record as a query, whatever it does per entry
 * (encoding, arrays, skipped blanks).
 */
export function serializedRecordOf(written: ts.Expression): ts.Expression | undefined {
  const loop = enclosingRecordLoop(written);
  if (!loop || !mentionsName(written, loop.keys) || !writesEquals(written)) return undefined;
  return loop.record;
}

/**
 * `for (const [key, value] of Object.entries(params)) search.append(key, String(value))`: the record whose entries a
 * loop writes one by one under their own names, when `key` is the loop's key.
 */
export function recordOfLoopKey(key: ts.Expression): ts.Expression | undefined {
  if (!ts.isIdentifier(key)) return undefined;
  const loop = enclosingRecordLoop(key);
  return loop?.keys.has(key.text) ? loop.record : undefined;
}

interface RecordLoop {
  readonly record: ts.Expression;
  /** The names the loop binds to each key (the key, or the first element of an entry). */
  readonly keys: ReadonlySet<string>;
}

/** The nearest loop over a record's keys around `node`, inside the same function (a loop callback counts as the loop). */
function enclosingRecordLoop(node: ts.Node): RecordLoop | undefined {
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    const loop = recordLoop(current);
    if (loop) return loop;
    if (ts.isFunctionLike(current)) return undefined;
  }
  return undefined;
}

function recordLoop(node: ts.Node): RecordLoop | undefined {
  if (ts.isForInStatement(node)) return { record: node.expression, keys: boundKey(node.initializer) };
  if (ts.isForOfStatement(node)) {
    const record = entriesSource(node.expression) ?? keyedEntriesSource(node.expression);
    return record && { record, keys: boundKey(node.initializer) };
  }
  if (!(ts.isArrowFunction(node) || ts.isFunctionExpression(node))) return undefined;
  const call = node.parent;
  if (!ts.isCallExpression(call) || call.arguments[0] !== node || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text;
  const record = LOOP_METHODS.has(method) ? entriesSource(call.expression.expression) : undefined;
  const [first, second] = node.parameters;
  if (record) return first && { record, keys: bindingKey(first.name) };
  // `params.forEach((value, key) => …)`: URLSearchParams, Map, Headers and FormData call back with the value, then its key.
  return method === 'forEach' && second ? { record: call.expression.expression, keys: bindingKey(second.name) } : undefined;
}

/** `params.entries()` (`for (const [key, value] of …)`): the entries of a URLSearchParams, Map or Headers, keys first. */
export function keyedEntriesSource(iterated: ts.Expression): ts.Expression | undefined {
  if (!ts.isCallExpression(iterated) || iterated.arguments.length > 0 || !ts.isPropertyAccessExpression(iterated.expression))
    return undefined;
  return iterated.expression.name.text === 'entries' ? iterated.expression.expression : undefined;
}

/** Array methods that call back once per entry; `reduce`'s first parameter is the accumulator, not the key. */
const LOOP_METHODS = new Set(['forEach', 'map', 'flatMap', 'filter']);

function boundKey(initializer: ts.ForInitializer): ReadonlySet<string> {
  if (!ts.isVariableDeclarationList(initializer)) return ts.isIdentifier(initializer) ? new Set([initializer.text]) : new Set();
  const [declaration] = initializer.declarations;
  return declaration ? bindingKey(declaration.name) : new Set();
}

/** `key`, or `key` in `[key, value]`. */
function bindingKey(name: ts.BindingName): ReadonlySet<string> {
  if (ts.isIdentifier(name)) return new Set([name.text]);
  const [first] = ts.isArrayBindingPattern(name) ? name.elements : [];
  return first && ts.isBindingElement(first) && ts.isIdentifier(first.name) ? new Set([first.name.text]) : new Set();
}

function mentionsName(expression: ts.Expression, names: ReadonlySet<string>): boolean {
  return someDescendant(expression, (node) => ts.isIdentifier(node) && names.has(node.text));
}

function writesEquals(expression: ts.Expression): boolean {
  return someDescendant(
    expression,
    (node) =>
      (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) &&
      node.text.includes('='),
  );
}

function someDescendant(root: ts.Node, test: (node: ts.Node) => boolean): boolean {
  if (test(root)) return true;
  let found = false;
  walkDescendants(root, (node) => {
    if (found || test(node)) found = true;
    return !found;
  });
  return found;
}
