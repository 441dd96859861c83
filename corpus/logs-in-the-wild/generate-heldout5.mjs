// Writes corpus/logs-in-the-wild/heldout5/: a fifth held-out part, in formats no other part uses (lighttpd's access
// log, Azure App Service HTTP logs as resource-log JSON, Tyk Pump analytics records, Linkerd proxy JSON access logs,
// restify's bunyan audit logs, Rails lograge key=value lines, Go zap production JSON, NLog's pipe layout of an ASP.NET
// Core app, logback-access with %fullRequest, `journalctl -o verbose`, Linux auditd, Windows event XML from wevtutil,
// macOS `log show`, Fluent Bit's stdout output of Kubernetes container logs), with credentials planted in the places
// issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was
// built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout5.mjs     rewrites heldout5/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes, `alg: none` tokens have an empty signature. The log builder
// (labels, repeat lines, the check that no planted value is on an unlabeled line) is build-log.mjs, shared with the
// other generators.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, clf, factsAt, jwt, logBuilder, plant, publicIp, Random, requestMaker, sec, target, writePart, WHY } from './build-log.mjs';
import { DAYS, DIGITS, digits, githubToken, iso, LOWER, pad, UPPER } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values.

const hexOf = (text) => Buffer.from(text).toString('hex').toUpperCase();

// ---------------------------------------------------------------------------------------------------------------------
// Ordinary traffic.

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
  'Mozilla/5.0 (Linux; Android 16; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
];
const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'axios/1.13.2', 'Apache-HttpClient/5.5.1 (Java/21.0.9)'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 1, 6, 0, 0);

/** RFC 3339 in UTC with nanoseconds. */
const nanos = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;
/** .NET's seven fractional digits. */
const ticks = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 4)}Z`;

// ---------------------------------------------------------------------------------------------------------------------
// lighttpd-access.log: lighttpd 1.4 mod_accesslog's default format (`%h %V %u %t "%r" %>s %b "%{Referer}i"
// "%{User-Agent}i"`: the virtual host after the client address), one server for several PHP and static sites, local
// time +0100. https://redmine.lighttpd.net/projects/lighttpd/wiki/Mod_accesslog

