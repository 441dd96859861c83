// Writes corpus/logs-in-the-wild/heldout41/: a forty-first held-out part, in formats no other part uses (ServiceStack's
// CsvRequestLogger, Zalando Skipper under `kubectl logs`, Azure Application Gateway for Containers access logs, the
// Hiawatha web server's own access log format, a Lucee application.log in the classic layout, an Egg.js application log
// with its context prefix, a GoFrame service under `docker logs`, Iris' accesslog middleware, Yandex Application Load
// Balancer logs, Huawei Cloud CDN real-time logs, a Medusa v2 server in production, Grape with grape_logging, gevent's
// pywsgi server and Pound 4 through syslog), with credentials planted in the places issue #14 lists and look-alikes that
// are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads the
// files.
//
//   node corpus/logs-in-the-wild/generate-heldout41.mjs     rewrites heldout41/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Boxhaven, a self-storage chain with app-controlled unit locks and gate kiosks in Manchester, Leeds
// and Sheffield (English, five logs); Rul (Рул, "steering wheel"), a network of driving schools in Almaty that books
// lessons, exams and payments online (Kazakh messages in Cyrillic, routes and parameter names transliterated to Latin
// letters, English code names, five logs); Thari (தறி, "loom"), a handloom silk saree cooperative's marketplace in
// Kanchipuram (Tamil messages in Tamil script, transliterated routes and parameter names, English code names, four
// logs). Standard names (OAuth's, vendors') stay as their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, sec, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'Java/21.0.7'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 6, 21, 0, 0, 0);
const { firstUse, gap } = replayClock();
let biletPath = null; // the exam recording both uses of the CDN ticket fetch

// ---------------------------------------------------------------------------------------------------------------------
// Helpers shared by several formats.

