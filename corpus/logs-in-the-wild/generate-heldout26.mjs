// Writes corpus/logs-in-the-wild/heldout26/: a twenty-sixth held-out part, in formats no other part uses (Gin's default
// logger, Spring Boot's `/actuator/httpexchanges`, a Jaeger trace's JSON, Amazon VPC Lattice access logs, SendGrid's
// Event Webhook events, a Cisco ASA's syslog with URL logging, Jira Data Center's access log, Apache's error_log with
// mod_wsgi's `[wsgi:error]` lines, the JDK HttpClient's `jdk.httpclient.HttpClient.log`, http4s' Logger middleware,
// go-zero's JSON log, Kratos' logging middleware, a Juniper SRX's web filtering syslog, Apache Traffic Server's
// Netscape extended log), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout26.mjs     rewrites heldout26/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Harborline Freight, a freight forwarding platform in Savannah, Georgia (English, five logs);
// Vestkyst Dyreklinikker, a chain of veterinary clinics around Esbjerg (Danish, five logs: routes, messages and the
// team's own parameter names in Danish where a Danish team writes them so); Xixi Youxuan (西溪优选), a grocery
// e-commerce company in Hangzhou (Chinese messages, English and pinyin-free parameter names as Chinese teams write
// them, four logs). Standard names (OAuth's, vendors') stay as their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MONTHS, DAYS, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'Java-http-client/21.0.9', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 1, 9, 0, 0, 0);
const { firstUse, gap } = replayClock();
const zone = (offset, colon = false) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
const enc = encodeURIComponent;
const clfAt = (ms, offset) => {
  const d = local(ms, offset);
  return `${d.slice(8, 10)}/${MONTHS[Number(d.slice(5, 7)) - 1]}/${d.slice(0, 4)}:${d.slice(11, 19)} ${zone(offset)}`;
};
/** Drops the comma after the last element of a pretty-printed array (the builder renders `},` after each element). */
const closeArray = (text, closing) => text.replace(/,\n$/, '\n') + closing;

// Harborline Freight (English, Savannah: UTC-5 in February).
const US = -300;
const US_APP = 'app.harborlinefreight.example';
const US_API = 'api.harborlinefreight.example';
const US_ID = 'id.harborlinefreight.example';
const shipment = (rng) => `HLF-${rng.int(10000000, 99999999)}`;
const PORTS = ['USSAV', 'USCHS', 'USJAX', 'NLRTM', 'DEHAM', 'CNSHA'];
// Vestkyst Dyreklinikker (Danish, Esbjerg: UTC+1).
const DK = 60;
const DK_WWW = 'vestkystdyreklinik.example';
const DK_BOOK = 'booking.vestkystdyreklinik.example';
const DK_JIRA = 'jira.vestkystdyreklinik.example';
const KLINIKKER = ['esbjerg', 'varde', 'ribe', 'grindsted', 'fanoe'];
const DYR = ['hund', 'kat', 'kanin', 'hest', 'marsvin'];
// Xixi Youxuan (Hangzhou: UTC+8).
const CN = 480;
const CN_WWW = 'www.xixiyouxuan.example';
const CN_API = 'api.xixiyouxuan.example';
const CN_CDN = 'static.xixiyouxuan.example';
const orderId = (rng) => `${rng.int(2027020, 2027029)}${digits(rng, 11)}`;

// =====================================================================================================================
// Harborline Freight
// =====================================================================================================================

// gin.log: Harborline's shipment API, a Go service on Gin 1.10 in release mode with gin.Logger() (the default formatter,
// colors off: `[GIN] 2006/01/02 - 15:04:05 | 200 |  1.234567ms |  192.0.2.1 | GET      "/path?query"`, the path as
// Go's %#v writes a string) and the standard log package's lines (`2006/01/02 15:04:05 …`), the container in UTC.
// https://gin-gonic.com/en/docs/examples/write-log/, https://github.com/gin-gonic/gin/blob/master/logger.go (defaultLogFormatter)

function ginLog(rng) {
  const day = (ms) => iso(ms).slice(0, 10).replace(/-/g, '/');
  const dur = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)}µs` : `${ms.toFixed(6)}ms`);
  const render = (e, rng) => {
    if (e.msg) return [`${day(e.t)} ${iso(e.t).slice(11, 19)} ${e.msg}`];
    const lat = dur(e.ms + rng.int(0, 999999) / 1e6);
    return [`[GIN] ${day(e.t)} - ${iso(e.t).slice(11, 19)} | ${e.status} | ${lat.padStart(13)} | ${e.ip.padStart(15)} | ${e.method.padEnd(7)}  ${JSON.stringify(target(e))}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/v1/shipments/${shipment(rng)}`, ua: rng.pick(TOOLS) }),
      () => ({ path: '/v1/schedules', query: `from=${rng.pick(PORTS)}&to=${rng.pick(PORTS)}&weeks=${rng.int(1, 6)}` }),
      () => ({ method: 'POST', path: `/v1/shipments/${shipment(rng)}/milestones`, status: 201 }),
      () => ({ path: '/healthz', ua: 'kube-probe/1.34', ms: rng.int(0, 1) }),
      () => ({ msg: `tracking sync: ${rng.int(20, 400)} containers updated from carrier feeds` }),
    ])();
  const header = [];
  const steps = [
    4,
    plant('negative', 'gin-static-v-content-hash', 'none', 'A static bundle with `?v=<content hash>`: a cache buster, no credential.', ({ rng }) => {
      const v = rng.hex(20);
      return { value: v, event: { path: '/static/js/tracking-widget.js', query: `v=${v}` } };
    }),
    3,
    plant('oauth-code', 'gin-auth-callback-code', 'warning', `${WHY.code} The API's \`/v1/auth/callback?code=…&state=…\`, written by Gin's logger as the quoted path.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/v1/auth/callback', query: `code=${code}&state=${rng.b64url(24)}`, status: 302 } };
    }),
    3,
    plant('api-key-name', 'gin-query-api_key', 'error', `${WHY.apiKey('api_key')} A forwarder's TMS polls the schedules endpoint with its key in the query.`, ({ rng }) => {
      const key = `hlf_${rng.alnum(40)}`;
      return { value: key, event: { path: '/v1/schedules', query: `api_key=${key}&from=USSAV&to=NLRTM`, ua: 'python-requests/2.32.5' } };
    }),
    3,
    plant('negative', 'gin-cursor-base64-json', 'none', 'A pagination `cursor=` (base64 of a JSON position, starting `eyJ`): no credential.', ({ rng }) => {
      const v = Buffer.from(JSON.stringify({ after: shipment(rng), ts: rng.int(1.8e9, 1.9e9) })).toString('base64url');
      return { value: v, event: { path: '/v1/shipments', query: `cursor=${v}&limit=50` } };
    }),
    3,
    plant('path-secret', 'gin-invitations-accept-path', 'error', WHY.pathSecret('A team invitation `/v1/invitations/<token>/accept`'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'POST', path: `/v1/invitations/${tok}/accept` } };
    }),
    3,
    plant('embed-jwt', 'gin-embed-tracking-1h-jti', 'error', 'A consignee opens the embedded tracking view `/embed/tracking/<JWT>` from a customer portal (Gin writes UTC).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(10, 900), jti: true, claims: { shipment: shipment(rng), org: `org_${rng.hex(8)}` } });
      return { value: token, jwt: facts, event: { path: `/embed/tracking/${token}` } };
    }),
    3,
    plant('encoded', 'gin-redirect-percent-encoded-twice-token', 'error', 'A sign-in redirect whose `redirect=` holds a document URL with `token=<secret>` percent-encoded twice (`%253D`): the bill-of-lading share token travels on.', ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { path: '/v1/auth/login', query: `redirect=%252Fdocuments%252Fbol%253Ftoken%253D${tok}`, status: 302 } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: US_API, api: true }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// httpexchanges.json: the quoting service's Spring Boot 3.5 Actuator endpoint `/actuator/httpexchanges` saved with
// `curl -s … | jq .` during an incident (`management.httpexchanges.recording.include=request-headers,response-headers,
// authorization-header,cookie-headers,principal,session-id,time-taken`; an InMemoryHttpExchangeRepository with
// `setReverse(false)`, oldest first): `timestamp` in UTC, `request.uri` with the query, headers as arrays.
// https://docs.spring.io/spring-boot/api/rest/actuator/httpexchanges.html, https://docs.spring.io/spring-boot/reference/actuator/http-exchanges.html

