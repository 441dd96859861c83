// Writes corpus/logs-in-the-wild/heldout12/: a twelfth held-out part, in formats no other part uses (a HAR file exported
// by Chrome DevTools, `varnishlog -g request`, a Symantec ProxySG access log, Imperva Cloud WAF SIEM logs in CEF, Apereo
// CAS's cas.log with its Inspektr audit trail, Sentry events exported through its API, Open Liberty's JSON logging,
// log4net in an ASP.NET MVC 5 application, TYPO3's FileWriter, Pomerium's proxy log, Wazuh's alerts.json, Logstash's
// rubydebug stdout, an ansible.log and a Newman run's CLI output), with credentials planted in the places issue #14
// lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout12.mjs     rewrites heldout12/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath, URL, URLSearchParams } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, factsAt, jwt, logBuilder, plant, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { ALNUM, DAYS, DIGITS, digits, githubToken, iso, MONTHS, pad, UPPER, upperNum, ymdHms } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'Wget/1.25.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 10, 6, 0, 0);
const STATUS = { 101: 'Switching Protocols', 200: 'OK', 202: 'Accepted', 201: 'Created', 204: 'No Content', 302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

/** `2026-12-10 06:00:01,123` (Python logging, log4net, log4j2's `%d`). */
const commaTime = (ms) => `${ymdHms(ms)},${pad(ms % 1000, 3)}`;
/** Java's `Date.toString()` in UTC: `Thu Dec 10 06:00:01 UTC 2026`. */
const javaDate = (ms) => {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(ms).slice(11, 19)} UTC ${d.getUTCFullYear()}`;
};
/** RFC 3339 to the second at a fixed offset in minutes (zerolog's default): `2026-12-10T04:00:01-05:00`. */
const offsetTime = (ms, offset) => {
  const local = iso(ms + offset * 60000).slice(0, 19);
  const o = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(o / 60))}:${pad(o % 60)}`;
};
/** PHP's `date('r')` at a fixed offset in minutes: `Thu, 10 Dec 2026 07:00:01 +0100`. */
const rfc2822 = (ms, offset) => {
  const d = new Date(ms + offset * 60000);
  const o = Math.abs(offset);
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso(d.getTime()).slice(11, 19)} ${offset < 0 ? '-' : '+'}${pad(Math.floor(o / 60))}${pad(o % 60)}`;
};

/** When each single-use ticket was first used: a replay's reason states the real gap between its two lines. */
const firstUse = {};
const gap = (name, t) => Math.round((t - firstUse[name]) / 1000);

// ---------------------------------------------------------------------------------------------------------------------
// session.har: a HAR 1.2 file as Chrome 143's DevTools writes it with "Export HAR (sanitized)…" (the default since
// Chrome 130: `Cookie`, `Set-Cookie` and `Authorization` headers are left out), JSON indented by two spaces, one page,
// HTTP/2 entries with their pseudo-headers (`:path` holds the path and query), `queryString`, `postData` with `params`
// for form bodies, `redirectURL`, Chrome's `_initiator`/`_priority`/`_resourceType` fields. A user attached it to a
// support ticket of an invoicing SPA. No line of an entry carries a time of its own (`startedDateTime` is a line apart):
// no JWT was put in it.
// http://www.softwareishard.com/blog/har-12-spec/, https://developer.chrome.com/docs/devtools/network/reference#save-as-har

function harLog(rng) {
  const APP = 'https://app.ledgerly.example';
  const API = 'https://api.ledgerly.example';
  const header = [
    '{',
    '  "log": {',
    '    "version": "1.2",',
    '    "creator": {',
    '      "name": "WebInspector",',
    '      "version": "537.36"',
    '    },',
    '    "pages": [',
    '      {',
    `        "startedDateTime": "${iso(DAY0 + 412)}",`,
    '        "id": "page_3",',
    `        "title": "${APP}/invoices",`,
    '        "pageTimings": {',
    '          "onContentLoad": 812.41,',
    '          "onLoad": 1490.27',
    '        }',
    '      }',
    '    ],',
    '    "entries": [',
  ];
  const nv = (pairs) => pairs.map(([name, value]) => ({ name, value }));
  const render = (e, rng) => {
    const u = new URL(e.url);
    const navigate = e.rtype === 'document';
    const requestHeaders = [
      [':authority', u.host],
      [':method', e.method],
      [':path', u.pathname + u.search],
      [':scheme', 'https'],
      ['accept', navigate ? 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8' : (e.accept ?? 'application/json, text/plain, */*')],
      ['accept-encoding', 'gzip, deflate, br, zstd'],
      ['accept-language', 'nb-NO,nb;q=0.9,en-US;q=0.8,en;q=0.7'],
      ...(e.post ? [['content-type', e.post.mimeType]] : []),
      ...(e.reqHeaders ?? []),
      ['priority', navigate ? 'u=0, i' : 'u=1, i'],
      ...(e.ref === null ? [] : [['referer', e.ref ?? `${APP}/invoices`]]),
      ['sec-ch-ua', '"Google Chrome";v="143", "Chromium";v="143", "Not A(Brand";v="24"'],
      ['sec-ch-ua-mobile', '?0'],
      ['sec-ch-ua-platform', '"Windows"'],
      ['sec-fetch-dest', navigate ? 'document' : (e.dest ?? 'empty')],
      ['sec-fetch-mode', navigate ? 'navigate' : 'cors'],
      ['sec-fetch-site', e.site ?? 'same-site'],
      ['user-agent', BROWSERS[0]],
    ];
    const mime = e.mime ?? 'application/json; charset=utf-8';
    const responseHeaders = [
      ['cache-control', e.cache ?? 'no-store'],
      ...(e.status === 302 ? [] : [['content-type', mime]]),
      ['date', new Date(e.t).toUTCString()],
      ...(e.location ? [['location', e.location]] : []),
      ...(e.respHeaders ?? []),
      ['server', 'cloudflare'],
      ['cf-ray', e.ray ?? `${rng.hex(16)}-OSL`],
    ];
    const wait = Number((rng.int(20, 420) + rng.int(0, 999) / 1000).toFixed(3));
    const size = e.status === 302 ? 0 : e.bytes;
    const entry = {
      _connectionId: String(rng.int(100000, 999999)),
      _initiator: { type: e.initiator ?? 'script' },
      _priority: navigate ? 'VeryHigh' : (e.priority ?? 'High'),
      _resourceType: e.rtype ?? 'fetch',
      cache: {},
      connection: '443',
      pageref: 'page_3',
      request: {
        method: e.method,
        url: e.url,
        httpVersion: 'http/2.0',
        headers: nv(requestHeaders),
        queryString: nv([...u.searchParams]),
        cookies: [],
        headersSize: -1,
        bodySize: e.post ? Buffer.byteLength(e.post.text) : 0,
        ...(e.post ? { postData: e.post } : {}),
      },
      response: {
        status: e.status,
        statusText: STATUS[e.status] ?? '',
        httpVersion: 'http/2.0',
        headers: nv(responseHeaders),
        cookies: [],
        content: { size, mimeType: mime.split(';')[0] },
        redirectURL: e.location ?? '',
        headersSize: -1,
        bodySize: -1,
        _transferSize: size + rng.int(180, 420),
        _error: null,
      },
      serverIPAddress: e.server ?? '198.51.100.80',
      startedDateTime: iso(e.t),
      time: Number((wait + 3.217).toFixed(3)),
      timings: { blocked: 1.204, dns: -1, ssl: -1, connect: -1, send: 0.151, wait, receive: 1.862, _blocked_queueing: 0.913, _workerStart: -1, _workerReady: -1, _workerFetchStart: -1, _workerRespondWithSettled: -1 },
    };
    const lines = JSON.stringify(entry, null, 2).split('\n').map((line) => `      ${line}`);
    lines[lines.length - 1] += ',';
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', url: `${API}/v1/invoices?status=${rng.pick(['open', 'overdue', 'paid'])}&page=${rng.int(1, 6)}&per_page=25`, bytes: rng.int(4000, 40000) }),
      () => ({ method: 'GET', url: `${APP}/assets/index-${rng.b64url(8)}.js`, rtype: 'script', initiator: 'parser', mime: 'text/javascript', cache: 'public, max-age=31536000, immutable', accept: '*/*', dest: 'script', site: 'same-origin', bytes: rng.int(40000, 400000) }),
      () => ({ method: 'GET', url: `${API}/v1/me`, bytes: rng.int(600, 1400) }),
      () => ({ method: 'GET', url: `${API}/v1/customers/${rng.int(1000, 9999)}/contacts`, bytes: rng.int(900, 6000) }),
      () => ({ method: 'POST', url: `${API}/v1/telemetry`, post: { mimeType: 'application/json', text: JSON.stringify({ name: rng.pick(['page_view', 'invoice_opened', 'filter_changed']), ts: e0(rng) }) }, status: 204, bytes: 0 }),
    ])();
  const e0 = (rng) => DAY0 + rng.int(1000, 600000);
  const steps = [
    1,
    plant('oauth-code', 'har-quickbooks-callback-code', 'warning', `${WHY.code} Intuit's code (\`AB11…\`, with \`state\` and \`realmId\`) on the app's QuickBooks callback in a sanitized HAR export: the request URL, the \`:path\` pseudo-header and the \`queryString\` entry hold it (sanitizing removes cookies and Authorization only).`, ({ rng }) => {
      const code = `AB11${rng.alnum(46)}`;
      return { value: code, event: { method: 'GET', url: `${APP}/integrations/quickbooks/callback?code=${code}&state=${rng.b64url(32)}&realmId=${digits(rng, 19)}`, status: 302, location: `${APP}/settings/integrations?connected=quickbooks`, rtype: 'document', initiator: 'other', ref: 'https://appcenter.intuit.com/', site: 'cross-site', mime: 'text/html; charset=utf-8', bytes: 0 } };
    }),
    2,
    plant('negative', 'har-x-csrf-token-header', 'none', "An `x-csrf-token` request header on a POST (the SPA's double-submit token): CSRF protection, no credential.", ({ rng }) => {
      const token = rng.chars(ALNUM + '+/', 43) + '=';
      return { value: token, event: { method: 'POST', url: `${API}/v1/invoices/${rng.int(2000, 9000)}/send`, reqHeaders: [['x-csrf-token', token]], post: { mimeType: 'application/json', text: JSON.stringify({ channel: 'email', copyToSender: true }) }, status: 202, bytes: 88 } };
    }),
    2,
    plant('implicit-fragment', 'har-location-fragment-access_token', 'error', "Google's implicit flow in a silent-auth iframe: the 302's `location` response header (and the entry's `redirectURL`) carries `#access_token=ya29.…`; the export keeps response headers other than Set-Cookie", ({ rng }) => {
      const token = `ya29.a0${rng.b64url(168)}`;
      const back = `${APP}/import/google/callback`;
      return { value: token, event: { method: 'GET', url: `https://accounts.google.com/o/oauth2/v2/auth?client_id=${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com&redirect_uri=${encodeURIComponent(back)}&response_type=token&scope=${encodeURIComponent('https://www.googleapis.com/auth/drive.readonly')}&state=${rng.b64url(22)}&prompt=none`, status: 302, location: `${back}#access_token=${token}&token_type=Bearer&expires_in=3599&scope=${encodeURIComponent('https://www.googleapis.com/auth/drive.readonly')}`, rtype: 'document', initiator: 'other', site: 'cross-site', server: '192.0.2.46', mime: 'text/html; charset=utf-8', bytes: 0 } };
    }),
    2,
    plant('refresh-token', 'har-postdata-refresh_token-form', 'error', `${WHY.refresh} The SPA's refresh grant in \`postData.text\` (and again in \`postData.params\`): the export keeps request bodies.`, ({ rng }) => {
      const token = rng.b64url(64);
      const text = `grant_type=refresh_token&refresh_token=${token}&client_id=ledgerly-web`;
      return { value: token, event: { method: 'POST', url: 'https://id.ledgerly.example/oauth/token', post: { mimeType: 'application/x-www-form-urlencoded', text, params: nv([...new URLSearchParams(text)]) }, bytes: 1180 } };
    }),
    2,
    plant('header-dump', 'har-sanitized-export-keeps-x-api-key', 'error', "An `x-api-key` request header to the search service: a sanitized export strips `Authorization` and cookies, not custom credential headers", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { method: 'GET', url: `https://search.ledgerly.example/v1/indexes/invoices/search?q=${rng.pick(['fjord', 'kveld', 'nord'])}&limit=20`, reqHeaders: [['x-api-key', key]], bytes: rng.int(2000, 9000) } };
    }),
    2,
    plant('negative', 'har-cf-ray-response-header', 'none', "Cloudflare's `cf-ray` response header (16 hex and a data centre): a request id, no credential.", ({ rng }) => {
      const ray = `${rng.hex(16)}-OSL`;
      return { value: ray, event: { method: 'GET', url: `${API}/v1/invoices/${rng.int(2000, 9000)}/pdf`, ray, mime: 'application/pdf', bytes: rng.int(30000, 90000) } };
    }),
    1,
    plant('path-secret', 'har-invite-accept-path', 'error', WHY.pathSecret("A workspace invitation (`/invite/accept/<token>`) opened in the same tab: the entry's URL and `:path`"), ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { method: 'GET', url: `${APP}/invite/accept/${token}`, rtype: 'document', initiator: 'other', ref: null, site: 'none', mime: 'text/html; charset=utf-8', bytes: 2210 } };
    }),
    1,
  ];
  const { text, cases } = buildLog(rng, { start: DAY0 + 1000, site: { host: 'app.ledgerly.example' }, filler, render, steps, header });
  // The last entry loses its comma and the document is closed (lines after every label: no line number moves).
  const lines = text.slice(0, -1).split('\n');
  lines[lines.length - 1] = lines[lines.length - 1].replace(/,$/, '');
  lines.push('    ]', '  }', '}');
  JSON.parse(lines.join('\n'));
  return { text: `${lines.join('\n')}\n`, cases };
}

// ---------------------------------------------------------------------------------------------------------------------
// varnishlog.txt: `varnishlog -g request` of Varnish 7.6 in front of a news site, its staging host, a Huginn instance and
// a metering API: one `*   << Request  >>` group per client request (tags `ReqURL`, `ReqHeader`, `ReqUnset`, `VCL_*`,
// `RespHeader`, `Timestamp`…), its backend request nested as `**  << BeReq    >>` (`BereqURL`, `BereqHeader`), a blank
// line between groups. Only the `Timestamp` lines carry a time (epoch seconds): the planted values are opaque.
// https://varnish-cache.org/docs/7.6/reference/varnishlog.html, https://varnish-cache.org/docs/7.6/reference/vsl.html