/** Manchester in July (BST), Almaty (UTC+5 since 2024), Kanchipuram (IST). */
const BST = 60;
const ALMT = 300;
const IST = 330;
/** A query string from pairs, in the given order. */
const qs = (pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&');
/** A private address of a cluster or a VPC. */
const podIp = (rng, prefix = '10.2') => `${prefix}.${rng.int(0, 15)}.${rng.int(2, 250)}`;
/** Base32 (RFC 4648) alphabet, as lock pairing secrets and TOTP seeds use it. */
const base32 = (rng, n) => rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);
/** A JSON string with every `/` escaped (`\/`), as Azure's diagnostic records and PHP's json_encode write it. */
const slashEscaped = (value) => JSON.stringify(value).replace(/\//g, '\\/');
/** Go's encoding/json with SetEscapeHTML(true), its default: `&`, `<`, `>` as `\u0026`, `\u003c`, `\u003e`. */
const goJsonLine = (value) => JSON.stringify(value).replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
/** A go-style quoted string (logrus' TextFormatter quotes a value with spaces or quotes through strconv.Quote). */
const goQuote = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

// =====================================================================================================================
// Boxhaven (English; Manchester, Leeds, Sheffield: BST, UTC+1, in July)
// =====================================================================================================================

const BH = 'boxhaven.example';
const SITES = ['MAN1', 'MAN3', 'LDS2', 'LDS4', 'SHF1'];
const unitNo = (rng) => `${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(101, 348)}`;
const BH_APP_UA = ['Boxhaven/5.12.0 (iPhone; iOS 26.1; Scale/3.00)', 'Boxhaven/5.12.0 (Android 16; Pixel 9a)', 'okhttp/5.3.2'];

// ---------------------------------------------------------------------------------------------------------------------
// 2027-07-21.csv: ServiceStack 8 (.NET 8) with `Plugins.Add(new RequestLogsFeature { RequestLogger = new
// CsvRequestLogger(), EnableErrorTracking = true, RequestBodyTrackingFilter = req => req.PathInfo.StartsWith("/partners")
// })`: the daily file `requestlogs/{year}-{month}/{year}-{month}-{day}.csv` of RequestLogEntry rows, written by
// ServiceStack.Text's CSV serializer: a header row, then one row a request; dictionaries and DTOs as JSV (`{Key:Value,…}`,
// a value quoted when it holds `,{}[]"`), every cell holding `,`, `"` or a line break quoted with `"` doubled, so a body
// with line breaks spans several physical lines; DateTime in UTC with seven fractional digits, TimeSpan as an XSD
// duration. CreateEntry always writes the request headers; HideRequestBodyForRequestDtoTypes hides Authenticate and
// Register only. Session cookies are off (`Config.AllowSessionCookies = false`), so SessionId is empty.
// https://docs.servicestack.net/request-logger; CsvRequestLogger.cs and InMemoryRollingRequestLogger.CreateEntry in
// ServiceStack/ServiceStack (read); the RequestLogEntry columns from the generated DTOs (read); JSV quoting from memory.

const SS_COLS = ['Id', 'TraceId', 'OperationName', 'DateTime', 'StatusCode', 'StatusDescription', 'HttpMethod', 'AbsoluteUri', 'PathInfo', 'RequestBody', 'RequestDto', 'UserAuthId', 'SessionId', 'IpAddress', 'ForwardedFor', 'Referer', 'Headers', 'FormData', 'Items', 'ResponseHeaders', 'Session', 'ResponseDto', 'ErrorResponse', 'ExceptionSource', 'ExceptionData', 'RequestDuration', 'Meta'];
const jsvStr = (s) => (/[,{}[\]"]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const jsvValue = (v) => (Array.isArray(v) ? `[${v.map(jsvValue).join(',')}]` : v !== null && typeof v === 'object' ? jsv(v) : jsvStr(String(v)));
const jsv = (o) => `{${Object.entries(o).map(([k, v]) => `${k}:${jsvValue(v)}`).join(',')}}`;
const csvCell = (s) => (s === undefined || s === null ? '' : /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function serviceStackCsvLog(rng) {
  let id = 48210 + rng.int(0, 90);
  const API = `https://api.${BH}`;
  const render = (e) => {
    const trace = rng.hex(32);
    const ip = e.ip;
    const headers = { Accept: 'application/json', Host: `api.${BH}`, 'User-Agent': e.ua, 'X-Forwarded-For': ip, 'X-Forwarded-Proto': 'https', traceparent: `00-${trace}-${rng.hex(16)}-01`, ...(e.body ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(e.body)) } : {}), ...e.headers };
    if (e.referer !== '-') headers.Referer = e.referer;
    const row = {
      Id: String(id++),
      TraceId: trace,
      OperationName: e.op,
      DateTime: `${iso(e.t).slice(0, 19)}.${msPart(e.t)}${digits(rng, 4)}Z`,
      StatusCode: String(e.status),
      HttpMethod: e.method,
      AbsoluteUri: `${API}${e.path}${e.query ? `?${e.query}` : ''}`,
      PathInfo: e.path,
      RequestBody: e.body,
      RequestDto: e.dto ? jsv(e.dto) : undefined,
      UserAuthId: e.uid,
      IpAddress: ip,
      ForwardedFor: ip,
      Referer: e.referer === '-' ? undefined : e.referer,
      Headers: jsv(headers),
      FormData: '{}',
      Items: jsv({ _requestDurationStopwatch: 'System.Diagnostics.Stopwatch' }),
      ResponseHeaders: jsv({ 'X-Powered-By': 'ServiceStack/8.91 NetCore/Linux', Vary: 'Accept' }),
      ErrorResponse: e.error ? jsv({ ResponseStatus: { ErrorCode: e.error[0], Message: e.error[1], Errors: [] } }) : undefined,
      RequestDuration: `PT0.${pad(rng.int(1200, 480000), 7)}S`,
    };
    return [SS_COLS.map((c) => csvCell(row[c])).join(',')];
  };
  const filler = (rng) =>
    rng.pick([
      () => { const site = rng.pick(SITES); return { op: 'GetUnitAvailability', method: 'GET', path: '/units/availability', query: `site=${site}&size=${rng.pick(['25sqft', '50sqft', '75sqft', '100sqft'])}`, status: 200, dto: { Site: site }, ua: rng.pick(BH_APP_UA) }; },
      () => { const site = rng.pick(SITES); return { op: 'GetSiteInfo', method: 'GET', path: `/sites/${site}`, status: 200, dto: { Id: site }, ua: rng.pick(BH_APP_UA) }; },
      () => ({ op: 'CreateQuote', method: 'POST', path: '/quotes', status: 201, dto: { Site: rng.pick(SITES), Size: rng.pick(['25sqft', '50sqft', '75sqft']), MoveInDate: `2027-0${rng.int(8, 9)}-${pad(rng.int(1, 28))}` }, ua: rng.pick(BROWSERS), referer: `https://www.${BH}/quote` }),
      () => ({ op: 'GetUnitAvailability', method: 'GET', path: '/units/availability', query: 'site=MAN9', status: 400, dto: { Site: 'MAN9' }, error: ['ArgumentException', "Unknown site 'MAN9'"], ua: rng.pick(BH_APP_UA) }),
    ])();
  const steps = [
    6,
    plant('api-key-name', 'servicestack-csv-absoluteuri-apikey-ak', 'error', `${WHY.apiKey('apikey')} A removals partner polls its bookings with a ServiceStack API key (\`ak-…\`) in the query, which the API Keys feature accepts with \`AllowInHttpParams\`; the row's \`AbsoluteUri\` keeps the query (\`PathInfo\` does not).`, ({ rng }) => {
      const key = `ak-${rng.hex(32)}`;
      return { value: key, event: { op: 'GetRemovalBookings', method: 'GET', path: '/partners/removals/bookings', query: `site=LDS2&from=2027-07-22&apikey=${key}`, status: 200, dto: { Site: 'LDS2', From: '2027-07-22' }, ua: 'python-requests/2.32.5', ip: '198.51.100.61' } };
    }),
    6,
    plant('negative', 'servicestack-csv-headers-idempotency-key', 'none', "The `Idempotency-Key` a card payment request carries in the logged headers: a client-chosen uuid that deduplicates retries, no credential.", ({ rng }) => {
      const k = rng.uuid();
      return { value: k, event: { op: 'PayQuoteDeposit', method: 'POST', path: `/quotes/Q-${digits(rng, 7)}/deposit`, status: 201, dto: { Amount: '25.00', Currency: 'GBP' }, headers: { 'Idempotency-Key': k }, ua: BROWSERS[1], referer: `https://www.${BH}/quote/checkout` } };
    }),
    6,
    plant('header-dump', 'servicestack-csv-headers-jsv-authorization-bearer-jwt', 'error', "CreateEntry writes every request header into the row's `Headers` column as a JSV dictionary inside a quoted CSV cell: the app's `Authorization:Bearer <JWT>` from ServiceStack's JWT provider is in it, on a row whose `DateTime` is UTC", ({ rng, t }) => {
      const sub = String(rng.int(20000, 49999));
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1500), jti: true, claims: { iss: 'ssjwt', sub, name: 'Priya Chandran', roles: ['Customer'], aud: `https://api.${BH}` } });
      return { value: token, jwt: facts, event: { op: 'GetUnitAccessLog', method: 'GET', path: '/my/units/B214/access-log', query: 'days=7', status: 200, uid: sub, headers: { Authorization: `Bearer ${token}` }, ua: BH_APP_UA[1] } };
    }),
    6,
    plant('refresh-token', 'servicestack-csv-requestdto-getaccesstoken-refreshtoken-jwt', 'error', `${WHY.refresh} ServiceStack's \`GetAccessToken\` DTO (\`POST /access-token\`) is not among the DTOs whose request is hidden by default (Authenticate, Register), so the row's \`RequestDto\` holds \`{RefreshToken:<JWT>}\`: a \`JWTR\` refresh token`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 365 * 86400, age: rng.int(86400, 40 * 86400), typ: 'JWTR', claims: { iss: 'ssjwt', sub: String(rng.int(20000, 49999)), typ: 'JWTR' } });
      return { value: token, jwt: facts, event: { op: 'GetAccessToken', method: 'POST', path: '/access-token', status: 200, dto: { RefreshToken: token }, ua: BH_APP_UA[0] } };
    }),
    6,
    plant('framework-dump', 'servicestack-csv-multiline-requestbody-lock-pairing-secret', 'error', "A lock vendor's integration posts an indented JSON body to a `/partners` route, where request bodies are tracked: the quoted `RequestBody` cell spans several physical lines, and the smart lock's pairing secret sits on a line of its own, without the row's time; the `RequestDto` cell on the row's last physical line writes it again as JSV.", ({ rng }) => {
      const secret = base32(rng, 32);
      const serial = `NKL-${upperNum(rng, 10)}`;
      const body = `{\n  "unitId": "MAN3-B114",\n  "lockSerial": "${serial}",\n  "lockPairingSecret": "${secret}",\n  "firmware": "2.4.1"\n}`;
      return { value: secret, event: { op: 'PairSmartLock', method: 'POST', path: '/partners/locks/pair', status: 200, body, dto: { UnitId: 'MAN3-B114', LockSerial: serial, LockPairingSecret: secret, Firmware: '2.4.1' }, ua: 'NokeIntegration/3.2 (+https://partners.example-locks.example)', ip: '198.51.100.23' } };
    }),
    6,
    plant('implicit-fragment', 'servicestack-csv-requestdto-logclienterror-pageurl-fragment', 'error', "The customer portal reports a script error through a `LogClientError` DTO with `location.href` as `PageUrl`; the portal still finishes its legacy sign-in with an implicit grant, so the URL ends with `#/auth/done?access_token=…`, unquoted in the JSV of the row's `RequestDto`.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { op: 'LogClientError', method: 'POST', path: '/client-errors', status: 204, dto: { Message: "TypeError: Cannot read properties of undefined (reading 'units'), at renderUnits", PageUrl: `https://my.${BH}/#/auth/done?access_token=${tok}&token_type=Bearer&expires_in=3600`, UserAgent: BROWSERS[0] }, referer: `https://my.${BH}/`, ua: BROWSERS[0] } };
    }),
    6,
    plant('encoded', 'servicestack-csv-headers-cookie-express-j-json-percent-encoded', 'error', "The portal's Express BFF sets its cookie with `res.cookie(name, object)`, which writes `j:` and the JSON percent-encoded; the browser sends it to the API on the same site and the logged `Cookie` header keeps it: the refresh token sits inside `j%3A%7B%22refreshToken%22%3A%22…%22`, one decoding away.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { op: 'GetMyProfile', method: 'GET', path: '/my/profile', status: 200, uid: String(rng.int(20000, 49999)), headers: { Cookie: `bh_bff=j%3A%7B%22refreshToken%22%3A%22${tok}%22%2C%22v%22%3A2%7D; _ga=GA1.1.${digits(rng, 9)}.${digits(rng, 10)}` }, referer: `https://my.${BH}/account`, ua: BROWSERS[1] } };
    }),
    6,
    plant('negative', 'servicestack-csv-requestdto-stripe-payment-method-id', 'none', "A Stripe payment method id (`pm_…`) in a DTO that saves a customer's card: an identifier that only the merchant's secret key can use, no credential.", ({ rng }) => {
      const pm = `pm_1Q${rng.alnum(22)}`;
      return { value: pm, event: { op: 'AttachQuoteCard', method: 'POST', path: `/quotes/Q-${digits(rng, 7)}/card`, status: 201, dto: { PaymentMethodId: pm, SaveForLater: 'True' }, ua: BROWSERS[0], referer: `https://www.${BH}/quote/checkout` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 4 * MIN, site: { host: 'api', api: true }, filler, render, steps, header: [SS_COLS.join(',')] });
}

// ---------------------------------------------------------------------------------------------------------------------
// skipper-ingress-7c9d5f6b8-qz4wm.log: `kubectl logs -n kube-system skipper-ingress-7c9d5f6b8-qz4wm` of Zalando's
// Skipper as the cluster's ingress (`-kubernetes -kubernetes-in-cluster`), one stream for both logs: application lines
// with Skipper's default prefix (`[APP]` and logrus' text formatter: `time="<RFC 3339>" level=… msg="…"`, the route
// updates included) and the access log in its text form (`<remote host> - <auth user> [<dd/Mon/yyyy:HH:mm:ss -0700>]
// "<method> <uri> <proto>" <status> <size> "<referer>" "<user agent>" <duration ms> <requested host> <flow id> <audit>`,
// `-` for an empty string). Routes can hash chosen query parameters in the access log (`maskAccessLogQuery`), which
// rewrites the logged query with url.Values.Encode (keys sorted); the `auditLog()` filter writes a JSON document with the
// request body to the same stream (Go's encoding/json, `&` as `\u0026`), without a time. The staff portal signs in through
// Skipper's `oauthGrant()` filter, whose callback is `/.well-known/oauth2-callback`.
// logging/access.go, logging/log.go and filters/log/log.go of zalando/skipper (read); the route update message from the
// routing tests (read); https://opensource.zalando.com/skipper/reference/filters/ (not fetched; oauthGrant's callback path
// and maskAccessLogQuery from memory).

function skipperLog(rng) {
  const render = (e) => {
    if (e.app) return e.app.map(([lvl, msg]) => `[APP]time="${iso(e.t).slice(0, 19)}Z" level=${lvl} msg=${goQuote(msg)}`);
    if (e.audit) return [goJsonLine(e.audit)];
    const line = `${e.ip} - ${e.user ?? '-'} [${clf(e.t, 0)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" ${e.ms} ${e.vhost ?? `api.${BH}`} ${e.flow ?? '-'} ${e.auditSub ?? '-'}`;
    return [...(e.before ?? []).map((b) => `[APP]time="${iso(e.t).slice(0, 19)}Z" level=info msg=${goQuote(b)}`), line];
  };
  const pods = ['10.2.4.17:8080', '10.2.5.31:8080', '10.2.7.9:8080'];
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/units/availability', query: `site=${rng.pick(SITES)}`, status: 200, referer: `https://www.${BH}/storage/${rng.pick(['manchester', 'leeds', 'sheffield'])}`, ua: rng.pick(BROWSERS) }),
      () => ({ method: 'GET', path: `/static/${rng.pick(['app', 'vendor', 'occupancy'])}.${rng.hex(8)}.js`, status: 200, vhost: `portal.${BH}`, referer: `https://portal.${BH}/`, ua: rng.pick(BROWSERS) }),
      () => ({ method: 'POST', path: '/my/units/access-events', status: 202, ua: rng.pick(BH_APP_UA), referer: '-' }),
      () => ({ method: 'GET', path: '/healthz', status: 200, ua: 'kube-probe/1.33', referer: '-', ip: podIp(rng, '10.240') }),
      () => ({ method: 'GET', path: '/units/availability', query: `site=${rng.pick(SITES)}&size=${rng.pick(['25sqft', '50sqft'])}`, status: 200, referer: '-', ua: rng.pick(BH_APP_UA) }),
      () => ({ method: 'GET', path: `/sites/${rng.pick(SITES)}/gates`, status: 200, referer: '-', ua: rng.pick(BH_APP_UA) }),
      () => { const i = rng.int(0, 2); return { app: [['info', 'route settings received'], ['info', `diff taken, inserts/updates: 1, deletes: 0`], ['info', `route settings, update, route: kube_boxhaven__portal__portal_${BH.replace(/\./g, '_')}____portal: Host(/^(portal[.]boxhaven[.]example[.]?(:[0-9]+)?)$/) && PathSubtree("/") -> <roundRobin, "http://${pods[i]}", "http://${pods[(i + 1) % 3]}">`], ['info', 'route settings applied']] }; },
    ])();
  const steps = [
    { raw: { app: [['info', 'Expose metrics in codahale format'], ['info', 'support listener on :9911'], ['info', 'proxy listener on :9999'], ['info', 'TLS settings not found, defaulting to HTTP'], ['info', 'route settings, reset, route: kube__healthz: Path("/kube-system/healthz") -> status(200) -> <shunt>']] }, after: 0 },
    12,
    plant('oauth-code', 'skipper-oauthgrant-well-known-callback-code', 'warning', `${WHY.code} The staff portal signs in through Skipper's own \`oauthGrant()\` filter, so Okta returns to Skipper's callback route \`/.well-known/oauth2-callback?code=…&state=…\` (the state is Skipper's encrypted hex blob), and the access log writes the query.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { method: 'GET', path: '/.well-known/oauth2-callback', query: `code=${code}&state=${rng.hex(192)}`, status: 307, vhost: `staff.${BH}`, referer: 'https://boxhaven.okta.example/', ua: BROWSERS[0] } };
    }),
    12,
    plant('negative', 'skipper-access-flow-id', 'none', "The flow id Skipper's `flowId()` filter adds (`X-Flow-Id`, written in the access log's flow-id field): a request correlation id, no credential.", ({ rng }) => {
      const flow = rng.b64url(16);
      return { value: flow, event: { method: 'GET', path: '/my/units', status: 200, ua: BH_APP_UA[0], referer: '-', flow } };
    }),
    12,
    plant('webhook', 'skipper-route-update-eskip-setpath-slack-relay', 'error', WHY.webhook("An ingress annotation relays the alert manager's posts to Slack with `setPath(\"/services/T…/B…/<secret>\") -> \"https://hooks.slack.com\"`: Skipper logs every route it updates as eskip (`route settings, update, route: …`), the webhook's path among the filter arguments"), ({ rng }) => {
      const secret = rng.alnum(24);
      return { value: secret, event: { app: [['info', 'route settings received'], ['info', `route settings, update, route: kube_ops__alerts_relay__ops_${BH.replace(/\./g, '_')}____alerts_relay: Host(/^(ops[.]boxhaven[.]example[.]?(:[0-9]+)?)$/) && PathSubtree("/relay/alerts") -> setPath("/services/T0${upperNum(rng, 8)}/B0${upperNum(rng, 9)}/${secret}") -> "https://hooks.slack.com"`], ['info', 'route settings applied']] } };
    }),
    12,
    plant('id-token', 'skipper-masked-route-sorted-query-id-token-hint', 'error', "The staff portal's logout route hashes `token` with `maskAccessLogQuery(\"token\")`, which rewrites the logged query through url.Values.Encode (keys sorted, the masked value an xxhash number) and leaves the `id_token_hint` beside it in clear; Okta's ID token on an access line with its `+0000` time: error.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(300, 2400), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://boxhaven.okta.example/oauth2/default', aud: `0oa${rng.alnum(17)}`, sub: `00u${rng.alnum(17)}`, email: 'kerry.ashworth@boxhaven.example', amr: ['pwd', 'mfa'] } });
      return { value: token, jwt: facts, event: { method: 'GET', path: '/staff/logout', query: qs([['id_token_hint', token], ['post_logout_redirect_uri', `https%3A%2F%2Fstaff.${BH}%2F`], ['token', String(BigInt.asUintN(64, BigInt(`0x${rng.hex(16)}`)))]]), status: 302, vhost: `staff.${BH}`, referer: `https://staff.${BH}/arrears`, ua: BROWSERS[0], user: 'kerry.ashworth' } };
    }),
    12,
    plant('negative', 'skipper-masked-query-key-xxhash', 'none', "A price feed route masks `key` with `maskAccessLogQuery(\"key\")`: the access log writes the xxhash of the value as a decimal number, not the key.", ({ rng }) => {
      const h = String(BigInt.asUintN(64, BigInt(`0x${rng.hex(16)}`)));
      return { value: h, event: { method: 'GET', path: '/v1/prices', query: qs([['currency', 'GBP'], ['key', h], ['site', 'MAN3']]), status: 200, ua: 'Go-http-client/2.0', referer: '-', ip: '198.51.100.140' } };
    }),
    12,
    plant('refresh-token', 'skipper-auditlog-requestbody-refresh-grant', 'error', `${WHY.refresh} The token route carries Skipper's \`auditLog()\` filter, which writes a JSON document with the request body to the same stream: the app's form body \`grant_type=refresh_token\\u0026refresh_token=…\` (Go's JSON encoder escapes \`&\`), on a line without a time.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { audit: { method: 'POST', path: '/oauth/token', status: 200, requestBody: `grant_type=refresh_token&refresh_token=${rt}&client_id=boxhaven-ios` } } };
    }),
    12,
    plant('embed-jwt', 'skipper-access-referer-embed-site-occupancy-jwt-120s', 'warning', "The landlord's dashboard frames `/embed/site-occupancy/<JWT>`; the scripts that page loads carry it as their Referer, which Skipper's combined-style line writes with its `+0000` time: valid 120 s without a jti, reusable until it expires (warning).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { site: 'LDS4', view: 'occupancy', partner: 'whitehall-estates' } });
      return { value: token, jwt: facts, event: { method: 'GET', path: `/static/occupancy.${rng.hex(8)}.js`, status: 200, vhost: `portal.${BH}`, referer: `https://portal.${BH}/embed/site-occupancy/${token}`, ua: BROWSERS[3] } };
    }),
    12,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 31 * MIN, site: { host: 'skipper' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// agc-boxhaven-uks-y2027-m07-d21-h08.json: Azure Application Gateway for Containers' access log
// (`TrafficControllerAccessLog`) archived by a diagnostic setting to a storage account, one record a line as the blob
// holds them: `category`, `operationName` (`ReqRespLogs`), `properties` (every value a string, `/` escaped as `\/`),
// `resourceId`, `time` (UTC), `location`. AGC replaces the value of query parameters named secret, password, pwd,
// passwd, key, token, pat, accesskey, accesstoken, credential, sas, personalAccessToken or personal.access.token with
// `<redacted>` in `requestUri`; other names and the path are written as received.
// https://learn.microsoft.com/azure/application-gateway/for-containers/diagnostics (read through search: the fields,
// the redaction note and an example record).

const AGC_REDACT = new Set(['secret', 'password', 'pwd', 'passwd', 'key', 'token', 'pat', 'accesskey', 'accesstoken', 'credential', 'sas', 'personalaccesstoken', 'personal.access.token']);
const agcRedact = (query) => query.split('&').map((p) => { const i = p.indexOf('='); return i > 0 && AGC_REDACT.has(p.slice(0, i).toLowerCase()) ? `${p.slice(0, i)}=<redacted>` : p; }).join('&');

function agcLog(rng) {
  const RID = '/SUBSCRIPTIONS/6F1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D/RESOURCEGROUPS/RG-BOXHAVEN-PROD-UKS/PROVIDERS/MICROSOFT.SERVICENETWORKING/TRAFFICCONTROLLERS/AGC-BOXHAVEN-UKS';
  const backends = ['10.224.1.37', '10.224.1.52', '10.224.2.14'];
  const render = (e) => {
    const be = rng.pick(backends);
    const props = {
      backendHost: `${be}:8080`, backendIp: be, backendPort: '8080', backendResponseLatency: String(rng.int(1, 90)), backendTimeTaken: String(rng.int(0, 12)),
      clientIp: `${e.ip}:${e.port}`, frontendName: 'fe-boxhaven-uks', frontendPort: '443', hostName: e.vhost ?? `api.${BH}`,
      httpMethod: e.method, httpStatusCode: String(e.status), httpVersion: e.h2 === false ? 'HTTP/1.1' : 'HTTP/2', referer: e.referer,
      requestBodyBytes: String(e.method === 'GET' ? 0 : rng.int(80, 900)), requestHeaderBytes: String(rng.int(180, 1400)),
      requestUri: e.path + (e.query ? `?${agcRedact(e.query)}` : ''), responseBodyBytes: String(e.bytes), responseHeaderBytes: String(rng.int(160, 420)),
      timeTaken: String(e.ms), tlsCipher: 'TLS_AES_256_GCM_SHA384', tlsProtocol: 'TLSv1.3', trackingId: e.tracking ?? rng.uuid(), userAgent: e.ua,
    };
    return [`{"category":"TrafficControllerAccessLog","operationName":"ReqRespLogs","properties":${slashEscaped(props)},"resourceId":"${RID}","time":"${iso(e.t)}","location":"uksouth"}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/units/availability', query: `site=${rng.pick(SITES)}&size=${rng.pick(['25sqft', '50sqft', '100sqft'])}`, status: 200, referer: `https://www.${BH}/`, ua: rng.pick(BROWSERS) }),
      () => ({ method: 'GET', path: `/sites/${rng.pick(SITES)}/opening-hours`, status: 200, referer: `https://www.${BH}/`, ua: rng.pick(BROWSERS) }),
      () => ({ method: 'POST', path: '/quotes', status: 201, referer: `https://www.${BH}/quote`, ua: rng.pick(BROWSERS) }),
      () => ({ method: 'GET', path: '/my/units', status: 200, referer: '-', ua: rng.pick(BH_APP_UA) }),
      () => ({ method: 'GET', path: `/.well-known/openid-configuration`, status: 200, vhost: `id.${BH}`, referer: '-', ua: 'okhttp/5.3.2' }),
    ])();
  const steps = [
    10,
    plant('api-key-name', 'agc-requesturi-apikey-not-in-redaction-list', 'error', `${WHY.apiKey('apikey')} A comparison site pulls availability with its partner key in the query; AGC redacts \`key=\` and \`token=\` but not \`apikey=\`, so \`requestUri\` keeps it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { method: 'GET', path: '/partners/v1/availability', query: `postcode=M14%205QG&radius=10&apikey=${key}`, status: 200, referer: '-', ua: 'Java/21.0.7', ip: '198.51.100.77' } };
    }),
    10,
    plant('negative', 'agc-requesturi-redacted-token', 'none', "AGC's own redaction: the gate confirmation link's `token=` is written `<redacted>`, a placeholder and no value.", () => ({ value: '<redacted>', event: { method: 'GET', path: '/gate/confirm', query: 'site=SHF1&gate=G2&token=7Q9xLw2m', status: 200, referer: '-', ua: BH_APP_UA[1] } })),
    10,
    plant('path-secret', 'agc-requesturi-move-in-sign-path', 'error', WHY.pathSecret("A move-in agreement signing link (`/move-in/sign/<token>`) e-mailed to a new customer, in `requestUri` with its slashes escaped"), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { method: 'GET', path: `/move-in/sign/${tok}`, status: 200, vhost: `my.${BH}`, referer: 'https://outlook.live.com/', ua: BROWSERS[2] } };
    }),
    10,
    plant('session-id', 'agc-requesturi-sid-kiosk-query', 'error', WHY.session("The reception kiosks' check-in page keeps its session in the query (`/kiosk/checkin?sid=…`), a name AGC's redaction does not list"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { method: 'GET', path: '/kiosk/checkin', query: `sid=${sid}&step=id-check`, status: 200, vhost: `kiosk.${BH}`, referer: `https://kiosk.${BH}/kiosk/checkin?step=start`, ua: 'Mozilla/5.0 (X11; Linux aarch64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36 BoxhavenKiosk/2.1', h2: false } };
    }),
    10,
    plant('negative', 'agc-requesturi-authorize-code-challenge', 'none', "An authorization request to the identity server (`code_challenge`, `state`, `nonce`): PKCE and flow state, no credential.", ({ rng }) => {
      const ch = rng.b64url(43);
      return { value: ch, event: { method: 'GET', path: '/connect/authorize', query: `client_id=portal&response_type=code&scope=openid%20profile%20units&redirect_uri=https%3A%2F%2Fmy.${BH}%2Fsignin-oidc&code_challenge=${ch}&code_challenge_method=S256&state=${rng.b64url(32)}&nonce=${rng.b64url(32)}`, status: 302, vhost: `id.${BH}`, referer: `https://my.${BH}/`, ua: BROWSERS[1] } };
    }),
    10,
    plant('id-token', 'agc-requesturi-endsession-id-token-hint', 'error', "The portal signs out at the identity server's `/connect/endsession?id_token_hint=<JWT>`; AGC's redaction does not cover `id_token_hint`, and the record's `time` is UTC: a live ID token (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(600, 3000), alg: 'RS256', kid: rng.hex(32).toUpperCase(), claims: { iss: `https://id.${BH}`, aud: 'portal', sub: String(rng.int(20000, 49999)), sid: rng.hex(32).toUpperCase(), idp: 'local', amr: ['pwd'] } });
      return { value: token, jwt: facts, event: { method: 'GET', path: '/connect/endsession', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fmy.${BH}%2Fsignout-callback-oidc`, status: 302, vhost: `id.${BH}`, referer: `https://my.${BH}/account`, ua: BROWSERS[0] } };
    }),
    10,
    plant('encoded', 'agc-requesturi-returnto-percent-encoded-pay-token', 'error', "A payment hand-off keeps its link in `returnTo`, percent-encoded once (`%2Fpay%3Fpay_token%3D…`); the redaction looks at top-level names only, and `pay_token` is not one of them.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'GET', path: '/account/login', query: `returnTo=%2Fpay%3Fpay_token%3D${tok}%26invoice%3DINV-${digits(rng, 6)}`, status: 200, vhost: `my.${BH}`, referer: 'https://mail.google.com/', ua: BROWSERS[4] } };
    }),
    10,
    plant('embed-jwt', 'agc-requesturi-embed-unit-camera-jwt-expired', 'note', "A customer's unit camera embed (`/embed/unit-camera/<JWT>`) opened from an old message two days after the JWT expired, in a record whose `time` is UTC: expired when logged (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: 2 * 86400 + rng.int(600, 7200), jti: true, claims: { unit: 'LDS2-C231', cam: 'cam-07', sub: String(rng.int(20000, 49999)) } });
      return { value: token, jwt: facts, event: { method: 'GET', path: `/embed/unit-camera/${token}`, status: 401, vhost: `my.${BH}`, referer: '-', ua: BROWSERS[2] } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 1 * MIN, site: { host: 'agc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gatehouse-access.log: the Hiawatha web server on a site's gatehouse controller (MAN3), serving the gate kiosk's
// touchscreen UI and the gate API to the customer app on the site's Wi-Fi (a local Python app behind Hiawatha's reverse
// proxy), `LogFormat = hiawatha` (the default): `<ip>|<Www dd Mmm yyyy HH:MM:SS +zzzz>|<status>|<bytes sent>|<remote
// user>|<method> <uri>[?<query>] <protocol>` followed by every request header as `|Name: value`, except `Cookie:` and
// `Authorization:`, cut at 2 KB; local time with its offset.
// src/log.c (log_request) of the Hiawatha web server (read in a public copy); https://www.hiawatha-webserver.org/manpages
// (not fetched).

function hiawathaLog(rng) {
  const GATE = `gate-man3.${BH}`;
  const tsOf = (ms) => {
    const d = new Date(ms + BST * MIN);
    return `${DAYS[d.getUTCDay()]} ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso(d.getTime()).slice(11, 19)} +0100`;
  };
  const render = (e) => {
    const hdrs = [`Host: ${GATE}`, `User-Agent: ${e.ua}`, `Accept: ${e.accept ?? '*/*'}`, ...(e.lang ? [`Accept-Language: ${e.lang}`] : []), 'Accept-Encoding: gzip, deflate', ...(e.referer !== '-' ? [`Referer: ${e.referer}`] : []), ...(e.extra ?? []), `Connection: ${e.conn ?? 'keep-alive'}`];
    return [`${e.ip}|${tsOf(e.t)}|${e.status}|${e.bytes}||${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1|${hdrs.join('|')}`];
  };
  const kioskUa = 'Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 GatehouseKiosk/4.3';
  const lan = (rng) => `192.168.40.${rng.int(20, 200)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ip: '192.168.40.5', method: 'GET', path: '/kiosk/', status: 200, ua: kioskUa, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', lang: 'en-GB,en;q=0.9', referer: '-' }),
      () => ({ ip: '192.168.40.5', method: 'GET', path: '/api/gate/status', query: 'gate=G1', status: 200, ua: kioskUa, accept: 'application/json', referer: `http://${GATE}/kiosk/` }),
      () => ({ ip: lan(rng), method: 'GET', path: '/api/units/mine', status: 200, ua: rng.pick(BH_APP_UA.slice(0, 2)), accept: 'application/json', referer: '-' }),
      () => ({ ip: '192.168.40.5', method: 'GET', path: `/kiosk/static/${rng.pick(['kiosk', 'keypad', 'fonts'])}.${rng.hex(8)}.${rng.pick(['js', 'css'])}`, status: 200, ua: kioskUa, referer: `http://${GATE}/kiosk/` }),
      () => ({ ip: '192.168.40.9', method: 'POST', path: '/api/gate/heartbeat', status: 204, bytes: 0, ua: 'gatectl/1.9 (esp32)', referer: '-', conn: 'close' }),
    ])();
  const steps = [
    5,
    plant('header-dump', 'hiawatha-header-x-kiosk-token', 'error', "The kiosk's touchscreen UI calls the local API with a custom `X-Kiosk-Token` header (the kiosk's device credential): Hiawatha's log leaves out `Cookie:` and `Authorization:` only and writes every other header, this one as `|X-Kiosk-Token: …`.", ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { ip: '192.168.40.5', method: 'POST', path: '/api/kiosk/visitor-pass', status: 201, ua: kioskUa, accept: 'application/json', referer: `http://${GATE}/kiosk/visitor`, extra: ['Content-Type: application/json', `X-Kiosk-Token: ${tok}`, 'Origin: http://gate-man3.boxhaven.example'] } };
    }),
    5,
    plant('negative', 'hiawatha-header-if-none-match-etag', 'none', "An `If-None-Match` ETag on a cached kiosk script: a content validator, no credential.", ({ rng }) => {
      const etag = `"${rng.hex(8)}-${rng.hex(12)}"`;
      return { value: etag, event: { ip: '192.168.40.5', method: 'GET', path: '/kiosk/static/keypad.js', status: 304, bytes: 0, ua: kioskUa, referer: `http://${GATE}/kiosk/`, extra: [`If-None-Match: ${etag}`] } };
    }),
    5,
    plant('oauth-code', 'hiawatha-header-referer-callback-code', 'warning', `${WHY.code} The gatehouse's staff page signs in with Microsoft Entra ID; the stylesheet it loads right after the callback carries the callback URL (\`code\`, \`state\`, \`session_state\`) as its Referer, which Hiawatha writes as \`|Referer: …\`.`, ({ rng }) => {
      const code = `1.AQ${rng.b64url(180)}`;
      return { value: code, event: { ip: lan(rng), method: 'GET', path: '/staff/static/staff.css', status: 200, ua: BROWSERS[0], accept: 'text/css,*/*;q=0.1', referer: `https://${GATE}/staff/signin-callback?code=${code}&state=${rng.b64url(32)}&session_state=${rng.uuid()}` } };
    }),
    5,
    plant('replay', 'hiawatha-request-gate-open-ticket', 'note', WHY.ticketFirst("A single-use gate ticket (`ticket=`) that the customer app gets from the cloud API and presents to the gatehouse to open gate G1. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(24);
      firstUse.gate = t;
      return { value: tk, event: { ip: '192.168.40.131', method: 'GET', path: '/api/gate/open', query: `ticket=${tk}&gate=G1`, status: 200, ua: BH_APP_UA[0], accept: 'application/json', referer: '-' } };
    }, { ref: 'gate' }),
    12,
    plant('replay', 'hiawatha-request-gate-open-ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('gate').value, why: `${WHY.replay('ticket', gap('gate', t))} Another phone on the site's Wi-Fi (192.168.40.177, the Android app) opened the gate with the same ticket and the gatehouse answered 200 again: the ticket was not spent.` }], event: { ip: '192.168.40.177', method: 'GET', path: '/api/gate/open', query: `ticket=${refs.get('gate').value}&gate=G1`, status: 200, ua: BH_APP_UA[1], accept: 'application/json', referer: '-' } }), { replayOf: 'gate', after: 87 }),
    5,
    plant('negative', 'hiawatha-header-sec-websocket-key', 'none', "The `Sec-WebSocket-Key` of the kiosk's status socket: a nonce of the handshake, no credential.", ({ rng }) => {
      const k = rng.bytes(16).toString('base64');
      return { value: k, event: { ip: '192.168.40.5', method: 'GET', path: '/ws/status', status: 101, bytes: 0, ua: kioskUa, referer: '-', conn: 'Upgrade', extra: ['Upgrade: websocket', 'Sec-WebSocket-Version: 13', `Sec-WebSocket-Key: ${k}`] } };
    }),
    5,
    plant('header-dump', 'hiawatha-header-sec-websocket-protocol-bearer', 'error', "A browser cannot set headers on a WebSocket, so the staff dashboard passes its access token as a subprotocol (`Sec-WebSocket-Protocol: bearer, <token>`); Hiawatha writes that header like any other.", ({ rng }) => {
      const tok = rng.b64url(64);
      return { value: tok, event: { ip: lan(rng), method: 'GET', path: '/ws/alarms', status: 101, bytes: 0, ua: BROWSERS[0], referer: '-', conn: 'Upgrade', extra: ['Upgrade: websocket', 'Sec-WebSocket-Version: 13', `Sec-WebSocket-Key: ${rng.bytes(16).toString('base64')}`, `Sec-WebSocket-Protocol: bearer, ${tok}`] } };
    }),
    12,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 48 * MIN, site: { host: 'gate' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// application.log: Lucee 6 behind the old customer portal (CFML, `index.cfm` with SES path info), its `application` log
// in the classic layout: a header row `"Severity","ThreadID","Date","Time","Application","Message"`, then one quoted CSV
// row an entry (`MM/dd/yyyy`, `HH:mm:ss` in the server's local time, no zone), quotes inside a message doubled, a
// message with line breaks continuing on the following lines; the entries are the portal's `<cflog>`/`writeLog()` calls.
// Session management uses Lucee's CFID/CFTOKEN (`session.urltoken`), form structs serialize with upper-case keys and
// `FIELDNAMES`.
// https://docs.lucee.org/recipes/logging.html (read through search: log levels, appenders, the `classic` layout); the
// ColdFusion log file format (Severity, ThreadID, Date, Time, Application, Message; read through search); Lucee's CFID
// format and the FORM scope's FIELDNAMES from memory.

function luceeLog(rng) {
  const APP = 'boxhaven_portal';
  const render = (e) => {
    const d = local(e.t, BST);
    const date = `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}`;
    // A message with line breaks continues on the following physical lines (one array item a line).
    return `"${e.sev}","${e.thread ?? `http-nio-8888-exec-${rng.int(1, 24)}`}","${date}","${d.slice(11, 19)}","${e.app ?? APP}","${e.msg.replace(/"/g, '""')}"`.split('\n');
  };
  const P = `https://portal.${BH}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ sev: 'INFO', msg: `Unit holder ${rng.int(20000, 49999)} signed in from ${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}` }),
      () => ({ sev: 'INFO', msg: `Invoice INV-${digits(rng, 6)} rendered to PDF in ${rng.int(180, 2400)}ms` }),
      () => ({ sev: 'WARN', msg: `Direct debit mandate lookup slow (${rng.int(3, 9)}.${rng.int(0, 9)}s) for account ${rng.int(20000, 49999)}` }),
      () => ({ sev: 'INFO', thread: 'scheduler-1', msg: `Task [arrears-reminders] sent ${rng.int(3, 60)} reminders` }),
      () => ({ sev: 'INFO', msg: `Access code change requested for unit ${rng.pick(SITES)}-${unitNo(rng)}: queued for the site controller` }),
      () => ({ sev: 'INFO', msg: `Insurance certificate uploaded for account ${rng.int(20000, 49999)} (${rng.int(80, 900)} KB)` }),
      () => ({ sev: 'INFO', msg: `Unit holder ${rng.int(20000, 49999)} signed out` }),
      () => ({ sev: 'ERROR', msg: `Error rendering statement for account ${rng.int(20000, 49999)}: Element STATEMENTLINES is undefined in a CFML structure referenced as part of an expression.\nlucee.runtime.exp.ExpressionException: Element STATEMENTLINES is undefined in a CFML structure referenced as part of an expression.\n\tat lucee.runtime.type.util.StructSupport.invalidKey(StructSupport.java:84)\n\tat lucee.runtime.type.StructImpl.get(StructImpl.java:161)\n\tat statements_cfc$cf.udfCall(/var/www/portal/model/statements.cfc:112)\n\tat lucee.runtime.type.UDFImpl.implementation(UDFImpl.java:107)` }),
    ])();
  const steps = [
    8,
    plant('encoded', 'lucee-cflog-returnurl-percent-encoded-urltoken-cfid', 'error', "The portal logs its redirect to the payment page, whose `returnurl` carries `session.urltoken` (`CFID=…&CFTOKEN=0`, Lucee's session appended for cookieless browsers) percent-encoded once: Lucee's CFID is the session (CFTOKEN is 0), one decoding away.", ({ rng }) => {
      const cfid = rng.uuid();
      return { value: cfid, event: { sev: 'INFO', msg: `Redirecting account ${rng.int(20000, 49999)} to ${P}/index.cfm/pay/start?returnurl=%2Findex.cfm%2Faccount%2Fhome%3FCFID%3D${cfid}%26CFTOKEN%3D0` } };
    }),
    8,
    plant('negative', 'lucee-csrfgeneratetoken-value', 'none', "A token from `CSRFGenerateToken()` logged while debugging a form: a per-session anti-forgery token, no credential.", ({ rng }) => {
      const tok = rng.hex(40).toUpperCase();
      return { value: tok, event: { sev: 'INFO', msg: `CSRF token issued for change-address form: ${tok}` } };
    }),
    8,
    plant('api-key-name', 'lucee-cflog-getaddress-api-key-url', 'error', `${WHY.apiKey('api-key')} The portal's postcode lookup logs the getAddress.io URL it failed on, the account's \`api-key\` in its query.`, ({ rng }) => {
      const key = `${rng.alnum(22)}${digits(rng, 5)}`;
      return { value: key, event: { sev: 'WARN', msg: `Postcode lookup failed (HTTP 429 Too Many Requests) for https://api.getaddress.io/find/M145QG?api-key=${key}&expand=true` } };
    }),
    8,
    plant('path-secret', 'lucee-cflog-ses-path-reset-token', 'error', WHY.pathSecret("A password reset link the portal e-mails, with the token as SES path info after `index.cfm` (`/index.cfm/account/reset/<token>`), written by the mailer's `<cflog>`"), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { sev: 'INFO', msg: `Password reset e-mail queued for account ${rng.int(20000, 49999)}: ${P}/index.cfm/account/reset/${tok}` } };
    }),
    8,
    plant('framework-dump', 'lucee-serializejson-form-scope-uppercase-password', 'error', "A failed sign-in writes `serializeJSON(form)`: the FORM scope with CFML's upper-case keys and `FIELDNAMES`, the password in clear (the quotes doubled by the classic layout).", ({ rng }) => {
      const pw = `${rng.pick(['Storage', 'Boxes', 'Unit'])}${rng.alnum(7)}!${digits(rng, 2)}`;
      return { value: pw, event: { sev: 'ERROR', msg: `Login failed for form: {"USERNAME":"m.okafor@example-mail.example","PASSWORD":"${pw}","REMEMBERME":"on","FIELDNAMES":"USERNAME,PASSWORD,REMEMBERME"}` } };
    }),
    8,
    plant('negative', 'lucee-createuuid-job-id', 'none', "A job id made by `createUUID()` (CFML's 8-4-4-16 shape): an identifier, no credential.", ({ rng }) => {
      const u = `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(16)}`.toUpperCase();
      return { value: u, event: { sev: 'INFO', thread: 'scheduler-1', msg: `Task [nightly-arrears] started as job ${u}` } };
    }),
    8,
    plant('webhook', 'lucee-cflog-xmatters-trigger-apikey', 'error', WHY.webhook("An xMatters inbound integration's trigger URL (`…/api/integration/1/functions/<uuid>/triggers?apiKey=<key>`, URL authentication) in the error a failed `<cfhttp>` logs"), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { sev: 'ERROR', msg: `Out-of-hours alarm escalation failed: 401 Unauthorized from https://boxhaven.xmatters.com/api/integration/1/functions/${rng.uuid()}/triggers?apiKey=${key}` } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 2 * MIN, site: { host: 'portal' }, filler, render, steps, header: ['"Severity","ThreadID","Date","Time","Application","Message"'] });
}

