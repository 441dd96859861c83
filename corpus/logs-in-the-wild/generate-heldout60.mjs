// Writes corpus/logs-in-the-wild/heldout60/: a sixtieth held-out part, in formats no other part uses (a GoAnywhere MFT
// job log, a Milestone XProtect Recording Server log, Mission Planner's log4net log, `docker compose logs -t` of WebODM,
// a MapProxy log, a Blynk legacy server log, a Vendure server's DefaultLogger output, a Hyperledger Fabric peer log with
// chaincode output, openNDS through OpenWrt's `logread`, a FeathersJS 5 app's winston JSON log, DCMTK's `storescp -v -d`
// output, LimeSurvey's Yii 1 application.log, Motion's log file, web2py's httpserver.log), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line
// was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout60.mjs     rewrites heldout60/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Kestrel Quay Terminals, a container terminal on the Orwell estuary with a drone survey unit (English,
// five logs); Enjuki Ennungi ("good bees"), a Luwero beekeeping and honey co-operative that also runs the Engoye Nnyonjo
// ("clean clothes") laundromats and dry cleaners in Kampala (Luganda messages where the app shows them, routes,
// parameter, header and key names in Luganda, English code names, five logs); Grupi Shqiponja, a Tirana group with a
// dental clinic (Dentalia Shqiponja), a language school and exam centre (Akademia Shqiponja) and a guard patrol company
// (Roja Shqiponja) (Albanian messages and names in Latin letters, without diacritics in names, four logs). Standard names
// (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 5, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Felixstowe in October (BST, UTC+1), Kampala (EAT, UTC+3), Tirana (CEST, UTC+2). */
const BST = 60;
const EAT = 180;
const CEST = 120;
/** A private address. */
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const mac = (rng) => Array.from({ length: 6 }, () => rng.hex(2)).join(':');

// =====================================================================================================================
// Kestrel Quay Terminals (English; BST, UTC+1; containers in UTC where said)
// =====================================================================================================================

const KQ = 'kestrelquay.example';

// ---------------------------------------------------------------------------------------------------------------------
// job-1000000004217.log: a GoAnywhere MFT 7.6 job log of an EDI project (local time, BST, no zone): `MM/dd/yyyy hh:mm:ss
// a  <LEVEL>  <message>`, the job header (`Start Date and Time:`, `Job Number:`, `Project Name:` …), `Executing task`
// lines, the HTTP task's messages and the Print and Set Variable tasks' output. From memory (not fetched).

function goAnywhereLog(rng) {
  const stamp = (t) => {
    const l = local(t, BST);
    const h = Number(l.slice(11, 13));
    return `${l.slice(5, 7)}/${l.slice(8, 10)}/${l.slice(0, 4)} ${pad(((h + 11) % 12) + 1)}:${l.slice(14, 19)} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const render = (e) => e.ga.map(([lvl, msg]) => `${stamp(e.t)}    ${lvl.padEnd(7)} ${msg.replace('<now>', stamp(e.t))}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ga: [['INFO', `Executing task 'sftp ${rng.pick(['1.0', '2.0', '3.0'])}'`]] }),
      () => ({ ga: [['INFO', `Downloaded file '/outbound/COPARN_${digits(rng, 8)}.edi' to '/data/edi/in/COPARN_${digits(rng, 8)}.edi' (${rng.int(2000, 90000)} bytes)`]] }),
      () => ({ ga: [['INFO', `Finished task 'sftp 1.0'`]] }),
      () => ({ ga: [['INFO', `${rng.int(1, 40)} file(s) were translated by task 'edifactToXml 1.0'`]] }),
      () => ({ ga: [['DEBUG', `Connected to SFTP server 'sftp.linerportal.example' on port 22 using key 'kq-edi-2027'`]] }),
    ])();
  const steps = [
    { raw: { ga: [['INFO', `Start Date and Time: ${'10/05/2027 07:12:00 AM'}`]] }, after: 0 },
    plant('negative', 'goanywhere-job-number', 'none', "GoAnywhere's job number (13 digits) in the job header: an identifier, no credential.", () => ({ value: '1000000004217', event: { ga: [['INFO', 'Job Number: 1000000004217'], ['INFO', 'Project Name: /EDI/BAPLIE Inbound'], ['INFO', 'Project Version: 14'], ['INFO', 'Submitted By: root'], ['INFO', 'Submitted From: Scheduler'], ['INFO', 'Run As: edi_batch'], ['INFO', 'GoAnywhere MFT 7.6.2 running on Linux 5.15.0-119-generic amd64'], ['INFO', "Executing project '/EDI/BAPLIE Inbound'"], ['INFO', "Executing module 'Main'"]] } }), { after: 0 }),
    3,
    plant('framework-dump', 'goanywhere-set-variable-task-password', 'error', "The Set Variable task logs the value it assigns; the project builds the liner portal's password into `linerPassword` in clear (a project variable, not a masked resource password).", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { ga: [['INFO', "Executing task 'setVariable 1.0'"], ['INFO', `Variable 'linerPassword' was set to '${pw}'`]] } };
    }),
    2,
    plant('refresh-token', 'goanywhere-print-task-token-response', 'error', `${WHY.refresh} A Print task writes the HTTP task's response variable to the job log, \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.b64url(52);
      return { value: rt, event: { ga: [['INFO', "Executing task 'print 1.0'"], ['INFO', `Token response: {"access_token":"${rng.b64url(40)}","token_type":"bearer","expires_in":3600,"refresh_token":"${rt}"}`]] } };
    }),
    2,
    plant('api-key-name', 'goanywhere-http-task-url-client-key', 'error', `${WHY.apiKey('clientKey')} The HTTP task logs the URL it requests and, when it fails, the URL again in its error (the same request).`, ({ rng }) => {
      const key = rng.alnum(40);
      const url = `https://vgm.linerportal.example/api/v2/vgm?terminal=KQT&clientKey=${key}`;
      return { value: key, event: { ga: [['INFO', "Executing task 'get 1.0'"], ['INFO', `Sending GET request to URL '${url}'`], ['ERROR', `HTTP request failed with status code 401 (Unauthorized) for URL '${url}'`]] } };
    }),
    2,
    plant('implicit-fragment', 'goanywhere-http-task-following-redirect-fragment', 'error', "The HTTP task follows the portal's redirect and logs its target, fragment included (`#access_token=…`): an implicit-flow access token.", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { ga: [['DEBUG', `Following redirect to 'https://portal.linerportal.example/app/#access_token=${at}&token_type=bearer&expires_in=3600'`]] } };
    }),
    2,
    plant('session-id', 'goanywhere-http-task-debug-set-cookie-aspnet-session', 'error', WHY.session("The HTTP task at debug level logs the response headers: `Set-Cookie: ASP.NET_SessionId=…` of the liner portal's session"), ({ rng }) => {
      const sid = rng.chars('abcdefghijklmnopqrstuvwxyz012345', 24);
      return { value: sid, event: { ga: [['DEBUG', `Response header: Set-Cookie: ASP.NET_SessionId=${sid}; path=/; secure; HttpOnly; SameSite=Lax`]] } };
    }),
    2,
    plant('path-secret', 'goanywhere-http-task-download-link', 'error', WHY.pathSecret('The VGM declaration download link the portal mailed (`/vgm/download/<token>/…`), which the HTTP task logs as it downloads'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ga: [['INFO', `Downloading 'https://files.linerportal.example/vgm/download/${tok}/VGM_KQT_20271005.edi' to '/data/edi/in/VGM_KQT_20271005.edi'`]] } };
    }),
    2,
    plant('negative', 'goanywhere-sha256-checksum', 'none', 'The SHA-256 checksum of a received file, logged after the transfer: a hash, no credential.', ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { ga: [['INFO', `SHA-256 checksum of 'BAPLIE_MSKU${digits(rng, 7)}.edi': ${h}`]] } };
    }),
    2,
    plant('encoded', 'goanywhere-http-task-url-netrc-base64', 'error', "The outbox API of the second liner takes a `netrc` parameter: base64 of a netrc line (`machine … login … password …`), so the login and password ride in the URL the HTTP task logs.", ({ rng }) => {
      const b = b64Of(`machine edi.oceanline.example login kqt_edi password ${rng.alnum(18)}`);
      return { value: b, needle: encodeURIComponent(b), event: { ga: [['INFO', `Sending GET request to URL 'https://edi.oceanline.example/api/outbox?format=BAPLIE&netrc=${encodeURIComponent(b)}'`]] } };
    }),
    2,
    plant('webhook', 'goanywhere-http-task-teams-workflow-sig', 'error', WHY.webhook('A Microsoft Teams workflow (Power Automate) trigger URL (`…logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?…&sig=<sig>`) the job posts its summary to; the HTTP task logs it (the `sig` is the secret part)'), ({ rng }) => {
      const sig = rng.b64url(43);
      return { value: sig, event: { ga: [['INFO', "Executing task 'post 1.0'"], ['INFO', `Sending POST request to URL 'https://prod-27.uksouth.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}'`]] } };
    }),
    2,
    { raw: { ga: [['INFO', "Finished project '/EDI/BAPLIE Inbound'"], ['INFO', 'End Date and Time: <now>']] } },
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 12 * MIN, site: { host: 'mft' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// RecordingServer.log: a Milestone XProtect 2025 R1 Recording Server's log (local time with its offset):
// `yyyy-MM-dd HH:mm:ss.fff+01:00 [<thread, 4 wide>] <LEVEL, 9 wide> - <message>`, device driver messages at Debug, rule
// actions, the Mobile Server and identity provider messages it relays. From memory (not fetched).

function milestoneLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)}.${msPart(t)}+01:00`;
  const render = (e) => e.ms.map(([lvl, msg]) => `${stamp(e.t)} [${String(rng.int(8, 90)).padStart(4)}] ${lvl.padEnd(9)} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ms: [['Info', `Camera 'Quay ${rng.int(1, 9)} STS ${rng.int(1, 14)}' recording started (motion)`]] }),
      () => ({ ms: [['Info', `Database 'Local default' for camera 'Yard ${upperNum(rng, 2)}' archived ${rng.int(10, 900)} MB`]] }),
      () => ({ ms: [['Warning', `Camera 'Gate ${rng.int(1, 6)} OCR' frame rate dropped to ${rng.int(2, 9)} fps`]] }),
      () => ({ ms: [['Debug', `Driver: keep-alive to ${lan(rng, '10.61')} ok (${rng.int(3, 90)} ms)`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'milestone-hardware-id', 'none', "The hardware's id (a GUID) in a connection message: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ms: [['Info', `Hardware 'ANPR Gate 3' (${id}) connected, driver Universal 1.12`]] } };
    }),
    3,
    plant('framework-dump', 'milestone-driver-onvif-soap-password-text', 'error', "The ONVIF driver at Debug logs the SOAP request it sends; the camera accepts only WS-Security `PasswordText`, so the envelope carries the camera password in clear (`<Password Type=\"…#PasswordText\">…`).", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { ms: [['Debug', `Driver request to http://${lan(rng, '10.61')}/onvif/device_service: <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Header><Security xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><UsernameToken><Username>svc_vms</Username><Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${pw}</Password></UsernameToken></Security></s:Header><s:Body><GetProfiles xmlns="http://www.onvif.org/ver10/media/wsdl"/></s:Body></s:Envelope>`]] } };
    }),
    3,
    plant('negative', 'milestone-driver-digest-response', 'none', 'A camera answered with a Digest challenge and the driver logs its `Authorization: Digest …` header: `response` is an MD5 over one nonce, a hash, no credential.', ({ rng }) => {
      const r = rng.hex(32);
      return { value: r, event: { ms: [['Debug', `Driver request header: Authorization: Digest username="svc_vms", realm="IP Camera(C${digits(rng, 4)})", nonce="${rng.hex(24)}", uri="/ISAPI/Streaming/channels/101", response="${r}", qop=auth, nc=00000001, cnonce="${rng.hex(16)}"`]] } };
    }),
    3,
    plant('api-key-name', 'milestone-analytics-event-url-integration-key', 'error', `${WHY.apiKey('integrationKey')} The ANPR analytics integration posts plates to a URL with the key in the query, which the event server logs when the post fails.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { ms: [['Error', `Analytics event 'Plate read' to https://anpr.platesense.example/v1/events?site=kqt&integrationKey=${key} failed: The remote server returned an error: (502) Bad Gateway.`]] } };
    }),
    3,
    plant('session-id', 'milestone-driver-cgi-session-key', 'error', WHY.session("The gate OCR camera's CGI takes the web session of the driver's login as `sessionKey=`; the driver logs the polling URL at Debug"), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { ms: [['Debug', `Driver: GET http://${lan(rng, '10.61')}/cgi-bin/plates.cgi?action=list&since=${Math.floor(DAY0 / 1000)}&sessionKey=${s} -> 200`]] } };
    }),
    3,
    plant('id-token', 'milestone-idp-rejected-id-token', 'error', "The identity provider integration logs the ID token it rejected (`id_token=<JWT>`, an audience mismatch) on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://sso.${KQ}/realms/kqt`, sub: rng.uuid(), aud: 'xprotect-smart-client', email: 'j.harding@kestrelquay.example', nonce: rng.b64url(16) } });
      return { value: token, jwt: facts, event: { ms: [['Error', `External IDP login failed for 'j.harding@kestrelquay.example': id_token=${token} rejected (audience mismatch)`]] } };
    }),
    3,
    plant('webhook', 'milestone-rule-http-action-webex-incoming', 'error', WHY.webhook('A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`) a rule posts reefer alarms to; the rule action logs the URL, and its failure writes it again (the same request)'), ({ rng }) => {
      const id = b64urlOf(`ciscospark://urn:TEAM:eu-central-1_k/WEBHOOK/${rng.uuid()}`);
      const url = `https://webexapis.com/v1/webhooks/incoming/${id}`;
      return { value: id, event: { ms: [['Info', `Rule 'Reefer alarm stack 14': executing HTTP request action POST ${url}`], ['Error', `HTTP request action POST ${url} failed: The operation has timed out.`]] } };
    }),
    3,
    plant('embed-jwt', 'milestone-web-client-embed-link-jwt-120s', 'warning', "The Web Client logs the shared view link it created for a haulier (`/embed/<JWT>`): a short token, 120 s, without jti (reusable until it expires), on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(1, 5), claims: { iss: `https://vms.${KQ}`, view: 'gate-3-lanes', cams: ['gate-3-ocr', 'gate-3-ptz'] } });
      return { value: token, jwt: facts, event: { ms: [['Info', `Web Client: shared view link https://vms.${KQ}/embed/${token} created by 'gate.controller'`]] } };
    }),
    3,
    plant('replay', 'milestone-mobile-export-ticket-once', 'note', WHY.ticketFirst('A single-use `ticket` of an evidence export download (Mobile Server), accepted once from the supervisor\'s laptop. The ticket is'), ({ rng, t }) => {
      const tk = rng.b64url(32);
      firstUse.export = t;
      return { value: tk, event: { ms: [['Info', `Mobile Server: GET /export/download?ticket=${tk} from ${lan(rng, '10.20')} user 'ops.supervisor' accepted (export 'Berth 2 incident', 418 MB)`]] } };
    }, { ref: 'export' }),
    3,
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'vms' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// MissionPlanner.log: Mission Planner 1.3.82's log4net file (local time, no zone): `yyyy-MM-dd HH:mm:ss,fff <LEVEL, 5
// wide> [<thread>] <logger> - <message>`, GMap.NET tile fetches, the NTRIP client, log uploads, the settings writer. From
// memory (not fetched).

function missionPlannerLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)},${msPart(t)}`;
  const render = (e) => e.mp.map(([lvl, logger, msg]) => `${stamp(e.t)} ${lvl.padEnd(5)} [${rng.int(1, 40)}] ${logger} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ mp: [['INFO', 'MissionPlanner.MainV2', `Mode change: ${rng.pick(['AUTO', 'LOITER', 'GUIDED', 'RTL'])}`]] }),
      () => ({ mp: [['INFO', 'MAVLink.MAVLinkInterface', `GPS: ${rng.pick(['RTK Fixed', 'RTK Float', '3D Fix'])} sats ${rng.int(12, 31)} hdop ${(rng.int(50, 120) / 100).toFixed(2)}`]] }),
      () => ({ mp: [['DEBUG', 'MissionPlanner.GCSViews.FlightData', `Battery ${rng.int(40, 100)}% ${(rng.int(440, 504) / 10).toFixed(1)}V`]] }),
      () => ({ mp: [['INFO', 'MissionPlanner.Log.LogDownload', `Camera trigger ${rng.int(1, 900)} at ${(51.95 + rng.int(0, 999) / 100000).toFixed(5)},${(1.30 + rng.int(0, 999) / 100000).toFixed(5)}`]] }),
    ])();
  const steps = [
    { raw: { mp: [['INFO', 'MissionPlanner.Program', 'Mission Planner 1.3.82 build 1.3.9107.12345'], ['INFO', 'MissionPlanner.Program', 'Windows 10 Pro 22H2 x64']] }, after: 0 },
    plant('negative', 'missionplanner-board-uid', 'none', "The autopilot's board UID (24 hex digits) in the connect message: a serial number, no credential.", ({ rng }) => {
      const uid = rng.hex(24).toUpperCase();
      return { value: uid, event: { mp: [['INFO', 'MAVLink.MAVLinkInterface', `Connected to CubeOrangePlus, ArduCopter V4.6.2 (${rng.hex(8)}), board UID ${uid}`]] } };
    }),
    3,
    plant('api-key-name', 'missionplanner-gmap-custom-tiles-tile-key', 'error', `${WHY.apiKey('tileKey')} The terminal's orthophoto is a custom map source whose URL carries the key; GMap.NET logs the tile URL and the WebException writes it again (the same request).`, ({ rng }) => {
      const key = rng.alnum(32);
      const url = `https://tiles.${KQ}/ortho/19/${rng.int(260000, 262000)}/${rng.int(172000, 174000)}.png?tileKey=${key}`;
      return { value: key, event: { mp: [['DEBUG', 'GMap.NET.MapProviders.CustomProvider', `GetTileImageUsingHttp: ${url}`], ['ERROR', 'GMap.NET.MapProviders.CustomProvider', `System.Net.WebException: The remote server returned an error: (403) Forbidden. url: ${url}`]] } };
    }),
    3,
    plant('header-dump', 'missionplanner-ntrip-request-basic', 'error', "The NTRIP client logs its request to the RTK caster with `\\r\\n` escaped on one line, `Authorization: Basic <base64 of user:password>` included.", ({ rng }) => {
      const b = b64Of(`kqt-survey:${rng.alnum(14)}`);
      return { value: b, event: { mp: [['INFO', 'MissionPlanner.Comms.CommsNTRIP', `GET /KQT_RTCM3 HTTP/1.0\\r\\nUser-Agent: NTRIP MissionPlanner/1.0\\r\\nAuthorization: Basic ${b}\\r\\nNtrip-Version: Ntrip/2.0\\r\\n`]] } };
    }),
    3,
    plant('negative', 'missionplanner-mission-crc', 'none', "The CRC32 of an uploaded mission: a checksum, no credential.", ({ rng }) => {
      const crc = `0x${rng.hex(8).toUpperCase()}`;
      return { value: crc, event: { mp: [['INFO', 'MAVLink.MAVLinkInterface', `Mission upload complete: ${rng.int(40, 200)} items, CRC32 ${crc}`]] } };
    }),
    3,
    plant('implicit-fragment', 'missionplanner-loopback-redirect-fragment', 'error', "The flight-log cloud's sign-in returns to Mission Planner's loopback listener, and the listener logs the address the browser landed on, fragment included (`http://127.0.0.1:<port>/#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { mp: [['INFO', 'MissionPlanner.Utilities.OAuthLoopback', `Browser returned to http://127.0.0.1:${rng.int(49152, 65000)}/#access_token=${at}&token_type=Bearer&expires_in=3600`]] } };
    }),
    3,
    plant('refresh-token', 'missionplanner-settings-set-utm-refresh-token', 'error', `${WHY.refresh} The settings writer logs each key it saves at Debug, the UTM service's \`utm_refresh_token\` too.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { mp: [['DEBUG', 'MissionPlanner.Utilities.Settings', `Set utm_refresh_token = ${rt}`]] } };
    }),
    3,
    plant('path-secret', 'missionplanner-tlog-upload-link', 'error', WHY.pathSecret("The survey portal's upload link (`/upload/<token>`), which the log uploader writes"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { mp: [['INFO', 'MissionPlanner.Log.LogUpload', `Uploading 2027-10-05 08-41-12.tlog (${rng.int(2, 90)} MB) to https://survey.${KQ}/upload/${tok}`]] } };
    }),
    3,
    8,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 30 * MIN, site: { host: 'gcs' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// webodm-compose.log: `docker compose logs -t` of WebODM 2.5 (`<service>-1  | <RFC 3339, nanoseconds, Z> <line>`): the
// webapp's Django messages and gunicorn access lines, the Celery worker's `[yyyy-mm-dd HH:MM:SS,mmm: LEVEL/Process]`
// lines, NodeODM's winston lines. From memory (not fetched); WebODM's `?jwt=` query authentication from memory.

function webOdmLog(rng) {
  const ts = (t) => `${iso(t).slice(0, 23)}${digits(rng, 6)}Z`;
  const render = (e) => e.wo.map(([svc, msg]) => `${`${svc}-1`.padEnd(11)}| ${ts(e.t)} ${msg}`);
  const gun = (e, req, status, ref = '-') => `${e.ip} - - [${local(e.t, 0).slice(8, 10)}/${MONTHS[Number(local(e.t, 0).slice(5, 7)) - 1]}/2027:${local(e.t, 0).slice(11, 19)} +0000] "${req} HTTP/1.1" ${status} ${rng.int(200, 90000)} "${ref}" "${e.ua}"`;
  const cel = (e, lvl, proc, msg) => `[${ymdHmsAt(e.t, 0)},${msPart(e.t)}: ${lvl}/${proc}] ${msg}`;
  const filler = (rng, t) => {
    const e = { t, ip: publicIp(rng), ua: rng.pick(BROWSERS) };
    return rng.pick([
      () => ({ wo: [['webapp', gun(e, `GET /api/projects/${rng.int(1, 9)}/tasks/`, 200)]] }),
      () => ({ wo: [['worker', cel(e, 'INFO', 'MainProcess', `Task worker.tasks.process_pending_tasks[${rng.uuid()}] received`)]] }),
      () => ({ wo: [['node-odm', `info: Task ${rng.uuid()} progress ${rng.int(1, 99)}% (${rng.pick(['opensfm', 'openmvs', 'odm_orthophoto', 'odm_dem'])})`]] }),
      () => ({ wo: [['webapp', `INFO Processing... ${rng.uuid()}`]] }),
    ])();
  };
  const steps = [
    2,
    plant('negative', 'webodm-celery-task-id', 'none', "A Celery task id (uuid) in the worker's success line: an identifier, no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { wo: [['worker', cel({ t }, 'INFO', 'ForkPoolWorker-2', `Task worker.tasks.process_pending_tasks[${id}] succeeded in 0.0213s: None`)]] } };
    }),
    2,
    plant('api-key-name', 'webodm-nodeodm-token-query', 'error', `${WHY.apiKey('token')} NodeODM authenticates the processing node's clients by a \`token\` query parameter; the node logs the request it refused with the URL.`, ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { wo: [['node-odm', `warn: Unauthorized request from 172.19.0.${rng.int(2, 9)}: POST /task/new/init?token=${tok}`]] } };
    }),
    2,
    plant('embed-jwt', 'webodm-public-iframe-map-jwt-query', 'error', "The customer portal embeds the quay survey's map in an iframe with WebODM's `?jwt=` query authentication; gunicorn's access line writes it with its UTC time", ({ rng, t, }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 6 * 3600, age: rng.int(60, 3000), claims: { user_id: 7, username: 'portal-embed', email: '' } });
      return { value: token, jwt: facts, event: { wo: [['webapp', gun({ t, ip: publicIp(rng), ua: BROWSERS[0] }, `GET /public/task/${rng.uuid()}/iframe/map/?jwt=${token}`, 200, `https://customers.${KQ}/surveys/berth-4`)]] } };
    }),
    2,
    plant('oauth-code', 'webodm-gunicorn-referer-plugin-oauth-callback', 'warning', `${WHY.code} A cloud import plugin's callback is the Referer of the next request, and gunicorn's access line writes it.`, ({ rng, t }) => {
      const code = rng.b64url(40);
      return { value: code, event: { wo: [['webapp', gun({ t, ip: publicIp(rng), ua: BROWSERS[3] }, 'GET /plugins/cloudimport/projects/', 200, `https://odm.${KQ}/plugins/cloudimport/oauth/callback?code=${code}&state=${rng.b64url(22)}`)]] } };
    }),
    2,
    plant('framework-dump', 'webodm-plugin-celery-kwargs-dict-password', 'error', "The cloud import plugin logs the keyword arguments of its Celery task as a Python dict, the archive server's `password` included.", ({ rng, t }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { wo: [['worker', cel({ t }, 'INFO', 'ForkPoolWorker-3', `plugins.cloudimport: import_files kwargs={'server': 'https://archive.dronehub.example', 'username': 'kq-survey', 'password': '${pw}', 'folder': 'berth-4/2027-10-05'}`)]] } };
    }),
    2,
    plant('id-token', 'webodm-oidc-logout-id-token-hint-expired', 'note', "WebODM's OIDC logout logs the end-session URL with `id_token_hint=<JWT>`: the ID token had expired two hours before the line (UTC)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3 * 3600 + rng.int(10, 600), jti: true, alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://sso.${KQ}/realms/kqt`, aud: 'webodm', sub: rng.uuid(), sid: rng.uuid() } });
      return { value: token, jwt: facts, event: { wo: [['webapp', `INFO OIDC logout: redirecting to https://sso.${KQ}/realms/kqt/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fodm.${KQ}%2F`]] } };
    }),
    2,
    plant('session-id', 'webodm-admin-impersonation-sessionid', 'error', WHY.session("An admin plugin logs the Django `sessionid` it created when a staff user impersonated a surveyor"), ({ rng }) => {
      const s = rng.lowerNum(32);
      return { value: s, event: { wo: [['webapp', `INFO Impersonation started by kq-admin as surveyor.patel: sessionid=${s}`]] } };
    }),
    2,
    plant('negative', 'webodm-nodeodm-task-uuid', 'none', "A NodeODM task uuid in the node's info path: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { wo: [['node-odm', `info: GET /task/${id}/info 200`]] } };
    }),
    2,
    10,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'odm' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mapproxy.log: MapProxy 3's log with the log.ini of its documentation (local time, no zone):