function varnishLog(rng) {
  const NEWS = 'www.nordlys-avis.example';
  let vxid = 32768;
  const row = (level, tag, value = '') => `${level.padEnd(4)}${tag.padEnd(15)}${value}`;
  const stamp = (ms, micro) => {
    const us = sec(ms) * 1000000 + micro;
    return `${Math.floor(us / 1000000)}.${pad(us % 1000000, 6)}`;
  };
  const render = (e, rng) => {
    const id = (vxid += 3);
    const micro = rng.int(0, 990000);
    const t0 = stamp(e.t, micro);
    const elapsed = (n) => (n / 1000000).toFixed(6);
    const host = e.vhost ?? NEWS;
    const req = [
      `*   << Request  >> ${String(id).padEnd(10)}`,
      row('-', 'Begin', `req ${id - 1} rxreq`),
      row('-', 'Timestamp', `Start: ${t0} 0.000000 0.000000`),
      row('-', 'Timestamp', `Req: ${t0} 0.000000 0.000000`),
      row('-', 'VCL_use', 'boot'),
      row('-', 'ReqStart', `${e.ip} ${e.port} a0`),
      row('-', 'ReqMethod', e.method),
      row('-', 'ReqURL', target(e)),
      row('-', 'ReqProtocol', 'HTTP/1.1'),
      row('-', 'ReqHeader', `Host: ${host}`),
      row('-', 'ReqHeader', `User-Agent: ${e.ua}`),
      row('-', 'ReqHeader', `Accept: ${e.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'}`),
      row('-', 'ReqHeader', 'Accept-Encoding: gzip, deflate, br'),
      ...(e.reqHeaders ?? []).map((h) => row('-', 'ReqHeader', h)),
      row('-', 'ReqHeader', `X-Forwarded-For: ${e.ip}`),
      row('-', 'ReqHeader', 'X-Forwarded-Proto: https'),
      row('-', 'VCL_call', 'RECV'),
      ...(e.recv ?? []).map(([tag, value]) => row('-', tag, value)),
    ];
    const pass = e.pass || e.method !== 'GET';
    if (pass) req.push(row('-', 'VCL_return', 'pass'), row('-', 'VCL_call', 'HASH'), row('-', 'VCL_return', 'lookup'), row('-', 'VCL_call', 'PASS'), row('-', 'VCL_return', 'fetch'));
    else if (e.backend) req.push(row('-', 'VCL_return', 'hash'), row('-', 'VCL_call', 'HASH'), row('-', 'VCL_return', 'lookup'), row('-', 'VCL_call', 'MISS'), row('-', 'VCL_return', 'fetch'));
    else req.push(row('-', 'VCL_return', 'hash'), row('-', 'VCL_call', 'HASH'), row('-', 'VCL_return', 'lookup'), row('-', 'Hit', `${id - rng.int(40, 4000)} ${rng.int(20, 280)}.${pad(rng.int(0, 999), 3)}000 10.000000 0.000000`), row('-', 'VCL_call', 'HIT'), row('-', 'VCL_return', 'deliver'));
    const fetchUs = rng.int(8000, 240000);
    if (e.backend) req.push(row('-', 'Link', `bereq ${id + 1} ${pass ? 'pass' : 'fetch'}`), row('-', 'Timestamp', `Fetch: ${stamp(e.t, micro + fetchUs)} ${elapsed(fetchUs)} ${elapsed(fetchUs)}`));
    const done = (e.backend ? fetchUs : 0) + rng.int(40, 400);
    req.push(
      row('-', 'RespProtocol', 'HTTP/1.1'),
      row('-', 'RespStatus', String(e.status)),
      row('-', 'RespReason', STATUS[e.status] ?? 'OK'),
      row('-', 'RespHeader', `Content-Type: ${e.mime ?? 'text/html; charset=utf-8'}`),
      row('-', 'RespHeader', `X-Varnish: ${id}${e.backend ? '' : ` ${id - rng.int(40, 4000)}`}`),
      row('-', 'RespHeader', `Age: ${e.backend ? 0 : rng.int(1, 280)}`),
      row('-', 'RespHeader', 'Via: 1.1 nordlys-cache-1 (Varnish/7.6)'),
      row('-', 'VCL_call', 'DELIVER'),
      ...(e.deliver ?? []).map(([tag, value]) => row('-', tag, value)),
      row('-', 'VCL_return', 'deliver'),
      row('-', 'Timestamp', `Process: ${stamp(e.t, micro + done)} ${elapsed(done)} 0.000041`),
      row('-', 'Filters'),
      row('-', 'RespHeader', 'Accept-Ranges: bytes'),
      row('-', 'RespHeader', 'Connection: keep-alive'),
      row('-', 'Timestamp', `Resp: ${stamp(e.t, micro + done + 90)} ${elapsed(done + 90)} 0.000090`),
      row('-', 'ReqAcct', `${rng.int(300, 900)} 0 ${rng.int(300, 900)} ${rng.int(280, 420)} ${e.bytes} ${e.bytes + 350}`),
      row('-', 'End'),
    );
    if (!e.backend) return [...req, ''];
    const be = [
      `**  << BeReq    >> ${String(id + 1).padEnd(10)}`,
      row('--', 'Begin', `bereq ${id} ${pass ? 'pass' : 'fetch'}`),
      row('--', 'VCL_use', 'boot'),
      row('--', 'Timestamp', `Start: ${stamp(e.t, micro + 60)} 0.000060 0.000000`),
      row('--', 'BereqMethod', e.method),
      row('--', 'BereqURL', e.bereqUrl ?? target(e)),
      row('--', 'BereqProtocol', 'HTTP/1.1'),
      row('--', 'BereqHeader', `Host: ${host}`),
      row('--', 'BereqHeader', `User-Agent: ${e.ua}`),
      ...(e.bereqHeaders ?? []).map((h) => row('--', 'BereqHeader', h)),
      row('--', 'BereqHeader', `X-Forwarded-For: ${e.ip}`),
      row('--', 'BereqHeader', `X-Varnish: ${id + 1}`),
      row('--', 'VCL_call', 'BACKEND_FETCH'),
      row('--', 'VCL_return', 'fetch'),
      row('--', 'BackendOpen', `${rng.int(20, 40)} ${e.backendName ?? 'web'} 10.4.0.${rng.int(10, 30)} 8080 10.4.0.5 ${rng.int(30000, 60000)} connect`),
      row('--', 'Timestamp', `Bereq: ${stamp(e.t, micro + 300)} 0.000300 0.000240`),
      row('--', 'Timestamp', `Beresp: ${stamp(e.t, micro + fetchUs - 200)} ${elapsed(fetchUs - 200)} ${elapsed(fetchUs - 500)}`),
      row('--', 'BerespProtocol', 'HTTP/1.1'),
      row('--', 'BerespStatus', String(e.status)),
      row('--', 'BerespReason', STATUS[e.status] ?? 'OK'),
      row('--', 'BerespHeader', `Content-Type: ${e.mime ?? 'text/html; charset=utf-8'}`),
      row('--', 'VCL_call', 'BACKEND_RESPONSE'),
      row('--', 'VCL_return', 'deliver'),
      row('--', 'Timestamp', `BerespBody: ${stamp(e.t, micro + fetchUs)} ${elapsed(fetchUs)} 0.000200`),
      row('--', 'Length', String(e.bytes)),
      row('--', 'BereqAcct', `${rng.int(400, 1100)} 0 ${rng.int(400, 1100)} ${rng.int(250, 400)} ${e.bytes} ${e.bytes + 320}`),
      row('--', 'End'),
    ];
    return [...req, ...be, ''];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/${rng.pick(['nyheter', 'sport', 'kultur', 'debatt'])}/${rng.pick(['stormen-treffer-kysten', 'kommunestyret-vedtok-budsjettet', 'tromso-il-vant-igjen', 'ny-bru-over-sundet'])}-${rng.int(1000, 9999)}` }),
      () => ({ path: `/bilder/${rng.int(100000, 999999)}.webp`, query: `w=${rng.pick([480, 960, 1440])}`, accept: 'image/avif,image/webp,*/*', mime: 'image/webp' }),
      () => ({ path: '/', backend: true }),
      () => ({ path: `/api/kommentarer/${rng.int(10000, 99999)}`, accept: 'application/json', mime: 'application/json', backend: true, pass: true }),
    ])();
  const steps = [
    3,
    plant('session-id', 'varnish-rails-session-cookie-reqheader-and-requnset', 'error', WHY.session("A Rails encrypted session cookie (`_nordlys_session=<data>--<iv>--<tag>`) in `ReqHeader Cookie:`, and again in the `ReqUnset Cookie:` line the VCL writes when it strips cookies from cacheable pages"), ({ rng }) => {
      const cookie = `${rng.alnum(228)}--${rng.alnum(22)}%3D%3D--${rng.alnum(22)}%3D%3D`;
      return { value: cookie, event: { path: `/nyheter/${rng.pick(['havvind-utbygging-stanses', 'lakseprisen-faller'])}-${rng.int(1000, 9999)}`, reqHeaders: [`Cookie: _nordlys_session=${cookie}`], recv: [['ReqUnset', `Cookie: _nordlys_session=${cookie}`]], ua: BROWSERS[1] } };
    }),
    3,
    plant('negative', 'varnish-matomo-visitor-cookie', 'none', "Matomo's `_pk_id` cookie (a 16-hex visitor id and a timestamp) and `_pk_ses`: analytics ids, no credential.", ({ rng, t }) => {
      const id = `${rng.hex(16)}.${sec(t) - rng.int(86400, 9000000)}.`;
      return { value: id, event: { path: `/kultur/${rng.pick(['festspillene-2027', 'ny-roman-fra-nord'])}`, reqHeaders: [`Cookie: _pk_id.3.1f2e=${id}; _pk_ses.3.1f2e=1`] } };
    }),
    3,
    plant('api-key-name', 'varnish-vcl-adds-x-api-key-bereq', 'error', WHY.apiKey('X-Api-Key') + ' The VCL adds the metering API\'s key to the backend request (`BereqHeader`): the reader never sent it, but the backend group writes it.', ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: '/api/meter', query: `article=${rng.int(100000, 999999)}`, accept: 'application/json', mime: 'application/json', backend: true, pass: true, backendName: 'meter', bereqHeaders: [`X-Api-Key: ${key}`], ua: BROWSERS[2] } };
    }),
    3,
    plant('header-dump', 'varnish-basic-auth-reqheader-and-bereq', 'error', "Basic credentials for the staging host (`Authorization: Basic <base64 user:password>`) in `ReqHeader`, and in `BereqHeader` when the VCL passes the request on", ({ rng }) => {
      const basic = b64Of(`redaksjon:${rng.alnum(14)}`);
      return { value: basic, event: { vhost: 'staging.nordlys-avis.example', path: '/nyheter/', reqHeaders: [`Authorization: Basic ${basic}`], backend: true, pass: true, bereqHeaders: [`Authorization: Basic ${basic}`], ua: BROWSERS[3] } };
    }),
    3,
    plant('webhook', 'varnish-huginn-webhookagent-secret', 'error', WHY.webhook("A Huginn WebhookAgent URL (`/users/<id>/web_requests/<agent id>/<secret>`) a tip form posts to, in `ReqURL` and the passed `BereqURL`"), ({ rng }) => {
      const secret = rng.alnum(32);
      return { value: secret, event: { vhost: 'huginn.nordlys-avis.example', method: 'POST', path: `/users/1/web_requests/87/${secret}`, accept: '*/*', mime: 'application/json', status: 201, backend: true, backendName: 'huginn', ua: TOOLS[4] } };
    }),
    3,
    plant('negative', 'varnish-vcl-log-hashed-reader', 'none', 'A `VCL_Log` line of the paywall meter with the reader as a SHA-256 hash: no credential.', ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { path: `/sport/${rng.pick(['cupfinalen', 'vm-kvalik'])}-${rng.int(1000, 9999)}`, recv: [['VCL_Log', `meter reader=${h} views=${rng.int(1, 9)} limit=10`]] } };
    }),
    3,
    plant('path-secret', 'varnish-newsletter-confirm-token-requrl-rewritten', 'error', WHY.pathSecret('A newsletter double opt-in link (`/nyhetsbrev/bekreft?token=`): in the client `ReqURL`, in the second `ReqURL` the VCL writes after dropping the `utm_*` parameters, and in `BereqURL`'), ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { path: '/nyhetsbrev/bekreft', query: `token=${token}&utm_source=newsletter&utm_medium=email`, recv: [['ReqURL', `/nyhetsbrev/bekreft?token=${token}`]], bereqUrl: `/nyhetsbrev/bekreft?token=${token}`, backend: true, ua: BROWSERS[4] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: NEWS }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sg_main_access.log: a Symantec (Broadcom) ProxySG access log in the `bcreportermain_v1` ELFF format (`#Software`,
// `#Version`, `#Date`, `#Fields` header lines; space-separated fields, quoted when they hold spaces; `cs-uri-query` with
// its leading `?`, `-` when empty; date and time in UTC), SSL interception on, so HTTPS requests are logged whole. The
// large file of the part: a few hundred lines of a company's web traffic.
// https://techdocs.broadcom.com/us/en/symantec-security-software/web-and-network-security/edge-swg/7-3/access-log-formats.html

function proxySgLog(rng) {
  const GROUP = 'HAVBRUK\\Ansatte';
  const header = [
    '#Software: SGOS 7.3.21.1 (SWG Edition)',
    '#Version: 1.0',
    `#Start-Date: ${ymdHms(DAY0 + 2 * HOUR)}`,
    `#Date: ${ymdHms(DAY0 + 2 * HOUR)}`,
    '#Fields: date time time-taken c-ip cs-username cs-auth-group x-exception-id sc-filter-result cs-categories cs(Referer) sc-status s-action cs-method rs(Content-Type) cs-uri-scheme cs-host cs-uri-port cs-uri-path cs-uri-query cs-uri-extension cs(User-Agent) s-ip sc-bytes cs-bytes x-virus-id x-bluecoat-application-name x-bluecoat-application-operation',
    '#Remark: 4912034477 "sg-osl-01" "10.20.0.5" "main"',
  ];
  const STAFF = [['kvale', '10.20.14.33'], ['hsolberg', '10.20.31.7'], ['a.nygaard', '10.20.14.61'], ['m.berg', '10.20.22.18'], ['t.lie', '10.20.22.40'], ['svc-backup', '10.20.8.4']];
  const q = (s) => (/[\s]/.test(String(s)) ? `"${s}"` : String(s));
  const render = (e, rng) => {
    const d = iso(e.t);
    const [user, cip] = e.who ?? rng.pick(STAFF);
    const ext = e.path.match(/\.([a-z0-9]{1,5})$/)?.[1] ?? '-';
    const tunnel = e.method === 'CONNECT';
    return [
      [
        d.slice(0, 10),
        d.slice(11, 19),
        e.ms,
        cip,
        user,
        q(GROUP),
        e.exc ?? '-',
        e.filter ?? 'OBSERVED',
        q(e.cat ?? 'Technology/Internet'),
        e.referer,
        e.status,
        e.action ?? (tunnel ? 'TCP_TUNNELED' : rng.pick(['TCP_NC_MISS', 'TCP_NC_MISS', 'TCP_HIT', 'TCP_MISS'])),
        e.method,
        tunnel ? '-' : (e.ctype ?? 'text/html;%20charset=utf-8'),
        tunnel ? 'tcp' : 'https',
        e.host,
        443,
        tunnel ? '/' : e.path,
        e.query ? `?${e.query}` : '-',
        tunnel ? '-' : ext,
        q(e.ua),
        '10.20.0.5',
        e.bytes,
        e.csBytes ?? rng.int(300, 1600),
        '-',
        q(e.app ?? 'none'),
        q(e.op ?? 'none'),
      ].join(' '),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'CONNECT', host: rng.pick(['teams.microsoft.com', 'outlook.office.com', 'havbruk.sharepoint.com', 'login.microsoftonline.com']), path: '/', cat: 'Business/Economy', app: 'Office365', op: 'none', ms: rng.int(40000, 900000) }),
      () => ({ host: 'www.nrk.example', path: `/nyheter/${rng.pick(['innenriks', 'utenriks', 'okonomi'])}/${rng.int(10000, 99999)}`, cat: 'News', referer: 'https://www.nrk.example/' }),
      () => ({ host: 'static.nrk.example', path: `/img/${rng.hex(12)}.webp`, ctype: 'image/webp', cat: 'News', referer: 'https://www.nrk.example/' }),
      () => ({ host: 'erp.havbruk-z.example', path: `/api/v2/${rng.pick(['orders', 'stock', 'vessels'])}`, query: `page=${rng.int(1, 9)}&size=50`, ctype: 'application/json', cat: 'Business/Economy' }),
      () => ({ host: 'intranett.havbruk-z.example', path: rng.pick(['/', '/kantine/meny', '/hms/avvik', '/ansatte/sok']), query: rng.pick(['', '', `q=${rng.pick(['berg', 'lie', 'ferie'])}`]), cat: 'Business/Economy' }),
      () => ({ host: 'cdn.jsdelivr.example', path: `/npm/${rng.pick(['chart.js@4.5.1', 'dayjs@1.11.19'])}/dist/index.min.js`, ctype: 'application/javascript;%20charset=utf-8', cat: 'Content Servers', referer: 'https://intranett.havbruk-z.example/' }),
      () => ({ host: 'www.yr.example', path: '/api/v0/locations/1-72837/forecast', ctype: 'application/json', cat: 'Weather' }),
      () => ({ host: 'ctldl.windowsupdate.example', path: `/msdownload/update/v3/static/trustedr/en/${rng.pick(['disallowedcertstl.cab', 'pinrulesstl.cab'])}`, ctype: 'application/vnd.ms-cab-compressed', cat: 'Software Downloads', ua: 'Microsoft-CryptoAPI/10.0', who: ['-', `10.20.${rng.int(10, 40)}.${rng.int(2, 250)}`] }),
      () => ({ host: 'www.finn.example', path: `/bap/forsale/ad.html`, query: `finnkode=${rng.int(100000000, 999999999)}`, cat: 'Shopping', referer: 'https://www.finn.example/' }),
    ])();
  const steps = [
    30,
    plant('replay', 'share_ticket-opaque', 'note', WHY.ticketFirst("An opaque `share_ticket` on a partner's file-share link (the share page exchanges it for a download session)"), ({ rng, t }) => {
      firstUse.share = t;
      const ticket = rng.b64url(43);
      return { value: ticket, event: { who: STAFF[0], host: 'files.partner-x.example', path: '/s/open', query: `share_ticket=${ticket}`, status: 302, cat: 'File Storage/Sharing', ua: BROWSERS[0] } };
    }, { ref: 'share' }),
    3,
    plant('replay', 'share_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('share').value, why: WHY.replay('share_ticket', gap('share', t)) }], event: { who: STAFF[1], host: 'files.partner-x.example', path: '/s/open', query: `share_ticket=${refs.get('share').value}`, status: 302, cat: 'File Storage/Sharing', ua: BROWSERS[3] } }), { replayOf: 'share', after: 80 }),
    33,
    plant('id-token', 'proxysg-okta-logout-id_token_hint', 'error', "An ID token as `id_token_hint` of an Okta custom-domain logout, in `cs-uri-query`: TLS interception shows the whole URL", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1800, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { sub: `00u${rng.alnum(17)}`, ver: 1, iss: 'https://login.havbruk-z.example/oauth2/default', aud: `0oa${rng.alnum(17)}`, auth_time: sec(t) - 1900, amr: ['pwd', 'mfa'], idp: `00o${rng.alnum(17)}`, email: 'a.nygaard@havbruk-z.example' } });
      return { value: token.token, jwt: token.facts, event: { who: STAFF[2], host: 'login.havbruk-z.example', path: '/oauth2/default/v1/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fintranett.havbruk-z.example%2F`, status: 302, cat: 'Business/Economy', ua: BROWSERS[0] } };
    }),
    33,
    plant('negative', 'proxysg-chrome-cup2-request-hash', 'none', "Chrome's component updater (`update2/json?cup2key=<key id>:<nonce>&cup2hreq=<SHA-256>`): a key version and a hash of the request body, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { method: 'POST', host: 'update.googleapis.com', path: '/service/update2/json', query: `cup2key=14:${digits(rng, 10)}&cup2hreq=${h}`, ctype: 'application/json', cat: 'Technology/Internet', ua: BROWSERS[0] } };
    }),
    33,
    plant('embed-jwt', 'proxysg-embed-sheet-jwt-expired', 'note', 'An embed JWT in `/embed/sheet/<JWT>` (`cs-uri-path`) from a bookmarked report, a day after it expired', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 86400 + 4000, claims: { resource: { sheet: rng.int(10, 99) }, params: { site: 'osl' } } });
      return { value: token.token, jwt: token.facts, event: { who: STAFF[3], host: 'bi.havbruk-z.example', path: `/embed/sheet/${token.token}`, status: 401, cat: 'Business/Economy', ua: BROWSERS[3] } };
    }),
    33,
    plant('api-key-name', 'proxysg-tiingo-token-query', 'error', WHY.apiKey('token') + ' A market-data API (Tiingo) called from a spreadsheet add-in: the key is the `token` query parameter.', ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { who: STAFF[4], host: 'api.tiingo.com', path: `/tiingo/daily/${rng.pick(['mowi', 'salm', 'lsg'])}/prices`, query: `startDate=2026-11-01&token=${key}`, ctype: 'application/json', cat: 'Financial Services', ua: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Excel 16.0.19127; Pro)' } };
    }),
    33,
    plant('negative', 'proxysg-mailchimp-mc_cid-mc_eid', 'none', "Mailchimp's campaign and member ids (`mc_cid`, `mc_eid`, 10 hex each) on a newsletter link: tracking ids, no credential.", ({ rng }) => {
      const eid = rng.hex(10);
      return { value: `mc_eid=${eid}`, event: { host: 'www.fiskeribladet.example', path: `/nyheter/${rng.int(10000, 99999)}`, query: `utm_source=newsletter&utm_medium=email&mc_cid=${rng.hex(10)}&mc_eid=${eid}`, cat: 'News', ua: BROWSERS[1] } };
    }),
    33,
    plant('encoded', 'proxysg-proofpoint-urldefense-v2-u-param', 'error', "A password reset link wrapped by Proofpoint URL Defense v2 (`/v2/url?u=https-3A__…-3Ftoken-3D<token>&…&s=…`): `-3A`, `_`, `-3F` and `-3D` stand for `:`, `/`, `?` and `=`, the token is in clear between them", ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { who: STAFF[5], host: 'urldefense.proofpoint.com', path: '/v2/url', query: `u=https-3A__portal.tripletex-2Dx.example_reset-2Dpassword-3Ftoken-3D${token}&d=DwMFAg&c=${rng.b64url(43)}&r=${rng.b64url(43)}&m=${rng.b64url(64)}&s=${rng.b64url(43)}&e=`, status: 302, cat: 'Email', ua: BROWSERS[0] } };
    }),
    33,
    plant('implicit-fragment', 'proxysg-adobe-analytics-g-param-fragment', 'error', "An Adobe Analytics image request (`/b/ss/<report suite>/1/JS-2.27.0/s<n>?…&g=<page URL>`) from a bank's implicit-flow landing page: the page URL in `g=` keeps `%23access_token%3D<JWT>`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 4, alg: 'RS256', kid: rng.hex(20), claims: { iss: 'https://auth.bank-y.example', sub: rng.uuid(), aud: 'netbank-web', scope: 'accounts.read' } });
      const page = `https://netbank.bank-y.example/callback#access_token=${token.token}&token_type=Bearer&expires_in=600`;
      // Adobe's `t`: the browser's local time (UTC+1 here), `d/m/yyyy h:m:s weekday offset`, the month counted from 0.
      const adobeTime = (ms) => {
        const d = new Date(ms + 3600000);
        return `${d.getUTCDate()}/${d.getUTCMonth()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${d.getUTCMinutes()}:${d.getUTCSeconds()} ${d.getUTCDay()} -60`;
      };
      return { value: token.token, jwt: token.facts, event: { who: STAFF[1], host: 'smetrics.bank-y.example', path: `/b/ss/banky-prod/1/JS-2.27.0/s${digits(rng, 14)}`, query: `AQB=1&ndh=1&pf=1&t=${encodeURIComponent(adobeTime(t))}&fid=${rng.hex(16).toUpperCase()}-${rng.hex(16).toUpperCase()}&ce=UTF-8&pageName=netbank%3Acallback&g=${encodeURIComponent(page)}&c.&a.&activitymap.&.a&.c&AQE=1`, ctype: 'image/gif', cat: 'Web Ads/Analytics', ua: BROWSERS[0] } };
    }),
    30,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'sg-osl-01' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// 1712544_2207.log: an Imperva Cloud WAF (Incapsula) SIEM log file in CEF, as the log integration delivers it (file name
