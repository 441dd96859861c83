// Writes corpus/logs-in-the-wild/heldout49/: a forty-ninth held-out part, in formats no other part uses (OSRM's
// osrm-routed console with its request lines, Valhalla's valhalla_service log, the Elastic APM Java agent's JSON log file
// at TRACE, Syncthing 2's log, a Duplicati 2 job's `--log-file`, Orthanc's log with `--verbose`/`--trace`, a SENAITE LIMS
// (Zope/Plone) instance event log, OpenMRS' openmrs.log, a DHIS2 server's dhis.log, Seafile's seahub.log, an ioBroker
// js-controller log file, a Shelly Gen2 relay's UDP debug log, the Apache SkyWalking Java agent's skywalking-api.log,
// ownCloud Infinite Scale under `docker logs`), with credentials planted in the places issue #14 lists and look-alikes
// that are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads
// the files.
//
//   node corpus/logs-in-the-wild/generate-heldout49.mjs     rewrites heldout49/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Tidewell Logistics, a Bristol fleet and last-mile delivery company with its own routing engines,
// dispatch API and backups (English, five logs); Rezo Sante Nò ("Northern Health Network"), a network of clinics and a
// central laboratory in Cap-Haïtien with an imaging archive, a LIMS, an EMR, a public-health reporting server and a file
// share (Haitian Creole messages where the app shows them, routes, parameter, header, key and property names in Haitian
// Creole, five logs); Yipek Yoli Sayahet (يىپەك يولى ساياھەت, "Silk Road Travel"), a Kashgar hotel and tour booking company
// with smart rooms, a booking API and a file share for guides (Uyghur messages in Arabic script where the app shows them,
// names in Latin transliteration, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 12, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Bristol in October (BST, UTC+1), Cap-Haïtien (EDT, UTC-4), Kashgar on Beijing time (UTC+8). */
const BST = 60;
const HT = -240;
const CST = 480;
/** A private address. */
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** Syncthing's device id alphabet (base32) in 8 groups of 7. */
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const deviceId = (rng) => Array.from({ length: 8 }, () => rng.chars(B32, 7)).join('-');

// =====================================================================================================================
// Tidewell Logistics (English; Bristol: BST, UTC+1; containers in UTC where said)
// =====================================================================================================================

const TW = 'tidewell.example';

// ---------------------------------------------------------------------------------------------------------------------
// osrm-routed.log: `docker logs` of osrm-routed 5.27 (container in UTC) saved to a file: the start-up lines, then one line
// a request, `[info] DD-MM-YYYY HH:MM:SS <ms>ms <remote address> <Referer> <User-Agent> <status> <path and query>` (the
// Referer and User-Agent written raw, `-` when absent). From memory (OSRM's request handler), not fetched.

