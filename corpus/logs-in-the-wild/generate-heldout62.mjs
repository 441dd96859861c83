// Writes corpus/logs-in-the-wild/heldout62/: a sixty-second held-out part, in formats no other part uses (Checkmk's
// notify.log with a raw notification context, a Graylog server.log with pipeline `debug()` output, a QZ Tray log, the
// journal of a balenaOS device (`journalctl -o short-iso`) with the Supervisor and two containers, a Dokku deploy with
// `config:set`, a Community Health Toolkit API log, a Domoticz log with dzVents, Apache Guacamole under Tomcat through
// the journal, an OpenBoxes catalina.out, listmonk's log, a django-q2 cluster under InvenTree's worker, an
// OvenMediaEngine log, a RetroArch verbose log, a Sunshine log), with credentials planted in the places issue #14 lists
// and look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout62.mjs     rewrites heldout62/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Severnside Ground Services, a Bristol Airport ground handler that also runs parcel lockers in the
// terminal and parcel shops (English, five logs); Khula Mpilo, a group of rural telemedicine clinics in uMkhanyakude
// with dispensaries and a seedling greenhouse (Zulu messages where the app shows them, routes, parameter, header and
// key names in Zulu, English code names, five logs); Yantra Grup, a Gabrovo group with a textile mill, a concert hall
// with its chamber orchestra and a bowling and arcade centre (Bulgarian in Latin transliteration, four logs). Standard
// names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 5, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Bristol in October (BST, UTC+1), KwaZulu-Natal (SAST, UTC+2), Gabrovo in October (EEST, UTC+3). */
const BST = 60;
const SAST = 120;
const EEST = 180;
const zone = (offset) => `+${String(Math.floor(offset / 60)).padStart(2, '0')}${String(offset % 60).padStart(2, '0')}`;
/** journalctl -o short-iso: `2027-10-05T09:01:02+0100`. */
const shortIso = (ms, offset) => `${local(ms, offset).slice(0, 19)}${zone(offset)}`;
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** Render an event's `L` list: strings as they are, arrays through the file's line maker. */
const lines = (make) => (e) => e.L.map((x) => (typeof x === 'string' ? x : make(e.t, ...x)));

// =====================================================================================================================
// Severnside Ground Services (English; Bristol: BST, UTC+1)
// =====================================================================================================================

const SV = 'severnside.example';

// ---------------------------------------------------------------------------------------------------------------------
// notify.log: ~/var/log/notify.log of a Checkmk 2.3 site (`ops`) with `notification_logging` at debug (local time, no
// zone): `yyyy-mm-dd HH:MM:SS,mmm [<level>] [cmk.base.notify] <message>`, the raw context one variable a line at debug,
// each notification plug-in's stdout as `Output: <line>`.
// https://docs.checkmk.com/latest/en/notifications.html (read through search: notify.log is the notification module's
// log, cmc.log has the notification debugging); the line layout and context dump from memory.

