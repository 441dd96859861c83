// Writes corpus/logs-in-the-wild/heldout55/: a fifty-fifth held-out part, in formats no other part uses (pretix under
// `docker logs --timestamps`, a DSpace 7 `dspace.log` with an ISO 8601 offset date pattern, Archivematica's MCPClient
// log, a Salesforce Apex debug log of a Nonprofit Success Pack org, a pfSense captive portal's syslog in RFC 5424, a
// Liquidsoap 2 log with `log.unix_timestamps`, Koha's `plack-opac-error.log`, `drush watchdog:show --extended
// --format=yaml` of a Mukurtu CMS (Drupal 10) site, a CiviCRM `ConfigAndLog` file, a Mixxx 2.4 `mixxx.log`, a pibooth
// log file, an OctoPrint `octoprint.log` with an offset in its date format, an Ultimaker Cura `cura.log`, a Gadgetbridge
// log file), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout55.mjs     rewrites heldout55/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: the Wexcombe Heritage Trust, an English charity that runs a museum, an archive, a concert hall and a
// country-house hotel (English, five logs); Te Hau Kōwhai ("the kōwhai wind"), a Māori iwi media and heritage trust
// with a radio station, a library (whare pukapuka), a taonga archive and a donations (koha) desk (Māori messages where
// the app shows them, routes, parameter, header, key and property names in Māori such as `/hotaka/tiaki/<token>/`,
// `ki_api`, `ki_whakauru`, `kī_matua`, `tohu`, `hoatu`, `kupuhipa`, `tuakiri`, English code names, five logs);
// Chiedza Hub ("light"), a Harare photo studio and print lab with a 3D printing farm and a fitness studio (Shona
// messages where the app shows them, names in Shona such as `/albhamu/<token>`, `kiyi`, `tikiti`, `pasiwedhi`,
// `utano_chikamu`, `/embed/kamera/`, English code names, four logs). Standard names (OAuth's, vendors') stay as their
// specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 8, 21, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Somerset in September (BST, UTC+1), Aotearoa before daylight saving (NZST, UTC+12), Harare (CAT, UTC+2). */
const BST = 60;
const NZST = 720;
const CAT = 120;
/** A private address. */
const lan = (rng, prefix = '10.60') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** `+01:00` for an offset in minutes. */
const zoneColon = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
const zoneBasic = (offset) => zoneColon(offset).replace(':', '');
/** A Python dict repr of string values. */
const pyDict = (o) => `{${Object.entries(o).map(([k, v]) => `'${k}': ${typeof v === 'number' ? v : `'${v}'`}`).join(', ')}}`;

// =====================================================================================================================
// Wexcombe Heritage Trust (English; Somerset: BST, UTC+1; containers in UTC)
// =====================================================================================================================

const WX = 'wexcombe.example';

// ---------------------------------------------------------------------------------------------------------------------
// pretix-docker.log: `docker logs --timestamps pretix` of the pretix 2024 image (Django, gunicorn and Celery under
// supervisord, container clock UTC): Docker's RFC 3339 nanosecond `Z` prefix, then pretix's logging format
// `%(levelname)s %(asctime)s %(name)s %(module)s %(message)s`; the trust's own plugin (`pretix_wexcombe`: SSO, seating,
// gate check-in, widget error reports) logs through the same handler. From memory, not fetched.