function osrmLog(rng) {
  const stamp = (t) => { const l = local(t, 0); return `${l.slice(8, 10)}-${l.slice(5, 7)}-${l.slice(0, 4)} ${l.slice(11, 19)}`; };
  const coord = () => `${(-2.5 - rng.int(0, 900) / 1000).toFixed(6)},${(51.4 + rng.int(0, 900) / 1000).toFixed(6)}`;
  const render = (e) => (e.raw ? e.raw : [`[info] ${stamp(e.t)} ${(rng.int(80, 9000) / 100).toFixed(2)}ms ${e.ip} ${e.ref ?? '-'} ${e.ua} ${e.status} ${e.uri}`]);
  const filler = (rng) =>
    rng.pick([
      () => ({ uri: `/route/v1/driving/${coord()};${coord()}?overview=full&geometries=polyline6&steps=true`, ua: 'okhttp/5.3.2', ip: lan(rng, '10.61') }),
      () => ({ uri: `/table/v1/driving/${coord()};${coord()};${coord()};${coord()}?annotations=duration,distance`, ua: 'python-requests/2.32.5', ip: lan(rng, '10.61') }),
      () => ({ uri: `/nearest/v1/driving/${coord()}?number=1`, ua: 'okhttp/5.3.2', ip: lan(rng, '10.61') }),
      () => ({ uri: `/trip/v1/driving/${coord()};${coord()};${coord()}?roundtrip=false&source=first&destination=last`, ua: 'python-requests/2.32.5', ip: lan(rng, '10.61') }),
      () => ({ uri: `/route/v1/driving/${coord()};${coord()}?overview=false&alternatives=true`, ua: rng.pick(BROWSERS), ref: `https://dispatch.${TW}/board/depot-${rng.pick(['avonmouth', 'filton', 'hengrove'])}`, ip: publicIp(rng) }),
    ])();
  const header = ['[info] starting up engines, v5.27.1', '[info] Threads: 8', '[info] IP address: 0.0.0.0', '[info] IP port: 5000', '[info] http 1.1 compression handled by zlib version 1.2.13', '[info] Listening on: 0.0.0.0:5000', '[info] running and waiting for requests'];
  const steps = [
    4,
    plant('negative', 'osrm-route-hints', 'none', "OSRM's `hints=` are base64url snapshots of where a coordinate snapped on the road graph, which a client sends back to skip the snapping: routing data, no credential.", ({ rng }) => {
      const h = `${rng.b64url(36)}AAAA${rng.b64url(40)}`;
      return { value: h, event: { uri: `/route/v1/driving/${coord()};${coord()}?overview=false&hints=${h};`, ua: 'okhttp/5.3.2', ip: lan(rng, '10.61') } };
    }),
    4,
    plant('oauth-code', 'osrm-referer-dispatch-sso-callback-code', 'warning', `${WHY.code} The dispatch board loads its first route right after sign-in, so the Referer osrm-routed writes is the SSO callback page with \`code\` and \`state\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { uri: `/route/v1/driving/${coord()};${coord()}?overview=simplified`, ua: rng.pick(BROWSERS), ref: `https://dispatch.${TW}/sso/callback?code=${code}&state=${rng.b64url(22)}`, ip: publicIp(rng) } };
    }),
    4,
    plant('embed-jwt', 'osrm-referer-customer-tracking-embed-120s', 'warning', "A retailer's order page embeds the live delivery map (`/track/embed/<JWT>`), and the map's route request carries it as the Referer; a 120 s token without a jti, logged at the container's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { iss: `https://track.${TW}`, parcel: `TW${digits(rng, 10)}`, retailer: 'oakfield-home' } });
      return { value: token, jwt: facts, event: { uri: `/route/v1/driving/${coord()};${coord()}?overview=full&geometries=geojson`, ua: rng.pick(BROWSERS), ref: `https://track.${TW}/track/embed/${token}`, ip: publicIp(rng) } };
    }),
    4,
    plant('api-key-name', 'osrm-request-query-fleet-key-400', 'error', `${WHY.apiKey('fleet_key')} A subcontractor's app sends it on every routing call; osrm-routed rejects the unknown option (400) and still writes the whole query.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { uri: `/route/v1/driving/${coord()};${coord()}?overview=false&fleet_key=${key}`, ua: 'Dart/3.9 (dart:io)', status: 400, ip: publicIp(rng) } };
    }),
    4,
    plant('negative', 'osrm-cache-buster', 'none', 'A cache buster (`_=<epoch ms>`) the board adds to every tile and route request: a timestamp, no credential.', ({ rng }) => {
      const v = String(DAY0 + 9 * HOUR + rng.int(0, 3600000));
      return { value: `_=${v}`, event: { uri: `/route/v1/driving/${coord()};${coord()}?overview=false&_=${v}`, ua: rng.pick(BROWSERS), ref: `https://dispatch.${TW}/board/depot-filton`, ip: publicIp(rng) } };
    }),
    4,
    plant('path-secret', 'osrm-referer-customer-tracking-link', 'error', "A customer opens the tracking link of an SMS (`/t/<token>`); the page's route request carries it as the Referer. The link shows the recipient's address and the driver's live position until the parcel is delivered.", ({ rng }) => {
      const tok = rng.b64url(22);
      return { value: tok, event: { uri: `/route/v1/driving/${coord()};${coord()}?overview=full`, ua: rng.pick(BROWSERS), ref: `https://track.${TW}/t/${tok}`, ip: publicIp(rng) } };
    }),
    4,
    plant('id-token', 'osrm-request-query-id-token-400', 'error', "A partner's driver app appends the user's ID token to every API call (`id_token=<JWT>`); osrm-routed rejects the option (400) and writes the query at the container's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://login.${TW}`, aud: 'driver-app', sub: rng.uuid(), name: 'driver-3318' } });
      return { value: token, jwt: facts, event: { uri: `/route/v1/driving/${coord()};${coord()}?steps=true&id_token=${token}`, ua: 'Dart/3.9 (dart:io)', status: 400, ip: publicIp(rng) } };
    }),
    4,
    plant('embed-jwt', 'osrm-referer-depot-wall-embed-1h-jti', 'error', "The depot's wall screen shows an embedded fleet map (`/embed/fleet-wall/<JWT>`) whose route requests carry it as the Referer; a 1 h token with a jti, live at the container's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), jti: true, claims: { iss: `https://dispatch.${TW}`, depot: 'avonmouth', view: 'fleet-wall' } });
      return { value: token, jwt: facts, event: { uri: `/route/v1/driving/${coord()};${coord()}?overview=simplified`, ua: 'Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36', ref: `https://dispatch.${TW}/embed/fleet-wall/${token}`, ip: lan(rng, '10.62') } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'osrm' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// valhalla.log: valhalla_service 3.5 under systemd's file output (server in UTC): `yyyy/MM/dd HH:mm:ss.uuuuuu` then the
// request line as prime_server writes it, `[INFO]`/`[WARN]`/`[ANALYTICS]` lines of loki, thor and odin, and the response
// status and size. A 400 writes the request's JSON again in the warning. From memory (Valhalla's logging and
// prime_server's http log), not fetched.

function valhallaLog(rng) {
  const stamp = (t) => { const l = local(t, 0); return `${l.slice(0, 4)}/${l.slice(5, 7)}/${l.slice(8, 10)} ${l.slice(11, 23)}${digits(rng, 3)}`; };
  const render = (e) => e.vl.map((x, i) => `${stamp(e.t + i * 4)} ${x}`);
  const loc = () => ({ lat: +(51.4 + rng.int(0, 900) / 1000).toFixed(5), lon: +(-2.5 - rng.int(0, 900) / 1000).toFixed(5) });
  let n = 1800;
  const ok = (uri, bytes) => { n += 1; return [`GET ${uri} HTTP/1.1`, `[INFO] Got Loki Request ${n}`, `[ANALYTICS] locations_count::2`, `[INFO] Got Thor Request ${n}`, `[ANALYTICS] travel_mode::0`, `200 ${bytes}`]; };
  const q = (o) => encodeURIComponent(JSON.stringify(o));
  const filler = (rng) =>
    rng.pick([
      () => ({ vl: ok(`/route?json=${q({ locations: [loc(), loc()], costing: 'truck', units: 'miles' })}`, rng.int(2000, 40000)) }),
      () => ({ vl: ok(`/isochrone?json=${q({ locations: [loc()], costing: 'auto', contours: [{ time: 15 }, { time: 30 }] })}`, rng.int(2000, 40000)) }),
      () => ({ vl: [`GET /status HTTP/1.1`, `200 ${rng.int(200, 400)}`] }),
      () => ({ vl: [`[WARN] Tile extract expired, using /data/valhalla/tiles.tar (${rng.int(2, 9)} days old)`] }),
    ])();
  const steps = [
    { raw: { vl: ['[INFO] Tile extract successfully loaded with tile count: 48211', '[INFO] Listening on tcp://*:8002', '[INFO] Using 8 worker threads'] }, after: 0 },
    4,
    plant('negative', 'valhalla-encoded-polyline6-shape', 'none', "A `trace_route` request's `encoded_polyline` (Google's polyline algorithm at 6 digits of precision): a compressed list of coordinates, no credential.", ({ rng }) => {
      const poly = `${rng.chars('_`abcdefghijklmnopqrstuvwxyz{|}~?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^', 90)}`;
      return { value: poly, event: { vl: [`POST /trace_route HTTP/1.1`, `[INFO] Got Loki Request ${++n}`, `[ANALYTICS] shape_size::418 encoded_polyline=${poly}`, '200 18231'] } };
    }),
    4,
    plant('encoded', 'valhalla-json-query-percent-encoded-partner-key', 'error', "A dispatch script puts the partner portal's key into the routing request's JSON (`\"partner_key\":\"…\"`), which travels percent-encoded in `json=`; prime_server writes the request line as it came (`%22partner_key%22%3A%22<key>%22`).", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { vl: ok(`/route?json=${q({ locations: [loc(), loc()], costing: 'truck', partner_key: key, id: 'tw-run-' + digits(rng, 5) })}`, rng.int(2000, 40000)) } };
    }),
    4,
    plant('api-key-name', 'valhalla-isochrone-api-key', 'error', `${WHY.apiKey('api_key')} A hosted-routing client library adds it to every call; pointed at the depot's own Valhalla, it sends the vendor key in the query, which the request line keeps.`, ({ rng }) => {
      const key = `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
      return { value: key, event: { vl: ok(`/isochrone?json=${q({ locations: [loc()], costing: 'bicycle', contours: [{ time: 20 }] })}&api_key=${key}`, rng.int(2000, 40000)) } };
    }),
    4,
    plant('negative', 'valhalla-request-id-field', 'none', 'The `id` a client puts in its routing request, echoed by Valhalla (`tw-run-…`): a job reference, no credential.', ({ rng }) => {
      const id = `tw-run-${digits(rng, 5)}-${rng.hex(8)}`;
      return { value: id, event: { vl: ok(`/route?json=${q({ locations: [loc(), loc()], costing: 'truck', id })}`, rng.int(2000, 40000)) } };
    }),
    4,
    plant('session-id', 'valhalla-400-json-echo-connect-sid', 'error', WHY.session("The dispatch board's old proxy forwards its own express-session cookie value into the JSON body (`\"session\":\"s:<id>.<sig>\"`); Valhalla rejects the request (400) and writes the request line (the JSON percent-encoded), then the JSON again, decoded, in its warning"), ({ rng }) => {
      const core = `${rng.b64url(32)}.${rng.b64url(43)}`;
      const body = { locations: [loc()], costing: 'truck', session: `s:${core}` };
      return { value: core, event: { vl: [`GET /route?json=${q(body)} HTTP/1.1`, `[WARN] 400::Insufficiently specified required parameter 'locations' request_id=${++n}: ${JSON.stringify(body)}`, '400 112'] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'valhalla' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// elastic-apm.log: the Elastic APM Java agent 1.52's own log file (`log_file=/var/log/tidewell/elastic-apm.log`,
// `log_level=TRACE`), one ECS JSON object a line (`@timestamp` in UTC with `Z`, `log.level`, `message`, `ecs.version`,
// `process.thread.name`, `log.logger`); at TRACE the reporter writes each serialized event into `message`, so the
// captured request (`context.request`: url, headers, cookies, body with `capture_body=all`) appears as escaped JSON,
// sanitized by `sanitize_field_names` (`[REDACTED]`).
// https://www.elastic.co/guide/en/apm/agent/java/current/config-logging.html (read through search: `log_file`,
// `log_level`, newline-delimited JSON when logging to a file); the messages and payload layout from memory.

function elasticApmLog(rng) {
  const render = (e) => e.ap.map(([lvl, thread, logger, msg]) => JSON.stringify({ '@timestamp': iso(e.t), 'log.level': lvl, message: msg, 'ecs.version': '1.2.0', 'service.name': 'dispatch-api', 'event.dataset': 'dispatch-api.apm-agent', 'process.thread.name': thread, 'log.logger': logger }));
  const exec = () => `http-nio-8080-exec-${rng.int(1, 12)}`;
  const TR = 'co.elastic.apm.agent.impl.ElasticApmTracer';
  const RP = 'co.elastic.apm.agent.report.IntakeV2ReportingEventHandler';
  const tx = (req) => `Serialized event: ${JSON.stringify({ transaction: { id: rng.hex(16), trace_id: rng.hex(32), name: req.name, type: 'request', duration: rng.int(3, 900) + 0.123, result: 'HTTP 2xx', context: { request: { method: req.method ?? 'GET', url: { protocol: 'https', hostname: `api.${TW}`, pathname: req.path, search: req.search ?? undefined, full: `https://api.${TW}${req.path}${req.search ? `?${req.search}` : ''}` }, headers: req.headers ?? { 'user-agent': 'okhttp/5.3.2', accept: 'application/json' }, cookies: req.cookies ?? undefined, body: req.body ?? undefined }, response: { status_code: req.status ?? 200 } } } })}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ap: [['DEBUG', exec(), TR, `startTransaction '' 00-${rng.hex(32)}-${rng.hex(16)}-01 {`]] }),
      () => ({ ap: [['DEBUG', exec(), TR, `endTransaction 'RunsController#${rng.pick(['list', 'show', 'assign'])}' 00-${rng.hex(32)}-${rng.hex(16)}-01`]] }),
      () => ({ ap: [['DEBUG', 'elastic-apm-server-reporter', RP, `Receiving ${rng.pick(['TRANSACTION', 'SPAN', 'METRICSET'])} event (sequence ${rng.int(1000, 90000)})`]] }),
      () => ({ ap: [['DEBUG', 'elastic-apm-server-reporter', 'co.elastic.apm.agent.report.AbstractIntakeApiHandler', `Flushing ${rng.int(2000, 90000)} uncompressed ${rng.int(300, 9000)} compressed bytes`]] }),
      () => ({ ap: [['DEBUG', 'elastic-apm-remote-config-poller', 'co.elastic.apm.agent.configuration.ApmServerConfigurationSource', 'Configuration did not change']] }),
    ])();
  const steps = [
    { raw: { ap: [['INFO', 'main', 'co.elastic.apm.agent.configuration.StartupInfo', 'Starting Elastic APM 1.52.0 as dispatch-api (1.18.4) on Java 21.0.8 Runtime version: 21.0.8+9-LTS VM version: 21.0.8+9-LTS (Eclipse Adoptium) Linux 6.8.0-1019-aws'], ['INFO', 'main', 'co.elastic.apm.agent.configuration.StartupInfo', "capture_body: 'all' (source: Environment Variables)"], ['INFO', 'main', 'co.elastic.apm.agent.configuration.StartupInfo', "log_level: 'TRACE' (source: Environment Variables)"]] }, after: 0 },
    plant('framework-dump', 'elastic-apm-startup-info-server-url-userinfo', 'error', "At start-up the agent writes every configured option with its source; `secret_token` and `api_key` are masked, but the APM Server behind a proxy was configured with Basic credentials in the URL (`server_urls: 'https://apm-ingest:<password>@…'`), which the dump keeps.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { ap: [['INFO', 'main', 'co.elastic.apm.agent.configuration.StartupInfo', `server_urls: 'https://apm-ingest:${pw}@apm.${TW}:8200' (source: Environment Variables)`], ['INFO', 'main', 'co.elastic.apm.agent.configuration.StartupInfo', "secret_token: 'XXXX' (source: Environment Variables)"]] } };
    }, { after: 0 }),
    3,
    plant('negative', 'elastic-apm-sanitized-authorization-redacted', 'none', "The agent's own sanitizing: `\"authorization\":\"[REDACTED]\"` in a captured request (`sanitize_field_names` includes `*auth*`): no credential.", () => ({ value: '[REDACTED]', event: { ap: [['TRACE', 'elastic-apm-server-reporter', RP, tx({ name: 'RunsController#list', path: '/v2/runs', search: 'depot=filton', headers: { 'user-agent': 'okhttp/5.3.2', authorization: '[REDACTED]' } })]] } })),
    4,
    plant('path-secret', 'elastic-apm-serialized-url-pod-sign-link', 'error', "The proof-of-delivery signing page (`/pod/sign/<token>`) a driver's handset opens for the recipient; the agent captures the request URL (`pathname` and `full`, never sanitized) in the serialized transaction: whoever has the link signs for the parcel until it is used.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ap: [['TRACE', 'elastic-apm-server-reporter', RP, tx({ name: 'PodController#sign', path: `/pod/sign/${tok}` })]] } };
    }),
    4,
    plant('header-dump', 'elastic-apm-captured-custom-header-x-depot-pass', 'error', "The depot gates' controller authenticates with a custom header (`x-depot-pass`) whose name matches none of `sanitize_field_names` (`*pass*` is not a default, only `password`), so the captured headers keep it in clear.", ({ rng }) => {
      const v = rng.alnum(28);
      return { value: v, event: { ap: [['TRACE', 'elastic-apm-server-reporter', RP, tx({ name: 'GateController#open', method: 'POST', path: '/v2/gates/avonmouth-3/open', headers: { 'user-agent': 'GateCtl/4.1', 'x-depot-pass': v, 'content-type': 'application/json' } })]] } };
    }),
    4,
    plant('negative', 'elastic-apm-trace-id', 'none', 'A W3C trace id in the tracer\'s debug line: an identifier, no credential.', ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { ap: [['DEBUG', exec(), TR, `startTransaction 'PodController#show' 00-${id}-${rng.hex(16)}-01 {`]] } };
    }),
    4,
    plant('id-token', 'elastic-apm-captured-body-gis-credential', 'error', "Google Identity Services posts the ID token to the login URI as a form field named `credential`, which matches none of the sanitized names, so `capture_body=all` keeps it in the serialized transaction; logged at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 40), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'ops.lead@example.net', email_verified: true } });
      return { value: token, jwt: facts, event: { ap: [['TRACE', 'elastic-apm-server-reporter', RP, tx({ name: 'LoginController#google', method: 'POST', path: '/login/google', headers: { 'user-agent': rng.pick(BROWSERS), 'content-type': 'application/x-www-form-urlencoded' }, body: `credential=${token}&g_state=${rng.b64url(18)}` })]] } };
    }),
    4,
    plant('refresh-token', 'elastic-apm-captured-body-rt-refresh-jwt', 'error', `${WHY.refresh} The driver app sends its refresh JWT as \`{"rt":"<JWT>"}\` to \`/auth/renew\`; \`rt\` matches none of the sanitized names, so the captured body keeps it (30 d, jti, live at the line's UTC time).`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 30 * 86400, age: rng.int(86400, 86400 * 9), jti: true, claims: { iss: `https://login.${TW}`, sub: rng.uuid(), typ: 'Refresh', azp: 'driver-app' } });
      return { value: token, jwt: facts, event: { ap: [['TRACE', 'elastic-apm-server-reporter', RP, tx({ name: 'AuthController#renew', method: 'POST', path: '/auth/renew', headers: { 'user-agent': 'okhttp/5.3.2', 'content-type': 'application/json' }, body: JSON.stringify({ rt: token, device: `hh-${digits(rng, 4)}` }) })]] } };
    }),
    4,
    plant('embed-jwt', 'elastic-apm-serialized-url-embed-eta-no-exp', 'error', "The ETA widget retailers embed (`/embed/eta/<JWT>`) is served by the dispatch API; the agent captures its URL. The token has no `exp`; logged at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { iss: `https://api.${TW}`, retailer: 'harbourside-books', widget: 'eta' } });
      return { value: token, jwt: facts, event: { ap: [['TRACE', 'elastic-apm-server-reporter', RP, tx({ name: 'EmbedController#eta', path: `/embed/eta/${token}` })]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 20 * MIN, site: { host: 'dispatch-api' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// syncthing.log: Syncthing 2.0 on the office NAS with `--log-file` and `STTRACE=api` (local time, BST, no zone): one line a
// message, `yyyy-MM-dd HH:mm:ss <INF|WRN|DBG> <message> (<key=value …> log.pkg=<package>)`. Syncthing's log formatting
// (internal/slogutil, read through search: timestamp, level string, message); the messages and attributes from memory.

function syncthingLog(rng) {
  const render = (e) => e.st.map(([lvl, msg]) => `${ymdHmsAt(e.t, BST)} ${lvl} ${msg}`);
  const nas = deviceId(rng);
  const peers = [deviceId(rng), deviceId(rng), deviceId(rng)];
  const short = (d) => d.slice(0, 7);
  const filler = (rng) =>
    rng.pick([
      () => ({ st: [['INF', `Completed initial scan (folder="Depot manifests" id=tw-manifests-${rng.lowerNum(5)} log.pkg=model)`]] }),
      () => ({ st: [['INF', `Established secure connection (device=${short(rng.pick(peers))} connection.local=10.61.2.20:22000 connection.remote=${publicIp(rng)}:22000 connection.type=tcp-server connection.crypto=TLS1.3-TLS_AES_128_GCM_SHA256 log.pkg=connections)`]] }),
      () => ({ st: [['INF', `Puller: pull completed (folder="Route sheets" files=${rng.int(1, 40)} bytes=${rng.int(1000, 900000)} log.pkg=model)`]] }),
      () => ({ st: [['DBG', `http: GET /rest/db/status?folder=tw-routes-${rng.lowerNum(5)} 200 (remote=10.61.2.${rng.int(30, 90)}:${rng.int(40000, 60000)} log.pkg=api)`]] }),
      () => ({ st: [['WRN', `Failed to exchange Hello messages (device=${short(rng.pick(peers))} address=tcp://${publicIp(rng)}:22000 error="EOF" log.pkg=connections)`]] }),
    ])();
  const steps = [
    { raw: { st: [['INF', `syncthing v2.0.9 "Hafnium Hornet" (go1.25.1 linux-amd64) builder@github.syncthing.net 2027-09-30 10:11:02 UTC (log.pkg=main)`], ['INF', `Calculated our device ID (device=${nas} log.pkg=syncthing)`], ['INF', 'GUI and API listening (address=[::]:8384 log.pkg=api)']] }, after: 0 },
    plant('negative', 'syncthing-peer-device-id', 'none', 'A Syncthing device ID (the SHA-256 of the peer\'s certificate in base32, with Luhn check characters): public by design, exchanged between users to pair devices, no credential.', ({ rng }) => {
      const d = peers[0];
      return { value: d, event: { st: [['INF', `Device ${d} client is "syncthing v2.0.9" named "filton-office" at tcp://${publicIp(rng)}:22000-10.61.2.20:22000/tcp-server/TLS1.3-TLS_AES_128_GCM_SHA256/WAN-P20-${upperNum(rng, 26)} (log.pkg=model)`]] } };
    }),
    4,
    plant('api-key-name', 'syncthing-private-relay-uri-token', 'error', `${WHY.apiKey('token')} The company runs a private relay (strelaysrv started with \`-token\`), and each client's listen address carries it (\`relay://…/?id=…&token=<token>\`); Syncthing writes the URI when it joins the relay.`, ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { st: [['INF', `Joined relay (uri=relay://relay.${TW}:22067/?id=${deviceId(rng)}&token=${tok}&networkTimeout=2m0s&pingInterval=1m0s log.pkg=relay/client)`]] } };
    }),
    4,
    plant('header-dump', 'syncthing-sttrace-api-x-api-key', 'error', "With `STTRACE=api` the GUI's handler writes a rejected REST call with the `X-API-Key` header a monitoring script sent: Syncthing's REST API key, full control of the device.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { st: [['DBG', `http: GET /rest/system/status 403 (remote=10.61.2.71:${rng.int(40000, 60000)} header.X-API-Key=${key} reason="CSRF or API key mismatch" log.pkg=api)`]] } };
    }),
    4,
    plant('negative', 'syncthing-folder-id', 'none', 'A folder ID (`xxxxx-xxxxx`, chosen at creation): a label, no credential.', ({ rng }) => {
      const id = `${rng.lowerNum(5)}-${rng.lowerNum(5)}`;
      return { value: id, event: { st: [['INF', `Ready to synchronize (folder="POD scans" id=${id} type=receiveonly log.pkg=model)`]] } };
    }),
    4,
    plant('session-id', 'syncthing-sttrace-api-session-cookie', 'error', WHY.session('The GUI\'s session cookie, named after the device (`sessionid-<first five characters>`), written with `STTRACE=api` when a login succeeds'), ({ rng }) => {
      const v = rng.alnum(32);
      return { value: v, event: { st: [['DBG', `Session created (user=ops cookie="sessionid-${nas.slice(0, 5)}=${v}" remote=10.61.2.44 log.pkg=api)`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'nas' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// duplicati-depot-nas.log: a Duplicati 2.1 job's `--log-file` at `--log-file-log-level=Verbose` (local time with its
// offset, `+01`): `yyyy-MM-dd HH:mm:ss +01 - [<Level>-<Source>-<Id>]: <message>`, stack traces on lines of their own.
// https://forum.duplicati.com/t/new-log-system-with-filters/2913 (read through search: the line layout); the message texts
// from memory.

function duplicatiLog(rng) {
  const render = (e) => e.du.map((x) => (typeof x === 'string' ? x : `${ymdHmsAt(e.t, BST)} +01 - [${x[0]}]: ${x[1]}`));
  const vol = (kind) => `duplicati-${kind === 'dlist' ? `20271012T0${rng.int(1, 2)}0000Z` : `${kind[1]}${rng.hex(32)}`}.${kind}.zip.aes`;
  const filler = (rng) =>
    rng.pick([
      () => ({ du: [['Verbose-Duplicati.Library.Main.Operation.Backup.FilePreFilterProcess.FileEntry-CheckFileForChanges', `Checking file for changes /srv/depot/manifests/2027-10/${rng.pick(['avonmouth', 'filton', 'hengrove'])}-${digits(rng, 4)}.pdf, new: False, timestamp changed: True, size changed: ${rng.pick(['True', 'False'])}, metadatachanged: False`]] }),
      () => ({ du: [['Information-Duplicati.Library.Main.BasicResults-BackendEvent', `Backend event: Put - Started: ${vol('dblock')} (${rng.int(10, 50)}.${rng.int(10, 99)} MB)`]] }),
      () => ({ du: [['Information-Duplicati.Library.Main.BasicResults-BackendEvent', `Backend event: Put - Completed: ${vol('dindex')} (${rng.int(10, 90)}.${rng.int(10, 99)} KB)`]] }),
      () => ({ du: [['Verbose-Duplicati.Library.Main.Operation.Backup.FileEnumerationProcess-IncludingPath', `Including path as no filters matched: /srv/depot/pod/${digits(rng, 6)}.jpg`]] }),
    ])();
  const steps = [
    { raw: { du: [['Information-Duplicati.Library.Main.Controller-StartingOperation', 'The operation Backup has started'], ['Information-Duplicati.Library.Main.BasicResults-BackendEvent', 'Backend event: List - Started:  ()'], ['Information-Duplicati.Library.Main.BasicResults-BackendEvent', 'Backend event: List - Completed:  (412 bytes)']] }, after: 0 },
    3,
    plant('negative', 'duplicati-dblock-volume-name', 'none', 'A Duplicati volume name (`duplicati-b<32 hex>.dblock.zip.aes`): a random file name, no credential.', ({ rng }) => {
      const v = `duplicati-b${rng.hex(32)}.dblock.zip.aes`;
      return { value: v, event: { du: [['Information-Duplicati.Library.Main.BasicResults-BackendEvent', `Backend event: Put - Completed: ${v} (49.91 MB)`]] } };
    }),
    4,
    plant('refresh-token', 'duplicati-onedrive-target-url-authid', 'error', `${WHY.refresh} Duplicati's OneDrive backend holds an \`authid\` (\`<id>:<secret>\`, percent-encoded \`%3A\`) with which its OAuth service hands out new access tokens, a refresh credential under another name; a retried upload writes the target URL with it, and the fatal error's exception (its own line, no time) writes it again.`, ({ rng }) => {
      const authid = `${rng.hex(32)}%3A${rng.b64url(40)}`;
      return { value: authid, event: { du: [['Retry-Duplicati.Library.Main.Operation.Backup.BackendUploader-RetryPut', `Operation Put with file ${vol('dblock')} attempt 1 of 5 failed with message: Failed to authorize using the OAuth service: Server error (onedrivev2://Backups/depot-nas?authid=${authid})`], ['Error-Duplicati.Library.Main.Operation.BackupHandler-FatalError', `Fatal error`], `Duplicati.Library.Interface.UserInformationException: Failed to authorize using the OAuth service: Server error (onedrivev2://Backups/depot-nas?authid=${authid})`, '   at Duplicati.Library.OAuthHelper.GetTokenResponseAsync[T](CancellationToken cancelToken)', '   at Duplicati.Library.Main.Operation.BackupHandler.RunAsync(String[] sources, IFilter filter, CancellationToken token)'] } };
    }),
    4,
    plant('webhook', 'duplicati-send-http-tray-webhook-host', 'error', WHY.webhook("A tray.io webhook trigger whose secret is the host name (`https://<uuid>.trayapp.io`), set as `--send-http-json-urls`; Duplicati's report module writes the URL when the post fails"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { du: [['Warning-Duplicati.Library.Modules.Builtin.SendHttpMessage-HttpResponseError', `HTTP Response request failed for: https://${id}.trayapp.io/ and message: The SSL connection could not be established, see inner exception.`]] } };
    }),
    4,
    plant('api-key-name', 'duplicati-send-http-url-report-key', 'error', `${WHY.apiKey('report_key')} The status page's report endpoint takes it in the query (\`--send-http-url\`), and the report module's failure writes it.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { du: [['Warning-Duplicati.Library.Modules.Builtin.SendHttpMessage-HttpResponseError', `HTTP Response request failed for: https://status.${TW}/duplicati/report?job=depot-nas&report_key=${key} and message: Response status code does not indicate success: 502 (Bad Gateway).`]] } };
    }),
    4,
    plant('encoded', 'duplicati-run-script-hex-user-password', 'error', "The `--run-script-after` script prints the NAS share login it mounts with, hex-encoded (`creds=<hex of user:password>`), and Duplicati copies the script's output into the log.", ({ rng }) => {
      const hex = Buffer.from(`svc-backup:${rng.alnum(18)}`).toString('hex');
      return { value: hex, event: { du: [['Information-Duplicati.Library.Modules.Builtin.RunScript-StdOutNotEmpty', `The script "/opt/tidewell/after-backup.sh" reported the following to stdout: remount //nas-02/archive creds=${hex} ok`]] } };
    }),
    4,
    plant('session-id', 'duplicati-webserver-rejected-cookie-session-auth', 'error', WHY.session("Duplicati's web server logs a rejected API call with its `Cookie` header, `session-auth=` included (the UI's login session)"), ({ rng }) => {
      const v = rng.b64url(43);
      return { value: v, event: { du: [['Warning-Duplicati.Server.WebServer.AuthenticationHandler-XsrfFailed', `XSRF token mismatch for POST /api/v1/backup/3/run from 10.61.2.71; Cookie: session-auth=${v}; xsrf-token=${rng.b64url(24)}`]] } };
    }),
    3,
    plant('negative', 'duplicati-volume-hash', 'none', "A volume's SHA-256 in base64 as Duplicati's verification writes it (`Hash: …`): a checksum, no credential.", ({ rng }) => {
      const h = `${rng.b64url(43).replace(/[-_]/g, 'A')}=`;
      return { value: h, event: { du: [['Verbose-Duplicati.Library.Main.Operation.TestHandler-VerifyVolume', `Verified ${vol('dindex')}, Size: 18231, Hash: ${h}`]] } };
    }),
    3,
    { raw: { du: [['Information-Duplicati.Library.Main.Controller-CompletedOperation', 'The operation Backup has completed']] } },
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'nas' }, filler, render, steps });
}

// =====================================================================================================================
// Rezo Sante Nò (Haitian Creole; Cap-Haïtien: EDT, UTC-4)
// =====================================================================================================================

const RS = 'rezosante.example';

// ---------------------------------------------------------------------------------------------------------------------
// Orthanc.log: Orthanc 1.12 started with `--logfile=… --verbose` and `--trace-http` (local time without a year or zone):
// glog's `<L><MMDD> <HH:MM:SS.uuuuuu> <thread> <file>:<line>] (<category>) <message>`, Lua `print()` output, HttpClient
// errors with the URL, the HTTP server's trace of request headers. From memory (Orthanc Book's logging page), not fetched.

function orthancLog(rng) {
  const stamp = (t) => { const l = local(t, HT); return `${l.slice(5, 7)}${l.slice(8, 10)} ${l.slice(11, 23)}${digits(rng, 3)}`; };
  const render = (e) => e.or.map(([L, th, where, cat, msg], i) => `${L}${stamp(e.t + i * 3)} ${th.padStart(7)} ${where}] (${cat}) ${msg}`);
  const oid = () => `${rng.hex(8)}-${rng.hex(8)}-${rng.hex(8)}-${rng.hex(8)}-${rng.hex(8)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ or: [['I', `HTTP-${rng.int(0, 9)}`, 'HttpServer.cpp:1256', 'http', `GET /instances/${oid()}/preview`]] }),
      () => ({ or: [['I', `DICOM-${rng.int(1, 4)}`, 'StoreScp.cpp:291', 'dicom', `Incoming Store request from AET RADYOLOJI-${rng.int(1, 3)} on IP 10.72.1.${rng.int(10, 40)}, calling AET ORTHANC`]] }),
      () => ({ or: [['I', 'JOBS', 'JobsEngine.cpp:97', 'jobs', `Job has completed with success: ${rng.uuid()}`]] }),
      () => ({ or: [['I', `HTTP-${rng.int(0, 9)}`, 'HttpServer.cpp:1256', 'http', `POST /tools/find`]] }),
      () => ({ or: [['W', 'MAIN', 'ServerIndex.cpp:412', 'generic', `Maximum storage size reached at ${rng.int(80, 95)}%, recycling old patients`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'orthanc-instance-identifier', 'none', "Orthanc's identifier of an instance (a SHA-1 of the DICOM UIDs in five groups of eight hex digits): an identifier, no credential.", ({ rng }) => {
      const id = oid();
      return { value: id, event: { or: [['I', 'MAIN', 'ServerContext.cpp:678', 'generic', `New instance stored: ${id}`]] } };
    }),
    4,
    plant('header-dump', 'orthanc-trace-http-header-authorization-basic', 'error', "With `--trace-http` Orthanc writes every request header, the viewer's `Authorization: Basic <base64>` (the reading room's Orthanc login) included.", ({ rng }) => {
      const b = b64Of(`sal-lekti:${rng.alnum(16)}`);
      return { value: b, event: { or: [['T', `HTTP-${rng.int(0, 9)}`, 'HttpServer.cpp:1049', 'http', `HTTP header: [authorization]: [Basic ${b}]`]] } };
    }),
    4,
    plant('api-key-name', 'orthanc-lua-httpget-failure-kle', 'error', `${WHY.apiKey('kle')} ("key") The Lua script reports each stable study to the ministry's registry with \`HttpGet\`; HttpClient writes the URL at trace before the call and again in its error.`, ({ rng }) => {
      const key = rng.alnum(32);
      const url = `https://rejis.sante.example/api/etid?kle=${key}&sant=CAP-02`;
      return { value: key, event: { or: [['T', 'LUA', 'HttpClient.cpp:847', 'http', `HTTP GET request to: ${url}`], ['E', 'LUA', 'HttpClient.cpp:1061', 'http', `Error in HTTP request, received HTTP status 401 (Unauthorized) for URL: ${url}`]] } };
    }),
    4,
    plant('webhook', 'orthanc-lua-print-spike-webhook', 'error', WHY.webhook('A Spike.sh integration webhook (`hooks.spike.sh/<token>/push-events`) the Lua script alerts on-call staff through; the script prints the URL before posting ("Voye alèt bay …")'), ({ rng }) => {
      const tok = rng.hex(24);
      return { value: tok, event: { or: [['W', 'LUA', 'LuaContext.cpp:103', 'lua', `Lua says: Voye alèt bay https://hooks.spike.sh/${tok}/push-events (etid san rapò depi 2 è)`]] } };
    }),
    4,
    plant('path-secret', 'orthanc-oe2-share-token-landing', 'error', "A doctor opens a study shared from Orthanc Explorer 2 (`/ui/app/token-landing.html?token=<token>`), an opaque share token the authorization plugin resolves; `--verbose` writes the request: the link opens the patient's images until it expires.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { or: [['I', `HTTP-${rng.int(0, 9)}`, 'HttpServer.cpp:1256', 'http', `GET /ui/app/token-landing.html?token=${tok}`]] } };
    }),
    4,
    plant('refresh-token', 'orthanc-lua-print-token-response', 'error', `${WHY.refresh} The Lua script renews its DICOMweb token and prints the answer ("Nouvo jeton:") with \`print(DumpJson(…))\`.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { or: [['W', 'LUA', 'LuaContext.cpp:103', 'lua', `Lua says: Nouvo jeton: {"access_token":"${rng.b64url(40)}","expires_in":300,"refresh_token":"${rt}","token_type":"Bearer"}`]] } };
    }),
    4,
    plant('encoded', 'orthanc-httpclient-url-base64-json-modpas', 'error', "The registry's legacy endpoint takes its login as base64 JSON in the query (`?d=<base64 of {\"itilizatè\":…,\"modpas\":…}>`, \"user\", \"password\"); HttpClient's error writes the URL.", ({ rng }) => {
      const d = b64Of(JSON.stringify({ itilizatè: 'orthanc-cap02', modpas: rng.alnum(16), sant: 'CAP-02' }));
      return { value: d, event: { or: [['E', 'LUA', 'HttpClient.cpp:1061', 'http', `Error in HTTP request, received HTTP status 500 (Internal Server Error) for URL: https://rejis.sante.example/ansyen/api?d=${d}`]] } };
    }),
    4,
    plant('negative', 'orthanc-study-instance-uid', 'none', 'A DICOM StudyInstanceUID (dotted digits under the modality vendor\'s root): an identifier, no credential.', ({ rng }) => {
      const uid = `1.2.840.113619.2.${rng.int(100, 999)}.${digits(rng, 8)}.${digits(rng, 10)}.${rng.int(1, 999)}`;
      return { value: uid, event: { or: [['I', 'LUA', 'LuaContext.cpp:103', 'lua', `Lua says: Etid estab: ${uid} (CT, 412 imaj)`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'orthanc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// senaite-instance.log: the Zope event log of SENAITE LIMS 2.6 on Plone 5.2 under waitress (local time, no zone):
// `yyyy-mm-dd HH:MM:SS,mmm <LEVEL, 7 wide> [<logger>:<line>][<thread>] <message>`; SiteErrorLog entries as
// `<entry id> <URL>` followed by `Traceback (innermost last):` and its frames. From memory (Plone's logging docs), not
// fetched.

function senaiteLog(rng) {
  const render = (e) => e.sn.map((x) => (typeof x === 'string' ? x : `${ymdHmsAt(e.t, HT)},${msPart(e.t)} ${x[0].padEnd(7)} [${x[1]}][waitress-${x[2] ?? rng.int(0, 3)}] ${x[3]}`));
  const entry = (t) => `${Math.floor(t / 1000)}.${rng.int(1000, 9999)}${rng.int(0, 9)}.${digits(rng, 16)}`;
  const tb = (err) => ['Traceback (innermost last):', '  Module ZPublisher.WSGIPublisher, line 181, in transaction_pubevents', '  Module ZPublisher.WSGIPublisher, line 391, in publish_module', '  Module ZPublisher.WSGIPublisher, line 285, in publish', '  Module ZPublisher.mapply, line 85, in mapply', '  Module ZPublisher.WSGIPublisher, line 68, in call_object', err];
  const filler = (rng) =>
    rng.pick([
      () => ({ sn: [['INFO', 'senaite.core:182', undefined, `Rezilta soumèt: WB-${digits(rng, 5)} analiz=${rng.pick(['Glikoz', 'Emoglobin', 'Kreyatinin', 'VIH-Rapid'])} pa tekniksyen-${rng.int(1, 9)}`]] }),
      () => ({ sn: [['INFO', 'senaite.queue:97', undefined, `[QUEUE] Task done: workflow_action_submit (${rng.int(2, 40)} objects in ${(rng.int(10, 900) / 100).toFixed(2)}s)`]] }),
      () => ({ sn: [['WARNING', 'senaite.core:311', undefined, `Enstriman ${rng.pick(['Cobas-c111', 'Sysmex-XN'])}: rezilta enpòte san echantiyon (${rng.int(1, 4)})`]] }),
      () => ({ sn: [['INFO', 'Zope:42', 0, `Ready to handle requests`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'senaite-plone-protect-authenticator', 'none', "plone.protect's `_authenticator` (an HMAC the form carries against CSRF): a CSRF token, no credential.", ({ rng }) => {
      const a = rng.hex(40);
      return { value: a, event: { sn: [['WARNING', 'plone.protect:221', undefined, `aborting transaction due to no CSRF protection on url http://lims.${RS}/clients/client-4/workflow_action?workflow_action=publish&_authenticator=${a}`]] } };
    }),
    4,
    plant('path-secret', 'senaite-siteerrorlog-url-passwordreset', 'error', "A lab client's password reset link (`/passwordreset/<key>?userid=…`, Products.PasswordResetTool) fails on an expired form and SiteErrorLog writes the URL: the link sets the account's password until it is used or expires.", ({ rng, t }) => {
      const key = rng.hex(32);
      return { value: key, event: { sn: [['ERROR', 'Zope.SiteErrorLog:252', undefined, `${entry(t)} http://lims.${RS}/passwordreset/${key}?userid=klinik-limbe`], ...tb('KeyError: \'form.submitted\'')] } };
    }),
    4,
    plant('oauth-code', 'senaite-siteerrorlog-url-authomatic-callback', 'warning', `${WHY.code} The staff sign-in (pas.plugins.authomatic) fails on its callback and SiteErrorLog writes the URL with \`code\` and \`state\`.`, ({ rng, t }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: encodeURIComponent(code), event: { sn: [['ERROR', 'Zope.SiteErrorLog:252', undefined, `${entry(t)} http://lims.${RS}/authomatic-handler/google?code=${encodeURIComponent(code)}&state=${rng.b64url(24)}&scope=email+openid`], ...tb('authomatic.exceptions.FailureError: Failed to obtain OAuth 2.0 access token from https://oauth2.googleapis.com/token! HTTP status: 400')] } };
    }),
    4,
    plant('framework-dump', 'senaite-jsonapi-debug-request-form-dict', 'error', "senaite.jsonapi logs the request form at DEBUG as a Python dict (`request.form={'__ac_name': …, '__ac_password': …}`): the instrument interface's login password.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { sn: [['DEBUG', 'senaite.jsonapi:64', undefined, `::: router.login request.form={'__ac_name': 'enstriman-cobas', '__ac_password': '${pw}', 'came_from': ''}`]] } };
    }),
    4,
    plant('negative', 'senaite-siteerrorlog-entry-id', 'none', "SiteErrorLog's entry id (`<epoch>.<n>.<16 digits>`), which the error page shows the user: an identifier, no credential.", ({ rng, t }) => {
      const id = entry(t);
      return { value: id, event: { sn: [['ERROR', 'Zope.SiteErrorLog:252', undefined, `${id} http://lims.${RS}/samples/WB-${digits(rng, 5)}/base_view`], ...tb('NotFound: Echantiyon pa jwenn')] } };
    }),
    4,
    plant('session-id', 'senaite-debug-http-cookie-ac-ticket', 'error', WHY.session("A debug view the lab's integrator left on logs the request's cookies; `__ac` is plone.session's signed login ticket"), ({ rng }) => {
      const ac = `"${b64Of(`${rng.hex(40)}${rng.hex(8)}enstriman-cobas!`)}"`;
      return { value: ac, event: { sn: [['INFO', 'rezosante.lims.debug:23', undefined, `HTTP_COOKIE: I18N_LANGUAGE="fr"; __ac=${ac}; _ZopeId="${digits(rng, 8)}A${rng.alnum(8)}"`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'lims' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openmrs.log: OpenMRS Platform 2.7 in Tomcat, its default layout `%p - %C{1}.%M(%L) |%d{ISO8601}| %m%n` (local time, no
// zone), stack traces on their own lines. The layout read through search (OpenMRS' `GP_LOG_LAYOUT` default in
// openmrs-core); the messages from memory.

function openmrsLog(rng) {
  const stamp = (t) => `${local(t, HT).slice(0, 19)},${msPart(t)}`;
  const render = (e) => e.om.map((x) => (typeof x === 'string' ? x : `${x[0]} - ${x[1]} |${stamp(e.t)}| ${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ om: [['INFO', 'LoggingAdvice.invoke(156)', `In method PatientService.savePatient. Arguments: Patient=Patient#${rng.int(1000, 90000)}`]] }),
      () => ({ om: [['INFO', 'TimerSchedulerTask.execute(56)', `Running task: ${rng.pick(['Auto Close Visits Task', 'Process HL7 Task', 'Send Randevou Reminders'])}`]] }),
      () => ({ om: [['WARN', 'RequireTag.doStartTag(93)', `Privilege 'Get Patients' pa akòde pou itilizatè ${rng.pick(['resepsyon-2', 'enfimye-4'])}`]] }),
      () => ({ om: [['INFO', 'ConceptServiceImpl.updateConceptIndex(1270)', `Concept index updated in ${rng.int(10, 900)} ms`]] }),
    ])();
  const steps = [
    { raw: { om: [['INFO', 'Listener.contextInitialized(187)', 'Starting the OpenMRS webapp'], ['INFO', 'ModuleFactory.startModule(1041)', 'Started module: webservices.rest (2.44.0)'], ['INFO', 'ModuleFactory.startModule(1041)', 'Started module: oauth2login (1.6.0)']] }, after: 0 },
    4,
    plant('negative', 'openmrs-owasp-csrfguard-token', 'none', "OWASP CSRFGuard's token (`OWASP-CSRFTOKEN=…`) in a logged form action: a CSRF token, no credential.", ({ rng }) => {
      const v = `${upperNum(rng, 4)}-${upperNum(rng, 4)}-${upperNum(rng, 4)}-${upperNum(rng, 4)}-${upperNum(rng, 4)}-${upperNum(rng, 4)}-${upperNum(rng, 4)}-${upperNum(rng, 4)}`;
      return { value: v, event: { om: [['WARN', 'CsrfGuard.log(110)', `potential cross-site request forgery (CSRF) attack thwarted (user:resepsyon-2, ip:10.72.3.14, method:POST, uri:/openmrs/admin/patients/patient.form, error:required token is missing from the request) form action /openmrs/admin/patients/patient.form?OWASP-CSRFTOKEN=${v}`]] } };
    }),
    4,
    plant('refresh-token', 'openmrs-oauth2login-debug-token-response', 'error', `${WHY.refresh} The oauth2login module logs the identity provider's token answer at DEBUG, \`refresh_token\` included, as a Java map.`, ({ rng }) => {
      const rt = rng.b64url(60);
      return { value: rt, event: { om: [['DEBUG', 'OAuth2IntegrationController.getToken(143)', `Token response: {access_token=${rng.b64url(30)}…, token_type=bearer, refresh_token=${rt}, expires_in=300, scope=openid profile}`]] } };
    }),
    4,
    plant('replay', 'openmrs-lab-results-tike-once', 'note', WHY.ticketFirst('A one-time ticket (`tikè`, "ticket") a patient\'s SMS gives to open their lab results on the portal; the results module logs it with the address it came from. The ticket is'), ({ rng, t }) => {
      const tk = rng.alnum(22);
      firstUse.tike = t;
      return { value: tk, event: { om: [['INFO', 'RezilitaPortalController.ouvri(78)', `Tikè aksepte: tikè=${tk} pasyan=${rng.uuid()} ip=${publicIp(rng)} (Rezilta louvri)`]] } };
    }, { ref: 'tike' }),
    3,
    plant('replay', 'openmrs-lab-results-tike-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('tike').value, why: `${WHY.replay('tikè', gap('tike', t))} A second address opened the results with the same one-time ticket and the module accepted it: it never marked the ticket spent.` }], event: { om: [['INFO', 'RezilitaPortalController.ouvri(78)', `Tikè aksepte: tikè=${refs.get('tike').value} pasyan=${rng.uuid()} ip=198.51.100.207 (Rezilta louvri)`]] } }), { replayOf: 'tike', after: 97 }),
    4,
    plant('api-key-name', 'openmrs-reminder-task-sms-gateway-kle-sms', 'error', `${WHY.apiKey('kle_sms')} The appointment reminder task sends through the SMS gateway with the key in the query, and its exception writes the URL, in the wrapping exception's message and again in its \`Caused by:\` line.`, ({ rng }) => {
      const key = rng.hex(40);
      const url = `https://sms.gateway.example/api/voye?kle_sms=${key}&nimewo=509${digits(rng, 8)}`;
      return { value: key, event: { om: [['ERROR', 'RandevouReminderTask.execute(64)', 'Erè pandan n ap voye rapèl randevou yo'], `org.openmrs.api.APIException: Server returned HTTP response code: 503 for URL: ${url}`, '\tat org.rezosante.randevou.RandevouReminderTask.execute(RandevouReminderTask.java:66)', '\tat org.openmrs.scheduler.tasks.TaskThread.run(TaskThread.java:48)', `Caused by: java.io.IOException: Server returned HTTP response code: 503 for URL: ${url}`, '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2014)', '\tat org.rezosante.randevou.RandevouReminderTask.execute(RandevouReminderTask.java:61)', '\t... 1 more'] } };
    }),
    4,
    plant('negative', 'openmrs-patient-uuid', 'none', "A patient's uuid in a REST log line: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { om: [['INFO', 'LoggingAdvice.invoke(156)', `In method PatientService.getPatientByUuid. Arguments: String=${id}`]] } };
    }),
    4,
    plant('session-id', 'openmrs-session-listener-jsessionid-creole', 'error', WHY.session('A custom session listener logs each new session ("Nouvo sesyon") with its `JSESSIONID`, the user and the address'), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { om: [['INFO', 'SesyonListener.sessionCreated(41)', `Nouvo sesyon: JSESSIONID=${sid} itilizatè=enfimye-4 ip=10.72.3.${rng.int(10, 90)}`]] } };
    }),
    4,
    plant('implicit-fragment', 'openmrs-spa-redirect-location-fragment', 'error', "The oauth2login module warns about a redirect it refuses to follow and writes the `Location`, fragment included (`/openmrs/spa/home#access_token=…`), left by a misconfigured implicit client.", ({ rng }) => {
      const at = rng.b64url(46);
      return { value: at, event: { om: [['WARN', 'OAuth2IntegrationController.handleRedirect(201)', `Redireksyon pa otorize: Location: https://emr.${RS}/openmrs/spa/home#access_token=${at}&token_type=bearer&expires_in=300`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR + 10 * MIN, site: { host: 'openmrs' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dhis.log: a DHIS2 2.41 server's `logs/dhis.log` (local time, no zone): `* <LEVEL, 5 wide> <yyyy-MM-ddTHH:mm:ss,SSS>
// <message> (<Class>.java [<thread>])`, stack traces on their own lines. From memory (DHIS2's installation guide, logging),
// not fetched.

function dhis2Log(rng) {
  const stamp = (t) => `${local(t, HT).slice(0, 19)},${msPart(t)}`;
  const render = (e) => e.dh.map((x) => (typeof x === 'string' ? x : `* ${x[0].padEnd(5)} ${stamp(e.t)} ${x[2]} (${x[1]}.java [${x[3] ?? `taskScheduler-${rng.int(1, 9)}`}])`));
  const uid = () => `${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 1)}${rng.alnum(10)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ dh: [['INFO', 'DefaultAnalyticsTableGenerator', `Analytics table update: Populated analytics_event_${rng.pick(['KORLAB', 'VAKSEN', 'MATENITE'])}_2027 in ${rng.int(2, 90)}.${rng.int(100, 999)} s`]] }),
      () => ({ dh: [['INFO', 'DefaultDataValueSetService', `Data value set import done: imported ${rng.int(0, 400)}, updated ${rng.int(0, 900)}, ignored 0 (org unit ${uid()})`, `http-nio-8080-exec-${rng.int(1, 9)}`]] }),
      () => ({ dh: [['INFO', 'DefaultJobSchedulerLoopService', `Job ${rng.pick(['Sinkwonizasyon tracker', 'Monitoring', 'Resource table'])} (${uid()}) finished in ${rng.int(1, 90)} s`]] }),
      () => ({ dh: [['WARN', 'DefaultDataIntegrityService', `Data integrity: ${rng.int(1, 40)} org units without coordinates`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'dhis2-uid', 'none', 'A DHIS2 UID (11 characters, a letter then letters and digits): an identifier, no credential.', ({ rng }) => {
      const u = uid();
      return { value: u, event: { dh: [['INFO', 'DefaultTrackerImportService', `Tracker import: enrollment ${u} created for program KORLAB`, `http-nio-8080-exec-${rng.int(1, 9)}`]] } };
    }),
    4,
    plant('header-dump', 'dhis2-route-debug-apitoken-header', 'error', "The route module logs the headers it forwards at DEBUG: a personal access token under DHIS2's own scheme (`Authorization: ApiToken d2pat_…`).", ({ rng }) => {
      const pat = `d2pat_${rng.alnum(32)}${digits(rng, 10)}`;
      return { value: pat, event: { dh: [['DEBUG', 'RouteService', `Forwarding GET /api/routes/labo-santral/run/rezilta headers: {Accept=[application/json], Authorization=[ApiToken ${pat}], X-Forwarded-For=[10.72.4.19]}`, `http-nio-8080-exec-${rng.int(1, 9)}`]] } };
    }),
    4,
    plant('webhook', 'dhis2-event-hook-ilert-url', 'error', WHY.webhook('An iLert alert source\'s event URL (`api.ilert.com/api/v1/events/<integration key>`) a DHIS2 event hook posts outbreak alerts to; the hook\'s failure writes the target URL'), ({ rng }) => {
      const key = `il1api${rng.hex(40)}`;
      return { value: key, event: { dh: [['ERROR', 'WebhookHandler', `Event hook "Alèt kolera" failed: POST https://api.ilert.com/api/v1/events/${key} returned 503`]] } };
    }),
    4,
    plant('path-secret', 'dhis2-account-restore-link', 'error', "DHIS2 e-mails an account recovery link (`restore.action?token=<base64 of username:token>`) and the mail sender's failure writes the message body with it. The link sets the account's password until it is used or expires.", ({ rng }) => {
      const tok = b64Of(`enfimye-fortliberte:${rng.alnum(48)}`);
      return { value: tok, event: { dh: [['WARN', 'DefaultEmailMessageSender', `Could not send e-mail to enfimye.fortliberte@example.net: Imèl pa ale. Body: Klike sou lyen sa a pou w refè kont ou: https://dhis2.${RS}/dhis-web-commons/security/restore.action?token=${tok}`]] } };
    }),
    4,
    plant('implicit-fragment', 'dhis2-oauth2-redirect-uri-mismatch-fragment', 'error', "DHIS2's OAuth 2 server rejects a client's redirect and logs the URL the client asked to land on, with a fragment it had already been given (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { dh: [['WARN', 'DhisOAuth2AuthorizationServer', `Redirect URI mismatch for client capture-android-legacy: https://app.${RS}/kaptire/#access_token=${at}&token_type=bearer&expires_in=43199`]] } };
    }),
    4,
    plant('encoded', 'dhis2-login-base64-return-url-kle', 'error', "The login page keeps where to go back to as base64 (`returnUrl=<base64 of a URL>`); the URL inside carries a partner report's key (`kle=`), and DHIS2's warning writes the encoded value.", ({ rng }) => {
      const inner = b64Of(`https://dhis2.${RS}/api/apps/rapo-patnè/index.html?kle=${rng.alnum(32)}&peryod=202709`);
      return { value: inner, event: { dh: [['WARN', 'DefaultLoginController', `Invalid returnUrl after login for user koordonatè-nò: ${inner}`, `http-nio-8080-exec-${rng.int(1, 9)}`]] } };
    }),
    4,
    plant('framework-dump', 'dhis2-sync-job-parameters-tostring-password', 'error', "The metadata sync job logs its settings as a Java object's generated \`toString()\` (\`SyncSettings(remoteServerUrl=…, remoteServerUsername=…, remoteServerPassword=…)\`): the central server's sync account password.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { dh: [['INFO', 'MetadataSyncJob', `Starting metadata sync with SyncSettings(remoteServerUrl=https://dhis2-santral.sante.example, remoteServerUsername=sync-nord, remoteServerPassword=${pw}, versionEnabled=true)`]] } };
    }),
    4,
    plant('negative', 'dhis2-job-id', 'none', "A scheduler job's UID in DHIS2's job log: an identifier, no credential.", ({ rng }) => {
      const u = uid();
      return { value: u, event: { dh: [['INFO', 'JobProgress', `[${u}] Process completed: Sinkwonizasyon metadata (12 stages)`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: 'dhis2' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// seahub.log: Seafile Server 11's `logs/seahub.log` (local time, no zone): `[yyyy-mm-dd HH:MM:SS] [<LEVEL>] <logger>:<line>
// <function> <message>`, Django's `Internal Server Error:` with a traceback. From memory (Seafile's admin manual, logs),
// not fetched.

function seahubLog(rng) {
  const render = (e) => e.sh.map((x) => (typeof x === 'string' ? x : `[${ymdHmsAt(e.t, HT)}] [${x[0]}] ${x[1]} ${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ sh: [['INFO', 'seahub.api2.views:1410', `get Dosye ${rng.pick(['pwotokòl', 'fòmasyon', 'rapò-mansyèl'])} list by ${rng.pick(['dr-joseph', 'mis-pierre', 'admin'])}@${RS}`]] }),
      () => ({ sh: [['WARNING', 'seahub.base.middleware:88', `process_request Telechajman bloke pou ${publicIp(rng)} (twòp demann)`]] }),
      () => ({ sh: [['INFO', 'seahub.share.views:733', `send_shared_link ${rng.int(1, 4)} imèl voye`]] }),
      () => ({ sh: [['DEBUG', 'seahub.thumbnail.utils:204', `generate_thumbnail repo ${rng.uuid()} path /foto/${digits(rng, 5)}.jpg size 256`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'seahub-repo-id', 'none', "A library's repo id (a uuid): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { sh: [['INFO', 'seahub.api2.views:2204', `post repo ${id} created by admin@${RS}`]] } };
    }),
    4,
    plant('path-secret', 'seahub-upload-link-token', 'error', "A clinic receives an upload link (`/u/d/<token>/`) to send scanned consent forms; Seahub's warning about a rejected file writes the link: whoever has it uploads into the library until it expires.", ({ rng }) => {
      const tok = rng.hex(20);
      return { value: tok, event: { sh: [['WARNING', 'seahub.share.views:1120', `upload_file Dosye twò gwo (58 MB) via https://dosye.${RS}/u/d/${tok}/`]] } };
    }),
    4,
    plant('replay', 'seahub-client-login-token-once', 'note', WHY.ticketFirst('The desktop client opens the web UI with a one-time login token (`/client-login/?token=<token>`); Seahub logs it at INFO with the account. The token is'), ({ rng }) => {
      const tok = rng.hex(32);
      return { value: tok, event: { sh: [['INFO', 'seahub.auth.views:402', `client_token_login /client-login/?token=${tok}&next=/library/ itilizatè=mis-pierre@${RS}`]] } };
    }),
    4,
    plant('framework-dump', 'seahub-encrypted-library-querydict-password', 'error', "Setting the password of an encrypted library fails and Seahub's error writes `request.POST` as Django's QueryDict (`<QueryDict: {'password': [...]}>`): the library's encryption password.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { sh: [['ERROR', 'seahub.api2.views:3112', `post Erè: pa ka mete modpas bibliyotèk la, request.POST=<QueryDict: {'password': ['${pw}'], 'repo_name': ['Dosye pasyan VIH']}>`]] } };
    }),
    4,
    plant('negative', 'seahub-file-object-id', 'none', "A file's object id (40 hex digits, the SHA-1 of its content blocks): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(40);
      return { value: id, event: { sh: [['DEBUG', 'seahub.views.file:611', `view_lib_file obj_id ${id} size 1834112`]] } };
    }),
    4,
    plant('session-id', 'seahub-request-cookies-dict-sessionid', 'error', WHY.session("Seahub's middleware logs a blocked request with `request.COOKIES` as a Python dict (`{'sessionid': …, 'csrftoken': …}`)"), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { sh: [['WARNING', 'seahub.base.middleware:131', `process_request IP chanje pandan sesyon an: COOKIES={'sessionid': '${sid}', 'csrftoken': '${rng.alnum(32)}', 'django_language': 'fr'}`]] } };
    }),
    4,
    plant('api-key-name', 'seahub-two-factor-sms-kle-api', 'error', `${WHY.apiKey('kle_api')} Two-factor sign-in sends its code through an SMS gateway with the key in the query; the \`requests\` exception Seahub logs writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { sh: [['ERROR', 'seahub.two_factor.gateways:57', `send_sms Kòd SMS pa ale: HTTPSConnectionPool(host='sms.gateway.example', port=443): Max retries exceeded with url: /api/voye?kle_api=${key}&nimewo=509${digits(rng, 8)} (Caused by ConnectTimeoutError())`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'seafile' }, filler, render, steps });
}

// =====================================================================================================================
// Yipek Yoli Sayahet (Uyghur; Kashgar, on Beijing time: UTC+8)
// =====================================================================================================================

const YY = 'yipekyoli.example';

// ---------------------------------------------------------------------------------------------------------------------
// iobroker.2027-10-12.log: an ioBroker js-controller 6 host's daily log file (local time, no zone):
// `yyyy-MM-dd HH:mm:ss.SSS  - <level>: <instance> (<pid>) <message>`, the javascript adapter's script lines as
// `script.js.<folder>.<script>: <message>`. From memory (ioBroker's log file layout), not fetched.

function ioBrokerLog(rng) {
  const render = (e) => e.ib.map(([lvl, inst, msg]) => `${ymdHmsAt(e.t, CST)}.${msPart(e.t)}  - ${lvl}: ${inst} (${{ 'javascript.0': 2231, 'admin.0': 1877, 'host.yy-ctrl': 1602, 'zigbee.0': 2410, 'mqtt.0': 2398 }[inst] ?? 2500}) ${msg}`);
  const room = () => `${rng.int(1, 4)}0${rng.int(1, 9)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ib: [['info', 'javascript.0', `script.js.xana.issiqliq: ياتاق ${room()} ئىسسىقلىق ${rng.int(18, 24)}°C گە تەڭشەلدى (heating set)`]] }),
      () => ({ ib: [['info', 'zigbee.0', `Zigbee event from device 0x${rng.hex(16)}, incoming event: contact ${rng.pick(['true', 'false'])}`]] }),
      () => ({ ib: [['info', 'host.yy-ctrl', `instance system.adapter.${rng.pick(['shelly.0', 'zigbee.0', 'mqtt.0'])} started with pid ${rng.int(2000, 9000)}`]] }),
      () => ({ ib: [['warn', 'javascript.0', `script.js.xana.deraze: Read-only state "0_userdata.0.xana.${room()}.deraze" has been written without ack-flag with value "true"`]] }),
      () => ({ ib: [['info', 'mqtt.0', `Client [shellyplus1-${rng.hex(12)}] connected with secret ${rng.int(1000000000000, 1999999999999)}_${rng.int(1000, 9999)}`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'iobroker-zigbee-ieee-address', 'none', 'A Zigbee device\'s IEEE address (`0x` and 16 hex digits): a hardware address, no credential.', ({ rng }) => {
      const a = `0x${rng.hex(16)}`;
      return { value: a, event: { ib: [['info', 'zigbee.0', `Interview successful for ${a} (ياتاق ${room()} ئىشىك سېنزورى, door sensor)`]] } };
    }),
    4,
    plant('webhook', 'iobroker-script-serverchan-sendkey', 'error', WHY.webhook('A ServerChan push URL (`sctapi.ftqq.com/<SendKey>.send`) the housekeeping script alerts through; the script logs the URL when the push fails'), ({ rng }) => {
      const key = `SCT${digits(rng, 6)}T${rng.alnum(30)}`;
      return { value: key, event: { ib: [['error', 'javascript.0', `script.js.xana.tazilash: ئۇقتۇرۇش ئەۋەتىلمىدى (push failed) https://sctapi.ftqq.com/${key}.send?title=xana-${room()}: Error: connect ETIMEDOUT`]] } };
    }),
    4,
    plant('api-key-name', 'iobroker-script-booking-sync-achquch', 'error', `${WHY.apiKey('achquch')} ("key") The room-status script pulls the day's arrivals from the booking API with the key in the query, and logs the URL on an error.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { ib: [['warn', 'javascript.0', `script.js.zakaz.kelgüchiler: request failed (502) https://api.${YY}/v1/kelguchiler?mehmanxana=qeshqer-1&achquch=${key}`]] } };
    }),
    4,
    plant('path-secret', 'iobroker-script-guest-door-link', 'error', "The check-in script sends each guest a digital key link (`/ishik/<token>`, \"door\") and logs it: the link opens the room door until check-out.", ({ rng }) => {
      const tok = rng.b64url(26);
      return { value: tok, event: { ib: [['info', 'javascript.0', `script.js.xana.kirish: مېھمانغا ئىشىك ئۇلىنىشى ئەۋەتىلدى (door link sent) xana=${room()} https://ishik.${YY}/ishik/${tok}`]] } };
    }),
    4,
    plant('encoded', 'iobroker-script-node-buffer-user-parol', 'error', "The door-lock bridge script logs the Basic credentials it is about to send as a Node.js Buffer (`<Buffer 71 75 …>`), the hex bytes of `user:parol` (\"password\").", ({ rng }) => {
      const bytes = Buffer.from(`qulup:${rng.alnum(12)}`);
      const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
      return { value: `<Buffer ${hex}>`, event: { ib: [['debug', 'javascript.0', `script.js.xana.qulup: auth <Buffer ${hex}>`]] } };
    }),
    4,
    plant('implicit-fragment', 'iobroker-script-channel-manager-location-fragment', 'error', "The channel-manager sync script logs the redirect its login followed, fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { ib: [['warn', 'javascript.0', `script.js.zakaz.kanal: unexpected redirect https://extranet.channel.example/app/#access_token=${at}&expires_in=3600`]] } };
    }),
    4,
    plant('negative', 'iobroker-installation-uuid', 'none', "ioBroker's installation uuid (`system.meta.uuid`) in the host's start line: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ib: [['info', 'host.yy-ctrl', `ioBroker.js-controller version 6.0.11 js-controller starting, uuid ${id}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'iobroker' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// shelly-debug.log: the UDP debug log of a Shelly Plus 1PM controlling a hotel room's door strike, received with
// `socat -u UDP-RECV:8910 -` into a file: `<device id> <seq> <epoch seconds>.<ms> <level>|<file>:<line> <message>`
// (epoch time, UTC), script output through `print()`. From memory (Shelly's Gen2 API docs, Sys.SetConfig debug.udp), not
// fetched.

function shellyLog(rng) {
  const dev = `shellyplus1pm-${rng.hex(12)}`;
  let seq = rng.int(100, 900);
  const render = (e) => e.sl.map(([lvl, where, msg]) => `${dev} ${seq++} ${Math.floor(e.t / 1000)}.${msPart(e.t)} ${lvl}|${where} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ sl: [['2', 'shelly_notification:164', `Status change of switch:0: {"id":0,"apower":${(rng.int(0, 900) / 10).toFixed(1)}}`]] }),
      () => ({ sl: [['2', 'shos_rpc_inst.c:230', `Switch.GetStatus via MQTT from yy-ctrl`]] }),
      () => ({ sl: [['2', 'shelly_sys.cpp:184', `Sys.GetStatus uptime ${rng.int(10000, 900000)} ram_free ${rng.int(80000, 120000)}`]] }),
      () => ({ sl: [['1', 'shelly_ejs_rpc.cpp:41', `Shelly.call HTTP.GET {"url":"http://10.80.1.2/status"}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'shelly-rpc-src-device-id', 'none', 'The RPC caller\'s `src` (another device\'s id, model and MAC) in the status line: an identifier, no credential.', ({ rng }) => {
      const src = `shellywalldisplay-${rng.hex(12)}`;
      return { value: src, event: { sl: [['2', 'shos_rpc_inst.c:230', `Switch.Set via WS_in from ${src}`]] } };
    }),
    3,
    plant('header-dump', 'shelly-script-print-headers-bearer-jwt', 'error', "The door script prints the request it sends to the booking API, headers included (`\"Authorization\":\"Bearer <JWT>\"`), at the line's epoch (UTC) time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(10, 300), jti: true, claims: { iss: `https://api.${YY}`, sub: `qurulma-${dev.slice(-6)}`, scope: 'xana:ishik' } });
      return { value: token, jwt: facts, event: { sl: [['2', 'shelly_ejs_rpc.cpp:41', `Shelly.call HTTP.Request {"method":"POST","url":"https://api.${YY}/v1/ishik/hadise","headers":{"Authorization":"Bearer ${token}","Content-Type":"application/json"}}`]] } };
    }),
    3,
    plant('replay', 'shelly-http-in-bir-qetimliq-kod-once', 'note', WHY.ticketFirst('A one-time door code (`bir_qetimliq_kod`, "one-time code") the guest\'s phone sends to the room controller\'s script endpoint; the RPC line writes the query and the caller\'s address. The code is'), ({ rng, t }) => {
      const kod = rng.alnum(20);
      firstUse.kod = t;
      return { value: kod, event: { sl: [['2', 'shos_rpc_inst.c:230', `HTTP_in GET /script/1/ishik?bir_qetimliq_kod=${kod} from 10.80.20.41:51833`], ['2', 'shelly_notification:164', 'Status change of switch:0: {"id":0,"output":true,"source":"script"}']] } };
    }, { ref: 'kod' }),
    3,
    plant('replay', 'shelly-http-in-bir-qetimliq-kod-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('kod').value, why: `${WHY.replay('bir_qetimliq_kod', gap('kod', t))} Another device on the guest network sent the same one-time code and the script opened the door again: it does not remember spent codes.` }], event: { sl: [['2', 'shos_rpc_inst.c:230', `HTTP_in GET /script/1/ishik?bir_qetimliq_kod=${refs.get('kod').value} from 10.80.23.117:40210`], ['2', 'shelly_notification:164', 'Status change of switch:0: {"id":0,"output":true,"source":"script"}']] } }), { replayOf: 'kod', after: 43 }),
    3,
    plant('webhook', 'shelly-script-pushplus-token', 'error', WHY.webhook('A PushPlus push URL (`pushplus.plus/send?token=<token>`) the script notifies the front desk through; the HTTP call line writes it'), ({ rng }) => {
      const tok = rng.hex(32);
      return { value: tok, event: { sl: [['1', 'shelly_ejs_rpc.cpp:41', `Shelly.call HTTP.GET {"url":"https://www.pushplus.plus/send?token=${tok}&title=ishik-ochuq&content=xana-204"}`]] } };
    }),
    3,
    plant('id-token', 'shelly-script-print-token-json-id-token', 'error', "The script signs in to the booking API and prints the JSON answer with `print(JSON.stringify(res))`: an `id_token` among its fields, at the line's epoch (UTC) time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 20), alg: 'RS256', kid: rng.hex(16), jti: true, claims: { iss: `https://kirish.${YY}`, aud: 'xana-qurulma', sub: `qurulma-${dev.slice(-6)}` } });
      return { value: token, jwt: facts, event: { sl: [['2', 'shelly_ejs.cpp:189', `script:1 {"token_type":"Bearer","expires_in":3600,"id_token":"${token}"}`]] } };
    }),
    3,
    plant('api-key-name', 'shelly-script-http-get-achquch', 'error', `${WHY.apiKey('achquch')} The script reports the door state to the booking API with the key in the query; the HTTP call line writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { sl: [['1', 'shelly_ejs_rpc.cpp:41', `Shelly.call HTTP.GET {"url":"https://api.${YY}/v1/xana/204/holet?ishik=ochuq&achquch=${key}"}`]] } };
    }),
    3,
    plant('negative', 'shelly-rpc-request-id', 'none', "An RPC request's numeric `id` and the caller's `src` nonce in a WebSocket frame: identifiers, no credential.", ({ rng }) => {
      const id = `${digits(rng, 13)}`;
      return { value: id, event: { sl: [['2', 'shos_rpc_inst.c:230', `Shelly.GetStatus via WS_in id=${id} from yy-ctrl`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'shelly' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// skywalking-api.log: the Apache SkyWalking Java agent 9.3's own log (`agent/logs/skywalking-api.log`, local time without a
// zone): `%level %timestamp %thread %class : %msg %throwable` with the agent's `yyyy-MM-dd HH:mm:ss:SSS` time; plugin
// interceptor failures with stack traces, the DEBUG lines of the tracing context with a span's tags (`http.params`
// collected with `plugin.springmvc.collect_http_params=true`). From memory (SkyWalking's agent setup docs), not fetched.

function skywalkingLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, CST)}:${msPart(t)}`;
  const render = (e) => e.sw.map((x) => (typeof x === 'string' ? x : `${x[0]} ${stamp(e.t)} ${x[1]} ${x[2]} : ${x[3]} `));
  const th = () => `http-nio-8080-exec-${rng.int(1, 20)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ sw: [['DEBUG', 'SkywalkingAgent-5-GRPCChannelManager-0', 'GRPCChannelManager', `Selected collector grpc service running, reconnect:false.`]] }),
      () => ({ sw: [['DEBUG', th(), 'TracingContext', `Finish segment ${rng.hex(32)}.${rng.int(100, 999)}.${digits(rng, 17)} spans=${rng.int(2, 40)}`]] }),
      () => ({ sw: [['INFO', 'SkywalkingAgent-2-JVMService-consume-0', 'JVMMetricsSender', `JVM metrics sent, ${rng.int(1, 9)} items`]] }),
      () => ({ sw: [['DEBUG', th(), 'AbstractMethodInterceptor', `request /api/v2/${rng.pick(['mehmanxana', 'sayahet', 'zakaz'])}/${rng.int(100, 9999)} resolved by ${rng.pick(['MehmanxanaController', 'SayahetController', 'ZakazController'])}`]] }),
    ])();
  const tags = (o) => `{${Object.entries(o).map(([k, v]) => `${k}=${v}`).join(', ')}}`;
  const steps = [
    { raw: { sw: [['INFO', 'main', 'SnifferConfigInitializer', 'Config file found in /opt/skywalking/agent/config/agent.config. '], ['INFO', 'main', 'SkyWalkingAgent', 'Skywalking agent begin to install transformer ... '], ['INFO', 'main', 'SkyWalkingAgent', 'Skywalking agent transformer has installed. ']] }, after: 0 },
    4,
    plant('negative', 'skywalking-agent-instance-name', 'none', 'The agent\'s generated service instance name (`<uuid>@<address>`): an identifier, no credential.', ({ rng }) => {
      const id = `${rng.hex(32)}@10.80.4.${rng.int(10, 90)}`;
      return { value: id, event: { sw: [['INFO', 'main', 'ServiceManagementClient', `Service instance booking-api registered as ${id} `]] } };
    }),
    4,
    plant('framework-dump', 'skywalking-span-tags-http-params-parol', 'error', "With `collect_http_params` the Spring MVC plugin tags a span with the request's parameters (`http.params={kirish=[…], parol=[…]}`, \"login\", \"password\"), and the tracing context's DEBUG line writes the tags: a guide's sign-in password.", ({ rng }) => {
      const pw = rng.alnum(15);
      return { value: pw, event: { sw: [['DEBUG', th(), 'TracingContext', `Span POST:/api/v2/yolbashchi/kirish tags ${tags({ 'url': `https://api.${YY}/api/v2/yolbashchi/kirish`, 'http.method': 'POST', 'http.params': `{kirish=[yolbashchi-${digits(rng, 3)}], parol=[${pw}]}` })}`]] } };
    }),
    4,
    plant('oauth-code', 'skywalking-interceptor-failure-urisyntax-callback', 'warning', `${WHY.code} The HTTP client plugin fails to build its tag from a callback URL with a space in it and writes the \`URISyntaxException\`, whose message holds the URL with \`code\` and \`state\`.`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { sw: [['ERROR', th(), 'InstMethodsInter', 'class[class org.apache.http.impl.client.InternalHttpClient] after method[doExecute] intercept failure '], `java.net.URISyntaxException: Illegal character in query at index 98: https://${YY}/kirish/callback?code=${code}&state=${rng.b64url(20)}&ming=qeshqer 1`, '\tat java.base/java.net.URI$Parser.fail(URI.java:2995)', '\tat org.apache.skywalking.apm.plugin.httpClient.v4.HttpClientExecuteInterceptor.beforeMethod(HttpClientExecuteInterceptor.java:77)'] } };
    }),
    4,
    plant('api-key-name', 'skywalking-span-tags-url-achquch', 'error', `${WHY.apiKey('achquch')} The booking API calls a partner's availability service with the key in the query; the exit span's \`url\` tag keeps the full URL and the DEBUG line writes it.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { sw: [['DEBUG', th(), 'TracingContext', `Span /v1/bosh-orunlar tags ${tags({ url: `https://hotels.partner.example/v1/bosh-orunlar?sheher=kashgar&achquch=${key}`, 'http.method': 'GET', 'http.status_code': '200' })}`]] } };
    }),
    4,
    plant('refresh-token', 'skywalking-span-tags-http-params-refresh-token', 'error', `${WHY.refresh} The mobile app renews its session through a form post, and the span's \`http.params\` tag writes \`refresh_token=[…]\`.`, ({ rng }) => {
      const rt = rng.b64url(50);
      return { value: rt, event: { sw: [['DEBUG', th(), 'TracingContext', `Span POST:/oauth/token tags ${tags({ url: `https://api.${YY}/oauth/token`, 'http.method': 'POST', 'http.params': `{grant_type=[refresh_token], refresh_token=[${rt}], client_id=[yy-android]}` })}`]] } };
    }),
    4,
    plant('implicit-fragment', 'skywalking-interceptor-failure-redirect-location-fragment', 'error', "The HTTP client plugin fails on a redirect response and its warning writes the `Location` it saw, fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(42);
      return { value: at, event: { sw: [['WARN', th(), 'HttpClientExecuteInterceptor', `Can not parse redirect Location https://extranet.channel.example/cb#access_token=${at}&token_type=bearer `]] } };
    }),
    4,
    plant('negative', 'skywalking-trace-id', 'none', 'A SkyWalking global trace id (`<32 hex>.<n>.<17 digits>`): an identifier, no credential.', ({ rng }) => {
      const id = `${rng.hex(32)}.${rng.int(40, 99)}.${digits(rng, 17)}`;
      return { value: id, event: { sw: [['DEBUG', th(), 'TracingContext', `Trace ${id} sampled `]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'booking-api' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ocis.log: `docker logs ocis` of ownCloud Infinite Scale 5 (`OCIS_LOG_LEVEL=info`, JSON): zerolog objects, one a line,
// with `level`, `service`, the proxy's access log fields (`proto`, `request-id`, `traceid`, `remote-addr`, `method`,
// `status`, `path`, `duration`, `bytes`), `time` in RFC 3339 with the container's offset (`+08:00`), `line` and `message`.
// From memory (ocis' proxy service docs), not fetched.

function ocisLog(rng) {
  const ts = (t) => `${local(t, CST).slice(0, 19)}.${msPart(t)}${digits(rng, 6)}+08:00`;
  const render = (e) => e.oc.map((o) => JSON.stringify({ ...o, time: ts(e.t), line: o.line ?? 'github.com/owncloud/ocis/v2/services/proxy/pkg/middleware/accesslog.go:34' }));
  const access = (path, extra = {}) => ({ level: 'info', service: 'proxy', proto: 'HTTP/1.1', 'request-id': `${rng.lowerNum(8)}/${rng.alnum(10)}-${digits(rng, 6)}`, traceid: rng.hex(32), 'remote-addr': extra.ip ?? publicIp(rng), method: extra.method ?? 'GET', status: extra.status ?? 200, path, duration: +(rng.int(10, 9000) / 100).toFixed(2), bytes: rng.int(0, 90000), message: 'access-log' });
  const filler = (rng) =>
    rng.pick([
      () => ({ oc: [access(`/remote.php/dav/spaces/${rng.uuid()}$${rng.uuid()}/${rng.pick(['Sayahet', 'Yolbashchi', 'Resimler'])}/${digits(rng, 4)}.jpg`, { method: 'PROPFIND', status: 207 })] }),
      () => ({ oc: [access('/graph/v1.0/me/drives')] }),
      () => ({ oc: [access(`/js/chunks/${rng.hex(8)}.mjs`)] }),
      () => ({ oc: [{ level: 'info', service: 'postprocessing', event: 'PostprocessingFinished', uploadid: rng.uuid(), line: 'github.com/owncloud/ocis/v2/services/postprocessing/pkg/service/service.go:160', message: 'postprocessing finished' }] }),
    ])();
  const steps = [
    4,
    plant('negative', 'ocis-proxy-request-id', 'none', "The proxy's `request-id` (host prefix and a counter): a request id, no credential.", ({ rng }) => {
      const a = access('/ocs/v2.php/cloud/capabilities?format=json');
      return { value: a['request-id'], event: { oc: [a] } };
    }),
    4,
    plant('path-secret', 'ocis-access-log-public-link-token', 'error', "A guide's public link to the tour photos (`/s/<token>`, opened through `/remote.php/dav/public-files/<token>/…`); the access log's `path` keeps the token, and the link opens the folder until it expires.", ({ rng }) => {
      const tok = rng.alnum(15);
      return { value: tok, event: { oc: [access(`/remote.php/dav/public-files/${tok}/Tashqorghan-2027-10/${digits(rng, 4)}.jpg`, { method: 'GET' })] } };
    }),
    4,
    plant('oauth-code', 'ocis-access-log-oidc-callback-code', 'warning', `${WHY.code} ownCloud Web's sign-in returns to \`/oidc-callback.html?code=…&state=…\` (query response mode), and the proxy's access log writes the path with the query.`, ({ rng }) => {
      const code = rng.b64url(32);
      return { value: code, event: { oc: [access(`/oidc-callback.html?code=${code}&state=${rng.hex(32)}`)] } };
    }),
    4,
    plant('embed-jwt', 'ocis-access-log-wopi-access-token-expired', 'note', "The office editor, embedded in ownCloud Web, calls the WOPI endpoint with its `access_token=<JWT>` in the query; this token had expired three hours before the line (its `time` with `+08:00`), no jti: an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 4 * 3600 + rng.int(60, 900), claims: { iss: 'ocis-collaboration', sub: rng.uuid(), file: rng.uuid(), app: 'Collabora' } });
      return { value: token, jwt: facts, event: { oc: [access(`/wopi/files/${rng.hex(64)}?access_token=${token}`, { status: 401, ip: '10.80.4.31' })] } };
    }),
    4,
    plant('id-token', 'ocis-access-log-logout-id-token-hint-expired', 'note', "Signing out sends the browser to the IdP's end-session endpoint with `id_token_hint`; the token had expired two hours before the line's `time` (`+08:00`), no jti: an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: 2 * 3600 + rng.int(60, 900), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://ocis.${YY}`, aud: 'web', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { oc: [access(`/signin/v1/identifier/_/endsession?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Focis.${YY}%2F`, { status: 302 })] } };
    }),
    4,
    plant('encoded', 'ocis-access-log-redirect-url-percent-encoded-whole', 'error', "A guide's app opens the web UI with the whole target URL percent-encoded once in `redirect=` (`https%3A%2F%2F…%3Fachquch%3D<key>`): a booking API key inside, encoded as one parameter.", ({ rng }) => {
      const key = rng.alnum(32);
      const url = encodeURIComponent(`https://api.${YY}/v1/yolbashchi/jedwel?achquch=${key}&kun=2027-10-12`);
      return { value: key, needle: `achquch%3D${key}`, event: { oc: [access(`/index.html?redirect=${url}`)] } };
    }),
    4,
    plant('api-key-name', 'ocis-access-log-app-xizmet-achquchi', 'error', `${WHY.apiKey('xizmet_achquchi')} ("service key") The photo-map app registered with ownCloud polls the app provider with its key in the query, and the access log's \`path\` keeps it.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { oc: [access(`/app/list?xizmet_achquchi=${key}&mime=image%2Fjpeg`, { ip: '10.80.4.52' })] } };
    }),
    4,
    plant('negative', 'ocis-trace-id', 'none', "An OpenTelemetry trace id in the access log's `traceid`: an identifier, no credential.", ({ rng }) => {
      const a = access('/graph/v1.0/me?$expand=memberOf');
      return { value: a.traceid, event: { oc: [a] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'ocis' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout49');
writePart(join(here, 'heldout49'), {
  'osrm-routed.log': osrmLog(rng),
  'valhalla.log': valhallaLog(rng),
  'elastic-apm.log': elasticApmLog(rng),
  'syncthing.log': syncthingLog(rng),
  'duplicati-depot-nas.log': duplicatiLog(rng),
  'Orthanc.log': orthancLog(rng),
  'senaite-instance.log': senaiteLog(rng),
  'openmrs.log': openmrsLog(rng),
  'dhis.log': dhis2Log(rng),
  'seahub.log': seahubLog(rng),
  'iobroker.2027-10-12.log': ioBrokerLog(rng),
  'shelly-debug.log': shellyLog(rng),
  'skywalking-api.log': skywalkingLog(rng),
  'ocis.log': ocisLog(rng),
});