function lighttpdLog(rng) {
  const www = 'www.wagtail-l.example';
  const render = (e) => [`${e.ip} ${e.host} - [${clf(e.t, 60)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/css/site.css`, query: `v=${rng.int(100, 999)}`, bytes: rng.int(9000, 30000), referer: `https://${www}/` }),
      () => ({ host: 'photos.wagtail-l.example', path: '/gallery2/main.php', query: `g2_itemId=${rng.int(20, 9000)}`, referer: 'https://photos.wagtail-l.example/gallery2/main.php' }),
      () => ({ host: 'cloud.wagtail-l.example', path: '/index.php/apps/files/', query: `dir=/${rng.pick(['Photos', 'Documents', 'Shared'])}` }),
      () => ({ host: 'cloud.wagtail-l.example', method: 'PROPFIND', path: `/remote.php/dav/files/${rng.pick(['anna', 'jonas', 'mila'])}/`, status: 207, ua: 'Mozilla/5.0 (Linux) mirall/3.16.2 (Nextcloud, debian-6.12 ClientArchitecture: x86_64 OsArchitecture: x86_64)' }),
      () => ({ host: 'learn.wagtail-l.example', path: '/course/view.php', query: `id=${rng.int(2, 80)}` }),
      () => ({ path: `/img/${rng.pick(['hero', 'team', 'map'])}-${rng.int(1, 9)}.jpg`, bytes: rng.int(20000, 90000), referer: `https://${www}/` }),
      () => ({ path: '/wp-login.php', status: 404, bytes: 345, ua: 'Mozilla/5.0 (compatible; MJ12bot/v1.4.8; http://mj12bot.com/)' }),
    ])();
  const steps = [
    9,
    plant('oauth-code', 'strava-code-state-first', 'warning', `${WHY.code} Strava's 40-hex code after the state and before the granted \`scope\`.`, ({ rng }) => {
      const code = rng.hex(40);
      return { value: code, event: { host: www, path: '/auth/strava/callback', query: `state=${rng.hex(16)}&code=${code}&scope=read,activity:read_all`, status: 302, bytes: 0, referer: 'https://www.strava.com/' } };
    }),
    6,
    plant('negative', 'moodle-sesskey', 'none', "Moodle's `sesskey=` (a per-session anti-CSRF key sent with every state-changing link): it cannot log anyone in; no credential.", ({ rng }) => {
      const key = rng.alnum(10);
      return { value: key, needle: `sesskey=${key}`, event: { host: 'learn.wagtail-l.example', path: '/course/view.php', query: `id=${rng.int(2, 80)}&sesskey=${key}&edit=on`, status: 303 } };
    }),
    6,
    plant('path-secret', 'nextcloud-lostpassword-reset-form', 'error', WHY.pathSecret("Nextcloud's password reset link (`/index.php/lostpassword/reset/form/<21-character token>/<user>`)"), ({ rng }) => {
      const token = rng.alnum(21);
      return { value: token, event: { host: 'cloud.wagtail-l.example', path: `/index.php/lostpassword/reset/form/${token}/mila`, referer: '-' } };
    }),
    6,
    plant('session-id', 'gallery2-g2_GALLERYSID', 'error', WHY.session("Gallery 2's session id in the URL (`g2_GALLERYSID=<32 hex>`, added to links when the browser refuses the cookie)"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { host: 'photos.wagtail-l.example', path: '/gallery2/main.php', query: `g2_itemId=${rng.int(20, 9000)}&g2_GALLERYSID=${sid}`, referer: 'https://photos.wagtail-l.example/gallery2/main.php' } };
    }),
    6,
    plant('replay', 'launch_ticket-opaque', 'note', WHY.ticketFirst('An opaque `launch_ticket` (an LTI-style launch from the course site into the tool, traded for a session)'), ({ rng }) => {
      const ticket = rng.b64url(32);
      return { value: ticket, event: { host: www, path: '/lti/launch', query: `launch_ticket=${ticket}&course=${rng.int(2, 80)}`, status: 302, bytes: 0, referer: 'https://learn.wagtail-l.example/' } };
    }, { ref: 'launch' }),
    plant('replay', 'launch_ticket-opaque', 'replay', WHY.replay('launch_ticket', 70), ({ refs }) => {
      const ticket = refs.get('launch').value;
      return { value: ticket, event: { host: www, path: '/lti/launch', query: `launch_ticket=${ticket}&course=12`, status: 302, bytes: 0, ip: '198.51.100.201', ua: 'python-requests/2.32.5' } };
    }, { replayOf: 'launch', after: 70 }),
    6,
    plant('webhook', 'jenkins-remote-build-token', 'error', WHY.webhook("Jenkins' \"Trigger builds remotely\" URL (`/job/<job>/build?token=<token>`), called by the forge's push webhook"), ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { host: 'ci.wagtail-l.example', method: 'POST', path: '/job/deploy-docs/build', query: `token=${token}&cause=docs+merged`, status: 201, bytes: 0, ua: 'GitLab/18.6.1', ip: '203.0.113.77' } };
    }),
    6,
    plant('embed-jwt', 'embed-map-120s-no-jti', 'warning', "An embedded map's JWT in the path (`/embed/map/<JWT>`), short-lived and without jti", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 4, claims: { map: rng.int(10, 90), layers: ['trails', 'huts'] } });
      return { value: token.token, jwt: token.facts, event: { host: www, path: `/embed/map/${token.token}`, referer: 'https://blog.partner-l.example/' } };
    }),
    6,
    plant('api-key-name', 'tracker-announce-passkey', 'error', `${WHY.apiKey('passkey')} A private tracker's announce URL carries the member's \`passkey=<32 hex>\` (the BitTorrent \`key=\` beside it is a random client id): whoever has it downloads and reports as the member.`, ({ rng }) => {
      const key = rng.hex(32);
      const infoHash = [...rng.bytes(20)].map((b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');
      return { value: key, event: { host: 'tracker.wagtail-l.example', path: '/announce.php', query: `passkey=${key}&info_hash=${infoHash}&peer_id=-qB5110-${rng.alnum(12)}&port=${rng.int(20000, 60000)}&uploaded=0&downloaded=0&left=${rng.int(1e6, 9e8)}&corrupt=0&key=${rng.hex(8).toUpperCase()}&event=started&numwant=200&compact=1&no_peer_id=1`, bytes: rng.int(60, 300), ua: 'qBittorrent/5.1.0' } };
    }),
    6,
    plant('negative', 'windows-env-placeholder-percent-TOKEN', 'none', 'A batch file\'s unexpanded environment variable sent as is: `token=%TOKEN%` (a placeholder, rejected with 401).', () => ({
      value: 'token=%TOKEN%',
      event: { host: www, path: '/api/status', query: 'token=%TOKEN%', status: 401, bytes: 61, ua: 'curl/8.13.0', ip: '192.0.2.14' },
    })),
    8,
  ];
  return buildLog(rng, { start: DAY0, site: { host: www }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// appservice-http.json: Azure App Service HTTP logs (`AppServiceHTTPLogs`) as a diagnostic setting writes them to a
// storage account, one record per line (`time` with seven fractional digits, `properties` with `CsUriStem` and
// `CsUriQuery` apart, no `?`, the `Cookie` and `Referer` request headers).
// https://learn.microsoft.com/en-us/azure/azure-monitor/reference/tables/appservicehttplogs,
// https://learn.microsoft.com/en-us/azure/app-service/troubleshoot-diagnostic-logs

function appServiceLog(rng) {
  const host = 'harrier-web.azurewebsites.net';
  const resourceId = `/SUBSCRIPTIONS/${rng.uuid().toUpperCase()}/RESOURCEGROUPS/RG-HARRIER/PROVIDERS/MICROSOFT.WEB/SITES/HARRIER-WEB`;
  const computer = `RD${rng.hex(12).toUpperCase()}`;
  const render = (e, rng) => [
    JSON.stringify({
      time: ticks(e.t, rng),
      resourceId,
      category: 'AppServiceHTTPLogs',
      properties: {
        CsHost: e.host,
        CIp: e.ip,
        SPort: '443',
        CsUriStem: e.path,
        CsUriQuery: e.query,
        CsMethod: e.method,
        TimeTaken: e.ms,
        ScStatus: String(e.status),
        Result: e.status < 400 ? 'Success' : 'Failure',
        CsBytes: String(rng.int(600, 2400)),
        ScBytes: String(e.bytes),
        UserAgent: e.ua,
        Cookie: e.cookie ?? '',
        CsUsername: '',
        Referer: e.referer === '-' ? '' : e.referer,
        ComputerName: computer,
      },
    }),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/_framework/blazor.web.${rng.hex(8)}.js`, bytes: rng.int(40000, 90000), referer: `https://${host}/` }),
      () => ({ path: '/api/sightings', query: `region=${rng.pick(['north', 'coast', 'fjord'])}&page=${rng.int(1, 9)}` }),
      () => ({ path: '/robots933456.txt', status: 404, ua: 'AlwaysOn', ip: '10.0.0.3', bytes: 0 }),
      () => ({ path: `/images/${rng.pick(['harrier', 'kestrel', 'merlin'])}.webp`, bytes: rng.int(20000, 90000), referer: `https://${host}/` }),
      () => ({ method: 'POST', path: '/api/sightings', status: 201, bytes: rng.int(100, 500) }),
    ])();
  const steps = [
    9,
    plant('oauth-code', 'entra-code-first-in-cs-uri-query', 'warning', `${WHY.code} Microsoft Entra's \`0.A…\` code opens \`CsUriQuery\`, which has no \`?\` before its first parameter.`, ({ rng }) => {
      const code = `0.A${rng.b64url(300)}`;
      return { value: code, event: { path: '/signin-oidc', query: `code=${code}&state=${rng.b64url(40)}&session_state=${rng.uuid()}`, status: 302, bytes: 0, referer: 'https://login.microsoftonline.com/' } };
    }),
    6,
    plant('negative', 'arraffinity-cookie', 'none', "App Service's `ARRAffinity` and `ARRAffinitySameSite` cookies (a hash naming the instance that serves the client): routing, no credential.", ({ rng }) => {
      const affinity = rng.hex(64);
      return { value: affinity, needle: `ARRAffinity=${affinity}`, event: { path: '/api/sightings', query: 'region=coast&page=1', cookie: `ARRAffinity=${affinity}; ARRAffinitySameSite=${affinity}` } };
    }),
    6,
    plant('refresh-token', 'entra-refresh-token-get-query', 'error', `${WHY.refresh} An Entra refresh token in the query of a GET to the app's own token route (\`grant_type=refresh_token&refresh_token=0.A…\`).`, ({ rng }) => {
      const token = `0.A${rng.b64url(520)}`;
      return { value: token, event: { path: '/api/auth/token', query: `grant_type=refresh_token&refresh_token=${token}&client_id=${rng.uuid()}`, ua: 'HarrierApp/5.2 (iOS 26.1)', bytes: 2400 } };
    }),
    6,
    plant('path-secret', 'auth0-lo-reset-ticket-referer', 'error', WHY.pathSecret("Auth0's password change ticket (`/lo/reset?ticket=<id>#`) in the Referer of the logo the reset page loads from the app"), ({ rng }) => {
      const ticket = rng.alnum(32);
      return { value: ticket, event: { path: '/images/logo-auth.png', bytes: rng.int(3000, 9000), referer: `https://harrier.eu.auth0.com/lo/reset?ticket=${ticket}#` } };
    }),
    6,
    plant('session-id', 'uploadify-ASPSESSID-query', 'error', WHY.session('An ASP.NET session id passed by a Flash-era upload widget in the query (`ASPSESSID=<24 of a-z0-5>`, the Uploadify recipe, because the plugin sends no cookies)'), ({ rng }) => {
      const sid = rng.chars('abcdefghijklmnopqrstuvwxyz012345', 24);
      return { value: sid, event: { method: 'POST', path: '/Handlers/Upload.ashx', query: `folder=%2Fuploads%2Fsightings&ASPSESSID=${sid}`, ua: 'Shockwave Flash', bytes: 40 } };
    }),
    6,
    plant('header-dump', 'appservice-authsession-cookie', 'error', "The `Cookie` field holds App Service Authentication's `AppServiceAuthSession` cookie (the Easy Auth session, with the user's tokens behind it)", ({ rng }) => {
      const session = rng.chars(UPPER + LOWER + DIGITS + '+/', 340) + '==';
      return { value: session, event: { path: '/api/profile', cookie: `ARRAffinity=${rng.hex(64)}; AppServiceAuthSession=${session}`, bytes: rng.int(300, 900) } };
    }),
    6,
    plant('replay', 'join_token-opaque', 'note', WHY.ticketFirst('An opaque meeting `join_token` (one seat in a call, single-use)'), ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { path: '/meet/join', query: `room=${rng.hex(10)}&join_token=${token}`, status: 302, bytes: 0 } };
    }, { ref: 'join' }),
    plant('replay', 'join_token-opaque', 'replay', WHY.replay('join_token', 120), ({ refs, rng }) => {
      const token = refs.get('join').value;
      return { value: token, event: { path: '/meet/join', query: `room=${rng.hex(10)}&join_token=${token}`, status: 302, bytes: 0, ip: '203.0.113.9', ua: BROWSERS[3] } };
    }, { replayOf: 'join', after: 120 }),
    6,
    plant('negative', 'apikey-x-filled-placeholder', 'none', 'A placeholder made of x\'s from a code sample (`apikey=xxxxxxxx…`), rejected with 401: no credential.', () => ({
      value: 'apikey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      event: { path: '/api/v2/weather', query: 'city=Bodo&apikey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', status: 401, bytes: 88, ua: 'PostmanRuntime/7.49.1' },
    })),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tyk-analytics.ndjson: Tyk Gateway traffic records as Tyk Pump writes them to a file sink, one record per line
// (`path` decoded and without the query, `timestamp` in RFC 3339 with nanoseconds, `api_key` hashed as Tyk stores
// keys, `raw_request` the base64 of the whole request when detailed recording is on for an API).
// https://tyk.io/docs/tyk-stack/tyk-pump/tyk-analytics-record-fields/,
// https://tyk.io/docs/product-stack/tyk-gateway/basic-config-and-security/logging-api-traffic/detailed-recording/

function tykLog(rng) {
  const orgId = rng.hex(24);
  const apis = { status: ['status', rng.hex(32)], reports: ['reports', rng.hex(32)], sap: ['sap-odata', rng.hex(32)], partner: ['partner-sync', rng.hex(32)] };
  const render = (e, rng) => {
    const [name, id] = apis[e.api ?? 'reports'];
    const d = new Date(e.t);
    return [
      JSON.stringify({
        method: e.method,
        host: e.host,
        path: e.path,
        raw_path: e.path,
        content_length: e.method === 'GET' ? 0 : rng.int(40, 900),
        user_agent: e.ua,
        day: d.getUTCDate(),
        month: d.getUTCMonth() + 1,
        year: d.getUTCFullYear(),
        hour: d.getUTCHours(),
        response_code: e.status,
        api_key: e.apiKey ?? '00000000',
        timestamp: nanos(e.t, rng),
        api_version: 'Non Versioned',
        api_name: name,
        api_id: id,
        org_id: orgId,
        oauth_id: e.oauthId ?? '',
        request_time: e.ms,
        raw_request: e.raw ?? '',
        raw_response: '',
        ip_address: e.ip,
        geo: { country: { iso_code: '' }, city: { geoname_id: 0, names: {} }, location: { latitude: 0, longitude: 0, time_zone: '' } },
        network: { open_connections: 0, closed_connections: 0, bytes_in: 0, bytes_out: 0 },
        latency: { total: e.ms, upstream: Math.max(1, e.ms - 2) },
        tags: [`key-${e.apiKey ?? '00000000'}`, `org-${orgId}`, `api-${id}`],
        alias: '',
        track_path: false,
        expireAt: iso(e.t + 7 * 24 * HOUR),
      }),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/reports/v1/summary', apiKey: rng.hex(16) }),
      () => ({ api: 'status', path: '/status/api/status-page/heartbeat/main' }),
      () => ({ api: 'sap', path: `/sap/opu/odata/sap/ZSIGHTINGS_SRV/Sightings('${rng.int(100000, 999999)}')`, apiKey: rng.hex(16) }),
      () => ({ path: `/reports/v1/exports/${rng.uuid()}`, apiKey: rng.hex(16), bytes: rng.int(9000, 90000) }),
      () => ({ path: '/reports/v1/summary', status: 403 }),
      () => ({ api: 'partner', method: 'POST', path: '/partner/v2/sync', apiKey: rng.hex(16), status: 202 }),
    ])();
  const steps = [
    9,
    plant('webhook', 'uptime-kuma-push-token-path', 'error', WHY.webhook('An Uptime Kuma push monitor URL (`/api/push/<token>`): the token in the path is the only secret, and posting to it marks the monitor up or down'), ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { api: 'status', path: `/status/api/push/${token}`, ua: 'curl/8.17.0', ip: '203.0.113.45', ms: 4 } };
    }),
    6,
    plant('negative', 'tyk-hashed-api_key', 'none', "Tyk's `api_key` field holds the hash Tyk keeps of the key (keys are hashed when created), not the key: no credential.", ({ rng }) => {
      const hash = rng.hex(16);
      return { value: hash, needle: `"api_key":"${hash}"`, event: { path: '/reports/v1/summary', apiKey: hash } };
    }),
    6,
    plant('embed-jwt', 'embed-report-1d', 'error', "A report embedding JWT in the path (`/embed/report/<JWT>`), valid a day: it opens the report to whoever has the link", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 86400, age: rng.int(600, 7200), claims: { report: rng.uuid(), tenant: 'harrier', filters: { region: 'coast' } } });
      return { value: token.token, jwt: token.facts, event: { path: `/reports/embed/report/${token.token}`, ua: BROWSERS[0], bytes: rng.int(9000, 40000) } };
    }),
    6,
    plant('session-id', 'sap-icf-url-session-path', 'error', WHY.session("SAP ICF's URL-encoded session (`/sap(cz1TSUQl…)/`: base64 of `s=SID:ANON:<server>:<id>`) in the path of an OData call"), ({ rng }) => {
      const inner = `s=SID%3aANON%3asapgw01_GWP_00%3a${rng.alnum(40)}-ATT&c=100`;
      const seg = b64Of(inner).replace(/=+$/, '');
      return { value: seg, event: { api: 'sap', path: `/sap(${seg})/opu/odata/sap/ZSIGHTINGS_SRV/Sightings`, apiKey: rng.hex(16), ua: 'SAPUI5/1.136' } };
    }),
    6,
    plant('encoded', 'tyk-raw_request-base64-bearer', 'error', "Detailed recording stores `raw_request` as the base64 of the request on the wire: decoded, it holds `Authorization: Bearer <token>` (an opaque partner access token)", ({ rng }) => {
      const token = rng.b64url(48);
      const raw = `POST /partner/v2/sync HTTP/1.1\r\nHost: gw.harrier-t.example\r\nUser-Agent: axios/1.13.2\r\nContent-Length: 58\r\nAccept: application/json\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\n\r\n{"since":"2026-11-30T00:00:00Z","kinds":["sighting"]}`;
      const encoded = b64Of(raw);
      return { value: encoded, event: { api: 'partner', method: 'POST', path: '/partner/v2/sync', apiKey: rng.hex(16), status: 202, ua: 'axios/1.13.2', raw: encoded } };
    }),
    6,
    plant('negative', 'tyk-oauth_id-client-id', 'none', "Tyk's `oauth_id` field is the OAuth client id of the app that called (public, sent in every authorize URL): no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, needle: `"oauth_id":"${id}"`, event: { path: '/reports/v1/summary', apiKey: rng.hex(16), oauthId: id } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'gw.harrier-t.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// linkerd-proxy.log: `kubectl logs <pod> -c linkerd-proxy` with the `config.linkerd.io/access-log: json` annotation:
// the proxy's own lines (`[  12.345678s]  INFO ThreadId(01) …`, seconds since the proxy started, no date) and one JSON
// access record per request (`uri` with the query, `timestamp` RFC 3339 with nanoseconds, `client.id` the meshed
// client's identity). https://linkerd.io/2/features/access-logging/

function linkerdLog(rng) {
  const host = 'orders.shop.svc.cluster.local:8080';
  const started = DAY0 + 3 * HOUR - 600000;
  const up = (t) => `[${((t - started) / 1000).toFixed(6).padStart(12)}s]`;
  const json = (e, rng) =>
    JSON.stringify({
      'client.addr': `${e.client ?? '10.42.3.17'}:${e.port}`,
      'client.id': e.clientId ?? 'web.shop.serviceaccount.identity.linkerd.cluster.local',
      host: e.host,
      method: e.method,
      processing_ns: String(rng.int(20000, 90000)),
      request_bytes: e.method === 'GET' ? '' : String(rng.int(40, 900)),
      response_bytes: String(e.bytes),
      status: e.status,
      timestamp: nanos(e.t, rng),
      total_ns: String(e.ms * 1000000 + rng.int(0, 999999)),
      trace_id: e.traced ? rng.hex(32) : '',
      uri: `http://${e.host}${target(e)}`,
      user_agent: e.ua,
      version: e.h2 ? 'HTTP/2.0' : 'HTTP/1.1',
    });
  const render = (e, rng) => (e.proxy ? [`${up(e.t)}  ${e.proxy}`] : [json(e, rng)]);
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/orders', query: `customer=${rng.int(1000, 9999)}&limit=20` }),
      () => ({ path: `/v1/orders/${rng.int(100000, 999999)}`, traced: true }),
      () => ({ method: 'POST', path: '/v1/orders', status: 201 }),
      () => ({ path: '/ready', client: '10.42.3.1', clientId: '-', ua: 'kube-probe/1.34', bytes: 2 }),
      () => ({ proxy: `INFO ThreadId(0${rng.int(1, 3)}) outbound:proxy{addr=10.43.${rng.int(0, 200)}.${rng.int(1, 254)}:5432}: linkerd_app_core::serve: Connection closed error=connection closed before message completed` }),
      () => ({ proxy: `WARN ThreadId(02) inbound:server{port=8080}:rescue{client.addr=10.42.3.${rng.int(2, 250)}:${rng.int(30000, 60000)}}: linkerd_app_inbound::http::server: Unexpected error error=client ${rng.pick(['reset', 'disconnected'])}` }),
    ])();
  const header = [
    `${up(started + 2)}  INFO ThreadId(01) linkerd2_proxy::rt: Using single-threaded proxy runtime`,
    `${up(started + 3)}  INFO ThreadId(01) linkerd2_proxy: Admin interface on 0.0.0.0:4191`,
    `${up(started + 3)}  INFO ThreadId(01) linkerd2_proxy: Inbound interface on 0.0.0.0:4143`,
    `${up(started + 3)}  INFO ThreadId(01) linkerd2_proxy: Outbound interface on 127.0.0.1:4140`,
    `${up(started + 4)}  INFO ThreadId(01) linkerd2_proxy: Local identity is orders.shop.serviceaccount.identity.linkerd.cluster.local`,
    `${up(started + 26)}  INFO ThreadId(02) daemon:identity: linkerd_app: Certified identity id=orders.shop.serviceaccount.identity.linkerd.cluster.local`,
  ];
  const steps = [
    8,
    plant('id-token', 'id_token_hint-end-session-linkerd', 'error', 'An `id_token_hint=` in the end-session call the web tier makes to the shop\'s auth service, kept in the access record\'s `uri` (live, RS256)', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 900, alg: 'RS256', kid: rng.b64url(16), claims: { iss: 'https://auth.shop-k.example', aud: 'shop-web', sub: rng.uuid(), sid: rng.uuid(), auth_time: sec(t) - 1000 } });
      return { value: token.token, jwt: token.facts, event: { host: 'auth.shop.svc.cluster.local:8080', path: '/oidc/end-session', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fshop-k.example%2F`, status: 302, bytes: 0, ua: 'undici' } };
    }),
    6,
    plant('negative', 'empty-access_token', 'none', 'An empty `access_token=` (the client had no token yet; the call fails with 401): no value, no credential.', () => ({
      value: '?access_token=&format=json',
      event: { path: '/v1/orders/export', query: 'access_token=&format=json', status: 401, bytes: 27 },
    })),
    6,
    plant('api-key-name', '3scale-user_key', 'error', `${WHY.apiKey('user_key')} 3scale's \`user_key=<32 hex>\` (its API-key authentication mode) on a call to the payment partner, through the mesh's egress.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { host: 'egress.shop.svc.cluster.local:8080', path: '/payments/v3/quotes', query: `user_key=${key}&currency=EUR`, ua: 'Go-http-client/1.1', clientId: 'checkout.shop.serviceaccount.identity.linkerd.cluster.local' } };
    }),
    6,
    plant('replay', 'upload_ticket-jwt-jti', 'note', 'A JWT `upload_ticket` (a jti, valid 120 s) that authorises one upload: single-use by its jti, acceptable when used once (note)', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 3, jti: true, claims: { sub: rng.uuid(), scope: 'upload:receipt' } });
      return { value: token.token, jwt: token.facts, event: { method: 'PUT', path: '/v1/uploads', query: `upload_ticket=${token.token}`, status: 201, bytes: 44 } };
    }, { ref: 'upload' }),
    plant('replay', 'upload_ticket-jwt-jti', 'replay', 'The same `upload_ticket` JWT (same jti) accepted again 50 s later from another pod and identity: a replay (log-token-replay).', ({ refs, t }) => {
      const value = refs.get('upload').value;
      return { value, jwt: factsAt(value, t), event: { method: 'PUT', path: '/v1/uploads', query: `upload_ticket=${value}`, status: 201, bytes: 44, client: '10.42.7.80', clientId: 'batch.jobs.serviceaccount.identity.linkerd.cluster.local', ua: 'python-httpx/0.28.1' } };
    }, { replayOf: 'upload', after: 50 }),
    6,
    plant('embed-jwt', 'embed-form-expired', 'note', 'An embedded form\'s JWT in the path (`/embed/form/<JWT>`), expired three hours before the request: the link no longer opens anything', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 4 * 3600, claims: { form: rng.int(10, 99), customer: rng.int(1000, 9999) } });
      return { value: token.token, jwt: token.facts, event: { host: 'forms.shop.svc.cluster.local:8080', path: `/embed/form/${token.token}`, status: 401, bytes: 31, ua: BROWSERS[2] } };
    }),
    6,
    plant('negative', 'grpc-method-RefreshToken', 'none', 'A gRPC method name in the path (`/auth.v1.TokenService/RefreshToken`): the name of a call, no token.', () => ({
      value: '/auth.v1.TokenService/RefreshToken',
      event: { host: 'auth.shop.svc.cluster.local:9090', method: 'POST', path: '/auth.v1.TokenService/RefreshToken', h2: true, ua: 'grpc-go/1.77.0', bytes: 412 },
    })),
    6,
    plant('refresh-token', 'refresh-token-hyphen-query', 'error', `${WHY.refresh} An opaque one under the hyphenated name \`refresh-token=\` in the query of the web tier's renewal call.`, ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { host: 'auth.shop.svc.cluster.local:8080', method: 'POST', path: '/session/renew', query: `refresh-token=${token}`, ua: 'undici', bytes: 980 } };
    }),
    7,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host, api: true }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// restify-bunyan.log: a restify 11 API logging through bunyan (`"v":0`, `"time"` in ISO 8601 UTC, levels as numbers):
