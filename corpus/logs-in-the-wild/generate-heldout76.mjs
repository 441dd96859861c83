// Writes corpus/logs-in-the-wild/heldout76/: a seventy-sixth held-out part, in formats no other part uses (Ableton Live
// 12's Log.txt, jbruce12000's kiln-controller with gevent's access lines, `docker logs` of Garage 1.0 (S3 API and web
// endpoint), WAHA (WhatsApp HTTP API) pino JSON under `docker logs`, timvisee's Send with mozlog JSON, Artisan 3's
// roaster log, changedetection.io under `docker logs`, Gancio under `docker logs`, Specify 7 with gunicorn under `docker
// logs`, Mobilizon under `docker logs -t`, TransitClock's core log, ONLYOFFICE Docs' docservice out.log, Dendrite's
// logrus text, SeaweedFS' filer under `docker logs -t`), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout76.mjs     rewrites heldout76/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Harbourlight, a Halifax (Nova Scotia) group with a recording studio, a pottery studio and a
// laundromat-café (English, five logs); ʻOhana Pualani, a Kailua-Kona family group with a coffee farm and roastery, a
// surf school and a botanical garden (Hawaiian messages where the app shows them, route, parameter, header, key and
// property names in Hawaiian written in ASCII, English code names, five logs); Akanyoni, a Gitega group with a tea estate,
// bus depots, laundromats and a pottery cooperative (Kirundi messages where the app shows them, names in Kirundi, four
// logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 19, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Halifax in October (ADT, UTC-3), Kailua-Kona (HST, UTC-10), Gitega (CAT, UTC+2). */
const ADT = -180;
const HST = -600;
const CAT = 120;
/** A private address. */
const lan = (rng, prefix = '10.44') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** RFC 3339 UTC with nanoseconds, as `docker logs -t` prefixes lines. */
const dockerTs = (rng, t) => `${iso(t).slice(0, 23)}${digits(rng, 6)}Z`;

// =====================================================================================================================
// Harbourlight (English; Halifax: ADT, UTC-3)
// =====================================================================================================================

const HL = 'harbourlight.example';

// ---------------------------------------------------------------------------------------------------------------------
// Log.txt: Ableton Live 12.1's Log.txt (`~/Library/Preferences/Ableton/Live 12.1.5/Log.txt`) on the control-room Mac:
// `<local ISO time with microseconds, no zone>: <level>: <message>`, the start-up banner, plug-in scanning, the links Live
// hands to the browser or receives through its URL scheme. From memory (not fetched).

