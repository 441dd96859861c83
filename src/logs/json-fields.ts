/** A primitive value in a JSON line, with the dotted path of keys leading to it and its span in the line. */
export interface JsonField {
  readonly path: string;
  /** Span of the value's text (inside the quotes for strings). */
  readonly start: number;
  readonly end: number;
  readonly isString: boolean;
}

type Frame = { kind: 'object'; key: string | undefined } | { kind: 'array'; index: number };

/**
 * Lists the primitive values of a JSON object line with their key paths (`req.url`, `httpRequest.requestUrl`),
 * without building the object, so spans stay exact. Malformed or truncated JSON ends the walk early with what was
 * found: detection never depends on this succeeding.
 */
export function listJsonFields(line: string): JsonField[] {
  const fields: JsonField[] = [];
  const stack: Frame[] = [];
  let expectingKey = false;
  for (let index = 0; index < line.length; ) {
    const char = line[index];
    if (char === '{') {
      stack.push({ kind: 'object', key: undefined });
      expectingKey = true;
      index += 1;
    } else if (char === '[') {
      stack.push({ kind: 'array', index: 0 });
      expectingKey = false;
      index += 1;
    } else if (char === '}' || char === ']') {
      stack.pop();
      expectingKey = false;
      index += 1;
    } else if (char === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'array') top.index += 1;
      expectingKey = top?.kind === 'object';
      index += 1;
    } else if (char === ':') {
      expectingKey = false;
      index += 1;
    } else if (char === '"') {
      const end = endOfString(line, index + 1);
      if (end === -1) return fields;
      const top = stack.at(-1);
      if (expectingKey && top?.kind === 'object') top.key = line.slice(index + 1, end);
      else fields.push({ path: pathOf(stack), start: index + 1, end, isString: true });
      index = end + 1;
    } else if (char !== undefined && /[-\d]/.test(char)) {
      const match = /^-?[\d.eE+-]+/.exec(line.slice(index, index + 40));
      const length = match?.[0].length ?? 1;
      fields.push({ path: pathOf(stack), start: index, end: index + length, isString: false });
      index += length;
    } else {
      index += 1;
    }
  }
  return fields;
}

function endOfString(line: string, from: number): number {
  for (let index = from; index < line.length; index += 1) {
    const char = line.charCodeAt(index);
    if (char === 0x5c) index += 1;
    else if (char === 0x22) return index;
  }
  return -1;
}

function pathOf(stack: readonly Frame[]): string {
  return stack
    .map((frame) => (frame.kind === 'object' ? (frame.key ?? '') : String(frame.index)))
    .filter((part) => part !== '')
    .join('.');
}
