// Writes corpus/logs-in-the-wild/heldout50/: a fiftieth held-out part, in formats no other part uses (a jPOS 2 Q2
// `q2.log` of a card switch, an Apache Fineract 1.10 server log, a Camunda 7 Run log with the HTTP connector at DEBUG,
// a Perl payroll script's log with LWP::UserAgent's `request_send`/`response_done` dump handlers, a PaperCut MF
// application server log, a Dolibarr 20 `dolibarr.log`, a Saleor 3.20 API's JSON log, a Collabora Online `coolwsd`
// log at trace level, a Wiki.js 2 log, a Tryton 7 `trytond` log with the documented logconf formatter, a
// 1C:Enterprise 8.3 technological log, a SuiteCRM 7 `suitecrm.log`, a Jitsi Jibri log, a Python zeep SOAP client's
// DEBUG log), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout50.mjs     rewrites heldout50/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Harbourline Mutual, a Plymouth building society and insurer (English, five logs: card switch,
// loans, claims workflow, payroll, print room); Faleoloa Manuia, an Apia retail chain with a warehouse and an online
// shop (Samoan messages where the app shows them, routes, parameter, header and key names in Samoan, English code
// names, five logs); Drukarnia Kola (Друкарня «Кола»), a Minsk printing and publishing house (Belarusian messages in
// Cyrillic where the app shows them, names transliterated to Latin letters, four logs). Standard names (OAuth's,
// vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const build = logBuilder(baseRequest);
/** The shared builder, with twice the ordinary lines each file's step list names between its planted steps. */
const buildLog = (rng, spec) => build(rng, { ...spec, steps: spec.steps.map((step) => (typeof step === 'number' ? step * 2 : step)) });

const DAY0 = Date.UTC(2027, 8, 14, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Plymouth in September (BST, UTC+1), Apia (UTC+13, no daylight saving), Minsk (UTC+3). */
const BST = 60;
const WST = 780;
const MSK = 180;
/** `+01:00` style offset, and `+0100` style. */
const offColon = (o) => `${o < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(o) / 60))}:${pad(Math.abs(o) % 60)}`;
const offPlain = (o) => offColon(o).replace(':', '');
/** Java's Date.toString(): `Tue Sep 14 10:00:00 BST 2027`. */
const javaDate = (ms, offset, zone) => {
  const d = new Date(ms + offset * MIN);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 19)} ${zone} ${d.getUTCFullYear()}`;
};
/** A private address. */
const lan = (rng, prefix = '10.20') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;

// =====================================================================================================================
// Harbourline Mutual (English; Plymouth: BST, UTC+1)
// =====================================================================================================================

const HM = 'harbourline.example';

// ---------------------------------------------------------------------------------------------------------------------
// q2.log: a jPOS 2 Q2 card switch's log (the society's debit cards), XML log events as the default log listener writes
// them, `<log realm="…" at="<Date.toString()>.<ms>">` with `<receive>`/`<send>` `<isomsg>` dumps (the PAN protected by
// ProtectedLogListener) and participants' `<info>`/`<warn>` messages.
// The event layout follows a jPOS channel log found through search (pastebin excerpts of `<log realm="channel/…"
// at="Mon Feb 19 12:14:44 CET 2018.421">`); the participants' messages are the switch's own, from memory.

function jposLog(rng) {
  const at = (t) => `${javaDate(t, BST, 'BST')}.${msPart(t)}`;
  const render = (e) => e.q;
  const isoMsg = (t, dir, fields) => [
    `<log realm="channel/${lan(rng, '10.20')}:8000" at="${at(t)}">`,
    `  <${dir === 'incoming' ? 'receive' : 'send'}>`,
    `    <isomsg direction="${dir}">`,
    ...fields.map(([id, v]) => `      <field id="${id}" value="${v}"/>`),
    '    </isomsg>',
    `  </${dir === 'incoming' ? 'receive' : 'send'}>`,
    '</log>',
  ];
  const msg = (t, realm, kind, lines) => [`<log realm="${realm}" at="${at(t)}" lifespan="${rng.int(1, 90)}ms">`, `  <${kind}>`, ...lines.map((l) => `    ${l}`), `  </${kind}>`, '</log>'];
  const pan = () => `${rng.pick(['465901', '535522', '492181'])}______${digits(rng, 4)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ q: isoMsg(t, 'incoming', [['0', '0100'], ['2', pan()], ['3', '000000'], ['4', pad(rng.int(100, 90000), 12)], ['11', digits(rng, 6)], ['41', `HLM${digits(rng, 5)}`], ['49', '826']]) }),
      () => ({ q: isoMsg(t, 'outgoing', [['0', '0110'], ['11', digits(rng, 6)], ['38', upperNum(rng, 6)], ['39', rng.pick(['00', '00', '00', '05', '51'])]]) }),
      () => ({ q: msg(t, 'txnmgr', 'info', [`authorise: PrepareContext, CheckCard, CheckLimits, QueryHost, SendResponse (${rng.int(4, 80)}ms)`]) }),
      () => ({ q: msg(t, 'Q2.system', 'info', [`tick ${rng.int(100, 999)}: ${rng.int(0, 12)} active sessions, ${rng.int(1, 8)} channels connected`]) }),
    ])();
  const steps = [
    2,
    plant('negative', 'jpos-protected-pan', 'none', "ProtectedLogListener writes the card number with its middle digits replaced (`465901______1234`): a masked PAN, no credential.", ({ rng, t }) => {
      const p = `492181______${digits(rng, 4)}`;
      return { value: p, event: { q: isoMsg(t, 'incoming', [['0', '0200'], ['2', p], ['3', '010000'], ['4', '000000004000'], ['11', digits(rng, 6)], ['41', 'HLMATM07'], ['49', '826']]) } };
    }),
    3,
    plant('api-key-name', 'jpos-participant-info-fx-clientkey', 'error', `${WHY.apiKey('clientKey')} A currency-conversion participant writes the rates service's URL with the key as a query parameter in its \`<info>\` message.`, ({ rng, t }) => {
      const k = rng.alnum(36);
      return { value: k, event: { q: msg(t, 'txnmgr', 'info', ['QueryFxRate:', `GET https://rates.fxdesk.example/v2/convert?from=EUR&to=GBP&amount=42.80&clientKey=${k} -> 200 (118ms)`]) } };
    }),
    3,
    plant('encoded', 'jpos-field48-base64-json-api-token', 'error', 'A wallet top-up participant puts a base64 JSON blob in field 48 (additional data) of the message it sends on; the JSON holds the wallet partner\'s `api_token`.', ({ rng, t }) => {
      const b = b64Of(JSON.stringify({ wallet: 'hlm-topup', api_token: rng.alnum(40), ref: digits(rng, 8) }));
      return { value: b, event: { q: isoMsg(t, 'outgoing', [['0', '0200'], ['3', '280000'], ['4', '000000002500'], ['11', digits(rng, 6)], ['48', b], ['49', '826']]) } };
    }),
    3,
    plant('header-dump', 'jpos-fraud-participant-request-headers-basic', 'error', 'The fraud-scoring participant writes the HTTP request it sends, headers included, in its `<info>` message: `Authorization: Basic <base64 of user:password>`, the scoring service\'s login.', ({ rng, t }) => {
      const b = b64Of(`switch-hlm:${rng.alnum(22)}`);
      return { value: b, event: { q: msg(t, 'txnmgr', 'info', ['FraudScore request:', 'POST /score/v3 HTTP/1.1', 'Host: fraud.cardsafe.example', `Authorization: Basic ${b}`, 'Content-Type: application/json']) } };
    }),
    3,
    plant('negative', 'jpos-retrieval-reference-number', 'none', "Field 37, the retrieval reference number (12 digits) of a response: an identifier, no credential.", ({ rng, t }) => {
      const rrn = `7257${digits(rng, 8)}`;
      return { value: rrn, event: { q: isoMsg(t, 'outgoing', [['0', '0210'], ['11', digits(rng, 6)], ['37', rrn], ['38', upperNum(rng, 6)], ['39', '00']]) } };
    }),
    3,
    plant('refresh-token', 'jpos-token-service-participant-json-refresh', 'error', `${WHY.refresh} The network-token participant writes the token requestor API's JSON answer, \`refresh_token\` included, in its \`<info>\` message.`, ({ rng, t }) => {
      const rt = rng.b64url(50);
      return { value: rt, event: { q: msg(t, 'txnmgr', 'info', ['TokenRequestorAuth:', `{"access_token":"${rng.b64url(36)}","expires_in":1800,"refresh_token":"${rt}","scope":"tokenize provision"}`]) } };
    }),
    3,
    plant('webhook', 'jpos-alert-participant-rocketchat-hook', 'error', WHY.webhook('A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) the switch posts declines bursts to, written in a `<warn>` when the post fails (the token is the secret part)'), ({ rng, t }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { q: msg(t, 'txnmgr', 'warn', [`AlertDeclines: could not post to https://chat.${HM}/hooks/${rng.alnum(17)}/${tok}: java.net.SocketTimeoutException: Read timed out`]) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'switch' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fineract.log: an Apache Fineract 1.10 server (Spring Boot 3, logback) with Spring Boot's default console pattern,
// ISO time with offset: `2027-09-14T10:00:00.123+01:00  INFO 1 --- [fineract] [nio-8443-exec-3] o.a.f.x.y.Class : msg`.
// From memory (Spring Boot 3.3's default pattern with the application name; Fineract's class names abbreviated).

const springLine = (t, offset, level, thread, logger, message, app) =>
  `${local(t, offset).slice(0, 23)}${offColon(offset)} ${level.padStart(5)} 1 --- [${app}] [${thread.padStart(15)}] ${logger.padEnd(40)} : ${message}`;

function fineractLog(rng) {
  const L = (t, level, logger, message) => springLine(t, BST, level, `nio-8443-exec-${rng.int(1, 9)}`, logger, message, 'fineract');
  const render = (e) => e.f;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ f: [L(t, 'INFO', 'o.a.f.i.c.filter.FineractRequestLogging', `GET /fineract-provider/api/v1/loans/${rng.int(1000, 9999)}?associations=repaymentSchedule 200 ${rng.int(8, 400)}ms`)] }),
      () => ({ f: [L(t, 'INFO', 'o.a.f.p.l.s.LoanWritePlatformServiceImpl', `Loan ${rng.int(1000, 9999)} repayment of ${rng.int(50, 900)}.00 GBP posted`)] }),
      () => ({ f: [springLine(t, BST, 'INFO', 'scheduling-1', 'o.a.f.i.j.s.JobStarter', `Job 'Apply penalty to overdue loans' started`, 'fineract')] }),
      () => ({ f: [L(t, 'DEBUG', 'o.a.f.i.s.f.TenantAwareBasicAuthFilter', `tenant=default user=${rng.pick(['j.penrose', 'a.tregear', 'svc-statements'])} authenticated`)] }),
    ])();
  const steps = [
    3,
    plant('negative', 'fineract-correlation-id', 'none', 'The correlation id Fineract puts on every request log line (`X-Correlation-ID`, a UUID): an identifier, no credential.', ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { f: [L(t, 'INFO', 'o.a.f.i.c.filter.CorrelationHeaderFilter', `X-Correlation-ID=${id} path=/fineract-provider/api/v1/clients`)] } };
    }),
    3,
    plant('id-token', 'fineract-oidc-logout-warn-id-token-hint', 'error', 'The staff portal signs out through the identity provider; a logout handler writes the end-session URL it redirects to, `id_token_hint` included, when the provider answers slowly, on a line with its offset', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(300, 2400), jti: true, alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://sso.${HM}/realms/staff`, sub: rng.uuid(), aud: 'fineract-web', name: 'Morwenna Penrose' } });
      return { value: token, jwt: facts, event: { f: [L(t, 'WARN', 'o.a.f.i.s.s.OidcLogoutSuccessHandler', `slow end-session redirect (2100ms): https://sso.${HM}/realms/staff/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Floans.${HM}%2F`)] } };
    }),
    3,
    plant('path-secret', 'fineract-self-service-password-reset-link', 'error', WHY.pathSecret('A self-service password reset link (`/self/password/reset/<token>`) the notification job logs when the mail server refuses it'), ({ rng, t }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { f: [L(t, 'ERROR', 'o.a.f.n.s.EmailNotificationService', `SMTP 451 for member 40${digits(rng, 4)}; message kept: "Reset your password: https://members.${HM}/self/password/reset/${tok}"`)] } };
    }),
    3,
    plant('replay', 'fineract-report-download-ticket-once', 'note', WHY.ticketFirst('A one-use `ticket` for a statement download (the report is rendered once for the holder of the ticket); the request log writes it with the client address. The ticket is'), ({ rng, t }) => {
      const tk = rng.alnum(28);
      firstUse.rep = t;
      return { value: tk, event: { f: [L(t, 'INFO', 'o.a.f.i.c.filter.FineractRequestLogging', `GET /fineract-provider/api/v1/runreports/Loan%20Statement/download?ticket=${tk} 200 512ms client=198.51.100.24`)] } };
    }, { ref: 'rep' }),
    2,
    plant('replay', 'fineract-report-download-ticket-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('rep').value, why: `${WHY.replay('ticket', gap('rep', t))} Another client downloaded the statement with the same ticket and got it (200).` }], event: { f: [L(t, 'INFO', 'o.a.f.i.c.filter.FineractRequestLogging', `GET /fineract-provider/api/v1/runreports/Loan%20Statement/download?ticket=${refs.get('rep').value} 200 498ms client=203.0.113.77`)] } }), { replayOf: 'rep', after: 131 }),
    3,
    plant('api-key-name', 'fineract-sms-bridge-url-apikey', 'error', `${WHY.apiKey('apiKey')} The SMS bridge's outbound URL carries the gateway key, and the campaign job writes it when the gateway answers 429.`, ({ rng, t }) => {
      const k = rng.alnum(40);
      return { value: k, event: { f: [L(t, 'WARN', 'o.a.f.i.c.s.SmsMessageScheduledJobService', `429 from https://sms.textgate.example/send?apiKey=${k}&to=447700900${digits(rng, 3)}; retrying in 60s`)] } };
    }),
    3,
    plant('embed-jwt', 'fineract-embed-report-jwt-no-exp', 'error', 'The loan-book dashboard is embedded in the staff portal through `/embed/<JWT>`, a token without `exp`; the report service logs the embed URL it rendered, on a line with its offset', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 5, 86400 * 60), claims: { iss: `https://bi.${HM}`, resource: { dashboard: 14 }, params: { branch: 'plymouth' } } });
      return { value: token, jwt: facts, event: { f: [L(t, 'INFO', 'o.a.f.i.r.s.EmbeddedReportService', `rendered https://bi.${HM}/embed/dashboard/${token}#bordered=false for user a.tregear`)] } };
    }),
    3,
    plant('negative', 'fineract-masked-password-param', 'none', "Fineract's audit of a user update writes the changed fields with the password masked (`\"password\":\"******\"`): a mask, no credential.", ({ rng, t }) => ({ value: '"password":"******","repeatPassword":"******"', event: { f: [L(t, 'INFO', 'o.a.f.c.s.PortfolioCommandSourceWritePlatformService', `UPDATE USER ${rng.int(10, 99)} changes={"password":"******","repeatPassword":"******","passwordNeverExpires":false}`)] } })),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'fineract' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// camunda.log: a Camunda 7.22 Run (Spring Boot) engine of the claims workflow, Spring Boot's default pattern with the
