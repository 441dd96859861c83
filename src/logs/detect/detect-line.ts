import { decodeBase64, decodeHexText } from '../../secrets/base64.js';
import { decodeJwt, jwtFacts, type JwtFacts } from '../../secrets/jwt.js';
import {
  isKnownNonSecretName,
  normalizeParamName,
  type ParamNameClassifier,
  type SecretKind,
  type SecretParamName,
} from '../../secrets/param-names.js';
import {
  classifySecretValue,
  createJwtRegex,
  GENERATED_VALUE_MIN_LENGTH,
  looksGeneratedHex,
  looksGeneratedSessionKey,
  looksGeneratedStandardBase64,
  looksGeneratedValue,
  findProviderTokens,
  isPasswordHash,
  isPlaceholderValue,
  looksRandomWithoutDigit,
  matchProviderToken,
  type ProviderTokenShape,
} from '../../secrets/shapes.js';
import { decodeValue, findUrlParams, type UrlParam } from './find-url-params.js';
import { findSqlValues } from './find-sql-values.js';
import { detachString } from '../detach.js';
import { lastStartingAtOrBefore } from './find-sorted.js';
import {
  findSignedUrlScheme,
  isIdentifyingIn,
  readSignedUrlDeadline,
  type SignedUrlDeadline,
  type SignedUrlScheme,
} from '../../secrets/signed-urls.js';
import { isReportableSecret } from './assess-secret.js';
import { findContextSecrets, isContextHeader } from './find-context-secrets.js';
import { listJsonFields, type JsonField } from './json-fields.js';
import {
  findArrayValuedEntries,
  findArrowBracketedEntries,
  findCookieFileEntries,
  findClojureKeywordEntries,
  findErlangBinaryPairs,
  findCookieRecordEntries,
  findPythonCookies,
  findDumpedHeaders,
  findGoMapPairs,
  findGroovyMapEntries,
  findLinePair,
  findMsiProperties,
  findProsePasswords,
  findListedPairs,
  findCommandLineOptions,
  findUnquotedEntries,
  findSpacedAssignments,
  findNamedValues,
  findQuotedPairs,
  findSerializedPairs,
  findXmlElements,
  findRecordMembers,
  mergeByValueStart,
} from './find-quoted-pairs.js';
import {
  isIdName,
  isIdNotCredential,
  isPublicKeyByShape,
  isRandomByDesignName,
  isTransportSessionId,
  type NameLookup,
} from '../../secrets/credential-risk.js';
import {
  CIPHERTEXT_OBJECTS,
  BASE64_DATABASE_URLS,
  ENCRYPTED_COOKIE_VALUE,
  TIMESTAMPED_SIGNATURE,
  CODE_AS_CREDENTIAL_PATHS,
  FRONT_CONTROLLER_ROUTE,
  isSessionSecretShape,
  OAUTH_CODE_CONTEXT,
  QUERY_ONLY_CREDENTIAL_NAME,
  REFERENCE_NUMBER,
  REQUEST_SIGNATURE_SCHEME,
  USER_PASSWORD_QUERY,
} from '../../secrets/known-values.js';
import { authorizationSchemes, POWERSHELL_ENCODED_COMMAND } from '../../secrets/context-words.js';

/** One secret in one line. `value` is the raw secret: it stays inside the scanner and is never put in a finding. */
export interface LineSecret {
  /** `url-userinfo`: the password in `scheme://user:password@host`. */
  readonly kind: 'url-param' | 'url-userinfo' | 'jwt' | 'provider-token';
  readonly value: string;
  /** Span of the secret as written in the line (percent-encoded when nested in another URL). */
  readonly start: number;
  readonly end: number;
  /**
   * What a scrubbed copy replaces: the whole value of the parameter the secret sits in (`token=<JWT>~tail`, a provider
   * token glued to a JWT), so no part of it stays behind; the secret's own span when it is in no parameter.
   */
  readonly redactStart: number;
  readonly redactEnd: number;
  /** Start of the context the detection needed (the parameter name): long-line windows split on it. */
  readonly anchor: number;
  readonly param: { readonly name: string; readonly entry: SecretParamName | undefined } | undefined;
  readonly signedUrl: SignedUrlScheme | undefined;
  /** When the signed URL stops working, as far as its parameters say. */
  readonly signedUrlDeadline?: SignedUrlDeadline | undefined;
  /** Who signed the URL (`X-Amz-Credential`): a documentation example signs only examples. */
  readonly signedUrlSigner?: string | undefined;
  readonly jwt: JwtFacts | undefined;
  readonly provider: ProviderTokenShape | undefined;
  /** Engine.IO's `sid` beside `EIO=` or under `/socket.io/`: a transport id (note at most). */
  readonly transportId?: boolean | undefined;
}

/**
 * Which token shapes to look for. Every JWT and provider token starts with a literal of the prefilter, so a line whose
 * hits announce neither (only a parameter name, say) cannot hold one.
 */
export interface DetectLineOptions {
  readonly jwts: boolean;
  readonly providers: boolean;
  /** Whether an `@` ends what may be a URL's user info with a password. */
  readonly userinfo: boolean;
  /** Whether the line holds a word that announces a credential (`Bearer`, `X-Api-Key`, `/reset/`: context-words.ts). */
  readonly contexts?: boolean;
}

/** Shortest OAuth code read beside a random `state` (`isShortOAuthCode`). */
const SHORT_OAUTH_CODE_LENGTH = 6;
/** Shortest value worth reporting per parameter kind: `token=1` is a flag, `password=abc` is still a password. */
const MIN_VALUE_LENGTH: Partial<Record<SecretKind, number>> = { password: 1, otp: 4, 'oauth-code': SHORT_OAUTH_CODE_LENGTH };
const DEFAULT_MIN_VALUE_LENGTH = 8;

const jwtRegex = createJwtRegex();

/**
 * Every secret in a line, whatever its format: sensitive URL parameters, JWTs and provider tokens. A JWT or
 * provider token that is the value of a parameter is one secret (reported by its shape, naming the parameter).
 * `formatParams` are values the file's format names that the line does not (a W3C column logging a credential header).
 */
