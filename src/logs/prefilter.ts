import { classifyParamName, secretParamNameEndings } from '../secrets/param-names.js';
import { providerTokenPrefixes, type ProviderTokenPrefix } from '../secrets/shapes.js';

/**
 * The hot path's only per-byte work, done on the block's bytes with `Buffer#indexOf` (memchr and a byte compare in
 * C++), so no block-wide string is ever built. Each pass looks for a short needle that starts with a rare byte:
 * `=` and `%3` for parameters (the name ending before it is checked by hand, case- and separator-insensitively), and
 * for JWTs, provider prefixes and W3C headers the rarest byte (or two bytes) of each literal. Measured on the
 * benchmark log in 128 KiB blocks: the whole prefilter runs at ~0.7 GB/s (1.35 ms per MB), where the two regexes
 * it replaces ran at ~0.25 GB/s together with decoding the block to a latin1 string (~0.6 GB/s on its own).
 */
export interface Prefilter {
  /** Each needle with the literals it may start (a needle hit is confirmed by comparing the whole literal). */
  readonly literalNeedles: readonly LiteralNeedle[];
  /** Parameter-name endings, reversed, as a trie over `a`–`z`. */
  readonly endings: EndingTrie;
}

/** What a prefilter hit found: bits, so that a line's hits add up. */
const HIT_PARAM = 1;
const HIT_JWT = 2;
const HIT_PROVIDER = 4;
const HIT_HEADER = 8;

interface LiteralNeedle {
  /** A rare byte (memchr, each occurrence checked here) or two bytes (compared in C++, only hits come back). */
  readonly needle: number | Buffer;
  /** The kinds of all its literals (`HIT_*` bits). */
  readonly kinds: number;
  /** Literals in which the needle has a byte before it, by that byte: one lookup instead of trying them all. */
  readonly byByteBefore: readonly (readonly LiteralCheck[] | undefined)[];
  /** Literals that start with the needle. */
  readonly starting: readonly LiteralCheck[];
}

interface LiteralCheck {
  readonly bytes: Buffer;
  readonly kind: number;
  /** Where the needle sits in the literal. */
  readonly needleOffset: number;
  /** Bytes after the literal that must be token characters (short prefixes only, as in `prefixSource`). */
  readonly followers: number;
  readonly follower: Uint8Array;
}

interface EndingTrie {
  /** `children[node * 26 + letter]`: the next node, or 0 for none (the root is never a child). */
  readonly children: Int32Array;
  readonly terminal: Uint8Array;
}

/** The prefilter's vocabulary as regex sources: parameter-name endings and literals (what the benchmark gives ripgrep). */
export function prefilterSources(): { readonly paramNameEndings: string; readonly literals: string } {
  return {
    paramNameEndings: minimalEndings(secretParamNameEndings()).map(caseAndSeparatorInsensitive).join('|'),
    literals: prefilterLiterals()
      .map(({ literal, next }) => prefixSource(literal, next))
      .join('|'),
  };
}

export function createPrefilter(): Prefilter {
  return { literalNeedles: literalNeedles(prefilterLiterals()), endings: endingTrie(minimalEndings(secretParamNameEndings())) };
}

interface PrefilterLiteral {
  readonly literal: string;
  readonly kind: number;
  /** A class for the bytes that must follow a short literal (`undefined`: anything). */
  readonly next: string | undefined;
}

/** JWTs (`eyJ`), W3C `#Fields:` headers (which change how later lines are read) and provider token prefixes. */
function prefilterLiterals(): PrefilterLiteral[] {
  const prefixes = providerTokenPrefixes().map(({ literal, next }: ProviderTokenPrefix) => ({ literal, kind: HIT_PROVIDER, next: shortPrefixFollower(literal, next) }));
  return [{ literal: 'eyJ', kind: HIT_JWT, next: undefined }, { literal: '#Fields:', kind: HIT_HEADER, next: undefined }, ...prefixes];
}

