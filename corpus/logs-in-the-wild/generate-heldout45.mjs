// Writes corpus/logs-in-the-wild/heldout45/: a forty-fifth held-out part, in formats no other part uses (a HAPI FHIR
// JPA server's log with its access LoggingInterceptor and the FHIR client's request logging, a Mirth Connect mirth.log
// with channel scripts' logger lines and HL7 v2 messages, a Shibboleth IdP 5 idp-process.log at DEBUG with its OIDC OP
// plugin, an OpenVPN 2.6 server log with its scripts' output, a Python reminder job with smtplib at debug level 2, a
// Nakama 3 game server's JSON log with runtime modules' lines, a Source dedicated server's game log, a Kill Bill server
// log with Jersey's LoggingFilter, PHPMailer's SMTP debug output of a queue worker, a Tailscale container's log, a
// GeoServer geoserver.log with request logging, an ArcGIS Server log in its <Msg> format, a Magento 2 var/log/payment.log
// with var_export dumps, a Zimbra mailbox.log), with credentials planted in the places issue #14 lists and look-alikes
// that are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads
// the files.
//
//   node corpus/logs-in-the-wild/generate-heldout45.mjs     rewrites heldout45/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Northbridge Family Health, a network of family clinics in Nova Scotia with a FHIR server, an HL7
// interface engine, a Shibboleth IdP, a staff VPN and an appointment reminder job (English, five logs); Dula Sugbo
// ("Cebu game"), a mobile and PC game studio in Cebu City with a Nakama backend, community game servers, Kill Bill for
// season-pass subscriptions, a PHP account portal and Tailscale between its servers (Cebuano messages, routes, parameter
// and field names, English code names, five logs); Vanilina Sava, a vanilla growers' cooperative in Sambava with a plot
// registry on GeoServer and ArcGIS Server, a Magento shop and Zimbra mail (Malagasy messages, routes, parameter and field
// names, English code names, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'HAPI-FHIR/8.4.0 (FHIR Client; FHIR 4.0.1/R4; apache)', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 8, 14, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Halifax (ADT, UTC-3 in September), Cebu (PHT, UTC+8), Sambava (EAT, UTC+3). */
const ADT = -180;
const PHT = 480;
const EAT = 180;
/** `yyyy-MM-dd HH:mm:ss.SSS` at `offset` minutes. */
const ymdHmsMsAt = (ms, offset) => local(ms, offset).slice(0, 23).replace('T', ' ');
/** A private address. */
const lan = (rng, prefix = '10.20') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** Percent-encoding as encodeURIComponent does it. */
const pct = (s) => encodeURIComponent(s);

// =====================================================================================================================
// Northbridge Family Health (English; Halifax)
// =====================================================================================================================

const NB = 'northbridgehealth.example';

// ---------------------------------------------------------------------------------------------------------------------
// hapi-fhir.log: the HAPI FHIR JPA Server Starter 8.4 in a container (clock in UTC), its Spring Boot console written to
// a file: logback `%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} [%file:%line] %msg%n`; the starter's
// access LoggingInterceptor (logger `fhirtest.access`, message `Path[…] Source[…] Operation[…] UA[…] Params[?…]
// ResponseEncoding[…]`); the rest-hook subscription delivery's FHIR client with its client LoggingInterceptor
// (`Client request: …`, `Client request headers:` then one header a line, without a time).
// https://hapifhir.io/hapi-fhir/docs/interceptors/built_in_server_interceptors.html (from memory, not fetched: the
// LoggingInterceptor's `${…}` substitutions); the starter's application.yaml `hapi.fhir.logger` format from memory.

