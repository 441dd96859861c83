import type { Random } from './random.js';

/**
 * A random string matching a provider token pattern from the shared shapes table, so the corpus covers every shape,
 * including ones added later. Supports the subset those patterns use: literals, escapes (`\.`, `\d`), classes with
 * ranges, non-capturing groups with alternation, and the quantifiers `?`, `+`, `{n}`, `{n,}`, `{n,m}`.
 */
export function samplePattern(pattern: string, random: Random): string {
  // Lookaheads (`(?=[A-Za-z0-9]*[0-9])`: a digit somewhere in the run) are not drawn from: a draw is kept when the whole
  // pattern accepts it.
  const whole = new RegExp(`^(?:${pattern})$`);
  for (let attempt = 0; attempt < MAX_DRAWS; attempt += 1) {
    const sample = sampleAlternation({ text: pattern, index: 0 }, random);
    if (whole.test(sample)) return sample;
  }
  throw new Error(`No sample of /${pattern}/ in ${MAX_DRAWS} draws.`);
}

const MAX_DRAWS = 100;

interface Parser {
  readonly text: string;
  index: number;
}

function sampleAlternation(parser: Parser, random: Random): string {
  const branches: string[] = [''];
  while (parser.index < parser.text.length && parser.text[parser.index] !== ')') {
    if (parser.text[parser.index] === '|') {
      branches.push('');
      parser.index += 1;
    } else {
      branches[branches.length - 1] += sampleQuantified(parser, random);
    }
  }
  return random.pick(branches);
}

function sampleQuantified(parser: Parser, random: Random): string {
  const atom = parseAtom(parser, random);
  const [min, max] = parseQuantifier(parser);
  const count = random.int(min, max);
  let text = '';
  for (let index = 0; index < count; index += 1) text += atom();
  return text;
}

function parseAtom(parser: Parser, random: Random): () => string {
  const char = parser.text[parser.index] ?? '';
  // A lookahead constrains what follows without adding to it: skipped (the sample is checked against the pattern).
  if (parser.text.startsWith('(?=', parser.index) || parser.text.startsWith('(?!', parser.index)) {
    parser.index += 3;
    parser.index += groupSource(parser).length + 1;
    return () => '';
  }
  if (parser.text.startsWith('(?:', parser.index)) {
    parser.index += 3;
    const start = parser.index;
    // Sample the group once per repetition by re-parsing its source.
    const source = groupSource(parser);
    parser.index = start + source.length + 1;
    return () => samplePattern(source, random);
  }
  if (char === '[') {
    const end = parser.text.indexOf(']', parser.index + 1);
    const members = expandClass(parser.text.slice(parser.index + 1, end));
    parser.index = end + 1;
    return () => random.pick(members);
  }
  if (char === '\\') {
    const escaped = parser.text[parser.index + 1] ?? '';
    parser.index += 2;
    return escaped === 'd' ? () => String(random.int(0, 9)) : () => escaped;
  }
  parser.index += 1;
  return () => char;
}

function groupSource(parser: Parser): string {
  let depth = 1;
  for (let index = parser.index; index < parser.text.length; index += 1) {
    const char = parser.text[index];
    if (char === '\\') index += 1;
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return parser.text.slice(parser.index, index);
  }
  throw new Error(`Unbalanced group in ${parser.text}`);
}

function expandClass(body: string): string[] {
  const members: string[] = [];
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index] ?? '';
    const next = body[index + 2];
    if (body[index + 1] === '-' && next !== undefined) {
      for (let code = char.charCodeAt(0); code <= next.charCodeAt(0); code += 1) members.push(String.fromCharCode(code));
      index += 2;
    } else {
      members.push(char);
    }
  }
  return members;
}

/** Open-ended quantifiers are capped a little above their minimum: tokens of realistic length. */
function parseQuantifier(parser: Parser): [number, number] {
  const rest = parser.text.slice(parser.index);
  const braces = /^\{(\d+)(,(\d*))?\}/.exec(rest);
  if (braces) {
    parser.index += braces[0].length;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] ? Math.min(Number(braces[3]), min + 8) : min + 8;
    return [min, max];
  }
  if (rest.startsWith('?')) {
    parser.index += 1;
    return [0, 1];
  }
  if (rest.startsWith('+')) {
    parser.index += 1;
    return [1, 8];
  }
  return [1, 1];
}