export function detectLineSecrets(
  line: string,
  options: DetectLineOptions,
  names: ParamNameCache,
  depth = 0,
  formatParams: readonly UrlParam[] = [],
): LineSecret[] {
  const strutsToken = line.includes(STRUTS_TOKEN_NAME_FIELD) ? STRUTS_TOKEN_NAME.exec(line)?.[1] : undefined;
  const classifyName = (name: string) => (name === strutsToken ? undefined : names.classify(name));
  // A printed query object with a `state` (`{'code': …, 'state': …}`, `[("state",…),("code",…)]`) may be an OAuth
  // callback's: its `code` is read, and its `state` beside it, and judged as in a URL (`codeEntry`). Other lines'
  // `code` keys (error codes) are not read at all.
  const printsOAuthState = line.includes('state') && PRINTED_STATE_KEY.test(line);
  const isObjectSecretName = (name: string) => {
    const entry = classifyName(name);
    if (isPlainSecretName(entry)) return true;
    if (entry?.kind === 'oauth-code') return printsOAuthState;
    // A session or ticket under a name that needs a secret-shaped value (`store_session`, `join_ticket`) is read too:
    // the value decides. Not `key`, `secret`, `Authorization`: printed objects hold public keys and signing schemes.
    if (entry !== undefined && PRINTED_SHAPED_KINDS.has(entry.kind)) return true;
    // A key (`app_key`, `api_kunji`) only with a value a server generated (`holdsGeneratedKey` below).
    if (entry?.kind === 'api-key') return true;
    return printsOAuthState && normalizeParamName(name) === OAUTH_CODE_CONTEXT.companion;
  };
  // Printed objects hold storage keys and paths under `key` (`"key":"uploads/2027/05/photo.jpg"`), public keys, sort
  // and cache keys: an ambiguous key name's value is read only when it looks generated (base64url of both cases and
  // digits, no words, no slashes), or under a key's own name (`access_key`, `app_key`) 32 to 64 random lowercase hex
  // digits, as apilayer's APIs (ipstack, weatherstack) issue theirs; `key`, or a name that is only a key of something
  // (`md5_key`, `content_key`), holding hex is a cache key or a digest, and an upper-case hex `appKey` the id of a
  // signing app (Apache ShenYu's sign plugin signs with the app's secret, sent beside it as `sign`).
  const holdsGeneratedKey = (pair: UrlParam) => {
    const entry = classifyName(pair.name);
    if (entry?.kind !== 'api-key' || !entry.needsSecretValue || looksGeneratedSecret(pair.value)) return true;
    if (normalizeParamName(pair.name) !== BARE_KEY && looksGeneratedStandardBase64(pair.value)) return true;
    return entry.name !== BARE_KEY && looksGeneratedHex(pair.value) && !UPPER_CASE_HEX_DIGIT.test(pair.value);
  };
  const isLogfmtSecretName = (name: string) => isCredentialName(classifyName(name));
  // A name-and-value object's name is a header's or a key's, whose literal (`x-api-k`, `key"`, `_token"`) the
  // prefilter finds as a context word: other lines are not searched for one.
  const namedValues = options.contexts ? findNamedValues(line, isObjectSecretName).filter(holdsGeneratedKey) : [];
  const printedPairs = mergeByValueStart(
    mergeByValueStart(
      mergeByValueStart(findQuotedPairs(line, isObjectSecretName, isLogfmtSecretName), findListedPairs(line, isObjectSecretName)),
      mergeByValueStart(findSerializedPairs(line, isObjectSecretName), findXmlElements(line, isObjectSecretName)),
    ),
    mergeByValueStart(
      mergeByValueStart(
        mergeByValueStart(findGoMapPairs(line, isObjectSecretName), findGroovyMapEntries(line, isObjectSecretName)),
        mergeByValueStart(
          findRecordMembers(line, isObjectSecretName),
          mergeByValueStart(
            findArrayValuedEntries(line, isObjectSecretName),
            mergeByValueStart(findErlangBinaryPairs(line, isObjectSecretName), findClojureKeywordEntries(line, isObjectSecretName)),
          ),
        ),
      ),
      findDumpedHeaders(line, (name) => !isContextHeader(name) && isObjectSecretName(name)),
    ),
  ).filter(holdsGeneratedKey);
  // A line that is one entry (`client_secret: …`), a password a message prints, and Dart's unquoted entries
  // (`{refresh_token: …}`), unless another reading already took their value (a dumped header, a Go map). Sorted: a line
  // pair is one, entries come in order.
  const unquoted = [
    ...findLinePair(line, isObjectSecretName).filter(holdsGeneratedKey),
    ...findMsiProperties(line, isObjectSecretName).filter(holdsGeneratedKey),
    ...findProsePasswords(line).filter((pair) => hasSecretShape(pair.value, PROSE_PASSWORD)),
    ...findUnquotedEntries(line, isLogfmtSecretName),
    ...findArrowBracketedEntries(line, isLogfmtSecretName),
    ...findSpacedAssignments(line, isLogfmtSecretName).filter((pair) => holdsSecretShape(pair, classifyName)),
    ...(options.contexts ? findCommandLineOptions(line, isLogfmtSecretName) : []),
  ]
    .sort((a, b) => a.valueStart - b.valueStart)
    // One value read two ways (a YAML line `password: …` is a prose password too) is one pair.
    .filter((pair, index, sorted) => index === 0 || sorted[index - 1]?.valueStart !== pair.valueStart)
    .filter((pair) => !printedPairs.some((other) => other.valueStart === pair.valueStart));
  const read = mergeByValueStart(
    mergeByValueStart(findUrlParams(line), formatParams),
    mergeByValueStart(mergeByValueStart(printedPairs, unquoted), namedValues),
  );
  // An SQL statement's values that no other reading took (`merchant_key = '…'` is a printed pair's too).
  const sqlValues = findSqlValues(line, isLogfmtSecretName);
  const withSql = sqlValues.length === 0 ? read : mergeByValueStart(read, valuesNotTaken(sqlValues, read));
  // The entries of a printed record of cookies (those no other reading took are added): a name no table knows is judged
  // as a cookie's, whichever reading took it (Ruby's `"name"=>"value"` is a parameter's too).
  const cookieEntries = mergeByValueStart(
    mergeByValueStart(findCookieRecordEntries(line), findCookieFileEntries(line)),
    findPythonCookies(line),
  );
  const params = cookieEntries.length === 0 ? withSql : mergeByValueStart(withSql, valuesNotTaken(cookieEntries, withSql));
  const cookieValueStarts = cookieEntries.length === 0 ? undefined : new Set(cookieEntries.map((entry) => entry.valueStart));
  // A parameter's table entry, or the one a generated value under an unknown query name gets (asked twice: once each).
  const unknownEntries = new Map<UrlParam, SecretParamName | undefined>();
  const entryOf = (param: UrlParam) => {
    const entry = classifyName(param.name);
    if (entry !== undefined) return entry;
    if (!unknownEntries.has(param))
      unknownEntries.set(param, unknownNameEntry(line, param, names, cookieValueStarts?.has(param.valueStart) ? 'cookie' : undefined));
    return unknownEntries.get(param);
  };
  const encodedTwice =
    depth < MAX_ENCODING_DEPTH ? mergeByValueStart(outermostEncodedTwice(line, params), standaloneUrlsEncodedTwice(line, params)) : [];
  const shapes = [
    ...(options.jwts ? findJwts(line) : []),
    ...(options.providers ? findProviders(line) : []),
    ...(options.userinfo ? findUserinfoPasswords(line) : []),
    ...(options.contexts ? findContextShapes(line) : []),
  ].sort(byStartShapesFirst);
  // Most prefilter hits are harmless (`csrf_token=`, `pageToken=`): leave before any further work.
  const jsonValues =
    depth < MAX_ENCODING_DEPTH
      ? [
          ...params.filter((param) => mayBeBase64Json(line, param) || mayBeHexJson(param) || holdsJsonObject(line, param)),
          ...standaloneBase64Json(line, shapes, params),
        ]
      : [];
  const encodedUrls =
    depth < MAX_ENCODING_DEPTH
      ? [
          ...params.filter((param) => encodedUrlAt(line, param.valueStart) !== undefined || base64Query(param) !== undefined),
          ...standaloneBase64Urls(line, shapes, params),
        ]
      : [];
  const percentEncodedUrls = depth < MAX_ENCODING_DEPTH ? paramsHoldingPercentEncodedUrls(line, params) : [];
  const encodedCommands = options.contexts && depth < MAX_ENCODING_DEPTH ? findEncodedCommands(line) : [];
  if (
    shapes.length === 0 &&
    encodedTwice.length === 0 &&
    jsonValues.length === 0 &&
    encodedUrls.length === 0 &&
    percentEncodedUrls.length === 0 &&
    encodedCommands.length === 0 &&
    !params.some((param) => entryOf(param) !== undefined)
  )
    return [];
  // Parameters and regions are in line order: binary searches keep a hostile line with thousands of both linear.
  const enclosingParam = (found: ShapedSecret) =>
    lastStartingAtOrBefore(
      params,
      found.start,
      (param) => param.valueStart,
      (param) => found.end <= param.valueEnd,
    );
  // Normalized name → value, the first of each name: signed URLs read their companions and expiry from it.
  const paramsInLine = lazy(() => {
    const values = new Map<string, string>();
    for (const param of params) {
      const name = normalizeParamName(param.name);
      if (!values.has(name)) values.set(name, param.value);
    }
    return values;
  });
  // A companion beside a value may be any key of a printed record (Tyk's `org_id`), not only a credential's.
  const namesInLine = {
    has: (name: string) => paramsInLine().has(name) || printedKeys().has(name),
  };
  // Every quoted pair of a printed record, whatever its name: read once, for its keys and for its ids' values.
  const quotedPairs = lazy(() => findQuotedPairs(line, () => true));
  const printedKeys = lazy(() => new Set(quotedPairs().map((pair) => normalizeParamName(pair.name))));
  // The values the line files under an id's name, with where each starts: once per line, however many pairs it has.
  const idValues = lazy(() => valuesUnderIdNames([...params, ...quotedPairs()].filter((pair) => classifyName(pair.name) === undefined)));
  const shaped: LineSecret[] = [];
  const coveredParams = new Set<UrlParam>();
  for (const found of withoutRepeats(shapes)) {
    const param = enclosingParam(found);
    // The access key id inside `X-Amz-Credential` names the signer; the signature is the secret.
    if (param && isIdentifyingIn(param.name, namesInLine)) continue;
    // A context word found it (`"api_key":"…"`), but the record says what it is (Tyk's hash of the key beside org_id).
    if (param && isIdNotCredential(param.name, found.value, namesInLine)) continue;
    // A path's segment that the record files as its id (ngrok's `"uri":"/api/requests/http/<id>","id":"<id>"`).
    if (found.contextParam !== undefined && idValues().has(found.value)) continue;
    if (param) coveredParams.add(param);
    // The fields written out, not `...found`: a spread of finders' objects of several shapes made a slow object whose
    // ~1 KB per secret outlived the young generation (a third of the CPU went to GC on a log with a JWT per line).
    shaped.push({
      kind: found.kind,
      value: found.value,
      start: found.start,
      end: found.end,
      signedUrl: found.signedUrl,
      signedUrlDeadline: found.signedUrlDeadline,
      signedUrlSigner: found.signedUrlSigner,
      jwt: found.jwt,
      provider: found.provider,
      transportId: found.transportId,
      redactStart: param?.valueStart ?? found.start,
      redactEnd: param?.valueEnd ?? found.end,
      anchor: param?.anchor ?? found.start,
      param: param ? { name: param.name, entry: classifyName(param.name) } : found.contextParam,
    });
  }
  // A JSON value, base64 (AppSync's `header=`, a `state` blob) or percent-encoded (graphql-ws `connectionParams`), is
  // reported by what it holds, JWTs with their claims.
  // A value whose JWT the line's own search found (graphql-ws `connectionParams` percent-encoded) is read once.
  const decoded = jsonValues.flatMap((param) => {
    if (coveredParams.has(param)) return [];
    const inside = secretsInJsonValue(param, names, depth);
    if (inside.length > 0) coveredParams.add(param);
    return inside;
  });
  const inCiphertext = lazy(() => ciphertextObjects(line));
  // Another pair's value, at another place (two readings of one pair may name it two ways: `S.SESSION_ID`, `SESSION_ID`).
  const copiesAnId = (param: UrlParam) =>
    idValues()
      .get(param.value)
      ?.some((start) => start !== param.valueStart) === true;
  const fromParams = params.flatMap((param) => {
    if (coveredParams.has(param)) return [];
    const secrets = paramSecret(line, param, entryOf(param), paramsInLine, namesInLine);
    if (secrets.length === 0) return secrets;
    // A secret-named pair in a SealedSecret's encryptedData is ciphertext; a record's id filed under `token` too, an id.
    return copiesAnId(param) || isInside(inCiphertext(), param.anchor) ? [] : secrets;
  });
  const nested = encodedTwice.flatMap((param) => secretsEncodedIn(param, names, depth));
  const inBase64 = encodedUrls.flatMap((param) => (coveredParams.has(param) ? [] : secretsInEncodedUrl(line, param, names, depth)));
  const inPercentEncoded = percentEncodedUrls.flatMap((param) =>
    coveredParams.has(param) ? [] : secretsInPercentEncoded(param, names, depth),
  );
  const inScripts = encodedCommands.flatMap(({ param, script }) =>
    detectLineSecrets(script, ALL_SHAPES, names, depth + 1).map((secret) => asWholeValue(secret, param)),
  );
  const all = [...fromParams, ...nested, ...decoded, ...inBase64, ...inPercentEncoded, ...inScripts];
  const found = all.length === 0 ? shaped : [...shaped, ...all].sort((a, b) => a.start - b.start);
  // Public keys, documentation examples, masks and flags are found (their parameter is then taken) but never reported.
  return found.filter(isReportableSecret);
}