// =====================================================================================================================
// Rul (Kazakh; Almaty: UTC+5)
// =====================================================================================================================

const RUL = 'rul.example';
const KZ_IPS = ['5.34.112', '37.99.40', '92.46.81', '95.56.233', '178.89.160', '2.132.71'];
const kzIp = (rng) => `${rng.pick(KZ_IPS)}.${rng.int(2, 254)}`;
const RUL_APP_UA = ['Rul/3.8.1 (Android 15; SM-A556E)', 'Rul/3.8.1 (iPhone; iOS 26.1)', 'okhttp/4.12.0'];
const kzPhone = (rng) => `7701${digits(rng, 7)}`;

// ---------------------------------------------------------------------------------------------------------------------
// rul-api-web.log: an Egg.js 3 application (the booking API), its appLogger file `logs/rul-api/rul-api-web.log`
// written by egg-logger: `<yyyy-MM-dd HH:mm:ss,SSS> <LEVEL> <pid> <message>`, where the context logger
// (`ctx.logger`, `this.logger`) prefixes `[<userId>/<ip>/<traceId>/<ms>ms <METHOD> <ctx.url>]` (`ctx.url` holds the
// query) and `this.logger` adds `[controller.…]` or `[service.…]`; an Error is written as `nodejs.<name>: <message>`, the
// stack, one `key: <JSON>` line per own property, `pid:` and `hostname:` lines and an empty line; local time without a
// zone.
// lib/utils.js (formatError, the default formatter) and lib/egg/context_logger.js of eggjs/egg-logger (read);
// https://www.eggjs.org/core/logger (read through search: the context prefix and the file names); urllib's error
// properties from memory.