// offset; the engine's `ENGINE-<code>` messages, the HTTP connector at DEBUG, the claims delegates' own lines (one
// writes a VariableMap, whose values print as `Value '…' of type 'PrimitiveValueType[string]', isTransient=false`).
// From memory (not fetched): the ENGINE codes, the connector's wording and the VariableMap's toString.

function camundaLog(rng) {
  const L = (t, level, thread, logger, message) => springLine(t, BST, level, thread, logger, message, 'claims-engine');
  const JE = () => `aTaskExecutor-${rng.int(1, 4)}`;
  const render = (e) => e.c;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ c: [L(t, 'INFO', JE(), 'c.h.claims.AssessDamageDelegate', `claim CLM-27-${digits(rng, 5)} assessed: ${rng.pick(['motor', 'home', 'travel'])}, reserve ${rng.int(200, 9000)}.00 GBP`)] }),
      () => ({ c: [L(t, 'DEBUG', JE(), 'org.camunda.bpm.engine.jobexecutor', `ENGINE-14012 Job acquisition thread woke up`)] }),
      () => ({ c: [L(t, 'INFO', `http-nio-8080-exec-${rng.int(1, 9)}`, 'o.c.b.e.rest.ProcessDefinitionRestService', `POST /engine-rest/process-definition/key/claim-intake/start 200`)] }),
      () => ({ c: [L(t, 'DEBUG', JE(), 'org.camunda.bpm.connect', `CNCT-01005 Response status ${rng.pick([200, 200, 201, 204])} from https://policy.${HM}/api/policies/HP-${digits(rng, 7)}`)] }),
    ])();
  const steps = [
    2,
    plant('negative', 'camunda-process-instance-id', 'none', "The engine's process instance id (a UUID) in its start message: an identifier, no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { c: [L(t, 'INFO', `http-nio-8080-exec-${rng.int(1, 9)}`, 'c.h.claims.ClaimIntakeListener', `Started process instance ${id} of claim-intake:7`)] } };
    }),
    3,
    plant('oauth-code', 'camunda-delegate-broker-callback-url-variable', 'warning', `${WHY.code} A broker's portal hands the claim over with its OAuth callback address as a process variable (\`brokerCallback\`), and the intake delegate writes it at INFO.`, ({ rng, t }) => {
      const code = rng.b64url(30);
      return { value: code, event: { c: [L(t, 'INFO', JE(), 'c.h.claims.BrokerHandoverDelegate', `brokerCallback=https://portal.brokerlink.example/oauth/callback?code=${code}&state=${rng.hex(16)} claim=CLM-27-${digits(rng, 5)}`)] } };
    }),
    3,
    plant('framework-dump', 'camunda-delegate-variable-map-tostring', 'error', "The fraud check delegate writes `execution.getVariables()` at DEBUG; the VariableMap prints every value with its type, the claimant's portal password included (`portalPassword => Value '<password>' of type 'PrimitiveValueType[string]'`).", ({ rng, t }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { c: [L(t, 'DEBUG', JE(), 'c.h.claims.FraudCheckDelegate', `variables: {claimId => Value 'CLM-27-${digits(rng, 5)}' of type 'PrimitiveValueType[string]', isTransient=false, portalUser => Value 'k.pascoe' of type 'PrimitiveValueType[string]', isTransient=false, portalPassword => Value '${pw}' of type 'PrimitiveValueType[string]', isTransient=false}`)] } };
    }),
    3,
    plant('embed-jwt', 'camunda-connector-embed-document-viewer-120s', 'warning', "The connector fetches the claim's photo viewer through `/embed/<JWT>`, a token valid 120 s without `jti`, and writes the URL at DEBUG on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { iss: `https://docs.${HM}`, sub: 'claims-engine', doc: `CLM-27-${digits(rng, 5)}/photos` } });
      return { value: token, jwt: facts, event: { c: [L(t, 'DEBUG', JE(), 'org.camunda.bpm.connect', `CNCT-01004 Executing GET https://docs.${HM}/embed/${token}`)] } };
    }),
    3,
    plant('path-secret', 'camunda-mail-task-claim-upload-link', 'error', WHY.pathSecret("A claim's evidence upload link (`/claims/upload/<token>`, no login) the mail service task writes in its summary"), ({ rng, t }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { c: [L(t, 'INFO', JE(), 'c.h.claims.SendUploadLinkDelegate', `mail queued to claimant: upload your photos at https://claims.${HM}/claims/upload/${tok} (valid 7 days)`)] } };
    }),
    3,
    plant('webhook', 'camunda-connector-zoho-cliq-zapikey', 'error', WHY.webhook('A Zoho Cliq channel webhook (`cliq.zoho.eu/api/v2/channelsbyname/<channel>/message?zapikey=<key>`) the escalation task posts to, written by the connector\'s error (the `zapikey` is the secret part)'), ({ rng, t }) => {
      const k = `1001.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: k, event: { c: [L(t, 'WARN', JE(), 'org.camunda.bpm.engine.context', `ENGINE-16004 Exception while closing command context: HTTP request failed: POST https://cliq.zoho.eu/api/v2/channelsbyname/claimsescalations/message?zapikey=${k} -> 502`)] } };
    }),
    3,
    plant('negative', 'camunda-business-key', 'none', "The claim's business key and the task's id in a user task message: identifiers, no credential.", ({ rng, t }) => {
      const id = `CLM-27-${digits(rng, 5)}-${rng.hex(10)}`;
      return { value: id, event: { c: [L(t, 'INFO', JE(), 'c.h.claims.TaskAssignmentListener', `businessKey=${id} task 'Review payout' assigned to group claims-handlers`)] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'camunda' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bacs-submit.log: the monthly payroll run's Perl script (`bacs_submit.pl`), its own `[yyyy-mm-dd HH:MM:SS] LEVEL msg`
// lines (local time, no zone) and, with `--debug`, LWP::UserAgent's handlers `request_send => sub { shift->dump }` and
// `response_done => sub { shift->dump }`: HTTP::Message::dump writes the request or status line, the headers, a blank
// line and the content (or `(no content)`), indented body lines as they are.
// From memory: LWP::UserAgent's documented handler example and HTTP::Message's dump format.

function perlLwpLog(rng) {
  const stamp = (t) => `[${ymdHmsAt(t, BST)}]`;
  const render = (e) => e.p.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} ${x[0]} ${x[1]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ p: [['INFO', `payslip ${rng.int(1000, 1999)} built for employee HL${digits(rng, 4)} (${rng.pick(['monthly', 'weekly'])})`]] }),
      () => ({ p: [['DEBUG', `standard 18 record: 0${digits(rng, 5)} ${digits(rng, 8)} 99 ${digits(rng, 11)}`]] }),
      () => ({ p: [['INFO', `validated ${rng.int(40, 400)} payment records against the bureau schema`]] }),
    ])();
  const steps = [
    plant('negative', 'perl-masked-token-config-line', 'none', 'The script echoes its configuration with the bureau token masked (`Authorization: Token ********`): a mask, no credential.', () => ({ value: 'Authorization: Token ********', event: { p: [['INFO', 'bacs_submit.pl v3.2 starting, bureau=https://bureau.paylink.example, headers: Authorization: Token ********']] } }), { after: 0 }),
    plant('framework-dump', 'perl-data-dumper-config-sftp-password', 'error', "With `--debug` the script dumps its configuration hash with Data::Dumper (`$VAR1 = { … 'sftp_password' => '<password>' … }`): the bureau's SFTP password in clear.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { p: [['DEBUG', 'config:'], '$VAR1 = {', "          'bureau_url' => 'https://bureau.paylink.example/api/v2',", `          'sftp_password' => '${pw}',`, "          'sftp_user' => 'hlm-payroll',", "          'sun' => '4' . '1' x 5", '        };'] } };
    }, { after: 1 }),
    3,
    plant('header-dump', 'perl-lwp-request-dump-authorization-token', 'error', "LWP's `request_send` handler dumps the request: `Authorization: Token <40 hex>`, the bureau API's long-lived token.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { p: [['DEBUG', 'request:'], 'POST https://bureau.paylink.example/api/v2/submissions', `Authorization: Token ${tok}`, 'User-Agent: libwww-perl/6.77', 'Content-Length: 18342', 'Content-Type: text/plain', '', `VOL1${digits(rng, 6)}...`] } };
    }),
    1,
    plant('session-id', 'perl-lwp-response-dump-set-cookie', 'error', WHY.session("LWP's `response_done` handler dumps the bureau's answer, `Set-Cookie: BUREAUSESSID=<id>` included"), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { p: [['DEBUG', 'response:'], 'HTTP/1.1 202 Accepted', 'Connection: close', 'Content-Type: application/json', `Set-Cookie: BUREAUSESSID=${sid}; path=/; secure; HttpOnly`, '', `{"submission":"S${digits(rng, 9)}","status":"queued"}`] } };
    }, { after: 2 }),
    3,
    plant('negative', 'perl-submission-request-id', 'none', "The bureau's `X-Request-Id` in a response dump: a request id, no credential.", ({ rng }) => {
      const id = `req_${rng.hex(24)}`;
      return { value: id, event: { p: [['DEBUG', 'response:'], 'HTTP/1.1 200 OK', 'Content-Type: application/json', `X-Request-Id: ${id}`, '', '{"status":"accepted"}'] } };
    }),
    3,
    plant('refresh-token', 'perl-lwp-response-dump-token-body', 'error', `${WHY.refresh} The pension provider's token endpoint answers with JSON, and LWP's \`response_done\` dump writes the body, \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.b64url(44);
      return { value: rt, event: { p: [['DEBUG', 'response:'], 'HTTP/1.1 200 OK', 'Cache-Control: no-store', 'Content-Type: application/json', '', `{"access_token":"${rng.b64url(32)}","token_type":"Bearer","expires_in":600,`, ` "refresh_token":"${rt}"}`] } };
    }),
    3,
    plant('path-secret', 'perl-script-payslip-portal-invite-link', 'error', WHY.pathSecret("A new starter's payslip portal invitation (`/invite/<token>`) the script prints when it cannot send the e-mail"), ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { p: [['WARN', `mail to new starter HL${digits(rng, 4)} failed; send this by hand: https://payslips.${HM}/invite/${tok}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'payroll' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// server.log: a PaperCut MF 23 application server's `server/logs/server.log` (local time, no zone):
// `yyyy-mm-dd HH:MM:SS,mmm LEVEL ClassName:line - message [thread]`, with stack traces after errors.
// From memory (not fetched): the layout and class names.

function papercutLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)},${msPart(t)}`;
  const render = (e) => e.pc.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} ${x[0].padEnd(5)} ${x[1]} - ${x[2]} [${x[3] ?? 'qtp' + rng.int(100000, 999999) + '-' + rng.int(10, 99)}]`));
  const filler = (rng) =>
    rng.pick([
      () => ({ pc: [['INFO', 'PrintJobManager:612', `Job "${rng.pick(['Statement batch', 'Policy schedule', 'Claim letter'])} ${rng.int(100, 999)}" (${rng.int(1, 40)} pages) released by ${rng.pick(['k.pascoe', 'j.penrose', 'print-robot'])} on printroom-${rng.int(1, 4)}`, 'release-worker-1']] }),
      () => ({ pc: [['INFO', 'DeviceScanManager:288', `Scan job completed on mfd-${rng.int(1, 6)} (${rng.int(1, 30)} pages) -> email`, 'scan-worker-2']] }),
      () => ({ pc: [['DEBUG', 'PrinterStatusMonitor:141', `printroom-${rng.int(1, 4)} toner ${rng.int(5, 100)}%`, 'scheduler_Worker-3']] }),
    ])();
  const steps = [
    2,
    plant('negative', 'papercut-print-job-uuid', 'none', "A print job's id (a UUID) in a job analysis line: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { pc: [['INFO', 'JobAnalysisService:204', `Analysed job ${id}: 12 pages, duplex, grayscale`, 'analysis-1']] } };
    }),
    3,
    plant('api-key-name', 'papercut-webprint-sync-url-api-key', 'error', `${WHY.apiKey('api_key')} The print-room sync fetches the mailing house's job feed with its key in the query, and the error writes the URL.`, ({ rng }) => {
      const k = rng.hex(40);
      return { value: k, event: { pc: [['ERROR', 'ExternalJobFeed:97', `Feed fetch failed: https://jobs.mailhouse.example/v1/feed?api_key=${k}&since=2027-09-13 (HTTP 500)`, 'feed-sync-1']] } };
    }),
    3,
    plant('path-secret', 'papercut-integrated-scan-download-link', 'error', WHY.pathSecret('A scan delivered by link (`/scan/d/<token>`, no login) the scanning service writes when the mail bounces'), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { pc: [['WARN', 'ScanDeliveryService:330', `Delivery e-mail bounced for k.pascoe; document kept at https://print.${HM}:9192/scan/d/${tok}`, 'scan-worker-1']] } };
    }),
    3,
    plant('webhook', 'papercut-alert-dingtalk-robot-access-token', 'error', WHY.webhook('A DingTalk custom robot (`oapi.dingtalk.com/robot/send?access_token=<token>`) the printer alerts go to, written by the notifier\'s warning and again in the exception message below it (the token is the secret part)'), ({ rng }) => {
      const tok = rng.hex(64);
      const url = `https://oapi.dingtalk.com/robot/send?access_token=${tok}`;
      return { value: tok, event: { pc: [['WARN', 'WebhookNotifier:77', `Printer alert not delivered to ${url}`, 'notify-1'], `java.io.IOException: Server returned HTTP response code: 403 for URL: ${url}`, '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2014)', '\tat biz.papercut.pcng.notify.WebhookNotifier.send(WebhookNotifier.java:71)'] } };
    }),
    3,
    plant('session-id', 'papercut-debug-cookie-header-jsessionid', 'error', WHY.session("The web print upload's debug line writes the request's `Cookie` header, the user's `JSESSIONID` for the PaperCut user web pages included"), ({ rng }) => {
      const sid = `node0${rng.lowerNum(26)}${rng.int(1, 9)}`;
      return { value: sid, event: { pc: [['DEBUG', 'WebPrintUploadHandler:119', `upload from 192.0.2.${rng.int(2, 250)} headers={Cookie: JSESSIONID=${sid}; lang=en, Content-Type: multipart/form-data}`]] } };
    }),
    3,
    plant('encoded', 'papercut-login-redirect-double-encoded-key', 'error', 'A login redirect keeps the original URL twice percent-encoded (`%253F`, `%253D`, `%2526`): inside it, the mailing house\'s `api_key`.', ({ rng }) => {
      const k = rng.hex(40);
      return { value: k, event: { pc: [['INFO', 'LoginRedirectFilter:58', `redirecting to /user?return=%2Fapp%3Fservice%3Dhttps%253A%252F%252Fjobs.mailhouse.example%252Fv1%252Fpreview%253Fjob%253D88%2526api_key%253D${k}`]] } };
    }),
    3,
    plant('negative', 'papercut-device-token-hidden', 'none', 'The device registration line writes the device key as `[hidden]`: a mask, no credential.', ({ rng }) => ({ value: 'device-key=[hidden]', event: { pc: [['INFO', 'DeviceRegistry:402', `Device mfd-${rng.int(1, 6)} registered (model HP E87660, device-key=[hidden])`, 'scheduler_Worker-1']] } })),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'papercut' }, filler, render, steps });
}

