/** A `name=value` pair found in URL-like text, with the value's span in the raw line and its decoded form. */
export interface UrlParam {
  readonly name: string;
  /** Where the match begins (the separator before the name): the context a window must contain. */
  readonly anchor: number;
  readonly valueStart: number;
  readonly valueEnd: number;
  /** Percent-decoded, JSON-unescaped value. */
  readonly value: string;
}

const MAX_NAME_LENGTH = 64;
/** Longest run walked back from `=`: a name plus an encoded separator glued to it (`\u0026`). */
const MAX_RUN = MAX_NAME_LENGTH + 5;
/** By char code (the walk back from every `=` is the hot loop): letters, digits and `_.[]-`. */
const NAME_CHAR = charCodeSet(/[A-Za-z0-9_.[\]-]/);
/**
 * Characters after which a parameter name may start: URL separators, whitespace (W3C `cs-uri-query`), quotes, `=`
 * for a parameter printed as the value of another (`parameter=token=…` in Tomcat's RequestDumperFilter), and `)`
 * after a label (Drogon's access log prints a cookie as `(cookie)name=value`).
 */
// `>`: an XML element's text that starts with a pair (`<Header name="Cookie">sid=…`, `<QueryString>token=…`).
const SEPARATOR_CHAR = /[?&;#\s"'(),{[=>]/;
/**
 * A percent-encoded separator (`%26`, `%3F`, `%23`, or `%20`: the space between cookies of a Cookie header that a CDN
 * writes percent-encoded, `a=1;%20dwsid=…`), JSON's `\u0026`, an escaped line break (a file's `KEY=value` lines
 * inside a printed string: `'stdout': 'HOST=db01\nDB_PASSWORD=…'`) or an escaped NUL (the NUL-separated CGI variables
 * Phusion Passenger's debug log prints: `HTTP_COOKIE\000session=…`), as glued to the name by the walk back.
 */
const ENCODED_SEPARATOR_RUN = { '%': /^(?:26|3[Ff]|23|20)(?=[A-Za-z])/, '\\': /^(?:u0026|[nrt]|0{1,3}|x00|u0000)(?=[A-Za-z_])/ } as const;

/** Characters (a regex class body) that end every value, whatever follows: the log prefilter reads values by it. */
export const VALUE_ENDS = String.raw`&\s"'#<>;?`;

/** Characters of a token (base64, base64url, hex, URL-safe) before a `|`. */
const PIPE_GUARD_CHARACTER = '[A-Za-z0-9_.~+/-]';
/**
 * A `|` after this many token characters ends the value: pipe-separated logs (Bunny CDN, Drupal's syslog line) put
 * the next field there, and no token has a `|` so far in. A `|` sooner stays in the value: Laravel Sanctum's tokens
 * are `<id>|<secret>`.
 */
const PIPE_AFTER_TOKEN = 16;

/**
 * The value runs to the next raw separator (`?` included: `;jsessionid=…?q=` puts a query after a path parameter; `|`
 * after a token, above), or to an encoded one that starts another `name%3D` (so `password=a%23b` keeps its `#`, while
 * `redirect_uri=https%3A…%3Ftoken%3D…` yields the nested `token`), or to a `,` before whitespace: a URL holds no raw
 * space, so `, ` ends the URL a framework prints inside a list (Spring's `[GET /x?k=v, client=…]`), while `a,b` stays
 * in the value; or to a `:` before whitespace, a message's punctuation after a URL (ffmpeg's `…?auth=<base64>: Server
 * returned 401`), while `a:b` stays in the value; or to a `,` before a number and another `,`, or before an empty
 * column's `-`: a CSV row's next columns (JMeter's `…?SID=…,152,0,18`, the query column of Amplify's and CloudFront's
 * `…,token=…,-,Hit,…`), or to a `,` before a name in capitals and its `=`: the next variable of an environment list
 * (`env:API_KEY=…,ZONE=MNZ037`), or to a backtick before whitespace or punctuation: a message quoting the URL
 * (Guzzle's ``Client error: `GET https://…?key=…` resulted in…``), while a backtick inside a value (browsers leave it
 * unencoded in a query) stays in it. Linear: the alternatives start with disjoint characters and the lookaheads are
 * bounded.
 */
const VALUE = new RegExp(
  String.raw`(?:[^${VALUE_ENDS}\\%,|:\`]|\`(?![\s.,;:)\]]|$)|:(?!\s)|,(?!\s|\d+(?:[,\s]|$)|-(?:,|$)|[A-Z][A-Z0-9_]{0,63}=)|\|(?<!${PIPE_GUARD_CHARACTER}{${PIPE_AFTER_TOKEN}}\|)|%(?!(?:2[36]|3[Ff])[A-Za-z][A-Za-z0-9_.[\]-]{0,63}%3[Dd])|\\\/)*`,
  'y',
);

/**
 * Every `name=value` (or `name%3D…`) in a line where the name follows a separator: `?`, `&`, `;`, `#` (fragments),
 * `&amp;` (HTML), `\u0026` (JSON), whitespace or a quote, or a percent-encoded separator (a URL nested in another
 * parameter). Found from each `=` backwards: several times faster than a regex that tries every position.
 */
export function findUrlParams(text: string): UrlParam[] {
  const params: UrlParam[] = [];
  const equalsSigns = new EqualsFinder(text);
  let enclosingEnd = -1;
  for (let equals = equalsSigns.next(0); equals.index !== -1;) {
    const param = paramAt(text, equals.index, equals.length, enclosingEnd);
    if (param) params.push(param);
    if (param) enclosingEnd = Math.max(enclosingEnd, param.valueEnd);
    // A value may hold the next parameter (`cookie=JSESSIONID=…`, `parameter=token=…`): read on from its start.
    equals = equalsSigns.next(param ? param.valueStart : equals.index + equals.length);
  }
  return params;
}

/**
 * `=`, `%3D` and JSON's `\u003d` (Gson escapes `=` so: `callbackUrl\u003dhttps://…?api_key\u003d…`) in order. Each
 * kind's next position is remembered, so a line with thousands of one kind stays linear.
 */
class EqualsFinder {
  private plain = -2;
  private percent = -2;
  private unicode = -2;

  constructor(private readonly text: string) {}

  next(from: number): { index: number; length: number } {
    if (this.plain !== -1 && this.plain < from) this.plain = this.text.indexOf('=', from);
    if (this.percent !== -1 && this.percent < from) this.percent = this.nextEscapedEquals('%3', from);
    if (this.unicode !== -1 && this.unicode < from) this.unicode = this.nextEscapedEquals('\\u003', from);
    const encoded = earliest(this.percent, this.unicode);
    if (encoded === -1 || (this.plain !== -1 && this.plain < encoded)) return { index: this.plain, length: 1 };
    if (encoded === this.percent) return { index: encoded, length: PERCENT_EQUALS.length };
    // JSON inside a JSON string escapes the escape (`api_key\\u003d…`): the name ends before the first backslash.
    const start = startOfBackslashes(this.text, encoded);
    return { index: start, length: encoded - start + UNICODE_EQUALS.length };
  }

  /** The next `head` followed by `D` or `d`. */
  private nextEscapedEquals(head: string, from: number): number {
    let index = this.text.indexOf(head, from);
    while (index !== -1 && this.text[index + head.length] !== 'D' && this.text[index + head.length] !== 'd')
      index = this.text.indexOf(head, index + 1);
    return index;
  }
}

const PERCENT_EQUALS = '%3D';
const UNICODE_EQUALS = '\\u003d';

function startOfBackslashes(text: string, at: number): number {
  let start = at;
  while (start > 0 && text[start - 1] === '\\') start -= 1;
  return start;
}

/** The smaller of two indexes where -1 is none. */
function earliest(first: number, second: number): number {
  if (first === -1) return second;
  return second === -1 ? first : Math.min(first, second);
}

/**
 * A parameter inside another's value ends where that value ends, at the next `=` (`parameter=token=…` → `token`'s
 * value; `token=token=…` repeated gives short values, not one long value per `=`), or at a raw separator before it: a
 * quoted value holds whole URLs (`"log"=>"GET /cb?code=…&state=…"`). Only the stretch up to the next `=` is walked, so
 * the walks of all nested parameters together cover the line once.
 */
function nestedValueEnd(text: string, valueStart: number, enclosingEnd: number): number {
  const nextEquals = text.indexOf('=', valueStart);
  const end = nextEquals === -1 || nextEquals > enclosingEnd ? enclosingEnd : nextEquals;
  for (let index = valueStart; index < end; index += 1)
    if (RAW_VALUE_END[text.charCodeAt(index)] === 1 && !isEscapedQuote(text, index)) return index;
  return end;
}

/** `token=\"…\"` inside a printed string (Rack's `"HTTP_AUTHORIZATION" => "Token token=\"…\""`): the quotes are the value's. */
function isEscapedQuote(text: string, index: number): boolean {
  const char = text[index];
  return (char === '"' || char === "'") && text[index - 1] === '\\';
}

/** `VALUE_ENDS` by char code. */
const RAW_VALUE_END = charCodeSet(new RegExp(`[${VALUE_ENDS}]`));

/**
 * `enclosingEnd`: where the value of the parameter before ends. A parameter inside that value ends there at the latest
 * (a value ends at the first separator after it, wherever it starts), so `a=a=a=…` reads its run once, not once per `=`.
 */
function paramAt(text: string, equals: number, equalsLength: number, enclosingEnd: number): UrlParam | undefined {
  const pair =
    text[equals + 1] === '>'
      ? (rubyHashPair(text, equals) ?? printedArrayPair(text, equals))
      : text[equals - 1] === ')' && text[equals + 1] === '('
        ? postgresKeyPair(text, equals)
        : undefined;
  if (pair) return pair;
  const nameEnd = isCefEscapedEquals(text, equals) ? equals - 1 : equals;
  let runStart = nameEnd;
  while (
    runStart > 0 &&
    nameEnd - runStart <= MAX_RUN &&
    (NAME_CHAR[text.charCodeAt(runStart - 1)] === 1 || startsEncodedBracket(text, runStart - 1))
  )
    runStart -= 1;
  const name = nameAfterSeparator(text, runStart, nameEnd);
  if (name === undefined) return undefined;
  const valueStart = equals + equalsLength;
  if (valueStart <= enclosingEnd)
    return new FoundParam(text, name, Math.max(0, runStart - 1), valueStart, nestedValueEnd(text, valueStart, enclosingEnd));
  if (text[valueStart] === '[') return listedValue(text, name, Math.max(0, runStart - 1), valueStart + 1);
  const wrapped =
    wrappedValue(text, name, Math.max(0, runStart - 1), valueStart) ?? quotedCookie(text, name, Math.max(0, runStart - 1), valueStart);
  if (wrapped) return wrapped;
  VALUE.lastIndex = valueStart;
  const valueEnd = beforeUnopenedCloser(text, valueStart, VALUE.exec(text) === null ? valueStart : VALUE.lastIndex);
  return new FoundParam(text, name, Math.max(0, runStart - 1), equals + equalsLength, valueEnd);
}

/**
 * `{Cookie: sid=…}{User-Agent: …}` (HttpURLConnection's MessageHeader), `[msg:…?kikao=…]` (Kannel), `(see ?token=…)`:
 * a bracket the value never opened closes what holds the parameter, so the value ends there.
 */
function beforeUnopenedCloser(text: string, start: number, end: number): number {
  // Counts of open brackets by kind, made at the first opener: most values (tokens) hold no bracket at all.
  let open: number[] | undefined;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    const bracket = code < BRACKETS.length ? (BRACKETS[code] ?? 0) : 0;
    if (bracket === 0) continue;
    if (bracket > 0) {
      open ??= [0, 0, 0, 0];
      open[bracket] = (open[bracket] ?? 0) + 1;
    } else if (!open?.[-bracket]) return index;
    else open[-bracket] = (open[-bracket] ?? 0) - 1;
  }
  return end;
}