function httpExchanges(rng) {
  const render = (e) => {
    const ex = {
      timestamp: iso(e.t).replace('.000Z', 'Z'),
      request: { uri: `https://${US_API}${target(e)}`, method: e.method, headers: { host: [US_API], 'user-agent': [e.ua], accept: ['application/json'], ...(e.headers ?? {}) } },
      response: { status: e.status, headers: { 'Content-Type': ['application/json'], ...(e.respHeaders ?? {}) } },
      ...(e.principal ? { principal: { name: e.principal } } : {}),
      ...(e.session ? { session: { id: e.session } } : {}),
      timeTaken: `PT0.${pad(e.ms, 3)}S`,
    };
    const text = JSON.stringify(ex, null, 2).split('\n').map((l) => `    ${l}`);
    text[text.length - 1] += ',';
    return text;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/quotes', query: `origin=${rng.pick(PORTS)}&destination=${rng.pick(PORTS)}&container=40HC` }),
      () => ({ method: 'POST', path: '/api/quotes', status: 201, headers: { 'content-type': ['application/json'] } }),
      () => ({ path: `/api/quotes/Q-${rng.int(100000, 999999)}` }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'httpexchanges-authorization-bearer-jwt', 'error', "The exchange records the `authorization` header (`authorization-header` included): a customer's access token, a JWT, live when recorded.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), alg: 'RS256', kid: rng.hex(16), jti: true, claims: { iss: `https://${US_ID}/`, aud: 'quotes-api', sub: `auth0|${rng.hex(24)}`, scope: 'quotes:read quotes:write' } });
      return { value: token, jwt: facts, event: { path: '/api/quotes', query: 'origin=USSAV&destination=DEHAM', headers: { authorization: [`Bearer ${token}`] } } };
    }),
    2,
    plant('negative', 'httpexchanges-x-xsrf-token', 'none', 'The `x-xsrf-token` header of the quoting UI: a CSRF token, no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'POST', path: '/api/quotes/accept', headers: { 'x-xsrf-token': [v], cookie: [`XSRF-TOKEN=${v.replace(/-/g, '')}`] }, ua: BROWSERS[0] } };
    }),
    2,
    plant('session-id', 'httpexchanges-cookie-SESSION-and-session-id', 'error', '', ({ rng }) => {
      const id = rng.uuid();
      const cookie = b64Of(id);
      return {
        marks: [
          { value: cookie, why: WHY.session("The recorded `cookie` header with Spring Session's `SESSION=<base64 of the session id>`") },
          { value: id, why: WHY.session('The `session.id` the exchange records (`session-id` included): the same session as the cookie, in clear') },
        ],
        event: { path: '/api/bookings', headers: { cookie: [`SESSION=${cookie}`] }, principal: 'ops.karen.whitfield', session: id, ua: BROWSERS[1] },
      };
    }),
    2,
    plant('api-key-name', 'httpexchanges-x-api-key-header', 'error', `${WHY.apiKey('x-api-key')} A carrier's rate push, its key in the recorded request headers.`, ({ rng }) => {
      const key = rng.alnum(48);
      return { value: key, event: { method: 'PUT', path: '/api/carrier-rates', headers: { 'x-api-key': [key], 'content-type': ['application/json'] }, ua: 'Apache-HttpClient/5.5', status: 204 } };
    }),
    2,
    plant('negative', 'httpexchanges-response-etag', 'none', 'A response `ETag`: a content hash, no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { path: '/api/ports', respHeaders: { ETag: [`"0${v}"`] } } };
    }),
    2,
    plant('refresh-token', 'httpexchanges-uri-refresh_token', 'error', `${WHY.refresh} An old mobile build renews its session with a GET, \`refresh_token=\` in \`request.uri\`.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { path: '/api/session/renew', query: `grant_type=refresh_token&refresh_token=${rt}`, ua: 'okhttp/5.3.0' } };
    }),
    2,
    plant('framework-dump', 'httpexchanges-uri-access_token', 'error', "Actuator's record of a request keeps the whole URI: a partner's `access_token=` in the query, dumped by the framework.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { path: '/api/quotes/export', query: `format=csv&access_token=${at}`, ua: 'curl/8.17.0' } };
    }),
    2,
  ];
  const built = buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: US_API, api: true }, filler, render, steps, header: ['{', '  "exchanges": ['] });
  return { ...built, text: closeArray(built.text, '  ]\n}\n') };
}

// ---------------------------------------------------------------------------------------------------------------------
// jaeger-trace-<id>.json: traces exported from Jaeger 2's query API (`/api/traces?service=…`, the JSON the UI's
// "Download results" saves), pretty-printed: `spans` with `tags` (`key`/`type`/`value`), `logs` (span events) with
// `timestamp` in µs, `startTime` in µs since the epoch. OpenTelemetry instrumentations set the attributes: `url.full`,
// `http.request.method`, `http.request.header.<name>` (header capture), the browser's document load `http.url`.
// https://www.jaegertracing.io/docs/2.12/apis/, https://opentelemetry.io/docs/specs/semconv/http/http-spans/

function jaegerTrace(rng) {
  const traceId = rng.hex(32);
  const render = (e, rng) => {
    const tags = [
      { key: 'span.kind', type: 'string', value: e.kind ?? 'client' },
      ...Object.entries(e.tags ?? { 'url.full': `https://${e.host}${target(e)}` }).map(([key, value]) => ({ key, type: typeof value === 'number' ? 'int64' : 'string', value })),
      { key: 'http.request.method', type: 'string', value: e.method },
      { key: 'http.response.status_code', type: 'int64', value: e.status },
    ];
    const span = { traceID: traceId, spanID: rng.hex(16), operationName: e.op ?? e.method, references: [{ refType: 'CHILD_OF', traceID: traceId, spanID: rng.hex(16) }], startTime: e.t * 1000 + rng.int(0, 999), duration: e.ms * 1000, tags, logs: e.logs ?? [], processID: e.proc ?? 'p1', warnings: null };
    const text = JSON.stringify(span, null, 2).split('\n').map((l) => `        ${l}`);
    text[text.length - 1] += ',';
    return text;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ host: 'api.carrier-one.example', path: `/v2/tracking/${upperNum(rng, 4)}${digits(rng, 7)}` }),
      () => ({ host: US_API, path: `/v1/shipments/${shipment(rng)}`, kind: 'server', proc: 'p2', op: 'GET /v1/shipments/:id', tags: { 'url.path': '/v1/shipments/:id', 'http.route': '/v1/shipments/:id' } }),
      () => ({ host: 'customs.broker.example', path: '/api/entries', method: 'POST', status: 201 }),
    ])();
  const steps = [
    2,
    plant('id-token', 'jaeger-url-full-end-session-id_token_hint', 'error', "The sign-out span of the web app's backend: `url.full` of the identity provider's end-session call with `id_token_hint=<JWT>`, the user's ID token, live when the span started.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(600, 7200), alg: 'RS256', kid: rng.hex(20), claims: { iss: `https://${US_ID}/`, aud: rng.alnum(32), sub: `auth0|${rng.hex(24)}`, email: 'dmitri.volkov@harborlinefreight.example', nonce: rng.b64url(22) } });
      return { value: token, jwt: facts, event: { host: US_ID, path: '/oidc/logout', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${US_APP}%2F`, status: 302, op: 'GET' } };
    }),
    2,
    plant('negative', 'jaeger-authorize-state-nonce-code_challenge', 'none', "The authorize redirect's `state`, `nonce` and `code_challenge` in `url.full`: public values of the flow, no credential (no code yet).", ({ rng }) => {
      const v = rng.b64url(43);
      return { value: v, event: { host: US_ID, path: '/authorize', query: `response_type=code&client_id=${rng.alnum(32)}&redirect_uri=https%3A%2F%2F${US_APP}%2Fcallback&scope=openid%20profile&state=${rng.b64url(24)}&nonce=${rng.b64url(24)}&code_challenge=${v}&code_challenge_method=S256`, status: 302 } };
    }),
    2,
    plant('implicit-fragment', 'jaeger-documentload-http-url-access_token-fragment', 'error', "The browser's document load span (`@opentelemetry/instrumentation-document-load`) records `http.url` as `location.href`: the legacy customs portal lands with `#access_token=…` from an implicit flow.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { kind: 'internal', proc: 'p3', op: 'documentLoad', method: 'GET', tags: { 'http.url': `https://customs.${US_APP.replace('app.', '')}/#access_token=${at}&token_type=Bearer&expires_in=7200&state=${rng.hex(16)}`, 'http.user_agent': BROWSERS[0] } } };
    }),
    2,
    plant('webhook', 'jaeger-url-full-slack-webhook', 'error', WHY.webhook("A Slack incoming webhook in the `url.full` of the alerting worker's POST"), ({ rng }) => {
      const hook = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
      return { value: hook, event: { host: 'hooks.slack.com', path: `/services/${hook}`, method: 'POST', op: 'POST', proc: 'p4' } };
    }),
    2,
    plant('header-dump', 'jaeger-request-header-authorization-basic', 'error', "Header capture (`OTEL_INSTRUMENTATION_HTTP_CLIENT_CAPTURE_REQUEST_HEADERS=authorization`) puts `Basic <base64 user:password>` in `http.request.header.authorization`: the customs broker's API login.", ({ rng }) => {
      const basic = b64Of(`harborline-api:${rng.alnum(20)}`);
      return { value: basic, event: { host: 'customs.broker.example', path: '/api/entries/status', tags: { 'url.full': `https://customs.broker.example/api/entries/status?entry=${rng.int(1e8, 9e8)}`, 'http.request.header.authorization': `["Basic ${basic}"]` } } };
    }),
    2,
    plant('embed-jwt', 'jaeger-embed-report-10min', 'error', 'A server span of `/embed/report/<JWT>` with its `url.full`: the signed embed of a customer\'s monthly freight report.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(5, 120), claims: { resource: { dashboard: rng.int(2, 40) }, params: { customer: `C${rng.int(1000, 9999)}` } } });
      return { value: token, jwt: facts, event: { kind: 'server', proc: 'p2', op: 'GET /embed/report/:token', tags: { 'url.full': `https://${US_APP}/embed/report/${token}`, 'http.route': '/embed/report/:token' }, method: 'GET' } };
    }),
    2,
    plant('negative', 'jaeger-traceparent-header', 'none', 'A captured `traceparent` header: a W3C trace context, no credential.', ({ rng }) => {
      const v = `00-${rng.hex(32)}-${rng.hex(16)}-01`;
      return { value: v, event: { host: 'api.carrier-one.example', path: '/v2/bookings', method: 'POST', status: 201, tags: { 'url.full': 'https://api.carrier-one.example/v2/bookings', 'http.request.header.traceparent': `["${v}"]` } } };
    }),
    2,
  ];
  const header = ['{', '  "data": [', '    {', `      "traceID": "${traceId}",`, '      "spans": ['];
  const footer = ['      ],', '      "processes": {', '        "p1": { "serviceName": "shipment-worker", "tags": [] },', '        "p2": { "serviceName": "harborline-web", "tags": [] },', '        "p3": { "serviceName": "customs-portal-browser", "tags": [] },', '        "p4": { "serviceName": "alerting", "tags": [] }', '      },', '      "warnings": null', '    }', '  ],', '  "total": 0,', '  "limit": 0,', '  "offset": 0,', '  "errors": null', '}', ''];
  const built = buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: US_API, api: true }, filler, render, steps, header });
  return { ...built, text: closeArray(built.text, footer.join('\n')) };
}

