// Writes corpus/logs-in-the-wild/heldout32/: a thirty-second held-out part, in formats no other part uses (a Chrome
// net-export NetLog, a Maven build with REST Assured's `log().all()` request and response printers, a Spring Boot
// service with grpc-java's Netty HTTP/2 frame logger at DEBUG, Icinga 2's main log, Asterisk's `full` log, IIS Failed
// Request Tracing files, the Percona Server audit log plugin's JSON format, a Sophos Firewall's web filter syslog, a
// vLLM OpenAI-compatible server's request log, Telegraf's log, Amazon SES event publishing records delivered by
// Firehose, OSSEC's alerts.log, a Salt minion's log and a Chucker "share as text" export of an Android app), with
// credentials planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json. The
// labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout32.mjs     rewrites heldout32/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Meterline, a parking payments app and garage operator in Denver, Colorado (English, five logs);
// Privez, a marina berth booking service in Split (Croatian messages, routes, parameter and table names, English code
// names, five logs); Kvitas, an e-invoicing and bookkeeping service for small businesses in Kaunas (Lithuanian messages,
// routes and parameter names, English code names, four logs). Standard names (OAuth's, vendors') stay as their
// specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, sec, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.18.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'axios/1.13.4'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 3, 13, 0, 0, 0);
const { firstUse, gap } = replayClock();

// ---------------------------------------------------------------------------------------------------------------------
// Helpers shared by several formats.

/** `yyyy-MM-dd HH:mm:ss` (and `.SSS` with ms) at `offset` minutes. */
const ldt = (ms, offset) => local(ms, offset).slice(0, 19).replace('T', ' ');
const ldtMs = (ms, offset) => local(ms, offset).slice(0, 23).replace('T', ' ');
/** `±hh:mm` and `±hhmm` for `offset` minutes. */
const zone = (offset, colon = true) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
/** RFC 3164's `Mmm dd hh:mm:ss` at `offset` minutes. */
const syslogTime = (ms, offset) => {
  const d = new Date(ms + offset * MIN);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)}`;
};
/** RFC 1123 date of an HTTP header. */
const httpDate = (ms) => new Date(ms).toUTCString();
/** Python's repr() of a str. */
const pyStr = (s) => {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += `\\${q}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${q}${out}${q}`;
};
/** Python's repr() of a str, int, bool, None, list or dict (insertion order). */
const py = (v) => {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') return pyStr(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v)) return `[${v.map(py).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${pyStr(k)}: ${py(x)}`).join(', ')}}`;
};
/** XML text and attribute escaping. */
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** An object with its keys sorted (Chromium's base::JSONWriter writes dictionaries in key order). */
const sortedKeys = (v) => {
  if (Array.isArray(v)) return v.map(sortedKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortedKeys(v[k])]));
  return v;
};
const guid = (rng) => rng.uuid().toUpperCase();

// =====================================================================================================================
// Meterline (English; Denver, Colorado: MDT, UTC-6, in mid-April)
// =====================================================================================================================

const MT = -360;
const ML = 'meterline.example';
const ML_APP = 'app.meterline.example';
const ML_API = 'api.meterline.example';
const ML_ID = 'id.meterline.example';
const ML_OPS = 'ops.meterline.example';
const ML_STAGING = 'staging-api.meterline.example';
const GARAGES = ['larimer', 'colfax', 'union-station', 'cherry-creek', 'ballpark', 'lodo-14th'];
const mlSession = (rng) => `mls_${rng.b64url(40)}`;

// ---------------------------------------------------------------------------------------------------------------------
// chrome-net-export-log.json: a support engineer's chrome://net-export capture (Chrome 143 on Windows 11, "Strip private
// information", the default), attached to a ticket about the Meterline web app and the ops console: Chromium's
// FileNetLogObserver writes `{"constants":{…},` on the first line, `"events": [` on the second, then one event a line
// (`{"params":{…},"phase":…,"source":{"id":…,"start_time":"…","type":…},"time":"…","type":…},`, keys in order, times
// in ticks since `timeTickOffset`), and on stop `]`, `"polledData"` and `}`. The default capture mode strips cookies and
// credentials headers (`[N bytes were stripped]`), not URLs, `location` or custom headers.
// https://www.chromium.org/developers/design-documents/network-stack/netlog, net/log/file_net_log_observer.cc and
// net/http/http_log_util.cc (the elision and the framing read through search); the numeric event ids of Chrome 143 are
// not known to the helper: the constants below are an abridged table of the same shape.

