import {
  createParamNameClassifier,
  normalizeParamName,
  SECRET_NAME_PREFIXES,
  TICKET_NAME_PREFIXES,
  KEY_NAME_PREFIXES,
  HASHED_SESSION,
  ASP_SESSION,
  ENCODING_WORDS,
  INSTANCE_SESSION_NAME,
  isSessionIdWithInstance,
  secretParamNameEndings,
  type ParamNameClassifier,
  type SecretParamName,
} from '../../secrets/param-names.js';
import { continuesLikeJwt as continuesLikeJwtOnce, JwtContinuation } from '../../secrets/jwt.js';
import {
  GENERATED_SEGMENT_MIN_ADJACENT_CAPITALS,
  GENERATED_SEGMENT_MIN_LENGTH,
  GENERATED_HEX_MIN_LENGTH,
  GENERATED_SESSION_KEY_MIN_LENGTH,
  GENERATED_VALUE_MIN_LENGTH,
  providerTokenPrefixes,
  type ProviderTokenPrefix,
} from '../../secrets/shapes.js';
import {
  createByteSearch,
  SHORT_ROUTE_TOKEN_LENGTH,
  TOKEN_CHARACTER,
  TOKEN_RUN_LENGTH,
  type ByteNeedle,
  type ByteSearch,
} from './byte-search.js';
import {
  BASE64_HTTP,
  COOKIE_ATTRIBUTE_REACH,
  COOKIE_HEADER_REACH,
  ENCODED_REQUEST_STARTS,
  endsInCookieHeader,
  ENCODED_URLS,
  isCredentialValue,
  isUserinfoToken,
  mayNameUnknownCredential,
  precedesCookieAttribute,
  USERINFO_ENDS,
  USERINFO_LIMITS,
} from './detect-line.js';
import { isEncodedBracket, MAX_ARROW_ALIGNMENT, VALUE_ENDS } from './find-url-params.js';
import {
  PROVISIONING_FOLDER,
  SHARE_LINK_TOKEN_LENGTH,
  SHORT_ROUTE_SHARE_LINKS,
  TRACKER_PASSKEY,
  USER_PASSWORD_QUERY,
} from '../../secrets/known-values.js';
import { contextLiterals } from './find-context-secrets.js';
import { RTMP_STREAM_KEY } from '../../secrets/context-words.js';
import { BIND_LINE_LITERALS, INSERT_VALUES_LITERALS } from './find-sql-values.js';

/**
 * The hot path's only per-byte work, done on the block's bytes (no block-wide string is ever built): one SIMD pass
 * (src/logs/detect/byte-search.ts) finds every short needle, each hit is confirmed here. The needles are `=` and `3D`
 * (of `%3D`) for parameters (the name ending before them is checked by hand, case- and separator-insensitively), `@`
 * for the user info of URLs, and for JWTs, provider prefixes and W3C headers the rarest byte (or two bytes) of each
 * literal, or a needle it shares.
 * Newlines are counted in the same module.
 */
export interface Prefilter {
  /** The needles by their first byte (a hit is confirmed by each needle starting with that byte). */
  readonly needlesByFirstByte: readonly (readonly PrefilterNeedle[] | undefined)[];
  readonly search: ByteSearch;
  /** Forgets what confirming hits in the previous block remembered. */
  readonly startBlock: () => void;
}

interface PrefilterNeedle extends ByteNeedle {
  /** Every kind (`HIT_*` bits) `confirm` may find: a hit in a line that has them all already is not confirmed. */
  readonly kinds: number;
  /** The kinds (`HIT_*` bits) found at an occurrence of the needle, 0 for none. */
  readonly confirm: (bytes: Buffer, at: number) => number;
}

/** What a prefilter hit found: bits, so that a line's hits add up. */
const HIT_PARAM = 1;
const HIT_JWT = 2;
const HIT_PROVIDER = 4;
const HIT_HEADER = 8;
const HIT_USERINFO = 16;
const HIT_CONTEXT = 32;

interface LiteralNeedle extends ByteNeedle {
  /** The kinds of all its literals (`HIT_*` bits). */
  readonly kinds: number;
  /** Literals in which the needle has a byte before it, by that byte: one lookup instead of trying them all. */
  readonly byByteBefore: readonly (readonly LiteralCheck[] | undefined)[];
  /**
   * Literals that start with the needle, by the byte after it (one lookup again: `_` starts forty literals, and logs
   * are full of underscores).
   */
  readonly startingByByteAfter: readonly (readonly LiteralCheck[] | undefined)[];
  /** Literals that are the needle alone, checked only for what follows them (`SK`). */
  readonly whole: readonly LiteralCheck[];
}

interface LiteralCheck {
  readonly bytes: Buffer;
  readonly kind: number;
  readonly otherwise: number;
  readonly continues: ((bytes: Uint8Array, end: number) => boolean) | undefined;
  /** Where the needle sits in the literal. */
  readonly needleOffset: number;
  /** Bytes after the literal that must be token characters (short prefixes only, as in `prefixSource`). */
  readonly followers: number;
  readonly follower: Uint8Array;
}

interface EndingTrie {
  /** `children[node * SYMBOLS + symbol]`: the next node, or 0 for none (the root is never a child). */
  readonly children: Int32Array;
  readonly terminal: Uint8Array;
}

/**
 * The prefilter's vocabulary as regex sources (what the benchmark gives ripgrep): parameter-name endings, literals,
 * and the user info of a URL with a password.
 */
export function prefilterSources(): { readonly paramNameEndings: string; readonly literals: string; readonly userinfo: string } {
  return {
    userinfo: String.raw`://[^\s/?#@:]*:[^\s/?#@]*@`,
    paramNameEndings: minimalEndings(secretParamNameEndings()).map(caseAndSeparatorInsensitive).join('|'),
    literals: prefilterLiterals()
      .map(({ literal, next }) => prefixSource(literal, next))
      .join('|'),
  };
}

/** What classifies parameter names: the shared table's classifier, or detection's cache of it (one cache for both). */
type NameClassification = Pick<ParamNameClassifier, 'classify'>;

/**
 * `names` classifies parameter names (the shared table, plus `extraNames` from the user's config, whose endings the
 * prefilter must also pass).
 */
