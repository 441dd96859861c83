// Writes corpus/logs-in-the-wild/heldout57/: a fifty-seventh held-out part, in formats no other part uses (a Z-Wave JS
// UI log file of a building's smart locks, an Alfresco Content Services `alfresco.log`, NodeBB's `logs/output.log`, a
// GNU Mailman 3 core `mailman.log`, WeeWX 5 through syslog, a meshtasticd log, a CraftBeerPi 4 log, a Mycodo daemon log,
// Nominatim's query log (`NOMINATIM_LOG_FILE`), an ejabberd 24 `ejabberd.log` at debug, an Etherpad log (log4js), a
// PeerTube log file (JSON lines), a Mopidy `debug_file`, a LanguageTool HTTP server log), with credentials planted in
// the places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each
// line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout57.mjs     rewrites heldout57/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Larkspur Living, a Bristol build-to-rent property manager with smart locks, a parcel room, a
// residents' forum and announcement lists, and council permits and bin collections to file (English, four logs);
// Linotši le Meru tsa Maluti ("bees and forests of the Maluti"), a Lesotho cooperative of beekeepers and forest
// rangers with hive sensors, a fire-watch weather station, a ranger mesh network, a meadery (joala ba linotši) and a
// courier service for honey orders (Sesotho messages where the apps show them, route, parameter, header and key names
// in Sesotho such as `senotlolo`, `api_senotlolo`, `/tlaleho/share/`, `/lata/`, English code names, five logs);
// Čaršija Digital d.o.o., a Sarajevo company behind the dating and social app Ašik, the tutoring marketplace and
// language school Učionica and the label and studio Čaršija Records (Bosnian messages in Latin script, route, parameter
// and key names in Bosnian such as `karta`, `kljuc`, `lozinka`, `pozivnica`, `ucionica_sesija`, five logs). Standard
// names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildSpec = logBuilder(baseRequest);
/** Two more ordinary lines in every gap between planted lines than the steps say (the files read as traffic, not as a list of cases). */
const buildLog = (rng, spec) => buildSpec(rng, { ...spec, steps: spec.steps.map((step) => (typeof step === 'number' ? step + 2 : step)) });

