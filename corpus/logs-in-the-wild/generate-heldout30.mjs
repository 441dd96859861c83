// Writes corpus/logs-in-the-wild/heldout30/: a thirtieth held-out part, in formats no other part uses (Packetbeat's
// HTTP events with headers and bodies, Open Policy Agent's console decision log behind Envoy's ext_authz, Rollbar
// occurrences from its API, SQLAlchemy's engine echo under a FastAPI service, a Ceph RADOS Gateway ops log, a Resque
// worker at VVERBOSE, Sequelize's query logging under `kubectl logs --timestamps`, SQL Server Extended Events read with
// sys.fn_xe_file_target_read_file, ProxySQL's JSON query events log, Alibaba Cloud CDN's offline access log, Spring
// Batch 5 under Spring Boot's console, Cassandra's FileAuditLogger, PingAM's access.audit.json, python-socketio and
// python-engineio with their loggers on eventlet under `journalctl -o short-iso`), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each
// line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout30.mjs     rewrites heldout30/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Quayside, a coworking desk booking company in Sydney (English, five logs); PadalaKo, a remittance
// service in Manila (Filipino and Taglish messages, routes and parameter names as a Manila team writes them, English
// code names, five logs); Bicivall, a bike sharing cooperative in Girona (Catalan messages, routes and parameter
// names, four logs). Standard names (OAuth's, vendors') stay as their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MONTHS, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 2, 9, 0, 0, 0);
const { firstUse, gap } = replayClock();
/** ISO 8601 local time at `offset` minutes from UTC, with `frac` fraction digits (3 from the clock) and the offset. */
const isoOff = (ms, offset, frac = 3, rng = null, colon = true) => {
  const d = local(ms, offset);
  const o = Math.abs(offset);
  const fraction = frac === 0 ? '' : `.${d.slice(20, 23)}${frac > 3 ? digits(rng, frac - 3) : ''}`;
  return `${d.slice(0, 19)}${fraction}${offset < 0 ? '-' : '+'}${pad(Math.floor(o / 60))}${colon ? ':' : ''}${pad(o % 60)}`;
};
const slackHook = (rng) => `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
/** Python's repr of a dict, list or str (SQLAlchemy's parameter line). */
const py = (v) => {
  if (v === null) return 'None';
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v.raw !== undefined) return v.raw;
  if (Array.isArray(v)) return `[${v.map(py).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `'${k}': ${py(x)}`).join(', ')}}`;
};
/** Ruby 3.3's inspect of a decoded Resque payload (strings, numbers, arrays, hashes with string keys). */
const rb = (v) => {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.map(rb).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}=>${rb(x)}`).join(', ')}}`;
};
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Quayside (English, Sydney: UTC+11 in March).
const AU = 660;
const AU_WWW = 'quayside.example';
const AU_APP = 'app.quayside.example';
const AU_API = 'api.quayside.example';
const AU_AUTH = 'id.quayside.example';
const SPACES = ['SYD-L3', 'SYD-L7', 'PAR-G', 'NSY-2', 'BON-1', 'CBD-12'];
const desk = (rng) => `${rng.pick(SPACES)}-D${pad(rng.int(1, 180), 3)}`;
const booking = (rng) => `QB${digits(rng, 8)}`;
// PadalaKo (Manila: UTC+8).
const PH = 480;
const PH_WWW = 'padalako.example';
const PH_APP = 'app.padalako.example';
const PH_API = 'api.padalako.example';
const PH_AUTH = 'auth.padalako.example';
const padala = (rng) => `PK-${upperNum(rng, 4)}-${digits(rng, 6)}`;
const phIp = (rng) => `${rng.pick(['112.198', '49.145', '180.190', '122.2', '136.158'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`;
// Bicivall (Girona: UTC+1 in March).
const CAT = 60;
const CAT_WWW = 'bicivall.example';
const CAT_APP = 'app.bicivall.example';
const CAT_API = 'api.bicivall.example';
const CAT_SSO = 'sso.bicivall.example';
const ESTACIONS = ['placa-independencia', 'estacio-renfe', 'devesa', 'montilivi', 'santa-eugenia', 'pont-de-pedra', 'barri-vell'];
const abonat = (rng) => `AB${digits(rng, 6)}`;

// =====================================================================================================================
// Quayside
// =====================================================================================================================

// packetbeat-http.ndjson: Packetbeat 8.17 on the node in front of the desks API (port 8080, plain HTTP between the
// ingress and the pods), `output.file` with the default JSON codec, the HTTP protocol with `send_headers:
// [authorization, cookie, user-agent, x-api-key, traceparent, if-none-match, content-type]` and `include_body_for:
// [application/x-www-form-urlencoded, application/json]`: one transaction a line, ECS fields (`@timestamp` UTC, `event`,
// `network`, `source`/`destination`, `url.path`, `url.query`, `url.full`, `http.request.headers`, `http.request.body
// .content`, `http.response`, the legacy `method` and `query`).
// https://www.elastic.co/guide/en/beats/packetbeat/current/exported-fields-http.html,
// https://www.elastic.co/guide/en/beats/packetbeat/current/packetbeat-http-options.html

function packetbeatLog(rng) {
  const phrases = { 200: 'ok', 201: 'created', 204: 'no content', 302: 'found', 304: 'not modified', 401: 'unauthorized' };
  const render = (e, rng) => {
    const svc = e.svc ?? 'desks-api';
    const reqBytes = rng.int(180, 900) + (e.body ? e.body.length : 0);
    const headers = { 'user-agent': e.ua, ...(e.body ? { 'content-type': e.ctype ?? 'application/json' } : {}), ...(e.headers ?? {}) };
    const dur = e.ms * 1000000 + rng.int(0, 999999);
    return [JSON.stringify({
      '@timestamp': iso(e.t),
      '@metadata': { beat: 'packetbeat', type: '_doc', version: '8.17.3' },
      type: 'http',
      status: e.status >= 500 ? 'Error' : 'OK',
      event: { dataset: 'http', kind: 'event', category: ['network'], type: ['connection', 'protocol'], start: iso(e.t - e.ms), end: iso(e.t), duration: dur },
      network: { type: 'ipv4', transport: 'tcp', protocol: 'http', direction: 'ingress', community_id: `1:${rng.bytes(20).toString('base64')}`, bytes: reqBytes + e.bytes },
      source: { ip: e.src ?? `10.0.3.${rng.int(10, 40)}`, port: e.port, bytes: reqBytes },
      destination: { ip: '10.0.5.8', port: 8080, bytes: e.bytes },
      url: { scheme: 'http', domain: svc, port: 8080, path: e.path, ...(e.query ? { query: e.query } : {}), full: `http://${svc}:8080${target(e)}` },
      http: {
        version: '1.1',
        request: { method: e.method, bytes: reqBytes, headers, ...(e.body ? { body: { bytes: e.body.length, content: e.body } } : {}) },
        response: { status_code: e.status, status_phrase: phrases[e.status] ?? 'ok', bytes: e.bytes, headers: { 'content-type': 'application/json; charset=utf-8' } },
      },
      user_agent: { original: e.ua },
      method: e.method,
      query: `${e.method} ${e.path}`,
      host: { name: 'syd-node-2' },
      agent: { type: 'packetbeat', version: '8.17.3', name: 'syd-node-2', ephemeral_id: 'd3b0f8e2-5a61-4c0e-9a57-2e6f1c4b8a90', id: '6f1d2c3b-8e7a-4b59-a0c1-9d8e7f6a5b4c' },
      ecs: { version: '8.0.0' },
    })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/v1/spaces/${rng.pick(SPACES)}/availability`, query: `date=2027-03-${pad(rng.int(9, 20))}&size=${rng.int(1, 8)}` }),
      () => ({ path: `/v1/bookings/${booking(rng)}` }),
      () => ({ method: 'POST', path: '/v1/bookings', status: 201, body: JSON.stringify({ desk: desk(rng), date: `2027-03-${pad(rng.int(9, 20))}`, slot: rng.pick(['am', 'pm', 'day']) }) }),
      () => ({ path: '/healthz', src: '10.0.0.4', ua: 'kube-probe/1.32' }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'packetbeat-entra-callback-code', 'warning', `${WHY.code} Microsoft Entra ID's code on \`/auth/callback/entra\`, in \`url.query\` and \`url.full\` of the captured transaction.`, ({ rng }) => {
      const code = `1.AUsA${rng.b64url(330)}`;
      return { value: code, event: { path: '/auth/callback/entra', query: `code=${code}&state=${rng.b64url(32)}&session_state=${rng.uuid()}`, status: 302, bytes: 0 } };
    }),
    3,
    plant('negative', 'packetbeat-traceparent', 'none', 'A W3C `traceparent` header (trace id and parent span id): no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { path: `/v1/bookings/${booking(rng)}`, headers: { traceparent: `00-${v}-${rng.hex(16)}-01` } } };
    }),
    3,
    plant('header-dump', 'packetbeat-authorization-bearer-jwt', 'error', "Packetbeat's `send_headers` captures the `authorization` header: a member's access token, `Bearer <JWT>`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${AU_AUTH}/`, aud: AU_API, sub: rng.uuid(), scope: 'bookings:write', org: 'org_harbourfront' } });
      return { value: token, jwt: facts, event: { path: '/v1/bookings/mine', query: 'from=2027-03-09', headers: { authorization: `Bearer ${token}` } } };
    }),
    3,
    plant('encoded', 'packetbeat-return-double-encoded-access_token', 'error', 'A `return=` URL percent-encoded twice (`%253Faccess_token%253D<token>`): a desk check-in link with its access token.', ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { path: '/auth/login', query: `return=https%253A%252F%252F${AU_APP}%252Fdesk%252Fcheckin%253Faccess_token%253D${tok}`, status: 302, bytes: 0 } };
    }),
    3,
    plant('api-key-name', 'packetbeat-x-api-key-door-controller', 'error', `${WHY.apiKey('x-api-key')} The door controller's service calls the unlock endpoint with its key in an \`x-api-key\` header, which \`send_headers\` captures.`, ({ rng }) => {
      const key = `qsk_live_${rng.alnum(32)}`;
      return { value: key, event: { method: 'POST', path: `/v1/doors/${rng.pick(SPACES)}-main/unlock`, status: 204, bytes: 0, src: '10.0.7.12', ua: 'Go-http-client/1.1', headers: { 'x-api-key': key }, body: JSON.stringify({ reason: 'booking', booking: booking(rng) }) } };
    }),
    3,
    plant('session-id', 'packetbeat-cookie-qs_session', 'error', WHY.session('A `qs_session` cookie in the captured `cookie` header'), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { path: '/v1/account', headers: { cookie: `qs_session=${sid}; qs_locale=en-AU` } } };
    }),
    3,
    plant('path-secret', 'packetbeat-invitations-accept-token', 'error', WHY.pathSecret('A team invitation `/v1/invitations/accept/<token>` in `url.path`, `url.full` and the legacy `query`'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { method: 'POST', path: `/v1/invitations/accept/${tok}`, body: JSON.stringify({ name: 'Mia Nguyen' }) } };
    }),
    3,
    plant('negative', 'packetbeat-if-none-match-etag', 'none', 'An `if-none-match` ETag on a floor plan request: a version tag, no credential.', ({ rng }) => {
      const v = rng.hex(27);
      return { value: v, event: { path: `/v1/spaces/${rng.pick(SPACES)}/floorplan`, status: 304, bytes: 0, headers: { 'if-none-match': `W/"${v}"` } } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 0 * HOUR, site: { host: AU_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// opa-decisions.log: Open Policy Agent 1.4 with the opa-envoy-plugin as Envoy's ext_authz server (`envoy/authz/allow`),
// `decision_logs: { console: true }`: OPA's logrus JSON lines, each decision as `msg: "Decision Log"` with `decision_id`,
// `input` (the CheckRequest as protojson: `attributes.request.http` with `headers` (`:path` among them), `path`,
// `method`, `host`; and the plugin's `parsed_path`, `parsed_query`, `parsed_body`), `labels`, `metrics`, `path`,
// `result`, `time` (the container's local time, TZ=Australia/Sydney) and `timestamp` (UTC), beside OPA's own lines.
// https://www.openpolicyagent.org/docs/management-decision-logs, https://www.openpolicyagent.org/docs/envoy/primer

function opaLog(rng) {
  const render = (e, rng) => {
    const time = isoOff(e.t + rng.int(1, 4), AU, 0);
    if (e.opa) return [JSON.stringify({ level: 'info', msg: e.opa, ...(e.plugin ? { plugin: e.plugin } : {}), time })];
    const headers = { ':authority': AU_API, ':method': e.method, ':path': target(e), ':scheme': 'https', accept: 'application/json', 'user-agent': e.ua, 'x-forwarded-for': e.ip, 'x-forwarded-proto': 'https', 'x-request-id': rng.uuid(), ...(e.headers ?? {}) };
    const parsedQuery = {};
    if (e.query) for (const pair of e.query.split('&')) { const [k, v = ''] = pair.split('='); (parsedQuery[k] ??= []).push(decodeURIComponent(v)); }
    return [JSON.stringify({
      decision_id: rng.uuid(),
      input: {
        attributes: {
          destination: { address: { socketAddress: { address: '10.0.5.8', portValue: 8080 } } },
          metadataContext: {},
          request: { http: { headers, host: AU_API, id: digits(rng, 19), method: e.method, path: target(e), protocol: 'HTTP/1.1', scheme: 'https' }, time: iso(e.t - 2) },
          source: { address: { socketAddress: { address: e.ip, portValue: e.port } } },
        },
        parsed_body: null,
        parsed_path: e.path.split('/').filter(Boolean),
        parsed_query: parsedQuery,
        truncated_body: false,
        version: { encoding: 'protojson', ext_authz: 'v3' },
      },
      labels: { id: '8c1f0d7e-2b4a-4e3f-9a61-5d0c7b8e4f21', version: '1.4.2-envoy' },
      level: 'info',
      metrics: { timer_rego_query_eval_ns: rng.int(40000, 900000), timer_server_handler_ns: rng.int(90000, 2000000) },
      msg: 'Decision Log',
      path: 'envoy/authz/allow',
      requested_by: '',
      result: e.allowed ?? true,
      time,
      timestamp: `${iso(e.t).slice(0, 23)}${digits(rng, 6)}Z`,
      type: 'openpolicyagent.org/decision_logs',
    })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/v1/spaces/${rng.pick(SPACES)}/availability`, query: `date=2027-03-${pad(rng.int(9, 20))}` }),
      () => ({ method: 'POST', path: '/v1/bookings' }),
      () => ({ path: `/v1/bookings/${booking(rng)}` }),
      () => ({ method: 'DELETE', path: `/v1/bookings/${booking(rng)}`, allowed: rng.pick([true, false]) }),
    ])();
  const steps = [
    { raw: { opa: 'Initializing server. OPA is running on a public (0.0.0.0) network interface. Unless you intend to expose OPA outside of the host, binding to the localhost interface (--addr localhost:8181) is recommended. See https://www.openpolicyagent.org/docs/security#interface-binding' } },
    { raw: { opa: 'Starting decision logger.', plugin: 'decision_logs' } },
    { raw: { opa: 'Starting gRPC server on :9191.' } },
    3,
    plant('id-token', 'opa-logout-id_token_hint', 'error', "The sign-out request's `id_token_hint=<JWT>`, in the decision's `:path` header, `path` and `parsed_query`: the member's ID token, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(600, 20000), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${AU_AUTH}/`, aud: 'quayside-web', sub: rng.uuid(), sid: rng.uuid(), email: 'mia.nguyen@mail.example' } });
      return { value: token, jwt: facts, event: { path: '/auth/logout', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${AU_WWW}%2F` } };
    }),
    3,
    plant('negative', 'opa-x-csrf-token', 'none', 'An `x-csrf-token` header (a CSRF token, bound to a session and useless without it): no credential.', ({ rng }) => {
      const v = rng.b64url(43);
      return { value: v, event: { method: 'POST', path: '/v1/bookings', headers: { 'x-csrf-token': v, cookie: 'qs_locale=en-AU' } } };
    }),
    3,
    plant('header-dump', 'opa-authorization-basic-kiosk', 'error', "The lobby kiosk's `authorization: Basic <base64 user:password>` header in the decision input (OPA logs the whole CheckRequest).", ({ rng }) => {
      const cred = b64Of(`kiosk-level3:${rng.alnum(20)}`);
      return { value: cred, event: { method: 'POST', path: '/v1/kiosk/checkins', headers: { authorization: `Basic ${cred}` }, ua: 'QuaysideKiosk/2.4 (Android 14)' } };
    }),
    3,
    plant('encoded', 'opa-go-to-encoded-access_key', 'error', 'A redirect helper `/v1/go?to=<URL percent-encoded once>` whose URL carries `%3Faccess_key%3D<key>`; the plugin\'s `parsed_query` writes it decoded too.', ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/v1/go', query: `to=https%3A%2F%2F${AU_API}%2Fv1%2Fexports%2Foccupancy.csv%3Faccess_key%3D${key}` } };
    }),
    3,
    plant('embed-jwt', 'opa-embed-floorplan-120s-no-jti', 'warning', 'A lobby screen opens the floor plan widget `/embed/floorplan/<JWT>`, a token of 120 s without jti.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { space: rng.pick(SPACES), view: 'floorplan' } });
      return { value: token, jwt: facts, event: { path: `/embed/floorplan/${token}`, ua: BROWSERS[0] } };
    }),
    3,
    plant('negative', 'opa-cursor-base64-json', 'none', 'A paging `cursor` (base64url of a JSON position, starting `eyJ`): no credential.', ({ rng }) => {
      const v = Buffer.from(JSON.stringify({ after: `2027-03-09T0${rng.int(0, 9)}:00:00Z`, id: rng.int(10000, 99999) })).toString('base64url');
      return { value: v, event: { path: '/v1/bookings', query: `limit=50&cursor=${v}` } };
    }),
    3,
    plant('session-id', 'opa-cookie-connect-sid', 'error', WHY.session("An Express `connect.sid` cookie (`s%3A<id>.<signature>`) in the decision input's headers"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { path: '/v1/account/billing', headers: { cookie: `connect.sid=s%3A${sid}.${rng.b64url(43)}; qs_locale=en-AU` } } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: AU_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rollbar-occurrences.ndjson: Rollbar occurrences of the `quayside-api` (node_rollbar, Express) and `quayside-web`
// (rollbar.js) projects, fetched with `GET /api/1/instance/<id>` and saved with `jq -c .result` (`id`, `item_id`,
// `project_id`, `timestamp` in epoch seconds, `data` as the item was sent: `body.trace`, `level`, `request` with `url`,
// `method`, `headers`, `GET`, `POST`, `body`, `user_ip`; `server`, `client`, `notifier`, `uuid`, `context`).
// https://docs.rollbar.com/reference/get-an-occurrence, https://docs.rollbar.com/docs/rollbar-data-format

function rollbarLog(rng) {
  let id = 441870000000 + rng.int(0, 99999);
  const render = (e, rng) => {
    id += rng.int(1, 40);
    const browser = e.browser;
    const data = {
      environment: 'production',
      level: e.level ?? 'error',
      timestamp: sec(e.t),
      body: { trace: { frames: browser ? [{ filename: `https://${AU_APP}/assets/index-${rng.hex(8)}.js`, lineno: 1, colno: rng.int(1000, 90000), method: e.fn ?? 'onClick' }] : [{ filename: `/app/src/routes/${e.file ?? 'bookings'}.js`, lineno: rng.int(20, 300), colno: rng.int(3, 40), method: e.fn ?? 'handler' }, { filename: '/app/node_modules/express/lib/router/layer.js', lineno: 95, colno: 5, method: 'Layer.handle [as handle_request]' }], exception: { class: e.cls ?? 'TypeError', message: e.msg ?? "Cannot read properties of undefined (reading 'desk')" } } },
      request: browser
        ? { url: e.url, query_string: '', user_ip: '$remote_ip' }
        : { url: `https://${AU_API}${target(e)}`, method: e.method, headers: { host: AU_API, 'user-agent': e.ua, 'content-type': 'application/json', 'x-request-id': e.reqId, ...(e.headers ?? {}) }, GET: {}, POST: e.post ?? {}, ...(e.body ? { body: e.body } : {}), user_ip: e.ip },
      ...(browser ? { client: { javascript: { browser: e.ua, language: 'en-AU', screen: { width: 1512, height: 982 }, code_version: '2027.03.08-2' } } } : { server: { host: `quayside-api-${rng.hex(10)}-${rng.lowerNum(5)}`, root: '/app', branch: 'main', pid: rng.int(1, 40) } }),
      notifier: browser ? { name: 'rollbar-browser-js', version: '2.26.4' } : { name: 'node_rollbar', version: '2.26.4' },
      language: 'javascript',
      ...(browser ? {} : { framework: 'express' }),
      uuid: e.uuid ?? rng.uuid(),
      context: e.context ?? (browser ? new URL(e.url).pathname : `${e.method} ${e.path}`),
      ...(e.person ? { person: { id: e.person } } : {}),
    };
    return [JSON.stringify({ id, item_id: 1290000000 + rng.int(0, 999999), project_id: browser ? 712044 : 712043, timestamp: sec(e.t) + rng.int(0, 2), version: 2, data, billable: 1 })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `/v1/bookings/${booking(rng)}`, msg: "Cannot read properties of null (reading 'space')", fn: 'getBooking' }),
      () => ({ method: 'POST', path: '/v1/bookings', cls: 'SequelizeUniqueConstraintError', msg: 'Validation error', fn: 'createBooking', post: { desk: desk(rng), date: '2027-03-10' } }),
      () => ({ browser: true, url: `https://${AU_APP}/spaces/${rng.pick(SPACES)}`, msg: 'ResizeObserver loop completed with undelivered notifications.', cls: 'Error', level: 'warning', ua: BROWSERS[rng.int(0, 4)] }),
    ])();
  const steps = [
    2,
    plant('framework-dump', 'rollbar-request-POST-temp_password', 'error', "The occurrence's `request.POST` keeps an admin form's `temp_password` in clear: the project's scrub list names `password`, not this field.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { method: 'POST', path: '/v1/admin/members', file: 'admin', fn: 'createMember', msg: "Cannot read properties of undefined (reading 'plan')", post: { email: 'jack.obrien@mail.example', space: 'SYD-L7', temp_password: pw, password: '********' } } };
    }),
    2,
    plant('negative', 'rollbar-pk_live-publishable', 'none', "A Stripe publishable key (`pk_live_…`) in a checkout request's body: public by design, shipped to every browser.", ({ rng }) => {
      const v = `pk_live_${rng.alnum(99)}`;
      return { value: v, event: { method: 'POST', path: '/v1/checkout/session', file: 'checkout', fn: 'createSession', cls: 'StripeInvalidRequestError', msg: 'No such price: price_1Q', post: { publishableKey: v, plan: 'flex-10' } } };
    }),
    2,
    plant('implicit-fragment', 'rollbar-browser-request-url-access_token', 'error', "A browser occurrence's `request.url` is `location.href`: the web app still lands with `#access_token=<JWT>` from an old implicit flow.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${AU_AUTH}/`, aud: 'quayside-web', sub: rng.uuid(), scope: 'openid bookings:read' } });
      return { value: token, jwt: facts, event: { browser: true, url: `https://${AU_APP}/bookings#access_token=${token}&token_type=Bearer&expires_in=3600`, msg: "Cannot read properties of undefined (reading 'map')", fn: 'BookingList', ua: BROWSERS[1] } };
    }),
    2,
    plant('refresh-token', 'rollbar-request-body-refresh_token', 'error', `${WHY.refresh} The token endpoint failed and the occurrence keeps the raw JSON \`request.body\` of the refresh grant.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'POST', path: '/oauth/token', file: 'oauth', fn: 'tokenEndpoint', cls: 'Error', msg: 'connect ETIMEDOUT 10.0.9.4:6379', body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: rt, client_id: 'quayside-ios' }), ua: 'Quayside/5.2.1 CFNetwork/3826.500.111 Darwin/25.1.0' } };
    }),
    2,
    plant('header-dump', 'rollbar-request-headers-authorization-pat', 'error', "The occurrence's `request.headers` keep `authorization: Bearer qs_pat_…`: a member's personal access token for the API.", ({ rng }) => {
      const tok = `qs_pat_${rng.alnum(40)}`;
      return { value: tok, event: { method: 'GET', path: '/v1/reports/usage', query: 'month=2027-02', file: 'reports', fn: 'usage', headers: { authorization: `Bearer ${tok}` }, ua: 'python-requests/2.32.5' } };
    }),
    2,
    plant('webhook', 'rollbar-exception-message-slack-webhook', 'error', WHY.webhook("A Slack incoming webhook in the exception's `message` (the notifier's error quotes the URL it posted to)"), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { method: 'POST', path: '/v1/bookings', file: 'notify', fn: 'notifySpaceChannel', cls: 'Error', msg: `Slack notification failed: POST https://hooks.slack.com/services/${hook} responded 404 channel_not_found` } };
    }),
    2,
    plant('negative', 'rollbar-occurrence-uuid', 'none', "An occurrence's `uuid` (the notifier's id for one report): no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'GET', path: `/v1/spaces/${rng.pick(SPACES)}`, uuid: v, fn: 'getSpace' } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: AU_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bookings-api.log: the bookings service (FastAPI on uvicorn, psycopg 3) with `create_engine(…, echo=True)`: SQLAlchemy
// 2.0's own handler (`%(asctime)s %(levelname)s %(name)s %(message)s`, local time without a zone) writes `BEGIN
// (implicit)`, each statement as compiled (several lines), its parameters as a Python dict after `[generated in …s]` or
// `[cached since …s ago]`, and `COMMIT`; uvicorn's access lines between them. https://docs.sqlalchemy.org/en/20/core/engines.html#configuring-logging

function sqlalchemyLog(rng) {
  const stamp = (t) => { const d = local(t, AU); return `${d.slice(0, 10)} ${d.slice(11, 19)},${d.slice(20, 23)}`; };
  const sa = (t, msg) => `${stamp(t)} INFO sqlalchemy.engine.Engine ${msg}`;
  const render = (e, rng) => {
    const out = [sa(e.t, 'BEGIN (implicit)')];
    for (const [sql, params] of e.stmts) {
      const lines = sql.split('\n');
      out.push(sa(e.t + 1, lines[0]), ...lines.slice(1));
      out.push(sa(e.t + 2, `${rng.pick([true, false]) ? `[generated in ${(rng.int(8, 90) / 100000).toFixed(5)}s]` : `[cached since ${rng.int(30, 9000)}.${rng.int(0, 9)}s ago]`} ${py(params)}`));
    }
    out.push(sa(e.t + 4, 'COMMIT'));
    out.push(`INFO:     ${e.ip}:${e.port} - "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.status === 201 ? 'Created' : e.status === 204 ? 'No Content' : 'OK'}`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => { const s = rng.pick(SPACES); return { path: `/v1/spaces/${s}/availability`, query: 'date=2027-03-10', stmts: [['SELECT desks.id, desks.label, desks.zone \nFROM desks \nWHERE desks.space_id = %(space_id_1)s::VARCHAR AND desks.id NOT IN (SELECT bookings.desk_id \nFROM bookings \nWHERE bookings.date = %(date_1)s::DATE)', { space_id_1: s, date_1: { raw: 'datetime.date(2027, 3, 10)' } }]] }; },
      () => { const b = booking(rng); return { path: `/v1/bookings/${b}`, stmts: [['SELECT bookings.id, bookings.ref, bookings.desk_id, bookings.date, bookings.slot \nFROM bookings \nWHERE bookings.ref = %(ref_1)s::VARCHAR', { ref_1: b }]] }; },
      () => ({ method: 'POST', path: '/v1/bookings', status: 201, stmts: [['INSERT INTO bookings (ref, desk_id, member_id, date, slot) VALUES (%(ref)s::VARCHAR, %(desk_id)s::VARCHAR, %(member_id)s::UUID, %(date)s::DATE, %(slot)s::VARCHAR) RETURNING bookings.id', { ref: booking(rng), desk_id: desk(rng), member_id: { raw: `UUID('${rng.uuid()}')` }, date: { raw: 'datetime.date(2027, 3, 11)' }, slot: 'am' }]] }),
    ])();
  const steps = [
    { raw: { stmts: [['select pg_catalog.version()', {}], ['select current_schema()', {}]], path: '/healthz', ip: '127.0.0.1' } },
    3,
    plant('path-secret', 'sqlalchemy-password_resets-token-param', 'error', WHY.pathSecret("A password reset token as the bound `token_1` of the look-up SQLAlchemy echoes (the request carries it in its body)"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { method: 'POST', path: '/v1/auth/password-reset/confirm', stmts: [['SELECT password_resets.id, password_resets.member_id, password_resets.expires_at \nFROM password_resets \nWHERE password_resets.token = %(token_1)s::VARCHAR AND password_resets.used_at IS NULL', { token_1: tok }]] } };
    }),
    3,
    plant('negative', 'sqlalchemy-argon2-password_hash', 'none', "A new member's `password_hash` (argon2id, salted): a password hash, no credential to replay.", ({ rng }) => {
      const v = `$argon2id$v=19$m=65536,t=3,p=4$${rng.b64url(22)}$${rng.b64url(43)}`.replace(/[-_]/g, 'x');
      return { value: v, event: { method: 'POST', path: '/v1/members', status: 201, stmts: [['INSERT INTO members (email, name, password_hash, space_id) VALUES (%(email)s::VARCHAR, %(name)s::VARCHAR, %(password_hash)s::VARCHAR, %(space_id)s::VARCHAR) RETURNING members.id', { email: 'liam.walsh@mail.example', name: 'Liam Walsh', password_hash: v, space_id: 'PAR-G' }]] } };
    }),
    3,
    plant('api-key-name', 'sqlalchemy-integrations-sendgrid-api_key', 'error', `${WHY.apiKey('api_key')} A SendGrid key (\`SG.<id>.<secret>\`) bound in the \`INSERT\` of a space's e-mail integration.`, ({ rng }) => {
      const key = `SG.${rng.b64url(22)}.${rng.b64url(43)}`;
      return { value: key, event: { method: 'POST', path: '/v1/spaces/PAR-G/integrations', status: 201, stmts: [['INSERT INTO integrations (space_id, provider, api_key, created_at) VALUES (%(space_id)s::VARCHAR, %(provider)s::VARCHAR, %(api_key)s::VARCHAR, %(created_at)s::TIMESTAMP WITH TIME ZONE) RETURNING integrations.id', { space_id: 'PAR-G', provider: 'sendgrid', api_key: key, created_at: { raw: 'datetime.datetime(2027, 3, 9, 3, 41, 7, 215330, tzinfo=datetime.timezone.utc)' } }]] } };
    }),
    3,
    plant('implicit-fragment', 'sqlalchemy-client_errors-href-access_token', 'error', "A client error report stored with its `href`: the page with `#access_token=<token>` from an old implicit flow, bound in the `INSERT`.", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { method: 'POST', path: '/v1/client-errors', status: 204, stmts: [['INSERT INTO client_errors (href, message, user_agent) VALUES (%(href)s::VARCHAR, %(message)s::VARCHAR, %(user_agent)s::VARCHAR)', { href: `https://${AU_APP}/#access_token=${at}&token_type=bearer&expires_in=3600`, message: 'ChunkLoadError: Loading chunk 311 failed.', user_agent: BROWSERS[2] }]] } };
    }),
    3,
    plant('framework-dump', 'sqlalchemy-door_controllers-admin_password', 'error', "A door controller registered with its `admin_password` in clear, bound in the `INSERT` SQLAlchemy echoes.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { method: 'POST', path: '/v1/admin/door-controllers', status: 201, stmts: [['INSERT INTO door_controllers (space_id, host, admin_user, admin_password) VALUES (%(space_id)s::VARCHAR, %(host)s::VARCHAR, %(admin_user)s::VARCHAR, %(admin_password)s::VARCHAR) RETURNING door_controllers.id', { space_id: 'NSY-2', host: '10.20.4.31', admin_user: 'admin', admin_password: pw }]] } };
    }),
    3,
    plant('webhook', 'sqlalchemy-spaces-slack_webhook_url', 'error', WHY.webhook("A Slack incoming webhook bound in an `UPDATE spaces SET slack_webhook_url=…`"), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { method: 'PATCH', path: '/v1/spaces/SYD-L7', stmts: [['UPDATE spaces SET slack_webhook_url=%(slack_webhook_url)s::VARCHAR, updated_at=now() WHERE spaces.id = %(spaces_id)s::VARCHAR', { slack_webhook_url: `https://hooks.slack.com/services/${hook}`, spaces_id: 'SYD-L7' }]] } };
    }),
    3,
    plant('negative', 'sqlalchemy-payments-idempotency_key', 'none', 'An `idempotency_key` (a UUID) bound in a payment insert: no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'POST', path: '/v1/payments', status: 201, stmts: [['INSERT INTO payments (booking_ref, amount_cents, currency, idempotency_key) VALUES (%(booking_ref)s::VARCHAR, %(amount_cents)s::INTEGER, %(currency)s::VARCHAR, %(idempotency_key)s::VARCHAR) RETURNING payments.id', { booking_ref: booking(rng), amount_cents: 4500, currency: 'AUD', idempotency_key: v }]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: AU_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rgw-ops.log: the ops log of Quayside's Ceph (Squid) RADOS Gateway (`rgw_enable_ops_log = true`, `rgw_ops_log_file_path`),
// one JSON object a line: `bucket`, `object`, `time` (UTC), `time_local`, `remote_addr`, `user`, `operation`, `uri`,
// `http_status`, `error_code`, `bytes_sent`, `bytes_received`, `object_size`, `total_time`, `user_agent`, `referrer`,
// `trans_id`, `authentication_type`, `access_key_id`, `temp_url`. The public buckets serve the web app's floor plans,
// logos and avatars, so the ops log keeps the Referer of every page that loads them.
// https://docs.ceph.com/en/latest/radosgw/config-ref/ (`rgw_enable_ops_log`, `rgw_ops_log_file_path`)

function rgwLog(rng) {
  const render = (e, rng) => {
    const tx = e.tx ?? `tx00000${rng.hex(16)}-${rng.hex(8)}-${rng.hex(6)}-syd-a`;
    const size = e.size ?? rng.int(3000, 400000);
    return [JSON.stringify({
      bucket: e.bucket,
      object: e.object,
      time: `${iso(e.t).slice(0, 23)}${digits(rng, 3)}Z`,
      time_local: `${isoOff(e.t, AU, 3, null, false)}`,
      remote_addr: e.ip,
      user: e.user ?? '',
      operation: e.op ?? 'get_obj',
      uri: `${e.op === 'put_obj' ? 'PUT' : 'GET'} /${e.bucket}/${e.object} HTTP/1.1`,
      http_status: String(e.status),
      error_code: e.status === 404 ? 'NoSuchKey' : '',
      bytes_sent: e.status === 304 ? 0 : size,
      bytes_received: e.op === 'put_obj' ? size : 0,
      object_size: size,
      total_time: rng.int(1, 40),
      user_agent: e.ua,
      referrer: e.ref ?? '',
      trans_id: tx,
      authentication_type: e.user ? 'Local' : '',
      access_key_id: e.user ? 'QSWEBUPLOAD7K2M' : '',
      temp_url: false,
    })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ bucket: 'floorplans', object: `${rng.pick(SPACES)}/level.svg`, ref: `https://${AU_APP}/spaces/${rng.pick(SPACES)}` }),
      () => ({ bucket: 'avatars', object: `${rng.uuid()}.webp`, ref: `https://${AU_APP}/community` }),
      () => ({ bucket: 'brand', object: 'logo-dark.svg', ref: `https://${AU_WWW}/`, status: 304 }),
      () => ({ bucket: 'avatars', object: `${rng.uuid()}.webp`, op: 'put_obj', user: 'quayside-web', ua: 'aws-sdk-js/3.721.0 ua/2.1 os/linux lang/js md/nodejs#22.12.0', ref: '' }),
    ])();
  const steps = [
    3,
    plant('embed-jwt', 'rgw-referrer-embed-floorplan-expired', 'note', "The floor plan SVG is loaded by an old lobby screen's page `/embed/floorplan/<JWT>` (the ops log keeps the Referer): the token expired a day before.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 86400 + 3600 + rng.int(100, 5000), claims: { space: 'BON-1', view: 'floorplan' } });
      return { value: token, jwt: facts, event: { bucket: 'floorplans', object: 'BON-1/level.svg', ref: `https://${AU_APP}/embed/floorplan/${token}`, ua: BROWSERS[0] } };
    }),
    3,
    plant('negative', 'rgw-trans_id', 'none', "RGW's `trans_id` (the gateway's request id): no credential.", ({ rng }) => {
      const v = `tx00000${rng.hex(16)}-${rng.hex(8)}-${rng.hex(6)}-syd-a`;
      return { value: v, event: { bucket: 'brand', object: 'icon-192.png', tx: v, ref: `https://${AU_WWW}/pricing` } };
    }),
    3,
    plant('path-secret', 'rgw-referrer-invite-token', 'error', WHY.pathSecret("An invitation page `/invite/<token>` that loads the space's logo: RGW's ops log keeps it as the `referrer`"), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { bucket: 'brand', object: 'spaces/PAR-G/logo.png', ref: `https://${AU_APP}/invite/${tok}`, ua: BROWSERS[2] } };
    }),
    3,
    plant('oauth-code', 'rgw-referrer-callback-code', 'warning', `${WHY.code} The callback page \`/auth/callback?code=…&state=…\` loads avatars before it redirects; the ops log keeps it as the \`referrer\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { bucket: 'avatars', object: `${rng.uuid()}.webp`, ref: `https://${AU_APP}/auth/callback?code=${code}&state=${rng.b64url(32)}`, ua: BROWSERS[3] } };
    }),
    3,
    plant('encoded', 'rgw-referrer-next-encoded-api_key', 'error', "A sign-in page whose `next=` carries `%3Fapi_key%3D<key>` percent-encoded once, kept as the `referrer` of the logo it loads.", ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { bucket: 'brand', object: 'logo-dark.svg', ref: `https://${AU_APP}/login?next=%2Freports%2Fexport%3Fapi_key%3D${key}`, ua: BROWSERS[0] } };
    }),
    3,
    plant('session-id', 'rgw-referrer-jsessionid', 'error', WHY.session("A `;jsessionid=` in the path of the legacy member portal's page, the `referrer` of the floor plan it loads"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { bucket: 'floorplans', object: 'CBD-12/level.svg', ref: `https://legacy.${AU_WWW}/portal/floors.jsp;jsessionid=${sid}`, ua: BROWSERS[0] } };
    }),
    3,
    plant('negative', 'rgw-object-content-hash', 'none', "A floor plan object named by its content hash: no credential.", ({ rng }) => {
      const v = rng.hex(20);
      return { value: v, event: { bucket: 'floorplans', object: `SYD-L3/level.${v}.svg`, ref: `https://${AU_APP}/spaces/SYD-L3` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: AU_API }, filler, render, steps });
}

