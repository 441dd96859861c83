// Writes corpus/logs-in-the-wild/: logs in real formats with credentials planted in the places issue #14 lists (OAuth
// and OIDC parameters, secrets in paths, webhook URLs, embed JWTs, session ids, API keys under vendor-less names,
// encodings, framework and header dumps, single-use tickets replayed), plus look-alikes that are no credential, and the
// labels.json of each part. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate.mjs     rewrites dev/ and heldout/; deterministic (seeded PRNG, no clock)
//
// Every value is random (seeded per part): no real credential, no documentation example. JWTs are built here: HS256
// and HS512 signed for real with a random key, RS256 signatures random bytes of the right length; `iat`/`exp` are
// counted from the time of the line that logs them. A GitHub `ghp_` token carries the CRC32 checksum of its body in
// base62, as GitHub's format does (the approach of corpus/risk-logs/generate.mjs, which exports nothing to import).
import { createHmac } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { logBuilder, plant, Random, writePart } from './build-log.mjs';
import { B64, DIGITS, goJson, githubToken, iso, MONTHS, pad, UPPER, ymdHms } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Randomness: xoshiro128** seeded from the SHA-256 of the part's name (build-log.mjs).


// ---------------------------------------------------------------------------------------------------------------------
// Credentials, built to each issuer's published shape with random bodies.

const b64urlOf = (text) => Buffer.from(text).toString('base64url');
const b64Of = (text) => Buffer.from(text).toString('base64');
const sec = (ms) => Math.floor(ms / 1000);

/**
 * A JWT logged at time `t` (ms): issued `age` seconds before the line, valid `lifetime` seconds (no `exp` when
 * undefined). Returns the token and the facts a reviewer reads from it, which the labels carry.
 */
function jwt(rng, t, { lifetime, age, jti = false, alg = 'HS256', kid, claims = {} } = {}) {
  const iat = sec(t) - (age ?? rng.int(20, 600));
  const payload = { ...claims, iat };
  if (lifetime !== undefined) payload.exp = iat + lifetime;
  if (jti) payload.jti = rng.uuid();
  const header = kid ? { alg, typ: 'JWT', kid } : { alg, typ: 'JWT' };
  const input = `${b64urlOf(JSON.stringify(header))}.${b64urlOf(JSON.stringify(payload))}`;
  let signature;
  if (alg === 'HS256') signature = createHmac('sha256', rng.bytes(32)).update(input).digest('base64url');
  else if (alg === 'HS512') signature = createHmac('sha512', rng.bytes(64)).update(input).digest('base64url');
  else signature = rng.bytes(alg === 'RS256' ? 256 : 64).toString('base64url');
  const facts = {
    lifetimeSeconds: lifetime ?? null,
    hasJti: jti,
    liveWhenLogged: payload.exp === undefined || payload.exp > sec(t),
  };
  return { token: `${input}.${signature}`, facts };
}

const make = {
  githubClassic: (rng) => {
    const body = rng.alnum(30);
    return githubToken('ghp_', body);
  },
  gitlab: (rng) => `glpat-${rng.b64url(20)}`,
  stripeSecret: (rng) => `sk_live_${rng.alnum(24)}`,
  slackWebhook: (rng) => ({
    team: `T${rng.chars(UPPER + DIGITS, 10)}`,
    channel: `B${rng.chars(UPPER + DIGITS, 10)}`,
    secret: rng.alnum(24),
  }),
  discordWebhook: (rng) => ({ id: `1${rng.chars(DIGITS, 18)}`, secret: rng.b64url(68) }),
  telegramBot: (rng) => `${rng.int(5000000000, 7999999999)}:AA${rng.b64url(33)}`,
  teamsWebhook: (rng, org) => {
    const path = `${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${rng.hex(32)}/${rng.uuid()}`;
    return org
      ? { url: `https://${org}.webhook.office.com/webhookb2/${path}/V2${rng.b64url(43)}`, path }
      : { url: `https://outlook.office.com/webhook/${path}`, path };
  },
  mattermostHook: (rng) => rng.lowerNum(26),
  appsyncKey: (rng) => `da2-${rng.lowerNum(26)}`,
  stsSessionToken: (rng) => `IQoJb3JpZ2luX2Vj${rng.chars(B64, 600)}=`,
  aspnetSessionId: (rng) => rng.chars('abcdefghijklmnopqrstuvwxyz012345', 24),
  phpSessionId: (rng) => rng.chars('0123456789abcdefghijklmnopqrstuv', 26),
  tomcatSessionId: (rng) => rng.chars('0123456789ABCDEF', 32),
};

// ---------------------------------------------------------------------------------------------------------------------
// Time formats.

const isoMicros = (ms, salt = 0) => `${iso(ms).slice(0, 23)}${pad((ms * 7 + salt) % 1000, 3)}Z`;
const hms = (ms) => iso(ms).slice(11, 19);
function clf(ms) {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${hms(ms)} +0000`;
}
function haproxyDate(ms) {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${hms(ms)}.${pad(d.getUTCMilliseconds(), 3)}`;
}
function rfc3164(ms) {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(ms)}`;
}
function phpFpmTime(ms) {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()} ${hms(ms)}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Ordinary traffic. It carries its own random-looking values that are no credential (asset hashes, cache busters,
// click ids, request and trace ids, ETags): a finding on an unlabeled line is a false positive.

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:137.0) Gecko/20100101 Firefox/137.0',
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Mobile Safari/537.36',
];
const TOOLS = ['curl/8.12.1', 'python-requests/2.32.3', 'okhttp/4.12.0', 'Go-http-client/2.0', 'axios/1.8.4', 'PostmanRuntime/7.43.3'];
const SLUGS = ['trail-runner', 'merino-hoodie', 'canvas-tote', 'rain-shell', 'city-pack', 'wool-cap', 'down-vest', 'hiking-socks'];
const WORDS = ['boots', 'jacket', 'backpack', 'gloves', 'waterproof', 'gift+card', 'sale'];
const CAMPAIGNS = ['spring_sale', 'newsletter_w11', 'retargeting', 'launch'];

function publicIp(rng) {
  return `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}`;
}

/** Pages and assets of a web site. */
function webRoute(rng, t) {
  return rng.pick([
    () => ({ path: '/', bytes: rng.int(18000, 42000), contentType: 'text/html' }),
    () => ({ path: `/static/js/main.${rng.hex(8)}.js`, bytes: rng.int(90000, 400000), contentType: 'application/javascript' }),
    () => ({ path: `/static/css/app.${rng.hex(8)}.css`, bytes: rng.int(9000, 60000), contentType: 'text/css' }),
    () => ({
      path: `/products/${rng.pick(SLUGS)}`,
      query: rng.next() < 0.5 ? `utm_source=newsletter&utm_medium=email&utm_campaign=${rng.pick(CAMPAIGNS)}` : '',
      contentType: 'text/html',
    }),
    () => ({ path: '/search', query: `q=${rng.pick(WORDS)}&page=${rng.int(1, 5)}`, contentType: 'text/html' }),
    () => ({ method: 'POST', path: '/api/v1/events', status: 204, bytes: 0 }),
    () => ({ path: `/images/${rng.uuid()}.webp`, query: `w=${rng.pick([320, 640, 1280])}&v=${rng.hex(8)}`, contentType: 'image/webp' }),
    () => ({ path: '/landing/spring', query: `gclid=Cj0KCQjw${rng.b64url(rng.int(60, 80))}`, contentType: 'text/html' }),
    () => ({ path: `/api/v1/orders/${rng.uuid()}`, contentType: 'application/json' }),
    () => ({ path: '/api/v1/cart', query: `_=${t - rng.int(1000, 90000)}`, contentType: 'application/json' }),
    () => ({ path: '/favicon.ico', status: rng.pick([200, 304]), bytes: 1150, contentType: 'image/x-icon' }),
    () => ({
      path: '/healthz',
      ip: `10.0.${rng.int(0, 3)}.${rng.int(2, 250)}`,
      ua: 'kube-probe/1.31',
      bytes: 2,
      contentType: 'text/plain',
    }),
  ])();
}

/** Calls of a JSON API. */
function apiRoute(rng) {
  return rng.pick([
    () => ({ path: `/v2/vehicles/${rng.int(1000, 9999)}` }),
    () => ({ path: '/v2/vehicles', query: `page=${rng.int(1, 9)}&per_page=50` }),
    () => ({ path: `/v2/trips/${rng.uuid()}`, query: 'fields=id,status,eta' }),
    () => ({ method: 'POST', path: '/v2/telemetry', status: 202, bytes: 48 }),
    () => ({ path: '/v2/drivers', query: `updated_since=2026-0${rng.int(1, 4)}-0${rng.int(1, 9)}T00%3A00%3A00Z` }),
    () => ({ method: 'PATCH', path: `/v2/trips/${rng.uuid()}`, bytes: 311 }),
    () => ({ path: `/v2/reports/${rng.hex(24)}`, status: rng.pick([200, 304]) }),
    () => ({ path: '/v2/status', bytes: 64, ua: rng.pick(TOOLS) }),
    () => ({ method: 'DELETE', path: `/v2/geofences/${rng.int(10, 400)}`, status: 204, bytes: 0 }),
  ])();
}

function baseRequest(rng, t, site) {
  return {
    t,
    ip: publicIp(rng),
    port: rng.int(1024, 65535),
    method: 'GET',
    path: '/',
    query: '',
    status: 200,
    bytes: rng.int(400, 12000),
    referer: '-',
    ua: rng.pick(site.api ? TOOLS.concat(BROWSERS.slice(0, 2)) : BROWSERS),
    reqId: rng.uuid(),
    ms: rng.int(3, 240),
    host: site.host,
    protocol: 'HTTP/1.1',
    headers: {},
    contentType: 'application/json',
  };
}

function ordinaryRequest(rng, t, site) {
  const route = site.api ? apiRoute(rng) : webRoute(rng, t);
  const event = { ...route };
  if (!site.api && !event.ua && rng.next() < 0.4) event.referer = `https://${site.host}/`;
  return event;
}

