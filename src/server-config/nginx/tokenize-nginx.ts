/**
 * nginx's configuration syntax, as ngx_conf_file.c reads it: words and quoted strings separated by whitespace, `;` ends
 * a directive, `{` and `}` open and close a block, `#` at the start of a word comments out the rest of the line, and a
 * backslash escapes the next character. A small tokenizer of our own: no maintained nginx parser is on the registry,
 * and this one keeps the source offsets that exact finding positions need.
 */

/** A word or quoted string; `start`/`end` are offsets into the whole source, quotes included. */
export interface NginxToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface NginxDirective {
  readonly name: NginxToken;
  readonly args: readonly NginxToken[];
  readonly children?: readonly NginxDirective[];
}

type Piece = NginxToken | ';' | '{' | '}';

function* pieces(source: string, start: number, end: number): Generator<Piece> {
  let index = start;
  while (index < end) {
    const char = source[index] ?? '';
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '#') {
      const newline = source.indexOf('\n', index);
      index = newline === -1 || newline > end ? end : newline;
    } else if (char === ';' || char === '{' || char === '}') {
      yield char;
      index += 1;
    } else {
      const tokenEnd = char === '"' || char === "'" ? quotedEnd(source, index, end) : wordEnd(source, index, end);
      yield { text: unquote(source.slice(index, tokenEnd)), start: index, end: tokenEnd };
      index = tokenEnd;
    }
  }
}

function quotedEnd(source: string, start: number, end: number): number {
  const quote = source[start];
  let index = start + 1;
  while (index < end && source[index] !== quote) index += source[index] === '\\' ? 2 : 1;
  return Math.min(index + 1, end);
}

function wordEnd(source: string, start: number, end: number): number {
  let index = start;
  while (index < end) {
    const char = source[index] ?? '';
    if (/\s/.test(char) || char === ';' || char === '{' || char === '}') break;
    // `${var}` in a word: its braces do not open a block.
    if (char === '$' && source[index + 1] === '{') {
      const close = source.indexOf('}', index);
      index = close === -1 || close >= end ? end : close + 1;
      continue;
    }
    index += char === '\\' ? 2 : 1;
  }
  return Math.min(index, end);
}

function unquote(raw: string): string {
  const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.at(-1) === raw[0];
  return (quoted ? raw.slice(1, -1) : raw).replace(/\\(.)/g, '$1');
}

/**
 * The directives of source[start, end), blocks nested. Unbalanced braces and a missing final `;` are read as far as
 * they go: a half-written configuration still gets its complete directives judged.
 */
export function parseNginx(source: string, start = 0, end = source.length): NginxDirective[] {
  const root: NginxDirective[] = [];
  const stack: { directives: NginxDirective[]; words: NginxToken[] }[] = [{ directives: root, words: [] }];
  for (const piece of pieces(source, start, end)) {
    const frame = stack[stack.length - 1];
    if (!frame) break;
    if (piece === ';') {
      pushDirective(frame.directives, frame.words);
      frame.words = [];
    } else if (piece === '{') {
      const children: NginxDirective[] = [];
      const [name, ...args] = frame.words;
      if (name) frame.directives.push({ name, args, children });
      frame.words = [];
      stack.push({ directives: children, words: [] });
    } else if (piece === '}') {
      if (stack.length > 1) stack.pop();
    } else {
      frame.words.push(piece);
    }
  }
  return root;
}

function pushDirective(into: NginxDirective[], words: readonly NginxToken[]): void {
  const [name, ...args] = words;
  if (name) into.push({ name, args });
}
