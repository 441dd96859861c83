import type { AccessLogLeak, RecordedPart } from '../access-log-leak.js';
import { createPositionIndex } from '../text-position.js';

/**
 * The Caddyfile's syntax (https://caddyserver.com/docs/caddyfile/concepts#structure): tokens separated by blanks, a
 * newline ends a line, `{` at the end of a line opens a block and `}` alone closes it, `#` after a blank starts a
 * comment, and double quotes or backticks group words. Our own small reader: Caddy's adapter is Go only.
 */
interface CaddyToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface CaddyLine {
  readonly tokens: readonly CaddyToken[];
  readonly children?: readonly CaddyLine[];
}

function tokenizeLines(source: string): CaddyToken[][] {
  const lines: CaddyToken[][] = [];
  let tokens: CaddyToken[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    if (char === '\n') {
      if (tokens.length > 0) lines.push(tokens);
      tokens = [];
      index += 1;
    } else if (/\s/.test(char)) {
      index += 1;
    } else if (char === '#') {
      const newline = source.indexOf('\n', index);
      index = newline === -1 ? source.length : newline;
    } else {
      const end = char === '"' || char === '`' ? closingQuote(source, index) : tokenEnd(source, index);
      tokens.push({ text: source.slice(index, end), start: index, end });
      index = end;
    }
  }
  if (tokens.length > 0) lines.push(tokens);
  return lines;
}

function closingQuote(source: string, start: number): number {
  const quote = source[start];
  let index = start + 1;
  while (index < source.length && source[index] !== quote) index += quote === '"' && source[index] === '\\' ? 2 : 1;
  return Math.min(index + 1, source.length);
}

function tokenEnd(source: string, start: number): number {
  let index = start;
  while (index < source.length && !/\s/.test(source[index] ?? '')) index += 1;
  return index;
}

/** Lines nested into blocks: a line ending in `{` holds the lines up to its `}`. */
function nest(lines: readonly CaddyToken[][]): CaddyLine[] {
  const root: CaddyLine[] = [];
  const stack: CaddyLine[][] = [root];
  for (const tokens of lines) {
    const current = stack[stack.length - 1] ?? root;
    if (tokens.length === 1 && tokens[0]?.text === '}') {
      if (stack.length > 1) stack.pop();
    } else if (tokens.at(-1)?.text === '{') {
      const children: CaddyLine[] = [];
      current.push({ tokens: tokens.slice(0, -1), children });
      stack.push(children);
    } else {
      current.push({ tokens });
    }
  }
  return root;
}

/** Everything a `log` block holds, flattened: its filters are read from the words it contains. */
function wordsOf(lines: readonly CaddyLine[]): string[] {
  return lines.flatMap((line) => [...line.tokens.map((token) => token.text), ...wordsOf(line.children ?? [])]);
}

/** `request>uri` or a Referer header field followed by an action that removes or rewrites it. */
function filters(words: readonly string[], field: RegExp): boolean {
  return words.some((word, index) => field.test(word) && /^(delete|replace|hash|regexp|query|ip_mask)$/.test(words[index + 1] ?? ''));
}

const RECORDS: Record<RecordedPart, { readonly field: RegExp; readonly written: string; readonly fix: string }> = {
  query: {
    field: /^request>uri$/,
    written: 'request>uri (the URI, query included)',
    fix: 'Filter it: `format filter { request>uri query { replace token REDACTED } }` for each credential parameter, or `request>uri regexp \\?.* ""`.',
  },
  referer: {
    field: /^request>headers>referer$/i,
    written: 'request>headers>Referer',
    fix: 'Filter it: `format filter { request>headers>Referer delete }`.',
  },
};

/**
 * A Caddyfile's `log` directives in site blocks and snippets, not the global options block (it configures loggers,
 * not access logging). Caddy's access log records the URI and the request headers, Referer included, unless a filter
 * rewrites them.
 */
export function analyzeCaddyfile(source: string): AccessLogLeak[] {
  const position = createPositionIndex(source);
  const blocks = nest(tokenizeLines(source));
  const sites = blocks.filter((block, index) => !(index === 0 && block.tokens.length === 0));
  // A Caddyfile with one site may leave out its braces: the address alone on its line, then the directives at the top
  // level (some of them with blocks of their own: `log { output … }`).
  const unbraced = sites.length > 1 && sites[0]?.children === undefined;
  const leaks: AccessLogLeak[] = [];
  const visit = (lines: readonly CaddyLine[]) => {
    for (const line of lines) {
      const [directive] = line.tokens;
      if (directive?.text === 'log') {
        const words = wordsOf(line.children ?? []);
        for (const part of ['query', 'referer'] as const) {
          if (filters(words, RECORDS[part].field)) continue;
          const { line: lineNumber, column } = position(directive.start);
          leaks.push({
            part,
            server: 'caddy',
            line: lineNumber,
            column,
            endColumn: column + 3,
            what: `Caddy log writes the access log, which records ${RECORDS[part].written}`,
            fix: RECORDS[part].fix,
          });
        }
      } else if (line.children) {
        visit(line.children);
      }
    }
  };
  if (unbraced) visit(sites.slice(1));
  else for (const site of sites) if (site.children) visit(site.children);
  return leaks;
}