// `[yyyy-mm-dd HH:MM:SS,mmm] <logger> - <LEVEL> - <message>`, `mapproxy.source.request` lines as `<method> <url> <status>
// <size> <ms>`, the configuration loader's warnings. From memory (not fetched).

function mapProxyLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)},${msPart(t)}`;
  const render = (e) => e.mx.map(([logger, lvl, msg]) => `[${stamp(e.t)}] ${logger} - ${lvl} - ${msg}`);
  const SR = 'mapproxy.source.request';
  const tile = (rng) => `${rng.int(15, 20)}/${rng.int(16000, 262000)}/${rng.int(10000, 174000)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ mx: [[SR, 'INFO', `GET https://tile.openstreetmap.org/${tile(rng)}.png 200 ${rng.int(2000, 40000)} ${rng.int(20, 400)}`]] }),
      () => ({ mx: [['mapproxy.source.wms', 'INFO', `GetMap ortho_2027_09 EPSG:3857 ${rng.int(256, 1024)}x${rng.int(256, 1024)}`]] }),
      () => ({ mx: [['mapproxy.cache', 'DEBUG', `cache hit ortho_cache_EPSG3857/${tile(rng)}`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'mapproxy-etag-not-modified', 'none', "An upstream tile's ETag (an MD5) on a 304 line: a hash, no credential.", ({ rng }) => {
      const etag = rng.hex(32);
      return { value: etag, event: { mx: [[SR, 'INFO', `GET https://tiles.${KQ}/basemap/${tile(rng)}.png 304 0 ${rng.int(10, 90)} etag="${etag}"`]] } };
    }),
    3,
    plant('api-key-name', 'mapproxy-source-request-geoserver-authkey', 'error', `${WHY.apiKey('authkey')} GeoServer's key authentication module takes the user's key as \`authkey=\` (a uuid), and MapProxy's source request log writes the WMS URL.`, ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { mx: [[SR, 'INFO', `GET https://geo.${KQ}/geoserver/kqt/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=kqt:berths&SRS=EPSG:3857&BBOX=144800,6790200,145600,6791000&WIDTH=512&HEIGHT=512&FORMAT=image/png&authkey=${key} 200 ${rng.int(2000, 60000)} ${rng.int(40, 900)}`]] } };
    }),
    3,
    plant('path-secret', 'mapproxy-source-request-share-link-tiles', 'error', WHY.pathSecret("The drone contractor's share link (`/s/<token>/tiles/…`) configured as a tile source, written on every source request"), ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { mx: [[SR, 'INFO', `GET https://share.dronecloud.example/s/${tok}/tiles/${tile(rng)}.png 200 ${rng.int(2000, 60000)} ${rng.int(40, 900)}`]] } };
    }),
    3,
    plant('encoded', 'mapproxy-source-request-viewparams-percent-encoded', 'error', "A GeoServer SQL view takes the tenant's secret as a `viewparams` entry, percent-encoded in the URL (`viewparams=tenant%3Akqt%3Bsecret%3A<value>`).", ({ rng }) => {
      const s = rng.alnum(28);
      return { value: s, event: { mx: [[SR, 'INFO', `GET https://geo.${KQ}/geoserver/kqt/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=kqt:reefer_status&SRS=EPSG:3857&BBOX=144800,6790200,145600,6791000&WIDTH=256&HEIGHT=256&FORMAT=image/png&viewparams=tenant%3Akqt%3Bsecret%3A${s} 200 ${rng.int(2000, 60000)} ${rng.int(40, 900)}`]] } };
    }),
    3,
    plant('session-id', 'mapproxy-source-request-legacy-wms-jsessionid', 'error', WHY.session("The legacy yard-plan WMS runs on Tomcat and its URL was copied with `;jsessionid=`; the source request log writes it"), ({ rng }) => {
      const s = rng.hex(32).toUpperCase();
      return { value: s, event: { mx: [[SR, 'ERROR', `GET http://yardplan.${KQ}:8080/wms;jsessionid=${s}?SERVICE=WMS&REQUEST=GetMap&LAYERS=yard&SRS=EPSG:27700&WIDTH=256&HEIGHT=256&FORMAT=image/png 500 - ${rng.int(40, 900)}`]] } };
    }),
    3,
    plant('header-dump', 'mapproxy-config-warning-source-http-headers-bearer', 'error', "The configuration loader warns about an unknown option and prints the source's configuration as a dict, its `http.headers` with `Authorization: Bearer <token>` included.", ({ rng }) => {
      const tok = `kqgeo_${rng.alnum(40)}`;
      return { value: tok, event: { mx: [['mapproxy.config', 'WARNING', `unknown 'wms_opts' option 'legendurl' in source 'berths_wms': {'type': 'wms', 'req': {'url': 'https://geo.${KQ}/geoserver/kqt/wms', 'layers': 'kqt:berths'}, 'http': {'headers': {'Authorization': 'Bearer ${tok}'}}}`]] } };
    }),
    3,
    plant('negative', 'mapproxy-cache-buster', 'none', 'A `_ts=` cache buster of the map client in a WMS request: a timestamp, no credential.', ({ rng }) => {
      const ts = String(Math.floor(DAY0) + rng.int(30000000, 40000000));
      return { value: `_ts=${ts}`, event: { mx: [[SR, 'INFO', `GET https://tiles.${KQ}/basemap/wms?SERVICE=WMS&REQUEST=GetCapabilities&_ts=${ts} 200 ${rng.int(2000, 9000)} ${rng.int(10, 90)}`]] } };
    }),
    2,
    8,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'maps' }, filler, render, steps });
}

