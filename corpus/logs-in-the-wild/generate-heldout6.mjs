// Writes corpus/logs-in-the-wild/heldout6/: a sixth held-out part, in formats no other part uses (uWSGI's request log,
// Tornado's access log, aiohttp's access log through Python logging's default format, Go chi's middleware.Logger, Go
// Echo's JSON logger, actix-web through env_logger, Express 4 under `DEBUG=express:*`, ASP.NET Core's simple console
// formatter on single lines, Puma with Rack::CommonLogger, Sidekiq 7, Azure Functions Core Tools host output, AWS
// AppSync request logs through `aws logs tail`, Azure API Management GatewayLogs, Cloud Foundry gorouter through
// `cf logs`), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout6.mjs     rewrites heldout6/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes, `alg: none` tokens have an empty signature. The log builder
// (labels, repeat lines, the check that no planted value is on an unlabeled line) is build-log.mjs, shared with the
// other generators.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64urlOf, clf, factsAt, jwt, logBuilder, plant, Random, requestMaker, sec, target, writePart, WHY } from './build-log.mjs';
import { DAYS, DIGITS, digits, iso, LOWER, MONTHS, pad, UPPER } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values.


// ---------------------------------------------------------------------------------------------------------------------
// Ordinary traffic.

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
  'Mozilla/5.0 (Linux; Android 16; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
];
const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'axios/1.13.2', 'Faraday v2.14.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 3, 6, 0, 0);

/** C's asctime(): `Thu Dec  3 07:14:02 2026` (uWSGI). */
function asctime(ms) {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(ms).slice(11, 19)} ${d.getUTCFullYear()}`;
}
/** RFC 3339 in UTC with nanoseconds. */
const nanos = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;
/** .NET's seven fractional digits. */
const ticks = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 4)}Z`;
const space = (ms) => iso(ms).slice(0, 23).replace('T', ' ');

// ---------------------------------------------------------------------------------------------------------------------
// uwsgi.log: uWSGI's default request log line (`[pid: …|app: …|req: …/…] <addr> () {<n> vars in <n> bytes} [<asctime>]
// <METHOD> <uri> => generated <n> bytes in <n> msecs (HTTP/1.1 <status>) <n> headers in <n> bytes (<n> switches on core
// <n>)`), an emperor serving a Django site with Postorius (Mailman 3) and a Plone site; local time is UTC.
// https://uwsgi-docs.readthedocs.io/en/latest/LogFormat.html