// =====================================================================================================================
// PadalaKo
// =====================================================================================================================

// resque-worker.log: a Resque 2.6 worker (`QUEUE=padala,mailers,webhooks VVERBOSE=1 bundle exec rake resque:work`) on
// Ruby 3.3, its output to a file: Resque's VeryVerboseFormatter (`** [<HH:MM:SS YYYY-MM-DD>] <pid>: <message>`, local
// time without a zone): `Checking <queue>`, `Found job on <queue>`, `got: (Job{<queue>} | <class> | <args inspected>)`,
// `done: (Job{…} | … | …)`, `(Job{…} | … | …) failed: #<…>`, `Sleeping for 5.0 seconds`.
// https://github.com/resque/resque/blob/master/lib/resque/worker.rb, https://github.com/resque/resque/blob/master/lib/resque/log_formatters/very_verbose_formatter.rb

function resqueLog(rng) {
  const pid = 4242;
  const stamp = (t) => { const d = local(t, PH); return `${d.slice(11, 19)} ${d.slice(0, 10)}`; };
  // One worker: a job's `done:` comes before the next `Checking` (the clock never runs backwards).
  let clock = 0;
  const render = (e, rng) => {
    const t0 = Math.max(e.t, clock + 1000);
    const at = (dt, msg) => { clock = Math.max(clock, t0 + dt); return `** [${stamp(t0 + dt)}] ${e.pid ?? pid}: ${msg}`; };
    if (e.msgs) return e.msgs.map((m, i) => at(i * 3, m));
    const job = `(Job{${e.queue}} | ${e.cls} | ${rb(e.args)})`;
    const end = e.fail ? `${job} failed: ${e.fail}` : `done: ${job}`;
    return [at(0, `Checking ${e.queue}`), at(1, `Found job on ${e.queue}`), at(2, `got: ${job}`), at(rng.int(200, 4000), end)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ queue: 'mailers', cls: 'ReceiptMailer', args: [padala(rng), `${rng.pick(['juan', 'maria', 'jose', 'ana', 'mark'])}.${rng.pick(['santos', 'reyes', 'cruz', 'bautista'])}@mail.example`] }),
      () => ({ queue: 'padala', cls: 'FxRateSyncJob', args: [{ pair: 'USD/PHP', source: 'bsp' }] }),
      () => ({ msgs: ['Checking padala', 'Checking mailers', 'Checking webhooks', 'Sleeping for 5.0 seconds'] }),
      () => ({ queue: 'padala', cls: 'PayoutStatusJob', args: [padala(rng), rng.pick(['gcash', 'maya', 'bdo', 'cebuana'])] }),
    ])();
  const steps = [
    { raw: { msgs: ['Starting', 'Registered signals', 'Running before_first_fork hooks', 'resque-2.6.0: Waiting for padala,mailers,webhooks'] } },
    2,
    plant('path-secret', 'resque-password-reset-mailer-args', 'error', WHY.pathSecret("A password reset link `/i-reset-ang-password/<token>` in a mailer job's arguments (`got:` and `done:`)"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { queue: 'mailers', cls: 'PasswordResetMailer', args: ['rosa.villanueva@mail.example', `https://${PH_APP}/i-reset-ang-password/${tok}`] } };
    }),
    2,
    plant('negative', 'resque-reconcile-idempotency_key', 'none', 'An `idempotency_key` (a UUID) in a reconciliation job\'s arguments: no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { queue: 'padala', cls: 'LedgerReconcileJob', args: [{ batch: `2027-03-08-${rng.int(1, 9)}`, idempotency_key: v }] } };
    }),
    2,
    plant('webhook', 'resque-partner-notify-discord-webhook', 'error', WHY.webhook("A Discord webhook as the first argument of a partner notification job (`got:` and the `failed:` line)"), ({ rng }) => {
      const hook = `${digits(rng, 19)}/${rng.b64url(68)}`;
      return { value: hook.split('/')[1], event: { queue: 'webhooks', cls: 'PartnerNotifyJob', args: [`https://discord.com/api/webhooks/${hook}`, { event: 'padala.claimed', ref: padala(rng) }], fail: '#<Faraday::ConnectionFailed: Failed to open TCP connection to discord.com:443 (execution expired)>' } };
    }),
    2,
    plant('encoded', 'resque-sftp-upload-auth-base64', 'error', "A partner SFTP upload job carries `auth` as base64 of `user:password`: a credential, base64 only.", ({ rng }) => {
      const cred = b64Of(`padalako:${rng.alnum(20)}`);
      return { value: cred, event: { queue: 'padala', cls: 'PartnerSftpUploadJob', args: [`payouts-2027-03-08.csv`, { host: 'sftp.partner-bank.example', auth: cred }] } };
    }),
    2,
    plant('refresh-token', 'resque-gcash-refresh_token-arg', 'error', `${WHY.refresh} A wallet token refresh job carries the merchant's refresh token in its arguments.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { queue: 'padala', cls: 'WalletTokenRefreshJob', args: [{ merchant_id: `M${digits(rng, 8)}`, provider: 'gcash', refresh_token: rt }] } };
    }),
    2,
    plant('negative', 'resque-receipt-sha256', 'none', "A receipt PDF's `sha256:` in a job's arguments: a content hash, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { queue: 'mailers', cls: 'ReceiptPdfJob', args: [padala(rng), `sha256:${v}`] } };
    }),
    2,
    plant('oauth-code', 'resque-link-bank-code-state', 'warning', `${WHY.code} A bank-linking job gets the authorization code and its state as arguments (\`got:\` and \`done:\`).`, ({ rng }) => {
      const code = rng.alnum(40);
      return { value: code, event: { queue: 'padala', cls: 'LinkBankAccountJob', args: [rng.int(10000, 99999), code, rng.b64url(24)] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: PH_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// padala-api.log: `kubectl logs deploy/padala-api --timestamps` of a Node 22 Express service with Sequelize 6
// (`logging: console.log`, `logQueryParameters: true`): `Executing (default): <SQL>` (values inlined in SELECTs,
// bind parameters `$n` and `; <params>` after INSERTs), the app's console lines (Taglish), util.inspect of an object
// over several lines; every line with the kubelet's RFC 3339 time (UTC, nanoseconds).
// https://sequelize.org/api/v6/class/src/sequelize.js~sequelize#instance-constructor-constructor (options.logging,
// options.logQueryParameters), https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/

function sequelizeLog(rng) {
  const render = (e, rng) => {
    const ts = `${iso(e.t).slice(0, 23)}${digits(rng, 6)}Z`;
    const lines = e.lines ?? [`Executing (default): ${e.sql}`];
    return lines.map((l) => `${ts} ${l}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ sql: `SELECT "id", "ref", "amount", "currency", "status" FROM "Padalas" AS "Padala" WHERE "Padala"."ref" = '${padala(rng)}';` }),
      () => ({ lines: [`POST /v1/padala 201 ${rng.int(40, 400)}.${digits(rng, 3)} ms - ${rng.int(200, 900)}`] }),
      () => ({ lines: [`Naipadala na ang padala ${padala(rng)} sa ${rng.pick(['gcash', 'maya', 'cebuana'])}`] }),
      () => ({ sql: `SELECT "id", "pair", "rate", "updatedAt" FROM "FxRates" AS "FxRate" WHERE "FxRate"."pair" = 'USD/PHP' LIMIT 1;` }),
    ])();
  const steps = [
    { raw: { lines: ['Nakikinig sa port 3000 (production)'] } },
    3,
    plant('api-key-name', 'sequelize-insert-paymentproviders-secretKey', 'error', `${WHY.apiKey('secretKey')} A payment provider's live secret key (\`sk_live_…\`) in the parameters Sequelize appends to an \`INSERT\` (\`logQueryParameters\`).`, ({ rng, t }) => {
      const key = `sk_live_${rng.alnum(24)}`;
      const at = iso(t).slice(0, 23).replace('T', ' ');
      return { value: key, event: { sql: `INSERT INTO "PaymentProviders" ("id","name","secretKey","createdAt","updatedAt") VALUES (DEFAULT,$1,$2,$3,$4) RETURNING "id","name","secretKey","createdAt","updatedAt"; "paymongo", "${key}", "${at} +00:00", "${at} +00:00"` } };
    }),
    3,
    plant('negative', 'sequelize-bcrypt-passwordHash', 'none', "A new user's bcrypt `passwordHash` in an `INSERT`'s parameters: a password hash, no credential to replay.", ({ rng, t }) => {
      const v = `$2b$12$${rng.alnum(53)}`;
      const at = iso(t).slice(0, 23).replace('T', ' ');
      return { value: v, event: { sql: `INSERT INTO "Users" ("id","email","mobile","passwordHash","createdAt","updatedAt") VALUES (DEFAULT,$1,$2,$3,$4,$5) RETURNING "id","email","mobile","passwordHash","createdAt","updatedAt"; "carlo.mendoza@mail.example", "+63917${digits(rng, 7)}", "${v}", "${at} +00:00", "${at} +00:00"` } };
    }),
    3,
    plant('path-secret', 'sequelize-select-emailVerifyToken', 'error', WHY.pathSecret("The e-mail confirmation token of `/kumpirmahin-email/<token>`, inlined in the `SELECT` that looks it up"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { sql: `SELECT "id", "email", "verifiedAt" FROM "Users" AS "User" WHERE "User"."emailVerifyToken" = '${tok}' LIMIT 1;` } };
    }),
    3,
    plant('session-id', 'sequelize-sessions-sid', 'error', WHY.session("An express-session id inlined in connect-session-sequelize's `SELECT … WHERE \"Session\".\"sid\" = …`"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { sql: `SELECT "sid", "expires", "data", "createdAt", "updatedAt" FROM "Sessions" AS "Session" WHERE "Session"."sid" = '${sid}';` } };
    }),
    3,
    plant('implicit-fragment', 'sequelize-app-client-error-href', 'error', "The app logs a client error report's `href`: the page with `#access_token=<JWT>` from an old implicit flow.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1500), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${PH_AUTH}/`, aud: 'padala-web', sub: rng.uuid(), scope: 'openid padala' } });
      return { value: token, jwt: facts, event: { lines: [`Ulat ng error mula sa client: href=https://${PH_APP}/#access_token=${token}&token_type=bearer mensahe="Hindi ma-load ang rates"`] } };
    }),
    3,
    plant('header-dump', 'sequelize-app-inspect-headers-authorization', 'error', "The app prints the headers it forwards to the payout partner with `console.log`, util.inspect over several lines: `authorization: 'Bearer <JWT>'`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${PH_AUTH}/`, aud: 'payout-gateway', sub: 'svc:padala-api', scope: 'payouts:create' } });
      return { value: token, jwt: facts, event: { lines: ['Headers papunta sa partner: {', `  authorization: 'Bearer ${token}',`, "  'content-type': 'application/json',", `  'x-request-id': '${rng.uuid()}'`, '}'] } };
    }),
    3,
    plant('negative', 'sequelize-app-requestId', 'none', 'A `requestId` (a UUID) on an app line: no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { lines: [`Nabigo ang payout, susubukan ulit: requestId=${v} partner=cebuana`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: PH_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// padala-xe.xml: an Extended Events session on the core ledger's SQL Server 2022 (`rpc_completed` and
// `sql_batch_completed` with the `client_app_name`, `client_hostname`, `username` and `client_connection_id` actions,
// an event_file target), read with `SELECT CAST(event_data AS xml) FROM sys.fn_xe_file_target_read_file(…)` and saved
// by `sqlcmd -y 0` one event a line: `<event name=… package="sqlserver" timestamp="…Z">`, `<data name=…>` fields
// (`statement` of an RPC, as SqlClient sends it: `exec sp_executesql N'…',N'<declarations>',@p0=N'…'`; `batch_text`
// of a batch), the actions.
// https://learn.microsoft.com/en-us/sql/relational-databases/system-functions/sys-fn-xe-file-target-read-file-transact-sql,
// https://learn.microsoft.com/en-us/sql/relational-databases/extended-events/quick-start-extended-events-in-sql-server

function xeLog(rng) {
  const render = (e, rng) => {
    const d = (name, value) => `<data name="${name}"><value>${value}</value></data>`;
    const a = (name, value, pkg = 'sqlserver') => `<action name="${name}" package="${pkg}"><value>${value}</value></action>`;
    const common = [d('cpu_time', rng.int(0, 4000)), d('duration', rng.int(200, 90000)), d('physical_reads', 0), d('logical_reads', rng.int(2, 400)), d('writes', rng.int(0, 3)), `<data name="result"><value>0</value><text>OK</text></data>`, d('row_count', rng.int(0, 1))];
    const body = e.batch
      ? [...common, d('batch_text', xml(e.batch))]
      : [...common, `<data name="connection_reset_option"><value>0</value><text>None</text></data>`, d('object_name', e.object ?? 'sp_executesql'), d('statement', xml(e.stmt)), '<data name="data_stream"><value /></data>', '<data name="output_parameters"><value /></data>'];
    const actions = [a('username', e.user ?? 'padala_ledger'), a('client_hostname', e.hostname ?? `LEDGER-API-0${rng.int(1, 3)}`), a('client_connection_id', e.conn ?? rng.uuid().toUpperCase()), a('client_app_name', e.app ?? 'Core Microsoft SqlClient Data Provider')];
    return [`<event name="${e.batch ? 'sql_batch_completed' : 'rpc_completed'}" package="sqlserver" timestamp="${iso(e.t).slice(0, 23)}Z">${body.join('')}${actions.join('')}</event>`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ stmt: `exec sp_executesql N'SELECT TOP(1) [p].[Id], [p].[Ref], [p].[Amount], [p].[Status] FROM [dbo].[Padalas] AS [p] WHERE [p].[Ref] = @__ref_0',N'@__ref_0 nvarchar(32)',@__ref_0=N'${padala(rng)}'` }),
      () => ({ stmt: `exec sp_executesql N'UPDATE [dbo].[Padalas] SET [Status] = @p0, [UpdatedAt] = @p1 WHERE [Id] = @p2; SELECT @@ROWCOUNT;',N'@p0 nvarchar(20),@p1 datetime2(7),@p2 bigint',@p0=N'${rng.pick(['CLAIMED', 'IN_TRANSIT', 'PAID_OUT'])}',@p1='2027-03-09 0${rng.int(0, 9)}:${pad(rng.int(0, 59))}:00',@p2=${rng.int(100000, 999999)}` }),
      () => ({ batch: 'SELECT 1', app: 'SQLAgent - TSQL JobStep (Job 0x4F2A1C9E7B3D5A60 : Step 1)', user: 'NT SERVICE\\SQLSERVERAGENT', hostname: 'SQL-PH-01' }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'xe-rpc-insert-PartnerCredentials-ClientSecret', 'error', `${WHY.apiKey('ClientSecret')} A partner bank's client secret as \`@p2\` of an \`INSERT INTO [dbo].[PartnerCredentials]\` (SqlClient's RPC, as Extended Events records it).`, ({ rng }) => {
      const secret = rng.b64url(48);
      return { value: secret, event: { stmt: `exec sp_executesql N'INSERT INTO [dbo].[PartnerCredentials] ([Partner], [ClientId], [ClientSecret]) OUTPUT INSERTED.[Id] VALUES (@p0, @p1, @p2);',N'@p0 nvarchar(50),@p1 nvarchar(100),@p2 nvarchar(200)',@p0=N'bdo-remit',@p1=N'${rng.uuid()}',@p2=N'${secret}'` } };
    }),
    3,
    plant('negative', 'xe-rpc-receipt-PdfSha256', 'none', "A receipt's `PdfSha256` bound as `@p0`: a content hash, no credential.", ({ rng }) => {
      const v = rng.hex(64).toUpperCase();
      return { value: v, event: { stmt: `exec sp_executesql N'UPDATE [dbo].[Receipts] SET [PdfSha256] = @p0 WHERE [PadalaRef] = @p1;',N'@p0 nvarchar(64),@p1 nvarchar(32)',@p0=N'${v}',@p1=N'${padala(rng)}'` } };
    }),
    3,
    plant('framework-dump', 'xe-rpc-usp_ValidateAgentLogin-Password', 'error', "An agent login stored procedure called with `@Password=N'<password>'`: the RPC's `statement` keeps the parameters, so the password is in clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { object: 'usp_ValidateAgentLogin', stmt: `exec dbo.usp_ValidateAgentLogin @Username=N'agent.cebu07',@Password=N'${pw}',@Branch=N'CEB-07'` } };
    }),
    3,
    plant('path-secret', 'xe-rpc-ClaimLinks-token', 'error', WHY.pathSecret("The recipient's claim link token (`/tanggap/<token>`, which pays out the remittance) bound as `@__token_0` of EF Core's look-up"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { stmt: `exec sp_executesql N'SELECT TOP(1) [c].[Id], [c].[PadalaId], [c].[ExpiresAt] FROM [dbo].[ClaimLinks] AS [c] WHERE [c].[Token] = @__token_0 AND [c].[UsedAt] IS NULL',N'@__token_0 nvarchar(64)',@__token_0=N'${tok}'` } };
    }),
    3,
    plant('api-key-name', 'xe-rpc-WebhookEndpoints-url-userinfo-password', 'error', "A partner's status webhook registered as `https://padala-hooks:<password>@…`: the password in the URL's userinfo, bound as `@p0` (labeled like a key, as the earlier parts do).", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { stmt: `exec sp_executesql N'INSERT INTO [dbo].[WebhookEndpoints] ([Partner], [Url]) VALUES (@p0, @p1);',N'@p0 nvarchar(50),@p1 nvarchar(400)',@p0=N'cebuana',@p1=N'https://padala-hooks:${pw}@hooks.partner-remit.example/remit/status'` } };
    }),
    3,
    plant('id-token', 'xe-batch-AuthAudit-id_token', 'error', "A hand-written audit `INSERT` (a batch, not an RPC) stores the sign-in callback's form body, `id_token=<JWT>` with it: the user's ID token, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${PH_AUTH}/`, aud: 'ledger-admin', sub: rng.uuid(), nonce: rng.b64url(22), email: 'j.dizon@padalako.example' } });
      return { value: token, jwt: facts, event: { batch: `INSERT INTO dbo.AuthAudit (EventType, Detail, CreatedAt) VALUES (N'oidc_callback', N'id_token=${token}&state=${rng.b64url(22)}', SYSUTCDATETIME());`, app: 'PadalaKo.LedgerAdmin', hostname: 'LEDGER-ADM-01' } };
    }),
    3,
    plant('negative', 'xe-client_connection_id', 'none', "A `client_connection_id` action (SqlClient's connection GUID): no credential.", ({ rng }) => {
      const v = rng.uuid().toUpperCase();
      return { value: v, event: { conn: v, stmt: `exec sp_executesql N'SELECT [f].[Rate] FROM [dbo].[FxRates] AS [f] WHERE [f].[Pair] = @__pair_0',N'@__pair_0 nvarchar(8)',@__pair_0=N'USD/PHP'` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: PH_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// proxysql-events.json: ProxySQL 2.7's query events log (`mysql-eventslog_filename`, `mysql-eventslog_format=2`,
// `mysql-eventslog_default_log=1`): one JSON object a line with `client`, `digest`, `duration_us`, `endtime`,
// `endtime_timestamp_us`, `event` (`COM_QUERY`), `hostgroup_id`, `query`, `rows_affected`, `rows_sent`, `schemaname`,
// `server`, `starttime`, `starttime_timestamp_us`, `thread_id`, `username`; the proxy's local time (Manila) in
// `starttime`/`endtime`. https://proxysql.com/documentation/query-logging/

function proxysqlLog(rng) {
  const render = (e, rng) => {
    const dur = rng.int(150, 9000);
    const us = e.t * 1000 + rng.int(0, 999);
    const ts = (micros) => { const d = local(Math.floor(micros / 1000), PH); return `${d.slice(0, 10)} ${d.slice(11, 23)}${pad(micros % 1000, 3)}`; };
    return [JSON.stringify({
      client: `10.8.1.${rng.int(10, 60)}:${rng.int(30000, 60000)}`,
      digest: e.digest ?? `0x${rng.hex(16).toUpperCase()}`,
      duration_us: dur,
      endtime: ts(us + dur),
      endtime_timestamp_us: us + dur,
      event: 'COM_QUERY',
      hostgroup_id: /^(SELECT|select)/.test(e.q) ? 20 : 10,
      query: e.q,
      rows_affected: /^(SELECT|select)/.test(e.q) ? 0 : 1,
      rows_sent: /^(SELECT|select)/.test(e.q) ? rng.int(0, 20) : 0,
      schemaname: 'padala',
      server: /^(SELECT|select)/.test(e.q) ? '10.8.2.6:3306' : '10.8.2.5:3306',
      starttime: ts(us),
      starttime_timestamp_us: us,
      thread_id: rng.int(10, 900),
      username: e.user ?? 'padala_app',
    })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ q: `SELECT id, ref, amount, status FROM padalas WHERE ref = '${padala(rng)}'` }),
      () => ({ q: `UPDATE padalas SET status = 'CLAIMED', updated_at = NOW() WHERE id = ${rng.int(100000, 999999)}` }),
      () => ({ q: 'SELECT rate FROM fx_rates WHERE pair = \'USD/PHP\' ORDER BY as_of DESC LIMIT 1' }),
      () => ({ q: 'COMMIT' }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'proxysql-insert-oauth_callbacks-code', 'warning', `${WHY.code} The wallet-linking callback stores the code beside its state in an \`INSERT\` ProxySQL logs with its literals.`, ({ rng }) => {
      const code = rng.alnum(32);
      return { value: code, event: { q: `INSERT INTO oauth_callbacks (provider, code, state, created_at) VALUES ('maya', '${code}', '${rng.b64url(24)}', NOW())` } };
    }),
    3,
    plant('negative', 'proxysql-digest', 'none', "ProxySQL's query `digest` (a hash of the normalized statement): no credential.", ({ rng }) => {
      const v = `0x${rng.hex(16).toUpperCase()}`;
      return { value: v, event: { digest: v, q: `SELECT id, name FROM branches WHERE city = '${rng.pick(['Cebu', 'Davao', 'Iloilo', 'Baguio'])}'` } };
    }),
    3,
    plant('embed-jwt', 'proxysql-share_links-embed-resibo-no-exp', 'error', 'A receipt share link `/embed/resibo/<JWT>` stored by an `INSERT`: the JWT has no `exp`, so the receipt stays open to whoever has the link.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(1, 10), claims: { ref: padala(rng), view: 'resibo' } });
      return { value: token, jwt: facts, event: { q: `INSERT INTO share_links (padala_ref, url, created_at) VALUES ('${padala(rng)}', 'https://${PH_APP}/embed/resibo/${token}', NOW())` } };
    }),
    3,
    plant('api-key-name', 'proxysql-select-merchants-api_key', 'error', `${WHY.apiKey('api_key')} The merchant API authenticates a call by looking its key up as a literal in the query.`, ({ rng }) => {
      const key = `pdk_live_${rng.alnum(32)}`;
      return { value: key, event: { q: `SELECT id, name, status FROM merchants WHERE api_key = '${key}' LIMIT 1` } };
    }),
    3,
    plant('encoded', 'proxysql-redirects-balik-double-encoded-susi', 'error', 'A short link\'s target `…/balik?to=%252Fpadala%253Fsusi%253D<key>` (percent-encoded twice) in an `INSERT`: a partner page with its key.', ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { q: `INSERT INTO redirects (slug, target) VALUES ('${rng.alnum(6)}', 'https://${PH_APP}/balik?to=%252Fpadala%252Fpartner%253Fsusi%253D${key}')` } };
    }),
    3,
    plant('webhook', 'proxysql-notifier_channels-telegram-bot', 'error', WHY.webhook("A Telegram bot token in the `url` an `UPDATE notifier_channels` writes (`/bot<token>/sendMessage`)"), ({ rng }) => {
      const bot = `${rng.int(6e9, 7.9e9)}:AA${rng.b64url(33)}`;
      return { value: bot, event: { q: `UPDATE notifier_channels SET url = 'https://api.telegram.org/bot${bot}/sendMessage?chat_id=-100${digits(rng, 10)}' WHERE id = 3` } };
    }),
    3,
    plant('negative', 'proxysql-payment-callback-nonce', 'none', "A payment callback's `nonce` (a one-time value against duplicates) in a query: no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { q: `SELECT id FROM payment_callbacks WHERE provider = 'paymongo' AND nonce = '${v}'` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: PH_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// alicdn-access.log: Alibaba Cloud CDN's offline logs of `cdn.padalako.example` and `padalako.example` (downloaded and
// gunzipped: `[<d/Mon/yyyy:HH:MM:SS +0800>] <client ip> <proxy ip> <response ms> "<referer>" "<method> <full URL>"
// <status> <request size> <response size> <HIT|MISS> "<user agent>" "<content type>"`, the day without a leading zero).
// https://www.alibabacloud.com/help/en/cdn/user-guide/download-logs

function alicdnLog(rng) {
  let resiboPath = '';
  const stamp = (t) => { const d = local(t, PH); return `${Number(d.slice(8, 10))}/${MONTHS[Number(d.slice(5, 7)) - 1]}/${d.slice(0, 4)}:${d.slice(11, 19)} +0800`; };
  const render = (e, rng) => [`[${stamp(e.t)}] ${e.ip} - ${e.ms} "${e.referer}" "${e.method} https://${e.host}${target(e)}" ${e.status} ${rng.int(180, 900)} ${e.bytes} ${e.cache ?? rng.pick(['HIT', 'HIT', 'MISS'])} "${e.ua}" "${e.ctype ?? 'text/html'}"`];
  const filler = (rng) =>
    rng.pick([
      () => ({ host: `cdn.${PH_WWW}`, path: `/assets/app-${rng.hex(8)}.js`, ctype: 'application/javascript', referer: `https://${PH_APP}/`, ip: phIp(rng), ua: BROWSERS[4] }),
      () => ({ host: PH_WWW, path: '/', ip: phIp(rng), ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ host: `cdn.${PH_WWW}`, path: '/img/hero-padala.webp', ctype: 'image/webp', referer: `https://${PH_WWW}/`, ip: phIp(rng), ua: BROWSERS[2] }),
      () => ({ host: `cdn.${PH_WWW}`, path: '/api/rates/latest.json', ctype: 'application/json', cache: 'HIT', referer: `https://${PH_WWW}/`, ip: phIp(rng), ua: BROWSERS[0] }),
    ])();
  const steps = [
    3,
    plant('replay', 'alicdn-resibo-tiket_isahan', 'note', WHY.ticketFirst('A one-time `tiket_isahan` on a receipt PDF (`/resibo/<ref>.pdf?tiket_isahan=…`)'), ({ rng, t }) => {
      firstUse.resibo = t;
      const tk = rng.b64url(32);
      resiboPath = `/resibo/${padala(rng)}.pdf`;
      return { value: tk, event: { host: `cdn.${PH_WWW}`, path: resiboPath, query: `tiket_isahan=${tk}`, ctype: 'application/pdf', cache: 'MISS', ip: '112.198.73.41', ua: BROWSERS[4], referer: `https://${PH_APP}/padala` } };
    }, { ref: 'resibo' }),
    2,
    plant('replay', 'alicdn-resibo-tiket_isahan', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('resibo').value, why: `${WHY.replay('tiket_isahan', gap('resibo', t))} The origin serves the receipt again (200, a MISS: the URL is not cached) to another address and browser: the link was forwarded in a group chat.` }], event: { host: `cdn.${PH_WWW}`, path: resiboPath, query: `tiket_isahan=${refs.get('resibo').value}`, ctype: 'application/pdf', cache: 'MISS', ip: '49.145.201.17', ua: BROWSERS[0], referer: '-' } }), { replayOf: 'resibo', after: 95 }),
    3,
    plant('negative', 'alicdn-app-js-v-hash', 'none', 'A `v=<hash>` cache buster on the web app\'s script: no credential.', ({ rng }) => {
      const v = rng.hex(10);
      return { value: v, event: { host: `cdn.${PH_WWW}`, path: '/assets/vendor.js', query: `v=${v}`, ctype: 'application/javascript', referer: `https://${PH_APP}/`, ip: phIp(rng), ua: BROWSERS[4] } };
    }),
    3,
    plant('api-key-name', 'alicdn-rates-susi', 'error', `${WHY.apiKey('susi')} A partner site's rate widget calls the rates endpoint through the CDN with its key in the query (\`susi\`, "key").`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { host: `cdn.${PH_WWW}`, path: '/api/rates/partner.json', query: `pair=USD-PHP&susi=${key}`, ctype: 'application/json', cache: 'MISS', referer: 'https://remit-partner.example/', ip: phIp(rng), ua: BROWSERS[0] } };
    }),
    3,
    plant('embed-jwt', 'alicdn-referer-embed-resibo-1h-jti', 'error', "The receipt widget page `/embed/resibo/<JWT>` loads the logo through the CDN, which logs the page as the Referer: a token of 1 h with a jti.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 300), jti: true, claims: { ref: padala(rng), view: 'resibo' } });
      return { value: token, jwt: facts, event: { host: `cdn.${PH_WWW}`, path: '/img/logo-padalako.svg', ctype: 'image/svg+xml', referer: `https://${PH_APP}/embed/resibo/${token}`, ip: phIp(rng), ua: BROWSERS[2] } };
    }),
    3,
    plant('id-token', 'alicdn-labas-id_token_hint', 'error', "The sign-out `/labas?id_token_hint=<JWT>` goes through the CDN to the origin (a MISS): the user's ID token, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 43200, age: rng.int(600, 20000), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${PH_AUTH}/`, aud: 'padala-web', sub: rng.uuid(), sid: rng.uuid(), email: 'liza.ramos@mail.example' } });
      return { value: token, jwt: facts, event: { host: PH_WWW, path: '/labas', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${PH_WWW}%2F`, status: 302, cache: 'MISS', ip: phIp(rng), ua: BROWSERS[1] } };
    }),
    3,
    plant('negative', 'alicdn-fbclid', 'none', 'A Facebook click id (`fbclid`) on a landing page: no credential.', ({ rng }) => {
      const v = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(60)}`;
      return { value: v, event: { host: PH_WWW, path: '/promo/ofw-day', query: `fbclid=${v}`, ip: phIp(rng), ua: BROWSERS[4] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: PH_WWW }, filler, render, steps });
}

// =====================================================================================================================
// Bicivall
// =====================================================================================================================

// batch-factures.log: the billing batch (Spring Boot 3.4, Spring Batch 5.2) with Boot's default console pattern
// (`<yyyy-MM-dd'T'HH:mm:ss.SSSXXX> <level> <pid> --- [<app>] [<thread>] <logger> : <message>`, Girona's time with its
// offset): TaskExecutorJobLauncher's `Job: [SimpleJob: [name=…]] launched with the following parameters: [{…}]` and
// `… completed with the following parameters: [{…}] and the following status: [COMPLETED] in …` (each parameter as
// `'<name>':'{value=…, type=…, identifying=…}'`), SimpleStepHandler's `Executing step:`, AbstractStep's `Step: […]
// executed in …`, the app's loggers, a stack trace's lines without a time.
// https://docs.spring.io/spring-boot/reference/features/logging.html#features.logging.log-format,
// https://docs.spring.io/spring-batch/reference/job/running.html

function springBatchLog(rng) {
  const pid = 1;
  const line = (t, level, thread, logger, msg) => `${isoOff(t, CAT)} ${level.padStart(5)} ${pid} --- [bicivall-batch] [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40)} : ${msg}`;
  const params = (ps) => `[{${ps.map(([k, v, type = 'java.lang.String', id = true]) => `'${k}':'{value=${v}, type=class ${type}, identifying=${id}}'`).join(',')}}]`;
  // The jobs run one after another on `main`: a job's lines end before the next entry starts.
  let clock = 0;
  const render = (e, rng) => {
    const t0 = Math.max(e.t, clock + 500);
    if (e.app) { clock = t0; return [line(t0, e.level ?? 'INFO', e.thread ?? 'main', e.logger ?? 'c.b.factures.ErpClient', e.app), ...(e.trace ?? [])]; }
    const job = `Job: [SimpleJob: [name=${e.job}]]`;
    const ms = rng.int(800, 9000);
    clock = t0 + ms;
    const ps = params(e.params);
    const out = [line(t0, 'INFO', 'main', 'o.s.b.c.l.s.TaskExecutorJobLauncher', `${job} launched with the following parameters: ${ps}`)];
    out.push(line(t0 + 40, 'INFO', 'main', 'o.s.batch.core.job.SimpleStepHandler', `Executing step: [${e.step}]`));
    for (const m of e.during ?? []) out.push(line(t0 + 200, m[0], 'main', m[1], m[2]), ...(m[3] ?? []));
    out.push(line(t0 + ms - 30, e.failed ? 'ERROR' : 'INFO', 'main', 'o.s.batch.core.step.AbstractStep', `Step: [${e.step}] executed in ${Math.floor(ms / 1000)}s${ms % 1000}ms`));
    out.push(line(t0 + ms, 'INFO', 'main', 'o.s.b.c.l.s.TaskExecutorJobLauncher', `${job} completed with the following parameters: ${ps} and the following status: [${e.failed ? 'FAILED' : 'COMPLETED'}] in ${Math.floor(ms / 1000)}s${ms % 1000}ms`));
    return out;
  };
  const date = (rng) => `2027-03-0${rng.int(1, 8)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ job: 'tancamentDiari', step: 'tancarViatges', params: [['data', date(rng), 'java.time.LocalDate'], ['run.id', String(rng.int(100, 900)), 'java.lang.Long']] }),
      () => ({ app: `S'han generat ${rng.int(20, 400)} factures per a ${rng.int(10, 300)} abonats`, logger: 'c.b.factures.FacturaWriter' }),
      () => ({ job: 'recompteEstacions', step: 'recomptar', params: [['estacio', rng.pick(ESTACIONS)], ['run.id', String(rng.int(100, 900)), 'java.lang.Long']] }),
    ])();
  const steps = [
    { raw: { app: 'Starting BicivallBatchApplication v2027.3.1 using Java 21.0.6 with PID 1 (/app/app.jar started by bicivall in /app)', logger: 'c.b.BicivallBatchApplication' } },
    { raw: { app: 'Started BicivallBatchApplication in 4.812 seconds (process running for 5.377)', logger: 'c.b.BicivallBatchApplication' } },
    2,
    plant('webhook', 'batch-jobparam-avisUrl-slack', 'error', WHY.webhook("A Slack incoming webhook as the job parameter `avisUrl`, written when the job is launched and again when it completes"), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { job: 'exportFactures', step: 'exportar', params: [['dataFactura', '2027-03-08', 'java.time.LocalDate'], ['avisUrl', `https://hooks.slack.com/services/${hook}`, 'java.lang.String', false]] } };
    }),
    2,
    plant('negative', 'batch-jobparam-fitxerSha256', 'none', 'An input file\'s `fitxerSha256` job parameter (a content hash; launch and completion lines): no credential.', ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { job: 'importMoviments', step: 'importar', params: [['fitxer', '/data/entrada/moviments-20270308.csv'], ['fitxerSha256', v]] } };
    }),
    2,
    plant('api-key-name', 'batch-jobparam-clauApi-stripe', 'error', `${WHY.apiKey('clauApi')} A Stripe secret key (\`sk_live_…\`) passed as the job parameter \`clauApi\` ("API key"), on the launch and completion lines.`, ({ rng }) => {
      const key = `sk_live_${rng.alnum(99)}`;
      return { value: key, event: { job: 'cobramentsMensuals', step: 'cobrar', params: [['mes', '2027-02'], ['clauApi', key, 'java.lang.String', false]] } };
    }),
    2,
    plant('refresh-token', 'batch-app-erp-refresh_token', 'error', `${WHY.refresh} The ERP client logs the refresh token it is about to use ("Refrescant el token de l'ERP").`, ({ rng }) => {
      const rt = rng.b64url(72);
      return { value: rt, event: { app: `Refrescant el token de l'ERP amb refresh_token=${rt}`, level: 'DEBUG' } };
    }),
    2,
    plant('api-key-name', 'batch-jobparam-sftpUrl-userinfo-password', 'error', "The bank remittance job's `sftpUrl` parameter carries the SFTP password in its userinfo (`sftp://bicivall:<password>@…`), on the launch and completion lines (labeled like a key).", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { job: 'remesesBancaries', step: 'enviarRemesa', params: [['dataRemesa', '2027-03-09', 'java.time.LocalDate'], ['sftpUrl', `sftp://bicivall:${pw}@sftp.banc-remeses.example:22/entrada`]] } };
    }),
    2,
    plant('framework-dump', 'batch-flatfileparseexception-input-contrasenya', 'error', "A failed import's `FlatFileParseException` quotes the whole input line, the subscriber's `contrasenya` (password) column in clear.", ({ rng }) => {
      const pw = rng.alnum(12);
      return { value: pw, event: { job: 'importAbonats', step: 'importarAbonats', failed: true, params: [['fitxer', '/data/entrada/abonats-20270308.csv']], during: [['ERROR', 'o.s.batch.core.step.AbstractStep', 'Encountered an error executing step importarAbonats in job importAbonats', [`org.springframework.batch.item.file.FlatFileParseException: Parsing error at line: ${rng.int(20, 400)} in resource=[file [/data/entrada/abonats-20270308.csv]], input=[${abonat(rng)};marta.puig@mail.example;Marta;Puig;${pw};anual;2027-03-01;]`, '\tat org.springframework.batch.item.file.FlatFileItemReader.doRead(FlatFileItemReader.java:195)', '\tat org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader.read(AbstractItemCountingItemStreamItemReader.java:93)', 'Caused by: org.springframework.batch.item.file.transform.IncorrectTokenCountException: Incorrect number of tokens found in record: expected 6 actual 7']]] } };
    }),
    2,
    plant('negative', 'batch-jobparam-idempotencyKey', 'none', 'An `idempotencyKey` job parameter (a UUID; launch and completion lines): no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { job: 'reemborsaments', step: 'reemborsar', params: [['idempotencyKey', v], ['mes', '2027-02']] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: CAT_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// audit.log: Apache Cassandra 5.0's audit log with the FileAuditLogger (`audit_logging_options: enabled: true, logger:
// class_name: FileAuditLogger`), through logback's AUDIT appender to logs/audit/audit.log (`%-5level [%thread]
// %date{ISO8601} %F:%L - %msg%n`, the node's time without a zone), the message's fields joined by pipes: `user`, `host`,
// `source`, `port`, `timestamp` (epoch ms), `type`, `category`, `ks`, `scope`, `operation` (the CQL as sent: literal
// values appear, a prepared statement's bound values do not; passwords in role statements are obfuscated).
// https://cassandra.apache.org/doc/stable/cassandra/managing/operating/audit_logging.html

function cassandraLog(rng) {
  const stamp = (t) => { const d = local(t, CAT); return `${d.slice(0, 10)} ${d.slice(11, 19)},${d.slice(20, 23)}`; };
  const render = (e, rng) => {
    const fields = [`user:${e.user ?? 'bicivall_app'}`, 'host:/10.30.0.11:7000', `source:/10.30.1.${e.src ?? rng.int(5, 40)}`, `port:${rng.int(32000, 60000)}`, `timestamp:${e.t}`, `type:${e.type}`, `category:${e.cat}`];
    if (e.ks) fields.push(`ks:${e.ks}`);
    if (e.scope) fields.push(`scope:${e.scope}`);
    fields.push(`operation:${e.op}`);
    return [`INFO  [Native-Transport-Requests-${rng.int(1, 16)}] ${stamp(e.t)} FileAuditLogger.java:51 - ${fields.join('|')}`];
  };
  const q = (ks, scope, type, op, extra = {}) => ({ ks, scope, type, cat: type === 'SELECT' ? 'QUERY' : 'DML', op, ...extra });
  const filler = (rng) =>
    rng.pick([
      () => q('trajectes', 'viatges', 'SELECT', `SELECT * FROM trajectes.viatges WHERE abonat = '${abonat(rng)}' AND dia = '2027-03-09' LIMIT 50;`),
      () => q('estacions', 'ocupacio', 'UPDATE', `UPDATE estacions.ocupacio SET bicis = ${rng.int(0, 20)}, ancoratges_lliures = ${rng.int(0, 20)} WHERE estacio = '${rng.pick(ESTACIONS)}';`),
      () => ({ type: 'LOGIN_SUCCESS', cat: 'AUTH', op: 'LOGIN SUCCESSFUL', user: rng.pick(['bicivall_app', 'bicivall_mapa']) }),
      () => q('trajectes', 'viatges', 'PREPARE_STATEMENT', 'INSERT INTO trajectes.viatges (abonat, dia, viatge_id, origen, desti) VALUES (?, ?, ?, ?, ?);', { cat: 'PREPARE' }),
    ])();
  const steps = [
    { raw: { type: 'LOGIN_SUCCESS', cat: 'AUTH', op: 'LOGIN SUCCESSFUL' } },
    3,
    plant('session-id', 'cassandra-select-sessions-sessio_id', 'error', WHY.session('A web session id as the literal of a `SELECT … WHERE sessio_id = …` (a query sent without binding)'), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: q('sessions', 'sessions', 'SELECT', `SELECT abonat, expira FROM sessions.sessions WHERE sessio_id = '${sid}';`) };
    }),
    3,
    plant('negative', 'cassandra-create-role-password-obfuscated', 'none', "A `CREATE ROLE … WITH PASSWORD = '*******'`: Cassandra obfuscates the password in the audit log, no credential.", () => ({ value: '*******', needle: "analitica WITH PASSWORD = '*******'", event: { user: 'dba_marc', ks: undefined, type: 'CREATE_ROLE', cat: 'DCL', op: "CREATE ROLE analitica WITH PASSWORD = '*******' AND LOGIN = true;" } })),
    3,
    plant('encoded', 'cassandra-proveidors-auth_header-basic-b64', 'error', "A provider's `auth_header` stored as `Basic <base64 of user:password>` in a literal `INSERT`: the credential, base64 only.", ({ rng }) => {
      const cred = b64Of(`bicivall:${rng.alnum(20)}`);
      return { value: cred, event: q('integracions', 'proveidors', 'UPDATE', `INSERT INTO integracions.proveidors (id, nom, url, auth_header) VALUES (uuid(), 'ajuntament-girona', 'https://dades.ajuntament-girona.example/api/v1', 'Basic ${cred}');`) };
    }),
    3,
    plant('embed-jwt', 'cassandra-pantalles-embed-estacio-120s', 'warning', "A station screen's widget URL `/embed/estacio/<JWT>` written by a literal `INSERT`: a token of 120 s without jti (the line's `timestamp` is the time).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(2, 40), claims: { estacio: rng.pick(ESTACIONS), vista: 'pantalla' } });
      return { value: token, jwt: facts, event: q('pantalles', 'estacions', 'UPDATE', `INSERT INTO pantalles.estacions (id, embed_url, actualitzat) VALUES (${rng.int(1, 40)}, 'https://${CAT_APP}/embed/estacio/${token}', toTimestamp(now()));`) };
    }),
    3,
    plant('path-secret', 'cassandra-update-convits-token', 'error', WHY.pathSecret('An invitation token (`/convit/<token>`) as the literal of `UPDATE abonats.convits SET usat = true WHERE token = …`'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: q('abonats', 'convits', 'UPDATE', `UPDATE abonats.convits SET usat = true WHERE token = '${tok}';`) };
    }),
    3,
    plant('header-dump', 'cassandra-lliuraments-capcaleres-authorization', 'error', "A delivery record stores the request's headers as a map literal (`capcaleres`), `'Authorization': 'Bearer <token>'` among them: the ERP's API token.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: q('integracions', 'lliuraments', 'UPDATE', `INSERT INTO integracions.lliuraments (id, url, capcaleres) VALUES (now(), 'https://erp.${CAT_WWW}/api/factures', {'Authorization': 'Bearer ${tok}', 'Content-Type': 'application/json'});`) };
    }),
    3,
    plant('negative', 'cassandra-viatge_id-timeuuid', 'none', 'A trip\'s `viatge_id` (a timeuuid): no credential.', ({ rng }) => {
      const h = rng.hex(32);
      const v = `${h.slice(0, 8)}-${h.slice(8, 12)}-11f${h.slice(13, 16)}-9${h.slice(17, 20)}-${h.slice(20)}`;
      return { value: v, event: q('trajectes', 'viatges', 'SELECT', `SELECT * FROM trajectes.viatges WHERE abonat = '${abonat(rng)}' AND dia = '2027-03-09' AND viatge_id = ${v};`) };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: CAT_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// access.audit.json: PingAM 8's JSON audit handler, the access topic (`access.audit.json`): each request as an
// `AM-ACCESS-ATTEMPT` and an `AM-ACCESS-OUTCOME` event (`realm`, `transactionId`, `userId`, `trackingIds`, `client`,
// `server`, `http.request` with `secure`, `method`, `path`, `queryParameters`, `headers`, `cookies`; `request` with
// `protocol` and `operation`; on the outcome `response` with `status`, `statusCode`, `elapsedTime`; `timestamp` UTC,
// `eventName`, `component`, `_id`). https://docs.pingidentity.com/pingam/8/security/sec-maint-audit-ref.html

function pingamLog(rng) {
  let seq = 0;
  const render = (e, rng) => {
    const tx = e.tx ?? `${rng.uuid()}-${rng.int(1000, 99999)}`;
    const qp = {};
    if (e.query) for (const pair of e.query.split('&')) { const [k, v = ''] = pair.split('='); (qp[k] ??= []).push(decodeURIComponent(v)); }
    const request = { secure: true, method: e.method, path: `https://${CAT_SSO}/am${e.path}`, queryParameters: qp, headers: { accept: ['application/json, text/javascript, */*; q=0.01'], host: [`${CAT_SSO}:443`], 'user-agent': [e.ua], ...(e.hdrs ?? {}) }, cookies: {} };
    const base = { realm: '/abonats', transactionId: tx, userId: e.userId ?? '', trackingIds: e.userId ? [`${rng.uuid()}-${rng.int(1000, 9999)}`] : [], client: { ip: e.ip, port: e.port }, server: { ip: '10.30.2.4', port: 8080 }, http: { request } };
    const ms = rng.int(4, 180);
    seq += 2;
    return [
      JSON.stringify({ ...base, request: { protocol: e.protocol, operation: e.op }, timestamp: iso(e.t), eventName: 'AM-ACCESS-ATTEMPT', component: e.component, _id: `${tx.slice(0, 36)}-${seq}` }),
      JSON.stringify({ ...base, request: { protocol: e.protocol, operation: e.op }, timestamp: iso(e.t + ms), eventName: 'AM-ACCESS-OUTCOME', component: e.component, response: { status: e.failed ? 'FAILED' : 'SUCCESSFUL', statusCode: e.code ?? '', elapsedTime: ms, elapsedTimeUnits: 'MILLISECONDS' }, _id: `${tx.slice(0, 36)}-${seq + 1}` }),
    ];
  };
  const oauth = '/oauth2/realms/root/realms/abonats';
  const json = '/json/realms/root/realms/abonats';
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `${oauth}/.well-known/openid-configuration`, protocol: 'OAuth', op: 'wellknown', component: 'OAuth', ua: 'okhttp/5.3.0' }),
      () => ({ method: 'POST', path: `${json}/authenticate`, query: 'authIndexType=service&authIndexValue=Login', protocol: 'CREST', op: 'ACTION', component: 'Authentication', ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ method: 'GET', path: `${json}/sessions`, query: '_action=getSessionInfo', protocol: 'CREST', op: 'ACTION', component: 'Session', ua: 'Bicivall/3.1 (iPhone; iOS 26.1)', userId: `id=${rng.uuid()},ou=user,o=abonats,ou=services,ou=am-config` }),
    ])();
  const steps = [
    2,
    plant('id-token', 'pingam-endSession-id_token_hint', 'error', "The sign-out `…/connect/endSession?id_token_hint=<JWT>` in `http.request.queryParameters` of the attempt and the outcome: the subscriber's ID token, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(600, 20000), alg: 'RS256', kid: rng.b64url(27), claims: { iss: `https://${CAT_SSO}/am/oauth2/realms/root/realms/abonats`, aud: 'app-web', sub: rng.uuid(), 'org.forgerock.openidconnect.ops': rng.b64url(27), tokenName: 'id_token', email: 'jordi.serra@mail.example' } });
      return { value: token, jwt: facts, event: { method: 'GET', path: `${oauth}/connect/endSession`, query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${CAT_WWW}%2F`, protocol: 'OAuth', op: 'endSession', component: 'OAuth', ua: BROWSERS[0] } };
    }),
    2,
    plant('negative', 'pingam-authorize-nonce', 'none', 'An OIDC `nonce` in the authorize request\'s `queryParameters` (it binds an ID token to one sign-in): no credential.', ({ rng }) => {
      const v = rng.b64url(32);
      return { value: v, event: { method: 'GET', path: `${oauth}/authorize`, query: `client_id=app-web&response_type=code&scope=openid%20profile&redirect_uri=https%3A%2F%2F${CAT_APP}%2Fcallback&state=${rng.b64url(24)}&nonce=${v}&code_challenge=${rng.b64url(43)}&code_challenge_method=S256`, protocol: 'OAuth', op: 'authorize', component: 'OAuth', ua: BROWSERS[2], code: '302' } };
    }),
    2,
    plant('refresh-token', 'pingam-access_token-query-refresh_token', 'error', `${WHY.refresh} An old build of the mobile app sends its refresh grant's parameters in the query of the POST: AM's access log keeps \`queryParameters\` on both events.`, ({ rng }) => {
      const rt = `${rng.b64url(27)}.${rng.b64url(43)}`;
      return { value: rt, event: { method: 'POST', path: `${oauth}/access_token`, query: `grant_type=refresh_token&client_id=app-mobil&refresh_token=${rt}`, protocol: 'OAuth', op: 'access_token', component: 'OAuth', ua: 'Bicivall/2.8 (Android 13; SM-A536B)' } };
    }),
    2,
    plant('session-id', 'pingam-isTokenValid-tokenid', 'error', WHY.session("An AM SSO token as `tokenid=` of the legacy `/identity/isTokenValid` call an old kiosk still makes"), ({ rng }) => {
      const sso = `${rng.b64url(27)}.*AAJTSQACMDIAAlNLABw${rng.b64url(38)}AAR0eXBlAANDVFMAAlMxAAA.*`;
      return { value: sso, event: { method: 'GET', path: '/identity/isTokenValid', query: `tokenid=${sso}`, protocol: 'CREST', op: 'isTokenValid', component: 'Session', ua: 'Java/1.8.0_412' } };
    }),
    2,
    plant('path-secret', 'pingam-authenticate-suspendedId', 'error', WHY.pathSecret("The password reset e-mail's link resumes the journey with `suspendedId=<id>` (the Email Suspend node's one-time link), in `queryParameters`"), ({ rng }) => {
      const sid = rng.b64url(27);
      return { value: sid, event: { method: 'POST', path: `${json}/authenticate`, query: `authIndexType=service&authIndexValue=RestablirContrasenya&suspendedId=${sid}`, protocol: 'CREST', op: 'ACTION', component: 'Authentication', ua: BROWSERS[4] } };
    }),
    2,
    plant('api-key-name', 'pingam-headers-x-clau-api', 'error', `${WHY.apiKey('x-clau-api')} The ERP's user sync sends its gateway key (\`x-clau-api\`, "API key") to AM too; the access log keeps the request's headers on both events.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { method: 'GET', path: `${json}/users`, query: '_queryFilter=true&_pageSize=100', protocol: 'CREST', op: 'QUERY', component: 'Users', ua: 'Apache-HttpClient/5.4.1 (Java/21.0.6)', hdrs: { 'x-clau-api': [key] } } };
    }),
    2,
    plant('negative', 'pingam-transactionId', 'none', "AM's `transactionId` (the request's id across events): no credential.", ({ rng }) => {
      const v = `${rng.uuid()}-${rng.int(1000, 99999)}`;
      return { value: v, event: { tx: v, method: 'GET', path: `${oauth}/connect/jwk_uri`, protocol: 'OAuth', op: 'jwk_uri', component: 'OAuth', ua: 'okhttp/5.3.0' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: CAT_SSO }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bicivall-mapa.log: `journalctl -u bicivall-mapa -o short-iso` of the live station map, Flask-SocketIO on eventlet with
// `SocketIO(app, logger=True, engineio_logger=True)`: python-engineio's lines (`<sid>: Sending packet OPEN data {…}`,
// `<sid>: Received packet MESSAGE data <socket.io packet>`, `<sid>: Sending packet MESSAGE data …`), python-socketio's
// (`received event "…" from <sid> [/]`, `emitting event "…" to <sid> [/]`), eventlet.wsgi's access lines (`<client ip>,
// <proxy> - - [dd/Mon/yyyy HH:MM:SS] "<request line>" <status> <bytes> <seconds>`) and the app's logging lines;
// journald's time with its offset on every line.
// https://python-socketio.readthedocs.io/en/latest/server.html#debugging-and-troubleshooting,
// https://eventlet.readthedocs.io/en/latest/modules/wsgi.html, https://www.freedesktop.org/software/systemd/man/latest/journalctl.html

function socketioLog(rng) {
  const host = 'mapa-1';
  const pid = 812;
  const jts = (t) => { const d = local(t, CAT); return `${d.slice(0, 19)}+0100`; };
  const wsgiTime = (t) => { const d = local(t, CAT); return `${d.slice(8, 10)}/${MONTHS[Number(d.slice(5, 7)) - 1]}/${d.slice(0, 4)} ${d.slice(11, 19)}`; };
  const render = (e, rng) => {
    const j = (dt, msg) => `${jts(e.t + dt)} ${host} python3[${pid}]: ${msg}`;
    if (e.app) return [j(0, e.app)];
    if (e.wsgi) return [j(0, `${e.ip},127.0.0.1 - - [${wsgiTime(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.wsgiBytes ?? e.bytes} ${(e.ms / 1000).toFixed(6)}`)];
    const sid = rng.b64url(20);
    const ssid = rng.b64url(20);
    const out = [];
    if (e.open) out.push(j(0, `${sid}: Sending packet OPEN data {'sid': '${sid}', 'upgrades': [], 'pingTimeout': 20000, 'pingInterval': 25000, 'maxPayload': 1000000}`));
    for (const [i, p] of (e.packets ?? []).entries()) {
      out.push(j(i + 1, `${sid}: Received packet MESSAGE data ${p}`));
      const ev = /^2\["([^"]+)"/.exec(p);
      if (ev) out.push(j(i + 1, `received event "${ev[1]}" from ${ssid} [/]`));
      if (p.startsWith('0')) out.push(j(i + 1, `${sid}: Sending packet MESSAGE data 0{"sid":"${ssid}"}`));
    }
    for (const [name, data] of e.emits ?? []) out.push(j(5, `emitting event "${name}" to ${ssid} [/]`), j(5, `${sid}: Sending packet MESSAGE data 2["${name}",${data}]`));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ packets: [`2["subscriure",{"estacio":"${rng.pick(ESTACIONS)}"}]`], emits: [['estat', `{"bicis":${rng.int(0, 18)},"ancoratges":${rng.int(0, 18)}}`]] }),
      () => ({ wsgi: true, path: `/api/estacions/${rng.pick(ESTACIONS)}`, ip: publicIpCat(rng), wsgiBytes: rng.int(300, 2000) }),
      () => ({ app: `INFO:mapa:${rng.int(20, 300)} clients connectats, ${rng.int(0, 40)} reserves actives` }),
      () => ({ packets: ['3'], emits: [] }),
    ])();
  const steps = [
    { raw: { app: 'Server initialized for eventlet.' } },
    { raw: { app: '(812) wsgi starting up on http://0.0.0.0:5000' } },
    3,
    plant('replay', 'socketio-wsgi-websocket-bitllet_unic', 'note', WHY.ticketFirst('A one-time `bitllet_unic` ("single ticket") on the Socket.IO WebSocket URL, in eventlet\'s access line'), ({ rng, t }) => {
      firstUse.bitllet = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { wsgi: true, path: '/socket.io/', query: `EIO=4&transport=websocket&bitllet_unic=${tk}`, ip: '83.45.112.70', wsgiBytes: 0, ms: rng.int(30000, 90000) } };
    }, { ref: 'bitllet' }),
    1,
    plant('replay', 'socketio-wsgi-websocket-bitllet_unic', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('bitllet').value, why: `${WHY.replay('bitllet_unic', gap('bitllet', t))} The server upgrades the socket again (200) for another address: the ticket is not consumed.` }], event: { wsgi: true, path: '/socket.io/', query: `EIO=4&transport=websocket&bitllet_unic=${refs.get('bitllet').value}`, ip: '185.73.21.9', wsgiBytes: 0, ms: rng.int(30000, 90000) } }), { replayOf: 'bitllet', after: 41 }),
    3,
    plant('negative', 'socketio-polling-t-yeast', 'none', 'The Socket.IO client\'s `t=` polling cache buster (a yeast timestamp): no credential.', ({ rng }) => {
      const v = rng.b64url(7).replace(/[-_]/g, 'Q');
      return { value: v, event: { wsgi: true, path: '/socket.io/', query: `EIO=4&transport=polling&t=${v}`, ip: publicIpCat(rng), wsgiBytes: 118, ms: rng.int(2, 30) } };
    }),
    3,
    plant('framework-dump', 'socketio-engineio-connect-packet-auth-token', 'error', "python-engineio's logger prints the Socket.IO CONNECT packet with its `auth` payload: `0{\"token\":\"<JWT>\"}`, the subscriber's access token.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, alg: 'RS256', kid: rng.b64url(27), claims: { iss: `https://${CAT_SSO}/am/oauth2/realms/root/realms/abonats`, aud: 'app-web', sub: rng.uuid(), scope: 'openid mapa reserves' } });
      return { value: token, jwt: facts, event: { open: true, packets: [`0{"token":"${token}"}`], emits: [] } };
    }),
    3,
    plant('refresh-token', 'socketio-engineio-renovar-refresh_token', 'error', `${WHY.refresh} The map client renews its session over the socket; the engine.io logger prints the event's payload with the refresh token.`, ({ rng }) => {
      const rt = `${rng.b64url(27)}.${rng.b64url(43)}`;
      return { value: rt, event: { packets: [`2["renovar",{"refresh_token":"${rt}"}]`], emits: [['renovat', '{"ok":true}']] } };
    }),
    3,
    plant('api-key-name', 'socketio-wsgi-api-estacions-clau_api', 'error', `${WHY.apiKey('clau_api')} The city's open data portal pulls station data with its key in the query (eventlet's access line).`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { wsgi: true, path: '/api/estacions', query: `format=json&clau_api=${key}`, ip: '83.56.140.12', wsgiBytes: rng.int(4000, 9000) } };
    }),
    3,
    plant('implicit-fragment', 'socketio-app-client-error-href-access_token', 'error', "The app logs a client error report's `href`: the map page with `#access_token=<JWT>` from an old implicit flow.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), alg: 'RS256', kid: rng.b64url(27), claims: { iss: `https://${CAT_SSO}/am/oauth2/realms/root/realms/abonats`, aud: 'app-web', sub: rng.uuid(), scope: 'openid mapa' } });
      return { value: token, jwt: facts, event: { app: `WARNING:mapa:error de client: href=https://${CAT_APP}/mapa#access_token=${token}&token_type=Bearer missatge="no es pot carregar la capa d'estacions"` } };
    }),
    3,
    plant('negative', 'socketio-emit-estacio-uuid', 'none', "A station's UUID in an emitted event's payload: an object id, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { packets: [`2["subscriure",{"estacio":"${v}"}]`], emits: [['estat', '{"bicis":4,"ancoratges":11}']] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: CAT_APP }, filler, render, steps });
}
const publicIpCat = (rng) => `${rng.pick(['83.45', '88.12', '79.152', '185.73'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`;

const rng = new Random('urlleak corpus/logs-in-the-wild heldout30');
writePart(join(here, 'heldout30'), {
  'packetbeat-http.ndjson': packetbeatLog(rng),
  'opa-decisions.log': opaLog(rng),
  'rollbar-occurrences.ndjson': rollbarLog(rng),
  'bookings-api.log': sqlalchemyLog(rng),
  'rgw-ops.log': rgwLog(rng),
  'resque-worker.log': resqueLog(rng),
  'padala-api.log': sequelizeLog(rng),
  'padala-xe.xml': xeLog(rng),
  'proxysql-events.json': proxysqlLog(rng),
  'alicdn-access.log': alicdnLog(rng),
  'batch-factures.log': springBatchLog(rng),
  'audit.log': cassandraLog(rng),
  'access.audit.json': pingamLog(rng),
  'bicivall-mapa.log': socketioLog(rng),
});
