// Writes corpus/logs-in-the-wild/heldout52/: a fifty-second held-out part, in formats no other part uses (nginx's
// error.log with naxsi's NAXSI_FMT and NAXSI_EXLOG lines, PowerDNS Authoritative's log with `webserver-loglevel=detailed`
// through rsyslog, an `octodns-sync --debug` run, Elastic Defend process events exported as NDJSON, Headscale under
// `journalctl -o short-iso-precise`, SteVe's OCPP 1.6J central system log, an EVerest charger's manager output, a DLT
// trace of a taxi head unit converted to text, SOGo's sogo.log with `SOGoDebugRequests`, Haraka's log at PROTOCOL level,
// a Godot 4 game's godot.log, an Arma 3 dedicated server's .rpt with BattlEye lines, a FiveM FXServer console kept by
// txAdmin, the Agones controller's JSON log under `kubectl logs`), with credentials planted in the places issue #14 lists
// and look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout52.mjs     rewrites heldout52/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Harrier Regional Airways, an Aberdeen airline with its booking site behind a WAF, its own DNS, an EDR
// on the crew and airport-desk PCs and a Headscale VPN for the airport stations (English, five logs); Sarse Dawal
// ("charge and drive"), a Dakar company running EV chargers and an electric taxi fleet, with its groupware and mail
// server (Wolof messages where an app shows them, routes, parameter, header, key and property names in Wolof, English code
// names, five logs); Khawa Games (ཁ་བ་, "snow"), a Dharamsala game studio with a Godot game, an Arma 3 community server
// with BattlEye, a FiveM server and Agones fleets (Tibetan messages in Tibetan script where the game shows them, names
// transliterated to Latin letters, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart, publicIp } from './build-log.mjs';
import { digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildSteps = logBuilder(baseRequest);
/** Every file's ordinary traffic runs a little longer than its steps say: each gap of n events becomes 2n + 1. */
const buildLog = (rng, spec) => buildSteps(rng, { ...spec, steps: spec.steps.map((s) => (typeof s === 'number' ? 2 * s + 1 : s)) });

const DAY0 = Date.UTC(2027, 9, 2, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Aberdeen in October (BST, UTC+1), Dakar (GMT, UTC+0, no summer time), Dharamsala (IST, UTC+5:30). */
const BST = 60;
const IST = 330;
const usPart = (rng, ms) => `${msPart(ms)}${digits(rng, 3)}`;
const lan = (rng, prefix = '10.52') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;

/** Every file renders `lines` (built by its steps and filler); `P` wraps a step whose `make` returns `{ value | marks, jwt, lines }`. */
const render = (e) => e.lines;
const P = (category, kind, expect, why, fn, options) =>
  plant(category, kind, expect, why, (ctx) => {
    const { lines, ...rest } = fn(ctx);
    return { ...rest, event: { lines } };
  }, options);
const F = (fn) => (rng, t) => ({ lines: fn(rng, t) });

// =====================================================================================================================
// Harrier Regional Airways (English; Aberdeen: BST, UTC+1)
// =====================================================================================================================

const HA = 'harrier-air.example';

// ---------------------------------------------------------------------------------------------------------------------
// error.log: nginx 1.26's error.log on the booking site with naxsi 1.6 in blocking mode and `$naxsi_extensive_log 1`
// (local time, BST, no zone): `yyyy/mm/dd HH:MM:SS [error] <pid>#<tid>: *<conn> NAXSI_FMT: ip=…&server=…&uri=…&
// config=…&rid=…&cscore0=…&score0=…&zone0=…&id0=…&var_name0=…, client: …, server: …, request: "…", host: "…"` and one
// `NAXSI_EXLOG: ip=…&server=…&uri=…&id=…&zone=…&var_name=…&content=…` line a matched value, with the same context.
// The NAXSI_FMT fields follow a grok pattern read through search (ip, server, uri, total_processed, total_blocked,
// zone0, id0); `rid`, `config`, `cscore0` and NAXSI_EXLOG from memory.

function naxsiErrorLog(rng) {
  let conn = 48210;
  const stamp = (t) => ymdHmsAt(t, BST).replace(/-/g, '/');
  const ctx = (e) => `client: ${e.ip}, server: book.${HA}, request: "${e.req}", host: "book.${HA}"${e.ref ? `, referrer: "${e.ref}"` : ''}`;
  const fmt = (t, e, { uri, zone, id, var_name, score = '$XSS', n = 8 }) => {
    conn += rng.int(1, 40);
    const rid = e.rid ?? rng.hex(32);
    return [`${stamp(t)} [error] 2211#2211: *${conn} NAXSI_FMT: ip=${e.ip}&server=book.${HA}&uri=${uri}&config=block&rid=${rid}&cscore0=${score}&score0=${n}&zone0=${zone}&id0=${id}&var_name0=${var_name}, ${ctx(e)}`];
  };
  const exlog = (t, e, { uri, zone, id, var_name, content }) => `${stamp(t)} [error] 2211#2211: *${conn} NAXSI_EXLOG: ip=${e.ip}&server=book.${HA}&uri=${uri}&id=${id}&zone=${zone}&var_name=${var_name}&content=${content}, ${ctx(e)}`;
  const filler = F((rng, t) =>
    rng.pick([
      () => [`${stamp(t)} [error] 2211#2211: *${(conn += rng.int(1, 9))} open() "/srv/book/public/${rng.pick(['wp-login.php', '.env', 'xmlrpc.php', 'admin/config.php'])}" failed (2: No such file or directory), client: ${publicIp(rng)}, server: book.${HA}, request: "GET /${rng.pick(['wp-login.php', '.env', 'xmlrpc.php'])} HTTP/1.1", host: "book.${HA}"`],
      () => { const ip = publicIp(rng); return fmt(t, { ip, req: `GET /search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E HTTP/1.1` }, { uri: '/search', zone: 'ARGS', id: 1302, var_name: 'q' }); },
      () => [`${stamp(t)} [warn] 2211#2211: *${(conn += rng.int(1, 9))} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/${rng.int(1, 9)}/${pad(rng.int(0, 99))}/${digits(rng, 10)} while reading upstream, client: ${publicIp(rng)}, server: book.${HA}, request: "GET /flights/ABZ-${rng.pick(['SYY', 'KOI', 'LSI', 'BHD'])}/2027-10-${pad(rng.int(3, 30))} HTTP/2.0", upstream: "http://127.0.0.1:8080/flights", host: "book.${HA}"`],
      () => { const ip = publicIp(rng); return fmt(t, { ip, req: `GET /flights?from=ABZ&to=KOI&promo=1%27%20OR%201%3D1-- HTTP/2.0` }, { uri: '/flights', zone: 'ARGS', id: 1013, var_name: 'promo', score: '$SQL', n: 4 }); },
    ])());
  const steps = [
    3,
    P('negative', 'naxsi-fmt-request-id', 'none', "naxsi's `rid=` (the request's id, 32 hex digits, as nginx's `$request_id`): an identifier to match the NAXSI_FMT line with the access log, no credential.", ({ rng, t }) => {
      const rid = rng.hex(32);
      return { value: rid, lines: fmt(t, { ip: publicIp(rng), rid, req: 'GET /manage?ref=%22%3E%3Csvg%20onload%3D HTTP/2.0' }, { uri: '/manage', zone: 'ARGS', id: 1315, var_name: 'ref' }) };
    }),
    3,
    P('oauth-code', 'naxsi-fmt-and-exlog-callback-code', 'warning', `${WHY.code} The booking site's sign-in callback trips a naxsi rule on its \`state\` (a \`--\` sequence); NAXSI_FMT and the NAXSI_EXLOG line under it both write the request with its \`code\`.`, ({ rng, t }) => {
      const code = rng.b64url(43);
      const state = `${rng.b64url(20)}--${rng.b64url(8)}`;
      const e = { ip: publicIp(rng), req: `GET /auth/callback?code=${code}&state=${state} HTTP/2.0`, ref: `https://id.${HA}/` };
      return { value: code, lines: [...fmt(t, e, { uri: '/auth/callback', zone: 'ARGS', id: 1007, var_name: 'state', score: '$SQL', n: 4 }), exlog(t, e, { uri: '/auth/callback', zone: 'ARGS', id: 1007, var_name: 'state', content: state })] };
    }),
    4,
    P('session-id', 'naxsi-exlog-cookie-content-session', 'error', WHY.session("naxsi matched a rule in the `Cookie` header, and NAXSI_EXLOG writes the matched content: the whole cookie header, with the booking site's session (`harrier_sess=`), percent-encoded"), ({ rng, t }) => {
      const sid = rng.hex(40);
      const e = { ip: publicIp(rng), req: 'GET /manage/seats HTTP/2.0' };
      return { value: sid, lines: [...fmt(t, e, { uri: '/manage/seats', zone: 'HEADERS', id: 1010, var_name: 'cookie', score: '$SQL', n: 8 }), exlog(t, e, { uri: '/manage/seats', zone: 'HEADERS', id: 1010, var_name: 'cookie', content: `harrier_sess%3D${sid}%3B%20seatpref%3D(aisle)` })] };
    }),
    4,
    P('api-key-name', 'naxsi-fmt-request-agent-key', 'error', `${WHY.apiKey('agent_key')} A travel agent's fare lookup trips a rule on another argument; the NAXSI_FMT line's \`request:\` carries the key.`, ({ rng, t }) => {
      const key = rng.alnum(36);
      return { value: key, lines: fmt(t, { ip: publicIp(rng), req: `GET /api/agents/fares?route=ABZ-KOI&pax=ADT%3C2%3E&agent_key=${key} HTTP/1.1` }, { uri: '/api/agents/fares', zone: 'ARGS', id: 1302, var_name: 'pax' }) };
    }),
    3,
    P('negative', 'naxsi-fmt-fbclid-click-id', 'none', "A Facebook click id (`fbclid=IwAR…`) on a landing page naxsi flagged: an advertising identifier, no credential.", ({ rng, t }) => {
      const fb = `IwAR${rng.b64url(58)}`;
      return { value: fb, lines: fmt(t, { ip: publicIp(rng), req: `GET /offers/autumn?utm_source=fb&utm_content=%3Cb%3E&fbclid=${fb} HTTP/2.0` }, { uri: '/offers/autumn', zone: 'ARGS', id: 1302, var_name: 'utm_content' }) };
    }),
    3,
    P('path-secret', 'naxsi-fmt-boarding-pass-link', 'error', "A mobile boarding pass link (`/bp/<token>/pass.pkpass`) a passenger's mail client fetched with a tracking parameter naxsi blocked: the link opens the pass (name, PNR, barcode) to whoever has it, until the flight.", ({ rng, t }) => {
      const tok = rng.b64url(32);
      return { value: tok, lines: fmt(t, { ip: publicIp(rng), req: `GET /bp/${tok}/pass.pkpass?mc_eid=%27%3B-- HTTP/1.1` }, { uri: `/bp/${tok}/pass.pkpass`, zone: 'ARGS', id: 1008, var_name: 'mc_eid', score: '$SQL', n: 8 }) };
    }),
    3,
    P('encoded', 'naxsi-fmt-referrer-double-encoded-key', 'error', "The referrer of a blocked request is a partner's redirect whose `next` parameter holds the fares API URL percent-encoded twice (`%253Fapi_key%253D…`): an API key, encoded.", ({ rng, t }) => {
      const key = rng.hex(40);
      const inner = encodeURIComponent(encodeURIComponent(`https://api.${HA}/v2/fares?route=ABZ-SYY&api_key=${key}`));
      return { value: key, lines: fmt(t, { ip: publicIp(rng), req: 'GET /book?from=ABZ&to=SYY&ref=%3Ciframe HTTP/2.0', ref: `https://partners.skyhopper.example/go?next=${inner}` }, { uri: '/book', zone: 'ARGS', id: 1310, var_name: 'ref' }) };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'book' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pdns.log: PowerDNS Authoritative 4.9 with `webserver-loglevel=detailed` written by rsyslog with its high-precision
// RFC 3339 template (BST with the offset): `<time> ns1 pdns_server[<pid>]: [webserver] <uuid> Request Details:` then the
// headers one a line, `Body:` or `No body`, and the access line `<uuid> <addr> "<method> <path> HTTP/1.1" <status> <bytes>`.
// From memory (not fetched): the detailed layout, the two-space indents.

function pdnsLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 19)}.${usPart(rng, t)}+01:00`;
  const pre = (t) => `${stamp(t)} ns1 pdns_server[812]:`;
  const detailed = (t, id, method, path, headers, body, status = 200, bytes = rng.int(20, 3000)) => {
    const p = pre(t);
    return [
      `${p} [webserver] ${id} Request Details:`,
      `${p} [webserver] ${id}  Headers:`,
      ...headers.map((h) => `${p} [webserver] ${id}   ${h}`),
      body === undefined ? `${p} [webserver] ${id}  No body` : `${p} [webserver] ${id}  Body: ${body}`,
      `${p} [webserver] ${id} 10.52.0.21:${rng.int(30000, 60000)} "${method} ${path} HTTP/1.1" ${status} ${bytes}`,
    ];
  };
  const stdHeaders = () => ['accept: application/json', `host: ns1.${HA}:8081`, `user-agent: ${rng.pick(['octodns-powerdns/1.0.0', 'external-dns/v0.15.0'])}`];
  const filler = F((rng, t) =>
    rng.pick([
      () => [`${pre(t)} Remote 10.52.0.${rng.int(2, 40)} wants '${rng.pick(['www', 'book', 'ops', 'crew'])}.${HA}|${rng.pick(['A', 'AAAA', 'CNAME'])}', do = 0, bufsize = 1232: packetcache MISS`],
      () => [`${pre(t)} AXFR-out zone '${HA}', client '10.52.0.${rng.int(50, 60)}', transfer initiated`, `${pre(t)} AXFR-out zone '${HA}', client '10.52.0.${rng.int(50, 60)}', done signing: 100%, ${rng.int(30, 90)} records`],
      () => detailed(t, rng.uuid(), 'GET', `/api/v1/servers/localhost/zones/${HA}.`, [...stdHeaders(), 'x-api-key: ********'], undefined),
      () => [`${pre(t)} Sent NOTIFY for ${HA} to 10.52.0.${rng.int(50, 60)}:53`],
    ])());
  const steps = [
    2,
    P('negative', 'pdns-webserver-request-uuid', 'none', "The webserver's request id (a UUID) that ties the detailed lines of one request together: an identifier, no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, lines: detailed(t, id, 'GET', '/api/v1/servers/localhost/statistics', ['accept: */*', `host: ns1.${HA}:8081`, 'user-agent: Prometheus/2.55.1'], undefined) };
    }),
    3,
    P('api-key-name', 'pdns-detailed-header-x-api-key', 'error', `${WHY.apiKey('x-api-key')} The detailed webserver log writes every request header one a line; the DNS automation's key is written in clear on its own line (the other requests' keys arrive masked by the proxy).`, ({ rng, t }) => {
      const key = rng.alnum(40);
      return { value: key, lines: detailed(t, rng.uuid(), 'PATCH', `/api/v1/servers/localhost/zones/${HA}.`, ['accept: application/json', 'content-type: application/json', `host: ns1.${HA}:8081`, 'user-agent: octodns-powerdns/1.0.0', `x-api-key: ${key}`], `{"rrsets":[{"name":"crew.${HA}.","type":"CNAME","ttl":300,"changetype":"REPLACE","records":[{"content":"crew-portal.${HA}.","disabled":false}]}]}`, 204, 0) };
    }),
    3,
    P('negative', 'pdns-acme-challenge-txt-content', 'none', "An ACME DNS-01 challenge's TXT content (43 base64url characters, the SHA-256 of a key authorization) in a PATCH body: published in DNS on purpose, no credential.", ({ rng, t }) => {
      const txt = rng.b64url(43);
      return { value: txt, lines: detailed(t, rng.uuid(), 'PATCH', `/api/v1/servers/localhost/zones/${HA}.`, [...stdHeaders(), 'x-api-key: ********'], `{"rrsets":[{"name":"_acme-challenge.book.${HA}.","type":"TXT","ttl":60,"changetype":"REPLACE","records":[{"content":"\\"${txt}\\"","disabled":false}]}]}`, 204, 0) };
    }),
    3,
    P('header-dump', 'pdns-detailed-header-authorization-basic', 'error', "A request through the admin proxy keeps the proxy's `authorization: Basic <base64>` header, and the detailed log writes it on its own line: an administrator's login.", ({ rng, t }) => {
      const b = b64Of(`dnsadmin:${rng.alnum(20)}`);
      return { value: b, lines: detailed(t, rng.uuid(), 'GET', '/api/v1/servers/localhost/zones', ['accept: application/json', `authorization: Basic ${b}`, `host: ns1.${HA}:8081`, 'user-agent: Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0', 'x-api-key: ********'], undefined) };
    }),
    3,
    P('framework-dump', 'pdns-detailed-body-tsig-key-secret', 'error', "The detailed log writes request bodies; creating a TSIG key for the secondaries posts its secret (`\"key\":\"<base64>\"`), which signs zone transfers and dynamic updates until it is replaced.", ({ rng, t }) => {
      const k = rng.bytes(32).toString('base64');
      return { value: k, lines: detailed(t, rng.uuid(), 'POST', '/api/v1/servers/localhost/tsigkeys', [...stdHeaders(), 'content-type: application/json', 'x-api-key: ********'], `{"name":"xfr-sumburgh","algorithm":"hmac-sha256","key":"${k}"}`, 201, 140) };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'ns1' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// octodns-sync.log: `octodns-sync --config-file=config/production.yaml --doit --debug` of octoDNS 1.10 in a cron job,
// stderr appended to a file (local time, BST, no zone): `yyyy-mm-ddTHH:MM:SS  [<thread>] <LEVEL> <logger> <message>`,
// urllib3's `Starting new HTTPS connection` and `"<METHOD> <path> HTTP/1.1" <status> <length>` lines, the plan table.
// From memory (not fetched).

function octodnsLog(rng) {
  const th = 140235815372608;
  const stamp = (t) => ymdHmsAt(t, BST).replace(' ', 'T');
  const L = (t, lvl, name, msg) => `${stamp(t)}  [${th}] ${lvl.padEnd(5)} ${name} ${msg}`;
  const filler = F((rng, t) =>
    rng.pick([
      () => [L(t, 'DEBUG', 'urllib3.connectionpool', `https://api.cloudflare.com:443 "GET /client/v4/zones/${rng.hex(32)}/dns_records?page=${rng.int(1, 3)}&per_page=100 HTTP/1.1" 200 None`)],
      () => [L(t, 'INFO', 'Manager', `sync:   zone=${rng.pick(['harrier-air.example.', 'harrier.aero.example.', 'fly-harrier.example.'])}`)],
      () => [L(t, 'DEBUG', 'YamlProvider[config]', `populate:   found ${rng.int(20, 90)} records, exists=True`)],
      () => [L(t, 'DEBUG', 'urllib3.connectionpool', `Starting new HTTPS connection (1): ns1.${HA}:8081`), L(t, 'DEBUG', 'urllib3.connectionpool', `https://ns1.${HA}:8081 "GET /api/v1/servers/localhost/zones/${HA}. HTTP/1.1" 200 ${rng.int(2000, 9000)}`)],
    ])());
  const steps = [
    P('negative', 'octodns-cloudflare-zone-id', 'none', "Cloudflare's zone id (32 hex digits) in the provider's API path: an identifier, no credential.", ({ t }) => {
      const id = rng.hex(32);
      return { value: id, lines: [L(t, 'INFO', 'Manager', '__init__: config_file=config/production.yaml, (octodns 1.10.0)'), L(t, 'DEBUG', 'CloudflareProvider[cloudflare]', `zone_records: zone=${HA}. id=${id}`)] };
    }, { after: 0 }),
    3,
    P('api-key-name', 'octodns-urllib3-account-key', 'error', `${WHY.apiKey('account_key')} The regional registrar's DNS API takes it in the query; urllib3's debug line writes the request path with the query.`, ({ rng, t }) => {
      const key = rng.hex(48);
      return { value: key, lines: [L(t, 'DEBUG', 'urllib3.connectionpool', 'Starting new HTTPS connection (1): dns.highlandregistrar.example:443'), L(t, 'DEBUG', 'urllib3.connectionpool', `https://dns.highlandregistrar.example:443 "GET /v1/zones/harrier.aero.example/records?account_key=${key}&limit=500 HTTP/1.1" 200 18233`)] };
    }),
    3,
    P('refresh-token', 'octodns-custom-provider-token-dict', 'error', `${WHY.refresh} The in-house provider for the airport's DNS appliance logs the token endpoint's answer as a Python dict at debug.`, ({ rng, t }) => {
      const rt = rng.b64url(64);
      return { value: rt, lines: [L(t, 'DEBUG', 'AirportDnsProvider[abz-appliance]', `_login: token response {'access_token': '${rng.b64url(40)}', 'expires_in': 600, 'refresh_token': '${rt}', 'token_type': 'Bearer'}`)] };
    }),
    3,
    P('encoded', 'octodns-urllib3-credentials-base64-json', 'error', "The appliance's legacy endpoint takes its login as base64 JSON in a `credentials=` query parameter (`{\"user\":…,\"secret\":…}`); urllib3 writes the path with it.", ({ rng, t }) => {
      const b = b64Of(JSON.stringify({ user: 'octodns', secret: rng.alnum(24) }));
      return { value: b, lines: [L(t, 'DEBUG', 'urllib3.connectionpool', `https://dns-abz.${HA}:443 "GET /legacy/zones?credentials=${encodeURIComponent(b)} HTTP/1.1" 200 4410`)], needle: encodeURIComponent(b) };
    }),
    3,
    P('negative', 'octodns-plan-google-site-verification', 'none', "A `google-site-verification=` TXT value in the plan: a domain-verification string published in DNS, no credential.", ({ rng, t }) => {
      const v = rng.b64url(43);
      return { value: v, lines: [L(t, 'INFO', 'Plan', ''), '********************************************************************************', `* ${HA}.`, '********************************************************************************', '* cloudflare (CloudflareProvider)', `*   Create <TxtRecord TXT 3600, ${HA}., ['google-site-verification=${v}']> (config)`, '*   Summary: Creates=1, Updates=0, Deletes=0, Existing Records=41', '********************************************************************************'] };
    }),
    2,
    P('path-secret', 'octodns-plan-upload-share-link', 'error', "The post-sync step uploads the HTML plan to the file share and logs its share link (`/s/<token>/plan.html`): anyone with the link reads the zone changes until it is revoked.", ({ rng, t }) => {
      const tok = rng.b64url(28);
      return { value: tok, lines: [L(t, 'INFO', 'PlanUploader', `plan uploaded: https://files.${HA}/s/${tok}/plan-${ymdHmsAt(t, BST).slice(0, 10)}.html`)] };
    }),
    2,
    P('webhook', 'octodns-keybase-webhookbot', 'error', WHY.webhook("A Keybase webhook bot URL (`bots.keybase.io/webhookbot/<token>`) the post-sync step posts the summary to; its error writes the URL"), ({ rng, t }) => {
      const tok = rng.b64url(38);
      return { value: tok, lines: [L(t, 'WARNING', 'PlanUploader', `notify failed: 502 Server Error: Bad Gateway for url: https://bots.keybase.io/webhookbot/${tok}?msg=dns%20sync%20done`)] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'ops' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// defend-process-2027-10-02.ndjson: Elastic Defend 8.15 process events (`logs-endpoint.events.process-default`) exported
// as one `_source` a line (UTC `@timestamp`): `event.action` exec, `process.command_line`, `process.args`,
// `process.parent`, `process.hash`, `process.entity_id`, `host`, `user`. From memory (ECS field names; not fetched).

function defendNdjson(rng) {
  const hosts = ['ABZ-CREW-PC04', 'ABZ-DESK-11', 'KOI-DESK-02', 'SYY-DESK-01'];
  const ev = (t, host, user, exe, args, parent, extra = {}) => JSON.stringify({
    '@timestamp': iso(t),
    agent: { type: 'endpoint', version: '8.15.2', id: rng.uuid() },
    event: { action: 'start', category: ['process'], type: ['start'], kind: 'event', dataset: 'endpoint.events.process', module: 'endpoint' },
    host: { name: host, os: { family: 'windows', name: 'Windows', version: '22H2' } },
    user: { name: user, domain: 'HARRIER' },
    process: { pid: rng.int(1000, 30000), entity_id: extra.entity ?? b64Of(`${rng.hex(12)}-${rng.int(1000, 30000)}-${rng.int(1e9, 2e9)}`), executable: exe, name: exe.split('\\').at(-1), command_line: args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' '), args, hash: { sha256: extra.sha ?? rng.hex(64) }, parent: { name: parent.split('\\').at(-1), executable: parent } },
  });
  const filler = F((rng, t) =>
    rng.pick([
      () => [ev(t, rng.pick(hosts), rng.pick(['a.mackay', 'j.reid', 'svc_kiosk']), 'C:\\Windows\\System32\\svchost.exe', ['C:\\Windows\\system32\\svchost.exe', '-k', 'netsvcs', '-p', '-s', rng.pick(['Schedule', 'BITS', 'wuauserv'])], 'C:\\Windows\\System32\\services.exe')],
      () => [ev(t, rng.pick(hosts), rng.pick(['a.mackay', 'j.reid']), 'C:\\Program Files\\Harrier\\DCS\\dcs-client.exe', ['C:\\Program Files\\Harrier\\DCS\\dcs-client.exe', '--station', rng.pick(['ABZ', 'KOI', 'SYY']), '--flight', `HR${rng.int(100, 999)}`], 'C:\\Windows\\explorer.exe')],
      () => [ev(t, rng.pick(hosts), 'SYSTEM', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', ['powershell.exe', '-NoProfile', '-File', 'C:\\ProgramData\\Harrier\\inventory.ps1'], 'C:\\Windows\\System32\\svchost.exe')],
    ])());
  const steps = [
    2,
    P('negative', 'defend-process-hash-sha256', 'none', "`process.hash.sha256` of the executable: a file hash, no credential.", ({ rng, t }) => {
      const sha = rng.hex(64);
      return { value: sha, lines: [ev(t, 'ABZ-DESK-11', 'j.reid', 'C:\\Program Files\\Harrier\\BagTag\\bagtag.exe', ['C:\\Program Files\\Harrier\\BagTag\\bagtag.exe', '--printer', 'BTP-3'], 'C:\\Windows\\explorer.exe', { sha })] };
    }),
    2,
    P('id-token', 'defend-kiosk-edge-end-session-id-token-hint', 'error', "The check-in kiosk's shell signs the agent out by starting Edge on the end-session URL with `id_token_hint=<JWT>`; the EDR records the command line, at a UTC `@timestamp`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 8 * 3600, age: rng.int(600, 7200), alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://id.${HA}`, sub: 'agent-3391', aud: 'dcs-kiosk', name: 'Kiosk agent' } });
      const url = `https://id.${HA}/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fkiosk.${HA}%2F`;
      return { value: token, jwt: facts, lines: [ev(t, 'ABZ-KIOSK-03', 'svc_kiosk', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', '--kiosk', url, '--edge-kiosk-type=fullscreen'], 'C:\\Program Files\\Harrier\\KioskShell\\kioskshell.exe')] };
    }),
    2,
    P('implicit-fragment', 'defend-chrome-app-url-access-token-fragment', 'error', "The crew app's desktop shortcut opens Chrome on an address with the implicit grant's `#access_token=` (a bookmark saved after sign-in); the command line keeps it: the crew member's bearer token.", ({ rng, t }) => {
      const at = rng.b64url(52);
      return { value: at, lines: [ev(t, 'ABZ-CREW-PC04', 'a.mackay', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', `--app=https://crew.${HA}/roster/#access_token=${at}&token_type=Bearer&expires_in=28800`], 'C:\\Windows\\explorer.exe')] };
    }),
    2,
    P('session-id', 'defend-curl-cookie-aspnet-session', 'error', WHY.session("A support script pulls the load sheet with the desk agent's session cookie on the curl command line (`--cookie \"ASP.NET_SessionId=…\"`), recorded by the EDR"), ({ rng, t }) => {
      const sid = rng.chars('abcdefghijklmnopqrstuvwxyz012345', 24);
      return { value: sid, lines: [ev(t, 'KOI-DESK-02', 'k.flett', 'C:\\Windows\\System32\\curl.exe', ['curl.exe', '-s', '--cookie', `ASP.NET_SessionId=${sid}`, '-o', 'loadsheet.pdf', `https://dcs.${HA}/loadsheet/HR412`], 'C:\\Windows\\System32\\cmd.exe')] };
    }),
    2,
    P('header-dump', 'defend-powershell-headers-hashtable-bearer', 'error', "A scheduled PowerShell command passes its bearer token in an `-Headers @{Authorization='Bearer …'}` hashtable; the command line is recorded: the baggage API's service token.", ({ rng, t }) => {
      const tok = `hra_${rng.alnum(44)}`;
      return { value: tok, lines: [ev(t, 'SYY-DESK-01', 'SYSTEM', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', ['powershell.exe', '-NoProfile', '-Command', `Invoke-RestMethod -Uri https://bags.${HA}/v1/unclaimed -Headers @{Authorization='Bearer ${tok}'} | Export-Csv C:\\Temp\\unclaimed.csv`], 'C:\\Windows\\System32\\svchost.exe')] };
    }),
    2,
    P('path-secret', 'defend-invoke-webrequest-roster-share-link', 'error', "A roster download by a share link (`/roster/share/<token>/…`) on a PowerShell command line: the link opens the crew roster to anyone until it is revoked.", ({ rng, t }) => {
      const tok = rng.b64url(30);
      return { value: tok, lines: [ev(t, 'ABZ-CREW-PC04', 'a.mackay', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', ['powershell.exe', '-Command', `Invoke-WebRequest -Uri https://crew.${HA}/roster/share/${tok}/2027-10.xlsx -OutFile roster.xlsx`], 'C:\\Windows\\explorer.exe')] };
    }),
    2,
    P('embed-jwt', 'defend-display-embed-jwt-no-exp', 'error', "The gate display PC starts Chrome in kiosk mode on the departures board's embed URL (`/embed/<JWT>`), a token without `exp`; the command line is recorded at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { iss: `https://fids.${HA}`, board: 'ABZ-departures', gate: '4' } });
      return { value: token, jwt: facts, lines: [ev(t, 'ABZ-GATE4-FIDS', 'svc_fids', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', '--kiosk', `https://fids.${HA}/embed/${token}`], 'C:\\Windows\\System32\\userinit.exe')] };
    }),
    2,
    P('negative', 'defend-process-entity-id', 'none', "`process.entity_id` (base64 of the endpoint's process identity): an identifier Elastic Defend makes, no credential.", ({ rng, t }) => {
      const entity = b64Of(`${rng.hex(12)}-${rng.int(1000, 30000)}-${rng.int(1e9, 2e9)}`);
      return { value: entity, lines: [ev(t, 'ABZ-DESK-11', 'j.reid', 'C:\\Windows\\System32\\notepad.exe', ['notepad.exe', 'C:\\Users\\j.reid\\Desktop\\handover.txt'], 'C:\\Windows\\explorer.exe', { entity })] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'edr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// headscale.log: `journalctl -u headscale -o short-iso-precise` of Headscale 0.23 at `log.level: debug` (BST, offsets on
// both times): the journal's prefix, then zerolog's console writer `<RFC 3339> <LVL> <file:line> > <message> key=value…`.
// From memory (not fetched).

function headscaleLog(rng) {
  const jt = (t) => `${local(t, BST).slice(0, 19)}.${usPart(rng, t)}+01:00`;
  const zt = (t) => `${local(t, BST).slice(0, 19)}+01:00`;
  const L = (t, lvl, where, msg) => `${jt(t)} vpn-01 headscale[933]: ${zt(t)} ${lvl} ${where} > ${msg}`;
  const filler = F((rng, t) =>
    rng.pick([
      () => [L(t, 'DBG', 'hscontrol/poll.go:318', `received stream update node.id=${rng.int(2, 40)} node.name=${rng.pick(['abz-desk-11', 'koi-desk-02', 'syy-desk-01', 'lsi-ops-01'])} omitPeers=false stream=true`)],
      () => [L(t, 'INF', 'hscontrol/db/node.go:642', `Node expiry check completed nodes=${rng.int(20, 40)}`)],
      () => [L(t, 'DBG', 'hscontrol/derp/server/derp_server.go:244', `DERP region ${rng.int(900, 901)} client connected`)],
      () => [L(t, 'DBG', 'hscontrol/noise.go:112', `Noise upgrade from ${publicIp(rng)}`)],
    ])());
  const steps = [
    2,
    P('negative', 'headscale-register-mkey-public', 'none', "A node's machine key (`mkey:<64 hex>`) in a registration line: a public key, no credential.", ({ rng, t }) => {
      const mk = rng.hex(64);
      return { value: mk, lines: [L(t, 'INF', 'hscontrol/auth.go:67', `Registering node machine_key=mkey:${mk} node.name=koi-desk-02`)] };
    }),
    3,
    P('oauth-code', 'headscale-debug-oidc-callback-code', 'warning', `${WHY.code} Headscale logs the OIDC callback it handles at debug, \`code\` and \`state\` as fields.`, ({ rng, t }) => {
      const code = rng.b64url(40);
      return { value: code, lines: [L(t, 'DBG', 'hscontrol/oidc.go:218', `Received oidc callback code=${code} state=${rng.hex(32)} path=/oidc/callback`)] };
    }),
    3,
    P('id-token', 'headscale-oidc-expired-id-token', 'note', "A station agent's sign-in came back after a long wait and Headscale logs the `id_token` it refused as expired, on a line with its +01:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + rng.int(1800, 5400), alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://id.${HA}`, sub: 'agent-2210', aud: 'headscale', email: 'l.sinclair@harrier-air.example' } });
      return { value: token, jwt: facts, lines: [L(t, 'ERR', 'hscontrol/oidc.go:249', `could not verify id_token=${token} error="oidc: token is expired"`)] };
    }),
    3,
    P('replay', 'headscale-preauth-key-once', 'note', WHY.ticketFirst("A one-time pre-auth key (created without `--reusable`) that enrolled a new station PC; Headscale logs the key with the registration. The key is"), ({ rng, t }) => {
      const k = rng.hex(48);
      firstUse.pak = t;
      return { value: k, lines: [L(t, 'INF', 'hscontrol/auth.go:141', `Registering node with pre-auth key auth_key=${k} node.name=lsi-ops-02 user=stations remote=${publicIp(rng)}`)] };
    }, { ref: 'pak' }),
    2,
    P('replay', 'headscale-preauth-key-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('pak').value, why: `${WHY.replay('auth_key', gap('pak', t))} A second machine enrolled with the same one-time pre-auth key and Headscale accepted it: the key was not marked used.` }], lines: [L(t, 'INF', 'hscontrol/auth.go:141', `Registering node with pre-auth key auth_key=${refs.get('pak').value} node.name=desktop-7q2k1 user=stations remote=${publicIp(rng)}`)] }), { replayOf: 'pak', after: 143 }),
    3,
    P('negative', 'headscale-nodekey-public', 'none', "A node key (`nodekey:<64 hex>`) in a map update: a public key, no credential.", ({ rng, t }) => {
      const nk = rng.hex(64);
      return { value: nk, lines: [L(t, 'DBG', 'hscontrol/poll.go:402', `node key rotated node.id=17 node.key=nodekey:${nk}`)] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'vpn' }, filler, render, steps });
}

// =====================================================================================================================
// Sarse Dawal (Wolof; Dakar: GMT, UTC+0)
// =====================================================================================================================

const SD = 'sarsedawal.example';

// ---------------------------------------------------------------------------------------------------------------------
// steve.log: SteVe 3.7 (OCPP 1.6J central system) with its log4j2 pattern `[%-5p] %d %c (%t) - %m%n` (Dakar, no zone):
// WebSocketLogger's `[chargeBoxId=…, sessionId=…] Received: <frame>` and `Sending: <frame>` lines.
// The WebSocketLogger messages were read through search (SteVe's source and forks); the log4j2 pattern from memory.

function steveLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, 0)},${msPart(t)}`;
  const WS = 'de.rwth.idsg.steve.ocpp.ws.WebSocketLogger';
  const sess = {};
  const sid = (cb) => (sess[cb] ??= rng.uuid());
  const L = (t, lvl, logger, thread, msg) => `[${lvl.padEnd(5)}] ${stamp(t)} ${logger} (${thread}) - ${msg}`;
  const ws = (t, cb, dir, frame) => L(t, 'INFO', WS, `qtp${rng.int(100000, 999999)}-${rng.int(20, 90)}`, `[chargeBoxId=${cb}, sessionId=${sid(cb)}] ${dir}: ${frame}`);
  const cbs = ['SDW-PLT-01', 'SDW-PLT-02', 'SDW-ALM-01', 'SDW-YOF-03'];
  const filler = F((rng, t) => {
    const cb = rng.pick(cbs);
    const id = rng.uuid();
    return rng.pick([
      () => [ws(t, cb, 'Received', `[2,"${id}","Heartbeat",{}]`), ws(t, cb, 'Sending', `[3,"${id}",{"currentTime":"${iso(t)}"}]`)],
      () => [ws(t, cb, 'Received', `[2,"${id}","MeterValues",{"connectorId":1,"transactionId":${rng.int(3000, 9000)},"meterValue":[{"timestamp":"${iso(t)}","sampledValue":[{"value":"${rng.int(1000, 90000)}","measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}]`), ws(t, cb, 'Sending', `[3,"${id}",{}]`)],
      () => [ws(t, cb, 'Received', `[2,"${id}","StatusNotification",{"connectorId":${rng.int(1, 2)},"errorCode":"NoError","status":"${rng.pick(['Available', 'Charging', 'Finishing'])}","info":"${rng.pick(['Sarse bi tàmbali na', 'Sarse bi jeex na', 'Xaaral tuuti'])}"}]`), ws(t, cb, 'Sending', `[3,"${id}",{}]`)],
    ])();
  });
  const steps = [
    2,
    P('negative', 'steve-websocket-session-id', 'none', "SteVe's `sessionId=` is the WebSocket session's id that Spring gives each connection, written on every frame: an identifier of a connection, no user session and no credential.", ({ t }) => {
      const cb = 'SDW-GRD-05';
      const s = sid(cb);
      return { value: s, lines: [L(t, 'INFO', WS, 'qtp204519-31', `[chargeBoxId=${cb}, sessionId=${s}] Connection is established`)] };
    }),
    3,
    P('framework-dump', 'steve-sending-changeconfiguration-authorizationkey', 'error', "The operator rotates a charger's OCPP security-profile password with `ChangeConfiguration` (`\"key\":\"AuthorizationKey\",\"value\":\"<hex>\"`), and the WebSocket logger writes the whole frame: the charger's HTTP Basic password toward the central system.", ({ rng, t }) => {
      const v = rng.hex(40);
      return { value: v, lines: [ws(t, 'SDW-ALM-01', 'Sending', `[2,"${rng.uuid()}","ChangeConfiguration",{"key":"AuthorizationKey","value":"${v}"}]`)] };
    }),
    3,
    P('path-secret', 'steve-sending-updatefirmware-location-token', 'error', "`UpdateFirmware` sends the charger a download link with a token in the path (`/fw/<token>/…`); the frame is logged: the link downloads the signed firmware image to anyone until it expires.", ({ rng, t }) => {
      const tok = rng.b64url(32);
      return { value: tok, lines: [ws(t, 'SDW-YOF-03', 'Sending', `[2,"${rng.uuid()}","UpdateFirmware",{"location":"https://fw.${SD}/fw/${tok}/ac22-2.4.1.bin","retrieveDate":"${iso(t + 10 * MIN)}","retries":3}]`)] };
    }),
    3,
    P('encoded', 'steve-datatransfer-json-escaped-caabi', 'error', "A charger's `DataTransfer` carries a JSON document as a string, so its key is JSON-escaped twice in the frame (`\"data\":\"{\\\"caabi\\\":\\\"…\\\"}\"`): the payment terminal's API key (`caabi`, \"key\").", ({ rng, t }) => {
      const key = rng.alnum(32);
      return { value: key, lines: [ws(t, 'SDW-PLT-02', 'Received', `[2,"${rng.uuid()}","DataTransfer",{"vendorId":"sn.sarsedawal","messageId":"fay","data":"{\\"terminal\\":\\"TPE-0212\\",\\"caabi\\":\\"${key}\\",\\"njeg\\":\\"2500\\"}"}]`)] };
    }),
    3,
    P('replay', 'steve-datatransfer-kayitu-benn-yoon-once', 'note', WHY.ticketFirst("A one-time charging ticket (`kayitu_benn_yoon`, \"one-time ticket\") the app shows as a QR code and a charger reports in a `DataTransfer`; it is redeemed once. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(22);
      return { value: tk, lines: [ws(t, 'SDW-PLT-01', 'Received', `[2,"${rng.uuid()}","DataTransfer",{"vendorId":"sn.sarsedawal","messageId":"kayit","data":"kayitu_benn_yoon=${tk}"}]`)] };
    }),
    2,
    P('negative', 'steve-ocpp-message-unique-id', 'none', "An OCPP-J message's unique id (a UUID in the frame's second place): a correlation id, no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, lines: [ws(t, 'SDW-MBR-02', 'Received', `[2,"${id}","BootNotification",{"chargePointVendor":"Ekoenergetyka","chargePointModel":"AC22","firmwareVersion":"2.4.0"}]`)] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'steve' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// everest.log: the EVerest 2024.9 manager's output of a charger appended to a file by systemd (Dakar, no zone):
// `yyyy-mm-dd HH:MM:SS.ffffff [<LEVEL>] <module_id>:<Module> :: <message>`, the OCPP module's websocket++ debug lines,
// a custom payment module (`fay`) and a status notifier module. From memory (not fetched).

function everestLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, 0)}.${usPart(rng, t)}`;
  const L = (t, lvl, mod, msg) => `${stamp(t)} [${lvl}] ${mod.padEnd(24)} :: ${msg}`;
  const filler = F((rng, t) =>
    rng.pick([
      () => [L(t, 'INFO', 'evse_manager_1:EvseManager', rng.pick(['Sarse bi tàmbali na (charging started)', 'Sarse bi jeex na (charging finished)', 'EV connected, waiting for authorization']))],
      () => [L(t, 'INFO', 'ocpp:OCPP', `Received MeterValues.conf`)],
      () => [L(t, 'DEBG', 'yeti_driver_1:YetiDriver', `Telemetry: cp_voltage_hi=${(rng.int(1100, 1220) / 100).toFixed(2)} relais_on=${rng.pick(['true', 'false'])}`)],
      () => [L(t, 'INFO', 'iso15118_charger:EvseV2G', `SupportedAppProtocolReq received, selected urn:iso:15118:2:2013:MsgDef`)],
    ])());
  const steps = [
    2,
    P('header-dump', 'everest-websocketpp-handshake-authorization-basic', 'error', "The OCPP module connects with security profile 1 and websocket++ at debug writes the opening handshake, `Authorization: Basic <base64>` included: the charger's password toward the central system.", ({ rng, t }) => {
      const b = b64Of(`SDW-YOF-03:${rng.hex(40)}`);
      return { value: b, lines: [L(t, 'DEBG', 'ocpp:OCPP', `Connecting to uri: ws://csms.${SD}:8180/steve/websocket/CentralSystemService/SDW-YOF-03 with security-profile 1`), L(t, 'DEBG', 'ocpp:OCPP', 'websocket++ handshake request: GET /steve/websocket/CentralSystemService/SDW-YOF-03 HTTP/1.1'), L(t, 'DEBG', 'ocpp:OCPP', `websocket++ handshake request: Authorization: Basic ${b}`), L(t, 'DEBG', 'ocpp:OCPP', 'websocket++ handshake request: Sec-WebSocket-Protocol: ocpp1.6')] };
    }),
    3,
    P('negative', 'everest-iso15118-session-id', 'none', "The ISO 15118 `SessionID` (8 bytes in hex) of a charging session with the car: a protocol session between car and charger, not a login, no credential.", ({ rng, t }) => {
      const s = rng.hex(16).toUpperCase();
      return { value: s, lines: [L(t, 'INFO', 'iso15118_charger:EvseV2G', `SessionSetupRes: SessionID=${s} ResponseCode=OK_NewSessionEstablished`)] };
    }),
    3,
    P('framework-dump', 'everest-module-config-dump-baatu-jall', 'error', "At start-up the custom payment module logs its configuration as JSON; the terminal's password (`baatu_jall`, \"password\") is written in clear.", ({ rng, t }) => {
      const pw = rng.alnum(20);
      return { value: pw, lines: [L(t, 'DEBG', 'fay_1:Fay', `Module config: {"terminal_host":"10.52.4.12","terminal_port":8443,"jefandikukat":"sarse-yof03","baatu_jall":"${pw}","currency":"XOF"}`)] };
    }),
    3,
    P('api-key-name', 'everest-payment-module-url-caabi', 'error', `${WHY.apiKey('caabi')} ("key") The payment module reports a failed request with its URL; the key is in the query.`, ({ rng, t }) => {
      const key = rng.alnum(32);
      return { value: key, lines: [L(t, 'ERRO', 'fay_1:Fay', `Njuumte ci lonkoo bi (connection error): POST https://fay.${SD}/v1/sarse/dooni?caabi=${key}&evse=SDW-YOF-03 -> timeout after 10000 ms`)] };
    }),
    3,
    P('refresh-token', 'everest-notifier-token-refresh-json', 'error', `${WHY.refresh} The status notifier module logs the token endpoint's JSON answer at debug.`, ({ rng, t }) => {
      const rt = rng.b64url(48);
      return { value: rt, lines: [L(t, 'DEBG', 'xibaar_1:Xibaar', `token yeesal (refresh) response: {"access_token":"${rng.b64url(36)}","token_type":"Bearer","expires_in":900,"refresh_token":"${rt}"}`)] };
    }),
    3,
    P('webhook', 'everest-notifier-typetalk-token', 'error', WHY.webhook("A Typetalk topic's bot URL (`typetalk.com/api/v1/topics/<id>?typetalkToken=<token>`) the status notifier posts charger faults to; its error writes the URL (the token is the secret part)"), ({ rng, t }) => {
      const tok = rng.alnum(40);
      return { value: tok, lines: [L(t, 'WARN', 'xibaar_1:Xibaar', `Yónnee bi antuwul (send failed): https://typetalk.com/api/v1/topics/${digits(rng, 6)}?typetalkToken=${tok} HTTP 503`)] };
    }),
    2,
    P('negative', 'everest-transaction-uuid', 'none', "The session's transaction id (a UUID the EvseManager makes): an identifier, no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, lines: [L(t, 'INFO', 'evse_manager_1:EvseManager', `Transaction started session_id=${id} connector=1`)] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'everest' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// taxi-0417-2027-10-02.txt: a DLT trace of an electric taxi's head unit, converted with `dlt-convert -a` (times of the
// storage header in the converting machine's time, Dakar, no zone): `<index> <yyyy/mm/dd> <HH:MM:SS.ffffff> <timestamp
// in 0.1 ms> <counter> <ECU> <APID> <CTID> log <level> V <args> [<payload>]`. The message header's fields were read
// through search (dlt2json's description of the DLT format); the ASCII layout from memory.

function dltText(rng) {
  let index = 0;
  let ts = 18400000;
  let count = 0;
  const L = (t, apid, ctid, level, payload) => {
    ts += rng.int(200, 9000);
    count = (count + 1) % 256;
    const d = ymdHmsAt(t, 0);
    return `${index++} ${d.slice(0, 10).replace(/-/g, '/')} ${d.slice(11)}.${usPart(rng, t)} ${String(ts).padStart(10)} ${pad(count, 3)} TX17 ${apid} ${ctid} log ${level} V 1 [${payload}]`;
  };
  const filler = F((rng, t) =>
    rng.pick([
      () => [L(t, 'NAVI', 'ROUT', 'info', `route recalculated eta=${rng.int(3, 40)}min dest=${rng.pick(['Plateau', 'Almadies', 'Yoff', 'Ouakam', 'Medina'])}`)],
      () => [L(t, 'BMS', 'SOC', 'info', `soc=${rng.int(20, 98)}% temp=${rng.int(24, 41)}C`)],
      () => [L(t, 'FLET', 'HTTP', 'debug', `GET https://fleet.${SD}/v1/trips/open -> 200 (${rng.int(30, 400)} ms)`)],
      () => [L(t, 'HMI', 'UI', 'info', rng.pick(['Dugg nga (signed in)', 'Kilifa bi jot na (fare received)', 'Xaaral tuuti (please wait)']))],
    ])());
  const steps = [
    P('negative', 'dlt-vin', 'none', "The car's VIN in the head unit's start-up line: a vehicle identifier, no credential.", ({ rng, t }) => {
      const vin = `LGX${upperNum(rng, 6).replace(/[IOQ]/g, 'X')}P${digits(rng, 7)}`;
      return { value: vin, lines: [L(t, 'SYS', 'BOOT', 'info', `head unit up fw=3.2.8 vin=${vin}`)] };
    }, { after: 0 }),
    3,
    P('implicit-fragment', 'dlt-webview-console-location-access-token', 'error', "The driver app's web view logs its address to the console after sign-in, the implicit grant's `#access_token=` included; the DLT adapter of the web view writes the console line.", ({ rng, t }) => {
      const at = rng.b64url(48);
      return { value: at, lines: [L(t, 'WEBV', 'CONS', 'info', `console.log: landed https://driver.${SD}/#access_token=${at}&token_type=Bearer&expires_in=3600`)] };
    }),
    3,
    P('api-key-name', 'dlt-navi-tiles-api-caabi', 'error', `${WHY.apiKey('api_caabi')} ("API key") The navigation's map tile request fails and its debug line writes the URL.`, ({ rng, t }) => {
      const key = rng.hex(32);
      return { value: key, lines: [L(t, 'NAVI', 'TILE', 'warn', `tile fetch failed https://tiles.${SD}/v2/15/${rng.int(15000, 16000)}/${rng.int(14000, 15000)}.pbf?api_caabi=${key} -> 504`)] };
    }),
    3,
    P('refresh-token', 'dlt-fleet-token-response', 'error', `${WHY.refresh} The fleet client logs the token endpoint's JSON answer at debug.`, ({ rng, t }) => {
      const rt = rng.b64url(56);
      return { value: rt, lines: [L(t, 'FLET', 'AUTH', 'debug', `token response {"access_token":"${rng.b64url(40)}","expires_in":3600,"refresh_token":"${rt}"}`)] };
    }),
    3,
    P('session-id', 'dlt-fleet-cookie-dugg-sesion', 'error', WHY.session("The fleet client logs its request headers on an error, the `Cookie: dugg_sesion=` (\"login session\") of the driver's session included"), ({ rng, t }) => {
      const s = rng.b64url(32);
      return { value: s, lines: [L(t, 'FLET', 'HTTP', 'error', `POST https://fleet.${SD}/v1/trips/close -> 401 headers: Accept: application/json; Cookie: dugg_sesion=${s}; X-Taxi: TX17`)] };
    }),
    3,
    P('encoded', 'dlt-intent-uri-fallback-url-encoded-caabi', 'error', "The head unit logs an Android intent URI it could not resolve; its `S.browser_fallback_url` extra is a percent-encoded URL with the payment API key (`%3Fcaabi%3D…`).", ({ rng, t }) => {
      const key = rng.alnum(32);
      return { value: key, lines: [L(t, 'HMI', 'INTN', 'warn', `no activity for intent://fay/${digits(rng, 6)}#Intent;scheme=sarsedawal;package=sn.sarsedawal.fay;S.browser_fallback_url=${encodeURIComponent(`https://fay.${SD}/web/checkout?caabi=${key}&taxi=TX17`)};end`)] };
    }),
    3,
    P('path-secret', 'dlt-driver-invite-woote-link', 'error', "A new co-driver's invitation link (`/woote/<token>`, \"invitation\") the head unit logs when it shows it as a QR code: the link enrols whoever opens it on the taxi until it is used.", ({ rng, t }) => {
      const tok = rng.b64url(30);
      return { value: tok, lines: [L(t, 'HMI', 'QR', 'info', `show qr https://driver.${SD}/woote/${tok}`)] };
    }),
    3,
    P('negative', 'dlt-fleet-x-request-id', 'none', "An `X-Request-Id` the fleet client logs with a slow answer: a request id, no credential.", ({ rng, t }) => {
      const id = rng.hex(32);
      return { value: id, lines: [L(t, 'FLET', 'HTTP', 'warn', `slow response 2810 ms X-Request-Id=${id}`)] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'taxi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sogo.log: /var/log/sogo/sogo.log of SOGo 5.11 with `SOGoDebugRequests = YES` (Dakar, syslog-like time without year or
// zone): `Mon DD HH:MM:SS sogod [<pid>]: <addr> "<METHOD> <path> HTTP/1.1" <status> <sent>/<recv> <secs> - - <n>` and the
// request dumps `<0x…[WOHTTPConnection]> request: …` with the headers one a line. From memory (not fetched).

function sogoLog(rng) {
  const stamp = (t) => { const d = new Date(t); return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${iso(t).slice(11, 19)}`; };
  const pre = (t) => `${stamp(t)} sogod [${rng.pick([2231, 2232, 2233])}]:`;
  const acc = (t, ip, m, p, s = 200) => `${pre(t)} ${ip} "${m} ${p} HTTP/1.1" ${s} ${rng.int(100, 30000)}/${rng.int(0, 900)} ${(rng.int(3, 900) / 1000).toFixed(3)} - - 0`;
  const obj = () => `<0x0x55${rng.hex(10)}[WOHTTPConnection]>`;
  const dump = (t, m, p, headers) => { const o = obj(); return [`${pre(t)} ${o} request: ${m} ${p}`, ...headers.map((h) => `${pre(t)} ${o}   ${h}`)]; };
  const users = ['awa.ndiaye', 'moussa.fall', 'fatou.sarr', 'ibrahima.diop'];
  const filler = F((rng, t) =>
    rng.pick([
      () => [acc(t, publicIp(rng), 'POST', `/SOGo/so/${rng.pick(users)}/Mail/0/folderINBOX/view`)],
      () => [acc(t, publicIp(rng), 'GET', `/SOGo/so/${rng.pick(users)}/Calendar/eventslist?filterpopup=view_thismonth&sd=2027100${rng.int(1, 9)}`)],
      () => [`${pre(t)} [INFO] <0x0x55${rng.hex(10)}[SOGoMailAccount]> imap: ${rng.pick(users)} folders listed (${rng.int(8, 40)})`],
      () => [acc(t, publicIp(rng), 'PROPFIND', `/SOGo/dav/${rng.pick(users)}/Calendar/personal/`, 207)],
    ])());
  const steps = [
    2,
    P('negative', 'sogo-debug-x-xsrf-token', 'none', "The `X-XSRF-TOKEN` header of a web request in the debug dump: a CSRF token, no credential.", ({ rng, t }) => {
      const x = rng.hex(32);
      return { value: x, lines: dump(t, 'POST', '/SOGo/so/awa.ndiaye/Mail/0/folderINBOX/uids', ['Accept: application/json', `X-XSRF-TOKEN: ${x}`, 'Content-Type: application/json']) };
    }),
    3,
    P('oauth-code', 'sogo-debug-and-access-openid-callback-code', 'warning', `${WHY.code} SOGo's OpenID Connect callback (\`/SOGo/so/?code=…&state=…\`) is written by the request dump and again by the access line of the same request.`, ({ rng, t }) => {
      const code = rng.b64url(40);
      const p = `/SOGo/so/?state=${rng.hex(24)}&session_state=${rng.uuid()}&code=${code}`;
      const ip = publicIp(rng);
      return { value: code, lines: [...dump(t, 'GET', p, [`Host: mail.${SD}`, `Referer: https://id.${SD}/`]), acc(t, ip, 'GET', p, 302)] };
    }),
    3,
    P('session-id', 'sogo-debug-cookie-0xhigh', 'error', WHY.session("The request dump writes the `Cookie:` header with SOGo's `0xHIGH` cookie (the user's session, base64 of the key to the encrypted password in the cache)"), ({ rng, t }) => {
      const c = b64Of(`${rng.hex(16)}:${rng.b64url(24)}`);
      return { value: c, lines: dump(t, 'POST', '/SOGo/so/moussa.fall/Mail/0/folderINBOX/view', [`Host: mail.${SD}`, `Cookie: 0xHIGH=${c}; XSRF-TOKEN=${rng.hex(32)}`, 'Accept: application/json']) };
    }),
    3,
    P('header-dump', 'sogo-debug-caldav-authorization-basic', 'error', "A phone's CalDAV client authenticates with Basic; the request dump writes `Authorization: Basic <base64>`: the user's mail password.", ({ rng, t }) => {
      const b = b64Of(`fatou.sarr:${rng.alnum(16)}`);
      return { value: b, lines: dump(t, 'REPORT', '/SOGo/dav/fatou.sarr/Calendar/personal/', [`Host: mail.${SD}`, 'User-Agent: iOS/26.1 (23B74) dataaccessd/1.0', `Authorization: Basic ${b}`, 'Depth: 1']) };
    }),
    3,
    P('path-secret', 'sogo-debug-referer-baatu-jall-yeesal', 'error', "A user arrives from the company's password reset page and the request dump writes its `Referer:` (`/baatu-jall/yeesal/<token>`, \"password / renew\"): the link sets a new password until it is used.", ({ rng, t }) => {
      const tok = rng.b64url(32);
      return { value: tok, lines: dump(t, 'GET', '/SOGo/so/ibrahima.diop/Mail/view', [`Host: mail.${SD}`, `Referer: https://compte.${SD}/baatu-jall/yeesal/${tok}`]) };
    }),
    3,
    P('api-key-name', 'sogo-debug-header-x-caabi', 'error', `${WHY.apiKey('X-Caabi')} ("key", a header) The dispatch tool reads drivers' calendars with the key in a header of its own; the request dump writes it.`, ({ rng, t }) => {
      const key = rng.alnum(40);
      return { value: key, lines: dump(t, 'GET', '/SOGo/dav/dispatch/Calendar/shifts.ics', [`Host: mail.${SD}`, `X-Caabi: ${key}`, 'User-Agent: python-requests/2.32.5']) };
    }),
    3,
    P('negative', 'sogo-access-etag', 'none', "A CalDAV ETag (`\"gcs<8 hex>\"`) on a PUT in the request dump: a version tag, no credential.", ({ rng, t }) => {
      const e = `gcs${rng.hex(8)}`;
      return { value: e, lines: dump(t, 'PUT', `/SOGo/dav/awa.ndiaye/Calendar/personal/${rng.uuid().toUpperCase()}.ics`, [`Host: mail.${SD}`, `If-Match: "${e}"`]) };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'mail' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// haraka.log: Haraka 3.0 with `[main] timestamps=true` and `loglevel=protocol` in log.ini (UTC with `Z`): `[<ISO>]
// [<LEVEL>] [<uuid>.<n>] [<plugin or core>] <message>`, the SMTP conversation as `C:`/`S:` lines at PROTOCOL, custom
// plugins' lines. From memory (not fetched).

function harakaLog(rng) {
  const L = (t, lvl, id, who, msg) => `[${iso(t)}] [${lvl}] [${id}] [${who}] ${msg}`;
  const tx = () => `${rng.uuid().toUpperCase()}.${rng.int(1, 3)}`;
  const filler = F((rng, t) => {
    const id = tx();
    return rng.pick([
      () => [L(t, 'NOTICE', id, 'core', `connect ip=${publicIp(rng)} port=${rng.int(30000, 60000)} local_ip=10.52.7.3 local_port=25`), L(t, 'PROTOCOL', id, 'core', `S: 220 mx.${SD} ESMTP Haraka/3.0.5 ready`)],
      () => [L(t, 'INFO', id, 'dkim', `pass domain=${rng.pick(['gmail.com', 'orange-sonatel.example', 'wave.example'])}`)],
      () => [L(t, 'NOTICE', id, 'core', `disconnect ip=${publicIp(rng)} rdns=${rng.pick(['mail-ed1-f49.example.net', 'NXDOMAIN'])} helo=${rng.pick(['mail.example.net', 'localhost'])} relay=N early=N esmtp=Y tls=Y pipe=N errors=0 txns=1 rcpts=1/0/0 msgs=1/0/0 bytes=${rng.int(2000, 90000)} lr="" time=${(rng.int(100, 3000) / 1000).toFixed(3)}`)],
      () => [L(t, 'INFO', id, 'outbound', `Delivered: ${rng.pick(['awa', 'moussa', 'fatou'])}@${rng.pick(['gmail.com', 'yahoo.fr'])} (250 OK)`)],
    ])();
  });
  const steps = [
    2,
    P('negative', 'haraka-transaction-uuid', 'none', "Haraka's connection and transaction id (`<UUID>.<n>`) on every line: an identifier, no credential.", ({ rng, t }) => {
      const u = rng.uuid().toUpperCase();
      return { value: u, lines: [L(t, 'NOTICE', `${u}.1`, 'core', `queue msg=<${rng.hex(16)}@app.${SD}> size=${rng.int(3000, 9000)} status=OK`)] };
    }),
    3,
    P('encoded', 'haraka-protocol-auth-plain-base64', 'error', "At PROTOCOL level Haraka writes the client's `AUTH PLAIN <base64>` line: base64 of `\\0user\\0password`, the receipt service's mailbox login.", ({ rng, t }) => {
      const b = b64Of(`\u0000kayit@${SD}\u0000${rng.alnum(18)}`);
      const id = tx();
      return { value: b, lines: [L(t, 'PROTOCOL', id, 'core', `C: AUTH PLAIN ${b}`), L(t, 'PROTOCOL', id, 'core', 'S: 235 2.7.0 Authentication successful')] };
    }),
    3,
    P('path-secret', 'haraka-plugin-dugg-magic-link', 'error', "The receipts plugin logs the sign-in link it puts into a driver's mail (`/dugg/<token>`, \"enter\"): a magic link, the credential until it is used or expires.", ({ rng, t }) => {
      const tok = rng.b64url(32);
      return { value: tok, lines: [L(t, 'INFO', tx(), 'sarse_kayit', `link for moussa.fall@${SD}: https://app.${SD}/dugg/${tok}`)] };
    }),
    3,
    P('webhook', 'haraka-plugin-chanty-webhook', 'error', WHY.webhook("A Chanty incoming webhook (`integration.chanty.com/api/v1/receive?token=<token>`) the bounce plugin reports to; its error writes the URL"), ({ rng, t }) => {
      const tok = rng.hex(32);
      return { value: tok, lines: [L(t, 'ERROR', tx(), 'sarse_bounce', `Yónnee bi antuwul: https://integration.chanty.com/api/v1/receive?token=${tok} -> ECONNRESET`)] };
    }),
    3,
    P('api-key-name', 'haraka-plugin-url-caabi-api', 'error', `${WHY.apiKey('caabi_api')} ("API key") The receipts plugin fetches the invoice PDF with the key in the query and logs the URL at debug.`, ({ rng, t }) => {
      const key = rng.alnum(36);
      return { value: key, lines: [L(t, 'DEBUG', tx(), 'sarse_kayit', `GET https://api.${SD}/v1/kayit/${digits(rng, 7)}.pdf?caabi_api=${key}`)] };
    }),
    3,
    P('id-token', 'haraka-plugin-webmail-id-token-url', 'error', "The submission plugin checks webmail senders against the identity provider and logs the URL it calls, `id_token=<JWT>` in the query, at a UTC (`Z`) time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1500), alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://id.${SD}`, sub: 'fatou.sarr', aud: 'webmail', email: `fatou.sarr@${SD}` } });
      return { value: token, jwt: facts, lines: [L(t, 'DEBUG', tx(), 'sarse_sender', `checking https://id.${SD}/v1/sender?id_token=${token}`)] };
    }),
    3,
    P('negative', 'haraka-dkim-body-hash', 'none', "The DKIM signature's body hash (`bh=`, base64 SHA-256) the signer logs: a hash of the message body, no credential.", ({ rng, t }) => {
      const bh = rng.bytes(32).toString('base64');
      return { value: bh, lines: [L(t, 'INFO', tx(), 'dkim_sign', `signed: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${SD}; s=kayit2027; bh=${bh}`)] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'mx' }, filler, render, steps });
}

// =====================================================================================================================
// Khawa Games (Tibetan; Dharamsala: IST, UTC+5:30)
// =====================================================================================================================

const KG = 'khawa-games.example';

// ---------------------------------------------------------------------------------------------------------------------
// godot.log: `user://logs/godot.log` of the studio's Godot 4.3 game on a tester's PC (no times): the engine banner, the
// renderer line, the game's `print()` output, `ERROR:`/`WARNING:` with their `   at:` lines. From memory (not fetched).

function godotLog(rng) {
  const filler = F((rng) =>
    rng.pick([
      () => [`[net] GET https://api.${KG}/v1/rtsedmo/news -> ${rng.pick([200, 200, 304])}`],
      () => [`རྩེད་མོ་འགོ་འཛུགས། (game start) level=${rng.pick(['gangs_ri_01', 'mtsho_02', 'nags_03'])}`],
      () => [`WARNING: Node not found: "HUD/${rng.pick(['Minimap', 'Compass', 'Quest'])}" (relative to "/root/Main").`, '     at: get_node (scene/main/node.cpp:1792)'],
      () => [`[save] wrote user://saves/slot${rng.int(1, 3)}.res (${rng.int(20, 400)} KiB)`],
    ])());
  const steps = [
    P('negative', 'godot-engine-build-hash', 'none', "The engine's version banner with its build's commit hash: a version id, no credential.", ({ rng }) => {
      const h = rng.hex(9);
      return { value: h, lines: [`Godot Engine v4.3.stable.official.${h} - https://godotengine.org`, 'Vulkan 1.3.280 - Forward+ - Using Device #0: NVIDIA - NVIDIA GeForce RTX 3060', ''] };
    }, { after: 0 }),
    2,
    P('encoded', 'godot-cmdline-args-launcher-base64-json', 'error', "The game prints its command-line arguments at start; the launcher passes the player's login as base64 JSON (`--auth <base64 of {\"user\":…,\"gsang_tshig\":…}>`, `gsang_tshig` \"password\").", ({ rng }) => {
      const b = b64Of(JSON.stringify({ user: 'tenzin.d', gsang_tshig: rng.alnum(16) }));
      return { value: b, lines: [`launch args: ["--auth", "${b}", "--lang", "bo"]`] };
    }),
    2,
    P('oauth-code', 'godot-loopback-callback-code', 'warning', `${WHY.code} The desktop sign-in listens on a loopback port and the game prints the callback it receives.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, lines: [`[auth] callback GET /callback?code=${code}&state=${rng.hex(16)} from 127.0.0.1`, 'ནང་འཛུལ་ལེགས་གྲུབ། (signed in)'] };
    }),
    2,
    P('refresh-token', 'godot-print-token-dictionary', 'error', `${WHY.refresh} The game prints the token answer as a Godot Dictionary (\`{ "access_token": …, "refresh_token": … }\`).`, ({ rng }) => {
      const rt = rng.b64url(54);
      return { value: rt, lines: [`[auth] tokens: { "access_token": "${rng.b64url(40)}", "expires_in": 3600, "refresh_token": "${rt}", "token_type": "Bearer" }`] };
    }),
    2,
    P('implicit-fragment', 'godot-httprequest-location-header-fragment', 'error', "The guest login answers with a redirect and the game prints the response headers (a PackedStringArray): its `Location` carries `#access_token=`.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, lines: [`[auth] guest login 302 headers: ["Server: nginx", "Location: https://play.${KG}/guest#access_token=${at}&expires_in=7200", "Content-Length: 0"]`] };
    }),
    2,
    P('api-key-name', 'godot-httprequest-error-url-ldemig', 'error', `${WHY.apiKey('ldemig')} ("key", Tibetan lde mig) The leaderboard request fails and the game's error line writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, lines: [`ERROR: འབྲེལ་མཐུད་མ་ཐུབ། (could not connect) https://lb.${KG}/v1/thobs?ldemig=${key}&season=4 result=4`, '   at: push_error (core/variant/variant_utility.cpp:1092)'] };
    }),
    2,
    P('session-id', 'godot-httprequest-cookie-tshogsdus', 'error', WHY.session("The shop request prints its headers, `Cookie: tshogsdus=` (\"session\") of the player's web session included"), ({ rng }) => {
      const s = rng.hex(48);
      return { value: s, lines: [`[shop] request headers: ["Accept: application/json", "Cookie: tshogsdus=${s}", "User-Agent: KhawaGame/1.4.2 (Windows)"]`] };
    }),
    2,
    P('negative', 'godot-request-id', 'none', "A request id the game prints with a slow answer: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, lines: [`[net] slow response (2.4 s) request_id=${id}`] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'godot' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// arma3server_x64_2027-10-02_18-01-12.rpt: an Arma 3 dedicated server's report file (IST time of day, no date on the
// lines): ` H:MM:SS <message>` (hours padded with a space), `BattlEye Server:` lines, mission scripts' `diag_log` strings
// in quotes, an HTTP extension's messages. From memory (not fetched).

function armaRpt(rng) {
  const stamp = (t) => { const h = local(t, IST); return `${String(Number(h.slice(11, 13))).padStart(2)}:${h.slice(14, 19)}`; };
  const L = (t, msg) => `${stamp(t)} ${msg}`;
  const names = ['Tenzin', 'Pema', 'Dorje', 'Sonam', 'Karma', 'Lhakpa'];
  const filler = F((rng, t) =>
    rng.pick([
      () => [L(t, `BattlEye Server: Player #${rng.int(0, 40)} ${rng.pick(names)} (${publicIp(rng)}:${rng.int(2300, 2400)}) connected`)],
      () => [L(t, `"[khawa] ཐོ་འགོད། (registered) kill=${rng.pick(names)}>${rng.pick(names)} weapon=${rng.pick(['arifle_MX_F', 'srifle_EBR_F', 'LMG_Mk200_F'])}"`)],
      () => [L(t, `Server: Object ${rng.int(2, 9)}:${rng.int(100, 9999)} not found (message Type_${rng.int(90, 130)})`)],
      () => [L(t, `"[khawa_http] GET https://stats.${KG}/v1/ping -> 200"`)],
    ])());
  const steps = [
    2,
    P('negative', 'arma-battleye-guid', 'none', "A player's BattlEye GUID (32 hex digits, the MD5 of the Steam id): a player identifier, no credential.", ({ rng, t }) => {
      const g = rng.hex(32);
      return { value: g, lines: [L(t, `BattlEye Server: Verified GUID (${g}) of player #${rng.int(0, 40)} Pema`)] };
    }),
    3,
    P('webhook', 'arma-http-extension-discord-webhook', 'error', WHY.webhook("A Discord webhook the admin-log script posts to through the HTTP extension; the extension's error writes the URL (the token is the secret part)"), ({ rng, t }) => {
      const tok = rng.b64url(68);
      return { value: tok, lines: [L(t, `"[khawa_http] POST https://discord.com/api/webhooks/${digits(rng, 19)}/${tok} failed: 429 Too Many Requests"`)] };
    }),
    3,
    P('api-key-name', 'arma-http-extension-api-ldemig', 'error', `${WHY.apiKey('api_ldemig')} ("API key") The stats script calls the studio's API with the key in the query; the extension logs the URL.`, ({ rng, t }) => {
      const key = rng.hex(40);
      return { value: key, lines: [L(t, `"[khawa_http] GET https://stats.${KG}/v1/match/submit?api_ldemig=${key}&mission=gangs_ri -> 500"`)] };
    }),
    3,
    P('header-dump', 'arma-http-extension-debug-authorization-bearer', 'error', "The HTTP extension at debug writes its request headers, `Authorization: Bearer <token>` included: the server's opaque token for the studio's API.", ({ rng, t }) => {
      const tok = `kgs_${rng.alnum(40)}`;
      return { value: tok, lines: [L(t, `"[khawa_http] debug headers: Content-Type: application/json | Authorization: Bearer ${tok} | X-Server: arma-dsl-01"`)] };
    }),
    3,
    P('replay', 'arma-join-dzulkhyer-once', 'note', WHY.ticketFirst("A one-time join ticket (`dzulkhyer`, \"entry pass\") the launcher gives a player, checked by the server's init script. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(24);
      firstUse.dz = t;
      return { value: tk, lines: [L(t, `"[khawa_auth] dzulkhyer=${tk} accepted uid=7656119${digits(rng, 10)} name=Tenzin ip=${publicIp(rng)}"`)] };
    }, { ref: 'dz' }),
    2,
    P('replay', 'arma-join-dzulkhyer-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('dz').value, why: `${WHY.replay('dzulkhyer', gap('dz', t))} Another player from another address joined with the same one-time ticket and the script accepted it.` }], lines: [L(t, `"[khawa_auth] dzulkhyer=${refs.get('dz').value} accepted uid=7656119${digits(rng, 10)} name=Lhakpa ip=${publicIp(rng)}"`)] }), { replayOf: 'dz', after: 52 }),
    3,
    P('session-id', 'arma-http-extension-cookie-phpsessid', 'error', WHY.session("The ban-list script logs in to the community panel and the extension writes the answer's cookie (`PHPSESSID=`): the panel administrator's session"), ({ rng, t }) => {
      const s = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
      return { value: s, lines: [L(t, `"[khawa_http] panel login ok, Set-Cookie: PHPSESSID=${s}; path=/; HttpOnly"`)] };
    }),
    2,
    P('negative', 'arma-steam-uid', 'none', "A player's Steam64 id (`7656119…`, 17 digits) in a disconnect line: a public identifier, no credential.", ({ rng, t }) => {
      const uid = `7656119${digits(rng, 10)}`;
      return { value: uid, lines: [L(t, `Player Karma disconnected. uid=${uid}`)] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR + 31 * MIN, site: { host: 'arma' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fxserver.log: a FiveM FXServer console as txAdmin 7 keeps it (`txData/default/logs/fxserver.log`, colours stripped, no
// times on the lines): `[<channel, right-aligned>] <message>` with `script:<resource>` channels and txAdmin's lines.
// From memory (not fetched).

function fxserverLog(rng) {
  const C = (ch, msg) => `[${ch.padStart(20)}] ${msg}`;
  const filler = F((rng) =>
    rng.pick([
      () => [C('citizen-server-impl', `Player ${rng.pick(['Tenzin', 'Pema', 'Dorje', 'Yangchen'])} joined (netid ${rng.int(1, 120)})`)],
      () => [C('script:khawa_core', `རྩེད་མོ་འགོ་འཛུགས། job=${rng.pick(['taxi', 'mechanic', 'police'])} players=${rng.int(10, 64)}`)],
      () => [C('resources', `Started resource ${rng.pick(['khawa_phone', 'khawa_garage', 'ox_inventory', 'oxmysql'])}`)],
      () => [C('txAdmin', `[${rng.pick(['Tenzin', 'Sonam'])}] used command "tx:announce"`)],
    ])());
  const steps = [
    2,
    P('negative', 'fxserver-license-identifier', 'none', "A player's `license:` identifier (40 hex digits, Rockstar's licence hash) printed by a join handler: a player identifier, no credential.", ({ rng }) => {
      const lic = rng.hex(40);
      return { value: lic, lines: [C('script:khawa_core', `playerConnecting license:${lic} name=Yangchen`)] };
    }),
    3,
    P('webhook', 'fxserver-guilded-webhook', 'error', WHY.webhook("A Guilded webhook (`media.guilded.gg/webhooks/<uuid>/<token>`) the logs resource posts kills and bans to; its error writes the URL (the token is the secret part)"), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, lines: [C('script:khawa_logs', `webhook failed (HTTP 500): https://media.guilded.gg/webhooks/${rng.uuid()}/${tok}`)] };
    }),
    3,
    P('path-secret', 'fxserver-store-claim-link', 'error', "The store resource prints the claim link it sends a buyer in game (`/claim/<token>`): the link redeems the purchase for whoever opens it first.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, lines: [C('script:khawa_store', `claim link for Pema: https://store.${KG}/claim/${tok}`)] };
    }),
    3,
    P('api-key-name', 'fxserver-performhttprequest-apikey', 'error', `${WHY.apiKey('apikey')} The weather resource prints the URL of its PerformHttpRequest when it fails.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, lines: [C('script:khawa_weather', `PerformHttpRequest failed 401 https://weather.provider.example/v3/current?lat=32.22&lon=76.32&apikey=${key}`)] };
    }),
    3,
    P('framework-dump', 'fxserver-json-encode-request-gsang-tshig', 'error', "The garage resource prints `json.encode` of the request it sends to the web panel, the body's `gsang_tshig` (\"password\") in clear.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, lines: [C('script:khawa_garage', `debug request {"method":"POST","url":"https://panel.${KG}/api/garage/sync","headers":{"Content-Type":"application/json"},"data":{"user":"garage-bot","gsang_tshig":"${pw}","server":"khawa-rp-1"}}`)] };
    }),
    3,
    P('implicit-fragment', 'fxserver-nui-location-access-token', 'error', "The phone resource's NUI page posts its `location.href` to the server script after the in-game sign-in; the script prints it, `#access_token=` included.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, lines: [C('script:khawa_phone', `nui location https://cfx-nui-khawa_phone/html/index.html#access_token=${at}&token_type=bearer`)] };
    }),
    2,
    P('negative', 'fxserver-discord-identifier', 'none', "A player's `discord:` identifier (an 18-digit snowflake): a public user id, no credential.", ({ rng }) => {
      const d = digits(rng, 18);
      return { value: d, lines: [C('script:khawa_core', `identifiers: discord:${d} fivem:${rng.int(100000, 9999999)}`)] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: 'fx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// agones-controller.log: `kubectl logs -n agones-system deploy/agones-controller` of Agones 1.44 at debug (logrus JSON,
// UTC `time` with nanoseconds and `Z`): `{"gsKey":…,"message":…,"severity":…,"source":…,"time":…}`, some lines with the
// GameServer object as `gs`. From memory (not fetched).

function agonesLog(rng) {
  const J = (t, o) => JSON.stringify({ ...o, time: `${iso(t).slice(0, 19)}.${msPart(t)}${digits(rng, 6)}Z` });
  const gsName = () => `khawa-fleet-${rng.lowerNum(5)}-${rng.lowerNum(5)}`;
  const gs = (name, annotations = {}, env = []) => ({ metadata: { name, namespace: 'khawa', uid: rng.uuid(), annotations }, spec: { ports: [{ name: 'default', portPolicy: 'Dynamic', containerPort: 7777, protocol: 'UDP' }], template: { spec: { containers: [{ name: 'khawa-server', image: 'registry.khawa-games.example/khawa-server:1.4.2', env }] } } }, status: { state: 'Scheduled' } });
  const filler = F((rng, t) =>
    rng.pick([
      () => [J(t, { gsKey: `khawa/${gsName()}`, message: 'Syncing Ready GameServerState', severity: 'debug', source: '*gameservers.Controller' })],
      () => [J(t, { fleetKey: 'khawa/khawa-fleet', message: `Fleet autoscaled replicas=${rng.int(4, 30)}`, severity: 'info', source: '*fleetautoscalers.Controller' })],
      () => [J(t, { gsKey: `khawa/${gsName()}`, message: 'Pod created', severity: 'info', source: '*gameservers.Controller' })],
    ])());
  const steps = [
    2,
    P('negative', 'agones-gameserver-uid', 'none', "A GameServer's Kubernetes `uid` in a deletion line: an object id, no credential.", ({ rng, t }) => {
      const uid = rng.uuid();
      return { value: uid, lines: [J(t, { gsKey: `khawa/${gsName()}`, message: `Deleting GameServer uid=${uid}`, severity: 'info', source: '*gameservers.Controller' })] };
    }),
    2,
    P('embed-jwt', 'agones-gameserver-annotation-spectate-embed-1h', 'error', "The allocator writes a spectator link (`/embed/<JWT>`) into the GameServer's annotations, and the controller logs the object at debug when it syncs it and again when it creates its Pod; a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 60), jti: true, claims: { iss: `https://api.${KG}`, match: `m-${digits(rng, 8)}`, scope: 'spectate' } });
      const name = gsName();
      const obj = gs(name, { 'khawa.example/spectate-url': `https://watch.${KG}/embed/${token}` });
      return { value: token, jwt: facts, lines: [J(t, { gs: obj, gsKey: `khawa/${name}`, message: 'Syncing GameServer', severity: 'debug', source: '*gameservers.Controller' }), J(t, { gs: obj, gsKey: `khawa/${name}`, message: 'Creating Pod for GameServer', severity: 'debug', source: '*gameservers.Controller' })] };
    }),
    3,
    P('embed-jwt', 'agones-gameserver-annotation-spectate-embed-120s-no-jti', 'warning', "A tournament match's spectator link (`/embed/<JWT>`) valid 120 s without a jti, in the annotations the controller logs; a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(3, 20), claims: { iss: `https://api.${KG}`, match: `t-${digits(rng, 8)}`, scope: 'spectate' } });
      const name = gsName();
      return { value: token, jwt: facts, lines: [J(t, { gs: gs(name, { 'khawa.example/spectate-url': `https://watch.${KG}/embed/${token}` }), gsKey: `khawa/${name}`, message: 'Syncing GameServer', severity: 'debug', source: '*gameservers.Controller' })] };
    }),
    3,
    P('embed-jwt', 'agones-gameserver-annotation-spectate-embed-expired', 'note', "A finished match's spectator link (`/embed/<JWT>`), expired an hour before the controller logs the shutting-down GameServer; a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200 + rng.int(0, 600), jti: true, claims: { iss: `https://api.${KG}`, match: `m-${digits(rng, 8)}`, scope: 'spectate' } });
      const name = gsName();
      return { value: token, jwt: facts, lines: [J(t, { gs: { ...gs(name, { 'khawa.example/spectate-url': `https://watch.${KG}/embed/${token}` }), status: { state: 'Shutdown' } }, gsKey: `khawa/${name}`, message: 'Syncing Shutdown GameServerState', severity: 'debug', source: '*gameservers.Controller' })] };
    }),
    3,
    P('framework-dump', 'agones-gameserver-container-env-gsang-tshig', 'error', "The GameServer template passes the database password as a plain env value (`GSANG_TSHIG`, \"password\") instead of a Secret reference, and the controller's debug dump of the object writes it.", ({ rng, t }) => {
      const pw = rng.alnum(22);
      const name = gsName();
      return { value: pw, lines: [J(t, { gs: gs(name, {}, [{ name: 'KHAWA_DB_HOST', value: 'khawa-db.khawa.svc' }, { name: 'GSANG_TSHIG', value: pw }]), gsKey: `khawa/${name}`, message: 'Syncing GameServer', severity: 'debug', source: '*gameservers.Controller' })] };
    }),
    3,
    P('api-key-name', 'agones-fleetautoscaler-webhook-url-ldemig', 'error', `${WHY.apiKey('ldemig')} ("key") The FleetAutoscaler's webhook policy calls the matchmaker with the key in its URL; the controller's error writes the URL.`, ({ rng, t }) => {
      const key = rng.alnum(32);
      return { value: key, lines: [J(t, { error: `Post "https://mm.${KG}/autoscale?ldemig=${key}": context deadline exceeded`, fleetKey: 'khawa/khawa-fleet', message: 'Error calling the webhook of the autoscaler', severity: 'error', source: '*fleetautoscalers.Controller' })] };
    }),
    3,
    P('id-token', 'agones-allocation-metadata-id-token', 'error', "An allocation's metadata carries the player's `id_token` as an annotation, and the controller logs the allocated GameServer's annotations; a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://id.${KG}`, sub: `player-${digits(rng, 7)}`, aud: 'khawa-game' } });
      const name = gsName();
      return { value: token, jwt: facts, lines: [J(t, { annotations: { 'khawa.example/id_token': token, 'khawa.example/region': 'ap-south-1' }, gsKey: `khawa/${name}`, message: 'GameServer allocated, applying metadata', severity: 'debug', source: '*gameserverallocations.Allocator' })] };
    }),
    3,
    P('negative', 'agones-pod-image-digest', 'none', "The server image's digest (`sha256:<64 hex>`) in the Pod-created line: a content hash, no credential.", ({ rng, t }) => {
      const dg = rng.hex(64);
      return { value: dg, lines: [J(t, { gsKey: `khawa/${gsName()}`, image: `registry.${KG}/khawa-server@sha256:${dg}`, message: 'Pod created', severity: 'info', source: '*gameservers.Controller' })] };
    }),
    3,
    P('refresh-token', 'agones-allocation-metadata-refresh-token', 'error', `${WHY.refresh} The matchmaker also copies the player's refresh token into the allocation metadata so the server can renew the session; the allocator's debug line writes it.`, ({ rng, t }) => {
      const rt = rng.b64url(52);
      return { value: rt, lines: [J(t, { gsKey: `khawa/${gsName()}`, labels: { 'khawa.example/refresh_token': rt, 'agones.dev/sdk-gs-session': 'ranked' }, message: 'Applying allocation labels', severity: 'debug', source: '*gameserverallocations.Allocator' })] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'agones' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout52');
writePart(join(here, 'heldout52'), {
  'error.log': naxsiErrorLog(rng),
  'pdns.log': pdnsLog(rng),
  'octodns-sync.log': octodnsLog(rng),
  'defend-process-2027-10-02.ndjson': defendNdjson(rng),
  'headscale.log': headscaleLog(rng),
  'steve.log': steveLog(rng),
  'everest.log': everestLog(rng),
  'taxi-0417-2027-10-02.txt': dltText(rng),
  'sogo.log': sogoLog(rng),
  'haraka.log': harakaLog(rng),
  'godot.log': godotLog(rng),
  'arma3server_x64_2027-10-02_18-01-12.rpt': armaRpt(rng),
  'fxserver.log': fxserverLog(rng),
  'agones-controller.log': agonesLog(rng),
});
