// Writes corpus/logs-in-the-wild/heldout16/: a sixteenth held-out part, in formats no other part uses (Traefik's default
// Common Log Format access log, k6's output in CI with --http-debug=full, curl --trace-ascii with --trace-time, Rust's
// tracing-subscriber JSON formatter, logback's JsonEncoder under Spring Boot, python-json-logger, an Azure Pipelines job
// log, CodeIgniter 4's log file, `flutter run` with Dio's LogInterceptor, Gunicorn with a JSON access_log_format,
// CloudFront's standard logging v2 in JSON, API Gateway HTTP API access logs, Azure Firewall's AZFWApplicationRule
// records, Quarkus' JSON logging with the REST client's request logging), with credentials planted in the places issue
// #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout16.mjs     rewrites heldout16/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { DAYS, DIGITS, digits, iso, LOWER, lowerNum, MONTHS, pad, upperNum, ymdHms } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'PostmanRuntime/7.49.1'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 4, 6, 0, 0);

/** When each single-use ticket was first used: a replay's reason states the real gap between its two lines. */
const firstUse = {};
const gap = (name, t) => Math.round((t - firstUse[name]) / 1000);

/** The company of this part: Marévia, a Portuguese travel agency (flights, hotels, group tours), and its suppliers. */
const SITE = 'www.marevia.example';
const APP = 'app.marevia.example';
const SSO = 'sso.marevia.example';

/** `2026-12-04 06:00:01,123` (Python logging's asctime). */
const asctime = (ms) => `${ymdHms(ms)},${pad(ms % 1000, 3)}`;
/** ISO time with microseconds (the event's millisecond, then random microseconds). */
const isoMicro = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 3)}Z`;
/** ISO time with seven fractional digits (.NET's and Azure's). */
const iso7 = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 4)}Z`;
const httpDate = (ms) => {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso(ms).slice(11, 19)} GMT`;
};

/** A Python json.dumps text (`{"k": v, "l": w}`), keys in insertion order (python-json-logger). */
function pyJson(v) {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(pyJson).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${pyJson(x)}`).join(', ')}}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// traefik-access.log: Traefik v3's access log in its default format, the Common Log Format with Traefik's additions
// (`<client> - <user> [<time>] "<METHOD> <path> <protocol>" <status> <size> "<referer>" "<user agent>" <request count>
// "<router name>" "<server URL>" <duration>ms`), a Docker provider in front of the agency's web shop (Zen Cart), a
// Discourse forum, a Next.js site and an itinerary service. UTC.
// https://doc.traefik.io/traefik/observability/access-logs/#clf-common-log-format

function traefikLog(rng) {
  let count = 18230;
  const ROUTERS = {
    [SITE]: ['website@docker', 'http://172.18.0.7:3000'],
    'loja.marevia.example': ['loja@docker', 'http://172.18.0.9:80'],
    'forum.marevia.example': ['forum@docker', 'http://172.18.0.11:80'],
    [APP]: ['itinerary@docker', 'http://172.18.0.12:8080'],
    'id.marevia.example': ['login@docker', 'http://172.18.0.14:8000'],
  };
  const render = (e) => {
    count += 1 + (e.bytes % 3);
    const [router, server] = ROUTERS[e.host];
    return [`${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} ${e.proto ?? 'HTTP/2.0'}" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" ${count} "${router}" "${server}" ${e.ms}ms`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ host: SITE, path: `/${rng.pick(['pt/destinos/acores', 'pt/destinos/madeira', 'en/tours/douro-valley', 'pt/ofertas/natal-2026'])}` }),
      () => ({ host: SITE, path: `/_next/static/chunks/${rng.pick(['app/layout', 'main-app', 'webpack'])}-${rng.hex(16)}.js`, referer: `https://${SITE}/` }),
      () => ({ host: SITE, path: `/_next/image`, query: `url=%2Fimg%2F${rng.pick(['sintra', 'porto', 'lagos'])}.jpg&w=${rng.pick([640, 828, 1080])}&q=75`, referer: `https://${SITE}/` }),
      () => ({ host: 'loja.marevia.example', path: '/index.php', query: `main_page=product_info&cPath=${rng.int(1, 9)}&products_id=${rng.int(10, 300)}` }),
      () => ({ host: 'forum.marevia.example', path: `/t/${rng.pick(['dicas-para-lisboa', 'seguro-de-viagem', 'bagagem-de-mao'])}/${rng.int(100, 900)}.json`, query: `track_visit=true&forceLoad=true` }),
      () => ({ host: 'forum.marevia.example', method: 'POST', path: '/message-bus/' + rng.hex(32) + '/poll', status: 200 }),
      () => ({ host: APP, path: `/api/trips/${rng.int(200000, 299999)}`, ua: rng.pick(BROWSERS) }),
      () => ({ host: SITE, path: '/favicon.ico', bytes: 15086 }),
    ])();
  const steps = [
    8,
    plant('oauth-code', 'traefik-twitch-callback-code', 'warning', `${WHY.code} Twitch's callback to the forum's login (\`/auth/twitch/callback?code=<30 characters>&scope=user%3Aread%3Aemail&state=…\`), in Traefik's request line.`, ({ rng }) => {
      const code = lowerNum(rng, 30);
      return { value: code, event: { host: 'forum.marevia.example', path: '/auth/twitch/callback', query: `code=${code}&scope=user%3Aread%3Aemail&state=${rng.hex(32)}`, status: 302, bytes: 0 } };
    }),
    7,
    plant('negative', 'traefik-next-rsc-cache-key', 'none', "Next.js' `_rsc=<5 characters>` on a client-side navigation: a cache key of the React Server Components payload, no credential.", ({ rng }) => {
      const v = lowerNum(rng, 5);
      return { value: `_rsc=${v}`, event: { host: SITE, path: '/pt/destinos/acores', query: `_rsc=${v}`, referer: `https://${SITE}/pt/destinos`, ua: BROWSERS[0] } };
    }),
    7,
    plant('path-secret', 'traefik-discourse-invite-key', 'error', WHY.pathSecret('A Discourse invitation link (`/invites/<32 hex>`) opened by a new guide: it signs up whoever opens it until it is redeemed or expires'), ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { host: 'forum.marevia.example', path: `/invites/${key}`, ua: BROWSERS[2] } };
    }),
    7,
    plant('replay', 'claim_ticket-opaque', 'note', WHY.ticketFirst('An opaque `claim_ticket` on a voucher claim link (a gift voucher is claimed once per ticket)'), ({ rng, t }) => {
      firstUse.claim = t;
      const ticket = rng.b64url(28);
      return { value: ticket, event: { host: APP, path: '/vouchers/claim', query: `claim_ticket=${ticket}`, status: 303, bytes: 0, ua: BROWSERS[1], ip: '198.51.100.23' } };
    }, { ref: 'claim' }),
    4,
    plant('replay', 'claim_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('claim').value, why: WHY.replay('claim_ticket', gap('claim', t)) }], event: { host: APP, path: '/vouchers/claim', query: `claim_ticket=${refs.get('claim').value}`, status: 303, bytes: 0, ua: BROWSERS[3], ip: '203.0.113.190' } }), { replayOf: 'claim', after: 96 }),
    7,
    plant('embed-jwt', 'traefik-referer-embed-itinerary-jwt-1h', 'error', "A partner's page embeds a customer's itinerary (`/embed/itinerary/<JWT>`); the widget's stylesheet request carries the embed URL as its Referer", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 300, claims: { resource: { trip: rng.int(200000, 299999) }, partner: 'agencia-sol' } });
      return { value: token.token, jwt: token.facts, event: { host: APP, path: `/static/widget-${rng.hex(8)}.css`, referer: `https://${APP}/embed/itinerary/${token.token}`, ua: BROWSERS[0] } };
    }),
    7,
    plant('session-id', 'traefik-zencart-zenid', 'error', WHY.session("Zen Cart's session id in the URL (`zenid=<26 characters>`, when cookies fail) on a product link"), ({ rng }) => {
      const sid = lowerNum(rng, 26);
      return { value: sid, event: { host: 'loja.marevia.example', path: '/index.php', query: `main_page=product_info&cPath=3&products_id=${rng.int(10, 300)}&zenid=${sid}`, ua: BROWSERS[4] } };
    }),
    7,
    plant('encoded', 'traefik-triple-encoded-return-token', 'error', "A login redirect whose `return=` holds a partner URL percent-encoded three times (`https%25253A…%25253Ftoken%25253D<token>`): three decodings away from the partner's access token.", ({ rng }) => {
      const token = rng.alnum(40);
      const inner = `https://reservas.parceiro-x.example/sso/accept?token=${token}`;
      const enc = encodeURIComponent(encodeURIComponent(encodeURIComponent(inner)));
      return { value: token, event: { host: 'id.marevia.example', path: '/login', query: `return=${enc}`, ua: BROWSERS[1] } };
    }),
    7,
    plant('negative', 'traefik-cursor-base64-json', 'none', 'A search API\'s `cursor=` (base64 of `{"offset":…,"sort":…}`, it starts `eyJ`): a paging position, no credential.', ({ rng }) => {
      const cur = Buffer.from(JSON.stringify({ offset: rng.int(20, 400), sort: 'price_asc', q: 'acores' })).toString('base64url');
      return { value: cur, event: { host: APP, path: '/api/search', query: `cursor=${cur}&limit=20`, ua: BROWSERS[3] } };
    }),
    7,
  ];
  return buildLog(rng, { start: DAY0, site: { host: SITE }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// k6-smoke.log: a CI job's `k6 run --http-debug=full tests/smoke.js` (k6 v1.4): the banner, then logrus' text lines, as
// k6 writes them when its output is no terminal (`time="<RFC 3339>" level=info msg="Request:\n<dump>" group= iter=<n>
// request_id=<uuid> scenario=default source=http-debug vu=<n>`; Go's DumpRequestOut and DumpResponse with each CRLF
// turned into `\n` by k6's debug transport; console.log as `source=console`), the end-of-test summary.
// https://grafana.com/docs/k6/latest/using-k6/http-debugging/, https://grafana.com/docs/k6/latest/using-k6/k6-options/reference/#http-debug,
// https://grafana.com/docs/k6/latest/get-started/results-output/, https://github.com/grafana/k6/blob/master/lib/netext/httpext/httpdebug_transport.go

function k6Log(rng) {
  const API = 'api.marevia.example';
  const canon = (k) => k.split('-').map((p) => p[0].toUpperCase() + p.slice(1).toLowerCase()).join('-');
  const q = (s) => JSON.stringify(s);
  const time = (ms) => `${iso(ms).slice(0, 19)}Z`;
  let iter = 0;
  const render = (e, rng) => {
    if (e.banner) return e.banner;
    const vu = e.vu ?? rng.int(1, 2);
    if (e.console) return [`time="${time(e.t)}" level=${e.level ?? 'info'} msg=${q(e.console)} source=console`];
    iter += 1;
    const rid = rng.uuid();
    const body = e.body ?? '';
    const hdrs = [['Host', e.host ?? API], ['User-Agent', 'k6/1.4.2 (https://k6.io/)']];
    if (body) hdrs.push(['Content-Length', String(body.length)]);
    const extra = (e.headers ?? []).map(([k, v]) => [canon(k), v]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    hdrs.push(...extra, ['Accept-Encoding', 'gzip']);
    const dump = `${e.method} ${target(e)} HTTP/1.1\r\n${hdrs.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body}`;
    const tail = `group= iter=${iter} request_id=${rid} scenario=default source=http-debug vu=${vu}`;
    const resp = [['Content-Type', e.ctype ?? 'application/json'], ['Date', httpDate(e.t + e.ms)], ...(e.resp ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const rdump = `HTTP/1.1 ${e.status} ${{ 200: 'OK', 201: 'Created', 204: 'No Content', 302: 'Found', 401: 'Unauthorized' }[e.status]}\r\n${resp.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${e.status === 302 || e.status === 204 ? '' : e.rbody ?? `{"ok":true}`}`;
    const lf = (d) => d.replace(/\r\n/g, '\n');
    return [`time="${time(e.t)}" level=info msg=${q(`Request:\n${lf(dump)}\n`)} ${tail}`, `time="${time(e.t + e.ms)}" level=info msg=${q(`Response:\n${lf(rdump)}\n`)} ${tail}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/v2/destinations', query: `country=PT&lang=${rng.pick(['pt', 'en'])}`, rbody: `{"items":[{"id":"${rng.pick(['acores', 'madeira', 'algarve'])}","tours":${rng.int(3, 40)}}],"next":null}` }),
      () => ({ method: 'GET', path: `/v2/tours/${rng.int(1000, 1999)}/availability`, query: `month=2027-0${rng.int(1, 6)}`, rbody: `{"slots":${rng.int(0, 30)}}` }),
      () => ({ method: 'GET', path: '/healthz', rbody: '{"status":"ok"}' }),
      () => ({ console: `check ${rng.pick(['destinations', 'availability', 'quote'])}: ${rng.int(60, 400)}ms` }),
    ])();
  const banner = [
    '',
    '         /\\      Grafana   /‾‾/  ',
    '    /\\  /  \\     |\\  __   /  /   ',
    '   /  \\/    \\    | |/ /  /   ‾‾\\ ',
    '  /          \\   |   (  |  (‾)  |',
    ' / __________ \\  |_|\\_\\  \\_____/ ',
    '',
    '     execution: local',
    '        script: tests/smoke.js',
    '        output: -',
    '',
    '     scenarios: (100.00%) 1 scenario, 2 max VUs, 1m30s max duration (incl. graceful stop):',
    '              * default: 2 looping VUs for 1m0s (gracefulStop: 30s)',
    '',
  ];
  const steps = [
    { raw: { banner }, after: 0 },
    3,
    plant('header-dump', 'k6-http-debug-authorization-bearer-jwt', 'error', "The smoke test signs in as a test agent and calls the bookings API with `Authorization: Bearer <JWT>`: `--http-debug=full` writes the request dump on one timed line", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 40, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${SSO}/realms/agents`, sub: rng.uuid(), aud: 'bookings-api', azp: 'k6-smoke', scope: 'bookings:read bookings:write', agency: 'MRV-LIS-01' } });
      return { value: token.token, jwt: token.facts, event: { method: 'GET', path: '/v2/bookings', query: 'status=confirmed&limit=5', headers: [['authorization', `Bearer ${token.token}`], ['accept', 'application/json']], rbody: '{"items":[],"total":0}' } };
    }),
    3,
    plant('negative', 'k6-idempotency-key', 'none', 'A quote request\'s `Idempotency-Key: <uuid>`: a key for deduplicating retries, no credential.', ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { method: 'POST', path: '/v2/quotes', headers: [['content-type', 'application/json'], ['idempotency-key', key]], body: `{"tour":${rng.int(1000, 1999)},"pax":2,"date":"2027-03-14"}`, status: 201 } };
    }),
    3,
    plant('api-key-name', 'k6-x-rapidapi-key-header', 'error', WHY.apiKey('x-rapidapi-key') + ' The test also checks the flight-status provider, reached through RapidAPI with `X-Rapidapi-Key` in the request dump.', ({ rng }) => {
      const key = `${rng.hex(10)}msh${rng.hex(15)}p${rng.hex(6)}jsn${rng.hex(12)}`;
      return { value: key, event: { host: 'aerodatabox.p.rapidapi.com', method: 'GET', path: '/flights/number/TP1351/2027-03-14', headers: [['x-rapidapi-key', key], ['x-rapidapi-host', 'aerodatabox.p.rapidapi.com']], rbody: '[]' } };
    }),
    3,
    plant('refresh-token', 'k6-form-body-refresh_token', 'error', `${WHY.refresh} The test renews its session at the token endpoint: \`--http-debug=full\` writes the form body (\`grant_type=refresh_token&refresh_token=<opaque>\`).`, ({ rng }) => {
      const token = rng.b64url(64);
      const body = `client_id=k6-smoke&grant_type=refresh_token&refresh_token=${token}`;
      return { value: token, event: { host: SSO, method: 'POST', path: '/oauth/token', headers: [['content-type', 'application/x-www-form-urlencoded']], body, rbody: '{"access_token":"[omitted by the test]","expires_in":3600}' } };
    }),
    3,
    plant('session-id', 'k6-cookie-connect-sid', 'error', WHY.session("express-session's signed cookie (`connect.sid=s%3A<id>.<signature>`) the test got from the agents' portal, sent back in the request dump's `Cookie`"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { host: 'agentes.marevia.example', method: 'GET', path: '/dashboard', headers: [['cookie', `connect.sid=s%3A${sid}.${rng.b64url(43)}`]], ctype: 'text/html; charset=utf-8', rbody: '<!doctype html>' } };
    }),
    3,
    plant('implicit-fragment', 'k6-response-location-access_token-jwt', 'error', "The legacy agents' widget still uses the implicit flow: the response dump's `Location: …/widget/#access_token=<JWT>&token_type=Bearer…` on a timed line", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 1800, age: 0, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${SSO}/realms/agents`, sub: rng.uuid(), aud: 'agents-widget', scope: 'openid quotes' } });
      return { value: token.token, jwt: token.facts, event: { host: SSO, method: 'GET', path: '/oauth/authorize', query: `response_type=token&client_id=agents-widget&redirect_uri=https%3A%2F%2Fagentes.marevia.example%2Fwidget%2F&state=${rng.alnum(16)}`, status: 302, resp: [['Location', `https://agentes.marevia.example/widget/#access_token=${token.token}&token_type=Bearer&expires_in=1800`], ['Content-Length', '0']] } };
    }),
    3,
    plant('path-secret', 'k6-console-magic-link', 'error', WHY.pathSecret("The test reads the sign-in e-mail from a test mailbox and prints the magic link (`console.log`: `/auth/magic/<token>`)"), ({ rng }) => {
      const token = rng.b64url(48);
      return { value: token, event: { console: `magic link for qa+agent@marevia.example: https://agentes.marevia.example/auth/magic/${token}` } };
    }),
    3,
    plant('negative', 'k6-etag-if-none-match', 'none', 'A revalidation with `If-None-Match: W/"<hash>"`: an ETag, a version tag of the body, no credential.', ({ rng }) => {
      const tag = rng.hex(27);
      return { value: tag, event: { method: 'GET', path: '/v2/destinations', query: 'country=PT&lang=pt', headers: [['if-none-match', `W/"${tag}"`]], rbody: '{"items":[],"next":null}' } };
    }),
    3,
  ];
  const log = buildLog(rng, { start: DAY0 + HOUR, site: { host: API, api: true }, filler, render, steps });
  log.text += [
    '',
    '',
    '  █ TOTAL RESULTS ',
    '',
    '    checks_total.......: 58      0.96/s',
    '    checks_succeeded...: 100.00% 58 out of 58',
    '    checks_failed......: 0.00%   0 out of 58',
    '',
    '    HTTP',
    '    http_req_duration..............: avg=118.2ms min=9.41ms med=96.08ms max=612.55ms p(90)=241.7ms p(95)=310.02ms',
    '      { expected_response:true }...: avg=118.2ms min=9.41ms med=96.08ms max=612.55ms p(90)=241.7ms p(95)=310.02ms',
    '    http_req_failed................: 0.00%  0 out of 58',
    '    http_reqs......................: 58     0.96/s',
    '',
    '    EXECUTION',
    '    iteration_duration.............: avg=2.08s min=2.01s med=2.06s max=2.41s p(90)=2.17s p(95)=2.3s',
    '    iterations.....................: 29     0.48/s',
    '    vus............................: 2      min=2      max=2',
    '',
    'running (1m00.3s), 0/2 VUs, 29 complete and 0 interrupted iterations',
    'default ✓ [======================================] 2 VUs  1m0s',
    '',
  ].join('\n');
  return log;
}