/** By char code: 1 to 3 for `{`, `[`, `(`, and the same negated for the bracket that closes each; 0 for the rest. */
const BRACKETS: Int8Array = (() => {
  const table = new Int8Array(128);
  ['{}', '[]', '()'].forEach((pair, index) => {
    table[pair.charCodeAt(0)] = index + 1;
    table[pair.charCodeAt(1)] = -(index + 1);
  });
  return table;
})();

/**
 * `code\=…&state\=…`: CEF escapes `=` in an extension's value (Imperva's `qstr=` and `postbody=`, ArcSight's
 * `request=`), so a query string logged there has `\=` between its names and values
 * (https://www.microfocus.com/documentation/arcsight/arcsight-smartconnectors/pdfdoc/common-event-format-v25/common-event-format-v25.pdf).
 * Not after an escaped backslash (`\\=`).
 */
function isCefEscapedEquals(text: string, equals: number): boolean {
  return text[equals - 1] === '\\' && text[equals - 2] !== '\\';
}

/**
 * `token=[abc]`, `token=[abc, def]`: a multimap printed by Java's and Kotlin's `toString` (Spring's `MultiValueMap`,
 * Ktor's `Parameters [token=[…], …]`), each name with the list of its values: the first value, without the bracket.
 */
function listedValue(text: string, name: string, anchor: number, valueStart: number): UrlParam {
  LISTED_VALUE.lastIndex = valueStart;
  const valueEnd = LISTED_VALUE.exec(text) === null ? valueStart : LISTED_VALUE.lastIndex;
  return new FoundParam(text, name, anchor, valueStart, valueEnd);
}