// =====================================================================================================================
// Enjuki Ennungi (Luganda; Kampala and Luwero: EAT, UTC+3; containers in UTC where said)
// =====================================================================================================================

const EN = 'enjuki.example';

// ---------------------------------------------------------------------------------------------------------------------
// blynk.log: a Blynk legacy server 0.41's `logs/blynk.log` on the co-operative's own server, the hive scales' hardware
// (local time, EAT, no zone): `yyyy-MM-dd HH:mm:ss.SSS <LEVEL, 5 wide>- <message>`, the HTTP API's requests and the
// Webhook widget's errors at debug. From memory (not fetched).

function blynkLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, EAT)}.${msPart(t)}`;
  const render = (e) => e.bl.map(([lvl, msg]) => `${stamp(e.t)} ${lvl.padEnd(5)}- ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ bl: [['INFO', `Hardware 'Omuzinga ${rng.int(1, 40)}' connected from 197.${rng.int(150, 160)}.${rng.int(0, 255)}.${rng.int(1, 254)}`]] }),
      () => ({ bl: [['DEBUG', `Omuzinga ${rng.int(1, 40)}: V1 obuzito=${(rng.int(180, 620) / 10).toFixed(1)}kg V2 ebbugumu=${rng.int(28, 36)}C`]] }),
      () => ({ bl: [['INFO', `Hardware 'Omuzinga ${rng.int(1, 40)}' disconnected (ping timeout)`]] }),
      () => ({ bl: [['DEBUG', `Sending ${rng.int(1, 30)} notification(s) to app of user omukozesa${rng.int(1, 9)}@${EN}`]] }),
    ])();
  const steps = [
    plant('negative', 'blynk-server-build-hash', 'none', "The server's build hash in its start-up line (a git commit): no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { bl: [['INFO', `Blynk Server 0.41.17 successfully started (build ${h}).`], ['INFO', 'All server output is stored in folder \'/opt/blynk/logs\' file.']] } };
    }, { after: 0 }),
    3,
    plant('path-secret', 'blynk-http-api-auth-token-in-path', 'error', "Blynk's HTTP API takes the device's auth token as the first path segment (`/<token>/update/V1?value=…`): whoever has the URL can write the hive's pins and read them until the token is refreshed; the server logs the request at debug.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { bl: [['DEBUG', `Http request from 197.${rng.int(150, 160)}.${rng.int(0, 255)}.${rng.int(1, 254)}: GET /${tok}/update/V1?value=${(rng.int(180, 620) / 10).toFixed(1)}`]] } };
    }),
    3,
    plant('api-key-name', 'blynk-webhook-widget-url-ekisumuluzo', 'error', `${WHY.apiKey('ekisumuluzo')} ("key") The Webhook widget asks a weather service for Luwero's forecast with the key in the query; its error writes the URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { bl: [['ERROR', `Error sending webhook. Reason: 401 Unauthorized. Url: https://embeera.weatherhub.example/v1/forecast?ekifo=Luwero&ekisumuluzo=${key}`]] } };
    }),
    3,
    plant('webhook', 'blynk-webhook-widget-rocketchat-hook', 'error', WHY.webhook('A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the swarm alarm posts to; the Webhook widget\'s error writes it (the token is the secret part)'), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { bl: [['ERROR', `Error sending webhook. Reason: 502 Bad Gateway. Url: https://olukiiko.${EN}/hooks/${rng.alnum(17)}/${tok}`]] } };
    }),
    3,
    plant('header-dump', 'blynk-webhook-widget-debug-headers-bearer', 'error', "The Webhook widget at debug logs the request it builds, headers included (`Authorization: Bearer <token>` to the co-operative's sales API).", ({ rng }) => {
      const tok = `enj_${rng.alnum(40)}`;
      return { value: tok, event: { bl: [['DEBUG', `Webhook request: POST https://api.${EN}/v1/emizinga/obuzito headers=[Content-Type: application/json, Authorization: Bearer ${tok}] body={"omuzinga":"${rng.int(1, 40)}","obuzito":${(rng.int(180, 620) / 10).toFixed(1)}}`]] } };
    }),
    3,
    plant('negative', 'blynk-ota-firmware-md5', 'none', "The MD5 of a firmware image the OTA update sends: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { bl: [['INFO', `OTA: omuzinga-fw-2.3.1.bin (md5 ${h}) scheduled for ${rng.int(2, 30)} device(s)`]] } };
    }),
    3,
    10,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'blynk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vendure-server.log: a Vendure 3 server's DefaultLogger output of the honey shop (local time as `toLocaleString()`
// writes it in en-GB, no zone): `<level> dd/mm/yyyy, HH:MM:SS - [<context>] <message>`. From memory (not fetched).

function vendureLog(rng) {
  const stamp = (t) => { const l = local(t, EAT); return `${l.slice(8, 10)}/${l.slice(5, 7)}/${l.slice(0, 4)}, ${l.slice(11, 19)}`; };
  const render = (e) => e.vd.map(([lvl, ctx, msg]) => `${lvl} ${stamp(e.t)} - [${ctx}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ vd: [['info', 'OrderService', `Ekiragiro ENJ-${upperNum(rng, 8)} kifunise (${rng.pick(['omubisi gw\'enjuki 500g', 'omubisi gw\'enjuki 1kg', 'obuwoowo bw\'enjuki'])})`]] }),
      () => ({ vd: [['verbose', 'JobQueue', `Job apply-collection-filters completed in ${rng.int(10, 900)}ms`]] }),
      () => ({ vd: [['info', 'PaymentMethodService', `Ssente zisasuddwa: ENJ-${upperNum(rng, 8)} UGX ${rng.int(15, 300)}000`]] }),
      () => ({ vd: [['debug', 'ShopAPI', `query activeCustomer ${rng.int(3, 90)}ms`]] }),
    ])();
  const steps = [
    { raw: { vd: [['info', 'Vendure Server', 'Bootstrapping Vendure Server (pid: 1)...'], ['info', 'Vendure Server', 'Vendure server (v3.3.2) now running on port 3000']] }, after: 0 },
    plant('negative', 'vendure-channel-token-header', 'none', "Vendure's `vendure-token` header names the channel a request is for: a public channel identifier the storefront sends to everyone, no credential.", ({ rng }) => {
      const ch = rng.lowerNum(20);
      return { value: ch, event: { vd: [['debug', 'ShopAPI', `Channel resolved from header vendure-token: ${ch} (dduuka-uganda)`]] } };
    }),
    2,
    plant('oauth-code', 'vendure-google-auth-strategy-callback-url', 'warning', `${WHY.code} A custom Google auth strategy logs the callback address it completes (\`/yingira/google?state=…&code=…\`, "sign in").`, ({ rng }) => {
      const code = `4/0A${rng.b64url(60)}`;
      return { value: code, needle: encodeURIComponent(code), event: { vd: [['debug', 'GoogleAuthStrategy', `Okuyingira: callback https://dduuka.${EN}/yingira/google?state=${rng.b64url(24)}&code=${encodeURIComponent(code)}&scope=email%20profile`]] } };
    }),
    2,
    plant('implicit-fragment', 'vendure-shop-auth-redirect-fragment', 'error', "The storefront hand-off logs where it sends the customer after sign-in, the access token in the fragment (`/akawunti#access_token=…`, \"account\").", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { vd: [['verbose', 'ShopAuth', `Okuyingira kuwedde; tuddayo ku https://dduuka.${EN}/akawunti#access_token=${at}&expires_in=3600`]] } };
    }),
    2,
    plant('session-id', 'vendure-auth-token-response-header', 'error', WHY.session("With `tokenMethod: 'bearer'`, Vendure returns the session token in the `vendure-auth-token` response header; a debugging plugin logs the response headers"), ({ rng }) => {
      const s = rng.hex(40);
      return { value: s, event: { vd: [['debug', 'ShopAPI', `mutation login response headers: {"content-type":"application/json","vendure-auth-token":"${s}"}`]] } };
    }),
    2,
    plant('refresh-token', 'vendure-graphql-error-variables-refresh-token', 'error', `${WHY.refresh} A custom mutation (\`okuzzaObuggya\`, "renew") fails and the error logger writes its GraphQL variables.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { vd: [['error', 'ShopAPI', `Wabaddewo ensobi mu okuzzaObuggya: variables {"refresh_token":"${rt}","omukozesa":"nabirye.s"}`]] } };
    }),
    2,
    plant('api-key-name', 'vendure-momo-plugin-url-api-ekisumuluzo', 'error', `${WHY.apiKey('api_ekisumuluzo')} The mobile money payment plugin's gateway takes the key in the query; the plugin's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { vd: [['error', 'MomoPaymentPlugin', `POST https://momo.paygate.example/collection/v1_0/requesttopay?api_ekisumuluzo=${key} failed: 500`]] } };
    }),
    2,
    plant('encoded', 'vendure-graphql-get-variables-percent-encoded-password', 'error', "A GraphQL request sent as GET: the `variables` parameter is percent-encoded JSON with the customer's password (`%22ekigambo_ky_ekyama%22%3A%22…`, \"secret word\").", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { vd: [['verbose', 'ShopAPI', `GET /shop-api?query=mutation%20Yingira(%24e%3AString!%2C%24p%3AString!)%7Bkuyingira(email%3A%24e%2Cekigambo_ky_ekyama%3A%24p)%7Bid%7D%7D&variables=%7B%22e%22%3A%22kato.m%40${EN}%22%2C%22ekigambo_ky_ekyama%22%3A%22${pw}%22%7D`]] } };
    }),
    2,
    plant('negative', 'vendure-order-code', 'none', 'An order code (`ENJ-<8>`), the code a customer quotes on the phone: an identifier, no credential.', ({ rng }) => {
      const code = `ENJ-${upperNum(rng, 8)}`;
      return { value: code, needle: encodeURIComponent(code), event: { vd: [['info', 'OrderService', `Ekiragiro ${code} kiweerezeddwa (shipped) okuva e Luwero`]] } };
    }),
    2,
    10,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'shop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// peer0-enjuki.log: a Hyperledger Fabric 2.5 peer's log (`docker logs`, UTC): `yyyy-mm-dd HH:MM:SS.mmm UTC <seq, 4 hex>
// <LEVEL> [<module>] <func> -> <message>`, with the chaincode container's stdout relayed under
// `[peer.chaincode.dev-peer0…]` (CORE_VM_DOCKER_ATTACHSTDOUT). From memory (not fetched).