function eggLog(rng) {
  const PID = 41;
  const HOST = 'rul-api-6d9f7c8b5-8mfxw';
  const useMs = (rng) => String(Math.floor((rng.int(800, 450000) / 1000) * 1000) / 1000);
  const render = (e) => {
    const prefix = `[${e.user ?? '-'}/${e.ip}/-/${e.use ?? useMs(rng)}ms ${e.method} ${e.path}${e.query ? `?${e.query}` : ''}]`;
    return e.lines.map(([lvl, cat, msg], i) => {
      const at = e.t + i * rng.int(2, 40);
      return `${ymdHmsAt(at, ALMT)},${msPart(at)} ${lvl} ${PID} ${e.app ? '' : `${prefix} `}${cat ? `[${cat}] ` : ''}${msg}`;
    });
  };
  const SCHOOLS = ['Orbita', 'Samal', 'Almagul', 'Tastak', 'Zhetysu'];
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/v1/sabaqtar', query: `mektep=${rng.pick(SCHOOLS)}&kun=2027-07-${rng.int(22, 31)}`, user: `u_${rng.int(1000, 9999)}`, lines: [['INFO', 'controller.sabaq', `Бос сабақтар: ${rng.int(0, 14)}`]] }),
      () => ({ method: 'POST', path: '/api/v1/sabaqtar/zhazylu', user: `u_${rng.int(1000, 9999)}`, lines: [['INFO', 'controller.sabaq', 'Сабаққа жазылу қабылданды'], ['INFO', 'service.kestege', `Нұсқаушы ${rng.int(100, 480)} кестесі жаңартылды`]] }),
      () => ({ method: 'GET', path: '/api/v1/nusqaushylar', query: `mektep=${rng.pick(SCHOOLS)}`, lines: [['INFO', 'controller.nusqaushy', `${rng.int(4, 20)} нұсқаушы табылды`]] }),
      () => ({ method: 'GET', path: '/api/v1/emtikhan/kezek', query: `sanat=B&qala=almaty`, user: `u_${rng.int(1000, 9999)}`, lines: [['WARN', 'service.emtikhan', `ХҚКО кезегі баяу жауап берді: ${rng.int(3000, 9000)}ms`]] }),
      () => ({ app: true, lines: [['INFO', null, `[egg-schedule]: [kestege_tazalau] тазалау аяқталды, ${rng.int(0, 30)} жазба өшірілді`]] }),
    ])();
  const steps = [
    { raw: { app: true, lines: [['INFO', null, `[egg:core] dump config to /app/run/application_config.json, 12ms`], ['INFO', null, `[egg:core] dump config meta to /app/run/application_config_meta.json, 8ms`], ['INFO', null, `[egg-redis] client connect success`], ['INFO', null, `[egg-sequelize] rul instance connect success`]] }, after: 0 },
    10,
    plant('api-key-name', 'egg-context-prefix-url-kilt', 'error', `${WHY.apiKey('kilt')} The exam centre's system pulls results with \`kilt\` ("key") in the query; egg-logger's context prefix holds \`ctx.url\`, so every \`ctx.logger\` line of that request repeats it.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { method: 'GET', path: '/api/v1/seriktes/natizheler', query: `kun=2027-07-20&kilt=${key}`, ip: '198.51.100.41', lines: [['INFO', 'controller.seriktes', 'Серіктес сұрауы: емтихан нәтижелері'], ['INFO', 'service.natizhe', `${rng.int(20, 90)} нәтиже қайтарылды`]] } };
    }),
    10,
    plant('negative', 'egg-message-student-iin', 'none', "A student's IIN (ЖСН, the 12-digit national identification number) written while matching an exam result: personal data, but no credential.", ({ rng }) => {
      const iin = `0${rng.int(1, 9)}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}${digits(rng, 6)}`;
      return { value: iin, event: { method: 'POST', path: '/api/v1/emtikhan/natizhe', ip: '198.51.100.41', lines: [['INFO', 'service.natizhe', `ЖСН ${iin} бойынша нәтиже табылды: өтті`]] } };
    }),
    10,
    plant('oauth-code', 'egg-context-prefix-yandex-id-callback-code', 'warning', `${WHY.code} Sign-in with Yandex ID returns to \`/kiru/qaytu?code=…&state=…\` ("sign-in/return"); the controller and the service each log a line of that request, each with the context prefix and its \`ctx.url\`.`, ({ rng }) => {
      const code = lowerNum(rng, 16);
      return { value: code, event: { method: 'GET', path: '/kiru/qaytu', query: `code=${code}&state=${rng.hex(32)}`, ip: kzIp(rng), lines: [['INFO', 'controller.kiru', 'Yandex ID арқылы кіру: кодты токенге алмастыру'], ['INFO', 'service.paidalanushy', 'Пайдаланушы табылды, сессия ашылды']] } };
    }),
    10,
    plant('api-key-name', 'egg-error-urllib-timeout-smsc-psw', 'error', `${WHY.apiKey('psw')} The SMS gateway (smsc.kz) takes its account password as \`psw=\` in the URL; urllib's timeout error quotes the URL in its message, and egg-logger writes the error's own properties on lines of their own, \`res\` with \`requestUrls\` among them (the same request written again).`, ({ rng }) => {
      const psw = rng.alnum(16);
      const url = `https://smsc.kz/sys/send.php?login=rul_avto&psw=${psw}&phones=${kzPhone(rng)}&mes=%D0%9A%D0%BE%D0%B4%3A%20${digits(rng, 4)}&fmt=3`;
      return { value: psw, event: { method: 'POST', path: '/api/v1/kiru/kod', ip: kzIp(rng), use: '5013.482', lines: [['ERROR', null, `nodejs.ResponseTimeoutError: Response timeout for 5000ms, GET ${url} -1 (connected: true, keepalive socket: false, socketHandledRequests: 1, socketHandledResponses: 0)\nheaders: {}\n    at Timeout._onTimeout (/app/node_modules/urllib/lib/urllib.js:949:15)\n    at listOnTimeout (node:internal/timers:594:17)\n    at process.processTimers (node:internal/timers:529:7)\nname: "ResponseTimeoutError"\nrequestId: ${rng.int(100, 900)}\ndata: undefined\nstatus: -1\nheaders: {}\nres: {"status":-1,"statusCode":-1,"headers":{},"size":0,"aborted":false,"rt":5011,"keepAliveSocket":false,"data":null,"requestUrls":["${url}"],"timing":null,"remoteAddress":"","remotePort":""}\npid: ${PID}\nhostname: ${HOST}\n`]] } };
    }),
    10,
    plant('header-dump', 'egg-ctx-logger-headers-json-authorization', 'error', "While chasing 401s from the Android app, a controller logs `ctx.headers` with `%j`: the app's `authorization: Bearer …` (an opaque access token) is in the JSON.", ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { method: 'GET', path: '/api/v1/menin/sabaqtarym', user: `u_${rng.int(1000, 9999)}`, ip: kzIp(rng), lines: [['WARN', 'controller.menin', `401 тақырыптары: {"host":"api.${RUL}","x-forwarded-for":"${kzIp(rng)}","authorization":"Bearer ${tok}","user-agent":"${RUL_APP_UA[0]}","accept":"application/json","accept-encoding":"gzip"}`]] } };
    }),
    10,
    plant('negative', 'egg-message-kaspi-qr-payment-id', 'none', "A Kaspi Pay QR payment's id in a payment status line: an identifier of a payment, no credential.", ({ rng }) => {
      const id = digits(rng, 11);
      return { value: id, event: { method: 'GET', path: '/api/v1/tolem/kaspi/kuy', user: `u_${rng.int(1000, 9999)}`, ip: kzIp(rng), lines: [['INFO', 'service.tolem', `Kaspi QR төлемі ${id}: Processed`]] } };
    }),
    10,
    plant('implicit-fragment', 'egg-ctx-logger-client-error-body-href-fragment', 'error', "The web app posts its script errors to `/api/v1/qateler` (\"errors\") and the controller logs the body with `%j`: the page's `href` still holds the legacy implicit sign-in's `#/kiru/oryndaldy?access_token=…`.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { method: 'POST', path: '/api/v1/qateler', ip: kzIp(rng), lines: [['WARN', 'controller.qate', `Клиент қатесі: {"href":"https://${RUL}/#/kiru/oryndaldy?access_token=${tok}&token_type=bearer&expires_in=86400","qate":"TypeError: Cannot read properties of null (reading 'kestege')","shol":412}`]] } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 11 * MIN, site: { host: 'api' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rul-tolem-docker.log: `docker logs rul-tolem` of the payments service on GoFrame v2 (`server.logStdout: true`,
// `accessLogEnabled: true`, `errorStack: true`): glog lines `<yyyy-MM-dd HH:mm:ss.SSS> [<LEVEL>] {<trace id>} <message>`
// (no level tag on Print lines), the start-up route table, access lines `<status> "<METHOD> <scheme> <host> <URL>
// <proto>" <seconds>, <client ip>, "<referer>", "<user agent>"` and, for a failed request, an `[ERRO]` line of the same
// shape followed by `Stack:` and gerror's numbered stack (the error's messages first); local time without a zone. The URL
// is `r.URL.String()`, so the query is kept and a path segment is written escaped.
// net/ghttp/ghttp_server_log.go of gogf/gf (read, v2 and older versions); https://goframe.org/docs/web/senior-logging
// (read through search); glog's header, the route table and gerror's stack layout from memory.

function goframeLog(rng) {
  const tr = () => rng.hex(32);
  const line = (at, lvl, trace, msg) => `${ymdHmsAt(at, ALMT)}.${msPart(at)} ${lvl ? `[${lvl}] ` : ''}{${trace}} ${msg}`;
  const req = (e) => `"${e.method} https api.${RUL} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${(e.ms / 1000).toFixed(3)}, ${e.ip}, "${e.referer === '-' ? '' : e.referer}", "${e.ua}"`;
  const render = (e) => {
    if (e.plain) return e.plain;
    const trace = e.trace ?? tr();
    const out = [];
    if (e.stack) out.push(line(e.t, 'ERRO', trace, `${e.status} ${req(e)}`), 'Stack:', ...e.stack);
    out.push(line(e.t + 1, null, trace, `${e.status} ${req(e)}`));
    return out;
  };
  const frames = (list) => list.flatMap(([fn, file], i) => [`   ${i + 1}).  ${fn}`, `        ${file}`]);
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/v1/tolem/kuy', query: `order=R-${digits(rng, 7)}`, status: 200, ua: rng.pick(RUL_APP_UA) }),
      () => ({ method: 'POST', path: '/api/v1/tolem/bastau', status: 200, ua: rng.pick(RUL_APP_UA) }),
      () => ({ method: 'POST', path: '/api/v1/tolem/kaspi/callback', status: 200, ua: 'Kaspi/1.0', ip: '198.51.100.14' }),
      () => ({ method: 'GET', path: '/api/v1/tarifter', query: `sanat=${rng.pick(['A', 'B', 'C', 'BE'])}`, status: 200, ua: rng.pick(BROWSERS), referer: `https://${RUL}/tarifter` }),
    ])();
  const boot = (t) => [
    `${ymdHmsAt(t, ALMT)}.${msPart(t)} [INFO] pid[1]: http server started listening on [:8000]`,
    `${ymdHmsAt(t, ALMT)}.${msPart(t + 3)} [INFO] {${tr()}} swagger ui is serving at address: http://127.0.0.1:8000/swagger/`,
    '',
    '  ADDRESS | METHOD |             ROUTE             |                         HANDLER                         |    MIDDLEWARE',
    '----------|--------|-------------------------------|---------------------------------------------------------|-------------------',
    '  :8000   | ALL    | /api/v1/tolem/bastau          | rul/tolem/internal/controller/tolem.(*cTolem).Bastau    | ghttp.MiddlewareHandlerResponse',
    '----------|--------|-------------------------------|---------------------------------------------------------|-------------------',
    '  :8000   | ALL    | /api/v1/tolem/kaspi/callback  | rul/tolem/internal/controller/tolem.(*cTolem).Callback  | ghttp.MiddlewareHandlerResponse',
    '----------|--------|-------------------------------|---------------------------------------------------------|-------------------',
    '  :8000   | ALL    | /api/v1/tolem/kuy             | rul/tolem/internal/controller/tolem.(*cTolem).Kuy       | ghttp.MiddlewareHandlerResponse',
    '----------|--------|-------------------------------|---------------------------------------------------------|-------------------',
    '',
  ];
  const steps = [
    { raw: { plain: boot(DAY0 + 8 * HOUR + 2 * MIN) }, after: 0 },
    9,
    plant('api-key-name', 'goframe-access-url-api-kilti', 'error', `${WHY.apiKey('api_kilti')} The driving schools' accounting system asks for payment statuses with \`api_kilti\` ("API key") in the query, kept by the access line's \`r.URL.String()\`.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { method: 'GET', path: '/api/v1/tolem/esep', query: `kun=2027-07-20&api_kilti=${key}`, status: 200, ua: 'Go-http-client/2.0', ip: '10.8.0.14' } };
    }),
    9,
    plant('negative', 'goframe-trace-id-error-and-access', 'none', "GoFrame's trace id in braces, on the `[ERRO]` line and the access line of one failed request: a tracing id, no credential.", ({ rng }) => {
      const trace = tr();
      return { value: trace, event: { method: 'POST', path: '/api/v1/tolem/kaspi/callback', status: 500, ua: 'Kaspi/1.0', ip: '198.51.100.14', trace, stack: [`1. kaspi callback: төлем табылмады (order R-${digits(rng, 7)})`, ...frames([['rul/tolem/internal/logic/tolem.(*sTolem).Confirm', '/app/internal/logic/tolem/tolem.go:214'], ['rul/tolem/internal/controller/tolem.(*cTolem).Callback', '/app/internal/controller/tolem/tolem_callback.go:41']]), ''] } };
    }),
    9,
    plant('session-id', 'goframe-query-gfsessionid-error-and-access', 'error', WHY.session("The in-app browser opens the payment page with GoFrame's session id in the query (`gfsessionid=`, which ghttp accepts from a cookie, a header or the query); the request fails, so the `[ERRO]` line and the access line both write the URL"), ({ rng }) => {
      const sid = lowerNum(rng, 32);
      return { value: sid, event: { method: 'GET', path: '/tolem/bet', query: `order=R-${digits(rng, 7)}&gfsessionid=${sid}`, status: 500, ua: 'Mozilla/5.0 (Linux; Android 15; SM-A556E Build/AP3A.240905.015; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/143.0.0.0 Mobile Safari/537.36', stack: ['1. tolem bet: Kaspi сессиясы жарамсыз', ...frames([['rul/tolem/internal/controller/tolem.(*cTolem).Bet', '/app/internal/controller/tolem/tolem_bet.go:57']]), ''] } };
    }),
    9,
    plant('webhook', 'goframe-error-stack-bitrix24-inbound-webhook', 'error', WHY.webhook("A Bitrix24 inbound webhook (`<portal>.bitrix24.kz/rest/<user id>/<secret>/<method>.json`, the segment after the user id is the only secret) in the error message gerror prints under `Stack:`, on a line without a time"), ({ rng }) => {
      const secret = lowerNum(rng, 16);
      return { value: secret, event: { method: 'POST', path: '/api/v1/tolem/kaspi/callback', status: 500, ua: 'Kaspi/1.0', ip: '198.51.100.14', stack: [`1. CRM-ге жіберу сәтсіз: Post "https://rul.bitrix24.kz/rest/17/${secret}/crm.deal.update.json": context deadline exceeded`, ...frames([['rul/tolem/internal/service.(*sCrm).DealPaid', '/app/internal/service/crm.go:88'], ['rul/tolem/internal/logic/tolem.(*sTolem).Confirm', '/app/internal/logic/tolem/tolem.go:231']]), ''] } };
    }),
    9,
    plant('framework-dump', 'goframe-error-stack-request-map-qupiya-soz', 'error', "A registration failure wraps `r.GetMap()` into its error with `%v`: Go prints the map with sorted keys (`map[aty:… qupiya_soz:… telefon:…]`), the password (`qupiya_soz`) among them, under `Stack:`.", ({ rng }) => {
      const pw = `${rng.alnum(9)}${digits(rng, 3)}`;
      return { value: pw, event: { method: 'POST', path: '/api/v1/tirkelu', status: 500, ua: RUL_APP_UA[1], stack: [`1. тіркелу қатесі: map[aty:Aruzhan qupiya_soz:${pw} sanat:B telefon:+${kzPhone(rng)}]: Duplicate entry for key 'telefon'`, ...frames([['rul/tolem/internal/logic/user.(*sUser).Register', '/app/internal/logic/user/user.go:66']]), ''] } };
    }),
    9,
    plant('negative', 'goframe-access-kaspi-txn-id', 'none', "Kaspi's transaction id on a payment status call: an identifier, no credential.", ({ rng }) => {
      const txn = digits(rng, 12);
      return { value: txn, event: { method: 'GET', path: '/api/v1/tolem/kuy', query: `txn_id=${txn}`, status: 200, ua: RUL_APP_UA[0] } };
    }),
    9,
    plant('encoded', 'goframe-access-query-standard-base64-percent-escaped-zheton', 'error', "A receipt download link carries a standard-base64 token in `zheton` (\"token\"), its `+`, `/` and `=` percent-escaped by the link builder (`%2B`, `%2F`, `%3D`); `r.URL.String()` keeps the raw query, one decoding away from the token that opens the receipt.", ({ rng }) => {
      let raw = rng.bytes(31).toString('base64');
      while (!/[+/]/.test(raw)) raw = rng.bytes(31).toString('base64');
      const esc = encodeURIComponent(raw);
      return { value: esc, event: { method: 'GET', path: '/api/v1/tolem/chek', query: `order=R-${digits(rng, 7)}&zheton=${esc}`, status: 200, ua: BROWSERS[4], referer: 'https://mail.yandex.kz/' } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 3 * MIN, site: { host: 'tolem' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nusqaushy-access.log: the instructors' app API ("nusqaushy", instructor) on Iris v12 with its accesslog middleware in
// the default configuration (`accesslog.File("./access.log")`, the default line format):
// `<yyyy-MM-dd HH:mm:ss>|<latency>|<status>|<METHOD>|<path>|<ip>|<path params, query and fields as key=value, space
// separated>|<bytes received>|<bytes sent>|<request body, minified>|`, the request values field left out when empty,
// path parameters only on a successful response, the query from URLParamsSorted (decoded values, keys sorted), the
// request body recorded by default (`RequestBody: true`); local time without a zone.
// middleware/accesslog/accesslog.go and log.go of kataras/iris (read); the byte formatting from memory.

function irisLog(rng) {
  const fmtBytes = (b) => (b < 1024 ? `${b} B` : `${(b / 1024).toFixed(1)} KB`);
  const latency = (rng) => rng.pick([() => `${rng.int(200, 999)}.${rng.int(1, 9)}µs`, () => `${rng.int(1, 98)}.${digits(rng, 4)}ms`])();
  const render = (e) => {
    const vals = [...(e.status < 400 ? (e.params ?? []) : []), ...(e.q ?? []).slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))].map(([k, v]) => `${k}=${v}`).join(' ');
    const recv = e.body ? Buffer.byteLength(e.body) : 0;
    return [`${ymdHmsAt(e.t, ALMT)}|${latency(rng)}|${e.status}|${e.method}|${e.path}|${e.ip}|${vals ? `${vals}|` : ''}${fmtBytes(recv)}|${fmtBytes(e.bytes)}|${e.body ?? ''}|`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/v1/kestege', q: [['kun', `2027-07-${rng.int(21, 31)}`], ['nusqaushy', String(rng.int(100, 480))]], status: 200 }),
      () => ({ method: 'POST', path: '/api/v1/sabaq/{id}/bastau'.replace('{id}', String(rng.int(80000, 99999))), status: 200, body: `{"lat":43.${digits(rng, 6)},"lon":76.${digits(rng, 6)}}` }),
      () => ({ method: 'GET', path: '/api/v1/oqushylar', q: [['bet', String(rng.int(1, 6))]], status: 200 }),
      () => ({ method: 'PUT', path: `/api/v1/sabaq/${rng.int(80000, 99999)}/baga`, status: 204, bytes: 0, body: `{"baga":${rng.int(2, 5)},"eskertpe":"Айналмалы қозғалыста жылдамдықты азайту керек"}` }),
    ])();
  const steps = [
    12,
    plant('refresh-token', 'iris-request-body-json-refresh-token', 'error', `${WHY.refresh} The instructors' app refreshes its session with a JSON body, and Iris' access log records request bodies by default: \`{"refresh_token":…}\` in the minified body field.`, ({ rng }) => {
      const rt = rng.b64url(54);
      return { value: rt, event: { method: 'POST', path: '/api/v1/kiru/zhanartu', status: 200, body: `{"refresh_token":"${rt}","qurylgy":"android"}` } };
    }),
    12,
    plant('negative', 'iris-query-field-cursor-base64-json', 'none', "A page cursor (`cursor=eyJ…`, base64 of `{\"after\":…}`) among the decoded query fields: a position in a list, no credential.", ({ rng }) => {
      const cur = b64urlOf(JSON.stringify({ after: rng.int(80000, 99999), kun: '2027-07-20' }));
      return { value: cur, event: { method: 'GET', path: '/api/v1/sabaqtar/tarikh', q: [['cursor', cur], ['limit', '20']], status: 200 } };
    }),
    12,
    plant('api-key-name', 'iris-query-field-qupiya-kilt', 'error', `${WHY.apiKey('qupiya_kilt')} The training cars' GPS trackers push their position with \`qupiya_kilt\` ("secret key") in the query; Iris writes the query as sorted \`key=value\` pairs separated by spaces, without \`?\` or \`&\`.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { method: 'GET', path: '/api/v1/gps/nukte', q: [['kolik', `${rng.int(100, 999)}${rng.pick(['ABA', 'AGA', 'ADB'])}02`], ['lat', `43.${digits(rng, 5)}`], ['lon', `76.${digits(rng, 5)}`], ['qupiya_kilt', key]], status: 200, ip: '10.8.3.40', bytes: 2 } };
    }),
    12,
    plant('session-id', 'iris-query-field-decoded-nested-url-sessiya', 'error', WHY.session("The app's web view hands a return address to the API, percent-encoded by the client; Iris writes query values decoded, so the nested URL appears with its own `?sessiya=…` in clear among the fields"), ({ rng }) => {
      const sid = rng.alnum(40);
      return { value: sid, event: { method: 'GET', path: '/api/v1/webview/ashu', q: [['qaytu', `https://${RUL}/kabinet?sessiya=${sid}`], ['bolim', 'kestege']], status: 302, bytes: 0 } };
    }),
    12,
    plant('path-secret', 'iris-path-and-path-param-shaqyru-token', 'error', WHY.pathSecret("An instructor's invitation to join a school (`/api/v1/shaqyru/{token}/qabyldau`, \"invitation/accept\"): Iris writes the path and, for a successful response, the path parameter again as `token=…` in the values field"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'POST', path: `/api/v1/shaqyru/${tok}/qabyldau`, params: [['token', tok]], status: 200, body: '{"kelisim":true}' } };
    }),
    12,
    plant('negative', 'iris-path-param-photo-sha256', 'none', "A road-test photo addressed by the SHA-256 of its content (path and path parameter): a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { method: 'GET', path: `/api/v1/suretter/${h}.jpg`, params: [['hash', h]], status: 200, bytes: rng.int(40000, 90000) } };
    }),
    12,
    plant('implicit-fragment', 'iris-request-body-deep-link-fragment', 'error', "The mobile app reports a failed sign-in hand-off with the deep link it received (`rul://kiru#access_token=…`, a custom-scheme redirect with the token in the fragment) in a JSON body, which the access log records.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { method: 'POST', path: '/api/v1/qateler', status: 204, bytes: 0, body: `{"silteme":"rul://kiru#access_token=${tok}&token_type=bearer&expires_in=3600","qate":"state mismatch"}` } };
    }),
    12,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR + 5 * MIN, site: { host: 'nusqaushy', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// alb-rul-kz.json: Yandex Application Load Balancer logs of Rul's site in the Kazakhstan region, read from Cloud Logging
// with `yc logging read --group-id=… --since=… --format=json` and flattened to one `json_payload` a line with
// `jq -c '.[].json_payload'`. The load balancer's fields in the documented order (`type`, `time` in UTC, `http_method`,
// `authority`, `request_uri`, `http_status`, `http_version`, `rewritten_request_uri`, …, `client_ip`, `backend_ip`,
// ids of the load balancer, router, virtual host, route and backend, byte counts).
// https://yandex.cloud/en/docs/application-load-balancer/logs-ref (read through search: the fields and their order); the
// `yc`/`jq` export, the ids' shape and `request_uri` holding the query from memory.

function yandexAlbLog(rng) {
  const ids = { lb: `ds7${lowerNum(rng, 17)}`, router: `ds7${lowerNum(rng, 17)}`, bg: `ds7${lowerNum(rng, 17)}` };
  const render = (e) => {
    const rec = {
      type: e.type ?? 'h2', time: `${iso(e.t).slice(0, 19)}Z`, http_method: e.method, authority: e.vhost ?? RUL, request_uri: e.path + (e.query ? `?${e.query}` : ''),
      http_status: String(e.status), http_version: e.type === 'https' ? 'HTTP/1.1' : 'HTTP/2', rewritten_request_uri: e.rewritten ?? '', request_content_type: e.method === 'GET' ? '' : 'application/json',
      request_id: e.rid ?? rng.uuid(), user_agent: e.ua, referer: e.referer === '-' ? '' : e.referer, response_content_type: e.ctype ?? 'text/html; charset=utf-8',
      client_ip: e.ip, client_port: String(e.port), backend_ip: `10.130.0.${rng.int(10, 40)}`, backend_port: '8080', load_balancer_id: ids.lb, http_router_id: ids.router,
      virtual_host_name: e.vh ?? 'rul-sait', route_name: e.route ?? 'negizgi', backend_group_id: ids.bg, backend_name: e.backend ?? 'sait-backend',
      request_headers_bytes: String(rng.int(300, 1600)), request_body_bytes: String(e.method === 'GET' ? 0 : rng.int(40, 900)), response_headers_bytes: String(rng.int(180, 480)), response_body_bytes: String(e.bytes),
    };
    return [JSON.stringify(rec)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `/mektepter/${rng.pick(['orbita', 'samal', 'almagul', 'tastak'])}`, status: 200, referer: `https://${RUL}/`, ua: rng.pick(BROWSERS), ip: kzIp(rng) }),
      () => ({ method: 'GET', path: `/assets/app.${rng.hex(8)}.js`, status: 200, referer: `https://${RUL}/`, ua: rng.pick(BROWSERS), ip: kzIp(rng), ctype: 'application/javascript' }),
      () => ({ method: 'POST', path: '/api/v1/sabaqtar/zhazylu', status: 201, referer: `https://${RUL}/kabinet`, ua: rng.pick(BROWSERS), ip: kzIp(rng), ctype: 'application/json', route: 'api', backend: 'api-backend' }),
      () => ({ method: 'GET', path: '/tarifter', query: `sanat=${rng.pick(['A', 'B', 'C'])}`, status: 200, referer: 'https://yandex.kz/', ua: rng.pick(BROWSERS), ip: kzIp(rng) }),
    ])();
  const steps = [
    10,
    plant('path-secret', 'yandex-alb-request-uri-and-rewritten-reset-link', 'error', WHY.pathSecret("A password reset short link (`/q/<token>`) that the router rewrites to `/qupiya-soz/qalpyna-keltiru/<token>` (\"password/restore\"): one record holds the token in `request_uri` and again in `rewritten_request_uri`"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { method: 'GET', path: `/q/${tok}`, rewritten: `/qupiya-soz/qalpyna-keltiru/${tok}`, route: 'qysqa-siltemeler', status: 200, referer: '-', ua: BROWSERS[4], ip: kzIp(rng) } };
    }),
    10,
    plant('negative', 'yandex-alb-request-uri-yclid', 'none', "Yandex Direct's click id (`yclid=`) on an ad landing page: an advertising identifier, no credential.", ({ rng }) => {
      const y = digits(rng, 20);
      return { value: y, event: { method: 'GET', path: '/kurstar/b-sanaty', query: `utm_source=yandex&utm_medium=cpc&yclid=${y}`, status: 200, referer: 'https://yandex.kz/', ua: BROWSERS[1], ip: kzIp(rng) } };
    }),
    10,
    plant('id-token', 'yandex-alb-request-uri-shygu-id-token-hint', 'error', "The student cabinet signs out through `/shygu?id_token_hint=<JWT>` (\"sign out\") before calling the identity provider; the record's `time` is UTC: a live ID token (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(400, 3000), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://id.${RUL}/realms/rul`, aud: 'rul-sait', sub: rng.uuid(), typ: 'ID', azp: 'rul-sait', sid: rng.uuid(), preferred_username: '7701' + digits(rng, 7) } });
      return { value: token, jwt: facts, event: { method: 'GET', path: '/shygu', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${RUL}%2F`, status: 302, referer: `https://${RUL}/kabinet`, ua: BROWSERS[0], ip: kzIp(rng) } };
    }),
    10,
    plant('refresh-token', 'yandex-alb-request-uri-get-refresh-token', 'error', `${WHY.refresh} The old web cabinet refreshes its session with a GET (\`/api/v1/token/zhanartu?refresh_token=…\`, "token/refresh"), so the token is in \`request_uri\`.`, ({ rng }) => {
      const rt = rng.hex(64);
      return { value: rt, event: { method: 'GET', path: '/api/v1/token/zhanartu', query: `refresh_token=${rt}`, status: 200, referer: `https://${RUL}/kabinet`, ua: BROWSERS[3], ip: kzIp(rng), ctype: 'application/json', route: 'api', backend: 'api-backend' } };
    }),
    10,
    plant('negative', 'yandex-alb-request-id', 'none', "The `X-Request-ID` the mobile app sets, in the record's `request_id`: a correlation id, no credential.", ({ rng }) => {
      const rid = rng.uuid();
      return { value: rid, event: { method: 'GET', path: '/api/v1/sabaqtar', query: 'mektep=Samal', status: 200, referer: '-', ua: RUL_APP_UA[1], ip: kzIp(rng), rid, ctype: 'application/json', route: 'api', backend: 'api-backend' } };
    }),
    10,
    plant('embed-jwt', 'yandex-alb-request-uri-endiru-esep-jwt-no-exp', 'error', "A partner school frames Rul's monthly report (`/endiru/esep/<JWT>`, \"embed/report\"); the JWT has no `exp`, so the link works for as long as the signing key does (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400, 20 * 86400), claims: { mektep: 'Zhetysu', esep: '2027-06', rol: 'oqu-bolimi' } });
      return { value: token, jwt: facts, event: { method: 'GET', path: `/endiru/esep/${token}`, status: 200, referer: 'https://zhetysu-avtomektep.example/esepter', ua: BROWSERS[0], ip: kzIp(rng) } };
    }),
    10,
    plant('session-id', 'yandex-alb-referer-old-cabinet-sessiya', 'error', WHY.session("The old PHP cabinet keeps its session in the URL (`kabinet.php?sessiya=…`); the scripts that page loads from the new site carry it as their Referer, which the record's `referer` keeps"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { method: 'GET', path: `/assets/kabinet-kopir.${rng.hex(8)}.js`, status: 200, referer: `https://eski.${RUL}/kabinet.php?sessiya=${sid}&bet=tolemder`, ua: BROWSERS[0], ip: kzIp(rng), ctype: 'application/javascript', type: 'https' } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR + 40 * MIN, site: { host: 'alb' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cdn-rul-video-2027072110.log: Huawei Cloud CDN real-time logs of Rul's lesson video domain, delivered to Log Tank
// Service and downloaded, one JSON object a line as LTS' CDN structuring template shows it: `request_time` (epoch ms, a
// string), `domain`, `method`, `scheme`, `uri` (the path), `uri_param` (the query, without `?`), the client's address
// and port, the Referer split into `refer_protocol`, `refer_domain`, `refer_uri` and `refer_param`, sizes, `http_code`,
// `hit_info`, `user_agent`, `uuid`, `via_info`, `xforwordfor` (sic); `-` for an empty value.
// https://support.huaweicloud.com/intl/en-us/usermanual-lts/lts_04_0536.html (read through search: the example record and
// the fields), the CDN real-time log field list (read through search).

function huaweiCdnLog(rng) {
  const DOM = `video.${RUL}`;
  const render = (e) => {
    let rp = '-', rd = '-', ru = '-', rq = '-';
    if (e.referer && e.referer !== '-') {
      const m = e.referer.match(/^(https?):\/\/([^/]+)([^?]*)(?:\?(.*))?$/);
      [rp, rd, ru, rq] = [m[1], m[2], m[3] || '/', m[4] ?? '-'];
    }
    const rec = {
      request_time: String(e.t), domain: DOM, method: e.method, scheme: 'https', uri: e.path, uri_param: e.query || '-', client_ip: e.ip, client_port: String(e.port),
      refer_protocol: rp, refer_domain: rd, refer_uri: ru, refer_param: rq, request_size: String(rng.int(280, 900)), response_time: String(rng.int(3, 900)), response_size: String(e.bytes),
      http_code: String(e.status), response_range: '-', request_range: e.range ?? '-', request_body_bytes: String(e.bytes), content_type: e.ctype ?? 'video/mp2t', hit_info: e.hit ?? 'HIT',
      user_agent: e.ua, uuid: e.uuid ?? rng.hex(32), via_info: `cdn-kz-ala${rng.int(1, 3)}[${rng.int(2, 40)}]`, xforwordfor: '-',
    };
    return [JSON.stringify(rec)];
  };
  const lessons = ['burylys-belgileri', 'qiylysy', 'parkovka', 'tungi-zhurgizu', 'qar-muz'];
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `/sabaq/${rng.pick(lessons)}/720p/seg-${pad(rng.int(1, 180), 4)}.ts`, status: 200, referer: `https://${RUL}/kabinet/video`, ua: rng.pick(BROWSERS), ip: kzIp(rng), bytes: rng.int(400000, 1900000) }),
      () => ({ method: 'GET', path: `/sabaq/${rng.pick(lessons)}/720p/index.m3u8`, status: 200, referer: `https://${RUL}/kabinet/video`, ua: rng.pick(BROWSERS), ip: kzIp(rng), ctype: 'application/vnd.apple.mpegurl', hit: rng.pick(['HIT', 'MISS']) }),
      () => ({ method: 'GET', path: `/poster/${rng.pick(lessons)}.jpg`, status: 200, referer: `https://${RUL}/`, ua: rng.pick(BROWSERS), ip: kzIp(rng), ctype: 'image/jpeg' }),
    ])();
  const steps = [
    11,
    plant('oauth-code', 'huawei-cdn-refer-param-vk-id-code', 'warning', `${WHY.code} After signing in with VK ID the cabinet page loads its lesson posters from the CDN; the CDN log splits their Referer into parts, and \`refer_param\` holds the callback's \`code=…&state=…\` without the \`?\`.`, ({ rng }) => {
      const code = rng.hex(18);
      return { value: code, event: { method: 'GET', path: `/poster/${rng.pick(lessons)}.jpg`, status: 200, referer: `https://${RUL}/kiru/vk/qaytu?code=${code}&state=${rng.hex(24)}`, ua: BROWSERS[1], ip: kzIp(rng), ctype: 'image/jpeg' } };
    }),
    11,
    plant('negative', 'huawei-cdn-uuid-request-id', 'none', "The CDN's request `uuid` (a trace id across its nodes): an identifier, no credential.", ({ rng }) => {
      const u = rng.hex(32);
      return { value: u, event: { method: 'GET', path: `/sabaq/qiylysy/720p/seg-0007.ts`, status: 200, referer: `https://${RUL}/kabinet/video`, ua: BROWSERS[0], ip: kzIp(rng), uuid: u, bytes: rng.int(400000, 1900000) } };
    }),
    11,
    plant('path-secret', 'huawei-cdn-uri-kualik-pdf-capability', 'error', WHY.pathSecret("A course certificate's download link (`/kualik/<token>.pdf`, \"certificate\"), a capability URL the school e-mails to the graduate, in the record's `uri`"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'GET', path: `/kualik/${tok}.pdf`, status: 200, referer: '-', ua: BROWSERS[2], ip: kzIp(rng), ctype: 'application/pdf', hit: 'MISS', bytes: rng.int(180000, 400000) } };
    }),
    11,
    plant('replay', 'huawei-cdn-uri-param-bir-rettik-bilet', 'note', WHY.ticketFirst("A single-use ticket (`bir_rettik_bilet`, \"one-time ticket\") for a student's recorded driving exam, in `uri_param`; the CDN passes it to the origin (`MISS`). The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(24);
      firstUse.bilet = t;
      biletPath = `/emtikhan/zhazba/${digits(rng, 8)}.mp4`;
      return { value: tk, event: { method: 'GET', path: biletPath, query: `bir_rettik_bilet=${tk}`, status: 200, referer: `https://${RUL}/kabinet/emtikhan`, ua: BROWSERS[4], ip: '37.99.40.118', ctype: 'video/mp4', hit: 'MISS', bytes: rng.int(9000000, 40000000) } };
    }, { ref: 'bilet' }),
    2,
    plant('replay', 'huawei-cdn-uri-param-bir-rettik-bilet', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('bilet').value, why: `${WHY.replay('bir_rettik_bilet', gap('bilet', t))} Another client (92.46.81.203, another ISP and a desktop browser) fetched the same exam recording with the same ticket and the origin answered 200 again: the ticket was not spent.` }], event: { method: 'GET', path: (digits(rng, 8), biletPath), query: `bir_rettik_bilet=${refs.get('bilet').value}`, status: 200, referer: '-', ua: BROWSERS[0], ip: '92.46.81.203', ctype: 'video/mp4', hit: 'MISS', bytes: rng.int(9000000, 40000000) } }), { replayOf: 'bilet', after: 133 }),
    11,
    plant('negative', 'huawei-cdn-uri-param-segment-version', 'none', "A playlist's version parameter (`v=`, the first 10 hex of the encoder's build hash): a cache buster, no credential.", ({ rng }) => {
      const v = rng.hex(10);
      return { value: v, event: { method: 'GET', path: `/sabaq/tungi-zhurgizu/1080p/index.m3u8`, query: `v=${v}`, status: 200, referer: `https://${RUL}/kabinet/video`, ua: BROWSERS[3], ip: kzIp(rng), ctype: 'application/vnd.apple.mpegurl' } };
    }),
    11,
    plant('embed-jwt', 'huawei-cdn-uri-endiru-video-jwt-10min', 'error', "A partner school embeds a lesson player page served through the CDN (`/endiru/video/<JWT>`, \"embed/video\"); the record's `request_time` is epoch milliseconds: valid 10 min without a jti (error, more than 5 minutes).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(20, 300), claims: { sabaq: 'qiylysy', mektep: 'Zhetysu', kv: 1 } });
      return { value: token, jwt: facts, event: { method: 'GET', path: `/endiru/video/${token}`, status: 200, referer: 'https://zhetysu-avtomektep.example/sabaqtar', ua: BROWSERS[1], ip: kzIp(rng), ctype: 'text/html', hit: 'MISS' } };
    }),
    11,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR + 2 * MIN, site: { host: 'cdn' }, filler, render, steps });
}

