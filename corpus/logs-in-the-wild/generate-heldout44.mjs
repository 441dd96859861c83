// Writes corpus/logs-in-the-wild/heldout44/: a forty-fourth held-out part, in formats no other part uses (an EMQX 5
// broker's emqx.log at debug, a ThingsBoard CE server log with Spring's request logging at DEBUG, a Bitrise build log as
// downloaded, an Appium 2 server log, a `PACKER_LOG=1` Packer log, an Azure IoT Edge custom module's log, an ActiveMQ
// Artemis broker log with the LoggingActiveMQServerPlugin, a Snowflake QUERY_HISTORY download as CSV, a JetBrains IDE's
// idea.log, a TruffleHog git scan in CI, a WebdriverIO worker log, a VS Code extension's log output channel, a Nuclei scan
// with `-debug`, a Centrifugo server at trace level), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout44.mjs     rewrites heldout44/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Brightwater Pools, a Brisbane pool-care company with connected water-chemistry sensors, an MQTT
// broker, a ThingsBoard instance and a mobile app (English, five logs); Biyoole ("water seller"), a network of prepaid
// water kiosks in Hargeisa paid by mobile money (Somali messages, routes, parameter and field names, English code names,
// five logs); Bhariya (भरिया, "porter"), a trekking porter and guide booking service in Pokhara (Nepali messages in
// Devanagari where the app shows them, routes and parameter names transliterated to Latin letters, English code names,
// four logs). Standard names (OAuth's, vendors') stay as their specifications and vendors write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'Java/21.0.7'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 7, 5, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Brisbane (AEST, no daylight saving), Hargeisa (EAT), Pokhara (NPT, UTC+5:45). */
const AEST = 600;
const EAT = 180;
const NPT = 345;
/** `yyyy-MM-dd HH:mm:ss.SSS` at `offset` minutes. */
const ymdHmsMsAt = (ms, offset) => local(ms, offset).slice(0, 23).replace('T', ' ');
/** A private address. */
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** Percent-encoding as encodeURIComponent does it. */
const pct = (s) => encodeURIComponent(s);
/** A MAC-derived device suffix. */
const mac = (rng) => rng.hex(12);

// =====================================================================================================================
// Brightwater Pools (English; Brisbane: AEST, UTC+10)
// =====================================================================================================================

const BW = 'brightwaterpools.example';

// ---------------------------------------------------------------------------------------------------------------------
// emqx.log: an EMQX 5.8 node's log/emqx.log with `log.file.default.level = debug` and the text formatter while the
// integrations team chased a failing HTTP action: `<RFC 3339 time, microseconds, +10:00> [<level>] <key>: <value>, …`
// (`clientid`, `msg`, `peername`, `tag` …); MQTT packets as EMQX prints them (`PUBLISH(Q1, R0, D0, Topic=…,
// PacketId=…, Payload=…)`, `CONNECT(…, Password=******)`), the HTTP connector's rendered request as an Erlang term
// (`{<<"/path">>, [{<<"header">>,<<"value">>}], <<"body">>}`).
// https://docs.emqx.com/en/emqx/latest/observability/tracer.html (read through search: what Log Trace writes and why);
// the line layout and the connector's messages from memory (not fetched).

function emqxLog(rng) {
  const ts = (t) => `${local(t, AEST).slice(0, 23)}${digits(rng, 3)}+10:00`;
  const render = (e) => e.em.map(([lvl, body]) => `${ts(e.t)} [${lvl}] ${body}`);
  const peer = () => `${publicIp(rng)}:${rng.int(20000, 65000)}`;
  const dev = () => `bw-probe-${mac(rng)}`;
  const filler = (rng) =>
    rng.pick([
      () => { const c = dev(); return { em: [['debug', `clientid: ${c}, msg: mqtt_packet_received, packet: PUBLISH(Q1, R0, D0, Topic=bw/pool/${c}/telemetry, PacketId=${rng.int(1, 65000)}, Payload={"ph":${(rng.int(700, 790) / 100).toFixed(2)},"fc_ppm":${(rng.int(10, 40) / 10).toFixed(1)},"temp_c":${(rng.int(180, 310) / 10).toFixed(1)}}), peername: ${peer()}, tag: MQTT`]] }; },
      () => { const c = dev(); return { em: [['debug', `clientid: ${c}, msg: mqtt_packet_sent, packet: PUBACK(Q0, R0, D0, PacketId=${rng.int(1, 65000)}, ReasonCode=0), peername: ${peer()}, tag: MQTT`]] }; },
      () => ({ em: [['warning', `clientid: ${dev()}, msg: keepalive_timeout, peername: ${peer()}`]] }),
      () => ({ em: [['debug', `msg: rule_sql_returned_nothing, rule_id: pool_chlorine_low, reason: {error,{select_and_transform,no_match}}, tag: RULE`]] }),
      () => ({ em: [['info', `msg: alarm_is_deactivated, name: <<"connector:http:bw_ingest">>, details: #{}`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'emqx-connect-packet-password-masked', 'none', "EMQX prints a CONNECT packet with its password masked (`Password=******`): the broker's own redaction, no credential.", ({ rng }) => {
      const c = dev();
      return { value: 'Password=******', event: { em: [['debug', `clientid: ${c}, msg: mqtt_packet_received, packet: CONNECT(Q0, R0, D0, ClientId=${c}, ProtoName=MQTT, ProtoVsn=5, CleanStart=true, KeepAlive=60, Username=${c}, Password=******), peername: ${peer()}, tag: MQTT`]] } };
    }),
    4,
    plant('header-dump', 'emqx-http-connector-request-term-authorization-bearer-jwt', 'error', 'The HTTP connector at debug writes the request it renders for a rule action as an Erlang term, headers included (`{<<"authorization">>,<<"Bearer <JWT>">>}`): the ingest service token the action template carries, on a line with its +10:00 time', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, claims: { iss: `https://auth.${BW}`, sub: 'emqx-rule-engine', aud: 'bw-ingest', scope: 'telemetry:write' } });
      return { value: token, jwt: facts, event: { em: [['debug', `msg: http_connector_send_request, connector: connector:http:bw_ingest, request: {<<"/v1/ingest/telemetry">>,[{<<"authorization">>,<<"Bearer ${token}">>},{<<"content-type">>,<<"application/json">>}],<<"{\\"probe\\":\\"${dev()}\\",\\"ph\\":7.41}">>}, method: post, tag: "RULE"`]] } };
    }),
    4,
    plant('api-key-name', 'emqx-http-connector-request-term-x-bw-ingest-key', 'error', `${WHY.apiKey('x-bw-ingest-key')} It travels as a header of the alerts action, and the connector's debug line writes the rendered request as an Erlang term.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { em: [['debug', `msg: http_connector_send_request, connector: connector:http:bw_alerts, request: {<<"/v1/alerts">>,[{<<"x-bw-ingest-key">>,<<"${key}">>},{<<"content-type">>,<<"application/json">>}],<<"{\\"kind\\":\\"chlorine_low\\"}">>}, method: post, tag: "RULE"`]] } };
    }),
    4,
    plant('negative', 'emqx-message-id', 'none', "EMQX's message id (32 hex digits) on a `message_dropped` line: an identifier of one message, no credential.", ({ rng }) => {
      const id = rng.hex(32).toUpperCase();
      return { value: id, event: { em: [['warning', `clientid: ${dev()}, msg: message_dropped, reason: no_subscribers, topic: bw/pool/cmd/ack, message_id: ${id}`]] } };
    }),
    4,
    plant('encoded', 'emqx-trace-publish-payload-base64-json-api-token', 'error', 'The trace was started with `payload_encode = base64`, so a PUBLISH payload is written as base64: the setup message a new probe receives decodes to JSON with the Wi-Fi bridge\'s `api_token`.', ({ rng }) => {
      const c = dev();
      const payload = b64Of(JSON.stringify({ ssid: 'BW-Setup', bridge: `bw-bridge-${rng.hex(6)}`, api_token: rng.alnum(32), interval_s: 300 }));
      return { value: payload, event: { em: [['debug', `clientid: ${c}, msg: mqtt_packet_sent, packet: PUBLISH(Q1, R0, D0, Topic=bw/pool/${c}/setup, PacketId=${rng.int(1, 65000)}, Payload=${payload}), peername: ${peer()}, tag: MQTT`]] } };
    }),
    4,
    plant('refresh-token', 'emqx-publish-provision-accepted-refresh-token', 'error', `${WHY.refresh} The provisioning service answers a new probe on \`bw/provision/<id>/accepted\` with the device's refresh token in the JSON payload; the broker's debug line writes the packet with its payload.`, ({ rng }) => {
      const c = dev();
      const rt = `bwrt_${rng.b64url(48)}`;
      return { value: rt, event: { em: [['debug', `clientid: ${c}, msg: mqtt_packet_sent, packet: PUBLISH(Q1, R0, D0, Topic=bw/provision/${c}/accepted, PacketId=${rng.int(1, 65000)}, Payload={"thing":"${c}","refresh_token":"${rt}","expires_in":3600}), peername: ${peer()}, tag: MQTT`]] } };
    }),
    4,
    plant('webhook', 'emqx-http-connector-request-failed-zapier-url', 'error', WHY.webhook('A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) the alerts action posts to; the connector writes the URL when a request fails'), ({ rng }) => {
      const hook = `${digits(rng, 8)}/${lowerNum(rng, 7)}`;
      return { value: hook, event: { em: [['warning', `msg: http_connector_request_failed, connector: connector:http:zapier_alerts, url: https://hooks.zapier.com/hooks/catch/${hook}/, reason: {closed,"The connection was lost."}, tag: "RULE"`]] } };
    }),
    3,
    plant('replay', 'emqx-authz-provision-claim-ticket-once', 'note', WHY.ticketFirst('A one-time claim ticket a probe publishes on `bw/provision/claim/<ticket>` to join the fleet; the authorization line writes the topic with the client\'s address. The ticket is'), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.claim = t;
      return { value: tk, event: { em: [['info', `clientid: bw-probe-${mac(rng)}, msg: authorization_permission_allowed, peername: 203.0.113.41:${rng.int(20000, 65000)}, username: provision, topic: bw/provision/claim/${tk}, action: PUBLISH(Q1,R0), source: file`]] } };
    }, { ref: 'claim' }),
    2,
    plant('replay', 'emqx-authz-provision-claim-ticket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('claim').value, why: `${WHY.replay('claim ticket', gap('claim', t))} Another client (another client id, another address) published the same claim ticket and the broker allowed it again: the provisioning service did not spend it.` }], event: { em: [['info', `clientid: bw-probe-${mac(rng)}, msg: authorization_permission_allowed, peername: 198.51.100.77:${rng.int(20000, 65000)}, username: provision, topic: bw/provision/claim/${refs.get('claim').value}, action: PUBLISH(Q1,R0), source: file`]] } }), { replayOf: 'claim', after: 97 }),
    3,
  ];
  return buildLog(rng, { start: DAY0 - 4 * HOUR, site: { host: 'emqx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// thingsboard.log: /var/log/thingsboard/thingsboard.log of ThingsBoard CE 3.9 in a container (UTC), with
// `org.springframework.web` at DEBUG for a week: logback's `%d{ISO8601} [%thread] %-5level %logger{36} - %msg%n`;
// DispatcherServlet's `GET "<path and query>", parameters={masked}` and `Completed 200 OK`, the message converters'
// `Read "application/json…" to [<body>]`, the device HTTP API (`/api/v1/<access token>/telemetry`), the rule engine's
// REST API call node.
// https://thingsboard.io/docs/reference/http-api/ (from memory, not fetched: the device token in the path);
// Spring Framework's DispatcherServlet and RequestResponseBodyMethodProcessor debug messages from memory.

function thingsboardLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, 0)},${msPart(t)}`;
  const render = (e) => e.tb.map(([thread, lvl, logger, msg]) => `${stamp(e.t)} [${thread}] ${lvl.padEnd(5)} ${logger} - ${msg}`);
  const exec = () => `http-nio-0.0.0.0-8080-exec-${rng.int(1, 40)}`;
  const DS = 'o.s.web.servlet.DispatcherServlet';
  const req = (method, path, status = '200 OK', params = 'masked') => { const th = exec(); return [[th, 'DEBUG', DS, `${method} "${path}", parameters={${params}}`], [th, 'DEBUG', DS, `Completed ${status}`]]; };
  const filler = (rng) =>
    rng.pick([
      () => ({ tb: req('GET', `/api/tenant/dashboards?pageSize=20&page=0&sortProperty=title&sortOrder=ASC`) }),
      () => ({ tb: req('POST', `/api/rpc/oneway/${rng.uuid()}`, '200 OK', '') }),
      () => ({ tb: [['sql-queue-0-ts-0', 'INFO ', 'o.t.s.s.q.DefaultTbQueueService', `Processed ${rng.int(100, 900)} messages in ${rng.int(10, 90)} ms`]] }),
      () => ({ tb: [[`tb-rule-engine-consumer-${rng.int(1, 9)}`, 'INFO ', 'o.t.s.q.DefaultTbRuleEngineConsumerService', `[Main] Processing pack of ${rng.int(1, 40)} messages`]] }),
      () => ({ tb: req('GET', `/api/alarm/DEVICE/${rng.uuid()}?searchStatus=ACTIVE&pageSize=10&page=0`) }),
    ])();
  const steps = [
    3,
    plant('negative', 'thingsboard-dispatcher-device-entity-id', 'none', "A device's entity id (a uuid) in a dashboard's timeseries request: ThingsBoard's identifier of the device, no credential (its access token is elsewhere).", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { tb: req('GET', `/api/plugins/telemetry/DEVICE/${id}/values/timeseries?keys=ph,fc_ppm,temp_c&useStrictDataTypes=false`) } };
    }),
    3,
    plant('path-secret', 'thingsboard-dispatcher-device-api-v1-access-token-path', 'error', "ThingsBoard's HTTP device API takes the device's access token as a path segment (`/api/v1/<token>/telemetry`), and DispatcherServlet at DEBUG writes the path: the token alone lets anyone post as the pool controller, until it is regenerated.", ({ rng }) => {
      const tok = rng.alnum(20);
      return { value: tok, event: { tb: req('POST', `/api/v1/${tok}/telemetry`, '200 OK', '') } };
    }),
    3,
    plant('session-id', 'thingsboard-dispatcher-ws-telemetry-token-jwt', 'error', WHY.session("ThingsBoard's web UI opens its telemetry WebSocket with the user's JWT in the query (`/api/ws/plugins/telemetry?token=<JWT>`); DispatcherServlet writes the query, the container's clock is UTC"), ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 9000, age: rng.int(60, 3000), alg: 'HS512', claims: { sub: `ops@${BW}`, userId: rng.uuid(), scopes: ['TENANT_ADMIN'], sessionId: rng.uuid(), enabled: true, isPublic: false, tenantId: rng.uuid(), customerId: '13814000-1dd2-11b2-8080-808080808080', iss: 'thingsboard.io' } });
      return { value: token, jwt: facts, event: { tb: req('GET', `/api/ws/plugins/telemetry?token=${token}`, '101 SWITCHING_PROTOCOLS') } };
    }),
    3,
    plant('oauth-code', 'thingsboard-dispatcher-login-oauth2-code-query', 'warning', `${WHY.code} ThingsBoard's OAuth 2.0 login returns on \`/login/oauth2/code/\`; DispatcherServlet masks the parameters map but writes the request's query string on the same line.`, ({ rng }) => {
      const code = `0.A${rng.b64url(40)}.${rng.b64url(120)}`;
      return { value: code, event: { tb: req('GET', `/login/oauth2/code/?code=${code}&state=${rng.b64url(43)}&session_state=${rng.uuid()}`, '302 FOUND') } };
    }),
    3,
    plant('refresh-token', 'thingsboard-body-processor-read-refresh-token-jwt', 'error', `${WHY.refresh} The UI renews its session at \`/api/auth/token\` with \`{"refreshToken":"<JWT>"}\`, and RequestResponseBodyMethodProcessor at DEBUG writes the body it read, at a UTC time`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 604800, age: rng.int(3600, 200000), alg: 'HS512', claims: { sub: `ops@${BW}`, userId: rng.uuid(), scopes: ['REFRESH_TOKEN'], sessionId: rng.uuid(), isPublic: false, iss: 'thingsboard.io' } });
      const th = exec();
      return { value: token, jwt: facts, event: { tb: [[th, 'DEBUG', DS, 'POST "/api/auth/token", parameters={}'], [th, 'DEBUG', 'o.s.w.s.m.m.a.RequestResponseBodyMethodProcessor', `Read "application/json;charset=UTF-8" to [{"refreshToken":"${token}"}]`], [th, 'DEBUG', DS, 'Completed 200 OK']] } };
    }),
    3,
    plant('webhook', 'thingsboard-rest-api-call-node-webex-incoming-webhook', 'error', WHY.webhook("A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`) the rule chain's REST API call node posts alarms to; the node's error writes the URL"), ({ rng }) => {
      const id = b64urlOf(`ciscospark://us/WEBHOOK/${rng.uuid()}`).replace(/=+$/, '');
      return { value: id, event: { tb: [[`tb-rule-engine-consumer-${rng.int(1, 9)}`, 'WARN ', 'o.t.r.engine.rest.TbHttpClient', `[${rng.uuid()}] Failed to process request: 429 Too Many Requests from POST https://webexapis.com/v1/webhooks/incoming/${id}`]] } };
    }),
    3,
    plant('embed-jwt', 'thingsboard-dispatcher-custom-embed-report-jwt-120s', 'warning', "A custom controller serves embeddable pool reports at `/api/bw/report/embed/<JWT>`; DispatcherServlet writes the path, at a UTC time. The token is short-lived and has no jti", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { iss: `https://${BW}`, report: 'weekly-chemistry', pool: rng.uuid() } });
      return { value: token, jwt: facts, event: { tb: req('GET', `/api/bw/report/embed/${token}`, '200 OK', '') } };
    }),
    3,
    plant('id-token', 'thingsboard-dispatcher-custom-sso-exchange-id-token', 'error', "The mobile app trades a Google ID token for a ThingsBoard session on a custom endpoint with a GET (`/api/bw/sso/exchange?id_token=<JWT>`); DispatcherServlet writes the query at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 400), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', azp: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'tech.mia@gmail.com', email_verified: true } });
      return { value: token, jwt: facts, event: { tb: req('GET', `/api/bw/sso/exchange?id_token=${token}&platform=android`) } };
    }),
    3,
    plant('negative', 'thingsboard-dispatcher-unexpanded-access-token-placeholder', 'none', "A technician's script posted to `/api/v1/$ACCESS_TOKEN/telemetry` with the shell variable unexpanded (single quotes): a placeholder, answered 401, no credential.", () => ({ value: '$ACCESS_TOKEN', event: { tb: req('POST', '/api/v1/$ACCESS_TOKEN/telemetry', '401 UNAUTHORIZED', '') } })),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'tb' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bitrise-build.log: the log of a Bitrise build of the Brightwater app as downloaded from the build page: the bitrise
