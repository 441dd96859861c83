import { decodeValue, type UrlParam } from './find-url-params.js';

/**
 * `"name":"value"`, `"name": "value"`, `'name': 'value'`, `name: 'value'`, `name:"value"`, `name = "value"` and
 * `"name" = "value"` (HCL and Terraform, Objective-C's description of a dictionary), `name => "value"` (Perl's Data::Dump
 * and Data::Dumper without quoted keys; an arrow after a quoted name, Ruby's and PHP's, is find-url-params.ts'), `name='value'` (Python's repr of
 * a dataclass or namedtuple: `TokenPair(access_token='…', …)`; a bytes value, `'X-Amz-Security-Token': b'…'`, as
 * botocore's debug log prints headers; logfmt's `name="value"` only under a name that holds a credential itself:
 * `isLogfmtPair`), a list's first value (`'password': ['…']` of Django's QueryDict, `"refresh_token":["…"]` of Go's
 * url.Values as JSON), a value Rust's Debug prints as an `Option` (`refresh_token: Some("…")`) or as serde_json's
 * `Value` (`"password": String("…")`), Smalltalk's associations (`'access_token'->'…'`, Pharo's printString of a
 * Dictionary), GLib's GVariant text (`'refresh-token': <'…'>`, as flatpak prints an authenticator's reply), Ruby's
 * symbol keys before 3.4 (`{:push_api_key=>"…"}`), a Lua table's string keys (`["password"] = "…"`),
 * and JSON escaped inside a
 * string (`{\"name\":\"value\"}`, a Ruby struct's `password=\"…\"` in a JSON message, or `\u0022` as .NET's
 * System.Text.Json writes a quote): a key and its quoted string as JSON, Python's repr, Node's util.inspect and Spring's
 * header lists print them. Either quote is optional before
 * the `:` (util.inspect and Spring do not quote keys); the value must be quoted, so numbers, objects and prose after a
 * colon are never read.
 */