function pretixLog(rng) {
  const nanos = () => `${digits(rng, 6)}`;
  const render = (e) => e.px.map(([lvl, name, mod, msg]) => `${iso(e.t).slice(0, 23)}${nanos()}Z ${lvl} ${ymdHmsAt(e.t, 0)},${msPart(e.t)} ${name} ${mod} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ px: [['INFO', 'celery.worker.strategy', 'strategy', `Task pretix.base.services.orders.expire_orders[${rng.uuid()}] received`]] }),
      () => ({ px: [['INFO', 'pretix.base.services.orders', 'orders', `Order ${upperNum(rng, 5)} placed in event wexcombe/${rng.pick(['hall', 'museum', 'gardens'])}, total GBP ${rng.int(8, 120)}.00`]] }),
      () => ({ px: [['INFO', 'pretix.base.services.mail', 'mail', `Sending mail to ${rng.pick(['a', 'j', 'm', 'r'])}***@${rng.pick(['gmail.com', 'outlook.com', 'btinternet.com'])} (order ${upperNum(rng, 5)})`]] }),
      () => ({ px: [['WARNING', 'django.request', 'log', `Not Found: /${rng.pick(['wp-login.php', 'favicon.ico', 'wexcombe/hall/2027-10-03/', 'robots.txt'])}`]] }),
      () => ({ px: [['INFO', 'pretix_wexcombe.gate', 'checkin', `gate heartbeat device=gate-tablet-${rng.int(1, 6)} battery=${rng.int(20, 100)}% queue=0`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'pretix-celery-task-id', 'none', "A Celery task id (`Task pretix.base.services.mail.mail_send_task[<uuid>] succeeded`): an identifier of one task run, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { px: [['INFO', 'celery.app.trace', 'trace', `Task pretix.base.services.mail.mail_send_task[${id}] succeeded in 0.${rng.int(100, 999)}s: None`]] } };
    }),
    5,
    plant('oauth-code', 'pretix-plugin-sso-return-url', 'warning', `${WHY.code} The trust's SSO plugin writes the whole return URL (\`/sso/return/?code=…&state=…\`) when the userinfo call fails.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { px: [['WARNING', 'pretix_wexcombe.sso', 'views', `SSO return rejected for https://tickets.${WX}/wexcombe/sso/return/?code=${code}&state=${rng.hex(24)} (userinfo endpoint answered 502)`]] } };
    }),
    5,
    plant('id-token', 'pretix-plugin-sso-id-token-aud-mismatch', 'error', "The SSO plugin's error prints the ID token it refused (audience mismatch after a client rename): the member's identity token, live, on a line with Docker's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 8 * 3600, age: rng.int(30, 900), jti: true, claims: { iss: `https://login.${WX}`, sub: `member-${digits(rng, 6)}`, aud: 'pretix-box-office', email_verified: true, tier: 'friend' } });
      return { value: token, jwt: facts, event: { px: [['ERROR', 'pretix_wexcombe.sso', 'oidc', `id_token rejected (aud is not pretix-wexcombe): ${token}`]] } };
    }),
    5,
    plant('path-secret', 'pretix-django-not-found-order-secret-path', 'error', WHY.pathSecret("An order's private link (`/<organizer>/<event>/order/<code>/<secret>/`), which Django's `Not Found:` warning writes with its path when a ticket download 404s: the link opens, changes and cancels the order"), ({ rng }) => {
      const secret = lowerNum(rng, 16);
      return { value: secret, event: { px: [['WARNING', 'django.request', 'log', `Not Found: /wexcombe/hall/order/${upperNum(rng, 5)}/${secret}/download/${rng.int(100, 999)}/pdf`]] } };
    }),
    5,
    plant('embed-jwt', 'pretix-plugin-seating-embed-jwt', 'error', "The seating plugin logs the embed URL it hands to the event page (`/embed/seating/<JWT>`), a token valid an hour that opens the reserved-seat plan with the buyer's basket", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(10, 300), jti: true, claims: { iss: `https://seats.${WX}`, event: 'organ-recital-2027-10', basket: rng.hex(16), scope: 'seating:hold' } });
      return { value: token, jwt: facts, event: { px: [['INFO', 'pretix_wexcombe.seating', 'views', `seating plan embed for /wexcombe/hall/organ-recital/ -> https://seats.${WX}/embed/seating/${token}`]] } };
    }),
    5,
    plant('replay', 'pretix-plugin-gate-ticket-once', 'note', WHY.ticketFirst("A ticket's secret scanned at the Long Gallery gate; the gate plugin logs the ticket, the list and the device. The ticket is"), ({ rng, t }) => {
      const tk = lowerNum(rng, 32);
      firstUse.gate = t;
      return { value: tk, event: { px: [['INFO', 'pretix_wexcombe.gate', 'checkin', `scan accepted ticket=${tk} list="Long Gallery" device=gate-tablet-2 ip=10.60.4.${rng.int(10, 40)}`]] } };
    }, { ref: 'gate' }),
    2,
    plant('replay', 'pretix-plugin-gate-ticket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('gate').value, why: `${WHY.replay('ticket', gap('gate', t))} Another gate tablet accepted the same ticket for the same list: the check-in was not recorded as spent.` }], event: { px: [['INFO', 'pretix_wexcombe.gate', 'checkin', `scan accepted ticket=${refs.get('gate').value} list="Long Gallery" device=gate-tablet-5 ip=10.60.4.${rng.int(41, 90)}`]] } }), { replayOf: 'gate', after: 97 }),
    5,
    plant('implicit-fragment', 'pretix-plugin-widget-error-report-href', 'error', "The ticket widget's error report carries the page address the visitor was on; the trust's website returns from its member login with the implicit grant, so `#access_token=` is in `href`: the visitor's access token.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { px: [['WARNING', 'pretix_wexcombe.reports', 'views', `widget error report href=https://www.${WX}/whats-on/#access_token=${at}&token_type=Bearer&expires_in=3600 msg="TypeError: Cannot read properties of null (reading 'seats')"`]] } };
    }),
    5,
    plant('negative', 'pretix-static-cache-hash', 'none', "A compressed asset's content hash (`/static/CACHE/js/output.<12 hex>.js`): a cache key, no credential.", ({ rng }) => {
      const h = rng.hex(12);
      return { value: h, event: { px: [['WARNING', 'django.request', 'log', `Not Found: /static/CACHE/js/output.${h}.js`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'pretix' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dspace.log.2027-09-21: DSpace 7.6's log4j2 file with the default layout `%d %-5p %equals{%X{correlationID}}{}{unknown}
// %equals{%X{requestID}}{}{unknown} %c @ %m%n`, the date pattern changed by the operator to ISO 8601 with its offset
// (BST); DSpaceAPIRequestLoggingFilter's `Before request [...] originated from <referer>` and `After request [...]`,
// usage events in the LogHelper header layout `<user>:session_id=<id>:ip_addr=<ip>:<action>:<extra>`. From memory.

function dspaceLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 23)}${zoneColon(BST)}`;
  const render = (e) => e.ds.map(([lvl, logger, msg]) => `${stamp(e.t)} ${lvl.padEnd(5)} ${e.corr} ${e.req} ${logger} @ ${msg}`);
  const REQ = 'org.dspace.app.rest.utils.DSpaceAPIRequestLoggingFilter';
  const ids = (rng) => ({ corr: rng.uuid(), req: rng.uuid() });
  const filler = (rng) =>
    rng.pick([
      () => { const p = `/server/api/core/items/${rng.uuid()}`; return { ...ids(rng), ds: [['INFO', REQ, `Before request [GET ${p}] originated from /items`], ['INFO', REQ, `After request [GET ${p}] originated from /items with status 200`]] }; },
      () => ({ ...ids(rng), ds: [['INFO', 'org.dspace.discovery.SolrServiceImpl', `Wrote Item: ${rng.uuid()} to Index`]] }),
      () => ({ ...ids(rng), ds: [['INFO', 'org.dspace.app.rest.security.StatelessAuthenticationFilter', `Authenticated eperson archivist@${WX}`]] }),
      () => ({ ...ids(rng), ds: [['WARN', 'org.dspace.app.rest.exception.DSpaceApiExceptionControllerAdvice', `Request is invalid or incorrect (status:404): Item not found`]] }),
    ])();
  const steps = [
    5,
    plant('session-id', 'dspace-usage-event-loghelper-session-id', 'error', WHY.session("A usage event in DSpace's LogHelper layout (`<e-mail>:session_id=<id>:ip_addr=…:view_bitstream:…`), the servlet session of a signed-in reader of the archive"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { ...ids(rng), ds: [['INFO', 'org.dspace.usage.LoggerUsageEventListener', `reader${digits(rng, 4)}@${WX}:session_id=${sid}:ip_addr=${publicIp(rng)}:view_bitstream:bitstream_id=${rng.uuid()}`]] } };
    }),
    5,
    plant('negative', 'dspace-xsrf-token-rotated', 'none', "DSpace's CSRF token (`DSPACE-XSRF-TOKEN`), a UUID the REST API rotates and checks against its cookie: a CSRF token, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { ...ids(rng), ds: [['DEBUG', 'org.dspace.app.rest.security.DSpaceCsrfTokenRepository', `Sent new DSPACE-XSRF-TOKEN ${v}`]] } };
    }),
    5,
    plant('id-token', 'dspace-oidc-id-token-validation-error', 'error', "The OIDC authentication bean logs the ID token it could not validate (issuer clock skew), a live token of a researcher, on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(20, 600), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://login.${WX}/realms/archive`, sub: rng.uuid(), aud: 'dspace', email: `reader${digits(rng, 4)}@${WX}` } });
      return { value: token, jwt: facts, event: { ...ids(rng), ds: [['ERROR', 'org.dspace.authenticate.OidcAuthenticationBean', `Error validating id_token ${token}: iat is in the future`]] } };
    }),
    5,
    plant('path-secret', 'dspace-email-error-forgot-link', 'error', WHY.pathSecret("A password reset link (`/forgot/<32 hex>`) in the body DSpace failed to mail and logged"), ({ rng }) => {
      const tok = rng.hex(32);
      return { value: tok, event: { ...ids(rng), ds: [['ERROR', 'org.dspace.core.Email', `Unable to send email to archivist2@${WX} (change_password): body starts "To change your password, visit https://archive.${WX}/forgot/${tok}"`]] } };
    }),
    5,
    plant('embed-jwt', 'dspace-request-filter-referer-embed-viewer-expired', 'note', "A IIIF viewer embedded on the trust's blog (`/embed/viewer/<JWT>`) is the Referer of the manifest requests; the filter writes it in its Before and After lines. The token expired two days earlier", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + rng.int(3600, 9000), jti: true, claims: { iss: `https://archive.${WX}`, item: rng.uuid(), view: 'iiif' } });
      const p = `/server/iiif/${rng.uuid()}/manifest`;
      const ref = `https://blog.${WX}/embed/viewer/${token}`;
      return { value: token, jwt: facts, event: { ...ids(rng), ds: [['INFO', REQ, `Before request [GET ${p}] originated from ${ref}`], ['INFO', REQ, `After request [GET ${p}] originated from ${ref} with status 200`]] } };
    }),
    5,
    plant('api-key-name', 'dspace-scopus-import-apikey', 'error', `${WHY.apiKey('apiKey')} Elsevier's Scopus Search API takes it in the query; the live import's warning writes the request URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { ...ids(rng), ds: [['WARN', 'org.dspace.importer.external.scopus.service.ScopusImportMetadataSourceServiceImpl', `Scopus query failed (429): GET https://api.elsevier.com/content/search/scopus?query=TITLE-ABS-KEY(wexcombe)&apiKey=${key}&httpAccept=application/xml&count=20`]] } };
    }),
    5,
    plant('negative', 'dspace-bitstream-md5-checksum', 'none', "A bitstream's MD5 checksum in the checksum checker's report: a digest of a file, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { ...ids(rng), ds: [['INFO', 'org.dspace.checker.ChecksumChecker', `Bitstream ${rng.uuid()} checksum=${h} (MD5) result=CHECKSUM_MATCH`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'dspace' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// MCPClient.log: Archivematica 1.16's MCPClient log (`/var/log/archivematica/MCPClient/MCPClient.debug.log` layout,
// local time, no zone): `<LEVEL, 8 wide>  <yyyy-mm-dd HH:MM:SS>  <logger>:<module>:<function>:<line>:  <message>`, job
// lines with their arguments, client scripts' output. From memory, not fetched.

function archivematicaLog(rng) {
  const render = (e) => e.am.map(([lvl, where, msg]) => `${lvl.padEnd(8)}  ${ymdHmsAt(e.t, BST)}  ${where}:  ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ am: [['INFO', 'archivematica.mcp.client.job:job:run:112', `Running ${rng.pick(['identify_file_format_v0.0', 'extract_contents_v0.0', 'characterize_file_v0.0', 'normalize_v1.0'])} (job ${rng.uuid()})`]] }),
      () => ({ am: [['DEBUG', 'archivematica.mcp.client.gearman:worker:handle_batch_task:71', `Processed batch of ${rng.int(1, 128)} tasks in ${(rng.int(10, 9000) / 100).toFixed(2)}s`]] }),
      () => ({ am: [['INFO', 'archivematica.mcp.client.clientScript:identify_file_format:main:143', `File ${rng.uuid()} identified as fmt/${rng.int(10, 900)}`]] }),
      () => ({ am: [['WARNING', 'archivematica.mcp.client.clientScript:characterize_file:main:88', `FITS returned no output for objects/scan_${digits(rng, 4)}.tif`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'archivematica-fixity-sha256', 'none', "A file's SHA-256 from the fixity check: a digest of a file, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { am: [['INFO', 'archivematica.mcp.client.clientScript:verify_checksum:run:96', `objects/letters_1911.pdf sha256 ${h} matches manifest`]] } };
    }),
    5,
    plant('api-key-name', 'archivematica-storage-service-query-api-key', 'error', `${WHY.apiKey('api_key')} The Storage Service accepts \`username\` and \`api_key\` in the query; the client's warning writes the request URL.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { am: [['WARNING', 'archivematica.common.storageService:storage_service:_storage_request:74', `Storage Service request failed: GET http://archivematica-storage-service:8000/api/v2/location/?username=mcpclient&api_key=${key}&purpose=AS (503)`]] } };
    }),
    5,
    plant('framework-dump', 'archivematica-job-args-upload-dip-password', 'error', "The job line lists a client script's arguments as a Python list; `upload-qubit` takes the AtoM account's password as `--password`, so the job's arguments carry it in clear.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { am: [['DEBUG', 'archivematica.mcp.client.job:job:run:109', `Job(${rng.uuid()}) upload-qubit_v0.0 args=['--url', 'https://atom.${WX}/index.php', '--email', 'dip-upload@${WX}', '--password', '${pw}', '--uuid', '${rng.uuid()}', '--rsync-target', '/var/atom/uploads']`]] } };
    }),
    5,
    plant('header-dump', 'archivematica-requests-headers-apikey-authorization', 'error', "A client script logs the headers of its Storage Service call as a Python dict (`'Authorization': 'ApiKey <user>:<key>'`): the automation user's API key.", ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { am: [['DEBUG', 'archivematica.mcp.client.clientScript:store_aip:store_aip:201', `POST /api/v2/file/ headers={'Accept': 'application/json', 'Authorization': 'ApiKey automation:${key}', 'Content-Type': 'application/json'}`]] } };
    }),
    5,
    plant('refresh-token', 'archivematica-transfer-source-token-response', 'error', `${WHY.refresh} The trust's OneDrive transfer-source script logs the token endpoint's answer as a Python dict (the access token masked by the script, the refresh token not).`, ({ rng }) => {
      const rt = `0.AQ${rng.b64url(120)}`;
      return { value: rt, event: { am: [['DEBUG', 'archivematica.mcp.client.clientScript:onedrive_source:refresh:58', `token response ${pyDict({ token_type: 'Bearer', scope: 'Files.Read.All offline_access', expires_in: 3599, access_token: '<masked>', refresh_token: rt })}`]] } };
    }),
    5,
    plant('encoded', 'archivematica-handoff-base64url-json-s3-secret', 'error', "The donor portal's hand-off parameter (`handoff=`) is base64url JSON with the drop bucket's S3 access key and secret; the transfer script logs the URL it was started with.", ({ rng }) => {
      const h = b64urlOf(JSON.stringify({ bucket: 'wexcombe-donor-drop', ak: `AKIA${upperNum(rng, 16)}`, sk: rng.b64url(40), donor: `D-${digits(rng, 5)}` }));
      return { value: h, event: { am: [['INFO', 'archivematica.mcp.client.clientScript:donor_drop:main:37', `started from https://donate.${WX}/archive/deposit/done?handoff=${h}`]] } };
    }),
    5,
    plant('path-secret', 'archivematica-dip-pickup-link', 'error', WHY.pathSecret("A DIP pick-up link for a depositor (`/transfer/pickup/<token>`), which the notification script logs after mailing it"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { am: [['INFO', 'archivematica.mcp.client.clientScript:email_fail_report:send:64', `Depositor notified: pick-up link https://archive.${WX}/transfer/pickup/${tok}`]] } };
    }),
    5,
    plant('negative', 'archivematica-premis-event-uuid', 'none', "A PREMIS event identifier (a UUID) the script writes for the normalization event: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { am: [['DEBUG', 'archivematica.mcp.client.clientScript:normalize:insert_event:412', `premis:eventIdentifierValue=${id} eventType=normalization`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'am' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// apex-07L8d00000QhXyZEA3.log: a Salesforce Apex debug log of one Batch Apex transaction in the trust's Nonprofit
// Success Pack org (Gift Aid batch), as the Developer Console downloads it: the API version and log levels on the first
// line, then `HH:mm:ss.S (<nanoseconds since start>)|<EVENT>|<fields…>`; USER_INFO names the user's time zone
// (Europe/London). CALLOUT_REQUEST prints `System.HttpRequest[Endpoint=…, Method=…]`, USER_DEBUG `[line]|DEBUG|text`,
// VARIABLE_ASSIGNMENT `[line]|name|value|address` at APEX_CODE FINEST. From memory; ApexLog's fields (read through
// search) only confirm where the log comes from.

function apexLog(rng) {
  const START = DAY0 + 13 * HOUR;
  const clock = (t) => { const l = local(t, BST); return `${l.slice(11, 19)}.${Number(l.slice(20, 21))}`; };
  const render = (e) => { let n = (e.t - START) * 1000000 + rng.int(1000, 99999); return e.ax.map((x) => { n += rng.int(20000, 900000); return `${clock(e.t)} (${n})|${x}`; }); };
  const cls = '01p8d00000AbCdEAAV';
  const filler = (rng) =>
    rng.pick([
      () => ({ ax: [`SOQL_EXECUTE_BEGIN|[${rng.int(20, 200)}]|Aggregations:0|SELECT Id, Amount, npsp__Gift_Aid_Eligible__c FROM Opportunity WHERE CloseDate = LAST_N_DAYS:30 LIMIT 200`, `SOQL_EXECUTE_END|[${rng.int(20, 200)}]|Rows:${rng.int(0, 200)}`] }),
      () => ({ ax: [`STATEMENT_EXECUTE|[${rng.int(20, 200)}]`, `HEAP_ALLOCATE|[${rng.int(20, 200)}]|Bytes:${rng.int(4, 900)}`] }),
      () => ({ ax: [`DML_BEGIN|[${rng.int(20, 200)}]|Op:Update|Type:Opportunity|Rows:${rng.int(1, 200)}`, `DML_END|[${rng.int(20, 200)}]`] }),
      () => ({ ax: [`SYSTEM_METHOD_ENTRY|[${rng.int(20, 200)}]|System.Http.send(APEX_OBJECT)`, `SYSTEM_METHOD_EXIT|[${rng.int(20, 200)}]|System.Http.send(APEX_OBJECT)`] }),
      () => ({ ax: [`LIMIT_USAGE|[${rng.int(20, 200)}]|CALLOUTS|${rng.int(1, 9)}|100`] }),
    ])();
  const header = [
    '61.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;NBA,INFO;SYSTEM,DEBUG;VALIDATION,INFO;VISUALFORCE,INFO;WAVE,INFO;WORKFLOW,INFO',
    `${clock(START)} (${rng.int(1000000, 2000000)})|USER_INFO|[EXTERNAL]|0058d00000BcDeFAAV|integration@${WX}|(GMT+01:00) British Summer Time (Europe/London)|GMT+01:00`,
    `${clock(START)} (${rng.int(2000000, 3000000)})|EXECUTION_STARTED`,
    `${clock(START)} (${rng.int(3000000, 4000000)})|CODE_UNIT_STARTED|[EXTERNAL]|${cls}|GiftAidBatch`,
  ];
  const steps = [
    2,
    plant('negative', 'apex-named-credential-merge-field', 'none', "A request body template with a Named Credential merge field (`{!$Credential.Password}`): the platform substitutes it when the callout is sent, the log shows the placeholder, no credential.", () => ({ value: '{!$Credential.Password}', event: { ax: [`USER_DEBUG|[22]|DEBUG|body template: <Login><User>{!$Credential.UserName}</User><Pass>{!$Credential.Password}</Pass></Login>`] } })),
    2,
    plant('session-id', 'apex-user-debug-salesforce-session-id', 'error', WHY.session("The batch prints `UserInfo.getSessionId()` before handing it to the middleware (`00D…!AQ…`), a Salesforce session id of the integration user"), ({ rng }) => {
      const sid = `00D8d000001AbCd!AQ4AQ${rng.alnum(6)}.${rng.b64url(90).replace(/[-_]/g, 'x')}`;
      return { value: sid, event: { ax: [`USER_DEBUG|[19]|DEBUG|session for middleware: ${sid}`] } };
    }),
    2,
    plant('api-key-name', 'apex-callout-loqate-capitalised-key', 'error', `${WHY.apiKey('Key')} Loqate's address capture API takes it as \`Key=\` in the query (\`AA11-AA11-AA11-AA11\`); CALLOUT_REQUEST writes the endpoint.`, ({ rng }) => {
      const key = [0, 1, 2, 3].map(() => `${upperNum(rng, 2).replace(/[0-9]/g, 'K')}${digits(rng, 2)}`).join('-');
      return { value: key, event: { ax: [`CALLOUT_REQUEST|[73]|System.HttpRequest[Endpoint=https://api.addressy.com/Capture/Interactive/Find/v1.10/json3.ws?Key=${key}&Text=BA5+2QR&Countries=GB, Method=GET]`, `CALLOUT_RESPONSE|[73]|System.HttpResponse[Status=OK, StatusCode=200]`] } };
    }),
    2,
    plant('refresh-token', 'apex-user-debug-token-response-body', 'error', `${WHY.refresh} The batch debugs the payment gateway's token response body (\`res.getBody()\`) before parsing it.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { ax: [`USER_DEBUG|[57]|DEBUG|token response: {"access_token":"${rng.b64url(40)}","token_type":"bearer","expires_in":7200,"refresh_token":"${rt}"}`] } };
    }),
    2,
    plant('framework-dump', 'apex-variable-assignment-credentials-map', 'error', "At APEX_CODE FINEST the log records every variable assignment; a `Map<String,String>` of the HMRC Gift Aid gateway's login is written as JSON with its `password`.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { ax: [`VARIABLE_ASSIGNMENT|[31]|creds|{"password":"${pw}","senderId":"WEXCOMBE${digits(rng, 3)}"}|0x${rng.hex(8)}`] } };
    }),
    2,
    plant('header-dump', 'apex-user-debug-headers-map-basic', 'error', "The batch prints the headers it set as an Apex `Map` (`{Authorization=Basic <base64>, …}`): `user:password` of the card processor's reporting API.", ({ rng }) => {
      const b = b64Of(`wexcombe-reports:${rng.alnum(20)}`);
      return { value: b, event: { ax: [`USER_DEBUG|[64]|DEBUG|headers {Accept=application/json, Authorization=Basic ${b}}`] } };
    }),
    2,
    plant('webhook', 'apex-callout-zulip-incoming-webhook', 'error', WHY.webhook("A Zulip incoming webhook (`/api/v1/external/slack_incoming?api_key=…&stream=…`), the bot's key in the query; CALLOUT_REQUEST writes the endpoint"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ax: [`CALLOUT_REQUEST|[112]|System.HttpRequest[Endpoint=https://wexcombe.zulipchat.com/api/v1/external/slack_incoming?api_key=${key}&stream=fundraising, Method=POST]`, `CALLOUT_RESPONSE|[112]|System.HttpResponse[Status=OK, StatusCode=200]`] } };
    }),
    2,
    plant('negative', 'apex-record-id', 'none', "An 18-character Salesforce record id (an Opportunity's): an identifier, no credential.", ({ rng }) => {
      const id = `0068d00000${rng.alnum(5)}AAF`;
      return { value: id, event: { ax: [`USER_DEBUG|[88]|DEBUG|claimed gift aid for ${id}`] } };
    }),
    2,
    { raw: { ax: [`CODE_UNIT_FINISHED|GiftAidBatch`, 'EXECUTION_FINISHED'] } },
  ];
  return buildLog(rng, { start: START + 2000, site: { host: 'sf' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// pfsense-guest.log: the country-house hotel's pfSense 2.7 firewall logging to a remote server with "Log Message
// Format: RFC 5424, with RFC 3339 microsecond-precision timestamps" (BST): `<PRI>1 <time> <host> <program> <pid> - -
// <message>`; the captive portal's `logportalauth` lines (`Zone: guests - ACCEPT: <user>, <mac>, <ip>`), dhcpd, and
// the hotel's custom portal page (PHP through php-fpm's `/index.php:` messages). The setting from
// https://docs.netgate.com/pfsense/en/latest/captiveportal/configuration.html (read through search: zones, vouchers);
// the line contents from memory.

function pfsenseLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 23)}${digits(rng, 3)}${zoneColon(BST)}`;
  const render = (e) => e.pf.map(([pri, prog, pid, msg]) => `<${pri}>1 ${stamp(e.t)} fw-ashdown.${WX} ${prog} ${pid} - - ${msg}`);
  const mac = (rng) => Array.from({ length: 6 }, () => rng.hex(2)).join(':');
  const guest = (rng) => `10.61.${rng.int(0, 3)}.${rng.int(10, 250)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ pf: [[134, 'logportalauth', rng.int(40000, 49999), `Zone: guests - ACCEPT: ${rng.int(101, 240)}-${rng.pick(['ashdown', 'quantock', 'mendip'])}, ${mac(rng)}, ${guest(rng)}`]] }),
      () => ({ pf: [[134, 'logportalauth', rng.int(40000, 49999), `Zone: guests - DISCONNECT - IDLE TIMEOUT: ${rng.int(101, 240)}-${rng.pick(['ashdown', 'quantock'])}, ${mac(rng)}, ${guest(rng)}`]] }),
      () => ({ pf: [[30, 'dhcpd', rng.int(60000, 69999), `DHCPREQUEST for ${guest(rng)} from ${mac(rng)} via igb1.20`]] }),
      () => ({ pf: [[134, 'filterlog', rng.int(70000, 79999), `${rng.int(4, 90)},,,1000000103,igb0,match,block,in,4,0x0,,${rng.int(40, 250)},${rng.int(1000, 60000)},0,none,6,tcp,60,${publicIp(rng)},203.0.113.10,${rng.int(1024, 65535)},${rng.pick([22, 23, 3389, 445])},0,S,${digits(rng, 9)},,64240,,mss`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'pfsense-dhcp-ack-mac', 'none', "A guest device's MAC address in dhcpd's DHCPACK: a hardware address, no credential.", ({ rng }) => {
      const m = mac(rng);
      return { value: m, event: { pf: [[30, 'dhcpd', rng.int(60000, 69999), `DHCPACK on 10.61.2.${rng.int(10, 250)} to ${m} (Pixel-9a) via igb1.20`]] } };
    }),
    5,
    plant('api-key-name', 'pfsense-portal-page-pms-key', 'error', `${WHY.apiKey('pms_key')} The custom portal page looks up the guest's room in the hotel's property management system with the key in the query, and logs the URL when the lookup fails.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { pf: [[131, 'php-fpm', rng.int(300, 999), `/index.php: guests: PMS lookup failed (HTTP 504) https://pms.${WX}/api/v2/guest?room=${rng.int(101, 240)}&surname=H***&pms_key=${key}`]] } };
    }),
    5,
    plant('session-id', 'pfsense-portal-logout-id', 'error', WHY.session("The captive portal's logout URL carries the portal session id (`logout_id=<id>`); the custom page logs the URL it showed to a guest, and whoever has it can end or take over that guest's portal session"), ({ rng }) => {
      const sid = rng.hex(16);
      return { value: sid, event: { pf: [[134, 'php-fpm', rng.int(300, 999), `/index.php: guests: logout popup https://10.61.0.1:8002/index.php?zone=guests&logout_id=${sid}`]] } };
    }),
    5,
    plant('replay', 'pfsense-portal-one-time-ticket-login', 'note', WHY.ticketFirst("A one-time login link from the booking confirmation (`?ticket=`), redeemed once by a guest's phone; the custom page logs the ticket and the device. The ticket is"), ({ rng }) => {
      const tk = rng.b64url(22);
      return { value: tk, event: { pf: [[134, 'php-fpm', rng.int(300, 999), `/index.php: guests: ticket login ticket=${tk} mac=${mac(rng)} room=${rng.int(101, 240)} granted=1440min`]] } };
    }),
    5,
    plant('encoded', 'pfsense-portal-redirurl-lowercase-percent-encoded-guest-token', 'error', "The portal's `redirurl` after ACCEPT is the guest's booking page, percent-encoded in lower-case hex (`%3f`, `%3d`, `%26`), whose `guest_token` opens the stay's booking and bill.", ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { pf: [[134, 'php-fpm', rng.int(300, 999), `/index.php: guests: redirect after ACCEPT to redirurl=https%3a%2f%2fbook.${WX}%2fmy-stay%3fguest_token%3d${tok}%26room%3d${rng.int(101, 240)}`]] } };
    }),
    5,
    plant('negative', 'pfsense-portal-css-cache-buster', 'none', "A stylesheet's cache buster (`?v=<8 hex>`) on the portal page: a version marker, no credential.", ({ rng }) => {
      const v = rng.hex(8);
      return { value: v, event: { pf: [[131, 'php-fpm', rng.int(300, 999), `/index.php: guests: asset missing captiveportal-ashdown.css?v=${v}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'fw' }, filler, render, steps });
}

// =====================================================================================================================
// Te Hau Kōwhai (Māori; Aotearoa before daylight saving: NZST, UTC+12)
// =====================================================================================================================

const TK = 'tehaukowhai.example';

// ---------------------------------------------------------------------------------------------------------------------
// liquidsoap.log: Liquidsoap 2.2 with `log.unix_timestamps := true` and `harbor.verbose := true` (the station debugs a
// DJ's log-in): `<epoch seconds with 2 decimals> [<label>:<level>] <message>`; the script's `log()` lines under
// `[lang:3]`, in Māori. https://www.liquidsoap.info/doc-dev/harbor and https://liquidsoap.info/doc-2.1.1/harbor.html
// (read through search: `harbor.verbose` prints the source clients' passwords) and a pasted 1.3 log (the
// `yyyy/mm/dd HH:MM:SS [label:level]` layout); the unix-timestamp layout from memory.

function liquidsoapLog(rng) {
  const stamp = (t) => `${Math.floor(t / 1000)}.${pad(Math.floor((t % 1000) / 10))}`;
  const render = (e) => e.lq.map(([label, lvl, msg]) => `${stamp(e.t)} [${label}:${lvl}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ lq: [['playlist', 3, `Next track: /srv/waiata/${rng.pick(['ahiahi', 'ata', 'po'])}/${digits(rng, 4)}.mp3`]] }),
      () => ({ lq: [['decoder.ffmpeg', 4, `Decoding /srv/waiata/ata/${digits(rng, 4)}.mp3 at ${rng.pick([44100, 48000])}Hz`]] }),
      () => ({ lq: [['output.icecast', 3, `Connecting mount /ora for source@icecast:8000...`], ['output.icecast', 3, 'Connection setup was successful.']] }),
      () => ({ lq: [['lang', 3, `Kua whakahou te rārangi waiata (playlist reloaded): ${rng.int(200, 900)} waiata`]] }),
      () => ({ lq: [['clock.main', 4, `Catchup ${(rng.int(1, 90) / 100).toFixed(2)}s`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'liquidsoap-musicbrainz-recording-id', 'none', "A MusicBrainz recording id in the track's metadata: a public identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { lq: [['lang', 3, `metadata: title="Pōkarekare Ana" artist="Te Hau Kōwhai Kapa Haka" musicbrainz_trackid=${id}`]] } };
    }),
    5,
    plant('header-dump', 'liquidsoap-harbor-headers-list-basic', 'error', "The script's `on_connect` callback logs the source client's headers as a Liquidsoap list of pairs (`[(\"authorization\", \"Basic <base64>\"), …]`): `source:<password>` of the studio mount.", ({ rng }) => {
      const b = b64Of(`source:${rng.alnum(18)}`);
      return { value: b, event: { lq: [['lang', 3, `Kua hono mai he kaipāho (source connected), headers: [("authorization", "Basic ${b}"), ("user-agent", "Mixxx/2.4.1"), ("content-type", "audio/mpeg"), ("ice-name", "Te Hau Kōwhai")]`]] } };
    }),
    5,
    plant('id-token', 'liquidsoap-harbor-verbose-password-expired-id-token', 'note', "With `harbor.verbose` the harbor prints the password a source client sent; the DJ's encoder sends the station's ID token as password, and this one expired an hour before the line (a Unix timestamp)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200 + rng.int(60, 900), jti: true, claims: { iss: `https://tuakiri.${TK}`, sub: 'kaipaho-rangi', aud: 'harbor', ingoa: 'Rangi' } });
      return { value: token, jwt: facts, event: { lq: [['harbor', 4, `Source client on /ora: user "tuakiri", password "${token}"`], ['harbor', 2, 'Authentication failed for /ora.']] } };
    }),
    5,
    plant('api-key-name', 'liquidsoap-now-playing-ki-api', 'error', `${WHY.apiKey('ki_api')} (\`kī\` is "key") The script pushes the song playing to the website with the key in the query and logs the call.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { lq: [['lang', 3, `Tuku inaianei (now playing): https://${TK}/api/inaianei?ki_api=${key}&taitara=P%C5%8Dkarekare%20Ana`]] } };
    }),
    5,
    plant('webhook', 'liquidsoap-webex-incoming-webhook', 'error', WHY.webhook("A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`) the script posts dead-air alerts to; its error writes the URL"), ({ rng }) => {
      const id = Buffer.from(`ciscospark://us/WEBHOOK/${rng.uuid()}`).toString('base64').replace(/=+$/, '');
      return { value: id, event: { lq: [['lang', 2, `Hapa i te tuku whakamōhiotanga (alert post failed, 404): https://webexapis.com/v1/webhooks/incoming/${id}`]] } };
    }),
    5,
    plant('path-secret', 'liquidsoap-recorded-show-private-link', 'error', WHY.pathSecret("A private link to a recorded show (`/hotaka/tiaki/<token>/…`, \"kept programme\") the script logs after the recording is published"), ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { lq: [['lang', 3, `Kua tiakina te hōtaka (recording saved): https://irirangi.${TK}/hotaka/tiaki/${tok}/ahiahi-2027-09-21.mp3`]] } };
    }),
    5,
    plant('negative', 'liquidsoap-decoder-cache-sha1', 'none', "A cache file named by a SHA-1 of the track: a digest, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { lq: [['decoder', 4, `Using cached file /var/cache/liquidsoap/${h}.wav`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'irirangi' }, filler, render, steps });
}


// ---------------------------------------------------------------------------------------------------------------------
// plack-opac-error.log: Koha 24.05's `/var/log/koha/<instance>/plack-opac-error.log`: Log4perl lines in Koha's default
// `[%d] [%p] %m %l%n` (`yyyy/MM/dd HH:mm:ss`, local time, no zone; `%l` the caller, file and line), Perl's own
// warnings, and a Data::Dumper dump a local plugin prints. The trust's plugin (`Koha::Plugin::NZ::TeHauKowhai`) logs in
// Māori. From memory, not fetched.

function kohaLog(rng) {
  const stamp = (t) => ymdHmsAt(t, NZST).replace(/-/g, '/');
  const render = (e) => e.kh.map((x) => (typeof x === 'string' ? x : `[${stamp(e.t)}] [${x[0]}] ${x[1]} ${x[2]}`));
  const PL = 'Koha::Plugin::NZ::TeHauKowhai::opac_head /var/lib/koha/pukapuka/plugins/Koha/Plugin/NZ/TeHauKowhai.pm';
  const filler = (rng) =>
    rng.pick([
      () => ({ kh: [`Use of uninitialized value $limit in concatenation (.) or string at /usr/share/koha/opac/cgi-bin/opac/opac-search.pl line ${rng.int(500, 700)}.`] }),
      () => ({ kh: [['WARN', `No record found for biblionumber ${rng.int(1000, 90000)}`, `C4::Biblio::GetMarcBiblio /usr/share/koha/lib/C4/Biblio.pm (${rng.int(1000, 1400)})`]] }),
      () => ({ kh: [['INFO', `Kua uru te kaiwhakamahi (patron logged in): ${rng.int(1000, 9999)}`, `${PL} (${rng.int(40, 90)})`]] }),
      () => ({ kh: [['WARN', `Z39.50 target natlib timed out after ${rng.int(5, 30)}s`, `C4::Breeding::Z3950Search /usr/share/koha/lib/C4/Breeding.pm (${rng.int(200, 400)})`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'koha-csrf-token-warning', 'none', "Koha's `csrf_token` (Koha::Token) named in a rejected form's warning: a CSRF token, no credential.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { kh: [['WARN', `Wrong CSRF token csrf_token=${v},${digits(rng, 10)} for opac-memberentry`, `Koha::Token::check_csrf /usr/share/koha/lib/Koha/Token.pm (${rng.int(90, 130)})`]] } };
    }),
    5,
    plant('oauth-code', 'koha-googleopenidconnect-callback-url', 'warning', `${WHY.code} The plugin logs the OpenID Connect callback of Koha's \`svc/auth/googleopenidconnect\` it could not complete, \`code\` and \`state\` in the URL.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, event: { kh: [['WARN', `Kāore i whakaaetia te takiuru (login rejected): https://pukapuka.${TK}/cgi-bin/koha/svc/auth/googleopenidconnect?state=${rng.hex(32)}&code=${code}&scope=openid%20email`, `${PL} (${rng.int(120, 160)})`]] } };
    }),
    5,
    plant('session-id', 'koha-data-dumper-cgi-session-id', 'error', WHY.session("A plugin dumps the patron's CGI::Session with Data::Dumper over several lines; `'_SESSION_ID' => '<id>'` is the OPAC session (Koha's CGISESSID)"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { kh: [['DEBUG', 'whakamātau wāhanga (session check):', `${PL} (${rng.int(60, 80)})`], '$VAR1 = {', `          '_SESSION_ID' => '${sid}',`, `          'number' => '${rng.int(1000, 9999)}',`, `          'branch' => 'WHANGANUI',`, `          '_SESSION_ETIME' => 7200,`, `          'ip' => '${publicIp(rng)}'`, '        };'] } };
    }),
    5,
    plant('path-secret', 'koha-password-recovery-uniquekey', 'error', WHY.pathSecret("Koha's password recovery link (`opac-password-recovery.pl?uniqueKey=<key>`), which the plugin logs after the notice is queued"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { kh: [['INFO', `Kua tukuna te hononga whakahou kupuhipa (password reset link queued): https://pukapuka.${TK}/cgi-bin/koha/opac-password-recovery.pl?uniqueKey=${key}`, `${PL} (${rng.int(200, 240)})`]] } };
    }),
    5,
    plant('api-key-name', 'koha-plugin-ki-whakauru', 'error', `${WHY.apiKey('ki_whakauru')} ("entry key") The plugin queries the Māori subject headings service with the key in the query and logs the URL when it fails.`, ({ rng }) => {
      const key = rng.hex(36);
      return { value: key, event: { kh: [['WARN', `Hapa i te ratonga upoko kaupapa (headings service error 500): https://kupu.${TK}/api/upoko?ui=whenua&ki_whakauru=${key}`, `${PL} (${rng.int(300, 340)})`]] } };
    }),
    5,
    plant('encoded', 'koha-plugin-hoatu-base64-json', 'error', "The hand-off to the e-book lender (`hoatu=`, \"give\") is standard base64 JSON with the patron's library card and PIN (`kupuhipa`); the plugin logs the redirect.", ({ rng }) => {
      const h = b64Of(JSON.stringify({ kaari: `THK${digits(rng, 7)}`, kupuhipa: digits(rng, 6) + rng.alnum(4), whare: 'WHANGANUI' }));
      return { value: h, event: { kh: [['INFO', `Ka tukuna ki te pukapuka-e (redirect to e-books): https://epukapuka.${TK}/sso?hoatu=${h}`, `${PL} (${rng.int(400, 440)})`]] } };
    }),
    5,
    plant('negative', 'koha-cover-image-isbn-url', 'none', "A cover image URL built from an ISBN: a public book identifier, no credential.", ({ rng }) => {
      const isbn = `97819${digits(rng, 8)}`;
      return { value: isbn, event: { kh: [['WARN', `Cover not found: https://images-na.ssl-images-amazon.com/images/P/${isbn}.01.MZZZZZZZ.jpg`, `C4::Images::opac_cover /usr/share/koha/lib/C4/Images.pm (${rng.int(80, 120)})`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'koha' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// drush-watchdog-show.yml: `drush watchdog:show --extended --format=yaml --count=40` on the Mukurtu CMS 4 (Drupal 10)
// taonga archive, saved to a file: entries keyed by wid, with `wid`, `type`, `message`, `severity`, `location` (the
// request URL), `referer`, `hostname`, `date` (`d/M H:i`, site time, no zone), `username`, `uid`; a multi-line message
// as a YAML block scalar. From memory, not fetched.

function drushLog(rng) {
  let wid = 48200;
  const q = (s) => `'${String(s).replace(/'/g, "''")}'`;
  const dt = (t) => { const l = local(t, NZST); return `${l.slice(8, 10)}/${MONTHS[Number(l.slice(5, 7)) - 1]} ${l.slice(11, 16)}`; };
  const render = (e) => {
    wid += rng.int(1, 9);
    const msg = Array.isArray(e.message) ? ['  message: |', ...e.message.map((l) => `    ${l}`)] : [`  message: ${q(e.message)}`];
    return [`${wid}:`, `  wid: '${wid}'`, `  type: ${q(e.type)}`, ...msg, `  severity: ${e.severity}`, `  location: ${q(e.location)}`, `  referer: ${q(e.referer === undefined || e.referer === '-' ? '' : e.referer)}`, `  hostname: ${e.ip}`, `  date: '${dt(e.t)}'`, `  username: ${e.username ?? 'Anonymous'}`, `  uid: '${e.uid ?? 0}'`];
  };
  const T = `https://taonga.${TK}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ type: 'page not found', message: `/${rng.pick(['wp-admin/setup-config.php', '.env', 'kohinga/999999', 'xmlrpc.php'])}`, severity: 'Warning', location: `${T}/${rng.pick(['wp-admin/setup-config.php', '.env'])}` }),
      () => ({ type: 'user', message: `Session opened for kaitiaki${rng.int(1, 9)}.`, severity: 'Notice', location: `${T}/user/login`, referer: `${T}/`, username: `kaitiaki${rng.int(1, 9)}`, uid: rng.int(2, 40) }),
      () => ({ type: 'cron', message: `Cron run completed.`, severity: 'Notice', location: `${T}/admin/reports/status`, username: 'admin', uid: 1 }),
      () => ({ type: 'mukurtu_protocol', message: `Kua whakahouhia ngā kawa (protocols updated) for node ${rng.int(100, 2000)}`, severity: 'Info', location: `${T}/node/${rng.int(100, 2000)}/edit`, username: 'kaitiaki2', uid: 7 }),
    ])();
  const steps = [
    2,
    plant('negative', 'drupal-image-style-itok', 'none', "An image style derivative's `itok=` (Drupal's HMAC that stops derivative generation abuse): a token over the image path, no credential.", ({ rng }) => {
      const itok = rng.b64url(8);
      return { value: itok, event: { type: 'page not found', message: '/sites/default/files/styles/large/public/taonga/kete-whakairo.jpg', severity: 'Warning', location: `${T}/sites/default/files/styles/large/public/taonga/kete-whakairo.jpg?itok=${itok}` } };
    }),
    2,
    plant('path-secret', 'drupal-one-time-login-confirm-page-location', 'error', WHY.pathSecret("Drupal's one-time login link (`/user/reset/<uid>/<timestamp>/<hash>`), still unused: a PHP warning raised while the confirmation page rendered has it as its `location`, and the link logs in as the member once the button is pressed"), ({ rng, t }) => {
      const hash = rng.b64url(43);
      return { value: hash, event: { type: 'php', message: 'Warning: Undefined array key "mukurtu_reo" in mukurtu_tuakiri_form_user_pass_reset_alter() (line 64 of /var/www/mukurtu/web/modules/custom/mukurtu_tuakiri/mukurtu_tuakiri.module).', severity: 'Warning', location: `${T}/user/reset/57/${Math.floor(t / 1000) - rng.int(60, 900)}/${hash}`, referer: '' } };
    }),
    2,
    plant('embed-jwt', 'drupal-page-not-found-embed-jwt-no-exp', 'error', "A collection viewer embedded on a marae website (`/embed/kohinga/<JWT>`, a token without `exp`) hit a removed route: Drupal's `page not found` entry has it in its message and again in its `location`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { iss: T, kohinga: `kohinga-${rng.int(10, 99)}`, kawa: 'whanau-anake' } });
      return { value: token, jwt: facts, event: { type: 'page not found', message: `/embed/kohinga/${token}`, severity: 'Warning', location: `${T}/embed/kohinga/${token}`, referer: `https://marae-${rng.pick(['a', 'b'])}.${TK}/taonga` } };
    }),
    2,
    plant('oauth-code', 'drupal-openid-connect-location-code', 'warning', `${WHY.code} The openid_connect module's error entry has the callback as its \`location\` (\`/openid-connect/tuakiri?code=…&state=…\`).`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { type: 'openid_connect', message: 'Could not retrieve tokens: Server error: `POST https://tuakiri.tehaukowhai.example/token` resulted in a `502 Bad Gateway` response', severity: 'Error', location: `${T}/openid-connect/tuakiri?code=${code}&state=${rng.b64url(43)}` } };
    }),
    2,
    plant('framework-dump', 'drupal-block-message-print-r-form-values-pass', 'error', "A custom module logs the login form's values with `print_r()`; the entry's message is a multi-line block in drush's YAML, and `[pass]` holds the member's password.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { type: 'mukurtu_tuakiri', message: ['Kāore i taea te takiuru (login failed): Array', '(', '    [name] => kaitiaki3', `    [pass] => ${pw}`, '    [form_id] => user_login_form', ')'], severity: 'Warning', location: `${T}/user/login`, referer: `${T}/user/login` } };
    }),
    2,
    plant('implicit-fragment', 'drupal-js-error-log-location-href', 'error', "The archive's JavaScript error logger sends `location.href`; after the app's implicit sign-in it holds `#access_token=`, and the module writes it in the entry's message.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { type: 'mukurtu_hapa_js', message: `Hapa JS (JS error) i ${T}/kohinga/whakaahua#access_token=${at}&token_type=Bearer&expires_in=3600: ReferenceError: kawa is not defined`, severity: 'Error', location: `${T}/mukurtu/hapa-js` } };
    }),
    2,
    plant('api-key-name', 'drupal-guzzle-percent-encoded-macron-ki-matua', 'error', `${WHY.apiKey('kī_matua')} ("master key", percent-encoded as \`k%C4%AB_matua\`) A Guzzle exception's message writes the full request URI of the geospatial lookup.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { type: 'php', message: `GuzzleHttp\\Exception\\ClientException: Client error: \`GET https://whenua.${TK}/api/wahi?ingoa=Whanganui&k%C4%AB_matua=${key}\` resulted in a \`403 Forbidden\` response in GuzzleHttp\\Exception\\RequestException::create() (line 113 of /var/www/mukurtu/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php).`, severity: 'Error', location: `${T}/node/812` } };
    }),
    2,
    plant('negative', 'drupal-form-build-id', 'none', "A Form API `form_build_id` (`form-<43 base64url>`), the key of a cached form: an identifier, no credential.", ({ rng }) => {
      const id = `form-${rng.b64url(43)}`;
      return { value: id, event: { type: 'php', message: `Drupal\\Core\\Form\\FormAjaxException: Invalid form POST data (form_build_id ${id} not found).`, severity: 'Error', location: `${T}/system/ajax` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'taonga' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// CiviCRM.d8c41f7b90a2e6f3.log: CiviCRM 5.7x's debug log in `files/civicrm/ConfigAndLog/` on the Drupal site of the
// koha desk (PEAR Log's file format as CiviCRM sets it: `Mon DD HH:MM:SS  [<level>] <message>`, local time without year
// or zone; `print_r()` dumps over several lines with a blank line after). Log location from a gist and the Log Viewer
// extension's README (read through search); the line layout from memory.

function civicrmLog(rng) {
  const stamp = (t) => { const l = local(t, NZST); return `${MONTHS[Number(l.slice(5, 7)) - 1]} ${l.slice(8, 10)} ${l.slice(11, 19)}`; };
  const render = (e) => e.cv.map((x, i) => (i === 0 ? `${stamp(e.t)}  [${x[0]}] ${x[1]}` : x));
  const filler = (rng) =>
    rng.pick([
      () => ({ cv: [['info', `$Contribution ${rng.int(1000, 9000)} = Completed (koha NZD ${rng.int(5, 500)}.00)`]] }),
      () => ({ cv: [['debug', `CRM_Core_Payment_BaseIPN::validateData: contribution ${rng.int(1000, 9000)} ok`]] }),
      () => ({ cv: [['info', `Scheduled job "Send Scheduled Mailings" ran in ${(rng.int(5, 400) / 100).toFixed(2)}s`]] }),
      () => ({ cv: [['warning', `Kāore he īmēra mō te kaitautoko (no email for supporter) ${rng.int(1000, 9000)}`]] }),
    ])();
  const dump = (title, o) => [[`debug`, `${title} = Array`], '(', ...Object.entries(o).map(([k, v]) => `    [${k}] => ${v}`), ')', ''];
  const steps = [
    5,
    plant('negative', 'civicrm-qfkey', 'none', "CiviCRM's QuickForm key (`qfKey=<32 hex>_<n>`), a per-form key against CSRF and double submission: no credential.", ({ rng }) => {
      const k = `${rng.hex(32)}_${rng.int(1000, 9999)}`;
      return { value: k, event: { cv: [['warning', `Could not find valid Key: civicrm/contribute/transact qfKey=${k}`]] } };
    }),
    5,
    plant('path-secret', 'civicrm-contact-checksum-link', 'error', WHY.pathSecret("A contribution page link with a contact checksum (`cid=…&cs=<hash>_<timestamp>_<hours>`), which opens the page as that supporter with their details filled in; the desk logs the link it mailed"), ({ rng, t }) => {
      const cs = `${rng.hex(32)}_${Math.floor(t / 1000) - rng.int(60, 3000)}_168`;
      return { value: cs, event: { cv: [['info', `Kua tukuna te hononga koha (donation link sent): https://koha.${TK}/civicrm/contribute/transact?reset=1&id=4&cid=${rng.int(1000, 9000)}&cs=${cs}`]] } };
    }),
    5,
    plant('framework-dump', 'civicrm-print-r-payment-processor-password', 'error', "A `print_r()` of the payment processor array (PayPal Pro's classic API): `[password] =>` and `[signature] =>` are written in clear, one a line.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { cv: dump('$paymentProcessor', { id: 3, name: 'PayPal Koha', user_name: `koha_api1.${TK}`, password: pw, url_api: 'https://api-3t.paypal.com/' }) } };
    }),
    5,
    plant('session-id', 'civicrm-print-r-cookie-drupal-ssess', 'error', WHY.session("A `print_r($_COOKIE)` dump: Drupal's session cookie (`[SSESS<hash>] => <id>`) of the staff member working the koha desk"), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { cv: dump('$_COOKIE', { [`SSESS${rng.hex(32)}`]: sid, 'Drupal.visitor.mukurtu_lang': 'mi', has_js: 1 }) } };
    }),
    5,
    plant('refresh-token', 'civicrm-oauth-client-print-r-token', 'error', `${WHY.refresh} CiviCRM's OAuth client (\`oauth-client\`) logs the token it stored for the mail account with \`print_r()\`, \`[refresh_token] =>\` on its own line.`, ({ rng }) => {
      const rt = `1//0g${rng.b64url(96)}`;
      return { value: rt, event: { cv: dump('OAuthSysToken', { id: 2, client_id: 1, grant_type: 'authorization_code', token_type: 'Bearer', refresh_token: rt, expires: Math.floor(DAY0 / 1000) + 3599 }) } };
    }),
    5,
    plant('webhook', 'civicrm-make-webhook', 'error', WHY.webhook("A Make scenario webhook (`hook.<zone>.make.com/<id>`) the desk posts new koha to; the extension's error writes the URL"), ({ rng }) => {
      const id = lowerNum(rng, 32);
      return { value: id, event: { cv: [['error', `Hapa webhook (webhook error): cURL error 28: Operation timed out after 10001 milliseconds for https://hook.eu2.make.com/${id}`]] } };
    }),
    5,
    plant('api-key-name', 'civicrm-rest-site-key', 'error', `${WHY.apiKey('key')} CiviCRM's site key, which its REST endpoint takes as \`key=\` beside the user's API key (sent here in \`X-Civi-Key\`); the extension logs the request URL it received.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { cv: [['info', `REST request: /civicrm/ajax/rest?entity=Contribution&action=create&json=1&key=${key}`]] } };
    }),
    5,
    plant('negative', 'civicrm-paypal-trxn-id', 'none', "A PayPal transaction id (`trxn_id`): a payment reference, no credential.", ({ rng }) => {
      const v = upperNum(rng, 17);
      return { value: v, event: { cv: [['info', `IPN ok: trxn_id=${v} payment_status=Completed`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'civi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mixxx.log: Mixxx 2.4's `mixxx.log` of the studio's DJ laptop (`<Level> [<thread>]: <message>`, no time), with Live
// Broadcasting to the station and track identification through AcoustID; Qt's QDebug forms (`QUrl("…")`,
// `QList((…), …)`). From memory, not fetched.

function mixxxLog(rng) {
  const render = (e) => e.mx.map(([lvl, th, msg]) => `${lvl} [${th}]: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ mx: [['Debug', 'Engine', `EngineBuffer: Track loaded in deck [Channel${rng.int(1, 2)}]: ${rng.int(100, 2000)}`]] }),
      () => ({ mx: [['Info', 'Main', `Analysis of track ${rng.int(100, 2000)} finished in ${rng.int(300, 4000)} ms`]] }),
      () => ({ mx: [['Debug', 'BroadcastManager', `ShoutConnection: bytes sent ${rng.int(100000, 9000000)}, queue ${rng.int(0, 5)}`]] }),
      () => ({ mx: [['Warning', 'Main', `SoundManager: xrun on device "USB Audio CODEC" (${rng.int(1, 4)})`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'mixxx-acoustid-fingerprint', 'none', "A Chromaprint fingerprint (`AQAD…`) of a track, computed for AcoustID: a digest of the audio, no credential.", ({ rng }) => {
      const fp = `AQAD${rng.b64url(120)}`;
      return { value: fp, event: { mx: [['Debug', 'TrackCollection', `Chromaprint fingerprint of track ${rng.int(100, 2000)}: ${fp}`]] } };
    }),
    5,
    plant('api-key-name', 'mixxx-acoustid-client-key', 'error', `${WHY.apiKey('client')} AcoustID's lookup takes the application's key as \`client=\`; the station registered its own, and Mixxx's debug line writes the QUrl.`, ({ rng }) => {
      const key = rng.alnum(10);
      return { value: key, event: { mx: [['Debug', 'AcoustidClient 1', `GET QUrl("https://api.acoustid.org/v2/lookup?format=json&client=${key}&duration=241&meta=recordingids")`]] } };
    }),
    5,
    plant('header-dump', 'mixxx-qlist-request-headers-bearer', 'error', "The station's now-playing controller mapping logs its request headers as Qt's `QList((\"Authorization\", \"Bearer <token>\"), …)`: the studio's opaque API token.", ({ rng }) => {
      const tok = `thk_${rng.alnum(40)}`;
      return { value: tok, event: { mx: [['Debug', 'Controller', `NetworkTask: request headers QList(("Authorization", "Bearer ${tok}"), ("Accept", "application/json"))`]] } };
    }),
    5,
    plant('encoded', 'mixxx-qurl-nested-percent-encoded-tohu', 'error', "A sign-in URL opened from Mixxx whose `hoki` (\"return\") parameter is the DJ page's URL percent-encoded once, with the DJ's access token under `tohu` (\"token\", `%3Ftohu%3D…`).", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { mx: [['Debug', 'Main', `Opening QUrl("https://${TK}/whakauru?hoki=https%3A%2F%2Firirangi.${TK}%2Fkaipaho%3Ftohu%3D${tok}")`]] } };
    }),
    5,
    plant('negative', 'mixxx-keychain-reference', 'none', "The broadcast profile names where its password lives (`passwordKeychain=true`, a keychain entry's id): a reference, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { mx: [['Debug', 'BroadcastManager', `BroadcastProfile "Te Hau Kōwhai": passwordKeychain=true keychain id=${id}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'dj' }, filler, render, steps });
}

// =====================================================================================================================
// Chiedza Hub (Shona; Harare: CAT, UTC+2)
// =====================================================================================================================

const CH = 'chiedza.example';

// ---------------------------------------------------------------------------------------------------------------------
// pibooth.log: a pibooth 2.0 photo booth at events (`~/.config/pibooth/pibooth.log`, local time, no zone):
// `%(asctime)s [ %(levelname)-8s] %(name)-18s: %(message)s`; the studio's plugin (`pibooth-chiedza`: gallery upload,
// print-lab orders, free-print tikiti) logs in Shona. From memory, not fetched.

function piboothLog(rng) {
  const render = (e) => e.pb.map(([lvl, name, msg]) => `${ymdHmsAt(e.t, CAT)},${msPart(e.t)} [ ${lvl.padEnd(8)}] ${name.padEnd(18)}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ pb: [['INFO', 'pibooth', `Capture ${rng.int(1, 4)}/4 with camera gPhotoCamera`]] }),
      () => ({ pb: [['INFO', 'pibooth', `Saving picture /home/pi/Pictures/pibooth/2027-09-21-1${rng.int(0, 9)}-${pad(rng.int(0, 59))}-${pad(rng.int(0, 59))}_chiedza.jpg`]] }),
      () => ({ pb: [['INFO', 'pibooth.states', `Activate state '${rng.pick(['wait', 'choose', 'chosen', 'preview', 'capture', 'processing', 'print', 'finish'])}'`]] }),
      () => ({ pb: [['INFO', 'pibooth-chiedza', `Mufananidzo wakaiswa pagalari (picture uploaded) ${rng.int(100, 999)}`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'pibooth-cups-job-id', 'none', "A CUPS job id of the booth's printer (`Canon_SELPHY_CP1500-<n>`): a print queue id, no credential.", ({ rng }) => {
      const id = `Canon_SELPHY_CP1500-${rng.int(100, 999)}`;
      return { value: id, event: { pb: [['INFO', 'pibooth.printer', `Send file to printer: request id is ${id} (1 file(s))`]] } };
    }),
    5,
    plant('webhook', 'pibooth-ifttt-maker-key', 'error', WHY.webhook("An IFTTT Webhooks URL (`maker.ifttt.com/trigger/<event>/with/key/<key>`) the plugin triggers for each new picture; its warning writes the URL"), ({ rng }) => {
      const key = rng.b64url(22);
      return { value: key, event: { pb: [['WARNING', 'pibooth-chiedza', `IFTTT haina kushanda (failed, 429): https://maker.ifttt.com/trigger/mufananidzo_mutsva/with/key/${key}`]] } };
    }),
    5,
    plant('path-secret', 'pibooth-gallery-share-link', 'error', WHY.pathSecret("The event gallery's share link (`/albhamu/<token>`, \"album\"), which the plugin prints for the QR code; it opens every guest's pictures"), ({ rng }) => {
      const tok = rng.b64url(26);
      return { value: tok, event: { pb: [['INFO', 'pibooth-chiedza', `Chinongedzo chealbhamu (album link): https://mifananidzo.${CH}/albhamu/${tok}`]] } };
    }),
    5,
    plant('replay', 'pibooth-free-print-tikiti-once', 'note', WHY.ticketFirst("A free-print voucher (`tikiti`, \"ticket\") scanned at booth 1, single-use; the plugin logs the ticket and the booth. The ticket is"), ({ rng, t }) => {
      const tk = rng.alnum(20);
      firstUse.tikiti = t;
      return { value: tk, event: { pb: [['INFO', 'pibooth-chiedza', `Tikiti yagamuchirwa (accepted) tikiti=${tk} booth=chiedza-booth-1 prints=2`]] } };
    }, { ref: 'tikiti' }),
    2,
    plant('replay', 'pibooth-free-print-tikiti-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('tikiti').value, why: `${WHY.replay('tikiti', gap('tikiti', t))} Booth 2, another client, accepted the same free-print voucher again: the lab's API did not mark it spent.` }], event: { pb: [['INFO', 'pibooth-chiedza', `Tikiti yagamuchirwa (accepted) tikiti=${refs.get('tikiti').value} booth=chiedza-booth-2 prints=2`]] } }), { replayOf: 'tikiti', after: 118 }),
    5,
    plant('api-key-name', 'pibooth-print-lab-kiyi', 'error', `${WHY.apiKey('kiyi')} (\`kiyi\` is "key") The print lab's order API takes it in the query; the plugin's error writes the URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { pb: [['ERROR', 'pibooth-chiedza', `Odha haina kutumirwa (order not sent, 502): https://lab.${CH}/api/odha?kiyi=${key}&saizi=10x15`]] } };
    }),
    5,
    plant('negative', 'pibooth-picture-sha1-cache-key', 'none', "A thumbnail cache key (the SHA-1 of the picture): a digest, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { pb: [['DEBUG', 'pibooth.pictures', `Thumbnail cached as ${h}.png`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: 'booth' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// octoprint.log: OctoPrint 1.10's `octoprint.log` on the print farm's head node, the formatter's `datefmt` set in
// `logging.yaml` to `%Y-%m-%d %H:%M:%S%z` (CAT): `<date time+0200> - <logger> - <LEVEL> - <message>`; the farm plugin
// (`chiedza_farm`), a single sign-on plugin and urllib3's debug lines. The log files from
// https://docs.octoprint.org/en/master/bundledplugins/logging.html (read through search); the line layout from memory.

function octoprintLog(rng) {
  const render = (e) => e.op.map(([logger, lvl, msg]) => `${ymdHmsAt(e.t, CAT)}${zoneBasic(CAT)} - ${logger} - ${lvl} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ op: [['octoprint.printer.standard.job', 'INFO', `Print job done: ${rng.pick(['bracket', 'gear', 'keychain', 'vase'])}_${digits(rng, 3)}.gcode (${rng.int(10, 300)}min)`]] }),
      () => ({ op: [['octoprint.server.util.sockjs', 'INFO', `New connection from client: ${lan(rng, '10.62')}`]] }),
      () => ({ op: [['octoprint.plugins.chiedza_farm', 'INFO', `Printa ${rng.int(1, 12)}: tembiricha ${rng.int(190, 240)}/${rng.int(50, 100)} (temperatures)`]] }),
      () => ({ op: [['octoprint.util.comm', 'INFO', `Changing monitoring state from "Printing" to "Operational"`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'octoprint-plugin-repository-etag', 'none', "The plugin repository's ETag the update check compares: a cache validator, no credential.", ({ rng }) => {
      const e = `W/"${rng.hex(32)}"`;
      return { value: e, event: { op: [['octoprint.plugins.softwareupdate', 'DEBUG', `Plugin repository not modified (ETag ${e})`]] } };
    }),
    5,
    plant('api-key-name', 'octoprint-urllib3-connectionpool-apikey', 'error', `${WHY.apiKey('apikey')} The farm plugin polls the other printers' OctoPrint with the key in the query; urllib3's debug line writes the request line.`, ({ rng }) => {
      const key = rng.hex(32).toUpperCase();
      return { value: key, event: { op: [['urllib3.connectionpool', 'DEBUG', `http://printa-07.farm.${CH}:80 "GET /api/job?apikey=${key} HTTP/1.1" 200 412`]] } };
    }),
    5,
    plant('id-token', 'octoprint-sso-plugin-id-token-error', 'error', "The single sign-on plugin's error prints the ID token it refused (unknown `kid`): a live operator token, on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), alg: 'RS256', kid: rng.hex(20), claims: { iss: `https://kupinda.${CH}`, sub: 'mushandi-04', aud: 'octoprint-farm', roles: ['printa'] } });
      return { value: token, jwt: facts, event: { op: [['octoprint.plugins.chiedza_sso', 'ERROR', `id_token verification failed (kid not found): ${token}`]] } };
    }),
    5,
    plant('embed-jwt', 'octoprint-webcam-embed-120s-no-jti', 'warning', "The farm plugin logs the webcam embed it made for the shop screen (`/embed/kamera/<JWT>`, \"camera\"), a token valid 120 s without jti", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { iss: `https://purinda.${CH}`, kamera: `printa-${rng.int(1, 12)}` } });
      return { value: token, jwt: facts, event: { op: [['octoprint.plugins.chiedza_farm', 'INFO', `Kamera embed: https://purinda.${CH}/embed/kamera/${token}`]] } };
    }),
    5,
    plant('header-dump', 'octoprint-farm-push-headers-dict-bearer-jwt', 'error', "The farm plugin logs the headers of its status push as a Python dict (`'Authorization': 'Bearer <JWT>'`): the farm's service token, on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(20, 400), jti: true, claims: { iss: `https://kupinda.${CH}`, sub: 'svc-octoprint', aud: 'farm-api' } });
      return { value: token, jwt: facts, event: { op: [['octoprint.plugins.chiedza_farm', 'DEBUG', `POST https://api.${CH}/v1/printa/status headers={'Authorization': 'Bearer ${token}', 'Content-Type': 'application/json'}`]] } };
    }),
    5,
    plant('refresh-token', 'octoprint-cloud-plugin-token-dict', 'error', `${WHY.refresh} The order-queue plugin logs the token endpoint's answer as a Python dict when it renews its access.`, ({ rng }) => {
      const rt = `rt_${rng.b64url(48)}`;
      return { value: rt, event: { op: [['octoprint.plugins.chiedza_odha', 'DEBUG', `token renewed: ${pyDict({ access_token: rng.b64url(32), token_type: 'Bearer', expires_in: 1800, refresh_token: rt })}`]] } };
    }),
    5,
    plant('webhook', 'octoprint-rocket-chat-incoming-webhook', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the farm posts failed prints to; the plugin's warning writes the URL (the token is the secret part)"), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { op: [['octoprint.plugins.chiedza_farm', 'WARNING', `Rocket.Chat haina kugamuchira (not accepted, 400): https://chat.${CH}/hooks/${rng.alnum(17)}/${tok}`]] } };
    }),
    5,
    plant('negative', 'octoprint-gcode-analysis-sha256', 'none', "A G-code file's SHA-256 from the analysis queue: a digest, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { op: [['octoprint.filemanager.analysis', 'INFO', `Analysis of local:vase_${digits(rng, 3)}.gcode done (sha256 ${h})`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'octo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cura.log: Ultimaker Cura 5.8's `cura.log` on the lab's slicing workstation (local time, no zone):
// `<yyyy-mm-dd HH:MM:SS,mmm> - <LEVEL> - [<thread>] <module.function> [<line>]: <message>`; its OAuth2 login's local
// callback handler, and the studio's plugin (`ChiedzaOrders`). From memory, not fetched.

function curaLog(rng) {
  const render = (e) => e.cu.map(([lvl, th, where, msg]) => `${ymdHmsAt(e.t, CAT)},${msPart(e.t)} - ${lvl} - [${th}] ${where}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ cu: [['INFO', 'MainThread', `cura.CuraApplication._onEngineCreated [${rng.int(900, 1000)}]`, 'Engine created']] }),
      () => ({ cu: [['DEBUG', 'Thread-3', `UM.Backend.Backend._onSocketStateChanged [${rng.int(180, 200)}]`, `Backend connected on port ${rng.int(49000, 49999)}`]] }),
      () => ({ cu: [['INFO', 'MainThread', `cura.UI.PrintInformation._calculateInformation [${rng.int(100, 140)}]`, `Print time ${rng.int(1, 20)}h ${rng.int(0, 59)}m, filament ${rng.int(2, 90)}.${rng.int(0, 9)} m`]] }),
      () => ({ cu: [['INFO', 'MainThread', `ChiedzaOrders.ChiedzaOrders._poll [${rng.int(60, 80)}]`, `Odha ${rng.int(1000, 9999)} yagadzirirwa kudhindwa (order ready to print)`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'cura-digital-factory-cluster-id', 'none', "A Digital Factory cluster id (`um_cloud_cluster_id`) of a networked printer: an identifier, no credential.", ({ rng }) => {
      const id = rng.b64url(43);
      return { value: id, event: { cu: [['INFO', 'MainThread', 'cura.PrinterOutput.Cloud.CloudOutputDeviceManager._onDevicesDiscovered [196]', `Found cloud printer um_cloud_cluster_id=${id}`]] } };
    }),
    5,
    plant('oauth-code', 'cura-oauth2-local-callback-path', 'warning', `${WHY.code} Cura's login opens the browser and waits on a local port; its callback handler logs the path it received (\`/callback?code=…&state=…\`) when the exchange fails.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { cu: [['WARNING', 'Thread-7', 'cura.OAuth2.AuthorizationRequestHandler.do_GET [66]', `Could not exchange code for /callback?code=${code}&state=${rng.b64url(32)} (503)`]] } };
    }),
    5,
    plant('implicit-fragment', 'cura-plugin-webview-fragment', 'error', "The studio's plugin logs the page its embedded view landed on after the order portal's implicit sign-in, `#access_token=` in the fragment.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { cu: [['DEBUG', 'MainThread', 'ChiedzaOrders.ChiedzaOrders._onUrlChanged [112]', `Webview yasvika (landed) https://odha.${CH}/studio/#access_token=${at}&token_type=bearer&expires_in=7200`]] } };
    }),
    5,
    plant('framework-dump', 'cura-plugin-upload-kwargs-pasiwedhi', 'error', "The plugin logs the keyword arguments of its upload to the lab's queue as a Python dict; the form data carries the lab account's password under `pasiwedhi` (\"password\").", ({ rng }) => {
      const pw = rng.alnum(15);
      return { value: pw, event: { cu: [['DEBUG', 'Thread-9', 'ChiedzaOrders.ChiedzaOrders._upload [148]', `upload kwargs {'url': 'https://lab.${CH}/api/kudhinda', 'data': {'mushandisi': 'studio-cura', 'pasiwedhi': '${pw}'}, 'timeout': 60}`]] } };
    }),
    5,
    plant('encoded', 'cura-duet-rr-connect-percent-encoded-password', 'error', "A Duet printer's `rr_connect?password=` with the board password percent-encoded (`%21`, `%40`, `%23`), written by the plugin's connection warning.", ({ rng }) => {
      const raw = `${rng.alnum(6)}!${rng.alnum(5)}@${rng.alnum(4)}#`;
      const enc = encodeURIComponent(raw).replace(/!/g, '%21');
      return { value: enc, event: { cu: [['WARNING', 'Thread-11', 'ChiedzaOrders.DuetOutputDevice._connect [57]', `http://duet-03.farm.${CH}/rr_connect?password=${enc}&time=2027-9-21T10%3A14%3A03 returned {"err":1}`]] } };
    }),
    5,
    plant('negative', 'cura-gcode-generator-build-hash', 'none', "A build's commit hash in the G-code header Cura writes (`;GENERATOR.BUILD_ID`): a version marker, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { cu: [['DEBUG', 'MainThread', 'cura.CuraApplication._writeGcodeHeader [401]', `;GENERATOR.NAME:Cura_SteamEngine ;GENERATOR.VERSION:5.8.1 ;GENERATOR.BUILD_ID:${h}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'cura' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gadgetbridge.log: Gadgetbridge 0.8x's file log exported from a phone of the fitness studio (logback-android's
// `yyyy-MM-dd HH:mm:ss.SSS [<thread>] <LEVEL> <abbreviated logger> - <message>`, local time, no zone), with the
// studio's Zepp OS mini-app ("Utano") making HTTP calls through the phone and the BLE frames it sends as hex.
// From memory, not fetched.

function gadgetbridgeLog(rng) {
  const render = (e) => e.gb.map(([th, lvl, logger, msg]) => `${ymdHmsAt(e.t, CAT)}.${msPart(e.t)} [${th}] ${lvl.padEnd(5)} ${logger} - ${msg}`);
  const HTTP = 'n.f.g.s.d.h.z.s.ZeppOsHttpService';
  const filler = (rng) =>
    rng.pick([
      () => ({ gb: [['main', 'DEBUG', 'n.f.g.s.d.h.HuamiSupport', `heart rate: ${rng.int(60, 175)}`]] }),
      () => ({ gb: [['BtLEQueue', 'DEBUG', 'n.f.g.s.b.BtLEQueue', `characteristic changed: 00000001-0000-3512-2118-0009af100700 value: 0x${rng.hex(16)}`]] }),
      () => ({ gb: [['main', 'INFO', 'n.f.g.s.d.h.z.ZeppOsSupport', `Fetched ${rng.int(10, 400)} activity samples`]] }),
      () => ({ gb: [['main', 'DEBUG', HTTP, `Mini-app Utano: GET https://utano.${CH}/api/makirasi?zuva=2027-09-21 -> 200`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'gadgetbridge-device-mac', 'none', "The band's Bluetooth address: a hardware address, no credential.", ({ rng }) => {
      const m = Array.from({ length: 6 }, () => rng.hex(2).toUpperCase()).join(':');
      return { value: m, event: { gb: [['main', 'INFO', 'n.f.g.s.DeviceCommunicationService', `Connecting to Amazfit Balance (${m})`]] } };
    }),
    5,
    plant('session-id', 'gadgetbridge-http-response-set-cookie-map', 'error', WHY.session("The HTTP service logs the response headers of the mini-app's login as a Java map (`{Set-Cookie=[utano_chikamu=<id>; …]}`; `chikamu` is \"session\"), the member's session at the studio"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { gb: [['main', 'DEBUG', HTTP, `Response headers: {Content-Type=[application/json], Set-Cookie=[utano_chikamu=${sid}; Path=/; HttpOnly; Secure]}`]] } };
    }),
    5,
    plant('refresh-token', 'gadgetbridge-http-response-body-refresh', 'error', `${WHY.refresh} The HTTP service logs the body it relays back to the mini-app, the studio's token answer.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { gb: [['main', 'DEBUG', HTTP, `Response body: {"refresh_token":"${rt}","access_token":"${rng.b64url(32)}","expires_in":900}`]] } };
    }),
    5,
    plant('implicit-fragment', 'gadgetbridge-mini-app-request-url-fragment', 'error', "The mini-app asks the phone to fetch the URL its sign-in returned to, fragment included (`#access_token=`), and the HTTP service logs the URL it was given.", ({ rng }) => {
      const at = rng.b64url(36);
      return { value: at, event: { gb: [['main', 'DEBUG', HTTP, `Mini-app Utano: GET https://utano.${CH}/app/dzoka#access_token=${at}&expires_in=900 -> 404`]] } };
    }),
    5,
    plant('encoded', 'gadgetbridge-ble-frame-hex-json-kiyi', 'error', "A BLE frame the phone sends to the band, logged as hex: the bytes are JSON with the studio API key under `kiyi` (\"key\").", ({ rng }) => {
      const hex = Buffer.from(JSON.stringify({ kiyi: rng.alnum(24), app: 'utano' })).toString('hex');
      return { value: hex, event: { gb: [['BtLEQueue', 'DEBUG', 'n.f.g.s.d.h.z.ZeppOsSupport', `Sending app message: 0x${hex}`]] } };
    }),
    5,
    plant('negative', 'gadgetbridge-firmware-md5', 'none', "A firmware file's MD5 the installer checks: a digest, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { gb: [['main', 'INFO', 'n.f.g.s.d.h.z.ZeppOsFwInstallHandler', `Firmware 3.18.5.2 md5 ${h} is compatible`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'phone' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout55');
writePart(join(here, 'heldout55'), {
  'pretix-docker.log': pretixLog(rng),
  'dspace.log.2027-09-21': dspaceLog(rng),
  'MCPClient.log': archivematicaLog(rng),
  'apex-07L8d00000QhXyZEA3.log': apexLog(rng),
  'pfsense-guest.log': pfsenseLog(rng),
  'liquidsoap.log': liquidsoapLog(rng),
  'plack-opac-error.log': kohaLog(rng),
  'drush-watchdog-show.yml': drushLog(rng),
  'CiviCRM.d8c41f7b90a2e6f3.log': civicrmLog(rng),
  'mixxx.log': mixxxLog(rng),
  'pibooth.log': piboothLog(rng),
  'octoprint.log': octoprintLog(rng),
  'cura.log': curaLog(rng),
  'gadgetbridge.log': gadgetbridgeLog(rng),
});
