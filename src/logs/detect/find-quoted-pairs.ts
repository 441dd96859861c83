import { decodeValue, type UrlParam } from './find-url-params.js';

/**
 * `"name":"value"`, `"name": "value"`, `'name': 'value'`, `name: 'value'`, `name:"value"` and JSON escaped inside a
 * string (`{\"name\":\"value\"}`): a key and its quoted string as JSON, Python's repr, Node's util.inspect and Spring's
 * header lists print them. Either quote is optional before the `:` (util.inspect and Spring do not quote keys); the
 * value must be quoted, so numbers, objects and prose after a colon are never read.
 */
const QUOTED_PAIR = /(?<![\w.-])(\\?["']|)([A-Za-z_][\w.-]{0,63})\1 ?: ?(\\?["'])/g;

const COLON_THEN_QUOTE = /: ?\\?["']/;

/** Longest quoted value read; a longer one is cut there (its start is what matters). */
const MAX_QUOTED_VALUE = 4096;

/**
 * The pairs of a line (app logs print objects: a request's `query`, its `headers`, an OAuth response) whose key
 * `isSecretName` accepts, in line order. Keys are checked before their value is read: most keys in a JSON line are
 * no credential's.
 */
export function findQuotedPairs(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  // What every pair has: a colon, then its value's opening quote. Most lines with a colon (every access log's time)
  // have none, and are then not searched pair by pair.
  if (!COLON_THEN_QUOTE.test(line)) return [];
  const pairs: UrlParam[] = [];
  QUOTED_PAIR.lastIndex = 0;
  for (let match = QUOTED_PAIR.exec(line); match; match = QUOTED_PAIR.exec(line)) {
    const [whole, , name = '', quote = '"'] = match;
    if (!isSecretName(name)) continue;
    const valueStart = match.index + whole.length;
    const valueEnd = endOfQuoted(line, valueStart, quote);
    pairs.push({ name, anchor: match.index, valueStart, valueEnd, value: decodeValue(line.slice(valueStart, valueEnd)) });
    QUOTED_PAIR.lastIndex = Math.max(valueEnd, valueStart + 1);
  }
  return pairs;
}

/** Where the value opened by `quote` (`"`, `'`, or one escaped: `\"`) ends: its closing quote, or the reading limit. */
function endOfQuoted(line: string, from: number, quote: string): number {
  const limit = Math.min(line.length, from + MAX_QUOTED_VALUE);
  if (quote.length === 2) {
    const end = line.indexOf(quote, from);
    return end === -1 || end > limit ? limit : end;
  }
  for (let index = from; index < limit; index += 1) {
    const char = line[index];
    if (char === '\\') index += 1;
    else if (char === quote) return index;
  }
  return limit;
}

/** Two lists of parameters in line order, merged in line order (detection finds enclosing parameters by binary search). */
export function mergeByValueStart(first: readonly UrlParam[], second: readonly UrlParam[]): UrlParam[] {
  if (second.length === 0) return first as UrlParam[];
  if (first.length === 0) return second as UrlParam[];
  return [...first, ...second].sort((a, b) => a.valueStart - b.valueStart);
}