function netExportLog(rng) {
  const SOURCE = { NONE: 0, URL_REQUEST: 1 };
  const EV = { REQUEST_ALIVE: 2, URL_REQUEST_START_JOB: 188, HTTP_TRANSACTION_SEND_REQUEST_HEADERS: 214, HTTP_TRANSACTION_HTTP2_SEND_REQUEST_HEADERS: 215, HTTP_TRANSACTION_READ_RESPONSE_HEADERS: 224, URL_REQUEST_REDIRECTED: 193 };
  const start = DAY0 + 16 * HOUR + 5 * MIN;
  const tickOffset = start - 3_611_000 - rng.int(0, 900_000);
  const UA = BROWSERS[0];
  const CH_UA = '"Google Chrome";v="143", "Chromium";v="143", "Not A(Brand";v="24"';
  const constants = sortedKeys({
    activeFieldTrialGroups: [],
    addressFamily: { ADDRESS_FAMILY_IPV4: 1, ADDRESS_FAMILY_IPV6: 2, ADDRESS_FAMILY_UNSPECIFIED: 0 },
    clientInfo: { cl: `${rng.hex(40)}-refs/branch-heads/7499@{#${rng.int(1200, 2600)}}`, command_line: '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --flag-switches-begin --flag-switches-end', name: 'Google Chrome', official: 'official', os_type: 'Windows NT: 10.0.26100 (x86_64)', version: '143.0.7499.110', version_mod: '' },
    logEventPhase: { PHASE_BEGIN: 1, PHASE_END: 2, PHASE_NONE: 0 },
    logEventTypes: EV,
    logFormatVersion: 1,
    logSourceType: SOURCE,
    netError: { ERR_ABORTED: -3, ERR_CONNECTION_RESET: -101, ERR_NAME_NOT_RESOLVED: -105 },
    timeTickOffset: String(tickOffset),
  });
  let sourceId = 180;
  const ev = (t, type, phase, src, params) => JSON.stringify({ params: sortedKeys(params), phase, source: { id: src.id, start_time: src.start, type: SOURCE.URL_REQUEST }, time: String(t - tickOffset), type }) + ',';
  const render = (e, rng) => {
    if (e.header) return [`{"constants":${JSON.stringify(constants)},`, '"events": ['];
    if (e.footer) {
      // The capture is stopped while the ops console's long poll is pending: its REQUEST_ALIVE ends with ERR_ABORTED, and
      // the writer replaces the last `,` with `]`, then writes the polled data and the closing brace.
      sourceId += 3;
      const src = { id: sourceId, start: String(e.t - tickOffset) };
      const url = `https://${ML_OPS}/api/incidents/stream?since=${sec(e.t - 30000)}`;
      const last = [
        ev(e.t, EV.REQUEST_ALIVE, 1, src, { priority: 'MEDIUM', traffic_annotation: 101845102 }),
        ev(e.t + 1, EV.URL_REQUEST_START_JOB, 1, src, { initiator: `https://${ML_OPS}`, load_flags: 0, method: 'GET', network_isolation_key: `https://${ML} https://${ML}`, privacy_mode: 'disabled', request_type: 'other', site_for_cookies: `SiteForCookies: {site=https://${ML}; schemefully_same=true}`, url }),
        ev(e.t + 3, EV.HTTP_TRANSACTION_HTTP2_SEND_REQUEST_HEADERS, 0, src, { headers: [':method: GET', `:authority: ${ML_OPS}`, ':scheme: https', `:path: ${url.slice(url.indexOf('/api'))}`, `user-agent: ${UA}`, 'accept: text/event-stream', `referer: https://${ML_OPS}/`, 'accept-encoding: gzip, deflate, br, zstd', 'accept-language: en-US,en;q=0.9', `cookie: [${rng.int(180, 990)} bytes were stripped]`] }),
        ev(e.t + 28000, EV.REQUEST_ALIVE, 2, src, { net_error: -3 }),
      ];
      last[3] = `${last[3].slice(0, -1)}],`;
      return [...last, '"polledData": {"httpCacheInfo":{"stats":{"Cache type":"Simple Backend"}}}', '}'];
    }
    sourceId += rng.int(1, 6);
    const src = { id: sourceId, start: String(e.t - tickOffset) };
    const url = new URL(e.url);
    const out = [];
    out.push(ev(e.t, EV.REQUEST_ALIVE, 1, src, { priority: e.priority ?? 'MEDIUM', traffic_annotation: 101845102 }));
    out.push(ev(e.t + 1, EV.URL_REQUEST_START_JOB, 1, src, { ...(e.initiator === null ? {} : { initiator: e.initiator ?? `https://${url.host}` }), load_flags: e.loadFlags ?? 0, method: e.method ?? 'GET', network_isolation_key: `https://${ML} https://${ML}`, privacy_mode: 'disabled', request_type: 'other', site_for_cookies: `SiteForCookies: {site=https://${ML}; schemefully_same=true}`, url: e.url }));
    const common = [`sec-ch-ua: ${CH_UA}`, 'sec-ch-ua-mobile: ?0', 'sec-ch-ua-platform: "Windows"', ...(e.nav ? ['upgrade-insecure-requests: 1', `user-agent: ${UA}`, 'accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8', 'sec-fetch-site: cross-site', 'sec-fetch-mode: navigate', 'sec-fetch-user: ?1', 'sec-fetch-dest: document'] : [`user-agent: ${UA}`, `accept: ${e.accept ?? 'application/json'}`, 'sec-fetch-site: same-site', 'sec-fetch-mode: cors', 'sec-fetch-dest: empty'])];
    const tail = ['accept-encoding: gzip, deflate, br, zstd', 'accept-language: en-US,en;q=0.9', ...(e.cookie === false ? [] : [`cookie: [${e.cookieBytes ?? rng.int(180, 990)} bytes were stripped]`]), 'priority: u=1, i'];
    if (e.ws) {
      out.push(ev(e.t + 3, EV.HTTP_TRANSACTION_SEND_REQUEST_HEADERS, 0, src, { headers: [`Host: ${url.host}`, 'Connection: Upgrade', 'Pragma: no-cache', 'Cache-Control: no-cache', `User-Agent: ${UA}`, 'Upgrade: websocket', `Origin: https://${ML_OPS}`, 'Sec-WebSocket-Version: 13', 'Accept-Encoding: gzip, deflate, br, zstd', 'Accept-Language: en-US,en;q=0.9', `Cookie: [${rng.int(180, 990)} bytes were stripped]`, `Sec-WebSocket-Key: ${rng.bytes(16).toString('base64')}`, 'Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits'], line: `GET ${url.pathname}${url.search} HTTP/1.1\r\n` }));
      out.push(ev(e.t + e.ms, EV.HTTP_TRANSACTION_READ_RESPONSE_HEADERS, 0, src, { headers: ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Accept: ${rng.bytes(20).toString('base64')}`, 'Sec-WebSocket-Extensions: permessage-deflate'] }));
    } else {
      out.push(ev(e.t + 3, EV.HTTP_TRANSACTION_HTTP2_SEND_REQUEST_HEADERS, 0, src, { headers: [`:method: ${e.method ?? 'GET'}`, `:authority: ${url.host}`, ':scheme: https', `:path: ${url.pathname}${url.search}`, ...common, ...(e.extra ?? []), ...(e.nav ? [] : [`origin: ${e.initiator ?? `https://${url.host}`}`, `referer: ${e.referer ?? `https://${ML_APP}/`}`]), ...tail] }));
      out.push(ev(e.t + e.ms, EV.HTTP_TRANSACTION_READ_RESPONSE_HEADERS, 0, src, { headers: [`HTTP/1.1 ${e.status}`, `date: ${httpDate(e.t + e.ms)}`, ...(e.respHeaders ?? [`content-type: ${e.ctype ?? 'application/json; charset=utf-8'}`, `content-length: ${e.bytes}`, 'cache-control: no-store', 'strict-transport-security: max-age=31536000; includeSubDomains'])] }));
      if (e.location) out.push(ev(e.t + e.ms + 1, EV.URL_REQUEST_REDIRECTED, 0, src, { location: e.location.split('#')[0] }));
    }
    out.push(ev(e.t + e.ms + 2, EV.REQUEST_ALIVE, 2, src, {}));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `https://${ML_API}/v2/garages/${rng.pick(GARAGES)}/availability`, initiator: `https://${ML_APP}`, ms: rng.int(40, 300) }),
      () => ({ url: `https://${ML_API}/v2/me/sessions?status=active`, initiator: `https://${ML_APP}`, ms: rng.int(40, 300) }),
      () => ({ url: `https://${ML_APP}/assets/${rng.pick(['vendor', 'map', 'checkout'])}-${rng.b64url(8)}.js`, initiator: `https://${ML_APP}`, accept: '*/*', ctype: 'text/javascript', ms: rng.int(10, 120) }),
      () => ({ url: `https://${ML_API}/v2/zones/${rng.int(4100, 4199)}/rates?at=${encodeURIComponent(local(DAY0 + 17 * HOUR, MT).slice(0, 16))}`, initiator: `https://${ML_APP}`, ms: rng.int(40, 200) }),
      () => ({ url: `https://${ML_OPS}/api/incidents?open=true`, initiator: `https://${ML_OPS}`, ms: rng.int(40, 300), referer: `https://${ML_OPS}/` }),
    ])();
  const steps = [
    { raw: { header: true } },
    2,
    plant('negative', 'netlog-cookie-bytes-stripped', 'none', "A `cookie` header as net-export's default capture mode writes it, `[N bytes were stripped]`: Chrome removed the value (no credential on the line).", ({ rng }) => {
      const marker = `cookie: [${rng.int(1100, 1900)} bytes were stripped]`;
      return { value: marker, event: { url: `https://${ML_API}/v2/me`, initiator: `https://${ML_APP}`, cookie: false, extra: [marker], status: 200, ms: rng.int(40, 200) } };
    }),
    3,
    plant('path-secret', 'netlog-start-job-magic-link', 'error', WHY.pathSecret('A magic sign-in link `/login/magic/<token>` the driver opened from the e-mail, written as the request\'s `url` (URL_REQUEST_START_JOB) and its `:path` header'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { url: `https://${ML_APP}/login/magic/${tok}`, nav: true, initiator: null, status: 302, ms: rng.int(60, 200), respHeaders: ['location: /dashboard', 'cache-control: no-store', `set-cookie: [${rng.int(300, 600)} bytes were stripped]`], location: `https://${ML_APP}/dashboard` } };
    }),
    2,
    plant('oauth-code', 'netlog-start-job-callback-code', 'warning', `${WHY.code} The sign-in callback as the request's \`url\` and its \`:path\` header in the NetLog.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { url: `https://${ML_APP}/auth/callback?code=${code}&state=${rng.b64url(22)}`, nav: true, initiator: `https://${ML_ID}`, status: 302, ms: rng.int(200, 600), respHeaders: ['location: /', 'cache-control: no-store', `set-cookie: [${rng.int(300, 600)} bytes were stripped]`], location: `https://${ML_APP}/` } };
    }),
    3,
    plant('implicit-fragment', 'netlog-response-location-access_token', 'error', "The fleet partner's legacy sign-in answers with a 302 whose `location` carries the implicit grant's `#access_token=<token>`: net-export keeps response headers other than cookies, so the fragment the browser never sends is in the capture.", ({ rng }) => {
      const tok = `mlp_${rng.alnum(40)}`;
      return { value: tok, event: { url: `https://partners.${ML}/oauth/authorize?response_type=token&client_id=fleetdesk&redirect_uri=${encodeURIComponent('https://fleetdesk.partner.example/meterline/landing')}&state=${rng.hex(16)}`, nav: true, initiator: 'https://fleetdesk.partner.example', status: 302, ms: rng.int(100, 400), respHeaders: [`location: https://fleetdesk.partner.example/meterline/landing#access_token=${tok}&token_type=bearer&expires_in=7200&state=${rng.hex(16)}`, 'cache-control: no-store', 'content-length: 0'], location: 'https://fleetdesk.partner.example/meterline/landing' } };
    }),
    3,
    plant('api-key-name', 'netlog-h2-header-x-api-key', 'error', `${WHY.apiKey('x-api-key')} The ops console sends the operator's personal key for the internal ops API as a custom header, which net-export does not strip.`, ({ rng }) => {
      const key = `mlops_${rng.alnum(36)}`;
      return { value: key, event: { url: `https://${ML_OPS}/api/gates/larimer-3/open`, method: 'POST', initiator: `https://${ML_OPS}`, referer: `https://${ML_OPS}/garages/larimer`, extra: [`x-api-key: ${key}`, 'content-type: application/json'], status: 202, ms: rng.int(80, 400) } };
    }),
    2,
    plant('negative', 'netlog-asset-content-hash', 'none', 'A built asset named by its content hash (`index-<hash>.js`): a cache key, no credential.', ({ rng }) => {
      const h = rng.b64url(8).replace(/[-_]/g, 'x');
      return { value: `index-${h}`, event: { url: `https://${ML_OPS}/assets/index-${h}.js`, initiator: `https://${ML_OPS}`, accept: '*/*', ctype: 'text/javascript', status: 200, ms: rng.int(10, 60), referer: `https://${ML_OPS}/` } };
    }),
    2,
    plant('session-id', 'netlog-websocket-url-session', 'error', WHY.session("The ops console opens its live occupancy WebSocket with the console session in the URL (`wss://…?session=<id>`): the NetLog writes it as the request's `url` and in the handshake's request line"), ({ rng }) => {
      const sid = mlSession(rng);
      return { value: sid, event: { url: `wss://live.${ML}/v1/occupancy?session=${sid}&garages=all`, ws: true, initiator: `https://${ML_OPS}`, status: 101, ms: rng.int(80, 300) } };
    }),
    3,
    { raw: { footer: true } },
  ];
  return buildLog(rng, { start, site: { host: ML_APP }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mvn-verify-contract-tests.log: the CI log of `mvn -B verify` of the API contract tests against staging (Maven 3.9,
// Failsafe 3.5, REST Assured 5.5 with `given().log().all()` and `then().log().all()` in a base spec, `LogConfig`'s
// `blacklistHeader("Authorization")`): Maven's `[INFO]` lines, then, unprefixed, RequestPrinter's `Request method:`,
// `Request URI:`, `Proxy:`, `Request params:`, `Query params:`, `Form params:`, `Path params:`, `Headers:`, `Cookies:`,
// `Multiparts:`, `Body:` (tab-aligned, further values on lines of four tabs, JSON pretty-printed with four spaces) and
// ResponsePrinter's status line, `Name: value` headers and body; a failing assertion at the end. No time on these lines.
// https://github.com/rest-assured/rest-assured (io/restassured/internal/print/RequestPrinter.java and ResponsePrinter.java,
// read), https://maven.apache.org/surefire/maven-failsafe-plugin/ (not fetched)

function restAssuredLog(rng) {
  const TAB = '\t';
  const map = (title, entries) => (entries.length === 0 ? [`${title}${TAB}<none>`] : entries.map(([k, v], i) => `${i === 0 ? `${title}${TAB}` : TAB.repeat(4)}${k}=${v}`));
  const list = (title, tabs, entries) => (entries.length === 0 ? [`${title}${TAB.repeat(tabs)}<none>`] : entries.map(([k, v], i) => `${i === 0 ? `${title}${TAB.repeat(tabs)}` : TAB.repeat(4)}${k}=${v}`));
  const render = (e, rng) => {
    if (e.lines) return e.lines;
    const q = e.query ?? [];
    const uri = `https://${ML_STAGING}${e.path}${q.length ? `?${q.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}`;
    const headers = [...(e.auth === false ? [] : [['Authorization', '[ BLACKLISTED ]']]), ['Accept', '*/*'], ...(e.headers ?? []), ...(e.body || e.form ? [['Content-Type', e.form ? 'application/x-www-form-urlencoded; charset=ISO-8859-1' : 'application/json']] : [])];
    const out = [
      `Request method:${TAB}${e.method ?? 'GET'}`,
      `Request URI:${TAB}${uri}`,
      `Proxy:${TAB.repeat(3)}<none>`,
      ...map('Request params:', []),
      ...map('Query params:', q),
      ...map('Form params:', e.form ?? []),
      ...map('Path params:', e.pathParams ?? []),
      ...list('Headers:', 2, headers),
      ...list('Cookies:', 2, e.cookies ?? []),
      `Multiparts:${TAB.repeat(2)}<none>`,
      ...(e.body ? ['Body:', ...JSON.stringify(e.body, null, 4).split('\n')] : [`Body:${TAB.repeat(3)}<none>`]),
    ];
    const rb = e.respBody === undefined ? { ok: true } : e.respBody;
    out.push(`HTTP/1.1 ${e.sl ?? '200 OK'}`);
    out.push(`Date: ${httpDate(e.t + 40)}`, ...(rb === null ? ['Content-Length: 0'] : ['Content-Type: application/json', 'Transfer-Encoding: chunked']), 'Connection: keep-alive', ...(e.respHeaders ?? []), `x-request-id: ${rng.uuid()}`, 'Strict-Transport-Security: max-age=31536000; includeSubDomains');
    if (rb !== null) out.push('', ...JSON.stringify(rb, null, 4).split('\n'));
    return out;
  };
  const plate = (rng) => `${upperNum(rng, 3)}-${digits(rng, 3)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/v2/zones/${rng.int(4100, 4199)}/rates`, respBody: { zone: String(rng.int(4100, 4199)), currency: 'USD', rates: [{ upTo: 60, cents: 250 }, { upTo: 120, cents: 475 }] } }),
      () => ({ method: 'POST', path: '/v2/sessions', body: { zone: String(rng.int(4100, 4199)), plate: plate(rng), state: 'CO', minutes: rng.pick([30, 60, 90, 120]) }, sl: '201 Created', respBody: { id: `ses_${rng.lowerNum(20)}`, status: 'active', endsAt: iso(DAY0 + 18 * HOUR).slice(0, 19) + 'Z' } }),
      () => ({ path: `/v2/garages/${rng.pick(GARAGES)}/availability`, respBody: { levels: [{ level: 'P1', free: rng.int(0, 60) }, { level: 'P2', free: rng.int(0, 80) }] } }),
      () => ({ method: 'DELETE', path: `/v2/sessions/ses_${rng.lowerNum(20)}`, sl: '204 No Content', respBody: null }),
    ])();
  const running = (cls, prev) => ({ raw: { lines: [...(prev ? [`[INFO] Tests run: ${prev[1]}, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: ${prev[2]} s -- in com.meterline.contract.${prev[0]}`] : []), `[INFO] Running com.meterline.contract.${cls}`] }, after: 1 });
  const head = [
    '[INFO] Scanning for projects...',
    '[INFO] ',
    '[INFO] ----------------< com.meterline:api-contract-tests >-----------------',
    '[INFO] Building api-contract-tests 1.8.0',
    '[INFO]   from pom.xml',
    '[INFO] --------------------------------[ jar ]---------------------------------',
    '[INFO] ',
    '[INFO] --- resources:3.3.1:resources (default-resources) @ api-contract-tests ---',
    '[INFO] skip non existing resourceDirectory /builds/meterline/api-contract-tests/src/main/resources',
    '[INFO] ',
    '[INFO] --- compiler:3.13.0:compile (default-compile) @ api-contract-tests ---',
    '[INFO] No sources to compile',
    '[INFO] ',
    '[INFO] --- compiler:3.13.0:testCompile (default-testCompile) @ api-contract-tests ---',
    '[INFO] Recompiling the module because of changed source code.',
    '[INFO] Compiling 9 source files with javac [debug release 21] to target/test-classes',
    '[INFO] ',
    '[INFO] --- surefire:3.5.2:test (default-test) @ api-contract-tests ---',
    '[INFO] Tests are skipped.',
    '[INFO] ',
    '[INFO] --- failsafe:3.5.2:integration-test (default) @ api-contract-tests ---',
    '[INFO] Using auto detected provider org.apache.maven.surefire.junitplatform.JUnitPlatformProvider',
    '[INFO] ',
    '[INFO] -------------------------------------------------------',
    '[INFO]  T E S T S',
    '[INFO] -------------------------------------------------------',
  ];
  const steps = [
    running('AuthIT'),
    plant('framework-dump', 'restassured-json-body-password', 'error', "REST Assured's `log().all()` pretty-prints the login request's JSON body one field a line: the staging QA account's `password` is written whole (the suite blacklists only the `Authorization` header). A staging credential is labeled like any other.", ({ rng }) => {
      const pw = `${rng.alnum(14)}!${digits(rng, 2)}`;
      return { value: pw, event: { method: 'POST', path: '/v2/auth/login', auth: false, body: { email: 'qa+contract@meterline.example', password: pw, device: 'contract-tests' }, respBody: { user: `usr_${rng.lowerNum(16)}`, mfa: false } } };
    }),
    plant('refresh-token', 'restassured-form-params-refresh_token', 'error', `${WHY.refresh} The refresh test posts a form: RequestPrinter writes each form parameter on its own line, \`refresh_token=<token>\` among them.`, ({ rng }) => {
      const rt = `mlrt_${rng.b64url(48)}`;
      return { value: rt, event: { method: 'POST', path: '/oauth/token', auth: false, form: [['grant_type', 'refresh_token'], ['refresh_token', rt], ['client_id', 'contract-tests']], respBody: { token_type: 'Bearer', expires_in: 900, scope: 'sessions:write' } } };
    }),
    plant('oauth-code', 'restassured-response-location-code', 'warning', `${WHY.code} The authorize test disables redirects and logs the response: the 302's \`Location\` holds the code and the state.`, ({ rng }) => {
      const code = rng.b64url(43);
      const state = rng.hex(24);
      return { value: code, event: { path: '/oauth/authorize', query: [['response_type', 'code'], ['client_id', 'web-app'], ['redirect_uri', `https://${ML_APP}/auth/callback`], ['state', state], ['code_challenge', rng.b64url(43)], ['code_challenge_method', 'S256']], sl: '302 Found', respBody: null, respHeaders: [`Location: https://${ML_APP}/auth/callback?code=${code}&state=${state}`] } };
    }),
    2,
    running('SessionsIT', ['AuthIT', 6, '4.218']),
    3,
    plant('negative', 'restassured-idempotency-key-header', 'none', 'An `Idempotency-Key` request header (a UUID the client picks per request): no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'POST', path: '/v2/sessions', headers: [['Idempotency-Key', v]], body: { zone: '4121', plate: plate(rng), state: 'CO', minutes: 60 }, sl: '201 Created', respBody: { id: `ses_${rng.lowerNum(20)}`, status: 'active' } } };
    }),
    2,
    plant('session-id', 'restassured-cookies-ml_session', 'error', WHY.session('The legacy web endpoints take the `ml_session` cookie, which RequestPrinter writes under `Cookies:`'), ({ rng }) => {
      const sid = mlSession(rng);
      return { value: sid, event: { path: '/web/v1/receipts', auth: false, cookies: [['ml_session', sid]], respBody: { receipts: [] } } };
    }),
    2,
    running('AccountIT', ['SessionsIT', 11, '5.377']),
    2,
    plant('path-secret', 'restassured-request-uri-password-reset-token', 'error', WHY.pathSecret('A password reset token as a named path parameter: RequestPrinter writes the expanded `Request URI:` and again `Path params: token=…`'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { path: `/v2/password-resets/${tok}`, auth: false, pathParams: [['token', tok]], respBody: { valid: true, email: 'q***@meterline.example' } } };
    }),
    2,
    plant('negative', 'restassured-response-etag', 'none', 'A response `ETag` (a hash of the representation): no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { path: '/v2/me/vehicles', respHeaders: [`ETag: W/"${v}"`], respBody: { vehicles: [{ plate: plate(rng), state: 'CO' }] } } };
    }),
    2,
    { raw: { lines: [
      '[ERROR] Tests run: 14, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 6.912 s <<< FAILURE! -- in com.meterline.contract.AccountIT',
      '[ERROR] com.meterline.contract.AccountIT.deleteVehicleIsIdempotent -- Time elapsed: 0.388 s <<< FAILURE!',
      'java.lang.AssertionError: 1 expectation failed.',
      'Expected status code <204> but was <409>.',
      '',
      '\tat java.base/jdk.internal.reflect.DirectConstructorHandleAccessor.newInstance(DirectConstructorHandleAccessor.java:62)',
      '\tat java.base/java.lang.reflect.Constructor.newInstanceWithCaller(Constructor.java:502)',
      '\tat org.codehaus.groovy.reflection.CachedConstructor.invoke(CachedConstructor.java:73)',
      '\tat io.restassured.internal.ResponseSpecificationImpl$HamcrestAssertionClosure.validate(ResponseSpecificationImpl.groovy:512)',
      '\tat io.restassured.internal.ResponseSpecificationImpl.validateResponseIfRequired(ResponseSpecificationImpl.groovy:696)',
      '\tat io.restassured.internal.ValidatableResponseOptionsImpl.statusCode(ValidatableResponseOptionsImpl.java:89)',
      '\tat com.meterline.contract.AccountIT.deleteVehicleIsIdempotent(AccountIT.java:88)',
      '',
      '[INFO] ',
      '[INFO] Results:',
      '[INFO] ',
      '[ERROR] Failures: ',
      '[ERROR]   AccountIT.deleteVehicleIsIdempotent:88 1 expectation failed.',
      'Expected status code <204> but was <409>.',
      '',
      '[INFO] ',
      '[ERROR] Tests run: 31, Failures: 1, Errors: 0, Skipped: 0',
      '[INFO] ',
      '[INFO] ------------------------------------------------------------------------',
      '[INFO] BUILD FAILURE',
      '[INFO] ------------------------------------------------------------------------',
      '[INFO] Total time:  19.482 s',
      `[INFO] Finished at: ${local(DAY0 + 15 * HOUR + 22 * MIN, MT).slice(0, 19)}${zone(MT)}`,
      '[INFO] ------------------------------------------------------------------------',
    ] }, after: 2 },
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR + 20 * MIN, site: { host: ML_STAGING, api: true }, filler, render, steps, header: head });
}

// ---------------------------------------------------------------------------------------------------------------------
// gate-service.log: the garage gate and session service (Spring Boot 3.4 on Java 21, grpc-java 1.71 with
// grpc-netty-shaded), its console as the container writes it, with `logging.level.io.grpc.netty=DEBUG` left on after an
// incident: Spring Boot's default pattern (`<ISO time with offset> <LEVEL> <pid> --- [<app>] [<thread, 15>] <logger,
// abbreviated to 39 and padded to 40> : <message>`), and Netty's HTTP/2 frame logger as grpc-java's NettyClientHandler and
// NettyServerHandler write it (`[id: 0x…, L:/<local> - R:<remote>] OUTBOUND HEADERS: streamId=… headers=GrpcHttp2
// OutboundHeaders[…] …`, `INBOUND HEADERS: … GrpcHttp2RequestHeaders[…]`, `OUTBOUND DATA: … length=… bytes=<hex of the first
// 64 bytes>…`). Public debug logs of grpc-java clients and servers with these lines read through search;
// https://docs.spring.io/spring-boot/reference/features/logging.html#features.logging.log-format

function gateServiceLog(rng) {
  const PID = 7;
  const abbrev = (name, target) => {
    if (name.length <= target) return name;
    const parts = name.split('.');
    const cls = parts.pop();
    let len = name.length;
    for (let i = 0; i < parts.length && len > target; i++) {
      len -= parts[i].length - 1;
      parts[i] = parts[i][0];
    }
    return [...parts, cls].join('.');
  };
  const lg = (name) => abbrev(name, 39).padEnd(40, ' ');
  const th = (name) => (name.length > 15 ? name.slice(-15) : name.padStart(15, ' '));
  const line = (t, level, thread, logger, msg) => `${local(t, MT).slice(0, 23)}${zone(MT)} ${level.padStart(5, ' ')} ${PID} --- [gate-service] [${th(thread)}] ${lg(logger)} : ${msg}`;
  const CLIENT = 'io.grpc.netty.shaded.io.grpc.netty.NettyClientHandler';
  const SERVER = 'io.grpc.netty.shaded.io.grpc.netty.NettyServerHandler';
  const hexFrame = (msg) => {
    const frame = Buffer.concat([Buffer.from([0, 0, 0, 0, 0]), msg]);
    frame.writeUInt32BE(msg.length, 1);
    const hex = frame.subarray(0, 64).toString('hex');
    return { length: frame.length, bytes: frame.length > 64 ? `${hex}...` : hex };
  };
  const pbString = (field, s) => {
    const b = Buffer.from(s);
    return Buffer.concat([Buffer.from([(field << 3) | 2, b.length]), b]);
  };
  const conns = {};
  const conn = (remote, local) => (conns[remote] ??= { id: rng.hex(8), local: local ?? `10.40.0.12:${rng.int(40000, 60999)}` });
  const render = (e, rng) => {
    if (e.lines) return e.lines.map(([level, thread, logger, msg], i) => line(e.t + i * 2, level, thread, logger, msg));
    const out = [];
    const worker = `grpc-nio-worker-ELG-1-${rng.int(1, 4)}`;
    if (e.server) {
      const c = `[id: 0x${rng.hex(8)}, L:/10.40.0.12:9090 - R:/${e.peer}]`;
      const sid = rng.int(1, 40) * 2 + 1;
      const meta = [`:path: /meterline.gate.v1.GateService/${e.rpc}`, ':authority: gate-service.meterline.internal:9090', ':method: POST', ':scheme: http', 'te: trailers', 'content-type: application/grpc', 'user-agent: grpc-c++/1.66.0 grpc-c/43.0.0 (linux; chttp2)', 'grpc-accept-encoding: identity, deflate, gzip', ...(e.meta ?? []), 'grpc-timeout: 5S'];
      const req = hexFrame(e.req);
      const resp = hexFrame(e.resp);
      out.push(line(e.t, 'DEBUG', 'grpc-nio-worker-ELG-3-2', SERVER, `${c} INBOUND HEADERS: streamId=${sid} headers=GrpcHttp2RequestHeaders[${meta.join(', ')}] streamDependency=0 weight=16 exclusive=false padding=0 endStream=false`));
      out.push(line(e.t + 1, 'DEBUG', 'grpc-nio-worker-ELG-3-2', SERVER, `${c} INBOUND DATA: streamId=${sid} padding=0 endStream=true length=${req.length} bytes=${req.bytes}`));
      if (e.app) out.push(line(e.t + e.ms - 2, 'INFO', `grpc-default-executor-${rng.int(0, 9)}`, 'com.meterline.gate.grpc.GateGrpcService', e.app));
      out.push(line(e.t + e.ms, 'DEBUG', 'grpc-nio-worker-ELG-3-2', SERVER, `${c} OUTBOUND HEADERS: streamId=${sid} headers=GrpcHttp2OutboundHeaders[:status: 200, content-type: application/grpc, grpc-encoding: identity, grpc-accept-encoding: gzip] streamDependency=0 weight=16 exclusive=false padding=0 endStream=false`));
      out.push(line(e.t + e.ms + 1, 'DEBUG', 'grpc-nio-worker-ELG-3-2', SERVER, `${c} OUTBOUND DATA: streamId=${sid} padding=0 endStream=false length=${resp.length} bytes=${resp.bytes}`));
      out.push(line(e.t + e.ms + 1, 'DEBUG', 'grpc-nio-worker-ELG-3-2', SERVER, `${c} OUTBOUND HEADERS: streamId=${sid} headers=GrpcHttp2OutboundHeaders[grpc-status: 0] streamDependency=0 weight=16 exclusive=false padding=0 endStream=true`));
      return out;
    }
    const cn = conn(e.remote);
    const c = `[id: 0x${cn.id}, L:/${cn.local} - R:${e.remote}:${e.svcPort ?? 443}]`;
    cn.stream = (cn.stream ?? 1) + 2;
    const sid = cn.stream;
    if (e.intro) out.push(line(e.t - 3, ...e.intro));
    const meta = [`:authority: ${e.remote.split('/')[0]}:${e.svcPort ?? 443}`, `:path: ${e.rpc}`, ':method: POST', ':scheme: https', 'content-type: application/grpc', 'te: trailers', 'user-agent: grpc-java-netty/1.71.0', ...(e.meta ?? []), 'grpc-accept-encoding: gzip', ...(e.creds ?? []), `grpc-timeout: ${rng.int(2990000, 2999999)}u`];
    const req = hexFrame(e.req);
    const resp = hexFrame(e.resp);
    out.push(line(e.t, 'DEBUG', worker, CLIENT, `${c} OUTBOUND HEADERS: streamId=${sid} headers=GrpcHttp2OutboundHeaders[${meta.join(', ')}] streamDependency=0 weight=16 exclusive=false padding=0 endStream=false`));
    out.push(line(e.t + 1, 'DEBUG', worker, CLIENT, `${c} OUTBOUND DATA: streamId=${sid} padding=0 endStream=true length=${req.length} bytes=${req.bytes}`));
    out.push(line(e.t + e.ms, 'DEBUG', worker, CLIENT, `${c} INBOUND HEADERS: streamId=${sid} headers=GrpcHttp2ResponseHeaders[:status: 200, content-type: application/grpc, grpc-encoding: identity, grpc-accept-encoding: gzip] padding=0 endStream=false`));
    out.push(line(e.t + e.ms, 'DEBUG', worker, CLIENT, `${c} INBOUND DATA: streamId=${sid} padding=0 endStream=false length=${resp.length} bytes=${resp.bytes}`));
    out.push(line(e.t + e.ms + 1, 'DEBUG', worker, CLIENT, `${c} INBOUND HEADERS: streamId=${sid} headers=GrpcHttp2ResponseHeaders[grpc-status: ${e.grpcStatus ?? 0}${e.grpcMessage ? `, grpc-message: ${e.grpcMessage}` : ''}] padding=0 endStream=true`));
    if (e.outro) out.push(line(e.t + e.ms + 4, ...e.outro));
    return out;
  };
  const OCC = 'occupancy.meterline.internal/10.40.2.31';
  const filler = (rng) =>
    rng.pick([
      () => ({ remote: OCC, svcPort: 8443, rpc: '/meterline.occupancy.v1.Occupancy/Report', req: Buffer.concat([pbString(1, rng.pick(GARAGES)), pbString(2, `P${rng.int(1, 4)}`)]), resp: pbString(1, 'ok'), ms: rng.int(3, 40) }),
      () => ({ server: true, peer: `10.40.${rng.int(6, 9)}.${rng.int(10, 60)}:${rng.int(40000, 60999)}`, rpc: 'Heartbeat', req: pbString(1, `G-${rng.pick(GARAGES).toUpperCase()}-${rng.int(1, 4)}`), resp: pbString(1, 'SERVING'), ms: rng.int(1, 6) }),
      () => ({ lines: [['INFO', `http-nio-8080-exec-${rng.int(1, 9)}`, 'com.meterline.gate.session.SessionController', `session started zone=${rng.int(4100, 4199)} minutes=${rng.pick([30, 60, 90, 120])} channel=${rng.pick(['app', 'web', 'ivr'])}`]] }),
      () => { const cn = conn(OCC); const w = worker(rng); const b = rng.int(1000, 999999); return { lines: [['DEBUG', w, CLIENT, `[id: 0x${cn.id}, L:/${cn.local} - R:${OCC}:8443] OUTBOUND PING: ack=false bytes=${b}`], ['DEBUG', w, CLIENT, `[id: 0x${cn.id}, L:/${cn.local} - R:${OCC}:8443] INBOUND PING: ack=true bytes=${b}`]] }; },
    ])();
  const worker = (rng) => `grpc-nio-worker-ELG-1-${rng.int(1, 4)}`;
  let ticketPeer = '';
  const steps = [
    { raw: { lines: [
      ['INFO', 'main', 'com.meterline.gate.GateServiceApplication', 'Starting GateServiceApplication v3.12.0 using Java 21.0.6 with PID 7 (/app/gate-service.jar started by app in /app)'],
      ['INFO', 'main', 'com.meterline.gate.GateServiceApplication', 'The following 1 profile is active: "prod"'],
      ['INFO', 'main', 'org.springframework.boot.web.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port 8080 (http)'],
      ['INFO', 'main', 'com.meterline.gate.grpc.GrpcServerLifecycle', 'gRPC Server started, listening on address: *, port: 9090'],
      ['INFO', 'main', 'com.meterline.gate.GateServiceApplication', 'Started GateServiceApplication in 6.214 seconds (process running for 7.102)'],
    ] } },
    3,
    plant('negative', 'grpc-metadata-traceparent', 'none', 'A `traceparent` metadata entry (W3C trace context: trace id and span id): no credential.', ({ rng }) => {
      const tid = rng.hex(32);
      return { value: tid, event: { remote: OCC, svcPort: 8443, rpc: '/meterline.occupancy.v1.Occupancy/Snapshot', meta: [`traceparent: 00-${tid}-${rng.hex(16)}-01`], req: pbString(1, 'union-station'), resp: pbString(1, 'ok'), ms: rng.int(3, 30) } };
    }),
    3,
    plant('header-dump', 'grpc-outbound-headers-authorization-bearer-jwt', 'error', "The call to the payments service, as grpc-java's frame logger writes its OUTBOUND HEADERS: the call credentials' `authorization: Bearer <JWT>`, the service's token.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(120, 1800), jti: true, alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${ML_ID}/`, sub: 'svc:gate-service', aud: 'payments', scope: 'charges:create' } });
      return { value: token, jwt: facts, event: { remote: 'payments.meterline.internal/10.40.2.18', rpc: '/meterline.payments.v1.Charges/Capture', creds: [`authorization: Bearer ${token}`], req: Buffer.concat([pbString(1, `ch_${rng.lowerNum(20)}`), pbString(2, 'USD')]), resp: pbString(1, 'captured'), ms: rng.int(40, 300) } };
    }),
    3,
    plant('api-key-name', 'grpc-outbound-metadata-x-api-key', 'error', `${WHY.apiKey('x-api-key')} The licence plate recognition vendor's key as gRPC metadata, written in the OUTBOUND HEADERS line.`, ({ rng }) => {
      const key = `pw_live_${rng.alnum(40)}`;
      return { value: key, event: { remote: 'grpc.platewise.example/203.0.113.40', rpc: '/platewise.v2.Recognition/Lookup', meta: [`x-api-key: ${key}`], req: Buffer.concat([pbString(1, 'cam-colfax-in-1'), pbString(2, rng.hex(16))]), resp: pbString(1, `${upperNum(rng, 3)}${digits(rng, 3)}`), ms: rng.int(60, 400) } };
    }),
    3,
    plant('replay', 'grpc-inbound-metadata-x-validation-ticket', 'note', WHY.ticketFirst('A single-use validation `x-validation-ticket` (a merchant\'s parking validation) in the INBOUND HEADERS of an exit gate\'s `RedeemValidation` call'), ({ rng, t }) => {
      firstUse.validation = t;
      const tk = `vt_${rng.b64url(24)}`;
      ticketPeer = '10.40.7.21';
      return { value: tk, event: { server: true, peer: `${ticketPeer}:${rng.int(40000, 60999)}`, rpc: 'RedeemValidation', meta: [`x-validation-ticket: ${tk}`], req: pbString(1, 'G-LARIMER-3'), resp: pbString(1, 'ACCEPTED'), ms: rng.int(8, 40), app: 'validation redeemed garage=larimer lane=3 merchant=m_2214' } };
    }, { ref: 'validation' }),
    2,
    plant('replay', 'grpc-inbound-metadata-x-validation-ticket', 'replay', '', ({ refs, rng, t }) => ({ marks: [{ value: refs.get('validation').value, why: `${WHY.replay('x-validation-ticket', gap('validation', t))} Another garage's exit gate (10.40.9.33, Colfax lane 1, not ${ticketPeer}) redeems it and the service answers \`ACCEPTED\` with \`grpc-status: 0\`.` }], event: { server: true, peer: `10.40.9.33:${rng.int(40000, 60999)}`, rpc: 'RedeemValidation', meta: [`x-validation-ticket: ${refs.get('validation').value}`], req: pbString(1, 'G-COLFAX-1'), resp: pbString(1, 'ACCEPTED'), ms: rng.int(8, 40), app: 'validation redeemed garage=colfax lane=1 merchant=m_2214' } }), { replayOf: 'validation', after: 63 }),
    3,
    plant('id-token', 'grpc-outbound-metadata-x-id-token', 'error', "The loyalty partner's `Accrue` call carries the driver's ID token as `x-id-token` metadata (the partner verifies who parked); grpc-java's frame logger writes it.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(300, 1500), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${ML_ID}/`, aud: 'meterline-app', sub: `drv_${rng.lowerNum(14)}`, email: 'j.ortega@mail.example', email_verified: true } });
      return { value: token, jwt: facts, event: { remote: 'api.rewardsloop.example/198.51.100.77', rpc: '/rewardsloop.v1.Points/Accrue', meta: [`x-id-token: ${token}`], req: Buffer.concat([pbString(1, 'meterline'), pbString(2, `ses_${rng.lowerNum(20)}`)]), resp: pbString(1, 'accrued'), ms: rng.int(80, 500) } };
    }),
    3,
    plant('encoded', 'grpc-outbound-data-hex-enrollment-secret', 'error', "The frame logger writes the first 64 bytes of each DATA frame in hex: the gate controller enrollment request's protobuf holds the controller's `enrollment_secret` (field 2), readable after one hex decoding.", ({ rng }) => {
      const secret = rng.alnum(32);
      return { value: Buffer.from(secret).toString('hex'), event: { remote: 'api.gatecloud.example/203.0.113.90', rpc: '/gatecloud.v3.Enrollment/EnrollController', req: Buffer.concat([pbString(1, 'G-COLFAX-2'), pbString(2, secret), pbString(3, 'Meterline Colfax garage, exit lane 2')]), resp: pbString(1, 'enrolled'), ms: rng.int(100, 600), intro: ['INFO', 'http-nio-8080-exec-4', 'com.meterline.gate.admin.GateAdminController', 'enrolling controller G-COLFAX-2 with gatecloud'] } };
    }),
    3,
    plant('negative', 'app-log-plate-sha256', 'none', "A licence plate's SHA-256 (`plate_hash`) in the exit fee line: a pseudonymised identifier, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { lines: [['INFO', `grpc-default-executor-${rng.int(0, 9)}`, 'com.meterline.gate.fees.ExitFeeCalculator', `exit fee computed garage=union-station plate_hash=${h} minutes=${rng.int(20, 300)} cents=${rng.int(300, 4200)}`]] } };
    }),
    3,
    plant('webhook', 'spring-webclient-error-slack-webhook', 'error', WHY.webhook("A Slack incoming webhook in Spring WebClient's error message (`404 Not Found from POST <url>`), which the gate alert notifier logs at WARN"), ({ rng }) => {
      const path = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
      return { value: path.split('/')[2], event: { lines: [['WARN', 'reactor-http-epoll-2', 'com.meterline.gate.alerts.SlackNotifier', `Slack notification failed: 404 Not Found from POST https://hooks.slack.com/services/${path}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: ML_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// icinga2.log: Icinga 2.14's main log (`/var/log/icinga2/icinga2.log`, severity information) on the monitoring master:
// `[<yyyy-MM-dd HH:mm:ss ±zzzz>] <severity>/<facility>: <message>`, with the warnings Icinga writes for a check, event or
// notification command that fails (`… for object '<host>!<service>' (PID: <n>, arguments: '<argv 0>' '<argv 1>' …)
// terminated with exit code <n>, output: <output>`), every argument quoted whole.
// https://icinga.com/docs/icinga-2/latest/doc/15-troubleshooting/ (not fetched); the warning lines read in public issues
// of Icinga/icinga2 through search

function icingaLog(rng) {
  const ts = (t) => `[${ldt(t, MT)} ${zone(MT, false)}]`;
  const render = (e) => e.lines.map(([sev, fac, msg], i) => `${ts(e.t + i * 3)} ${sev}/${fac}: ${msg}`);
  const args = (list) => list.map((a) => `'${a}'`).join(' ');
  const svc = (rng) => `${rng.pick(GARAGES)}!${rng.pick(['gate-api', 'lpr-bridge', 'pay-station', 'disk', 'load'])}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [['information', 'WorkQueue', `#${rng.int(5, 9)} (ApiListener, RelayQueue) items: 0, rate: ${rng.int(1, 9)}.${rng.int(0, 9)}/s (${rng.int(60, 500)}/min ${rng.int(300, 2500)}/5min ${rng.int(900, 7500)}/15min);`]] }),
      () => ({ lines: [['information', 'ConfigObject', "Dumping program state to file '/var/lib/icinga2/icinga2.state'"]] }),
      () => { const s = svc(rng); return { lines: [['information', 'Checkable', `Checking for configured notifications for object '${s}'`]] }; },
      () => ({ lines: [['information', 'ApiListener', `New client connection for identity 'sat-${rng.pick(['north', 'south'])}.meterline.internal' from [10.40.0.${rng.int(5, 9)}]:${rng.int(40000, 60999)}`]] }),
      () => ({ lines: [['information', 'IcingaDB', `Pending queries: ${rng.int(0, 40)} (Input: ${rng.int(10, 90)}/s; Output: ${rng.int(10, 90)}/s)`]] }),
      () => { const s = svc(rng); return { lines: [['information', 'Notification', `Sending 'Recovery' notification '${s}!mail-oncall' for user 'oncall-b'`], ['information', 'Notification', `Completed sending 'Recovery' notification '${s}!mail-oncall' for checkable '${s}' and user 'oncall-b' using command 'mail-service-notification'.`]] }; },
    ])();
  const steps = [
    { raw: { lines: [
      ['information', 'cli', 'Icinga application loader (version: r2.14.5-1)'],
      ['information', 'cli', 'Loading configuration file(s).'],
      ['information', 'ConfigItem', 'Committing config item(s).'],
      ['information', 'ConfigItem', 'Instantiated 1 ApiListener.'],
      ['information', 'ConfigItem', 'Instantiated 214 Services.'],
      ['information', 'ConfigItem', 'Instantiated 38 Hosts.'],
      ['information', 'ConfigItem', 'Activated all objects.'],
    ] } },
    5,
    plant('negative', 'icinga-check-argument-if-none-match-etag', 'none', "A check's `If-None-Match` argument with the page's ETag (a hash of the representation): no credential.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { lines: [['warning', 'PluginCheckTask', `Check command for object 'www!status-page' (PID: ${rng.int(20000, 39999)}, arguments: ${args(['/usr/lib/nagios/plugins/check_curl', '-H', `status.${ML}`, '-S', '-u', '/', '-k', `If-None-Match: "${v}"`, '-e', 'HTTP/2 304'])}) terminated with exit code 128, output: execvpe(/usr/lib/nagios/plugins/check_curl) failed: Permission denied`]] } };
    }),
    5,
    plant('header-dump', 'icinga-check-http-argument-authorization-bearer-jwt', 'error', "After the monitoring plugins upgrade, `check_http` is gone and Icinga writes the failed check's arguments: `-k 'Authorization: Bearer <JWT>'`, a monitoring token minted without `exp`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: 86400 * rng.int(30, 200), alg: 'HS256', claims: { iss: `https://${ML_ID}/`, sub: 'svc:monitoring', aud: 'sessions-api', scope: 'health:read' } });
      return { value: token, jwt: facts, event: { lines: [['warning', 'PluginCheckTask', `Check command for object 'api-edge!sessions-api-deep' (PID: ${rng.int(20000, 39999)}, arguments: ${args(['/usr/lib/nagios/plugins/check_http', '-H', ML_API, '-S', '-u', '/v2/health/deep', '-k', `Authorization: Bearer ${token}`, '-e', 'HTTP/1.1 200'])}) terminated with exit code 128, output: execvpe(/usr/lib/nagios/plugins/check_http) failed: No such file or directory`]] } };
    }),
    5,
    plant('webhook', 'icinga-notification-argument-mattermost-hook', 'error', WHY.webhook("A Mattermost incoming webhook `/hooks/<id>` passed to the notification script as `--webhook`: Icinga writes the arguments of the notification that failed"), ({ rng }) => {
      const id = lowerNum(rng, 26);
      const s = 'colfax!gate-api';
      return { value: id, event: { lines: [['information', 'Notification', `Sending 'Problem' notification '${s}!mattermost-ops' for user 'oncall-a'`], ['warning', 'PluginNotificationTask', `Notification command for object '${s}' (PID: ${rng.int(20000, 39999)}, arguments: ${args(['/etc/icinga2/scripts/mattermost-notify.sh', '--webhook', `https://chat.${ML}/hooks/${id}`, '--channel', 'ops-garages', '--state', 'CRITICAL', '--output', 'HTTP CRITICAL: HTTP/1.1 503 Service Unavailable - 412 bytes in 0.081 second response time'])}) terminated with exit code 7, output: curl: (7) Failed to connect to chat.${ML} port 443 after 4 ms: Couldn't connect to server`]] } };
    }),
    5,
    plant('api-key-name', 'icinga-event-command-argument-api-key', 'error', `${WHY.apiKey('--api-key')} The event handler that restarts a garage's plate-recognition bridge gets the bridge API key as an argument; the handler failed and Icinga wrote its arguments.`, ({ rng }) => {
      const key = `lprb_${rng.alnum(36)}`;
      return { value: key, event: { lines: [['warning', 'PluginEventTask', `Event command for object 'colfax!lpr-bridge' (PID: ${rng.int(20000, 39999)}, arguments: ${args(['/etc/icinga2/scripts/restart-lpr-bridge.sh', '--garage', 'colfax', '--api-key', key])}) terminated with exit code 1, output: restart failed: bridge API answered 503`]] } };
    }),
    5,
    plant('embed-jwt', 'icinga-notification-argument-embed-garage-jwt', 'error', 'The mail notification links the garage dashboard widget `/embed/garage/<JWT>` (`-g`); the mail command failed and Icinga wrote its arguments.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 60), jti: true, claims: { garage: 'union-station', view: 'ops' } });
      const s = 'union-station!pay-station';
      return { value: token, jwt: facts, event: { lines: [['information', 'Notification', `Sending 'Problem' notification '${s}!mail-oncall' for user 'oncall-a'`], ['warning', 'PluginNotificationTask', `Notification command for object '${s}' (PID: ${rng.int(20000, 39999)}, arguments: ${args(['/etc/icinga2/scripts/mail-service-notification.sh', '-d', `${ldt(t, MT)} ${zone(MT, false)}`, '-e', 'pay-station', '-l', 'union-station', '-n', 'union-station', '-o', 'PAYSTATION CRITICAL - card reader offline', '-r', 'oncall@meterline.example', '-s', 'CRITICAL', '-t', 'PROBLEM', '-g', `https://${ML_OPS}/embed/garage/${token}`])}) terminated with exit code 1, output: mail: cannot send message: Process exited with a non-zero status`]] } };
    }),
    5,
    plant('encoded', 'icinga-notification-argument-base64-sms-credentials', 'error', "The SMS notification script gets the gateway's credentials pre-encoded (`--auth <base64 of user:password>`), one base64 decoding away; Icinga wrote the failed notification's arguments.", ({ rng }) => {
      const b = b64Of(`meterline-ops:${rng.alnum(20)}`);
      const s = 'ballpark!gate-api';
      return { value: b, event: { lines: [['warning', 'PluginNotificationTask', `Notification command for object '${s}' (PID: ${rng.int(20000, 39999)}, arguments: ${args(['/etc/icinga2/scripts/sms-notify.py', '--to', '+17205550143', '--auth', b, '--text', 'CRITICAL ballpark gate-api'])}) terminated with exit code 2, output: HTTPError: 401 Client Error: Unauthorized for url: https://sms.gatewayco.example/v1/messages`]] } };
    }),
    5,
    plant('negative', 'icinga-notification-output-request-id', 'none', "A notification's plugin output with the API's `request_id` (a UUID): no credential.", ({ rng }) => {
      const v = rng.uuid();
      const s = 'cherry-creek!gate-api';
      return { value: v, event: { lines: [['warning', 'PluginNotificationTask', `Notification command for object '${s}' (PID: ${rng.int(20000, 39999)}, arguments: ${args(['/etc/icinga2/scripts/mail-service-notification.sh', '-e', 'gate-api', '-l', 'cherry-creek', '-o', `HTTP CRITICAL: HTTP/1.1 502 Bad Gateway - request_id=${v}`, '-r', 'oncall@meterline.example', '-s', 'CRITICAL', '-t', 'PROBLEM'])}) terminated with exit code 1, output: mail: cannot send message: Process exited with a non-zero status`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: ML_OPS }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// full: Asterisk 20's `/var/log/asterisk/full` of the pay-by-phone line (logger.conf `full => notice,warning,error,
// verbose`, `dateformat=%F %T.%3q`, local time without a zone): `[<time>] <LEVEL>[<thread id>][<call id>] <file>:
// <message>`, the dialplan's `Executing [<exten>@<context>:<priority>] <App>("<channel>", "<arguments after
// substitution>") in new stack`, and DumpChan()'s multi-line dump (its lines written without a prefix).
// https://docs.asterisk.org/Configuration/Core-Configuration/Logging/ (not fetched; public `full` log lines read through
// search), https://docs.asterisk.org/Asterisk_20_Documentation/API_Documentation/Dialplan_Applications/DumpChan/ (not
// fetched; the dump written from memory)

function asteriskLog(rng) {
  let call = 0x40;
  let tid = 2300;
  const render = (e, rng) => {
    const cid = `C-${(e.callId ?? call).toString(16).padStart(8, '0')}`;
    const chan = `PJSIP/twilio-${(e.callId ?? call).toString(16).padStart(8, '0')}`;
    const out = [];
    let t = e.t;
    for (const item of e.items) {
      if (typeof item === 'string') {
        out.push(item);
        continue;
      }
      const [lvl, file, msg] = item;
      out.push(`[${ldtMs(t, MT)}] ${lvl}[${e.tid ?? tid}]${e.noCall ? '' : `[${cid}]`} ${file}: ${msg.replace(/\$CHAN/g, chan)}`);
      t += rng.int(2, 900);
    }
    return out;
  };
  const exec = (exten, ctx, prio, app, argsText) => ['VERBOSE', 'pbx.c', `Executing [${exten}@${ctx}:${prio}] ${app}("$CHAN", "${argsText}") in new stack`];
  const newCall = (rng, caller, zoneNo) => {
    call += rng.int(1, 3);
    tid += rng.int(1, 40);
    return [
      ['VERBOSE', 'res_pjsip_session.c', `${caller}: Incoming call to +17205550100`],
      exec('+17205550100', 'from-twilio', 1, 'NoOp', `Pay by phone call from ${caller}`),
      exec('+17205550100', 'from-twilio', 2, 'Goto', 'pay-by-phone,s,1'),
      ['VERBOSE', 'pbx_builtins.c', 'Goto (pay-by-phone,s,1)'],
      exec('s', 'pay-by-phone', 1, 'Answer', ''),
      exec('s', 'pay-by-phone', 2, 'Read', 'ZONE,ml-enter-zone,4,,2,8'),
      ['VERBOSE', 'file.c', `<$CHAN> Playing 'ml-enter-zone.slin' (language 'en')`],
      ['VERBOSE', 'app_read.c', `User entered '${zoneNo ?? rng.int(4100, 4199)}'`],
    ];
  };
  const hangup = (rng) => [exec('h', 'pay-by-phone', 1, 'NoOp', `hangup cause ${rng.pick([16, 16, 16, 31])}`), ['VERBOSE', 'pbx.c', "Spawn extension (pay-by-phone, h, 1) exited non-zero on '$CHAN'"]];
  const caller = (rng) => `+1720555${digits(rng, 4)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ items: [...newCall(rng, caller(rng)), exec('s', 'pay-by-phone', 3, 'GotoIf', '0?invalid'), exec('s', 'pay-by-phone', 4, 'Playback', 'ml-session-extended'), ['VERBOSE', 'file.c', "<$CHAN> Playing 'ml-session-extended.slin' (language 'en')"], ...hangup(rng)] }),
      () => ({ noCall: true, tid: 1880, items: [['VERBOSE', 'res_pjsip/pjsip_options.c', `Contact twilio-trunk/sip:${rng.pick(['54.172.60.0', '54.244.51.0'])}:5060 is now Reachable.  RTT: ${rng.int(20, 90)}.${rng.int(100, 999)} msec`]] }),
      () => ({ items: [...newCall(rng, caller(rng)), exec('s', 'pay-by-phone', 3, 'GotoIf', '1?invalid'), exec('invalid', 'pay-by-phone', 1, 'Playback', 'ml-zone-not-found'), ['VERBOSE', 'file.c', "<$CHAN> Playing 'ml-zone-not-found.slin' (language 'en')"], ...hangup(rng)] }),
    ])();
  const steps = [
    { raw: { noCall: true, tid: 1801, items: [['VERBOSE', 'asterisk.c', 'Asterisk Ready.'], ['NOTICE', 'res_pjsip/pjsip_options.c', 'Endpoint twilio-trunk is now Reachable']] } },
    2,
    plant('api-key-name', 'asterisk-set-url-api_key', 'error', `${WHY.apiKey('api_key')} The dialplan builds the zone lookup URL in a variable before calling CURL(); Asterisk logs Set()'s arguments after substitution, the key included.`, ({ rng }) => {
      const key = `mlivr_${rng.alnum(32)}`;
      const items = newCall(rng, caller(rng), 4121);
      return { value: key, event: { items: [...items, exec('s', 'pay-by-phone', 3, 'Set', `ZONE_URL=https://${ML_API}/v2/ivr/zones/4121?api_key=${key}`), exec('s', 'pay-by-phone', 4, 'Set', 'ZONEINFO={"zone":"4121","name":"Larimer Square","max_minutes":120}'), exec('s', 'pay-by-phone', 5, 'Playback', 'ml-zone-confirmed'), ['VERBOSE', 'file.c', "<$CHAN> Playing 'ml-zone-confirmed.slin' (language 'en')"], ...hangup(rng)] } };
    }),
    3,
    plant('negative', 'asterisk-set-payref-order-id', 'none', "A payment reference (`PAYREF=ML-<date>-<n>`, the order's id shown on receipts): no credential.", ({ rng }) => {
      const ref = `ML-20270413-${digits(rng, 7)}`;
      return { value: ref, event: { items: [...newCall(rng, caller(rng)), exec('s', 'pay-by-phone', 6, 'Set', `PAYREF=${ref}`), exec('s', 'pay-by-phone', 7, 'Playback', 'ml-payment-accepted'), ['VERBOSE', 'file.c', "<$CHAN> Playing 'ml-payment-accepted.slin' (language 'en')"], ...hangup(rng)] } };
    }),
    3,
    plant('path-secret', 'asterisk-system-sms-session-link', 'error', WHY.pathSecret("A link that manages the caller's parking session without signing in (`/s/<token>`: extend or stop it), texted by a System() command whose arguments Asterisk logs"), ({ rng }) => {
      const tok = rng.b64url(22);
      const c = caller(rng);
      return { value: tok, event: { items: [...newCall(rng, c), exec('s', 'pay-by-phone', 8, 'System', `/usr/local/bin/ml-sms --to '${c}' --text 'Meterline: parking started in zone 4121 until 12:30. Extend or stop: https://${ML}/s/${tok}'`), exec('s', 'pay-by-phone', 9, 'Playback', 'ml-sms-sent'), ['VERBOSE', 'file.c', "<$CHAN> Playing 'ml-sms-sent.slin' (language 'en')"], ...hangup(rng)] } };
    }),
    3,
    plant('framework-dump', 'asterisk-dumpchan-variables-ml_session', 'error', "DumpChan(), left in the error branch of the dialplan, writes every channel variable on lines of their own: `ML_SESSION` is the caller's Meterline API session, which the IVR got from the account lookup. Whoever replays it acts as the caller's account until the session ends.", ({ rng }) => {
      const sid = mlSession(rng);
      const c = caller(rng);
      const items = newCall(rng, c, 4199);
      const chanNow = () => `PJSIP/twilio-${call.toString(16).padStart(8, '0')}`;
      const uniq = `${sec(DAY0) + 17 * 3600 + rng.int(0, 3000)}.${rng.int(100, 999)}`;
      return { value: sid, event: { items: [...items, exec('s', 'pay-by-phone', 3, 'Set', `ZONE_URL=https://${ML_API}/v2/ivr/zones/4199`), exec('s', 'pay-by-phone', 12, 'DumpChan', ''), ['VERBOSE', 'app_dumpchan.c', ''], `Dumping Info For Channel: ${chanNow()}:`, '='.repeat(80), 'Info:', `Name=               ${chanNow()}`, 'Type=               PJSIP', `UniqueID=           ${uniq}`, `LinkedID=           ${uniq}`, `CallerIDNum=        ${c}`, 'CallerIDName=       (N/A)', 'DNIDDigits=         +17205550100', 'State=              Up (6)', 'Rings=              0', 'NativeFormat=       (ulaw)', 'WriteFormat=        ulaw', 'ReadFormat=         ulaw', 'Context=            pay-by-phone', 'Extension=          s', 'Priority=           12', 'Application=        DumpChan', 'Data=               (Empty)', '', 'Variables:', 'ZONE=4199', `ZONE_URL=https://${ML_API}/v2/ivr/zones/4199`, 'ZONE_STATUS=404', `ML_SESSION=${sid}`, `ML_ACCOUNT=acc_${rng.lowerNum(14)}`, 'SIPCALLID=', '='.repeat(80), exec('s', 'pay-by-phone', 13, 'Playback', 'ml-zone-not-found'), ...hangup(rng)] } };
    }),
    3,
    plant('negative', 'asterisk-set-sip-call-id', 'none', "The SIP `Call-ID` of the inbound leg, copied into a variable for the CDR: a dialog identifier, no credential.", ({ rng }) => {
      const v = `${rng.hex(32)}@${rng.pick(['54.172.60.1', '54.244.51.3'])}`;
      return { value: v, event: { items: [...newCall(rng, caller(rng)), exec('s', 'pay-by-phone', 10, 'Set', `CDR(sipcallid)=${v}`), ...hangup(rng)] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: ML_API }, filler, render, steps });
}

// =====================================================================================================================
// Privez (Croatian; Split: CEST, UTC+2, in mid-April)
// =====================================================================================================================

const HR = 120;
const PZ = 'privez.example';
const PZ_API = 'api.privez.example';
const PZ_ID = 'prijava.privez.example';
const PZ_PORTAL = 'portal.privez.example';
const MARINE = ['split-zapad', 'split-istok', 'trogir', 'kastela', 'solta'];
const hrIp = (rng) => `${rng.pick(['31.45', '78.0', '89.172', '93.136', '213.202', '188.129'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`;
const rezervacija = (rng) => `PZ-${digits(rng, 6)}`;

// ---------------------------------------------------------------------------------------------------------------------
// FailedReqLogFiles-W3SVC2.xml: IIS 10 Failed Request Tracing of the Privez booking site (ASP.NET Core 8 in-process),
// rules for status 500 and for requests over five seconds; the fr*.xml trace files of W3SVC2 joined with `copy /b` for a
// support ticket. Each file: the XML declaration, the freb.xsl stylesheet, `<failedRequest url="…" siteId=… …>` with
// its attributes one a line, then the `<Event>` elements as IIS writes them (System with `TimeCreated` in UTC, EventData
// with `<Data Name=…>`, RenderingInfo with the opcode name), GENERAL_REQUEST_START (`RequestURL`), GENERAL_ENDPOINT_
// INFORMATION (`RemoteAddress`), GENERAL_REQUEST_HEADERS (every header, one a line), GENERAL_RESPONSE_HEADERS,
// GENERAL_REQUEST_END. https://learn.microsoft.com/en-us/iis/troubleshoot/using-failed-request-tracing/troubleshooting-failed-requests-using-tracing-in-iis
// (not fetched; the trace file layout written from memory of public fr*.xml files)

function frebLog(rng) {
  const COMPUTER = 'PRIVEZ-WEB01';
  const GUIDS = {};
  let tick = 0;
  const event = (t, opcodeNum, opcodeName, activity, data, rng) => [
    ' <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
    '  <System>',
    '   <Provider Name="WWW Server" Guid="{3A2A4E84-4C21-4981-AE10-3FDA0D9B0F83}"/>',
    '   <EventID>0</EventID>',
    '   <Version>1</Version>',
    '   <Level>4</Level>',
    `   <Opcode>${opcodeNum}</Opcode>`,
    '   <Keywords>0x0</Keywords>',
    `   <TimeCreated SystemTime="${iso(t).slice(0, 23)}${pad((tick = (tick + rng.int(40, 900)) % 10000), 4)}Z"/>`,
    `   <Correlation ActivityID="${activity}"/>`,
    `   <Execution ProcessID="5216" ThreadID="${rng.int(2000, 9000)}"/>`,
    `   <Computer>${COMPUTER}</Computer>`,
    '  </System>',
    '  <EventData>',
    `   <Data Name="ContextId">${activity}</Data>`,
    ...data.flatMap(([name, value]) => `   <Data Name="${name}">${xml(value)}</Data>`.split('\n')),
    '  </EventData>',
    '  <RenderingInfo Culture="en-US">',
    `   <Opcode>${opcodeName}</Opcode>`,
    '  </RenderingInfo>',
    '  <ExtendedTracingInfo xmlns="http://schemas.microsoft.com/win/2004/08/events/trace">',
    `   <EventGuid>{${(GUIDS[opcodeName] ??= guid(rng))}}</EventGuid>`,
    '  </ExtendedTracingInfo>',
    ' </Event>',
  ];
  const render = (e, rng) => {
    const activity = `{8000${rng.hex(4).toUpperCase()}-0000-${rng.hex(4).toUpperCase()}-B63F-84710C7967BB}`;
    const url = `https://${PZ}:443${e.path}`;
    const taken = e.taken ?? rng.int(5100, 9800);
    const status = e.status ?? 200;
    const conn = String(rng.int(1610612740, 1610613999));
    const headers = [['Cache-Control', 'no-cache'], ['Connection', 'keep-alive'], ['Accept', e.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'], ['Accept-Encoding', 'gzip, deflate, br, zstd'], ['Accept-Language', 'hr-HR,hr;q=0.9,en-US;q=0.8,en;q=0.7'], ...(e.cookie ? [['Cookie', e.cookie]] : []), ['Host', PZ], ...(e.referer && e.referer !== '-' ? [['Referer', e.referer]] : []), ['User-Agent', e.ua], ...(e.reqHeaders ?? [])];
    const respHeaders = e.respHeaders ?? [['Content-Type', e.ctype ?? 'text/html; charset=utf-8'], ['Server', 'Microsoft-IIS/10.0'], ['Strict-Transport-Security', 'max-age=31536000']];
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      "<?xml-stylesheet type='text/xsl' href='freb.xsl'?>",
      '<!-- saved from url=(0014)about:internet -->',
      `<failedRequest url="${xml(url)}"`,
      '               siteId="2"',
      '               appPoolId="privez"',
      '               processId="5216"',
      `               verb="${e.method ?? 'GET'}"`,
      '               remoteUserName=""',
      '               userName=""',
      '               tokenUserName="IIS APPPOOL\\privez"',
      '               authenticationType="anonymous"',
      `               activityId="${activity}"`,
      `               failureReason="${status >= 500 ? 'STATUS_CODE' : 'TIME_TAKEN'}"`,
      `               statusCode="${status}"`,
      `               triggerStatusCode="${status >= 500 ? status : 200}"`,
      `               timeTaken="${taken}"`,
      '               xmlns:freb="http://schemas.microsoft.com/win/2006/06/iis/freb"',
      '               >',
      ...event(e.t, 1, 'GENERAL_REQUEST_START', activity, [['SiteId', '2'], ['AppPoolId', 'privez'], ['ConnId', conn], ['RawConnId', '0'], ['RequestURL', url], ['RequestVerb', e.method ?? 'GET']], rng),
      ...event(e.t + 1, 50, 'GENERAL_ENDPOINT_INFORMATION', activity, [['RemoteAddress', e.ip], ['RemotePort', String(rng.int(40000, 65000))], ['LocalAddress', '10.20.1.10'], ['LocalPort', '443']], rng),
      ...event(e.t + 1, 50, 'GENERAL_REQUEST_HEADERS', activity, [['Headers', headers.map(([k, v]) => `${k}: ${v}`).join('\n') + '\n']], rng),
      ...event(e.t + taken - 3, 50, 'GENERAL_RESPONSE_HEADERS', activity, [['Headers', respHeaders.map(([k, v]) => `${k}: ${v}`).join('\n') + '\n']], rng),
      ...event(e.t + taken, 2, 'GENERAL_REQUEST_END', activity, [['BytesSent', String(e.bytes)], ['BytesReceived', String(rng.int(600, 2400))], ['HttpStatus', String(status)], ['HttpSubStatus', '0']], rng),
      '</failedRequest>',
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/rezervacija/pretraga?marina=${rng.pick(MARINE)}&od=2027-06-${pad(rng.int(1, 28))}&noci=${rng.int(2, 10)}&duljina=${rng.int(8, 18)}`, status: 200 }),
      () => ({ path: `/api/vezovi/dostupnost?marina=${rng.pick(MARINE)}`, status: 500, taken: rng.int(40, 900), accept: 'application/json', ctype: 'application/problem+json' }),
      () => ({ path: `/racun/${rezervacija(rng)}/pdf`, status: 200, accept: 'application/pdf', ctype: 'application/pdf' }),
    ])();
  const steps = [
    1,
    plant('oauth-code', 'freb-request-url-prijava-povratak-code', 'warning', `${WHY.code} A slow sign-in callback (the token exchange took six seconds) traced by IIS: the \`url\` attribute and the \`RequestURL\` of GENERAL_REQUEST_START, \`&\` written \`&amp;\`.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { path: `/prijava/povratak?code=${code}&state=${rng.b64url(43)}&session_state=${rng.uuid()}`, referer: `https://${PZ_ID}/`, status: 302, respHeaders: [['Location', '/moje-rezervacije'], ['Server', 'Microsoft-IIS/10.0']] } };
    }),
    1,
    plant('negative', 'freb-request-header-requestverificationtoken', 'none', "ASP.NET Core's antiforgery `RequestVerificationToken` request header: a CSRF token bound to the user's antiforgery cookie, no credential.", ({ rng }) => {
      const v = `CfDJ8${rng.b64url(150)}`;
      return { value: v, event: { path: '/rezervacija/potvrdi', method: 'POST', status: 200, reqHeaders: [['Content-Type', 'application/x-www-form-urlencoded'], ['Origin', `https://${PZ}`], ['RequestVerificationToken', v]] } };
    }),
    1,
    plant('path-secret', 'freb-request-url-rezervacija-upravljanje', 'error', WHY.pathSecret('A guest\'s booking management link `/rezervacija/upravljanje/<token>` (change or cancel without signing in) in a trace of a 500: the `url` attribute and `RequestURL`'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { path: `/rezervacija/upravljanje/${tok}`, status: 500, taken: rng.int(200, 1900), ctype: 'text/html; charset=utf-8' } };
    }),
    1,
    plant('session-id', 'freb-request-headers-cookie-aspnetcore-cookies', 'error', WHY.session("ASP.NET Core's authentication cookie `.AspNetCore.Cookies` (the encrypted ticket of a signed-in guest) in the GENERAL_REQUEST_HEADERS event"), ({ rng }) => {
      const v = `CfDJ8${rng.b64url(290)}`;
      return { value: v, event: { path: '/moje-rezervacije', status: 200, cookie: `.AspNetCore.Antiforgery.Xp3e9=CfDJ8${rng.b64url(120)}; .AspNetCore.Cookies=${v}` } };
    }),
    1,
    plant('replay', 'freb-request-url-jednokratna_propusnica', 'note', WHY.ticketFirst("A one-time gate pass download `/propusnica/preuzmi?jednokratna_propusnica=<ticket>`, traced because rendering the PDF took over five seconds (RemoteAddress 89.172.41.23)"), ({ rng, t }) => {
      firstUse.propusnica = t;
      const tk = rng.b64url(24);
      return { value: tk, event: { path: `/propusnica/preuzmi?jednokratna_propusnica=${tk}`, ip: '89.172.41.23', status: 200, accept: 'application/pdf', ctype: 'application/pdf' } };
    }, { ref: 'propusnica' }),
    1,
    plant('header-dump', 'freb-request-headers-authorization-bearer', 'error', "The booking app's API call traced for its time: GENERAL_REQUEST_HEADERS writes every request header, `Authorization: Bearer <token>` (the app's opaque access token) included.", ({ rng }) => {
      const tok = `pz_at_${rng.alnum(40)}`;
      return { value: tok, event: { path: `/api/rezervacije/${rezervacija(rng)}/promijeni`, method: 'PUT', status: 200, accept: 'application/json', ctype: 'application/json', ua: 'Privez/4.2.0 (Android 16; Pixel 9a) okhttp/5.3.2', reqHeaders: [['Authorization', `Bearer ${tok}`], ['Content-Type', 'application/json']] } };
    }),
    1,
    plant('replay', 'freb-request-url-jednokratna_propusnica', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('propusnica').value, why: `${WHY.replay('jednokratna_propusnica', gap('propusnica', t))} The site serves the gate pass again (200, \`application/pdf\`) to RemoteAddress 93.136.7.201, not the guest's 89.172.41.23: the pass was forwarded.` }], event: { path: `/propusnica/preuzmi?jednokratna_propusnica=${refs.get('propusnica').value}`, ip: '93.136.7.201', status: 200, accept: 'application/pdf', ctype: 'application/pdf' } }), { replayOf: 'propusnica', after: 142 }),
    1,
    plant('implicit-fragment', 'freb-response-headers-location-access_token', 'error', "The charter partner handoff answers with a redirect whose `Location` carries the implicit grant's `#access_token=<token>`; the trace's GENERAL_RESPONSE_HEADERS keeps the response headers.", ({ rng }) => {
      const tok = `pzp_${rng.alnum(40)}`;
      return { value: tok, event: { path: `/partner/predaja?partner=jadran-charter&povratak=${encodeURIComponent('https://booking.jadrancharter.example/privez')}`, status: 302, respHeaders: [['Location', `https://booking.jadrancharter.example/privez#access_token=${tok}&token_type=Bearer&expires_in=3600`], ['Server', 'Microsoft-IIS/10.0']] } };
    }),
    1,
    plant('negative', 'freb-request-headers-traceparent', 'none', 'A `traceparent` request header (W3C trace id and span id) from the mobile app: no credential.', ({ rng }) => {
      const tid = rng.hex(32);
      return { value: tid, event: { path: '/api/marine', status: 200, accept: 'application/json', ctype: 'application/json', ua: 'Privez/4.2.0 (iOS 26.1; iPhone16,2) Alamofire/5.10.2', reqHeaders: [['traceparent', `00-${tid}-${rng.hex(16)}-01`]] } };
    }),
    1,
  ];
  const site = { host: PZ };
  const base = (rng, t, s) => ({ ...baseRequest(rng, t, s), ip: hrIp(rng) });
  return logBuilder(base)(rng, { start: DAY0 + 24 * HOUR + 7 * HOUR, site, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// audit.log: the Percona Server 8.0 audit log plugin with `audit_log_format=JSON` and `audit_log_policy=ALL` on the
// booking database: one `{"audit_record":{…}}` a line (`name` Query, Connect or Quit, `record` `<n>_<start time>`,
// `timestamp` `yyyy-MM-ddTHH:mm:ss UTC`, `command_class`, `connection_id`, `status`, `sqltext`, `user`, `host`,
// `os_user`, `ip`, `db`). https://docs.percona.com/percona-server/8.0/audit-log-plugin.html (the JSON example read
// through search, percona/psmysql-docs docs/audit-log-plugin.md)

function perconaLog(rng) {
  const START = '2027-04-10T03:14:07';
  let rec = 4100 + rng.int(0, 900);
  let connId = 1800 + rng.int(0, 300);
  const render = (e, rng) => {
    rec += rng.int(1, 9);
    const cid = String(e.conn ?? connId);
    const who = e.user ?? 'privez_app';
    const base = { name: e.name ?? 'Query', record: `${rec}_${START}`, timestamp: `${iso(e.t).slice(0, 19)} UTC` };
    if (e.name === 'Connect' || e.name === 'Quit') return [JSON.stringify({ audit_record: { ...base, connection_id: cid, status: 0, user: who, priv_user: who, os_login: '', proxy_user: '', host: 'web01.privez.lan', ip: '10.20.1.10', db: 'privez' } })];
    return [JSON.stringify({ audit_record: { ...base, command_class: e.cls, connection_id: cid, status: e.sqlStatus ?? 0, sqltext: e.sql, user: `${who}[${who}] @ web01.privez.lan [10.20.1.10]`, host: 'web01.privez.lan', os_user: '', ip: '10.20.1.10', db: 'privez' } })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ cls: 'select', sql: `SELECT v.id, v.oznaka, v.duljina_m, v.gaz_m FROM vezovi v WHERE v.marina = '${rng.pick(MARINE)}' AND v.duljina_m >= ${rng.int(8, 18)} AND NOT EXISTS (SELECT 1 FROM rezervacije r WHERE r.vez_id = v.id AND r.dolazak < '2027-06-${pad(rng.int(10, 28))}' AND r.odlazak > '2027-06-${pad(rng.int(1, 9))}')` }),
      () => ({ cls: 'insert', sql: `INSERT INTO rezervacije (broj, vez_id, gost_id, dolazak, odlazak, iznos_eur) VALUES ('${rezervacija(rng)}', ${rng.int(100, 900)}, ${rng.int(1000, 99999)}, '2027-07-${pad(rng.int(1, 14))}', '2027-07-${pad(rng.int(15, 28))}', ${rng.int(300, 4000)}.00)` }),
      () => ({ cls: 'update', sql: `UPDATE vezovi SET status = 'zauzet', azurirano = NOW() WHERE id = ${rng.int(100, 900)}` }),
      () => { connId += rng.int(1, 4); return { name: rng.pick(['Connect', 'Quit']), conn: connId }; },
      () => ({ cls: 'select', sql: `SELECT COUNT(*) FROM rezervacije WHERE marina = '${rng.pick(MARINE)}' AND dolazak = CURDATE()` }),
    ])();
  const steps = [
    { raw: { name: 'Connect' } },
    2,
    plant('negative', 'percona-create-user-identified-by-secret', 'none', 'MySQL rewrites the password of `CREATE USER … IDENTIFIED BY` before the audit plugin sees it: the record holds `<secret>`, no value.', () => ({ value: "IDENTIFIED BY <secret>", event: { cls: 'create_user', user: 'admin_ivana', conn: 977, sql: "CREATE USER 'izvjestaji'@'10.20.%' IDENTIFIED BY <secret>" } })),
    7,
    plant('id-token', 'percona-select-sha2-id_token', 'error', "The sign-in code looks up the session by the SHA-256 of the guest's ID token, but computes it in SQL (`SHA2('<JWT>', 256)`): the audit log keeps the token itself.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(10, 90), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${PZ_ID}/realms/privez`, aud: 'privez-web', sub: rng.uuid(), email: 'luka.babic@mail.example', name: 'Luka Babić' } });
      return { value: token, jwt: facts, event: { cls: 'select', sql: `SELECT id, gost_id, istjece FROM prijave WHERE id_token_sazetak = SHA2('${token}', 256) LIMIT 1` } };
    }),
    7,
    plant('path-secret', 'percona-insert-pozivnice-token', 'error', WHY.pathSecret("A staff invitation token (the link `/pozivnica/<token>`) as a literal of the `INSERT INTO pozivnice` the back office runs"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { cls: 'insert', sql: `INSERT INTO pozivnice (email, uloga, token, istjece, pozvao) VALUES ('marko.jurisic@privez.example', 'voditelj_marine', '${tok}', '2027-04-21 08:00:00', 12)` } };
    }),
    7,
    plant('embed-jwt', 'percona-update-ekrani-ugradi-url-jwt-no-exp', 'error', "The marina's reception screen gets its occupancy widget URL `/ugradi/vezovi/<JWT>` written into `ekrani.ugradi_url`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(5, 40), claims: { marina: 'split-zapad', prikaz: 'vezovi', ekran: 7 } });
      return { value: token, jwt: facts, event: { cls: 'update', sql: `UPDATE ekrani SET ugradi_url = 'https://${PZ}/ugradi/vezovi/${token}', azurirano = NOW() WHERE id = 7` } };
    }),
    7,
    plant('api-key-name', 'percona-update-postavke-stripe-secret', 'error', `${WHY.apiKey('stripe_tajni_kljuc')} The settings page saves the Stripe secret key into \`postavke\`: the \`UPDATE\` the audit log keeps holds it as a literal.`, ({ rng }) => {
      const key = `sk_live_${rng.alnum(99)}`;
      return { value: key, event: { cls: 'update', user: 'privez_admin', conn: 1011, sql: `UPDATE postavke SET vrijednost = '${key}', promijenio = 'ana.kovac' WHERE kljuc = 'stripe_tajni_kljuc'` } };
    }),
    7,
    plant('negative', 'percona-insert-bcrypt-lozinka_hash', 'none', 'A staff account row with its bcrypt `lozinka_hash` (`$2y$12$…`): a one-way hash, no credential.', ({ rng }) => {
      const h = `$2y$12$${rng.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
      return { value: h, event: { cls: 'insert', user: 'privez_admin', conn: 1011, sql: `INSERT INTO djelatnici (ime, email, lozinka_hash, uloga) VALUES ('Petra Šimić', 'petra.simic@privez.example', '${h}', 'recepcija')` } };
    }),
    7,
    plant('framework-dump', 'percona-insert-zapisnik-gresaka-json-lozinka', 'error', "The app writes a failed sign-in's request context as JSON into `zapisnik_gresaka`: the form's `lozinka` (the guest's password) is in the `INSERT` the audit log keeps.", ({ rng }) => {
      const pw = `${rng.alnum(11)}${digits(rng, 2)}`;
      const ctx = JSON.stringify({ zahtjev: { putanja: '/prijava', email: 'ines.matic@mail.example', lozinka: pw, zapamti: true }, ip: hrIp(rng) });
      return { value: pw, event: { cls: 'insert', sql: `INSERT INTO zapisnik_gresaka (razina, poruka, kontekst, vrijeme) VALUES ('error', 'Prijava nije uspjela: korisnik zaključan', '${ctx}', NOW())` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 6 * HOUR, site: { host: PZ }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fw-split-01.log: the office and marina network's Sophos Firewall (SFOS 21, XGS 2100) web filtering records as the log
// server's rsyslog writes them (`Mmm dd hh:mm:ss <host> ` and the firewall's message in its syslog format since 19.5:
// `device_name="SFW" timestamp="<ISO time +hhmm>" device_model=… device_serial_id=… log_id=… log_type="Content Filtering"
// log_component="HTTP" log_subtype="Allowed" log_version=1 severity=… fw_rule_id=… … url="…" … domain=… http_status=…
// transaction_id=… …`). HTTPS decryption is on for the office zone, so `url` holds the whole address.
// https://docs.sophos.com/nsg/sophos-firewall/21.5/syslog/index.html (the web filter fields read through search; public
// samples of 19.5-format web filtering records read in parsers' test data; the place of `user_name`, `referer` and
// `user_agent` written from memory)

function sophosLog(rng) {
  const SERIAL = `X2101${upperNum(rng, 10)}`;
  const CATS = { 'privez.example': ['Travel', 'Acceptable'], 'prijava.privez.example': ['Travel', 'Acceptable'], 'portal.privez.example': ['Travel', 'Acceptable'], 'services.marinetraffic.com': ['Travel', 'Acceptable'], '10.20.5.14': ['IPAddress', 'Acceptable'], 'www.dhmz.htnet.hr': ['News', 'Acceptable'], 'tile.openstreetmap.org': ['Information Technology', 'Acceptable'], 'cdn.jsdelivr.net': ['Content Delivery', 'Acceptable'] };
  const USERS = ['ana.kovac', 'marko.jurisic', 'petra.simic', 'recepcija-1', ''];
  const render = (e, rng) => {
    const url = new URL(e.url);
    const [cat, type] = CATS[url.hostname] ?? ['General Business', 'Acceptable'];
    const lan = e.zone !== 'DMZ';
    const fields = [
      ['device_name', '"SFW"'], ['timestamp', `"${local(e.t, HR).slice(0, 19)}${zone(HR, false)}"`], ['device_model', '"XGS2100"'], ['device_serial_id', `"${SERIAL}"`], ['log_id', '050901616001'], ['log_type', '"Content Filtering"'], ['log_component', '"HTTP"'], ['log_subtype', '"Allowed"'], ['log_version', '1'], ['severity', '"Information"'],
      ['fw_rule_id', lan ? '"5"' : '"9"'], ['fw_rule_name', lan ? '"Ured prema WAN"' : '"Ured prema stupovima"'], ['fw_rule_section', '"Local rule"'], ['web_policy_id', lan ? '11' : '14'], ['user_name', `"${e.user ?? rng.pick(USERS)}"`], ['http_category', `"${cat}"`], ['http_category_type', `"${type}"`], ['url', `"${e.url}"`], ['content_type', `"${e.ctype ?? 'text/html'}"`],
      ['src_ip', `"10.20.3.${rng.int(20, 90)}"`], ['dst_ip', `"${e.dst ?? `${rng.int(20, 200)}.${rng.int(1, 254)}.${rng.int(1, 254)}.${rng.int(1, 254)}`}"`], ['protocol', '"TCP"'], ['src_port', String(rng.int(49152, 65535))], ['dst_port', url.protocol === 'https:' ? '443' : '80'], ['bytes_sent', String(rng.int(300, 3000))], ['bytes_received', String(e.bytes)], ['domain', `"${url.hostname}"`], ['http_status', `"${e.status}"`],
      ['transaction_id', `"${e.txn ?? rng.uuid()}"`], ['referer', `"${e.ref ?? ''}"`], ['user_agent', `"${e.ua}"`], ['con_id', String(rng.int(2100000000, 2199999999))], ['app_is_cloud', '"FALSE"'], ['used_quota', '"0"'], ['src_zone_type', '"LAN"'], ['src_zone', '"LAN"'], ['dst_zone_type', lan ? '"WAN"' : '"DMZ"'], ['dst_zone', lan ? '"WAN"' : '"DMZ"'], ['src_country', '"R1"'], ['dst_country', lan ? `"${e.country ?? 'HRV'}"` : '"R1"'],
    ];
    return [`${syslogTime(e.t, HR)} fw-split-01 ${fields.map(([k, v]) => `${k}=${v}`).join(' ')}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `https://${PZ}/rezervacija/pretraga?marina=${rng.pick(MARINE)}&od=2027-05-${pad(rng.int(1, 28))}`, status: 200 }),
      () => ({ url: `https://www.dhmz.htnet.hr/prognoza/jadran.php?id=${rng.int(1, 9)}`, status: 200 }),
      () => ({ url: `https://tile.openstreetmap.org/${rng.int(12, 16)}/${rng.int(4400, 4500)}/${rng.int(2900, 3000)}.png`, status: 200, ctype: 'image/png', ref: `https://${PZ}/karta` }),
      () => ({ url: `https://${PZ_PORTAL}/recepcija/dolasci?datum=2027-04-${pad(rng.int(14, 20))}`, status: 200 }),
    ])();
  const steps = [
    6,
    plant('negative', 'sophos-transaction_id', 'none', "The firewall's `transaction_id` (a UUID per web transaction): no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { url: `https://${PZ}/cjenik`, txn: v, status: 200 } };
    }),
    6,
    plant('id-token', 'sophos-url-prijava-povratak-id_token', 'error', "The staff portal's legacy OpenID Connect client takes the ID token in the callback's query (`response_mode=query`); HTTPS decryption puts the whole URL in the record's `url`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 20), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${PZ_ID}/realms/osoblje`, aud: 'portal', sub: rng.uuid(), preferred_username: 'marko.jurisic', nonce: rng.hex(16) } });
      return { value: token, jwt: facts, event: { url: `https://${PZ_PORTAL}/prijava/povratak?id_token=${token}&state=${rng.hex(20)}`, user: 'marko.jurisic', status: 302, ref: `https://${PZ_ID}/` } };
    }),
    6,
    plant('api-key-name', 'sophos-url-marinetraffic-key-in-path', 'error', "MarineTraffic's API takes the key as a path segment (`/api/exportvessel/v:5/<key>/…`): the reception PC's vessel lookup puts the firm's key in the record's `url`. An API key for paid credits, long-lived.", ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { url: `https://services.marinetraffic.com/api/exportvessel/v:5/${key}/timespan:20/mmsi:238${digits(rng, 6)}/protocol:jsono`, user: 'recepcija-1', status: 200, ctype: 'application/json', country: 'GRC' } };
    }),
    6,
    plant('embed-jwt', 'sophos-referer-ugradi-popunjenost-120s', 'warning', "The reception TV shows the occupancy widget `/ugradi/popunjenost/<JWT>`, whose map tiles carry the widget's URL as `referer`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 30), claims: { marina: 'split-zapad', prikaz: 'popunjenost' } });
      return { value: token, jwt: facts, event: { url: `https://tile.openstreetmap.org/16/${rng.int(35100, 35200)}/${rng.int(23900, 24000)}.png`, ctype: 'image/png', user: '', status: 200, ref: `https://${PZ}/ugradi/popunjenost/${token}` } };
    }),
    6,
    plant('session-id', 'sophos-url-http-stup-sesija', 'error', WHY.session("The berth pedestal controller's web interface keeps its admin session in the query (`?sesija=<id>`) over plain HTTP, in the record of the office-to-pedestals rule"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { url: `http://10.20.5.14/cgi-bin/stanje.cgi?sesija=${sid}&stup=${rng.int(1, 60)}`, zone: 'DMZ', dst: '10.20.5.14', user: 'marko.jurisic', status: 200 } };
    }),
    6,
    plant('encoded', 'sophos-url-povratak-percent-encoded-api_kljuc', 'error', "A sign-in link's `povratak=` carries an export URL percent-encoded once, its `api_kljuc` written `%3Fapi_kljuc%3D<key>`: one decoding away.", ({ rng }) => {
      const key = `pzk_${rng.alnum(32)}`;
      return { value: key, event: { url: `https://${PZ_ID}/prijava?povratak=${encodeURIComponent(`https://${PZ_PORTAL}/izvjestaji/izvoz?format=csv&api_kljuc=${key}`)}`, user: 'ana.kovac', status: 200 } };
    }),
    6,
    plant('negative', 'sophos-url-cache-buster-v', 'none', 'A stylesheet with a content-hash cache buster (`?v=<hash>`): no credential.', ({ rng }) => {
      const v = rng.hex(20);
      return { value: v, event: { url: `https://${PZ_PORTAL}/css/recepcija.css?v=${v}`, ctype: 'text/css', status: 200, ref: `https://${PZ_PORTAL}/recepcija` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 6 * HOUR + 30 * MIN, site: { host: PZ }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vllm-asistent.log: the guest and staff assistant "Privezko" served by vLLM 0.9.2 (`vllm serve
// Qwen/Qwen2.5-14B-Instruct-AWQ --served-model-name privez-asistent`, request logging on, the default then), stdout and
// stderr in one file: vLLM's logger (`<LEVEL> <MM-dd HH:mm:ss> [<file>:<line>] <message>`, no year, no zone),
// `Received request chatcmpl-<id>: prompt: '<the rendered chat template as a Python repr>', params: SamplingParams(…),
// prompt_token_ids: None, …`, `Added request …`, uvicorn's access lines and the engine's throughput lines. The chat
// widget adds the page the guest is on and the retrieved documents to the prompt.
// https://github.com/vllm-project/vllm (vllm/entrypoints/logger.py; public logs of the 0.8–0.9 line read in issues
// through search)

function vllmLog(rng) {
  const ts = (t) => local(t, HR).slice(5, 19).replace('T', ' ');
  const SAMPLING = 'SamplingParams(n=1, presence_penalty=0.0, frequency_penalty=0.0, repetition_penalty=1.05, temperature=0.3, top_p=0.8, top_k=20, min_p=0.0, seed=None, stop=[], stop_token_ids=[], bad_words=[], include_stop_str_in_output=False, ignore_eos=False, max_tokens=1024, min_tokens=0, logprobs=None, prompt_logprobs=None, skip_special_tokens=True, spaces_between_special_tokens=True, truncate_prompt_tokens=None, guided_decoding=None, extra_args=None)';
  const SYS_GOST = 'Ti si Privezko, asistent marine Privez u Splitu. Odgovaraj kratko, na jeziku gosta. Nikada ne traži lozinke ni podatke kartica.';
  const SYS_OSOBLJE = 'Ti si Privezko za osoblje marine Privez. Pomaži oko rezervacija, vezova i internih postupaka. Odgovaraj na hrvatskom.';
  const render = (e, rng) => {
    if (e.lines) return e.lines.map((l) => (l.startsWith('INFO:') || l.startsWith('WARNING:') ? l : `INFO ${ts(e.t)} ${l}`));
    const id = e.id ?? rng.hex(32);
    const sys = `${e.system ?? SYS_GOST}${e.page ? `\nStranica: ${e.page}` : ''}${e.context ? `\nKontekst:\n${e.context}` : ''}`;
    const prompt = `<|im_start|>system\n${sys}<|im_end|>\n<|im_start|>user\n${e.q}<|im_end|>\n<|im_start|>assistant\n`;
    return [
      `INFO ${ts(e.t)} [logger.py:43] Received request chatcmpl-${id}: prompt: ${pyStr(prompt)}, params: ${SAMPLING}, prompt_token_ids: None, prompt_embeds shape: None, lora_request: None, prompt_adapter_request: None.`,
      `INFO ${ts(e.t)} [async_llm.py:270] Added request chatcmpl-${id}.`,
      `INFO:     10.20.1.${rng.int(10, 12)}:${rng.int(40000, 60999)} - "POST /v1/chat/completions HTTP/1.1" 200 OK`,
    ];
  };
  const metrics = (rng) => ({ lines: [`[loggers.py:118] Engine 000: Avg prompt throughput: ${rng.int(20, 400)}.${rng.int(0, 9)} tokens/s, Avg generation throughput: ${rng.int(5, 60)}.${rng.int(0, 9)} tokens/s, Running: 0 reqs, Waiting: 0 reqs, GPU KV cache usage: 0.${rng.int(0, 9)}%, Prefix cache hit rate: ${rng.int(20, 70)}.${rng.int(0, 9)}%`] });
  const filler = (rng) =>
    rng.pick([
      () => ({ q: rng.pick(['Koliko košta vez za brod od 12 metara u srpnju?', 'Do kada je otvorena recepcija?', 'Is there a fuel station in Trogir marina?', 'Imate li struju 32A na gatu C?', 'Kako mogu produžiti boravak za dvije noći?']), page: `https://${PZ}/${rng.pick(['cjenik', 'marine/trogir', 'rezervacija/pretraga', 'kontakt'])}` }),
      () => metrics(rng),
      () => ({ q: `Gost s rezervacijom ${rezervacija(rng)} pita može li doći dan ranije. Što mu odgovoriti?`, system: SYS_OSOBLJE }),
    ])();
  const steps = [
    { raw: { lines: [
      '[api_server.py:1351] vLLM API server version 0.9.2',
      "[cli_args.py:325] non-default args: {'model': 'Qwen/Qwen2.5-14B-Instruct-AWQ', 'max_model_len': 16384, 'gpu_memory_utilization': 0.88, 'served_model_name': ['privez-asistent'], 'enable_prefix_caching': True}",
      "[config.py:823] This model supports multiple tasks: {'generate', 'embed', 'classify', 'reward'}. Defaulting to 'generate'.",
      '[gpu_model_runner.py:1595] Model loading took 9.3812 GiB and 21.402751 seconds',
      '[api_server.py:1423] Starting vLLM API server 0 on http://0.0.0.0:8000',
      'INFO:     Started server process [2211]',
      'INFO:     Waiting for application startup.',
      'INFO:     Application startup complete.',
    ] } },
    2,
    plant('negative', 'vllm-request-id-chatcmpl', 'none', "vLLM's request id (`chatcmpl-<32 hex>`), written on the `Received request` and `Added request` lines: no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { id, q: 'Radi li restoran u marini Kaštela nedjeljom?', page: `https://${PZ}/marine/kastela` } };
    }),
    2,
    plant('implicit-fragment', 'vllm-prompt-page-context-access_token', 'error', "The chat widget adds `location.href` to the prompt as the page the guest is on (`Stranica: …`): after the partner sign-in the page still carries the implicit grant's `#access_token=<token>`, and vLLM's request log keeps the prompt.", ({ rng }) => {
      const tok = `pz_at_${rng.alnum(40)}`;
      return { value: tok, event: { q: 'Ne vidim svoju rezervaciju nakon prijave preko partnera.', page: `https://${PZ}/racun#access_token=${tok}&token_type=Bearer&expires_in=3600` } };
    }),
    3,
    plant('path-secret', 'vllm-prompt-guest-pasted-lozinka-obnova', 'error', WHY.pathSecret('A guest pastes the password reset link from the e-mail (`/lozinka/obnova/<token>`) into the chat; the request log keeps the prompt'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { q: `Kliknem na link za novu lozinku i ništa se ne dogodi: https://${PZ}/lozinka/obnova/${tok} — što da radim?`, page: `https://${PZ}/prijava` } };
    }),
    3,
    plant('webhook', 'vllm-prompt-rag-context-discord-webhook', 'error', WHY.webhook("A Discord webhook from the internal wiki page on dock crew alerts, retrieved as context for a staff question and put into the prompt (`Kontekst:`)"), ({ rng }) => {
      const tok = rng.b64url(68);
      return { value: tok, event: { system: SYS_OSOBLJE, q: 'Kako pošaljem obavijest posadi na gatu da stiže brod?', context: `[dokument ${rng.hex(40)} | Upute za obavijesti posadi]\nObavijesti za mornare idu u kanal #gat na Discordu. Skripta obavijest.sh šalje poruku na https://discord.com/api/webhooks/${digits(rng, 19)}/${tok} s tekstom i brojem veza.` } };
    }),
    3,
    plant('api-key-name', 'vllm-prompt-staff-pasted-env-api-kljuc', 'error', `${WHY.apiKey('MARINA_API_KLJUC')} A developer pastes the integration's \`.env\` into the staff assistant to ask about an error; the prompt keeps the key.`, ({ rng }) => {
      const key = `pzk_${rng.alnum(32)}`;
      return { value: key, event: { system: SYS_OSOBLJE, q: `Zašto dobivam 401 od API-ja stupova? Moj .env:\nMARINA_API_URL=https://${PZ_API}/v1\nMARINA_API_KLJUC=${key}\nMARINA_ID=split-zapad` } };
    }),
    3,
    plant('negative', 'vllm-rag-document-sha1', 'none', 'A retrieved document named by its content hash (`[dokument <SHA-1> | …]`): no credential.', ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { system: SYS_OSOBLJE, q: 'Koji je postupak kad gost ode bez plaćanja?', context: `[dokument ${h} | Naplata i neplaćeni boravci]\nKod odlaska bez plaćanja recepcija šalje opomenu i blokira karticu za rampu.` } };
    }),
    3,
    plant('header-dump', 'vllm-prompt-pasted-curl-authorization-bearer', 'error', "A developer pastes the failing `curl` command into the staff assistant: `-H 'Authorization: Bearer <token>'`, a live access token of the booking API, is in the prompt the request log keeps.", ({ rng }) => {
      const tok = `pz_at_${rng.alnum(40)}`;
      return { value: tok, event: { system: SYS_OSOBLJE, q: `Ovaj poziv vraća 403, zašto?\ncurl -s -X PUT https://${PZ_API}/v1/vezovi/C-14/status -H 'Authorization: Bearer ${tok}' -H 'Content-Type: application/json' -d '{"status":"slobodan"}'` } };
    }),
    3,
    plant('encoded', 'vllm-prompt-pasted-qr-base64url-json', 'error', "A guest pastes the text of the gate QR code (`PRIVEZ1:<base64url of a JSON object>`), whose `propusnica` opens the marina gate for the stay: one base64 decoding away (a base64 JSON that starts `eyJ` is not a JWT).", ({ rng }) => {
      const blob = b64urlOf(JSON.stringify({ rezervacija: rezervacija(rng), propusnica: rng.b64url(24), vrijedi_do: '2027-04-20' }));
      return { value: blob, event: { q: `Rampa ne prihvaća moj QR kod. Kad ga skeniram mobitelom piše PRIVEZ1:${blob}`, page: `https://${PZ}/moje-rezervacije` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 7 * HOUR + 40 * MIN, site: { host: PZ }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// telegraf.log: Telegraf 1.34 on the pedestal gateway of the Split West marina (`logfile =
// "/var/log/telegraf/telegraf.log"`, UTC): `<RFC 3339 time>Z <I|W|E|D>! [<plugin>] <message>`, the start-up lines,
// inputs' `Error in plugin: …` (inputs.http writes `[url=<the configured URL>]: received status code …`, inputs.exec
// `exec: exit status 1 for command "<command>": <stderr>`), the agent's `Error writing to outputs.<name>: …` (Go's
// `*url.Error`, which writes a URL's password as `***`). https://docs.influxdata.com/telegraf/v1/configuration/
// (not fetched); the messages read in public issues of influxdata/telegraf and in plugins/inputs/exec/exec.go through search

function telegrafLog(rng) {
  const ts = (t) => `${iso(t).slice(0, 19)}Z`;
  const render = (e) => e.lines.map(([lvl, msg], i) => `${ts(e.t + i * 1000)} ${lvl}! ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [['E', `[inputs.modbus] Error in plugin: slave ${rng.int(1, 60)}: read tcp 10.20.5.2:${rng.int(40000, 60999)}->10.20.5.${rng.int(20, 80)}:502: i/o timeout`]] }),
      () => ({ lines: [['W', `[outputs.influxdb_v2] Metric buffer overflow; ${rng.int(2, 400)} metrics have been dropped`]] }),
      () => ({ lines: [['I', `[inputs.mqtt_consumer] Connected [tcp://10.20.5.2:1883]`]] }),
      () => { const ip = `10.20.5.${rng.int(20, 80)}`; return { lines: [['E', `[inputs.http] Error in plugin: [url=http://${ip}/api/brojilo.json]: Get "http://${ip}/api/brojilo.json": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`]] }; },
    ])();
  const steps = [
    { raw: { lines: [
      ['I', 'Loading config: /etc/telegraf/telegraf.conf'],
      ['I', 'Loading config: /etc/telegraf/telegraf.d/stupovi.conf'],
      ['I', 'Starting Telegraf 1.34.2 brought to you by InfluxData the makers of InfluxDB'],
      ['I', 'Available plugins: 238 inputs, 9 aggregators, 34 processors, 26 parsers, 64 outputs, 6 secret-stores'],
      ['I', 'Loaded inputs: exec http mem modbus mqtt_consumer system'],
      ['I', 'Loaded aggregators: '],
      ['I', 'Loaded processors: '],
      ['I', 'Loaded secretstores: '],
      ['I', 'Loaded outputs: http influxdb influxdb_v2'],
    ] } },
    plant('negative', 'telegraf-tags-uredjaj-uuid', 'none', "The gateway's device UUID among the global tags: an identifier, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { lines: [['I', `Tags enabled: host=stupovi-gw-02 marina=split-zapad uredjaj=${v}`], ['I', '[agent] Config: Interval:10s, Quiet:false, Hostname:"stupovi-gw-02", Flush Interval:10s']] } };
    }),
    2,
    plant('api-key-name', 'telegraf-inputs-http-url-apikey', 'error', `${WHY.apiKey('apikey')} inputs.http writes the configured URL of the weather API it polls, the Tomorrow.io key in the query.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { lines: [['E', `[inputs.http] Error in plugin: [url=https://api.tomorrow.io/v4/weather/realtime?location=43.5081,16.4402&units=metric&apikey=${key}]: received status code 429 (Too Many Requests), expected any value out of [200]`]] } };
    }),
    5,
    plant('negative', 'telegraf-go-url-error-password-stars', 'none', "Go's HTTP client writes the password of a URL as `***` in its errors: `https://telegraf:***@influx…` holds no value.", ({ rng }) => ({ value: 'telegraf:***@influx', event: { lines: [['E', `[agent] Error writing to outputs.influxdb: Post "https://telegraf:***@influx.privez.example:8086/write?db=stupovi": dial tcp 10.20.1.${rng.int(20, 30)}:8086: connect: connection refused`]] } })),
    5,
    plant('encoded', 'telegraf-inputs-http-url-auth-base64', 'error', "The old pedestal controller's API takes `auth=<base64 of user:password>` in the query; inputs.http writes the configured URL, the controller's admin password one base64 decoding away.", ({ rng }) => {
      const b = b64Of(`admin:${rng.alnum(14)}`);
      return { value: b, event: { lines: [['E', `[inputs.http] Error in plugin: [url=http://10.20.5.14/api/stanje.json?auth=${b}&stupovi=1-60]: received status code 500 (Internal Server Error), expected any value out of [200]`]] } };
    }),
    5,
    plant('embed-jwt', 'telegraf-inputs-http-url-ugradi-vremenska-jwt-30d', 'error', "inputs.http polls the berth holders' weather widget through its embed URL (the one the reception display was given) `/ugradi/vremenska/<JWT>/podaci.json`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 30 * 86400, age: rng.int(86400, 20 * 86400), claims: { marina: 'split-zapad', prikaz: 'vremenska' } });
      return { value: token, jwt: facts, event: { lines: [['E', `[inputs.http] Error in plugin: [url=https://${PZ}/ugradi/vremenska/${token}/podaci.json]: received status code 503 (Service Unavailable), expected any value out of [200]`]] } };
    }),
    5,
    plant('refresh-token', 'telegraf-inputs-exec-command-refresh-token', 'error', `${WHY.refresh} The meter script gets the metering cloud's refresh token as an argument; when it fails, inputs.exec writes the whole command line with its stderr.`, ({ rng }) => {
      const rt = rng.b64url(54);
      return { value: rt, event: { lines: [['E', `[inputs.exec] Error in plugin: exec: exit status 1 for command "/etc/telegraf/skripte/brojila.sh --oblak https://oblak.brojila.example --refresh-token ${rt}": greška: osvježavanje tokena nije uspjelo (invalid_grant)`]] } };
    }),
    5,
    plant('webhook', 'telegraf-outputs-http-home-assistant-webhook', 'error', WHY.webhook("A Home Assistant webhook `/api/webhook/<id>` (its id is the only secret) that outputs.http posts pedestal alarms to, in the agent's write error"), ({ rng }) => {
      const id = `stupovi_alarm_${rng.b64url(32)}`;
      return { value: id, event: { lines: [['E', `[agent] Error writing to outputs.http: Post "https://ha.privez.example/api/webhook/${id}": dial tcp 10.20.1.40:443: connect: no route to host`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 4 * HOUR, site: { host: PZ }, filler, render, steps });
}

// =====================================================================================================================
// Kvitas (Lithuanian; Kaunas: EEST, UTC+3, in mid-April)
// =====================================================================================================================

const LT = 180;
const KV = 'kvitas.example';
const KV_APP = 'app.kvitas.example';
const KV_API = 'api.kvitas.example';
const ltIp = (rng) => `${rng.pick(['78.56', '88.119', '84.15', '213.226', '86.100', '5.20'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`;
const saskaita = (rng) => `KV-2027-${digits(rng, 5)}`;
const GAVEJAI = ['rasa@uab-medis.example', 'info@kirpykla-aura.example', 'jonas.petraitis@mail.example', 'buhalterija@statyba-lt.example', 'egle@dizainas.example'];

// ---------------------------------------------------------------------------------------------------------------------
// kvitas-ses-events-1-2027-04-14-05-08-12-6c1f0d2e: an object of the Firehose stream behind the SES configuration set
// `kvitas-transakciniai` (event publishing of Send, Delivery, Open, Click and Bounce, open and click tracking on), newline
// delimiters on: one event a line (`eventType`, `mail` with `timestamp`, `source`, `sourceArn`, `sendingAccountId`,
// `messageId`, `destination`, `headersTruncated`, `headers` (name and value of each original header), `commonHeaders`,
// `tags`, then `send`, `delivery`, `open`, `click` or `bounce`). https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-firehose-contents.html
// (not fetched; the record shape written from memory of the documentation's examples)

function sesLog(rng) {
  const ACCOUNT = `5${digits(rng, 11)}`;
  const FROM = 'Kvitas <saskaitos@kvitas.example>';
  const mailOf = (e, rng) => {
    const to = e.to ?? rng.pick(GAVEJAI);
    const subject = e.subject ?? `Sąskaita ${saskaita(rng)} nuo UAB „Medis“`;
    const id = e.messageId ?? `010701${rng.hex(10)}-${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}-000000`;
    const headers = [['From', FROM], ['To', to], ['Subject', subject], ['MIME-Version', '1.0'], ['Content-Type', `multipart/alternative; boundary="----=_Part_${rng.int(100000, 999999)}_${rng.int(100000000, 999999999)}.${e.t - 2000}"`], ...(e.extraHeaders ?? [])];
    return { timestamp: `${iso(e.sent ?? e.t - (e.reacted ? rng.int(60, 5400) * 1000 : rng.int(800, 2500)))}`, source: FROM, sourceArn: `arn:aws:ses:eu-central-1:${ACCOUNT}:identity/kvitas.example`, sendingAccountId: ACCOUNT, messageId: id, destination: [to], headersTruncated: false, headers: headers.map(([name, value]) => ({ name, value })), commonHeaders: { from: [FROM], to: [to], messageId: id, subject }, tags: { 'ses:operation': ['SendEmail'], 'ses:configuration-set': ['kvitas-transakciniai'], 'ses:source-ip': ['10.0.3.14'], 'ses:from-domain': ['kvitas.example'], 'ses:caller-identity': ['kvitas-mailer'], 'ses:outgoing-ip': [`69.169.${rng.int(224, 239)}.${rng.int(1, 254)}`], tipas: [e.kind ?? 'saskaita'] } };
  };
  const render = (e, rng) => {
    const types = e.types ?? [e.type ?? 'Delivery'];
    return types.map((type, i) => {
      const t = e.t + i * rng.int(700, 4000);
      const mail = mailOf({ ...e, t, reacted: type === 'Click' || type === 'Open' }, rng);
      const ev = { eventType: type, mail };
      if (type === 'Send') ev.send = {};
      if (type === 'Delivery') ev.delivery = { timestamp: iso(t), processingTimeMillis: rng.int(300, 2400), recipients: mail.destination, smtpResponse: `250 2.0.0 OK  ${sec(t)} ${rng.alnum(6)}.${rng.int(100, 999)} - gsmtp`, reportingMTA: `b224-${rng.int(1, 30)}.smtp-out.eu-central-1.amazonses.com` };
      if (type === 'Open') ev.open = { timestamp: iso(t), userAgent: rng.pick(BROWSERS), ipAddress: ltIp(rng) };
      if (type === 'Click') ev.click = { timestamp: iso(t), ipAddress: ltIp(rng), userAgent: rng.pick(BROWSERS), link: e.link, linkTags: { nuoroda: [e.linkTag ?? 'saskaita'] } };
      if (type === 'Bounce') ev.bounce = { feedbackId: e.feedbackId ?? `010701${rng.hex(10)}-${rng.uuid()}-000000`, bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: [{ emailAddress: mail.destination[0], action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 <' + mail.destination[0] + '>: Recipient address rejected: User unknown' }], timestamp: iso(t), reportingMTA: 'dsn; b224-7.smtp-out.eu-central-1.amazonses.com' };
      return JSON.stringify(ev);
    });
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ type: 'Delivery' }),
      () => ({ type: 'Open' }),
      () => ({ type: 'Click', link: `https://${KV_APP}/saskaitos/${saskaita(rng)}/pdf`, linkTag: 'pdf' }),
      () => ({ type: 'Send' }),
    ])();
  const steps = [
    5,
    plant('negative', 'ses-mail-messageId', 'none', "An SES `messageId` (in `mail.messageId` and `commonHeaders.messageId`): a message identifier, no credential.", ({ rng }) => {
      const id = `010701${rng.hex(10)}-${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}-000000`;
      return { value: id, event: { type: 'Delivery', messageId: id } };
    }),
    5,
    plant('path-secret', 'ses-send-header-list-unsubscribe-raktas', 'error', "The newsletter's one-click `List-Unsubscribe` link (`/atsisakyti?raktas=<key>`, an HMAC of the subscriber) reads the subscriber's address and changes their subscriptions without sign-in and without expiry: a capability link. SES keeps the original headers in each event of the message: the Send event and, again, the Delivery event.", ({ rng }) => {
      const key = rng.b64url(43);
      const id = `010701${rng.hex(10)}-${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}-000000`;
      return { value: key, event: { types: ['Send', 'Delivery'], messageId: id, kind: 'naujienlaiskis', subject: 'Kvitas naujienos: PVM sąskaitos nuo gegužės', extraHeaders: [['List-Unsubscribe', `<https://${KV}/atsisakyti?raktas=${key}>`], ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click']] } };
    }),
    5,
    plant('path-secret', 'ses-click-link-slaptazodis-atkurti', 'error', WHY.pathSecret('A password reset link `/slaptazodis/atkurti/<token>` as the `link` of a Click event (SES records the original link behind its click tracking)'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { type: 'Click', kind: 'slaptazodis', subject: 'Slaptažodžio atkūrimas', link: `https://${KV_APP}/slaptazodis/atkurti/${tok}`, linkTag: 'atkurimas' } };
    }),
    5,
    plant('embed-jwt', 'ses-click-link-iterpti-ataskaita-expired', 'note', "The monthly report e-mail links the embeddable report `/iterpti/ataskaita/<JWT>`; the recipient clicked it three days after the token expired (the click's `timestamp`).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: 86400 * 4 + rng.int(600, 7200), jti: true, claims: { imone: `im_${rng.lowerNum(10)}`, ataskaita: '2027-03', rodinys: 'suvestine' } });
      return { value: token, jwt: facts, event: { type: 'Click', kind: 'ataskaita', subject: 'Kovo mėnesio suvestinė', sent: t - 4 * 86400 * 1000, link: `https://${KV_APP}/iterpti/ataskaita/${token}`, linkTag: 'ataskaita' } };
    }),
    5,
    plant('session-id', 'ses-click-link-saskaitos-sesija', 'error', WHY.session("The invoice notification's \"view invoice\" link signs the customer in with `?sesija=<id>`, recorded as a Click event's `link`"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { type: 'Click', kind: 'saskaita', link: `https://${KV_APP}/saskaitos/${saskaita(rng)}?sesija=${sid}`, linkTag: 'perziura' } };
    }),
    5,
    plant('negative', 'ses-bounce-feedbackId', 'none', "A bounce's `feedbackId`: an identifier of the bounce notification, no credential.", ({ rng }) => {
      const fid = `010701${rng.hex(10)}-${rng.uuid()}-000000`;
      return { value: fid, event: { type: 'Bounce', feedbackId: fid, to: 'senas.adresas@imone-xyz.example' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 5 * HOUR, site: { host: KV }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// alerts.log: OSSEC 3.7's `/var/ossec/logs/alerts/alerts.log` on the manager (agents on the web and worker hosts): each
// alert `** Alert <epoch>.<offset>: - <groups>,`, `<yyyy Mmm dd HH:mm:ss> (<agent>) <agent ip>-><log file>`, `Rule: <id>
// (level <n>) -> '<description>'`, `Src IP:` or `User:` when decoded, the log line that fired it, and a blank line.
// https://www.ossec.net/docs/docs/formats/alerts.html (not fetched; public alerts.log samples read through search)

function ossecLog(rng) {
  let offset = 48000 + rng.int(0, 90000);
  const render = (e, rng) => {
    offset += rng.int(300, 2400);
    const lt = local(e.t, LT);
    const d = new Date(e.t + LT * MIN);
    const when = `${d.getUTCFullYear()} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${lt.slice(11, 19)}`;
    return [`** Alert ${sec(e.t)}.${offset}: - ${e.groups}`, `${when} (${e.agent}) ${e.agentIp}->${e.file}`, `Rule: ${e.rule} (level ${e.level}) -> '${e.desc}'`, ...(e.src ? [`Src IP: ${e.src}`] : []), ...(e.user ? [`User: ${e.user}`] : []), e.full, ''];
  };
  const nginx = (e) => ({ groups: 'web,accesslog,', agent: 'web01', agentIp: '10.0.3.21', file: '/var/log/nginx/access.log', rule: 31101, level: 5, desc: 'Web server 400 error code.', src: e.ip, full: `${e.ip} - - [${clf(e.t, LT)}] "${e.method ?? 'GET'} ${e.path} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer ?? '-'}" "${e.ua}"` });
  const sys = (t, host, prog, msg) => `${syslogTime(t, LT)} ${host} ${prog}: ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => nginx({ t, ip: ltIp(rng), path: rng.pick(['/wp-login.php', '/.env', '/xmlrpc.php', `/saskaitos/${saskaita(rng)}/pdf`, '/phpmyadmin/']), status: rng.pick([404, 404, 403]), bytes: rng.int(150, 600), ua: rng.pick(['Mozilla/5.0 zgrab/0.x', BROWSERS[3], 'python-requests/2.32.5']) }),
      () => { const ip = `${rng.int(40, 220)}.${rng.int(1, 254)}.${rng.int(1, 254)}.${rng.int(1, 254)}`; return { groups: 'syslog,sshd,authentication_failed,', agent: 'web01', agentIp: '10.0.3.21', file: '/var/log/auth.log', rule: 5716, level: 5, desc: 'SSHD authentication failed.', src: ip, user: 'root', full: sys(t, 'web01', `sshd[${rng.int(10000, 60000)}]`, `Failed password for root from ${ip} port ${rng.int(30000, 65000)} ssh2`) }; },
      () => ({ groups: 'ossec,syscheck,', agent: 'worker01', agentIp: '10.0.3.31', file: 'syscheck', rule: 550, level: 7, desc: 'Integrity checksum changed.', full: `Integrity checksum changed for: '/etc/kvitas/worker.yml'` }),
    ])();
  const steps = [
    2,
    plant('negative', 'ossec-sshd-publickey-fingerprint', 'none', "An SSH key's fingerprint (`SHA256:…`) in sshd's `Accepted publickey` line: it identifies a public key, no credential.", ({ rng, t }) => {
      const fp = rng.bytes(32).toString('base64').replace(/=+$/, '');
      return { value: fp, event: { groups: 'syslog,sshd,authentication_success,', agent: 'web01', agentIp: '10.0.3.21', file: '/var/log/auth.log', rule: 5715, level: 3, desc: 'SSHD authentication success.', src: '203.0.113.58', user: 'deploy', full: sys(t, 'web01', `sshd[${rng.int(10000, 60000)}]`, `Accepted publickey for deploy from 203.0.113.58 port ${rng.int(30000, 65000)} ssh2: ED25519 SHA256:${fp}`) } };
    }),
    2,
    plant('id-token', 'ossec-nginx-line-atsijungti-id_token_hint-expired', 'note', "A sign-out whose `id_token_hint` had expired two hours before got a 400, so OSSEC's rule 31101 quotes the access log line: the ID token is in the alert (note: expired when logged).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 7200 + rng.int(30, 900), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://prisijungimas.${KV}/`, aud: 'kvitas-web', sub: `usr_${rng.lowerNum(12)}`, sid: rng.uuid() } });
      return { value: token, jwt: facts, event: nginx({ t, ip: ltIp(rng), path: `/atsijungti?id_token_hint=${token}&post_logout_redirect_uri=${encodeURIComponent(`https://${KV}/`)}`, status: 400, bytes: 166, referer: `https://${KV_APP}/`, ua: BROWSERS[1] }) };
    }),
    2,
    plant('api-key-name', 'ossec-nginx-line-api_raktas', 'error', `${WHY.apiKey('api_raktas')} An accountant's export script calls an endpoint its key may not use (403), and rule 31101 quotes the access log line with the key in the query.`, ({ rng, t }) => {
      const key = `kv_${rng.alnum(40)}`;
      return { value: key, event: nginx({ t, ip: ltIp(rng), path: `/api/v1/eksportas/darbuotojai?formatas=csv&api_raktas=${key}`, status: 403, bytes: 92, ua: 'python-requests/2.32.5' }) };
    }),
    2,
    plant('refresh-token', 'ossec-rule-1002-app-error-refresh_token', 'error', `${WHY.refresh} OSSEC's generic rule 1002 fires on any syslog line with "error" in it: the bank sync worker's ERROR line quotes the refresh token it failed to use.`, ({ rng, t }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { groups: 'syslog,errors,', agent: 'worker01', agentIp: '10.0.3.31', file: '/var/log/syslog', rule: 1002, level: 2, desc: 'Unknown problem somewhere in the system.', full: sys(t, 'worker01', `kvitas-bankas[${rng.int(1000, 9000)}]`, `ERROR banko sinchronizavimas: nepavyko atnaujinti prieigos rakto (refresh_token=${rt}): invalid_grant`) } };
    }),
    2,
    plant('header-dump', 'ossec-sudo-command-httpie-authorization-token', 'error', "Rule 5402 quotes sudo's line for a command run as root: an HTTPie call whose `Authorization:Token <40 hex>` header is in `COMMAND=` (sudo joins the arguments with spaces).", ({ rng, t }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { groups: 'syslog,sudo,', agent: 'worker01', agentIp: '10.0.3.31', file: '/var/log/auth.log', rule: 5402, level: 3, desc: 'Successful sudo to ROOT executed.', user: 'root', full: sys(t, 'worker01', 'sudo', `   tomas : TTY=pts/1 ; PWD=/home/tomas ; USER=root ; COMMAND=/usr/bin/http --ignore-stdin POST https://${KV_API}/vidinis/v1/eilutes/pakartoti Authorization:Token ${tok} eile=bankas`) } };
    }),
    2,
    plant('encoded', 'ossec-nginx-line-grizti-percent-encoded-api_raktas', 'error', "The sign-in page's `grizti=` carries an export URL percent-encoded once (`%3Fapi_raktas%3D<key>`); the 400 made rule 31101 quote the line. One decoding away.", ({ rng, t }) => {
      const key = `kv_${rng.alnum(40)}`;
      return { value: key, event: nginx({ t, ip: ltIp(rng), path: `/prisijungti?grizti=${encodeURIComponent(`/api/v1/ataskaitos/pvm?metai=2027&api_raktas=${key}`)}`, status: 400, bytes: 166, ua: BROWSERS[0] }) };
    }),
    2,
    plant('negative', 'ossec-sudo-command-token-file', 'none', 'A sudo command that names the file holding a token (`--token-file /etc/kvitas/…`): a path, no value.', ({ t }) => ({ value: '--token-file /etc/kvitas/bankas.token', event: { groups: 'syslog,sudo,', agent: 'worker01', agentIp: '10.0.3.31', file: '/var/log/auth.log', rule: 5402, level: 3, desc: 'Successful sudo to ROOT executed.', user: 'root', full: sys(t, 'worker01', 'sudo', `   tomas : TTY=pts/1 ; PWD=/home/tomas ; USER=root ; COMMAND=/opt/kvitas/bin/kvitas-bankas sinchronizuoti --token-file /etc/kvitas/bankas.token --nuo ${ldt(t, LT).slice(0, 10)}`) } })),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 5 * HOUR, site: { host: KV }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// minion: a Salt 3007 minion's log (`/var/log/salt/minion`, `log_level_logfile: info`, the default `log_fmt_logfile`
// `%(asctime)s,%(msecs)03d [%(name)-17s:%(lineno)-4d][%(levelname)-8s][%(process)d] %(message)s`, local time) during
// `state.apply` runs from the master: the job lines, each state's `Running state [<name>] at time …`, `Executing state
// <fun> for [<name>]`, cmdmod's `Executing command '<cmd>' in directory '/root'`, the state's return dict, `Completed
// state […] at time … (duration_in_ms=…)`, and cmdmod's ERROR lines when a command fails. https://docs.saltproject.io/en/latest/ref/configuration/logging/index.html
// (not fetched); the cmdmod and state lines read in public issues of saltstack/salt through search

function saltLog(rng) {
  let pid = 20400 + rng.int(0, 500);
  const minionPid = 1187;
  const row = (t, name, lineno, level, p, msg) => `${ldt(t, LT)},${pad(Math.floor(t % 1000), 3)} [${name.padEnd(17, ' ')}:${String(lineno).padEnd(4, ' ')}][${level.padEnd(8, ' ')}][${p}] ${msg}`;
  const clock = (t) => `${local(t, LT).slice(11, 23)}${digits(rng, 3)}`;
  const render = (e, rng) => {
    if (e.job) {
      pid += rng.int(3, 40);
      const lines = [row(e.t, 'salt.minion', 1720, 'INFO', minionPid, `User root Executing command ${e.fun ?? 'state.apply'} with jid ${e.job}`), row(e.t + 3, 'salt.minion', 1727, 'INFO', minionPid, `Starting a new job ${e.job} with PID ${pid}`)];
      if (e.quick) lines.push(row(e.t + 40, 'salt.minion', 2158, 'INFO', pid, `Returning information for job: ${e.job}`));
      return lines;
    }
    if (e.done) return [row(e.t, 'salt.minion', 2158, 'INFO', pid, `Returning information for job: ${e.done}`)];
    const out = [];
    let t = e.t;
    const t0 = e.t;
    const add = (...args) => {
      out.push(row(t, ...args));
      t += rng.int(1, 40);
    };
    add('salt.state', 2288, 'INFO', pid, `Running state [${e.name}] at time ${clock(t)}`);
    add('salt.state', 2319, 'INFO', pid, `Executing state ${e.fun ?? 'cmd.run'} for [${e.name}]`);
    if ((e.fun ?? 'cmd.run') === 'cmd.run') {
      add('salt.loaded.int.module.cmdmod', 438, 'INFO', pid, `Executing command ${pyStr(e.name)} in directory '/root'`);
      t += e.ms ?? rng.int(200, 4000);
      if (e.retcode) {
        add('salt.loaded.int.module.cmdmod', 847, 'ERROR', pid, `Command ${pyStr(e.name)} failed with return code: ${e.retcode}`);
        if (e.stdout) add('salt.loaded.int.module.cmdmod', 851, 'ERROR', pid, `stdout: ${e.stdout}`);
        if (e.stderr) add('salt.loaded.int.module.cmdmod', 853, 'ERROR', pid, `stderr: ${e.stderr}`);
        add('salt.loaded.int.module.cmdmod', 855, 'ERROR', pid, `retcode: ${e.retcode}`);
        add('salt.state', 325, 'ERROR', pid, py({ pid: rng.int(21000, 29999), retcode: e.retcode, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }));
      } else {
        add('salt.state', 328, 'INFO', pid, py({ pid: rng.int(21000, 29999), retcode: 0, stdout: e.stdout ?? '', stderr: '' }));
      }
    } else {
      add('salt.state', 328, 'INFO', pid, e.comment);
    }
    add('salt.state', 2480, 'INFO', pid, `Completed state [${e.name}] at time ${clock(t)} (duration_in_ms=${t - t0}.${rng.int(100, 999)})`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ fun: 'pkg.installed', name: rng.pick(['nginx', 'python3-venv', 'postgresql-client-16', 'jq']), comment: 'All specified packages are already installed' }),
      () => { const f = rng.pick(['/etc/nginx/sites-available/kvitas.conf', '/etc/systemd/system/kvitas-bankas.service', '/etc/logrotate.d/kvitas']); return { fun: 'file.managed', name: f, comment: `File ${f} is in the correct state` }; },
      () => ({ fun: 'service.running', name: rng.pick(['nginx', 'kvitas-api', 'kvitas-bankas']), comment: 'The service is already running' }),
      () => ({ name: 'systemctl daemon-reload', stdout: '' }),
    ])();
  const jid = (t) => `${local(t, LT).replace(/[-T:.Z]/g, '').slice(0, 14)}${digits(rng, 6)}`;
  const j1 = jid(DAY0 + 24 * HOUR + 3 * HOUR);
  const j0 = jid(DAY0 + 24 * HOUR + 3 * HOUR - 40 * 1000);
  const steps = [
    plant('negative', 'salt-job-jid', 'none', "A Salt job id (`jid`, a timestamp with microseconds) on a `test.ping` job's start and return lines: no credential.", () => ({ value: j0, event: { job: j0, fun: 'test.ping', quick: true } })),
    { raw: { job: j1 }, after: 40 },
    3,
    plant('api-key-name', 'salt-cmd-run-pip-index-url-userinfo-password', 'error', "A `pip install` run by `cmd.run` with the private package index's token as the password of the URL's userinfo (`https://__token__:<password>@…`), labeled like a key under a name, as earlier parts label a password in a URL: the state's name is the command, so Salt writes it on the state's four lines. Long-lived.", ({ rng }) => {
      const pw = `pypi-${rng.b64url(44)}`;
      return { value: pw, event: { name: `/opt/kvitas/venv/bin/pip install --quiet --index-url https://__token__:${pw}@pypi.kvitas.example/simple/ kvitas-core==3.14.2`, stdout: '' } };
    }),
    3,
    plant('negative', 'salt-file-managed-source-hash', 'none', "A release archive's `source_hash` (its SHA-256) in a state's comment: a checksum, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { fun: 'archive.extracted', name: '/opt/kvitas/releases/3.14.2', comment: `sha256=${h} matches the cached archive /var/cache/salt/minion/extrn_files/base/releases.kvitas.example/kvitas-3.14.2.tar.gz; /opt/kvitas/releases/3.14.2 is already extracted` } };
    }),
    3,
    plant('framework-dump', 'salt-state-return-dict-stdout-db-slaptazodis', 'error', "A state renders the service's environment and prints it for a check; Salt writes the `cmd.run` return as a Python dict, the rendered `KVITAS_DB_SLAPTAZODIS` (the database password) inside `stdout`.", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { name: '/opt/kvitas/venv/bin/kvitas-konfig render --aplinka production --spausdinti', stdout: `KVITAS_DB_HOST=db01.kvitas.lan\nKVITAS_DB_VARTOTOJAS=kvitas\nKVITAS_DB_SLAPTAZODIS=${pw}\nKVITAS_REDIS=redis://10.0.3.40:6379/2` } };
    }),
    3,
    plant('refresh-token', 'salt-cmdmod-stderr-refresh_token', 'error', `${WHY.refresh} The post-deploy bank sync fails; cmdmod's \`stderr:\` line and then the state's return dict write the sync tool's error, which quotes the refresh token.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { name: '/opt/kvitas/venv/bin/kvitas-bankas sinchronizuoti --vienkartinis', retcode: 2, stderr: `Klaida: nepavyko atnaujinti prieigos rakto su refresh_token=${rt} (invalid_grant)` } };
    }),
    3,
    plant('webhook', 'salt-cmd-run-hc-ping-url', 'error', WHY.webhook("A Healthchecks.io ping URL (`https://hc-ping.com/<uuid>`, the uuid its only secret) in a `cmd.run` that reports the deploy: written on the state's four lines"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { name: `curl -fsS -m 10 --retry 5 -o /dev/null https://hc-ping.com/${id}`, stdout: '' } };
    }),
    2,
    { raw: { done: j1 } },
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 3 * HOUR, site: { host: KV }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// chucker-kvitas-android.txt: the Kvitas Android app's debug build with Chucker 4.1 (redactHeaders("Authorization",
// "Cookie")), all HTTP transactions shared as text by a tester for a bug report: `/* Export Start */`, each transaction
// (`URL:`, `Method:`, `Protocol:`, `Status:`, `Response:`, `SSL:`, `Request time:` and `Response time:` as Java's
// Date.toString, `Duration:`, sizes, `---------- Request ----------`, headers `name: value`, the body formatted (JSON by
// Gson with two spaces, form bodies URL-decoded one `key: value` a line), `---------- Response ----------`), separated by
// `==================`, then `/*  Export End  */`. https://github.com/ChuckerTeam/chucker (TransactionDetailsSharable.kt,
// TransactionListDetailsSharable.kt, FormatUtils.kt and strings.xml, read)

function chuckerLog(rng) {
  const javaDate = (ms) => {
    const d = new Date(ms + LT * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 19)} EEST ${d.getUTCFullYear()}`;
  };
  const size = (n) => (n < 1000 ? `${n} B` : `${(n / 1000).toFixed(1)} kB`);
  const gson = (v) => JSON.stringify(v, null, 2);
  const render = (e) => {
    if (e.prefix) return ['/* Export Start */'];
    if (e.postfix) return ['/*  Export End  */'];
    const url = `https://${e.host ?? KV_API}${e.path}`;
    const reqBody = e.form ? e.form.map(([k, v]) => `${k}: ${v}`).join('\n') : e.json ? gson(e.json) : '';
    const respBody = e.respJson === null ? '' : gson(e.respJson ?? { ok: true });
    const reqSize = Buffer.byteLength(e.form ? e.form.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&') : e.json ? JSON.stringify(e.json) : '');
    const respSize = Buffer.byteLength(e.respJson === null ? '' : JSON.stringify(e.respJson ?? { ok: true }));
    const reqHeaders = [...(e.auth === false ? [] : [['Authorization', '**']]), ...(e.form ? [['Content-Type', 'application/x-www-form-urlencoded']] : e.json ? [['Content-Type', 'application/json; charset=UTF-8']] : []), ['Accept-Language', 'lt-LT'], ['X-Programeles-Versija', '5.8.1 (5081)'], ...(e.reqHeaders ?? [])];
    const respHeaders = [['date', httpDate(e.t + e.ms)], ...(e.respJson === null ? [['content-length', '0']] : [['content-type', 'application/json']]), ...(e.respHeaders ?? []), ['strict-transport-security', 'max-age=63072000']];
    const sep = e.first ? [] : ['=================='];
    return [
      ...sep,
      `URL: ${url}`,
      `Method: ${e.method ?? 'GET'}`,
      'Protocol: h2',
      'Status: Complete',
      `Response: ${e.resp ?? '200 '}`,
      'SSL: Yes',
      '',
      `Request time: ${javaDate(e.t)}`,
      `Response time: ${javaDate(e.t + e.ms)}`,
      `Duration: ${e.ms} ms`,
      '',
      `Request size: ${size(reqSize)}`,
      `Response size: ${size(respSize)}`,
      `Total size: ${size(reqSize + respSize)}`,
      '',
      '---------- Request ----------',
      '',
      ...reqHeaders.map(([k, v]) => `${k}: ${v}`),
      '',
      ...(reqBody ? reqBody.split('\n') : ['']),
      '',
      '---------- Response ----------',
      '',
      ...respHeaders.map(([k, v]) => `${k}: ${v}`),
      '',
      ...(respBody ? respBody.split('\n') : ['']),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/api/v1/saskaitos?puslapis=${rng.int(1, 4)}&dydis=20`, respJson: { saskaitos: [{ numeris: saskaita(rng), suma: `${rng.int(20, 900)}.00`, busena: 'apmoketa' }], viso: rng.int(20, 300) }, ms: rng.int(60, 400) }),
      () => ({ path: `/api/v1/saskaitos/${saskaita(rng)}`, respJson: { numeris: saskaita(rng), pirkejas: 'UAB „Medis“', suma: `${rng.int(20, 900)}.00`, pvm: '21', busena: 'issiusta' }, ms: rng.int(60, 400) }),
      () => ({ path: '/api/v1/klientai?paieska=medis', respJson: { klientai: [{ id: rng.int(100, 9000), pavadinimas: 'UAB „Medis“', kodas: digits(rng, 9) }] }, ms: rng.int(60, 400) }),
    ])();
  const steps = [
    { raw: { prefix: true } },
    plant('framework-dump', 'chucker-form-body-slaptazodis', 'error', "Chucker writes a form body URL-decoded, one `key: value` a line: the tester's sign-in form puts the account's `slaptazodis` (password) on a line of its own.", ({ rng }) => {
      const pw = `${rng.alnum(12)}${digits(rng, 2)}!`;
      return { value: pw, event: { first: true, method: 'POST', path: '/api/v1/prisijungti', auth: false, form: [['el_pastas', 'testuotojas+android@kvitas.example'], ['slaptazodis', pw], ['irenginys', 'Pixel 9a']], respJson: { vartotojas: `usr_${rng.lowerNum(12)}`, reikia_2fa: false }, ms: rng.int(80, 300) } };
    }),
    plant('oauth-code', 'chucker-form-body-google-code', 'warning', `${WHY.code} The app hands Google's sign-in code to the back end as a form; Chucker writes the decoded \`code: 4/0A…\` and the \`state\` on lines of their own.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, event: { method: 'POST', path: '/api/v1/prisijungti/google', auth: false, form: [['code', code], ['state', rng.b64url(22)], ['redirect_uri', 'com.kvitas.android:/oauth2redirect']], respJson: { vartotojas: `usr_${rng.lowerNum(12)}`, naujas: false }, ms: rng.int(200, 700) } };
    }),
    plant('refresh-token', 'chucker-response-json-refresh_token', 'error', `${WHY.refresh} The device registration answers with the device's \`refresh_token\` (the app fetches short access tokens with it); Chucker pretty-prints the response body, the token on its own line.`, ({ rng }) => {
      const rt = `kvrt_${rng.b64url(48)}`;
      return { value: rt, event: { method: 'POST', path: '/api/v1/irenginiai/registruoti', json: { modelis: 'Pixel 9a', os: 'Android 16', programele: '5.8.1' }, respJson: { irenginys: `dev_${rng.lowerNum(16)}`, refresh_token: rt, galioja_iki: '2027-10-14T09:00:00Z' }, ms: rng.int(80, 300) } };
    }),
    2,
    plant('negative', 'chucker-response-header-x-request-id', 'none', 'A response `x-request-id` (a UUID): no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { path: '/api/v1/profilis', respHeaders: [['x-request-id', v]], respJson: { vardas: 'Testuotojas', imone: 'UAB „Medis“' }, ms: rng.int(60, 300) } };
    }),
    2,
    plant('session-id', 'chucker-response-set-cookie-kvitas_sesija', 'error', WHY.session("The web view's handoff answers with `set-cookie: kvitas_sesija=<id>` (Chucker redacts the request's `Cookie`, not the response's `set-cookie`)"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { path: '/api/v1/ziniatinklis/perduoti', method: 'POST', json: { tikslas: '/saskaitos/nauja' }, respHeaders: [['set-cookie', `kvitas_sesija=${sid}; Path=/; Domain=kvitas.example; Secure; HttpOnly; SameSite=Lax`]], respJson: { nukreipti: `https://${KV_APP}/saskaitos/nauja` }, ms: rng.int(60, 300) } };
    }),
    2,
    plant('implicit-fragment', 'chucker-response-location-access_token', 'error', "The bank-linking handoff (redirects off in the app's client) answers 302 with `location: …#access_token=<token>`: Chucker keeps response headers.", ({ rng }) => {
      const tok = `kvat_${rng.alnum(40)}`;
      return { value: tok, event: { path: `/api/v1/bankai/susieti?bankas=swedbank`, resp: '302 ', respJson: null, respHeaders: [['location', `https://${KV_APP}/bankai/susieta#access_token=${tok}&token_type=Bearer&expires_in=3600`]], ms: rng.int(100, 500) } };
    }),
    2,
    plant('api-key-name', 'chucker-request-header-x-api-raktas', 'error', `${WHY.apiKey('X-Api-Raktas')} The accountant's personal integration key, which the app sends for the bookkeeping export as a header Chucker does not redact.`, ({ rng }) => {
      const key = `kv_${rng.alnum(40)}`;
      return { value: key, event: { path: '/api/v1/eksportas/buhalterija?laikotarpis=2027-03', reqHeaders: [['X-Api-Raktas', key]], respJson: { failas: `https://${KV_APP}/atsisiusti/eksportas-2027-03.zip`, eilutes: rng.int(40, 900) }, ms: rng.int(200, 900) } };
    }),
    2,
    plant('negative', 'chucker-response-etag', 'none', 'A response `etag` (a hash of the representation): no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { path: '/api/v1/nustatymai', respHeaders: [['etag', `"${v}"`]], respJson: { kalba: 'lt', valiuta: 'EUR' }, ms: rng.int(40, 200) } };
    }),
    1,
    { raw: { postfix: true } },
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 9 * HOUR, site: { host: KV_API }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout32');
writePart(join(here, 'heldout32'), {
  'chrome-net-export-log.json': netExportLog(rng),
  'mvn-verify-contract-tests.log': restAssuredLog(rng),
  'gate-service.log': gateServiceLog(rng),
  'icinga2.log': icingaLog(rng),
  full: asteriskLog(rng),
  'FailedReqLogFiles-W3SVC2.xml': frebLog(rng),
  'audit.log': perconaLog(rng),
  'fw-split-01.log': sophosLog(rng),
  'vllm-asistent.log': vllmLog(rng),
  'telegraf.log': telegrafLog(rng),
  'kvitas-ses-events-1-2027-04-14-05-08-12-6c1f0d2e': sesLog(rng),
  'alerts.log': ossecLog(rng),
  minion: saltLog(rng),
  'chucker-kvitas-android.txt': chuckerLog(rng),
});