/**
 * A literal of at least 4 characters: a 2-character `SK` alone hits far too many lines. Short prefixes get the class
 * that must follow them; unknown followers default to a token character: every shape in the table continues with one.
 */
const MIN_PREFILTER_LITERAL = 4;

/** What every provider token continues with when its pattern does not say (`sk-` then an optional `proj-`, …). */
const TOKEN_CHARACTER = '[A-Za-z0-9_-]';

function shortPrefixFollower(literal: string, next: string | undefined): string | undefined {
  return literal.length >= MIN_PREFILTER_LITERAL ? undefined : (next ?? TOKEN_CHARACTER);
}

function prefixSource(literal: string, next: string | undefined): string {
  const padding = MIN_PREFILTER_LITERAL - literal.length;
  return escapeRegExp(literal) + (next === undefined ? '' : padding === 1 ? next : `${next}{${padding}}`);
}

/**
 * Bytes of printable ASCII from rarest to most common, measured on the benchmark's mixed log (all formats). A needle
 * starts at the rarest byte of its literal, because `indexOf` runs memchr on a needle's first byte.
 */
const BYTES_BY_RARITY = '#!*~?YVQ&JBN\\jUD=Iy;FOWXZzw+[]P_{}v%AqKRSLCHkEMgGbxfuhdT9nm7,c84-5plors63i/:a2.t 1e0"';

function rarity(char: string): number {
  const rank = BYTES_BY_RARITY.indexOf(char);
  return rank === -1 ? 0 : rank;
}

/**
 * Each literal is found by its rarest byte when that byte is rare enough to come back to JavaScript at every
 * occurrence (`_`, `J`, `#`: one memchr pass serves every literal containing it), otherwise by the two bytes starting
 * at its rarest, which `indexOf` matches in C++ (memchr on the first, then a compare). Measured on the benchmark log:
 * a pass costs 0.03–0.35 ms per MB, most for a common first byte, so the fewer and rarer the passes the better.
 */
function literalNeedles(literals: readonly PrefilterLiteral[]): LiteralNeedle[] {
  const groups = new Map<string, { needle: number | Buffer; kinds: number; byByteBefore: LiteralCheck[][]; starting: LiteralCheck[] }>();
  for (const { literal, kind, next } of literals) {
    const rarest = rarestIndex(literal, 0, literal.length);
    const single = rarity(literal[rarest] ?? '') <= MAX_SINGLE_BYTE_NEEDLE_RARITY;
    const offset = single ? rarest : rarestIndex(literal, 0, literal.length - 1);
    const key = literal.slice(offset, single ? offset + 1 : offset + 2);
    const group = groups.get(key) ?? { needle: single ? key.charCodeAt(0) : Buffer.from(key, 'latin1'), kinds: 0, byByteBefore: [], starting: [] };
    groups.set(key, group);
    group.kinds |= kind;
    const check: LiteralCheck = {
      bytes: Buffer.from(literal, 'latin1'),
      kind,
      needleOffset: offset,
      followers: next === undefined ? 0 : MIN_PREFILTER_LITERAL - literal.length,
      follower: byteClass(next),
    };
    if (offset === 0) group.starting.push(check);
    else (group.byByteBefore[literal.charCodeAt(offset - 1)] ??= []).push(check);
  }
  return [...groups.values()];
}

/** Bytes at most as common as `_` (~0.3% of log bytes). */
const MAX_SINGLE_BYTE_NEEDLE_RARITY = rarity('_');

function rarestIndex(literal: string, from: number, to: number): number {
  let best = from;
  for (let index = from + 1; index < to; index += 1) if (rarity(literal[index] ?? '') < rarity(literal[best] ?? '')) best = index;
  return best;
}

function byteClass(source: string | undefined): Uint8Array {
  const table = new Uint8Array(256);
  if (source === undefined) return table;
  const regex = new RegExp(`^${source}$`);
  for (let byte = 0; byte < 256; byte += 1) table[byte] = regex.test(String.fromCharCode(byte)) ? 1 : 0;
  return table;
}