function fabricPeerLog(rng) {
  let seq = 0x200;
  const render = (e) => e.fb.map(([lvl, mod, fn, msg]) => `${ymdHmsAt(e.t, 0)}.${msPart(e.t)} UTC ${(seq++).toString(16).padStart(4, '0')} ${lvl} [${mod}] ${fn} -> ${msg}`);
  const CC = 'peer.chaincode.dev-peer0.enjuki.example-omubisi_1.2-7f3a';
  const filler = (rng) =>
    rng.pick([
      () => ({ fb: [['INFO', 'gossip.privdata', 'StoreBlock', `Received block [${rng.int(9000, 9999)}] from buffer channel=enjuki`]] }),
      () => ({ fb: [['INFO', 'endorser', 'callChaincode', `finished chaincode: omubisi duration: ${rng.int(4, 90)}ms channel=enjuki txID=${rng.hex(8)}`]] }),
      () => ({ fb: [['INFO', CC, 'func2', `Ekibbo ${upperNum(rng, 6)} kiwandiisiddwa: omuzinga ${rng.int(1, 40)}, kg ${(rng.int(80, 400) / 10).toFixed(1)}`]] }),
      () => ({ fb: [['INFO', 'comm.grpc.server', '1', `unary call completed grpc.service=protos.Endorser grpc.method=ProcessProposal grpc.peer_address=172.20.0.${rng.int(2, 9)}:${rng.int(30000, 60000)} grpc.code=OK grpc.call_duration=${rng.int(5, 90)}ms`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'fabric-kvledger-commit-hash', 'none', "The ledger's commit hash of a block (64 hex digits): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { fb: [['INFO', 'kvledger', 'commit', `[enjuki] Committed block [${rng.int(9000, 9999)}] with 3 transaction(s) in 21ms (state_validation=2ms block_and_pvtdata_commit=12ms state_commit=5ms) commitHash=[${h}]`]] } };
    }),
    2,
    plant('id-token', 'fabric-chaincode-stdout-id-token', 'error', "The traceability chaincode prints the buyer's ID token it checks (`okukakasa id_token: <JWT>`, \"verifying\"); the peer relays the container's stdout with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://yingira.${EN}`, aud: 'omubisi-chaincode', sub: 'omuguzi-ekspoota-07', email: 'buyer@honeyimport.example' } });
      return { value: token, jwt: facts, event: { fb: [['INFO', CC, 'func2', `okukakasa id_token: ${token}`]] } };
    }),
    2,
    plant('encoded', 'fabric-endorser-proposal-args-base64-json', 'error', "The endorser warns about a proposal and writes its arguments as base64 bytes; the second decodes to JSON with the member's password (`ekigambo_ky_ekyama`).", ({ rng }) => {
      const b = b64Of(JSON.stringify({ omukozesa: 'ssemanda.j', ekigambo_ky_ekyama: rng.alnum(16), ekibiina: 'Luwero-3' }));
      return { value: b, event: { fb: [['WARN', 'endorser', 'ProcessProposal', `failed to invoke chaincode omubisi, error: ennyingiza si ntuufu (invalid input) args=[${b64Of('wandiisaMmemba')} ${b}] channel=enjuki txID=${rng.hex(8)}`]] } };
    }),
    2,
    plant('header-dump', 'fabric-chaincode-stdout-axios-headers-bearer-jwt', 'error', "The chaincode calls the export registry and prints its request headers as a JavaScript object (`Authorization: 'Bearer <JWT>'`), a 15-minute token, on a UTC line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(30, 600), claims: { iss: `https://yingira.${EN}`, sub: 'svc-omubisi-cc', aud: 'export-registry', scope: 'lots:write' } });
      return { value: token, jwt: facts, event: { fb: [['INFO', CC, 'func2', `export registry request headers: { Accept: 'application/json', Authorization: 'Bearer ${token}', 'Content-Type': 'application/json' }`]] } };
    }),
    2,
    plant('refresh-token', 'fabric-chaincode-stdout-token-response', 'error', `${WHY.refresh} The chaincode prints the export registry's token answer to stdout, which the peer relays.`, ({ rng }) => {
      const rt = rng.b64url(50);
      return { value: rt, event: { fb: [['INFO', CC, 'func2', `token eziggya: {"access_token":"(tekiragiddwa)","expires_in":900,"refresh_token":"${rt}"}`]] } };
    }),
    2,
    plant('embed-jwt', 'fabric-chaincode-stdout-embed-trace-jwt-no-exp', 'error', "The chaincode prints the public trace page of a honey lot for its QR label (`/embed/omuzinga/<JWT>`, \"hive\"), a token without `exp`, on a UTC line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(1, 20), claims: { iss: `https://tracing.${EN}`, lot: `LW-${upperNum(rng, 6)}`, omuzinga: rng.int(1, 40), view: 'public' } });
      return { value: token, jwt: facts, event: { fb: [['INFO', CC, 'func2', `QR: https://tracing.${EN}/embed/omuzinga/${token}`]] } };
    }),
    2,
    plant('negative', 'fabric-endorser-txid', 'none', "A transaction id (64 hex digits) in an endorsement warning: an identifier, no credential.", ({ rng }) => {
      const tx = rng.hex(64);
      return { value: tx, event: { fb: [['WARN', 'endorser', 'ProcessProposal', `proposal for txID ${tx} rejected: chaincode omubisi: ekibbo kyali kiwandiisiddwa (duplicate lot)`]] } };
    }),
    2,
    10,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'peer0' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// logread-opennds.log: `logread -e opennds` on the OpenWrt router of an Engoye Nnyonjo laundromat, openNDS 10 at
// debuglevel 3 with a FAS and a BinAuth script (local time, EAT, ctime without zone):
// `<Day Mon dd HH:MM:SS yyyy> <facility.level> <tag>[<pid>]: <message>`.
// https://opennds.readthedocs.io/en/stable/ndsctl.html (read through search: debuglevels, `ndsctl json [mac|ip|token|hid]`)
// and a logread excerpt of openNDS at debug in a public gist (read through search); the FAS and BinAuth lines from memory.

function openNdsLog(rng) {
  const stamp = (t) => {
    const d = new Date(t + EAT * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${local(t, EAT).slice(11, 19)} ${d.getUTCFullYear()}`;
  };
  const render = (e) => e.nd.map(([fac, tag, msg]) => `${stamp(e.t)} ${fac} ${tag}: ${msg}`);
  const ND = 'opennds[2317]';
  const cip = (rng) => `192.168.8.${rng.int(20, 250)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ nd: [['daemon.debug', ND, 'client access: GET /generate_204'], ['daemon.debug', ND, `client ip address is [ ${cip(rng)} ]`]] }),
      () => ({ nd: [['daemon.info', ND, `Client ${mac(rng)} idle timeout, deauthenticated: upload ${rng.int(1, 90000)} KB, download ${rng.int(1, 900000)} KB`]] }),
      () => ({ nd: [['daemon.debug', ND, 'Gateway Interface is [br-lan]']] }),
      () => ({ nd: [['daemon.notice', 'binauth[4102]', `method=client_deauth clientmac=${mac(rng)} obudde=${rng.int(60, 7200)}s`]] }),
    ])();
  const steps = [
    plant('api-key-name', 'opennds-startup-debug-faskey', 'error', `${WHY.apiKey('faskey')} openNDS at debuglevel 3 writes its FAS settings at start-up, the shared \`faskey\` the FAS uses to decrypt the query and to check the client's hash included.`, ({ rng }) => {
      const k = rng.hex(48);
      return { value: k, event: { nd: [['daemon.notice', ND, 'openNDS Version 10.3.1 is in startup - please wait....'], ['daemon.debug', ND, `fasremotefqdn [fas.engoye.${EN}], fasport [443], faspath [/fas/], fas_secure_enabled [1], faskey [${k}]`]] } };
    }, { after: 0 }),
    3,
    plant('negative', 'opennds-client-hid-hash', 'none', "openNDS's `hid` (a SHA-256 over the client token and the faskey) in a debug line: a hash the FAS checks, no credential by itself.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { nd: [['daemon.debug', ND, `client ${mac(rng)} preauthenticated, hid [${h}]`]] } };
    }),
    3,
    plant('encoded', 'opennds-fas-redirect-base64-query-tok', 'error', "At fas_secure_enabled 1 openNDS logs the redirect to the FAS with its `fas=` query: base64 of `clientip=…, clientmac=…, gatewayname=…, tok=<client token>, …`; the client token authenticates the client at the gateway (`/opennds_auth/?tok=`). The debug line that logs the client's request writes the same query again.", ({ rng }) => {
      const tok = rng.hex(8);
      const q = b64Of(`clientip=${cip(rng)}, clientmac=${mac(rng)}, gatewayname=Engoye%20Nnyonjo%20Ntinda, tok=${tok}, gatewayaddress=192.168.8.1:2050, authdir=opennds_auth, originurl=http%3A%2F%2Fconnectivitycheck.gstatic.com%2Fgenerate_204, clientif=br-lan`);
      const url = `https://fas.engoye.${EN}:443/fas/?fas=${q}`;
      return { value: q, event: { nd: [['daemon.info', ND, `Redirecting client to FAS: ${url}`], ['daemon.debug', ND, `preauth redirect location: ${url}`]] } };
    }),
    3,
    plant('replay', 'opennds-binauth-voucher-tikiti-once', 'note', WHY.ticketFirst('A single-use wifi voucher printed on a laundry receipt (`tikiti=`), accepted by the BinAuth script for one client. The voucher is'), ({ rng, t }) => {
      const v = upperNum(rng, 10);
      firstUse.wifi = t;
      return { value: v, event: { nd: [['daemon.notice', 'binauth[4188]', `method=auth_client clientmac=${mac(rng)} clientip=192.168.8.41 tikiti=${v} obudde=7200s — Kkiriziddwa (accepted)`]] } };
    }, { ref: 'wifi' }),
    2,
    plant('replay', 'opennds-binauth-voucher-tikiti-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('wifi').value, why: `${WHY.replay('tikiti', gap('wifi', t))} Another phone (another MAC and address) used the same voucher and the BinAuth script accepted it again: it did not mark the voucher spent.` }], event: { nd: [['daemon.notice', 'binauth[4231]', `method=auth_client clientmac=${mac(rng)} clientip=192.168.8.117 tikiti=${refs.get('wifi').value} obudde=7200s — Kkiriziddwa (accepted)`]] } }), { replayOf: 'wifi', after: 47 }),
    3,
    plant('negative', 'opennds-gatewayhash', 'none', "The gateway's `gatewayhash` (a SHA-256 of the gateway name) in the status line: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { nd: [['daemon.info', ND, `Gateway Engoye%20Nnyonjo%20Ntinda, gatewayhash [${h}], ${rng.int(3, 40)} clients authenticated`]] } };
    }),
    3,
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 40 * MIN, site: { host: 'router' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// engoye-api.log: a FeathersJS 5 (Koa) app's winston log, `format.combine(format.timestamp(), format.json())` (UTC):
// one JSON object a line (`level`, `message`, `timestamp`, and the fields the app adds), @feathersjs/authentication-oauth's
// debug messages routed to the logger through `setDebug`, a request-logging middleware's `http` lines.
// https://feathersjs.com/api/authentication/oauth (read through search: OAuth flow, grant) and
// @feathersjs/authentication-oauth's src/service.ts on unpkg (read through search: ``debug(`oAuth redirect to ${location}`)``);
// the redirect with `#access_token=` from the Feathers OAuth advisory GHSA-ppf9-4ffw-hh4p's description (read through
// search); the rest from memory.

function feathersLog(rng) {
  const render = (e) => e.fe.map((o) => JSON.stringify({ level: o.level, message: o.message, ...o.extra, timestamp: iso(e.t) }));
  const http = (e, req, status, ms, extra = {}) => ({ level: 'http', message: `${req} ${status} ${ms}ms`, extra: { ip: e.ip, ...extra } });
  const filler = (rng, t) => {
    const e = { t, ip: publicIp(rng) };
    return rng.pick([
      () => ({ fe: [http(e, `GET /ebiragiro?$limit=10&omukozesa=${rng.hex(24)}`, 200, rng.int(3, 90))] }),
      () => ({ fe: [{ level: 'info', message: `Ekiragiro ${upperNum(rng, 6)}: engoye ${rng.int(1, 12)} zikwasiddwa (picked up)`, extra: {} }] }),
      () => ({ fe: [http(e, 'POST /ebiragiro', 201, rng.int(10, 200))] }),
      () => ({ fe: [{ level: 'info', message: `Locker ${rng.int(1, 24)} e Ntinda: oluggi luggaddwa (door closed)`, extra: {} }] }),
    ])();
  };
  const steps = [
    { raw: { fe: [{ level: 'info', message: 'Feathers app listening on http://0.0.0.0:3030', extra: {} }] }, after: 0 },
    plant('negative', 'feathers-mongodb-objectid', 'none', "A MongoDB ObjectId (`_id`) of an order in a patch line: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { fe: [{ level: 'info', message: 'ebiragiro patched', extra: { _id: id, embeera: 'biwoze' } }] } };
    }),
    2,
    plant('oauth-code', 'feathers-http-oauth-google-callback', 'warning', `${WHY.code} The request-logging middleware writes the OAuth callback the grant middleware handles (\`/oauth/google/callback?state=…&code=…\`).`, ({ rng, t }) => {
      const code = `4/0A${rng.b64url(60)}`;
      return { value: code, needle: encodeURIComponent(code), event: { fe: [http({ ip: publicIp(rng), t }, `GET /oauth/google/callback?state=${rng.hex(20)}&code=${encodeURIComponent(code)}&scope=email%20profile%20openid&authuser=0&prompt=none`, 302, rng.int(90, 400))] } };
    }),
    0,
    plant('id-token', 'feathers-oauth-profile-debug-id-token', 'error', "The app's Google strategy logs the grant response's `raw` at debug, `id_token` included, on a UTC line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'nakato.b@gmail.example', email_verified: true } });
      return { value: token, jwt: facts, event: { fe: [{ level: 'debug', message: 'google getProfile', extra: { raw: { token_type: 'Bearer', expires_in: 3599, scope: 'openid email profile', id_token: token } } }] } };
    }, { after: 1 }),
    plant('implicit-fragment', 'feathers-oauth-redirect-debug-fragment-jwt', 'error', "@feathersjs/authentication-oauth's debug message `oAuth redirect to <location>`: Feathers hands its own access token (a JWT) to the front end in the fragment (`#access_token=<JWT>`), on a UTC line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: 0, jti: true, claims: { aud: `https://engoye.${EN}`, sub: rng.hex(24), iss: 'feathers' } });
      return { value: token, jwt: facts, event: { fe: [{ level: 'debug', message: `oAuth redirect to https://engoye.${EN}/yingira#access_token=${token}`, extra: { namespace: '@feathersjs/authentication-oauth/services' } }] } };
    }, { after: 0 }),
    2,
    plant('header-dump', 'feathers-error-hook-params-headers-authorization-jwt', 'error', "An error hook logs `context.params.headers`; the Feathers access token (a JWT) is in `authorization`, on a UTC line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: rng.int(600, 40000), jti: true, claims: { aud: `https://engoye.${EN}`, sub: rng.hex(24), iss: 'feathers' } });
      return { value: token, jwt: facts, event: { fe: [{ level: 'error', message: 'Wabaddewo ensobi mu ebiragiro.create: BadRequest', extra: { path: 'ebiragiro', method: 'create', headers: { host: `api.engoye.${EN}`, authorization: `Bearer ${token}`, 'content-type': 'application/json' } } }] } };
    }),
    2,
    plant('webhook', 'feathers-zapier-catch-hook', 'error', WHY.webhook('A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook key>/`) the app posts finished orders to; the app logs the failed post (the account and key segments are the secret part)'), ({ rng }) => {
      const h = `${digits(rng, 8)}/${rng.lowerNum(7)}`;
      return { value: h, event: { fe: [{ level: 'warn', message: `zap failed: POST https://hooks.zapier.com/hooks/catch/${h}/ 410 Gone`, extra: {} }] } };
    }),
    2,
    plant('embed-jwt', 'feathers-http-embed-order-status-jwt-expired', 'note', "The order status widget a dry cleaner embeds is requested with an old link (`/embed/ekiragiro/<JWT>`, \"order\"): the token had expired two days before the UTC line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: 3 * 86400 + rng.int(60, 3000), jti: true, claims: { iss: 'feathers', ekiragiro: upperNum(rng, 6), view: 'status' } });
      return { value: token, jwt: facts, event: { fe: [http({ ip: publicIp(rng), t }, `GET /embed/ekiragiro/${token}`, 401, rng.int(2, 20))] } };
    }),
    2,
    plant('replay', 'feathers-locker-ggulawo-tikiti-once', 'note', WHY.ticketFirst('A single-use locker pickup code (`tikiti=`) opening a locker (`/locker/ggulawo`, "open") at the Ntinda shop. The code is'), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.locker = t;
      return { value: tk, event: { fe: [http({ ip: '203.0.113.61', t }, `POST /locker/ggulawo?tikiti=${tk}&locker=7`, 200, rng.int(40, 200), { 'user-agent': 'EngoyeApp/3.2.0 (Android 15)' })] } };
    }, { ref: 'locker' }),
    2,
    plant('replay', 'feathers-locker-ggulawo-tikiti-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('locker').value, why: `${WHY.replay('tikiti', gap('locker', t))} Another device from another address opened the locker with the same single-use code and the service accepted it again.` }], event: { fe: [http({ ip: '198.51.100.188', t }, `POST /locker/ggulawo?tikiti=${refs.get('locker').value}&locker=7`, 200, rng.int(40, 200), { 'user-agent': 'okhttp/5.3.2' })] } }), { replayOf: 'locker', after: 112 }),
    2,
    plant('negative', 'feathers-x-request-id', 'none', 'An `x-request-id` the load balancer adds, logged with a slow request: a request id, no credential.', ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { fe: [http({ ip: publicIp(rng), t }, 'GET /ebiragiro/statistics', 200, rng.int(900, 3000), { 'x-request-id': id })] } };
    }),
    2,
    8,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 30 * MIN, site: { host: 'api' }, filler, render, steps });
}