/**
 * A key of a printed object that names a credential by itself (`access_token`, `apiKey`, `password`). Ambiguous names
 * (`key`, `sid`, `session`, `code`, `signature`) are left out: in objects they are mostly data (a storage key, a
 * Twilio resource sid, an error code), where in a URL they are mostly what they say.
 */
function isPlainSecretName(entry: SecretParamName | undefined): boolean {
  return entry !== undefined && !entry.needsSecretValue;
}

/**
 * Names whose value is a credential whatever the line (`refresh_token`, `api_key`, `password`): a logfmt field under
 * one is read (`findQuotedPairs`), where sessions and signatures there are mostly a line's metadata.
 */
function isCredentialName(entry: SecretParamName | undefined): boolean {
  return isPlainSecretName(entry) && entry !== undefined && LOGFMT_CREDENTIAL_KINDS.has(entry.kind);
}

const LOGFMT_CREDENTIAL_KINDS: ReadonlySet<SecretKind> = new Set(['token', 'api-key', 'password']);

/**
 * Kinds whose names that need a secret-shaped value are read in printed objects as well (see `isObjectSecretName`):
 * sessions, tickets, and passwords under a word that is also another (`parola`, Hausa `kalmar_sirri`).
 */
const PRINTED_SHAPED_KINDS: ReadonlySet<SecretKind> = new Set(['session', 'ticket', 'password']);

/** The table's entry for `key` and names that end in it: in a printed object, a storage, cache or sort key as often as a credential. */
const BARE_KEY = 'key';
const UPPER_CASE_HEX_DIGIT = /[A-F]/;

/** The values whose span no reading in `taken` starts at already. */
function valuesNotTaken(values: readonly UrlParam[], taken: readonly UrlParam[]): UrlParam[] {
  const starts = new Set(taken.map((param) => param.valueStart));
  return values.filter((value) => !starts.has(value.valueStart));
}

/**
 * A key `state` in a printed object: quoted, then a separator before its value (`'state': `, `"state",`, `"state" `), or
 * unquoted as util.inspect writes it (`{ code: '…', state: '…' }`).
 */