export function createPrefilter(names: NameClassification = createParamNameClassifier(), extraNames: readonly string[] = []): Prefilter {
  const jwtContinuation = new JwtContinuation();
  const userQueries = new UserQueries();
  const stateKeys = new StateKeys();
  const endings = endingTrie(minimalEndings(readableEndings([...secretParamNameEndings(), ...extraNames.map(normalizeParamName)])));
  const secretNameAt = (bytes: Buffer, at: number, valueStart: number | undefined) =>
    (endsWithSecretName(bytes, at - 1, endings) ||
      endsWithSecretName(bytes, beforeEncodingWord(bytes, at - 1), endings) ||
      endsWithHashedSessionName(bytes, at - 1) ||
      endsWithAspSessionName(bytes, at - 1) ||
      endsWithInstanceSessionName(bytes, at - 1) ||
      endsWithSessionIdWithInstance(bytes, at - 1)) &&
    !holdsNoCredential(bytes, at, valueStart, names)
      ? HIT_PARAM
      : 0;
  const needles: PrefilterNeedle[] = [
    // `name=value`; `"name"=>"value"` or Ruby 3.4's `"name" => "value"` of a Ruby hash (Rails' Parameters), PHP's
    // print_r `[name] => value` and `'name' => 'value'` of var_export, Tracy's dumps and util.inspect's Maps;
    // `name = "value"` and `"name" = "value"` (HCL, Objective-C descriptions), whose values are not judged here.
    {
      first: EQUALS,
      second: undefined,
      kinds: HIT_PARAM,
      confirm: (bytes, at) => {
        if (bytes[at + 1] === GREATER_THAN) {
          let nameEnd = at - 1;
          while (bytes[nameEnd] === SPACE && at - nameEnd <= MAX_ARROW_ALIGNMENT) nameEnd -= 1;
          if (bytes[nameEnd] === QUOTE || bytes[nameEnd] === APOSTROPHE || bytes[nameEnd] === CLOSE_BRACKET)
            return secretNameAt(bytes, nameEnd, undefined);
          // Erlang's binary key in a printed map (`#{<<"refresh_token">> => <<"…">>}`).
          if (bytes[nameEnd] === GREATER_THAN && bytes[nameEnd - 1] === GREATER_THAN && bytes[nameEnd - 2] === QUOTE)
            return secretNameAt(bytes, nameEnd - 2, undefined);
          // Perl's `name => "…"` (Data::Dump leaves a plain key unquoted): the name before the spaces.
          return nameEnd < at - 1 ? secretNameAt(bytes, nameEnd + 1, undefined) : secretNameAt(bytes, at, at + 1);
        }
        // A quoted name: `"name" = "value"`, INDIGO's `'PASSWORD' = "…"`, and an SQL column's `` `name` = '…' ``,
        // `[Name] = …`.
        if (bytes[at - 1] === SPACE && bytes[at + 1] === SPACE) {
          const before = bytes[at - 2] ?? 0;
          return secretNameAt(bytes, NAME_QUOTES.has(before) || before === APOSTROPHE ? at - 2 : at - 1, undefined);
        }
        // An SQL string after the name (`session_token='…'`): the quote ends a URL's value, so the name alone is judged.
        if (bytes[at + 1] === APOSTROPHE) return secretNameAt(bytes, NAME_QUOTES.has(bytes[at - 1] ?? 0) ? at - 1 : at, undefined);
        // PostgreSQL's `Key (token)=(…)`: the name closes a parenthesis, the value opens one.
        if (bytes[at - 1] === CLOSE_PARENTHESIS && bytes[at + 1] === OPEN_PARENTHESIS) return secretNameAt(bytes, at - 1, undefined);
        return (
          secretNameAt(bytes, at, at + 1) ||
          (startsJsonObject(bytes, at + 1) ||
          startsEncodedUrl(bytes, at + 1) ||
          startsGeneratedQueryValue(bytes, at, at + 1) ||
          userQueries.check(bytes, at)
            ? HIT_PARAM
            : 0)
        );
      },
    },
    // A `%3D` value is percent-encoded: only its name is judged here. Found by `3D` (`%2`, which starts `%2F` and
    // `%20`, is in every encoded URL), as is JSON's `\u003d` (Gson escapes `=` so in every string it writes).
    ...ENCODED_EQUALS.map((key) => ({
      first: key.charCodeAt(0),
      second: key.charCodeAt(1),
      kinds: HIT_PARAM,
      confirm: (bytes: Buffer, at: number) => {
        if (bytes[at - 1] === PERCENT)
          return secretNameAt(bytes, at - 1, undefined) || (startsGeneratedQueryValue(bytes, at - 1, at + 2) ? HIT_PARAM : 0);
        // `%253D`: a URL encoded twice (inside another's value, or standing in a JSON body).
        if (bytes[at - 1] === DIGIT_5 && bytes[at - 2] === DIGIT_2 && bytes[at - 3] === PERCENT)
          return secretNameAt(bytes, at - 3, undefined);
        return startsJsonEscape(bytes, at) ? secretNameAt(bytes, startOfBackslashes(bytes, at - UNICODE_ESCAPE_HEAD.length), undefined) : 0;
      },
    })),
    ...literalNeedles(prefilterLiterals(jwtContinuation.check), [...ENCODED_EQUALS, PRINTED_KEY_SPACE]).map((needle) => ({
      first: needle.first,
      second: needle.second,
      kinds: needle.kinds,
      confirm: (bytes: Buffer, at: number) => literalKindsAt(bytes, at, needle),
    })),
    // A key printed with a `:` before its value: JSON's `"session_id":"…"` (`\"token\":\"…\"` escaped in a string),
    // Python's `'sifre': '…'`, util.inspect's `lozinka: '…'`, a header dump's `X-Session: …`. The name before the `:`
    // (past its closing quote) is judged by the parameters' endings, so that no key needs a literal of its own. Not a
    // session's: a printed `"session_id"`, `"sid"` or `"sessionId"` is a correlation id (a RUM session, a WebDriver or
    // DevTools session, an audit record's session) far more often than a cookie's value; an app's session under its
    // own name (`"store_session"`, `"memberSession"`) keeps its literal (context-words.ts `secretKeyLiterals`).
    ...KEY_VALUE_OPENERS.map((second) => ({
      first: COLON,
      second,
      kinds: HIT_PARAM,
      confirm: (bytes: Buffer, at: number) => {
        // A Java array is read after a plain name only (`password:[…]`): JSON's arrays (`"tags":[`) are no candidates.
        if (second === OPEN_BRACKET && NAME_QUOTES_OR_APOSTROPHE.has(bytes[at - 1] ?? 0)) return 0;
        const keyEnd = printedKeyEnd(bytes, at);
        // The endings alone: the cookie names generated in parts (`SESS<hex>`, `ASPSESSIONID…`) are read after an `=`.
        if (endsWithSecretName(bytes, keyEnd - 1, endings) && namesPrintedCredential(bytes, keyEnd, names, at)) return HIT_PARAM;
        // An OAuth callback's query printed as an object (`{"code":"…","state":"…"}`): detection reads `code` only beside
        // a `state` (detect-line.ts `printsOAuthState`); other `code` keys are error codes.
        if (isPrintedCodeKey(bytes, keyEnd) && stateKeys.near(bytes, at)) return HIT_PARAM;
        // A name-and-value object's value: the name is the string before (`{"name":"sessionid","value":"…"}`), any
        // credential's, a cookie's too (detection's `findNamedValues` reads it).
        const nameEnd = namedValueNameEnd(bytes, keyEnd);
        return nameEnd !== -1 && endsWithSecretName(bytes, nameEnd - 1, endings) ? HIT_CONTEXT : 0;
      },
    })),
    {
      first: AT_SIGN,
      second: undefined,
      kinds: HIT_USERINFO,
      confirm: (bytes, at) => (endsUserinfoWithSecret(bytes, at) ? HIT_USERINFO : 0),
    },
    // A path ending in a token a server generated, under a word no table knows (find-path-tokens.ts): the search
    // itself keeps only the slashes that 24 token characters follow (most slashes, of dates and user agents, never
    // reach here).
    {
      first: SLASH,
      second: undefined,
      tokenRun: true,
      kinds: HIT_CONTEXT,
      confirm: (bytes, at) =>
        startsGeneratedPathEnd(bytes, at) ||
        startsShareLink(bytes, at) ||
        startsTrackerPasskey(bytes, at) ||
        isInRtmpUrl(bytes, at) ||
        startsProvisioningFolder(bytes, at)
          ? HIT_CONTEXT
          : 0,
    },
  ];
  const needlesByFirstByte: PrefilterNeedle[][] = [];
  for (const needle of needles) (needlesByFirstByte[needle.first] ??= []).push(needle);
  const startBlock = () => {
    jwtContinuation.forget();
    userQueries.forget();
    stateKeys.forget();
  };
  return { needlesByFirstByte, search: createByteSearch(needles), startBlock };
}

interface PrefilterLiteral {
  readonly literal: string;
  readonly kind: number;
  /** What the bytes after the literal must look like, checked from its end. */
  readonly continues?: (bytes: Uint8Array, end: number) => boolean;
  /** The kinds found when `continues` says no (none when unset). */
  readonly otherwise?: number;
  /** A class for the bytes that must follow a short literal (`undefined`: anything). */
  readonly next: string | undefined;
}

/** JWTs (`eyJ`), W3C `#Fields:` headers (which change how later lines are read) and provider token prefixes. */
function prefilterLiterals(continuesLikeJwt: (bytes: Uint8Array, end: number) => boolean = continuesLikeJwtOnce): PrefilterLiteral[] {
  const prefixes = providerTokenPrefixes().map(({ literal, next }: ProviderTokenPrefix) => ({
    literal,
    kind: HIT_PROVIDER,
    next: shortPrefixFollower(literal, next),
  }));
  return [
    // Not continuing like a JWT, `eyJ` starts a base64 JSON value (`header=eyJob3N0Ij…`), read for what it holds.
    { literal: 'eyJ', kind: HIT_JWT, otherwise: HIT_PARAM, next: undefined, continues: continuesLikeJwt },
    // Found by the `: ` of printed keys (a W3C directive's name is always followed by a space).
    { literal: '#Fields: ', kind: HIT_HEADER, next: undefined },
    ...prefixes,
    ...contextLiterals().map(({ literal, next }) => ({ literal, kind: HIT_CONTEXT, next })),
    // Login cookies, tickets and keys named by their beginning (`wordpress_logged_in_<hash>=`, `ticket_oferta=`,
    // `chave_parceiro=`), which the `=` needle's endings miss.
    ...[...SECRET_NAME_PREFIXES, ...TICKET_NAME_PREFIXES, ...KEY_NAME_PREFIXES].map((literal) => ({
      literal,
      kind: HIT_PARAM,
      next: undefined,
    })),
    // A statement's parameters given on a line of their own (Hibernate's binds, PostgreSQL's `DETAIL:  parameters:`).
    ...BIND_LINE_LITERALS.map((literal) => ({ literal, kind: HIT_CONTEXT, next: undefined })),
    // An insert whose values a framework wrote unquoted (find-sql-values.ts `generatedValueAt`).
    ...INSERT_VALUES_LITERALS.map((literal) => ({ literal, kind: HIT_PARAM, next: undefined })),
    // A URL in base64 standing alone (`"v": "aHR0cHM6Ly9…"`), which detection decodes and reads (`ENCODED_URLS`).
    { literal: BASE64_HTTP, kind: HIT_PARAM, next: undefined },
    // A whole request in base64 standing alone (Snort's `b64_data`: `ENCODED_REQUEST_STARTS`).
    ...ENCODED_REQUEST_STARTS.map((literal) => ({ literal, kind: HIT_PARAM, next: undefined })),
    // `=` percent-encoded twice or three times: URLs nested in parameters of URLs nested in parameters (detect-line.ts).
    { literal: '%253D', kind: HIT_PARAM, next: undefined },
    { literal: '%253d', kind: HIT_PARAM, next: undefined },
    { literal: '%25253D', kind: HIT_PARAM, next: undefined },
    { literal: '%25253d', kind: HIT_PARAM, next: undefined },
  ];
}