const target = (e) => e.path + (e.query ? `?${e.query}` : '');
const dash = (value) => (value === undefined || value === null || value === '' ? '-' : value);
/** JSON as Go's encoding/json and .NET's System.Text.Json write it by default: `&`, `<`, `>` (and .NET's `+`, `'`) escaped. */
const dotnetJson = (value) => goJson(value).replace(/\+/g, '\\u002B').replace(/'/g, '\\u0027');
/** PHP's json_encode() without flags: `/` written `\/`. */
const phpJson = (value) => JSON.stringify(value).replace(/\//g, '\\/');

// ---------------------------------------------------------------------------------------------------------------------
const buildLog = logBuilder(baseRequest);

const WHY = {
  code: 'An OAuth authorization code beside its state (RFC 6749 §4.1.2): single-use and short-lived, but exchangeable by whoever reads it first; issue #14 grades it a warning.',
  refresh: 'A refresh token mints new access tokens for weeks: a long-lived credential.',
  pathSecret: (what) => `${what} in the path: the URL is the credential until it is used or expires (days): long-lived.`,
  webhook: (what) => `${what}: the URL's path is the secret; whoever has it posts as the integration until it is revoked.`,
  session: (what) => `${what}: whoever replays it is logged in as the user until the session ends.`,
  apiKey: (name) => `An API key under the vendor-less name \`${name}\`, with a key's entropy: long-lived.`,
  ticketFirst: (name) => `An opaque \`${name}\` used once: single-use by name, acceptable (note).`,
  replay: (name, seconds) => `The same \`${name}\` accepted again ${seconds} s later from another address: a replay (log-token-replay).`,
};

// ---------------------------------------------------------------------------------------------------------------------
// dev formats.

const devFormats = {
  // nginx's `main` format as the stock nginx.conf defines it.
  nginxMain: (e) => [
    `${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} ${e.protocol}" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" "-"`,
  ],

  // Envoy `json_format` access log with the request's Referer and the response's Location header.
  envoyJson: (e, rng) => [
    JSON.stringify({
      start_time: iso(e.t),
      method: e.method,
      path: target(e),
      protocol: e.protocol,
      response_code: e.status,
      response_flags: '-',
      bytes_received: e.method === 'POST' ? rng.int(80, 900) : 0,
      bytes_sent: e.bytes,
      duration: e.ms,
      upstream_service_time: String(Math.max(1, e.ms - 1)),
      x_forwarded_for: e.ip,
      user_agent: e.ua,
      request_id: e.reqId,
      authority: e.host,
      upstream_host: `10.8.${rng.int(1, 4)}.${rng.int(10, 90)}:8080`,
      referer: e.referer === '-' ? null : e.referer,
      location: e.location ?? null,
    }),
  ],

  // AWS Application Load Balancer access log.
  alb: (e, rng) => {
    const target_ = `10.20.${rng.int(1, 3)}.${rng.int(10, 200)}:8080`;
    return [
      [
        e.websocket ? 'wss' : 'h2',
        isoMicros(e.t + e.ms),
        'app/fleet-prod/5c2e9a71d04b8f36',
        `${e.ip}:${e.port}`,
        target_,
        '0.001',
        (e.ms / 1000).toFixed(3),
        '0.000',
        e.status,
        e.status,
        rng.int(200, 1400),
        e.bytes,
        `"${e.method} https://${e.host}:443${target(e)} HTTP/2.0"`,
        `"${e.ua}"`,
        'TLS_AES_128_GCM_SHA256',
        'TLSv1.3',
        'arn:aws:elasticloadbalancing:eu-central-1:318204975561:targetgroup/fleet-api/9b1f0c7e3a2d4e58',
        `"Root=1-${sec(e.t).toString(16)}-${rng.hex(24)}"`,
        `"${e.host}"`,
        '"arn:aws:acm:eu-central-1:318204975561:certificate/7e0d2b9c-41a6-4f3e-8c1d-5b9a0e6f2c47"',
        '0',
        isoMicros(e.t),
        '"forward"',
        '"-"',
        '"-"',
        `"${target_}"`,
        `"${e.status}"`,
        '"-"',
        '"-"',
        `TID_${rng.hex(32)}`,
      ].join(' '),
    ];
  },

  // API Gateway REST API execution log (INFO, full request/response data) for an HTTP integration whose request
  // mappings pass the query on, as CloudWatch Logs Insights exports it (one record per line).
  apigw: (e, rng) => {
    const at = (offset) => `${isoMicros(e.t + offset).replace('Z', '+00:00')} (${e.reqId})`;
    const query = e.queryMap ?? [];
    const headers = [
      'Accept=application/json',
      ...(e.headerList ?? []),
      'Host=q7x2m9k4ve.execute-api.eu-central-1.amazonaws.com',
      `User-Agent=${e.ua}`,
      `X-Amzn-Trace-Id=Root=1-${sec(e.t).toString(16)}-${rng.hex(24)}`,
      `X-Forwarded-For=${e.ip}`,
      'X-Forwarded-Port=443',
      'X-Forwarded-Proto=https',
    ];
    const mapped = query.filter(([name]) => !(e.unmapped ?? []).includes(name));
    const endpoint = `https://partner-backend.internal.fleet-a.example${e.path}${mapped.length ? `?${mapped.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}`;
    const body = `{"items":[],"count":${rng.int(0, 40)}}`;
    return [
      `${at(0)} Extended Request Id: ${rng.alnum(14)}=`,
      `${at(0)} Verifying Usage Plan for request: ${e.reqId}. API Key:  API Stage: q7x2m9k4ve/prod`,
      `${at(1)} API Key  authorized because method '${e.method} ${e.resource ?? e.path}' does not require API Key. Request will not contribute to throttle or quota limits`,
      `${at(1)} Usage Plan check succeeded for API Key  and API Stage q7x2m9k4ve/prod`,
      `${at(1)} Starting execution for request: ${e.reqId}`,
      `${at(1)} HTTP Method: ${e.method}, Resource Path: ${e.path}`,
      `${at(1)} Method request path: {}`,
      `${at(1)} Method request query string: {${query.map(([k, v]) => `${k}=${v}`).join(', ')}}`,
      `${at(1)} Method request headers: {${headers.join(', ')}}`,
      `${at(1)} Method request body before transformations: `,
      `${at(2)} Endpoint request URI: ${endpoint}`,
      `${at(2)} Endpoint request headers: {x-amzn-apigateway-api-id=q7x2m9k4ve, Accept=application/json, User-Agent=AmazonAPIGateway_q7x2m9k4ve, X-Amzn-Trace-Id=Root=1-${sec(e.t).toString(16)}-${rng.hex(24)}}`,
      `${at(2)} Endpoint request body after transformations: `,
      `${at(2)} Sending request to ${endpoint}`,
      `${at(e.ms)} Received response. Status: ${e.status}, Integration latency: ${e.ms - 3} ms`,
      `${at(e.ms)} Endpoint response headers: {Content-Type=application/json, Content-Length=${body.length}, Connection=keep-alive}`,
      `${at(e.ms)} Endpoint response body before transformations: ${body}`,
      `${at(e.ms)} Method response body after transformations: ${body}`,
      `${at(e.ms)} Method response headers: {Content-Type=application/json, X-Amzn-Trace-Id=Root=1-${sec(e.t).toString(16)}-${rng.hex(24)}}`,
      `${at(e.ms)} Successfully completed execution`,
      `${at(e.ms)} Method completed with status: ${e.status}`,
    ];
  },

  // Rails 7.1 production log: Logger::Formatter, `config.log_tags = [:request_id]`, Ruby 3.3 Hash#inspect.
  rails: (e, rng) => railsLines(e, rng, { pid: 41, hashArrow: '=>' }),

  // Spring Boot 3.4 console pattern; CommonsRequestLoggingFilter (includeQueryString, includeClientInfo,
  // includeHeaders, a header predicate that masks Authorization) and the app's own DEBUG lines.
  spring: (e, rng) => {
    const at = (offset, level, thread, logger) =>
      `${iso(e.t + offset).replace('Z', '+00:00')} ${level.padStart(5)} 1 --- [reports-api] [${thread.padStart(15)}] ${logger.padEnd(40)} :`;
    if (e.appLines) return e.appLines.map(([offset, level, thread, logger, text]) => `${at(offset, level, thread, logger)} ${text}`);
    const headers = [
      `host:"reports.fleet-a.example"`,
      `user-agent:"${e.ua}"`,
      `accept:"application/json"`,
      ...(e.headerList ?? []),
      `x-request-id:"${e.reqId}"`,
      `traceparent:"00-${rng.hex(32)}-${rng.hex(16)}-01"`,
    ];
    const session = e.session ? `, session=${e.session}` : '';
    const message = `${e.method} ${e.uri ?? target(e)}, client=${e.ip}${session}, headers=[${headers.join(', ')}]`;
    const thread = `nio-8080-exec-${rng.int(1, 9)}`;
    const filter = 'o.s.w.f.CommonsRequestLoggingFilter';
    return [
      `${at(0, 'DEBUG', thread, filter)} Before request [${message}]`,
      `${at(e.ms, 'DEBUG', thread, filter)} After request [${message}]`,
    ];
  },

  // journalctl -o export: one field per line, a blank line after each entry.
  journaldExport: (e, rng) => {
    const unit = e.unit;
    const out = [];
    for (const [index, message] of e.messages.entries()) {
      const at = e.t + index;
      out.push(
        `__CURSOR=s=${JOURNAL.seqnumId};i=${(e.journal.seq++).toString(16)};b=${JOURNAL.boot};m=${((at - e.journal.bootAt) * 1000).toString(16)};t=${(at * 1000).toString(16)};x=${rng.hex(16)}`,
        `__REALTIME_TIMESTAMP=${at * 1000 + rng.int(0, 999)}`,
        `__MONOTONIC_TIMESTAMP=${(at - e.journal.bootAt) * 1000 + 417}`,
        `_BOOT_ID=${JOURNAL.boot}`,
        `_TRANSPORT=stdout`,
        `PRIORITY=${e.priority ?? 6}`,
        `SYSLOG_FACILITY=3`,
        `SYSLOG_IDENTIFIER=${unit.ident}`,
        `_PID=${unit.pid}`,
        `_UID=${unit.uid}`,
        `_GID=${unit.uid}`,
        `_COMM=${unit.comm}`,
        `_EXE=${unit.exe}`,
        `_CMDLINE=${unit.cmdline}`,
        `_SYSTEMD_CGROUP=/system.slice/${unit.name}`,
        `_SYSTEMD_UNIT=${unit.name}`,
        `_SYSTEMD_INVOCATION_ID=${unit.invocation}`,
        `_MACHINE_ID=${JOURNAL.machine}`,
        `_HOSTNAME=ops-01`,
        `_STREAM_ID=${unit.stream}`,
        `MESSAGE=${message}`,
        '',
      );
    }
    return out;
  },

  // pino-http (pino-std-serializers req/res, a custom req serializer adding the parsed query) and the app's own
  // pino lines.
  pino: (e, rng) => {
    if (e.app)
      return [JSON.stringify({ level: e.app.level ?? 30, time: e.t, pid: 1, hostname: 'orders-api-6d9f8c7b5-k2x7q', ...e.app.fields })];
    const query = Object.fromEntries(new URLSearchParams(e.query));
    return [
      JSON.stringify({
        level: e.status >= 500 ? 50 : e.status >= 400 ? 40 : 30,
        time: e.t + e.ms,
        pid: 1,
        hostname: 'orders-api-6d9f8c7b5-k2x7q',
        req: {
          id: e.reqId,
          method: e.method,
          url: target(e),
          query,
          headers: {
            host: 'api.orders-a.example',
            'user-agent': e.ua,
            accept: 'application/json',
            ...e.headers,
            'x-forwarded-for': e.ip,
            'x-request-id': e.reqId,
          },
          remoteAddress: '::ffff:10.42.3.17',
          remotePort: e.port,
        },
        res: {
          statusCode: e.status,
          headers: {
            'x-powered-by': 'Express',
            'content-type': 'application/json; charset=utf-8',
            'content-length': String(e.bytes),
            ...(e.resHeaders ?? {}),
            etag: `W/"${e.bytes.toString(16)}-${rng.b64url(27)}"`,
          },
        },
        responseTime: e.ms,
        msg: 'request completed',
      }),
    ];
  },

  // `docker logs --timestamps` of a plain Node http service: its one-line access log and, where the code calls
  // console.log(req) or console.error(err), Node's util.inspect output over many lines.
  nodeDocker: (e) => {
    const stamp = (i) => `${iso(e.t + i).slice(0, 23)}${pad((e.t * 13 + i) % 1000000, 6)}Z`;
    const body = e.block ?? [`${e.method} ${e.path} ${e.status} ${(e.ms + 0.412).toFixed(3)} ms - ${e.bytes}`];
    return body.map((text, i) => `${stamp(i)} ${text}`);
  },

  // IIS 10 W3C extended log, cs(Cookie) among the fields.
  iis: (e, rng) => [
    [
      ymdHms(e.t + e.ms),
      '10.1.4.12',
      e.method,
      e.path,
      dash(e.query),
      443,
      '-',
      e.ip,
      e.ua.replace(/ /g, '+'),
      e.cookie ?? `_ga=GA1.1.${rng.int(100000000, 999999999)}.${sec(e.t) - rng.int(1000, 900000)}`,
      e.referer,
      e.status,
      0,
      0,
      e.ms,
    ].join(' '),
  ],

  // HAProxy `option httplog` with `capture request header Host len 64` and `capture request header Referer len 512`,
  // sent as RFC 5424 (`log ... format rfc5424`) and stored by the collector as received.
  haproxy5424: (e, rng) => {
    const tq = rng.int(0, 2);
    return [
      `<134>1 ${isoMicros(e.t).replace('Z', '+00:00')} lb-02 haproxy 3107 - - ${e.ip}:${e.port} [${haproxyDate(e.t - e.ms)}] fe_https~ be_${e.backend ?? 'app'}/${e.backend ?? 'app'}-0${rng.int(1, 3)} ${tq}/0/1/${e.ms - 1}/${e.ms + tq + 1} ${e.status} ${e.bytes} - - ---- ${rng.int(8, 40)}/${rng.int(8, 40)}/${rng.int(1, 6)}/${rng.int(0, 3)}/0 0/0 {${e.host}|${e.referer === '-' ? '' : e.referer}} "${e.method} ${target(e)} ${e.protocol}"`,
    ];
  },
};

const JOURNAL = {
  boot: '3f1c9a7e52d84b06a1e7c4d29f8b3a65',
  machine: '8d2e47b1c9f04a3e96b5d1c7e2a8f403',
  seqnumId: '6a9e2c14b7f34d58a0c1e9f27b4d8c36',
};

const RAILS_STATUS = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  302: 'Found',
  401: 'Unauthorized',
  404: 'Not Found',
  422: 'Unprocessable Content',
};

function railsLines(e, rng, { pid, hashArrow }) {
  const tag = `[${e.reqId}]`;
  const at = (offset) => `I, [${isoMicros(e.t + offset).slice(0, 26)} #${pid}]  INFO -- : ${tag}`;
  const inspect = (value) =>
    Array.isArray(value)
      ? `[${value.map(inspect).join(', ')}]`
      : typeof value === 'object' && value !== null
        ? `{${Object.entries(value)
            .map(([k, v]) => `${JSON.stringify(k)}${hashArrow === '=>' ? '=>' : ' => '}${inspect(v)}`)
            .join(', ')}}`
        : typeof value === 'number'
          ? String(value)
          : JSON.stringify(value);
  const lines = [
    `${at(0)} Started ${e.method} "${target(e)}" for ${e.ip} at ${ymdHms(e.t)} +0000`,
    `${at(1)} Processing by ${e.controller ?? 'PagesController#show'} as ${e.format ?? 'HTML'}`,
  ];
  if (e.params) lines.push(`${at(1)}   Parameters: ${inspect(e.params)}`);
  if (e.redirect) lines.push(`${at(e.ms - 1)} Redirected to ${e.redirect}`);
  const views = e.redirect || e.format === 'JSON' ? '' : `Views: ${(rng.int(10, 300) / 10).toFixed(1)}ms | `;
  lines.push(
    `${at(e.ms)} Completed ${e.status} ${RAILS_STATUS[e.status]} in ${e.ms}ms (${views}ActiveRecord: ${(rng.int(5, 200) / 10).toFixed(1)}ms (${rng.int(1, 9)} queries, 0 cached) | GC: ${(rng.int(0, 30) / 10).toFixed(1)}ms)`,
  );
  return lines;
}

function railsFiller(rng) {
  const id = String(rng.int(10, 999));
  const task = String(rng.int(1, 80));
  const page = String(rng.int(2, 6));
  return rng.pick([
    () => ({ path: '/', controller: 'HomeController#index' }),
    () => ({ path: `/projects/${id}`, controller: 'ProjectsController#show', params: { id } }),
    () => ({ path: '/projects', query: `page=${page}`, controller: 'ProjectsController#index', params: { page } }),
    () => ({
      method: 'PATCH',
      path: `/projects/${id}/tasks/${task}`,
      controller: 'TasksController#update',
      format: 'TURBO_STREAM',
      params: { task: { done: '1' }, project_id: id, id: task },
    }),
    () => ({ path: `/assets/application-${rng.hex(8)}.css`, controller: 'PagesController#show', status: 404 }),
    () => ({ path: '/dashboard', controller: 'DashboardController#show' }),
  ])();
}

// ---------------------------------------------------------------------------------------------------------------------
// dev: 11 logs.

const DEV_DAY = Date.UTC(2026, 2, 10, 7, 0, 0);
const HOUR = 3600 * 1000;

function devNginx(rng) {
  const steps = [
    12,
    plant(
      'oauth-code',
      'referer',
      'warning',
      `${WHY.code} Here in the Referer of a stylesheet the callback page loaded (no Referrer-Policy); an Entra ID-shaped code.`,
      ({ rng }) => {
        const code = `1.AXkA${rng.b64url(380)}`;
        return {
          value: code,
          event: {
            path: `/static/css/checkout.${rng.hex(8)}.css`,
            referer: `https://www.shop-a.example/auth/callback?code=${code}&state=${rng.b64url(32)}&session_state=${rng.uuid()}`,
            bytes: 18211,
          },
        };
      },
    ),
    10,
    plant('path-secret', 'password-reset', 'error', WHY.pathSecret('A password-reset token'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { path: `/password/reset/${token}` } };
    }),
    8,
    plant(
      'session-id',
      'phpsessid-query',
      'error',
      WHY.session('A PHP session id passed in the URL (session.use_trans_sid)'),
      ({ rng }) => {
        const id = make.phpSessionId(rng);
        return { value: id, event: { path: '/shop/catalog.php', query: `cat=12&PHPSESSID=${id}` } };
      },
    ),
    plant(
      'negative',
      'oauth-state',
      'none',
      'An authorization request: state, nonce and a PKCE code_challenge are no credentials.',
      ({ rng }) => {
        const state = rng.b64url(32);
        return {
          value: state,
          event: {
            path: '/oauth2/authorize',
            query: `response_type=code&client_id=shop-web&redirect_uri=https%3A%2F%2Fwww.shop-a.example%2Fauth%2Fcallback&scope=openid%20profile%20email&state=${state}&nonce=${rng.b64url(22)}&code_challenge=${rng.b64url(43)}&code_challenge_method=S256`,
            status: 302,
            bytes: 0,
          },
        };
      },
    ),
    10,
    plant(
      'api-key-name',
      'appid',
      'error',
      WHY.apiKey('appid') + ' (OpenWeatherMap-style: the appid is the account key), proxied under /weather/.',
      ({ rng }) => {
        const key = rng.hex(32);
        return { value: key, event: { path: '/weather/data/2.5/forecast', query: `q=Hamburg&units=metric&appid=${key}` } };
      },
    ),
    plant('api-key-name', 'key', 'error', WHY.apiKey('key'), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/api/v1/feed.json', query: `key=${key}&limit=20`, ua: 'python-requests/2.32.3' } };
    }),
    plant(
      'encoded',
      'percent-encoded-twice',
      'error',
      'An access token inside a URL nested twice (return= inside next=), so its `=` and `&` are percent-encoded twice (%253D, %2526); still a bearer credential.',
      ({ rng }) => {
        const token = rng.hex(40);
        return {
          value: token,
          event: {
            path: '/sso/logout',
            query: `next=%2Flogin%3Freturn%3Dhttps%253A%252F%252Fdocs.shop-a.example%252Fviewer%253Fdoc%253D${rng.int(100, 999)}%2526access_token%253D${token}`,
            status: 302,
            bytes: 0,
          },
        };
      },
    ),
    8,
    plant('negative', 'csrf', 'none', 'A CSRF token in a GET form: bound to the session cookie, useless alone.', ({ rng }) => {
      const csrf = rng.hex(40);
      return { value: csrf, event: { path: '/search', query: `q=boots&csrf_token=${csrf}` } };
    }),
    plant('negative', 'asset-hash', 'none', 'A content hash in a bundle name.', ({ rng }) => {
      const hash = rng.hex(20);
      return { value: hash, event: { path: `/static/js/vendor.${hash}.chunk.js`, bytes: 388112 } };
    }),
    6,
    plant(
      'replay',
      'ws_ticket',
      'note',
      WHY.ticketFirst('ws_ticket'),
      ({ rng }) => {
        const ticket = rng.b64url(32);
        return { value: ticket, event: { path: '/live/ws', query: `ws_ticket=${ticket}`, status: 101, bytes: 0 } };
      },
      { ref: 'ws' },
    ),
    plant(
      'replay',
      'ws_ticket',
      'replay',
      WHY.replay('ws_ticket', 35),
      ({ refs }) => ({
        value: refs.get('ws').value,
        event: {
          path: '/live/ws',
          query: `ws_ticket=${refs.get('ws').value}`,
          status: 101,
          bytes: 0,
          ip: '198.51.100.77',
          ua: 'python-requests/2.32.3',
        },
      }),
      { replayOf: 'ws', after: 35 },
    ),
    6,
    plant(
      'encoded',
      'html-escaped-amp',
      'error',
      'An unsubscribe link copied out of HTML with `&amp;` left in: the token is still the capability.',
      ({ rng }) => {
        const token = rng.b64url(32);
        return { value: token, event: { path: '/newsletter/unsubscribe', query: `uid=4821&amp;token=${token}` } };
      },
    ),
    plant('negative', 'placeholder', 'none', 'A Postman variable sent unresolved.', () => ({
      value: '{{access_token}}',
      event: { path: '/api/v1/orders', query: 'access_token={{access_token}}', status: 401, ua: 'PostmanRuntime/7.43.3', bytes: 61 },
    })),
    7,
    plant(
      'encoded',
      'authorization-bearer-in-query',
      'error',
      'An `authorization=Bearer <token>` pair in a calendar-feed URL (the space written `+`): a long-lived bearer token.',
      ({ rng }) => {
        const token = rng.hex(40);
        return {
          value: token,
          event: {
            path: '/api/v1/feed.ics',
            query: `authorization=Bearer+${token}`,
            ua: 'Google-Calendar-Importer',
            contentType: 'text/calendar',
          },
        };
      },
    ),
    plant('negative', 'flag', 'none', '`token=false` is a flag.', () => ({
      value: 'token=false',
      event: { path: '/api/v1/export', query: 'token=false&format=csv' },
    })),
    plant('path-secret', 'email-verification', 'error', WHY.pathSecret('An e-mail verification token'), ({ rng }) => {
      const token = rng.hex(64);
      return { value: token, event: { path: `/account/verify-email/${token}`, status: 302, bytes: 0 } };
    }),
    10,
  ];
  return buildLog(rng, {
    start: DEV_DAY + 1 * HOUR,
    site: { host: 'www.shop-a.example' },
    filler: ordinaryRequest,
    render: devFormats.nginxMain,
    steps,
  });
}

function idpRoute(rng) {
  return rng.pick([
    () => ({ path: '/realms/shop/protocol/openid-connect/certs', bytes: 2987 }),
    () => ({ path: '/realms/shop/.well-known/openid-configuration', bytes: 6120 }),
    () => ({ path: `/resources/${rng.lowerNum(5)}/login/keycloak.v2/css/styles.css`, bytes: 14022 }),
    () => ({
      path: '/realms/shop/protocol/openid-connect/auth',
      query: `client_id=shop-web&redirect_uri=https%3A%2F%2Fwww.shop-a.example%2Fauth%2Fcallback&state=${rng.uuid()}&response_mode=fragment&response_type=code&scope=openid&nonce=${rng.uuid()}&code_challenge=${rng.b64url(43)}&code_challenge_method=S256`,
      bytes: 9120,
    }),
    () => ({ path: '/realms/shop/account/', status: 302, bytes: 0, location: 'https://id.shop-a.example/realms/shop/account/#/' }),
    () => ({ method: 'POST', path: '/realms/shop/protocol/openid-connect/token', bytes: 3411 }),
    () => ({ path: '/health/ready', ip: '10.8.0.1', ua: 'kube-probe/1.31', bytes: 58 }),
  ])();
}

function devEnvoy(rng) {
  const iss = 'https://id.shop-a.example/realms/shop';
  const steps = [
    10,
    plant(
      'implicit-fragment',
      'location-header',
      'error',
      "The identity provider's 302 Location of an implicit-flow request carries `#access_token=`: the fragment never reaches a server, but Envoy logs the header. ",
      ({ rng, t }) => {
        const state = rng.uuid();
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 0,
          jti: true,
          alg: 'RS256',
          kid: rng.b64url(43),
          claims: { iss, aud: 'account', sub: rng.uuid(), typ: 'Bearer', azp: 'legacy-portal', scope: 'openid profile email' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/realms/shop/protocol/openid-connect/auth',
            query: `client_id=legacy-portal&redirect_uri=https%3A%2F%2Fportal.shop-a.example%2Fcb&response_type=token&scope=openid&state=${state}&nonce=${rng.uuid()}`,
            status: 302,
            bytes: 0,
            location: `https://portal.shop-a.example/cb#state=${state}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fid.shop-a.example%2Frealms%2Fshop&access_token=${token.token}&token_type=Bearer&expires_in=3600`,
          },
        };
      },
    ),
    8,
    plant(
      'oauth-code',
      'location-fragment',
      'warning',
      `${WHY.code} Here in the fragment of the provider's Location (response_mode=fragment, no PKCE).`,
      ({ rng }) => {
        const state = rng.uuid();
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        return {
          value: code,
          event: {
            path: '/realms/shop/protocol/openid-connect/auth',
            query: `client_id=shop-legacy&redirect_uri=https%3A%2F%2Fwww.shop-a.example%2Faccount%2F&state=${state}&response_mode=fragment&response_type=code&scope=openid&nonce=${rng.uuid()}`,
            status: 302,
            bytes: 0,
            location: `https://www.shop-a.example/account/#state=${state}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fid.shop-a.example%2Frealms%2Fshop&code=${code}`,
          },
        };
      },
    ),
    8,
    ...[
      { age: 1200, expect: 'error', kind: 'id_token_hint' },
      { age: 5 * 3600, expect: 'note', kind: 'id_token_hint-expired' },
    ].flatMap(({ age, expect, kind }) => [
      plant(
        'id-token',
        kind,
        expect,
        expect === 'error'
          ? 'An ID token sent back as id_token_hint on logout: it names and authenticates the user to any relying party that accepts it until it expires.'
          : 'An ID token sent as id_token_hint hours after it expired: a JWT already expired when logged is a note.',
        ({ rng, t }) => {
          const token = jwt(rng, t, {
            lifetime: 3600,
            age,
            jti: true,
            alg: 'RS256',
            kid: rng.b64url(43),
            claims: { iss, aud: 'shop-web', sub: rng.uuid(), typ: 'ID', azp: 'shop-web', email: `${rng.lowerNum(8)}@mail.example` },
          });
          return {
            value: token.token,
            jwt: token.facts,
            event: {
              path: '/realms/shop/protocol/openid-connect/logout',
              query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fwww.shop-a.example%2F`,
              status: 302,
              bytes: 0,
              location: 'https://www.shop-a.example/',
            },
          };
        },
      ),
      7,
    ]),
    plant(
      'refresh-token',
      'refresh_token-jwt',
      'error',
      `${WHY.refresh} Keycloak's refresh token is itself a JWT (HS512, valid 30 min per idle timeout, renewed on use).`,
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 1800,
          age: 600,
          jti: true,
          alg: 'HS512',
          claims: { iss, aud: iss, sub: rng.uuid(), typ: 'Refresh', azp: 'shop-cli', scope: 'openid offline_access' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            method: 'POST',
            path: '/realms/shop/protocol/openid-connect/token',
            query: `grant_type=refresh_token&client_id=shop-cli&refresh_token=${token.token}`,
            ua: 'shop-cli/2.4.1',
          },
        };
      },
    ),
    6,
    plant('negative', 'oauth-state', 'none', 'A silent-SSO error redirect: `state` and `error` only.', ({ rng }) => {
      const state = rng.uuid();
      return {
        value: state,
        event: {
          path: '/realms/shop/protocol/openid-connect/auth',
          query: `client_id=shop-web&redirect_uri=https%3A%2F%2Fwww.shop-a.example%2Fsilent-check-sso.html&state=${state}&response_mode=fragment&response_type=code&scope=openid&prompt=none`,
          status: 302,
          bytes: 0,
          location: `https://www.shop-a.example/silent-check-sso.html#error=login_required&state=${state}`,
        },
      };
    }),
    10,
  ];
  return buildLog(rng, {
    start: DEV_DAY + 2 * HOUR,
    site: { host: 'id.shop-a.example' },
    filler: (r) => idpRoute(r),
    render: devFormats.envoyJson,
    steps,
  });
}

function devAlb(rng) {
  const steps = [
    10,
    plant(
      'webhook',
      'mattermost',
      'error',
      WHY.webhook('A Mattermost incoming webhook (/hooks/<id>) as the chat server behind the load balancer receives it'),
      ({ rng }) => {
        const id = make.mattermostHook(rng);
        return {
          value: id,
          event: { method: 'POST', host: 'chat.fleet-a.example', path: `/hooks/${id}`, ua: 'Go-http-client/2.0', bytes: 2 },
        };
      },
    ),
    8,
    plant('api-key-name', 'x-api-key', 'error', WHY.apiKey('x-api-key'), ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { path: '/v2/vehicles', query: `limit=50&x-api-key=${key}` } };
    }),
    6,
    plant(
      'encoded',
      'bearer-percent-20',
      'error',
      'An EventSource cannot set headers, so the client puts `authorization=Bearer%20<JWT>` in the URL: ',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 8 * 3600,
          claims: { iss: 'https://auth.fleet-a.example/', sub: `drv_${rng.lowerNum(10)}`, aud: 'fleet-api', scope: 'positions:read' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { path: '/v2/positions/stream', query: `authorization=Bearer%20${token.token}`, contentType: 'text/event-stream' },
        };
      },
    ),
    8,
    plant(
      'encoded',
      'json-headers-in-query',
      'error',
      'A GraphQL-over-SSE client serializes its headers into the query (`headers={"Authorization":"Bearer …"}`, percent-encoded): ',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 12 * 3600,
          claims: { iss: 'https://auth.fleet-a.example/', sub: `usr_${rng.lowerNum(10)}`, aud: 'fleet-graphql' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/graphql/stream',
            query: `operationName=VehicleMoved&headers=%7B%22Authorization%22%3A%22Bearer%20${token.token}%22%7D`,
            contentType: 'text/event-stream',
          },
        };
      },
    ),
    6,
    plant('refresh-token', 'refresh_token', 'error', WHY.refresh, ({ rng }) => {
      const token = rng.hex(64);
      return {
        value: token,
        event: { method: 'POST', path: '/v1/auth/refresh', query: `refresh_token=${token}`, ua: 'FleetDriver/5.2.0 (iOS 18.4)' },
      };
    }),
    plant('oauth-code', 'callback-query', 'warning', `${WHY.code} On the app's own callback request.`, ({ rng }) => {
      const code = rng.b64url(43);
      return {
        value: code,
        event: {
          host: 'app.fleet-a.example',
          path: '/oauth/callback',
          query: `code=${code}&state=${rng.b64url(24)}`,
          status: 302,
          bytes: 0,
          ua: rng.pick(BROWSERS),
        },
      };
    }),
    6,
    plant('path-secret', 'magic-link', 'error', WHY.pathSecret('A magic sign-in link token'), ({ rng }) => {
      const token = rng.b64url(43);
      return {
        value: token,
        event: { host: 'app.fleet-a.example', path: `/login/magic/${token}`, status: 302, bytes: 0, ua: rng.pick(BROWSERS) },
      };
    }),
    plant(
      'replay',
      'one_time_token',
      'note',
      WHY.ticketFirst('one_time_token'),
      ({ rng }) => {
        const token = rng.b64url(32);
        return {
          value: token,
          event: {
            host: 'app.fleet-a.example',
            path: '/export/download',
            query: `one_time_token=${token}`,
            contentType: 'text/csv',
            ua: rng.pick(BROWSERS),
          },
        };
      },
      { ref: 'ott' },
    ),
    plant(
      'replay',
      'one_time_token',
      'replay',
      WHY.replay('one_time_token', 140),
      ({ refs }) => ({
        value: refs.get('ott').value,
        event: {
          host: 'app.fleet-a.example',
          path: '/export/download',
          query: `one_time_token=${refs.get('ott').value}`,
          contentType: 'text/csv',
          ip: '203.0.113.201',
          ua: 'curl/8.12.1',
        },
      }),
      { replayOf: 'ott', after: 140 },
    ),
    6,
    plant('session-id', 'sid-query', 'error', WHY.session('A server session id in `sid=` (no Engine.IO around it)'), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { host: 'app.fleet-a.example', path: '/portal/home', query: `sid=${sid}`, ua: rng.pick(BROWSERS) } };
    }),
    plant('embed-jwt', 'embed-path', 'warning', 'A signed-embedding token in the path of /embed/: ', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 4, claims: { resource: { dashboard: rng.int(3, 40) }, params: { depot: 'HH-2' } } });
      return {
        value: token.token,
        jwt: token.facts,
        event: { host: 'bi.fleet-a.example', path: `/embed/dashboard/${token.token}`, ua: rng.pick(BROWSERS), contentType: 'text/html' },
      };
    }),
    5,
    plant('negative', 'cursor', 'none', 'A pagination cursor (base64 JSON, starts with eyJ like a JWT).', ({ rng }) => {
      const cursor = b64urlOf(JSON.stringify({ offset: 150, id: `trp_${rng.lowerNum(12)}` }));
      return { value: cursor, event: { path: '/v2/trips', query: `cursor=${cursor}` } };
    }),
    plant('negative', 'flag', 'none', '`token=true` asks for a field; it is no value.', () => ({
      value: 'token=true',
      event: { path: '/v2/drivers', query: 'token=true&include=vehicles' },
    })),
    plant('negative', 'placeholder', 'none', 'A documentation placeholder sent as is.', () => ({
      value: 'YOUR_API_KEY',
      event: { path: '/v2/vehicles', query: 'apikey=YOUR_API_KEY', status: 401, ua: 'curl/8.12.1', bytes: 58 },
    })),
    4,
    plant('api-key-name', 'apikey', 'error', WHY.apiKey('apikey'), ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: '/v1/geocode', query: `address=Speicherstadt%2C%20Hamburg&apikey=${key}` } };
    }),
    plant(
      'encoded',
      'base64-basic-credentials',
      'error',
      'A base64 `user:password` pair (HTTP Basic credentials) passed as `auth=`: decoded, a password.',
      ({ rng }) => {
        const pair = b64Of(`svc-export:${rng.alnum(20)}`);
        return {
          value: pair,
          needle: encodeURIComponent(pair),
          event: { path: '/v2/export/full.csv', query: `auth=${encodeURIComponent(pair)}`, contentType: 'text/csv' },
        };
      },
    ),
    8,
  ];
  return buildLog(rng, {
    start: DEV_DAY + 3 * HOUR,
    site: { host: 'api.fleet-a.example', api: true },
    filler: ordinaryRequest,
    render: devFormats.alb,
    steps,
  });
}