// =====================================================================================================================
// Thari (Tamil; Kanchipuram: IST, UTC+5:30)
// =====================================================================================================================

const TH = 'thari.example';
const IN_IPS = ['49.204.12', '106.51.80', '117.193.44', '157.49.210', '223.187.35', '59.92.140'];
const inIp = (rng) => `${rng.pick(IN_IPS)}.${rng.int(2, 254)}`;
const SAREES = ['kanchi-pattu-arakku', 'korvai-mayil-neelam', 'pazhupu-thangam', 'vairaoosi-pachai', 'thazhampoo-manjal'];
const TH_APP_UA = ['Thari/2.6.0 (Android 14; Redmi Note 13)', 'Thari/2.6.0 (iPhone; iOS 26.1)', 'Dart/3.9 (dart:io)'];

// ---------------------------------------------------------------------------------------------------------------------
// thari-medusa-7f8c9d6b4-4xkq2.log: `kubectl logs` of the storefront's Medusa v2 server (`medusa start`,
// NODE_ENV=production): morgan's JSON line for each request (`level`, `client_ip`, `request_id`, `http_version`,
// `method`, `path` with the query, `status`, sizes, `duration`, `referrer`, `user_agent`, `timestamp` in UTC) beside
// the Winston JSON lines of the application (`{"level","message","timestamp"}`).
// packages/core/framework/src/http/express-loader.ts of medusajs/medusa (read: the JSON format outside development);
// the logger's production format from memory.