function hapiLog(rng) {
  const stamp = (t) => ymdHmsMsAt(t, 0);
  const render = (e) => e.h.flatMap(([thread, lvl, logger, src, msg, cont = []]) => [`${stamp(e.t)} [${thread}] ${lvl.padEnd(5)} ${logger} [${src}] ${msg}`, ...cont]);
  const exec = () => `http-nio-8080-exec-${rng.int(1, 40)}`;
  const access = (path, op, params, ua = rng.pick(TOOLS.slice(0, 5)), src = lan(rng, '10.20')) => [exec(), 'INFO', 'fhirtest.access', 'LoggingInterceptor.java:176', `Path[/fhir] Source[${src}] Operation[${op}] UA[${ua}] Params[${params}] ResponseEncoding[JSON]`];
  const filler = (rng) =>
    rng.pick([
      () => ({ h: [access('/fhir', `search-type  Appointment`, `?date=ge2027-09-${pad(rng.int(14, 20))}&practitioner=Practitioner%2F${rng.int(100, 999)}&_count=50`)] }),
      () => ({ h: [access('/fhir', `read  Patient/${rng.int(1000, 99999)}`, '')] }),
      () => ({ h: [access('/fhir', `update  Observation/${rng.int(10000, 99999)}`, '')] }),
      () => ({ h: [[`scheduling-${rng.int(1, 4)}`, 'INFO', 'c.u.f.j.s.r.ResourceReindexingSvcImpl', 'ResourceReindexingSvcImpl.java:212', `Reindexed ${rng.int(0, 40)} resources in ${rng.int(10, 900)}ms`]] }),
      () => ({ h: [access('/fhir', `search-type  Observation`, `?patient=Patient%2F${rng.int(1000, 99999)}&category=laboratory&_sort=-date`)] }),
    ])();
  const header = [];
  const steps = [
    { raw: { h: [['main', 'INFO', 'ca.uhn.fhir.jpa.starter.Application', 'StartupInfoLogger.java:53', 'Starting Application v8.4.0 using Java 21.0.8 with PID 1 (/app/main.war started by root in /app)'], ['main', 'INFO', 'ca.uhn.fhir.context.FhirContext', 'FhirContext.java:234', 'Creating new FHIR context for FHIR version [R4]'], ['main', 'INFO', 'ca.uhn.fhir.jpa.starter.Application', 'StartupInfoLogger.java:59', 'Started Application in 41.822 seconds (process running for 43.1)']] }, after: 0 },
    3,
    plant('negative', 'hapi-access-bulk-export-poll-job-id', 'none', "A bulk export's status poll (`$export-poll-status?_jobId=<uuid>`): the job's identifier, useless without the client's own authorization, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { h: [access('/fhir', 'extended-operation-server $export-poll-status', `?_jobId=${id}`)] } };
    }),
    3,
    plant('api-key-name', 'hapi-access-params-partner-key', 'error', `${WHY.apiKey('partner_key')} A pharmacy partner's integration sends it as a query parameter on FHIR searches, and the access LoggingInterceptor writes every parameter (\`Params[?…]\`).`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { h: [access('/fhir', 'search-type  MedicationRequest', `?patient=Patient%2F${rng.int(1000, 99999)}&status=active&partner_key=${key}`, 'python-requests/2.32.5', '198.51.100.62')] } };
    }),
    3,
    plant('header-dump', 'hapi-fhir-client-request-headers-authorization-bearer', 'error', "A rest-hook Subscription delivers lab results to the referral partner with the `channel.header` it was created with (`Authorization: Bearer …`); the delivering FHIR client's LoggingInterceptor writes its request headers, one a line under `Client request headers:`, the bearer value alone on a line without a time.", ({ rng }) => {
      const tok = rng.b64url(44);
      const th = `subscription-delivery-rest-hook-${rng.hex(8)}-${rng.int(1, 9)}`;
      return { value: tok, event: { h: [[th, 'INFO', 'c.u.f.r.c.i.LoggingInterceptor', 'LoggingInterceptor.java:82', `Client request: POST https://referrals.partner.example/fhir/Observation HTTP/1.1`, []], [th, 'INFO', 'c.u.f.r.c.i.LoggingInterceptor', 'LoggingInterceptor.java:91', 'Client request headers:', ['Accept-Charset: utf-8', 'Accept: application/fhir+json;q=1.0, application/json+fhir;q=0.9', `User-Agent: HAPI-FHIR/8.4.0 (FHIR Client; FHIR 4.0.1/R4; apache)`, `Authorization: Bearer ${tok}`, 'Content-Type: application/fhir+json; charset=UTF-8']], [th, 'INFO', 'c.u.f.r.c.i.LoggingInterceptor', 'LoggingInterceptor.java:118', `Client response: HTTP 201 Created (Observation/${rng.int(1000, 9999)}/_history/1) in ${rng.int(40, 900)}ms`, []]] } };
    }),
    3,
    plant('replay', 'hapi-access-custom-link-device-ticket-once', 'note', WHY.ticketFirst("The patient app pairs a clinic kiosk through a custom operation with a one-time ticket in the query (`$link-device?ticket=…`), which the access LoggingInterceptor writes. The ticket is"), ({ rng }) => {
      const tk = rng.b64url(32);
      return { value: tk, event: { h: [access('/fhir', 'extended-operation-type Device/$link-device', `?ticket=${tk}&kiosk=NB-DART-03`, 'okhttp/5.3.2', '203.0.113.140')] } };
    }),
    3,
    plant('negative', 'hapi-binary-sha256-hash', 'none', "The SHA-256 a Binary's content is stored under in the JPA binary storage: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { h: [[exec(), 'INFO', 'c.u.f.j.b.s.FilesystemBinaryStorageSvcImpl', 'FilesystemBinaryStorageSvcImpl.java:143', `Stored binary blob with ${rng.int(20000, 900000)} bytes and ContentType application/pdf for resource Binary/${rng.int(1000, 9999)} with hash sha256:${h}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'fhir', api: true }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// mirth.log: Mirth Connect 4.5's logs/mirth.log in the nextgenhealthcare/connect container (clock in UTC): log4j2
// `%-5p %d [%t] %c: %m%n`; channel scripts' `logger.info(…)` under the categories `transformer`, `js-connector`,
// `preprocessor`; threads named after the channel and connector; an HL7 v2 message a transformer logs with its segments
// on lines of their own (HL7's `\T\` escape for `&` inside a field); the HTTP Sender's connection errors.
// https://docs.nextgen.com/ (Mirth Connect user guide, from memory, not fetched: the log4j2 pattern and the script
// logger categories); HL7 v2.5 chapter 2's escape sequences (`\F\`, `\S\`, `\T\`, `\R\`, `\E\`) from memory.

function mirthLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, 0)},${msPart(t)}`;
  const render = (e) => e.m.flatMap(([lvl, thread, cat, msg, cont = []]) => [`${lvl.padEnd(5)} ${stamp(e.t)} [${thread}] ${cat}: ${msg}`, ...cont]);
  const ch = { adt: `ADT Inbound (${rng.uuid()})`, lab: `Lab Results (${rng.uuid()})`, alerts: `Alerts Outbound (${rng.uuid()})`, sms: `Patient SMS (${rng.uuid()})`, ehr: `EHR Token (${rng.uuid()})` };
  const filler = (rng) =>
    rng.pick([
      () => ({ m: [['INFO', `${ch.adt.split(' (')[0]} < TCP Receiver Thread`, 'transformer', `ADT^A0${rng.pick(['1', '3', '8'])} for MRN NB${digits(rng, 7)} routed to Scheduling`]] }),
      () => ({ m: [['INFO', 'Data Pruner Thread', 'com.mirth.connect.plugins.datapruner.DataPruner', `Pruned ${rng.int(0, 900)} messages from channel Lab Results`]] }),
      () => ({ m: [['WARN', `Lab Results < HTTP Listener Thread`, 'preprocessor', `Empty OBX-5 in ORU^R01 from ${rng.pick(['DartLab', 'ValleyPath'])}, message kept for review`]] }),
      () => ({ m: [['INFO', 'Main Server Thread', 'com.mirth.connect.server.controllers.DonkeyEngineController', `Channel ${rng.pick(['ADT Inbound', 'Lab Results', 'Patient SMS'])} statistics: received ${rng.int(10, 500)}, sent ${rng.int(10, 500)}, errored 0`]] }),
    ])();
  const header = [];
  const steps = [
    { raw: { m: [['INFO', 'Main Server Thread', 'com.mirth.connect.server.Mirth', 'Mirth Connect 4.5.2 (Built on June 18, 2025) server successfully started.'], ['INFO', 'Main Server Thread', 'com.mirth.connect.server.Mirth', 'This product was developed by NextGen Healthcare (https://www.nextgen.com) and its contributors (c)2005-2025.'], ['INFO', 'Main Server Thread', 'com.mirth.connect.server.Mirth', 'Running OpenJDK 64-Bit Server VM 17.0.15 on Linux (5.15.0-144-generic, amd64), postgres, with charset UTF-8.']] }, after: 0 },
    2,
    plant('negative', 'mirth-hl7-msh10-control-id', 'none', "An HL7 message's control id (MSH-10) in a transformer's routing line: a message identifier the sender assigns, no credential.", ({ rng }) => {
      const id = `NB${upperNum(rng, 18)}`;
      return { value: id, event: { m: [['INFO', 'ADT Inbound < TCP Receiver Thread', 'transformer', `ACK AA sent for control id ${id} (ADT^A04)`]] } };
    }),
    2,
    plant('encoded', 'mirth-transformer-hl7-obx5-rp-url-escaped-ampersand-token', 'error', "A lab's ORU^R01 points at its PDF report with a reference-pointer OBX whose URL carries a viewing token; inside an HL7 field `&` is the subcomponent separator, so the sender escapes it as `\\T\\` (`…?doc=…\\T\\token=…`). The transformer logs the message with its segments on lines of their own: the token is on the OBX line, which has no time of its own.", ({ rng }) => {
      const tk = rng.alnum(40);
      const mrn = `NB${digits(rng, 7)}`;
      const th = 'Lab Results < HTTP Listener Thread';
      const ts = `2027091${rng.int(4, 4)}${pad(rng.int(8, 13))}${pad(rng.int(0, 59))}`;
      return { value: tk, event: { m: [['INFO', th, 'transformer', 'Inbound ORU from DartLab:', [`MSH|^~\\&|DARTLAB|DARTLAB|MIRTH|NBFH|${ts}||ORU^R01^ORU_R01|DL${digits(rng, 10)}|P|2.5.1`, `PID|1||${mrn}^^^NBFH^MR||MACNEIL^SARAH^J||19${rng.int(50, 99)}0${rng.int(1, 9)}1${rng.int(0, 9)}|F`, `OBR|1|${digits(rng, 8)}|DL${digits(rng, 8)}|24323-8^Comprehensive metabolic panel^LN|||${ts}`, `OBX|1|RP|PDF^Report PDF^L||https://results.dartlab.example/pdf?doc=${digits(rng, 9)}\\T\\token=${tk}^PDF^application^pdf||||||F`, `OBX|2|NM|2345-7^Glucose^LN||${(rng.int(40, 90) / 10).toFixed(1)}|mmol/L|3.9-7.8||||F`]]] } };
    }),
    2,
    plant('framework-dump', 'mirth-transformer-sourcemap-java-map-parameters-password', 'error', "The lab's legacy uploader posts with `?user=…&password=…`; a debugging line in the Lab Results transformer logs the whole `sourceMap`, a Java map whose `toString()` writes the HTTP Listener's `parameters` (`{password=[…], user=[…]}`).", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { m: [['INFO', 'Lab Results < HTTP Listener Thread', 'transformer', `sourceMap: {method=POST, uri=/labs/oru, remoteAddress=198.51.100.${rng.int(2, 250)}, localPort=8443, parameters={password=[${pw}], user=[valleypath-upload]}, contextPath=/labs/oru, headers={Content-Type=[application/hl7-v2], User-Agent=[ValleyPath Uploader 3.1]}}`]] } };
    }),
    2,
    plant('refresh-token', 'mirth-js-connector-ehr-token-refresh-body', 'error', `${WHY.refresh} The EHR Token channel's JavaScript Writer renews the EHR API's access token and logs the form body it posts (\`grant_type=refresh_token&refresh_token=…\`).`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { m: [['INFO', `${ch.ehr} JavaScript Writer Process Thread on ${ch.ehr}, destination 1`, 'js-connector', `POST https://api.ehr-vendor.example/oauth2/token body: grant_type=refresh_token&refresh_token=${rt}&client_id=northbridge-mirth`]] } };
    }),
    2,
    plant('id-token', 'mirth-js-connector-token-response-id-token-expired', 'note', "The same channel logs the token endpoint's JSON answer, an `id_token` with it; this one is logged from a cached response, two hours after it expired (the container's clock is UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 7200, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://api.ehr-vendor.example', aud: 'northbridge-mirth', sub: `svc-${rng.hex(8)}`, auth_time: Math.floor(t / 1000) - 11000 } });
      return { value: token, jwt: facts, event: { m: [['INFO', `${ch.ehr} JavaScript Writer Process Thread on ${ch.ehr}, destination 1`, 'js-connector', `token response (cache): {"token_type":"Bearer","expires_in":0,"id_token":"${token}","scope":"openid system/*.read"}`]] } };
    }),
    2,
    plant('webhook', 'mirth-js-connector-pagerduty-events-v2-routing-key-body', 'error', WHY.webhook("A PagerDuty Events API v2 integration key (`routing_key`) in the JSON body the Alerts channel posts to `events.pagerduty.com/v2/enqueue`; the channel's script logs the body before sending"), ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { m: [['INFO', `${ch.alerts} JavaScript Writer Process Thread on ${ch.alerts}, destination 1`, 'js-connector', `PD body: {"routing_key":"${key}","event_action":"trigger","payload":{"summary":"Lab Results channel errored 12 messages","source":"mirth-nbfh","severity":"error"}}`]] } };
    }),
    2,
    plant('path-secret', 'mirth-transformer-sms-text-portal-invitation-link', 'error', WHY.pathSecret('A patient portal invitation (`/portal/invite/<token>`) in the SMS text the Patient SMS channel logs before handing it to the SMS gateway'), ({ rng }) => {
      const tk = rng.b64url(32);
      return { value: tk, event: { m: [['INFO', `Patient SMS < JavaScript Reader Thread`, 'transformer', `SMS to +1902${digits(rng, 7)}: "Northbridge Family Health: your portal is ready. Set it up within 72 h: https://portal.${NB}/portal/invite/${tk}"`]] } };
    }),
    2,
    plant('embed-jwt', 'mirth-transformer-results-viewer-embed-jwt-no-exp', 'error', "The Lab Results transformer builds the EHR's embedded results viewer link (`/embed/results/<JWT>`) for an MDM message and logs it; the token has no `exp`, so the link works until its key rotates (container clock in UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(1, 30), claims: { iss: `https://portal.${NB}`, sub: `NB${digits(rng, 7)}`, view: 'lab-results' } });
      return { value: token, jwt: facts, event: { m: [['INFO', 'Lab Results < HTTP Listener Thread', 'transformer', `viewer link: https://portal.${NB}/embed/results/${token}`]] } };
    }),
    2,
    plant('negative', 'mirth-message-id-channel-uuid', 'none', "An HTTP Sender's connection error naming the channel (`(<uuid>)`) and Mirth's message id: identifiers of a channel and a message, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { m: [['ERROR', `HTTP Sender Process Thread on Referrals Outbound (${id}), HTTP Sender`, 'com.mirth.connect.connectors.http.HttpDispatcher', `Error connecting to HTTP server at https://referrals.partner.example/fhir/Observation (Referrals Outbound "HTTP Sender" on ${id}, message id ${rng.int(10000, 99999)}). java.net.SocketTimeoutException: Read timed out`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'mirth' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// idp-process.log: the Shibboleth IdP 5.1 (Jetty 12, clock in UTC) with the OIDC OP plugin, logging at DEBUG for
// `net.shibboleth.idp`, `org.springframework.web` and `org.apache.http.headers` during an integration week: logback
// `%date{ISO8601} - %X{idp.remote_addr} - %level [%logger:%line] - %msg%n`; profile actions' messages, the HTTP
// DataConnector's request URL, Apache HttpClient's header log (`http-outgoing-N >> …`).
// https://shibboleth.atlassian.net/wiki/spaces/IDP5/pages/3199500577/LoggingConfiguration (from memory, not fetched);
// the OIDC OP plugin's messages from memory.

function idpLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, 0)},${msPart(t)}`;
  const render = (e) => e.s.map(([addr, lvl, logger, msg]) => `${stamp(e.t)} - ${addr} - ${lvl} [${logger}] - ${msg}`);
  const staff = () => rng.pick(['j.morrison', 'a.macdonald', 'p.chiasson', 'r.boutilier', 'k.oconnell']);
  const ext = () => publicIp(rng);
  const filler = (rng) =>
    rng.pick([
      () => ({ s: [[ext(), 'INFO', 'net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP:152', `Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '${staff()}' succeeded`]] }),
      () => ({ s: [[ext(), 'DEBUG', 'net.shibboleth.idp.profile.impl.SelectProfileConfiguration:104', `Profile Action SelectProfileConfiguration: Profile configuration http://shibboleth.net/ns/profiles/oidc/sso/browser selected for relying party ${rng.pick(['ehr-web', 'scheduling', 'staff-wiki'])}`]] }),
      () => ({ s: [[ext(), 'INFO', 'Shibboleth-Audit.SSO:283', `${rng.pick(['ehr-web', 'scheduling'])}|${staff()}|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect|_${rng.hex(32)}`]] }),
      () => ({ s: [['', 'INFO', 'net.shibboleth.shared.service.AbstractReloadableService:249', `Service 'shibboleth.MetadataResolverService': Reload complete`]] }),
    ])();
  const header = [];
  const steps = [
    2,
    plant('negative', 'idp-webflow-execution-key', 'none', "Spring Web Flow's execution key in the IdP's flow URL (`?execution=e1s2`): the step of a login conversation, no credential.", ({ rng }) => {
      const k = `e${rng.int(2, 9)}s${rng.int(1, 4)}`;
      return { value: `execution=${k}`, event: { s: [[ext(), 'DEBUG', 'org.springframework.web.servlet.DispatcherServlet:1118', `POST "/idp/profile/oidc/authorize?execution=${k}", parameters={masked}`]] } };
    }),
    2,
    plant('session-id', 'idp-dispatcher-jetty-jsessionid-path-parameter', 'error', WHY.session("A kiosk browser with cookies blocked gets Jetty's URL-rewritten session (`;jsessionid=node0…`) on the IdP's SSO path, and DispatcherServlet at DEBUG writes the path with it: the servlet session carries the login conversation"), ({ rng }) => {
      const sid = `node0${lowerNum(rng, 26)}${rng.int(1, 99)}`;
      return { value: sid, event: { s: [[ext(), 'DEBUG', 'org.springframework.web.servlet.DispatcherServlet:1118', `GET "/idp/profile/SAML2/Redirect/SSO;jsessionid=${sid}.node0?execution=e1s1", parameters={masked}`]] } };
    }),
    2,
    plant('oauth-code', 'idp-oidc-op-authorization-response-redirect-code', 'warning', `${WHY.code} The OIDC OP plugin at DEBUG writes the authorization response it sends back to the scheduling app, its redirect URL with the query.`, ({ rng }) => {
      const code = `AAdzZWNyZXQx${rng.b64url(150)}`;
      return { value: code, event: { s: [[ext(), 'DEBUG', 'net.shibboleth.idp.plugin.oidc.op.profile.impl.FormOutboundAuthorizationResponseMessage:118', `Profile Action FormOutboundAuthorizationResponseMessage: Redirecting to https://scheduling.${NB}/oidc/callback?code=${code}&state=${rng.b64url(32)}`]] } };
    }),
    2,
    plant('implicit-fragment', 'idp-oidc-op-implicit-response-fragment-access-token', 'error', "The legacy staff directory app still uses the implicit flow (`response_type=id_token token`), so the OP's response carries the access token in the redirect's fragment, which the same DEBUG line writes in full.", ({ rng }) => {
      const at = `AAdzZWNyZXQx${rng.b64url(120)}`;
      return { value: at, event: { s: [[ext(), 'DEBUG', 'net.shibboleth.idp.plugin.oidc.op.profile.impl.FormOutboundAuthorizationResponseMessage:118', `Profile Action FormOutboundAuthorizationResponseMessage: Redirecting to https://directory.${NB}/#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.b64url(24)}`]] } };
    }),
    2,
    plant('negative', 'idp-oidc-authorize-pkce-code-challenge', 'none', "The authorize request's PKCE `code_challenge` (a SHA-256 of a verifier the client keeps): public by design, no credential.", ({ rng }) => {
      const cc = rng.b64url(43);
      return { value: cc, event: { s: [[ext(), 'DEBUG', 'org.springframework.web.servlet.DispatcherServlet:1118', `GET "/idp/profile/oidc/authorize?client_id=scheduling&response_type=code&scope=openid%20profile&code_challenge=${cc}&code_challenge_method=S256&redirect_uri=https%3A%2F%2Fscheduling.${NB}%2Foidc%2Fcallback", parameters={masked}`]] } };
    }),
    2,
    plant('api-key-name', 'idp-http-dataconnector-request-url-apikey', 'error', `${WHY.apiKey('apiKey')} The HTTP DataConnector that fetches a clinician's licence status from the college's registry puts it in the URL, and the connector writes the URL at DEBUG.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { s: [[ext(), 'DEBUG', 'net.shibboleth.idp.attribute.resolver.dc.http.impl.HTTPDataConnector:171', `Data Connector 'licenceRegistry': Sending request to https://registry.cpsns.example/api/v2/licences?registrant=${digits(rng, 6)}&apiKey=${key}`]] } };
    }),
    2,
    plant('header-dump', 'idp-httpclient-headers-outgoing-authorization-bearer', 'error', "The payroll DataConnector authenticates with a bearer token; Apache HttpClient's `org.apache.http.headers` logger at DEBUG writes each outgoing header (`http-outgoing-4 >> Authorization: Bearer …`).", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { s: [[ext(), 'DEBUG', 'org.apache.http.headers:135', `http-outgoing-${rng.int(1, 9)} >> Authorization: Bearer ${tok}`]] } };
    }),
    2,
    plant('id-token', 'idp-oidc-logout-id-token-hint', 'error', "The EHR's logout sends the user's ID token as `id_token_hint` on the IdP's end-session endpoint with a GET; DispatcherServlet at DEBUG writes the query (the IdP's clock is UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(600, 2400), alg: 'RS256', kid: `defaultRSASign`, claims: { iss: `https://idp.${NB}`, aud: 'ehr-web', sub: `${rng.hex(20)}`, acr: 'password' } });
      return { value: token, jwt: facts, event: { s: [[ext(), 'DEBUG', 'org.springframework.web.servlet.DispatcherServlet:1118', `GET "/idp/profile/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fehr.${NB}%2F", parameters={masked}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'idp' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// openvpn.log: an OpenVPN 2.6 server with `log-append /var/log/openvpn/openvpn.log` and `verb 4` (the host in UTC):
// `yyyy-mm-dd HH:MM:SS` then `<common name>/<address>:<port> ` for a client instance; the `auth-user-pass-verify` and
// `client-connect` scripts inherit its stderr, so their `set -x` trace and messages land in the file without a time;
// `SENT CONTROL [...]: 'PUSH_REPLY,…'` with the `auth-token` value replaced by `*` (the control-message sanitiser).
// https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/ (from memory, not fetched: `--log-append`,
// `--auth-user-pass-verify`, `--client-connect`, `--auth-gen-token`).

function openvpnLog(rng) {
  const render = (e) => e.o.map((l) => (l.raw ? l.raw : `${ymdHmsAt(e.t, 0)} ${l}`));
  const cn = () => rng.pick(['j.morrison', 'a.macdonald', 'p.chiasson', 'r.boutilier', 'nb-kiosk-07']);
  const peer = () => `[AF_INET]${publicIp(rng)}:${rng.int(20000, 65000)}`;
  const filler = (rng) =>
    rng.pick([
      () => { const c = cn(); return { o: [`${c}/${publicIp(rng)}:${rng.int(20000, 65000)} MULTI_sva: pool returned IPv4=10.8.0.${rng.int(2, 250)}, IPv6=(Not enabled)`] }; },
      () => ({ o: [`${publicIp(rng)}:${rng.int(20000, 65000)} TLS: Initial packet from ${peer()}, sid=${rng.hex(8)} ${rng.hex(8)}`] }),
      () => { const c = cn(); return { o: [`${c}/${publicIp(rng)}:${rng.int(20000, 65000)} Data Channel: cipher 'AES-256-GCM', peer-id: ${rng.int(0, 40)}`] }; },
      () => { const c = cn(); return { o: [`${c}/${publicIp(rng)}:${rng.int(20000, 65000)} SIGUSR1[soft,ping-restart] received, client-instance restarting`] }; },
    ])();
  const steps = [
    { raw: { o: ['OpenVPN 2.6.14 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] [DCO]', 'library versions: OpenSSL 3.0.13 30 Jan 2024, LZO 2.10', 'Initialization Sequence Completed'] }, after: 0 },
    3,
    plant('negative', 'openvpn-verify-cert-sha256-fingerprint', 'none', "The SHA-256 fingerprint of a client certificate OpenVPN verified: a public digest of a public certificate, no credential.", ({ rng }) => {
      const fp = Array.from({ length: 32 }, () => rng.hex(2)).join(':');
      return { value: fp, event: { o: [`${publicIp(rng)}:${rng.int(20000, 65000)} VERIFY OK: depth=0, CN=nb-kiosk-07, cert sha256 fingerprint ${fp}`] } };
    }),
    3,
    plant('api-key-name', 'openvpn-auth-script-set-x-curl-api-token-query', 'error', `${WHY.apiKey('api_token')} The auth-user-pass-verify script checks the staff directory with it in the URL; its \`set -x\` trace goes to OpenVPN's stderr, hence into the log, without a time.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { o: [`${publicIp(rng)}:${rng.int(20000, 65000)} TLS: Username/Password authentication deferred for username 'a.macdonald'`, { raw: `+ curl -fsS 'https://directory.${NB}/api/staff/a.macdonald/vpn?api_token=${key}'` }, { raw: '+ status=active' }] } };
    }),
    3,
    plant('webhook', 'openvpn-connect-script-set-x-curl-slack-webhook', 'error', WHY.webhook('A Slack incoming webhook (`hooks.slack.com/services/T…/B…/…`) the client-connect script posts new-device notices to; `set -x` writes the curl command with the URL'), ({ rng }) => {
      const hook = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
      return { value: hook, event: { o: [{ raw: `+ curl -fsS -X POST -H 'Content-Type: application/json' -d '{"text":"New VPN device for p.chiasson"}' https://hooks.slack.com/services/${hook}` }, { raw: 'ok' }] } };
    }),
    3,
    plant('api-key-name', 'openvpn-connect-script-set-x-pushover-token', 'error', `${WHY.apiKey('token')} Pushover's application token, posted with \`--form-string token=…\` by the client-connect script for after-hours logins; \`set -x\` writes the command.`, ({ rng }) => {
      const tok = lowerNum(rng, 30);
      return { value: tok, event: { o: [{ raw: `+ curl -s --form-string token=${tok} --form-string user=${lowerNum(rng, 30)} --form-string 'message=After-hours VPN login: r.boutilier' https://api.pushover.net/1/messages.json` }, { raw: `{"status":1,"request":"${rng.uuid()}"}` }] } };
    }),
    3,
    plant('path-secret', 'openvpn-auth-script-totp-enrolment-link', 'error', WHY.pathSecret("A TOTP enrolment link (`/vpn/enrol/<token>`) the auth script e-mails a new staff member and echoes to stderr"), ({ rng }) => {
      const tk = rng.b64url(40);
      return { value: tk, event: { o: [{ raw: `totp-enrol: no secret for k.oconnell, sent https://vpn.${NB}/vpn/enrol/${tk} to k.oconnell@${NB}` }, `k.oconnell/${publicIp(rng)}:${rng.int(20000, 65000)} TLS Auth Error: Auth Username/Password verification failed for peer`] } };
    }),
    3,
    plant('negative', 'openvpn-push-reply-auth-token-sanitised', 'none', "OpenVPN writes the PUSH_REPLY it sends with the `auth-token` value replaced by `*` characters: the software's own redaction, no credential.", ({ rng }) => {
      const stars = '*'.repeat(rng.int(60, 80));
      return { value: `auth-token ${stars}`, event: { o: [`j.morrison/${publicIp(rng)}:${rng.int(20000, 65000)} SENT CONTROL [j.morrison]: 'PUSH_REPLY,route 10.20.0.0 255.255.0.0,route-gateway 10.8.0.1,topology subnet,ping 10,ping-restart 60,ifconfig 10.8.0.${rng.int(2, 250)} 255.255.255.0,peer-id ${rng.int(0, 40)},cipher AES-256-GCM,auth-token ${stars}' (status=1)`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'vpn' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// reminders.log: the stdout and stderr of the appointment reminder job (a Python 3.12 script run by cron in a container
// whose clock is UTC) appended to one file: logging's `%(asctime)s %(levelname)s %(name)s: %(message)s`, and smtplib at
// `set_debuglevel(2)`, which prints `HH:MM:SS.ffffff send: '<command>\r\n'` (a str repr), `reply: b'…'`, `reply: retcode
// (…); Msg: b'…'`, `data: (354, b'…')`, and the whole message of a DATA as one `send: b'…'` bytes repr on one line.
// https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.set_debuglevel (from memory, not fetched: level 2 adds
// timestamps); Microsoft 365's SMTP AUTH with XOAUTH2 (`user=…^Aauth=Bearer …^A^A`, base64) from memory.

function remindersLog(rng) {
  const asc = (t) => `${ymdHmsAt(t, 0)},${msPart(t)}`;
  const clk = (t, k) => `${local(t + k * 37, 0).slice(11, 23)}${digits(rng, 3)}`;
  const render = (e) => e.r.map((l, k) => (l.py ? `${asc(e.t)} ${l.py}` : `${clk(e.t, k)} ${l.d}`));
  const ehlo = () => [{ d: "send: 'ehlo nb-reminders.localdomain\\r\\n'" }, { d: `reply: b'250-YT4PR01CA0${digits(rng, 3)}.outlook.office365.com Hello [${publicIp(rng)}]\\r\\n'` }, { d: "reply: b'250-SIZE 157286400\\r\\n'" }, { d: "reply: b'250-AUTH LOGIN XOAUTH2\\r\\n'" }, { d: "reply: b'250 SMTPUTF8\\r\\n'" }];
  const msgLines = (to, subject, body, mid) => {
    const m = `Content-Type: text/plain; charset="us-ascii"\\r\\nMIME-Version: 1.0\\r\\nContent-Transfer-Encoding: 7bit\\r\\nSubject: ${subject}\\r\\nFrom: Northbridge Family Health <reminders@${NB}>\\r\\nTo: ${to}\\r\\nMessage-ID: <${mid}@nb-reminders.localdomain>\\r\\n\\r\\n${body.join('\\r\\n')}\\r\\n.\\r\\n`;
    return [{ d: `send: 'mail FROM:<reminders@${NB}> size=${rng.int(600, 1400)}\\r\\n'` }, { d: "reply: b'250 2.1.0 Sender OK\\r\\n'" }, { d: `send: 'rcpt TO:<${to}>\\r\\n'` }, { d: "reply: b'250 2.1.5 Recipient OK\\r\\n'" }, { d: "send: 'data\\r\\n'" }, { d: "reply: b'354 Start mail input; end with <CRLF>.<CRLF>\\r\\n'" }, { d: "data: (354, b'Start mail input; end with <CRLF>.<CRLF>')" }, { d: `send: b'${m}'` }, { d: `reply: b'250 2.0.0 OK <${mid}@nb-reminders.localdomain> [Hostname=YT4PR01MB${digits(rng, 4)}.CANPRD01.PROD.OUTLOOK.COM]\\r\\n'` }];
  };
  const person = () => rng.pick(['sam.macleod', 'ellen.doucette', 'marc.leblanc', 'tina.gillis', 'owen.fraser']);
  const filler = (rng) =>
    rng.pick([
      () => ({ r: [{ py: `INFO reminders: ${rng.int(0, 40)} appointments tomorrow at ${rng.pick(['Dartmouth', 'Bedford', 'Truro', 'Antigonish'])}, ${rng.int(0, 9)} already confirmed` }] }),
      () => ({ r: [{ py: 'INFO reminders: no reminders due in this window' }] }),
      () => ({ r: [{ py: `WARNING reminders: patient NB${digits(rng, 7)} has no e-mail address, SMS queued instead` }] }),
    ])();
  const steps = [
    2,
    plant('refresh-token', 'reminders-python-dict-repr-token-cache-refresh-token', 'error', `${WHY.refresh} The job renews its Microsoft 365 mailbox token itself and a debugging line logs the token cache entry as a Python dict repr (\`{'refresh_token': '…'}\`).`, ({ rng }) => {
      const rt = `0.AQkA${rng.b64url(40)}.AgABAwEAAADW6jl31mB3T7ugrWTT8pFeAwDs_wUA9P8${rng.b64url(200)}`;
      return { value: rt, event: { r: [{ py: `DEBUG reminders.auth: token cache updated: {'home_account_id': '${rng.uuid()}.${rng.uuid()}', 'environment': 'login.microsoftonline.com', 'credential_type': 'RefreshToken', 'secret': '${rt}', 'client_id': '${rng.uuid()}'}` }] } };
    }),
    2,
    plant('id-token', 'reminders-debug-id-token-claims-line', 'error', "The same job logs the raw ID token of the mailbox account next to its claims when it signs in again; the script's clock is UTC (asctime without a zone, the container in UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 200), alg: 'RS256', kid: rng.b64url(27), claims: { aud: rng.uuid(), iss: `https://login.microsoftonline.com/${rng.uuid()}/v2.0`, preferred_username: `reminders@${NB}`, tid: rng.uuid(), ver: '2.0' } });
      return { value: token, jwt: facts, event: { r: [{ py: `DEBUG reminders.auth: signed in as reminders@${NB}, id_token=${token}` }] } };
    }),
    2,
    plant('encoded', 'reminders-smtplib-send-auth-xoauth2-base64', 'error', "smtplib at debug level 2 writes the command it sends: `AUTH XOAUTH2 <base64>`, which decodes to `user=…\\x01auth=Bearer <access token>\\x01\\x01`, the mailbox's Microsoft 365 access token.", ({ rng }) => {
      const at = `EwBYBMl6BAAU${rng.b64url(260)}`;
      const b = b64Of(`user=reminders@${NB}\x01auth=Bearer ${at}\x01\x01`);
      return { value: b, event: { r: [{ py: 'INFO reminders: connecting to smtp.office365.com:587' }, { d: "send: 'ehlo nb-reminders.localdomain\\r\\n'" }, { d: "reply: b'250-YT4PR01CA0077.outlook.office365.com Hello [203.0.113.18]\\r\\n'" }, { d: "reply: b'250 SMTPUTF8\\r\\n'" }, { d: "send: 'STARTTLS\\r\\n'" }, { d: "reply: b'220 2.0.0 SMTP server ready\\r\\n'" }, ...ehlo(), { d: `send: 'AUTH XOAUTH2 ${b}\\r\\n'` }, { d: "reply: b'235 2.7.0 Authentication successful\\r\\n'" }, { d: "reply: retcode (235); Msg: b'2.7.0 Authentication successful'" }] } };
    }),
    2,
    plant('path-secret', 'reminders-smtplib-send-message-password-reset-link', 'error', WHY.pathSecret("A patient portal password reset link (`/account/reset/<token>`) in the body of a message smtplib writes whole as one `send: b'…'` line"), ({ rng }) => {
      const tk = rng.b64url(43);
      const to = `${person()}@mail.example`;
      return { value: tk, event: { r: msgLines(to, 'Reset your Northbridge portal password', ['Hello,', '', 'Someone asked to reset your portal password. The link works for 2 hours:', `https://portal.${NB}/account/reset/${tk}`, '', 'Northbridge Family Health'], `${rng.hex(24)}`) } };
    }),
    2,
    plant('negative', 'reminders-smtplib-send-message-id', 'none', "A Message-ID smtplib writes in a reminder's headers and in Microsoft 365's `250 2.0.0 OK <…>` reply: an identifier of one message, no credential.", ({ rng }) => {
      const mid = `${rng.hex(32)}`;
      return { value: mid, event: { r: msgLines(`${person()}@mail.example`, 'Appointment reminder: Dartmouth clinic', ['Hello,', '', 'This is a reminder of your appointment tomorrow at 10:40 with Dr. Gillis.', 'Reply C to confirm or call 902-555-0148 to change it.'], mid) } };
    }),
    2,
    plant('implicit-fragment', 'reminders-smtplib-send-message-checkin-hash-access-token', 'error', "The pre-visit check-in e-mail links to the portal's single-page app with an access token in the fragment (`/checkin#access_token=…&token_type=bearer`), so the visit opens without a login; smtplib writes the message body on its `send: b'…'` line.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { r: msgLines(`${person()}@mail.example`, 'Check in before your visit', ['Hello,', '', 'Save time at the front desk: check in online before tomorrow.', `https://portal.${NB}/checkin#access_token=${at}&token_type=bearer&expires_in=86400`], rng.hex(24)) } };
    }),
    2,
    plant('negative', 'reminders-quit-reply-queue-id', 'none', "Microsoft 365's reply to QUIT with its internal id: a server identifier, no credential.", ({ rng }) => {
      const id = `${upperNum(rng, 4)}${digits(rng, 2)}${upperNum(rng, 6)}`;
      return { value: id, event: { r: [{ d: "send: 'quit\\r\\n'" }, { d: `reply: b'221 2.0.0 Service closing transmission channel [InternalId=${id}]\\r\\n'` }, { py: 'INFO reminders: sent 3 reminders, 0 failed' }] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'cron' }, filler, render, steps });
}

// =====================================================================================================================
// Dula Sugbo (Cebuano; Cebu City, PHT, UTC+8)
// =====================================================================================================================

const DS = 'dulasugbo.example';

// ---------------------------------------------------------------------------------------------------------------------
// nakama.log: a Nakama 3.27 node's log file (`logger.file`, JSON, `ts` in UTC): zap's `{"level":…,"ts":…,"caller":…,
// "msg":…}` with fields; the studio's runtime modules log through the runtime logger (JavaScript: `"runtime":"js"` with
// the RPC or hook; Go: `"runtime":"go"`), their messages in Cebuano and English as the developers wrote them.
// https://heroiclabs.com/docs/nakama/getting-started/configuration/ (read through search: `socket.server_key`,
// `runtime.http_key`); the log fields and startup messages from memory (not fetched).

function nakamaLog(rng) {
  const ts = (t) => `${iso(t).slice(0, 23)}Z`;
  const render = (e) => e.n.map(([level, caller, msg, fields = {}]) => JSON.stringify({ level, ts: ts(e.t), caller, msg, ...fields }));
  const JS = 'server/runtime_javascript_logger.go:74';
  const GO = 'server/runtime_go_logger.go:63';
  const uid = () => rng.uuid();
  const filler = (rng) =>
    rng.pick([
      () => ({ n: [['info', 'server/match_registry.go:332', 'Match created', { mid: `${uid()}.nakama1`, label: `{"mode":"ranked","mapa":"${rng.pick(['Lapu', 'Mactan', 'Oslob'])}"}` }]] }),
      () => ({ n: [['info', JS, `gihuman ang duwa: ${rng.int(2, 8)} ka magdudula, ${rng.int(60, 900)}s`, { runtime: 'js', mode: 'match', uid: uid() }]] }),
      () => ({ n: [['debug', 'server/session_ws.go:209', 'Cleaned up closed connection session registry', { uid: uid() }]] }),
      () => ({ n: [['warn', JS, `walay sapat nga coins ang magdudula para sa item ${rng.pick(['balangay_skin', 'sinulog_pack', 'lechon_emote'])}`, { runtime: 'js', rpc_id: 'palit_item' }]] }),
    ])();
  const steps = [
    { raw: { n: [['info', 'main.go:139', 'Nakama starting'], ['info', 'main.go:140', 'Node', { name: 'nakama1', version: '3.27.1+6f1b2c4a', runtime: 'go1.24.4', cpu: 4, proc: 4 }], ['info', 'main.go:201', 'Startup done']] }, after: 0 },
    2,
    plant('negative', 'nakama-js-basic-server-key-public-by-design', 'none', "A device authentication's Basic header the module logs: base64 of the server key and an empty password (`<server_key>:`), a key shipped inside every game client and meant to be public.", ({ rng }) => {
      const b = b64Of(`dulasugbo-client-2027:`);
      return { value: b, event: { n: [['debug', JS, `beforeAuthenticateDevice header: Basic ${b}`, { runtime: 'js', hook: 'AuthenticateDevice' }]] } };
    }),
    2,
    plant('id-token', 'nakama-js-before-authenticate-google-request-json', 'error', "A `beforeAuthenticateGoogle` hook logs the request as JSON, and the `account.token` Nakama forwards to Google's verification is the player's Google ID token (the log's `ts` is UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 300), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'jun.cabahug@gmail.com', email_verified: true } });
      return { value: token, jwt: facts, event: { n: [['debug', JS, `sulod gamit Google: ${JSON.stringify({ account: { token, vars: {} }, create: true, username: '' })}`, { runtime: 'js', hook: 'AuthenticateGoogle' }]] } };
    }),
    2,
    plant('refresh-token', 'nakama-js-before-session-refresh-token-jwt', 'error', `${WHY.refresh} Nakama's refresh token is a JWT (30 days here); a \`beforeSessionRefresh\` hook logs the request body with it, at a UTC time`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 2592000, age: rng.int(3600, 900000), claims: { tid: rng.uuid(), uid: rng.uuid(), usn: `magdudula${digits(rng, 4)}`, vrs: {} } });
      return { value: token, jwt: facts, event: { n: [['debug', JS, `ibalik ang sesyon: ${JSON.stringify({ token, vars: {} })}`, { runtime: 'js', hook: 'SessionRefresh' }]] } };
    }),
    2,
    plant('framework-dump', 'nakama-go-before-authenticate-email-protobuf-text-password', 'error', "The Go module's `BeforeAuthenticateEmail` logs its input with `%v`, the protobuf text form of the request (`account:{email:\"…\" password:\"…\"}`), the player's password in clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { n: [['debug', GO, `BeforeAuthenticateEmail in: account:{email:"mae.${lowerNum(rng, 4)}@yahoo.example" password:"${pw}"} create:{value:true} username:"mae${digits(rng, 3)}"`, { runtime: 'go', hook: 'AuthenticateEmail' }]] } };
    }),
    2,
    plant('implicit-fragment', 'nakama-js-rpc-client-error-href-access-token', 'error', "The web client reports its errors through an RPC whose payload carries `location.href`; after the web shop's implicit sign-in the address still holds `#access_token=…`, and the RPC logs the payload.", ({ rng }) => {
      const at = rng.b64url(52);
      return { value: at, event: { n: [['warn', JS, `client_error: ${JSON.stringify({ href: `https://dula.${DS}/tindahan/#access_token=${at}&token_type=Bearer&expires_in=7200`, message: "TypeError: Cannot read properties of undefined (reading 'coins')", ua: BROWSERS[1] })}`, { runtime: 'js', rpc_id: 'client_error' }]] } };
    }),
    2,
    plant('header-dump', 'nakama-js-http-request-headers-paymongo-basic', 'error', "The payments RPC logs the headers of its `nk.httpRequest` to PayMongo: `Authorization: Basic <base64>` of the live secret key and an empty password (`sk_live_…:`).", ({ rng }) => {
      const b = b64Of(`sk_live_${rng.alnum(24)}:`);
      return { value: b, event: { n: [['debug', JS, `pagbayad request headers: ${JSON.stringify({ Authorization: `Basic ${b}`, 'Content-Type': 'application/json' })}`, { runtime: 'js', rpc_id: 'palit_season_pass' }]] } };
    }),
    2,
    plant('webhook', 'nakama-js-http-request-error-wecom-webhook-key', 'error', WHY.webhook("A WeCom group robot webhook (`qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>`) the studio's publishing partner gave it for launch alerts; the runtime logs the failed request's error with the URL"), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { n: [['error', JS, `napakyas ang pahibalo sa partner: Post "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, { runtime: 'js', rpc_id: 'pahibalo_launch' }]] } };
    }),
    2,
    plant('session-id', 'nakama-js-overlay-socket-url-session-token-jwt', 'error', WHY.session("The spectator overlay's diagnostics log the WebSocket URL it reconnects to, Nakama's session token (a JWT) in its query (`/ws?lang=en&status=true&token=<JWT>`), at a UTC time"), ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 7200, age: rng.int(60, 3600), claims: { tid: rng.uuid(), uid: rng.uuid(), usn: `magdudula${digits(rng, 4)}`, vrs: {} } });
      return { value: token, jwt: facts, event: { n: [['info', JS, `overlay reconnect: wss://nakama.${DS}/ws?lang=en&status=true&token=${token}`, { runtime: 'js', rpc_id: 'overlay_diag' }]] } };
    }),
    2,
    plant('embed-jwt', 'nakama-js-streamer-overlay-embed-jwt-120s', 'warning', "An RPC hands a streamer the overlay link `/embed/leaderboard/<JWT>` and logs it, at a UTC time. The token is short-lived and has no jti", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(1, 20), claims: { iss: `https://dula.${DS}`, board: 'ranked-season-3', streamer: `tv_${lowerNum(rng, 6)}` } });
      return { value: token, jwt: facts, event: { n: [['info', JS, `overlay link para sa streamer: https://dula.${DS}/embed/leaderboard/${token}`, { runtime: 'js', rpc_id: 'overlay_link' }]] } };
    }),
    2,
    plant('replay', 'nakama-js-sumpay-device-tiket-once', 'note', WHY.ticketFirst("A one-time pairing ticket (`tiket`) that links a console to a player's account; the pairing RPC logs it with the caller's address. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(24);
      firstUse.tiket = t;
      return { value: tk, event: { n: [['info', JS, `sumpay device gamit tiket ${tk} gikan 203.0.113.57: gidawat`, { runtime: 'js', rpc_id: 'sumpay_device', uid: uid() }]] } };
    }, { ref: 'tiket' }),
    2,
    plant('replay', 'nakama-js-sumpay-device-tiket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('tiket').value, why: `${WHY.replay('tiket', gap('tiket', t))} Another caller (another address, another user id) paired a device with the same ticket and the RPC accepted it again ("gidawat"): it was not spent.` }], event: { n: [['info', JS, `sumpay device gamit tiket ${refs.get('tiket').value} gikan 198.51.100.203: gidawat`, { runtime: 'js', rpc_id: 'sumpay_device', uid: uid() }]] } }), { replayOf: 'tiket', after: 142 }),
    2,
    plant('negative', 'nakama-match-id', 'none', "A match id (`<uuid>.<node>`) on the match registry's line: an identifier players share to join a match, no credential.", ({ rng }) => {
      const mid = `${rng.uuid()}.nakama1`;
      return { value: mid, event: { n: [['info', 'server/match_registry.go:412', 'Match terminated', { mid, reason: 'match ended' }]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'nakama' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// L0914000.log: a Team Fortress 2 community server's game log (`log on`, `logs/L<mmdd><nnn>.log`): every line
// `L mm/dd/yyyy - HH:MM:SS: <event>` in the server's local time (PHT, no zone written); player events with
// `"<name><userid><[U:1:<id>]><team>"`, `say`, `rcon from "<addr>": command "…"`, `server_cvar: "<name>" "<value>"`
// (protected cvars as `***PROTECTED***`), and SourceMod plugins' `LogToGame` lines.
// https://developer.valvesoftware.com/wiki/HL_Log_Standard (from memory, not fetched).

function srcdsLog(rng) {
  const stamp = (t) => { const l = local(t, PHT); return `${l.slice(5, 7)}/${l.slice(8, 10)}/${l.slice(0, 4)} - ${l.slice(11, 19)}`; };
  const render = (e) => e.g.map((m) => `L ${stamp(e.t)}: ${m}`);
  const names = ['Bisaya_Sniper', 'LechonLord', 'kuyaJR', 'Mactan_Medic', 'tabo.gg', 'Inday_Spy'];
  const who = (team = rng.pick(['Red', 'Blue'])) => `"${rng.pick(names)}<${rng.int(2, 40)}><[U:1:${rng.int(10000000, 999999999)}]><${team}>"`;
  const filler = (rng) =>
    rng.pick([
      () => ({ g: [`${who()} killed ${who()} with "${rng.pick(['scattergun', 'tf_projectile_rocket', 'sniperrifle', 'minigun'])}" (attacker_position "${rng.int(-3000, 3000)} ${rng.int(-3000, 3000)} ${rng.int(-300, 300)}")`] }),
      () => ({ g: [`${who()} say "${rng.pick(['gg', 'nice one bai', 'medic!!', 'ka-lag ani oi', 'push na ta'])}"`] }),
      () => ({ g: [`Team "${rng.pick(['Red', 'Blue'])}" captured "#koth_cap" with "${rng.int(1, 4)}" players`] }),
      () => ({ g: ['World triggered "Round_Start"'] }),
    ])();
  const steps = [
    { raw: { g: [`Log file started (file "logs/L0914000.log") (game "/home/tf2/serverfiles/tf") (version "${rng.int(9000000, 9999999)}")`, 'Loading map "koth_lakeside_final"', 'server cvars start', 'server_cvar: "mp_timelimit" "30"', 'server cvars end'] }, after: 0 },
    2,
    plant('negative', 'srcds-server-cvar-sv-password-protected', 'none', "The engine writes a protected cvar's change as `***PROTECTED***`: the server's own masking, no credential.", () => ({ value: '***PROTECTED***', event: { g: ['server_cvar: "sv_password" "***PROTECTED***"'] } })),
    2,
    plant('api-key-name', 'srcds-rcon-command-sm-cvar-yawe', 'error', `${WHY.apiKey('dula_api_yawe')} An admin set the stats plugin's key ("yawe", key) over RCON, and the server logs every RCON command with its arguments.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { g: [`rcon from "203.0.113.${rng.int(2, 250)}:${rng.int(20000, 65000)}": command "sm_cvar dula_api_yawe ${key}"`] } };
    }),
    2,
    plant('implicit-fragment', 'srcds-say-pasted-url-access-token-fragment', 'error', "A player pastes the address of the studio's web shop into chat, the implicit sign-in's `#access_token=…` still on it; the game log writes every `say`.", ({ rng }) => {
      const at = rng.b64url(52);
      return { value: at, event: { g: [`${who('Blue')} say "bai naa ra ang skin diri https://dula.${DS}/tindahan/#access_token=${at}&token_type=Bearer&expires_in=7200"`] } };
    }),
    2,
    plant('api-key-name', 'srcds-sourcemod-logtogame-nakama-rpc-http-key', 'error', `${WHY.apiKey('http_key')} Nakama's \`runtime.http_key\` lets a server call RPCs without a session; the match-result plugin puts it in the RPC URL and writes the URL when the call fails (\`LogToGame\`).`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { g: [`[dula_resulta] HTTP 401 gikan sa https://nakama.${DS}/v2/rpc/resulta_sa_duwa?http_key=${key}&unwrap=true (retry 3/3)`] } };
    }),
    2,
    plant('webhook', 'srcds-sourcemod-logtogame-discord-slack-compatible-webhook', 'error', WHY.webhook("A Discord webhook used through its Slack-compatible endpoint (`/api/webhooks/<id>/<token>/slack`), where the report plugin posts player reports; the plugin writes the URL when Discord rate-limits it"), ({ rng }) => {
      const hook = `${digits(rng, 19)}/${rng.b64url(68)}`;
      return { value: hook, event: { g: [`[dula_report] 429 rate limited, retry in 2s: https://discord.com/api/webhooks/${hook}/slack`] } };
    }),
    2,
    plant('negative', 'srcds-workshop-map-id', 'none', "A Steam Workshop map reference (`workshop/<name>.ugc<id>`): a public item id, no credential.", ({ rng }) => {
      const id = `${digits(rng, 10)}`;
      return { value: `ugc${id}`, event: { g: [`Loading map "workshop/koth_sugbo_b4.ugc${id}"`, 'server cvars start', 'server cvars end'] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'tf2' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// killbill.log: a Kill Bill 0.24 server's log (its logback pattern: `%date{"yyyy-MM-dd'T'HH:mm:ss,SSSZ", UTC}
// lvl='…', log='…', th='…', xff='…', rId='…', tok='…', aRId='…', tRId='…', <message>`), with Jersey's LoggingFilter
// writing each request and response as one entry of several lines (`1 * Server has received a request on thread …`,
// `1 > <METHOD> <URL>`, `1 > <header>: <value>`, then `1 * Server responded …`, `1 < <status>`, the body), the
// authorization header masked by Kill Bill's log obfuscator; plugins' and resources' own lines.
// https://docs.killbill.io/latest/userguide_configuration.html (from memory, not fetched: logging and the obfuscators);
// the pattern and LoggingFilter's layout from memory.

function killbillLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 19)},${msPart(t)}+0000`;
  const render = (e) => e.k.flatMap(([lvl, log, msg, cont = []]) => [`${stamp(e.t)} lvl='${lvl}', log='${log}', th='${e.th}', xff='${e.xff}', rId='${e.rid}', tok='', aRId='${e.arid}', tRId='1', ${msg}`, ...cont]);
  const base = () => ({ th: `http-nio-8080-exec-${rng.int(1, 40)}`, xff: publicIp(rng), rid: rng.uuid(), arid: String(rng.int(1, 9000)) });
  const req = (method, url, extra = []) => ['INFO', 'LoggingFilter', `1 * Server has received a request on thread ${'%TH%'}`, [`1 > ${method} ${url}`, '1 > accept: application/json', '1 > authorization: ******', '1 > x-killbill-apikey: dula-sugbo', '1 > x-killbill-createdby: dula-billing', ...extra]];
  const fix = (ev) => { ev.k = ev.k.map(([a, b, m, c]) => [a, b, m.replace('%TH%', ev.th), c]); return ev; };
  const filler = (rng) =>
    rng.pick([
      () => fix({ ...base(), k: [['INFO', 'InvoiceDispatcher', `Generated invoiceId='${rng.uuid()}', accountId='${rng.uuid()}', targetDate=2027-09-14, amount=${rng.pick(['149.00', '299.00', '49.00'])} PHP`]] }),
      () => fix({ ...base(), k: [req('GET', `http://127.0.0.1:8080/1.0/kb/accounts/${rng.uuid()}/invoices?withItems=false`)] }),
      () => fix({ ...base(), k: [['INFO', 'DefaultSubscriptionBase', `Subscription ${rng.uuid()} moved to phase season-pass-monthly-evergreen`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'killbill-loggingfilter-body-card-number-luhn-masked', 'none', "A payment method body whose card number Kill Bill's Luhn masking obfuscator rewrote to `************<last four>` in LoggingFilter's dump (the `authorization` header masked as everywhere): the software's own masking, no credential.", ({ rng }) => {
      const masked = `************${digits(rng, 4)}`;
      const ev = fix({ ...base(), k: [req('POST', `http://127.0.0.1:8080/1.0/kb/accounts/${rng.uuid()}/paymentMethods?isDefault=true`, ['1 > content-type: application/json', `{"pluginName":"killbill-paymaya","pluginInfo":{"properties":[{"key":"ccNumber","value":"${masked}"},{"key":"ccExpirationMonth","value":"${pad(rng.int(1, 12))}"}]}}`])] });
      return { value: masked, event: ev };
    }),
    2,
    plant('webhook', 'killbill-loggingfilter-register-notification-callback-cb-percent-encoded', 'error', WHY.webhook("The studio's own inbound webhook for Kill Bill events (`https://hooks.dulasugbo.example/kb/<secret>`), registered with `registerNotificationCallback?cb=`; LoggingFilter writes the request URL with the callback percent-encoded"), ({ rng }) => {
      const secret = rng.hex(40);
      return { value: secret, event: fix({ ...base(), k: [req('POST', `http://127.0.0.1:8080/1.0/kb/tenants/registerNotificationCallback?cb=${pct(`https://hooks.${DS}/kb/${secret}`)}`)] }) };
    }),
    2,
    plant('oauth-code', 'killbill-loggingfilter-stripe-connect-callback-code', 'warning', `${WHY.code} The Stripe plugin's Connect onboarding returns to Kill Bill (\`/plugins/killbill-stripe/connect/callback?code=ac_…&state=…\`), and LoggingFilter writes the request line.`, ({ rng }) => {
      const code = `ac_${rng.alnum(32)}`;
      return { value: code, event: fix({ ...base(), k: [req('GET', `http://127.0.0.1:8080/plugins/killbill-stripe/connect/callback?code=${code}&state=${rng.b64url(32)}&scope=read_write`)] }) };
    }),
    2,
    plant('api-key-name', 'killbill-loggingfilter-upload-plugin-config-body-stripe-api-key', 'error', `${WHY.apiKey('org.killbill.billing.plugin.stripe.apiKey')} The Stripe plugin's configuration is uploaded as a properties text body; LoggingFilter writes the body after the headers.`, ({ rng }) => {
      const key = `sk_live_${rng.alnum(99)}`;
      return { value: key, event: fix({ ...base(), k: [req('POST', 'http://127.0.0.1:8080/1.0/kb/tenants/uploadPluginConfig/killbill-stripe', ['1 > content-type: text/plain', `org.killbill.billing.plugin.stripe.apiKey=${key}`, 'org.killbill.billing.plugin.stripe.chargeDescription=Dula Sugbo season pass'])] }) };
    }),
    2,
    plant('encoded', 'killbill-loggingfilter-plugin-property-base64-json-gcash-token', 'error', "A payment call passes the GCash wallet link as a plugin property whose value is base64 JSON (`pluginProperty=gcash_link%3D<base64>`), holding the link's `access_token`; LoggingFilter writes the URL.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ wallet: 'gcash', access_token: rng.alnum(40), msisdn: `0917${digits(rng, 7)}` }));
      return { value: b, event: fix({ ...base(), k: [req('POST', `http://127.0.0.1:8080/1.0/kb/accounts/${rng.uuid()}/payments?paymentMethodId=${rng.uuid()}&pluginProperty=gcash_link%3D${b}`)] }) };
    }),
    2,
    plant('framework-dump', 'killbill-plugin-properties-tostring-merchant-password', 'error', "The PayMaya plugin logs the properties it received as Java `toString()`s (`PluginProperty{key='merchant_password', value='…', isUpdatable=false}`).", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: fix({ ...base(), k: [['INFO', 'PaymayaPaymentPluginApi', `purchasePayment properties=[PluginProperty{key='merchant_id', value='DS-${digits(rng, 6)}', isUpdatable=false}, PluginProperty{key='merchant_password', value='${pw}', isUpdatable=false}]`]] }) };
    }),
    2,
    plant('header-dump', 'killbill-loggingfilter-response-set-cookie-jsessionid', 'error', WHY.session("Kill Bill answers a Kaui sign-in with a servlet session cookie; LoggingFilter writes the response headers, `1 < Set-Cookie: JSESSIONID=…` on a line of its own"), ({ rng }) => {
      const sid = upperNum(rng, 32);
      const ev = fix({ ...base(), k: [['INFO', 'LoggingFilter', '1 * Server responded with a response on thread %TH%', ['1 < 200', '1 < Content-Type: application/json', `1 < Set-Cookie: JSESSIONID=${sid}; Path=/; HttpOnly`, '{"isAuthenticated":true}']]] });
      return { value: sid, event: ev };
    }),
    2,
    plant('path-secret', 'killbill-loggingfilter-response-hosted-payment-page-form-url', 'error', WHY.pathSecret("A hosted payment page link (`/hpp/<token>`) in the form descriptor Kill Bill returns; LoggingFilter writes the response body"), ({ rng }) => {
      const tk = rng.b64url(40);
      return { value: tk, event: fix({ ...base(), k: [['INFO', 'LoggingFilter', '1 * Server responded with a response on thread %TH%', ['1 < 201', '1 < Content-Type: application/json', `{"kbAccountId":"${rng.uuid()}","formMethod":"GET","formUrl":"https://bayad.${DS}/hpp/${tk}","formFields":[],"properties":[]}`]]] }) };
    }),
    2,
    plant('embed-jwt', 'killbill-invoice-resource-embed-resibo-jwt-1h', 'error', "A custom invoice resource logs the embeddable receipt link it hands the game client (`/embed/resibo/<JWT>`), on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 60), jti: true, claims: { iss: `https://billing.${DS}`, invoice: rng.uuid() } });
      return { value: token, jwt: facts, event: fix({ ...base(), k: [['INFO', 'ResiboResource', `resibo link: https://billing.${DS}/embed/resibo/${token}`]] }) };
    }),
    2,
    plant('negative', 'killbill-request-id', 'none', "Kill Bill's request id (`rId='<uuid>'`) on its line: a correlation id, no credential.", ({ rng }) => {
      const ev = fix({ ...base(), k: [['WARN', 'PaymentProcessor', 'Payment transaction in state PENDING for more than 15 minutes, will be fixed by Janitor']] });
      return { value: ev.rid, event: ev };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'killbill' }, filler: (rng) => filler(rng), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mailer.log: the account portal's mail queue worker (a PHP 8.3 CLI script run every minute, output appended to the
// file) with PHPMailer 6.10 at `SMTPDebug = 2` and `SMTPKeepAlive`: `Debugoutput = 'echo'` prints
// `gmdate('Y-m-d H:i:s')`, a tab and `CLIENT -> SERVER: …` / `SERVER -> CLIENT: …`, a multi-line reply's further lines
// indented by spaces, a tab and spaces; every line of a DATA on a `CLIENT -> SERVER:` line of its own; the worker's own
// lines in Cebuano.
// https://github.com/PHPMailer/PHPMailer/wiki/SMTP-Debugging (read through search: levels and `Debugoutput`); the echo
// layout from memory of PHPMailer's SMTP::edebug().

function mailerLog(rng) {
  const IND = '                   \t                  ';
  const render = (e) => e.p.flatMap((l) => {
    if (l.w) return [`[${iso(e.t).slice(0, 19)}+00:00] padala-queue: ${l.w}`];
    const [first, ...rest] = l.split('\n');
    const d = new Date(e.t);
    const first2 = first.replace('%DATE%', `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso(e.t).slice(11, 19)} +0000`);
    return [`${iso(e.t).slice(0, 19).replace('T', ' ')}\t${first2}`, ...rest.map((r) => `${IND}${r}`)];
  });
  const C = (s) => `CLIENT -> SERVER: ${s}`.trimEnd();
  const S = (s) => `SERVER -> CLIENT: ${s}`;
  const mail = (to, subject, body, rng) => [
    C(`MAIL FROM:<walay-tubag@${DS}>`), S('250 2.1.0 Ok'), C(`RCPT TO:<${to}>`), S('250 2.1.5 Ok'), C('DATA'), S('354 End data with <CR><LF>.<CR><LF>'),
    C('Date: %DATE%'), C(`To: ${to}`), C(`From: Dula Sugbo <walay-tubag@${DS}>`), C(`Subject: ${subject}`), C(`Message-ID: <${rng.alnum(32)}@${DS}>`), C('X-Mailer: PHPMailer 6.10.0 (https://github.com/PHPMailer/PHPMailer)'), C('MIME-Version: 1.0'), C('Content-Type: text/plain; charset=UTF-8'), C('Content-Transfer-Encoding: 8bit'), C(''),
    ...body.map(C), C(''), C('.'), S(`250 2.0.0 Ok: queued as ${upperNum(rng, 12)}`),
  ];
  const who = () => `${rng.pick(['jun.cabahug', 'mae.tampus', 'rhea.ybanez', 'kent.alcoseba', 'ivy.sanchez'])}${digits(rng, 2)}@${rng.pick(['gmail.com', 'yahoo.example', 'mail.example'])}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ p: [{ w: `walay email sa pila` }] }),
      () => ({ p: [{ w: `${rng.int(1, 9)} ka email sa pila, padala na` }] }),
      () => ({ p: [{ w: `nalangan ang pagpadala sa ${rng.int(1, 3)} ka email (greylisted), sulayan pag-usab` }] }),
    ])();
  const user = b64Of(`walay-tubag@${DS}`);
  const steps = [
    2,
    plant('negative', 'phpmailer-auth-login-base64-username', 'none', "The base64 username PHPMailer sends after `AUTH LOGIN` (`walay-tubag@…`, the sender address in every message): an encoded address, no credential.", () => ({ value: user, event: { p: [{ w: '3 ka email sa pila, padala na' }, S(`220 mail.${DS} ESMTP Postfix (Debian/GNU)`), C(`EHLO account.${DS}`), S(`250-mail.${DS}\n250-PIPELINING\n250-SIZE 52428800\n250-STARTTLS\n250-AUTH PLAIN LOGIN\n250-ENHANCEDSTATUSCODES\n250-8BITMIME\n250 CHUNKING`), C('STARTTLS'), S('220 2.0.0 Ready to start TLS'), C(`EHLO account.${DS}`), S(`250-mail.${DS}\n250-PIPELINING\n250-SIZE 52428800\n250-AUTH PLAIN LOGIN\n250-ENHANCEDSTATUSCODES\n250-8BITMIME\n250 CHUNKING`), C('AUTH LOGIN'), S('334 VXNlcm5hbWU6'), C(user), S('334 UGFzc3dvcmQ6')] } })),
    plant('encoded', 'phpmailer-auth-login-base64-password', 'error', "The next line PHPMailer writes at `SMTPDebug = 2` is the SMTP password, base64-encoded as AUTH LOGIN sends it: decoded, the sending mailbox's password.", ({ rng }) => {
      const pw = b64Of(rng.alnum(22));
      return { value: pw, event: { p: [C(pw), S('235 2.7.0 Authentication successful')] } };
    }, { after: 0 }),
    plant('path-secret', 'phpmailer-data-line-kumpirma-email-link', 'error', WHY.pathSecret("An e-mail verification link (`/kumpirma/<token>`, \"confirm\") in a message body PHPMailer writes line by line"), ({ rng }) => {
      const tk = rng.hex(40);
      return { value: tk, event: { p: mail(who(), 'Kumpirmaha ang imong email', ['Maayong adlaw!', '', 'Palihug kumpirmaha ang imong email para sa imong Dula Sugbo account:', `https://account.${DS}/kumpirma/${tk}`, '', 'Kung dili ikaw, ayaw tagda kini nga email.'], rng) } };
    }, { after: 1 }),
    plant('session-id', 'phpmailer-data-line-link-phpsessid', 'error', WHY.session("The portal builds its links with PHP's trans-sid on, so the season pass receipt link in an e-mail carries the player's session (`?PHPSESSID=…`); PHPMailer writes the body line"), ({ rng }) => {
      const sid = lowerNum(rng, 26);
      return { value: sid, event: { p: mail(who(), 'Resibo sa imong season pass', ['Salamat sa imong pagpalit sa Season 3 pass!', `Tan-awa ang imong resibo: https://account.${DS}/resibo/${digits(rng, 8)}?PHPSESSID=${sid}`], rng) } };
    }, { after: 1 }),
    plant('path-secret', 'phpmailer-data-line-sulod-magic-link', 'error', WHY.pathSecret("A sign-in magic link (`/sulod/<token>`, \"enter\") the portal e-mails instead of a password; PHPMailer writes the body line"), ({ rng }) => {
      const tk = rng.b64url(43);
      return { value: tk, event: { p: [...mail(who(), 'Imong link sa pag-sulod', ['Ania ang imong link sa pag-sulod (15 minutos lang):', `https://account.${DS}/sulod/${tk}`], rng), C('QUIT'), S('221 2.0.0 Bye'), { w: 'nahuman: 3 gipadala, 0 napakyas' }] } };
    }, { after: 1 }),
    3,
    plant('negative', 'phpmailer-queued-as-queue-id', 'none', "Postfix's queue id in the reply to a DATA (`queued as <id>`): an identifier of one message on the mail server, no credential.", ({ rng }) => {
      const qid = `4X${upperNum(rng, 10)}`;
      return { value: qid, event: { p: [{ w: 'usa ka email nga nabalik (bounce) gisubli' }, S(`250 2.0.0 Ok: queued as ${qid}`)] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'account' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tailscale.log: `docker logs` of the tailscale/tailscale sidecar beside a game server (clock in UTC): containerboot's
// `boot: yyyy/mm/dd HH:MM:SS <message>` and tailscaled's Go-log lines `yyyy/mm/dd HH:MM:SS <message>` (`[v1]` for
// verbose), and what `tailscale up` prints to stderr when it needs an interactive login (`To authenticate, visit:` and the
// login URL indented by a tab, without a time).
// https://tailscale.com/kb/1282/docker (from memory, not fetched: `TS_AUTHKEY`, `TS_EXTRA_ARGS`); containerboot's and
// tailscaled's messages from memory.

function tailscaleLog(rng) {
  const go = (t) => iso(t).slice(0, 19).replace(/-/g, '/').replace('T', ' ');
  const render = (e) => e.ts.map((l) => (l.raw !== undefined ? l.raw : l.boot ? `boot: ${go(e.t)} ${l.boot}` : `${go(e.t)} ${l}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ ts: [`magicsock: disco: node [${rng.b64url(5)}] d:${rng.hex(16)} now using ${publicIp(rng)}:${rng.int(20000, 65000)} mtu=1360 tx=${rng.hex(12)}`] }),
      () => ({ ts: [`wgengine: Reconfig: configuring userspace WireGuard config (with ${rng.int(1, 9)}/${rng.int(9, 14)} peers)`] }),
      () => ({ ts: [`[v1] netmap: self: [${rng.b64url(5)}] auth=machine-authorized u=dula-ops@ [100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}/32]`] }),
      () => ({ ts: [`health(warnable=network-status): ok`] }),
    ])();
  const steps = [
    { raw: { ts: [{ boot: 'Starting tailscaled' }, { boot: 'Waiting for tailscaled socket' }, `Program starting: v1.86.2-t9a1c3e5f7-g1b3d5f7a9, Go 1.24.6: []string{"tailscaled", "--socket=/tmp/tailscaled.sock", "--state=/var/lib/tailscale/tailscaled.state", "--tun=userspace-networking"}`] }, after: 0 },
    plant('negative', 'tailscale-logtail-public-log-id', 'none', "tailscaled's public log id (`LogID: <64 hex>`), the public half of its log identity: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(64);
      return { value: id, event: { ts: [`LogID: ${id}`, 'logpolicy: using system state directory "/var/lib/tailscale"'] } };
    }, { after: 1 }),
    plant('api-key-name', 'tailscale-containerboot-running-tailscale-up-authkey', 'error', `${WHY.apiKey('--authkey')} A reusable Tailscale auth key (\`tskey-auth-…\`) given as \`TS_AUTHKEY\`; this containerboot build writes the \`tailscale up\` command it runs, the key with it, and a reusable key joins any machine to the tailnet until it expires.`, ({ rng }) => {
      const key = `tskey-auth-k${rng.alnum(15)}CNTRL-${rng.alnum(33)}`;
      return { value: key, event: { ts: [{ boot: `Running 'tailscale up --accept-dns=false --authkey=${key} --hostname=dula-gs-${pad(rng.int(1, 9))}'` }, 'control: client.Login(false, 0)', 'control: RegisterReq: onode= node=[' + rng.b64url(5) + '] fup=false nks=false'] } };
    }, { after: 2 }),
    4,
    plant('negative', 'tailscale-magicsock-disco-key-short', 'none', "A peer's disco key (`d:<16 hex>`, a shortened public key magicsock uses for path discovery): public by design, no credential.", ({ rng }) => {
      const dk = rng.hex(16);
      return { value: `d:${dk}`, event: { ts: [`magicsock: disco: node [${rng.b64url(5)}] d:${dk} now using [2001:db8::${rng.hex(4)}]:41641 mtu=1360 tx=${rng.hex(12)}`] } };
    }),
    4,
    plant('path-secret', 'tailscale-up-stderr-login-url', 'error', WHY.pathSecret("A Tailscale login URL (`login.tailscale.com/a/<id>`): the second game server's container started without an auth key, so `tailscale up` printed the interactive login URL; whoever opens it first can add this node to their own tailnet"), ({ rng }) => {
      const id = rng.hex(13);
      return { value: id, event: { ts: [{ boot: 'Starting tailscaled' }, { boot: "Running 'tailscale up --accept-dns=false --hostname=dula-gs-07'" }, { raw: '' }, { raw: 'To authenticate, visit:' }, { raw: '' }, { raw: `\thttps://login.tailscale.com/a/${id}` }, { raw: '' }] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'ts' }, filler, render, steps });
}

// =====================================================================================================================
// Vanilina Sava (Malagasy; Sambava, EAT, UTC+3)
// =====================================================================================================================

const VS = 'vanilinasava.example';

// ---------------------------------------------------------------------------------------------------------------------
// geoserver.log: GeoServer 2.27's logs/geoserver.log with the DEFAULT_LOGGING profile (`%d{dd MMM HH:mm:ss} %p [%c{2}]
// - %m%n`: no year, the server's local time) and request logging on (Settings > Global: log requests, headers and
// bodies): `org.geoserver.filters.LoggingFilter` writes `<address> "<METHOD> <path?query>" "<User-Agent>" "<Referer>"`
// when a request starts, the body on the lines after it, and `<address> "<METHOD> <path?query>" took <n>ms` when it ends.
// https://docs.geoserver.org/latest/en/user/production/troubleshooting.html (read through search: request logging of
// URLs and POST bodies); https://docs.geoserver.org/latest/en/user/configuration/logging.html (read through search:
// logging profiles); the message layout from memory and from a pasted geoserver.log's line prefix.

function geoserverLog(rng) {
  const stamp = (t) => { const l = local(t, EAT); return `${l.slice(8, 10)} ${MONTHS[Number(l.slice(5, 7)) - 1]} ${l.slice(11, 19)}`; };
  const render = (e) => e.gs.flatMap(([lvl, cat, msg, cont = []]) => [`${stamp(e.t)} ${lvl} [${cat}] - ${msg}`, ...cont]);
  const ua = () => rng.pick([...BROWSERS.slice(0, 3), 'QGIS/34400/Ubuntu 24.04.2 LTS']);
  const reqLines = (ip, method, url, agent, ref = 'null', body = []) => [['INFO', 'geoserver.filters', `${ip} "${method} ${url}" "${agent}" "${ref}" `, body], ['INFO', 'geoserver.filters', `${ip} "${method} ${url}" took ${rng.int(3, 900)}ms`]];
  const bbox = () => `${(49.9 + rng.int(0, 400) / 1000).toFixed(3)},${(-14.4 + rng.int(0, 400) / 1000).toFixed(3)},${(50.3 + rng.int(0, 400) / 1000).toFixed(3)},${(-14.0 + rng.int(0, 400) / 1000).toFixed(3)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ gs: reqLines(publicIp(rng), 'GET', `/geoserver/gwc/service/wmts?layer=vanilina%3Ataniboly&style=&tilematrixset=EPSG%3A900913&Service=WMTS&Request=GetTile&Version=1.0.0&Format=image%2Fpng&TileMatrix=EPSG%3A900913%3A${rng.int(12, 17)}&TileCol=${rng.int(40000, 50000)}&TileRow=${rng.int(30000, 40000)}`, ua(), `https://sarintany.${VS}/`) }),
      () => ({ gs: reqLines(publicIp(rng), 'GET', `/geoserver/vanilina/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&FORMAT=image%2Fpng&TRANSPARENT=true&LAYERS=vanilina%3Afaritra&CRS=EPSG%3A4326&WIDTH=768&HEIGHT=768&BBOX=${bbox()}`, ua(), `https://sarintany.${VS}/`) }),
      () => ({ gs: [['WARN', 'geoserver.wms', `Layer vanilina:tantsaha has no style for scale 1:${rng.int(1000, 9000)}, using default`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'geoserver-request-authkey-unexpanded-placeholder', 'none', "A QGIS project's WMS source saved with its variable unexpanded (`authkey=${AUTHKEY}`, percent-encoded by the client): a placeholder, answered as anonymous, no credential.", ({ rng }) => ({ value: 'authkey=%24%7BAUTHKEY%7D', event: { gs: reqLines(publicIp(rng), 'GET', `/geoserver/vanilina/wms?SERVICE=WMS&REQUEST=GetCapabilities&authkey=%24%7BAUTHKEY%7D`, 'QGIS/34400/Ubuntu 24.04.2 LTS') } })),
    2,
    plant('api-key-name', 'geoserver-request-wms-authkey-query', 'error', `${WHY.apiKey('authkey')} GeoServer's AuthKey module maps the key in the query to a user; the collectors' tablet app adds it to every GetMap, and the request log writes the query on the start and the end line.`, ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { gs: reqLines(publicIp(rng), 'GET', `/geoserver/vanilina/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=vanilina%3Ataniboly&SRS=EPSG%3A4326&BBOX=${bbox()}&WIDTH=512&HEIGHT=512&FORMAT=image%2Fpng&authkey=${key}`, 'okhttp/5.3.2') } };
    }),
    2,
    plant('oauth-code', 'geoserver-request-oidc-callback-code', 'warning', `${WHY.code} GeoServer's OpenID Connect login returns to \`/geoserver/web/\` with the code in the query, and the request log writes it on the start and the end line.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { gs: reqLines(publicIp(rng), 'GET', `/geoserver/web/?code=${code}&state=${rng.b64url(32)}&session_state=${rng.uuid()}`, BROWSERS[0], `https://auth.${VS}/`) } };
    }),
    2,
    plant('session-id', 'geoserver-request-wicket-jsessionid-path', 'error', WHY.session("The admin UI (Wicket) rewrites its links with the servlet session when the first page has no cookie yet (`;jsessionid=…`), and the request log writes the path with it"), ({ rng }) => {
      const sid = upperNum(rng, 32);
      return { value: sid, event: { gs: reqLines(publicIp(rng), 'GET', `/geoserver/web/wicket/bookmarkable/org.geoserver.web.data.layer.LayerPage;jsessionid=${sid}?2`, BROWSERS[3], `https://gis.${VS}/geoserver/web/`) } };
    }),
    2,
    plant('framework-dump', 'geoserver-request-body-rest-datastore-passwd-entry', 'error', "An admin script creates a PostGIS store through the REST API; with body logging on, the request's XML is written after the start line, the database password in `<entry key=\"passwd\">`.", ({ rng }) => {
      const pw = rng.alnum(20);
      const [start, end] = reqLines(lan(rng, '10.30'), 'POST', '/geoserver/rest/workspaces/vanilina/datastores', 'curl/8.19.0', 'null', ['<dataStore>', '  <name>tanimboly_2027</name>', '  <connectionParameters>', '    <entry key="host">pg.internal</entry>', '    <entry key="database">vanilina</entry>', '    <entry key="user">geoserver</entry>', `    <entry key="passwd">${pw}</entry>`, '    <entry key="dbtype">postgis</entry>', '  </connectionParameters>', '</dataStore>']);
      return { value: pw, event: { gs: [start, end] } };
    }),
    2,
    plant('replay', 'geoserver-request-wfs-export-tapakila-once', 'note', WHY.ticketFirst("A plot export link with a one-time ticket (`tapakila`, \"ticket\") a proxy in front of WFS checks; the request log writes the query on the start and the end line. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(32);
      firstUse.tapakila = t;
      return { value: tk, event: { gs: reqLines('203.0.113.88', 'GET', `/geoserver/vanilina/ows?service=WFS&version=2.0.0&request=GetFeature&typeNames=vanilina%3Ataniboly&outputFormat=SHAPE-ZIP&tapakila=${tk}`, BROWSERS[4]) } };
    }, { ref: 'tapakila' }),
    2,
    plant('replay', 'geoserver-request-wfs-export-tapakila-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('tapakila').value, why: `${WHY.replay('tapakila', gap('tapakila', t))} Another client (another address, another browser) downloaded the same export with the same ticket and got it again: the proxy did not spend it.` }], event: { gs: reqLines('198.51.100.19', 'GET', `/geoserver/vanilina/ows?service=WFS&version=2.0.0&request=GetFeature&typeNames=vanilina%3Ataniboly&outputFormat=SHAPE-ZIP&tapakila=${refs.get('tapakila').value}`, BROWSERS[0]) } }), { replayOf: 'tapakila', after: 96 }),
    2,
    plant('negative', 'geoserver-wfs-feature-id', 'none', "A WFS GetFeature by feature id (`featureId=taniboly.<uuid>`): a plot's identifier, no credential.", ({ rng }) => {
      const fid = `taniboly.${rng.uuid()}`;
      return { value: fid, event: { gs: reqLines(publicIp(rng), 'GET', `/geoserver/vanilina/ows?service=WFS&version=1.1.0&request=GetFeature&featureId=${fid}&outputFormat=application%2Fjson`, BROWSERS[2], `https://sarintany.${VS}/`) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'gis' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// server-20270914.061200-4188-0.0.log: an ArcGIS Server 11.3 log file (arcgisserver/logs/<MACHINE>/server/, log level
// Debug during a week, the machine's clock in UTC): one `<Msg time='yyyy-mm-ddTHH:MM:SS,mmm' type='…' code='…'
// target='…' methodName='…' machine='…' process='…' thread='…' user='…' elapsed='…' requestID='…'>text</Msg>` a line,
// the text XML-escaped (`&amp;` for every `&` of a URL); a server object interceptor (SOI) of the cooperative logs in
// Malagasy through the server log.
// https://help.arcgis.com/en/arcgisserver/10.0/help/arcgis_server_dotnet_help/0093/0093000000mw000000.htm (read through
// search: the message properties); https://resources.arcgis.com/en/help/main/10.2/0154/01540000043r000000.htm (read
// through search: log levels); the 11.x attribute set and the codes from memory.

function arcgisLog(rng) {
  const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const stamp = (t) => `${iso(t).slice(0, 19)},${msPart(t)}`;
  const render = (e) => e.a.map(([type, code, target, method, text, user = '']) => `<Msg time='${stamp(e.t)}' type='${type}' code='${code}' target='${target}' methodName='${method}' machine='GIS01.${VS.toUpperCase()}' process='${e.proc}' thread='${rng.int(20, 120)}' user='${user}' elapsed='${type === 'FINE' ? (rng.int(1, 900) / 1000).toFixed(3) : ''}' requestID='${e.rid}'>${xml(text)}</Msg>`);
  const base = () => ({ proc: String(rng.int(3000, 9000)), rid: rng.uuid() });
  const svc = () => rng.pick(['Vanilina/Taniboly.MapServer', 'Vanilina/Faritra.MapServer', 'Vanilina/Tantsaha.FeatureServer']);
  const filler = (rng) =>
    rng.pick([
      () => ({ ...base(), a: [['FINE', '100004', svc(), 'MapServer.exportImage', `Request succeeded. Output size ${rng.int(400, 1600)}x${rng.int(400, 1600)}.`]] }),
      () => ({ ...base(), a: [['VERBOSE', '100001', svc(), 'GraphicFeatureServer.HandleREST_QueryOperation', `Query returned ${rng.int(0, 900)} features.`]] }),
      () => ({ ...base(), a: [['WARNING', '9003', 'Server', '', `Unable to process request. Service 'Vanilina/Taniboly.MapServer' is busy; request queued for ${rng.int(1, 9)} s.`]] }),
    ])();
  const GEO = `https://gis.${VS}/arcgis/rest/services`;
  const steps = [
    2,
    plant('negative', 'arcgis-portal-item-id', 'none', "A portal item id (32 hex digits) a web map names when it loads a layer: a public identifier of an item, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { ...base(), a: [['DEBUG', '100002', 'Rest', '', `Request URL: ${GEO}/Vanilina/Faritra/MapServer?f=json&sourceItemId=${id}`]] } };
    }),
    2,
    plant('session-id', 'arcgis-rest-request-url-token-xml-escaped', 'error', WHY.session("An ArcGIS token from `generateToken` (a user's, valid 60 min) in the `token` query parameter; at Debug the server writes the request URL, `&` escaped as `&amp;` in the XML log, and writes it again when the request ends"), ({ rng }) => {
      const tok = `${rng.b64url(64)}..`;
      const ev = base();
      const url = `${GEO}/Vanilina/Tantsaha/FeatureServer/0/query?f=json&where=1%3D1&outFields=*&token=${tok}`;
      return { value: tok, event: { ...ev, a: [['DEBUG', '100002', 'Rest', '', `Request URL: ${url}`], ['FINE', '100004', 'Vanilina/Tantsaha.FeatureServer', 'GraphicFeatureServer.HandleREST_QueryOperation', `Request for ${url} completed.`, 'rasoa.n']] } };
    }),
    2,
    plant('api-key-name', 'arcgis-rest-request-url-token-aapk-api-key', 'error', `${WHY.apiKey('token')} An ArcGIS Location Platform API key (\`AAPK…\`) passed as \`token\` by the public map's geocoding calls; the Debug line writes the URL.`, ({ rng }) => {
      const key = `AAPK${rng.hex(32)}${rng.b64url(64)}`;
      return { value: key, event: { ...base(), a: [['DEBUG', '100002', 'Rest', '', `Request URL: ${GEO}/Vanilina/Adiresy/GeocodeServer/findAddressCandidates?SingleLine=Antsirabe%20Nord&f=json&token=${key}`]] } };
    }),
    2,
    plant('encoded', 'arcgis-print-web-map-as-json-percent-encoded-layer-token', 'error', "The print service receives the web map as percent-encoded JSON (`Web_Map_as_JSON=%7B%22operationalLayers%22…`) whose secured layer carries its own `\"token\"`; the Debug line writes the URL with it.", ({ rng }) => {
      const tok = `${rng.b64url(64)}..`;
      const wm = pct(JSON.stringify({ operationalLayers: [{ id: 'taniboly', url: `${GEO}/Vanilina/Taniboly/MapServer`, token: tok, opacity: 1 }], mapOptions: { extent: { xmin: 49.9, ymin: -14.4, xmax: 50.4, ymax: -14.0 } } }));
      return { value: pct(tok), event: { ...base(), a: [['DEBUG', '100002', 'Rest', '', `Request URL: ${GEO}/Utilities/PrintingTools/GPServer/Export%20Web%20Map%20Task/execute?f=json&Format=PDF&Layout_Template=A4%20Portrait&Web_Map_as_JSON=${wm}`]] } };
    }),
    2,
    plant('refresh-token', 'arcgis-soi-log-refresh-token', 'error', `${WHY.refresh} The cooperative's SOI logs (in Malagasy) the portal OAuth exchange it performs for the field app, the \`refresh_token\` in the message.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { ...base(), a: [['DEBUG', '8500', 'Vanilina/Tantsaha.FeatureServer', 'VanilinaSOI.HandleRESTRequest', `Nohavaozina ny fidirana ho an'ny fitaovana ${upperNum(rng, 8)}: grant_type=refresh_token&refresh_token=${rt}&client_id=vanilina-field`]] } };
    }),
    2,
    plant('embed-jwt', 'arcgis-soi-log-referer-embed-sarintany-jwt-expired', 'note', "The SOI logs the Referer of an embedded plot map (`/embed/sarintany/<JWT>`, \"map\") that a partner's page still loads a day after the token expired, by the machine's clock in UTC", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: 86400 + rng.int(600, 3000), jti: true, claims: { iss: `https://www.${VS}`, sarintany: 'taniboly-2027', mpanjifa: 'partner-17' } });
      return { value: token, jwt: facts, event: { ...base(), a: [['DEBUG', '8500', 'Vanilina/Taniboly.MapServer', 'VanilinaSOI.HandleRESTRequest', `Fangatahana avy amin'ny Referer: https://www.${VS}/embed/sarintany/${token}`]] } };
    }),
    2,
    plant('negative', 'arcgis-apply-edits-global-id', 'none', "A feature's GlobalID (`{<uuid>}`) in an applyEdits result: a feature identifier, no credential.", ({ rng }) => {
      const g = `{${rng.uuid().toUpperCase()}}`;
      return { value: g, event: { ...base(), a: [['VERBOSE', '100001', 'Vanilina/Tantsaha.FeatureServer', 'GraphicFeatureServer.HandleREST_ApplyEditsOperation', `applyEdits: updated 1 feature(s), globalId=${g}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'arcgis' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// payment.log: Magento 2.4.8's var/log/payment.log (Monolog's LineFormatter with inline line breaks:
// `[<RFC 3339 time with microseconds and +00:00>] main.DEBUG: <message> [] []`), where Magento\Payment\Model\Method\Logger
// writes `var_export($debugData, true)` of a gateway call over many lines (`array (`, `  'key' => 'value',`, a nested
// array's `'key' => ` then `array (` on the next line), after replacing the keys a method lists as private with `****`.
// The cooperative's own mobile money module (MVola) logs through it; PayPal Express is the other method.
// https://developer.adobe.com/commerce/php/development/payments-integrations/base-integration/ (from memory, not
// fetched: the payment logger and `debugReplacePrivateDataKeys`); PHP's var_export layout from memory.

function magentoLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 23)}${digits(rng, 3)}+00:00`;
  const ve = (v, ind = '') => {
    if (v && typeof v === 'object') {
      const rows = Object.entries(v).flatMap(([k, x]) => (x && typeof x === 'object' ? [`${ind}  '${k}' => `, ...ve(x, `${ind}  `).map((l, i, a) => (i === a.length - 1 ? `${l},` : l))] : [`${ind}  '${k}' => ${typeof x === 'number' ? x : `'${String(x).replace(/'/g, "\\'")}'`},`]));
      return [`${ind}array (`, ...rows, `${ind})`];
    }
    return [String(v)];
  };
  const render = (e) => { const lines = ve(e.dump); lines[0] = `[${stamp(e.t)}] main.DEBUG: ${lines[0]}`; lines[lines.length - 1] += ' [] []'; return lines; };
  const order = () => `0000${digits(rng, 5)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ dump: { request: { method: 'mvola', amount: rng.int(20, 400) * 1000, currency: 'MGA', order_id: order() }, response: { status: 'pending', serverCorrelationId: rng.uuid() } } }),
      () => ({ dump: { request: { METHOD: 'GetExpressCheckoutDetails', VERSION: '72.0' }, response: { ACK: 'Success', CORRELATIONID: rng.hex(13), PAYERSTATUS: 'verified' } } }),
    ])();
  const steps = [
    2,
    plant('negative', 'magento-payment-log-private-key-masked', 'none', "Magento's payment logger replaced the values of the keys the method declares private with `****`: the software's own masking, no credential.", ({ rng }) => ({ value: "'merchant_key' => '****'", event: { dump: { request: { method: 'mvola', merchant_key: '****', amount: rng.int(20, 400) * 1000, currency: 'MGA', order_id: order() }, response: { status: 'pending' } } } })),
    2,
    plant('api-key-name', 'magento-payment-log-var-export-lakile', 'error', `${WHY.apiKey('lakile')} The MVola module's second key ("lakile", key) is not in its private-keys list, so the payment logger's \`var_export\` writes it in clear.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { dump: { request: { method: 'mvola', lakile: key, amount: rng.int(20, 400) * 1000, currency: 'MGA', order_id: order(), hafatra: 'Fandoavana vanila maina' }, response: { status: 'pending', serverCorrelationId: rng.uuid() } } } };
    }),
    2,
    plant('framework-dump', 'magento-payment-log-var-export-tenimiafina', 'error', "The MVola module logs the merchant account's login for the refund API under a Malagasy field name (`'tenimiafina'`, \"password\"), which no masking list names; `var_export` writes it on a line of its own inside the `request` array.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { dump: { request: { method: 'mvola_refund', mpampiasa: 'vanilina_sava', tenimiafina: pw, amount: rng.int(20, 400) * 1000, order_id: order() }, response: { status: 'accepted' } } } };
    }),
    2,
    plant('encoded', 'magento-payment-log-php-serialized-additional-information-token', 'error', "The order's payment `additional_information` is logged as PHP `serialize()` text (`a:2:{s:12:\"wallet_token\";s:40:\"…\";…}`), the customer's saved wallet token inside it.", ({ rng }) => {
      const tk = rng.alnum(40);
      const ser = `a:2:{s:12:"wallet_token";s:40:"${tk}";s:6:"msisdn";s:10:"034${digits(rng, 7)}";}`;
      return { value: tk, event: { dump: { request: { method: 'mvola', order_id: order(), additional_information: ser }, response: { status: 'completed' } } } };
    }),
    2,
    plant('header-dump', 'magento-payment-log-var-export-headers-authorization-bearer', 'error', "The module's client logs the headers array of its call to the MVola API, `'Authorization' => 'Bearer …'` (the merchant's access token, valid an hour) on its own line of the dump.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { dump: { request: { uri: 'https://api.mvola.example/mvola/mm/transactions/type/merchantpay/1.0.0/', headers: { Authorization: `Bearer ${tok}`, Version: '1.0', 'X-CorrelationID': rng.uuid(), UserLanguage: 'MG' }, amount: rng.int(20, 400) * 1000 }, response: { status: 'pending' } } } };
    }),
    2,
    plant('negative', 'magento-payment-log-paypal-express-ec-token', 'none', "PayPal Express Checkout's `TOKEN` (`EC-…`), the id of one checkout that PayPal also shows in the buyer's address bar: an identifier, useless without the merchant's API credentials, no credential.", ({ rng }) => {
      const ec = `EC-${upperNum(rng, 17)}`;
      return { value: ec, event: { dump: { request: { METHOD: 'SetExpressCheckout', VERSION: '72.0', PAYMENTACTION: 'Sale', AMT: (rng.int(20, 200) + 0.5).toFixed(2), CURRENCYCODE: 'EUR' }, response: { ACK: 'Success', TOKEN: ec, CORRELATIONID: rng.hex(13) } } } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'shop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mailbox.log: Zimbra Collaboration 10.1's /opt/zimbra/log/mailbox.log (the server in local time, EAT, no zone written):
// log4j `%d %-5p [%t] [%z] %c{1} - %m%n`, where the thread name of a request carries its URL
// (`[qtp<n>-<id>:<URL with query>]`) and `%z` the request context (`name=…;mid=…;ip=…;ua=…;`); `zimbra.soap` at DEBUG writes
// SOAP requests, the envelope on the line after `SOAP request:`.
// https://github.com/Zimbra/adminguide/blob/develop/monitoring.adoc (read through search: the log files); the SOAP
// context's `authToken` and `csrfToken` from Zimbra's soap.txt (read through search); the layout from memory.

function zimbraLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, EAT)},${msPart(t)}`;
  const render = (e) => e.z.flatMap(([lvl, thread, ctx, cat, msg, cont = []]) => [`${stamp(e.t)} ${lvl.padEnd(5)} [${thread}] [${ctx}] ${cat} - ${msg}`, ...cont]);
  const M = `https://mail.${VS}`;
  const qtp = (url) => `qtp1486371051-${rng.int(100, 9999)}:${url}`;
  const user = () => rng.pick(['rakoto', 'razafy.h', 'rasoa.n', 'andry.m', 'fara.r']);
  const ctx = (u = user(), ua = 'ZimbraWebClient - FF146 (Linux)/10.1.0_GA_4655') => `name=${u}@${VS};mid=${rng.int(3, 90)};ip=${publicIp(rng)};port=${rng.int(20000, 65000)};ua=${ua};soapId=${rng.hex(8)};`;
  const filler = (rng) =>
    rng.pick([
      () => { const r = rng.pick(['SearchRequest', 'GetMsgRequest', 'NoOpRequest', 'BatchRequest']); return { z: [['INFO', qtp(`${M}/service/soap/${r}`), ctx(), 'soap', `${r} elapsed=${rng.int(2, 300)}`]] }; },
      () => ({ z: [['INFO', `LmtpServer-${rng.int(1, 40)}`, `cid=${rng.int(1000, 9000)};ip=127.0.0.1;`, 'mailbox', `Delivering message: size=${rng.int(2000, 90000)} bytes, nrcpts=1, sender=vaovao@${rng.pick(['tantsaha.example', 'export.example'])}, msgid=<${rng.hex(16)}@mail.example>`]] }),
      () => ({ z: [['INFO', 'ScheduledTask-3', '', 'purge', `Purging messages in mailbox ${rng.int(3, 90)}: 0 deleted`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'zimbra-soap-context-csrf-token', 'none', "The web client's SOAP context with its `csrfToken` (the request authenticates with the cookie, not in the envelope): an anti-CSRF value, no credential on its own.", ({ rng }) => {
      const c = `0_${rng.hex(40)}`;
      return { value: c, event: { z: [['DEBUG', qtp(`${M}/service/soap/GetFolderRequest`), ctx(), 'soap', 'SOAP request:', [`<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><context xmlns="urn:zimbra"><userAgent name="ZimbraWebClient - FF146 (Linux)" version="10.1.0_GA_4655"/><session id="${rng.int(100, 999)}"/><csrfToken>${c}</csrfToken></context></soap:Header><soap:Body><GetFolderRequest xmlns="urn:zimbraMail"/></soap:Body></soap:Envelope>`]]] } };
    }),
    2,
    plant('session-id', 'zimbra-soap-request-header-auth-token', 'error', WHY.session("The cooperative's export sync tool puts the account's Zimbra auth token in the SOAP header (`<authToken>0_…</authToken>`), and `zimbra.soap` at DEBUG writes the envelope on the line after `SOAP request:`, without a time"), ({ rng }) => {
      const at = `0_${rng.hex(40)}_${rng.hex(176)}`;
      return { value: at, event: { z: [['DEBUG', qtp(`${M}/service/soap/SearchRequest`), ctx('fanondranana', 'vanilina-sync/2.3'), 'soap', 'SOAP request:', [`<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><context xmlns="urn:zimbra"><authToken>${at}</authToken><userAgent name="vanilina-sync" version="2.3"/></context></soap:Header><soap:Body><SearchRequest xmlns="urn:zimbraMail" types="message" limit="50"><query>in:inbox is:unread</query></SearchRequest></soap:Body></soap:Envelope>`]]] } };
    }),
    2,
    plant('oauth-code', 'zimbra-thread-name-oauth2-callback-code', 'warning', `${WHY.code} The OAuth2 social extension's Google callback (\`/service/extension/oauth2/authenticate/google?code=…&state=…\`) is in the thread name of every line the request writes: here two.`, ({ rng }) => {
      const code = `4%2F0A${rng.b64url(70)}`;
      const th = qtp(`${M}/service/extension/oauth2/authenticate/google?state=${rng.hex(16)}%3Bzimbra&code=${code}&scope=email%20https://mail.google.com/`);
      const c = ctx();
      return { value: code, event: { z: [['INFO', th, c, 'oauth', 'Authenticating with google for data source import'], ['INFO', th, c, 'oauth', 'Created data source: Gmail (Tahiry taloha)']] } };
    }),
    2,
    plant('refresh-token', 'zimbra-extension-debug-gmail-refresh-token', 'error', `${WHY.refresh} At DEBUG the OAuth2 extension writes the Google credentials it stores for the Gmail import data source, \`refresh_token\` included.`, ({ rng }) => {
      const rt = `1//03${rng.b64url(8)}CgYIARAAGAMSNwF-L9Ir${rng.b64url(72)}`;
      return { value: rt, event: { z: [['DEBUG', qtp(`${M}/service/extension/oauth2/authenticate/google`), ctx(), 'oauth', `Storing credentials for data source Gmail (Tahiry taloha): {"access_token":"(hidden)","refresh_token":"${rt}","expires_in":3599}`]] } };
    }),
    2,
    plant('path-secret', 'zimbra-thread-name-extuserprov-p-token', 'error', WHY.pathSecret("A shared folder's invitation for an external user (`/service/extuserprov/?p=<token>`), which Zimbra writes in the thread name of the request's lines"), ({ rng }) => {
      const p = rng.hex(120);
      const th = qtp(`${M}/service/extuserprov/?p=${p}`);
      return { value: p, event: { z: [['INFO', th, `ip=${publicIp(rng)};ua=${BROWSERS[2]};`, 'account', 'External user provisioning: showing registration page for exporter@lavanille.example']] } };
    }),
    2,
    plant('negative', 'zimbra-lmtp-delivering-message-id', 'none', "A delivered message's Message-ID on LMTP's line: an identifier of one e-mail, no credential.", ({ rng }) => {
      const mid = `${rng.alnum(24)}@mail.gmail.com`;
      return { value: mid, event: { z: [['INFO', `LmtpServer-${rng.int(1, 40)}`, `cid=${rng.int(1000, 9000)};ip=127.0.0.1;`, 'mailbox', `Delivering message: size=${rng.int(2000, 90000)} bytes, nrcpts=1, sender=buyer@lavanille.example, msgid=<${mid}>`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'mail' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout45');
writePart(join(here, 'heldout45'), {
  'hapi-fhir.log': hapiLog(rng),
  'mirth.log': mirthLog(rng),
  'idp-process.log': idpLog(rng),
  'openvpn.log': openvpnLog(rng),
  'reminders.log': remindersLog(rng),
  'nakama.log': nakamaLog(rng),
  'L0914000.log': srcdsLog(rng),
  'killbill.log': killbillLog(rng),
  'mailer.log': mailerLog(rng),
  'tailscale.log': tailscaleLog(rng),
  'geoserver.log': geoserverLog(rng),
  'server-20270914.071200-4188-0.0.log': arcgisLog(rng),
  'payment.log': magentoLog(rng),
  'mailbox.log': zimbraLog(rng),
});