const PRINTED_STATE_KEY = /(["'])state\1\s?[:,=\s]|[{,] state: /;

/** URLs nested in parameters and percent-encoded again at each level: `%253D` twice, `%25253D` three times. */
const MAX_ENCODING_DEPTH = 4;

/**
 * The parameters whose value holds a `%25` and lies in no other such value (one read covers what is nested in it).
 * Parameters come in line order: one forward walk over the `%25`s keeps a line of thousands of both linear.
 */
function outermostEncodedTwice(line: string, params: readonly UrlParam[]): UrlParam[] {
  const found: UrlParam[] = [];
  let percent = line.indexOf('%25');
  let coveredTo = -1;
  for (const param of params) {
    if (percent === -1) break;
    if (param.valueStart < coveredTo) continue;
    if (percent < param.valueStart) percent = line.indexOf('%25', param.valueStart);
    if (percent === -1 || percent >= param.valueEnd) continue;
    found.push(param);
    coveredTo = param.valueEnd;
  }
  return found;
}

/**
 * URLs percent-encoded twice that no parameter holds (an entity's attribute in a JSON body,
 * `{"value":"https%253A%252F%252F…%253Ftoken%253D…"}`): each run from its scheme to the next byte no URL has, read as a
 * value encoded twice (`secretsEncodedIn`).
 */
function standaloneUrlsEncodedTwice(line: string, params: readonly UrlParam[]): UrlParam[] {
  if (!line.includes('%25')) return [];
  const found: UrlParam[] = [];
  for (const scheme of line.matchAll(URL_ENCODED_TWICE)) {
    const start = scheme.index;
    const insideParam = lastStartingAtOrBefore(
      params,
      start,
      (param) => param.valueStart,
      (param) => start < param.valueEnd,
    );
    if (insideParam || (found.at(-1)?.valueEnd ?? -1) > start) continue;
    let end = start + scheme[0].length;
    while (end < line.length && !ENDS_ENCODED_URL.test(line[end] ?? '')) end += 1;
    found.push({ name: ENCODED_URL_NAME, anchor: start, valueStart: start, valueEnd: end, value: line.slice(start, end) });
  }
  return found;
}

const URL_ENCODED_TWICE = /https?%253A%252F%252F/gi;
const ENDS_ENCODED_URL = /[\s"'<>`\\]/;
const ENCODED_URL_NAME = 'url';

/**
 * The secrets of a value whose URL was percent-encoded more than once (`next=%2Fws%253Ftoken%253D…`): its value,
 * decoded until one level of encoding is left, is read as a line of its own; what it holds is reported (and
 * redacted) as the whole value.
 */
function secretsEncodedIn(param: UrlParam, names: ParamNameCache, depth: number): LineSecret[] {
  let value = param.value;
  for (let level = depth + 1; level < MAX_ENCODING_DEPTH && value.includes('%25'); level += 1) value = decodeValue(value);
  return detectLineSecrets(value, ALL_SHAPES, names, depth + 1).map((secret) => asWholeValue(secret, param));
}

/**
 * The field a Struts 2 form's `<s:token/>` fills, named by the request's `struts.token.name` (`struts.token.name=token&
 * token=…`, `Setting params struts.token.name => [ token ] token => [ … ]`): the TokenInterceptor's guard against a
 * form sent twice, a CSRF token, no credential (https://struts.apache.org/core-developers/token-interceptor).
 */
const STRUTS_TOKEN_NAME_FIELD = 'struts.token.name';
const STRUTS_TOKEN_NAME = /struts\.token\.name(?:=| => \[ ?)([A-Za-z_][\w.-]{0,63})/;

/** `http` in base64 (and base64url): a URL encoded so starts with it, as a value or standing alone. */
export const BASE64_HTTP = 'aHR0c';

/** A URL that a decoded value may be: a web address, or a database's with user info (`BASE64_DATABASE_URLS`). */
const DECODED_URL = new RegExp(
  String.raw`^(?:https?://[^\s]|(?:${BASE64_DATABASE_URLS.map(({ scheme }) => scheme.replace('+', '\\+')).join('|')})://[^\s/@]*:[^\s/@]+@)`,
);

/**
 * A whole HTTP request in base64, as a network sensor prints a packet's payload (Snort 3's `alert_json` `b64_data`,
 * https://docs.snort.org/start/alert_logging): `GET ` encoded (its last character also holds the next byte's first
 * bits). Not `POST /` (`UE9TVCAv`: its byte pair cost 6.5 % more byte-search hits on the benchmark's log), nor requests
 * in hex (a tracker's dump of what a device sent: hex digits would take first bytes the search has no room for).
 */
export const ENCODED_REQUEST_STARTS: readonly string[] = ['R0VUIC'];

/**
 * How a URL encoded as a parameter's value starts (`http` in base64 and base64url, and in hex), and how to decode it:
 * a click tracker's `u=` (the link a mail was sent with), a login's `returnUrl=`, a redirect's hex `u=`; and a whole
 * request in base64 (`ENCODED_REQUEST_STARTS`).
 */
export const ENCODED_URLS: readonly { readonly start: string; readonly decode: (value: string) => string }[] = [
  { start: BASE64_HTTP, decode: (value) => decodeBase64(value, 'latin1') },
  { start: '68747470', decode: decodeHex },
  ...[...ENCODED_REQUEST_STARTS, ...BASE64_DATABASE_URLS.map(({ start }) => start)].map((start) => ({
    start,
    decode: (value: string) => decodeBase64(value, 'latin1'),
  })),
];

/** Hex to one character per byte, without Node's `Buffer`: urlleak/redact runs this detector in browsers too. */
function decodeHex(value: string): string {
  return /^(?:[0-9a-fA-F]{2})+$/.test(value) ? value.replace(/../g, (pair) => String.fromCharCode(parseInt(pair, 16))) : '';
}

function encodedUrlAt(line: string, at: number): (typeof ENCODED_URLS)[number] | undefined {
  return ENCODED_URLS.find(({ start }) => line.startsWith(start, at));
}

/**
 * A value holding a percent-encoded URL among other text (a form body's message, `Body=Your+proof…+https%3A%2F%2F…`; a
 * setting stored as a quoted string, `value=%22https%3A%2F%2Fhooks.slack.com%2F…%22`): its slashes are encoded, so
 * neither the provider shapes nor the path search see the URL in the line. A value that is a URL is not: its query's
 * parameters are read where they are by `findUrlParams` (`redirect_uri=https%3A…%3Fcode%3D…`).
 */
function paramsHoldingPercentEncodedUrls(line: string, params: readonly UrlParam[]): UrlParam[] {
  const found: UrlParam[] = [];
  ENCODED_SCHEME_END.lastIndex = 0;
  let scheme = ENCODED_SCHEME_END.exec(line);
  // Parameters are in line order: one pass over them and over the line's encoded schemes (a line of a thousand
  // parameters searched again from each cost the square of its length).
  for (const param of params) {
    while (scheme && scheme.index < param.valueStart) scheme = ENCODED_SCHEME_END.exec(line);
    if (!scheme) break;
    if (scheme.index < param.valueEnd && !ENCODED_URL_START.test(line.slice(param.valueStart, param.valueStart + 10))) found.push(param);
  }
  return found;
}

const ENCODED_SCHEME_END = /%3A%2F%2F/gi;
const ENCODED_URL_START = /^https?%3A/i;

/**
 * The secrets of a value holding a percent-encoded URL (`paramsHoldingPercentEncodedUrls`), its value already decoded:
 * read as a line of its own, form-encoded (`+` a space: a literal `+` would be `%2B`), so that the URL ends where the
 * message's next word starts; what it holds is reported (and redacted) as the whole value.
 */
function secretsInPercentEncoded(param: UrlParam, names: ParamNameCache, depth: number): LineSecret[] {
  return detectLineSecrets(param.value.replaceAll('+', ' '), ALL_SHAPES, names, depth + 1).map((secret) => asWholeValue(secret, param));
}

/** The secrets of an encoded URL: read as a line of its own; what it holds is reported (and redacted) as the whole value. */
function secretsInEncodedUrl(line: string, param: UrlParam, names: ParamNameCache, depth: number): LineSecret[] {
  const query = base64Query(param);
  if (query !== undefined) return detectLineSecrets(`?${query}`, ALL_SHAPES, names, depth + 1).map((secret) => asWholeValue(secret, param));
  const decoded = encodedUrlAt(line, param.valueStart)?.decode(param.value) ?? '';
  // A URL percent-encoded before it was encoded again (`https%3A%2F%2F…`, as a `redirect=` value is kept).
  const url = /^https?%3A%2F%2F/i.test(decoded) ? decodeValue(decoded) : decoded;
  if (!DECODED_URL.test(url) && !url.startsWith('GET /')) return [];
  return detectLineSecrets(url, ALL_SHAPES, names, depth + 1).map((secret) => asWholeValue(secret, param));
}

/**
 * A query string in base64 (`?state=Y3JhZT1…`: `crae=…&pessa=…` encoded, as an app packs a form or a return address's
 * parameters into one), decoded; else undefined. Not under a name known to hold none (a `cursor`).
 */
function base64Query(param: UrlParam): string | undefined {
  if (param.value.length < MIN_BASE64_QUERY || !BASE64_VALUE.test(param.value) || isKnownNonSecretName(param.name)) return undefined;
  const decoded = decodeBase64(param.value, 'latin1');
  return QUERY_STRING.test(decoded) ? decoded : undefined;
}

/** `k=<8 characters>` in base64 is 16 characters: shorter values hold no credential worth the decoding. */
const MIN_BASE64_QUERY = 16;
const BASE64_VALUE = /^[A-Za-z0-9+/_-]+={0,2}$/;
/** Parameters named by word characters, each with a value of printable ASCII, joined by `&`. */
const QUERY_STRING = /^[A-Za-z_][\w.[\]-]{0,63}=[!-%'-~]*(?:&[A-Za-z_][\w.[\]-]{0,63}=[!-%'-~]*)*$/;

/**
 * PowerShell's `-EncodedCommand <base64>` (context-words.ts `POWERSHELL_ENCODED_COMMAND`) on a line that runs PowerShell:
 * each value whose bytes are UTF-16LE, decoded, with the script it holds.
 */
function findEncodedCommands(line: string): { param: UrlParam; script: string }[] {
  if (!POWERSHELL.test(line)) return [];
  const found: { param: UrlParam; script: string }[] = [];
  const { pattern } = POWERSHELL_ENCODED_COMMAND;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const value = match[1] ?? '';
    const script = decodeUtf16Base64(value);
    if (script === undefined) continue;
    const valueStart = match.index + match[0].length - value.length;
    found.push({ param: { name: '-EncodedCommand', anchor: match.index, valueStart, valueEnd: valueStart + value.length, value }, script });
  }
  return found;
}

const POWERSHELL = /powershell|pwsh/i;

/**
 * Base64 of UTF-16LE text (most of its odd bytes zero, as ASCII and Latin text write them), decoded; else undefined.
 * Through base64.ts, not Node's `Buffer`: urlleak/redact runs this detector in browsers too.
 */
function decodeUtf16Base64(value: string): string | undefined {
  const bytes = decodeBase64(value, 'latin1');
  if (bytes.length < 4) return undefined;
  const units: string[] = [];
  let zeros = 0;
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    const high = bytes.charCodeAt(index + 1);
    if (high === 0) zeros += 1;
    units.push(String.fromCharCode(bytes.charCodeAt(index) | (high << 8)));
  }
  return zeros >= MIN_UTF16_ZERO_SHARE * units.length ? units.join('') : undefined;
}

const MIN_UTF16_ZERO_SHARE = 0.8;

/** A secret found inside a decoded value stands at (and redacts) the whole value as written in the line. */
function asWholeValue(secret: LineSecret, param: UrlParam): LineSecret {
  return {
    ...secret,
    start: param.valueStart,
    end: param.valueEnd,
    redactStart: param.valueStart,
    redactEnd: param.valueEnd,
    anchor: param.anchor,
    param: secret.param ?? { name: param.name, entry: undefined },
  };
}

/**
 * `eyJ…` without a dot (a JWT has two): base64 (or base64url) of a JSON object, such as `{"host":…,"Authorization":…}`;
 * not under a name known to hold none (a `cursor`, a `pageToken`), which is the most common base64 JSON in logs.
 */
function mayBeBase64Json(line: string, param: UrlParam): boolean {
  return (
    line.startsWith('ey', param.valueStart) &&
    param.valueEnd - param.valueStart >= MIN_BASE64_JSON &&
    !isKnownNonSecretName(param.name) &&
    !isJwtShaped(line, param)
  );
}

const MIN_BASE64_JSON = 16;

/**
 * `7b22…`: a JSON object in hex (`{"` is `7b22`), as a message prints an opaque payload it passes on
 * (`payload_hex=7b22757365…`); not under a name known to hold none.
 */
function mayBeHexJson(param: UrlParam): boolean {
  return HEX_JSON.test(param.value) && param.value.length % 2 === 0 && !isKnownNonSecretName(param.name);
}

const HEX_JSON = /^7[bB]22[0-9a-fA-F]{12,}$/;

/**
 * `eyJ…` standing alone, no parameter's value and no JWT's segment: base64 (or base64url) of a JSON object a line
 * prints as it is (Docker's `X-Registry-Auth: eyJ…` with a registry password, a worker's `--config eyJ…`). Read as a
 * JSON value named `base64 JSON`. Each `eyJ` costs a few comparisons; a run of them is measured once.
 */
function standaloneBase64Json(line: string, shapes: readonly ShapedSecret[], params: readonly UrlParam[]): UrlParam[] {
  return standaloneBase64Runs(line, 'eyJ', BASE64_JSON, shapes, params);
}

/**
 * `aHR0c…` standing alone, no parameter's value: a URL in base64 a line prints as it is (a CI runner's job message,
 * `"v": "aHR0cHM6Ly9…"`), read as an encoded URL (`ENCODED_URLS`).
 */
function standaloneBase64Urls(line: string, shapes: readonly ShapedSecret[], params: readonly UrlParam[]): UrlParam[] {
  return STANDALONE_URL_STARTS.flatMap((marker) => standaloneBase64Runs(line, marker, BASE64_URL, shapes, params));
}

const STANDALONE_URL_STARTS = [BASE64_HTTP, ...ENCODED_REQUEST_STARTS];

/** Runs of base64 starting with `marker` that no shape and no parameter's value holds, each as a value named `name`. */
function standaloneBase64Runs(
  line: string,
  marker: string,
  name: string,
  shapes: readonly ShapedSecret[],
  params: readonly UrlParam[],
): UrlParam[] {
  const found: UrlParam[] = [];
  let runEnd = -1;
  for (let start = line.indexOf(marker); start !== -1; start = line.indexOf(marker, Math.max(start + marker.length, runEnd))) {
    // A run after a `/` is a path's segment (an image proxy's source URL, imgproxy's `/<options>/aHR0c…`), though base64
    // holds `/` too: the decoded value must still be a URL, or JSON, to be read.
    if (start > 0 && isBase64Char(line.charCodeAt(start - 1)) && line.charCodeAt(start - 1) !== SLASH) continue;
    runEnd = start;
    while (runEnd < line.length && isBase64Char(line.charCodeAt(runEnd))) runEnd += 1;
    while (line.charCodeAt(runEnd) === EQUALS_SIGN) runEnd += 1;
    const length = runEnd - start;
    if (length < MIN_BASE64_JSON || length > MAX_STANDALONE_BASE64_JSON || line.charCodeAt(runEnd) === DOT) continue;
    const inShape = lastStartingAtOrBefore(
      shapes,
      start,
      (shape) => shape.start,
      (shape) => start < shape.end,
    );
    const asValue = lastStartingAtOrBefore(
      params,
      start,
      (param) => param.valueStart,
      (param) => start < param.valueEnd,
    );
    if (inShape || asValue) continue;
    found.push({ name, anchor: start, valueStart: start, valueEnd: runEnd, value: line.slice(start, runEnd) });
  }
  return found;
}

const BASE64_JSON = 'base64 JSON';
const BASE64_URL = 'base64 URL';
/**
 * Longer runs are no config a line prints but bulk data (a run of `eyJ` a hostile line repeats, cut at a long line's
 * window), which decoding would cost as much again for nothing.
 */
const MAX_STANDALONE_BASE64_JSON = 16 * 1024;
const EQUALS_SIGN = 0x3d;
const DOT = 0x2e;
const SLASH = 0x2f;

/** `A-Z a-z 0-9 + / - _`: base64 and base64url. */
function isBase64Char(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2b ||
    code === 0x2f ||
    code === 0x2d ||
    code === 0x5f
  );
}