// ---------------------------------------------------------------------------------------------------------------------
// vpc-lattice-access.log: Amazon VPC Lattice access logs delivered to CloudWatch Logs and exported (one JSON object per
// line: `eventTimestamp`, `requestMethod`, `requestPath` with the query, `responseCode`, `sourceIpPort`,
// `callerPrincipal`, `userAgent`, `duration`…), the internal services Harborline's teams call one another through.
// https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html

function latticeLog(rng) {
  const acct = '418295730164';
  const render = (e, rng) => [
    JSON.stringify({
      eventTimestamp: iso(e.t),
      serviceNetworkArn: `arn:aws:vpc-lattice:us-east-1:${acct}:servicenetwork/sn-0c7d2e91f4a3b5d68`,
      serviceArn: `arn:aws:vpc-lattice:us-east-1:${acct}:service/svc-${e.svc ?? '0a1b2c3d4e5f60718'}`,
      sourceVpcArn: `arn:aws:ec2:us-east-1:${acct}:vpc/vpc-${e.vpc ?? '05e8c1d2a7b3f9e40'}`,
      sourceIpPort: e.src ?? `10.40.${rng.int(1, 30)}.${rng.int(2, 250)}:${e.port}`,
      targetIpPort: `10.41.${rng.int(1, 30)}.${rng.int(2, 250)}:8080`,
      requestMethod: e.method,
      requestPath: target(e),
      requestProtocol: 'HTTP/1.1',
      requestHost: e.host,
      responseCode: e.status,
      bytesReceived: rng.int(200, 2000),
      bytesSent: e.bytes,
      duration: e.ms,
      requestToTargetDuration: 1,
      responseFromTargetDuration: Math.max(1, e.ms - 2),
      userAgent: e.ua,
      callerPrincipal: e.caller ?? `arn:aws:sts::${acct}:assumed-role/tracking-sync-task/${rng.hex(32)}`,
      authDeniedReason: 'null',
      failureReason: 'null',
      tlsInfo: 'null',
    }),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ host: 'rates.harborline.internal', path: '/v1/rates', query: `lane=${rng.pick(PORTS)}-${rng.pick(PORTS)}` }),
      () => ({ host: 'documents.harborline.internal', path: `/v1/documents/${rng.uuid()}`, ua: 'Go-http-client/1.1' }),
      () => ({ host: 'tracking.harborline.internal', method: 'POST', path: '/v1/events', status: 202 }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'lattice-requestPath-api_key', 'error', `${WHY.apiKey('api_key')} A batch job calls the rates service with its key in the query; Lattice writes \`requestPath\` whole.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { host: 'rates.harborline.internal', path: '/v1/rates/bulk', query: `api_key=${key}&lanes=USSAV-NLRTM,USCHS-DEHAM`, ua: 'python-requests/2.32.5' } };
    }),
    3,
    plant('negative', 'lattice-callerPrincipal-role-session', 'none', "`callerPrincipal`: the caller's assumed-role ARN with its session name, an identity, no credential.", ({ rng }) => {
      const v = `arn:aws:sts::${acct}:assumed-role/billing-export-task/${rng.hex(32)}`;
      return { value: v, event: { host: 'documents.harborline.internal', path: '/v1/invoices/batch', caller: v } };
    }),
    3,
    plant('replay', 'lattice-one_time_token-bol-pdf', 'note', WHY.ticketFirst('A `one_time_token` of a bill-of-lading PDF (`/v1/documents/bol.pdf?one_time_token=…`)'), ({ rng, t }) => {
      firstUse.bol = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { host: 'documents.harborline.internal', path: '/v1/documents/bol.pdf', query: `shipment=${shipment(rng)}&one_time_token=${tk}`, src: '10.40.12.31:44120' } };
    }, { ref: 'bol' }),
    2,
    plant('replay', 'lattice-one_time_token-bol-pdf', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('bol').value, why: `${WHY.replay('one_time_token', gap('bol', t))} \`sourceIpPort\` and \`sourceVpcArn\` show another VPC.` }], event: { host: 'documents.harborline.internal', path: '/v1/documents/bol.pdf', query: `one_time_token=${refs.get('bol').value}`, src: '10.52.3.77:51702', vpc: '0f2a9c8b7d6e5a431' } }), { replayOf: 'bol', after: 48 }),
    3,
    plant('path-secret', 'lattice-shared-document-path', 'error', WHY.pathSecret("A customer's shared document link `/v1/shared/<token>` resolved by the documents service"), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { host: 'documents.harborline.internal', path: `/v1/shared/${tok}` } };
    }),
    3,
    plant('id-token', 'lattice-requestPath-logout-id_token_hint', 'error', "The internal sign-out service is called with `id_token_hint=<JWT>` in `requestPath`: the user's ID token, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(600, 9000), alg: 'RS256', kid: rng.hex(20), claims: { iss: `https://${US_ID}/`, aud: rng.alnum(32), sub: `auth0|${rng.hex(24)}`, email: 'tamika.brooks@harborlinefreight.example' } });
      return { value: token, jwt: facts, event: { host: 'session.harborline.internal', path: '/v1/logout', query: `id_token_hint=${token}`, ua: 'axios/1.13.2' } };
    }),
    3,
    plant('encoded', 'lattice-callback-percent-encoded-api_key', 'error', 'A webhook subscription whose `callback=` holds the customer\'s URL with `api_key=<key>` percent-encoded (`%3Fapi_key%3D…`): the key travels on.', ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { host: 'tracking.harborline.internal', method: 'POST', path: '/v1/subscriptions', query: `callback=https%3A%2F%2Ftms.customer-logistics.example%2Fhooks%2Ftracking%3Fapi_key%3D${key}`, status: 201 } };
    }),
    3,
    plant('negative', 'lattice-cache-buster', 'none', 'A `_=<epoch ms>` cache buster: no credential.', ({ t }) => {
      const v = String(t + 4321);
      return { value: v, event: { host: 'rates.harborline.internal', path: '/v1/currencies', query: `_=${v}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'rates.harborline.internal', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sendgrid-events.ndjson: SendGrid's Event Webhook posts as Harborline's receiver stores them, one event per line
// (`email`, `timestamp` in epoch seconds, `event`, `sg_event_id`, `sg_message_id`, `url` on `click` events, categories).
// https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event

function sendgridLog(rng) {
  const render = (e, rng) => {
    const ev = e.event ?? rng.pick(['processed', 'delivered', 'open']);
    const o = { email: e.email ?? `${rng.pick(['ops', 'bookings', 'ap', 'logistics'])}@${rng.pick(['acme-imports', 'gulfcoast-retail', 'peachstate-ag'])}.example`, timestamp: Math.floor(e.t / 1000), event: ev, 'smtp-id': `<${rng.b64url(22)}@geopod-ismtpd-${rng.int(1, 9)}>`, sg_event_id: rng.b64url(22), sg_message_id: `${rng.b64url(22)}.recvd-${rng.int(1, 9)}-${rng.hex(8)}-1-${rng.hex(8)}-${rng.int(1, 60)}.0`, category: [e.category ?? 'shipment-update'] };
    if (ev === 'delivered') o.response = '250 2.0.0 OK';
    if (ev === 'open' || ev === 'click') { o.useragent = e.ua; o.ip = e.ip; }
    if (e.url) o.url = e.url;
    if (e.extra) Object.assign(o, e.extra);
    return [JSON.stringify(o)];
  };
  const filler = () => ({});
  const click = (url, category, email) => ({ event: 'click', url, category, email });
  const steps = [
    4,
    plant('path-secret', 'sendgrid-click-reset-password-link', 'error', WHY.pathSecret('A `click` event records the URL of the link clicked in a password reset e-mail, `/reset-password/<token>`'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: click(`https://${US_APP}/reset-password/${tok}`, 'password-reset', 'l.nguyen@acme-imports.example') };
    }),
    4,
    plant('negative', 'sendgrid-sg_event_id', 'none', "A `bounce` event's `sg_event_id` and `sg_message_id`: event ids, no credential.", ({ rng }) => {
      const v = rng.b64url(22);
      return { value: v, event: { event: 'bounce', extra: { reason: '550 5.1.1 user unknown', type: 'bounce', bounce_classification: 'Invalid Address', sg_event_id: v } } };
    }),
    4,
    plant('path-secret', 'sendgrid-click-verify-email-link', 'error', WHY.pathSecret('A `click` event with the e-mail verification link `/verify-email?token=…` of a new customer account'), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: click(`https://${US_APP}/verify-email?token=${tok}&email=r.oyelaran%40peachstate-ag.example`, 'verify-email', 'r.oyelaran@peachstate-ag.example') };
    }),
    4,
    plant('path-secret', 'sendgrid-click-magic-link', 'error', WHY.pathSecret('A `click` event with a sign-in magic link `/login/magic/<token>` for the carrier portal'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: click(`https://carriers.${US_APP.replace('app.', '')}/login/magic/${tok}`, 'magic-link', 'dispatch@lowcountry-trucking.example') };
    }),
    4,
    plant('negative', 'sendgrid-click-utm-tracking', 'none', 'A newsletter link with `utm_*` parameters (`utm_id=<hex campaign id>`): tracking, no credential.', ({ rng }) => {
      const v = rng.hex(10);
      return { value: v, event: click(`https://www.harborlinefreight.example/blog/q1-ocean-rates?utm_source=sendgrid&utm_medium=email&utm_campaign=rates-2027-02&utm_id=${v}`, 'newsletter') };
    }),
    4,
    plant('path-secret', 'sendgrid-click-invite-link', 'error', WHY.pathSecret('A `click` event with a team invitation `/invite/<token>`'), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: click(`https://${US_APP}/invite/${tok}`, 'team-invite', 'm.castillo@gulfcoast-retail.example') };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: US_APP }, filler, render, steps });
}

