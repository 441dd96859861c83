// Writes corpus/logs-in-the-wild/heldout68/: a sixty-eighth held-out part, in formats no other part uses (`docker compose
// logs -t` of Anthias (Screenly OSE) digital signage, a LibreNMS `librenms.log` with its alert transports, nginx-rtmp-
// module's access log, `journalctl -u volumio -o short-iso` of Volumio 3, a TP-Link Omada Controller 5 `server.log`, a
// PrestaShop 8 `var/logs/prod-<date>.log`, `docker compose logs -t api` of a Pelias geocoder, `journalctl -u
// ot-recorder -o short-iso` of the OwnTracks Recorder, a Chatwoot `production.log`, a Chromis POS console log through
// java.util.logging's SimpleFormatter, `docker logs -t` of Tandoor Recipes, a Floreant POS `floreantpos.log`, `docker
// logs -t` of an OpenProject all-in-one container, `docker logs` of Kurento Media Server), with credentials planted in
// the places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each
// line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout68.mjs     rewrites heldout68/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Kelham Ice Arena, a Sheffield ice rink with public sessions, a skating school and a hockey club whose
// games it streams (English, five logs); Farmásia Naroman ("light"), a Dili pharmacy chain with an online shop, a
// WhatsApp and web chat desk and medicine delivery by dispatched taxis (Tetum messages where the app shows them, routes,
// parameter, header, key and property names in Tetum, English code names, five logs); Norðoya Fiskasøla, a Klaksvík
// fishing cooperative with a fish auction streamed to remote buyers, a vessel maintenance planner and a bakery (bakarí)
// for the crews (Faroese messages where the app shows them, routes and names in Faroese written without diacritics in
// URLs, English code names, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 5, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Sheffield and the Faroes in October (UTC+1), Dili (UTC+9). */
const BST = 60;
const WEST = 60;
const TLT = 540;
/** RFC 3339 with nanoseconds and Z, as `docker logs -t` writes it. */
const dockerTs = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;
/** `+01:00` for `offset` minutes. */
const zoneColon = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
const zoneNoColon = (offset) => zoneColon(offset).replace(':', '');
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;

// =====================================================================================================================
// Kelham Ice Arena (English; Sheffield: BST, UTC+1)
// =====================================================================================================================

const KI = 'kelhamice.example';

// ---------------------------------------------------------------------------------------------------------------------
// anthias.log: `docker compose logs -t` of Anthias 0.19 (Screenly OSE) on the rink's signage player: `<service>-1  | <RFC
// 3339, nanoseconds, Z> <line>`; the viewer's `Showing asset …` / `Current url is …`, the server's gunicorn lines, the
// celery worker's `[<time>: <LEVEL>/<process>]` lines, nginx's combined lines. From memory, not fetched.

