// Writes corpus/logs-in-the-wild/heldout66/: a sixty-sixth held-out part, in formats no other part uses (a Netdata 1.40
// access.log, a Statping-ng log, Watchtower's logrus output under `docker logs` at trace level, a Joplin Server log, a
// Shopware 6.6 `prod-<date>.log`, an AzuraCast 0.20 app log, an Airsonic-Advanced 11 `airsonic.log`, a KStars 3.7 Ekos
// log, indiserver through `journalctl -o short-iso`, a Stellarium 24.4 `log.txt`, an OpenCart 4.0 `error.log`, an
// Easy!Appointments 1.5 (CodeIgniter 3) `log-<date>.php`, a Trilium Notes log and a Cacti 1.2 `cacti.log`), with
// credentials planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json. The
// labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout66.mjs     rewrites heldout66/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Corrie Dubh Snowsports, a Cairngorms ski resort selling lift passes online, with a summer bike park
// and its bicycle repair workshop (English, five logs); Yoldızlı Kük ("starry sky"), a Kazan cooperative with a
// community radio station (Tawış FM) and an observatory with a planetarium (Tatar in Latin script, Zamanälif: messages
// where an app shows them, routes, parameter, key and property names such as `acqic`, `sersüz`, `bilet`, `efir`,
// `bulesu`; five logs); Seirbhísí an Chladaigh, a Claddagh (Galway) group with a tailoring and alterations shop, a pet
// grooming salon and a locksmith (Irish: `eochair`, `pasfhocal`, `ticead`, `coinne`, `glas`; four logs). Standard names
// (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, pad, replayClock, upperNum, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildSpec = logBuilder(baseRequest);
/** Twice the ordinary lines between planted steps (the numbers in `steps`). */
const buildLog = (rng, spec) => buildSpec(rng, { ...spec, steps: spec.steps.map((s) => (typeof s === 'number' ? s * 2 : s)) });