// the audit logger (`restify.plugins.auditLogger({ event: 'after', body: true })`: `req` with `query`, `url`, `headers`,
// `body`; `res`; `latency`; `_audit: true`) and the app's own records. https://github.com/trentm/node-bunyan,
// http://restify.com/docs/plugins-api/#auditlogger

function restifyLog(rng) {
  const hostname = `catalog-api-${rng.lowerNum(10)}-${rng.lowerNum(5)}`;
  const B = (t, level, fields, msg) => JSON.stringify({ name: 'catalog-api', hostname, pid: 1, ...fields, level, msg, time: iso(t), v: 0 });
  const audit = (e, rng) => {
    const headers = { host: 'api.ouzel-r.example', 'user-agent': e.ua, accept: 'application/json', ...(e.headers ?? {}), 'x-forwarded-for': e.ip };
    return B(e.t, e.status >= 500 ? 50 : 30, {
      component: 'audit',
      audit: true,
      remoteAddress: '10.1.4.12',
      remotePort: e.port,
      req_id: rng.uuid(),
      req: { query: e.query, method: e.method, url: target(e), headers, httpVersion: '1.1', trailers: {}, ...(e.body ? { body: e.body } : {}), timers: { parseQueryString: rng.int(10, 90), handler: e.ms * 1000 } },
      res: { statusCode: e.status, headers: { 'content-type': 'application/json', 'content-length': e.bytes } },
      err: false,
      latency: e.ms,
      _audit: true,
    }, `handled: ${e.status}`);
  };
  const render = (e, rng) => (e.app ? [B(e.t, e.level ?? 30, e.fields ?? {}, e.app)] : [audit(e, rng)]);
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v2/products', query: `category=${rng.pick(['boots', 'tents', 'stoves'])}&page=${rng.int(1, 9)}` }),
      () => ({ path: `/v2/products/${rng.int(10000, 99999)}` }),
      () => ({ method: 'POST', path: '/v2/carts', status: 201, body: { sku: `OZ-${rng.int(1000, 9999)}`, qty: rng.int(1, 3) } }),
      () => ({ path: '/healthz', ua: 'kube-probe/1.34', bytes: 15 }),
      () => ({ app: `cache warmed: ${rng.int(200, 900)} products`, fields: { component: 'cache' } }),
    ])();
  const steps = [
    8,
    plant('id-token', 'id_token-alg-none-restify-url', 'error', "An `id_token=` with `alg: none` (unsigned, empty signature) in a callback handled by the API, in the audit record's `req.url` and `req.query`: the worst kind of JWT (issue #14)", ({ rng, t }) => {
      const token = jwt(rng, t, { alg: 'none', lifetime: 3600, age: 30, claims: { iss: 'https://dev-idp.ouzel-r.example', aud: 'catalog', sub: rng.uuid(), email: `dev.${rng.lowerNum(5)}@mail.example` } });
      return { value: token.token, jwt: token.facts, event: { path: '/v2/auth/callback', query: `id_token=${token.token}&state=${rng.hex(16)}`, status: 302, bytes: 0, ua: BROWSERS[0] } };
    }),
    6,
    plant('negative', 'bearer-object-promise', 'none', "A client bug sends `Authorization: Bearer [object Promise]` (an unawaited token getter): no token, no credential.", () => ({
      value: 'Bearer [object Promise]',
      event: { path: '/v2/me', status: 401, bytes: 52, headers: { authorization: 'Bearer [object Promise]' }, ua: BROWSERS[1] },
    })),
    6,
    plant('implicit-fragment', 'sentry-navigation-breadcrumb-fragment', 'error', "The API's client-error endpoint logs the report it receives: a navigation breadcrumb's `to` is the SPA's callback route with `#access_token=<JWT>` after an implicit redirect", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 40, alg: 'RS256', kid: rng.b64url(16), claims: { iss: 'https://login.ouzel-r.example/', aud: 'catalog', sub: rng.uuid(), scope: 'openid cart:write' } });
      const report = { message: "TypeError: Cannot read properties of undefined (reading 'sku')", release: 'shop-web@4.8.2', breadcrumbs: [{ category: 'navigation', data: { from: '/login', to: `/callback#access_token=${token.token}&token_type=Bearer&expires_in=3600` }, timestamp: (t - 30000) / 1000 }, { category: 'ui.click', message: 'button#add-to-cart', timestamp: (t - 2000) / 1000 }] };
      return { value: token.token, jwt: token.facts, event: { app: 'client error report', level: 40, fields: { component: 'client-errors', report } } };
    }),
    6,
    plant('path-secret', 'strapi-email-confirmation', 'error', WHY.pathSecret("Strapi's e-mail confirmation link (`/api/auth/email-confirmation?confirmation=<40 hex>`), proxied to the API"), ({ rng }) => {
      const token = rng.hex(40);
      return { value: token, event: { path: '/api/auth/email-confirmation', query: `confirmation=${token}`, status: 302, bytes: 0, ua: BROWSERS[4] } };
    }),
    6,
    plant('api-key-name', 'x-rapidapi-key-header', 'error', `${WHY.apiKey('x-rapidapi-key')} A RapidAPI key (\`<hex>msh<hex>p<hex>jsn<hex>\`) in the headers the audit record keeps.`, ({ rng }) => {
      const key = `${rng.hex(10)}msh${rng.hex(15)}p${rng.hex(6)}jsn${rng.hex(12)}`;
      return { value: key, event: { path: '/v2/geo/reverse', query: 'lat=61.2&lon=7.1', headers: { 'x-rapidapi-key': key, 'x-rapidapi-host': 'geo-lookup.p.rapidapi.example' }, ua: 'axios/1.13.2' } };
    }),
    6,
    plant('negative', 'sri-integrity-sha512', 'none', 'A subresource-integrity hash (`integrity: sha512-…`) in the asset manifest the API logs at start: a public hash of a file, no credential.', ({ rng }) => {
      const hash = `sha512-${rng.chars(UPPER + LOWER + DIGITS + '+/', 86)}==`;
      return { value: hash, event: { app: 'asset manifest loaded', fields: { component: 'assets', assets: { 'widget.js': { integrity: hash, size: rng.int(20000, 90000) } } } } };
    }),
    6,
    plant('framework-dump', 'restify-audit-body-client_secret', 'error', "The audit logger is set up with `body: true`: `req.body` of a client-credentials token request holds `client_secret`", ({ rng }) => {
      const secret = rng.b64url(40);
      return { value: secret, event: { method: 'POST', path: '/v2/oauth/token', body: { grant_type: 'client_credentials', client_id: `partner-${rng.int(10, 99)}`, client_secret: secret, scope: 'catalog:read' }, ua: 'Apache-HttpClient/5.5.1 (Java/21.0.9)', bytes: 690 } };
    }),
    6,
    plant('header-dump', 'audit-headers-authorization-bearer-jwt-no-exp', 'error', "The audit record's `req.headers` keeps `authorization: Bearer <JWT>`: an API key issued as a JWT that never expires (no `exp`, the \"never\" choice of the admin UI)", ({ rng, t }) => {
      const token = jwt(rng, t, { age: rng.int(30 * 86400, 200 * 86400), claims: { sub: rng.uuid(), iss: 'catalog-admin', aud: 'public-api', kind: 'api-key' } });
      return { value: token.token, jwt: token.facts, event: { method: 'PUT', path: `/v2/products/${rng.int(10000, 99999)}`, headers: { authorization: `Bearer ${token.token}` }, ua: 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', bytes: 300 } };
    }),
    7,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'api.ouzel-r.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lograge.log: a Rails 8 app (Ruby 3.4) with lograge's key=value formatter and a `custom_options` adding the params
// and two request headers, written by Ruby's default Logger::Formatter (`I, [<local time with µs> #<pid>]  INFO -- :`,
// the server on UTC) with `log_tags [:request_id]`. lograge drops the query from `path`; the params carry it. The app
// still filters only `:password` (its initializer predates Rails 7's longer list).
// https://github.com/roidrage/lograge, https://ruby-doc.org/3.4/stdlibs/logger/Logger/Formatter.html

function rubyInspect(value) {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)} => ${rubyInspect(v)}`).join(', ')}}`;
}