function uwsgiLog(rng) {
  const pids = [rng.int(2000, 2999), rng.int(3000, 3999), rng.int(4000, 4999)];
  const counts = new Map();
  const render = (e, rng) => {
    const pid = rng.pick(pids);
    const n = (counts.get(pid) ?? 0) + 1;
    counts.set(pid, n);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return [`[pid: ${pid}|app: 0|req: ${n}/${total}] ${e.ip} () {${rng.int(36, 48)} vars in ${rng.int(600, 1400)} bytes} [${asctime(e.t)}] ${e.method} ${target(e)} => generated ${e.bytes} bytes in ${e.ms} msecs (HTTP/1.1 ${e.status}) ${rng.int(3, 9)} headers in ${rng.int(120, 400)} bytes (1 switches on core 0)`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/mailman3/lists/', query: `count=${rng.pick([10, 25, 50])}&page=${rng.int(1, 4)}` }),
      () => ({ path: `/hyperkitty/list/${rng.pick(['users', 'devel', 'announce'])}@lists.osprey-u.example/` }),
      () => ({ path: `/static/CACHE/css/output.${rng.hex(12)}.css`, bytes: rng.int(9000, 40000) }),
      () => ({ path: '/api/v1/birds/', query: `family=${rng.pick(['accipitridae', 'falconidae', 'strigidae'])}` }),
      () => ({ path: '/plone/news/@@search', query: `SearchableText=${rng.pick(['migration', 'ringing', 'osprey'])}` }),
    ])();
  const steps = [
    8,
    plant('oauth-code', 'twitch-code-before-scope', 'warning', `${WHY.code} Twitch's 30-character code, followed by the granted \`scope\` and the state (django-allauth's Twitch provider callback).`, ({ rng }) => {
      const code = rng.lowerNum(30);
      return { value: code, event: { path: '/accounts/twitch/login/callback/', query: `code=${code}&scope=user%3Aread%3Aemail&state=${rng.alnum(12)}`, status: 302, bytes: 0 } };
    }),
    6,
    plant('negative', 'drf-cursor-base64', 'none', "Django REST framework's CursorPagination `cursor=` (base64 of `o=…&p=<position>`): where the next page starts, no credential.", ({ rng }) => {
      const cursor = Buffer.from(`o=1&p=${iso(DAY0 - rng.int(1, 90) * 86400000).replace('T', '+').slice(0, 19)}`).toString('base64').replace(/=+$/, '');
      return { value: cursor, needle: `cursor=${cursor}`, event: { path: '/api/v1/sightings/', query: `cursor=${cursor}` } };
    }),
    6,
    plant('path-secret', 'postorius-list-confirm-token', 'error', WHY.pathSecret("Postorius' subscription confirmation link (`/mailman3/lists/<list>/confirm/?token=<40 hex>`): whoever follows it confirms, or unsubscribes, the address"), ({ rng }) => {
      const token = rng.hex(40);
      return { value: token, event: { path: '/mailman3/lists/ringing.lists.osprey-u.example/confirm/', query: `token=${token}`, bytes: 6120 } };
    }),
    6,
    plant('session-id', 'zope-browser-id-_ZopeId', 'error', WHY.session("Zope's browser id manager puts the session's browser id in the URL when cookies fail (`_ZopeId=<8 digits>A<base64>`)"), ({ rng }) => {
      const id = `${digits(rng, 8)}A${rng.chars(UPPER + LOWER + DIGITS, 10)}`;
      return { value: id, event: { path: '/plone/members/anna/edit', query: `_ZopeId=${id}`, bytes: 14200 } };
    }),
    6,
    plant('encoded', 'django-changelist-filters-double-encoded', 'error', "Django admin keeps the list filters of the page it came from in `_changelist_filters`, percent-encoded once more: a search query that pasted a URL carries `access_key%253D<key>`", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: `/admin/feeds/source/${rng.int(2, 90)}/change/`, query: `_changelist_filters=q%3Dhttps%253A%252F%252Fapi.tidewatch-u.example%252Fv2%252Ftides%253Fstation%253D${rng.int(1000, 9999)}%2526access_key%253D${key}`, bytes: 18200 } };
    }),
    6,
    plant('api-key-name', 'appKey-camel', 'error', `${WHY.apiKey('appKey')} A weather widget's server call passes its vendor key as \`appKey=<32 hex>\`.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: '/widgets/weather/', query: `lat=59.91&lon=10.75&appKey=${key}&units=metric` } };
    }),
    6,
    plant('negative', 'gravatar-md5-path', 'none', "A Gravatar-style avatar route (`/avatar/<md5 of the e-mail>?s=80&d=identicon`): a hash of an address, no credential.", ({ rng }) => {
      const hash = rng.hex(32);
      return { value: hash, event: { path: `/avatar/${hash}`, query: 's=80&d=identicon', bytes: rng.int(900, 4000) } };
    }),
    7,
  ];
  return buildLog(rng, { start: DAY0, site: { host: 'lists.osprey-u.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tornado.log: a Tornado 6 app with `tornado.options.parse_command_line()` logging (`[<L> <yymmdd> <HH:MM:SS>
// <module>:<line>] <message>`); tornado.access writes `<status> <METHOD> <uri> (<ip>) <ms>ms`, and an HTTPError with a
// log message first writes a tornado.general warning `<status> <METHOD> <uri> (<ip>): <message>`. Server time is UTC.
// https://www.tornadoweb.org/en/stable/log.html, https://www.tornadoweb.org/en/stable/web.html#tornado.web.HTTPError

function tornadoLog(rng) {
  const stamp = (t, level, where) => {
    const d = iso(t);
    return `[${level} ${d.slice(2, 4)}${d.slice(5, 7)}${d.slice(8, 10)} ${d.slice(11, 19)} ${where}]`;
  };
  const render = (e) => {
    const level = e.status >= 500 ? 'E' : e.status >= 400 ? 'W' : 'I';
    const lines = [];
    if (e.warning) lines.push(`${stamp(e.t, 'W', 'web:1873')} ${e.status} ${e.method} ${target(e)} (${e.ip}): ${e.warning}`);
    if (e.app) lines.push(`${stamp(e.t, e.appLevel ?? 'I', e.where ?? 'app:88')} ${e.app}`);
    else lines.push(`${stamp(e.t, level, 'web:2348')} ${e.status} ${e.method} ${target(e)} (${e.ip}) ${e.ms}.${pad(e.bytes % 100)}ms`);
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/static/app.js`, query: `v=${rng.hex(32)}` }),
      () => ({ path: '/api/stations', query: `near=${rng.int(50, 70)}.${rng.int(10, 99)},${rng.int(5, 30)}.${rng.int(10, 99)}` }),
      () => ({ path: `/api/stations/${rng.int(100, 999)}/readings`, query: `since=${sec(DAY0) - rng.int(100, 9000)}` }),
      () => ({ path: '/healthz', ip: '127.0.0.1' }),
      () => ({ method: 'POST', path: '/api/readings', status: 201 }),
    ])();
  const steps = [
    8,
    plant('negative', 'tornado-xsrf-cookie-value', 'none', "Tornado's `_xsrf` form field sent in a query (`2|<mask>|<masked token>|<time>`): an anti-forgery token, no credential.", ({ rng }) => {
      const xsrf = `2|${rng.hex(8)}|${rng.hex(32)}|${sec(DAY0) - rng.int(100, 9000)}`;
      return { value: xsrf, event: { method: 'POST', path: '/settings/alerts', query: `_xsrf=${xsrf}`, status: 302 } };
    }),
    6,
    plant('refresh-token', 'refresh_token-httperror-two-lines', 'error', `${WHY.refresh} A Dropbox-shaped refresh token in the query of a rejected GET (the HTTPError's warning line, then tornado.access's line of the same request)`, ({ rng }) => {
      const token = `${rng.alnum(11)}AAAAAAAAAA${rng.chars(UPPER + LOWER + DIGITS + '-_', 43)}`;
      return { value: token, event: { path: '/api/backup/link', query: `refresh_token=${token}&account=${rng.int(1000, 9999)}`, status: 403, warning: 'backup provider rejected the grant' } };
    }),
    6,
    plant('path-secret', 'email-login-token-path', 'error', WHY.pathSecret('A sign-in-by-e-mail link (`/auth/email/<token>`): it logs the mailbox owner in once'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { path: `/auth/email/${token}`, status: 302 } };
    }),
    6,
    plant('api-key-name', 'serviceKey-data-portal', 'error', `${WHY.apiKey('serviceKey')} A public-data portal's service key (\`serviceKey=\`, percent-encoded base64), forwarded in the query.`, ({ rng }) => {
      const key = rng.chars(UPPER + LOWER + DIGITS, 86);
      return { value: key, event: { path: '/api/upstream/air-quality', query: `serviceKey=${key}%3D%3D&returnType=json&numOfRows=100`, bytes: rng.int(3000, 9000) } };
    }),
    6,
    plant('header-dump', 'python-dict-x-figma-token', 'error', "The app's warning prints the headers dict it sent upstream: `{'X-Figma-Token': 'figd_…'}` (a Figma personal access token)", ({ rng }) => {
      const token = `figd_${rng.b64url(40)}`;
      return { value: token, event: { app: `upstream 403 from https://api.figma.com/v1/files/${rng.alnum(22)} headers={'User-Agent': 'tornado/6.5', 'X-Figma-Token': '${token}'}`, appLevel: 'W', where: 'design_sync:61' } };
    }),
    6,
    plant('negative', 'static-url-v-hash', 'none', "Tornado's `static_url()` version hash (`?v=<md5 of the file>`): a cache buster, no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, needle: `v=${v}`, event: { path: '/static/alerts.css', query: `v=${v}` } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'tern-t.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// aiohttp-access.log: Home Assistant-style aiohttp server with Python logging's default format (`basicConfig()`:
// `LEVEL:logger:message`, no time), so the time is aiohttp's default access format's `%t` (`%a %t "%r" %s %b
// "%{Referer}i" "%{User-Agent}i"`, `[03/Dec/2026:08:14:02 +0000]`).
// https://docs.aiohttp.org/en/stable/logging.html#format-specification, https://docs.python.org/3/library/logging.html#logging.basicConfig

function aiohttpLog(rng) {
  const host = 'hass.kittiwake-a.example';
  const render = (e) => [e.app ?? `INFO:aiohttp.access:${e.ip} [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/lovelace/0' }),
      () => ({ path: `/frontend_latest/app.${rng.hex(16)}.js`, bytes: rng.int(90000, 400000), referer: `https://${host}/lovelace/0` }),
      () => ({ path: '/api/websocket', status: 101, bytes: 0 }),
      () => ({ path: `/api/history/period/${iso(DAY0).slice(0, 19)}Z`, query: `filter_entity_id=sensor.${rng.pick(['outdoor_temp', 'humidity', 'power'])}&minimal_response` }),
      () => ({ path: '/manifest.json', referer: `https://${host}/` }),
      () => ({ method: 'POST', path: '/api/services/light/turn_on', ua: 'Home Assistant/2026.11 (io.robbie.HomeAssistant; build:2026.1101; iOS 26.1)' }),
    ])();
  const steps = [
    8,
    plant('oauth-code', 'nest-code-jwt-state', 'warning', `${WHY.code} Home Assistant's external OAuth callback for a Nest integration: Google's \`4/0A…\` code beside a JWT \`state\` (the flow id, signed by HA; no credential).`, ({ rng, t }) => {
      const code = `4/0A${rng.b64url(70)}`;
      const state = jwt(rng, t, { lifetime: 1800, age: 40, claims: { flow_id: rng.hex(32), redirect_uri: `https://${host}/auth/external/callback` } }).token;
      return { value: code, event: { path: '/auth/external/callback', query: `state=${state}&code=${code}&scope=https://www.googleapis.com/auth/sdm.service`, status: 200, referer: 'https://accounts.google.com/' } };
    }),
    6,
    plant('negative', 'entity-id-named-token', 'none', 'An entity id that names a token (`sensor.api_token_expiry`) in a history query: a name, no value.', () => ({
      value: 'filter_entity_id=sensor.api_token_expiry',
      event: { path: `/api/history/period/${iso(DAY0).slice(0, 19)}Z`, query: 'filter_entity_id=sensor.api_token_expiry&minimal_response' },
    })),
    6,
    plant('webhook', 'home-assistant-webhook-id', 'error', WHY.webhook("A Home Assistant webhook trigger (`/api/webhook/<webhook_id>`): unauthenticated by design, the id is the secret"), ({ rng }) => {
      const id = rng.hex(64);
      return { value: id, event: { method: 'POST', path: `/api/webhook/${id}`, ua: 'okhttp/5.3.0', bytes: 0 } };
    }),
    6,
    plant('replay', 'kiosk_ticket-opaque', 'note', WHY.ticketFirst('An opaque `kiosk_ticket` (a wall tablet trades it once for a dashboard session)'), ({ rng }) => {
      const ticket = rng.alnum(40);
      return { value: ticket, event: { path: '/kiosk/enroll', query: `kiosk_ticket=${ticket}`, status: 302, bytes: 0, ip: '192.0.2.41' } };
    }, { ref: 'kiosk' }),
    plant('replay', 'kiosk_ticket-opaque', 'replay', WHY.replay('kiosk_ticket', 95), ({ refs }) => ({
      value: refs.get('kiosk').value,
      event: { path: '/kiosk/enroll', query: `kiosk_ticket=${refs.get('kiosk').value}`, status: 302, bytes: 0, ip: '203.0.113.166', ua: BROWSERS[4] },
    }), { replayOf: 'kiosk', after: 95 }),
    6,
    plant('api-key-name', 'ha-ban-warning-api_password-untimed', 'error', `${WHY.apiKey('api_password')} Home Assistant's ban warning repeats the requested URL (\`Requested URL: '…?api_password=<password>'\`) of a script still using the legacy API password; Python logging's default format gives the line no time.`, ({ rng }) => {
      const password = rng.alnum(24);
      return { value: password, event: { app: `WARNING:homeassistant.components.http.ban:Login attempt or request with invalid authentication from 203.0.113.58 (203.0.113.58). Requested URL: '/api/states?api_password=${password}'. (python-requests/2.32.5)` } };
    }),
    6,
    plant('negative', 'indieauth-client-id-url', 'none', "IndieAuth's `client_id` is a URL (the companion app's site) and `redirect_uri` its callback: public identifiers, no credential.", () => ({
      value: 'client_id=https%3A%2F%2Fhome-assistant.io%2FiOS',
      event: { path: '/auth/authorize', query: 'response_type=code&client_id=https%3A%2F%2Fhome-assistant.io%2FiOS&redirect_uri=homeassistant%3A%2F%2Fauth-callback' },
    })),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host }, filler, render, steps, header: ['INFO:homeassistant.bootstrap:Home Assistant initialized in 9.41s', 'INFO:homeassistant.components.http:Now listening on port 8123'] });
}

// ---------------------------------------------------------------------------------------------------------------------
// chi.log: a Go service with chi's middleware.Logger (the standard `log` package's `2006/01/02 15:04:05` prefix, then
// `"<METHOD> <scheme>://<host><uri> <proto>" from <addr> - <status> <bytes>B in <duration>`), and its own log lines.
// https://pkg.go.dev/github.com/go-chi/chi/v5/middleware#Logger, https://pkg.go.dev/log