// =====================================================================================================================
// Vestkyst Dyreklinikker
// =====================================================================================================================

// asa.log: the clinics' Cisco ASA 5516-X (ASA 9.16) as the syslog server writes it (rsyslog's traditional format,
// `Feb  9 10:14:22 <host> %ASA-<level>-<id>: …`, local time): `%ASA-5-304001: <source> Accessed URL <dest>:<url>` for
// plain HTTP the URL filter sees, with built and teardown connections and denies around them.
// https://www.cisco.com/c/en/us/td/docs/security/asa/syslog/asa-syslog/syslog-messages-302003-to-342008.html (304001)

function asaLog(rng) {
  const render = (e, rng) => {
    const d = local(e.t, DK);
    const head = `${MONTHS[Number(d.slice(5, 7)) - 1]} ${String(Number(d.slice(8, 10))).padStart(2)} ${d.slice(11, 19)} fw-esbjerg`;
    const src = e.src ?? `10.20.${rng.int(1, 9)}.${rng.int(10, 200)}`;
    if (e.msg) return [`${head} ${e.msg}`];
    const conn = rng.int(100000000, 999999999);
    const sport = rng.int(49152, 65535);
    const dport = e.connect ? 443 : 80;
    if (e.connect) return [`${head} %ASA-6-302013: Built outbound TCP connection ${conn} for outside:${e.ip}/${dport} (${e.ip}/${dport}) to inside:${src}/${sport} (198.51.100.10/${sport})`];
    return [
      `${head} %ASA-6-302013: Built outbound TCP connection ${conn} for outside:${e.ip}/80 (${e.ip}/80) to inside:${src}/${sport} (198.51.100.10/${sport})`,
      `${head} %ASA-5-304001: ${src} Accessed URL ${e.ip}:http://${e.host}${target(e)}`,
      `${head} %ASA-6-302014: Teardown TCP connection ${conn} for outside:${e.ip}/80 to inside:${src}/${sport} duration 0:00:0${rng.int(1, 9)} bytes ${e.bytes} TCP FINs`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ connect: true }),
      () => ({ host: 'ctldl.windowsupdate.com', path: `/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab`, query: `${rng.hex(16)}` }),
      () => ({ msg: `%ASA-4-106023: Deny udp src outside:${rng.pick(['192.0.2', '203.0.113'])}.${rng.int(2, 250)}/${rng.int(1024, 65535)} dst inside:10.20.0.1/161 by access-group "outside_access_in" [0x0, 0x0]` }),
      () => ({ host: 'connectivitycheck.gstatic.com', path: '/generate_204', status: 204 }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'asa-xray-upload-apikey', 'error', `${WHY.apiKey('apikey')} The X-ray station in Varde uploads over plain HTTP to the vendor's cloud with its key in the query; the ASA's URL log (304001) writes the whole URL.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { host: 'upload.vetimaging-cloud.example', path: '/api/v1/studies', query: `apikey=${key}&station=VARDE-DR2`, src: '10.20.4.21' } };
    }),
    3,
    plant('negative', 'asa-fbclid-click-id', 'none', 'A Facebook click id (`fbclid=`) on the clinic\'s campaign page over plain HTTP: a tracking id, no credential.', ({ rng }) => {
      const v = `IwAR${rng.b64url(56)}`;
      return { value: v, event: { host: `www.${DK_WWW}`, path: '/vaccination-kampagne', query: `fbclid=${v}` } };
    }),
    3,
    plant('session-id', 'asa-lab-portal-jsessionid', 'error', WHY.session("The laboratory's old result portal over plain HTTP with `;jsessionid=<id>` in the path"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { host: 'svar.vetlab-danmark.example', path: `/resultater/liste.do;jsessionid=${sid}`, query: `klinik=ESB` } };
    }),
    3,
    plant('replay', 'asa-lab-pdf-ticket', 'note', WHY.ticketFirst("A `ticket` of the laboratory's single-use PDF download (`/hent.pdf?ticket=…`, plain HTTP)"), ({ rng, t }) => {
      firstUse.lab = t;
      const tk = rng.hex(40);
      return { value: tk, event: { host: 'svar.vetlab-danmark.example', path: '/resultater/hent.pdf', query: `proeve=${rng.int(100000, 999999)}&ticket=${tk}`, src: '10.20.1.34', ip: '203.0.113.120' } };
    }, { ref: 'lab' }),
    2,
    plant('replay', 'asa-lab-pdf-ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('lab').value, why: `${WHY.replay('ticket', gap('lab', t))} The source address of 304001 shows the two PCs.` }], event: { host: 'svar.vetlab-danmark.example', path: '/resultater/hent.pdf', query: `ticket=${refs.get('lab').value}`, src: '10.20.6.88', ip: '203.0.113.120' } }), { replayOf: 'lab', after: 67 }),
    3,
    plant('path-secret', 'asa-nulstil-adgangskode-path', 'error', WHY.pathSecret('A password reset link `/nulstil-adgangskode/<token>` ("reset password") of the pet owners\' portal, opened over plain HTTP'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { host: `minside.${DK_WWW}`, path: `/nulstil-adgangskode/${tok}` } };
    }),
    3,
    plant('webhook', 'asa-telegram-bot-http', 'error', WHY.webhook("A Telegram bot token (`/bot<id>:<token>/sendMessage`) in a plain-HTTP call of the kennel's temperature sensor"), ({ rng }) => {
      const tok = `${rng.int(6000000000, 7999999999)}:AA${rng.b64url(33)}`;
      return { value: tok, event: { host: 'api.telegram.org', path: `/bot${tok}/sendMessage`, query: `chat_id=-100${digits(rng, 10)}&text=Temperatur%20i%20hundepension%3A%2027.4`, src: '10.20.9.14' } };
    }),
    3,
    plant('encoded', 'asa-data-base64-json-apikey', 'error', 'A feeding-machine controller reports with `data=<base64 of a JSON object>`: decoded, it holds `"apikey"` of the vendor account.', ({ rng }) => {
      const blob = b64Of(JSON.stringify({ device: `FM-${rng.int(1000, 9999)}`, apikey: rng.hex(32), klinik: 'esbjerg' }));
      return { value: blob, event: { host: 'telemetry.feedtech.example', path: '/report', query: `data=${blob}`, src: '10.20.9.31' } };
    }),
    3,
    plant('negative', 'asa-windowsupdate-cab-hash', 'none', 'A Windows Update certificate list download with a hex cache key in the query: a content hash, no credential.', ({ rng }) => {
      const v = rng.hex(16);
      return { value: v, event: { host: 'ctldl.windowsupdate.com', path: '/msdownload/update/v3/static/trustedr/en/authrootstl.cab', query: v } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: DK_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// access_log.2027-02-09: the clinics' Jira Data Center 10 access log (`<jira-home>/log/access_log.<date>`), the AccessLogValve
// pattern of Jira's server.xml: `%a %{jira.request.id}r %{jira.request.username}r %t "%m %U%q %H" %s %b %D
// "%{Referer}i" "%{User-Agent}i" "%{jira.request.assession.id}r"` (request id `<minute of day>x<n>x<concurrent>`).
// https://confluence.atlassian.com/adminjiraserver/log-format-940696477.html,
// https://confluence.atlassian.com/jirakb/how-to-parse-access-log-in-jira-for-audit-purposes-1004934149.html

function jiraLog(rng) {
  let n = 1000;
  const render = (e, rng) => {
    const d = local(e.t, DK);
    const minute = Number(d.slice(11, 13)) * 60 + Number(d.slice(14, 16));
    const user = e.user ?? rng.pick(['mette.lund', 'anders.holm', 'sofie.kjaer', '-']);
    const sess = user === '-' ? '-' : `${rng.lowerNum(6)}`;
    return [`${e.ip} ${minute}x${n++}x${rng.int(1, 4)} ${user} [${clfAt(e.t, DK)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} ${e.ms} "${e.referer}" "${e.ua}" "${sess}"`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/browse/IT-${rng.int(100, 900)}` }),
      () => ({ path: '/rest/api/2/search', query: `jql=project%3DIT%20AND%20status%3D%22I%20gang%22&maxResults=50`, ua: 'curl/8.17.0' }),
      () => ({ path: `/secure/projectavatar`, query: `size=small&avatarId=${rng.int(10000, 10500)}` }),
      () => ({ method: 'POST', path: '/rest/webResources/1.0/resources', status: 200 }),
    ])();
  const steps = [
    3,
    plant('negative', 'jira-static-resource-cdn-hash', 'none', "A web resource batch under `/s/<hash>-CDN/…`: Jira's static resource hash, no credential.", ({ rng }) => {
      const v = `${rng.lowerNum(6)}/${rng.int(9e5, 9.9e5)}/${rng.hex(32)}/${rng.int(1, 9)}.0/_`;
      return { value: v, event: { path: `/s/${rng.hex(32)}-CDN/${v}/download/batch/jira.webresources:calendar-localisation-moment/jira.webresources:calendar-localisation-moment.js`, query: 'locale=da-DK' } };
    }),
    3,
    plant('oauth-code', 'jira-oidc-callback-code', 'warning', `${WHY.code} Atlassian's Data Center SSO with OpenID Connect (Entra ID): \`/plugins/servlet/oidc/callback?code=…&state=…\`.`, ({ rng }) => {
      const code = `1.AQ${rng.b64url(180)}`;
      return { value: code, event: { path: '/plugins/servlet/oidc/callback', query: `code=${code}&state=${rng.uuid()}&session_state=${rng.uuid()}`, status: 302, referer: 'https://login.microsoftonline.com/', user: '-' } };
    }),
    3,
    plant('path-secret', 'jira-ResetPassword-token', 'error', WHY.pathSecret("Jira's password reset link `/secure/ResetPassword!default.jspa?os_username=…&token=…`"), ({ rng }) => {
      const tok = rng.alnum(20);
      return { value: tok, event: { path: '/secure/ResetPassword!default.jspa', query: `os_username=vikar.kirsten&token=${tok}`, user: '-' } };
    }),
    3,
    plant('api-key-name', 'jira-os_password-query', 'error', "A reporting script calls the REST API with `os_authType=basic&os_username=…&os_password=…` in the query: the service account's password, a long-lived credential under a parameter name.", ({ rng }) => {
      const pw = `${rng.alnum(12)}${rng.int(10, 99)}!`;
      return { value: pw, event: { path: '/rest/api/2/search', query: `jql=project%3DDRIFT&os_authType=basic&os_username=svc-rapport&os_password=${enc(pw)}`, user: 'svc-rapport', ua: 'python-requests/2.32.5' } };
    }),
    3,
    plant('negative', 'jira-cache-buster-underscore', 'none', "jQuery's `_=<epoch ms>` cache buster on a gadget request: no credential.", ({ t }) => {
      const v = String(t - 9874);
      return { value: v, event: { path: '/rest/gadget/1.0/issueTable/jql', query: `jql=assignee%3DcurrentUser()&num=10&_=${v}` } };
    }),
    3,
    plant('encoded', 'jira-os_destination-percent-encoded-token', 'error', "The login page's `os_destination=` holds the password reset URL with `token=` percent-encoded (`%3Ftoken%3D…`): the reset token travels on.", ({ rng }) => {
      const tok = rng.alnum(20);
      return { value: tok, event: { path: '/login.jsp', query: `os_destination=%2Fsecure%2FResetPassword%21default.jspa%3Fos_username%3Dvikar.jonas%26token%3D${tok}`, user: '-' } };
    }),
    3,
    plant('webhook', 'jira-automation-incoming-webhook', 'error', WHY.webhook("A Jira Automation incoming webhook on Data Center (`/rest/cb-automation/latest/hooks/<token>`) that the monitoring system calls"), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { method: 'POST', path: `/rest/cb-automation/latest/hooks/${tok}`, user: '-', ua: 'Zabbix' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: DK_JIRA }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// booking_error.log: the booking site (Django 5.2 under Apache 2.4 with mod_wsgi 5 in daemon mode): the error log's
// `[Tue Feb 09 10:14:22.123456 2027] [wsgi:error] [pid <pid>:tid <tid>] [remote <ip>:<port>] <line>` (local time, no zone)
// for what the app writes to stderr (Django's logging to the console handler, a request.META dump, tracebacks).
// https://modwsgi.readthedocs.io/en/master/user-guides/debugging-techniques.html, https://httpd.apache.org/docs/2.4/mod/core.html#errorlogformat

function wsgiLog(rng) {
  const pid = rng.int(2000, 9000);
  const render = (e, rng) => {
    const d = local(e.t, DK);
    const wd = DAYS[new Date(e.t + DK * 60000).getUTCDay()];
    const head = `[${wd} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(8, 10)} ${d.slice(11, 19)}.${digits(rng, 6)} ${d.slice(0, 4)}] [wsgi:error] [pid ${pid}:tid ${rng.int(139000000000000, 139999999999999)}] [remote ${e.ip}:${e.port}]`;
    return (e.lines ?? [e.msg ?? `INFO booking ${rng.pick(['Tid reserveret', 'Påmindelse sendt', 'Aflysning registreret'])}: klinik=${rng.pick(KLINIKKER)} dyr=${rng.pick(DYR)} tid=${pad(rng.int(8, 17))}:${rng.pick(['00', '15', '30', '45'])}`]).map((l) => `${head} ${l}`);
  };
  const filler = () => ({});
  const steps = [
    3,
    plant('framework-dump', 'wsgi-QueryDict-adgangskode', 'error', "A debug line writes `request.GET` of the old login form's GET fallback: Django's `<QueryDict: {…, 'adgangskode': ['…']}>` holds the pet owner's password.", ({ rng }) => {
      const pw = `${rng.pick(['Bella', 'Molly', 'Fido', 'Sofus'])}${rng.int(1000, 9999)}${rng.alnum(4)}`;
      return { value: pw, event: { msg: `DEBUG login GET-parametre: <QueryDict: {'email': ['kirsten.moeller@mail.example'], 'adgangskode': ['${pw}'], 'naeste': ['/mine-dyr/']}>` } };
    }),
    3,
    plant('negative', 'wsgi-QueryDict-csrfmiddlewaretoken', 'none', "`csrfmiddlewaretoken` in a logged `request.POST`: a CSRF token, no credential.", ({ rng }) => {
      const v = rng.alnum(64);
      return { value: v, event: { msg: `DEBUG booking POST: <QueryDict: {'csrfmiddlewaretoken': ['${v}'], 'klinik': ['ribe'], 'dyr': ['kat'], 'dato': ['2027-02-15']}>` } };
    }),
    3,
    plant('header-dump', 'wsgi-META-HTTP_AUTHORIZATION-token', 'error', "A developer left a `print(request.META)`: the dict dump holds `'HTTP_AUTHORIZATION': 'Token <40 hex>'`, a Django REST framework token of the clinic app.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { msg: `{'HTTP_HOST': '${DK_BOOK}', 'HTTP_USER_AGENT': 'VestkystApp/3.8 (iPhone; iOS 26.1)', 'HTTP_AUTHORIZATION': 'Token ${tok}', 'PATH_INFO': '/api/tider/', 'QUERY_STRING': 'klinik=esbjerg', 'REQUEST_METHOD': 'GET', 'mod_wsgi.process_group': 'booking'}` } };
    }),
    3,
    plant('session-id', 'wsgi-META-HTTP_COOKIE-sessionid', 'error', WHY.session("Another `request.META` dump with `'HTTP_COOKIE': '…; sessionid=<id>'`, Django's session cookie"), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { msg: `{'HTTP_HOST': '${DK_BOOK}', 'HTTP_COOKIE': 'csrftoken=${rng.alnum(32)}; sessionid=${sid}', 'PATH_INFO': '/mine-dyr/', 'REQUEST_METHOD': 'GET'}` } };
    }),
    3,
    plant('webhook', 'wsgi-requests-ConnectionError-slack', 'error', WHY.webhook("A Slack incoming webhook in urllib3's `Max retries exceeded with url: /services/…` of a failed notification"), ({ rng }) => {
      const hook = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
      return { value: hook, event: { msg: `ERROR notifikation Kunne ikke sende besked til Slack: HTTPSConnectionPool(host='hooks.slack.com', port=443): Max retries exceeded with url: /services/${hook} (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f3a${rng.hex(8)}>: Failed to resolve 'hooks.slack.com' ([Errno -3] Temporary failure in name resolution)"))` } };
    }),
    3,
    plant('refresh-token', 'wsgi-HTTPError-for-url-refresh_token', 'error', `${WHY.refresh} requests' \`400 Client Error: Bad Request for url: …?grant_type=refresh_token&refresh_token=…\` of the journal system integration.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { msg: `ERROR journal Token-fornyelse fejlede: 400 Client Error: Bad Request for url: https://api.vetjournal.example/oauth/token?grant_type=refresh_token&refresh_token=${rt}&client_id=vestkyst-booking` } };
    }),
    3,
    plant('implicit-fragment', 'wsgi-js-fejl-href-access_token', 'error', "The site's JavaScript error endpoint logs the page's `location.href`: the video consultation page, hash-routed, with `#/…?access_token=…` from the video vendor's implicit sign-in.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { msg: `WARNING jsfejl JS-fejl på https://${DK_BOOK}/videokonsultation/#/rum?access_token=${at}&expires_in=3600: TypeError: Cannot read properties of null (reading 'srcObject')` } };
    }),
    3,
    plant('negative', 'wsgi-static-manifest-hash', 'none', "A ManifestStaticFilesStorage name (`booking.<12 hex>.css`) in a 404 warning: a content hash, no credential.", ({ rng }) => {
      const v = `booking.${rng.hex(12)}.css`;
      return { value: v, event: { msg: `WARNING django.request Not Found: /static/css/${v}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: DK_BOOK }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// journal-integration.log: the clinics' Java 21 integration service with `-Djdk.httpclient.HttpClient.log=requests,
// headers` through java.util.logging's SimpleFormatter (`Feb 09, 2027 10:14:22 AM <class> <method>` then `INFO: …`;
// REQUEST and RESPONSE lines, `HEADERS: REQUEST HEADERS:` with the request line and one header a line), local time.
// https://docs.oracle.com/en/java/javase/21/docs/api/java.net.http/module-summary.html (jdk.httpclient.HttpClient.log),
// https://docs.oracle.com/en/java/javase/21/docs/api/java.logging/java/util/logging/SimpleFormatter.html

function jdkLog(rng) {
  const at = (ms) => {
    const d = local(ms, DK);
    const h = Number(d.slice(11, 13));
    return `${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(8, 10)}, ${d.slice(0, 4)} ${h % 12 || 12}:${d.slice(14, 19)} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const render = (e, rng) => {
    if (e.msg) return [`${at(e.t)} dk.vestkyst.journal.Sync run`, `INFO: ${e.msg}`];
    const url = `https://${e.host}${target(e)}`;
    const hs = Object.entries({ ...(e.headers ?? {}), 'User-Agent': 'Java-http-client/21.0.9' }).map(([k, v]) => `${k}: ${v}`);
    return [
      `${at(e.t)} jdk.internal.net.http.MultiExchange lambda$responseAsync0$2`,
      `INFO: REQUEST: ${url} ${e.method}`,
      `${at(e.t)} jdk.internal.net.http.Http1Request logHeaders`,
      'INFO: HEADERS: REQUEST HEADERS:',
      `${e.method} ${target(e)} HTTP/1.1`,
      ...hs,
      '',
      `${at(e.t + e.ms)} jdk.internal.net.http.Exchange lambda$responseAsyncImpl$5`,
      `INFO: RESPONSE: (${e.method} ${url}) ${e.status} HTTP_1_1 Local port:  ${e.port}`,
      `${at(e.t + e.ms)} jdk.internal.net.http.Http1Response lambda$readHeadersAsync$0`,
      'INFO: HEADERS: RESPONSE HEADERS:',
      ...Object.entries({ 'content-type': 'application/json', ...(e.respHeaders ?? {}) }).map(([k, v]) => `    ${k}: ${v}`),
      '',
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `Synkroniseret ${rng.int(3, 80)} journaler for klinik ${rng.pick(KLINIKKER)}` }),
      () => ({ host: 'api.vetjournal.example', path: `/v2/patienter/${rng.int(100000, 999999)}/journal` }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'jdk-request-headers-authorization-basic', 'error', "The client's header log writes `Authorization: Basic <base64 user:password>`: the journal system's integration login.", ({ rng }) => {
      const basic = b64Of(`vestkyst-integration:${rng.alnum(18)}`);
      return { value: basic, event: { host: 'api.vetjournal.example', path: '/v2/klinikker/esbjerg/aftaler', query: 'dato=2027-02-09', headers: { Authorization: `Basic ${basic}`, Accept: 'application/json' } } };
    }),
    2,
    plant('negative', 'jdk-response-x-correlation-id', 'none', 'A `x-correlation-id` response header: a request id, no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { host: 'api.vetjournal.example', path: '/v2/arter', respHeaders: { 'x-correlation-id': v } } };
    }),
    2,
    plant('api-key-name', 'jdk-datafordeler-password-query', 'error', "The national address register's REST service takes its service user as `username=…&password=…` in the query: the password on the REQUEST and RESPONSE lines and the request line of the header log.", ({ rng }) => {
      const pw = `${rng.alnum(16)}`;
      return { value: pw, event: { host: 'services.datafordeler.example', path: '/DAR/DAR/1/rest/adresse', query: `username=VESTKYSTWS&password=${pw}&postnr=6700&format=json` } };
    }),
    2,
    plant('webhook', 'jdk-teams-webhookb2', 'error', WHY.webhook('A Microsoft Teams incoming webhook (`…/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<user>`) in the REQUEST line of the alarm notification'), ({ rng }) => {
      const tail = `${rng.hex(32)}/${rng.uuid()}/V2${rng.b64url(44)}`;
      return { value: tail, event: { method: 'POST', host: 'vestkyst.webhook.office.com', path: `/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${tail}`, headers: { 'Content-Type': 'application/json' } } };
    }),
    2,
    plant('encoded', 'jdk-auth-base64-user-password', 'error', "The pharmacy wholesaler's export URL takes `auth=<base64 of user:password>`: decoded, the clinic account's password.", ({ rng }) => {
      const blob = b64Of(`esbjerg01:${rng.alnum(14)}`);
      return { value: blob, event: { host: 'b2b.vetgrossist.example', path: '/export/ordrer.csv', query: `auth=${blob}&fra=2027-02-01` } };
    }),
    2,
    plant('header-dump', 'jdk-request-headers-cookie-session', 'error', WHY.session("The header log writes the `Cookie` the integration replays to the laboratory portal, `JSESSIONID=<id>`"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { host: 'svar.vetlab-danmark.example', path: '/resultater/api/nye', headers: { Cookie: `JSESSIONID=${sid}` } } };
    }),
    2,
    plant('negative', 'jdk-response-etag', 'none', 'A response `etag`: a content hash, no credential.', ({ rng }) => {
      const v = `W/"${rng.hex(24)}"`;
      return { value: v, event: { host: 'api.vetjournal.example', path: '/v2/medicin', respHeaders: { etag: v } } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'api.vetjournal.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// videokonsultation.log: the video consultation backend, Scala 3 on http4s 0.23 (Ember) with
// `Logger.httpApp(logHeaders = true, logBody = true)` through logback (`%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} [%thread]
// %-5level %logger{36} - %msg%n`): `HTTP/1.1 GET /path Headers(…) body="…"`, Authorization and Cookie redacted by
// the middleware's default `Headers.SensitiveHeaders`.
// https://http4s.org/v0.23/docs/middleware.html (Logger), https://logback.qos.ch/manual/layouts.html

function http4sLog(rng) {
  const render = (e, rng) => {
    const head = `${local(e.t, DK).slice(0, 23)}${zone(DK, true)} [io-compute-${rng.int(0, 7)}] INFO  org.http4s.server.middleware.Logger - `;
    if (e.msg) return [`${local(e.t, DK).slice(0, 23)}${zone(DK, true)} [io-compute-${rng.int(0, 7)}] INFO  d.v.video.RoomService - ${e.msg}`];
    const hs = Object.entries({ Host: 'video.vestkystdyreklinik.example', 'User-Agent': e.ua, Authorization: '<REDACTED>', ...(e.headers ?? {}) }).map(([k, v]) => `${k}: ${v}`).join(', ');
    return [
      `${head}HTTP/1.1 ${e.method} ${target(e)} Headers(${hs}) body="${e.body ?? ''}"`,
      `${head}HTTP/1.1 ${e.status} ${e.status === 200 ? 'OK' : e.status === 201 ? 'Created' : 'Found'} Headers(Content-Type: application/json, Content-Length: ${e.bytes}${e.respHeaders ?? ''}) body="${e.resp ?? ''}"`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/api/rum/${rng.uuid()}/status`, resp: `{"deltagere":${rng.int(0, 2)}}` }),
      () => ({ msg: `Rum ${rng.uuid()} lukket efter ${rng.int(4, 40)} min` }),
      () => ({ method: 'POST', path: '/api/rum', status: 201, body: `{"klinik":"${rng.pick(KLINIKKER)}","dyr":"${rng.pick(DYR)}"}` }),
    ])();
  const steps = [
    2,
    plant('api-key-name', 'http4s-query-api_key', 'error', `${WHY.apiKey('api_key')} The media server calls the recording callback with its key in the query; the Logger middleware writes the request line.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { method: 'POST', path: '/callbacks/optagelse', query: `api_key=${key}&rum=${rng.uuid()}`, ua: 'Go-http-client/2.0', body: '{"status":"done"}' } };
    }),
    2,
    plant('negative', 'http4s-x-request-id', 'none', 'An `X-Request-ID` header: a request id, no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { path: '/api/tidsrum', query: 'klinik=varde', headers: { 'X-Request-ID': v } } };
    }),
    2,
    plant('refresh-token', 'http4s-body-refresh_token', 'error', `${WHY.refresh} The app's token renewal body \`{"refresh_token":"…"}\`, logged by the middleware with \`logBody = true\`.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'POST', path: '/auth/forny', body: `{"refresh_token":"${rt}"}`, ua: 'VestkystApp/3.8 (iPhone; iOS 26.1)', resp: '{"udloeber_om":900}' } };
    }),
    2,
    plant('header-dump', 'http4s-x-auth-token-header', 'error', "The middleware redacts only `Authorization`, `Cookie` and `Set-Cookie`: the video vendor's `X-Auth-Token` is logged in clear, a long-lived service token.", ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { method: 'POST', path: '/api/rum/aabn', headers: { 'X-Auth-Token': tok, 'Content-Type': 'application/json' }, ua: 'Java-http-client/21.0.9', body: '{"varighed":30}', status: 201 } };
    }),
    2,
    plant('implicit-fragment', 'http4s-body-fejlrapport-href-access_token', 'error', "The browser's error report body holds `href` of the room page with `#access_token=…` (the vendor's implicit sign-in), logged with the body.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { method: 'POST', path: '/api/fejlrapport', body: `{"href":"https://video.vestkystdyreklinik.example/rum/${rng.hex(8)}#access_token=${at}&token_type=bearer","besked":"getUserMedia afvist"}`, status: 201 } };
    }),
    2,
    plant('framework-dump', 'http4s-body-login-adgangskode', 'error', "The Logger middleware writes the login body of the vets' sign-in, `{\"brugernavn\":…,\"adgangskode\":…}` (\"password\"): a framework's request dump with the password.", ({ rng }) => {
      const pw = `${rng.alnum(10)}${rng.int(10, 99)}#`;
      return { value: pw, event: { method: 'POST', path: '/auth/login', body: `{"brugernavn":"dyrlaege.hansen","adgangskode":"${pw}"}`, ua: BROWSERS[3] } };
    }),
    2,
    plant('negative', 'http4s-location-authorize-state', 'none', 'The `state` of an authorize redirect in a `Location` response header: a public value of the flow, no credential.', ({ rng }) => {
      const v = rng.b64url(32);
      return { value: v, event: { path: '/auth/start', status: 302, respHeaders: `, Location: https://login.vetjournal.example/authorize?response_type=code&client_id=video&state=${v}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'video.vestkystdyreklinik.example' }, filler, render, steps });
}

// =====================================================================================================================
// Xixi Youxuan
// =====================================================================================================================

// mall-api.log: the shop's API, a go-zero 1.9 service with `Log: Mode: file, Encoding: json` (one JSON object per line:
// `@timestamp` with the offset, `caller`, `content` (`[HTTP] <code> - <METHOD> <uri> - <remote> - <ua>`), `duration`,
// `level`, `span`, `trace`), plus the service's own logx lines (Chinese messages).
// https://go-zero.dev/en/docs/tutorials/go-zero/configuration/log, https://github.com/zeromicro/go-zero/blob/master/rest/handler/loghandler.go

function goZeroLog(rng) {
  const render = (e, rng) => {
    const base = { '@timestamp': `${local(e.t, CN).slice(0, 23)}${zone(CN, true)}`, caller: e.msg ? e.caller ?? 'logic/orderlogic.go:58' : 'handler/loghandler.go:160' };
    const content = e.msg ?? `[HTTP] ${e.status} - ${e.method} ${target(e)} - ${e.ip}:${e.port} - ${e.ua}`;
    const duration = e.msg ? {} : { duration: `${e.ms}.${digits(rng, 1)}ms` };
    return [JSON.stringify({ ...base, content, ...duration, level: e.level ?? 'info', span: rng.hex(16), trace: rng.hex(32) })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/goods/list', query: `category=${rng.int(1, 40)}&page=${rng.int(1, 9)}` }),
      () => ({ path: '/api/order/detail', query: `orderId=${orderId(rng)}` }),
      () => ({ msg: `订单 ${orderId(rng)} 支付成功，金额 ${rng.int(20, 400)}.${pad(rng.int(0, 99))} 元` }),
      () => ({ method: 'POST', path: '/api/cart/add' }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'gozero-wechat-oauth-callback-code', 'warning', `${WHY.code} WeChat web authorization's redirect \`/api/wechat/callback?code=…&state=…\` in go-zero's \`[HTTP]\` line.`, ({ rng }) => {
      const code = rng.alnum(32);
      return { value: code, event: { path: '/api/wechat/callback', query: `code=${code}&state=${rng.hex(16)}`, status: 302, ua: BROWSERS[4] } };
    }),
    3,
    plant('negative', 'gozero-sign-nonce_str-timestamp', 'none', 'A payment notification query with `sign=` (an MD5 of the sorted parameters), `nonce_str` and `timestamp`: a request signature, no credential.', ({ rng }) => {
      const v = rng.hex(32).toUpperCase();
      return { value: v, event: { method: 'POST', path: '/api/pay/notify', query: `nonce_str=${rng.alnum(32)}&timestamp=${Math.floor(DAY0 / 1000)}&sign=${v}`, ua: 'Mozilla/4.0' } };
    }),
    3,
    plant('api-key-name', 'gozero-wechat-cgi-bin-token-secret', 'error', "A logx error quotes WeChat's `GET /cgi-bin/token?grant_type=client_credential&appid=…&secret=…`: the official account's AppSecret, a long-lived credential under the name `secret`.", ({ rng }) => {
      const secret = rng.hex(32);
      return { value: secret, event: { level: 'error', caller: 'wechat/token.go:41', msg: `获取 access_token 失败: Get "https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx${rng.hex(16)}&secret=${secret}": context deadline exceeded` } };
    }),
    3,
    plant('refresh-token', 'gozero-wechat-sns-refresh_token', 'error', `${WHY.refresh} WeChat's \`/sns/oauth2/refresh_token?…&refresh_token=…\` (valid 30 days) in a logx error.`, ({ rng }) => {
      const rt = `${rng.int(60, 99)}_${rng.b64url(100)}`;
      return { value: rt, event: { level: 'error', caller: 'wechat/oauth.go:87', msg: `刷新网页授权失败: Get "https://api.weixin.qq.com/sns/oauth2/refresh_token?appid=wx${rng.hex(16)}&grant_type=refresh_token&refresh_token=${rt}": EOF` } };
    }),
    3,
    plant('embed-jwt', 'gozero-embed-board-120s-no-jti', 'warning', 'The store managers\' sales board embed `/embed/board/<JWT>` signed for 120 s without a `jti` (go-zero writes the offset).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(2, 40), claims: { resource: { dashboard: rng.int(2, 30) }, params: { store: `hz-${rng.int(1, 40)}` } } });
      return { value: token, jwt: facts, event: { path: `/embed/board/${token}`, ua: BROWSERS[0] } };
    }),
    3,
    plant('encoded', 'gozero-target-percent-encoded-twice-token', 'error', 'A share landing page whose `target=` holds a coupon URL with `token=<secret>` percent-encoded twice (`%253D`): the coupon claim token travels on.', ({ rng }) => {
      const tok = rng.hex(32);
      return { value: tok, event: { path: '/api/share/landing', query: `target=https%253A%252F%252F${CN_WWW}%252Fcoupon%252Fclaim%253Ftoken%253D${tok}`, ua: BROWSERS[2] } };
    }),
    3,
    plant('negative', 'gozero-trace-id', 'none', "An `X-Trace-Id` a client echoes in the query (`traceId=`): a trace id, no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { path: '/api/feedback/ping', query: `traceId=${v}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: CN_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// member-service.log: the membership service, Kratos v2 with the logging middleware on its HTTP and gRPC servers
// (log.NewStdLogger with `ts`, `caller`, `service.id`, `service.name`, `trace.id`, `span.id`; the middleware's
// `kind=server component=http operation=… args=… code=… reason=… stack= latency=…`, `args` the request's protobuf
// text form), Chinese messages from the biz layer.
// https://go-kratos.dev/docs/component/middleware/logging/, https://go-kratos.dev/docs/component/log/

function kratosLog(rng) {
  const render = (e, rng) => {
    const head = `${(e.level ?? 'INFO').toUpperCase()} ts=${local(e.t, CN).slice(0, 19)}${zone(CN, true)} caller=${e.caller ?? 'logging/logging.go:84'} service.id=member-7c9d4-${rng.lowerNum(5)} service.name=member.service service.version=v1.14.2 trace.id=${rng.hex(32)} span.id=${rng.hex(16)}`;
    if (e.msg) return [`${head} msg=${e.msg}`];
    return [`${head} kind=server component=${e.comp ?? 'http'} operation=${e.op} args=${e.args} code=${e.code ?? 0} reason=${e.reason ?? ''} stack= latency=${(e.ms / 1000).toFixed(6)}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ op: '/api.member.v1.Member/GetProfile', args: `uid:${rng.int(1e7, 9e7)}` }),
      () => ({ op: '/api.member.v1.Points/List', args: `uid:${rng.int(1e7, 9e7)} page:${rng.int(1, 5)}`, comp: 'grpc' }),
      () => ({ msg: `会员等级更新 uid=${rng.int(1e7, 9e7)} level=${rng.int(1, 6)}`, caller: 'biz/member.go:112' }),
    ])();
  const steps = [
    3,
    plant('framework-dump', 'kratos-args-password', 'error', "The logging middleware writes the request's protobuf text in `args`: `LoginRequest` with `password:\"…\"` in clear.", ({ rng }) => {
      const pw = `${rng.alnum(9)}${rng.int(100, 999)}`;
      return { value: pw, event: { op: '/api.member.v1.Auth/Login', args: `phone:"1${digits(rng, 10)}" password:"${pw}" device_id:"${rng.uuid()}"` } };
    }),
    3,
    plant('negative', 'kratos-args-page_token-cursor', 'none', "A `page_token` in `args` (base64 of a JSON position, starting `eyJ`): a cursor, no credential.", ({ rng }) => {
      const v = Buffer.from(JSON.stringify({ last_id: rng.int(1e6, 9e6), dir: 'next' })).toString('base64');
      return { value: v, event: { op: '/api.member.v1.Coupon/List', args: `uid:${rng.int(1e7, 9e7)} page_token:"${v}"`, comp: 'grpc' } };
    }),
    3,
    plant('id-token', 'kratos-args-id_token', 'error', "The Apple sign-in RPC's `args` hold `id_token:\"<JWT>\"`: the user's ID token, live when logged (`ts` with the offset).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(2, 60), alg: 'RS256', kid: rng.alnum(10), claims: { iss: 'https://appleid.apple.example', aud: 'com.xixiyouxuan.app', sub: `${digits(rng, 6)}.${rng.hex(32)}.${digits(rng, 4)}`, email: `${rng.lowerNum(10)}@privaterelay.appleid.example` } });
      return { value: token, jwt: facts, event: { op: '/api.member.v1.Auth/AppleLogin', args: `id_token:"${token}" nonce:"${rng.hex(16)}"` } };
    }),
    3,
    plant('path-secret', 'kratos-args-invite_url', 'error', WHY.pathSecret('A family-account invitation `https://…/invite/<token>` in the `args` of the RPC that sends it by SMS'), ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { op: '/api.member.v1.Family/SendInvite', args: `uid:${rng.int(1e7, 9e7)} phone:"1${digits(rng, 10)}" invite_url:"https://${CN_WWW}/invite/${tok}"` } };
    }),
    3,
    plant('implicit-fragment', 'kratos-args-page_url-access_token', 'error', "The H5 client's error report RPC carries `page_url` of a hash-routed page with `#/…?access_token=…` after a partner's implicit sign-in.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { op: '/api.member.v1.Client/ReportError', args: `page_url:"https://h5.xixiyouxuan.example/#/partner/callback?access_token=${at}&expires_in=7200" message:"TypeError: Cannot read properties of undefined"` } };
    }),
    3,
    plant('negative', 'kratos-args-sms-biz_id', 'none', 'An SMS gateway `biz_id` (a delivery receipt id) in `args`: an id, no credential.', ({ rng }) => {
      const v = `${digits(rng, 15)}^${digits(rng, 10)}`;
      return { value: v, event: { op: '/api.member.v1.Sms/Receipt', args: `biz_id:"${v}" status:"DELIVERED"` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: CN_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// srx-webfilter.log: the office's Juniper SRX345 (Junos 23.4) with UTM enhanced web filtering and SSL forward proxy, its
// structured syslog received by rsyslog (`<time> <host> RT_UTM: WEBFILTER_URL_PERMITTED: WebFilter: ACTION="URL
// Permitted" <src>(<port>)-><dst>(<port>) CATEGORY="…" REASON="…" PROFILE="…" URL=<host> OBJ=<path> username N/A
// roles N/A`), RT_FLOW session lines around them, local time with the offset.
// https://www.juniper.net/documentation/us/en/software/junos/syslog-monitoring/topics/topic-map/system-log-utm-webfilter.html

function srxLog(rng) {
  const render = (e, rng) => {
    const head = `${local(e.t, CN).slice(0, 23)}${zone(CN, true)} srx-hz-office`;
    const src = `10.8.${rng.int(1, 20)}.${rng.int(10, 250)}`;
    if (e.flow) return [`${head} RT_FLOW: RT_FLOW_SESSION_CREATE: session created ${src}/${e.port}->${e.ip}/443 0x0 junos-https 198.51.100.20/${e.port}->${e.ip}/443 0x0 N/A N/A N/A N/A 6 trust-to-untrust trust untrust ${rng.int(10000, 99999)} N/A(N/A) ge-0/0/1.0 UNKNOWN UNKNOWN UNKNOWN N/A N/A -1 N/A N/A N/A Off root`];
    const action = e.blocked ? 'WEBFILTER_URL_BLOCKED: WebFilter: ACTION="URL Blocked"' : 'WEBFILTER_URL_PERMITTED: WebFilter: ACTION="URL Permitted"';
    return [`${head} RT_UTM: ${action} ${src}(${e.port})->${e.ip}(${e.connect ? 443 : 80}) CATEGORY="${e.cat ?? 'Business_and_Economy'}" REASON="BY_PRE_DEFINED" PROFILE="office-ewf" URL=${e.host} OBJ=${target(e)} username N/A roles N/A application-sub-category N/A urlcategory-risk 0 source-zone-name=trust destination-zone-name=untrust`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ flow: true }),
      () => ({ host: 'www.taobao.example', path: '/', query: `spm=a21bo.jianhua.${rng.int(100, 999)}.${rng.int(1, 9)}`, cat: 'Shopping' }),
      () => ({ host: 'open.dingtalk.example', path: '/api/v1/calendar', cat: 'Business_and_Economy' }),
      () => ({ host: CN_WWW, path: `/goods/${rng.int(10000, 99999)}.html`, cat: 'Shopping' }),
    ])();
  const steps = [
    3,
    plant('webhook', 'srx-dingtalk-robot-access_token', 'error', WHY.webhook("A DingTalk group robot's webhook (`/robot/send?access_token=<64 hex>`) seen through the SSL forward proxy; the web filter writes `OBJ=` with the query"), ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { host: 'oapi.dingtalk.com', path: '/robot/send', query: `access_token=${tok}`, method: 'POST', cat: 'Business_and_Economy' } };
    }),
    3,
    plant('negative', 'srx-spm-tracking', 'none', "An `spm=` tracking code on a shopping site: page analytics, no credential.", ({ rng }) => {
      const v = `a2141.${rng.int(100000, 999999)}.${rng.alnum(8)}.${rng.int(1, 99)}`;
      return { value: v, event: { host: 'detail.tmall.example', path: '/item.htm', query: `id=${rng.int(1e11, 9e11)}&spm=${v}`, cat: 'Shopping' } };
    }),
    3,
    plant('session-id', 'srx-supplier-PHPSESSID', 'error', WHY.session("A produce supplier's ordering site with `PHPSESSID=<id>` in the URL"), ({ rng }) => {
      const sid = rng.lowerNum(26);
      return { value: sid, event: { host: 'b2b.shuiguo-gongying.example', path: '/order.php', query: `PHPSESSID=${sid}&act=list`, cat: 'Business_and_Economy' } };
    }),
    3,
    plant('path-secret', 'srx-reset-password-path', 'error', WHY.pathSecret("The ERP's password reset link `/user/reset-password/<token>` opened from the office"), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { host: 'erp.xixiyouxuan.example', path: `/user/reset-password/${tok}`, connect: true } };
    }),
    3,
    plant('encoded', 'srx-redirect-percent-encoded-ticket', 'error', 'A logistics portal\'s sign-in with `redirect=` holding the waybill page URL and `auth_token=<token>` percent-encoded once (`%26auth_token%3D…`): the token travels on.', ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { host: 'portal.kuaidi-wuliu.example', path: '/login', query: `redirect=https%3A%2F%2Fportal.kuaidi-wuliu.example%2Fwaybill%3Fno%3D${digits(rng, 12)}%26auth_token%3D${tok}`, cat: 'Business_and_Economy', connect: true } };
    }),
    3,
    plant('negative', 'srx-cdn-image-process', 'none', "An image URL with `x-oss-process=image/resize,w_400` and a content hash name: image processing, no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { host: CN_CDN, path: `/goods/${v}.jpg`, query: 'x-oss-process=image/resize,w_400/format,webp', cat: 'Content_Delivery_Networks' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: CN_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// extended.log: Xixi Youxuan's edge cache, Apache Traffic Server 10 as a reverse proxy with the Netscape Extended
// format of the documentation (`%<chi> - %<caun> [%<cqtn>] "%<cqtx>" %<pssc> %<pscl> %<sssc> %<sscl> %<cqcl> %<pqcl>
// %<cqhl> %<pshl> %<pqhl> %<sshl> %<tts>`, the client request time with the offset).
// https://docs.trafficserver.apache.org/en/latest/admin-guide/logging/examples.en.html (Netscape Extended),
// https://docs.trafficserver.apache.org/en/latest/admin-guide/logging/formatting.en.html

function atsLog(rng) {
  const render = (e, rng) => {
    const tts = Math.max(0, Math.round(e.ms / 1000));
    const origin = e.status === 304 ? 304 : e.status;
    return [`${e.ip} - - [${clfAt(e.t, CN)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} ${origin} ${e.bytes + rng.int(0, 40)} 0 0 ${rng.int(300, 900)} ${rng.int(200, 400)} ${rng.int(300, 900)} ${rng.int(200, 400)} ${tts}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/goods/${rng.hex(32)}.jpg` }),
      () => ({ path: `/assets/js/index-${rng.hex(8)}.js` }),
      () => ({ path: '/api/home/banner', query: `city=hangzhou` }),
      () => ({ path: `/h5/`, status: 304 }),
    ])();
  const steps = [
    3,
    plant('negative', 'ats-t-cache-buster', 'none', 'A `t=<epoch ms>` cache buster on the H5 config: no credential.', ({ t }) => {
      const v = String(t - 1234);
      return { value: v, event: { path: '/h5/config.json', query: `t=${v}` } };
    }),
    3,
    plant('oauth-code', 'ats-alipay-auth_code-callback', 'warning', `${WHY.code} Alipay's web authorization redirect \`/auth/alipay/callback?app_id=…&auth_code=…&state=…\`.`, ({ rng }) => {
      const code = rng.hex(32);
      return { value: code, event: { path: '/auth/alipay/callback', query: `app_id=2021${digits(rng, 12)}&source=alipay_wallet&scope=auth_user&auth_code=${code}&state=${rng.hex(16)}`, status: 302 } };
    }),
    3,
    plant('embed-jwt', 'ats-embed-report-expired', 'note', 'A supplier reopens an old link `/embed/report/<JWT>` whose token expired two days earlier (the log writes the offset): expired, note.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + rng.int(100, 9000), claims: { resource: { dashboard: rng.int(2, 30) }, params: { supplier: `S${rng.int(100, 999)}` } } });
      return { value: token, jwt: facts, event: { path: `/embed/report/${token}` } };
    }),
    3,
    plant('id-token', 'ats-id_token-query-expired', 'note', "An old bookmark of the H5 OIDC callback with `id_token=<JWT>` in the query, expired hours before it is logged: note.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 7200, age: 30 * 3600 + rng.int(10, 3000), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://sso.xixiyouxuan.example`, aud: 'h5', sub: String(rng.int(1e7, 9e7)) } });
      return { value: token, jwt: facts, event: { path: '/h5/oidc/callback', query: `id_token=${token}&state=${rng.hex(16)}` } };
    }),
    3,
    plant('api-key-name', 'ats-amap-web-service-key', 'error', `${WHY.apiKey('key')} The H5 page calls the cache's map proxy with the map provider's web service key (a server key, not the browser key) in the query.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: '/mapproxy/v3/geocode/regeo', query: `key=${key}&location=120.13,30.27&extensions=base` } };
    }),
    3,
    plant('session-id', 'ats-jsessionid-path', 'error', WHY.session("The old member centre (Tomcat behind the cache) with `;jsessionid=<id>` in the path"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { path: `/member/points.jsp;jsessionid=${sid}` } };
    }),
    3,
    plant('negative', 'ats-vite-asset-hash', 'none', "A Vite build's asset name (`index-<8 hex>.css`): a content hash, no credential.", ({ rng }) => {
      const v = `index-${rng.b64url(8)}.css`;
      return { value: v, event: { path: `/assets/css/${v}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: CN_CDN }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout26');
writePart(join(here, 'heldout26'), {
  'gin.log': ginLog(rng),
  'httpexchanges.json': httpExchanges(rng),
  'jaeger-traces.json': jaegerTrace(rng),
  'vpc-lattice-access.log': latticeLog(rng),
  'sendgrid-events.ndjson': sendgridLog(rng),
  'asa.log': asaLog(rng),
  'access_log.2027-02-09': jiraLog(rng),
  'booking_error.log': wsgiLog(rng),
  'journal-integration.log': jdkLog(rng),
  'videokonsultation.log': http4sLog(rng),
  'mall-api.log': goZeroLog(rng),
  'member-service.log': kratosLog(rng),
  'srx-webfilter.log': srxLog(rng),
  'extended.log': atsLog(rng),
});