function medusaLog(rng) {
  const render = (e) => {
    if (e.app) return e.app.map(([lvl, msg], i) => JSON.stringify({ level: lvl, message: msg, timestamp: iso(e.t + i * 3) }));
    return [JSON.stringify({ level: 'http', client_ip: e.ip, request_id: e.rid ?? rng.uuid(), http_version: '1.1', method: e.method, path: e.path + (e.query ? `?${e.query}` : ''), status: e.status, response_size: String(e.bytes), request_size: e.method === 'GET' ? 0 : String(rng.int(60, 900)), duration: Number((e.ms + rng.int(0, 999) / 1000).toFixed(3)), referrer: e.referer, user_agent: e.ua, timestamp: iso(e.t) })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/store/products', query: `handle=${rng.pick(SAREES)}&fields=%2Bvariants.calculated_price`, status: 200, referer: `https://${TH}/`, ua: rng.pick(BROWSERS), ip: inIp(rng) }),
      () => ({ method: 'POST', path: `/store/carts/cart_01K${upperNum(rng, 23)}/line-items`, status: 200, referer: `https://${TH}/pudavai/${rng.pick(SAREES)}`, ua: rng.pick(BROWSERS), ip: inIp(rng) }),
      () => ({ method: 'GET', path: '/store/regions', status: 200, referer: `https://${TH}/`, ua: rng.pick(BROWSERS), ip: inIp(rng) }),
      () => ({ method: 'GET', path: '/health', status: 200, referer: '-', ua: 'kube-probe/1.33', ip: podIp(rng, '10.244') }),
      () => ({ app: [['info', `Processing order.placed which has ${rng.int(1, 3)} subscribers`], ['info', 'நெசவாளருக்கு ஆர்டர் அறிவிப்பு அனுப்பப்பட்டது']] }),
    ])();
  const steps = [
    { raw: { app: [['info', 'Skipping instrumentation registration. No register function found.'], ['info', 'Connection to Redis in module \'event-bus-redis\' established'], ['info', 'Connection to Redis in module \'cache-redis\' established']] }, after: 0 },
    plant('framework-dump', 'medusa-winston-json-razorpay-provider-options', 'error', "A custom payment provider logs its options when it loads, as JSON inside the Winston message: the Razorpay `key_id` (public) beside the `key_secret` that signs API calls.", ({ rng }) => {
      const secret = rng.alnum(24);
      return { value: secret, event: { app: [['info', `razorpay provider loaded with options ${JSON.stringify({ key_id: `rzp_live_${rng.alnum(14)}`, key_secret: secret, capture: 'automatic', upi: true })}`], ['info', 'Server is ready on port: 9000']] } };
    }, { after: 1 }),
    10,
    plant('negative', 'medusa-http-request-id', 'none', "morgan's `request_id` (Medusa's x-request-id): a correlation id, no credential.", ({ rng }) => {
      const rid = rng.uuid();
      return { value: rid, event: { method: 'GET', path: '/store/collections', status: 200, referer: `https://${TH}/`, ua: BROWSERS[4], ip: inIp(rng), rid } };
    }),
    10,
    plant('path-secret', 'medusa-http-path-emailpass-update-token-jwt', 'error', "Medusa's e-mail/password provider resets a password with `POST /auth/customer/emailpass/update?token=<JWT>`, the token from the reset e-mail in the query; morgan's JSON line writes the path with it and a UTC `timestamp`: a reset token valid 15 min (error while live).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(60, 500), claims: { entity_id: 'meena.sundaram@example-mail.example', provider: 'emailpass', actor_type: 'customer' } });
      return { value: token, jwt: facts, event: { method: 'POST', path: '/auth/customer/emailpass/update', query: `token=${token}`, status: 200, referer: `https://${TH}/kadavuchol/meettamai`, ua: BROWSERS[2], ip: inIp(rng) } };
    }),
    10,
    plant('api-key-name', 'medusa-winston-error-textlocal-apikey-url', 'error', `${WHY.apiKey('apikey')} The OTP subscriber logs the Textlocal URL that failed, its \`apikey\` in the query.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { app: [['error', `ஓடிபி அனுப்ப முடியவில்லை: GET https://api.textlocal.in/send/?apikey=${key}&numbers=91${digits(rng, 10)}&sender=THARIK&message=... -> 401 Invalid login details`]] } };
    }),
    10,
    plant('encoded', 'medusa-http-referrer-percent-encoded-json-session-token', 'error', "The checkout page keeps a resume state as percent-encoded JSON in its own query (`resume=%7B%22cart%22…%22sessionToken%22%3A%22…`); the cart calls it makes carry that page as the Referer, which morgan's JSON writes in `referrer`.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { method: 'POST', path: `/store/carts/cart_01K${upperNum(rng, 23)}/complete`, status: 200, referer: `https://${TH}/checkout?resume=%7B%22cart%22%3A%22cart_01K${upperNum(rng, 23)}%22%2C%22sessionToken%22%3A%22${tok}%22%7D`, ua: BROWSERS[1], ip: inIp(rng) } };
    }),
    10,
    plant('negative', 'medusa-http-path-cart-id', 'none', "A cart id (`cart_` and a ULID) in a store path: an identifier, no credential.", ({ rng }) => {
      const id = `cart_01K${upperNum(rng, 23)}`;
      return { value: id, event: { method: 'GET', path: `/store/carts/${id}`, status: 200, referer: `https://${TH}/cart`, ua: BROWSERS[0], ip: inIp(rng) } };
    }),
    10,
    plant('webhook', 'medusa-winston-error-activepieces-catch-webhook', 'error', WHY.webhook("An Activepieces flow's catch webhook (`cloud.activepieces.com/api/v1/webhooks/<flow id>`, the id is the only secret) in the error an order subscriber logs"), ({ rng }) => {
      const id = rng.alnum(21);
      return { value: id, event: { app: [['error', `order.placed subscriber failed: POST https://cloud.activepieces.com/api/v1/webhooks/${id} responded 503 Service Unavailable`]] } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR + 12 * MIN, site: { host: 'medusa' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// grape-api.log: the weavers' app API (Grape on Puma behind ingress-nginx) with grape_logging's RequestLogger and the
// Default formatter: `[<Time#to_s>] <SEVERITY> -- <status> -- <db=… total=… view=…> -- <METHOD> <path> <other keys sorted:
// headers=… ip=… params=… ua=…>`, hashes as Ruby 3.4's inspect (`{"k" => "v"}`); `include:` RequestHeaders (every
// `HTTP_*` env key as `Header-Name`), FilterParameters (`[:password, :otp]` replaced by `[FILTERED]`) and ClientEnv
// (`ip`, `ua`). `params` is Rack's (query and form bodies); the path has no query. Local time with its offset.
// lib/grape_logging/formatters/default.rb, middleware/request_logger.rb and loggers/{request_headers,filter_parameters,
// client_env}.rb of aserafin/grape_logging (read).

function grapeLog(rng) {
  const rb = (x) => (Number.isInteger(x) ? `${x}.0` : String(x));
  const insp = (o) => `{${Object.entries(o).map(([k, v]) => `${JSON.stringify(k)} => ${JSON.stringify(v)}`).join(', ')}}`;
  const tsOf = (ms) => `${ymdHmsAt(ms, IST)} +0530`;
  const render = (e) => {
    const total = Math.round(rng.int(300, 9000) / 100 * 100) / 100;
    const db = Math.round(rng.int(0, Math.floor(total * 60)) / 100 * 100) / 100;
    const headers = { Host: `api.${TH}`, 'X-Request-Id': e.reqId, 'X-Real-Ip': e.ip, 'X-Forwarded-For': e.ip, 'X-Forwarded-Host': `api.${TH}`, 'X-Forwarded-Port': '443', 'X-Forwarded-Proto': 'https', 'X-Scheme': 'https', 'User-Agent': e.ua, Accept: 'application/json', 'Accept-Encoding': 'gzip', ...(e.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}), ...e.headers, Version: 'HTTP/1.1' };
    return [`[${tsOf(e.t)}] INFO -- ${e.status} -- db=${rb(db)} total=${rb(total)} view=${rb(total - db)} -- ${e.method} ${e.path} headers=${insp(headers)} ip=${e.ip} params=${insp(e.params ?? {})} ua=${e.ua}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/v1/pudavaigal', params: { vagai: rng.pick(['pattu', 'korvai', 'pazhupu']), pakkam_en: String(rng.int(1, 5)) }, status: 200, ua: rng.pick(TH_APP_UA) }),
      () => ({ method: 'GET', path: `/api/v1/nesavalar/${rng.int(100, 640)}/thari`, status: 200, ua: rng.pick(TH_APP_UA) }),
      () => ({ method: 'POST', path: '/api/v1/ulnuzhai/otp/sari', params: { tholaipesi: `+91${digits(rng, 10)}`, otp: '[FILTERED]' }, form: true, status: 200, ua: rng.pick(TH_APP_UA) }),
      () => ({ method: 'GET', path: '/api/v1/vilai-pattiyal', params: { vagai: rng.pick(['pattu', 'korvai']) }, status: 200, ua: rng.pick(TH_APP_UA) }),
    ])();
  const steps = [
    8,
    plant('header-dump', 'grape-logging-request-headers-authorization-bearer-jwt', 'error', "grape_logging's RequestHeaders logger turns every `HTTP_*` env key into a header, `HTTP_AUTHORIZATION` included: the weaver app's `\"Authorization\" => \"Bearer <JWT>\"` in the `headers=` hash of a line with its `+0530` time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(30, 900), jti: true, claims: { sub: `nesavalar:${rng.int(100, 640)}`, scope: 'thari:write aanai:read', iss: `https://api.${TH}` } });
      return { value: token, jwt: facts, event: { method: 'GET', path: '/api/v1/aanaigal', params: { nilai: 'neivu' }, status: 200, ua: TH_APP_UA[0], headers: { Authorization: `Bearer ${token}` } } };
    }),
    8,
    plant('negative', 'grape-logging-header-x-request-id', 'none', "ingress-nginx's `X-Request-Id` in the logged headers: a correlation id, no credential.", ({ rng }) => {
      const rid = rng.hex(32);
      return { value: rid, event: { method: 'GET', path: '/api/v1/vilai-pattiyal', status: 200, ua: TH_APP_UA[1], reqId: rid } };
    }),
    8,
    plant('framework-dump', 'grape-logging-params-kadavuchol-not-filtered', 'error', "The sign-in form's password field is named `kadavuchol` (\"password\"); FilterParameters was given `[:password, :otp]`, so Rack's params hash writes it in clear.", ({ rng }) => {
      const pw = `${rng.alnum(8)}@${digits(rng, 4)}`;
      return { value: pw, event: { method: 'POST', path: '/api/v1/ulnuzhai', params: { tholaipesi: `+91${digits(rng, 10)}`, kadavuchol: pw }, form: true, status: 401, ua: TH_APP_UA[0] } };
    }),
    8,
    plant('implicit-fragment', 'grape-logging-params-sendbeacon-pakkam-fragment', 'error', "The shop's error reporter sends `navigator.sendBeacon` with URLSearchParams (a form body, so Rack's params keep it): `pakkam` (\"page\") is `location.href` with the implicit sign-in's `#/ulnuzhai/mudivu?access_token=…`.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { method: 'POST', path: '/api/v1/pizhaigal', params: { pakkam: `https://${TH}/#/ulnuzhai/mudivu?access_token=${tok}&token_type=Bearer&expires_in=3600`, seithi: "TypeError: Cannot read properties of undefined (reading 'vilai')" }, form: true, status: 204, ua: BROWSERS[4] } };
    }),
    8,
    plant('api-key-name', 'grape-logging-header-x-api-saavi', 'error', `${WHY.apiKey('X-Api-Saavi')} The courier partner's system sends its key in a custom \`X-Api-Saavi\` ("API key") header, which the RequestHeaders logger writes like any other.`, ({ rng }) => {
      const key = rng.hex(48);
      return { value: key, event: { method: 'GET', path: '/api/v1/anuppu/thayar', status: 200, ua: 'Ruby', headers: { 'X-Api-Saavi': key } } };
    }),
    8,
    plant('negative', 'grape-logging-params-device-id', 'none', "An Android device id (`saadhana_id`, 16 hex) in a push registration's params: an identifier, no credential.", ({ rng }) => {
      const d = rng.hex(16);
      return { value: d, event: { method: 'POST', path: '/api/v1/arivippu/padhivu', params: { saadhana_id: d, thalam: 'android' }, form: true, status: 201, ua: TH_APP_UA[0] } };
    }),
    8,
    plant('session-id', 'grape-logging-header-cookie-rails-encrypted-session', 'error', WHY.session("The admin dashboard's Rails session cookie (`_thari_session`, the encrypted `<data>--<iv>--<tag>` form) in the `Cookie` header the RequestHeaders logger writes"), ({ rng }) => {
      const sid = `${rng.bytes(96).toString('base64')}--${rng.bytes(12).toString('base64')}--${rng.bytes(16).toString('base64')}`;
      return { value: sid, event: { method: 'GET', path: '/api/v1/nirvagam/aanaigal', params: { thedhi: '2027-07-21' }, status: 200, ua: BROWSERS[0], headers: { Cookie: `_thari_session=${sid}` } } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR + 31 * MIN, site: { host: 'api', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// thari-looms.log: the supervisord log of the cooperative's loom board (a Flask app served by gevent's
// `WSGIServer(('0.0.0.0', 8070), app)`, stderr redirected into stdout): gevent.pywsgi's request line
// `<client> - - [<yyyy-mm-dd HH:MM:SS>] "<request line>" <status> <length> <seconds, 6 decimals>` (the request line as
// received, percent-encoding kept; local time without a zone) beside Python logging's default
// `<LEVEL>:<logger>:<message>` from `logging.basicConfig()`.
// gevent/pywsgi.py (WSGIHandler.format_request, read in public copies); https://docs.python.org/3/library/logging.html
// (basicConfig's default format, not fetched).

function geventLog(rng) {
  const render = (e) => {
    if (e.plain) return e.plain;
    const tsOf = (ms) => ymdHmsAt(ms, IST);
    return [...(e.pre ?? []), `${e.ip} - - [${tsOf(e.t)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes} ${(e.ms / 1000 + rng.int(0, 999) / 1e6).toFixed(6)}`, ...(e.post ?? [])];
  };
  const loom = (rng) => `K-${rng.int(1, 64)}`;
  const esp = (rng) => `192.168.20.${rng.int(10, 90)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ip: esp(rng), method: 'POST', path: '/v1/thari/thudippu', status: 204, bytes: 0 }),
      () => ({ ip: inIp(rng), method: 'GET', path: '/palagai', status: 200 }),
      () => ({ ip: inIp(rng), method: 'GET', path: '/v1/palagai/nilai', query: `thari=${loom(rng)}`, status: 200 }),
      () => ({ plain: [`INFO:thari.looms:தறி ${loom(rng)}: ${rng.int(2, 40)} செ.மீ. நெய்யப்பட்டது`] }),
    ])();
  const steps = [
    { raw: { plain: ['INFO:thari.looms:இணைப்பு தயார்: redis://127.0.0.1:6379/2', 'INFO:thari.looms:பலகை 0.0.0.0:8070 இல் தொடங்கியது (gevent)'] }, after: 0 },
    14,
    plant('api-key-name', 'gevent-request-line-tamil-script-param-name-percent-encoded', 'error', `${WHY.apiKey('சாவி')} A partner shop embeds the cooperative's live price board with a form whose fields are named in Tamil script (\`கடை\`, "shop", and \`சாவி\`, "key"); the browser percent-encodes the names, and gevent writes the request line as received (\`%E0%AE%9A%E0%AE%BE%E0%AE%B5%E0%AE%BF=…\`).`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ip: inIp(rng), method: 'GET', path: '/vilai-palagai', query: `${encodeURIComponent('கடை')}=kanchi-silks-t-nagar&${encodeURIComponent('சாவி')}=${key}`, status: 200 } };
    }),
    14,
    plant('negative', 'gevent-request-line-jquery-cache-buster', 'none', "jQuery's `_=` cache buster (milliseconds since the epoch) on the board's polling: a number, no credential.", ({ t }) => {
      const v = String(t - 37000);
      return { value: v, event: { ip: inIp(rng), method: 'GET', path: '/v1/palagai/nilai', query: `thari=K-12&_=${v}`, status: 200 } };
    }),
    14,
    plant('api-key-name', 'gevent-request-line-ragasiyam-loom-controller', 'error', `${WHY.apiKey('ragasiyam')} The looms' ESP32 controllers poll for orders with \`ragasiyam\` ("secret") in the query.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { ip: esp(rng), method: 'GET', path: '/v1/thari/aanai', query: `thari=${loom(rng)}&ragasiyam=${key}`, status: 200 } };
    }),
    14,
    plant('webhook', 'gevent-python-logging-zoho-flow-webhook-zapikey', 'error', WHY.webhook("A Zoho Flow incoming webhook (`flow.zoho.in/<org>/flow/webhook/incoming?zapikey=…`) quoted by requests' `HTTPError` in the board's alert logger"), ({ rng }) => {
      const key = `1001.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: key, event: { ip: esp(rng), method: 'POST', path: '/v1/thari/pizhai', status: 202, bytes: 0, post: [`ERROR:thari.alerts:Zoho Flow அழைப்பு தோல்வி: 502 Server Error: Bad Gateway for url: https://flow.zoho.in/${digits(rng, 11)}/flow/webhook/incoming?zapikey=${key}&isdebug=false`] } };
    }),
    14,
    plant('negative', 'gevent-request-line-esp32-mac', 'none', "A loom controller's Wi-Fi MAC address in its registration query (`mac=24%3A0A%3AC4…`): a hardware address, no credential.", ({ rng }) => {
      const mac = ['24', '0A', 'C4', upperNum(rng, 2).replace(/[G-Z]/g, 'A'), rng.hex(2).toUpperCase(), rng.hex(2).toUpperCase()].join('%3A');
      return { value: mac, event: { ip: esp(rng), method: 'POST', path: '/v1/thari/padhivu', query: `mac=${mac}&firmware=1.7.3`, status: 201 } };
    }),
    14,
    plant('replay', 'gevent-request-line-orumurai-cheettu-used-once', 'note', WHY.ticketFirst("A single-use download ticket (`orumurai_cheettu`, \"one-time ticket\") for a weaver's monthly statement, on gevent's request line. The ticket is"), ({ rng }) => {
      const tk = rng.b64url(26);
      return { value: tk, event: { ip: inIp(rng), method: 'GET', path: '/kanakku/pathivirakkam', query: `orumurai_cheettu=${tk}&maatham=2027-06`, status: 200, bytes: rng.int(40000, 120000) } };
    }),
    14,
    plant('path-secret', 'gevent-request-line-azhaippu-token', 'error', WHY.pathSecret("A weaver's invitation to join the cooperative's board (`/azhaippu/<token>`, \"invitation\"), on gevent's request line"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ip: inIp(rng), method: 'GET', path: `/azhaippu/${tok}`, status: 200 } };
    }),
    14,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR + 30 * MIN, site: { host: 'looms' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pound.log: Pound 4 in front of the cooperative's portal, API and loom board, logging through syslog (`LogFacility
// local1`, rsyslog's traditional format `<Mmm dd HH:MM:SS> <host> pound: …`) with `LogLevel "detailed"`:
// `%{Host}I %a - %u %t "%r" %s %b "%{Referer}i" "%{User-Agent}i" (%{service}N -> %{backend}N) %{f}T sec`, and its notices,
// such as `(<thread id>) e503 no back-end "<request line>" from <client> <host>` when no backend is alive.
// src/config.c (the canned log formats) and src/http.c (the e503 notice) of graygnuorg/pound (read); Pound 4.9's
// release notes (read through search: named formats, `LogLevel "detailed"`).

function poundLog(rng) {
  const tid = `7f${rng.hex(10)}`;
  const render = (e) => {
    const sys = `${MONTHS[new Date(e.t + IST * MIN).getUTCMonth()]} ${String(new Date(e.t + IST * MIN).getUTCDate()).padStart(2, ' ')} ${local(e.t, IST).slice(11, 19)} thari-gw pound:`;
    if (e.e503) return [`${sys} (${tid}) e503 no back-end "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" from ${e.ip} ${e.vhost}`];
    const t = clf(e.t, IST);
    return [`${sys} ${e.vhost ?? TH} ${e.ip} - - [${t}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes || '-'} "${e.referer}" "${e.ua}" (${e.svc ?? 'portal'} -> ${e.be ?? '127.0.0.1:8081'}) ${(e.ms / 1000).toFixed(3)} sec`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `/pudavai/${rng.pick(SAREES)}`, status: 200, referer: rng.pick(['-', `https://${TH}/`, 'https://www.google.com/']), ua: rng.pick(BROWSERS), ip: inIp(rng) }),
      () => ({ method: 'GET', path: `/static/css/thari.${rng.hex(8)}.css`, status: 200, referer: `https://${TH}/`, ua: rng.pick(BROWSERS), ip: inIp(rng) }),
      () => ({ method: 'GET', path: '/api/v1/pudavaigal', query: 'vagai=pattu', status: 200, referer: '-', ua: rng.pick(TH_APP_UA), ip: inIp(rng), vhost: `api.${TH}`, svc: 'api', be: '127.0.0.1:9292' }),
      () => ({ method: 'GET', path: '/palagai', status: 200, referer: `https://${TH}/`, ua: rng.pick(BROWSERS), ip: inIp(rng), vhost: `looms.${TH}`, svc: 'looms', be: '127.0.0.1:8070' }),
    ])();
  const steps = [
    12,
    plant('session-id', 'pound-detailed-request-amarvu', 'error', WHY.session("The old PHP portal keeps its session in the query as `amarvu` (\"session\") when cookies are refused"), ({ rng }) => {
      const sid = lowerNum(rng, 26);
      return { value: sid, event: { method: 'GET', path: '/kanakku', query: `amarvu=${sid}`, status: 200, referer: `https://${TH}/ulnuzhai`, ua: BROWSERS[2], ip: inIp(rng) } };
    }),
    12,
    plant('negative', 'pound-detailed-search-word-password', 'none', "A customer searching the help pages for \"கடவுச்சொல் மறந்துவிட்டேன்\" (\"forgot password\"), transliterated in `thedal` (\"search\"): words, no credential.", () => ({ value: 'kadavuchol+maranthuvitten', event: { method: 'GET', path: '/udhavi', query: 'thedal=kadavuchol+maranthuvitten', status: 200, referer: `https://${TH}/udhavi`, ua: BROWSERS[4], ip: inIp(rng) } })),
    12,
    plant('id-token', 'pound-detailed-veliyeru-id-token-hint-expired', 'note', "A saved sign-out link (`/veliyeru?id_token_hint=<JWT>`, \"sign out\") opened three hours after the ID token expired; Pound's detailed line has the request time with `+0530`: expired when logged (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 3 * 3600 + rng.int(60, 900), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://ulnuzhai.${TH}`, aud: 'thari-portal', sub: String(rng.int(100000, 999999)), nonce: rng.b64url(22) } });
      return { value: token, jwt: facts, event: { method: 'GET', path: '/veliyeru', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${TH}%2F`, status: 302, referer: '-', ua: BROWSERS[0], ip: inIp(rng) } };
    }),
    12,
    plant('refresh-token', 'pound-e503-notice-request-line-refresh-token', 'error', `${WHY.refresh} The API's Puma was restarting, so Pound answered 503 and logged its \`e503 no back-end\` notice with the whole request line: the app's GET refresh (\`/api/v1/token/puthuppi?refresh_token=…\`, "renew").`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { e503: true, method: 'GET', path: '/api/v1/token/puthuppi', query: `refresh_token=${rt}`, ip: inIp(rng), vhost: `api.${TH}` } };
    }),
    12,
    plant('encoded', 'pound-detailed-request-js-escape-percent-u-return-url', 'error', "The legacy sign-in page builds its return address with JavaScript's `escape()`: the Tamil path comes out as `%u0B95…` and the query as `%3Famarvu%3D…`, so the session id of the page to return to sits inside an old-style escaped parameter (`thirumbu`, \"return\").", ({ rng }) => {
      const sid = lowerNum(rng, 26);
      const esc = '/கணக்கு'.split('').map((c) => (c === '/' ? '%2F' : `%u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)).join('');
      return { value: sid, event: { method: 'GET', path: '/ulnuzhai', query: `thirumbu=${esc}%3Famarvu%3D${sid}`, status: 200, referer: `https://${TH}/`, ua: BROWSERS[0], ip: inIp(rng) } };
    }),
    12,
    plant('negative', 'pound-detailed-razorpay-order-id', 'none', "Razorpay's order id (`order_…`) on the payment return page: an identifier checked with the merchant's secret, no credential.", ({ rng }) => {
      const o = `order_${rng.alnum(14)}`;
      return { value: o, event: { method: 'GET', path: '/panam/mudivu', query: `razorpay_order_id=${o}&nilai=vetri`, status: 200, referer: 'https://api.razorpay.com/', ua: BROWSERS[1], ip: inIp(rng) } };
    }),
    12,
    plant('path-secret', 'pound-detailed-request-kadavuchol-meettamai-token', 'error', WHY.pathSecret("A password reset link (`/kadavuchol/meettamai/<token>`, \"password/reset\") opened from the e-mail"), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { method: 'GET', path: `/kadavuchol/meettamai/${tok}`, status: 200, referer: 'https://mail.google.com/', ua: BROWSERS[2], ip: inIp(rng) } };
    }),
    12,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR + 50 * MIN, site: { host: 'gw' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout41');
writePart(join(here, 'heldout41'), {
  '2027-07-21.csv': serviceStackCsvLog(rng),
  'skipper-ingress-7c9d5f6b8-qz4wm.log': skipperLog(rng),
  'agc-boxhaven-uks-y2027-m07-d21-h08.json': agcLog(rng),
  'gatehouse-access.log': hiawathaLog(rng),
  'application.log': luceeLog(rng),
  'rul-api-web.log': eggLog(rng),
  'rul-tolem-docker.log': goframeLog(rng),
  'nusqaushy-access.log': irisLog(rng),
  'alb-rul-kz.json': yandexAlbLog(rng),
  'cdn-rul-video-2027072110.log': huaweiCdnLog(rng),
  'thari-medusa-7f8c9d6b4-4xkq2.log': medusaLog(rng),
  'grape-api.log': grapeLog(rng),
  'thari-looms.log': geventLog(rng),
  'pound.log': poundLog(rng),
});
