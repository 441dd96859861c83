// Writes corpus/logs-in-the-wild/heldout22/: a twenty-second held-out part, in formats no other part uses (hapi's
// good-console, Verdaccio's pretty log, nginx's debug log, Apache Pekko HTTP's logRequestResult through Pekko's stdout
// logger, Winlogbeat's Sysmon events in its file output, Dart shelf's logRequests, ChromeDriver's `--verbose` log, Rocket
// 0.5's console, Javalin's DevLoggingPlugin, Caddy's console encoder, Kemal's LogHandler, Envoy's `http:debug` and
// `router:debug` logs, `symfony server:log`, a Splunk search exported as CSV), with credentials planted in the places
// issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was
// built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout22.mjs     rewrites heldout22/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that
// no planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Trapfiets, a bicycle subscription and repair service in Utrecht (Dutch, five logs: routes, messages
// and some parameter names in Dutch); Kurier Bursztyn, a parcel courier in Gdańsk (Polish, five logs); Çınar Sigorta, an
// insurance broker in Istanbul (Turkish, four logs). Code, most parameter names and library messages stay in English,
// as these teams write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, hms, hmsMs, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymd } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'Dart/3.10 (dart:io)', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2026, 11, 21, 0, 0, 0);
const { firstUse, gap } = replayClock();
const httpDate = (ms) => new Date(ms).toUTCString();
const micro = (rng) => pad(rng.int(0, 999), 3);

// Trapfiets (Dutch, Utrecht: UTC+1 in December).
const TF_WWW = 'www.trapfiets.example';
const TF_API = 'api.trapfiets.example';
const TF_ID = 'login.trapfiets.example';
const abonnement = (rng) => `AB-${rng.int(100000, 999999)}`;
// Kurier Bursztyn (Polish, Gdańsk: UTC+1).
const KB_PANEL = 'panel.kurierbursztyn.example';
const KB_API = 'api.kurierbursztyn.example';
const przesylka = (rng) => `KB${rng.int(100000000, 999999999)}PL`;
// Çınar Sigorta (Turkish, Istanbul: UTC+3).
const CS_APP = 'app.cinarsigorta.example';
const CS_API = 'api.cinarsigorta.example';
const police = (rng) => `PL-${rng.int(2026000000, 2026999999)}`;

// ---------------------------------------------------------------------------------------------------------------------
// good-console.log: Trapfiets' customer API, a hapi 21 server with @hapi/good, good-squeeze and good-console (defaults:
// `format: 'YYMMDD/HHmmss.SSS'`, `utc: true`; `color: false` as the service runs under systemd): `<time>, [response,
// <route tags>] <instance>: <method> <path> <JSON of request.query> <status> (<ms>ms)`, `[log,<tags>] data: …`,
// `[request,<tags>] data: …`, `[error,…] message: …, stack: …`. The path is without the query; the query is its object.
// https://github.com/hapijs/good-console#output-formats

