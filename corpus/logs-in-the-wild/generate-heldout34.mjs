// Writes corpus/logs-in-the-wild/heldout34/: a thirty-fourth held-out part, in formats no other part uses (a Dancer2
// app under plackup with Starman, Plack's AccessLog and Dancer2's console logger; Tomcat's ExtendedAccessLogValve (W3C
// extended); `aws xray batch-get-traces` output; Twilio Monitor alerts fetched one by one; Cloud Endpoints ESPv2
// request logs from a Cloud Logging sink; Laminas\Log's Simple formatter; a Drogon service with trantor's logger and
// the AccessLogger plugin; KeyCDN log forwarding through rsyslog; a Hummingbird 1 service with swift-log's
// StreamLogHandler; Pyramid under pserve with waitress and Paste's TransLogger; an Armeria gateway's LoggingService
// with content previews through logback; an OCaml Dream service's default logger; Gcore CDN raw logs; nginx's
// error.log with Phusion Passenger 6 and a Node app's output), with credentials planted in the places issue #14 lists
// and look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before
// any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout34.mjs     rewrites heldout34/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256/ES256 signatures are random bytes. The log builder (labels, repeat lines, the check that
// no planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Quillhaven, an online print shop in Manchester (English, five logs); Maré Viva, a surf school and
// board rental in Ericeira (European Portuguese messages, routes, parameter and field names, English code names, five
// logs); Hverabað, a geothermal bathing lagoon in Hveragerði (Icelandic messages, routes and parameter names, English
// code names, four logs). Standard names (OAuth's, vendors') stay as their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.18.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'axios/1.13.4'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const { firstUse, gap } = replayClock();

// ---------------------------------------------------------------------------------------------------------------------
// Helpers shared by several formats.

/** `±hh:mm` (or `±hhmm`) for `offset` minutes. */
const zone = (offset, colon = true) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
/** `yyyy-MM-dd HH:mm:ss` at `offset` minutes. */
const dayTime = (ms, offset = 0) => local(ms, offset).slice(0, 19).replace('T', ' ');
/** RFC 1123 date of an HTTP header. */
const httpDate = (ms) => new Date(ms).toUTCString();
/** application/x-www-form-urlencoded encoding of one value (as URLSearchParams, Java's URLEncoder and Twilio write it). */
const formEnc = (v) => new URLSearchParams({ x: v }).toString().slice(2);
/** A form body from pairs. */
const form = (pairs) => pairs.map(([k, v]) => `${formEnc(k)}=${formEnc(v)}`).join('&');
/** Perl's Data::Dumper with Terse(1), Indent(0), Sortkeys(1) of a flat hash of strings (Dancer2's _serialize). */
const dumper = (o) => `{${Object.keys(o).sort().map((k) => `'${k}' => '${String(o[k]).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(',')}}`;
/** Python's repr of a str. */
const pyStr = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** Python's urllib.parse.quote(path) with the default safe '/' (Paste's TransLogger re-quotes the path this way). */
const pyQuote = (s) => encodeURIComponent(s).replace(/%2F/g, '/').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** Node's util.inspect of a flat object of strings and numbers (single line, as console.log prints a short one). */
const inspect = (o) => `{ ${Object.entries(o).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${typeof v === 'string' ? `'${v}'` : v}`).join(', ')} }`;

/** RFC 9285 base45 (the QR code alphanumeric alphabet). */
const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
function base45(text) {
  const bytes = Buffer.from(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      let n = bytes[i] * 256 + bytes[i + 1];
      const c = n % 45;
      n = (n - c) / 45;
      const d = n % 45;
      const e = (n - d) / 45;
      out += B45[c] + B45[d] + B45[e];
    } else {
      const n = bytes[i];
      out += B45[n % 45] + B45[Math.floor(n / 45)];
    }
  }
  return out;
}

// =====================================================================================================================
// Quillhaven (English; Manchester: BST, UTC+1, in June)
// =====================================================================================================================

const BST = 60;
const QH = 'quillhaven.example';
const QH_WWW = `www.${QH}`;
const QH_DAY = Date.UTC(2027, 5, 8, 0, 0, 0);
const order = (rng) => `QH-2027-${digits(rng, 6)}`;
const PRODUCTS = ['business-cards', 'a2-posters', 'wedding-invitations', 'flyers-a5', 'letterheads', 'stickers-die-cut', 'tote-bags'];

// ---------------------------------------------------------------------------------------------------------------------
// quillhaven-orders.log: the order app (Dancer2 1.1 on Perl 5.38) under `plackup -s Starman -E development`, stderr to
// a file: Starman's start-up lines (Net::Server), Plack::Middleware::AccessLog (enabled by plackup's development
// environment, the `combined` format: `%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-agent}i"`, `%t` with the server's
// offset), and Dancer2's console logger with the team's log_format `[%a:%P] %L @%T> [%{X-Reseller-Key}h] %m in %f l. %l`
// (`%T` local time without a zone, `%{…}h` a request header or `-`); `debug` with a reference serializes it with
// Data::Dumper (Terse, Indent 0, Sortkeys); a message with line breaks (HTTP::Request's `as_string`) is written as it is.
// https://metacpan.org/pod/Dancer2::Core::Role::Logger (log_format, read in the role's source through search),
// https://metacpan.org/pod/Plack::Middleware::AccessLog (the combined format), Starman's Net::Server lines from memory.

