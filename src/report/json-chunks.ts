/**
 * `JSON.stringify(value, null, 2)` as a sequence of chunks, byte for byte: the objects and arrays of the first
 * `openLevels` levels are written member by member, anything deeper is stringified whole. A report of millions of
 * findings (`findings` at level 1, SARIF `results` at level 3) is then never one string: V8 caps a string near
 * 512 MiB, and building one that size costs as much memory again.
 */
export function jsonChunks(value: unknown, openLevels: number): Generator<string, void, undefined> {
  return chunksOf(toJsonValue(value, ''), openLevels, '');
}

/** A JSON file's text as chunks: the document (see `jsonChunks`), then a final line break. */
export function* jsonFileChunks(value: unknown, openLevels: number): Generator<string, void, undefined> {
  yield* jsonChunks(value, openLevels);
  yield '\n';
}

/** `json` has had its `toJSON()` applied already (by its parent), so it is not applied twice. */
function* chunksOf(json: unknown, openLevels: number, indent: string): Generator<string, void, undefined> {
  if (openLevels <= 0 || json === null || typeof json !== 'object') {
    yield indented(JSON.stringify(json, null, 2) ?? '', indent);
    return;
  }
  const members = Array.isArray(json) ? arrayMembers(json) : objectMembers(json as Record<string, unknown>);
  const [open, close] = Array.isArray(json) ? ['[', ']'] : ['{', '}'];
  const inner = `${indent}  `;
  let count = 0;
  for (const [label, member] of members) {
    yield `${count === 0 ? open : ','}\n${inner}${label}`;
    yield* chunksOf(member, openLevels - 1, inner);
    count += 1;
  }
  yield count === 0 ? `${open}${close}` : `\n${indent}${close}`;
}

/** What JSON.stringify writes for a value: `toJSON()` applied; undefined, functions and symbols are absent. */
function toJsonValue(value: unknown, key: string): unknown {
  const hasToJson = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function';
  return hasToJson ? (value as { toJSON: (key: string) => unknown }).toJSON(key) : value;
}

function isAbsentInJson(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Array slots JSON.stringify cannot write become `null`, as there. */
function* arrayMembers(array: readonly unknown[]): Generator<[string, unknown]> {
  for (let index = 0; index < array.length; index += 1) {
    const member = toJsonValue(array[index], String(index));
    yield ['', isAbsentInJson(member) ? null : member];
  }
}

/** Properties JSON.stringify cannot write are left out, as there. */
function* objectMembers(object: Readonly<Record<string, unknown>>): Generator<[string, unknown]> {
  for (const key of Object.keys(object)) {
    const member = toJsonValue(object[key], key);
    if (!isAbsentInJson(member)) yield [`${JSON.stringify(key)}: `, member];
  }
}

/** Strings in JSON never hold a raw line break, so every `\n` in the text is one of the layout's. */
function indented(text: string, indent: string): string {
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}