function abletonLog(rng) {
  const stamp = (t) => `${local(t, ADT).slice(0, 23)}${digits(rng, 3)}`;
  const render = (e) => e.ab.map(([lvl, msg]) => `${stamp(e.t)}: ${lvl}: ${msg}`);
  const header = [
    '2027-10-19T09:58:02.101223: info: Started: Live 12.1.5 (Build: 2027-09-30_8e1c3a2f01) (Release) (x86_64 on arm64)',
    '2027-10-19T09:58:02.101301: info: Mac OS X Version: 15.6',
    '2027-10-19T09:58:02.101377: info: Default Audio Output Device: "Apollo x8p"',
    '2027-10-19T09:58:02.998412: info: Authorization: Live is authorized (Suite).',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ ab: [['info', `Audio: Buffer size ${rng.pick([64, 128, 256])}, sample rate 48000, input latency ${(rng.int(20, 90) / 10).toFixed(1)} ms`]] }),
      () => ({ ab: [['info', `Plug-In: VST3: Scanned "${rng.pick(['Pro-Q 4', 'Neutron 5', 'UAD Pultec EQP-1A', 'Soothe2', 'Valhalla VintageVerb'])}.vst3" (${rng.int(3, 900)} ms)`]] }),
      () => ({ ab: [['info', `Document: Loaded "${rng.pick(['Tidal Drift', 'North End Session', 'Basin Rd demo', 'Ferry Horn v3'])}.als" (${rng.int(20, 140)} tracks)`]] }),
      () => ({ ab: [['info', `Link: ${rng.int(1, 4)} peer(s) connected, tempo ${rng.int(80, 140)}.00`]] }),
      () => ({ ab: [['warning', `Audio: Dropout detected (CPU ${rng.int(70, 99)}%)`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'ableton-crash-report-id', 'none', "The id of a crash report Live offers to send after a restart (a UUID): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid().toUpperCase();
      return { value: id, event: { ab: [['info', `CrashRecovery: Found crash report ${id}, asking the user whether to send it`]] } };
    }),
    4,
    plant('api-key-name', 'ableton-vst3-scan-license-key-url', 'error', `${WHY.apiKey('license_key')} The studio's own cue-sender plug-in checks its licence at scan time with the key in the query, and Live's scan warning quotes the plug-in's message with the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ab: [['warning', `Plug-In: VST3: "Harbourlight Cue Sender.vst3" reported: licence check failed for https://cue.${HL}/v1/ping?license_key=${key}&seat=control-a (HTTP 503)`]] } };
    }),
    4,
    plant('oauth-code', 'ableton-url-scheme-authorize-code', 'warning', `${WHY.code} Live received the sign-in redirect through its URL scheme and logs the link it handled (\`…/authorize/callback?code=…&state=…\`).`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { ab: [['info', `App: Handling URL scheme request ableton-live://authorize/callback?code=${code}&state=${rng.hex(24)}`]] } };
    }),
    4,
    plant('session-id', 'ableton-open-url-booking-jsessionid', 'error', WHY.session("A Help View lesson link copied from the booking system carries `;jsessionid=`; Live logs the URL it hands to the browser"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { ab: [['info', `Browser: Opening URL https://booking.${HL}/studio/calendar.jsp;jsessionid=${sid}?room=A`]] } };
    }),
    4,
    plant('negative', 'ableton-pack-download-sha1', 'none', "A Pack download verified by its SHA-1: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { ab: [['info', `Packs: Installed "Drum Booth.alp" (sha1 ${h})`]] } };
    }),
    4,
    plant('implicit-fragment', 'ableton-url-scheme-fragment-access-token', 'error', "The studio's sample-library sign-in returns to Live's URL scheme with the implicit grant's fragment, and Live logs the link it handled (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(46);
      return { value: at, event: { ab: [['info', `App: Handling URL scheme request ableton-live://library/auth#access_token=${at}&token_type=bearer&expires_in=7200`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'control-a' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// kiln-controller.log: jbruce12000's kiln-controller on the pottery studio's Raspberry Pi, stdout saved by systemd's
// `StandardOutput=append:` (local time, ADT, no zone): Python logging's `%(asctime)s %(levelname)s %(name)s: %(message)s`
// beside gevent's WSGIServer access lines (`<addr> - - [yyyy-mm-dd HH:MM:SS] "<request>" <status> <len> <secs>`).
// From memory (not fetched).

function kilnLog(rng) {
  const render = (e) => e.kl.map((x) => (typeof x === 'string' ? x : `${ymdHmsAt(e.t, ADT)},${msPart(e.t)} ${x[0]} ${x[1]}: ${x[2]}`));
  const acc = (t, ip, req, status, len) => `${ip} - - [${ymdHmsAt(t, ADT)}] "${req} HTTP/1.1" ${status} ${len} ${(rng.int(1, 900) / 10000).toFixed(6)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ kl: [['INFO', 'oven', `temp=${(rng.int(2000, 12600) / 10).toFixed(2)}, target=${(rng.int(2000, 12600) / 10).toFixed(2)}, error=${(rng.int(-90, 90) / 10).toFixed(2)}, pid=${(rng.int(0, 1000) / 10).toFixed(2)}, p=${(rng.int(0, 1000) / 10).toFixed(2)}, i=${(rng.int(0, 300) / 10).toFixed(2)}, d=${(rng.int(-50, 50) / 10).toFixed(2)}, heat_on=${(rng.int(0, 20) / 10).toFixed(2)}, heat_off=${(rng.int(0, 20) / 10).toFixed(2)}, run_time=${rng.int(60, 30000)}, total_time=36000, time_left=${rng.int(60, 30000)}`]] }),
      () => ({ kl: [acc(t, lan(rng), 'GET /api/stats', 200, rng.int(200, 400))] }),
      () => ({ kl: [['INFO', 'kiln-controller', `websocket (status) opened`]] }),
      () => ({ kl: [acc(t, lan(rng), `GET /picoreflow/${rng.pick(['index.html', 'assets/js/picoreflow.js', 'assets/css/picoreflow.css'])}`, 200, rng.int(1000, 40000))] }),
    ])();
  const steps = [
    5,
    plant('negative', 'kiln-schedule-sha256', 'none', "The SHA-256 of a firing schedule file, logged when the profile is stored: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { kl: [['INFO', 'kiln-controller', `profile "cone6-glaze-slow-cool" saved (sha256=${h})`]] } };
    }),
    5,
    plant('api-key-name', 'kiln-booking-sync-firing-key', 'error', `${WHY.apiKey('firing_key')} The studio's patch posts each firing to the members' booking API with the key in the query; its warning writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { kl: [['WARNING', 'booking_sync', `could not post firing to https://members.${HL}/api/firings?kiln=skutt-1027&firing_key=${key}: HTTPSConnectionPool(host='members.${HL}', port=443): Max retries exceeded`]] } };
    }),
    5,
    plant('replay', 'kiln-control-websocket-ticket-once', 'note', WHY.ticketFirst("A single-use `ticket` the members' app gets to open the kiln's control socket (`/control?ticket=…`); gevent's access line writes the upgrade. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(26);
      firstUse.kiln = t;
      return { value: tk, event: { kl: [acc(t, '10.44.2.31', `GET /control?ticket=${tk}`, 101, '-'), ['INFO', 'kiln-controller', 'websocket (control) opened']] } };
    }, { ref: 'kiln' }),
    4,
    plant('replay', 'kiln-control-websocket-ticket-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('kiln').value, why: `${WHY.replay('ticket', gap('kiln', t))} Another device on the studio Wi-Fi opened the control socket with the same ticket and got 101: the socket handler never spends it.` }], event: { kl: [acc(t, '10.44.6.118', `GET /control?ticket=${refs.get('kiln').value}`, 101, '-'), ['INFO', 'kiln-controller', 'websocket (control) opened']] } }), { replayOf: 'kiln', after: 95 }),
    5,
    plant('webhook', 'kiln-pushsafer-k-private-key', 'error', WHY.webhook("A Pushsafer push URL (`pushsafer.com/api?k=<private key>&t=…&m=…`) the firing-done notifier calls; its error writes the URL, private key included"), ({ rng }) => {
      const k = rng.alnum(20);
      return { value: k, event: { kl: [['ERROR', 'notifier', `push failed: 400 Client Error: Bad Request for url: https://www.pushsafer.com/api?k=${k}&t=Kiln+1&m=Firing+complete+at+1222C&d=a`]] } };
    }),
    5,
    plant('encoded', 'kiln-profile-import-state-base64url-json', 'error', "A schedule imported from the members' app arrives with a `state` blob, base64url JSON holding the app's `members_token`; the import warning writes the blob raw.", ({ rng }) => {
      const b = b64urlOf(JSON.stringify({ member: `m-${digits(rng, 5)}`, members_token: rng.alnum(40), kiln: 'skutt-1027' }));
      return { value: b, event: { kl: [['WARNING', 'kiln-controller', `profile import: unknown field "state"=${b}, ignoring`]] } };
    }),
    5,
    plant('negative', 'kiln-firing-run-uuid', 'none', "The firing run's id (a UUID) the controller logs when a run starts: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { kl: [['INFO', 'oven', `Running schedule cone6-glaze-slow-cool, run id ${id}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'kiln-pi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// garage.log: `docker logs` of Garage 1.0 (the studio's object store: stems for clients and the static client portal
// on Garage's web endpoint) with `RUST_LOG=garage=info,garage_web=debug`: tracing-subscriber's full format
// `<RFC 3339 UTC, microseconds>Z  <LEVEL> <target>: <message>`, the API and web servers' `<addr> (via <forwarded>)
// <METHOD> <uri>` lines and a web request's `Debug` dump at debug. From memory (not fetched).

function garageLog(rng) {
  const ts = (t) => `${iso(t).slice(0, 23)}${digits(rng, 3)}Z`;
  const render = (e) => e.ga.map(([lvl, tgt, msg]) => `${ts(e.t)} ${lvl.padStart(5)} ${tgt}: ${msg}`);
  const WEB = 'garage_web::web_server';
  const API = 'garage_api::generic_server';
  const via = (rng) => `${publicIp(rng)} (via [::ffff:10.44.9.2]:${rng.int(30000, 60000)})`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ga: [['INFO', API, `${lan(rng)}:${rng.int(30000, 60000)} GET /stems/${rng.pick(['north-end', 'tidal-drift', 'ferry-horn'])}/${rng.pick(['bass', 'drums', 'keys', 'vox'])}-${rng.int(1, 9)}.wav`]] }),
      () => ({ ga: [['INFO', WEB, `${via(rng)} GET /${rng.pick(['index.html', 'assets/app.js', 'assets/app.css', 'favicon.ico'])}`]] }),
      () => ({ ga: [['INFO', 'garage_block::resync', `Resync queue length: ${rng.int(0, 40)}`]] }),
      () => ({ ga: [['INFO', 'garage_table::gc', `(object) GC: ${rng.int(0, 30)} items successfully pushed`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'garage-api-debug-sigv4-authorization', 'none', "A SigV4 `authorization` header in the API's request dump (`AWS4-HMAC-SHA256 Credential=…, Signature=…`): one request's signature over its own content, not a reusable credential.", ({ rng, t }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { ga: [['DEBUG', API, `Request { method: PUT, uri: /stems/north-end/vox-2.wav, version: HTTP/1.1, headers: {"host": "s3.${HL}", "x-amz-date": "20271019T${iso(t).slice(11, 19).replace(/:/g, '')}Z", "authorization": "AWS4-HMAC-SHA256 Credential=GK${rng.hex(24)}/20271019/garage/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${sig}"}, body: Body(Streaming) }`]] } };
    }),
    5,
    plant('oauth-code', 'garage-web-portal-callback-code', 'warning', `${WHY.code} The client portal is a static single-page app on Garage's web endpoint, so the provider's redirect to \`/callback?code=…&state=…\` is a web request Garage logs.`, ({ rng }) => {
      const code = rng.b64url(38);
      return { value: code, event: { ga: [['INFO', WEB, `${via(rng)} GET /callback?code=${code}&state=${rng.b64url(22)}`]] } };
    }),
    5,
    plant('path-secret', 'garage-web-portal-invite-path', 'error', WHY.pathSecret("A client invitation to the portal (`/invite/<token>`), served by Garage's web endpoint as the SPA's fallback page"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ga: [['INFO', WEB, `${via(rng)} GET /invite/${tok}`]] } };
    }),
    5,
    plant('embed-jwt', 'garage-web-player-embed-jwt-1h-jti', 'error', "A mix player embedded on a client's page (`/player/embed/<JWT>`), at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1500), jti: true, claims: { iss: `https://portal.${HL}`, mix: 'tidal-drift-v7', client: `c-${digits(rng, 4)}` } });
      return { value: token, jwt: facts, event: { ga: [['INFO', WEB, `${via(rng)} GET /player/embed/${token}`]] } };
    }),
    5,
    plant('header-dump', 'garage-web-debug-request-authorization-bearer-jwt', 'error', "Garage's web server dumps the request at debug; the portal's script sends its API token to every origin, Garage's included (`\"authorization\": \"Bearer <JWT>\"`), at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(20, 400), claims: { iss: `https://portal.${HL}`, sub: `c-${digits(rng, 4)}`, scope: 'mixes:read comments:write' } });
      return { value: token, jwt: facts, event: { ga: [['DEBUG', WEB, `Request { method: GET, uri: /assets/waveform.json, version: HTTP/2.0, headers: {"host": "portal.${HL}", "accept": "application/json", "authorization": "Bearer ${token}"}, body: Body(Empty) }`]] } };
    }),
    5,
    plant('api-key-name', 'garage-web-portal-key-query', 'error', `${WHY.apiKey('portal_key')} An old share button appends the portal's API key to the page address; Garage's web endpoint logs the request.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ga: [['INFO', WEB, `${via(rng)} GET /mixes/index.html?portal_key=${key}&mix=ferry-horn-v3`]] } };
    }),
    5,
    plant('negative', 'garage-api-multipart-upload-id', 'none', "A multipart upload's `uploadId` (hex) in an S3 request: an identifier of the upload, no credential.", ({ rng }) => {
      const id = rng.hex(64);
      return { value: id, event: { ga: [['INFO', API, `${lan(rng)}:${rng.int(30000, 60000)} PUT /stems/basin-rd/master.wav?partNumber=3&uploadId=${id}`]] } };
    }),
    5,
    plant('id-token', 'garage-web-portal-logout-id-token-hint', 'error', "The portal's sign-out page is reached with `id_token_hint` in the query, a static page Garage's web endpoint logs; the ID token, 2 h, is still live at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 7200, age: rng.int(300, 3000), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://id.${HL}`, aud: 'client-portal', sub: rng.uuid(), email: 'mira.l@example.net' } });
      return { value: token, jwt: facts, event: { ga: [['INFO', WEB, `${via(rng)} GET /signed-out.html?id_token_hint=${token}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'garage' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// waha.log: `docker logs` of WAHA (WhatsApp HTTP API, NOWEB engine) for the laundromat-café's "your wash is done"
// messages: NestJS with nestjs-pino, one JSON object a line (`level`, `time` as epoch milliseconds (UTC), `pid`,
// `hostname`, `context`, `msg`), pino-http's `request completed` with `req.headers`, the session's incoming messages and
// its webhook calls at debug. From memory (not fetched).

function wahaLog(rng) {
  const render = (e) => e.wa.map((o) => JSON.stringify({ level: o.level ?? 30, time: e.t, pid: 1, hostname: 'waha-7d4f9c', ...o }));
  const req = (rng, method, url, headers, status) => ({ req: { id: rng.int(100, 99999), method, url, query: {}, params: {}, headers: { host: 'waha:3000', 'user-agent': 'laundry-bot/2.3 (node)', ...headers }, remoteAddress: '::ffff:10.44.7.3', remotePort: rng.int(30000, 60000) }, res: { statusCode: status }, responseTime: rng.int(3, 900), msg: 'request completed' });
  const filler = (rng) =>
    rng.pick([
      () => ({ wa: [{ context: 'WhatsappSessionNoWebCore', session: 'suds', msg: `Sending text message to ${digits(rng, 11)}@c.us` }] }),
      () => ({ wa: [{ context: 'WhatsappSessionNoWebCore', session: 'suds', msg: 'Session status: WORKING' }] }),
      () => ({ wa: [{ level: 20, context: 'WebhookConductor', session: 'suds', msg: `Webhook sent event 'message.ack' to http://laundry-bot:8080/hooks/waha, status ${rng.pick([200, 200, 204])}` }] }),
      () => ({ wa: [{ context: 'WhatsappSessionNoWebCore', session: 'suds', msg: `Washer ${rng.int(1, 12)} done, notified ${rng.int(1, 2)} customer(s)` }] }),
    ])();
  const steps = [
    5,
    plant('negative', 'waha-message-id', 'none', "A WhatsApp message id (`true_<number>@c.us_<hex>`) WAHA returns for a sent message: an identifier, no credential.", ({ rng }) => {
      const id = `true_1902${digits(rng, 7)}@c.us_3EB0${rng.hex(16).toUpperCase()}`;
      return { value: id, event: { wa: [{ context: 'WhatsappSessionNoWebCore', session: 'suds', msg: `Message sent: ${id}` }] } };
    }),
    5,
    plant('api-key-name', 'waha-pino-http-x-api-key-header', 'error', `${WHY.apiKey('x-api-key')} WAHA's own API key (\`WAHA_API_KEY\`) travels in the \`x-api-key\` header, and pino-http's \`request completed\` writes the request headers unredacted.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { wa: [req(rng, 'POST', '/api/sendText', { 'content-type': 'application/json', 'x-api-key': key }, 201)] } };
    }),
    5,
    plant('path-secret', 'waha-outgoing-message-pickup-link', 'error', WHY.pathSecret("The \"your wash is done\" message carries the customer's pickup link (`/pickup/<token>`), which opens the locker; WAHA logs the text it sends at debug"), ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { wa: [{ level: 20, context: 'WhatsappSessionNoWebCore', session: 'suds', msg: `sendText payload: {"chatId":"1902${digits(rng, 7)}@c.us","text":"Your wash is done! Locker 7 opens with https://suds.${HL}/pickup/${tok}"}` }] } };
    }),
    5,
    plant('session-id', 'waha-pino-http-cookie-connect-sid', 'error', WHY.session("The dashboard's Express session cookie (`connect.sid`) in pino-http's request headers"), ({ rng }) => {
      const sid = `s%3A${rng.b64url(32)}.${rng.b64url(43)}`;
      return { value: sid, event: { wa: [req(rng, 'GET', '/api/sessions?all=true', { cookie: `connect.sid=${sid}`, accept: 'application/json' }, 200)] } };
    }),
    5,
    plant('webhook', 'waha-webhook-apps-script-exec-url', 'error', WHY.webhook("A Google Apps Script web app (`script.google.com/macros/s/<deployment id>/exec`) the laundromat uses as its refunds sheet's webhook; WAHA's webhook error writes the URL"), ({ rng }) => {
      const id = `AKfycb${rng.b64url(66)}`;
      return { value: id, event: { wa: [{ level: 50, context: 'WebhookConductor', session: 'suds', msg: `Webhook failed for event 'message' to https://script.google.com/macros/s/${id}/exec: Request failed with status code 500` }] } };
    }),
    5,
    plant('header-dump', 'waha-webhook-debug-headers-basic', 'error', "WAHA logs the headers of its webhook call at debug; the bot's endpoint is protected with basic auth, written as `Authorization: Basic <base64>`.", ({ rng }) => {
      const b = b64Of(`waha:${rng.alnum(20)}`);
      return { value: b, event: { wa: [{ level: 20, context: 'WebhookConductor', session: 'suds', msg: 'Webhook request', headers: { 'Content-Type': 'application/json', Authorization: `Basic ${b}`, 'X-Webhook-Request-Id': rng.hex(26).toUpperCase() } }] } };
    }),
    5,
    plant('implicit-fragment', 'waha-incoming-message-pasted-fragment-url', 'error', "Staff paste the address bar of the loyalty app into the team chat; WAHA logs incoming messages with their body, the implicit grant's fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { wa: [{ context: 'WhatsappSessionNoWebCore', session: 'suds', msg: `Received message from 1902${digits(rng, 7)}@c.us: "loyalty page is blank again?? https://rewards.${HL}/app/#access_token=${at}&expires_in=3600"` }] } };
    }),
    5,
    plant('negative', 'waha-webhook-request-id', 'none', "WAHA's `X-Webhook-Request-Id` (a ULID) on a webhook call: an identifier, no credential.", ({ rng }) => {
      const id = `01J${upperNum(rng, 23)}`;
      return { value: id, event: { wa: [{ level: 20, context: 'WebhookConductor', session: 'suds', msg: `Webhook request ${id} sent event 'session.status'` }] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: 'waha' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// send.log: `docker logs` of timvisee's Send 3 (the studio's mix delivery) with mozlog JSON: `Timestamp` (nanoseconds
// since the epoch, UTC), `Logger`, `Type` (`request.summary`, `send.storage`, `fxa`…), `Severity`, `Pid`,
// `EnvVersion`, `Hostname`, `Fields`. From memory (not fetched).

function sendLog(rng) {
  const render = (e) => e.se.map(([type, sev, fields]) => JSON.stringify({ Timestamp: 0, Logger: 'send', Type: type, Severity: sev, Pid: 19, EnvVersion: '2.0', Hostname: 'send-6b8d', Fields: fields }).replace('"Timestamp":0', `"Timestamp":${BigInt(e.t) * 1000000n + BigInt(rng.int(0, 999999))}`));
  const summary = (rng, path, code, extra = {}) => ['request.summary', 6, { agent: rng.pick(BROWSERS), path, method: 'GET', code, t: rng.int(2, 400), lang: 'en-CA', rid: rng.hex(16), ...extra }];
  const filler = (rng) =>
    rng.pick([
      () => ({ se: [summary(rng, rng.pick(['/', '/app.js', '/__version__', '/config']), 200)] }),
      () => ({ se: [['send.storage', 6, { msg: 'uploaded', size: rng.int(1e6, 9e8), dlimit: rng.pick([1, 5, 20]), ttl: 86400 }]] }),
      () => ({ se: [summary(rng, `/api/download/blob/${rng.hex(10)}`, 200)] }),
    ])();
  const steps = [
    5,
    plant('negative', 'send-www-authenticate-nonce', 'none', "The `WWW-Authenticate: send-v1 <nonce>` challenge Send logs with a 401: a nonce the client must sign with its key, no credential.", ({ rng }) => {
      const n = rng.bytes(18).toString('base64');
      return { value: n, event: { se: [['request.summary', 4, { path: `/api/metadata/${rng.hex(10)}`, method: 'GET', code: 401, t: 3, lang: 'en-CA', rid: rng.hex(16), 'www-authenticate': `send-v1 ${n}` }]] } };
    }),
    5,
    plant('oauth-code', 'send-fxa-oauth-callback-summary-code', 'warning', `${WHY.code} Send signs its users in with a Firefox Accounts-compatible provider; the redirect back (\`/oauth?code=…&state=…\`) is a request whose summary Send logs with the query.`, ({ rng }) => {
      const code = rng.hex(64);
      return { value: code, event: { se: [summary(rng, `/oauth?code=${code}&state=${rng.b64url(22)}&action=signin`, 302)] } };
    }),
    5,
    plant('id-token', 'send-fxa-error-fields-id-token', 'error', "The sign-in handler fails to read the profile and logs the provider's token answer in `Fields`, `id_token` included (1 h, jti), at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 120), alg: 'RS256', kid: rng.hex(10), jti: true, claims: { iss: `https://accounts.${HL}`, aud: rng.hex(16), sub: rng.hex(32) } });
      return { value: token, jwt: facts, event: { se: [['fxa', 3, { msg: 'profile fetch failed', status: 502, tokens: { token_type: 'bearer', id_token: token, scope: 'profile https://identity.mozilla.com/apps/send' } }]] } };
    }),
    5,
    plant('refresh-token', 'send-fxa-error-fields-refresh-token', 'error', `${WHY.refresh} The same handler logs the answer of a later refresh in \`Fields\` when the profile server is down again.`, ({ rng }) => {
      const rt = rng.hex(64);
      return { value: rt, event: { se: [['fxa', 3, { msg: 'token refresh ok, profile fetch failed', status: 503, refresh_token: rt, expires_in: 3600 }]] } };
    }),
    5,
    plant('path-secret', 'send-error-fields-referrer-download-link-key', 'error', WHY.pathSecret("A download link with its key in the fragment (`/download/<id>/#<key>`): the fragment decrypts the mix. The page's error report, which Send logs in `Fields`, carries the whole address"), ({ rng }) => {
      const key = rng.b64url(22);
      return { value: key, event: { se: [['client.error', 3, { msg: 'decrypt failed', href: `https://send.${HL}/download/${rng.hex(10)}/#${key}`, ua: rng.pick(BROWSERS) }]] } };
    }),
    5,
    plant('replay', 'send-one-download-link-first', 'note', WHY.ticketFirst("A share limited to one download (`dlimit: 1`): its id in `/api/download/<id>` works like a single-use ticket, and Send's summary logs the download. The link is"), ({ rng, t }) => {
      const id = rng.hex(10);
      firstUse.dl = t;
      return { value: `/api/download/${id}`, event: { se: [summary(rng, `/api/download/${id}`, 200, { ip: '198.51.100.77', dl: 1, dlimit: 1 })] } };
    }, { ref: 'dl' }),
    4,
    plant('replay', 'send-one-download-link-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('dl').value, why: `${WHY.replay('download id', gap('dl', t))} Another client downloaded the one-download share again and got 200: the download counter was not enforced.` }], event: { se: [summary(rng, refs.get('dl').value, 200, { ip: '203.0.113.205', dl: 2, dlimit: 1 })] } }), { replayOf: 'dl', after: 52 }),
    5,
    plant('negative', 'send-request-rid', 'none', "A request id (`rid`, 16 hex) in a request summary: an identifier, no credential.", ({ rng }) => {
      const rid = rng.hex(16);
      return { value: rid, event: { se: [['request.summary', 6, { path: '/api/info', method: 'GET', code: 404, t: 2, lang: 'en-CA', rid }]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'send' }, filler, render, steps });
}

// =====================================================================================================================
// ʻOhana Pualani (Hawaiian; Kailua-Kona: HST, UTC-10)
// =====================================================================================================================

const PU = 'pualani.example';

// ---------------------------------------------------------------------------------------------------------------------
// artisan.log: Artisan 3.1's log file on the roastery laptop (local time, HST, no zone): Python logging's
// `%(asctime)s - %(name)s - %(levelname)s - %(message)s`, the `artisanlib.*` and `plus.*` loggers, the roaster's
// WebSocket connection and an alarm's "Call Program" output. From memory (not fetched).

function artisanLog(rng) {
  const render = (e) => e.ar.map(([name, lvl, msg]) => `${ymdHmsAt(e.t, HST)},${msPart(e.t)} - ${name} - ${lvl} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ar: [['artisanlib.main', 'INFO', `roast ${rng.pick(['CHARGE', 'DRY END', 'FCs', 'DROP'])} at BT ${(rng.int(1500, 2300) / 10).toFixed(1)}C`]] }),
      () => ({ ar: [['plus.sync', 'INFO', `sync(): ${rng.int(0, 4)} roast(s) pushed`]] }),
      () => ({ ar: [['artisanlib.wsport', 'DEBUG', `ws message: {"id":${rng.int(1, 999)},"data":{"BT":${(rng.int(1500, 2300) / 10).toFixed(1)},"ET":${(rng.int(1800, 2600) / 10).toFixed(1)}}}`]] }),
      () => ({ ar: [['artisanlib.main', 'INFO', `Ua mākaukau ka mīkini hoʻomoʻa kope (roaster ready), batch ${rng.int(100, 999)}`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'artisan-roast-uuid', 'none', "A roast's `roastUUID` (32 hex) Artisan logs when it saves the profile: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { ar: [['artisanlib.main', 'INFO', `fileSave(): saved Kona-Typica-Lot7.alog roastUUID=${id}`]] } };
    }),
    5,
    plant('session-id', 'artisan-wsport-url-kau-session', 'error', WHY.session("The roaster's controller joins the farm dashboard with the dashboard session in its WebSocket URL (`kau`, \"session\"), which Artisan's WebSocket port logs when it connects"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { ar: [['artisanlib.wsport', 'INFO', `connect(): ws://10.77.1.20:8080/pahu?kau=${sid}&mea=mikini-1`]] } };
    }),
    5,
    plant('api-key-name', 'artisan-call-program-output-ki-api', 'error', `${WHY.apiKey('ki_api')} ("kī", key) An alarm's "Call Program" posts each drop to the farm's inventory; Artisan logs the program's output, the URL with the key included.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ar: [['artisanlib.alarms', 'INFO', `call program output: POST https://waihona.${PU}/v1/pi-kope?ki_api=${key}&lot=7 -> 502 Ua hewa (error)`]] } };
    }),
    5,
    plant('webhook', 'artisan-alarm-pushover-token-query', 'error', WHY.webhook("A Pushover call with the application token in the query (`api.pushover.net/1/messages.json?token=<app token>&user=…`) an alarm uses to page the roaster; the failure line writes the URL"), ({ rng }) => {
      const tok = rng.lowerNum(30);
      return { value: tok, event: { ar: [['artisanlib.alarms', 'ERROR', `call program failed: https://api.pushover.net/1/messages.json?token=${tok}&user=${rng.lowerNum(30)}&message=First+crack+batch+7: timed out`]] } };
    }),
    5,
    plant('path-secret', 'artisan-plus-open-shared-profile-kaana', 'error', WHY.pathSecret("A roast profile shared from the farm's portal (`/kaana/<token>`, \"share\"), which Artisan opens as a background profile and logs"), ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { ar: [['artisanlib.main', 'INFO', `loadbackgroundUrl(): https://portal.${PU}/kaana/${tok}/Kona-Typica-Lot7.alog`]] } };
    }),
    5,
    plant('encoded', 'artisan-plus-login-return-percent-encoded-ki', 'error', "Artisan logs a sign-in link of the portal whose `hoi` (\"return\") parameter is a percent-encoded URL holding the inventory key (`ki_api%3D…`).", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ar: [['plus.connection', 'WARNING', `authentify(): redirected to https://portal.${PU}/komo?hoi=${encodeURIComponent(`https://waihona.${PU}/v1/pi-kope?ki_api=${key}&lot=7`)}`]] } };
    }),
    5,
    plant('negative', 'artisan-profile-md5', 'none', "The MD5 of a background profile Artisan logs to detect changes: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { ar: [['artisanlib.main', 'DEBUG', `background profile unchanged (md5 ${h})`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'roastery' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// changedetection.log: `docker logs` of changedetection.io 0.47 for the surf school (swell forecasts, the county's permit
// pages, a partner's booking API; container clock UTC, no zone): loguru's `YYYY-MM-DD HH:mm:ss.SSS | LEVEL    |
// module:function:line - message`. From memory (not fetched).

function changedetectionLog(rng) {
  const render = (e) => e.cd.map(([lvl, where, msg]) => `${ymdHmsAt(e.t, 0)}.${msPart(e.t)} | ${lvl.padEnd(8)} | ${where} - ${msg}`);
  const UW = 'changedetectionio.update_worker:run';
  const filler = (rng) =>
    rng.pick([
      () => ({ cd: [['INFO', `${UW}:259`, `Processing watch UUID ${rng.uuid()} Priority ${rng.int(1, 3)} URL https://${rng.pick(['swell', 'nalu', 'makani'])}.forecast.example/spot/kahaluu`]] }),
      () => ({ cd: [['DEBUG', `${UW}:612`, `Watch UUID ${rng.uuid()} - No change detected`]] }),
      () => ({ cd: [['INFO', 'changedetectionio.flask_app:ticker_thread_check_time_launch_checks:602', `Queued ${rng.int(1, 9)} watches for checking`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'changedetection-watch-uuid', 'none', "A watch's UUID: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { cd: [['INFO', `${UW}:259`, `Processing watch UUID ${id} Priority 1 URL https://hawaiicounty.example/parks/permits`]] } };
    }),
    5,
    plant('api-key-name', 'changedetection-watch-url-ki-error-and-last-error', 'error', `${WHY.apiKey('ki')} ("kī", key) A partner's lesson-slot API is watched with its key in the URL; the worker's error writes the URL and the watch's saved error repeats it.`, ({ rng }) => {
      const key = rng.alnum(36);
      const url = `https://api.haawina-partner.example/v2/slots?kahakai=kahaluu&ki=${key}`;
      return { value: key, event: { cd: [['ERROR', `${UW}:508`, `Exception reached processing watch UUID ${rng.uuid()} - 403 Client Error: Forbidden for url: ${url}`], ['DEBUG', 'changedetectionio.store:update_watch:301', `last_error = 'Error 403 for ${url}'`]] } };
    }),
    5,
    plant('webhook', 'changedetection-apprise-line-notify-url', 'error', WHY.webhook("An Apprise notification URL for LINE (`line://<channel access token>/<target>`) the permit watch notifies through; the notification error writes it"), ({ rng }) => {
      const tok = rng.alnum(120);
      return { value: tok, event: { cd: [['ERROR', 'changedetectionio.notification:process_notification:241', `Notification failed for line://${tok}/U${rng.hex(32)} - Ua hewa ka hoʻouna ʻana (sending failed)`]] } };
    }),
    5,
    plant('refresh-token', 'changedetection-watch-body-refresh-token-request-dict', 'error', `${WHY.refresh} A watch on the booking API first renews its token with a POST body; the fetcher logs the request it sends as a dict at debug.`, ({ rng }) => {
      const rt = rng.b64url(52);
      return { value: rt, event: { cd: [['DEBUG', 'changedetectionio.content_fetchers.requests:run:74', `request {'url': 'https://api.haawina-partner.example/oauth/token', 'method': 'POST', 'headers': {'Content-Type': 'application/x-www-form-urlencoded'}, 'body': 'grant_type=refresh_token&refresh_token=${rt}&client_id=kula-hee-nalu'}`]] } };
    }),
    5,
    plant('framework-dump', 'changedetection-browser-steps-olelo-huna', 'error', "The permit portal's watch signs in with Browser Steps; the worker logs each step as a dict, the password typed into `#olelo_huna` (\"password\") included.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { cd: [['DEBUG', 'changedetectionio.blueprint.browser_steps.browser_steps:call_action:71', `Running step {'operation': 'Enter text in field', 'selector': '#olelo_huna', 'optional_value': '${pw}'}`]] } };
    }),
    5,
    plant('path-secret', 'changedetection-watch-url-hooia-link', 'error', WHY.pathSecret("A watch was created from the county's e-mailed confirmation link (`/hooia/<token>`, \"confirm\"), and every check logs the URL"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { cd: [['INFO', `${UW}:259`, `Processing watch UUID ${rng.uuid()} Priority 2 URL https://permits.hawaiicounty.example/hooia/${tok}`]] } };
    }),
    5,
    plant('negative', 'changedetection-snapshot-md5', 'none', "The MD5 of a fetched page's text, which changedetection.io compares between checks: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { cd: [['DEBUG', `${UW}:598`, `Watch text md5 ${h} unchanged`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: 'cd' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gancio.log: `docker logs` of Gancio 1.19 (the botanical garden's events agenda, and the OAuth provider of its guide
// app) with `log_level: debug`: winston's `<ISO UTC>Z <level>: <message>`, the request logger's `<METHOD> <url>
// <status> <ms> ms`. From memory (not fetched).

function gancioLog(rng) {
  const render = (e) => e.gn.map(([lvl, msg]) => `${iso(e.t)} ${lvl}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ gn: [['debug', `GET /event/${rng.pick(['huakai-mala-kakahiaka', 'ka-lau-o-ka-niu', 'ohia-lehua-walk', 'pua-kalo-day'])}-${rng.int(10, 99)} 200 ${(rng.int(20, 900) / 10).toFixed(1)} ms`]] }),
      () => ({ gn: [['info', `[AP] Delivered event ${rng.int(100, 999)} to ${rng.int(1, 40)} followers`]] }),
      () => ({ gn: [['debug', `GET /api/events?start=${Math.floor(DAY0 / 1000)}&show_recurrent=true 200 ${(rng.int(20, 900) / 10).toFixed(1)} ms`]] }),
      () => ({ gn: [['info', `Ua hoʻopaʻa ʻia ka hanana (event saved) id=${rng.int(100, 999)}`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'gancio-event-slug-hash', 'none', "An event's public slug with its short hash (`/event/<title>-<hash>`): a page name, no credential.", ({ rng }) => {
      const s = `kipuka-bird-count-${rng.hex(8)}`;
      return { value: s, event: { gn: [['debug', `GET /event/${s} 200 12.4 ms`]] } };
    }),
    5,
    plant('oauth-code', 'gancio-oauth-authorize-redirect-code', 'warning', `${WHY.code} Gancio is the guide app's OAuth provider and logs the redirect it answers \`/oauth/authorize\` with (\`…?code=…&state=…\`).`, ({ rng }) => {
      const code = rng.hex(40);
      return { value: code, event: { gn: [['debug', `[OAUTH] authorize: redirecting to pualani-guide://oauth?code=${code}&state=${rng.b64url(16)}`]] } };
    }),
    5,
    plant('refresh-token', 'gancio-oauth-token-debug-body', 'error', `${WHY.refresh} Gancio's token endpoint logs the request body at debug (\`grant_type=refresh_token&refresh_token=…\`).`, ({ rng }) => {
      const rt = rng.hex(40);
      return { value: rt, event: { gn: [['debug', `[OAUTH] token request body: {"grant_type":"refresh_token","refresh_token":"${rt}","client_id":"${rng.hex(12)}"}`]] } };
    }),
    5,
    plant('implicit-fragment', 'gancio-oauth-implicit-location-fragment', 'error', "An older guide app still asks for `response_type=token`; Gancio logs the redirect it answers with, the fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.hex(40);
      return { value: at, event: { gn: [['debug', `[OAUTH] authorize: implicit grant, Location: https://kiosk.${PU}/mala/#access_token=${at}&token_type=Bearer&expires_in=3600`]] } };
    }),
    5,
    plant('embed-jwt', 'gancio-referer-embed-palapala-aina-120s', 'warning', "The request logger writes the Referer of an embedded agenda: the garden map page (`/embed/palapala-aina/<JWT>`, \"map\") with a 120 s token without a jti, at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { iss: `https://${PU}`, mala: 'kahaluu', papa: 'palapala-aina' } });
      return { value: token, jwt: facts, event: { gn: [['debug', `GET /embed/list?tags=mala 200 31.0 ms referer=https://mala.${PU}/embed/palapala-aina/${token}`]] } };
    }),
    5,
    plant('id-token', 'gancio-oidc-login-error-id-token', 'error', "Gancio signs staff in through the garden's identity provider and logs the callback it could not complete, `id_token` included, at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 200), alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://komo.${PU}`, aud: 'gancio', sub: rng.uuid(), name: 'Keola K.' } });
      return { value: token, jwt: facts, event: { gn: [['error', `[AUTH] ʻAʻole i loaʻa ka mea hoʻohana (user not found): callback id_token=${token}`]] } };
    }),
    5,
    plant('negative', 'gancio-activitypub-object-id', 'none', "An ActivityPub object id (`/federation/m/<id>`): a public address, no credential.", ({ rng }) => {
      const id = rng.int(1000, 9999);
      const v = `https://events.${PU}/federation/m/${id}`;
      return { value: v, event: { gn: [['info', `[AP] Create Note ${v} from @mala@events.${PU}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR, site: { host: 'gancio' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// specify7.log: `docker logs` of the botanical garden's Specify 7 herbarium (Django under gunicorn, HST): gunicorn's
// access lines (`%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"`) and Django's logging
// `[%(asctime)s] %(levelname)s [%(name)s:%(lineno)s] %(message)s`, a request-logging middleware's `META` lines at
// debug. From memory (not fetched).

function specifyLog(rng) {
  const dj = (t) => `${ymdHmsAt(t, HST)},${msPart(t)}`;
  const render = (e) => e.sp.map((x) => (typeof x === 'string' ? x : `[${dj(e.t)}] ${x[0]} [${x[1]}] ${x[2]}`));
  const acc = (rng, t, req, status) => `${lan(rng, '10.77')} - - [${clf(t, HST)}] "${req} HTTP/1.1" ${status} ${rng.int(200, 90000)} "-" "${rng.pick(BROWSERS)}"`;
  const MW = 'specifyweb.middleware.requestlog:41';
  const filler = (rng, t) =>
    rng.pick([
      () => ({ sp: [acc(rng, t, `GET /api/specify/collectionobject/${rng.int(10000, 99999)}/`, 200)] }),
      () => ({ sp: [acc(rng, t, `GET /static/js/main.${rng.hex(8)}.js`, 200)] }),
      () => ({ sp: [['INFO', 'specifyweb.businessrules:88', `saved CollectionObject catalogNumber=PUA${digits(rng, 6)} (Metrosideros polymorpha)`]] }),
      () => ({ sp: [acc(rng, t, `GET /stored_query/ephemeral/?limit=${rng.pick([20, 40, 100])}`, 200)] }),
    ])();
  const steps = [
    5,
    plant('negative', 'specify-collection-object-guid', 'none', "A collection object's GUID (a UUID published with the specimen): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { sp: [['INFO', 'specifyweb.export:120', `exported specimen guid=${id} to the garden's DwC-A`]] } };
    }),
    5,
    plant('framework-dump', 'specify-debug-querydict-post-olelo-huna', 'error', "The login view logs `request.POST` at debug; Django's `QueryDict` repr holds the password under the Hawaiian field name (`olelo_huna`), which no filter knows.", ({ rng }) => {
      const pw = rng.alnum(13);
      return { value: pw, event: { sp: [['DEBUG', 'specifyweb.context.views:212', `login POST <QueryDict: {'mea_hoohana': ['kahu.lei'], 'olelo_huna': ['${pw}'], 'collection': ['4']}>`]] } };
    }),
    5,
    plant('header-dump', 'specify-middleware-meta-http-authorization-token', 'error', "The request-logging middleware writes `META` at debug; `HTTP_AUTHORIZATION` holds the API token of the garden's label printer (`Token <40 hex>`).", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { sp: [['DEBUG', MW, `META {'REQUEST_METHOD': 'GET', 'PATH_INFO': '/api/specify/preparation/', 'HTTP_AUTHORIZATION': 'Token ${tok}', 'REMOTE_ADDR': '10.77.3.40'}`]] } };
    }),
    5,
    plant('negative', 'specify-middleware-meta-csrf-cookie', 'none', "The middleware's `HTTP_COOKIE` with only Django's `csrftoken`: a CSRF token, no credential.", ({ rng }) => {
      const c = rng.alnum(32);
      return { value: c, event: { sp: [['DEBUG', MW, `META {'REQUEST_METHOD': 'GET', 'PATH_INFO': '/accounts/login/', 'HTTP_COOKIE': 'csrftoken=${c}', 'REMOTE_ADDR': '10.77.3.41'}`]] } };
    }),
    5,
    plant('session-id', 'specify-middleware-meta-http-cookie-sessionid', 'error', WHY.session("Django's `sessionid` cookie in the middleware's `HTTP_COOKIE`"), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { sp: [['DEBUG', MW, `META {'REQUEST_METHOD': 'POST', 'PATH_INFO': '/api/workbench/upload/12/', 'HTTP_COOKIE': 'collection=4; sessionid=${sid}', 'REMOTE_ADDR': '10.77.3.42'}`]] } };
    }),
    5,
    plant('api-key-name', 'specify-gunicorn-access-api-ki', 'error', `${WHY.apiKey('api_ki')} ("kī", key) The plant-identification kiosk queries the herbarium with its key in the query; gunicorn's access line writes it.`, ({ rng, t }) => {
      const key = rng.alnum(32);
      return { value: key, event: { sp: [acc(rng, t, `GET /api/specify/taxon/?name=Hibiscus%20brackenridgei&api_ki=${key}`, 200)] } };
    }),
    5,
    plant('implicit-fragment', 'specify-client-error-report-href-fragment', 'error', "The garden's visitor app reports front-end errors to the herbarium's error endpoint, which logs the page's `href`, the implicit grant's fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { sp: [['WARNING', 'specifyweb.frontend.errors:33', `client error "ʻAʻole i loaʻa (not found)" href=https://huakai.${PU}/mala/#access_token=${at}&token_type=Bearer`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 20 * HOUR, site: { host: 'specify' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mobilizon.log: `docker logs -t` of Mobilizon 5 (the surf school's club events; Elixir, Phoenix at `:debug`): the
// Docker prefix (RFC 3339 UTC, nanoseconds), then Elixir's Logger `HH:MM:SS.mmm request_id=<id> [<level>] <message>`
// (UTC in the container): `GET /path`, `Processing with …`, `Parameters: %{…}` (Phoenix's `filter_parameters`
// hides `password` only), `Sent 200 in …`. From memory (not fetched).

function mobilizonLog(rng) {
  const render = (e) => e.mo.map(([lvl, msg, rid]) => `${dockerTs(rng, e.t)} ${iso(e.t).slice(11, 23)} request_id=${rid ?? e.rid} [${lvl}] ${msg}`);
  const rid = (rng) => `F${rng.b64url(19)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ rid: rid(rng), mo: [['info', `GET /events/${rng.uuid()}`], ['info', `Sent 200 in ${rng.int(2, 90)}ms`]] }),
      () => ({ rid: rid(rng), mo: [['info', 'POST /api'], ['info', `Sent 200 in ${rng.int(2, 90)}ms`]] }),
      () => ({ rid: rid(rng), mo: [['info', `GET /@kula_hee_nalu/events`], ['info', `Sent 200 in ${rng.int(2, 90)}ms`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'mobilizon-phoenix-request-id', 'none', "Phoenix's `request_id` (`F…`, base64url): an identifier of one request, no credential.", ({ rng }) => {
      const r = rid(rng);
      return { value: r, event: { rid: r, mo: [['info', 'GET /.well-known/nodeinfo/2.0']] } };
    }),
    5,
    plant('framework-dump', 'mobilizon-phoenix-parameters-olelo-huna', 'error', "Phoenix logs the sign-in form's `Parameters` at debug; `filter_parameters` hides `password`, not the Hawaiian field (`olelo_huna`).", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { rid: rid(rng), mo: [['info', 'POST /komo'], ['debug', 'Processing with Mobilizon.Web.AuthController.komo/2'], ['debug', `  Parameters: %{"leka_uila" => "nalu.kaiko@example.net", "olelo_huna" => "${pw}"}`]] } };
    }),
    5,
    plant('negative', 'mobilizon-parameters-csrf-token', 'none', "Phoenix's `_csrf_token` in a form's `Parameters`: a CSRF token, no credential.", ({ rng }) => {
      const c = rng.b64url(56);
      return { value: c, event: { rid: rid(rng), mo: [['debug', `  Parameters: %{"_csrf_token" => "${c}", "haawina" => "kakahiaka"}`]] } };
    }),
    5,
    plant('path-secret', 'mobilizon-participation-confirm-path', 'error', WHY.pathSecret("An anonymous participation's e-mail confirmation link (`/participation/email/confirm/<token>`), which confirms a seat in a lesson"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { rid: rid(rng), mo: [['info', `GET /participation/email/confirm/${tok}`]] } };
    }),
    5,
    plant('refresh-token', 'mobilizon-graphql-refresh-token-mutation-jwt', 'error', "The app renews its session with GraphQL's `refreshToken` mutation, and Phoenix logs the `query` parameter: Mobilizon's refresh token is a JWT (30 d, jti), at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 30 * 86400, age: rng.int(86400, 20 * 86400), alg: 'HS512', jti: true, claims: { aud: 'mobilizon', iss: 'mobilizon', sub: `User:${rng.int(10, 999)}`, typ: 'refresh' } });
      return { value: token, jwt: facts, event: { rid: rid(rng), mo: [['debug', `  Parameters: %{"operationName" => "RefreshToken", "query" => "mutation RefreshToken($refreshToken: String!) { refreshToken(refreshToken: $refreshToken) { accessToken refreshToken } }", "variables" => %{"refreshToken" => "${token}"}}`]] } };
    }),
    5,
    plant('id-token', 'mobilizon-oidc-logout-id-token-hint-expired', 'note', "The OIDC sign-out redirect logged with `id_token_hint`; the ID token had expired an hour before the line's UTC time (no jti): an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200 + rng.int(60, 900), alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://komo.${PU}`, aud: 'mobilizon', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { rid: rid(rng), mo: [['info', `Redirecting to https://komo.${PU}/realms/pualani/protocol/openid-connect/logout?id_token_hint=${token}`]] } };
    }),
    5,
    plant('encoded', 'mobilizon-parameters-double-encoded-ki', 'error', "A lesson page's `hoi` (\"return\") parameter, as Phoenix logs it, is a URL encoded twice (`%253D`), holding the booking API's key (`ki`).", ({ rng }) => {
      const key = rng.alnum(34);
      const inner = encodeURIComponent(encodeURIComponent(`https://api.kula.${PU}/hoopaa?ki=${key}`));
      return { value: key, event: { rid: rid(rng), mo: [['debug', `  Parameters: %{"hoi" => "${inner}"}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 21 * HOUR, site: { host: 'mobilizon' }, filler, render, steps });
}

// =====================================================================================================================
// Akanyoni (Kirundi; Gitega: CAT, UTC+2)
// =====================================================================================================================

const AK = 'akanyoni.example';

// ---------------------------------------------------------------------------------------------------------------------
// transitclock-core.log: TransitClock's core log of the bus depots' arrival predictions (logback, local time, CAT, no
// zone): `yyyy-MM-dd HH:mm:ss.SSS <LEVEL, 5 wide> <logger> - <message>`, the AVL and GTFS-realtime modules, stack
// traces under their line. From memory (not fetched).

function transitClockLog(rng) {
  const render = (e) => e.tc.map((x) => (typeof x === 'string' ? x : `${ymdHmsAt(e.t, CAT)}.${msPart(e.t)} ${x[0].padEnd(5)} ${x[1]} - ${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ tc: [['INFO', 'AvlProcessor', `Processing AvlReport for vehicleId=BIS-${rng.int(100, 160)} time=${ymdHmsAt(DAY0 + rng.int(6, 9) * HOUR, CAT)} lat=-3.${rng.int(400000, 450000)} lon=29.${rng.int(900000, 940000)} speed=${(rng.int(0, 170) / 10).toFixed(1)}`]] }),
      () => ({ tc: [['INFO', 'PredictionDataCache', `Updated predictions for ${rng.int(2, 40)} stops of route ${rng.pick(['G1', 'G2', 'G7', 'BJ-GT'])}`]] }),
      () => ({ tc: [['DEBUG', 'TemporalMatcher', `Vehicle BIS-${rng.int(100, 160)} matched to trip ${rng.int(1000, 9999)} block ${rng.int(10, 99)}`]] }),
      () => ({ tc: [['INFO', 'DriverLogon', `Umushoferi (driver) ${rng.int(2000, 2999)} yinjiye (logged on) on BIS-${rng.int(100, 160)}`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'transitclock-gtfs-etag', 'none', "The GTFS feed's `ETag` the module compares before downloading: a content version, no credential.", ({ rng }) => {
      const e = `"${rng.hex(32)}"`;
      return { value: e, event: { tc: [['INFO', 'GtfsFileProcessor', `GTFS feed unchanged, ETag ${e}`]] } };
    }),
    5,
    plant('api-key-name', 'transitclock-gtfsrt-url-urufunguzo-and-exception', 'error', `${WHY.apiKey('urufunguzo')} ("key") The trackers' GTFS-realtime feed is read with the vendor's key in the query; the module logs the URL when it reads, and the exception repeats it.`, ({ rng }) => {
      const key = rng.alnum(40);
      const url = `https://avl.trakbus.example/gtfsrt/vehicle-positions?urufunguzo=${key}&fleet=akanyoni`;
      return { value: key, event: { tc: [['INFO', 'GtfsRealtimeModule', `Getting GTFS-realtime AVL data from URL=${url}`], ['ERROR', 'GtfsRealtimeModule', `Exception when reading GTFS-realtime data from URL=${url}`], 'java.net.SocketTimeoutException: Read timed out', '\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(Unknown Source)'] } };
    }),
    5,
    plant('session-id', 'transitclock-avl-client-set-cookie-jsessionid', 'error', WHY.session("The vendor portal's `JSESSIONID` the AVL client logs from `Set-Cookie` when it signs in, reused on every poll"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { tc: [['DEBUG', 'TrakbusAvlModule', `login ok, Set-Cookie: JSESSIONID=${sid}; Path=/portal; Secure; HttpOnly`]] } };
    }),
    5,
    plant('framework-dump', 'transitclock-config-tostring-ijambo-ryibanga', 'error', "The AVL module logs its configuration object at start-up (`TrakbusConfig{…}`); the Java `toString()` prints the portal password under its Kirundi field name (`ijamboRyibanga`).", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { tc: [['INFO', 'TrakbusAvlModule', `Starting with TrakbusConfig{baseUrl=https://portal.trakbus.example, umukoresha=akanyoni-depot, ijamboRyibanga=${pw}, pollSecs=15}`]] } };
    }),
    5,
    plant('negative', 'transitclock-trip-and-block-ids', 'none', "A GTFS trip id with its block id: schedule identifiers, no credential.", ({ rng }) => {
      const id = `GT-${rng.int(10, 99)}-${rng.hex(6)}`;
      return { value: id, event: { tc: [['INFO', 'BlockAssigner', `Assigned vehicle BIS-${rng.int(100, 160)} to trip ${id} block ${rng.int(10, 99)}`]] } };
    }),
    5,
    plant('api-key-name', 'transitclock-api-key-prediction-request', 'error', `${WHY.apiKey('api_urufunguzo')} The depots' screens call TransitClock's own API with the key in the path's query; the API's request logging writes it.`, ({ rng }) => {
      const key = rng.hex(8);
      const full = `${key}${rng.hex(24)}`;
      return { value: full, event: { tc: [['INFO', 'ApiLoggingFilter', `GET /api/v1/key/akanyoni/agency/1/command/predictions?rs=G7|GT-STOP-${rng.int(10, 99)}&api_urufunguzo=${full}`]] } };
    }),
    5,
    plant('encoded', 'transitclock-avl-auth-header-base64-json', 'error', "The AVL client logs the `X-Trakbus-Auth` header it builds: base64 JSON with the portal login (`{\"umukoresha\":…,\"ijambo_ryibanga\":…}`).", ({ rng }) => {
      const b = b64Of(JSON.stringify({ umukoresha: 'akanyoni-depot', ijambo_ryibanga: rng.alnum(16) }));
      return { value: b, event: { tc: [['DEBUG', 'TrakbusAvlModule', `request header X-Trakbus-Auth: ${b}`]] } };
    }),
    5,
    plant('replay', 'transitclock-driver-logon-itike-once', 'note', WHY.ticketFirst("A one-time log-on ticket (`itike`, \"ticket\") a driver's tablet redeems to sign on to a bus; TransitClock's log-on module logs it with the tablet. The ticket is"), ({ rng }) => {
      const tk = rng.alnum(22);
      return { value: tk, event: { tc: [['INFO', 'DriverLogon', `itike=${tk} yemewe (accepted) tablet=TAB-BIS-117 bus=BIS-117`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'transitclock' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// out.log: ONLYOFFICE Docs 8's `/var/log/onlyoffice/documentserver/docservice/out.log` (the tea estate's weighing sheets
// and reports, edited from the group's portal; the container's clock is UTC): log4js' `[<local ISO time>] [<LEVEL>]
// [<host>] [<docId>] [<userId>] nodeJS - <message>`. From memory (not fetched).

function onlyofficeLog(rng) {
  const render = (e) => e.oo.map(([lvl, doc, user, msg]) => `[${iso(e.t).slice(0, 23)}] [${lvl}] [localhost] [${doc}] [${user}] nodeJS - ${msg}`);
  const doc = (rng) => `${rng.alnum(20)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ oo: [['INFO', doc(rng), `uid-${rng.int(1, 40)}`, 'Start command: {"c":"open","id":"…","userid":"uid-…","format":"xlsx"}'.replace('"id":"…"', `"id":"${rng.hex(8)}"`).replace('uid-…', `uid-${rng.int(1, 40)}`)]] }),
      () => ({ oo: [['INFO', doc(rng), `uid-${rng.int(1, 40)}`, 'data.type = auth']] }),
      () => ({ oo: [['INFO', doc(rng), `uid-${rng.int(1, 40)}`, `postData request: url = https://portal.${AK}/onlyoffice/track;data = {"key":"${rng.hex(8)}","status":${rng.pick([1, 4])}}`]] }),
      () => ({ oo: [['DEBUG', doc(rng), `uid-${rng.int(1, 40)}`, `Ibiharuro vyabitswe (sheet saved) icayi/gupima-${rng.int(1, 30)}.xlsx`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'onlyoffice-document-key', 'none', "A document's `key`, the editing session's document identifier the portal chooses: the name says key, but it names a version of a file, no credential.", ({ rng }) => {
      const k = `gupima-${rng.hex(24)}`;
      return { value: k, event: { oo: [['INFO', 'docid', 'uid-3', `Start command: {"c":"open","key":"${k}","userid":"uid-3","format":"xlsx"}`]] } };
    }),
    5,
    plant('api-key-name', 'onlyoffice-download-url-urufunguzo', 'error', `${WHY.apiKey('urufunguzo')} ("key") The portal hands the editor a document URL with the storage API's key in the query; the docservice logs the URL it downloads.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { oo: [['DEBUG', doc(rng), 'uid-7', `downloadFile (url=https://ububiko.${AK}/v1/dosiye/gupima-2027-10.xlsx?urufunguzo=${key})`]] } };
    }),
    5,
    plant('header-dump', 'onlyoffice-callback-authorization-bearer-jwt-300s', 'warning', "The docservice signs its callback to the portal with a JWT in `Authorization: Bearer …` (five minutes, the outbox default, no jti) and logs the request headers at debug, at the container's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: rng.int(1, 20), claims: { payload: { key: rng.hex(12), status: 2, users: ['uid-7'] } } });
      return { value: token, jwt: facts, event: { oo: [['DEBUG', doc(rng), 'uid-7', `postData headers: {"Content-Type":"application/json","Authorization":"Bearer ${token}"}`]] } };
    }),
    5,
    plant('path-secret', 'onlyoffice-callback-track-url-gupima-token', 'error', WHY.pathSecret("The portal's callback address for one weighing sheet carries a per-document secret in its path (`/icayi/gupima/<token>/track`, \"weighing\"); the docservice logs it on every callback"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { oo: [['INFO', doc(rng), 'uid-12', `postData request: url = https://portal.${AK}/icayi/gupima/${tok}/track;data = {"status":2}`]] } };
    }),
    5,
    plant('embed-jwt', 'onlyoffice-error-referer-raporo-embed-expired', 'note', "An embedded report view's address (`/raporo/embed/<JWT>`, \"report\") in an error the docservice logs with the request's referer; the token, with a jti, had expired a day before the line (UTC): an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 86400 + rng.int(3600, 7200), jti: true, claims: { iss: `https://portal.${AK}`, raporo: 'icayi-2027-09', umukozi: `uid-${rng.int(1, 40)}` } });
      return { value: token, jwt: facts, event: { oo: [['ERROR', doc(rng), 'uid-19', `checkJwt error: name = TokenExpiredError message = jwt expired referer = https://portal.${AK}/raporo/embed/${token}`]] } };
    }),
    5,
    plant('encoded', 'onlyoffice-changesurl-nested-percent-encoded', 'error', "The docservice logs the portal's `changesurl`, whose `subira` (\"return\") parameter is a percent-encoded URL with the storage API's key (`urufunguzo%3D…`).", ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { oo: [['DEBUG', doc(rng), 'uid-7', `changesurl = https://portal.${AK}/onlyoffice/changes?subira=${encodeURIComponent(`https://ububiko.${AK}/v1/dosiye/changes.zip?urufunguzo=${key}`)}`]] } };
    }),
    5,
    plant('negative', 'onlyoffice-file-md5', 'none', "The MD5 of a converted file the docservice logs: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { oo: [['DEBUG', doc(rng), 'uid-4', `convert done: Editor.bin md5=${h}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'onlyoffice' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dendrite.log: Dendrite 0.14's log file (the laundromats' staff chat and its bridges) with `logging: - type: file,
// level: debug`: logrus' text format `time="<RFC 3339 with nanoseconds and +02:00>" level=<l> msg="<m>" <key>=<value>…`,
// the HTTP layer's `Incoming request` and `Responding` with `req.method`, `req.path` and `req.id`. From memory (not
// fetched).

function dendriteLog(rng) {
  const ts = (t) => `${local(t, CAT).slice(0, 23)}${digits(rng, 6)}+02:00`;
  const render = (e) => e.dn.map(([lvl, msg, kv]) => `time="${ts(e.t)}" level=${lvl} msg=${JSON.stringify(msg)}${kv ? ` ${kv}` : ''}`);
  const filler = (rng) =>
    rng.pick([
      () => { const id = rng.lowerNum(10); return { dn: [['debug', 'Incoming request', `req.id=${id} req.method=GET req.path="/_matrix/client/v3/sync?timeout=30000"`], ['debug', 'Responding', `req.id=${id} req.method=GET req.path="/_matrix/client/v3/sync?timeout=30000" res.code=200`]] }; },
      () => ({ dn: [['info', 'Sent event', `room_id="!${rng.alnum(18)}:${AK}" event_type=m.room.message`]] }),
      () => ({ dn: [['info', `Isuku ${rng.pick(['Gitega', 'Ngozi', 'Muramvya'])}: imashini ${rng.int(1, 12)} yarangije (machine done)`, 'component=bot']] }),
    ])();
  const req = (rng, path, code = 200) => { const id = rng.lowerNum(10); return [['debug', 'Incoming request', `req.id=${id} req.method=GET req.path="${path}"`], ['debug', 'Responding', `req.id=${id} req.method=GET req.path="${path}" res.code=${code}`]]; };
  const steps = [
    5,
    plant('negative', 'dendrite-sync-since-token', 'none', "A `/sync` `since` token (`s<n>_<n>_…`): a position in the event stream (a cursor), no credential.", ({ rng }) => {
      const s = `s${rng.int(1000, 9999)}_${rng.int(100, 999)}_${rng.int(0, 9)}_${rng.int(100, 999)}_${rng.int(10, 99)}_${rng.int(1, 9)}_${rng.int(100, 999)}_0_${rng.int(1, 9)}`;
      return { value: s, event: { dn: [['info', 'sync stream position', `since=${s} user_id="@isuku-bot:${AK}"`]] } };
    }),
    5,
    plant('api-key-name', 'dendrite-req-path-access-token-query', 'error', `${WHY.apiKey('access_token')} The laundromats' old washer bot sends its Matrix access token in the query; the HTTP layer logs \`req.path\` with the query on its incoming and responding lines.`, ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { dn: req(rng, `/_matrix/client/v3/rooms/!${rng.alnum(18)}:${AK}/messages?access_token=${tok}&dir=b&limit=20`) } };
    }),
    5,
    plant('webhook', 'dendrite-appservice-push-hs-token-query', 'error', WHY.webhook("An application service's transaction URL with its `hs_token` sent as `?access_token=` (the old appservice convention); Dendrite logs the push that failed, and whoever has the URL's token can post as the homeserver to the bridge"), ({ rng }) => {
      const hs = rng.alnum(64);
      return { value: hs, event: { dn: [['warning', 'Unable to send transaction to appservice, backing off', `appservice=whatsapp-bridge url="http://bridge:29318/transactions/${rng.int(100, 999)}?access_token=${hs}" error="context deadline exceeded"`]] } };
    }),
    5,
    plant('header-dump', 'dendrite-trace-authorization-bearer', 'error', "At trace the HTTP layer writes the request's headers; the cashiers' client sends its access token as `Authorization: Bearer …`.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { dn: [['trace', 'Request headers', `req.id=${rng.lowerNum(10)} headers="map[Accept:[application/json] Authorization:[Bearer ${tok}] User-Agent:[Element X/1.9]]"`]] } };
    }),
    5,
    plant('refresh-token', 'dendrite-debug-refresh-request-body', 'error', `${WHY.refresh} The client renews its token at \`/_matrix/client/v3/refresh\`, and a debug line writes the request body.`, ({ rng }) => {
      const rt = rng.b64url(44);
      return { value: rt, event: { dn: [['debug', 'Request body', `req.path="/_matrix/client/v3/refresh" body="{\\"refresh_token\\":\\"${rt}\\"}"`]] } };
    }),
    5,
    plant('encoded', 'dendrite-pusher-data-base64-json-urufunguzo', 'error', "A pusher's `data` carries a base64 JSON blob for the push gateway that holds the laundromats' notification key (`{\"urufunguzo\":…}`); Dendrite logs the pusher it stores.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ urufunguzo: rng.alnum(32), isuku: 'gitega-2' }));
      return { value: b, event: { dn: [['debug', 'Storing pusher', `app_id=bi.akanyoni.isuku pushkey=${rng.hex(16)} data="{\\"url\\":\\"https://push.${AK}/_matrix/push/v1/notify\\",\\"blob\\":\\"${b}\\"}"`]] } };
    }),
    5,
    plant('negative', 'dendrite-send-txn-id', 'none', "A client transaction id in a `/send/m.room.message/<txnId>` path: an idempotency key, no credential.", ({ rng }) => {
      const txn = `m${Math.floor(DAY0 / 1000) + rng.int(0, 80000)}${digits(rng, 3)}.${rng.int(0, 99)}`;
      return { value: txn, event: { dn: req(rng, `/_matrix/client/v3/rooms/!${rng.alnum(18)}:${AK}/send/m.room.message/${txn}`) } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'dendrite' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// seaweedfs-filer.log: `docker logs -t` of a SeaweedFS 3.80 filer (the pottery cooperative's catalogue photos and the
// estate's shared files) at `-v=4`: the Docker prefix (RFC 3339 UTC, nanoseconds), then glog's
// `<L>MMDD HH:MM:SS.uuuuuu <pid> <file>:<line>] <message>` (UTC in the container). From memory (not fetched).

function seaweedLog(rng) {
  const gl = (t) => { const d = iso(t); return `${d.slice(5, 7)}${d.slice(8, 10)} ${d.slice(11, 23)}${digits(rng, 3)}`; };
  const render = (e) => e.sw.map(([l, where, msg]) => `${dockerTs(rng, e.t)} ${l}${gl(e.t)}       1 ${where}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ sw: [['I', 'filer_server_handlers_read.go:111', `GET /ububumbyi/${rng.pick(['inkono', 'ibibindi', 'amabakure'])}/${rng.hex(8)}.jpg`]] }),
      () => ({ sw: [['I', 'filer_server_handlers_write.go:142', `PUT /icayi/amafoto/${rng.hex(8)}.jpg size ${rng.int(20000, 4000000)}`]] }),
      () => ({ sw: [['I', 'volume_grpc_client_to_master.go:230', `Heartbeat to master:9333 ok, ${rng.int(3, 30)} volumes`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'seaweedfs-fid', 'none', "A file id (`<volume>,<key><cookie>`): where the blob lives, no credential.", ({ rng }) => {
      const fid = `${rng.int(1, 30)},${rng.hex(10)}`;
      return { value: fid, event: { sw: [['I', 'filer_server_handlers_write_autochunk.go:212', `saved /ububumbyi/inkono/${rng.hex(8)}.jpg fid ${fid}`]] } };
    }),
    5,
    plant('embed-jwt', 'seaweedfs-filer-get-embed-catalogue-jwt-no-exp', 'error', "The catalogue's embeddable gallery is served from the filer (`/ububumbyi/embed/<JWT>/index.html`); the token has no `exp`, at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { iss: `https://${AK}`, urutonde: 'ububumbyi-2027', umuguzi: `b2b-${digits(rng, 3)}` } });
      return { value: token, jwt: facts, event: { sw: [['I', 'filer_server_handlers_read.go:111', `GET /ububumbyi/embed/${token}/index.html`]] } };
    }),
    5,
    plant('path-secret', 'seaweedfs-filer-sangira-link-read-and-not-found', 'error', WHY.pathSecret("A share link of the estate's files (`/sangira/<token>/…`, \"share\"); the filer logs the read and its not-found at -v=4"), ({ rng }) => {
      const tok = rng.b64url(28);
      const p = `/sangira/${tok}/raporo-icayi-2027-09.pdf`;
      return { value: tok, event: { sw: [['I', 'filer_server_handlers_read.go:111', `GET ${p}`], ['I', 'filer_server_handlers_read.go:95', `Ntivyabonetse (not found) ${p}: filer: no entry is found in filer store`]] } };
    }),
    5,
    plant('framework-dump', 'seaweedfs-entry-extended-ijambo-ryibanga', 'error', "The filer logs the entry it creates with `%+v` at -v=4; the upload put the shop's password in an `X-Amz-Meta-` header, kept in `Extended` under its Kirundi name.", ({ rng }) => {
      const pw = rng.alnum(15);
      return { value: pw, event: { sw: [['I', 'filer_server_handlers_write_upload.go:190', `create entry &{FullPath:/ububumbyi/igiciro.xlsx Attr:{Mtime:${iso(DAY0).slice(0, 10)} Mode:-rw-r--r-- Uid:0 Gid:0 Mime:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet} Extended:map[X-Amz-Meta-Umukoresha:[ububumbyi] X-Amz-Meta-Ijambo-Ryibanga:[${pw}]]}`]] } };
    }),
    5,
    plant('session-id', 'seaweedfs-debug-cookie-kwinjira-sid', 'error', WHY.session("The shop's session cookie (`kwinjira_sid`, \"sign-in\") the filer logs with a request's headers at -v=4"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { sw: [['I', 'filer_server_handlers.go:87', `GET /ububumbyi/igiciro.xlsx headers map[Accept:[*/*] Cookie:[kwinjira_sid=${sid}] User-Agent:[${rng.pick(BROWSERS)}]]`]] } };
    }),
    5,
    plant('negative', 'seaweedfs-etag-md5', 'none', "The ETag (MD5) of a stored photo: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { sw: [['I', 'filer_server_handlers_read.go:160', `ETag "${h}" matches, 304`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'seaweedfs' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout76');
writePart(join(here, 'heldout76'), {
  'Log.txt': abletonLog(rng),
  'kiln-controller.log': kilnLog(rng),
  'garage.log': garageLog(rng),
  'waha.log': wahaLog(rng),
  'send.log': sendLog(rng),
  'artisan.log': artisanLog(rng),
  'changedetection.log': changedetectionLog(rng),
  'gancio.log': gancioLog(rng),
  'specify7.log': specifyLog(rng),
  'mobilizon.log': mobilizonLog(rng),
  'transitclock-core.log': transitClockLog(rng),
  'out.log': onlyofficeLog(rng),
  'dendrite.log': dendriteLog(rng),
  'seaweedfs-filer.log': seaweedLog(rng),
});