const PLAIN_QUOTES: PairSyntax = {
  pair: /(?<![\w.-])(\\?["']|)([A-Za-z_][\w.-]{0,63})\1\]?(?: ?: ?| = |=(?=\\?["'])|(?<=[\w.-]) ?=> ?| ?-> ?)(?:\[|b|Some\(|String\(|<)?(\\?["'])/g,
  colonThenQuote: /(?:: ?| = | ?=> ?| ?-> ?)(?:\[|b|Some\(|String\(|<)?\\?["']|=\\?["']/g,
  // A key of 64 characters, quoted with `\"` on both sides, then a space.
  keySpan: 2 + 64 + 2 + 1,
};

/**
 * The same with `\u0022` for a quote too, for the lines that hold one: as alternatives in the plain patterns, they made
 * the search for pairs on every line 60% slower (a profile of the benchmark log's candidate lines).
 */
const UNICODE_QUOTES: PairSyntax = {
  pair: /(?<![\w.-])(\\?["']|\\u0022|)([A-Za-z_][\w.-]{0,63})\1\]?(?: ?: ?| = |=(?=\\?["'])|(?<=[\w.-]) ?=> ?| ?-> ?)(?:\[|b|Some\(|String\(|<)?(\\?["']|\\u0022)/g,
  colonThenQuote: /(?:: ?| = | ?=> ?| ?-> ?)(?:\[|b|Some\(|String\(|<)?(?:\\?["']|\\u0022)|=\\?["']/g,
  keySpan: 6 + 64 + 6 + 1,
};
const ESCAPED_QUOTE = '\\u0022';

/**
 * JSON inside a CSV field, its quotes doubled (RFC 4180, 2.7): `""api_key"": ""…""`, as CSV request logs (ServiceStack's
 * `CsvRequestLogger`) and CSV exports of log tables write an object.
 */
const DOUBLED_QUOTES: PairSyntax = {
  pair: /(?<![\w.-])("")([A-Za-z_][\w.-]{0,63})"" ?: ?("")/g,
  colonThenQuote: /"" ?: ?""/g,
  keySpan: 2 + 64 + 2 + 1,
};
const DOUBLED_QUOTE_PAIR = /"" ?: ?""/;

interface PairSyntax {
  readonly pair: RegExp;
  /** What every pair has: a colon, then its value's opening quote. */
  readonly colonThenQuote: RegExp;
  /**
   * The most a pair reaches before its colon: a pair whose colon is the next one after `from` starts no earlier than
   * that colon minus this.
   */
  readonly keySpan: number;
}

/** Longest quoted value read; a longer one is cut there (its start is what matters). */
const MAX_QUOTED_VALUE = 4096;

/**
 * The pairs of a line (app logs print objects: a request's `query`, its `headers`, an OAuth response) whose key
 * `isSecretName` accepts, in line order. Keys are checked before their value is read: most keys in a JSON line are
 * no credential's.
 */
export function findQuotedPairs(
  line: string,
  isSecretName: (name: string) => boolean,
  isCredentialName: (name: string) => boolean = () => false,
): UrlParam[] {
  const pairs = pairsOfSyntax(line, line.includes(ESCAPED_QUOTE) ? UNICODE_QUOTES : PLAIN_QUOTES, isSecretName, isCredentialName);
  return line.includes('""') && DOUBLED_QUOTE_PAIR.test(line)
    ? mergeByValueStart(pairs, pairsOfSyntax(line, DOUBLED_QUOTES, isSecretName, isCredentialName))
    : pairs;
}

function pairsOfSyntax(
  line: string,
  syntax: PairSyntax,
  isSecretName: (name: string) => boolean,
  isCredentialName: (name: string) => boolean,
): UrlParam[] {
  const pairs: UrlParam[] = [];
  syntax.pair.lastIndex = 0;
  // The pair regex is tried only near a colon and a quote: most lines with a colon (every access log's time) have none,
  // and a long line has them far apart.
  for (let match = nextPair(line, syntax); match; match = nextPair(line, syntax)) {
    const [, , name = '', quote = '"'] = match;
    if (!(isLogfmtPair(line, match, quote) ? isCredentialName(name) : isSecretName(name))) continue;
    const pair = pairAfter(line, match, name, quote);
    pairs.push(pair);
    syntax.pair.lastIndex = Math.max(pair.valueEnd, pair.valueStart + 1);
  }
  return pairs;
}

/** The next pair from `pair.lastIndex`, its search started a key's reach before the next colon and quote. */
function nextPair(line: string, { pair, colonThenQuote, keySpan }: PairSyntax): RegExpExecArray | null {
  colonThenQuote.lastIndex = pair.lastIndex;
  const colon = colonThenQuote.exec(line);
  if (!colon) return null;
  pair.lastIndex = Math.max(pair.lastIndex, colon.index - keySpan);
  return pair.exec(line);
}

/**
 * `name="value"`: logfmt (and the key="value" fields of appliances' logs, NetScaler's `field refresh_token="…"`), whose
 * keys are mostly a line's metadata (`sessionId="<uuid>"`): read only under a name that holds a credential itself.
 */
function isLogfmtPair(line: string, match: RegExpExecArray, quote: string): boolean {
  return quote === '"' && line[match.index + match[0].length - quote.length - 1] === '=';
}

/** Where the value opened by `quote` (`"`, `'`, or one escaped: `\"`, `\u0022`) ends: its closing quote, or the reading limit. */
function endOfQuoted(line: string, from: number, quote: string): number {
  const limit = Math.min(line.length, from + MAX_QUOTED_VALUE);
  if (quote.length > 1) {
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

/**
 * Pairs printed without a colon: as Python tuples, `('name', 'value')` (werkzeug's `ImmutableMultiDict([…])`,
 * `parse_qsl`'s list, any list of pairs), and Haskell's `show` of them, `("name","value")` (wai-extra's request logger
 * prints a request's `Params: [(…)]` so); as Node's util.inspect prints the entries of a `Map` or `URLSearchParams`,
 * `'name' => 'value'` (Ruby's `"name" => "value"` is read as a parameter: find-url-params.ts); as Clojure prints a map,
 * `{"name" "value", …}` (ring-logger's request headers); and a line that is one such pair without its parentheses, as
 * Envoy's debug log prints each request header (`'x-gitlab-token', '…'` under `request headers complete`).
 */
const LISTED_PAIR =
  /(?:(?<=\(|^[ \t]*)(["'])([A-Za-z_][\w.-]{0,63})\1, ?|'([A-Za-z_][\w.-]{0,63})' => |(?<=[{ ,])"([A-Za-z_][\w.-]{0,63})" (?="))(["'])/g;
/**
 * What every listed pair holds: the search runs on lines that have one only. The log prefilter finds a tuple by its
 * start too, whatever the name in it (`[("bilet","…")]`), as no literal of a name's ending (`token"`) would.
 */
export const TUPLE_STARTS = ["('", '("'];
/** A Clojure map's start and a key and value side by side: `" "` alone is in every combined log line (`"-" "Mozilla…`). */
const MAP_STARTS = ['{"', '" "'];
const ARROW = "' => '";
/** A line that starts with a quoted name, then a comma: Envoy's header lines. */
const PAIR_LINE_START = /^[ \t]*(["'])[A-Za-z_][\w.-]{0,63}\1, /;

/** The pairs of a line printed as tuples or inspected entries whose name `isSecretName` accepts, in line order. */
export function findListedPairs(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  if (
    !line.includes(ARROW) &&
    !TUPLE_STARTS.some((start) => line.includes(start)) &&
    !MAP_STARTS.every((start) => line.includes(start)) &&
    !PAIR_LINE_START.test(line)
  )
    return [];
  const pairs: UrlParam[] = [];
  LISTED_PAIR.lastIndex = 0;
  for (let match = LISTED_PAIR.exec(line); match; match = LISTED_PAIR.exec(line)) {
    const [, , tupleName, arrowName, mapName, quote = "'"] = match;
    const name = tupleName ?? arrowName ?? mapName ?? '';
    if (!isSecretName(name)) continue;
    const pair = pairAfter(line, match, name, quote);
    pairs.push(pair);
    LISTED_PAIR.lastIndex = Math.max(pair.valueEnd, pair.valueStart + 1);
  }
  return pairs;
}

/**
 * `s:7:"api_key";s:40:"…";`: an array's string key and string value as PHP's `serialize()` writes them (sessions,
 * caches and queued jobs dumped into a log: https://www.php.net/manual/en/function.serialize.php), quotes JSON-escaped
 * inside a printed string too. The value's length is written before it and its quotes are not escaped, so the length
 * says where it ends.
 */
const SERIALIZED_PAIR = /s:\d{1,2}:(\\?)"([A-Za-z_][\w.-]{0,63})\1";s:(\d{1,4}):\1"/g;

/** The string entries of PHP-serialized arrays whose key `isSecretName` accepts, read as pairs of that name. */
export function findSerializedPairs(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  if (!line.includes('";s:')) return [];
  const pairs: UrlParam[] = [];
  SERIALIZED_PAIR.lastIndex = 0;
  for (let match = SERIALIZED_PAIR.exec(line); match; match = SERIALIZED_PAIR.exec(line)) {
    const [whole, escape = '', name = '', length = '0'] = match;
    if (!isSecretName(name)) continue;
    const valueStart = match.index + whole.length;
    const written = valueStart + Number(length);
    const valueEnd = line.startsWith(`${escape}"`, written) ? written : endOfQuoted(line, valueStart, `${escape}"`);
    pairs.push({ name, anchor: match.index, valueStart, valueEnd, value: line.slice(valueStart, valueEnd) });
  }
  return pairs;
}

/**
 * `<auth:Token>…</auth:Token>`, `<wsse:Password Type="…#PasswordText">…</wsse:Password>`, `<ApiKey>…</ApiKey>`: an XML
 * element named for a credential holding only its value, as SOAP clients (Apache CXF's logging feature, .NET's WCF
 * message logging) and XML APIs' debug logs print a message. Its namespace prefix aside, the element's name is the name.
 * Not WS-Security's `PasswordDigest` (a hash of the password with a nonce and a time, which the server accepts once:
 * https://docs.oasis-open.org/wss/v1.1/wss-v1.1-spec-os-UsernameTokenProfile.pdf).
 */
const XML_ELEMENT =
  /<(?:[A-Za-z_][\w.-]{0,31}:)?([A-Za-z_][\w.-]{0,63})(\s[^<>]{0,512})?>([^<>\s]{1,4096})<\/(?:[A-Za-z_][\w.-]{0,31}:)?\1>/dg;
const DIGEST_TYPE = '#PasswordDigest';

/** The text of XML elements whose name `isSecretName` accepts, read as pairs of that name. */
export function findXmlElements(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  if (!line.includes('</')) return [];
  const pairs: UrlParam[] = [];
  XML_ELEMENT.lastIndex = 0;
  for (let match = XML_ELEMENT.exec(line); match; match = XML_ELEMENT.exec(line)) {
    const [, name = '', attributes = '', value = ''] = match;
    const [valueStart = 0, valueEnd = 0] = match.indices?.[3] ?? [];
    if (isSecretName(name) && !attributes.includes(DIGEST_TYPE)) pairs.push({ name, anchor: match.index, valueStart, valueEnd, value });
  }
  return pairs;
}

/**
 * `{"name":"x-api-key","value":"…"}`: a header (or variable) written as an object of a name and a value, as AWS WAF logs
 * a request's headers (https://docs.aws.amazon.com/waf/latest/developerguide/logging-fields.html), HAR files and
 * Kubernetes' `env` print them; also with `key` for `name` (Postman), with a `type` between them (a task's arguments
 * as Machinery's worker logs its signature: `{"Name":"refresh_token","Type":"string","Value":"…"}`,
 * https://github.com/RichardKnop/machinery#signatures), and JSON-escaped inside a string.
 */
const NAMED_VALUE =
  /(\\?)"(?:name|key)\1" ?: ?\1"([A-Za-z_][\w.-]{0,63})\1" ?, ?(?:\1"type\1" ?: ?\1"[^"\\]{0,64}\1" ?, ?)?\1"value\1" ?: ?\1"/gi;

/**
 * `Configuration(key=SMTP_PASSWORD, value=…)`: a name-and-value object as Java's `toString()` writes it (Lombok's, a
 * record's), the value unquoted up to the `,` or bracket that ends it.
 */
const TO_STRING_NAMED_VALUE = /[([{ ](?<=[([{] ?|, )(?:key|name)=([A-Za-z_][\w.-]{0,63}), value=([^\s,)\]}]{1,4096})(?=[,)\]}])/g;

/**
 * A browser cookie as Selenium's `get_cookies()`, Playwright and Chrome's DevTools protocol write it, its keys in
 * alphabetical order: the cookie's attributes between its `name` and its `value` (`{'domain': …, 'name': 'PHPSESSID',
 * 'path': '/', 'sameSite': 'Lax', 'secure': True, 'value': '…'}`, as a scraper's log prints a solved challenge's cookies).
 */
const COOKIE_ATTRIBUTE_ENTRY = String.raw`\1(?:path|domain|sameSite|secure|httpOnly|expiry|expires|hostOnly|session|size|priority|sameParty|sourceScheme|sourcePort)\1 ?: ?(?:\1[^"'\\]{0,128}\1|True|False|None|true|false|null|-?\d{1,16}(?:\.\d{1,9})?)`;
const COOKIE_OBJECT = new RegExp(
  String.raw`(["'])name\1 ?: ?\1([A-Za-z_][\w.-]{0,63})\1(?: ?, ?${COOKIE_ATTRIBUTE_ENTRY}){1,8} ?, ?\1value\1 ?: ?\1`,
  'g',
);

/** The values of name-and-value objects whose name `isSecretName` accepts, in line order, read as pairs of that name. */
export function findNamedValues(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  const written = line.includes(', value=') ? pairsMatching(line, TO_STRING_NAMED_VALUE, isSecretName, undefined, SEPARATOR) : [];
  const cookies = line.includes("'value'") || line.includes('"value"') ? namedPairs(line, COOKIE_OBJECT, isSecretName) : [];
  if (!line.includes('"value') && !line.includes('"Value')) return mergeByValueStart(cookies, written);
  return mergeByValueStart(mergeByValueStart(namedPairs(line, NAMED_VALUE, isSecretName), cookies), written);
}

/** The pairs of a pattern whose groups are a quote (or `\`) and a name, matched up to the value's opening quote. */
function namedPairs(line: string, pattern: RegExp, isSecretName: (name: string) => boolean): UrlParam[] {
  const pairs: UrlParam[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const [, quote = '', name = ''] = match;
    if (isSecretName(name)) pairs.push(pairAfter(line, match, name, quote === '\\' ? '\\"' : quote || '"'));
  }
  return pairs;
}

/**
 * `map[access_token:[…] format:[csv]]`: a Go `map[string][]string` (`url.Values`, `http.Header`) as `fmt` prints it,
 * each name with the list of its values, entries apart by a space: the first value; a `map[string]string` (a
 * Terraform provider's `config=map[api_token:… endpoint:…]`): the value up to the space.
 */
const GO_MAP_ENTRY = /[[ ](?<=map\[| )([A-Za-z_][\w.-]{0,63}):\[?([^\]\s[]{1,4096})/g;

/** The entries of Go maps printed by `fmt` whose name `isSecretName` accepts, in line order, read as pairs of that name. */
export function findGoMapPairs(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  const maps = line.includes('map[') ? pairsMatching(line, GO_MAP_ENTRY, isSecretName, decodeValue, SEPARATOR) : [];
  return GO_STRUCT_START.test(line)
    ? mergeByValueStart(maps, pairsMatching(line, GO_STRUCT_FIELD, isSecretName, undefined, SEPARATOR))
    : maps;
}

/**
 * `[access_token:1540…, token_type:bearer, refresh_token:c31b…]`: a Groovy map as its `toString()` prints it (Grails
 * apps, Jenkins pipelines, OpenBoxes' and BigBlueButton's logs), entries apart by `, ` inside brackets, values unquoted:
 * the value up to the next `, ` or `]`. Not a URL's scheme (`[url:https://…]` is read as a URL), an IPv6 address or a
 * quoted value (Spring's `headers=[authorization:"masked"]`, read by `findQuotedPairs`).
 */
const GROOVY_MAP_ENTRY = /[[ ](?<=\[|, )([A-Za-z_][\w.-]{0,63}):(?![/\\"'])([^\s,[\]]{1,4096})(?=, |\])/g;

/**
 * `parameters={username:[jo], password:[…]}`: a request's parameters as Spring's DispatcherServlet writes them at DEBUG
 * with `spring.mvc.log-request-details` (`parameters={masked}` without it), each name, a colon and `Arrays.toString` of
 * its values, apart by `, `, and other `Map<String, String[]>` a servlet filter prints the same way: the first value, up
 * to the `,` or `]` that ends it.
 */
const ARRAY_VALUED_ENTRY = /[{ ](?<=\{|, )([A-Za-z_][\w.-]{0,63}):\[([^\s,[\]]{1,4096})(?=[,\]])/g;

/**
 * A request's cookies printed as a record: JSON's `"cookies":{"sid_x":"…"}`, Ruby's `"cookies"=>{"qm_reading"=>"…"}`,
 * Python's `cookies={'fjell_okt': '…'}`, a message's `Request cookies {"_orangehrm":"…"}` (an app logging
 * `req.cookies`), a Java client's cookie objects (`httpClientCookies`). Every entry is a cookie, whatever its name:
 * detection judges an unknown name's value as a cookie's.
 */
const COOKIE_RECORD_START = /\bcookies\b["']?(?:\s*(?:=>|[:=])\s*|\s+)\{/gi;
const COOKIE_RECORD_ENTRY = /(["'])([A-Za-z_][\w.-]{0,63})\1 ?(?::|=>) ?(["'])([^"'\\\s]{1,4096})\3/g;
/** A record of cookies is read this far, up to its first `}`. */
const MAX_COOKIE_RECORD = 8192;

/** What every record of cookies holds, in either case: the prefilter's literal for them (a context word). */
export const COOKIE_RECORD_LITERAL = 'ookies';

/** The entries of the records of cookies a line prints, each read as a pair of its name. */
export function findCookieRecordEntries(line: string): UrlParam[] {
  if (!line.includes(COOKIE_RECORD_LITERAL)) return [];
  const pairs: UrlParam[] = [];
  COOKIE_RECORD_START.lastIndex = 0;
  for (let start = COOKIE_RECORD_START.exec(line); start; start = COOKIE_RECORD_START.exec(line)) {
    const open = start.index + start[0].length;
    const close = line.indexOf('}', open);
    const record = line.slice(
      open,
      close === -1 ? Math.min(line.length, open + MAX_COOKIE_RECORD) : Math.min(close, open + MAX_COOKIE_RECORD),
    );
    COOKIE_RECORD_ENTRY.lastIndex = 0;
    for (let entry = COOKIE_RECORD_ENTRY.exec(record); entry; entry = COOKIE_RECORD_ENTRY.exec(record)) {
      const [text, , name = '', , value = ''] = entry;
      const valueEnd = open + entry.index + text.length - 1;
      pairs.push({ name, anchor: open + entry.index, valueStart: valueEnd - value.length, valueEnd, value });
    }
    COOKIE_RECORD_START.lastIndex = open + record.length;
  }
  return [...pairs, ...httpClientCookies(line)].sort((a, b) => a.valueStart - b.valueStart);
}

/**
 * Apache HttpClient's `BasicClientCookie.toString()`, `[version: 0][name: JSESSIONID][value: …][domain: …]`, as a Java
 * client logs the cookies of its store (SmartGit's Jira integration, a crawler's debug log).
 */
const HTTP_CLIENT_COOKIE = /\[name: ([^\]\s]{1,64})\]\[value: ([^\]\s]{1,4096})\]/g;

function httpClientCookies(line: string): UrlParam[] {
  if (!line.includes('[name: ')) return [];
  return [...line.matchAll(HTTP_CLIENT_COOKIE)].map((match) => {
    const [text, name = '', value = ''] = match;
    const valueEnd = (match.index ?? 0) + text.length - 1;
    return { name, anchor: match.index ?? 0, valueStart: valueEnd - value.length, valueEnd, value };
  });
}

/** The entries of printed `Map<String, String[]>` whose name `isSecretName` accepts, read as pairs of that name. */
export function findArrayValuedEntries(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  return line.includes(':[') ? pairsMatching(line, ARRAY_VALUED_ENTRY, isSecretName, undefined, SEPARATOR) : [];
}

/**
 * A line of a Netscape cookie file (`curl -c`, `wget --save-cookies`, a browser's export): domain, subdomains flag, path,
 * secure flag, expiry, name and value apart by tabs (https://curl.se/docs/http-cookies.html). Printed whole when a job
 * shows its cookie jar; an HTTP-only cookie's line starts `#HttpOnly_` (`COOKIE_FILE_LITERAL`).
 */
const COOKIE_FILE_LINE =
  /^(?:#HttpOnly_)?[^\s#][^\s]*\t(?:TRUE|FALSE)\t[^\t\s]*\t(?:TRUE|FALSE)\t\d{1,20}\t([^\t\s]{1,256})\t([^\t\s]{1,4096})$/;
export const COOKIE_FILE_LITERAL = '#HttpOnly_';

/** The cookie a Netscape cookie file's line holds, read as a pair of its name: a cookie, whatever its name. */
export function findCookieFileEntries(line: string): UrlParam[] {
  const match = line.includes('\t') ? COOKIE_FILE_LINE.exec(line) : null;
  if (!match) return [];
  const [text, name = '', value = ''] = match;
  const valueEnd = match.index + text.length;
  return [{ name, anchor: valueEnd - value.length - name.length - 1, valueStart: valueEnd - value.length, valueEnd, value }];
}

/**
 * A cookie as Python's `http.cookiejar.Cookie` prints itself (`repr`, as a requests session's `cookies` do:
 * `<RequestsCookieJar[Cookie(version=0, name='sessionid', value='…', port=None, …)]>`,
 * https://docs.python.org/3/library/http.cookiejar.html#cookie-objects). A value the server quoted keeps its double
 * quotes inside the repr's (`value='"…"'`): they are no part of it.
 */
const PYTHON_COOKIE = /Cookie\(version=\d{1,2}, name='([^'\\\s]{1,256})', value='"?([^'"\\\s]{1,4096})"?'/g;
/** What every such cookie starts with: the prefilter's literal for them (a context word). */
export const PYTHON_COOKIE_LITERAL = 'Cookie(version=';

/** The cookies of a line that prints `http.cookiejar.Cookie` objects, each read as a pair of its name: a cookie, whatever its name. */
export function findPythonCookies(line: string): UrlParam[] {
  if (!line.includes(PYTHON_COOKIE_LITERAL)) return [];
  return [...line.matchAll(PYTHON_COOKIE)].map((match) => {
    const [text, name = '', value = ''] = match;
    const valueStart = (match.index ?? 0) + text.lastIndexOf(value);
    return { name, anchor: (match.index ?? 0) + text.indexOf('name='), valueStart, valueEnd: valueStart + value.length, value };
  });
}

/**
 * `#{<<"refresh_token">> => <<"…">>}`: a map with binary values as Erlang prints it (Cowboy's request maps and crash
 * reports, an OAuth client's token request through OTP's logger), its keys binaries or atoms (`#{access_token =>
 * <<"…">>}`, as rebar3 prints its Hex config).
 */
const ERLANG_BINARY_PAIR = /(?<![\w"])(?:<<")?([A-Za-z_][\w.-]{0,63})(?:">>)? => <<"([^"\\]{1,4096})(?=">>)/g;

/** The binary entries of printed Erlang maps whose name `isSecretName` accepts. */
export function findErlangBinaryPairs(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  return line.includes(' => <<"') ? pairsMatching(line, ERLANG_BINARY_PAIR, isSecretName) : [];
}

/**
 * `{:grant_type "refresh_token", :refresh_token "…"}`: a Clojure map (EDN) with keyword keys as Clojure prints it
 * (ring-logger's request params, a Luminus or Pedestal app's `log/info` of a map): a keyword, a space, a string.
 */
const CLOJURE_KEYWORD_ENTRY = /(?<=[{([\s,]):([A-Za-z_][\w.-]{0,63}) "([^"\\]{1,4096})(?=")/g;

/** The string entries of printed Clojure maps whose keyword `isSecretName` accepts. */
export function findClojureKeywordEntries(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  return line.includes(' "') ? pairsMatching(line, CLOJURE_KEYWORD_ENTRY, isSecretName) : [];
}

/** The entries of Groovy maps whose name `isSecretName` accepts, read as pairs of that name. */
export function findGroovyMapEntries(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  return line.includes('[') && line.includes(':') ? pairsMatching(line, GROOVY_MAP_ENTRY, isSecretName, undefined, SEPARATOR) : [];
}

/**
 * `&{Addr::8080 DBPassword:s3cr3t Debug:true}`: a Go struct as `fmt`'s `%+v` prints it, each field's name, a colon
 * and its value with no space, fields apart by a space: the value up to the next space or brace. A nil pointer prints
 * as `<nil>`, no value.
 */
const GO_STRUCT_FIELD = /[{ ]([A-Za-z_]\w{0,63}):(?!<nil>)([^\s{}[\]]{1,4096})(?=[ }])/g;
/**
 * What a struct printed so starts with: a brace, then a field's name and its colon, and its value or, for an empty
 * string, the next field (`&{AccessToken: TokenType:Bearer RefreshToken:…}`, an oauth2.Token); not after a quote (a
 * template's `"{name:…}"`) unless that quote opens a logfmt value (slog's `client="{ID:… ClientSecret:…}"`). The brace
 * comes first and the look-behind after it: a pattern that opens with a look-behind is tried at every position.
 */
const GO_STRUCT_START = /\{(?<=(?:^|[^\w"'$])\{|=["']\{)[A-Za-z_]\w{0,63}:(?:\S| [A-Za-z_]\w{0,63}:)/;

/**
 * `{grant_type: refresh_token, refresh_token: trMv…, client_id: app}`, `AuthConfig(clientId: app, clientSecret: A9vD…)`:
 * Dart's `toString()` of a Map and of a class (freezed, json_serializable), as Flutter's Dio logs request data, and
 * Scala's of a Map (`Map(access_token -> trMv…, expires_in -> 3600)`), entries apart by `, ` inside braces or
 * parentheses, values unquoted: the value up to the next `, `, `)` or `}`.
 */
const UNQUOTED_ENTRY = /[({ ](?<=[({]|, )([A-Za-z_][\w.-]{0,63})(?:: | -> )([^\s,(){}[\]"']{8,4096})(?=, |[)}])/g;

/** The unquoted `name: value` and `name -> value` entries of a printed map or object whose name `isSecretName` accepts. */
export function findUnquotedEntries(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  return line.includes(': ') || line.includes(' -> ') ? pairsMatching(line, UNQUOTED_ENTRY, isSecretName, undefined, SEPARATOR) : [];
}

/**
 * `Setting params username => [ night.shift ] password => [ lRU1… ]`: Struts 2's ParametersInterceptor at debug, each
 * request parameter's name, ` => ` and its values in brackets, apart by spaces: the first value, up to a space or the
 * bracket.
 */
const ARROW_BRACKETED_ENTRY = /([A-Za-z_][\w.-]{0,63}) => \[ ?([^\s\]]{1,4096})(?= ?\])/g;

/** The `name => [ value ]` entries whose name `isSecretName` accepts. */
export function findArrowBracketedEntries(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  return line.includes(' => [') ? pairsMatching(line, ARROW_BRACKETED_ENTRY, isSecretName) : [];
}

/**
 * `Set utm_refresh_token = TOT9…`, `ssl.key.password = s3cr3t…`: a setting an app or a client library prints with its
 * value, unquoted, after ` = ` (a settings store's debug log, Kafka's and librdkafka's config dumps, INI-style lists).
 * Not a quoted value (`findQuotedPairs`), a list or an object; masks (`[hidden]`) and `null` are none. Code and SQL
 * write the same (`token = self.client.refresh()`, `WHERE t.token = %(token_1)s`): the caller keeps generated values only.
 */
const SPACED_ASSIGNMENT = /(?<![\w.-])([A-Za-z_][\w.-]{0,63}) = (?![-"'[{(<])([^\s"',;]{8,4096})(?=[\s,;]|$)/g;

/** The `name = value` settings whose name `isSecretName` accepts. */
export function findSpacedAssignments(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  return line.includes(' = ') ? pairsMatching(line, SPACED_ASSIGNMENT, isSecretName) : [];
}

/**
 * `client_secret: n1g8Q~…`, `  password: s3cr3t-…`, `- api_key: …`: a line that is one YAML mapping entry, as a CI job
 * or `helm template` prints a config, or one property of PowerShell's Format-List (`ClientSecret : …`), or a field a
 * CLI prints under a label of a few capitalized words, its colons aligned (Storj's `uplink share`: `Secret Key   : …`;
 * a sentence's words are not: `Using generated security password: …` is prose). The whole line is the pair; its value
 * is plain (a quoted one is read by `findQuotedPairs`) and at least 8 characters.
 */
const LINE_PAIR = /^[ \t]*(?:- )?([A-Za-z_][\w.-]{0,63}(?: [A-Z][\w.-]{0,31}){0,3})[ \t]*: +(?!["'|>&*!{[])([^\s"'#]{8,4096})[ \t\r]*$/d;

/**
 * `--api-key <value>`, `--password <value>`, PowerShell's `-ApiKey <value>`: an option of a command line a CI job,
 * `sudo` or a process audit logs, and the value after it (not another option), up to a space or the quote that ends a
 * quoted command (`for command "/x.sh --refresh-token …": exit status 1`). The `=` form (`--token=…`) is a parameter,
 * read as one.
 */
const COMMAND_LINE_OPTION = /[\s[]--?([A-Za-z_][\w-]{1,40}) +(?!-)([^\s"'`\]]{8,4096})(?=[\s\]"'`]|$)/g;

/**
 * An npm registry's credential set on a command line, `npm config set //<registry>/<path>/:_authToken <token>`, or
 * written in an `.npmrc` a job prints (`//<registry>/<path>/:_auth=<base64>`), the base64 `user:password` of `:_auth`
 * and the `:_password` beside a username
 * (https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration): a credential whatever its name says.
 */
const NPM_REGISTRY_AUTH =
  /(?<=[\s[]|^)\/\/[\w.-]+(?:\/[\w.-]+){0,16}\/:(_auth|_authToken|_password)(?: +|=)([^\s"'`\]]{8,4096})(?=[\s\]]|$)/g;

/**
 * A command line as a list of its words: `["rclone","copy","--s3-secret-access-key","…"]` (JSON, a process's argv as a
 * supervisor or Kubernetes logs it), `['aws', '--secret-key', '…']` (Python's repr), `["--token" "…"]` (Go's `%q`).
 * The value is the next word, quoted the same way.
 */
const QUOTED_OPTIONS = [
  { quote: '"', pattern: /(?<=")--?([A-Za-z_][\w.-]{1,40})"(?:, ?| )"([^"\s]{8,4096})(?=")/g },
  { quote: "'", pattern: /(?<=')--?([A-Za-z_][\w.-]{1,40})'(?:, ?| )'([^'\s]{8,4096})(?=')/g },
];

/** The options of a command line whose name `isSecretName` accepts, each with the value after it. */
export function findCommandLineOptions(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  const options =
    line.includes(' -') || line.includes('[-') ? pairsMatching(line, COMMAND_LINE_OPTION, isSecretName, undefined, SEPARATOR) : [];
  const plain = line.includes('/:_')
    ? mergeByValueStart(
        options,
        pairsMatching(line, NPM_REGISTRY_AUTH, () => true),
      )
    : options;
  const quoted = QUOTED_OPTIONS.filter(({ quote }) => line.includes(`${quote}-`)).map(({ pattern }) =>
    pairsMatching(line, pattern, isSecretName),
  );
  return quoted.reduce(mergeByValueStart, plain);
}

/** The line as a name and a value, when it is one YAML entry or Format-List property whose name `isSecretName` accepts. */
export function findLinePair(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  const match = line.length <= MAX_LINE_PAIR ? LINE_PAIR.exec(line) : null;
  const [nameAt, valueAt] = match?.indices?.slice(1) ?? [];
  const escaped = mergeByValueStart(
    line.includes(ESCAPED_LINE_BREAK) ? pairsMatching(line, ESCAPED_LINE_PAIR, isSecretName, undefined, 2) : [],
    line.includes('":"') ? pairsMatching(line, JSON_STRING_LINE_PAIR, isSecretName, undefined, 3) : [],
  );
  if (!match || !nameAt || !valueAt) return escaped;
  const [, name = '', value = ''] = match;
  if (!isSecretName(name)) return escaped;
  return mergeByValueStart([{ name, anchor: nameAt[0], valueStart: valueAt[0], valueEnd: valueAt[1], value }], escaped);
}

/**
 * A YAML entry on a line of its own inside a string the log JSON-escaped (`"text":"…\n  password: <value>\n…"`: a config
 * or a Kubernetes Secret pasted into an issue comment, a chat message, a job's captured output): the `LINE_PAIR` of each
 * escaped line, its value the rest of that line (up to the next escaped line break or the string's quote).
 */
const ESCAPED_LINE_BREAK = '\\n';
const ESCAPED_LINE_PAIR = /\\n[ \t]*(?:- )?([A-Za-z_][\w.-]{0,63})[ \t]*: +(?!["'|>&*!{[])([^\s"'#\\]{8,4096})(?=\\[nr]|["']|$)/g;

/**
 * A JSON string that is one such line of its own (`{"t":…,"m":"      POSTGRES_PASSWORD: …","n":13}`: a CI job's output
 * line by line, as Screwdriver's and other build APIs return it): the whole string is the pair.
 */
const JSON_STRING_LINE_PAIR = /":"[ \t]*(?:- )?([A-Za-z_][\w.-]{0,63})[ \t]*: +(?!["'|>&*!{[])([^\s"'#\\]{8,4096})(?="[,}])/g;

/**
 * `Using generated security password: 8e557245-…` (Spring Boot's default user), `Password: f7fa3c…` (an app's reset
 * banner): a password a message prints after the word and a colon, up to the next space, quote, `;` or escaped line
 * break (a terminal recording's `"  password: …\r\n"`). Prose puts words there too (`password: incorrect`): the
 * caller judges the value's shape.
 */
const PROSE_PASSWORD = /(?<![\w-])(password|passwd)(?: ?: +)([^\s"',;*\\]{8,128})(?=[\s"',;]|\\[nr]|$)/gi;
/**
 * qBittorrent's Web UI password at a first start (4.6.1 and later), which works until the user sets one: `The WebUI
 * administrator password was not set. A temporary password is provided for this session: <9 characters>`
 * (https://github.com/qbittorrent/qBittorrent/wiki/Frequently-Asked-Questions). Found by `QBITTORRENT_PASSWORD_LITERAL`.
 */
const TEMPORARY_SESSION_PASSWORD = /temporary (password) is provided for this session: ([A-Za-z0-9]{6,64})(?=\s|$)/g;
export const QBITTORRENT_PASSWORD_LITERAL = 'temporary password';

/** Passwords a message prints after the word, each read as a pair named by the word. */
export function findProsePasswords(line: string): UrlParam[] {
  if (!/password|passwd/i.test(line)) return [];
  return mergeByValueStart(
    pairsMatching(line, PROSE_PASSWORD, () => true),
    pairsMatching(line, TEMPORARY_SESSION_PASSWORD, () => true),
  );
}

/**
 * Windows Installer's verbose log (`msiexec /l*v`) writes every property it sets with its value, unless the package
 * lists it in `MsiHiddenProperties` (then `**********`): `PROPERTY CHANGE: Adding DBPASSWORD property. Its value is
 * '…'.`, `… Modifying … Its new value: '…'.`, and the closing list, `Property(S): DBPASSWORD = …`
 * (https://learn.microsoft.com/en-us/windows/win32/msi/windows-installer-logging,
 * https://learn.microsoft.com/en-us/windows/win32/msi/msihiddenproperties). Properties are named in capitals.
 */
const MSI_PROPERTY_SET =
  /PROPERTY CHANGE: (?:Adding|Modifying) ([A-Za-z_][\w.]{0,63}) property\. Its (?:value is|current value is '[^'\r\n]{0,512}'\. Its new value:) '([^'\r\n]{1,512})(?=')/g;
const MSI_PROPERTY_LISTED = /^Property\([SCN]\): ([A-Za-z_][\w.]{0,63}) = ([^\r\n]{1,512})$/g;

/**
 * The literal the log prefilter finds a property's first value by. A changed value (`Modifying`) is read on lines
 * other hits make candidates and in the closing list (`=`): any second literal regrouped the byte search's needles
 * (6.5 % more hits on the benchmark's logs).
 */
export const MSI_PROPERTY_LITERALS: readonly string[] = ['CHANGE: Adding'];

/** The properties a Windows Installer log sets or lists, read as pairs of their names. */
export function findMsiProperties(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  if (line.startsWith('Property(')) return pairsMatching(line, MSI_PROPERTY_LISTED, isSecretName);
  return line.includes('PROPERTY CHANGE: ') ? pairsMatching(line, MSI_PROPERTY_SET, isSecretName) : [];
}

/** A name, a colon and one value: longer lines are something else. */
const MAX_LINE_PAIR = 4096 + 128;

/**
 * `X-Parse-Session-Token: r:…`, `Dd-Api-Key: …`: a header as a dump writes it (OkHttp's logging interceptor, a
 * provider's debug log, `curl -v`), named by two or more words joined by hyphens, as HTTP headers are, that the
 * parameter name table calls a credential; the value runs to the next space, quote or separator. The caller leaves
 * out the headers the context words list (`X-Api-Key`, `X-Amz-Security-Token`), which are read there with their grading.
 */
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;
// The space after the colon may be percent-encoded, as OpenStack Swift's proxy logs every header (`X-Name:%20value`).
const HEADER_VALUE = / ?(?:%20)?([^\s"',;|\\[\]{}()]{8,4096})/y;

/**
 * The dumped headers of a line whose name `isSecretName` accepts, read as pairs of that name. The search starts at
 * each colon and reads the name backwards: a pattern with the name first was tried at every position of every line
 * (7% of the time on a log with a JWT on every line).
 */
export function findDumpedHeaders(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  const pairs: UrlParam[] = [];
  if (!line.includes('-')) return pairs;
  for (let colon = line.indexOf(':'); colon !== -1; colon = line.indexOf(':', colon + 1)) {
    const start = headerNameStart(line, colon);
    const name = line.slice(start, colon);
    if (!HEADER_NAME.test(name) && !(ONE_WORD_HEADER_NAME.test(name) && followsHeaderOption(line, start))) continue;
    HEADER_VALUE.lastIndex = colon + 1;
    const match = HEADER_VALUE.exec(line);
    if (!match) continue;
    // A header's value is never read for another header, whether or not its name is a credential's.
    const valueEnd = HEADER_VALUE.lastIndex;
    colon = valueEnd - 1;
    const value = match[1] ?? '';
    if (isSecretName(name)) pairs.push({ name, anchor: start, valueStart: valueEnd - value.length, valueEnd, value });
  }
  return pairs;
}

/**
 * A header of one word (AbuseIPDB's `Key`, `Token`) is read only where a command line says it is one: curl's and wget's
 * `-H 'Key: …'`, `--header="Token: …"`.
 */
const ONE_WORD_HEADER_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const HEADER_OPTION_BEFORE = /(?:^|\s)(?:-H|--header)(?: +|=)["']?$/;
/** Enough characters before a header's name for its option and quote. */
const HEADER_OPTION_REACH = 16;

function followsHeaderOption(line: string, nameStart: number): boolean {
  return HEADER_OPTION_BEFORE.test(line.slice(Math.max(0, nameStart - HEADER_OPTION_REACH), nameStart));
}

/**
 * Where the run of letters, digits and hyphens that ends at `end` starts, or `end` when a `_` comes before it. The
 * letter of an escaped line break before it is not the name's: a request printed as a string, `…\r\nx-amz-date: …`.
 */
function headerNameStart(line: string, end: number): number {
  let start = end;
  while (start > 0 && isHeaderNameCharacter(line.charCodeAt(start - 1))) start -= 1;
  if (start > 0 && line.charCodeAt(start - 1) === BACKSLASH && ESCAPED_BREAK_LETTERS.has(line[start] ?? '')) start += 1;
  return start > 0 && line.charCodeAt(start - 1) === UNDERSCORE ? end : start;
}

const UNDERSCORE = 0x5f;
const BACKSLASH = 0x5c;
const ESCAPED_BREAK_LETTERS = new Set(['n', 'r', 't']);

function isHeaderNameCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d;
}

/**
 * `LoginModel { Email = jonas@…, Password = … }`: a C# record's (or anonymous object's) `ToString()`, properties
 * written `Name = value` without quotes and apart by `, `: the value up to the next `, ` or ` }` (a value with a space
 * in it is cut there; its start is what matters).
 */
const RECORD_MEMBER = / (?<=\{ |, )([A-Za-z_]\w{0,63}) = ([^\s,{}]{1,4096})(?=,| \})/g;

/** The members of C# records printed by `ToString()` whose name `isSecretName` accepts, read as pairs of that name. */
export function findRecordMembers(line: string, isSecretName: (name: string) => boolean): UrlParam[] {
  return line.includes(' { ') && line.includes(' = ') ? pairsMatching(line, RECORD_MEMBER, isSecretName, undefined, SEPARATOR) : [];
}

/**
 * What a pattern consumes before its entry when it opens with the last character of its separator, then asserts the
 * whole separator behind it (`[[ ](?<=\[|, )name:value`), rather than with the lookbehind alone (`(?<=\[|, )name:value`):
 * V8 runs a pattern that opens with a lookbehind, or with an alternative that does, at every position of a line (~2 µs
 * on a 250-character access log line), and skips to the candidates of one that opens with a character class.
 */
const SEPARATOR = 1;

/**
 * The matches of `pattern` (global; a name group, then a value group that ends the match) whose name `isSecretName`
 * accepts, as pairs in line order; each pair starts `lead` characters into its match (`SEPARATOR`).
 */
function pairsMatching(
  line: string,
  pattern: RegExp,
  isSecretName: (name: string) => boolean,
  decode: (raw: string) => string = (raw) => raw,
  lead = 0,
): UrlParam[] {
  const pairs: UrlParam[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const [text, name = '', value = ''] = match;
    if (!isSecretName(name)) continue;
    const valueEnd = match.index + text.length;
    pairs.push({ name, anchor: match.index + lead, valueStart: valueEnd - value.length, valueEnd, value: decode(value) });
  }
  return pairs;
}

/** The pair a match opens: `name`, and the value from the match's end to its closing `quote`. */
function pairAfter(line: string, match: RegExpExecArray, name: string, quote: string): UrlParam {
  const valueStart = match.index + match[0].length;
  const valueEnd = endOfQuoted(line, valueStart, quote);
  return { name, anchor: match.index, valueStart, valueEnd, value: decodeValue(line.slice(valueStart, valueEnd)) };
}

/** Two lists of parameters in line order, merged in line order (detection finds enclosing parameters by binary search). */
export function mergeByValueStart(first: readonly UrlParam[], second: readonly UrlParam[]): UrlParam[] {
  if (second.length === 0) return first as UrlParam[];
  if (first.length === 0) return second as UrlParam[];
  return [...first, ...second].sort((a, b) => a.valueStart - b.valueStart);
}