// CLI's step boxes (`| (n) <title> |`, `| id: … |`, `| version: … |`, `| time: <UTC> |`), each step's output as printed
// (a Script step under `set -x`, a Slack step's `Config:` list), the step result boxes (`| ✓ | <title> | <n> sec |`), and
// the values of the app's Secrets replaced with `[REDACTED]`.
// https://devcenter.bitrise.io/en/builds/build-logs.html (from memory, not fetched: the log and the redaction of
// secrets); the box layout from memory of the bitrise CLI's output.

function bitriseLog(rng) {
  const W = 76;
  const row = (s) => `| ${s.padEnd(W)} |`;
  const bar = `+${'-'.repeat(W + 2)}+`;
  let n = 0;
  const box = (t, title, id, version) => { n += 1; return [bar, row(`(${n}) ${title}`), bar, row(`id: ${id}`), row(`version: ${version}`), row('collection: https://github.com/bitrise-io/bitrise-steplib.git'), row('toolkit: bash'), row(`time: ${iso(t).slice(0, 19)}Z`), bar, row('')]; };
  const done = (title, secs) => [row(''), `+---+${'-'.repeat(63)}+----------+`, `| ✓ | ${title.padEnd(61)} | ${`${secs} sec`.padStart(8)} |`, `+---+${'-'.repeat(63)}+----------+`, '                                          ▼', ''];
  const render = (e) => (e.box ? [...box(e.t, ...e.box), ...e.out, ...done(e.box[0], (rng.int(50, 9000) / 100).toFixed(2))] : e.out);
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [`> Task :app:${rng.pick(['compileReleaseKotlin', 'mergeReleaseResources', 'processReleaseManifest', 'lintVitalAnalyzeRelease', 'bundleReleaseResources'])}`] }),
      () => ({ out: [`Downloading cache archive... ${rng.int(80, 900)} MB`, `Cache hit for key: gradle-cache-${rng.hex(40)}`] }),
      () => ({ out: ['+ ./gradlew :app:assembleRelease --no-daemon --build-cache'] }),
      () => ({ out: [`BUILD SUCCESSFUL in ${rng.int(1, 9)}m ${rng.int(1, 59)}s`, `${rng.int(200, 600)} actionable tasks: ${rng.int(20, 200)} executed, ${rng.int(100, 400)} from cache`] }),
    ])();
  const header = ['', '  ██████╗ ██╗████████╗██████╗ ██╗███████╗███████╗', '', '  version: 2.24.1', '', 'INFO[15:30:58] bitrise runs in CI mode', 'INFO[15:30:58] Running workflow: release-android', ''];
  const steps = [
    { raw: { box: ['Activate SSH key (RSA private key)', 'activate-ssh-key', '4.1.2'], out: ['SSH key saved to the ssh-agent.', 'Done'] }, after: 0 },
    { raw: { box: ['Git Clone Repository', 'git-clone', '8.4.0'], out: ['Cloning https://github.com/brightwater-pools/bw-app.git into /bitrise/src', `Checked out commit ${rng.hex(40)} (main)`] } },
    plant('negative', 'bitrise-script-set-x-redacted-secret', 'none', 'Bitrise replaces the value of every Secret in the output with `[REDACTED]`: the `curl -u` of a Secret-backed password is masked, no credential.', () => ({ value: 'bw-ci:[REDACTED]', event: { box: ['Script: upload mapping file', 'script', '1.2.1'], out: ['+ set -x', "+ curl -fsS -u bw-ci:[REDACTED] -F file=@app/build/outputs/mapping/release/mapping.txt https://crash.brightwaterpools.example/api/v1/mappings/android", '{"ok":true}'] } })),
    2,
    plant('encoded', 'bitrise-script-set-x-echo-base64-keystore-properties', 'error', 'The Script step rebuilds `keystore.properties` from a base64 value kept as a plain workflow env var instead of a Secret, so `set -x` prints it: decoded, it holds the upload key\'s `storePassword` and `keyPassword`.', ({ rng }) => {
      const pw = rng.alnum(20);
      const b64 = b64Of(`storeFile=../upload.jks\nstorePassword=${pw}\nkeyAlias=upload\nkeyPassword=${pw}\n`);
      return { value: b64, event: { box: ['Script: signing config', 'script', '1.2.1'], out: ['+ set -x', `+ echo ${b64}`, '+ base64 --decode', '+ echo done', 'done'] } };
    }),
    2,
    plant('api-key-name', 'bitrise-script-set-x-curl-x-ingest-token', 'error', `${WHY.apiKey('X-Ingest-Token')} The release script posts the build's size report with the header on its curl command line, and \`set -x\` prints the command (the value comes from a plain env var, so no \`[REDACTED]\`).`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { box: ['Script: size report', 'script', '1.2.1'], out: ['+ set -x', `+ curl -sS -X POST -H 'X-Ingest-Token: ${key}' -H 'Content-Type: application/json' --data @build/size-report.json https://metrics.${BW}/v1/app-size`, '{"accepted":1}'] } };
    }),
    2,
    plant('refresh-token', 'bitrise-script-set-x-firebase-cli-token', 'error', `${WHY.refresh} The Firebase CLI's \`--token\` is the Google OAuth refresh token \`firebase login:ci\` printed (\`1//0…\`); the distribution step passes it on the command line and \`set -x\` prints it.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(8)}CgYIARAAGA8SNwF-L9Ir${rng.b64url(72)}`;
      return { value: rt, event: { box: ['Script: Firebase App Distribution', 'script', '1.2.1'], out: ['+ set -x', `+ firebase appdistribution:distribute app/build/outputs/apk/release/app-release.apk --app 1:${digits(rng, 12)}:android:${rng.hex(16)} --groups testers-qld --token ${rt}`, 'i  uploading binary...', '✔  uploaded new release 4.12.0 (4120) successfully!'] } };
    }),
    2,
    plant('session-id', 'bitrise-script-env-fastlane-session-myacinfo', 'error', WHY.session("A debugging `env | sort` prints `FASTLANE_SESSION`, the App Store Connect web session fastlane reuses (a YAML list of cookies), kept as a plain env var: its `myacinfo` cookie value sits on a line of its own"), ({ rng }) => {
      const v = `DAWTKNV323952cf8084a204fb20ab2508441a07d02d3${rng.hex(160)}`;
      return { value: v, event: { box: ['Script: debug env', 'script', '1.2.1'], out: ['+ env', '+ sort', 'BITRISE_APP_SLUG=' + rng.hex(16), 'BITRISE_GIT_BRANCH=main', 'FASTLANE_SESSION=---', '- !ruby/object:HTTP::Cookie', '  name: myacinfo', `  value: ${v}`, '  domain: apple.com', '  for_domain: true', '  path: "/"', 'GRADLE_OPTS=-Xmx3g'] } };
    }),
    2,
    plant('webhook', 'bitrise-slack-step-config-rocket-chat-webhook', 'error', WHY.webhook("The Slack step, pointed at Rocket.Chat's Slack-compatible incoming webhook (`/hooks/<id>/<token>`) kept as a plain input, prints its inputs under `Config:`"), ({ rng }) => {
      const id = rng.alnum(17);
      const tok = rng.alnum(48);
      return { value: `${id}/${tok}`, event: { box: ['Send a Slack message', 'slack', '4.0.1'], out: ['Config:', `- WebhookURL: https://chat.${BW}/hooks/${id}/${tok}`, '- APIToken: ', '- Channel: #app-releases', '- Text: Android 4.12.0 (4120) is on Firebase App Distribution', '- IconURL: https://github.com/bitrise-io.png', 'Success'] } };
    }),
    2,
    plant('negative', 'bitrise-build-slug-url', 'none', "The build's page address (`app.bitrise.io/build/<slug>`): a build identifier, useless without a Bitrise login.", ({ rng }) => {
      const slug = rng.uuid();
      return { value: slug, event: { box: ['Deploy to Bitrise.io - Build Artifacts, Test Reports, and Pipeline intermediate files', 'deploy-to-bitrise-io', '2.9.1'], out: ['Uploading artifacts...', `Build Artifact page: https://app.bitrise.io/build/${slug}?tab=artifacts`, 'Done'] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 - 9 * HOUR + 31 * MIN, site: { host: 'ci' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// appium.log: an Appium 2.11 server started with `--log-timestamp --local-timezone --log-no-colors --log appium.log`
// for the app's Android end-to-end tests: `<yyyy-mm-dd HH:mm:ss:SSS> [<component>] <message>` (local time, no zone),
// `[HTTP] --> <METHOD> <path> <JSON body>` and `[HTTP] <-- …`, the driver's `Calling AppiumDriver.<command>() with
// args: […]`, UiAutomator2's `Proxying [...] with body: {…}`, and the `[ADB] Running '…adb … shell am start …'` lines.
// https://www.headspin.io/blog/anatomy-of-logging-in-appium (read through search: the components and what a command
// writes); Appium 2's prefixes and `--log-timestamp` layout from memory (not fetched).

function appiumLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, AEST)}:${msPart(t)}`;
  const render = (e) => e.ap.map(([c, m], i) => `${stamp(e.t + i * 3)} [${c}] ${m}`);
  const SID = rng.uuid();
  const short = SID.slice(0, 8);
  const DRV = `AndroidUiautomator2Driver@${rng.hex(4)} (${short})`;
  const PKG = 'com.brightwaterpools.app';
  const adb = (args) => ['ADB', `Running '/opt/android-sdk/platform-tools/adb -P 5037 -s emulator-5554 ${args}'`];
  const cmd = (method, path, body, name, args) => [['HTTP', `--> ${method} /session/${SID}${path} ${body}`], [DRV, `Calling AppiumDriver.${name}() with args: ${args}`]];
  const fin = (name, path) => [[DRV, `Responding to client with driver.${name}() result: null`], ['HTTP', `<-- POST /session/${SID}${path} 200 ${rng.int(20, 900)} ms - 14`]];
  const filler = (rng) =>
    rng.pick([
      () => { const sel = rng.pick(['btn_login', 'tab_pools', 'card_pool_1', 'btn_dose', 'txt_ph']); return { ap: [['HTTP', `--> POST /session/${SID}/element {"using":"id","value":"${PKG}:id/${sel}"}`], [DRV, `Calling AppiumDriver.findElement() with args: ["id","${PKG}:id/${sel}","${SID}"]`], ['HTTP', `<-- POST /session/${SID}/element 200 ${rng.int(20, 900)} ms - 137`]] }; },
      () => ({ ap: [['HTTP', `--> GET /session/${SID}/screenshot {}`], ['HTTP', `<-- GET /session/${SID}/screenshot 200 ${rng.int(200, 900)} ms - ${rng.int(90000, 300000)}`]] }),
      () => ({ ap: [[DRV, `Matched '/element/${rng.uuid().replace(/^.{8}/, '00000000')}/click' to command name 'click'`]] }),
      () => ({ ap: [['HTTP', `--> GET /session/${SID}/source {}`], ['HTTP', `<-- GET /session/${SID}/source 200 ${rng.int(200, 900)} ms - ${rng.int(9000, 60000)}`]] }),
    ])();
  const steps = [
    { raw: { ap: [['Appium', 'Welcome to Appium v2.11.5'], ['Appium', 'Appium REST http interface listener started on http://0.0.0.0:4723']] }, after: 0 },
    plant('api-key-name', 'appium-create-session-optional-intent-arguments-bw-api-key', 'error', `${WHY.apiKey('bw_api_key')} The test passes the staging key to the app as an intent extra through the \`appium:optionalIntentArguments\` capability; Appium writes the capabilities on the request line, in \`createSession()\`'s arguments and in the \`am start\` command.`, ({ rng }) => {
      const key = rng.alnum(32);
      const caps = `{"capabilities":{"alwaysMatch":{"platformName":"Android","appium:automationName":"UiAutomator2","appium:app":"/builds/app-staging.apk","appium:optionalIntentArguments":"--es bw_api_key ${key} --es bw_env staging"},"firstMatch":[{}]}}`;
      return { value: key, event: { ap: [['HTTP', `--> POST /session ${caps}`], ['AppiumDriver@' + rng.hex(4), `Calling AppiumDriver.createSession() with args: [null,null,${caps.slice(16, -1)}]`], adb(`shell am start -W -n ${PKG}/.MainActivity -S -a android.intent.action.MAIN -c android.intent.category.LAUNCHER -f 0x10200000 --es bw_api_key ${key} --es bw_env staging`), ['AppiumDriver@' + rng.hex(4), `New AndroidUiautomator2Driver session created successfully, session ${SID} added to master session list`]] } };
    }),
    3,
    plant('negative', 'appium-find-element-response-element-id', 'none', 'A W3C element reference (`element-6066-11e4-a52e-4f735466cecf`) in a findElement response: an identifier of a UI element in this session, no credential.', ({ rng }) => {
      const id = `00000000-0000-${rng.hex(4)}-ffff-ffff${rng.hex(8)}`;
      return { value: id, event: { ap: [[DRV, `Responding to client with driver.findElement() result: {"element-6066-11e4-a52e-4f735466cecf":"${id}","ELEMENT":"${id}"}`]] } };
    }),
    3,
    plant('framework-dump', 'appium-set-value-text-password', 'error', "The login test types the test account's password into the password field; Appium writes the W3C body (`{\"text\":\"…\"}`), `setValue()`'s arguments and UiAutomator2's proxied body, each with the text in clear.", ({ rng }) => {
      const pw = `${rng.alnum(12)}!${digits(rng, 2)}`;
      const el = `00000000-0000-${rng.hex(4)}-ffff-ffff${rng.hex(8)}`;
      return { value: pw, event: { ap: [['HTTP', `--> POST /session/${SID}/element/${el}/value {"text":"${pw}"}`], [DRV, `Calling AppiumDriver.setValue() with args: ["${pw}","${el}","${SID}"]`], [DRV, `Proxying [POST /element/${el}/value] to [POST http://127.0.0.1:8200/session/${rng.uuid()}/element/${el}/value] with body: {"elementId":"${el}","text":"${pw}","replace":false}`], ['HTTP', `<-- POST /session/${SID}/element/${el}/value 200 ${rng.int(100, 900)} ms - 14`]] } };
    }),
    3,
    plant('implicit-fragment', 'appium-set-url-custom-scheme-access-token-fragment', 'error', 'The test signs in by opening the app\'s own redirect with a token minted for the test account (`bwpools://auth/callback#access_token=…`): the implicit-style redirect is on the `/url` request line, in `setUrl()`\'s arguments and in the `am start -d` command.', ({ rng }) => {
      const tok = rng.b64url(43);
      const url = `bwpools://auth/callback#access_token=${tok}&token_type=Bearer&expires_in=3600`;
      return { value: tok, event: { ap: [['HTTP', `--> POST /session/${SID}/url {"url":"${url}"}`], [DRV, `Calling AppiumDriver.setUrl() with args: ["${url}","${SID}"]`], adb(`shell am start -W -a android.intent.action.VIEW -d ${url.replace(/&/g, '\\&')} ${PKG}`), ...fin('setUrl', '/url')] } };
    }),
    3,
    plant('oauth-code', 'appium-mobile-deeplink-oauth-redirect-code-state', 'warning', `${WHY.code} The test finishes the sign-in through \`mobile: deepLink\` with the app's redirect (\`bwpools://oauth/redirect?code=…&state=…\`); Appium writes it on the \`/execute/sync\` request line, in \`execute()\`'s arguments and in \`am start -d\`.`, ({ rng }) => {
      const code = rng.b64url(32);
      const url = `bwpools://oauth/redirect?code=${code}&state=${rng.b64url(22)}`;
      return { value: code, event: { ap: [['HTTP', `--> POST /session/${SID}/execute/sync {"script":"mobile: deepLink","args":[{"url":"${url}","package":"${PKG}"}]}`], [DRV, `Calling AppiumDriver.execute() with args: ["mobile: deepLink",[{"url":"${url}","package":"${PKG}"}],"${SID}"]`], adb(`shell am start -W -a android.intent.action.VIEW -d ${url.replace(/&/g, '\\&')} ${PKG}`), ...fin('execute', '/execute/sync')] } };
    }),
    3,
    plant('path-secret', 'appium-set-url-magic-link', 'error', WHY.pathSecret('The test opens the sign-in magic link the staging mailbox received (`https://app.…/magic/<token>`, an Android App Link) in the app'), ({ rng }) => {
      const tok = rng.b64url(40);
      const url = `https://app.${BW}/magic/${tok}`;
      return { value: tok, event: { ap: [['HTTP', `--> POST /session/${SID}/url {"url":"${url}"}`], [DRV, `Calling AppiumDriver.setUrl() with args: ["${url}","${SID}"]`], adb(`shell am start -W -a android.intent.action.VIEW -d ${url} ${PKG}`), ...fin('setUrl', '/url')] } };
    }),
    3,
    plant('negative', 'appium-uiautomator2-server-session-id', 'none', "The UiAutomator2 server's own session id, logged once when Appium's session starts: an internal identifier of the instrumentation, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ap: [[DRV, `Created UiAutomator2 session with ID ${id}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 - 6 * HOUR, site: { host: 'appium' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// packer-build.log: `PACKER_LOG=1 PACKER_LOG_PATH=packer-build.log packer build gateway.pkr.hcl` in CI (UTC): Go's log
// prefix `yyyy/mm/dd HH:MM:SS`, then Packer's own lines, the plugins' lines (`packer-plugin-amazon_… plugin: <their own
// prefixed line>`), the UI messages as `ui: …` and `ui error: …` (a provisioner's stderr, where `set -x` writes), the
// SSH communicator's `starting remote command: …` with the provisioner's `environment_vars` inline and a sensitive
// variable's value replaced with `<sensitive>`.
// https://developer.hashicorp.com/packer/docs/debugging (from memory, not fetched: PACKER_LOG and PACKER_LOG_PATH); the
// communicator's and the shell provisioner's messages from memory.

function packerLog(rng) {
  const stamp = (t) => iso(t).slice(0, 19).replace(/-/g, '/').replace('T', ' ');
  const PL = 'packer-plugin-amazon_v1.3.3_x5.0_linux_amd64 plugin:';
  const render = (e) => e.pk.map((m) => (m.startsWith('\n') ? m.slice(1) : `${stamp(e.t)} ${m.replace('@@', stamp(e.t))}`));
  const B = 'amazon-ebs.gateway';
  const filler = (rng) =>
    rng.pick([
      () => ({ pk: [`${PL} @@ [INFO] (aws): Waiting for state to become: available`] }),
      () => ({ pk: [`ui:     ${B}: ${rng.pick(['Setting up mosquitto-clients (2.0.18-1)', 'Unpacking python3-paho-mqtt (1.6.1-1)', 'Processing triggers for man-db (2.12.0-4build2)', 'Reading package lists...'])}`] }),
      () => ({ pk: [`${PL} @@ [DEBUG] Opening new ssh session`] }),
      () => ({ pk: [`${PL} @@ [INFO] RPC client: Communicator ended with: 0`] }),
    ])();
  const header = [];
  const steps = [
    { raw: { pk: ['[INFO] Packer version: 1.11.2 [go1.22.6 linux amd64]', `[INFO] PACKER_CONFIG env var not set; checking the default config file path`, 'ui: ==> amazon-ebs.gateway: Prevalidating AMI Name: bw-gateway-2027-08-04', `ui: ==> ${B}: Waiting for SSH to become available...`] }, after: 0 },
    2,
    plant('framework-dump', 'packer-ssh-remote-command-environment-vars-db-password', 'error', "The shell provisioner passes its `environment_vars` inline, and the communicator logs the remote command (`starting remote command: … TB_DB_PASSWORD='…' /tmp/script_….sh`): the ThingsBoard database password, not declared sensitive, is written in full.", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { pk: [`ui: ==> ${B}: Provisioning with shell script: scripts/configure-gateway.sh`, `${PL} @@ [DEBUG] starting remote command: chmod +x /tmp/script_${digits(rng, 4)}.sh; PACKER_BUILDER_TYPE='amazon-ebs' PACKER_BUILD_NAME='gateway' TB_DB_HOST='tb-db.internal' TB_DB_PASSWORD='${pw}' /tmp/script_${digits(rng, 4)}.sh`] } };
    }),
    2,
    plant('negative', 'packer-ssh-remote-command-sensitive-redacted', 'none', "A variable declared `sensitive = true` is replaced with `<sensitive>` in Packer's log: a redacted value, no credential.", ({ rng }) => ({ value: "EMQX_DASHBOARD_PASSWORD='<sensitive>'", event: { pk: [`${PL} @@ [DEBUG] starting remote command: chmod +x /tmp/script_${digits(rng, 4)}.sh; PACKER_BUILDER_TYPE='amazon-ebs' PACKER_BUILD_NAME='gateway' EMQX_DASHBOARD_PASSWORD='<sensitive>' /tmp/script_${digits(rng, 4)}.sh`] } })),
    2,
    plant('header-dump', 'packer-ui-error-set-x-curl-authorization-basic', 'error', "The provisioning script runs under `set -x`; its trace goes to stderr, which Packer logs as `ui error:`: a curl with `-H 'Authorization: Basic …'` for the private apt repository (user and password one base64 decoding away).", ({ rng }) => {
      const basic = b64Of(`apt-gateway:${rng.alnum(22)}`);
      return { value: basic, event: { pk: [`ui error: ==> ${B}: + curl -fsSL -H 'Authorization: Basic ${basic}' https://apt.${BW}/bw-archive-keyring.gpg -o /usr/share/keyrings/bw-archive-keyring.gpg`] } };
    }),
    2,
    plant('api-key-name', 'packer-ui-error-set-x-wget-download-key', 'error', `${WHY.apiKey('download_key')} The script fetches the gateway agent from the company's download server with the key in the URL; \`set -x\` writes the wget command, and Packer logs it as \`ui error:\`.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { pk: [`ui error: ==> ${B}: + wget -q -O /tmp/bw-agent.tgz 'https://dl.${BW}/agent/2.4.1/bw-agent-linux-arm64.tgz?download_key=${key}'`] } };
    }),
    2,
    plant('webhook', 'packer-shell-local-set-x-logic-apps-workflow-sig', 'error', WHY.webhook("A shell-local post-processor announces the new image to a Teams channel through a Power Automate workflow (`logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?…&sig=<signature>`); its `set -x` line is logged as `ui error:`"), ({ rng }) => {
      const sig = rng.b64url(43);
      return { value: sig, event: { pk: [`ui: ==> ${B} (shell-local): Running local shell script: /tmp/packer-shell${digits(rng, 10)}`, `ui error: ==> ${B} (shell-local): + curl -sS -X POST -H 'Content-Type: application/json' -d @manifest-summary.json 'https://prod-${rng.int(10, 40)}.australiaeast.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}'`] } };
    }),
    2,
    plant('negative', 'packer-ui-ami-id', 'none', 'The id of the AMI the build created (`ami-…`): an image identifier, no credential.', ({ rng }) => {
      const ami = `ami-0${rng.hex(16)}`;
      return { value: ami, event: { pk: [`ui: ==> ${B}: Adding tag: "Name": "bw-gateway-2027-08-04"`, 'ui: ==> Builds finished. The artifacts of successful builds are:', `ui: --> ${B}: AMIs were created:`, `\nap-southeast-2: ${ami}`, '\n'] } };
    }),
  ];
  return buildLog(rng, { start: DAY0 - 10 * HOUR, site: { host: 'ci' }, filler, render, steps, header });
}

// =====================================================================================================================
// Biyoole (Somali; Hargeisa: EAT, UTC+3)
// =====================================================================================================================

const BY = 'biyoole.example';
const KIOSKS = ['hg-007', 'hg-014', 'hg-021', 'hg-033', 'brb-002'];

// ---------------------------------------------------------------------------------------------------------------------
// iotedge-biyokiosk.log: `sudo iotedge logs biyokiosk --since 6h` on a kiosk gateway: the custom .NET module logs with the
// same Serilog output template as the IoT Edge runtime modules (`<syslog priority> yyyy-MM-dd HH:mm:ss.fff zzz
// [<level>] - <message>`), local time with its +03:00 offset; its messages are Somali.
// https://learn.microsoft.com/azure/iot-edge/how-to-retrieve-iot-edge-logs (from memory, not fetched); the runtime's
// output template from memory of the Edge agent's logs.

function iotedgeLog(rng) {
  const stamp = (t) => `${ymdHmsMsAt(t, EAT)} +03:00`;
  const PRI = { INF: 6, WRN: 4, ERR: 3, DBG: 7 };
  const render = (e) => e.ie.map(([lvl, m]) => `<${PRI[lvl]}> ${stamp(e.t)} [${lvl}] - ${m}`);
  const K = rng.pick(KIOSKS);
  const filler = (rng) =>
    rng.pick([
      () => ({ ie: [['INF', `Biyo la iibiyay: ${rng.pick([20, 40, 60, 100, 200])} litir, kaar ${digits(rng, 4)}, haraaga ${(rng.int(0, 9000) / 100).toFixed(2)} USD`]] }),
      () => ({ ie: [['INF', `Heerka haanta: ${rng.int(12, 98)}% (${rng.int(800, 9800)} litir)`]] }),
      () => ({ ie: [['DBG', `Mitirka socodka: ${(rng.int(10, 900) / 10).toFixed(1)} L/daqiiqo, cadaadis ${(rng.int(10, 40) / 10).toFixed(1)} bar`]] }),
      () => ({ ie: [['WRN', `Xiriirka IoT Hub waa go'ay, dib ayaa loo isku dayayaa (${rng.int(1, 5)}/5)`]] }),
      () => ({ ie: [['INF', 'Xiriirka IoT Hub waa la soo celiyay']] }),
    ])();
  const steps = [
    { raw: { ie: [['INF', `Bilaabid: biyokiosk 3.2.0, kiosk ${K}`]] }, after: 0 },
    plant('api-key-name', 'iotedge-module-startup-connection-string-shared-access-key', 'error', `${WHY.apiKey('SharedAccessKey')} The module prints its IoT Hub connection string at start-up ("Isku xirka:", "connection:") when it runs with a device connection string instead of the Edge hub's: the key signs tokens for the device until it is rotated.`, ({ rng }) => {
      const key = b64Of(rng.bytes(32).toString('latin1'));
      return { value: key, event: { ie: [['INF', `Isku xirka: HostName=biyoole-hub.azure-devices.net;DeviceId=kiosk-${K};SharedAccessKey=${key}`]] } };
    }),
    3,
    plant('negative', 'iotedge-module-message-id', 'none', 'The id of a telemetry message the module sends (`MessageId`, a uuid): a message identifier, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ie: [['DBG', `Fariin la diray: MessageId=${id}, output=iibka, cabbir ${rng.int(200, 900)} bytes`]] } };
    }),
    3,
    plant('header-dump', 'iotedge-module-http-headers-sharedaccesssignature', 'error', "The module's HTTP helper at debug writes its request headers when uploading a receipt batch to IoT Hub: `Authorization: SharedAccessSignature sr=…&sig=…&se=…`, a SAS token valid until `se`.", ({ rng, t }) => {
      const sig = pct(b64Of(rng.bytes(32).toString('latin1')));
      const se = Math.floor(t / 1000) + 3600;
      return { value: sig, event: { ie: [['DBG', `HTTP POST https://biyoole-hub.azure-devices.net/devices/kiosk-${K}/files?api-version=2021-04-12 madaxyada: Authorization: SharedAccessSignature sr=biyoole-hub.azure-devices.net%2Fdevices%2Fkiosk-${K}&sig=${sig}&se=${se}; Content-Type: application/json`]] } };
    }),
    3,
    plant('id-token', 'iotedge-module-shaqaale-gal-id-token-query', 'error', "A staff member signs in at the kiosk's maintenance screen; the module passes the Entra ID token to the API with a GET (`/v1/shaqaale/gal?id_token=<JWT>`, \"staff/login\") and logs the URL at a time with its +03:00 offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(10, 200), alg: 'RS256', kid: rng.b64url(27), claims: { iss: `https://login.microsoftonline.com/${rng.uuid()}/v2.0`, aud: rng.uuid(), sub: rng.b64url(43), name: 'Hodan Warsame', preferred_username: `hodan@${BY}`, tid: rng.uuid() } });
      return { value: token, jwt: facts, event: { ie: [['INF', `Shaqaale gal: GET https://api.${BY}/v1/shaqaale/gal?id_token=${token}&kiosk=${K} -> 200`]] } };
    }),
    3,
    plant('refresh-token', 'iotedge-module-token-cusub-refresh-token', 'error', `${WHY.refresh} The module logs the token it got back from the payment API in Somali ("Token cusub waa la helay", "new token received"), refresh token included.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { ie: [['DBG', `Token cusub waa la helay: token_type=Bearer expires_in=3600 refresh_token=${rt}`]] } };
    }),
    3,
    plant('path-secret', 'iotedge-module-sms-casuumad-xaqiiji-link', 'error', WHY.pathSecret('The module logs the SMS it sends a new kiosk attendant, with the invitation link (`/casuumad/<token>/xaqiiji`, "invitation/…/confirm")'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ie: [['INF', `SMS loo diray +25263${digits(rng, 7)}: "Ku soo dhawoow Biyoole! Akoonkaaga ku xaqiiji: https://${BY}/casuumad/${tok}/xaqiiji"`]] } };
    }),
    3,
    plant('webhook', 'iotedge-module-ogeysiis-make-webhook', 'error', WHY.webhook('Low-tank alerts go to a Make scenario webhook (`hook.eu1.make.com/<id>`); the module logs the URL when the post fails ("Ogeysiis lama diri karo", "notification could not be sent")'), ({ rng }) => {
      const id = lowerNum(rng, 32);
      return { value: id, event: { ie: [['ERR', `Ogeysiis lama diri karo: POST https://hook.eu1.make.com/${id} -> 410 Gone`]] } };
    }),
    3,
    plant('embed-jwt', 'iotedge-module-shaashad-embed-qiimaha-jwt-expired', 'note', "The kiosk's price board shows an embedded report (`/embed/qiimaha/<JWT>`, \"prices\"); the module logs the URL it opens (\"Shaashadda\", \"the screen\") with a token that expired two days before, at a time with its +03:00 offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: 2 * 86400 + rng.int(100, 3000), jti: true, claims: { resource: { dashboard: 7 }, params: { kiosk: K } } });
      return { value: token, jwt: facts, event: { ie: [['INF', `Shaashadda: waxaa la furay https://warbixin.${BY}/embed/qiimaha/${token}#bordered=false&titled=false`]] } };
    }),
    3,
    plant('negative', 'iotedge-module-firmware-sha256', 'none', "The SHA-256 of the flow meter's firmware image the module checked before flashing: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { ie: [['INF', `Firmware-ka mitirka waa la hubiyay: sha256=${h}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'kiosk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// artemis.log: an ActiveMQ Artemis 2.37 broker's log/artemis.log with the LoggingActiveMQServerPlugin at
// `LOG_SENDING_EVENTS=true`: log4j2's `%d %-5level [%logger] %msg%n` (local time, no zone), `AMQ841009: sent message:
// CoreMessage[messageID=…, durable=…, userID=…, priority=…, timestamp=…, expiration=…, durable=…, address=…, size=…,
// properties=TypedProperties[<name>=<value>, …]], session name : …` — message properties the order and payment
// services set (Somali names) are written with their values.
// https://activemq.apache.org/components/artemis/documentation/latest/broker-plugins.html (from memory, not fetched);
// the plugin's message texts and CoreMessage's toString from memory.

function artemisLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, EAT)},${msPart(t)}`;
  const render = (e) => e.ar.map(([lvl, logger, m]) => `${stamp(e.t)} ${lvl.padEnd(5)} [${logger}] ${m}`);
  const PLUG = 'org.apache.activemq.artemis.core.server.plugin.impl.LoggingActiveMQServerPlugin';
  const javaDate = (t) => { const d = new Date(t + EAT * MIN); return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 19)} EAT ${d.getUTCFullYear()}`; };
  const sent = (t, address, props) => ['INFO', PLUG, `AMQ841009: sent message: CoreMessage[messageID=${rng.int(2147480000, 2147499999)}, durable=true, userID=${rng.uuid()}, priority=4, timestamp=${javaDate(t)}, expiration=0, durable=true, address=${address}, size=${rng.int(400, 2400)}, properties=TypedProperties[${props}]]@${rng.int(100000000, 999999999)}, session name : ${rng.uuid()}, session connectionID: ${rng.hex(8)}`];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ ar: [sent(t, 'biyo.dalab', `kiosk=${rng.pick(KIOSKS)}, litir=${rng.pick([20, 40, 60, 100])}, _AMQ_ROUTING_TYPE=1`)] }),
      () => ({ ar: [['INFO', PLUG, `AMQ841005: created consumer with ID: 0, with session name: ${rng.uuid()}, bound to queue: lacag.bixin, filter string: null`]] }),
      () => ({ ar: [['INFO', PLUG, `AMQ841000: created connection: RemotingConnectionImpl [ID=${rng.hex(8)}, clientID=null, nodeID=${rng.uuid()}, transportConnection=NettyServerConnection[ID=${rng.hex(8)}, local= /10.40.0.5:61616, remote=/${lan(rng)}:${rng.int(30000, 60000)}]]`]] }),
      () => ({ ar: [['WARN', 'org.apache.activemq.artemis.core.server', `AMQ222067: Connection failure has been detected: AMQ229014: Did not receive data from /${lan(rng)}:${rng.int(30000, 60000)} within the 60000ms connection TTL. The connection will now be closed. [code=CONNECTION_TIMEDOUT]`]] }),
    ])();
  const steps = [
    { raw: { ar: [['INFO', 'org.apache.activemq.artemis.core.server', 'AMQ221007: Server is now active'], ['INFO', 'org.apache.activemq.artemis', 'AMQ241004: Artemis Console available at http://0.0.0.0:8161/console']] }, after: 0 },
    3,
    plant('negative', 'artemis-sent-message-dupl-id', 'none', "Artemis' duplicate-detection id (`_AMQ_DUPL_ID`, a uuid the payment service sets as an idempotency key): an identifier, no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { ar: [sent(t, 'lacag.bixin', `_AMQ_DUPL_ID=${id}, kiosk=hg-014, lacag=1.50, _AMQ_ROUTING_TYPE=1`)] } };
    }),
    3,
    plant('api-key-name', 'artemis-sent-message-property-furaha-api', 'error', `${WHY.apiKey('furaha_api')} The payment service copies the mobile-money gateway's key ("API key") into a message property for the settlement worker, and the plugin writes every property.`, ({ rng, t }) => {
      const key = rng.alnum(36);
      return { value: key, event: { ar: [sent(t, 'lacag.bixin', `kiosk=hg-021, furaha_api=${key}, lacag=3.00, _AMQ_ROUTING_TYPE=1`)] } };
    }),
    3,
    plant('path-secret', 'artemis-sent-message-property-dib-u-dejin-link', 'error', WHY.pathSecret('The account service queues the password reset SMS with the link as a message property (`xiriirka=https://…/erayga-sirta/dib-u-dejin/<token>`, "password/reset")'), ({ rng, t }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { ar: [sent(t, 'ogeysiis.sms', `telefoon=+25263${digits(rng, 7)}, xiriirka=https://${BY}/erayga-sirta/dib-u-dejin/${tok}, _AMQ_ROUTING_TYPE=1`)] } };
    }),
    3,
    plant('session-id', 'artemis-sent-message-property-cookie-biyoole-session', 'error', WHY.session("The web shop forwards the customer's request to the order queue with its cookie in a property (`cookie=BIYOOLE_SESSION=…`) so the worker can call back on the customer's behalf"), ({ rng, t }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { ar: [sent(t, 'biyo.dalab', `kiosk=brb-002, litir=200, cookie=BIYOOLE_SESSION=${sid}; lang=so, _AMQ_ROUTING_TYPE=1`)] } };
    }),
    3,
    plant('encoded', 'artemis-sent-message-property-celin-percent-encoded-furaha', 'error', 'A property holds the return address of a payment, percent-encoded once (`celin=https%3A%2F%2F…%3Ffuraha%3D…`, "return", "key"): the merchant key of the kiosk is inside the encoded query.', ({ rng, t }) => {
      const key = rng.alnum(28);
      return { value: key, event: { ar: [sent(t, 'lacag.bixin', `kiosk=hg-033, celin=${pct(`https://pay.${BY}/bixin/dhammaad?furaha=${key}&kiosk=hg-033`)}, _AMQ_ROUTING_TYPE=1`)] } };
    }),
    3,
    plant('negative', 'artemis-sent-message-stomp-client-id', 'none', "The STOMP client id (`__AMQ_CID`) of the shop's connection: a connection identifier, no credential.", ({ rng, t }) => {
      const id = `biyoole-shop-${rng.hex(12)}`;
      return { value: id, event: { ar: [sent(t, 'biyo.dalab', `__AMQ_CID=${id}, kiosk=hg-007, litir=40, _AMQ_ROUTING_TYPE=1`)] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'mq' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// query_history.csv: a Snowsight worksheet's "Download results" (CSV) of `SELECT query_id, query_text, database_name,
// query_type, user_name, role_name, warehouse_name, execution_status, start_time, total_elapsed_time FROM
// snowflake.account_usage.query_history …`: a header row, RFC 4180 quoting (a field with a comma, a quote or a line break
// in double quotes, quotes doubled), multi-line SQL texts on several physical lines, TIMESTAMP_LTZ as `yyyy-mm-dd
// HH:MI:SS.FF3 +0300` (the account's TIMEZONE is Africa/Mogadishu).
// https://docs.snowflake.com/en/sql-reference/account-usage/query_history (from memory, not fetched: the columns).

function snowflakeCsv(rng) {
  const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const qid = () => `01b${rng.hex(5)}-0000-${rng.hex(4)}-0000-${rng.hex(12)}`;
  const render = (e) => [qid(), q(e.sql), e.db ?? 'LACAG', e.qt ?? 'SELECT', e.user ?? 'FARAH_DEV', e.role ?? 'ANALYST', 'WH_XS', e.st ?? 'SUCCESS', `${ymdHmsMsAt(e.t, EAT)} +0300`, rng.int(80, 40000)].join(',').split('\n');
  const filler = (rng) =>
    rng.pick([
      () => ({ sql: `SELECT kiosk_id, SUM(litir) AS litir\nFROM lacag.public.iibka\nWHERE taariikh >= DATEADD(day, -${rng.int(1, 30)}, CURRENT_DATE())\nGROUP BY 1\nORDER BY 2 DESC;` }),
      () => ({ sql: `SELECT COUNT(*) FROM lacag.public.bixin WHERE xaalad = 'guuldarro' AND taariikh = '2027-08-0${rng.int(1, 4)}';` }),
      () => ({ sql: 'SHOW WAREHOUSES;', qt: 'SHOW', role: 'SYSADMIN' }),
      () => ({ sql: `COPY INTO lacag.raw.iibka_json FROM @lacag.raw.kiosk_stage/2027/08/0${rng.int(1, 5)}/ FILE_FORMAT = (TYPE = JSON);`, qt: 'COPY', user: 'SVC_INGEST', role: 'LOADER' }),
    ])();
  const header = ['QUERY_ID,QUERY_TEXT,DATABASE_NAME,QUERY_TYPE,USER_NAME,ROLE_NAME,WAREHOUSE_NAME,EXECUTION_STATUS,START_TIME,TOTAL_ELAPSED_TIME'];
  const steps = [
    2,
    plant('negative', 'snowflake-query-text-phone-sha2', 'none', "A lookup by the SHA-256 of a customer's phone number (the analysts' pseudonymised key): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { sql: `SELECT * FROM lacag.public.macmiil WHERE telefoon_sha2 = '${h}';` } };
    }),
    3,
    plant('refresh-token', 'snowflake-query-text-udf-call-refresh-token-literal', 'error', `${WHY.refresh} A developer tests the UDF that renews the mobile-money API session by calling it with the refresh token as a string literal; QUERY_HISTORY keeps the statement's text.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { sql: `SELECT lacag.public.zaad_cusboonaysii_token(\n  '${rt}'\n) AS jawaab;`, user: 'ABDI_DEV' } };
    }),
    3,
    plant('api-key-name', 'snowflake-query-text-external-function-headers-x-furaha-api', 'error', `${WHY.apiKey('x-furaha-api')} An external function is created with the SMS gateway's key in its \`HEADERS\` clause; the multi-line statement is kept in QUERY_TEXT.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { sql: `CREATE OR REPLACE EXTERNAL FUNCTION lacag.public.dir_sms(telefoon VARCHAR, qoraal VARCHAR)\n  RETURNS VARIANT\n  API_INTEGRATION = biyoole_api_int\n  HEADERS = ('x-furaha-api' = '${key}')\n  AS 'https://sms-gw.${BY}/v1/dir';`, qt: 'CREATE_EXTERNAL_FUNCTION', role: 'SYSADMIN' } };
    }),
    3,
    plant('negative', 'snowflake-query-text-external-function-placeholder-key', 'none', 'The same statement as first drafted, with a placeholder for the key (`GELI_FURAHA_HALKAN`, "put the key here"), which failed: no credential.', () => ({ value: 'GELI_FURAHA_HALKAN', event: { sql: "CREATE OR REPLACE EXTERNAL FUNCTION lacag.public.dir_sms(telefoon VARCHAR, qoraal VARCHAR)\n  RETURNS VARIANT\n  API_INTEGRATION = biyoole_api_int\n  HEADERS = ('x-furaha-api' = 'GELI_FURAHA_HALKAN')\n  AS 'https://sms-gw.biyoole.example/v1/dir';", qt: 'CREATE_EXTERNAL_FUNCTION', role: 'SYSADMIN', st: 'FAIL' } })),
    3,
    plant('encoded', 'snowflake-query-text-base64-decode-string-kiosk-config', 'error', 'An analyst decodes a kiosk\'s configuration blob inline (`BASE64_DECODE_STRING(\'…\')`): the base64 JSON holds the kiosk\'s `erayga_sirta` ("password") for the maintenance screen.', ({ rng }) => {
      const b = b64Of(JSON.stringify({ kiosk: 'hg-014', isticmaale: 'dayactir', erayga_sirta: rng.alnum(16), luuqad: 'so' }));
      return { value: b, event: { sql: `SELECT PARSE_JSON(BASE64_DECODE_STRING('${b}')) AS qaab;` } };
    }),
    3,
    plant('framework-dump', 'snowflake-query-text-call-procedure-json-erayga-sirta', 'error', 'A stored procedure that registers a kiosk attendant is called with an object literal holding the new account\'s password (`"erayga_sirta"`); QUERY_HISTORY keeps the call as written.', ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { sql: `CALL lacag.public.diiwaan_geli_shaqaale(PARSE_JSON('{"isticmaale":"ayaan.${lowerNum(rng, 3)}","kiosk":"hg-021","erayga_sirta":"${pw}","door":"hawlwadeen"}'));`, qt: 'CALL', user: 'SVC_ADMIN', role: 'SYSADMIN' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'sf' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// idea.log: IntelliJ IDEA 2025.2's idea.log on a Biyoole developer's laptop (local time, no zone): `yyyy-MM-dd
// HH:mm:ss,SSS [<ms since start, 7 wide>] <LEVEL, 6 wide> - #<abbreviated category> - <message>`; the platform's
// categories and the team's own plugin ("Biyoole Dev Tools", `#c.b.d.…`) at DEBUG through Help | Diagnostic Tools |
// Debug Log Settings.
// https://intellij-support.jetbrains.com/hc/en-us/articles/207241085-Locating-IDE-log-files (from memory, not fetched);
// the line layout from memory of idea.log.

function ideaLog(rng) {
  let uptime = rng.int(40000, 90000);
  const stamp = (t) => `${ymdHmsAt(t, EAT)},${msPart(t)}`;
  const render = (e) => e.ij.map(([lvl, cat, m]) => { uptime += rng.int(5, 90000); return `${stamp(e.t)} [${String(uptime).padStart(7)}] ${lvl.padStart(6)} - #${cat} - ${m}`; });
  const filler = (rng) =>
    rng.pick([
      () => ({ ij: [['INFO', 'c.i.u.i.UnindexedFilesScanner', `Performing delayed pushing properties tasks for ${rng.int(100, 9000)} files took ${rng.int(1, 90)}ms; general responsiveness: ok; EDT responsiveness: ok`]] }),
      () => ({ ij: [['INFO', 'c.i.o.v.i.p.ProjectLevelVcsManagerImpl', 'Mapped Roots: 1']] }),
      () => ({ ij: [['INFO', 'c.i.c.ComponentStoreImpl', `Saving appworkspace.xml took ${rng.int(1, 40)} ms`]] }),
      () => ({ ij: [['INFO', 'c.i.e.r.ExecutionManagerImpl', `Process started: ./gradlew :kiosk-api:test --tests so.biyoole.lacag.*`]] }),
      () => ({ ij: [['WARN', 'c.i.o.a.i.ActionUpdater', `${rng.int(300, 900)} ms to grab EDT for GitToolbarWidgetAction#presentation@MainToolbar (com.intellij.openapi.actionSystem.impl.Utils)`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'idea-shared-indexes-sha256', 'none', "The SHA-256 of a shared index bundle the IDE downloaded: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { ij: [['INFO', 'c.i.i.s.SharedIndexChunkLocator', `Downloaded shared index jdk-21.0.7 (sha256=${h}) in ${rng.int(200, 4000)} ms`]] } };
    }),
    3,
    plant('framework-dump', 'idea-database-connection-jdbc-url-password', 'error', "The database tools write the JDBC URL they connect with; the data source was set up with the password in the URL (`&password=…`) instead of the credential store.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { ij: [['INFO', 'c.i.d.d.DatabaseConnectionEstablisher', `Connecting to jdbc:postgresql://db-dev.${BY}:5432/lacag?user=biyoole_dev&password=${pw}&ssl=true`]] } };
    }),
    3,
    plant('oauth-code', 'idea-plugin-debug-auth-callback-code-state', 'warning', `${WHY.code} The team's plugin signs in through the IDE's built-in server and logs at DEBUG the callback it received (\`http://127.0.0.1:63342/api/biyoole/auth/callback?code=…&state=…\`).`, ({ rng }) => {
      const code = rng.hex(40);
      return { value: code, event: { ij: [['FINE', 'c.b.d.a.AuthCallbackService', `Callback received: http://127.0.0.1:63342/api/biyoole/auth/callback?code=${code}&state=${rng.b64url(22)}`]] } };
    }),
    3,
    plant('api-key-name', 'idea-plugin-debug-request-furaha-api-query', 'error', `${WHY.apiKey('furaha_api')} The plugin's status tool window polls the kiosk API with the developer's key in the query, and its DEBUG line writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { ij: [['FINE', 'c.b.d.k.KioskStatusService', `GET https://api.${BY}/v1/kiosk/xaalad?kiosk=hg-014&furaha_api=${key} -> 200 (${rng.int(80, 900)} ms)`]] } };
    }),
    3,
    plant('path-secret', 'idea-code-with-me-join-link', 'error', WHY.pathSecret('A Code With Me invitation the developer opened (`code-with-me.global.jetbrains.com/<id>#p=…&fp=…`): the link id lets its holder join the session while the host keeps it open'), ({ rng }) => {
      const id = rng.b64url(22);
      return { value: id, event: { ij: [['INFO', 'c.j.r.c.CodeWithMeClientDownloader', `Processing join link: https://code-with-me.global.jetbrains.com/${id}#p=IU&fp=${rng.hex(64).toUpperCase()}&newUi=true`]] } };
    }),
    3,
    plant('negative', 'idea-http-configurable-proxy-password-masked', 'none', 'The proxy settings are logged with the password masked (`password=********`): no credential.', () => ({ value: 'password=********', event: { ij: [['INFO', 'c.i.u.n.HttpConfigurable', 'Proxy authentication: user=BIYOOLE\\farah password=******** (remembered)']] } })),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'laptop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// trufflehog-scan.log: the CI job's output of `trufflehog git file://. --since-commit main --json --no-verification
// --config .trufflehog.yaml 2>&1`: TruffleHog's log lines on stderr (`<ISO time>\t<level>\ttrufflehog\t<message>\t<JSON
// fields>`) between the findings, one JSON object a line on stdout (`SourceMetadata.Data.Git` with commit, file, email,
// repository, timestamp and line, `DetectorName`, `Verified`, `Raw`, `RawV2`, `Redacted`, `ExtraData`), with the team's
// custom regex detectors beside the built-in ones.
// https://github.com/trufflesecurity/trufflehog (from memory, not fetched: the JSON output and custom detectors).

function trufflehogLog(rng) {
  const render = (e) => (e.json ? [JSON.stringify(e.json)] : e.th.map(([lvl, m, f]) => `${iso(e.t).slice(0, 19)}Z\t${lvl}\ttrufflehog\t${m}${f ? `\t${JSON.stringify(f)}` : ''}`));
  const finding = (t, { detector, type, file, raw, redacted = '', extra = null, line }) => ({
    SourceMetadata: { Data: { Git: { commit: rng.hex(40), file, email: ((who) => `${who} <${who}@${BY}>`)(rng.pick(['farah', 'hodan', 'abdi', 'ayaan'])), repository: `https://git.${BY}/biyoole/kiosk-platform.git`, timestamp: `${ymdHmsAt(t, 0)} +0000`, line } } },
    SourceID: 1, SourceType: 7, SourceName: 'trufflehog - git', DetectorType: type, DetectorName: detector, DecoderName: 'PLAIN', Verified: false, Raw: raw, RawV2: '', Redacted: redacted, ExtraData: extra, StructuredData: null,
  });
  const filler = (rng) =>
    rng.pick([
      () => ({ th: [['info-0', 'scanning repo', { source_manager_worker_id: rng.alnum(5), repo: 'file://.', base: 'main', head: 'HEAD' }]] }),
      () => ({ th: [['info-2', 'finished scanning commits', { source_manager_worker_id: rng.alnum(5), commits: rng.int(1, 40) }]] }),
      () => ({ th: [['info-0', 'running source', { source_manager_worker_id: rng.alnum(5), with_units: true }]] }),
    ])();
  const header = ['$ trufflehog git file://. --since-commit main --json --no-verification --config .trufflehog.yaml', '🐷🔑🐷  TruffleHog. Unearth your secrets. 🐷🔑🐷', ''];
  const steps = [
    1,
    plant('negative', 'trufflehog-uri-finding-placeholder-password', 'none', 'TruffleHog\'s URI detector reports a connection string from the README whose password is a placeholder (`ERAYGA_SIRTA`, "THE PASSWORD"): no credential, whatever the scanner says.', ({ t, rng }) => ({ value: 'ERAYGA_SIRTA', event: { json: finding(t, { detector: 'URI', type: 17, file: 'README.md', raw: 'postgres://biyoole:ERAYGA_SIRTA@localhost:5432/lacag', redacted: 'postgres://biyoole:********@localhost:5432/lacag', line: rng.int(20, 90) }) } })),
    2,
    plant('api-key-name', 'trufflehog-custom-regex-furaha-api-dotenv', 'error', `${WHY.apiKey('FURAHA_API')} A developer committed \`.env.staging\`; the team's custom detector reports the line's value in \`Raw\`, so the CI log now holds it too.`, ({ rng, t }) => {
      const key = rng.alnum(40);
      return { value: key, event: { json: finding(t, { detector: 'BiyooleFurahaAPI', type: 1000, file: 'services/lacag/.env.staging', raw: key, line: rng.int(2, 30) }) } };
    }),
    2,
    plant('embed-jwt', 'trufflehog-jwt-finding-embed-url-no-exp', 'error', "TruffleHog's JWT detector reports a report embed URL pasted in a design note (`/embed/warbixin/<JWT>`), its token minted without `exp`; the finding's commit time is the time of the line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400, 20 * 86400), claims: { resource: { dashboard: 3 }, params: { gobol: 'maroodi-jeex' } } });
      return { value: token, jwt: facts, event: { json: finding(t, { detector: 'JWT', type: 942, file: 'docs/warbixinta-kiosk.md', raw: token, extra: { url: `https://warbixin.${BY}/embed/warbixin/${token}#bordered=true` }, line: rng.int(10, 80) }) } };
    }),
    2,
    plant('negative', 'trufflehog-finished-scanning-summary', 'none', "TruffleHog's summary line with the scan's counters and its version: no credential (its long number is a byte count).", ({ rng }) => {
      const n = String(rng.int(10000000, 99999999));
      return { value: n, event: { th: [['info-0', 'finished scanning', { chunks: rng.int(1000, 9000), bytes: Number(n), verified_secrets: 0, unverified_secrets: 3, scan_duration: `${rng.int(5, 60)}.${rng.int(100, 999)}s`, trufflehog_version: '3.88.25' }]] } };
    }),
    plant('implicit-fragment', 'trufflehog-custom-regex-fixture-access-token-fragment', 'error', 'A test fixture records the web app\'s redirect after sign-in with the access token in the fragment (`/gal/dhammaad#access_token=…`, "login/done"); the team\'s custom detector reports the whole URL in `Raw`.', ({ rng, t }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { json: finding(t, { detector: 'BiyooleAccessTokenURL', type: 1000, file: 'web/e2e/fixtures/gal.har.json', raw: `https://app.${BY}/gal/dhammaad#access_token=${tok}&token_type=Bearer&expires_in=3600`, line: rng.int(100, 900) }) } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'ci' }, filler, render, steps, header });
}

// =====================================================================================================================
// Bhariya (Nepali; Pokhara: NPT, UTC+5:45)
// =====================================================================================================================

const BH = 'bhariya.example';

// ---------------------------------------------------------------------------------------------------------------------
// wdio-0-0.log: a WebdriverIO 9 worker's log file (`outputDir`) of the web app's end-to-end tests in CI: `<ISO time, Z>
// <LEVEL> <logger>: <message>`, the webdriver package's `COMMAND <name>(<args>)`, `[POST] <url>`, `DATA <object as
// util.inspect writes it>` and `RESULT <value>` lines.
// https://webdriver.io/docs/configuration#outputdir (from memory, not fetched); the webdriver logger's messages from
// memory.

function wdioLog(rng) {
  const SID = rng.hex(32);
  const render = (e) => e.wd.map(([lvl, lg, m], i) => `${iso(e.t + i * 2)} ${lvl} ${lg}: ${m}`);
  const W = 'webdriver';
  const nav = (url) => [['INFO', W, `COMMAND navigateTo("${url}")`], ['INFO', W, `[POST] http://localhost:9515/session/${SID}/url`], ['INFO', W, `DATA { url: '${url}' }`], ['INFO', W, 'RESULT null']];
  const filler = (rng) =>
    rng.pick([
      () => ({ wd: nav(`https://staging.${BH}/baas?khoj=${rng.pick(['ghandruk', 'chomrong', 'landruk', 'dhampus'])}&din=${rng.int(1, 9)}`) }),
      () => ({ wd: [['INFO', W, `COMMAND findElement("css selector", "[data-testid=\\"${rng.pick(['bhariya-card', 'khoj-button', 'bhuktani-submit', 'yatra-list'])}\\"]")`], ['INFO', W, `[POST] http://localhost:9515/session/${SID}/element`], ['INFO', W, `RESULT { 'element-6066-11e4-a52e-4f735466cecf': 'f.${rng.hex(32).toUpperCase()}.d.${rng.hex(32).toUpperCase()}.e.${rng.int(10, 99)}' }`]] }),
      () => ({ wd: [['INFO', W, `COMMAND elementClick("f.${rng.hex(8).toUpperCase()}")`], ['INFO', W, 'RESULT null']] }),
      () => ({ wd: [['INFO', W, 'COMMAND getTitle()'], ['INFO', W, `RESULT "${rng.pick(['भरिया खोज्नुहोस्', 'मेरो यात्रा', 'भुक्तानी'])} | Bhariya"`]] }),
    ])();
  const header = [`${iso(DAY0 + 4 * HOUR - 5000)} INFO @wdio/local-runner: Run worker command: run`, `${iso(DAY0 + 4 * HOUR - 4000)} INFO webdriver: Initiate new session using the WebDriver protocol`, `${iso(DAY0 + 4 * HOUR - 3000)} INFO webdriver: [POST] http://localhost:9515/session`];
  const steps = [
    2,
    plant('negative', 'wdio-get-cookies-ga-client-id', 'none', "A Google Analytics cookie (`_ga=GA1.1.<client id>.<time>`) in `getCookies()`'s result: an analytics client id, no credential.", ({ rng }) => {
      const ga = `GA1.1.${digits(rng, 10)}.${digits(rng, 10)}`;
      return { value: ga, event: { wd: [['INFO', W, 'COMMAND getCookies()'], ['INFO', W, `RESULT [ { name: '_ga', value: '${ga}', domain: '.${BH}', path: '/', secure: false, httpOnly: false } ]`]] } };
    }),
    2,
    plant('path-secret', 'wdio-navigate-to-pramanit-token', 'error', WHY.pathSecret('The signup test opens the e-mail verification link (`/pramanit/<token>`, "verify") it read from the test mailbox; webdriver writes the URL in `COMMAND navigateTo(…)` and in `DATA`'), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { wd: nav(`https://staging.${BH}/pramanit/${tok}`) } };
    }),
    2,
    plant('oauth-code', 'wdio-navigate-to-prabesh-callback-code-state', 'warning', `${WHY.code} The login test replays the identity provider's redirect to \`/prabesh/callback\` ("login"); the URL is in \`COMMAND navigateTo(…)\` and in \`DATA\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { wd: nav(`https://staging.${BH}/prabesh/callback?code=${code}&state=${rng.hex(32)}`) } };
    }),
    2,
    plant('implicit-fragment', 'wdio-get-url-result-access-token-fragment', 'error', "The legacy admin's sign-in ends on a hash route with the token in a second fragment (`/#/prabesh#access_token=…`); the test asserts on `getUrl()`, whose `RESULT` line writes it.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { wd: [['INFO', W, 'COMMAND getUrl()'], ['INFO', W, `[GET] http://localhost:9515/session/${SID}/url`], ['INFO', W, `RESULT "https://admin-staging.${BH}/#/prabesh#access_token=${tok}&token_type=bearer&expires_in=1800"`]] } };
    }),
    2,
    plant('id-token', 'wdio-navigate-to-nikas-id-token-hint', 'error', 'The logout test follows the app\'s sign-out URL (`/nikas?id_token_hint=<JWT>`, "exit"), at an ISO time in UTC; webdriver writes it in `COMMAND navigateTo(…)` and in `DATA`', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://id-staging.${BH}/realms/bhariya`, aud: 'bhariya-web', sub: rng.uuid(), typ: 'ID', email: `e2e-paahuna@${BH}` } });
      return { value: token, jwt: facts, event: { wd: nav(`https://id-staging.${BH}/realms/bhariya/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fstaging.${BH}%2F`) } };
    }),
    2,
    plant('embed-jwt', 'wdio-navigate-to-embed-yatra-naksa-jwt', 'error', 'The trip page test opens the embedded route map (`/embed/yatra-naksa/<JWT>`, "trip map") directly, at an ISO time in UTC; webdriver writes the URL twice', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 300), jti: true, claims: { iss: `https://staging.${BH}`, yatra: `Y-2027-${digits(rng, 5)}`, marg: 'annapurna-base-camp' } });
      return { value: token, jwt: facts, event: { wd: nav(`https://maps-staging.${BH}/embed/yatra-naksa/${token}`) } };
    }),
    2,
    plant('framework-dump', 'wdio-execute-result-localstorage-gupta-shabda', 'error', 'The test dumps `localStorage` through `execute()` to debug a flaky login: the app keeps the remembered user there with the password (`gupta_shabda`, "password"), and `RESULT` writes the object.', ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { wd: [['INFO', W, 'COMMAND executeScript(<fn>, <object>)'], ['INFO', W, `[POST] http://localhost:9515/session/${SID}/execute/sync`], ['INFO', W, `RESULT { 'bhariya:samjhau': '{"email":"e2e-paahuna@${BH}","gupta_shabda":"${pw}"}', 'bhariya:bhasa': 'ne' }`]] } };
    }),
    2,
    plant('negative', 'wdio-find-element-result-element-reference', 'none', "ChromeDriver's W3C element reference (`f.<frame>.d.<document>.e.<n>`) in a findElement result: an identifier of a DOM node in this session, no credential.", ({ rng }) => {
      const el = `f.${rng.hex(32).toUpperCase()}.d.${rng.hex(32).toUpperCase()}.e.${rng.int(100, 999)}`;
      return { value: el, event: { wd: [['INFO', W, 'COMMAND findElement("css selector", "[data-testid=\\"bhuktani-submit\\"]")'], ['INFO', W, `[POST] http://localhost:9515/session/${SID}/element`], ['INFO', W, `RESULT { 'element-6066-11e4-a52e-4f735466cecf': '${el}' }`]] } };
    }),
    2,
    plant('replay', 'wdio-navigate-to-ek-patak-tikat-once', 'note', WHY.ticketFirst('The booking test downloads a porter\'s permit copy with a one-time ticket (`?tikat=…`, "ticket", on `/anumati/…/ek-patak`, "permit/…/once"); it is used once in the run. The ticket is'), ({ rng }) => {
      const tk = rng.b64url(24);
      return { value: tk, event: { wd: nav(`https://staging.${BH}/anumati/TIMS-${digits(rng, 6)}/ek-patak?tikat=${tk}`) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'ci' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// bhariya-tools.log: the log output channel of the team's VS Code extension (`window.createOutputChannel('Bhariya
// Tools', { log: true })`), the file VS Code writes under `logs/<session>/window1/exthost/bhariya.bhariya-tools/`:
// `yyyy-mm-dd HH:MM:SS.mmm [<level>] <message>` in local time without a zone; the extension's messages partly Nepali.
// https://code.visualstudio.com/api/references/vscode-api#LogOutputChannel (from memory, not fetched).

function vscodeLog(rng) {
  const render = (e) => e.vs.map(([lvl, m]) => `${ymdHmsMsAt(e.t, NPT)} [${lvl}] ${m}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ vs: [['info', `यात्रा सूची ताजा गरियो: ${rng.int(3, 60)} वटा`]] }),
      () => ({ vs: [['debug', `GET https://api-staging.${BH}/v2/bhariya?thau=${rng.pick(['pokhara', 'besisahar', 'jomsom'])} → 200 (${rng.int(40, 900)} ms)`]] }),
      () => ({ vs: [['trace', `schema cache hit: bhariya-openapi.yaml (${rng.int(10, 90)} KB)`]] }),
      () => ({ vs: [['warning', 'स्टेजिङ API ढिलो छ, फेरि प्रयास गर्दै…']] }),
    ])();
  const steps = [
    { raw: { vs: [['info', 'Bhariya Tools 0.9.4 सक्रिय भयो (activated)']] }, after: 0 },
    2,
    plant('negative', 'vscode-ext-webview-csp-nonce', 'none', "The nonce of a webview's Content-Security-Policy, generated per panel: single-use by design, no credential.", ({ rng }) => {
      const n = rng.alnum(32);
      return { value: n, event: { vs: [['trace', `webview CSP: default-src 'none'; script-src 'nonce-${n}'; style-src vscode-resource: 'unsafe-inline'`]] } };
    }),
    2,
    plant('implicit-fragment', 'vscode-ext-uri-handler-access-token-fragment', 'error', "The extension's sign-in comes back through VS Code's URI handler (`vscode://bhariya.bhariya-tools/auth#access_token=…`), and the handler logs the URI it received.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { vs: [['info', `URI handler: vscode://bhariya.bhariya-tools/auth#access_token=${tok}&token_type=Bearer&expires_in=28800`]] } };
    }),
    2,
    plant('header-dump', 'vscode-ext-trace-request-headers-authorization-token', 'error', "At trace level the extension's HTTP client writes each request's headers as JSON: `\"Authorization\":\"token <40 hex>\"`, the developer's personal API token for the staging admin API.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { vs: [['trace', `request headers: {"Accept":"application/json","Authorization":"token ${tok}","User-Agent":"bhariya-tools/0.9.4 vscode/1.103.0"}`]] } };
    }),
    2,
    plant('session-id', 'vscode-ext-debug-set-cookie-bhariya-satra', 'error', WHY.session("The extension logs the admin API's cookie it keeps for the next calls (`bhariya_satra=…`, \"session\")"), ({ rng }) => {
      const s = rng.b64url(32);
      return { value: s, event: { vs: [['debug', `cookie jar: bhariya_satra=${s}; Path=/; HttpOnly; Secure; SameSite=Lax (admin-staging.${BH})`]] } };
    }),
    2,
    plant('path-secret', 'vscode-ext-live-share-join-link', 'error', WHY.pathSecret('A Live Share invitation link the extension posts to the team\'s channel ("सहकार्य लिंक", "collaboration link"): whoever has it can ask to join the session while it runs'), ({ rng }) => {
      const id = rng.hex(36).toUpperCase();
      return { value: id, event: { vs: [['info', `सहकार्य लिंक: https://prod.liveshare.vsengsaas.visualstudio.com/join?${id}`]] } };
    }),
    2,
    plant('encoded', 'vscode-ext-open-external-double-encoded-kunji', 'error', 'The extension opens the admin login with a return address percent-encoded twice (`pachhi=https%253A%252F%252F…%253Fkunji%253D…`, "after", "key"): the staging admin key is two decodings away.', ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { vs: [['debug', `openExternal: https://admin-staging.${BH}/prabesh?pachhi=${pct(pct(`https://admin-staging.${BH}/bhariya/report?kunji=${key}&mahina=2027-08`))}`]] } };
    }),
    2,
    plant('negative', 'vscode-ext-telemetry-machine-id', 'none', "VS Code's `machineId` (64 hex digits) the extension adds to its telemetry: a pseudonymous installation id, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { vs: [['debug', `telemetry: machineId=${h} sessionId=${rng.uuid()}${Date.UTC(2027, 7, 5)}`]] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'dev' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nuclei-staging.log: a security engineer's `nuclei -u https://staging.bhariya.example -t bhariya-templates/ -debug
// -var token=… -o findings.txt 2>&1 | tee nuclei-staging.log` (Nuclei v3): the banner, `[INF]` lines, each request dumped
// under `[INF] [<template id>] Dumped HTTP request for <url>` and each response under `[DBG] [<template id>] Dumped HTTP
// response <url>` (raw HTTP, one header a line, a blank line, the body), the results as `[<template id>] [http]
// [<severity>] <url> ["<extracted>"]`.
// https://docs.projectdiscovery.io/tools/nuclei/running (from memory, not fetched: `-debug`, `-var`); the dump markers
// from memory.

function nucleiLog(rng) {
  const render = (e) => e.nu;
  const S = `staging.${BH}`;
  const dumpReq = (tpl, path, extra = []) => [`[INF] [${tpl}] Dumped HTTP request for https://${S}${path}`, '', `GET ${path} HTTP/1.1`, `Host: ${S}`, 'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36', ...extra, 'Connection: close', 'Accept: */*', 'Accept-Language: en', 'Accept-Encoding: gzip', ''];
  const dumpResp = (tpl, path, status, headers, body) => [`[DBG] [${tpl}] Dumped HTTP response https://${S}${path}`, '', `HTTP/1.1 ${status}`, 'Connection: close', ...headers, `Date: ${new Date(DAY0).toUTCString()}`, 'Server: nginx', '', ...body, ''];
  const filler = (rng) =>
    rng.pick([
      () => { const p = rng.pick(['/.git/config', '/server-status', '/actuator/env', '/phpinfo.php', '/.DS_Store']); return { nu: [...dumpReq('bhariya-exposed-paths', p), ...dumpResp('bhariya-exposed-paths', p, '404 Not Found', ['Content-Type: text/html', 'Content-Length: 153'], ['<html><head><title>404 Not Found</title></head></html>'])] }; },
      () => ({ nu: [`[INF] No results found for ${rng.pick(['bhariya-headers', 'bhariya-cors', 'bhariya-open-redirect'])} on https://${S}`] }),
    ])();
  const header = ['', '                     __     _', '   ____  __  _______/ /__  (_)', '  / __ \\/ / / / ___/ / _ \\/ /', ' / / / / /_/ / /__/ /  __/ /', '/_/ /_/\\__,_/\\___/_/\\___/_/   v3.4.7', '', '\t\tprojectdiscovery.io', '', '[INF] Current nuclei version: v3.4.7 (latest)', '[INF] Current nuclei-templates version: v10.2.6 (latest)', '[INF] New templates added in latest release: 0', '[INF] Templates loaded for current scan: 14', '[INF] Executing 14 signed templates from bhariya-templates', '[INF] Targets loaded for current scan: 1'];
  const steps = [
    plant('negative', 'nuclei-interactsh-server-correlation-id', 'none', "Nuclei's interactsh callback host for out-of-band tests (`<correlation id>.oast.fun`): an identifier of this scan's interactions, no credential.", ({ rng }) => {
      const id = lowerNum(rng, 33);
      return { value: id, event: { nu: ['[INF] Using Interactsh Server: oast.fun', `[INF] [bhariya-ssrf-callback] Interactsh URL for payloads: ${id}.oast.fun`] } };
    }, { after: 0 }),
    1,
    plant('header-dump', 'nuclei-dumped-request-authorization-bearer-var', 'error', "The authenticated template sends `Authorization: Bearer {{token}}` with the value given as `-var token=…`; the request dump writes the rendered header on its own line (an opaque staging admin token).", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { nu: [...dumpReq('bhariya-admin-idor', '/api/v2/admin/paahuna/1042', [`Authorization: Bearer ${tok}`]), ...dumpResp('bhariya-admin-idor', '/api/v2/admin/paahuna/1042', '403 Forbidden', ['Content-Type: application/json', 'Content-Length: 38'], ['{"truti":"अनुमति छैन","code":"FORBIDDEN"}'])] } };
    }),
    1,
    plant('api-key-name', 'nuclei-dumped-response-env-kunji-api-and-extracted', 'error', `${WHY.apiKey('KUNJI_API')} The exposed-config template found \`/.env\` served by staging: the response dump writes the file, and the result line repeats the value its extractor pulled out.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { nu: [...dumpReq('bhariya-exposed-env', '/.env'), ...dumpResp('bhariya-exposed-env', '/.env', '200 OK', ['Content-Type: application/octet-stream', 'Content-Length: 211'], ['APP_ENV=staging', 'APP_BHASA=ne', `KUNJI_API=${key}`, 'DB_HOST=db-staging.internal']), `[bhariya-exposed-env] [http] [high] https://${S}/.env ["${key}"]`] } };
    }),
    1,
    plant('session-id', 'nuclei-dumped-response-set-cookie-bhariya-satra', 'error', WHY.session("The login template signs in the test account and the response dump writes its `Set-Cookie: bhariya_satra=…` (\"session\")"), ({ rng }) => {
      const s = rng.hex(64);
      return { value: s, event: { nu: [...dumpResp('bhariya-login-flow', '/api/v2/prabesh', '200 OK', ['Content-Type: application/json', `Set-Cookie: bhariya_satra=${s}; Path=/; HttpOnly; Secure; SameSite=Lax`, 'Content-Length: 27'], ['{"sandesh":"स्वागत छ"}'])] } };
    }),
    1,
    plant('path-secret', 'nuclei-dumped-response-debug-emails-nimantran-link', 'error', WHY.pathSecret('A debug endpoint left open on staging lists the last e-mails sent; the response dump writes a porter\'s invitation link (`/nimantran/<token>/sweekar`, "invitation/…/accept")'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { nu: [...dumpReq('bhariya-debug-endpoints', '/api/v2/debug/emails?limit=1'), ...dumpResp('bhariya-debug-endpoints', '/api/v2/debug/emails?limit=1', '200 OK', ['Content-Type: application/json', 'Content-Length: 214'], [`[{"to":"ram.gurung@example.com","subject":"भरियाको रूपमा निमन्त्रणा","link":"https://${S}/nimantran/${tok}/sweekar"}]`]), `[bhariya-debug-endpoints] [http] [medium] https://${S}/api/v2/debug/emails?limit=1`] } };
    }),
    1,
    plant('encoded', 'nuclei-dumped-response-base64-config-kunji', 'error', 'The app\'s bootstrap endpoint returns its client configuration as base64 JSON (`"config":"eyJ…"`), and the response dump writes it: decoded, it holds the maps provider\'s server-side `kunji` ("key").', ({ rng }) => {
      const b = b64Of(JSON.stringify({ naksa: { pradayak: 'maptiler', kunji: rng.alnum(32) }, bhasa: 'ne', sanskaran: '2.14.0' }));
      return { value: b, event: { nu: [...dumpReq('bhariya-config-leak', '/api/v2/suru'), ...dumpResp('bhariya-config-leak', '/api/v2/suru', '200 OK', ['Content-Type: application/json', `Content-Length: ${b.length + 13}`], [`{"config":"${b}"}`])] } };
    }),
    1,
    plant('negative', 'nuclei-dumped-response-etag', 'none', "An `ETag` in a response dump: a hash of the representation, no credential.", ({ rng }) => {
      const e = `W/"${rng.hex(40)}"`;
      return { value: e, event: { nu: [...dumpResp('bhariya-static', '/assets/app.css', '200 OK', ['Content-Type: text/css', `ETag: ${e}`, 'Content-Length: 48211'], ['/* app.css */'])] } };
    }),
    { raw: { nu: ['[INF] Scan completed in 41.208s. 3 matches found.'] } },
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'scan' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// centrifugo.log: `docker logs centrifugo` of Centrifugo v6 with `log.level: trace` for a day (the container's clock in
// UTC): zerolog's console writer without colours, `yyyy-mm-dd HH:MM:SS [<LVL>] <message> <key>=<value> …`; at trace
// level the client protocol's commands and replies as JSON (`client command received … command=…`), the connect
// command's `token` and `data` included.
// https://centrifugal.dev/docs/server/configuration (from memory, not fetched: `log.level`); the trace messages from
// memory.

function centrifugoLog(rng) {
  const render = (e) => e.cf.map(([lvl, m]) => `${ymdHmsAt(e.t, 0)} [${lvl}] ${m}`);
  const cmd = (client, c) => ['TRC', `client command received client=${client} command=${JSON.stringify(JSON.stringify(c))} transport=websocket`];
  const filler = (rng) =>
    rng.pick([
      () => ({ cf: [['DBG', `client connected client=${rng.uuid()} name=bhariya-android transport=websocket user=${digits(rng, 6)} version=3.${rng.int(1, 9)}.0`]] }),
      () => ({ cf: [['DBG', `client disconnected client=${rng.uuid()} reason="connection closed" transport=websocket user=${digits(rng, 6)}`]] }),
      () => ({ cf: [cmd(rng.uuid(), { id: rng.int(2, 40), subscribe: { channel: `yatra:Y-2027-${digits(rng, 5)}` } })] }),
      () => ({ cf: [['INF', `publication sent channel=bhariya:sthiti num_clients=${rng.int(1, 90)}`]] }),
    ])();
  const header = [];
  const steps = [
    { raw: { cf: [['INF', 'starting Centrifugo engine=memory gomaxprocs=2 pid=1 runtime=go1.24.5 version=6.2.3'], ['INF', 'serving websocket, api, http_stream, sse endpoints on :8000']] }, after: 0 },
    2,
    plant('session-id', 'centrifugo-trace-connect-command-token-jwt', 'error', WHY.session("The app connects with its Centrifugo connection token, a JWT naming the user; at trace level the server writes the whole connect command (`\"connect\":{\"token\":\"<JWT>\"…}`), at a time in UTC"), ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(10, 900), claims: { sub: digits(rng, 6), info: { naam: 'राम गुरुङ' } } });
      return { value: token, jwt: facts, event: { cf: [cmd(rng.uuid(), { id: 1, connect: { token, name: 'bhariya-android', version: '3.4.0' } })] } };
    }),
    2,
    plant('negative', 'centrifugo-trace-subscribe-recover-epoch', 'none', "A subscribe command recovering a channel's stream (`\"epoch\":\"…\",\"offset\":…`): the stream's epoch is an identifier of its history, no credential.", ({ rng }) => {
      const ep = rng.alnum(4) + lowerNum(rng, 4);
      return { value: ep, event: { cf: [cmd(rng.uuid(), { id: rng.int(2, 9), subscribe: { channel: 'bhariya:sthiti', recover: true, epoch: ep, offset: rng.int(10, 9000) } })] } };
    }),
    2,
    plant('negative', 'centrifugo-disconnect-client-id', 'none', "The id Centrifugo gives a connection (`client=<uuid>`) on its disconnect line: an identifier of one connection, no credential.", ({ rng }) => {
      const c = rng.uuid();
      return { value: c, event: { cf: [['DBG', `client disconnected client=${c} reason="stale" transport=websocket user=${digits(rng, 6)}`]] } };
    }),
    2,
    plant('id-token', 'centrifugo-trace-connect-data-id-token-expired', 'note', "An older app version sends the Google ID token in the connect command's `data` for the connect proxy to check; the trace line writes it at a time in UTC, forty minutes after it expired", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 2400, alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'sita.thapa@gmail.com' } });
      return { value: token, jwt: facts, event: { cf: [cmd(rng.uuid(), { id: 1, connect: { data: { id_token: token }, name: 'bhariya-android', version: '2.9.1' } })] } };
    }),
    2,
    plant('api-key-name', 'centrifugo-trace-connect-data-app-kunji', 'error', `${WHY.apiKey('app_kunji')} The partner kiosk app puts its key ("key") in the connect command's \`data\`, which the trace line writes.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { cf: [cmd(rng.uuid(), { id: 1, connect: { token: '', data: { app_kunji: key, pasal: 'lakeside-07' }, name: 'bhariya-kiosk', version: '1.2.0' } })] } };
    }),
    2,
    plant('replay', 'centrifugo-trace-connect-data-ek-patak-tikat-once', 'note', WHY.ticketFirst('The web app connects anonymous visitors with a one-time ticket in the connect `data` (`ek_patak_tikat`, "one-time ticket") that the connect proxy exchanges for a session. The ticket is'), ({ rng, t }) => {
      const tk = rng.b64url(32);
      firstUse.tikat = t;
      return { value: tk, event: { cf: [cmd(rng.uuid(), { id: 1, connect: { data: { ek_patak_tikat: tk }, name: 'bhariya-web', version: '5.1.0' } }), ['DBG', `client connected client=${rng.uuid()} name=bhariya-web transport=websocket user= version=5.1.0`]] } };
    }, { ref: 'tikat' }),
    2,
    plant('replay', 'centrifugo-trace-connect-data-ek-patak-tikat-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('tikat').value, why: `${WHY.replay('ek_patak_tikat', gap('tikat', t))} Another connection (another client, the Android app's name) connected with the same ticket and was accepted again: the connect proxy did not spend it.` }], event: { cf: [cmd(rng.uuid(), { id: 1, connect: { data: { ek_patak_tikat: refs.get('tikat').value }, name: 'bhariya-android', version: '3.4.0' } }), ['DBG', `client connected client=${rng.uuid()} name=bhariya-android transport=websocket user= version=3.4.0`]] } }), { replayOf: 'tikat', after: 133 }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'rt' }, filler, render, steps, header });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout44');
writePart(join(here, 'heldout44'), {
  'emqx.log': emqxLog(rng),
  'thingsboard.log': thingsboardLog(rng),
  'bitrise-build.log': bitriseLog(rng),
  'appium.log': appiumLog(rng),
  'packer-build.log': packerLog(rng),
  'iotedge-biyokiosk.log': iotedgeLog(rng),
  'artemis.log': artemisLog(rng),
  'query_history.csv': snowflakeCsv(rng),
  'idea.log': ideaLog(rng),
  'trufflehog-scan.log': trufflehogLog(rng),
  'wdio-0-0.log': wdioLog(rng),
  'bhariya-tools.log': vscodeLog(rng),
  'nuclei-staging.log': nucleiLog(rng),
  'centrifugo.log': centrifugoLog(rng),
});
