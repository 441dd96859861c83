import { decodeBase64 } from '../../secrets/base64.js';
import {
  authorizationSchemes,
  HEADER_ONLY_SCHEMES,
  VENDOR_SCHEME,
  COOKIELESS_FORMS_TICKET,
  COOKIELESS_PATH_END,
  COOKIELESS_SESSION,
  credentialHeaders,
  DOCKER_CONFIG_AUTH,
  POWERSHELL_ENCODED_COMMAND,
  PLAIN_TEXT_SECURE_STRING,
  CURL_USER_OPTION,
  SASL_CREDENTIAL,
  RTMP_STREAM_KEY,
  CALENDAR_FEED,
  secretKeyLiterals,
  secretLinkSegments,
  COMMAND_LINE_OPTION_LITERALS,
  type ContextWord,
} from '../../secrets/context-words.js';
import { isJwt } from '../../secrets/jwt.js';
import { normalizeParamName, type SecretParamName } from '../../secrets/param-names.js';
import { classifySecretValue, isPlaceholderValue, isSignedCompound } from '../../secrets/shapes.js';
import { findPathTokens } from './find-path-tokens.js';
import {
  COOKIE_FILE_LITERAL,
  COOKIE_RECORD_LITERAL,
  MSI_PROPERTY_LITERALS,
  PYTHON_COOKIE_LITERAL,
  QBITTORRENT_PASSWORD_LITERAL,
  TUPLE_STARTS,
} from './find-quoted-pairs.js';

/**
 * Credentials announced by the words around them (src/secrets/context-words.ts), in any line: `Bearer <token>` and
 * `Basic <base64>` wherever they are written (a header dump, a JSON object, a query value), a credential header
 * printed as `X-Api-Key: …` or `"x-api-key":"…"`, the secret segment of a reset, magic, invitation or verification
 * link (or of any link whose path ends in a generated token: find-path-tokens.ts), ASP.NET's cookieless session id, and
 * a password PowerShell is handed in plain text. Each comes with the name a finding calls it by; the caller classifies
 * and assesses it like a parameter.
 */
