/** A primitive value in a JSON line, with the dotted path of keys leading to it and its span in the line. */
export interface JsonField {
  /** The keys and array indexes leading to the value, joined by `.` (empty keys left out). */
  readonly path: string;
  /** Span of the value's text (inside the quotes for strings). */
  readonly start: number;
  readonly end: number;
  readonly isString: boolean;
  /** Whether `path` is this one, without building it. */
  hasPath(path: string): boolean;
}

/**
 * One key or index of a path, linked to the one before: a field shares its container's path instead of copying it.
 * Copying the whole stack into a string per field cost depth × fields (`{"a":[[[[…1,1,1,…`), the square of the line.
 */
interface PathPart {
  readonly parent: PathPart | undefined;
  /** Never empty: empty keys are left out of paths, so they get no part. */
  readonly text: string;
}

type Frame =
  | { kind: 'object'; key: string | undefined; readonly base: PathPart | undefined }
  | { kind: 'array'; index: number; readonly base: PathPart | undefined };

/**
 * Lists the primitive values of a JSON object line with their key paths (`req.url`, `httpRequest.requestUrl`),
 * without building the object, so spans stay exact. Malformed or truncated JSON ends the walk early with what was
 * found: detection never depends on this succeeding.
 */
export function listJsonFields(line: string): JsonField[] {
  const fields: JsonField[] = [];
  const stack: Frame[] = [];
  let expectingKey = false;
  for (let index = 0; index < line.length;) {
    const char = line[index];
    if (char === '{') {
      stack.push({ kind: 'object', key: undefined, base: partHere(stack) });
      expectingKey = true;
      index += 1;
    } else if (char === '[') {
      stack.push({ kind: 'array', index: 0, base: partHere(stack) });
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
      else fields.push(new Field(partHere(stack), index + 1, end, true));
      index = end + 1;
    } else if (char !== undefined && /[-\d]/.test(char)) {
      const match = /^-?[\d.eE+-]+/.exec(line.slice(index, index + 40));
      const length = match?.[0].length ?? 1;
      fields.push(new Field(partHere(stack), index, index + length, false));
      index += length;
    } else {
      index += 1;
    }
  }
  return fields;
}

/** The path of a value read now: its container's, then its key or index. */
function partHere(stack: readonly Frame[]): PathPart | undefined {
  const top = stack.at(-1);
  if (top === undefined) return undefined;
  const text = top.kind === 'object' ? (top.key ?? '') : String(top.index);
  return text === '' ? top.base : { parent: top.base, text };
}

class Field implements JsonField {
  private joined: string | undefined;

  constructor(
    private readonly part: PathPart | undefined,
    readonly start: number,
    readonly end: number,
    readonly isString: boolean,
  ) {}

  get path(): string {
    if (this.joined === undefined) {
      const texts: string[] = [];
      for (let part = this.part; part !== undefined; part = part.parent) texts.push(part.text);
      this.joined = texts.reverse().join('.');
    }
    return this.joined;
  }

  /** Compared from the last part back, stopping at the first difference: at most `path.length` characters. */
  hasPath(path: string): boolean {
    let end = path.length;
    for (let part = this.part; part !== undefined; part = part.parent) {
      const start = end - part.text.length;
      if (start < 0 || !path.startsWith(part.text, start)) return false;
      if (part.parent === undefined) return start === 0;
      if (start === 0 || path[start - 1] !== '.') return false;
      end = start - 1;
    }
    return end === 0;
  }
}

function endOfString(line: string, from: number): number {
  for (let index = from; index < line.length; index += 1) {
    const char = line.charCodeAt(index);
    if (char === 0x5c) index += 1;
    else if (char === 0x22) return index;
  }
  return -1;
}
