// Writes corpus/logs-in-the-wild/heldout53/: a fifty-third held-out part, in formats no other part uses (an OpenAS2 EDI
// server log, AIS-catcher through the journal, a Signal K server with `DEBUG=signalk-server*`, a Nuxeo server.log, SFTPGo's
// JSON log, HiveMQ Community Edition's hivemq.log with an extension, an Eclipse Kura gateway's kura.log, a QuestDB server
// log, vmagent's log, mender-update through `journalctl -o short-iso`, a gammu-smsd log file, a Medplum server's JSON log,
// step-ca's JSON log through the journal, Gotenberg's JSON log under `docker logs`), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line
// was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout53.mjs     rewrites heldout53/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Tidewater Cargo Mutual, a Southampton marine cargo insurer with a port claims desk, EDI with
// shipping lines, an AIS receiver on the pierhead and a survey launch running Signal K (English, five logs); Koperasi
// Tirta Tani Rahayu, a farmers' and village water and power cooperative near Klaten with soil sensors, greenhouse
// gateways and prepaid smart meters (Javanese messages where the app shows them, routes, parameter, header, key and
// property names in Javanese, English code names, five logs); Ṭəʿna ab Geza (ጥዕና ኣብ ገዛ, "health at home"), a Mekelle
// telemedicine service with partner pharmacies and e-signed prescriptions (Tigrinya messages in Ge'ez script where the
// app shows them, names transliterated to Latin letters, English code names, four logs). Standard names (OAuth's,
// vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 12, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Southampton in October (BST, UTC+1), Klaten (WIB, UTC+7), Mekelle (EAT, UTC+3). */
const BST = 60;
const WIB = 420;
const EAT = 180;
/** `yyyy-MM-dd HH:mm:ss.SSS` at `offset` minutes. */
const ymdHmsMsAt = (ms, offset) => local(ms, offset).slice(0, 23).replace('T', ' ');
/** `+07:00` for `offset` minutes. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** ISO 8601 with a comma before the milliseconds and the offset (`2027-10-12T09:14:12,345+01:00`). */
const isoComma = (ms, offset) => `${local(ms, offset).slice(0, 19)},${local(ms, offset).slice(20, 23)}${zone(offset)}`;
/** A private address. */
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** A client address from the documentation ranges. */
const pub = (rng) => `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}`;

// =====================================================================================================================
// Tidewater Cargo Mutual (English; Southampton: BST, UTC+1)
// =====================================================================================================================

const TW = 'tidewater.example';

// ---------------------------------------------------------------------------------------------------------------------
// openas2.log: an OpenAS2 3.x server (EDI with shipping lines and the port community system), its log file through
// logback: `yyyy-MM-dd HH:mm:ss.SSS <LEVEL, 5 wide> [<thread>] <logger> - <message>` (local time, no zone); received
// messages, MDNs, the HTTP headers at DEBUG, Tidewater's own processor module (`com.tidewater.as2.*`).
// https://github.com/OpenAS2/OpenAs2App (from memory, not fetched).