/**
 * A JSON object as a parameter's (decoded) value: `connectionParams=%7B%22authToken%22%3A%22…%22%7D` (graphql-ws over a
 * query), `headers={"Authorization":…}`; not under a name known to hold none.
 */
function holdsJsonObject(line: string, param: UrlParam): boolean {
  // The raw text first: a value is decoded only when read (most are never read).
  const opens =
    line.startsWith('{', param.valueStart) || line.startsWith('%7B', param.valueStart) || line.startsWith('%7b', param.valueStart);
  return opens && param.value.startsWith('{"') && !isKnownNonSecretName(param.name);
}

function isJwtShaped(line: string, param: UrlParam): boolean {
  const dot = line.indexOf('.', param.valueStart);
  return dot !== -1 && dot < param.valueEnd;
}

/**
 * The secrets of a JSON value (base64 or not): JWTs, provider tokens and schemes found in its text, and string fields
 * whose key names a credential (`{"token":"…"}`, AppSync's `{"Authorization":"<JWT>"}`), read like parameters.
 */
function secretsInJsonValue(param: UrlParam, names: ParamNameCache, depth: number): LineSecret[] {
  const json = param.value.startsWith('{') ? param.value : decodeEncodedJson(param.value);
  if (json === undefined) return [];
  // A token found by its shape is named by the parameter that carries the blob (AppSync's `header`), as in a URL.
  const shaped = detectLineSecrets(json, ALL_SHAPES, names, depth + 1).map((secret) =>
    secret.kind === 'url-param' ? secret : { ...secret, param: undefined },
  );
  const covered = new Set(shaped.map((secret) => secret.start));
  const fields = listJsonFields(json).flatMap((field) => (covered.has(field.start) ? [] : jsonFieldSecret(json, field, names)));
  return [...shaped, ...fields].map((secret) => asWholeValue(secret, param));
}

/** A JSON object in base64 (`eyJ…`) or in hex (`7b22…`). */
function decodeEncodedJson(value: string): string | undefined {
  const text = HEX_JSON.test(value) ? decodeHexText(value) : decodeBase64(value, 'utf8');
  return text.startsWith('{') && text.includes('"') ? text : undefined;
}

const NO_COMPANIONS: () => ReadonlyMap<string, string> = () => new Map();

/** A JSON string field under a credential's key, judged as a parameter of that name would be. */
function jsonFieldSecret(json: string, field: JsonField, names: ParamNameCache): LineSecret[] {
  const key = field.path.split('.').at(-1) ?? '';
  const entry = field.isString && key !== '' ? names.classify(key) : undefined;
  if (!entry) return [];
  const param: UrlParam = {
    name: key,
    anchor: field.start,
    valueStart: field.start,
    valueEnd: field.end,
    value: json.slice(field.start, field.end),
  };
  return paramSecret(json, param, entry, NO_COMPANIONS, NO_COMPANIONS());
}

/** A decoded value is read for every shape: the prefilter saw only its encoded form. */
const ALL_SHAPES: DetectLineOptions = { jwts: true, providers: true, userinfo: true, contexts: true };

/** Parameter names (the shared table and any configured ones) whose classification is remembered, bounded. */
export class ParamNameCache {
  private readonly cache = new Map<string, SecretParamName | null>();
  private readonly unknownNames = new Map<string, boolean>();

  constructor(private readonly names: ParamNameClassifier) {}

  classify(name: string): SecretParamName | undefined {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached ?? undefined;
    const entry = this.names.classify(name) ?? null;
    if (this.cache.size >= NAME_CACHE_SIZE) this.cache.clear();
    this.cache.set(detachString(name), entry);
    return entry ?? undefined;
  }

  /** `mayNameUnknownCredential`, remembered likewise. */
  mayNameUnknownCredential(name: string): boolean {
    const cached = this.unknownNames.get(name);
    if (cached !== undefined) return cached;
    const may = mayNameUnknownCredential(name);
    if (this.unknownNames.size >= NAME_CACHE_SIZE) this.unknownNames.clear();
    this.unknownNames.set(detachString(name), may);
    return may;
  }
}

/** Parameter names repeat endlessly in logs. */
const NAME_CACHE_SIZE = 4096;