/**
 * A literal of at least 4 characters: a 2-character `SK` alone hits far too many lines. Short prefixes get the class
 * that must follow them; unknown followers default to a token character: every shape in the table continues with one.
 */
const MIN_PREFILTER_LITERAL = 4;

/** What every provider token continues with when its pattern does not say (`sk-` then an optional `proj-`, …). */
const TOKEN_CHARACTER_CLASS = '[A-Za-z0-9_-]';

function shortPrefixFollower(literal: string, next: string | undefined): string | undefined {
  return literal.length >= MIN_PREFILTER_LITERAL ? undefined : (next ?? TOKEN_CHARACTER_CLASS);
}

function prefixSource(literal: string, next: string | undefined): string {
  const padding = MIN_PREFILTER_LITERAL - literal.length;
  return escapeRegExp(literal) + (next === undefined ? '' : padding === 1 ? next : `${next}{${padding}}`);
}

/** Bytes of printable ASCII from rarest to most common, measured on the benchmark's mixed log (all formats). */
const BYTES_BY_RARITY = '#!*~?YVQ&JBN\\jUD=Iy;FOWXZzw+[]P_{}v%AqKRSLCHkEMgGbxfuhdT9nm7,c84-5plors63i/:a2.t 1e0"';

function rarity(char: string): number {
  const rank = BYTES_BY_RARITY.indexOf(char);
  return rank === -1 ? 0 : rank;
}

/**
 * Each literal is found by the two bytes starting at its rarest (the byte search reports only where both match), or
 * by its rarest byte alone where that byte is rare and the rarest of many literals: the search takes at most 24
 * needles, and `_` alone finds twenty provider prefixes. A literal that holds another literal's needle is found by
 * that one instead: its hits are reported anyway, and a pair of its own would be more (`xoxb-` by `xo` rather than
 * `b-`, which beside `/bot`'s `bo` made the kernel admit `b/`). Every hit of a one-byte needle comes back to
 * JavaScript to be confirmed, which is what a needle costs (the search itself is one pass whatever the needles).
 */
function literalNeedles(literals: readonly PrefilterLiteral[], searched: readonly string[]): LiteralNeedle[] {
  const groups = new Map<
    string,
    {
      first: number;
      second: number | undefined;
      kinds: number;
      byByteBefore: LiteralCheck[][];
      startingByByteAfter: LiteralCheck[][];
      whole: LiteralCheck[];
    }
  >();
  const pairsByRarestByte = new Map<string, Set<string>>();
  for (const { literal } of literals) {
    const pair = literal.slice(rarestIndex(literal, 0, literal.length - 1)).slice(0, 2);
    const rarestByte = literal[rarestIndex(literal, 0, literal.length)] ?? '';
    pairsByRarestByte.set(rarestByte, (pairsByRarestByte.get(rarestByte) ?? new Set()).add(pair));
  }
  // A literal that holds a searched needle (`: AUTH PLAI`, by `: `) is found by it: its own needle is never searched for.
  const ownNeedles = literals.map(({ literal }) =>
    searched.some((key) => literal.includes(key)) ? undefined : ownNeedle(literal, pairsByRarestByte),
  );
  for (const [index, { literal, kind, otherwise = 0, next, continues }] of literals.entries()) {
    const { offset, key } = sharedNeedle(literal, ownNeedles, index, searched);
    const group = groups.get(key) ?? {
      first: key.charCodeAt(0),
      second: key.length === 1 ? undefined : key.charCodeAt(1),
      kinds: 0,
      byByteBefore: [],
      startingByByteAfter: [],
      whole: [],
    };
    groups.set(key, group);
    group.kinds |= kind | otherwise;
    const check: LiteralCheck = {
      bytes: Buffer.from(literal, 'latin1'),
      kind,
      otherwise,
      continues,
      needleOffset: offset,
      followers: next === undefined ? 0 : MIN_PREFILTER_LITERAL - literal.length,
      follower: byteClass(next),
    };
    if (offset !== 0) (group.byByteBefore[literal.charCodeAt(offset - 1)] ??= []).push(check);
    else if (literal.length === key.length) group.whole.push(check);
    else (group.startingByByteAfter[literal.charCodeAt(key.length)] ??= []).push(check);
  }
  return [...groups.values()];
}

interface NeedleChoice {
  /** Where the needle starts in the literal. */
  readonly offset: number;
  /** The needle's bytes: one, or two. */
  readonly key: string;
}

/** The needle a literal would have alone: its rarest byte (see `literalNeedles`), or the pair starting at its rarest. */
function ownNeedle(literal: string, pairsByRarestByte: ReadonlyMap<string, ReadonlySet<string>>): NeedleChoice {
  const rarest = rarestIndex(literal, 0, literal.length);
  const pairs = pairsByRarestByte.get(literal[rarest] ?? '')?.size ?? 0;
  const single = rarity(literal[rarest] ?? '') <= MAX_SINGLE_BYTE_NEEDLE_RARITY && pairs >= MIN_PAIRS_PER_SINGLE_BYTE_NEEDLE;
  const offset = single ? rarest : rarestIndex(literal, 0, literal.length - 1);
  return { offset, key: literal.slice(offset, single ? offset + 1 : offset + 2) };
}

/**
 * A needle the search has anyway (`searched`: the parameters' `3D`, which also finds `%253D`) that the literal holds,
 * else its own needle when another literal has it too, else the needle of another literal that it holds (the one
 * starting with the rarest byte), else its own. Chosen among the literals' own needles only, so that every needle kept
 * is one the search would have had anyway: sharing never adds a needle.
 */
function sharedNeedle(
  literal: string,
  ownNeedles: readonly (NeedleChoice | undefined)[],
  index: number,
  searched: readonly string[],
): NeedleChoice {
  const fixed = searched.find((key) => literal.includes(key));
  if (fixed !== undefined) return { offset: literal.indexOf(fixed), key: fixed };
  const own = ownNeedles[index] ?? { offset: 0, key: literal.slice(0, 2) };
  const others = new Set(ownNeedles.flatMap((choice, other) => (other === index || choice === undefined ? [] : [choice.key])));
  if (others.has(own.key)) return own;
  let best: NeedleChoice | undefined;
  for (const key of others) {
    const offset = literal.indexOf(key);
    if (offset === -1 || (best !== undefined && rarity(key[0] ?? '') >= rarity(best.key[0] ?? ''))) continue;
    best = { offset, key };
  }
  return best ?? own;
}

/** Bytes at most as common as `_` (~0.3% of log bytes). */
const MAX_SINGLE_BYTE_NEEDLE_RARITY = rarity('_');
/**
 * A rare byte becomes a needle alone when its literals would need this many distinct pairs: the kernel admits every
 * pairing of the second bytes' nibbles, so many pairs after one byte cost about what the byte alone does. Counted in
 * pairs, not literals: the four `(S(`, `(F(` forms of ASP.NET's cookieless paths are three pairs, and `(` alone (in
 * every user agent) would hit every access-log line.
 */
const MIN_PAIRS_PER_SINGLE_BYTE_NEEDLE = 8;

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

/** The trie's alphabet: `a`–`z` then `0`–`9`, all a normalized parameter name can hold. */
const SYMBOLS = 36;
const LOWER_A = 0x61;
const DIGIT_0 = 0x30;

/** A byte's symbol in the trie (letters of either case), or -1. */
function symbolOf(byte: number): number {
  const letter = (byte | 0x20) - LOWER_A;
  if (letter >= 0 && letter < 26) return letter;
  const digit = byte - DIGIT_0;
  return digit >= 0 && digit < 10 ? 26 + digit : -1;
}