function logrageLog(rng) {
  const pid = rng.int(7, 40);
  const R = (t) => `I, [${iso(t).slice(0, 23)}${digits(rng, 3)} #${pid}]  INFO -- : `;
  const line = (e) => {
    const parts = [`method=${e.method}`, `path=${e.path}`, `format=${e.format ?? 'html'}`, `controller=${e.controller}`, `action=${e.action}`, `status=${e.status}`, `allocations=${rng.int(900, 40000)}`, `duration=${e.ms}.${rng.int(10, 99)}`, `view=${rng.int(0, 40)}.${rng.int(10, 99)}`, `db=${rng.int(0, 30)}.${rng.int(10, 99)}`];
    if (e.location) parts.push(`location=${e.location}`);
    parts.push(`params=${rubyInspect(e.params ?? {})}`);
    if (e.headers) parts.push(`headers=${rubyInspect(e.headers)}`);
    return `${R(e.t)}[${e.reqId.slice(0, 8)}-${e.reqId.slice(8, 12)}-${e.reqId.slice(12, 16)}-${e.reqId.slice(16, 20)}-${e.reqId.slice(20)}] ${parts.join(' ')}`;
  };
  const render = (e) => [line(e)];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/', controller: 'HomeController', action: 'index' }),
      () => ({ path: '/trips', controller: 'TripsController', action: 'index', params: { page: String(rng.int(1, 9)) } }),
      () => {
        const id = String(rng.int(100, 999));
        return { path: `/trips/${id}`, controller: 'TripsController', action: 'show', params: { id } };
      },
      () => ({ method: 'POST', path: '/users/sign_in', controller: 'Users::SessionsController', action: 'create', status: 303, location: 'https://www.dipper-r.example/trips', params: { user: { email: `x.${rng.lowerNum(5)}@mail.example`, password: '[FILTERED]' } } }),
      () => ({ path: '/up', controller: 'Rails::HealthController', action: 'show' }),
    ])();
  const steps = [
    8,
    plant('oauth-code', 'zoho-code-lograge-params', 'warning', `${WHY.code} Zoho's \`1000.<hex>.<hex>\` code in lograge's \`params\` (the path is logged without its query).`, ({ rng }) => {
      const code = `1000.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: code, event: { path: '/auth/zoho/callback', controller: 'OmniauthCallbacksController', action: 'zoho', status: 302, location: 'https://www.dipper-r.example/settings/integrations', params: { code, location: 'eu', 'accounts-server': 'https://accounts.zoho.eu', state: rng.hex(48) } } };
    }),
    6,
    plant('negative', 'activestorage-signed-blob-id', 'none', "Active Storage's signed blob id in a redirect path (`eyJfcmFpbHMi…--<SHA1>`: base64 of `{\"_rails\":{\"data\":<id>,\"pur\":\"blob_id\"}}` and its signature): a public reference in every image URL, no credential.", ({ rng }) => {
      const signed = `${b64Of(JSON.stringify({ _rails: { data: rng.int(1000, 99999), pur: 'blob_id' } }))}--${rng.hex(40)}`;
      return { value: signed, event: { path: `/rails/active_storage/blobs/redirect/${signed}/fjord.jpg`, controller: 'ActiveStorage::Blobs::RedirectController', action: 'show', status: 302, location: `https://dipper-r-uploads.s3.eu-north-1.amazonaws.example/${rng.lowerNum(28)}`, params: { signed_id: signed, filename: 'fjord' }, format: 'jpg' } };
    }),
    6,
    plant('path-secret', 'devise-unlock_token', 'error', WHY.pathSecret("Devise's account unlock link (`/users/unlock?unlock_token=<20 characters>`), in lograge's `params`"), ({ rng }) => {
      const token = rng.b64url(20);
      return { value: token, event: { path: '/users/unlock', controller: 'Devise::UnlocksController', action: 'show', status: 302, location: 'https://www.dipper-r.example/users/sign_in', params: { unlock_token: token } } };
    }),
    6,
    plant('framework-dump', 'lograge-nested-params-api_token', 'error', "lograge's `params` of a profile update print the nested hash Rails built from the form: `{\"user\" => {…, \"api_token\" => \"<40 hex>\"}}` (the app filters only `:password`)", ({ rng }) => {
      const token = rng.hex(40);
      return { value: token, event: { method: 'PATCH', path: '/settings/profile', controller: 'SettingsController', action: 'update', status: 302, location: 'https://www.dipper-r.example/settings', params: { user: { name: 'Ola Nordmann', api_token: token, newsletter: '1' } } } };
    }),
    6,
    plant('header-dump', 'rack-HTTP_AUTHORIZATION-token-token', 'error', "The custom options add request headers by their Rack names: `\"HTTP_AUTHORIZATION\" => \"Token token=\\\"<hex>\\\"\"` (Rails' `authenticate_with_http_token` scheme), a long-lived API token", ({ rng }) => {
      const token = rng.hex(32);
      return { value: token, event: { path: '/api/v1/trips', format: 'json', controller: 'Api::V1::TripsController', action: 'index', params: { since: '2026-11-01' }, headers: { HTTP_AUTHORIZATION: `Token token="${token}"`, HTTP_USER_AGENT: 'DipperSync/2.3' } } };
    }),
    6,
    plant('encoded', 'json-string-inside-ruby-inspect', 'error', "A webhook receiver's `payload` parameter is a JSON string, printed inside Ruby's inspect with its quotes escaped (`\"{\\\"event\\\":…,\\\"api_key\\\":\\\"<key>\\\"}\"`)", ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { method: 'POST', path: '/hooks/partner', format: 'json', controller: 'Hooks::PartnerController', action: 'create', status: 204, params: { payload: JSON.stringify({ event: 'booking.synced', booking: rng.int(10000, 99999), api_key: key }) } } };
    }),
    6,
    plant('negative', 'spaced-template-placeholder', 'none', 'An unrendered e-mail template variable, with its spaces: `{{ confirmation_token }}` (Liquid/Jinja style): no value.', () => ({
      value: '{{ confirmation_token }}',
      event: { path: '/users/confirmation', controller: 'Devise::ConfirmationsController', action: 'show', status: 422, params: { confirmation_token: '{{ confirmation_token }}' } },
    })),
    7,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'www.dipper-r.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zap-json.log: a Go service with zap's production logger (JSON: `level`, `ts` in epoch seconds as a float, `caller`,
// `msg`, then the fields; errors add `stacktrace`). zap's encoder escapes only quotes, backslashes and control
// characters (`&` stays `&`). Its HTTP middleware writes one `request` line per call; its clients log failures.
// https://pkg.go.dev/go.uber.org/zap#NewProductionConfig, https://pkg.go.dev/net/url#URL

function zapLog(rng) {
  const Z = (t, level, caller, msg, fields = {}) => {
    const ts = Number((t / 1000 + rng.int(0, 999) / 1e6).toFixed(6));
    return JSON.stringify({ level, ts, caller, msg, ...fields });
  };
  const access = (e) => Z(e.t, e.status >= 500 ? 'error' : 'info', 'httpx/middleware.go:58', 'request', { method: e.method, url: target(e), status: e.status, bytes: e.bytes, duration: Number((e.ms / 1000).toFixed(4)), remote: e.ip, request_id: e.reqId.slice(0, 20) });
  const render = (e) => (e.lines ? e.lines : [access(e)]);
  const stack = (fn) => `main.${fn}\n\t/src/cmd/forge-bridge/${fn.toLowerCase()}.go:${rng.int(40, 200)}\nmain.main\n\t/src/cmd/forge-bridge/main.go:${rng.int(40, 90)}\nruntime.main\n\t/usr/local/go/src/runtime/proc.go:285`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/v1/repos', query: `owner=${rng.pick(['infra', 'web', 'data'])}&limit=50` }),
      () => ({ path: `/v1/repos/web/site/commits/${rng.hex(40)}` }),
      () => ({ method: 'POST', path: '/v1/mirror/sync', status: 202 }),
      () => ({ path: '/healthz', ip: '10.0.2.2', ms: 0, bytes: 2 }),
      () => ({ lines: [Z(t, 'info', 'sync/worker.go:112', 'mirror synced', { repo: `${rng.pick(['infra', 'web'])}/${rng.pick(['site', 'tools', 'charts'])}`, objects: rng.int(1, 900), took: Number((rng.int(100, 9000) / 1000).toFixed(3)) })] }),
    ])();
  const steps = [
    8,
    plant('refresh-token', 'refresh-jwt-form-body-zap', 'error', "A failed refresh logs the form body it sent (`grant_type=refresh_token&refresh_token=<JWT>`): a refresh JWT valid 90 days with a jti", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 90 * 86400, age: rng.int(86400, 20 * 86400), jti: true, alg: 'HS512', claims: { sub: 'svc-forge-bridge', typ: 'refresh', aud: 'https://forge.merlin-z.example' } });
      return { value: token.token, jwt: token.facts, event: { lines: [Z(t, 'error', 'oauth/client.go:87', 'token refresh failed', { endpoint: 'https://forge.merlin-z.example/login/oauth/access_token', status: 503, body: `grant_type=refresh_token&refresh_token=${token.token}&client_id=forge-bridge`, error: 'oauth2: cannot fetch token: 503 Service Unavailable', stacktrace: stack('refreshToken') })] } };
    }),
    6,
    plant('negative', 'empty-bearer-go-header-map', 'none', 'An empty bearer value (`"Authorization":["Bearer "]`, the token variable unset): no value, no credential.', ({ t }) => ({
      value: '"Authorization":["Bearer "]',
      event: { lines: [Z(t, 'warn', 'forge/client.go:141', 'forge rejected request', { status: 401, headers: { Accept: ['application/json'], Authorization: ['Bearer '], 'User-Agent': ['forge-bridge/1.9.0'] } })] },
    })),
    6,
    plant('path-secret', 'gitea-recover_account-code', 'error', WHY.pathSecret("A Gitea-style account recovery link (`/user/recover_account?code=<time-limit code>`: a timestamp, the minutes it lives, a SHA-1 and the user name in hex)"), ({ rng, t }) => {
      const d = new Date(t - 600000);
      const code = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}000180${rng.hex(40)}${Buffer.from('ingrid').toString('hex')}`;
      return { value: code, event: { path: '/user/recover_account', query: `code=${code}`, ua: BROWSERS[3], status: 200 } };
    }),
    6,
    plant('webhook', 'victorops-rest-endpoint-retry', 'error', WHY.webhook("A Splunk On-Call (VictorOps) REST endpoint (`/integrations/generic/20131114/alert/<uuid>/<routing key>`), written by the alert sender's failure and its retry"), ({ rng, t }) => {
      const key = rng.uuid();
      const url = `https://alert.victorops.example/integrations/generic/20131114/alert/${key}/forge`;
      return { value: key, event: { lines: [Z(t, 'error', 'alert/sender.go:64', 'alert delivery failed', { url, attempt: 1, error: 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)', stacktrace: stack('sendAlert') }), Z(t + 2000, 'info', 'alert/sender.go:71', 'retrying alert delivery', { url, attempt: 2, backoff: 2 })] } };
    }),
    6,
    plant('framework-dump', 'zap-any-url-struct-RawQuery', 'error', "`zap.Any(\"request\", req)` encodes a Go struct by reflection: the *url.URL comes out as `{\"Scheme\":…,\"RawQuery\":\"access_token=<token>&…\"}`", ({ rng, t }) => {
      const token = rng.b64url(40);
      const URL = { Scheme: 'https', Opaque: '', User: null, Host: 'api.partner-z.example', Path: '/v2/export', RawPath: '', OmitHost: false, ForceQuery: false, RawQuery: `access_token=${token}&format=ndjson`, Fragment: '', RawFragment: '' };
      return { value: token, event: { lines: [Z(t, 'warn', 'export/pull.go:203', 'export pull slow', { request: { Method: 'GET', URL, Proto: 'HTTP/1.1', ContentLength: 0, Host: 'api.partner-z.example' }, took: 12.4 })] } };
    }),
    6,
    plant('negative', 'k8s-list-continue-token', 'none', 'A Kubernetes list continue token (`continue=<base64 of {"v":"meta.k8s.io/v1","rv":…,"start":…}>`): a cursor, no credential.', ({ rng, t }) => {
      const token = b64Of(JSON.stringify({ v: 'meta.k8s.io/v1', rv: rng.int(1e6, 9e6), start: `forge/runner-${rng.lowerNum(5)}\u0000` }));
      return { value: token, event: { lines: [Z(t, 'info', 'k8s/runners.go:48', 'listing runner pods', { url: `https://10.96.0.1:443/api/v1/namespaces/forge/pods?continue=${token}&limit=500` })] } };
    }),
    6,
    plant('header-dump', 'go-http-header-map-bearer-jwt', 'error', "zap logs the outgoing `http.Header` as a JSON object of arrays: `\"Authorization\":[\"Bearer <JWT>\"]` (an access token valid 1 h)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 120, alg: 'RS256', kid: rng.hex(20), claims: { iss: 'https://sso.merlin-z.example', sub: 'svc-forge-bridge', aud: 'registry', scope: 'repository:web/site:pull,push' } });
      return { value: token.token, jwt: token.facts, event: { lines: [Z(t, 'error', 'registry/push.go:96', 'registry push failed', { status: 500, headers: { Accept: ['application/vnd.oci.image.manifest.v1+json'], Authorization: [`Bearer ${token.token}`], 'User-Agent': ['forge-bridge/1.9.0'] }, stacktrace: stack('pushManifest') })] } };
    }),
    7,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'forge-bridge', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nlog-web.log: an ASP.NET Core 8 app with NLog.Web's file target and its documented layout
// (`${longdate}|${event-properties:item=EventId:whenEmpty=0}|${level:uppercase=true}|${logger}|${message}
// ${exception:format=tostring}|url: ${aspnet-request-url}|action: ${aspnet-mvc-action}`; `longdate` is local time
// without a zone, UTC on this server; `aspnet-request-url` leaves the query out). Hosting diagnostics write each
// request twice (`Request starting` and `Request finished`, both with the query); the payments logger adds the form
// (`${aspnet-request-form}`). https://github.com/NLog/NLog/wiki/Getting-started-with-ASP.NET-Core-6,
// https://github.com/NLog/NLog/wiki/AspNetRequest-Form-Layout-Renderer

function nlogLog(rng) {
  const host = 'portal.kestrel-n.example';
  const N = (t, id, level, logger, msg, url = '', action = '') => `${iso(t).slice(0, 10)} ${iso(t).slice(11, 23)}${digits(rng, 1)}|${id}|${level}|${logger}|${msg} |url: ${url}|action: ${action}`;
  const H = 'Microsoft.AspNetCore.Hosting.Diagnostics';
  const render = (e, rng) => {
    if (e.lines) return e.lines;
    const full = `https://${e.host}${target(e)}`;
    const plain = `https://${e.host}${e.path}`;
    return [
      N(e.t, 1, 'INFO', H, `Request starting HTTP/1.1 ${e.method} ${full} - - -`, plain, ''),
      N(e.t + e.ms, 2, 'INFO', H, `Request finished HTTP/1.1 ${e.method} ${full} - ${e.status} ${e.status === 302 || e.status === 204 ? 0 : e.bytes} ${e.status === 302 || e.status === 204 ? '-' : 'application/json;+charset=utf-8'} ${e.ms}.${digits(rng, 4)}ms`, plain, e.action ?? ''),
    ];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/api/bookings', query: `from=2026-12-${pad(rng.int(1, 28))}`, action: 'List' }),
      () => ({ path: `/api/bookings/${rng.int(10000, 99999)}`, action: 'Get' }),
      () => ({ path: '/health', bytes: 7, ms: 1 }),
      () => ({ lines: [N(t, 0, 'INFO', 'Kestrel.Portal.Services.ReminderService', `Sent ${rng.int(0, 40)} booking reminders`)] }),
    ])();
  const steps = [
    8,
    plant('refresh-token', 'pascal-RefreshToken-query', 'error', `${WHY.refresh} An ASP.NET Core Identity bearer refresh token (data-protected, \`CfDJ8…\`) under the Pascal-case name \`RefreshToken=\`, written by both hosting lines.`, ({ rng }) => {
      const token = `CfDJ8${rng.b64url(230)}`;
      return { value: token, event: { method: 'POST', path: '/connect/renew', query: `RefreshToken=${token}`, action: 'Renew', bytes: 1300 } };
    }),
    6,
    plant('negative', 'identityserver-returnUrl', 'none', "IdentityServer's `returnUrl` on the login page (the authorize request: client id, redirect URI, scope, state, nonce and PKCE challenge): flow state, no credential.", ({ rng, t }) => {
      const state = rng.b64url(22);
      const returnUrl = `/connect/authorize/callback?client_id=kestrel-spa&redirect_uri=https%3A%2F%2F${host}%2Fcallback&response_type=code&scope=openid%20profile%20bookings&state=${state}&code_challenge=${rng.b64url(43)}&code_challenge_method=S256&nonce=${rng.b64url(22)}`;
      return { value: state, needle: `state=${state}`, event: { lines: [N(t, 0, 'INFO', 'Kestrel.Portal.Pages.Account.LoginModel', `Showing login page, returnUrl=${returnUrl}`, `https://${host}/Account/Login`, '')] } };
    }),
    6,
    plant('api-key-name', 'developerKey-query', 'error', `${WHY.apiKey('developerKey')} A \`developerKey=\` (the name Google's older client libraries use) on the app's maps proxy, written by both hosting lines.`, ({ rng }) => {
      const key = rng.b64url(39);
      return { value: key, event: { path: '/api/maps/static', query: `center=69.65,18.95&zoom=12&developerKey=${key}`, action: 'Static', bytes: rng.int(20000, 60000) } };
    }),
    6,
    plant('id-token', 'id_token_hint-expired-endsession', 'note', "An `id_token_hint=` at the app's end-session endpoint that expired a day before the request (a stale tab logging out): no longer accepted, a note", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 90000, alg: 'RS256', kid: rng.hex(32).toUpperCase(), claims: { iss: `https://${host}`, aud: 'kestrel-spa', sub: rng.uuid(), sid: rng.hex(32).toUpperCase(), idp: 'local' } });
      return { value: token.token, jwt: token.facts, event: { path: '/connect/endsession', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${host}%2F`, status: 302, action: '' } };
    }),
    6,
    plant('encoded', 'base64url-url-path-segment', 'error', "A link redirector takes the target as a base64url path segment (`/r/<base64url>`): decoded it is a partner URL with `access_key=` in its query", ({ rng }) => {
      const inner = `https://api.partner-n.example/v1/rates?base=NOK&access_key=${rng.alnum(32)}`;
      const seg = b64urlOf(inner);
      return { value: seg, event: { path: `/r/${seg}`, status: 302, action: 'Go' } };
    }),
    6,
    plant('negative', 'wsfed-wctx', 'none', "WS-Federation's `wctx=` (`rm=0&id=passive&ru=…`, the return context) in a sign-in redirect: no credential.", ({ t }) => ({
      value: 'wctx=rm%3d0%26id%3dpassive%26ru%3d%252fbookings',
      event: { lines: [N(t, 0, 'INFO', 'Microsoft.AspNetCore.Authentication.WsFederation.WsFederationHandler', `AuthenticationScheme: WsFederation was challenged. Redirect: https://adfs.kestrel-n.example/adfs/ls/?wtrealm=https%3a%2f%2f${host}%2f&wa=wsignin1.0&wreply=https%3a%2f%2f${host}%2fsignin-wsfed&wctx=rm%3d0%26id%3dpassive%26ru%3d%252fbookings`, `https://${host}/bookings`, 'Index')] },
    })),
    6,
    plant('framework-dump', 'nlog-aspnet-request-form', 'error', "The payments logger's layout adds `${aspnet-request-form}` (the form as `key=value` pairs): a payment provider's callback posts its `api_password`", ({ rng, t }) => {
      const secret = rng.alnum(28);
      return { value: secret, event: { lines: [N(t, 0, 'WARN', 'Kestrel.Portal.Payments.CallbackController', `Callback signature mismatch, form: merchant_id=${rng.int(100000, 999999)},order_id=${rng.int(10000, 99999)},amount=129000,currency=NOK,api_password=${secret},status=CAPTURED`, `https://${host}/payments/callback`, 'Callback')] } };
    }),
    7,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// logback-access.log: a Spring Boot 3 portal (embedded Tomcat) with logback-access, pattern
// `%h %l %u [%t] "%r" %s %b "%i{Referer}" "%i{User-Agent}"%n%fullRequest`: the combined line, then the request line and
// its headers one per line (no time on them), then a blank line and the (empty) body. The portal fronts Oracle APEX
// pages under `/ords/`. https://logback.qos.ch/access.html, https://logback.qos.ch/manual/layouts.html#AccessPatternLayout

function logbackAccessLog(rng) {
  const host = 'portal.tern-b.example';
  const render = (e) => {
    const headers = [['host', e.host], ['user-agent', e.ua], ['accept', '*/*'], ...(e.referer !== '-' ? [['referer', e.referer]] : []), ...(e.headers ?? []), ['x-forwarded-for', e.ip]];
    return [
      `${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`,
      `${e.method} ${target(e)} HTTP/1.1`,
      ...headers.map(([k, v]) => `${k}: ${v}`),
      '',
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/ords/r/tern/portal/home' }),
      () => ({ path: `/static/js/main.${rng.hex(8)}.js`, bytes: rng.int(40000, 90000), referer: `https://${host}/` }),
      () => ({ path: '/api/notices', query: `page=${rng.int(1, 5)}`, headers: [['accept-language', 'nb-NO,nb;q=0.9,en;q=0.8']] }),
      () => ({ path: '/actuator/health', ua: 'kube-probe/1.34', ip: '10.2.0.1', bytes: 15 }),
    ])();
  const steps = [
    4,
    plant('session-id', 'apex-f-p-session', 'error', WHY.session("Oracle APEX's session id in the third part of `f?p=<app>:<page>:<session>` (written by the combined line and again by `%fullRequest`)"), ({ rng }) => {
      const session = digits(rng, 14);
      return { value: session, needle: `:${session}:`, event: { path: '/ords/f', query: `p=100:12:${session}::NO:::`, referer: `https://${host}/ords/r/tern/portal/home` } };
    }),
    4,
    plant('negative', 'xfcc-hash', 'none', "The `x-forwarded-client-cert` header of the mesh (`Hash=<sha256 of the client certificate>;URI=spiffe://…`): a certificate fingerprint, no credential.", ({ rng }) => {
      const hash = rng.hex(64);
      return { value: hash, event: { path: '/api/notices', headers: [['x-forwarded-client-cert', `By=spiffe://cluster.local/ns/portal/sa/portal;Hash=${hash};Subject="";URI=spiffe://cluster.local/ns/edge/sa/gateway`]] } };
    }),
    4,
    plant('replay', 'preview_ticket-two-lines-one-request', 'note', WHY.ticketFirst("An opaque `preview_ticket` (one document preview), written twice for one request by logback-access (the combined line and `%fullRequest`'s request line; the repeat is no replay)"), ({ rng }) => {
      const ticket = rng.b64url(30);
      return { value: ticket, event: { path: '/api/documents/preview', query: `preview_ticket=${ticket}`, bytes: rng.int(30000, 90000) } };
    }),
    4,
    plant('header-dump', 'fullrequest-authorization-atlassian-token', 'error', "`%fullRequest` writes the request's headers one per line: `authorization: Bearer ATATT3x…` (an Atlassian API token a sync job sends), on a line without a time", ({ rng }) => {
      const token = `ATATT3x${rng.b64url(180)}=${rng.hex(8).toUpperCase()}`;
      return { value: token, event: { method: 'POST', path: '/api/sync/jira', status: 202, ua: 'Apache-HttpClient/5.5.1 (Java/21.0.9)', headers: [['authorization', `Bearer ${token}`], ['content-type', 'application/json']] } };
    }),
    4,
    plant('negative', 'sec-websocket-key', 'none', 'A WebSocket handshake\'s `sec-websocket-key` (16 random bytes in base64, a nonce the server hashes into its answer): no credential.', ({ rng }) => {
      const key = rng.bytes(16).toString('base64');
      return { value: key, event: { path: '/ws/notices', status: 101, bytes: 0, headers: [['connection', 'Upgrade'], ['upgrade', 'websocket'], ['sec-websocket-version', '13'], ['sec-websocket-key', key]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// journal-verbose.log: `journalctl -o verbose` of a workstation-turned-build-box: each entry opens with its realtime
// timestamp and cursor (`Tue 2026-12-01 15:02:11.123456 UTC [s=…;i=…;b=…;m=…;t=…;x=…]`), then every field on its own
// indented line (`    MESSAGE=…`, no time on it); binary fields show as `[<size> blob data]`. A timer's shell job
// (`set -x`), wget `--debug` and an Electron app's output.
// https://www.freedesktop.org/software/systemd/man/latest/journalctl.html#verbose,
// https://www.freedesktop.org/software/systemd/man/latest/systemd.journal-fields.html


function journalVerboseLog(rng) {
  const boot = rng.hex(32);
  const machine = rng.hex(32);
  const seqnum = rng.hex(32);
  let i = rng.int(0x20000, 0x40000);
  const units = {
    sync: { comm: 'bash', unit: 'site-sync.service', id: 'site-sync', pid: rng.int(20000, 30000), uid: 998 },
    wget: { comm: 'wget', unit: 'mirror-fetch.service', id: 'mirror-fetch', pid: rng.int(30000, 40000), uid: 998 },
    app: { comm: 'tern-desktop', unit: 'app-tern\\x2ddesktop@autostart.service', id: 'tern-desktop', pid: rng.int(4000, 9000), uid: 1000 },
    compose: { comm: 'docker-compose', unit: 'stack.service', id: 'docker-compose', pid: rng.int(1000, 3000), uid: 0 },
  };
  const entry = (t, who, message, priority = 6) => {
    const u = units[who];
    const us = BigInt(t) * 1000n + BigInt(rng.int(0, 999));
    const d = new Date(t);
    i += 1;
    return [
      `${DAYS[d.getUTCDay()]} ${iso(t).slice(0, 10)} ${iso(t).slice(11, 19)}.${String(us % 1000000n).padStart(6, '0')} UTC [s=${seqnum};i=${i.toString(16)};b=${boot};m=${(us - BigInt(DAY0) * 1000n + 3600000000n).toString(16)};t=${us.toString(16)};x=${rng.hex(16)}]`,
      '    _TRANSPORT=stdout',
      `    PRIORITY=${priority}`,
      '    SYSLOG_FACILITY=3',
      `    SYSLOG_IDENTIFIER=${u.id}`,
      message,
      `    _PID=${u.pid}`,
      `    _UID=${u.uid}`,
      `    _GID=${u.uid}`,
      `    _COMM=${u.comm}`,
      `    _SYSTEMD_UNIT=${u.unit}`,
      `    _BOOT_ID=${boot}`,
      `    _MACHINE_ID=${machine}`,
      '    _HOSTNAME=buildbox',
    ];
  };
  const M = (text) => `    MESSAGE=${text}`;
  const render = (e) => e.entries.flatMap(([dt, who, message, priority]) => entry(e.t + dt, who, message, priority));
  const filler = (rng) =>
    rng.pick([
      () => ({ entries: [[0, 'sync', M(`+ rsync -a --delete public/ /srv/www/site/`)], [400, 'sync', M(`sent ${rng.int(10000, 900000)} bytes  received ${rng.int(100, 9000)} bytes  ${rng.int(100000, 900000)}.00 bytes/sec`)]] }),
      () => ({ entries: [[0, 'wget', M(`mirror: ${rng.int(1, 40)} files up to date`)]] }),
      () => ({ entries: [[0, 'app', M(`[main] window ready in ${rng.int(200, 900)}ms`)]] }),
      () => ({ entries: [[0, 'compose', M(`Container stack-db-1  Running`)]] }),
    ])();
  const steps = [
    6,
    plant('implicit-fragment', 'electron-did-navigate-google-fragment', 'error', "An Electron app logs its window's navigations: after Google's implicit flow, `did-navigate` has `#access_token=ya29.…` (an opaque Google access token, valid an hour) in a MESSAGE field, without a time of its own", ({ rng }) => {
      const token = `ya29.a0${rng.b64url(170)}`;
      return { value: token, event: { entries: [[0, 'app', M(`[main] did-navigate https://app.tern-j.example/oauth/google/done#access_token=${token}&token_type=Bearer&expires_in=3599&scope=https://www.googleapis.com/auth/drive.file`)]] } };
    }),
    5,
    plant('negative', 'journal-blob-data', 'none', 'journald shows a MESSAGE holding control characters as `[<size> blob data]` without its bytes: no value on the line.', ({ rng }) => {
      const size = `${rng.int(300, 999)}B`;
      return { value: `[${size} blob data]`, event: { entries: [[0, 'wget', `    MESSAGE=[${size} blob data]`]] } };
    }),
    5,
    plant('webhook', 'cloudflare-pages-deploy-hook', 'error', WHY.webhook("A Cloudflare Pages deploy hook (`/client/v4/pages/webhooks/deploy_hooks/<uuid>`) in a timer job's `set -x` trace"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { entries: [[0, 'sync', M(`+ curl -fsS -X POST https://api.cloudflare.com/client/v4/pages/webhooks/deploy_hooks/${id}`)], [900, 'sync', M(`{"success":true,"errors":[],"messages":[],"result":{"id":"${rng.uuid()}"}}`)]] } };
    }),
    5,
    plant('api-key-name', 'x-goog-api-key-set-x', 'error', `${WHY.apiKey('X-Goog-Api-Key')} A Google Maps Platform server key (\`AIza…\`) in a header the job passes to curl, printed by \`set -x\`.`, ({ rng }) => {
      const key = `AIza${rng.b64url(35)}`;
      return { value: key, event: { entries: [[0, 'sync', M(`+ curl -s -X POST -H 'Content-Type: application/json' -H 'X-Goog-Api-Key: ${key}' -H 'X-Goog-FieldMask: places.displayName' https://places.googleapis.com/v1/places:searchText -d @query.json`)]] } };
    }),
    5,
    plant('header-dump', 'wget-debug-cookie-gitlab-session', 'error', "wget `--debug` prints the request it sends between `---request begin---` and `---request end---`, one journal entry per line: `Cookie: _gitlab_session=<32 hex>` (a GitLab web session)", ({ rng }) => {
      const sid = rng.hex(32);
      const lines = ['---request begin---', 'GET /infra/site/-/archive/main/site-main.tar.gz HTTP/1.1', 'Host: git.tern-j.example', 'User-Agent: Wget/1.25.0', 'Accept: */*', 'Accept-Encoding: identity', `Cookie: _gitlab_session=${sid}`, 'Connection: Keep-Alive', '', '---request end---'];
      return { value: sid, event: { entries: lines.map((line, n) => [n, 'wget', M(line)]) } };
    }),
    5,
    plant('negative', 'compose-variable-not-set', 'none', "Docker Compose's warning that a variable is unset (`The \"DB_PASSWORD\" variable is not set. Defaulting to a blank string.`): a name, no value.", () => ({
      value: 'The \\"DB_PASSWORD\\" variable is not set',
      event: { entries: [[0, 'compose', M('time="2026-12-01T15:40:02Z" level=warning msg="The \\"DB_PASSWORD\\" variable is not set. Defaulting to a blank string."'), 4]] },
    })),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'buildbox' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// audit.log: Linux auditd's raw log (`type=… msg=audit(<epoch seconds>.<ms>:<serial>): …`), execve auditing on: one
// event is SYSCALL, EXECVE, CWD, PATH and PROCTITLE records. auditd writes an argument holding a space, a quote or a
// control character as uppercase hex without quotes, and PROCTITLE as the hex of the first 128 bytes of argv (NUL
// between arguments). https://github.com/linux-audit/audit-documentation/wiki/SPEC-Audit-Event-Enrichment,
// https://man7.org/linux/man-pages/man8/auditd.8.html

function auditLog(rng) {
  let serial = rng.int(20000, 40000);
  const arg = (a) => ([...a].some((c) => c <= ' ' || c === '"' || c >= '\x7f') ? hexOf(a) : `"${a}"`);
  const event = (t, argv, { uid = 1000, cwd = '/home/deploy', exe } = {}) => {
    serial += rng.int(1, 9);
    const stamp = `audit(${sec(t)}.${pad(t % 1000, 3)}:${serial})`;
    const path = exe ?? (argv[0].startsWith('/') ? argv[0] : `/usr/bin/${argv[0]}`);
    const title = Buffer.from(argv.join('\0')).subarray(0, 128).toString('hex').toUpperCase();
    return [
      `type=SYSCALL msg=${stamp}: arch=c000003e syscall=59 success=yes exit=0 a0=${rng.hex(12)} a1=${rng.hex(12)} a2=${rng.hex(12)} a3=0 items=2 ppid=${rng.int(1000, 9000)} pid=${rng.int(9000, 60000)} auid=${uid} uid=${uid} gid=${uid} euid=${uid} suid=${uid} fsuid=${uid} egid=${uid} sgid=${uid} fsgid=${uid} tty=pts${rng.int(0, 3)} ses=${rng.int(2, 9)} comm="${path.split('/').at(-1).slice(0, 15)}" exe="${path}" subj=unconfined key="exec"`,
      `type=EXECVE msg=${stamp}: argc=${argv.length} ${argv.map((a, n) => `a${n}=${arg(a)}`).join(' ')}`,
      `type=CWD msg=${stamp}: cwd="${cwd}"`,
      `type=PATH msg=${stamp}: item=0 name="${path}" inode=${rng.int(100000, 999999)} dev=fd:00 mode=0100755 ouid=0 ogid=0 rdev=00:00 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0`,
      `type=PROCTITLE msg=${stamp}: proctitle=${title}`,
    ];
  };
  const render = (e) => e.lines;
  /** The event of `argv`, checked so that PROCTITLE's 128 bytes end before the planted value. */
  const planted = (t, argv, value, options) => {
    const head = Buffer.from(argv.join('\0')).subarray(0, 128).toString();
    if (head.includes(value.slice(0, 6))) throw new Error('proctitle would hold part of the planted value');
    return event(t, argv, options);
  };
  const filler = (rng, t) => ({
    lines: rng.pick([
      () => event(t, ['ls', '--color=auto', '-la']),
      () => event(t, ['git', 'pull', '--ff-only']),
      () => event(t, ['/usr/bin/python3', '/usr/local/bin/report.py', '--since', '2026-11-30'], { cwd: '/opt/reports' }),
      () => event(t, ['systemctl', 'status', 'nginx.service'], { uid: 0, cwd: '/root' }),
      () => event(t, ['grep', '-c', 'error', '/var/log/app/app.log']),
    ])(),
  });
  const steps = [
    5,
    plant('encoded', 'auditd-hex-execve-authorization', 'error', "auditd writes an argument with a space as hex: EXECVE's `a13=417574686F72…` is `Authorization: Bearer ghp_…` (a GitHub personal access token, valid by its checksum) given to curl", ({ rng, t }) => {
      const token = githubToken('ghp_', rng.alnum(30));
      const argv = ['curl', '--silent', '--show-error', '--fail', '--location', '--retry', '3', '--max-time', '30', '-H', 'Accept: application/vnd.github+json', '-H', 'X-GitHub-Api-Version: 2022-11-28', '-H', `Authorization: Bearer ${token}`, 'https://api.github.com/repos/tern-j/site/releases/latest'];
      return { value: hexOf(`Authorization: Bearer ${token}`), event: { lines: planted(t, argv, token) } };
    }),
    5,
    plant('negative', 'token-file-path-flag', 'none', 'A flag naming the file that holds the token (`--token-file=/var/run/secrets/…/token`): a path, no value.', ({ t }) => ({
      value: '--token-file=/var/run/secrets/kubernetes.io/serviceaccount/token',
      event: { lines: event(t, ['/usr/local/bin/kube-reporter', '--server=https://10.96.0.1', '--token-file=/var/run/secrets/kubernetes.io/serviceaccount/token'], { cwd: '/' }) },
    })),
    5,
    plant('implicit-fragment', 'desktop-handler-argv-fragment-jwt', 'error', "The desktop client is started with the browser's implicit-flow redirect as its last argument: `…#access_token=<JWT>&token_type=Bearer` in EXECVE (no space, so in clear)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 5, alg: 'RS256', kid: rng.b64url(12), claims: { iss: 'https://id.tern-j.example', aud: 'tern-desktop', sub: rng.uuid(), scope: 'openid files' } });
      const argv = ['/opt/tern-desktop/tern-desktop', '--no-sandbox', '--enable-features=UseOzonePlatform,WaylandWindowDecorations', '--ozone-platform-hint=auto', '--open-url', `https://id.tern-j.example/desktop/complete#access_token=${token.token}&token_type=Bearer&expires_in=3600`];
      return { value: token.token, jwt: token.facts, event: { lines: planted(t, argv, token.token) } };
    }),
    5,
    plant('api-key-name', 'cli-flag-auth-token', 'error', `${WHY.apiKey('--auth-token')} A backup agent started with \`--auth-token=<token>\` on its command line (visible in EXECVE and to every user through /proc).`, ({ rng, t }) => {
      const key = rng.alnum(40);
      const argv = ['/usr/local/bin/backup-agent', '--endpoint=https://backup.tern-j.example/api/v2', '--repository=buildbox-home', '--exclude-caches', '--compression=zstd', `--auth-token=${key}`];
      return { value: key, event: { lines: planted(t, argv, key) } };
    }),
    5,
    plant('negative', 'password-stdin-flag', 'none', '`docker login --password-stdin` (the password comes from standard input, the flag is a word): no value.', ({ t }) => ({
      value: '"--password-stdin"',
      event: { lines: event(t, ['docker', 'login', '--username', 'ci-bot', '--password-stdin', 'registry.tern-j.example']) },
    })),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'buildbox' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wevtutil-events.xml: Windows events exported with `wevtutil qe <log> /f:xml` (one `<Event>` per line, attributes in
// single quotes, `TimeCreated SystemTime` in UTC with seven fractional digits, `&` written `&amp;`): Security 4688
// (process creation with the command line) and 4769, PowerShell 4104 (script block logging) and ASP.NET's 1309 on an
// IIS server. https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/wevtutil,
// https://learn.microsoft.com/en-us/windows/security/threat-protection/auditing/event-4688,
// https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_logging_windows

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function wevtutilLog(rng) {
  let record = rng.int(800000, 900000);
  const computer = 'WEB01.corp.kestrel-w.example';
  const providers = {
    security: ["Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}", 'Security'],
    powershell: ["Microsoft-Windows-PowerShell' Guid='{a0c1853b-5c40-4b15-8766-3cf1c58f985a}", 'Microsoft-Windows-PowerShell/Operational'],
    aspnet: ['ASP.NET 4.0.30319.0', 'Application'],
  };
  const ev = (t, kind, id, task, data, { level = 0, keywords = '0x8020000000000000', named = true } = {}) => {
    record += rng.int(1, 40);
    const [provider, channel] = providers[kind];
    const body = data.map(([k, v]) => (named ? `<Data Name='${k}'>${xmlEscape(v)}</Data>` : `<Data>${xmlEscape(v)}</Data>`)).join('');
    return `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='${provider}'/><EventID${kind === 'aspnet' ? " Qualifiers='32768'" : ''}>${id}</EventID><Version>${kind === 'security' && id === 4688 ? 2 : 0}</Version><Level>${level}</Level><Task>${task}</Task><Opcode>0</Opcode><Keywords>${keywords}</Keywords><TimeCreated SystemTime='${ticks(t, rng)}'/><EventRecordID>${record}</EventRecordID><Correlation/><Execution ProcessID='${kind === 'security' ? 4 : rng.int(1000, 9000)}' ThreadID='${rng.int(100, 9000)}'/><Channel>${channel}</Channel><Computer>${computer}</Computer><Security${kind === 'powershell' ? ` UserID='S-1-5-21-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-1107'` : ''}/></System><EventData>${body}</EventData></Event>`;
  };
  const proc = (t, commandLine, image, user = 'svc-build') =>
    ev(t, 'security', 4688, 13312, [
      ['SubjectUserSid', 'S-1-5-18'], ['SubjectUserName', 'WEB01$'], ['SubjectDomainName', 'CORP'], ['SubjectLogonId', '0x3e7'],
      ['NewProcessId', `0x${rng.hex(4)}`], ['NewProcessName', image], ['TokenElevationType', '%%1936'], ['ProcessId', `0x${rng.hex(4)}`],
      ['CommandLine', commandLine], ['TargetUserSid', 'S-1-0-0'], ['TargetUserName', user], ['TargetDomainName', 'CORP'], ['TargetLogonId', `0x${rng.hex(6)}`],
      ['ParentProcessName', 'C:\\Program Files\\Jenkins\\jre\\bin\\java.exe'], ['MandatoryLabel', 'S-1-16-12288'],
    ]);
  const render = (e) => e.lines;
  const filler = (rng, t) => ({
    lines: [
      rng.pick([
        () => proc(t, `"C:\\Program Files\\Git\\cmd\\git.exe" fetch --prune origin`, 'C:\\Program Files\\Git\\cmd\\git.exe'),
        () => proc(t, `"C:\\Program Files\\dotnet\\dotnet.exe" build Kestrel.sln -c Release /p:Version=2.4.${rng.int(1, 40)}`, 'C:\\Program Files\\dotnet\\dotnet.exe'),
        () => proc(t, 'C:\\Windows\\system32\\cmd.exe /c "robocopy artifacts\\site C:\\inetpub\\kestrel /MIR /NJH /NJS"', 'C:\\Windows\\System32\\cmd.exe'),
        () => ev(t, 'powershell', 4104, 2, [['MessageNumber', '1'], ['MessageTotal', '1'], ['ScriptBlockText', `Get-ChildItem -Path C:\\inetpub\\logs\\LogFiles -Filter *.log | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-${rng.int(7, 30)}) } | Remove-Item`], ['ScriptBlockId', rng.uuid()], ['Path', 'C:\\ops\\cleanup.ps1']], { level: 5, keywords: '0x0' }),
      ])(),
    ],
  });
  const steps = [
    5,
    plant('api-key-name', 'dotnet-nuget-push-api-key', 'error', `${WHY.apiKey('--api-key')} A NuGet.org API key (\`oy2…\`) on a \`dotnet nuget push\` command line, which process-creation auditing records.`, ({ rng, t }) => {
      const key = `oy2${rng.lowerNum(43)}`;
      return { value: key, event: { lines: [proc(t, `"C:\\Program Files\\dotnet\\dotnet.exe" nuget push artifacts\\Kestrel.Core.2.4.${rng.int(1, 40)}.nupkg --api-key ${key} --source https://api.nuget.org/v3/index.json`, 'C:\\Program Files\\dotnet\\dotnet.exe')] } };
    }),
    4,
    plant('negative', 'net-user-star-prompt', 'none', '`net user <name> * /add`: the `*` makes net.exe prompt for the password, none is on the command line.', ({ t }) => ({
      value: 'net user svc-report * /add',
      event: { lines: [proc(t, 'net user svc-report * /add', 'C:\\Windows\\System32\\net.exe', 'adm-ingrid')] },
    })),
    4,
    plant('webhook', 'wecom-webhook-key-scriptblock', 'error', WHY.webhook("A WeCom (企业微信) group robot URL (`/cgi-bin/webhook/send?key=<uuid>`) in a PowerShell script block, XML-escaped"), ({ rng, t }) => {
      const key = rng.uuid();
      const script = `$body = @{ msgtype = 'text'; text = @{ content = "Deploy $env:BUILD_NUMBER finished" } } | ConvertTo-Json; Invoke-RestMethod -Method Post -Uri 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key}&debug=1' -ContentType 'application/json' -Body $body`;
      return { value: key, event: { lines: [ev(t, 'powershell', 4104, 2, [['MessageNumber', '1'], ['MessageTotal', '1'], ['ScriptBlockText', script], ['ScriptBlockId', rng.uuid()], ['Path', 'C:\\ops\\notify.ps1']], { level: 5, keywords: '0x0' })] } };
    }),
    4,
    plant('id-token', 'aspnet-1309-request-url-id_token', 'error', "ASP.NET's unhandled-exception event 1309 records the request URL: a form-post callback turned into a GET carries `id_token=<JWT>` (valid 1 h) in it, with `&` written `&amp;`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 8, alg: 'RS256', kid: rng.b64url(27), claims: { iss: 'https://adfs.kestrel-w.example/adfs', aud: 'kestrel-legacy', sub: rng.b64url(32), upn: `ingrid@kestrel-w.example`, nonce: rng.hex(32) } });
      const when = new Date(t);
      const stamp = `${when.getUTCMonth() + 1}/${when.getUTCDate()}/${when.getUTCFullYear()} ${when.getUTCHours() % 12 || 12}:${pad(when.getUTCMinutes())}:${pad(when.getUTCSeconds())} ${when.getUTCHours() < 12 ? 'AM' : 'PM'}`;
      const url = `https://legacy.kestrel-w.example/signin-oidc?state=${rng.b64url(30)}&id_token=${token.token}`;
      const data = ['3005', 'An unhandled exception has occurred.', stamp, stamp, rng.hex(32), String(rng.int(10, 99)), '1', '0', '/LM/W3SVC/2/ROOT-1-134090000000000000', 'Full', '/', 'C:\\inetpub\\legacy\\', 'WEB01', '', String(rng.int(1000, 9000)), 'w3wp.exe', 'IIS APPPOOL\\legacy', 'InvalidOperationException', 'IDX21323: RequireNonce is \'True\'. OpenIdConnectProtocolValidationContext.Nonce was null.', url, '/signin-oidc', publicIp(rng), '', 'False', '', 'IIS APPPOOL\\legacy', String(rng.int(5, 40)), 'IIS APPPOOL\\legacy', 'False', '   at Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectProtocolValidator.ValidateNonce(OpenIdConnectProtocolValidationContext validationContext)'].map((v) => ['', v]);
      return { value: token.token, jwt: token.facts, event: { lines: [ev(t, 'aspnet', 1309, 3, data, { level: 3, keywords: '0x80000000000000', named: false })] } };
    }),
    4,
    plant('encoded', 'powershell-encodedcommand-utf16le', 'error', "`powershell.exe -EncodedCommand <base64 of UTF-16LE>` in process-creation auditing: decoded, the script sends `Authorization = 'Bearer <token>'` (an opaque deployment token)", ({ rng, t }) => {
      const token = rng.b64url(44);
      const script = `$h = @{ Authorization = 'Bearer ${token}' }; Invoke-RestMethod -Uri https://deploy.kestrel-w.example/api/releases -Method Post -Headers $h -InFile release.json`;
      const encoded = Buffer.from(script, 'utf16le').toString('base64');
      return { value: encoded, event: { lines: [proc(t, `powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand ${encoded}`, 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe')] } };
    }),
    4,
    plant('negative', 'kerberos-4769-ticket-options', 'none', "A Kerberos service ticket event (4769): `TicketOptions` and `TicketEncryptionType` are flags, no ticket.", ({ rng, t }) => ({
      value: "<Data Name='TicketOptions'>0x40810000</Data>",
      event: { lines: [ev(t, 'security', 4769, 14337, [['TargetUserName', 'svc-build@CORP.KESTREL-W.EXAMPLE'], ['TargetDomainName', 'CORP.KESTREL-W.EXAMPLE'], ['ServiceName', 'HTTP/legacy.kestrel-w.example'], ['ServiceSid', `S-1-5-21-${rng.int(1e9, 4e9)}-1108`], ['TicketOptions', '0x40810000'], ['TicketEncryptionType', '0x12'], ['IpAddress', '::ffff:10.4.0.21'], ['IpPort', String(rng.int(49152, 65535))], ['Status', '0x0'], ['LogonGuid', `{${rng.uuid()}}`], ['TransmittedServices', '-']])] },
    })),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: computer }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// macos-log-show.log: `log show --predicate 'subsystem BEGINSWITH "com.kestrel"' --info` (default style: a header
// row, then `<local time with µs and +0100> <thread> <type> <activity> <pid> <ttl> <process>: (<library>)
// [<subsystem>:<category>] <message>`; a message's further lines follow without any prefix). Private arguments show as
// `<private>`, or as `<mask.hash: '…'>` when the app asks for a hash.
// https://developer.apple.com/documentation/os/viewing-log-messages, https://developer.apple.com/documentation/os/logger

function macLog(rng) {
  const pid = rng.int(800, 9000);
  const localTime = (t) => {
    const d = new Date(t + HOUR);
    return `${iso(d.getTime()).slice(0, 10)} ${iso(d.getTime()).slice(11, 23)}${digits(rng, 3)}+0100`;
  };
  const L = (t, type, lib, cat, msg) => `${localTime(t)} 0x${rng.hex(6).padEnd(8)} ${type.padEnd(11)} 0x0                  ${String(pid).padEnd(6)} 0    Kestrel: (${lib}) [com.kestrel.desktop:${cat}] ${msg}`;
  const render = (e) => e.lines;
  const filler = (rng, t) => ({
    lines: [
      rng.pick([
        () => L(t, 'Default', 'KestrelCore', 'sync', `Sync finished: ${rng.int(0, 90)} changes, ${rng.int(100, 900)} ms`),
        () => L(t, 'Info', 'KestrelCore', 'ui', `Window restored at {{${rng.int(0, 200)}, ${rng.int(0, 200)}}, {1280, 800}}`),
        () => L(t, 'Default', 'CFNetwork', 'network', `Task <${rng.uuid().toUpperCase()}>.<${rng.int(1, 9)}> finished successfully`),
        () => L(t, 'Error', 'KestrelCore', 'sync', `Sync deferred: The network connection was lost. (NSURLErrorDomain -1005)`),
      ])(),
    ],
  });
  const header = ['Timestamp                       Thread     Type        Activity             PID    TTL  '];
  const steps = [
    6,
    plant('oauth-code', 'loopback-redirect-code-rfc8252', 'warning', `${WHY.code} A native app's loopback redirect (RFC 8252 \`http://127.0.0.1:<port>/?code=…&state=…\`) logged with \`%{public}@\`.`, ({ rng, t }) => {
      const code = rng.b64url(43);
      return { value: code, event: { lines: [L(t, 'Default', 'KestrelAuth', 'oauth', `Loopback redirect received: http://127.0.0.1:${rng.int(49152, 65535)}/?code=${code}&state=${rng.b64url(22)}`)] } };
    }),
    5,
    plant('negative', 'os_log-private', 'none', 'The unified log hides a dynamic argument that is not marked public: `token <private>` shows no value.', ({ t }) => ({
      value: 'refresh with token <private>',
      event: { lines: [L(t, 'Default', 'KestrelAuth', 'oauth', 'Scheduling refresh with token <private> in 3300 s')] },
    })),
    5,
    plant('implicit-fragment', 'wkwebview-silent-renew-fragment', 'error', "The app's WKWebView navigation delegate logs each URL publicly: the silent-renew page comes back with `#access_token=<JWT>` (valid 1 h)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://id.kestrel-m.example', aud: 'kestrel-desktop', sub: rng.uuid(), scope: 'openid notes' } });
      return { value: token.token, jwt: token.facts, event: { lines: [L(t, 'Info', 'KestrelAuth', 'webview', `decidePolicyFor navigationAction: https://id.kestrel-m.example/silent-renew.html#access_token=${token.token}&token_type=Bearer&expires_in=3600&state=${rng.b64url(22)}`)] } };
    }),
    5,
    plant('framework-dump', 'nsdictionary-description-token-response', 'error', "The app logs the token response's NSDictionary with `%{public}@`: its description spans lines, `access_token = <opaque token>;` on a line of its own, without a time", ({ rng, t }) => {
      const token = rng.b64url(64);
      return { value: token, event: { lines: [L(t, 'Debug', 'KestrelAuth', 'oauth', 'Token response: {'), `    "access_token" = ${token};`, '    "expires_in" = 3600;', '    scope = "notes.read notes.write";', `    "token_type" = Bearer;`, '}'] } };
    }),
    5,
    plant('path-secret', 'universal-link-email-sign-in', 'error', WHY.pathSecret('An e-mail sign-in universal link (`/auth/email-link/<token>`), written when the app receives it and again when it has handled it'), ({ rng, t }) => {
      const token = rng.b64url(40);
      const url = `https://kestrel-m.example/auth/email-link/${token}`;
      return { value: token, event: { lines: [L(t, 'Default', 'KestrelCore', 'links', `continueUserActivity webpageURL=${url}`), L(t + 240, 'Default', 'KestrelCore', 'links', `Handled universal link ${url}`)] } };
    }),
    5,
    plant('negative', 'os_log-mask-hash', 'none', "The unified log's hashed redaction (`<mask.hash: '…'>`, a salted hash the app asked for to correlate without the value): no credential.", ({ rng, t }) => {
      const mask = `<mask.hash: '${rng.chars(UPPER + LOWER + DIGITS + '+/', 22)}=='>`;
      return { value: mask, event: { lines: [L(t, 'Default', 'KestrelAuth', 'oauth', `Signed in account ${mask}`)] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'mac' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// fluent-bit-stdout.log: Fluent Bit's `stdout` output (format msgpack, as the docs show it: `[<n>] <tag>: [[<epoch
// seconds>.<nanoseconds>, {}], {"key"=>"value", …}]`) of Kubernetes container logs after the kubernetes filter: the
// container's line in `log`, the CRI `time`, `stream` and `_p`, the pod metadata. Apps: a Python worker, a Node deployer,
// a mailer, authentik's server, Vault's audit device on stdout.
// https://docs.fluentbit.io/manual/pipeline/outputs/standard-output, https://docs.fluentbit.io/manual/pipeline/filters/kubernetes

function fluentBitLog(rng) {
  let n = 0;
  const pods = {
    worker: ['sync-worker-7c9d8b5f4-x2k9p', 'data', 'worker', 'registry.kite-f.example/sync-worker:3.2.1'],
    deployer: ['deployer-5f7b9c6d8-qq4lm', 'ci', 'deployer', 'registry.kite-f.example/deployer:1.8.0'],
    mailer: ['mailer-6d5c4b3a2-r8t7y', 'apps', 'mailer', 'registry.kite-f.example/mailer:2.0.4'],
    authentik: ['authentik-server-84f9c7d6b-m3n4p', 'auth', 'server', 'ghcr.io/goauthentik/server:2025.10.1'],
    vault: ['vault-0', 'vault', 'vault', 'hashicorp/vault:1.21.1'],
  };
  const ids = Object.fromEntries(Object.keys(pods).map((k) => [k, rng.hex(64)]));
  const q = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const F = (t, who, log) => {
    const [pod, ns, container, image] = pods[who];
    const tag = `kube.var.log.containers.${pod}_${ns}_${container}-${ids[who]}.log`;
    const ts = `${sec(t)}.${pad(t % 1000, 3)}${digits(rng, 6)}`;
    const record = `{"time"=>${q(nanos(t, rng))}, "stream"=>"stdout", "_p"=>"F", "log"=>${q(log)}, "kubernetes"=>{"pod_name"=>${q(pod)}, "namespace_name"=>${q(ns)}, "container_name"=>${q(container)}, "docker_id"=>${q(ids[who])}, "container_image"=>${q(image)}}}`;
    return `[${n++ % 4}] ${tag}: [[${ts}, {}], ${record}]`;
  };
  const render = (e) => e.lines.map(([dt, who, log]) => F(e.t + dt, who, log));
  const pyTime = (t) => `${iso(t).slice(0, 10)} ${iso(t).slice(11, 19)},${pad(t % 1000, 3)}`;
  const filler = (rng, t) => ({
    lines: [
      rng.pick([
        () => [0, 'worker', `${pyTime(t)} INFO sync_worker: synced ${rng.int(1, 400)} records from partner in ${rng.int(100, 9000)} ms`],
        () => [0, 'deployer', JSON.stringify({ level: 30, time: t, msg: `release ${rng.int(100, 999)} healthy`, service: rng.pick(['web', 'api']) })],
        () => [0, 'mailer', `${iso(t)} queued message ${rng.hex(12)}@mailer.kite-f.example to 1 recipient`],
        () => [0, 'authentik', JSON.stringify({ event: '/-/health/live/', host: '10.42.1.9:9000', level: 'info', logger: 'authentik.asgi', method: 'HEAD', pid: rng.int(20, 90), remote: '10.42.1.1', runtime: rng.int(1, 5), scheme: 'http', status: 200, timestamp: iso(t), user: '', user_agent: 'kube-probe/1.34' })],
      ])(),
    ],
  });
  const steps = [
    6,
    plant('oauth-code', 'dropbox-code-python-worker', 'warning', `${WHY.code} Dropbox's 43-character code in a Python worker's log of the callback it handles.`, ({ rng, t }) => {
      const code = rng.b64url(43);
      return { value: code, event: { lines: [[0, 'worker', `${pyTime(t)} INFO sync_worker.oauth: callback GET /oauth/dropbox/finish?code=${code}&state=${rng.b64url(22)}`]] } };
    }),
    5,
    plant('negative', 'vault-audit-hmac-client_token', 'none', "Vault's audit device writes tokens as HMACs (`\"client_token\":\"hmac-sha256:<hex>\"`): not the token, no credential.", ({ rng, t }) => {
      const h = rng.hex(64);
      return { value: `hmac-sha256:${h}`, event: { lines: [[0, 'vault', JSON.stringify({ time: iso(t), type: 'request', auth: { client_token: `hmac-sha256:${h}`, accessor: `hmac-sha256:${rng.hex(64)}`, display_name: 'kubernetes-data-sync-worker', policies: ['default', 'sync-worker'], token_type: 'service' }, request: { id: rng.uuid(), operation: 'read', path: 'secret/data/sync-worker', remote_address: '10.42.2.31' } })]] } };
    }),
    5,
    plant('webhook', 'render-deploy-hook-key', 'error', WHY.webhook("A Render deploy hook (`api.render.com/deploy/srv-<id>?key=<key>`) the deployer logs before calling it"), ({ rng, t }) => {
      const key = rng.alnum(11);
      return { value: key, needle: `key=${key}`, event: { lines: [[0, 'deployer', JSON.stringify({ level: 30, time: t, msg: 'triggering deploy', hook: `https://api.render.com/deploy/srv-${rng.lowerNum(20)}?key=${key}`, service: 'docs' })]] } };
    }),
    5,
    plant('encoded', 'quoted-printable-3D-link', 'error', "The mailer logs the raw MIME body in quoted-printable, where `=` is `=3D`: the confirmation link reads `confirm?token=3D<token>` (an e-mail confirmation token, valid until used)", ({ rng, t }) => {
      const token = rng.hex(48);
      return { value: token, event: { lines: [[0, 'mailer', `${iso(t)} DEBUG body part text/plain: Confirm your address: https://app.kite-f.example/account/confirm?token=3D${token}&lang=3Den`]] } };
    }),
    5,
    plant('framework-dump', 'python-parse_qs-dict', 'error', "The worker logs `urllib.parse.parse_qs()` of the partner URL it calls: `{'api_key': ['<key>'], 'page': ['2']}`", ({ rng, t }) => {
      const key = rng.alnum(32);
      return { value: key, event: { lines: [[0, 'worker', `${pyTime(t)} DEBUG sync_worker.partner: query params {'since': ['2026-11-30'], 'api_key': ['${key}'], 'page': ['2']}`]] } };
    }),
    5,
    plant('header-dump', 'x-amz-security-token-lowercase-map', 'note', "The deployer's AWS SDK middleware logs the signed request's headers: `x-amz-security-token` (an STS session token, useless without its secret key: a note, as in the other parts)", ({ rng, t }) => {
      const token = `IQoJb3JpZ2luX2Vj${rng.chars(UPPER + LOWER + DIGITS + '+/', 600)}`;
      const headers = { host: 'kite-f-artifacts.s3.eu-north-1.amazonaws.com', 'x-amz-date': `${iso(t).slice(0, 19).replace(/[-:]/g, '')}Z`, 'x-amz-content-sha256': rng.hex(64), 'x-amz-security-token': token, authorization: `AWS4-HMAC-SHA256 Credential=ASIA${rng.chars(UPPER + DIGITS, 16)}/20261201/eu-north-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=${rng.hex(64)}` };
      return { value: token, event: { lines: [[0, 'deployer', JSON.stringify({ level: 20, time: t, msg: 'aws request', commandName: 'PutObjectCommand', headers })]] } };
    }),
    5,
    plant('negative', 'vault-lease-id', 'none', "A Vault lease id (`database/creds/<role>/<id>`): names a lease to renew or revoke with a token, not a credential itself.", ({ rng, t }) => {
      const lease = `database/creds/readonly/${rng.alnum(24)}`;
      return { value: lease, event: { lines: [[0, 'worker', `${pyTime(t)} INFO sync_worker.db: database credentials renewed lease_id=${lease} ttl=3600`]] } };
    }),
    5,
    plant('path-secret', 'authentik-recovery-use-token', 'error', WHY.pathSecret("authentik's account recovery link (`/recovery/use-token/<token>/`), in its server's request log (`event` is the path)"), ({ rng, t }) => {
      const token = rng.alnum(60);
      return { value: token, event: { lines: [[0, 'authentik', JSON.stringify({ event: `/recovery/use-token/${token}/`, host: 'auth.kite-f.example', level: 'info', logger: 'authentik.asgi', method: 'GET', pid: rng.int(20, 90), remote: publicIp(rng), request_id: rng.hex(32), runtime: rng.int(20, 90), schema_name: 'public', scheme: 'https', status: 302, timestamp: iso(t), user: '', user_agent: BROWSERS[1] })]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'k8s' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout5');
writePart(join(here, 'heldout5'), {
  'lighttpd-access.log': lighttpdLog(rng),
  'appservice-http.json': appServiceLog(rng),
  'tyk-analytics.ndjson': tykLog(rng),
  'linkerd-proxy.log': linkerdLog(rng),
  'restify-bunyan.log': restifyLog(rng),
  'lograge.log': logrageLog(rng),
  'zap-json.log': zapLog(rng),
  'nlog-web.log': nlogLog(rng),
  'logback-access.log': logbackAccessLog(rng),
  'journal-verbose.log': journalVerboseLog(rng),
  'audit.log': auditLog(rng),
  'wevtutil-events.xml': wevtutilLog(rng),
  'macos-log-show.log': macLog(rng),
  'fluent-bit-stdout.log': fluentBitLog(rng),
});