function goodLog(rng) {
  const at = (t) => {
    const s = iso(t);
    return `${s.slice(2, 4)}${s.slice(5, 7)}${s.slice(8, 10)}/${s.slice(11, 13)}${s.slice(14, 16)}${s.slice(17, 19)}.${s.slice(20, 23)}`;
  };
  const render = (e) => {
    const out = [];
    if (e.log) out.push(`${at(e.t - 4)}, [${e.log[0]}] data: ${e.log[1]}`);
    if (e.err) out.push(`${at(e.t)}, [error,handler,error] message: ${e.err}, stack: Error: ${e.err}\n    at handler (/srv/trapfiets-api/lib/routes/${e.file ?? 'abonnementen'}.js:${e.line ?? 41}:15)`);
    out.push(`${at(e.t)}, [response${e.tags ? `,${e.tags}` : ''}] http://0.0.0.0:3000: ${e.method.toLowerCase()} ${e.path} ${JSON.stringify(e.q ?? {})} ${e.status} (${e.ms}ms)`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/abonnementen/mijn', tags: 'api' }),
      () => ({ path: '/v1/fietsen', q: { stad: rng.pick(['utrecht', 'amersfoort', 'zeist']), pagina: `${rng.int(1, 5)}` }, tags: 'api' }),
      () => ({ path: `/v1/reparaties/${rng.int(10000, 99999)}`, tags: 'api' }),
      () => ({ path: '/v1/afspraken', method: 'POST', status: 201, tags: 'api' }),
      () => ({ path: '/health', q: {} }),
      () => ({ log: ['log,info', `abonnement ${abonnement(rng)} verlengd tot 2027-01-${pad(rng.int(1, 28))}`], path: '/v1/abonnementen/verlengen', method: 'POST', tags: 'api' }),
    ])();
  const steps = [
    5,
    plant('oauth-code', 'good-console-callback-query-object', 'warning', `${WHY.code} good-console writes the query as a JSON object after the path: \`{"code":"…","state":"…"}\` of the sign-in callback.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/auth/terugkoppeling', q: { code, state: rng.hex(32) }, status: 302, tags: 'auth' } };
    }),
    5,
    plant('negative', 'good-console-mollie-payment-id', 'none', "Mollie's payment webhook posts only the payment's id (`id=tr_…`), which the handler then fetches with the API key: an id, no credential.", ({ rng }) => {
      const id = `tr_${rng.alnum(10)}`;
      return { value: id, event: { method: 'POST', path: '/webhooks/mollie', q: { id }, tags: 'betalingen', ua: 'Mollie.nl HTTP client/1.0' } };
    }),
    5,
    plant('id-token', 'good-console-logout-id_token_hint-query-object', 'error', 'The app signs out through `/uitloggen` with `id_token_hint` in the query, which good-console writes in its JSON query object: identity claims, live when logged (good-console writes UTC).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(300, 2400), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://${TF_ID}`, aud: 'trapfiets-app', sub: rng.uuid(), email: 'sanne.jansen@mail.example', name: 'Sanne Jansen' } });
      return { value: token, jwt: facts, event: { path: '/uitloggen', q: { id_token_hint: token, post_logout_redirect_uri: `https://${TF_WWW}/` }, status: 302, tags: 'auth' } };
    }),
    5,
    plant('api-key-name', 'good-console-sleutel-query-object', 'error', `${WHY.apiKey('sleutel')} A bike-shop partner reads stock with the key in the query, kept in good-console's query object.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/v1/partners/voorraad', q: { sleutel: key, winkel: `${rng.int(10, 99)}` }, tags: 'partners', ua: 'python-requests/2.32.5' } };
    }),
    5,
    plant('refresh-token', 'good-console-request-log-refresh-form', 'error', `${WHY.refresh} The token route logs its form with \`request.log(['oauth'], payload)\`, which good-console writes as \`[request,oauth] data: {…}\`.`, ({ rng }) => {
      const rt = `rt.${rng.b64url(48)}`;
      return { value: rt, event: { log: ['request,oauth', JSON.stringify({ grant_type: 'refresh_token', refresh_token: rt, client_id: 'trapfiets-app' })], method: 'POST', path: '/oauth/token', tags: 'auth' } };
    }),
    5,
    plant('negative', 'good-console-search-keyword-sleutel', 'none', 'A search for spare parts, `zoekterm=fietssleutel kwijt` ("bike key lost"): words, no credential.', ({ rng }) => {
      const term = `fietssleutel kwijt ${rng.pick(['gazelle', 'batavus', 'cortina'])} ${rng.int(2, 9)}`;
      return { value: term, event: { path: '/v1/onderdelen/zoeken', q: { zoekterm: term }, tags: 'api' } };
    }),
    5,
    plant('framework-dump', 'good-console-log-mollie-config-object', 'error', "A start-up `server.log(['debug'], config)` dumps the payment settings as JSON: Mollie's live API key (`live_…`) in `betalingen.mollieApiKey`.", ({ rng }) => {
      const key = `live_${rng.alnum(30)}`;
      return { value: key, event: { log: ['log,debug', JSON.stringify({ omgeving: 'productie', betalingen: { provider: 'mollie', mollieApiKey: key, webhookUrl: `https://${TF_API}/webhooks/mollie` }, mail: { host: 'smtp.mailgun.example', poort: 587 } })], path: '/v1/betalingen/config/herladen', method: 'POST', tags: 'beheer' } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: TF_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// verdaccio.log: Trapfiets' private npm registry, Verdaccio 6 with `log: { type: stdout, format: pretty, level: http }`
// written to a file by systemd (`StandardOutput=append:`): ` http <-- <status>, user: <name>(<ip>), req: '<METHOD>
// <url>', bytes: <in>/<out>` for incoming requests, ` http --> <status>, req: '<METHOD> <uplink url>' (streaming)` and
// `…, bytes: …` for uplink requests, ` warn --- …` and ` info --- …` otherwise; no time. The GitHub OAuth UI plugin
// (verdaccio-github-oauth-ui) signs the web UI in and returns its tokens in the query of the UI's address.
// https://verdaccio.org/docs/logger, https://github.com/n4bb12/verdaccio-github-oauth-ui

function verdaccioLog(rng) {
  const render = (e) => {
    if (e.uplink) return [` http --> ${e.status}, req: '${e.method} ${e.uplink}' (streaming)`, ` http --> ${e.status}, req: '${e.method} ${e.uplink}', bytes: 0/${e.bytes}`];
    if (e.line) return [e.line];
    return [` http <-- ${e.status}, user: ${e.user ?? 'null'}(${e.ip}), req: '${e.method} ${target(e)}', bytes: ${e.method === 'PUT' ? e.bytes : 0}/${e.method === 'PUT' ? 0 : e.bytes}`];
  };
  const pkgs = ['@trapfiets%2fui-kit', '@trapfiets%2fapi-client', 'react', 'lodash', 'date-fns', '@hapi%2fhapi', 'zod', 'vite'];
  const devs = ['sanne', 'daan', 'lotte', 'ci-bot'];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/${rng.pick(pkgs)}`, user: rng.pick(devs), status: rng.pick([200, 304]), ip: `10.40.2.${rng.int(10, 60)}` }),
      () => ({ path: `/${rng.pick(['react', 'lodash', 'zod'])}/-/${rng.pick(['react-19.2.1', 'lodash-4.17.21', 'zod-4.1.12'])}.tgz`, user: rng.pick(devs), ip: `10.40.2.${rng.int(10, 60)}` }),
      () => ({ uplink: `https://registry.npmjs.org/${rng.pick(['react', 'lodash', 'date-fns', 'vite', 'zod'])}`, status: rng.pick([200, 304]) }),
      () => ({ path: '/-/ping', user: 'null', ip: '10.40.0.2', bytes: 2 }),
    ])();
  const header = [
    ' warn --- config file  - /etc/verdaccio/config.yaml',
    ' warn --- Plugin successfully loaded: verdaccio-htpasswd',
    ' warn --- Plugin successfully loaded: verdaccio-github-oauth-ui',
    ' warn --- Plugin successfully loaded: verdaccio-audit',
    ' warn --- http address - http://0.0.0.0:4873/ - verdaccio/6.2.1',
  ];
  const steps = [
    6,
    plant('api-key-name', 'verdaccio-uplink-gemfury-path-token', 'error', "Gemfury's npm registry takes the account's deploy token as the first segment of the registry URL (`https://npm-proxy.fury.io/<token>/<account>/`), so every uplink request Verdaccio makes writes the token; a key in a place a name does not mark, long-lived.", ({ rng }) => {
      const token = rng.alnum(20);
      return { value: token, event: { method: 'GET', uplink: `https://npm-proxy.fury.io/${token}/trapfiets/@trapfiets%2fkaart-widgets`, status: 200, bytes: rng.int(3000, 9000) } };
    }),
    6,
    plant('negative', 'verdaccio-search-text-keyword', 'none', "`npm search` through the registry: `text=keywords:sleutel` (\"key\") is a search, no credential.", ({ rng }) => {
      const text = `keywords:sleutel-${rng.pick(['beheer', 'kluis', 'slot'])}`;
      return { value: text, event: { path: '/-/v1/search', query: `text=${text}&size=20&from=0&quality=0.65&popularity=0.98&maintenance=0.5`, user: 'lotte', ip: '10.40.2.31' } };
    }),
    6,
    plant('oauth-code', 'verdaccio-github-oauth-callback-code', 'warning', `${WHY.code} The GitHub OAuth UI plugin's callback (\`/-/oauth/callback?code=…&state=…\`) is an incoming request, written whole.`, ({ rng }) => {
      const code = rng.hex(20);
      return { value: code, event: { path: '/-/oauth/callback', query: `code=${code}&state=${rng.hex(16)}`, status: 302, user: 'null', ip: '198.51.100.39', bytes: 0 } };
    }),
    6,
    plant('session-id', 'verdaccio-oauth-ui-npmtoken-query', 'error', WHY.session("After sign-in the plugin sends the browser to the web UI with `username`, `uiToken` (the web UI's JWT) and `npmToken` in the query (`/?username=…&uiToken=…&npmToken=…`); the `npmToken` (legacy API security: an AES-encrypted token in base64, percent-encoded) is the registry credential `npm publish` uses, labeled here"), ({ rng, t }) => {
      const npmToken = rng.bytes(48).toString('base64');
      const ui = jwt(rng, t, { lifetime: 7 * 86400, age: 1, claims: { real_groups: ['daan', 'github/owner/trapfiets'], name: 'daan', groups: ['$all', '$authenticated', '@all', '@authenticated', 'all'] } }).token;
      return { value: npmToken, needle: encodeURIComponent(npmToken), event: { path: '/', query: `username=daan&uiToken=${ui}&npmToken=${encodeURIComponent(npmToken)}`, user: 'null', ip: '198.51.100.39', bytes: 1203 } };
    }),
    6,
    plant('negative', 'verdaccio-static-asset-hash', 'none', "The web UI's script with a content hash in its name: a build artifact, no credential.", ({ rng }) => {
      const h = rng.hex(20);
      return { value: h, event: { path: `/-/static/main.${h}.js`, user: 'null', ip: '198.51.100.39', bytes: 48210 } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'npm.trapfiets.internal', api: true }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// error.log: Trapfiets' edge nginx 1.28 (built `--with-debug`) with `error_log /var/log/nginx/error.log debug;` for an
// afternoon, local time (+0100) without a zone: `<yyyy/mm/dd HH:MM:SS> [debug] <pid>#<tid>: *<conn> <message>` (`http
// request line: "…"`, `http uri: "…"`, `http args: "…"`, `http header: "<name>: <value>"`, `http header done`, phases),
// and error-level lines with nginx's context (`client:`, `server:`, `request:`, `upstream:`, `host:`). Debug lines get no
// context suffix. https://nginx.org/en/docs/debugging_log.html, https://nginx.org/en/docs/ngx_core_module.html#error_log

function nginxDebugLog(rng) {
  const pid = rng.int(2000, 4000);
  let conn = rng.int(40000, 50000);
  const render = (e) => {
    const at = `${ymd(e.t, 60).replace(/-/g, '/')} ${hms(e.t, 60)}`;
    const c = ++conn;
    const d = (m) => `${at} [debug] ${pid}#${pid}: *${c} ${m}`;
    const rl = `${e.method} ${target(e)} HTTP/1.1`;
    const hdrs = [['Host', e.host], ['User-Agent', e.ua], ['Accept', '*/*'], ...(e.headers ?? [])];
    const out = [
      `${at} [debug] ${pid}#${pid}: *${c} http wait request handler`,
      d(`http request line: "${rl}"`),
      d(`http uri: "${e.path}"`),
      d(`http args: "${e.query}"`),
      d(`http exten: "${(e.path.match(/\.([a-z0-9]+)$/) ?? ['', ''])[1]}"`),
      ...hdrs.map(([k, v]) => d(`http header: "${k}: ${v}"`)),
      d('http header done'),
      d('rewrite phase: 0'),
      d(`http cl:-1 max:${1048576}`),
      d('http upstream request'),
    ];
    if (e.errorLine) out.push(`${at} [error] ${pid}#${pid}: *${c} ${e.errorLine}, client: ${e.ip}, server: ${e.host}, request: "${rl}", ${e.upstream ? `upstream: "${e.upstream}", ` : ''}host: "${e.host}"`);
    out.push(d(`http finalize request: 0, "${e.path}?${e.query}" a:1, c:1`));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/fietsen', query: `stad=utrecht&pagina=${rng.int(1, 4)}` }),
      () => ({ path: `/v1/reparaties/${rng.int(10000, 99999)}`, query: '' }),
      () => ({ path: '/healthz', query: '', ua: 'kube-probe/1.34' }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'nginx-debug-sleutel-request-line-and-args', 'error', `${WHY.apiKey('sleutel')} nginx's debug log writes the request line and again the arguments alone (\`http args:\`).`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/v1/partners/voorraad', query: `sleutel=${key}&winkel=${rng.int(10, 99)}`, ua: 'python-requests/2.32.5' } };
    }),
    2,
    plant('header-dump', 'nginx-debug-http-header-authorization-basic', 'error', "`http header:` writes every request header as parsed: `Authorization: Basic <base64 of user:password>` of the workshop planner's service account, one decoding from the password.", ({ rng }) => {
      const basic = b64Of(`werkplaats-sync:${rng.alnum(8)}-${rng.alnum(8)}`);
      return { value: basic, event: { path: '/v1/werkplaats/planning', query: 'dag=2026-12-22', headers: [['Authorization', `Basic ${basic}`]], ua: 'Go-http-client/2.0' } };
    }),
    2,
    plant('negative', 'nginx-debug-css-cache-buster-two-lines', 'none', 'A stylesheet with a cache buster `?v=<8 hex>` (a build id), in the request line and `http args:`: no credential.', ({ rng }) => {
      const v = rng.hex(8);
      return { value: `v=${v}`, event: { host: TF_WWW, path: '/css/app.css', query: `v=${v}`, ua: rng.pick(BROWSERS) } };
    }),
    2,
    plant('path-secret', 'nginx-debug-account-bevestigen-path-token', 'error', WHY.pathSecret('An e-mail verification link, `/account/bevestigen/<token>`, in the request line and `http uri:`'), ({ rng }) => {
      const token = `${rng.hex(6)}.${rng.alnum(32)}`;
      return { value: token, event: { host: TF_WWW, path: `/account/bevestigen/${token}`, query: '', ua: rng.pick(BROWSERS) } };
    }),
    2,
    plant('session-id', 'nginx-debug-http-header-cookie-sessie', 'error', WHY.session('The site\'s session cookie (`tf_sessie=`) in the `Cookie` header `http header:` writes'), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { host: TF_WWW, path: '/mijn-abonnement', query: '', headers: [['Cookie', `tf_voorkeur=nl; tf_sessie=${sid}`]], ua: rng.pick(BROWSERS) } };
    }),
    2,
    plant('webhook', 'nginx-error-upstream-power-automate-sig', 'error', WHY.webhook("A Power Automate flow's HTTP trigger (`…/workflows/<id>/triggers/manual/paths/invoke?…&sig=<signature>`), which nginx proxies the workshop's Teams alerts to (`proxy_pass` with the flow's address); when it times out, the error line writes the `upstream:` URL (the peer's address, path and query) with its `sig`"), ({ rng }) => {
      const sig = rng.b64url(43);
      const upstream = `https://203.0.113.${rng.int(10, 250)}:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`;
      return { value: sig, event: { method: 'POST', path: '/intern/meldingen/teams', query: '', ua: 'Go-http-client/2.0', errorLine: 'upstream timed out (110: Connection timed out) while reading response header from upstream', upstream } };
    }),
    2,
    plant('negative', 'nginx-debug-if-none-match-etag', 'none', 'An `If-None-Match` header with a weak ETag: a content version, no credential.', ({ rng }) => {
      const etag = `W/"${rng.hex(5)}-${rng.b64url(27)}"`;
      return { value: etag, event: { path: '/v1/fietsen/modellen', query: '', headers: [['If-None-Match', etag]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: TF_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pekko-werkplaats.log: Trapfiets' workshop planner, a Scala 3 service on Apache Pekko HTTP 1.1 whose routes are wrapped
// in `logRequestResult(("werkplaats-api", Logging.InfoLevel))`, logged by Pekko's default stdout logger: `[<LEVEL>]
// [<MM/dd/yyyy HH:mm:ss.SSS>] [<thread>] [<source>] <message>`, the message `werkplaats-api: Response for`, then `  Request
// : <HttpRequest's toString>` and `  Response: <RouteResult's toString>` on lines of their own (headers as `Name: value`,
// `remote-address-header = on` adds `Remote-Address`).
// https://pekko.apache.org/docs/pekko-http/current/routing-dsl/directives/debugging-directives/logRequestResult.html,
// https://pekko.apache.org/docs/pekko/current/logging.html

function pekkoLog(rng) {
  const disp = (rng) => `werkplaats-pekko.actor.default-dispatcher-${rng.int(4, 19)}`;
  const at = (t) => {
    const s = iso(t);
    return `${s.slice(5, 7)}/${s.slice(8, 10)}/${s.slice(0, 4)} ${s.slice(11, 23)}`;
  };
  const render = (e, rng) => {
    if (e.app) return [`[${e.app[0]}] [${at(e.t)}] [${disp(rng)}] [${e.app[1]}] ${e.app[2]}`];
    const hdrs = [['Timeout-Access', '<function1>'], ['Remote-Address', `${e.ip}:${e.port}`], ['Host', e.host], ['User-Agent', e.ua], ...(e.headers ?? [])];
    const status = e.status === 200 ? '200 OK' : e.status === 401 ? '401 Unauthorized' : e.status === 201 ? '201 Created' : `${e.status} Internal Server Error`;
    return [
      `[INFO] [${at(e.t)}] [${disp(rng)}] [org.apache.pekko.actor.ActorSystemImpl(werkplaats)] werkplaats-api: Response for`,
      `  Request : HttpRequest(HttpMethod(${e.method}),http://${e.host}${target(e)},List(${hdrs.map(([k, v]) => `${k}: ${v}`).join(', ')}),HttpEntity.Strict(${e.method === 'GET' ? 'none/none,0' : `application/json,${e.bytes % 900}`} bytes total),HttpProtocol(HTTP/1.1))`,
      `  Response: Complete(HttpResponse(${status},List(),HttpEntity.Strict(application/json,${e.bytes} bytes total),HttpProtocol(HTTP/1.1)))`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/werkplaats/v1/afspraken', query: `datum=2026-12-${rng.int(22, 31)}` }),
      () => ({ path: `/werkplaats/v1/reparaties/${rng.int(10000, 99999)}/status`, method: 'PUT' }),
      () => ({ path: '/werkplaats/v1/monteurs' }),
      () => ({ app: ['INFO', 'nl.trapfiets.werkplaats.Planner(werkplaats)', `planning bijgewerkt: ${rng.int(20, 60)} afspraken, ${rng.int(2, 9)} monteurs`] }),
    ])();
  const steps = [
    4,
    plant('header-dump', 'pekko-request-tostring-authorization-bearer', 'error', "HttpRequest's toString lists every header, so logRequestResult writes the workshop tablet's `Authorization: Bearer <token>` (an opaque personal access token of the planner API).", ({ rng }) => {
      const tok = `tfp_${rng.alnum(40)}`;
      return { value: tok, event: { path: '/werkplaats/v1/afspraken', query: 'datum=2026-12-22&monteur=7', headers: [['Authorization', `Bearer ${tok}`], ['Accept', 'application/json']], ua: 'okhttp/5.3.0' } };
    }),
    4,
    plant('negative', 'pekko-sec-websocket-key', 'none', "A `Sec-WebSocket-Key` (16 random bytes in base64) of the live planning board's socket: a handshake nonce, no credential.", ({ rng }) => {
      const k = rng.bytes(16).toString('base64');
      return { value: k, event: { path: '/werkplaats/v1/live', headers: [['Upgrade', 'websocket'], ['Sec-WebSocket-Key', k], ['Sec-WebSocket-Version', '13']], status: 101 } };
    }),
    4,
    plant('refresh-token', 'pekko-request-uri-refresh_token', 'error', `${WHY.refresh} An old tablet build renews its session with \`refresh_token=\` in the query of \`/oauth/vernieuwen\`, written in the request's URI.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'POST', path: '/oauth/vernieuwen', query: `grant_type=refresh_token&refresh_token=${rt}&client_id=werkplaats-tablet`, ua: 'okhttp/5.3.0' } };
    }),
    4,
    plant('encoded', 'pekko-terug-percent-encoded-url-token', 'error', 'A return address `terug=` holding a percent-encoded URL whose own query carries `token=`: one decoding from the value.', ({ rng }) => {
      const tok = rng.alnum(36);
      return { value: tok, event: { path: '/werkplaats/v1/koppelen', query: `terug=${encodeURIComponent(`https://planning.trapfiets.example/koppeling/klaar?token=${tok}&bron=werkplaats`)}` } };
    }),
    4,
    plant('framework-dump', 'pekko-case-class-tostring-password', 'error', "A Scala case class's toString in an error message: `PlannerConfig(<url>,<user>,<password>,30 seconds)` names no field, and the password is the third one.", ({ rng }) => {
      const pw = `${rng.alnum(10)}!${rng.alnum(6)}`;
      return { value: pw, event: { app: ['ERROR', 'nl.trapfiets.werkplaats.Planner(werkplaats)', `koppeling met roosterdienst mislukt met PlannerConfig(https://rooster.trapfiets.internal/api,planner,${pw},30 seconds): java.net.ConnectException: Connection refused`] } };
    }),
    4,
    plant('webhook', 'pekko-teams-webhook-office-url', 'error', WHY.webhook("A Teams incoming webhook on the tenant's own host (`https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant id>/IncomingWebhook/<id>/<owner>/<signature>`) in the warning the notifier writes when a post fails"), ({ rng }) => {
      const secret = `${rng.hex(32)}/${rng.uuid()}/V2${rng.b64url(43)}`;
      return { value: secret, event: { app: ['WARN', 'nl.trapfiets.werkplaats.Notifier(werkplaats)', `Teams-melding niet verstuurd naar https://trapfiets.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${secret}: 400 Bad Request`] } };
    }),
    4,
    plant('negative', 'pekko-traceparent-header', 'none', 'A W3C `traceparent` header (trace id and span id in hex): tracing, no credential.', ({ rng }) => {
      const tp = `00-${rng.hex(32)}-${rng.hex(16)}-01`;
      return { value: tp, event: { path: '/werkplaats/v1/monteurs', headers: [['traceparent', tp]], ua: 'Go-http-client/2.0' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'werkplaats.trapfiets.internal', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// winlogbeat.ndjson: Trapfiets' office workstations, Sysmon 15 event 1 (Process Create) collected by Winlogbeat 8.19 with
// `output.file` (one JSON document a line: `@timestamp`, `@metadata`, ECS `event`, `host`, `process` with `command_line`,
// `user`, `winlog` with `event_data`); the command lines are what was started, arguments included.
// https://www.elastic.co/docs/reference/beats/winlogbeat/file-output,
// https://www.elastic.co/docs/reference/beats/winlogbeat/winlogbeat-module-sysmon,
// https://learn.microsoft.com/en-us/sysinternals/downloads/sysmon#event-id-1-process-creation

function winlogbeatLog(rng) {
  const hosts = ['TF-WS-014', 'TF-WS-022', 'TF-LT-031'];
  const users = ['s.jansen', 'd.devries', 'l.bakker'];
  let record = rng.int(400000, 500000);
  const render = (e, rng) => {
    const host = e.wshost ?? rng.pick(hosts);
    const user = e.user ?? rng.pick(users);
    const doc = {
      '@timestamp': iso(e.t),
      '@metadata': { beat: 'winlogbeat', type: '_doc', version: '8.19.2' },
      event: { action: 'Process Create (rule: ProcessCreate)', category: ['process'], code: '1', created: iso(e.t + rng.int(200, 900)), kind: 'event', module: 'sysmon', provider: 'Microsoft-Windows-Sysmon', type: ['start', 'process_start'] },
      host: { name: `${host}.trapfiets.local` },
      process: { command_line: e.cmd, entity_id: `{${rng.uuid()}}`, executable: e.exe, name: e.exe.split('\\').at(-1), parent: { executable: e.parent ?? 'C:\\Windows\\explorer.exe' }, pid: rng.int(1000, 30000), working_directory: user === 'SYSTEM' ? 'C:\\Windows\\system32\\' : `C:\\Users\\${user}\\` },
      user: { domain: user === 'SYSTEM' ? 'NT AUTHORITY' : 'TRAPFIETS', name: user },
      winlog: { channel: 'Microsoft-Windows-Sysmon/Operational', computer_name: `${host}.trapfiets.local`, event_data: { Hashes: e.hashes ?? `SHA256=${rng.hex(64).toUpperCase()}`, IntegrityLevel: 'Medium', RuleName: '-' }, event_id: '1', provider_name: 'Microsoft-Windows-Sysmon', record_id: ++record },
    };
    return [JSON.stringify(doc)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ exe: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', cmd: '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --type=renderer --lang=nl --num-raster-threads=4' }),
      () => ({ exe: 'C:\\Windows\\System32\\svchost.exe', cmd: 'C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s BITS', parent: 'C:\\Windows\\System32\\services.exe' }),
      () => ({ exe: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE', cmd: `"C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE" "C:\\Users\\l.bakker\\Documents\\planning-week-${rng.int(50, 52)}.xlsx"`, user: 'l.bakker' }),
      () => ({ exe: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', cmd: 'powershell.exe -NoProfile -Command Get-Service WinRM' }),
    ])();
  const curl = 'C:\\Windows\\System32\\curl.exe';
  const ps = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
  const steps = [
    4,
    plant('header-dump', 'sysmon-curl-command-line-authorization-bearer-jwt', 'error', "A developer tries the API with `curl.exe -H \"Authorization: Bearer <JWT>\"`; Sysmon records the whole command line: an access token, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(120, 900), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://${TF_ID}`, aud: 'trapfiets-api', sub: rng.uuid(), scope: 'abonnementen:lezen reparaties:schrijven', azp: 'trapfiets-beheer' } });
      return { value: token, jwt: facts, event: { exe: curl, parent: ps, user: 'd.devries', cmd: `"C:\\Windows\\system32\\curl.exe" -s -H "Authorization: Bearer ${token}" https://${TF_API}/v1/abonnementen/${abonnement(rng)}` } };
    }),
    4,
    plant('negative', 'sysmon-hashes-field', 'none', "Sysmon's `Hashes` field (SHA256 and IMPHASH of the started image): file fingerprints, no credential.", ({ rng }) => {
      const h = `SHA256=${rng.hex(64).toUpperCase()},IMPHASH=${rng.hex(32).toUpperCase()}`;
      return { value: h, event: { exe: 'C:\\Program Files\\7-Zip\\7z.exe', cmd: '"C:\\Program Files\\7-Zip\\7z.exe" x export-december.zip', hashes: h } };
    }),
    4,
    plant('implicit-fragment', 'sysmon-msedge-launch-fragment-access_token', 'error', "The planning desktop app opens the browser on the implicit grant's return address: `msedge.exe --single-argument https://…/#access_token=<JWT>`, recorded by Sysmon with the fragment; live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(5, 60), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://${TF_ID}`, aud: 'planning-desktop', sub: rng.uuid(), scope: 'planning' } });
      return { value: token, jwt: facts, event: { exe: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', parent: 'C:\\Program Files\\Trapfiets\\Planning\\Planning.exe', user: 'l.bakker', cmd: `"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" --single-argument https://planning.trapfiets.example/aangemeld#access_token=${token}&token_type=Bearer&expires_in=900&state=${rng.hex(16)}` } };
    }),
    4,
    plant('webhook', 'sysmon-powershell-invoke-restmethod-slack-webhook', 'error', WHY.webhook('A scheduled PowerShell line posting the nightly backup result to a Slack incoming webhook (`https://hooks.slack.com/services/T…/B…/<secret>`)'), ({ rng }) => {
      const secret = rng.alnum(24);
      return { value: secret, event: { exe: ps, parent: 'C:\\Windows\\System32\\taskeng.exe', user: 'SYSTEM', cmd: `powershell.exe -NoProfile -Command "Invoke-RestMethod -Method Post -ContentType 'application/json' -Uri https://hooks.slack.com/services/T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${secret} -Body '{\\"text\\":\\"Back-up nacht: OK\\"}'"` } };
    }),
    4,
    plant('encoded', 'sysmon-powershell-encodedcommand-utf16-password', 'error', "`powershell.exe -EncodedCommand` takes base64 of UTF-16LE text: the script it runs maps a share with `-Password` in clear once decoded.", ({ rng }) => {
      const pw = `${rng.alnum(8)}#${rng.int(10, 99)}`;
      const script = `$p = ConvertTo-SecureString '${pw}' -AsPlainText -Force; New-PSDrive -Name Z -PSProvider FileSystem -Root \\\\nas01\\administratie -Credential (New-Object PSCredential('TRAPFIETS\\svc-backup', $p))`;
      const enc = Buffer.from(script, 'utf16le').toString('base64');
      return { value: enc, event: { exe: ps, parent: 'C:\\Windows\\System32\\cmd.exe', user: 'd.devries', cmd: `powershell.exe -NoProfile -WindowStyle Hidden -EncodedCommand ${enc}` } };
    }),
    4,
    plant('api-key-name', 'sysmon-sync-exe-api_key-argument', 'error', `${WHY.apiKey('api_key')} The accounting export is started with \`--api_key=<key>\` on its command line.`, ({ rng }) => {
      const key = rng.hex(48);
      return { value: key, event: { exe: 'C:\\Program Files\\Trapfiets\\Export\\boekhoud-export.exe', parent: 'C:\\Windows\\System32\\taskeng.exe', user: 'SYSTEM', cmd: `"C:\\Program Files\\Trapfiets\\Export\\boekhoud-export.exe" --administratie=trapfiets-bv --api_key=${key} --periode=2026-12` } };
    }),
    4,
    plant('negative', 'sysmon-curl-env-variable-placeholder', 'none', 'A command line that names the token through an environment variable (`$env:TF_TOKEN`, expanded by the shell after Sysmon records the line): a placeholder, no value.', ({ rng }) => {
      const ph = `$env:TF_TOKEN_${rng.pick(['TEST', 'ACC', 'DEV'])}${rng.int(1, 9)}`;
      return { value: ph, event: { exe: curl, parent: ps, cmd: `"C:\\Windows\\system32\\curl.exe" -H "Authorization: Bearer ${ph}" https://${TF_API}/v1/fietsen` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: TF_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// shelf.log: Kurier Bursztyn's courier app API, a Dart 3.10 server on shelf 1.4 with `logRequests()` and its default
// logger (`print`), stdout to a file, `TZ=Europe/Warsaw` (local time without a zone): `<DateTime.toIso8601String()>
// <elapsed, padded to 15> <METHOD padded to 7> [<status>] <path>?<query>`; an error is `[ERROR] <DateTime> \t<elapsed>\t
// <METHOD>\t<path>?<query>`, the error's toString and the terse stack chain on the following lines.
// https://pub.dev/documentation/shelf/latest/shelf/logRequests.html,
// https://github.com/dart-lang/shelf/blob/master/pkgs/shelf/lib/src/middleware/logger.dart

function shelfLog(rng) {
  const elapsed = (rng) => `0:00:00.${pad(rng.int(800, 480000), 6)}`;
  const render = (e, rng) => {
    const loc = local(e.t, 60);
    const uri = `${e.path}${e.query ? `?${e.query}` : ''}`;
    if (e.err) {
      return [
        `[ERROR] ${loc.slice(0, 10)} ${loc.slice(11, 23)}${micro(rng)}\t${elapsed(rng)}\t${e.method}\t${uri}`,
        e.err,
        `package:kurier_api/src/${e.file ?? 'auth'}.dart ${rng.int(30, 140)}:${rng.int(5, 30)}  ${e.fn ?? 'handler'}`,
        'package:shelf_router/src/router.dart 165:34  Router.call',
        'package:kurier_api/server.dart 31:19        _authMiddleware.<fn>.<fn>',
      ];
    }
    return [`${loc.slice(0, 23)}${micro(rng)} ${elapsed(rng).padStart(15)} ${e.method.padEnd(7)} [${e.status}] ${uri}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/trasy/dzisiaj', query: `kurier=${rng.int(100, 999)}` }),
      () => ({ path: `/v1/przesylki/${przesylka(rng)}/status`, method: 'PUT' }),
      () => ({ path: `/v1/przesylki/${przesylka(rng)}` }),
      () => ({ path: '/v1/punkty', query: `lat=54.${rng.int(300, 420)}&lng=18.${rng.int(500, 680)}` }),
      () => ({ path: '/healthz' }),
    ])();
  const steps = [
    5,
    plant('path-secret', 'shelf-haslo-reset-path-token', 'error', WHY.pathSecret("A courier's password reset link, `/haslo/reset/<token>`, opened in the app's web view"), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { path: `/haslo/reset/${token}`, ua: 'Dart/3.10 (dart:io)' } };
    }),
    4,
    plant('negative', 'shelf-wersja-cache-buster-sha', 'none', 'The app\'s configuration fetched with `wersja=<git sha>`: a build id, no credential.', ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { path: '/v1/konfiguracja', query: `platforma=android&wersja=${sha}` } };
    }),
    4,
    plant('api-key-name', 'shelf-klucz-query', 'error', `${WHY.apiKey('klucz')} A shop integration creates shipments with the key in the query.`, ({ rng }) => {
      const key = `kb_${rng.alnum(36)}`;
      return { value: key, event: { method: 'POST', path: '/v1/zlecenia', query: `klucz=${key}&sklep=${rng.int(1000, 9999)}`, status: 201, ua: 'Go-http-client/2.0' } };
    }),
    4,
    plant('session-id', 'shelf-sesja-query', 'error', WHY.session('The driver app\'s web view keeps its session in the query (`sesja=`) of every page it opens'), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { path: '/kurier/podpis', query: `przesylka=${przesylka(rng)}&sesja=${sid}` } };
    }),
    4,
    plant('oauth-code', 'shelf-error-callback-code', 'warning', `${WHY.code} The sign-in callback fails (a state mismatch), and shelf's error message writes the request's URI with \`code\` and \`state\`.`, ({ rng }) => {
      const code = `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}.${rng.b64url(20)}`;
      return { value: code, event: { path: '/auth/callback', query: `state=${rng.hex(24)}&code=${code}`, err: 'StateError: Bad state: niezgodny parametr state', fn: 'callback' } };
    }),
    4,
    plant('negative', 'shelf-szukaj-keyword-klucz', 'none', 'A search of the help pages, `szukaj=klucz do paczkomatu` ("key to the parcel locker"), percent-encoded: words, no credential.', ({ rng }) => {
      const q = `klucz%20do%20paczkomatu%20${rng.int(2, 99)}`;
      return { value: q, event: { path: '/v1/pomoc', query: `szukaj=${q}` } };
    }),
    4,
    plant('encoded', 'shelf-dane-base64-json-haslo', 'error', 'A partner portal hands a login over in `dane=`, base64 of a JSON object with `login` and `haslo` ("password"): one decoding from the credential.', ({ rng }) => {
      const dane = b64Of(JSON.stringify({ login: `sklep${rng.int(100, 999)}`, haslo: `${rng.alnum(12)}!` }));
      return { value: dane, needle: encodeURIComponent(dane), event: { path: '/partner/sso', query: `dane=${encodeURIComponent(dane)}`, status: 302 } };
    }),
    4,
    plant('framework-dump', 'shelf-error-connection-settings-tostring', 'error', "A database error's toString quotes the connection settings object (`Endpoint(host: …, database: …, username: …, password: …)`), written under shelf's `[ERROR]` line.", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { path: '/v1/raporty/dzienny', query: 'data=2026-12-21', err: `PgException: nie można połączyć z bazą: Endpoint(host: raporty-db.internal, port: 5432, database: raporty, username: raporty_app, password: ${pw}, isUnixSocket: false)`, file: 'raporty', fn: 'raportDzienny' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: KB_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// chromedriver.log: the end-to-end tests of Kurier Bursztyn's customer panel, ChromeDriver 143 started with
// `--verbose --log-path=chromedriver.log`: `[<epoch seconds.ms>][<LEVEL>]: …`, `[<session id>] COMMAND <name> {` with the
// parameters as indented JSON on the following untimed lines, `RESPONSE <name> <value>`, and at DEBUG the DevTools
// commands and responses (`DevTools WebSocket Command: <method> (id=<n>) (session_id=<id>) <target id> {`).
// https://developer.chrome.com/docs/chromedriver/logging

function chromedriverLog(rng) {
  const session = rng.hex(32);
  const cdpSession = rng.hex(32).toUpperCase();
  const targetId = rng.hex(32).toUpperCase();
  let id = rng.int(20, 40);
  const ts = (t) => `[${Math.floor(t / 1000)}.${pad(t % 1000, 3)}]`;
  const json = (obj) => JSON.stringify(obj, null, 3).split('\n');
  // An entry may hold several lines (a JSON value in a RESPONSE): split here, so that ordinary lines count right too.
  const render = (e) => entries(e).flatMap((text) => text.split('\n'));
  const entries = (e) => {
    const t = e.t;
    const s = `[${session}]`;
    if (e.navigate) {
      const n = ++id;
      return [
        `${ts(t)}[INFO]: ${s} COMMAND Navigate {`, ...json({ url: e.navigate }).slice(1),
        `${ts(t + 2)}[INFO]: Waiting for pending navigations...`,
        `${ts(t + 3)}[DEBUG]: DevTools WebSocket Command: Page.navigate (id=${n}) (session_id=${cdpSession}) ${targetId} {`, ...json({ url: e.navigate, transitionType: 'typed' }).slice(1),
        `${ts(t + 180)}[DEBUG]: DevTools WebSocket Response: Page.navigate (id=${n}) (session_id=${cdpSession}) ${targetId} {`, ...json({ frameId: targetId, loaderId: e.loader ?? rng.hex(32).toUpperCase() }).slice(1),
        `${ts(t + 420)}[INFO]: Done waiting for pending navigations. Status: ok`,
        `${ts(t + 421)}[INFO]: ${s} RESPONSE Navigate`,
      ];
    }
    if (e.command) {
      const out = [`${ts(t)}[INFO]: ${s} COMMAND ${e.command} {`, ...json(e.params ?? {}).slice(1)];
      if (e.cdp) {
        const n = ++id;
        out.push(`${ts(t + 1)}[DEBUG]: DevTools WebSocket Command: ${e.cdp} (id=${n}) (session_id=${cdpSession}) ${targetId} {`, ...json(e.cdpParams).slice(1), `${ts(t + 9)}[DEBUG]: DevTools WebSocket Response: ${e.cdp} (id=${n}) (session_id=${cdpSession}) ${targetId} {`, '}');
      }
      out.push(`${ts(t + 30)}[INFO]: ${s} RESPONSE ${e.command}${e.response !== undefined ? ` ${e.response}` : ''}`);
      return out;
    }
    return [`${ts(t)}[INFO]: ${s} COMMAND ${e.simple[0]} {`, '}', `${ts(t + 40)}[INFO]: ${s} RESPONSE ${e.simple[0]}${e.simple[1] !== undefined ? ` ${e.simple[1]}` : ''}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ simple: ['GetTitle', `"Panel klienta – Kurier Bursztyn"`] }),
      () => ({ command: 'FindElement', params: { using: 'css selector', value: rng.pick(['#nadaj-paczke', 'button[type=submit]', '.lista-przesylek tr']) }, response: `{\n   "element-6066-11e4-a52e-4f735466cecf": "f.${targetId}.d.${rng.hex(32).toUpperCase()}.e.${rng.int(10, 300)}"\n}` }),
      () => ({ simple: ['GetUrl', `"https://${KB_PANEL}/przesylki?strona=${rng.int(1, 5)}"`] }),
      () => ({ navigate: `https://${KB_PANEL}/przesylki/${przesylka(rng)}` }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'chromedriver-navigate-zaproszenie-token', 'error', WHY.pathSecret('A test opens an invitation link, `/zaproszenie/<token>`, taken from the test mailbox: ChromeDriver writes it in the Navigate command and again in the DevTools `Page.navigate` command'), ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { navigate: `https://${KB_PANEL}/zaproszenie/${token}` } };
    }),
    3,
    plant('negative', 'chromedriver-page-navigate-loaderid', 'none', "DevTools' `loaderId` of a navigation (32 hex characters): an internal id, no credential.", ({ rng }) => {
      const loader = rng.hex(32).toUpperCase();
      return { value: loader, event: { navigate: `https://${KB_PANEL}/cennik`, loader } };
    }),
    3,
    plant('session-id', 'chromedriver-addcookie-session-value', 'error', WHY.session('The test signs in by setting the panel\'s session cookie (`PANEL_SESJA`) with `AddCookie`; the cookie\'s value is in the command\'s parameters'), ({ rng }) => {
      const sid = rng.b64url(48);
      return { value: sid, event: { command: 'AddCookie', params: { cookie: { domain: KB_PANEL, httpOnly: true, name: 'PANEL_SESJA', path: '/', secure: true, value: sid } } } };
    }),
    3,
    plant('header-dump', 'chromedriver-cdp-setextrahttpheaders-authorization', 'error', "The test sends `Network.setExtraHTTPHeaders` through `ExecuteCdpCommand` so that every request carries `Authorization: Bearer <key>` of the staging API: ChromeDriver writes the command's parameters and the DevTools command.", ({ rng }) => {
      const key = `kbs_${rng.alnum(40)}`;
      return { value: key, event: { command: 'ExecuteCdpCommand', params: { cmd: 'Network.setExtraHTTPHeaders', params: { headers: { Authorization: `Bearer ${key}` } } }, cdp: 'Network.setExtraHTTPHeaders', cdpParams: { headers: { Authorization: `Bearer ${key}` } }, response: '{\n}' } };
    }),
    3,
    plant('id-token', 'chromedriver-executescript-response-localstorage-id_token', 'error', "The test reads the panel's stored sign-in with `ExecuteScript` (`return localStorage.getItem('oidc.user')`), and ChromeDriver writes the returned JSON with its `id_token` on the timed RESPONSE line: live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 200), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://logowanie.kurierbursztyn.example/realms/klienci`, aud: 'panel', sub: rng.uuid(), email: 'test.klient+e2e@kurierbursztyn.example', name: 'Test Klient' } });
      const stored = JSON.stringify({ id_token: token, session_state: rng.uuid(), token_type: 'Bearer', scope: 'openid email', expires_at: Math.floor(t / 1000) + 300 });
      return { value: token, jwt: facts, event: { command: 'ExecuteScript', params: { args: [], script: "return localStorage.getItem('oidc.user')" }, response: JSON.stringify(stored) } };
    }),
    3,
    plant('embed-jwt', 'chromedriver-executescript-iframe-src-embed-120s', 'warning', 'The test reads the report iframe\'s `src`, `/embed/dashboard/<JWT>`, and ChromeDriver writes it on the timed RESPONSE line; the embed token is valid 120 s without `jti`: short-lived but replayable inside its window (warning).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(3, 20), claims: { resource: { dashboard: rng.int(10, 40) }, params: { klient: rng.int(10000, 99999) } } });
      return { value: token, jwt: facts, event: { command: 'ExecuteScript', params: { args: [], script: "return document.querySelector('iframe.raport').src" }, response: `"https://raporty.kurierbursztyn.example/embed/dashboard/${token}#bordered=false&titled=false"` } };
    }),
    3,
    plant('implicit-fragment', 'chromedriver-geturl-response-fragment-access_token', 'error', "After the test signs in through the implicit grant, `GetUrl` returns the return page's address with `#access_token=<JWT>`, which ChromeDriver writes on the timed RESPONSE line: an access token, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(1, 5), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: 'https://logowanie.kurierbursztyn.example/realms/klienci', aud: 'panel', sub: rng.uuid(), scope: 'openid przesylki' } });
      return { value: token, jwt: facts, event: { simple: ['GetUrl', `"https://${KB_PANEL}/zalogowano#state=${rng.hex(16)}&access_token=${token}&token_type=Bearer&expires_in=1800"`] } };
    }),
    3,
    plant('negative', 'chromedriver-getcookies-ga-client-id', 'none', 'The `_ga` cookie ChromeDriver returns for `GetCookies` (`GA1.1.<random>.<time>`): an analytics client id, no credential.', ({ rng }) => {
      const ga = `GA1.1.${rng.int(100000000, 999999999)}.${rng.int(1760000000, 1766000000)}`;
      return { value: ga, event: { simple: ['GetCookies', `[ {\n   "domain": ".kurierbursztyn.example",\n   "name": "_ga",\n   "path": "/",\n   "value": "${ga}"\n} ]`] } };
    }),
    3,
  ];
  const t0 = DAY0 + 5 * HOUR - 4000;
  const header = [
    `${ts(t0)}[INFO]: Starting ChromeDriver 143.0.7499.40 (${rng.hex(40)}-refs/branch-heads/7499@{#2188}) on port 9515`,
    `${ts(t0 + 1)}[INFO]: Please see https://chromedriver.chromium.org/security-considerations for suggestions on keeping ChromeDriver safe.`,
    `${ts(t0 + 812)}[INFO]: [${session}] COMMAND InitSession {`,
    ...json({ capabilities: { alwaysMatch: { browserName: 'chrome', 'goog:chromeOptions': { args: ['--headless=new', '--window-size=1366,900', '--lang=pl-PL'] } } } }).slice(1),
    `${ts(t0 + 1650)}[INFO]: Launching chrome: /usr/bin/google-chrome --headless=new --lang=pl-PL --remote-debugging-port=0 --user-data-dir=/tmp/.org.chromium.Chromium.${rng.alnum(6)} --window-size=1366,900 data:,`,
    `${ts(t0 + 2905)}[INFO]: [${session}] RESPONSE InitSession {`,
    ...json({ capabilities: { acceptInsecureCerts: false, browserName: 'chrome', browserVersion: '143.0.7499.40', platformName: 'linux' }, sessionId: session }).slice(1),
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: KB_PANEL }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// rocket.log: Kurier Bursztyn's parcel locker backend, a Rust service on Rocket 0.5 started by systemd, stdout to a file
// (no colors, no time): the launch banner, then per request `<METHOD> <uri as received> [<content type>]:` and the
// indented `>> Matched:`, `>> Outcome:`, `>> Response succeeded.` lines; a failing data guard writes its Debug error.
// https://rocket.rs/guide/v0.5/configuration/#log_level, https://api.rocket.rs/v0.5/rocket/form/struct.Errors

function rocketLog(rng) {
  const render = (e) => {
    const ct = e.ct ? ` ${e.ct}` : '';
    const out = [`${e.method} ${target(e)}${ct}:`, `   >> Matched: (${e.route[0]}) ${e.route[1]}${e.ct && e.method !== 'GET' ? ` ${e.ct}` : ''}`];
    if (e.guard) out.push(`   >> Data guard \`${e.guard[0]}\` failed: ${e.guard[1]}.`, '   >> Outcome: Error(422 Unprocessable Entity)', '   >> No 422 catcher registered. Using Rocket default.');
    else out.push(`   >> Outcome: Success(${e.status === 200 ? '200 OK' : e.status === 201 ? '201 Created' : e.status === 303 ? '303 See Other' : `${e.status}`})`);
    out.push('   >> Response succeeded.');
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/api/skrytki/${rng.int(100, 999)}/stan`, route: ['stan_skrytki', 'GET /api/skrytki/<id>/stan'], ct: 'application/json' }),
      () => ({ method: 'POST', path: `/api/skrytki/${rng.int(100, 999)}/zdarzenia`, route: ['zdarzenie', 'POST /api/skrytki/<id>/zdarzenia'], ct: 'application/json' }),
      () => ({ path: '/api/automaty', query: `miasto=${rng.pick(['gdansk', 'gdynia', 'sopot'])}`, route: ['automaty', 'GET /api/automaty?<miasto>'], ct: 'application/json' }),
      () => ({ path: '/zdrowie', route: ['zdrowie', 'GET /zdrowie'] }),
    ])();
  const banner = [
    '🔧 Configured for release.',
    '   >> address: 0.0.0.0',
    '   >> port: 8000',
    '   >> workers: 4',
    '   >> log level: normal',
    '   >> cli colors: false',
    '📬 Routes:',
    '   >> (stan_skrytki) GET /api/skrytki/<id>/stan',
    '   >> (otworz) GET /api/skrytki/<id>/otworz?<kod>',
    '   >> (odbior) GET /odbior/<token>',
    '   >> (przelewy24) POST /webhooki/przelewy24/<sekret>',
    '🚀 Rocket has launched from http://0.0.0.0:8000',
  ];
  const steps = [
    4,
    plant('webhook', 'rocket-route-przelewy24-path-secret', 'error', WHY.webhook("The payment provider's notifications arrive on a route whose last segment is the shared secret (`/webhooki/przelewy24/<sekret>`), the only thing that authenticates them"), ({ rng }) => {
      const secret = rng.hex(32);
      return { value: secret, event: { method: 'POST', path: `/webhooki/przelewy24/${secret}`, route: ['przelewy24', 'POST /webhooki/przelewy24/<sekret>'], ct: 'application/json', ua: '-' } };
    }),
    4,
    plant('negative', 'rocket-tracking-number', 'none', 'A parcel tracking number (`KB<9 digits>PL`) in the path: public to anyone with the parcel, no credential.', ({ rng }) => {
      const nr = przesylka(rng);
      return { value: nr, event: { path: `/api/sledzenie/${nr}`, route: ['sledzenie', 'GET /api/sledzenie/<numer>'], ct: 'application/json' } };
    }),
    4,
    plant('api-key-name', 'rocket-klucz_api-query', 'error', `${WHY.apiKey('klucz_api')} The lockers' maintenance contractor calls the status API with the key in the query, which Rocket's request line keeps.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { path: '/api/serwis/usterki', query: `klucz_api=${key}&od=2026-12-20`, route: ['usterki', 'GET /api/serwis/usterki?<klucz_api>&<od>'], ct: 'application/json' } };
    }),
    4,
    plant('path-secret', 'rocket-odbior-magic-link-token', 'error', WHY.pathSecret("The pickup link of an SMS (`/odbior/<token>`) opens the locker's compartment for the recipient"), ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { path: `/odbior/${token}`, route: ['odbior', 'GET /odbior/<token>'], ct: 'text/html' } };
    }),
    4,
    plant('refresh-token', 'rocket-oauth-token-query-refresh_token', 'error', `${WHY.refresh} The lockers' controller renews its access with \`grant_type=refresh_token&refresh_token=…\` in the query of a POST.`, ({ rng }) => {
      const rt = rng.b64url(86);
      return { value: rt, event: { method: 'POST', path: '/oauth/token', query: `grant_type=refresh_token&refresh_token=${rt}`, route: ['token', 'POST /oauth/token?<grant_type>&<refresh_token>'], ct: 'application/x-www-form-urlencoded' } };
    }),
    4,
    plant('framework-dump', 'rocket-form-data-guard-errors-debug-haslo', 'error', "A service login form whose password check fails (a custom validator: the account is locked until morning): Rocket writes the data guard's `Errors([...])` in Debug form, and the field's error keeps its `value`, the password typed into `haslo`.", ({ rng }) => {
      const pw = `${rng.alnum(11)}${rng.int(10, 99)}`;
      return { value: pw, needle: `value: Some("${pw}")`, event: { method: 'POST', path: '/serwis/logowanie', route: ['logowanie', 'POST /serwis/logowanie'], ct: 'application/x-www-form-urlencoded', guard: ['Form < Logowanie < \'_ > >', `Errors([Error { name: Some("haslo"), value: Some("${pw}"), kind: Validation("konto serwisanta zablokowane do 08:00"), entity: Value }])`] } };
    }),
    4,
    plant('negative', 'rocket-static-asset-hash', 'none', 'A static script with a content hash in its name: a build artifact, no credential.', ({ rng }) => {
      const h = rng.hex(16);
      return { value: h, event: { path: `/static/odbior.${h}.js`, route: ['FileServer: static', 'GET /static/<path..> [10]'], ct: 'text/javascript' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'skrytki.kurierbursztyn.internal' }, filler, render, steps, header: banner });
}

// ---------------------------------------------------------------------------------------------------------------------
// javalin-dev.log: Kurier Bursztyn's back office API, Javalin 6 with the DevLoggingPlugin (left on in staging), through
// slf4j-simple with `showDateTime=true` and `dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS` (local time, no zone): `<time>
// [<thread>] INFO io.javalin.Javalin - JAVALIN REQUEST DEBUG LOG:`, then untimed lines `Request: <METHOD> [<path>]`,
// `Headers: {…}`, `Cookies: {…}`, `Body: …`, `QueryString: …`, `QueryParams: {…}`, `FormParams: {…}`, `Response: […]`,
// the response headers and body, and a line of dashes.
// https://javalin.io/plugins/devlogging, https://www.slf4j.org/api/org/slf4j/simple/SimpleLogger.html

function javalinLog(rng) {
  const render = (e, rng) => {
    const loc = local(e.t, 60);
    const qp = e.query ? `{${e.query.split('&').map((p) => p.split('=')).map(([k, v]) => `${k}=[${decodeURIComponent(v ?? '')}]`).join(', ')}}` : '{}';
    const reqH = { Host: KB_API, 'User-Agent': e.ua, Accept: 'application/json', ...(e.headers ?? {}) };
    const obj = (o) => `{${Object.entries(o).map(([k, v]) => `${k}=${v}`).join(', ')}}`;
    return [
      `${loc.slice(0, 10)} ${loc.slice(11, 23)} [JettyServerThreadPool-${rng.int(20, 60)}] INFO io.javalin.Javalin - JAVALIN REQUEST DEBUG LOG:`,
      `Request: ${e.method} [${e.path}]`,
      `    Matching endpoint-handlers: [${e.method}=${e.route ?? e.path}]`,
      `    Headers: ${obj(reqH)}`,
      `    Cookies: ${obj(e.cookies ?? {})}`,
      `    Body: ${e.body ?? ''}`,
      `    QueryString: ${e.query || 'null'}`,
      `    QueryParams: ${qp}`,
      `    FormParams: ${e.form ?? '{}'}`,
      `Response: [${{ 200: '200 OK', 201: '201 Created', 302: '302 Found' }[e.status] ?? `${e.status}`}], execution took ${rng.int(0, 80)}.${pad(rng.int(0, 99))} ms`,
      `    Headers: {Date=${httpDate(e.t)}, Content-Type=application/json${e.etag ? `, ETag=${e.etag}` : ''}}`,
      `    Body is ${e.resBody ? e.resBody.length : 2} bytes (starts on next line):`,
      `    ${e.resBody ?? '[]'}`,
      '----------------------------------------------------------------------------------',
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/zlecenia', query: `status=nowe&strona=${rng.int(1, 4)}`, route: '/api/zlecenia' }),
      () => ({ path: `/api/kurierzy/${rng.int(100, 999)}`, route: '/api/kurierzy/{id}', resBody: `{"id":${rng.int(100, 999)},"imie":"Marek","rejon":"Oliwa"}` }),
      () => ({ path: '/api/statystyki/dzien', route: '/api/statystyki/dzien', resBody: `{"doreczone":${rng.int(800, 2000)},"zwroty":${rng.int(5, 60)}}` }),
    ])();
  const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36';
  const steps = [
    3,
    plant('api-key-name', 'javalin-querystring-token_api', 'error', `${WHY.apiKey('token_api')} The plugin writes the query twice, as \`QueryString:\` and as \`QueryParams:\`.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/api/eksport/faktury', route: '/api/eksport/faktury', query: `token_api=${key}&miesiac=2026-11`, ua: 'python-requests/2.32.5' } };
    }),
    3,
    plant('negative', 'javalin-xsrf-token-header-and-cookie', 'none', "Angular's XSRF token, sent back as the `X-XSRF-TOKEN` header and the `XSRF-TOKEN` cookie (double-submit): a CSRF token, no credential.", ({ rng }) => {
      const x = rng.uuid();
      return { value: x, event: { method: 'POST', path: '/api/zlecenia', route: '/api/zlecenia', headers: { 'X-XSRF-TOKEN': x }, cookies: { 'XSRF-TOKEN': x }, status: 201, ua, body: `{"nadawca":"Sklep ${rng.int(10, 99)}","paczki":2}` } };
    }),
    3,
    plant('header-dump', 'javalin-headers-authorization-basic', 'error', "`Headers: {…}` is the request's header map: `Authorization=Basic <base64 of user:password>` of the warehouse scanner's account.", ({ rng }) => {
      const basic = b64Of(`magazyn-skaner:${rng.alnum(14)}`);
      return { value: basic, event: { method: 'PUT', path: `/api/przesylki/${przesylka(rng)}/skan`, route: '/api/przesylki/{nr}/skan', headers: { Authorization: `Basic ${basic}` }, ua: 'okhttp/5.3.0', body: '{"magazyn":"GDA-1","etap":"sortownia"}' } };
    }),
    3,
    plant('session-id', 'javalin-cookies-jsessionid', 'error', WHY.session("`Cookies: {…}` is the request's cookie map: the back office's `JSESSIONID`"), ({ rng }) => {
      const sid = `node0${rng.lowerNum(26)}.node0`;
      return { value: sid, event: { path: '/api/reklamacje', route: '/api/reklamacje', cookies: { JSESSIONID: sid, jezyk: 'pl' }, ua } };
    }),
    3,
    plant('framework-dump', 'javalin-body-and-formparams-haslo', 'error', 'A form login: the plugin writes the body (`login=…&haslo=…`) and then the parsed `FormParams`, the password in both.', ({ rng }) => {
      const pw = `${rng.alnum(9)}${rng.int(10, 99)}!`;
      return { value: pw, event: { method: 'POST', path: '/logowanie', route: '/logowanie', body: `login=a.nowak&haslo=${pw}`, form: `{login=[a.nowak], haslo=[${pw}]}`, status: 302, ua } };
    }),
    3,
    plant('implicit-fragment', 'javalin-error-report-body-href-access_token', 'error', "The panel's error reporter posts `location.href`, which holds the implicit grant's `#access_token=` (opaque) when an error happens on the return page: the plugin writes the JSON body.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { method: 'POST', path: '/api/bledy', route: '/api/bledy', body: JSON.stringify({ komunikat: "TypeError: Cannot read properties of undefined (reading 'id')", href: `https://${KB_PANEL}/zalogowano#access_token=${at}&token_type=Bearer&expires_in=3600` }), status: 201, ua } };
    }),
    3,
    plant('webhook', 'javalin-response-body-discord-webhook', 'error', WHY.webhook("The integrations settings endpoint returns the saved Discord webhook (`/api/webhooks/<id>/<token>`), and the plugin writes the response body"), ({ rng }) => {
      const token = rng.b64url(68);
      return { value: token, event: { path: '/api/ustawienia/integracje', route: '/api/ustawienia/integracje', ua, resBody: JSON.stringify({ powiadomienia: { discord: `https://discord.com/api/webhooks/${rng.int(1100, 1399)}${digits(rng, 15)}/${token}`, kanal: 'dyspozytornia' } }) } };
    }),
    3,
    plant('negative', 'javalin-response-etag', 'none', 'A response `ETag` (a content hash in quotes): a content version, no credential.', ({ rng }) => {
      const etag = `"${rng.hex(32)}"`;
      return { value: etag, event: { path: '/api/cennik', route: '/api/cennik', etag, ua } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: KB_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// caddy-access.log: Kurier Bursztyn's parcel tracking site behind Caddy 2.10 with `log { output file …; format console }`:
// zap's console encoder (`<yyyy/mm/dd HH:MM:SS.mmm>\t<LEVEL>\t<logger>\t<msg>\t<fields as JSON>`, local time without a
// zone), the access log's `request` object (`remote_ip`, `client_ip`, `proto`, `method`, `host`, `uri`, `headers`, `tls`),
// `bytes_read`, `user_id`, `duration`, `size`, `status`, `resp_headers`; Cookie and Authorization values are logged as
// `REDACTED` (Caddy's default), other headers as sent. https://caddyserver.com/docs/caddyfile/directives/log#format-modules,
// https://caddyserver.com/docs/json/apps/http/servers/logs/

function caddyLog(rng) {
  const render = (e) => {
    const loc = local(e.t, 60);
    const headers = { 'User-Agent': [e.ua], Accept: ['*/*'], 'Accept-Language': ['pl-PL,pl;q=0.9'], Cookie: ['REDACTED'], ...(e.headers ?? {}) };
    if (e.referer !== '-') headers.Referer = [e.referer];
    const fields = { request: { remote_ip: e.ip, remote_port: `${e.port}`, client_ip: e.ip, proto: e.status === 101 ? 'HTTP/1.1' : 'HTTP/2.0', method: e.method, host: e.host, uri: target(e), headers, tls: { resumed: false, version: 772, cipher_suite: 4865, proto: e.status === 101 ? 'http/1.1' : 'h2', server_name: e.host } }, bytes_read: 0, user_id: '', duration: e.ms / 1000, size: e.bytes, status: e.status, resp_headers: { Server: ['Caddy'], 'Content-Type': [e.ctype ?? 'text/html; charset=utf-8'] } };
    const text = JSON.stringify(fields).replace(/":/g, '": ').replace(/,"/g, ', "');
    return [`${loc.slice(0, 10).replace(/-/g, '/')} ${loc.slice(11, 23)}\tINFO\thttp.log.access.log0\thandled request\t${text}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/sledzenie/${przesylka(rng)}` }),
      () => ({ path: '/', referer: 'https://www.google.com/' }),
      () => ({ path: `/_next/static/chunks/${rng.hex(16)}.js`, ctype: 'text/javascript; charset=utf-8', bytes: rng.int(20000, 90000) }),
      () => ({ path: '/api/punkty', query: 'miasto=gdansk', ctype: 'application/json' }),
    ])();
  let nr = '';
  const steps = [
    4,
    plant('replay', 'caddy-ws-bilet_ws', 'note', WHY.ticketFirst('An opaque `bilet_ws` ("socket ticket") in the live tracking socket\'s URL (one connection per ticket)'), ({ rng, t }) => {
      firstUse.ws = t;
      const tk = rng.b64url(32);
      nr = przesylka(rng);
      return { value: tk, event: { ip: '198.51.100.61', path: '/ws/sledzenie', query: `przesylka=${nr}&bilet_ws=${tk}`, status: 101, bytes: 0, headers: { Upgrade: ['websocket'] } } };
    }, { ref: 'ws' }),
    3,
    plant('replay', 'caddy-ws-bilet_ws', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('ws').value, why: `${WHY.replay('bilet_ws', gap('ws', t))} The \`remote_ip\` of each line shows the two clients.` }], event: { ip: '203.0.113.190', path: '/ws/sledzenie', query: `przesylka=${nr}&bilet_ws=${refs.get('ws').value}`, status: 101, bytes: 0, ua: 'python-requests/2.32.5', headers: { Upgrade: ['websocket'] } } }), { replayOf: 'ws', after: 95 }),
    4,
    plant('negative', 'caddy-next-rsc-cache-key', 'none', "Next.js' `_rsc` query parameter on a client navigation: a cache key for the server component payload, no credential.", ({ rng }) => {
      const rsc = rng.lowerNum(5);
      return { value: `_rsc=${rsc}`, event: { path: '/pomoc/zwroty', query: `_rsc=${rsc}`, headers: { Rsc: ['1'] }, ctype: 'text/x-component' } };
    }),
    4,
    plant('path-secret', 'caddy-weryfikacja-email-path-token', 'error', WHY.pathSecret('An e-mail verification link, `/weryfikacja-email/<token>`, in the access log\'s `uri`'), ({ rng }) => {
      const token = `${rng.int(10000, 99999)}-${rng.alnum(32)}`;
      return { value: token, event: { path: `/weryfikacja-email/${token}`, referer: '-' } };
    }),
    4,
    plant('oauth-code', 'caddy-logowanie-callback-code', 'warning', `${WHY.code} Caddy keeps the callback's \`uri\` whole (\`/logowanie/callback?state=…&code=…\`).`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/logowanie/callback', query: `state=${rng.hex(24)}&code=${code}`, status: 302, bytes: 0, referer: 'https://logowanie.kurierbursztyn.example/' } };
    }),
    4,
    plant('header-dump', 'caddy-request-headers-x-auth-token', 'error', "Caddy redacts `Cookie` and `Authorization`, not a custom header: the parcel API's `X-Auth-Token` is in the `headers` map as sent.", ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { path: '/api/przesylki/moje', headers: { 'X-Auth-Token': [tok] }, ctype: 'application/json', ua: 'okhttp/5.3.0' } };
    }),
    4,
    plant('encoded', 'caddy-powrot-percent-encoded-sesja', 'error', 'A return address `powrot=` holding a percent-encoded URL whose own query carries `sesja=` (a shop\'s session): one decoding from the value.', ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { path: '/nadaj/koszyk', query: `powrot=${encodeURIComponent(`https://sklep.bursztynowy-zakatek.example/zamowienie?sesja=${sid}&krok=3`)}`, referer: 'https://sklep.bursztynowy-zakatek.example/' } };
    }),
    4,
    plant('negative', 'caddy-if-none-match-etag', 'none', 'An `If-None-Match` header with an ETag: a content version, no credential.', ({ rng }) => {
      const inner = rng.lowerNum(13);
      return { value: inner, event: { path: '/cennik', headers: { 'If-None-Match': [`"${inner}"`] }, status: 304, bytes: 0 } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'sledzenie.kurierbursztyn.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kemal.log: Çınar Sigorta's mobile app API, a Crystal 1.18 service on Kemal 1.7 with its default LogHandler to STDOUT
// (`<Time.utc> <status> <METHOD> <resource> <elapsed>`: `Time#to_s` with nanoseconds and `UTC`; the resource is path and
// query as received) and the app's own lines through Crystal's Log with its default format (`<RFC 3339 time, µs, Z>
// <SEVERITY, right-aligned> - <source>: <message>`). https://kemalcr.com/guide/#logging,
// https://github.com/kemalcr/kemal/blob/master/src/kemal/log_handler.cr, https://crystal-lang.org/api/latest/Log.html

function kemalLog(rng) {
  const elapsed = (rng) => (rng.int(0, 3) === 0 ? `${rng.int(120, 999)}.${rng.int(1, 99)}µs` : `${rng.int(1, 240)}.${rng.int(1, 99)}ms`);
  const render = (e, rng) => {
    const s = iso(e.t);
    const out = [];
    if (e.app) out.push(`${s.slice(0, 23)}${micro(rng)}Z ${e.app[0].padStart(6)} - ${e.app[1]}: ${e.app[2]}`);
    if (!e.appOnly) out.push(`${s.slice(0, 10)} ${s.slice(11, 23)}${pad(rng.int(0, 999999), 6)} UTC ${e.status} ${e.method} ${target(e)} ${elapsed(rng)}`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/policeler', query: `durum=aktif&sayfa=${rng.int(1, 4)}` }),
      () => ({ path: `/v1/policeler/${police(rng)}/belge` }),
      () => ({ path: '/v1/teklifler', method: 'POST', status: 201 }),
      () => ({ path: '/saglik' }),
      () => ({ path: '/v1/teklifler/kasko', query: `plaka=34${rng.pick(['ABC', 'KLM', 'TRN', 'DF', 'EY'])}${rng.int(10, 999)}&model_yili=${rng.int(2012, 2026)}`, app: ['INFO', 'cinar.teklif', `kasko teklifi hesaplandı (${rng.int(3, 9)} sigorta şirketi)`] }),
    ])();
  const steps = [
    4,
    plant('id-token', 'kemal-oturum-kapat-id_token_hint', 'error', 'The app signs out with `id_token_hint=<JWT>` in the query of `/oturum/kapat`, which Kemal\'s resource keeps: identity claims, live when logged (Kemal writes UTC).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(30, 400), alg: 'HS256', claims: { iss: `https://giris.cinarsigorta.example`, aud: 'cinar-mobil', sub: `${rng.int(100000, 999999)}`, name: 'Elif Yılmaz', tckn_dogrulandi: true } });
      return { value: token, jwt: facts, event: { path: '/oturum/kapat', query: `id_token_hint=${token}&post_logout_redirect_uri=cinarsigorta%3A%2F%2Fcikis`, status: 302 } };
    }),
    4,
    plant('negative', 'kemal-kampanya-kodu', 'none', 'A public campaign code (`kod=YILBASI2026`) printed on the insurer\'s adverts: a discount code, no credential.', ({ rng }) => {
      const kod = `YILBASI2026${upperNum(rng, 2)}`;
      return { value: kod, event: { path: '/v1/kampanyalar/dogrula', query: `kod=${kod}` } };
    }),
    4,
    plant('path-secret', 'kemal-sifre-sifirla-path-token', 'error', WHY.pathSecret('A password reset link, `/sifre/sifirla/<token>`, opened from the e-mail'), ({ rng }) => {
      const token = rng.hex(48);
      return { value: token, event: { path: `/sifre/sifirla/${token}`, ua: rng.pick(BROWSERS) } };
    }),
    4,
    plant('embed-jwt', 'kemal-embed-police-jwt-no-exp', 'error', "A signed embed of a policy summary for an agency's site (`/embed/police/<JWT>`), signed without `exp`: the URL opens the summary for as long as the key is unchanged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400, 2000000), claims: { resource: { police: police(rng) }, params: { acente: rng.int(100, 999) } } });
      return { value: token, jwt: facts, event: { path: `/embed/police/${token}`, referer: 'https://acente-kadikoy.example/musteri', ua: rng.pick(BROWSERS) } };
    }),
    4,
    plant('api-key-name', 'kemal-anahtar-query', 'error', `${WHY.apiKey('anahtar')} An agency's system pulls quotes with the key in the query.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/v1/acente/teklifler', query: `anahtar=${key}&tarih=2026-12-21` } };
    }),
    4,
    plant('implicit-fragment', 'kemal-app-log-client-error-href-access_token', 'error', "The app's error endpoint logs the reported page address, a hash-routed `#/police?access_token=<JWT>`, on its own timed line: an access token, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(20, 300), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://giris.cinarsigorta.example`, aud: 'cinar-web', sub: `${rng.int(100000, 999999)}`, scope: 'police:oku' } });
      return { value: token, jwt: facts, event: { method: 'POST', path: '/v1/hata', status: 204, app: ['WARN', 'cinar.hata', `istemci hatası href=https://${CS_APP}/#/police?access_token=${token}&expires_in=900 mesaj="Cannot read properties of null"`] } };
    }),
    4,
    plant('refresh-token', 'kemal-oturum-yenile-refresh_token-query', 'error', `${WHY.refresh} An old app version renews its session with \`refresh_token=\` in the query of \`/v1/oturum/yenile\`.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'POST', path: '/v1/oturum/yenile', query: `refresh_token=${rt}&cihaz=${rng.hex(16)}` } };
    }),
    4,
    plant('framework-dump', 'kemal-crystal-object-inspect-sifre', 'error', "A mail failure logs the settings object with `inspect`: Crystal's `#<SmtpAyarlari:0x… @sunucu=…, @kullanici=…, @sifre=…>` keeps every instance variable, the password (`@sifre`) too.", ({ rng }) => {
      const pw = `${rng.alnum(14)}`;
      return { value: pw, event: { appOnly: true, app: ['ERROR', 'cinar.eposta', `gönderilemedi: #<SmtpAyarlari:0x7f${rng.hex(10)} @sunucu="smtp.eposta-servisi.example", @port=587, @kullanici="bildirim@cinarsigorta.example", @sifre="${pw}", @tls=true> (Socket::ConnectError)`] } };
    }),
    4,
    plant('negative', 'kemal-asset-digest', 'none', 'A stylesheet with a content digest in its name: a build artifact, no credential.', ({ rng }) => {
      const h = rng.hex(20);
      return { value: h, event: { path: `/assets/uygulama-${h}.css`, ua: rng.pick(BROWSERS) } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: CS_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// envoy-debug.log: Çınar Sigorta's edge Envoy 1.36 started with `--component-log-level http:debug,router:debug,pool:debug`
// while a routing problem was chased (`TZ=Europe/Istanbul`, local time without a zone): `[<yyyy-mm-dd HH:MM:SS.mmm>][<thread>]
// [debug][<component>] [<source file>:<line>] [Tags: "ConnectionId":"<n>","StreamId":"<n>"] <message>`, and after `request
// headers complete`, `router decoding headers:` and `encoding headers via codec` the headers one a line (`'<name>',
// '<value>'`), untimed, ending with a blank line.
// https://www.envoyproxy.io/docs/envoy/latest/operations/cli#cmdoption-component-log-level

function envoyLog(rng) {
  const thread = rng.int(20, 40);
  let connId = rng.int(300, 900);
  const render = (e, rng) => {
    const c = ++connId;
    const sid = `${rng.int(1000000000, 9999999999)}${rng.int(100000000, 999999999)}`;
    const at = (dt) => `[${ymd(e.t + dt, 180)} ${hmsMs(e.t + dt, 180)}][${thread}]`;
    const tags = `[Tags: "ConnectionId":"${c}","StreamId":"${sid}"]`;
    const path = target(e);
    const req = [[':authority', e.host], [':path', path], [':method', e.method], [':scheme', 'https'], ['user-agent', e.ua], ['accept', 'application/json'], ...(e.headers ?? [])];
    const out = [
      `${at(0)}[debug][http] [source/common/http/conn_manager_impl.cc:391] [Tags: "ConnectionId":"${c}"] new stream`,
      `${at(0)}[debug][http] [source/common/http/conn_manager_impl.cc:1135] ${tags} request headers complete (end_stream=${e.method === 'GET'}):`,
      ...req.map(([k, v]) => `'${k}', '${v}'`),
      '',
      `${at(1)}[debug][router] [source/common/router/router.cc:525] ${tags} cluster '${e.cluster ?? 'police_api'}' match for URL '${path}'`,
      `${at(1)}[debug][router] [source/common/router/router.cc:750] ${tags} router decoding headers:`,
      ...req.map(([k, v]) => `'${k}', '${k === ':scheme' ? 'http' : v}'`),
      `'x-forwarded-for', '${e.ip}'`,
      "'x-forwarded-proto', 'https'",
      `'x-request-id', '${e.xrid ?? rng.uuid()}'`,
      "'x-envoy-expected-rq-timeout-ms', '15000'",
      '',
      `${at(2)}[debug][pool] [source/common/http/conn_pool_base.cc:182] [Tags: "ConnectionId":"${rng.int(10, 90)}"] using existing fully connected connection`,
      `${at(e.ms)}[debug][router] [source/common/router/router.cc:1559] ${tags} upstream headers complete: end_stream=false`,
      `${at(e.ms)}[debug][http] [source/common/http/conn_manager_impl.cc:1915] ${tags} encoding headers via codec (end_stream=false):`,
      `':status', '${e.status}'`,
      "'content-type', 'application/json'",
      `'date', '${httpDate(e.t + e.ms)}'`,
      `'x-envoy-upstream-service-time', '${Math.max(1, e.ms - 2)}'`,
      "'server', 'envoy'",
      '',
    ];
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/policeler', query: `durum=aktif&sayfa=${rng.int(1, 3)}` }),
      () => ({ path: `/v1/hasar/${rng.int(100000, 999999)}/durum`, cluster: 'hasar_api' }),
      () => ({ path: '/v1/teklifler', method: 'POST', status: 201, cluster: 'teklif_api' }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'envoy-debug-authorization-bearer-two-blocks', 'error', "Envoy's `http:debug` writes the request headers as received and `router:debug` as forwarded: the agency app's `authorization: Bearer <token>` (opaque) in both blocks.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { path: '/v1/acente/musteriler', query: 'sayfa=1', headers: [['authorization', `Bearer ${tok}`]], cluster: 'acente_api' } };
    }),
    2,
    plant('negative', 'envoy-debug-x-request-id', 'none', 'The `x-request-id` Envoy adds when it forwards a request (a UUID): tracing, no credential.', ({ rng }) => {
      const x = rng.uuid();
      return { value: x, event: { path: '/v1/iller', xrid: x } };
    }),
    2,
    plant('api-key-name', 'envoy-debug-path-api_anahtari', 'error', `${WHY.apiKey('api_anahtari')} The key is in \`:path\`, so Envoy writes it three times: the received \`:path\`, the route match's URL and the forwarded \`:path\`.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/v1/kur', query: `api_anahtari=${key}&doviz=EUR`, cluster: 'teklif_api' } };
    }),
    2,
    plant('session-id', 'envoy-debug-cookie-oturum', 'error', WHY.session("The web portal's session cookie (`cinar_oturum=`) in the `cookie` header, written in both header blocks"), ({ rng }) => {
      const sid = rng.hex(64);
      return { value: sid, event: { path: '/v1/profil', headers: [['cookie', `dil=tr; cinar_oturum=${sid}`]], ua: rng.pick(BROWSERS) } };
    }),
    2,
    plant('webhook', 'envoy-debug-x-gitlab-token', 'error', WHY.webhook("GitLab's webhook secret (`x-gitlab-token`), the only thing the deployment hook route checks, in both header blocks; whoever has it can trigger a deployment"), ({ rng }) => {
      const secret = rng.alnum(32);
      return { value: secret, event: { method: 'POST', path: '/entegrasyon/gitlab/dagitim', headers: [['content-type', 'application/json'], ['x-gitlab-event', 'Pipeline Hook'], ['x-gitlab-token', secret]], ua: 'GitLab/18.6.1', cluster: 'dagitim_api' } };
    }),
    2,
    plant('negative', 'envoy-debug-if-none-match-two-blocks', 'none', 'An `if-none-match` header with an ETag, written in both header blocks: a content version, no credential.', ({ rng }) => {
      const etag = `W/"${rng.hex(16)}"`;
      return { value: etag, event: { path: '/v1/urunler', headers: [['if-none-match', etag]], status: 304, cluster: 'teklif_api' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: CS_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// symfony-server.log: `symfony server:log` of Çınar Sigorta's back office (Symfony 7.3) on a developer's machine, saved:
// `[Web Server ] <Mon DD HH:MM:SS> |<LEVEL padded> | SERVER <METHOD padded to 4> (<status>) <uri> ip="…"` in local time
// (+0300), `[Application] … |<LEVEL> | <CHANNEL, 6 characters> <message> <context as key=value>` in the UTC time of
// Monolog, `[PHP-FPM    ]` lines; no year. The router's `Matched route` line writes `request_uri` and the route's
// parameters; HttpClient's `Request:` and `Response:` lines write the URL it calls.
// https://symfony.com/doc/current/setup/symfony_server.html, https://symfony.com/doc/current/http_client.html#logging

function symfonyLog(rng) {
  const day = (t, off) => `${MONTHS[new Date(t + off * MIN).getUTCMonth()]} ${String(new Date(t + off * MIN).getUTCDate()).padStart(2)} ${hms(t, off)}`;
  const render = (e) => {
    const uri = target(e);
    const out = [];
    if (e.route) out.push(`[Application] ${day(e.t - 600, 0)} |INFO   | REQUES Matched route "${e.route}". method="${e.method}" request_uri="https://127.0.0.1:8000${uri}" route="${e.route}" route_parameters={"_route":"${e.route}","_controller":"App\\\\Controller\\\\${e.ctrl ?? 'PanelController::index'}"${e.params ? `,${e.params}` : ''}}`);
    if (e.route) out.push(`[Application] ${day(e.t - 590, 0)} |DEBUG  | SECURI Checking for authenticator support. authenticators=1 firewall_name="main"`);
    if (e.client) {
      out.push(`[Application] ${day(e.t - 300, 0)} |INFO   | HTTP_C Request: "${e.client[0]} ${e.client[1]}"`);
      out.push(`[Application] ${day(e.t - 40, 0)} |INFO   | HTTP_C Response: "${e.client[2]} ${e.client[1]}"`);
    }
    out.push(`[Web Server ] ${day(e.t, 180)} |INFO   | SERVER ${e.method.padEnd(4)} (${e.status}) ${uri} ip="127.0.0.1"`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/panel', route: 'panel_index' }),
      () => ({ path: '/teklifler', query: `sayfa=${rng.int(1, 6)}`, route: 'teklif_liste', ctrl: 'TeklifController::liste' }),
      () => ({ path: `/policeler/${police(rng)}`, route: 'police_detay', ctrl: 'PoliceController::detay' }),
      () => ({ path: `/_wdt/${rng.hex(6)}`, status: 200 }),
    ])();
  const steps = [
    4,
    plant('path-secret', 'symfony-davet-kabul-path-token', 'error', WHY.pathSecret('An invitation for a new agency user, `/davet/kabul/<token>`: the web server writes the URI, the router the `request_uri` and the route parameter `token`'), ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { path: `/davet/kabul/${token}`, route: 'davet_kabul', ctrl: 'DavetController::kabul', params: `"token":"${token}"` } };
    }),
    4,
    plant('negative', 'symfony-wdt-profiler-token', 'none', "The web debug toolbar's request (`/_wdt/<6 hex>`): the profiler's token for the previous request, an id, no credential.", ({ rng }) => {
      const tk = rng.hex(6);
      return { value: `/_wdt/${tk}`, event: { path: `/_wdt/${tk}` } };
    }),
    4,
    plant('oauth-code', 'symfony-azure-check-code', 'warning', `${WHY.code} Microsoft Entra ID returns to \`/connect/azure/check\` with \`code=0.A…\` and \`state\`, in the web server's line and the router's \`request_uri\`.`, ({ rng }) => {
      const code = `1.A${rng.b64url(20)}.${rng.b64url(120)}`;
      return { value: code, event: { path: '/connect/azure/check', query: `code=${code}&state=${rng.hex(32)}&session_state=${rng.uuid()}`, route: 'connect_azure_check', ctrl: 'AzureController::check', status: 302 } };
    }),
    4,
    plant('encoded', 'symfony-httpclient-kimlik-base64-user-password', 'error', "HttpClient's `Request:` and `Response:` lines write the URL it calls: a partner insurer's legacy API takes `kimlik=`, base64 of `user:password`.", ({ rng }) => {
      const kimlik = b64Of(`cinar_acente:${rng.alnum(12)}`);
      return { value: kimlik, needle: encodeURIComponent(kimlik), event: { path: '/teklifler/kasko/hesapla', method: 'POST', route: 'kasko_hesapla', ctrl: 'KaskoController::hesapla', client: ['GET', `https://ws.anadolu-partner.example/kasko/v2/fiyat?kimlik=${encodeURIComponent(kimlik)}&plaka=34ABC${rng.int(10, 999)}`, '200'] } };
    }),
    4,
    plant('api-key-name', 'symfony-httpclient-apikey-query', 'error', `${WHY.apiKey('apiKey')} HttpClient calls the exchange-rate service with the key in the query; its \`Request:\` and \`Response:\` lines keep the URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: '/panel/kurlar', route: 'panel_kurlar', ctrl: 'KurController::liste', client: ['GET', `https://api.doviz-kurlari.example/v1/latest?apiKey=${key}&base=TRY`, '200'] } };
    }),
    4,
    plant('negative', 'symfony-encore-asset-hash', 'none', 'An Encore build file with a content hash in its name: a build artifact, no credential.', ({ rng }) => {
      const h = rng.hex(8);
      return { value: h, event: { path: `/build/app.${h}.js` } };
    }),
    4,
  ];
  const header = [
    ' [OK] Web server listening',
    '      The Web server is using PHP FPM 8.4.15',
    '      https://127.0.0.1:8000',
    '',
    '[Web Server ] Dec 21 11:58:02 |DEBUG  | PHP    Reloading PHP versions',
    '[Web Server ] Dec 21 11:58:02 |DEBUG  | PHP    Using PHP version 8.4.15 (from default version in $PATH)',
    '[PHP-FPM    ] Dec 21 11:58:02 |NOTICE | FPM    fpm is running, pid 48211',
    '[PHP-FPM    ] Dec 21 11:58:02 |NOTICE | FPM    ready to handle connections',
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: '127.0.0.1:8000' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// splunk-web-erisim.csv: a Splunk Enterprise 10 search over Çınar Sigorta's web servers (`index=web sourcetype=
// access_combined host=web0* | sort 0 _time`) exported from Splunk Web as CSV: the header `"_raw","_time",host,index,
// linecount,source,sourcetype,"splunk_server"`, one event a row, `_raw` quoted with its quotes doubled, `_time` in the
// user's time zone with its offset (+0300); `_raw` is nginx's `combined` line (local time +0300).
// https://docs.splunk.com/Documentation/Splunk/latest/Search/Exportsearchresults,
// https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format

function splunkLog(rng) {
  const clf3 = (t) => {
    const d = new Date(t + 180 * MIN);
    return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${hms(t, 180)} +0300`;
  };
  const render = (e) => {
    const raw = `${e.ip} - - [${clf3(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`;
    const host = e.web ?? 'web01';
    return [`"${raw.replace(/"/g, '""')}","${ymd(e.t, 180)}T${hmsMs(e.t - (e.t % 1000), 180)}+0300",${host},web,1,"/var/log/nginx/access.log","access_combined","splunk-idx01"`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/', referer: 'https://www.google.com/' }),
      () => ({ path: '/kasko-sigortasi', referer: `https://${CS_APP}/` }),
      () => ({ path: `/static/js/main.${rng.hex(8)}.js`, referer: `https://${CS_APP}/`, bytes: rng.int(80000, 300000) }),
      () => ({ path: '/api/teklif/trafik', method: 'POST', status: 201, referer: `https://${CS_APP}/trafik-sigortasi` }),
      () => ({ path: '/blog/deprem-sigortasi-zorunlu-mu', referer: 'https://www.bing.com/' }),
    ])();
  let doc = '';
  const steps = [
    4,
    plant('replay', 'splunk-raw-indirme_bileti', 'note', WHY.ticketFirst('An opaque `indirme_bileti` ("download ticket") in a policy PDF link (`/police/indir?indirme_bileti=…`, one download per link)'), ({ rng, t }) => {
      firstUse.indir = t;
      const tk = rng.b64url(32);
      doc = police(rng);
      return { value: tk, event: { ip: '198.51.100.23', path: '/police/indir', query: `police=${doc}&indirme_bileti=${tk}`, bytes: rng.int(90000, 300000), referer: `https://${CS_APP}/policelerim`, web: 'web01' } };
    }, { ref: 'indir' }),
    2,
    plant('replay', 'splunk-raw-indirme_bileti', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('indir').value, why: `${WHY.replay('indirme_bileti', gap('indir', t))} The client address at the start of each \`_raw\` shows the two clients.` }], event: { ip: '203.0.113.88', path: '/police/indir', query: `police=${doc}&indirme_bileti=${refs.get('indir').value}`, bytes: 184220, referer: '-', ua: 'Wget/1.25.0', web: 'web02' } }), { replayOf: 'indir', after: 140 }),
    4,
    plant('negative', 'splunk-raw-gbraid-click-id', 'none', "Google Ads' `gbraid` (an app-campaign click id) on a landing page: tracking, no credential.", ({ rng }) => {
      const g = `0AAAAA${rng.b64url(40)}`;
      return { value: g, event: { path: '/trafik-sigortasi', query: `utm_source=google&utm_medium=cpc&gbraid=${g}`, referer: 'https://www.google.com/' } };
    }),
    4,
    plant('id-token', 'splunk-raw-id_token-expired-3h', 'note', 'A bookmarked sign-in completion page with `id_token=<JWT>` in the query, opened three hours after the token expired: identity claims, but no longer accepted (note).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 3 * 3600 + rng.int(10, 300), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://giris.cinarsigorta.example`, aud: 'cinar-web', sub: `${rng.int(100000, 999999)}`, name: 'Mehmet Kaya' } });
      return { value: token, jwt: facts, event: { path: '/giris/tamamla', query: `id_token=${token}&state=${rng.hex(16)}`, status: 302, referer: '-' } };
    }),
    4,
    plant('path-secret', 'splunk-raw-e-posta-dogrula-path-token', 'error', WHY.pathSecret('An e-mail verification link, `/e-posta/dogrula/<token>`, in the request line of `_raw`'), ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { path: `/e-posta/dogrula/${token}`, referer: '-' } };
    }),
    4,
    plant('embed-jwt', 'splunk-raw-embed-rapor-jwt-expired', 'note', 'A signed embed of an agency report (`/embed/rapor/<JWT>`) loaded from an old page a day after the token expired: the URL no longer opens anything (note).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: 86400 + rng.int(600, 3600), claims: { resource: { dashboard: rng.int(10, 40) }, params: { acente: rng.int(100, 999) } } });
      return { value: token, jwt: facts, event: { path: `/embed/rapor/${token}`, status: 401, bytes: 61, referer: 'https://acente-besiktas.example/raporlar' } };
    }),
    4,
    plant('webhook', 'splunk-raw-google-chat-webhook-token-percent-encoded', 'error', WHY.webhook("A Google Chat space webhook (`/v1/spaces/<space>/messages?key=…&token=<token>`) passed percent-encoded to the back office's notification test page; the `token` is the secret (the `key` is Google's public one)"), ({ rng }) => {
      const token = rng.b64url(43);
      const hook = `https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${token}`;
      return { value: token, needle: encodeURIComponent(token), event: { path: '/yonetim/bildirim/test', query: `webhook=${encodeURIComponent(hook)}`, referer: `https://${CS_APP}/yonetim/bildirim` } };
    }),
    4,
    plant('negative', 'splunk-raw-referral-code', 'none', 'A friend referral code (`ref=`, eight letters and digits) on the landing page: a marketing code, no credential.', ({ rng }) => {
      const ref = upperNum(rng, 8);
      return { value: `ref=${ref}`, event: { path: '/davet-et-kazan', query: `ref=${ref}` } };
    }),
    4,
  ];
  const header = ['"_raw","_time",host,index,linecount,source,sourcetype,"splunk_server"'];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: CS_APP }, filler, render, steps, header });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout22');
writePart(join(here, 'heldout22'), {
  'good-console.log': goodLog(rng),
  'verdaccio.log': verdaccioLog(rng),
  'error.log': nginxDebugLog(rng),
  'pekko-werkplaats.log': pekkoLog(rng),
  'winlogbeat.ndjson': winlogbeatLog(rng),
  'shelf.log': shelfLog(rng),
  'chromedriver.log': chromedriverLog(rng),
  'rocket.log': rocketLog(rng),
  'javalin-dev.log': javalinLog(rng),
  'caddy-access.log': caddyLog(rng),
  'kemal.log': kemalLog(rng),
  'envoy-debug.log': envoyLog(rng),
  'symfony-server.log': symfonyLog(rng),
  'splunk-web-erisim.csv': splunkLog(rng),
});