/** Drops endings that end in another ending: `accesstoken` is covered by `token`. */
function minimalEndings(endings: readonly string[]): string[] {
  return endings.filter((ending) => !endings.some((other) => other !== ending && ending.endsWith(other)));
}

/** `sessionid` → `[sS][-_.]?[eE]…`: names are written `session_id`, `SessionId`, `SESSION-ID`. */
function caseAndSeparatorInsensitive(ending: string): string {
  return [...ending].map((char) => (/[a-z]/.test(char) ? `[${char}${char.toUpperCase()}]` : char)).join('[-_.]?');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LETTERS = 26;
const LOWER_A = 0x61;

function endingTrie(endings: readonly string[]): EndingTrie {
  const children: number[] = new Array<number>(LETTERS).fill(0);
  const terminal: number[] = [0];
  for (const ending of endings) {
    let node = 0;
    for (let index = ending.length - 1; index >= 0; index -= 1) {
      const slot = node * LETTERS + ending.charCodeAt(index) - LOWER_A;
      if (children[slot] === 0) {
        children[slot] = terminal.length;
        terminal.push(0);
        children.push(...new Array<number>(LETTERS).fill(0));
      }
      node = children[slot] ?? 0;
    }
    terminal[node] = 1;
  }
  return { children: Int32Array.from(children), terminal: Uint8Array.from(terminal) };
}

const SEPARATORS = new Set([0x2d, 0x5f, 0x2e]); // - _ .

/**
 * Whether the bytes ending at `last` end in a secret-parameter name ending (any case, one `-_.` between letters),
 * also inside brackets as PHP and Rails nest parameters (`auth[token]=`, `auth%5Btoken%5D=`).
 */
function endsWithSecretName(bytes: Buffer, last: number, trie: EndingTrie): boolean {
  let node = 0;
  for (let index = last - closingBracketLength(bytes, last); index >= 0; ) {
    const letter = ((bytes[index] ?? 0) | 0x20) - LOWER_A;
    if (letter < 0 || letter >= LETTERS) return false;
    node = trie.children[node * LETTERS + letter] ?? 0;
    if (node === 0) return false;
    if (trie.terminal[node] === 1) return true;
    index -= 1;
    if (index >= 0 && SEPARATORS.has(bytes[index] ?? 0)) index -= 1;
  }
  return false;
}

function closingBracketLength(bytes: Buffer, last: number): number {
  if (bytes[last] === 0x5d) return 1;
  const encoded = bytes[last - 2] === 0x25 && bytes[last - 1] === 0x35 && ((bytes[last] ?? 0) | 0x20) === 0x64; // %5D
  return encoded ? 3 : 0;
}

/**
 * The kinds of the needle's literals found around `at` (0: none). Compared by hand: `Buffer#compare` is a native
 * call whose checks cost more than these few bytes.
 */
function literalKindsAt(bytes: Buffer, at: number, needle: LiteralNeedle): number {
  const before = at === 0 ? undefined : needle.byByteBefore[bytes[at - 1] ?? 0];
  return (before === undefined ? 0 : kindsMatching(bytes, at, before)) | kindsMatching(bytes, at, needle.starting);
}

function kindsMatching(bytes: Buffer, at: number, literals: readonly LiteralCheck[]): number {
  let kinds = 0;
  for (const check of literals) if (matchesAt(bytes, at, check)) kinds |= check.kind;
  return kinds;
}

function matchesAt(bytes: Buffer, at: number, check: LiteralCheck): boolean {
  const start = at - check.needleOffset;
  const end = start + check.bytes.length;
  if (start < 0 || end + check.followers > bytes.length) return false;
  for (let index = 0; index < check.bytes.length; index += 1) if (bytes[start + index] !== check.bytes[index]) return false;
  for (let index = end; index < end + check.followers; index += 1) if (check.follower[bytes[index] ?? 0] !== 1) return false;
  return true;
}

/**
 * Whether the name before `equals` certainly names no secret: it follows a plain `?` or `&` (so it is exactly the name
 * `findUrlParams` reads) and the parameter table rejects it (`csrf_token`, `pageToken`). Logs are full of these, and
 * parsing their lines was most of the detection work. Anything less clear (`&amp;`, `\u0026`, `%26`, brackets, long
 * runs) is left to detection.
 */
function isPlainNonSecretName(bytes: Buffer, equals: number): boolean {
  let start = equals;
  while (start > 0 && equals - start <= MAX_PLAIN_NAME && isPlainNameByte(bytes[start - 1] ?? 0)) start -= 1;
  const before = start === 0 ? 0 : (bytes[start - 1] ?? 0);
  if ((before !== QUESTION_MARK && before !== AMPERSAND) || equals - start > MAX_PLAIN_NAME) return false;
  const name = bytes.toString('latin1', start, equals);
  let known = nonSecretNames.get(name);
  if (known === undefined) {
    known = /^[A-Za-z]/.test(name) && classifyParamName(name) === undefined;
    if (nonSecretNames.size >= NAME_CACHE_SIZE) nonSecretNames.clear();
    nonSecretNames.set(name, known);
  }
  return known;
}

/** Longer names are never read by `findUrlParams` (its limit is 64 characters). */
const MAX_PLAIN_NAME = 64;
const QUESTION_MARK = 0x3f;
const AMPERSAND = 0x26;
const NAME_CACHE_SIZE = 1024;
const nonSecretNames = new Map<string, boolean>();

/** Letters, digits, `_`, `-`, `.`: a name without brackets (which may also be separators). */
function isPlainNameByte(byte: number): boolean {
  const lower = byte | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || SEPARATORS.has(byte);
}

const NEWLINE = 0x0a;
const EQUALS = 0x3d;
const PERCENT_3 = Buffer.from('%3');
const LOWER_D = 0x64;

/**
 * A line of a block that the prefilter hit, with which token shapes its hits announce: every JWT and provider token
 * starts with a literal of the prefilter, so detection skips the shapes a line cannot hold.
 */
export interface CandidateLine {
  readonly start: number;
  readonly jwts: boolean;
  readonly providers: boolean;
}

/** The lines of `bytes` that contain a prefilter hit, by ascending start offset, each once. */
export function findCandidateLines(bytes: Buffer, prefilter: Prefilter): CandidateLine[] {
  const lines = new Map<number, number>();
  const { endings } = prefilter;
  const secretNameAt = (at: number) => (endsWithSecretName(bytes, at - 1, endings) && !isPlainNonSecretName(bytes, at) ? HIT_PARAM : 0);
  lineStartsOfHits(bytes, EQUALS, HIT_PARAM, secretNameAt, lines);
  lineStartsOfHits(bytes, PERCENT_3, HIT_PARAM, (at) => (((bytes[at + 2] ?? 0) | 0x20) === LOWER_D ? secretNameAt(at) : 0), lines);
  for (const needle of prefilter.literalNeedles) lineStartsOfHits(bytes, needle.needle, needle.kinds, (at) => literalKindsAt(bytes, at, needle), lines);
  return [...lines]
    .sort(([a], [b]) => a - b)
    .map(([start, kinds]) => ({ start, jwts: (kinds & HIT_JWT) !== 0, providers: (kinds & HIT_PROVIDER) !== 0 }));
}

/**
 * Adds the kinds `confirm` finds at each occurrence of `needle` to the hit's line. Once the line has every kind the
 * needle can find, the rest of the line is skipped.
 */
function lineStartsOfHits(bytes: Buffer, needle: number | Buffer, needleKinds: number, confirm: (at: number) => number, lines: Map<number, number>): void {
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
    const kinds = confirm(at);
    if (kinds === 0) continue;
    const start = at === 0 ? 0 : bytes.lastIndexOf(NEWLINE, at - 1) + 1;
    const lineKinds = (lines.get(start) ?? 0) | kinds;
    lines.set(start, lineKinds);
    if ((lineKinds & needleKinds) !== needleKinds) continue;
    const end = bytes.indexOf(NEWLINE, at);
    if (end === -1) return;
    at = end;
  }
}