/**
 * Normalized names `findUrlParams` can read: letters and digits, at least one. (An empty one, from a configured
 * name of only separators, would otherwise end every name and swallow the rest in `minimalEndings`.)
 */
function readableEndings(endings: readonly string[]): string[] {
  return endings.filter((ending) => /^[a-z0-9]+$/.test(ending));
}

function endingTrie(endings: readonly string[]): EndingTrie {
  const children: number[] = new Array<number>(SYMBOLS).fill(0);
  const terminal: number[] = [0];
  for (const ending of endings) {
    let node = 0;
    for (let index = ending.length - 1; index >= 0; index -= 1) {
      const slot = node * SYMBOLS + symbolOf(ending.charCodeAt(index));
      if (children[slot] === 0) {
        children[slot] = terminal.length;
        terminal.push(0);
        children.push(...new Array<number>(SYMBOLS).fill(0));
      }
      node = children[slot] ?? 0;
    }
    terminal[node] = 1;
  }
  return { children: Int32Array.from(children), terminal: Uint8Array.from(terminal) };
}

/**
 * Whether the bytes ending at `last` end in a secret-parameter name ending, read as `normalizeParamName` reads names:
 * any case, with the `-`, `_`, `.`, `[`, `]` it drops anywhere (`session_id`, `token_`, `auth[token]`), brackets
 * also percent-encoded (`auth%5Btoken%5D`).
 */
function endsWithSecretName(bytes: Buffer, last: number, trie: EndingTrie): boolean {
  let node = 0;
  for (let index = skipDroppedBytes(bytes, last); index >= 0; index = skipDroppedBytes(bytes, index - 1)) {
    const symbol = symbolOf(bytes[index] ?? 0);
    if (symbol === -1) return false;
    node = trie.children[node * SYMBOLS + symbol] ?? 0;
    if (node === 0) return false;
    if (trie.terminal[node] === 1) return true;
  }
  return false;
}

/**
 * Where a name ending at `last` ends without the word naming its value's encoding (`B2_CREDS_B64`, `tokenBase64`:
 * param-names.ts `ENCODING_WORDS`), or -1 when it ends in none.
 */
function beforeEncodingWord(bytes: Buffer, last: number): number {
  // Every encoding word ends in `4` (`b64`, `base64`): most names end in a letter.
  if (bytes[last] !== DIGIT_FOUR) return -1;
  for (const word of ENCODING_WORD_BYTES) {
    const start = last - word.length + 1;
    if (start > 0 && word.every((byte, index) => ((bytes[start + index] ?? 0) | LOWER_CASE_BIT) === byte)) return start - 1;
  }
  return -1;
}

const ENCODING_WORD_BYTES = ENCODING_WORDS.map((word) => [...Buffer.from(word, 'latin1')]);
const DIGIT_FOUR = 0x34;
if (ENCODING_WORDS.some((word) => !word.endsWith('4'))) throw new Error('An encoding word that does not end in 4 is never looked for.');

/** Drupal's `SESS<32 hex>` and `SSESS<32 hex>` cookie names, which no ending names (`HASHED_SESSION`), in any case. */
function endsWithHashedSessionName(bytes: Buffer, last: number): boolean {
  return endsWithGeneratedName(bytes, last, HASHED_SESSION.prefix, HASHED_SESSION.hexDigits, isHexDigit);
}

/** Classic ASP's `ASPSESSIONID<8 letters>` cookie (`ASP_SESSION`), in any case. */
function endsWithAspSessionName(bytes: Buffer, last: number): boolean {
  return endsWithGeneratedName(bytes, last, ASP_SESSION.prefix, ASP_SESSION.letters, isLetter);
}

/** A name of a lower-case `prefix` (in any case), then `length` bytes that `isPart` accepts, ending at `last`. */
function endsWithGeneratedName(bytes: Buffer, last: number, prefix: string, length: number, isPart: (byte: number) => boolean): boolean {
  const partStart = last - length + 1;
  if (partStart < prefix.length) return false;
  for (let index = last; index >= partStart; index -= 1) if (!isPart(bytes[index] ?? 0)) return false;
  for (let index = 0; index < prefix.length; index += 1)
    if (((bytes[partStart - prefix.length + index] ?? 0) | LOWER_CASE_BIT) !== prefix.charCodeAt(index)) return false;
  return true;
}

/**
 * Nextcloud's `oc<instanceid>` session cookie (`INSTANCE_SESSION_NAME`): 12 bytes starting `oc`, read as text only
 * when those two match, since every `=` asks.
 */
function endsWithInstanceSessionName(bytes: Buffer, last: number): boolean {
  const start = last - INSTANCE_SESSION_LENGTH + 1;
  if (start < 0 || bytes[start] !== 0x6f || bytes[start + 1] !== 0x63 || isPlainNameByte(bytes[start - 1] ?? 0)) return false;
  return INSTANCE_SESSION_NAME.test(bytes.toString('latin1', start, last + 1));
}

const INSTANCE_SESSION_LENGTH = 12;

/**
 * A session id's name with its instance (`isSessionIdWithInstance`: `DOLSESSID_<md5>`, `sessionid-WCWKE`): the name is
 * read as text only when `id` and a `_` or `-` stand before a run of letters and digits, since every `=` asks.
 */
function endsWithSessionIdWithInstance(bytes: Buffer, last: number): boolean {
  let start = last;
  while (start > 0 && last - start < MAX_INSTANCE_PART && isAlphanumeric(bytes[start - 1] ?? 0)) start -= 1;
  const separator = bytes[start - 1];
  if ((separator !== UNDERSCORE && separator !== HYPHEN) || ((bytes[start - 2] ?? 0) | LOWER_CASE_BIT) !== 0x64) return false;
  const nameStart = Math.max(0, start - MAX_SESSION_ID_NAME);
  return isSessionIdWithInstance(bytes.toString('latin1', nameStart, last + 1));
}

const MAX_INSTANCE_PART = 64;
/** `session_id`, the `_` or `-` after it, and the last byte of what comes before (a name or a separator). */
const MAX_SESSION_ID_NAME = 12;

function isAlphanumeric(byte: number): boolean {
  const lower = byte | LOWER_CASE_BIT;
  return (lower >= 0x61 && lower <= 0x7a) || (byte >= 0x30 && byte <= 0x39);
}

/** A hex digit in either case: normalized names (`HASHED_SESSION_NAME`) are matched in lower case. */
function isHexDigit(byte: number): boolean {
  const lower = byte | LOWER_CASE_BIT;
  return (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x66);
}

/** The last index at or before `index` that is not a byte (or `%5B`, `%5D`) that normalized names drop. */
function skipDroppedBytes(bytes: Buffer, index: number): number {
  let at = index;
  for (;;) {
    const byte = bytes[at] ?? 0;
    if (at >= 0 && DROPPED_IN_NAMES[byte] === 1) at -= 1;
    // Only a name's letter can end `%5B`/`%5D`: most bytes are let through by the table lookup.
    else if (at >= 2 && ENCODED_BRACKET_LAST[byte] === 1 && isEncodedBracket(bytes[at - 2] ?? 0, bytes[at - 1] ?? 0, byte)) at -= 3;
    else return at;
  }
}

/** Tables rather than sets: every byte of every name the search's hits end is looked up here (the hot path). */
const DROPPED_IN_NAMES = byteSet(/[-_.[\]]/);
const ENCODED_BRACKET_LAST = byteSet(/[BbDd]/);

/**
 * Whether the key ending at `keyEnd` (letters, digits, `_`, `-`, `.`) names a credential whatever its value, or a
 * password or a ticket under a word that is also another (`parola`, `tikiti`): not a name the parameter table reads
 * only with a secret-shaped value that JSON logs are full of (`code`, `key`, `sid`, `session`).
 */
function namesPrintedCredential(bytes: Buffer, keyEnd: number, names: NameClassification, colon: number): boolean {
  const start = plainNameStart(bytes, keyEnd);
  const label = labelStart(bytes, start);
  return (
    (label < start && namesCredential(names.classify(bytes.toString('latin1', label, keyEnd)), bytes, colon)) ||
    namesCredential(names.classify(bytes.toString('latin1', start, keyEnd)), bytes, colon)
  );
}

/**
 * Where a label of a few words ending in the name at `start` begins (`Secret Key` of `Secret Key   : …`, as a CLI
 * prints its fields): its words are parted by one space each. `start` when no word comes before. Any words: detection
 * (find-quoted-pairs.ts `LINE_PAIR`) reads only capitalized ones, a few more candidates cost little.
 */