// =====================================================================================================================
// Grupi Shqiponja (Albanian; Tirana: CEST, UTC+2)
// =====================================================================================================================

const SQ = 'shqiponja.example';

// ---------------------------------------------------------------------------------------------------------------------
// storescp.log: DCMTK 3.6.8's `storescp -v -d --fork 11112` on the dental clinic's archive, writing to a file (oflog's
// default `<L>: <message>`, no time): association negotiation, `Received Store Request`, the dataset dumps with
// `(gggg,eeee) VR [value]  # length, VM Name`. From memory (not fetched).

function storescpLog(rng) {
  const render = (e) => e.dc;
  const uid = (rng) => `1.2.826.0.1.3680043.10.${digits(rng, 4)}.${digits(rng, 8)}.${digits(rng, 6)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ dc: ['I: Association Received', `I: Association Acknowledged (Max Send PDV: ${rng.pick([16372, 32756, 65524])})`, 'I: Received Store Request', `I: storing DICOM file: /var/dicom/hyrje/CR.${uid(rng)}`, 'I: Association Release'] }),
      () => ({ dc: ['D: ======================= INCOMING A-ASSOCIATE-RQ PDU =======================', `D: Their Implementation Class UID:    1.2.276.0.7230010.3.0.3.6.${rng.int(4, 8)}`, `D: Calling Application Name: PANO_KATI${rng.int(1, 3)}`, 'D: Called Application Name:  ARKIVI', 'D: ======================= END A-ASSOCIATE-RQ =======================' ] }),
      () => ({ dc: ['I: Received Echo Request', 'I: Sending Echo Response'] }),
    ])();
  const dump = (lines) => ['I: Received Store Request', 'D: ===================== INCOMING DIMSE MESSAGE ====================', 'D: Message Type                  : C-STORE RQ', 'D: Affected SOP Class UID       : DigitalXRayImageStorageForPresentation', 'D: ======================= END DIMSE MESSAGE =======================', 'D: # Dicom-Data-Set', 'D: # Used TransferSyntax: Little Endian Explicit', ...lines.map((l) => `D: ${l}`)];
  const pn = (rng) => rng.pick(['Hoxha^Elira', 'Kola^Arben', 'Dervishi^Anisa', 'Leka^Blerim', 'Shehu^Mirela']);
  const steps = [
    2,
    plant('negative', 'storescp-study-instance-uid', 'none', 'A StudyInstanceUID (a DICOM UID under a registered root): an identifier, no credential.', ({ rng }) => {
      const u = uid(rng);
      return { value: u, event: { dc: dump([`(0008,0060) CS [DX]                                     #   2, 1 Modality`, `(0010,0010) PN [${pn(rng)}]                            #  12, 1 PatientsName`, `(0020,000d) UI [${u}] #  40, 1 StudyInstanceUID`]) } };
    }),
    2,
    plant('path-secret', 'storescp-dataset-retrieve-url-share-link', 'error', WHY.pathSecret("A patient share link to the study (`/ndaj/<token>`, \"share\") the imaging software writes into Retrieve URL (0008,1190); storescp's dataset dump writes it"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { dc: dump([`(0008,0060) CS [PX]                                     #   2, 1 Modality`, `(0008,1190) UR [https://imazhe.dentalia.${SQ}/ndaj/${tok}] #  70, 1 RetrieveURL`, `(0010,0010) PN [${pn(rng)}]                            #  12, 1 PatientsName`]) } };
    }),
    2,
    plant('api-key-name', 'storescp-dataset-retrieve-uri-celesi', 'error', `${WHY.apiKey('celesi')} ("the key") The second sensor writes a DICOMweb Retrieve URI (0040,E010) with the archive's key in the query.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { dc: dump([`(0008,0060) CS [IO]                                     #   2, 1 Modality`, `(0040,e010) UR [https://pacs.dentalia.${SQ}/dicomweb/studies/${uid(rng)}?celesi=${key}] # 120, 1 RetrieveURI`]) } };
    }),
    2,
    plant('encoded', 'storescp-dataset-private-tag-base64-userpass', 'error', "A private tag of the clinic's sensor software (creator `SHQIPONJA_DENT`) carries the workstation's archive login as base64 of `user:password`; the dataset dump writes it.", ({ rng }) => {
      const b = b64Of(`sensor_kati2:${rng.alnum(16)}`);
      return { value: b, event: { dc: dump([`(0019,0010) LO [SHQIPONJA_DENT]                          #  14, 1 PrivateCreator`, `(0019,1001) LT [${b}] #  40, 1 Unknown Tag & Data`]) } };
    }),
    2,
    plant('negative', 'storescp-sop-instance-uid', 'none', 'A SOPInstanceUID in the store response: an identifier, no credential.', ({ rng }) => {
      const u = uid(rng);
      return { value: u, event: { dc: ['D: ===================== OUTGOING DIMSE MESSAGE ====================', 'D: Message Type                  : C-STORE RSP', `D: Affected SOP Instance UID    : ${u}`, 'D: DIMSE Status                  : 0x0000: Success', 'D: ======================= END DIMSE MESSAGE ======================='] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'arkivi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// application.log: LimeSurvey 5's `application/runtime/application.log` (Yii 1's CFileLogRoute, local time, no zone):
// `yyyy/mm/dd HH:MM:SS [<level>] [<category>] <message>`, exceptions with `REQUEST_URI=` and `HTTP_REFERER=` and `---`,
// the CLogFilter context (`$_GET=array(…)`, `$_POST`, `$_COOKIE`, `$_SESSION` in var_export's layout) when logVars is
// on. From memory (not fetched).

function limeSurveyLog(rng) {
  const stamp = (t) => ymdHmsAt(t, CEST).replace(/-/g, '/');
  const render = (e) => {
    const [lvl, cat, ...rest] = e.ls;
    return [`${stamp(e.t)} [${lvl}] [${cat}] ${rest[0]}`, ...rest.slice(1)];
  };
  const SID = '845271';
  const filler = (rng) =>
    rng.pick([
      () => ({ ls: ['info', 'application', `Testi i nivelit: pjesemarresi ${rng.int(100, 999)} perfundoi anketen ${SID} (niveli ${rng.pick(['A2', 'B1', 'B2', 'C1'])})`] }),
      () => ({ ls: ['warning', 'system.db.CDbCommand', `Query took ${rng.int(1, 9)}.${rng.int(10, 99)}s: SELECT * FROM lime_survey_${SID} WHERE submitdate IS NOT NULL`] }),
      () => ({ ls: ['error', 'exception.CHttpException.404', `CHttpException: Faqja nuk u gjet. in /var/www/limesurvey/application/controllers/SurveysController.php:${rng.int(100, 300)}`, 'Stack trace:', '#0 /var/www/limesurvey/framework/web/CController.php(308): SurveysController->actionIndex()', `REQUEST_URI=/index.php/survey/index/sid/${rng.int(100000, 999999)}`, '---'] }),
    ])();
  const steps = [
    2,
    plant('negative', 'limesurvey-csrf-cookie', 'none', "Yii's `YII_CSRF_TOKEN` cookie in the `$_COOKIE` context: a CSRF token, no credential.", ({ rng }) => {
      const c = rng.hex(40);
      return { value: c, event: { ls: ['info', 'application', `$_COOKIE=array (`, `  'YII_CSRF_TOKEN' => '${c}',`, ')', ''] } };
    }),
    2,
    plant('path-secret', 'limesurvey-exception-request-uri-participant-token', 'error', WHY.pathSecret("An exam invitation link with the participant's access code (`/index.php/<sid>?token=…`): whoever opens it answers the placement test as that candidate; the exception's `REQUEST_URI=` and the `$_GET` context of the same request write it"), ({ rng }) => {
      const tok = rng.alnum(15);
      return { value: tok, event: { ls: ['error', 'exception.CHttpException.403', 'CHttpException: Kjo ftese eshte perdorur tashme. in /var/www/limesurvey/application/controllers/survey/index.php:412', 'Stack trace:', '#0 /var/www/limesurvey/application/controllers/SurveyController.php(118): index->action()', `REQUEST_URI=/index.php/${SID}?token=${tok}&lang=sq`, `HTTP_REFERER=https://mail.${SQ}/`, '---', `$_GET=array (`, `  'token' => '${tok}',`, `  'lang' => 'sq',`, ')'] } };
    }),
    2,
    plant('oauth-code', 'limesurvey-exception-http-referer-oauth-callback', 'warning', `${WHY.code} The authOAuth2 plugin's callback is the Referer of the page that failed next, and the exception writes \`HTTP_REFERER=\`.`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { ls: ['error', 'exception.CHttpException.400', 'CHttpException: Kerkese e pavlefshme. in /var/www/limesurvey/application/controllers/AdminController.php:96', 'Stack trace:', '#0 /var/www/limesurvey/framework/web/CController.php(308): AdminController->run()', 'REQUEST_URI=/index.php/admin/index', `HTTP_REFERER=https://anketa.akademia.${SQ}/index.php/plugins/unsecure?plugin=AuthOAuth2&function=redirect&code=${code}&state=${rng.hex(32)}`, '---'] } };
    }),
    2,
    plant('session-id', 'limesurvey-cookie-context-ls-session', 'error', WHY.session("LimeSurvey's session cookie (`LS-<16 letters>`) in the `$_COOKIE` context CLogFilter adds"), ({ rng }) => {
      const s = rng.lowerNum(26);
      return { value: s, event: { ls: ['info', 'application', `$_COOKIE=array (`, `  'LS-${upperNum(rng, 16).replace(/[0-9]/g, 'Q')}' => '${s}',`, `  'YII_CSRF_TOKEN' => '${rng.hex(40)}',`, ')', ''] } };
    }),
    2,
    plant('framework-dump', 'limesurvey-post-context-password', 'error', "The `$_POST` context of a failed sign-in writes the form as var_export does, `password` in clear (CLogFilter masks nothing).", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { ls: ['info', 'application', `$_POST=array (`, `  'YII_CSRF_TOKEN' => '${rng.hex(40)}',`, `  'authMethod' => 'Authdb',`, `  'user' => 'mesuese.gjermanisht',`, `  'password' => '${pw}',`, `  'loginlang' => 'sq',`, `  'action' => 'login',`, ')', ''] } };
    }),
    2,
    plant('refresh-token', 'limesurvey-session-context-oauth-refresh-token', 'error', `${WHY.refresh} The \`$_SESSION\` context keeps what the authOAuth2 plugin stored, the provider's \`refresh_token\` included.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(60)}`;
      return { value: rt, event: { ls: ['info', 'application', `$_SESSION=array (`, `  'LSWebUser__id' => '7',`, `  'authOAuth2' => array (`, `    'refresh_token' => '${rt}',`, `    'expires' => ${Math.floor(DAY0 / 1000) + 43000},`, '  ),', ')', ''] } };
    }),
    2,
    plant('negative', 'limesurvey-survey-sid', 'none', "LimeSurvey's `sid` is the survey id (six digits) in an admin URL, not a session: no credential.", () => ({ value: `sid/${SID}/newtest`, event: { ls: ['error', 'exception.CHttpException.404', 'CHttpException: Anketa nuk eshte aktive. in /var/www/limesurvey/application/controllers/survey/index.php:233', 'Stack trace:', '#0 /var/www/limesurvey/framework/web/CController.php(308): index->action()', `REQUEST_URI=/index.php/survey/index/sid/${SID}/newtest/Y/lang/sq`, '---'] } })),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 15 * MIN, site: { host: 'anketa' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// motion.log: Motion 4.6's log file (`log_file`, log_level 7) on a patrol base's recorder (local time, no zone):
// `<Mon dd HH:MM:SS> [<thread>:<ml>:<camera>] [<LVL>] [<TYPE>] <function>: <message>`, the parameters written at start-up
// with the sensitive ones `<redacted>`, external commands of `on_event_start`.
// https://man.archlinux.org/man/motion.1.en and a motion.conf on pastebin (read through search: `netcam_userpass` as
// `user:password`, log levels); the line layout and the redaction from memory.

function motionLog(rng) {
  const stamp = (t) => { const l = local(t, CEST); return `${MONTHS[Number(l.slice(5, 7)) - 1]} ${l.slice(8, 10)} ${l.slice(11, 19)}`; };
  const render = (e) => e.mo.map(([th, lvl, type, fn, msg]) => `${stamp(e.t)} [${th}] [${lvl}] [${type}] ${fn}: ${msg}`);
  const cams = ['1:ml1:Porta', '2:ml2:Parkimi', '3:ml3:Magazina'];
  const filler = (rng) =>
    rng.pick([
      () => ({ mo: [[rng.pick(cams), 'NTC', 'ALL', 'motion_detected', `Levizje e zbuluar: ${rng.int(1500, 40000)} piksel ndryshuar`]] }),
      () => ({ mo: [[rng.pick(cams), 'NTC', 'EVT', 'event_newfile', `File of type 8 saved to: /var/lib/motion/${rng.pick(['Porta', 'Parkimi', 'Magazina'])}/${rng.int(1, 400)}-${ymdHmsAt(DAY0 + rng.int(0, 86400000), CEST).replace(/[-: ]/g, '')}.mkv`]] }),
      () => ({ mo: [[rng.pick(cams), 'INF', 'NET', 'netcam_rtsp_read', `Kamera ${rng.pick(['Porta', 'Parkimi'])}: ${rng.int(4, 15)} fps`]] }),
    ])();
  const steps = [
    plant('negative', 'motion-startup-redacted-userpass', 'none', "Motion writes its parameters at start-up with the sensitive ones replaced (`netcam_userpass <redacted>`): a mask, no credential.", () => ({ value: '<redacted>', event: { mo: [['0:motion', 'NTC', 'ALL', 'motion_startup', 'Motion 4.6.0 Started'], ['0:motion', 'INF', 'ALL', 'conf_parms_log', 'Logging configuration parameters from all files'], ['1:ml1:Porta', 'INF', 'ALL', 'conf_parms_log', 'camera_name                Porta'], ['1:ml1:Porta', 'INF', 'ALL', 'conf_parms_log', 'netcam_userpass            <redacted>']] } }), { after: 0 }),
    plant('framework-dump', 'motion-startup-parms-on-event-start-curl-user', 'error', "The same parameter dump writes `on_event_start` as configured: a curl command with `-u <user>:<password>` for the control room's API. Motion redacts the options it knows to be secret, not a password inside a command.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { mo: [['1:ml1:Porta', 'INF', 'ALL', 'conf_parms_log', `on_event_start             curl -s -u roja_porta:${pw} -d kamera=%t https://qendra.roja.${SQ}/api/ngjarje`]] } };
    }, { after: 0 }),
    3,
    plant('api-key-name', 'motion-netcam-snapshot-url-pwd', 'error', `${WHY.apiKey('pwd')} The parking camera is an HTTP snapshot camera whose CGI takes the login in the query (\`user=…&pwd=…\`); Motion's connection error writes the URL.`, ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { mo: [['2:ml2:Parkimi', 'ERR', 'NET', 'netcam_connect', `Lidhja deshtoi me http://${lan(rng, '10.77')}/cgi-bin/snapshot.cgi?user=admin&pwd=${pw}: Connection refused`]] } };
    }),
    3,
    plant('negative', 'motion-event-movie-filename', 'none', 'The movie file of an event (event number and time): a file name, no credential.', ({ rng }) => {
      const f = `${rng.int(401, 900)}-20271005${digits(rng, 6)}.mkv`;
      return { value: f, event: { mo: [['3:ml3:Magazina', 'NTC', 'EVT', 'event_newfile', `File of type 8 saved to: /var/lib/motion/Magazina/${f}`]] } };
    }),
    3,
    plant('webhook', 'motion-exec-command-ntfy-topic', 'error', WHY.webhook("An ntfy topic (`ntfy.sh/<topic>`) the guards' phones subscribe to; the topic name is the only secret, and Motion logs the external command that posts to it"), ({ rng }) => {
      const topic = `roja-${rng.lowerNum(20)}`;
      return { value: topic, event: { mo: [['1:ml1:Porta', 'NTC', 'EVT', 'util_exec_command', `Executing external command 'curl -s -H "Title: Levizje te Porta" -d "Kamera Porta, turni i nates" https://ntfy.sh/${topic}'`]] } };
    }),
    3,
    12,
  ];
  return buildLog(rng, { start: DAY0 + 20 * HOUR, site: { host: 'nvr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// httpserver.log: web2py 2.27's built-in server log (`-l httpserver.log`) of the guard tour app: `<ip>, <yyyy-mm-dd
// HH:MM:SS>, <method>, <PATH_INFO with commas as %2C>, <protocol>, <status>, <seconds, 6 decimals>` (local time, no
// query string). web2py(1)'s man page (read through search: `-l LOG_FILENAME  File to log connections`); the line from
// memory of gluon/main.py.

function web2pyLog(rng) {
  const render = (e) => [`${e.ip}, ${ymdHmsAt(e.t, CEST)}, ${e.method}, ${e.path.replace(/,/g, '%2C')}, HTTP/1.1, ${e.status}, ${(rng.int(1000, 900000) / 1000000).toFixed(6)}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/roja/patrulla/pikat/${rng.int(1, 60)}.json` }),
      () => ({ path: '/roja/default/index' }),
      () => ({ method: 'POST', path: `/roja/patrulla/raporto/${rng.int(1000, 9999)}`, status: 303 }),
      () => ({ path: `/roja/static/css/roja.css` }),
    ])();
  const steps = [
    3,
    plant('negative', 'web2py-nfc-tag-uid-path', 'none', "A checkpoint's NFC tag UID (7 bytes in hex) scanned by a guard (`/skano/<uid>`, \"scan\"): a serial number printed in the tag, no credential.", ({ rng }) => {
      const u = `04${rng.hex(12).toUpperCase()}`;
      return { value: u, event: { method: 'POST', path: `/roja/patrulla/skano/${u}`, status: 200 } };
    }),
    4,
    plant('path-secret', 'web2py-auth-verify-email-key', 'error', WHY.pathSecret("web2py Auth's e-mail verification link (`/default/user/verify_email/<time>-<uuid>`) for a new guard's account"), ({ rng }) => {
      const k = `${Math.floor(DAY0 / 1000) - rng.int(3000, 90000)}-${rng.uuid()}`;
      return { value: k, event: { path: `/roja/default/user/verify_email/${k}`, status: 303 } };
    }),
    4,
    plant('api-key-name', 'web2py-path-celesi-segment', 'error', `${WHY.apiKey('celesi')} The control room's tablets call the API with the key as the path segment after \`celesi\` ("key"), and web2py logs the path.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: `/roja/api/celesi/${key}/turnet.json`, status: 200, ip: lan(rng, '10.77') } };
    }),
    4,
    plant('path-secret', 'web2py-shift-confirmation-link', 'error', WHY.pathSecret('A guard\'s shift confirmation link sent by SMS (`/turni/konfirmo/<token>`, "confirm the shift"): it confirms the shift as that guard'), ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { path: `/roja/turni/konfirmo/${tok}`, status: 200 } };
    }),
    4,
    plant('negative', 'web2py-versioned-static', 'none', "web2py's versioned static path (`/static/_<version>/…`): an asset version, no credential.", () => ({ value: '/static/_3.14.2/', event: { path: '/roja/static/_3.14.2/js/roja-harta.js' } })),
    3,
    10,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'roja' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout60');
writePart(join(here, 'heldout60'), {
  'job-1000000004217.log': goAnywhereLog(rng),
  'RecordingServer.log': milestoneLog(rng),
  'MissionPlanner.log': missionPlannerLog(rng),
  'webodm-compose.log': webOdmLog(rng),
  'mapproxy.log': mapProxyLog(rng),
  'blynk.log': blynkLog(rng),
  'vendure-server.log': vendureLog(rng),
  'peer0-enjuki.log': fabricPeerLog(rng),
  'logread-opennds.log': openNdsLog(rng),
  'engoye-api.log': feathersLog(rng),
  'storescp.log': storescpLog(rng),
  'application.log': limeSurveyLog(rng),
  'motion.log': motionLog(rng),
  'httpserver.log': web2pyLog(rng),
});