const LISTED_VALUE = new RegExp(String.raw`[^\],${VALUE_ENDS}]{0,4096}`, 'y');

/**
 * `bot_token=SecretStr('**********')`, `token=Some("…")`: a value a repr prints inside its wrapper type (pydantic's
 * `SecretStr` masks it, Rust's and Scala's `Some` do not). The quoted argument is the value; the wrapper's name is not.
 */
function wrappedValue(text: string, name: string, anchor: number, valueStart: number): UrlParam | undefined {
  // Most values are no call: a value whose first characters are not a name and `(` is left at once (every `=` of a
  // log asks).
  if (!startsCall(text, valueStart)) return undefined;
  WRAPPER_CALL.lastIndex = valueStart;
  const call = WRAPPER_CALL.exec(text);
  if (!call) return undefined;
  const quote = call[1] ?? '';
  const argumentStart = valueStart + call[0].length;
  const close = text.indexOf(quote, argumentStart);
  const argumentEnd = close === -1 || close - argumentStart > MAX_QUOTED_VALUE ? argumentStart : close;
  return new FoundParam(text, name, anchor, argumentStart, argumentEnd);
}

/**
 * `auth_tkt="…"; Path=/`: a cookie's value in double quotes, which RFC 6265 allows (section 4.1.1, `cookie-value`) and
 * Pyramid's AuthTktCookieHelper and Python's http.cookies write; quotes JSON-escaped inside a printed string too. Read
 * only when the closing quote is followed by the `;` that separates cookies and their attributes: logfmt's `name="value"`
 * is read by its own rules (find-quoted-pairs.ts). A cookie's octets hold no space, comma, `;` or backslash, so the
 * walk stops at the first of them.
 */