function devApigw(rng) {
  const filler = (r) =>
    r.pick([
      () => ({
        path: '/v1/shipments',
        queryMap: [
          ['page', String(r.int(1, 9))],
          ['per_page', '50'],
        ],
      }),
      () => ({ path: `/v1/shipments/${r.int(100000, 999999)}`, resource: '/v1/shipments/{id}' }),
      () => ({
        path: '/v1/rates',
        queryMap: [
          ['from', 'DEHAM'],
          ['to', r.pick(['NLRTM', 'BEANR', 'PLGDN'])],
          ['weight', String(r.int(1, 900))],
        ],
      }),
      () => ({ path: '/v1/ping' }),
    ])();
  const steps = [
    4,
    plant(
      'framework-dump',
      'apigw-query-map',
      'error',
      `API Gateway's \`{k=v, …}\` dump of the query (\"Method request query string\"), passed on to the endpoint URI: ${WHY.apiKey('access_key')}`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            path: '/v1/invoices',
            queryMap: [
              ['access_key', key],
              ['from', '2026-03-01'],
              ['to', '2026-03-09'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'apigw-header-map',
      'error',
      "API Gateway's `{k=v, …}` dump of the request headers holds the client's session token (X-Session-Token, 64 hex): a long-lived credential.",
      ({ rng }) => {
        const token = rng.hex(64);
        return { value: token, event: { path: '/v1/account', headerList: [`X-Session-Token=${token}`] } };
      },
    ),
    3,
    plant(
      'negative',
      'masked',
      'none',
      'API Gateway masks the Authorization header in its execution log: only the last four characters remain.',
      ({ rng }) => {
        const masked = `************${rng.hex(4)}`;
        return { value: masked, event: { path: '/v1/account/keys', headerList: [`Authorization=${masked}`] } };
      },
    ),
    3,
    plant(
      'framework-dump',
      'apigw-query-map',
      'error',
      `${WHY.refresh} Here in API Gateway's query map (not passed on: the mapping keeps only grant_type).`,
      ({ rng }) => {
        const token = rng.b64url(48);
        return {
          value: token,
          event: {
            path: '/v1/oauth/token',
            method: 'POST',
            queryMap: [
              ['grant_type', 'refresh_token'],
              ['refresh_token', token],
            ],
            unmapped: ['refresh_token'],
          },
        };
      },
    ),
    3,
    plant('negative', 'cursor', 'none', 'A pagination token (base64 of a DynamoDB key), passed on to the endpoint.', ({ rng }) => {
      const cursor = b64Of(JSON.stringify({ pk: `SHIP#${rng.int(100000, 999999)}`, sk: '2026-03-09' }));
      return {
        value: cursor,
        event: {
          path: '/v1/shipments',
          queryMap: [
            ['next_token', cursor],
            ['limit', '100'],
          ],
        },
      };
    }),
    3,
  ];
  return buildLog(rng, {
    start: DEV_DAY + 4 * HOUR,
    site: { host: 'q7x2m9k4ve.execute-api.eu-central-1.amazonaws.com', api: true },
    filler,
    render: devFormats.apigw,
    steps,
  });
}

function devRails(rng) {
  const steps = [
    5,
    plant(
      'oauth-code',
      'rails-callback',
      'warning',
      `${WHY.code} GitHub's 20-hex code, on the Started line and in Parameters (Rails 7 filters neither code nor state).`,
      ({ rng }) => {
        const code = rng.hex(20);
        const state = rng.hex(48);
        return {
          value: code,
          event: {
            path: '/users/auth/github/callback',
            query: `code=${code}&state=${state}`,
            controller: 'Users::OmniauthCallbacksController#github',
            params: { code, state },
            status: 302,
            redirect: 'https://projects.tools-a.example/dashboard',
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'invitation',
      'error',
      WHY.pathSecret('A team invitation token') +
        ' Rails filters the `token` path parameter in Parameters, not the path on the Started line.',
      ({ rng }) => {
        const token = rng.b64url(24);
        return {
          event: { path: `/team/join/${token}`, controller: 'InvitationsController#show', params: { token: '[FILTERED]' } },
          marks: [
            { value: token },
            {
              value: '[FILTERED]',
              needle: '"token"=>"[FILTERED]"',
              category: 'negative',
              kind: 'redacted',
              expect: 'none',
              why: "Rails' filter_parameters replaced the token: [FILTERED].",
            },
          ],
        };
      },
    ),
    4,
    plant(
      'webhook',
      'discord',
      'error',
      WHY.webhook("A Discord webhook URL saved through a settings form, in Rails' Parameters dump (webhook_url is not filtered)"),
      ({ rng }) => {
        const hook = make.discordWebhook(rng);
        return {
          value: `${hook.id}/${hook.secret}`,
          needle: hook.secret,
          event: {
            method: 'POST',
            path: '/settings/integrations',
            controller: 'Settings::IntegrationsController#create',
            params: {
              authenticity_token: '[FILTERED]',
              integration: { provider: 'discord', webhook_url: `https://discord.com/api/webhooks/${hook.id}/${hook.secret}` },
              commit: 'Save',
            },
            status: 302,
            redirect: 'https://projects.tools-a.example/settings/integrations',
          },
        };
      },
    ),
    4,
    plant(
      'framework-dump',
      'rails-parameters',
      'error',
      `Rails' \`Parameters: {"k"=>"v"}\` dump of a JSON body: ${WHY.apiKey('apikey')} (Rails 7's filter matches _key, not apikey).`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            method: 'POST',
            path: '/api/v1/ingest',
            controller: 'Api::V1::IngestController#create',
            format: 'JSON',
            params: { apikey: key, events: [{ name: 'page_view', ts: 1773130000 }] },
            status: 201,
          },
        };
      },
    ),
    4,
    plant('negative', 'redacted', 'none', 'A sign-in form as Rails logs it: every secret [FILTERED].', () => ({
      value: '[FILTERED]',
      needle: '"password"=>"[FILTERED]"',
      event: {
        method: 'POST',
        path: '/users/sign_in',
        controller: 'Users::SessionsController#create',
        params: {
          authenticity_token: '[FILTERED]',
          user: { email: '[FILTERED]', password: '[FILTERED]', remember_me: '0' },
          commit: 'Log in',
        },
        status: 302,
        redirect: 'https://projects.tools-a.example/',
      },
    })),
    plant('negative', 'cursor', 'none', 'An opaque pagination cursor, on the Started line and in Parameters.', ({ rng }) => {
      const cursor = b64urlOf(`2026-03-10T0${rng.int(1, 9)}:11:02Z|${rng.int(1000, 9999)}`);
      return {
        value: cursor,
        event: {
          path: '/api/v1/events',
          query: `cursor=${cursor}&per=50`,
          controller: 'Api::V1::EventsController#index',
          format: 'JSON',
          params: { cursor, per: '50' },
        },
      };
    }),
    5,
  ];
  return buildLog(rng, {
    start: DEV_DAY + 5 * HOUR,
    site: { host: 'projects.tools-a.example' },
    filler: railsFiller,
    render: devFormats.rails,
    steps,
  });
}

function devSpring(rng) {
  const filler = (r) =>
    r.pick([
      () => ({ path: '/api/v1/reports', query: `from=2026-03-0${r.int(1, 9)}&to=2026-03-10` }),
      () => ({ path: `/api/v1/reports/${r.uuid()}` }),
      () => ({ path: '/actuator/health', ip: '10.42.0.1', ua: 'kube-probe/1.31' }),
      () => ({ method: 'POST', path: '/api/v1/reports/render', query: `template=weekly&locale=de-DE` }),
      () => ({
        appLines: [
          [
            0,
            'INFO',
            `task-${r.int(1, 4)}`,
            'c.f.reports.ReportService',
            `Rendered report weekly-fleet-${r.int(10, 99)} in ${r.int(200, 900)} ms (${r.int(2, 40)} pages)`,
          ],
        ],
      }),
    ])();
  const steps = [
    4,
    plant(
      'framework-dump',
      'spring-request-message',
      'error',
      `CommonsRequestLoggingFilter's before/after messages with includeQueryString: ${WHY.apiKey('accessKey')}`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return { value: key, event: { path: '/api/v1/reports/export', query: `format=csv&accessKey=${key}` } };
      },
    ),
    3,
    plant(
      'session-id',
      'jsessionid-path',
      'error',
      WHY.session('A Tomcat session id in the path (`;jsessionid=`, URL rewriting); includeClientInfo logs it again as session='),
      ({ rng }) => {
        const id = make.tomcatSessionId(rng);
        return { value: id, event: { path: `/portal/account;jsessionid=${id}`, session: id } };
      },
    ),
    3,
    plant(
      'header-dump',
      'cookie',
      'error',
      WHY.session('A Spring Session cookie (SESSION=base64 of the session id) in the header dump of includeHeaders'),
      ({ rng }) => {
        const cookie = b64Of(rng.uuid());
        return { value: cookie, event: { path: '/api/v1/reports/favorites', headerList: [`cookie:"SESSION=${cookie}"`] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'ocp-apim-subscription-key-header',
      'error',
      `Azure API Management forwards the caller's subscription key to the backend, whose includeHeaders dump logs it: ${WHY.apiKey('Ocp-Apim-Subscription-Key')}`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            path: '/api/v1/reports/daily',
            headerList: [`ocp-apim-subscription-key:"${key}"`, `x-forwarded-host:"apim-fleet-a.azure-api.net"`],
          },
        };
      },
    ),
    3,
    plant('negative', 'masked', 'none', 'The header predicate masks Authorization: Spring writes "masked".', () => ({
      value: 'masked',
      needle: 'authorization:"masked"',
      event: { path: '/api/v1/reports/schedule', method: 'POST', headerList: ['authorization:"masked"'] },
    })),
    3,
    plant(
      'webhook',
      'teams',
      'error',
      WHY.webhook('A Teams incoming-webhook URL (webhookb2) that RestTemplate logs at DEBUG'),
      ({ rng }) => {
        const hook = make.teamsWebhook(rng, 'fleetops');
        return {
          value: hook.path,
          event: {
            appLines: [
              [0, 'DEBUG', 'scheduling-1', 'o.s.web.client.RestTemplate', `HTTP POST ${hook.url}`],
              [
                1,
                'DEBUG',
                'scheduling-1',
                'o.s.web.client.RestTemplate',
                'Writing [{"type":"message","attachments":[…]}] as "application/json"',
              ],
              [180, 'DEBUG', 'scheduling-1', 'o.s.web.client.RestTemplate', 'Response 202 ACCEPTED'],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, {
    start: DEV_DAY + 6 * HOUR,
    site: { host: 'reports.fleet-a.example', api: true },
    filler,
    render: devFormats.spring,
    steps,
  });
}

const DEV_UNITS = {
  notifier: {
    name: 'notifier.service',
    ident: 'php',
    pid: 2214,
    uid: 992,
    comm: 'php',
    exe: '/usr/bin/php8.3',
    cmdline: '/usr/bin/php8.3 /srv/notifier/bin/worker.php',
    invocation: 'a7c41e9b03d2486f9e15b8c2d7f0a346',
    stream: '0c9d7e41b2a5463f8e1d6c3b9a7f2e58',
  },
  sync: {
    name: 'sync-agent.service',
    ident: 'node',
    pid: 1187,
    uid: 995,
    comm: 'node',
    exe: '/usr/bin/node',
    cmdline: 'node /opt/sync-agent/dist/main.js',
    invocation: '5e2b8d0c1f7a4e93b6c4a9d8e1f02b7c',
    stream: '9f3a6c1e8d2b47a0b5e7c4d1a9f86e23',
  },
  backup: {
    name: 'nightly-backup.service',
    ident: 'backup.sh',
    pid: 30411,
    uid: 0,
    comm: 'curl',
    exe: '/usr/bin/curl',
    cmdline: 'curl -v -sS -o /dev/null https://vault.ops-a.example/v1/backups',
    invocation: 'e41d7b9a2c6f4085a3b1d9e7c2f46a18',
    stream: '2b7e9c4d1a8f4e36b0c5d2a7e9f13c64',
  },
  gateway: {
    name: 'edge-gateway.service',
    ident: 'edge-gateway',
    pid: 904,
    uid: 990,
    comm: 'edge-gateway',
    exe: '/usr/local/bin/edge-gateway',
    cmdline: '/usr/local/bin/edge-gateway --config /etc/edge-gateway/config.yaml',
    invocation: '1d8c3f6a9e2b4a7c85d0e4b1f7a29c36',
    stream: '7a4f1e8c3b9d42e6a0c7b5d2e8f19a43',
  },
  py: {
    name: 'ledger-sync.service',
    ident: 'python3',
    pid: 1560,
    uid: 993,
    comm: 'python3',
    exe: '/usr/bin/python3.12',
    cmdline: '/usr/bin/python3 -m ledger_sync',
    invocation: 'c3e8a1d7b5f2496e8a0d3c7b1e5f9a24',
    stream: '4e1b8d7c2a9f43e5b6d0c8a3e7f21b95',
  },
};

function devJournald(rng) {
  const journal = { seq: 0x4a1f20, bootAt: DEV_DAY - 9 * 24 * HOUR - 41 * 60 * 1000 };
  const filler = (r, t) =>
    r.pick([
      () => ({
        unit: DEV_UNITS.notifier,
        messages: [`{"level":"info","message":"queued ${r.int(1, 40)} notifications","queue":"mail","took_ms":${r.int(2, 90)}}`],
      }),
      () => ({
        unit: DEV_UNITS.sync,
        messages: [`sync: pulled ${r.int(0, 300)} changes from upstream (etag W/"${r.hex(16)}") in ${r.int(40, 900)}ms`],
      }),
      () => ({
        unit: DEV_UNITS.gateway,
        messages: [
          goJson({
            level: 'info',
            ts: t / 1000,
            msg: 'request',
            method: 'GET',
            path: `/v1/items/${r.int(1, 9999)}`,
            status: 200,
            request_id: r.uuid(),
            trace_id: r.hex(32),
          }),
        ],
      }),
      () => ({ unit: DEV_UNITS.py, messages: [`INFO ledger_sync.worker: batch ${r.hex(12)} committed (${r.int(10, 500)} rows)`] }),
      () => ({ unit: DEV_UNITS.sync, messages: [`sync: websocket keepalive ok, latency ${r.int(8, 90)}ms`] }),
    ])();
  const render = (e, r) => devFormats.journaldExport({ ...e, journal }, r);
  const steps = [
    6,
    plant(
      'webhook',
      'slack-json-escaped',
      'error',
      WHY.webhook('A Slack incoming-webhook URL in a PHP json_encode() line, every `/` written `\\/`'),
      ({ rng }) => {
        const hook = make.slackWebhook(rng);
        return {
          value: `${hook.team}/${hook.channel}/${hook.secret}`,
          needle: hook.secret,
          event: {
            unit: DEV_UNITS.notifier,
            priority: 3,
            messages: [
              phpJson({
                level: 'error',
                message: 'slack notify failed',
                hook: `https://hooks.slack.com/services/${hook.team}/${hook.channel}/${hook.secret}`,
                status: 404,
                body: 'no_service',
              }),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'telegram-bot',
      'error',
      'A Telegram bot token in the path of the Bot API (/bot<token>/getUpdates): it controls the bot until revoked.',
      ({ rng }) => {
        const token = make.telegramBot(rng);
        return {
          value: token,
          event: {
            unit: DEV_UNITS.sync,
            priority: 4,
            messages: [
              `telegram: poll failed: GET https://api.telegram.org/bot${token}/getUpdates?offset=${rng.int(100000, 999999)}&timeout=30 -> 409 Conflict`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'authorization-bearer-jwt',
      'error',
      'curl -v writes every request header to stderr, which journald keeps: `> Authorization: Bearer <JWT>`. ',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 24 * 3600,
          claims: { iss: 'https://vault.ops-a.example', sub: 'svc-backup', aud: 'backup-api', role: 'writer' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            unit: DEV_UNITS.backup,
            messages: [
              '> GET /v1/backups HTTP/2',
              '> Host: vault.ops-a.example',
              '> User-Agent: curl/8.12.1',
              `> Authorization: Bearer ${token.token}`,
              '> Accept: */*',
              '> ',
              '< HTTP/2 200 ',
            ],
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'x-amz-security-token',
      'note',
      'Python http.client at debuglevel 1 prints the request it sends, X-Amz-Security-Token included. An STS session token is a part of temporary credentials: without the secret key it signs nothing (the SigV4 signature beside it is bound to this one request), so a reviewer notes it rather than calling it a leak.',
      ({ rng, t }) => {
        const sts = make.stsSessionToken(rng);
        const date = iso(t).replace(/[-:]/g, '').slice(0, 15) + 'Z';
        return {
          value: sts,
          event: {
            unit: DEV_UNITS.py,
            messages: [
              `send: b'GET /?list-type=2&prefix=ledger%2F2026%2F03%2F HTTP/1.1\\r\\nHost: ledger-archive-a.s3.eu-central-1.amazonaws.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-amz-date: ${date}\\r\\nx-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\\r\\nx-amz-security-token: ${sts}\\r\\nAuthorization: AWS4-HMAC-SHA256 Credential=ASIA${rng.chars(UPPER + '234567', 16)}/${date.slice(0, 8)}/eu-central-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=${rng.hex(64)}\\r\\n\\r\\n'`,
              "reply: 'HTTP/1.1 200 OK\\r\\n'",
            ],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'appsync-header-base64',
      'error',
      "AppSync's real-time handshake puts `header=<base64 JSON>` in the WebSocket URL; the JSON holds the Cognito token: ",
      ({ rng, t }) => {
        const host = `${rng.lowerNum(26)}.appsync-api.eu-central-1.amazonaws.com`;
        const token = jwt(rng, t, {
          lifetime: 3600,
          alg: 'RS256',
          kid: rng.b64url(43),
          jti: true,
          claims: {
            sub: rng.uuid(),
            iss: 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Q7kZ2mX9v',
            client_id: rng.lowerNum(26),
            token_use: 'access',
            scope: 'aws.cognito.signin.user.admin',
            username: rng.uuid(),
          },
        });
        const header = b64Of(JSON.stringify({ Authorization: token.token, host }));
        return {
          value: token.token,
          needle: header,
          jwt: token.facts,
          event: {
            unit: DEV_UNITS.sync,
            messages: [
              `[DEBUG] AWSAppSyncRealTimeProvider - connecting to wss://${host.replace('appsync-api', 'appsync-realtime-api')}/graphql?header=${header}&payload=e30=`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'json-u0026',
      'error',
      "Go's encoding/json writes `&` as `\\u0026`: an access token after `\\u0026access_token=` in a URL the gateway logs.",
      ({ rng, t }) => {
        const token = rng.hex(40);
        return {
          value: token,
          event: {
            unit: DEV_UNITS.gateway,
            messages: [
              goJson({
                level: 'info',
                ts: t / 1000,
                msg: 'proxying',
                upstream: `https://reports.internal.ops-a.example/v1/render?tpl=weekly&access_token=${token}&fmt=pdf`,
                request_id: rng.uuid(),
              }),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'custom-scheme-redirect',
      'error',
      'A desktop client logs the redirect it handled: `fleetctl://auth/callback#access_token=…` (implicit flow), an 8-hour bearer token.',
      ({ rng }) => {
        const token = rng.b64url(43);
        return {
          value: token,
          event: {
            unit: DEV_UNITS.sync,
            messages: [
              `oauth: handled redirect fleetctl://auth/callback#access_token=${token}&token_type=Bearer&expires_in=28800&state=${rng.b64url(16)}`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'placeholder',
      'none',
      'A shell variable left unexpanded (single quotes): curl sent the literal `$API_TOKEN`.',
      () => ({
        value: '$API_TOKEN',
        needle: 'Bearer $API_TOKEN',
        event: {
          unit: DEV_UNITS.backup,
          messages: [
            '> GET /v1/backups/latest HTTP/2',
            '> Host: vault.ops-a.example',
            '> Authorization: Bearer $API_TOKEN',
            '< HTTP/2 401 ',
          ],
        },
      }),
    ),
    plant('negative', 'request-id', 'none', 'Request and trace ids.', ({ rng, t }) => {
      const id = rng.uuid();
      return {
        value: id,
        event: {
          unit: DEV_UNITS.gateway,
          messages: [
            goJson({
              level: 'warn',
              ts: t / 1000,
              msg: 'upstream slow',
              request_id: id,
              trace_id: rng.hex(32),
              span_id: rng.hex(16),
              took_ms: rng.int(900, 4000),
            }),
          ],
        },
      };
    }),
    6,
  ];
  return buildLog(rng, { start: DEV_DAY + 7 * HOUR, site: { host: 'ops-01' }, filler, render, steps });
}

function devPino(rng) {
  const filler = (r) =>
    r.pick([
      () => ({ path: '/v1/orders', query: `status=open&page=${r.int(1, 6)}` }),
      () => ({ path: `/v1/orders/${r.uuid()}` }),
      () => ({
        method: 'POST',
        path: '/v1/orders',
        status: 201,
        headers: { 'content-type': 'application/json', 'idempotency-key': r.uuid() },
      }),
      () => ({ path: '/v1/catalog/items', query: `ids=${r.int(100, 999)},${r.int(100, 999)}` }),
      () => ({ app: { fields: { msg: `order ${r.uuid()} paid`, provider: 'psp', took: r.int(40, 400) } } }),
      () => ({ app: { fields: { msg: 'cache refreshed', keys: r.int(100, 4000), etag: r.hex(32) } } }),
    ])();
  const steps = [
    8,
    plant(
      'header-dump',
      'authorization-bearer-provider',
      'error',
      "pino-http's req serializer logs every header: a GitLab personal access token (glpat-) sent as Bearer to the GitLab proxy route.",
      ({ rng }) => {
        const token = make.gitlab(rng);
        return {
          value: token,
          event: { path: '/gitlab/api/v4/projects/412/pipelines', query: 'ref=main', headers: { authorization: `Bearer ${token}` } },
        };
      },
    ),
    6,
    plant(
      'header-dump',
      'cookie',
      'error',
      WHY.session('An express-session cookie (connect.sid, signed) in the logged request headers'),
      ({ rng }) => {
        const id = rng.b64url(32);
        return {
          value: id,
          event: {
            path: '/v1/account',
            headers: { cookie: `connect.sid=s%3A${id}.${encodeURIComponent(rng.chars(B64, 43))}; theme=dark` },
          },
        };
      },
    ),
    6,
    plant(
      'header-dump',
      'set-cookie',
      'error',
      WHY.session('A session cookie set on login, in the logged response headers (Set-Cookie)'),
      ({ rng }) => {
        const id = rng.b64url(43);
        return {
          value: id,
          event: {
            method: 'POST',
            path: '/v1/login',
            resHeaders: {
              'set-cookie': [`orders_session=${id}; Path=/; Expires=Tue, 24 Mar 2026 11:02:10 GMT; HttpOnly; Secure; SameSite=Lax`],
            },
          },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'client-error-report',
      'error',
      'A client error report carries `location.href`: the implicit-flow callback with `#access_token=` (2 h bearer token).',
      ({ rng }) => {
        const token = rng.b64url(40);
        return {
          value: token,
          event: {
            app: {
              level: 40,
              fields: {
                msg: 'client error report',
                report: {
                  page: `https://app.orders-a.example/oauth/callback#access_token=${token}&token_type=bearer&expires_in=7200&state=${rng.b64url(16)}`,
                  error: "TypeError: Cannot read properties of undefined (reading 'profile')",
                  ua: BROWSERS[0],
                },
              },
            },
          },
        };
      },
    ),
    6,
    plant(
      'framework-dump',
      'pino-req-query',
      'error',
      `${WHY.refresh} In pino-http's req.url and the parsed req.query of the same record.`,
      ({ rng }) => {
        const token = rng.b64url(48);
        return { value: token, event: { path: '/v1/exports/nightly', query: `refresh_token=${token}` } };
      },
    ),
    6,
    plant(
      'id-token',
      'id_token-query',
      'error',
      'A Google ID token sent by the SPA to the backend in the query (`id_token=`): it authenticates the user to the backend until it expires. ',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 40,
          alg: 'RS256',
          kid: rng.hex(40),
          claims: {
            iss: 'https://accounts.google.com',
            azp: `${rng.int(100000000000, 999999999999)}-${rng.lowerNum(32)}.apps.googleusercontent.com`,
            aud: `${rng.int(100000000000, 999999999999)}-${rng.lowerNum(32)}.apps.googleusercontent.com`,
            sub: String(rng.int(100000000000000, 999999999999999)),
            email: `${rng.lowerNum(9)}@gmail.com`,
            email_verified: true,
          },
        });
        return { value: token.token, jwt: token.facts, event: { path: '/api/session/google', query: `id_token=${token.token}` } };
      },
    ),
    4,
    plant('negative', 'csrf', 'none', 'A CSRF header value: useless without the cookie it is paired with.', ({ rng }) => {
      const csrf = rng.b64url(36);
      return { value: csrf, event: { method: 'POST', path: '/v1/cart/items', status: 201, headers: { 'x-csrf-token': csrf } } };
    }),
    plant('negative', 'redacted', 'none', "pino's redact option replaced the header: [Redacted].", () => ({
      value: '[Redacted]',
      needle: '"authorization":"[Redacted]"',
      event: { path: '/v1/admin/stats', headers: { authorization: '[Redacted]' } },
    })),
    8,
  ];
  return buildLog(rng, {
    start: DEV_DAY + 8 * HOUR,
    site: { host: 'api.orders-a.example', api: true },
    filler,
    render: devFormats.pino,
    steps,
  });
}

/** util.inspect's rendering of a string property: one quoted piece per line, joined with ` +`. */
function inspectLongString(name, text, indent) {
  const pieces = text.split(/(?<=\r\n)/).map((piece) => `'${piece.replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`);
  return pieces.map(
    (piece, i) => `${' '.repeat(i === 0 ? indent : indent + 2)}${i === 0 ? `${name}: ` : ''}${piece}${i < pieces.length - 1 ? ' +' : ','}`,
  );
}
const inspectKey = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`);

/** console.error(err) of an AxiosError (axios 1.8, Node 22), trimmed of the socket internals Node prints at depth > 2. */
function axiosErrorDump(rng, { t, method, url, headers, data, status, statusText, responseBody, caller }) {
  const parsed = new URL(url);
  const wire = [
    `${method.toUpperCase()} ${parsed.pathname}${parsed.search} HTTP/1.1\r\n`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`),
    `Host: ${parsed.host}\r\n`,
    'Connection: keep-alive\r\n',
    '\r\n',
  ].join('');
  return [
    `AxiosError: Request failed with status code ${status}`,
    `    at settle (/app/node_modules/axios/dist/node/axios.cjs:2031:12)`,
    `    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3148:11)`,
    `    at IncomingMessage.emit (node:events:530:35)`,
    `    at endReadableNT (node:internal/streams/readable:1698:12)`,
    `    at process.processTicksAndRejections (node:internal/process/task_queues:90:21)`,
    `    at Axios.request (/app/node_modules/axios/dist/node/axios.cjs:4301:41)`,
    `    at async ${caller} {`,
    `  code: 'ERR_BAD_${status >= 500 ? 'RESPONSE' : 'REQUEST'}',`,
    `  config: {`,
    `    transitional: {`,
    `      silentJSONParsing: true,`,
    `      forcedJSONParsing: true,`,
    `      clarifyTimeoutError: false`,
    `    },`,
    `    adapter: [ 'xhr', 'http', 'fetch' ],`,
    `    transformRequest: [ [Function: transformRequest] ],`,
    `    transformResponse: [ [Function: transformResponse] ],`,
    `    timeout: 10000,`,
    `    xsrfCookieName: 'XSRF-TOKEN',`,
    `    xsrfHeaderName: 'X-XSRF-TOKEN',`,
    `    maxContentLength: -1,`,
    `    maxBodyLength: -1,`,
    `    env: { FormData: [Function [FormData]], Blob: [class Blob] },`,
    `    validateStatus: [Function: validateStatus],`,
    `    headers: Object [AxiosHeaders] {`,
    ...Object.entries(headers).map(([k, v], i, all) => `      ${inspectKey(k)}: '${v}'${i < all.length - 1 ? ',' : ''}`),
    `    },`,
    `    method: '${method}',`,
    `    url: '${url}',`,
    ...(data ? [`    data: '${data}',`] : []),
    `    allowAbsoluteUrls: true`,
    `  },`,
    `  request: <ref *1> ClientRequest {`,
    `    _events: [Object: null prototype] {`,
    `      abort: [Function (anonymous)],`,
    `      aborted: [Function (anonymous)],`,
    `      finish: [Function: requestOnFinish]`,
    `    },`,
    `    _eventsCount: 7,`,
    `    _maxListeners: undefined,`,
    `    outputData: [],`,
    `    outputSize: 0,`,
    `    writable: true,`,
    `    destroyed: true,`,
    `    _last: true,`,
    `    chunkedEncoding: false,`,
    `    shouldKeepAlive: true,`,
    `    socket: [TLSSocket],`,
    ...inspectLongString('_header', wire, 4),
    `    _keepAliveTimeout: 0,`,
    `    agent: [Agent],`,
    `    method: '${method.toUpperCase()}',`,
    `    path: '${parsed.pathname}${parsed.search}',`,
    `    _ended: true,`,
    `    res: [IncomingMessage],`,
    `    aborted: false,`,
    `    timeoutCb: [Function: emitRequestTimeout],`,
    `    upgradeOrConnect: false,`,
    `    host: '${parsed.host}',`,
    `    protocol: 'https:',`,
    `    _redirectable: [Writable],`,
    `    [Symbol(shapeMode)]: false,`,
    `    [Symbol(kCapture)]: false,`,
    `    [Symbol(kBytesWritten)]: 0,`,
    `    [Symbol(kNeedDrain)]: false,`,
    `    [Symbol(corked)]: 0,`,
    `    [Symbol(kChunkedBuffer)]: [],`,
    `    [Symbol(kChunkedLength)]: 0,`,
    `    [Symbol(kSocket)]: [TLSSocket],`,
    `    [Symbol(kOutHeaders)]: [Object: null prototype],`,
    `    [Symbol(errored)]: null,`,
    `    [Symbol(kHighWaterMark)]: 65536,`,
    `    [Symbol(kRejectNonStandardBodyWrites)]: false,`,
    `    [Symbol(kUniqueHeaders)]: null`,
    `  },`,
    `  response: {`,
    `    status: ${status},`,
    `    statusText: '${statusText}',`,
    `    headers: Object [AxiosHeaders] {`,
    `      date: '${new Date(t).toUTCString()}',`,
    `      'content-type': 'text/plain; charset=utf-8',`,
    `      'content-length': '${responseBody.length}',`,
    `      'x-request-id': '${rng.uuid()}'`,
    `    },`,
    `    config: {`,
    `      transitional: [Object],`,
    `      adapter: [Array],`,
    `      headers: [Object [AxiosHeaders]],`,
    `      method: '${method}'`,
    `    },`,
    `    request: <ref *1> ClientRequest {`,
    `      _events: [Object: null prototype],`,
    `      socket: [TLSSocket],`,
    `      agent: [Agent],`,
    `      res: [IncomingMessage]`,
    `    },`,
    `    data: '${responseBody}'`,
    `  },`,
    `  status: ${status}`,
    `}`,
  ];
}

/** console.log(req) of a plain Node http server's IncomingMessage (Node 22), its socket cut to a few fields. */
function incomingMessageDump(rng, { method, url, headers }) {
  const raw = Object.entries(headers).flatMap(([k, v]) => [k, v]);
  return [
    `<ref *2> IncomingMessage {`,
    `  _events: {`,
    `    close: undefined,`,
    `    error: undefined,`,
    `    data: undefined,`,
    `    end: [Function: clearRequestTimeout],`,
    `    readable: undefined`,
    `  },`,
    `  _readableState: ReadableState {`,
    `    highWaterMark: 65536,`,
    `    buffer: [],`,
    `    bufferIndex: 0,`,
    `    length: 0,`,
    `    pipes: [],`,
    `    awaitDrainWriters: null,`,
    `    [Symbol(kState)]: 194779004`,
    `  },`,
    `  _maxListeners: undefined,`,
    `  socket: <ref *1> Socket {`,
    `    connecting: false,`,
    `    _hadError: false,`,
    `    _parent: null,`,
    `    _host: null,`,
    `    _closeAfterHandlingError: false,`,
    `    _events: {`,
    `      close: [Array],`,
    `      error: [Function: socketOnError],`,
    `      prefinish: undefined,`,
    `      finish: undefined,`,
    `      drain: [Function: bound socketOnDrain],`,
    `      data: [Function: bound socketOnData],`,
    `      end: [Array],`,
    `      timeout: [Function: socketOnTimeout],`,
    `      resume: [Function: onSocketResume],`,
    `      pause: [Function: onSocketPause]`,
    `    },`,
    `    server: Server {`,
    `      maxHeaderSize: undefined,`,
    `      insecureHTTPParser: undefined,`,
    `      requestTimeout: 300000,`,
    `      headersTimeout: 60000,`,
    `      keepAliveTimeout: 5000,`,
    `      connectionsCheckingInterval: 30000,`,
    `      requireHostHeader: true,`,
    `      joinDuplicateHeaders: undefined,`,
    `      rejectNonStandardBodyWrites: false,`,
    `      _events: [Object: null prototype],`,
    `      _eventsCount: 3,`,
    `      _maxListeners: undefined,`,
    `      _connections: ${rng.int(1, 9)},`,
    `      _handle: [TCP],`,
    `      _usingWorkers: false,`,
    `      _workers: [],`,
    `      _unref: false,`,
    `      allowHalfOpen: true,`,
    `      pauseOnConnect: false,`,
    `      noDelay: true,`,
    `      keepAlive: false,`,
    `      keepAliveInitialDelay: 0,`,
    `      highWaterMark: 65536,`,
    `      httpAllowHalfOpen: false,`,
    `      timeout: 0,`,
    `      maxHeadersCount: null,`,
    `      maxRequestsPerSocket: 0,`,
    `      _connectionKey: '6::::8080',`,
    `      [Symbol(IncomingMessage)]: [Function: IncomingMessage],`,
    `      [Symbol(ServerResponse)]: [Function: ServerResponse],`,
    `      [Symbol(shapeMode)]: false,`,
    `      [Symbol(kCapture)]: false,`,
    `      [Symbol(async_id_symbol)]: ${rng.int(10, 99)},`,
    `      [Symbol(kUniqueHeaders)]: null,`,
    `      [Symbol(http.server.connections)]: ConnectionsList {},`,
    `      [Symbol(http.server.connectionsCheckingInterval)]: [Timeout]`,
    `    },`,
    `    _server: [Server],`,
    `    parser: [HTTPParser],`,
    `    on: [Function: socketListenerWrap],`,
    `    addListener: [Function: socketListenerWrap],`,
    `    prependListener: [Function: socketListenerWrap],`,
    `    setEncoding: [Function: socketSetEncoding],`,
    `    _paused: false,`,
    `    _httpMessage: [ServerResponse],`,
    `    [Symbol(async_id_symbol)]: ${rng.int(1000, 99999)},`,
    `    [Symbol(kHandle)]: [TCP],`,
    `    [Symbol(lastWriteQueueSize)]: 0,`,
    `    [Symbol(timeout)]: null,`,
    `    [Symbol(kBuffer)]: null,`,
    `    [Symbol(kBufferCb)]: null,`,
    `    [Symbol(kBufferGen)]: null,`,
    `    [Symbol(shapeMode)]: true,`,
    `    [Symbol(kCapture)]: false,`,
    `    [Symbol(kSetNoDelay)]: true,`,
    `    [Symbol(kSetKeepAlive)]: false,`,
    `    [Symbol(kSetKeepAliveInitialDelay)]: 0,`,
    `    [Symbol(kBytesRead)]: 0,`,
    `    [Symbol(kBytesWritten)]: 0`,
    `  },`,
    `  httpVersionMajor: 1,`,
    `  httpVersionMinor: 1,`,
    `  httpVersion: '1.1',`,
    `  complete: true,`,
    `  rawHeaders: [`,
    ...raw.map((v, i) => `    '${v}'${i < raw.length - 1 ? ',' : ''}`),
    `  ],`,
    `  rawTrailers: [],`,
    `  joinDuplicateHeaders: undefined,`,
    `  aborted: false,`,
    `  upgrade: false,`,
    `  url: '${url}',`,
    `  method: '${method}',`,
    `  statusCode: null,`,
    `  statusMessage: null,`,
    `  client: <ref *1> Socket {`,
    `    connecting: false,`,
    `    _hadError: false,`,
    `    [Symbol(kBytesWritten)]: 0`,
    `  },`,
    `  _consuming: false,`,
    `  _dumped: false,`,
    `  [Symbol(shapeMode)]: true,`,
    `  [Symbol(kCapture)]: false,`,
    `  [Symbol(kHeaders)]: {`,
    ...Object.entries(headers).map(([k, v], i, all) => `    ${inspectKey(k.toLowerCase())}: '${v}'${i < all.length - 1 ? ',' : ''}`),
    `  },`,
    `  [Symbol(kHeadersCount)]: ${raw.length},`,
    `  [Symbol(kTrailers)]: null,`,
    `  [Symbol(kTrailersCount)]: 0`,
    `}`,
  ];
}

function devNodeDumps(rng) {
  const filler = (r) =>
    r.pick([
      () => ({ path: `/v1/stock/${r.int(1000, 9999)}` }),
      () => ({ path: '/healthz', bytes: 2 }),
      () => ({ method: 'POST', path: '/v1/stock/reservations', status: 201 }),
      () => ({ block: [`[worker] job ${r.hex(12)} done in ${r.int(20, 900)}ms`] }),
      () => ({ block: [`[cache] warmed ${r.int(100, 5000)} keys, etag ${r.hex(32)}`] }),
    ])();
  const steps = [
    10,
    plant(
      'framework-dump',
      'incoming-message',
      'error',
      'console.log(req) prints the whole IncomingMessage over 140 lines: its `url` holds a long-lived metrics access token.',
      ({ rng, t }) => {
        const opaque = rng.b64url(48);
        const token = jwt(rng, t, {
          lifetime: 7 * 86400,
          claims: { iss: 'https://auth.orders-a.example', sub: 'svc-prometheus', aud: 'metrics' },
        });
        const headers = {
          Host: 'stock.orders-a.example',
          'User-Agent': 'Prometheus/3.2.1',
          Accept: 'application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1',
          Authorization: `Bearer ${token.token}`,
          'X-Forwarded-For': '10.42.1.9',
          'X-Request-Id': rng.uuid(),
        };
        return {
          event: { block: incomingMessageDump(rng, { method: 'GET', url: `/internal/metrics/export?access_token=${opaque}`, headers }) },
          marks: [
            { value: opaque },
            {
              value: token.token,
              jwt: token.facts,
              category: 'header-dump',
              kind: 'rawheaders-bearer',
              expect: 'error',
              why: 'The same dump lists the request headers twice (rawHeaders, then the parsed [Symbol(kHeaders)]): a Bearer token',
            },
          ],
        };
      },
    ),
    8,
    plant(
      'webhook',
      'slack',
      'error',
      WHY.webhook("A Slack incoming-webhook URL, in an AxiosError printed whole (config.url, the request's _header and path)"),
      ({ rng, t }) => {
        const hook = make.slackWebhook(rng);
        const url = `https://hooks.slack.com/services/${hook.team}/${hook.channel}/${hook.secret}`;
        return {
          value: `${hook.team}/${hook.channel}/${hook.secret}`,
          needle: hook.secret,
          event: {
            block: axiosErrorDump(rng, {
              t,
              method: 'post',
              url,
              headers: {
                Accept: 'application/json, text/plain, */*',
                'Content-Type': 'application/json',
                'User-Agent': 'axios/1.8.4',
                'Content-Length': '34',
                'Accept-Encoding': 'gzip, compress, deflate, br',
              },
              data: '{"text":"stock sync finished: 0"}',
              status: 404,
              statusText: 'Not Found',
              responseBody: 'no_service',
              caller: 'notifySlack (/app/src/notify.js:22:5)',
            }),
          },
        };
      },
    ),
    8,
    plant(
      'api-key-name',
      'x-api-key-header',
      'error',
      `An AxiosError printed whole shows the request headers (config.headers and the wire _header): ${WHY.apiKey('x-api-key')}`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            block: axiosErrorDump(rng, {
              t,
              method: 'get',
              url: `https://partner.carrier-a.example/api/v3/rates?from=DEHAM&to=NLRTM`,
              headers: {
                Accept: 'application/json, text/plain, */*',
                'x-api-key': key,
                'User-Agent': 'axios/1.8.4',
                'Accept-Encoding': 'gzip, compress, deflate, br',
              },
              status: 429,
              statusText: 'Too Many Requests',
              responseBody: 'rate limited',
              caller: 'fetchRates (/app/src/carrier.js:41:17)',
            }),
          },
        };
      },
    ),
    10,
  ];
  return buildLog(rng, {
    start: DEV_DAY + 9 * HOUR,
    site: { host: 'stock.orders-a.example', api: true },
    filler,
    render: devFormats.nodeDocker,
    steps,
  });
}

function devIis(rng) {
  const filler = (r) =>
    r.pick([
      () => ({ path: '/Default.aspx' }),
      () => ({ path: '/Orders/List.aspx', query: `page=${r.int(1, 9)}&sort=date` }),
      () => ({ path: `/Content/site.css`, query: `v=${r.b64url(43)}` }),
      () => ({ path: '/Scripts/WebForms.js', query: `d=${r.b64url(86)}&t=${r.int(630000000000000000, 639999999999999999)}` }),
      () => ({ method: 'POST', path: '/Orders/Edit.aspx', query: `id=${r.int(1000, 9999)}`, status: 302 }),
      () => ({ path: '/api/health', ip: '10.1.4.1', ua: 'Edge Health Probe' }),
    ])();
  const steps = [
    10,
    plant(
      'session-id',
      'aspnet-cookieless',
      'error',
      WHY.session('An ASP.NET cookieless session id in the path, /(S(<24 chars>))/'),
      ({ rng }) => {
        const id = make.aspnetSessionId(rng);
        return { value: id, event: { path: `/(S(${id}))/Orders/List.aspx` } };
      },
    ),
    6,
    plant(
      'session-id',
      'aspnet-cookieless-forms',
      'error',
      'A cookieless forms-authentication ticket in the path, /(X(1)F(<ticket>))/: the encrypted ticket logs the user in until it expires.',
      ({ rng }) => {
        const ticket = rng.chars('0123456789ABCDEF', 224);
        return { value: ticket, event: { path: `/(X(1)F(${ticket}))/Account/Default.aspx` } };
      },
    ),
    6,
    plant(
      'api-key-name',
      'subscription-key',
      'error',
      WHY.apiKey('subscription-key') + " (Azure API Management's query name).",
      ({ rng }) => {
        const key = rng.hex(32);
        return { value: key, event: { path: '/quotes/api/rates', query: `api-version=2024-05-01&subscription-key=${key}` } };
      },
    ),
    6,
    plant(
      'header-dump',
      'cookie',
      'error',
      WHY.session('IIS logs cs(Cookie): ASP.NET_SessionId and the .ASPXAUTH forms ticket'),
      ({ rng }) => {
        const auth = rng.chars('0123456789ABCDEF', 320);
        return {
          value: auth,
          event: {
            path: '/Orders/Details.aspx',
            query: `id=${rng.int(1000, 9999)}`,
            cookie: `ASP.NET_SessionId=${make.aspnetSessionId(rng)};+.ASPXAUTH=${auth}`,
          },
        };
      },
    ),
    plant(
      'negative',
      'csrf',
      'none',
      'An anti-forgery cookie (__RequestVerificationToken): half of a CSRF pair, no credential.',
      ({ rng }) => {
        const token = rng.b64url(92);
        return { value: token, event: { path: '/Account/Login.aspx', cookie: `__RequestVerificationToken=${token}` } };
      },
    ),
    plant('negative', 'flag', 'none', 'A return URL and `auth=required`: flags.', () => ({
      value: 'auth=required',
      event: { path: '/Account/Login.aspx', query: 'ReturnUrl=%2FAdmin%2FUsers&auth=required', status: 302 },
    })),
    8,
  ];
  const header = [
    '#Software: Microsoft Internet Information Services 10.0',
    '#Version: 1.0',
    `#Date: ${ymdHms(DEV_DAY + 10 * HOUR)}`,
    '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Cookie) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
  ];
  return buildLog(rng, {
    start: DEV_DAY + 10 * HOUR,
    site: { host: 'portal.insure-a.example' },
    filler,
    render: devFormats.iis,
    steps,
    header,
  });
}

function devHaproxy(rng) {
  const filler = (r, t, site) => ({ ...ordinaryRequest(r, t, site), backend: 'bi' });
  const steps = [
    10,
    plant(
      'embed-jwt',
      'embed-path',
      'error',
      'A Metabase-style signed-embedding token in the path of /embed/dashboard/: ',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 30,
          claims: { resource: { dashboard: rng.int(3, 40) }, params: { region: 'north' } },
        });
        return { value: token.token, jwt: token.facts, event: { path: `/embed/dashboard/${token.token}`, backend: 'bi' } };
      },
    ),
    8,
    plant(
      'embed-jwt',
      'embed-referer',
      'error',
      "The embedded page's URL comes back as the Referer of its own script, which HAProxy captures: ",
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 3600, age: 45, claims: { resource: { question: rng.int(10, 90) }, params: {} } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: `/app/dist/app-main.${rng.hex(20)}.js`,
            referer: `https://bi.fleet-a.example/embed/question/${token.token}`,
            backend: 'bi',
          },
        };
      },
    ),
    8,
    plant(
      'api-key-name',
      'app_key',
      'error',
      WHY.apiKey('app_key') + ' (app_id beside it names the application and is no secret).',
      ({ rng }) => {
        const key = rng.hex(32);
        return { value: key, event: { path: '/v1/tracking/events', query: `app_id=${rng.hex(8)}&app_key=${key}`, ua: 'okhttp/4.12.0' } };
      },
    ),
    6,
    plant(
      'replay',
      'ticket',
      'note',
      WHY.ticketFirst('ticket'),
      ({ rng }) => {
        const ticket = rng.hex(48);
        return { value: ticket, event: { path: '/api/attachments/882/download', query: `ticket=${ticket}` } };
      },
      { ref: 'ticket' },
    ),
    plant(
      'replay',
      'ticket',
      'replay',
      WHY.replay('ticket', 180),
      ({ refs }) => ({
        value: refs.get('ticket').value,
        event: {
          path: '/api/attachments/882/download',
          query: `ticket=${refs.get('ticket').value}`,
          ip: '203.0.113.45',
          ua: 'Wget/1.25.0',
        },
      }),
      { replayOf: 'ticket', after: 180 },
    ),
    6,
    plant('refresh-token', 'refresh_token', 'error', WHY.refresh, ({ rng }) => {
      const token = rng.b64url(64);
      return {
        value: token,
        event: {
          method: 'POST',
          path: '/oauth/token',
          query: `grant_type=refresh_token&refresh_token=${token}&client_id=fleet-ios`,
          ua: 'FleetDriver/5.2.0 CFNetwork/3826.500.111 Darwin/24.4.0',
        },
      };
    }),
    plant('negative', 'request-id', 'none', 'A job id and a request id.', ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { path: `/api/jobs/${rng.uuid()}`, query: `request_id=${id}` } };
    }),
    plant('negative', 'oauth-state', 'none', 'SAML RelayState: opaque state, no credential.', ({ rng }) => {
      const state = rng.b64url(40);
      return { value: state, event: { path: '/sso/saml/login', query: `RelayState=${state}`, status: 302, bytes: 0 } };
    }),
    8,
  ];
  return buildLog(rng, { start: DEV_DAY + 11 * HOUR, site: { host: 'bi.fleet-a.example' }, filler, render: devFormats.haproxy5424, steps });
}

function devFiles(rng) {
  return {
    'nginx-main.log': devNginx(rng),
    'envoy-json.log': devEnvoy(rng),
    'alb.log': devAlb(rng),
    'apigw-execution.log': devApigw(rng),
    'rails-production.log': devRails(rng),
    'spring-boot.log': devSpring(rng),
    'journald-export.log': devJournald(rng),
    'pino-http.log': devPino(rng),
    'node-docker.log': devNodeDumps(rng),
    'iis-w3c.log': devIis(rng),
    'haproxy-rfc5424.log': devHaproxy(rng),
  };
}

// ---------------------------------------------------------------------------------------------------------------------


// ---------------------------------------------------------------------------------------------------------------------
// heldout formats. Two format families are in both parts, in other variants and with other places (API Gateway's
// path-parameter map, Rails 8 on Ruby 3.4 with a form_post callback); every other format is in heldout only.

const heldoutFormats = {
  // nginx `access_log syslog:server=…,tag=nginx` with a custom format that adds $request_time, $http_authorization and
  // $sent_http_location, as rsyslog stores it (RFC 3164 header, PRI dropped). nginx escapes `"` in variables as \x22.
  nginxSyslog: (e, rng) => {
    const esc = (text) => text.replace(/"/g, '\\x22');
    return [
      `${rfc3164(e.t + e.ms)} web-02 nginx: ${e.ip} - - [${clf(e.t)}] "${esc(`${e.method} ${target(e)} ${e.protocol}`)}" ${e.status} ${e.bytes} "${esc(e.referer)}" "${e.ua}" rt=${(e.ms / 1000).toFixed(3)} uct="0.00${rng.int(1, 4)}" auth="${esc(e.authorization ?? '-')}" loc="${esc(e.location ?? '-')}"`,
    ];
  },

  // CloudFront standard log (legacy), tab-separated, cookie logging on.
  cloudfront: (e, rng) => {
    const d = iso(e.t + e.ms);
    const result = e.path.startsWith('/_next') || e.path.startsWith('/img') ? 'Hit' : 'Miss';
    return [
      [
        d.slice(0, 10),
        d.slice(11, 19),
        'LIS50-P1',
        e.bytes + 412,
        e.ip,
        e.method,
        'd3k8q2m7xz1v4p.cloudfront.net',
        e.path,
        e.status,
        e.referer,
        encodeURIComponent(e.ua).replace(/%2F/g, '/').replace(/%3B/g, ';').replace(/%2C/g, ',').replace(/%3A/g, ':'),
        dash(e.query),
        e.cookie ?? '-',
        result,
        `${rng.b64url(54)}==`,
        e.host,
        'https',
        rng.int(80, 900),
        (e.ms / 1000).toFixed(3),
        '-',
        'TLSv1.3',
        'TLS_AES_128_GCM_SHA256',
        result,
        'HTTP/2.0',
        '-',
        '-',
        e.port,
        (Math.max(e.ms - 2, 1) / 1000).toFixed(3),
        result,
        e.contentType ?? 'application/json',
        e.bytes,
        '-',
        '-',
      ].join('\t'),
    ];
  },

  // Cloud Run: request log entries (httpRequest) and the container's stdout, one LogEntry per line as a Logging sink
  // to Cloud Storage writes them.
  cloudRun: (e, rng) => {
    const resource = {
      labels: {
        configuration_name: e.service,
        location: 'europe-west1',
        project_id: 'market-b-prod',
        revision_name: `${e.service}-00042-xqv`,
        service_name: e.service,
      },
      type: 'cloud_run_revision',
    };
    const instance = `0069c7a988${rng.hex(40)}`;
    if (e.stdout) {
      return e.stdout.map((text, i) =>
        JSON.stringify({
          insertId: rng.lowerNum(14),
          labels: { instanceId: instance },
          logName: 'projects/market-b-prod/logs/run.googleapis.com%2Fstdout',
          receiveTimestamp: isoMicros(e.t + i + 40),
          resource,
          textPayload: text,
          timestamp: isoMicros(e.t + i),
        }),
      );
    }
    return [
      JSON.stringify({
        httpRequest: {
          latency: `${(e.ms / 1000).toFixed(6)}s`,
          protocol: 'HTTP/1.1',
          ...(e.referer === '-' ? {} : { referer: e.referer }),
          remoteIp: e.ip,
          requestMethod: e.method,
          requestSize: String(rng.int(300, 1900)),
          requestUrl: `https://${e.host}${target(e)}`,
          responseSize: String(e.bytes),
          serverIp: '216.239.34.53',
          status: e.status,
          userAgent: e.ua,
        },
        insertId: rng.lowerNum(12),
        labels: { instanceId: instance },
        logName: 'projects/market-b-prod/logs/run.googleapis.com%2Frequests',
        receiveTimestamp: isoMicros(e.t + e.ms + 50),
        resource,
        severity: e.status >= 500 ? 'ERROR' : e.status >= 400 ? 'WARNING' : 'INFO',
        spanId: rng.hex(16),
        timestamp: isoMicros(e.t),
        trace: `projects/market-b-prod/traces/${rng.hex(32)}`,
        traceSampled: false,
      }),
    ];
  },

  // Azure Front Door Standard/Premium FrontDoorAccessLog, one resource-log record per line.
  afd: (e, rng) => {
    const cached = e.path.startsWith('/static');
    return [
      JSON.stringify({
        time: `${iso(e.t + e.ms).slice(0, 23)}${pad((e.t * 17) % 10000, 4)}Z`,
        resourceId:
          '/SUBSCRIPTIONS/7C2E9B14-0D3A-4F58-B6E1-9A4C2D7F3B80/RESOURCEGROUPS/RG-EDGE/PROVIDERS/MICROSOFT.CDN/PROFILES/AFD-INSURE-B',
        category: 'FrontDoorAccessLog',
        operationName: 'Microsoft.Cdn/Profiles/AccessLog/Write',
        properties: {
          trackingReference: `${iso(e.t).replace(/[-:]/g, '').slice(0, 15)}Z-${rng.lowerNum(20)}`,
          httpMethod: e.method,
          httpVersion: '2.0.0.0',
          requestUri: `https://${e.host}:443${target(e)}`,
          hostName: e.host,
          requestBytes: String(rng.int(300, 2000)),
          responseBytes: String(e.bytes),
          userAgent: e.ua,
          clientIp: e.ip,
          clientPort: String(e.port),
          socketIp: e.ip,
          timeToFirstByte: (Math.max(e.ms - 2, 1) / 1000).toFixed(3),
          timeTaken: (e.ms / 1000).toFixed(3),
          requestProtocol: 'HTTPS',
          securityProtocol: 'TLS 1.3',
          rulesEngineMatchNames: [],
          httpStatusCode: String(e.status),
          httpStatusDetails: String(e.status),
          pop: 'AMS',
          cacheStatus: cached ? 'HIT' : 'CONFIG_NOCACHE',
          errorInfo: 'NoError',
          ErrorInfo: 'NoError',
          result: 'N/A',
          endpoint: 'insure-b-fqd7hzc9e2bxa3gk.z03.azurefd.net',
          routingRuleName: 'default-route',
          originUrl: cached ? 'N/A' : `https://origin-${e.host}:443${target(e)}`,
          originIp: cached ? 'N/A' : `198.51.100.${(e.host.length * 7) % 250}:443`,
          originName: cached ? 'N/A' : `origin-${e.host}:443`,
          referer: e.referer === '-' ? '' : e.referer,
          clientCountry: 'Netherlands',
          domain: `${e.host}:443`,
          securityCipher: 'TLS_AES_256_GCM_SHA384',
          securityCurves: 'X25519',
          sni: e.host,
        },
      }),
    ];
  },

  // `heroku logs`: router lines and the app's own.
  heroku: (e, rng) => {
    const stamp = `${isoMicros(e.t + e.ms).replace('Z', '+00:00')}`;
    if (e.appText) return [`${stamp} app[web.${rng.int(1, 2)}]: ${e.appText}`];
    return [
      `${stamp} heroku[router]: at=info method=${e.method} path="${target(e)}" host=${e.host} request_id=${e.reqId} fwd="${e.ip}" dyno=web.${rng.int(1, 2)} connect=${rng.int(0, 1)}ms service=${e.ms}ms status=${e.status} bytes=${e.bytes} protocol=https`,
    ];
  },

  // A Django container's output: gunicorn's access log (default access_log_format) and Django's logging with the
  // formatter `{levelname} {asctime} {name} {message}` (django.request records with the request's repr appended).
  django: (e) => {
    if (e.text) return e.text;
    return [`${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`];
  },

  // ASP.NET Core 8 with the JSON console formatter (System.Text.Json's default encoder: `&` as \u0026, `+` as \u002B).
  aspnetJson: (e) => {
    if (e.records) return e.records.map((record) => dotnetJson(record));
    const url = `https://${e.host}${target(e)}`;
    const state = (message, format, extra) => ({ Message: message, ...extra, '{OriginalFormat}': format });
    return [
      dotnetJson({
        Timestamp: iso(e.t),
        EventId: 1,
        LogLevel: 'Information',
        Category: 'Microsoft.AspNetCore.Hosting.Diagnostics',
        Message: `Request starting HTTP/1.1 ${e.method} ${url} - - -`,
        State: state(
          `Request starting HTTP/1.1 ${e.method} ${url} - - -`,
          'Request starting {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {ContentType} {ContentLength}',
          {
            Protocol: 'HTTP/1.1',
            Method: e.method,
            ContentType: null,
            ContentLength: null,
            Scheme: 'https',
            Host: e.host,
            PathBase: '',
            Path: e.path,
            QueryString: e.query ? `?${e.query}` : '',
          },
        ),
      }),
      dotnetJson({
        Timestamp: iso(e.t + e.ms),
        EventId: 2,
        LogLevel: 'Information',
        Category: 'Microsoft.AspNetCore.Hosting.Diagnostics',
        Message: `Request finished HTTP/1.1 ${e.method} ${url} - ${e.status} ${e.bytes} application/json;+charset=utf-8 ${(e.ms + 0.4417).toFixed(4)}ms`,
        State: state(
          `Request finished HTTP/1.1 ${e.method} ${url} - ${e.status} ${e.bytes} application/json;+charset=utf-8 ${(e.ms + 0.4417).toFixed(4)}ms`,
          'Request finished {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {StatusCode} {ContentLength} {ContentType} {ElapsedMilliseconds}ms',
          {
            ElapsedMilliseconds: e.ms + 0.4417,
            StatusCode: e.status,
            ContentType: 'application/json; charset=utf-8',
            ContentLength: e.bytes,
            Protocol: 'HTTP/1.1',
            Method: e.method,
            Scheme: 'https',
            Host: e.host,
            PathBase: '',
            Path: e.path,
            QueryString: e.query ? `?${e.query}` : '',
          },
        ),
      }),
    ];
  },

  // journalctl -o json: one entry per line, every field a string.
  journaldJson: (e, rng) =>
    e.messages.map((message, i) =>
      JSON.stringify({
        __CURSOR: `s=${e.journal.seqnumId};i=${(e.journal.seq++).toString(16)};b=${e.journal.boot};m=${((e.t + i - e.journal.bootAt) * 1000).toString(16)};t=${((e.t + i) * 1000).toString(16)};x=${rng.hex(16)}`,
        __REALTIME_TIMESTAMP: String((e.t + i) * 1000 + rng.int(0, 999)),
        __MONOTONIC_TIMESTAMP: String((e.t + i - e.journal.bootAt) * 1000 + 211),
        __SEQNUM: String(e.journal.seq),
        _BOOT_ID: e.journal.boot,
        _TRANSPORT: 'stdout',
        PRIORITY: String(e.priority ?? 6),
        SYSLOG_FACILITY: '3',
        SYSLOG_IDENTIFIER: e.unit.ident,
        _PID: String(e.unit.pid),
        _UID: String(e.unit.uid),
        _GID: String(e.unit.uid),
        _COMM: e.unit.comm,
        _EXE: e.unit.exe,
        _CMDLINE: e.unit.cmdline,
        _SYSTEMD_CGROUP: `/system.slice/${e.unit.name}`,
        _SYSTEMD_UNIT: e.unit.name,
        _SYSTEMD_SLICE: 'system.slice',
        _MACHINE_ID: e.journal.machine,
        _HOSTNAME: 'batch-03',
        MESSAGE: message,
      }),
    ),

  // express-winston's default JSON line (requestWhitelist url, headers, method, httpVersion, originalUrl, query) and
  // the app's own winston JSON lines.
  expressWinston: (e) => {
    if (e.app) return [JSON.stringify({ ...e.app, level: e.app.level ?? 'info', timestamp: iso(e.t) })];
    const query = Object.fromEntries(new URLSearchParams(e.query));
    return [
      JSON.stringify({
        meta: {
          req: {
            url: target(e),
            headers: {
              host: 'api.ledger-b.example',
              connection: 'keep-alive',
              'user-agent': e.ua,
              accept: 'application/json',
              ...e.headers,
              'x-forwarded-for': e.ip,
            },
            method: e.method,
            httpVersion: '1.1',
            originalUrl: target(e),
            query,
          },
          res: { statusCode: e.status },
          responseTime: e.ms,
        },
        level: e.status >= 500 ? 'error' : e.status >= 400 ? 'warn' : 'info',
        message: `HTTP ${e.method} ${target(e)}`,
        timestamp: iso(e.t + e.ms),
      }),
    ];
  },

  // Symfony 7 with Monolog's JsonFormatter and WebProcessor (extra.url is the request URI with its query).
  monolog: (e) => [
    JSON.stringify({
      message: e.message ?? `Matched route "${e.route ?? 'app_home'}".`,
      context: e.context ?? {
        route: e.route ?? 'app_home',
        route_parameters: { _route: e.route ?? 'app_home' },
        request_uri: `https://shop-b.example${target(e)}`,
        method: e.method,
      },
      level: e.level ?? 200,
      level_name: e.levelName ?? 'INFO',
      channel: e.channel ?? 'request',
      datetime: isoMicros(e.t).replace('Z', '+00:00'),
      extra: { url: target(e), ip: e.ip, http_method: e.method, server: 'shop-b.example', referrer: e.referer === '-' ? null : e.referer },
    }),
  ],

  // php-fpm's error log (catch_workers_output = yes): a worker's stderr, here lines the app wrote with json_encode().
  phpFpm: (e) => [
    e.text ? `[${phpFpmTime(e.t)}] ${e.text}` : `[${phpFpmTime(e.t)}] WARNING: [pool www] child ${e.child} said into stderr: "${e.stderr}"`,
  ],

  // Classic Load Balancer (ELB) access log.
  elbClassic: (e, rng) => [
    `${isoMicros(e.t + e.ms)} tracker-prod ${e.ip}:${e.port} 10.30.${rng.int(1, 3)}.${rng.int(10, 200)}:8080 0.00004${rng.int(1, 9)} ${(e.ms / 1000).toFixed(6)} 0.00002${rng.int(1, 9)} ${e.status} ${e.status} 0 ${e.bytes} "${e.method} https://${e.host}:443${target(e)} HTTP/1.1" "${e.ua}" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2`,
  ],

  // Rails 8.0 on Ruby 3.4 (Hash#inspect writes `"k" => "v"`), `config.log_tags = [:request_id]`.
  rails8: (e, rng) => railsLines(e, rng, { pid: 7, hashArrow: ' => ' }),

  // API Gateway REST execution log (as dev's) for a Lambda-less HTTP integration with a path parameter.
  apigw: (e, rng) => {
    const at = (offset) => `${isoMicros(e.t + offset).replace('Z', '+00:00')} (${e.reqId})`;
    const query = e.queryMap ?? [];
    const pathParams = e.pathMap ?? [];
    const endpoint = `https://invites.internal.ledger-b.example${e.path}${query.length ? `?${query.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}`;
    return [
      `${at(0)} Extended Request Id: ${rng.alnum(14)}=`,
      `${at(0)} Starting execution for request: ${e.reqId}`,
      `${at(0)} HTTP Method: ${e.method}, Resource Path: ${e.path}`,
      `${at(1)} Method request path: {${pathParams.map(([k, v]) => `${k}=${v}`).join(', ')}}`,
      `${at(1)} Method request query string: {${query.map(([k, v]) => `${k}=${v}`).join(', ')}}`,
      `${at(1)} Method request headers: {Accept=application/json, Host=k3p9w2x7bd.execute-api.eu-west-1.amazonaws.com, User-Agent=${e.ua}, X-Amzn-Trace-Id=Root=1-${sec(e.t).toString(16)}-${rng.hex(24)}, X-Forwarded-For=${e.ip}}`,
      `${at(2)} Endpoint request URI: ${endpoint}`,
      `${at(2)} Sending request to ${endpoint}`,
      `${at(e.ms)} Received response. Status: ${e.status}, Integration latency: ${e.ms - 3} ms`,
      `${at(e.ms)} Method completed with status: ${e.status}`,
    ];
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// heldout: 14 logs.

const HELD_DAY = Date.UTC(2026, 4, 19, 6, 30, 0);

function heldNginxSyslog(rng) {
  const steps = [
    10,
    plant(
      'header-dump',
      'authorization-bearer-jwt',
      'error',
      'The log format adds $http_authorization: the Authorization header of every request, here a Bearer token',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 2 * 3600,
          alg: 'RS256',
          kid: rng.hex(16),
          claims: {
            iss: 'https://login.market-b.example/',
            sub: `auth0|${rng.hex(24)}`,
            aud: ['https://api.market-b.example', 'https://login.market-b.example/userinfo'],
            azp: rng.alnum(32),
            scope: 'openid profile orders:read',
          },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { path: '/api/orders', query: 'status=open', authorization: `Bearer ${token.token}`, ua: BROWSERS[1] },
        };
      },
    ),
    6,
    plant(
      'header-dump',
      'authorization-token-provider',
      'error',
      'The Authorization header ($http_authorization) of a git client: `token ghp_…`, a GitHub personal access token (valid CRC32 checksum).',
      ({ rng }) => {
        const token = make.githubClassic(rng);
        return {
          value: token,
          event: {
            host: 'git-mirror.market-b.example',
            path: '/api/v3/repos/market-b/storefront/contents/package.json',
            authorization: `token ${token}`,
            ua: 'octokit-rest.js/21.1.1',
          },
        };
      },
    ),
    6,
    plant('oauth-code', 'referer', 'warning', `${WHY.code} In the Referer of an image the callback page loaded.`, ({ rng }) => {
      const code = rng.b64url(43);
      return {
        value: code,
        event: {
          path: `/img/logo-${rng.hex(8)}.svg`,
          referer: `https://www.market-b.example/login/callback?state=${rng.b64url(22)}&code=${code}`,
          contentType: 'image/svg+xml',
        },
      };
    }),
    6,
    plant(
      'encoded',
      'json-headers-in-query-x22',
      'error',
      'A client puts `headers={"Authorization":"Bearer …"}` unencoded in the query; nginx escapes the quotes as \\x22',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 6 * 3600,
          claims: { iss: 'https://login.market-b.example/', sub: `usr_${rng.lowerNum(12)}`, aud: 'events' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/events/stream',
            query: `headers={"Authorization":"Bearer ${token.token}"}`,
            contentType: 'text/event-stream',
            ua: 'node',
          },
        };
      },
    ),
    6,
    plant(
      'replay',
      'ticket',
      'note',
      WHY.ticketFirst('ticket'),
      ({ rng }) => {
        const ticket = rng.b64url(40);
        return { value: ticket, event: { path: '/reports/preview', query: `ticket=${ticket}`, contentType: 'application/pdf' } };
      },
      { ref: 'ticket' },
    ),
    plant(
      'replay',
      'ticket',
      'replay',
      WHY.replay('ticket', 50),
      ({ refs }) => ({
        value: refs.get('ticket').value,
        event: {
          path: '/reports/preview',
          query: `ticket=${refs.get('ticket').value}`,
          contentType: 'application/pdf',
          ip: '198.51.100.31',
          ua: 'Microsoft Office Excel 2014',
        },
      }),
      { replayOf: 'ticket', after: 50 },
    ),
    5,
    plant(
      'implicit-fragment',
      'location-header',
      'error',
      "The format adds $sent_http_location: a legacy authorization server's implicit-flow redirect, `#access_token=` (1 h bearer token).",
      ({ rng }) => {
        const token = rng.b64url(40);
        const state = rng.b64url(20);
        return {
          value: token,
          event: {
            host: 'sso.market-b.example',
            path: '/oauth/authorize',
            query: `response_type=token&client_id=spa-legacy&redirect_uri=https%3A%2F%2Fspa.market-b.example%2F&state=${state}`,
            status: 302,
            bytes: 0,
            location: `https://spa.market-b.example/#access_token=${token}&token_type=Bearer&expires_in=3600&state=${state}`,
          },
        };
      },
    ),
    5,
    plant('negative', 'placeholder', 'none', 'A documentation placeholder copied into a request: `Bearer <token>`.', () => ({
      value: '<token>',
      needle: 'auth="Bearer <token>"',
      event: { path: '/api/orders', authorization: 'Bearer <token>', status: 401, ua: 'curl/8.12.1', bytes: 44 },
    })),
    plant('negative', 'placeholder', 'none', 'A client that had no token yet: `Bearer undefined`.', () => ({
      value: 'undefined',
      needle: 'auth="Bearer undefined"',
      event: { path: '/api/cart', authorization: 'Bearer undefined', status: 401, bytes: 44 },
    })),
    10,
  ];
  return buildLog(rng, {
    start: HELD_DAY + 1 * HOUR,
    site: { host: 'www.market-b.example' },
    filler: ordinaryRequest,
    render: heldoutFormats.nginxSyslog,
    steps,
  });
}

function heldCloudfront(rng) {
  const filler = (r, t, site) => {
    const route = ordinaryRequest(r, t, site);
    if (route.path.startsWith('/static'))
      route.path = route.path.replace('/static/js/main.', '/_next/static/chunks/main-').replace('/static/css/app.', '/_next/static/css/');
    if (r.next() < 0.5) route.cookie = `_ga=GA1.1.${r.int(100000000, 999999999)}.${sec(t) - r.int(1000, 900000)};%20consent=analytics`;
    return route;
  };
  const steps = [
    10,
    plant(
      'encoded',
      'appsync-header-base64',
      'error',
      "AppSync's real-time handshake behind a custom domain: `header=<base64 JSON>` holds the AppSync API key (da2-…), valid up to a year.",
      ({ rng }) => {
        const key = make.appsyncKey(rng);
        const header = b64Of(JSON.stringify({ host: 'graphql.market-b.example', 'x-api-key': key }));
        return {
          value: key,
          needle: header,
          event: {
            host: 'graphql.market-b.example',
            path: '/graphql/realtime',
            query: `header=${header}&payload=e30=`,
            status: 101,
            bytes: 0,
          },
        };
      },
    ),
    6,
    plant('api-key-name', 'key', 'error', WHY.apiKey('key'), ({ rng }) => {
      const key = rng.alnum(40);
      return {
        value: key,
        event: { path: '/v3/export.csv', query: `key=${key}&fmt=csv`, contentType: 'text/csv', ua: 'python-requests/2.32.3' },
      };
    }),
    6,
    plant('header-dump', 'cookie', 'error', WHY.session("CloudFront's cs(Cookie) field: a __Host-session cookie"), ({ rng }) => {
      const id = rng.b64url(43);
      return { value: id, event: { path: '/account/orders', cookie: `__Host-session=${id};%20theme=dark`, contentType: 'text/html' } };
    }),
    6,
    plant('path-secret', 'magic-link', 'error', WHY.pathSecret('A magic sign-in link token'), ({ rng }) => {
      const token = rng.b64url(48);
      return { value: token, event: { path: `/auth/m/${token}`, status: 302, bytes: 0 } };
    }),
    plant('embed-jwt', 'embed-no-exp', 'error', 'A signed-embedding token in the path of /embed/ that never expires: ', ({ rng, t }) => {
      const token = jwt(rng, t, { age: 40 * 86400, claims: { resource: { dashboard: rng.int(3, 40) }, params: { store: 'LIS-01' } } });
      return {
        value: token.token,
        jwt: token.facts,
        event: { host: 'insights.market-b.example', path: `/embed/dashboard/${token.token}`, contentType: 'text/html' },
      };
    }),
    6,
    plant(
      'session-id',
      'phpsessid-query',
      'error',
      WHY.session('A PHP session id in the query (use_trans_sid), through CloudFront to a PHP origin'),
      ({ rng }) => {
        const id = make.phpSessionId(rng);
        return { value: id, event: { path: '/shop/index.php', query: `route=checkout/cart&PHPSESSID=${id}`, contentType: 'text/html' } };
      },
    ),
    4,
    plant('negative', 'flag', 'none', '`key=desc` names a sort order.', () => ({
      value: 'key=desc',
      event: { path: '/v3/items', query: 'order_by=price&key=desc' },
    })),
    plant('negative', 'asset-hash', 'none', 'A build hash in a chunk name.', ({ rng }) => {
      const hash = rng.hex(16);
      return { value: hash, event: { path: `/_next/static/chunks/pages/_app-${hash}.js`, contentType: 'application/javascript' } };
    }),
    plant('negative', 'cache-buster', 'none', 'A cache-busting version.', ({ rng }) => {
      const v = rng.hex(12);
      return { value: v, event: { path: '/img/hero.webp', query: `v=${v}`, contentType: 'image/webp' } };
    }),
    8,
  ];
  const header = [
    '#Version: 1.0',
    '#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end',
  ];
  return buildLog(rng, {
    start: HELD_DAY + 2 * HOUR,
    site: { host: 'www.market-b.example' },
    filler,
    render: heldoutFormats.cloudfront,
    steps,
    header,
  });
}

function heldCloudRun(rng) {
  const filler = (r, t) =>
    r.pick([
      () => ({ service: 'storefront-api', host: 'storefront-api-7kq2zv4xha-ew.a.run.app', ...apiRoute(r) }),
      () => ({ service: 'storefront-api', host: 'storefront-api-7kq2zv4xha-ew.a.run.app', path: '/v2/status', ua: 'GoogleHC/1.0' }),
      () => ({
        service: 'storefront-api',
        stdout: [`{"severity":"INFO","message":"order ${r.uuid()} confirmed","took_ms":${r.int(20, 400)}}`],
      }),
      () => ({ service: 'auth-api', stdout: [`[auth] jwks refreshed (${r.int(2, 4)} keys, etag "${r.hex(16)}")`] }),
      () => ({
        service: 'sgtm',
        host: 'sgtm.market-b.example',
        path: '/g/collect',
        query: `v=2&tid=G-K7QZ2M4XVA&gtm=45je55e0v9&_p=${t}&cid=${r.int(100000000, 999999999)}.${sec(t) - r.int(100, 90000)}&dl=https%3A%2F%2Fwww.market-b.example%2Fproducts%2F${r.pick(SLUGS)}&en=page_view`,
        status: 204,
        bytes: 0,
        ua: r.pick(BROWSERS),
      }),
    ])();
  const auth = { service: 'auth-api', host: 'auth-api-7kq2zv4xha-ew.a.run.app' };
  const steps = [
    8,
    plant('refresh-token', 'refresh_token', 'error', WHY.refresh, ({ rng }) => {
      const token = rng.b64url(64);
      return {
        value: token,
        event: { ...auth, method: 'POST', path: '/v1/token/refresh', query: `refresh_token=${token}`, ua: 'MarketB/7.1 (Android 15)' },
      };
    }),
    5,
    plant(
      'id-token',
      'id_token-query',
      'error',
      'A Google ID token posted to the backend in the query (`id_token=`): it authenticates the user to the backend until it expires.',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 12,
          alg: 'RS256',
          kid: rng.hex(40),
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${rng.int(100000000000, 999999999999)}-${rng.lowerNum(32)}.apps.googleusercontent.com`,
            sub: String(rng.int(100000000000000, 999999999999999)),
            email: `${rng.lowerNum(8)}@gmail.com`,
            email_verified: true,
            name: 'M. Silva',
          },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { ...auth, path: '/api/auth/google', query: `id_token=${token.token}`, ua: rng.pick(BROWSERS) },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'analytics-beacon',
      'error',
      'A server-side tag manager receives the page URL (`dl=`): the implicit-flow callback with `#access_token=`, percent-encoded once (1 h bearer token).',
      ({ rng, t }) => {
        const token = rng.b64url(40);
        const page = `https://www.market-b.example/auth/cb#access_token=${token}&token_type=bearer&expires_in=3600`;
        return {
          value: token,
          event: {
            service: 'sgtm',
            host: 'sgtm.market-b.example',
            path: '/g/collect',
            query: `v=2&tid=G-K7QZ2M4XVA&gtm=45je55e0v9&_p=${t}&cid=${rng.int(100000000, 999999999)}.${sec(t) - 40}&dl=${encodeURIComponent(page)}&dt=Signing%20in&en=page_view`,
            status: 204,
            bytes: 0,
            ua: rng.pick(BROWSERS),
          },
        };
      },
    ),
    5,
    plant(
      'replay',
      'ws_ticket',
      'note',
      WHY.ticketFirst('ws_ticket'),
      ({ rng }) => {
        const ticket = rng.b64url(32);
        return {
          value: ticket,
          event: {
            service: 'storefront-api',
            host: 'storefront-api-7kq2zv4xha-ew.a.run.app',
            path: '/v2/live',
            query: `ws_ticket=${ticket}`,
            status: 101,
            bytes: 0,
          },
        };
      },
      { ref: 'ws' },
    ),
    plant(
      'replay',
      'ws_ticket',
      'replay',
      WHY.replay('ws_ticket', 20),
      ({ refs }) => ({
        value: refs.get('ws').value,
        event: {
          service: 'storefront-api',
          host: 'storefront-api-7kq2zv4xha-ew.a.run.app',
          path: '/v2/live',
          query: `ws_ticket=${refs.get('ws').value}`,
          status: 101,
          bytes: 0,
          ip: '203.0.113.9',
          ua: 'Go-http-client/1.1',
        },
      }),
      { replayOf: 'ws', after: 20 },
    ),
    5,
    plant(
      'framework-dump',
      'axios-split-by-line',
      'error',
      'console.error(err) of an AxiosError: Cloud Run makes every stdout line a LogEntry of its own. config.url carries ' +
        WHY.apiKey('api_key').replace('An API key', 'an API key'),
      ({ rng, t }) => {
        const key = rng.hex(32);
        const token = jwt(rng, t, {
          lifetime: 12 * 3600,
          claims: { iss: 'https://partner-b.example/oauth', sub: 'client_storefront', aud: 'partner-api', scope: 'orders:read' },
        });
        const dump = axiosErrorDump(rng, {
          t,
          method: 'get',
          url: `https://partner-b.example/api/v1/orders?api_key=${key}&since=2026-05-18`,
          headers: {
            Accept: 'application/json, text/plain, */*',
            Authorization: `Bearer ${token.token}`,
            'User-Agent': 'axios/1.8.4',
            'Accept-Encoding': 'gzip, compress, deflate, br',
          },
          status: 502,
          statusText: 'Bad Gateway',
          responseBody: 'upstream timeout',
          caller: 'syncPartnerOrders (/workspace/dist/jobs/partner.js:57:22)',
        });
        return {
          event: { service: 'storefront-api', stdout: dump },
          marks: [
            { value: key },
            {
              value: token.token,
              jwt: token.facts,
              category: 'header-dump',
              kind: 'axios-authorization',
              expect: 'error',
              why: 'The same AxiosError, split by Cloud Run into one entry per line, shows the request headers (config.headers, the wire _header): a Bearer token',
            },
          ],
        };
      },
    ),
    5,
    plant('webhook', 'slack', 'error', WHY.webhook('A Slack incoming-webhook URL in an app message'), ({ rng }) => {
      const hook = make.slackWebhook(rng);
      return {
        value: `${hook.team}/${hook.channel}/${hook.secret}`,
        needle: hook.secret,
        event: {
          service: 'storefront-api',
          stdout: [
            `notify: slack webhook https://hooks.slack.com/services/${hook.team}/${hook.channel}/${hook.secret} answered 410 Gone (channel_is_archived)`,
          ],
        },
      };
    }),
    plant('negative', 'cursor', 'none', 'A page token of a list call.', ({ rng }) => {
      const cursor = rng.b64url(60);
      return {
        value: cursor,
        event: {
          service: 'storefront-api',
          host: 'storefront-api-7kq2zv4xha-ew.a.run.app',
          path: '/v2/products',
          query: `pageSize=50&pageToken=${cursor}`,
        },
      };
    }),
    plant('negative', 'oauth-state', 'none', 'The start of a login: `state` and a PKCE challenge.', ({ rng }) => {
      const state = rng.b64url(32);
      return {
        value: state,
        event: {
          ...auth,
          path: '/auth/start',
          query: `state=${state}&code_challenge=${rng.b64url(43)}&code_challenge_method=S256&redirect_uri=https%3A%2F%2Fwww.market-b.example%2Fauth%2Fcb`,
          status: 302,
          bytes: 0,
          ua: rng.pick(BROWSERS),
        },
      };
    }),
    8,
  ];
  return buildLog(rng, {
    start: HELD_DAY + 3 * HOUR,
    site: { host: 'storefront-api-7kq2zv4xha-ew.a.run.app', api: true },
    filler,
    render: heldoutFormats.cloudRun,
    steps,
  });
}

function heldAfd(rng) {
  const filler = (r, t, site) => {
    const route = ordinaryRequest(r, t, site);
    return route;
  };
  const steps = [
    8,
    plant(
      'session-id',
      'aspnet-cookieless',
      'error',
      WHY.session('An ASP.NET cookieless session id, /(S(<24 chars>))/, in requestUri and originUrl'),
      ({ rng }) => {
        const id = make.aspnetSessionId(rng);
        return {
          value: id,
          event: { host: 'portal.insure-b.example', path: `/(S(${id}))/Claims/Status.aspx`, query: `claim=${rng.int(100000, 999999)}` },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'subscription-key',
      'error',
      WHY.apiKey('subscription-key') + ' (Azure API Management behind Front Door).',
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            host: 'api.insure-b.example',
            path: '/quotes/v2/motor',
            query: `postcode=1012AB&subscription-key=${key}`,
            ua: 'okhttp/4.12.0',
          },
        };
      },
    ),
    5,
    plant('embed-jwt', 'embed-short', 'warning', 'A guest token for an embedded report in the path of /embed/: ', ({ rng, t }) => {
      const token = jwt(rng, t, {
        lifetime: 120,
        age: 3,
        claims: { user: { username: 'guest' }, resources: [{ type: 'dashboard', id: rng.uuid() }], rls: [], type: 'guest' },
      });
      return {
        value: token.token,
        jwt: token.facts,
        event: { host: 'reports.insure-b.example', path: `/embed/${token.token}`, contentType: 'text/html' },
      };
    }),
    5,
    plant(
      'embed-jwt',
      'embed-expired',
      'note',
      'A guest token for an embedded report, requested again from a bookmarked URL long after it expired: ',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 300,
          age: 3 * 86400,
          claims: { user: { username: 'guest' }, resources: [{ type: 'dashboard', id: rng.uuid() }], rls: [], type: 'guest' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { host: 'reports.insure-b.example', path: `/embed/${token.token}`, status: 401, contentType: 'text/html' },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'percent-encoded-three-times',
      'error',
      'An access token in a URL nested three times (to= inside next= inside continue=): `%2525253D`-style encoding, still a bearer credential.',
      ({ rng }) => {
        const token = rng.hex(40);
        const inner = `https://claims.insure-b.example/docs?id=${rng.int(10, 99)}&access_token=${token}`;
        const middle = `https://sso.insure-b.example/continue?next=${encodeURIComponent(inner)}`;
        const outer = `https://www.insure-b.example/login?continue=${encodeURIComponent(middle)}`;
        return {
          value: token,
          event: { host: 'www.insure-b.example', path: '/go', query: `to=${encodeURIComponent(outer)}`, status: 302, bytes: 0 },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'callback-query',
      'warning',
      `${WHY.code} On the app's callback request, in requestUri and originUrl.`,
      ({ rng }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        return {
          value: code,
          event: {
            host: 'www.insure-b.example',
            path: '/auth/callback',
            query: `state=${rng.uuid()}&session_state=${rng.uuid()}&code=${code}`,
            status: 302,
            bytes: 0,
          },
        };
      },
    ),
    plant('negative', 'csrf', 'none', 'A CSRF token (_csrf) in a form GET.', ({ rng }) => {
      const token = rng.uuid();
      return { value: token, event: { host: 'www.insure-b.example', path: '/quote/save', query: `_csrf=${token}&step=2` } };
    }),
    plant('negative', 'oauth-state', 'none', 'An authorization request: state, nonce, PKCE challenge.', ({ rng }) => {
      const state = rng.b64url(32);
      return {
        value: state,
        event: {
          host: 'login.insure-b.example',
          path: '/authorize',
          query: `response_type=code&client_id=insure-web&state=${state}&nonce=${rng.b64url(22)}&code_challenge=${rng.b64url(43)}&code_challenge_method=S256`,
          status: 302,
          bytes: 0,
        },
      };
    }),
    8,
  ];
  return buildLog(rng, { start: HELD_DAY + 4 * HOUR, site: { host: 'www.insure-b.example' }, filler, render: heldoutFormats.afd, steps });
}

function heldHeroku(rng) {
  const filler = (r, t, site) =>
    r.next() < 0.25
      ? {
          appText: r.pick([
            `Completed in ${r.int(10, 300)}ms`,
            `[jobs] sent digest to ${r.int(10, 400)} users`,
            `GET /api/items 200 - ${r.int(3, 90)} ms`,
            `cache hit ratio 0.9${r.int(0, 9)}`,
          ]),
        }
      : ordinaryRequest(r, t, site);
  const steps = [
    8,
    plant('oauth-code', 'callback-query', 'warning', `${WHY.code} Heroku's router logs the path with its query.`, ({ rng }) => {
      const code = rng.b64url(32);
      return { value: code, event: { path: '/auth/auth0/callback', query: `code=${code}&state=${rng.b64url(32)}`, status: 302, bytes: 0 } };
    }),
    5,
    plant('session-id', 'sessionid-query', 'error', WHY.session('A server session key passed as `sessionid=` in the URL'), ({ rng }) => {
      const id = rng.lowerNum(32);
      return { value: id, event: { path: '/account', query: `sessionid=${id}` } };
    }),
    5,
    plant('path-secret', 'invitation', 'error', WHY.pathSecret('An invitation token'), ({ rng }) => {
      const token = rng.b64url(22);
      return { value: token, event: { path: `/invitations/${token}/accept`, status: 302, bytes: 0 } };
    }),
    5,
    plant(
      'replay',
      'one_time_token',
      'note',
      WHY.ticketFirst('one_time_token'),
      ({ rng }) => {
        const token = rng.hex(40);
        return { value: token, event: { path: '/downloads/statement.pdf', query: `one_time_token=${token}` } };
      },
      { ref: 'ott' },
    ),
    plant(
      'replay',
      'one_time_token',
      'replay',
      WHY.replay('one_time_token', 120),
      ({ refs }) => ({
        value: refs.get('ott').value,
        event: {
          path: '/downloads/statement.pdf',
          query: `one_time_token=${refs.get('ott').value}`,
          ip: '203.0.113.166',
          ua: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
        },
      }),
      { replayOf: 'ott', after: 120 },
    ),
    5,
    plant(
      'webhook',
      'telegram-webhook-route',
      'error',
      "Telegram calls the bot's webhook on a route named after the bot token (/bot<token>): the router logs the token.",
      ({ rng }) => {
        const token = make.telegramBot(rng);
        return { value: token, event: { method: 'POST', path: `/bot${token}`, ip: `91.108.6.${rng.int(2, 250)}`, ua: '-', bytes: 2 } };
      },
    ),
    plant('api-key-name', 'appid', 'error', WHY.apiKey('appid'), ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: '/weather', query: `city=Lisbon&units=metric&appid=${key}` } };
    }),
    plant('refresh-token', 'refresh_token', 'error', WHY.refresh, ({ rng }) => {
      const token = `v1.${rng.b64url(70)}`;
      return {
        value: token,
        event: {
          method: 'POST',
          path: '/api/oauth/token',
          query: `grant_type=refresh_token&refresh_token=${token}`,
          ua: 'MarketB/7.1 CFNetwork/3826.500.111 Darwin/24.4.0',
        },
      };
    }),
    5,
    plant('negative', 'cursor', 'none', 'A page token.', ({ rng }) => {
      const cursor = b64urlOf(JSON.stringify({ after: rng.int(1000, 9999), dir: 'next' }));
      return { value: cursor, event: { path: '/api/items', query: `page_token=${cursor}` } };
    }),
    plant('negative', 'asset-hash', 'none', 'A Sprockets digest in an asset name.', ({ rng }) => {
      const hash = rng.hex(64);
      return { value: hash, event: { path: `/assets/application-${hash}.css` } };
    }),
    8,
  ];
  return buildLog(rng, {
    start: HELD_DAY + 5 * HOUR,
    site: { host: 'market-b-web-3f9a1c2d7e45.herokuapp.com' },
    filler,
    render: heldoutFormats.heroku,
    steps,
  });
}

function heldDjango(rng) {
  const djangoLog = (t, level, name, message) => `${level} ${ymdHms(t)},${pad(t % 1000, 3)} ${name} ${message}`;
  const filler = (r, t, site) =>
    r.next() < 0.2
      ? {
          text: [
            r.pick([
              djangoLog(t, 'WARNING', 'django.request', `Not Found: /wp-login.php`),
              djangoLog(t, 'INFO', 'shop.orders', `order ${r.int(10000, 99999)} paid (provider ref ${r.hex(24)})`),
              djangoLog(t, 'WARNING', 'django.security.csrf', 'Forbidden (CSRF token from POST incorrect.): /cart/add/'),
            ]),
          ],
        }
      : {
          ...ordinaryRequest(r, t, site),
          query: '',
          path: r.pick(['/', '/cart/', `/products/${r.pick(SLUGS)}/`, `/static/css/site.${r.hex(12)}.css`, '/api/v1/cart/', '/healthz/']),
        };
  const steps = [
    {
      raw: {
        text: [
          '[2026-05-19 11:30:00 +0000] [1] [INFO] Starting gunicorn 23.0.0',
          '[2026-05-19 11:30:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
          '[2026-05-19 11:30:00 +0000] [1] [INFO] Using worker: sync',
          '[2026-05-19 11:30:00 +0000] [7] [INFO] Booting worker with pid: 7',
        ],
      },
      after: 0,
    },
    8,
    plant(
      'path-secret',
      'password-reset',
      'error',
      WHY.pathSecret("Django's password-reset token (/reset/<uidb64>/<token>/)") +
        ' Django then moves it into the session and redirects to set-password/.',
      ({ rng, t }) => {
        const token = `${(sec(t) - 1746000000).toString(36)}-${rng.hex(32)}`;
        return { value: token, event: { path: `/accounts/reset/MjQ4/${token}/`, status: 302, bytes: 0 } };
      },
    ),
    plant(
      'negative',
      'redacted',
      'none',
      "Django's reset view replaced the token in the URL by `set-password` (the token now sits in the session).",
      () => ({
        value: 'set-password',
        needle: '/accounts/reset/MjQ4/set-password/',
        event: { path: '/accounts/reset/MjQ4/set-password/' },
      }),
      { after: 1 },
    ),
    5,
    plant('path-secret', 'email-confirmation', 'error', WHY.pathSecret("django-allauth's signed e-mail confirmation key"), ({ rng, t }) => {
      const key = `MTI4:1u${rng.alnum(4)}:${rng.b64url(43)}`;
      return { value: key, event: { path: `/accounts/confirm-email/${key}/` } };
    }),
    5,
    plant(
      'framework-dump',
      'django-request-repr',
      'error',
      `django.request's error record with the request's repr (\`<WSGIRequest: GET '…'>\`, the full path with its query): ${WHY.apiKey('access_key')}`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            text: [
              djangoLog(
                t,
                'ERROR',
                'django.request',
                `Internal Server Error: /api/v1/reports/ <WSGIRequest: GET '/api/v1/reports/?access_key=${key}&fmt=csv'>`,
              ),
              'Traceback (most recent call last):',
              '  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner',
              '    response = get_response(request)',
              '  File "/app/shop/reports/views.py", line 41, in export',
              '    rows = build_rows(request.GET["fmt"], since=request.GET["since"])',
              "django.utils.datastructures.MultiValueDictKeyError: 'since'",
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'csrf',
      'none',
      "csrfmiddlewaretoken in a GET form: Django's CSRF field, useless without the csrftoken cookie.",
      ({ rng }) => {
        const token = rng.alnum(64);
        return { value: token, event: { path: '/accounts/login/', query: `next=/admin/&csrfmiddlewaretoken=${token}` } };
      },
    ),
    plant('negative', 'flag', 'none', '`auth=sso` picks a login method.', () => ({
      value: 'auth=sso',
      event: { path: '/accounts/login/', query: 'auth=sso&next=/orders/' },
    })),
    8,
  ];
  return buildLog(rng, { start: HELD_DAY + 5 * HOUR, site: { host: 'shop-b.example' }, filler, render: heldoutFormats.django, steps });
}

function heldAspnet(rng) {
  const record = (t, eventId, level, category, message, state) => ({
    Timestamp: iso(t),
    EventId: eventId,
    LogLevel: level,
    Category: category,
    Message: message,
    State: { Message: message, ...state },
  });
  const filler = (r, t) =>
    r.next() < 0.3
      ? {
          records: [
            record(t, 0, 'Information', 'Fin.Statements.ExportService', `Exported ${r.int(1, 90)} statements for tenant ${r.uuid()}`, {
              Count: r.int(1, 90),
              '{OriginalFormat}': 'Exported {Count} statements for tenant {TenantId}',
            }),
          ],
        }
      : r.pick([
          () => ({ path: '/v1/statements', query: `month=2026-0${r.int(1, 4)}` }),
          () => ({ path: `/v1/accounts/${r.uuid()}` }),
          () => ({ path: '/healthz', ua: 'kube-probe/1.31' }),
          () => ({ method: 'POST', path: '/v1/transfers', status: 201 }),
        ])();
  const steps = [
    6,
    plant(
      'header-dump',
      'ocp-apim-subscription-key',
      'error',
      `HttpClient's Trace-level header log (RedactLoggedHeaders lists Authorization only, before .NET 9's redact-all default): ${WHY.apiKey('Ocp-Apim-Subscription-Key')}`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        const message = `Request Headers:\r\nOcp-Apim-Subscription-Key: ${key}\r\nAuthorization: *\r\nAccept: application/json\r\nx-ms-client-request-id: ${rng.uuid()}\r\n`;
        return {
          value: key,
          event: {
            records: [
              record(t, 102, 'Trace', 'System.Net.Http.HttpClient.apim.ClientHandler', message, {
                '{OriginalFormat}': 'Request Headers:\r\n{Headers}',
              }),
            ],
          },
        };
      },
    ),
    5,
    plant('negative', 'redacted', 'none', 'The same header log with the value redacted: `Authorization: *`.', ({ rng, t }) => {
      const id = rng.uuid();
      const message = `Request Headers:\r\nAuthorization: *\r\nAccept: application/json\r\nx-ms-client-request-id: ${id}\r\n`;
      return {
        value: id,
        event: {
          records: [
            record(t, 102, 'Trace', 'System.Net.Http.HttpClient.graph.ClientHandler', message, {
              '{OriginalFormat}': 'Request Headers:\r\n{Headers}',
            }),
          ],
        },
      };
    }),
    5,
    plant(
      'encoded',
      'json-u0026',
      'error',
      "System.Text.Json writes `&` as \\u0026: `\\u0026access_token=` in the hosting diagnostics' Request starting/finished records.",
      ({ rng }) => {
        const token = rng.b64url(43);
        return {
          value: token,
          event: { host: 'api.fin-b.example', path: '/v1/statements/download', query: `month=2026-04&access_token=${token}` },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'http-logging-query',
      'error',
      `ASP.NET Core's HttpLogging middleware with RequestQuery on dumps the query string (headers it does not allow are [Redacted]): ${WHY.apiKey('app_key')}`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        const message = `Request:\r\nProtocol: HTTP/1.1\r\nMethod: GET\r\nScheme: https\r\nPathBase: \r\nPath: /v1/invoices/export\r\nQueryString: ?app_key=${key}&fmt=csv\r\nAccept: */*\r\nHost: api.fin-b.example\r\nUser-Agent: python-requests/2.32.3\r\nAuthorization: [Redacted]\r\nX-Forwarded-For: [Redacted]`;
        return {
          value: key,
          event: {
            records: [
              record(t, 1, 'Information', 'Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware', message, {
                Protocol: 'HTTP/1.1',
                Method: 'GET',
                Scheme: 'https',
                PathBase: '',
                Path: '/v1/invoices/export',
                QueryString: `?app_key=${key}&fmt=csv`,
              }),
            ],
          },
        };
      },
    ),
    5,
    plant('negative', 'redacted', 'none', 'HttpLogging without RequestQuery: headers not allowed are [Redacted].', ({ rng, t }) => {
      const path = `/v1/accounts/${rng.uuid()}`;
      const message = `Request:\r\nProtocol: HTTP/1.1\r\nMethod: GET\r\nScheme: https\r\nPathBase: \r\nPath: ${path}\r\nAccept: application/json\r\nHost: api.fin-b.example\r\nCookie: [Redacted]\r\nAuthorization: [Redacted]`;
      return {
        value: '[Redacted]',
        needle: `Path: ${path}\\r\\nAccept`,
        event: {
          records: [
            record(t, 1, 'Information', 'Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware', message, {
              Protocol: 'HTTP/1.1',
              Method: 'GET',
              Scheme: 'https',
              PathBase: '',
              Path: path,
            }),
          ],
        },
      };
    }),
    6,
  ];
  return buildLog(rng, {
    start: HELD_DAY + 6 * HOUR,
    site: { host: 'api.fin-b.example', api: true },
    filler,
    render: heldoutFormats.aspnetJson,
    steps,
  });
}

const HELD_UNITS = {
  exporter: {
    name: 'ledger-export.service',
    ident: 'python3',
    pid: 2871,
    uid: 991,
    comm: 'python3',
    exe: '/usr/bin/python3.12',
    cmdline: '/usr/bin/python3 -m ledger_export --debug',
  },
  alertd: {
    name: 'alertd.service',
    ident: 'alertd',
    pid: 812,
    uid: 994,
    comm: 'alertd',
    exe: '/usr/local/bin/alertd',
    cmdline: '/usr/local/bin/alertd -c /etc/alertd.toml',
  },
  crm: {
    name: 'crm-sync.service',
    ident: 'python3',
    pid: 3310,
    uid: 996,
    comm: 'python3',
    exe: '/usr/bin/python3.12',
    cmdline: '/usr/bin/python3 /opt/crm-sync/run.py',
  },
  dav: {
    name: 'dav-mirror.service',
    ident: 'dav-mirror',
    pid: 1402,
    uid: 997,
    comm: 'dav-mirror',
    exe: '/usr/local/bin/dav-mirror',
    cmdline: '/usr/local/bin/dav-mirror --interval 300',
  },
};

function heldJournald(rng) {
  const journal = {
    seq: 0x1c0442,
    bootAt: HELD_DAY - 23 * 24 * HOUR - 7 * 60 * 1000,
    boot: '91d3e7a2c4b84f06b5e1a9c7d3f20e48',
    machine: 'f04b7c2e9a1d43e8b6c5a0d7e3f91b26',
    seqnumId: '2d7a9e4c1b8f46a3905c7e1d3b2a4f68',
  };
  const filler = (r) =>
    r.pick([
      () => ({
        unit: HELD_UNITS.exporter,
        messages: [`DEBUG:botocore.endpoint:Response received to retry, sleeping for ${(r.int(10, 90) / 100).toFixed(2)} seconds`],
      }),
      () => ({
        unit: HELD_UNITS.exporter,
        messages: [`INFO:ledger_export:uploaded part ${r.int(1, 40)} of export ${r.hex(16)} (etag "${r.hex(32)}")`],
      }),
      () => ({ unit: HELD_UNITS.alertd, messages: [`alertd: rule disk_usage evaluated on ${r.int(4, 40)} hosts in ${r.int(2, 80)}ms`] }),
      () => ({
        unit: HELD_UNITS.crm,
        messages: [`reply: 'HTTP/1.1 200 OK\\r\\n'`, `header: Content-Type: application/json`, `header: X-Request-Id: ${r.uuid()}`],
      }),
      () => ({ unit: HELD_UNITS.dav, messages: [`dav-mirror: ${r.int(0, 30)} files changed, ${r.int(0, 9)} deleted, next run in 300s`] }),
    ])();
  const render = (e, r) => heldoutFormats.journaldJson({ ...e, journal }, r);
  const steps = [
    8,
    plant(
      'header-dump',
      'x-amz-security-token',
      'note',
      'botocore at DEBUG prints each prepared request with its headers, X-Amz-Security-Token included. An STS session token is a part of temporary credentials: without the secret key it signs nothing (the SigV4 signature beside it is bound to this one request), so a reviewer notes it rather than calling it a leak.',
      ({ rng, t }) => {
        const sts = make.stsSessionToken(rng);
        const date = iso(t).replace(/[-:]/g, '').slice(0, 15) + 'Z';
        return {
          value: sts,
          event: {
            unit: HELD_UNITS.exporter,
            messages: [
              `DEBUG:botocore.endpoint:Sending http request: <AWSPreparedRequest stream_output=False, method=GET, url=https://ledger-exports-b.s3.eu-west-1.amazonaws.com/?list-type=2&prefix=2026%2F05%2F&encoding-type=url, headers={'User-Agent': b'Boto3/1.38.20 md/Botocore#1.38.20 ua/2.1 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.3 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.38.20', 'X-Amz-Date': b'${date}', 'X-Amz-Security-Token': b'${sts}', 'X-Amz-Content-SHA256': b'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'Authorization': b'AWS4-HMAC-SHA256 Credential=ASIA${rng.chars(UPPER + '234567', 16)}/${date.slice(0, 8)}/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=${rng.hex(64)}'}>`,
            ],
          },
        };
      },
    ),
    5,
    plant('webhook', 'discord', 'error', WHY.webhook("A Discord webhook URL in an alerting daemon's error"), ({ rng }) => {
      const hook = make.discordWebhook(rng);
      return {
        value: `${hook.id}/${hook.secret}`,
        needle: hook.secret,
        event: {
          unit: HELD_UNITS.alertd,
          priority: 4,
          messages: [`alertd: POST https://discord.com/api/webhooks/${hook.id}/${hook.secret} -> 429 Too Many Requests (retry in 2.1s)`],
        },
      };
    }),
    5,
    plant('webhook', 'mattermost', 'error', WHY.webhook('A Mattermost incoming-webhook URL (/hooks/<id>)'), ({ rng }) => {
      const id = make.mattermostHook(rng);
      return {
        value: id,
        event: {
          unit: HELD_UNITS.alertd,
          messages: [`alertd: delivered alert #${rng.int(1000, 9999)} to https://mm.ops-b.example/hooks/${id}`],
        },
      };
    }),
    5,
    plant(
      'header-dump',
      'set-cookie',
      'error',
      WHY.session("http.client's debug output of a response: `header: Set-Cookie: sessionid=…` (Django session, two weeks)"),
      ({ rng, t }) => {
        const id = rng.lowerNum(32);
        return {
          value: id,
          event: {
            unit: HELD_UNITS.crm,
            messages: [
              `reply: 'HTTP/1.1 200 OK\\r\\n'`,
              `header: Content-Type: text/html; charset=utf-8`,
              `header: Set-Cookie: sessionid=${id}; expires=${new Date(t + 14 * 86400000).toUTCString()}; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'authorization-basic',
      'error',
      "http.client's debug output of a request: `Authorization: Basic <base64 user:password>`, a password.",
      ({ rng }) => {
        const pair = b64Of(`svc-dav:${rng.alnum(24)}`);
        return {
          value: pair,
          event: {
            unit: HELD_UNITS.dav,
            messages: [
              `send: b'PROPFIND /remote.php/dav/files/svc-dav/ HTTP/1.1\\r\\nHost: files.ops-b.example\\r\\nAccept-Encoding: identity\\r\\nDepth: 1\\r\\nAuthorization: Basic ${pair}\\r\\n\\r\\n'`,
            ],
          },
        };
      },
    ),
    4,
    plant('negative', 'placeholder', 'none', "A placeholder left in the client's config: `Bearer YOUR_TOKEN_HERE`.", () => ({
      value: 'YOUR_TOKEN_HERE',
      event: {
        unit: HELD_UNITS.crm,
        messages: [
          `send: b'GET /api/v2/me HTTP/1.1\\r\\nHost: crm.partner-b.example\\r\\nAuthorization: Bearer YOUR_TOKEN_HERE\\r\\n\\r\\n'`,
          `reply: 'HTTP/1.1 401 Unauthorized\\r\\n'`,
        ],
      },
    })),
    8,
  ];
  return buildLog(rng, { start: HELD_DAY + 7 * HOUR, site: { host: 'batch-03' }, filler, render, steps });
}

function heldWinston(rng) {
  const filler = (r) =>
    r.pick([
      () => ({ path: '/v1/ledgers', query: `year=2026&page=${r.int(1, 5)}` }),
      () => ({ path: `/v1/ledgers/${r.uuid()}/entries` }),
      () => ({ method: 'POST', path: '/v1/entries', status: 201, headers: { 'content-type': 'application/json' } }),
      () => ({ app: { message: `reconciled ${r.int(10, 900)} entries`, batch: r.hex(16) } }),
    ])();
  const steps = [
    8,
    plant(
      'header-dump',
      'cookie-jwe',
      'error',
      'express-winston logs req.headers: a NextAuth session cookie (an encrypted JWE, five segments, the second empty) that logs the user in for 30 days.',
      ({ rng }) => {
        const jwe = `${b64urlOf(JSON.stringify({ alg: 'dir', enc: 'A256GCM' }))}..${rng.b64url(16)}.${rng.b64url(420)}.${rng.b64url(22)}`;
        return {
          value: jwe,
          event: {
            path: '/v1/me',
            headers: {
              cookie: `__Secure-next-auth.session-token=${jwe}; _ga=GA1.1.${rng.int(100000000, 999999999)}.${rng.int(1700000000, 1779000000)}`,
            },
          },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'winston-req-query',
      'error',
      `express-winston's meta.req (url, originalUrl and the parsed query): ${WHY.apiKey('apikey')}`,
      ({ rng }) => {
        const key = rng.hex(32);
        return { value: key, event: { path: '/v1/exports', query: `apikey=${key}&format=xlsx` } };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'hash-router-report',
      'error',
      'A client error report with the page URL of a hash-routed SPA: `#/auth?access_token=…` (implicit flow; 1 h bearer token).',
      ({ rng }) => {
        const token = rng.b64url(40);
        return {
          value: token,
          event: {
            app: {
              level: 'warn',
              message: 'client error',
              href: `https://app.ledger-b.example/#/auth?access_token=${token}&expires_in=3600&token_type=Bearer`,
              error: 'ChunkLoadError: Loading chunk 412 failed.',
            },
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'id_token_hint-expired',
      'note',
      'An ID token sent as id_token_hint on logout a day after it expired: a JWT already expired when logged is a note.',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 26 * 3600,
          alg: 'RS256',
          kid: rng.b64url(20),
          claims: { iss: 'https://login.ledger-b.example', aud: 'ledger-web', sub: rng.uuid(), nonce: rng.b64url(16) },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/auth/logout',
            query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fapp.ledger-b.example%2F`,
            status: 302,
          },
        };
      },
    ),
    plant('negative', 'request-id', 'none', 'Request and trace ids in an app line.', ({ rng }) => {
      const id = rng.uuid();
      return {
        value: id,
        event: {
          app: {
            level: 'warn',
            message: 'slow upstream',
            request_id: id,
            trace_id: rng.hex(32),
            upstream: 'ledger-db',
            took_ms: rng.int(900, 4000),
          },
        },
      };
    }),
    plant('negative', 'redacted', 'none', 'A redacting format replaced the header: [REDACTED].', () => ({
      value: '[REDACTED]',
      needle: '"authorization":"[REDACTED]"',
      event: { path: '/v1/admin/audit', headers: { authorization: '[REDACTED]' } },
    })),
    plant('negative', 'csrf', 'none', "An XSRF header (Angular's double-submit cookie value).", ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { method: 'POST', path: '/v1/entries', status: 201, headers: { 'x-xsrf-token': token } } };
    }),
    8,
  ];
  return buildLog(rng, {
    start: HELD_DAY + 8 * HOUR,
    site: { host: 'api.ledger-b.example', api: true },
    filler,
    render: heldoutFormats.expressWinston,
    steps,
  });
}

function heldMonolog(rng) {
  const filler = (r) =>
    r.pick([
      () => ({ path: '/', route: 'app_home' }),
      () => ({ path: `/product/${r.pick(SLUGS)}`, route: 'app_product_show' }),
      () => ({ path: '/cart', route: 'app_cart' }),
      () => ({
        message: 'Order placed',
        channel: 'app',
        context: { order: r.int(10000, 99999), total: r.int(10, 900) + 0.99 },
        path: '/checkout/confirm',
      }),
    ])();
  const steps = [
    8,
    plant(
      'framework-dump',
      'monolog-extra-url',
      'error',
      `Monolog's WebProcessor adds extra.url (the request URI with its query) to every record: ${WHY.apiKey('accessKey')}`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return { value: key, event: { path: '/feed/orders.xml', query: `accessKey=${key}`, route: 'app_feed_orders' } };
      },
    ),
    5,
    plant(
      'encoded',
      'base64-json',
      'error',
      'A base64url JSON blob (`ctx=`) in a redirect: decoded, it holds an access token (2 h).',
      ({ rng }) => {
        const token = rng.b64url(40);
        const ctx = b64urlOf(JSON.stringify({ uid: rng.int(1000, 9999), access_token: token, exp: 7200 }));
        return {
          value: token,
          needle: ctx,
          event: {
            message: 'Redirecting to SSO continuation',
            channel: 'security',
            context: { target: `/sso/continue?ctx=${ctx}` },
            path: '/login/check',
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'html-escaped-amp',
      'error',
      'A mailer log of the HTML it sent: the reset link with `&amp;` before `token=` (the token is a long-lived reset token).',
      ({ rng }) => {
        const token = rng.hex(64);
        return {
          value: token,
          event: {
            message: 'Email sent',
            channel: 'mailer',
            context: {
              to: 'j***@example.org',
              subject: 'Reset your password',
              html_excerpt: `<a href="https://shop-b.example/password/reset?email=j.doe%40example.org&amp;token=${token}">Reset password</a>`,
            },
            path: '/password/forgot',
          },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'location-in-context',
      'error',
      'An authorization server logs the redirect it answers with: `#access_token=` (implicit grant, 1 h bearer token).',
      ({ rng }) => {
        const token = rng.b64url(40);
        return {
          value: token,
          event: {
            message: 'Authorization response redirect',
            channel: 'oauth',
            context: {
              client_id: 'partner-c',
              location: `https://partner-c.example/cb#access_token=${token}&token_type=Bearer&expires_in=3600&state=${rng.b64url(16)}`,
            },
            path: '/oauth/authorize',
          },
        };
      },
    ),
    plant('negative', 'csrf', 'none', "Symfony's form CSRF token in a logged form submission.", ({ rng }) => {
      const token = rng.b64url(43);
      return {
        value: token,
        event: {
          message: 'Form submitted',
          channel: 'app',
          context: { form: 'newsletter', data: { email: 'x***@example.org', _csrf_token: token } },
          path: '/newsletter',
        },
      };
    }),
    plant('negative', 'redacted', 'none', "The app's processor masked the password: `***`.", () => ({
      value: '***',
      needle: '"password":"***"',
      event: { message: 'Login attempt', channel: 'security', context: { username: 'j.doe', password: '***' }, path: '/login' },
    })),
    8,
  ];
  return buildLog(rng, { start: HELD_DAY + 9 * HOUR, site: { host: 'shop-b.example' }, filler, render: heldoutFormats.monolog, steps });
}

function heldPhpFpm(rng) {
  const filler = (r) =>
    r.pick([
      () => ({
        child: r.int(1000, 9999),
        stderr: phpJson({ level: 'info', msg: 'cron run finished', job: 'app:sync-stock', took: r.int(100, 9000) }),
      }),
      () => ({
        child: r.int(1000, 9999),
        stderr: phpJson({ level: 'info', msg: 'image resized', src: `/var/www/uploads/${r.hex(16)}.jpg`, w: 640 }),
      }),
      () => ({ text: `WARNING: [pool www] server reached pm.max_children setting (${r.int(5, 20)}), consider raising it` }),
    ])();
  const steps = [
    { raw: { text: 'NOTICE: fpm is running, pid 1' }, after: 0 },
    { raw: { text: 'NOTICE: ready to handle connections' }, after: 0 },
    6,
    plant(
      'webhook',
      'slack-json-escaped',
      'error',
      WHY.webhook('A Slack incoming-webhook URL in a line written with json_encode() (every `/` as `\\/`)'),
      ({ rng }) => {
        const hook = make.slackWebhook(rng);
        return {
          value: `${hook.team}/${hook.channel}/${hook.secret}`,
          needle: hook.secret,
          event: {
            child: rng.int(1000, 9999),
            stderr: phpJson({
              level: 'error',
              msg: 'slack notification failed',
              webhook: `https://hooks.slack.com/services/${hook.team}/${hook.channel}/${hook.secret}`,
              http_code: 403,
            }),
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'teams-json-escaped',
      'error',
      WHY.webhook('A Teams (Office 365 connector) incoming-webhook URL written with json_encode() (`\\/`)'),
      ({ rng }) => {
        const hook = make.teamsWebhook(rng);
        return {
          value: hook.path,
          needle: hook.path.split('/').slice(2).join('\\/'),
          event: {
            child: rng.int(1000, 9999),
            stderr: phpJson({ level: 'warning', msg: 'teams notify retry', url: hook.url, attempt: 2 }),
          },
        };
      },
    ),
    4,
    plant('negative', 'placeholder', 'none', "Slack's documented placeholder webhook (T00000000/B00000000/XXXX…).", () => ({
      value: 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      needle: 'XXXXXXXXXXXXXXXXXXXXXXXX',
      event: {
        child: 4242,
        stderr: phpJson({
          level: 'error',
          msg: 'slack notification failed',
          webhook: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
          http_code: 404,
        }),
      },
    })),
    4,
  ];
  return buildLog(rng, {
    start: HELD_DAY + 9 * HOUR + 30 * 60 * 1000,
    site: { host: 'shop-b.example' },
    filler,
    render: heldoutFormats.phpFpm,
    steps,
  });
}

function heldElb(rng) {
  const steps = [
    8,
    plant('api-key-name', 'x-api-key', 'error', WHY.apiKey('x-api-key'), ({ rng }) => {
      const key = rng.b64url(40);
      return { value: key, event: { path: '/v1/positions', query: `since=1779170000&x-api-key=${key}` } };
    }),
    5,
    plant(
      'encoded',
      'bearer-percent-20-provider',
      'error',
      'An `Authorization=Bearer%20<token>` pair in the query: a Stripe live secret key (sk_live_).',
      ({ rng }) => {
        const key = make.stripeSecret(rng);
        return { value: key, event: { path: '/v1/billing/sync', query: `Authorization=Bearer%20${key}` } };
      },
    ),
    5,
    plant(
      'session-id',
      'jsessionid-path',
      'error',
      WHY.session('A Tomcat session id in the path (`;jsessionid=`), with its jvmRoute'),
      ({ rng }) => {
        const id = make.tomcatSessionId(rng);
        return { value: id, event: { path: `/app/cart;jsessionid=${id}.worker2`, query: 'add=112', ua: rng.pick(BROWSERS) } };
      },
    ),
    5,
    plant('session-id', 'cftoken', 'error', WHY.session('A ColdFusion client session (CFID and a UUID CFTOKEN) in the URL'), ({ rng }) => {
      const token = `${rng.hex(16)}-${rng.uuid().toUpperCase()}`;
      return {
        value: token,
        event: {
          path: '/index.cfm',
          query: `fuseaction=account.home&CFID=${rng.int(1000000, 9999999)}&CFTOKEN=${token}`,
          ua: rng.pick(BROWSERS),
        },
      };
    }),
    5,
    plant(
      'id-token',
      'id_token-query',
      'error',
      'An ID token (Sign in with Apple) sent to the backend in the query: it authenticates the user until it expires.',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 600,
          age: 15,
          alg: 'RS256',
          kid: rng.alnum(10),
          claims: {
            iss: 'https://appleid.apple.com',
            aud: 'example.tracker-b.ios',
            sub: `00${rng.int(1000, 9999)}.${rng.hex(32)}.${rng.int(1000, 9999)}`,
            nonce_supported: true,
            email: `${rng.lowerNum(10)}@privaterelay.appleid.com`,
            email_verified: true,
            is_private_email: true,
            auth_time: sec(t) - 15,
          },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { path: '/v1/auth/apple', query: `id_token=${token.token}`, ua: 'Tracker/3.9 CFNetwork/3826.500.111 Darwin/24.4.0' },
        };
      },
    ),
    plant('refresh-token', 'refresh_token-jwt', 'error', `${WHY.refresh} Here a JWT refresh token valid 30 days.`, ({ rng, t }) => {
      const token = jwt(rng, t, {
        lifetime: 30 * 86400,
        age: 9 * 86400,
        jti: true,
        claims: { iss: 'https://auth.tracker-b.example', sub: `dev_${rng.lowerNum(12)}`, typ: 'refresh' },
      });
      return {
        value: token.token,
        jwt: token.facts,
        event: {
          method: 'POST',
          path: '/v1/auth/token',
          query: `grant_type=refresh_token&refresh_token=${token.token}`,
          ua: 'okhttp/4.12.0',
        },
      };
    }),
    plant('negative', 'flag', 'none', '`token=false` is a flag.', () => ({
      value: 'token=false',
      event: { path: '/v1/devices', query: 'token=false&fields=id,name' },
    })),
    plant('negative', 'cursor', 'none', 'A pagination token (base64 JSON).', ({ rng }) => {
      const cursor = b64Of(JSON.stringify({ lastKey: { id: rng.uuid() } }));
      return {
        value: cursor,
        needle: encodeURIComponent(cursor),
        event: { path: '/v1/positions', query: `next_token=${encodeURIComponent(cursor)}` },
      };
    }),
    8,
  ];
  return buildLog(rng, {
    start: HELD_DAY + 10 * HOUR,
    site: { host: 'api.tracker-b.example', api: true },
    filler: ordinaryRequest,
    render: heldoutFormats.elbClassic,
    steps,
  });
}

function heldRails8(rng) {
  const steps = [
    5,
    plant(
      'oauth-code',
      'form-post-parameters',
      'warning',
      `${WHY.code} Sign in with Apple answers with response_mode=form_post: the code is in the POST body, which Rails dumps as Parameters (id_token is [FILTERED] by the token filter, code is not).`,
      ({ rng }) => {
        const code = `c${rng.hex(32)}.0.${rng.lowerNum(4)}.${rng.b64url(22)}`;
        return {
          value: code,
          event: {
            method: 'POST',
            path: '/auth/apple/callback',
            controller: 'Users::OmniauthCallbacksController#apple',
            params: { state: rng.hex(48), code, id_token: '[FILTERED]', user: '{"name":{"firstName":"Ana","lastName":"Costa"}}' },
            status: 302,
            redirect: 'https://app.tasks-b.example/',
          },
        };
      },
    ),
    4,
    plant(
      'framework-dump',
      'rails-parameters-ruby34',
      'error',
      WHY.session('Rails 8 on Ruby 3.4 dumps Parameters as `{"k" => "v"}`: a session id (`sid`, not filtered) posted by a mobile client'),
      ({ rng }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          event: {
            method: 'POST',
            path: '/api/devices',
            controller: 'Api::DevicesController#create',
            format: 'JSON',
            params: { device: { platform: 'ios', push_token: '[FILTERED]', model: 'iPhone16,2' }, sid },
            status: 201,
          },
        };
      },
    ),
    4,
    plant('negative', 'redacted', 'none', 'A sign-in form: email and password [FILTERED].', () => ({
      value: '[FILTERED]',
      needle: '"password" => "[FILTERED]"',
      event: {
        method: 'POST',
        path: '/session',
        controller: 'SessionsController#create',
        params: { email_address: '[FILTERED]', password: '[FILTERED]' },
        status: 302,
        redirect: 'https://app.tasks-b.example/',
      },
    })),
    plant('negative', 'cursor', 'none', 'A pagination cursor on the Started line and in Parameters.', ({ rng }) => {
      const cursor = rng.b64url(24);
      return {
        value: cursor,
        event: {
          path: '/api/v2/feed',
          query: `after=${cursor}`,
          controller: 'Api::V2::FeedController#index',
          format: 'JSON',
          params: { after: cursor },
        },
      };
    }),
    5,
  ];
  return buildLog(rng, {
    start: HELD_DAY + 11 * HOUR,
    site: { host: 'app.tasks-b.example' },
    filler: railsFiller,
    render: heldoutFormats.rails8,
    steps,
  });
}

function heldApigw(rng) {
  const filler = (r) =>
    r.pick([
      () => {
        const id = String(r.int(1000, 9999));
        return { path: `/v1/invites/${id}`, pathMap: [['inviteId', id]] };
      },
      () => ({ path: '/v1/teams', queryMap: [['page', String(r.int(1, 5))]] }),
    ])();
  const steps = [
    3,
    plant(
      'framework-dump',
      'apigw-path-map',
      'error',
      `API Gateway's \`{k=v}\` dump of the path parameters: ${WHY.pathSecret('an invitation token').replace(/^an/, 'An')}`,
      ({ rng }) => {
        const token = rng.b64url(32);
        return { value: token, event: { method: 'POST', path: `/v1/invites/${token}/accept`, pathMap: [['inviteToken', token]] } };
      },
    ),
    3,
    plant(
      'framework-dump',
      'apigw-query-map',
      'error',
      "API Gateway's `{k=v}` dump of the query, passed on to the endpoint: an access token (opaque, 1 h).",
      ({ rng }) => {
        const token = rng.b64url(43);
        return {
          value: token,
          event: {
            path: '/v1/teams/members',
            queryMap: [
              ['team', 'ops'],
              ['access_token', token],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, {
    start: HELD_DAY + 12 * HOUR,
    site: { host: 'k3p9w2x7bd.execute-api.eu-west-1.amazonaws.com', api: true },
    filler,
    render: heldoutFormats.apigw,
    steps,
  });
}

function heldoutFiles(rng) {
  return {
    'nginx-syslog.log': heldNginxSyslog(rng),
    'cloudfront.log': heldCloudfront(rng),
    'cloud-run.log': heldCloudRun(rng),
    'azure-frontdoor.log': heldAfd(rng),
    'heroku-router.log': heldHeroku(rng),
    'django-gunicorn.log': heldDjango(rng),
    'aspnetcore-json.log': heldAspnet(rng),
    'journald-json.log': heldJournald(rng),
    'express-winston.log': heldWinston(rng),
    'symfony-monolog.log': heldMonolog(rng),
    'php-fpm.log': heldPhpFpm(rng),
    'elb-classic.log': heldElb(rng),
    'rails8-production.log': heldRails8(rng),
    'apigw-execution.log': heldApigw(rng),
  };
}

writePart(join(here, 'dev'), devFiles(new Random('urlleak corpus/logs-in-the-wild dev')));
writePart(join(here, 'heldout'), heldoutFiles(new Random('urlleak corpus/logs-in-the-wild heldout')));
