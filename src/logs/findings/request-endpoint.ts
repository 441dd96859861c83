import { detachString } from '../detach.js';

/**
 * The endpoint a secret was sent to, read from the URL around it in the line: `GET /ws`, `/api/items/:id`. Grouped
 * findings are counted per endpoint, so its path is a template: segments that look like ids or values become `:id`,
 * which also keeps a secret written in a path segment out of the report. Undefined when the secret is in no URL's
 * query (a header, a JSON field, free text).
 */
export function endpointAt(line: string, index: number): string | undefined {
  const { urlStart, queryStart } = urlBoundsBefore(line, index);
  if (queryStart === -1) return undefined;
  const from = Math.max(0, urlStart - METHOD_REACH);
  if (lastRead && lastRead.urlOffset === urlStart - from && isTextAt(line, lastRead.text, from, queryStart)) return lastRead.endpoint;
  const endpoint = readEndpoint(line, urlStart, queryStart);
  lastRead = { text: detachString(line.slice(from, queryStart)), urlOffset: urlStart - from, endpoint };
  return endpoint;
}

/**
 * The endpoint last read, with the text it was read from (the method's reach and the URL up to its query). Lines of
 * one log mostly repeat an endpoint, and templating it again cost a slice, a split and a join per secret.
 */
let lastRead: { readonly text: string; readonly urlOffset: number; readonly endpoint: string | undefined } | undefined;

function isTextAt(line: string, text: string, from: number, end: number): boolean {
  return end - from === text.length && line.startsWith(text, from);
}

function readEndpoint(line: string, urlStart: number, queryStart: number): string | undefined {
  const path = pathTemplate(withoutOrigin(line.slice(urlStart, queryStart)));
  if (path === undefined) return undefined;
  const method = methodBefore(line, urlStart);
  return method === undefined ? path : `${method} ${path}`;
}

interface UrlBounds {
  /** Where the URL holding the secret starts: after the last character that cannot be in a URL as logs write it. */
  readonly urlStart: number;
  /** The URL's first `?` before the secret, or -1. */
  readonly queryStart: number;
}

/**
 * The bounds last read, with the line and the secret's index they were read for. A line's secrets come mostly in
 * order, and each only reads the text since the previous one: reading back to the line's start for every secret was
 * quadratic in the length of a line full of them (`x://u:p@` repeated, a hostile input).
 */
let lastBounds: (UrlBounds & { readonly line: string; readonly index: number }) | undefined;

function urlBoundsBefore(line: string, index: number): UrlBounds {
  const known = lastBounds?.line === line && lastBounds.index <= index ? lastBounds : undefined;
  const readFrom = known?.index ?? 0;
  const delimiter = lastDelimiterBetween(line, readFrom, index);
  const sameUrl = delimiter === -1 && known !== undefined;
  const urlStart = sameUrl ? known.urlStart : delimiter + 1;
  const queryStart = sameUrl && known.queryStart !== -1 ? known.queryStart : queryStartBetween(line, Math.max(urlStart, readFrom), index);
  lastBounds = { line, index, urlStart, queryStart };
  return lastBounds;
}

/** The last URL delimiter in `line[from, end)`, or -1. */
function lastDelimiterBetween(line: string, from: number, end: number): number {
  for (let at = end - 1; at >= from; at -= 1) if (URL_DELIMITERS.has(line.charCodeAt(at))) return at;
  return -1;
}

/** The first `?` in `line[from, end)`, or -1; never read past `end` (indexOf would read to the line's end each time). */
function queryStartBetween(line: string, from: number, end: number): number {
  for (let at = from; at < end; at += 1) if (line.charCodeAt(at) === QUESTION_MARK) return at;
  return -1;
}

const QUESTION_MARK = 0x3f;

const URL_DELIMITERS = new Set([...' \t"\'<>[]{}`|,\\'].map((character) => character.charCodeAt(0)));

/** `https://api.example.com/ws` → `/ws`; a relative path stays as it is. */
function withoutOrigin(url: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(url);
  return scheme ? url.slice(scheme[0].length) || '/' : url;
}

/** `/users/8812/ws` → `/users/:id/ws`; undefined when what precedes the query does not read as a path. */
function pathTemplate(path: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  const template = path.split('/').map(segmentTemplate).join('/');
  return template.length > MAX_ENDPOINT ? `${template.slice(0, MAX_ENDPOINT)}…` : template;
}

const MAX_ENDPOINT = 120;

function segmentTemplate(segment: string): string {
  return looksLikeValue(segment) ? ':id' : segment;
}

/**
 * Numbers, UUIDs, hex of 8 or more, words with 3 or more digits (`bot12345`, `a1b2c3`), long words mixing letters
 * and digits, long words mixing cases without a separator (a random token drawn from letters only), anything
 * percent-encoded, and any word too long for a route name. An endpoint is shown in messages: a value left in it could
 * be a secret.
 */
function looksLikeValue(segment: string): boolean {
  if (segment.length > MAX_NAME_SEGMENT || segment.includes('%')) return true;
  const digits = segment.replace(/\D/g, '').length;
  if (digits === 0) return /^[A-Za-z]+$/.test(segment) && looksLikeRandomLetters(segment);
  return digits === segment.length || /^[0-9a-f-]{8,}$/i.test(segment) || (digits >= 3 && segment.length >= 6) || segment.length >= 16;
}

/** Letters drawn at random: long and mixing cases all along, or longer than any one word a route is named with. */
function looksLikeRandomLetters(word: string): boolean {
  return word.length >= LETTERS_VALUE || (word.length >= MIXED_CASE_VALUE && caseChanges(word) >= word.length * 0.4);
}

/** Neighbors of different case: about half the pairs of random letters, a few in a camelCase name. */
function caseChanges(word: string): number {
  let changes = 0;
  for (let index = 1; index < word.length; index += 1)
    if ((word[index - 1] === word[index - 1]?.toUpperCase()) !== (word[index] === word[index]?.toUpperCase())) changes += 1;
  return changes;
}

/**
 * Letters only, this long or longer, with a change of case at 4 in 10 neighbors or more: a random value
 * (`getUserProfileSettings`, 6 changes in 22 letters, stays a route name).
 */
const MIXED_CASE_VALUE = 16;
/** Letters without a separator, this many or more: no route word is that long (`authorizationcallback` is 21). */
const LETTERS_VALUE = 24;
/** A path word longer than this is a value, not a route name. */
const MAX_NAME_SEGMENT = 32;

/** The HTTP method written just before the URL (`"GET /ws?…`), if any. */
function methodBefore(line: string, urlStart: number): string | undefined {
  const before = /([A-Z]{3,7}) $/.exec(line.slice(Math.max(0, urlStart - METHOD_REACH), urlStart));
  const method = before?.[1];
  return method !== undefined && HTTP_METHODS.has(method) ? method : undefined;
}

/** The longest method (`OPTIONS`) and its space. */
const METHOD_REACH = 8;
const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'CONNECT', 'TRACE']);