function quotedCookie(text: string, name: string, anchor: number, valueStart: number): UrlParam | undefined {
  const quote = text[valueStart] === '"' ? '"' : text.startsWith('\\"', valueStart) ? '\\"' : undefined;
  if (quote === undefined) return undefined;
  const start = valueStart + quote.length;
  const limit = Math.min(text.length, start + MAX_QUOTED_VALUE);
  let end = start;
  while (end < limit && COOKIE_OCTET[text.charCodeAt(end)] === 1) end += 1;
  return end > start && text.startsWith(`${quote};`, end) ? new FoundParam(text, name, anchor, start, end) : undefined;
}

/** RFC 6265's `cookie-octet`: printable ASCII but space, `"`, `,`, `;` and `\`. */
const COOKIE_OCTET = charCodeSet(/[!#-+\--:<-[\]-~]/);

const WRAPPER_CALL = /[A-Za-z_][\w.]{0,31}\((['"])/y;
const MAX_WRAPPER_NAME = 32;

function startsCall(text: string, at: number): boolean {
  for (let index = at; index < text.length && index - at <= MAX_WRAPPER_NAME; index += 1) {
    const code = text.charCodeAt(index);
    if (code === OPEN_PARENTHESIS) return index > at;
    if (WRAPPER_NAME_CHAR[code] !== 1) return false;
  }
  return false;
}

const OPEN_PARENTHESIS = 0x28;
/** Letters, digits, `_` and `.`: what a wrapper's name (`SecretStr`, `Some`, `pydantic.SecretStr`) is made of. */
const WRAPPER_NAME_CHAR = charCodeSet(/[\w.]/);

/** Longest quoted value read in a Ruby hash dump; a longer one is cut there (its start is what matters). */
const MAX_QUOTED_VALUE = 4096;
/** Most spaces read between a hash's key and its aligned `=>`. */
export const MAX_ARROW_ALIGNMENT = 64;

/**
 * `"api_token"=>"…"` in a Ruby hash as Rails prints request parameters (`Parameters: {"user"=>{…}, "token"=>"…"}`),
 * and `"api_token" => "…"` as Ruby 3.4's `Hash#inspect` writes it, or with the arrows aligned
 * (https://www.ruby-lang.org/en/news/2024/12/25/ruby-3-4-0-released/): the quoted name before `=>` and the quoted
 * string after it. Other values (nested hashes, numbers) are no parameter.
 */
function rubyHashPair(text: string, equals: number): UrlParam | undefined {
  let nameEnd = equals - 1;
  // `pp` and debug dumps (Excon's) align the arrows of a hash's keys: `"apiKey"       => "…"`.
  while (text[nameEnd] === ' ' && equals - nameEnd <= MAX_ARROW_ALIGNMENT) nameEnd -= 1;
  const quoteAfter = text[equals + 2] === ' ' ? equals + 3 : equals + 2;
  if (text[nameEnd] !== '"' || text[quoteAfter] !== '"') return undefined;
  const nameStart = text.lastIndexOf('"', nameEnd - 1) + 1;
  const name = text.slice(nameStart, nameEnd);
  // A leading `_` too: Rails' and Phoenix's session cookies (`_myapp_session`, `_myapp_key`) as a hash of cookies prints them.
  if (nameStart === 0 || !/^[A-Za-z_][A-Za-z0-9_.[\]-]{0,63}$/.test(name)) return undefined;
  const valueStart = quoteAfter + 1;
  let valueEnd = valueStart;
  while (valueEnd < text.length && valueEnd - valueStart < MAX_QUOTED_VALUE && text[valueEnd] !== '"')
    valueEnd += text[valueEnd] === '\\' ? 2 : 1;
  return new FoundParam(text, name, nameStart - 1, valueStart, Math.min(valueEnd, text.length));
}

/**
 * `[access_token] => q9Vr…` in an array as PHP's print_r prints it (`Array ( [k] => v [k2] => v2 )`, Laravel's and
 * Monolog's dumps of a response): the bracketed name before `=>`, the value as written up to the next space.
 */
function printedArrayPair(text: string, equals: number): UrlParam | undefined {
  const spaced = text[equals - 1] === ' ' && text[equals + 2] === ' ';
  const nameEnd = spaced ? equals - 2 : equals - 1;
  if (text[nameEnd] !== ']') return undefined;
  const nameStart = text.lastIndexOf('[', nameEnd - 1) + 1;
  const name = text.slice(nameStart, nameEnd);
  if (nameStart === 0 || !/^[A-Za-z_][\w.-]{0,63}$/.test(name)) return undefined;
  const valueStart = spaced ? equals + 3 : equals + 2;
  PRINTED_VALUE.lastIndex = valueStart;
  const valueEnd = PRINTED_VALUE.exec(text) === null ? valueStart : PRINTED_VALUE.lastIndex;
  return new FoundParam(text, name, nameStart - 1, valueStart, valueEnd);
}

const PRINTED_VALUE = /[^\s)]{0,4096}/y;

/**
 * `Key (token)=(…) already exists.`: PostgreSQL's detail of a unique violation (and of a foreign key's) names the
 * column and quotes the value that broke it. One column only: `Key (a, b)=(1, x)` pairs them by position.
 */
function postgresKeyPair(text: string, equals: number): UrlParam | undefined {
  const nameStart = text.lastIndexOf('(', equals - 2) + 1;
  const name = text.slice(nameStart, equals - 1);
  if (nameStart === 0 || !/^[A-Za-z_][\w.]{0,63}$/.test(name)) return undefined;
  const valueStart = equals + 2;
  const close = text.indexOf(')', valueStart);
  const valueEnd = close === -1 || close - valueStart > MAX_QUOTED_VALUE ? valueStart : close;
  return valueEnd > valueStart ? new FoundParam(text, name, nameStart - 1, valueStart, valueEnd) : undefined;
}

/** Decodes its value only when asked: most parameters in a line are never looked at past their name. */
class FoundParam implements UrlParam {
  private decoded: string | undefined;

  constructor(
    private readonly text: string,
    readonly name: string,
    readonly anchor: number,
    readonly valueStart: number,
    readonly valueEnd: number,
  ) {}

  get value(): string {
    this.decoded ??= decodeValue(this.text.slice(this.valueStart, this.valueEnd));
    return this.decoded;
  }
}

function charCodeSet(characters: RegExp): Uint8Array {
  const set = new Uint8Array(65536);
  for (let code = 0; code < 128; code += 1) set[code] = characters.test(String.fromCharCode(code)) ? 1 : 0;
  return set;
}

/** A `%` that begins `%5B` or `%5D`: PHP and Rails nest names in brackets, which clients percent-encode. */
function startsEncodedBracket(text: string, at: number): boolean {
  return isEncodedBracket(text.charCodeAt(at), text.charCodeAt(at + 1), text.charCodeAt(at + 2));
}

/** Whether three character codes spell `%5B` or `%5D` (either case): shared with the log prefilter, which reads bytes. */
export function isEncodedBracket(first: number, second: number, third: number): boolean {
  return first === PERCENT && second === DIGIT_5 && ENCODED_BRACKET_END.has(third);
}

const PERCENT = 0x25;
const DIGIT_5 = 0x35;
const ENCODED_BRACKET_END = new Set([0x42, 0x62, 0x44, 0x64]); // B b D d

/** The name in `text[runStart, equals)` when a separator (raw or encoded) precedes it, else undefined. */
function nameAfterSeparator(text: string, runStart: number, equals: number): string | undefined {
  let run = text.slice(runStart, equals);
  const before = runStart === 0 ? '' : (text[runStart - 1] ?? '');
  if (before === '%' || before === '\\') {
    const encoded = ENCODED_SEPARATOR_RUN[before].exec(run);
    if (!encoded) return undefined;
    run = run.slice(encoded[0].length);
  } else if (
    runStart > 0 &&
    !SEPARATOR_CHAR.test(before) &&
    !isAfterCookieHeader(text, runStart) &&
    !isEnvironmentAfterColon(before, run) &&
    !isWindowsSwitch(text, runStart)
  ) {
    return undefined;
  }
  if (run.includes('%')) run = run.replace(/%5[Bb]/g, '[').replace(/%5[Dd]/g, ']');
  // A `[` is both a name character (`auth[token]`) and a separator (`["token=…"]`).
  if (run.startsWith('[')) run = run.slice(1);
  // Names may start with underscores (`__token__` of Akamai's token authentication, `_token`), dots (ASP.NET's
  // cookies: `.ASPXAUTH`, `.AspNetCore.Cookies`) and a command line's dashes (`--password=…`, Java's `-Ddb.password=…`).
  return /^(?:--?|[_.]*)[A-Za-z]/.test(run) && run.length <= MAX_NAME_LENGTH ? run : undefined;
}

/**
 * A Windows program's switch with its value (`/PWD=…` of the OCS Inventory agent, Inno Setup's `/PASSWORD=…`): a `/`
 * that starts a word of a command line, never a path's.
 */
function isWindowsSwitch(text: string, runStart: number): boolean {
  return text[runStart - 1] === '/' && (runStart === 1 || /\s/.test(text[runStart - 2] ?? ''));
}

/** `Cookie:SSESS…=…` as Apache's mod_log_forensic writes headers (`|Name:value`, no space after the colon). */
function isAfterCookieHeader(text: string, runStart: number): boolean {
  return text[runStart - 1] === ':' && text.slice(Math.max(0, runStart - 7), runStart - 1).toLowerCase() === 'cookie';
}

/**
 * A process's environment printed as a value of a map or a list after its key's `:` (Go's `map[env:DB_PASSWORD=… …]`,
 * `env:[API_KEY=…]`): an environment variable's name in capitals with an underscore, never a URL's word after a scheme
 * or a port.
 */
function isEnvironmentAfterColon(before: string, run: string): boolean {
  return before === ':' && ENVIRONMENT_NAME.test(run);
}

const ENVIRONMENT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** Percent-decoding that leaves malformed escapes as they are (logs are full of them) instead of throwing. */
export function decodeValue(raw: string): string {
  const unescaped = raw.includes('\\/') ? raw.replaceAll('\\/', '/') : raw;
  if (!unescaped.includes('%')) return unescaped;
  try {
    return decodeURIComponent(unescaped);
  } catch {
    return unescaped.replace(/%[0-9A-Fa-f]{2}/g, (escape) => String.fromCharCode(Number.parseInt(escape.slice(1), 16)));
  }
}