function chiLog(rng) {
  const host = 'maps-c.example';
  const goTime = (t) => iso(t).slice(0, 19).replace(/-/g, '/').replace('T', ' ');
  const render = (e) => [e.app ? `${goTime(e.t)} ${e.app}` : `${goTime(e.t)} "${e.method} https://${e.host}${target(e)} HTTP/2.0" from ${e.ip}:${e.port} - ${e.status} ${e.bytes}B in ${e.ms}.${pad(e.bytes % 1000, 3)}${pad(e.port % 1000, 3)}ms`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/tiles/v1/base', query: '', bytes: rng.int(2000, 30000) }),
      () => ({ path: `/tiles/v1/base/${rng.int(3, 14)}/${rng.int(0, 9000)}/${rng.int(0, 9000)}.pbf`, bytes: rng.int(2000, 60000) }),
      () => ({ path: '/geocode', query: `q=${rng.pick(['Tromso', 'Bodo', 'Alta'])}&limit=5` }),
      () => ({ path: '/healthz', ip: '10.4.0.1', bytes: 2 }),
      () => ({ path: '/style.json', query: `v=${rng.int(10, 99)}` }),
    ])();
  const steps = [
    8,
    plant('api-key-name', 'baidu-ak', 'error', `${WHY.apiKey('ak')} A map SDK's server key in Baidu's short name (\`ak=<32 alnum>\`), forwarded by the geocoding proxy.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/geocoder/v3/', query: `address=${rng.pick(['Tromso', 'Narvik'])}&output=json&ak=${key}&callback=showLocation` } };
    }),
    6,
    plant('path-secret', 'mattermost-signup-invite-id', 'error', WHY.pathSecret("Mattermost's team invite link (`/signup_user_complete/?id=<invite id>`): whoever has it joins the team"), ({ rng }) => {
      const id = rng.lowerNum(26);
      return { value: id, event: { path: '/signup_user_complete/', query: `id=${id}`, referer: '-' } };
    }),
    6,
    plant('negative', 'go-template-zero-value-token', 'none', "A Go template rendered with a missing field writes `<no value>`: `token=%3Cno+value%3E` (a placeholder, rejected).", () => ({
      value: 'token=%3Cno+value%3E',
      event: { path: '/tiles/v1/sat', query: 'token=%3Cno+value%3E', status: 401, bytes: 24 },
    })),
    6,
    plant('encoded', 'go-quoted-string-escapes', 'error', "Go's `%q` of a failed upstream URL escapes nothing in the URL but quotes it: `\"https://…?style=x\\u0026api_key=<key>\"` (the service built the string with `json.Marshal` first)", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { app: `tileproxy: upstream refused "https://tiles.vendor-c.example/v4/satellite.json?style=winter\\u0026api_key=${key}" status=429` } };
    }),
    6,
    plant('session-id', 'jsessionid-uppercase-query', 'error', WHY.session('A Java back end behind the proxy takes its session id as an upper-case query parameter (`?JSESSIONID=<32 hex>`), and the proxy logs it'), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { path: '/legacy/planner/route', query: `from=alta&to=bodo&JSESSIONID=${sid}` } };
    }),
    6,
    plant('negative', 'api-key-id-path', 'none', "An API key's id in a management route (`/admin/keys/key_<26 characters>/rotate`): names the key, is not the key.", ({ rng }) => {
      const id = `key_${rng.lowerNum(26)}`;
      return { value: id, event: { method: 'POST', path: `/admin/keys/${id}/rotate`, status: 204, bytes: 0 } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// echo-json.log: a Go service on Echo v4 with middleware.Logger's default JSON format (`time` in RFC 3339 with
// nanoseconds, `uri` the request URI with its query, `error`, `latency_human`), and the app's own JSON lines.
// https://echo.labstack.com/docs/middleware/logger

function echoLog(rng) {
  const host = 'feeds-e.example';
  const render = (e, rng) => [
    e.app
      ? JSON.stringify({ time: nanos(e.t, rng), level: e.level ?? 'INFO', prefix: 'echo', file: e.file ?? 'notify.go', line: String(rng.int(40, 220)), message: e.app })
      : JSON.stringify({ time: nanos(e.t, rng), id: e.reqId.slice(0, 32), remote_ip: e.ip, host: e.host, method: e.method, uri: target(e), user_agent: e.ua, status: e.status, error: e.error ?? '', latency: e.ms * 1000000 + rng.int(0, 999999), latency_human: `${e.ms}.${digits(rng, 6)}ms`, bytes_in: e.method === 'GET' ? 0 : rng.int(40, 900), bytes_out: e.bytes }),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/feeds', query: `page=${rng.int(1, 9)}` }),
      () => ({ path: `/api/feeds/${rng.int(100, 999)}/items`, query: `since_id=${rng.int(100000, 999999)}` }),
      () => ({ path: '/metrics', ip: '10.8.0.4', ua: 'Prometheus/3.7.0' }),
      () => ({ method: 'POST', path: '/api/subscriptions', status: 201 }),
      () => ({ path: '/api/feeds/opml', bytes: rng.int(20000, 90000) }),
    ])();
  const steps = [
    8,
    plant('replay', 'export_ticket-jwt-jti', 'note', WHY.ticketFirst('A JWT `export_ticket` with a jti, valid 90 s (one OPML export download)'), ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 90, age: 6, jti: true, claims: { sub: String(rng.int(1000, 9999)), scope: 'export:opml' } });
      return { value: token.token, jwt: token.facts, event: { path: '/api/export/download', query: `export_ticket=${token.token}`, bytes: rng.int(20000, 90000), ip: '198.51.100.23' } };
    }, { ref: 'export' }),
    plant('replay', 'export_ticket-jwt-jti', 'replay', WHY.replay('export_ticket', 40), ({ refs, t }) => ({
      value: refs.get('export').value,
      jwt: factsAt(refs.get('export').value, t),
      event: { path: '/api/export/download', query: `export_ticket=${refs.get('export').value}`, bytes: 41000, ip: '203.0.113.240', ua: 'Wget/1.25.0' },
    }), { replayOf: 'export', after: 40 }),
    6,
    plant('api-key-name', 'app_token', 'error', `${WHY.apiKey('app_token')} A partner's integration calls the feed API with \`app_token=<40 alnum>\` in the query.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { path: '/api/partner/items', query: `app_token=${key}&limit=200` } };
    }),
    6,
    plant('negative', 'error-message-names-token', 'none', "Echo's `error` field names the missing credential (`code=401, message=missing key in the query string`) on a request with `key=` empty: no value.", () => ({
      value: 'message=missing key in the query string',
      event: { path: '/api/partner/items', query: 'key=&limit=200', status: 401, error: 'code=401, message=missing key in the query string', bytes: 48 },
    })),
    6,
    plant('webhook', 'gotify-message-token', 'error', WHY.webhook("A Gotify application token in a push URL (`/message?token=<A + 14 characters>`), logged by the notifier's failure line"), ({ rng }) => {
      const token = `A${rng.chars(UPPER + LOWER + DIGITS + '.-_', 14)}`;
      return { value: token, event: { app: `push failed: Post "https://push.feeds-e.example/message?token=${token}": dial tcp 203.0.113.80:443: i/o timeout`, level: 'WARN' } };
    }),
    6,
    plant('header-dump', 'echo-dump-authorization-jwt-no-exp', 'error', "The app dumps `c.Request().Header` with `%v` on an auth failure: `map[Authorization:[Bearer <JWT>] …]`, a service JWT without `exp` (it never expires)", ({ rng, t }) => {
      const token = jwt(rng, t, { age: 86400 * 40, claims: { sub: 'svc-crawler', aud: 'feeds-e', scope: 'items:write' } });
      return { value: token.token, jwt: token.facts, event: { app: `auth: scope check failed headers=map[Accept:[application/json] Authorization:[Bearer ${token.token}] User-Agent:[Go-http-client/2.0]]`, level: 'WARN', file: 'auth.go' } };
    }),
    6,
    plant('negative', 'since_id-cursor', 'none', 'A `since_id=` and `max_id=` paging pair (item ids): cursors, no credential.', ({ rng }) => {
      const id = digits(rng, 19);
      return { value: id, event: { path: '/api/timeline', query: `since_id=${id}&max_id=${digits(rng, 19)}` } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// actix-web.log: an actix-web 4 service through env_logger's default format (`[<RFC 3339 UTC> <LEVEL> <target>]
// <message>`); actix's Logger middleware writes its default `%a "%r" %s %b "%{Referer}i" "%{User-Agent}i" %T`. A Tauri
// desktop client of the same team logs through the same crate. https://docs.rs/actix-web/latest/actix_web/middleware/struct.Logger.html,
// https://docs.rs/env_logger/latest/env_logger/

function actixLog(rng) {
  const host = 'sync-r.example';
  const render = (e) => [
    e.app
      ? `[${iso(e.t).slice(0, 19)}Z ${(e.level ?? 'INFO').padEnd(5)} ${e.target ?? 'sync_r::api'}] ${e.app}`
      : `[${iso(e.t).slice(0, 19)}Z INFO  actix_web::middleware::logger] ${e.ip} "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" 0.${pad(e.ms, 3)}${pad(e.bytes % 1000, 3)}`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/changes', query: `since=${rng.int(1000, 90000)}` }),
      () => ({ method: 'PUT', path: `/v1/blobs/${rng.hex(64)}`, status: 201, bytes: 0 }),
      () => ({ path: '/v1/health', ip: '10.1.0.1', ua: 'kube-probe/1.34' }),
      () => ({ app: `flushed ${rng.int(2, 90)} changes to postgres in ${rng.int(2, 40)}ms`, target: 'sync_r::store' }),
    ])();
  const steps = [
    8,
    plant('api-key-name', 'secret_key-query', 'error', `${WHY.apiKey('secret_key')} An S3-compatible gateway's legacy query authentication (\`access_key_id=…&secret_key=<40 characters>\`).`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { path: '/v1/import/bucket', query: `access_key_id=${rng.chars(UPPER + DIGITS, 20)}&secret_key=${key}` } };
    }),
    6,
    plant('framework-dump', 'actix-query-hashmap-debug', 'error', "A handler logs its extractor with `{:?}`: `Query({\"client_secret\": \"…\", …})` (actix's `web::Query<HashMap<String, String>>`)", ({ rng }) => {
      const secret = rng.alnum(48);
      return { value: secret, event: { app: `token exchange rejected: Query({"grant_type": "client_credentials", "client_id": "sync-desktop", "client_secret": "${secret}"})`, level: 'WARN' } };
    }),
    6,
    plant('negative', 'blob-sha256-path', 'none', "A content-addressed blob path (`/v1/blobs/<sha256>`): a digest of the content, no credential.", ({ rng }) => {
      const digest = rng.hex(64);
      return { value: digest, event: { path: `/v1/blobs/${digest}`, bytes: rng.int(2000, 900000) } };
    }),
    6,
    plant('implicit-fragment', 'tauri-on-navigation-fragment', 'error', "The Tauri desktop client's `on_navigation` hook logs the URL its login window navigates to: `http://tauri.localhost/auth#access_token=<JWT>` (an implicit-flow fragment, valid 1 h)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 3, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://id.sync-r.example', sub: rng.uuid(), scope: 'sync' } });
      return { value: token.token, jwt: token.facts, event: { app: `window "login" navigating to http://tauri.localhost/auth#access_token=${token.token}&token_type=Bearer&expires_in=3600`, target: 'sync_desktop::auth' } };
    }),
    6,
    plant('refresh-token', 'refresh-token-form-body-debug', 'error', `${WHY.refresh} The desktop client's DEBUG line prints the form it posts: \`grant_type=refresh_token&refresh_token=<opaque>\``, ({ rng }) => {
      const token = `rt_${rng.b64url(48)}`;
      return { value: token, event: { app: `POST https://id.sync-r.example/oauth/token body=grant_type=refresh_token&refresh_token=${token}&client_id=sync-desktop`, level: 'DEBUG', target: 'sync_desktop::http' } };
    }),
    6,
    plant('negative', 'secrecy-debug-redacted', 'none', "The `secrecy` crate's Debug of a secret: `SecretBox<str>([REDACTED])`, no value.", () => ({
      value: 'SecretBox<str>([REDACTED])',
      event: { app: 'loaded config: Config { bind: "0.0.0.0:8080", database_url: SecretBox<str>([REDACTED]), s3_region: "eu-north-1" }', target: 'sync_r::config' },
    })),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// express-debug.log: an Express 4 app run with `DEBUG=express:*,app:*` and stderr not a TTY, so the debug module