// =====================================================================================================================
// Faleoloa Manuia (Samoan; Apia: UTC+13, no daylight saving)
// =====================================================================================================================

const FM = 'faleoloamanuia.example';

// ---------------------------------------------------------------------------------------------------------------------
// dolibarr.log: the ERP and CRM's `documents/dolibarr.log` written by the Syslog module's file handler (Dolibarr 20):
// `yyyy-mm-dd HH:MM:SS LEVEL(7) IP(15) message` (local time, no zone), `--- Access to <method> <url>` at the start of a
// page or API call, `sql=…` lines of the database layer at DEBUG, and the shop's own module (`faleoloa`) with Samoan
// messages. The file and the module are documented (wiki.dolibarr.org, Module Syslog, read through search); the line
// layout, whether the access line keeps the query string, and the messages are from memory.

function dolibarrLog(rng) {
  const stamp = (t) => ymdHmsAt(t, WST);
  const render = (e) => e.d.map(([lvl, ip, msg]) => `${stamp(e.t)} ${lvl.padEnd(7)} ${ip.padEnd(15)} ${msg}`);
  const ipOf = () => rng.pick(['10.13.0.21', '10.13.0.34', publicIp(rng)]);
  const filler = (rng) =>
    rng.pick([
      () => { const ip = ipOf(); return { d: [['DEBUG', ip, `--- Access to GET /comm/propal/card.php?id=${rng.int(100, 999)}`], ['DEBUG', ip, `sql=SELECT p.rowid, p.ref, p.total_ht FROM llx_propal as p WHERE p.rowid = ${rng.int(100, 999)}`]] }; },
      () => ({ d: [['DEBUG', ipOf(), `sql=SELECT rowid, ref, stock FROM llx_product WHERE ref = 'FM-${upperNum(rng, 5)}'`]] }),
      () => ({ d: [['INFO', ipOf(), `faleoloa: ua faafou le faamaumauga o oloa, ${rng.int(2, 80)} mea (stock sync)`]] }),
      () => ({ d: [['DEBUG', ipOf(), `--- End access to /product/stock/product.php`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'dolibarr-csrf-token-in-url', 'none', "Dolibarr's anti-CSRF `token=` (from `newToken()`) in a form action's URL: a CSRF token, no credential.", ({ rng }) => {
      const tok = rng.hex(32);
      return { value: tok, event: { d: [['DEBUG', '10.13.0.21', `--- Access to POST /product/card.php?action=update&id=${rng.int(10, 999)}&token=${tok}`]] } };
    }),
    3,
    plant('api-key-name', 'dolibarr-access-line-dolapikey-query', 'error', `${WHY.apiKey('DOLAPIKEY')} The warehouse scanners call the REST API with the key as a query parameter, and the access line keeps the query string.`, ({ rng }) => {
      const k = rng.alnum(32);
      return { value: k, event: { d: [['DEBUG', '10.13.4.18', `--- Access to GET /api/index.php/stockmovements?DOLAPIKEY=${k}&sortfield=t.rowid&limit=100`]] } };
    }),
    3,
    plant('api-key-name', 'dolibarr-sql-custom-module-ki-api', 'error', `${WHY.apiKey('ki_api')} The shop's own module looks up the freight partner's connection by its key, and the database layer writes the SQL at DEBUG with the key as a literal.`, ({ rng }) => {
      const k = rng.hex(40);
      return { value: k, event: { d: [['DEBUG', '10.13.0.34', `sql=SELECT rowid, igoa, tulaga FROM llx_faleoloa_fesootaiga WHERE ki_api = '${k}' AND entity IN (1)`]] } };
    }),
    3,
    plant('oauth-code', 'dolibarr-access-line-oauth-callback', 'warning', `${WHY.code} Dolibarr's OAuth module receives the provider's answer on its callback page, and the access line writes the query.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(60)}`;
      return { value: code, event: { d: [['DEBUG', '10.13.0.21', `--- Access to GET /core/modules/oauth/google_oauthcallback.php?state=${rng.hex(20)}&code=${code}&scope=email%20profile%20https://www.googleapis.com/auth/gmail.send`]] } };
    }),
    3,
    plant('path-secret', 'dolibarr-password-forgotten-passworduidhash', 'error', WHY.pathSecret("Dolibarr's password renewal link (`passwordforgotten.php?action=validatenewpassword&username=…&passworduidhash=<hash>`) opened from the mail"), ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { d: [['DEBUG', publicIp(rng), `--- Access to GET /user/passwordforgotten.php?action=validatenewpassword&username=sina.tuiasosopo&passworduidhash=${h}`]] } };
    }),
    3,
    plant('session-id', 'dolibarr-module-cookie-dolsessid', 'error', WHY.session("The shop's module writes the request's cookies when a session check fails (Samoan message), `DOLSESSID_<hash>=<id>` included"), ({ rng }) => {
      const sid = rng.lowerNum(26);
      return { value: sid, event: { d: [['WARN', '10.13.0.34', `faleoloa: ua le taulau le siakiina o le sesini; cookies: DOLSESSID_${rng.hex(32)}=${sid}; DOLUSERCOOKIE_boxfilter_task=all`]] } };
    }),
    3,
    plant('negative', 'dolibarr-product-ref', 'none', "A product's reference and a stock movement's label: identifiers, no credential.", ({ rng }) => {
      const ref = `FM-${upperNum(rng, 5)}-${digits(rng, 6)}`;
      return { value: ref, event: { d: [['INFO', '10.13.4.18', `MouvementStock::_create ref=${ref} qty=-12 label="Oka i luga ole laina"`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 - 3 * HOUR, site: { host: 'erp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// saleor-api.log: a Saleor 3.20 API server's log in JSON (one object a line, `timestamp` in UTC with `+00:00`, `level`,
// `logger`, `message`, extra fields), the GraphQL error handler's `query` and `variables`, webhook deliveries.
// From memory (not fetched): the field names and logger names.

function saleorLog(rng) {
  const render = (e) => e.s.map((o) => JSON.stringify({ timestamp: `${iso(e.t).slice(0, 23)}000+00:00`, ...o }));
  const filler = (rng) =>
    rng.pick([
      () => ({ s: [{ level: 'INFO', logger: 'saleor.graphql.views', message: 'GraphQL request', operation_name: rng.pick(['ProductList', 'CheckoutCreate', 'OrderDetails']), request_id: rng.hex(16) }] }),
      () => ({ s: [{ level: 'INFO', logger: 'saleor.webhook.transport.asynchronous', message: '[Webhook] Delivered event', event_type: rng.pick(['ORDER_CREATED', 'PRODUCT_UPDATED']), delivery_id: rng.int(1000, 99999) }] }),
      () => ({ s: [{ level: 'DEBUG', logger: 'saleor.plugins.manager', message: `Plugin mirumee.payments.adyen ran in ${rng.int(3, 90)}ms` }] }),
    ])();
  const steps = [
    3,
    plant('negative', 'saleor-graphql-cursor', 'none', "A GraphQL pagination cursor (`after`, base64 of a JSON array of sort keys): a cursor, no credential.", ({ rng }) => {
      const c = b64Of(JSON.stringify([`ie-lavalava-${rng.int(100, 999)}`, String(rng.int(1000, 9999))]));
      return { value: c, event: { s: [{ level: 'INFO', logger: 'saleor.graphql.views', message: 'GraphQL request', operation_name: 'ProductList', variables: { first: 40, after: c, channel: 'apia' } }] } };
    }),
    3,
    plant('webhook', 'saleor-webhook-make-hook-target', 'error', WHY.webhook("A Make scenario's custom webhook (`hook.eu2.make.com/<token>`), a Saleor app's webhook target, written by the synchronous transport's failure line (the path is the secret)"), ({ rng }) => {
      const tok = rng.lowerNum(32);
      return { value: tok, event: { s: [{ level: 'WARNING', logger: 'saleor.webhook.transport.synchronous', message: `[Webhook ID:14] Failed request to https://hook.eu2.make.com/${tok}: HTTPError 410`, event_type: 'ORDER_FULLY_PAID' }] } };
    }),
    3,
    plant('refresh-token', 'saleor-graphql-error-tokenrefresh-jwt', 'error', `${WHY.refresh} The GraphQL error handler writes the failed operation's query text, where the storefront inlined its refresh token (a Saleor refresh JWT, 30 d, with a jti) in \`tokenRefresh(refreshToken: "…")\`, on a line with its UTC time`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 30 * 86400, age: rng.int(3 * 86400, 9 * 86400), jti: true, claims: { iss: `https://api.${FM}/graphql/`, token: rng.alnum(12), email: 'l.faamausili@example.net', type: 'refresh', user_id: b64Of(`User:${rng.int(100, 9999)}`), is_staff: false } });
      return { value: token, jwt: facts, event: { s: [{ level: 'INFO', logger: 'saleor.graphql.errors.handled', message: 'A query had an error', query: `mutation { tokenRefresh(refreshToken: "${token}") { token errors { field code } } }`, exc_message: 'Signature has expired' }] } };
    }),
    3,
    plant('id-token', 'saleor-oidc-plugin-id-token-audience', 'error', 'The OpenID Connect plugin rejects an ID token for its audience and writes it (RS256, 10 min, no jti), on a line with its UTC time', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(20, 200), alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://login.${FM}/`, sub: `auth0|${rng.hex(24)}`, aud: 'faleoloa-pos', email: 'tino.aiono@example.net' } });
      return { value: token, jwt: facts, event: { s: [{ level: 'WARNING', logger: 'saleor.plugins.openid_connect.utils', message: `Invalid id_token ${token}: audience mismatch` }] } };
    }),
    3,
    plant('api-key-name', 'saleor-shipping-plugin-ki-api', 'error', `${WHY.apiKey('ki_api')} The shop's shipping app asks the freight partner for rates with its key in the query, and the error line writes the URL.`, ({ rng }) => {
      const k = rng.alnum(32);
      return { value: k, event: { s: [{ level: 'ERROR', logger: 'faleoloa.shipping', message: `Ua le taulau le fesili o tau: https://api.pasefikafreight.example/v1/tau?ki_api=${k}&mai=APW&i=FGI`, status: 502 }] } };
    }),
    3,
    plant('implicit-fragment', 'saleor-graphql-variables-redirect-url-fragment', 'error', 'The storefront passes the address it landed on after an implicit login (`…/ulufale#access_token=<token>&token_type=bearer`) as `redirectUrl`, and the error handler writes the variables.', ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { s: [{ level: 'INFO', logger: 'saleor.graphql.errors.handled', message: 'A query had an error', operation_name: 'AccountRegister', variables: { input: { email: 'mele.sapolu@example.net', redirectUrl: `https://${FM}/ulufale#access_token=${at}&token_type=bearer&expires_in=7200`, channel: 'apia' } }, exc_message: 'redirectUrl not allowed' }] } };
    }),
    3,
    plant('negative', 'saleor-request-id', 'none', "The request id Saleor writes with a slow query: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { s: [{ level: 'WARNING', logger: 'saleor.core.db', message: 'Slow query (1.84 s)', request_id: id }] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 - 2 * HOUR, site: { host: 'saleor' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// coolwsd.log: Collabora Online 24.04's `coolwsd` at `loglevel=trace` behind the shop's document store (its WOPI host):
// `<thread id> <yyyy-mm-dd HH:MM:SS.uuuuuu> <+1300> [ <thread name> ] <LVL>  <message>| <file>:<line>`.
// From memory (not fetched): the prefix, the thread names and the messages.

function coolwsdLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, WST)}.${msPart(t)}${digits(rng, 3)} ${offPlain(WST)}`;
  const tid = () => `wsd-${pad(rng.int(10, 99), 5)}-${pad(rng.int(10, 99), 5)}`;
  const render = (e) => e.w.map(([name, lvl, msg, src]) => `${tid()} ${stamp(e.t)} [ ${name} ] ${lvl}  ${msg}| ${src}`);
  const DOCS = `https://pepa.${FM}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ w: [['websrv_poll', 'DBG', `Accepted client #${rng.int(10, 99)} from ${publicIp(rng)}`, 'net/Socket.cpp:904']] }),
      () => ({ w: [['docbroker_0' + rng.int(1, 9), 'INF', `Saved docKey [${encodeURIComponent(`${DOCS}/wopi/files/${rng.int(1000, 9999)}`)}] to URI [${DOCS}/wopi/files/${rng.int(1000, 9999)}] successfully.`, 'wsd/DocumentBroker.cpp:1731']] }),
      () => ({ w: [['prisoner_poll', 'TRC', `Kit ${rng.int(1000, 9999)} heartbeat, ${rng.int(1, 6)} views`, 'wsd/COOLWSD.cpp:2301']] }),
    ])();
  const steps = [
    2,
    plant('negative', 'coolwsd-wopi-file-version-hash', 'none', 'CheckFileInfo\'s `Version` (a SHA-256 of the file\'s content, as the WOPI host computes it): a hash, no credential.', ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { w: [['docbroker_02', 'DBG', `WOPI::CheckFileInfo returned: BaseFileName: lisi-oloa.xlsx, Size: 48213, Version: ${v}, UserCanWrite: true`, 'wsd/wopi/WopiStorage.cpp:388']] } };
    }),
    3,
    plant('encoded', 'coolwsd-incoming-request-encoded-wopisrc-access-token', 'error', "The editor opens a document through `/cool/<percent-encoded WOPI URL>/ws`; the WOPI file URL inside the path carries the host's `access_token` percent-encoded (`%3Faccess_token%3D<token>`), written by the incoming request line and again by the client session's line.", ({ rng }) => {
      const tok = rng.alnum(40);
      const src = encodeURIComponent(`${DOCS}/wopi/files/${rng.int(1000, 9999)}?access_token=${tok}&access_token_ttl=0`);
      return { value: tok, event: { w: [['websrv_poll', 'TRC', `Incoming request: GET /cool/${src}/ws?WOPISrc=${encodeURIComponent(`${DOCS}/wopi/files/7781`)}&compat=/ws HTTP/1.1`, 'wsd/ClientRequestDispatcher.cpp:748'], ['websrv_poll', 'DBG', `ClientSession ctor [${rng.hex(3)}] for docKey [${src}]`, 'wsd/ClientSession.cpp:91']] } };
    }),
    3,
    plant('header-dump', 'coolwsd-wopi-checkfileinfo-request-bearer-jwt', 'error', "At trace level coolwsd writes the CheckFileInfo request it sends to the WOPI host, `Authorization: Bearer <JWT>` included (the store's own token, HS512, 1 h, jti), on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, alg: 'HS512', claims: { iss: `https://pepa.${FM}`, sub: 'u-pulefaasa-04', file: rng.int(1000, 9999), perm: 'rw' } });
      return { value: token, jwt: facts, event: { w: [['docbroker_03', 'TRC', `WOPI::CheckFileInfo request header for URI [${DOCS}/wopi/files/7782]: Authorization: Bearer ${token} / User-Agent: COOLWSD HTTP Agent 24.04.9.2 / X-WOPI-Override: `, 'wsd/wopi/WopiStorage.cpp:201']] } };
    }),
    3,
    plant('replay', 'coolwsd-share-preview-tiketi-tasi-once', 'note', WHY.ticketFirst('A single-use preview ticket (`tiketi_tasi`, Samoan for "one-time ticket") on a shared price list\'s viewer URL, opened from one address; the incoming request line writes it. The ticket is'), ({ rng, t }) => {
      const tk = rng.alnum(26);
      firstUse.tiketi = t;
      return { value: tk, event: { w: [['websrv_poll', 'TRC', `Incoming request from 203.0.113.41: GET /browser/dist/cool.html?WOPISrc=${encodeURIComponent(`${DOCS}/wopi/files/6120`)}&permission=readonly&tiketi_tasi=${tk} HTTP/1.1 -> 200`, 'wsd/ClientRequestDispatcher.cpp:702']] } };
    }, { ref: 'tiketi' }),
    2,
    plant('replay', 'coolwsd-share-preview-tiketi-tasi-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('tiketi').value, why: `${WHY.replay('tiketi_tasi', gap('tiketi', t))} Another address opened the viewer with the same single-use ticket and got the page (200).` }], event: { w: [['websrv_poll', 'TRC', `Incoming request from 198.51.100.203: GET /browser/dist/cool.html?WOPISrc=${encodeURIComponent(`${DOCS}/wopi/files/6120`)}&permission=readonly&tiketi_tasi=${refs.get('tiketi').value} HTTP/1.1 -> 200`, 'wsd/ClientRequestDispatcher.cpp:702']] } }), { replayOf: 'tiketi', after: 97 }),
    3,
    plant('embed-jwt', 'coolwsd-unknown-resource-embed-jwt-expired', 'note', 'A stale bookmark asks coolwsd for the price list embed (`/embed/<JWT>`, 1 h, jti) three days after it expired; the unknown-resource line writes the path with its offset', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3 * 86400 + rng.int(600, 7200), jti: true, claims: { iss: `https://pepa.${FM}`, file: 6120, view: 'embed' } });
      return { value: token, jwt: facts, event: { w: [['websrv_poll', 'ERR', `Unknown resource: /embed/${token}`, 'wsd/ClientRequestDispatcher.cpp:1022']] } };
    }),
    3,
    plant('negative', 'coolwsd-jail-id', 'none', "A kit's jail id (random letters and digits naming its chroot): an identifier, no credential.", ({ rng }) => {
      const j = rng.lowerNum(16);
      return { value: j, event: { w: [['forkit', 'INF', `New kit ${rng.int(1000, 9999)} spawned, jailId ${j}`, 'kit/ForKit.cpp:522']] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 - 1 * HOUR, site: { host: 'cool' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wikijs.log: `docker logs` of Wiki.js 2.5 (the staff wiki, `tusi-taiala`): `<ISO time, Z> [MASTER] <level>: <msg>` and
// `[JOB]` lines of the background jobs. From memory (not fetched).

function wikijsLog(rng) {
  const render = (e) => e.k.map(([who, lvl, msg]) => `${iso(e.t)} [${who}] ${lvl}: ${msg}`);
  const W = `https://wiki.${FM}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ k: [['MASTER', 'info', `Rendering page /tusi-taiala/${rng.pick(['oka', 'fale-teu-oloa', 'totogi', 'tupe'])}/${rng.int(1, 40)}...`]] }),
      () => ({ k: [['JOB', 'info', `Syncing locales with Graph endpoint: [ OK ]`]] }),
      () => ({ k: [['MASTER', 'info', `(SEARCH/DB) Indexed ${rng.int(1, 30)} page(s)`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'wikijs-page-hash', 'none', "A page's hash (SHA-1 of its locale and path, Wiki.js' own key for the page's render cache): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { k: [['MASTER', 'info', `Purged render cache for page hash ${h}`]] } };
    }),
    3,
    plant('oauth-code', 'wikijs-oidc-callback-error', 'warning', `${WHY.code} The OpenID Connect strategy fails on the callback and the error writes the callback URL with its query.`, ({ rng }) => {
      const code = rng.b64url(36);
      return { value: code, event: { k: [['MASTER', 'error', `Authentication failed on ${W}/login/${rng.uuid()}/callback?code=${code}&state=${rng.b64url(22)}: invalid_grant`]] } };
    }),
    3,
    plant('implicit-fragment', 'wikijs-render-broken-link-fragment', 'error', "A staff page holds a link pasted from a browser after an implicit login (`…/ulufale#access_token=<token>`), and the renderer's broken-link warning writes it.", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { k: [['MASTER', 'warn', `Render: link check failed in /tusi-taiala/faleoloa-i-luga-ole-laina: https://${FM}/ulufale#access_token=${at}&token_type=bearer (404)`]] } };
    }),
    3,
    plant('path-secret', 'wikijs-verify-mail-link', 'error', WHY.pathSecret('An account verification link (`/verify/<token>`) the mailer writes when the SMTP server refuses the message'), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { k: [['MASTER', 'error', `Mail: Ua le taulau le lafoina (550): ${W}/verify/${tok}`]] } };
    }),
    3,
    plant('embed-jwt', 'wikijs-render-embed-jwt-8h', 'error', "A page embeds the sales dashboard through `/embed/<JWT>` (8 h, no jti), and the renderer's iframe warning writes the URL at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 8 * 3600, age: rng.int(600, 3 * 3600), claims: { iss: `https://lipoti.${FM}`, resource: { dashboard: 3 }, params: { faleoloa: 'apia-tutotonu' } } });
      return { value: token, jwt: facts, event: { k: [['MASTER', 'warn', `Render: iframe source not in allow list: https://lipoti.${FM}/embed/dashboard/${token}`]] } };
    }),
    3,
    plant('id-token', 'wikijs-logout-id-token-hint-expired', 'note', "The OIDC strategy's logout redirect writes the end-session URL with `id_token_hint`, a token that expired two hours before the line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3 * 3600 + rng.int(60, 600), alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://login.${FM}/`, sub: rng.uuid(), aud: 'wikijs' } });
      return { value: token, jwt: facts, event: { k: [['MASTER', 'info', `Logout redirect: https://login.${FM}/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=${encodeURIComponent(W)}`]] } };
    }),
    3,
    plant('negative', 'wikijs-asset-hash', 'none', "A bundle's content hash in an asset path (`/_assets/js/app.<hash>.js`): a cache buster, no credential.", ({ rng }) => {
      const h = rng.hex(20);
      return { value: h, event: { k: [['MASTER', 'warn', `Asset not found: /_assets/js/app.${h}.js`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'wiki' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// trytond.log: the warehouse's Tryton 7.0 server with a logconf file using the formatter of trytond's logging example
// (`[%(asctime)s] %(levelname)s:%(name)s:%(message)s`, datefmt `%a %b %d %H:%M:%S %Y`, local time, no zone): the
// dispatcher's RPC lines, the WSGI layer, the shop's module `faleoloa_uta` (freight) and sendmail at DEBUG.
// The logconf mechanism is documented (trytond's "Logging configuration" topic, found through search); the example's
// formatter and the messages are from memory.

function trytonLog(rng) {
  const stamp = (t) => {
    const d = new Date(t + WST * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 19)} ${d.getUTCFullYear()}`;
  };
  const render = (e) => e.y.map((x) => (typeof x === 'string' ? x : `[${stamp(e.t)}] ${x[0]}:${x[1]}:${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ y: [['INFO', 'trytond.protocols.dispatcher', `stock.shipment.out.pick(*([${rng.int(100, 999)}],), **{}) from tausi@10.13.4.${rng.int(2, 60)}/faleoloa/`]] }),
      () => ({ y: [['INFO', 'trytond.modules.faleoloa_uta', `ua sauni le pusa ${rng.int(1000, 9999)} mo le uta (${rng.int(1, 40)} kg)`]] }),
      () => ({ y: [['INFO', 'werkzeug', `10.13.4.${rng.int(2, 60)} - - "POST /faleoloa/ HTTP/1.1" 200 -`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'tryton-tracking-number', 'none', 'A parcel tracking number from the freight partner: an identifier, no credential.', ({ rng }) => {
      const n = `PF${digits(rng, 12)}WS`;
      return { value: n, event: { y: [['INFO', 'trytond.modules.faleoloa_uta', `numera siaki: ${n}`]] } };
    }),
    3,
    plant('api-key-name', 'tryton-freight-label-url-ki', 'error', `${WHY.apiKey('ki')} The freight module fetches labels with the partner's key in the query (\`ki\`, Samoan for "key"), and its error writes the URL.`, ({ rng }) => {
      const k = rng.alnum(36);
      return { value: k, event: { y: [['ERROR', 'trytond.modules.faleoloa_uta', `Ua le taulau le maua o le igoa pusa: https://api.pasefikafreight.example/v2/label?ki=${k}&pusa=${rng.int(1000, 9999)} (503)`]] } };
    }),
    3,
    plant('header-dump', 'tryton-wsgi-debug-authorization-session', 'error', "The WSGI layer's debug line writes the request headers, `Authorization: Session <base64 of login:user id:session key>` included: Tryton's session credential.", ({ rng }) => {
      const b = b64Of(`tausi:${rng.int(2, 40)}:${rng.hex(64)}`);
      return { value: b, event: { y: [['DEBUG', 'trytond.wsgi', `headers: Host: erp.${FM}, Authorization: Session ${b}, Content-Type: application/json`]] } };
    }),
    3,
    plant('framework-dump', 'tryton-dispatcher-rpc-args-upu-faalilo', 'error', "The dispatcher writes RPC calls with their arguments; a custom model's setup call carries the freight portal's password (`upu_faalilo`, Samoan for \"password\"), which only the standard login calls hide.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { y: [['INFO', 'trytond.protocols.dispatcher', `faleoloa.uta.fesootaiga.setup(*({'igoa': 'faleoloa-apia', 'upu_faalilo': '${pw}', 'tulaga': 'active'},), **{}) from admin@10.13.0.21/faleoloa/`]] } };
    }),
    3,
    plant('session-id', 'tryton-shop-bridge-url-sesini-id', 'error', WHY.session("The web shop bridge calls Tryton with the customer's shop session in the URL (`sesini_id`, Samoan for \"session id\"); the bridge's error and werkzeug's access line write it"), ({ rng }) => {
      const sid = rng.hex(40);
      const p = `/faleoloa/bridge/oka?sesini_id=${sid}&oka=${rng.int(1000, 9999)}`;
      return { value: sid, event: { y: [['ERROR', 'trytond.modules.faleoloa_web', `sese i le ${p}: KeyError 'party'`], ['INFO', 'werkzeug', `10.13.0.34 - - "GET ${p} HTTP/1.1" 500 -`]] } };
    }),
    3,
    plant('encoded', 'tryton-sendmail-quoted-printable-reset-link', 'error', "sendmail at DEBUG writes the outgoing message as sent, quoted-printable (`=3D` for `=`): a password reset link for the shop's customer account, `?faailoga=3D<token>` (`faailoga`, Samoan for \"sign\", the reset token).", ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { y: [['DEBUG', 'trytond.sendmail', 'message:'], 'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', 'Talofa, kiliki i le sootaga e toe seti ai lau upu faalilo: =', `https://${FM}/toe-seti-upu?faailoga=3D${tok}`] } };
    }),
    3,
    plant('negative', 'tryton-request-timestamp', 'none', "Tryton's `_timestamp` values (record write times used for optimistic locking) in an RPC line: timestamps, no credential.", ({ rng }) => {
      const ts = `2027-09-13 ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}.${digits(rng, 6)}`;
      return { value: ts, event: { y: [['INFO', 'trytond.protocols.dispatcher', `stock.move.write(*([${rng.int(100, 999)}], {'quantity': 4.0}), **{'_timestamp': {'stock.move,${rng.int(100, 999)}': '${ts}'}}) from tausi@10.13.4.18/faleoloa/`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'tryton' }, filler, render, steps });
}

// =====================================================================================================================
// Drukarnia Kola (Belarusian; Minsk: UTC+3)
// =====================================================================================================================

const DK = 'drukarnia-kola.example';

// ---------------------------------------------------------------------------------------------------------------------
// 27091413.log: one hour of a 1C:Enterprise 8.3 technological log (the payroll base `zup_druk` on the server's rphost),
// the file named `yyMMddHH.log` after its hour, each event `mm:ss.uuuuuu-<duration>,<EVENT>,<level>,<prop>=<value>,…`
// (the hour from the file name, local time, no zone), HTTP service requests as VRSREQUEST/VRSRESPONSE with `URI=`,
// exceptions as EXCP with `Descr='…'`. The technological log and logcfg.xml are documented (1C:Enterprise 8.3
// Administrator Guide, read through search); the event line layout and the property names are from memory.

function oneCTechLog(rng) {
  const stamp = (t) => `${local(t, MSK).slice(14, 19)}.${msPart(t)}${digits(rng, 3)}`;
  const render = (e) => e.g.map(([ev, props]) => `${stamp(e.t)}-${rng.int(0, 90000)},${ev},${ev === 'EXCP' ? 1 : rng.int(2, 5)},process=rphost,p:processName=zup_druk,OSThread=${rng.int(1000, 9999)},${props}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ g: [['CALL', `t:clientID=${rng.int(10, 99)},t:applicationName=1CV8C,t:computerName=BUKH-${rng.int(1, 6)},SessionID=${rng.int(10, 99)},Usr=Кравец А.,Context='Документ.НачислениеЗарплаты.Форма.ФормаДокумента : ${rng.int(1, 40)}',Memory=${rng.int(1000, 900000)}`]] }),
      () => ({ g: [['DBPOSTGRS', `t:clientID=${rng.int(10, 99)},Sql='SELECT T1._IDRRef FROM _Document${rng.int(100, 999)} T1 WHERE T1._Posted = TRUE',Rows=${rng.int(0, 400)}`]] }),
      () => ({ g: [['VRSREQUEST', `URI=/zup_druk/hs/zarobak/v1/stan,Method=GET,Headers='Host: 1c.${DK}'`], ['VRSRESPONSE', `URI=/zup_druk/hs/zarobak/v1/stan,Status=200`]] }),
    ])();
  const steps = [
    plant('negative', '1c-session-number', 'none', "1C's `SessionID=` in a technological log event is the infobase session's number (a small integer): a counter, no credential.", ({ rng }) => {
      const n = `SessionID=${rng.int(1000, 1999)},Usr=Шыманская В.`;
      return { value: n, event: { g: [['CONN', `t:clientID=${rng.int(10, 99)},t:applicationName=1CV8C,t:computerName=KADRY-2,${n},Txt='Сеанс пачаты'`]] } };
    }, { after: 2 }),
    3,
    plant('api-key-name', '1c-vrsrequest-uri-api-kliuch', 'error', `${WHY.apiKey('api_kliuch')} The print shop's web orders reach the payroll base's HTTP service with the key in the query (\`api_kliuch\`, "API key" in Belarusian transliteration), and VRSREQUEST and VRSRESPONSE both write the URI.`, ({ rng }) => {
      const k = rng.alnum(32);
      const uri = `/zup_druk/hs/zarobak/v1/listki?miesiac=2027-08&api_kliuch=${k}`;
      return { value: k, event: { g: [['VRSREQUEST', `URI=${uri},Method=GET,Headers='Host: 1c.${DK}'`], ['VRSRESPONSE', `URI=${uri},Status=200`]] } };
    }),
    3,
    plant('encoded', '1c-vrsrequest-uri-base64-json-parol', 'error', 'The bank client calls the HTTP service with a base64 JSON blob in the query (`dadzienyja=<base64 of {"login":…,"parol":…}>`): the login and password of the bank exchange, encoded.', ({ rng }) => {
      const b = b64Of(JSON.stringify({ login: 'bank-abmen', parol: rng.alnum(16) }));
      return { value: b, event: { g: [['VRSREQUEST', `URI=/zup_druk/hs/bank/v1/vypiska?dadzienyja=${b},Method=POST,Headers='Host: 1c.${DK}'`]] } };
    }),
    3,
    plant('refresh-token', '1c-excp-descr-bank-token-response', 'error', `${WHY.refresh} A payroll data processor fails after the bank's token endpoint answered, and EXCP writes the exception text with the JSON answer (Belarusian message), \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.b64url(46);
      return { value: rt, event: { g: [['EXCP', `t:clientID=${rng.int(10, 99)},Exception=${rng.uuid()},Descr='Памылка апрацоўкі адказу банка: {"access_token":"${rng.b64url(30)}","refresh_token":"${rt}","expires_in":900}'`]] } };
    }),
    3,
    plant('header-dump', '1c-excp-descr-http-headers-bearer', 'error', "An HTTPConnection call to the tax portal fails; EXCP writes the module's message with the request headers it built, `Authorization: Bearer <token>` (an opaque service token).", ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { g: [['EXCP', `t:clientID=${rng.int(10, 99)},Descr='ВнешняяОбработка.АдпраўкаПадаткаў: HTTP 401, загалоўкі запыту: Authorization: Bearer ${tok}; Accept: application/json'`]] } };
    }),
    3,
    plant('path-secret', '1c-excp-descr-payslip-link', 'error', WHY.pathSecret("A payslip link (`/razlikovy-listok/<token>`, \"payslip\" in Belarusian transliteration) in the text of a mail failure EXCP writes"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { g: [['EXCP', `t:clientID=${rng.int(10, 99)},Descr='Не ўдалося адправіць ліст: https://kabinet.${DK}/razlikovy-listok/${tok} (SMTP 552)'`]] } };
    }),
    3,
    plant('negative', '1c-request-id-header', 'none', 'An `X-Request-ID` the proxy adds, written in a VRSREQUEST\'s headers: a request id, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { g: [['VRSREQUEST', `URI=/zup_druk/hs/zarobak/v1/stan,Method=GET,Headers='Host: 1c.${DK} X-Request-ID: ${id}'`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: '1c' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// suitecrm.log: SuiteCRM 7.14's `suitecrm.log` (LoggerManager's file appender; local time, no zone):
// `<Day Mon DD HH:MM:SS YYYY> [<pid>][<user id>][<LEVEL>] <message>`. From memory (not fetched).

function suitecrmLog(rng) {
  const stamp = (t) => {
    const d = new Date(t + MSK * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 19)} ${d.getUTCFullYear()}`;
  };
  const render = (e) => e.r.map(([lvl, msg, user]) => `${stamp(e.t)} [${rng.int(1000, 9999)}][${user ?? '1'}][${lvl}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ r: [['DEBUG', `Query: SELECT accounts.* FROM accounts WHERE accounts.deleted=0 AND accounts.name LIKE '${rng.pick(['Мінск', 'Гродна', 'Брэст'])}%' LIMIT 0,21`, rng.uuid()]] }),
      () => ({ r: [['INFO', `Query Execution Time: 0.00${rng.int(100, 999)}`]] }),
      () => ({ r: [['WARN', `Замова-${rng.int(1000, 9999)}: макет не зацверджаны, друк адкладзены`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'suitecrm-record-id', 'none', "A record's id (a UUID) in a download entry point's URL: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { r: [['DEBUG', `entryPoint=download&id=${id}&type=Documents`]] } };
    }),
    3,
    plant('oauth-code', 'suitecrm-external-oauth-callback', 'warning', `${WHY.code} SuiteCRM's external OAuth connection (for the print shop's mailbox) writes the provider's callback request at DEBUG.`, ({ rng }) => {
      const code = `M.C5${digits(rng, 2)}_BAY.2.U.${rng.uuid()}`;
      return { value: code, event: { r: [['DEBUG', `ExternalOAuthConnection: callback index.php?entryPoint=setExternalOAuthProvider&code=${code}&state=${rng.hex(32)}`]] } };
    }),
    3,
    plant('session-id', 'suitecrm-rest-v4-rest-data-session', 'error', WHY.session("The REST v4_1 API takes its session in `rest_data` (`{\"session\":\"<id>\",…}`), and the service's debug line writes the call"), ({ rng }) => {
      const sid = rng.lowerNum(26);
      return { value: sid, event: { r: [['DEBUG', `SugarWebServiceImplv4_1->get_entry_list rest_data={"session":"${sid}","module_name":"Leads","query":"leads.status='New'","max_results":50}`]] } };
    }),
    3,
    plant('webhook', 'suitecrm-logic-hook-bitrix24-inbound-webhook', 'error', WHY.webhook("A Bitrix24 inbound webhook (`<portal>.bitrix24.by/rest/<user id>/<secret>/crm.lead.add.json`) a logic hook copies leads to, written by the hook's error (Belarusian message; the secret path segment is the credential)"), ({ rng }) => {
      const sec = rng.lowerNum(16);
      return { value: sec, event: { r: [['FATAL', `after_save: не ўдалося перадаць лід у https://drukarniakola.bitrix24.by/rest/14/${sec}/crm.lead.add.json (HTTP 503)`]] } };
    }),
    3,
    plant('implicit-fragment', 'suitecrm-portal-return-url-fragment', 'error', "The client portal's custom entry point writes where it sends the user after an implicit login (`…/#/uvachod#access_token=<token>`), at DEBUG.", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { r: [['DEBUG', `PortalReturn: вяртанне на https://kabinet.${DK}/#/uvachod#access_token=${at}&expires_in=3600&token_type=Bearer`]] } };
    }),
    3,
    plant('api-key-name', 'suitecrm-scheduler-paper-price-kliuch', 'error', `${WHY.apiKey('kliuch')} A scheduler job fetches paper prices from the supplier with its key in the query (\`kliuch\`, "key"), and its error writes the URL.`, ({ rng }) => {
      const k = rng.hex(32);
      return { value: k, event: { r: [['ERROR', `Scheduler job 'Кошты паперы': https://api.paperahurt.example/v1/kosty?kliuch=${k}&format=json -> 500`]] } };
    }),
    3,
    plant('framework-dump', 'suitecrm-custom-module-serialized-post', 'error', 'A custom module writes `serialize($_POST)` at FATAL to trace a failed print order; the serialized array holds the client portal password (`s:5:"parol";s:16:"<password>"`).', ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { r: [['FATAL', `DK_Zakazy save failed: a:3:{s:5:"login";s:9:"kola-shop";s:5:"parol";s:16:"${pw}";s:5:"zakaz";s:4:"${rng.int(1000, 9999)}";}`]] } };
    }),
    3,
    plant('negative', 'suitecrm-gravatar-md5', 'none', "A contact's Gravatar URL (the MD5 of an e-mail address): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { r: [['DEBUG', `Contacts: avatar https://www.gravatar.com/avatar/${h}?s=64&d=identicon`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'crm' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jibri.log: a Jitsi Jibri recorder's `/var/log/jitsi/jibri/log.0.txt` (the house records client proofing calls):
// `yyyy-mm-dd HH:MM:SS.mmm LEVEL: [<thread>] <Class>.<method>#<line>: <message>` (local time, no zone), the browser's
// console lines relayed as `Browser log: …` and the finalize script's output. From memory (not fetched).

function jibriLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, MSK)}.${msPart(t)}`;
  const render = (e) => e.j.map(([lvl, where, msg]) => `${stamp(e.t)} ${lvl}: [${rng.int(20, 90)}] ${where}: ${msg}`);
  const M = `https://sustrecha.${DK}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ j: [['INFO', 'JibriStatusManager.updateHealth#45', `Jibri health updated: busy=${rng.pick(['IDLE', 'BUSY'])}, healthy=true`]] }),
      () => ({ j: [['INFO', 'FfmpegCapturer.onFfmpegStateMachineStateChange#137', `Ffmpeg capturer transitioning from state Starting up to Running`]] }),
      () => ({ j: [['FINE', 'JibriSelenium.run#212', `Checking call status: ${rng.int(1, 8)} participants`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'jibri-session-id', 'none', "Jibri's session id, which names a recording and its directory (random lower-case letters): an identifier, no credential.", ({ rng }) => {
      const s = rng.chars('abcdefghijklmnopqrstuvwxyz', 16);
      return { value: s, event: { j: [['INFO', 'JibriManager.startFileRecording#128', `Starting a file recording with params: sessionId=${s}, callUrlInfo=CallUrlInfo(baseUrl=${M}, callName=karektura-kataloha)`]] } };
    }),
    3,
    plant('path-secret', 'jibri-visiting-url-guest-invitation', 'error', WHY.pathSecret("A guest invitation link to the proofing room (`/zaprashenne/<token>/…`, \"invitation\" in Belarusian transliteration) Jibri opens as its call URL and writes"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { j: [['INFO', 'JibriSelenium.joinCall#303', `Visiting url ${M}/zaprashenne/${tok}/karektura-kataloha#config.iAmRecorder=true&config.externalConnectUrl=null&config.analytics.disabled=true`]] } };
    }),
    3,
    plant('implicit-fragment', 'jibri-browser-log-location-fragment', 'error', "The meeting page logs its own location after the identity provider's implicit redirect (`#access_token=<token>`), and Jibri relays the browser's console line.", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { j: [['INFO', 'JibriSelenium.getBrowserLogs#411', `Browser log: console-api 2:18 "uvachod: location ${M}/#access_token=${at}&token_type=Bearer&expires_in=3600"`]] } };
    }),
    3,
    plant('session-id', 'jibri-browser-log-sesiia-cookie', 'error', WHY.session("A console line of the meeting page prints the cookie it set (`sesiia=<id>`, \"session\" in Belarusian transliteration), relayed by Jibri"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { j: [['INFO', 'JibriSelenium.getBrowserLogs#411', `Browser log: console-api 5:2 "cookie: sesiia=${sid}; path=/; secure"`]] } };
    }),
    3,
    plant('replay', 'jibri-visiting-url-otp-once', 'note', WHY.ticketFirst("A one-time `otp` on a client's studio link, opened once by the recorder (Jibri writes the URL it visits). The ticket is"), ({ rng }) => {
      const o = rng.alnum(12);
      return { value: o, event: { j: [['INFO', 'JibriSelenium.joinCall#303', `Visiting url ${M}/studyja?otp=${o}#config.iAmRecorder=true`]] } };
    }),
    3,
    plant('api-key-name', 'jibri-finalize-script-upload-api-kliuch', 'error', `${WHY.apiKey('api_kliuch')} The finalize script uploads the recording to the archive with its key in the query, and Jibri writes the script's output line by line.`, ({ rng }) => {
      const k = rng.alnum(32);
      return { value: k, event: { j: [['INFO', 'JibriServiceFinalizeCommandRunner.doFinalize#44', `Finalize script output: Запампоўка: https://arkhiu.${DK}/upload?api_kliuch=${k}&fail=karektura-kataloha.mp4 ... 201`]] } };
    }),
    3,
    plant('negative', 'jibri-recording-sha256', 'none', "The recording's SHA-256 the finalize script prints: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { j: [['INFO', 'JibriServiceFinalizeCommandRunner.doFinalize#44', `Finalize script output: sha256 ${h}  karektura-kataloha.mp4`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'jibri' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fszn-report.log: the payroll office's Python job that files monthly social-fund reports over SOAP with zeep 4.3,
// `logging.basicConfig(format='%(asctime)s %(levelname)s [%(name)s] %(message)s')` with `datefmt` including `%z`
// (`2027-09-14 13:00:00,123+0300`), zeep.transports at DEBUG: `Loading remote data from: <url>`, `HTTP Post to <url>:`
// and `HTTP Response from <url> (status: <n>):` followed by the envelope, one element a line as the pretty printer
// writes it. From memory (not fetched): zeep's messages and the WS-Security element names.

function zeepLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, MSK)},${msPart(t)}${offPlain(MSK)}`;
  const render = (e) => e.z.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} ${x[0]} [${x[1]}] ${x[2]}`));
  const WS = 'https://portal.fondsocyjal.example/ws/PaviedamlenniService';
  const filler = (rng) =>
    rng.pick([
      () => ({ z: [['INFO', 'fszn_report', `Справаздача ПУ-3 для ${rng.int(10, 140)} супрацоўнікаў сфарміравана`]] }),
      () => ({ z: [['DEBUG', 'urllib3.connectionpool', `https://portal.fondsocyjal.example:443 "POST /ws/PaviedamlenniService HTTP/1.1" 200 ${rng.int(300, 4000)}`]] }),
      () => ({ z: [['INFO', 'fszn_report', `pakiet ${rng.int(100, 999)} prynjaty, status=${rng.pick(['ACCEPTED', 'QUEUED'])}`]] }),
    ])();
  const steps = [
    plant('api-key-name', 'zeep-loading-remote-wsdl-api-kliuch', 'error', `${WHY.apiKey('api_kliuch')} The job loads the service's WSDL from a URL with the portal's key in the query, and zeep writes \`Loading remote data from: <url>\` at DEBUG.`, ({ rng }) => {
      const k = rng.alnum(40);
      return { value: k, event: { z: [['DEBUG', 'zeep.transports', `Loading remote data from: ${WS}?wsdl&api_kliuch=${k}`]] } };
    }, { after: 1 }),
    3,
    plant('id-token', 'zeep-job-info-id-token', 'error', "The job writes the ID token it got from the government sign-in (`Атрыманы id_token: <JWT>`, RS256, 1 h, jti), on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(10, 300), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: 'https://id.fondsocyjal.example', sub: `UNP${digits(rng, 9)}`, aud: 'druk-kola-zarobak' } });
      return { value: token, jwt: facts, event: { z: [['INFO', 'fszn_report', `Атрыманы id_token: ${token}`]] } };
    }),
    3,
    plant('negative', 'zeep-wsse-nonce', 'none', "WS-Security's `Nonce` (random bytes in base64, one per message against replay): a nonce, no credential.", ({ rng, t }) => {
      const n = rng.bytes(16).toString('base64');
      return { value: n, event: { z: [['DEBUG', 'zeep.wsse', `UsernameToken nonce=${n} created=${iso(t).slice(0, 19)}Z`]] } };
    }),
    3,
    plant('framework-dump', 'zeep-http-post-envelope-wsse-password', 'error', "zeep writes the SOAP envelope it posts at DEBUG; the WS-Security UsernameToken carries the portal password in clear (`<wsse:Password Type=\"…#PasswordText\">`).", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { z: [['DEBUG', 'zeep.transports', `HTTP Post to ${WS}:`], '<?xml version=\'1.0\' encoding=\'utf-8\'?>', '<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/">', '  <soap-env:Header>', '    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">', '      <wsse:UsernameToken>', '        <wsse:Username>druk-kola-buh</wsse:Username>', `        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${pw}</wsse:Password>`, '      </wsse:UsernameToken>', '    </wsse:Security>', '  </soap-env:Header>'] } };
    }),
    1,
    plant('encoded', 'zeep-envelope-base64-json-kliuch', 'error', 'The envelope\'s body carries the office\'s signing settings as base64 JSON (`<ns0:Dadzienyja>`), the certificate store\'s `kliuch` (key password) inside.', ({ rng }) => {
      const b = b64Of(JSON.stringify({ skhovishcha: 'avest', kliuch: rng.alnum(20) }));
      return { value: b, event: { z: ['  <soap-env:Body>', '    <ns0:PadachaPaviedamliennia xmlns:ns0="urn:fondsocyjal:pu3">', `      <ns0:Dadzienyja>${b}</ns0:Dadzienyja>`, '    </ns0:PadachaPaviedamliennia>', '  </soap-env:Body>', '</soap-env:Envelope>'] } };
    }, { after: 0 }),
    3,
    plant('refresh-token', 'zeep-http-response-envelope-refresh-token', 'error', `${WHY.refresh} zeep writes the response envelope at DEBUG; the sign-in service's answer holds a \`<RefreshToken>\`.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { z: [['DEBUG', 'zeep.transports', 'HTTP Response from https://id.fondsocyjal.example/ws/Token (status: 200):'], '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><TokenResponse>', `<AccessToken>${rng.b64url(36)}</AccessToken><RefreshToken>${rt}</RefreshToken><ExpiresIn>900</ExpiresIn>`, '</TokenResponse></soap:Body></soap:Envelope>'] } };
    }),
    3,
    plant('negative', 'zeep-ws-addressing-message-id', 'none', "WS-Addressing's `MessageID` (`urn:uuid:…`) of a request: an identifier, no credential.", ({ rng }) => {
      const id = `urn:uuid:${rng.uuid()}`;
      return { value: id, event: { z: [['DEBUG', 'zeep.wsa', `MessageID ${id} Action urn:fondsocyjal:pu3/Padacha`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'zeep' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout50');
writePart(join(here, 'heldout50'), {
  'q2.log': jposLog(rng),
  'fineract.log': fineractLog(rng),
  'camunda.log': camundaLog(rng),
  'bacs-submit.log': perlLwpLog(rng),
  'server.log': papercutLog(rng),
  'dolibarr.log': dolibarrLog(rng),
  'saleor-api.log': saleorLog(rng),
  'coolwsd.log': coolwsdLog(rng),
  'wikijs.log': wikijsLog(rng),
  'trytond.log': trytonLog(rng),
  '27091413.log': oneCTechLog(rng),
  'suitecrm.log': suitecrmLog(rng),
  'jibri.log': jibriLog(rng),
  'fszn-report.log': zeepLog(rng),
});