function labelStart(bytes: Buffer, start: number): number {
  let label = start;
  for (let words = 1; words < MAX_LABEL_WORDS && bytes[label - 1] === SPACE && isPlainNameByte(bytes[label - 2] ?? SPACE); words += 1)
    label = plainNameStart(bytes, label - 1);
  return label;
}

/** `findLinePair`'s labels: a name and up to three more words. */
const MAX_LABEL_WORDS = 4;

/** Whether a name's table entry makes its printed value a candidate (see `namesPrintedCredential`). */
function namesCredential(entry: SecretParamName | undefined, bytes: Buffer, colon: number): boolean {
  if (entry === undefined) return false;
  if (!entry.needsSecretValue || entry.kind === 'password' || entry.kind === 'ticket') return true;
  // A key a name may only suggest (`'NKANYI_KHIYA': '…'`, `"api_kilit": "…"`): detection reads it with a generated value
  // (`holdsGeneratedKey`), so a value that starts like one passes.
  return entry.kind === 'api-key' && startsGeneratedPrintedValue(bytes, colon + 1);
}

/** Whether a printed value after `from` (past a space and its opening quote) starts like a generated key or hex. */
function startsGeneratedPrintedValue(bytes: Buffer, from: number): boolean {
  let start = from;
  while (start < from + MAX_PRINTED_VALUE_OPENING && VALUE_OPENING_BYTE[bytes[start] ?? 0] === 1) start += 1;
  return generatedRunEnd(bytes, start, GENERATED_VALUE_MIN_LENGTH) !== -1 || startsHexRun(bytes, start);
}

