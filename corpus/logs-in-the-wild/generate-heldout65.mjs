// Writes corpus/logs-in-the-wild/heldout65/: a sixty-fifth held-out part, in formats no other part uses (a UniFi Network
// Application 8 server.log with its guest hotspot, fail2ban's fail2ban.log at HEAVYDEBUG with failing actions, a
// Snapcast 0.29 snapserver log, a Bitfocus Companion 3 headless log, `pio device monitor` with the time and log2file
// filters of an ESP32 Arduino prop, an OpenCart 4 error.log, a python-telegram-bot 21 log, Hubitat Elevation's Past Logs
// copied out, a borgmatic 1.8 log file, a restic wrapper script's log under `set -x`, `subsurface -v -v`, a ProcessWire 3
// custom log, a Jitsi Jicofo log, a Selenium Grid 4 standalone console at FINE), with credentials planted in the places
// issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was
// built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout65.mjs     rewrites heldout65/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Kingpin Quarter, a Cardiff bowling alley with escape rooms (English, five logs); Holeta Nib ena Mar,
// a beekeeping supplier near Addis Ababa with a greenhouse and a seedling nursery (Amharic in Latin transliteration:
// messages where the app shows them, routes, parameter, key and property names; five logs); Itsasertz, a Donostia group
// with a scuba diving centre, a piano tuning and instrument repair workshop, a driving school and a funeral home
// (Basque, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildPlain = logBuilder(baseRequest);
/** Ordinary traffic between the planted lines: each count in a file's steps is doubled. */
const buildLog = (rng, spec) => buildPlain(rng, { ...spec, steps: spec.steps.map((s) => (typeof s === 'number' ? s * 2 : s)) });

