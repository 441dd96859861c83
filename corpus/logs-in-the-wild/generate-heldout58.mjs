// Writes corpus/logs-in-the-wild/heldout58/: a fifty-eighth held-out part, in formats no other part uses (a QuickFIX/J
// trading gateway's logback log with its FIX messages, Pentaho Data Integration's `kitchen.sh` output with JavaMail's
// debug output, Cronicle's pixl-logger log, calibre-web's log, a Wowza Streaming Engine access log, an agent portal
// logging through Mojaloop's central-services-logger, playSMS's log, a Venus OS service log written by multilog with
// TAI64N stamps, emonhub's log, OpenSIPS through rsyslog's RFC 3339 file format, ODK Central's service container under
// `docker compose logs --timestamps`, LabKey Server's labkey.log, a Sails.js app through `journalctl -o short-iso`, an SRS
// (Simple Realtime Server) log), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout58.mjs     rewrites heldout58/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Ridgeway & Cole, a London coffee export and commodity trading house with a publishing arm
// (Ridgeway Press) and a cricket ground (Ridgeway Park) (English, five logs); Ifa Qusannaa ("light of savings"), an
// Adama microfinance institution with mobile money agents and pay-as-you-go solar mini-grids (Oromo messages where the
// app shows them, routes, parameter, header, key and property names in Oromo, Latin script (Qubee), five logs);
// Phatsimo Holdings ("shining"), a Gaborone group with a livestock registry, a hospital laboratory, an intercity coach
// line and a football stadium (Tswana messages, routes and names in Tswana, four logs). Standard names (OAuth's,
// vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const build = logBuilder(baseRequest);
/** Twice the ordinary lines between planted steps (the steps' counts are written as half). */
const buildLog = (rng, spec) => build(rng, { ...spec, steps: spec.steps.map((s) => (typeof s === 'number' ? 2 * s : s)) });

const DAY0 = Date.UTC(2027, 10, 3, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** London in November (GMT, UTC+0), Adama (EAT, UTC+3), Gaborone (CAT, UTC+2). */
const EAT = 180;
const CAT = 120;
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** ODK Central's app-user and session tokens: 64 characters of letters, digits, `!` and `$`. */
const odkToken = (rng) => rng.chars(`${UPPER}abcdefghijklmnopqrstuvwxyz0123456789!$`, 64);

// =====================================================================================================================
// Ridgeway & Cole (English; London: GMT, UTC+0)
// =====================================================================================================================

const RC = 'ridgewaycole.example';

// ---------------------------------------------------------------------------------------------------------------------
// fix-gateway.log: a QuickFIX/J 2.3 initiator (the trading desk's gateway to its futures broker and a market data
// session) logging through SLF4J/logback with `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n`
// (UTC, `Z`): `quickfixj.event` and `quickfixj.msg.incoming`/`quickfixj.msg.outgoing` categories, messages prefixed by
// their session id, the SOH delimiter shown as `|` by the desk's log appender; the JDK HttpClient's `HEADERS:` logging
// of the clearing API client; the application's own classes. From memory (QuickFIX/J's SLF4JLog categories and
// FIX 4.4's Logon fields 553/554 and RawData 95/96), not fetched.

function fixGatewayLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 23)}Z`;
  const render = (e) => e.L.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} ${x[0].padEnd(5)} [${x[1]}] ${x[2]} - ${x[3]}`));
  const BRK = 'FIX.4.4:RDGW->ICEBRK';
  const MD = 'FIX.4.4:RDGW->ICEMD';
  let seq = 1;
  const fixTime = (t) => iso(t).slice(0, 23).replace(/-/g, '').replace('T', '-');
  const msg = (t, sid, type, body, incoming = false) => {
    const [, local_, remote] = sid.match(/:(\w+)->(\w+)/);
    const [sender, target] = incoming ? [remote, local_] : [local_, remote];
    const inner = `35=${type}|34=${seq++}|49=${sender}|52=${fixTime(t)}|56=${target}|${body}`;
    return `8=FIX.4.4|9=${inner.length}|${inner}10=${pad(rng.int(0, 255), 3)}|`;
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [['INFO', 'QFJ Message Processor', 'quickfixj.msg.outgoing', `${BRK}: ${msg(t, BRK, '0', '')}`]] }),
      () => ({ L: [['INFO', 'QFJ Message Processor', 'quickfixj.msg.incoming', `${MD}: ${msg(t, MD, 'W', `262=md-${rng.int(100, 999)}|55=KC|200=${rng.pick(['202712', '202803', '202805'])}|268=2|269=0|270=${(rng.int(2400, 2900) / 10).toFixed(2)}|271=${rng.int(1, 40)}|269=1|270=${(rng.int(2400, 2900) / 10).toFixed(2)}|271=${rng.int(1, 40)}|`, true)}`]] }),
      () => ({ L: [['INFO', 'QFJ Message Processor', 'quickfixj.msg.incoming', `${BRK}: ${msg(t, BRK, '8', `37=${upperNum(rng, 10)}|11=RC-${digits(rng, 8)}|17=${upperNum(rng, 12)}|150=F|39=${rng.pick(['1', '2'])}|55=KC|54=${rng.pick(['1', '2'])}|38=${rng.int(1, 20)}|32=${rng.int(1, 5)}|31=${(rng.int(2400, 2900) / 10).toFixed(2)}|`, true)}`]] }),
      () => ({ L: [['DEBUG', 'hedge-1', 'c.r.desk.HedgeBook', `arabica hedge ratio ${(rng.int(60, 98) / 100).toFixed(2)} lots_open=${rng.int(10, 240)} basis=${rng.pick(['+32', '+35', '+41'])}`]] }),
    ])();
  const steps = [
    plant('framework-dump', 'quickfixj-outgoing-logon-password-554', 'error', "QuickFIX/J's `quickfixj.msg.outgoing` writes every message as sent; the Logon (`35=A`) carries the broker session's password in tag 554 (`Password`) next to tag 553 (`Username`), so the message dump holds it in clear.", ({ rng, t }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { L: [['INFO', 'QFJ Timer', 'quickfixj.event', `${BRK}: Initiated logon request`], ['INFO', 'QFJ Message Processor', 'quickfixj.msg.outgoing', `${BRK}: ${msg(t, BRK, 'A', `98=0|108=30|141=Y|553=rdgw_desk01|554=${pw}|`)}`], ['INFO', 'QFJ Message Processor', 'quickfixj.event', `${BRK}: Received logon`]] } };
    }, { after: 0 }),
    2,
    plant('encoded', 'quickfixj-outgoing-logon-rawdata-96-base64-json', 'error', "The market data Logon authenticates with RawData (tag 96, length in 95): base64 of a JSON object whose `api_key` is the desk's market data key, written by the outgoing message dump.", ({ rng, t }) => {
      const b = b64Of(JSON.stringify({ firm: 'RDGW', user: 'md-feed', api_key: rng.alnum(40) }));
      return { value: b, event: { L: [['INFO', 'QFJ Message Processor', 'quickfixj.msg.outgoing', `${MD}: ${msg(t, MD, 'A', `98=0|108=30|95=${b.length}|96=${b}|`)}`]] } };
    }),
    4,
    plant('negative', 'quickfixj-execution-report-exec-id', 'none', "An ExecutionReport's ExecID (tag 17) and OrderID (tag 37): the broker's identifiers of a fill, no credential.", ({ rng, t }) => {
      const id = `X${rng.hex(23).toUpperCase()}`;
      return { value: id, event: { L: [['INFO', 'QFJ Message Processor', 'quickfixj.msg.incoming', `${BRK}: ${msg(t, BRK, '8', `37=${upperNum(rng, 10)}|11=RC-${digits(rng, 8)}|17=${id}|150=F|39=2|55=KC|200=202803|54=1|38=5|32=5|31=268.35|`, true)}`]] } };
    }),
    4,
    plant('api-key-name', 'desk-price-poller-url-market-key', 'error', `${WHY.apiKey('market_key')} The differentials poller reads the origin price service with the key in the query and logs the URL when the call fails.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { L: [['WARN', 'price-poller', 'c.r.desk.DifferentialsPoller', `GET https://data.originprices.example/v2/arabica/differentials?origin=ET,KE,UG&market_key=${key} failed: HTTP 502, retrying in 60 s`]] } };
    }),
    4,
    plant('header-dump', 'jdk-httpclient-headers-logging-bearer', 'error', "The clearing API client runs with `-Djdk.httpclient.HttpClient.log=headers`: the JDK client logs each request's headers one a line, `authorization: Bearer <opaque token>` included (the clearing broker's API token).", ({ rng }) => {
      const tok = `clr_${rng.b64url(44)}`;
      return { value: tok, event: { L: [['INFO', 'HttpClient-1-Worker-0', 'jdk.httpclient.HttpClient', 'HEADERS: REQUEST HEADERS:'], 'POST /v2/margin/positions HTTP/1.1', ` authorization: Bearer ${tok}`, ' content-type: application/json', ' user-agent: Java-http-client/21.0.8', ''] } };
    }),
    4,
    plant('refresh-token', 'desk-clearing-token-client-debug-response', 'error', `${WHY.refresh} The clearing API's token client logs the token endpoint's JSON answer at DEBUG.`, ({ rng }) => {
      const rt = `clrrt_${rng.b64url(48)}`;
      return { value: rt, event: { L: [['DEBUG', 'HttpClient-1-Worker-1', 'c.r.clearing.TokenClient', `token response: {"access_token":"[not logged]","token_type":"Bearer","expires_in":1800,"refresh_token":"${rt}","scope":"positions margin"}`]] } };
    }),
    4,
    plant('negative', 'desk-order-audit-sha256', 'none', "The order audit trail's SHA-256 of an order's fields: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { L: [['INFO', 'hedge-1', 'c.r.desk.OrderAudit', `order RC-${digits(rng, 8)} sent KC 202803 BUY 5 @ 268.35 audit_sha256=${h}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'fix' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kitchen-origin-prices.log: `kitchen.sh -file=origin_prices.kjb -level=Detailed` of Pentaho Data Integration 9.4
// (local time, GMT, no zone): `yyyy/MM/dd HH:mm:ss - <subject> - <message>`, the job's `Starting entry [...]` lines,
// steps' messages (`REST client.0`, `Write to log.0` with its `------------> Linenr 1---…` row dumps), and the Mail
// entry's JavaMail `mail.debug` output, which has no prefix, with the message body in quoted-printable.
// From memory (PDI's log line and the Write to log step's row dump; JavaMail's `DEBUG SMTP:` lines), not fetched.

function kitchenLog(rng) {
  const stamp = (t) => { const l = local(t, 0); return `${l.slice(0, 10).replace(/-/g, '/')} ${l.slice(11, 19)}`; };
  const render = (e) => e.L.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} - ${x[0]} - ${x[1]}`));
  const row = (step, n, fields) => [[step, ''], [step, `------------> Linenr ${n}------------------------------`], ...fields.map((f) => [step, f]), [step, ''], [step, '====================']];
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['origin_prices', `Starting entry [${rng.pick(['Load ICO composite', 'Merge differentials', 'Truncate staging', 'Refresh marts'])}]`]] }),
      () => ({ L: [[rng.pick(['Table output.0', 'Select values.0', 'Filter rows.0']), `Finished processing (I=${rng.int(0, 900)}, O=${rng.int(0, 900)}, R=${rng.int(0, 900)}, W=${rng.int(0, 900)}, U=0, E=0)`]] }),
      () => ({ L: [['load_differentials', `Dispatching started for transformation [load_differentials]`]] }),
      () => ({ L: [['Table input.0', `Finished reading query, closing connection.`]] }),
    ])();
  const steps = [
    { raw: { L: [['Kitchen', 'Start of run.'], ['origin_prices', 'Start of job execution']] } },
    2,
    plant('api-key-name', 'pdi-write-to-log-row-licence-key', 'error', `${WHY.apiKey('licence_key')} A Write to log step prints the row it is about to send, the REST client's URL field included, with the price service's key in its query.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { L: row('Write to log.0', 1, [`origin = ET-SIDAMO`, `url = https://api.coffeeorigins.example/v1/prices/ET-SIDAMO?grade=G2&licence_key=${key}`, 'method = GET']) } };
    }),
    3,
    plant('refresh-token', 'pdi-write-to-log-row-token-response', 'error', `${WHY.refresh} The next Write to log step prints the REST client's \`result\` field: the token endpoint's JSON answer.`, ({ rng }) => {
      const rt = rng.b64url(52);
      return { value: rt, event: { L: row('Write to log.1', 1, [`result = {"access_token":"[masked by step]","expires_in":3600,"refresh_token":"${rt}","token_type":"Bearer"}`, 'status = 200']) } };
    }),
    3,
    plant('session-id', 'pdi-write-to-log-row-aspsessionid-cookie', 'error', WHY.session("The warehouse's classic ASP stock portal is read with a cookie copied into the REST client's header field (`ASPSESSIONID<8 letters>=<24 letters>`), and a Write to log step prints the row"), ({ rng }) => {
      const v = rng.chars(UPPER, 24);
      return { value: v, event: { L: row('Write to log.2', 1, ['warehouse = MOMBASA-3', `cookie = ASPSESSIONID${rng.chars(UPPER, 8)}=${v}`, 'url = https://stock.mombasa-bonded.example/lots.asp?status=ready']) } };
    }),
    3,
    plant('negative', 'pdi-write-to-log-row-etag', 'none', "An ETag the REST client got back with the price list (`etag = \"<hex>\"`): a version tag, no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { L: row('Write to log.3', 1, [`etag = "${v}"`, 'last_modified = Wed, 03 Nov 2027 05:58:12 GMT']) } };
    }),
    3,
    plant('path-secret', 'pdi-http-entry-download-share-link', 'error', "The `Download contract` entry (Get a file with HTTP) fetches the buyer's signed contract from a share link (`/dl/<token>/…`) and logs the URL at Detailed level: the link opens the contract until it expires.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { L: [['origin_prices', 'Starting entry [Download contract]'], ['Download contract', `Start of download: https://docs.greenbean-traders.example/dl/${tok}/contract-RC-2027-1184.pdf`], ['Download contract', 'Finished download: 184213 bytes']] } };
    }),
    3,
    plant('webhook', 'pdi-http-post-entry-rocketchat-hook', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) the job posts its summary to; the HTTP Post entry logs the URL when the post fails (the token is the secret part)"), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { L: [['origin_prices', 'Starting entry [Notify desk]'], ['Notify desk', `ERROR (version 9.4.0.0-343, build 0.0 from 2022-11-08 07.50.27 by buildguy) : Could not post to https://chat.${RC}/hooks/${rng.alnum(17)}/${tok}: HTTP 502 Bad Gateway`]] } };
    }),
    2,
    plant('negative', 'javamail-debug-message-id', 'none', "The Message-ID JavaMail writes in its debug output (`<…@host>`): a message identifier, no credential.", ({ rng }) => {
      const id = `${digits(rng, 9)}.${digits(rng, 2)}.${digits(rng, 13)}`;
      return { value: id, event: { L: [['origin_prices', 'Starting entry [Mail traders]'], 'DEBUG: JavaMail version 1.6.2', 'DEBUG SMTP: trying to connect to host "smtp.ridgewaycole.example", port 587, isSSL false', 'DEBUG SMTP: Found extension "STARTTLS", arg ""', `Message-ID: <${id}@etl-02>`] } };
    }),
    plant('encoded', 'javamail-debug-body-quoted-printable-token', 'error', "JavaMail's debug output prints the message it sends; its body is quoted-printable, so the link's `=` is `=3D` and the link is broken by a soft line break (`=` at the end of a line) before `token=3D<token>`: the approval link's token is the price desk's API token, in clear once decoded.", ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { L: ['Content-Type: text/plain; charset=us-ascii', 'Content-Transfer-Encoding: quoted-printable', '', 'Approve today\'s origin differentials:', `https://desk.${RC}/approve?run=3D${digits(rng, 5)}&=`, `token=3D${tok}`, '.', 'DEBUG SMTP: message successfully delivered to mail server'] } };
    }, { after: 0 }),
    3,
    { raw: { L: [['origin_prices', 'Job execution finished'], ['Kitchen', 'Finished!'], ['Kitchen', 'Processing ended after 4 minutes and 12 seconds (252 seconds total).']] } },
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'etl-02' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// Cronicle.log: logs/Cronicle.log of a Cronicle 0.9 primary server (pixl-logger columns, local time GMT with the epoch
// first): `[<epoch.ms>][<yyyy-mm-dd HH:MM:SS>][<host>][<pid>][<component>][<category>][<code>][<msg>][<data JSON>]`.
// From memory (pixl-logger's column list as Cronicle configures it; the WebServer and Job messages), not fetched.