function lazy<T>(compute: () => T): () => T {
  let value: { readonly result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}

type ShapedSecret = Omit<LineSecret, 'anchor' | 'param' | 'redactStart' | 'redactEnd'> & {
  /** What a secret found by the words around it is called when no parameter encloses it (`Authorization`). */
  readonly contextParam?: LineSecret['param'];
};

/** By start; at one start, what a shape finder found before what the words around it announced. */
function byStartShapesFirst(a: ShapedSecret, b: ShapedSecret): number {
  return a.start - b.start || Number(a.contextParam !== undefined) - Number(b.contextParam !== undefined);
}

/**
 * A JWT or provider token found both by its shape and after `Bearer`: once, as its shape found it (`Bearer <JWT>~tail`
 * is the JWT, redacted alone, as it is without the scheme word). Likewise a secret inside another's span (a webhook's
 * id that a path word announces, inside the provider's whole webhook URL): once, as the wider shape.
 */
function withoutRepeats(shapes: readonly ShapedSecret[]): ShapedSecret[] {
  let coveredTo = -1;
  return shapes.filter((shape, index) => {
    if (index > 0 && (shapes[index - 1]?.start === shape.start || shape.end <= coveredTo)) return false;
    coveredTo = Math.max(coveredTo, shape.end);
    return true;
  });
}

/** Secrets announced by the words around them, as JWTs (with their facts), provider tokens, or named credentials. */
function findContextShapes(line: string): ShapedSecret[] {
  return findContextSecrets(line).map((found) => {
    const jwt = factsOf(found.value);
    const provider = jwt ? undefined : matchProviderToken(found.value);
    return {
      kind: jwt ? 'jwt' : provider ? 'provider-token' : 'url-param',
      value: found.value,
      start: found.start,
      end: found.end,
      signedUrl: undefined,
      jwt,
      provider,
      contextParam: { name: found.name, entry: found.entry },
    };
  });
}

function findJwts(line: string): ShapedSecret[] {
  if (!line.includes('eyJ')) return [];
  const found: ShapedSecret[] = [];
  jwtRegex.lastIndex = 0;
  for (let match = jwtRegex.exec(line); match; match = jwtRegex.exec(line)) {
    const facts = factsOf(match[0]);
    if (facts)
      found.push({
        kind: 'jwt',
        value: match[0],
        start: match.index,
        end: match.index + match[0].length,
        signedUrl: undefined,
        jwt: facts,
        provider: undefined,
      });
  }
  return found;
}

/**
 * Logs repeat the same token on many lines: decoding is remembered for the most recent ones. Look-alikes that fail
 * to decode (cursors, state blobs) are not: failing is cheap (the header is not JSON), and remembering each one
 * was most of the garbage the scan promoted to the old generation (peak RSS). Nor is a token seen once: a token is
 * remembered from its second sighting (`seenBefore`), so a log with a new ticket on every line, the recommended
 * design, does not keep 512 copies alive long enough to be promoted (~14 % of the CPU there went to that garbage).
 */
const JWT_CACHE_SIZE = 512;
const jwtCache = new Map<string, JwtFacts>();

function factsOf(token: string): JwtFacts | undefined {
  const cached = jwtCache.get(token);
  if (cached !== undefined) return cached;
  const decoded = decodeJwt(token);
  if (!decoded) return undefined;
  const facts = jwtFacts(decoded);
  if (seenBefore(token)) {
    if (jwtCache.size >= JWT_CACHE_SIZE) jwtCache.delete(jwtCache.keys().next().value ?? '');
    jwtCache.set(detachString(token), facts);
  }
  return facts;
}

/**
 * Whether a token with this one's hash was among those recently seen, recording it: one 32-bit hash per slot of a
 * fixed table, so nothing of the token is kept. A collision only caches a token a sighting early.
 */
function seenBefore(token: string): boolean {
  const hash = hashOf(token);
  const slot = hash & (SEEN_SLOTS - 1);
  const seen = seenHashes[slot] === hash;
  seenHashes[slot] = hash;
  return seen;
}

const SEEN_SLOTS = 4096;
const seenHashes = new Uint32Array(SEEN_SLOTS);

/** FNV-1a over the token's last 32 characters (its signature's: they differ between any two tokens). */
function hashOf(token: string): number {
  let hash = 0x811c9dc5;
  for (let at = Math.max(0, token.length - 32); at < token.length; at += 1) hash = Math.imul(hash ^ token.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

/** Characters (a regex class body, besides `/`) that end a URL's user info; the log prefilter reads it by the same. */
export const USERINFO_ENDS = String.raw`\s?#@"'<>\\`;
export const USERINFO_LIMITS = { user: 128, password: 256 } as const;

/**
 * `scheme://user:password@host` (database URLs, git remotes, proxies): the password, percent-decoded. The user name
 * (possibly empty, as in `redis://:password@host`) ends at the first `:`; placeholders (`***`, `${DB_PASSWORD}`, `password`) are not leaks.
 */
const USERINFO = new RegExp(
  String.raw`\b[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^${USERINFO_ENDS}/:]{0,${USERINFO_LIMITS.user}}:([^${USERINFO_ENDS}/]{1,${USERINFO_LIMITS.password}})@(?=[A-Za-z0-9[])`,
  'g',
);
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pass', 'pwd']);
/** `https://example.com:443@evil.example` puts a host and port where user info goes: a port is not a password. */
const PORT = /^\d{1,5}$/;

function findUserinfoPasswords(line: string): ShapedSecret[] {
  const found: ShapedSecret[] = [];
  USERINFO.lastIndex = 0;
  for (let match = USERINFO.exec(line); match; match = USERINFO.exec(line)) {
    const raw = match[1] ?? '';
    const value = decodeValue(raw);
    if (isPlaceholderValue(value) || PASSWORD_WORDS.has(value.toLowerCase()) || PORT.test(value)) continue;
    const end = match.index + match[0].length - 1;
    found.push({ kind: 'url-userinfo', value, start: end - raw.length, end, signedUrl: undefined, jwt: undefined, provider: undefined });
  }
  USERINFO_TOKEN.lastIndex = 0;
  for (let match = USERINFO_TOKEN.exec(line); match; match = USERINFO_TOKEN.exec(line)) {
    const value = match[2] ?? '';
    if (!isUserinfoToken(value, match[1] ?? '')) continue;
    const end = match.index + match[0].length - 1;
    found.push({ kind: 'url-userinfo', value, start: end - value.length, end, signedUrl: undefined, jwt: undefined, provider: undefined });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * `https://<token>@git.example/…`: an access token as the URL's user name, no password, as git takes a personal access
 * token or an app's installation token (GitHub's `https://<token>@github.com/…`, Gitea's and GitLab's likewise).
 */
const USERINFO_TOKEN = /\b([A-Za-z][A-Za-z0-9+.-]{0,31}):\/\/([A-Za-z0-9_-]{24,128})@(?=[A-Za-z0-9[])/g;

/**
 * A user name that is a generated token (hex or mixed base64url), not a person's or a service's name; or, in a
 * Shadowsocks URI (SIP002: `ss://<base64 of method:password>@host:port`, as Clash, mihomo and sing-box log a proxy),
 * the server's method and password.
 */
export function isUserinfoToken(user: string, scheme: string): boolean {
  if (scheme.toLowerCase() === SHADOWSOCKS.scheme) return SHADOWSOCKS.userinfo.test(decodeBase64(user, 'latin1'));
  return looksGeneratedHex(user) || looksGeneratedValue(user);
}

/** https://shadowsocks.org/doc/sip002.html: the user info is base64url of `method:password`. */
const SHADOWSOCKS = { scheme: 'ss', userinfo: /^[a-z0-9-]{3,40}:[\x21-\x7e]{4,}$/i } as const;

function findProviders(line: string): ShapedSecret[] {
  return findProviderTokens(line).map((match) => ({
    kind: 'provider-token',
    value: match.value,
    start: match.index,
    end: match.index + match.value.length,
    signedUrl: undefined,
    jwt: undefined,
    provider: match.shape,
  }));
}

function paramSecret(
  line: string,
  param: UrlParam,
  entry: SecretParamName | undefined,
  paramsInLine: () => ReadonlyMap<string, string>,
  namesInLine: NameLookup,
): LineSecret[] {
  const urlNames = { has: (name: string) => paramsInLine().has(name) };
  if (!entry || isIdentifyingIn(param.name, urlNames) || isObjectDump(line, param) || !isCredentialValue(param.value, entry)) return [];
  if (isRequestSignature(line, param)) return [];
  const signedUrl = findSignedUrlScheme(param.name, paramsInLine());
  if (!signedUrl && entry.needsSecretValue && !hasSecretShape(param.value, entry) && !isShortOAuthCode(param.value, entry, paramsInLine()))
    return [];
  if (isIdNotCredential(param.name, param.value, namesInLine) || isSessionIdAsContext(line, param, entry)) return [];
  if (entry.name === QUERY_ONLY_CREDENTIAL_NAME.value && pairPlace(line, param.anchor) !== 'query') return [];
  const reported = entry.kind === 'oauth-code' ? codeEntry(line, param, entry, paramsInLine()) : entry;
  if (!reported) return [];
  return [
    {
      kind: 'url-param',
      value: param.value,
      start: param.valueStart,
      end: param.valueEnd,
      redactStart: param.valueStart,
      redactEnd: param.valueEnd,
      anchor: param.anchor,
      param: { name: param.name, entry: reported },
      signedUrl,
      signedUrlDeadline: signedUrl && readSignedUrlDeadline(signedUrl, (name) => paramsInLine().get(name)),
      signedUrlSigner: signedUrl && signedUrl.identifying.map((name) => paramsInLine().get(name)).find((value) => value !== undefined),
      jwt: undefined,
      provider: undefined,
      transportId: isTransportSessionId(param.name, paramsInLine(), line),
    },
  ];
}

/**
 * A session id written as a line's context rather than sent in a URL query or a cookie (`[sessionId=<uuid>]` in a
 * WebSocket logger's context, an EV charger's `SessionID=2EF2EB488DF64E04`, a structured log's `"session_id":"<uuid>"`
 * as RUM agents, LLM tracers and audit logs write it): a UUID or a short hex id there names the connection or the
 * session a line belongs to, as a request id does. In a query or a cookie the same value is the session's credential,
 * and so is one quoted in a statement or a printed dictionary (Spring Session's `SESSION_ID = '<uuid>'`, Django's
 * `COOKIES={'sessionid': …}`).
 */
function isSessionIdAsContext(line: string, param: UrlParam, entry: SecretParamName): boolean {
  if (entry.kind !== 'session' || !CONTEXT_SESSION_ID.test(param.value) || isQuotedString(line, param.valueStart)) return false;
  return namesSessionId(param.name) && pairPlace(line, param.anchor) === undefined;
}

/**
 * `sessionId`, `SessionID`, `session`: names a line's context takes. An app's session cookie (`indico_session`,
 * `<app>_session`) is the cookie's own name, whatever is printed around it.
 */
function namesSessionId(name: string): boolean {
  const normalized = normalizeParamName(name);
  return normalized === 'session' || normalized.endsWith('id');
}

/** A value in quotes that are not a JSON member's: a string of a statement or of a printed dictionary. */
function isQuotedString(line: string, valueStart: number): boolean {
  return QUOTE.test(line[valueStart - 1] ?? '') && !JSON_MEMBER_VALUE.test(line.slice(Math.max(0, valueStart - 4), valueStart));
}

const QUOTE = /["']/;
/** The opening of a JSON member's string value, right after its key: `":"`, `": "`. */
const JSON_MEMBER_VALUE = /": ?"$/;

const CONTEXT_SESSION_ID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{8,16})$/;

/**
 * The values of pairs whose names say an object's id (`isIdName`: `response_id`, `landingId`; given pairs of no
 * credential's name, not `session_id`), by value, with where each starts: what a value under a credential's name
 * copies when the record files its id under `token` too.
 */
function valuesUnderIdNames(pairs: readonly UrlParam[]): Map<string, number[]> {
  const values = new Map<string, number[]>();
  for (const pair of pairs) {
    if (!isIdName(pair.name)) continue;
    const starts = values.get(pair.value);
    if (starts) starts.push(pair.valueStart);
    else values.set(pair.value, [pair.valueStart]);
  }
  return values;
}

/**
 * A URL query's parameter or a cookie under a name no table knows, holding a value a server generated
 * (`looksGeneratedValue`; in a cookie also 32 to 64 random hex digits, `looksGeneratedHex`, which in a query are as
 * often a digest or a signature under the app's own word): an app's own word for its key or session, often in its own
 * language (`?tulkhuur=…`, `&sao=…`, `Cookie: ukungena=…`), read as a credential's. Not under a name known to hold none
 * (a cursor, a CSRF field) or whose values are random by design and open nothing (`isRandomByDesignName`: ids, digests,
 * OAuth's `state`, click ids), and only in a query or a cookie header (`pairPlace`): a printed object's unknown keys are
 * mostly data. A cookie named for a session id (`SimpleSAMLSessionID`) is one with any secret-shaped value: a session
 * cookie's is often hex.
 */
function unknownNameEntry(
  line: string,
  param: UrlParam,
  names: ParamNameCache,
  knownPlace: 'cookie' | undefined,
): SecretParamName | undefined {
  const { value } = param;
  if (param.name === USER_PASSWORD_QUERY.password && pairPlace(line, param.anchor) === 'query' && queryHasUser(line, param.anchor))
    return PASSWORD_BESIDE_USER;
  if (value.length < GENERATED_VALUE_MIN_LENGTH) return undefined;
  const place = knownPlace ?? pairPlace(line, param.anchor) ?? (precedesCookieAttribute(line, param.valueEnd) ? 'cookie' : undefined);
  if (isTimestampedSignature(line, param.anchor)) return undefined;
  if (place === 'cookie' && value.startsWith(ENCRYPTED_COOKIE_VALUE.prefix))
    return names.mayNameUnknownCredential(param.name) ? COOKIE_SESSION : undefined;
  // Base64 JSON (`eyJ…`: a cursor, CloudFront's `Policy` with its `_` padding, which decodes to no clean text) is read
  // for what it holds (`mayBeBase64Json`), not as a token.
  if (place === undefined || value.length > MAX_UNKNOWN_NAME_VALUE || value.startsWith('eyJ')) return undefined;
  if (place === 'cookie' && SESSION_ID_NAME_END.test(param.name))
    return classifySecretValue(value) === undefined ? undefined : COOKIE_SESSION;
  if (!names.mayNameUnknownCredential(param.name) || (place === 'query' && queriesPageAsset(line, param.anchor))) return undefined;
  return looksGeneratedSecret(value) || (place === 'cookie' && (looksGeneratedHex(value) || looksGeneratedSessionKey(value)))
    ? { name: param.name, kind: 'token', needsSecretValue: true, singleUse: false }
    : undefined;
}

/** The HMAC of a webhook's signature header, after its time (`TIMESTAMPED_SIGNATURE`: `ts=1799748082;h1=<hex>`). */
function isTimestampedSignature(line: string, anchor: number): boolean {
  const { before, reach } = TIMESTAMPED_SIGNATURE;
  return before.test(line.slice(Math.max(0, anchor + 1 - reach), anchor + 1));
}

/** `p` beside `u` in a query (`USER_PASSWORD_QUERY`): a password, judged by its shape. */
const PASSWORD_BESIDE_USER: SecretParamName = { name: 'p', kind: 'password', needsSecretValue: true, singleUse: false };

/**
 * Whether the query the parameter at `anchor` is in also has `u=`: within `USER_PASSWORD_QUERY.reach` characters of it,
 * with no character that ends a URL in between (bounded, so that a line of such pairs costs a line's length).
 */
function queryHasUser(line: string, anchor: number): boolean {
  const { reach } = USER_PASSWORD_QUERY;
  let runStart = anchor;
  while (runStart > 0 && anchor - runStart < reach && !URL_END.test(line[runStart - 1] ?? '')) runStart -= 1;
  let runEnd = anchor;
  while (runEnd < line.length && runEnd - anchor < reach && !URL_END.test(line[runEnd] ?? '')) runEnd += 1;
  return USER_IN_QUERY.test(line.slice(runStart, runEnd));
}

const URL_END = /[\s"'<>]/;
const USER_IN_QUERY = new RegExp(`[?&]${USER_PASSWORD_QUERY.user}=[^&]`);

/**
 * `sessionid` ends no name in the table (Jellyfin's `PlaySessionId` and Okta's `externalSessionId` name other sessions),
 * but a cookie so named is the visitor's session; so is a cookie named `<app>_sid` (elsewhere a Twilio `account_sid`
 * or a `call_sid`, ids).
 */
const SESSION_ID_NAME_END = /(?:session_?id|[_.-]sid)$/i;
const COOKIE_SESSION: SecretParamName = { name: 'sessionid', kind: 'session', needsSecretValue: true, singleUse: false };

/** A value a server generated (`looksGeneratedValue`) that is no public key by its shape (an SSH key, a site key). */
function looksGeneratedSecret(value: string): boolean {
  return looksGeneratedValue(value) && !isPublicKeyByShape(value);
}

/**
 * Keys and session ids are 20 to 64 characters; a longer value under a name that says nothing is a payload in base64
 * (Yandex's click redirect `data=`, 200 characters and more), whose JSON, URL or token inside other readings find.
 */
const MAX_UNKNOWN_NAME_VALUE = 96;

/**
 * Whether the query at `separator` is a stylesheet's, a script's or a font's: what any visitor's browser fetches for
 * a page, whose query is a cache key (`/css/css_<hash>.css?delta=0&include=…`), never a credential of the visitor's.
 */
function queriesPageAsset(line: string, separator: number): boolean {
  // The query's `?` is looked for a bounded way back: a line of a thousand parameters costs each the same.
  let query = separator;
  while (query > 0 && separator - query < MAX_QUERY_BEFORE && line[query] !== '?') query -= 1;
  return line[query] === '?' && PAGE_ASSET_PATH_END.test(line.slice(Math.max(0, query - MAX_ASSET_EXTENSION), query));
}

const PAGE_ASSET_PATH_END = /\.(?:css|js|mjs|map|woff2?|ttf|otf|eot)$/;
const MAX_ASSET_EXTENSION = 6;
const MAX_QUERY_BEFORE = 4096;

/**
 * Whether a name that the credential table does not take may still hold a credential read by its value: not one known
 * to hold none, nor one whose values are random by design (`isRandomByDesignName`). The prefilter asks it too.
 */
export function mayNameUnknownCredential(name: string): boolean {
  return !isKnownNonSecretName(name) && !isRandomByDesignName(name);
}

/**
 * Where the pair whose separator is at `anchor` stands: in a URL query after `?` or `&` (as written or percent-encoded
 * in another URL), after a `;` (between cookies, or between a query's parameters as HTML 4 allowed:
 * `?Action=AgentTicketZoom;OTRSAgentInterface=…`), or first in a cookie header (`Cookie: sid=…`, `cookies="sid=…`,
 * `["set-cookie","sid=…`); undefined elsewhere.
 */
function pairPlace(line: string, anchor: number): 'query' | 'cookie' | undefined {
  const separator = line[anchor];
  if (separator === '?' || separator === '&' || QUERY_SEPARATOR_ENCODED.test(line.slice(anchor, anchor + 3))) return 'query';
  if (separator === ';' || (separator === ' ' && line[anchor - 1] === ';')) return 'cookie';
  return endsInCookieHeader(line.slice(Math.max(0, anchor - COOKIE_HEADER_REACH), anchor + 1)) ? 'cookie' : undefined;
}

/**
 * Whether what follows a pair's value at `valueEnd` is a cookie's attribute (`; Path=/`, `; HttpOnly`, RFC 6265
 * §4.1.1): the pair is a cookie as a `Set-Cookie` header writes it, printed without its header's name
 * (`new session: <name>=<value>; Path=/; HttpOnly`).
 */
export function precedesCookieAttribute(line: string, valueEnd: number): boolean {
  return COOKIE_ATTRIBUTE.test(line.slice(valueEnd, valueEnd + COOKIE_ATTRIBUTE_REACH));
}

const COOKIE_ATTRIBUTE = /^["']?;\s?(?:path|domain|expires|max-age|httponly|secure|samesite|partitioned)(?![A-Za-z-])/i;
/** The longest text `COOKIE_ATTRIBUTE` reads: a quote, `; ` and `partitioned`, and the byte after. */
export const COOKIE_ATTRIBUTE_REACH = 16;

/** Whether `before` (a line up to a pair's separator, that included) ends in a cookie header's name: `pairPlace`. */
export function endsInCookieHeader(before: string): boolean {
  return COOKIE_HEADER_BEFORE.test(before);
}

const QUERY_SEPARATOR_ENCODED = /^%(?:3[Ff]|26)$/;
/**
 * A cookie header's name and what joins it to its first cookie: `: `, `="`, `","`, `": "`, `":["`, PHP's `' => '` (ThinkPHP's
 * and print_r's dumps of a request's headers), Erlang's binaries `">> => <<"` (Cowboy's request map), an XML element's
 * `">` (Apigee's `<Header name="Cookie">`). The name may say
 * how the header is held (`'cookies_string': '…'` of an Ansible `uri` result, `cookie_header=…`). After an escaped line
 * break too: a request's bytes printed as a string (`'GET /x HTTP/1.1\r\nCookie: sid=…'`).
 */
const COOKIE_HEADER_BEFORE =
  /(?:^|[^A-Za-z]|\\[nr])cookies?(?:[_-]?(?:string|str|header|raw|line))?["']?(?:>>)?(?:\s*(?:=>|[:=,>])\s*|\s+)(?:<<)?["'[]{0,2}$/i;
export const COOKIE_HEADER_REACH = 24;

/**
 * What makes a value under an ambiguous name (`key`, `sig`, `pwd`) a secret: a token shape, or for a password name a
 * password shape (letters and digits, no spaces or slashes: `pwd=7ps0GwBQb17`, not `pwd=/home/ops`), since people
 * choose passwords shorter than the random tokens the entropy test wants; for a ticket or session name (`login_ticket`,
 * Pi-hole's `sid`), a random value even without a digit, and for a password name a shorter one (a generated password of
 * 16 letters: `looksRandomWithoutDigit` asks for capitals side by side, which camel-case words have not).
 */
function hasSecretShape(value: string, entry: SecretParamName): boolean {
  // After an authorization scheme (`auth=Basic%20<base64>`), the credential is what follows it.
  if (classifySecretValue(withoutScheme(value)) !== undefined) return true;
  if (entry.kind === 'session' && isSessionSecretShape(value)) return true;
  if (entry.kind === 'ticket' || entry.kind === 'session') return looksRandomWithoutDigit(value);
  if (entry.kind === 'oauth-code') return holdsRandomRun(value);
  if (entry.kind !== 'password' || !PASSWORD_SHAPE.test(value)) return false;
  return (
    (/\d/.test(value) && /[A-Za-z]/.test(value)) ||
    looksRandomWithoutDigit(value, MIN_PASSWORD_WITHOUT_DIGIT) ||
    CASES_AND_SYMBOLS_PASSWORD.test(value)
  );
}

const PASSWORD_SHAPE = /^[^\s/\\]{8,128}$/;
/**
 * A password of both cases and symbols without a digit (`zdPVXVlt+pnlVMw@Wwtcyr`): three of the four classes password
 * rules ask for, long enough (12) that a phrase of two capitalized words (`Next+Page`) is not one.
 */
const CASES_AND_SYMBOLS_PASSWORD = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=[A-Za-z0-9]*[^A-Za-z0-9]).{12,}$/;
/** The shortest password without a digit read as generated: 16 letters, as password managers' defaults are at least. */
const MIN_PASSWORD_WITHOUT_DIGIT = 16;

/** Whether a pair's value has the shape of a secret of the kind its name says (code and SQL print names too). */
function holdsSecretShape(pair: UrlParam, classifyName: (name: string) => SecretParamName | undefined): boolean {
  const entry = classifyName(pair.name);
  return entry !== undefined && hasSecretShape(pair.value, entry);
}

/** A password a message prints after the word (`findProsePasswords`): judged as under an ambiguous name, by its shape. */
const PROSE_PASSWORD: SecretParamName = { name: 'password', kind: 'password', needsSecretValue: true, singleUse: false };

/**
 * An authorization code some servers write as fields around a random part (eBay's `v^1.1#i^1#…#t^<base64>`,
 * https://developer.ebay.com/api-docs/static/oauth-authorization-code-grant.html): the random part is the code's
 * secret. Only for codes, whose `state` or callback path `codeEntry` still asks for.
 */
function holdsRandomRun(value: string): boolean {
  return value.length <= MAX_STRUCTURED_CODE && (value.match(TOKEN_RUN) ?? []).some((run) => classifySecretValue(run) !== undefined);
}

const TOKEN_RUN = /[A-Za-z0-9_-]{20,}/g;
const MAX_STRUCTURED_CODE = 4096;

/**
 * Authorization servers issue codes shorter than the entropy test's tokens (ORCID 6 characters, Cloud Foundry UAA 10,
 * Bitbucket 18): a code of letters and digits is one beside a `state` that looks random (the client's CSRF value,
 * RFC 6749 §10.12), where `code=US&state=CA` is a country and a region.
 */
function isShortOAuthCode(value: string, entry: SecretParamName, paramsInLine: ReadonlyMap<string, string>): boolean {
  if (entry.kind !== 'oauth-code' || !SHORT_OAUTH_CODE.test(value)) return false;
  // Letters and digits, random letters alone (Login with Amazon's 20-letter codes), or digits alone (Yandex ID's).
  if (!(/\d/.test(value) && /[A-Za-z]/.test(value)) && !looksRandomWithoutDigit(value) && !NUMERIC_OAUTH_CODE.test(value)) return false;
  if (isTokenRequest(paramsInLine)) return true;
  const state = paramsInLine.get(OAUTH_CODE_CONTEXT.companion);
  return state !== undefined && state.length >= RANDOM_STATE_LENGTH && /\d/.test(state) && /[A-Za-z]/.test(state);
}

/** `grant_type=authorization_code` beside the code: the client's token request, which exchanges it. */
function isTokenRequest(paramsInLine: ReadonlyMap<string, string>): boolean {
  const { name, value } = OAUTH_CODE_CONTEXT.tokenRequest;
  return paramsInLine.get(name) === value;
}

const SHORT_OAUTH_CODE = new RegExp(`^[A-Za-z0-9_.~-]{${SHORT_OAUTH_CODE_LENGTH},128}$`);
/**
 * A code of digits alone, as Yandex ID's authorization server issues them to a redirect (`?code=4946591&state=…`, seven
 * digits and more: https://yandex.com/dev/id/doc/en/codes/code-url), read beside a random `state` as any short code.
 */
const NUMERIC_OAUTH_CODE = /^\d{7,20}$/;
const RANDOM_STATE_LENGTH = 8;

/** How far back from `code=` its URL's path is looked for. */
const MAX_PATH_LOOKBACK = 2048;

/** `code` as a credential of its own (an Azure Functions key, an account link's token): reported as one, not as an OAuth code. */
const CODE_AS_CREDENTIAL: SecretParamName = { name: 'code', kind: 'token', needsSecretValue: true, singleUse: false };

/**
 * What a `code=` is: an OAuth authorization code (beside `state`, or on a callback path), a credential by its path
 * (`CODE_AS_CREDENTIAL_PATHS`), or none of ours (a country, a product, an error code).
 */
function codeEntry(
  line: string,
  param: UrlParam,
  entry: SecretParamName,
  paramsInLine: ReadonlyMap<string, string>,
): SecretParamName | undefined {
  if (paramsInLine.has(OAUTH_CODE_CONTEXT.companion) || isTokenRequest(paramsInLine)) return entry;
  const path = pathBefore(line, param);
  if (OAUTH_CODE_CONTEXT.callbackPath.test(path)) return entry;
  const route = frontControllerRoute(path, paramsInLine);
  return CODE_AS_CREDENTIAL_PATHS.some((context) => context.path.test(path) || (route !== undefined && context.path.test(route)))
    ? CODE_AS_CREDENTIAL
    : undefined;
}

/** The page a front controller's query names (`FRONT_CONTROLLER_ROUTE`), as a path, when `path` is such a script's. */
function frontControllerRoute(path: string, paramsInLine: ReadonlyMap<string, string>): string | undefined {
  if (!FRONT_CONTROLLER_ROUTE.script.test(path)) return undefined;
  const route = FRONT_CONTROLLER_ROUTE.names.map((name) => paramsInLine.get(name)).find((value) => value !== undefined);
  return route === undefined ? undefined : `/${route}`;
}

/**
 * `Signature=<hex>` after `SignedHeaders=`: the last field of a SigV4 `Authorization` value (`AWS4-HMAC-SHA256
 * Credential=…, SignedHeaders=…, Signature=…`, `REQUEST_SIGNATURE_SCHEME`), one request's signature that no other
 * request can reuse. The whole value is judged so where it is read as one (`assessWrittenValue`).
 */
function isRequestSignature(line: string, param: UrlParam): boolean {
  const { signatureField, signedHeadersField, maxSignedHeadersSpan } = REQUEST_SIGNATURE_SCHEME;
  if (normalizeParamName(param.name) !== signatureField) return false;
  const signedHeaders = line.lastIndexOf(signedHeadersField, param.anchor);
  return signedHeaders !== -1 && param.anchor - signedHeaders <= maxSignedHeadersSpan;
}

/** The URL a parameter is on, up to its query: from the last space or quote before the parameter. */
function pathBefore(line: string, param: UrlParam): string {
  const before = line.slice(Math.max(0, param.anchor - MAX_PATH_LOOKBACK), param.anchor);
  const url = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('"'), before.lastIndexOf("'")) + 1);
  return url.split('?')[0] ?? '';
}

/**
 * `token=Token{a64f992 …}`: a debug print of an object (Android's WindowManager, Java's `toString`), not a URL, where a
 * brace would be percent-encoded.
 */
function isObjectDump(line: string, param: UrlParam): boolean {
  return line.slice(param.valueStart, param.valueEnd).includes('{');
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Objects of ciphertext in a line (`CIPHERTEXT_OBJECTS`: `"encryptedData":{"API_KEY":"AgB4…"}`), each from its key to
 * the first `}` after it (their values are strings), in line order. One pass: a `}` is looked for again only past the
 * last one found, so a line of many keys stays linear.
 */
function ciphertextObjects(line: string): Span[] {
  const spans: Span[] = [];
  for (const { value: key } of CIPHERTEXT_OBJECTS) {
    let end = -1;
    for (let at = line.indexOf(key); at !== -1; at = line.indexOf(key, at + key.length)) {
      if (at >= end) end = closingBraceAfter(line, at);
      spans.push({ start: at, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function closingBraceAfter(line: string, from: number): number {
  const brace = line.indexOf('}', from);
  return brace === -1 ? line.length : brace;
}

function isInside(spans: readonly Span[], index: number): boolean {
  return (
    lastStartingAtOrBefore(
      spans,
      index,
      (span) => span.start,
      (span) => index < span.end,
    ) !== undefined
  );
}

/**
 * Whether a parameter's (decoded) value may be a credential of its kind: not a placeholder, not a URL, long enough.
 * After an authorization scheme (`"authorization":"Bearer null"`), what follows the scheme is what is judged.
 */
export function isCredentialValue(value: string, entry: SecretParamName): boolean {
  const credential = withoutScheme(value);
  if (isPlaceholderValue(credential) || isPasswordHash(credential) || value.includes('://')) return false;
  // A person may choose a password shaped like a reference number; nothing issues a token so.
  if (entry.kind !== 'password' && REFERENCE_NUMBER.test(credential)) return false;
  return credential.length >= (MIN_VALUE_LENGTH[entry.kind] ?? DEFAULT_MIN_VALUE_LENGTH);
}

const SCHEME_PREFIX = new RegExp(`^(?:${authorizationSchemes.map(({ word }) => word).join('|')})\\s+`, 'i');
const LOWER_CASE_BIT = 0x20;
/** The schemes' first letters in lower case: the prefilter judges values here, most of which start with none. */
const SCHEME_FIRST_LETTERS = new Set(authorizationSchemes.map(({ word }) => word.charCodeAt(0) | LOWER_CASE_BIT));

function withoutScheme(value: string): string {
  return SCHEME_FIRST_LETTERS.has(value.charCodeAt(0) | LOWER_CASE_BIT) ? value.replace(SCHEME_PREFIX, '') : value;
}