const DAY0 = Date.UTC(2027, 2, 11, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Bristol in March (GMT, UTC+0), Lesotho (SAST, UTC+2), Sarajevo in March (CET, UTC+1). */
const GMT = 0;
const SAST = 120;
const CET = 60;
/** Traditional syslog time, no year or zone: `Mar 11 10:22:33`. */
const syslogTime = (ms, offset) => {
  const l = local(ms, offset);
  return `${MONTHS[Number(l.slice(5, 7)) - 1]} ${String(Number(l.slice(8, 10))).padStart(2, ' ')} ${l.slice(11, 19)}`;
};
/** A private address. */
const lan = (rng, prefix = '10.57') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** Base58 as Bitcoin and short-uuid libraries write it. */
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** An Erlang pid. */
const epid = (rng) => `<0.${rng.int(400, 9000)}.0>`;

// =====================================================================================================================
// Larkspur Living (English; Bristol: GMT, UTC+0)
// =====================================================================================================================

const LK = 'larkspur.example';

// ---------------------------------------------------------------------------------------------------------------------
// z-ui_2027-03-11.log: the daily log file of Z-Wave JS UI 9 (`store/logs/z-ui_<date>.log`) on the building's lock
// controller: `yyyy-MM-dd HH:mm:ss.SSS <LEVEL> <MODULE>: <message>` (local time, GMT, no zone), modules APP, Z-WAVE,
// MQTT, GATEWAY, STORE; driver functions' console output through APP.
// https://zwave-js.github.io/zwave-js-ui/ (from memory, not fetched); the line layout from memory.

function zwaveJsUiLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, GMT)}.${msPart(t)}`;
  const render = (e) => e.zu.map(([lvl, mod, msg]) => `${stamp(e.t)} ${lvl} ${mod}: ${msg}`);
  const node = () => pad(rng.int(5, 48), 3);
  const filler = (rng) =>
    rng.pick([
      () => ({ zu: [['INFO', 'Z-WAVE', `[Node ${node()}] Value updated: 98-0-currentMode ${rng.pick(['0 => 255', '255 => 0'])}`]] }),
      () => ({ zu: [['INFO', 'Z-WAVE', `[Node ${node()}] Value updated: 128-0-level ${rng.int(40, 100)} => ${rng.int(40, 100)}`]] }),
      () => ({ zu: [['INFO', 'Z-WAVE', `[Node ${node()}] Metadata updated: 113-0-Access Control-Door state`]] }),
      () => ({ zu: [['INFO', 'MQTT', `Publishing to zwave/${rng.pick(['flat-2a', 'flat-3b', 'flat-4c', 'parcel-room', 'bin-store'])}/door_lock/98/0/currentMode: ${rng.pick([0, 255])} with options {"qos":1,"retain":true}`]] }),
      () => ({ zu: [['DEBUG', 'Z-WAVE', `Controller status: ${rng.pick(['Driver ready', 'Scan completed', 'Healing network'])}`]] }),
      () => ({ zu: [['INFO', 'APP', `GET /health/zwave 200 ${rng.int(1, 9)}.${digits(rng, 3)} ms - ${rng.int(10, 99)}`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'zwave-js-ui-home-id', 'none', "The Z-Wave network's Home ID (`0x<8 hex>`), which the controller announces to every node: an identifier, no credential.", ({ rng }) => {
      const id = `0x${rng.hex(8)}`;
      return { value: id, event: { zu: [['INFO', 'Z-WAVE', `Zwave driver is ready, homeId ${id}, controller node 001`]] } };
    }),
    3,
    plant('webhook', 'zwave-js-ui-driver-function-power-automate-workflow-sig', 'error', WHY.webhook("A Power Automate workflow trigger (`<env>.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/<id>/triggers/manual/paths/invoke?…&sig=<sig>`, the Teams workflow that replaced connectors) a driver function posts a door-left-open alert to; the function's console error, which Z-Wave JS UI writes through APP, holds the URL (the `sig` is the secret part)"), ({ rng }) => {
      const sig = rng.b64url(43);
      return { value: sig, event: { zu: [['ERROR', 'APP', `Driver function "door-left-open" error: POST https://${rng.hex(32)}.0e.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig} returned 502`]] } };
    }),
    3,
    plant('api-key-name', 'zwave-js-ui-driver-function-integration-key', 'error', `${WHY.apiKey('integration_key')} The lock events API takes it in the query, and the driver function logs the URL it posted to when the API refuses the event.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { zu: [['WARN', 'APP', `Driver function "lock-events": https://locks-api.${LK}/v2/events?integration_key=${key}&door=flat-3b answered 401 Unauthorized`]] } };
    }),
    3,
    plant('header-dump', 'zwave-js-ui-driver-function-json-headers-token-scheme', 'error', "A driver function prints the request it is about to send as JSON (`\"headers\":{…,\"authorization\":\"Token <token>\"}`): the lock service's API token under the `Token` scheme.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { zu: [['DEBUG', 'APP', `Driver function "lock-sync" request {"method":"PUT","url":"https://locks-api.${LK}/v2/doors/flat-3b/state","headers":{"content-type":"application/json","authorization":"Token ${tok}"},"body":{"mode":"secured"}}`]] } };
    }),
    3,
    plant('negative', 'zwave-js-ui-firmware-file-sha256', 'none', "The SHA-256 of a lock firmware file the UI checked before an update: a hash of a public file, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { zu: [['INFO', 'Z-WAVE', `[Node 014] Firmware update file yale-conexis-l2-v4.7.otz checked, sha256=${h}`]] } };
    }),
    3,
    plant('session-id', 'zwave-js-ui-driver-function-set-cookie-portal-session', 'error', WHY.session("A driver function that signs in to the residents' portal logs the answer's headers, and the portal's session cookie (`lp_portal_sess=`) with them"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { zu: [['DEBUG', 'APP', `Driver function "resident-portal" response 200 set-cookie: lp_portal_sess=${sid}; Path=/; Secure; HttpOnly; SameSite=Lax`]] } };
    }),
    3,
    plant('encoded', 'zwave-js-ui-backup-upload-query-auth-base64-userpass', 'error', "The nightly backup upload URL carries the backup store's login base64-encoded in a query parameter (`auth=<base64 of user:password>`), written by APP when the upload finishes.", ({ rng }) => {
      const b = b64Of(`zui-backup:${rng.alnum(20)}`);
      return { value: b, event: { zu: [['INFO', 'APP', `Backup uploaded to https://backup.${LK}/upload?auth=${b}&file=zwave-nvm-2027-03-11.zip`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'zui' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// alfresco.log: Alfresco Content Services 23.2 (repository and Share in one Tomcat), log4j2's
// `%d{ISO8601} %x %-5p [%c{3}] [%t] %m%n` with an empty `%x` (local time, GMT, no zone): QuickShare, web scripts and
// their JavaScript `logger`, the Share AIMS filter, a custom permits module.
// https://docs.alfresco.com/content-services/latest/admin/troubleshoot/ (from memory, not fetched).

function alfrescoLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, GMT)},${msPart(t)}`;
  const render = (e) => e.al.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)}  ${x[0].padEnd(5)} [${x[1]}] [${x[2]}] ${x[3]}`));
  const exec = () => `http-nio-8080-exec-${rng.int(1, 25)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ al: [['INFO', 'repo.management.subsystems.ChildApplicationContextFactory', 'main', `Starting '${rng.pick(['Search', 'Transformers', 'fileServers'])}' subsystem, ID: [${rng.pick(['Search', 'Transformers', 'fileServers'])}, managed, ${rng.pick(['solr6', 'default'])}]`]] }),
      () => ({ al: [['INFO', 'repo.action.ActionServiceImpl', `pool-7-thread-${rng.int(1, 4)}`, `Executed action 'permit-reminder' for ${rng.int(1, 30)} documents`]] }),
      () => ({ al: [['WARN', 'alfresco.util.transaction.SpringAwareUserTransaction', exec(), 'Transaction didn\'t commit: Transaction rolled back because it has been marked as rollback-only']] }),
      () => ({ al: [['INFO', 'repo.usage.RepoUsageComponentImpl', 'DefaultScheduler_Worker-1', `Updated usage: users=${rng.int(40, 60)}, documents=${rng.int(18000, 19000)}`]] }),
      () => ({ al: [['DEBUG', 'extensions.webscripts.DeclarativeRegistry', exec(), `Web Script /larkspur/leases/${rng.pick(['list', 'expiring', 'renewals'])} served in ${rng.int(20, 900)} ms`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'alfresco-node-ref-uuid', 'none', "A node reference (`workspace://SpacesStore/<uuid>`) in an action's log line: the document's id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { al: [['INFO', 'repo.action.ActionServiceImpl', 'pool-7-thread-2', `Executed action 'permit-expiry-check' on workspace://SpacesStore/${id}`]] } };
    }),
    3,
    plant('path-secret', 'alfresco-quickshare-shared-id-and-mail', 'error', "A lease document shared with a tenant through a quick-share link (`/share/s/<sharedId>`): QuickShare logs the shared id at debug and the mail action writes the link it sends; the link opens the document without a login until it is unshared.", ({ rng }) => {
      const sid = rng.b64url(22);
      return { value: sid, event: { al: [['DEBUG', 'repo.quickshare.QuickShareServiceImpl', exec(), `QuickShare - shared node: workspace://SpacesStore/${rng.uuid()} [sharedId=${sid}]`], ['INFO', 'repo.action.executer.MailActionExecuter', 'pool-4-thread-1', `Sending share link https://docs.${LK}/share/s/${sid} to tenant flat-3b (template lease-share.ftl)`]] } };
    }),
    3,
    plant('session-id', 'alfresco-webscript-exception-alf-ticket', 'error', WHY.session("A repository login ticket in the `alf_ticket=TICKET_<40 hex>` query parameter of a web script a permits export called; AbstractRuntime's error writes the URL and the stack trace's cause writes it again"), ({ rng }) => {
      const tk = `TICKET_${rng.hex(40)}`;
      const url = `/alfresco/service/larkspur/permits/export?format=csv&alf_ticket=${tk}`;
      return { value: tk, event: { al: [['ERROR', 'extensions.webscripts.AbstractRuntime', exec(), `Exception from executeScript: 0311${digits(rng, 4)} Wrapped Exception (with status template): GET ${url}`], `org.springframework.extensions.webscripts.WebScriptException: 0311${digits(rng, 4)} Export failed for GET ${url}`, '\tat org.springframework.extensions.webscripts.AbstractWebScript.createStatusException(AbstractWebScript.java:1140)', '\tat org.springframework.extensions.webscripts.DeclarativeWebScript.execute(DeclarativeWebScript.java:171)'] } };
    }),
    3,
    plant('oauth-code', 'alfresco-share-aims-filter-callback-code', 'warning', `${WHY.code} Share's AIMS filter logs the Identity Service callback it could not complete (\`/share/page/aims?state=…&session_state=…&code=…\`).`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { al: [['WARN', 'web.site.servlet.AIMSFilter', exec(), `Unable to complete the login: GET /share/page/aims?state=${rng.uuid()}&session_state=${rng.uuid()}&code=${code} (invalid_grant: Code not valid)`]] } };
    }),
    3,
    plant('framework-dump', 'alfresco-script-logger-webscript-args-json', 'error', "A permit submission web script logs its `args` as JSON through the JavaScript `logger` (ScriptLogger at debug): the council portal password is one of them (`portalPassword`).", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { al: [['DEBUG', 'repo.jscript.ScriptLogger', exec(), `permit-submit.post.js args: {"permitRef":"BCC-27-${digits(rng, 4)}","applicant":"Larkspur Living Ltd","portalUser":"permits@${LK}","portalPassword":"${pw}","bins":"4x1100L"}`]] } };
    }),
    3,
    plant('api-key-name', 'alfresco-permits-client-council-api-key', 'error', `${WHY.apiKey('councilApiKey')} The permits module calls the council's planning API with the key in the query and logs the URL of a refused submission.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { al: [['ERROR', 'larkspur.permits.CouncilPortalClient', 'pool-9-thread-2', `Submission refused (401): https://planning-api.bristol.example/v1/applications?councilApiKey=${key}&ref=BCC-27-${digits(rng, 4)}`]] } };
    }),
    3,
    plant('negative', 'alfresco-content-store-url', 'none', "A content URL of the file store (`store://yyyy/m/d/h/m/<uuid>.bin`): where the bytes live on disk, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { al: [['DEBUG', 'repo.content.ContentServiceImpl', exec(), `Content written: store://2027/3/11/${rng.int(8, 17)}/${rng.int(0, 59)}/${id}.bin (application/pdf, ${rng.int(90000, 900000)} bytes)`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'alfresco' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// output.log: NodeBB 3's `logs/output.log` (winston): `<ISO 8601, Z> [<port>/<pid>] - <level>: <message>`, plugins'
// messages with their `[plugin/…]` prefixes, objects printed through util.inspect.
// https://docs.nodebb.org/configuring/running/ (from memory, not fetched).

function nodebbLog(rng) {
  const pid = rng.int(1000, 60000);
  const render = (e) => e.nb.map(([lvl, msg]) => `${iso(e.t)} [4567/${pid}] - ${lvl}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ nb: [['info', `[socket.io] ${rng.int(3, 90)} users online`]] }),
      () => ({ nb: [['info', `[user/jobs] Digest (${rng.pick(['day', 'week'])}) scheduling completed (${rng.int(1, 80)} emails sent). ${rng.int(100, 4000)}ms`]] }),
      () => ({ nb: [['verbose', `[topics] topic ${rng.int(100, 900)} ("${rng.pick(['Bin collection moved to Thursday', 'Parcel room opening hours', 'Lift out of order in block B', 'Bike store fob not working'])}") viewed by uid ${rng.int(2, 400)}`]] }),
      () => ({ nb: [['warn', `[cache] post cache hit ratio ${(rng.int(40, 99) / 100).toFixed(2)}`]] }),
      () => ({ nb: [['info', `[emailer] Sent "notification" email to uid ${rng.int(2, 400)}`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'nodebb-asset-cache-buster', 'none', "NodeBB's asset cache buster (`?v=<11 characters>`), rebuilt with every build: no credential.", ({ rng }) => {
      const v = lowerNum(rng, 11);
      return { value: v, event: { nb: [['info', `[build] Asset compilation successful. Completed in 41.2sec. (nodebb.min.js?v=${v})`]] } };
    }),
    2,
    plant('path-secret', 'nodebb-emailer-failed-reset-link', 'error', "A password reset link (`/reset/<code>`): the emailer's failure message writes the link it could not send; the link sets a new password until it is used or expires.", ({ rng }) => {
      const code = rng.uuid();
      return { value: code, event: { nb: [['error', `[emailer] Failed to send "reset" email to uid 214 (connect ECONNREFUSED 127.0.0.1:25), reset_link: https://forum.${LK}/reset/${code}`]] } };
    }),
    3,
    plant('id-token', 'nodebb-sso-oidc-id-token-rejected', 'error', "The OpenID Connect plugin writes the ID token it rejected (`id_token rejected (audience mismatch): <JWT>`), on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 600), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://id.${LK}/realms/residents`, aud: 'nodebb-forum', sub: rng.uuid(), email: 'r.hale@example.net', nonce: rng.b64url(16) } });
      return { value: token, jwt: facts, event: { nb: [['warn', `[plugin/sso-oidc] id_token rejected (audience mismatch): ${token}`]] } };
    }),
    3,
    plant('refresh-token', 'nodebb-sso-oidc-passport-params-inspect', 'error', `${WHY.refresh} The plugin logs passport's token \`params\` through util.inspect when the profile call fails, \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { nb: [['error', `[plugin/sso-oidc] Unable to load profile, params: { access_token: '${rng.b64url(40)}', expires_in: 300, refresh_expires_in: 1800, refresh_token: '${rt}', token_type: 'Bearer', scope: 'openid profile email' }`]] } };
    }),
    3,
    plant('replay', 'nodebb-sso-handoff-one-time-token-once', 'note', WHY.ticketFirst("A one-time hand-off token from the residents' app to the forum (`one_time_token`), accepted from the resident's phone; the hand-off plugin logs it. The token is"), ({ rng, t }) => {
      const tk = rng.b64url(32);
      firstUse.handoff = t;
      return { value: tk, event: { nb: [['info', `[plugin/sso-handoff] one_time_token ${tk} accepted for uid 187 from ${publicIp(rng)}`]] } };
    }),
    3,
    plant('embed-jwt', 'nodebb-link-preview-bin-calendar-embed-jwt-120s', 'warning', "A resident pasted the council's bin collection calendar embed (`/embed/collections/<JWT>`, 120 s, no jti) and the link-preview plugin logs the URL it could not fetch, at a UTC time while the token is live", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { iss: 'https://bins.bristol.example', uprn: digits(rng, 12), view: 'calendar' } });
      return { value: token, jwt: facts, event: { nb: [['warn', `[plugins/link-preview] Could not build preview for https://bins.bristol.example/embed/collections/${token}: 403 Forbidden`]] } };
    }),
    3,
    plant('webhook', 'nodebb-plugin-gitter-activity-webhook', 'error', WHY.webhook("A Gitter activity webhook (`webhooks.gitter.im/e/<id>`) the announcements plugin posts new topics to; its error writes the URL"), ({ rng }) => {
      const id = rng.hex(20);
      return { value: id, event: { nb: [['error', `[plugins/announce-gitter] POST https://webhooks.gitter.im/e/${id} failed: 410 Gone`]] } };
    }),
    3,
    plant('negative', 'nodebb-upload-file-name-hash', 'none', "An uploaded image's stored name (`<epoch ms>-<hex>-<name>`), NodeBB's way to keep names unique: no credential.", ({ rng, t }) => {
      const h = rng.hex(12);
      return { value: h, event: { nb: [['verbose', `[uploads] uid 52 uploaded /assets/uploads/files/${t}-${h}-bins-block-b.jpg`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'forum' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mailman.log: GNU Mailman 3.3 core with every logger sent to one file (`[logging.*] path: mailman.log`), Mailman's
// `%(asctime)s (%(process)d) %(message)s` with `%b %d %H:%M:%S %Y` (local time, GMT, no zone): runners, the
// subscription workflow, the HyperKitty archiver and a site handler.
// https://docs.mailman3.org/projects/mailman/en/latest/src/mailman/config/docs/config.html (from memory, not fetched).

function mailmanLog(rng) {
  const stamp = (t) => { const l = local(t, GMT); return `${MONTHS[Number(l.slice(5, 7)) - 1]} ${l.slice(8, 10)} ${l.slice(11, 19)} ${l.slice(0, 4)}`; };
  const render = (e) => e.mm.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} (${x[0]}) ${x[1]}`));
  const P = { out: rng.int(1000, 3000), in: rng.int(3000, 5000), arch: rng.int(5000, 7000), pipe: rng.int(7000, 9000) };
  const LIST = `residents@lists.${LK}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ mm: [[P.out, `<${rng.hex(16)}@${LK}> smtp to ${LIST} for ${rng.int(40, 320)} recips, completed in ${(rng.int(100, 9000) / 1000).toFixed(3)} seconds`]] }),
      () => ({ mm: [[P.in, `${LIST}: accepted message from ${rng.pick(['office', 'concierge', 'maintenance'])}@${LK}`]] }),
      () => ({ mm: [[P.pipe, `${LIST}: digest volume 4, number ${rng.int(10, 60)} sent`]] }),
      () => ({ mm: [[P.arch, `HyperKitty archived message <${rng.hex(16)}@${LK}> to http://localhost:8000/hyperkitty/list/${LIST}/`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'mailman-hyperkitty-message-id-hash', 'none', "HyperKitty's `Message-ID-Hash` (base32 of a hash of the Message-ID), the archive's id for a message: no credential.", ({ rng }) => {
      const h = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
      return { value: h, event: { mm: [[P.arch, `HyperKitty archived message <${rng.hex(16)}@${LK}> (Message-ID-Hash: ${h})`]] } };
    }),
    3,
    plant('api-key-name', 'mailman-hyperkitty-archiver-key', 'error', `${WHY.apiKey('key')} The HyperKitty archiver of Mailman core sends the archiver key in the query, and its failure message writes the whole URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { mm: [[P.arch, `HyperKitty failure on http://localhost:8000/hyperkitty/api/mailman/archive?key=${key}: 502 Server Error: Bad Gateway`]] } };
    }),
    3,
    plant('path-secret', 'mailman-pending-subscription-confirm-address-token', 'error', "The subscription workflow logs the pending request with its confirmation address (`confirm+<token>@…`): whoever mails or posts that token confirms the subscription of someone else's address, until it expires.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { mm: [[P.in, `${LIST}: pending subscription of tenant.flat-3b@example.net, confirmation requested via confirm+${tok}@lists.${LK}`]] } };
    }),
    3,
    plant('encoded', 'mailman-handler-debug-quoted-printable-body-reset-link', 'error', "A site handler logs the first lines of a message body as it was posted, quoted-printable (`=3D` for `=`): the body holds a portal password reset link whose token follows `reset=3D`.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { mm: [[P.pipe, `larkspur.handlers.scrub_check: body (quoted-printable) "Set a new password: https://portal.${LK}/account/set?uid=3D187&reset=3D${tok}"`]] } };
    }),
    3,
    plant('header-dump', 'mailman-handler-requests-case-insensitive-dict-basic', 'error', "The same handler posts list notices to the portal with `requests` and logs the prepared request's headers (a `CaseInsensitiveDict` printed as a dict) when the portal refuses: `'Authorization': 'Basic <base64>'`.", ({ rng }) => {
      const b = b64Of(`mailman-notices:${rng.alnum(22)}`);
      return { value: b, event: { mm: [[P.pipe, `larkspur.handlers.portal_notice: POST https://portal.${LK}/api/notices failed (401), headers={'User-Agent': 'python-requests/2.32.3', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'Authorization': 'Basic ${b}', 'Content-Length': '${rng.int(200, 900)}'}`]] } };
    }),
    3,
    plant('negative', 'mailman-verp-bounce-address', 'none', "A VERP bounce address (`residents-bounces+<local>=<domain>@…`): the recipient's address folded into the envelope sender, no credential.", ({ rng }) => {
      const who = `tenant.flat-${rng.int(1, 6)}${rng.pick(['a', 'b', 'c'])}=example.net`;
      return { value: `residents-bounces+${who}`, event: { mm: [[P.out, `<${rng.hex(16)}@${LK}> bounce from residents-bounces+${who}@lists.${LK}: 550 5.1.1 mailbox unavailable`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'lists' }, filler, render, steps });
}

// =====================================================================================================================
// Linotši le Meru tsa Maluti (Sesotho; Lesotho: SAST, UTC+2)
// =====================================================================================================================

const LM = 'linotsi.example';

// ---------------------------------------------------------------------------------------------------------------------
// syslog (weewx): WeeWX 5.1 logging to syslog on the fire-watch station, as rsyslog writes `/var/log/syslog`:
// `Mmm dd HH:MM:SS <host> weewxd[<pid>]: <LEVEL> <logger>: <message>` (local time, SAST, no year or zone), the uploaders
// of `weewx.restx` (which writes `PASSWORD=XXX` in the Weather Underground URL it logs at debug) and user extensions.
// https://github.com/weewx/weewx/wiki/view-logs (read through search: WeeWX logs to the system logging facility) and
// logs quoted in the search results (the `weewxd[<pid>]: INFO <logger>:` layout); the restx messages from memory.

function weewxSyslog(rng) {
  const pid = rng.int(600, 2000);
  const render = (e) => e.wx.map(([lvl, lg, msg]) => `${syslogTime(e.t, SAST)} meru-sehlaha weewxd[${pid}]: ${lvl} ${lg}: ${msg}`);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ wx: [['INFO', 'weewx.manager', `Added record ${ymdHmsAt(t, SAST)} SAST (${Math.floor(t / 1000)}) to database 'weewx.sdb'`]] }),
      () => ({ wx: [['INFO', 'weewx.restx', `Wunderground-PWS: Published record ${ymdHmsAt(t, SAST)} SAST (${Math.floor(t / 1000)})`]] }),
      () => ({ wx: [['INFO', 'weewx.cheetahgenerator', `Generated ${rng.int(6, 14)} files for report SeasonsReport in ${(rng.int(100, 900) / 100).toFixed(2)} seconds`]] }),
      () => ({ wx: [['INFO', 'user.mollo_alarm', `Mocheso ${rng.int(12, 31)}.${rng.int(0, 9)}°C, mongobo ${rng.int(8, 70)}%: ha ho alamo`]] }),
      () => ({ wx: [['INFO', 'weewx.imagegenerator', `Generated ${rng.int(10, 40)} images for report SeasonsReport in ${(rng.int(100, 900) / 100).toFixed(2)} seconds`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'weewx-restx-wunderground-password-censored', 'none', "WeeWX's Weather Underground uploader logs the URL it posts with the station password replaced by `XXX` (`PASSWORD=XXX`): the uploader's own censoring, no credential.", ({ rng, t }) => ({ value: 'PASSWORD=XXX', event: { wx: [['DEBUG', 'weewx.restx', `Wunderground-PWS: url: https://rtupdate.wunderground.com/weatherstation/updateweatherstation.php?ID=IMASER${digits(rng, 2)}&PASSWORD=XXX&dateutc=${iso(t).slice(0, 10)}%20${iso(t).slice(11, 13)}%3A${iso(t).slice(14, 16)}%3A00&tempf=${rng.int(40, 80)}.${rng.int(0, 9)}&action=updateraw`]] } })),
    3,
    plant('api-key-name', 'weewx-user-uploader-api-senotlolo', 'error', `${WHY.apiKey('api_senotlolo')} The cooperative's own uploader (\`api_senotlolo\`, "API key") logs the URL of a refused upload, with a Sesotho message ("sending failed").`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { wx: [['ERROR', 'user.meru_upload', `Ho romela ho hlolehile (HTTP 403): https://data.${LM}/v1/maemo?seteishene=meru-3&api_senotlolo=${key}`]] } };
    }),
    3,
    plant('webhook', 'weewx-user-fire-alarm-splunk-oncall-rest-endpoint', 'error', WHY.webhook("A Splunk On-Call (VictorOps) REST endpoint (`alert.victorops.com/integrations/generic/20131114/alert/<key>/<routing key>`) the fire alarm extension pages rangers through; its error (\"the fire alarm was not sent\") writes the URL (the key is the secret part)"), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { wx: [['ERROR', 'user.mollo_alarm', `Alamo ea mollo ha ea romeloa: https://alert.victorops.com/integrations/generic/20131114/alert/${key}/meru-mollo: <urlopen error timed out>`]] } };
    }),
    3,
    plant('refresh-token', 'weewx-netatmo-driver-token-response-dict', 'error', `${WHY.refresh} The Netatmo driver of the second station logs the token endpoint's answer as a Python dict at debug (Netatmo's \`<24 hex>|<32 hex>\` tokens).`, ({ rng }) => {
      const rt = `${rng.hex(24)}|${rng.hex(32)}`;
      return { value: rt, event: { wx: [['DEBUG', 'user.netatmo', `token response: {'access_token': '${rng.hex(24)}|${rng.hex(32)}', 'refresh_token': '${rt}', 'expires_in': 10800, 'scope': ['read_station']}`]] } };
    }),
    3,
    plant('encoded', 'weewx-user-uploader-url-base64-in-query', 'error', "The uploader hands the dashboard a URL base64-encoded in another URL's `u=` parameter, and the encoded URL carries the reporting key (`…?senotlolo=<key>`): the credential is inside the base64.", ({ rng }) => {
      const inner = `https://dash.${LM}/meru/3?senotlolo=${rng.alnum(28)}`;
      const b = b64urlOf(inner);
      return { value: b, event: { wx: [['INFO', 'user.meru_upload', `Dashboard e ntlafalitsoe: https://dash.${LM}/go?u=${b}`]] } };
    }),
    3,
    plant('header-dump', 'weewx-user-uploader-proxy-authorization-basic', 'error', "The uploader goes out through the satellite link's proxy and logs its request headers at debug, `Proxy-Authorization: Basic <base64>` included: the proxy login.", ({ rng }) => {
      const b = b64Of(`meru-sat:${rng.alnum(16)}`);
      return { value: b, event: { wx: [['DEBUG', 'user.meru_upload', `proxy request headers: {'User-Agent': 'weewx/5.1.0', 'Proxy-Authorization': 'Basic ${b}', 'Content-Type': 'application/json'}`]] } };
    }),
    3,
    plant('negative', 'weewx-user-uploader-request-id', 'none', "The upload API's `x-request-id` (a uuid) the uploader logs with each answer: a request id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { wx: [['INFO', 'user.meru_upload', `Ho romiloe (HTTP 202), x-request-id: ${id}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'meru' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// meshtasticd.log: meshtasticd 2.5 (Meshtastic's Linux native daemon) on the rangers' base station, written with
// `--logfile`: `<LEVEL, 5 wide> | HH:MM:SS <uptime s> [<thread>] <message>` (time of day only), the router's received
// packets, MQTT and the admin module.
// https://meshtastic.org/docs/hardware/devices/linux-native-hardware/ (from memory, not fetched).

function meshtasticLog(rng) {
  let up = rng.int(40000, 90000);
  const render = (e) => e.mt.map(([lvl, th, msg]) => { up += rng.int(1, 30); return `${lvl.padEnd(5)} | ${local(e.t, SAST).slice(11, 19)} ${up} [${th}] ${msg}`; });
  const nid = () => `0x${rng.hex(8)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ mt: [['DEBUG', 'Router', `Received position from=${nid()}, id=0x${rng.hex(8)}, portnum=3, payloadlen=${rng.int(20, 40)}`]] }),
      () => ({ mt: [['INFO', 'Router', `Received text msg from=${nid()}, id=0x${rng.hex(8)}, msg=${rng.pick(['Ke fihlile sebakeng sa 4', 'Mosi ha o eo', 'Re khutlela kampong', 'Pula ea na mona'])}`]] }),
      () => ({ mt: [['DEBUG', 'DeviceTelemetry', `Send: air_util_tx=${(rng.int(10, 900) / 100).toFixed(2)}, channel_utilization=${(rng.int(100, 2500) / 100).toFixed(2)}, battery_level=${rng.int(40, 101)}, voltage=${(rng.int(360, 420) / 100).toFixed(2)}`]] }),
      () => ({ mt: [['INFO', 'mqtt', `publish msh/LS/2/e/LongFast/!${rng.hex(8)}, ${rng.int(40, 200)} bytes`]] }),
      () => ({ mt: [['DEBUG', 'Router', `Rebroadcasting received floodmsg to neighbors, hop_limit=${rng.int(1, 3)}`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'meshtastic-admin-channel-default-psk', 'none', "The channel listing shows the default key (`psk=AQ==`, the one-byte index of Meshtastic's public default key): known to every device, no credential.", () => ({ value: 'psk=AQ==', event: { mt: [['INFO', 'AdminModule', 'Channel 0: name=LongFast, role=PRIMARY, psk=AQ==, uplink_enabled=1, downlink_enabled=0']] } })),
    3,
    plant('framework-dump', 'meshtastic-mqtt-connect-settings-password', 'error', "The MQTT module writes its connection settings when it connects to the cooperative's broker, the password in clear (`username: …, password: …`).", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { mt: [['INFO', 'mqtt', `Using non-default server, connecting directly to MQTT server mqtt.${LM}, port: 1883, username: meru-base, password: ${pw}`]] } };
    }),
    3,
    plant('path-secret', 'meshtastic-text-msg-fire-report-share-link', 'error', "A ranger sends the share link of a fire report (`/tlaleho/share/<token>`, \"report\") over the mesh, and the router logs the text message: the link opens the report and its photos until it expires.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { mt: [['INFO', 'Router', `Received text msg from=${nid()}, id=0x${rng.hex(8)}, msg=Tlaleho ea mollo: https://meru.${LM}/tlaleho/share/${tok}`]] } };
    }),
    3,
    plant('api-key-name', 'meshtastic-text-msg-tile-url-senotlolo', 'error', `${WHY.apiKey('senotlolo')} A ranger shares the map tile address of the fire map ("key") in a text message; the router logs it.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { mt: [['INFO', 'Router', `Received text msg from=${nid()}, id=0x${rng.hex(8)}, msg=Mmapa: https://tiles.${LM}/mollo/{z}/{x}/{y}.png?senotlolo=${key}`]] } };
    }),
    3,
    plant('implicit-fragment', 'meshtastic-text-msg-pasted-address-bar-fragment', 'error', "A ranger pastes the address bar of the fire map app after sign-in into a text message, fragment included (`#access_token=…`), and the router logs it.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { mt: [['INFO', 'Router', `Received text msg from=${nid()}, id=0x${rng.hex(8)}, msg=https://sebaka.${LM}/app/#access_token=${at}&token_type=Bearer&expires_in=3600`]] } };
    }),
    3,
    plant('negative', 'meshtastic-packet-id', 'none', "A packet's id (`id=0x<8 hex>`) the router logs with a routing acknowledgement: an identifier, no credential.", ({ rng }) => {
      const id = `0x${rng.hex(8)}`;
      return { value: id, event: { mt: [['DEBUG', 'Router', `Received routing from=${nid()}, id=${id}, portnum=5, payloadlen=2 (ACK)`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'mesh' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cbpi.log: CraftBeerPi 4.4 of the meadery (`logs/cbpi.log`), Python logging's
// `%(asctime)s,%(msecs)d %(name)s %(levelname)s %(message)s` (local time, SAST, no zone): the core, the fermenter
// controllers and plugins using aiohttp.
// https://openbrewing.gitbook.io/craftbeerpi4_support/ (from memory, not fetched).

function cbpiLog(rng) {
  const render = (e) => e.cb.map(([lg, lvl, msg]) => `${ymdHmsAt(e.t, SAST)},${Number(msPart(e.t))} ${lg} ${lvl} ${msg}`);
  const sid = () => rng.chars(B58, 22);
  const filler = (rng) =>
    rng.pick([
      () => ({ cb: [['cbpi.controller.fermentation_controller', 'INFO', `Fermenter ${rng.pick(['Joala 1', 'Joala 2', 'Metheglin'])}: target ${rng.int(16, 22)}.0 °C, current ${rng.int(15, 23)}.${rng.int(0, 9)} °C`]] }),
      () => ({ cb: [['cbpi.controller.sensor_controller', 'DEBUG', `Sensor ${sid()} value ${rng.int(15, 23)}.${rng.int(0, 99)}`]] }),
      () => ({ cb: [['cbpi.controller.actor_controller', 'INFO', `Actor Cooler ${rng.pick(['on', 'off'])}`]] }),
      () => ({ cb: [['cbpi.satellite', 'INFO', `MQTT publish cbpi/fermenterupdate/${sid()}`]] }),
      () => ({ cb: [['cbpi4_brewfather_stream', 'DEBUG', `stream ok, gravity ${(1 + rng.int(5, 90) / 1000).toFixed(3)}`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'cbpi-fermenter-step-id', 'none', "A fermentation step's id (22 base58 characters, CraftBeerPi's shortuuid ids): an identifier, no credential.", ({ rng }) => {
      const id = rng.chars(B58, 22);
      return { value: id, event: { cb: [['cbpi.controller.fermenter_recipe_controller', 'INFO', `Step ${id} (Ho bela, "fermenting") started for fermenter Metheglin`]] } };
    }),
    3,
    plant('api-key-name', 'cbpi-brewfather-stream-url-id', 'error', "Brewfather's custom stream URL authenticates by its `id` parameter alone (`log.brewfather.net/stream?id=<id>`): a key under the name `id`, with a key's entropy, long-lived. The stream plugin's aiohttp error writes the URL.", ({ rng }) => {
      const id = rng.alnum(14);
      return { value: id, event: { cb: [['cbpi4_brewfather_stream', 'ERROR', `Brewfather stream post failed: 429, message='Too Many Requests', url=URL('http://log.brewfather.net/stream?id=${id}')`]] } };
    }),
    3,
    plant('header-dump', 'cbpi-aiohttp-request-info-bearer', 'error', "A sync plugin logs an aiohttp `ClientResponseError` with its `request_info`, whose headers are a `CIMultiDictProxy` with `'Authorization': 'Bearer <token>'`: the cooperative's shop API token.", ({ rng }) => {
      const tok = `lm_${rng.b64url(40)}`;
      const url = `https://shop.${LM}/api/joala/batches`;
      return { value: tok, event: { cb: [['cbpi4_joala_sync', 'ERROR', `Sync failed: RequestInfo(url=URL('${url}'), method='POST', headers=<CIMultiDictProxy('Host': 'shop.${LM}', 'Authorization': 'Bearer ${tok}', 'Content-Type': 'application/json')>, real_url=URL('${url}'))`]] } };
    }),
    3,
    plant('session-id', 'cbpi-login-aiohttp-session-cookie', 'error', WHY.session("The web UI's login handler logs the `Set-Cookie` of a new `AIOHTTP_SESSION` (aiohttp_session's encrypted cookie, a Fernet token) at debug"), ({ rng }) => {
      const c = `gAAAAA${rng.b64url(114)}==`;
      return { value: c, event: { cb: [['cbpi.http_endpoints.http_login', 'DEBUG', `login ok user=mohlophisi, Set-Cookie: AIOHTTP_SESSION="${c}"; HttpOnly; Path=/`]] } };
    }),
    3,
    plant('framework-dump', 'cbpi-plugin-settings-multidict-proxy', 'error', "A plugin's settings handler logs the posted form as aiohttp's `MultiDictProxy`, the MQTT password included (`'mqtt_password': …`).", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { cb: [['cbpi.http_endpoints.http_plugin', 'DEBUG', `form <MultiDictProxy('mqtt_host': 'mqtt.${LM}', 'mqtt_username': 'joala', 'mqtt_password': '${pw}', 'mqtt_port': '1883')>`]] } };
    }),
    3,
    plant('negative', 'cbpi-actor-id', 'none', "An actor's id in a state change (22 base58 characters): an identifier, no credential.", ({ rng }) => {
      const id = rng.chars(B58, 22);
      return { value: id, event: { cb: [['cbpi.controller.actor_controller', 'INFO', `Actor ${id} (Heater Metheglin) switched on, power 100`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'cbpi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mycodo.log: Mycodo 8.16's daemon log (`/var/log/mycodo/mycodo.log`) on the apiary's Raspberry Pi, Python logging's
// `%(asctime)s - %(levelname)s - %(name)s - %(message)s` (local time, SAST, no zone): Inputs (hive scales and a cloud
// input), Functions and the Flask front end.
// https://kizniche.github.io/Mycodo/ (from memory, not fetched).

function mycodoLog(rng) {
  const render = (e) => e.my.map(([lvl, lg, msg]) => `${ymdHmsAt(e.t, SAST)},${msPart(e.t)} - ${lvl} - ${lg} - ${msg}`);
  const SCALE = `mycodo.inputs.hx711_${rng.hex(8)}`;
  const CLOUD = `mycodo.inputs.linotsi_cloud_${rng.hex(8)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ my: [['INFO', SCALE, `Boima ba sehlaha ${rng.int(1, 12)}: ${rng.int(18, 60)}.${rng.int(0, 9)} kg`]] }),
      () => ({ my: [['DEBUG', 'mycodo.daemon', `Input measurements stored (${rng.int(2, 9)} values)`]] }),
      () => ({ my: [['INFO', 'mycodo.controllers.controller_pid', `PID Ventilation: output ${rng.int(0, 100)}.0 %`]] }),
      () => ({ my: [['DEBUG', CLOUD, `Mocheso ka hare ${rng.int(30, 36)}.${rng.int(0, 9)} °C, mongobo ${rng.int(40, 80)} %`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'mycodo-input-unique-id', 'none', "An Input's `unique_id` (a uuid) the daemon logs when it activates the Input: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { my: [['INFO', 'mycodo.daemon', `Activated Input ${id} (Sehlaha 7 HX711) in 142.3 ms`]] } };
    }),
    3,
    plant('api-key-name', 'mycodo-cloud-input-senotlolo-sa-api', 'error', `${WHY.apiKey('senotlolo_sa_api')} The cloud hive input ("key of the API") reads the scales' readings with the key in the query and writes \`requests\`' \`HTTPError … for url:\` with a Sesotho message ("reading failed").`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { my: [['ERROR', CLOUD, `Ho bala ho hlolehile: 403 Client Error: Forbidden for url: https://api.${LM}/v2/sehlaha/12/boima?senotlolo_sa_api=${key}`]] } };
    }),
    3,
    plant('refresh-token', 'mycodo-cloud-input-token-refresh-json', 'error', `${WHY.refresh} The cloud input logs the token endpoint's JSON answer at debug.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { my: [['DEBUG', CLOUD, `token refresh response: {"access_token": "${rng.b64url(40)}", "refresh_token": "${rt}", "token_type": "Bearer", "expires_in": 3600}`]] } };
    }),
    3,
    plant('session-id', 'mycodo-remote-input-flask-session-cookie', 'error', WHY.session("The Mycodo Remote input signs in to the second apiary's Mycodo and logs the Flask `session` cookie it sends (`.eJw…`, a signed, compressed session)"), ({ rng }) => {
      const c = `.eJw${rng.b64url(90)}.${rng.b64url(6)}.${rng.b64url(27)}`;
      return { value: c, event: { my: [['WARNING', `mycodo.inputs.mycodo_remote_${rng.hex(8)}`, `Remote Mycodo answered 302 to /api/measurements/last; cookie sent: session=${c}`]] } };
    }),
    3,
    plant('path-secret', 'mycodo-function-camera-share-link', 'error', "The hive camera Function uploads a snapshot and logs the share link it made (`/sh/<token>/…`, \"the picture was sent\"): the link opens the picture without a login.", ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { my: [['INFO', `mycodo.functions.hive_camera_${rng.hex(8)}`, `Setšoantšo se rometsoe: https://media.${LM}/sh/${tok}/sehlaha-12.jpg`]] } };
    }),
    3,
    plant('framework-dump', 'mycodo-flask-form-immutable-multidict', 'error', "A settings route logs Flask's `request.form` as an `ImmutableMultiDict` list of pairs when the SMTP test fails: `('smtp_password', …)` in clear.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { my: [['DEBUG', 'mycodo.mycodo_flask.routes_settings', `form: ImmutableMultiDict([('csrf_token', '${rng.hex(40)}'), ('smtp_host', 'smtp.${LM}'), ('smtp_port', '465'), ('smtp_user', 'alamo@${LM}'), ('smtp_password', '${pw}'), ('send_test', 'Romela')])`]] } };
    }),
    3,
    plant('negative', 'mycodo-backup-sha256', 'none', "The SHA-256 of a settings backup the daemon wrote: a file hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { my: [['INFO', 'mycodo.daemon', `Backup created: /var/Mycodo-backups/Mycodo-backup-2027-03-11-8.16.0.zip sha256=${h}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'mycodo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nominatim-query.log: the query log of the courier desk's Nominatim 4.5 (Python frontend) with `NOMINATIM_LOG_FILE`
// set: `[<start, yyyy-mm-dd HH:MM:SS.mmm>] <seconds> <results> <endpoint> "<query string>"` (the server's clock, SAST,
// no zone), one line a request.
// https://nominatim.org/release-docs/latest/customize/Settings/ (from memory, not fetched; a search did not find it).

function nominatimLog(rng) {
  const render = (e) => [`[${ymdHmsAt(e.t, SAST)}.${msPart(e.t)}] ${(rng.int(2, 900) / 1000).toFixed(3)} ${e.n ?? rng.int(0, 10)} ${e.ep} "${e.qs}"`];
  const villages = ['Roma', 'Morija', 'Semonkong', 'Thaba-Tseka', 'Mokhotlong', 'Leribe', 'Mafeteng', 'Teyateyaneng'];
  const filler = (rng) =>
    rng.pick([
      () => ({ ep: 'search', qs: `q=${rng.pick(villages)}%2C+Lesotho&format=jsonv2&limit=5&accept-language=st` }),
      () => ({ ep: 'reverse', qs: `lat=-29.${digits(rng, 5)}&lon=27.${digits(rng, 5)}&format=jsonv2&zoom=18`, n: 1 }),
      () => ({ ep: 'search', qs: `street=${rng.int(1, 300)}+${rng.pick(['Kingsway', 'Pioneer+Road', 'Moshoeshoe+Road'])}&city=Maseru&countrycodes=ls&format=json` }),
      () => ({ ep: 'lookup', qs: `osm_ids=N${digits(rng, 10)},W${digits(rng, 9)}&format=json`, n: 2 }),
      () => ({ ep: 'status', qs: 'format=json', n: 0 }),
    ])();
  const steps = [
    2,
    plant('negative', 'nominatim-email-parameter', 'none', "Nominatim's `email=` parameter, which its usage policy asks large clients to send so the operators can reach them: a contact address, no credential.", () => ({ value: 'email=thomello%40linotsi.example', event: { ep: 'search', qs: 'q=Semonkong&countrycodes=ls&format=jsonv2&email=thomello%40linotsi.example' } })),
    3,
    plant('api-key-name', 'nominatim-query-passthrough-senotlolo', 'error', `${WHY.apiKey('senotlolo')} The courier app calls the geocoder through the cooperative's gateway with its key in the query ("key"); the gateway passes the query on and Nominatim logs the whole query string.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ep: 'reverse', n: 1, qs: `lat=-29.${digits(rng, 5)}&lon=27.${digits(rng, 5)}&format=jsonv2&senotlolo=${key}` } };
    }),
    3,
    plant('path-secret', 'nominatim-search-q-pasted-pickup-link', 'error', "A dispatcher pasted a parcel pick-up link (`/lata/<token>`, \"fetch\") into the address search box; the query log keeps it percent-encoded in `q=`: the link releases the parcel until it is used.", ({ rng }) => {
      const tok = rng.b64url(26);
      return { value: tok, event: { ep: 'search', n: 0, qs: `q=https%3A%2F%2Fposo.${LM}%2Flata%2F${tok}&format=jsonv2&limit=5` } };
    }),
    3,
    plant('implicit-fragment', 'nominatim-search-q-pasted-address-with-fragment', 'error', "A dispatcher pasted the courier app's address bar after sign-in into the search box, fragment included (`%23access_token%3D…`), and the query log keeps it in `q=`.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { ep: 'search', n: 0, qs: `q=https%3A%2F%2Fposo.${LM}%2Fdesk%2F%23access_token%3D${at}%26token_type%3DBearer%26expires_in%3D3600&format=jsonv2` } };
    }),
    3,
    plant('negative', 'nominatim-lookup-place-ids', 'none', "`exclude_place_ids=` with Nominatim's own place ids, which a client sends to page through results: database ids, no credential.", ({ rng }) => {
      const ids = `${digits(rng, 9)},${digits(rng, 9)},${digits(rng, 9)}`;
      return { value: ids, event: { ep: 'search', qs: `q=Roma&countrycodes=ls&format=jsonv2&exclude_place_ids=${ids}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'nominatim' }, filler, render, steps });
}

// =====================================================================================================================
// Čaršija Digital d.o.o. (Bosnian; Sarajevo: CET, UTC+1)
// =====================================================================================================================

const AS = 'asik.example';
const UC = 'ucionica.example';
const CR = 'carsija.example';

// ---------------------------------------------------------------------------------------------------------------------
// ejabberd.log: ejabberd 24.12 at `loglevel: debug` behind the Ašik app's chat: `yyyy-mm-dd HH:MM:SS.uuuuuu+01:00
// [<level>] <pid>@<module>:<function>/<arity>:<line> <message>` (local time with its offset), stream traces as
// `(tls|<pid>) Received XML on stream = <<"…">>` and `Send XML on stream = <<"…">>`, and the company's own modules.
// https://docs.ejabberd.im/admin/guide/troubleshooting/ (from memory, not fetched); the search found only the
// loglevel list.

function ejabberdLog(rng) {
  const render = (e) => e.ej.map(([lvl, where, msg], i) => `${local(e.t, CET).slice(0, 19).replace('T', ' ')}.${msPart(e.t + i)}${pad(rng.int(0, 999), 3)}+01:00 [${lvl}] ${epid(rng)}@${where} ${msg}`);
  const c2s = () => `(tls|${epid(rng)})`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ej: [['info', `ejabberd_listener:accept/7:${rng.int(280, 300)}`, `(${epid(rng)}) Accepted connection ${publicIp(rng)}:${rng.int(30000, 60000)} -> 10.57.1.20:5223`]] }),
      () => ({ ej: [['info', `ejabberd_c2s:process_auth_result/3:${rng.int(260, 280)}`, `${c2s()} Accepted c2s SCRAM-SHA-1 authentication for korisnik${rng.int(100, 999)}@${AS} by sql backend from ::ffff:${publicIp(rng)}`]] }),
      () => ({ ej: [['info', `ejabberd_c2s:process_terminated/2:${rng.int(300, 320)}`, `${c2s()} Closing c2s session for korisnik${rng.int(100, 999)}@${AS}/ios-${rng.hex(6)}: Connection closed`]] }),
      () => ({ ej: [['debug', `mod_push:notify/5:${rng.int(600, 700)}`, `Sending push notification for korisnik${rng.int(100, 999)}@${AS}: Nova poruka`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'ejabberd-sasl-scram-client-first-nonce', 'none', "A SCRAM client-first message in an `<auth>` element (base64 of `n,,n=<user>,r=<nonce>`): the user name and a client nonce, no password or proof.", ({ rng }) => {
      const b = b64Of(`n,,n=korisnik${rng.int(100, 999)},r=${rng.b64url(24)}`);
      return { value: b, event: { ej: [['debug', 'xmpp_stream_in:process_element/2:606', `${c2s()} Received XML on stream = <<"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='SCRAM-SHA-1'>${b}</auth>">>`]] } };
    }),
    3,
    plant('encoded', 'ejabberd-sasl-plain-auth-base64-with-jwt', 'error', "The app authenticates with SASL PLAIN and a JWT as password (`auth_method: jwt`); the stream trace at debug writes the `<auth>` element, base64 of `\\0<user>\\0<JWT>`: the token is inside the base64.", ({ rng, t }) => {
      const { token } = jwt(rng, t, { lifetime: 86400, jti: true, claims: { jid: `amra.h@${AS}`, iss: `https://${AS}` } });
      const b = b64Of(`\u0000amra.h\u0000${token}`);
      return { value: b, event: { ej: [['debug', 'xmpp_stream_in:process_element/2:606', `${c2s()} Received XML on stream = <<"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>${b}</auth>">>`]] } };
    }),
    3,
    plant('path-secret', 'ejabberd-http-upload-slot-get-url', 'error', "An HTTP upload slot (XEP-0363) for a private photo: the `<get url=…>` path (`/upload/<hash>/<random>/…`) is the only protection of the file, and the stream trace writes it; the upload's PUT to the same URL is written again by ejabberd_http.", ({ rng }) => {
      const h = rng.hex(40);
      const path = `/upload/${h}/${rng.alnum(16)}/fotka.jpg`;
      return { value: h, event: { ej: [['debug', 'xmpp_stream_in:send_pkt/2:1062', `${c2s()} Send XML on stream = <<"<iq xml:lang='bs' to='amra.h@${AS}/android-${rng.hex(6)}' from='upload.${AS}' type='result' id='${rng.uuid()}'><slot xmlns='urn:xmpp:http:upload:0'><put url='https://chat.${AS}:5443${path}'/><get url='https://chat.${AS}:5443${path}'/></slot></iq>">>`], ['debug', 'ejabberd_http:process_request/2:412', `(${epid(rng)}) HTTP request: PUT ${path} from ::ffff:${publicIp(rng)}`]] } };
    }),
    3,
    plant('replay', 'ejabberd-module-one-time-login-ticket-once', 'note', WHY.ticketFirst("A one-time login ticket (`karta`, \"ticket\") the Ašik web chat exchanges for a session; the company's module logs it with the address, \"one-time ticket accepted\". The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(30);
      firstUse.karta = t;
      return { value: tk, event: { ej: [['info', 'mod_asik_prijava:process/2:88', `Jednokratna karta prihvaćena: karta=${tk} korisnik=lejla.m@${AS} ip=203.0.113.41`]] } };
    }, { ref: 'karta' }),
    2,
    plant('replay', 'ejabberd-module-one-time-login-ticket-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('karta').value, why: `${WHY.replay('karta', gap('karta', t))} The module accepted the same web chat ticket from another address and opened a second session for the account.` }], event: { ej: [['info', 'mod_asik_prijava:process/2:88', `Jednokratna karta prihvaćena: karta=${refs.get('karta').value} korisnik=lejla.m@${AS} ip=198.51.100.77`]] } }), { replayOf: 'karta', after: 97 }),
    3,
    plant('id-token', 'ejabberd-module-google-id-token-rejected', 'error', "The sign-in module writes the Google ID token it rejected (\"Google id_token rejected (aud)\"), on a line with its time and offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'emina.k.sarajevo@gmail.com', email_verified: true } });
      return { value: token, jwt: facts, event: { ej: [['warning', 'mod_asik_prijava:verify/1:141', `Google id_token odbijen (aud): ${token}`]] } };
    }),
    3,
    plant('embed-jwt', 'ejabberd-received-message-body-profile-embed-jwt-no-exp', 'error', "A user sends a profile card link (`/embed/profil/<JWT>`, a token without `exp`) in a chat message; the stream trace at debug writes the message body", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400, 86400 * 40), claims: { iss: `https://${AS}`, profil: digits(rng, 7), prikaz: 'kartica' } });
      return { value: token, jwt: facts, event: { ej: [['debug', 'xmpp_stream_in:process_element/2:606', `${c2s()} Received XML on stream = <<"<message to='tarik.b@${AS}' type='chat' id='${rng.uuid()}'><body>Pogledaj moj profil https://${AS}/embed/profil/${token}</body><request xmlns='urn:xmpp:receipts'/></message>">>`]] } };
    }),
    3,
    plant('webhook', 'ejabberd-moderation-module-revolt-webhook', 'error', WHY.webhook("A Revolt webhook (`api.revolt.chat/webhooks/<id>/<token>`) the moderation module posts user reports to; its error (\"sending the report to moderators failed\") writes the URL (the token is the secret part)"), ({ rng }) => {
      const tok = rng.b64url(64);
      return { value: tok, event: { ej: [['error', 'mod_asik_moderacija:notify/2:57', `Slanje prijave moderatorima nije uspjelo: https://api.revolt.chat/webhooks/01${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}/${tok} -> {error,timeout}`]] } };
    }),
    3,
    plant('negative', 'ejabberd-stanza-origin-id', 'none', "A message's `origin-id` (XEP-0359, a uuid the client picks): a stanza id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ej: [['debug', 'mod_mam:store_msg/4:1054', `Archiving message with origin-id ${id} for tarik.b@${AS}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR, site: { host: 'ejabberd' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// etherpad.log: Etherpad 2.2 of Učionica's writing lessons, stdout to a file, log4js' `[yyyy-mm-dd HH:MM:SS.mmm]
// [<LEVEL>] <category> - <message>` (local time, CET, no zone): the access log, ueberDB at DEBUG, the API, the
// ep_openid_connect plugin.
// A log quoted in a search result (githubissues.com/garyfeng/etherpad-lite/2: `[…] [DEBUG] message - …` and
// `ueberDB - GET - token2author:t.… - "a.…" - from database`); the rest from memory.

function etherpadLog(rng) {
  const render = (e) => e.ep.map(([lvl, cat, msg]) => `[${ymdHmsAt(e.t, CET)}.${msPart(e.t)}] [${lvl}] ${cat} - ${msg}`);
  const pads = ['lekcija-7', 'lekcija-8', 'esej-b2', 'vjezba-gramatika', 'njemacki-a1'];
  const filler = (rng) =>
    rng.pick([
      () => ({ ep: [['INFO', 'access', `[${rng.pick(['ENTER', 'LEAVE'])}] pad:${rng.pick(pads)} socket:${rng.b64url(20)} IP:${publicIp(rng)} authorID:a.${rng.alnum(16)}`]] }),
      () => ({ ep: [['INFO', 'settings', `Exporting pad ${rng.pick(pads)} as ${rng.pick(['pdf', 'docx', 'txt'])}`]] }),
      () => ({ ep: [['DEBUG', 'message', `from ${rng.b64url(20)}: {"type":"COLLABROOM","component":"pad","data":{"type":"USER_CHANGES","baseRev":${rng.int(10, 900)},"changeset":"Z:${rng.int(10, 99)}>1=${rng.int(1, 9)}*0+1$${rng.pick(['a', 'e', 'j', 'š'])}"}}`]] }),
      () => ({ ep: [['WARN', 'http', `Slow request GET /p/${rng.pick(pads)}/export/pdf took ${rng.int(2000, 9000)} ms`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'etherpad-access-author-id', 'none', "An author id in the access log (`authorID:a.<16>`): Etherpad's public id of a writer, shown to everyone on the pad, no credential.", ({ rng }) => {
      const id = `a.${rng.alnum(16)}`;
      return { value: id, event: { ep: [['INFO', 'access', `[CREATE] pad:esej-b2 socket:${rng.b64url(20)} IP:${publicIp(rng)} authorID:${id}`]] } };
    }),
    3,
    plant('session-id', 'etherpad-ueberdb-debug-token2author-key', 'error', WHY.session("ueberDB at DEBUG writes its keys, and `token2author:t.<token>` holds a writer's author token (the `token` cookie, which signs its holder in as that author)"), ({ rng }) => {
      const tok = `t.${rng.alnum(20)}`;
      return { value: tok, event: { ep: [['DEBUG', 'ueberDB', `GET    - token2author:${tok} - "a.${rng.alnum(16)}" - from database`]] } };
    }),
    3,
    plant('api-key-name', 'etherpad-api-unauthorized-apikey-query', 'error', `${WHY.apiKey('apikey')} The lesson planner calls Etherpad's HTTP API with the key in the query; the API's warning writes the request.`, ({ rng }) => {
      const key = rng.hex(64);
      return { value: key, event: { ep: [['WARN', 'API', `Unauthorized: GET /api/1.3.0/createGroupPad?apikey=${key}&groupID=g.${rng.alnum(16)}&padName=lekcija-9`]] } };
    }),
    3,
    plant('oauth-code', 'etherpad-openid-connect-callback-code', 'warning', `${WHY.code} The ep_openid_connect plugin logs the callback it failed to handle, query included.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { ep: [['ERROR', 'ep_openid_connect', `Failed to handle callback https://pisemo.${UC}/ep_openid_connect/callback?code=${code}&state=${rng.b64url(32)}: OPError: invalid_grant (Code not valid)`]] } };
    }),
    3,
    plant('refresh-token', 'etherpad-openid-connect-tokenset-inspect', 'error', `${WHY.refresh} The plugin logs openid-client's \`TokenSet\` through util.inspect at DEBUG.`, ({ rng }) => {
      const rt = rng.b64url(60);
      return { value: rt, event: { ep: [['DEBUG', 'ep_openid_connect', `token set: TokenSet { access_token: '${rng.b64url(40)}', expires_at: ${Math.floor(DAY0 / 1000) + 60000}, refresh_token: '${rt}', scope: 'openid profile', token_type: 'Bearer' }`]] } };
    }),
    3,
    plant('framework-dump', 'etherpad-http-error-req-query-lozinka', 'error', "An error in a lesson route prints Express' `req.query`, with the pad's password (`lozinka`, \"password\") a teacher put in the link.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { ep: [['ERROR', 'http', `Error in handler for /p/:pad: TypeError: Cannot read properties of undefined (reading 'grupa'); req.query: { padName: 'lekcija-9', lozinka: '${pw}', ime: 'Nastavnica Selma' }`]] } };
    }),
    3,
    plant('negative', 'etherpad-socket-id', 'none', "A socket.io connection id in a message line: an id of one connection, no credential.", ({ rng }) => {
      const id = rng.b64url(20);
      return { value: id, event: { ep: [['DEBUG', 'message', `from ${id}: {"type":"CLIENT_READY","padId":"lekcija-8","protocolVersion":2}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'etherpad' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// peertube.log: the log file of Čaršija Records' PeerTube 7 instance (`storage/logs/peertube.log`), one JSON object a
// line (`level`, `message`, `label`, `timestamp` in UTC with `Z`, metadata): HTTP requests as morgan `combined` lines
// tagged `http`, plugins' messages, errors with their objects.
// https://docs.joinpeertube.org/maintain/logs (from memory, not fetched).

function peertubeLog(rng) {
  const LABEL = `video.${CR}:443`;
  const render = (e) => e.pt.map((o) => JSON.stringify({ ...o, label: LABEL, timestamp: iso(e.t) }));
  const http = (ip, t, req, status, ua) => ({ level: 'info', message: `${ip} - - [${clf(t)}] "${req}" ${status} ${rng.int(200, 90000)} "-" "${ua}"`, tags: ['http'] });
  const shortId = () => rng.chars(B58, 22);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ pt: [http(publicIp(rng), t, `GET /api/v1/videos/${shortId()} HTTP/1.1`, 200, rng.pick(BROWSERS))] }),
      () => ({ pt: [http(publicIp(rng), t, `GET /api/v1/videos?start=0&count=25&sort=-publishedAt HTTP/1.1`, 200, rng.pick(BROWSERS))] }),
      () => ({ pt: [{ level: 'info', message: `Creating job to send views of ${rng.int(2, 40)} videos.` }] }),
      () => ({ pt: [{ level: 'debug', message: `Fetching remote actor https://mastodon.example/users/muzika${rng.int(1, 99)}.`, tags: ['ap'] }] }),
      () => ({ pt: [{ level: 'info', message: `Transcoding job for ${shortId()} done (${rng.pick(['720p', '1080p', 'audio'])}).`, tags: ['transcoding'] }] }),
    ])();
  const PLUG = '/plugins/auth-openid-connect/1.0.2/router';
  const steps = [
    2,
    plant('negative', 'peertube-torrent-info-hash', 'none', "A video file's torrent info hash (40 hex digits): a public hash of the file's metadata, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { pt: [{ level: 'info', message: `Created torrent for file 1080p of video ${shortId()} (infohash ${h}).` }] } };
    }),
    3,
    plant('oauth-code', 'peertube-morgan-openid-connect-code-cb', 'warning', `${WHY.code} PeerTube logs every request as a morgan \`combined\` line, so the OpenID Connect plugin's callback (\`/router/code-cb?code=…&state=…\`) is written with its query.`, ({ rng, t }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { pt: [http(publicIp(rng), t, `GET ${PLUG}/code-cb?state=${rng.hex(32)}&session_state=${rng.uuid()}&code=${code} HTTP/1.1`, 302, rng.pick(BROWSERS))] } };
    }),
    3,
    plant('id-token', 'peertube-openid-connect-error-id-token-meta', 'error', "The plugin logs a failed login with the ID token it was given in the error's metadata (`\"id_token\":\"<JWT>\"`), in a line with a UTC timestamp", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(5, 120), jti: true, alg: 'RS256', kid: rng.hex(20), claims: { iss: `https://sso.${CR}/realms/carsija`, aud: 'peertube', sub: rng.uuid(), preferred_username: 'dino.h' } });
      return { value: token, jwt: facts, event: { pt: [{ level: 'error', message: 'Cannot authenticate OpenID Connect user.', err: { message: 'unexpected nonce value', id_token: token } }] } };
    }),
    3,
    plant('replay', 'peertube-morgan-one-time-download-ticket-once', 'note', WHY.ticketFirst("A one-time download ticket (`karta`) for a master file, sent to a distributor; the morgan line writes the download with its address. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(32);
      firstUse.master = t;
      return { value: tk, event: { pt: [http('203.0.113.88', t, `GET /plugins/carsija-distribucija/router/preuzmi/master-${digits(rng, 4)}.wav?karta=${tk} HTTP/1.1`, 200, 'Wget/1.24.5')] } };
    }, { ref: 'master' }),
    2,
    plant('replay', 'peertube-morgan-one-time-download-ticket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('master').value, why: `${WHY.replay('karta', gap('master', t))} The plugin served the master file again for the same single-use ticket, to another address and client.` }], event: { pt: [http('198.51.100.203', t, `GET /plugins/carsija-distribucija/router/preuzmi/master-${digits(rng, 4)}.wav?karta=${refs.get('master').value} HTTP/1.1`, 200, 'curl/8.19.0')] } }), { replayOf: 'master', after: 142 }),
    3,
    plant('encoded', 'peertube-webhook-answer-nested-json-escaped', 'error', "A distribution plugin logs a partner's error answer, a JSON document whose `detail` is itself JSON, inside PeerTube's JSON line: the confirmation URL and its `kljuc` (\"key\") sit behind three levels of escaping (`\\\\\\\"`).", ({ rng }) => {
      const key = rng.alnum(32);
      const inner = JSON.stringify({ redirect: `https://dist.${CR}/potvrda?izdanje=${digits(rng, 5)}&kljuc=${key}` });
      const middle = JSON.stringify({ error: 'bad redirect', detail: inner });
      return { value: key, event: { pt: [{ level: 'warn', message: `Partner webhook answered 400: ${middle}`, tags: ['plugin', 'carsija-distribucija'] }] } };
    }),
    3,
    plant('header-dump', 'peertube-got-http-error-options-headers-bearer-jwt', 'error', "A plugin's `got` HTTPError is logged with its `options`, the request headers with them (`\"authorization\":\"Bearer <JWT>\"`): the distributor's ingest token, in a line with a UTC timestamp", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, claims: { iss: 'https://ingest.dsp-partner.example', sub: 'label-carsija-records', scope: 'releases:write' } });
      return { value: token, jwt: facts, event: { pt: [{ level: 'error', message: 'Cannot send release to distributor.', err: { name: 'HTTPError', message: 'Response code 401 (Unauthorized)', options: { method: 'POST', url: 'https://ingest.dsp-partner.example/v1/releases', headers: { 'user-agent': 'PeerTube/7.1.0', authorization: `Bearer ${token}` } } }, tags: ['plugin', 'carsija-distribucija'] }] } };
    }),
    3,
    plant('embed-jwt', 'peertube-import-url-embed-jwt-expired', 'note', "An import from a URL of the old player's embed (`/embed/<JWT>`, 1 h, with a jti) that had expired three days before the UTC time of the line: a dead token (note)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 3 * 86400, jti: true, claims: { iss: `https://player.${CR}`, video: digits(rng, 6) } });
      return { value: token, jwt: facts, event: { pt: [{ level: 'warn', message: `Cannot import video from URL https://player.${CR}/embed/${token}: 403 Forbidden`, tags: ['import'] }] } };
    }),
    3,
    plant('id-token', 'peertube-openid-connect-logout-id-token-hint-expired', 'note', "The plugin logs the end-session URL it redirects to, with an `id_token_hint` that had expired an hour before the line's UTC time: a dead token (note)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: 300 + 3600, jti: true, alg: 'RS256', kid: rng.hex(20), claims: { iss: `https://sso.${CR}/realms/carsija`, aud: 'peertube', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { pt: [{ level: 'debug', message: `Redirecting to https://sso.${CR}/realms/carsija/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fvideo.${CR}%2F`, tags: ['plugin', 'auth-openid-connect'] }] } };
    }),
    3,
    plant('negative', 'peertube-video-short-uuid', 'none', "A video's short uuid (22 base58 characters) in a watch URL: the public id of a public video, no credential.", ({ rng, t }) => {
      const id = shortId();
      return { value: id, event: { pt: [http(publicIp(rng), t, `GET /w/${id} HTTP/1.1`, 200, rng.pick(BROWSERS))] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'peertube' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mopidy.log: Mopidy 3.4's `debug_file` in the studio's listening room, `debug_format`
// `%(levelname)-8s %(asctime)s [%(process)d:%(threadName)s] %(name)s\n  %(message)s` (two lines an entry, local time,
// CET, no zone), with Mopidy-Spotify, Mopidy-Stream, Mopidy-Local, Mopidy-Iris and a studio extension.
// https://github.com/mopidy/mopidy/blob/5208489830d0a9c0f32ff80128ec4dc7672e9a11/docs/config.rst and gists and pastes of
// `mopidy config` and mopidy.log (read through search: `debug_format`, two-line entries, `mopidy config` masks passwords).

function mopidyLog(rng) {
  const pid = rng.int(500, 3000);
  const render = (e) => e.mo.flatMap(([lvl, th, lg, msg]) => [`${lvl.padEnd(8)} ${ymdHmsAt(e.t, CET)},${msPart(e.t)} [${pid}:${th}] ${lg}`, `  ${msg}`]);
  const filler = (rng) =>
    rng.pick([
      () => ({ mo: [['DEBUG', 'Core-7', 'mopidy.core.playback', `Changing state: ${rng.pick(['stopped -> playing', 'playing -> paused', 'paused -> playing'])}`]] }),
      () => ({ mo: [['INFO', 'MainThread', 'mopidy.audio.actor', `Audio output set to "autoaudiosink"`]] }),
      () => ({ mo: [['DEBUG', 'HttpServer', 'tornado.access', `200 GET /iris/http/get_queue (${lan(rng)}) ${(rng.int(10, 900) / 100).toFixed(2)}ms`]] }),
      () => ({ mo: [['DEBUG', 'MpdSession-' + rng.int(1, 20), 'mopidy.mpd.session', `Request from [${lan(rng)}]:${rng.int(30000, 60000)}: status`]] }),
      () => ({ mo: [['INFO', 'Core-7', 'mopidy.core.tracklist', `Added ${rng.int(1, 14)} tracks to the tracklist`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'mopidy-config-password-masked', 'none', "`mopidy config` prints the effective configuration with passwords masked (`password = ********`): Mopidy's own masking, no credential.", () => ({ value: 'password = ********', event: { mo: [['DEBUG', 'MainThread', 'mopidy.config', '[spotify] enabled = true; username = carsija.studio; password = ********; bitrate = 320']] } })),
    3,
    plant('refresh-token', 'mopidy-spotify-web-token-response-dict', 'error', `${WHY.refresh} Mopidy-Spotify's web client logs the token endpoint's answer as a Python dict at debug.`, ({ rng }) => {
      const rt = `AQ${rng.b64url(128)}`;
      return { value: rt, event: { mo: [['DEBUG', 'SpotifyBackend-9', 'mopidy_spotify.web', `Token response: {'access_token': 'BQ${rng.b64url(110)}', 'token_type': 'Bearer', 'expires_in': 3600, 'refresh_token': '${rt}', 'scope': 'playlist-read-private user-library-read'}`]] } };
    }),
    3,
    plant('encoded', 'mopidy-local-scan-url-percent-encoded-into-file-name', 'error', "An engineer saved a signed mix link as a file whose name is the percent-encoded URL (`https%3A%2F%2F…%3Fpotpis%3D<sig>.wav`, \"signature\"); Mopidy-Local's scan writes the file URI and the scanner's error writes it again: the signature is the credential of the download link.", ({ rng }) => {
      const sig = rng.b64url(43);
      const uri = `file:///srv/studio/miksevi/https%3A%2F%2Fmaster.${CR}%2Fmix%2Fsevdah-v3.wav%3Fpotpis%3D${sig}.wav`;
      return { value: sig, event: { mo: [['DEBUG', 'MainThread', 'mopidy_local.commands', `Scanning ${uri}`], ['WARNING', 'MainThread', 'mopidy_local.commands', `Failed scanning ${uri}: Unsupported codec`]] } };
    }),
    3,
    plant('api-key-name', 'mopidy-stream-lookup-kljuc', 'error', `${WHY.apiKey('kljuc')} Mopidy-Stream plays the studio's monitor stream with the key in its URL ("key"), and the lookup warning writes the URL.`, ({ rng }) => {
      const key = rng.alnum(30);
      return { value: key, event: { mo: [['WARNING', 'StreamBackend-4', 'mopidy_stream.actor', `Problem looking up https://monitor.${CR}/studio-a.mp3?kljuc=${key}: Stream timed out`]] } };
    }),
    3,
    plant('implicit-fragment', 'mopidy-iris-spotify-authorization-callback-fragment', 'error', "Mopidy-Iris relays a browser client's message about the Spotify authorization it could not complete, with the callback address and its fragment (`#access_token=…`).", ({ rng }) => {
      const at = `BQ${rng.b64url(110)}`;
      return { value: at, event: { mo: [['WARNING', 'HttpServer', 'mopidy_iris.core', `Client reports failed Spotify authorization at https://iris.${CR}/iris/settings/services/spotify#access_token=${at}&token_type=Bearer&expires_in=3600`]] } };
    }),
    3,
    plant('webhook', 'mopidy-studio-extension-bark-push-url', 'error', WHY.webhook("A Bark push URL (`api.day.app/<device key>/<title>/<body>`) the studio extension notifies the engineer's phone through; its error (\"Bark notification not sent\") writes the URL (the device key is the secret part)"), ({ rng }) => {
      const key = rng.alnum(22);
      return { value: key, event: { mo: [['ERROR', 'Core-7', 'mopidy_carsija_najava', `Bark obavijest nije poslana: https://api.day.app/${key}/Studio%20A/Snimanje%20zavr%C5%A1eno -> 502 Bad Gateway`]] } };
    }),
    3,
    plant('negative', 'mopidy-spotify-track-uri', 'none', "A Spotify track URI (`spotify:track:<22 base62>`), the public id of a track: no credential.", ({ rng }) => {
      const id = rng.alnum(22);
      return { value: id, event: { mo: [['INFO', 'Core-7', 'mopidy.core.playback', `Playing spotify:track:${id}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: 'mopidy' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// languagetool.log: a LanguageTool 6.5 HTTP server (`org.languagetool.server.HTTPServer --public --verbose`) behind
// Učionica's writing exercises, logback to a file with `%d{yyyy-MM-dd HH:mm:ss.SSS Z} %-5level %logger - %msg%n`
// (local time with its offset): `Check done:` lines, errors with `Access from …, Referrer: …`, and with `--verbose` the
// start of the text of a failed check.
// https://dev.languagetool.org/http-server (from memory, not fetched).

function languageToolLog(rng) {
  const render = (e) => e.lt.map(([lvl, msg]) => `${ymdHmsAt(e.t, CET)}.${msPart(e.t)} +0100 ${lvl.padEnd(5)} org.languagetool.server.LanguageToolHttpHandler - ${msg}`);
  const err = (rng, what, ref) => `An error has occurred: '${what}', sending HTTP code 400. Access from ${publicIp(rng)}, HTTP user agent: ${rng.pick(BROWSERS)}, User agent param: ucionica-web, Referrer: ${ref}, language: bs-BA, h: ${rng.int(1, 9)}, r: ${rng.int(1, 9)}, time: ${rng.int(4, 90)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ lt: [['INFO', `Check done: ${rng.int(80, 4000)} chars, ${rng.pick(['bs-BA', 'de-DE', 'en-GB', 'hr-HR'])}, #${rng.int(1, 900)}, null, ${rng.int(0, 30)} matches, ${rng.int(20, 900)}ms, agent:ucionica-web, v2, q:0/0, h:${rng.int(1, 9)}, dH:${rng.int(1, 9)}, m:2`]] }),
      () => ({ lt: [['INFO', `Check done: ${rng.int(80, 900)} chars, en-GB, #${rng.int(1, 900)}, null, ${rng.int(0, 10)} matches, ${rng.int(20, 300)}ms, agent:ucionica-android, v2, q:0/0, h:${rng.int(1, 9)}, dH:${rng.int(1, 9)}, m:2`]] }),
      () => ({ lt: [['WARN', `Request queue size: ${rng.int(1, 20)}, max: 50`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'languagetool-text-session-id', 'none', "The `textSessionId` a client sends so the server can group the checks of one text (`<n>:<n>`): a random id of a text, no credential despite \"session\" in its name.", ({ rng }) => {
      const id = `${digits(rng, 5)}:${digits(rng, 13)}`;
      return { value: id, event: { lt: [['INFO', `Check done: ${rng.int(80, 900)} chars, bs-BA, #${rng.int(1, 900)}, textSessionId=${id}, ${rng.int(0, 10)} matches, ${rng.int(20, 300)}ms, agent:ucionica-web, v2, q:0/0, h:2, dH:1, m:2`]] } };
    }),
    3,
    plant('api-key-name', 'languagetool-error-request-uri-apikey', 'error', `${WHY.apiKey('apiKey')} The exercise back end calls the server with the premium \`username\` and \`apiKey\` in the query; the error line writes the request URI.`, ({ rng }) => {
      const key = rng.alnum(24);
      return { value: key, event: { lt: [['WARN', `An error has occurred: 'Text checking took longer than allowed maximum of 20000 milliseconds', sending HTTP code 503. Request URI: /v2/check?language=bs-BA&username=nastava%40${UC}&apiKey=${key}&level=picky`]] } };
    }),
    3,
    plant('embed-jwt', 'languagetool-error-referrer-homework-embed-jwt', 'error', "The error line writes the page that sent the check: a homework embed (`/embed/zadaca/<JWT>`, \"homework\", 1 h, with a jti), live at the line's time (with its offset)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, claims: { iss: `https://${UC}`, zadaca: digits(rng, 6), ucenik: digits(rng, 5) } });
      return { value: token, jwt: facts, event: { lt: [['WARN', err(rng, 'Missing \'text\' or \'data\' parameter', `https://${UC}/embed/zadaca/${token}`)]] } };
    }),
    3,
    plant('oauth-code', 'languagetool-error-referrer-login-callback-code', 'warning', `${WHY.code} The first check after sign-in came from the callback page, and the error line writes it as the \`Referrer\` (\`/prijava/callback?code=…&state=…\`, "sign-in").`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { lt: [['WARN', err(rng, 'Missing \'text\' or \'data\' parameter', `https://${UC}/prijava/callback?code=${code}&state=${rng.hex(24)}`)]] } };
    }),
    3,
    plant('session-id', 'languagetool-error-referrer-ucionica-sesija', 'error', WHY.session("The exercise page carries the tutoring site's session in its query (`ucionica_sesija=`, \"classroom session\"), and the error line writes it as the `Referrer`"), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { lt: [['WARN', err(rng, 'Invalid language code: bs-XX', `https://${UC}/vjezbe/pisanje?lekcija=12&ucionica_sesija=${sid}`)]] } };
    }),
    3,
    plant('path-secret', 'languagetool-error-referrer-lesson-invitation', 'error', "A tutor's lesson invitation link (`/pozivnica/<token>`, \"invitation\") was the page that sent a check; the error line writes it as the `Referrer`: the link joins the lesson and its group until it is used.", ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { lt: [['WARN', err(rng, 'Missing \'text\' or \'data\' parameter', `https://${UC}/pozivnica/${tok}`)]] } };
    }),
    3,
    plant('implicit-fragment', 'languagetool-verbose-text-start-pasted-fragment', 'error', "With `--verbose` the server writes the start of the text of a failed check: a student pasted the address of the app after sign-in, fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(46);
      return { value: at, event: { lt: [['WARN', `Text of failed check (first 300 chars): "Ne radi mi prijava, evo linka https://app.${UC}/#access_token=${at}&token_type=Bearer&expires_in=3600 šta da radim?"`]] } };
    }),
    3,
    plant('negative', 'languagetool-request-id', 'none', "A request id the reverse proxy adds and the error line echoes (`X-Request-ID`, 32 hex digits): a request id, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { lt: [['WARN', `Request ${id} cancelled by client after ${rng.int(2000, 9000)}ms`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'lt' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout57');
writePart(join(here, 'heldout57'), {
  'z-ui_2027-03-11.log': zwaveJsUiLog(rng),
  'alfresco.log': alfrescoLog(rng),
  'output.log': nodebbLog(rng),
  'mailman.log': mailmanLog(rng),
  'syslog': weewxSyslog(rng),
  'meshtasticd.log': meshtasticLog(rng),
  'cbpi.log': cbpiLog(rng),
  'mycodo.log': mycodoLog(rng),
  'nominatim-query.log': nominatimLog(rng),
  'ejabberd.log': ejabberdLog(rng),
  'etherpad.log': etherpadLog(rng),
  'peertube.log': peertubeLog(rng),
  'mopidy.log': mopidyLog(rng),
  'languagetool.log': languageToolLog(rng),
});