export interface ContextSecret {
  readonly name: string;
  readonly entry: SecretParamName;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The literals the log prefilter finds these by (each word's `literals`), the cookieless session's and ticket's, and
 * the key names that announce a credential in a printed object (read by `findQuotedPairs`), each once.
 */
export function contextLiterals(): { readonly literal: string; readonly next: string | undefined }[] {
  const words = [...authorizationSchemes, ...credentialHeaders, ...secretLinkSegments];
  const plain = [...new Set([...words.flatMap(({ literals = [] }) => literals), ...secretKeyLiterals, ...COMMAND_LINE_OPTION_LITERALS])];
  const more = [
    ...POWERSHELL_ENCODED_COMMAND.literals,
    PLAIN_TEXT_SECURE_STRING.literal,
    CURL_USER_OPTION.literal,
    ...SASL_CREDENTIAL.literals,
    COOKIELESS_PATH_END,
    DOCKER_CONFIG_AUTH.literal,
    CALENDAR_FEED.literal,
    COOKIE_RECORD_LITERAL,
    ...VENDOR_SCHEME.literals,
    ...MSI_PROPERTY_LITERALS,
    QBITTORRENT_PASSWORD_LITERAL,
    COOKIE_FILE_LITERAL,
    ...TUPLE_STARTS,
    PYTHON_COOKIE_LITERAL,
  ];
  return [...plain, ...more].map((literal) => ({ literal, next: undefined }));
}

const alternatives = (table: readonly ContextWord[]) => table.map(({ word }) => word.replaceAll('-', '[-_]?')).join('|');

/**
 * A segment holding a `contained` link word: words joined by `-`, `_` or `:` before it (MediaWiki's `Special:ConfirmEmail`,
 * its namespace percent-encoded in other languages: `Speci%C3%A1ln%C3%AD:ConfirmEmail`), a short word glued before it
 * (`web`), anything after it. The segment is first measured (64 characters at most, up to its `/`), so that the
 * alternatives retried within it cost a bounded time whatever the line.
 */
const containedWords = (table: readonly ContextWord[]) =>
  String.raw`(?=[A-Za-z0-9_:%-]{1,64}/)(?:[A-Za-z0-9%]+[_:-])*[A-Za-z]{0,12}?(?:${alternatives(table)})[A-Za-z0-9_-]*`;

/**
 * `Bearer eyJ…`, `bearer%20abc…`, `Basic dXNlcjpwYXNz`: the credential runs over token68 characters (RFC 7235). The
 * scheme follows no letter, unless the letter ends a percent escape (`Authorization%3ABearer%20…` in CloudFront's
 * percent-encoded header list), its space escaped for a shell (`--header Authorization:\ Bearer\ …`, as Homebrew's
 * `--debug` prints the curl it runs). Rails' `token_and_options` form names the token: `Token token="…"` (quotes JSON-escaped
 * in a dumped request: `token=\"…\"`).
 */
const SCHEME_VALUE = new RegExp(
  String.raw`(?<!(?<!%[0-9A-Fa-f])[A-Za-z])(${alternatives(authorizationSchemes)})(?: {1,3}|%20|\+|\\ )(?:token=\\?"?)?((?:\d{1,10}\|)?[A-Za-z0-9._~+/-]{8,4096}=*(?::[A-Za-z0-9]{8,256})?)`,
  'gi',
);
/**
 * Laravel Sanctum's tokens carry their id before a `|` (`Bearer 577|mXMi…`, https://laravel.com/docs/sanctum#issuing-api-tokens);
 * Frappe's and ERPNext's API keys their secret after a `:` (`token <api_key>:<api_secret>`,
 * https://frappeframework.com/docs/user/en/api/rest#token-based-authentication). The random part is what is judged.
 */
const TOKEN_ID_PREFIX = /^\d{1,10}\|/;

/** The part of a scheme's value that is random: past a Sanctum id, after a Frappe key (its secret). */
function randomPartOf(value: string): string {
  const token = value.replace(TOKEN_ID_PREFIX, '');
  return token.slice(token.lastIndexOf(':') + 1);
}
/**
 * `X-Api-Key: …`, `"x-api-key":"…"`, `'X-Auth-Token': '…'` (an `=` form is a parameter, found as one); also a header
 * dump JSON-escaped into a message (`\r\nOcp-Apim-Subscription-Key: …\r\n`: the name follows an escape, the value ends
 * at the next one) and the one-string arrays of Go's `http.Header` as Caddy logs it (`"X-Auth-Token":["…"]`) or
 * `fmt` prints it (`map[X-Auth-Token:[…]]`). A `|` ends the value: mod_log_forensic joins headers with it.
 */
const HEADER_VALUE = new RegExp(
  String.raw`(?:(?<![\w-])|(?<=\\[nrt]))(${alternatives(credentialHeaders)})["']?\s*:\s*\[?["']?([^\s"',;{}\[\]\\()|]{8,4096})`,
  'gi',
);
/**
 * `/reset/<uidb64>/<token>/`: the two segments after the word (a word's `reach` more); the secret is the first
 * secret-shaped one, or a third after two numbers (Drupal's `/user/reset/<uid>/<timestamp>/<hash>`). They are looked
 * ahead at, not consumed, so a word among them starts a link of its own (`/auth/reset/<uidb64>/<token>/`). A segment
 * ends where a URL's path does, and at `|`, a parenthesis, a bracket, a backslash or a backtick, which no token holds and
 * logs put after a URL (Drupal's syslog line's `|`, a message's `(…)`, `[…]` or Guzzle's backticks around it, a
 * JSON-escaped quote).
 */
const exactLinkWords = secretLinkSegments.filter((word) => word.contained !== true);
const containedLinkWords = secretLinkSegments.filter((word) => word.contained === true);
const LINK_SEGMENT = String.raw`[^/?#\s"'\`;&|()\\[\]]{1,512}`;
const MAX_REACH = 4;
const LINK_SEGMENTS = new RegExp(
  // After a `/`, or where a route is written without its leading one (CodeIgniter's `Route: reset-password/<token>`).
  String.raw`(?:/|(?<=[\s"'=(\[]))(${alternatives(exactLinkWords)}|${containedWords(containedLinkWords)})(?=/(${LINK_SEGMENT})` +
    `(?:/(${LINK_SEGMENT})`.repeat(MAX_REACH - 1) +
    ')?'.repeat(MAX_REACH - 1) +
    ')',
  'gi',
);

const entryFor = (name: string, kind: SecretParamName['kind']): SecretParamName => ({
  name,
  kind,
  needsSecretValue: false,
  singleUse: false,
});
const AUTHORIZATION = entryFor('authorization', 'token');
const BASIC = entryFor('authorization', 'password');
const HEADER = entryFor('header', 'api-key');
const LINK = entryFor('link', 'token');
const SINGLE_USE_LINK: SecretParamName = { ...entryFor('link', 'ticket'), singleUse: true };
const linkWords = new Map(secretLinkSegments.map((word) => [word.word, word]));

/** The table's entry for a link segment as written: the word it is, or the first `contained` word it holds. */
function linkWordOf(written: string): ContextWord | undefined {
  const flat = withoutSeparators(written);
  return (
    linkWords.get(written.toLowerCase().replaceAll('_', '-')) ?? flatContainedWords.find(({ flatWord }) => flat.includes(flatWord))?.word
  );
}

const withoutSeparators = (text: string) => text.toLowerCase().replace(/[-_]/g, '');
const flatContainedWords = containedLinkWords.map((word) => ({ word, flatWord: withoutSeparators(word.word) }));

/**
 * What a finding calls a link: its path word as written (`/formatted_webhook/`), or the table's word when the segment
 * holding it looks random itself (a token that happens to contain `hook`), which no output may show.
 */
function linkName(written: string, word: ContextWord | undefined): string {
  return `/${word !== undefined && classifySecretValue(written) !== undefined ? word.word : written}/`;
}
const COOKIELESS = entryFor('aspnetsessionid', 'session');
const SECURE_STRING = entryFor('password', 'password');
const FORMS_TICKET = entryFor('aspxauth', 'session');

const contextHeaderNames = new Set(credentialHeaders.map(({ word }) => normalizeParamName(word)));

/** A header the context words read (`X-Api-Key`, `X-Amz-Security-Token`), with their own grading: not a dumped pair. */
export function isContextHeader(name: string): boolean {
  return contextHeaderNames.has(normalizeParamName(name));
}

export function findContextSecrets(line: string): ContextSecret[] {
  const links = linkSecrets(line);
  return [
    ...schemeValues(line),
    ...vendorSchemeValues(line),
    ...headerValues(line),
    ...links,
    ...findPathTokens(line).filter((token) => !links.some((link) => link.start === token.start)),
    ...cookielessSessions(line),
    ...cookielessTickets(line),
    ...registryLogins(line),
    ...plainTextSecureStrings(line),
    ...curlUserPasswords(line),
    ...saslCredentials(line),
    ...rtmpStreamKeys(line),
    ...calendarFeeds(line),
  ];
}

/** A private calendar feed's secret (`CALENDAR_FEED`): the random segment before `.ics`, or Google's `private-<hex>`. */
function calendarFeeds(line: string): ContextSecret[] {
  if (!line.includes(CALENDAR_FEED.literal)) return [];
  return matches(line, CALENDAR_FEED.pattern).flatMap(({ groups: [google, segment], index }) => {
    const value = google ?? segment ?? '';
    if (google === undefined && (classifySecretValue(value) === undefined || isCalDavItem(line, index, value))) return [];
    const start = index + 1;
    return [{ name: 'calendar feed', entry: LINK, value, start, end: start + value.length }];
  });
}

/**
 * A CalDAV server's event or task (RFC 4791): a resource named by its UID, mostly a UUID, in a collection under a `dav`
 * path or written with a method only a calendar client sends (`PUT`, `REPORT`, …). A feed is read with `GET` from a
 * link of its own.
 */
function isCalDavItem(line: string, slash: number, value: string): boolean {
  if (!UUID.test(value)) return false;
  const pathStart = line.lastIndexOf(' ', slash) + 1;
  return CALDAV_PATH.test(line.slice(pathStart, slash + 1)) || CALDAV_METHOD.test(line);
}

const CALDAV_PATH = /\/(?:cal)?dav\//i;
const CALDAV_METHOD = /\b(?:PUT|DELETE|REPORT|PROPFIND|MKCALENDAR|MOVE)\b/;

/** The schemes read by their own rows, and handshakes, which hold no reusable credential. */
const NOT_VENDOR_SCHEMES = [...authorizationSchemes.map(({ word }) => word.toLowerCase()), ...VENDOR_SCHEME.handshakes];

/**
 * `Authorization: Zoho-oauthtoken 1000.…`, `"authorization": "ShippoToken shippo_live_…"` (`VENDOR_SCHEME`): the
 * header's name, a scheme word no row knows, a space, the credential (judged like a bearer token's).
 */
const VENDOR_SCHEME_VALUE = new RegExp(
  String.raw`(?<![A-Za-z0-9])authorization\\?["']?\s{0,3}[:=]\s{0,3}\\?["']?(?!(?:${NOT_VENDOR_SCHEMES.join('|')})(?![\w-]))([A-Za-z][\w.-]{1,31})(?: {1,3}|%20|\+)([A-Za-z0-9._~+/-]{8,4096}=*)`,
  'gi',
);

function vendorSchemeValues(line: string): ContextSecret[] {
  if (!/uthorization/i.test(line)) return [];
  return matches(line, VENDOR_SCHEME_VALUE).flatMap(({ groups: [, value = ''], index, text }) => {
    if (!isBearerValue(value)) return [];
    const start = index + text.length - value.length;
    return [{ name: 'Authorization', entry: AUTHORIZATION, value, start, end: start + value.length }];
  });
}

function schemeValues(line: string): ContextSecret[] {
  return matches(line, SCHEME_VALUE).flatMap(({ groups: [scheme = '', value = ''], index, text }) => {
    if (isHeaderOnlyScheme(scheme) && !followsHeaderName(line, scheme, index)) return [];
    const start = index + text.length - value.length;
    const basic = scheme.toLowerCase() === 'basic';
    if (basic ? !isBasicCredential(value) : !isBearerValue(randomPartOf(value))) return [];
    return [{ name: 'Authorization', entry: basic ? BASIC : AUTHORIZATION, value, start, end: start + value.length }];
  });
}

/** A scheme read only as written after its header's name, in whatever case the line has it. */
function isHeaderOnlyScheme(scheme: string): boolean {
  return headerOnlySchemes.has(scheme.toLowerCase());
}

const headerOnlySchemes = new Set([...HEADER_ONLY_SCHEMES].map((word) => word.toLowerCase()));

/**
 * `Authorization: Token …`, `"request_authorization":"Token …"`, Frappe's `'Authorization': 'token …'`: the scheme, in
 * any case, after the header's name.
 */
function followsHeaderName(line: string, scheme: string, index: number): boolean {
  return isHeaderOnlyScheme(scheme) && /authorization/i.test(line.slice(Math.max(0, index - HEADER_NAME_REACH), index));
}

/** How far before a scheme its header's name may be: `"request_authorization": "` and JSON escapes. */
const HEADER_NAME_REACH = 48;

/**
 * A bearer value worth reporting: a JWT, or a secret-shaped opaque token (not `Bearer realm=…`, not a placeholder). A
 * JWT with more glued to it is left to the JWT shape, which reports it with its claims.
 */
function isBearerValue(value: string): boolean {
  if (value.startsWith('eyJ')) return isJwt(value);
  return !isPlaceholderValue(value) && classifySecretValue(value) !== undefined;
}

/**
 * `user:password` in base64, with a password (RFC 7617); `Basic realm` and other prose decode to nothing like it. The
 * user may be empty: Azure DevOps takes a personal access token as `:<PAT>`
 * (https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate).
 */
function isBasicCredential(value: string): boolean {
  const decoded = decodeBase64(value, 'latin1');
  const colon = decoded.indexOf(':');
  return colon >= 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded) && !isPlaceholderValue(decoded.slice(colon + 1));
}

/** A password PowerShell is handed in plain text (`PLAIN_TEXT_SECURE_STRING`); not a variable (`$env:PW`). */
function plainTextSecureStrings(line: string): ContextSecret[] {
  if (!/convertto-securestring/i.test(line)) return [];
  return matches(line, PLAIN_TEXT_SECURE_STRING.pattern).flatMap(({ groups: [, value = ''], index, text }) => {
    if (isPlaceholderValue(value) || value.startsWith('$')) return [];
    const start = index + text.indexOf(value, PLAIN_TEXT_SECURE_STRING.literal.length);
    return [{ name: 'ConvertTo-SecureString', entry: SECURE_STRING, value, start, end: start + value.length }];
  });
}

/** The password of curl's `-u user:password` (`CURL_USER_OPTION`), after the command's name. */
function curlUserPasswords(line: string): ContextSecret[] {
  const command = line.indexOf(CURL_USER_OPTION.literal);
  if (command === -1) return [];
  return matches(line, CURL_USER_OPTION.pattern).flatMap(({ groups: [, value = ''], index, text }) => {
    if (index < command || isPlaceholderValue(value) || value.startsWith('$')) return [];
    const start = index + text.lastIndexOf(value);
    return [{ name: 'curl --user', entry: SECURE_STRING, value, start, end: start + value.length }];
  });
}

/**
 * The credential of a SASL exchange (`SASL_CREDENTIAL`): PLAIN's blob when it decodes to a user and a password, as
 * `Basic`; XOAUTH2's and OAUTHBEARER's when it decodes to a bearer token, as an `Authorization` header's.
 */
function saslCredentials(line: string): ContextSecret[] {
  if (!line.includes('AUTH') && !line.includes(SASL_MECHANISM)) return [];
  return matches(line, SASL_CREDENTIAL.pattern).flatMap(({ groups: [command, element, value = ''], index, text }) => {
    const decoded = decodeBase64(value, 'latin1');
    // IRC's blob comes in an `AUTHENTICATE` of its own: what it decodes to names its mechanism.
    const mechanism = command ?? element ?? (holdsPlainPassword(decoded) ? 'PLAIN' : 'OAUTHBEARER');
    const plain = mechanism === 'PLAIN';
    if (plain ? !holdsPlainPassword(decoded) : !SASL_BEARER.test(decoded)) return [];
    const start = index + text.length - value.length;
    return [{ name: `SASL ${mechanism}`, entry: plain ? BASIC : AUTHORIZATION, value, start, end: start + value.length }];
  });
}

const SASL_MECHANISM = 'mechanism=';
/** SASL's field separator, ^A (written out: a control character in a regex literal reads as a typo). */
const SOH = '\u0001';
/** `auth=Bearer <token>` between XOAUTH2's and OAUTHBEARER's `^A` separators. */
const SASL_BEARER = new RegExp(String.raw`${SOH}auth=Bearer [\x21-\x7e]{8,}${SOH}`, 'i');

/** PLAIN's `authzid NUL authcid NUL passwd` with a password that is no placeholder. */
function holdsPlainPassword(decoded: string): boolean {
  const parts = decoded.split('\0');
  const password = parts[2] ?? '';
  return parts.length === 3 && password !== '' && /^[\x20-\x7e]+$/.test(password) && !isPlaceholderValue(password);
}

/** The stream key of a live stream's ingest URL (`RTMP_STREAM_KEY`). */
function rtmpStreamKeys(line: string): ContextSecret[] {
  if (!line.includes(RTMP_STREAM_KEY.scheme)) return [];
  return matches(line, RTMP_STREAM_KEY.pattern).flatMap(({ groups: [key = ''], index, text }) => {
    if (!UUID.test(key) && !RTMP_STREAM_KEY.dashedGroups.test(key) && classifySecretValue(key) === undefined) return [];
    const start = index + text.length - key.length;
    return [{ name: 'stream key', entry: STREAM_KEY, value: key, start, end: start + key.length }];
  });
}

const STREAM_KEY = entryFor('streamkey', 'api-key');

/** Docker's `"auth": "<base64>"` that decodes to `user:password`: a registry login, read as Basic credentials are. */
function registryLogins(line: string): ContextSecret[] {
  if (!line.includes(DOCKER_CONFIG_AUTH.literal)) return [];
  return matches(line, DOCKER_CONFIG_AUTH.pattern).flatMap(({ groups: [value = ''], index, text }) => {
    if (!isBasicCredential(value)) return [];
    const start = index + text.length - value.length - 1;
    return [{ name: 'auth', entry: BASIC, value, start, end: start + value.length }];
  });
}

function headerValues(line: string): ContextSecret[] {
  return matches(line, HEADER_VALUE).flatMap(({ groups: [name = '', value = ''], index, text }) => {
    if (isPlaceholderValue(value) || authorizationSchemes.some(({ word }) => word.toLowerCase() === value.toLowerCase())) return [];
    const start = index + text.length - value.length;
    // A type's name, as Rust's Debug prints a wrapper that hides its secret (`api_key: SecretString([REDACTED])`).
    if (line[start + value.length] === '(') return [];
    return [{ name, entry: HEADER, value, start, end: start + value.length }];
  });
}

function linkSecrets(line: string): ContextSecret[] {
  const found = matches(line, LINK_SEGMENTS).flatMap(({ groups: [written = '', ...segments], index, text }) => {
    const word = linkWordOf(written);
    const trimmed = segments.map((segment) => segment?.replace(SENTENCE_PUNCTUATION_AT_END, ''));
    // A route word after the link's own continues it (wger's `/password/reset/check/<uidb64>/<token>`); not after a
    // word many paths hold (`/share/hadoop/yarn/…` is a directory).
    const continues = word?.reach === undefined && word?.broad !== true && ROUTE_CONTINUATION.test(trimmed[0] ?? '');
    const after = continues ? trimmed.slice(1) : trimmed;
    const [first = '', second, third] = after;
    const afterIds = NUMBER.test(first) && second !== undefined && NUMBER.test(second) ? third : undefined;
    const candidates = word?.reach === undefined ? [first, second, afterIds] : after.slice(0, word.reach);
    const secret = candidates.find((segment) => segment !== undefined && isLinkSecret(segment, word));
    if (secret === undefined) return [];
    const start = line.indexOf(secret, index + text.length + 1);
    const entry = word?.singleUse === true ? SINGLE_USE_LINK : LINK;
    return [{ name: linkName(written, word), entry, value: secret, start, end: start + secret.length }];
  });
  // A secret two words announce (`/auth/magic/<token>`) is named by the nearer one.
  return found.filter((secret, index) => found[index + 1]?.start !== secret.start);
}

const NUMBER = /^\d+$/;
/** A lower-case word (`check`, `confirm`, `do-reset`): no secret, an id or a number. */
const ROUTE_CONTINUATION = /^[a-z]+(?:[-_][a-z]+)*$/;
/** A message's punctuation after a URL it quotes (`…/webhook/<key>: 401 Unauthorized`), which no token ends with. */
const SENTENCE_PUNCTUATION_AT_END = /[:.,!]+$/;
/** An API object's id, named by its type's prefix (Stripe's `we_1NG8Du2eZvKYlo2C`, `evt_…`): no secret of a link. */
const PREFIXED_OBJECT_ID = /^[a-z]{2,6}_[A-Za-z0-9]{8,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A random segment: not an id (`/invite/42`), a word (`/reset/password`) or a placeholder; also signed parts joined by
 * `:` (Django's signing, a Tableau ticket).
 */
function isLinkSecret(segment: string, word: ContextWord | undefined): boolean {
  if (segment.length < 16 || /^\d+$/.test(segment)) return false;
  if (word?.contained === true && PREFIXED_OBJECT_ID.test(segment)) return false;
  if (word?.uuidIsSecret === true && UUID.test(segment)) return true;
  if (word?.broad === true) return isMixedCase(segment) && classifySecretValue(segment) !== undefined;
  return classifySecretValue(segment) !== undefined || isSignedCompound(segment) || hasTokenPart(segment);
}

/**
 * A token with something joined to it: an expiry (`<hex>-1794894198`, as shops sign activation links), a version or an
 * id. UUIDs (no part of 16 characters) and slugs (words) have none.
 */
function hasTokenPart(segment: string): boolean {
  return segment.split(/[-.~]/).some((part) => part.length >= 16 && part !== segment && classifySecretValue(part) !== undefined);
}

/** Letters of both cases: what random base64 has, and ids (UUIDs, hex) do not. */
function isMixedCase(segment: string): boolean {
  return /[a-z]/.test(segment) && /[A-Z]/.test(segment);
}

function cookielessSessions(line: string): ContextSecret[] {
  if (!line.includes('S(')) return [];
  return matches(line, COOKIELESS_SESSION.pattern).map(({ groups: [value = ''], index }) => {
    const start = index + 3;
    return { name: 'ASP.NET session', entry: COOKIELESS, value, start, end: start + value.length };
  });
}

function cookielessTickets(line: string): ContextSecret[] {
  if (!line.includes('F(')) return [];
  return matches(line, COOKIELESS_FORMS_TICKET.pattern).map(({ groups: [value = ''], index }) => {
    const start = index + 3;
    return { name: 'ASP.NET forms authentication', entry: FORMS_TICKET, value, start, end: start + value.length };
  });
}

interface Match {
  readonly index: number;
  readonly text: string;
  readonly groups: readonly (string | undefined)[];
}

function matches(line: string, regex: RegExp): Match[] {
  const found: Match[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(line); match; match = regex.exec(line))
    found.push({ index: match.index, text: match[0], groups: match.slice(1) });
  return found;
}
