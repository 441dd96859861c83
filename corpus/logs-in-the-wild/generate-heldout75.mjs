// Writes corpus/logs-in-the-wild/heldout75/: a seventy-fifth held-out part, in formats no other part uses (Webmin's
// miniserv.log, a Bambu Studio log, `docker logs -t` of wger, Diun's console log, a Finatra service's access and
// application log, an OpenSpace log, an INDIGO server log, a Plesk panel.log, an oVirt engine.log, `docker logs -t` of
// Hi.Events, a Shiny app's log under Shiny Server, a Gleam Wisp service through `journalctl -o short-iso`, an LNbits log,
// a Padrino production.log), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout75.mjs     rewrites heldout75/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Wharfedale Makers, a Skipton (North Yorkshire) makers' group with a print shop (Inkwell: risograph
// and 3D printing), a climbing wall (Gritstone) and a bicycle repair co-op (Spokes) (English, GMT, five logs); Casa
// Santucci, a Bastia family group with a ferry operator (Traghetti di u Capicorsu), a public observatory and planetarium
// (Osservatoriu di Capicorsu) and a puppet theatre (Teatru di i Pupi) (Corsican messages where the app shows them, route,
// parameter, header and key names in Corsican, CET, five logs); Cuperativa Su Pastore, an Ozieri group with a cheese
// dairy (casificiu), a beekeepers' cooperative (abes e mele) and a bicycle repair co-op (Sardinian, Logudorese, CET, four
// logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { HOUR, iso, local, MONTHS, pad, replayClock, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 10, 3, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Skipton in November (GMT, UTC+0); Bastia and Ozieri (CET, UTC+1). */
const CET = 60;
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;