// ---------------------------------------------------------------------------------------------------------------------
// curl-trace.txt: `curl --trace-ascii curl-trace.txt --trace-time …` calls of an operator's scripts appended to one file
// (curl 8.17): `HH:MM:SS.uuuuuu == Info: …` lines (local time, Lisbon is UTC in December; no date), `=> Send header, <n>
// bytes (0x<n>)`, `<= Recv header`, `=> Send data`, `<= Recv data`, then the data as `<offset>: <text>`, 64 characters a
// line (a CRLF ends a line early). HTTP/2 requests also get `[HTTP/2] [1] OPENED stream for <URL>` and one `[HTTP/2] [1]
// [<name>: <value>]` info line per header. No date on any line: every value planted here is opaque.
// https://curl.se/docs/manpage.html#--trace-ascii, https://curl.se/docs/manpage.html#--trace-time,
// https://github.com/curl/curl/blob/master/src/tool_cb_dbg.c

function curlTraceLog(rng) {
  let last = 0;
  /** `--trace-time`'s `HH:MM:SS.uuuuuu`, never going back within the file. */
  const tt = (ms) => {
    let us = ms * 1000 + rng.int(0, 999);
    if (us <= last) us = last + rng.int(40, 900);
    last = us;
    const whole = Math.floor(us / 1000);
    return `${iso(whole).slice(11, 19)}.${pad(whole % 1000, 3)}${pad(us % 1000, 3)}`;
  };
  // curl's own offsets: recomputed from the dump algorithm above.
  const dumpWithOffsets = (text) => {
    const out = [];
    const b = Buffer.from(text);
    const width = 0x40;
    for (let i = 0; i < b.length; i += width) {
      const start = i;
      let line = '';
      for (let c = 0; c < width && i + c < b.length; c++) {
        if (i + c + 1 < b.length && b[i + c] === 0x0d && b[i + c + 1] === 0x0a) {
          i += c + 2 - width;
          break;
        }
        line += b[i + c] >= 0x20 && b[i + c] < 0x80 ? String.fromCharCode(b[i + c]) : '.';
        if (i + c + 2 < b.length && b[i + c + 1] === 0x0d && b[i + c + 2] === 0x0a) {
          i += c + 3 - width;
          break;
        }
      }
      out.push(`${start.toString(16).padStart(4, '0')}: ${line}`);
    }
    return out;
  };
  const render = (e, rng) => {
    let t = e.t;
    const L = (s) => `${tt((t += rng.int(0, 3)))} ${s}`;
    const out = [];
    const ip = e.addr ?? publicIp(rng);
    const port = e.scheme === 'http' ? 80 : 443;
    out.push(L(`== Info: Host ${e.host}:${port} was resolved.`), L('== Info: IPv6: (none)'), L(`== Info: IPv4: ${ip}`), L(`== Info:   Trying ${ip}:${port}...`));
    if (e.scheme !== 'http') {
      out.push(L('== Info: ALPN: curl offers h2,http/1.1'), L('== Info: TLSv1.3 (OUT), TLS handshake, Client hello (1):'), L('== Info: TLSv1.3 (IN), TLS handshake, Server hello (2):'), L('== Info: TLSv1.3 (IN), TLS handshake, Finished (20):'), L('== Info: SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256 / x25519 / id-ecPublicKey'), L(`== Info: ALPN: server accepted ${e.h2 ? 'h2' : 'http/1.1'}`), L(`== Info: Server certificate:`), L(`== Info:  subject: CN=${e.host}`), L('== Info:  SSL certificate verify ok.'));
    }
    out.push(L(`== Info: Connected to ${e.host} (${ip}) port ${port}`));
    const proto = e.h2 ? 'HTTP/2' : 'HTTP/1.1';
    const hdrs = [['Host', e.host], ['User-Agent', 'curl/8.17.0'], ['Accept', '*/*'], ...(e.headers ?? [])];
    if (e.body) hdrs.push(['Content-Length', String(e.body.length)]);
    if (e.h2) {
      out.push(L('== Info: using HTTP/2'), L(`== Info: [HTTP/2] [1] OPENED stream for https://${e.host}${target(e)}`), L(`== Info: [HTTP/2] [1] [:method: ${e.method}]`), L('== Info: [HTTP/2] [1] [:scheme: https]'), L(`== Info: [HTTP/2] [1] [:authority: ${e.host}]`), L(`== Info: [HTTP/2] [1] [:path: ${target(e)}]`));
      for (const [k, v] of hdrs.slice(1)) out.push(L(`== Info: [HTTP/2] [1] [${k.toLowerCase()}: ${v}]`));
    }
    const head = `${e.method} ${target(e)} ${proto}\r\n${hdrs.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
    const n = Buffer.byteLength(head);
    out.push(L(`=> Send header, ${n} bytes (0x${n.toString(16)})`), ...dumpWithOffsets(head));
    if (e.body) {
      const m = Buffer.byteLength(e.body);
      out.push(L(`=> Send data, ${m} bytes (0x${m.toString(16)})`), ...dumpWithOffsets(e.body));
      out.push(L('== Info: upload completely sent off: ' + m + ' bytes'));
    } else out.push(L('== Info: Request completely sent off'));
    const status = e.h2 ? `HTTP/2 ${e.status} ` : `HTTP/1.1 ${e.status} ${{ 200: 'OK', 201: 'Created', 204: 'No Content', 303: 'See Other', 400: 'Bad Request' }[e.status]}`;
    for (const h of [status, ...(e.resp ?? [['content-type', 'application/json']]).map(([k, v]) => `${k}: ${v}`), `date: ${httpDate(t)}`, '']) {
      const line = `${h}\r\n`;
      out.push(L(`<= Recv header, ${line.length} bytes (0x${line.length.toString(16)})`), ...dumpWithOffsets(line));
    }
    const rbody = e.rbody ?? '{"ok":true}';
    if (rbody) out.push(L(`<= Recv data, ${rbody.length} bytes (0x${rbody.length.toString(16)})`), ...dumpWithOffsets(rbody));
    out.push(L(`== Info: Connection #0 to host ${e.host} left intact`));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ host: 'status.marevia.example', method: 'GET', path: '/api/v2/status.json', h2: true, rbody: `{"status":{"indicator":"none"}}` }),
      () => ({ host: 'api.marevia.example', method: 'GET', path: '/healthz', h2: true, rbody: '{"status":"ok"}' }),
    ])();
  const steps = [
    1,
    plant('header-dump', 'curl-trace-authorization-basic', 'error', "A script reads the channel manager's availability with `-u` (`Authorization: Basic <base64 of user:password>`): the trace writes the header in the request dump.", ({ rng }) => {
      const b64 = b64Of(`marevia:${rng.alnum(14)}`);
      return { value: b64, event: { host: 'cm.hotelhub-x.example', method: 'GET', path: '/v1/availability', query: 'hotel=LIS0042', headers: [['Authorization', `Basic ${b64}`]], rbody: '{"rooms":[]}' } };
    }),
    1,
    plant('negative', 'curl-trace-x-amzn-requestid', 'none', "An API's `x-amzn-requestid` response header (a uuid): a request id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { host: 'api.marevia.example', method: 'GET', path: '/v2/exchange-rates', query: 'base=EUR', h2: true, resp: [['content-type', 'application/json'], ['x-amzn-requestid', id]], rbody: '{"USD":1.08}' } };
    }),
    1,
    plant('webhook', 'curl-trace-slack-webhook-h2', 'error', WHY.webhook("A Slack incoming webhook (`hooks.slack.com/services/T…/B…/<24 characters>`) posted to over HTTP/2: curl's `OPENED stream for` and `[:path: …]` info lines and the request dump each write the path"), ({ rng }) => {
      const secret = rng.alnum(24);
      return { value: secret, event: { host: 'hooks.slack.com', method: 'POST', path: `/services/T${upperNum(rng, 8)}/B${upperNum(rng, 10)}/${secret}`, h2: true, headers: [['Content-Type', 'application/json']], body: '{"text":"Reservas: importacao concluida (412)"}', resp: [['content-type', 'text/html']], rbody: 'ok' } };
    }),
    1,
    plant('session-id', 'curl-trace-cookie-moodlesession', 'error', WHY.session("Moodle's session cookie (`MoodleSession=<26 characters>`), kept in a cookie jar by the training-report script and sent with `-b`, in the request dump's `Cookie:` line"), ({ rng }) => {
      const sid = lowerNum(rng, 26);
      return { value: sid, event: { host: 'formacao.marevia.example', scheme: 'http', addr: '10.40.2.15', method: 'GET', path: '/report/completion/index.php', query: `course=${rng.int(10, 60)}&format=csv`, headers: [['Cookie', `MoodleSession=${sid}`]], resp: [['Content-Type', 'text/csv; charset=UTF-8']], rbody: 'Nome,Curso,Concluido' } };
    }),
    1,
    plant('api-key-name', 'curl-trace-x-algolia-api-key', 'error', WHY.apiKey('X-Algolia-API-Key') + " The script reindexes the tours with the Algolia admin key (not the search-only one): the request dump's header line.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { host: `${upperNum(rng, 10)}-dsn.algolia.net`, method: 'POST', path: '/1/indexes/tours/batch', headers: [['X-Algolia-API-Key', key], ['Content-Type', 'application/json']], body: '{"requests":[]}', rbody: '{"taskID":1}' } };
    }),
    1,
    plant('negative', 'curl-trace-x-hub-signature-256', 'none', "A webhook test delivery with `X-Hub-Signature-256: sha256=<64 hex>`: an HMAC of the body, no credential.", ({ rng }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { host: 'hooks-in.marevia.example', method: 'POST', path: '/github', h2: true, headers: [['Content-Type', 'application/json'], ['X-GitHub-Event', 'ping'], ['X-Hub-Signature-256', `sha256=${sig}`]], body: '{"zen":"Keep it logically awesome."}', status: 204, rbody: '' } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'ops' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tracing.json: an axum 0.8 service (the agency's single sign-on gateway) with tracing-subscriber 0.3's JSON formatter
// (`{"timestamp":"…Z","level":"INFO","fields":{"message":…},"target":…,"span":{…},"spans":[…]}`) and tower-http's
// TraceLayer (span `request` with `method`, `uri`, `version`; `started processing request` at DEBUG and `finished
// processing request` with `latency` and `status`), reqwest errors (`error sending request for url (…)`).
// https://docs.rs/tracing-subscriber/latest/tracing_subscriber/fmt/format/struct.Json.html,
// https://docs.rs/tower-http/latest/tower_http/trace/index.html, https://docs.rs/reqwest/latest/reqwest/struct.Error.html

function tracingLog(rng) {
  const render = (e, rng) => {
    const ts = (ms) => isoMicro(ms, rng);
    if (e.msg) return [JSON.stringify({ timestamp: ts(e.t), level: e.level ?? 'INFO', fields: { message: e.msg, ...(e.fields ?? {}) }, target: e.target ?? 'sso_gateway' })];
    const span = { method: e.method, uri: target(e), version: 'HTTP/1.1', name: 'request' };
    const out = [JSON.stringify({ timestamp: ts(e.t), level: 'DEBUG', fields: { message: 'started processing request' }, target: 'tower_http::trace::on_request', span, spans: [span] })];
    if (e.inner) out.push(JSON.stringify({ timestamp: ts(e.t + 2), level: e.inner.level ?? 'WARN', fields: { message: e.inner.msg, ...(e.inner.fields ?? {}) }, target: e.inner.target ?? 'sso_gateway::notify', span, spans: [span] }));
    out.push(JSON.stringify({ timestamp: ts(e.t + e.ms), level: 'INFO', fields: { message: 'finished processing request', latency: `${e.ms} ms`, status: e.status }, target: 'tower_http::trace::on_response', span, spans: [span] }));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/.well-known/openid-configuration' }),
      () => ({ method: 'GET', path: '/oauth2/jwks' }),
      () => ({ method: 'GET', path: '/healthz' }),
      () => ({ method: 'POST', path: '/oauth2/token', ms: rng.int(20, 90) }),
      () => ({ method: 'GET', path: '/login', query: `client_id=${rng.pick(['itinerary', 'loja', 'agentes'])}` }),
      () => ({ msg: 'session store pruned', fields: { removed: rng.int(0, 40) }, target: 'sso_gateway::session' }),
    ])();
  const steps = [
    { raw: { msg: 'listening', fields: { addr: '0.0.0.0:8080' } }, after: 0 },
    plant('framework-dump', 'tracing-debug-config-database-url', 'error', "The gateway logs its configuration at start-up with Rust's `Debug` (`AppConfig { …, database_url: \"postgres://sso:<password>@…\", … }`): the database password in a field of the JSON line.", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { msg: 'configuration loaded', fields: { config: `AppConfig { listen: 0.0.0.0:8080, issuer: "https://${SSO}", database_url: "postgres://sso:${pw}@pg-1.internal:5432/sso", redis_url: "redis://redis:6379/2", session_ttl: 28800s }` } } };
    }, { after: 0 }),
    4,
    plant('oauth-code', 'tracing-okta-callback-code', 'warning', `${WHY.code} The gateway federates staff sign-in to Okta: its callback (\`/federation/okta/callback?code=<43 characters>&state=…\`) is in the span's \`uri\`, on the started and finished lines.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { method: 'GET', path: '/federation/okta/callback', query: `code=${code}&state=${rng.b64url(32)}`, status: 303 } };
    }),
    4,
    plant('negative', 'tracing-authorize-code_challenge', 'none', "An authorization request with PKCE (`code_challenge=<43 characters>&code_challenge_method=S256`, `state`, `nonce`): a hash of the verifier and flow ids, no credential.", ({ rng }) => {
      const ch = rng.b64url(43);
      return { value: ch, event: { method: 'GET', path: '/oauth2/authorize', query: `response_type=code&client_id=itinerary&redirect_uri=https%3A%2F%2F${APP}%2Fcallback&scope=openid%20profile&state=${rng.alnum(24)}&nonce=${rng.alnum(24)}&code_challenge=${ch}&code_challenge_method=S256`, status: 302 } };
    }),
    4,
    plant('id-token', 'tracing-end_session-id_token_hint', 'error', "An app signs the user out at the gateway's end-session endpoint (`/oauth2/end_session?id_token_hint=<ID token>&post_logout_redirect_uri=…`), in the span's `uri` with its time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 900, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${SSO}`, sub: rng.uuid(), aud: 'itinerary', auth_time: sec(t) - 950, sid: rng.uuid(), email: 'ines.carvalho@marevia.example' } });
      return { value: token.token, jwt: token.facts, event: { method: 'GET', path: '/oauth2/end_session', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${APP}%2F`, status: 302 } };
    }),
    4,
    plant('replay', 'stream_ticket-opaque', 'note', WHY.ticketFirst('An opaque `stream_ticket` for the live tour-guide audio feed (one connection per ticket)'), ({ rng, t }) => {
      firstUse.stream = t;
      const ticket = rng.alnum(32);
      return { value: ticket, event: { method: 'GET', path: '/live/audio', query: `stream_ticket=${ticket}`, status: 101 } };
    }, { ref: 'stream' }),
    3,
    plant('replay', 'stream_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('stream').value, why: `${WHY.replay('stream_ticket', gap('stream', t))} The gateway's warning between the two lines names the second client's address.` }], event: { method: 'GET', path: '/live/audio', query: `stream_ticket=${refs.get('stream').value}`, status: 101, inner: { msg: 'ticket reused from a new address', level: 'WARN', target: 'sso_gateway::live', fields: { remote: '192.0.2.77', first_remote: '198.51.100.140' } } } }), { replayOf: 'stream', after: 41 }),
    4,
    plant('webhook', 'tracing-reqwest-discord-webhook', 'error', WHY.webhook("A Discord webhook (`discord.com/api/webhooks/<id>/<token>`) the gateway alerts on; reqwest's error names the URL"), ({ rng }) => {
      const token = rng.b64url(68);
      return { value: token, event: { method: 'POST', path: '/admin/users/lock', status: 200, ms: rng.int(300, 900), inner: { msg: 'security alert not delivered', fields: { error: `error sending request for url (https://discord.com/api/webhooks/${digits(rng, 19)}/${token})` } } } };
    }),
    4,
    plant('encoded', 'tracing-nested-encoded-access_token', 'error', "A partner's single sign-out passes its return URL percent-encoded in `return_to=` (`…%2Fcb%3Faccess_token%3D<token>%26…`), one decoding away.", ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { method: 'GET', path: '/sso/continue', query: `return_to=${encodeURIComponent(`https://reservas.parceiro-x.example/cb?access_token=${token}&lang=pt`)}`, status: 302 } };
    }),
    4,
    plant('negative', 'tracing-wasm-asset-hash', 'none', 'A content-hashed asset (`/assets/login-<16 hex>.wasm`): a file name, no credential.', ({ rng }) => {
      const h = rng.hex(16);
      return { value: h, event: { method: 'GET', path: `/assets/login-${h}.wasm` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: SSO, api: true }, filler: (rng) => ({ status: 200, ms: rng.int(1, 40), ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// spring-json.log: a Spring Boot 3.5 booking service with logback 1.5's JsonEncoder (`{"sequenceNumber":…,"timestamp":<epoch
// ms>,"nanoseconds":…,"level":…,"threadName":…,"loggerName":…,"context":{…},"mdc": {…},"message":…,"arguments": […],
// "throwable":null}`: the raw SLF4J message with its `{}` and the arguments apart; Spring's own loggers pass whole strings),
// DispatcherServlet and RestTemplate at DEBUG (`GET "/…", parameters={masked}`, `HTTP GET <url>`, `Writing [<body>] as
// "<type>"` cut at 100 characters), Spring Security's `Redirecting to …`, application lines.
// https://logback.qos.ch/manual/encoders.html#JsonEncoder, https://github.com/qos-ch/logback/blob/master/logback-classic/src/main/java/ch/qos/logback/classic/encoder/JsonEncoder.java,
// https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-servlet/logging.html,
// https://github.com/spring-projects/spring-framework/blob/main/spring-core/src/main/java/org/springframework/core/log/LogFormatUtils.java

function springJsonLog(rng) {
  let seq = 0;
  const BIRTH = DAY0 + 4 * HOUR - 61234;
  const cut = (s) => (s.length > 100 ? `${s.slice(0, 100)} (truncated)...` : s);
  /** One event; `args` when the caller logged through SLF4J with `{}` (the encoder writes the raw message and the arguments). */
  const rec = (t, level, thread, logger, message, mdc = {}, args) => {
    const ns = (t % 1000) * 1000000 + rng.int(0, 999999);
    const argText = args ? `,"arguments": [${args.map((a) => JSON.stringify(String(a))).join(',')}]` : '';
    return `{"sequenceNumber":${seq++},"timestamp":${t},"nanoseconds":${ns},"level":"${level}","threadName":"${thread}","loggerName":"${logger}","context":{"name":"default","birthdate":${BIRTH},"properties":{}},"mdc": {${Object.entries(mdc).map(([k, v]) => `"${k}":"${v}"`).join(',')}},"message":${JSON.stringify(message)}${argText},"throwable":null}`;
  };
  const render = (e, rng) => {
    const th = `http-nio-8080-exec-${rng.int(1, 10)}`;
    const mdc = e.mdc ?? { traceId: rng.hex(32), spanId: rng.hex(16) };
    if (e.msg) return [rec(e.t, e.level ?? 'INFO', e.thread ?? th, e.logger, e.msg, e.mdc ?? {}, e.args)];
    const out = [rec(e.t, 'DEBUG', th, 'org.springframework.web.servlet.DispatcherServlet', `${e.method} "${target(e)}", parameters={${e.query ? 'masked' : ''}}`, mdc)];
    for (const [lvl, logger, m, args] of e.inner ?? []) out.push(rec(e.t + rng.int(1, 30), lvl, th, logger, m, mdc, args));
    out.push(rec(e.t + e.ms, 'DEBUG', th, 'org.springframework.web.servlet.DispatcherServlet', `Completed ${e.status} ${{ 200: 'OK', 201: 'CREATED', 302: 'FOUND', 502: 'BAD_GATEWAY' }[e.status]}`, mdc));
    return out;
  };
  const RT = 'org.springframework.web.client.RestTemplate';
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/bookings', query: `page=${rng.int(0, 5)}&size=20` }),
      () => ({ method: 'GET', path: `/api/bookings/${rng.int(400000, 499999)}` }),
      () => ({ method: 'POST', path: '/api/bookings', status: 201, inner: [['DEBUG', RT, `HTTP POST https://pay.sibs-x.example/api/v2/payments`], ['DEBUG', RT, 'Response 201 CREATED']] }),
      () => {
        const active = rng.int(0, 4);
        return { msg: '{} - {}stats (total={}, active={}, idle={}, waiting={})', args: ['HikariPool-1', 'Pool ', 10, active, 10 - active, 0], logger: 'com.zaxxer.hikari.pool.HikariPool', level: 'DEBUG', thread: 'HikariPool-1 housekeeper' };
      },
      () => ({ msg: 'Sent reminder for booking {}', args: [rng.int(400000, 499999)], logger: 'pt.marevia.booking.ReminderJob', thread: 'scheduling-1' }),
    ])();
  const steps = [
    { raw: { msg: 'Starting BookingApplication v4.12.0 using Java 21.0.9 with PID 1 (/app/booking.jar started by app in /app)', logger: 'pt.marevia.booking.BookingApplication', thread: 'main' }, after: 0 },
    plant('framework-dump', 'spring-json-lombok-properties-tostring', 'error', "The application logs its payment settings at start-up, a Lombok `@Data` class's `toString()` (`PaymentProperties(baseUrl=…, merchantId=…, secretKey=…)`): the gateway's secret key on the line.", ({ rng }) => {
      const key = `sk_live_${rng.alnum(32)}`;
      return { value: key, event: { msg: 'Loaded {}', args: [`PaymentProperties(baseUrl=https://pay.sibs-x.example/api/v2, merchantId=MRV${digits(rng, 6)}, secretKey=${key}, timeout=PT10S)`], logger: 'pt.marevia.booking.config.PaymentConfig', thread: 'main' } };
    }, { after: 3 }),
    { raw: { msg: 'Tomcat started on port 8080 (http) with context path \'/\'', logger: 'org.springframework.boot.web.embedded.tomcat.TomcatWebServer', thread: 'main' }, after: 2 },
    4,
    plant('negative', 'spring-json-parameters-masked-cursor', 'none', "DispatcherServlet writes `parameters={masked}` (request details off); the cursor in the path's query is base64 of a paging position, no credential.", ({ rng }) => {
      const cur = Buffer.from(JSON.stringify({ after: rng.int(400000, 499999), dir: 'next' })).toString('base64url');
      return { value: cur, event: { method: 'GET', path: '/api/bookings', query: `cursor=${cur}` } };
    }),
    4,
    plant('api-key-name', 'spring-json-resttemplate-servicekey', 'error', WHY.apiKey('serviceKey') + ' RestTemplate at DEBUG writes the URL of a call to a public-data portal (holiday calendar) with `serviceKey=`.', ({ rng }) => {
      const key = rng.hex(64);
      return { value: key, event: { method: 'GET', path: '/api/calendar/holidays', query: 'country=KR&year=2027', inner: [['DEBUG', RT, `HTTP GET https://apis.data.go.kr/B090041/openapi/service/SpcdeInfoService/getRestDeInfo?serviceKey=${key}&solYear=2027&_type=json`], ['DEBUG', RT, 'Accept=[application/json, application/*+json]'], ['DEBUG', RT, 'Response 200 OK']] } };
    }),
    4,
    plant('refresh-token', 'spring-json-resttemplate-writing-form-refresh_token', 'error', `${WHY.refresh} RestTemplate's \`Writing [{grant_type=[refresh_token], refresh_token=[…], …}] as "application/x-www-form-urlencoded"\` keeps the token in its first 100 characters.`, ({ rng }) => {
      const token = rng.b64url(44);
      return { value: token, event: { method: 'GET', path: '/api/suppliers/sync', inner: [['DEBUG', RT, 'HTTP POST https://login.gds-x.example/oauth2/token'], ['DEBUG', RT, `Writing [${cut(`{grant_type=[refresh_token], refresh_token=[${token}], client_id=[marevia-booking]}`)}] as "application/x-www-form-urlencoded"`], ['DEBUG', RT, 'Response 200 OK']] } };
    }),
    4,
    plant('implicit-fragment', 'spring-json-security-redirecting-access_token', 'error', "Spring Security's `DefaultRedirectStrategy` at DEBUG writes `Redirecting to …/#access_token=<JWT>&token_type=bearer…`: a legacy kiosk login that still hands the token in the fragment", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 7200, age: 0, alg: 'HS512', claims: { sub: `kiosk-${rng.int(10, 99)}`, scope: 'bookings:read', iss: 'booking-service' } });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/kiosk/login', status: 302, inner: [['DEBUG', 'org.springframework.security.web.DefaultRedirectStrategy', `Redirecting to https://quiosque.marevia.example/#access_token=${token.token}&token_type=bearer&expires_in=7200`]] } };
    }),
    4,
    plant('header-dump', 'spring-json-httpheaders-tostring-bearer', 'error', "A supplier call's error handler logs the request's `HttpHeaders` (`[Accept:\"application/json\", Authorization:\"Bearer <JWT>\"]`)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1200, alg: 'RS256', kid: rng.hex(8), claims: { iss: 'https://login.gds-x.example', sub: 'marevia-booking', aud: 'gds-api', scope: 'fares availability' } });
      return { value: token.token, jwt: token.facts, event: { method: 'GET', path: '/api/fares', query: 'from=LIS&to=PDL&date=2027-03-14', status: 502, inner: [['WARN', 'pt.marevia.booking.gds.GdsClient', 'GDS call failed: {}, request headers {}', ['503 Service Unavailable', `[Accept:"application/json", Authorization:"Bearer ${token.token}", X-Agency:"MRV-LIS-01"]`]]] } };
    }),
    4,
    plant('webhook', 'spring-json-resttemplate-zapier-catch-hook', 'error', WHY.webhook('A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<key>/`) that new group bookings are posted to; RestTemplate writes the URL'), ({ rng }) => {
      const id = digits(rng, 8);
      const key = lowerNum(rng, 7);
      return { value: key, needle: `${id}/${key}`, event: { method: 'POST', path: '/api/groups', status: 201, inner: [['DEBUG', RT, `HTTP POST https://hooks.zapier.com/hooks/catch/${id}/${key}/`], ['DEBUG', RT, 'Response 200 OK']] } };
    }),
    4,
    plant('negative', 'spring-json-mdc-traceid', 'none', 'Micrometer Tracing\'s `traceId` and `spanId` in the MDC: trace ids, no credential.', ({ rng }) => {
      const tid = rng.hex(32);
      return { value: tid, event: { msg: 'Booking {} confirmed', args: [rng.int(400000, 499999)], logger: 'pt.marevia.booking.BookingService', mdc: { traceId: tid, spanId: rng.hex(16) } } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'booking' }, filler: (rng) => ({ status: 200, ms: rng.int(3, 200), ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// app.json.log: a FastAPI service (group tours) whose Python logging goes through python-json-logger 3's JsonFormatter
// (`'%(asctime)s %(levelname)s %(name)s %(message)s'`: `{"asctime": "2026-12-04 10:00:00,123", "levelname": …, "name":
// …, "message": …}` with `json.dumps` separators, `extra` fields after them): uvicorn.access, httpx's `HTTP Request:` lines,
// application records. UTC.
// https://nhairs.github.io/python-json-logger/latest/quickstart/, https://www.uvicorn.org/settings/#logging,
// https://www.python-httpx.org/logging/

function pyJsonLog(rng) {
  const render = (e, rng) => {
    const base = (t, level, name, message, extra = {}) => pyJson({ asctime: asctime(t), levelname: level, name, message, ...extra });
    if (e.msg) return [base(e.t, e.level ?? 'INFO', e.logger ?? 'grupos.app', e.msg, e.extra)];
    const out = [];
    for (const x of e.out ?? []) out.push(base(e.t + 5, 'INFO', 'httpx', `HTTP Request: ${x.method} ${x.url} "HTTP/1.1 ${x.status}"`));
    for (const m of e.app ?? []) out.push(base(e.t + 8, m.level ?? 'INFO', m.logger ?? 'grupos.app', m.msg, m.extra));
    out.push(base(e.t + e.ms, 'INFO', 'uvicorn.access', `${e.ip}:${e.port} - "${e.method} ${target(e)} HTTP/1.1" ${e.status}`));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/groups', query: `season=${rng.pick(['inverno', 'primavera'])}-2027` }),
      () => ({ method: 'GET', path: `/api/groups/${rng.int(100, 999)}/participants` }),
      () => ({ method: 'GET', path: '/health' }),
      () => ({ method: 'POST', path: `/api/groups/${rng.int(100, 999)}/payments`, status: 201, out: [{ method: 'POST', url: 'https://api.stripe-x.example/v1/payment_intents', status: '200 OK' }] }),
      () => ({ msg: `Sent ${rng.int(1, 30)} reminder e-mails`, logger: 'grupos.jobs' }),
    ])();
  const steps = [
    { raw: { msg: 'Started server process [1]', logger: 'uvicorn.error' }, after: 0 },
    { raw: { msg: 'Application startup complete.', logger: 'uvicorn.error' }, after: 1 },
    plant('framework-dump', 'pyjson-pydantic-settings-repr', 'error', "The app logs its pydantic-settings object at start-up (`Settings(… database_url='postgresql+asyncpg://grupos:<password>@…', smtp_password=SecretStr('**********') …)`): `SecretStr` masks one field, the URL keeps the database password.", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { msg: `settings: Settings(app_name='grupos', database_url='postgresql+asyncpg://grupos:${pw}@pg-2.internal:5432/grupos', redis_url='redis://redis:6379/1', smtp_host='smtp.marevia.example', smtp_password=SecretStr('**********'), debug=False)`, logger: 'grupos.config' } };
    }, { after: 1 }),
    5,
    plant('oauth-code', 'pyjson-uvicorn-github-callback-code', 'warning', `${WHY.code} GitHub's callback for the guides' sign-in (\`/auth/github/callback?code=<20 hex>&state=…\`) in uvicorn's access message.`, ({ rng }) => {
      const code = rng.hex(20);
      return { value: code, event: { method: 'GET', path: '/auth/github/callback', query: `code=${code}&state=${rng.b64url(30)}`, status: 307 } };
    }),
    5,
    plant('negative', 'pyjson-httpx-headers-secure', 'none', "The app logs an outgoing request's headers, httpx's `Headers` repr, which writes `'authorization': '[secure]'`: masked, no value.", ({ rng }) => {
      const rid = rng.uuid();
      return { value: rid, event: { msg: `supplier request headers: Headers({'host': 'api.hotelhub-x.example', 'accept': 'application/json', 'authorization': '[secure]', 'x-request-id': '${rid}'})`, logger: 'grupos.suppliers', level: 'DEBUG' } };
    }),
    5,
    plant('path-secret', 'pyjson-password-reset-link-extra', 'error', WHY.pathSecret('The password reset link the app mails (`/reset-password?token=<token>`), logged as an `extra` field of the mail record'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { msg: 'password reset mail queued', logger: 'grupos.auth', extra: { user_id: rng.int(1000, 9999), link: `https://grupos.marevia.example/reset-password?token=${token}` } } };
    }),
    5,
    plant('webhook', 'pyjson-httpx-google-chat-webhook', 'error', WHY.webhook("A Google Chat space webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=<token>`): httpx's request line writes the whole URL"), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { method: 'POST', path: `/api/groups/${rng.int(100, 999)}/close`, out: [{ method: 'POST', url: `https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${token}`, status: '200 OK' }] } };
    }),
    5,
    plant('id-token', 'pyjson-uvicorn-logout-id_token_hint-expired', 'note', "The app's logout route receives `id_token_hint=<ID token>` from a tab left open: the ID token (valid 10 minutes) had expired two hours before", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 2 * 3600 + 900, alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://${SSO}`, sub: rng.uuid(), aud: 'grupos', email: 'rui.tavares@marevia.example' } });
      return { value: token.token, jwt: token.facts, event: { method: 'GET', path: '/logout', query: `id_token_hint=${token.token}`, status: 307 } };
    }),
    5,
    plant('negative', 'pyjson-sentry-trace-header', 'none', "A `sentry-trace: <32 hex>-<16 hex>-1` value the app logs with a slow request: a trace id, no credential.", ({ rng }) => {
      const tr = rng.hex(32);
      return { value: tr, event: { msg: 'slow request', logger: 'grupos.middleware', level: 'WARNING', extra: { path: '/api/groups', duration_ms: rng.int(1500, 4000), sentry_trace: `${tr}-${rng.hex(16)}-1` } } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'grupos' }, filler: (rng) => ({ status: 200, ms: rng.int(3, 300), ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// azure-pipelines.log: an Azure Pipelines job's raw log (each line `<ISO time with 7 digits>Z `, `##[section]Starting:`,
// the task header block, `##[command]`, `========================== Starting Command Output ===========================`,
// secret variables as `***`, a macro of an undefined variable left as `$(Name)`), Bash steps with `set -x` and curl -v.
// https://learn.microsoft.com/en-us/azure/devops/pipelines/troubleshooting/review-logs,
// https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables#macro-syntax-variables,
// https://learn.microsoft.com/en-us/azure/devops/pipelines/scripts/logging-commands

function pipelinesLog(rng) {
  let last = 0;
  /** The agent's clock in 100 ns ticks, never going back. */
  const stamp = (ms) => {
    let ticks = ms * 10000 + rng.int(0, 9999);
    if (ticks <= last) ticks = last + rng.int(300, 90000);
    last = ticks;
    const whole = Math.floor(ticks / 10000);
    return `${iso(whole).slice(0, 23)}${pad(ticks % 10000, 4)}Z`;
  };
  const render = (e, rng) => {
    let t = e.t;
    return e.lines.map((l) => `${stamp((t += rng.int(0, 40)))} ${l}`);
  };
  const task = (name) => [
    `##[section]Starting: ${name}`,
    '==============================================================================',
    'Task         : Bash',
    'Description  : Run a Bash script on macOS, Linux, or Windows',
    'Version      : 3.259.0',
    'Author       : Microsoft Corporation',
    'Help         : https://docs.microsoft.com/azure/devops/pipelines/tasks/utility/bash',
    '==============================================================================',
    'Generating script.',
    '========================== Starting Command Output ===========================',
    `[command]/usr/bin/bash /home/vsts/work/_temp/${rng.uuid()}.sh`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [`+ dotnet build src/Marevia.Reservas.sln -c Release --no-restore`, `  Marevia.Reservas.Domain -> /home/vsts/work/1/s/src/Marevia.Reservas.Domain/bin/Release/net9.0/Marevia.Reservas.Domain.dll`] }),
      () => ({ lines: [`  Passed!  - Failed:     0, Passed:   ${rng.int(100, 400)}, Skipped:     2, Total:   ${rng.int(400, 420)}, Duration: ${rng.int(4, 40)} s - Marevia.Reservas.Tests.dll (net9.0)`] }),
      () => ({ lines: [`Uploading ${rng.int(3, 40)} files`, `File upload succeed.`] }),
    ])();
  const steps = [
    { raw: { lines: ['##[section]Starting: Initialize job', 'Agent name: \'Azure Pipelines 3\'', 'Agent machine name: \'runnervm' + lowerNum(rng, 6) + '\'', 'Current agent version: \'4.264.2\'', 'Operating System', 'Ubuntu', '24.04.3', 'LTS', 'Runner Image', 'Image: ubuntu-24.04', 'Version: 20261130.1.0', '##[section]Finishing: Initialize job', '##[section]Starting: Checkout marevia/reservas@main to s', 'Syncing repository: reservas (Git)', '##[command]git version', 'git version 2.52.0', '##[command]git -c http.extraheader="AUTHORIZATION: bearer ***" fetch --force --tags --prune --prune-tags --progress --no-recurse-submodules origin --depth=1 +refs/heads/main:refs/remotes/origin/main', '##[section]Finishing: Checkout marevia/reservas@main to s'] }, after: 0 },
    plant('negative', 'pipelines-undefined-macro-nuget-key', 'none', "A macro of a variable that is not defined in the run (`$(NuGetApiKey)`, the variable group was not linked) stays as literal text: a placeholder, no value.", () => ({ value: '$(NuGetApiKey)', event: { lines: [...task('Publish packages (dry run)'), '+ echo \'would push with --api-key $(NuGetApiKey)\'', 'would push with --api-key $(NuGetApiKey)', '##[section]Finishing: Publish packages (dry run)'] } }), { after: 2 }),
    2,
    plant('encoded', 'pipelines-set-x-extraheader-basic-base64-pat', 'error', "A script clones a second repository with `git -c http.extraheader='AUTHORIZATION: Basic <base64 of :<PAT>>'`: `set -x` writes the base64 (the PAT came from a plain variable, so nothing is masked), one decoding away.", ({ rng }) => {
      const pat = rng.chars(LOWER + '234567', 52);
      const b64 = b64Of(`:${pat}`);
      return { value: pat, needle: b64, event: { lines: [...task('Fetch shared templates'), `+ git -c 'http.extraheader=AUTHORIZATION: Basic ${b64}' clone --depth 1 https://dev.azure.com/marevia/plataforma/_git/templates`, 'Cloning into \'templates\'...', '##[section]Finishing: Fetch shared templates'] } };
    }),
    2,
    plant('header-dump', 'pipelines-curl-v-private-token-glpat', 'error', "A step reads a release from a GitLab mirror with `curl -v`: the `> PRIVATE-TOKEN: glpat-…` request line (a plain variable, not masked).", ({ rng }) => {
      const token = `glpat-${rng.b64url(20)}`;
      return { value: token, event: { lines: [...task('Download mapping rules'), `+ curl -v -f -o rules.json -H 'PRIVATE-TOKEN: ${token}' 'https://gitlab.parceiro-x.example/api/v4/projects/812/repository/files/rules.json/raw?ref=main'`, '* Connected to gitlab.parceiro-x.example (203.0.113.51) port 443', '> GET /api/v4/projects/812/repository/files/rules.json/raw?ref=main HTTP/2', '> Host: gitlab.parceiro-x.example', '> User-Agent: curl/8.5.0', '> Accept: */*', `> PRIVATE-TOKEN: ${token}`, '> ', '< HTTP/2 200 ', '< content-type: text/plain; charset=utf-8', '##[section]Finishing: Download mapping rules'] } };
    }),
    2,
    plant('replay', 'download_ticket-curl-v-one-request', 'note', WHY.ticketFirst("An opaque `download_ticket` for the supplier's rate file (one download per ticket): `set -x` writes the curl command and curl -v the request line, one request written twice, no replay"), ({ rng }) => {
      const ticket = rng.b64url(30);
      return { value: ticket, event: { lines: [...task('Download supplier rates'), `+ curl -v -f -o rates.csv 'https://extranet.hotelhub-x.example/dl?download_ticket=${ticket}'`, '* Connected to extranet.hotelhub-x.example (198.51.100.61) port 443', `> GET /dl?download_ticket=${ticket} HTTP/2`, '> Host: extranet.hotelhub-x.example', '< HTTP/2 200 ', '##[section]Finishing: Download supplier rates'] } };
    }),
    2,
    plant('api-key-name', 'pipelines-set-x-nuget-push-api-key', 'error', WHY.apiKey('--api-key') + " A NuGet.org API key (`oy2…`) passed to `dotnet nuget push` from a plain variable: `set -x` writes the command line.", ({ rng }) => {
      const key = `oy2${rng.chars(LOWER + DIGITS, 43)}`;
      return { value: key, event: { lines: [...task('Publish packages'), `+ dotnet nuget push 'artifacts/*.nupkg' --api-key ${key} --source https://api.nuget.org/v3/index.json --skip-duplicate`, 'Pushing Marevia.Reservas.Client.4.12.0.nupkg to \'https://www.nuget.org/api/v2/package\'...', '  Created https://www.nuget.org/api/v2/package/ 1834ms', '##[section]Finishing: Publish packages'] } };
    }),
    2,
    plant('negative', 'pipelines-masked-secret', 'none', 'A secret variable used in a header: Azure Pipelines writes it `***` in the `set -x` line (masked, no value).', ({ rng }) => {
      const rid = rng.uuid();
      return { value: rid, event: { lines: [...task('Notify deployment API'), `+ curl -sS -X POST -H 'Authorization: Bearer ***' -H 'X-Request-Id: ${rid}' https://deploy.marevia.example/api/releases`, '{"status":"queued"}', '##[section]Finishing: Notify deployment API'] } };
    }),
    2,
    plant('webhook', 'pipelines-teams-workflows-webhook-sig', 'error', WHY.webhook("A Teams channel's Workflows webhook (`…logic.azure.com:443/workflows/<id>/triggers/manual/paths/invoke?api-version=…&sp=…&sv=1.0&sig=<signature>`): `set -x` writes the curl command with the URL"), ({ rng }) => {
      const sig = rng.b64url(43);
      return { value: sig, event: { lines: [...task('Notify Teams'), `+ curl -sS -H 'Content-Type: application/json' -d @card.json 'https://prod-${rng.int(10, 99)}.westeurope.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}'`, '##[section]Finishing: Notify Teams'] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'ado' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log-2026-12-04.log: CodeIgniter 4.6's file log (`writable/logs/log-<Y-m-d>.log`, `<LEVEL> - <Y-m-d H:i:s> --> <message>`,
// a message's further lines untimed; exceptions as `<class>: <message>`, `[Method: <M>, Route: <route>]`, `in <file> on
// line <n>.`, then the numbered trace), an agents' extranet; `log_message()` lines of the application. UTC.
// https://codeigniter.com/user_guide/general/logging.html, https://codeigniter.com/user_guide/general/errors.html,
// https://codeigniter.com/user_guide/libraries/security.html#config-for-csrf

function codeigniterLog(rng) {
  const render = (e) => {
    const lines = e.msg.split('\n');
    lines[0] = `${e.level ?? 'INFO'} - ${ymdHms(e.t)} --> ${lines[0]}`;
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `Agent ${rng.int(100, 400)} signed in`, level: 'INFO' }),
      () => ({ msg: `Quote Q-2026-${rng.int(10000, 99999)} sent to agency MRV-${rng.pick(['LIS', 'OPO', 'FAO'])}-0${rng.int(1, 9)}`, level: 'INFO' }),
      () => ({ msg: `Session: Class initialized using 'CodeIgniter\\Session\\Handlers\\FileHandler' driver.`, level: 'DEBUG' }),
      () => ({ msg: `Rates cache miss for ${rng.pick(['LIS', 'OPO'])}-${rng.pick(['MAD', 'PDL', 'FNC'])}`, level: 'DEBUG' }),
    ])();
  const steps = [
    6,
    plant('path-secret', 'codeigniter-exception-route-reset-password', 'error', WHY.pathSecret("An agent's password reset link (`reset-password/<token>`) fails in the controller: CodeIgniter's exception log writes the route, and the trace the controller call with the token"), ({ rng }) => {
      const token = rng.hex(40);
      return { value: token, event: { level: 'CRITICAL', msg: `ErrorException: Undefined array key "email"\n[Method: GET, Route: reset-password/${token}]\nin APPPATH/Controllers/Auth.php on line 142.\n 1 APPPATH/Controllers/Auth.php(142): CodeIgniter\\Debug\\Exceptions->errorHandler(2, 'Undefined array key "email"', '/var/www/extranet/app/Controllers/Auth.php', 142)\n 2 SYSTEMPATH/CodeIgniter.php(933): App\\Controllers\\Auth->resetPassword('${token}')\n 3 SYSTEMPATH/CodeIgniter.php(507): CodeIgniter\\CodeIgniter->runController(Object(App\\Controllers\\Auth))\n 4 SYSTEMPATH/CodeIgniter.php(354): CodeIgniter\\CodeIgniter->handleRequest(null, Object(Config\\Cache), false)\n 5 SYSTEMPATH/Boot.php(363): CodeIgniter\\CodeIgniter->run()\n 6 FCPATH/index.php(59): CodeIgniter\\Boot::bootWeb(Object(Config\\Paths))` } };
    }),
    6,
    plant('framework-dump', 'codeigniter-print_r-post-password', 'error', "A debugging `log_message('debug', 'Login attempt: ' . print_r($this->request->getPost(), true))`: `print_r` writes one field a line, the password on its own.", ({ rng }) => {
      const pw = `${rng.alnum(11)}!${digits(rng, 2)}`;
      const csrf = rng.hex(32);
      return {
        marks: [
          { value: pw },
          { value: csrf, category: 'negative', kind: 'codeigniter-print_r-csrf_test_name', expect: 'none', why: "CodeIgniter's CSRF field (`csrf_test_name`, 32 hex) on its own line of the same dump: a form token bound to the session, no credential." },
        ],
        event: { level: 'DEBUG', msg: `Login attempt: Array\n(\n    [email] => agencia.sol@parceiro-x.example\n    [password] => ${pw}\n    [csrf_test_name] => ${csrf}\n)\n` },
      };
    }),
    6,
    plant('api-key-name', 'codeigniter-log-message-api_token', 'error', WHY.apiKey('api_token') + " The extranet logs the rate provider's URL before calling it (`?api_token=`).", ({ rng }) => {
      const key = rng.alnum(60);
      return { value: key, event: { level: 'INFO', msg: `Fetching rates: https://api.ratesource-x.example/v1/rates?from=LIS&to=PDL&api_token=${key}` } };
    }),
    6,
    plant('webhook', 'codeigniter-rocketchat-webhook', 'error', WHY.webhook('A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) for the sales channel; the failure is logged with the URL'), ({ rng }) => {
      const token = rng.alnum(48);
      return { value: token, event: { level: 'ERROR', msg: `Notify failed: POST https://chat.marevia.example/hooks/${rng.alnum(17)}/${token} returned 404` } };
    }),
    6,
    plant('header-dump', 'codeigniter-json-headers-bearer', 'error', "A `log_message('debug', 'Headers: ' . json_encode(getallheaders()))` while debugging the agents' API: the `Authorization: Bearer <token>` header in the JSON (`/` as `\\/`).", ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { level: 'DEBUG', msg: `Headers: {"Host":"extranet.marevia.example","User-Agent":"okhttp\\/5.3.0","Accept":"application\\/json","Authorization":"Bearer ${token}","X-Forwarded-For":"${publicIp(rng)}"}` } };
    }),
    6,
    plant('negative', 'codeigniter-cache-key-md5', 'none', 'A cache key with an MD5 of the search parameters (`rates_<32 hex>`): a hash, no credential.', ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { level: 'DEBUG', msg: `Cache hit: rates_${h}` } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'extranet' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// flutter-run.log: `flutter run` of the agency's mobile app on an iOS simulator (Flutter 3.38): the tool's banner and key
// commands, then the app's output as `flutter: <line>`: Dio 5's LogInterceptor (`*** Request ***`, `uri:`, `method:`,
// the options, `headers:` with ` <name>: <value>` lines, `data:` with the request body, `*** Response ***`), app prints.
// No time on any line: every value planted here is opaque.
// https://docs.flutter.dev/testing/code-debugging#logging, https://pub.dev/documentation/dio/latest/dio/LogInterceptor-class.html,
// https://github.com/cfug/dio/blob/main/dio/lib/src/interceptors/log.dart

function flutterLog(rng) {
  const API = 'https://api.marevia.example';
  const render = (e) => {
    if (e.raw) return e.raw;
    if (e.print) return e.print.map((l) => `flutter: ${l}`);
    const uri = `${API}${target(e)}`;
    const out = ['*** Request ***', `uri: ${uri}`, `method: ${e.method}`, 'responseType: ResponseType.json', 'followRedirects: true', 'persistentConnection: true', 'connectTimeout: 0:00:10.000000', 'sendTimeout: null', 'receiveTimeout: 0:00:20.000000', 'receiveDataWhenStatusError: true', 'extra: {}', 'headers:', ...(e.headers ?? []).map(([k, v]) => ` ${k}: ${v}`), ' content-type: application/json', 'data:', e.data ?? 'null', '', '*** Response ***', `uri: ${uri}`, `statusCode: ${e.status}`, 'headers:', ...(e.resp ?? [[' content-type', 'application/json; charset=utf-8']]).map(([k, v]) => `${k}: ${v}`), ` date: ${httpDate(e.t)}`, ''];
    return out.map((l) => `flutter: ${l}`);
  };
  const AUTHZ = () => [['x-app-version', '5.4.0+212'], ['accept-language', 'pt-PT']];
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/v2/trips', query: 'upcoming=true', headers: AUTHZ() }),
      () => ({ method: 'GET', path: `/v2/trips/${rng.int(200000, 299999)}/documents`, headers: AUTHZ() }),
      () => ({ print: [`[router] push /${rng.pick(['trips', 'trip/details', 'documents', 'profile'])}`] }),
    ])();
  const steps = [
    { raw: { raw: ['Launching lib/main.dart on iPhone 17 Pro in debug mode...', 'Running Xcode build...', 'Xcode build done.                                           21.7s', 'Syncing files to device iPhone 17 Pro...                           118ms', '', 'Flutter run key commands.', 'r Hot reload. 🔥🔥🔥', 'R Hot restart.', 'h List all available interactive commands.', 'd Detach (terminate "flutter run" but leave application running).', 'c Clear the screen', 'q Quit (terminate the application on the device).', ''] }, after: 0 },
    1,
    plant('framework-dump', 'flutter-freezed-authconfig-tostring', 'error', "The app prints its OAuth configuration at start-up, a freezed class's `toString()` (`AuthConfig(issuer: …, clientId: …, clientSecret: …, …)`): the client secret compiled into the app.", ({ rng }) => {
      const secret = rng.b64url(40);
      return { value: secret, event: { print: [`AuthConfig(issuer: https://${SSO}, clientId: marevia-mobile, clientSecret: ${secret}, redirectUrl: marevia://auth/callback, scopes: [openid, profile, offline_access])`] } };
    }),
    1,
    plant('implicit-fragment', 'flutter-deep-link-fragment-access_token', 'error', "The app's deep-link handler prints the callback it received (`marevia://auth/callback#access_token=<token>&token_type=bearer…`): a custom-scheme redirect of an implicit flow still on for an old tablet build.", ({ rng }) => {
      const token = rng.b64url(48);
      return { value: token, event: { print: [`Deep link received: marevia://auth/callback#access_token=${token}&token_type=bearer&expires_in=3600&state=${rng.alnum(16)}`] } };
    }),
    1,
    plant('header-dump', 'flutter-dio-authorization-bearer-opaque', 'error', "Dio's LogInterceptor writes each request header on its own line: ` Authorization: Bearer <opaque token>`.", ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { method: 'GET', path: '/v2/me', headers: [['Authorization', `Bearer ${token}`], ...AUTHZ()] } };
    }),
    1,
    plant('negative', 'flutter-dio-response-x-amz-cf-id', 'none', "CloudFront's `x-amz-cf-id` response header in Dio's response headers: a request id, no credential.", ({ rng }) => {
      const id = `${rng.b64url(54)}==`;
      return { value: id, event: { method: 'GET', path: '/v2/destinations', query: 'country=PT', headers: AUTHZ(), resp: [[' content-type', 'application/json; charset=utf-8'], [' x-cache', 'Hit from cloudfront'], [' x-amz-cf-id', id]] } };
    }),
    1,
    plant('refresh-token', 'flutter-dio-data-refresh_token', 'error', `${WHY.refresh} The app's token refresh: Dio's \`data:\` line writes the request body as a Dart map (\`{grant_type: refresh_token, refresh_token: <opaque>, client_id: …}\`).`, ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { method: 'POST', path: '/oauth/token', headers: AUTHZ(), data: `{grant_type: refresh_token, refresh_token: ${token}, client_id: marevia-mobile}` } };
    }),
    1,
    plant('path-secret', 'flutter-deep-link-trip-invite', 'error', WHY.pathSecret("A travel companion's invitation link (`/app/invite/<token>`) opened on the phone: the deep-link handler prints it"), ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { print: [`Deep link received: https://${SITE}/app/invite/${token}`] } };
    }),
    1,
    plant('negative', 'flutter-firebase-installation-id', 'none', "Firebase's installation id printed at start-up (`fid: <22 characters>`): the id of the app install, no credential.", ({ rng }) => {
      const fid = `${rng.pick(['c', 'd', 'e', 'f'])}${rng.b64url(21)}`;
      return { value: fid, event: { print: [`[firebase_messaging] installation fid: ${fid}`] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'mobile' }, filler: (rng) => ({ status: 200, ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gunicorn-access.log: Gunicorn 23 with a JSON `access_log_format` (`{"time":"%(t)s","remote_ip":"%(h)s","method":"%(m)s",
// "path":"%(U)s","query":"%(q)s","status":"%(s)s","length":"%(B)s","referer":"%(f)s","user_agent":"%(a)s",
// "request_time_ms":"%(M)s","request_id":"%({x-request-id}i)s"}`), a Flask app (the agency's customer area). UTC.
// https://docs.gunicorn.org/en/stable/settings.html#access-log-format, https://docs.gunicorn.org/en/stable/settings.html#accesslog

function gunicornLog(rng) {
  const render = (e, rng) => [`{"time":"[${clf(e.t)}]","remote_ip":"${e.ip}","method":"${e.method}","path":"${e.path}","query":"${e.query}","status":"${e.status}","length":"${e.bytes}","referer":"${e.referer}","user_agent":"${e.ua}","request_time_ms":"${e.ms}","request_id":"${rng.uuid()}"}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/conta/viagens' }),
      () => ({ path: `/conta/viagens/${rng.int(200000, 299999)}`, referer: 'https://conta.marevia.example/conta/viagens' }),
      () => ({ path: `/static/css/main.${rng.hex(8)}.css`, referer: 'https://conta.marevia.example/conta/viagens' }),
      () => ({ method: 'POST', path: '/api/documents/upload', status: 201 }),
      () => ({ path: '/healthz', ua: 'kube-probe/1.34', ip: '10.244.1.1' }),
    ])();
  const steps = [
    6,
    plant('oauth-code', 'gunicorn-facebook-login-code', 'warning', `${WHY.code} Facebook Login's callback (\`/login/facebook/authorized?code=<long code>&state=…\`): the query field.`, ({ rng }) => {
      const code = `AQ${rng.b64url(330)}`;
      return { value: code, event: { path: '/login/facebook/authorized', query: `code=${code}&state=${rng.alnum(30)}`, status: 302, bytes: 0 } };
    }),
    6,
    plant('negative', 'gunicorn-fbclid', 'none', "Facebook's click id (`fbclid=IwZXh0…`) on a landing page: an ad click id, no credential.", ({ rng }) => {
      const id = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(60)}_aem_${rng.b64url(22)}`;
      return { value: id, event: { path: '/ofertas/acores-inverno', query: `fbclid=${id}`, referer: 'https://l.facebook.com/', ua: BROWSERS[2] } };
    }),
    6,
    plant('path-secret', 'gunicorn-flask-security-confirm-token', 'error', WHY.pathSecret("Flask-Security's e-mail confirmation link (`/confirm/<itsdangerous token>`, a signed timestamped payload) opened by a new customer"), ({ rng }) => {
      const token = `${Buffer.from(JSON.stringify([rng.hex(32), rng.hex(32)])).toString('base64url')}.${rng.b64url(6)}.${rng.b64url(27)}`;
      return { value: token, event: { path: `/confirm/${token}`, status: 302, bytes: 0, ua: BROWSERS[0] } };
    }),
    6,
    plant('embed-jwt', 'gunicorn-referer-embed-dashboard-jwt-120s', 'warning', 'An agency\'s sales dashboard embedded in the customer area (`/embed/dashboard/<JWT>`) loads a chart script: the embed URL is the Referer; the token is valid 120 s without a jti', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 8, claims: { resource: { dashboard: rng.int(2, 30) }, params: { agency: 'MRV-OPO-02' } } });
      return { value: token.token, jwt: token.facts, event: { path: `/static/js/charts.${rng.hex(8)}.js`, referer: `https://conta.marevia.example/embed/dashboard/${token.token}`, ua: BROWSERS[3] } };
    }),
    6,
    plant('api-key-name', 'gunicorn-query-license_key', 'error', WHY.apiKey('license_key') + " A partner's booking widget calls the customer area's API with its `license_key=` in the query.", ({ rng }) => {
      const key = `${rng.alnum(6)}_${rng.alnum(29)}_mmk`;
      return { value: key, event: { path: '/api/v1/partner/availability', query: `tour=${rng.int(1000, 1999)}&license_key=${key}`, ua: TOOLS[4], ip: publicIp(rng) } };
    }),
    6,
    plant('negative', 'gunicorn-cache-buster-v', 'none', 'A cache buster on a stylesheet (`?v=<hash>`): a version, no credential.', ({ rng }) => {
      const v = rng.hex(20);
      return { value: v, event: { path: '/static/vendor/bootstrap.min.css', query: `v=${v}`, referer: 'https://conta.marevia.example/' } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'conta.marevia.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cloudfront-v2.json: CloudFront standard logging (v2) delivered to S3 in JSON (one record a line, the fields chosen in
// the delivery: `date`, `time`, `x-edge-location`, `sc-bytes`, `c-ip`, `cs-method`, `cs(Host)`, `cs-uri-stem`,
// `sc-status`, `cs(Referer)`, `cs(User-Agent)` URL-encoded, `cs-uri-query`, `cs(Cookie)`, `x-edge-result-type`,
// `x-edge-request-id`, `x-host-header`, `cs-protocol`, `time-taken`, `sc-content-type`), the WordPress marketing site
// with a self-hosted Matomo. UTC.
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html,
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html

function cloudfrontV2Log(rng) {
  const render = (e, rng) => {
    const ua = encodeURIComponent(e.ua).replace(/%2F/g, '/').replace(/%3B/g, ';').replace(/%2C/g, ',');
    const rec = { date: iso(e.t).slice(0, 10), time: iso(e.t).slice(11, 19), 'x-edge-location': rng.pick(['LIS50-P1', 'LIS50-P2', 'MAD53-P3']), 'sc-bytes': String(e.bytes), 'c-ip': e.ip, 'cs-method': e.method, 'cs(Host)': 'd3k9x2m4q7w1ab.cloudfront.net', 'cs-uri-stem': e.path, 'sc-status': String(e.status), 'cs(Referer)': e.referer, 'cs(User-Agent)': ua, 'cs-uri-query': e.query || '-', 'cs(Cookie)': e.cookie ?? '-', 'x-edge-result-type': e.result ?? 'Miss', 'x-edge-request-id': `${rng.b64url(54)}==`, 'x-host-header': e.host, 'cs-protocol': 'https', 'time-taken': (e.ms / 1000).toFixed(3), 'sc-content-type': e.ctype ?? 'text/html; charset=UTF-8' };
    return [JSON.stringify(rec)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/${rng.pick(['blog/10-dicas-acores', 'destinos/madeira', 'contactos', 'sobre-nos'])}/` }),
      () => ({ path: `/wp-content/themes/marevia/assets/${rng.pick(['app', 'vendor'])}.${rng.hex(8)}.js`, ctype: 'application/javascript', result: 'Hit', referer: `https://${SITE}/` }),
      () => ({ path: `/wp-content/uploads/2026/${rng.pick(['10', '11'])}/${rng.pick(['sete-cidades', 'pico', 'funchal'])}-${rng.pick([768, 1024])}x512.webp`, ctype: 'image/webp', result: 'Hit', referer: `https://${SITE}/` }),
      () => ({ method: 'POST', path: '/wp-admin/admin-ajax.php', ctype: 'application/json; charset=UTF-8', cookie: `_ga=GA1.1.${digits(rng, 10)}.${digits(rng, 10)}` }),
      () => ({ method: 'POST', path: '/matomo.php', query: `idsite=1&rec=1&action_name=${rng.pick(['Acores', 'Madeira'])}&url=https%3A%2F%2F${SITE}%2Fdestinos%2F&_id=${rng.hex(16)}&r=${digits(rng, 6)}`, ctype: 'image/gif' }),
    ])();
  const steps = [
    6,
    plant('implicit-fragment', 'cloudfront-v2-matomo-url-fragment-access_token', 'error', "Matomo's tracker sends the page's full URL in `url=`: after a partner sign-in that ends in an implicit flow, `…%2Fconta%2F%23access_token%3D<token>%26…` is in the tracking request's query", ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { method: 'POST', path: '/matomo.php', query: `idsite=1&rec=1&action_name=Conta&url=${encodeURIComponent(`https://${SITE}/conta/#access_token=${token}&token_type=Bearer&expires_in=3600`)}&_id=${rng.hex(16)}&r=${digits(rng, 6)}`, ctype: 'image/gif', ua: BROWSERS[0] } };
    }),
    6,
    plant('negative', 'cloudfront-v2-ga-cookie', 'none', "Google Analytics' `_ga=GA1.1.<random>.<time>` and `_ga_<id>` cookies: a client id and a session counter, no credential.", ({ rng }) => {
      const cid = `${digits(rng, 10)}.${digits(rng, 10)}`;
      return { value: cid, event: { path: '/destinos/acores/', cookie: `_ga=GA1.1.${cid};%20_ga_${upperNum(rng, 10)}=GS2.1.s${digits(rng, 10)}$o3$g1$t${digits(rng, 10)}$j60$l0$h0`, ua: BROWSERS[1] } };
    }),
    6,
    plant('session-id', 'cloudfront-v2-cookie-wordpress_logged_in', 'error', WHY.session("WordPress's sign-in cookie (`wordpress_logged_in_<hash>=<user>%7C<expiry>%7C<session token>%7C<hmac>`) in `cs(Cookie)`: the session token and its HMAC, replayable until expiry"), ({ rng, t }) => {
      const token = rng.alnum(43);
      return { value: token, event: { path: '/wp-admin/', cookie: `wordpress_logged_in_${rng.hex(32)}=editora%7C${sec(t) + 14 * 86400}%7C${token}%7C${rng.hex(64)}`, ua: BROWSERS[0] } };
    }),
    6,
    plant('api-key-name', 'cloudfront-v2-query-client_key', 'error', WHY.apiKey('client_key') + ' A partner site fetches the tours feed through the CDN with its `client_key=`.', ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/wp-json/marevia/v1/tours', query: `lang=pt&client_key=${key}`, ctype: 'application/json; charset=UTF-8', ua: TOOLS[1] } };
    }),
    6,
    plant('encoded', 'cloudfront-v2-double-encoded-session_token', 'error', "A partner's return link double-encoded in `redirect_to=` (`…%253Fsession_token%253D<token>`): two decodings away from a session token of the partner's booking engine.", ({ rng }) => {
      const token = rng.alnum(36);
      return { value: token, event: { path: '/wp-login.php', query: `redirect_to=${encodeURIComponent(encodeURIComponent(`https://book.parceiro-x.example/resume?session_token=${token}`))}&reauth=1`, ua: BROWSERS[3] } };
    }),
    6,
    plant('negative', 'cloudfront-v2-wp-nonce', 'none', "WordPress's `_wpnonce=<10 hex>` on an admin action link: a CSRF nonce bound to the user and action, no credential.", ({ rng }) => {
      const n = rng.hex(10);
      return { value: `_wpnonce=${n}`, event: { path: '/wp-admin/post.php', query: `post=${rng.int(1000, 9999)}&action=trash&_wpnonce=${n}`, status: 302, ua: BROWSERS[0] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: SITE }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// apigw-http-access.log: API Gateway HTTP API access logs with the JSON format of AWS's guide plus `path`, `userAgent`
// and `integrationError` (`{ "requestId":"$context.requestId", "ip": "$context.identity.sourceIp", "requestTime":
// "$context.requestTime", … }`, the template's spacing kept), exported from CloudWatch Logs one event a line: an API in
// front of Lambda functions and a self-hosted n8n.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html,
// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging-variables.html

function apigwHttpLog(rng) {
  const render = (e, rng) => [`{ "requestId":"${rng.alnum(14)}${rng.pick(['A', 'E', 'Q'])}=", "ip": "${e.ip}", "requestTime":"${clf(e.t)}", "httpMethod":"${e.method}","routeKey":"${e.route ?? `${e.method} ${e.path}`}", "path":"${e.path}", "status":"${e.status}","protocol":"HTTP/1.1", "responseLength":"${e.bytes}", "userAgent":"${e.ua}", "integrationError":"${e.error ?? '-'}" }`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/offers', route: 'GET /v1/offers' }),
      () => ({ path: `/v1/offers/${rng.int(100, 999)}`, route: 'GET /v1/offers/{id}' }),
      () => ({ method: 'POST', path: '/v1/leads', route: 'POST /v1/leads', status: 201 }),
      () => ({ method: 'POST', path: '/webhook/stripe-x', route: 'POST /webhook/{proxy+}', ua: 'Stripe/1.0 (+https://stripe.com/docs/webhooks)' }),
    ])();
  const steps = [
    6,
    plant('path-secret', 'apigw-http-magic-link-path', 'error', WHY.pathSecret('A magic sign-in link for the leads app (`/v1/auth/magic/<token>`): the access log writes the path'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { path: `/v1/auth/magic/${token}`, route: 'GET /v1/auth/magic/{token}', status: 302, bytes: 0, ua: BROWSERS[2] } };
    }),
    6,
    plant('negative', 'apigw-http-order-uuid', 'none', 'An offer request by its uuid (`/v1/quotes/<uuid>`): an id, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { path: `/v1/quotes/${id}`, route: 'GET /v1/quotes/{id}', ua: BROWSERS[0] } };
    }),
    6,
    plant('webhook', 'apigw-http-n8n-production-webhook', 'error', WHY.webhook("An n8n production webhook (`/webhook/<uuid>`, the uuid is the workflow's only protection) routed through the API"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { method: 'POST', path: `/webhook/${id}`, route: 'POST /webhook/{proxy+}', ua: 'Typeform Webhooks' } };
    }),
    6,
    plant('replay', 'boarding-pass-path-ticket', 'note', WHY.ticketFirst('An opaque ticket in the path of a boarding-pass download (`/v1/pass/<ticket>`, one download per ticket)'), ({ rng, t }) => {
      firstUse.pass = t;
      const ticket = rng.b64url(32);
      return { value: ticket, event: { path: `/v1/pass/${ticket}`, route: 'GET /v1/pass/{ticket}', ua: BROWSERS[2], ip: '198.51.100.88' } };
    }, { ref: 'pass' }),
    4,
    plant('replay', 'boarding-pass-path-ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('pass').value, why: `${WHY.replay('ticket', gap('pass', t))} The ticket is the path segment of \`/v1/pass/{ticket}\`.` }], event: { path: `/v1/pass/${refs.get('pass').value}`, route: 'GET /v1/pass/{ticket}', ua: TOOLS[0], ip: '192.0.2.143' } }), { replayOf: 'pass', after: 104 }),
    6,
    plant('embed-jwt', 'apigw-http-embed-jwt-expired', 'note', 'An embedded offer card (`/v1/embed/<JWT>`) reloaded by a kiosk two days after its token expired', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + 5000, claims: { resource: { offer: rng.int(100, 999) }, params: { agency: 'MRV-FAO-01' } } });
      return { value: token.token, jwt: token.facts, event: { path: `/v1/embed/${token.token}`, route: 'GET /v1/embed/{token}', status: 403, ua: BROWSERS[4], error: 'The authorizer returned Deny' } };
    }),
    6,
    plant('negative', 'apigw-http-asset-hash', 'none', 'A content-hashed asset of the leads app (`/assets/index-<8 characters>.js`): a file name, no credential.', ({ rng }) => {
      const h = rng.b64url(8);
      return { value: `index-${h}.js`, event: { path: `/assets/index-${h}.js`, route: 'GET /assets/{proxy+}', ua: BROWSERS[1] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'leads-api' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// AZFWApplicationRule.json: Azure Firewall Premium's application rule logs (resource-specific `AZFWApplicationRule`) as a
// diagnostic setting writes them to a storage account, one record a line (`time`, `resourceId`, `category`,
// `operationName`, `properties` with `Protocol`, `SourceIp`, `Fqdn`, `TargetUrl` for TLS-inspected traffic, `Action`,
// `Policy`, `RuleCollectionGroup`, `RuleCollection`, `Rule`, `IsTlsInspected`, `WebCategory`); the office network's browsing.
// https://learn.microsoft.com/en-us/azure/firewall/monitor-firewall-reference, https://learn.microsoft.com/en-us/azure/azure-monitor/reference/tables/azfwapplicationrule,
// https://learn.microsoft.com/en-us/azure/firewall/premium-features#url-filtering

function azfwLog(rng) {
  const RID = `/SUBSCRIPTIONS/${rng.uuid().toUpperCase()}/RESOURCEGROUPS/RG-HUB-WEU/PROVIDERS/MICROSOFT.NETWORK/AZUREFIREWALLS/AFW-HUB-WEU`;
  const render = (e, rng) => {
    const url = new URL(e.url);
    const inspected = e.inspected ?? true;
    return [JSON.stringify({ time: iso7(e.t, rng), resourceId: RID, category: 'AZFWApplicationRule', operationName: 'AZFWApplicationRuleLog', properties: { Protocol: 'HTTPS', SourceIp: e.src ?? `10.60.${rng.int(1, 4)}.${rng.int(10, 200)}`, SourcePort: rng.int(49152, 65535), DestinationPort: 443, Fqdn: url.hostname, TargetUrl: inspected ? e.url : '', Action: e.action ?? 'Allow', Policy: 'afwp-hub-weu', RuleCollectionGroup: 'rcg-office', RuleCollection: 'rc-allow-web', Rule: e.rule ?? 'allow-business', ActionReason: '', IsTlsInspected: inspected, WebCategory: e.cat ?? 'Business', IsExplicitProxyRequest: false } })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `https://www.bing.com/search?q=${rng.pick(['voos+lisboa+ponta+delgada', 'hotel+funchal', 'ferias+natal'])}&form=QBLH`, cat: 'SearchEnginesAndPortals' }),
      () => ({ url: 'https://outlook.office.com/mail/', inspected: false, cat: 'Business' }),
      () => ({ url: 'https://teams.microsoft.com/v2/', inspected: false }),
      () => ({ url: `https://www.publico.pt/2026/12/04/${rng.pick(['economia', 'sociedade', 'local'])}/noticia/${rng.pick(['tap', 'turismo-recorde', 'obras-aeroporto'])}-${rng.int(2100000, 2199999)}`, cat: 'News' }),
      () => ({ url: `https://extranet.hotelhub-x.example/rates?hotel=LIS00${rng.int(10, 99)}`, cat: 'Travel' }),
    ])();
  const steps = [
    6,
    plant('path-secret', 'azfw-dropbox-scl-rlkey', 'error', capability('A Dropbox shared link (`/scl/fi/<id>/<file>?rlkey=<key>&dl=1`, the `rlkey` is the link\'s secret) to a hotel contract'), ({ rng }) => {
      const key = lowerNum(rng, 25);
      return { value: key, event: { url: `https://www.dropbox.com/scl/fi/${lowerNum(rng, 21)}/Contrato-2027-Hotel-Atlantico.pdf?rlkey=${key}&st=${lowerNum(rng, 8)}&dl=1`, cat: 'FileSharing' } };
    }),
    6,
    plant('negative', 'azfw-ocsp-base64-request', 'none', 'An OCSP check (`http`-style GET with the base64 request in the path, `MFEwTz…`): a certificate status query, no credential.', ({ rng }) => {
      const req = `MFEwTzBNMEswSTAJBgUrDgMCGgUABBS${rng.b64url(28)}BBQ${rng.b64url(24)}AhA${rng.b64url(22)}`;
      return { value: req, event: { url: `https://ocsp.digicert-x.example/${req}`, cat: 'ComputersAndTechnology' } };
    }),
    6,
    plant('api-key-name', 'azfw-google-geocode-key', 'error', WHY.apiKey('key') + " An unrestricted Google Maps server key (`AIza…`) a back-office script uses for geocoding; TLS inspection gives the firewall the whole URL.", ({ rng }) => {
      const key = `AIza${rng.b64url(35)}`;
      return { value: key, event: { url: `https://maps.googleapis.com/maps/api/geocode/json?address=Rua+Augusta+24%2C+Lisboa&key=${key}`, src: '10.60.9.21', cat: 'ComputersAndTechnology' } };
    }),
    6,
    plant('oauth-code', 'azfw-google-callback-code', 'warning', `${WHY.code} Google's callback to the back office (\`/oauth2/callback/google?state=…&code=4/0A…&scope=…\`), inspected by the firewall.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, event: { url: `https://backoffice.marevia.example/oauth2/callback/google?state=${rng.b64url(32)}&code=${code}&scope=email%20profile%20openid%20https://www.googleapis.com/auth/userinfo.email&authuser=0&prompt=none`, cat: 'Travel' } };
    }),
    6,
    plant('id-token', 'azfw-auth0-oidc-logout-id_token_hint', 'error', "A supplier portal's sign-out through Auth0 (`/oidc/logout?id_token_hint=<ID token>&post_logout_redirect_uri=…`), inspected by the firewall, with the record's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 36000, age: 3000, alg: 'RS256', kid: rng.b64url(22), claims: { iss: 'https://hotelhub-x.eu.auth0.com/', sub: `auth0|${rng.hex(24)}`, aud: rng.alnum(32), nickname: 'reservas', email: 'reservas@marevia.example', sid: rng.b64url(32) } });
      return { value: token.token, jwt: token.facts, event: { url: `https://hotelhub-x.eu.auth0.com/oidc/logout?id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fextranet.hotelhub-x.example%2F`, cat: 'Business' } };
    }),
    6,
    plant('negative', 'azfw-bing-cvid', 'none', "Bing's `cvid=<32 hex>` on a search: a conversation id, no credential.", ({ rng }) => {
      const cvid = rng.hex(32).toUpperCase();
      return { value: cvid, event: { url: `https://www.bing.com/search?q=seguro+viagem+grupo&form=QBLH&sp=-1&ghc=1&lq=0&pq=seguro+viagem+grupo&sc=12-19&qs=n&sk=&cvid=${cvid}`, cat: 'SearchEnginesAndPortals' } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'afw' }, filler, render, steps });
}

/** A link that is itself the permission (a share, an anyone-link): no use count, no expiry of its own. */
function capability(what) {
  return `${what}: the URL alone opens it until the link is disabled or removed, long-lived.`;
}

// ---------------------------------------------------------------------------------------------------------------------
// quarkus.json.log: a Quarkus 3.30 pricing service with JSON logging (`quarkus-logging-json`: `timestamp`, `sequence`,
// `loggerClassName`, `loggerName`, `level`, `message`, `threadName`, `threadId`, `mdc`, `ndc`, `hostName`,
// `processName`, `processId`), the HTTP access log (`io.quarkus.http.access-log`, pattern `combined`) and the REST
// client's logging at `request-response` scope with `body-limit=4096` raised from 100 while debugging a supplier
// (`Request: <METHOD> <url> Headers[<k>=<v> …], Body:\n<body>` or `Empty body`, `Response: <METHOD> <url>, Status[<code>
// <reason>], Headers[…], Body:\n…`). UTC.
// https://quarkus.io/guides/logging#json-logging, https://quarkus.io/guides/http-reference#configuring-http-access-logs,
// https://quarkus.io/guides/rest-client#logging-traffic

function quarkusLog(rng) {
  let seq = 4100;
  const rec = (t, logger, level, message, thread = 'executor-thread-1') => JSON.stringify({ timestamp: isoMicro(t, rng), sequence: seq++, loggerClassName: 'org.jboss.logging.Logger', loggerName: logger, level, message, threadName: thread, threadId: thread.startsWith('vert.x') ? 24 : 137, mdc: {}, ndc: '', hostName: 'pricing-6f9c7d8b4-x2kqp', processName: '/opt/jboss/container/java/run/run-java.sh', processId: 1 });
  const CL = 'org.jboss.resteasy.reactive.client.logging.DefaultClientLogger';
  const render = (e, rng) => {
    if (e.msg) return [rec(e.t, e.logger, e.level ?? 'INFO', e.msg, e.thread)];
    const out = [];
    for (const c of e.client ?? []) {
      const hs = c.headers.map(([k, v]) => `${k}=${v}`).join(' ');
      out.push(rec(e.t + 2, CL, 'DEBUG', `Request: ${c.method} ${c.url} Headers[${hs}], ${c.body ? `Body:\n${c.body}` : 'Empty body'}`, 'vert.x-eventloop-thread-2'));
      out.push(rec(e.t + c.ms, CL, 'DEBUG', `Response: ${c.method} ${c.url}, Status[${c.status}], Headers[content-type=application/json content-length=${rng.int(40, 900)}], Body:\n${c.rbody ?? '{}'}`, 'vert.x-eventloop-thread-2'));
    }
    out.push(rec(e.t + e.ms, 'io.quarkus.http.access-log', 'INFO', `${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`, 'vert.x-eventloop-thread-1'));
    return out;
  };
  const H = () => [['Accept', 'application/json'], ['User-Agent', 'Quarkus REST Client']];
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/prices', query: `tour=${rng.int(1000, 1999)}&date=2027-0${rng.int(1, 6)}-${pad(rng.int(1, 28))}`, ua: TOOLS[2] }),
      () => ({ method: 'GET', path: '/q/health/ready', ua: 'kube-probe/1.34', ip: '10.244.2.1' }),
      () => ({ method: 'GET', path: '/prices/currencies', ua: TOOLS[2], client: [{ method: 'GET', url: 'http://fx.internal:8080/rates?base=EUR', headers: H(), status: '200 OK', ms: rng.int(5, 40), rbody: '{"USD":1.08,"GBP":0.85}' }] }),
      () => ({ msg: `Cache 'prices' hit ratio ${rng.int(60, 99)}%`, logger: 'pt.marevia.pricing.CacheStats' }),
    ])();
  const steps = [
    { raw: { msg: 'pricing 2.8.1 on JVM (powered by Quarkus 3.30.2) started in 1.912s. Listening on: http://0.0.0.0:8080', logger: 'io.quarkus', thread: 'main' }, after: 0 },
    { raw: { msg: 'Profile prod activated. ', logger: 'io.quarkus', thread: 'main' }, after: 0 },
    4,
    plant('header-dump', 'quarkus-rest-client-authorization-bearer-jwt', 'error', "The REST client's request logging writes its headers (`Headers[Accept=application/json Authorization=Bearer <JWT> …]`), with the record's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 1800, age: 240, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://${SSO}/realms/services`, sub: rng.uuid(), azp: 'pricing', typ: 'Bearer', scope: 'inventory:read', clientId: 'pricing' } });
      return { value: token.token, jwt: token.facts, event: { method: 'GET', path: '/prices/bundle', query: 'tours=1032,1077', ua: TOOLS[2], client: [{ method: 'GET', url: 'http://inventory.internal:8080/v1/allotments?tours=1032,1077', headers: [['Accept', 'application/json'], ['Authorization', `Bearer ${token.token}`], ['User-Agent', 'Quarkus REST Client']], status: '200 OK', ms: rng.int(10, 80), rbody: '{"items":[]}' }] } };
    }),
    4,
    plant('negative', 'quarkus-rest-client-traceparent', 'none', 'A W3C `traceparent` header (`00-<32 hex>-<16 hex>-01`) in the client\'s headers: a trace id, no credential.', ({ rng }) => {
      const tr = rng.hex(32);
      return { value: tr, event: { method: 'GET', path: '/prices/currencies', ua: TOOLS[2], client: [{ method: 'GET', url: 'http://fx.internal:8080/rates?base=EUR', headers: [...H(), ['traceparent', `00-${tr}-${rng.hex(16)}-01`]], status: '200 OK', ms: rng.int(5, 40), rbody: '{"USD":1.08}' }] } };
    }),
    4,
    plant('refresh-token', 'quarkus-rest-client-body-keycloak-refresh-jwt', 'error', `${WHY.refresh} The service renews its supplier session at a Keycloak token endpoint: the REST client writes the form body with \`refresh_token=<JWT>\` (Keycloak's refresh token, 30 minutes, with a jti), with the record's time`, ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 1800, age: 600, jti: true, alg: 'HS512', claims: { iss: 'https://id.gds-x.example/realms/partners', aud: 'https://id.gds-x.example/realms/partners', sub: rng.uuid(), typ: 'Refresh', azp: 'marevia-pricing', sid: rng.uuid(), scope: 'openid profile' } });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/prices/refresh-supplier', ua: TOOLS[0], client: [{ method: 'POST', url: 'https://id.gds-x.example/realms/partners/protocol/openid-connect/token', headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['User-Agent', 'Quarkus REST Client']], body: `grant_type=refresh_token&refresh_token=${token.token}&client_id=marevia-pricing`, status: '200 OK', ms: rng.int(30, 200), rbody: '{"token_type":"Bearer","expires_in":300}' }] } };
    }),
    4,
    plant('id-token', 'quarkus-rest-client-logout-id_token_hint', 'error', "The service ends a partner session from the server side (`…/openid-connect/logout?id_token_hint=<ID token>&client_id=…`): the REST client's request line and its response line", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1500, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://id.gds-x.example/realms/partners', aud: 'marevia-pricing', sub: rng.uuid(), typ: 'ID', azp: 'marevia-pricing', sid: rng.uuid(), preferred_username: 'svc-marevia' } });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/prices/refresh-supplier', query: 'logout=true', ua: TOOLS[0], client: [{ method: 'GET', url: `https://id.gds-x.example/realms/partners/protocol/openid-connect/logout?id_token_hint=${token.token}&client_id=marevia-pricing`, headers: H(), status: '204 No Content', ms: rng.int(20, 90), rbody: '' }] } };
    }),
    4,
    plant('framework-dump', 'quarkus-rest-client-json-body-password', 'error', "The REST client writes a JSON entity at `request-response` scope: a supplier login with `\"password\":\"…\"`.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { method: 'POST', path: '/prices/refresh-supplier', query: 'supplier=hotelhub', ua: TOOLS[0], client: [{ method: 'POST', url: 'https://api.hotelhub-x.example/v3/session', headers: [['Content-Type', 'application/json'], ['User-Agent', 'Quarkus REST Client']], body: `{"username":"marevia-api","password":"${pw}","agencyCode":"MRV"}`, status: '201 Created', ms: rng.int(40, 300), rbody: '{"expires":1800}' }] } };
    }),
    4,
    plant('encoded', 'quarkus-access-log-double-encoded-access_token', 'error', "The access log's request line with a double-encoded return URL (`continue=…%253Faccess_token%253D<token>`): two decodings away.", ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { method: 'GET', path: '/prices/widget', query: `continue=${encodeURIComponent(encodeURIComponent(`https://agentes.marevia.example/cb?access_token=${token}`))}`, ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'quarkus-access-log-if-match-version', 'none', "A price list's `version=<40 hex>` (a git commit of the rules) in the access log: a version id, no credential.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { method: 'GET', path: '/prices/rules', query: `version=${v}`, ua: TOOLS[2] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'pricing', api: true }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout16');
writePart(join(here, 'heldout16'), {
  'traefik-access.log': traefikLog(rng),
  'k6-smoke.log': k6Log(rng),
  'curl-trace.txt': curlTraceLog(rng),
  'tracing.json': tracingLog(rng),
  'spring-json.log': springJsonLog(rng),
  'app.json.log': pyJsonLog(rng),
  'azure-pipelines.log': pipelinesLog(rng),
  'log-2026-12-04.log': codeigniterLog(rng),
  'flutter-run.log': flutterLog(rng),
  'gunicorn-access.log': gunicornLog(rng),
  'cloudfront-v2.json': cloudfrontV2Log(rng),
  'apigw-http-access.log': apigwHttpLog(rng),
  'AZFWApplicationRule.json': azfwLog(rng),
  'quarkus.json.log': quarkusLog(rng),
});