function checkmkNotifyLog(rng) {
  const render = lines((t, lvl, msg) => `${ymdHmsAt(t, BST)},${msPart(t)} [${lvl}] [cmk.base.notify] ${msg}`);
  const hostsvc = () => `(${rng.pick(['gse-tug-07', 'bagbelt-t1-02', 'locker-bank-03', 'fids-gw01', 'ramp-ap-11'])};${rng.pick(['PING', 'Interface eth0', 'CPU load', 'Filesystem /', 'HTTP gse-api'])})`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [[20, `Got raw notification ${hostsvc()} context with ${rng.int(60, 90)} variables`]] }),
      () => ({ L: [[20, `Analysing notification ${hostsvc()} context with ${rng.int(60, 90)} variables`], [20, 'Global rule \'Notify ramp duty by mail\'...'], [20, ' -> matches!']] }),
      () => ({ L: [[20, 'Executing 1 notifications:'], [20, `  * notifying ${rng.pick(['ramp-duty', 'it-oncall', 'lockers-ops'])} via mail, parameters: from, reply_to, bulk: no`]] }),
      () => ({ L: [[20, '     executing /omd/sites/ops/share/check_mk/notifications/mail'], [20, `     Output: Spooled mail to ${rng.pick(['ramp-duty', 'it-oncall'])}@${SV}`], [20, '     Plug-in exited with code 0']] }),
      () => ({ L: [[20, `Notification ${hostsvc()} is suppressed by downtime`]] }),
    ])();
  const steps = [
    4,
    plant('framework-dump', 'checkmk-raw-context-notify-parameter-password', 'error', "With `notification_logging` at debug, Checkmk writes the raw notification context one variable a line; the custom SMS plug-in takes the gateway login as plain parameters (`NOTIFY_PARAMETER_2=<password>`), so the dump writes the password in clear.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { L: [[10, 'Raw context:'], [10, '                    CONTACTNAME=ramp-duty'], [10, '                    HOSTNAME=gse-tug-07'], [10, '                    NOTIFICATIONTYPE=PROBLEM'], [10, '                    NOTIFY_PARAMETER_1=sgs_ops'], [10, `                    NOTIFY_PARAMETER_2=${pw}`], [10, '                    WHAT=HOST']] } };
    }),
    4,
    plant('negative', 'checkmk-raw-context-password-store-reference', 'none', "The Webex plug-in's webhook URL comes from Checkmk's password store: the context holds the store reference (`('store', 'webex_ramp_hook')`), not the URL: no credential.", () => ({ value: "('store', 'webex_ramp_hook')", event: { L: [[10, "                    PARAMETER_WEBHOOK_URL=('store', 'webex_ramp_hook')"]] } })),
    4,
    plant('webhook', 'checkmk-plugin-output-splunk-oncall-rest-endpoint', 'error', WHY.webhook("A Splunk On-Call (VictorOps) REST endpoint URL (`alert.victorops.com/integrations/generic/20131114/alert/<api key>/<routing key>`) the plug-in posts to; its failure output writes the URL (the key in the path is the secret)"), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { L: [[20, '     executing /omd/sites/ops/share/check_mk/notifications/victorops'], [20, `     Output: Failed to send notification. Status: 503, URL: https://alert.victorops.com/integrations/generic/20131114/alert/${key}/ramp-ops`], [20, '     Plug-in exited with code 2']] } };
    }),
    4,
    plant('api-key-name', 'checkmk-plugin-output-sms-key', 'error', `${WHY.apiKey('sms_key')} The custom SMS plug-in prints the gateway URL it called when the gateway refuses the message.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { L: [[20, '     executing /omd/sites/ops/local/share/check_mk/notifications/sms_gateway'], [20, `     Output: HTTP 429 from https://api.smsrelay.example/v2/send?sms_key=${key}&to=%2B4477009${digits(rng, 5)}&from=SGSOPS`]] } };
    }),
    4,
    plant('negative', 'checkmk-plugin-output-webex-tracking-id', 'none', "Webex's answer names the request by its tracking id (`ROUTER_<uuid>`): an identifier, no credential.", ({ rng }) => {
      const id = `ROUTER_${rng.uuid().toUpperCase()}`;
      return { value: id, event: { L: [[20, '     executing /omd/sites/ops/share/check_mk/notifications/cisco_webex_teams'], [20, `     Output: Message sent, trackingId ${id}`], [20, '     Plug-in exited with code 0']] } };
    }),
    4,
    plant('refresh-token', 'checkmk-plugin-output-token-response', 'error', `${WHY.refresh} The rostering plug-in renews its token before it pages the duty manager and prints the token endpoint's answer on stdout, which Checkmk copies as \`Output:\`.`, ({ rng }) => {
      const rt = `sgsr_${rng.b64url(48)}`;
      return { value: rt, event: { L: [[20, '     executing /omd/sites/ops/local/share/check_mk/notifications/roster_page'], [20, `     Output: token refreshed {"token_type":"Bearer","expires_in":1800,"refresh_token":"${rt}","scope":"roster.page"}`]] } };
    }),
    4,
    plant('header-dump', 'checkmk-plugin-output-curl-verbose-basic', 'error', "The rostering plug-in shells out to `curl -v` and its stderr is merged into stdout: Checkmk writes the request headers as `Output: > Authorization: Basic <base64>`, the paging account's login.", ({ rng }) => {
      const b = b64Of(`roster-page:${rng.alnum(18)}`);
      return { value: b, event: { L: [[20, '     Output: > POST /api/page HTTP/1.1'], [20, `     Output: > Host: roster.${SV}`], [20, `     Output: > Authorization: Basic ${b}`], [20, '     Output: < HTTP/1.1 502 Bad Gateway'], [20, '     Plug-in exited with code 2']] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'cmk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// server.log: /var/log/graylog-server/server.log of Graylog 6.1 (log4j2 `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5p [%c{1}]
// %m%n`, BST with its offset): input state changes, the pipeline `debug()` function's `PIPELINE DEBUG:` lines, HTTP
// notifications and the OIDC backend's warnings.
// From memory, not fetched (the log4j2 pattern of the packages, the pipeline debug() function's prefix).

function graylogLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 23)}+01:00`;
  const render = lines((t, lvl, cls, msg) => `${stamp(t)} ${lvl.padEnd(5)} [${cls}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'InputStateListener', `Input [GELF HTTP/${rng.hex(24)}] is now RUNNING`]] }),
      () => ({ L: [['INFO', 'IndexRotationThread', `Cycling from <sgs_${rng.int(100, 400)}> to <sgs_${rng.int(401, 500)}>.`]] }),
      () => ({ L: [['WARN', 'LocalKafkaJournal', `Journal utilization (${rng.int(40, 80)}.0%) has gone over 95%.`]] }),
      () => ({ L: [['INFO', 'Function', `PIPELINE DEBUG: belt ${rng.pick(['T1-02', 'T1-04', 'T2-01'])} jam cleared after ${rng.int(20, 400)} s`]] }),
      () => ({ L: [['INFO', 'AbstractRotationStrategy', `Deflector index <sgs_deflector> should not be rotated. Not rotating.`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'graylog-input-object-id', 'none', "A Graylog input's id (a 24-hex MongoDB ObjectId): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { L: [['INFO', 'InputLauncher', `Launching input [Syslog UDP/${id}] 'ramp radios' - desired state is RUNNING`]] } };
    }),
    4,
    plant('oauth-code', 'graylog-oidc-backend-callback-uri-code', 'warning', `${WHY.code} The OIDC backend writes the callback's full request URI when the token exchange fails.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { L: [['WARN', 'OidcAuthServiceBackend', `Token exchange failed (invalid_client) for callback https://graylog.${SV}/api/authz/oidc/callback?code=${code}&state=${rng.b64url(22)}`]] } };
    }),
    4,
    plant('id-token', 'graylog-oidc-backend-rejected-id-token', 'error', "The OIDC backend rejects an ID token for its audience and writes it whole, at a time with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 300), alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://login.${SV}`, sub: `staff-${digits(rng, 5)}`, aud: 'graylog-old', email: 'k.morgan@severnside.example' } });
      return { value: token, jwt: facts, event: { L: [['WARN', 'OidcAuthServiceBackend', `Rejected ID token ${token}: aud does not contain graylog`]] } };
    }),
    4,
    plant('embed-jwt', 'graylog-pipeline-debug-embed-jwt-no-exp', 'error', "A pipeline rule prints the access lines it drops with `debug()`; one requests the gate status board through its embed URL (`/embed/<JWT>`), a token without `exp`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { board: 'stands-t1', airline: 'all', theme: 'dark' } });
      return { value: token, jwt: facts, event: { L: [['INFO', 'Function', `PIPELINE DEBUG: dropped access line GET /embed/${token} HTTP/1.1 200 (fids-gw01)`]] } };
    }),
    4,
    plant('session-id', 'graylog-pipeline-debug-cookie-map-aspnet-sessionid', 'error', WHY.session("A pipeline rule prints the parsed cookies of the load-control app's request as a map (`{ASP.NET_SessionId=<id>, …}`) with `debug()`"), ({ rng }) => {
      const sid = rng.chars('abcdefghijklmnopqrstuvwxyz012345', 24);
      return { value: sid, event: { L: [['INFO', 'Function', `PIPELINE DEBUG: loadsheet cookies {ASP.NET_SessionId=${sid}, lang=en-GB}`]] } };
    }),
    4,
    plant('embed-jwt', 'graylog-pipeline-debug-embed-jwt-expired', 'note', "The same rule prints a dropped line whose embed URL holds a token that had expired (a day before) when the line was written", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 86400 + 3600 + rng.int(60, 900), jti: true, claims: { board: 'belts-t1', theme: 'dark' } });
      return { value: token, jwt: facts, event: { L: [['INFO', 'Function', `PIPELINE DEBUG: dropped access line GET /embed/${token} HTTP/1.1 401 (fids-gw02)`]] } };
    }),
    4,
    plant('encoded', 'graylog-http-notification-double-encoded-redirect-token', 'error', "An HTTP notification's URL carries a return address percent-encoded twice (`%253F` and `%253D`), whose `api_token` is the duty app's token; the notification's error writes the URL.", ({ rng }) => {
      const tok = rng.alnum(36);
      return { value: tok, event: { L: [['ERROR', 'HTTPEventNotification', `Error sending HTTP notification: https://duty.${SV}/hook?next=https%253A%252F%252Froster.${SV}%252Fack%253Fapi_token%253D${tok} returned 410`]] } };
    }),
    4,
    plant('negative', 'graylog-message-id', 'none', "A message's id (a UUID) in a processing failure: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['WARN', 'PipelineInterpreter', `Error evaluating rule "belt speeds" for message <${id}>: NumberFormatException`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'graylog' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// qz-tray.log: the log of QZ Tray 2.2 on a check-in desk and a parcel shop counter (local time, no zone): `[LEVEL]
// yyyy-MM-ddTHH:mm:ss,SSS @ <class>:<line>` and the message on the next line after a tab; the JSON of each call from
// the page at debug.
// From memory, not fetched.

function qzTrayLog(rng) {
  const render = (e) => e.L.flatMap(([lvl, where, msg]) => [`[${lvl}] ${local(e.t, BST).slice(0, 19)},${msPart(e.t)} @ ${where}`, `\t${msg}`]);
  const C = 'qz.ws.PrintSocketClient:127';
  const call = (params) => `Request {"call":"print","params":${JSON.stringify(params)},"timestamp":${Math.floor(DAY0 / 1000) * 1000 + rng.int(1, 86400000)},"uid":"${lowerNum(rng, 6)}","position":{"x":640,"y":360}}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'qz.ws.PrintSocketServer:173', `Server started on port(s) 8181,8282`]] }),
      () => ({ L: [['INFO', 'qz.printer.action.PrintRaw:150', `Sent ${rng.int(1, 4)} raw job(s) to ${rng.pick(['ZDesigner ZD621-203dpi ZPL', 'Star TSP143IIIU', 'Brother QL-820NWB'])}`]] }),
      () => ({ L: [['DEBUG', C, `Request {"call":"printers.find","params":{"query":"ZDesigner"},"uid":"${lowerNum(rng, 6)}"}`]] }),
      () => ({ L: [['INFO', 'qz.ws.PrintSocketClient:84', `Connection opened from 127.0.0.1:${rng.int(50000, 60000)}`]] }),
      () => ({ L: [['INFO', 'qz.ws.PrintSocketClient:97', 'Connection closed: 1001 - Going away']] }),
    ])();
  const printer = { name: 'ZDesigner ZD621-203dpi ZPL' };
  const steps = [
    4,
    plant('negative', 'qz-tray-certificate-fingerprint', 'none', "QZ Tray names the site's signing certificate by its SHA-1 fingerprint: a hash of a public certificate, no credential.", ({ rng }) => {
      const fp = rng.hex(40);
      return { value: fp, event: { L: [['INFO', 'qz.auth.Certificate:308', `Certificate "Severnside Ground Services" trusted, fingerprint ${fp}`]] } };
    }),
    4,
    plant('path-secret', 'qz-tray-print-pdf-share-link', 'error', "The desk prints a flight's bag manifest from a share link (`/m/<token>/manifest.pdf`); the print call's JSON holds the link as its `data`.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { L: [['DEBUG', C, call({ printer, options: { copies: 1 }, data: [{ type: 'pixel', format: 'pdf', flavor: 'file', data: `https://docs.${SV}/m/${tok}/manifest.pdf` }] })]] } };
    }),
    4,
    plant('implicit-fragment', 'qz-tray-print-html-url-access-token-fragment', 'error', "The boarding desk prints an HTML page by URL, the address the page itself had after its implicit-flow sign-in (`#access_token=…`); the print call's JSON writes it.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { L: [['DEBUG', C, call({ printer: { name: 'Brother QL-820NWB' }, data: [{ type: 'pixel', format: 'html', flavor: 'file', data: `https://desk.${SV}/gate/B7/print#access_token=${at}&token_type=Bearer&expires_in=3600` }] })]] } };
    }),
    4,
    plant('negative', 'qz-tray-request-signature', 'none', "QZ Tray's request signing: the page signs each call with the site's private key and sends the signature (`\"signature\":\"<base64>\"`, SHA512); it proves one call, no credential to replay elsewhere.", ({ rng }) => {
      const sig = b64Of(rng.bytes(256).toString('hex')).slice(0, 344);
      return { value: sig, event: { L: [['DEBUG', C, `Request {"call":"printers.getDefault","signature":"${sig}","signAlgorithm":"SHA512","uid":"${lowerNum(rng, 6)}"}`]] } };
    }),
    4,
    plant('api-key-name', 'qz-tray-print-zpl-url-appkey', 'error', `${WHY.apiKey('appKey')} The parcel shop prints a carrier's label straight from the carrier's label API; the print call's \`data\` holds the URL with the key.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { L: [['DEBUG', C, call({ printer, data: [{ type: 'raw', format: 'command', flavor: 'file', data: `https://labels.parcelnet.example/v3/label.zpl?consignment=PN${digits(rng, 10)}&appKey=${key}` }] })]] } };
    }),
    4,
    plant('session-id', 'qz-tray-print-pdf-url-jsessionid', 'error', WHY.session("The load sheet is printed from the departure control system's JSP with `;jsessionid=` in the URL the print call fetches"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { L: [['DEBUG', C, call({ printer: { name: 'HP LaserJet M404' }, data: [{ type: 'pixel', format: 'pdf', flavor: 'file', data: `https://dcs.${SV}/loadcontrol/sheet.jsp;jsessionid=${sid}?flight=SGS4417` }] })]] } };
    }),
    4,
    plant('encoded', 'qz-tray-print-url-percent-encoded-json-key', 'error', "A label URL carries the carrier account as percent-encoded JSON (`auth=%7B%22account%22…%22key%22%3A%22<key>%22%7D`); the print call writes it.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['DEBUG', C, call({ printer, data: [{ type: 'raw', format: 'command', flavor: 'file', data: `https://labels.tracklink.example/print?shipment=${digits(rng, 12)}&auth=%7B%22account%22%3A%22SGS-LOCKERS%22%2C%22key%22%3A%22${key}%22%7D` }] })]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'desk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// locker-bank-03.journal.log: `journalctl -o short-iso` on a balenaOS device driving a parcel locker bank (BST with its
// offset): the Supervisor's `[info]`/`[debug]`/`[api]`/`[event]` lines and two containers logging to the journal (a
// Chromium kiosk, `locker-ui`, and the Go locker agent, `locker-agent`).
// From memory, not fetched (the Supervisor's level prefixes and the journal identifiers of containers).

function balenaJournal(rng) {
  const host = 'a3f9c21';
  const render = lines((t, who, msg) => `${shortIso(t, BST)} ${host} ${who}: ${msg}`);
  const SUP = 'balena-supervisor[1187]';
  const UI = 'locker-ui[2214]';
  const AG = 'locker-agent[2290]';
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [[SUP, `[info]    Reported current state to the cloud`]] }),
      () => ({ L: [[SUP, `[api]     GET /v1/healthy 200 - ${rng.int(1, 9)}.${rng.int(100, 999)} ms`]] }),
      () => ({ L: [[AG, `door ${rng.int(1, 24)} closed bank=BRS-T1-03 sensor=ok`]] }),
      () => ({ L: [[AG, `heartbeat ok rtt=${rng.int(20, 300)}ms queue=${rng.int(0, 4)}`]] }),
      () => ({ L: [[UI, `[1:1:1005/${local(t, BST).slice(11, 19).replace(/:/g, '')}.${msPart(t)}:INFO:CONSOLE(1)] "screen idle", source: http://localhost:8080/app.js (1)`]] }),
    ])();
  const steps = [
    plant('negative', 'balena-supervisor-device-uuid', 'none', "The device's balena UUID (32 hex): an identifier the dashboard shows, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { L: [[SUP, '[info]    Supervisor v16.7.7 starting up...'], [SUP, `[info]    Device uuid ${id} provisioned`]] } };
    }, { after: 0 }),
    4,
    plant('negative', 'balena-supervisor-release-commit', 'none', "The release's commit (32 hex) in the Supervisor's target state: an identifier, no credential.", ({ rng }) => {
      const c = rng.hex(32);
      return { value: c, event: { L: [[SUP, `[info]    Applying target state for release ${c}`], [SUP, '[event]   Event: Service already running {"service":"locker-agent"}']] } };
    }),
    4,
    plant('api-key-name', 'balena-supervisor-api-log-apikey-query', 'error', `${WHY.apiKey('apikey')} The locker agent calls the Supervisor's API with \`?apikey=\`, and the Supervisor's \`[api]\` line writes the path with its query.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { L: [[SUP, `[api]     GET /v2/applications/state?apikey=${key} 200 - ${rng.int(2, 9)}.${rng.int(100, 999)} ms`]] } };
    }),
    4,
    plant('embed-jwt', 'balena-kiosk-console-embed-jwt', 'error', "The kiosk's page logs the parcel-status panel it loads (`/embed/<JWT>`) to Chromium's console, which the container writes to the journal at a time with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), jti: true, claims: { bank: 'BRS-T1-03', view: 'collect', lang: 'en' } });
      return { value: token, jwt: facts, event: { L: [[UI, `[1:1:1005/${local(t, BST).slice(11, 19).replace(/:/g, '')}.${msPart(t)}:INFO:CONSOLE(1)] "panel https://lockers.${SV}/embed/${token}", source: http://localhost:8080/app.js (1)`]] } };
    }),
    4,
    plant('header-dump', 'balena-locker-agent-go-http-header-map-bearer-jwt', 'error', "The Go locker agent logs a refused call with its request headers as Go prints an `http.Header` (`map[Authorization:[Bearer <JWT>] …]`): the bank's device token, on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(60, 600), claims: { iss: `https://lockers.${SV}`, sub: 'bank:BRS-T1-03', scope: 'doors:open parcels:write' } });
      return { value: token, jwt: facts, event: { L: [[AG, `ERROR upstream 403 POST https://lockers.${SV}/v1/parcels/deposit headers=map[Authorization:[Bearer ${token}] Content-Type:[application/json] X-Bank:[BRS-T1-03]]`]] } };
    }),
    4,
    plant('replay', 'balena-locker-agent-pickup-ticket-once', 'note', WHY.ticketFirst("A single-use pickup ticket (`ticket=`) a recipient's phone shows at the bank; the agent logs the door it opened. The ticket is"), ({ rng, t }) => {
      const tk = upperNum(rng, 12);
      firstUse.pickup = t;
      return { value: tk, event: { L: [[AG, `pickup accepted ticket=${tk} door=14 client=192.0.2.${rng.int(10, 250)} ua=SGSLockers/4.2 (iPhone)`]] } };
    }, { ref: 'pickup' }),
    2,
    plant('replay', 'balena-locker-agent-pickup-ticket-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('pickup').value, why: `${WHY.replay('ticket', gap('pickup', t))} Another phone (another address, another app build) presented the same ticket and the agent opened the door again: the bank did not mark it spent offline.` }], event: { L: [[AG, `pickup accepted ticket=${refs.get('pickup').value} door=14 client=198.51.100.77 ua=SGSLockers/4.0 (Android)`]] } }), { replayOf: 'pickup', after: 96 }),
    4,
    plant('path-secret', 'balena-locker-agent-sms-body-open-link', 'error', "The agent logs the SMS it queues for a recipient, with the link that opens the locker (`/o/<token>`): the link is the credential until the parcel is collected.", ({ rng }) => {
      const tok = rng.b64url(22);
      return { value: tok, event: { L: [[AG, `sms queued to=+447700${digits(rng, 6)} body="Your parcel is in locker 9 at Bristol Airport T1. Open: https://lockers.${SV}/o/${tok}"`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: host }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dokku-deploy-gsehub.log: a CI job's output of a deploy to Dokku 0.35 (no times): `dokku config:set` over SSH prints
// `-----> Setting config vars` and each `KEY:  value`, then `git push dokku` with every line prefixed `remote: `.
// From memory, not fetched.

function dokkuLog(rng) {
  const render = (e) => e.L;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`remote: #${rng.int(5, 30)} [${rng.int(2, 9)}/${rng.int(10, 14)}] RUN npm ci --omit=dev`, `remote: #${rng.int(5, 30)} DONE ${rng.int(1, 60)}.${rng.int(0, 9)}s`] }),
      () => ({ L: [`remote: -----> Checking for predeploy task`, `remote:        No predeploy task found, skipping`] }),
      () => ({ L: [`remote: =====> Processing deployment checks`, `remote:        Waiting for ${rng.int(5, 10)} seconds ...`] }),
      () => ({ L: [`remote: -----> Attempting pre-flight checks (web.1)`, `remote:        Checks expected result: http://localhost:5000/health => "ok"`] }),
    ])();
  const steps = [
    { raw: { L: ['$ ssh dokku@apps.severnside.example config:set --no-restart gsehub DATABASE_URL=$DATABASE_URL HEARTBEAT_URL=$HEARTBEAT_URL AMQP_URL=$AMQP_URL FLIGHTS_URL=$FLIGHTS_URL SAGE_REFRESH_TOKEN=$SAGE_REFRESH_TOKEN GIT_REV=$CI_COMMIT_SHA', '-----> Setting config vars'] } },
    plant('framework-dump', 'dokku-config-set-database-url-password', 'error', "`dokku config:set` echoes every variable it sets, one `KEY:  value` a line; `DATABASE_URL` carries the database password in its user information.", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { L: [`       DATABASE_URL:        postgres://gsehub:${pw}@dokku-postgres-gsehub:5432/gsehub`] } };
    }, { after: 0 }),
    plant('webhook', 'dokku-config-set-betterstack-heartbeat-url', 'error', WHY.webhook("A Better Stack heartbeat URL (`uptime.betterstack.com/api/v1/heartbeat/<token>`) the app calls after each ramp sync, echoed by `config:set`"), ({ rng }) => {
      const tok = rng.alnum(24);
      return { value: tok, event: { L: [`       HEARTBEAT_URL:       https://uptime.betterstack.com/api/v1/heartbeat/${tok}`] } };
    }, { after: 0 }),
    plant('encoded', 'dokku-config-set-amqp-url-percent-encoded-password', 'error', "The broker password holds `/` and `+`, so `AMQP_URL` has it percent-encoded (`%2F`, `%2B`) in its user information; the echo writes it.", ({ rng }) => {
      const raw = `${rng.alnum(8)}/${rng.alnum(6)}+${rng.alnum(8)}`;
      const enc = encodeURIComponent(raw);
      return { value: enc, event: { L: [`       AMQP_URL:            amqps://gsehub:${enc}@mq.${SV}:5671/ramp`] } };
    }, { after: 0 }),
    plant('api-key-name', 'dokku-config-set-flights-url-client-key', 'error', `${WHY.apiKey('client_key')} It sits in the flight feed's URL that \`config:set\` echoes.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { L: [`       FLIGHTS_URL:         https://api.flightfeed.example/v2/departures?iata=BRS&client_key=${key}`] } };
    }, { after: 0 }),
    plant('refresh-token', 'dokku-config-set-sage-refresh-token', 'error', `${WHY.refresh} The accounting integration's refresh token is set as a config variable and echoed by \`config:set\`.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { L: [`       SAGE_REFRESH_TOKEN:  ${rt}`] } };
    }, { after: 0 }),
    plant('negative', 'dokku-config-set-git-rev', 'none', "`GIT_REV` is the commit the CI deploys (40 hex): an identifier, no credential.", ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { L: [`       GIT_REV:             ${sha}`, '$ git push dokku HEAD:main'] } };
    }, { after: 0 }),
    { raw: { L: ['remote: -----> Cleaning up...', 'remote: -----> Building gsehub from Dockerfile', 'remote: #0 building with "default" instance using docker driver'] } },
    4,
    plant('negative', 'dokku-image-digest', 'none', "The image's content digest (`sha256:<64 hex>`): a hash, no credential.", ({ rng }) => {
      const d = `sha256:${rng.hex(64)}`;
      return { value: d, event: { L: [`remote: #${rng.int(20, 30)} writing image ${d} done`, 'remote: #30 naming to docker.io/dokku/gsehub:latest done'] } };
    }),
    4,
    { raw: { L: ['remote: =====> Application deployed:', `remote:        https://gse.${SV}`, 'To apps.severnside.example:gsehub', '   4e1d2c7..9b0a3f1  HEAD -> main'] } },
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// =====================================================================================================================
// Khula Mpilo (Zulu; KwaZulu-Natal: SAST, UTC+2)
// =====================================================================================================================