// bech32 (BIP 173) as LNURL uses it: the URL's bytes in 5-bit groups under the `lnurl` prefix, no length limit.
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ G[i]) >>> 0;
  }
  return chk;
}
function bech32(hrp, text) {
  const data = [];
  let acc = 0;
  let bits = 0;
  for (const byte of Buffer.from(text)) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const expand = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const mod = polymod([...expand, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...checksum].map((d) => BECH[d]).join('')}`;
}

/** Quoted-printable as a mail's text part writes it: `=` as `=3D`, soft line breaks ignored (short lines). */
const qp = (text) => text.replace(/=/g, '=3D');

// =====================================================================================================================
// Wharfedale Makers (English; Skipton: GMT, UTC+0)
// =====================================================================================================================

const WM = 'wharfedalemakers.example';

// ---------------------------------------------------------------------------------------------------------------------
// miniserv.log: Webmin 2.1's /var/webmin/miniserv.log on the print shop's server (`log=1`, `logclf=1`): Common Log
// Format with the Webmin user (`<ip> - <user> [dd/Mon/yyyy:HH:MM:SS +0000] "<request>" <status> <bytes>`); the shop's
// own CGI module (`/printq/`) is served by miniserv too. From memory (not fetched).

function miniservLog(rng) {
  const render = (e) => [`${e.ip} - ${e.user ?? '-'} [${clf(e.t, 0)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ user: 'inkwell', path: rng.pick(['/sysinfo.cgi', '/system-status/', '/proc/index_tree.cgi', '/updown/index.cgi', '/printq/index.cgi']), query: rng.pick(['', 'xnavigation=1']) }),
      () => ({ user: '-', path: rng.pick(['/unauthenticated/toastr.js', '/unauthenticated/css/bundle.min.css', '/unauthenticated/js/bundle.min.js', '/images/favicon-webmin.ico']), query: '' }),
      () => ({ user: 'inkwell', path: '/stats.cgi', query: `xhr-stats=general&_=${DAY0 + rng.int(1, 9e7)}` }),
      () => ({ user: 'riso', path: '/printq/queue.cgi', query: `printer=riso-sf5130&page=${rng.int(1, 6)}` }),
      () => ({ user: 'inkwell', method: 'POST', path: '/session_login.cgi', query: '', status: 302 }),
    ])();
  const steps = [
    4,
    plant('negative', 'webmin-stats-cache-buster', 'none', "The Authentic theme polls `stats.cgi` with a jQuery cache buster (`_=<epoch ms>`): a timestamp, no credential.", ({ rng }) => {
      const v = String(DAY0 + 36_000_000 + rng.int(100000, 999999));
      return { value: v, event: { user: 'inkwell', path: '/stats.cgi', query: `xhr-stats=general&_=${v}` } };
    }),
    4,
    plant('api-key-name', 'webmin-custom-cgi-shop-apikey', 'error', `${WHY.apiKey('shop_apikey')} The shop's order form pushes artwork to the print queue module with the web shop's key in the query, and miniserv writes the request line.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { user: '-', method: 'POST', path: '/printq/ingest.cgi', query: `order=IW-${rng.int(10000, 99999)}&shop_apikey=${key}`, ip: '203.0.113.61' } };
    }),
    4,
    plant('session-id', 'webmin-custom-cgi-proof-sessid', 'error', WHY.session("The proof viewer of the print queue module carries the customer's session in the query (`sessid=`) because the proofs open in an iframe without cookies"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { user: '-', path: '/printq/proof.cgi', query: `job=${rng.int(4000, 4999)}&sessid=${sid}` } };
    }),
    4,
    plant('replay', 'webmin-release-ticket-once', 'note', WHY.ticketFirst("A single-use `release_ticket` that releases a held print job at the shop's counter terminal; miniserv writes the request. The ticket is"), ({ rng, t }) => {
      const v = rng.alnum(26);
      firstUse.release = t;
      return { value: v, event: { user: '-', path: '/printq/release.cgi', query: `release_ticket=${v}&printer=riso-sf5130`, ip: '10.40.2.31' } };
    }, { ref: 'release' }),
    2,
    plant('replay', 'webmin-release-ticket-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('release').value, why: `${WHY.replay('release_ticket', gap('release', t))} Another client (another address) released the same job again with the same ticket and the module answered 200: it never marked the ticket spent.` }], event: { user: '-', path: '/printq/release.cgi', query: `release_ticket=${refs.get('release').value}&printer=bambu-x1c`, ip: '198.51.100.77' } }), { replayOf: 'release', after: 97 }),
    4,
    plant('encoded', 'webmin-updown-url-percent-encoded-key', 'error', "Webmin's Upload and Download module fetches a customer's artwork from a file host; the URL it fetches is percent-encoded once inside `url=`, with the host's `download_key` in it (`%3Fdownload_key%3D…`).", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { user: 'inkwell', method: 'POST', path: '/updown/download.cgi', query: `url=https%3A%2F%2Ffiles.artdrop.example%2Fget%2Fposter-a2.pdf%3Fdownload_key%3D${key}&dir=%2Fsrv%2Fprintq%2Fincoming&show=1` } };
    }),
    4,
    plant('path-secret', 'webmin-proof-approval-link', 'error', WHY.pathSecret("A customer's proof approval link (`/printq/approve.cgi/<token>`, path info after the CGI) opened from the e-mail; whoever has it approves or changes the order"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { user: '-', path: `/printq/approve.cgi/${tok}`, query: '' } };
    }),
    4,
    plant('negative', 'webmin-print-job-uuid', 'none', "A print job's uuid in the queue module's status request: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { user: 'riso', path: '/printq/status.cgi', query: `job_uuid=${id}` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'inkwell-srv' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// BambuStudio.log: Bambu Studio 1.10's log (boost.log: `[yyyy-mm-dd HH:MM:SS.ffffff] [0x<thread>] [<level>]   <message>`,
// local time without a zone) on the print shop's workstation, at debug. From memory (not fetched).

function bambuLog(rng) {
  const threads = ['0x00001b4c', '0x00002a10', '0x000031f8'];
  const render = (e) => e.bb.map(([lvl, msg]) => `[${ymdHmsAt(e.t, 0)}.${msPart(e.t)}${pad(rng.int(0, 999), 3)}] [${rng.pick(threads)}] [${lvl}]${' '.repeat(Math.max(1, 8 - lvl.length))}${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ bb: [['info', `MachineObject::parse_json: dev_id=01P00A${rng.int(100000000, 999999999)} print.gcode_state=RUNNING mc_percent=${rng.int(1, 99)}`]] }),
      () => ({ bb: [['debug', `PartPlate::update_slice_result: plate ${rng.int(1, 4)} estimated ${rng.int(20, 600)} min, ${rng.int(5, 400)}.${rng.int(0, 99)} g`]] }),
      () => ({ bb: [['info', `NetworkAgent::get_user_print_info: return ${rng.pick([0, 0, 0, -1])}`]] }),
      () => ({ bb: [['trace', `GLCanvas3D::render: ${rng.int(10, 60)} fps`]] }),
      () => ({ bb: [['info', `Http::perform_sync GET https://api.bambulab.com/v1/iot-service/api/slicer/resource?slicer/settings/bbl=01.10.00.${rng.int(10, 99)}`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'bambu-3mf-md5', 'none', 'The md5 of the 3MF project sent to the printer: a checksum, no credential.', ({ rng }) => {
      const md5 = rng.hex(32);
      return { value: md5, event: { bb: [['info', `PrintJob::process: upload plate_1.gcode.3mf size=${rng.int(100000, 9000000)} md5=${md5}`]] } };
    }),
    4,
    plant('oauth-code', 'bambu-webview-navigation-callback-code', 'warning', `${WHY.code} The login web view logs each navigation at debug, the MakerWorld sign-in callback with its \`code\` and \`state\` included.`, ({ rng }) => {
      const code = rng.b64url(32);
      return { value: code, event: { bb: [['debug', `WebViewPanel::OnNavigationRequest: url=http://localhost:13618/oauth/callback?code=${code}&state=${rng.hex(16)}`]] } };
    }),
    4,
    plant('refresh-token', 'bambu-login-response-json-refresh', 'error', `${WHY.refresh} The network agent logs the cloud's login answer as JSON at debug, \`refreshToken\` included.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { bb: [['debug', `NetworkAgent::user_login: result {"accessToken":"(hidden)","expiresIn":7776000,"refreshToken":"${rt}","refreshExpiresIn":7776000,"tfaKey":"","loginType":""}`]] } };
    }),
    4,
    plant('header-dump', 'bambu-http-headers-authorization-bearer', 'error', "The HTTP helper writes a failed request's headers one `name: value` pair after another on the error line, the print shop account's opaque bearer token included.", ({ rng }) => {
      const tok = rng.b64url(80);
      return { value: tok, event: { bb: [['error', `Http::perform_sync failed: 401 GET https://api.bambulab.com/v1/user-service/my/profile headers[Content-Type: application/json, Authorization: Bearer ${tok}, X-BBL-Client-Type: slicer]`]] } };
    }),
    4,
    plant('api-key-name', 'bambu-lan-connect-access-code', 'error', `${WHY.apiKey('access_code')} It is the LAN-mode printer's access code (the password of its MQTT and FTPS services), written by the connect line in LAN-only mode.`, ({ rng }) => {
      const ac = String(rng.int(10000000, 99999999));
      return { value: ac, event: { bb: [['info', `MachineObject::connect: LAN mode dev_ip=${lan(rng, '10.40')} dev_id=01S00C${rng.int(100000000, 999999999)} access_code=${ac} use_ssl=1`]] } };
    }),
    4,
    plant('negative', 'bambu-printer-dev-id', 'none', "The printer's device id (its serial number): an identifier, no credential.", ({ rng }) => {
      const id = `01P00A${rng.int(100000000, 999999999)}`;
      return { value: id, event: { bb: [['info', `DeviceManager::on_machine_alive: dev_id=${id} dev_name=Inkwell-X1C-2 online=1`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'ws-3d' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wger-web.log: `docker logs -t wger-web` of wger 2.3 (Django 5 under gunicorn) on the climbing wall's server: docker's
// RFC 3339 nanosecond `Z` prefix, gunicorn's default access format (`%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s
// "%(f)s" "%(a)s"`), Django's `Level:name: message` and the console e-mail backend's messages (headers, a quoted-printable
// body, a dashed separator line). From memory (not fetched).

function wgerLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 23)}${pad(rng.int(0, 999999), 6)}Z`;
  const render = (e) => e.wg.map((x) => `${stamp(e.t)} ${typeof x === 'string' ? x : `${e.ip} - - [${clf(e.t, 0)}] "${x.m ?? 'GET'} ${x.p} HTTP/1.1" ${x.s ?? 200} ${e.bytes} "${x.r ?? '-'}" "${e.ua}"`}`);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ wg: [{ p: rng.pick(['/en/dashboard', '/en/routine/overview', '/en/exercise/overview/', '/api/v2/workoutsession/?ordering=-date', '/api/v2/weightentry/?limit=50']) }] }),
      () => ({ wg: [{ p: `/static/CACHE/js/output.${rng.hex(12)}.js` }] }),
      () => ({ wg: [`[${ymdHmsAt(t, 0)} +0000] [${rng.int(7, 12)}] [INFO] Booting worker with pid: ${rng.int(20, 90)}`] }),
      () => ({ wg: [{ m: 'POST', p: '/api/v2/workoutlog/', s: 201 }] }),
      () => ({ wg: [`INFO:wger.gym.views:member ${rng.int(100, 999)} checked in at Gritstone bouldering`] }),
    ])();
  const steps = [
    4,
    plant('negative', 'wger-static-cache-hash', 'none', "django-compressor's hashed file name (`output.<12 hex>.css`): a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(12);
      return { value: h, event: { wg: [{ p: `/static/CACHE/css/output.${h}.css` }] } };
    }),
    4,
    plant('id-token', 'wger-oidc-verify-failed-id-token', 'error', "mozilla-django-oidc's backend logs a token it failed to verify at WARNING, the ID token in the message; docker's `Z` stamp gives the line's time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 300), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://id.${WM}/realms/gritstone`, aud: 'wger', sub: rng.uuid(), email: 'member@example.org' } });
      return { value: token, jwt: facts, event: { wg: [`WARNING:mozilla_django_oidc.auth:failed to verify id_token ${token}: signature key not in JWKS`] } };
    }),
    4,
    plant('embed-jwt', 'wger-gunicorn-embed-route-board-jwt-120s', 'warning', "The route board on the wall's screen loads `/embed/<JWT>/routes` (a local addition to wger); gunicorn's access line writes it with a `+0000` time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { board: 'bouldering-north', wall: 'gritstone' } });
      return { value: token, jwt: facts, event: { wg: [{ p: `/embed/${token}/routes` }] } };
    }),
    4,
    plant('path-secret', 'wger-console-email-password-reset-link', 'error', WHY.pathSecret("The console e-mail backend prints a member's password reset mail to stdout; the link (`/en/user/password/reset/check/<uidb64>/<token>`) is on its own line of the mail"), ({ rng }) => {
      const tok = `${rng.lowerNum(6)}-${rng.hex(32)}`;
      return { value: tok, event: { wg: ['Content-Type: text/plain; charset="utf-8"', 'MIME-Version: 1.0', 'Content-Transfer-Encoding: 7bit', 'Subject: Password reset on Gritstone wger', 'From: noreply@' + WM, 'To: climber@example.org', '', 'Please go to the following page and choose a new password:', `https://train.${WM}/en/user/password/reset/check/${b64urlOf(String(rng.int(100, 999)))}/${tok}`, '-------------------------------------------------------------------------------'] } };
    }),
    4,
    plant('encoded', 'wger-console-email-quoted-printable-key', 'error', "A gym invitation mail printed by the console backend in quoted-printable: the link's `key=` shows as `key=3D<key>` (`=` encoded), the calendar subscription key of the member's account.", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { wg: ['Content-Type: text/plain; charset="utf-8"', 'MIME-Version: 1.0', 'Content-Transfer-Encoding: quoted-printable', 'Subject: Your Gritstone training calendar', '', 'Subscribe to your sessions in any calendar app:', qp(`https://train.${WM}/en/routine/ical?user=${rng.int(100, 999)}&key=${key}`), '-------------------------------------------------------------------------------'] } };
    }),
    4,
    plant('session-id', 'wger-django-500-meta-http-cookie', 'error', WHY.session("Django's error report on stdout (DEBUG off, a logging handler that includes the request) writes `META` with `HTTP_COOKIE`, the member's `sessionid` included"), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { wg: [`ERROR:django.request:Internal Server Error: /en/gym/gym/2/members <WSGIRequest: GET '/en/gym/gym/2/members'> META: {'HTTP_HOST': 'train.${WM}', 'HTTP_COOKIE': 'csrftoken=${rng.alnum(32)}; sessionid=${sid}', 'REMOTE_ADDR': '172.18.0.5'}`] } };
    }),
    4,
    plant('negative', 'wger-celery-task-id', 'none', "A Celery task id (a uuid) in the worker's message: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { wg: [`INFO:celery.app.trace:Task wger.exercises.tasks.sync_exercises_task[${id}] succeeded in 4.2s: None`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'wger' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// diun.log: `docker logs diun` of Diun 4.29 on the bicycle co-op's server at `--log-level debug` (zerolog's console
// writer as Diun sets it: `<RFC 1123 time with zone> <LVL> <message> <key>=<value>…`). Notifier settings as the webhook
// notifier's page documents them (crazymax.dev/diun/notif/webhook, read through search: endpoint, method, headers);
// the lines from memory.

function diunLog(rng) {
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const stamp = (t) => { const d = new Date(t); return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso(t).slice(11, 19)} GMT`; };
  const render = (e) => e.dn.map(([lvl, msg]) => `${stamp(e.t)} ${lvl} ${msg}`);
  const img = () => rng.pick(['ghcr.io/linuxserver/nextcloud', 'docker.io/library/postgres', 'docker.io/koenkk/zigbee2mqtt', 'ghcr.io/spokes-coop/bookings', 'docker.io/library/nginx']);
  const filler = (rng) =>
    rng.pick([
      () => ({ dn: [['DBG', `Fetching manifest image=${img()}:latest provider=docker`]] }),
      () => ({ dn: [['INF', `Image not updated image=${img()}:latest provider=docker`]] }),
      () => ({ dn: [['DBG', `Validated image image=${img()}:latest watch_repo=false`]] }),
      () => ({ dn: [['INF', `Cron triggered`]] }),
      () => ({ dn: [['INF', `Jobs completed added=0 failed=0 skipped=${rng.int(0, 3)} unchanged=${rng.int(8, 14)} updated=0`]] }),
    ])();
  const steps = [
    { raw: { dn: [['INF', 'Starting Diun version=v4.29.0'], ['INF', 'Configuration loaded from 5 environment variable(s)']] }, after: 0 },
    2,
    plant('header-dump', 'diun-debug-config-webhook-headers-authorization', 'error', "At debug Diun prints the configuration it loaded as JSON; the webhook notifier's `headers` map (set by `DIUN_NOTIF_WEBHOOK_HEADERS_AUTHORIZATION`) holds the co-op's alert relay token in clear.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { dn: [['DBG', `{"watch":{"workers":10,"schedule":"0 */6 * * *"},"notif":{"webhook":{"endpoint":"https://alerts.${WM}/diun","method":"POST","headers":{"authorization":"Token ${tok}","content-type":"application/json"},"timeout":"10s"}},"providers":{"docker":{"watchByDefault":true}}}`]] } };
    }),
    2,
    plant('framework-dump', 'diun-debug-config-regopts-password', 'error', "The same debug configuration dump writes the registry options (`regopts`) with the co-op's registry password in clear.", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { dn: [['DBG', `{"regopts":[{"name":"ghcr.io/spokes-coop","selector":"image","username":"spokes-bot","password":"${pw}","timeout":"10s","insecureTLS":false}]}`]] } };
    }),
    4,
    plant('negative', 'diun-image-digest', 'none', "An image's manifest digest (`sha256:<64 hex>`): a content hash, no credential.", ({ rng }) => {
      const d = `sha256:${rng.hex(64)}`;
      return { value: d, event: { dn: [['INF', `New image found digest=${d} image=docker.io/library/postgres:16 provider=docker`]] } };
    }),
    2,
    plant('webhook', 'diun-zulip-incoming-webhook-api-key', 'error', WHY.webhook("A Zulip incoming webhook integration URL (`/api/v1/external/slack_incoming?api_key=<bot key>&stream=…`) the webhook notifier posts to; Go's `*url.Error` writes it in the error"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { dn: [['ERR', `Webhook notification failed error="Post \\"https://spokes.zulipchat.example/api/v1/external/slack_incoming?api_key=${key}&stream=workshop\\": dial tcp: lookup spokes.zulipchat.example: i/o timeout" image=docker.io/library/postgres:16`]] } };
    }),
    4,
    plant('api-key-name', 'diun-gotify-url-error-token', 'error', `${WHY.apiKey('token')} Gotify takes the application token in the query; Diun's Gotify notifier error writes the URL.`, ({ rng }) => {
      const tok = `A${rng.alnum(14)}`;
      const url = `https://push.${WM}/message?token=${tok}`;
      return { value: tok, event: { dn: [['ERR', `Gotify notification failed error="Post \\"${url}\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" image=docker.io/library/postgres:16`], ['WRN', `Notification failed, retrying in 30s notifier=gotify url="${url}"`]] } };
    }),
    4,
    plant('negative', 'diun-container-id', 'none', "A container id (64 hex) in the Docker provider's metadata: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(64);
      return { value: id, event: { dn: [['DBG', `Add image to watch list ctn_id=${id} ctn_names=spokes-bookings image=ghcr.io/spokes-coop/bookings:latest`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'spokes' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gritstone-bookings.log: a Finatra 24 (Scala) booking API of the climbing wall under systemd's file output: Finatra's
// access log (`<ip> - - [dd/Mon/yyyy:HH:MM:SS +0000] "<METHOD> <uri> <proto>" <status> <bytes> <ms> "<ua>"`) through
// logback, and the application's logback lines (`HH:mm:ss.SSS [<thread>] <LEVEL> <logger> - <message>`, no date).
// From memory (not fetched).

function finatraLog(rng) {
  const render = (e) => e.fn.map((x) => (typeof x === 'string' ? `${iso(e.t).slice(11, 23)} [finagle/netty4-1-${rng.int(1, 8)}] ${x}` : `${e.ip} - - [${clf(e.t, 0)}] "${x.m ?? 'GET'} ${x.p} HTTP/1.1" ${x.s ?? 200} ${e.bytes} ${e.ms} "${e.ua}"`));
  const filler = (rng) =>
    rng.pick([
      () => ({ fn: [{ p: rng.pick(['/v1/sessions?date=2027-11-04', '/v1/walls/north/routes', '/v1/members/me', '/health', '/v1/courses?level=intro']) }] }),
      () => ({ fn: [{ m: 'POST', p: '/v1/bookings', s: 201 }] }),
      () => ({ fn: [`INFO  c.g.bookings.BookingService - booking ${rng.int(10000, 99999)} confirmed for session ${rng.int(100, 999)}`] }),
      () => ({ fn: [`DEBUG c.g.bookings.CapacityCache - capacity north-wall ${rng.int(0, 40)}/40`] }),
    ])();
  const steps = [
    4,
    plant('negative', 'finatra-page-token-cursor', 'none', 'A list cursor (`page_token`, base64 of an offset): paging state, no credential.', ({ rng }) => {
      const v = b64urlOf(JSON.stringify({ o: rng.int(40, 400), s: 'date' }));
      return { value: v, event: { fn: [{ p: `/v1/sessions?date=2027-11-05&page_token=${v}` }] } };
    }),
    4,
    plant('oauth-code', 'finatra-access-oauth-callback-code', 'warning', `${WHY.code} The booking app's sign-in with the gym's identity provider returns to the API, whose access line writes the query.`, ({ rng }) => {
      const code = rng.alnum(43);
      return { value: code, event: { fn: [{ p: `/v1/auth/callback?code=${code}&state=${rng.b64url(22)}&session_state=${rng.uuid()}`, s: 302 }] } };
    }),
    4,
    plant('embed-jwt', 'finatra-access-embed-jwt-no-exp', 'error', "The wall's opening-hours widget on partner sites loads `/embed/<JWT>` (a token without `exp`); the access line writes it with its `+0000` time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 30, 86400 * 200), claims: { site: 'skipton-tourism', widget: 'opening-hours' } });
      return { value: token, jwt: facts, event: { fn: [{ p: `/embed/${token}` }] } };
    }),
    4,
    plant('api-key-name', 'finatra-access-widget-key', 'error', `${WHY.apiKey('widget_key')} A partner's booking widget calls the API with it in the query.`, ({ rng }) => {
      const key = `wk_${rng.alnum(36)}`;
      return { value: key, event: { fn: [{ p: `/v1/sessions/availability?wall=north&widget_key=${key}` }] } };
    }),
    4,
    plant('refresh-token', 'finatra-access-legacy-refresh-query', 'error', `${WHY.refresh} The old kiosk app renews its session with \`GET /v1/auth/renew?refresh_token=…\`; the access line writes it.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { fn: [{ p: `/v1/auth/renew?refresh_token=${rt}&client=kiosk` }] } };
    }),
    4,
    plant('path-secret', 'finatra-access-waiver-link', 'error', WHY.pathSecret("A new climber's waiver signing link (`/v1/waivers/sign/<token>`), sent by e-mail; whoever opens it signs or reads the waiver with the climber's details"), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { fn: [{ p: `/v1/waivers/sign/${tok}` }] } };
    }),
    4,
    plant('implicit-fragment', 'finatra-app-client-error-href-fragment', 'error', "The API's client error endpoint logs the reported `href` at WARN, the implicit-flow fragment of the old kiosk front end included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { fn: [`WARN  c.g.bookings.ClientErrors - client error TypeError: cannot read 'slots' href=https://kiosk.${WM}/#access_token=${at}&token_type=Bearer&expires_in=3600 ua=Chrome/143`] } };
    }),
    4,
    plant('negative', 'finatra-trace-id', 'none', 'A Zipkin trace id in a log line: an identifier, no credential.', ({ rng }) => {
      const id = rng.hex(16);
      return { value: id, event: { fn: [`INFO  c.g.bookings.Tracing - slow request traceId=${id} took ${rng.int(800, 3000)} ms`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'gritstone-api' }, filler, render, steps });
}

// =====================================================================================================================
// Casa Santucci (Corsican; Bastia: CET, UTC+1)
// =====================================================================================================================

const CS = 'capicorsu.example';

// ---------------------------------------------------------------------------------------------------------------------
// OpenSpaceLog.txt: OpenSpace 0.20's text log in the observatory's planetarium dome (`[HH:MM:SS.mmm] (<Level>) <category>:
// <message>`, local time of day only). From memory (not fetched).

function openSpaceLog(rng) {
  const render = (e) => e.os.map(([lvl, cat, msg]) => `[${local(e.t, CET).slice(11, 23)}] (${lvl}) ${cat}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ os: [['Info', 'RenderEngine', `Frame ${rng.int(100000, 999999)} took ${rng.int(8, 30)} ms`]] }),
      () => ({ os: [['Info', 'Scene', `Loading asset scene/solarsystem/planets/${rng.pick(['mars', 'jupiter', 'saturn', 'earth'])}/${rng.pick(['mars', 'jupiter', 'saturn', 'earth'])}.asset`]] }),
      () => ({ os: [['Debug', 'SessionRecording', `Playback keyframe ${rng.int(1, 900)} at ${rng.int(1, 3600)}.${rng.int(0, 9)} s`]] }),
      () => ({ os: [['Info', 'ScriptEngine', `Script: openspace.setPropertyValueSingle('Scene.Earth.Renderable.Enabled', true)`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'openspace-sync-file-md5', 'none', "An HTTP synchronization's file checksum (md5): a hash, no credential.", ({ rng }) => {
      const md5 = rng.hex(32);
      return { value: md5, event: { os: [['Info', 'HttpSynchronization', `File stars.speck verified md5=${md5}`]] } };
    }),
    4,
    plant('api-key-name', 'openspace-http-sync-chjave', 'error', `${WHY.apiKey('chjave')} ("key") The dome's show data are synchronized from the observatory's server with the key in the query; the synchronization's failure writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { os: [['Warning', 'HttpSynchronization', `Sbagliu in u scaricamentu di https://dati.${CS}/spettaculi/cielu-d-inguernu.zip?chjave=${key}: 403`]] } };
    }),
    4,
    plant('webhook', 'openspace-script-webex-incoming-webhook', 'error', WHY.webhook("A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`) a show script posts the start of each show to; the script engine writes the failed call"), ({ rng }) => {
      const id = rng.b64url(96);
      return { value: id, event: { os: [['Error', 'ScriptEngine', `openspace.downloadFile: POST https://webexapis.com/v1/webhooks/incoming/${id} failed (Couldn't resolve host name)`]] } };
    }),
    4,
    plant('encoded', 'openspace-script-base64-url-with-key', 'error', "A show script logs the hand-off of the dome's remote control page as a base64 `prossimu` (\"next\") value; it decodes to a URL with the control key of the dome (`?chjave=…`).", ({ rng }) => {
      const v = b64Of(`https://cupola.${CS}/cumandu?chjave=${rng.alnum(32)}&spettaculu=42`);
      return { value: v, event: { os: [['Info', 'ScriptEngine', `Cumandu di a cupola pronta: prossimu=${v}`]] } };
    }),
    4,
    plant('path-secret', 'openspace-profile-share-link', 'error', WHY.pathSecret("A share link for the evening's profile (`/sparte/<token>/cielu.profile`, \"share\") the operator loaded; it opens the observatory's unpublished profile"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { os: [['Info', 'Profile', `Caricatu u prufilu da https://schedari.${CS}/sparte/${tok}/cielu.profile`]] } };
    }),
    4,
    plant('negative', 'openspace-parallel-password-masked', 'none', "The parallel connection's password as the log writes it (`********`): a mask, no credential.", () => ({ value: 'parolla_secreta=********', event: { os: [['Info', 'ParallelPeer', 'Connecting to cupola-2:25001 as host, parolla_secreta=********']] } })),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: 'cupola' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// indigo_server.log: INDIGO 2.0's server (`indigo_server -vv`) on the observatory's mount computer, stderr saved to a file:
// `HH:MM:SS.uuuuuu <process>: <message>` (time of day, local), property traces as `'<DEVICE>'.<PROPERTY> … { '<ITEM>' =
// <value> … }`. From memory (not fetched).

function indigoLog(rng) {
  const render = (e) => e.ig.map((msg) => `${local(e.t, CET).slice(11, 23)}${pad(rng.int(0, 999), 3)} indigo_server: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ig: [`'Mount EQMod'.MOUNT_EQUATORIAL_COORDINATES ok { 'RA' = ${(rng.int(0, 2399) / 100).toFixed(6)}, 'DEC' = ${(rng.int(-900, 900) / 10).toFixed(6)} }`] }),
      () => ({ ig: [`'CCD ASI2600MM'.CCD_EXPOSURE busy { 'EXPOSURE' = ${rng.int(1, 300)} }`] }),
      () => ({ ig: [`'Focuser EAF'.FOCUSER_POSITION ok { 'POSITION' = ${rng.int(1000, 40000)} }`] }),
      () => ({ ig: [`Client 127.0.0.1:${rng.int(40000, 60000)} attached`] }),
    ])();
  const steps = [
    4,
    plant('negative', 'indigo-camera-serial', 'none', "The camera's serial number in the device info property: an identifier, no credential.", ({ rng }) => {
      const sn = rng.hex(16);
      return { value: sn, event: { ig: [`'CCD ASI2600MM'.INFO ok { 'DEVICE_SERIAL_NUMBER' = "${sn}" }`] } };
    }),
    4,
    plant('framework-dump', 'indigo-property-trace-password-item', 'error', "`indigo_server -vv` traces every property change; the weather station driver's `AUTHENTICATION` property is written with its items, the station's password included.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { ig: [`'Aux Meteu'.AUTHENTICATION ok { 'USERNAME' = "osservatoriu", 'PASSWORD' = "${pw}" }`] } };
    }),
    4,
    plant('api-key-name', 'indigo-agent-upload-chjave-api', 'error', `${WHY.apiKey('chjave_api')} The imager agent uploads finished frames to the observatory's archive with it in the query; the agent's failure writes the URL.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { ig: [`Imager Agent: upload failed, POST https://archiviu.${CS}/api/ritratti?chjave_api=${key}&filter=Ha -> 502`] } };
    }),
    4,
    plant('webhook', 'indigo-script-pushcut-webhook-secret-path', 'error', WHY.webhook("A Pushcut notification webhook (`api.pushcut.io/<secret>/notifications/<name>`, the secret in the path) the observatory's INDIGO script calls when the roof closes; the script's log line writes it"), ({ rng }) => {
      const sec = rng.b64url(24);
      return { value: sec, event: { ig: [`Script 'tettu_chjosu': indigo_send_message("Tettu chjosu") and http POST https://api.pushcut.io/${sec}/notifications/Tettu%20chjosu`] } };
    }),
    4,
    plant('negative', 'indigo-fits-checksum', 'none', "A FITS file's `CHECKSUM` card: a checksum, no credential.", ({ rng }) => {
      const c = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16);
      return { value: c, event: { ig: [`'Imager Agent'.AGENT_IMAGER_DOWNLOAD_FILE ok { 'FILE' = "/home/indigo/M42_Ha_300s_0042.fits" } CHECKSUM='${c}'`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR, site: { host: 'muntatura' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// panel.log: Plesk Obsidian 18.0's /var/log/plesk/panel.log on the ferry operator's web host, with debug on (`[yyyy-mm-dd
// HH:MM:SS.mmm] <pid>:<hex> <LVL> [<channel>] <message>`, local time without a zone). From memory (search found only
// Plesk's action log and log rotation pages, not this file's layout).

function pleskLog(rng) {
  const render = (e) => e.pk.map(([lvl, ch, msg]) => `[${ymdHmsAt(e.t, CET)}.${msPart(e.t)}] ${e.pid}:${e.tag} ${lvl} [${ch}] ${msg}`);
  const base = (rng) => ({ pid: rng.int(1000, 40000), tag: rng.hex(13) });
  const filler = (rng) => ({
    ...base(rng),
    ...rng.pick([
      () => ({ pk: [['INFO', 'panel', `Domain traghetti.${CS}: SSL/TLS certificate is valid until 2028-01-${pad(rng.int(1, 28))}`]] }),
      () => ({ pk: [['DEBUG', 'util_exec', `[${rng.hex(13)}] Starting: httpdmng --reconfigure-domain traghetti.${CS}`]] }),
      () => ({ pk: [['DEBUG', 'util_exec', `[${rng.hex(13)}] Finished in ${(rng.int(10, 900) / 100).toFixed(2)}s, Error code: 0`]] }),
      () => ({ pk: [['INFO', 'wp-toolkit', `Instance #${rng.int(1, 9)} (prenutazioni): update check finished`]] }),
    ])(),
  });
  const steps = [
    4,
    plant('negative', 'plesk-forgery-protection-token', 'none', "Plesk's `forgery_protection_token` (a per-session CSRF token) in a debug line: not a credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { ...base(rng), pk: [['DEBUG', 'panel', `POST /admin/domain/list forgery_protection_token=${v}`]] } };
    }),
    4,
    plant('path-secret', 'plesk-cli-one-time-login-url', 'error', WHY.pathSecret("`plesk login` prints a one-time login link (`/login?secret=<token>`) for an administrator; the CLI channel writes it to panel.log"), ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { ...base(rng), pk: [['DEBUG', 'cli', `login: https://web.${CS}:8443/login?secret=${tok}`]] } };
    }),
    4,
    plant('header-dump', 'plesk-xml-api-key-header', 'error', "A debug line of the XML API writes the request's headers, the Plesk API secret in the `KEY:` header (as Plesk's XML-RPC protocol sends it) included.", ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { ...base(rng), pk: [['DEBUG', 'api', `Request headers: {"HTTP_AUTH_LOGIN":null,"KEY":"${key}","Content-Type":"text/xml"}`]] } };
    }),
    4,
    plant('session-id', 'plesk-debug-cookie-plesksessid', 'error', WHY.session("Plesk's debug line of a request writes its `Cookie` header, the administrator's `PLESKSESSID` included"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { ...base(rng), pk: [['DEBUG', 'panel', `Cookie: locale=co-FR; PLESKSESSID=${sid}; plesk-items-per-page=25`]] } };
    }),
    4,
    plant('webhook', 'plesk-extension-dingtalk-robot-webhook', 'error', WHY.webhook("A DingTalk custom robot webhook (`oapi.dingtalk.com/robot/send?access_token=…`) a monitoring extension posts booking alerts to for the Livorno agent; the extension's error writes it"), ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { ...base(rng), pk: [['ERR', 'ext-monitoring', `Notification failed: cURL error 28 for https://oapi.dingtalk.com/robot/send?access_token=${tok}`]] } };
    }),
    4,
    plant('framework-dump', 'plesk-print-r-array-password', 'error', "A custom Plesk extension writes the mailbox it creates with PHP's `print_r()`, the array's `[password]` entry in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { ...base(rng), pk: [['DEBUG', 'ext-imbarcu', `Array ( [mailbox] => imbarcu@${CS} [password] => ${pw} [quota] => 1G ) casella creata`]] } };
    }),
    4,
    plant('negative', 'plesk-domain-guid', 'none', "A domain's GUID in Plesk: an identifier, no credential.", ({ rng }) => {
      const g = rng.uuid();
      return { value: g, event: { ...base(rng), pk: [['INFO', 'panel', `Domain traghetti.${CS} guid=${g} backup finished`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'web' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// engine.log: oVirt 4.5's /var/log/ovirt-engine/engine.log on the ferry operator's virtualization manager (`yyyy-mm-dd
// HH:MM:SS,mmm+01 <LEVEL, 5 wide> [<logger>] (<thread>) [<correlation id>] <message>`). The `VDSM <host> command
// SetVmTicketVDS failed: …` wording follows an oVirt VM Portal issue read through search; the rest from memory.

function ovirtLog(rng) {
  const render = (e) => e.ov.map(([lvl, logger, msg]) => `${ymdHmsAt(e.t, CET)},${msPart(e.t)}+01 ${lvl.padEnd(5)} [${logger}] (default task-${rng.int(1, 60)}) [${rng.hex(8)}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ov: [['INFO', 'org.ovirt.engine.core.vdsbroker.monitoring.VmAnalyzer', `VM '${rng.uuid()}'(prenutazioni-${rng.int(1, 3)}) moved from 'PoweringUp' --> 'Up'`]] }),
      () => ({ ov: [['INFO', 'org.ovirt.engine.core.bll.storage.ovfstore.OvfDataUpdater', 'Attempting to update VMs/Templates Ovf.']] }),
      () => ({ ov: [['INFO', 'org.ovirt.engine.core.sso.service.AuthenticationService', `User admin@ovirt@internalsso successfully logged in with scopes: ovirt-app-api ovirt-ext=token-info:authz-search`]] }),
      () => ({ ov: [['WARN', 'org.ovirt.engine.core.bll.scheduling.SchedulingManager', `Host vhost-${rng.int(1, 4)} has ${rng.int(2, 9)}% free memory`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'ovirt-set-vm-ticket-masked', 'none', "SetVmTicketVDSCommand's parameters with the console ticket written as `ticket='***'`: the engine's own mask, no credential.", () => ({ value: "ticket='***'", event: { ov: [['INFO', 'org.ovirt.engine.core.vdsbroker.vdsbroker.SetVmTicketVDSCommand', `START, SetVmTicketVDSCommand(HostName = vhost-2, SetVmTicketVDSCommandParameters:{hostId='${rng.uuid()}', vmId='${rng.uuid()}', protocol='SPICE', ticket='***', validTime='120', userName='admin'}), log id: ${rng.hex(8)}`]] } })),
    4,
    plant('id-token', 'ovirt-external-oidc-debug-id-token', 'error', "The engine's SSO with the external Keycloak logs the ID token it received at DEBUG, on a line with its `+01` offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 60), alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://sso.${CS}/realms/ovirt-internal`, aud: 'ovirt-engine-internal', preferred_username: 'admin' } });
      return { value: token, jwt: facts, event: { ov: [['DEBUG', 'org.ovirt.engine.core.sso.servlets.OpenIdAuthorizeServlet', `Received id_token ${token} for user admin@ovirt`]] } };
    }),
    4,
    plant('framework-dump', 'ovirt-addvm-vminit-root-password', 'error', "The engine writes a command's parameters when it starts it; a VM created with cloud-init (`VmInit`) has its `rootPassword` in clear in the dump.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { ov: [['INFO', 'org.ovirt.engine.core.bll.AddVmCommand', `Running command: AddVmCommand internal: false. Entities affected :  ID: ${rng.uuid()} Type: Cluster, VmInit:{hostname='imbarcu-3', userName='root', rootPassword='${pw}', timeZone='Europe/Paris'}`]] } };
    }),
    4,
    plant('refresh-token', 'ovirt-sso-token-response-java-map', 'error', `${WHY.refresh} The engine's external OIDC client logs Keycloak's token response as a Java map at DEBUG, \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.b64url(60);
      return { value: rt, event: { ov: [['DEBUG', 'org.ovirt.engine.core.sso.utils.external.ExternalOIDCService', `token response {access_token=***, expires_in=300, refresh_expires_in=1800, refresh_token=${rt}, token_type=Bearer, scope=openid ovirt-app-api}`]] } };
    }),
    4,
    plant('header-dump', 'ovirt-rest-session-filter-authorization', 'error', "The REST API's session filter logs the request's `Authorization: Bearer …` header at DEBUG: an opaque engine SSO token of the booking automation account.", ({ rng }) => {
      const tok = rng.b64url(86);
      return { value: tok, event: { ov: [['DEBUG', 'org.ovirt.engine.api.restapi.security.SessionValidationFilter', `Request /ovirt-engine/api/vms headers: {Accept=application/xml, Authorization=Bearer ${tok}, Version=4}`]] } };
    }),
    4,
    plant('negative', 'ovirt-correlation-id', 'none', "A command's correlation id written by the REST API: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ov: [['INFO', 'org.ovirt.engine.core.bll.RunVmCommand', `Lock Acquired to object 'EngineLock:{exclusiveLocks='[vm=VM]'}' correlation_id=${id}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'engine' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hievents.log: `docker logs -t hievents` of the Hi.Events all-in-one image (nginx, PHP-FPM and the queue worker under
// supervisord) for the puppet theatre's box office: docker's `Z` prefix, nginx's combined format (`+0000`, the container
// runs in UTC) and Laravel's stderr channel (`[yyyy-mm-dd HH:MM:SS] production.<LEVEL>: <message> <context JSON>`).
// From memory (not fetched).

function hiEventsLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 23)}${pad(rng.int(0, 999999), 6)}Z`;
  const render = (e) => e.he.map((x) => `${stamp(e.t)} ${typeof x === 'string' ? x : `${e.ip} - - [${clf(e.t, 0)}] "${x.m ?? 'GET'} ${x.p} HTTP/1.1" ${x.s ?? 200} ${e.bytes} "${x.r ?? '-'}" "${e.ua}"`}`);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ he: [{ p: rng.pick(['/event/3/u-lupu-e-u-pastore', '/api/public/events/3', '/api/public/events/3/products', '/assets/index-' + rng.hex(8) + '.js']) }] }),
      () => ({ he: [{ m: 'POST', p: '/api/public/events/3/order', s: 201 }] }),
      () => ({ he: [`[${ymdHmsAt(t, 0)}] production.INFO: Ordine cumpletatu {"order_id":${rng.int(1000, 9999)}}`] }),
      () => ({ he: [`${iso(t).slice(0, 10)} ${iso(t).slice(11, 19)} App\\Jobs\\Order\\SendOrderDetailsEmailJob ... DONE`] }),
    ])();
  const steps = [
    4,
    plant('negative', 'hievents-request-id', 'none', "An `X-Request-Id` Laravel writes in its context: an identifier, no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { he: [`[${ymdHmsAt(t, 0)}] production.WARNING: Pagamentu ricusatu {"request_id":"${id}","reason":"card_declined"}`] } };
    }),
    4,
    plant('oauth-code', 'hievents-stripe-connect-callback-code', 'warning', `${WHY.code} The theatre connects its Stripe account; nginx writes Stripe Connect's OAuth return with \`code=ac_…\` and \`state\`.`, ({ rng }) => {
      const code = `ac_${rng.alnum(32)}`;
      return { value: code, event: { he: [{ p: `/manage/account/payment/return?scope=read_write&code=${code}&state=${rng.hex(24)}`, s: 302 }] } };
    }),
    4,
    plant('replay', 'hievents-checkin-bigliettu-once', 'note', WHY.ticketFirst('A single-use check-in code (`bigliettu`, "ticket") scanned at the theatre door by the check-in list; nginx writes the request. The code is'), ({ rng, t }) => {
      const v = `A-${rng.alnum(20)}`;
      firstUse.bigliettu = t;
      return { value: v, event: { ip: '10.40.3.12', he: [{ m: 'POST', p: `/api/public/check-in-lists/${rng.alnum(12)}/check-ins?bigliettu=${v}`, s: 200 }] } };
    }, { ref: 'bigliettu' }),
    2,
    plant('replay', 'hievents-checkin-bigliettu-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('bigliettu').value, why: `${WHY.replay('bigliettu', gap('bigliettu', t))} A second phone at the side entrance (another address, another user agent) checked in the same ticket and got 200 again.` }], event: { ip: '198.51.100.54', ua: BROWSERS[2], he: [{ m: 'POST', p: `/api/public/check-in-lists/${rng.alnum(12)}/check-ins?bigliettu=${refs.get('bigliettu').value}`, s: 200 }] } }), { replayOf: 'bigliettu', after: 152 }),
    4,
    plant('embed-jwt', 'hievents-embed-widget-jwt-1h-jti', 'error', "The theatre's seat widget on the tourist office's site loads `/embed/<JWT>` (a local addition); nginx writes it with its `+0000` time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { event_id: 3, partner: 'ufficiu-turismu-bastia' } });
      return { value: token, jwt: facts, event: { he: [{ p: `/embed/${token}`, r: 'https://www.bastia-tourisme.example/' }] } };
    }),
    4,
    plant('implicit-fragment', 'hievents-laravel-frontend-error-url-fragment', 'error', "Laravel logs a front-end error the SPA reported, its `url` with the fragment of the old scanner app's implicit sign-in (`#access_token=…`).", ({ rng, t }) => {
      const at = rng.b64url(40);
      return { value: at, event: { he: [`[${ymdHmsAt(t, 0)}] production.ERROR: Sbagliu di u navigatore {"url":"https://pupi.${CS}/scanner/#access_token=${at}&expires_in=7200","message":"Cannot read properties of null"}`] } };
    }),
    4,
    plant('api-key-name', 'hievents-nginx-chjave-query', 'error', `${WHY.apiKey('chjave')} ("key") The tourist office's sales sync calls the theatre's API with the key in the query; nginx writes it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { he: [{ p: `/api/public/events/3/vendite?chjave=${key}&da=2027-11-01` }] } };
    }),
    4,
    plant('refresh-token', 'hievents-laravel-calendar-sync-refresh', 'error', `${WHY.refresh} A calendar sync job logs the Google token answer it stored in its context, \`refresh_token\` included.`, ({ rng, t }) => {
      const rt = `1//${rng.b64url(100)}`;
      return { value: rt, event: { he: [`[${ymdHmsAt(t, 0)}] production.DEBUG: Calendariu sincrunizatu {"token":{"access_token":"(piattatu)","expires_in":3599,"refresh_token":"${rt}","scope":"https://www.googleapis.com/auth/calendar.events"}}`] } };
    }),
    4,
    plant('negative', 'hievents-order-short-id', 'none', "An order's short id (`o_<alnum>`) in the order page's path: an identifier, no credential.", ({ rng }) => {
      const id = `o_${rng.alnum(12)}`;
      return { value: id, event: { he: [{ p: `/checkout/3/${id}/summary` }] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'pupi' }, filler, render, steps });
}

// =====================================================================================================================
// Cuperativa Su Pastore (Sardinian, Logudorese; Ozieri: CET, UTC+1)
// =====================================================================================================================

const SP = 'supastore.example';

// ---------------------------------------------------------------------------------------------------------------------
// casu-latte-shiny-20271103-081500-41231.log: a Shiny app's log under Shiny Server 1.5 (/var/log/shiny-server/<app>-
// shiny-<date>-<time>-<port>.log: the R process's stderr without times), with the app's own `message()` lines stamped by
// `format(Sys.time(), usetz = TRUE)`, R's printed lists and named vectors, warnings and errors. From memory (not
// fetched).

function shinyLog(rng) {
  const rt = (t) => `[${ymdHmsAt(t, CET)} CET]`;
  const render = (e) => e.sh.map((x) => (typeof x === 'string' ? x : `${rt(e.t)} ${x.msg}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ sh: [{ msg: `late: ${rng.int(200, 2000)} litros dae ${rng.int(3, 30)} pastores, grassu ${(rng.int(55, 80) / 10).toFixed(1)}%` }] }),
      () => ({ sh: [{ msg: `casu: forma ${rng.int(1000, 9999)} in s'istagionadura, dies ${rng.int(20, 300)}` }] }),
      () => ({ sh: ['Listening on http://127.0.0.1:' + rng.int(30000, 45000)] }),
      () => ({ sh: [`Warning: Removed ${rng.int(1, 20)} rows containing missing values or values outside the scale range (\`geom_line()\`).`] }),
    ])();
  const steps = [
    { raw: { sh: ['', 'R version 4.4.2 (2024-10-31) -- "Pile of Leaves"', 'Loading required package: shiny', 'Running application in test mode.'] }, after: 0 },
    2,
    plant('negative', 'shiny-digest-md5', 'none', "The md5 the app computes over a lab report file (`digest::digest`): a checksum, no credential.", ({ rng }) => {
      const md5 = rng.hex(32);
      return { value: md5, event: { sh: [{ msg: `analisi-late-2027-11-02.csv md5 ${md5}` }] } };
    }),
    2,
    plant('api-key-name', 'shiny-download-file-warning-and-error-crae', 'error', `${WHY.apiKey('crae')} ("key") The app downloads the lab's results with it in the query; R's \`download.file\` warning and error both write the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      const url = `https://laboratoriu.${SP}/analisi/late.csv?crae=${key}&die=2027-11-02`;
      return { value: key, event: { sh: ['Warning in download.file(url, tf, quiet = TRUE) :', `  cannot open URL '${url}': HTTP status was '403 Forbidden'`, 'Error in download.file(url, tf, quiet = TRUE) : ', `  cannot open URL '${url}'`] } };
    }),
    2,
    plant('header-dump', 'shiny-print-named-vector-basic', 'error', "The app prints the named character vector of its request headers with `print()`: R writes the names on one line and the quoted values under them, the lab portal's `Basic` credentials on the value line.", ({ rng }) => {
      const b = b64Of(`casificiu:${rng.alnum(16)}`);
      return { value: b, event: { sh: ['                 Accept             Authorization ', `     "application/json" "Basic ${b}" `] } };
    }),
    2,
    plant('framework-dump', 'shiny-print-list-faeddu-segretu', 'error', "The app prints its settings list with `print()`: R writes each element as `$name` and `[1] \"value\"`, the database password (`faeddu_segretu`, \"secret word\") on its value line.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { sh: ['$host', '[1] "db.supastore.example"', '', '$utente', '[1] "casificiu"', '', '$faeddu_segretu', `[1] "${pw}"`, ''] } };
    }),
    2,
    plant('refresh-token', 'shiny-message-token-json-refresh', 'error', `${WHY.refresh} The app's \`message()\` writes the token answer of the cooperative's identity provider as JSON after a renewal.`, ({ rng }) => {
      const r = rng.b64url(52);
      return { value: r, event: { sh: [{ msg: `token rinnovadu: {"access_token":"(cuadu)","expires_in":300,"refresh_token":"${r}","token_type":"Bearer"}` }] } };
    }),
    2,
    plant('id-token', 'shiny-message-expired-id-token', 'note', "The app's `message()` writes the `id_token` of a session it found expired, with its CET time; the token had expired an hour before", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200 + rng.int(60, 600), alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://intrada.${SP}/realms/pastore`, aud: 'casu-latte', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { sh: [{ msg: `sessione iscadida, id_token=${token}` }] } };
    }),
    2,
    plant('encoded', 'shiny-print-json-string-escaped-crae', 'error', "The app prints a JSON string with `print()`: R writes it quoted with its inner quotes escaped (`\"{\\\"crae\\\":\\\"…\\\"}\"`), the weighing station's key inside.", ({ rng }) => {
      const key = rng.alnum(30);
      return { value: key, event: { sh: [`[1] "{\\"istatzione\\":\\"pesa-2\\",\\"crae\\":\\"${key}\\"}"`] } };
    }),
    2,
    plant('negative', 'shiny-plotly-cache-buster', 'none', "A plotly widget's cache buster (`?v=<random>`) in a resource path the app logs: no credential.", ({ rng }) => {
      const v = rng.hex(10);
      return { value: v, event: { sh: [{ msg: `widget: /plotly-binding-4.10.4/plotly.js?v=${v}` }] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'shiny' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// abes-api.log: `journalctl -u abes-api -o short-iso` of the beekeepers' hive-scale API written in Gleam with Wisp 1.x
// (`wisp.log_request`: `<status> <METHOD> <path>` at info; the app's own `wisp.log_warning` lines). From memory (not
// fetched).

function wispLog(rng) {
  const stamp = (t) => `${local(t, CET).slice(0, 19)}+0100`;
  const render = (e) => e.ws.map((msg) => `${stamp(e.t)} abes ${rng.pick(['abes-api[812]', 'abes-api[812]'])}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ws: [`INFO ${rng.pick([200, 200, 201, 304])} ${rng.pick(['GET', 'POST'])} ${rng.pick(['/v1/casiddos', '/v1/casiddos/17/pesu', '/v1/apiarios/monte-acutu', '/v1/mele/collida', '/health'])}`] }),
      () => ({ ws: [`INFO casiddu ${rng.int(1, 90)}: pesu ${(rng.int(2000, 6000) / 100).toFixed(2)} kg, temperadura ${rng.int(30, 36)}.${rng.int(0, 9)}`] }),
      () => ({ ws: [`WARNING casiddu ${rng.int(1, 90)}: bateria bassa (${rng.int(5, 20)}%)`] }),
    ])();
  const steps = [
    4,
    plant('negative', 'wisp-lorawan-dev-eui', 'none', "A LoRaWAN device EUI (16 hex) of a hive scale: an identifier, no credential.", ({ rng }) => {
      const eui = rng.hex(16).toUpperCase();
      return { value: eui, event: { ws: [`INFO uplink dev_eui=${eui} casiddu=42 pesu=38.10`] } };
    }),
    4,
    plant('api-key-name', 'wisp-log-request-crae-query', 'error', `${WHY.apiKey('crae')} ("key") The gateway posts readings with it in the query, and the app's request log writes the path with its query.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { ws: [`INFO 201 POST /v1/lettura?crae=${key}&gateway=nule-1`] } };
    }),
    4,
    plant('path-secret', 'wisp-invitu-link', 'error', WHY.pathSecret('A new member\'s invitation (`/v1/invitu/<token>`, "invitation") to the cooperative\'s hive map, opened from the mail'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ws: [`INFO 200 GET /v1/invitu/${tok}`] } };
    }),
    4,
    plant('session-id', 'wisp-sessione-query', 'error', WHY.session('The old map page carries the member\'s session in the query (`sessione=`)'), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { ws: [`INFO 200 GET /mapa?sessione=${sid}&apiariu=monte-acutu`] } };
    }),
    4,
    plant('embed-jwt', 'wisp-embed-jwt-expired-two-days', 'note', "A honey map on the cooperative's site still loads `/embed/<JWT>/mapa` with a token that expired two days before; the request line has the journal's `+0100` time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: 3 * 86400 + rng.int(60, 3600), jti: true, claims: { mapa: 'apiarios', cliente: 'ufitziu-turismu' } });
      return { value: token, jwt: facts, event: { ws: [`INFO 401 GET /embed/${token}/mapa`] } };
    }),
    4,
    plant('implicit-fragment', 'wisp-warning-rejected-redirect-fragment', 'error', "The app's warning writes a redirect it refused as it arrived, with the implicit-flow fragment of the old mobile app (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(42);
      return { value: at, event: { ws: [`WARNING faddina: redirect_uri no permìtidu https://apicultores.${SP}/app/torra#access_token=${at}&expires_in=3600&token_type=Bearer`] } };
    }),
    4,
    plant('replay', 'wisp-billete-once', 'note', WHY.ticketFirst('A single-use `billete` ("ticket") a member\'s phone gets to open the honey-extraction room\'s door; the app logs the request. The ticket is'), ({ rng }) => {
      const v = rng.alnum(24);
      return { value: v, event: { ws: [`INFO 200 POST /v1/ghennas/laboratoriu/aberi?billete=${v}`] } };
    }),
    4,
    plant('negative', 'wisp-request-id', 'none', 'A request id the app writes with a warning: an identifier, no credential.', ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { ws: [`WARNING request_id=${id} faddina in sa letura de su pesu`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'abes' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lnbits.log: LNbits 1.x's log at the honey stall's point of sale (loguru: `yyyy-mm-dd HH:MM:SS.ff | <LEVEL> | <message>`,
// local time without a zone), uvicorn's access lines through it. From memory (not fetched).

function lnbitsLog(rng) {
  const render = (e) => e.ln.map(([lvl, msg]) => `${ymdHmsAt(e.t, CET)}.${msPart(e.t).slice(0, 2)} | ${lvl.padEnd(8)} | ${msg}`);
  const acc = (rng, path, status = 200) => ['INFO', `${rng.pick(['192.0.2', '198.51.100'])}.${rng.int(2, 254)}:0 - "GET ${path} HTTP/1.1" ${status}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [acc(rng, rng.pick(['/tpos/' + rng.alnum(22), '/api/v1/health', '/static/bundle.min.js?v=' + rng.hex(8), '/api/v1/currencies']))] }),
      () => ({ ln: [['INFO', `paid invoice ${rng.hex(16)}… amount ${rng.int(1000, 90000)} sat (mele de murta)`]] }),
      () => ({ ln: [['DEBUG', `backend FakeWallet: status balance ${rng.int(100000, 999999)} msat`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'lnbits-payment-hash', 'none', "A Lightning payment hash (sha256, 64 hex): public in the invoice, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { ln: [['INFO', `payment received: ${h}`]] } };
    }),
    4,
    plant('session-id', 'lnbits-access-usr-wallet-url', 'error', WHY.session("LNbits' wallet URL carries the account's user id (`/wallet?usr=<32 hex>&wal=…`), which logs in as the account; uvicorn's access line writes it"), ({ rng }) => {
      const usr = rng.hex(32);
      return { value: usr, event: { ln: [acc(rng, `/wallet?usr=${usr}&wal=${rng.hex(32)}`)] } };
    }),
    4,
    plant('api-key-name', 'lnbits-access-api-key-query', 'error', `${WHY.apiKey('api-key')} The market stall's old scale sends it as a query parameter instead of the \`X-Api-Key\` header.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { ln: [acc(rng, `/api/v1/payments?api-key=${key}&out=false`, 201)] } };
    }),
    4,
    plant('webhook', 'lnbits-ifttt-maker-webhook-key', 'error', WHY.webhook("An IFTTT Maker webhook (`maker.ifttt.com/trigger/<event>/with/key/<key>`) set as an invoice's webhook; LNbits writes the failed call"), ({ rng }) => {
      const key = rng.b64url(22);
      return { value: key, event: { ln: [['WARNING', `webhook failed for invoice ${rng.hex(12)}: https://maker.ifttt.com/trigger/mele_bendidu/with/key/${key} -> 401`]] } };
    }),
    4,
    plant('path-secret', 'lnbits-withdraw-link-unique-hash', 'error', WHY.pathSecret("A withdraw link of the stall's vouchers (`/withdraw/api/v1/lnurl/<unique_hash>`), which pays out to whoever calls it"), ({ rng }) => {
      const h = rng.alnum(22);
      return { value: h, event: { ln: [acc(rng, `/withdraw/api/v1/lnurl/${h}`)] } };
    }),
    4,
    plant('encoded', 'lnbits-lnurl-bech32-withdraw', 'error', "A voucher printed as an LNURL (`lnurl1…`): bech32 of a withdraw URL whose last path segment is the voucher's secret hash; the extension logs the LNURL it generated.", ({ rng }) => {
      const l = bech32('lnurl', `https://pagamentos.${SP}/withdraw/api/v1/lnurl/${rng.alnum(22)}`);
      return { value: l, event: { ln: [['INFO', `voucher printed: ${l}`]] } };
    }),
    4,
    plant('negative', 'lnbits-checking-id', 'none', "The funding source's `checking_id` of a payment: an identifier, no credential.", ({ rng }) => {
      const id = `internal_${rng.hex(24)}`;
      return { value: id, event: { ln: [['DEBUG', `checking pending payment checking_id=${id}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'lnbits' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// production.log: the bicycle repair co-op's booking app on Padrino 0.15 (Padrino::Logger: `<LEVEL> - [dd/Mon/yyyy
// HH:MM:SS +0100] "<METHOD> (<s>s) <ip> <path> - <status> <reason>"`, the app's own debug lines in the same layout).
// From memory (not fetched).

function padrinoLog(rng) {
  const when = (t) => { const d = new Date(t + CET * 60000); return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${iso(t + CET * 60000).slice(11, 19)} +0100`; };
  const render = (e) => e.pd.map((x) => (typeof x === 'string' ? `DEBUG - [${when(e.t)}] ${x}` : `${x.s >= 400 ? ' WARN' : ' INFO'} - [${when(e.t)}] "${x.m ?? 'GET'} (${(rng.int(1, 900) / 10000).toFixed(4)}s) ${e.ip} ${x.p} - ${x.s ?? 200} ${x.s === 302 ? 'Found' : x.s === 401 ? 'Unauthorized' : 'OK'}"`));
  const filler = (rng) =>
    rng.pick([
      () => ({ pd: [{ p: rng.pick(['/tallere/oe', '/prenotos/noa', '/bitzicletas/usadas', '/orariu', '/assets/application.css']) }] }),
      () => ({ pd: [{ m: 'POST', p: '/prenotos', s: 302 }] }),
      () => ({ pd: [`Prenotu ${rng.int(100, 999)}: cambiu de catena, rodas (${rng.pick(['Sos Laccheddos', 'Ozieri', 'Pattada'])})`] }),
    ])();
  const steps = [
    4,
    plant('negative', 'padrino-asset-cache-buster', 'none', 'A stylesheet cache buster (`?v=<sha>`): a content hash, no credential.', ({ rng }) => {
      const v = rng.hex(20);
      return { value: v, event: { pd: [{ p: `/assets/application.css?v=${v}` }] } };
    }),
    4,
    plant('oauth-code', 'padrino-omniauth-callback-code', 'warning', `${WHY.code} Members sign in with the cooperative's identity provider through OmniAuth; Padrino's request line writes the callback with its query.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { pd: [{ p: `/auth/intrada/callback?state=${rng.hex(24)}&session_state=${rng.uuid()}&code=${code}`, s: 302 }] } };
    }),
    4,
    plant('api-key-name', 'padrino-params-debug-and-request-crae', 'error', `${WHY.apiKey('crae')} ("key") The parts supplier's stock check calls the app with it in the query; the app's debug line of \`params\` and Padrino's request line both write it.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { pd: [`params: {"crae"=>"${key}", "pessa"=>"SH-CN-HG701"}`, { p: `/api/istoccu?crae=${key}&pessa=SH-CN-HG701` }] } };
    }),
    4,
    plant('path-secret', 'padrino-cunfirma-link', 'error', WHY.pathSecret('A booking confirmation link (`/cunfirma/<token>`, "confirmation") from the mail; it confirms or cancels the booking'), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { pd: [{ p: `/cunfirma/${tok}` }] } };
    }),
    4,
    plant('id-token', 'padrino-request-id-token-query', 'error', "The co-op's kiosk returns from the identity provider with `id_token=` in the query (a `response_mode=query` client); Padrino's request line writes it with a `+0100` time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://intrada.${SP}/realms/pastore`, aud: 'tallere-kiosk', sub: rng.uuid(), nonce: rng.hex(16) } });
      return { value: token, jwt: facts, event: { pd: [{ p: `/kiosk/intrada?id_token=${token}&state=${rng.hex(16)}`, s: 302 }] } };
    }),
    4,
    plant('implicit-fragment', 'padrino-debug-client-log-fragment', 'error', "The app's debug line writes a client log it received, with the address the browser was on (an implicit-flow fragment, `#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { pd: [`client log: {"level"=>"error", "href"=>"https://tallere.${SP}/#access_token=${at}&state=${rng.hex(8)}", "msg"=>"faddina in su calendariu"}`] } };
    }),
    4,
    plant('encoded', 'padrino-base64url-query-string-crae', 'error', "A return parameter (`torrada`, \"return\") carries a query string encoded in unpadded base64url; it decodes to `crae=<key>&…`, the stock key of the parts supplier.", ({ rng }) => {
      const v = b64urlOf(`crae=${rng.alnum(32)}&pessa=SH-BR-M6100`);
      return { value: v, event: { pd: [{ p: `/tallere/istoccu?torrada=${v}` }] } };
    }),
    4,
    plant('session-id', 'padrino-debug-rack-session-cookie', 'error', WHY.session("The app's debug line writes the request's cookies, the signed `rack.session` cookie (the member's session) included"), ({ rng }) => {
      const sid = `${rng.b64url(120)}--${rng.hex(40)}`;
      return { value: sid, event: { pd: [`cookies: {"rack.session"=>"${sid}", "limba"=>"sc"}`] } };
    }),
    4,
    plant('negative', 'padrino-request-id', 'none', "A request id written by the app's debug line: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { pd: [`request_id=${id} prenotu cancelladu`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'tallere' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout75');
writePart(join(here, 'heldout75'), {
  'miniserv.log': miniservLog(rng),
  'BambuStudio.log': bambuLog(rng),
  'wger-web.log': wgerLog(rng),
  'diun.log': diunLog(rng),
  'gritstone-bookings.log': finatraLog(rng),
  'OpenSpaceLog.txt': openSpaceLog(rng),
  'indigo_server.log': indigoLog(rng),
  'panel.log': pleskLog(rng),
  'engine.log': ovirtLog(rng),
  'hievents.log': hiEventsLog(rng),
  'casu-latte-shiny-20271103-081500-41231.log': shinyLog(rng),
  'abes-api.log': wispLog(rng),
  'lnbits.log': lnbitsLog(rng),
  'production.log': padrinoLog(rng),
});