/** A space, a quote and an escape at most: `: "`, `: \"`. */
const MAX_PRINTED_VALUE_OPENING = 3;
const VALUE_OPENING_BYTE = byteSet(/[ "'\\]/);

/**
 * Where the string before a `"value"` key ending at `keyEnd` ends (before its closing quote), when the key is `value`
 * (any case) and a `,` alone parts the two: the name of a name-and-value object (`{"name":"sid","value":"…"}`, a
 * WebDriver or Puppeteer cookie, an ECS task's environment). -1 otherwise.
 */
function namedValueNameEnd(bytes: Buffer, keyEnd: number): number {
  const keyStart = keyEnd - VALUE_KEY.length;
  if (keyStart < 2) return -1;
  for (let index = 0; index < VALUE_KEY.length; index += 1)
    if (((bytes[keyStart + index] ?? 0) | LOWER_CASE_BIT) !== VALUE_KEY[index]) return -1;
  let at = keyStart - 1;
  if (bytes[at] !== QUOTE && bytes[at] !== APOSTROPHE) return -1;
  at -= bytes[at - 1] === BACKSLASH ? 2 : 1;
  while (bytes[at] === SPACE) at -= 1;
  if (bytes[at] !== COMMA) return -1;
  at -= 1;
  while (bytes[at] === SPACE) at -= 1;
  if (bytes[at] !== QUOTE && bytes[at] !== APOSTROPHE) return -1;
  return bytes[at - 1] === BACKSLASH ? at - 1 : at;
}

const VALUE_KEY = Buffer.from('value', 'latin1');
const COMMA = 0x2c;

/**
 * Where the key before a printed `:` at `colon` ends: before its closing quote, and the `\\` escaping that; before the
 * spaces that align a label's colon with the others' (`Secret Key   : …`, PowerShell's `ClientSecret : …`).
 */
function printedKeyEnd(bytes: Buffer, colon: number): number {
  if (bytes[colon - 1] === SPACE) {
    let end = colon - 1;
    while (end > 0 && colon - end <= MAX_ALIGNING_SPACES && bytes[end - 1] === SPACE) end -= 1;
    return end;
  }
  if (bytes[colon - 1] !== QUOTE && bytes[colon - 1] !== APOSTROPHE) return colon;
  return bytes[colon - 2] === BACKSLASH ? colon - 2 : colon - 1;
}

/** Labels are aligned to the longest of a list: a few dozen spaces at most. */
const MAX_ALIGNING_SPACES = 32;

/** Whether a printed `code` key ends at `keyEnd`: quoted (its closing quote), or as util.inspect writes a key (`{ code: `). */
function isPrintedCodeKey(bytes: Buffer, keyEnd: number): boolean {
  const start = keyEnd - CODE_KEY.length;
  const printed = NAME_QUOTES_OR_APOSTROPHE.has(bytes[start - 1] ?? 0) || isInspectedKey(bytes, start, keyEnd);
  return printed && bytes.toString('latin1', start, keyEnd) === CODE_KEY;
}

/** A key util.inspect writes unquoted, after `{ ` or `, ` and before its `:` (`{ code: '…', state: '…' }`). */
function isInspectedKey(bytes: Uint8Array, start: number, end: number): boolean {
  return bytes[start - 1] === SPACE && bytes[end] === COLON && (bytes[start - 2] === OPEN_BRACE || bytes[start - 2] === COMMA);
}

/**
 * The printed `state` keys of a block (`"state":`, `'state', `, `{ state: `), found in one pass when the block's first `code` key
 * asks: whether one is on the same line within `STATE_KEY_REACH` bytes of a hit, so that a block full of `code` keys costs
 * its length once.
 */
class StateKeys {
  private bytes: Uint8Array | undefined;
  private positions: number[] = [];

  readonly near = (bytes: Buffer, at: number): boolean => {
    if (bytes !== this.bytes) this.read(bytes);
    let after = 0;
    let high = this.positions.length;
    while (after < high) {
      const middle = (after + high) >> 1;
      if ((this.positions[middle] ?? 0) <= at) after = middle + 1;
      else high = middle;
    }
    // The nearest key on either side: if the line holds one, one of these two is on it.
    return [this.positions[after - 1], this.positions[after]].some(
      (found) =>
        found !== undefined &&
        Math.abs(found - at) <= STATE_KEY_REACH &&
        !hasNewlineBetween(bytes, Math.min(found, at), Math.max(found, at)),
    );
  };

  forget(): void {
    this.bytes = undefined;
  }

  private read(bytes: Buffer): void {
    this.bytes = bytes;
    this.positions = [];
    for (let found = bytes.indexOf(STATE_KEY, 0, 'latin1'); found !== -1; found = bytes.indexOf(STATE_KEY, found + 1, 'latin1')) {
      const quote = bytes[found - 1] ?? 0;
      const end = found + STATE_KEY.length;
      if ((NAME_QUOTES_OR_APOSTROPHE.has(quote) && bytes[end] === quote) || isInspectedKey(bytes, found, end)) this.positions.push(found);
    }
  }
}

function hasNewlineBetween(bytes: Buffer, from: number, to: number): boolean {
  return bytes.subarray(from, to).includes(NEWLINE);
}

const CODE_KEY = 'code';
const STATE_KEY = 'state';
const STATE_KEY_REACH = 1024;

/**
 * Whether the `@` at `at` may end the user info of `scheme://user:password@` (a `:` between it and the `://` before)
 * or of `scheme://<token>@` (a user name that is a generated token), with none of the bytes that end a URL's user info
 * (whitespace, quotes, `/?#@<>\\`) in between. The detection patterns (`USERINFO`, `USERINFO_TOKEN` in detect-line.ts)
 * need this and more.
 */
function endsUserinfoWithSecret(bytes: Buffer, at: number): boolean {
  let colon = false;
  for (let index = at - 1; index >= 2 && at - index <= MAX_USERINFO; index -= 1) {
    const byte = bytes[index] ?? 0;
    if (byte === SLASH) {
      if (bytes[index - 1] !== SLASH || bytes[index - 2] !== COLON) return false;
      // No password: the user name itself may be a token (`https://<token>@host`, detect-line.ts `isUserinfoToken`).
      return colon || isUserinfoToken(bytes.toString('latin1', index + 1, at), schemeBefore(bytes, index - 2));
    }
    if (USERINFO_END[byte] === 1) return false;
    if (byte === COLON) colon = true;
  }
  return false;
}

/** The scheme whose `:` is at `colon` (its letters read back, at most 32). */
function schemeBefore(bytes: Buffer, colon: number): string {
  let start = colon;
  while (start > 0 && colon - start < MAX_SCHEME && SCHEME_BYTE[bytes[start - 1] ?? 0] === 1) start -= 1;
  return bytes.toString('latin1', start, colon);
}

const MAX_SCHEME = 32;
const SCHEME_BYTE = byteSet(/[A-Za-z0-9+.-]/);

/**
 * Whether the `/` at `at` starts a last path segment `looksGeneratedSegment` may take: `GENERATED_SEGMENT_MIN_LENGTH` or
 * more base64url bytes up to a byte that ends a path, with small letters, digits and capitals side by side
 * (`generatedRunEnd`).
 */
function startsGeneratedPathEnd(bytes: Buffer, at: number): boolean {
  const end = generatedRunEnd(bytes, at + 1, GENERATED_SEGMENT_MIN_LENGTH);
  return end !== -1 && (end >= bytes.length || PATH_END_BYTE[bytes[end] ?? 0] === 1);
}

/**
 * Whether the `/` at `at` starts a share link's one-letter route and its token (`/s/<15 characters>`, find-path-tokens.ts
 * `shareLinkTokens`): a route `SHORT_ROUTE_SHARE_LINKS` knows, then 15 to 20 letters and digits up to a path's end.
 */
function startsShareLink(bytes: Buffer, at: number): boolean {
  if (bytes[at + 2] !== SLASH || !SHARE_LINK_ROUTE_BYTES.has(bytes[at + 1] ?? 0)) return false;
  const { min, max } = SHARE_LINK_TOKEN_LENGTH;
  let end = at + 3;
  while (end < bytes.length && end - at - 3 <= max && ALPHANUMERIC[bytes[end] ?? 0] === 1) end += 1;
  const length = end - at - 3;
  return length >= min && length <= max && (end >= bytes.length || PATH_END_BYTE[bytes[end] ?? 0] === 1);
}

/**
 * Whether the `/` at `at` starts a tracker's passkey beside `/announce` (find-path-tokens.ts `trackerPasskeys`): one of
 * `TRACKER_PASSKEY`'s lengths of hex digits, then its route (`/announce`), or after it.
 */
function startsTrackerPasskey(bytes: Buffer, at: number): boolean {
  let end = at + 1;
  while (end < bytes.length && HEX_DIGIT[bytes[end] ?? 0] === 1) end += 1;
  if (!TRACKER_PASSKEY.lengths.includes(end - at - 1)) return false;
  return (
    bytes.toString('latin1', end, end + ANNOUNCE.length) === ANNOUNCE || bytes.toString('latin1', at - ANNOUNCE.length, at) === ANNOUNCE
  );
}

const ANNOUNCE = TRACKER_PASSKEY.route;

/** Whether the `/` at `at` starts a phone's provisioning folder and the file after it (`PROVISIONING_FOLDER`). */
function startsProvisioningFolder(bytes: Buffer, at: number): boolean {
  // Most token runs after a slash end a path: only one followed by another `/` is read as text.
  let end = at + 1;
  while (end < bytes.length && end - at <= MAX_PROVISIONING_PATH && TOKEN_CHARACTER[bytes[end] ?? 0] === 1) end += 1;
  if (bytes[end] !== SLASH) return false;
  PROVISIONING_FOLDER_AT.lastIndex = 0;
  return PROVISIONING_FOLDER_AT.test(bytes.toString('latin1', at, at + MAX_PROVISIONING_PATH));
}

const PROVISIONING_FOLDER_AT = new RegExp(PROVISIONING_FOLDER.pattern, 'y');
/** The folder, a `/`, `cfg` or `spa`, the MAC, `-phone`, the extension: what the pattern can read. */
const MAX_PROVISIONING_PATH = 96;

const SHARE_LINK_ROUTE_BYTES: ReadonlySet<number> = new Set(Object.keys(SHORT_ROUTE_SHARE_LINKS).map((route) => route.charCodeAt(0)));
const ALPHANUMERIC = byteSet(/[A-Za-z0-9]/);
// The search keeps a one-letter route's `/` only where SHORT_ROUTE_TOKEN_LENGTH token characters follow.
if (SHORT_ROUTE_TOKEN_LENGTH > SHARE_LINK_TOKEN_LENGTH.min) throw new Error('A share-link token is shorter than the byte search checks.');

/** Whether the `/` at `at` is in an `rtmp://` or `rtmps://` URL (a stream key may follow: `RTMP_STREAM_KEY`). */
function isInRtmpUrl(bytes: Buffer, at: number): boolean {
  for (let index = at - 1; index >= 0 && at - index <= MAX_RTMP_URL_BEFORE_KEY; index -= 1) {
    const byte = bytes[index] ?? 0;
    if (byte === SPACE || byte === QUOTE || byte === APOSTROPHE || byte === NEWLINE) return false;
    // The scheme's colon, not a port's (`rtmps://host:443/live/<key>`).
    if (byte === COLON) {
      const scheme = bytes.toString('latin1', Math.max(0, index - RTMPS.length), index);
      if (scheme.endsWith(RTMP_STREAM_KEY.scheme) || scheme === RTMPS) return true;
    }
  }
  return false;
}

const MAX_RTMP_URL_BEFORE_KEY = 256;
const RTMPS = `${RTMP_STREAM_KEY.scheme}s`;

/**
 * Whether a URL query's parameter or a cookie's name ends at `nameEnd` (its `=` or `%3D`; after `?` or `&`, as written
 * or percent-encoded, or a cookie's separator) and a value `looksGeneratedValue` (or in a cookie `looksGeneratedHex` or
 * `looksGeneratedSessionKey`) may take starts at `valueStart`,
 * whatever the name: detection reads such values under names no table knows. The value is measured first: most are short.
 */
function startsGeneratedQueryValue(bytes: Buffer, nameEnd: number, valueStart: number): boolean {
  const generated = generatedRunEnd(bytes, valueStart, GENERATED_VALUE_MIN_LENGTH) !== -1;
  if (!generated && !startsHexRun(bytes, valueStart) && !startsSessionKeyRun(bytes, valueStart)) return false;
  let start = nameEnd;
  while (start > 0 && nameEnd - start < MAX_QUERY_NAME && QUERY_NAME_BYTE[bytes[start - 1] ?? 0] === 1) start -= 1;
  const separator = bytes[start - 1];
  // `%3F` or `%26` glued to the name by the walk back (a query nested in another URL's parameter).
  const encodedInQuery = separator === PERCENT && startsEncodedQuerySeparator(bytes, start);
  if (encodedInQuery) start += 2;
  // Hex and one-case session keys count in a cookie only (detection's `unknownNameEntry`): no query's candidates.
  const inQuery = encodedInQuery || separator === QUESTION_MARK || separator === AMPERSAND;
  if (inQuery ? !generated : !separatesCookies(bytes, start - 1) && !precedesCookieAttributeAfter(bytes, valueStart)) return false;
  return start < nameEnd && mayNameUnknownCredential(bytes.toString('latin1', start, nameEnd));
}

/** A cookie's separator, as detection's `pairPlace` reads one: `;`, `; `, or the end of a cookie header's name. */
function separatesCookies(bytes: Buffer, anchor: number): boolean {
  if (bytes[anchor] === SEMICOLON || (bytes[anchor] === SPACE && bytes[anchor - 1] === SEMICOLON)) return true;
  return anchor >= 0 && endsInCookieHeader(bytes.toString('latin1', Math.max(0, anchor - COOKIE_HEADER_REACH), anchor + 1));
}

/**
 * Whether the value starting at `valueStart` is followed by a cookie's attribute (detection's `precedesCookieAttribute`):
 * read up to `MAX_COOKIE_VALUE` bytes of a cookie's value (RFC 6265's cookie-octets but for `%`-escapes' and base64's).
 */
function precedesCookieAttributeAfter(bytes: Buffer, valueStart: number): boolean {
  let end = valueStart;
  while (end < bytes.length && end - valueStart < MAX_COOKIE_VALUE && COOKIE_VALUE_BYTE[bytes[end] ?? 0] === 1) end += 1;
  return precedesCookieAttribute(bytes.toString('latin1', end, end + COOKIE_ATTRIBUTE_REACH), 0);
}

/** Longer than a Laravel encrypted session cookie (about 350 bytes), shorter than a browser's 4 KB limit. */
const MAX_COOKIE_VALUE = 1024;
const COOKIE_VALUE_BYTE = byteSet(/[A-Za-z0-9+/=_%.~!*-]/);

/** Whether `GENERATED_HEX_MIN_LENGTH` hex digits start at `from` (a value `looksGeneratedHex` may take). */
function startsHexRun(bytes: Buffer, from: number): boolean {
  return startsRunOf(bytes, from, GENERATED_HEX_MIN_LENGTH, HEX_DIGIT);
}

/** Whether `GENERATED_SESSION_KEY_MIN_LENGTH` small letters and digits start at `from` (`looksGeneratedSessionKey`'s). */
function startsSessionKeyRun(bytes: Buffer, from: number): boolean {
  return startsRunOf(bytes, from, GENERATED_SESSION_KEY_MIN_LENGTH, SESSION_KEY_BYTE);
}

function startsRunOf(bytes: Buffer, from: number, length: number, set: Uint8Array): boolean {
  for (let at = from; at < from + length; at += 1) if (set[bytes[at] ?? 0] !== 1) return false;
  return true;
}

const HEX_DIGIT = byteSet(/[0-9A-Fa-f]/);
const SESSION_KEY_BYTE = byteSet(/[0-9a-z]/);

function startsEncodedQuerySeparator(bytes: Buffer, at: number): boolean {
  const second = bytes[at + 1] ?? 0;
  return bytes[at] === DIGIT_3 ? (second | LOWER_CASE_BIT) === LOWER_F : bytes[at] === DIGIT_2 && second === DIGIT_6;
}

const MAX_QUERY_NAME = 64;
const QUERY_NAME_BYTE = byteSet(/[A-Za-z0-9_.[\]-]/);

/**
 * The end of the run of token bytes from `from` when it is `minLength` long or more, with small letters, digits and
 * capitals side by side (`GENERATED_SEGMENT_MIN_ADJACENT_CAPITALS`): what a generated value's test asks; -1 otherwise.
 */
function generatedRunEnd(bytes: Buffer, from: number, minLength: number): number {
  let adjacentCapitals = 0;
  let small = false;
  let digit = false;
  let end = from;
  for (let byte = bytes[end] ?? 0; TOKEN_CHARACTER[byte] === 1; byte = bytes[end] ?? 0) {
    if (isCapital(byte) && isCapital(bytes[end + 1] ?? 0)) adjacentCapitals += 1;
    small ||= byte >= 0x61 && byte <= 0x7a;
    digit ||= byte >= 0x30 && byte <= 0x39;
    end += 1;
  }
  return end - from >= minLength && adjacentCapitals >= GENERATED_SEGMENT_MIN_ADJACENT_CAPITALS && small && digit ? end : -1;
}

// The search keeps a `/` only where TOKEN_RUN_LENGTH token characters follow: no shorter generated segment may count.
if (GENERATED_SEGMENT_MIN_LENGTH < TOKEN_RUN_LENGTH) throw new Error('A generated segment is shorter than the byte search checks.');

const isCapital = (byte: number) => byte >= 0x41 && byte <= 0x5a;
/** Bytes after which find-path-tokens.ts may see a token's segment end (its lookahead: a path's end, punctuation, `/`, `.`). */
const PATH_END_BYTE = byteSet(/[\s"'?#),;<>\]}\\|.:!/]/);

/** A user name and password of the longest lengths the detection pattern reads, with their `:`. */
const MAX_USERINFO = USERINFO_LIMITS.user + 1 + USERINFO_LIMITS.password;
const USERINFO_END = byteSet(new RegExp(`[${USERINFO_ENDS}]`));

/** The bytes a one-character class matches, as a table. */
function byteSet(characterClass: RegExp): Uint8Array {
  return Uint8Array.from({ length: 256 }, (_, byte) => (characterClass.test(String.fromCharCode(byte)) ? 1 : 0));
}

/**
 * The kinds of the needle's literals found around `at` (0: none). Compared by hand: `Buffer#compare` is a native
 * call whose checks cost more than these few bytes.
 */
function literalKindsAt(bytes: Buffer, at: number, needle: LiteralNeedle): number {
  const before = at === 0 ? undefined : needle.byByteBefore[bytes[at - 1] ?? 0];
  const after = needle.startingByByteAfter[bytes[at + (needle.second === undefined ? 1 : 2)] ?? 0];
  return (
    (before === undefined ? 0 : kindsMatching(bytes, at, before)) |
    (after === undefined ? 0 : kindsMatching(bytes, at, after)) |
    kindsMatching(bytes, at, needle.whole)
  );
}

function kindsMatching(bytes: Buffer, at: number, literals: readonly LiteralCheck[]): number {
  let kinds = 0;
  for (const check of literals) kinds |= kindsAt(bytes, at, check);
  return kinds;
}

function kindsAt(bytes: Buffer, at: number, check: LiteralCheck): number {
  const start = at - check.needleOffset;
  const end = start + check.bytes.length;
  if (start < 0 || end + check.followers > bytes.length) return 0;
  for (let index = 0; index < check.bytes.length; index += 1) if (bytes[start + index] !== check.bytes[index]) return 0;
  for (let index = end; index < end + check.followers; index += 1) if (check.follower[bytes[index] ?? 0] !== 1) return 0;
  return check.continues === undefined || check.continues(bytes, end) ? check.kind : check.otherwise;
}

/**
 * Whether the `=` at `at` is a query's `p=` with a `u=` in the same query (`USER_PASSWORD_QUERY`: InfluxDB 1.x, the
 * Subsonic API). The run of bytes around a hit up to whitespace or a quote (at most `MAX_QUERY_REACH` either side) is
 * searched once and remembered for the hits inside it: a line of `&p=` repeated is read a bounded number of times per
 * byte, not once per hit. Call `forget` before reading a buffer whose bytes may have changed.
 */
class UserQueries {
  private bytes: Uint8Array | undefined;
  private start = 0;
  private end = -1;
  private hasUser = false;

  readonly check = (bytes: Buffer, at: number): boolean => {
    if (bytes[at - 1] !== USER_PASSWORD.password || (bytes[at - 2] !== AMPERSAND && bytes[at - 2] !== QUESTION_MARK)) return false;
    if (bytes !== this.bytes || at < this.start || at >= this.end) this.read(bytes, at);
    return this.hasUser;
  };

  forget(): void {
    this.bytes = undefined;
  }

  private read(bytes: Buffer, at: number): void {
    let start = at;
    while (start > 0 && at - start < MAX_QUERY_REACH && ENDS_QUERY_RUN[bytes[start - 1] ?? 0] !== 1) start -= 1;
    let end = at;
    while (end < bytes.length && end - at < MAX_QUERY_REACH && ENDS_QUERY_RUN[bytes[end] ?? 0] !== 1) end += 1;
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.hasUser = false;
    for (let index = start; index + 2 < end && !this.hasUser; index += 1)
      this.hasUser =
        (bytes[index] === AMPERSAND || bytes[index] === QUESTION_MARK) &&
        bytes[index + 1] === USER_PASSWORD.user &&
        bytes[index + 2] === EQUALS;
  }
}

const USER_PASSWORD = { user: USER_PASSWORD_QUERY.user.charCodeAt(0), password: USER_PASSWORD_QUERY.password.charCodeAt(0) };
const MAX_QUERY_REACH = USER_PASSWORD_QUERY.reach;
const ENDS_QUERY_RUN = byteSet(/[\s"'<>]/);

/**
 * Whether a JSON object starts at `at`, as written, percent-encoded or in hex (`{"`, `%7B%22`, `7b22`): a value detection reads
 * for the credentials it holds, whatever the parameter's name (graphql-ws `connectionParams`, a `headers` object).
 */
function startsJsonObject(bytes: Buffer, at: number): boolean {
  if (bytes[at] === OPEN_BRACE) return bytes[at + 1] === QUOTE;
  // `7b22`, `{"` in hex (detection's `mayBeHexJson`).
  if (bytes[at] === DIGIT_7)
    return ((bytes[at + 1] ?? 0) | LOWER_CASE_BIT) === LOWER_B && bytes[at + 2] === DIGIT_2 && bytes[at + 3] === DIGIT_2;
  return (
    bytes[at] === PERCENT &&
    bytes[at + 1] === DIGIT_7 &&
    ((bytes[at + 2] ?? 0) | LOWER_CASE_BIT) === LOWER_B &&
    bytes[at + 3] === PERCENT &&
    bytes[at + 4] === DIGIT_2 &&
    bytes[at + 5] === DIGIT_2
  );
}

/** Whether a value starts as an encoded URL does (`aHR0c`, `http` in base64): detection decodes it and reads it. */
function startsEncodedUrl(bytes: Buffer, at: number): boolean {
  return ENCODED_URL_STARTS.some((start) => start.every((byte, offset) => bytes[at + offset] === byte));
}

const ENCODED_URL_STARTS = ENCODED_URLS.map(({ start }) => [...Buffer.from(start, 'latin1')]);

const OPEN_BRACE = 0x7b;
const DIGIT_2 = 0x32;
const DIGIT_3 = 0x33;
const DIGIT_6 = 0x36;
const DIGIT_7 = 0x37;
const LOWER_B = 0x62;
const LOWER_F = 0x66;
const LOWER_CASE_BIT = 0x20;
const UNDERSCORE = 0x5f;
const HYPHEN = 0x2d;

/**
 * Whether the parameter at `equals` certainly holds no credential: its name follows a plain `?` or `&` (so it is
 * exactly the name `findUrlParams` reads) and either the parameter table rejects it (`csrf_token`, `pageToken`), or
 * its value is written plainly (no `%` or `\`, so it is exactly the value detection reads) and detection's own
 * `isCredentialValue` rejects it (`token=null`, `auth=true`, `api_key=`). Logs are full of both, and parsing their
 * lines was most of the detection work. Anything less clear (`&amp;`, `\u0026`, `%26`, brackets, long runs, a value
 * running to the end of the block) is left to detection.
 */
function holdsNoCredential(bytes: Buffer, equals: number, valueStart: number | undefined, names: NameClassification): boolean {
  const start = plainNameStart(bytes, equals);
  const before = start === 0 ? 0 : (bytes[start - 1] ?? 0);
  if ((before !== QUESTION_MARK && before !== AMPERSAND) || equals - start > MAX_PLAIN_NAME || !isLetter(bytes[start] ?? 0)) return false;
  const entry = names.classify(bytes.toString('latin1', start, equals));
  if (entry === undefined) return true;
  const value = valueStart === undefined ? undefined : plainValue(bytes, valueStart);
  return value !== undefined && !isCredentialValue(value, entry);
}

/** The value starting at `start` when it has no escapes and ends before the block does, else undefined. */
function plainValue(bytes: Buffer, start: number): string | undefined {
  for (let end = start; end < bytes.length; end += 1) {
    const byte = bytes[end] ?? 0;
    if (VALUE_END[byte] === 1) return bytes.toString('latin1', start, end);
    // A backtick may end the value (a message quoting the URL) or be part of it: detection decides.
    if (byte === PERCENT || byte === BACKSLASH || byte === BACKTICK) return undefined;
  }
  return undefined;
}

/** Bytes that end every value `findUrlParams` reads (its own class). */
const VALUE_END = byteSet(new RegExp(`[${VALUE_ENDS}]`));
const BACKSLASH = 0x5c;
const BACKTICK = 0x60;

function isLetter(byte: number): boolean {
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** Where the plain name ending at `end` starts, read back at most one byte past `MAX_PLAIN_NAME` (a longer one is none). */
function plainNameStart(bytes: Buffer, end: number): number {
  let start = end;
  while (start > 0 && end - start <= MAX_PLAIN_NAME && isPlainNameByte(bytes[start - 1] ?? 0)) start -= 1;
  return start;
}

/** Longer names are never read by `findUrlParams` (its limit is 64 characters). */
const MAX_PLAIN_NAME = 64;
const QUESTION_MARK = 0x3f;
const SEMICOLON = 0x3b;
const AMPERSAND = 0x26;

const PLAIN_NAME_SEPARATORS = new Set([0x2d, 0x5f, 0x2e]); // - _ .

/** Letters, digits, `_`, `-`, `.`: a name without brackets (which may also be separators). */
function isPlainNameByte(byte: number): boolean {
  const lower = byte | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || PLAIN_NAME_SEPARATORS.has(byte);
}

const NEWLINE = 0x0a;
const EQUALS = 0x3d;
const GREATER_THAN = 0x3e;
const SPACE = 0x20;
const QUOTE = 0x22;
const CLOSE_BRACKET = 0x5d;
const APOSTROPHE = 0x27;
/** What quotes a JSON or Python key: the byte before its `:` then. */
const NAME_QUOTES_OR_APOSTROPHE = new Set([0x22, 0x27]);
/** What closes a quoted name: `"`, `` ` `` (MySQL) and `]` (SQL Server). */
const NAME_QUOTES = new Set([QUOTE, 0x60, CLOSE_BRACKET]);
const OPEN_PARENTHESIS = 0x28;
const CLOSE_PARENTHESIS = 0x29;
const AT_SIGN = 0x40;
const COLON = 0x3a;
/**
 * What follows the `:` of a printed key: its value's quote (escaped or not), a space, or the `[` of a Java array
 * (`parameters={password:[…]}`, find-quoted-pairs.ts `findArrayValuedEntries`).
 */
const OPEN_BRACKET = 0x5b;
const KEY_VALUE_OPENERS = [QUOTE, APOSTROPHE, SPACE, BACKSLASH, OPEN_BRACKET];
const SLASH = 0x2f;
const PERCENT = 0x25;
const DIGIT_5 = 0x35;
/** What comes before the `3d` of JSON's `\u003d`. */
const UNICODE_ESCAPE_HEAD = Buffer.from('\\u00', 'latin1');

function startsJsonEscape(bytes: Buffer, at: number): boolean {
  const head = at - UNICODE_ESCAPE_HEAD.length;
  return head >= 0 && UNICODE_ESCAPE_HEAD.every((byte, index) => bytes[head + index] === byte);
}

/** Where the run of backslashes ending at `at` starts: JSON inside a JSON string escapes the escape (`\\u003d`). */
function startOfBackslashes(bytes: Buffer, at: number): number {
  let start = at;
  while (start > 0 && bytes[start - 1] === BACKSLASH) start -= 1;
  return start;
}
/** `=` percent-encoded, without its `%`: the needles of `%3D` and of `%253D`, `%25253D` (URLs nested twice, three times). */
const ENCODED_EQUALS = ['3D', '3d'];
/** The `: ` needle of printed keys (`KEY_VALUE_OPENERS`), which literals holding it share. */
const PRINTED_KEY_SPACE = ': ';

/**
 * A line of a block that the prefilter hit, with which token shapes its hits announce: every JWT and provider token
 * starts with a literal of the prefilter, so detection skips the shapes a line cannot hold.
 */
export interface CandidateLine {
  readonly start: number;
  /** Where the line ends: its newline, or the end of the block. */
  readonly end: number;
  /** Newlines in the block before the line: its line number there, from 0. */
  readonly newlinesBefore: number;
  readonly jwts: boolean;
  readonly providers: boolean;
  readonly userinfo: boolean;
  readonly contexts: boolean;
}

export interface BlockCandidates {
  /** By ascending start, each line once. */
  readonly lines: readonly CandidateLine[];
  /** Newlines in the whole block. */
  readonly newlines: number;
}

const NO_NEEDLES: readonly PrefilterNeedle[] = [];

/**
 * Every line of `bytes`, each a candidate for every shape: for a file whose format names a credential in a column of its
 * own (formats/w3c-header-columns.ts), where no byte of a line announces it.
 */
export function everyLine(bytes: Buffer): BlockCandidates {
  const lines: CandidateLine[] = [];
  let newlines = 0;
  for (let start = 0; start < bytes.length;) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    lines.push({ start, end, newlinesBefore: newlines, jwts: true, providers: true, userinfo: true, contexts: true });
    if (newline === -1) break;
    newlines += 1;
    start = newline + 1;
  }
  return { lines, newlines };
}

/** The lines of `bytes` that contain a prefilter hit, and the block's newline count. */
export function findCandidateLines(bytes: Buffer, prefilter: Prefilter): BlockCandidates {
  const { search, needlesByFirstByte } = prefilter;
  prefilter.startBlock();
  search.load(bytes);
  const lines: CandidateLine[] = [];
  let lineStart = 0;
  let lineEnd = -1;
  let lineKinds = 0;
  let newlinesBefore = 0;
  let countedTo = 0;
  const addLine = () => {
    if (lineKinds === 0) return;
    newlinesBefore += search.count(NEWLINE, countedTo, lineStart);
    countedTo = lineStart;
    lines.push({
      start: lineStart,
      end: lineEnd,
      newlinesBefore,
      jwts: (lineKinds & HIT_JWT) !== 0,
      providers: (lineKinds & HIT_PROVIDER) !== 0,
      userinfo: (lineKinds & HIT_USERINFO) !== 0,
      contexts: (lineKinds & HIT_CONTEXT) !== 0,
    });
  };
  search.forEachHit((at) => {
    let kinds = 0;
    // A line already a candidate gains nothing from a needle whose every kind it has (a second `eyJ`, a second `=`).
    const found = at > lineEnd ? 0 : lineKinds;
    for (const needle of needlesByFirstByte[bytes[at] ?? 0] ?? NO_NEEDLES) {
      if ((needle.second === undefined || bytes[at + 1] === needle.second) && (needle.kinds & ~found) !== 0)
        kinds |= needle.confirm(bytes, at);
    }
    if (kinds === 0) return;
    if (at > lineEnd) {
      addLine();
      lineStart = at === 0 ? 0 : bytes.lastIndexOf(NEWLINE, at - 1) + 1;
      const newline = bytes.indexOf(NEWLINE, at);
      lineEnd = newline === -1 ? bytes.length : newline;
      lineKinds = 0;
    }
    lineKinds |= kinds;
  });
  addLine();
  return { lines, newlines: newlinesBefore + search.count(NEWLINE, countedTo, bytes.length) };
}
