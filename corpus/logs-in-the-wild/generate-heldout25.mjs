// Writes corpus/logs-in-the-wild/heldout25/: a twenty-fifth held-out part, in formats no other part uses (ASP.NET Core's
// W3CLogger, a Mule 4 application log with HttpRequestAttributes dumps, go-resty's debug log, AWS Amplify Hosting's
// access logs, Apache Knox's gateway-audit.log, Catalyst's debug output, CherryPy's screen log, WEBrick's default
// access and referer logs, twistd.log of a Klein service, a Slim app's Monolog file with Guzzle's DEBUG
// MessageFormatter, GlassFish's access log, Hanami 2's logger, Tesla.Middleware.Logger with `debug: true`, 3proxy's
// log), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout25.mjs     rewrites heldout25/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Tidewater Outfitters, an outdoor gear retailer in Portland, Oregon (English, five logs); Cafezal, a
// coffee subscription in Belo Horizonte (Brazilian Portuguese, five logs: routes, messages and the team's own parameter
// names in Portuguese); Revontuli Lämpö, a heat pump installer and service company in Oulu (Finnish, four logs).
// Standard names (OAuth's, vendors') stay as their specifications and vendors write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MIN, MONTHS, DAYS, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'GuzzleHttp/7', 'Apache-HttpClient/5.5'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 1, 2, 0, 0, 0);
const { firstUse, gap } = replayClock();
const zone = (offset, colon = false) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
const enc = encodeURIComponent;
const clfAt = (ms, offset) => {
  const d = local(ms, offset);
  return `${d.slice(8, 10)}/${MONTHS[Number(d.slice(5, 7)) - 1]}/${d.slice(0, 4)}:${d.slice(11, 19)}`;
};

// Tidewater Outfitters (English, Portland: UTC-8 in February).
const US = -480;
const US_WWW = 'www.tidewateroutfitters.example';
const US_AUTH = 'login.tidewateroutfitters.example';
const US_API = 'api.tidewateroutfitters.example';
const orderNo = (rng) => `TW${rng.int(1000000, 9999999)}`;
const SKUS = ['rain-shell-m', 'trail-runner-9', 'down-vest-l', 'dry-bag-20l', 'headlamp-400', 'merino-base-s'];
// Cafezal (Brazilian Portuguese, Belo Horizonte: UTC-3).
const BR = -180;
const BR_WWW = 'cafezal.example';
const BR_API = 'api.cafezal.example';
const BR_CONTA = 'conta.cafezal.example';
const pedido = (rng) => `CZ-${rng.int(100000, 999999)}`;
const CAFES = ['bourbon-amarelo', 'catuai-vermelho', 'mundo-novo', 'acaia', 'topazio'];
// Revontuli Lämpö (Finnish, Oulu: UTC+2).
const FI = 120;
const FI_WWW = 'revontulilampo.example';
const FI_API = 'api.revontulilampo.example';
const FI_SSO = 'tunnistus.revontulilampo.example';
const tilaus = (rng) => `RL-2027-${pad(rng.int(1, 9999), 6)}`;
const KUNNAT = ['oulu', 'kempele', 'liminka', 'ii', 'muhos', 'kiiminki'];

// ---------------------------------------------------------------------------------------------------------------------
// w3clog-20270202.0000.txt: Tidewater's storefront, ASP.NET Core 10 with `AddW3CLogging` (LoggingFields.All plus
// `AdditionalRequestHeaders.Add("x-api-key")`): the W3C extended format's `#Version`, `#Start-Date` and `#Fields`
// directives, UTC date and time, spaces in values written as `+`, `-` for an empty field.
// https://learn.microsoft.com/en-us/aspnet/core/fundamentals/w3c-logger/