function anthiasLog(rng) {
  const pre = (svc) => `${svc}-1`.padEnd(17) + ' | ';
  const render = (e, r) => e.an.map(([svc, msg]) => `${pre(svc)}${dockerTs(e.t, r)} ${msg}`);
  const cel = (t, lvl, who, msg) => `[${ymdHmsAt(t, 0)},${msPart(t)}: ${lvl}/${who}] ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ an: [['anthias-viewer', `Showing asset ${rng.pick(['Public skate times', 'Cafe menu', 'Skate hire prices', 'Learn to skate'])} (image)`]] }),
      () => ({ an: [['anthias-viewer', `Sleeping for ${rng.pick([10, 15, 20, 30])}`]] }),
      () => ({ an: [['anthias-viewer', 'Generating asset-list...']] }),
      () => ({ an: [['anthias-nginx', `${lan(rng, '192.168')} - - [${clf(t, BST)}] "GET /api/v2/assets HTTP/1.1" 200 ${rng.int(900, 6000)} "http://signage-01.local/" "${rng.pick(BROWSERS)}"`]] }),
      () => ({ an: [['anthias-celery', cel(t, 'INFO', 'MainProcess', `Task anthias_app.tasks.cleanup[${rng.uuid()}] succeeded in ${(rng.int(1, 900) / 1000).toFixed(3)}s: None`)]] }),
      () => ({ an: [['anthias-server', `[${ymdHmsAt(t, 0)} +0000] [${rng.int(7, 12)}] [INFO] GET /api/v2/info 200`]] }),
    ])();
  const steps = [
    { raw: { an: [['anthias-server', `[${ymdHmsAt(DAY0 + 6 * HOUR, 0)} +0000] [1] [INFO] Starting gunicorn 22.0.0`], ['anthias-server', `[${ymdHmsAt(DAY0 + 6 * HOUR, 0)} +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`]] }, after: 0 },
    4,
    plant('negative', 'anthias-asset-id', 'none', "Anthias' asset id (32 hex digits) in the viewer's line: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { an: [['anthias-viewer', `Asset ${id} is not active, skipping.`]] } };
    }),
    4,
    plant('embed-jwt', 'anthias-viewer-current-url-scoreboard-embed-jwt-no-exp', 'error', "The hockey scoreboard is shown as a web page asset through its embed URL (`/embed/<JWT>`), a token without `exp`; the viewer writes the URL it loads at a UTC time (`docker compose logs -t`)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { iss: `https://scores.${KI}`, board: 'rink-1', club: 'kelham-steelers-u18' } });
      return { value: token, jwt: facts, event: { an: [['anthias-viewer', 'Showing asset Scoreboard rink 1 (webpage)'], ['anthias-viewer', `Current url is https://scores.${KI}/embed/${token}`]] } };
    }),
    4,
    plant('api-key-name', 'anthias-viewer-current-url-screen-key', 'error', `${WHY.apiKey('screen_key')} The café menu board takes the screen's key in its URL; the viewer writes the URL it loads.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { an: [['anthias-viewer', 'Showing asset Cafe menu live (webpage)'], ['anthias-viewer', `Current url is https://menu.${KI}/board/cafe?screen_key=${key}&layout=portrait`]] } };
    }),
    4,
    plant('implicit-fragment', 'anthias-viewer-current-url-hash-route-access-token', 'error', "The session rota board is a hash-routed SPA given its token in the fragment (`/#/board?…` then `#access_token=…`); the viewer writes the whole URL it loads, fragment included.", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { an: [['anthias-viewer', 'Showing asset Staff rota (webpage)'], ['anthias-viewer', `Current url is https://rota.${KI}/#access_token=${at}&token_type=Bearer&expires_in=86400`]] } };
    }),
    4,
    plant('path-secret', 'anthias-celery-google-calendar-private-ical', 'error', "A calendar asset points at a Google Calendar's secret iCal address (`/calendar/ical/<id>/private-<hex>/basic.ics`); the celery worker's failed preview fetch writes it: the address reads the calendar until it is reset.", ({ rng, t }) => {
      const s = rng.hex(32);
      return { value: s, event: { an: [['anthias-celery', cel(t, 'WARNING', 'ForkPoolWorker-2', `Asset preview failed for https://calendar.google.com/calendar/ical/c_${rng.hex(24)}%40group.calendar.google.com/private-${s}/basic.ics: 404 Client Error`)]] } };
    }),
    4,
    plant('encoded', 'anthias-celery-proxy-base64url-target-url', 'error', "The signage proxy is given the target URL base64url-encoded in `u=`; decoded it is the hockey live page with its `access_token` query: the celery worker's check writes the proxy URL.", ({ rng, t }) => {
      const u = b64urlOf(`https://hockey.${KI}/live?access_token=${rng.alnum(40)}&rink=1`);
      return { value: u, event: { an: [['anthias-celery', cel(t, 'WARNING', 'ForkPoolWorker-1', `Asset check failed for https://proxy.${KI}/fetch?u=${u}: timeout after 10s`)]] } };
    }),
    4,
    plant('negative', 'anthias-nginx-static-cache-buster', 'none', "A static file's cache buster (`?v=<hex>`) in nginx's line: no credential.", ({ rng, t }) => {
      const v = rng.hex(20);
      return { value: v, event: { an: [['anthias-nginx', `${lan(rng, '192.168')} - - [${clf(t, BST)}] "GET /static/dist/js/anthias.js?v=${v} HTTP/1.1" 200 ${rng.int(90000, 200000)} "http://signage-01.local/" "${rng.pick(BROWSERS)}"`]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'signage-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// librenms.log: /opt/librenms/logs/librenms.log of LibreNMS 24 (Laravel's single channel, the server in UTC as LibreNMS'
// `APP_TIMEZONE` is unset): `[yyyy-mm-dd HH:MM:SS] production.<LEVEL>: <message> <context JSON>`; alert transports'
// failures and debug lines. From memory, not fetched.

function libreNmsLog(rng) {
  const render = (e) => e.ln.map((x) => (typeof x === 'string' ? x : `[${ymdHmsAt(e.t, 0)}] production.${x[0]}: ${x[1]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [['INFO', `Alert rule "Port utilisation over 80%" matched for ${rng.pick(['core-sw1', 'rink-ap-03', 'cafe-sw', 'box-office-fw'])}`]] }),
      () => ({ ln: [['INFO', `Poller finished for device ${rng.int(1, 40)} in ${(rng.int(100, 9000) / 100).toFixed(2)}s`]] }),
      () => ({ ln: [['DEBUG', `SNMP query took ${rng.int(10, 900)}ms for ${rng.pick(['IF-MIB::ifTable', 'ENTITY-SENSOR-MIB::entPhySensorValue', 'UPS-MIB::upsBatteryStatus'])}`]] }),
      () => ({ ln: [['WARNING', `Device ${rng.pick(['chiller-ctl', 'zamboni-bay-ap', 'scoreboard-ctl'])} unreachable (icmp) for ${rng.int(1, 9)} polls`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'librenms-oxidized-config-version-commit', 'none', "Oxidized's configuration version (a 40-hex git commit id) in a config-change alert: a hash, no credential.", ({ rng }) => {
      const c = rng.hex(40);
      return { value: c, event: { ln: [['INFO', `Config change detected on core-sw1 (oxidized version ${c})`]] } };
    }),
    4,
    plant('webhook', 'librenms-msteams-workflows-sig', 'error', WHY.webhook("A Teams channel reached through a Power Automate Workflows URL (`…logic.azure.com:443/workflows/<id>/triggers/manual/paths/invoke?…&sig=<sig>`); the transport's Guzzle error writes it (the `sig` is the secret part)"), ({ rng }) => {
      const sig = rng.b64url(43);
      return { value: sig, event: { ln: [['ERROR', `Transport Msteams failed for alert #${rng.int(1000, 9999)}: Client error: \`POST https://prod-${rng.int(10, 99)}.uksouth.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}\` resulted in a \`400 Bad Request\` response`]] } };
    }),
    4,
    plant('api-key-name', 'librenms-sms-transport-apikey-query', 'error', `${WHY.apiKey('apiKey')} The SMS transport sends through an HTTP API that takes the key in the query; the curl error writes the URL.`, ({ rng }) => {
      const key = rng.b64url(24);
      return { value: key, event: { ln: [['ERROR', `Transport Clickatell failed: cURL error 28: Operation timed out after 10001 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://platform.clickatell.com/messages/http/send?apiKey=${key}&to=447700900${digits(rng, 3)}&content=Chiller+alarm`]] } };
    }),
    4,
    plant('header-dump', 'librenms-api-transport-debug-guzzle-headers-bearer-jwt', 'error', "The API transport logs its request at debug with the headers as Guzzle's arrays (`\"Authorization\":[\"Bearer <JWT>\"]`): the facilities system's service token, on a line in the server's UTC", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: rng.int(600, 20000), claims: { iss: `https://facilities.${KI}`, sub: 'librenms', scope: 'alerts:write' } });
      return { value: token, jwt: facts, event: { ln: [['DEBUG', `Api transport request POST https://facilities.${KI}/api/alerts {"headers":{"Content-Type":["application/json"],"Authorization":["Bearer ${token}"]}}`]] } };
    }),
    4,
    plant('webhook', 'librenms-gotify-message-token', 'error', WHY.webhook("A Gotify application token (`/message?token=A…`), the transport's target on the rink's own push server; the connection error writes the URL"), ({ rng }) => {
      const tok = `A${rng.b64url(14).replace(/[-_]/g, 'x')}`;
      return { value: tok, event: { ln: [['ERROR', `Transport Gotify failed: cURL error 7: Failed to connect to push.${KI} port 443 for https://push.${KI}/message?token=${tok}`]] } };
    }),
    4,
    plant('embed-jwt', 'librenms-external-widget-embed-jwt-1h-jti', 'error', "A dashboard widget frames the ice temperature panel through its embed URL (`/embed/<JWT>`); the widget's fetch warning writes it", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, claims: { iss: `https://dash.${KI}`, panel: 'ice-temps', resource: { dashboard: 7 } } });
      return { value: token, jwt: facts, event: { ln: [['WARNING', `Dashboard widget "Ice temperature" could not load https://dash.${KI}/embed/${token} (HTTP 502)`]] } };
    }),
    4,
    plant('session-id', 'librenms-exception-context-cookie-session', 'error', WHY.session("An exception's context holds the request's cookies, `librenms_session` among them (the Laravel session cookie)"), ({ rng }) => {
      const s = rng.b64url(40);
      return { value: s, event: { ln: [['ERROR', `Undefined array key "ifAlias" {"userId":3,"url":"https://nms.${KI}/device/12/ports","cookies":{"librenms_session":"${s}","XSRF-TOKEN":"[encrypted]"},"exception":"[object] (ErrorException(code: 0): Undefined array key \\"ifAlias\\" at /opt/librenms/app/Http/Controllers/Device/Tabs/PortsController.php:88)"}`]] } };
    }),
    2,
    plant('negative', 'librenms-job-uuid', 'none', "A queued job's uuid in the context: an identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { ln: [['INFO', `Dispatched job App\\Jobs\\PingCheck {"uuid":"${u}","attempts":1}`]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'nms' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rtmp_access.log: nginx-rtmp-module's access log in its default `combined` format (local time, BST):
// `$remote_addr [$time_local] $command "$app" "$name" "$args" - $bytes_received $bytes_sent "$pageurl" "$flashver"
// ($session_readable_time)`, one line when a session ends. The module's source (ngx_rtmp_log_module.c, found by
// search) and a configuration quoting the variables; the default format from memory.

function rtmpLog(rng) {
  const render = (e) => [`${e.ip} [${clf(e.t, BST)}] ${e.cmd} "${e.app}" "${e.name}" "${e.args ?? ''}" - ${e.rx} ${e.tx} "${e.page ?? ''}" "${e.flash}" (${e.dur})`];
  const PLAYERS = ['LNX 9,0,124,2', 'WIN 32,0,0,465', 'MAC 32,0,0,465'];
  const filler = (rng) =>
    rng.pick([
      () => ({ cmd: 'PLAY', app: 'live', name: rng.pick(['rink-1', 'rink-2']), args: '', rx: rng.int(400, 900), tx: rng.int(100000, 90000000), page: `https://${KI}/watch`, flash: rng.pick(PLAYERS), dur: `${rng.int(1, 59)}m ${rng.int(1, 59)}s` }),
      () => ({ cmd: 'PLAY', app: 'hls', name: 'rink-1_720p', args: '', rx: rng.int(400, 900), tx: rng.int(100000, 9000000), page: '', flash: 'ffmpeg/Lavf61.7.100', dur: `${rng.int(1, 59)}s` }),
      () => ({ cmd: 'PUBLISH', app: 'hls', name: 'rink-1_720p', args: '', rx: rng.int(10000000, 900000000), tx: rng.int(400, 9000), page: '', flash: 'FMLE/3.0 (compatible; Lavf61.7.100)', dur: `${rng.int(1, 2)}h ${rng.int(1, 59)}m ${rng.int(1, 59)}s` }),
    ])();
  const steps = [
    4,
    plant('api-key-name', 'rtmp-publish-args-publish-key', 'error', `${WHY.apiKey('publish_key')} The streaming PC publishes the game with the key in the RTMP URL's query; the module writes \`$args\`.`, ({ rng }) => {
      const key = rng.alnum(28);
      return { value: key, event: { cmd: 'PUBLISH', app: 'live', name: 'rink-1', args: `publish_key=${key}&enc=obs`, rx: rng.int(100000000, 900000000), tx: rng.int(400, 9000), page: '', flash: 'FMLE/3.0 (compatible; FMSc/1.0)', dur: `1h ${rng.int(10, 59)}m ${rng.int(1, 59)}s` } };
    }),
    4,
    plant('negative', 'rtmp-play-args-cache-buster', 'none', "A web player's cache buster in the play URL (`cb=<13 digits>`): no credential.", ({ rng }) => {
      const cb = digits(rng, 13);
      return { value: cb, event: { cmd: 'PLAY', app: 'live', name: 'rink-2', args: `cb=${cb}`, rx: 512, tx: rng.int(100000, 9000000), page: `https://${KI}/watch/rink-2`, flash: 'LNX 9,0,124,2', dur: `${rng.int(1, 59)}m ${rng.int(1, 59)}s` } };
    }),
    4,
    plant('replay', 'rtmp-play-args-ticket-once', 'note', WHY.ticketFirst("A single-use viewing ticket a parent bought for the under-18 game, in the play URL's query; the module writes `$args` when the session ends. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.rtmp = t;
      return { value: tk, event: { ip: '203.0.113.41', cmd: 'PLAY', app: 'live', name: 'rink-1', args: `ticket=${tk}`, rx: 640, tx: rng.int(1000000, 9000000), page: `https://${KI}/watch/u18`, flash: 'WIN 32,0,0,465', dur: `${rng.int(2, 9)}s` } };
    }, { ref: 'rtmp' }),
    1,
    plant('replay', 'rtmp-play-args-ticket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('rtmp').value, why: `${WHY.replay('ticket', gap('rtmp', t))} Another address with another player played the stream with the same single-use ticket and the server let it: \`on_play\` did not mark it spent.` }], event: { ip: '198.51.100.77', cmd: 'PLAY', app: 'live', name: 'rink-1', args: `ticket=${refs.get('rtmp').value}`, rx: 640, tx: rng.int(10000000, 90000000), page: '', flash: 'LNX 9,0,124,2', dur: `${rng.int(10, 40)}m ${rng.int(1, 59)}s` } }), { replayOf: 'rtmp', after: 96 }),
    4,
    plant('embed-jwt', 'rtmp-play-pageurl-embed-jwt-120s-no-jti', 'warning', "The player page that opened the stream is an embed URL (`/embed/<JWT>`) the club's site hands out; the module writes it as `$pageurl` when the short session ends", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(20, 60), claims: { iss: `https://${KI}`, stream: 'rink-2', viewer: 'club-site' } });
      return { value: token, jwt: facts, event: { cmd: 'PLAY', app: 'live', name: 'rink-2', args: '', rx: 512, tx: rng.int(10000, 900000), page: `https://${KI}/embed/${token}`, flash: 'MAC 32,0,0,465', dur: `${rng.int(3, 12)}s` } };
    }),
    4,
    plant('path-secret', 'rtmp-publish-name-stream-key', 'error', "The backup encoder publishes to an application whose stream name is the stream key (`rtmp://…/ingest/<key>`); the module writes it as `$name`: whoever has it can publish over the game until it is rotated.", ({ rng }) => {
      const k = `rk_${rng.alnum(26)}`;
      return { value: k, event: { cmd: 'PUBLISH', app: 'ingest', name: k, args: '', rx: rng.int(100000000, 900000000), tx: rng.int(400, 9000), page: '', flash: 'FMLE/3.0 (compatible; Lavf61.7.100)', dur: `${rng.int(20, 59)}m ${rng.int(1, 59)}s` } };
    }),
    4,
    plant('negative', 'rtmp-play-args-trace-id', 'none', "A trace id the web player adds to the play URL (`trace=<32 hex>`): no credential.", ({ rng }) => {
      const tr = rng.hex(32);
      return { value: tr, event: { cmd: 'PLAY', app: 'live', name: 'rink-1', args: `trace=${tr}`, rx: 512, tx: rng.int(100000, 9000000), page: `https://${KI}/watch`, flash: 'LNX 9,0,124,2', dur: `${rng.int(1, 59)}m ${rng.int(1, 59)}s` } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: 'stream' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// volumio.log: `journalctl -u volumio -o short-iso` of Volumio 3 on the rink's music player: `<yyyy-mm-ddTHH:MM:SS+0100>
// <host> volumio[<pid>]: <level>: <message>`; the core's command router and plugins' lines. From memory, not fetched.

function volumioLog(rng) {
  const render = (e) => e.vo.map(([lvl, msg]) => `${local(e.t, BST).slice(0, 19)}${zoneNoColon(BST)} rinkaudio volumio[812]: ${lvl}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ vo: [['info', `CoreCommandRouter::volumioPlay`]] }),
      () => ({ vo: [['info', `ControllerMpd::sendMpdCommand ${rng.pick(['play', 'pause', 'next', 'status'])}`]] }),
      () => ({ vo: [['verbose', `CoreStateMachine::pushState`]] }),
      () => ({ vo: [['info', `Setting volume to ${rng.int(20, 90)}`]] }),
      () => ({ vo: [['info', `[spop] Now playing: ${rng.pick(['Skate playlist', 'Hockey warm-up', 'Disco on ice'])}`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'volumio-spotify-track-uri', 'none', "A Spotify track URI (`spotify:track:<22 base62>`): an identifier, no credential.", ({ rng }) => {
      const id = rng.alnum(22);
      return { value: id, event: { vo: [['info', `CoreCommandRouter::addQueueItems spotify:track:${id}`]] } };
    }),
    4,
    plant('oauth-code', 'volumio-spotify-plugin-callback-code', 'warning', `${WHY.code} The Spotify plugin logs the callback it received through the plugin endpoint, \`code\` and \`state\` included.`, ({ rng }) => {
      const code = rng.b64url(120);
      return { value: code, event: { vo: [['info', `[spop] OAuth callback received: /api/v1/pluginEndpoint?endpoint=spop&code=${code}&state=${rng.hex(16)}`]] } };
    }),
    2,
    plant('refresh-token', 'volumio-spotify-plugin-saving-credentials', 'error', `${WHY.refresh} The plugin writes the credentials it saves to its configuration, \`refresh_token\` in the clear.`, ({ rng }) => {
      const rt = rng.b64url(131);
      return { value: rt, event: { vo: [['info', `[spop] Saving credentials to /data/configuration/music_service/spop/config.json: refresh_token=${rt} expires_in=3600`]] } };
    }),
    4,
    plant('webhook', 'volumio-ifttt-maker-key', 'error', WHY.webhook("An IFTTT Webhooks key in the trigger URL (`maker.ifttt.com/trigger/<event>/with/key/<key>`) the goal horn plugin calls; the plugin's error writes it"), ({ rng }) => {
      const k = rng.b64url(22);
      return { value: k, event: { vo: [['error', `[goalhorn] POST https://maker.ifttt.com/trigger/goal_scored/with/key/${k} failed: ETIMEDOUT`]] } };
    }),
    4,
    plant('session-id', 'volumio-lastfm-scrobble-url-sk', 'error', WHY.session("A Last.fm session key (`sk=`) in the scrobbler's request URL, which the plugin writes when the call fails; it signs the account's calls until the user revokes the app"), ({ rng }) => {
      const sk = rng.alnum(32);
      return { value: sk, event: { vo: [['warn', `[last_100] Scrobble failed: https://ws.audioscrobbler.com/2.0/?method=track.scrobble&sk=${sk}&artist=ABBA&track=Dancing%20Queen&format=json (HTTP 503)`]] } };
    }),
    4,
    plant('negative', 'volumio-device-uuid', 'none', "The player's device uuid: an identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { vo: [['info', `Device uuid: ${u}`]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'rinkaudio' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// omada-server.log: /opt/tplink/EAPController/logs/server.log of an Omada Software Controller 5.14 (logback, local time,
// no zone): `yyyy-MM-dd HH:mm:ss [<thread>] [<LEVEL>]-[SourceFile:<n>] - <message>`; the guest portal and the Open API.
// From memory, not fetched.

function omadaLog(rng) {
  const render = (e) => e.om.map(([th, lvl, msg]) => `${ymdHmsAt(e.t, BST)} [${th}] [${lvl}]-[SourceFile:${rng.int(40, 900)}] - ${msg}`);
  const exec = () => `https-jsse-nio-8043-exec-${rng.int(1, 10)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ om: [['comm-pool-2', 'INFO', `device ${rng.hex(2).toUpperCase()}-${rng.hex(2).toUpperCase()}-${rng.hex(2).toUpperCase()}-${rng.hex(2).toUpperCase()}-${rng.hex(2).toUpperCase()}-${rng.hex(2).toUpperCase()} inform, status connected`]] }),
      () => ({ om: [['schedule-pool-1', 'INFO', `client statistics updated, site=Kelham, clients=${rng.int(10, 300)}`]] }),
      () => ({ om: [[exec(), 'INFO', `portal page served, site=Kelham, ssid=Kelham-Guest`]] }),
      () => ({ om: [['monitor-pool-3', 'WARN', `ap rink-ap-0${rng.int(1, 8)} channel utilization ${rng.int(60, 95)}%`]] }),
    ])();
  const steps = [
    { raw: { om: [['main', 'INFO', 'success to load configuration omada.properties'], ['main', 'INFO', 'Omada Controller started, version 5.14.32.3']] }, after: 0 },
    2,
    plant('negative', 'omada-controller-id', 'none', "The controller's id (`omadacId`, 32 hex digits) in an Open API path: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { om: [[exec(), 'INFO', `openapi request GET /openapi/v1/${id}/sites?page=1&pageSize=10 status 200`]] } };
    }),
    4,
    plant('api-key-name', 'omada-openapi-client-credentials-client-secret', 'error', `${WHY.apiKey('client_secret')} The kiosk integration asks for an Open API token with its client credentials in the query; the controller's debug line writes the request.`, ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { om: [[exec(), 'DEBUG', `openapi token request POST /openapi/authorize/token?grant_type=client_credentials client_id=${rng.hex(32)} client_secret=${s}`]] } };
    }),
    4,
    plant('refresh-token', 'omada-openapi-token-response-refresh-token', 'error', `${WHY.refresh} The controller logs the Open API token answer it returned, \`refreshToken\` included.`, ({ rng }) => {
      const rt = `RT-${rng.alnum(32)}`;
      return { value: rt, event: { om: [[exec(), 'DEBUG', `openapi token response: {"errorCode":0,"msg":"Open API Get Access Token successfully.","result":{"accessToken":"AT-${rng.alnum(32)}","tokenType":"bearer","expiresIn":7200,"refreshToken":"${rt}"}}`]] } };
    }),
    4,
    plant('header-dump', 'omada-openapi-request-headers-map-accesstoken', 'error', "The Open API's debug line writes the request headers as a Java map, the kiosk's token under the `AccessToken=` scheme (`{Authorization=AccessToken=AT-…}`).", ({ rng }) => {
      const at = `AT-${rng.alnum(32)}`;
      return { value: at, event: { om: [[exec(), 'DEBUG', `openapi request headers: {Authorization=AccessToken=${at}, Content-Type=application/json, Host=omada.${KI}:8043}`]] } };
    }),
    4,
    plant('framework-dump', 'omada-external-portal-auth-request-tostring', 'error', "The external portal's login is logged as the request object's `toString()` (`HotspotAuthRequest{…, password='…'}`): the staff Wi-Fi account's password in the clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { om: [[exec(), 'INFO', `external portal auth request: HotspotAuthRequest{clientMac='${rng.hex(2)}-${rng.hex(2)}-${rng.hex(2)}-${rng.hex(2)}-${rng.hex(2)}-${rng.hex(2)}', apMac='A8-42-A1-${rng.hex(2)}-${rng.hex(2)}-${rng.hex(2)}', ssidName='Kelham-Staff', radioId=1, site='Kelham', authType=4, username='coach.team', password='${pw}'}`]] } };
    }),
    4,
    plant('session-id', 'omada-portal-cookie-tpomada-sessionid', 'error', WHY.session("The portal's mismatch warning writes the request's cookie header, `TPOMADA_SESSIONID` (the controller's admin session) among them"), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { om: [[exec(), 'WARN', `portal session mismatch, Cookie: TPOMADA_SESSIONID=${s}; omada-lang=en_US`]] } };
    }),
    2,
    plant('negative', 'omada-csrf-token-header', 'none', "The controller's `Csrf-Token` header value in a rejected request: a CSRF token, no credential.", ({ rng }) => {
      const c = rng.hex(32);
      return { value: c, event: { om: [[exec(), 'WARN', `csrf check failed: Csrf-Token=${c} does not match session`]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'omada' }, filler, render, steps });
}

// =====================================================================================================================
// Farmásia Naroman (Tetum; Dili: TLT, UTC+9)
// =====================================================================================================================

const FN = 'farmasia-naroman.example';

// ---------------------------------------------------------------------------------------------------------------------
// prod-2027-10-05.log: var/logs/prod-<date>.log of a PrestaShop 8.1 shop (Symfony's Monolog line formatter):
// `[<yyyy-mm-ddTHH:MM:SS.uuuuuu+09:00>] <channel>.<LEVEL>: <message> <context JSON> <extra JSON>`; the router's
// `Matched route` lines with `request_uri`, modules' lines, PHP warnings. From memory, not fetched.

function prestashopLog(rng) {
  const stamp = (t) => `${local(t, TLT).slice(0, 19)}.${msPart(t)}${digits(rng, 3)}${zoneColon(TLT)}`;
  const render = (e) => e.ps.map(([ch, lvl, msg, ctx]) => `[${stamp(e.t)}] ${ch}.${lvl}: ${msg} ${ctx ?? '[]'} []`);
  const route = (name, uri) => ['request', 'INFO', `Matched route "${name}".`, JSON.stringify({ route: name, route_parameters: { _route: name }, request_uri: uri, method: 'GET' })];
  const filler = (rng) =>
    rng.pick([
      () => ({ ps: [route('admin_orders_index', `https://${FN}/admin-naroman/index.php/sell/orders/?_token=${rng.b64url(43)}`)] }),
      () => ({ ps: [['app', 'INFO', `[naroman_entrega] Pedidu #${rng.int(1000, 9999)} simu ona, entrega ba ${rng.pick(['Comoro', 'Bairo Pite', 'Becora', 'Audian'])}`]] }),
      () => ({ ps: [['php', 'INFO', 'User Deprecated: Since symfony/framework-bundle 5.4: ...']] }),
      () => ({ ps: [route('admin_products_v2_index', `https://${FN}/admin-naroman/index.php/sell/catalog/products-v2/?_token=${rng.b64url(43)}`)] }),
    ])();
  const steps = [
    4,
    plant('negative', 'prestashop-admin-url-csrf-token', 'none', "PrestaShop's admin CSRF token in the back office URL (`?_token=`): no credential.", ({ rng }) => {
      const c = rng.b64url(43);
      return { value: c, event: { ps: [route('admin_customers_index', `https://${FN}/admin-naroman/index.php/sell/customers/?_token=${c}`)] } };
    }),
    4,
    plant('oauth-code', 'prestashop-login-module-callback-code', 'warning', `${WHY.code} The sign-in module writes the callback it received (Tetum: "callback simu").`, ({ rng }) => {
      const code = rng.b64url(64);
      return { value: code, event: { ps: [['app', 'INFO', `[naroman_login] callback simu: https://${FN}/module/naroman_login/callback?state=${rng.hex(24)}&code=${code}&scope=openid%20email`]] } };
    }),
    2,
    plant('id-token', 'prestashop-login-module-id-token-context', 'error', "The sign-in module rejects an ID token for its audience and writes it in the Monolog context (`{\"id_token\":\"<JWT>\"}`, Tetum message \"id_token la válidu\"); the line has its +09:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { alg: 'RS256', kid: rng.hex(16), lifetime: 3600, age: rng.int(5, 300), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'kliente@example.net' } });
      return { value: token, jwt: facts, event: { ps: [['app', 'WARNING', '[naroman_login] id_token la válidu (aud)', JSON.stringify({ id_token: token })]] } };
    }),
    4,
    plant('path-secret', 'prestashop-route-reset-liafuan-token', 'error', "A customer's password reset link (`/kliente/reseta-liafuan/<token>`, \"reset password\"): the router's `Matched route` writes the token in its parameters and in `request_uri`.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { ps: [['request', 'INFO', 'Matched route "naroman_reseta_liafuan".', JSON.stringify({ route: 'naroman_reseta_liafuan', route_parameters: { _route: 'naroman_reseta_liafuan', token: tok }, request_uri: `https://${FN}/kliente/reseta-liafuan/${tok}`, method: 'GET' })]] } };
    }),
    4,
    plant('embed-jwt', 'prestashop-php-warning-embed-dashboard-expired', 'note', "The sales dashboard module fetches an embedded report (`/embed/dashboard/<JWT>`) with a token that had expired; PHP's warning writes the URL on a +09:00 line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: 3 * 3600 + rng.int(0, 600), jti: true, claims: { resource: { dashboard: 4 }, params: { farmasia: 'comoro' } } });
      return { value: token, jwt: facts, event: { ps: [['php', 'WARNING', `Warning: file_get_contents(https://relatoriu.${FN}/embed/dashboard/${token}): Failed to open stream: HTTP request failed! HTTP/1.1 401 Unauthorized`]] } };
    }),
    4,
    plant('api-key-name', 'prestashop-webservice-ws-key-query', 'error', `${WHY.apiKey('ws_key')} PrestaShop's webservice takes the key in the query; the delivery module's error (Tetum: "Erru bainhira bolu webservice") writes the URL.`, ({ rng }) => {
      const key = upperNum(rng, 32);
      return { value: key, event: { ps: [['app', 'ERROR', `[naroman_entrega] Erru bainhira bolu webservice: GET https://${FN}/api/orders?ws_key=${key}&output_format=JSON&filter[current_state]=3 status 503`]] } };
    }),
    4,
    plant('encoded', 'prestashop-route-back-base64-json-xave', 'error', "The payment return page is reached with a `back=` parameter: percent-encoded base64 JSON whose `xave` (\"key\") is the payment gateway's merchant key; the router writes it in `request_uri`.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ xave: rng.alnum(32), merchant: 'NAROMAN-DIL', fila: '/kliente/pedidu' }));
      const enc = encodeURIComponent(b);
      return { value: enc, event: { ps: [route('naroman_pagamentu_fila', `https://${FN}/pagamentu/fila?back=${enc}`)] } };
    }),
    4,
    plant('negative', 'prestashop-smarty-compile-hash', 'none', "A Smarty compiled template's file name (40 hex digits) in a deprecation notice: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { ps: [['php', 'INFO', `User Deprecated: Using \${smarty.request} is deprecated in /var/www/html/var/cache/prod/smarty/compile/naroman/${h}.file.header.tpl.php on line 41`]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'loja' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pelias-api.log: `docker compose logs -t api` of a Pelias API (pelias-logger, winston's JSON): `api-1  | <RFC 3339,
// nanoseconds, Z> {"level":"info","message":"request", …, "timestamp":"…Z"}` with the request's url, referrer and
// timing; the dispatch console's address searches. From memory, not fetched.

function peliasLog(rng) {
  const render = (e, r) => [`api-1  | ${dockerTs(e.t, r)} ${JSON.stringify({ level: e.lvl ?? 'info', message: e.msg ?? 'request', ip: `::ffff:${lan(r, '172.18')}`, method: 'GET', url: e.url, status: e.status, response_time: e.ms, referrer: e.ref ?? `https://despaxu.${FN}/`, agent: e.ua, timestamp: iso(e.t) })}`];
  const q = ['Farmasia+Comoro', 'Rua+de+Caicoli', 'Hospital+Guido+Valadares', 'Mercado+Taibessi', 'Aeroportu+Nicolau+Lobato', 'Becora'];
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `/v1/autocomplete?text=${rng.pick(q)}&focus.point.lat=-8.55&focus.point.lon=125.57&size=5`, status: 200 }),
      () => ({ url: `/v1/reverse?point.lat=-8.5${digits(rng, 3)}&point.lon=125.5${digits(rng, 3)}&size=1`, status: 200 }),
      () => ({ url: `/v1/search?text=${rng.pick(q)}&boundary.country=TLS`, status: 200 }),
    ])();
  const steps = [
    4,
    plant('negative', 'pelias-gid', 'none', "A place's Pelias gid (`openstreetmap:venue:node/<digits>`) in a place lookup: an identifier, no credential.", ({ rng }) => {
      const id = `openstreetmap:venue:node/${digits(rng, 10)}`;
      return { value: id, event: { url: `/v1/place?ids=${id}`, status: 200 } };
    }),
    4,
    plant('api-key-name', 'pelias-reverse-query-xave', 'error', `${WHY.apiKey('xave')} The drivers' app sends its key as \`xave\` ("key") in the query; the API writes the request url.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { url: `/v1/reverse?point.lat=-8.55${digits(rng, 2)}&point.lon=125.57${digits(rng, 2)}&size=1&xave=${key}`, status: 200, ua: 'okhttp/5.3.2' } };
    }),
    4,
    plant('session-id', 'pelias-search-query-sesaun', 'error', WHY.session("The dispatch console adds its session id as `sesaun` (\"session\") to every search"), ({ rng }) => {
      const s = rng.hex(40);
      return { value: s, event: { url: `/v1/search?text=${rng.pick(q)}&boundary.country=TLS&sesaun=${s}`, status: 200 } };
    }),
    4,
    plant('id-token', 'pelias-referrer-end-session-id-token-hint', 'error', "The dispatch console's logout page (`/sai?id_token_hint=<JWT>`, \"leave\") stays the referrer of the next search; the API writes it with the request's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { alg: 'RS256', kid: rng.hex(12), lifetime: 600, age: rng.int(30, 200), jti: true, claims: { iss: `https://login.${FN}/realms/despaxu`, aud: 'despaxu-console', sub: rng.uuid(), typ: 'ID' } });
      return { value: token, jwt: facts, event: { url: `/v1/autocomplete?text=${rng.pick(q)}&size=5`, status: 200, ref: `https://login.${FN}/realms/despaxu/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fdespaxu.${FN}%2Fsai` } };
    }),
    4,
    plant('implicit-fragment', 'pelias-query-fonte-encoded-location-fragment', 'error', "The dispatch console sends its own address as `fonte` (\"source\") with each search, percent-encoded, and the address is the sign-in landing with its fragment (`%23access_token%3D…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { url: `/v1/search?text=${rng.pick(q)}&fonte=https%3A%2F%2Fdespaxu.${FN}%2F%23access_token%3D${at}%26token_type%3DBearer`, status: 200 } };
    }),
    4,
    plant('negative', 'pelias-x-request-id', 'none', "A request id the load balancer passes on (`x-request-id`), written by the API's error line: no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { lvl: 'error', msg: `elasticsearch error (x-request-id ${id}): Request Timeout after 3000ms`, url: `/v1/search?text=${rng.pick(q)}`, status: 502 } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'pelias' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ot-recorder.log: `journalctl -u ot-recorder -o short-iso` of the OwnTracks Recorder 0.9 with its HTTP mode and a Lua
// hook (`otr.log`): `<yyyy-mm-ddTHH:MM:SS+0900> despaxu ot-recorder[<pid>]: <message>`; `+ <user>-<device>: …` for a
// stored publish, the HTTP listener's lines. From memory, not fetched.

function otRecorderLog(rng) {
  const render = (e) => e.ot.map((msg) => `${local(e.t, TLT).slice(0, 19)}${zoneNoColon(TLT)} despaxu ot-recorder[633]: ${msg}`);
  const drv = () => `kondutor${pad(rng.int(1, 30))}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ot: [`+ ${drv()}-telefone: lat=-8.5${digits(rng, 4)} lon=125.5${digits(rng, 4)} tst=${Math.floor(DAY0 / 1000) + rng.int(0, 86400)} acc=${rng.int(3, 40)} batt=${rng.int(10, 100)}`] }),
      () => ({ ot: [`http: POST /pub 200 (${rng.int(1, 40)} ms)`] }),
      () => ({ ot: [`Lua: entrega ${rng.int(1000, 9999)} hahú, kondutor ${rng.int(1, 30)}`] }),
    ])();
  const steps = [
    { raw: { ot: ['version 0.9.8 starting with STORAGEDIR=/var/spool/owntracks/recorder/store', 'HTTP listener started on 127.0.0.1:8083, without browser-apikey', 'Using Lua hook script /etc/ot-recorder/naroman.lua'] }, after: 0 },
    2,
    plant('negative', 'ot-recorder-message-id', 'none', "A location message's random id (`_id`, 8 hex digits) the app adds: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(8);
      return { value: `_id=${id}`, event: { ot: [`+ kondutor07-telefone: duplicate location dropped (_id=${id})`] } };
    }),
    4,
    plant('header-dump', 'ot-recorder-http-debug-headers-basic', 'error', "The HTTP listener at debug writes the request headers nginx passed on, the driver app's `Authorization: Basic` among them (with OwnTracks' `X-Limit-U`/`X-Limit-D`).", ({ rng }) => {
      const b = b64Of(`kondutor12:${rng.alnum(16)}`);
      return { value: b, event: { ot: [`http: headers: Authorization: Basic ${b}; X-Limit-U: kondutor12; X-Limit-D: telefone; Content-Type: application/json`] } };
    }),
    4,
    plant('replay', 'ot-recorder-enrol-bilhete-once', 'note', WHY.ticketFirst("A single-use enrolment ticket (`bilhete`, \"ticket\") a new driver's phone opens once to fetch its configuration; the listener writes the request. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(24);
      firstUse.bilhete = t;
      return { value: tk, event: { ot: [`http: GET /otr/enrol?bilhete=${tk} from 203.0.113.58 200 (okhttp/5.3.2)`] } };
    }, { ref: 'bilhete' }),
    2,
    plant('replay', 'ot-recorder-enrol-bilhete-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('bilhete').value, why: `${WHY.replay('bilhete', gap('bilhete', t))} Another address and client fetched the driver configuration with the same single-use ticket and got 200: the hook did not mark it spent.` }], event: { ot: [`http: GET /otr/enrol?bilhete=${refs.get('bilhete').value} from 198.51.100.203 200 (curl/8.19.0)`] } }), { replayOf: 'bilhete', after: 47 }),
    4,
    plant('api-key-name', 'ot-recorder-lua-hook-xave-despaxu', 'error', `${WHY.apiKey('xave_despaxu')} The Lua hook posts each position to the dispatch API with its key (\`xave_despaxu\`, "dispatch key") in the query and logs the URL when the call fails (Tetum: "la konsege").`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { ot: [`Lua: la konsege haruka pozisaun: https://despaxu.${FN}/api/pozisaun?xave_despaxu=${key}&kondutor=07 (timeout)`] } };
    }),
    4,
    plant('path-secret', 'ot-recorder-http-view-secret-name', 'error', "A live view for the pharmacy's customers is configured under a secret name (`/view/<token>`): the link shows the delivery taxi's position as long as the view exists, and the listener writes it.", ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { ot: [`http: GET /view/${tok}?from=2027-10-05 200 (${rng.int(1, 40)} ms)`] } };
    }),
    4,
    plant('negative', 'ot-recorder-gpx-export-sha256', 'none', "The SHA-256 of a day's GPX export, which the Lua hook logs after writing it: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { ot: [`Lua: GPX esporta ona kondutor07 2027-10-04 sha256=${h}`] } };
    }),
    4,
    plant('encoded', 'ot-recorder-lua-hook-dadus-base64-json', 'error', "The Lua hook logs a delivery registration URL whose `dadus` (\"data\") is base64 JSON holding the driver's password (`liafuan`).", ({ rng }) => {
      const b = b64Of(JSON.stringify({ kondutor: '07', liafuan: rng.alnum(14), taxi: `TL-${digits(rng, 4)}` }));
      return { value: b, event: { ot: [`Lua: entrega rejistu: https://despaxu.${FN}/entrega/rejistu?dadus=${b}`] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'despaxu' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// chatwoot-production.log: log/production.log of a Chatwoot 3 install (Rails' tagged logger with the request id):
// `I, [<yyyy-mm-ddTHH:MM:SS.uuuuuu> #<pid>]  INFO -- : [<request id>] Started GET "…" for <ip> at <time +0900>`,
// `Processing by …`, `  Parameters: {…}` (filter_parameters as `[FILTERED]`), `Completed …`, Sidekiq jobs' lines.
// From memory, not fetched.

function chatwootLog(rng) {
  const render = (e) => {
    const id = rng.uuid();
    const pid = rng.int(40, 60);
    const us = rng.int(0, 899);
    // One request's lines: one worker, microseconds rising.
    return e.cw.map(([lvl, msg], i) => `${lvl[0]}, [${local(e.t, TLT).slice(0, 19)}.${msPart(e.t)}${pad(us + i * 30, 3)} #${pid}] ${lvl.padStart(5)} -- : [${id}] ${msg}`);
  };
  const at = (t) => `${ymdHmsAt(t, TLT)} ${zoneNoColon(TLT)}`;
  const started = (e, method, path) => `Started ${method} "${path}" for ${e.ip} at ${at(e.t)}`;
  const filler = (rng, t) => {
    const ip = publicIp(rng);
    return rng.pick([
      () => ({ cw: [['INFO', `Started GET "/api/v1/accounts/1/conversations?status=open&page=${rng.int(1, 4)}" for ${ip} at ${at(t)}`], ['INFO', 'Processing by Api::V1::Accounts::ConversationsController#index as JSON'], ['INFO', `Completed 200 OK in ${rng.int(20, 300)}ms (Views: ${rng.int(5, 80)}.${rng.int(0, 9)}ms | ActiveRecord: ${rng.int(3, 90)}.${rng.int(0, 9)}ms | Allocations: ${rng.int(10000, 90000)})`]] }),
      () => ({ cw: [['INFO', `Started GET "/app/accounts/1/dashboard" for ${ip} at ${at(t)}`], ['INFO', 'Processing by DashboardController#index as HTML'], ['INFO', `Completed 200 OK in ${rng.int(20, 300)}ms`]] }),
      () => ({ cw: [['INFO', `Started POST "/webhooks/whatsapp/+670${digits(rng, 8)}" for ${ip} at ${at(t)}`], ['INFO', 'Processing by Webhooks::WhatsappController#process_payload as JSON'], ['INFO', 'Completed 200 OK in 9ms']] }),
    ])();
  };
  const steps = [
    4,
    plant('negative', 'chatwoot-widget-website-token', 'none', "The web widget's `website_token` in the widget's URL: public by design (it is in every page that shows the widget), no credential.", ({ rng, t }) => {
      const wt = rng.alnum(24);
      const e = { ip: publicIp(rng), t };
      return { value: wt, event: { cw: [['INFO', started(e, 'GET', `/widget?website_token=${wt}&locale=tet`)], ['INFO', 'Processing by WidgetsController#index as HTML'], ['INFO', 'Completed 200 OK in 31ms']] } };
    }),
    4,
    plant('oauth-code', 'chatwoot-instagram-callback-started-and-parameters', 'warning', `${WHY.code} The Instagram channel's OAuth callback: Rails writes the URL in \`Started GET\` and the parameters in \`Parameters:\` (\`code\` is not in filter_parameters).`, ({ rng, t }) => {
      const code = rng.b64url(180);
      const st = rng.b64url(32);
      const e = { ip: publicIp(rng), t };
      return { value: code, event: { cw: [['INFO', started(e, 'GET', `/instagram/callback?code=${code}&state=${st}`)], ['INFO', 'Processing by Instagram::CallbacksController#show as HTML'], ['INFO', `  Parameters: {"code"=>"${code}", "state"=>"${st}"}`], ['INFO', 'Redirected to https://chat.farmasia-naroman.example/app/accounts/1/settings/inboxes'], ['INFO', 'Completed 302 Found in 412ms']] } };
    }),
    4,
    plant('path-secret', 'chatwoot-devise-reset-password-token-started-line', 'error', "An agent's password reset link (`/auth/password/edit?reset_password_token=…`): Rails' `Started GET` line writes the raw URL, while `Parameters:` shows it `[FILTERED]`; the link resets the account until it is used or expires.", ({ rng, t }) => {
      const tok = rng.b64url(20);
      const e = { ip: publicIp(rng), t };
      return { value: tok, event: { cw: [['INFO', started(e, 'GET', `/auth/password/edit?config=default&redirect_url=&reset_password_token=${tok}`)], ['INFO', 'Processing by DeviseOverrides::PasswordsController#edit as HTML'], ['INFO', '  Parameters: {"config"=>"default", "redirect_url"=>"", "reset_password_token"=>"[FILTERED]"}'], ['INFO', 'Completed 200 OK in 18ms']] } };
    }),
    4,
    plant('framework-dump', 'chatwoot-parameters-kontaktu-liafuan', 'error', "The pharmacy's own portal form posts a contact with a password under a Tetum name (`liafuan`, \"password\"), which filter_parameters does not match: Rails' `Parameters:` writes it.", ({ rng, t }) => {
      const pw = rng.alnum(14);
      const e = { ip: publicIp(rng), t };
      return { value: pw, event: { cw: [['INFO', started(e, 'POST', '/api/v1/accounts/1/contacts')], ['INFO', 'Processing by Api::V1::Accounts::ContactsController#create as JSON'], ['INFO', `  Parameters: {"kontaktu"=>{"naran"=>"Ana Soares", "telefone"=>"+670 7${digits(rng, 7)}", "liafuan"=>"${pw}"}, "account_id"=>"1"}`], ['INFO', 'Completed 200 OK in 64ms']] } };
    }),
    4,
    plant('api-key-name', 'chatwoot-started-api-access-token-query', 'error', `${WHY.apiKey('api_access_token')} A reporting script sends the agent bot's token in the query instead of the header; Rails' \`Started GET\` writes it raw while \`Parameters:\` filters it.`, ({ rng, t }) => {
      const tok = rng.alnum(24);
      const e = { ip: publicIp(rng), t };
      return { value: tok, event: { cw: [['INFO', started(e, 'GET', `/api/v2/accounts/1/reports/summary?type=account&since=${Math.floor(DAY0 / 1000) - 86400 * 7}&api_access_token=${tok}`)], ['INFO', 'Processing by Api::V2::Accounts::ReportsController#summary as JSON'], ['INFO', '  Parameters: {"type"=>"account", "api_access_token"=>"[FILTERED]", "account_id"=>"1"}'], ['INFO', 'Completed 200 OK in 220ms']] } };
    }),
    4,
    plant('implicit-fragment', 'chatwoot-widget-event-referer-url-fragment', 'error', "The widget reports the page it runs on as `referer_url`; on the shop's account page after sign-in that address carries the fragment (`#access_token=…`), and Rails' `Parameters:` writes it (`referer_url` is not filtered).", ({ rng, t }) => {
      const at = rng.b64url(43);
      const e = { ip: publicIp(rng), t };
      return { value: at, event: { cw: [['INFO', started(e, 'POST', `/api/v1/widget/events?website_token=${rng.alnum(24)}&locale=tet`)], ['INFO', 'Processing by Api::V1::Widget::EventsController#create as JSON'], ['INFO', `  Parameters: {"name"=>"webwidget.triggered", "event_info"=>{"referer_url"=>"https://${FN}/kliente/konta#access_token=${at}&token_type=Bearer", "initiated_at"=>{"timestamp"=>"${iso(t)}"}}, "website_token"=>"[FILTERED]", "locale"=>"tet"}`], ['INFO', 'Completed 204 No Content in 12ms']] } };
    }),
    4,
    plant('header-dump', 'chatwoot-webhook-job-headers-hash-token-scheme', 'error', "The webhook job to the pharmacy's order system logs its request headers as a Ruby hash, the backend's token under Rails' `Token token=` scheme.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { cw: [['WARN', `WebhookJob failed for https://pedidu.${FN}/chatwoot/eventu headers={"Content-Type"=>"application/json", "Authorization"=>"Token token=${tok}"} status=502`]] } };
    }),
    2,
    plant('negative', 'chatwoot-active-job-id', 'none', "An Active Job id (a uuid) in Sidekiq's line: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { cw: [['INFO', `[ActiveJob] [Conversations::ReopenSnoozedConversationsJob] [${id}] Performed Conversations::ReopenSnoozedConversationsJob (Job ID: ${id}) from Sidekiq(scheduled_jobs) in 42.1ms`]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'chat' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// chromis-pos.log: the console of Chromis POS 1.5 at a pharmacy counter, saved by its launcher: java.util.logging's
// SimpleFormatter, two lines an entry (`MMM dd, yyyy h:mm:ss a <class> <method>` then `<LEVEL>: <message>`; local time,
// no zone). From memory, not fetched.

function chromisLog(rng) {
  const render = (e) => {
    const l = local(e.t, TLT);
    const h = Number(l.slice(11, 13));
    const when = `${MONTHS[Number(l.slice(5, 7)) - 1]} ${l.slice(8, 10)}, ${l.slice(0, 4)} ${h % 12 || 12}:${l.slice(14, 19)} ${h < 12 ? 'AM' : 'PM'}`;
    return e.ch.flatMap(([cls, meth, lvl, msg]) => [`${when} ${cls} ${meth}`, `${lvl}: ${msg}`]);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ ch: [['uk.chromis.pos.sales.JPanelTicket', 'saveTicket', 'INFO', `Ticket ${rng.int(10000, 99999)} saved, total ${rng.int(1, 90)}.${pad(rng.int(0, 99))} USD`]] }),
      () => ({ ch: [['uk.chromis.pos.printer.DeviceTicket', 'printTicket', 'INFO', 'Receipt printed on epson-tm-t20']] }),
      () => ({ ch: [['com.naroman.chromis.StockSync', 'run', 'INFO', `Stock sinkroniza ona: ${rng.int(1, 90)} aimoruk`]] }),
      () => ({ ch: [['uk.chromis.data.loader.Session', 'getConnection', 'FINE', 'Connection acquired from pool']] }),
    ])();
  const steps = [
    { raw: { ch: [['uk.chromis.pos.forms.JRootApp', 'initApp', 'INFO', 'Chromis POS 1.5.3 starting, farmasia=Comoro']] }, after: 0 },
    2,
    plant('negative', 'chromis-ticket-uuid', 'none', "The ticket's id (a uuid) Chromis stores: an identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { ch: [['uk.chromis.pos.sales.JPanelTicket', 'refundTicket', 'INFO', `Refund of ticket id ${u} recorded`]] } };
    }),
    4,
    plant('refresh-token', 'chromis-online-sync-token-json', 'error', `${WHY.refresh} The online sync add-on writes the token answer it received (Tetum: "token foun simu", "new token received").`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { ch: [['com.naroman.chromis.OnlineSync', 'refreshToken', 'INFO', `token foun simu {"access_token":"${rng.b64url(40)}","refresh_token":"${rt}","expires_in":3600,"token_type":"Bearer"}`]] } };
    }),
    4,
    plant('webhook', 'chromis-zulip-slack-incoming-api-key', 'error', WHY.webhook("A Zulip incoming webhook (`/api/v1/external/slack_incoming?api_key=<key>&stream=…`), the low-stock alert's target; the add-on's warning writes it (Tetum: \"Notifikasaun la haruka\") (the bot's `api_key` is the secret part)"), ({ rng }) => {
      const k = rng.alnum(32);
      return { value: k, event: { ch: [['com.naroman.chromis.StockAlert', 'notify', 'WARNING', `Notifikasaun stock menus la haruka: https://naroman.zulipchat.com/api/v1/external/slack_incoming?api_key=${k}&stream=stock&topic=aimoruk (HTTP 502)`]] } };
    }),
    4,
    plant('api-key-name', 'chromis-prescription-api-xave-api', 'error', `${WHY.apiKey('xave_api')} The prescription lookup calls the ministry's register with its key in the query; the error (Tetum: "Erru ligasaun") writes the URL.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { ch: [['com.naroman.chromis.Reseita', 'lookup', 'SEVERE', `Erru ligasaun ba https://reseita.saude.example/api/v1/reseita/${digits(rng, 8)}?xave_api=${key}&farmasia=comoro: java.net.SocketTimeoutException: Read timed out`]] } };
    }),
    4,
    plant('encoded', 'chromis-qr-payment-base64url-query-string', 'error', "The payment QR's URL carries the merchant's parameters as one base64url string (`d=`); decoded it is a query string with the merchant key (`xave=`), and the add-on logs the URL it encodes in the QR.", ({ rng }) => {
      const d = b64urlOf(`merchant=NAROMAN-COMORO&xave=${rng.alnum(32)}&montante=${rng.int(1, 90)}.${pad(rng.int(0, 99))}`);
      return { value: d, event: { ch: [['com.naroman.chromis.PagamentuQR', 'create', 'INFO', `QR pagamentu: https://paga.bnctl.example/qr?d=${d}`]] } };
    }),
    4,
    plant('negative', 'chromis-host-machine-id', 'none', "The till's machine id (Chromis' `machine.hostname` and a generated hex id): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { ch: [['uk.chromis.pos.forms.AppConfig', 'load', 'INFO', `Terminal registered: host=caixa-comoro-1 machineId=${id}`]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 0 * HOUR + 30 * MIN, site: { host: 'caixa' }, filler, render, steps });
}

// =====================================================================================================================
// Norðoya Fiskasøla (Faroese; Klaksvík: WEST, UTC+1)
// =====================================================================================================================

const NF = 'nordoya-fisk.example';

// ---------------------------------------------------------------------------------------------------------------------
// tandoor.log: `docker logs -t` of Tandoor Recipes 1.5 (gunicorn with `--access-logfile -`, Django's logging to stderr):
// `<RFC 3339, nanoseconds, Z> <line>`; gunicorn's `[<time> +0100] [<pid>] [<LEVEL>]` and Common Log Format access lines,
// Django's `<LEVEL>:<logger>:<message>`. Django's CSRF reasons from django/middleware/csrf.py (read through search);
// the rest from memory.

function tandoorLog(rng) {
  const render = (e, r) => e.td.map((msg) => `${dockerTs(e.t, r)} ${msg}`);
  const acc = (e, path, status) => `${lan(rng, '172.20')} - - [${clf(e.t, WEST)}] "GET ${path} HTTP/1.0" ${status} ${rng.int(300, 40000)} "-" "${e.ua}"`;
  const filler = (rng, t) => {
    const e = { t, ua: rng.pick(BROWSERS) };
    return rng.pick([
      () => ({ td: [acc(e, `/api/recipe/?page=${rng.int(1, 5)}&page_size=25`, 200)] }),
      () => ({ td: [acc(e, `/view/recipe/${rng.int(1, 120)}`, 200)] }),
      () => ({ td: [acc(e, `/static/vue/js/chunk-vendors.js`, 304)] }),
      () => ({ td: [`INFO:cookbook.views.api:Uppskrift goymd: ${rng.pick(['Rugbreyð', 'Kanelsnældur', 'Fiskabollar', 'Smyrjibreyð'])}`] }),
    ])();
  };
  const steps = [
    { raw: { td: [`[${ymdHmsAt(DAY0 + 5 * HOUR, WEST)} +0100] [1] [INFO] Starting gunicorn 22.0.0`, `[${ymdHmsAt(DAY0 + 5 * HOUR, WEST)} +0100] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`] }, after: 0 },
    2,
    plant('negative', 'tandoor-static-cache-buster', 'none', "A static file's cache buster (`?v=<hex>`) in the access line: no credential.", ({ rng, t }) => {
      const v = rng.hex(16);
      return { value: v, event: { td: [acc({ t, ua: rng.pick(BROWSERS) }, `/static/css/app.min.css?v=${v}`, 200)] } };
    }),
    4,
    plant('path-secret', 'tandoor-share-link-access-line', 'error', "A recipe share link (`/view/recipe/<id>?share=<uuid>`): the link opens the bakery's recipe without an account until the share is deleted; gunicorn's access line writes it.", ({ rng, t }) => {
      const s = rng.uuid();
      return { value: s, event: { td: [acc({ t, ua: rng.pick(BROWSERS) }, `/view/recipe/${rng.int(1, 120)}?share=${s}`, 200)] } };
    }),
    4,
    plant('implicit-fragment', 'tandoor-csrf-referer-checking-failed-fragment', 'error', "The counter tablet's app posts with a Referer that keeps the sign-in fragment (`#access_token=…`); Django's CSRF middleware writes the Referer in its reason (`Referer checking failed - … does not match any trusted origins.`).", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { td: [`WARNING:django.security.csrf:Forbidden (Referer checking failed - https://bakari.${NF}/#access_token=${at}&token_type=Bearer does not match any trusted origins.): /api/shopping-list-entry/`] } };
    }),
    4,
    plant('session-id', 'tandoor-debug-cookies-dict-sessionid', 'error', WHY.session("A debug line of the bakery's scope middleware (Faroese: \"seta ógildug\", \"session invalid\") prints the request's cookies as a Python dict, Django's `sessionid` among them"), ({ rng }) => {
      const s = lowerNum(rng, 32);
      return { value: s, event: { td: [`DEBUG:cookbook.helper.scope_middleware:seta ógildug: {'sessionid': '${s}', 'django_language': 'fo'}`] } };
    }),
    4,
    plant('id-token', 'tandoor-allauth-oidc-expired-id-token', 'note', "django-allauth's OpenID Connect provider rejects an ID token that had expired and the bakery's debug handler prints it; the container line has its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { alg: 'RS256', kid: rng.hex(16), lifetime: 300, age: 2 * 3600 + rng.int(0, 900), claims: { iss: `https://lykil.${NF}/realms/fiskasola`, aud: 'tandoor', sub: rng.uuid(), preferred_username: 'bakari' } });
      return { value: token, jwt: facts, event: { td: [`WARNING:allauth.socialaccount.providers.openid_connect:Invalid id_token (Signature has expired): ${token}`] } };
    }),
    4,
    plant('negative', 'tandoor-recipe-image-name', 'none', "A recipe image's stored name (a uuid and a hex suffix) in an access line: an identifier, no credential.", ({ rng, t }) => {
      const n = `${rng.uuid()}_${rng.hex(12)}`;
      return { value: n, event: { td: [acc({ t, ua: rng.pick(BROWSERS) }, `/media/recipes/${n}.jpg`, 200)] } };
    }),
    4,
    plant('framework-dump', 'tandoor-querydict-loyniord', 'error', "A debug line prints the login form as Django's `<QueryDict: {…}>`, the password under the Faroese name `loyniord` (\"password\") in the clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { td: [`DEBUG:cookbook.views.lists:innritan: <QueryDict: {'csrfmiddlewaretoken': ['${rng.alnum(64)}'], 'brukari': ['bakari'], 'loyniord': ['${pw}']}>`] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'tandoor' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// floreantpos.log: logs/floreantpos.log of Floreant POS 1.4 at the bakery counter (log4j 1.2, local time, no zone):
// `yyyy-MM-dd HH:mm:ss,SSS <LEVEL> [<thread>] <logger> - <message>`; Apache HttpClient 4's wire headers
// (`org.apache.http.headers - http-outgoing-<n> >> <header>`) at DEBUG. From memory, not fetched.

function floreantLog(rng) {
  const render = (e) => e.fp.map(([lvl, th, lg, msg]) => `${ymdHmsAt(e.t, WEST)},${msPart(e.t)} ${lvl.padEnd(5)} [${th}] ${lg} - ${msg}`);
  const AWT = 'AWT-EventQueue-0';
  const filler = (rng) =>
    rng.pick([
      () => ({ fp: [['INFO', AWT, 'com.floreantpos.ui.views.order.OrderView', `Ticket ${rng.int(100, 999)} settled, ${rng.int(1, 9)} items`]] }),
      () => ({ fp: [['INFO', AWT, 'com.floreantpos.report.ReceiptPrintService', 'Receipt printed']] }),
      () => ({ fp: [['DEBUG', 'pool-2-thread-1', 'fo.nordoya.pos.Netbileggingar', `Eingin nýggj bílegging (${rng.int(1, 60)} s)`]] }),
      () => ({ fp: [['INFO', AWT, 'com.floreantpos.main.Application', `User ${rng.pick(['Marjun', 'Rói', 'Sunneva'])} logged in, terminal 1`]] }),
    ])();
  const steps = [
    { raw: { fp: [['INFO', 'main', 'com.floreantpos.main.Application', 'Floreant POS 1.4-build-7 starting'], ['INFO', 'main', 'com.floreantpos.main.Application', 'Database connection established']] }, after: 0 },
    2,
    plant('negative', 'floreant-terminal-key', 'none', "The terminal's registration id (a uuid) Floreant writes at start: an identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { fp: [['INFO', 'main', 'com.floreantpos.config.TerminalConfig', `Terminal id ${u}`]] } };
    }),
    4,
    plant('encoded', 'floreant-properties-escaped-url-lykil', 'error', "The online-order add-on prints its configuration as Java `Properties.store` writes it, so the URL's `:` and `=` are escaped (`https\\://…?lykil\\=<key>`); the key is the order platform's.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { fp: [['DEBUG', 'main', 'fo.nordoya.pos.Netbileggingar', `config: netbilegging.url=https\\://bilegging.${NF}/api/v2/bileggingar?lykil\\=${key}&bakari\\=klaksvik`]] } };
    }),
    4,
    plant('api-key-name', 'floreant-price-api-lykil-query', 'error', `${WHY.apiKey('lykil')} The add-on fetches the fish auction's day prices with its key (\`lykil\`, "key") in the query; the warning (Faroese: "Feilur") writes the URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { fp: [['WARN', 'pool-2-thread-1', 'fo.nordoya.pos.Prisir', `Feilur við prísum: GET https://uppbod.${NF}/api/prisir/i-dag?lykil=${key} -> 503`]] } };
    }),
    4,
    plant('header-dump', 'floreant-httpclient-wire-headers-basic', 'error', "Apache HttpClient's header log at DEBUG (`org.apache.http.headers - http-outgoing-<n> >> Authorization: Basic …`): the bakery's login to the order platform.", ({ rng }) => {
      const b = b64Of(`bakari-klaksvik:${rng.alnum(16)}`);
      const n = rng.int(0, 9);
      return { value: b, event: { fp: [['DEBUG', 'pool-2-thread-1', 'org.apache.http.headers', `http-outgoing-${n} >> GET /api/v2/bileggingar HTTP/1.1`], ['DEBUG', 'pool-2-thread-1', 'org.apache.http.headers', `http-outgoing-${n} >> Authorization: Basic ${b}`], ['DEBUG', 'pool-2-thread-1', 'org.apache.http.headers', `http-outgoing-${n} >> Host: bilegging.${NF}`]] } };
    }),
    4,
    plant('refresh-token', 'floreant-online-orders-token-renewed', 'error', `${WHY.refresh} The add-on writes the token answer when it renews its session (Faroese: "token endurnýggjað", "token renewed").`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { fp: [['DEBUG', 'pool-2-thread-1', 'fo.nordoya.pos.Netbileggingar', `token endurnýggjað: {"access_token":"${rng.b64url(40)}","refresh_token":"${rt}","expires_in":1800}`]] } };
    }),
    4,
    plant('webhook', 'floreant-pushcut-notification-secret', 'error', WHY.webhook("A Pushcut notification URL (`api.pushcut.io/<secret>/notifications/<name>`) that rings the baker's phone for an online order; the add-on's error writes it (the path's secret is the secret part)"), ({ rng }) => {
      const s = rng.b64url(22);
      return { value: s, event: { fp: [['ERROR', 'pool-2-thread-1', 'fo.nordoya.pos.Fraboðan', `Fráboðan miseydnaðist: POST https://api.pushcut.io/${s}/notifications/Ny%C3%B0%20b%C3%ADlegging -> java.net.UnknownHostException`]] } };
    }),
    4,
    plant('session-id', 'floreant-order-platform-seta-query', 'error', WHY.session("The order platform's legacy endpoint takes the session id as `seta` (\"session\") in the query; the add-on's warning writes the URL"), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { fp: [['WARN', 'pool-2-thread-1', 'fo.nordoya.pos.Netbileggingar', `GET https://bilegging.${NF}/gamalt/bileggingar.php?seta=${s}&bakari=klaksvik -> 302`]] } };
    }),
    2,
    plant('negative', 'floreant-menu-export-md5', 'none', "The MD5 of the exported menu file, which the add-on logs after an upload: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { fp: [['INFO', 'pool-2-thread-1', 'fo.nordoya.pos.Netbileggingar', `Matseðil sendur (md5 ${h})`]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 30 * MIN, site: { host: 'kassi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openproject.log: `docker logs -t` of an OpenProject 15 all-in-one container: `<RFC 3339, nanoseconds, Z> <line>`;
// Rails' logger (`I, [<time> #<pid>]  INFO -- : [<request id>] …`) with lograge's key=value request line (`method=…
// path=… format=… controller=… action=… status=… duration=… view=… db=… user=…`) and the operators' `params=` custom
// option; OmniAuth's OpenID Connect lines. From memory, not fetched.

function openProjectLog(rng) {
  const render = (e, r) => e.op.map(([lvl, msg]) => `${dockerTs(e.t, r)} ${lvl[0]}, [${local(e.t, WEST).slice(0, 19)}.${msPart(e.t)}${digits(r, 3)} #${r.int(100, 200)}] ${lvl.padStart(5)} -- : [${r.uuid()}] ${msg}`);
  const lg = (rng, method, path, ctrl, action, status, extra = '') => `method=${method} path=${path} format=html controller=${ctrl} action=${action} status=${status} duration=${(rng.int(500, 90000) / 100).toFixed(2)} view=${(rng.int(100, 9000) / 100).toFixed(2)} db=${(rng.int(100, 9000) / 100).toFixed(2)} user=${rng.int(1, 40)}${extra}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ op: [['INFO', lg(rng, 'GET', `/projects/${rng.pick(['jaspur', 'nordborg', 'frystigoymsla'])}/work_packages`, 'WorkPackagesController', 'index', 200)]] }),
      () => ({ op: [['INFO', lg(rng, 'GET', `/work_packages/${rng.int(100, 900)}/activity`, 'WorkPackagesController', 'show', 200)]] }),
      () => ({ op: [['INFO', lg(rng, 'GET', '/my/page', 'MyController', 'page', 200)]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'openproject-params-filtered-password', 'none', "Rails' `[FILTERED]` for the login form's `password` in lograge's params: a redaction, no credential.", ({ rng }) => ({ value: '"password"=>"[FILTERED]"', event: { op: [['INFO', lg(rng, 'POST', '/login', 'AccountController', 'login', 302, ' params={"username"=>"skipari", "password"=>"[FILTERED]"}')]] } })),
    4,
    plant('oauth-code', 'openproject-lograge-path-callback-code', 'warning', `${WHY.code} lograge writes the OmniAuth callback's path with its query (\`path=/auth/keycloak/callback?code=…&state=…\`).`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { op: [['INFO', lg(rng, 'GET', `/auth/keycloak/callback?state=${rng.hex(32)}&session_state=${rng.uuid()}&code=${code}`, 'OmniAuthLoginController', 'callback', 302)]] } };
    }),
    4,
    plant('id-token', 'openproject-omniauth-oidc-debug-id-token', 'error', "OmniAuth's OpenID Connect strategy at debug writes the token answer's `id_token`; the container line has its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { alg: 'RS256', kid: rng.hex(16), lifetime: 3600, age: rng.int(1, 20), jti: true, claims: { iss: `https://lykil.${NF}/realms/fiskasola`, aud: 'openproject', sub: rng.uuid(), email: 'skipari@nordoya-fisk.example' } });
      return { value: token, jwt: facts, event: { op: [['DEBUG', `(openid_connect) Access token received, id_token=${token}`]] } };
    }),
    4,
    plant('refresh-token', 'openproject-oidc-refresh-failed-warn', 'error', `${WHY.refresh} The storage integration's warning writes the refresh token it failed to use (Faroese: "endurnýggjan miseydnaðist").`, ({ rng }) => {
      const rt = rng.b64url(60);
      return { value: rt, event: { op: [['WARN', `Nextcloud storage 2: token endurnýggjan miseydnaðist {"error":"invalid_grant"} refresh_token=${rt}`]] } };
    }),
    4,
    plant('path-secret', 'openproject-lograge-path-account-activate-token', 'error', "A new crew member's account activation link (`/account/activate?token=…`): lograge writes the path with its query; the link activates the account until used.", ({ rng }) => {
      const tok = rng.alnum(64);
      return { value: tok, event: { op: [['INFO', lg(rng, 'GET', `/account/activate?token=${tok}`, 'AccountController', 'activate', 302)]] } };
    }),
    4,
    plant('framework-dump', 'openproject-lograge-params-loyniord', 'error', "The vessel checklist plugin posts the engine room PC's login as `loyniord` (\"password\"), a name filter_parameters does not match; lograge's `params=` writes it.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { op: [['INFO', lg(rng, 'POST', '/projects/jaspur/eftirlit', 'EftirlitController', 'create', 201, ` params={"eftirlit"=>{"skip"=>"Jaspur", "brukari"=>"maskina", "loyniord"=>"${pw}"}}`)]] } };
    }),
    4,
    plant('negative', 'openproject-attachment-digest', 'none', "An attachment's MD5 digest in the upload line: a hash, no credential.", ({ rng }) => {
      const d = rng.hex(32);
      return { value: d, event: { op: [['INFO', `Attachment 812 stored (digest=${d}, content_type=application/pdf)`]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'openproject' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kms.log: `docker logs` of Kurento Media Server 7 (GStreamer's debug output on stderr): `<elapsed H:MM:SS.nnnnnnnnn>
// <pid> <thread> <LEVEL, 7 wide> <category> <file>:<line>:<function>:<object> <message>`, at the default `GST_DEBUG` plus
// `KurentoWebSocketTransport:5` (the JSON-RPC messages). https://doc-kurento.readthedocs.io/en/stable/features/logging.html
// (read through search: default GST_DEBUG) and public KMS log excerpts (the line layout); the messages from memory.

function kmsLog(rng) {
  const t0 = DAY0 + 6 * HOUR;
  const thread = `0x7f${rng.hex(10)}`;
  const render = (e) => e.km.map(([lvl, cat, where, msg]) => {
    const el = e.t - t0;
    const h = Math.floor(el / 3600000);
    const m = Math.floor((el % 3600000) / 60000);
    const s = Math.floor((el % 60000) / 1000);
    return `${h}:${pad(m)}:${pad(s)}.${pad(el % 1000, 3)}${digits(rng, 6)}     1 ${thread} ${lvl.padEnd(7)} ${cat} ${where} ${msg}`;
  });
  const WS = ['DEBUG', 'KurentoWebSocketTransport', 'WebSocketTransport.cpp:422:processMessage:'];
  const msg = (obj) => [...WS, `Message: ${JSON.stringify(obj)}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ km: [['INFO', 'KurentoWebRtcEndpointImpl', 'WebRtcEndpointImpl.cpp:96:remove_not_supported_codecs_from_array:<kmswebrtcendpoint' + rng.int(1, 9) + '>', "Removing not supported codec 'AMR/8000'"]] }),
      () => ({ km: [['INFO', 'KurentoMediaPipelineImpl', 'MediaPipelineImpl.cpp:62:busMessage:', `Pipeline ${rng.uuid()}_kurento.MediaPipeline: state PLAYING`]] }),
      () => ({ km: [msg({ id: rng.int(1, 900), jsonrpc: '2.0', method: 'ping', params: { interval: 240000 } })] }),
      () => ({ km: [['INFO', 'KurentoServerMethods', 'ServerMethods.cpp:544:release:', `Release object: ${rng.uuid()}_kurento.WebRtcEndpoint/${rng.uuid()}_kurento.WebRtcEndpoint`]] }),
    ])();
  const sess = () => rng.uuid();
  const steps = [
    { raw: { km: [['INFO', 'KurentoMediaServer', 'main.cpp:255:main:', 'Kurento Media Server version: 7.1.1'], ['INFO', 'KurentoMediaServer', 'main.cpp:301:main:', 'Mediaserver started']] }, after: 0 },
    2,
    plant('negative', 'kms-media-object-id', 'none', "A media object's id (`<uuid>_kurento.MediaPipeline/<uuid>_kurento.PlayerEndpoint`): an identifier, no credential.", ({ rng }) => {
      const id = `${rng.uuid()}_kurento.MediaPipeline/${rng.uuid()}_kurento.PlayerEndpoint`;
      return { value: id, event: { km: [['INFO', 'KurentoServerMethods', 'ServerMethods.cpp:544:release:', `Release object: ${id}`]] } };
    }),
    4,
    plant('path-secret', 'kms-create-player-uri-beinleidis-token-and-error', 'error', "The auction's live feed for remote buyers is pulled from a secret path (`/beinleidis/<token>/`, \"live\"): the JSON-RPC `create` of the PlayerEndpoint writes the `uri`, and the player's error writes it again.", ({ rng }) => {
      const tok = rng.b64url(28);
      const uri = `https://uppbod.${NF}/beinleidis/${tok}/salur-1.webm`;
      return { value: tok, event: { km: [msg({ id: rng.int(1, 900), jsonrpc: '2.0', method: 'create', params: { type: 'PlayerEndpoint', constructorParams: { mediaPipeline: `${rng.uuid()}_kurento.MediaPipeline`, uri, networkCache: 2000 }, sessionId: sess() } }), ['WARNING', 'KurentoPlayerEndpointImpl', 'PlayerEndpointImpl.cpp:318:postConstructor:', `Error opening uri ${uri}: Could not open resource for reading.`]] } };
    }),
    4,
    plant('encoded', 'kms-create-player-rtsp-userinfo-percent-encoded', 'error', "The hall camera is pulled over RTSP with its login in the URI's user information, the password percent-encoded (`rtsp://kamera:<%-encoded>@…`); the JSON-RPC `create` writes it.", ({ rng }) => {
      const raw = `${rng.alnum(6)}@${rng.alnum(5)}#${rng.alnum(6)}`;
      const enc = encodeURIComponent(raw);
      return { value: enc, event: { km: [msg({ id: rng.int(1, 900), jsonrpc: '2.0', method: 'create', params: { type: 'PlayerEndpoint', constructorParams: { mediaPipeline: `${rng.uuid()}_kurento.MediaPipeline`, uri: `rtsp://kamera:${enc}@10.60.1.21:554/stream1` }, sessionId: sess() } })] } };
    }),
    4,
    plant('api-key-name', 'kms-create-recorder-uri-lykil', 'error', `${WHY.apiKey('lykil')} The recorder uploads the auction's recording to the archive with the key in the URI's query; the JSON-RPC \`create\` writes it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { km: [msg({ id: rng.int(1, 900), jsonrpc: '2.0', method: 'create', params: { type: 'RecorderEndpoint', constructorParams: { mediaPipeline: `${rng.uuid()}_kurento.MediaPipeline`, uri: `https://goymsla.${NF}/upptokur/uppbod-${rng.int(100, 999)}.webm?lykil=${key}`, mediaProfile: 'WEBM' }, sessionId: sess() } })] } };
    }),
    4,
    plant('framework-dump', 'kms-create-properties-uppbodloyniord', 'error', "The application server creates the buyers' hub with its own `properties` map, and the auction room's password (`uppbodLoyniord`, \"auction password\") goes with it; the JSON-RPC message writes it.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { km: [msg({ id: rng.int(1, 900), jsonrpc: '2.0', method: 'create', params: { type: 'Composite', constructorParams: { mediaPipeline: `${rng.uuid()}_kurento.MediaPipeline` }, properties: { salur: '1', uppbodLoyniord: pw }, sessionId: sess() } })] } };
    }),
    4,
    plant('replay', 'kms-create-player-uri-ticket-once', 'note', WHY.ticketFirst("A single-use viewing ticket (`ticket=`) in the URI of a buyer's replay of yesterday's lot, which the application server passes to a PlayerEndpoint; the JSON-RPC message writes it. The ticket is"), ({ rng }) => {
      const tk = rng.b64url(24);
      return { value: tk, event: { km: [msg({ id: rng.int(1, 900), jsonrpc: '2.0', method: 'create', params: { type: 'PlayerEndpoint', constructorParams: { mediaPipeline: `${rng.uuid()}_kurento.MediaPipeline`, uri: `https://uppbod.${NF}/endursyning/lot-${rng.int(100, 999)}.webm?ticket=${tk}` }, sessionId: sess() } })] } };
    }),
    4,
    plant('negative', 'kms-sdp-dtls-fingerprint', 'none', "The DTLS certificate fingerprint in an SDP answer (`a=fingerprint:sha-256 …`): a hash, no credential.", ({ rng }) => {
      const fp = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
      return { value: fp, event: { km: [['DEBUG', 'KurentoSdpEndpointImpl', 'SdpEndpointImpl.cpp:411:generateOffer:', `SDP answer: a=fingerprint:sha-256 ${fp}`]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: t0 + 5 * MIN, site: { host: 'kms' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout68');
writePart(join(here, 'heldout68'), {
  'anthias.log': anthiasLog(rng),
  'librenms.log': libreNmsLog(rng),
  'rtmp_access.log': rtmpLog(rng),
  'volumio.log': volumioLog(rng),
  'omada-server.log': omadaLog(rng),
  'prod-2027-10-05.log': prestashopLog(rng),
  'pelias-api.log': peliasLog(rng),
  'ot-recorder.log': otRecorderLog(rng),
  'chatwoot-production.log': chatwootLog(rng),
  'chromis-pos.log': chromisLog(rng),
  'tandoor.log': tandoorLog(rng),
  'floreantpos.log': floreantLog(rng),
  'openproject.log': openProjectLog(rng),
  'kms.log': kmsLog(rng),
});