const KM = 'khulampilo.example';

// ---------------------------------------------------------------------------------------------------------------------
// medic-api.log: the API service of a Community Health Toolkit 4 instance (UTC, `Z`): `<ISO time> REQ: <id> <ip>
// <user> <method> <path> HTTP/1.0` and `RES: … <status> <bytes> <ms> ms` for each request, `INFO:`/`WARN:`/`ERROR:` lines
// with Node's util.inspect of objects.
// From memory, not fetched.

function chtApiLog(rng) {
  const render = lines((t, msg) => `${iso(t)} ${msg}`);
  const req = (rng, ip, user, method, path, status) => {
    const id = rng.uuid();
    return [[`REQ: ${id} ${ip} ${user} ${method} ${path} HTTP/1.0`], [`RES: ${id} ${ip} ${user} ${method} ${path} HTTP/1.0 ${status} ${rng.int(100, 9000)} ${rng.int(2, 400)}.${rng.int(100, 999)} ms`]];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ L: req(rng, lan(rng, '10.60'), rng.pick(['nomvula', 'sipho.chw', 'thandeka']), 'GET', `/medic/_changes?feed=longpoll&heartbeat=10000&since=${rng.int(1000, 90000)}-${rng.b64url(20)}`, 200) }),
      () => ({ L: req(rng, lan(rng, '10.60'), rng.pick(['nomvula', 'sipho.chw']), 'POST', '/medic/_bulk_docs', 201) }),
      () => ({ L: [[`INFO: Task summary: ${rng.int(1, 40)} tasks emitted for ${rng.pick(['nomvula', 'sipho.chw', 'thandeka'])}`]] }),
      () => ({ L: [[`INFO: Imurophu ithunyelwe: ${rng.int(1, 30)} imilayezo ye-SMS (outbound messages sent)`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'cht-doc-rev', 'none', "A CouchDB document revision (`_rev: '3-<32 hex>'`): a version id, no credential.", ({ rng }) => {
      const rev = `3-${rng.hex(32)}`;
      return { value: rev, event: { L: [[`WARN: Conflict saving isiguli record: { _id: 'isiguli-${digits(rng, 6)}', _rev: '${rev}', type: 'person' }`]] } };
    }),
    4,
    plant('oauth-code', 'cht-oidc-login-callback-code', 'warning', `${WHY.code} The API writes the callback request in its REQ and RES lines.`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { L: req(rng, '192.0.2.61', '-', 'GET', `/medic/login/oidc?code=${code}&state=${rng.b64url(24)}`, 302) } };
    }),
    4,
    plant('id-token', 'cht-oidc-login-error-id-token', 'error', "The OIDC login fails on a clinic user's missing role and the error writes the ID token the provider returned, at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(10, 120), jti: true, alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://ngena.${KM}`, sub: rng.uuid(), aud: 'cht', name: 'Nomvula Dlamini' } });
      return { value: token, jwt: facts, event: { L: [[`ERROR: Iphutha ekungeneni nge-OIDC (OIDC login failed): user has no CHT role, id_token=${token}`]] } };
    }),
    4,
    plant('path-secret', 'cht-token-login-link', 'error', "A community health worker opens the token login link sent by SMS (`/medic/login/token/<token>`): the link logs the user in until it is used or expires.", ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { L: req(rng, '198.51.100.23', '-', 'GET', `/medic/login/token/${tok}`, 302) } };
    }),
    4,
    plant('session-id', 'cht-util-inspect-headers-authsession-cookie', 'error', WHY.session("The API logs a failed proxy request with its headers through util.inspect; the cookie is CouchDB's `AuthSession`"), ({ rng }) => {
      const s = b64urlOf(`sipho.chw:${(Math.floor(DAY0 / 1000) + rng.int(0, 86400)).toString(16).toUpperCase()}:${rng.alnum(27)}`);
      return { value: s, event: { L: [[`ERROR: Iphutha ku-proxy (proxy error): { code: 'ECONNRESET', headers: { host: 'amaklinikhi.${KM}', cookie: 'AuthSession=${s}; userCtx=%7B%22name%22%3A%22sipho.chw%22%7D', 'user-agent': 'Mozilla/5.0 (Linux; Android 14) cht-android/1.4.2' } }`]] } };
    }),
    4,
    plant('embed-jwt', 'cht-req-res-embed-jwt-120s', 'warning', "A clinic dashboard is opened through its embed URL (`/ukubika/embed/<JWT>`, \"reporting\") with a short-lived token without `jti`; the REQ and RES lines write it", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { dashboard: 'izinyanga-zomuthi', clinic: 'mseleni' } });
      return { value: token, jwt: facts, event: { L: req(rng, '203.0.113.40', 'thandeka', 'GET', `/ukubika/embed/${token}`, 200) } };
    }),
    4,
    plant('header-dump', 'cht-util-inspect-authorization-basic', 'error', "Sentinel's replication error prints the request options through util.inspect, `authorization: 'Basic <base64>'` included: the service account's login.", ({ rng }) => {
      const b = b64Of(`cht-sentinel:${rng.alnum(20)}`);
      return { value: b, event: { L: [[`ERROR: Replication failed: { url: 'http://couchdb:5984/medic-sentinel', headers: { authorization: 'Basic ${b}', accept: 'application/json' }, status: 500 }`]] } };
    }),
    4,
    plant('negative', 'cht-request-id', 'none', "The API's request id (a UUID) on a REQ line: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [[`WARN: Request ${id} took longer than 30 s: GET /medic/_design/medic/_view/contacts_by_type`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'cht' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// domoticz.log: the log file of Domoticz 2024.7 in the seedling greenhouse (local time, no zone): `yyyy-mm-dd
// HH:MM:SS.mmm  Status: <message>` and `Error: …`, dzVents lines (`dzVents: Info:`, `dzVents: Debug:`), dzVents'
// `dumpTable` output one `> key: value` a line.
// https://wiki.domoticz.com/DzVents:_next_generation_LUA_scripting (read through search: dzVents, its scripts and
// notifications); the log line layout and the openURL messages from memory.

function domoticzLog(rng) {
  const render = lines((t, kind, msg) => `${ymdHmsAt(t, SAST)}.${msPart(t)}  ${kind}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['Status', `dzVents: Info: ------ Start internal script: indlu_yezitshalo: Device: "Umswakama ${rng.int(1, 4)}" (Soil moisture), Index: ${rng.int(10, 90)}`], ['Status', 'dzVents: Info: ------ Finished indlu_yezitshalo']] }),
      () => ({ L: [['Status', `EventSystem: Script event triggered: amanzi_ekuseni`]] }),
      () => ({ L: [['Status', `Incoming connection from: 192.168.10.${rng.int(2, 60)}`]] }),
      () => ({ L: [['Status', `MQTT: Topic: domoticz/in, Message: {"idx":${rng.int(10, 90)},"nvalue":0,"svalue":"${rng.int(15, 35)}.${rng.int(0, 9)}"}`]] }),
      () => ({ L: [['Status', `dzVents: Info: Izinga lokushisa: ${rng.int(18, 34)}.${rng.int(0, 9)} °C (temperature)`]] }),
    ])();
  const steps = [
    plant('negative', 'domoticz-build-hash', 'none', "Domoticz's start-up banner with its build hash (7 hex of a git commit): an identifier, no credential.", ({ rng }) => {
      const h = rng.hex(7);
      return { value: `Build Hash: ${h}`, event: { L: [['Status', 'Domoticz V2024.7 (c)2012-2024 GizMoCuz'], ['Status', `Build Hash: ${h}, Date: 2024-07-05 14:21:12`], ['Status', 'Startup Path: /opt/domoticz/']] } };
    }, { after: 0 }),
    4,
    plant('api-key-name', 'domoticz-dzvents-debug-openurl-ukhiye', 'error', `${WHY.apiKey('ukhiye')} (\"key\") dzVents writes the URL an \`openURL\` calls at debug; the irrigation controller's API takes its key in the query.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['Status', `dzVents: Debug: OpenURL: url = https://amanzi.${KM}/api/v1/valves/3/open?imizuzu=12&ukhiye=${key}`], ['Status', 'dzVents: Debug: OpenURL: method = GET']] } };
    }),
    4,
    plant('webhook', 'domoticz-dzvents-error-pipedream-endpoint', 'error', WHY.webhook("A Pipedream HTTP source (`https://eo<id>.m.pipedream.net`) the greenhouse script posts its frost alert to: the host name is the secret, and dzVents' error writes the URL"), ({ rng }) => {
      const id = `eo${lowerNum(rng, 15)}`;
      return { value: id, event: { L: [['Error', `dzVents: Error: (3.1.8) HTTP/1.1 response: 404 ==>> Not Found for https://${id}.m.pipedream.net/isixwayiso (frost alert)`]] } };
    }),
    4,
    plant('framework-dump', 'domoticz-dzvents-dumptable-iphasiwedi', 'error', "A script dumps the request it builds with `domoticz.utils.dumpTable()`, one `> key: value` a line; the weather station's login (`iphasiwedi`, \"password\") is written in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { L: [['Status', 'dzVents: Info: > url: https://isimo.weatherlink.example/v1/current'], ['Status', 'dzVents: Info: > method: POST'], ['Status', 'dzVents: Info: > postData:'], ['Status', 'dzVents: Info: >     igama: greenhouse-ws'], ['Status', `dzVents: Info: >     iphasiwedi: ${pw}`], ['Status', 'dzVents: Info: > callback: isimo_callback']] } };
    }),
    4,
    plant('negative', 'domoticz-dzvents-http-response-etag', 'none', "An HTTP response's ETag a script logs: a hash of the content, no credential.", ({ rng }) => {
      const e = rng.hex(32);
      return { value: e, event: { L: [['Status', `dzVents: Info: Handling httpResponse-events for: "isimo_callback"`], ['Status', `dzVents: Info: Impendulo (response) 304, ETag "${e}"`]] } };
    }),
    4,
    plant('encoded', 'domoticz-dzvents-openurl-base64-json-ukhiye', 'error', "The seedling order sync passes its settings as standard base64 JSON (`settings=<base64>`), whose `ukhiye` is the nursery API's key; dzVents writes the URL.", ({ rng }) => {
      const v = b64Of(JSON.stringify({ nursery: 'mkuze', ukhiye: rng.alnum(30), trays: 48 }));
      return { value: v, event: { L: [['Status', `dzVents: Debug: OpenURL: url = https://izithombo.${KM}/sync?settings=${v}`]] } };
    }),
    4,
    plant('path-secret', 'domoticz-camera-error-share-link', 'error', "The greenhouse camera's snapshot is fetched through a share link (`/isabelo/<token>/snapshot.jpg`, \"share\"); Domoticz' camera error writes it.", ({ rng }) => {
      const tok = rng.b64url(26);
      return { value: tok, event: { L: [['Error', `Camera: Error getting image from https://amakhamera.${KM}/isabelo/${tok}/snapshot.jpg (Ikhamera yendlu yezitshalo)`]] } };
    }),
    4,
    plant('refresh-token', 'domoticz-netatmo-error-token-json', 'error', `${WHY.refresh} Domoticz' Netatmo hardware writes the token endpoint's answer when the next call fails.`, ({ rng }) => {
      const rt = `${rng.hex(24)}|${rng.hex(32)}`;
      return { value: rt, event: { L: [['Error', `Netatmo: Error getting thermostat data, token response: {"access_token":"${rng.hex(24)}|${rng.hex(32)}","refresh_token":"${rt}","expires_in":10800}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'domoticz' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// guacamole.journal.log: `journalctl -u tomcat10 -u guacd -o short-iso` of the clinics' Apache Guacamole 1.5 gateway
// (SAST with its offset): Guacamole's logback lines (`HH:mm:ss.SSS [thread] LEVEL logger - message`) under Tomcat's
// identifier, guacd's own messages.
// From memory, not fetched.

function guacamoleLog(rng) {
  const render = (e) => e.L.map((x) => `${shortIso(e.t, SAST)} remote-01 ${x[0] === 'TC' ? `tomcat10[811]: ${local(e.t, SAST).slice(11, 23)} [${x[1]}] ${x[2].padEnd(5)} ${x[3]} - ${x[4]}` : `${x[0]}: ${x[1]}`}`);
  const tc = (thread, lvl, logger, msg) => ['TC', thread, lvl, logger, msg];
  const th = () => `http-nio-8080-exec-${rng.int(1, 10)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [tc(th(), 'INFO', 'o.a.g.r.auth.AuthenticationService', `User "${rng.pick(['dr.zulu', 'nurse.mthembu', 'pharm.ngcobo'])}" successfully authenticated from 10.70.${rng.int(1, 9)}.${rng.int(2, 250)}.`)] }),
      () => ({ L: [tc(th(), 'INFO', 'o.a.g.tunnel.TunnelRequestService', `User "${rng.pick(['dr.zulu', 'nurse.mthembu'])}" connected to connection "${rng.int(1, 40)}".`)] }),
      () => ({ L: [tc(th(), 'INFO', 'o.a.g.tunnel.TunnelRequestService', `User "${rng.pick(['dr.zulu', 'nurse.mthembu'])}" disconnected from connection "${rng.int(1, 40)}". Duration: ${rng.int(10000, 3600000)} milliseconds`)] }),
      () => ({ L: [['guacd[902]', `Creating new client for protocol "rdp"`]] }),
      () => ({ L: [['guacd[902]', `User "@${rng.uuid()}" joined connection (1 users now present)`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'guacd-connection-id', 'none', "guacd's connection id (`$<uuid>`): an identifier of a running connection, no credential.", ({ rng }) => {
      const id = `$${rng.uuid()}`;
      return { value: id, event: { L: [['guacd[902]', `Connection ID is "${id}"`]] } };
    }),
    4,
    plant('id-token', 'guacamole-openid-rejected-id-token-live', 'error', "The OpenID extension rejects an ID token (wrong audience) and writes it at debug, on a journal line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 200), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://ngena.${KM}`, sub: 'dr.zulu', aud: 'guacamole-test', nonce: rng.b64url(16) } });
      return { value: token, jwt: facts, event: { L: [tc(th(), 'DEBUG', 'o.a.g.a.o.t.TokenValidationService', `Rejected invalid ID token "${token}": audience mismatch`)] } };
    }),
    4,
    plant('session-id', 'guacamole-websocket-tunnel-auth-token', 'error', WHY.session("Guacamole's own authentication token (64 hex, `token=`) in the WebSocket tunnel URL a warning writes"), ({ rng }) => {
      const tok = rng.hex(64).toUpperCase();
      return { value: tok, event: { L: [tc(th(), 'WARN', 'o.a.g.w.GuacamoleWebSocketTunnelEndpoint', `Connection to guacd terminated abnormally for /guacamole/websocket-tunnel?token=${tok}&GUAC_DATA_SOURCE=openid&GUAC_ID=7&GUAC_TYPE=c`)] } };
    }),
    4,
    plant('path-secret', 'guacamole-sharing-profile-link-key', 'error', "A doctor shares a consultation screen with a specialist; the sharing link (`/#/?key=<share key>`) is logged when it is created: whoever has it joins the session until it ends.", ({ rng }) => {
      const key = rng.b64url(43);
      return { value: key, event: { L: [tc(th(), 'INFO', 'o.a.g.a.s.ShareKeyGenerator', `Isixhumanisi sokwabelana senziwe (share link created): https://ikude.${KM}/guacamole/#/?key=${key}`)] } };
    }),
    4,
    plant('implicit-fragment', 'guacamole-openid-callback-access-token-fragment', 'error', "A misconfigured client asked for `response_type=token`; the OpenID extension writes the fragment it got back, `#access_token=…`, instead of an ID token.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { L: [tc(th(), 'WARN', 'o.a.g.a.o.OpenIDAuthenticationProvider', `No id_token in callback fragment "#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.b64url(16)}"`)] } };
    }),
    4,
    plant('id-token', 'guacamole-openid-expired-id-token', 'note', "The extension writes an ID token a stale browser tab sent back two hours after it expired", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3 * 3600 + rng.int(60, 600), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://ngena.${KM}`, sub: 'nurse.mthembu', aud: 'guacamole', nonce: rng.b64url(16) } });
      return { value: token, jwt: facts, event: { L: [tc(th(), 'DEBUG', 'o.a.g.a.o.t.TokenValidationService', `Rejected invalid ID token "${token}": expired`)] } };
    }),
    4,
    plant('negative', 'guacamole-tunnel-uuid', 'none', "A tunnel's UUID in the connection log: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [tc(th(), 'INFO', 'o.a.g.tunnel.TunnelRequestService', `Tunnel "${id}" closed (Ukuxhumana kuvaliwe).`)] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'guac' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openboxes.log: catalina.out of the dispensaries' OpenBoxes 0.9 (Grails; local time, no zone): `yyyy-MM-dd
// HH:mm:ss,SSS [<thread>] <LEVEL> <logger> - <message>`, Groovy maps printed as `[key:value, …]`.
// From memory, not fetched.

function openBoxesLog(rng) {
  const render = lines((t, thread, lvl, logger, msg) => `${ymdHmsAt(t, SAST)},${msPart(t)} [${thread}] ${lvl.padEnd(5)} ${logger} - ${msg}`);
  const th = () => `http-nio-8080-exec-${rng.int(1, 20)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [[th(), 'INFO', 'org.pih.warehouse.inventory.InventoryService', `Recorded issue of ${rng.int(1, 90)} x ${rng.pick(['Amoxicillin 250mg', 'Metformin 500mg', 'Paracetamol 500mg', 'ORS sachet'])} at ${rng.pick(['Ikhemisi Mseleni', 'Ikhemisi Manguzi'])}`]] }),
      () => ({ L: [['quartzScheduler_Worker-3', 'INFO', 'org.pih.warehouse.jobs.RefreshProductAvailabilityJob', `Refreshed product availability for ${rng.int(100, 900)} products in ${rng.int(200, 9000)} ms`]] }),
      () => ({ L: [[th(), 'WARN', 'org.pih.warehouse.order.OrderService', `Stock below reorder point: ${rng.pick(['Isoniazid 300mg', 'Ferrous sulfate'])} (${rng.int(1, 40)} left)`]] }),
      () => ({ L: [[th(), 'INFO', 'grails.app.controllers.org.pih.warehouse.auth.AuthController', `User ${rng.pick(['pharm.ngcobo', 'asst.khumalo'])} logged in`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'openboxes-synchronizer-token', 'none', "Grails' form token (`SYNCHRONIZER_TOKEN`, a UUID) against double submission: a CSRF-style token, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { L: [[th(), 'WARN', 'org.pih.warehouse.shipping.ShipmentController', `Invalid form token, params: [SYNCHRONIZER_TOKEN:${u}, SYNCHRONIZER_URI:/openboxes/shipment/receive, id:ff80818${rng.hex(9)}]`]] } };
    }),
    4,
    plant('refresh-token', 'openboxes-elmis-sync-token-response', 'error', `${WHY.refresh} The stock sync to the district system logs the token endpoint's answer as a Groovy map when the next call fails.`, ({ rng }) => {
      const rt = rng.uuid();
      return { value: rt, event: { L: [['quartzScheduler_Worker-1', 'ERROR', 'org.pih.warehouse.integration.DistrictStockSync', `Sync failed after token refresh [access_token:${rng.uuid()}, token_type:bearer, refresh_token:${rt}, expires_in:43199]`]] } };
    }),
    4,
    plant('replay', 'openboxes-collection-ithikithi-once', 'note', WHY.ticketFirst("A single-use collection ticket (`ithikithi`, \"ticket\") a patient's SMS carries, scanned at a dispensary window; the controller logs the scan. The ticket is"), ({ rng, t }) => {
      const tk = `${upperNum(rng, 4)}-${upperNum(rng, 4)}-${upperNum(rng, 4)}`;
      firstUse.ithikithi = t;
      return { value: tk, event: { L: [[th(), 'INFO', 'org.pih.warehouse.api.CollectionApiController', `Umuthi ukhishiwe (medicine issued) [ithikithi:${tk}, window:1, scanner:10.70.3.21, clinic:Mseleni]`]] } };
    }, { ref: 'ithikithi' }),
    2,
    plant('replay', 'openboxes-collection-ithikithi-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('ithikithi').value, why: `${WHY.replay('ithikithi', gap('ithikithi', t))} Another window's scanner presented the same single-use ticket and the medicine was issued a second time.` }], event: { L: [[th(), 'INFO', 'org.pih.warehouse.api.CollectionApiController', `Umuthi ukhishiwe (medicine issued) [ithikithi:${refs.get('ithikithi').value}, window:3, scanner:10.70.3.48, clinic:Mseleni]`]] } }), { replayOf: 'ithikithi', after: 171 }),
    4,
    plant('api-key-name', 'openboxes-sms-gateway-ukhiye', 'error', `${WHY.apiKey('ukhiye')} The collection reminder's SMS gateway takes it in the query; the notification service writes the URL when the gateway fails.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { L: [[th(), 'ERROR', 'org.pih.warehouse.notification.SmsService', `Umlayezo awuthunyelwanga (SMS not sent): GET https://sms.izwi.example/send?ukhiye=${key}&to=27${digits(rng, 9)} -> 401`]] } };
    }),
    4,
    plant('header-dump', 'openboxes-groovy-map-request-headers-basic', 'error', "A debug filter prints the API request's headers as a Groovy map (`[host:…, authorization:Basic <base64>, …]`): the dispensary tablet's login.", ({ rng }) => {
      const b = b64Of(`tablet-manguzi:${rng.alnum(16)}`);
      return { value: b, event: { L: [[th(), 'DEBUG', 'org.pih.warehouse.api.ApiRequestFilters', `Request headers: [host:imithi.${KM}, authorization:Basic ${b}, accept:application/json, user-agent:okhttp/4.12.0]`]] } };
    }),
    4,
    plant('negative', 'openboxes-lot-number', 'none', "A lot number and expiry of a received batch: product data, no credential.", ({ rng }) => {
      const lot = `LOT${upperNum(rng, 10)}`;
      return { value: lot, event: { L: [[th(), 'INFO', 'org.pih.warehouse.receiving.ReceiptService', `Received 400 x Amoxicillin 250mg lot ${lot} expires 2029-03-31`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 30 * MIN, site: { host: 'openboxes' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// listmonk.log: the stdout of listmonk 4 (Go's log with `Ldate|Ltime|Lshortfile`, local time, no zone): `yyyy/mm/dd
// HH:MM:SS file.go:line: message`, for the dispensaries' refill reminders (e-mail and an SMS postback messenger).
// From memory, not fetched.

function listmonkLog(rng) {
  const render = lines((t, file, msg) => `${local(t, SAST).slice(0, 10).replace(/-/g, '/')} ${local(t, SAST).slice(11, 19)} ${file}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['manager.go:404', `campaign (Izikhumbuzo zomuthi ${rng.int(1, 40)}) finished`]] }),
      () => ({ L: [['pipe.go:138', `start processing campaign (Izikhumbuzo zomuthi ${rng.int(1, 40)})`]] }),
      () => ({ L: [['manager.go:372', `sent ${rng.int(10, 400)} messages, rate ${rng.int(1, 20)}/s`]] }),
      () => ({ L: [['bounce.go:96', `recording bounce for ${rng.pick(['sms', 'email'])} subscriber ${rng.int(1000, 9999)}`]] }),
    ])();
  const steps = [
    plant('negative', 'listmonk-campaign-uuid', 'none', "A campaign's UUID in listmonk's start line: an identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { L: [['main.go:227', 'listmonk v4.1.0 (1b2c3d4 2024-11-20T08:12:00Z)'], ['manager.go:221', `loaded campaign uuid=${u} (Izikhumbuzo zomuthi)`]] } };
    }, { after: 0 }),
    4,
    plant('oauth-code', 'listmonk-oidc-exchange-error-callback', 'warning', `${WHY.code} listmonk's OIDC login writes the callback it could not complete.`, ({ rng }) => {
      const code = rng.b64url(32);
      return { value: code, event: { L: [['auth.go:188', `error exchanging OIDC token: oauth2: "invalid_grant" (callback /auth/oidc?code=${code}&state=${rng.b64url(22)})`]] } };
    }),
    4,
    plant('webhook', 'listmonk-messenger-zenduty-integration-url', 'error', WHY.webhook("A Zenduty generic integration URL (`events.zenduty.com/api/events/<integration key>/`) the dispensaries' alert messenger posts to; the postback error writes it"), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { L: [['postback.go:142', `error posting to postback messenger "izexwayiso": Post "https://events.zenduty.com/api/events/${key}/": dial tcp: i/o timeout`]] } };
    }),
    4,
    plant('api-key-name', 'listmonk-postback-sms-ukhiye-we-api', 'error', `${WHY.apiKey('ukhiye_we_api')} (\"API key\") The SMS postback messenger's URL carries it; the messenger's error writes the URL.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { L: [['postback.go:142', `error posting to postback messenger "sms": Post "https://sms.izwi.example/v1/thumela?ukhiye_we_api=${key}": 402 Payment Required`]] } };
    }),
    4,
    plant('path-secret', 'listmonk-template-error-refill-link', 'error', "A refill reminder's collection link (`/umuthi/lungile/<token>`, \"the medicine is ready\") in a template error: the link shows the patient's order until collection.", ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { L: [['manager.go:512', `error rendering message for subscriber 4${digits(rng, 4)}: template: isikhumbuzo:3: unexpected "}" near "https://ikhemisi.${KM}/umuthi/lungile/${tok}"`]] } };
    }),
    4,
    plant('encoded', 'listmonk-smtp-error-quoted-printable-ukhiye', 'error', "An SMTP rejection quotes the message body in quoted-printable, where `=` is `=3D`: the pharmacy portal link's `ukhiye=3D<key>`.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['smtp.go:97', `error sending message: 554 5.7.1 rejected: body "Sawubona, umuthi wakho usulungile. https://ikhemisi.${KM}/oda?ukhiye=3D${key}&i=3D${digits(rng, 5)}"`]] } };
    }),
    4,
    plant('negative', 'listmonk-subscriber-uuid', 'none', "A subscriber's UUID in an unsubscribe line: an identifier (the unsubscribe link needs the campaign too), no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { L: [['public.go:301', `subscriber ${u} unsubscribed from list 3 (Izikhumbuzo)`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'listmonk' }, filler, render, steps });
}

// =====================================================================================================================
// Yantra Grup (Bulgarian, Latin transliteration; Gabrovo: EEST, UTC+3)
// =====================================================================================================================

const YG = 'yantra-grup.example';

// ---------------------------------------------------------------------------------------------------------------------
// inventree-worker.log: `invoke worker` of the mill's InvenTree 0.16, a django-q2 cluster (local time of day only):
// `HH:MM:SS [Q] LEVEL <message>`, tasks named by django-q's humanhash (`alpha-bravo-charlie-delta`), failures with the
// exception text.
// From memory, not fetched.

function djangoQLog(rng) {
  const render = lines((t, lvl, msg) => `${local(t, EEST).slice(11, 19)} [Q] ${lvl} ${msg}`);
  const WORDS = ['alpha', 'bravo', 'kilo', 'lima', 'mike', 'oscar', 'papa', 'sierra', 'tango', 'victor', 'whiskey', 'yankee', 'zulu', 'eight', 'four', 'nine', 'six', 'two', 'juliet', 'hotel'];
  const hh = (rng) => [0, 1, 2, 3].map(() => rng.pick(WORDS)).join('-');
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', `Process-${rng.int(1, 4)} processing [${hh(rng)}]`]] }),
      () => ({ L: [['INFO', `Processed [${hh(rng)}]`]] }),
      () => ({ L: [['INFO', `Enqueued [InvenTree] ${rng.int(1, 900)}`]] }),
      () => ({ L: [['INFO', `Process-${rng.int(1, 4)} created a task from schedule [InvenTree.tasks.heartbeat]`]] }),
    ])();
  const fail = (msg) => ({ L: [['ERROR', msg]] });
  const steps = [
    { raw: { L: [['INFO', 'Q Cluster tsekh-prezhda starting.'], ['INFO', 'Process-1 ready for work at 4821'], ['INFO', 'Q Cluster tsekh-prezhda running.']] } },
    4,
    plant('negative', 'django-q-humanhash-task-name', 'none', "django-q names each task by a humanhash of its id (four words): an identifier, no credential.", ({ rng }) => {
      const n = `${hh(rng)}-${rng.pick(WORDS)}x`;
      return { value: n, event: { L: [['INFO', `Process-2 processing [${n}]`]] } };
    }),
    4,
    plant('oauth-code', 'django-q-failed-task-callback-code', 'warning', `${WHY.code} The accounting plug-in exchanges the code in a task; its failure writes the callback URL.`, ({ rng }) => {
      const code = rng.alnum(40);
      return { value: code, event: fail(`Failed [${hh(rng)}] - Obmenat na koda se provali (code exchange failed): 400 for https://erp.${YG}/plugin/schetovodstvo/callback?code=${code}&state=${rng.b64url(20)}`) };
    }),
    4,
    plant('refresh-token', 'django-q-failed-task-token-response-repr', 'error', `${WHY.refresh} The supplier sync task's exception carries the token answer as a Python dict repr.`, ({ rng }) => {
      const rt = rng.b64url(50);
      return { value: rt, event: fail(`Failed [${hh(rng)}] - SyncError('dostavchik prezhda: 401 after refresh', {'access_token': '${rng.b64url(40)}', 'refresh_token': '${rt}', 'expires_in': 3600})`) };
    }),
    4,
    plant('negative', 'django-q-task-id', 'none', "A task's id (32 hex) in a retry line: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { L: [['WARNING', `reincarnated worker Process-3 after timeout, task id ${id} requeued`]] } };
    }),
    4,
    plant('implicit-fragment', 'django-q-failed-task-redirect-fragment', 'error', "A label-printing task follows the supplier portal's sign-in and fails on the address it landed on, an implicit-flow fragment (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: fail(`Failed [${hh(rng)}] - Neochakvano prenasochvane (unexpected redirect) to https://portal.boyadzhiya.example/app#access_token=${at}&token_type=bearer&expires_in=7200`) };
    }),
    4,
    plant('framework-dump', 'django-q-failed-task-kwargs-parola', 'error', "A failed task's exception prints its keyword arguments, the dye house portal's password among them (`'parola': …`, \"password\").", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: fail(`Failed [${hh(rng)}] - TypeError("import_retsepti() got an unexpected keyword argument 'tsvyat'") kwargs={'potrebitel': 'tsekh2', 'parola': '${pw}', 'tsvyat': 'indigo'}`) };
    }),
    4,
    plant('webhook', 'django-q-failed-task-matrix-hookshot-webhook', 'error', WHY.webhook("A Matrix hookshot generic webhook (`/_matrix/hookshot/webhook/<id>`) the stock alert task posts to; the failure writes the URL"), ({ rng }) => {
      const id = rng.b64url(32);
      return { value: id, event: fail(`Failed [${hh(rng)}] - HTTPError: 502 for url: https://matrix.${YG}/_matrix/hookshot/webhook/${id}`) };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'inventree' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ovenmediaengine.log: /var/log/ovenmediaengine/ovenmediaengine.log of OvenMediaEngine 0.16 at the concert hall (local
// time, no zone): `[yyyy-mm-dd HH:MM:SS.mmm] <I|W|E|D> [<thread>:<tid>] <Tag> | <file>:<line> | <message>`, the SRT
// and RTMP providers, AdmissionWebhooks, the push publisher.
// From memory, not fetched.

function omeLog(rng) {
  const render = lines((t, lvl, thread, tag, where, msg) => `[${ymdHmsAt(t, EEST)}.${msPart(t)}] ${lvl} [${thread}:${rng.int(100, 999)}] ${tag} | ${where} | ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['I', 'SPRtmpProv-t1935', 'RTMPProvider', 'rtmp_provider.cpp:162', `A RTMP client has connected from #default#zala/kontsert (${lan(rng, '10.80')})`]] }),
      () => ({ L: [['I', 'StreamWorker', 'Monitor', 'stream_metrics.cpp:54', `A new session has started playing #default#zala/kontsert on the WebRTC publisher. WebRTC(${rng.int(1, 90)}) Total(${rng.int(1, 400)})`]] }),
      () => ({ L: [['I', 'StreamWorker', 'Monitor', 'stream_metrics.cpp:72', `A session has been stopped playing #default#zala/kontsert on the LLHLS publisher. LLHLS(${rng.int(1, 90)}) Total(${rng.int(1, 400)})`]] }),
      () => ({ L: [['W', 'ICE-Srv', 'IcePort', 'ice_port.cpp:455', `Could not find session for STUN binding request from ${rng.int(1, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'ome-admission-webhook-signature', 'none', "AdmissionWebhooks signs its call to the control server (`X-OME-Signature`, an HMAC-SHA1 over the body): one request's signature, no credential.", ({ rng }) => {
      const sig = rng.bytes(20).toString('base64url');
      return { value: sig, event: { L: [['D', 'AW-Worker', 'AdmissionWebhooks', 'admission_webhooks.cpp:141', `Request to https://bileti.${YG}/ome/admission with X-OME-Signature: ${sig}`]] } };
    }),
    4,
    plant('encoded', 'ome-srt-streamid-percent-encoded-klyuch', 'error', "The SRT provider writes the percent-encoded `streamid` it received (`srt%3A%2F%2F…%3Fklyuch%3D<key>`): decoded, a URL with the hall's publishing key.", ({ rng }) => {
      const key = rng.alnum(28);
      return { value: key, event: { L: [['I', 'SPSrtProv-t9999', 'SRTProvider', 'srt_provider.cpp:203', `SRT stream has been requested: streamid(srt%3A%2F%2Fstream.${YG}%3A9999%2Fzala%2Fkontsert%3Fklyuch%3D${key})`]] } };
    }),
    4,
    plant('api-key-name', 'ome-push-publisher-stream-key', 'error', `${WHY.apiKey('stream_key')} The push publisher writes the target and its stream key when a push starts (\`stream_key(<key>)\`).`, ({ rng }) => {
      const key = `${lowerNum(rng, 4)}-${lowerNum(rng, 4)}-${lowerNum(rng, 4)}-${lowerNum(rng, 4)}-${lowerNum(rng, 4)}`;
      return { value: key, event: { L: [['I', 'PushPublisher', 'Push', 'push_application.cpp:118', `Push started. id(kontsert-live) url(rtmps://live.videoportal.example:443/app) stream_key(${key}) state(connecting)`]] } };
    }),
    4,
    plant('replay', 'ome-admission-bilet-once', 'note', WHY.ticketFirst("A single-use viewing ticket (`bilet=`, \"ticket\") of a ticket holder's WebRTC player, allowed by the admission webhook. The ticket is"), ({ rng }) => {
      const tk = rng.b64url(20);
      return { value: tk, event: { L: [['I', 'AW-Worker', 'AdmissionWebhooks', 'admission_webhooks.cpp:212', `Admission allowed: url(wss://stream.${YG}:3334/zala/kontsert?bilet=${tk}) client(203.0.113.${rng.int(10, 250)}) direction(outgoing)`]] } };
    }),
    4,
    plant('path-secret', 'ome-llhls-private-rehearsal-path-token', 'error', "A private rehearsal stream is published under a secret path segment (`/repetitsiya/<token>/llhls.m3u8`, \"rehearsal\"); the LL-HLS publisher writes it: the URL is the access until the stream ends.", ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { L: [['W', 'LLHLS-Pub', 'LLHLS', 'llhls_session.cpp:301', `Could not find playlist for /repetitsiya/${tok}/llhls.m3u8 (not ready yet)`]] } };
    }),
    4,
    plant('api-key-name', 'ome-origin-pull-url-klyuch', 'error', `${WHY.apiKey('klyuch')} (\"key\") The origin map pulls the radio partner's stream with the key in the URL; the pull error writes it.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { L: [['E', 'OriginPull', 'Orchestrator', 'orchestrator.cpp:811', `Could not pull stream from origin: https://radio.partnyor.example/live/simfonichen/playlist.m3u8?klyuch=${key} (HTTP 403)`]] } };
    }),
    4,
    plant('negative', 'ome-webrtc-session-id', 'none', "A WebRTC session's numeric id in OME's signalling: an identifier, no credential.", ({ rng }) => {
      const id = String(rng.int(1000000000, 4000000000));
      return { value: `session(${id})`, event: { L: [['I', 'WebRTC-Sig', 'WebRTC Publisher', 'webrtc_publisher.cpp:377', `Stop command received : #default#zala/kontsert/session(${id})`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'ome' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// retroarch.log: RetroArch 1.19's log file with `--verbose` on an arcade cabinet (no times): `[LEVEL] [<module>]:
// <message>`, RetroAchievements (rcheevos) requests at debug, the configuration and override values it loads, the AI
// service and cloud sync.
// From memory, not fetched.

function retroarchLog(rng) {
  const render = (e) => e.L;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`[INFO] [Content]: Loading content file: "/home/arkada/roms/${rng.pick(['arcade/kof98.zip', 'arcade/mslug.zip', 'arcade/sf2.zip', 'nes/tetris.nes'])}".`] }),
      () => ({ L: [`[INFO] [Video]: Set video size to: ${rng.pick(['1280x720', '1920x1080'])}.`] }),
      () => ({ L: [`[INFO] [Audio]: Started synchronous audio driver.`, `[INFO] [Audio]: Set audio input rate to: ${rng.pick(['48000.00', '44100.00'])} Hz.`] }),
      () => ({ L: [`[INFO] [Input]: Autodetect: found ${rng.pick(['"Ultimarc I-PAC 2"', '"Xin-Mo Dual Arcade"'])} (port ${rng.int(1, 2)}).`] }),
      () => ({ L: [`[INFO] [Core]: Unloading core..`, `[INFO] [Core]: Unloading core symbols..`] }),
    ])();
  const steps = [
    { raw: { L: ['[INFO] RetroArch 1.19.1 (Git 5f2c1a8)', '[INFO] === Build =======================================', '[INFO] CPU Model Name: Intel(R) Core(TM) i3-10100 CPU @ 3.60GHz', '[INFO] Version: 1.19.1', '[INFO] =================================================', '[INFO] [Config]: Loading default config.'] } },
    plant('negative', 'retroarch-content-crc32', 'none', "The content's CRC32 RetroArch prints when it loads a game: a checksum, no credential.", ({ rng }) => {
      const c = `0x${rng.hex(8)}`;
      return { value: c, event: { L: [`[INFO] [Content]: CRC32: ${c}.`] } };
    }, { after: 0 }),
    4,
    plant('framework-dump', 'retroarch-config-override-cloud-sync-password', 'error', "With `--verbose`, RetroArch writes the values a core override sets; the arcade's cloud sync password (`cloud_sync_password`) is written in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { L: ['[INFO] [Overrides]: Core-specific overrides found at "/home/arkada/.config/retroarch/config/FinalBurn Neo/FinalBurn Neo.cfg".', '[DEBUG] [Overrides]: cloud_sync_enable = "true"', '[DEBUG] [Overrides]: cloud_sync_username = "arkada-gabrovo"', `[DEBUG] [Overrides]: cloud_sync_password = "${pw}"`] } };
    }),
    4,
    plant('path-secret', 'retroarch-cloud-sync-public-share-path', 'error', "Cloud sync points at a public share's WebDAV path (`/public.php/dav/files/<share token>/`); the sync error writes it: the token opens the cabinets' saves.", ({ rng }) => {
      const tok = rng.alnum(15);
      return { value: tok, event: { L: [`[ERROR] [CloudSync]: Failed to read manifest from https://oblak.${YG}/public.php/dav/files/${tok}/retroarch/manifest.server (HTTP 423).`] } };
    }),
    4,
    plant('session-id', 'retroarch-rcheevos-dorequest-token', 'error', WHY.session("RetroAchievements' connect token (`t=`), which the rcheevos debug line writes with the request URL; it acts as the player's login for every request"), ({ rng }) => {
      const tok = rng.alnum(16);
      return { value: tok, event: { L: [`[DEBUG] [RCHEEVOS]: GET https://retroachievements.org/dorequest.php?r=startsession&u=arkada_gabrovo&t=${tok}&g=${rng.int(1000, 30000)}&h=1`] } };
    }),
    4,
    plant('negative', 'retroarch-rcheevos-game-hash', 'none', "rcheevos names the game by the MD5 of its content: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { L: [`[INFO] [RCHEEVOS]: Identified game: ${rng.int(1000, 30000)} "Metal Slug" (${h})`] } };
    }),
    4,
    plant('api-key-name', 'retroarch-ai-service-url-api-key', 'error', `${WHY.apiKey('api_key')} The translation service is configured as \`ai_service_url\`, key in the query; the AI service's debug line writes the URL.`, ({ rng }) => {
      const key = rng.alnum(24);
      return { value: key, event: { L: [`[DEBUG] [AI Service]: Sending request to http://prevod.${YG}:4404/service?api_key=${key}&mode=Fast&output=png&target_lang=bg`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: 'arkada' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sunshine.log: Sunshine 0.23's log at `min_log_level = debug` on the bowling centre's game-streaming host (local time,
// no zone): `[yyyy:mm:dd:HH:MM:SS]: <Level>: <message>`, nvhttp's request arguments one `name -- value` a line, prep
// commands as `Executing Do Cmd: [<command>]`.
// From memory, not fetched.

function sunshineLog(rng) {
  const stamp = (t) => local(t, EEST).slice(0, 19).replace(/[-T]/g, ':');
  const render = lines((t, lvl, msg) => `[${stamp(t)}]: ${lvl}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['Info', `CLIENT CONNECTED`]] }),
      () => ({ L: [['Info', `CLIENT DISCONNECTED`]] }),
      () => ({ L: [['Info', `Executing [Bouling pista ${rng.int(1, 12)}]`]] }),
      () => ({ L: [['Debug', `Encoder [nvenc] ${rng.pick(['1920x1080', '1280x720'])}@${rng.pick([60, 120])} bitrate ${rng.int(10, 40)}000 kbps`]] }),
      () => ({ L: [['Info', `Found display [\\\\.\\DISPLAY${rng.int(1, 3)}]`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'sunshine-nvhttp-moonlight-uniqueid', 'none', "Moonlight sends a fixed `uniqueid` for every client; nvhttp's debug writes it: an identifier, no credential.", () => ({ value: 'uniqueid -- 0123456789ABCDEF', event: { L: [['Debug', 'TUNNEL :: /serverinfo'], ['Debug', 'uniqueid -- 0123456789ABCDEF'], ['Debug', 'uuid -- ' + rng.uuid()]] } })),
    4,
    plant('session-id', 'sunshine-prep-cmd-sesiya-argument', 'error', WHY.session("The lane display's prep command runs with the booking system's session (`--sesiya <id>`, \"session\"), and Sunshine writes the command line"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { L: [['Info', `Executing Do Cmd: [C:\\Bouling\\pista-ekran.exe --pista 7 --sesiya ${sid}]`]] } };
    }),
    4,
    plant('implicit-fragment', 'sunshine-prep-cmd-kiosk-url-access-token-fragment', 'error', "The scoreboard app is started as an Edge kiosk on a URL the booking portal returned after its implicit-flow sign-in (`#access_token=…`); Sunshine writes the command line.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { L: [['Info', `Executing Do Cmd: [msedge.exe --kiosk "https://rezervatsii.${YG}/tablo/#access_token=${at}&token_type=Bearer&expires_in=14400" --edge-kiosk-type=fullscreen]`]] } };
    }),
    4,
    plant('negative', 'sunshine-nvhttp-pairing-salt', 'none', "The pairing request's `salt` (16 random bytes as hex) that nvhttp writes at debug: a salt for the PIN exchange, no credential.", ({ rng }) => {
      const s = rng.hex(32).toUpperCase();
      return { value: s, event: { L: [['Debug', 'TUNNEL :: /pair'], ['Debug', 'phrase -- getservercert'], ['Debug', `salt -- ${s}`]] } };
    }),
    4,
    plant('header-dump', 'sunshine-confighttp-debug-authorization-basic', 'error', "At debug, the web UI's request handler writes the headers of a rejected request, `Authorization -- Basic <base64>`: the admin login of the streaming host.", ({ rng }) => {
      const b = b64Of(`upravitel:${rng.alnum(14)}`);
      return { value: b, event: { L: [['Debug', 'HTTPS :: /api/apps'], ['Debug', 'Host -- 10.80.4.12:47990'], ['Debug', `Authorization -- Basic ${b}`], ['Info', 'Web UI: [10.80.4.31] -- denied']] } };
    }),
    4,
    plant('api-key-name', 'sunshine-cover-image-url-klyuch', 'error', `${WHY.apiKey('klyuch')} (\"key\") An app's cover image is fetched from the games catalogue with the key in the URL; the error writes it.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['Error', `Couldn't download cover image https://katalog.arkadni-igri.example/api/v1/obl?igra=bouling-3d&klyuch=${key}: HTTP 401`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'sunshine' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout62');
writePart(join(here, 'heldout62'), {
  'notify.log': checkmkNotifyLog(rng),
  'server.log': graylogLog(rng),
  'qz-tray.log': qzTrayLog(rng),
  'locker-bank-03.journal.log': balenaJournal(rng),
  'dokku-deploy-gsehub.log': dokkuLog(rng),
  'medic-api.log': chtApiLog(rng),
  'domoticz.log': domoticzLog(rng),
  'guacamole.journal.log': guacamoleLog(rng),
  'openboxes.log': openBoxesLog(rng),
  'listmonk.log': listmonkLog(rng),
  'inventree-worker.log': djangoQLog(rng),
  'ovenmediaengine.log': omeLog(rng),
  'retroarch.log': retroarchLog(rng),
  'sunshine.log': sunshineLog(rng),
});