function openAs2Log(rng) {
  const render = (e) => e.as.map(([lvl, thread, logger, msg]) => `${ymdHmsMsAt(e.t, BST)} ${lvl.padEnd(5)} [${thread}] ${logger} - ${msg}`);
  const msgId = () => `<OPENAS2-${rng.int(10, 28)}102027${pad(rng.int(0, 23))}${pad(rng.int(0, 59))}${pad(rng.int(0, 59))}+0100-${rng.int(1000, 9999)}@BLUEWAKE_TIDEWATER>`;
  const filler = (rng) =>
    rng.pick([
      () => ({ as: [['INFO', `qtp${rng.int(100000, 999999)}-${rng.int(20, 40)}`, 'o.o.p.receiver.AS2ReceiverHandler', `Received AS2 message from BLUEWAKE, ${rng.int(800, 90000)} bytes, file IFTMIN_${digits(rng, 8)}.edi`]] }),
      () => ({ as: [['INFO', `qtp${rng.int(100000, 999999)}-${rng.int(20, 40)}`, 'o.o.p.receiver.AS2ReceiverHandler', `Sending MDN to BLUEWAKE: processed, signed with sha-256`]] }),
      () => ({ as: [['INFO', 'DirectoryPoller-solentpcs', 'o.o.p.d.AS2DirectoryPollingModule', `Processing file CODECO_${digits(rng, 6)}.edi for partnership TIDEWATER-SOLENTPCS`]] }),
      () => ({ as: [['DEBUG', 'ResenderThread', 'o.o.p.resender.DirectoryResenderModule', `Resend queue empty, next check in ${rng.int(30, 60)}s`]] }),
      () => ({ as: [['INFO', 'DirectoryPoller-solentpcs', 'o.o.p.sender.AS2SenderModule', `Message sent to SOLENTPCS, HTTP ${rng.pick([200, 200, 202])} in ${rng.int(90, 2400)} ms`]] }),
    ])();
  const q = () => `qtp${rng.int(100000, 999999)}-${rng.int(20, 40)}`;
  const steps = [
    { raw: { as: [['INFO', 'main', 'org.openas2.app.OpenAS2Server', 'OpenAS2 v3.11.0 starting'], ['INFO', 'main', 'org.openas2.XMLSession', 'Loading partnerships from /opt/openas2/config/partnerships.xml (4 partnerships)'], ['INFO', 'main', 'o.o.p.receiver.AS2ReceiverModule', 'Listening on port 10080']] }, after: 0 },
    6,
    plant('negative', 'openas2-message-id', 'none', "An AS2 `Message-ID` (`<OPENAS2-<date><time>+0100-<n>@<from>_<to>>`) the receiver logs: an identifier of one message, no credential.", () => {
      const id = msgId();
      return { value: id, event: { as: [['INFO', q(), 'o.o.p.receiver.AS2ReceiverHandler', `Message-ID ${id} accepted for partnership BLUEWAKE-TIDEWATER`]] } };
    }),
    5,
    plant('header-dump', 'openas2-received-headers-map-basic', 'error', "The receiver logs the incoming request's HTTP headers as a map at DEBUG; the shipping line's AS2 client sends HTTP Basic credentials (`authorization=Basic <base64 user:password>`) and the map writes them in clear.", ({ rng }) => {
      const b = b64Of(`bluewake-as2:${rng.alnum(20)}`);
      return { value: b, event: { as: [['DEBUG', q(), 'o.o.p.receiver.AS2ReceiverHandler', `Received HTTP headers: {host=as2.${TW}:10080, content-type=application/pkcs7-mime; smime-type=enveloped-data, as2-from=BLUEWAKE, as2-to=TIDEWATER, authorization=Basic ${b}, disposition-notification-options=signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, sha-256}`]] } };
    }),
    5,
    plant('api-key-name', 'openas2-async-mdn-url-carrier-key', 'error', `${WHY.apiKey('carrier_key')} The shipping line asks for an asynchronous MDN at a URL that carries its portal key; the sender module writes the URL it posts the receipt to.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { as: [['INFO', 'AsyncMDNSender-2', 'o.o.p.sender.AsynchMDNSenderModule', `Sending async MDN to https://as2.bluewake-lines.example/as2/mdn?carrier_key=${key}&partner=TIDEWATER`]] } };
    }),
    5,
    plant('session-id', 'openas2-response-headers-aspsessionid', 'error', WHY.session("The port community system's classic ASP endpoint answers with an `ASPSESSIONID<8>=` cookie, and the sender module logs the response headers as a map"), ({ rng }) => {
      const sid = upperNum(rng, 24).replace(/[0-9]/g, (d) => 'ABCDEFGHIJ'[d]);
      return { value: sid, event: { as: [['DEBUG', 'DirectoryPoller-solentpcs', 'o.o.p.sender.AS2SenderModule', `Response headers: {Content-Type=[message/disposition-notification], Set-Cookie=[ASPSESSIONIDQSCTBRTA=${sid}; secure; path=/], Server=[Microsoft-IIS/10.0]}`]] } };
    }),
    5,
    plant('refresh-token', 'openas2-custom-module-token-response', 'error', `${WHY.refresh} Tidewater's own module that posts claim notices to the port community system's API logs the token endpoint's JSON answer at DEBUG.`, ({ rng }) => {
      const rt = `pcs_rt_${rng.b64url(46)}`;
      return { value: rt, event: { as: [['DEBUG', 'ClaimNoticeModule', 'c.t.as2.PcsApiClient', `token response {"access_token":"(hidden by client)","token_type":"Bearer","expires_in":3600,"refresh_token":"${rt}","scope":"claims.notify"}`]] } };
    }),
    5,
    plant('path-secret', 'openas2-custom-processor-bill-of-lading-share-link', 'error', WHY.pathSecret("A bill of lading's share link (`/bl/share/<token>`) the shipping line puts in its IFTMIN; Tidewater's processor logs it when it attaches the document to the claim"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { as: [['INFO', q(), 'c.t.as2.ClaimAttachProcessor', `Claim TW-C-${digits(rng, 6)}: fetching bill of lading from https://docs.bluewake-lines.example/bl/share/${tok}`]] } };
    }),
    5,
    plant('webhook', 'openas2-custom-notifier-pagertree-integration', 'error', WHY.webhook("A PagerTree integration endpoint (`api.pagertree.com/integration/<int_id>`) Tidewater's notifier posts to when a partner's message fails; the notifier's warning writes the URL (the integration id is the secret part)"), ({ rng }) => {
      const id = `int_${rng.alnum(22)}`;
      return { value: id, event: { as: [['WARN', 'ResenderThread', 'c.t.as2.PagerTreeNotifier', `Notify failed: POST https://api.pagertree.com/integration/${id} returned 502 Bad Gateway`]] } };
    }),
    5,
    plant('encoded', 'openas2-mdn-return-url-percent-encoded-access-token', 'error', "The port community system's receipt URL carries a return address percent-encoded in `return=`, and inside it an `access_token%3D…` for the callback: the receiver logs the `Receipt-Delivery-Option` it will use.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { as: [['INFO', q(), 'o.o.p.receiver.AS2ReceiverHandler', `Receipt-Delivery-Option: https://as2.${TW}/as2/mdn?return=https%3A%2F%2Fpcs.solent-port.example%2Fas2%2Fcallback%3Faccess_token%3D${tok}%26msg%3D${rng.int(10000, 99999)}`]] } };
    }),
    5,
    plant('negative', 'openas2-received-content-mic', 'none', "The `Received-Content-MIC` of an MDN (base64 SHA-256 digest of the message, `, sha-256`): a hash, no credential.", ({ rng }) => {
      const mic = rng.bytes(32).toString('base64');
      return { value: mic, event: { as: [['INFO', 'AsyncMDNSender-2', 'o.o.p.processor.mdn.MDNFileModule', `MDN stored for BLUEWAKE, Received-Content-MIC: ${mic}, sha-256`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'as2' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ais-catcher.log: `journalctl -u ais-catcher -o cat` of AIS-catcher 0.6x on the pierhead receiver (no times: `-o cat`
// drops the journal's prefix): the banner, device lines, `[AIS engine …]`, the HTTP output's settings at start, the
// per-second statistics, NMEA lines (`-o 1`), and the unit's watchdog script (same unit, its own lines).
// https://github.com/jvde-github/AIS-catcher (README: outputs, `-H` HTTP options; from memory, not fetched).

function aisCatcherLog(rng) {
  const render = (e) => e.ac;
  const nmea = () => `!AIVDM,1,1,,${rng.pick(['A', 'B'])},${rng.chars('0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw', 28)},0*${rng.hex(2).toUpperCase()}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ac: [`[rtlsdr]                 : received: ${rng.int(2, 30)} msgs, total: ${rng.int(10000, 90000)} msgs, rate: ${(rng.int(10, 90) / 10).toFixed(1)} msg/s`] }),
      () => ({ ac: [nmea()] }),
      () => ({ ac: [`[HTTP]: posted ${rng.int(10, 300)} messages to feed.aisportal.example, status 200`] }),
      () => ({ ac: [`[rtlsdr]                 : received: ${rng.int(2, 30)} msgs, total: ${rng.int(10000, 90000)} msgs, rate: ${(rng.int(10, 90) / 10).toFixed(1)} msg/s`] }),
    ])();
  const steps = [
    { raw: { ac: ['AIS-catcher (build Oct  1 2027) v0.61', '(c) 2021-2027 jvde-github and other contributors', 'Found 1 device(s):', '0: Realtek, RTL2838UHIDIR, SN: 00000001', 'Device selected: RTLSDR [Realtek RTL2838UHIDIR] 1536K'] }, after: 0 },
    plant('framework-dump', 'ais-catcher-http-output-settings-userpwd', 'error', "AIS-catcher prints each output's settings when it starts; the HTTP output's `USERPWD` (the feed's user and password) is printed in clear with the rest.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { ac: [`[HTTP]: URL https://feed.aisportal.example/ingest, USERPWD tidewater-pier4:${pw}, GZIP on, INTERVAL 30, PROTOCOL AISCATCHER, STATION Tidewater Pier 4`] } };
    }),
    plant('api-key-name', 'ais-catcher-http-output-url-station-key', 'error', `${WHY.apiKey('station_key')} A second HTTP output posts to a tracking service that takes the station's key in the query; the output's error writes the URL and its retry line writes it again.`, ({ rng }) => {
      const key = rng.hex(40);
      const url = `https://api.vesseltrack.example/v2/nmea?station_key=${key}&fmt=json`;
      return { value: key, event: { ac: [`[HTTP]: error posting to ${url}: HTTP 429 Too Many Requests`, `[HTTP]: retry 1/3 in 30 s for ${url}`] } };
    }),
    5,
    plant('negative', 'ais-catcher-nmea-sentence', 'none', "An NMEA `!AIVDM` sentence (six-bit armoured AIS payload, a checksum): a ship's position report, no credential.", () => {
      const s = nmea();
      return { value: s, event: { ac: [s] } };
    }),
    6,
    plant('encoded', 'ais-catcher-percent-encoded-json-meta-token', 'error', "A third output's URL carries percent-encoded JSON in `meta=` (`%7B%22station%22…%22token%22%3A%22<token>%22%7D`): the tracking partner's upload token for the station, logged with the output's error.", ({ rng }) => {
      const tok = rng.alnum(36);
      return { value: tok, event: { ac: [`[HTTP]: error posting to https://ingest.harbourwatch.example/ais?meta=%7B%22station%22%3A%22tw-pier4%22%2C%22token%22%3A%22${tok}%22%7D: connection timed out`] } };
    }),
    6,
    plant('negative', 'ais-catcher-station-uuid', 'none', "The station's id in the sharing banner (a uuid): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ac: [`[Community]: station id ${id} registered, sharing disabled`] } };
    }),
    6,
    plant('webhook', 'ais-catcher-watchdog-zoom-incoming-webhook', 'error', WHY.webhook("A Zoom Team Chat incoming webhook (`integrations.zoom.us/chat/webhooks/incomingwebhook/<id>`) the unit's watchdog script posts to when the message rate drops; the script's error line writes the URL (the webhook id is the secret part)"), ({ rng }) => {
      const id = rng.alnum(24);
      return { value: id, event: { ac: [`ais-watchdog: rate 0.0 msg/s for 300 s, alert failed: POST https://integrations.zoom.us/chat/webhooks/incomingwebhook/${id}?format=full -> 401`] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'pier4' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// signalk-server.log: a Signal K server 2.x on the survey launch, run with `DEBUG=signalk-server*,@signalk/*` and its
// output saved to a file: the debug module's non-TTY lines `<ISO time, Z> <namespace> <message>`, plus plain console
// lines of the server and plugins. Security enabled (`JAUTHENTICATION` cookie), an OIDC login configured.
// https://demo.signalk.io/documentation/ (server documentation; from memory, not fetched).

function signalkLog(rng) {
  const render = (e) => e.sk.map(([ns, msg]) => (ns ? `${iso(e.t)} ${ns} ${msg}` : msg));
  const self = rng.uuid();
  const filler = (rng) =>
    rng.pick([
      () => ({ sk: [['signalk-server:interfaces:ws', `delta from n2k-on-ve.can-socket: ${rng.int(2, 30)} values`]] }),
      () => ({ sk: [['@signalk/n2k-signalk', `pgn ${rng.pick([127250, 128259, 129025, 130306])} from src ${rng.int(1, 60)}`]] }),
      () => ({ sk: [['signalk-server:interfaces:rest', `GET /signalk/v1/api/vessels/self/navigation/${rng.pick(['position', 'speedOverGround', 'headingMagnetic'])} 200`]] }),
      () => ({ sk: [['signalk-server:put', `PUT electrical.switches.${rng.pick(['deck', 'nav', 'anchor'])}Light.state -> COMPLETED`]] }),
    ])();
  const steps = [
    { raw: { sk: [[null, `signalk-server running at 0.0.0.0:3000`], [null, `Using vessel urn:mrn:signalk:uuid:${self}`]] }, after: 0 },
    plant('negative', 'signalk-access-request-id', 'none', "An access request's `requestId` (a uuid) the server logs for a device asking for a token: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { sk: [['signalk-server:security', `access request ${id} from clientId survey-tablet-2 (PENDING)`]] } };
    }),
    5,
    plant('oauth-code', 'signalk-oidc-callback-debug', 'warning', `${WHY.code} The server's OIDC login writes the callback request it received at debug.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { sk: [['signalk-server:oidc', `callback GET /signalk/v1/auth/oidc/callback?code=${code}&state=${rng.b64url(22)} from 10.8.0.4`]] } };
    }),
    2,
    plant('id-token', 'signalk-oidc-rejected-id-token', 'error', "The OIDC login rejects the ID token it got back (a nonce mismatch after a browser retry) and writes the token in its debug message, on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 40), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://login.${TW}`, aud: 'signalk-launch', sub: rng.uuid(), nonce: rng.b64url(16), email: 'coxswain@tidewater.example' } });
      return { value: token, jwt: facts, event: { sk: [['signalk-server:oidc', `id_token rejected (nonce mismatch): ${token}`]] } };
    }),
    5,
    plant('session-id', 'signalk-plugin-proxy-cookie-jauthentication-jwt', 'error', "A plugin that proxies the chart server logs the request it forwards, with the browser's `Cookie: JAUTHENTICATION=<JWT>`: the Signal K session token (the server's `expiration` is 1d), on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: rng.int(600, 30000), claims: { id: 'surveyor' } });
      return { value: token, jwt: facts, event: { sk: [['signalk-server:plugins:chart-proxy', `forward GET /charts/solent/12/2045/1362.png headers {"host":"launch.local:3000","cookie":"JAUTHENTICATION=${token}","accept":"image/png"}`]] } };
    }),
    5,
    plant('implicit-fragment', 'signalk-plugin-logs-redirect-location-fragment', 'error', "A weather plugin that signs in to a forecast portal logs the redirect it did not follow, fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { sk: [[null, `[signalk-weather-portal] unexpected redirect: Location https://portal.metmarine.example/app/#access_token=${at}&token_type=bearer&expires_in=7200`]] } };
    }),
    5,
    plant('negative', 'signalk-vessel-mmsi-urn', 'none', "The vessel's MMSI urn a delta carries (`urn:mrn:imo:mmsi:<9 digits>`): a public identifier, no credential.", ({ rng }) => {
      const u = `urn:mrn:imo:mmsi:235${digits(rng, 6)}`;
      return { value: u, event: { sk: [['signalk-server:interfaces:ws', `delta context vessels.${u} from ais.0 (3 values)`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'launch' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// server.log: a Nuxeo LTS 2023 server holding the claims files, with the insurer's log4j2 pattern
// `%d{yyyy-MM-dd'T'HH:mm:ss,SSSXXX} %-5p [%t] [%c] %m%n` (an offset, BST); WebEngine, the OAuth2 and OpenID login
// plugins, user registration, Automation, the thumbnail factory, stack traces' `Caused by:` lines.
// https://doc.nuxeo.com/nxdoc/logs-analysis/ (from memory, not fetched).

function nuxeoLog(rng) {
  const render = (e) => e.nx.flatMap(([lvl, thread, cat, msg]) => (lvl === null ? [msg] : [`${isoComma(e.t, BST)} ${lvl.padEnd(5)} [${thread}] [${cat}] ${msg}`]));
  const th = () => `http-nio-0.0.0.0-8080-exec-${rng.int(1, 40)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ nx: [['INFO', th(), 'org.nuxeo.ecm.core.storage.sql.SessionImpl', `Claim document TW-C-${digits(rng, 6)} saved (${rng.int(1, 12)} blobs)`]] }),
      () => ({ nx: [['WARN', 'Nuxeo-Work-default-1:' + rng.int(10000, 99999), 'org.nuxeo.ecm.core.work.AbstractWork', `Work ${rng.pick(['PictureViewsGeneration', 'FulltextExtractorWork', 'ThumbnailWork'])} took ${rng.int(2, 40)} s`]] }),
      () => ({ nx: [['INFO', 'Nuxeo-Work-bulk', 'org.nuxeo.ecm.core.bulk.BulkServiceImpl', `Bulk command ${rng.pick(['setProperties', 'trash', 'csvExport'])} completed, ${rng.int(1, 900)} documents`]] }),
      () => ({ nx: [['DEBUG', th(), 'org.nuxeo.ecm.platform.ui.web.auth.NuxeoAuthenticationFilter', `Principal adjuster${rng.int(1, 40)} authenticated with BASIC_AUTH (cached)`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'nuxeo-document-uuid', 'none', "A document's id (a uuid) in a save message: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { nx: [['INFO', th(), 'org.nuxeo.ecm.core.api.AbstractSession', `Document ${id} (ClaimFile) checked in as 1.3`]] } };
    }),
    5,
    plant('oauth-code', 'nuxeo-oauth2-callback-error-query', 'warning', `${WHY.code} The cloud-storage link of a claims handler fails at the token exchange, and WebEngine's error writes the callback URL with its query.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(60)}`;
      return { value: code, event: { nx: [['ERROR', th(), 'org.nuxeo.ecm.platform.oauth2.providers.NuxeoOAuth2ServiceProvider', `Failed to get token for googledrive, request /nuxeo/site/oauth2/googledrive/callback?state=${rng.b64url(20)}&code=${code}&scope=https://www.googleapis.com/auth/drive.file`]] } };
    }),
    5,
    plant('path-secret', 'nuxeo-user-registration-validate-requestid-uuid', 'error', WHY.pathSecret("A loss adjuster's invitation link (`/nuxeo/site/userRegistration/validate?RequestId=<uuid>`) the user registration service logs when it sends the mail; the uuid looks like an id but is the invitation's only secret"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { nx: [['INFO', th(), 'org.nuxeo.ecm.user.registration.UserRegistrationComponent', `Invitation mail sent to surveyor@bramble-adjusters.example with link https://claims.${TW}/nuxeo/site/userRegistration/validate?RequestId=${id}&ConfigurationName=adjuster_registration`]] } };
    }),
    5,
    plant('framework-dump', 'nuxeo-automation-operation-params-map', 'error', "An Automation operation fails and Nuxeo writes its parameters as a map (`params {adjusterUrl=…, adjusterPassword=…}`), and the stack trace's `Caused by:` line repeats the message: the adjuster portal's password is written twice.", ({ rng }) => {
      const pw = rng.alnum(20);
      const msg = `Failed to invoke operation Claims.ImportAdjusterReport with params {claimId=TW-C-${digits(rng, 6)}, adjusterUrl=https://portal.bramble-adjusters.example/api, adjusterUser=tidewater, adjusterPassword=${pw}}`;
      return { value: pw, event: { nx: [['ERROR', th(), 'org.nuxeo.ecm.automation.core.impl.OperationServiceImpl', msg], [null, null, null, 'org.nuxeo.ecm.automation.OperationException: Failed to invoke operation Claims.ImportAdjusterReport'], [null, null, null, '\tat org.nuxeo.ecm.automation.core.impl.OperationChainCompiler$CompiledChainImpl.invoke(OperationChainCompiler.java:234)'], [null, null, null, `Caused by: org.nuxeo.ecm.core.api.NuxeoException: ${msg}`], [null, null, null, '\t... 42 more']] } };
    }),
    5,
    plant('id-token', 'nuxeo-openid-logout-id-token-hint-expired', 'note', "The OpenID login plugin logs the logout redirect with its `id_token_hint`, a token that expired before the line (an hour-long token, the session kept open for the afternoon)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + rng.int(1800, 7200), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://login.${TW}/realms/claims`, aud: 'nuxeo', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { nx: [['DEBUG', th(), 'org.nuxeo.ecm.platform.oauth2.openid.auth.OpenIDConnectAuthenticator', `Logout redirect to https://login.${TW}/realms/claims/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fclaims.${TW}%2Fnuxeo%2F`]] } };
    }),
    5,
    plant('implicit-fragment', 'nuxeo-client-log-relay-href-fragment', 'error', "The claims web app relays its browser errors to the server's log (`Log` operation), with `href` and its fragment: an implicit-flow `#access_token=…` the app did not clear.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { nx: [['WARN', th(), 'org.nuxeo.ecm.automation.core.operations.LogOperation', `[claims-ui] TypeError: cannot read properties of undefined (reading 'entries') href=https://claims.${TW}/ui/#access_token=${at}&token_type=Bearer&expires_in=3600`]] } };
    }),
    5,
    plant('embed-jwt', 'nuxeo-thumbnail-embed-dashboard-expired', 'note', "The thumbnail factory fails to render a claims dashboard linked into a claim file through its embed URL (`/embed/<JWT>`), a token that expired two days before the line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 7200, age: 2 * 86400 + 7200 + rng.int(100, 900), jti: true, claims: { resource: { dashboard: 14 }, params: { region: 'solent' } } });
      return { value: token, jwt: facts, event: { nx: [['WARN', 'Nuxeo-Work-default-2:' + rng.int(10000, 99999), 'org.nuxeo.ecm.platform.thumbnail.factories.ThumbnailDocumentFactory', `Could not compute thumbnail for bookmark https://bi.${TW}/embed/dashboard/${token}#bordered=false: HTTP 401`]] } };
    }),
    5,
    plant('negative', 'nuxeo-blob-digest-md5', 'none', "A blob's digest (an MD5 of its content) the binary manager logs: a hash, no credential.", ({ rng }) => {
      const d = rng.hex(32);
      return { value: d, event: { nx: [['DEBUG', th(), 'org.nuxeo.ecm.core.blob.LocalBlobProvider', `Stored blob digest=${d} length=${rng.int(10000, 9000000)}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'nuxeo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sftpgo.log: SFTPGo 2.6's log file (zerolog JSON, `"time":"yyyy-MM-ddTHH:mm:ss.SSS"` local time without zone), the
// HTTP server's request lines (`sender":"httpd"`, `remote_addr`, `method`, `uri`, `resp_status`), SFTP connection lines,
// the event manager's actions. Loss adjusters exchange claim evidence through it.
// https://docs.sftpgo.com/latest/logs/ (from memory, not fetched).

function sftpgoLog(rng) {
  const render = (e) => e.sg.map((o) => JSON.stringify({ level: o.level ?? 'info', time: local(e.t, BST).slice(0, 23), ...o.f }));
  const http = (rng, uri, status, ip, ua) => ({ f: { sender: 'httpd', local_addr: '10.60.1.5:8080', remote_addr: `${ip ?? pub(rng)}:${rng.int(1024, 65535)}`, proto: 'HTTP/1.1', method: 'GET', user_agent: ua ?? rng.pick(BROWSERS), uri, resp_status: status, resp_size: rng.int(300, 90000), elapsed_ms: rng.int(2, 400) } });
  const filler = (rng) =>
    rng.pick([
      () => ({ sg: [http(rng, rng.pick(['/web/client/files', '/web/client/login', '/static/css/sb-admin.min.css', '/web/client/files?path=%2Fclaims']), 200)] }),
      () => ({ sg: [{ f: { sender: 'SFTP', connection_id: `SFTP_${rng.hex(16)}`, message: `Upload finished, path "/claims/TW-C-${digits(rng, 6)}/photo-${rng.int(1, 40)}.jpg", size: ${rng.int(90000, 9000000)}` } }] }),
      () => ({ sg: [{ f: { sender: 'eventmanager', message: `rule "archive-evidence" executed, actions: 1` } }] }),
    ])();
  const steps = [
    6,
    plant('negative', 'sftpgo-ssh-key-fingerprint', 'none', "The fingerprint of the SSH public key an adjuster logged in with (`SHA256:<base64>`): a hash of a public key, no credential.", ({ rng }) => {
      const fp = `SHA256:${rng.bytes(32).toString('base64').replace(/=+$/, '')}`;
      return { value: fp, event: { sg: [{ f: { sender: 'SFTP', connection_id: `SFTP_${rng.hex(16)}`, message: `user "bramble-01" logged in with "publickey", key fingerprint ${fp}, from ip ${pub(rng)}` } }] } };
    }),
    5,
    plant('oauth-code', 'sftpgo-httpd-oidc-redirect-uri', 'warning', `${WHY.code} SFTPGo's OIDC login for the web client receives it at \`/web/oidc/redirect\`, and the request line's \`uri\` keeps the query.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { sg: [http(rng, `/web/oidc/redirect?state=${rng.b64url(24)}&session_state=${rng.uuid()}&code=${code}`, 302)] } };
    }),
    5,
    plant('path-secret', 'sftpgo-httpd-public-share-uri', 'error', WHY.pathSecret("An SFTPGo share link (`/web/client/pubshares/<share id>/browse`) a claims handler sent to a surveyor: the share id opens the claim's folder to whoever holds it"), ({ rng }) => {
      const id = rng.chars('23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 22);
      return { value: id, event: { sg: [http(rng, `/web/client/pubshares/${id}/browse?path=%2F`, 200)] } };
    }),
    5,
    plant('framework-dump', 'sftpgo-eventmanager-action-dump-plain-secret', 'error', "The event manager logs the HTTP action it runs at debug, its configuration included; SFTPGo's secret type writes a password given in plain form as `{\"status\":\"Plain\",\"payload\":\"<password>\"}`, the archive service's password in clear.", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { sg: [{ level: 'debug', f: { sender: 'eventmanager', message: 'executing http action', action: { name: 'archive-evidence', type: 1, options: { http_config: { endpoint: `https://archive.${TW}/api/ingest`, username: 'sftpgo-archive', password: { status: 'Plain', payload: pw }, timeout: 20, method: 'POST' } } } } }] } };
    }),
    5,
    plant('replay', 'sftpgo-httpd-download-ticket-once', 'note', WHY.ticketFirst("A single-use download `ticket` the claims portal hands a surveyor for one evidence archive; the HTTP server's request line writes it. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(32);
      firstUse.tw = t;
      return { value: tk, event: { sg: [http(rng, `/api/v2/user/files?path=%2Fclaims%2FTW-C-118204%2Fevidence.zip&ticket=${tk}`, 200, '198.51.100.77', BROWSERS[0])] } };
    }, { ref: 'tw' }),
    6,
    plant('replay', 'sftpgo-httpd-download-ticket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('tw').value, why: `${WHY.replay('ticket', gap('tw', t))} Another client (another address, a script's user agent) fetched the same evidence archive with it and got a 200: the portal's hook did not spend the ticket.` }], event: { sg: [http(rng, `/api/v2/user/files?path=%2Fclaims%2FTW-C-118204%2Fevidence.zip&ticket=${refs.get('tw').value}`, 200, '203.0.113.201', 'python-requests/2.32.5')] } }), { replayOf: 'tw', after: 118 }),
    5,
    plant('negative', 'sftpgo-connection-id', 'none', "An SFTP connection id (`SFTP_<16 hex>`): an identifier, no credential.", ({ rng }) => {
      const id = `SFTP_${rng.hex(16)}`;
      return { value: id, event: { sg: [{ f: { sender: 'SFTP', connection_id: id, message: 'connection closed, duration 00:04:12' } }] } };
    }),
    5,
    plant('api-key-name', 'sftpgo-httpd-uri-adjuster-key', 'error', `${WHY.apiKey('adjuster_key')} An adjuster's sync tool puts its key in the query of the REST call; the request line's \`uri\` writes it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { sg: [http(rng, `/api/v2/user/dirs?path=%2Fclaims&adjuster_key=${key}`, 401, undefined, 'bramble-sync/2.4 (+Go)')] } };
    }),
    5,
    plant('webhook', 'sftpgo-eventmanager-alertzy-account-key', 'error', WHY.webhook("An Alertzy push URL (`alertzy.app/send?accountKey=<key>`) an event rule calls when a large upload lands; the event manager's warning writes the endpoint (the account key is the secret part)"), ({ rng }) => {
      const key = rng.alnum(20).toLowerCase();
      return { value: key, event: { sg: [{ level: 'warn', f: { sender: 'eventmanager', message: `unable to execute http action "notify-desk": endpoint "https://alertzy.app/send?accountKey=${key}&title=Large%20upload&group=claims" returned 500` } }] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'sftpgo' }, filler, render, steps });
}

// =====================================================================================================================
// Koperasi Tirta Tani Rahayu (Javanese; Klaten: WIB, UTC+7; servers in UTC where said)
// =====================================================================================================================

const TT = 'tirtatani.example';

// ---------------------------------------------------------------------------------------------------------------------
// hivemq.log: HiveMQ Community Edition 2024's log file (`%d %-5level - %msg%n`, local time, no zone), with the
// cooperative's auth extension (`tirtatani-auth`) logging through the same appender.
// https://docs.hivemq.com/hivemq-community-edition/ (from memory, not fetched).

function hivemqLog(rng) {
  const render = (e) => e.hm.map(([lvl, msg]) => `${ymdHmsAt(e.t, WIB)},${iso(e.t).slice(20, 23)} ${lvl.padEnd(5)} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ hm: [['INFO', `Client ID: sensor-sawah-${rng.int(1, 90)}, IP: 10.70.${rng.int(1, 9)}.${rng.int(2, 250)} connected (MQTT 5, clean start false)`]] }),
      () => ({ hm: [['DEBUG', `Client ID: pompa-${rng.int(1, 30)} disconnected gracefully.`]] }),
      () => ({ hm: [['INFO', `[tirtatani-auth] Sensor sawah-${rng.int(1, 90)}: kelembapan lemah ${rng.int(20, 70)}%, data ditampa`]] }),
      () => ({ hm: [['WARN', `Client ID: meteran-${rng.int(100, 999)} was disconnected. reason: keep alive timeout`]] }),
    ])();
  const steps = [
    { raw: { hm: [['INFO', 'Starting HiveMQ Community Edition Server'], ['INFO', 'HiveMQ version: 2024.9'], ['INFO', 'Extension "Tirta Tani Auth" version 1.4.0 started successfully.']] }, after: 0 },
    6,
    plant('negative', 'hivemq-client-id-hex', 'none', "A client id that is 24 hex digits (a gateway's generated id): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { hm: [['INFO', `Client ID: ${id}, IP: 10.70.3.${rng.int(2, 250)} connected (MQTT 3.1.1, clean start true)`]] } };
    }),
    5,
    plant('api-key-name', 'hivemq-extension-backend-url-kunci-api', 'error', `${WHY.apiKey('kunci_api')} ("API key"): the auth extension asks the cooperative's backend with the key in the query, and its warning writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { hm: [['WARN', `[tirtatani-auth] Backend ora bisa dihubungi: https://api.${TT}/mqtt/pirsa?kunci_api=${key}&klien=pompa-12 (timeout 5000 ms)`]] } };
    }),
    5,
    plant('session-id', 'hivemq-extension-web-session-as-mqtt-password', 'error', WHY.session("The dashboard connects over MQTT-over-WebSocket with the browser's session as its password, and the auth extension logs the session it checks (`sesi_web=`, \"web session\")"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { hm: [['DEBUG', `[tirtatani-auth] Mriksa klien web-dasbor-${rng.int(1, 9)}: username=web sesi_web=${sid} -> sah`]] } };
    }),
    5,
    plant('encoded', 'hivemq-extension-base64-payload-sandhi', 'error', "The auth extension logs a provisioning message's payload as base64 at debug; it decodes to JSON with the new gateway's MQTT password (`sandhi`, \"password\").", ({ rng }) => {
      const p = b64Of(JSON.stringify({ gateway: `gw-sawah-${rng.int(10, 40)}`, pangguna: 'gw', sandhi: rng.alnum(20), papan: 'Ceper' }));
      return { value: p, event: { hm: [['DEBUG', `[tirtatani-auth] Pesen provisioning ing topik tani/provisioning, payload (base64) ${p}`]] } };
    }),
    5,
    plant('webhook', 'hivemq-extension-simplepush-key', 'error', WHY.webhook("A Simplepush URL (`api.simplepush.io/send/<key>/<title>/<message>`) the extension calls when a pump runs dry; its error writes the URL (the key is the secret part)"), ({ rng }) => {
      const key = rng.alnum(6);
      const k = `${key}${rng.alnum(14)}`;
      return { value: k, event: { hm: [['ERROR', `[tirtatani-auth] Kabar menyang Simplepush gagal: https://api.simplepush.io/send/${k}/Pompa%20garing/Pompa%2012%20mati -> 503`]] } };
    }),
    5,
    plant('negative', 'hivemq-correlation-data-hex', 'none', "The MQTT 5 correlation data of a request/response exchange (hex): a correlation id, no credential.", ({ rng }) => {
      const c = rng.hex(32);
      return { value: c, event: { hm: [['DEBUG', `[tirtatani-auth] Wangsulan kanggo pompa-7, correlation data ${c}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'mqtt' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kura.log: /var/log/kura.log of an Eclipse Kura 5.4 greenhouse gateway, with the cooperative's log4j2 pattern
// `%d{ISO8601_OFFSET_DATE_TIME_HHCMM} [%t] %-5p %c{1.} - %m%n` (WIB, +07:00); ConfigurationService updates with their
// properties, the cloud connection, the cooperative's bundles (`id.tirtatani.kura.*`).
// https://eclipse-kura.github.io/kura/ (documentation site; from memory, not fetched).

function kuraLog(rng) {
  const stamp = (t) => `${local(t, WIB).slice(0, 23)}${zone(WIB)}`;
  const render = (e) => e.ku.map(([thread, lvl, cat, msg]) => `${stamp(e.t)} [${thread}] ${lvl.padEnd(5)} ${cat} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ku: [['DataServiceImpl:Submit', 'INFO', 'o.e.k.c.d.DataServiceImpl', `Publishing message on topic: tani/omah-kaca-${rng.int(1, 6)}/suhu with QoS: 1`]] }),
      () => ({ ku: [['Thread-' + rng.int(20, 90), 'INFO', 'i.t.k.s.SiramService', `Siram omah kaca ${rng.int(1, 6)}: ${rng.int(2, 15)} menit, banyu ${rng.int(20, 400)} liter`]] }),
      () => ({ ku: [['MqttDataTransport:CONNECT', 'INFO', 'o.e.k.c.d.t.m.MqttDataTransport', `# ------------ Connected to broker mqtts://mqtt.${TT}:8883`]] }),
      () => ({ ku: [['HeaterScheduler', 'DEBUG', 'i.t.k.s.SensorPoller', `Modbus slave ${rng.int(1, 12)}: lemah ${rng.int(20, 70)}%, suhu ${rng.int(22, 36)}C`]] }),
    ])();
  const steps = [
    6,
    plant('negative', 'kura-deployment-package-sha256', 'none', "The SHA-256 of a deployment package the deployment agent verified: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { ku: [['DeploymentAgent', 'INFO', 'o.e.k.c.d.DeploymentAgent', `Package id.tirtatani.kura.siram_1.7.2.dp verified, sha256=${h}`]] } };
    }),
    5,
    plant('framework-dump', 'kura-configuration-update-properties-map', 'error', "ConfigurationService logs a component's new properties as a map when it updates them; the cooperative's bundle stores the weather station's password under `sandhi` (\"password\"), a name Kura's password type does not cover, so it is written in clear.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { ku: [['qtp' + rng.int(1000000, 9999999) + '-42', 'INFO', 'o.e.k.c.c.ConfigurationServiceImpl', `Updating configuration of pid id.tirtatani.kura.cuaca with properties {alamat=https://cuaca.${TT}/api, pangguna=gw-ceper, sandhi=${pw}, interval=300, service.pid=id.tirtatani.kura.cuaca}`]] } };
    }),
    5,
    plant('refresh-token', 'kura-cloud-connection-token-refresh-debug', 'error', `${WHY.refresh} The cooperative's cloud bundle logs the token endpoint's answer at DEBUG when it renews its access.`, ({ rng }) => {
      const rt = rng.b64url(52);
      return { value: rt, event: { ku: [['CloudRenew', 'DEBUG', 'i.t.k.c.TaniCloudClient', `Token dianyari: {"access_token":"<disingidake>","expires_in":1800,"refresh_token":"${rt}","token_type":"bearer"}`]] } };
    }),
    5,
    plant('embed-jwt', 'kura-kiosk-embed-jwt-8h', 'error', "The greenhouse kiosk bundle logs the dashboard address it opens on the screen (`/embed/<JWT>`), with the line's +07:00 offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 8 * 3600, age: rng.int(60, 600), claims: { dasbor: 'omah-kaca', kelompok: 'ceper-2', tampilan: 'kios' } });
      return { value: token, jwt: facts, event: { ku: [['KiosLauncher', 'INFO', 'i.t.k.k.KiosLauncher', `Mbukak dasbor ing layar: https://dasbor.${TT}/embed/${token}?tema=peteng`]] } };
    }),
    5,
    plant('session-id', 'kura-rest-call-cookie-sesi-tani', 'error', WHY.session("The yield-report bundle calls the cooperative's portal with a browser session copied into its configuration, and its failure message writes the `Cookie: SESI_TANI=` header"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { ku: [['PanenReport', 'WARN', 'i.t.k.p.PanenReporter', `Kirim laporan panen gagal (HTTP 403), header: Cookie: SESI_TANI=${sid}; Accept: application/json`]] } };
    }),
    5,
    plant('api-key-name', 'kura-cloud-publisher-url-kunci', 'error', `${WHY.apiKey('kunci')} ("key"): a REST cloud publisher's endpoint carries it in the query, and the publisher's error writes the endpoint.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { ku: [['RestPublisher', 'ERROR', 'i.t.k.c.RestCloudPublisher', `Publish gagal menyang https://data.${TT}/v1/omah-kaca/suhu?kunci=${key}: java.net.SocketTimeoutException: Read timed out`]] } };
    }),
    5,
    plant('path-secret', 'kura-bundle-undhangan-link', 'error', WHY.pathSecret("An invitation link for a new member of the greenhouse group (`/undhangan/<token>`, \"invitation\") the bundle logs after sending it by SMS"), ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { ku: [['Thread-' + rng.int(20, 90), 'INFO', 'i.t.k.a.AnggotaService', `Undhangan dikirim menyang +62812${digits(rng, 7)}: https://${TT}/undhangan/${tok}`]] } };
    }),
    5,
    plant('negative', 'kura-snapshot-id', 'none', "A configuration snapshot's id (epoch milliseconds in its file name): an identifier, no credential.", ({ rng }) => {
      const id = `snapshot_${Math.floor(DAY0) + rng.int(10000000, 40000000)}.xml`;
      return { value: id, event: { ku: [['qtp' + rng.int(1000000, 9999999) + '-41', 'INFO', 'o.e.k.c.c.ConfigurationServiceImpl', `Writing snapshot - Saving /opt/eclipse/kura/user/snapshots/${id}...`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'kura' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// questdb.log: a QuestDB 8.x server log holding the smart meters' readings (UTC): `<ISO, microseconds, Z> <level letter>
// <abbreviated logger> [<fd or id>] <message>`, the HTTP server's query lines (`exec [q='…']`), the import processor.
// https://questdb.com/docs/operations/logging-metrics/ (from memory, not fetched).

function questdbLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 23)}${pad(rng.int(0, 999), 3)}Z`;
  const render = (e) => e.qd.map(([l, cat, id, msg]) => `${stamp(e.t)} ${l} ${cat} [${id}] ${msg}`);
  const fd = () => rng.int(20, 200);
  const filler = (rng) =>
    rng.pick([
      () => ({ qd: [['I', 'i.q.c.h.p.JsonQueryProcessorState', fd(), `exec [q='SELECT meteran, sum(kwh) FROM waosan WHERE ts IN '2027-10-${pad(rng.int(1, 11))}' SAMPLE BY 1h']`]] }),
      () => ({ qd: [['I', 'i.q.c.l.t.LineTcpMeasurementScheduler', fd(), `idle table wal [table=waosan_meteran, txn=${rng.int(10000, 99999)}]`]] }),
      () => ({ qd: [['I', 'http-server', fd(), `disconnected [ip=10.70.9.${rng.int(2, 250)}, fd=${rng.int(20, 200)}, src=queue]`]] }),
      () => ({ qd: [['I', 'i.q.c.w.ApplyWal2TableJob', rng.int(1, 9), `job ejected [table=waosan_meteran, seqTxn=${rng.int(10000, 99999)}, transactions=${rng.int(1, 40)}, rows=${rng.int(100, 90000)}]`]] }),
    ])();
  const q = (sql) => ['I', 'i.q.c.h.p.JsonQueryProcessorState', fd(), `exec [q='${sql}']`];
  const steps = [
    6,
    plant('negative', 'questdb-meter-serial-symbol', 'none', "A meter's serial number as a symbol value in a query (`meteran = 'KWH…'`): a device number, no credential.", ({ rng }) => {
      const s = `KWH${digits(rng, 11)}`;
      return { value: s, event: { qd: [q(`SELECT * FROM waosan WHERE meteran = '${s}' LATEST ON ts PARTITION BY meteran`)] } };
    }),
    5,
    plant('refresh-token', 'questdb-query-insert-refresh-token-row', 'error', `${WHY.refresh} A billing job stores the payment partner's token in a table, and the query log writes the INSERT with the value (\`'refresh_token', '<value>'\`).`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { qd: [q(`INSERT INTO kredensial (mitra, jinis, nilai, ts) VALUES ('bank-desa', 'refresh_token', '${rt}', now())`)] } };
    }),
    5,
    plant('api-key-name', 'questdb-import-url-kunci', 'error', `${WHY.apiKey('kunci')} ("key"), which the cooperative's reverse proxy checks; the import processor writes the request URL with it.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { qd: [['I', 'i.q.c.h.p.TextImportProcessor', fd(), `import [url=/imp?name=waosan_meteran&overwrite=false&kunci=${key}, partitionBy=DAY]`]] } };
    }),
    5,
    plant('session-id', 'questdb-query-where-sesi-id', 'error', WHY.session("The member portal looks up its sessions in a table and the query log writes the lookup with the session id (`sesi_id = '…'`)"), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { qd: [q(`SELECT anggota, kadaluwarsa FROM sesi WHERE sesi_id = '${sid}'`)] } };
    }),
    5,
    plant('negative', 'questdb-reading-md5-cek', 'none', "A reading's checksum (`cek`, an MD5 hex the meter computes over its frame): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { qd: [q(`SELECT count() FROM waosan WHERE cek = '${h}'`)] } };
    }),
    5,
    plant('encoded', 'questdb-query-update-base64-config', 'error', "A provisioning job stores a meter gateway's settings as base64 JSON and the query log writes the UPDATE; the JSON holds the gateway's DLMS password (`sandhi_dlms`).", ({ rng }) => {
      const b = b64Of(JSON.stringify({ gateway: `gw-meteran-${rng.int(10, 60)}`, sandhi_dlms: rng.alnum(16), port: 4059 }));
      return { value: b, event: { qd: [q(`UPDATE gateway SET konfig = '${b}' WHERE jeneng = 'gw-meteran-07'`)] } };
    }),
    5,
    plant('path-secret', 'questdb-query-insert-ganti-sandhi-link', 'error', WHY.pathSecret("A password-reset link (`/ganti-sandhi/<token>`, \"change password\") the portal writes into its outbox table; the query log writes the INSERT"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { qd: [q(`INSERT INTO kothak_metu (tujuan, isi, ts) VALUES ('+62813${digits(rng, 7)}', 'Ganti tembung sandhi: https://${TT}/ganti-sandhi/${tok}', now())`)] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'questdb' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vmagent.log: vmagent 1.10x scraping the meter gateways (UTC): `<ISO, ms, Z>\t<level>\t<file:line>\t<message>`, the
// flags it was started with (`flag "<name>"="<value>"`, values of secret flags as `"secret"`), scrape errors.
// https://docs.victoriametrics.com/vmagent/ (from memory, not fetched).

function vmagentLog(rng) {
  const render = (e) => e.vm.map(([lvl, where, msg]) => `${iso(e.t)}\t${lvl}\t${where}\t${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ vm: [['info', 'VictoriaMetrics/lib/promscrape/config.go:148', `started scrape targets for job "meteran" (${rng.int(40, 90)} targets)`]] }),
      () => ({ vm: [['warn', 'VictoriaMetrics/lib/promscrape/scrapework.go:398', `cannot scrape target "http://10.70.${rng.int(1, 9)}.${rng.int(2, 250)}:9100/metrics" ({instance="gw-meteran-${rng.int(1, 60)}",job="meteran"}) 1 out of 1 times during -promscrape.suppressScrapeErrorsDelay=0s; the last error: dial tcp: i/o timeout`]] }),
      () => ({ vm: [['info', 'VictoriaMetrics/app/vmagent/remotewrite/client.go:419', `sent ${rng.int(100, 9000)} rows to "1:secret-url" in ${rng.int(10, 900)}ms`]] }),
    ])();
  const steps = [
    { raw: { vm: [['info', 'VictoriaMetrics/lib/logger/flag.go:12', 'build version: vmagent-20270915-101522-tags-v1.108.2-0-g6a4c1f'], ['info', 'VictoriaMetrics/lib/logger/flag.go:13', 'command-line flags']] }, after: 0 },
    plant('framework-dump', 'vmagent-flags-promscrape-config-url-kunci', 'error', "vmagent prints the flags it started with; it hides the flags it knows to be secret, but `-promscrape.config` is a file path to it, and here it is a URL with the configuration server's key (`kunci=`), printed in clear.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { vm: [['info', 'VictoriaMetrics/lib/logger/flag.go:20', `  -promscrape.config="https://konfig.${TT}/vmagent/meteran.yml?kunci=${key}"`]] } };
    }, { after: 0 }),
    plant('negative', 'vmagent-flags-secret-basic-auth-password', 'none', "vmagent prints a flag it knows to be secret as `\"secret\"` (`-remoteWrite.basicAuth.password`): its redaction, no credential.", () => ({ value: '-remoteWrite.basicAuth.password="secret"', event: { vm: [['info', 'VictoriaMetrics/lib/logger/flag.go:20', '  -remoteWrite.basicAuth.password="secret"']] } }), { after: 0 }),
    { raw: { vm: [['info', 'VictoriaMetrics/lib/logger/flag.go:20', '  -remoteWrite.url="secret"'], ['info', 'VictoriaMetrics/app/vmagent/main.go:112', 'starting vmagent at "0.0.0.0:8429"...']] }, after: 1 },
    5,
    plant('negative', 'vmagent-persistent-queue-id', 'none', "The persistent queue's directory name (`1_<16 hex>`, a hash of the remote write URL): an identifier, no credential.", ({ rng }) => {
      const id = `1_${rng.hex(16).toUpperCase()}`;
      return { value: id, event: { vm: [['info', 'VictoriaMetrics/lib/persistentqueue/fastqueue.go:59', `opened fast persistent queue at "/vmagent-remotewrite-data/persistent-queue/${id}" with maxInmemoryBlocks=400`]] } };
    }),
    6,
    plant('api-key-name', 'vmagent-scrape-error-kunci-gateway', 'error', `${WHY.apiKey('kunci_gateway')} ("gateway key"): the gateways' exporter takes it in the query, and vmagent's scrape error writes the target URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { vm: [['warn', 'VictoriaMetrics/lib/promscrape/scrapework.go:398', `cannot scrape target "https://gw-pusat.${TT}:9443/metrics?kunci_gateway=${key}" ({instance="gw-pusat",job="gateway"}) 1 out of 1 times during -promscrape.suppressScrapeErrorsDelay=0s; the last error: unexpected status code returned: 502`]] } };
    }),
    6,
    plant('embed-jwt', 'vmagent-probe-target-percent-encoded-embed-120s', 'warning', "A json_exporter probe watches the public outage map through its embed URL, percent-encoded in `target=` (`%2Fembed%2F<JWT>`), a token valid 120 s without a `jti` that the job's config refreshes; vmagent's scrape error writes it with the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(10, 60), claims: { peta: 'pemadaman', wilayah: 'klaten' } });
      return { value: token, jwt: facts, event: { vm: [['warn', 'VictoriaMetrics/lib/promscrape/scrapework.go:398', `cannot scrape target "http://json-exporter:7979/probe?module=peta&target=https%3A%2F%2Fpeta.${TT}%2Fembed%2F${token}" ({instance="peta-pemadaman",job="probe"}) 1 out of 1 times during -promscrape.suppressScrapeErrorsDelay=0s; the last error: context deadline exceeded`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'vmagent' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mender-update.log: `journalctl -u mender-updated -o short-iso` of a meter gateway running the Mender client 4
// (`<ISO, +0700> <host> mender-update[<pid>]: record_id=<n> severity=<s> time="<yyyy-Mon-dd HH:MM:SS.ffffff>" name="Global"
// msg="…"`, the client's time in UTC without zone), with state scripts' output.
// https://docs.mender.io/client-installation/ (from memory, not fetched).

function menderLog(rng) {
  let rec = 1000;
  const render = (e) => e.md.map(([sev, msg]) => {
    rec += 1;
    const u = iso(e.t);
    const clientTime = `${u.slice(0, 4)}-${MONTHS[Number(u.slice(5, 7)) - 1]}-${u.slice(8, 10)} ${u.slice(11, 23)}${pad(rng.int(0, 999), 3)}`;
    return `${local(e.t, WIB).slice(0, 19)}+0700 gw-meteran-07 mender-update[912]: record_id=${rec} severity=${sev} time="${clientTime}" name="Global" msg="${msg}"`;
  });
  const filler = (rng) =>
    rng.pick([
      () => ({ md: [['info', 'Checking for pending updates...']] }),
      () => ({ md: [['info', `Inventory update sent (${rng.int(20, 40)} attributes)`]] }),
      () => ({ md: [['debug', 'No update available']] }),
      () => ({ md: [['info', `State transition: idle [Idle] -> check-update [Sync]`]] }),
    ])();
  const steps = [
    6,
    plant('negative', 'mender-device-id', 'none', "The device's id in Mender (24 hex): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { md: [['info', `Device authorized, device id ${id}`]] } };
    }),
    5,
    plant('header-dump', 'mender-debug-request-authorization-bearer-device-jwt', 'error', "The client's debug output writes the request it sends with its headers, the device's `Authorization: Bearer <JWT>` (a device token valid a week, RS256) included; the journal's prefix gives the line its +0700 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 7 * 86400, age: rng.int(3600, 86400), alg: 'RS256', claims: { sub: rng.uuid(), 'mender.device': true, 'mender.tenant': rng.hex(24), iss: 'Mender' } });
      return { value: token, jwt: facts, event: { md: [['debug', `Sending request: GET https://hosted.mender.io/api/devices/v2/deployments/device/deployments/next, headers: Authorization: Bearer ${token}, Content-Type: application/json`]] } };
    }),
    5,
    plant('refresh-token', 'mender-state-script-output-token-json', 'error', `${WHY.refresh} A state script that re-registers the meter gateway with the billing system prints the token endpoint's answer, and the client logs the script's output.`, ({ rng }) => {
      const rt = rng.b64url(44);
      return { value: rt, event: { md: [['info', `Collected output (stdout) while running script /etc/mender/scripts/ArtifactCommit_Leave_10_daftar: {\\"access_token\\":\\"${rng.b64url(30)}\\",\\"refresh_token\\":\\"${rt}\\",\\"expires_in\\":3600}`]] } };
    }),
    5,
    plant('api-key-name', 'mender-state-script-curl-header-x-kunci-meteran', 'error', `${WHY.apiKey('X-Kunci-Meteran')} ("meter key") as an HTTP header: a state script's \`curl -v\` output, which the client logs, writes the header it sent.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { md: [['info', `Collected output (stderr) while running script /etc/mender/scripts/ArtifactInstall_Leave_20_lapor: > X-Kunci-Meteran: ${key}`]] } };
    }),
    5,
    plant('encoded', 'mender-inventory-script-base64-json', 'error', "An inventory script reports the gateway's provisioning blob as base64 JSON, and the client's failed-attribute warning writes it; it decodes to the DLMS client's password.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ dlms_client: 1, sandhi: rng.alnum(16), meteran: rng.int(40, 90) }));
      return { value: b, event: { md: [['warning', `Inventory attribute provisioning rejected (too long): ${b}`]] } };
    }),
    5,
    plant('negative', 'mender-artifact-checksum', 'none', "An artifact's payload checksum (SHA-256): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { md: [['info', `Artifact meteran-fw-3.4.1 payload checksum ${h} OK`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'gw' }, filler, render, steps });
}

// =====================================================================================================================
// Ṭəʿna ab Geza (ጥዕና ኣብ ገዛ; Tigrinya; Mekelle: EAT, UTC+3; servers in UTC where said)
// =====================================================================================================================

const TG = 'tiena-abgeza.example';

// ---------------------------------------------------------------------------------------------------------------------
// gammu-smsd.log: the `logfile` of gammu-smsd 1.42 (`<Day> <yyyy/MM/dd HH:mm:ss> gammu-smsd[<pid>]: <message>`, local time
// without zone) sending pharmacy reminders from an SQL backend at `debuglevel = 1`; the RunOnReceive script appends its
// own lines to the same file with the same prefix.
// https://docs.gammu.org/smsd/config.html (from memory, not fetched).

function gammuLog(rng) {
  const render = (e) => e.gm.map((msg) => {
    const l = local(e.t, EAT);
    return `${DAYS[new Date(e.t + EAT * MIN).getUTCDay()]} ${l.slice(0, 10).replace(/-/g, '/')} ${l.slice(11, 19)} gammu-smsd[1412]: ${msg}`;
  });
  const filler = (rng) =>
    rng.pick([
      () => ({ gm: [`Read ${rng.int(0, 3)} messages`] }),
      () => ({ gm: [`Message sent to +2519${digits(rng, 8)}, reference ${rng.int(1, 255)}`] }),
      () => ({ gm: [`SQL: SELECT ID, InsertIntoDB, SendingDateTime, SenderID FROM outbox WHERE SendingDateTime < NOW() AND SendingTimeOut < NOW() AND ( SenderID is NULL OR SenderID = '' OR SenderID = 'tiena-gsm' ) ORDER BY InsertIntoDB ASC`] }),
      () => ({ gm: [`Found ${rng.int(1, 4)} sms in outbox`] }),
    ])();
  const steps = [
    { raw: { gm: ['Starting phone communication...', 'gammu-smsd: connected to Database: smsd on 10.30.1.4'] }, after: 0 },
    plant('negative', 'gammu-imei', 'none', "The modem's IMEI as the daemon reports it: a device number, no credential.", ({ rng }) => {
      const imei = `35${digits(rng, 13)}`;
      return { value: imei, event: { gm: [`IMEI: ${imei}`] } };
    }),
    5,
    plant('path-secret', 'gammu-sql-insert-outbox-medhanit-wesid-link', 'error', WHY.pathSecret("A prescription pickup link (`/medhanit/wesid/<token>`, \"take the medicine\") in the SMS text the daemon writes to the outbox; the SQL line at debug level writes the text"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { gm: [`SQL: INSERT INTO sentitems (TextDecoded, DestinationNumber, Status) VALUES ('መድሃኒትኩም ድሉው እዩ። ካብ ፋርማሲ ውሰዱ: https://${TG}/medhanit/wesid/${tok}', '+2519${digits(rng, 8)}', 'SendingOK')`] } };
    }),
    5,
    plant('negative', 'gammu-prescription-number', 'none', "A prescription number (`RX-<year>-<digits>`) in a reminder's text: a reference a patient reads out at the counter, no credential.", ({ rng }) => {
      const rx = `RX-2027-${digits(rng, 7)}`;
      return { value: rx, event: { gm: [`SQL: INSERT INTO sentitems (TextDecoded, DestinationNumber, Status) VALUES ('ቁጽሪ መድሃኒት ${rx}: ጽባሕ ተመለሱ።', '+2519${digits(rng, 8)}', 'SendingOK')`] } };
    }),
    5,
    plant('webhook', 'gammu-runonreceive-pushdeer-pushkey', 'error', WHY.webhook("A PushDeer push URL (`api2.pushdeer.com/message/push?pushkey=<key>`) the RunOnReceive script calls to tell the pharmacist on duty; its error line writes the URL (the push key is the secret part)"), ({ rng }) => {
      const key = `PDU${rng.int(1000, 9999)}T${rng.alnum(36)}`;
      return { value: key, event: { gm: [`qebelti.sh: ምልኣኽ ኣይተዓወተን (push failed): https://api2.pushdeer.com/message/push?pushkey=${key}&text=%E1%88%93%E1%8B%B5%E1%88%B5 -> 000`] } };
    }),
    5,
    plant('api-key-name', 'gammu-runonreceive-meftih', 'error', `${WHY.apiKey('meftih')} ("key"): the RunOnReceive script forwards the patient's reply to the pharmacy API with the key in the query and logs the URL when the API refuses it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { gm: [`qebelti.sh: https://api.${TG}/farmasi/melsi?meftih=${key}&kab=%2B2519${digits(rng, 8)} -> 401`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'sms' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// medplum-server.log: `docker logs` of a Medplum 3.x server (one JSON object a line: `level`, `timestamp` in UTC with
// `Z`, `msg`, and the request fields `requestId`, `traceId`, `ip`, `method`, `path`, `profile`, `status`, `duration`),
// with Bot executions, subscriptions and e-mails.
// https://www.medplum.com/docs/self-hosting (from memory, not fetched).

function medplumLog(rng) {
  const render = (e) => e.mp.map((o) => JSON.stringify({ level: o.level ?? 'INFO', timestamp: iso(e.t), msg: o.msg, ...o.f }));
  const req = (rng, path, status, ip) => ({ msg: 'Request served', f: { requestId: rng.uuid(), traceId: rng.uuid(), ip: ip ?? pub(rng), method: 'GET', path, profile: `Practitioner/${rng.uuid()}`, status, duration: rng.int(3, 400) } });
  const filler = (rng) =>
    rng.pick([
      () => ({ mp: [req(rng, `/fhir/R4/Appointment?date=ge2027-10-${pad(rng.int(12, 20))}&_count=20`, 200)] }),
      () => ({ mp: [req(rng, `/fhir/R4/MedicationRequest?patient=Patient/${rng.uuid()}`, 200)] }),
      () => ({ mp: [{ msg: 'Subscription job complete', f: { subscription: `Subscription/${rng.uuid()}`, status: 200 } }] }),
      () => ({ mp: [req(rng, '/healthcheck', 200)] }),
    ])();
  const steps = [
    6,
    plant('negative', 'medplum-request-id', 'none', "A request's `requestId` (a uuid): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { mp: [{ level: 'WARN', msg: 'Slow request', f: { requestId: id, path: '/fhir/R4/$graphql', duration: rng.int(3000, 9000) } }] } };
    }),
    5,
    plant('oauth-code', 'medplum-request-auth-external-code', 'warning', `${WHY.code} The external identity provider sends the doctor back to \`/auth/external\`, and the request line's \`path\` keeps the query.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { mp: [req(rng, `/auth/external?code=${code}&state=${encodeURIComponent(JSON.stringify({ clientId: rng.uuid() }))}`, 302)] } };
    }),
    5,
    plant('id-token', 'medplum-token-exchange-error-id-token', 'error', "A token exchange for the pharmacy app fails and the error entry writes the `subject_token`, the doctor's ID token from the national login (an hour, a jti), with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, alg: 'RS256', kid: rng.hex(8), claims: { iss: 'https://id.health-login.example', aud: 'tiena-farmasi', sub: rng.uuid(), amr: ['pwd', 'otp'] } });
      return { value: token, jwt: facts, event: { mp: [{ level: 'ERROR', msg: 'Token exchange failed', f: { error: 'Invalid audience', subject_token: token, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token' } }] } };
    }),
    5,
    plant('path-secret', 'medplum-email-setpassword-link', 'error', WHY.pathSecret("A set-password link (`/setpassword/<id>/<secret>`) the server logs with the invitation e-mail it sends to a new pharmacist"), ({ rng }) => {
      const secret = rng.hex(32);
      return { value: secret, event: { mp: [{ msg: 'Sending email', f: { to: 'farmasi.hawelti@tiena-abgeza.example', subject: 'ናብ ጥዕና ኣብ ገዛ እንቋዕ ብደሓን መጻእኩም', text: `ቃል ምሕላፍኩም ኣቐምጡ: https://app.${TG}/setpassword/${rng.uuid()}/${secret}` } }] } };
    }),
    5,
    plant('implicit-fragment', 'medplum-bot-logs-href-fragment', 'error', "A Bot that collects the patient app's client errors logs them; one error's `href` has an implicit-flow fragment (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { mp: [{ msg: 'Bot logs', f: { botId: rng.uuid(), logs: `ጌጋ ኣብ ገጽ ቆጸራ: TypeError at https://${TG}/qotsera/#access_token=${at}&token_type=Bearer&expires_in=3600` } }] } };
    }),
    5,
    plant('header-dump', 'medplum-subscription-rest-hook-headers-bearer', 'error', "A rest-hook Subscription to a pharmacy's system fails and the error entry writes the request headers it sent, the `Authorization: Bearer <JWT>` of the subscription's `channel.header` included, with the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), claims: { iss: `https://${TG}`, sub: 'subscription-farmasi-hawelti', scope: 'prescriptions:write' } });
      return { value: token, jwt: facts, event: { mp: [{ level: 'WARN', msg: 'Subscription delivery failed', f: { subscription: `Subscription/${rng.uuid()}`, url: 'https://hawelti-pharmacy.example/fhir-hook', status: 502, headers: { 'Content-Type': 'application/fhir+json', Authorization: `Bearer ${token}` } } }] } };
    }),
    5,
    plant('replay', 'medplum-bot-execute-tiket-hanti-gize-once', 'note', WHY.ticketFirst("A one-time ticket (`tiket_hanti_gize`, \"one-time ticket\") that lets a patient join a video visit through a Bot's `$execute`; the request line writes it. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(28);
      firstUse.tg = t;
      return { value: tk, event: { mp: [req(rng, `/fhir/R4/Bot/${'6f1c2a4e-9d0b-4e8a-b1c3-5a7e2f90d4b1'}/$execute?tiket_hanti_gize=${tk}`, 200, '192.0.2.144')] } };
    }, { ref: 'tg' }),
    6,
    plant('replay', 'medplum-bot-execute-tiket-hanti-gize-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('tg').value, why: `${WHY.replay('tiket_hanti_gize', gap('tg', t))} Another client (another address) joined the same video visit with it and the Bot answered 200 again: the ticket was not spent.` }], event: { mp: [req(rng, `/fhir/R4/Bot/${'6f1c2a4e-9d0b-4e8a-b1c3-5a7e2f90d4b1'}/$execute?tiket_hanti_gize=${refs.get('tg').value}`, 200, '203.0.113.58')] } }), { replayOf: 'tg', after: 87 }),
    5,
    plant('refresh-token', 'medplum-refresh-failed-jwt', 'error', `${WHY.refresh} A client's refresh fails and the warning writes the token it presented (a JWT valid two weeks).`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 14 * 86400, age: rng.int(86400, 5 * 86400), claims: { iss: `https://api.${TG}/`, login_id: rng.uuid(), client_id: rng.uuid() } });
      return { value: token, jwt: facts, event: { mp: [{ level: 'WARN', msg: 'Refresh token rejected', f: { reason: 'Invalid client', refresh_token: token } }] } };
    }),
    5,
    plant('session-id', 'medplum-bot-logs-cookie-sesion-tiena', 'error', WHY.session("A Bot that forwards visits to the old booking site logs the request it makes with the patient's cookie (`sesion_tiena=`, \"session\")"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { mp: [{ msg: 'Bot logs', f: { botId: rng.uuid(), logs: `fetch https://qotsera.${TG}/api/booking cookie=sesion_tiena=${sid} -> 500` } }] } };
    }),
    5,
    plant('api-key-name', 'medplum-bot-fetch-url-meftih', 'error', `${WHY.apiKey('meftih')} ("key"): the lab-results Bot calls the laboratory's API with it in the query, and the Bot's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { mp: [{ level: 'ERROR', msg: 'Bot error', f: { botId: rng.uuid(), error: `FetchError: request to https://lab.ayder-diagnostics.example/api/results?meftih=${key}&patient=ET-${digits(rng, 8)} failed, reason: socket hang up` } }] } };
    }),
    5,
    plant('negative', 'medplum-trace-id', 'none', "A `traceId` (a uuid) on a request line: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      const r = req(rng, '/fhir/R4/Practitioner?_count=50', 200);
      r.f.traceId = id;
      return { value: id, event: { mp: [r] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'medplum' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// step-ca.log: `journalctl -u step-ca -o cat` of smallstep's step-ca 0.27 issuing the doctors' signing certificates
// (logrus JSON, one object a line: `duration`, `fields.time` with its +03:00 offset, `level`, `method`, `msg`, `path`,
// `remote-address`, `request-id`, `status`, `user-agent`, `error` on failures) and start-up lines.
// https://smallstep.com/docs/step-ca/configuration/ (from memory, not fetched).

function stepCaLog(rng) {
  const stampAt = (t) => `${local(t, EAT).slice(0, 19)}${zone(EAT)}`;
  const goLog = (t) => `${local(t, EAT).slice(0, 10).replace(/-/g, '/')} ${local(t, EAT).slice(11, 19)}`;
  const render = (e) => e.sc.map((o) => (typeof o === 'string' ? `${goLog(e.t)} ${o}` : JSON.stringify({ duration: `${rng.int(1, 90)}.${rng.int(100, 999)}ms`, 'fields.time': stampAt(e.t), level: o.level ?? 'info', method: o.method ?? 'POST', msg: '', name: 'ca', path: o.path, protocol: 'HTTP/1.1', 'remote-address': o.ip ?? `10.30.2.${rng.int(2, 250)}`, 'request-id': rng.uuid(), size: rng.int(200, 4000), status: o.status ?? 200, 'user-agent': o.ua ?? 'Smallstep CLI/0.27.4 (linux/amd64)', ...(o.error ? { error: o.error } : {}) })));
  const filler = (rng) =>
    rng.pick([
      () => ({ sc: [{ path: '/1.0/sign', status: 201 }] }),
      () => ({ sc: [{ path: '/health', method: 'GET', ua: 'kube-probe/1.31' }] }),
      () => ({ sc: [{ path: '/1.0/renew', status: 201, ua: 'firma-agent/1.3' }] }),
      () => ({ sc: [{ path: '/roots.pem', method: 'GET', ua: 'curl/8.19.0' }] }),
    ])();
  const steps = [
    { raw: { sc: ['Starting Smallstep CA/0.27.4 (linux/amd64)', 'Documentation: https://u.step.sm/docs/ca', 'X.509 Root Fingerprint: ' + rng.hex(64), 'Serving HTTPS on :9000 ...'] }, after: 0 },
    6,
    plant('negative', 'step-ca-root-fingerprint', 'none', "The root certificate's SHA-256 fingerprint as the CA prints it: a hash of a public certificate, no credential.", ({ rng }) => {
      const fp = rng.hex(64);
      return { value: fp, event: { sc: [`X.509 Intermediate Fingerprint: ${fp}`] } };
    }),
    5,
    plant('id-token', 'step-ca-oidc-provisioner-error-token', 'error', "The OIDC provisioner rejects a doctor's sign request and the error field writes the token it was given, the identity provider's ID token (an hour, RS256), with the line's +03:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 600), alg: 'RS256', kid: rng.hex(20), claims: { iss: `https://login.${TG}`, aud: 'step-ca-firma', sub: rng.uuid(), email: 'hakim.abraha@tiena-abgeza.example', email_verified: true } });
      return { value: token, jwt: facts, event: { sc: [{ path: '/1.0/sign', status: 401, level: 'error', error: `authority.Authorize; oidc.AuthorizeToken; invalid token ${token}: email is not allowed` }] } };
    }),
    5,
    plant('api-key-name', 'step-ca-webhook-url-meftih', 'error', `${WHY.apiKey('meftih')} ("key"): the provisioner's authorizing webhook URL carries it, and the CA's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { sc: [{ path: '/1.0/sign', status: 403, level: 'error', error: `webhook "firma-authz": Post "https://authz.${TG}/hook?meftih=${key}": dial tcp 10.30.2.40:443: connect: connection refused` }] } };
    }),
    5,
    plant('header-dump', 'step-ca-webhook-error-echoed-authorization', 'error', "The authorizing webhook answers 401 with an echo of the request it got, and the CA's error writes the answer: the `Authorization: Bearer <JWT>` of the e-signature app's admin (10 min, a jti), with the line's +03:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(20, 200), jti: true, claims: { iss: 'firma-admin', sub: 'hakim-admin', aud: `https://authz.${TG}/hook` } });
      return { value: token, jwt: facts, event: { sc: [{ path: '/1.0/sign', status: 403, level: 'error', error: `webhook "firma-authz" responded 401: {"error":"ዘይተፈቕደ (unauthorized)","received_headers":{"Authorization":"Bearer ${token}","Content-Type":"application/json"}}` }] } };
    }),
    5,
    plant('negative', 'step-ca-certificate-serial', 'none', "A certificate's serial number (a big decimal) in a revocation request: an identifier of a public certificate, no credential.", ({ rng }) => {
      const serial = `${rng.int(1, 9)}${digits(rng, 37)}`;
      return { value: serial, event: { sc: [{ path: '/1.0/revoke', status: 200, ua: 'firma-agent/1.3' }, `revoked certificate serial ${serial} (reason: superseded)`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'ca' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gotenberg.log: `docker logs gotenberg` of Gotenberg 8 at `--log-level=debug` rendering signed prescriptions and
// consent forms to PDF (zap JSON: `level`, `ts` as ISO 8601 UTC, `logger`, `msg`, `trace`, the access line's
// `remote_ip`, `uri`, `method`, `status`, `latency_human`), the Chromium module's debug messages, webhook errors.
// https://gotenberg.dev/docs/configuration (from memory, not fetched).

function gotenbergLog(rng) {
  const render = (e) => e.gb.map((o) => JSON.stringify({ level: o.level ?? 'info', ts: iso(e.t), logger: o.logger ?? 'api', msg: o.msg, trace: e.trace, ...o.f }));
  const done = (uri, status) => ({ msg: 'request handled', f: { remote_ip: `10.30.4.${rng.int(2, 250)}`, host: 'gotenberg:3000', uri, method: 'POST', status, latency_human: `${rng.int(200, 4000)}ms`, bytes_out: rng.int(20000, 900000) } });
  const filler = (rng) =>
    rng.pick([
      () => ({ trace: rng.uuid(), gb: [{ msg: 'request handled', f: { remote_ip: `10.30.4.${rng.int(2, 250)}`, host: 'gotenberg:3000', uri: '/forms/chromium/convert/html', method: 'POST', status: 200, latency_human: `${rng.int(200, 4000)}ms`, bytes_out: rng.int(20000, 900000) } }] }),
      () => ({ trace: rng.uuid(), gb: [{ msg: 'request handled', f: { remote_ip: '10.30.4.9', host: 'gotenberg:3000', uri: '/health', method: 'GET', status: 200, latency_human: `${rng.int(1, 9)}ms`, bytes_out: 84 } }] }),
      () => ({ trace: rng.uuid(), gb: [{ level: 'debug', logger: 'api.chromium', msg: `${rng.int(1, 6)} page(s) printed`, f: {} }] }),
    ])();
  const steps = [
    6,
    plant('negative', 'gotenberg-trace-id', 'none', "A request's `trace` (a uuid Gotenberg puts on every line of a request): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { trace: id, gb: [done('/forms/libreoffice/convert', 200)] } };
    }),
    5,
    plant('embed-jwt', 'gotenberg-chromium-navigate-embed-jwt', 'error', "Chromium's debug line writes the page it renders, a prescriptions report through its embed URL (`/embed/<JWT>`, an hour, a jti), with the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 60), jti: true, claims: { gebaa: 'medhanit-wehalet', farmasi: 'hawelti' } });
      return { value: token, jwt: facts, event: { trace: rng.uuid(), gb: [{ level: 'debug', logger: 'api.chromium', msg: `navigate to 'https://gebaa.${TG}/embed/${token}'`, f: {} }] } };
    }),
    5,
    plant('path-secret', 'gotenberg-chromium-error-firma-sign-link-and-access', 'error', WHY.pathSecret("A patient's consent-signing link (`/firma/sign/<token>`, \"signature\") Gotenberg is asked to print; Chromium's debug line and the conversion error both write it"), ({ rng }) => {
      const tok = rng.b64url(32);
      const url = `https://${TG}/firma/sign/${tok}/print`;
      return { value: tok, event: { trace: rng.uuid(), gb: [{ level: 'debug', logger: 'api.chromium', msg: `navigate to '${url}'`, f: {} }, { level: 'error', msg: `convert URL to PDF: convert to PDF: invalid HTTP status code from the main page: 410 for '${url}'`, f: {} }, done('/forms/chromium/convert/url', 409)] } };
    }),
    5,
    plant('implicit-fragment', 'gotenberg-chromium-main-frame-navigated-fragment', 'error', "Chromium's debug line writes where the main frame ended up after the login redirect: the app's address with an implicit-flow fragment (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { trace: rng.uuid(), gb: [{ level: 'debug', logger: 'api.chromium', msg: `main frame navigated to 'https://app.${TG}/firma/#access_token=${at}&token_type=Bearer&expires_in=900'`, f: {} }] } };
    }),
    5,
    plant('header-dump', 'gotenberg-webhook-extra-headers-basic', 'error', "The webhook module logs the extra HTTP headers it will send with the PDF (`Gotenberg-Webhook-Extra-Http-Headers`), the archive's `Authorization: Basic <base64 user:password>` included.", ({ rng }) => {
      const b = b64Of(`firma-archive:${rng.alnum(20)}`);
      return { value: b, event: { trace: rng.uuid(), gb: [{ level: 'debug', logger: 'api.webhook', msg: `webhook extra HTTP headers: {"Authorization":"Basic ${b}","X-Mezgeb":"prescription"}`, f: {} }] } };
    }),
    5,
    plant('encoded', 'gotenberg-webhook-url-nested-percent-encoded-meftih', 'error', "The webhook URL's `next=` holds a percent-encoded callback with the signing service's key inside (`%3Fmeftih%3D<key>`); the webhook error writes the URL.", ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { trace: rng.uuid(), gb: [{ level: 'error', logger: 'api.webhook', msg: `send to webhook: POST 'https://archive.${TG}/hook?next=https%3A%2F%2Ffirma.${TG}%2Fdone%3Fmeftih%3D${key}%26doc%3D${rng.int(10000, 99999)}': 503 Service Unavailable`, f: {} }] } };
    }),
    5,
    plant('replay', 'gotenberg-chromium-navigate-tiket-hanti-gize-once', 'note', WHY.ticketFirst("A one-time ticket (`tiket_hanti_gize`) in the address of a signed prescription Gotenberg renders once for the pharmacy; Chromium's debug line writes it. The ticket is"), ({ rng }) => {
      const tk = rng.b64url(26);
      return { value: tk, event: { trace: rng.uuid(), gb: [{ level: 'debug', logger: 'api.chromium', msg: `navigate to 'https://firma.${TG}/resept/print?tiket_hanti_gize=${tk}'`, f: {} }] } };
    }),
    5,
    plant('negative', 'gotenberg-asset-cache-buster', 'none', "A stylesheet's cache buster (`?v=<hex>`) in a failed-resource message: a version hash, no credential.", ({ rng }) => {
      const v = rng.hex(10);
      return { value: v, event: { trace: rng.uuid(), gb: [{ level: 'debug', logger: 'api.chromium', msg: `event 'loadingFailed' for 'https://${TG}/static/print.css?v=${v}': net::ERR_ABORTED`, f: {} }] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'gotenberg' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout53');
writePart(join(here, 'heldout53'), {
  'openas2.log': openAs2Log(rng),
  'ais-catcher.log': aisCatcherLog(rng),
  'signalk-server.log': signalkLog(rng),
  'server.log': nuxeoLog(rng),
  'sftpgo.log': sftpgoLog(rng),
  'hivemq.log': hivemqLog(rng),
  'kura.log': kuraLog(rng),
  'questdb.log': questdbLog(rng),
  'vmagent.log': vmagentLog(rng),
  'mender-update.log': menderLog(rng),
  'gammu-smsd.log': gammuLog(rng),
  'medplum-server.log': medplumLog(rng),
  'step-ca.log': stepCaLog(rng),
  'gotenberg.log': gotenbergLog(rng),
});