// prefixes each line with its ISO time (`2026-12-03T06:14:02.123Z express:router dispatching GET /…`); the router
// writes the original URL again for each middleware layer it runs (`express:router query  : /…`).
// https://expressjs.com/en/guide/debugging.html, https://github.com/debug-js/debug#output-streams

function expressDebugLog(rng) {
  const render = (e) => {
    if (e.app) return [`${iso(e.t)} ${e.ns ?? 'app:http'} ${e.app}`];
    const url = target(e);
    const lines = [`${iso(e.t)} express:router dispatching ${e.method} ${url}`];
    if (e.trace) for (const layer of ['query', 'expressInit']) lines.push(`${iso(e.t + 1)} express:router ${layer}  : ${url}`);
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/api/notes/${rng.int(100, 999)}` }),
      () => ({ path: '/api/notes', query: `tag=${rng.pick(['birds', 'trips', 'gear'])}` }),
      () => ({ app: `GET /api/notes 200 ${rng.int(3, 80)}ms`, ns: 'app:http' }),
      () => ({ method: 'POST', path: '/api/notes' }),
    ])();
  const steps = [
    plant('negative', 'router-layer-route-pattern', 'none', "express:router:layer registering the route `'/reset/:token'` at start-up: a route pattern naming a parameter, no value.", () => ({ value: "new '/reset/:token'", event: { app: "new '/reset/:token'", ns: 'express:router:layer' } })),
    { raw: { app: "new '/auth/logout'", ns: 'express:router:layer' } },
    8,
    plant('id-token', 'id_token_hint-router-trace-three-lines', 'error', "An `id_token_hint` (RS256, 1 h) in the logout URL, which the router writes three times for one request (dispatching, then the `query` and `expressInit` layers)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 900, alg: 'RS256', kid: rng.hex(20), claims: { iss: 'https://login.notes-x.example', aud: 'notes-web', sub: rng.uuid(), sid: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { path: '/auth/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fnotes-x.example%2F`, trace: true } };
    }),
    6,
    plant('negative', 'session-expired-word', 'none', 'A query flag `session=expired` (the login page explains why it is shown): a word, no session id.', () => ({ value: 'session=expired', event: { path: '/login', query: 'session=expired&next=%2Fapi%2Fnotes' } })),
    6,
    plant('header-dump', 'debug-o-headers-cookie-connect-sid', 'error', "`debug('app:auth')('headers %o', req.headers)` prints the headers on one line: `cookie: 'connect.sid=s%3A<sid>.<signature>'` (express-session's signed cookie, the whole login session)", ({ rng }) => {
      const cookie = `s%3A${rng.b64url(32)}.${rng.b64url(43)}`;
      return { value: cookie, event: { app: `headers { host: 'notes-x.example', 'user-agent': '${BROWSERS[0]}', accept: 'application/json', cookie: 'connect.sid=${cookie}' }`, ns: 'app:auth' } };
    }),
    6,
    plant('path-secret', 'reset-token-path-router', 'error', WHY.pathSecret('The password reset route `/reset/:token` dispatched with its token (`/reset/<64 hex>`)'), ({ rng }) => {
      const token = rng.hex(64);
      return { value: token, event: { path: `/reset/${token}` } };
    }),
    6,
    plant('encoded', 'bearer-plus-jwt-in-query', 'error', "A polling fallback puts a whole header line into the query, percent-encoded: `headers=Authorization%3A%20Bearer%20<JWT>`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 1800, age: 60, claims: { sub: rng.uuid(), scope: 'notes:rw' } });
      return { value: token.token, jwt: token.facts, event: { path: '/live', query: `EIO=4&transport=polling&headers=Authorization%3A%20Bearer%20${token.token}` } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'notes-x.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kestrel-console.log: ASP.NET Core 9 with the simple console formatter (`SingleLine = true`, `TimestampFormat =
// "yyyy-MM-dd HH:mm:ss.fff "`, `UseUtcTimestamp = true`): `<time> info: <category>[<event id>] <message>`. Hosting
// diagnostics write each request twice (`Request starting …` and `Request finished …`, the full URL in both).
// https://learn.microsoft.com/en-us/dotnet/core/extensions/console-log-formatter#simple

function kestrelLog(rng) {
  const host = 'booking-k.example';
  const H = 'Microsoft.AspNetCore.Hosting.Diagnostics';
  const render = (e, rng) => {
    const at = (t) => space(t);
    if (e.app) return [`${at(e.t)} ${e.level ?? 'info'}: ${e.category ?? 'BookingK.Web'}[0] ${e.app}`];
    const url = `https://${e.host}${target(e)}`;
    return [
      `${at(e.t)} info: ${H}[1] Request starting HTTP/2 ${e.method} ${url} - - -`,
      `${at(e.t + e.ms)} info: ${H}[2] Request finished HTTP/2 ${e.method} ${url} - ${e.status} ${e.bytes} ${e.ctype ?? 'text/html;+charset=utf-8'} ${e.ms}.${digits(rng, 4)}ms`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/Bookings', query: `page=${rng.int(1, 6)}` }),
      () => ({ path: `/css/site.css`, query: `v=${rng.b64url(43)}`, ctype: 'text/css' }),
      () => ({ path: '/api/slots', query: `date=2026-12-${pad(rng.int(4, 28))}`, ctype: 'application/json;+charset=utf-8' }),
      () => ({ app: `Slot cache refreshed: ${rng.int(20, 300)} slots`, category: 'BookingK.Web.Slots' }),
    ])();
  const steps = [
    6,
    plant('oauth-code', 'orcid-six-character-code', 'warning', `${WHY.code} ORCID's short code (6 characters) in the OpenID Connect callback, written on both hosting lines.`, ({ rng }) => {
      const code = rng.alnum(6);
      return { value: code, needle: `code=${code}&`, event: { path: '/signin-orcid', query: `code=${code}&state=${rng.b64url(300)}`, status: 302, bytes: 0, ctype: '-' } };
    }),
    5,
    plant('path-secret', 'identity-resetpassword-code', 'error', WHY.pathSecret("ASP.NET Core Identity's reset link (`/Identity/Account/ResetPassword?code=<base64url of the data-protected token>`), on both hosting lines"), ({ rng }) => {
      const code = rng.b64url(220);
      return { value: code, event: { path: '/Identity/Account/ResetPassword', query: `code=${code}` } };
    }),
    5,
    plant('negative', 'cache-key-word', 'none', 'An admin route that evicts a cache entry by its key name (`key=slots:2026-12-04`): a flag-like word, no credential.', () => ({
      value: 'key=slots:2026-12-04',
      event: { app: 'Evicting cache entry key=slots:2026-12-04 on request of admin', category: 'BookingK.Web.Admin' },
    })),
    5,
    plant('id-token', 'signalr-hub-id_token', 'error', "A SignalR hub connection that passes an `id_token=` (RS256, 1 h) in the WebSocket URL, on both hosting lines", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 300, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://login.booking-k.example', aud: 'booking-spa', sub: rng.uuid(), nonce: rng.hex(16) } });
      return { value: token.token, jwt: token.facts, event: { path: '/hubs/availability', query: `id=${rng.b64url(22)}&id_token=${token.token}`, status: 101, bytes: 0, ctype: '-' } };
    }),
    5,
    plant('embed-jwt', 'embed-kiosk-expired', 'note', "A lobby screen still calls `/embed/kiosk/<JWT>` with a JWT expired two days before (on both hosting lines)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 86400, age: 3 * 86400, claims: { screen: `lobby-${rng.int(1, 9)}`, resource: { dashboard: rng.int(2, 40) } } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/kiosk/${token.token}`, status: 401, bytes: 0, ctype: '-' } };
    }),
    5,
    plant('replay', 'print_ticket-two-lines-one-request', 'note', WHY.ticketFirst("An opaque `print_ticket` (one booking confirmation print), written twice for one request by the hosting diagnostics (the repeat is no replay)"), ({ rng }) => {
      const ticket = rng.b64url(32);
      return { value: ticket, event: { path: '/Bookings/Print', query: `print_ticket=${ticket}`, ctype: 'application/pdf' } };
    }),
    5,
    plant('framework-dump', 'csharp-record-tostring', 'error', "A C# record's generated `ToString()` in a warning: `LoginModel { Email = …, Password = …, RememberMe = False }`, the password in clear", ({ rng }) => {
      const password = `${rng.alnum(10)}!${digits(rng, 3)}`;
      return { value: password, event: { app: `Login failed for LoginModel { Email = jonas@booking-k.example, Password = ${password}, RememberMe = False }`, level: 'warn', category: 'BookingK.Web.Pages.Account.LoginModel' } };
    }),
    5,
    plant('negative', 'token-id-revoke', 'none', 'A refresh token revoked by its id (`tokenId=<uuid>` in the admin log): names the row, not the token.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { app: `Refresh token revoked tokenId=${id} reason=UserSignOut`, category: 'BookingK.Web.Auth' } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// puma-rack.log: a Sinatra app on Puma 7 with Rack::CommonLogger (`%s - %s [%s] "%s %s%s%s %s" %d %s %0.4f`: no
// Referer, `-` for an empty body, the time taken last), local time -0500, and Puma's start-up lines.
// https://github.com/rack/rack/blob/main/lib/rack/common_logger.rb, https://puma.io/puma/

function pumaLog(rng) {
  const render = (e) => [`${e.ip} - ${e.user ?? '-'} [${clf(e.t, -300)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes === 0 ? '-' : e.bytes} 0.${pad(e.ms % 1000, 4)}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/products', query: `collection=${rng.pick(['winter', 'nets', 'optics'])}` }),
      () => ({ path: `/assets/app-${rng.hex(8)}.js` }),
      () => ({ path: '/api/orders', query: `shop=gannet-p.myshopify.com&since=${rng.int(1000, 9999)}` }),
      () => ({ method: 'POST', path: '/webhooks/orders/create', status: 200, bytes: 0 }),
    ])();
  const steps = [
    8,
    plant('oauth-code', 'shopify-install-code-hmac', 'warning', `${WHY.code} Shopify's OAuth redirect to the app (\`code=<32 hex>&hmac=…&host=…&shop=…&state=…&timestamp=…\`).`, ({ rng, t }) => {
      const code = rng.hex(32);
      return { value: code, event: { path: '/auth/shopify/callback', query: `code=${code}&hmac=${rng.hex(64)}&host=${b64urlOf('admin.shopify.com/store/gannet-p')}&shop=gannet-p.myshopify.com&state=${rng.hex(24)}&timestamp=${sec(t)}`, status: 302, bytes: 0 } };
    }),
    6,
    plant('negative', 'shopify-app-load-hmac', 'none', "Shopify's app load request is signed (`hmac=<sha256 hex>` over `host`, `shop`, `timestamp`): a signature, no credential.", ({ rng, t }) => {
      const hmac = rng.hex(64);
      return { value: hmac, event: { path: '/', query: `embedded=1&hmac=${hmac}&host=${b64urlOf('admin.shopify.com/store/gannet-p')}&locale=en&shop=gannet-p.myshopify.com&timestamp=${sec(t)}` } };
    }),
    6,
    plant('session-id', 'rack-session-query-cookie-only-false', 'error', WHY.session("Rack's session middleware with `cookie_only: false` takes the session id from the `rack.session` parameter (an upload form passes it in the query)"), ({ rng }) => {
      const sid = rng.hex(64);
      return { value: sid, event: { method: 'POST', path: '/uploads', query: `rack.session=${sid}`, status: 201 } };
    }),
    6,
    plant('path-secret', 'devise-invitable-invitation-token', 'error', WHY.pathSecret("devise_invitable's acceptance link (`/users/invitation/accept?invitation_token=<20 characters>`)"), ({ rng }) => {
      const token = rng.chars(UPPER + LOWER + DIGITS + '-_', 20);
      return { value: token, event: { path: '/users/invitation/accept', query: `invitation_token=${token}` } };
    }),
    6,
    plant('embed-jwt', 'embed-poll-no-exp', 'error', "A poll widget embedded on partner pages with a JWT in the path (`/embed/poll/<JWT>`) and no `exp`: it never expires", ({ rng, t }) => {
      const token = jwt(rng, t, { age: 86400 * 12, claims: { poll: rng.int(100, 999), org: 'gannet-p' } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/poll/${token.token}` } };
    }),
    6,
    plant('encoded', 'every-character-percent-encoded', 'error', "A client that percent-encodes every byte of the query (`%61%70%69%5F%6B%65%79=…`): decoded it reads `api_key=<key>`", ({ rng }) => {
      const key = rng.alnum(32);
      const enc = [...`api_key=${key}`].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('');
      return { value: enc.slice(24), needle: enc, event: { path: '/api/stock', query: `${enc}&sku=${rng.int(1000, 9999)}` } };
    }),
    6,
    plant('negative', 'jquery-cache-buster-underscore', 'none', "jQuery's `cache: false` appends `_=<epoch ms>`: a cache buster, no credential.", ({ t }) => ({
      value: `_=${t - 93}`,
      event: { path: '/api/cart', query: `_=${t - 93}` },
    })),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'gannet-p.example' }, filler, render, steps, header: [`Puma starting in single mode...`, `* Puma version: 7.1.0 ("Neon Genesis")`, `* Ruby version: ruby 3.4.7 (2025-10-08 revision 7a5688e2a2) +PRISM [x86_64-linux]`, `*  Min threads: 3`, `*  Max threads: 3`, `*  Environment: production`, `*          PID: 1`, `* Listening on http://0.0.0.0:9292`, `Use Ctrl-C to stop`] });
}

// ---------------------------------------------------------------------------------------------------------------------
// sidekiq.log: Sidekiq 7's default formatter (`<ISO time with ms>Z pid=<pid> tid=<tid> [class=… jid=… ]<LEVEL>:
// <message>`), its error handler's job hash on failures, and Faraday's response logger through Ruby's default
// Logger::Formatter (`I, [<time>.<µs> #<pid>]  INFO -- request: …`) in the same process.
// https://github.com/sidekiq/sidekiq/wiki/Logging, https://lostisland.github.io/faraday/#/middleware/included/logging

function sidekiqLog(rng) {
  const pid = rng.int(7, 40);
  const tids = [rng.lowerNum(4), rng.lowerNum(4), rng.lowerNum(4)];
  const render = (e, rng) => {
    const at = `${iso(e.t)}`;
    const tid = rng.pick(tids);
    if (e.plain) return [`${at} pid=${pid} tid=${tid} INFO: ${e.plain}`];
    if (e.ruby) return [`${e.ruby[0]}, [${iso(e.t).slice(0, 23)}${digits(rng, 3)} #${pid}] ${e.ruby[1].padStart(5)} -- ${e.ruby[2]}`];
    if (e.job) return [`${at} pid=${pid} tid=${tid} WARN: ${JSON.stringify({ context: 'Job raised exception', job: { retry: true, queue: e.queue ?? 'default', args: e.job.args, class: e.job.class, jid: e.jid ?? rng.hex(24), created_at: sec(e.t) - 30 + 0.5, enqueued_at: sec(e.t) - 1 + 0.25, error_message: e.job.error, error_class: e.job.errorClass, failed_at: sec(e.t) - 0.75, retry_count: 0 } })}`];
    const jid = rng.hex(24);
    return [`${at} pid=${pid} tid=${tid} class=${e.cls ?? 'SyncOrdersJob'} jid=${jid} INFO: ${e.msg ?? 'start'}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ cls: 'SyncOrdersJob', msg: 'start' }),
      () => ({ cls: 'SyncOrdersJob', msg: `done: ${rng.int(1, 9)}.${digits(rng, 3)} sec` }),
      () => ({ cls: 'DigestMailer', msg: `done: 0.${digits(rng, 3)} sec` }),
      () => ({ cls: 'ImageVariantJob', msg: 'start' }),
      () => ({ ruby: ['I', 'INFO', `response: Status ${rng.pick([200, 200, 201, 304])}`] }),
    ])();
  const steps = [
    plant('negative', 'sidekiq-boot-redis-password-redacted', 'none', 'Sidekiq\'s boot line prints the Redis options with the password replaced (`password: "REDACTED"`): no value.', () => ({
      value: 'password: "REDACTED"',
      event: { plain: 'Booting Sidekiq 7.3.9 with Sidekiq::RedisConnection::RedisClientAdapter options {size: 10, pool_name: "internal", url: "redis://redis.gannet-p.internal:6379/0", password: "REDACTED"}' },
    })),
    8,
    plant('webhook', 'healthchecks-ping-uuid', 'error', WHY.webhook("A Healthchecks.io ping URL (`https://hc-ping.com/<uuid>`) in a failed job's args: whoever has it reports the check up or down"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { job: { class: 'PingMonitorJob', args: [`https://hc-ping.com/${id}`, 'success'], error: 'execution expired', errorClass: 'Net::OpenTimeout' } } };
    }),
    6,
    plant('negative', 'unique-jobs-digest', 'none', "sidekiq-unique-jobs' lock digest (`uniquejobs:<md5>`) in a job's args: a hash of the job's arguments, no credential.", ({ rng }) => {
      const digest = `uniquejobs:${rng.hex(32)}`;
      return { value: digest, event: { job: { class: 'ReindexJob', args: [rng.int(100, 999), digest], error: 'Lock timeout', errorClass: 'SidekiqUniqueJobs::LockTimeout' }, queue: 'low' } };
    }),
    6,
    plant('framework-dump', 'activejob-wrapper-args-hash', 'error', "An Active Job wrapper's serialized arguments (`{\"job_class\":…,\"arguments\":[…,{\"access_token\":\"…\",\"_aj_symbol_keys\":[…]}]}`) in the error handler's job hash", ({ rng }) => {
      const token = `shpat_${rng.hex(32)}`;
      return { value: token, event: { job: { class: 'Sidekiq::ActiveJob::Wrapper', args: [{ job_class: 'ImportProductsJob', job_id: rng.uuid(), queue_name: 'default', arguments: ['gannet-p.myshopify.com', { access_token: token, _aj_symbol_keys: ['access_token'] }], executions: 0, locale: 'en', timezone: 'UTC' }], error: '429 Too Many Requests', errorClass: 'ShopifyAPI::Errors::HttpResponseError' } } };
    }),
    6,
    plant('refresh-token', 'google-refresh-1slash-args', 'error', `${WHY.refresh} A Google refresh token (\`1//0…\`) passed as a job argument and printed with the failed job`, ({ rng }) => {
      const token = `1//0${rng.b64url(99)}`;
      return { value: token, event: { job: { class: 'CalendarSyncJob', args: [rng.int(100, 999), token], error: 'invalid_grant', errorClass: 'Signet::AuthorizationError' }, queue: 'calendars' } };
    }),
    6,
    plant('header-dump', 'faraday-logger-authorization-ghs', 'error', "Faraday's logger with `headers: true` writes `request: Authorization: \"Bearer ghs_…\"` (a GitHub App installation token, 1 h)", ({ rng }) => {
      const token = `ghs_${rng.alnum(36)}`;
      return { value: token, event: { ruby: ['I', 'INFO', `request: Authorization: "Bearer ${token}"`] } };
    }),
    6,
    plant('encoded', 'html-decimal-entity-equals', 'error', "A mailer job's HTML body argument writes the link with `&#61;` for `=` (`download?token&#61;<token>`): one HTML unescape from the credential", ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { job: { class: 'ExportMailer', args: ['jonas@gannet-p.example', `<p><a href="https://gannet-p.example/exports/download?token&#61;${token}">Download</a></p>`], error: 'SMTP 421', errorClass: 'Net::SMTPServerBusy' }, queue: 'mailers' } };
    }),
    6,
    plant('implicit-fragment', 'link-preview-job-fragment', 'error', "A link-preview job fetches a URL a user pasted into a note: `https://app.partner-p.example/#access_token=<JWT>&token_type=bearer` (the fragment of an implicit grant, valid 2 h)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 7200, age: 180, claims: { sub: rng.uuid(), scope: 'read write' } });
      return { value: token.token, jwt: token.facts, event: { job: { class: 'LinkPreviewJob', args: [rng.int(1000, 9999), `https://app.partner-p.example/#access_token=${token.token}&token_type=bearer&expires_in=7200`], error: 'redirect loop', errorClass: 'Faraday::FollowRedirects::RedirectLimitReached' }, queue: 'previews' } };
    }),
    6,
    plant('webhook', 'cronitor-telemetry-key', 'error', WHY.webhook("Cronitor's telemetry URL (`https://cronitor.link/p/<api key>/<monitor>?state=complete`), printed by the scheduler's ping job"), ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { job: { class: 'CronitorPingJob', args: [`https://cronitor.link/p/${key}/nightly-sync?state=complete`], error: 'Connection reset by peer', errorClass: 'Errno::ECONNRESET' } } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'worker' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// azure-functions-host.log: `func start --verbose` (Azure Functions Core Tools 4, a Node.js app on the v4 model): every
// line prefixed with `[<ISO time>Z]`, the host's `Executing HTTP request: {` block (one JSON property a line, each with
// its own time prefix), `Executing 'Functions.<name>'`/`Executed …` and the functions' `context.log` output.
// https://learn.microsoft.com/en-us/azure/azure-functions/functions-run-local, https://learn.microsoft.com/en-us/azure/azure-functions/functions-reference-node

function functionsLog(rng) {
  const host = 'localhost:7071';
  const render = (e, rng) => {
    const at = `[${iso(e.t)}]`;
    if (e.app) return [`${at} ${e.app}`];
    const id = rng.uuid();
    const fn = e.fn ?? 'orders';
    return [
      `${at} Executing HTTP request: {`,
      `${at}   "requestId": "${e.reqIdUuid ?? rng.uuid()}",`,
      `${at}   "method": "${e.method}",`,
      `${at}   "userAgent": "${e.ua}",`,
      `${at}   "uri": "${target(e)}"`,
      `${at} }`,
      `${at} Executing 'Functions.${fn}' (Reason='This function was programmatically called via the host APIs.', Id=${id})`,
      ...(e.log ?? []).map((m) => `${at} ${m}`),
      `[${iso(e.t + e.ms)}] Executed 'Functions.${fn}' (${e.status < 500 ? 'Succeeded' : 'Failed'}, Id=${id}, Duration=${e.ms}ms)`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/orders', query: `status=${rng.pick(['open', 'shipped'])}` }),
      () => ({ path: `/api/orders/${rng.int(10000, 99999)}`, fn: 'orderById' }),
      () => ({ app: `Host Status: {"id":"${rng.lowerNum(12)}","state":"Running","version":"4.1044.1.0"}` }),
      () => ({ method: 'POST', path: '/api/orders', status: 201, log: [`Order stored in ${rng.int(20, 90)}ms`] }),
    ])();
  const steps = [
    4,
    plant('negative', 'azurewebjobsstorage-development', 'none', 'The development storage connection string (`AzureWebJobsStorage=UseDevelopmentStorage=true`, Azurite\'s well-known emulator): a placeholder setting, no credential.', () => ({
      value: 'UseDevelopmentStorage=true',
      event: { app: 'Reading host configuration file; AzureWebJobsStorage=UseDevelopmentStorage=true' },
    })),
    4,
    plant('framework-dump', 'core-tools-executing-http-request-uri', 'error', "Core Tools' `Executing HTTP request:` block writes the request's `uri` on a line of its own (with its time): a Power Automate custom connector passes `access_token=<opaque>`", ({ rng }) => {
      const token = `EwB${rng.b64url(140)}`;
      return { value: token, event: { path: '/api/flow-callback', query: `flow=${rng.uuid()}&access_token=${token}`, fn: 'flowCallback', ua: 'azure-logic-apps/1.0' } };
    }),
    4,
    plant('webhook', 'grafana-oncall-formatted-webhook', 'error', WHY.webhook("A Grafana OnCall integration URL (`/integrations/v1/formatted_webhook/<token>/`) in a function's `context.log`"), ({ rng }) => {
      const token = rng.alnum(25);
      return { value: token, event: { app: `[alerts] posting escalation to https://oncall-prod-eu-west-0.grafana.net/oncall/integrations/v1/formatted_webhook/${token}/ failed: 503` } };
    }),
    4,
    plant('id-token', 'b2c-form-post-id_token-expired', 'note', "An `id_token` from an Azure AD B2C `form_post`, logged by the callback function a day after it expired (a browser resubmitted the form)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 90000, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://orders-f.b2clogin.com/${rng.uuid()}/v2.0/`, aud: rng.uuid(), sub: rng.uuid(), tfp: 'B2C_1_signupsignin' } });
      return { value: token.token, jwt: token.facts, event: { app: `[auth] form_post body: state=${rng.b64url(40)}&id_token=${token.token}` } };
    }),
    4,
    plant('implicit-fragment', 'b2c-page-telemetry-pageUrl', 'error', "A B2C custom page's telemetry posts `pageUrl` and the function logs it: `https://orders-f.example/#access_token=<JWT>&token_type=Bearer&expires_in=3600` (implicit flow, valid 1 h)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 20, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://orders-f.b2clogin.com/tfp/B2C_1_signupsignin/v2.0/', scp: 'orders.read', sub: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { app: `[telemetry] page error {"pageUrl":"https://orders-f.example/#access_token=${token.token}&token_type=Bearer&expires_in=3600","message":"Cannot read properties of undefined (reading 'claims')"}` } };
    }),
    4,
    plant('path-secret', 'stytch-magic-link-token', 'error', WHY.pathSecret("Stytch's magic link redirect (`/authenticate?stytch_token_type=magic_links&token=<44 characters>`), handled by a function"), ({ rng }) => {
      const token = rng.chars(UPPER + LOWER + DIGITS + '-_', 44);
      return { value: token, event: { path: '/api/authenticate', query: `stytch_token_type=magic_links&token=${token}`, fn: 'authenticate', ua: BROWSERS[2], status: 302 } };
    }),
    4,
    plant('header-dump', 'easy-auth-token-store-header', 'error', "The function logs `req.headers` as JSON: App Service Authentication's token store header `x-ms-token-aad-access-token` (the signed-in user's Entra access token)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 4500, age: 600, alg: 'RS256', kid: rng.b64url(27), claims: { aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${rng.uuid()}/`, oid: rng.uuid(), scp: 'User.Read' } });
      return { value: token.token, jwt: token.facts, event: { app: `[profile] headers {"host":"orders-f.azurewebsites.net","x-ms-client-principal-name":"mila@orders-f.example","x-ms-token-aad-access-token":"${token.token}","x-arr-log-id":"${rng.uuid()}"}` } };
    }),
    4,
    plant('negative', 'host-lock-lease-id', 'none', "The host's singleton lock lease (`Host lock lease acquired by instance ID '<32 hex>'`): an instance id, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { app: `Host lock lease acquired by instance ID '${id}'.` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host, api: true }, filler, render, steps, header: ['', 'Azure Functions Core Tools', 'Core Tools Version:       4.4.0+7f5b28fd (64-bit)', 'Function Runtime Version: 4.1044.1.0', ''] });
}

// ---------------------------------------------------------------------------------------------------------------------
// appsync.log: AWS AppSync GraphQL request-level and field logs (verbose content on) read with `aws logs tail
// /aws/appsync/apis/<id>` (`<ISO time with µs>+00:00 <stream> <message>`): each message starts with the request id;
// `Request Headers: {name=[value], …}`, `GraphQL Query: …, Operation: …, Variables: {…}`, resolver mapping templates as
// JSON, and the RequestSummary JSON. https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html#cwl,
// https://awscli.amazonaws.com/v2/documentation/api/latest/reference/logs/tail.html

function appsyncLog(rng) {
  const stream = rng.hex(32);
  const apiId = rng.lowerNum(26);
  const render = (e, rng) => {
    const at = `${iso(e.t).slice(0, 23)}${digits(rng, 3)}+00:00 ${stream}`;
    const rid = rng.uuid();
    if (e.app) return [`${at} ${rid} ${e.app}`];
    return [`${at} ${JSON.stringify({ logType: 'RequestSummary', requestId: rid, graphQLAPIId: apiId, statusCode: e.status, latency: e.ms * 1000000 })}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({}),
      () => ({ app: `GraphQL Query: query ListTrips($limit: Int) { listTrips(limit: $limit) { items { id name } } }, Operation: ListTrips, Variables: {"limit":${rng.int(10, 50)}}` }),
      () => ({ app: `Response Headers: {x-amzn-RequestId=${rng.uuid()}, Content-Type=application/json; charset=UTF-8}` }),
      () => ({ app: `Tokens Consumed: ${rng.int(1, 3)}` }),
    ])();
  const steps = [
    6,
    plant('header-dump', 'appsync-request-headers-bearer-alg-none', 'error', "AppSync's `Request Headers:` map (`authorization=[Bearer <JWT>]`) holds an unsigned token (`alg: none`, empty signature) a test client sent", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 120, alg: 'none', claims: { sub: rng.uuid(), 'cognito:groups': ['admin'] } });
      return { value: token.token, jwt: token.facts, event: { app: `Request Headers: {content-length=[182], accept=[application/json], authorization=[Bearer ${token.token}], host=[${apiId}.appsync-api.eu-north-1.amazonaws.com], user-agent=[node-fetch]}` } };
    }),
    6,
    plant('negative', 'sigv4-authorization-header', 'none', "A SigV4 `authorization=[AWS4-HMAC-SHA256 Credential=<access key id>/…, Signature=<hex>]` header: bound to this one request and its time, no reusable credential.", ({ rng }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { app: `Request Headers: {authorization=[AWS4-HMAC-SHA256 Credential=ASIA${rng.chars(UPPER + DIGITS, 16)}/20261203/eu-north-1/appsync/aws4_request, SignedHeaders=host;x-amz-date, Signature=${sig}], host=[${apiId}.appsync-api.eu-north-1.amazonaws.com]}` } };
    }),
    6,
    plant('refresh-token', 'cognito-refresh-jwe-variables', 'error', `${WHY.refresh} A Cognito refresh token (an encrypted JWE, five segments) in a mutation's \`Variables\``, ({ rng }) => {
      const token = `${b64urlOf(JSON.stringify({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' }))}.${rng.b64url(342)}.${rng.b64url(16)}.${rng.b64url(1400)}.${rng.b64url(22)}`;
      return { value: token, event: { app: `GraphQL Query: mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { expiresIn } }, Operation: Refresh, Variables: {"token":"${token}"}` } };
    }),
    6,
    plant('framework-dump', 'appsync-http-resolver-request-mapping', 'error', "The HTTP resolver's evaluated request mapping template (`\"params\":{\"query\":{\"apikey\":…}}`) written as a field log", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { app: `{"logType":"RequestMapping","path":["getWeather"],"fieldName":"getWeather","resolverArn":"arn:aws:appsync:eu-north-1:${digits(rng, 12)}:apis/${apiId}/types/Query/resolvers/getWeather","requestId":"${rng.uuid()}","context":{"arguments":{"city":"Alta"}},"transformedTemplate":"{\\"version\\":\\"2018-05-29\\",\\"method\\":\\"GET\\",\\"resourcePath\\":\\"/v1/forecast\\",\\"params\\":{\\"query\\":{\\"city\\":\\"Alta\\",\\"apikey\\":\\"${key}\\"}}}"}` } };
    }),
    6,
    plant('implicit-fragment', 'graphql-variables-client-error-href', 'error', "A `reportClientError` mutation's `Variables` carry the page's `href` with `#access_token=<JWT>` (an implicit-flow callback page that crashed; valid 1 h)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 15, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_Ab1Cd2Ef3', token_use: 'access', scope: 'openid trips/read', username: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { app: `GraphQL Query: mutation ReportClientError($input: ClientErrorInput!) { reportClientError(input: $input) }, Operation: ReportClientError, Variables: {"input":{"href":"https://trips-s.example/callback#access_token=${token.token}&token_type=Bearer","message":"state mismatch"}}` } };
    }),
    6,
    plant('negative', 'appsync-api-key-expiry-word', 'none', "AppSync's unauthorized answer names the mode (`UnauthorizedException: Valid authorization header not provided`): words, no value.", () => ({
      value: 'Valid authorization header not provided',
      event: { app: 'Response: {"errors":[{"errorType":"UnauthorizedException","message":"Valid authorization header not provided."}]}' },
    })),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'appsync', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// apim-gateway.json: Azure API Management `GatewayLogs` as a diagnostic setting writes them to a storage account, one
// record per line (`time` with seven fractional digits, `properties.url` and `backendUrl`, the request and backend
// headers the diagnostic's header list names). https://learn.microsoft.com/en-us/azure/api-management/gateway-log-schema-reference

function base32(bytes) {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += A[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += A[(value << (5 - bits)) & 31];
  return out;
}

function apimLog(rng) {
  const gw = 'heron-m.azure-api.net';
  const resourceId = `/SUBSCRIPTIONS/${rng.uuid().toUpperCase()}/RESOURCEGROUPS/RG-HERON/PROVIDERS/MICROSOFT.APIMANAGEMENT/SERVICE/HERON-M`;
  const render = (e, rng) => [
    JSON.stringify({
      DeploymentVersion: '0.52.23847.0',
      Level: 4,
      isRequestSuccess: e.status < 400,
      time: ticks(e.t, rng),
      operationName: 'Microsoft.ApiManagement/GatewayLogs',
      category: 'GatewayLogs',
      durationMs: e.ms,
      callerIpAddress: e.ip,
      correlationId: rng.uuid(),
      location: 'North Europe',
      properties: {
        method: e.method,
        url: `https://${gw}${target(e)}`,
        backendResponseCode: e.status,
        responseCode: e.status,
        responseSize: e.bytes,
        cache: 'none',
        backendTime: Math.max(1, e.ms - 3),
        requestSize: rng.int(300, 1800),
        apiId: e.api ?? 'orders-api',
        operationId: e.op ?? 'get-orders',
        clientProtocol: 'HTTP/1.1',
        backendMethod: e.method,
        backendUrl: e.backend ?? `https://heron-m-orders.azurewebsites.net${target(e).replace(/^\/orders/, '/api')}`,
        backendProtocol: 'HTTP/1.1',
        requestHeaders: e.reqHeaders ?? { 'User-Agent': e.ua },
        backendRequestHeaders: e.backendHeaders ?? {},
        apiRevision: '1',
        clientTlsVersion: '1.3',
      },
      resourceId,
    }),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/orders/orders', query: `top=${rng.int(10, 50)}` }),
      () => ({ path: `/orders/orders/${rng.int(10000, 99999)}`, op: 'get-order' }),
      () => ({ method: 'POST', path: '/orders/orders', status: 201, op: 'create-order' }),
      () => ({ path: '/status-0123456789abcdef', api: 'status', op: 'status', backend: '', ua: 'AlwaysOn' }),
    ])();
  const steps = [
    6,
    plant('api-key-name', 'x-functions-key-backend-header', 'error', `${WHY.apiKey('x-functions-key')} The gateway's named value sets the Functions host key on the backend call, and the diagnostic logs \`backendRequestHeaders\`.`, ({ rng }) => {
      const key = `${rng.b64url(54)}==`;
      return { value: key, event: { path: '/orders/orders', query: 'top=20', backendHeaders: { 'x-functions-key': key, 'X-Forwarded-For': '203.0.113.9' } } };
    }),
    6,
    plant('negative', 'apim-test-console-placeholder', 'none', "The developer portal's test console left its placeholder in the query (`subscription-key=%7Bsubscription-key%7D`, the literal `{subscription-key}`), rejected with 401.", () => ({
      value: 'subscription-key=%7Bsubscription-key%7D',
      event: { path: '/orders/orders', query: 'top=5&subscription-key=%7Bsubscription-key%7D', status: 401, bytes: 152 },
    })),
    6,
    plant('webhook', 'flock-incoming-hook', 'error', WHY.webhook("A Flock incoming webhook (`https://api.flock.com/hooks/sendMessage/<uuid>`) as the backend URL of a notification operation"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { method: 'POST', path: '/notify/flock', api: 'notify', op: 'flock', backend: `https://api.flock.com/hooks/sendMessage/${id}` } };
    }),
    6,
    plant('header-dump', 'servicebus-sas-authorization', 'error', "The request headers hold an Azure Service Bus shared access signature (`Authorization: SharedAccessSignature sr=…&sig=…&se=<a year ahead>&skn=RootManageSharedAccessKey`): it sends to the namespace until `se`", ({ rng, t }) => {
      const sig = encodeURIComponent(rng.bytes(32).toString('base64'));
      return { value: sig, event: { method: 'POST', path: '/events/messages', api: 'events', op: 'send', status: 201, reqHeaders: { Authorization: `SharedAccessSignature sr=https%3A%2F%2Fheron-m.servicebus.windows.net%2Forders&sig=${sig}&se=${sec(t) + 365 * 86400}&skn=RootManageSharedAccessKey`, 'User-Agent': 'azsdk-net-Messaging.ServiceBus/7.20.1' } } };
    }),
    6,
    plant('encoded', 'base32-json-query', 'error', "A partner link puts its context in base32 (`ctx=<RFC 4648 base32>`): decoded it is `{\"api_key\":\"<key>\",…}`", ({ rng }) => {
      const ctx = base32(Buffer.from(JSON.stringify({ api_key: rng.alnum(32), partner: 'kestrel-air', lang: 'nb' })));
      return { value: ctx, event: { path: '/orders/partner/landing', query: `ctx=${ctx}`, op: 'partner-landing' } };
    }),
    6,
    plant('path-secret', 'authjs-email-callback-token', 'error', WHY.pathSecret("Auth.js' e-mail sign-in link (`/api/auth/callback/email?callbackUrl=…&token=<64 hex>&email=…`), routed through the gateway"), ({ rng }) => {
      const token = rng.hex(64);
      return { value: token, event: { path: '/web/api/auth/callback/email', query: `callbackUrl=https%3A%2F%2Fheron-m.example%2Faccount&token=${token}&email=mila%40heron-m.example`, api: 'web', op: 'auth', status: 302, backend: `https://heron-m-web.azurewebsites.net/api/auth/callback/email?callbackUrl=https%3A%2F%2Fheron-m.example%2Faccount&token=${token}&email=mila%40heron-m.example`, ua: BROWSERS[1] } };
    }),
    6,
    plant('session-id', 'okta-sessionToken-redirect', 'error', WHY.session("Okta's `sessionCookieRedirect?token=<sessionToken>` (a one-time session token traded for the Okta session cookie) in the URL the gateway proxies"), ({ rng }) => {
      const token = `20111${rng.alnum(52)}`;
      return { value: token, event: { path: '/sso/login/sessionCookieRedirect', query: `checkAccountSetupComplete=true&token=${token}&redirectUrl=https%3A%2F%2Fheron-m.example%2Fhome`, api: 'sso', op: 'redirect', status: 302, backend: `https://heron-m.okta.example/login/sessionCookieRedirect?checkAccountSetupComplete=true&token=${token}&redirectUrl=https%3A%2F%2Fheron-m.example%2Fhome` } };
    }),
    6,
    plant('negative', 'traceparent-header', 'none', 'A W3C `traceparent` header (`00-<trace id>-<span id>-01`): tracing ids, no credential.', ({ rng }) => {
      const trace = `00-${rng.hex(32)}-${rng.hex(16)}-01`;
      return { value: trace, event: { path: '/orders/orders', query: 'top=10', reqHeaders: { traceparent: trace, 'User-Agent': 'okhttp/5.3.0' } } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: gw, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cf-gorouter.log: `cf logs <app> --recent` of an app on Cloud Foundry: each line `   <time with centiseconds and
// +0000> [<source>] OUT <message>`; gorouter's access lines (`[RTR/<n>]`: `<host> - [<RFC 3339 with ns>] "<request
// line>" <status> <bytes received> <bytes sent> "<referer>" "<user agent>" "<client>" "<backend>" x_forwarded_for:…
// vcap_request_id:… response_time:… app_id:…`), and a PHP app's output (`[APP/PROC/WEB/0]`).
// https://docs.cloudfoundry.org/devguide/deploy-apps/streaming-logs.html#format, https://docs.cloudfoundry.org/devguide/deploy-apps/streaming-logs.html#rtr

function cfLog(rng) {
  const host = 'portal-cf.apps.petrel.example';
  const appId = rng.uuid();
  const at = (t) => `${iso(t).slice(0, 22)}+0000`;
  const render = (e, rng) => {
    if (e.app) return e.app.map((m) => `   ${at(e.t)} [APP/PROC/WEB/0] OUT ${m}`);
    const rt = e.ms / 1000;
    return [`   ${at(e.t)} [RTR/${rng.int(0, 3)}] OUT ${e.host} - [${nanos(e.t, rng)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} 0 ${e.bytes} "${e.referer}" "${e.ua}" "${e.ip}:${e.port}" "10.0.${rng.int(1, 9)}.${rng.int(2, 250)}:61${rng.int(0, 9)}${rng.int(10, 99)}" x_forwarded_for:"${e.ip}" x_forwarded_proto:"https" vcap_request_id:"${rng.uuid()}" response_time:${rt.toFixed(6)} gorouter_time:0.000${rng.int(100, 999)} app_id:"${appId}" app_index:"0" instance_id:"${rng.uuid()}" x_cf_routererror:"-" x_b3_traceid:"${rng.hex(32)}" x_b3_spanid:"${rng.hex(16)}" x_b3_parentspanid:"-" b3:"${rng.hex(32)}-${rng.hex(16)}"`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/index.php', query: `page=${rng.pick(['news', 'events', 'contact'])}` }),
      () => ({ path: `/assets/${rng.pick(['app', 'vendor'])}.${rng.hex(10)}.js`, referer: `https://${host}/` }),
      () => ({ app: [`${iso(DAY0).slice(0, 10)} request served in ${rng.int(3, 90)}ms`] }),
    ])();
  const steps = [
    6,
    plant('oauth-code', 'uaa-ten-character-code', 'warning', `${WHY.code} Cloud Foundry UAA's 10-character code in the app's callback.`, ({ rng }) => {
      const code = rng.alnum(10);
      return { value: code, needle: `code=${code}`, event: { path: '/login/callback', query: `code=${code}&state=${rng.alnum(10)}`, status: 302, bytes: 0, referer: 'https://login.sys.petrel.example/' } };
    }),
    6,
    plant('negative', 'uaa-login-hint-json', 'none', "UAA's `login_hint` is percent-encoded JSON naming the identity provider (`{\"origin\":\"ldap\"}`): no credential.", () => ({
      value: 'login_hint=%7B%22origin%22%3A%22ldap%22%7D',
      event: { path: '/login', query: 'login_hint=%7B%22origin%22%3A%22ldap%22%7D' },
    })),
    6,
    plant('replay', 'ott-opaque', 'note', WHY.ticketFirst('An opaque one-time token (`ott=`) a mobile app hands to the web portal'), ({ rng }) => {
      const ott = rng.hex(48);
      return { value: ott, event: { path: '/handoff', query: `ott=${ott}`, status: 302, bytes: 0, ip: '198.51.100.77', ua: BROWSERS[2] } };
    }, { ref: 'ott' }),
    plant('replay', 'ott-opaque', 'replay', WHY.replay('ott', 150), ({ refs }) => ({
      value: refs.get('ott').value,
      event: { path: '/handoff', query: `ott=${refs.get('ott').value}`, status: 302, bytes: 0, ip: '203.0.113.201', ua: 'curl/8.17.0' },
    }), { replayOf: 'ott', after: 150 }),
    6,
    plant('api-key-name', 'authkey-query', 'error', `${WHY.apiKey('authkey')} An SMS gateway's key (\`authkey=<24 hex>\`) in a GET the portal proxies.`, ({ rng }) => {
      const key = rng.hex(24);
      return { value: key, event: { path: '/sms/send', query: `authkey=${key}&mobiles=4790000000&route=4&sender=PETREL` } };
    }),
    6,
    plant('framework-dump', 'php-print_r-get', 'error', "The PHP app dumps `print_r($_GET)` (one element a line; `cf logs` gives each line its time): `[api_key] => <key>`", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { app: ['Array', '(', '    [action] => sync', `    [api_key] => ${key}`, '    [since] => 1764720000', ')'] } };
    }),
    6,
    plant('id-token', 'uaa-logout-id_token_hint', 'error', "UAA's `/logout.do` with `id_token_hint` (RS256, 12 h) as the app's logout link sends it", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 43200, age: 3000, alg: 'RS256', kid: 'key-1', claims: { iss: 'https://uaa.sys.petrel.example/oauth/token', aud: ['portal'], sub: rng.uuid(), origin: 'ldap', zid: 'uaa' } });
      return { value: token.token, jwt: token.facts, event: { path: '/logout', query: `redirect=https%3A%2F%2Fuaa.sys.petrel.example%2Flogout.do&id_token_hint=${token.token}`, status: 302, bytes: 0 } };
    }),
    6,
    plant('embed-jwt', 'embed-timeline-120s-no-jti', 'warning', "A timeline widget's JWT in the path (`/embed/timeline/<JWT>`), short-lived and without jti", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 8, claims: { timeline: rng.int(10, 99) } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/timeline/${token.token}`, referer: 'https://news.partner-cf.example/' } };
    }),
    6,
    plant('negative', 'implicit-request-without-token', 'none', "An implicit-grant authorization request (`response_type=token&client_id=…&redirect_uri=…`): it asks for a token, carries none.", () => ({
      value: 'response_type=token&client_id=portal-spa',
      event: { path: '/oauth/authorize', query: 'response_type=token&client_id=portal-spa&redirect_uri=https%3A%2F%2Fportal-cf.apps.petrel.example%2Fspa%2F' },
    })),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout6');
writePart(join(here, 'heldout6'), {
  'uwsgi.log': uwsgiLog(rng),
  'tornado.log': tornadoLog(rng),
  'aiohttp-access.log': aiohttpLog(rng),
  'chi.log': chiLog(rng),
  'echo-json.log': echoLog(rng),
  'actix-web.log': actixLog(rng),
  'express-debug.log': expressDebugLog(rng),
  'kestrel-console.log': kestrelLog(rng),
  'puma-rack.log': pumaLog(rng),
  'sidekiq.log': sidekiqLog(rng),
  'azure-functions-host.log': functionsLog(rng),
  'appsync.log': appsyncLog(rng),
  'apim-gateway.json': apimLog(rng),
  'cf-gorouter.log': cfLog(rng),
});