// `<API id>_<sequence>`; a header of `key:value` lines, then `|==|`, then one event per line). Access events
// (`|Normal|0|`) and a security event; CEF escapes `=` in values as `\=` (`qstr=code\=…&state\=…`); `start` is the epoch
// time in ms; `additionalReqHeaders` holds the request headers the account logs, as JSON.
// https://docs.imperva.com/bundle/cloud-application-security/page/more/log-file-structure.htm,
// https://docs.imperva.com/bundle/cloud-application-security/page/more/example-logs.htm

function impervaLog(rng) {
  const SITE = 'www.havbruk-z.example';
  const header = ['accountId:1712544', 'configId:88331', `checksum:${rng.hex(32)}`, 'format:CEF', `startTime:${DAY0 + 3 * HOUR}`, `endTime:${DAY0 + 4 * HOUR}`, '|==|'];
  const cef = (v) => String(v).replace(/\\/g, '\\\\').replace(/=/g, '\\=');
  const render = (e, rng) => {
    const name = e.attack ?? 'Normal';
    const pairs = [
      ['fileId', digits(rng, 19)],
      ['sourceServiceName', SITE],
      ['siteid', '90417723'],
      ['suid', '1712544'],
      ['requestClientApplication', e.ua],
      ['deviceFacility', 'osl'],
      ['cs2', 'true'],
      ['cs2Label', 'Javascript Support'],
      ['cs3', 'true'],
      ['cs3Label', 'CO Support'],
      ['src', e.ip],
      ['caIP', e.ip],
      ['ccode', 'NO'],
      ['tag', 'havbruk-prod'],
      ['cicode', e.city ?? 'Oslo'],
      ['cs4', e.vid ?? rng.uuid()],
      ['cs4Label', 'VID'],
      ['cs5', rng.hex(64)],
      ['cs5Label', 'clappsig'],
      ['dproc', e.ua.startsWith('Mozilla') ? 'Browser' : 'Unclassified'],
      ['cs6', e.ua.includes('Firefox') ? 'Firefox' : e.ua.startsWith('Mozilla') ? 'Chrome' : ''],
      ['cs6Label', 'clapp'],
      ['cs7', '59.9127'],
      ['cs7Label', 'latitude'],
      ['cs8', '10.7461'],
      ['cs8Label', 'longitude'],
      ['Customer', 'Havbruk AS'],
      ['ver', 'TLSv1.3 TLS_AES_128_GCM_SHA256'],
      ['start', e.t],
      ['request', `${SITE}${e.path}`],
      ...(e.referer !== '-' ? [['ref', e.referer]] : []),
      ['requestMethod', e.method],
      ...(e.query ? [['qstr', e.query]] : []),
      ['cn1', e.status],
      ['app', 'HTTPS'],
      ['act', e.act ?? 'REQ_PASSED'],
      ['deviceExternalId', digits(rng, 17)],
      ['cpt', e.port],
      ['in', e.bytes],
      ['xff', e.ip],
      ...(e.rule ? [['cs9', e.rule], ['cs9Label', 'Rule name'], ['cs10', e.ruleInfo], ['cs10Label', 'Rule Info'], ['cs11', ''], ['cs11Label', 'Rule Additional Info']] : []),
      ...(e.postbody ? [['postbody', e.postbody]] : []),
      ...(e.headers ? [['additionalReqHeaders', JSON.stringify(e.headers)]] : []),
    ];
    return [`CEF:0|Incapsula|SIEMintegration|1|1|${name}|${e.attack ? 3 : 0}| ${pairs.map(([k, v]) => `${k}=${cef(v)}`).join(' ')}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/', ua: rng.pick(BROWSERS) }),
      () => ({ path: `/produkter/${rng.pick(['laks', 'orret', 'torsk'])}`, referer: `https://${SITE}/`, ua: rng.pick(BROWSERS) }),
      () => ({ path: `/wp-content/uploads/2026/11/${rng.pick(['anlegg', 'merd', 'baat'])}-${rng.int(1, 40)}.jpg`, referer: `https://${SITE}/om-oss`, ua: rng.pick(BROWSERS) }),
      () => ({ path: '/api/priser', query: `uke=${rng.int(40, 50)}&art=laks`, ua: TOOLS[1] }),
      () => ({ path: '/sok', query: `q=${rng.pick(['sertifisering', 'ledige+stillinger', 'baerekraft'])}`, ua: rng.pick(BROWSERS) }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'imperva-qstr-cef-escaped-code', 'warning', `${WHY.code} ID-porten's code on the site's callback, in \`qstr\` with CEF's escaping (\`code\\=…&state\\=…\`).`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/auth/idporten/callback', query: `code=${code}&state=${rng.b64url(22)}`, status: 302, referer: 'https://login.idporten.no/', ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'imperva-incapsula-resource-challenge', 'none', "Imperva's own JavaScript challenge resource (`/_Incapsula_Resource?SWJIYLWA=<32 hex>&ns=2&cb=<n>`): a bot-detection script id, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { path: '/_Incapsula_Resource', query: `SWJIYLWA=${id}&ns=2&cb=${rng.int(100000000, 999999999)}`, referer: `https://${SITE}/`, ua: BROWSERS[4] } };
    }),
    4,
    plant('embed-jwt', 'imperva-embed-workbook-jwt-no-exp', 'error', 'An embed JWT without `exp` in `/embed/workbook/<JWT>`, in the `request` field (site and path)', ({ rng, t }) => {
      const token = jwt(rng, t, { age: 12 * 86400, claims: { resource: { workbook: rng.int(100, 999) }, params: { anlegg: 'alle' } } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/workbook/${token.token}`, referer: 'https://intranett.havbruk-z.example/', ua: BROWSERS[0] } };
    }),
    4,
    plant('replay', 'voucher_ticket-opaque', 'note', WHY.ticketFirst('An opaque `voucher_ticket` in a gift-card redemption link (redeemed once)'), ({ rng, t }) => {
      firstUse.voucher = t;
      const ticket = rng.alnum(32);
      return { value: ticket, event: { path: '/gavekort/innlos', query: `voucher_ticket=${ticket}`, ip: '198.51.100.38', status: 302, ua: BROWSERS[2] } };
    }, { ref: 'voucher' }),
    2,
    plant('replay', 'voucher_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('voucher').value, why: WHY.replay('voucher_ticket', gap('voucher', t)) }], event: { path: '/gavekort/innlos', query: `voucher_ticket=${refs.get('voucher').value}`, ip: '203.0.113.201', city: 'Bergen', status: 302, ua: BROWSERS[3] } }), { replayOf: 'voucher', after: 60 }),
    4,
    plant('refresh-token', 'imperva-security-event-postbody-refresh_token', 'error', `${WHY.refresh} A security event (an SQL injection rule in alert-only mode) logs the request body in \`postbody\`: a refresh grant, CEF-escaped.`, ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { method: 'POST', path: '/api/oauth/token', postbody: `grant_type=refresh_token&refresh_token=${token}&client_id=havbruk-app`, attack: 'SQL Injection', rule: 'SQL Injection', ruleInfo: 'Alert only', ua: 'HavbrukApp/4.1 (iPhone; iOS 26.1)' } };
    }),
    4,
    plant('negative', 'imperva-google-srsltid-click-id', 'none', "Google's `srsltid` (a Merchant Center click id) on a product page: a tracking id, no credential.", ({ rng }) => {
      const id = `AfmBOo${rng.b64url(60)}`;
      return { value: id, event: { path: `/produkter/${rng.pick(['laks', 'torsk'])}/fileter`, query: `srsltid=${id}`, referer: 'https://www.google.com/', ua: BROWSERS[1] } };
    }),
    4,
    plant('header-dump', 'imperva-additionalreqheaders-stripe-restricted-key', 'error', "A Stripe restricted key (`Bearer rk_live_…`) the ERP's sync job sends to the site's payment endpoint, in `additionalReqHeaders` (the JSON of request headers the account chose to log, Authorization among them)", ({ rng }) => {
      const key = `rk_live_${rng.alnum(99)}`;
      return { value: key, event: { method: 'POST', path: '/api/betaling/synk', headers: [{ authorization: `Bearer ${key}` }, { 'x-request-source': 'erp-sync' }], ua: 'erp-sync/2.3 (+https://intranett.havbruk-z.example)' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: SITE }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// cas.log: Apereo CAS 6.6 with its default log4j2 layout (`%d %p [%c] - <%m>%n`: the message between `<` and `>`), the
// Inspektr audit trail through Slf4jLoggingAuditTrailManager (a record of `WHO:`, `WHAT:`, `ACTION:`, `APPLICATION:`,
// `WHEN:`, `CLIENT IP ADDRESS:`, `SERVER IP ADDRESS:` lines between `=` rules, no time on them), ticket-granting tickets
// masked by CAS's ticket id sanitizer, pac4j at DEBUG for delegated GitHub sign-in, password management.
// https://apereo.github.io/cas/6.6.x/audits/Audits.html, https://apereo.github.io/cas/6.6.x/logging/Logging.html,
// https://apereo.github.io/cas/6.6.x/password_management/Password-Management.html

function casLog(rng) {
  const SSO = 'https://sso.havbruk-z.example/cas';
  const USERS = ['kvale', 'hsolberg', 'a.nygaard', 'm.berg', 't.lie'];
  let tgt = 40;
  const mask = (rng) => `TGT-${(tgt += rng.int(1, 4))}-${'*'.repeat(50)}${rng.alnum(4)}-cas01`;
  const render = (e) => {
    const head = (level, logger, msg) => `${commaTime(e.t)} ${level} [${logger}] - <${msg}`;
    if (!e.audit) return [`${head(e.level ?? 'INFO', e.logger, e.msg)}>`];
    const rule = '=============================================================';
    return [
      head('INFO', 'org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager', 'Audit trail record BEGIN'),
      rule,
      `WHO: ${e.who}`,
      `WHAT: ${e.what}`,
      `ACTION: ${e.audit}`,
      'APPLICATION: CAS',
      `WHEN: ${javaDate(e.t)}`,
      `CLIENT IP ADDRESS: ${e.ip}`,
      'SERVER IP ADDRESS: 10.0.3.11',
      rule,
      '',
      '>',
    ];
  };
  const cred = (user) => `[UsernamePasswordCredential(username=${user}, source=null, customFields={})]`;
  const filler = (rng) =>
    rng.pick([
      () => {
        const user = rng.pick(USERS);
        return { audit: 'AUTHENTICATION_SUCCESS', who: user, what: cred(user) };
      },
      () => ({ audit: 'TICKET_GRANTING_TICKET_CREATED', who: rng.pick(USERS), what: mask(rng) }),
      () => ({ audit: 'SERVICE_ACCESS_ENFORCEMENT_OUTCOME_TRIGGERED', who: rng.pick(USERS), what: `{result=Service Access Granted, service=https://${rng.pick(['wiki', 'intranett', 'timer'])}.havbruk-z.example/login/cas, principal=${rng.pick(USERS)}, requiredAttributes={}}` }),
      () => ({ audit: 'TICKET_GRANTING_TICKET_DESTROYED', who: rng.pick(USERS), what: mask(rng) }),
      () => ({ level: 'WARN', logger: 'org.apereo.cas.authentication.PolicyBasedAuthenticationManager', msg: `Authentication has failed. Credentials may be incorrect or CAS cannot find authentication handler that supports [UsernamePasswordCredential(username=${rng.pick(USERS)}, source=null, customFields={})] of type [UsernamePasswordCredential]. Examine the configuration to ensure a method of authentication is defined and analyze CAS logs at DEBUG level to trace the authentication event.` }),
      () => ({ logger: 'org.apereo.cas.services.AbstractServicesManager', msg: `Loaded [${rng.int(12, 16)}] service(s) from [JsonServiceRegistry].` }),
    ])();
  const steps = [
    { raw: { logger: 'org.apereo.cas.CasWebApplication', msg: 'Started CasWebApplication in 21.512 seconds (JVM running for 23.104)' }, after: 0 },
    3,
    plant('oauth-code', 'cas-pac4j-debug-github-code', 'warning', "An OAuth authorization code (RFC 6749 §4.1.2) of a delegated sign-in through GitHub: pac4j's OAuth20CredentialsExtractor at DEBUG writes the code it took from the callback (`code: <20 hex>`), before CAS exchanges it. Single-use and short-lived, but exchangeable by whoever reads it first; issue #14 grades it a warning.", ({ rng }) => {
      const code = rng.hex(20);
      return { value: code, event: { level: 'DEBUG', logger: 'org.pac4j.oauth.credentials.extractor.OAuth20CredentialsExtractor', msg: `code: ${code}` } };
    }),
    plant('framework-dump', 'cas-pac4j-debug-oauth2accesstoken-gho', 'error', "pac4j's OAuth20ProfileCreator at DEBUG writes the access token it fetched (scribejava's `OAuth2AccessToken{access_token=gho_…}`): a GitHub OAuth token with a valid checksum, until the user revokes it", ({ rng }) => {
      const token = githubToken('gho_', rng.alnum(30));
      return { value: token, event: { level: 'DEBUG', logger: 'org.pac4j.oauth.profile.creator.OAuth20ProfileCreator', msg: `accessToken: OAuth2AccessToken{access_token=${token}, token_type=bearer, expires_in=null, refresh_token=null, scope=read:user,user:email} / uri: https://api.github.com/user / verb: GET` } };
    }, { after: 1 }),
    3,
    plant('negative', 'cas-audit-tgt-masked', 'none', "A ticket-granting ticket in an audit record's `WHAT:` line as CAS writes it: the middle masked with `*` by its ticket id sanitizer, no value.", ({ rng }) => {
      const what = mask(rng);
      return { value: what, event: { audit: 'TICKET_GRANTING_TICKET_CREATED', who: 'kvale', what } };
    }),
    3,
    plant('path-secret', 'cas-password-reset-url-pswdrst-jwe', 'error', WHY.pathSecret("CAS password management's reset link (`/cas/login?pswdrst=<token>`, a signed and encrypted JWT: five segments, no readable claims), which CAS logs when it sends the e-mail"), ({ rng }) => {
      const jwe = `${b64urlOf(JSON.stringify({ zip: 'DEF', alg: 'dir', enc: 'A128CBC-HS256', cty: 'JWT', typ: 'JWT' }))}..${rng.b64url(22)}.${rng.b64url(512)}.${rng.b64url(22)}`;
      return { value: jwe, event: { logger: 'org.apereo.cas.pm.web.flow.actions.SendPasswordResetInstructionsAction', msg: `Generated password reset URL [${SSO}/login?pswdrst=${jwe}]; Link is only active for the next [15] minute(s)` } };
    }),
    3,
    plant('encoded', 'cas-audit-service-url-percent-encoded-token', 'error', "An audit record's `WHAT:` line (no time on it) with the service URL an application registered: its `next=` parameter holds a report export link percent-encoded (`%3Ftoken%3D…`)", ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { audit: 'SERVICE_ACCESS_ENFORCEMENT_OUTCOME_TRIGGERED', who: 'm.berg', what: `{result=Service Access Granted, service=https://rapport.havbruk-z.example/login/cas?next=${encodeURIComponent(`/export/lakselus.xlsx?token=${token}`)}, principal=m.berg, requiredAttributes={}}` } };
    }),
    3,
    plant('negative', 'cas-audit-credential-without-password', 'none', "An `AUTHENTICATION_SUCCESS` record's `WHAT:` line: CAS writes the credential object with the username only (`UsernamePasswordCredential(username=…, source=null, customFields={})`), never the password.", () => ({ value: 'username=t.haugland,', event: { audit: 'AUTHENTICATION_SUCCESS', who: 't.haugland', what: cred('t.haugland') } })),
    3,
    plant('api-key-name', 'cas-rest-attribute-repository-url-api_key', 'error', WHY.apiKey('api_key') + ' CAS\'s REST attribute repository calls an HR API with its key in the URL, which the warning writes when the call fails.', ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { level: 'WARN', logger: 'org.apereo.cas.persondir.support.RestfulPersonAttributeDao', msg: `Unable to fetch person attributes from [https://hr-api.havbruk-z.example/v1/people?username=a.nygaard&api_key=${key}]: 503 Service Unavailable` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'sso.havbruk-z.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sentry-events.ndjson: error events of two projects (a React SPA with @sentry/react 10, a Django API with sentry-python
// 2) exported through Sentry's API (`GET /api/0/projects/{org}/{project}/events/?full=true`), one event per line: the
// `entries` array (`exception` with frames and their `vars`, `breadcrumbs`, `request` with `query`, `fragment` and
// `headers` as pairs, `debugmeta`), `tags`, `contexts`, `dateCreated`. The project's server-side data scrubber is off;
// sentry-python (without `send_default_pii`) replaces the values of `Authorization` and `Cookie` with `[Filtered]`.
// https://docs.sentry.io/api/events/retrieve-an-event-for-a-project/, https://develop.sentry.dev/sdk/data-model/event-payloads/request/,
// https://develop.sentry.dev/sdk/data-model/event-payloads/breadcrumbs/, https://docs.sentry.io/platforms/python/data-management/sensitive-data/

function sentryLog(rng) {
  const APP = 'https://app.ledgerly.example';
  const API = 'https://api.ledgerly.example';
  const BUNDLE = `app:///assets/index-${rng.b64url(8)}.js`;
  const render = (e, rng) => {
    const eventId = rng.hex(32);
    const js = e.platform === 'javascript';
    const frames = e.frames ?? (js
      ? [{ filename: BUNDLE, absPath: BUNDLE, function: e.fn ?? 'onClick', module: null, lineNo: 1, colNo: rng.int(1000, 90000), inApp: true, context: [], vars: null }]
      : [{ filename: e.file ?? 'ledgerly/invoices/views.py', absPath: `/app/${e.file ?? 'ledgerly/invoices/views.py'}`, function: e.fn ?? 'get', module: (e.file ?? 'ledgerly/invoices/views.py').replace(/\.py$/, '').replace(/\//g, '.'), lineNo: rng.int(20, 400), colNo: null, inApp: true, context: [], vars: e.vars ?? { self: `<ledgerly.invoices.views.InvoiceView object at 0x7f${rng.hex(10)}>` } }]);
    const entries = [
      { type: 'exception', data: { values: [{ type: e.exType, value: e.exValue, module: js ? null : e.exModule ?? null, stacktrace: { frames, framesOmitted: null, registers: null, hasSystemFrames: true }, mechanism: { type: js ? 'onunhandledrejection' : 'django', handled: false }, threadId: null, rawStacktrace: null }], excOmitted: null, hasSystemFrames: true } },
      ...(e.breadcrumbs ? [{ type: 'breadcrumbs', data: { values: e.breadcrumbs } }] : []),
      { type: 'request', data: { apiTarget: null, method: js ? null : e.method, url: e.url, query: e.queryPairs ?? [], fragment: e.fragment ?? null, data: null, headers: e.headers ?? [['User-Agent', BROWSERS[0]]], cookies: [], env: js ? null : { SERVER_NAME: 'api-7c9d4b6f8-x2kqp', SERVER_PORT: '8000' }, inferredContentType: null } },
      ...(js ? [{ type: 'debugmeta', data: { images: [{ type: 'sourcemap', code_file: BUNDLE, debug_id: e.debugId ?? rng.uuid() }] } }] : []),
    ];
    const path = new URL(e.url).pathname;
    const event = {
      id: eventId,
      groupID: String(rng.int(4100, 4999)),
      eventID: eventId,
      projectID: js ? '4' : '5',
      size: rng.int(3000, 14000),
      entries,
      dist: null,
      message: '',
      title: `${e.exType}: ${e.exValue}`.slice(0, 200),
      location: js ? BUNDLE : frames[0].filename,
      user: { id: String(rng.int(100, 999)), email: null, username: null, ip_address: e.ip, name: null, geo: { country_code: 'NO', city: 'Oslo', region: 'Norway' }, data: null },
      contexts: js
        ? { browser: { name: 'Chrome', version: '143.0.0', type: 'browser' }, os: { name: 'Windows', version: '>=10', type: 'os' }, trace: { trace_id: rng.hex(32), span_id: rng.hex(16), op: 'pageload', status: 'unknown', type: 'trace' } }
        : { runtime: { name: 'CPython', version: '3.13.1', type: 'runtime' }, trace: { trace_id: rng.hex(32), span_id: rng.hex(16), op: 'http.server', status: 'unknown', type: 'trace' } },
      sdk: js ? { name: 'sentry.javascript.react', version: '10.28.0' } : { name: 'sentry.python.django', version: '2.46.0' },
      context: {},
      packages: {},
      type: 'error',
      metadata: { type: e.exType, value: e.exValue, ...(js ? { filename: BUNDLE } : { filename: frames[0].filename, function: frames[0].function }), in_app_frame_mix: 'in-app-only' },
      tags: [
        ...(js ? [{ key: 'browser', value: 'Chrome 143.0.0' }] : []),
        { key: 'environment', value: 'production' },
        { key: 'handled', value: 'no' },
        { key: 'level', value: 'error' },
        { key: 'release', value: js ? 'ledgerly-web@4.12.0' : 'ledgerly-api@2026.12.2' },
        ...(js ? [] : [{ key: 'server_name', value: 'api-7c9d4b6f8-x2kqp' }]),
        { key: 'transaction', value: js ? path : e.transaction ?? path },
        { key: 'url', value: e.url },
      ],
      platform: e.platform,
      dateReceived: iso(e.t + rng.int(80, 900)),
      errors: [],
      crashFile: null,
      culprit: js ? `${e.fn ?? 'onClick'}(${BUNDLE})` : `${frames[0].module} in ${frames[0].function}`,
      dateCreated: iso(e.t),
      fingerprints: [rng.hex(32)],
      groupingConfig: { enhancements: 'KLUv_SAYwQAAkwKRs25ld3N0eWxlOjIwMjMtMDEtMTGQ', id: 'newstyle:2023-01-11' },
    };
    return [JSON.stringify(event)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ platform: 'javascript', url: `${APP}/invoices/${rng.int(2000, 9000)}`, exType: 'TypeError', exValue: "Cannot read properties of undefined (reading 'lines')", fn: 'InvoiceTable' }),
      () => ({ platform: 'javascript', url: `${APP}/reports`, exType: 'ChunkLoadError', exValue: `Loading chunk ${rng.int(100, 999)} failed.`, fn: 'loadReport' }),
      () => ({ platform: 'python', method: 'GET', url: `${API}/v1/customers/${rng.int(1000, 9999)}`, exType: 'DoesNotExist', exModule: 'ledgerly.customers.models', exValue: 'Customer matching query does not exist.', file: 'ledgerly/customers/views.py', fn: 'retrieve', headers: [['Accept', 'application/json'], ['Host', 'api.ledgerly.example'], ['User-Agent', TOOLS[2]]] }),
      () => ({ platform: 'python', method: 'POST', url: `${API}/v1/invoices/${rng.int(2000, 9000)}/send`, exType: 'OperationalError', exModule: 'django.db.utils', exValue: 'canceling statement due to statement timeout', file: 'ledgerly/invoices/tasks.py', fn: 'send_invoice', headers: [['Content-Type', 'application/json'], ['Host', 'api.ledgerly.example'], ['User-Agent', BROWSERS[0]]] }),
    ])();
  const steps = [
    3,
    plant('implicit-fragment', 'sentry-request-fragment-access_token', 'error', "A browser event's `request` entry: Sentry splits `location.href` into `url`, `query` and `fragment`, and the fragment of an implicit-flow callback (`access_token=<JWT>&token_type=Bearer…`) is kept whole", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 3, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://id.ledgerly.example/', sub: `auth0|${rng.hex(24)}`, aud: ['https://api.ledgerly.example', 'https://id.ledgerly.example/userinfo'], azp: rng.alnum(32), scope: 'openid profile invoices:write' } });
      return { value: token.token, jwt: token.facts, event: { platform: 'javascript', url: `${APP}/auth/callback`, fragment: `access_token=${token.token}&token_type=Bearer&expires_in=3600&state=${rng.b64url(22)}`, exType: 'Error', exValue: 'Invalid state', fn: 'handleRedirectCallback' } };
    }),
    3,
    plant('negative', 'sentry-python-authorization-filtered', 'none', "sentry-python's default header scrubbing: `Authorization` and `Cookie` sent as `[Filtered]`, no value.", ({ rng }) => ({
      value: '["Authorization","[Filtered]"]',
      event: { platform: 'python', method: 'GET', url: `${API}/v1/reports/aging`, exType: 'KeyError', exValue: "'currency'", file: 'ledgerly/reports/aging.py', fn: 'bucketize', headers: [['Accept', 'application/json'], ['Authorization', '[Filtered]'], ['Cookie', '[Filtered]'], ['Host', 'api.ledgerly.example'], ['User-Agent', TOOLS[rng.int(0, 2)]]] },
    })),
    3,
    plant('id-token', 'sentry-fetch-breadcrumb-id_token_hint-expired', 'note', "A `fetch` breadcrumb's `data.url` (the SPA's sign-out call to the end-session endpoint) with an `id_token_hint` that had expired four hours before the event", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 5 * 3600, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://id.ledgerly.example/', sub: `auth0|${rng.hex(24)}`, aud: rng.alnum(32), sid: rng.b64url(32), nonce: rng.b64url(22) } });
      const crumbs = [
        { timestamp: iso(t - 5200), type: 'navigation', category: 'navigation', level: 'info', message: null, event_id: null, data: { from: '/invoices', to: '/settings' } },
        { timestamp: iso(t - 900), type: 'http', category: 'fetch', level: 'error', message: null, event_id: null, data: { method: 'GET', status_code: 0, url: `https://id.ledgerly.example/oidc/logout?id_token_hint=${token.token}&post_logout_redirect_uri=${encodeURIComponent(APP)}` } },
      ];
      return { value: token.token, jwt: token.facts, event: { platform: 'javascript', url: `${APP}/settings`, breadcrumbs: crumbs, exType: 'TypeError', exValue: 'Failed to fetch', fn: 'signOut' } };
    }),
    3,
    plant('header-dump', 'sentry-python-x-access-token-header', 'error', "A custom `X-Access-Token` header in a Django event's `request.headers`: the SDK filters `Authorization` and `Cookie` by name, not this one. The value is a JWT", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 86400, age: 7000, claims: { sub: String(rng.int(100, 999)), org: 'kveldsol', scope: 'invoices:read invoices:write' } });
      return { value: token.token, jwt: token.facts, event: { platform: 'python', method: 'GET', url: `${API}/v1/invoices/export`, queryPairs: [['format', 'xlsx']], exType: 'PermissionDenied', exModule: 'django.core.exceptions', exValue: 'Export requires the billing role', file: 'ledgerly/invoices/export.py', fn: 'export', headers: [['Accept', '*/*'], ['Host', 'api.ledgerly.example'], ['User-Agent', TOOLS[0]], ['X-Access-Token', token.token]] } };
    }),
    3,
    plant('framework-dump', 'sentry-frame-vars-aws-secret-access-key', 'error', "A stack frame's local variables (`vars`, sentry-python's default `include_local_variables`): a dict of AWS credentials whose keys are not in the SDK's deny list, so `aws_secret_access_key` is kept", ({ rng }) => {
      const secret = rng.chars(ALNUM + '+/', 40);
      const vars = { self: `<ledgerly.billing.archive.S3Archiver object at 0x7f${rng.hex(10)}>`, creds: { aws_access_key_id: `'AKIA${upperNum(rng, 16)}'`, aws_secret_access_key: `'${secret}'`, region_name: "'eu-north-1'" }, key: "'exports/2026-12/invoices.csv'" };
      return { value: secret, event: { platform: 'python', method: 'POST', url: `${API}/v1/archive/run`, exType: 'ClientError', exModule: 'botocore.exceptions', exValue: 'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied', frames: [{ filename: 'ledgerly/billing/archive.py', absPath: '/app/ledgerly/billing/archive.py', function: 'upload', module: 'ledgerly.billing.archive', lineNo: 58, colNo: null, inApp: true, context: [], vars }], headers: [['Host', 'api.ledgerly.example'], ['User-Agent', 'celery-beat']] } };
    }),
    3,
    plant('negative', 'sentry-debugmeta-sourcemap-debug_id', 'none', 'A source map `debug_id` (a UUID) in the `debugmeta` entry: identifies the build, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { platform: 'javascript', url: `${APP}/customers`, exType: 'RangeError', exValue: 'Invalid time value', fn: 'formatDue', debugId: id } };
    }),
    3,
    plant('webhook', 'sentry-exception-zoho-cliq-zapikey', 'error', WHY.webhook("A Zoho Cliq channel webhook (`/api/v2/channelsbyname/<channel>/message?zapikey=1001.…`) in a `requests` HTTPError's message, repeated in the event's title and metadata"), ({ rng }) => {
      const key = `1001.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: key, event: { platform: 'python', method: 'POST', url: `${API}/v1/alerts/overdue`, exType: 'HTTPError', exModule: 'requests.exceptions', exValue: `400 Client Error: Bad Request for url: https://cliq.zoho.eu/api/v2/channelsbyname/drift/message?zapikey=${key}`, file: 'ledgerly/alerts/notify.py', fn: 'post_to_cliq', headers: [['Host', 'api.ledgerly.example'], ['User-Agent', 'celery-beat']] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'sentry.ledgerly.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// messages.log: Open Liberty 25.0.0.12 with JSON logging (`messageFormat="JSON"`, `messageSource="message,accessLog"`):
// `liberty_accesslog` events with the default fields (`ibm_uriPath`, `ibm_queryString` — which Liberty writes
// URL-decoded —, `ibm_remoteHost`, `ibm_responseCode`, `ibm_datetime`, …) and `liberty_message` events (runtime messages
// with their ids, an application's System.out as `SystemOut`).
// https://openliberty.io/docs/latest/json-log-events-list.html, https://openliberty.io/docs/latest/log-trace-configuration.html,
// https://openliberty.io/docs/latest/access-logging.html

function libertyLog(rng) {
  const common = { host: 'portal-6d8c9f7b5-qm2tz', ibm_userDir: '/opt/ol/wlp/usr/', ibm_serverName: 'defaultServer' };
  let seq = 0x2a1f;
  const stamp = (ms) => `${iso(ms).slice(0, 23)}+0000`;
  const render = (e, rng) => {
    const sequence = `${e.t}_${(seq += rng.int(1, 9)).toString(16).toUpperCase().padStart(13, '0')}`;
    if (e.msg) {
      const sysout = e.sysout;
      return [JSON.stringify({ type: 'liberty_message', ...common, message: e.msg, ibm_threadId: `0000${rng.hex(4)}`, ibm_datetime: stamp(e.t), ...(sysout ? {} : { ibm_messageId: e.msg.slice(0, e.msg.indexOf(':')) }), module: sysout ? 'SystemOut' : e.module, loglevel: sysout ? 'SystemOut' : (e.level ?? 'INFO'), ...(sysout ? {} : { ibm_methodName: e.method2 ?? 'logp', ibm_className: e.module }), ibm_sequence: sequence, ext_thread: `Default Executor-thread-${rng.int(1, 40)}` })];
    }
    let query = null;
    if (e.query) {
      try {
        query = decodeURIComponent(e.query);
      } catch {
        query = e.query;
      }
    }
    return [
      JSON.stringify({
        type: 'liberty_accesslog',
        ...common,
        ibm_uriPath: e.path,
        ibm_requestMethod: e.method,
        ...(query !== null ? { ibm_queryString: query } : {}),
        ibm_requestHost: '10.42.3.17',
        ibm_requestPort: '9443',
        ibm_remoteHost: e.ip,
        ibm_userAgent: e.ua,
        ibm_requestProtocol: 'HTTP/1.1',
        ibm_bytesReceived: e.bytes,
        ibm_responseCode: e.status,
        ibm_elapsedTime: e.ms * 1000 + rng.int(0, 999),
        ibm_datetime: stamp(e.t),
        ibm_sequence: sequence,
      }),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/portal/api/v1/policies/${rng.int(100000, 999999)}`, ua: TOOLS[2] }),
      () => ({ path: '/portal/', ua: rng.pick(BROWSERS) }),
      () => ({ path: `/portal/static/js/main.${rng.hex(8)}.js`, ua: rng.pick(BROWSERS) }),
      () => ({ path: '/health/ready', ua: 'kube-probe/1.34', bytes: 33 }),
      () => ({ path: '/portal/api/v1/claims', query: `status=${rng.pick(['open', 'closed'])}&page=${rng.int(1, 5)}`, ua: TOOLS[2] }),
      () => ({ msg: `SRVE0242I: [portal] [/portal] [com.havbruk.portal.api.RestApplication]: Initialization successful.`, module: 'com.ibm.ws.webcontainer.servlet' }),
      () => ({ sysout: true, msg: `[ClaimService] claim ${rng.int(10000, 99999)} moved to ${rng.pick(['REVIEW', 'APPROVED', 'PAID'])}` }),
    ])();
  const steps = [
    { raw: { msg: 'CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.218 seconds.', module: 'com.ibm.ws.kernel.feature.internal.FeatureManager' }, after: 0 },
    3,
    plant('embed-jwt', 'liberty-embed-scoreboard-jwt-120s-no-jti', 'warning', 'An embed JWT in `/embed/scoreboard/<JWT>` (`ibm_uriPath`) valid 120 s without a jti', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 8, claims: { resource: { scoreboard: rng.int(10, 99) }, params: {} } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/scoreboard/${token.token}`, ua: BROWSERS[0] } };
    }),
    3,
    plant('negative', 'liberty-cwwks1100a-no-password', 'none', 'CWWKS1100A (a failed sign-in) names the user and the word password, not its value.', () => ({ value: 'user ID m.lunde.', event: { msg: 'CWWKS1100A: Authentication did not succeed for user ID m.lunde. An invalid user ID or password was specified.', module: 'com.ibm.ws.security.authentication.internal.jaas.JAASServiceImpl', level: 'AUDIT', method2: 'performJAASLogin' } })),
    3,
    plant('encoded', 'liberty-json-decodes-nested-url-api_token', 'error', "A `returnTo` parameter holding a partner viewer URL percent-encoded (`%3Fdoc%3D…%26api_token%3D…`): Liberty's JSON access log writes `ibm_queryString` URL-decoded, so the nested URL and its `api_token` appear as plain text", ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { path: '/portal/login', query: `returnTo=${encodeURIComponent(`https://docs.partner-q.example/viewer?doc=${rng.int(100, 999)}&api_token=${token}`)}`, status: 302, ua: BROWSERS[1] } };
    }),
    3,
    plant('session-id', 'liberty-websphere-jsessionid-path', 'error', WHY.session('A WebSphere session id in the path (`;jsessionid=0000<23 characters>:<clone id>`, URL rewriting for a client without cookies) in `ibm_uriPath`'), ({ rng }) => {
      const sid = `0000${rng.chars(ALNUM + '_-', 23)}:${rng.lowerNum(9)}`;
      return { value: sid, event: { path: `/portal/cart;jsessionid=${sid}`, ua: 'Mozilla/5.0 (Linux; Android 10; SM-T500) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Safari/537.36' } };
    }),
    3,
    plant('negative', 'liberty-hapi-getpages-paging-id', 'none', "A FHIR server's paging link (`_getpages=<uuid>&_getpagesoffset=20`): the id of a stored search result, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { path: '/fhir/R4', query: `_getpages=${id}&_getpagesoffset=20&_count=20&_pretty=true&_bundletype=searchset`, ua: TOOLS[1] } };
    }),
    3,
    plant('refresh-token', 'liberty-systemout-token-response-tostring', 'error', `${WHY.refresh} An application's System.out of its token client's response object (\`TokenResponse{…, refreshToken=…}\`), a \`SystemOut\` message event.`, ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { sysout: true, msg: `[OidcTokenClient] TokenResponse{tokenType=Bearer, expiresIn=300, scope=openid profile claims, refreshToken=${token}}` } };
    }),
    3,
    plant('framework-dump', 'liberty-systemout-multivaluedmap-client_secret', 'error', "An application printing the form it posts to a token endpoint: JAX-RS's `MultivaluedHashMap.toString()` (`{grant_type=[client_credentials], client_id=[…], client_secret=[…]}`)", ({ rng }) => {
      const secret = rng.b64url(40);
      return { value: secret, event: { sysout: true, msg: `[ReinsuranceClient] POST https://api.reassure-x.example/oauth/token form={grant_type=[client_credentials], client_id=[havbruk-portal], client_secret=[${secret}]}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'portal.havbruk-z.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// Fakturaportal.log: an ASP.NET MVC 5 application on .NET Framework 4.8 (IIS) with log4net's RollingFileAppender and
// the PatternLayout `%date [%thread] %-5level %logger - %message%newline%exception`: local time (UTC on that server),
// exceptions and their stack traces on the lines after the message, without a time.
// https://logging.apache.org/log4net/release/config-examples.html, https://logging.apache.org/log4net/release/sdk/html/T_log4net_Layout_PatternLayout.htm

function log4netLog(rng) {
  const HOST = 'https://faktura.kveldsol.example';
  const render = (e, rng) => {
    const head = `${commaTime(e.t)} [${e.thread ?? rng.int(5, 60)}] ${(e.level ?? 'INFO').padEnd(5)} ${e.logger} - ${e.msg}`;
    return [head, ...(e.trace ?? [])];
  };
  const trace = (type, message, frames) => [`${type}: ${message}`, ...frames.map((f) => `   at ${f}`)];
  const filler = (rng) =>
    rng.pick([
      () => ({ logger: 'Fakturaportal.Controllers.InvoiceController', msg: `Invoice ${2026}-${rng.int(1000, 9999)} sent to customer ${rng.int(1000, 9999)}` }),
      () => ({ level: 'DEBUG', logger: 'Fakturaportal.Services.ErpClient', msg: `GET https://erp.kveldsol.example/api/customers/${rng.int(1000, 9999)} -> 200 (${rng.int(20, 400)} ms)` }),
      () => ({ level: 'WARN', logger: 'Fakturaportal.Services.PdfRenderer', msg: `Rendering took ${rng.int(3000, 9000)} ms for invoice ${rng.int(1000, 9999)}` }),
      () => ({
        level: 'ERROR',
        logger: 'Fakturaportal.MvcApplication',
        msg: `Unhandled exception for GET ${HOST}/Invoices/Details/${rng.int(1000, 9999)}`,
        trace: trace('System.Data.SqlClient.SqlException (0x80131904)', 'Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.', ['System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)', 'Fakturaportal.Data.InvoiceRepository.Get(Int32 id) in C:\\build\\Fakturaportal\\Data\\InvoiceRepository.cs:line 41', 'Fakturaportal.Controllers.InvoiceController.Details(Int32 id) in C:\\build\\Fakturaportal\\Controllers\\InvoiceController.cs:line 58']),
      }),
      () => ({ logger: 'Fakturaportal.Jobs.ReminderJob', msg: `Sent ${rng.int(0, 40)} payment reminders` }),
    ])();
  const steps = [
    { raw: { logger: 'Fakturaportal.MvcApplication', msg: 'Application_Start: Fakturaportal 7.4.2 (net48) started' }, after: 0 },
    3,
    plant('oauth-code', 'log4net-application_error-callback-code', 'warning', `${WHY.code} Fortnox's code (a UUID) beside \`state\` on the app's accounting-integration callback, in the URL an \`Application_Error\` entry logs.`, ({ rng }) => {
      const code = rng.uuid();
      return { value: code, event: { level: 'ERROR', logger: 'Fakturaportal.MvcApplication', msg: `Unhandled exception for GET ${HOST}/Integrations/Fortnox/Callback?code=${code}&state=${rng.b64url(24)}`, trace: trace('System.InvalidOperationException', 'The integration session has expired.', ['Fakturaportal.Integrations.FortnoxController.Callback(String code, String state) in C:\\build\\Fakturaportal\\Integrations\\FortnoxController.cs:line 77', 'lambda_method(Closure , ControllerBase , Object[] )']) } };
    }),
    3,
    plant('negative', 'log4net-viewstate-form', 'none', 'A WebForms page\'s `__VIEWSTATE` and `__EVENTVALIDATION` in a logged form post: page state protected by a MAC, no credential.', ({ rng }) => {
      const vs = `%2FwEPDwUKLTk${rng.alnum(120)}`;
      return { value: vs, event: { level: 'DEBUG', logger: 'Fakturaportal.Legacy.SearchPage', msg: `POST /Legacy/Search.aspx form: __VIEWSTATE=${vs}&__VIEWSTATEGENERATOR=CA0B0334&__EVENTVALIDATION=%2FwEdAAO${rng.alnum(60)}&q=faktura` } };
    }),
    3,
    plant('id-token', 'log4net-owin-endsession-id_token_hint', 'error', "An ID token as `id_token_hint` in the OWIN sign-out redirect to IdentityServer's `/connect/endsession`, which the application logs", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1200, alg: 'RS256', kid: rng.hex(40).toUpperCase(), claims: { iss: 'https://login.kveldsol.example', aud: 'fakturaportal', nonce: rng.b64url(32), sid: rng.hex(32).toUpperCase(), sub: String(rng.int(1000, 9999)), auth_time: sec(t) - 1300, idp: 'local', amr: ['pwd'] } });
      return { value: token.token, jwt: token.facts, event: { logger: 'Fakturaportal.Startup', msg: `OIDC sign-out redirect: https://login.kveldsol.example/connect/endsession?id_token_hint=${token.token}&post_logout_redirect_uri=${encodeURIComponent(`${HOST}/`)}` } };
    }),
    3,
    plant('webhook', 'log4net-twist-integration-install_token', 'error', WHY.webhook("A Twist incoming integration URL (`integration_incoming/post_data?install_id=…&install_token=…`) in a notifier's failure warning"), ({ rng }) => {
      const id = digits(rng, 6);
      const token = `${id}_${rng.hex(32)}`;
      return { value: token, event: { level: 'WARN', logger: 'Fakturaportal.Notifications.TwistNotifier', msg: `POST https://twist.com/api/v3/integration_incoming/post_data?install_id=${id}&install_token=${token} failed: 502 (Bad Gateway)` } };
    }),
    3,
    plant('header-dump', 'log4net-delegatinghandler-basic-azure-devops-pat', 'error', "A DelegatingHandler logging outgoing request headers: `Authorization: Basic <base64 of \":\" and an Azure DevOps personal access token>`", ({ rng }) => {
      const basic = b64Of(`:${rng.chars('abcdefghijklmnopqrstuvwxyz234567', 52)}`);
      return { value: basic, event: { level: 'DEBUG', logger: 'Fakturaportal.Infrastructure.LoggingHandler', msg: `GET https://dev.azure.com/kveldsol/Faktura/_apis/build/builds?api-version=7.1 headers: Authorization: Basic ${basic}; Accept: application/json; User-Agent: Fakturaportal/7.4.2` } };
    }),
    3,
    plant('negative', 'log4net-appinsights-request-id', 'none', "Application Insights' hierarchical `Request-Id` header (`|<trace id>.<span id>.`): a correlation id, no credential.", ({ rng }) => {
      const id = `|${rng.hex(32)}.${rng.hex(16)}.`;
      return { value: id, event: { level: 'DEBUG', logger: 'Fakturaportal.Infrastructure.LoggingHandler', msg: `POST https://erp.kveldsol.example/api/orders headers: Request-Id: ${id}; Accept: application/json; User-Agent: Fakturaportal/7.4.2` } };
    }),
    3,
    plant('encoded', 'log4net-forms-returnurl-percent-encoded-access_key', 'error', "FormsAuthentication's redirect of an anonymous request: `ReturnUrl` holds the report URL percent-encoded (`%3fformat%3dxlsx%26access_key%3d…`, .NET's lower-case escapes)", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { logger: 'Fakturaportal.Filters.AuthFilter', msg: `Redirecting anonymous request to /Account/Login?ReturnUrl=%2fReports%2fExport%3fformat%3dxlsx%26access_key%3d${key}` } };
    }),
    3,
    plant('session-id', 'log4net-error-cookies-aspxauth', 'error', WHY.session("A forms-authentication ticket (`.ASPXAUTH=<hex>`, beside `ASP.NET_SessionId`) in the cookies an error handler writes"), ({ rng }) => {
      const ticket = rng.hex(320).toUpperCase();
      return { value: ticket, event: { level: 'ERROR', logger: 'Fakturaportal.MvcApplication', msg: `Request failed for POST ${HOST}/Invoices/Credit/${rng.int(1000, 9999)}; Cookies: ASP.NET_SessionId=${rng.chars('abcdefghijklmnopqrstuvwxyz012345', 24)}; .ASPXAUTH=${ticket}`, trace: trace('System.Web.HttpException (0x80004005)', 'A potentially dangerous Request.Form value was detected from the client (comment="<b>kreditnota</b>").', ['System.Web.HttpRequest.ValidateString(String value, String collectionKey, RequestValidationSource requestCollection)', 'System.Web.HttpRequest.get_Form()']) } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'faktura.kveldsol.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// typo3_4f0c2b9e71.log: TYPO3 13.4's FileWriter (`var/log/typo3_<hash>.log`): `<date('r')> [LEVEL] request="<id>"
// component="<Vendor.Ext.Class>": <message> - <context as JSON>` (JSON_UNESCAPED_SLASHES), the server in Europe/Oslo
// (+0100); exception handlers put the request URL in the context (`request_url`).
// https://docs.typo3.org/m/typo3/reference-coreapi/13.4/en-us/ApiOverview/Logging/Writers/Index.html,
// https://github.com/TYPO3/typo3/blob/main/typo3/sysext/core/Classes/Log/Writer/FileWriter.php

function typo3Log(rng) {
  const SITE = 'https://www.havbruk-z.example';
  const render = (e, rng) => {
    const data = e.ctx ? ` - ${JSON.stringify(e.ctx)}` : ' ';
    return [`${rfc2822(e.t, 60)} [${e.level ?? 'ERROR'}] request="${rng.hex(13)}" component="${e.component}": ${e.msg}${data}`];
  };
  const pageNotFound = (url, rng) => ({
    component: 'TYPO3.CMS.Core.Error.ProductionExceptionHandler',
    msg: 'Core: Exception handler (WEB: FE): TYPO3\\CMS\\Core\\Error\\Http\\PageNotFoundException, code #1518472189, file /var/www/html/vendor/typo3/cms-frontend/Classes/Middleware/TypoScriptFrontendInitialization.php[line 117]: The requested page does not exist!',
    ctx: { mode: 'WEB', application_mode: 'FE', exception_class: 'TYPO3\\CMS\\Core\\Error\\Http\\PageNotFoundException', exception_code: 1518472189, file: '/var/www/html/vendor/typo3/cms-frontend/Classes/Middleware/TypoScriptFrontendInitialization.php', line: 117, message: 'The requested page does not exist!', request_url: url, id: rng.int(10, 900) },
  });
  const filler = (rng) =>
    rng.pick([
      () => ({ level: 'NOTICE', component: 'TYPO3.CMS.Scheduler.Scheduler', msg: `Task "${rng.pick(['Index Queue Worker', 'Table garbage collection', 'File abstraction layer: Update storage index'])}" (uid: ${rng.int(1, 9)}) was executed`, ctx: { taskUid: rng.int(1, 9) } }),
      () => pageNotFound(`${SITE}/${rng.pick(['wp-login.php', 'old/nyheter.html', 'karriere/stilling-2019'])}`, rng),
      () => ({ level: 'WARNING', component: 'TYPO3.CMS.Core.Resource.ResourceStorage', msg: `Could not fetch file information for "/user_upload/anlegg/${rng.int(1, 40)}.jpg"`, ctx: { storage: 1 } }),
      () => ({ level: 'WARNING', component: 'TYPO3.CMS.Frontend.ContentObject.Exception.ProductionExceptionHandler', msg: `Oops, an error occurred! Code: 2026121${rng.hex(14)}`, ctx: { exception: `TYPO3\\CMS\\Core\\Resource\\Exception\\FileDoesNotExistException: File /user_upload/brosjyre-${rng.int(2019, 2024)}.pdf does not exist. in /var/www/html/vendor/typo3/cms-core/Classes/Resource/Driver/LocalDriver.php:1003` } }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'typo3-pagenotfound-request_url-felogin-hash', 'error', WHY.pathSecret("A felogin password-recovery link (`tx_felogin_login[action]=showChangePassword…&tx_felogin_login[hash]=<hash>`) in the `request_url` of a page-not-found exception's context (the link points at a removed login page)"), ({ rng }) => {
      const hash = rng.hex(40);
      return { value: hash, event: pageNotFound(`${SITE}/min-side/logg-inn?tx_felogin_login%5Baction%5D=showChangePassword&tx_felogin_login%5Bcontroller%5D=PasswordRecovery&tx_felogin_login%5Bhash%5D=${hash}`, rng) };
    }),
    3,
    plant('negative', 'typo3-backend-login-password-not-accepted', 'none', "TYPO3's failed back-end sign-in message names the user and says the password was not accepted: no value.", ({ rng }) => {
      const ip = `203.0.113.${rng.int(2, 250)}`;
      return { value: "username 'redaktor-tmp'", event: { level: 'WARNING', component: 'TYPO3.CMS.Core.Authentication.BackendUserAuthentication', msg: `Login-attempt from ${ip}, username 'redaktor-tmp', password not accepted!`, ctx: { REMOTE_ADDR: ip, username: 'redaktor-tmp' } } };
    }),
    3,
    plant('webhook', 'typo3-guzzle-hookshot-webhook-url', 'error', WHY.webhook("A matrix-hookshot generic webhook (`https://hookshot…/webhook/<id>`) in a Guzzle error an alerting extension logs"), ({ rng }) => {
      const id = rng.b64url(40);
      return { value: id, event: { level: 'ERROR', component: 'Havbruk.Sitepackage.Service.AlertService', msg: `Posting to Matrix failed: Client error: \`POST https://hookshot.havbruk-z.example/webhook/${id}\` resulted in a \`404 Not Found\` response`, ctx: { channel: 'drift', attempt: 3 } } };
    }),
    3,
    plant('id-token', 'typo3-oidc-token-response-id_token', 'error', "An OpenID Connect extension logging the token response it got at DEBUG: the context holds the `id_token`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://login.havbruk-z.example/realms/ansatte', aud: 'typo3-backend', sub: rng.uuid(), typ: 'ID', azp: 'typo3-backend', session_state: rng.uuid(), preferred_username: 'kvale' } });
      return { value: token.token, jwt: token.facts, event: { level: 'DEBUG', component: 'Causal.Oidc.Service.OAuthService', msg: 'Received token response', ctx: { token_type: 'Bearer', expires_in: 300, scope: 'openid profile email', id_token: token.token } } };
    }),
    3,
    plant('api-key-name', 'typo3-guzzle-graphhopper-key', 'error', WHY.apiKey('key') + ' A routing extension calls GraphHopper with its key in the URL; the Guzzle error message writes the URL.', ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { level: 'ERROR', component: 'Havbruk.Logistikk.Service.RouteService', msg: `Server error: \`GET https://graphhopper.com/api/1/route?point=59.9139,10.7522&point=63.4305,10.3951&profile=truck&key=${key}\` resulted in a \`503 Service Unavailable\` response`, ctx: { vessel: rng.int(1, 12) } } };
    }),
    3,
    plant('negative', 'typo3-chash-in-request_url', 'none', "TYPO3's `cHash` (an HMAC of the other parameters, for caching) in a news link's `request_url`: no credential.", ({ rng }) => {
      const cHash = rng.hex(32);
      return { value: cHash, event: pageNotFound(`${SITE}/aktuelt/artikkel?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bnews%5D=${rng.int(100, 999)}&cHash=${cHash}`, rng) };
    }),
    3,
    plant('header-dump', 'typo3-algolia-admin-key-request-headers', 'error', "A search-indexing extension logging its batch request: `X-Algolia-API-Key` on a write (`/1/indexes/pages/batch`) is the admin key, unlike the search-only key a browser gets", ({ rng }) => {
      const app = upperNum(rng, 10);
      const key = rng.hex(32);
      return { value: key, event: { level: 'DEBUG', component: 'Havbruk.Search.Indexer.AlgoliaIndexer', msg: 'Algolia batch request', ctx: { method: 'POST', url: `https://${app}.algolia.net/1/indexes/pages/batch`, headers: { 'X-Algolia-Application-Id': app, 'X-Algolia-API-Key': key, 'Content-Type': 'application/json' }, records: rng.int(20, 200) } } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'www.havbruk-z.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pomerium-proxy.log: `kubectl logs deploy/pomerium-proxy` of Pomerium 0.31 in split mode (the proxy's Envoy access
// log; the authorize service logs elsewhere): zerolog JSON, one `http-request` entry per request with the default
// access log fields plus `query` (with its `?`), `time` to the second with the cluster's offset (-05:00). A home lab:
// Keycloak, Guacamole, Sonarr and a family photo app behind it.
// https://www.pomerium.com/docs/reference/access-log-fields, https://www.pomerium.com/docs/capabilities/audit-logs

function pomeriumLog(rng) {
  const ROUTES = { keycloak: 'route-1b7e0c55a3d24f19', guac: 'route-6f431f0be965b608', sonarr: 'route-9a2d7c1e40b35e77', photos: 'route-3bb74f76f9d71f9c', auth: 'pomerium-control-plane-http' };
  const render = (e, rng) => [
    JSON.stringify({
      level: 'info',
      service: 'envoy',
      'upstream-cluster': ROUTES[e.route ?? 'photos'],
      method: e.method,
      authority: e.authority ?? 'photos.lab-n.example',
      path: e.path,
      ...(e.query ? { query: `?${e.query}` } : {}),
      'user-agent': e.ua,
      referer: e.referer === '-' ? '' : e.referer,
      'forwarded-for': e.ip,
      'request-id': rng.uuid(),
      duration: Number((e.ms + rng.int(0, 999) / 1000).toFixed(3)),
      size: e.bytes,
      'response-code': e.status,
      'response-code-details': e.status === 403 ? 'ext_authz_denied' : 'via_upstream',
      time: offsetTime(e.t, -300),
      message: 'http-request',
    }),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ route: 'photos', path: `/api/assets/${rng.uuid()}/thumbnail`, query: 'size=thumbnail' }),
      () => ({ route: 'photos', path: '/api/server/ping' }),
      () => ({ route: 'sonarr', authority: 'sonarr.lab-n.example', path: `/api/v3/series/${rng.int(1, 90)}` }),
      () => ({ route: 'keycloak', authority: 'id.lab-n.example', path: '/realms/home/protocol/openid-connect/certs', ua: TOOLS[3] }),
      () => ({ route: 'guac', authority: 'guac.lab-n.example', path: '/guacamole/api/session/data/postgresql/activeConnections' }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'pomerium-authenticate-callback-code', 'warning', `${WHY.code} Pomerium's own callback (\`/oauth2/callback?code=…&state=…\`) on the authenticate host, logged with the \`query\` field.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { route: 'auth', authority: 'authenticate.lab-n.example', path: '/oauth2/callback', query: `state=${rng.b64url(120)}&session_state=${rng.uuid()}&iss=${encodeURIComponent('https://id.lab-n.example/realms/home')}&code=${code}`, status: 302, ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'pomerium-keycloak-session_code-execution', 'none', "Keycloak's login-action URL (`login-actions/authenticate?session_code=…&execution=<uuid>&client_id=…&tab_id=…`): flow state bound to the browser's auth-session cookie, no credential.", ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { route: 'keycloak', authority: 'id.lab-n.example', method: 'POST', path: '/realms/home/login-actions/authenticate', query: `session_code=${code}&execution=${rng.uuid()}&client_id=pomerium&tab_id=${rng.b64url(11)}`, status: 302, ua: BROWSERS[1] } };
    }),
    4,
    plant('replay', 'attach_ticket-jwt-jti', 'note', WHY.ticketFirst('A JWT `attach_ticket` with a jti, valid 120 s (the photo app hands one out per shared download, on a public route)'), ({ rng, t }) => {
      firstUse.attach = t;
      const token = jwt(rng, t, { lifetime: 120, age: 5, jti: true, claims: { sub: rng.uuid(), asset: rng.uuid(), act: 'download' } });
      return { value: token.token, jwt: token.facts, event: { route: 'photos', path: '/api/download/archive', query: `attach_ticket=${token.token}`, ip: '192.0.2.61', ua: BROWSERS[2], bytes: 48211920 } };
    }, { ref: 'attach' }),
    3,
    plant('replay', 'attach_ticket-jwt-jti', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('attach').value, jwt: factsAt(refs.get('attach').value, t), why: WHY.replay('attach_ticket', gap('attach', t)) }], event: { route: 'photos', path: '/api/download/archive', query: `attach_ticket=${refs.get('attach').value}`, ip: '198.51.100.150', ua: TOOLS[5], bytes: 48211920 } }), { replayOf: 'attach', after: 50 }),
    4,
    plant('session-id', 'pomerium-guacamole-websocket-tunnel-token', 'error', WHY.session("Apache Guacamole's auth token in its WebSocket tunnel URL (`websocket-tunnel?token=<64 hex>&GUAC_DATA_SOURCE=…`), Pomerium's `query` field"), ({ rng }) => {
      const token = rng.hex(64).toUpperCase();
      return { value: token, event: { route: 'guac', authority: 'guac.lab-n.example', path: '/guacamole/websocket-tunnel', query: `token=${token}&GUAC_DATA_SOURCE=postgresql&GUAC_ID=3&GUAC_TYPE=c&GUAC_WIDTH=2560&GUAC_HEIGHT=1305&GUAC_DPI=96&GUAC_TIMEZONE=Europe%2FOslo&GUAC_AUDIO=audio%2FL8&GUAC_IMAGE=image%2Fwebp`, status: 101, ua: BROWSERS[3], bytes: 0 } };
    }),
    4,
    plant('id-token', 'pomerium-keycloak-logout-id_token_hint', 'error', "An ID token as `id_token_hint` of Keycloak's logout endpoint, which sits behind the proxy: the proxy's `query` field writes it", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 900, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://id.lab-n.example/realms/home', aud: 'photos', sub: rng.uuid(), typ: 'ID', azp: 'photos', sid: rng.uuid(), preferred_username: 'ingrid' } });
      return { value: token.token, jwt: token.facts, event: { route: 'keycloak', authority: 'id.lab-n.example', path: '/realms/home/protocol/openid-connect/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fphotos.lab-n.example%2F`, status: 302, ua: BROWSERS[4] } };
    }),
    4,
    plant('negative', 'pomerium-oidc-authorize-request', 'none', 'An authorization request to Keycloak (`response_type=code`, `state`, `nonce`, a PKCE `code_challenge`): it carries no token.', ({ rng }) => {
      const challenge = rng.b64url(43);
      return { value: challenge, event: { route: 'keycloak', authority: 'id.lab-n.example', path: '/realms/home/protocol/openid-connect/auth', query: `client_id=photos&redirect_uri=https%3A%2F%2Fphotos.lab-n.example%2Fauth%2Flogin&response_type=code&scope=openid%20email%20profile&state=${rng.b64url(22)}&nonce=${rng.b64url(22)}&code_challenge=${challenge}&code_challenge_method=S256`, ua: BROWSERS[0] } };
    }),
    4,
    plant('api-key-name', 'pomerium-sonarr-apikey-query', 'error', WHY.apiKey('apikey') + " Sonarr's API key in the query of a client polling its calendar (Sonarr takes it as `apikey=` or `X-Api-Key`).", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { route: 'sonarr', authority: 'sonarr.lab-n.example', path: '/api/v3/calendar', query: `apikey=${key}&unmonitored=false&start=2026-12-10&end=2026-12-17`, ua: 'LunaSea/11.0.0' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'photos.lab-n.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// alerts.json: a Wazuh 4.14 manager's `/var/ossec/logs/alerts/alerts.json`, one alert per line (`timestamp`, `rule`,
// `agent`, `manager`, `id`, `full_log` — the original log line, JSON-escaped —, `decoder`, `data`, `location`): web
// access log alerts (rule 31101, a 4xx answer) with the decoded `data.url`, sudo (5402), sshd (5715) and file integrity
// monitoring (550).
// https://documentation.wazuh.com/current/user-manual/manager/alert-management.html,
// https://documentation.wazuh.com/current/user-manual/ruleset/ruleset-xml-syntax/decoders.html

function wazuhLog(rng) {
  const AGENTS = { web: { id: '003', name: 'web-01', ip: '10.0.2.11' }, ops: { id: '007', name: 'ops-01', ip: '10.0.2.40' } };
  let alertId = 4830000;
  const WEB400 = { level: 5, description: 'Web server 400 error code.', id: '31101', mail: false, groups: ['web', 'accesslog', 'attack'], pci_dss: ['6.5', '11.4'], gdpr: ['IV_35.7.d'], nist_800_53: ['SA.11', 'SI.4'], tsc: ['CC6.6', 'CC7.1', 'CC8.1', 'CC6.1', 'CC6.8', 'CC7.2', 'CC7.3'] };
  const stamp = (ms) => `${iso(ms).slice(0, 23)}+0000`;
  const syslogTime = (ms) => {
    const d = new Date(ms);
    return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(ms).slice(11, 19)}`;
  };
  const render = (e, rng) => {
    const base = { timestamp: stamp(e.t) };
    const id = `${sec(e.t)}.${(alertId += rng.int(300, 9000))}`;
    if (e.kind === 'sudo') {
      const full = `${syslogTime(e.t)} ops-01 sudo:   deploy : TTY=pts/1 ; PWD=/home/deploy ; USER=root ; COMMAND=${e.command}`;
      return [JSON.stringify({ ...base, rule: { level: 3, description: 'Successful sudo to ROOT executed.', id: '5402', mail: false, groups: ['syslog', 'sudo'], pci_dss: ['10.2.5', '10.2.2'], gdpr: ['IV_32.2'], nist_800_53: ['AU.14', 'AC.7', 'AC.6'], tsc: ['CC6.8', 'CC7.2', 'CC7.3'] }, agent: AGENTS.ops, manager: { name: 'wazuh-manager' }, id, full_log: full, predecoder: { program_name: 'sudo', timestamp: syslogTime(e.t), hostname: 'ops-01' }, decoder: { parent: 'sudo', name: 'sudo' }, data: { srcuser: 'deploy', dstuser: 'root', tty: 'pts/1', pwd: '/home/deploy', command: e.command }, location: '/var/log/auth.log' })];
    }
    if (e.kind === 'sshd') {
      const full = `${syslogTime(e.t)} ops-01 sshd[${rng.int(2000, 90000)}]: Accepted publickey for deploy from ${e.ip} port ${e.port} ssh2: ED25519 SHA256:${rng.b64url(43)}`;
      return [JSON.stringify({ ...base, rule: { level: 3, description: 'sshd: authentication success.', id: '5715', mail: false, groups: ['syslog', 'sshd', 'authentication_success'] }, agent: AGENTS.ops, manager: { name: 'wazuh-manager' }, id, full_log: full, predecoder: { program_name: 'sshd', timestamp: syslogTime(e.t), hostname: 'ops-01' }, decoder: { parent: 'sshd', name: 'sshd' }, data: { srcip: e.ip, srcport: String(e.port), dstuser: 'deploy' }, location: '/var/log/auth.log' })];
    }
    if (e.kind === 'fim') {
      const c = e.sums ?? { md5: rng.hex(32), sha1: rng.hex(40), sha256: rng.hex(64) };
      return [JSON.stringify({ ...base, rule: { level: 7, description: 'Integrity checksum changed.', id: '550', mail: false, groups: ['ossec', 'syscheck', 'syscheck_entry_modified', 'syscheck_file'] }, agent: AGENTS.web, manager: { name: 'wazuh-manager' }, id, full_log: `File '${e.file}' modified\nMode: realtime\nChanged attributes: size,mtime,md5,sha1,sha256\n`, syscheck: { path: e.file, mode: 'realtime', size_after: String(rng.int(900, 4000)), md5_before: rng.hex(32), md5_after: c.md5, sha1_before: rng.hex(40), sha1_after: c.sha1, sha256_before: rng.hex(64), sha256_after: c.sha256, changed_attributes: ['size', 'mtime', 'md5', 'sha1', 'sha256'], event: 'modified' }, decoder: { name: 'syscheck_integrity_changed' }, location: 'syscheck' })];
    }
    const url = target(e);
    const full = `${e.ip} - - [${clf(e.t)}] "${e.method} ${url} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`;
    const { level, description, id: ruleId, ...rest } = WEB400;
    return [JSON.stringify({ ...base, rule: { level, description, id: ruleId, firedtimes: rng.int(1, 400), ...rest }, agent: AGENTS.web, manager: { name: 'wazuh-manager' }, id, full_log: full, decoder: { name: 'web-accesslog' }, data: { protocol: e.method, srcip: e.ip, id: String(e.status), url }, location: '/var/log/nginx/access.log' })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: rng.pick(['/wp-login.php', '/.env', '/.git/config', '/phpmyadmin/index.php', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php']), status: 404, ua: rng.pick(['Mozilla/5.0 zgrab/0.x', 'python-requests/2.31.0', 'curl/7.88.1']), bytes: 153 }),
      () => ({ path: `/api/v1/orders/${rng.int(1000, 9999)}`, status: 401, ua: TOOLS[2], bytes: 61 }),
      () => ({ kind: 'sshd', ip: `10.0.8.${rng.int(2, 40)}` }),
      () => ({ path: '/favicon.ico', status: 404, bytes: 153 }),
      () => ({ kind: 'sudo', command: rng.pick(['/usr/bin/systemctl restart nginx', '/usr/bin/journalctl -u app --since -1h', '/usr/bin/apt-get upgrade -y']) }),
    ])();
  const steps = [
    4,
    plant('encoded', 'wazuh-full_log-next-double-encoded-api_key', 'error', "A sign-in page's `next=` parameter holding an export URL percent-encoded twice (`%2526api_key%253D…`): the key is two decodings away; the 400 alert writes it in `full_log` and in the decoder's `data.url`", ({ rng }) => {
      const key = rng.alnum(32);
      const inner = `https://rapport.havbruk-z.example/export/q4.xlsx?format=xlsx&api_key=${key}`;
      return { value: key, event: { path: '/login', query: `next=${encodeURIComponent(encodeURIComponent(inner))}`, status: 400, bytes: 157, ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'wazuh-syscheck-sha256-after', 'none', "A file integrity alert's checksums (`md5_after`, `sha1_after`, `sha256_after`): hashes of a config file, no credential.", ({ rng }) => {
      const sums = { md5: rng.hex(32), sha1: rng.hex(40), sha256: rng.hex(64) };
      return { value: sums.sha256, event: { kind: 'fim', file: '/etc/nginx/conf.d/app.conf', sums } };
    }),
    4,
    plant('path-secret', 'wazuh-django-account-activation-path', 'error', WHY.pathSecret("An account activation link (`/accounts/activate/<uidb64>/<timestamp>-<hash>/`, Django's token generator) answered 404 after a deploy: the 400-class alert writes it twice on its line"), ({ rng }) => {
      const token = `${rng.chars('0123456789abcdefghijklmnopqrstuvwxyz', 6)}-${rng.hex(32)}`;
      return { value: token, event: { path: `/accounts/activate/${b64urlOf(String(rng.int(100, 9999)))}/${token}/`, status: 404, bytes: 179, ua: BROWSERS[2] } };
    }),
    4,
    plant('webhook', 'wazuh-apprise-notify-key', 'error', WHY.webhook("An Apprise API stateful notification URL (`POST /notify/<key>`; the key names a stored set of notification URLs and their secrets)"), ({ rng }) => {
      const key = rng.alnum(24);
      return { value: key, event: { method: 'POST', path: `/notify/${key}`, status: 400, bytes: 61, ua: TOOLS[0] } };
    }),
    4,
    plant('refresh-token', 'wazuh-405-get-refresh_token-jwt', 'error', `${WHY.refresh} A client refreshing with a GET (\`/oauth/token?grant_type=refresh_token&refresh_token=<JWT>\`) gets a 405; the alert keeps the URL.`, ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 30 * 86400, age: 6 * 86400, jti: true, alg: 'HS512', claims: { sub: String(rng.int(1000, 9999)), typ: 'refresh', client_id: 'havbruk-app' } });
      return { value: token.token, jwt: token.facts, event: { path: '/oauth/token', query: `grant_type=refresh_token&refresh_token=${token.token}`, status: 405, bytes: 166, ua: 'HavbrukApp/4.1 (iPhone; iOS 26.1)' } };
    }),
    4,
    plant('negative', 'wazuh-acme-http01-challenge-token', 'none', "An ACME HTTP-01 challenge path (`/.well-known/acme-challenge/<token>`): the token is published to anyone by design, no credential.", ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { path: `/.well-known/acme-challenge/${token}`, status: 404, bytes: 153, ua: "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)" } };
    }),
    4,
    plant('header-dump', 'wazuh-sudo-command-curl-authorization-ghp', 'error', "A sudo alert (5402): sudo logs the command with its arguments, a `curl -H Authorization: token ghp_…` (a GitHub token with a valid checksum), in `full_log` and `data.command`", ({ rng }) => {
      const token = githubToken('ghp_', rng.alnum(30));
      return { value: token, event: { kind: 'sudo', command: `/usr/bin/curl -sS -H Authorization: token ${token} https://api.github.com/repos/havbruk/infra/actions/runs?per_page=5` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'www.havbruk-z.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// logstash-stdout.log: Logstash 8.19 running a test pipeline (`file` input on Apache httpd's access log, `grok` with
// `%{COMBINEDAPACHELOG}` and `ecs_compatibility => disabled`, `date`) to `stdout { codec => rubydebug }`: each event a
// Ruby hash over several lines, keys right-aligned, strings with `\"` escapes, `@timestamp` unquoted. The URL is written
// twice per event, in `request` (no time on that line) and in `message`. Apache in front of Jira and Redmine.
// https://www.elastic.co/docs/reference/logstash/plugins/plugins-codecs-rubydebug,
// https://www.elastic.co/docs/reference/logstash/plugins/plugins-filters-grok

function rubydebugLog(rng) {
  const HOST = 'jira.havbruk-z.example';
  const s = (v) => JSON.stringify(v);
  const render = (e) => {
    const req = target(e);
    const line = `${e.ip} - - [${clf(e.t)}] "${e.method} ${req} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`;
    const fields = [
      ['request', s(req)],
      ['agent', s(`"${e.ua}"`)],
      ['auth', s('-')],
      ['ident', s('-')],
      ['verb', s(e.method)],
      ['message', s(line)],
      ['path', s('/var/log/apache2/jira_access.log')],
      ['referrer', s(`"${e.referer}"`)],
      ['@timestamp', `${iso(e.t).slice(0, 19)}.000Z`],
      ['response', s(String(e.status))],
      ['bytes', s(String(e.bytes))],
      ['clientip', s(e.ip)],
      ['@version', s('1')],
      ['host', s('web-02')],
      ['httpversion', s('1.1')],
      ['timestamp', s(clf(e.t))],
    ];
    const width = Math.max(...fields.map(([k]) => k.length + 2));
    return ['{', ...fields.map(([k, v], i) => `    ${`"${k}"`.padStart(width)} => ${v}${i < fields.length - 1 ? ',' : ''}`), '}'];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/browse/OPS-${rng.int(100, 2999)}` }),
      () => ({ path: '/rest/api/2/search', query: `jql=${encodeURIComponent(`project = OPS AND status = "${rng.pick(['In Progress', 'Done'])}"`)}&maxResults=50`, ua: TOOLS[1] }),
      () => ({ path: `/s/${rng.hex(8)}-CDN/${rng.int(900000, 999999)}/${rng.hex(6)}/${rng.int(1, 9)}.0/_/download/batch/jira.webresources:global-static/jira.webresources:global-static.css`, referer: `https://${HOST}/secure/Dashboard.jspa` }),
      () => ({ path: '/redmine/projects/anlegg/issues', query: `page=${rng.int(1, 5)}` }),
      () => ({ path: '/status', ua: 'kube-probe/1.34', bytes: 87 }),
    ])();
  const steps = [
    2,
    plant('replay', 'notebook_ticket-one-request-two-lines', 'note', WHY.ticketFirst('An opaque `notebook_ticket` (a Jira app opens a shared notebook once per ticket; the event writes it in `request` and again in `message`: one request, no replay)'), ({ rng }) => {
      const ticket = rng.alnum(40);
      return { value: ticket, event: { path: '/plugins/servlet/notebooks/open', query: `notebook_ticket=${ticket}`, status: 302, ua: BROWSERS[0] } };
    }),
    2,
    plant('negative', 'rubydebug-jira-atl_token-xsrf', 'none', "Jira's `atl_token` (`<uuid>_<40 hex>_lin`): its XSRF token, no credential.", ({ rng }) => {
      const token = `${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4)}-${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4)}-${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4)}-${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4)}_${rng.hex(40)}_lin`;
      return { value: token, event: { method: 'POST', path: '/secure/CommentAssignIssue.jspa', query: `atl_token=${token}&id=${rng.int(10000, 99999)}`, status: 302 } };
    }),
    2,
    plant('api-key-name', 'rubydebug-jira-os_password-query', 'error', "Jira's seraph accepts `os_username` and `os_password` in the query (`?os_authType=basic`): a report script's service account password in `request` and `message`", ({ rng }) => {
      const pw = encodeURIComponent(`${rng.alnum(12)}${rng.pick(['!', '#', '*'])}${digits(rng, 3)}`);
      return { value: pw, event: { path: '/rest/api/2/search', query: `os_authType=basic&os_username=svc-rapport&os_password=${pw}&jql=project%3DOPS`, ua: TOOLS[1] } };
    }),
    2,
    plant('path-secret', 'rubydebug-jira-resetpassword-token', 'error', WHY.pathSecret("Jira's reset link (`secure/ResetPassword!default.jspa?os_username=…&token=<token>`)"), ({ rng }) => {
      const token = rng.hex(32);
      return { value: token, event: { path: '/secure/ResetPassword!default.jspa', query: `os_username=m.berg&token=${token}`, ua: BROWSERS[1] } };
    }),
    2,
    plant('negative', 'rubydebug-hubspot-_hsenc', 'none', "HubSpot's e-mail tracking parameters (`_hsenc=p2ANqtz-…&_hsmi=<n>`): a signed tracking id, no credential.", ({ rng }) => {
      const hs = `p2ANqtz-${rng.b64url(72)}`;
      return { value: hs, event: { path: `/servicedesk/customer/portal/2/article/${rng.int(1000, 9999)}`, query: `utm_campaign=desember&utm_medium=email&_hsenc=${hs}&_hsmi=${rng.int(100000000, 999999999)}`, ua: BROWSERS[2] } };
    }),
    2,
    plant('oauth-code', 'rubydebug-referrer-callback-code', 'warning', `${WHY.code} A Jira app's OAuth callback page loading its script: the callback URL (\`code=…&state=…\`) is the Referer, in \`message\` and again in \`referrer\` (with Apache's quotes).`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: `/s/${rng.hex(8)}-CDN/${rng.int(900000, 999999)}/${rng.hex(6)}/1.0/_/download/resources/com.havbruk.timesheet:app/app.js`, referer: `https://${HOST}/plugins/servlet/timesheet/oauth/callback?code=${code}&state=${rng.b64url(16)}`, ua: BROWSERS[3] } };
    }),
    2,
    plant('webhook', 'rubydebug-redmine-sys-fetch_changesets-key', 'error', WHY.webhook("Redmine's repository web service (`/sys/fetch_changesets?key=<key>`), which a git hook calls: whoever has the key triggers fetches for every project"), ({ rng }) => {
      const key = rng.alnum(20);
      return { value: key, event: { path: '/redmine/sys/fetch_changesets', query: `key=${key}&id=anlegg`, ua: TOOLS[0] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: HOST }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ansible.log: ansible-core 2.16's `log_path` file of `ansible-playbook -v` runs (`%(asctime)s p=%(process)d
// u=%(user)s n=%(name)s | %(message)s`): play and task banners padded with `*`, one line per host result, with `-v` the
// module's result as JSON (keys sorted), `no_log: true` results censored.
// https://docs.ansible.com/ansible/latest/reference_appendices/config.html#default-log-path,
// https://docs.ansible.com/ansible/latest/reference_appendices/logging.html

function ansibleLog(rng) {
  const pid = 48213;
  const banner = (text) => `${text} ${'*'.repeat(Math.max(3, 78 - text.length))}`;
  // Python's json.dumps(sort_keys=True): `", "` and `": "` separators, keys sorted at every level.
  const dump = (v) => (Array.isArray(v) ? `[${v.map(dump).join(', ')}]` : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}: ${dump(v[k])}`).join(', ')}}` : JSON.stringify(v));
  const head = (ms) => `${commaTime(ms)} p=${pid} u=deploy n=ansible | `;
  const render = (e, rng) => {
    if (e.line) return [`${head(e.t)}${e.line}`];
    if (e.play) return [`${head(e.t)}${banner(`PLAY [${e.play}]`)}`];
    let at = e.t;
    const out = [`${head(at)}${banner(`TASK [${e.task}]`)}`];
    for (const r of e.results) {
      at += rng.int(60, 230);
      out.push(`${head(at)}${r.state ?? 'ok'}: [${r.host}]${r.result ? ` => ${dump(r.result)}` : ''}`);
    }
    return out;
  };
  const WEB = ['web-01', 'web-02'];
  const ALL = ['web-01', 'web-02', 'db-01'];
  const tmp = (rng, t) => `/home/deploy/.ansible/tmp/ansible-tmp-${sec(t)}.${digits(rng, 7)}-${pid}-${digits(rng, 15)}/.source`;
  // The playbook's other tasks, in its order (each once).
  const TASKS = [
    () => ({ task: 'Gathering Facts', results: ALL.map((host) => ({ host })) }),
    (rng, t) => ({ task: 'Ensure packages are present', results: ALL.map((host) => ({ host, result: { cache_update_time: sec(t) - rng.int(600, 86000), cache_updated: false, changed: false } })) }),
    () => ({ task: 'Install RedHat repositories', results: ALL.map((host) => ({ host, state: 'skipping', result: { changed: false, false_condition: "ansible_facts['os_family'] == 'RedHat'", skip_reason: 'Conditional result was False' } })) }),
    (rng) => ({ task: 'Create app user', results: ALL.map((host) => ({ host, result: { append: false, changed: false, comment: '', group: 998, home: '/opt/havbruk', move_home: false, name: 'havbruk', shell: '/usr/sbin/nologin', state: 'present', uid: 998 + rng.int(0, 1) } })) }),
    (rng) => ({ task: 'Template nginx site', results: WEB.map((host) => ({ host, result: { changed: false, checksum: rng.hex(40), dest: '/etc/nginx/sites-enabled/app.conf', gid: 0, group: 'root', mode: '0644', owner: 'root', path: '/etc/nginx/sites-enabled/app.conf', size: 2214, state: 'file', uid: 0 } })) }),
    () => ({ task: 'Check nginx configuration', results: WEB.map((host) => ({ host, result: { changed: false, cmd: ['nginx', '-t'], delta: '0:00:00.021337', rc: 0, stderr: 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful', stdout: '' } })) }),
    (rng) => ({ task: 'Unpack release', results: WEB.map((host) => ({ host, state: 'changed', result: { changed: true, dest: '/opt/havbruk/releases/2026.12.2', extract_results: { cmd: ['/usr/bin/tar', '--extract', '-C', '/opt/havbruk/releases/2026.12.2', '-z', '-f', '/opt/havbruk/app-2026.12.2.tar.gz'], err: '', out: '', rc: 0 }, gid: 998, group: 'havbruk', handler: 'TgzArchive', mode: '0755', owner: 'havbruk', size: 4096 + rng.int(0, 4096), src: '/opt/havbruk/app-2026.12.2.tar.gz', state: 'directory', uid: 998 } })) }),
    (rng) => ({ task: 'Run database migrations', results: [{ host: 'db-01', state: 'changed', result: { changed: true, cmd: ['/opt/havbruk/bin/migrate', 'up'], delta: `0:00:0${rng.int(1, 9)}.${digits(rng, 6)}`, rc: 0, stderr: '', stdout: `applied ${rng.int(1, 4)} migration(s)` } }] }),
    (rng) => ({ task: 'Ensure app service is running', results: WEB.map((host) => ({ host, state: 'changed', result: { changed: true, name: 'havbruk-app', state: 'started', status: { ActiveState: 'active', MainPID: String(rng.int(1000, 60000)) } } })) }),
    () => ({ task: 'Wait for health check', results: WEB.map((host) => ({ host, result: { changed: false, elapsed: 2, msg: 'OK (15 bytes)', status: 200, url: `http://${host}:8080/health` } })) }),
  ];
  let next = 0;
  const filler = (rng, t) => TASKS[next++ % TASKS.length](rng, t);
  const steps = [
    { raw: { line: 'Using /home/deploy/infra/ansible.cfg as config file' }, after: 0 },
    { raw: { play: 'web' }, after: 1 },
    2,
    plant('framework-dump', 'ansible-uri-result-json-refresh_token', 'error', "A `uri` task's result with `-v`: the token endpoint's JSON body in `json` (`refresh_token` beside an opaque access token)", ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { task: 'Get a deploy token', results: [{ host: 'localhost', result: { changed: false, connection: 'close', content_length: '612', content_type: 'application/json', cookies: {}, cookies_string: '', elapsed: 0, json: { access_token: rng.b64url(43), expires_in: 3600, refresh_token: token, scope: 'deploy', token_type: 'Bearer' }, msg: 'OK (612 bytes)', redirected: false, status: 200, url: 'https://auth.havbruk-z.example/oauth/token' } }] } };
    }),
    2,
    plant('negative', 'ansible-no_log-censored', 'none', "A result of a task with `no_log: true`: Ansible replaces it with its `censored` notice, no value.", () => ({ value: 'ok: [db-01] => {"censored"', event: { task: 'Set database password', results: [{ host: 'db-01', result: { censored: "the output has been hidden due to the fact that 'no_log: true' was specified for this result", changed: false } }] } })),
    2,
    plant('session-id', 'ansible-uri-set_cookie-grafana_session', 'error', WHY.session("A `uri` login to Grafana's API: the result's `set_cookie`, `cookies` and `cookies_string` hold the `grafana_session` cookie"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { task: 'Log in to Grafana', results: [{ host: 'localhost', result: { changed: false, connection: 'close', content_length: '41', content_type: 'application/json', cookies: { grafana_session: sid }, cookies_string: `grafana_session=${sid}`, elapsed: 0, json: { message: 'Logged in' }, msg: 'OK (41 bytes)', redirected: false, set_cookie: `grafana_session=${sid}; Path=/; Max-Age=2592000; HttpOnly; Secure; SameSite=Lax`, status: 200, url: 'https://grafana.havbruk-z.example/login' } }] } };
    }),
    2,
    plant('api-key-name', 'ansible-get_url-gitea-access_token-query', 'error', WHY.apiKey('access_token') + " A `get_url` task fetching a release asset from Gitea with the token in the URL; the result's `url` keeps it.", ({ rng, t }) => {
      const token = rng.hex(40);
      return { value: token, event: { task: 'Download agent release', results: [{ host: 'web-01', state: 'changed', result: { changed: true, checksum_dest: null, checksum_src: rng.hex(40), dest: '/opt/agent/agent-2.4.1.tar.gz', elapsed: 1, gid: 0, group: 'root', md5sum: rng.hex(32), mode: '0644', msg: 'OK (18233114 bytes)', owner: 'root', size: 18233114, src: `${tmp(rng, t)}tmpq2x8`, state: 'file', status_code: 200, uid: 0, url: `https://git.havbruk-z.example/api/v1/repos/ops/agent/releases/assets/12?access_token=${token}` } }] } };
    }),
    2,
    plant('negative', 'ansible-copy-checksum-md5sum', 'none', "A `copy` result's `checksum` (SHA-1) and `md5sum` of the file: hashes, no credential.", ({ rng, t }) => {
      const sum = rng.hex(40);
      return { value: sum, event: { task: 'Copy agent configuration', results: [{ host: 'web-02', state: 'changed', result: { changed: true, checksum: sum, dest: '/opt/agent/agent.yml', gid: 0, group: 'root', md5sum: rng.hex(32), mode: '0640', owner: 'root', size: 812, src: `${tmp(rng, t)}yml`, state: 'file', uid: 0 } }] } };
    }),
    { raw: { play: 'agents' } },
    2,
    plant('encoded', 'ansible-get_url-userinfo-percent-encoded-password', 'error', "A `get_url` from a Nexus raw repository with the credentials in the URL (`https://ci-bot:<password>@…`), the password percent-encoded (`%40`, `%23`): the result's `url` keeps it", ({ rng }) => {
      const pw = `${rng.alnum(10)}%40${rng.alnum(6)}%23${digits(rng, 2)}`;
      return { value: pw, event: { task: 'Download agent plugins', results: [{ host: 'db-01', state: 'changed', result: { changed: true, dest: '/opt/agent/plugins.tar.gz', elapsed: 0, msg: 'OK (441203 bytes)', size: 441203, state: 'file', status_code: 200, url: `https://ci-bot:${pw}@nexus.havbruk-z.example/repository/raw-internal/agent/plugins-2.4.1.tar.gz` } }] } };
    }),
    2,
    plant('webhook', 'ansible-uri-squadcast-incident-webhook', 'error', WHY.webhook("A Squadcast incident webhook (`/v2/incidents/api/<key>`) a deploy notification task posts to, in the result's `url`"), ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { task: 'Notify on-call of the deploy', results: [{ host: 'localhost', result: { changed: false, connection: 'close', content_length: '0', elapsed: 0, msg: 'OK (0 bytes)', redirected: false, status: 202, url: `https://api.squadcast.com/v2/incidents/api/${key}` } }] } };
    }),
    1,
    { raw: { line: banner('PLAY RECAP') } },
    { raw: { line: 'db-01                      : ok=9    changed=2    unreachable=0    failed=0    skipped=5    rescued=0    ignored=0' }, after: 0 },
    { raw: { line: 'localhost                  : ok=5    changed=0    unreachable=0    failed=0    skipped=0    rescued=0    ignored=0' }, after: 0 },
    { raw: { line: 'web-01                     : ok=14   changed=4    unreachable=0    failed=0    skipped=2    rescued=0    ignored=0' }, after: 0 },
    { raw: { line: 'web-02                     : ok=14   changed=3    unreachable=0    failed=0    skipped=2    rescued=0    ignored=0' }, after: 0 },
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'ops-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// newman-run.txt: the output of `newman run` (Newman 6, the default `cli` reporter) of an API smoke collection against
// staging, saved by a CI job: folder (`❏`) and request (`↳`) names, each request's method, URL and `[status, size,
// time]`, assertions (`✓`, `n.` for failures), `console.log` output of scripts in `┌ │ └` boxes, the summary table and
// the failure list. No line carries a time: the planted values are opaque.
// https://github.com/postmanlabs/newman#cli-reporter-options, https://learning.postman.com/docs/collections/using-newman-cli/command-line-integration-with-newman/

function newmanLog(rng) {
  const API = 'https://staging-api.ledgerly.example';
  let failures = 0;
  const failed = [];
  const render = (e) => {
    if (e.lines) return e.lines;
    const out = [`↳ ${e.name}`];
    const size = e.bytes < 1024 ? `${e.bytes}B` : `${(e.bytes / 1024).toFixed(2)}kB`;
    out.push(`  ${e.method} ${e.url} [${e.status} ${STATUS[e.status] ?? ''}, ${size}, ${e.ms}ms]`);
    if (e.console) out.push('  ┌', ...e.console.map((c) => `  │ ${c}`), '  └');
    for (const test of e.tests ?? ['Status code is 200']) {
      if (e.fail === test) {
        failures += 1;
        failed.push({ n: failures, test, got: e.status, name: e.name });
        out.push(`  ${failures}. ${test}`);
      } else out.push(`  ✓  ${test}`);
    }
    out.push('');
    return out;
  };
  // The collection's other requests, in its order (each once).
  const REQUESTS = [
    () => ({ name: 'Me', method: 'GET', url: `${API}/v1/me`, tests: ['Status code is 200', 'Has organisation'] }),
    (rng) => ({ name: 'Health', method: 'GET', url: `${API}/health`, tests: ['Status code is 200'], bytes: 15, ms: rng.int(5, 20) }),
    () => ({ name: 'List invoices', method: 'GET', url: `${API}/v1/invoices?status=open&limit=25`, tests: ['Status code is 200', 'Response is a page'] }),
    () => ({ name: 'Create draft invoice', method: 'POST', url: `${API}/v1/invoices`, status: 201, tests: ['Status code is 201', 'Draft has number'] }),
    (rng) => ({ name: 'Add invoice line', method: 'POST', url: `${API}/v1/invoices/${rng.int(20000, 29999)}/lines`, status: 201, tests: ['Status code is 201'] }),
    (rng) => ({ name: 'Send invoice', method: 'POST', url: `${API}/v1/invoices/${rng.int(20000, 29999)}/send`, status: 202, tests: ['Status code is 202'] }),
    (rng) => ({ name: 'Get customer', method: 'GET', url: `${API}/v1/customers/${rng.int(1000, 9999)}`, tests: ['Status code is 200', 'Customer has org number'] }),
    (rng) => ({ name: 'Search customers', method: 'GET', url: `${API}/v1/customers?q=${rng.pick(['fjord', 'kveld', 'nord'])}`, tests: ['Status code is 200'] }),
    (rng) => ({ name: 'Credit note', method: 'POST', url: `${API}/v1/invoices/${rng.int(20000, 29999)}/credit`, status: 201, tests: ['Status code is 201', 'Amount is negative'] }),
    () => ({ name: 'Aging report', method: 'GET', url: `${API}/v1/reports/aging?as_of=2026-12-10`, tests: ['Status code is 200'] }),
    () => ({ name: 'Me (after logout)', method: 'GET', url: `${API}/v1/me`, status: 401, tests: ['Status code is 401'] }),
  ];
  let next = 0;
  const filler = (rng) => REQUESTS[next++ % REQUESTS.length](rng);
  const header = ['newman', '', 'Ledgerly API smoke (staging)', ''];
  const steps = [
    { raw: { lines: ['❏ Auth'] }, after: 0 },
    plant('framework-dump', 'newman-console-log-token-response-object', 'error', "A test script's `console.log(pm.response.json())`: Newman prints the object (`{ access_token: '…', …, refresh_token: '…' }`) in its console box", ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { name: 'Password grant', method: 'POST', url: `${API}/oauth/token`, console: [`{ access_token: '${rng.b64url(43)}', token_type: 'Bearer', expires_in: 3600, refresh_token: '${token}', scope: 'invoices customers' }`], tests: ['Status code is 200', 'Token type is Bearer'], bytes: 1150 } };
    }, { after: 1 }),
    2,
    plant('implicit-fragment', 'newman-console-log-location-fragment', 'error', "A legacy client's implicit-flow check logging the `Location` of the 302 (`console.log('Location:', …)`): the fragment holds `access_token=`", ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { name: 'Implicit grant (legacy widget)', method: 'GET', url: `${API}/oauth/authorize?response_type=token&client_id=legacy-widget&redirect_uri=https%3A%2F%2Fstaging-widget.ledgerly.example%2Fcb&state=${rng.b64url(12)}`, status: 302, console: [`'Location:' 'https://staging-widget.ledgerly.example/cb#access_token=${token}&token_type=Bearer&expires_in=3600'`], tests: ['Redirects with a token'], bytes: 0 } };
    }),
    { raw: { lines: ['❏ Invoices'] } },
    3,
    plant('negative', 'newman-unresolved-variable-placeholder', 'none', "An unresolved Postman variable (`authKey={{fx_api_key}}`: the environment did not define it), printed as written: a placeholder, no value.", () => ({ value: 'authKey={{fx_api_key}}', event: { name: 'FX history', method: 'GET', url: `${API}/v1/fx/history?base=EUR&authKey={{fx_api_key}}`, status: 401, tests: ['Status code is 200'], fail: 'Status code is 200', bytes: 88 } })),
    2,
    plant('api-key-name', 'newman-request-url-authKey', 'error', WHY.apiKey('authKey') + ' The FX rates endpoint takes the key in the query; Newman prints the resolved URL.', ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { name: 'FX rates', method: 'GET', url: `${API}/v1/fx/rates?base=NOK&authKey=${key}`, tests: ['Status code is 200', 'Has EUR'] } };
    }),
    3,
    plant('negative', 'newman-cursor-base64-json', 'none', 'A pagination `cursor` (base64 of a JSON object, starting `eyJ`): a position in a list, no credential.', ({ rng }) => {
      const cursor = b64Of(JSON.stringify({ id: rng.int(100000, 999999), created: '2026-12-09T22:14:03Z', dir: 'next' })).replace(/=+$/, '');
      return { value: cursor, event: { name: 'List invoices (next page)', method: 'GET', url: `${API}/v1/invoices?cursor=${cursor}&limit=25`, tests: ['Status code is 200', 'Response is a page'] } };
    }),
    { raw: { lines: ['❏ Account'] } },
    2,
    plant('path-secret', 'newman-unlock-link-path', 'error', WHY.pathSecret('An account unlock link (`/v1/account/unlock/<token>`) a test takes from the mail catcher and opens'), ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { name: 'Unlock account', method: 'GET', url: `${API}/v1/account/unlock/${token}`, tests: ['Status code is 200', 'Account is unlocked'] } };
    }),
    2,
  ];
  const built = buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'staging-api.ledgerly.example', api: true }, filler, render, steps, header });
  // The summary table and the failure list follow the last request (no planted value in them).
  const requests = built.text.split('\n').filter((l) => /^ {2}(GET|POST|PUT|DELETE) /.test(l)).length;
  const assertions = built.text.split('\n').filter((l) => /^ {2}(✓ {2}|\d+\. )/.test(l)).length;
  const cell = (label, a, b) => `│ ${label.padStart(23)} │ ${String(a).padStart(18)} │ ${String(b).padStart(17)} │`;
  const table = [
    '┌─────────────────────────┬────────────────────┬───────────────────┐',
    '│                         │           executed │            failed │',
    '├─────────────────────────┼────────────────────┼───────────────────┤',
    cell('iterations', 1, 0),
    '├─────────────────────────┼────────────────────┼───────────────────┤',
    cell('requests', requests, 0),
    '├─────────────────────────┼────────────────────┼───────────────────┤',
    cell('test-scripts', requests, 0),
    '├─────────────────────────┼────────────────────┼───────────────────┤',
    cell('prerequest-scripts', 3, 0),
    '├─────────────────────────┼────────────────────┼───────────────────┤',
    cell('assertions', assertions, failures),
    '├─────────────────────────┴────────────────────┴───────────────────┤',
    `│ total run duration: ${(requests * 0.19).toFixed(1)}s${' '.repeat(Math.max(0, 46 - `${(requests * 0.19).toFixed(1)}s`.length))}│`,
    '├───────────────────────────────────────────────────────────────────┤',
    '│ total data received: 38.41kB (approx)                             │',
    '├───────────────────────────────────────────────────────────────────┤',
    '│ average response time: 131ms [min: 9ms, max: 612ms, s.d.: 142ms] │',
    '└───────────────────────────────────────────────────────────────────┘',
    '',
    '  #  failure         detail',
    '',
    ...failed.flatMap((f) => [` ${f.n}.  AssertionError  ${f.test}`, `                     expected response to have status code 200 but got ${f.got}`, '                     at assertion:0 in test-script', `                     inside "Invoices / ${f.name}"`, '']),
  ];
  return { text: `${built.text}${table.join('\n')}\n`, cases: built.cases };
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout12');
writePart(join(here, 'heldout12'), {
  'session.har': harLog(rng),
  'varnishlog.txt': varnishLog(rng),
  'sg_main_access.log': proxySgLog(rng),
  '1712544_2207.log': impervaLog(rng),
  'cas.log': casLog(rng),
  'sentry-events.ndjson': sentryLog(rng),
  'messages.log': libertyLog(rng),
  'Fakturaportal.log': log4netLog(rng),
  'typo3_4f0c2b9e71.log': typo3Log(rng),
  'pomerium-proxy.log': pomeriumLog(rng),
  'alerts.json': wazuhLog(rng),
  'logstash-stdout.log': rubydebugLog(rng),
  'ansible.log': ansibleLog(rng),
  'newman-run.txt': newmanLog(rng),
});