const DAY0 = Date.UTC(2027, 8, 21, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Cardiff in September (BST, UTC+1), Holeta (EAT, UTC+3), Donostia (CEST, UTC+2). */
const BST = 60;
const EAT = 180;
const CEST = 120;
/** A private address. */
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const mac = (rng) => Array.from({ length: 6 }, () => rng.hex(2)).join(':');
/** Percent-encoding as encodeURIComponent, applied `n` times. */
const enc = (text, n = 1) => (n === 0 ? text : enc(encodeURIComponent(text), n - 1));

// =====================================================================================================================
// Kingpin Quarter (English; Cardiff: BST, UTC+1)
// =====================================================================================================================

const KQ = 'kingpinquarter.example';

// ---------------------------------------------------------------------------------------------------------------------
// server.log: /usr/lib/unifi/logs/server.log of a UniFi Network Application 8.4 (local time, BST, no zone):
// `[yyyy-MM-ddTHH:mm:ss,SSS] <thread> LEVEL  logger - message`; the guest hotspot with an external portal and vouchers.
// From memory (not fetched).

function unifiServerLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 19)},${msPart(t)}`;
  const render = (e) => e.un.map(([th, lvl, lg, msg]) => `[${stamp(e.t)}] <${th}> ${lvl.padEnd(5)} ${lg} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ un: [[`inform-${rng.int(1, 40)}`, 'INFO', 'inform', `from [${mac(rng)}](U6-Pro, U6PRO, 6.6.${rng.int(50, 77)}): state=CONNECTED, last_inform=${rng.int(5, 30)}s`]] }),
      () => ({ un: [['EventProcessor', 'INFO', 'event', `[event] Guest[${mac(rng)}] connected to "KingpinGuest" on "AP-Lanes-${rng.int(1, 4)}" (ch ${rng.pick([36, 44, 6, 11])})`]] }),
      () => ({ un: [['db-server', 'INFO', 'db', `DbServer stats: collections=${rng.int(80, 90)}, objects=${rng.int(100000, 900000)}, dataSize=${rng.int(100, 900)}MB`]] }),
      () => ({ un: [[`webapi-${rng.int(1, 9)}`, 'INFO', 'portal', `[guest] ${mac(rng)} redirected to portal from http://connectivitycheck.gstatic.com/generate_204`]] }),
      () => ({ un: [['stat-aggregator', 'INFO', 'stat', `hourly stats: ${rng.int(20, 260)} guests, ${rng.int(1, 90)}GB rx`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'unifi-site-object-id', 'none', "The site's MongoDB ObjectId (`site_id=<24 hex>`) in an event line: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { un: [['EventProcessor', 'INFO', 'event', `[event] EVT_AP_RestartedUnknown ap=AP-Bar site_id=${id}`]] } };
    }),
    4,
    plant('api-key-name', 'unifi-external-portal-url-portal-key', 'error', `${WHY.apiKey('portal_key')} The external portal URL configured for the guest network carries the booking system's key in its query; the portal settings line and a redirect failure write it.`, ({ rng }) => {
      const key = rng.alnum(40);
      const url = `https://wifi.${KQ}/guest/s/default/?portal_key=${key}&venue=cardiff`;
      return { value: key, event: { un: [[`webapi-${rng.int(1, 9)}`, 'INFO', 'portal', `hotspot settings applied: portal_customized=false, redirect_enabled=true, external_portal=${url}`], [`webapi-${rng.int(1, 9)}`, 'WARN', 'portal', `[guest] ${mac(rng)} external portal ${url} unreachable: java.net.SocketTimeoutException: Read timed out`]] } };
    }),
    4,
    plant('replay', 'unifi-guest-voucher-once', 'note', WHY.ticketFirst('A single-use guest Wi-Fi voucher (one device, two hours) sold with a lane booking; the portal logs the code, the device and its address. The voucher is'), ({ rng, t }) => {
      const code = digits(rng, 10);
      firstUse.voucher = t;
      return { value: code, event: { un: [[`webapi-${rng.int(1, 9)}`, 'INFO', 'portal', `[guest] voucher=${code} authorized for ${mac(rng)} ip=10.30.8.${rng.int(20, 90)} minutes=120 quota=1 (single-use)`]] } };
    }, { ref: 'voucher' }),
    2,
    plant('replay', 'unifi-guest-voucher-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('voucher').value, why: `${WHY.replay('voucher', gap('voucher', t))} Another device on another address entered the same single-use voucher and the portal authorized it again.` }], event: { un: [[`webapi-${rng.int(1, 9)}`, 'INFO', 'portal', `[guest] voucher=${refs.get('voucher').value} authorized for ${mac(rng)} ip=10.30.9.${rng.int(100, 200)} minutes=120 quota=1 (single-use)`]] } }), { replayOf: 'voucher', after: 97 }),
    4,
    plant('negative', 'unifi-login-csrf-token', 'none', "The controller's `x-csrf-token` written with an admin login: a CSRF token, no credential.", ({ rng }) => {
      const tk = rng.uuid();
      return { value: tk, event: { un: [[`webapi-${rng.int(1, 9)}`, 'INFO', 'admin', `[login] admin "duty-manager" logged in from 10.30.1.${rng.int(2, 20)}, x-csrf-token=${tk}`]] } };
    }),
    4,
    plant('session-id', 'unifi-api-rejected-cookie-unifises', 'error', WHY.session("The controller's admin session cookie (`unifises`) written by a WARN line about a rejected API call from the bar's scoreboard script"), ({ rng }) => {
      const sid = rng.alnum(32);
      return { value: sid, event: { un: [[`webapi-${rng.int(1, 9)}`, 'WARN', 'api', `rejected GET /api/s/default/stat/guest from 10.30.1.44: header Cookie: unifises=${sid}; csrf_token=expired`]] } };
    }),
    4,
    plant('encoded', 'unifi-portal-redirect-double-encoded-api-key', 'error', "The guest's original URL kept in the portal redirect's `url=` is percent-encoded twice (`%253F`, `%253D`): it is the lane booking page with its `api_key`.", ({ rng }) => {
      const key = rng.alnum(36);
      const inner = enc(`https://book.${KQ}/lanes/live?api_key=${key}&lane=7`, 2);
      return { value: key, needle: key, event: { un: [[`webapi-${rng.int(1, 9)}`, 'INFO', 'portal', `[guest] ${mac(rng)} redirect https://wifi.${KQ}/guest/s/default/?id=${mac(rng)}&ap=${mac(rng)}&t=${Math.floor(DAY0 / 1000) + rng.int(60000, 70000)}&url=${inner}&ssid=KingpinGuest`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: 'unifi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fail2ban.log: /var/log/fail2ban.log of fail2ban 1.0 at `loglevel = HEAVYDEBUG` (local time, BST, no zone):
// `yyyy-mm-dd HH:MM:SS,mmm fail2ban.<logger, 24 wide> [<pid>]: <LEVEL, 7 wide> <message>`; filters' `Found` and the
// HEAVYDEBUG `Looking for match of` lines quoting the log line; a failing action's `-- exec:`, `-- stderr:` and
// `-- returned` lines. https://github.com/fail2ban/fail2ban (from memory, not fetched).

function fail2banLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)},${msPart(t)}`;
  const render = (e) => e.fb.map(([lg, lvl, msg]) => `${stamp(e.t)} ${`fail2ban.${lg}`.padEnd(24)} [812]: ${lvl.padEnd(7)} ${msg}`);
  const acc = (t, path, st = 404) => `${publicIp(rng)} - - [${clf(t - 1000, BST)}] "GET ${path} HTTP/1.1" ${st} ${rng.int(150, 900)} "-" "${rng.pick(BROWSERS)}"`;
  const filler = (rng) =>
    rng.pick([
      () => ({ fb: [['filter', 'INFO', `[sshd] Found ${publicIp(rng)} - ${ymdHmsAt(DAY0 + rng.int(20, 23) * HOUR, BST)}`]] }),
      () => ({ fb: [['actions', 'NOTICE', `[nginx-booking] Ban ${publicIp(rng)}`]] }),
      () => ({ fb: [['actions', 'NOTICE', `[sshd] Unban ${publicIp(rng)}`]] }),
      () => ({ fb: [['filter', 'DEBUG', `Processing line with time:${Math.floor(DAY0 / 1000) + rng.int(70000, 80000)}.0 and ip:${publicIp(rng)}`]] }),
      () => ({ fb: [['observer', 'INFO', `[nginx-booking] Observer: ban ${publicIp(rng)} ... (#${rng.int(2, 9)} from database)`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'fail2ban-matched-line-request-id', 'none', "The matched access line's `rid=` (nginx `$request_id`, 32 hex digits): a request id, no credential.", ({ rng, t }) => {
      const rid = rng.hex(32);
      return { value: rid, event: { fb: [['filter', 'HEAVY', `Looking for match of {'ip': '${publicIp(rng)}'}, '${acc(t, '/wp-login.php')} rid=${rid}'`]] } };
    }),
    3,
    plant('path-secret', 'fail2ban-heavydebug-matched-line-reset-link', 'error', "A bot probing the booking site requests a member's password reset link (`/account/reset/<token>`) it took from a forwarded e-mail; the filter's HEAVYDEBUG line quotes the access line: the link resets the password until it is used.", ({ rng, t }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { fb: [['filter', 'HEAVY', `Looking for match of {'ip': '${publicIp(rng)}'}, '${acc(t, `/account/reset/${tok}`, 429)}'`]] } };
    }),
    3,
    plant('webhook', 'fail2ban-action-exec-glip-webhook', 'error', WHY.webhook("A Glip (RingCentral) incoming webhook (`hooks.glip.com/webhook/<uuid>`) the ban action posts to; the failing command is written by `fail2ban.utils` as `-- exec:`"), ({ rng }) => {
      const id = rng.uuid();
      const x = rng.hex(12);
      return { value: id, event: { fb: [['utils', 'ERROR', `${x} -- exec: curl -s -X POST -H 'Content-Type: application/json' -d '{"activity":"fail2ban","body":"Banned ${publicIp(rng)} in nginx-booking"}' https://hooks.glip.com/webhook/${id}`], ['utils', 'ERROR', `${x} -- stderr: 'curl: (6) Could not resolve host: hooks.glip.com'`], ['utils', 'ERROR', `${x} -- returned 6`], ['actions', 'ERROR', "Failed to execute ban jail 'nginx-booking' action 'glip' info 'ActionInfo({'ip': '...'})': Error banning"]] } };
    }),
    3,
    plant('session-id', 'fail2ban-found-matched-line-booking-sid', 'error', WHY.session("The booking site keeps its session in the query for the lane kiosks (`?bsid=`); a client hammering the kiosk page is matched and the HEAVYDEBUG line quotes the request"), ({ rng, t }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { fb: [['filter', 'HEAVY', `Looking for match of {'ip': '${publicIp(rng)}'}, '${acc(t, `/kiosk/lanes?bsid=${sid}&lane=${rng.int(1, 24)}`, 429)}'`]] } };
    }),
    3,
    plant('api-key-name', 'fail2ban-abuseipdb-action-exec-key-header', 'error', `${WHY.apiKey('Key')} The AbuseIPDB action sends the account's key in a \`Key:\` header, and the failing command is written in full.`, ({ rng }) => {
      const key = rng.hex(80);
      const x = rng.hex(12);
      return { value: key, event: { fb: [['utils', 'ERROR', `${x} -- exec: curl -sSf 'https://api.abuseipdb.com/api/v2/report' -H 'Accept: application/json' -H 'Key: ${key}' --data-urlencode 'comment=nginx-booking' --data-urlencode 'ip=${publicIp(rng)}' --data 'categories=18,21'`], ['utils', 'ERROR', `${x} -- returned 22`]] } };
    }),
    3,
    plant('negative', 'fail2ban-matched-line-cache-buster', 'none', "A jQuery cache buster (`_=<epoch ms>`) in a matched access line: no credential.", ({ rng, t }) => {
      const cb = String(DAY0 + rng.int(60000000, 80000000));
      return { value: cb, event: { fb: [['filter', 'HEAVY', `Looking for match of {'ip': '${publicIp(rng)}'}, '${acc(t, `/api/lanes/status?_=${cb}`, 429)}'`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: 'web' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// snapserver.log: Snapcast 0.29's snapserver with `logging.sink = file:/var/log/snapserver.log` and `filter = *:debug`
// (local time, BST, no zone): `yyyy-mm-dd HH-MM-SS.mmm [Level] (Tag) message`; stream sources as given and parsed
// (`Stream: {…json…}`), a process stream's stderr, snapclients' Hello messages, JSON-RPC requests.
// https://github.com/badaix/snapcast/blob/develop/doc/configuration.md (from memory, not fetched).

function snapserverLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST).replace(/:/g, '-')}.${msPart(t)}`;
  const render = (e) => e.sc.map(([lvl, tag, msg]) => `${stamp(e.t)} [${lvl}] (${tag}) ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ sc: [['Info', 'StreamServer', `StreamServer::NewConnection: 10.30.5.${rng.int(10, 60)}`]] }),
      () => ({ sc: [['Info', 'Server', `Client lane-${rng.int(1, 24)} disconnected`]] }),
      () => ({ sc: [['Debug', 'PcmStream', `State changed: Lanes, state: ${rng.pick(['playing', 'idle'])}`]] }),
      () => ({ sc: [['Info', 'Server', `Client zone-${rng.pick(['bar', 'lanes', 'arcade'])} volume: ${rng.int(20, 90)}, muted: false`]] }),
    ])();
  const steps = [
    { raw: { sc: [['Notice', 'Snapserver', 'Settings file: "/var/lib/snapserver/server.json"'], ['Info', 'Snapserver', 'Version 0.29.0, revision 8c4ec1f2']] }, after: 0 },
    plant('framework-dump', 'snapserver-librespot-source-password-parsed', 'error', "The Spotify Connect source is a librespot stream whose URI carries the account's password (`librespot:///usr/bin/librespot?…&password=…`); snapserver writes the source as given and again parsed into JSON (`\"query\":{…\"password\":…}`).", ({ rng }) => {
      const pw = rng.alnum(20);
      const user = 'kingpin.music';
      const raw = `librespot:///usr/bin/librespot?name=Lanes&username=${user}&password=${pw}&devicename=Kingpin%20Lanes&bitrate=320`;
      return { value: pw, event: { sc: [['Info', 'Snapserver', `Adding source: ${raw}`], ['Debug', 'Snapserver', `Stream: {"fragment":"","host":"","path":"/usr/bin/librespot","query":{"bitrate":"320","devicename":"Kingpin Lanes","name":"Lanes","password":"${pw}","username":"${user}"},"raw":"${raw}","scheme":"librespot"}`]] } };
    }, { after: 0 }),
    plant('encoded', 'snapserver-process-source-params-percent-encoded', 'error', "The bar zone plays the licensed music service through ffmpeg; the source's `params` are percent-encoded in its URI (`%3Fstream_key%3D…`), the stream key of the venue's account.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { sc: [['Info', 'Snapserver', `Adding source: process:///usr/bin/ffmpeg?name=Bar&params=${enc(`-re -i https://play.venuemusic.example/live/pop-hits?stream_key=${key} -f s16le -ar 48000 -ac 2 -`)}&sampleformat=48000:16:2`]] } };
    }, { after: 0 }),
    4,
    plant('negative', 'snapserver-client-hello-mac-id', 'none', "A snapclient's Hello with its host id (its MAC address): a device identifier, no credential.", ({ rng }) => {
      const m = mac(rng);
      return { value: m, event: { sc: [['Info', 'Server', `Hello from ${m}, host: lane-${rng.int(1, 24)}, v0.29.0, ClientName: Snapclient, OS: Raspbian GNU/Linux 12 (bookworm), Arch: aarch64, Instance: 1, ID: ${m}, Protocol version: 2`]] } };
    }),
    4,
    plant('api-key-name', 'snapserver-process-stderr-ffmpeg-input-listen-key', 'error', `${WHY.apiKey('listen_key')} The arcade zone's internet radio is an ffmpeg process stream; snapserver relays ffmpeg's stderr, whose \`Input #0 … from '<url>'\` writes the URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { sc: [['Info', 'ProcessStream', `Stderr: Input #0, mp3, from 'https://radio.retrowaves.example/arcade.mp3?listen_key=${key}':`], ['Info', 'ProcessStream', 'Stderr:   Duration: N/A, start: 0.000000, bitrate: 128 kb/s']] } };
    }),
    4,
    plant('negative', 'snapserver-jsonrpc-request-id', 'none', "A JSON-RPC request's `id` (a uuid) from the lanes' control app: a request id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { sc: [['Debug', 'ControlSessionHTTP', `Received: {"id":"${id}","jsonrpc":"2.0","method":"Group.SetStream","params":{"id":"${rng.uuid()}","stream_id":"Bar"}}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'snap' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// companion.log: Bitfocus Companion 3.4 run headless (`companion-headless`) for the escape rooms' show control, stdout
// kept by systemd to a file (UTC): `<ISO 8601 with Z> <level> <source>: <message>`, sources such as
// `Instance/<module>/<label>`, `Surface/USB`, `Controls`. From memory (not fetched).

function companionLog(rng) {
  const render = (e) => e.cp.map(([lvl, src, msg]) => `${iso(e.t)} ${lvl} ${src}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ cp: [['info', 'Controls', `Button ${rng.int(1, 4)}/${rng.int(0, 3)}/${rng.int(0, 7)} pressed (${rng.pick(['Vault', 'Lab', 'Attic'])} room)`]] }),
      () => ({ cp: [['debug', 'Instance/osc/qlab-vault', `Sending /cue/${rng.int(1, 40)}/start to 10.30.6.${rng.int(10, 30)}:53000`]] }),
      () => ({ cp: [['info', 'Instance/generic-http/props', `GET http://10.30.7.${rng.int(10, 40)}/relay/${rng.int(0, 3)}?turn=${rng.pick(['on', 'off'])} → 200`]] }),
      () => ({ cp: [['debug', 'Surface/USB', `Stream Deck XL heartbeat ok (${rng.int(20, 60)} °C)`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'companion-surface-serial', 'none', "A Stream Deck's serial number as Companion writes it when a surface is attached: a device identifier, no credential.", ({ rng }) => {
      const sn = `CL${upperNum(rng, 10)}`;
      return { value: sn, event: { cp: [['info', 'Surface/USB', `Added elgato-xl device, serial ${sn}`]] } };
    }),
    3,
    plant('header-dump', 'companion-generic-http-error-headers-json-bearer-jwt', 'error', "The generic-http connection to the game server logs a failed request with its headers as JSON (`{\"Authorization\":\"Bearer <JWT>\"}`): the show controller's token, on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, claims: { iss: `https://games.${KQ}`, sub: 'companion-show', aud: 'room-api', scope: 'rooms:control' } });
      return { value: token, jwt: facts, event: { cp: [['warn', 'Instance/generic-http/gameserver', `POST https://games.${KQ}/v1/rooms/vault/hint failed (502) headers={"Content-Type":"application/json","Authorization":"Bearer ${token}"}`]] } };
    }),
    3,
    plant('embed-jwt', 'companion-generic-http-embed-hint-screen-no-exp', 'error', "The room's hint screen is opened from a button through its embed URL (`/embed/<JWT>`), a token without `exp`; the connection's warning writes the URL at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { iss: `https://games.${KQ}`, room: 'vault', screen: 'hints' } });
      return { value: token, jwt: facts, event: { cp: [['warn', 'Instance/generic-http/hints', `GET https://games.${KQ}/embed/${token} timed out after 5000 ms`]] } };
    }),
    3,
    plant('webhook', 'companion-generic-http-chanify-sender-token', 'error', WHY.webhook("A Chanify sender URL (`api.chanify.net/v1/sender/<token>/<text>`) a button pushes the game master's alert to; the connection's error writes it (the token is the secret part)"), ({ rng }) => {
      const tok = rng.b64url(120);
      return { value: tok, event: { cp: [['error', 'Instance/generic-http/alerts', `GET https://api.chanify.net/v1/sender/${tok}/Lab%20room%20needs%20help failed: ECONNRESET`]] } };
    }),
    3,
    plant('id-token', 'companion-generic-http-response-body-id-token', 'error', "The staff sign-in button logs the identity provider's answer body, `id_token` included, at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 60), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://login.${KQ}`, aud: 'companion', sub: rng.uuid(), name: 'Game Master 2' } });
      return { value: token, jwt: facts, event: { cp: [['debug', 'Instance/generic-http/staff-login', `response body: {"token_type":"Bearer","expires_in":3600,"id_token":"${token}"}`]] } };
    }),
    3,
    plant('negative', 'companion-connection-id', 'none', "Companion's internal id of a connection (a 21-character nanoid) written when its config is saved: an identifier, no credential.", ({ rng }) => {
      const id = rng.b64url(21);
      return { value: id, event: { cp: [['info', 'Instance', `Saved config of connection "props" (id ${id})`]] } };
    }),
    3,
    plant('embed-jwt', 'companion-generic-http-embed-timer-overlay-120s', 'warning', "The countdown overlay of the Lab room is loaded from an embed URL (`/embed/<JWT>`) with a 120 s token without a jti; the connection writes it at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 50), claims: { iss: `https://games.${KQ}`, room: 'lab', screen: 'timer' } });
      return { value: token, jwt: facts, event: { cp: [['info', 'Instance/generic-http/timer', `GET https://games.${KQ}/embed/${token} → 401`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'companion' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// platformio-device-monitor-270921-201502.log: `pio device monitor --filter time --filter log2file` of the Vault room's
// ESP32 prop (Arduino core 3): PlatformIO's `---` banner, then `HH:MM:SS.mmm > <serial line>` (local time of day only),
// Arduino-ESP32's `[<ms>][<L>][<file>:<line>] <func>(): <message>`.
// https://docs.platformio.org/en/latest/core/userguide/device/cmd_monitor.html (from memory, not fetched).

function pioMonitorLog(rng) {
  const render = (e) => e.pm.map((m) => `${local(e.t, BST).slice(11, 23)} > ${m}`);
  let up = 2200;
  const ar = (l, where, msg) => { up += rng.int(40, 900); return `[${String(up).padStart(7)}][${l}][${where}] ${msg}`; };
  const header = ['--- Terminal on /dev/ttyUSB0 | 115200 8-N-1', '--- Available filters and text transformations: colorize, debug, default, direct, esp32_exception_decoder, hexlify, log2file, nocontrol, printable, send_on_enter, time', '--- More details at https://bit.ly/pio-monitor-filters', '--- Logging an output to /home/gm/vault-prop/platformio-device-monitor-270921-201502.log', '--- Quit: Ctrl+C | Menu: Ctrl+T | Help: Ctrl+T followed by Ctrl+H'];
  const filler = (rng) =>
    rng.pick([
      () => ({ pm: [ar('I', 'main.cpp:141', `loop(): dial=${rng.int(0, 99)} lock=${rng.pick(['closed', 'closed', 'open'])}`)] }),
      () => ({ pm: [ar('D', 'game.cpp:58', `heartbeat(): room=vault t=${rng.int(60, 3600)}s`)] }),
      () => ({ pm: [ar('I', 'rfid.cpp:33', `scan(): tag ${upperNum(rng, 8)} not in puzzle set`)] }),
      () => ({ pm: [ar('V', 'WiFiGeneric.cpp:1040', `_arduino_event_cb(): STA RSSI ${-rng.int(40, 80)}`)] }),
    ])();
  const steps = [
    { raw: { pm: ['ets Jul 29 2019 12:21:46', '', 'rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)', ar('I', 'main.cpp:62', 'setup(): Vault prop v2.3.1 starting')] }, after: 0 },
    plant('negative', 'pio-esp32-wifi-mac', 'none', "The board's station MAC address printed at boot: a device identifier, no credential.", ({ rng }) => {
      const m = mac(rng).toUpperCase();
      return { value: m, event: { pm: [ar('I', 'net.cpp:27', `begin(): WiFi MAC ${m}, connecting to KQ-Props`)] } };
    }, { after: 1 }),
    2,
    plant('api-key-name', 'pio-arduino-http-get-device-key', 'error', `${WHY.apiKey('device_key')} The prop registers with the game server with the key in the query, and its debug line prints the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { pm: [ar('D', 'game.cpp:31', `registerProp(): GET https://games.${KQ}/v1/props/register?room=vault&device_key=${key}`)] } };
    }),
    3,
    plant('session-id', 'pio-arduino-response-set-cookie-roomsess', 'error', WHY.session("The prop prints the game server's response headers, `Set-Cookie: roomsess=` included, and reuses the cookie for the room's session API"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { pm: [ar('V', 'game.cpp:44', `registerProp(): < Set-Cookie: roomsess=${sid}; Path=/; Secure; HttpOnly`)] } };
    }),
    3,
    plant('refresh-token', 'pio-arduino-token-response-json', 'error', `${WHY.refresh} The prop prints the token endpoint's JSON answer when it renews its access.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { pm: [ar('D', 'auth.cpp:72', `renew(): {"access_token":"${rng.b64url(32)}","expires_in":600,"refresh_token":"${rt}"}`)] } };
    }),
    3,
    plant('negative', 'pio-game-id-ulid', 'none', "The game's id (a ULID) printed when a team starts: an identifier, no credential.", ({ rng }) => {
      const id = `01J${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`;
      return { value: id, event: { pm: [ar('I', 'game.cpp:90', `start(): game ${id} team="The Lockpicks" players=5`)] } };
    }),
    3,
    plant('path-secret', 'pio-arduino-ota-link', 'error', "The prop fetches its new firmware from a one-off OTA link (`/ota/<token>/vault.bin`) and prints it: whoever has the link downloads the firmware with the room's solution and Wi-Fi settings until it expires.", ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { pm: [ar('I', 'ota.cpp:19', `update(): fetching https://ota.${KQ}/ota/${tok}/vault.bin`), ar('I', 'ota.cpp:40', 'update(): 1318432 bytes, writing')] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR + 15 * MIN, site: { host: 'prop' }, filler, render, steps, header });
}

// =====================================================================================================================
// Holeta Nib ena Mar (Amharic in Latin transliteration; Holeta: EAT, UTC+3)
// =====================================================================================================================

const NM = 'nibenamar.example';

// ---------------------------------------------------------------------------------------------------------------------
// error.log: OpenCart 4.0's storage/logs/error.log (local time, EAT, no zone): `yyyy-mm-dd HH:MM:SS - <message>` from
// its Log class (`date('Y-m-d H:i:s') . ' - ' . print_r($message, true)`), PHP notices through its error handler, and
// extensions' `$this->log->write(print_r(…, true))` arrays over several lines. From memory (not fetched).

function openCartLog(rng) {
  const render = (e) => e.oc.flatMap((m, i) => (i === 0 ? [`${ymdHmsAt(e.t, EAT)} - ${m}`] : [m]));
  const filler = (rng) =>
    rng.pick([
      () => ({ oc: [`PHP Warning:  Undefined array key "qefo_ayinet" in /var/www/${NM}/extension/nibenamar/catalog/controller/product/qefo.php on line ${rng.int(30, 200)}`] }),
      () => ({ oc: [`tizaz ${rng.int(1000, 9999)} tekebele (order received) total=${rng.int(300, 40000)}.00 ETB`] }),
      () => ({ oc: [`PHP Notice:  Trying to access array offset on value of type null in /var/www/${NM}/catalog/model/checkout/order.php on line ${rng.int(100, 900)}`] }),
      () => ({ oc: [`kifiya: callback ok tizaz=${rng.int(1000, 9999)} huneta=${rng.pick(['success', 'success', 'pending'])}`] }),
    ])();
  const steps = [
    3,
    plant('negative', 'opencart-payment-tx-ref', 'none', "The payment's transaction reference (`tx_ref=NBM-<order>-<hex>`), which the shop sends to the payment provider and gets back in its callback: an identifier, no credential.", ({ rng }) => {
      const ref = `NBM-${rng.int(1000, 9999)}-${rng.hex(10)}`;
      return { value: ref, event: { oc: [`kifiya: verify tx_ref=${ref} huneta=success amount=${rng.int(300, 9000)}.00`] } };
    }),
    3,
    plant('oauth-code', 'opencart-social-login-callback-debug-url', 'warning', `${WHY.code} The social-login extension writes the callback URL it got when the token exchange fails.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(60)}`;
      return { value: code, event: { oc: [`google_megbiya: token exchange failed (invalid_grant) for https://${NM}/index.php?route=extension/google_megbiya/account/callback&state=${rng.b64url(24)}&code=${code}&scope=email+profile&authuser=0&prompt=none`] } };
    }),
    3,
    plant('framework-dump', 'opencart-extension-print-r-post-yeyilef-qal', 'error', "The account extension logs `print_r($this->request->post, true)` on a failed registration: a PHP array over several lines, the password (`yeyilef_qal`, \"password\") in clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { oc: ['denbegna mezgeb altesakam (registration failed)', 'Array', '(', `    [sim] => Abebech ${rng.pick(['Tadesse', 'Girma', 'Bekele'])}`, `    [email] => abebech.${digits(rng, 3)}@example.net`, `    [silk] => 0911${digits(rng, 6)}`, `    [yeyilef_qal] => ${pw}`, '    [agree] => 1', ')', ''] } };
    }),
    3,
    plant('session-id', 'opencart-extension-debug-cookie-ocsessid', 'error', WHY.session("The delivery extension logs the request's `Cookie` header, OpenCart's session cookie (`OCSESSID`) included"), ({ rng }) => {
      const sid = rng.hex(26);
      return { value: sid, event: { oc: [`irkikib: Cookie: OCSESSID=${sid}; language=am-et; currency=ETB`] } };
    }),
    3,
    plant('api-key-name', 'opencart-payment-extension-charge-url-qulf', 'error', `${WHY.apiKey('qulf')} ("key") The payment extension calls the gateway with the key in the query, and logs the URL when the call fails.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { oc: [`kifiya: sihtet (error) curl 28 https://pay.kifiya-gateway.example/v1/charge?qulf=${key}&tx_ref=NBM-${rng.int(1000, 9999)}-${rng.hex(10)}`] } };
    }),
    3,
    plant('negative', 'opencart-print-r-cache-buster', 'none', "A cache buster (`[_] => <epoch ms>`) in a logged query array: no credential.", ({ rng }) => {
      const cb = String(DAY0 + rng.int(60000000, 80000000));
      return { value: cb, event: { oc: ['chigegn ayinet fillega (seedling search)', 'Array', '(', '    [route] => product/search', '    [search] => koso', `    [_] => ${cb}`, ')', ''] } };
    }),
    3,
    plant('path-secret', 'opencart-mail-extension-deresegn-link', 'error', "The mail extension logs the receipt link it sent (`/deresegn/<token>`, \"receipt\"): the link opens the order, address and telephone to anyone until it expires.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { oc: [`mail: deresegn link teleke (receipt link sent) https://${NM}/deresegn/${tok} to 0911${digits(rng, 6)}`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'shop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bot.log: the shop's Telegram bot on python-telegram-bot 21, Python logging with
// `%(asctime)s - %(name)s - %(levelname)s - %(message)s` and `datefmt='%Y-%m-%d %H:%M:%S %z'` (EAT, +0300), httpx at
// WARNING (no request lines); the application's error handler logging the update and `context.user_data`.
// https://docs.python-telegram-bot.org/ (from memory, not fetched).

function telegramBotLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, EAT)} +0300`;
  const render = (e) => e.tb.map(([name, lvl, msg]) => `${stamp(e.t)} - ${name} - ${lvl} - ${msg}`);
  const chat = () => rng.int(100000000, 999999999);
  const filler = (rng) =>
    rng.pick([
      () => ({ tb: [['nibbot.handlers', 'INFO', `chat_id=${chat()} /tizaz (orders) -> ${rng.int(0, 4)} active`]] }),
      () => ({ tb: [['nibbot.handlers', 'INFO', `chat_id=${chat()} meliekt: "yemar waga sint new?" (what is the price of honey?)`]] }),
      () => ({ tb: [['telegram.ext.Application', 'DEBUG', 'Processing update']] }),
      () => ({ tb: [['nibbot.handlers', 'INFO', `chat_id=${chat()} chigegn tizaz (seedling order) koso x${rng.int(5, 200)}`]] }),
    ])();
  const steps = [
    { raw: { tb: [['telegram.ext.Application', 'INFO', 'Application started']] }, after: 0 },
    2,
    plant('negative', 'ptb-update-id', 'none', "Telegram's `update_id` written with each update the bot handles: a sequence number, no credential.", ({ rng }) => {
      const id = String(rng.int(700000000, 799999999));
      return { value: `update_id=${id}`, event: { tb: [['nibbot.handlers', 'DEBUG', `update_id=${id} chat_id=${chat()} type=message`]] } };
    }),
    3,
    plant('replay', 'ptb-start-deep-link-megbiya-tiket-once', 'note', WHY.ticketFirst('A single-use sign-in ticket passed to the bot by a `t.me/<bot>?start=` deep link (`/start tiket_<code>`, "ticket"); the bot logs the code and the chat that redeemed it. The ticket is'), ({ rng, t }) => {
      const tk = rng.b64url(32);
      firstUse.tiket = t;
      return { value: tk, event: { tb: [['nibbot.megbiya', 'INFO', `/start tiket_${tk} chat_id=418${digits(rng, 6)} -> denbegna 2231 tegenagnu (customer linked)`]] } };
    }, { ref: 'tiket' }),
    2,
    plant('replay', 'ptb-start-deep-link-megbiya-tiket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('tiket').value, why: `${WHY.replay('tiket', gap('tiket', t))} Another chat redeemed the same deep-link ticket and the bot linked it to the same customer again.` }], event: { tb: [['nibbot.megbiya', 'INFO', `/start tiket_${refs.get('tiket').value} chat_id=779${digits(rng, 6)} -> denbegna 2231 tegenagnu (customer linked)`]] } }), { replayOf: 'tiket', after: 48 }),
    3,
    plant('id-token', 'ptb-web-app-data-id-token', 'error', "The shop's Mini App sends the sign-in result back with `web_app_data`, and the handler logs the data, an `id_token`, at the line's +0300 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 90), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://megbiya.${NM}`, aud: 'nibbot-miniapp', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { tb: [['nibbot.miniapp', 'INFO', `web_app_data chat_id=${chat()} data={"id_token":"${token}","lang":"am"}`]] } };
    }),
    3,
    plant('implicit-fragment', 'ptb-message-text-pasted-fragment', 'error', "A customer pastes the address their browser landed on into the chat, fragment included (`#access_token=…`), and the handler logs the message text.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { tb: [['nibbot.handlers', 'INFO', `chat_id=${chat()} meliekt: "megbat alchalkum (I can't log in) https://${NM}/account/#access_token=${at}&token_type=Bearer&expires_in=3600"`]] } };
    }),
    3,
    plant('embed-jwt', 'ptb-sent-riport-embed-link-expired', 'note', "The bot logs the embed link of a hive report it sends (`/riport/embed/<JWT>`, \"report\"); the token, with a jti, had expired a day before the line's +0300 time: an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: 86400 + rng.int(3600, 7200), jti: true, claims: { iss: `https://${NM}`, riport: 'qefo-kebed', denbegna: digits(rng, 4) } });
      return { value: token, jwt: facts, event: { tb: [['nibbot.riport', 'INFO', `sent https://${NM}/riport/embed/${token} to chat_id=${chat()}`]] } };
    }),
    3,
    plant('refresh-token', 'ptb-error-handler-user-data-refresh-token', 'error', `${WHY.refresh} The error handler logs \`context.user_data\` as a dict, the customer's shop \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.b64url(52);
      return { value: rt, event: { tb: [['nibbot.errors', 'ERROR', `Exception while handling an update: user_data={'denbegna_id': 2231, 'qwanqwa': 'am', 'refresh_token': '${rt}'}`]] } };
    }),
    3,
    plant('negative', 'ptb-photo-file-unique-id', 'none', "A photo's `file_unique_id` in Telegram's update: a file identifier, no credential.", ({ rng }) => {
      const id = `AQAD${rng.b64url(12)}`;
      return { value: id, event: { tb: [['nibbot.handlers', 'INFO', `chat_id=${chat()} fotograf (photo) file_unique_id=${id} qefo=${rng.int(1, 40)}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'bot' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hubitat-past-logs.txt: the greenhouse hub's Logs page (Past Logs) of Hubitat Elevation 2.3, copied out (local time,
// EAT, no zone): `<dev|app>:<id> <yyyy-mm-dd> <hh:mm:ss.SSS> <AM|PM> <level> <message>`; Groovy apps' `log.debug` of their
// `httpGet`/`httpPost` parameter maps. From memory (not fetched).

function hubitatLog(rng) {
  const render = (e) => e.hb.map(([src, lvl, msg]) => {
    const l = local(e.t, EAT);
    const h = Number(l.slice(11, 13));
    return `${src} ${l.slice(0, 10)} ${pad(h % 12 === 0 ? 12 : h % 12)}${l.slice(13, 23)} ${h < 12 ? 'AM' : 'PM'} ${lvl} ${msg}`;
  });
  const filler = (rng) =>
    rng.pick([
      () => ({ hb: [[`dev:${rng.int(20, 60)}`, 'info', `Greenhouse ${rng.pick(['North', 'South'])} temperature is ${(rng.int(180, 340) / 10).toFixed(1)}°C`]] }),
      () => ({ hb: [[`dev:${rng.int(20, 60)}`, 'info', `Chigegn Bet Vent ${rng.pick(['opened', 'closed'])}`]] }),
      () => ({ hb: [[`app:${rng.int(2, 19)}`, 'info', `Misting cycle ${rng.pick(['started', 'finished'])} (humidity ${rng.int(40, 95)}%)`]] }),
      () => ({ hb: [[`dev:${rng.int(20, 60)}`, 'debug', `parse: catchall: 0104 0402 01 01 0040 00 ${upperNum(rng, 4)} 00 00 0000 0A 01 0000290A`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'hubitat-zigbee-eui64', 'none', "A Zigbee device's EUI-64 written when it pairs: a hardware address, no credential.", ({ rng }) => {
      const id = `00124B00${rng.hex(8).toUpperCase()}`;
      return { value: id, event: { hb: [['dev:61', 'info', `Zigbee device joined: zigbeeId ${id}, model TS0601 (soil moisture)`]] } };
    }),
    3,
    plant('api-key-name', 'hubitat-rule-http-get-maker-api-access-token', 'error', "Maker API's `access_token` (a uuid), which every call to the hub's Maker API URL carries: an API key for the hub's devices, long-lived. A rule's HTTP GET action is logged with its URL.", ({ rng }) => {
      const tok = rng.uuid();
      return { value: tok, event: { hb: [['app:44', 'info', `Action: Send HTTP GET http://10.50.2.5/apps/api/57/devices/231/on?access_token=${tok}`]] } };
    }),
    3,
    plant('webhook', 'hubitat-app-voice-monkey-trigger-token', 'error', WHY.webhook("A Voice Monkey trigger URL (`api-v2.voicemonkey.io/trigger?token=<token>&device=…`) the frost alert app calls to announce on the greenhouse speaker; the app's debug line writes it (the token is the secret part)"), ({ rng }) => {
      const tok = `${rng.hex(32)}_${rng.hex(32)}`;
      return { value: tok, event: { hb: [['app:52', 'debug', `httpGet [uri:https://api-v2.voicemonkey.io/trigger?token=${tok}&device=greenhouse-speaker, timeout:10]`]] } };
    }),
    3,
    plant('header-dump', 'hubitat-app-http-post-groovy-map-headers-bearer', 'error', "The sensor upload app logs its `httpPost` parameters as a Groovy map (`headers:[Authorization:Bearer <token>]`): the nursery API's service token.", ({ rng }) => {
      const tok = `nm_${rng.alnum(40)}`;
      return { value: tok, event: { hb: [['app:53', 'debug', `httpPost params: [uri:https://api.${NM}, path:/v1/chigegn/tsafe, headers:[Authorization:Bearer ${tok}], contentType:application/json, body:[temp:24.1, rh:71]]`]] } };
    }),
    3,
    plant('negative', 'hubitat-location-event-id', 'none', "A location event's id (a uuid) written by the mode manager: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { hb: [['app:7', 'info', `Mode changed to Night (event ${id})`]] } };
    }),
    3,
    plant('encoded', 'hubitat-dashboard-tile-src-triple-encoded-camera-pwd', 'error', "A dashboard tile's image source is the greenhouse camera's snapshot URL percent-encoded three times (`%25253F`), the camera's `pwd` inside; the dashboard app logs the tile.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { hb: [['app:12', 'debug', `tile 14 src=${enc(`http://10.50.2.40/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=hubitat&pwd=${pw}`, 3)}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'hub' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// borgmatic.log: borgmatic 1.8 on the nursery's server with `--verbosity 2 --log-file /var/log/borgmatic.log` (local
// time, EAT, no zone): `[yyyy-mm-dd HH:MM:SS,mmm] <LEVEL>: <prefix>: <message>`; hooks' commands as run
// (`Running command: …`) and their output, borg's own output relayed.
// https://torsion.org/borgmatic/docs/how-to/inspect-your-backups/ (from memory, not fetched).

function borgmaticLog(rng) {
  const render = (e) => e.bm.map(([lvl, msg]) => `[${ymdHmsAt(e.t, EAT)},${msPart(e.t)}] ${lvl}: ${msg}`);
  const R = 'ssh://u4123@backup.nibenamar.example/./chigegn';
  const filler = (rng) =>
    rng.pick([
      () => ({ bm: [['INFO', `${R}: Creating archive`]] }),
      () => ({ bm: [['DEBUG', `${R}: borg create --one-file-system --exclude-caches --list --filter AMEx --stats ${R}::{hostname}-{now:%Y-%m-%dT%H:%M:%S} /etc /srv/chigegn /var/lib/postgresql-dumps`]] }),
      () => ({ bm: [['INFO', `A /srv/chigegn/fotograf/koso-${rng.int(100, 999)}.jpg`]] }),
      () => ({ bm: [['INFO', `${R}: Pruning archives`]] }),
      () => ({ bm: [['DEBUG', `/etc/borgmatic/config.yaml: Calling postgresql_databases hook function dump_data_sources`]] }),
    ])();
  const steps = [
    { raw: { bm: [['DEBUG', 'Ensuring legacy configuration is upgraded'], ['INFO', '/etc/borgmatic/config.yaml: Running command for pre-backup hook']] }, after: 0 },
    plant('refresh-token', 'borgmatic-before-backup-hook-command-refresh-token', 'error', `${WHY.refresh} A \`before_backup\` hook fetches an access token for the off-site copy with \`curl -d refresh_token=…\`, and borgmatic writes the command it runs.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { bm: [['DEBUG', `/etc/borgmatic/config.yaml: Running command: curl -fsS https://auth.${NM}/oauth/token -d grant_type=refresh_token -d client_id=borg-offsite -d refresh_token=${rt} -o /run/offsite.json`]] } };
    }, { after: 1 }),
    3,
    plant('negative', 'borgmatic-archive-fingerprint', 'none', "borg's `Archive fingerprint:` (64 hex digits) in the stats borgmatic relays: a hash naming the archive, no credential.", ({ rng }) => {
      const fp = rng.hex(64);
      return { value: fp, event: { bm: [['INFO', '------------------------------------------------------------------------------'], ['INFO', `Repository: ${R}`], ['INFO', `Archive name: chigegn-srv-2027-09-21T02:00:03`], ['INFO', `Archive fingerprint: ${fp}`], ['INFO', `Time (start): Tue, 2027-09-21 02:00:04`]] } };
    }),
    3,
    plant('api-key-name', 'borgmatic-before-backup-hook-export-url-api-qulf', 'error', `${WHY.apiKey('api_qulf')} A hook exports the shop's orders before the backup with the key in the query, and borgmatic writes the command.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { bm: [['DEBUG', `/etc/borgmatic/config.yaml: Running command: curl -fsS -o /srv/chigegn/tizaz.csv "https://${NM}/index.php?route=api/tizaz/export&api_qulf=${key}"`]] } };
    }),
    3,
    plant('negative', 'borgmatic-repository-id', 'none', "borg's repository id (64 hex digits) in `borg info` output: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(64);
      return { value: id, event: { bm: [['INFO', `${R}: Displaying archive summary information`], ['INFO', `Repository ID: ${id}`], ['INFO', `Location: ${R}`]] } };
    }),
    3,
    plant('path-secret', 'borgmatic-after-backup-hook-output-akafel-link', 'error', "An `after_backup` hook uploads the month's nursery stock sheet and prints the share link it got (`/akafel/<token>`, \"share\"); borgmatic relays the output: the link opens the file until it is revoked.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { bm: [['INFO', '/etc/borgmatic/config.yaml: Running command for post-backup hook'], ['INFO', `akafel link: https://files.${NM}/akafel/${tok}/chigegn-kemchit-2027-09.xlsx`]] } };
    }),
    3,
    plant('webhook', 'borgmatic-after-backup-hook-command-telegram-bot-send-message', 'error', WHY.webhook("The Telegram Bot API URL (`api.telegram.org/bot<token>/sendMessage`) an `after_backup` hook calls to tell the staff group the backup is done; borgmatic writes the command it runs (the bot token is the secret part)"), ({ rng }) => {
      const tok = `${rng.int(5000000000, 7999999999)}:AA${rng.b64url(33)}`;
      return { value: tok, event: { bm: [['DEBUG', `/etc/borgmatic/config.yaml: Running command: curl -s https://api.telegram.org/bot${tok}/sendMessage -d chat_id=-100${digits(rng, 10)} -d text="backup teteNaqeqe (backup finished)"`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 - 1 * HOUR, site: { host: 'backup' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// restic-backup.log: the shop server's backup wrapper (`/usr/local/bin/restic-backup`, `set -x`, stdout and stderr
// appended by cron): the wrapper's own lines with `date -Is` times (EAT, `+03:00`), bash's `+ ` trace lines without
// times, restic 0.17's output (`open repository`, `repository <id> opened`, the summary, `snapshot <id> saved`).
// https://restic.readthedocs.io/en/stable/040_backup.html (from memory, not fetched).

function resticLog(rng) {
  const now = (t) => local(t, EAT).slice(0, 19) + '+03:00';
  const render = (e) => e.rs.map((m) => (typeof m === 'string' ? m : `${now(e.t)} ${m[0]}`));
  const REPO = `rest:https://backup:***@restic.${NM}/shop/`;
  const filler = (rng) =>
    rng.pick([
      () => ({ rs: [['restic-backup: start'], `+ restic -r ${REPO.replace(':***', ':$RESTIC_REST_PASSWORD')} backup /var/www /var/backups/mysql --tag nightly`, 'open repository', `repository ${rng.hex(8)} opened (version 2, compression level auto)`, `Files:          ${rng.int(0, 40)} new,    ${rng.int(0, 90)} changed, ${rng.int(9000, 12000)} unmodified`, `Added to the repository: ${rng.int(1, 900)}.${rng.int(100, 999)} MiB (${rng.int(1, 300)}.${rng.int(100, 999)} MiB stored)`] }),
      () => ({ rs: [[`restic-backup: forget --keep-daily 7 --keep-weekly 4: ${rng.int(0, 3)} snapshots removed`]] }),
      () => ({ rs: [`+ mysqldump --single-transaction nibenamar_oc`, `+ gzip -9`] }),
    ])();
  const steps = [
    1,
    plant('negative', 'restic-masked-rest-repository-password', 'none', "restic writes a REST repository URL with its password masked (`rest:https://backup:***@…`): the tool's own masking, no credential.", ({ rng }) => ({ value: REPO, event: { rs: [`Fatal: unable to open config file: ${REPO}config: Get "https://restic.${NM}/shop/config": dial tcp ${lan(rng, '10.51')}:443: connect: connection refused`, 'Is there a repository at the following location?'] } })),
    2,
    plant('framework-dump', 'restic-wrapper-set-x-export-restic-password', 'error', "`set -x` traces the wrapper's environment setup, the repository password in clear (`+ export RESTIC_PASSWORD=…`): the key to every snapshot.", ({ rng }) => {
      const pw = rng.alnum(28);
      return { value: pw, event: { rs: [['restic-backup: start'], '+ source /etc/restic/env', '+ export RESTIC_REPOSITORY=rest:https://backup@restic.nibenamar.example/shop/', `+ export RESTIC_PASSWORD=${pw}`] } };
    }),
    2,
    plant('encoded', 'restic-wrapper-set-x-b2-key-base64', 'error', "The off-site copy's Backblaze B2 application key is kept base64-encoded (`<keyID>:<applicationKey>`) in the environment file and traced by `set -x`.", ({ rng }) => {
      const b = b64Of(`005${rng.hex(22)}:K005${rng.b64url(27)}`);
      return { value: b, event: { rs: [`+ export B2_CREDS_B64=${b}`] } };
    }, { after: 0 }),
    3,
    plant('id-token', 'restic-wrapper-echo-identity-token-live', 'error', "The wrapper gets an identity token for the report function (`gcloud auth print-identity-token`) and echoes it with its `date -Is` time (`+03:00`)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 30), alg: 'RS256', kid: rng.hex(20), claims: { iss: 'https://accounts.google.com', aud: `https://report-${lowerNum(rng, 10)}-ew.a.run.app`, sub: digits(rng, 21), email: `restic@nibenamar-ops.iam.gserviceaccount.com` } });
      return { value: token, jwt: facts, event: { rs: [[`restic-backup: report id_token=${token}`]] } };
    }),
    2,
    plant('header-dump', 'restic-wrapper-set-x-curl-authorization-bearer', 'error', "`set -x` traces the report call with its header (`-H 'Authorization: Bearer <token>'`): the monitoring API's opaque token.", ({ rng }) => {
      const tok = `nmops_${rng.alnum(36)}`;
      return { value: tok, event: { rs: [`+ curl -fsS -X POST -H 'Authorization: Bearer ${tok}' -H 'Content-Type: application/json' -d @/tmp/restic-summary.json https://ops.${NM}/v1/backups`] } };
    }, { after: 1 }),
    3,
    plant('embed-jwt', 'restic-wrapper-echo-embed-dashboard-live', 'error', "The wrapper echoes the backup dashboard's embed link (`/embed/<JWT>`) it mails to the owner, with its `date -Is` time; the token lives 1 h and has a jti", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 30), jti: true, claims: { iss: `https://ops.${NM}`, dashboard: 'backups', viewer: 'owner' } });
      return { value: token, jwt: facts, event: { rs: [[`restic-backup: dashboard https://ops.${NM}/embed/${token}`]] } };
    }, { after: 2 }),
    3,
    plant('negative', 'restic-snapshot-id', 'none', "restic's short snapshot id (`snapshot <8 hex> saved`): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(8);
      return { value: `snapshot ${id} saved`, event: { rs: [`processed ${rng.int(9000, 12000)} files, ${rng.int(2, 9)}.${rng.int(100, 999)} GiB in 2:${pad(rng.int(0, 59))}`, `snapshot ${id} saved`] } };
    }),
    2,
    plant('id-token', 'restic-wrapper-echo-cached-identity-token-expired', 'note', "A later run of the wrapper echoes the cached identity token the report function refused; it had expired hours before the `date -Is` time (`+03:00`), no jti: an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 * 5 + rng.int(60, 900), alg: 'RS256', kid: rng.hex(20), claims: { iss: 'https://accounts.google.com', aud: `https://report-${lowerNum(rng, 10)}-ew.a.run.app`, sub: digits(rng, 21) } });
      return { value: token, jwt: facts, event: { rs: [[`restic-backup: report refused (401), cached id_token=${token}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 0 * HOUR, site: { host: 'restic' }, filler, render, steps });
}

// =====================================================================================================================
// Itsasertz (Basque; Donostia: CEST, UTC+2)
// =====================================================================================================================

const IT = 'itsasertz.example';

// ---------------------------------------------------------------------------------------------------------------------
// subsurface-itsaspe.log: `subsurface -v -v` of the diving centre's logbook PC (Subsurface 6.0), its stdout and stderr
// redirected to a file: no times; the version banner, the preferences it loaded, git storage and cloud messages, Qt
// network errors (`QNetworkReply` / `QUrl(…)` as Qt's debug stream writes them). From memory (not fetched).

function subsurfaceLog(rng) {
  const render = (e) => e.ss;
  const header = ['Subsurface v6.0.5231-CICD-release, built with libdivecomputer v0.9.0-devel-Subsurface-NG (c7f1d4a2), built with Qt Version 5.15.13, runtime from Qt Version 5.15.13', 'built with libgit2 1.7.2', 'Plain Qt theme', 'using UI language: eu_ES'];
  const filler = (rng) =>
    rng.pick([
      () => ({ ss: [`git storage: load ${rng.int(800, 1300)} dives`] }),
      () => ({ ss: [`dive computer Shearwater Perdix 2 (${rng.int(1000, 9999)}): downloaded ${rng.int(1, 6)} new dives`] }),
      () => ({ ss: [`Murgilketa ${rng.int(900, 1300)} gordeta (dive saved) site "${rng.pick(['Mompas', 'Getaria Ugarte', 'Santa Klara'])}"`] }),
      () => ({ ss: [`checking cloud connection... ${rng.pick(['ok', 'ok', 'timeout'])}`] }),
    ])();
  const steps = [
    plant('framework-dump', 'subsurface-verbose-prefs-cloud-storage-password', 'error', "At `-v -v` Subsurface writes the preferences it loaded, the cloud storage password (`cloud_storage_password`) among them: it opens the centre's whole logbook in the cloud.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { ss: ['prefs:', '  cloud_base_url=https://cloud.subsurface-divelog.org/', `  cloud_storage_email=urpekaritza@${IT}`, `  cloud_storage_password=${pw}`, '  cloud_verification_status=3', '  units.length=METERS'] } };
    }, { after: 0 }),
    3,
    plant('negative', 'subsurface-git-commit-sha', 'none', "The cloud storage's git commit id (40 hex digits) after a sync: a hash, no credential.", ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { ss: [`git storage: sync with remote https://cloud.subsurface-divelog.org/git/urpekaritza@${IT}[urpekaritza@${IT}] done, HEAD ${sha}`] } };
    }),
    3,
    plant('api-key-name', 'subsurface-qnetworkreply-map-tiles-api-gakoa', 'error', `${WHY.apiKey('api_gakoa')} ("API key") The dive site map loads tiles from the group's tile server with the key in the query, and Qt's network error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ss: [`QNetworkReply error 203 for QUrl("https://mapak.${IT}/tiles/13/4021/2987.png?api_gakoa=${key}"): Error transferring - server replied: Not Found`] } };
    }),
    3,
    plant('path-secret', 'subsurface-open-shared-logbook-link', 'error', "A customer's shared logbook is opened from its link (`/partekatu/<token>/…`, \"share\"), and Subsurface writes the file it opens: the link opens the logbook until it is revoked.", ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { ss: [`Opening file https://${IT}/partekatu/${tok}/egunkaria.ssrf`, 'parse_file: xml'] } };
    }),
    3,
    plant('negative', 'subsurface-dive-computer-fingerprint', 'none', "libdivecomputer's fingerprint of the last downloaded dive (hex): a marker of where the next download starts, no credential.", ({ rng }) => {
      const fp = rng.hex(16);
      return { value: fp, event: { ss: [`Shearwater Perdix 2: using fingerprint ${fp} for incremental download`] } };
    }),
    3,
    plant('implicit-fragment', 'subsurface-qurl-signin-redirect-fragment', 'error', "The booking portal's sign-in page opened from Subsurface's web view lands on the implicit flow's address, and Qt's debug stream writes it (`QUrl(\"…#access_token=…\")`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { ss: [`webview: url changed QUrl("https://erreserbak.${IT}/saioa#access_token=${at}&token_type=Bearer&expires_in=3600")`] } };
    }),
    3,
    plant('encoded', 'subsurface-dive-site-import-base64-json-gakoa', 'error', "A dive site import URL carries base64 JSON (`datuak=`, \"data\") whose `gakoa` is the partner's API key; the import error writes the URL.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ bazkidea: 'itsaspe', gakoa: rng.alnum(32), eskualdea: 'gipuzkoa' }));
      return { value: b, event: { ss: [`dive site import failed for https://guneak.${IT}/inportatu?datuak=${b}: 502`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'sub' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// konponketa.txt: a custom log of the workshop's ProcessWire 3.0 site (`$log->save('konponketa', …)` writes
// site/assets/logs/konponketa.txt; local time, CEST, no zone): tab-separated `<yyyy-mm-dd HH:MM:SS>\t<user>\t<URL of the
// request>\t<message>`. https://processwire.com/api/ref/wire-log/ (from memory, not fetched).

function processWireLog(rng) {
  const render = (e) => e.pw.map(([user, url, msg]) => `${ymdHmsAt(e.t, CEST)}\t${user}\t${url}\t${msg}`);
  const S = `https://soinua.${IT}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ pw: [['guest', `${S}/afinazioa/`, `Afinazio eskaera jasota (tuning request received) pianoa=${rng.pick(['Yamaha U1', 'Steinway K', 'Kawai K-300'])} herria=${rng.pick(['Donostia', 'Hernani', 'Zarautz'])}`]] }),
      () => ({ pw: [['mikel', `${S}/processwire/page/edit/?id=${rng.int(1100, 1900)}`, `Konponketa #${rng.int(300, 900)} egoera: ${rng.pick(['prest', 'zain', 'bidalita'])}`]] }),
      () => ({ pw: [['guest', `${S}/konponketak/`, `Bezero berria (new customer) ${rng.int(1000, 9999)}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'processwire-csrf-token-field', 'none', "ProcessWire's CSRF field (`TOKEN<digits>X<timestamp>=<value>`) echoed with a rejected form: a CSRF token, no credential.", ({ rng }) => {
      const v = rng.b64url(32);
      return { value: v, event: { pw: [['guest', `${S}/harremana/`, `CSRF check failed: TOKEN${digits(rng, 10)}X${Math.floor(DAY0 / 1000)}=${v}`]] } };
    }),
    3,
    plant('oauth-code', 'processwire-log-url-field-social-login-callback', 'warning', `${WHY.code} ProcessWire writes the request's URL in the log's third field; the social-login module logs a failed sign-in from its callback.`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { pw: [['guest', `${S}/saioa/callback/?code=${code}&state=${rng.b64url(24)}`, 'Saio-hasiera huts egin du (sign-in failed): token endpoint 500']] } };
    }),
    3,
    plant('path-secret', 'processwire-log-url-field-pasahitza-berrezarri', 'error', "A password reset request logged with its URL (`/pasahitza-berrezarri/<token>/`, \"reset password\"): the link resets the customer's password until it is used.", ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { pw: [['guest', `${S}/pasahitza-berrezarri/${tok}/`, 'Pasahitza berrezartzeko esteka iraungita? (reset link expired?)']] } };
    }),
    3,
    plant('api-key-name', 'processwire-log-url-field-gakoa', 'error', `${WHY.apiKey('gakoa')} ("key") The parts supplier's stock feed is proxied through the site with the key in the query, and the log's URL field writes it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { pw: [['guest', `${S}/piezak/stock/?gakoa=${key}&marka=renner`, 'Hornitzailearen erantzuna: 429']] } };
    }),
    3,
    plant('session-id', 'processwire-message-cookie-wire', 'error', WHY.session("The booking form's debug message writes the request's cookies, ProcessWire's session cookie (`wire`) included"), ({ rng }) => {
      const sid = rng.lowerNum(26);
      return { value: sid, event: { pw: [['guest', `${S}/hitzordua/`, `debug cookies: wire=${sid}; wires_challenge=0`]] } };
    }),
    3,
    plant('webhook', 'processwire-message-activepieces-webhook', 'error', WHY.webhook("An Activepieces catch webhook (`cloud.activepieces.com/api/v1/webhooks/<id>`) the site posts new repair requests to; the message writes the URL when the post fails"), ({ rng }) => {
      const id = rng.alnum(21);
      return { value: id, event: { pw: [['guest', `${S}/konponketak/eskaera/`, `Webhook errorea: https://cloud.activepieces.com/api/v1/webhooks/${id} → 504`]] } };
    }),
    3,
    plant('header-dump', 'processwire-message-authorization-basic', 'error', "The invoicing module logs the headers it sent to the accounting service, `Authorization: Basic <base64>` (the workshop's login) included.", ({ rng }) => {
      const b = b64Of(`soinua-tailerra:${rng.alnum(18)}`);
      return { value: b, event: { pw: [['mikel', `${S}/processwire/fakturak/`, `Bidalitako goiburuak (sent headers): Authorization: Basic ${b} | Accept: application/json`]] } };
    }),
    3,
    plant('oauth-code', 'processwire-message-calendar-callback-quoted', 'warning', `${WHY.code} The calendar module's error quotes the whole callback URL it got from the calendar provider.`, ({ rng }) => {
      const code = `M.C5${rng.int(10, 99)}_BAY.2.U.${rng.uuid()}`;
      return { value: code, event: { pw: [['mikel', `${S}/processwire/setup/egutegia/`, `Egutegia ezin konektatu (calendar connect failed): ${S}/processwire/setup/egutegia/callback/?code=${code}&state=${rng.hex(16)}`]] } };
    }),
    3,
    plant('refresh-token', 'processwire-message-calendar-token-json', 'error', `${WHY.refresh} The calendar module logs the token endpoint's JSON answer.`, ({ rng }) => {
      const rt = `M.C5${rng.int(10, 99)}_BAY.0.U.-${rng.b64url(120)}`;
      return { value: rt, event: { pw: [['mikel', `${S}/processwire/setup/egutegia/`, `token: {"token_type":"Bearer","expires_in":3600,"access_token":"EwB${rng.b64url(60)}","refresh_token":"${rt}"}`]] } };
    }),
    3,
    plant('implicit-fragment', 'processwire-message-js-error-report-href', 'error', "The site's JavaScript error reporter posts `location.href`, fragment included (`#access_token=…`), and the module writes it in the message.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { pw: [['guest', `${S}/js-errorea/`, `JS errorea: TypeError: e is undefined href=${S}/kontua/#access_token=${at}&expires_in=3600`]] } };
    }),
    3,
    plant('negative', 'processwire-cache-buster', 'none', "A cache buster (`nc=<digits>`) ProcessWire adds to an admin URL: no credential.", ({ rng }) => {
      const nc = digits(rng, 10);
      return { value: `nc=${nc}`, event: { pw: [['mikel', `${S}/processwire/page/?nc=${nc}`, 'Orria gordeta (page saved)']] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'pw' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jicofo.log: /var/log/jitsi/jicofo.log of the funeral home's Jitsi Meet (Jicofo 1.0, java.util.logging with Jitsi's
// formatter; local time, CEST, no zone): `Jicofo <yyyy-MM-dd HH:mm:ss.SSS> <LEVEL>: [<thread>] [<context>]
// <Class>.<method>#<line>: <message>`; conference requests with their properties, Jibri IQs as XML.
// https://github.com/jitsi/jicofo (from memory, not fetched).

function jicofoLog(rng) {
  const render = (e) => e.jc.map(([lvl, ctx, where, msg]) => `Jicofo ${ymdHmsAt(e.t, CEST)}.${msPart(e.t)} ${lvl}: [${rng.int(20, 90)}]${ctx ? ` [${ctx}]` : ''} ${where}: ${msg}`);
  const ROOM = `hileta-${rng.pick(['arrieta', 'etxeberria', 'goikoetxea'])}@conference.agurra.${IT}`;
  const mid = rng.uuid();
  const ctx = `room=${ROOM} meeting_id=${mid}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ jc: [['INFO', ctx, 'ChatRoomImpl.processOtherPresence#530', `Member ${rng.hex(8)} joined (region=eu-south, stats-id=${rng.pick(['Itziar', 'Jon', 'Maite', 'Unai'])}-${rng.hex(4)})`]] }),
      () => ({ jc: [['INFO', ctx, 'ColibriV2SessionManager.allocate#226', `Allocating for ${rng.hex(8)}, visitor=${rng.pick(['false', 'true'])}`]] }),
      () => ({ jc: [['INFO', '', 'BridgeSelector.selectBridge#104', `Selected jvbbrewery@internal.auth.agurra.${IT}/jvb-1 (stress=0.0${rng.int(1, 9)})`]] }),
      () => ({ jc: [['INFO', ctx, 'ChatRoomImpl.processOtherPresence#551', `Member ${rng.hex(8)} left`]] }),
    ])();
  const steps = [
    { raw: { jc: [['INFO', '', 'JicofoServices.<init>#97', 'Starting Jicofo services'], ['INFO', '', 'XmppProvider.doConnect#212', `Connected to focus@auth.agurra.${IT}`]] }, after: 0 },
    plant('negative', 'jicofo-meeting-id', 'none', "Jicofo's `meeting_id` (a uuid) of a conference: an identifier, no credential.", () => ({ value: mid, needle: `Created new conference with meeting_id=${mid}`, event: { jc: [['INFO', '', 'FocusManager.conferenceRequest#121', `Created new conference with meeting_id=${mid}, roomJid=${ROOM}`]] } })),
    2,
    plant('replay', 'jicofo-conference-request-properties-sarrera-txartela-once', 'note', WHY.ticketFirst('A single-use entry ticket for the ceremony\'s online room (`sarrera_txartela`, "entry ticket") the family sends to a relative; the conference request\'s properties carry it and Jicofo logs them. The ticket is'), ({ rng }) => {
      const tk = rng.b64url(24);
      return { value: tk, event: { jc: [['INFO', '', 'ConferenceIqHandler.handleConferenceIq#80', `Conference request for room ${ROOM}, from ${rng.hex(8)}@agurra.${IT}/${rng.hex(6)}, properties={startAudioMuted=5, sarrera_txartela=${tk}, rtcstatsEnabled=false}`]] } };
    }),
    3,
    plant('framework-dump', 'jicofo-muc-config-form-roomsecret', 'error', "Jicofo logs the room configuration form it submits, the room's password (`muc#roomconfig_roomsecret`) in the XML: the family's password for the ceremony room.", ({ rng }) => {
      const pw = rng.alnum(12);
      return { value: pw, event: { jc: [['INFO', ctx, 'ChatRoomImpl.setPassword#412', `Submitting room config: <x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field><field var='muc#roomconfig_passwordprotectedroom'><value>1</value></field><field var='muc#roomconfig_roomsecret'><value>${pw}</value></field></x>`]] } };
    }),
    3,
    plant('api-key-name', 'jicofo-jibri-iq-streamid-youtube-key', 'error', "The ceremony is live-streamed through Jibri; the Jibri IQ Jicofo sends and logs carries the YouTube stream key as `streamid`, and the session's start line writes it again: whoever has the key streams to the funeral home's channel.", ({ rng }) => {
      const key = `${rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 4)}-${rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 4)}-${rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 4)}-${rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 4)}-${rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 4)}`;
      const sid = rng.chars('abcdefghijklmnopqrstuvwxyz', 16);
      return { value: key, event: { jc: [['INFO', ctx, 'JibriSession.sendJibriStartIq#370', `Starting Jibri jibri-1 for stream ID: ${key} in room: ${ROOM}`], ['INFO', ctx, 'JibriSession.sendJibriStartIq#386', `<iq xmlns='jabber:client' to='jibribrewery@internal.auth.agurra.${IT}/jibri-1' type='set'><jibri xmlns='http://jitsi.org/protocol/jibri' action='start' recording_mode='stream' streamid='${key}' session_id='${sid}'/></iq>`]] } };
    }),
    3,
    plant('negative', 'jicofo-jibri-session-id', 'none', "A Jibri session id (16 letters) in a status line: an identifier, no credential.", ({ rng }) => {
      const sid = rng.chars('abcdefghijklmnopqrstuvwxyz', 16);
      return { value: sid, event: { jc: [['INFO', ctx, 'JibriSession.processJibriIqFromJibri#512', `Updating status from JIBRI: <jibri xmlns='http://jitsi.org/protocol/jibri' status='on' session_id='${sid}'/> for ${ROOM}`]] } };
    }),
    3,
    plant('encoded', 'jicofo-jibri-iq-app-data-html-escaped-json-gakoa', 'error', "A recording's `app_data` is JSON inside an XML attribute, so Jicofo's log writes it with `&quot;`: the upload service's API key (`gakoa`) inside.", ({ rng }) => {
      const key = rng.alnum(32);
      const sid = rng.chars('abcdefghijklmnopqrstuvwxyz', 16);
      return { value: key, event: { jc: [['INFO', ctx, 'JibriSession.sendJibriStartIq#386', `<iq xmlns='jabber:client' to='jibribrewery@internal.auth.agurra.${IT}/jibri-1' type='set'><jibri xmlns='http://jitsi.org/protocol/jibri' action='start' recording_mode='file' app_data='{&quot;file_recording_metadata&quot;:{&quot;share&quot;:true,&quot;igoera&quot;:{&quot;zerbitzua&quot;:&quot;artxiboa&quot;,&quot;gakoa&quot;:&quot;${key}&quot;}}}' session_id='${sid}'/></iq>`]] } };
    }),
    3,
    plant('path-secret', 'jicofo-jibri-iq-app-data-upload-link', 'error', "Another recording's `app_data` names the family's upload link (`/doluminak/igo/<token>/`, \"condolences, upload\"): the link lets anyone add to or read the ceremony's recording folder until it expires.", ({ rng }) => {
      const tok = rng.b64url(30);
      const sid = rng.chars('abcdefghijklmnopqrstuvwxyz', 16);
      return { value: tok, event: { jc: [['INFO', ctx, 'JibriSession.sendJibriStartIq#386', `<iq xmlns='jabber:client' to='jibribrewery@internal.auth.agurra.${IT}/jibri-1' type='set'><jibri xmlns='http://jitsi.org/protocol/jibri' action='start' recording_mode='file' app_data='{&quot;file_recording_metadata&quot;:{&quot;upload_url&quot;:&quot;https://agurra.${IT}/doluminak/igo/${tok}/&quot;}}' session_id='${sid}'/></iq>`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'jicofo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// selenium-standalone.log: `java -jar selenium-server-4.25.0.jar standalone --log-level FINE` on the driving school's
// booking robot host (time of day only, CEST): `HH:mm:ss.SSS <LEVEL> [<Class>.<method>] - <message>`; at FINE the
// commands a session receives with their JSON bodies. https://www.selenium.dev/documentation/grid/configuration/cli_options/
// (from memory, not fetched).

function seleniumLog(rng) {
  const render = (e) => e.se.map(([lvl, where, msg]) => `${local(e.t, CEST).slice(11, 23)} ${lvl} [${where}] - ${msg}`);
  let sess = rng.hex(32);
  const cmd = (path, body) => ['FINE', 'LocalNode.executeWebDriverCommand', `POST /session/${sess}/${path} ${body}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ se: [cmd('element', `{"using":"css selector","value":"#${rng.pick(['data', 'ordua', 'bidali', 'ikaslea'])}"}`)] }),
      () => ({ se: [['FINE', 'LocalNode.executeWebDriverCommand', `GET /session/${sess}/url`]] }),
      () => ({ se: [cmd(`element/${rng.hex(8)}-${rng.hex(4)}/click`, '{}')] }),
      () => ({ se: [['INFO', 'LocalDistributor.newSession', `Session request received by the Distributor: [Capabilities {browserName: chrome, goog:chromeOptions: {args: [--headless=new]}}]`]] }),
    ])();
  const steps = [
    { raw: { se: [['INFO', 'LoggingOptions.configureLogEncoding', 'Using the system default encoding'], ['INFO', 'OpenTelemetryTracer.createTracer', 'Using OpenTelemetry for tracing'], ['INFO', 'NodeOptions.getSessionFactories', 'Detected 4 available processors'], ['INFO', 'Standalone.execute', 'Started Selenium Standalone 4.25.0 (revision 8a8aea2337): http://10.60.1.8:4444']] }, after: 0 },
    plant('negative', 'selenium-webdriver-session-id', 'none', "A WebDriver session id (32 hex digits) written when the node creates a session: an identifier of one browser session, no credential.", () => ({ value: sess, needle: `Id: ${sess}`, event: { se: [['INFO', 'LocalNode.newSession', `Session created by the Node. Id: ${sess}, Caps: Capabilities {acceptInsecureCerts: false, browserName: chrome, browserVersion: 129.0.6668.70, platformName: linux}`]] } })),
    2,
    plant('oauth-code', 'selenium-fine-navigate-url-body-callback-code', 'warning', `${WHY.code} The robot signs in to the driving school portal and follows the redirect itself; at FINE the node writes the navigate command's body with the callback URL.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { se: [cmd('url', `{"url":"https://ataria.${IT}/autoeskola/saioa/callback?code=${code}&state=${rng.b64url(22)}"}`)] } };
    }),
    2,
    plant('implicit-fragment', 'selenium-fine-navigate-url-body-fragment', 'error', "A navigate command's body holds the exam-booking portal's implicit-flow address, fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { se: [cmd('url', `{"url":"https://azterketak.${IT}/erreserba/#access_token=${at}&token_type=Bearer&expires_in=1800"}`)] } };
    }),
    2,
    plant('session-id', 'selenium-fine-add-cookie-saioa', 'error', WHY.session("The robot restores the portal session with `addCookie`; the command's body writes the cookie (`saioa`, \"session\")"), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { se: [cmd('cookie', `{"cookie":{"name":"saioa","value":"${sid}","path":"/","domain":"ataria.${IT}","secure":true,"httpOnly":true}}`)] } };
    }),
    2,
    plant('refresh-token', 'selenium-fine-execute-sync-local-storage-refresh-token', 'error', `${WHY.refresh} The robot seeds the portal's local storage with \`execute/sync\`, and the command's script writes the refresh token.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { se: [cmd('execute/sync', `{"script":"localStorage.setItem('refresh_token', '${rt}'); return true;","args":[]}`)] } };
    }),
    2,
    plant('negative', 'selenium-node-id', 'none', "The Grid node's id (a uuid) in its registration line: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { se: [['INFO', 'LocalDistributor.add', `Added node ${id} at http://10.60.1.8:4444. Health check every 120s`]] } };
    }),
    2,
    plant('path-secret', 'selenium-fine-navigate-magic-link', 'error', "The robot opens the sign-in link the portal mailed to the school (`/sarrera/esteka/<token>`, \"entry link\"); the navigate command's body writes it: the link signs in until it is used.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { se: [cmd('url', `{"url":"https://ataria.${IT}/sarrera/esteka/${tok}"}`)] } };
    }),
    2,
    plant('api-key-name', 'selenium-fine-navigate-url-api-gakoa', 'error', `${WHY.apiKey('api_gakoa')} The robot reads the exam centre's free slots through a URL with the key in the query.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { se: [cmd('url', `{"url":"https://azterketak.${IT}/api/hutsuneak?zentroa=donostia&api_gakoa=${key}"}`)] } };
    }),
    2,
    plant('header-dump', 'selenium-fine-cdp-set-extra-headers-authorization', 'error', "The robot sets extra headers through the Chrome DevTools command (`Network.setExtraHTTPHeaders`), and the command's body writes `Authorization: Basic <base64>`: the school's login at the exam centre's portal.", ({ rng }) => {
      const b = b64Of(`bidegurutze-autoeskola:${rng.alnum(18)}`);
      return { value: b, event: { se: [cmd('goog/cdp/execute', `{"cmd":"Network.setExtraHTTPHeaders","params":{"headers":{"Authorization":"Basic ${b}","Accept-Language":"eu-ES"}}}`)] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'selenium' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout65');
writePart(join(here, 'heldout65'), {
  'server.log': unifiServerLog(rng),
  'fail2ban.log': fail2banLog(rng),
  'snapserver.log': snapserverLog(rng),
  'companion.log': companionLog(rng),
  'platformio-device-monitor-270921-201502.log': pioMonitorLog(rng),
  'error.log': openCartLog(rng),
  'bot.log': telegramBotLog(rng),
  'hubitat-past-logs.txt': hubitatLog(rng),
  'borgmatic.log': borgmaticLog(rng),
  'restic-backup.log': resticLog(rng),
  'subsurface-itsaspe.log': subsurfaceLog(rng),
  'konponketa.txt': processWireLog(rng),
  'jicofo.log': jicofoLog(rng),
  'selenium-standalone.log': seleniumLog(rng),
});