function ordersLog(rng) {
  const pids = [2821, 2822, 2823, 2824];
  const dancer = (ms, pid, [level, msg, file, line], key) => `[Quillhaven::Orders:${pid}] ${level} @${dayTime(ms, BST)}> [${key ?? '-'}] ${msg} in /srv/quillhaven/lib/Quillhaven/${file} l. ${line}`;
  const render = (e, rng) => {
    const pid = e.pid ?? rng.pick(pids);
    const out = (e.dl ?? []).map((d, i) => dancer(e.t + i * 3, pid, d, e.key));
    if (e.noAccess) return out;
    out.push(`${e.ip} - - [${clf(e.t + e.ms, BST)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes || '-'} "${e.referer}" "${e.ua}"`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/products/${rng.pick(PRODUCTS)}`, referer: `https://${QH_WWW}/` }),
      () => ({ path: `/static/css/app.css`, status: 304, bytes: 0, referer: `https://${QH_WWW}/products/${rng.pick(PRODUCTS)}` }),
      () => ({ path: `/static/img/${rng.pick(PRODUCTS)}-${rng.int(1, 6)}.jpg`, referer: `https://${QH_WWW}/products/${rng.pick(PRODUCTS)}` }),
      () => ({ method: 'POST', path: '/checkout', status: 302, bytes: 0, referer: `https://${QH_WWW}/basket`, dl: [['info', `Order ${order(rng)} paid via Stripe (GBP ${rng.int(12, 480)}.${digits(rng, 2)}, ${rng.pick(PRODUCTS)})`, 'Checkout.pm', 142]] }),
      () => ({ path: '/api/v2/orders', query: `status=${rng.pick(['printing', 'dispatched', 'awaiting-proof'])}&page=${rng.int(1, 4)}`, ua: 'python-requests/2.32.5', dl: [['debug', `Listing orders for reseller ${rng.pick(['printmatters', 'inkandpaper', 'northernsigns'])}`, 'Api.pm', 77]] }),
    ])();
  const steps = [
    plant('negative', 'dancer2-debug-artwork-sha256', 'none', "The SHA-256 of an uploaded artwork file in a Dancer2 `info` line (the file's fingerprint, used to spot duplicates): no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { method: 'POST', path: `/orders/${order(rng)}/artwork`, status: 201, referer: `https://${QH_WWW}/orders/upload`, dl: [['info', `Artwork received: front.pdf (${rng.int(1, 9)}.${rng.int(1, 9)} MB, sha256=${h})`, 'Artwork.pm', 58]] } };
    }),
    5,
    plant('oauth-code', 'dancer2-debug-dumper-params-etsy-code', 'warning', `${WHY.code} The Etsy shop link's callback: a \`debug\` of Dancer2's \`params\` serializes them with Data::Dumper (\`{'code' => '…','state' => '…'}\`); Plack's access line of the same request writes the query again.`, ({ rng }) => {
      const code = rng.b64url(64);
      const state = rng.b64url(24);
      return { value: code, event: { path: '/auth/etsy/callback', query: `code=${code}&state=${state}`, status: 302, bytes: 0, referer: 'https://www.etsy.com/', dl: [['debug', `Etsy callback params: ${dumper({ code, state })}`, 'Auth/Etsy.pm', 39], ['info', `Etsy shop linked for customer ${rng.int(10000, 99999)}`, 'Auth/Etsy.pm', 61]] } };
    }),
    5,
    plant('path-secret', 'plack-accesslog-proof-approve-token', 'error', WHY.pathSecret("A proof approval link `/proof/approve/<token>` e-mailed to the customer (opening it approves the proof and books the press: no sign-in asked), in Plack's combined line"), ({ rng }) => {
      const tok = rng.b64url(43);
      const o = order(rng);
      return { value: tok, event: { path: `/proof/approve/${tok}`, status: 302, bytes: 0, referer: '-', ua: BROWSERS[2], dl: [['info', `Proof 2 approved for ${o}, press slot booked`, 'Proofs.pm', 203]] } };
    }),
    5,
    plant('header-dump', 'dancer2-debug-lwp-as-string-zoho-oauthtoken', 'error', "The trade enquiry form is copied to Zoho CRM; a `debug` of the request's `as_string` writes the HTTP::Request whole, one header a line, `Authorization: Zoho-oauthtoken 1000.<hex>.<hex>` among them (a Zoho access token, valid an hour, on a line without a time).", ({ rng }) => {
      const tok = `1000.${rng.hex(32)}.${rng.hex(32)}`;
      const body = JSON.stringify({ data: [{ Last_Name: 'Okonjo', Company: 'Riverside Florists', Email: 'hello@riversideflorists.example', Lead_Source: 'Trade form' }] });
      const msg = ['Zoho CRM request:', 'POST https://www.zohoapis.eu/crm/v6/Leads', `Authorization: Zoho-oauthtoken ${tok}`, `Content-Length: ${body.length}`, 'Content-Type: application/json', '', body].join('\n');
      return { value: tok, event: { method: 'POST', path: '/trade/enquiry', status: 303, bytes: 0, referer: `https://${QH_WWW}/trade`, dl: [['debug', msg, 'Crm/Zoho.pm', 64], ['info', 'Trade enquiry 7781 stored, lead sent to CRM', 'Trade.pm', 40]] } };
    }),
    5,
    plant('embed-jwt', 'plack-accesslog-embed-price-calculator-1h', 'error', "A reseller's site embeds the price calculator `/embed/price-calculator/<JWT>` (1 h, no jti): Plack's combined line writes the path with the token.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), claims: { reseller: 'printmatters', markup: 0.18, view: 'price-calculator' } });
      return { value: token, jwt: facts, event: { path: `/embed/price-calculator/${token}`, query: 'currency=GBP', referer: 'https://www.printmatters-reseller.example/prices', ua: BROWSERS[0] } };
    }),
    5,
    plant('api-key-name', 'dancer2-log-format-header-x-reseller-key', 'error', `${WHY.apiKey('X-Reseller-Key')} The team put \`%{X-Reseller-Key}h\` in Dancer2's log_format to see which reseller called, so every line the app logs during a reseller's request carries the key in its prefix (the first line labeled, the next a repeat).`, ({ rng }) => {
      const key = `qhr_live_${rng.alnum(32)}`;
      const o = order(rng);
      return { value: key, event: { method: 'POST', path: '/api/v2/quotes', status: 201, ua: 'python-requests/2.32.5', key, dl: [['info', `Quote requested: 500 x ${rng.pick(PRODUCTS)}, 350gsm silk`, 'Api/Quotes.pm', 88], ['debug', `Quote ${o.replace('QH', 'QQ')} priced at GBP ${rng.int(40, 300)}.${digits(rng, 2)} (trade band B)`, 'Api/Quotes.pm', 131]] } };
    }),
    5,
    plant('framework-dump', 'dancer2-debug-dumper-login-params-password', 'error', "A failed sign-in's `debug` serializes Dancer2's `params` with Data::Dumper: the customer's `password` is written in clear.", ({ rng }) => {
      const pw = `${rng.alnum(10)}${digits(rng, 2)}!`;
      return { value: pw, event: { method: 'POST', path: '/login', status: 401, referer: `https://${QH_WWW}/login`, dl: [['debug', `Login failed, params: ${dumper({ email: 'j.whitcombe@mail.example', password: pw, remember: '1' })}`, 'Auth.pm', 112]] } };
    }),
    5,
    plant('negative', 'plack-accesslog-royal-mail-tracking-number', 'none', 'A Royal Mail tracking number (`AB123456789GB`) in a tracking page query: the parcel reference printed on the label, no credential.', ({ rng }) => {
      const tn = `${upperNum(rng, 2).replace(/[0-9]/g, 'K')}${digits(rng, 9)}GB`;
      return { value: tn, event: { path: `/orders/${order(rng)}/tracking`, query: `parcel=${tn}`, referer: `https://${QH_WWW}/account/orders`, ua: BROWSERS[4] } };
    }),
    3,
  ];
  const header = ['2027/06/08-07:59:58 Starman::Server (type Net::Server::PreFork) starting! pid(2817)', 'Resolved [*]:5000 to [0.0.0.0]:5000, IPv4', 'Binding to TCP port 5000 on host 0.0.0.0 with IPv4'];
  return buildLog(rng, { start: QH_DAY + 7 * HOUR + 2 * MIN, site: { host: QH_WWW }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// proofing_access.2027-06-08.log: the proofing app (Java, Tomcat 10.1) with an ExtendedAccessLogValve: the W3C header
// the valve writes into a new file (`#Fields: <pattern>`, `#Version: 2.0`, `#Software: Apache Tomcat/<version>`), then
// one line a request, fields in the pattern's order and separated by spaces: `date` and `time` in GMT, `x-threadname`,
// `c-ip`, `cs-method`, `cs-uri` (path and query), `sc-status`, `bytes`, `time-taken` (seconds), and the wrapped fields
// (`"…"` with inner quotes doubled, `-` when empty): `cs(Referer)`, `cs(User-Agent)`, `x-H(requestedSessionId)`,
// `x-P(api_key)` and `x-P(callback)` (request.getParameter, URL-encoded) and `x-O(Location)` (the response header).
// https://tomcat.apache.org/tomcat-10.1-doc/api/org/apache/catalina/valves/ExtendedAccessLogValve.html (read through
// search), java/org/apache/catalina/valves/ExtendedAccessLogValve.java (read: the header lines, `wrap()`, x-P's
// URLEncoder).

function proofingLog(rng) {
  const fields = 'date time x-threadname c-ip cs-method cs-uri sc-status bytes time-taken cs(Referer) cs(User-Agent) x-H(requestedSessionId) x-P(api_key) x-P(callback) x-O(Location)';
  const w = (v) => (v === undefined || v === null || v === '' || v === '-' ? '-' : `"${String(v).replace(/"/g, '""')}"`);
  const render = (e, rng) => {
    const d = iso(e.t + e.ms);
    return [`${d.slice(0, 10)} ${d.slice(11, 19)} https-jsse-nio-8443-exec-${rng.int(1, 24)} ${e.ip} ${e.method} ${e.path}${e.query ? `?${e.query}` : ''} ${e.status} ${e.bytes || '-'} ${(e.ms / 1000).toFixed(3)} ${w(e.referer)} ${w(e.ua)} ${w(e.sid)} ${w(e.xpKey === undefined ? undefined : formEnc(e.xpKey))} ${w(e.xpCb === undefined ? undefined : formEnc(e.xpCb))} ${w(e.location)}`];
  };
  const proofsPath = (o) => `/proofing/proofs/${o}`;
  // Ordinary traffic: first visits (no session id requested yet), static files and the load balancer's checks.
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/proofing/login', query: `next=${encodeURIComponent(`${proofsPath(order(rng))}/view`)}`, referer: `https://${QH_WWW}/account/orders` }),
      () => ({ path: `/proofing/static/js/viewer.${rng.hex(8)}.js`, referer: `https://proofing.${QH}/proofing/login` }),
      () => ({ path: '/proofing/static/css/proofing.css', status: 304, bytes: 0, referer: `https://proofing.${QH}/proofing/login` }),
      () => ({ path: '/proofing/health', ua: 'ELB-HealthChecker/2.0', referer: '-', bytes: 15 }),
    ])();
  const cbBase = 'https://print.resellerhub.example/hooks/quillhaven';
  const steps = [
    5,
    plant('negative', 'tomcat-extended-x-p-api_key-placeholder', 'none', "`x-P(api_key)` of a reseller integration that sent its template unresolved: the valve URL-encodes `{{api_key}}` to `%7B%7Bapi_key%7D%7D` (a placeholder, rejected with 401).", () => ({ value: '%7B%7Bapi_key%7D%7D', event: { method: 'POST', path: '/proofing/api/proofs', status: 401, bytes: 38, ua: 'Zapier', referer: '-', xpKey: '{{api_key}}' } })),
    5,
    plant('session-id', 'tomcat-extended-x-h-requestedsessionid', 'error', WHY.session("The proofing app's `JSESSIONID` in the valve's `x-H(requestedSessionId)` field (the pattern logs the id the browser sent, for debugging lost sessions)"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { path: `${proofsPath(order(rng))}/view`, sid, referer: `https://${QH_WWW}/account/orders`, ua: BROWSERS[1] } };
    }),
    5,
    plant('api-key-name', 'tomcat-extended-x-p-api_key-form-body', 'error', `${WHY.apiKey('api_key')} A reseller's server posts its proofs with the key as a form field; the body never reaches the URL, but the valve's \`x-P(api_key)\` writes the parameter.`, ({ rng }) => {
      const key = `qhk_${rng.alnum(36)}`;
      return { value: key, event: { method: 'POST', path: '/proofing/api/proofs', status: 201, bytes: 212, ua: 'python-requests/2.32.5', referer: '-', xpKey: key } };
    }),
    5,
    plant('replay', 'tomcat-extended-cs-uri-ticket', 'note', WHY.ticketFirst('A proof PDF link `…/proof.pdf?ticket=<ticket>` opened by the customer (198.51.100.23)'), ({ rng, t }) => {
      firstUse.pdf = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { ip: '198.51.100.23', path: `${proofsPath('QH-2027-004811')}/proof.pdf`, query: `ticket=${tk}`, bytes: rng.int(400000, 900000), referer: '-', ua: BROWSERS[1] } };
    }, { ref: 'pdf' }),
    5,
    plant('encoded', 'tomcat-extended-x-p-callback-url-encoded-token', 'error', "A reseller registers its callback as a form field; the valve's `x-P(callback)` writes it URL-encoded (`https%3A%2F%2F…%3Ftoken%3D…`): the callback's `token`, which the reseller's hook checks, is one decoding away.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { method: 'POST', path: '/proofing/api/subscriptions', status: 201, bytes: 96, ua: 'python-requests/2.32.5', referer: '-', xpKey: `qhk_${rng.alnum(36)}`, xpCb: `${cbBase}?token=${tok}&events=proof.ready,proof.approved` } };
    }),
    3,
    plant('replay', 'tomcat-extended-cs-uri-ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('pdf').value, why: `${WHY.replay('ticket', gap('pdf', t))} The PDF is served again (200) to 203.0.113.140 with another browser, not the customer's 198.51.100.23.` }], event: { ip: '203.0.113.140', path: `${proofsPath('QH-2027-004811')}/proof.pdf`, query: `ticket=${refs.get('pdf').value}`, bytes: 612044, referer: '-', ua: BROWSERS[3] } }), { replayOf: 'pdf', after: 112 }),
    5,
    plant('implicit-fragment', 'tomcat-extended-x-o-location-access_token', 'error', "The proofing app signs partners into their legacy portal with an implicit grant: the valve's `x-O(Location)` writes the 302's `Location` with `#access_token=` (a fragment the browser keeps, but the server wrote it).", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { path: '/proofing/sso/partner', query: 'partner=inkwell', status: 302, bytes: 0, referer: `https://proofing.${QH}/proofing/dashboard`, location: `https://portal.inkwellpartners.example/sso/landing#access_token=${tok}&token_type=Bearer&expires_in=3600` } };
    }),
    5,
    plant('negative', 'tomcat-extended-cs-uri-thumbnail-sha1-version', 'none', "A thumbnail URL versioned by the SHA-1 of the proof file (`?v=<40 hex>`): a cache key, no credential.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { path: `${proofsPath(order(rng))}/thumb.png`, query: `v=${v}`, referer: `https://proofing.${QH}/proofing/dashboard` } };
    }),
    3,
  ];
  const header = [`#Fields: ${fields}`, '#Version: 2.0', '#Software: Apache Tomcat/10.1.42'];
  return buildLog(rng, { start: QH_DAY + 7 * HOUR + 20 * MIN, site: { host: `proofing.${QH}` }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// xray-traces-artwork-api.json: `aws xray batch-get-traces --trace-ids …` saved during an incident (AWS CLI v2, JSON
// output, four-space indent): `Traces[]` with `Id`, `Duration`, `LimitExceeded` and `Segments[]` of `Id` and `Document`,
// the segment document as a JSON string (quotes escaped). The artwork API is an Express service on ECS with the X-Ray
// SDK for Node.js: the segment's `http.request` (`method`, `user_agent`, `client_ip`, `url` with the query), its
// `annotations` and `metadata` (namespace `default`, what the app adds with `addMetadata`), and the subsegments inline
// (`namespace: remote` HTTP calls with their whole URL, `namespace: aws` SDK calls with `operation`, `bucket_name`,
// `key`). https://docs.aws.amazon.com/cli/latest/reference/xray/batch-get-traces.html (the response shape, read through
// search), https://docs.aws.amazon.com/xray/latest/devguide/xray-api-segmentdocuments.html (not fetched; the document's
// fields from memory).

function xrayLog(rng) {
  const traceId = (t) => `1-${Math.floor(t / 1000).toString(16)}-${rng.hex(24)}`;
  const render = (e) => {
    const out = ['        {', `            "Id": "${e.traceId}",`, `            "Duration": ${e.duration},`, '            "LimitExceeded": false,', '            "Segments": ['];
    e.segs.forEach((s, i) => {
      out.push('                {', `                    "Id": "${s.id}",`, `                    "Document": ${JSON.stringify(JSON.stringify(s))}`, `                }${i < e.segs.length - 1 ? ',' : ''}`);
    });
    out.push('            ]', `        }${e.last ? '' : ','}`);
    if (e.last) out.push('    ],', '    "UnprocessedTraceIds": []', '}');
    return out;
  };
  const sec = (ms) => Number((ms / 1000).toFixed(3));
  // One request of the artwork API: the root segment with its subsegments inline, and the renderer's own segment.
  const trace = (rng, t, { method = 'GET', path, status = 200, ua = BROWSERS[0], subs = [], annotations, metadata, ms = rng.int(40, 900) }) => {
    const tid = traceId(t);
    const subsegments = subs.map((s, i) => {
      const st = t + 5 + i * 40;
      const base = { id: rng.hex(16), name: s.name, start_time: sec(st), end_time: sec(st + (s.ms ?? rng.int(20, 300))), namespace: s.namespace ?? 'remote' };
      if (s.aws) return { ...base, aws: { operation: s.aws.operation, region: 'eu-west-2', request_id: upperNum(rng, 16), retries: 0, ...s.aws.extra }, http: { response: { status: 200 } } };
      return { ...base, http: { request: { url: s.url, method: s.method ?? 'GET' }, response: { status: s.status ?? 200, content_length: rng.int(200, 90000) } } };
    });
    const root = { id: rng.hex(16), name: 'artwork-api', start_time: sec(t), trace_id: tid, end_time: sec(t + ms), http: { request: { method, user_agent: ua, client_ip: `198.51.100.${rng.int(2, 250)}`, url: `https://api.${QH}${path}` }, response: { status, content_length: rng.int(100, 40000) } }, aws: { ecs: { container: `ip-10-40-${rng.int(1, 9)}-${rng.int(2, 250)}.eu-west-2.compute.internal`, cluster: 'quillhaven-prod' }, xray: { sdk: 'X-Ray for Node.js', sdk_version: '3.10.3', package: 'aws-xray-sdk' } }, origin: 'AWS::ECS::Container', service: { version: '4.8.1' } };
    if (annotations) root.annotations = annotations;
    if (metadata) root.metadata = { default: metadata };
    if (subsegments.length) root.subsegments = subsegments;
    return { traceId: tid, duration: sec(ms), segs: [root] };
  };
  const s3 = (rng, op, key) => ({ name: 'S3', namespace: 'aws', aws: { operation: op, extra: { bucket_name: 'quillhaven-artwork', key } } });
  const filler = (rng, t) =>
    rng.pick([
      () => trace(rng, t, { path: `/v1/artwork/${order(rng)}/preview?page=1&w=800`, subs: [s3(rng, 'GetObject', `artwork/${order(rng)}/front.pdf`)] }),
      () => trace(rng, t, { method: 'POST', path: `/v1/artwork/${order(rng)}/preflight`, subs: [{ name: 'preflight.internal', url: `http://preflight.internal:8080/check?profile=fogra39&bleed=3mm` }] }),
      () => trace(rng, t, { path: `/v1/artwork/templates?product=${rng.pick(PRODUCTS)}` }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'xray-subsegment-url-api_key', 'error', `${WHY.apiKey('api_key')} The background-removal vendor takes its key in the query; the X-Ray SDK records the outgoing call's whole URL in the subsegment's \`http.request.url\`.`, ({ rng, t }) => {
      const key = rng.alnum(40);
      return { value: key, event: trace(rng, t, { method: 'POST', path: `/v1/artwork/${order(rng)}/cutout`, subs: [s3(rng, 'GetObject', `artwork/${order(rng)}/photo.jpg`), { name: 'api.bgerase.example', method: 'POST', url: `https://api.bgerase.example/v1/remove?api_key=${key}&size=full&format=png` }], ms: rng.int(1200, 4000) }) };
    }),
    3,
    plant('negative', 'xray-s3-subsegment-key-sha1', 'none', "An S3 `PutObject` subsegment's `key` names the proof by the SHA-1 of its content (`proofs/<order>/<sha1>.pdf`): a content address, no credential.", ({ rng, t }) => {
      const h = rng.hex(40);
      const o = order(rng);
      return { value: h, event: trace(rng, t, { method: 'POST', path: `/v1/artwork/${o}/proof`, status: 201, subs: [s3(rng, 'PutObject', `proofs/${o}/${h}.pdf`)] }) };
    }),
    3,
    plant('id-token', 'xray-subsegment-url-google-tokeninfo-id_token', 'error', "Sign in with Google checks the ID token by calling Google's `tokeninfo?id_token=<JWT>`; the X-Ray SDK writes the call's URL, token included, in the subsegment (1 h, live).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 60), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', azp: `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`, aud: `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'sam.ridley@mail.example', email_verified: true } });
      return { value: token, jwt: facts, event: trace(rng, t, { method: 'POST', path: '/v1/session/google', subs: [{ name: 'oauth2.googleapis.com', url: `https://oauth2.googleapis.com/tokeninfo?id_token=${token}` }] }) };
    }),
    3,
    plant('header-dump', 'xray-metadata-request-headers-authorization-bearer-jwt', 'error', "While chasing a 403 the team added the incoming headers to the segment's metadata (`addMetadata('request', …)`): `authorization: Bearer <JWT>` (a Cognito access token, 1 h, jti) is in the trace.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1500), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_Qh7vTr2mN', client_id: rng.lowerNum(26), token_use: 'access', scope: 'artwork/write', sub: rng.uuid(), username: 'studio-desk-3' } });
      return { value: token, jwt: facts, event: trace(rng, t, { method: 'PUT', path: `/v1/artwork/${order(rng)}/front`, status: 403, metadata: { request: { headers: { host: `api.${QH}`, 'content-type': 'application/pdf', authorization: `Bearer ${token}`, 'x-amzn-trace-id': `Root=1-${rng.hex(8)}-${rng.hex(24)}` } } } }) };
    }),
    3,
    plant('refresh-token', 'xray-metadata-token-set-refresh_token', 'error', `${WHY.refresh} After refreshing the Xero connection the app adds the token set to the segment's metadata; it hides the \`access_token\` itself but not the \`refresh_token\`.`, ({ rng, t }) => {
      const rt = rng.hex(64);
      return { value: rt, event: trace(rng, t, { method: 'POST', path: '/v1/invoices/sync', subs: [{ name: 'identity.xero.com', method: 'POST', url: 'https://identity.xero.com/connect/token' }], metadata: { xero: { token_type: 'Bearer', access_token: '[redacted]', refresh_token: rt, expires_at: Math.floor(t / 1000) + 1800, scope: 'accounting.transactions offline_access' } } }) };
    }),
    3,
    plant('encoded', 'xray-subsegment-imgproxy-base64url-source-access_key', 'error', "An imgproxy URL in a subsegment: its last path segment is the base64url of the source URL, a paper supplier's swatch with `?access_key=…` (the supplier's key one decoding away).", ({ rng, t }) => {
      const src = b64urlOf(`https://assets.papersupplier.example/swatches/silk-350.jpg?access_key=${rng.alnum(32)}`);
      return { value: src, event: trace(rng, t, { path: '/v1/artwork/paper-swatches', subs: [{ name: 'img.quillhaven.example', url: `https://img.${QH}/${rng.b64url(43)}/rs:fit:800:0/${src}.webp` }] }) };
    }),
    3,
    plant('negative', 'xray-annotation-cognito-sub', 'none', "An annotation `user_sub` (the Cognito user's `sub`, a UUID) for searching traces by customer: an identifier, no credential.", ({ rng, t }) => {
      const sub = rng.uuid();
      return { value: sub, event: trace(rng, t, { path: `/v1/artwork/${order(rng)}/history`, annotations: { user_sub: sub, plan: 'trade' } }) };
    }),
    2,
    { raw: { ...trace(rng, QH_DAY + 13 * HOUR, { path: '/v1/artwork/templates?product=flyers-a5' }), last: true } },
  ];
  return buildLog(rng, { start: QH_DAY + 11 * HOUR + 40 * MIN, site: { host: `api.${QH}`, api: true }, filler, render, steps, header: ['{', '    "Traces": ['] });
}

// ---------------------------------------------------------------------------------------------------------------------
// twilio-alerts-2027-06-08.ndjson: Twilio Monitor alerts of the day fetched one by one (`GET
// https://monitor.twilio.com/v1/Alerts/<sid>`, the instance resource, which alone holds the request and response data)
// and appended with `jq -c`: `account_sid`, `alert_text` (form-encoded, with the request URL encoded once more in
// `url=`), `api_version`, `date_created`, `date_generated`, `date_updated` (UTC `Z`), `error_code`, `log_level`,
// `more_info`, `request_headers`, `request_method`, `request_url`, `request_variables` (the form Twilio posted, or the
// API request's parameters), `resource_sid`, `response_body`, `response_headers` (form-encoded), `service_sid`, `sid`,
// `url`. https://www.twilio.com/docs/usage/monitor-alert (the properties, read through search); alert instances as
// public client libraries' test fixtures hold them (kevinburke/twilio-go, read through search).

function twilioLog(rng) {
  const AC = `AC${rng.hex(32)}`;
  const FROM = '+441615550142';
  const ts = (ms) => `${iso(ms).slice(0, 19)}Z`;
  const render = (e, rng) => {
    const sid = `NO${rng.hex(32)}`;
    const url = e.requestUrl;
    const alertText = e.alertText ?? `sourceComponent=14100&ErrorCode=${e.code}&httpResponse=${e.http ?? 502}&url=${formEnc(url)}&LogLevel=${(e.level ?? 'error').toUpperCase()}&Msg=${formEnc(e.msg ?? '')}`;
    const a = { account_sid: AC, alert_text: alertText, api_version: '2010-04-01', date_created: ts(e.t + 1000), date_generated: ts(e.t), date_updated: ts(e.t + 3000), error_code: String(e.code), log_level: e.level ?? 'error', more_info: `https://www.twilio.com/docs/errors/${e.code}`, request_headers: e.reqHeaders ?? null, request_method: 'POST', request_url: url, request_variables: e.vars, resource_sid: e.resource, response_body: e.body ?? '', response_headers: e.respHeaders ?? '', service_sid: e.service ?? null, sid, url: `https://monitor.twilio.com/v1/Alerts/${sid}` };
    return [JSON.stringify(a)];
  };
  const cust = (rng) => `+4477009${digits(rng, 5)}`;
  const inbound = (rng, sm, body, to = FROM) => form([['ToCountry', 'GB'], ['ToState', ''], ['SmsMessageSid', sm], ['NumMedia', '0'], ['ToCity', ''], ['FromZip', ''], ['SmsSid', sm], ['FromState', ''], ['SmsStatus', 'received'], ['FromCity', ''], ['Body', body], ['FromCountry', 'GB'], ['To', to], ['ToZip', ''], ['NumSegments', '1'], ['MessageSid', sm], ['AccountSid', AC], ['From', cust(rng)], ['ApiVersion', '2010-04-01']]);
  const status = (rng, sm) => form([['SmsSid', sm], ['SmsStatus', 'delivered'], ['MessageStatus', 'delivered'], ['To', cust(rng)], ['MessageSid', sm], ['AccountSid', AC], ['From', FROM], ['ApiVersion', '2010-04-01']]);
  const sm = (rng) => `SM${rng.hex(32)}`;
  const respHeaders = (rng, t, extra = []) => form([['Content-Type', 'text/html; charset=UTF-8'], ['Date', httpDate(t)], ['Server', 'nginx/1.26.2'], ...extra, ['Content-Length', String(rng.int(150, 900))]]);
  const filler = (rng, t) =>
    rng.pick([
      () => { const s = sm(rng); return { code: 11200, http: 504, msg: 'Gateway Timeout', requestUrl: `https://www.${QH}/twilio/sms`, vars: inbound(rng, s, rng.pick(['Is my order ready?', 'Can I change the delivery address?', 'YES'])), resource: s, body: '<html><body><h1>504 Gateway Time-out</h1></body></html>', respHeaders: respHeaders(rng, t) }; },
      () => { const s = sm(rng); return { code: 30003, level: 'warning', alertText: `ErrorCode=30003&LogLevel=WARNING&Msg=Unreachable+destination+handset&sourceComponent=14100`, requestUrl: `https://api.twilio.com/2010-04-01/Accounts/${AC}/Messages/${s}.json`, vars: '', resource: s, service: `MG${rng.hex(32)}` }; },
    ])();
  const steps = [
    3,
    plant('negative', 'twilio-alert-request-headers-x-twilio-signature', 'none', "Twilio's `X-Twilio-Signature` in an alert's `request_headers` (form-encoded: `%2B`, `%2F`, `%3D`): an HMAC-SHA1 of that one webhook request, which proves the sender and opens nothing.", ({ rng, t }) => {
      const sig = formEnc(rng.bytes(20).toString('base64'));
      const s = sm(rng);
      return { value: sig, event: { code: 12200, level: 'warning', http: 200, msg: 'Schema validation warning', requestUrl: `https://www.${QH}/twilio/sms`, vars: inbound(rng, s, 'Thanks, received'), resource: s, reqHeaders: `X-Twilio-Signature=${sig}&User-Agent=TwilioProxy%2F1.1&Content-Type=application%2Fx-www-form-urlencoded&I-Twilio-Idempotency-Token=${rng.uuid()}`, body: '<Response><Message>Thanks! We will be in touch.</Message></Response>', respHeaders: respHeaders(rng, t) } };
    }),
    3,
    plant('path-secret', 'twilio-alert-request-variables-sms-body-proof-link', 'error', WHY.pathSecret("A short proof link `/p/<token>` in the SMS body of a REST API request that Twilio refused (21610, the recipient had replied STOP): the alert keeps the request's `request_variables`, `Body` included"), ({ rng }) => {
      const tok = rng.b64url(22);
      const s = sm(rng);
      return { value: tok, event: { code: 21610, alertText: 'sourceComponent=10000&ErrorCode=21610&LogLevel=ERROR&Msg=Attempt+to+send+to+unsubscribed+recipient&EmailNotification=false', requestUrl: `https://api.twilio.com/2010-04-01/Accounts/${AC}/Messages.json`, vars: form([['To', cust(rng)], ['From', 'Quillhaven'], ['Body', `Your proof for ${order(rng)} is ready: https://${QH_WWW}/p/${tok} Reply STOP to opt out`]]), resource: s, body: JSON.stringify({ code: 21610, message: 'Attempt to send to unsubscribed recipient', more_info: 'https://www.twilio.com/docs/errors/21610', status: 400 }), respHeaders: '' } };
    }),
    3,
    plant('webhook', 'twilio-alert-request-url-activepieces-webhook', 'error', WHY.webhook("The support number's SMS webhook is an Activepieces flow `https://cloud.activepieces.com/api/v1/webhooks/<flow id>` (the id is its only secret); the failed delivery's alert writes it as `request_url` and again in `alert_text`"), ({ rng, t }) => {
      const id = rng.alnum(21);
      const s = sm(rng);
      return { value: id, event: { code: 11200, http: 410, msg: 'Gone', requestUrl: `https://cloud.activepieces.com/api/v1/webhooks/${id}`, vars: inbound(rng, s, 'Hi, the flyers arrived damaged', '+441615550199'), resource: s, body: JSON.stringify({ statusCode: 410, message: 'Flow is disabled' }), respHeaders: form([['Content-Type', 'application/json'], ['Date', httpDate(t)]]) } };
    }),
    3,
    plant('api-key-name', 'twilio-alert-request-url-status-callback-key', 'error', `${WHY.apiKey('key')} The messages' status callback was set up as \`https://hooks.${QH}/twilio/status?key=<key>\`; a failed callback's alert writes the URL as \`request_url\` and percent-encoded in \`alert_text\`.`, ({ rng, t }) => {
      const key = rng.alnum(32);
      const s = sm(rng);
      return { value: key, event: { code: 11205, http: 502, msg: 'HTTP connection failure', requestUrl: `https://hooks.${QH}/twilio/status?key=${key}`, vars: status(rng, s), resource: s, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', respHeaders: respHeaders(rng, t) } };
    }),
    3,
    plant('session-id', 'twilio-alert-response-headers-set-cookie-dancer-session', 'error', WHY.session("The order app answered a Twilio webhook with an HTML page and a new `dancer.session` cookie (12300, wrong content type); the alert's form-encoded `response_headers` keep `Set-Cookie=dancer.session%3D<id>`"), ({ rng, t }) => {
      const sid = rng.hex(40);
      const s = sm(rng);
      return { value: sid, event: { code: 12300, http: 200, msg: 'Invalid Content-Type', requestUrl: `https://www.${QH}/twilio/sms`, vars: inbound(rng, s, 'STATUS QH'), resource: s, body: '<!DOCTYPE html><html><head><title>Sign in | Quillhaven</title></head><body>…</body></html>', respHeaders: respHeaders(rng, t, [['Set-Cookie', `dancer.session=${sid}; path=/; HttpOnly`]]) } };
    }),
    3,
    plant('framework-dump', 'twilio-alert-response-body-dancer2-stack-arguments', 'error', "The order app crashed on a webhook in development mode and answered with Dancer2's error page; the alert's `response_body` keeps its stack trace, whose frames show the arguments (Carp), the Twilio account's auth token among them.", ({ rng, t }) => {
      const tok = rng.hex(32);
      const s = sm(rng);
      const body = ['<!DOCTYPE html>', '<html lang="en">', '<head><title>Error 500 - Internal Server Error</title></head>', '<body>', '<h1>Error 500 - Internal Server Error</h1>', '<div id="content"><h2>Stack</h2><pre class="content">Can&#39;t call method &quot;create&quot; on an undefined value at /srv/quillhaven/lib/Quillhaven/Sms.pm line 48.', ` at /srv/quillhaven/lib/Quillhaven/Sms.pm line 48.`, `\tQuillhaven::Sms::client(&#39;Quillhaven::Sms&#39;, &#39;${AC}&#39;, &#39;${tok}&#39;) called at /srv/quillhaven/lib/Quillhaven/Sms.pm line 71`, `\tQuillhaven::Sms::reply(&#39;Quillhaven::Sms&#39;, &#39;QH-status&#39;) called at /srv/quillhaven/lib/Quillhaven/Orders.pm line 402</pre></div>`, '</body>', '</html>'].join('\n');
      return { value: tok, event: { code: 11200, http: 500, msg: 'Internal Server Error', requestUrl: `https://www.${QH}/twilio/sms`, vars: inbound(rng, s, 'STATUS QH-2027-004877'), resource: s, body, respHeaders: respHeaders(rng, t) } };
    }),
    3,
    plant('encoded', 'twilio-alert-text-nested-url-encoded-twice-caller_token', 'error', "The IVR's voice URL carries a nested `next=` URL (`…%3Fcaller_token%3D<token>`); the alert writes `request_url` as configured and `alert_text`'s `url=` encodes it once more (`%253D`): the token is one and two decodings away.", ({ rng, t }) => {
      const tok = rng.alnum(36);
      return { value: tok, event: { code: 11200, http: 404, msg: 'Not Found', requestUrl: `https://ivr.${QH}/voice/menu?next=${encodeURIComponent(`https://ivr.${QH}/voice/order?caller_token=${tok}`)}`, vars: form([['Called', FROM], ['CallStatus', 'in-progress'], ['CallSid', `CA${rng.hex(32)}`], ['Direction', 'inbound'], ['From', cust(rng)], ['AccountSid', AC], ['ApiVersion', '2010-04-01']]), resource: `CA${rng.hex(32)}`, body: '<html><body><h1>404 Not Found</h1></body></html>', respHeaders: respHeaders(rng, t) } };
    }),
    3,
    plant('negative', 'twilio-alert-request-variables-message-sid', 'none', 'A message SID (`SM` and 32 hex) in an inbound SMS alert (`SmsMessageSid`, `SmsSid`, `MessageSid`, `resource_sid`): an identifier, useless without the account\'s credentials.', ({ rng, t }) => {
      const s = sm(rng);
      return { value: s, event: { code: 11750, msg: 'TwiML response body too large', http: 200, requestUrl: `https://www.${QH}/twilio/sms`, vars: inbound(rng, s, 'MENU'), resource: s, body: '<Response><Message>…</Message></Response>', respHeaders: respHeaders(rng, t) } };
    }),
    3,
  ];
  return buildLog(rng, { start: QH_DAY + 8 * HOUR, site: { host: 'monitor.twilio.com', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// endpoints-trade-api-2027-06-08.json: the trade API (gRPC with HTTP transcoding) behind ESPv2 on Cloud Run; its
// request logs (`endpoints_log`) routed by a Cloud Logging sink to Cloud Storage, one LogEntry a line: `insertId`,
// `jsonPayload` (ESP's fields: `api_key`, `api_method`, `api_name`, `api_version`, `http_method`, `http_response_code`,
// `location`, `log_message`, `producer_project_id`, `request_latency_in_ms`, `request_size_in_bytes`,
// `response_size_in_bytes`, `timestamp`, `url`, the path), `logName`, `receiveTimestamp`, `resource` (`type: api`),
// `severity`, `timestamp`, `trace`. ESP writes the API key the caller used in its own `api_key` field.
// https://cloud.google.com/endpoints/docs/openapi/ref-endpoints-logs (read through search), the LogEntry as a sink
// writes it from memory.

function endpointsLog(rng) {
  const project = 'quillhaven-trade-prod';
  const service = `trade-api.endpoints.${project}.cloud.goog`;
  const render = (e, rng) => {
    const p = { api_key: e.apiKey, api_method: e.apiMethod, api_name: 'quillhaven.trade.v1', api_version: 'v1', http_method: e.method, http_response_code: e.status, location: 'europe-west2', log_message: `${e.apiMethod} is called`, producer_project_id: project, request_latency_in_ms: e.ms, request_size_in_bytes: e.method === 'GET' ? 0 : rng.int(80, 900), response_size_in_bytes: e.bytes, timestamp: Number((e.t / 1000).toFixed(6)), url: e.path };
    if (!e.apiKey) delete p.api_key;
    if (e.status >= 400) p.error_cause = e.cause ?? 'BACKEND_ERROR';
    const ts = `${iso(e.t).slice(0, 23)}${digits(rng, 3)}Z`;
    const entry = { insertId: rng.lowerNum(14), jsonPayload: p, logName: `projects/${project}/logs/${service}%2Fendpoints_log`, receiveTimestamp: `${iso(e.t + rng.int(200, 900)).slice(0, 23)}${digits(rng, 6)}Z`, resource: { labels: { location: 'europe-west2', method: e.apiMethod, project_id: project, service, version: '2027-06-01r0' }, type: 'api' }, severity: e.status >= 500 ? 'ERROR' : e.status >= 400 ? 'WARNING' : 'INFO', timestamp: ts, trace: `projects/${project}/traces/${e.trace ?? rng.hex(32)}` };
    return [JSON.stringify(entry)];
  };
  // Ordinary traffic: the catalogue methods, which allow unregistered callers (no key, so no `api_key`).
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `/v1/products/${rng.pick(PRODUCTS)}/prices`, apiMethod: 'quillhaven.trade.v1.Catalog.ListPrices' }),
      () => ({ method: 'GET', path: `/v1/products/${rng.pick(PRODUCTS)}`, apiMethod: 'quillhaven.trade.v1.Catalog.GetProduct' }),
      () => ({ method: 'GET', path: '/v1/paper-stocks', apiMethod: 'quillhaven.trade.v1.Catalog.ListPaperStocks' }),
    ])();
  const steps = [
    5,
    plant('api-key-name', 'esp-endpoints-log-api_key-field', 'error', `${WHY.apiKey('api_key')} ESP writes the key a caller used in its own \`api_key\` field; this one is restricted to the trade API and used from a reseller's server, the API's only credential for its calls (not a browser key).`, ({ rng }) => {
      const key = `AIza${rng.b64url(35)}`;
      return { value: key, event: { method: 'GET', path: `/v1/orders/${order(rng)}/proofs`, apiMethod: 'quillhaven.trade.v1.Orders.ListProofs', apiKey: key } };
    }),
    5,
    plant('path-secret', 'esp-url-reseller-invite-accept-custom-verb', 'error', WHY.pathSecret("A reseller invitation accepted through the API's custom verb `/v1/reseller/invites/<token>:accept` (ESP's `url`; the call needs no key)"), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { method: 'POST', path: `/v1/reseller/invites/${tok}:accept`, apiMethod: 'quillhaven.trade.v1.Resellers.AcceptInvite' } };
    }),
    5,
    plant('negative', 'esp-logentry-trace-id', 'none', "The LogEntry's `trace` (`projects/…/traces/<32 hex>`, Cloud Trace's id of the request): no credential.", ({ rng }) => {
      const tr = rng.hex(32);
      return { value: tr, event: { method: 'GET', path: `/v1/products/${rng.pick(PRODUCTS)}`, apiMethod: 'quillhaven.trade.v1.Catalog.GetProduct', trace: tr } };
    }),
    5,
    plant('embed-jwt', 'esp-url-quote-widget-jwt-120s', 'warning', "A reseller's checkout embeds the quote widget `/v1/quote-widgets/<JWT>` (120 s, no jti): ESP's `url` keeps the token, reusable until it expires.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { reseller: 'inkandpaper', quote: `QQ-2027-${digits(rng, 6)}`, view: 'quote-widget' } });
      return { value: token, jwt: facts, event: { method: 'GET', path: `/v1/quote-widgets/${token}`, apiMethod: 'quillhaven.trade.v1.Widgets.GetQuoteWidget' } };
    }),
    5,
    plant('refresh-token', 'esp-url-refresh-token-revoke-failed', 'error', `${WHY.refresh} A reseller app signs out by revoking its refresh token as the resource name \`/v1/refreshTokens/<token>:revoke\`; the call failed (500), so the token written in ESP's \`url\` is still valid.`, ({ rng }) => {
      const rt = `qhrt_${rng.b64url(48)}`;
      return { value: rt, event: { method: 'POST', path: `/v1/refreshTokens/${rt}:revoke`, apiMethod: 'quillhaven.trade.v1.Auth.RevokeRefreshToken', status: 500, cause: 'BACKEND_ERROR' } };
    }),
    5,
    plant('negative', 'esp-url-long-running-operation-name', 'none', 'A long-running operation name in a polled path (`/v1/operations/<id>`): an identifier of a print-file export, no credential.', ({ rng }) => {
      const op = `exp-${rng.lowerNum(26)}`;
      return { value: op, event: { method: 'GET', path: `/v1/operations/${op}`, apiMethod: 'google.longrunning.Operations.GetOperation' } };
    }),
    3,
  ];
  return buildLog(rng, { start: QH_DAY + 9 * HOUR + 30 * MIN, site: { host: service, api: true }, filler, render, steps });
}

// =====================================================================================================================
// Maré Viva (European Portuguese; Ericeira: WEST, UTC+1, in June)
// =====================================================================================================================

const WEST = 60;
const MV = 'marevivasurf.example';
const MV_WWW = `www.${MV}`;
const MV_DAY = Date.UTC(2027, 5, 9, 0, 0, 0);
const reserva = (rng) => `MV-2027-${digits(rng, 4)}`;
const PRAIAS = ['ribeira-d-ilhas', 'foz-do-lizandro', 'praia-do-sul', 'sao-lourenco', 'coxos'];
const AULAS = ['surf-iniciacao', 'surf-intermedio', 'bodyboard', 'surf-familia', 'sup-passeio'];

// ---------------------------------------------------------------------------------------------------------------------
// reservas-laminas.log: the booking site (Laminas MVC 3 on PHP 8.3) with a Laminas\Log\Logger and a Stream writer to a
// file, the default Simple formatter: `%timestamp% %priorityName% (%priority%): %message% %extra%`, the timestamp as
// PHP's `c` (ISO 8601 with the offset), `%extra%` json_encode'd with JSON_UNESCAPED_SLASHES and JSON_UNESCAPED_UNICODE
// (and dropped, with its space, when empty); a nested array in `extra` is normalized to a JSON string first, so it is
// written inside the outer JSON with its quotes escaped. https://docs.laminas.dev/laminas-log/formatters/ (read through
// search), src/Formatter/Simple.php and src/Formatter/Base.php of laminas/laminas-log (read).

function laminasLog(rng) {
  const PRIOS = { 3: 'ERR', 4: 'WARN', 5: 'NOTICE', 6: 'INFO', 7: 'DEBUG' };
  const extraJson = (x) => JSON.stringify(Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v !== null && typeof v === 'object' ? JSON.stringify(v) : v])));
  const line = (ms, [prio, msg, extra]) => `${local(ms, WEST).slice(0, 19)}${zone(WEST)} ${PRIOS[prio]} (${prio}): ${msg}${extra && Object.keys(extra).length ? ` ${extraJson(extra)}` : ''}`;
  const render = (e) => e.lines.map((l, i) => line(e.t + i * 4, l));
  const filler = (rng) => ({ lines: [rng.pick([
    () => [6, 'Reserva criada', { reserva: reserva(rng), aula: rng.pick(AULAS), data: `2027-06-${pad(rng.int(10, 30))}`, alunos: rng.int(1, 4) }],
    () => [7, 'Cache de marés atualizada', { praia: rng.pick(PRAIAS), registos: rng.int(40, 96) }],
    () => [5, 'Aula cancelada por falta de ondas', { aula: rng.pick(AULAS), data: `2027-06-${pad(rng.int(10, 30))}` }],
    () => [6, 'Pedido de disponibilidade', { praia: rng.pick(PRAIAS), data: `2027-06-${pad(rng.int(10, 30))}`, ip: `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}` }],
  ])()] });
  const steps = [
    { raw: { lines: [[6, 'Aplicação iniciada', { ambiente: 'producao', versao: '5.2.0' }]] } },
    5,
    plant('negative', 'laminas-extra-multibanco-reference', 'none', "A Multibanco payment reference (entity and a nine-digit reference) in `%extra%`: what the customer types at the ATM or in the bank app to pay that booking, no credential.", ({ rng }) => {
      const ref = `${digits(rng, 3)} ${digits(rng, 3)} ${digits(rng, 3)}`;
      return { value: ref, event: { lines: [[6, 'Referência Multibanco gerada', { reserva: reserva(rng), entidade: '21712', referencia: ref, valor: `${rng.int(35, 180)}.00` }]] } };
    }),
    5,
    plant('oauth-code', 'laminas-extra-nested-json-stripe-connect-code', 'warning', `${WHY.code} An instructor connects a Stripe account (Stripe Connect OAuth): the callback's query, an array in \`%extra%\`, is written as a JSON string inside the JSON (\`"query":"{\\"scope\\":…,\\"code\\":\\"ac_…\\",\\"state\\":…}"\`).`, ({ rng }) => {
      const code = `ac_${rng.alnum(32)}`;
      return { value: code, event: { lines: [[7, 'Stripe Connect: retorno do instrutor', { query: { scope: 'read_write', code, state: rng.hex(32) }, instrutor: 'joao.amaral' }]] } };
    }),
    5,
    plant('path-secret', 'laminas-extra-mail-ligacao-palavra-passe-repor', 'error', WHY.pathSecret("A password reset link `/palavra-passe/repor/<token>` the mail module logs in `%extra%` (`ligacao`) when it sends it"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { lines: [[6, 'Email enviado', { para: 'ines.carvalho@mail.example', assunto: 'Repor a palavra-passe', ligacao: `https://${MV_WWW}/palavra-passe/repor/${tok}` }]] } };
    }),
    5,
    plant('api-key-name', 'laminas-extra-nested-json-easypay-ApiKey', 'error', `${WHY.apiKey('ApiKey')} A failed MB WAY payment logs the request it sent to easypay, headers included; the headers array becomes a JSON string inside \`%extra%\` with the \`ApiKey\` header (beside the \`AccountId\`).`, ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { lines: [[3, 'Pagamento MB WAY falhou', { reserva: reserva(rng), url: 'https://api.prod.easypay.pt/2.0/single', cabecalhos: { AccountId: rng.uuid(), ApiKey: key, 'Content-Type': 'application/json' }, resposta: { status: 'error', message: ['The customer did not accept the payment in time'] } }]] } };
    }),
    5,
    plant('framework-dump', 'laminas-extra-nested-json-form-palavra_passe', 'error', "A rejected sign-up logs the form's data array in `%extra%` (as a JSON string): the chosen `palavra_passe` (and its confirmation) in clear.", ({ rng }) => {
      const pw = `${rng.alnum(9)}${digits(rng, 3)}`;
      return { value: pw, event: { lines: [[4, 'Inscrição inválida', { dados: { nome: 'Tiago Ferreira', email: 'tiago.ferreira@mail.example', palavra_passe: pw, confirmar_palavra_passe: pw, telemovel: `+3519${digits(rng, 8)}` }, erros: { email: { recordFound: 'Já existe uma conta com este email' } } }]] } };
    }),
    5,
    plant('webhook', 'laminas-extra-bark-push-url-device-key', 'error', WHY.webhook("A Bark push URL `https://api.day.app/<device key>/…` (whoever has the key pushes notifications to the owner's iPhone) in a failed notification's `%extra%`"), ({ rng }) => {
      const key = rng.alnum(22);
      return { value: key, event: { lines: [[3, 'Notificação Bark falhou', { url: `https://api.day.app/${key}/Nova%20reserva/${reserva(rng)}%20-%20${rng.pick(AULAS)}`, erro: 'cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received' }]] } };
    }),
    5,
    plant('negative', 'laminas-extra-recaptcha-response-token', 'none', "A reCAPTCHA v3 response token (`03A…`, verified once by the server with its own secret) in a debug line's `%extra%` under `token`: a single-use attestation, no credential.", ({ rng }) => {
      const tok = `03AFcWeA${rng.b64url(480)}`;
      return { value: tok, event: { lines: [[7, 'reCAPTCHA verificado', { token: tok, pontuacao: 0.9, acao: 'reserva' }]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: MV_DAY + 7 * HOUR, site: { host: MV_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cacifos.log: the board locker service (C++, Drogon 1.9) on the beach kiosk gateway, stdout to a file: trantor's
// logger (`<yyyyMMdd HH:mm:ss.µs> UTC <thread id> <LEVEL padded to 5> [<function>] <message> - <file>:<line>`, the
// function for DEBUG lines) and the AccessLogger plugin without `log_path` (its lines raw on the same output, no trantor
// prefix) with the team's `log_format`: `$request_date $method $url [$body_bytes_received] ($remote_addr - $local_addr)
// $status $body_bytes_sent $processing_time $http_x-chave-quiosque $cookie_cacifo_sessao` (`$request_date` in local
// time without a zone, `$status` as code and reason, `$http_<name>` as `<name>: <value>`, `$cookie_<name>` as
// `(cookie)<name>=<value>`). At start-up the plugin logs the rest of the format at each placeholder it parses.
// https://github.com/drogonframework/drogon (lib/src/AccessLogger.cc and lib/inc/drogon/plugins/AccessLogger.h, read),
// https://github.com/an-tao/trantor (trantor/utils/Logger.cc, read).

function cacifosLog(rng) {
  const fmt = '$request_date $method $url [$body_bytes_received] ($remote_addr - $local_addr) $status $body_bytes_sent $processing_time $http_x-chave-quiosque $cookie_cacifo_sessao';
  const REASON = { 200: 'OK', 201: 'Created', 204: 'No Content', 302: 'Found', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' };
  const trantor = (ms, tid, level, msg, src, fn) => {
    const d = iso(ms);
    return `${d.slice(0, 10).replace(/-/g, '')} ${d.slice(11, 19)}.${pad(ms % 1000, 3)}${digits(rng, 3)} UTC ${tid} ${level.padEnd(5)} ${fn ? `[${fn}] ` : ''}${msg} - ${src}`;
  };
  const reqDate = (ms) => { const d = local(ms, WEST); return `${d.slice(0, 10).replace(/-/g, '')} ${d.slice(11, 19)}.${pad(ms % 1000, 3)}${digits(rng, 3)}`; };
  const render = (e, rng) => {
    const tid = e.tid ?? rng.int(3114, 3117);
    const out = (e.app ?? []).map(([level, msg, src, fn], i) => trantor(e.t + i, tid, level, msg, src, fn));
    if (e.noAccess) return out;
    const secs = (e.ms / 1000 + rng.int(1, 999) / 1e6).toPrecision(6).replace(/0+$/, '');
    out.push(`${reqDate(e.t)} ${e.method} ${e.path}${e.query ? `?${e.query}` : ''} [${e.reqLen ?? 0}] (${e.ip}:${e.port} - 10.0.4.12:8080) ${e.status} ${REASON[e.status]} ${e.bytes} ${secs} x-chave-quiosque: ${e.kioskKey ?? ''} (cookie)cacifo_sessao=${e.sid ?? ''}`);
    return out;
  };
  const phone = () => rng.pick(BROWSERS.slice(2));
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/cacifos/estado', ua: phone(), bytes: rng.int(900, 2400) }),
      () => ({ path: '/', ua: phone(), bytes: 5811 }),
      () => ({ noAccess: true, app: [['INFO', `Cacifo ${rng.int(1, 24)} ${rng.pick(['aberto', 'fechado'])} (aluguer ${reserva(rng)})`, `CacifoCtrl.cc:${rng.pick([88, 131])}`]] }),
      () => ({ method: 'POST', path: `/api/quiosques/Q${rng.int(1, 3)}/estado`, ua: 'MareVivaQuiosque/1.8', reqLen: rng.int(80, 200), status: 204, bytes: 0 }),
    ])();
  // The plugin's start-up: `LOG_INFO << format` at each turn of its parsing loop.
  const parsing = [];
  for (let f = fmt; f;) {
    parsing.push(f);
    const p = f.indexOf('$');
    if (p < 0) break;
    const m = f.slice(p).match(/^\$[a-zA-Z0-9\-_]+/);
    f = m ? f.slice(p + m[0].length) : f.slice(p + 1);
  }
  const steps = [
    { raw: { noAccess: true, tid: 1, app: [...parsing.map((f) => ['INFO', f, 'AccessLogger.cc:174']), ['INFO', 'Start to run...', 'HttpAppFrameworkImpl.cc:597']] } },
    5,
    plant('negative', 'drogon-trantor-firmware-sha256', 'none', "The SHA-256 of a locker firmware image checked before an update (trantor INFO line): a checksum, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { noAccess: true, app: [['INFO', `Firmware cacifo-v3.2.1.bin verificado (sha256 ${h})`, 'FirmwareService.cc:77']] } };
    }),
    5,
    plant('api-key-name', 'drogon-accesslogger-http-x-chave-quiosque', 'error', `${WHY.apiKey('x-chave-quiosque')} The beach kiosks authenticate with an \`X-Chave-Quiosque\` header, and the team's log_format has \`$http_x-chave-quiosque\`, so the access line writes \`x-chave-quiosque: <key>\`.`, ({ rng }) => {
      const key = `mvq_${rng.alnum(32)}`;
      return { value: key, event: { method: 'POST', path: '/api/cacifos/9/reservar', ua: 'MareVivaQuiosque/1.8', reqLen: 64, status: 201, bytes: 118, kioskKey: key } };
    }),
    5,
    plant('header-dump', 'drogon-trantor-debug-per-header-authorization-bearer-jwt', 'error', "Chasing 403s from the staff tablets, the controller logs each request header with `LOG_DEBUG` (one timed trantor line a header): `authorization: Bearer <JWT>` (15 min, jti) is one of them.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(30, 400), jti: true, claims: { sub: 'staff:rita.santos', role: 'monitor', locker_site: 'ribeira-d-ilhas' } });
      const fn = 'dumpHeaders';
      return { value: token, jwt: facts, event: { method: 'POST', path: '/api/cacifos/14/forcar-abertura', ua: 'MareVivaStaff/2.3 (Android 16)', status: 403, bytes: 57, app: [['DEBUG', `host: cacifos.${MV}`, 'CacifoCtrl.cc:41', fn], ['DEBUG', 'user-agent: MareVivaStaff/2.3 (Android 16)', 'CacifoCtrl.cc:41', fn], ['DEBUG', `authorization: Bearer ${token}`, 'CacifoCtrl.cc:41', fn], ['DEBUG', 'accept: application/json', 'CacifoCtrl.cc:41', fn], ['WARN', 'Acesso negado: forçar a abertura requer a função gestor (rita.santos: monitor)', 'AuthFilter.cc:58']] } };
    }),
    5,
    plant('session-id', 'drogon-accesslogger-cookie-cacifo_sessao', 'error', WHY.session("The staff dashboard's `cacifo_sessao` cookie, written by the log_format's `$cookie_cacifo_sessao` as `(cookie)cacifo_sessao=<id>`"), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { path: '/painel/cacifos', ua: BROWSERS[0], bytes: 14210, sid } };
    }),
    5,
    plant('replay', 'drogon-accesslogger-bilhete_unico', 'note', WHY.ticketFirst("A locker's single-use opening link `/api/cacifos/7/abrir?bilhete_unico=<ticket>` (sent to the renter's phone) opened from 203.0.113.61"), ({ rng, t }) => {
      firstUse.cacifo = t;
      const tk = rng.b64url(24);
      return { value: tk, event: { ip: '203.0.113.61', path: '/api/cacifos/7/abrir', query: `bilhete_unico=${tk}`, ua: BROWSERS[2], bytes: 62, app: [['INFO', 'Cacifo 7 aberto (aluguer MV-2027-0418)', 'CacifoCtrl.cc:88']] } };
    }, { ref: 'cacifo' }),
    3,
    plant('replay', 'drogon-accesslogger-bilhete_unico', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('cacifo').value, why: `${WHY.replay('bilhete_unico', gap('cacifo', t))} The locker opens again (200) for 198.51.100.204 with an Android phone, not the renter's 203.0.113.61 and iPhone: the link was shared.` }], event: { ip: '198.51.100.204', path: '/api/cacifos/7/abrir', query: `bilhete_unico=${refs.get('cacifo').value}`, ua: BROWSERS[4], bytes: 62, app: [['INFO', 'Cacifo 7 aberto (aluguer MV-2027-0418)', 'CacifoCtrl.cc:88']] } }), { replayOf: 'cacifo', after: 74 }),
    5,
    plant('negative', 'drogon-accesslogger-kiosk-heartbeat-hmac-assinatura', 'none', "A kiosk heartbeat signed with HMAC-SHA256 (`ts`, `nonce`, `assinatura=<64 hex>`): the signature of that one request, which opens nothing.", ({ rng, t }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { method: 'POST', path: '/api/quiosques/Q2/batimento', query: `ts=${Math.floor(t / 1000)}&nonce=${rng.hex(16)}&assinatura=${sig}`, ua: 'MareVivaQuiosque/1.8', status: 204, bytes: 0 } };
    }),
    3,
  ];
  return buildLog(rng, { start: MV_DAY + 6 * HOUR + 55 * MIN, site: { host: `cacifos.${MV}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// keycdn.log: KeyCDN's log forwarding (syslog over UDP) of the site's pull zone, written by the school's rsyslog to
// `/var/log/keycdn.log` with the traditional file format (`Mmm dd hh:mm:ss keycdn <message>`, local time) and the
// message in KeyCDN's log format: pipe-separated timestamp with ms, POP, client IP with its last octet set to 0, status,
// bytes, user id, zone id, zone alias, cache status, the CLF request, the CLF date, referrer and agent in quotes,
// scheme, TLS version, country, region, organization, byte range. https://www.keycdn.com/support/cdn-log-format (read
// through search), https://www.claudiokuenzler.com/blog/1219/how-to-log-forwarding-keycdn-syslog-rsyslog-log-file (the
// rsyslog set-up, read through search; the line prefix from memory).

function keycdnLog(rng) {
  const orgs = ['AS3243 MEO - SERVICOS DE COMUNICACOES E MULTIMEDIA S.A.', 'AS12353 Vodafone Portugal - Communications Services S.A.', 'AS2860 NOS COMUNICACOES S.A.'];
  const syslogTs = (ms) => { const d = local(ms, WEST); return `${MONTHS[Number(d.slice(5, 7)) - 1]} ${String(Number(d.slice(8, 10))).padStart(2)} ${d.slice(11, 19)}`; };
  const render = (e, rng) => {
    const ip = e.ip.replace(/\.\d+$/, '.0');
    return [`${syslogTs(e.t + rng.int(1000, 4000))} keycdn ${(e.t / 1000).toFixed(3)}|${e.pop ?? 'ptli'}|${ip}|${e.status}|${e.bytes}|uid18234|zid92711|${MV_WWW}|${e.cache ?? rng.pick(['HIT', 'HIT', 'MISS'])}|"${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/2.0"|[${clf(e.t, WEST)}]|"${e.referer === '-' ? '' : e.referer}"|"${e.ua}"|https|TLSv1.3|PT|11|"${e.org ?? rng.pick(orgs)}"|-`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/aulas/${rng.pick(AULAS)}`, referer: `https://${MV_WWW}/` }),
      () => ({ path: `/img/praias/${rng.pick(PRAIAS)}-${rng.int(1, 5)}.webp`, referer: `https://${MV_WWW}/aulas/${rng.pick(AULAS)}` }),
      () => ({ path: '/api/mares', query: `praia=${rng.pick(PRAIAS)}&dias=3`, cache: 'MISS', referer: `https://${MV_WWW}/` }),
      () => ({ path: '/js/reservas.js', referer: `https://${MV_WWW}/reservar` }),
    ])();
  const steps = [
    5,
    plant('negative', 'keycdn-css-cache-buster-v', 'none', 'A `?v=` cache buster on the stylesheet (the build\'s short hash): no credential.', ({ rng }) => {
      const v = rng.hex(8);
      return { value: v, event: { path: '/css/site.css', query: `v=${v}`, referer: `https://${MV_WWW}/` } };
    }),
    5,
    plant('embed-jwt', 'keycdn-request-incorporar-mares-jwt-1h-jti', 'error', "A partner hotel embeds the tide and surf widget `/incorporar/mares/<JWT>` (1 h, jti): KeyCDN's request field keeps the token.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1200), jti: true, claims: { parceiro: 'hotel-vila-gale-ericeira', vista: 'mares', praias: ['ribeira-d-ilhas', 'foz-do-lizandro'] } });
      return { value: token, jwt: facts, event: { path: `/incorporar/mares/${token}`, query: 'praia=ribeira-d-ilhas', cache: 'MISS', referer: 'https://www.hotel-atlantico-ericeira.example/surf', ua: BROWSERS[0] } };
    }),
    5,
    plant('path-secret', 'keycdn-request-fotos-sessao-token', 'error', WHY.pathSecret("A private surf photo gallery `/fotos/sessao/<token>` the photographer sends to the student (no sign-in: the link opens the photos and their downloads), in KeyCDN's request field"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { path: `/fotos/sessao/${tok}`, cache: 'MISS', referer: '-', ua: BROWSERS[2] } };
    }),
    5,
    plant('api-key-name', 'keycdn-request-chave_parceiro', 'error', `${WHY.apiKey('chave_parceiro')} A partner hotel's server asks for availability through the CDN with its key in the query.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { path: '/api/parceiros/disponibilidade', query: `data=2027-06-14&aula=surf-iniciacao&chave_parceiro=${key}`, cache: 'MISS', referer: '-', ua: 'GuzzleHttp/7', org: 'AS24940 Hetzner Online GmbH' } };
    }),
    5,
    plant('encoded', 'keycdn-request-ir-base64-percent-padding-chave_acesso', 'error', "A newsletter redirect `/ir/<base64>`: the segment is the standard base64 of a partner URL with its `+/=` percent-encoded; decoded, it carries the partner's `chave_acesso=` (two decodings away).", ({ rng }) => {
      let url;
      do url = `https://reservas.parceiro-surfcamp.example/api/v1/lugares?escola=mareviva&chave_acesso=${rng.alnum(30 + rng.int(0, 2))}`; while (b64Of(url).indexOf('=') < 0);
      const seg = encodeURIComponent(b64Of(url));
      return { value: seg, event: { path: `/ir/${seg}`, status: 302, bytes: 0, cache: 'MISS', referer: '-', ua: BROWSERS[1] } };
    }),
    5,
    plant('id-token', 'keycdn-request-sair-id_token_hint-expired', 'note', "An `id_token_hint` on the sign-out route `/sair`, from a tab left open since the morning: the ID token had expired three hours before the line (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 4 * 3600 + rng.int(60, 900), alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://conta.${MV}`, aud: 'mareviva-web', sub: rng.uuid(), email: 'rui.pacheco@mail.example' } });
      return { value: token, jwt: facts, event: { path: '/sair', query: `id_token_hint=${token}&post_logout_redirect_uri=${encodeURIComponent(`https://${MV_WWW}/`)}`, status: 302, bytes: 0, cache: 'MISS', referer: `https://${MV_WWW}/conta`, ua: BROWSERS[3] } };
    }),
    5,
    plant('negative', 'keycdn-request-klaviyo-_kx', 'none', "Klaviyo's `_kx` on a newsletter click (it identifies the subscriber for the site's tracking): a tracking id, no credential.", ({ rng }) => {
      const kx = `${rng.b64url(43)}.${upperNum(rng, 6)}`;
      return { value: kx, event: { path: `/aulas/${rng.pick(AULAS)}`, query: `utm_source=klaviyo&utm_medium=email&_kx=${kx}`, referer: '-', ua: BROWSERS[2] } };
    }),
    3,
  ];
  return buildLog(rng, { start: MV_DAY + 8 * HOUR, site: { host: MV_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ondas-api.log: the iOS app's API (Swift 6, Hummingbird 1.x on SwiftNIO) with swift-log's StreamLogHandler to stderr
// (`<yyyy-MM-ddTHH:mm:ss±hhmm> <level> <label> : <metadata sorted by key, key=value> [<source module>] <message>`), the
// label the server name, `HBLogRequestsMiddleware(.info, includeHeaders: true)`: each request's line carries `hb_id`,
// `hb_method` and `hb_uri` (path and query) and, as its message, NIO's `HTTPHeaders` description (a Swift array of
// `(name, value)` tuples); the app's own lines print Swift values with their default descriptions.
// https://github.com/hummingbird-project/hummingbird (Sources/Hummingbird/Middleware/LogRequestMiddleware.swift of 1.x,
// read), https://github.com/apple/swift-log (StreamLogHandler's line, from memory).

function ondasLog(rng) {
  const label = 'mare-viva-api';
  const UA_APP = 'MareViva/341 CFNetwork/3860.100.1 Darwin/25.1.0';
  const render = (e, rng) => {
    const ts = (ms) => `${local(ms, WEST).slice(0, 19)}${zone(WEST, false)}`;
    const hb = e.hbId ?? rng.int(1000, 9999);
    const out = [];
    if (!e.noRequest) {
      const headers = [['Host', `api.${MV}`], ...(e.headers ?? [['Accept', 'application/json'], ['User-Agent', e.ua], ['Accept-Language', 'pt-PT,pt;q=0.9'], ['Accept-Encoding', 'gzip, deflate, br']])];
      out.push(`${ts(e.t)} info ${label} : hb_id=${hb} hb_method=${e.method} hb_uri=${e.path}${e.query ? `?${e.query}` : ''} [Hummingbird] [${headers.map(([k, v]) => `(${JSON.stringify(k)}, ${JSON.stringify(v)})`).join(', ')}]`);
    }
    (e.app ?? []).forEach(([level, msg], i) => out.push(`${ts(e.t + 5 + i)} ${level} ${label} :${e.noRequest ? '' : ` hb_id=${hb}`} [MareVivaAPI] ${msg}`));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/aulas', query: `praia=${rng.pick(PRAIAS)}&data=2027-06-${pad(rng.int(10, 30))}`, ua: UA_APP }),
      () => ({ path: '/v1/mares', query: `praia=${rng.pick(PRAIAS)}`, ua: UA_APP }),
      () => ({ path: `/v1/praias/${rng.pick(PRAIAS)}/condicoes`, ua: UA_APP, app: [['debug', `Condições: ondulação ${rng.int(5, 25) / 10} m, período ${rng.int(7, 14)} s, vento ${rng.pick(['N', 'NE', 'NW'])} ${rng.int(5, 30)} km/h`]] }),
    ])();
  const steps = [
    { raw: { noRequest: true, app: [['notice', 'API Maré Viva 3.4.1 a arrancar (produção), à escuta em 0.0.0.0:8080']] } },
    5,
    plant('negative', 'hummingbird-hb_uri-cursor-base64-json', 'none', "A page cursor in `hb_uri` (`cursor=<base64 of a JSON position>`, starting `eyJ`): a position in a list, no credential.", ({ rng }) => {
      const c = b64urlOf(JSON.stringify({ depois: `2027-06-${pad(rng.int(10, 30))}T09:00:00Z`, id: rng.int(1000, 9999) }));
      return { value: c, event: { path: '/v1/aulas', query: `praia=foz-do-lizandro&cursor=${c}`, ua: UA_APP } };
    }),
    5,
    plant('header-dump', 'hummingbird-headers-description-authorization-bearer-jwt', 'error', "With `includeHeaders: true` the request line's message is NIO's `HTTPHeaders` description, a Swift array of tuples: `(\"Authorization\", \"Bearer <JWT>\")` (the app's session token, 1 h, jti).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://api.${MV}`, sub: `aluno_${rng.lowerNum(12)}`, scope: 'reservas' } });
      return { value: token, jwt: facts, event: { path: '/v1/reservas/minhas', ua: UA_APP, headers: [['Accept', 'application/json'], ['Authorization', `Bearer ${token}`], ['User-Agent', UA_APP], ['Accept-Language', 'pt-PT,pt;q=0.9'], ['Accept-Encoding', 'gzip, deflate, br']] } };
    }),
    5,
    plant('oauth-code', 'hummingbird-hb_uri-instagram-code', 'warning', `${WHY.code} The school links its Instagram account for the app's photo feed (Instagram business login): the callback's \`hb_uri\` metadata keeps Instagram's code beside the \`state\`.`, ({ rng }) => {
      const code = `AQ${rng.b64url(190)}`;
      return { value: code, event: { path: '/v1/instagram/retorno', query: `code=${code}&state=${rng.hex(24)}`, ua: BROWSERS[1], headers: [['Accept', 'text/html,application/xhtml+xml'], ['User-Agent', BROWSERS[1]], ['Referer', 'https://www.instagram.com/'], ['Accept-Language', 'pt-PT,pt;q=0.9']], app: [['info', 'Conta Instagram ligada: @marevivasurf']] } };
    }),
    5,
    plant('path-secret', 'hummingbird-hb_uri-termos-assinar-token', 'error', WHY.pathSecret("A liability waiver link `/v1/termos/assinar/<token>` sent to a student before the lesson (whoever opens it signs for the student, no sign-in), in `hb_uri`"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { path: `/v1/termos/assinar/${tok}`, ua: BROWSERS[2], headers: [['Accept', 'text/html'], ['User-Agent', BROWSERS[2]], ['Accept-Language', 'pt-PT,pt;q=0.9']] } };
    }),
    5,
    plant('refresh-token', 'hummingbird-app-line-swift-struct-description-refreshToken', 'error', `${WHY.refresh} The app prints the renewed \`TokenPair\` with Swift's default description: the access token is a \`Secret\` whose description hides it, the \`refreshToken\` is a plain \`String\` and is printed.`, ({ rng }) => {
      const rt = `mvrt_${rng.b64url(43)}`;
      return { value: rt, event: { method: 'POST', path: '/v1/sessao/renovar', ua: UA_APP, app: [['debug', `Sessão renovada: TokenPair(accessToken: Secret(<redacted>), refreshToken: "${rt}", expiresIn: 900)`]] } };
    }),
    5,
    plant('id-token', 'hummingbird-hb_uri-ligar-apple-id_token', 'error', "The app links a Sign in with Apple identity by sending Apple's identity token in the query (`/v1/conta/ligar-apple?id_token=<JWT>`, 10 min, live): `hb_uri` keeps it.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(5, 60), alg: 'RS256', kid: rng.alnum(10), claims: { iss: 'https://appleid.apple.com', aud: 'example.marevivasurf.app', sub: `00${digits(rng, 4)}.${rng.hex(32)}.${digits(rng, 4)}`, email: `${rng.lowerNum(10)}@privaterelay.appleid.com`, email_verified: true, is_private_email: true } });
      return { value: token, jwt: facts, event: { method: 'POST', path: '/v1/conta/ligar-apple', query: `id_token=${token}`, ua: UA_APP } };
    }),
    5,
    plant('negative', 'hummingbird-app-line-stripe-payment-intent-id', 'none', "A Stripe PaymentIntent id (`pi_…`) in a confirmation line: an object id, useless without the account's secret key.", ({ rng }) => {
      const pi = `pi_3${rng.alnum(23)}`;
      return { value: pi, event: { method: 'POST', path: '/v1/reservas', ua: UA_APP, app: [['info', `Pagamento confirmado: ${pi} (${reserva(rng)}, 45,00 EUR)`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: MV_DAY + 9 * HOUR, site: { host: `api.${MV}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// parceiros-pserve.log: the partner portal (Pyramid 2 on Python 3.12) under `pserve` with waitress, stdout and stderr in
// one file: pserve's `Starting server in PID …`, and Python logging through the ini's console handler with the
// cookiecutter's generic formatter (`%(asctime)s %(levelname)-5.5s [%(name)s:%(lineno)s][%(threadName)s] %(message)s`:
// local time without a zone, `WARNING` cut to `WARNI`), Paste's TransLogger in the WSGI pipeline with
// `setup_console_handler = False` (its `wsgi` logger propagating to the root: the Apache combined line as the message,
// the path re-quoted by `urllib.parse.quote`), the app's own loggers and waitress'.
// https://docs.pylonsproject.org/projects/pyramid/en/latest/narr/logging.html (the TransLogger section, read in
// Pylons/pyramid's docs/narr/logging.rst), https://docs.pylonsproject.org/projects/waitress/en/latest/logging.html (read
// through search); the formatter of the current cookiecutter and TransLogger's quoting from memory.

function parceirosLog(rng) {
  const PORTAL = `parceiros.${MV}`;
  const lvl = (l) => l.padEnd(5).slice(0, 5);
  const asct = (ms) => `${local(ms, WEST).slice(0, 19).replace('T', ' ')},${pad(ms % 1000, 3)}`;
  const line = (ms, level, name, thread, msg) => `${asct(ms)} ${lvl(level)} [${name}][${thread}] ${msg}`;
  const render = (e, rng) => {
    if (e.plain) return e.plain;
    const th = e.thread ?? `waitress-${rng.int(0, 3)}`;
    const out = (e.app ?? []).map(([level, name, msg], i) => line(e.t + i * 2, level, name, th, msg));
    if (e.noAccess) return out;
    out.push(line(e.t + e.ms, 'INFO', 'wsgi:100', th, `${e.ip} - - [${clf(e.t, WEST)}] "${e.method} ${pyQuote(e.path)}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes || '-'} "${e.referer}" "${e.ua}"`));
    return out;
  };
  const hoteis = ['hotel-atlantico-ericeira', 'surf-lodge-lizandro', 'casa-das-ondas'];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/parceiros/painel', referer: `https://${PORTAL}/entrar` }),
      () => ({ path: '/parceiros/reservas', query: `mes=2027-06&pagina=${rng.int(1, 3)}`, referer: `https://${PORTAL}/parceiros/painel` }),
      () => ({ path: '/static/css/portal.css', referer: `https://${PORTAL}/parceiros/painel` }),
      () => ({ method: 'POST', path: '/parceiros/reservas/nova', status: 302, bytes: 0, referer: `https://${PORTAL}/parceiros/reservas`, app: [['INFO', 'parceiros.views.reservas:88', `Reserva de grupo criada por ${rng.pick(hoteis)}: ${rng.int(4, 16)} alunos`]] }),
    ])();
  const steps = [
    { raw: { plain: ['Starting server in PID 1740.'] } },
    { raw: { noAccess: true, thread: 'MainThread', app: [['INFO', 'waitress:486', 'Serving on http://0.0.0.0:6543']] } },
    5,
    plant('negative', 'pyramid-translogger-debug-toolbar-request-id', 'none', "pyramid_debugtoolbar's page for one request (`/_debug_toolbar/<32 hex>`, reachable only from the office address): a request id, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { ip: '198.51.100.9', path: `/_debug_toolbar/${h}`, referer: `https://${PORTAL}/parceiros/painel` } };
    }),
    5,
    plant('implicit-fragment', 'pyramid-debug-redirect-access_token-fragment', 'error', "The portal signs partners into a hotel's legacy booking integration with an implicit grant; the view logs the redirect it returns, `#access_token=` included (TransLogger's line of the request has only the path).", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { path: '/parceiros/integracao/hotel-atlantico', status: 302, bytes: 0, referer: `https://${PORTAL}/parceiros/painel`, app: [['DEBUG', 'parceiros.views.sso:74', `Redirecionar parceiro para https://reservas.hotel-atlantico-ericeira.example/integracao/mareviva#access_token=${tok}&token_type=bearer&expires_in=7200`]] } };
    }),
    5,
    plant('framework-dump', 'pyramid-debug-webob-nestedmultidict-palavra_passe', 'error', "A failed partner sign-in logs WebOb's `request.params` with `%r`: `NestedMultiDict([('email', …), ('palavra_passe', …), …])`, the password in clear.", ({ rng }) => {
      const pw = `${rng.alnum(11)}${digits(rng, 2)}`;
      return { value: pw, event: { method: 'POST', path: '/entrar', status: 200, referer: `https://${PORTAL}/entrar`, app: [['DEBUG', 'parceiros.views.conta:41', `Início de sessão falhou: NestedMultiDict([('email', 'reservas@surflodge.example'), ('palavra_passe', ${pyStr(pw)}), ('csrf_token', '${rng.hex(40)}'), ('entrar', 'Entrar')])`]] } };
    }),
    5,
    plant('session-id', 'pyramid-debug-headerlist-set-cookie-auth_tkt', 'error', WHY.session("Pyramid's `auth_tkt` cookie (AuthTktCookieHelper: a SHA-512 digest, a timestamp and the base64 user id) in the `Set-Cookie` of a response `headerlist` a debug line prints as a Python list of tuples"), ({ rng, t }) => {
      const tkt = `${rng.hex(128)}${Math.floor(t / 1000).toString(16)}${b64Of('reservas@casadasondas.example')}!userid_type:b64unicode`;
      return { value: tkt, event: { method: 'POST', path: '/entrar', status: 302, bytes: 0, referer: `https://${PORTAL}/entrar`, app: [['DEBUG', 'parceiros.views.conta:63', `Resposta do login: [('Content-Type', 'text/html; charset=UTF-8'), ('Content-Length', '0'), ('Location', 'https://${PORTAL}/parceiros/painel'), ('Set-Cookie', 'auth_tkt="${tkt}"; Path=/; SameSite=Lax; secure; HttpOnly')]`]] } };
    }),
    5,
    plant('webhook', 'pyramid-error-urllib3-max-retries-statuscake-push', 'error', WHY.webhook("A StatusCake push URL (`push.statuscake.com/?PK=<key>&TestID=…`: whoever has it reports the sync job alive) in urllib3's `Max retries exceeded with url:`, logged by the sync thread"), ({ rng }) => {
      const pk = rng.alnum(20);
      return { value: pk, event: { noAccess: true, thread: 'Thread-3 (sincronizar)', app: [['ERROR', 'parceiros.tarefas.sync:118', `Falha ao enviar batimento: HTTPSConnectionPool(host='push.statuscake.com', port=443): Max retries exceeded with url: /?PK=${pk}&TestID=${digits(rng, 7)}&time=0 (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f${rng.hex(10)}>: Failed to resolve 'push.statuscake.com' ([Errno -3] Temporary failure in name resolution)"))`]] } };
    }),
    5,
    plant('encoded', 'pyramid-translogger-quoted-base64-activation-token', 'error', "A partner activation link `/parceiros/ativar/<token>` whose token is standard base64; TransLogger re-quotes the path (`+` as `%2B`, `=` as `%3D`), so the log holds the token one percent-decoding away.", ({ rng }) => {
      let tok;
      do tok = rng.bytes(30).toString('base64').replace(/\//g, '+'); while (!tok.includes('+'));
      tok = `${tok.slice(0, 38)}==`;
      const quoted = pyQuote(tok);
      return { value: quoted, event: { path: `/parceiros/ativar/${tok}`, status: 302, bytes: 0, referer: '-', ua: BROWSERS[0] } };
    }),
    5,
    plant('negative', 'pyramid-debug-pbkdf2-hash', 'none', "A password hash (`pbkdf2_sha256$600000$<salt>$<hash>`) printed after a partner changed a password: a salted hash, no credential.", ({ rng }) => {
      const h = `pbkdf2_sha256$600000$${rng.alnum(22)}$${rng.bytes(32).toString('base64')}`;
      return { value: h, event: { method: 'POST', path: '/parceiros/conta/palavra-passe', status: 302, bytes: 0, referer: `https://${PORTAL}/parceiros/conta`, app: [['DEBUG', 'parceiros.views.conta:102', `Palavra-passe atualizada para surf-lodge-lizandro (${h})`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: MV_DAY + 8 * HOUR, site: { host: PORTAL }, filler, render, steps });
}

// =====================================================================================================================
// Hverabað (Icelandic; Hveragerði: GMT, UTC+0 all year)
// =====================================================================================================================

const HB = 'hverabad.example';
const HB_WWW = `www.${HB}`;
const HB_DAY = Date.UTC(2027, 5, 10, 0, 0, 0);
const bokun = (rng) => `HB-${digits(rng, 6)}`;
const PAKKAR = ['lon-adgangur', 'lon-og-gufa', 'fjolskyldupakki', 'kvoldbad', 'nudd-60'];

// ---------------------------------------------------------------------------------------------------------------------
// hlid.log: the booking gateway (Armeria 1.32, a Java service in front of the booking, gift card and kiosk backends)
// with `LoggingService` (requests and successful responses at INFO) and `ContentPreviewingService` (text bodies up to
// 512 characters), logback to a file with the pattern `%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} -
// %msg%n` (the JVM in UTC). A request line is the context (`[sreqId=…, chanId=…, raddr=…, laddr=…][h2://<authority>
// <path>#<method>]`) and `Request: {startTime=<ISO time>Z(<µs>), length=…, duration=…, scheme=none+h2, name=<method>,
// headers=[<name>=<value>, …], content=<preview>}`; the response line repeats the context. The default headers sanitizer
// writes `****` for `authorization`, `cookie`, `set-cookie` and `proxy-authorization` only.
// https://github.com/line/armeria (common/logging/TextLogFormatter.java, TextHeadersSanitizer.java and
// AbstractHeadersSanitizerBuilder.java, read; a public LoggingService line read through search).

function hlidLog(rng) {
  const elapsed = (ns) => (ns >= 1e6 ? `${Math.round(ns / 1e6)}ms(${ns}ns)` : `${Math.round(ns / 1e3)}µs(${ns}ns)`);
  const head = (ms, level, thread, logger, msg) => `${dayTime(ms)}.${pad(ms % 1000, 3)} ${level.padEnd(5)} [${thread}] ${logger} - ${msg}`;
  const LS = 'c.l.a.server.logging.LoggingService';
  const render = (e, rng) => {
    if (e.plain) return e.plain.map(([level, thread, logger, msg], i) => head(e.t + i, level, thread, logger, msg));
    const thread = `armeria-common-worker-epoll-3-${rng.int(1, 8)}`;
    const ctx = `[sreqId=${rng.hex(8)}, chanId=${rng.hex(8)}, raddr=${e.ip}:${e.port}, laddr=10.20.0.7:8443][h2://hlid.${HB}${e.path}#${e.method}]`;
    const start = `${iso(e.t)}(${e.t}${digits(rng, 3)})`;
    const reqHeaders = [[':method', e.method], [':path', `${e.path}${e.query ? `?${e.query}` : ''}`], [':scheme', 'https'], [':authority', `hlid.${HB}`], ['user-agent', e.ua], ...(e.headers ?? [['accept', 'application/json']])];
    const body = e.content ?? null;
    const req = `${ctx} Request: {startTime=${start}, length=${body ? Buffer.byteLength(body) : 0}B, duration=${elapsed(rng.int(40, 400) * 1000 + rng.int(0, 999))}, scheme=none+h2, name=${e.method}, headers=[${reqHeaders.map(([k, v]) => `${k}=${v}`).join(', ')}]${body ? `, content=${body}` : ''}}`;
    const rstart = e.t + e.ms;
    const respHeaders = [[':status', e.status], ...(e.location ? [['location', e.location]] : []), ['content-type', e.location ? 'text/plain; charset=utf-8' : 'application/json'], ['content-length', e.bytes], ['server', 'Armeria/1.32.0'], ['date', httpDate(rstart)]];
    const dur = e.ms * 1e6 + rng.int(0, 999999);
    const resp = `${ctx} Response: {startTime=${iso(rstart)}(${rstart}${digits(rng, 3)}), length=${e.bytes}B, duration=${elapsed(rng.int(20, 300) * 1000 + rng.int(0, 999))}, totalDuration=${elapsed(dur)}, headers=[${respHeaders.map(([k, v]) => `${k}=${v}`).join(', ')}]}`;
    return [head(e.t, 'INFO', thread, LS, req), head(rstart, 'INFO', thread, LS, resp)];
  };
  const app = () => rng.pick(['Hverabad/5.2 (iPhone; iOS 26.1)', 'Hverabad/5.2 (Android 16; Pixel 9a)']);
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/v1/laus-plass', query: `dags=2027-06-${pad(rng.int(11, 30))}&pakki=${rng.pick(PAKKAR)}`, ua: BROWSERS[rng.int(0, 4)], headers: [['accept', 'application/json'], ['accept-language', 'is-IS,is;q=0.9,en;q=0.8']] }),
      () => ({ path: `/api/v1/bokanir/${bokun(rng)}`, ua: app(), headers: [['accept', 'application/json'], ['authorization', '****']] }),
      () => ({ method: 'POST', path: '/api/v1/bokanir', status: 201, ua: app(), headers: [['accept', 'application/json'], ['content-type', 'application/json'], ['authorization', '****']], content: JSON.stringify({ pakki: rng.pick(PAKKAR), dags: `2027-06-${pad(rng.int(11, 30))}`, timi: `${rng.int(9, 21)}:00`, fjoldi: rng.int(1, 4) }) }),
    ])();
  const steps = [
    { raw: { plain: [['INFO', 'main', 'com.linecorp.armeria.server.Server', 'Serving HTTPS at /0.0.0.0:8443 - https://127.0.0.1:8443/'], ['INFO', 'main', 'is.hverabad.hlid.HlidApplication', 'Hlið ræst: 3 bakendar (bokanir, gjafabref, kiosk)']] } },
    5,
    plant('negative', 'armeria-headers-cookie-masked', 'none', "`cookie=****`: Armeria's default headers sanitizer masks the cookie of a web request (no value on the line).", () => ({ value: '****', needle: 'cookie=****', event: { path: '/api/v1/karfa', ua: BROWSERS[0], headers: [['accept', 'application/json'], ['cookie', '****'], ['accept-language', 'is-IS,is;q=0.9']] } })),
    5,
    plant('api-key-name', 'armeria-request-headers-x-api-lykill', 'error', `${WHY.apiKey('x-api-lykill')} A travel agency's server sends its key in an \`x-api-lykill\` header; the sanitizer masks only \`authorization\` and the cookies, so the request line writes it.`, ({ rng }) => {
      const key = `hb_${rng.alnum(40)}`;
      return { value: key, event: { path: '/api/v1/verdskra', query: 'gjaldmidill=EUR', ua: 'Java-http-client/21.0.7', headers: [['accept', 'application/json'], ['x-api-lykill', key]] } };
    }),
    5,
    plant('path-secret', 'armeria-request-path-lykilord-endurstilla', 'error', WHY.pathSecret("A password reset link `/lykilord/endurstilla/<token>` in the request's `:path`; the context in front of both the request and the response line repeats the path"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { path: `/lykilord/endurstilla/${tok}`, ua: BROWSERS[2], headers: [['accept', 'text/html'], ['accept-language', 'is-IS,is;q=0.9']] } };
    }),
    5,
    plant('implicit-fragment', 'armeria-response-headers-location-access_token', 'error', "The gateway's own sign-in for the lobby kiosks ends in an implicit grant: the response line's headers (not masked) keep `location=…#access_token=`.", ({ rng }) => {
      const tok = rng.b64url(44);
      return { value: tok, event: { path: '/innskraning/lokid', query: `kiosk=K2&state=${rng.hex(16)}`, status: 302, bytes: 0, ua: 'Mozilla/5.0 (X11; Linux aarch64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36', headers: [['accept', 'text/html']], location: `https://kiosk.${HB}/lokid#access_token=${tok}&token_type=Bearer&expires_in=28800` } };
    }),
    5,
    plant('session-id', 'armeria-request-headers-x-seta', 'error', WHY.session("The mobile app sends its session in a custom `x-seta` header (seta: session), which the sanitizer does not know"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { path: '/api/v1/minar-bokanir', ua: app(), headers: [['accept', 'application/json'], ['x-seta', sid]] } };
    }),
    5,
    plant('refresh-token', 'armeria-content-preview-form-refresh_token-jwt', 'error', `${WHY.refresh} \`ContentPreviewingService\` writes the token request's form body as \`content=\`: \`grant_type=refresh_token&refresh_token=<JWT>\`.`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 30 * 86400, age: rng.int(3600, 20 * 86400), jti: true, alg: 'HS512', claims: { iss: `https://innskraning.${HB}`, sub: rng.uuid(), typ: 'Refresh', azp: 'hverabad-app', scope: 'openid offline_access' } });
      return { value: token, jwt: facts, event: { method: 'POST', path: '/oauth/token', ua: app(), headers: [['accept', 'application/json'], ['content-type', 'application/x-www-form-urlencoded']], content: `grant_type=refresh_token&refresh_token=${token}&client_id=hverabad-app` } };
    }),
    5,
    plant('negative', 'armeria-request-headers-x-b3-traceid', 'none', 'A Zipkin `x-b3-traceid` header (16 hex): a trace id, no credential.', ({ rng }) => {
      const v = rng.hex(16);
      return { value: v, event: { path: '/api/v1/opnunartimi', ua: BROWSERS[1], headers: [['accept', 'application/json'], ['x-b3-traceid', v], ['x-b3-spanid', rng.hex(16)], ['x-b3-sampled', '1']] } };
    }),
    3,
  ];
  return buildLog(rng, { start: HB_DAY + 7 * HOUR, site: { host: `hlid.${HB}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bokanir.log: the booking service (OCaml 5.2, Dream 1.0.0~alpha8) behind the gateway, stderr to a file: Dream's
// reporter (`<dd.mm.yy HH:MM:SS.mmm> <source right-aligned in 15> <level in 5>[ REQ <id>] <message>`, UTC without a
// zone), `Dream.logger`'s two lines a request (`<METHOD> <target> <client> <user agent>`, then `<status>[ <Location of
// a redirection>] in <µs> μs`, a 4xx at WARN, a 5xx at ERROR), `Aborted by: <exception>` and its backtrace at WARN, and
// the app's own sources (`Dream.sub_log`). https://github.com/aantron/dream (src/server/log.ml, read).

function bokanirLog(rng) {
  const t8 = (ms) => { const d = iso(ms); return `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(2, 4)} ${d.slice(11, 23)}`; };
  const LEVEL = { app: '     ', info: ' INFO', warn: ' WARN', error: 'ERROR', debug: 'DEBUG' };
  const line = (ms, src, level, req, msg) => `${t8(ms)} ${(src ?? '').padStart(15).slice(-15)} ${LEVEL[level]}${req ? ` REQ ${req}` : ''} ${msg}`;
  let reqId = 0;
  const render = (e, rng) => {
    if (e.plain) return e.plain.map(([src, level, msg], i) => line(e.t + i, src, level, null, msg));
    const id = ++reqId;
    const out = [line(e.t, 'dream.logger', 'info', id, `${e.method} ${e.path}${e.query ? `?${e.query}` : ''} ${e.ip}:${e.port} ${e.ua}`)];
    (e.app ?? []).forEach(([src, level, msg], i) => out.push(line(e.t + 2 + i, src, level, id, msg)));
    if (e.aborted) {
      out.push(line(e.t + e.ms, 'dream.logger', 'warn', id, `Aborted by: ${e.aborted}`));
      e.backtrace.forEach((b, i) => out.push(line(e.t + e.ms + 1 + i, 'dream.logger', 'warn', id, b)));
      return out;
    }
    const level = e.status >= 500 ? 'error' : e.status >= 400 ? 'warn' : 'info';
    out.push(line(e.t + e.ms, 'dream.logger', level, id, `${e.status}${e.location ? ` ${e.location}` : ''} in ${e.ms * 1000 + rng.int(0, 999)} μs`));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/bokanir', query: `dags=2027-06-${pad(rng.int(11, 30))}`, ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ method: 'POST', path: '/bokanir', status: 303, location: `/bokanir/${bokun(rng)}/stadfest`, ua: BROWSERS[rng.int(0, 4)], app: [['bokanir', 'info', `Bókun stofnuð: ${rng.pick(PAKKAR)}, ${rng.int(1, 4)} gestir`]] }),
      () => ({ path: `/bokanir/${bokun(rng)}/stadfest`, ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ path: '/heilsa', ua: 'Armeria/1.32.0', ms: 1 }),
    ])();
  const steps = [
    { raw: { plain: [[null, 'app', 'Running at http://0.0.0.0:8080'], [null, 'app', 'Type Ctrl+C to stop']] } },
    5,
    plant('negative', 'dream-request-target-error-state-only', 'none', "Ísland.is sent the user back with `error=access_denied` and the `state` only (the sign-in was cancelled): a flow id, no code, no credential.", ({ rng }) => {
      const st = rng.b64url(22);
      return { value: st, event: { path: '/innskraning/til-baka', query: `error=access_denied&state=${st}`, status: 302, location: '/innskraning?villa=haett', ua: BROWSERS[2] } };
    }),
    5,
    plant('oauth-code', 'dream-request-target-island-is-code-64-hex', 'warning', `${WHY.code} Ísland.is (Duende IdentityServer) answers with a 64-hex code, the \`scope\`, the \`state\`, \`session_state\` and \`iss\`; Dream's request line writes the whole target.`, ({ rng }) => {
      const code = rng.hex(64).toUpperCase();
      return { value: code, event: { path: '/innskraning/til-baka', query: `code=${code}&scope=openid%20profile&state=${rng.b64url(22)}&session_state=${rng.b64url(43)}.${rng.hex(32).toUpperCase()}&iss=https%3A%2F%2Finnskra.island.is`, status: 303, location: '/bokanir', ua: BROWSERS[1] } };
    }),
    5,
    plant('api-key-name', 'dream-request-target-api_lykill', 'error', `${WHY.apiKey('api_lykill')} A travel agency checks availability with its key in the query; Dream's request line writes the target whole.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { path: '/api/laus-plass', query: `dags=2027-06-14&pakki=lon-og-gufa&api_lykill=${key}`, ua: 'Go-http-client/2.0' } };
    }),
    5,
    plant('implicit-fragment', 'dream-response-line-redirect-location-access_token', 'error', "The lobby kiosk's sign-in returns a 302 whose `Location` carries an implicit grant's `#access_token=`; Dream's response line writes a redirection's target after the status.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { path: '/kiosk/innskraning', query: 'taeki=K2', status: 302, location: `https://kiosk.${HB}/lokid#access_token=${tok}&token_type=bearer&expires_in=28800`, ua: 'Mozilla/5.0 (X11; Linux aarch64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36' } };
    }),
    5,
    plant('refresh-token', 'dream-aborted-by-failure-refresh_token', 'error', `${WHY.refresh} A timeout while renewing a session raised \`Failure\` with the token in its message; Dream logs \`Aborted by: Failure("…refresh_token=<token>")\` (the renewal never reached the server, so the token is still valid).`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { method: 'POST', path: '/api/seta/endurnyja', ua: 'Hverabad/5.2 (iPhone; iOS 26.1)', ms: 2003, aborted: `Failure("endurnýjun mistókst (tímamörk 2 s): refresh_token=${rt}")`, backtrace: ['Raised at Stdlib.failwith in file "stdlib.ml", line 29, characters 17-33', 'Called from Bokanir__Seta.endurnyja.(fun) in file "bin/seta.ml", line 88, characters 6-71', 'Called from Lwt.Sequential_composition.bind.create_result_promise_and_callback_if_deferred.callback in file "src/core/lwt.ml", line 1844, characters 16-19'] } };
    }),
    { raw: { path: '/heilsa', ua: 'Armeria/1.32.0', ms: 1 }, after: 6 },
    3,
    plant('webhook', 'dream-sub-log-synology-chat-incoming-token', 'error', WHY.webhook("A Synology Chat incoming webhook (`entry.cgi?api=SYNO.Chat.External&method=incoming&version=2&token=%22<token>%22`, the token in percent-encoded quotes) in the app's `tilkynningar` error line"), ({ rng }) => {
      const tok = rng.alnum(64);
      return { value: tok, event: { method: 'POST', path: '/bokanir', status: 303, location: `/bokanir/${bokun(rng)}/stadfest`, ua: BROWSERS[0], app: [['bokanir', 'info', 'Bókun stofnuð: kvoldbad, 2 gestir'], ['tilkynningar', 'error', `Tilkynning mistókst (503): https://nas.${HB}:5001/webapi/entry.cgi?api=SYNO.Chat.External&method=incoming&version=2&token=%22${tok}%22`]] } };
    }),
    5,
    plant('negative', 'dream-request-target-google-wbraid', 'none', "Google Ads' `wbraid` (a web-to-app measurement id) on a landing page: a click id, no credential.", ({ rng }) => {
      const v = `Cl${rng.b64url(60)}`;
      return { value: v, event: { path: '/', query: `utm_source=google&utm_medium=cpc&wbraid=${v}`, ua: BROWSERS[2] } };
    }),
    3,
  ];
  return buildLog(rng, { start: HB_DAY + 7 * HOUR + 30 * MIN, site: { host: `bokanir.${HB}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gcore-hverabad-2027-06-10-09.log: an hour of Gcore CDN raw logs for the lagoon's website resource, as the Logs
// uploader puts them in object storage: one line a request, every field in double quotes and separated by spaces, in
// the documented order (`$remote_addr`, `-`, `$remote_user`, `[$time_local]`, `$request`, `$status`, `$body_bytes_sent`,
// `$http_referer`, `$http_user_agent`, `$bytes_sent`, `$edgename`, `$scheme`, `$host`, `$request_time`,
// `$upstream_response_time`, `$request_length`, `$http_range`, `[$responding_node]`, `$upstream_cache_status`,
// `$upstream_response_length`, `$upstream_addr`, `$gcdn_api_client_id`, `$gcdn_api_resource_id`, `$uid_got`, `$uid_set`,
// `$geoip_country_code`, `$geoip_city`, `$shield_type`, `$server_addr`, `$server_port`, `$upstream_status`, `-`,
// `$upstream_connect_time`, `$upstream_header_time`, `$shard_addr`, `$geoip2_data_asnumber`, `$connection`,
// `$connection_requests`, `$http_traceparent`, `$http_x_forwarded_proto`, `$gcdn_internal_status_code`, `$ssl_cipher`,
// `$ssl_session_id`, `$ssl_session_reused`, `$sent_http_content_type`, `$tcpinfo_rtt`, `$server_country_code`,
// `$gcdn_tcpinfo_snd_cwnd`, `$gcdn_tcpinfo_total_retrans`, `$gcdn_rule_id`). https://gcore.com/docs/cdn/logs/logs-uploader
// (the format example, read through search); the values of the internal fields (edge and node names) made up.

function gcoreLog(rng) {
  const q = (v) => `"${v === '' || v === undefined || v === null ? '-' : v}"`;
  const render = (e, rng) => {
    const miss = e.cache === 'MISS';
    const up = miss ? (e.ms / 1000 - 0.002).toFixed(3) : '-';
    const f = [e.ip, '-', '-', `[${clf(e.t, 0)}]`, `${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/2.0`, e.status, e.bytes, e.referer, e.ua, e.bytes + rng.int(300, 700), 'ams2-edge-11', 'https', HB_WWW, (e.ms / 1000).toFixed(3), up, rng.int(180, 900), '-', '[ams2-n07]', e.cache ?? 'HIT', miss ? e.bytes : '-', miss ? '198.51.100.20:443' : '-', '318207', '604512', e.uidGot ?? '-', '-', ...rng.pick([['IS', 'Reykjavik'], ['IS', 'Selfoss'], ['IS', 'Hveragerdi'], ['IS', '-'], ['GB', 'London'], ['DE', 'Berlin'], ['US', '-']]), 'shield_no', '92.223.76.11', '443', miss ? e.status : '-', '-', miss ? '0.002' : '-', miss ? (e.ms / 1000 - 0.004).toFixed(3) : '-', '-', rng.pick(['12969', '6677', '44735']), rng.int(80000000, 99999999), rng.int(1, 12), e.traceparent ?? '-', '-', '-', 'TLS_AES_256_GCM_SHA384', e.tlsSession ?? '-', '.', e.ctype ?? 'text/html; charset=utf-8', rng.int(9000, 60000), 'NL', rng.int(10, 40), '0', '-'];
    return [f.map(q).join(' ')];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/${rng.pick(['', 'verdskra', 'opnunartimi', 'um-okkur', 'gjafabref'])}`, referer: rng.pick(['-', 'https://www.google.com/']) }),
      () => ({ path: `/myndir/${rng.pick(['laug', 'gufa', 'hver', 'utsyni'])}-${rng.int(1, 6)}.webp`, referer: `https://${HB_WWW}/`, ctype: 'image/webp', traceparent: `00-${rng.hex(32)}-${rng.hex(16)}-01` }),
      () => ({ path: '/api/v1/laus-plass', query: `dags=2027-06-${pad(rng.int(11, 30))}`, cache: 'MISS', referer: `https://${HB_WWW}/boka`, ctype: 'application/json' }),
    ])();
  const steps = [
    5,
    plant('negative', 'gcore-ssl-session-id', 'none', '`$ssl_session_id` (a TLS session id, 64 hex): it resumes the encryption of a connection and logs no one in, a look-alike of a session id.', ({ rng }) => {
      const v = rng.hex(64).toUpperCase();
      return { value: v, event: { path: '/verdskra', referer: `https://${HB_WWW}/`, tlsSession: v } };
    }),
    5,
    plant('embed-jwt', 'gcore-request-innfelling-hitastig-no-exp', 'error', "A hotel lobby screen shows the pools' temperatures through `/innfelling/hitastig/<JWT>`; the token has no `exp`, so the link works as long as its key does (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: 86400 * rng.int(30, 200), claims: { samstarf: 'hotel-ork-hveragerdi', skjar: 'anddyri', syn: 'hitastig' } });
      return { value: token, jwt: facts, event: { path: `/innfelling/hitastig/${token}`, cache: 'MISS', referer: '-', ua: 'Mozilla/5.0 (Linux; Android 12; SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36' } };
    }),
    5,
    plant('path-secret', 'gcore-request-skapa-lykilord-token', 'error', WHY.pathSecret("A new employee's set-password link `/skapa-lykilord/<token>` (onboarding: whoever opens it chooses the staff account's password)"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { path: `/skapa-lykilord/${tok}`, cache: 'MISS', referer: '-', ua: BROWSERS[4] } };
    }),
    5,
    plant('embed-jwt', 'gcore-referer-innfelling-adsokn-expired', 'note', "An image request whose `$http_referer` is the occupancy widget `/innfelling/adsokn/<JWT>` on a partner's page left open: the token expired two days before the line (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + rng.int(600, 7200), jti: true, claims: { samstarf: 'gistihus-selfoss', syn: 'adsokn' } });
      return { value: token, jwt: facts, event: { path: `/myndir/adsokn-${rng.int(1, 3)}.webp`, referer: `https://${HB_WWW}/innfelling/adsokn/${token}`, ctype: 'image/webp', ua: BROWSERS[0] } };
    }),
    5,
    plant('api-key-name', 'gcore-request-lykill', 'error', `${WHY.apiKey('lykill')} A travel agency fetches the price list through the CDN with its key in the query (\`lykill\`: key); the resource caches nothing with a query, so each call reaches the origin and the log.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { path: '/api/v1/verdskra', query: `gjaldmidill=EUR&lykill=${key}`, cache: 'MISS', referer: '-', ua: 'python-requests/2.32.5', ctype: 'application/json' } };
    }),
    5,
    plant('id-token', 'gcore-request-utskraning-id_token_hint-live', 'error', "An `id_token_hint` on the sign-out route `/utskraning` (12 h, live when logged): the CDN's `$request` keeps the ID token.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 12 * 3600, age: rng.int(600, 3 * 3600), alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://innskraning.${HB}`, aud: 'hverabad-vefur', sub: rng.uuid(), name: 'Guðrún Helgadóttir' } });
      return { value: token, jwt: facts, event: { path: '/utskraning', query: `id_token_hint=${token}&post_logout_redirect_uri=${encodeURIComponent(`https://${HB_WWW}/`)}`, status: 302, bytes: 0, cache: 'MISS', referer: `https://${HB_WWW}/minar-sidur`, ua: BROWSERS[1] } };
    }),
    5,
    plant('negative', 'gcore-uid-got-userid-cookie', 'none', "`$uid_got` (`uid=<32 hex>`, nginx's userid module: a visitor id for counting returning visitors): a tracking id, no credential.", ({ rng }) => {
      const v = `uid=${rng.hex(32).toUpperCase()}`;
      return { value: v, event: { path: '/opnunartimi', referer: `https://${HB_WWW}/`, uidGot: v } };
    }),
    3,
  ];
  return buildLog(rng, { start: HB_DAY + 9 * HOUR, site: { host: HB_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// error.log: nginx 1.26's error log on the gift card shop's server, where Phusion Passenger 6.0 runs a Node.js 22 app
// (Passenger's own log goes to the same file: `[ <level> <yyyy-mm-dd HH:MM:SS.ffff> <pid>/T<thread> <source>:<line> ]:
// <message>`, levels N, W, E, D, D2, D3; the app's stdout and stderr as `App <pid> output: <line>`), nginx's
// `<yyyy/mm/dd HH:MM:SS> [<level>] <pid>#<tid>: *<conn> <message>, client: …, server: …, request: "…", upstream:
// "passenger:unix:…", host: "…"`. For an hour the admin raised Passenger's log level to 7, so the core wrote each
// request's header data as it sent it to the app (NUL as `\000`). https://www.phusionpassenger.com/docs/ (not fetched);
// the line shapes read in public issues of phusion/passenger through search (the D3 header data line's text from
// memory).

function passengerLog(rng) {
  const pd = (ms) => { const d = iso(ms); return `${d.slice(0, 10)} ${d.slice(11, 19)}.${pad(ms % 1000, 3)}${rng.int(0, 9)}`; };
  const nd = (ms) => iso(ms).slice(0, 19).replace('T', ' ').replace(/-/g, '/');
  const APP_PID = 1502;
  const GIFT = `gjafir.${HB}`;
  const render = (e, rng) =>
    e.lines.map((l, i) => {
      const ms = e.t + i * 3;
      if (l[0] === 'app') return `App ${APP_PID} output: ${l[1]}`;
      if (l[0] === 'nginx') return `${nd(ms)} [${l[1]}] 815#815: ${l[2]}`;
      return `[ ${l[0]} ${pd(ms)} 834/T${l[1]} ${l[2]} ]: ${l[3]}`;
    });
  const cgi = (e, extra) => {
    const uri = `${e.path}${e.query ? `?${e.query}` : ''}`;
    const pairs = [['REQUEST_URI', uri], ['PATH_INFO', e.path], ['SCRIPT_NAME', ''], ['QUERY_STRING', e.query ?? ''], ['REQUEST_METHOD', e.method], ['SERVER_NAME', GIFT], ['SERVER_PORT', '443'], ['SERVER_SOFTWARE', 'nginx/1.26.2'], ['SERVER_PROTOCOL', 'HTTP/1.1'], ['REMOTE_ADDR', e.ip], ['REMOTE_PORT', String(e.port)], ['HTTPS', 'on'], ['HTTP_HOST', GIFT], ['HTTP_USER_AGENT', e.ua], ['HTTP_ACCEPT', 'text/html,application/xhtml+xml'], ...extra];
    return `"${pairs.map(([k, v]) => `${k}\\000${v}`).join('\\000')}\\000"`;
  };
  // One request's debug lines: the header data the core sends to the app, then two D2 lines of the same client.
  const d3 = (e, client, extra) => [['D3', 6, 'age/Cor/Con/SendRequest.cpp:396', `[Client ${client}] Header data: ${cgi(e, extra)}`], ['D2', 6, 'age/Cor/Con/SendRequest.cpp:938', `[Client ${client}] No body to send to application`], ['D2', 6, 'Ser/Server.h:594', `[Client ${client}] ${rng.int(400, 1600)} bytes of client data consumed in this callback`]];
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [['app', `[gjafir] GET /gjafabref/${rng.pick(['50000', '20000', 'lon-og-gufa', 'nudd'])} 200 ${rng.int(3, 60)} ms`]] }),
      () => ({ lines: [['app', `[gjafir] Gjafabréf ${`GB-2027-${digits(rng, 4)}`} sent á netfang kaupanda`]] }),
      () => ({ lines: [['N', 5, 'age/Cor/SecurityUpdateChecker.h:521', 'Security update check: no update found (next check in 24 hours)']] }),
    ])();
  const steps = [
    { raw: { lines: [['nginx', 'notice', 'using the "epoll" event method'], ['nginx', 'notice', 'nginx/1.26.2'], ['N', 1, 'age/Wat/WatchdogMain.cpp:1373', 'Starting Passenger watchdog...'], ['N', 1, 'age/Cor/CoreMain.cpp:1015', 'Starting Passenger core...'], ['N', 1, 'age/Cor/CoreMain.cpp:262', 'Passenger core running in multi-application mode.'], ['N', 1, 'age/Cor/CoreMain.cpp:732', 'Passenger core online, PID 834']] } },
    plant('framework-dump', 'passenger-app-output-config-dump-greidsla-leynilykill', 'error', "At start the Node app prints its configuration with `console.log` (util.inspect of an object); Passenger writes the app's output into nginx's error.log: the payment gateway's secret key `GREIDSLA_LEYNILYKILL` in clear.", ({ rng }) => {
      const s = `sk_live_${rng.alnum(40)}`;
      return { value: s, event: { lines: [['app', `Stillingar hlaðnar: ${inspect({ PORT: '3000', NODE_ENV: 'production', GREIDSLA_GATT: 'https://gatt.greidslur.example/v2', GREIDSLA_LEYNILYKILL: s, SMTP_HOST: `smtp.${HB}` })}`], ['app', '[gjafir] hlustar (Passenger)']] } };
    }),
    5,
    plant('negative', 'passenger-app-output-payment-transaction-uuid', 'none', "A payment's transaction id (a UUID) in the app's confirmation line: an identifier, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { lines: [['app', `[gjafir] Greiðsla staðfest: færsla ${v} (GB-2027-${digits(rng, 4)}, 20.000 kr.)`]] } };
    }),
    5,
    plant('session-id', 'passenger-d3-header-data-http-cookie-cookie-session', 'error', WHY.session("The shop's `session` cookie (Express cookie-session: the base64 of a JSON with the customer's id, signed by `session.sig`) in the header data Passenger's core writes at log level 7 (`HTTP_COOKIE\\000session=…`)"), ({ rng }) => {
      const sess = b64Of(JSON.stringify({ vidskiptavinur: rng.int(10000, 99999), karfa: rng.int(1, 5), innskrad: true }));
      const e = { method: 'GET', path: '/karfa', ip: `203.0.113.${rng.int(2, 250)}`, port: rng.int(1024, 65535), ua: BROWSERS[2] };
      return { value: sess, event: { lines: [...d3(e, `2-${rng.int(10, 99)}`, [['HTTP_COOKIE', `session=${sess}; session.sig=${rng.b64url(27)}`]]), ['app', '[gjafir] GET /karfa 200 18 ms']] } };
    }),
    3,
    plant('header-dump', 'passenger-d3-header-data-http-authorization-basic', 'error', "The admin pages are behind HTTP Basic; at log level 7 Passenger writes the request's header data with `HTTP_AUTHORIZATION\\000Basic <base64 of user:password>`.", ({ rng }) => {
      const b = b64Of(`stjornandi:${rng.alnum(14)}`);
      const e = { method: 'GET', path: '/stjornun/skyrsla', query: 'manudur=2027-06', ip: '198.51.100.73', port: rng.int(1024, 65535), ua: BROWSERS[0] };
      return { value: b, event: { lines: [...d3(e, `2-${rng.int(10, 99)}`, [['HTTP_AUTHORIZATION', `Basic ${b}`]]), ['app', '[gjafir] GET /stjornun/skyrsla?manudur=2027-06 200 143 ms']] } };
    }),
    3,
    5,
    plant('webhook', 'passenger-app-output-node-fetch-cronhub-ping', 'error', WHY.webhook("A Cronhub heartbeat URL `https://cronhub.io/ping/<uuid>` (whoever has it reports the nightly gift card job alive or failed) in node-fetch's `request to … failed` error, printed by the app"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { lines: [['app', `[cron] Hjartsláttur mistókst: FetchError: request to https://cronhub.io/ping/${id} failed, reason: getaddrinfo EAI_AGAIN cronhub.io`]] } };
    }),
    5,
    plant('encoded', 'passenger-app-output-base45-qr-payload-lykill', 'error', "The app prints the QR payload of a gift card in base45 (RFC 9285, QR alphanumeric mode); decoded, it is a JSON object with the card's redemption key (`lykill`), one decoding away.", ({ rng }) => {
      const gb = `GB-2027-${digits(rng, 4)}`;
      const payload = base45(JSON.stringify({ gb, upphaed: 20000, lykill: rng.alnum(24) }));
      return { value: payload, event: { lines: [['app', `[gjafir] QR-gögn fyrir ${gb}: ${payload}`]] } };
    }),
    5,
    plant('negative', 'passenger-nginx-warn-buffered-image-sha1', 'none', "nginx's `[warn]` about a buffered upstream response names the request: a gift card image addressed by its SHA-1 (`/myndir/gjafabref-<40 hex>.png`), a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { lines: [['nginx', 'warn', `*${rng.int(300, 900)} an upstream response is buffered to a temporary file /var/lib/nginx/proxy/3/17/00000001${digits(rng, 2)} while reading upstream, client: 203.0.113.${rng.int(2, 250)}, server: ${GIFT}, request: "GET /myndir/gjafabref-${h}.png HTTP/1.1", upstream: "passenger:unix:/tmp/passenger.Zk4xTq/agents.s/core:", host: "${GIFT}", referrer: "https://${GIFT}/"`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: HB_DAY + 8 * HOUR, site: { host: GIFT }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout34');
writePart(join(here, 'heldout34'), {
  'quillhaven-orders.log': ordersLog(rng),
  'proofing_access.2027-06-08.log': proofingLog(rng),
  'xray-traces-artwork-api.json': xrayLog(rng),
  'twilio-alerts-2027-06-08.ndjson': twilioLog(rng),
  'endpoints-trade-api-2027-06-08.json': endpointsLog(rng),
  'reservas-laminas.log': laminasLog(rng),
  'cacifos.log': cacifosLog(rng),
  'keycdn.log': keycdnLog(rng),
  'ondas-api.log': ondasLog(rng),
  'parceiros-pserve.log': parceirosLog(rng),
  'hlid.log': hlidLog(rng),
  'bokanir.log': bokanirLog(rng),
  'gcore-hverabad-2027-06-10-09.log': gcoreLog(rng),
  'error.log': passengerLog(rng),
});