function cronicleLog(rng) {
  const pid = rng.int(1000, 9000);
  const render = (e) => e.L.map(([comp, cat, code, msg, data]) => `[${(e.t / 1000).toFixed(3)}][${ymdHmsAt(e.t, 0)}][sched-01.${RC}][${pid}][${comp}][${cat}][${code}][${msg}][${data ?? ''}]`);
  const job = () => `j${rng.lowerNum(10)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [['Scheduler', 'debug', 4, `Scheduler Minute Tick: Advancing time up to: ${ymdHmsAt(t, 0).slice(0, 16)}:00`, '']] }),
      () => ({ L: [['Job', 'debug', 6, `Job completed successfully: ${job()}`, JSON.stringify({ elapsed: rng.int(1, 90), code: 0, cpu: { user: rng.int(10, 900) } })]] }),
      () => ({ L: [['WebServer', 'debug', 8, `New HTTP request: GET /api/app/get_active_jobs (${lan(rng)})`, JSON.stringify({ id: `r${rng.int(100, 999)}`, proto: 'http', port: 3012 })]] }),
      () => ({ L: [['Cronicle', 'debug', 5, `Sending heartbeat to workers`, '']] }),
    ])();
  const steps = [
    2,
    plant('session-id', 'cronicle-webserver-request-session-id-query', 'error', WHY.session("The Cronicle UI's API calls carry the user's `session_id` in the query, and the web server's debug line writes the request"), ({ rng }) => {
      const sid = rng.hex(64);
      return { value: sid, event: { L: [['WebServer', 'debug', 8, `New HTTP request: GET /api/app/get_schedule?session_id=${sid}&offset=0&limit=50 (${lan(rng)})`, JSON.stringify({ id: `r${rng.int(100, 999)}`, proto: 'https', port: 3013 })]] } };
    }),
    3,
    plant('framework-dump', 'cronicle-launch-job-data-params-password', 'error', "Cronicle logs the job it launches with its data as JSON; the HTTP Request plugin's `data` parameter is the body it posts, the warehouse login's password inside an escaped JSON string.", ({ rng }) => {
      const pw = rng.alnum(22);
      const id = job();
      return { value: pw, event: { L: [['Job', 'debug', 6, `Launching local job: ${id}`, JSON.stringify({ id, event: 'e_wh_sync', title: 'Warehouse stock sync', plugin: 'urlplug', params: { method: 'POST', url: 'https://stock.mombasa-bonded.example/api/login', headers: 'Content-Type: application/json', data: JSON.stringify({ user: 'rdgw-sync', password: pw }) } })]] } };
    }),
    3,
    plant('api-key-name', 'cronicle-job-failed-data-url-client-key', 'error', `${WHY.apiKey('client_key')} The HTTP Request plugin's job fails, and Cronicle's \`Job failed\` line carries the job's URL in its data column.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { L: [['Job', 'error', 3, `Job failed: ${job()}: HTTP 401 Unauthorized`, JSON.stringify({ url: `https://api.freightrates.example/v1/containers/quote?pol=KEMBA&pod=GBFXT&client_key=${key}`, code: 401 })]] } };
    }),
    3,
    plant('negative', 'cronicle-job-id', 'none', "Cronicle's job id (`j` and ten base-36 characters): an identifier, no credential.", ({ rng }) => {
      const id = `j${rng.lowerNum(10)}`;
      return { value: id, event: { L: [['Job', 'debug', 6, `Job completed successfully: ${id}`, JSON.stringify({ elapsed: 14, code: 0 })]] } };
    }),
    3,
    plant('embed-jwt', 'cronicle-job-output-embed-dashboard-jwt', 'error', "A job checks the price dashboard through its embed URL (`/embed/<JWT>`) and Cronicle logs the plugin's summary with the URL, on a line with its epoch time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), jti: true, claims: { iss: `https://dash.${RC}`, resource: { dashboard: 14 }, params: { desk: 'arabica' } } });
      return { value: token, jwt: facts, event: { L: [['Job', 'debug', 5, `Job ${job()} output: HTTP GET https://dash.${RC}/embed/dashboard/${token} -> 200 OK (48213 bytes)`, '']] } };
    }),
    3,
    plant('webhook', 'cronicle-fire-web-hook-webex-incoming', 'error', WHY.webhook("A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<token>`) set as the event's web hook; Cronicle logs the URL it fires"), ({ rng }) => {
      const tok = rng.b64url(96);
      return { value: tok, event: { L: [['Cronicle', 'debug', 9, `Firing web hook for job complete: ${job()}: https://webexapis.com/v1/webhooks/incoming/${tok}`, '']] } };
    }),
    plant('negative', 'cronicle-web-hook-response-request-id', 'none', "The web hook's answer with the receiver's tracking id: a request id, no credential.", ({ rng }) => {
      const id = `ROUTER_${rng.hex(8).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(12).toUpperCase()}`;
      return { value: id, event: { L: [['Cronicle', 'debug', 9, `Web hook response: HTTP 204 No Content`, JSON.stringify({ trackingid: id })]] } };
    }, { after: 1 }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'cronicle' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// calibre-web.log: Ridgeway Press's calibre-web 0.6 library of review copies (local time, GMT, no zone):
// `[yyyy-mm-dd HH:MM:SS,mmm] <LEVEL, 5 wide> {<logger>:<line>} <message>` at DEBUG, Kobo sync, OAuth login, Google
// Drive and metadata providers. From memory (calibre-web's `cps/logger.py` format), not fetched.

function calibreWebLog(rng) {
  const render = (e) => e.L.map(([lvl, lg, msg]) => `[${ymdHmsAt(e.t, 0)},${msPart(e.t)}] ${lvl.padStart(5)} {${lg}:${rng.int(40, 1400)}} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['DEBUG', 'cps.web', `Showing book ${rng.int(10, 900)}`]] }),
      () => ({ L: [['INFO', 'cps.helper', `Sending email to reviewer${rng.int(1, 40)}@${rng.pick(['gmail.com', 'outlook.com', 'example.org'])} (${rng.pick(['epub', 'kepub', 'pdf'])})`]] }),
      () => ({ L: [['DEBUG', 'cps.kobo', `Kobo library sync: ${rng.int(0, 20)} new books, ${rng.int(0, 5)} archived`]] }),
      () => ({ L: [['DEBUG', 'cps.db', `Reconnecting to calibre database`]] }),
    ])();
  const steps = [
    2,
    plant('path-secret', 'calibre-web-kobo-auth-token-path', 'error', "A reviewer's Kobo e-reader syncs through calibre-web's Kobo endpoint, whose path carries the device's auth token (`/kobo/<token>/v1/…`); the sync's debug line writes the path: whoever has it reads the library as that user.", ({ rng }) => {
      const tok = rng.hex(32);
      return { value: tok, event: { L: [['DEBUG', 'cps.kobo', `Kobo request: GET /kobo/${tok}/v1/library/sync`]] } };
    }),
    3,
    plant('negative', 'calibre-web-kobo-sync-token-header', 'none', "The `x-kobo-synctoken` header calibre-web answers with: base64 JSON of sync timestamps (it starts `eyJ`, but it is a cursor, no credential).", ({ rng }) => {
      const v = b64Of(JSON.stringify({ data: { archive_last_modified: rng.int(1700000000, 1800000000), books_last_created: rng.int(1700000000, 1800000000), reading_state_last_modified: -62135596800 }, version: '1-1-0' }));
      return { value: v, event: { L: [['DEBUG', 'cps.kobo', `Kobo sync response headers: x-kobo-synctoken: ${v}`]] } };
    }),
    3,
    plant('oauth-code', 'calibre-web-github-oauth-authorized-code', 'warning', WHY.code, ({ rng }) => {
      const code = rng.hex(20);
      return { value: code, event: { L: [['DEBUG', 'cps.oauth_bb', `OAuth callback /login/github/authorized?code=${code}&state=${rng.b64url(30)}`]] } };
    }),
    3,
    plant('api-key-name', 'calibre-web-metadata-provider-devkey', 'error', `${WHY.apiKey('devkey')} The press's own metadata provider is queried with the key in the URL, and the failed search logs it.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['WARNING', 'cps.search_metadata', `Search failed for https://meta.ridgewaypress.example/v1/isbn?q=978${digits(rng, 10)}&devkey=${key}: 503 Server Error`]] } };
    }),
    3,
    plant('refresh-token', 'calibre-web-gdrive-credentials-refresh-token', 'error', `${WHY.refresh} Google Drive sync logs the credentials it saves, \`refresh_token\` (\`1//0…\`) included.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(99)}`;
      return { value: rt, event: { L: [['DEBUG', 'cps.gdriveutils', `Saving gdrive credentials: {"client_id": "${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com", "refresh_token": "${rt}", "token_expiry": "2027-11-03T10:41:02Z", "token_uri": "https://oauth2.googleapis.com/token"}`]] } };
    }),
    3,
    plant('negative', 'calibre-web-book-uuid', 'none', "A book's calibre uuid: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['INFO', 'cps.editbooks', `Metadata saved for book uuid ${id}`]] } };
    }),
    3,
    plant('session-id', 'calibre-web-request-cookies-remember-token', 'error', WHY.session("Flask-Login's `remember_token` cookie (`<user id>|<SHA-512 digest>`), which logs the user back in for a year, printed with the request's cookies at debug"), ({ rng }) => {
      const v = `7|${rng.hex(128)}`;
      return { value: v, event: { L: [['DEBUG', 'cps.web', `Request cookies: {'remember_token': '${v}'}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'press' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wowzastreamingengine_access.log: Wowza Streaming Engine 4.8's access log of Ridgeway Park's match streams: the W3C
// header (`#Fields:`), tab-separated fields with `tz` (GMT), `-` for empty, `x-sname-query`, `x-suri-query` and
// `cs-uri-query` repeating the query, `c-referrer`. From memory (the Fields list of the default log4j appender), not
// fetched.

function wowzaLog(rng) {
  const FIELDS = ['date', 'time', 'tz', 'x-event', 'x-category', 'x-severity', 'x-status', 'x-ctx', 'x-comment', 'x-vhost', 'x-app', 'x-appinst', 'x-duration', 's-ip', 's-port', 's-uri', 'c-ip', 'c-proto', 'c-referrer', 'c-user-agent', 'c-client-id', 'cs-bytes', 'sc-bytes', 'x-stream-id', 'x-spos', 'cs-stream-bytes', 'sc-stream-bytes', 'x-sname', 'x-sname-query', 'x-file-name', 'x-file-ext', 'x-file-size', 'x-file-length', 'x-suri', 'x-suri-stem', 'x-suri-query', 'cs-uri-stem', 'cs-uri-query'];
  const header = ['#Version: 1.0', '#Start-Date: 2027-11-03 11:58:40 GMT', '#Software: Wowza Streaming Engine 4.8.27+3 build20240207124013', '#Date: 2027-11-03', `#Fields: ${FIELDS.join('\t')}`];
  const HOSTURL = 'https://a1f9c3e07b24.streamlock.net';
  const row = (e, r) => {
    const d = ymdHmsAt(e.t, 0);
    const q = r.query ?? '-';
    const sname = r.sname ?? 'match1';
    const suri = `${HOSTURL}/${r.app ?? 'live'}/${sname}/playlist.m3u8`;
    const v = { date: d.slice(0, 10), time: d.slice(11), tz: 'GMT', 'x-event': r.event, 'x-category': r.cat ?? 'stream', 'x-severity': 'INFO', 'x-status': r.status ?? 200, 'x-ctx': r.ctx ?? sname, 'x-comment': '-', 'x-vhost': '_defaultVHost_', 'x-app': r.app ?? 'live', 'x-appinst': '_definst_', 'x-duration': (r.dur ?? rng.int(0, 3000) / 100).toString(), 's-ip': '10.60.1.12', 's-port': r.port ?? 443, 's-uri': suri, 'c-ip': r.ip, 'c-proto': r.proto ?? 'cupertino', 'c-referrer': r.referrer ?? '-', 'c-user-agent': r.ua, 'c-client-id': r.client ?? rng.int(100000000, 2000000000), 'cs-bytes': rng.int(0, 900), 'sc-bytes': rng.int(0, 9000000), 'x-stream-id': rng.int(1, 40), 'x-spos': 0, 'cs-stream-bytes': 0, 'sc-stream-bytes': rng.int(0, 9000000), 'x-sname': sname, 'x-sname-query': q, 'x-file-name': '-', 'x-file-ext': '-', 'x-file-size': '-', 'x-file-length': '-', 'x-suri': q === '-' ? suri : `${suri}?${q}`, 'x-suri-stem': suri, 'x-suri-query': q, 'cs-uri-stem': suri, 'cs-uri-query': q };
    return FIELDS.map((f) => v[f]).join('\t');
  };
  const render = (e) => e.rows.map((r) => row(e, { ip: e.ip, ua: e.ua, ...r }));
  const filler = (rng) =>
    rng.pick([
      () => ({ rows: [{ event: 'play' }] }),
      () => ({ rows: [{ event: rng.pick(['play', 'stop', 'destroy']), sname: rng.pick(['match1', 'match1_720p', 'nets-cam']) }] }),
      () => ({ rows: [{ event: 'connect', cat: 'session', proto: 'rtmp', port: 1935, ctx: `${rng.int(100000000, 2000000000)}` }] }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'wowza-publish-sname-query-publish-key', 'error', `${WHY.apiKey('publish_key')} The ground's encoder publishes with the key in the stream name's query; the publish event writes it in \`x-sname-query\`, \`x-suri\` and \`cs-uri-query\` on one line.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ip: '10.60.4.21', ua: 'Teradek/Prism 2.14', rows: [{ event: 'publish', proto: 'rtmp', port: 1935, sname: 'match1', query: `publish_key=${key}` }] } };
    }),
    4,
    plant('negative', 'wowza-streamlock-hostname', 'none', "The StreamLock host name (`<12 hex>.streamlock.net`, the account's public host name that every line's `s-uri` holds) in the certificate renewal comment: a host name, no credential.", () => ({ value: 'StreamLock certificate for a1f9c3e07b24', event: { rows: [{ event: 'comment', cat: 'server', ctx: 'StreamLock certificate for a1f9c3e07b24.streamlock.net renewed, valid until 2028-11-03', proto: '-', ip: '-' }] } })),
    4,
    plant('embed-jwt', 'wowza-referrer-embed-jwt-120s-no-jti', 'warning', "The club's embedded player page (`/embed/<JWT>`, the token in the path) is the `c-referrer` of the HLS play; the token lives 120 s and has no `jti`, so it can be reused until it expires (the line's time has its `GMT` field)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { iss: 'https://ridgewaypark.example', stream: 'match1', tier: 'member' } });
      return { value: token, jwt: facts, event: { rows: [{ event: 'play', referrer: `https://ridgewaypark.example/embed/${token}` }, { event: 'stop', referrer: `https://ridgewaypark.example/embed/${token}`, dur: 73.4 }] } };
    }),
    4,
    plant('replay', 'wowza-hls-play-ticket-once', 'note', WHY.ticketFirst("A single-use viewing `ticket` in the HLS play's query, issued to a member by the club's site. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.wz = t;
      return { value: tk, event: { ip: '198.51.100.37', rows: [{ event: 'play', query: `ticket=${tk}` }] } };
    }, { ref: 'wz' }),
    2,
    plant('replay', 'wowza-hls-play-ticket-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('wz').value, why: `${WHY.replay('ticket', gap('wz', t))} Another address and player started the same stream with the single-use ticket and Wowza served it (status 200).` }], event: { ip: '203.0.113.201', ua: 'VLC/3.0.21 LibVLC/3.0.21', rows: [{ event: 'play', query: `ticket=${refs.get('wz').value}` }] } }), { replayOf: 'wz', after: 97 }),
    4,
    plant('id-token', 'wowza-referrer-members-page-id-token', 'error', "The members' page that embeds the player was reached by an OpenID Connect login with `response_mode=query`, so its address (`?id_token=<JWT>`) is the `c-referrer` of the play; a JWT valid 1 h, live at the line's `GMT` time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://id.ridgewaypark.example', aud: 'members-web', sub: `m-${digits(rng, 6)}`, nonce: rng.b64url(16) } });
      return { value: token, jwt: facts, event: { rows: [{ event: 'play', referrer: `https://ridgewaypark.example/members/watch?id_token=${token}` }] } };
    }),
    3,
    plant('negative', 'wowza-player-cache-buster', 'none', "The player's cache buster on a playlist poll (`nocache=<epoch ms>`): no credential.", ({ rng }) => {
      const v = `${digits(rng, 13)}`;
      return { value: v, event: { rows: [{ event: 'play', sname: 'match1_720p', query: `nocache=${v}` }] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'ridgewaypark' }, filler, render, steps, header });
}

// =====================================================================================================================
// Ifa Qusannaa (Oromo; Adama: EAT, UTC+3)
// =====================================================================================================================

const IQ = 'ifaqusannaa.example';

// ---------------------------------------------------------------------------------------------------------------------
// bakkabuaa-portal.log: the agent portal (a hapi service on the Mojaloop stack) logging through
// @mojaloop/central-services-logger's text format (`<ISO time Z> - <level>: <message>`), with its FSPIOP calls to the
// hub and the OpenID Connect login of agents. From memory (the logger's format as Mojaloop services print it), not
// fetched.

function agentPortalLog(rng) {
  const render = (e) => e.L.map(([lvl, msg]) => `${iso(e.t)} - ${lvl}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['info', `Kaffaltiin milkaa'eera: transferId=${rng.uuid()} maallaqa=${rng.int(50, 9000)} ETB bakkabuaa=BB-${digits(rng, 4)}`]] }),
      () => ({ L: [['debug', `GET /parties/MSISDN/2519${digits(rng, 8)} - 202 Accepted`]] }),
      () => ({ L: [['info', `Liqii kaffalame: liqii=LQ-${digits(rng, 6)} miseensa=M-${digits(rng, 5)}`]] }),
      () => ({ L: [['verbose', `health check ok: central-ledger, account-lookup-service, ml-api-adapter`]] }),
    ])();
  const steps = [
    2,
    plant('oauth-code', 'mojaloop-logger-oidc-callback-code', 'warning', WHY.code, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { L: [['debug', `Seensa OIDC: GET /seensa/deebii?code=${code}&state=${rng.hex(24)}&session_state=${rng.uuid()}`]] } };
    }),
    3,
    plant('header-dump', 'mojaloop-logger-fspiop-request-headers-bearer-jwt', 'error', "The portal logs the headers of the FSPIOP request it sends the hub as JSON; the API gateway's `authorization: Bearer <JWT>` is among them, on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 1200), jti: true, claims: { iss: 'https://gw.hub.example/oauth2/token', sub: 'ifaqusannaa', aud: 'fspiop', scope: 'transfers quotes' } });
      return { value: token, jwt: facts, event: { L: [['debug', `POST /quotes headers=${JSON.stringify({ 'content-type': 'application/vnd.interoperability.quotes+json;version=1.1', date: new Date(t).toUTCString(), 'fspiop-source': 'ifaqusannaa', 'fspiop-destination': 'walletbank', authorization: `Bearer ${token}` })}`]] } };
    }),
    3,
    plant('negative', 'mojaloop-fspiop-signature-jws', 'none', "The `fspiop-signature` header: a detached JWS over the message (`protectedHeader` is base64url JSON starting `eyJ`), a signature that proves the sender, no bearer credential.", ({ rng }) => {
      const ph = b64urlOf(JSON.stringify({ alg: 'RS256', 'FSPIOP-URI': '/transfers', 'FSPIOP-HTTP-Method': 'POST', 'FSPIOP-Source': 'walletbank', 'FSPIOP-Date': new Date(DAY0 + 5 * HOUR + rng.int(0, 3600000)).toUTCString() }));
      return { value: ph, event: { L: [['debug', `PUT /transfers callback fspiop-signature=${JSON.stringify({ signature: rng.b64url(342), protectedHeader: ph })}`]] } };
    }),
    3,
    plant('api-key-name', 'mojaloop-logger-callback-url-furtuu-api', 'error', `${WHY.apiKey('furtuu_api')} ("API key") The agent back office's callback endpoint, as the portal resolved it from the hub's template, carries the key in its query.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { L: [['info', `callback endpoint resolved: https://bakkabuaa.${IQ}/fspiop/transfers/${rng.uuid()}?furtuu_api=${key}`]] } };
    }),
    3,
    plant('implicit-fragment', 'mojaloop-logger-redirect-location-fragment', 'error', "The portal logs the redirect it answers the agents' single-page app with; the `Location` is an implicit-flow address (`/#access_token=…`): the access token in clear.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { L: [['debug', `302 Location: https://bakkabuaa.${IQ}/app/#access_token=${at}&token_type=Bearer&expires_in=900`]] } };
    }),
    3,
    plant('negative', 'mojaloop-transfer-id', 'none', "A transfer id (UUID): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['info', `Dabarsi xumurame (transfer committed): transferId=${id} state=COMMITTED`]] } };
    }),
    3,
    plant('id-token', 'mojaloop-logger-end-session-id-token-hint-expired', 'note', "An agent signs out and the portal logs the end-session URL it redirects to (`id_token_hint=<JWT>`); the ID token expired before the line was written", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + rng.int(600, 5000), claims: { iss: `https://seensa.${IQ}/realms/bakkabuaa`, aud: 'portal', sub: rng.uuid(), typ: 'ID' } });
      return { value: token, jwt: facts, event: { L: [['info', `Ba'uu (logout): https://seensa.${IQ}/realms/bakkabuaa/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fbakkabuaa.${IQ}%2F`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'portal' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// playsms.log: /var/log/playsms/playsms.log of playSMS 1.4 (local time, EAT, no zone): `<remote addr> <host>
// <yyyy-mm-dd HH:MM:SS> PID<id> <user> L<level> <function> # <message>`, webservices calls, queued SMS with their text,
// the generic HTTP gateway's request. From memory (playSMS' `logger_print`), not fetched.

function playSmsLog(rng) {
  const pid = `PID${rng.hex(13)}`;
  const render = (e) => e.L.map(([addr, user, lvl, fn, msg]) => `${addr} sms.${IQ} ${ymdHmsAt(e.t, EAT)} ${pid} ${user} L${lvl} ${fn} # ${msg}`);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [['-', '-', 3, 'sendsmsd', `start processing queue_code:${rng.hex(32)} sms_count:${rng.int(1, 40)}`]] }),
      () => ({ L: [['-', 'admin', 2, 'dlr', `smslog_id:${rng.int(10000, 99999)} p_status:${rng.pick([1, 1, 1, 2])} uid:${rng.int(1, 9)}`]] }),
      () => ({ L: [['-', '-', 2, 'recvsms_process', `sms_datetime:${ymdHmsAt(t - rng.int(1, 9) * 1000, EAT)} sms_sender:+2519${digits(rng, 8)} message:[HAFTEE] sms_receiver:8${digits(rng, 3)}`]] }),
      () => ({ L: [['-', 'bakkabuaa', 3, 'sendsms', `Ergaan ergame: to:+2519${digits(rng, 8)} len:${rng.int(20, 160)}`]] }),
    ])();
  const steps = [
    2,
    plant('api-key-name', 'playsms-webservices-request-h', 'error', `${WHY.apiKey('h')} playSMS' webservices take the user's webservices token in \`h=\` (a one-letter name) with \`u=\`; the request is logged with its query.`, ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { L: [[lan(rng, '10.70'), 'bakkabuaa', 3, 'webservices', `REQUEST /index.php?app=ws&u=bakkabuaa&h=${h}&op=pv&to=2519${digits(rng, 8)}&msg=Koodii+mirkaneessaa+${digits(rng, 6)}`]] } };
    }),
    3,
    plant('path-secret', 'playsms-sendsms-text-jecha-darbii-reset-link', 'error', "The SMS playSMS queues is logged with its text; the text is a password reset link (`/jecha-darbii/haaromsi/<token>`, \"password/renew\") that works until it is used.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { L: [['-', 'bakkabuaa', 2, 'sendsms_process', `saved smslog_id:${rng.int(10000, 99999)} to:+2519${digits(rng, 8)} msg:[Jecha darbii haaromsuuf: https://${IQ}/jecha-darbii/haaromsi/${tok}]`]] } };
    }),
    3,
    plant('negative', 'playsms-queue-code', 'none', "playSMS' `queue_code` (32 hex): the id of a send queue, no credential.", ({ rng }) => {
      const q = rng.hex(32);
      return { value: q, event: { L: [['-', '-', 2, 'sendsms_queue_create', `saved queue_code:${q} src:8${digits(rng, 3)} sms_count:1`]] } };
    }),
    3,
    plant('path-secret', 'playsms-sendsms-text-affeerraa-invite-link', 'error', "A new agent's invitation is sent by SMS and logged with its text (`/affeerraa/<token>`, \"invitation\"): the link registers whoever opens it as the agent.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { L: [['-', 'admin', 2, 'sendsms_process', `saved smslog_id:${rng.int(10000, 99999)} to:+2519${digits(rng, 8)} msg:[Affeerraa bakka bu'aa Ifa Qusannaa: https://bakkabuaa.${IQ}/affeerraa/${tok}]`]] } };
    }),
    3,
    plant('encoded', 'playsms-gateway-url-percent-encoded-text-mallattoo', 'error', "The generic HTTP gateway logs the provider URL it calls; the SMS text is percent-encoded in its `text=` parameter, and inside it a meter payment link with `mallattoo` (\"token\"), the customer's payment token.", ({ rng }) => {
      const tok = rng.alnum(28);
      return { value: tok, event: { L: [['-', '-', 3, 'generic_hook_sendsms', `url:https://sms.telco-gw.example/api/send?from=8${digits(rng, 3)}&to=2519${digits(rng, 8)}&text=Meetira%20kaffaluuf%3A%20https%3A%2F%2Fpay.${IQ}%2Fmeetira%3Fmallattoo%3D${tok}%26id%3D${digits(rng, 6)}`]] } };
    }),
    3,
    plant('header-dump', 'playsms-gateway-headers-basic', 'error', "The gateway plugin logs the headers of its request, `Authorization: Basic <base64 of user:password>` of the provider account.", ({ rng }) => {
      const b = b64Of(`ifaq_sms:${rng.alnum(18)}`);
      return { value: b, event: { L: [['-', '-', 3, 'generic_hook_sendsms', `headers:[Content-Type: application/x-www-form-urlencoded, Authorization: Basic ${b}]`]] } };
    }),
    3,
    plant('negative', 'playsms-smslog-id-status', 'none', "A delivery report with the SMS log id and the provider's message id: identifiers, no credential.", ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { L: [['-', '-', 2, 'generic_hook_getsmsstatus', `smslog_id:${rng.int(10000, 99999)} remote_id:${id} p_status:1`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'sms' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// current: /var/log/dbus-ifa-payg/current of the mini-grid's Venus OS GX device, the pay-as-you-go service's output
// written by daemontools' multilog with TAI64N stamps (`@<24 hex> <message>`), Python logging's `LEVEL:name:message`.
// From memory (multilog's `t` action, TAI64N as 2^62 + 10 + Unix seconds), not fetched.

function venusLog(rng) {
  const tai = (ms) => `@${(2n ** 62n + 10n + BigInt(Math.floor(ms / 1000))).toString(16).padStart(16, '0')}${((ms % 1000) * 1000000 + rng.int(0, 999999)).toString(16).padStart(8, '0')}`;
  const render = (e) => e.L.map(([lvl, msg]) => `${tai(e.t)} ${lvl}:payg:${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', `meetira ${rng.int(1, 80)}: kWh=${(rng.int(10, 900) / 100).toFixed(2)} haala=${rng.pick(['banaa', 'banaa', 'cufaa'])}`]] }),
      () => ({ L: [['DEBUG', `battery soc=${rng.int(40, 99)}% pv=${rng.int(0, 4200)}W load=${rng.int(200, 3800)}W`]] }),
      () => ({ L: [['INFO', `kaffaltii haaraa: meetira ${rng.int(1, 80)} guyyaa ${rng.int(1, 30)}`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'venus-vrm-portal-id', 'none', "The GX device's VRM portal id (12 hex, the device's MAC-derived id shown on its screen): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(12);
      return { value: id, event: { L: [['INFO', `starting, vrm portal id ${id}, firmware v3.52`]] } };
    }),
    3,
    plant('refresh-token', 'venus-payg-refresh-request-body', 'error', `${WHY.refresh} The service logs the form body of its token refresh request at DEBUG.`, ({ rng }) => {
      const rt = rng.b64url(50);
      return { value: rt, event: { L: [['DEBUG', `POST https://payg.${IQ}/oauth/token body=grant_type=refresh_token&refresh_token=${rt}&client_id=gx-adama-07`]] } };
    }),
    3,
    plant('api-key-name', 'venus-payg-status-url-furtuu-meetira', 'error', `${WHY.apiKey('furtuu_meetira')} ("meter key") The meter status post carries the site's key in its query; the failure line writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['ERROR', `POST https://payg.${IQ}/api/v1/meetira/haala?furtuu_meetira=${key} failed: HTTPSConnectionPool(host='payg.${IQ}', port=443): Max retries exceeded`]] } };
    }),
    3,
    plant('embed-jwt', 'venus-payg-display-embed-jwt-no-exp', 'error', "The site's wall display shows a dashboard through its embed URL (`/embed/<JWT>`), a token without `exp`; the service logs the URL it opens (TAI64N stamps are UTC)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { iss: `https://dash.${IQ}`, site: 'adama-07', gabatee: 'humna' } });
      return { value: token, jwt: facts, event: { L: [['INFO', `display url https://dash.${IQ}/embed/${token}`]] } };
    }),
    3,
    plant('webhook', 'venus-payg-alert-pumble-webhook', 'error', WHY.webhook("A Pumble incoming webhook (`api.pumble.com/workspaces/<id>/incomingWebhooks/postMessage/<token>`) the service posts low-battery alerts to; the warning writes the URL (the token is the secret part)"), ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { L: [['WARNING', `alert post failed (HTTP 500): https://api.pumble.com/workspaces/${rng.hex(24)}/incomingWebhooks/postMessage/${tok}`]] } };
    }),
    3,
    plant('path-secret', 'venus-payg-tariff-download-link', 'error', "The service downloads the month's tariff from a tokenized link (`/gatii/<token>/…`, \"price\") and logs it: the link is the credential until it expires.", ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { L: [['INFO', `downloading tariff https://files.${IQ}/gatii/${tok}/tariff-2027-11.json`]] } };
    }),
    3,
    plant('negative', 'venus-payg-tariff-sha256', 'none', "The SHA-256 of the downloaded tariff file: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { L: [['INFO', `tariff ok sha256=${h}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'gx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// emonhub.log: /var/log/emonhub/emonhub.log of emonhub on the mini-grid's monitoring Pi (local time, EAT, no zone):
// `yyyy-mm-dd HH:MM:SS,mmm <LEVEL, 8 wide> <interfacer, 10 wide> <message>`; the emoncms HTTP interfacer masks its
// API key in the URL it logs (`apikey=E-M-O-N-C-M-S-A-P-I-K-E-Y`), custom interfacers log what they are given.
// From memory (emonhub's log format and its key masking), not fetched.

function emonhubLog(rng) {
  const render = (e) => e.L.map(([lvl, name, msg]) => `${ymdHmsAt(e.t, EAT)},${msPart(e.t)} ${lvl.padEnd(8)} ${name.padEnd(10)} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['DEBUG', 'RFM2Pi', `${rng.int(100, 999)} NEW FRAME : OK ${rng.int(5, 20)} ${Array.from({ length: 8 }, () => rng.int(0, 255)).join(' ')} (-${rng.int(40, 90)})`]] }),
      () => ({ L: [['DEBUG', 'MQTT', `Publishing: emon/meetira${rng.int(1, 40)}/power ${rng.int(0, 900)}`]] }),
      () => ({ L: [['DEBUG', 'emoncmsorg', `Buffer size: ${rng.int(0, 40)}`]] }),
      () => ({ L: [['INFO', 'MQTT', `Connected to MQTT broker`]] }),
    ])();
  const steps = [
    1,
    plant('framework-dump', 'emonhub-custom-interfacer-settings-dict-jecha-darbii', 'error', "A custom interfacer logs the settings it was given as a Python dict at start-up; `jecha_darbii` (\"password\") is the PAYG back office login, written in clear.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { L: [['INFO', 'ifa_http', `Setting ifa_http settings: {'url': 'https://payg.${IQ}/api/v1/galmee', 'maqaa': 'gx-adama-07', 'jecha_darbii': '${pw}', 'interval': '30'}`]] } };
    }),
    3,
    plant('negative', 'emonhub-emoncms-masked-apikey', 'none', "emonhub's emoncms interfacer writes the URL it posts to with the API key replaced by `E-M-O-N-C-M-S-A-P-I-K-E-Y`: its own masking, no credential.", () => ({ value: 'E-M-O-N-C-M-S-A-P-I-K-E-Y', event: { L: [['DEBUG', 'emoncmsorg', 'Sending: https://emoncms.org/input/bulk.json?apikey=E-M-O-N-C-M-S-A-P-I-K-E-Y&data=[[1793710800,17,412,388,0]]&sentat=1793710802']] } })),
    3,
    plant('api-key-name', 'emonhub-custom-interfacer-url-furtuu', 'error', `${WHY.apiKey('furtuu')} ("key") The PAYG interfacer writes the URL it posts to without masking it.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { L: [['DEBUG', 'ifa_http', `Sending: https://payg.${IQ}/api/v1/galmee?furtuu=${key}&node=17`]] } };
    }),
    3,
    plant('encoded', 'emonhub-mqtt-payload-base64-json-mallattoo', 'error', "A meter's MQTT payload is base64 of a JSON object whose `mallattoo` (\"token\") is the meter's API token; the MQTT interfacer logs the payload it publishes.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ meetira: 'M-17', mallattoo: rng.alnum(32), kWh: 4.12 }));
      return { value: b, event: { L: [['DEBUG', 'MQTT', `Publishing: ifa/meetira/17/seenaa ${b}`]] } };
    }),
    3,
    plant('header-dump', 'emonhub-requests-prepared-headers-token', 'error', "The PAYG interfacer logs the headers of the request it prepared (a `requests` CaseInsensitiveDict repr): `Authorization: Token <40 hex>`, the back office's API token.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { L: [['DEBUG', 'ifa_http', `Request headers: {'User-Agent': 'python-requests/2.25.1', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'Authorization': 'Token ${tok}', 'Content-Length': '88'}`]] } };
    }),
    3,
    plant('negative', 'emonhub-mqtt-client-id', 'none', "The MQTT client id emonhub connects with (`emonhub-<hex>`): an identifier, no credential.", ({ rng }) => {
      const id = `emonhub-${rng.hex(12)}`;
      return { value: id, event: { L: [['INFO', 'MQTT', `Connecting to MQTT Server as ${id}`]] } };
    }),
    3,
    plant('webhook', 'emonhub-alert-dingtalk-robot', 'error', WHY.webhook("A DingTalk custom robot webhook (`oapi.dingtalk.com/robot/send?access_token=<token>`) the inverter supplier's alert script posts to; the warning writes the URL"), ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { L: [['WARNING', 'ifa_alert', `Alert post failed: https://oapi.dingtalk.com/robot/send?access_token=${tok} (timeout)`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'emon' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// opensips.log: OpenSIPS 3.4 of the agents' voice and WebRTC line through rsyslog's RSYSLOG_FileFormat (RFC 3339 with
// microseconds and the +03:00 offset): `<time> <host> /usr/sbin/opensips[<pid>]: <message>`, script xlog messages and
// module messages (`ERROR:rest_client:…`). From memory (rsyslog's template, OpenSIPS' log prefixes), not fetched.

function opensipsLog(rng) {
  const stamp = (t) => `${local(t, EAT).slice(0, 23)}${pad(rng.int(0, 999), 3)}+03:00`;
  const render = (e) => e.L.map((msg) => `${stamp(e.t)} sip-adama /usr/sbin/opensips[${rng.int(2100, 2140)}]: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`INFO: REGISTER sip:bakkabuaa${rng.int(1, 90)}@sip.${IQ} from ${lan(rng, '10.80')} expires=600`] }),
      () => ({ L: [`NOTICE: dialog ended: ${rng.int(10, 600)} s, bakkabuaa${rng.int(1, 90)} -> +2519${digits(rng, 8)}`] }),
      () => ({ L: [`INFO:core:handle_new_conn: new TLS connection from ${lan(rng, '10.80')}`] }),
    ])();
  const steps = [
    2,
    plant('negative', 'opensips-via-branch', 'none', "A Via `branch` (`z9hG4bK…`), the transaction id of one SIP request: no credential.", ({ rng }) => {
      const br = `z9hG4bK${rng.hex(24)}`;
      return { value: br, event: { L: [`DBG: INVITE from sip:bakkabuaa12@sip.${IQ} branch=${br}`] } };
    }),
    3,
    plant('session-id', 'opensips-xlog-x-seensa-id-header', 'error', WHY.session("The WebRTC agent app sends the portal's session id in a custom SIP header (`X-Seensa-Id`, \"login id\") so the call is tied to the agent; the script's xlog writes it"), ({ rng }) => {
      const sid = rng.hex(64);
      return { value: sid, event: { L: [`INFO: agent REGISTER sip:bakkabuaa07@sip.${IQ} X-Seensa-Id=${sid} ua=IfaAgent/2.3 (WebRTC)`] } };
    }),
    3,
    plant('id-token', 'opensips-xlog-x-id-token-header', 'error', "The agent app passes its OpenID Connect ID token in `X-Id-Token` for the script's rest_client check; the xlog writes it on a line with its +03:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://seensa.${IQ}/realms/bakkabuaa`, aud: 'agent-app', sub: rng.uuid(), preferred_username: 'bakkabuaa07' } });
      return { value: token, jwt: facts, event: { L: [`INFO: INVITE from bakkabuaa07 X-Id-Token=${token}`] } };
    }),
    3,
    plant('replay', 'opensips-rest-client-tikeetii-once', 'note', WHY.ticketFirst("A one-time `tikeetii` (\"ticket\") a customer keys in to be put through to an agent, checked by the script with rest_client; the script logs it with the caller. The ticket is"), ({ rng, t }) => {
      const tk = rng.alnum(20);
      firstUse.sip = t;
      return { value: tk, event: { L: [`INFO: rest_get https://bakkabuaa.${IQ}/api/tikeetii/mirkaneessi?tikeetii=${tk} -> 200 caller=sip:+251911${digits(rng, 6)}@10.80.2.14`] } };
    }, { ref: 'sip' }),
    2,
    plant('replay', 'opensips-rest-client-tikeetii-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('sip').value, why: `${WHY.replay('tikeetii', gap('sip', t))} Another caller from another address keyed in the same one-time ticket and the check answered 200 again.` }], event: { L: [`INFO: rest_get https://bakkabuaa.${IQ}/api/tikeetii/mirkaneessi?tikeetii=${refs.get('sip').value} -> 200 caller=sip:+251922${digits(rng, 6)}@10.80.7.203`] } }), { replayOf: 'sip', after: 131 }),
    3,
    plant('implicit-fragment', 'opensips-xlog-x-fuula-page-fragment', 'error', "The WebRTC client reports the page it runs on in `X-Fuula` (\"page\"), and that page's address still holds the implicit grant's fragment (`#access_token=…`): the script's xlog writes the access token.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { L: [`INFO: X-Fuula=https://bakkabuaa.${IQ}/bilbila/#access_token=${at}&token_type=bearer&expires_in=900`] } };
    }),
    3,
    plant('negative', 'opensips-dialog-ftag', 'none', "A dialog's from-tag as the dialog module reports it: a SIP tag, no credential.", ({ rng }) => {
      const tag = rng.hex(20);
      return { value: tag, event: { L: [`NOTICE: dialog created ftag=${tag} bakkabuaa07 -> +2519${digits(rng, 8)}`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'sip' }, filler, render, steps });
}

// =====================================================================================================================
// Phatsimo Holdings (Tswana; Gaborone: CAT, UTC+2)
// =====================================================================================================================

const PH = 'phatsimo.example';

// ---------------------------------------------------------------------------------------------------------------------
// odk-central-service.log: `docker compose logs --timestamps service` of ODK Central 2024.2 for the livestock registry
// (Leruo): `service-1  | <RFC 3339 ns Z> <line>`, the service's request lines (`<addr> - - [<CLF time>] "<request>"
// <status> <bytes>`) and its errors. From memory (the compose service name and its request log), not fetched.

function odkCentralLog(rng) {
  const render = (e) => e.L.map((x) => `service-1  | ${iso(e.t).slice(0, 23)}${digits(rng, 6)}Z ${x}`);
  const req = (e, r, status = 200) => `::ffff:172.18.0.${rng.int(5, 12)} - - [${clf(e.t)}] "${r} HTTP/1.0" ${status} ${rng.int(80, 90000)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [req({ t }, `GET /v1/projects/${rng.int(1, 5)}/forms`)] }),
      () => ({ L: [req({ t }, `GET /v1/users/current`)] }),
      () => ({ L: [req({ t }, `POST /v1/projects/3/submission`, 201)] }),
      () => ({ L: [req({ t }, `GET /v1/projects/3/forms/dikgomo_ente/submissions.csv.zip`)] }),
    ])();
  const steps = [
    2,
    plant('path-secret', 'odk-central-app-user-key-path', 'error', "ODK Collect authenticates an app user with the token in the path (`/v1/key/<token>/…`); the request line writes it: the token lets anyone submit and read forms as that field device.", ({ rng, t }) => {
      const tok = odkToken(rng);
      return { value: tok, event: { L: [req({ t }, `GET /v1/key/${tok}/projects/3/formList`)] } };
    }),
    3,
    plant('negative', 'odk-central-submission-instance-id', 'none', "A submission's instance id (`uuid:<uuid>`) in its path: an identifier, no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [req({ t }, `GET /v1/projects/3/forms/dikgomo_ente/submissions/uuid:${id}`)] } };
    }),
    3,
    plant('path-secret', 'odk-central-public-link-st-query', 'error', "A public access link's token (`?st=<token>`) rides on the submission the web form sends; the request line writes it: the link lets anyone fill in the vaccination form.", ({ rng, t }) => {
      const tok = odkToken(rng);
      return { value: tok, event: { L: [req({ t }, `POST /v1/projects/3/forms/kentelo_ya_leruo/submissions?st=${tok}`, 201)] } };
    }),
    3,
    plant('negative', 'odk-central-enketo-id', 'none', "An Enketo form id the service logs when a form is published: it names the web form, which still needs a session or a public link's token; no credential.", ({ rng }) => {
      const id = rng.alnum(32);
      return { value: id, event: { L: [`Enketo: form kentelo_ya_leruo published, enketoId=${id}`] } };
    }),
    3,
    plant('oauth-code', 'odk-central-oidc-callback-code', 'warning', WHY.code, ({ rng, t }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { L: [req({ t }, `GET /v1/oidc/callback?state=${rng.b64url(32)}&session_state=${rng.uuid()}&code=${code}`, 302)] } };
    }),
    3,
    plant('id-token', 'odk-central-oidc-error-id-token', 'error', "The OpenID Connect login fails on a missing claim and the service's error line prints the ID token it received, on a line with the container's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://tsenelo.${PH}/realms/leruo`, aud: 'odk-central', sub: rng.uuid(), email_verified: false } });
      return { value: token, jwt: facts, event: { L: [`OIDC error: email claim missing or unverified; id_token=${token}`, req({ t }, 'GET /v1/oidc/callback?error=1', 500)] } };
    }),
    3,
    plant('session-id', 'odk-central-error-request-cookie-host-session', 'error', WHY.session("The service prints a failed request with its headers when it throws; the `cookie` header holds Central's `__Host-session` cookie, the web user's session token"), ({ rng }) => {
      const tok = odkToken(rng);
      return { value: tok, event: { L: ['Problem: unexpected error while exporting submissions', "  request: { method: 'GET', url: '/v1/projects/3/forms/dikgomo_ente/submissions.csv.zip',", `    headers: { host: 'leruo.${PH}', cookie: '__Host-session=${tok}; __csrf=[not logged]' } }`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'odk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// labkey.log: logs/labkey.log of the hospital laboratory's LabKey Server 24 (local time, CAT, no zone): log4j2
// `%-5p %-15c{1} %d{DATE} %-12t: %m%n` (`INFO  ModuleLoader    03 Nov 2027 08:00:00,123 main        : …`), ExceptionUtil's
// request dumps, the e-mail service and the CAS client. From memory (LabKey's log pattern), not fetched.

function labkeyLog(rng) {
  const stamp = (t) => { const l = local(t, CAT); return `${l.slice(8, 10)} ${MONTHS[+l.slice(5, 7) - 1]} ${l.slice(0, 4)} ${l.slice(11, 19)},${l.slice(20, 23)}`; };
  const render = (e) => e.L.map((x) => (typeof x === 'string' ? x : `${x[0].padEnd(5)} ${x[1].padEnd(15)} ${stamp(e.t)} ${x[2].padEnd(12)}: ${x[3]}`));
  const exec = () => `http-nio-8080-exec-${rng.int(1, 20)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'SampleManager', exec(), `Sampole ${rng.pick(['BLD', 'URN', 'SER'])}-${digits(rng, 6)} e amogetswe (sample received)`]] }),
      () => ({ L: [['INFO', 'AssayRunUploadC', exec(), `Dipholo di tsentswe (results imported): run ${rng.int(100, 999)}, ${rng.int(2, 96)} rows`]] }),
      () => ({ L: [['DEBUG', 'ConnectionWrapper', exec(), `Connection closed after ${rng.int(1, 900)} ms`]] }),
      () => ({ L: [['INFO', 'SystemMaintenance', 'SystemMaintenance', `Database maintenance task ${rng.pick(['Purge unused participants', 'Report service cleanup', 'Search index optimize'])} complete`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'labkey-container-entity-id', 'none', "A folder's EntityId (a GUID): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['INFO', 'ContainerManager', exec(), `Folder /Bookelo/Laborotori created, EntityId ${id}`]] } };
    }),
    3,
    plant('path-secret', 'labkey-email-set-password-verification-link', 'error', "The e-mail service logs the password-setting link it sent a new clinician (`login-setPassword.view?verification=<token>&email=…`): the link sets the account's password until it is used.", ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { L: [['INFO', 'EmailService', exec(), `Sent message to k.molefe@${PH}: https://lab.${PH}/labkey/login-setPassword.view?verification=${tok}&email=k.molefe%40${PH}`]] } };
    }),
    3,
    plant('encoded', 'labkey-basic-auth-apikey-user', 'error', "An instrument connector calls LabKey with Basic authentication whose user is `apikey` and whose password is the API key (`apikey|<hex>`); the connector's failure line prints the header, base64 that decodes to the key.", ({ rng }) => {
      const b = b64Of(`apikey:apikey|${rng.hex(64)}`);
      return { value: b, event: { L: [['WARN', 'ApiKeyFilter', exec(), `Rejected request from analyser-07 with Authorization: Basic ${b}`]] } };
    }),
    3,
    plant('replay', 'labkey-cas-service-ticket-once', 'note', WHY.ticketFirst("A CAS service ticket (`ST-…`) LabKey validates once at sign-in; the CAS client logs it. The ticket is"), ({ rng }) => {
      const st = `ST-${rng.int(100, 9999)}-${rng.alnum(20)}-cas01`;
      return { value: st, event: { L: [['INFO', 'CasManager', exec(), `Validating service ticket ${st} for https://lab.${PH}/labkey/cas-validate.view`]] } };
    }),
    3,
    plant('session-id', 'labkey-exceptionutil-cookie-jsessionidsso', 'error', WHY.session("ExceptionUtil writes the request of an unhandled error with its headers; the `Cookie` header holds Tomcat's single sign-on cookie (`JSESSIONIDSSO`)"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { L: [['ERROR', 'ExceptionUtil', exec(), 'Unhandled exception: java.lang.NullPointerException'], `Request URL: https://lab.${PH}/labkey/Bookelo/Laborotori/query-executeQuery.view`, `Cookie: JSESSIONIDSSO=${sid}; lk_theme=seattle`, '\tat org.labkey.query.controllers.QueryController.executeQuery(QueryController.java:1412)'] } };
    }),
    3,
    plant('framework-dump', 'labkey-exceptionutil-parameters-lefoko-la-sephiri', 'error', "ExceptionUtil writes the request parameters of a failed form post; `lefoko_la_sephiri` (\"password\") is the clinician's new password, in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { L: [['ERROR', 'ExceptionUtil', exec(), 'Unhandled exception: org.springframework.validation.BindException'], `Request parameters: {email=[t.kgosi@${PH}], lefoko_la_sephiri=[${pw}], X-LABKEY-CSRF=[[not logged]]}`] } };
    }),
    3,
    plant('negative', 'labkey-lsid', 'none', "An LSID (`urn:lsid:…`), LabKey's life-science identifier of a run: no credential.", ({ rng }) => {
      const id = `urn:lsid:lab.${PH}:Run.Folder-${rng.int(10, 99)}:${rng.hex(16)}`;
      return { value: id, event: { L: [['INFO', 'ExperimentServi', exec(), `Run saved ${id}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'lab' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tekete-web.log: `journalctl -u tekete -o short-iso` of Phatsimo Coaches' ticketing site, a Sails.js 1.5 app under
// Node 22 (`<yyyy-mm-ddTHH:MM:SS+0200> <host> node[<pid>]: <line>`): captains-log's `debug:`/`info:`/`warn:`/`error:`
// prefixes, util.inspect output of objects, `Sending 500 ("Server Error") response:` with a Waterline error, one
// journal entry a line. From memory (captains-log prefixes, Sails' 500 response line), not fetched.

function sailsLog(rng) {
  const stamp = (t) => `${local(t, CAT).slice(0, 19)}+0200`;
  const render = (e) => e.L.map((x) => `${stamp(e.t)} bese-web node[${rng.int(800, 820)}]: ${x}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`info: Tekete e rekilwe (ticket bought): ${rng.pick(['GAB-FRW', 'GAB-MAU', 'FRW-KAS'])} setulo ${rng.int(1, 60)}`] }),
      () => ({ L: [`verbose: GET /api/v1/maeto?letlha=2027-11-${pad(rng.int(4, 20))}`] }),
      () => ({ L: [`debug: loeto ${rng.pick(['GAB-FRW-0715', 'GAB-MAU-0900', 'FRW-KAS-1300'])}: ${rng.int(0, 60)} ditulo di setse (seats left)`] }),
    ])();
  const steps = [
    2,
    plant('oauth-code', 'sails-verbose-request-auth-callback-code', 'warning', WHY.code, ({ rng }) => {
      const code = rng.b64url(32);
      return { value: code, event: { L: [`verbose: GET /tsenelo/boela?code=${code}&state=${rng.hex(20)}`] } };
    }),
    3,
    plant('negative', 'sails-booking-reference', 'none', "A booking reference (`PHT-<6>`) printed on the ticket: an identifier, no credential.", ({ rng }) => {
      const ref = `PHT-${upperNum(rng, 6)}`;
      return { value: ref, event: { L: [`info: Peeletso ${ref} e netefaditswe (booking confirmed)`] } };
    }),
    3,
    plant('implicit-fragment', 'sails-debug-params-return-to-fragment', 'error', "A route logs `req.allParams()` (util.inspect); the front end posted `returnTo` with the address it came from, and that address holds the implicit grant's fragment (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { L: [`debug: PARAMS { returnTo: '/tekete#access_token=${at}&token_type=Bearer&expires_in=3600', loeto: 'GAB-FRW-0715' }`] } };
    }),
    3,
    plant('refresh-token', 'sails-warn-urlsearchparams-refresh-token', 'error', `${WHY.refresh} The partner client logs the body of a failed refresh as Node prints a \`URLSearchParams\`.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { L: [`warn: Token endpoint answered 400 for URLSearchParams { 'grant_type' => 'refresh_token', 'refresh_token' => '${rt}', 'client_id' => 'tekete-web' }`] } };
    }),
    3,
    plant('embed-jwt', 'sails-warn-seat-map-embed-jwt-expired', 'note', "A seat-map embed (`/embed/setulo/<JWT>`, \"seat\") the page requested after its token expired; the warning writes the path on a line with its +0200 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: 900 + rng.int(3 * 3600, 5 * 3600), jti: true, claims: { iss: `https://tekete.${PH}`, loeto: 'GAB-FRW-0715' } });
      return { value: token, jwt: facts, event: { L: [`warn: Seat map embed expired: GET /embed/setulo/${token}`] } };
    }),
    3,
    plant('header-dump', 'sails-debug-outgoing-headers-basic', 'error', "The payment client logs its outgoing headers as util.inspect prints them (`authorization: 'Basic <base64>'`): the payment provider's merchant login.", ({ rng }) => {
      const b = b64Of(`phatsimo-coaches:${rng.alnum(20)}`);
      return { value: b, event: { L: [`debug: Outgoing request headers { 'content-type': 'application/json', authorization: 'Basic ${b}', 'x-request-id': '${rng.uuid()}' }`] } };
    }),
    3,
    plant('framework-dump', 'sails-500-waterline-usage-error-criteria', 'error', "Sails answers 500 and prints the error, a Waterline UsageError whose details show the criteria it rejected, `lefoko_la_sephiri` (\"password\") as the customer typed it; each line is its own journal entry.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { L: ['error: Sending 500 ("Server Error") response: ', ' UsageError: Invalid criteria.', ' Details:', `  Could not use the provided \`where\` clause: { email: 'k.sebego@example.net', lefoko_la_sephiri: '${pw}' }`, '  Unrecognized attribute `lefoko_la_sephiri` in criteria'] } };
    }),
    plant('negative', 'sails-seat-map-cache-buster', 'none', "The seat-map image's cache buster (`?v=<hex>`): no credential.", ({ rng }) => {
      const v = rng.hex(12);
      return { value: v, event: { L: [`verbose: GET /images/setulo/gab-frw.svg?v=${v}`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'bese' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// srs.log: SRS 5 (Simple Realtime Server) of the stadium's streams (Lebala la Phatsimo), `[yyyy-mm-dd HH:MM:SS.mmm]
// [<Level>][<pid>][<context id>] <message>` (local time, CAT, no zone): RTMP `connect app, tcUrl=…, pageUrl=…`,
// `client identified … param=…`, SRT stream ids, http_hooks results. From memory (SRS' log line and messages), not
// fetched.

function srsLog(rng) {
  const pid = 1;
  const render = (e) => e.L.map(([lvl, msg]) => `[${ymdHmsAt(e.t, CAT)}.${msPart(e.t)}][${lvl}][${pid}][${e.cid}] ${msg}`);
  const cid = () => rng.lowerNum(8);
  const filler = (rng) =>
    rng.pick([
      () => ({ cid: cid(), L: [['Trace', `RTMP client ip=${lan(rng, '10.90')}:${rng.int(40000, 60000)}, fd=${rng.int(8, 90)}`]] }),
      () => ({ cid: cid(), L: [['Trace', `<- CPB time=${rng.int(100, 9000)}, okbps=${rng.int(0, 9000)},0,0, ikbps=${rng.int(0, 9000)},0,0, mr=0/350, p1stpt=20000, pnt=5000`]] }),
      () => ({ cid: cid(), L: [['Trace', `HLS: Update m3u8 ./objs/nginx/html/live/lebala1.m3u8 seq=${rng.int(100, 900)}`]] }),
    ])();
  const steps = [
    { raw: { cid: 'd0000000', L: [['Trace', `SRS/5.0.210(Bee), MIT, the stream server`], ['Trace', 'server main cid=d0000000, pid=1, ppid=0, asprocess=0']] } },
    plant('negative', 'srs-server-id-service-id', 'none', "SRS' server and service ids (`vid-…`): instance identifiers, no credential.", ({ rng }) => {
      const v = `vid-${rng.lowerNum(7)}`;
      return { value: v, event: { cid: 'd0000000', L: [['Trace', `server_id=${v}, service_id=${rng.lowerNum(8)}, pid=1, service_pid=1`]] } };
    }, { after: 0 }),
    3,
    plant('implicit-fragment', 'srs-rtmp-connect-pageurl-fragment', 'error', "A browser-based encoder connects and sends its page address as the RTMP `pageUrl`; the page still holds the implicit grant's fragment (`#access_token=…`), and SRS writes `pageUrl` in its connect line.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { cid: cid(), L: [['Trace', `connect app, tcUrl=rtmp://stream.${PH}:1935/studio, pageUrl=https://studio.${PH}/gasa/#access_token=${at}&token_type=Bearer, swfUrl=, schema=rtmp, vhost=__defaultVhost__, port=1935, app=studio, args=null`]] } };
    }),
    3,
    plant('api-key-name', 'srs-rtmp-tcurl-and-param-senotlolo', 'error', `${WHY.apiKey('senotlolo')} ("key") The pitch camera publishes with the key in the query; SRS writes it in \`tcUrl\` of the connect line and again in \`param\` of the identified line.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { cid: cid(), L: [['Trace', `connect app, tcUrl=rtmp://stream.${PH}:1935/live?senotlolo=${key}, pageUrl=, swfUrl=, schema=rtmp, vhost=__defaultVhost__, port=1935, app=live, args=null`], ['Trace', `client identified, type=fmle-publish, vhost=__defaultVhost__, app=live, stream=lebala1, param=?senotlolo=${key}, duration=-1ms`]] } };
    }),
    3,
    plant('encoded', 'srs-srt-streamid-s-base64-json', 'error', "The SRT caller's stream id carries its credentials in `s=`: base64 of a JSON object with `sephiri` (\"secret\"), the publishing password; SRS writes the stream id.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ mosebedisi: 'pitch-cam-2', sephiri: rng.alnum(24) }));
      return { value: b, event: { cid: cid(), L: [['Trace', `srt: accept streamid=#!::r=live/lebala2,m=publish,s=${b}, fd=${rng.int(8, 90)}`]] } };
    }),
    3,
    plant('negative', 'srs-dvr-file-path', 'none', "A DVR segment's file name with its timestamp: no credential.", ({ rng }) => {
      const f = `lebala1.${digits(rng, 13)}.flv`;
      return { value: f, event: { cid: cid(), L: [['Trace', `dvr: reap segment ./objs/nginx/html/live/${f}, duration=${rng.int(60, 600)}s`]] } };
    }),
    3,
    plant('api-key-name', 'srs-http-hook-on-dvr-url-api-senotlolo', 'error', `${WHY.apiKey('api_senotlolo')} ("API key") The on_dvr hook's URL, configured with the archive's key in its query, is written by SRS' hook result line.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { cid: cid(), L: [['Trace', `http hook on_dvr success. client_id=${rng.lowerNum(8)}, url=https://archive.${PH}/srs/dvr?api_senotlolo=${key}, request={"action":"on_dvr","app":"live","stream":"lebala1"}, response={"code":0}`]] } };
    }),
    3,
    plant('webhook', 'srs-http-hook-on-publish-zoho-cliq-zapikey', 'error', WHY.webhook("A Zoho Cliq channel webhook (`cliq.zoho.com/api/v2/channelsbyname/<channel>/message?zapikey=<key>`) set as the on_publish hook; the hook's failure line writes the URL (the `zapikey` is the secret part)"), ({ rng }) => {
      const tok = `1001.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: tok, event: { cid: cid(), L: [['Warn', `http hook on_publish failed, url=https://cliq.zoho.com/api/v2/channelsbyname/lebala/message?zapikey=${tok}, code=400, ret=1025(HttpHooks)`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'srs' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout58');
writePart(join(here, 'heldout58'), {
  'fix-gateway.log': fixGatewayLog(rng),
  'kitchen-origin-prices.log': kitchenLog(rng),
  'Cronicle.log': cronicleLog(rng),
  'calibre-web.log': calibreWebLog(rng),
  'wowzastreamingengine_access.log': wowzaLog(rng),
  'bakkabuaa-portal.log': agentPortalLog(rng),
  'playsms.log': playSmsLog(rng),
  'current': venusLog(rng),
  'emonhub.log': emonhubLog(rng),
  'opensips.log': opensipsLog(rng),
  'odk-central-service.log': odkCentralLog(rng),
  'labkey.log': labkeyLog(rng),
  'tekete-web.log': sailsLog(rng),
  'srs.log': srsLog(rng),
});