const DAY0 = Date.UTC(2027, 0, 23, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Scotland and Ireland in January (UTC+0), Kazan (UTC+3). */
const MSK = 180;
/** `yyyy-MM-dd HH:mm:ss` at `offset` minutes. */
const ymdHmsAt = (ms, offset = 0) => local(ms, offset).slice(0, 19).replace('T', ' ');
const usPart = (rng, ms) => `${msPart(ms)}${digits(rng, 3)}`;
const lan = (rng, prefix = '10.66') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** Renders `e.L`: a string is a line as is, an array goes through the file's `fmt(t, parts)`. */
const lines = (fmt) => (e) => e.L.map((x) => (typeof x === 'string' ? x : fmt(e.t, x)));
const sec = (ms) => Math.floor(ms / 1000);

// =====================================================================================================================
// Corrie Dubh Snowsports (English; Cairngorms, UTC+0)
// =====================================================================================================================

const CD = 'corriedubh.example';

// ---------------------------------------------------------------------------------------------------------------------
// access.log: /var/log/netdata/access.log of a Netdata 1.40 agent on the lift-drive monitoring host (local time = UTC,
// no zone): `yyyy-mm-dd HH:MM:SS: <id>: <tid> '[<ip>]:<port>' '<MODE>' (sent/all = <s>/<a> bytes -<n>%,
// prep/sent/total = <p>/<s>/<t> ms) <status> '<url>'`, with 'CONNECTED' and 'DISCONNECTED' lines.
// The line layout checked this session against a published access.log (pastebin, found through search); the rest from
// memory (https://learn.netdata.cloud/docs/agent/libnetdata/log/ read through search: the access log source).

function netdataAccessLog(rng) {
  let id = 4100;
  const tid = 1822;
  const data = (ip, port, url, status = 200, mode = 'DATA') => {
    const all = rng.int(900, 60000);
    const s = Math.floor(all * rng.int(20, 60) / 100);
    const p = rng.int(5, 300);
    const q = rng.int(5, 200);
    return `'[${ip}]:${port}' '${mode}' (sent/all = ${s}/${all} bytes -${100 - Math.round((s / all) * 100)}%, prep/sent/total = ${(p / 100).toFixed(2)}/${(q / 100).toFixed(2)}/${((p + q) / 100).toFixed(2)} ms) ${status} '${url}'`;
  };
  const fmt = (t, [n, text]) => `${ymdHmsAt(t)}: ${n}: ${tid} ${text}`;
  const render = lines(fmt);
  const conn = (url, status, mode) => {
    id += 1;
    const ip = lan(rng);
    const port = rng.int(30000, 65000);
    return { L: [[id, `'[${ip}]:${port}' 'CONNECTED'`], [id, data(ip, port, url, status, mode)], [id, `'[${ip}]:${port}' 'DISCONNECTED'`]] };
  };
  const CH = ['lifts.drive_temp', 'lifts.drive_current', 'system.cpu', 'system.ram', 'net.eth0', 'lifts.rope_speed', 'snowmaking.pump_pressure'];
  const filler = (rng) =>
    rng.pick([
      () => conn(`/api/v1/data?chart=${rng.pick(CH)}&format=json&points=${rng.int(60, 600)}&group=average&gtime=0&options=ms%7Cflip%7Cjsonwrap%7Cnonzero&after=-${rng.pick([300, 600, 900])}`),
      () => conn(`/api/v1/alarms?active`),
      () => conn(`/api/v1/badge.svg?chart=${rng.pick(CH)}&alarm=${rng.pick(['drive_overheat', 'rope_slip', 'pump_low'])}&refresh=auto`),
      () => conn('/dashboard.js', 200, 'FILECOPY'),
      () => conn(`/api/v1/info`),
    ])();
  const steps = [
    3,
    plant('negative', 'netdata-data-jquery-cache-buster', 'none', "The dashboard's jQuery cache buster (`_=<epoch ms>`) on a data request: a timestamp, no credential.", ({ t }) => {
      const v = String(t - 3000 + 17);
      return { value: v, event: conn(`/api/v1/data?chart=lifts.rope_speed&format=json&after=-600&_=${v}`) };
    }),
    4,
    plant('api-key-name', 'netdata-access-query-monitor-key', 'error', `${WHY.apiKey('monitor_key')} The lift operator's Grafana data source reaches the agent through a proxy that checks the key in the query; Netdata's access.log writes the whole URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: conn(`/api/v1/data?chart=lifts.drive_current&after=-3600&points=360&format=json&monitor_key=${key}`) };
    }),
    4,
    plant('session-id', 'netdata-access-query-portal-session', 'error', WHY.session("The ops portal's single sign-on proxy appends the portal's session (`portal_session=`) to the dashboards it frames; the agent logs the request with it"), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: conn(`/api/v1/charts?portal_session=${sid}`) };
    }),
    4,
    plant('negative', 'netdata-registry-machine-guid', 'none', "The registry's `machine=` GUID on a `hello` call: the agent's identifier, no credential.", ({ rng }) => {
      const g = rng.uuid();
      return { value: g, event: conn(`/api/v1/registry?action=hello&machine=${g}`) };
    }),
    4,
    plant('encoded', 'netdata-access-query-ctx-base64url-json-token', 'error', 'A kiosk screen at the base station opens its dashboard with a `ctx=` parameter: base64url JSON that carries the kiosk\'s API token (`{"kiosk":"base-station","token":"…"}`).', ({ rng }) => {
      const b = b64urlOf(JSON.stringify({ kiosk: 'base-station-2', token: rng.alnum(36), lifts: ['coire-cas', 'ptarmigan'] }));
      return { value: b, event: conn(`/api/v1/info?ctx=${b}`) };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'mon' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// statping.log: logs/statping.log of Statping-ng 0.90 running the lift and piste status page (UTC, no zone): logrus'
// text formatter with full timestamps, `LEVL[yyyy-mm-dd HH:MM:SS] message`, service checks, notifiers, OAuth sign-in at
// debug. From memory (https://github.com/statping-ng/statping-ng wiki, not fetched).

function statpingLog(rng) {
  const fmt = (t, [lvl, msg]) => `${lvl}[${ymdHmsAt(t)}] ${msg}`;
  const render = lines(fmt);
  const SV = ['Coire Cas Chair', 'Ptarmigan Funicular', 'Fiacaill T-bar', 'Snow report API', 'Lift pass shop', 'Webcams'];
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', `Service '${rng.pick(SV)}' is online, latency ${rng.int(20, 900)}ms`]] }),
      () => ({ L: [['DEBU', `Checking service '${rng.pick(SV)}' (HTTP GET) interval ${rng.pick([30, 60, 120])}s`]] }),
      () => ({ L: [['INFO', `Saved ${rng.int(1, 40)} hits to the database`]] }),
      () => ({ L: [['WARN', `Service '${rng.pick(SV)}' is slow: ${rng.int(2000, 9000)}ms`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'statping-config-sha256', 'none', 'The configuration\'s checksum Statping writes at start (`sha256:<64 hex>`): a hash, no credential.', ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { L: [['INFO', `Loaded config.yml (sha256:${h})`], ['INFO', 'Starting monitoring process for 14 services']] } };
    }),
    3,
    plant('header-dump', 'statping-service-headers-field-bearer', 'error', "A service's `headers` field as Statping stores it (`Authorization=Bearer <token>,Accept=…`, comma-separated) written at debug when the check is created: the snow report API's token.", ({ rng }) => {
      const tok = rng.alnum(44);
      return { value: tok, event: { L: [['DEBU', `Creating service 'Snow report API' type=http method=GET headers=Authorization=Bearer ${tok},Accept=application/json expected_status=200`]] } };
    }),
    3,
    plant('api-key-name', 'statping-check-error-service-key', 'error', `${WHY.apiKey('service_key')} The funicular's vendor API takes it in the query; the failed check's Go error (\`Get "…": context deadline exceeded\`) writes the URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { L: [['WARN', `Service 'Ptarmigan Funicular' is failing: Get "https://remote.lift-vendor.example/v2/installations/CD-PF1/state?service_key=${key}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`]] } };
    }),
    3,
    plant('implicit-fragment', 'statping-check-url-with-access-token-fragment', 'error', "A webcam service was added with an address copied from the browser after sign-in (`…/viewer#access_token=…`); Go's `*url.Error` writes the URL as configured, fragment included: a live access token.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { L: [['WARN', `Service 'Webcams' is failing: Get "https://cams.${CD}/viewer#access_token=${at}&token_type=bearer&expires_in=7200": dial tcp 10.66.4.12:443: connect: connection refused`]] } };
    }),
    3,
    plant('negative', 'statping-oauth-start-state-nonce', 'none', "The OAuth sign-in's start with its `state` and `nonce`: flow values that protect the callback, no credential.", ({ rng }) => {
      const st = rng.hex(32);
      return { value: st, event: { L: [['DEBU', `oauth start: redirecting to https://slack.com/openid/connect/authorize?response_type=code&client_id=${digits(rng, 12)}.${digits(rng, 13)}&scope=openid%20email&state=${st}&nonce=${rng.hex(16)}&redirect_uri=https%3A%2F%2Fstatus.${CD}%2Foauth%2Fslack`]] } };
    }),
    2,
    plant('oauth-code', 'statping-oauth-slack-callback-code', 'warning', `${WHY.code} Slack's code (\`<n>.<n>.<hex>\`) in Statping's OAuth callback, written at debug.`, ({ rng }) => {
      const code = `${digits(rng, 12)}.${digits(rng, 13)}.${rng.hex(64)}`;
      return { value: code, event: { L: [['DEBU', `oauth callback GET /oauth/slack?code=${code}&state=${rng.hex(16)}`]] } };
    }),
    2,
    plant('refresh-token', 'statping-oauth-slack-token-response-xoxe', 'error', `${WHY.refresh} Slack's token rotation answers with a refresh token (\`xoxe-1-…\`); Statping's debug line writes the answer.`, ({ rng }) => {
      const rt = `xoxe-1-${upperNum(rng, 2)}${rng.alnum(12)}-${digits(rng, 13)}-${rng.hex(64)}`;
      return { value: rt, event: { L: [['DEBU', `oauth token response: ok=true token_type=user scope=identity.basic expires_in=43200 refresh_token=${rt}`]] } };
    }),
    3,
    plant('webhook', 'statping-notifier-webex-incoming-webhook', 'error', WHY.webhook('A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`) the lift notifier posts to; the notifier error writes the URL'), ({ rng }) => {
      const id = rng.b64url(88);
      return { value: id, event: { L: [['ERRO', `Notifier 'webex' failed for 'Coire Cas Chair': Post "https://webexapis.com/v1/webhooks/incoming/${id}": EOF`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'status' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// watchtower.log: `docker logs watchtower` of Watchtower 1.7 with `--debug --trace` (logrus' text formatter without a
// TTY: `time="<RFC 3339, Z>" level=<l> msg="…" key=value`), registry token requests at trace, shoutrrr notifications.
// https://containrrr.dev/watchtower/notifications (read through search: notifications go through logrus hooks and
// shoutrrr URLs); the messages from memory.

function watchtowerLog(rng) {
  const fmt = (t, [lvl, msg, extra = '']) => `time="${iso(t).slice(0, 19)}Z" level=${lvl} msg="${msg}"${extra ? ` ${extra}` : ''}`;
  const render = lines(fmt);
  const IM = ['corriedubh/lift-shop', 'corriedubh/snow-report', 'corriedubh/workshop-notes', 'louislam/uptime-kuma', 'statping-ng/statping-ng'];
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['debug', 'Checking containers for updated images']] }),
      () => ({ L: [['debug', 'No new images found for /' + rng.pick(['shop', 'status', 'notes', 'report'])]] }),
      () => ({ L: [['info', `Session done`, `Failed=0 Scanned=${rng.int(4, 9)} Updated=0 notify=no`]] }),
      () => ({ L: [['trace', 'Doing a HEAD request to fetch a digest', `url="https://index.docker.io/v2/${rng.pick(IM)}/manifests/latest"`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'watchtower-image-digest', 'none', "An image digest (`sha256:<64 hex>`) Watchtower compares: a content hash, no credential.", ({ rng }) => {
      const d = rng.hex(64);
      return { value: d, event: { L: [['debug', 'Found a remote digest to compare with', `remote="docker.io/corriedubh/lift-shop@sha256:${d}"`]] } };
    }),
    3,
    plant('header-dump', 'watchtower-trace-registry-bearer-jwt', 'error', "At trace, Watchtower writes the bearer token it got from the private registry for a manifest request (`token=\"Bearer <JWT>\"`), on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: rng.int(2, 30), jti: true, claims: { iss: `registry.${CD}`, sub: 'watchtower', aud: `registry.${CD}`, access: [{ type: 'repository', name: 'corriedubh/lift-shop', actions: ['pull'] }] } });
      return { value: token, jwt: facts, event: { L: [['trace', 'Setting request token', `token="Bearer ${token}"`]] } };
    }),
    3,
    plant('refresh-token', 'watchtower-trace-registry-token-response-refresh', 'error', `${WHY.refresh} The registry's token endpoint answers with an offline \`refresh_token\` (it was asked with \`offline_token=true\`); Watchtower's trace line writes the answer's fields.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { L: [['trace', 'Got registry token response', `expires_in=300 issued_at="${iso(DAY0 + 4 * HOUR)}" refresh_token=${rt} scope="repository:corriedubh/snow-report:pull"`]] } };
    }),
    3,
    plant('negative', 'watchtower-container-id', 'none', "A container id (12 hex digits) Watchtower stops and starts: an identifier, no credential.", ({ rng }) => {
      const c = rng.hex(12);
      return { value: c, event: { L: [['info', `Stopping /report (${c}) with SIGTERM`]] } };
    }),
    3,
    plant('webhook', 'watchtower-shoutrrr-discord-url', 'error', WHY.webhook('A Discord webhook in shoutrrr\'s form (`discord://<token>@<webhook id>`) Watchtower notifies through; the failed send writes the service URL'), ({ rng }) => {
      const tok = rng.b64url(68);
      return { value: tok, event: { L: [['error', `Failed to send shoutrrr notification (url=discord://${tok}@${digits(rng, 19)}): failed to send discord notification: got unexpected HTTP status: 429 Too Many Requests`, 'index=0 notify=no service=discord']] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'wt' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// joplin-server.log: `docker logs` of Joplin Server 3.0 for the bike workshop's repair notes (UTC, no zone):
// `yyyy-mm-dd HH:MM:SS: <module>: <message>`, the App's request lines `App: <METHOD> <url> (<status>) (<n>ms)`, errors
// with util.inspect dumps. From memory (https://joplinapp.org/help/dev/spec/server_… not fetched).

function joplinLog(rng) {
  const fmt = (t, [mod, msg]) => `${ymdHmsAt(t)}: ${mod}: ${msg}`;
  const render = lines(fmt);
  const req = (m, url, st = 200) => ['App', `${m} ${url} (${st}) (${rng.int(2, 180)}ms)`];
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [req('GET', `/api/items/root:/${rng.hex(32)}.md:/content`)] }),
      () => ({ L: [req('PUT', `/api/items/root:/${rng.hex(32)}.md:/content`)] }),
      () => ({ L: [req('GET', `/api/items/root:/:/delta?cursor=${rng.int(1000, 9000)}`)] }),
      () => ({ L: [['TaskService', `Running task "Delete expired sessions" (${rng.int(1, 9)})`]] }),
      () => ({ L: [req('GET', '/api/ping')] }),
    ])();
  const steps = [
    3,
    plant('negative', 'joplin-item-id', 'none', "A note's item id in the sync path (`root:/<32 hex>.md:`): an identifier, no credential.", ({ rng }) => {
      const i = rng.hex(32);
      return { value: i, event: { L: [req('DELETE', `/api/items/root:/${i}.md:`)] } };
    }),
    3,
    plant('path-secret', 'joplin-share-link-anonymous-get', 'error', WHY.pathSecret('A published note of the workshop (a repair estimate shared with the customer), `/shares/<32 characters>`, opened without a session'), ({ rng }) => {
      const s = rng.alnum(32);
      return { value: s, event: { L: [req('GET', `/shares/${s}`)] } };
    }),
    3,
    plant('session-id', 'joplin-error-inspect-x-api-auth', 'error', WHY.session('A sync error dumps the request headers with util.inspect; `x-api-auth` is the Joplin client\'s session id'), ({ rng }) => {
      const sid = rng.alnum(32);
      return { value: sid, event: { L: [['App', `[error] PUT /api/items/root:/${rng.hex(32)}.md:/content: Error: Item too large { headers: { 'x-api-auth': '${sid}', 'content-type': 'application/octet-stream', 'x-api-min-version': '2.6.0' } }`]] } };
    }),
    3,
    plant('path-secret', 'joplin-password-reset-token-query', 'error', WHY.pathSecret('A password reset link (`/password/reset?token=…`) a mechanic opened from the e-mail'), ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { L: [req('GET', `/password/reset?token=${tok}`)] } };
    }),
    3,
    plant('framework-dump', 'joplin-login-body-inspect', 'error', "A failed web sign-in logs the parsed form body with util.inspect (`{ email: '…', password: '…' }`): the mechanic's password in clear.", ({ rng }) => {
      const pw = `${rng.alnum(10)}!${digits(rng, 3)}`;
      return { value: pw, event: { L: [['App', `[error] POST /login: ErrorForbidden: Invalid username or password body: { email: 'ewan.workshop@${CD}', password: '${pw}' }`]] } };
    }),
    3,
    plant('negative', 'joplin-css-version-buster', 'none', "A stylesheet's `?v=` content hash: a cache buster, no credential.", ({ rng }) => {
      const v = rng.hex(20);
      return { value: v, event: { L: [req('GET', `/css/main.min.css?v=${v}`)] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'notes' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// prod-2027-01-23.log: var/log/prod-<date>.log of the lift pass shop on Shopware 6.6 (Monolog's line formatter, UTC):
// `[<RFC 3339, microseconds, +00:00>] <channel>.<LEVEL>: <message> <context JSON> <extra JSON>`, Symfony's
// `request.INFO: Matched route` with `route_parameters` and `request_uri`, the shop's plugins on `app`. From memory
// (https://developer.shopware.com/docs/guides/hosting/infrastructure/… not fetched).

function shopwareLog(rng) {
  const fmt = (t, [ch, msg, ctx = {}]) => `[${iso(t).slice(0, 19)}.${usPart(rng, t)}+00:00] ${ch}: ${msg} ${JSON.stringify(ctx)} []`;
  const render = lines(fmt);
  const SHOP = `https://shop.${CD}`;
  const matched = (route, uri, params = {}) => ['request.INFO', `Matched route "${route}".`, { route, route_parameters: { _route: route, ...params }, request_uri: uri, method: 'GET' }];
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [matched('frontend.detail.page', `${SHOP}/detail/${rng.hex(32)}`, { productId: rng.hex(32) })] }),
      () => ({ L: [matched('frontend.navigation.page', `${SHOP}/navigation/${rng.hex(32)}`, { navigationId: rng.hex(32) })] }),
      () => ({ L: [matched('frontend.checkout.cart.page', `${SHOP}/checkout/cart`)] }),
      () => ({ L: [['app.INFO', 'Lift pass order placed', { orderNumber: `CD${digits(rng, 6)}`, passes: rng.int(1, 4), product: rng.pick(['day', 'half-day', 'season', 'bike-park-day']) }]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'shopware-sw-access-key-sales-channel', 'none', "A sales channel access key (`sw-access-key: SWSC…`): the headless storefront sends it from the browser, a public identifier of the channel, no credential.", ({ rng }) => {
      const k = `SWSC${upperNum(rng, 22)}`;
      return { value: k, event: { L: [['app.DEBUG', 'Store API request', { path: '/store-api/context', headers: { 'sw-access-key': [k], 'sw-language-id': [rng.hex(32)] } }]] } };
    }),
    3,
    plant('oauth-code', 'shopware-sso-callback-keycloak-code', 'warning', `${WHY.code} A Keycloak code (\`<uuid>.<uuid>.<uuid>\`) in the staff sign-in plugin's callback; Symfony's router listener and the plugin's error write the same request.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      const uri = `${SHOP}/sso/callback?state=${rng.hex(24)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fsso.${CD}%2Frealms%2Fstaff&code=${code}`;
      return { value: code, event: { L: [matched('frontend.sso.callback', uri), ['app.ERROR', 'SSO callback failed: invalid_grant', { uri }]] } };
    }),
    3,
    plant('id-token', 'shopware-sso-debug-token-response-id-token', 'error', "The plugin logs the token endpoint's answer at debug (`\"id_token\":\"<JWT>\"`), on a line with its +00:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: rng.int(1, 20), jti: true, claims: { iss: `https://sso.${CD}/realms/staff`, aud: 'lift-shop', sub: rng.uuid(), email: 'morag.tickets@corriedubh.example', nonce: rng.hex(16) } });
      return { value: token, jwt: facts, event: { L: [['app.DEBUG', 'SSO token response', { token_type: 'Bearer', expires_in: 300, id_token: token, scope: 'openid email' }]] } };
    }),
    3,
    plant('path-secret', 'shopware-account-recover-password-hash', 'error', WHY.pathSecret('A customer password recovery link (`/account/recover/password?hash=<32 characters>`) in Symfony\'s `request_uri`'), ({ rng }) => {
      const h = rng.alnum(32);
      return { value: h, event: { L: [matched('frontend.account.recover.password.page', `${SHOP}/account/recover/password?hash=${h}`)] } };
    }),
    3,
    plant('framework-dump', 'shopware-route-parameters-guest-deep-link-code', 'error', "Symfony's `Matched route` writes the route parameters: a guest order's `deepLinkCode` opens the order (name, address, lift passes with their QR codes) without an account.", ({ rng }) => {
      const c = rng.alnum(32);
      return { value: c, event: { L: [matched('frontend.account.order.single.page', `${SHOP}/account/order/${c}`, { deepLinkCode: c })] } };
    }),
    3,
    plant('implicit-fragment', 'shopware-js-error-report-href-access-token', 'error', "The storefront's JavaScript error reporter posts `location.href`; after the bike park's partner sign-in it holds `#access_token=…`.", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { L: [['app.WARNING', 'Storefront JS error', { message: "TypeError: Cannot read properties of null (reading 'dataset')", href: `${SHOP}/bike-park/partner#access_token=${at}&token_type=Bearer&expires_in=3600`, ua: rng.pick(BROWSERS) }]] } };
    }),
    3,
    plant('refresh-token', 'shopware-admin-api-refresh-grant-def502', 'error', `${WHY.refresh} A Shopware Admin API refresh token (league/oauth2-server's encrypted \`def50200…\`) in a sync tool's token request, logged by the shop's API logging plugin.`, ({ rng }) => {
      const rt = `def50200${rng.hex(600)}`;
      return { value: rt, event: { L: [['app.DEBUG', 'Admin API token request', { path: '/api/oauth/token', grant_type: 'refresh_token', client_id: 'administration', refresh_token: rt }]] } };
    }),
    3,
    plant('session-id', 'shopware-store-api-sw-context-token', 'error', WHY.session("The Store API's `sw-context-token` header is the customer's context (cart, login); the API logging plugin writes it"), ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { L: [['app.DEBUG', 'Store API request', { path: '/store-api/account/customer', headers: { 'sw-context-token': [tok], 'sw-language-id': [rng.hex(32)] } }]] } };
    }),
    3,
    plant('id-token', 'shopware-sso-logout-id-token-hint-expired', 'note', "A staff sign-out sends `id_token_hint=<JWT>` to the provider's end-session endpoint; the token had expired hours before the line: an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: 3 * 3600 + rng.int(60, 900), jti: true, claims: { iss: `https://sso.${CD}/realms/staff`, aud: 'lift-shop', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { L: [['app.INFO', 'SSO logout redirect', { location: `https://sso.${CD}/realms/staff/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=${encodeURIComponent(`${SHOP}/`)}` }]] } };
    }),
    3,
    plant('embed-jwt', 'shopware-cms-iframe-embed-jwt-fragment-no-exp', 'error', "A CMS element frames the piste map through an embed URL (`/embed/<JWT>#bordered`), a token without `exp`; the element's warning writes the `src` at a +00:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { resource: { dashboard: 7 }, params: { resort: 'corrie-dubh' } } });
      return { value: token, jwt: facts, event: { L: [['app.WARNING', 'CMS element "piste-map" iframe did not load', { src: `https://stats.${CD}/embed/dashboard/${token}#bordered=false&titled=false` }]] } };
    }),
    3,
    plant('negative', 'shopware-media-ts-cache-buster', 'none', "A media URL's `?ts=<epoch>` cache buster: a timestamp, no credential.", ({ t }) => {
      const ts = String(sec(t) - 86400 * 3);
      return { value: ts, event: { L: [['app.INFO', 'Thumbnail generated', { url: `${SHOP}/media/7f/0c/lift-pass-season.jpg?ts=${ts}` }]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'shop' }, filler, render, steps });
}

// =====================================================================================================================
// Yoldızlı Kük (Tatar, Latin script; Kazan, UTC+3)
// =====================================================================================================================

const YK = 'yoldizli.example';

// ---------------------------------------------------------------------------------------------------------------------
// app-2027-01-23.log: AzuraCast 0.20's application log of Tawış FM (Monolog's line formatter, `+03:00`):
// `[<RFC 3339, microseconds, +03:00>] AzuraCast.<LEVEL>: <message> <context JSON> []`, webhook dispatches, storage
// locations, listener authentication. From memory (https://www.azuracast.com/docs/ not fetched; an AzuraCast issue
// about its webhooks (Discord, Twitter…) read through search).

function azuracastLog(rng) {
  const fmt = (t, [lvl, msg, ctx = {}]) => `[${local(t, MSK).slice(0, 19)}.${usPart(rng, t)}+03:00] AzuraCast.${lvl}: ${msg} ${JSON.stringify(ctx)} []`;
  const render = lines(fmt);
  const R = `https://radio.${YK}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'Efir: yaña cır (new track)', { station: 'tawis_fm', song: rng.pick(['Salawat — Tugan Yak', 'Aygöl — Qar', 'Zölfät — Kük', 'Alsu — Sabantuy']), listeners: rng.int(20, 300) }]] }),
      () => ({ L: [['DEBUG', 'Now playing cache updated', { station: 'tawis_fm', duration: (rng.int(10, 900) / 1000).toFixed(3) }]] }),
      () => ({ L: [['INFO', 'Tıñlawçı totaştı (listener connected)', { mount: '/radio.mp3', ip: publicIp(rng) }]] }),
      () => ({ L: [['DEBUG', 'Running sync task', { task: rng.pick(['NowPlaying', 'CheckMediaTask', 'RotateLogs', 'CleanupHistory']) }]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'azuracast-api-key-identifier-only', 'none', "AzuraCast API keys are `<identifier>:<verifier>`; the audit line writes the 16-hex identifier only: no credential.", ({ rng }) => {
      const idf = rng.hex(16);
      return { value: idf, event: { L: [['INFO', 'API açqıçı belän kerü (API key sign-in)', { key_id: idf, user: 'efir-bot' }]] } };
    }),
    3,
    plant('webhook', 'azuracast-generic-webhook-rocketchat-hooks', 'error', WHY.webhook('A Rocket.Chat incoming integration (`/hooks/<id>/<token>`) a generic webhook of the station posts to; the dispatch and its failure write the URL'), ({ rng }) => {
      const p = `${rng.alnum(17)}/${rng.alnum(48)}`;
      const url = `https://chat.${YK}/hooks/${p}`;
      return { value: p, event: { L: [['DEBUG', 'Webhook "Tatar çat" cibärelä (dispatching)', { type: 'generic', url }], ['ERROR', 'Webhook "Tatar çat" xatası (failed)', { url, code: 502 }]] } };
    }),
    3,
    plant('id-token', 'azuracast-public-page-query-id-token', 'error', "The listeners' club signs in through the provider and lands on the station's public page with `id_token=<JWT>` in the query; the public page's warning writes the address, at a +03:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(2, 60), claims: { iss: `https://kerü.${YK}/realms/tingla`, aud: 'tawis-fm', sub: rng.uuid(), preferred_username: 'ilnur.g' } });
      return { value: token, jwt: facts, event: { L: [['WARNING', 'Bilgesez parametr (unknown parameter) on public page', { uri: `${R}/public/tawis_fm?id_token=${token}` }]] } };
    }),
    3,
    plant('replay', 'azuracast-listener-auth-bilet-once', 'note', WHY.ticketFirst('A one-time listening ticket (`bilet`) of a paid live concert stream, checked by the listener authentication of the mount; the line writes the ticket and the address. The ticket is'), ({ rng, t }) => {
      const b = rng.b64url(22);
      firstUse.bilet = t;
      return { value: b, event: { L: [['INFO', 'Bilet qabul itelde (ticket accepted)', { mount: '/konsert.mp3', bilet: b, ip: '198.51.100.44' }]] } };
    }, { ref: 'bilet' }),
    2,
    plant('replay', 'azuracast-listener-auth-bilet-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('bilet').value, why: `${WHY.replay('bilet', gap('bilet', t))} Another listener at another address used the same one-time ticket and the mount let it in again.` }], event: { L: [['INFO', 'Bilet qabul itelde (ticket accepted)', { mount: '/konsert.mp3', bilet: refs.get('bilet').value, ip: '203.0.113.201' }]] } }), { replayOf: 'bilet', after: 97 }),
    3,
    plant('path-secret', 'azuracast-login-token-recovery-link', 'error', WHY.pathSecret('An account recovery link (`/login-token/<token>`) the station sends to a presenter; the mail line writes it'), ({ rng }) => {
      const tok = `${rng.hex(16)}:${rng.hex(32)}`;
      return { value: tok, event: { L: [['INFO', 'Sersüz yañartu sıltaması cibärelde (recovery link sent)', { email: 'r.xäyrullina@yoldizli.example', url: `${R}/login-token/${tok}` }]] } };
    }),
    3,
    plant('api-key-name', 'azuracast-now-playing-push-acqic', 'error', `${WHY.apiKey('acqic')} ("key", ASCII-folded \`açqıç\`) The station pushes now-playing data to the city's screens with the key in the query; the failure writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { L: [['ERROR', 'Tablo yañartu xatası (screen update failed)', { url: `https://tablo.kazan-ekran.example/v1/yanartu?acqic=${key}&stansa=tawis_fm`, code: 403 }]] } };
    }),
    3,
    plant('framework-dump', 'azuracast-api-error-params-sersuz', 'error', "An API error logs the parsed request body (`\"params\":{…}`): the new presenter's password under `sersüz` (\"password\").", ({ rng }) => {
      const pw = `${rng.alnum(12)}${digits(rng, 2)}`;
      return { value: pw, event: { L: [['ERROR', 'API xatası (API error)', { uri: '/api/admin/users', method: 'POST', params: { email: 'alia.efir@yoldizli.example', name: 'Äliä', 'sersüz': pw, roles: [3] } }]] } };
    }),
    3,
    plant('embed-jwt', 'azuracast-embed-efir-referer-120s', 'warning', "The embeddable schedule page is opened from a partner site through `/embed/efir/<JWT>` (\"broadcast\"), valid 120 s without a jti; the referer lands in the request log at a +03:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { station: 'tawis_fm', view: 'efir-tärtibe', partner: 'kazan-mädäni' } });
      return { value: token, jwt: facts, event: { L: [['DEBUG', 'Embed request', { path: '/public/tawis_fm/schedule', referer: `https://tawis.${YK}/embed/efir/${token}` }]] } };
    }),
    3,
    plant('refresh-token', 'azuracast-storage-location-dropbox-refresh', 'error', `${WHY.refresh} The archive's Dropbox storage location fails and the error context includes the location's fields, \`dropboxRefreshToken\` among them.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { L: [['ERROR', 'Saqlaw urını xatası (storage location error)', { location: 'Arxiw (Dropbox)', adapter: 'dropbox', dropboxAppKey: lowerNum(rng, 15), dropboxRefreshToken: rt, error: 'invalid_access_token' }]] } };
    }),
    3,
    plant('id-token', 'azuracast-logout-id-token-hint-12h', 'error', "The admin panel's sign-out redirects with `id_token_hint=<JWT>` (12 h, with a jti); the redirect is logged at a +03:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 43200, age: rng.int(600, 7200), jti: true, claims: { iss: `https://kerü.${YK}/realms/tingla`, aud: 'azuracast', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { L: [['INFO', 'Çığu (sign-out)', { redirect: `https://keru.${YK}/realms/tingla/protocol/openid-connect/logout?id_token_hint=${token}` }]] } };
    }),
    3,
    plant('negative', 'azuracast-song-id-md5', 'none', "AzuraCast's song id (`song_id`, an MD5 of artist and title): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { L: [['DEBUG', 'Song history entry', { song_id: h, station: 'tawis_fm' }]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'radio' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// airsonic.log: Airsonic-Advanced 11 (Spring Boot's default logback pattern, Kazan time, no zone):
// `yyyy-MM-dd HH:mm:ss.SSS  LEVEL <pid> --- [<thread, 15 wide>] <logger, 40 wide> : <message>`, DispatcherServlet at
// DEBUG (parameters masked, then in clear after `spring.mvc.log-request-details=true`), PodcastService, Apache
// HttpClient's header log. From memory (https://airsonic.github.io/docs/ not fetched).

function airsonicLog(rng) {
  const fmt = (t, [lvl, thread, logger, msg]) => `${ymdHmsAt(t, MSK)}.${msPart(t)} ${lvl.padStart(5)} 1 --- [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40)} : ${msg}`;
  const render = lines(fmt);
  const A = 'https://arxiw.yoldizli.example';
  const DS = 'o.s.web.servlet.DispatcherServlet';
  const ex = () => `nio-4040-exec-${rng.int(1, 9)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['DEBUG', ex(), DS, `GET "/stream?id=${rng.int(100, 9000)}&maxBitRate=128", parameters={masked}`], ['DEBUG', ex(), DS, 'Completed 200 OK']] }),
      () => ({ L: [['INFO', 'task-scheduler-1', 'o.a.player.service.MediaScannerService', `Scanned media library with ${rng.int(4000, 9000)} entries.`]] }),
      () => ({ L: [['INFO', ex(), 'o.a.player.service.PlayQueueService', `Tapşıru arxivı: ${rng.pick(['Irtänge efir', 'Kiçke söyläşü', 'Yäşlär säğate'])} uynatıla (playing)`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'airsonic-dispatcher-parameters-masked', 'none', "Spring's DispatcherServlet masks request parameters by default (`parameters={masked}`): no credential.", () => ({ value: 'POST "/createUser", parameters={masked}', event: { L: [['DEBUG', 'nio-4040-exec-2', DS, 'POST "/createUser", parameters={masked}']] } })),
    3,
    plant('api-key-name', 'airsonic-podcast-download-acqic', 'error', `${WHY.apiKey('acqic')} A partner station's podcast feed is subscribed with the key in its URL; PodcastService's warning writes it.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { L: [['WARN', 'podcast-download-1', 'o.a.player.service.PodcastService', `Failed to download Podcast from https://podcast.kazan-radio.example/feed/tatarca.xml?acqic=${key}: HTTP 503`]] } };
    }),
    3,
    plant('header-dump', 'airsonic-httpclient-headers-basic', 'error', "Apache HttpClient's header log at DEBUG writes the outgoing `Authorization: Basic <base64>` of the archive's member feed.", ({ rng }) => {
      const b = b64Of(`arxiw:${rng.alnum(18)}`);
      return { value: b, event: { L: [['DEBUG', 'podcast-download-2', 'org.apache.http.headers', `http-outgoing-7 >> Authorization: Basic ${b}`]] } };
    }),
    3,
    plant('encoded', 'airsonic-cover-proxy-base64url-of-url-with-key', 'error', "A cover image is fetched through the image proxy as `/p/<base64url of the whole URL>`; the encoded URL carries the image service's `acqic` key.", ({ rng }) => {
      const b = b64urlOf(`https://img.kazan-radio.example/cover/${rng.int(1000, 9999)}.jpg?acqic=${rng.alnum(32)}`);
      return { value: b, event: { L: [['WARN', 'cover-art-1', 'o.a.player.controller.CoverArtController', `Failed to fetch cover art from https://imgproxy.${YK}/p/${b}: 404`]] } };
    }),
    3,
    plant('negative', 'airsonic-podcast-episode-guid', 'none', "A podcast episode's GUID as the feed gives it: an identifier, no credential.", ({ rng }) => {
      const g = rng.uuid();
      return { value: g, event: { L: [['INFO', 'podcast-download-1', 'o.a.player.service.PodcastService', `Downloaded episode guid=${g} (Kiçke söyläşü, 48 MB)`]] } };
    }),
    2,
    plant('framework-dump', 'airsonic-dispatcher-parameters-in-clear-sersuz', 'error', "After `spring.mvc.log-request-details=true` was set to chase a bug, DispatcherServlet writes the form's parameters in clear: the new presenter's password under `sersuz`.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { L: [['INFO', 'main', 'o.a.player.Application', 'Started Application in 9.412 seconds (process running for 10.2)'], ['DEBUG', 'nio-4040-exec-4', DS, `POST "/createUser", parameters={username:[gölnara], email:[g.efir@yoldizli.example], sersuz:[${pw}], adminRole:[false]}`]] } };
    }),
    3,
    plant('path-secret', 'airsonic-invitation-link-caqiru', 'error', WHY.pathSecret('An invitation link for a new presenter (`/caqiru/<token>`, "invitation") the archive mails'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { L: [['INFO', 'nio-4040-exec-6', 'o.a.player.service.MailService', `Çaqıru cibärelde (invitation sent) to a.sabirova@yoldizli.example: ${A}/caqiru/${tok}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'arxiw' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log_19-02-11.txt: a KStars 3.7 log file (Ekos, Settings > Logs > file) of the observatory's imaging PC, in UTC:
// `[yyyy-MM-ddTHH:mm:ss.zzz UTC <LEVL> ][<category, right-aligned>] - <message>`, the online astrometry.net solver's
// requests, the scheduler and an extension. From memory (https://docs.kde.org/trunk5/en/extragear-edu/kstars/tool-ekos.html
// read through search: the online solver; the line layout not checked).

function kstarsLog(rng) {
  const fmt = (t, [lvl, cat, msg]) => `[${iso(t).slice(0, 23)} UTC ${lvl} ][${cat.padStart(30)}] - ${msg}`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'org.kde.kstars.ekos.capture', `"Capturing ${rng.int(60, 300)}.000-second Ha image..."`]] }),
      () => ({ L: [['DEBG', 'org.kde.kstars.ekos.guide', `"Guiding RMS: ${(rng.int(30, 140) / 100).toFixed(2)}\\" (RA ${(rng.int(20, 90) / 100).toFixed(2)}, DE ${(rng.int(20, 90) / 100).toFixed(2)})"`]] }),
      () => ({ L: [['INFO', 'org.kde.kstars.ekos.focus', `"Autofocus complete after ${rng.int(5, 12)} iterations. HFR ${(rng.int(180, 320) / 100).toFixed(2)}"`]] }),
      () => ({ L: [['DEBG', 'org.kde.kstars.indi', `"Kumbaze-EQ6 : RA 05h ${rng.int(10, 59)}m DE +22° ${rng.int(0, 59)}'"`]] }),
    ])();
  const AST = 'org.kde.kstars.ekos.align';
  const steps = [
    2,
    plant('api-key-name', 'ekos-online-astrometry-login-apikey-json', 'error', `${WHY.apiKey('apikey')} The online solver logs its login request to nova.astrometry.net with the \`request-json\` body in clear (\`{"apikey": "…"}\`).`, ({ rng }) => {
      const key = rng.chars('abcdefghijklmnopqrstuvwxyz', 16);
      return { value: key, event: { L: [['DEBG', AST, `"Online solver: POST http://nova.astrometry.net/api/login request-json={\\"apikey\\": \\"${key}\\"}"`]] } };
    }),
    2,
    plant('encoded', 'ekos-online-astrometry-upload-percent-encoded-session', 'error', 'The upload request with its `request-json` form field percent-encoded: the session key astrometry.net gave the login (`%22session%22%3A%20%22…%22`), a credential for the account\'s jobs.', ({ rng }) => {
      const s = rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32);
      return { value: s, event: { L: [['DEBG', AST, `"Online solver: upload request-json=%7B%22session%22%3A%20%22${s}%22%2C%20%22allow_commercial_use%22%3A%20%22n%22%2C%20%22publicly_visible%22%3A%20%22n%22%7D"`]] } };
    }),
    2,
    plant('negative', 'ekos-astrometry-submission-id', 'none', "astrometry.net's submission and job ids (`subid`, `jobid`): identifiers, no credential.", ({ rng }) => {
      const v = String(rng.int(8000000, 9999999));
      return { value: `subid=${v}`, event: { L: [['INFO', AST, `"Online solver: subid=${v} jobid=${rng.int(10000000, 19999999)} status=success"`]] } };
    }),
    3,
    plant('embed-jwt', 'ekos-extension-embed-kamera-jwt-1h', 'error', "An extension opens the dome camera through `/embed/kamera/<JWT>` (1 h, with a jti) and logs the address at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { iss: `https://kumbaze.${YK}`, cam: 'gumbaz-1', role: 'observer' } });
      return { value: token, jwt: facts, event: { L: [['INFO', 'org.kde.kstars.ekos', `"Extension kumbaze_cam: opening https://kumbaze.${YK}/embed/kamera/${token}"`]] } };
    }),
    3,
    plant('negative', 'ekos-fits-checksum', 'none', "The FITS `CHECKSUM` of a saved frame: a checksum, no credential.", ({ rng }) => {
      const c = upperNum(rng, 16);
      return { value: c, event: { L: [['DEBG', 'org.kde.kstars.fits', `"Saved /home/kuzatu/Pictures/M42/Light/Ha/M42_Light_Ha_300_secs_${rng.int(100, 999)}.fits CHECKSUM=${c} DATASUM=${digits(rng, 10)}"`]] } };
    }),
    3,
    plant('path-secret', 'ekos-scheduler-script-bulesu-link', 'error', WHY.pathSecret("The scheduler's post-job script publishes the night's preview and logs its share link (`/kuzatu/bulesu/<token>`, \"observation/share\")"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { L: [['INFO', 'org.kde.kstars.ekos.scheduler', `"Post-job script output: Küzätü bülešü (share) https://kumbaze.${YK}/kuzatu/bulesu/${tok}"`]] } };
    }),
    3,
    plant('replay', 'ekos-scheduler-remote-observer-bertapqirliq-once', 'note', WHY.ticketFirst("A one-time code (`bertapqirliq`, \"one-time\") a school's remote observer joins the session with; the scheduler's script logs the join with its address. The code is"), ({ rng }) => {
      const c = upperNum(rng, 10);
      return { value: c, event: { L: [['INFO', 'org.kde.kstars.ekos.scheduler', `"Remote observer joined: https://kumbaze.${YK}/kuzatu/qatnas?bertapqirliq=${c} from 198.51.100.77"`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR + 2 * MIN + 11000, site: { host: 'ekos' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// indiserver.log: `journalctl -u indiserver -o short-iso` of indiserver 2.0 with `-v` on the observatory's Raspberry Pi
// (journal time in Kazan's +0300; indiserver's own prefix in UTC): `<ISO +0300> <host> indiserver[<pid>]:
// <yyyy-mm-ddTHH:MM:SS>: <Driver|Client> <name>: <message>`, drivers' stderr (Weather Watcher, Weather Safety Proxy,
// the Dome Scripting Gateway's scripts). From memory (https://www.indilib.org/about/ekos/setup.html read through search:
// local and remote INDI servers; the lines not checked).

function indiserverLog(rng) {
  const fmt = (t, [who, msg]) => `${local(t, MSK).slice(0, 19)}+0300 kumbaze indiserver[812]: ${iso(t).slice(0, 19)}: ${who}: ${msg}`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [[`Client ${rng.int(5, 9)}`, `read newNumberVector Kumbaze-EQ6 EQUATORIAL_EOD_COORD`]] }),
      () => ({ L: [['Driver indi_eqmod_telescope', `queuing responsible for <setNumberVector device='Kumbaze-EQ6' name='EQUATORIAL_EOD_COORD'>`]] }),
      () => ({ L: [['Driver indi_weather_watcher', `Sky temperature ${-rng.int(8, 30)}C, wind ${rng.int(0, 14)} km/h`]] }),
      () => ({ L: [[`Client ${rng.int(5, 9)}`, `read getProperties`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'indiserver-camera-serial', 'none', "A camera's serial number the driver prints at connect: an identifier, no credential.", ({ rng }) => {
      const s = rng.hex(16).toUpperCase();
      return { value: s, event: { L: [['Driver indi_asi_ccd', `Connected to ZWO ASI2600MM Pro (serial ${s})`]] } };
    }),
    3,
    plant('api-key-name', 'indiserver-weather-safety-proxy-acqic', 'error', `${WHY.apiKey('acqic')} The Weather Safety Proxy driver reads the observatory's sky-quality service with the key in the URL; its error writes it.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['Driver indi_weather_safety_proxy', `Error reading https://hawa.${YK}/v1/kurkynychlyk.json?acqic=${key}: HTTP 401`]] } };
    }),
    3,
    plant('embed-jwt', 'indiserver-weather-watcher-embed-hawa-expired', 'note', "The Weather Watcher driver reads a weather page through `/embed/hawa/<JWT>/data.txt` (\"weather\"); the token, with a jti, had expired five hours before: an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 7200, age: 7200 + 5 * 3600 + rng.int(60, 900), jti: true, claims: { iss: `https://hawa.${YK}`, station: 'kumbaze', view: 'watcher' } });
      return { value: token, jwt: facts, event: { L: [['Driver indi_weather_watcher', `Failed to read https://hawa.${YK}/embed/hawa/${token}/data.txt: 403 Forbidden`]] } };
    }),
    3,
    plant('header-dump', 'indiserver-script-dome-curl-verbose-bearer-jwt', 'error', "A Dome Scripting Gateway script opens the roof through the roof controller's API with `curl -v`; its stderr reaches indiserver's log with `> Authorization: Bearer <JWT>`, on a line with its +0300 journal time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { iss: `https://kumbaze.${YK}`, sub: 'dome-script', aud: 'tübä-api', scope: 'roof:write' } });
      return { value: token, jwt: facts, event: { L: [['Driver indi_script_dome', 'open.py: > POST /v1/tuba/ac HTTP/1.1'], ['Driver indi_script_dome', `open.py: > Authorization: Bearer ${token}`], ['Driver indi_script_dome', 'open.py: < HTTP/1.1 202 Accepted']] } };
    }),
    3,
    plant('encoded', 'indiserver-script-dome-base64-json-sersuz', 'error', "The close script logs its request body as base64 (`body=eyJ…`): JSON with the roof controller's user and `sersuz` (\"password\").", ({ rng }) => {
      const b = b64Of(JSON.stringify({ qullanuçı: 'gumbaz', sersuz: rng.alnum(16), action: 'yabu' }));
      return { value: b, event: { L: [['Driver indi_script_dome', `close.py: POST https://tuba.${YK}/v1/tuba/yab body=${b}`]] } };
    }),
    3,
    plant('negative', 'indiserver-blob-md5', 'none', "An image BLOB's MD5 a client checks: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { L: [['Client 7', `queuing <setBLOBVector device='ZWO CCD ASI2600MM Pro' name='CCD1'> size=52428800 md5=${h}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'indi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log.txt: ~/.stellarium/log.txt of Stellarium 24.4 on the planetarium's dome PC: no times on its lines, the start-up
// banner with the date, `[ Initializing … ]` sections, plugin messages (Satellites, Telescope Control, Remote Control)
// and a show script's `core.debug()` output. From memory (https://stellarium.org/doc/ not fetched).

function stellariumLog(rng) {
  const render = (e) => e.L;
  const header = ['2027-01-23T18:40:05', 'Linux 6.8.0-51-generic (Ubuntu 24.04.1 LTS) [x86_64]', 'Compiled using GNU 13.2.0, 64 bit', 'Qt runtime version: 6.4.2', 'Stellarium version: 24.4.0', 'Application language: tt_TT; sky language: tt_TT', '[ Initializing locales ]', 'Config file: "/home/kumbaze/.stellarium/config.ini"'];
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`Loaded ${rng.int(30, 300)} textures in ${rng.int(40, 900)} ms`] }),
      () => ({ L: [`script: Kük kümbäze şou: sahnä ${rng.int(1, 24)} (scene)`] }),
      () => ({ L: [`StelTextureMgr: texture loaded: textures/${rng.pick(['milkyway', 'zodiacallight', 'sun', 'moon'])}.png`] }),
      () => ({ L: [`Telescope Control: Kumbaze-LX200 position RA ${rng.int(0, 23)}h DE ${rng.int(-30, 80)}°`] }),
    ])();
  const steps = [
    2,
    plant('negative', 'stellarium-satellites-etag', 'none', 'The TLE source\'s ETag the Satellites plugin keeps (`ETag "<hex>"`): a content hash, no credential.', ({ rng }) => {
      const e = rng.hex(24);
      return { value: e, event: { L: [`Satellites: TLE source unchanged (ETag "${e}")`] } };
    }),
    3,
    plant('api-key-name', 'stellarium-satellites-tle-source-acqic', 'error', `${WHY.apiKey('acqic')} The Satellites plugin updates its TLE list from the observatory's own source, key in the URL; the plugin logs each source it updates from.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [`Satellites: updating TLE data from https://kumbaze.${YK}/tle/iss-tatarstan.txt?acqic=${key}`, `Satellites: ${rng.int(3, 40)} satellites updated`] } };
    }),
    3,
    plant('negative', 'stellarium-telescope-serial', 'none', "A telescope mount's serial number Telescope Control prints at connect: an identifier, no credential.", ({ rng }) => {
      const s = `LX${digits(rng, 9)}`;
      return { value: s, event: { L: [`Telescope Control: connected to Kumbaze-LX200 (serial ${s})`] } };
    }),
    3,
    plant('encoded', 'stellarium-script-debug-double-html-escaped-url', 'error', "The show script prints the projector controller's URL escaped twice for HTML (`&amp;amp;sersuz=`): the controller's password in the query.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { L: [`script: proyektor: https://proyektor.${YK}/ctl?qullanuci=sou&amp;amp;sersuz=${pw}&amp;amp;sahna=12`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR + 40 * MIN, site: { host: 'stel' }, filler, render, steps, header });
}

// =====================================================================================================================
// Seirbhísí an Chladaigh (Irish; Galway, UTC+0)
// =====================================================================================================================

const SC = 'cladach.example';

// ---------------------------------------------------------------------------------------------------------------------
// error.log: storage/logs/error.log of the tailoring shop's OpenCart 4.0 (UTC, no zone): `yyyy-mm-dd HH:MM:SS - <text>`
// (Log::write with print_r of its argument: arrays over several lines), PHP errors as `PHP <Type>:  <message> in <file>
// on line <n>`, and extensions' messages. From memory (https://github.com/opencart/opencart system/library/log.php not
// fetched).

function opencartLog(rng) {
  const fmt = (t, text) => `${ymdHmsAt(t)} - ${text}`;
  const render = (e) => e.L.flatMap((x, i) => (typeof x === 'string' ? [x] : [fmt(e.t, x[0])]));
  const S = `https://snath.${SC}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [[`PHP Warning:  Undefined array key "tomhas_${rng.pick(['muinchille', 'coim', 'cromain'])}" in /var/www/snath/extension/tomhas/catalog/controller/form.php on line ${rng.int(30, 200)}`]] }),
      () => ({ L: [[`PHP Notice:  Only variables should be passed by reference in /var/www/snath/catalog/model/checkout/order.php on line ${rng.int(100, 900)}`]] }),
      () => ({ L: [[`Ordú ${rng.int(1000, 9999)}: athrú curtha leis (alteration added) cineál=${rng.pick(['giorrú bríste', 'zip nua', 'coim a laghdú'])}`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'opencart-stripe-payment-intent-id', 'none', "A Stripe PaymentIntent id (`pi_…`) the payment extension logs: an identifier, no credential.", ({ rng }) => {
      const pi = `pi_3${rng.alnum(23)}`;
      return { value: pi, event: { L: [[`Stripe: íocaíocht rathúil (payment succeeded) payment_intent=${pi} ordú=${rng.int(1000, 9999)}`]] } };
    }),
    3,
    plant('api-key-name', 'opencart-api-login-key-256', 'error', `${WHY.apiKey('key')} OpenCart's API user key (256 characters) in a sync tool's login URL; the API controller's warning writes it.`, ({ rng }) => {
      const key = rng.alnum(256);
      return { value: key, event: { L: [[`API: logáil isteach theip (login failed) ${S}/index.php?route=api/account/login&username=Default&key=${key}`]] } };
    }),
    3,
    plant('replay', 'opencart-pattern-download-ticead-once', 'note', WHY.ticketFirst('A single-use download ticket (`ticead`, "ticket") for a bought sewing pattern; the download extension logs it with the address. The ticket is'), ({ rng, t }) => {
      const tk = rng.hex(40);
      firstUse.ticead = t;
      return { value: tk, event: { L: [[`Patrún íoslódáilte (pattern downloaded) ${S}/index.php?route=extension/patrun/download&ticead=${tk} ip=192.0.2.61`]] } };
    }, { ref: 'ticead' }),
    2,
    plant('replay', 'opencart-pattern-download-ticead-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('ticead').value, why: `${WHY.replay('ticead', gap('ticead', t))} Another address downloaded the pattern with the same single-use ticket and the extension served it again.` }], event: { L: [[`Patrún íoslódáilte (pattern downloaded) ${S}/index.php?route=extension/patrun/download&ticead=${refs.get('ticead').value} ip=203.0.113.9`]] } }), { replayOf: 'ticead', after: 52 }),
    3,
    plant('header-dump', 'opencart-print-r-getallheaders-basic', 'error', "An extension logs `getallheaders()` with print_r over several lines; the `[Authorization] => Basic <base64>` line is the courier's login for the alterations pick-up API.", ({ rng }) => {
      const b = b64Of(`snath-galway:${rng.alnum(18)}`);
      return { value: b, event: { L: [['Bailiúchán: ceanntásca (pick-up: headers) Array'], '(', '    [Host] => pickup.cuiriuir.example', `    [Authorization] => Basic ${b}`, '    [Content-Type] => application/json', ')', ''] } };
    }),
    3,
    plant('session-id', 'opencart-admin-user-token-query', 'error', WHY.session("OpenCart's admin session token in the query (`user_token=<32>`), written with the admin URL of an order an extension failed on"), ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { L: [[`Earráid san ordú (order error) ${S}/admin/index.php?route=sale/order.info&order_id=${rng.int(1000, 9999)}&user_token=${tok}`]] } };
    }),
    3,
    plant('implicit-fragment', 'opencart-facebook-login-redirect-fragment', 'error', "The Facebook login extension logs the redirect it did not expect, with the implicit grant's `#access_token=EAA…` fragment.", ({ rng }) => {
      const at = `EAA${rng.alnum(180)}`;
      return { value: at, event: { L: [[`Facebook Login: atreorú gan choinne (unexpected redirect) ${S}/index.php?route=account/login#access_token=${at}&data_access_expiration_time=${sec(DAY0) + 7776000}&expires_in=5183`]] } };
    }),
    3,
    plant('path-secret', 'opencart-account-reset-code', 'error', WHY.pathSecret("OpenCart's password reset link (`route=account/reset&code=<40>`) the mail extension logs after sending"), ({ rng }) => {
      const c = rng.alnum(40);
      return { value: c, event: { L: [[`Ríomhphost seolta (mail sent) to aoife.ni.bhriain@example.net: ${S}/index.php?route=account/reset&email=aoife.ni.bhriain%40example.net&code=${c}`]] } };
    }),
    3,
    plant('webhook', 'opencart-make-com-hook', 'error', WHY.webhook('A Make.com custom webhook (`hook.eu2.make.com/<token>`) the shop sends new alteration orders to; the failure writes the URL'), ({ rng }) => {
      const tok = rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32);
      return { value: tok, event: { L: [[`Webhook: theip (failed) https://hook.eu2.make.com/${tok} HTTP 410`]] } };
    }),
    3,
    plant('negative', 'opencart-image-cache-version', 'none', "An image cache URL's `?v=` version: a cache buster, no credential.", ({ rng }) => {
      const v = rng.hex(10);
      return { value: v, event: { L: [[`PHP Warning:  getimagesize(${S}/image/cache/catalog/seaicead-olann-500x500.webp?v=${v}): Failed to open stream in /var/www/snath/catalog/model/tool/image.php on line 48`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'snath' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log-2027-01-23.php: application/logs/log-<date>.php of the grooming salon's Easy!Appointments 1.5 (CodeIgniter 3's
// Log class, UTC, no zone): the `<?php defined('BASEPATH') OR exit('No direct script access allowed'); ?>` line, then
// `<LEVEL> - yyyy-mm-dd HH:MM:SS --> <message>`; multi-line values (var_export) as they were written. From memory
// (https://codeigniter.com/userguide3/general/errors.html not fetched).

function easyAppointmentsLog(rng) {
  const fmt = (t, [lvl, msg]) => `${lvl} - ${ymdHmsAt(t)} --> ${msg}`;
  const render = lines(fmt);
  const P = `https://peata.${SC}`;
  const header = ["<?php defined('BASEPATH') OR exit('No direct script access allowed'); ?>", ''];
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'Config Class Initialized'], ['INFO', 'Router Class Initialized'], ['DEBUG', `Total execution time: ${(rng.int(10, 900) / 10000).toFixed(4)}`]] }),
      () => ({ L: [['INFO', `Coinne nua (new appointment) id=${rng.int(1000, 9999)} seirbhís=${rng.pick(['Folcadh agus triomú', 'Bearradh iomlán', 'Ingne a ghearradh'])}`]] }),
      () => ({ L: [['DEBUG', `Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'easyappointments-csrf-cookie', 'none', "CodeIgniter's CSRF cookie (`csrf_cookie=<32 hex>`): a CSRF token, no credential.", ({ rng }) => {
      const c = rng.hex(32);
      return { value: c, event: { L: [['DEBUG', `Security: CSRF cookie sent csrf_cookie=${c}`]] } };
    }),
    3,
    plant('oauth-code', 'easyappointments-google-oauth-callback-code', 'warning', `${WHY.code} Google's code in the calendar sync's callback (\`google/oauth_callback?code=4/0A…\`), written by the sync's error with the request URI.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, event: { L: [['ERROR', `Google Sync: callback failed URI=/index.php/google/oauth_callback?state=${rng.hex(20)}&code=${code}&scope=https://www.googleapis.com/auth/calendar`]] } };
    }),
    3,
    plant('refresh-token', 'easyappointments-google-token-json-refresh', 'error', `${WHY.refresh} The sync logs Google's token JSON at debug; \`refresh_token\` (\`1//0…\`) keeps the salon's calendar reachable.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(100)}`;
      return { value: rt, event: { L: [['DEBUG', `Google Sync: token {"access_token":"ya29.${rng.b64url(120)}","expires_in":3599,"refresh_token":"${rt}","scope":"https://www.googleapis.com/auth/calendar","token_type":"Bearer"}`]] } };
    }),
    3,
    plant('path-secret', 'easyappointments-manage-appointment-hash', 'error', WHY.pathSecret("The link that lets a customer change or cancel a booking (`/index.php/appointments/index/<hash>`); CodeIgniter's URI line and the booking's error write the same request"), ({ rng }) => {
      const h = rng.alnum(32);
      return { value: h, event: { L: [['DEBUG', `URI: appointments/index/${h}`], ['ERROR', `Coinne gan fáil (appointment not found) for ${P}/index.php/appointments/index/${h}`]] } };
    }),
    3,
    plant('session-id', 'easyappointments-cookie-ci-session', 'error', WHY.session("A debugging hook logs the request's cookie; `ci_session` is CodeIgniter 3's session id (the admin's)"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { L: [['DEBUG', `Hook: Cookie: ci_session=${sid}; language=irish`]] } };
    }),
    3,
    plant('framework-dump', 'easyappointments-var-export-post-pasfhocal', 'error', "A failed staff sign-in logs `$_POST` with var_export over several lines: the password under `pasfhocal` (\"password\").", ({ rng }) => {
      const pw = `${rng.alnum(11)}${digits(rng, 2)}`;
      return { value: pw, event: { L: [['ERROR', "Logáil isteach theip (login failed): array ("], "  'username' => 'niamh.grooming',", `  'pasfhocal' => '${pw}',`, "  'csrfToken' => '" + rng.hex(32) + "',", ')'] } };
    }),
    3,
    plant('webhook', 'easyappointments-webhook-ifttt-maker-key', 'error', WHY.webhook('An IFTTT Maker webhook (`maker.ifttt.com/trigger/<event>/with/key/<key>`) the booking webhooks post to; the failure writes the URL'), ({ rng }) => {
      const key = rng.b64url(22);
      return { value: key, event: { L: [['ERROR', `Webhooks: theip (failed) POST https://maker.ifttt.com/trigger/coinne_nua/with/key/${key} HTTP 401`]] } };
    }),
    3,
    plant('api-key-name', 'easyappointments-api-query-eochair', 'error', `${WHY.apiKey('eochair')} ("key") A booking widget on a partner's site calls the API with the key in the query; the API's rejection writes the URI.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { L: [['ERROR', `API: diúltaithe (rejected) GET /index.php/api/v1/availabilities?providerId=2&serviceId=5&date=2027-01-30&eochair=${key}`]] } };
    }),
    3,
    plant('negative', 'easyappointments-google-event-id', 'none', "A Google Calendar event id the sync writes: an identifier, no credential.", ({ rng }) => {
      const id = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
      return { value: id, event: { L: [['INFO', `Google Sync: imeacht cruthaithe (event created) eventId=${id}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 30 * MIN, site: { host: 'peata' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// trilium-2027-01-23.log: the locksmith's Trilium Notes server log (time of day only, UTC): `HH:MM:SS.mmm <message>`,
// request lines `HH:MM:SS.mmm <status> <METHOD> <url> with <n> bytes took <n>ms`, backend scripts' `api.log()` output,
// frontend errors sent to the server. From memory (https://triliumnext.github.io/Docs/ not fetched).

function triliumLog(rng) {
  const fmt = (t, text) => `${iso(t).slice(11, 23)} ${text}`;
  const render = (e) => e.L.map((x) => fmt(e.t, x));
  const T = `https://notai.${SC}`;
  const nid = () => rng.alnum(12);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`200 GET /api/notes/${nid()} with ${rng.int(200, 9000)} bytes took ${rng.int(1, 40)}ms`] }),
      () => ({ L: [`200 PUT /api/notes/${nid()}/data with 0 bytes took ${rng.int(2, 60)}ms`] }),
      () => ({ L: [`Script: Jab glais (lock job) ${rng.pick(['doras tosaigh', 'glas cúil', 'sábháilte'])} cláraithe (logged)`] }),
      () => ({ L: [`Slow 200 GET /api/tree?subTreeNoteId=root with ${rng.int(20000, 90000)} bytes took ${rng.int(200, 900)}ms`] }),
    ])();
  const steps = [
    2,
    plant('negative', 'trilium-note-id', 'none', "A note id (12 characters) in a request path: an identifier, no credential.", ({ rng }) => {
      const n = rng.alnum(12);
      return { value: n, event: { L: [`200 GET /api/notes/${n}/revisions with ${rng.int(100, 4000)} bytes took 3ms`] } };
    }),
    3,
    plant('oauth-code', 'trilium-openid-authenticate-code', 'warning', `${WHY.code} The OpenID sign-in's callback (\`/authenticate?code=…&state=…\`) in the request line.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { L: [`302 GET /authenticate?code=${code}&state=${rng.b64url(22)}&scope=openid%20profile with 0 bytes took 41ms`] } };
    }),
    3,
    plant('session-id', 'trilium-sid-cookie-signed', 'error', WHY.session('A script logs the cookie it got from the web client (`trilium.sid=s%3A<id>.<signature>`, express-session\'s signed form)'), ({ rng }) => {
      const sid = `s%3A${rng.b64url(32)}.${rng.b64url(43)}`;
      return { value: sid, event: { L: [`Script: cookie trilium.sid=${sid}`] } };
    }),
    3,
    plant('implicit-fragment', 'trilium-frontend-error-href-fragment', 'error', "The web client reports an error with the page address; after the supplier's sign-in it holds `#access_token=…`.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { L: [`Frontend: Uncaught TypeError: e is undefined, location: ${T}/#access_token=${at}&token_type=bearer&expires_in=3600`] } };
    }),
    3,
    plant('api-key-name', 'trilium-backend-script-eochair', 'error', `${WHY.apiKey('eochair')} A backend script looks up key codes at the lock maker's service and logs the URL through \`api.log()\`.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { L: [`Script: GET https://coid.glasdeantoir.example/v1/cod-eochrach?sraithuimhir=${digits(rng, 8)}&eochair=${key}`] } };
    }),
    3,
    plant('negative', 'trilium-attachment-cache-buster', 'none', "An attachment image's random cache buster in the query: no credential.", ({ rng }) => {
      const v = rng.lowerNum(12);
      return { value: v, event: { L: [`200 GET /api/attachments/${rng.alnum(12)}/image/doras.png?${v} with ${rng.int(20000, 90000)} bytes took 4ms`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'notai' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cacti.log: /var/log/cacti/cacti.log of Cacti 1.2 watching the group's network and the locksmith's door controllers
// (UTC, no zone): `yyyy-mm-dd HH:MM:SS - <SOURCE>: <message>` with `SYSTEM STATS:`, `POLLER: Poller[1] PID[…]`,
// `SPINE: Poller[1] PID[…] Device[…]`, `AUTH LOGIN:`. From memory (https://docs.cacti.net/ not fetched).

function cactiLog(rng) {
  const fmt = (t, text) => `${ymdHmsAt(t)} - ${text}`;
  const render = (e) => e.L.map((x) => fmt(e.t, x));
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`SYSTEM STATS: Time:${(rng.int(100, 900) / 100).toFixed(4)} Method:spine Processes:1 Threads:1 Hosts:11 HostsPerProcess:11 DataSources:${rng.int(100, 140)} RRDsProcessed:${rng.int(60, 90)}`] }),
      () => ({ L: [`SPINE: Poller[1] PID[${rng.int(3000, 9000)}] Device[${rng.int(1, 11)}] TH[1] Total Time: ${(rng.int(10, 900) / 100).toFixed(2)} Seconds`] }),
      () => ({ L: [`POLLER: Poller[1] PID[${rng.int(3000, 9000)}] WARNING: Poller Output Table not Empty.  Issues: ${rng.int(1, 9)}, DS[${rng.int(10, 140)}]`] }),
    ])();
  const steps = [
    2,
    plant('negative', 'cacti-template-hash', 'none', "A template's hash (32 hex) Cacti writes on import: an identifier, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { L: [`IMPORT: Template 'Rialtóir Dorais - Stádas' imported with hash ${h}`] } };
    }),
    3,
    plant('api-key-name', 'cacti-spine-script-url-eochair', 'error', `${WHY.apiKey('eochair')} A script data source reads the door controllers' status with the key in the URL, passed as the script's argument; spine's debug line writes the command.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { L: [`SPINE: Poller[1] PID[${rng.int(3000, 9000)}] Device[9] DS[131] SCRIPT: /usr/share/cacti/scripts/http_json.php 'https://glas.${SC}/v1/stadas?eochair=${key}', output: U`] } };
    }),
    3,
    plant('encoded', 'cacti-snmp-hex-string-url-with-key', 'error', "A door controller exposes its cloud sync URL through SNMP as a Hex-STRING; Cacti's warning writes the bytes, which spell `…?eochair=<key>`.", ({ rng }) => {
      const url = `https://sync.glas-cloud.example/v2/?eochair=${rng.alnum(24)}`;
      const hex = Buffer.from(url).toString('hex').toUpperCase().match(/../g).join(' ');
      return { value: hex, event: { L: [`POLLER: Poller[1] PID[${rng.int(3000, 9000)}] Device[10] DS[133] WARNING: Result from SNMP not valid.  Partial Result: Hex-STRING: ${hex}`] } };
    }),
    3,
    plant('negative', 'cacti-csrf-magic-sid-token', 'none', "csrf-magic's token as Cacti writes it on a timeout (`sid:<40 hex>,<epoch>`): a CSRF token, its `sid` no session.", ({ rng, t }) => {
      const h = rng.hex(40);
      return { value: h, event: { L: [`WEBUI NOTE: CSRF token expired, token=sid:${h},${sec(t) - 7300} user='seosamh'`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'cacti' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout66');
writePart(join(here, 'heldout66'), {
  'access.log': netdataAccessLog(rng),
  'statping.log': statpingLog(rng),
  'watchtower.log': watchtowerLog(rng),
  'joplin-server.log': joplinLog(rng),
  'prod-2027-01-23.log': shopwareLog(rng),
  'app-2027-01-23.log': azuracastLog(rng),
  'airsonic.log': airsonicLog(rng),
  'log_19-02-11.txt': kstarsLog(rng),
  'indiserver.log': indiserverLog(rng),
  'log.txt': stellariumLog(rng),
  'error.log': opencartLog(rng),
  'log-2027-01-23.php': easyAppointmentsLog(rng),
  'trilium-2027-01-23.log': triliumLog(rng),
  'cacti.log': cactiLog(rng),
});