function w3cLog(rng) {
  const fields = 'date time c-ip s-computername s-ip s-port cs-method cs-uri-stem cs-uri-query sc-status time-taken cs-version cs-host cs(User-Agent) cs(Cookie) cs(Referer) cs(x-api-key)';
  const w = (v) => (v ? String(v).replace(/ /g, '+') : '-');
  const render = (e) => [[iso(e.t).slice(0, 10), iso(e.t).slice(11, 19), e.ip, 'tw-web-7f9c', '10.4.12.31', 443, e.method, e.path, w(e.query), e.status, e.ms, 'HTTP/2', US_WWW, w(e.ua), w(e.cookie), w(e.referer === '-' ? '' : e.referer), w(e.apiKey)].join(' ')];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/products/${rng.pick(SKUS)}` }),
      () => ({ path: '/search', query: `q=${rng.pick(['rain jacket', 'tent', 'headlamp', 'wool socks'])}&page=${rng.int(1, 4)}` }),
      () => ({ path: '/cart', cookie: `.AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US` }),
      () => ({ path: '/api/stores/nearby', query: `zip=97${rng.int(200, 299)}` }),
      () => ({ path: '/health', ua: 'kube-probe/1.34' }),
    ])();
  const header = ['#Version: 1.0', `#Start-Date: ${iso(DAY0 + 16 * HOUR).slice(0, 19).replace('T', ' ')}`, `#Fields: ${fields}`];
  const steps = [
    4,
    plant('negative', 'w3c-asp-append-version-v', 'none', 'The `v=` that `asp-append-version` appends to a static file (a SHA-256 of its content, base64url): a cache buster, no credential.', ({ rng }) => {
      const v = rng.b64url(43);
      return { value: v, event: { path: '/css/site.min.css', query: `v=${v}`, referer: `https://${US_WWW}/` } };
    }),
    3,
    plant('oauth-code', 'w3c-signin-oidc-query-code', 'warning', `${WHY.code} The OpenID Connect handler's callback \`/signin-oidc?code=…&state=…\` (response_mode=query), written in \`cs-uri-query\`.`, ({ rng }) => {
      const code = rng.hex(64).toUpperCase();
      return { value: code, event: { path: '/signin-oidc', query: `code=${code}&scope=openid+profile+email&state=CfDJ8${rng.b64url(180)}&session_state=${rng.b64url(43)}.${rng.hex(32)}&iss=https%3A%2F%2F${US_AUTH}`, status: 302, referer: `https://${US_AUTH}/` } };
    }),
    3,
    plant('session-id', 'w3c-cookie-AspNetCore-Session', 'error', WHY.session("The cookie field (`cs(Cookie)`) with `.AspNetCore.Session=<id>`, the session the cart and checkout keep their state in"), ({ rng }) => {
      const sid = `CfDJ8${rng.b64url(120)}`;
      return { value: sid, event: { path: '/checkout/shipping', cookie: `.AspNetCore.Session=${sid}; ai_user=${rng.b64url(22)}` } };
    }),
    3,
    plant('id-token', 'w3c-referer-endsession-id_token_hint', 'error', "The Referer of `/signout-callback-oidc` is the identity provider's end-session URL with `id_token_hint=<JWT>`: the customer's ID token, live when logged (W3C times are UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(300, 3000), jti: true, alg: 'RS256', kid: rng.hex(20), claims: { iss: `https://${US_AUTH}`, aud: 'storefront', sub: rng.uuid(), email: 'megan.obrien@mail.example', name: "Megan O'Brien" } });
      return { value: token, jwt: facts, event: { path: '/signout-callback-oidc', query: `state=CfDJ8${rng.b64url(120)}`, status: 302, referer: `https://${US_AUTH}/connect/endsession?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${US_WWW}%2Fsignout-callback-oidc` } };
    }),
    3,
    plant('api-key-name', 'w3c-additional-header-x-api-key', 'error', `${WHY.apiKey('x-api-key')} The header the team added to the W3C fields (\`cs(x-api-key)\`): a store-inventory partner's key.`, ({ rng }) => {
      const key = `tw_live_${rng.alnum(32)}`;
      return { value: key, event: { path: '/api/inventory/levels', query: `store=pdx-${rng.int(1, 4)}`, ua: 'python-requests/2.32.5', apiKey: key } };
    }),
    3,
    plant('negative', 'w3c-cookie-antiforgery', 'none', 'The antiforgery cookie (`.AspNetCore.Antiforgery.<id>=CfDJ8…`): a CSRF token, no credential.', ({ rng }) => {
      const v = `CfDJ8${rng.b64url(110)}`;
      return { value: v, event: { method: 'POST', path: '/account/newsletter', status: 302, cookie: `.AspNetCore.Antiforgery.${rng.b64url(11)}=${v}` } };
    }),
    3,
    plant('embed-jwt', 'w3c-embed-sales-report-1h-jti', 'error', 'A store manager opens `/embed/sales-report/<JWT>`, the signed embed of the weekly sales report (live when logged, UTC).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(10, 200), jti: true, claims: { resource: { dashboard: rng.int(3, 30) }, params: { store: 'pdx-2' } } });
      return { value: token, jwt: facts, event: { path: `/embed/sales-report/${token}`, query: 'bordered=false&titled=true' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: US_WWW }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// tidewater-orders-api.log: a Mule 4.9 application's log (log4j2 pattern `%-5p %d [%t] [processor: %X{processorPath};
// event: %X{correlationId}] %c: %m%n`, local time without a zone). Logger components write `#[attributes]` (the
// HttpRequestAttributes' multi-line toString: `Request path=`, `Query string=`, `Query parameters=[…]`, `Headers=[…]`)
// and `#[payload]`; connectors write their errors (`HTTP POST on resource '<url>' failed: …`).
// https://docs.mulesoft.com/mule-runtime/latest/logging-in-mule, https://docs.mulesoft.com/http-connector/latest/http-listener-ref

function muleLog(rng) {
  const at = (ms) => local(ms, US).slice(0, 23).replace('T', ' ').replace('.', ',');
  const head = (e, logger) => `${(e.level ?? 'INFO').padEnd(5)} ${at(e.t)} [[MuleRuntime].uber.${pad(rng.int(1, 12))}: [tidewater-orders-api].${e.flow ?? 'orders-main'}.CPU_LITE @${rng.hex(7)}] [processor: ${e.flow ?? 'orders-main'}/processors/${e.proc ?? 0}; event: ${e.event}] ${logger}: `;
  const render = (e) => {
    if (e.msg) return [head(e, e.logger ?? 'org.mule.runtime.core.internal.processor.LoggerMessageProcessor') + e.msg];
    const qp = e.query ? e.query.split('&').map((kv) => `      ${kv}`) : [];
    const hs = Object.entries({ host: `${US_API}:8081`, 'user-agent': e.ua, accept: 'application/json', 'x-correlation-id': e.event, ...(e.headers ?? {}) }).map(([k, v]) => `      ${k}=${v}`);
    return [
      head(e, 'org.mule.runtime.core.internal.processor.LoggerMessageProcessor') + 'org.mule.extension.http.api.HttpRequestAttributes',
      '{',
      `   Request path=${e.path}`,
      `   Raw request path=${e.path}`,
      `   Method=${e.method}`,
      `   Listener path=/api/*`,
      `   Local Address=/10.4.20.17:8081`,
      `   Query string=${e.query ?? ''}`,
      `   Relative path=${e.path}`,
      `   Remote Address=/${e.ip}:${e.port}`,
      `   Request Uri=${target(e)}`,
      `   Raw Request Uri=${target(e)}`,
      `   Scheme=http`,
      `   Version=HTTP/1.1`,
      `   Headers=[`,
      ...hs,
      `   ]`,
      `   Query Parameters=[`,
      ...qp,
      `   ]`,
      `   URI Parameters=[]`,
      '}',
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `Order ${orderNo(rng)} accepted for fulfillment (warehouse PDX-${rng.int(1, 3)})`, event: rng.uuid() }),
      () => ({ msg: `Inventory sync finished: ${rng.int(40, 900)} SKUs updated`, flow: 'inventory-sync', event: rng.uuid() }),
      () => ({ msg: `Shipment label created for ${orderNo(rng)}`, flow: 'shipping', proc: 3, event: rng.uuid() }),
    ])();
  const ev = (rng) => rng.uuid();
  const steps = [
    3,
    plant('framework-dump', 'mule-HttpRequestAttributes-query-apikey', 'error', "A logger writes `#[attributes]`: Mule's HttpRequestAttributes dump the query (`Query string=` and `Query parameters=[…]`), with a partner's `apikey` in it. A framework's request dump is `framework-dump`.", ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { method: 'GET', path: '/api/orders/status', query: `apikey=${key}&order=${orderNo(rng)}`, ua: 'Apache-HttpClient/5.5', event: ev(rng) } };
    }),
    3,
    plant('negative', 'mule-secure-property-placeholder', 'none', 'An unresolved secure property (`${secure::…}`) in a startup error: a placeholder, no credential.', ({ rng }) => {
      const v = `\${secure::carrier.api.token${rng.int(1, 9)}}`;
      return { value: v, event: { level: 'ERROR', msg: `Couldn't find configuration property value for key ${v}`, logger: 'org.mule.runtime.config.internal.dsl.model.config.DefaultConfigurationPropertiesResolver', event: ev(rng) } };
    }),
    3,
    plant('header-dump', 'mule-HttpRequestAttributes-headers-authorization-bearer', 'error', "The attributes dump of a marketplace's order push lists its headers, `authorization=Bearer <token>`: an opaque access token (the log's time has no zone, so no JWT is planted here).", ({ rng }) => {
      const tok = rng.b64url(64);
      return { value: tok, event: { method: 'POST', path: '/api/marketplace/orders', headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' }, ua: 'okhttp/5.3.0', event: ev(rng) } };
    }),
    3,
    plant('webhook', 'mule-http-request-error-slack', 'error', WHY.webhook('A Slack incoming webhook in the HTTP connector\'s error (`HTTP POST on resource \'https://hooks.slack.com/services/…\' failed`)'), ({ rng }) => {
      const hook = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
      return { value: hook, event: { level: 'ERROR', flow: 'alerts', proc: 2, msg: `HTTP POST on resource 'https://hooks.slack.com/services/${hook}' failed: bad request (400).`, logger: 'org.mule.runtime.core.internal.exception.OnErrorPropagateHandler', event: ev(rng) } };
    }),
    3,
    plant('refresh-token', 'mule-payload-refresh_token-form', 'error', `${WHY.refresh} A logger writes \`#[payload]\` of the carrier token renewal, a form body \`grant_type=refresh_token&refresh_token=…\`.`, ({ rng }) => {
      const rt = rng.alnum(56);
      return { value: rt, event: { flow: 'carrier-token', proc: 1, msg: `Renewing carrier token: grant_type=refresh_token&refresh_token=${rt}&client_id=tidewater-wms`, event: ev(rng) } };
    }),
    3,
    plant('framework-dump', 'mule-db-connector-jdbc-url-password', 'error', "The Database connector's error quotes its JDBC URL with `password=` in clear: the orders database's service account password.", ({ rng }) => {
      const pw = `${rng.alnum(14)}#${rng.int(10, 99)}`;
      return { value: pw, event: { level: 'ERROR', flow: 'orders-db', proc: 0, msg: `Could not obtain connection from data source: jdbc:sqlserver://sql-orders.tidewater.internal:1433;databaseName=orders;user=svc_mule;password=${pw};encrypt=true`, logger: 'org.mule.runtime.core.internal.exception.OnErrorPropagateHandler', event: ev(rng) } };
    }),
    3,
    plant('negative', 'mule-headers-if-none-match-etag', 'none', 'An `if-none-match` ETag in the attributes dump: a content hash, no credential.', ({ rng }) => {
      const etag = `W/"${rng.hex(40)}"`;
      return { value: etag, event: { method: 'GET', path: '/api/catalog/products', query: 'page=2', headers: { 'if-none-match': etag }, ua: 'okhttp/5.3.0', event: ev(rng) } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: US_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// shipping-sync.log: Tidewater's Go shipping worker with go-resty v2's `SetDebug(true)`: the standard logger's
// `<yyyy/mm/dd HH:MM:SS.µµµµµµ> DEBUG RESTY ` head (local time, no zone), then the request (`~~~ REQUEST ~~~`, the
// request line, `HOST   :`, `HEADERS:`, `BODY   :`) and the response (`~~~ RESPONSE ~~~`, `STATUS       :`,
// `RECEIVED AT  :`, …) between lines of `=` and `-`; the worker's own lines through the same logger.
// https://resty.dev/docs/debug-log/ (v3) and https://pkg.go.dev/github.com/go-resty/resty/v2#Client.SetDebug

function restyLog(rng) {
  const at = (ms) => `${local(ms, US).slice(0, 10).replace(/-/g, '/')} ${local(ms, US).slice(11, 23)}${digits(rng, 3)}`;
  const render = (e) => {
    if (e.msg) return [`${at(e.t)} ${e.msg}`];
    const hs = Object.entries({ Accept: 'application/json', ...(e.headers ?? {}), 'User-Agent': 'go-resty/2.16.5 (https://github.com/go-resty/resty)' }).map(([k, v]) => `\t${k}: ${v}`);
    const rh = Object.entries({ 'Content-Type': 'application/json; charset=utf-8', Date: new Date(e.t).toUTCString(), ...(e.respHeaders ?? {}) }).map(([k, v]) => `\t${k}: ${v}`);
    return [
      `${at(e.t)} DEBUG RESTY `,
      '==============================================================================',
      '~~~ REQUEST ~~~',
      `${e.method}  ${target(e)}  HTTP/1.1`,
      `HOST   : ${e.host}`,
      'HEADERS:',
      ...hs,
      'BODY   :',
      e.body ?? '***** NO CONTENT *****',
      '------------------------------------------------------------------------------',
      '~~~ RESPONSE ~~~',
      `STATUS       : ${e.status} ${e.status === 200 ? 'OK' : e.status === 201 ? 'Created' : e.status === 204 ? 'No Content' : 'Bad Request'}`,
      'PROTO        : HTTP/2.0',
      `RECEIVED AT  : ${local(e.t + e.ms, US).slice(0, 23)}${zone(US, true)}`,
      `TIME DURATION: ${e.ms}ms`,
      'HEADERS      :',
      ...rh,
      'BODY         :',
      e.resp ?? '{}',
      '==============================================================================',
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `shipping-sync: ${rng.int(3, 60)} orders ready for labels` }),
      () => ({ method: 'GET', host: 'api.parcelgrid.example', path: `/v2/shipments/${orderNo(rng)}/events`, resp: `{"status":"${rng.pick(['in_transit', 'delivered', 'label_created'])}"}` }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'resty-headers-Authorization-Bearer', 'error', "resty's debug log writes every request header: `Authorization: Bearer <token>`, the carrier API's opaque access token.", ({ rng }) => {
      const tok = `pg_at_${rng.alnum(48)}`;
      return { value: tok, event: { method: 'POST', host: 'api.parcelgrid.example', path: '/v2/labels', headers: { Authorization: `Bearer ${tok}`, 'Content-Type': 'application/json' }, body: `{\n   "order": "${orderNo(rng)}",\n   "service": "ground"\n}`, status: 201, resp: `{"label_id":"lbl_${rng.hex(16)}"}` } };
    }),
    2,
    plant('negative', 'resty-idempotency-key', 'none', 'An `Idempotency-Key` (a UUID the worker makes per label): it deduplicates retries, no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'POST', host: 'api.parcelgrid.example', path: '/v2/pickups', headers: { 'Idempotency-Key': v, 'Content-Type': 'application/json' }, body: `{\n   "date": "2027-02-03"\n}`, status: 201 } };
    }),
    2,
    plant('api-key-name', 'resty-request-line-access_key', 'error', `${WHY.apiKey('access_key')} The rates API takes the key in the query; resty writes the request line with it.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { method: 'GET', host: 'rates.freightquote.example', path: '/v1/rates', query: `access_key=${key}&from=97209&to=${rng.int(10000, 99999)}&weight=${rng.int(1, 30)}`, resp: '{"rates":[]}' } };
    }),
    2,
    plant('refresh-token', 'resty-body-refresh_token-json', 'error', `${WHY.refresh} The body of the carrier's token renewal, \`{"grant_type": "refresh_token", "refresh_token": "…"}\`, written by resty's debug log.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'POST', host: 'auth.parcelgrid.example', path: '/oauth/token', headers: { 'Content-Type': 'application/json' }, body: `{\n   "grant_type": "refresh_token",\n   "refresh_token": "${rt}"\n}`, resp: '{"token_type":"Bearer","expires_in":3600}' } };
    }),
    2,
    plant('webhook', 'resty-request-line-discord-webhook', 'error', WHY.webhook('A Discord webhook (`/api/webhooks/<id>/<token>`) in the request line of the warehouse team\'s notification'), ({ rng }) => {
      const tok = rng.b64url(68);
      return { value: tok, event: { method: 'POST', host: 'discord.com', path: `/api/webhooks/${rng.int(1e17, 9e17)}/${tok}`, headers: { 'Content-Type': 'application/json' }, body: `{\n   "content": "Pickup booked for PDX-2"\n}`, status: 204, resp: '' } };
    }),
    2,
    plant('encoded', 'resty-response-body-go-u0026-tracking-token', 'error', "The carrier's Go API writes its JSON with `\\u0026` for `&`: the label URL in the response body carries `token=<secret>` after an escaped `&`, a signed download link of the label (name, address).", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { method: 'GET', host: 'api.parcelgrid.example', path: `/v2/labels/lbl_${rng.hex(16)}`, resp: `{"format":"pdf","url":"https://files.parcelgrid.example/labels/${rng.hex(12)}.pdf?expires=${Math.floor(DAY0 / 1000) + 90000}\\u0026token=${tok}"}` } };
    }),
    2,
    plant('negative', 'resty-response-x-request-id', 'none', "The carrier's `X-Request-Id` response header: a request id, no credential.", ({ rng }) => {
      const v = `req_${rng.alnum(24)}`;
      return { value: v, event: { method: 'GET', host: 'api.parcelgrid.example', path: '/v2/services', respHeaders: { 'X-Request-Id': v }, resp: '{"services":["ground","express"]}' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: US_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tidewater-storefront-access-logs.csv: AWS Amplify Hosting's access logs as the console's "Download" writes them (CSV,
// a header row, CloudFront-style fields: `date,time,x-edge-location,sc-bytes,c-ip,cs-method,cs(Host),cs-uri-stem,
// sc-status,cs(Referer),cs(User-Agent),cs-uri-query,…`, UTC), a Next.js storefront.
// https://docs.aws.amazon.com/amplify/latest/userguide/access-logs.html

function amplifyLog(rng) {
  const cols = 'date,time,x-edge-location,sc-bytes,c-ip,cs-method,cs(Host),cs-uri-stem,sc-status,cs(Referer),cs(User-Agent),cs-uri-query,cs(Cookie),x-edge-result-type,x-edge-request-id,x-host-header,cs-protocol,cs-bytes,time-taken,x-forwarded-for,ssl-protocol,ssl-cipher,x-edge-response-result-type,cs-protocol-version,fle-status,fle-encrypted-fields,c-port,time-to-first-byte,x-edge-detailed-result-type,sc-content-type,sc-content-len,sc-range-start,sc-range-end';
  const render = (e, rng) => {
    const res = e.status >= 400 ? 'Error' : rng.pick(['Hit', 'Miss', 'RefreshHit']);
    return [[iso(e.t).slice(0, 10), iso(e.t).slice(11, 19), rng.pick(['SEA19-C2', 'SFO53-P4', 'PDX50-C1']), e.bytes, e.ip, e.method, 'main.d2k7x9q4mwtf3c.amplifyapp.com', e.path, e.status, e.referer === '-' ? '-' : enc(e.referer), enc(e.ua), e.query || '-', '-', res, `${rng.b64url(40)}==`, US_WWW, 'https', rng.int(300, 900), (e.ms / 1000).toFixed(3), '-', 'TLSv1.3', 'TLS_AES_128_GCM_SHA256', res, 'HTTP/2.0', '-', '-', e.port, (e.ms / 1000 - 0.001).toFixed(3), res, 'text/html', e.bytes, '-', '-'].join(',')];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/products/${rng.pick(SKUS)}` }),
      () => ({ path: `/_next/static/chunks/${rng.hex(16)}.js` }),
      () => ({ path: '/collections/rain-gear', query: `sort=price-asc` }),
      () => ({ path: `/_next/image`, query: `url=%2Fimages%2F${rng.pick(SKUS)}.jpg&w=640&q=75` }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'amplify-auth-callback-code', 'warning', `${WHY.code} The storefront's \`/auth/callback?code=…&state=…\` in \`cs-uri-query\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/auth/callback', query: `code=${code}&state=${rng.b64url(32)}`, status: 307, referer: `https://${US_AUTH}/` } };
    }),
    3,
    plant('negative', 'amplify-gclid-click-id', 'none', 'A Google Ads click id (`gclid=`) on a landing page: a tracking id, no credential.', ({ rng }) => {
      const v = `Cj0KCQiA${rng.b64url(80)}_BwE`;
      return { value: v, event: { path: '/collections/winter-sale', query: `utm_source=google&utm_medium=cpc&gclid=${v}` } };
    }),
    3,
    plant('path-secret', 'amplify-account-reset-password-path', 'error', WHY.pathSecret('A password reset link `/account/reset-password/<token>`'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { path: `/account/reset-password/${tok}`, ua: BROWSERS[2] } };
    }),
    3,
    plant('replay', 'amplify-one_time_token-warranty-download', 'note', WHY.ticketFirst('A `one_time_token` of a warranty certificate download (`/downloads/warranty?one_time_token=…`)'), ({ rng, t }) => {
      firstUse.ott = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { path: '/downloads/warranty', query: `one_time_token=${tk}`, ip: '198.51.100.73' } };
    }, { ref: 'ott' }),
    3,
    plant('replay', 'amplify-one_time_token-warranty-download', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('ott').value, why: `${WHY.replay('one_time_token', gap('ott', t))} The \`c-ip\` field shows the two clients.` }], event: { path: '/downloads/warranty', query: `one_time_token=${refs.get('ott').value}`, ip: '203.0.113.41' } }), { replayOf: 'ott', after: 95 }),
    3,
    plant('path-secret', 'amplify-team-invite-path', 'error', WHY.pathSecret('A wholesale team invitation `/team/invite/<token>/accept`'), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { path: `/team/invite/${tok}/accept` } };
    }),
    3,
    plant('encoded', 'amplify-next-percent-encoded-share_token', 'error', 'A sign-in page whose `next` holds a path with `share_token=<token>` percent-encoded once (`%3Fshare_token%3D…`): the shared wishlist token travels on.', ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { path: '/account/sign-in', query: `next=%2Fwishlist%2Fshared%3Fshare_token%3D${tok}` } };
    }),
    3,
    plant('negative', 'amplify-next-static-build-hash', 'none', "A Next.js build id in a static path (`/_next/static/<buildId>/_buildManifest.js`): a build hash, no credential.", ({ rng }) => {
      const v = rng.b64url(21);
      return { value: v, event: { path: `/_next/static/${v}/_buildManifest.js` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR, site: { host: US_WWW }, filler, render, steps, header: [cols] });
}

// ---------------------------------------------------------------------------------------------------------------------
// gateway-audit.log: Tidewater's analytics cluster behind Apache Knox 2.1 (`<yy/MM/dd HH:mm:ss> <root request id>|
// <parent id>|<request id>|audit|<service>|<user>|<proxy user>|<system user>|<action>|<resource type>|
// <resource>|<outcome>|<message>`, local time, no zone): an `access` line for the gateway URL and a `dispatch` line for
// the backend URL of each request.
// https://apache.github.io/knox/config_audit (AuditLayout: `EVENT_PUBLISHING_TIME ROOT_REQUEST_ID|PARENT_REQUEST_ID|REQUEST_ID|LOGGER_NAME|…`)

function knoxLog(rng) {
  const at = (ms) => local(ms, US).slice(2, 19).replace('T', ' ').replace(/-/g, '/');
  const render = (e, rng) => {
    const id = rng.uuid();
    const svc = e.svc ?? 'WEBHDFS';
    const user = e.user ?? rng.pick(['analyst1', 'etl', 'megan.obrien']);
    const lines = [`${at(e.t)} ||${id}|audit|${svc}|${user}|||access|uri|/gateway/analytics${e.gw}|unavailable|Request method: ${e.method}`];
    if (e.backend) lines.push(`${at(e.t + 40)} ||${id}|audit|${svc}|${user}|||dispatch|uri|${e.backend}|success|Response status: ${e.status}`);
    lines.push(`${at(e.t + e.ms)} ||${id}|audit|${svc}|${user}|||access|uri|/gateway/analytics${e.gw}|success|Response status: ${e.status}`);
    return lines;
  };
  const nn = 'http://nn1.analytics.tidewater.internal:9870';
  const filler = (rng) => {
    const p = `/data/sales/${2027}/${pad(rng.int(1, 2))}/part-${pad(rng.int(0, 199), 5)}.parquet`;
    return rng.pick([
      () => ({ gw: `/webhdfs/v1${p}?op=GETFILESTATUS`, backend: `${nn}/webhdfs/v1${p}?op=GETFILESTATUS&user.name=analyst1` }),
      () => ({ svc: 'HIVE', gw: '/hive', backend: 'http://hs2.analytics.tidewater.internal:10001/cliservice', method: 'POST' }),
    ])();
  };
  const steps = [
    3,
    plant('session-id', 'knox-webhdfs-delegation-token', 'error', "A WebHDFS call with `delegation=<token>`: a Hadoop delegation token, a bearer credential (valid for a day, renewable up to seven) that acts as the user who got it; Knox writes it in the access lines.", ({ rng }) => {
      const dt = rng.b64url(96);
      return { value: dt, event: { gw: `/webhdfs/v1/data/exports/weekly.csv?op=OPEN&delegation=${dt}`, backend: `${nn}/webhdfs/v1/data/exports/weekly.csv?op=OPEN&user.name=etl&doas=etl` } };
    }),
    3,
    plant('negative', 'knox-webhdfs-user-name', 'none', "WebHDFS' `user.name=` on the backend URL Knox dispatches to: a user name (simple authentication inside the cluster), no secret.", ({ rng }) => {
      const v = `user.name=svc_bi${rng.int(1, 9)}`;
      return { value: v, event: { gw: '/webhdfs/v1/data/marts?op=LISTSTATUS', backend: `${nn}/webhdfs/v1/data/marts?op=LISTSTATUS&${v}` } };
    }),
    3,
    plant('api-key-name', 'knox-custom-service-api_key', 'error', `${WHY.apiKey('api_key')} A forecasting service proxied through Knox is called with its key in the query, on the gateway's access lines and the dispatch line.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { svc: 'FORECAST', gw: `/forecast/v1/demand?api_key=${key}&sku=${rng.pick(SKUS)}`, backend: `http://forecast.analytics.tidewater.internal:8080/v1/demand?api_key=${key}&sku=${rng.pick(SKUS)}` } };
    }),
    3,
    plant('path-secret', 'knox-shared-report-path', 'error', WHY.pathSecret('A shared report link `/reports/shared/<token>` opened through the gateway'), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { svc: 'REPORTS', gw: `/reports/shared/${tok}`, backend: `http://reports.analytics.tidewater.internal:8088/shared/${tok}` } };
    }),
    3,
    plant('encoded', 'knox-knoxsso-originalUrl-percent-encoded-share_token', 'error', "KnoxSSO's `originalUrl=` holds a report URL with `share_token=<token>` percent-encoded once: the token travels on through the sign-in.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { svc: 'KNOXSSO', gw: `/knoxsso/api/v1/websso?originalUrl=https%3A%2F%2Fknox.tidewater.internal%2Fgateway%2Fanalytics%2Freports%2Fview%3Fshare_token%3D${tok}`, status: 302 } };
    }),
    3,
    plant('negative', 'knox-doas-proxy-user', 'none', "A proxy user's name (`doas=`) on a WebHDFS request: a user name, no credential.", ({ rng }) => {
      const v = `doas=store_mgr_${rng.int(10, 99)}`;
      return { value: v, event: { gw: `/webhdfs/v1/data/stores?op=LISTSTATUS&${v}`, backend: `${nn}/webhdfs/v1/data/stores?op=LISTSTATUS&user.name=knox` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 20 * HOUR, site: { host: 'knox.tidewater.internal' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// catalyst-debug.log: Cafezal's back office, a Catalyst 5.90 app under `script/cafezal_server.pl -d` (debug output:
// `[info] *** Request <n> (<rate>/s) [<pid>] [<ctime>] ***`, `[debug] Path is "…"`, `[debug] "<METHOD>" request for
// "<path>" from "<ip>"`, `Query Parameters are:` and `Body Parameters are:` as Text::SimpleTable tables, the response
// line and the action timing table; ctime local, no zone). Catalyst::Plugin::Session writes `Found sessionid "…" in cookie`.
// https://metacpan.org/dist/Catalyst-Manual/view/lib/Catalyst/Manual/Tutorial/02_CatalystBasics.pod,
// https://metacpan.org/pod/Catalyst::Plugin::Session::State::Cookie

function catalystLog(rng) {
  let n = 0;
  const ctime = (ms) => {
    const d = new Date(ms + BR * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${iso(d.getTime()).slice(11, 19)} ${d.getUTCFullYear()}`;
  };
  const table = (title, rows) => [
    `[debug] ${title} Parameters are:`,
    `.-------------------------------------+--------------------------------------.`,
    `| Parameter                           | Value                                |`,
    `+-------------------------------------+--------------------------------------+`,
    ...rows.map(([k, v]) => `| ${k.padEnd(35)} | ${v.padEnd(36)} |`),
    `'-------------------------------------+--------------------------------------'`,
  ];
  const render = (e, rng) => {
    n += 1;
    const path = e.path.slice(1);
    const lines = [`[info] *** Request ${n} (${(n / 3600).toFixed(3)}/s) [${4100 + (n % 3)}] [${ctime(e.t)}] ***`];
    if (e.session) lines.push(`[debug] Found sessionid "${e.session}" in cookie`);
    lines.push(`[debug] Path is "${e.action ?? e.path}"`);
    if (e.args) lines.push(`[debug] Arguments are "${e.args}"`);
    lines.push(`[debug] "${e.method}" request for "${path}" from "${e.ip}"`);
    if (e.qp) lines.push(...table('Query', e.qp));
    if (e.bp) lines.push(...table('Body', e.bp));
    lines.push(`[debug] Response Code: ${e.status}; Content-Type: text/html; charset=utf-8; Content-Length: ${e.bytes}`);
    lines.push(`[info] Request took ${(e.ms / 1000).toFixed(6)}s (${(1000 / e.ms).toFixed(3)}/s)`);
    lines.push('.------------------------------------------------------------+-----------.');
    lines.push('| Action                                                     | Time      |');
    lines.push('+------------------------------------------------------------+-----------+');
    lines.push(`| ${(e.action ?? e.path).padEnd(58)} | ${((e.ms * 0.8) / 1000).toFixed(6)}s |`);
    lines.push(`| /end                                                       | ${((e.ms * 0.1) / 1000).toFixed(6)}s |`);
    lines.push("'------------------------------------------------------------+-----------'");
    lines.push('');
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/assinaturas', qp: [['pagina', String(rng.int(1, 9))], ['plano', rng.pick(['mensal', 'trimestral'])]] }),
      () => ({ path: `/pedidos/${pedido(rng)}`, action: '/pedidos/ver' }),
      () => ({ path: '/estoque/cafes', qp: [['variedade', rng.pick(CAFES)]] }),
    ])();
  const steps = [
    2,
    plant('oauth-code', 'catalyst-query-table-code', 'warning', `${WHY.code} Catalyst's debug output lists the callback's query parameters in a table: the \`code\` row, beside its \`state\` row.`, ({ rng }) => {
      const code = rng.b64url(32);
      return { value: code, event: { path: '/entrar/retorno', qp: [['code', code], ['state', rng.hex(32)]], status: 302 } };
    }),
    2,
    plant('negative', 'catalyst-body-table-csrf_token', 'none', 'The `csrf_token` row of a form post: a CSRF token, no credential.', ({ rng }) => {
      const v = rng.hex(36);
      return { value: v, event: { method: 'POST', path: '/assinaturas/pausar', bp: [['assinatura', String(rng.int(10000, 99999))], ['csrf_token', v]], status: 302 } };
    }),
    2,
    plant('framework-dump', 'catalyst-body-table-senha', 'error', "The `Body Parameters are:` table of the sign-in form post, with the `senha` (password) row in clear: a staff member's password.", ({ rng }) => {
      const pw = `${rng.alnum(10)}@${rng.int(10, 99)}`;
      return { value: pw, event: { method: 'POST', path: '/entrar', bp: [['email', 'joana.ribeiro@cafezal.example'], ['senha', pw], ['lembrar', '1']], status: 302 } };
    }),
    2,
    plant('session-id', 'catalyst-session-found-sessionid', 'error', WHY.session('Catalyst::Plugin::Session\'s debug line `Found sessionid "<id>" in cookie`'), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { path: '/relatorios/vendas', session: sid } };
    }),
    2,
    plant('path-secret', 'catalyst-redefinir-senha-path-args', 'error', WHY.pathSecret('A password reset link `/redefinir-senha/<token>`; Catalyst writes it as the path, the action\'s arguments and the request line'), ({ rng }) => {
      const tok = rng.hex(32);
      return { value: tok, event: { path: `/redefinir-senha/${tok}`, action: '/redefinir-senha', args: tok } };
    }),
    2,
    plant('api-key-name', 'catalyst-query-table-chave_api', 'error', `${WHY.apiKey('chave_api')} ("API key") The \`chave_api\` row of a partner café's stock query.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/api/estoque', qp: [['chave_api', key], ['variedade', rng.pick(CAFES)]], ua: 'python-requests/2.32.5' } };
    }),
    2,
    plant('negative', 'catalyst-query-table-rastreio', 'none', 'A Correios tracking code (`rastreio`) in a query table: a parcel number, no credential.', ({ rng }) => {
      const v = `Q${upperNum(rng, 1)}${digits(rng, 9)}BR`;
      return { value: v, event: { path: '/pedidos/rastrear', qp: [['rastreio', v]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'localhost:3000' }, filler, render, steps, header: ['[debug] Debug messages enabled', '[debug] Loaded plugins:', '[info] Cafezal::Backoffice powered by Catalyst 5.90131', 'HTTP::Server::PSGI: Accepting connections at http://0:3000/', ''] });
}

// ---------------------------------------------------------------------------------------------------------------------
// cherrypy.log: Cafezal's subscriber panel, CherryPy 18 with `log.screen` (the error log `[dd/Mon/yyyy:HH:MM:SS] <context>
// <message>` and the access log `<ip> - - [dd/Mon/yyyy:HH:MM:SS] "<request line>" <status> <bytes> "<referer>" "<ua>"`,
// local time without a zone), and the app's `cherrypy.log()` lines.
// https://docs.cherrypy.dev/en/latest/basics.html#logging

function cherrypyLog(rng) {
  const at = (ms) => `[${clfAt(ms, BR)}]`;
  const render = (e) => (e.msg ? [`${at(e.t)} ${e.msg}`] : [`${e.ip} - - ${at(e.t)} "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer === '-' ? '' : e.referer}" "${e.ua}"`]);
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/painel/assinatura' }),
      () => ({ path: '/painel/entregas', query: `mes=2027-0${rng.int(1, 2)}` }),
      () => ({ path: `/static/img/${rng.pick(CAFES)}.webp` }),
      () => ({ msg: `ENGINE Entrega ${pedido(rng)} marcada como enviada` }),
    ])();
  const header = [`${at(DAY0 + 11 * HOUR)} ENGINE Bus STARTING`, `${at(DAY0 + 11 * HOUR + 20)} ENGINE Serving on http://0.0.0.0:8080`, `${at(DAY0 + 11 * HOUR + 30)} ENGINE Bus STARTED`];
  const steps = [
    3,
    plant('implicit-fragment', 'cherrypy-client-error-location-href-access_token', 'error', "The panel's client error report, written by `cherrypy.log()`, quotes the browser's `location.href`: a hash-routed URL with `#/entrar/retorno?access_token=<token>` (opaque; the log's time has no zone).", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { msg: `Erro no cliente: TypeError: Cannot read properties of undefined (reading 'plano') em https://${BR_WWW}/painel/#/entrar/retorno?access_token=${tok}&token_type=Bearer&expires_in=3600` } };
    }),
    3,
    plant('negative', 'cherrypy-jquery-cache-buster', 'none', "jQuery's `_=<epoch ms>` cache buster: a time, no credential.", ({ t }) => {
      const v = `_=${t - 8211}`;
      return { value: v, event: { path: '/painel/api/frete', query: `cep=30130-100&${v}` } };
    }),
    3,
    plant('webhook', 'cherrypy-telegram-bot-token-connection-error', 'error', WHY.webhook("A Telegram bot token (`/bot<token>/sendMessage`) in requests' connection error, written by `cherrypy.log()`"), ({ rng }) => {
      const tok = `${rng.int(6000000000, 7999999999)}:AA${rng.b64url(33)}`;
      return { value: tok, event: { msg: `Falha ao avisar a equipe no Telegram: HTTPSConnectionPool(host='api.telegram.org', port=443): Max retries exceeded with url: /bot${tok}/sendMessage (Caused by NewConnectionError('Failed to establish a new connection: [Errno 101] Network is unreachable'))` } };
    }),
    3,
    plant('session-id', 'cherrypy-query-sessao', 'error', WHY.session('An old export link with `sessao=<id>` ("session") in the query'), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { path: '/painel/exportar', query: `formato=csv&sessao=${sid}` } };
    }),
    3,
    plant('api-key-name', 'cherrypy-query-chave', 'error', `${WHY.apiKey('chave')} ("key") A roastery's scale posts its readings with the key in the query.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { method: 'POST', path: '/api/balanca/leitura', query: `chave=${key}&lote=TZ-${rng.int(100, 999)}`, ua: 'python-requests/2.32.5', bytes: 2 } };
    }),
    3,
    plant('encoded', 'cherrypy-query-base64-usuario-senha', 'error', 'An ERP integration passes `cred=<base64>`: base64 of `usuario:senha` ("user:password"), a service account\'s password.', ({ rng }) => {
      const v = b64Of(`erp-integracao:${rng.alnum(15)}`);
      return { value: v, event: { path: '/painel/integracao/erp', query: `cred=${v}`, ua: 'Apache-HttpClient/5.5' } };
    }),
    3,
    plant('negative', 'cherrypy-static-asset-hash', 'none', 'A content hash in a built script\'s name (`painel.<hash>.js`): an asset hash, no credential.', ({ rng }) => {
      const v = rng.hex(20);
      return { value: v, event: { path: `/static/js/painel.${v}.js`, referer: `https://${BR_WWW}/painel/` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: BR_WWW }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// webrick.log: Cafezal's wholesale price list, a small Ruby app on WEBrick 1.9 with its default logs on stderr: the
// server log (`[yyyy-mm-dd HH:MM:SS] INFO  …`), the access log in Common Log Format (`%t` with the zone's name, `-03`
// in Belo Horizonte) and the referer log (`<Referer> -> <unparsed URI>`), two lines per request.
// https://ruby.github.io/webrick/WEBrick/AccessLog.html (CommonLogFormat, RefererLogFormat), https://ruby.github.io/webrick/WEBrick/HTTPServer.html

function webrickLog(rng) {
  const render = (e) => [`${e.ip} - - [${clfAt(e.t, BR)} -03] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes}`, `${e.referer} -> ${target(e)}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/precos', query: `tabela=atacado&variedade=${rng.pick(CAFES)}` }),
      () => ({ path: '/precos.csv' }),
      () => ({ path: `/pedidos/${pedido(rng)}` }),
    ])();
  const s = (ms) => `[${local(ms, BR).slice(0, 19).replace('T', ' ')}]`;
  const header = [`${s(DAY0 + 13 * HOUR)} INFO  WEBrick 1.9.1`, `${s(DAY0 + 13 * HOUR)} INFO  ruby 3.4.7 (2025-10-08) +PRISM [x86_64-linux]`, `${s(DAY0 + 13 * HOUR)} INFO  WEBrick::HTTPServer#start: pid=812 port=8000`];
  const steps = [
    3,
    plant('oauth-code', 'webrick-referer-log-code', 'warning', `${WHY.code} The referer log (\`<Referer> -> <URI>\`) of the favicon the callback page loads: the Referer is \`/entrar/retorno?code=…&state=…\`.`, ({ rng }) => {
      const code = rng.hex(40);
      return { value: code, event: { path: '/favicon.ico', status: 404, bytes: 289, referer: `https://atacado.${BR_WWW}/entrar/retorno?code=${code}&state=${rng.hex(24)}` } };
    }),
    3,
    plant('negative', 'webrick-asset-digest', 'none', 'A digest in an asset name (`/assets/precos-<sha256>.css`): an asset hash, no credential.', ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { path: `/assets/precos-${v}.css` } };
    }),
    3,
    plant('id-token', 'webrick-sair-id_token_hint', 'error', 'The sign-out route `/sair?id_token_hint=<JWT>`: the buyer\'s ID token, in the access log and the referer log, live when logged (WEBrick writes the zone, `-03`).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(200, 3000), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${BR_CONTA}`, aud: 'atacado', sub: rng.uuid(), email: 'compras@cafedapraca.example', name: 'Luiz Carvalho' } });
      return { value: token, jwt: facts, event: { path: '/sair', query: `id_token_hint=${token}`, status: 302 } };
    }),
    3,
    plant('embed-jwt', 'webrick-embed-painel-120s-no-jti', 'warning', 'A price chart embedded from `/embed/painel/<JWT>`, signed for 120 s without a jti: a short-lived embed token (warning), live when logged (`-03`).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(2, 20), claims: { resource: { question: rng.int(2, 60) }, params: {} } });
      return { value: token, jwt: facts, event: { path: `/embed/painel/${token}`, referer: `https://atacado.${BR_WWW}/precos` } };
    }),
    3,
    plant('path-secret', 'webrick-confirmar-email-path', 'error', WHY.pathSecret('An e-mail confirmation link `/confirmar-email/<token>`'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { path: `/confirmar-email/${tok}`, status: 302 } };
    }),
    3,
    plant('refresh-token', 'webrick-query-refresh_token', 'error', `${WHY.refresh} A buyer's spreadsheet add-in renews its token with a GET, \`grant_type=refresh_token&refresh_token=…\` in the query.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { path: '/oauth/token', query: `grant_type=refresh_token&refresh_token=${rt}&client_id=planilha`, ua: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Excel 16.0.18925; Pro)' } };
    }),
    3,
    plant('negative', 'webrick-code_challenge', 'none', 'A PKCE `code_challenge` on the way to the identity provider: a hash of the verifier, no credential.', ({ rng }) => {
      const v = rng.b64url(43);
      return { value: v, event: { path: '/entrar', query: `code_challenge=${v}&code_challenge_method=S256`, status: 302 } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: `atacado.${BR_WWW}` }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// twistd.log: Cafezal's roastery service, a Klein app under `twistd -n web --class=…` (twistd's log:
// `<yyyy-mm-ddTHH:MM:SS±zzzz> [<namespace>#<level>] <message>`, local time with its offset; twisted.web's combined
// access lines with their own UTC time, `"<ip>" - - [dd/Mon/yyyy:HH:MM:SS +0000] "…"`).
// https://docs.twisted.org/en/stable/core/howto/logger.html, https://docs.twisted.org/en/stable/api/twisted.web.http.html#combinedLogFormatter

function twistedLog(rng) {
  const at = (ms) => `${local(ms, BR).slice(0, 19)}${zone(BR)}`;
  const render = (e) =>
    e.msg
      ? [`${at(e.t)} [${e.ns ?? 'torra.servico'}#${e.level ?? 'info'}] ${e.msg}`]
      : [`${at(e.t)} [twisted.python.log#info] "${e.ip}" - - [${clfAt(e.t, 0)} +0000] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/torra/lotes', query: `desde=2027-02-0${rng.int(1, 2)}` }),
      () => ({ path: `/api/torra/lotes/TZ-${rng.int(100, 999)}/curva` }),
      () => ({ msg: `Lote TZ-${rng.int(100, 999)} finalizado: ${rng.int(8, 30)} kg, ${rng.int(11, 16)} min` }),
    ])();
  const steps = [
    3,
    plant('webhook', 'twisted-google-chat-webhook-token', 'error', WHY.webhook('A Google Chat incoming webhook (`…/messages?key=…&token=<token>`) in the alert sender\'s failure'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { level: 'error', msg: `Falha ao enviar alerta de temperatura para https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}: ResponseNeverReceived` } };
    }),
    3,
    plant('negative', 'twisted-pix-chave-aleatoria', 'none', 'A Pix random key (`chave` of a Pix charge, a UUID) the service prints with the charge: a payment address handed to every payer, no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { msg: `Cobrança Pix criada: txid=${rng.alnum(26)} valor=${rng.int(40, 900)}.00 chave=${v}` } };
    }),
    3,
    plant('header-dump', 'twisted-treq-headers-authorization-bearer-jwt', 'error', "A failed call's log prints treq's request headers, `Headers({b'authorization': [b'Bearer <JWT>'], …})`: the payment provider's access token, valid 5 min with a jti, live when logged (twistd writes the offset).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: rng.int(5, 60), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: 'https://auth.pagbrasil-psp.example', aud: 'cobrancas', sub: 'cafezal-torrefacao', scope: 'cob.write pix.read' } });
      return { value: token, jwt: facts, event: { level: 'error', msg: `Erro ao registrar cobrança: status 502, cabeçalhos enviados: Headers({b'authorization': [b'Bearer ${token}'], b'content-type': [b'application/json']})` } };
    }),
    3,
    plant('api-key-name', 'twisted-access-chave_api', 'error', `${WHY.apiKey('chave_api')} A roaster's controller posts its curve with the key in the query (twisted.web's access line).`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { method: 'POST', path: '/api/torra/curva', query: `chave_api=${key}&torrador=giesen-w15`, ua: 'python-requests/2.32.5', bytes: 17 } };
    }),
    3,
    plant('encoded', 'twisted-access-volta-double-percent-encoded-sessao', 'error', 'A sign-out whose `volta` ("back") holds a URL with `sessao=<id>` percent-encoded twice (`%253Fsessao%253D…`): the session id travels on.', ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { path: '/sair', query: `volta=https%253A%252F%252F${BR_WWW}%252Fpainel%253Fsessao%253D${sid}`, status: 302 } };
    }),
    3,
    plant('session-id', 'twisted-access-sid', 'error', WHY.session('A label printing link with `sid=<id>` in the query'), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { path: '/etiquetas/imprimir', query: `lote=TZ-${rng.int(100, 999)}&sid=${sid}` } };
    }),
    3,
    plant('negative', 'twisted-access-static-hash', 'none', 'A content hash in a built script\'s name: an asset hash, no credential.', ({ rng }) => {
      const v = rng.hex(16);
      return { value: v, event: { path: `/static/grafico.${v}.js` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: BR_API }, filler, render, steps, header: [`${at(DAY0 + 14 * HOUR)} [-] Loading /srv/torra/torra.tac...`, `${at(DAY0 + 14 * HOUR)} [twisted.scripts._twistd_unix.UnixAppLogger#info] twistd 25.5.0 (/srv/torra/.venv/bin/python 3.13.9) starting up.`, `${at(DAY0 + 14 * HOUR)} [twisted.web.server.Site#info] Starting factory <twisted.web.server.Site object at 0x7f3c${rng.hex(8)}>`] });
}

// ---------------------------------------------------------------------------------------------------------------------
// cobranca.log: Cafezal's billing service, a Slim 4 app whose Monolog 3 StreamHandler writes the default LineFormatter
// (`[<ISO time with offset>] <channel>.<LEVEL>: <message> <context> <extra>`; newlines in a message written as spaces)
// and whose Guzzle 7 client logs through `Middleware::log($logger, new MessageFormatter(MessageFormatter::DEBUG))`
// (`>>>>>>>>` request `<<<<<<<<` response `--------` error).
// https://docs.guzzlephp.org/en/stable/handlers-and-middleware.html, https://github.com/guzzle/guzzle/blob/7.10/src/MessageFormatter.php,
// https://github.com/Seldaek/monolog/blob/main/doc/01-usage.md

function slimLog(rng) {
  const at = (ms) => `${local(ms, BR).slice(0, 19)}.${digits(rng, 6)}${zone(BR, true)}`;
  const render = (e) => {
    if (e.msg) return [`[${at(e.t)}] cobranca.${e.level ?? 'INFO'}: ${e.msg} [] []`];
    const hs = Object.entries({ 'User-Agent': 'GuzzleHttp/7', Host: e.host, ...(e.headers ?? {}) }).map(([k, v]) => `${k}: ${v}`).join(' ');
    const rhs = Object.entries({ 'Content-Type': 'application/json', ...(e.respHeaders ?? {}) }).map(([k, v]) => `${k}: ${v}`).join(' ');
    return [`[${at(e.t)}] cobranca.${e.status >= 400 ? 'ERROR' : 'INFO'}: >>>>>>>> ${e.method} ${target(e)} HTTP/1.1 ${hs}  ${e.body ?? ''} <<<<<<<< HTTP/1.1 ${e.status} ${e.status === 200 ? 'OK' : e.status === 201 ? 'Created' : e.status === 302 ? 'Found' : 'Unauthorized'} ${rhs}  ${e.resp ?? ''} -------- NULL [] []`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `Assinatura ${rng.int(10000, 99999)} renovada (${rng.pick(['mensal', 'trimestral'])})` }),
      () => ({ method: 'GET', host: 'api.fretes.example', path: '/v2/cotacao', query: `cep_origem=30130100&cep_destino=${digits(rng, 8)}&peso=${rng.int(1, 5)}`, resp: `{"valor":${rng.int(12, 60)}.90}` }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'guzzle-debug-authorization-bearer-jwt', 'error', "Guzzle's DEBUG formatter writes the whole request: `Authorization: Bearer <JWT>`, the payment provider's access token, valid 5 min with a jti, live when logged (Monolog writes the offset).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: rng.int(5, 90), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: 'https://auth.pagbrasil-psp.example', aud: 'cobrancas', sub: 'cafezal-cobranca', scope: 'cob.write' } });
      return { value: token, jwt: facts, event: { method: 'POST', host: 'api.pagbrasil-psp.example', path: '/v2/cob', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: `{"valor":{"original":"89.90"},"calendario":{"expiracao":3600}}`, status: 201, resp: `{"txid":"${rng.alnum(26)}","status":"ATIVA"}` } };
    }),
    2,
    plant('negative', 'guzzle-debug-idempotency-key', 'none', 'An `Idempotency-Key` header (a UUID per charge): it deduplicates retries, no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'POST', host: 'api.pagbrasil-psp.example', path: '/v2/estornos', headers: { 'Idempotency-Key': v, 'Content-Type': 'application/json' }, body: '{"valor":"29.90"}', status: 201, resp: '{"status":"EM_PROCESSAMENTO"}' } };
    }),
    2,
    plant('refresh-token', 'guzzle-debug-form-refresh_token', 'error', `${WHY.refresh} The ERP's token renewal, a form body \`grant_type=refresh_token&refresh_token=…\` in Guzzle's DEBUG message.`, ({ rng }) => {
      const rt = rng.hex(40);
      return { value: rt, event: { method: 'POST', host: 'erp.gestaoonline.example', path: '/Api/v3/oauth/token', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `grant_type=refresh_token&refresh_token=${rt}`, status: 200, resp: '{"token_type":"Bearer","expires_in":21600}' } };
    }),
    2,
    plant('api-key-name', 'guzzle-debug-header-access_token', 'error', `${WHY.apiKey('access_token')} A payments API that takes its key in a header named \`access_token\`, written by Guzzle's DEBUG formatter.`, ({ rng }) => {
      const key = `$aact_prod_${rng.b64url(48)}`;
      return { value: key, event: { method: 'GET', host: 'api.cobrancasbr.example', path: '/v3/payments', query: `customer=cus_${digits(rng, 12)}`, headers: { access_token: key }, status: 200, resp: '{"data":[]}' } };
    }),
    2,
    plant('webhook', 'guzzle-debug-body-slack-json-escaped', 'error', WHY.webhook("A Slack incoming webhook, JSON-escaped by PHP's `json_encode` (`https:\\/\\/hooks.slack.com\\/services\\/…`), in the body that registers the alert channel with the monitoring service"), ({ rng }) => {
      const a = `T${upperNum(rng, 10)}`;
      const b = `B${upperNum(rng, 10)}`;
      const c = rng.alnum(24);
      return { value: `${a}\\/${b}\\/${c}`, event: { method: 'POST', host: 'api.monitora.example', path: '/v1/canais-alerta', headers: { 'Content-Type': 'application/json' }, body: `{"tipo":"slack","url":"https:\\/\\/hooks.slack.com\\/services\\/${a}\\/${b}\\/${c}"}`, status: 201, resp: '{"id":42}' } };
    }),
    2,
    plant('implicit-fragment', 'guzzle-debug-response-location-fragment', 'error', "Guzzle (`allow_redirects: false`) logs the identity provider's response head: `Location: …/retorno#access_token=<token>` (opaque), a fragment the browser would keep to itself.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { method: 'GET', host: BR_CONTA, path: '/oauth/authorize', query: `response_type=token&client_id=cobranca-teste&redirect_uri=https%3A%2F%2F${BR_WWW}%2Fretorno&state=${rng.hex(16)}`, status: 302, respHeaders: { Location: `https://${BR_WWW}/retorno#access_token=${tok}&token_type=Bearer&expires_in=3600` }, resp: '' } };
    }),
    2,
    plant('negative', 'guzzle-debug-response-etag', 'none', 'An `ETag` in a response head: a content hash, no credential.', ({ rng }) => {
      const v = `"${rng.hex(32)}"`;
      return { value: v, event: { method: 'GET', host: 'api.fretes.example', path: '/v2/servicos', status: 200, respHeaders: { ETag: v }, resp: '{"servicos":["PAC","SEDEX"]}' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: BR_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// server_access_log.2027-02-02.txt: Revontuli Lämpö's customer portal on GlassFish 7 (JSF), the HTTP service's access
// log with a format the team set (the default's tokens plus the Referer and the user agent: `%client.name% %auth-user-name% %datetime% %request% %status% %response.length%
// %header.referer% %header.user-agent%`, each field in double quotes, `NULL-AUTH-USER` for no user, `NULL-REFERER` for
// no Referer, the time with its offset).
// https://docs.oracle.com/cd/E19226-01/820-7694/auto27/index.html (access-log `format` and its default),
// https://glassfish.org/docs/latest/administration-guide.html

function glassfishLog(rng) {
  const q = (v) => `"${v}"`;
  const render = (e) => [[q(e.ip), q(e.user ?? 'NULL-AUTH-USER'), q(`${clfAt(e.t, FI)} ${zone(FI)}`), q(`${e.method} ${target(e)} HTTP/1.1`), e.status, e.bytes, q(e.referer === '-' ? 'NULL-REFERER' : e.referer), q(e.ua)].join(' ')];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/asiakas/laitteet.xhtml' }),
      () => ({ path: '/asiakas/huollot.xhtml', query: `kunta=${rng.pick(KUNNAT)}` }),
      () => ({ path: `/asiakas/tilaus.xhtml`, query: `numero=${tilaus(rng)}` }),
      () => ({ method: 'POST', path: '/asiakas/laitteet.xhtml', status: 200 }),
    ])();
  const steps = [
    3,
    plant('session-id', 'glassfish-jsessionid-path-parameter', 'error', WHY.session('A URL rewritten with `;jsessionid=<id>` (a browser without cookies)'), ({ rng }) => {
      const sid = `${rng.hex(28)}`;
      return { value: sid, event: { path: `/asiakas/huoltopyynto.xhtml;jsessionid=${sid}`, ua: BROWSERS[4] } };
    }),
    3,
    plant('negative', 'glassfish-jsf-resource-version', 'none', 'A JSF resource request (`ln=primefaces&v=15.0.8`): a library version as cache buster, no credential.', ({ rng }) => {
      const v = `ln=primefaces&v=15.0.${rng.int(1, 9)}&e=${rng.int(1000, 9999)}`;
      return { value: v, event: { path: '/jakarta.faces.resource/theme.css.xhtml', query: v } };
    }),
    3,
    plant('id-token', 'glassfish-kirjaudu-ulos-id_token_hint', 'error', 'The sign-out route `/kirjaudu-ulos?id_token_hint=<JWT>` ("log out"): the customer\'s ID token, valid 1 h with a jti, live when logged (GlassFish writes the offset).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(200, 3000), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${FI_SSO}`, aud: 'asiakasportaali', sub: rng.uuid(), email: 'aino.heikkinen@posti.example', name: 'Aino Heikkinen' } });
      return { value: token, jwt: facts, event: { path: '/kirjaudu-ulos', query: `id_token_hint=${token}`, status: 302 } };
    }),
    3,
    plant('path-secret', 'glassfish-salasanan-palautus-path', 'error', WHY.pathSecret('A password reset link `/salasanan-palautus/<token>` ("password reset")'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { path: `/salasanan-palautus/${tok}` } };
    }),
    3,
    plant('api-key-name', 'glassfish-query-api_avain', 'error', `${WHY.apiKey('api_avain')} ("API key") An installer partner's system reads service bookings with the key in the query.`, ({ rng }) => {
      const key = rng.hex(48);
      return { value: key, event: { path: '/rajapinta/v1/huoltovaraukset', query: `api_avain=${key}&alkaen=2027-02-01`, ua: 'Apache-HttpClient/5.5' } };
    }),
    3,
    plant('embed-jwt', 'glassfish-upotus-raportti-expired', 'note', "An energy report embedded from `/upotus/raportti/<JWT>` (\"embed/report\") whose token expired a day before the request: a dead link (note; GlassFish writes the offset).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: 86400 + 600 + rng.int(60, 3000), claims: { resource: { dashboard: rng.int(2, 20) }, params: { laite: `RL-${digits(rng, 6)}` } } });
      return { value: token, jwt: facts, event: { path: `/upotus/raportti/${token}`, status: 401, bytes: 512 } };
    }),
    3,
    plant('negative', 'glassfish-tilausnumero', 'none', 'An order number (`tilausnumero`) in a query: an id, no credential.', ({ rng }) => {
      const v = tilaus(rng).replace('RL-2027-', 'RL-2026-');
      return { value: v, event: { path: '/asiakas/tilaus/seuranta.xhtml', query: `tilausnumero=${v}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: FI_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// huolto.log: Revontuli Lämpö's field service app, Hanami 2.2 in production with its default logger (dry-logger:
// `[<app>] [<LEVEL>] [<yyyy-mm-dd HH:MM:SS ±zzzz>] <verb> <status> <elapsed> <ip> <path> <length> <params>`, params as a
// Ruby hash with `config.logger.filters` applied) and the app's own lines.
// https://guides.hanamirb.org/v2.2/logger/configuration/, https://github.com/dry-rb/dry-logger

function hanamiLog(rng) {
  const at = (ms) => `${local(ms, FI).slice(0, 19).replace('T', ' ')} ${zone(FI)}`;
  const hash = (o) => `{${Object.entries(o).map(([k, v]) => `"${k}"=>"${v}"`).join(', ')}}`;
  const render = (e) => (e.msg ? [`[huolto] [${e.level ?? 'INFO'}] [${at(e.t)}] ${e.msg}`] : [`[huolto] [INFO] [${at(e.t)}] ${e.method} ${e.status} ${e.ms}ms ${e.ip} ${e.path} ${e.bytes} ${e.params ? hash(e.params) : '{}'}`]);
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/tyojonot', params: { kunta: rng.pick(KUNNAT) } }),
      () => ({ path: `/kohteet/${rng.int(1000, 9999)}`, params: { id: String(rng.int(1000, 9999)) } }),
      () => ({ msg: `Huoltokäynti ${tilaus(rng)} kuitattu` }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'hanami-params-code', 'warning', `${WHY.code} Hanami writes the callback's params hash, \`{"code"=>"…", "state"=>"…"}\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/auth/callback', status: 302, params: { code, state: rng.hex(32) } } };
    }),
    3,
    plant('negative', 'hanami-params-salasana-filtered', 'none', 'A sign-in\'s `salasana` ("password") param written as `[FILTERED]` (the team added it to the logger\'s filters): a mask, no credential.', ({ rng }) => {
      const v = `"salasana"=>"[FILTERED]"`;
      return { value: v, event: { method: 'POST', path: '/kirjaudu', status: 302, params: { tunnus: `asentaja${rng.int(10, 99)}`, salasana: '[FILTERED]' } } };
    }),
    3,
    plant('framework-dump', 'hanami-params-pin-unfiltered', 'error', "The params hash of a door code update, with the `ovikoodi` (door code of a customer's technical room) in clear: the filters cover `salasana`, not this.", ({ rng }) => {
      const v = `${digits(rng, 6)}#${rng.alnum(4)}`;
      return { value: v, event: { method: 'POST', path: '/kohteet/4412/kulku', status: 302, params: { kohde: '4412', ovikoodi: v, avainkaappi: 'B2' } } };
    }),
    3,
    plant('refresh-token', 'hanami-params-refresh_token', 'error', `${WHY.refresh} The mobile app's token renewal, \`{"grant_type"=>"refresh_token", "refresh_token"=>"…"}\` in the params hash.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'POST', path: '/api/token', params: { grant_type: 'refresh_token', refresh_token: rt, client_id: 'huolto-mobiili' } } };
    }),
    3,
    plant('implicit-fragment', 'hanami-client-error-osoite-access_token-jwt', 'error', "The app logs a browser error report whose `osoite` (\"address\") is the page's URL, with `#access_token=<JWT>`: the technician's access token, valid 1 h with a jti, live when logged (Hanami writes the offset).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(10, 600), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${FI_SSO}`, aud: 'huolto', sub: rng.uuid(), scope: 'openid huolto' } });
      return { value: token, jwt: facts, event: { level: 'WARN', msg: `Selainvirhe: {"viesti"=>"Network request failed", "osoite"=>"https://huolto.${FI_WWW}/#access_token=${token}&token_type=Bearer"}` } };
    }),
    3,
    plant('encoded', 'hanami-params-paluu-percent-encoded-istunto', 'error', 'A `paluu` ("return") param holding a URL with `istunto=<id>` ("session") percent-encoded once: the session id travels on.', ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { path: '/kirjaudu', params: { paluu: `https%3A%2F%2Fhuolto.${FI_WWW}%2Ftyojonot%3Fistunto%3D${sid}` } } };
    }),
    3,
    plant('negative', 'hanami-params-laitetunnus', 'none', 'A heat pump\'s serial number (`laitetunnus`, "device id"): an id, no credential.', ({ rng }) => {
      const v = `NB${digits(rng, 10)}`;
      return { value: v, event: { path: '/laitteet/haku', params: { laitetunnus: v } } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: `huolto.${FI_WWW}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// etaohjaus.log: Revontuli Lämpö's remote control service, an Elixir release calling the heat pumps' cloud and other APIs
// through Tesla 1.15 with `Tesla.Middleware.Logger, debug: true, filter_headers: ["authorization"]`: Elixir Logger's
// default format (`<HH:MM:SS.mmm> [<level>] <message>`, no date, no zone), the request line `<METHOD> <url> -> <status>
// (<ms> ms)` and the debug block (`>>> REQUEST >>>`, `Query:`, headers, body, `<<< RESPONSE <<<`, headers, body).
// https://hexdocs.pm/tesla/Tesla.Middleware.Logger.html

function teslaLog(rng) {
  const at = (ms) => local(ms, FI).slice(11, 23);
  const render = (e) => {
    if (e.msg) return [`${at(e.t)} [${e.level ?? 'info'}] ${e.msg}`];
    const url = `https://${e.host}${target(e)}`;
    const qs = e.query ? e.query.split('&').map((kv) => `Query: ${kv.replace('=', ': ')}`) : [];
    const hs = Object.entries({ 'content-type': 'application/json', ...(e.headers ?? {}) }).map(([k, v]) => `${k}: ${v}`);
    const rh = Object.entries({ 'content-type': 'application/json', date: new Date(e.t).toUTCString(), ...(e.respHeaders ?? {}) }).map(([k, v]) => `${k}: ${v}`);
    return [`${at(e.t)} [${e.status >= 400 ? 'warning' : 'info'}] ${e.method} ${url} -> ${e.status} (${e.ms}.${digits(rng, 3)} ms)`, `${at(e.t)} [debug] >>> REQUEST >>>`, ...qs, ...hs, '', e.body ?? '(no body)', '', '<<< RESPONSE <<<', ...rh, '', e.resp ?? '{}', ''];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', host: 'cloud.lampopumppu-valmistaja.example', path: `/v2/devices/NB${digits(rng, 10)}/state`, resp: `{"mode":"heat","target":${rng.int(19, 23)}}` }),
      () => ({ msg: `Etäohjaus: ${rng.int(3, 40)} laitetta päivitetty` }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'tesla-debug-authorization-basic', 'error', "Tesla's debug block writes the request headers; the manufacturer's legacy API is called with `Authorization: Basic <base64 of user:password>` through a client the filter was not set on: a service account's password.", ({ rng }) => {
      const v = b64Of(`revontuli-api:${rng.alnum(18)}`);
      return { value: v, event: { method: 'GET', host: 'legacy.lampopumppu-valmistaja.example', path: '/api/v1/alarms', headers: { authorization: `Basic ${v}` }, resp: '{"alarms":[]}' } };
    }),
    2,
    plant('negative', 'tesla-debug-authorization-filtered', 'none', "Tesla's `filter_headers` at work: `authorization: [FILTERED]`, a mask, no credential.", ({ rng }) => {
      const v = 'authorization: [FILTERED]';
      return { value: v, event: { method: 'POST', host: 'cloud.lampopumppu-valmistaja.example', path: `/v2/devices/NB${digits(rng, 10)}/setpoint`, headers: { authorization: '[FILTERED]' }, body: '{"target":21}', resp: '{"ok":true}' } };
    }),
    2,
    plant('api-key-name', 'tesla-query-appid', 'error', `${WHY.apiKey('appid')} The weather forecast API that steers the pumps takes \`appid\` in the query: on Tesla's request line and its \`Query:\` line.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { method: 'GET', host: 'api.saaennuste.example', path: '/data/2.5/forecast', query: `lat=65.01&lon=25.47&units=metric&appid=${key}`, resp: '{"cnt":40}' } };
    }),
    2,
    plant('webhook', 'tesla-mattermost-hooks', 'error', WHY.webhook('A Mattermost incoming webhook (`/hooks/<id>`) on Tesla\'s request line'), ({ rng }) => {
      const id = rng.lowerNum(26);
      return { value: id, event: { method: 'POST', host: 'chat.revontulilampo.example', path: `/hooks/${id}`, body: '{"text":"Hälytys: 3 laitetta offline"}', resp: 'ok' } };
    }),
    2,
    plant('refresh-token', 'tesla-debug-body-refresh_token', 'error', `${WHY.refresh} The body of the manufacturer cloud's token renewal in Tesla's debug block (\`{"refresh_token":"…"}\`).`, ({ rng }) => {
      const rt = rng.alnum(80);
      return { value: rt, event: { method: 'POST', host: 'auth.lampopumppu-valmistaja.example', path: '/oauth2/token', body: `{"grant_type":"refresh_token","refresh_token":"${rt}","client_id":"revontuli-etaohjaus"}`, resp: '{"expires_in":3600}' } };
    }),
    2,
    plant('path-secret', 'tesla-debug-body-kutsu-link', 'error', WHY.pathSecret('A customer invitation link `/kutsu/<token>` ("invitation") in the body sent to the e-mail API'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'POST', host: 'api.sahkoposti.example', path: '/v3/send', body: `{"to":"kari.nieminen@mail.example","template":"kutsu","vars":{"linkki":"https://${FI_WWW}/kutsu/${tok}"}}`, status: 202, resp: '{"queued":true}' } };
    }),
    2,
    plant('negative', 'tesla-response-x-request-id', 'none', 'An `x-request-id` response header: a request id, no credential.', ({ rng }) => {
      const v = rng.b64url(20);
      return { value: v, event: { method: 'GET', host: 'cloud.lampopumppu-valmistaja.example', path: '/v2/firmware/latest', respHeaders: { 'x-request-id': v }, resp: '{"version":"4.2.1"}' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: FI_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 3proxy.log: the office and van Wi-Fi proxy, 3proxy 0.9 with the sample configuration's `logformat "L%d-%m-%Y
// %H:%M:%S %z %N.%p %E %U %C:%c %R:%r %O %I %h %T"` (local time with its offset, service and port, error code, user,
// client, remote, bytes out and in, hops, the request line; HTTPS as `CONNECT host:443`).
// https://3proxy.org/doc/man3/3proxy.cfg.3.html (logformat), https://github.com/3proxy/3proxy/blob/master/cfg/3proxy.cfg.sample

function threeProxyLog(rng) {
  const render = (e, rng) => {
    const d = local(e.t, FI);
    const client = e.client ?? `192.168.20.${rng.int(20, 60)}`;
    return [`${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)} ${d.slice(11, 19)} ${zone(FI)} PROXY.3128 00000 - ${client}:${rng.int(40000, 65000)} ${e.ip}:${e.connect ? 443 : 80} ${rng.int(300, 3000)} ${e.bytes} 0 ${e.connect ? `CONNECT ${e.connect}:443 HTTP/1.1` : `${e.method} http://${e.host}${target(e)} HTTP/1.1`}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ connect: rng.pick(['login.microsoftonline.com', 'outlook.office.com', `${FI_WWW}`, 'maps.googleapis.com']) }),
      () => ({ connect: `huolto.${FI_WWW}` }),
      () => ({ host: 'connectivitycheck.gstatic.com', path: '/generate_204', status: 204 }),
    ])();
  const steps = [
    3,
    plant('negative', 'threeproxy-ocsp-request-path', 'none', "An OCSP request (`http://ocsp…/<base64 DER>`): a certificate status query, public by design, no credential.", ({ rng }) => {
      const v = `MFMwUTBPME0wSzAJBgUrDgMCGgUABBT${rng.b64url(40)}`;
      return { value: v, event: { host: 'ocsp.digicert.example', path: `/${v}` } };
    }),
    3,
    plant('api-key-name', 'threeproxy-heatpump-bridge-avain', 'error', `${WHY.apiKey('avain')} ("key") A heat pump's bridge reports over plain HTTP with the key in the query; the proxy writes the whole URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { host: 'silta.lampopumppu-valmistaja.example', path: '/raportti', query: `laite=NB${digits(rng, 10)}&avain=${key}`, client: '192.168.30.14' } };
    }),
    3,
    plant('replay', 'threeproxy-firmware-ticket', 'note', WHY.ticketFirst("A `ticket` of the manufacturer's single-use firmware download (`/download?ticket=…`, plain HTTP)"), ({ rng, t }) => {
      firstUse.fw = t;
      const tk = rng.hex(40);
      return { value: tk, event: { host: 'firmware.lampopumppu-valmistaja.example', path: '/download', query: `file=nb-4.2.1.bin&ticket=${tk}`, client: '192.168.20.31', ip: '203.0.113.90' } };
    }, { ref: 'fw' }),
    3,
    plant('replay', 'threeproxy-firmware-ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('fw').value, why: `${WHY.replay('ticket', gap('fw', t))} The client field (\`%C\`) shows the two laptops.` }], event: { host: 'firmware.lampopumppu-valmistaja.example', path: '/download', query: `file=nb-4.2.1.bin&ticket=${refs.get('fw').value}`, client: '192.168.20.47', ip: '203.0.113.90' } }), { replayOf: 'fw', after: 142 }),
    3,
    plant('session-id', 'threeproxy-supplier-portal-PHPSESSID', 'error', WHY.session("A parts supplier's old portal over plain HTTP with `PHPSESSID=<id>` in the URL"), ({ rng }) => {
      const sid = rng.lowerNum(26);
      return { value: sid, event: { host: 'osat.tukkuri.example', path: '/tilaus.php', query: `PHPSESSID=${sid}&tuote=${rng.int(10000, 99999)}` } };
    }),
    3,
    plant('embed-jwt', 'threeproxy-embed-no-exp', 'error', 'An installer\'s laptop opens an energy dashboard embed `/embed/kulutus/<JWT>` over plain HTTP whose token has no `exp`: a link that never expires (error; 3proxy writes the offset).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { claims: { resource: { dashboard: rng.int(2, 20) }, params: { kohde: String(rng.int(1000, 9999)) } } });
      return { value: token, jwt: facts, event: { host: 'raportit.revontulilampo.example', path: `/embed/kulutus/${token}` } };
    }),
    3,
    plant('path-secret', 'threeproxy-vahvista-sahkoposti-path', 'error', WHY.pathSecret('An e-mail verification link `/vahvista-sahkoposti/<token>` ("verify e-mail") followed over plain HTTP'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { host: `www.${FI_WWW}`, path: `/vahvista-sahkoposti/${tok}` } };
    }),
    3,
    plant('negative', 'threeproxy-gclid', 'none', 'A Google Ads click id (`gclid=`): a tracking id, no credential.', ({ rng }) => {
      const v = `EAIaIQob${rng.b64url(60)}_BwE`;
      return { value: v, event: { host: 'www.lampopumput-vertailu.example', path: '/', query: `gclid=${v}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'proxy.revontulilampo.example' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout25');
writePart(join(here, 'heldout25'), {
  'w3clog-20270202.0000.txt': w3cLog(rng),
  'tidewater-orders-api.log': muleLog(rng),
  'shipping-sync.log': restyLog(rng),
  'tidewater-storefront-access-logs.csv': amplifyLog(rng),
  'gateway-audit.log': knoxLog(rng),
  'catalyst-debug.log': catalystLog(rng),
  'cherrypy.log': cherrypyLog(rng),
  'webrick.log': webrickLog(rng),
  'twistd.log': twistedLog(rng),
  'cobranca.log': slimLog(rng),
  'server_access_log.2027-02-02.txt': glassfishLog(rng),
  'huolto.log': hanamiLog(rng),
  'etaohjaus.log': teslaLog(rng),
  '3proxy.log': threeProxyLog(rng),
});
