// Writes corpus/logs-in-the-wild/heldout13/: a thirteenth held-out part, in formats no other part uses (IIS's own "IIS"
// log file format, a SharePoint Server ULS trace log, PAN-OS URL filtering logs over syslog, a BIG-IP's /var/log/ltm with
// a header-logging iRule, a NetScaler ns.log, MinIO's audit log, Metabase's server log, GitLab Workhorse's access log,
// a Jellyfin server log, Bitbucket Data Center's access log, Hasura GraphQL Engine's logs, dockerd's debug log from the
// journal, Kibana's ECS JSON log and a WSO2 API Manager carbon log with wire logs), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line
// was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout13.mjs     rewrites heldout13/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, factsAt, jwt, logBuilder, plant, publicIp, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { ALNUM, digits, iso, lowerNum, MONTHS, pad, UPPER, upperNum, ymdHms } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/1.1', 'node', 'Wget/1.25.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 15, 6, 0, 0);
const STATUS = { 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

/** `2026-12-15 06:00:01,123` (log4j's and Python's default). */
const commaTime = (ms) => `${ymdHms(ms)},${pad(ms % 1000, 3)}`;
/** A BSD syslog header's time: `Dec 15 06:00:01` (the day padded with a space). */
const bsdTime = (ms) => {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(ms).slice(11, 19)}`;
};
/** RFC 3339 with nanoseconds (Go's time.RFC3339Nano in UTC, trailing zeros kept as logrus and MinIO write them). */
const nanoTime = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;

/** When each single-use ticket was first used: a replay's reason states the real gap between its two lines. */
const firstUse = {};
const gap = (name, t) => Math.round((t - firstUse[name]) / 1000);

/** Go's encoding/json of a map (what a handler gets back from json.Unmarshal into a map): keys sorted, `&<>` escaped. */
function goMapJson(value) {
  const sortDeep = (v) => (Array.isArray(v) ? v.map(sortDeep) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep(v[k])])) : v);
  return JSON.stringify(sortDeep(value)).replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** A link that is itself the permission (a share, a public or guest link): no use count, no expiry of its own. */
const capability = (what) => `${what}: the URL alone opens it until the link is disabled or removed, long-lived.`;

/** Standard base64 as a query value: `+`, `/` and `=` percent-encoded. */
const b64Query = (text) => b64Of(text).replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D');

// ---------------------------------------------------------------------------------------------------------------------
// u_in261215.log: IIS 10 with `logFormat="IIS"`, the fixed comma-separated "IIS log file format" (no header; client IP,
// user name, date as MM/DD/YY, time in the server's local time — UTC here —, service and instance, server name, server
// IP, time taken, bytes received, bytes sent, HTTP status, Windows status, method, target, parameters, each followed by
// `, `); the query is the last field, `-` when empty. A municipality's web server: an ASP.NET MVC 5 case portal with
// Google sign-in, a DNN site, a map viewer behind Esri's resource proxy, an Umbraco site and a device enrollment page.
// No user agent or referrer in this format: two requests differ by their client address.
// https://learn.microsoft.com/en-us/previous-versions/iis/6.0-sdk/ms525807(v=vs.90),
// https://learn.microsoft.com/en-us/iis/configuration/system.applicationhost/sites/sitedefaults/logfile/

function iisLog(rng) {
  const SITES = { portal: ['W3SVC2', '10.30.1.22'], dnn: ['W3SVC3', '10.30.1.23'], gis: ['W3SVC4', '10.30.1.24'], web: ['W3SVC5', '10.30.1.25'], mdm: ['W3SVC6', '10.30.1.26'] };
  const render = (e) => {
    const d = new Date(e.t);
    const date = `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${String(d.getUTCFullYear()).slice(2)}`;
    const time = `${d.getUTCHours()}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    const [svc, sip] = SITES[e.site ?? 'portal'];
    return [[e.ip, e.user ?? '-', date, time, svc, 'WEB-IIS02', sip, e.ms, e.csBytes ?? 300 + (e.bytes % 900), e.bytes, e.status, e.win32 ?? 0, e.method, e.path, e.query || '-'].join(', ') + ','];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ site: 'portal', path: '/', user: rng.pick(['-', 'KOMMUNE\\kvale', 'KOMMUNE\\tberg']) }),
      () => ({ site: 'portal', path: `/Saker/Detaljer/${rng.int(20000, 29999)}`, user: rng.pick(['KOMMUNE\\kvale', 'KOMMUNE\\tberg', 'KOMMUNE\\a.lie']) }),
      () => ({ site: 'portal', path: `/bundles/${rng.pick(['jquery', 'bootstrap', 'modernizr'])}`, query: `v=${rng.b64url(43)}` }),
      () => ({ site: 'portal', path: '/Content/Site.css' }),
      () => ({ site: 'portal', method: 'POST', path: '/api/saker/sok', status: 200 }),
      () => ({ site: 'dnn', path: rng.pick(['/', '/Tjenester', '/Kontakt-oss', '/Nyheter']) }),
      () => ({ site: 'dnn', path: `/Portals/0/Images/${rng.pick(['forside', 'bibliotek', 'brann'])}-${rng.int(1, 40)}.jpg`, query: `ver=${ymdHms(DAY0 - rng.int(1, 400) * 86400000).slice(0, 10)}-${rng.int(100000, 999999)}` }),
      () => ({ site: 'gis', path: '/kart/', status: 200 }),
      () => ({ site: 'gis', path: '/kart/js/app.js', status: 304, bytes: 0 }),
      () => ({ site: 'web', path: rng.pick(['/', '/om-kommunen/', '/skole-og-barnehage/', '/helse/']) }),
      () => ({ site: 'web', path: '/umbraco/api/search/get', query: `q=${rng.pick(['barnehage', 'renovasjon', 'byggesak'])}&page=1` }),
      () => ({ site: 'portal', path: '/signalr/poll', query: `transport=longPolling&clientProtocol=2.1&connectionData=%5B%7B%22name%22%3A%22sakhub%22%7D%5D&_=${DAY0 + rng.int(0, 9e6)}`, ms: rng.int(20000, 110000) }),
    ])();
  const steps = [
    5,
    plant('oauth-code', 'iis-owin-signin-google-code', 'warning', `${WHY.code} Google's code (\`4/0A…\`, percent-encoded as \`4%2F0A…\`) on the OWIN middleware's \`/signin-google\` callback of an ASP.NET MVC 5 portal, in the IIS format's parameters field.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      const state = rng.b64url(200);
      return { value: code, needle: encodeURIComponent(code), event: { site: 'portal', path: '/signin-google', query: `state=${state}&code=${encodeURIComponent(code)}&scope=email+profile+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.email+openid+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.profile&authuser=0&prompt=none`, status: 302 } };
    }),
    5,
    plant('negative', 'iis-webresource-axd-d', 'none', "ASP.NET's `WebResource.axd?d=<encrypted resource id>&t=<ticks>`: an embedded script's name encrypted with the machine key, no credential.", ({ rng }) => {
      const d = rng.b64url(86) + '2';
      return { value: d, event: { site: 'portal', path: '/WebResource.axd', query: `d=${d}&t=638${digits(rng, 15)}` } };
    }),
    5,
    plant('path-secret', 'iis-dnn-password-reset-path', 'error', WHY.pathSecret("DNN Platform's password reset link with friendly URLs (`/Login/ctl/PasswordReset/resetToken/<GUID>`: the query pair written as path segments)"), ({ rng }) => {
      const token = rng.uuid();
      return { value: token, event: { site: 'dnn', path: `/Login/ctl/PasswordReset/resetToken/${token}` } };
    }),
    5,
    plant('replay', 'enroll_ticket-opaque', 'note', WHY.ticketFirst('An opaque `enroll_ticket` in a device enrollment link (the MDM page trades it for an enrollment profile)'), ({ rng, t }) => {
      firstUse.enroll = t;
      const ticket = rng.alnum(40);
      return { value: ticket, event: { site: 'mdm', path: '/enroll/start.aspx', query: `enroll_ticket=${ticket}&platform=ios`, ip: '198.51.100.73', status: 302 } };
    }, { ref: 'enroll' }),
    3,
    plant('replay', 'enroll_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('enroll').value, why: WHY.replay('enroll_ticket', gap('enroll', t)) }], event: { site: 'mdm', path: '/enroll/start.aspx', query: `enroll_ticket=${refs.get('enroll').value}&platform=ios`, ip: '203.0.113.144', status: 302 } }), { replayOf: 'enroll', after: 90 }),
    5,
    plant('encoded', 'iis-esri-proxy-ashx-encoded-token', 'error', "Esri's resource proxy (`proxy.ashx?<target URL>`) called by a map viewer that percent-encodes the target: the ArcGIS Server `token` sits in it as `%26token%3D<token>`, one decoding away.", ({ rng }) => {
      const token = `${rng.b64url(60)}..`;
      const inner = `https://gis.kommune-x.example/arcgis/rest/services/Eiendom/Matrikkel/MapServer/export?bbox=${rng.int(250000, 260000)}%2C${rng.int(6640000, 6650000)}%2C${rng.int(260000, 270000)}%2C${rng.int(6650000, 6660000)}&bboxSR=25832&size=1024%2C768&format=png32&transparent=true&f=image&token=${token}`;
      return { value: token, needle: encodeURIComponent(`&token=${token}`), event: { site: 'gis', path: '/kart/proxy/proxy.ashx', query: encodeURIComponent(inner), bytes: rng.int(40000, 160000) } };
    }),
    5,
    plant('refresh-token', 'iis-get-refreshToken-query', 'error', `${WHY.refresh} A Xamarin app refreshing its session with a GET (\`/api/auth/refresh?refreshToken=…\`), so the token is in the parameters field.`, ({ rng }) => {
      const token = rng.b64url(86);
      return { value: token, event: { site: 'portal', path: '/api/auth/refresh', query: `refreshToken=${token}&deviceId=${rng.uuid()}` } };
    }),
    5,
    plant('negative', 'iis-umbraco-imagesharp-hmac', 'none', "An Umbraco media URL with ImageSharp.Web's `hmac=` (an HMAC of the resize commands, so nobody can request other sizes) and `rnd=` cache buster: a signature, no credential.", ({ rng }) => {
      const hmac = rng.hex(64);
      return { value: hmac, event: { site: 'web', path: `/media/${lowerNum(rng, 8)}/skolerute-2027.jpg`, query: `width=800&height=450&rnd=13${digits(rng, 16)}&hmac=${hmac}`, bytes: rng.int(40000, 120000) } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0, site: { host: 'web-iis02' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// WFE01-20261215-0600.log: a SharePoint Server Subscription Edition ULS trace log (`%CommonProgramFiles%\Microsoft
// Shared\Web Server Extensions\16\LOGS\<server>-<yyyyMMdd-HHmm>.log`): a header row, then tab-separated Timestamp (local
// time, UTC on this farm, hundredths of a second), Process, TID, Area, Category, EventID, Level, Message, Correlation.
// Every request is written three times with its URL (`Name=Request (GET:…)` under Logging Correlation Data, `Entering
// monitored scope (Request (GET:…))` and `Leaving Monitored Scope (Request (GET:…))`), Office Online Server's WOPI calls
// included; a custom solution writes its own traces (area `Kveld Intranett`) through SPDiagnosticsService.
// https://learn.microsoft.com/en-us/sharepoint/administration/configure-diagnostic-logging,
// https://learn.microsoft.com/en-us/microsoft-365/cloud-storage-partner-program/rest/concepts

function ulsLog(rng) {
  const PORTAL = 'https://intranett.kveld.example';
  const header = ['Timestamp              \tProcess                                 \tTID   \tArea                          \tCategory                      \tEventID\tLevel     \tMessage \tCorrelation'];
  const W3WP = 'w3wp.exe (0x1F30)';
  const stamp = (ms) => {
    const d = new Date(ms);
    return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${iso(ms).slice(11, 19)}.${pad(Math.floor((ms % 1000) / 10))} `;
  };
  const row = (ms, proc, tid, area, cat, id, level, msg, corr) => [stamp(ms), proc.padEnd(40), tid, area.padEnd(30), cat.padEnd(30), id, level.padEnd(10), msg, corr].join('\t');
  const render = (e, rng) => {
    const corr = rng.uuid();
    const tid = `0x${rng.hex(4).toUpperCase()}`;
    if (e.trace) return [row(e.t, e.proc ?? W3WP, tid, e.area ?? 'Kveld Intranett', e.cat, e.id ?? lowerNum(rng, 4), e.level ?? 'High', e.trace, corr)];
    const url = `${e.base ?? PORTAL}:443${target(e)}`;
    const req = `Request (${e.method}:${url})`;
    const lines = [row(e.t, W3WP, tid, 'SharePoint Foundation', 'Logging Correlation Data', 'xmnv', 'Medium', `Name=${req}`, corr)];
    if (e.short) return lines;
    lines.push(row(e.t, W3WP, tid, 'SharePoint Foundation', 'Monitoring', 'nasq', 'Medium', `Entering monitored scope (${req}). Parent No`, corr));
    if (e.site) lines.push(row(e.t + 2, W3WP, tid, 'SharePoint Foundation', 'Logging Correlation Data', 'xmnv', 'Medium', `Site=${e.site}`, corr));
    lines.push(row(e.t + e.ms, W3WP, tid, 'SharePoint Foundation', 'Monitoring', 'b4ly', 'Medium', `Leaving Monitored Scope: (${req}) Execution Time=${e.ms}.${digits(rng, 4)}; CPU Milliseconds=${Math.max(1, Math.floor(e.ms / 3))}; SQL Query Count=${rng.int(1, 14)}; Parent=None`, corr));
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/sites/portal/SitePages/Hjem.aspx', site: '/sites/portal' }),
      () => {
        const web = `/sites/${rng.pick(['hr', 'okonomi', 'it'])}`;
        return { path: `${web}/Delte%20dokumenter/Forms/AllItems.aspx`, site: web };
      },
      () => ({ path: "/sites/portal/_api/web/lists/getbytitle('Nyheter')/items", query: `$top=${rng.pick([5, 10])}&$orderby=Created%20desc`, site: '/sites/portal' }),
      () => ({ path: '/_layouts/15/start.aspx', site: '/' }),
      () => ({ path: '/_vti_bin/client.svc/ProcessQuery', method: 'POST', site: '/sites/portal' }),
      () => ({ trace: `Job definition Microsoft.SharePoint.Administration.${rng.pick(['SPUsageImportJobDefinition', 'SPSqmTimerJobDefinition', 'SPTimerRecycleJobDefinition'])}, id ${rng.uuid()} has started.`, proc: 'OWSTIMER.EXE (0x0F1C)', area: 'SharePoint Foundation', cat: 'Timer', id: 'aj1kp', level: 'Verbose' }),
      () => ({ trace: `Crawl ${rng.int(200, 900)}: Started crawl of content source 'Lokale SharePoint-områder'.`, proc: 'mssearch.exe (0x2218)', area: 'SharePoint Server Search', cat: 'Crawler:Gatherer Plugin', id: 'e5bn', level: 'Medium' }),
      () => ({ trace: `Nyhetsvarsel sendt til ${rng.int(2, 60)} mottakere (liste 'Nyheter', element ${rng.int(100, 999)}).`, cat: 'Varsling', level: 'Medium' }),
    ])();
  const steps = [
    4,
    plant('path-secret', 'uls-guestaccess-guestaccesstoken', 'error', capability("An anonymous guest link to a document (`/_layouts/15/guestaccess.aspx?guestaccesstoken=<token>&docid=…`), written in the request's `Name=Request`, `Entering monitored scope` and `Leaving Monitored Scope` lines"), ({ rng }) => {
      const token = `${rng.alnum(43)}%3d`;
      return { value: token, event: { path: '/sites/hr/_layouts/15/guestaccess.aspx', query: `guestaccesstoken=${token}&docid=2_${rng.hex(33)}&rev=1`, site: '/sites/hr' } };
    }),
    4,
    plant('negative', 'uls-init-js-rev-cache-buster', 'none', "SharePoint's script URL with `rev=<base64>%3D%3D` (a hash of the file, a cache buster): no credential.", ({ rng }) => {
      const rev = `${rng.chars(ALNUM, 22)}%3D%3D`;
      return { value: rev, event: { path: '/_layouts/15/init.js', query: `rev=${rev}`, short: true } };
    }),
    4,
    plant('api-key-name', 'uls-wopi-access_token-jwt', 'error', "Office Online Server fetching a document over WOPI (`/_vti_bin/wopi.ashx/files/<id>/contents?access_token=<JWT>&access_token_ttl=<ms>`): SharePoint's WOPI access token opens the file as the user for hours; all three request lines write it", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 10 * 3600, age: 40, alg: 'RS256', kid: rng.hex(40).toUpperCase(), claims: { aud: `wopi/intranett.kveld.example@${rng.uuid()}`, iss: `00000003-0000-0ff1-ce00-000000000000@${rng.uuid()}`, nbf: sec(t) - 40, nameid: `0#.w|kommune\\${rng.pick(['kvale', 'tberg'])}`, nii: 'urn:office:idp:activedirectory', isuser: 'true', cacheKey: `0h.f|membership|s-1-5-21-${digits(rng, 10)}-${digits(rng, 10)}-${digits(rng, 10)}-${rng.int(1000, 9999)},${rng.int(100000, 999999)}`, isloopback: 'True', appctx: rng.hex(32) } });
      const exp = sec(t) - 40 + 10 * 3600;
      return { value: token.token, jwt: token.facts, event: { path: `/_vti_bin/wopi.ashx/files/${rng.hex(32)}/contents`, query: `access_token=${token.token}&access_token_ttl=${exp}000`, site: '/sites/okonomi' } };
    }),
    4,
    plant('webhook', 'uls-azure-automation-webhook-token', 'error', WHY.webhook("An Azure Automation runbook webhook (`https://<id>.webhook.we.azure-automation.net/webhooks?token=<token>`) in the custom solution's failure trace"), ({ rng }) => {
      const token = `${rng.alnum(38)}%2b${rng.alnum(4)}%3d`;
      return { value: token, event: { trace: `Runbook-varsel feilet: POST https://${rng.uuid()}.webhook.we.azure-automation.net/webhooks?token=${token} returned (404) Not Found. Liste 'Tilganger', element ${rng.int(100, 999)}.`, cat: 'Varsling', level: 'Unexpected' } };
    }),
    4,
    plant('session-id', 'uls-custom-trace-fedauth-cookie', 'error', WHY.session("SharePoint's `FedAuth` session cookie (base64 of `<?xml …?><SP>…</SP>`, starting `77u/PD94bWwg`) in the cookies a custom error trace writes"), ({ rng, t }) => {
      const inner = `\uFEFF<?xml version="1.0" encoding="utf-8"?><SP>V16,0#.w|kommune\\kvale,${rng.b64url(43)},${sec(t) - 1800},False,${rng.b64url(120)},${PORTAL}/sites/hr/</SP>`;
      const fedauth = b64Of(inner);
      return { value: fedauth, event: { trace: `Unhandled exception in TilgangWebPart for ${PORTAL}/sites/hr/SitePages/Tilganger.aspx: System.InvalidOperationException: Sequence contains no elements. Cookies: WSS_FullScreenMode=false; FedAuth=${fedauth}; databaseBtnText=0`, cat: 'WebParts', level: 'Unexpected' } };
    }),
    4,
    plant('negative', 'uls-x-requestdigest', 'none', "SharePoint's form digest (`X-RequestDigest: 0x<128 hex>,<date>`): the anti-CSRF value of REST posts, no credential.", ({ rng, t }) => {
      const digest = `0x${rng.hex(128).toUpperCase()}`;
      return { value: digest, event: { trace: `REST POST ${PORTAL}/sites/portal/_api/web/lists/getbytitle('Avvik')/items failed (403): headers Accept: application/json;odata=nometadata; X-RequestDigest: ${digest},${new Date(t - 1700000).toUTCString().replace('GMT', '-0000')}`, cat: 'Avvik', level: 'High' } };
    }),
    4,
    plant('header-dump', 'uls-graph-client-authorization-bearer', 'error', "The custom solution tracing its Microsoft Graph request headers: `Authorization: Bearer <Entra access token>`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 4511, age: 300, alg: 'RS256', kid: rng.b64url(27), claims: { aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${rng.uuid()}/`, nbf: sec(t) - 300, app_displayname: 'Kveld Intranett', appid: rng.uuid(), idtyp: 'app', roles: ['User.Read.All', 'Sites.Read.All'], tid: rng.uuid(), uti: rng.b64url(22), ver: '1.0' } });
      return { value: token.token, jwt: token.facts, event: { trace: `GraphClient GET https://graph.microsoft.com/v1.0/users/${rng.pick(['kari', 'ola', 'tberg'])}@kveld.example/photo/$value headers: Authorization: Bearer ${token.token}; client-request-id: ${rng.uuid()}; SdkVersion: Graph-dotnet-5.61.0`, cat: 'Graph', level: 'Verbose' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: 'intranett.kveld.example' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// panos-url.log: PAN-OS 11.1 URL filtering logs (THREAT, subtype `url`) sent as BSD syslog to a collector and stored by
// rsyslog: the header, then the CSV of the THREAT log fields in the documented order (receive time, serial, type,
// subtype, generated time, addresses, rule, user, application, zones, interfaces, session, ports, flags, protocol,
// action, the URL — host, path and query without the scheme, quoted —, category, severity, direction, …, content type,
// user agent, referer, HTTP method, …). Decryption is on, so HTTPS URLs are logged whole. The firewall's clock is UTC.
// The large file of the part: a few hundred lines of an office's browsing.
// https://docs.paloaltonetworks.com/pan-os/11-1/pan-os-admin/monitoring/use-syslog-for-monitoring/syslog-field-descriptions/threat-log-fields

function panosLog(rng) {
  const SERIAL = '013201007391';
  const STAFF = [['kveld\\kvale', '10.40.14.33'], ['kveld\\tberg', '10.40.14.61'], ['kveld\\a.lie', '10.40.22.18'], ['kveld\\m.holm', '10.40.22.40'], ['kveld\\i.dahl', '10.40.31.7'], ['kveld\\svc-build', '10.40.8.12']];
  let session = 381200;
  let seq = 7421700000;
  const panTime = (ms) => ymdHms(ms).replace(/-/g, '/');
  const render = (e, rng) => {
    const [user, src] = e.who ?? rng.pick(STAFF);
    const time = panTime(e.t);
    const dst = e.dst ?? `${rng.pick(['198.51.100', '203.0.113', '192.0.2'])}.${rng.int(2, 254)}`;
    const sport = rng.int(49152, 65535);
    const fields = [
      '1', time, SERIAL, 'THREAT', 'url', '2817', time, src, dst, '203.0.113.2', dst, e.rule ?? 'allow-web-decrypt', user, '', e.app ?? 'web-browsing', 'vsys1', 'trust', 'untrust', 'ethernet1/2', 'ethernet1/1', 'Forward-Panorama', time,
      String((session += rng.int(3, 90))), '1', String(sport), '443', String(rng.int(10000, 65000)), '443', '0x40b000', 'tcp', e.action ?? 'alert', `"${e.host}${target(e)}"`, '(9999)', e.cat ?? 'computer-and-internet-info', 'informational', 'client-to-server',
      String((seq += rng.int(1, 40))), '0x8000000000000000', '10.0.0.0-10.255.255.255', e.cc ?? 'US', '', e.ctype ?? 'text/html', '0', '', '', '1', `"${e.ua}"`, '', '', e.referer === '-' ? '' : `"${e.referer}"`, '', '', '', '0', '0', '0', '0', '0', '', 'pa-5220-a', '', '', '', e.method.toLowerCase(), '0', '0', '0', '0', '', '', '', '', '', '', '', '0', `"${e.cat ?? 'computer-and-internet-info'},low-risk"`, rng.uuid(), '0',
    ];
    return [`${bsdTime(e.t)} pa-5220-a ${fields.join(',')}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ host: 'outlook.office.com', path: '/mail/', app: 'outlook-web-online', cat: 'computer-and-internet-info' }),
      () => ({ host: 'outlook.office.com', path: '/owa/service.svc', query: `action=GetAccessTokenforResource&app=Mail&n=${rng.int(10, 99)}`, method: 'POST', app: 'outlook-web-online', ctype: 'application/json' }),
      () => ({ host: 'teams.microsoft.com', path: '/v2/', app: 'ms-teams', cat: 'online-meetings' }),
      () => ({ host: 'kveld.sharepoint.com', path: `/sites/${rng.pick(['okonomi', 'hr', 'prosjekt-nord'])}/_api/web/lists`, app: 'sharepoint-online', cat: 'online-storage-and-backup', ctype: 'application/json' }),
      () => ({ host: 'www.nrk.example', path: `/nyheter/${rng.pick(['innenriks', 'utenriks', 'okonomi'])}-${rng.int(10000, 99999)}`, cat: 'news', cc: 'NO', referer: 'https://www.nrk.example/' }),
      () => ({ host: 'www.e24.example', path: `/boers-og-finans/i/${lowerNum(rng, 6)}/${rng.pick(['renten-holdes-uendret', 'kronen-styrker-seg', 'olje-faller'])}`, cat: 'financial-services', cc: 'NO' }),
      () => ({ host: 'www.youtube.com', path: '/watch', query: `v=${rng.b64url(11)}`, app: 'youtube-base', cat: 'streaming-media' }),
      () => ({ host: 'github.com', path: `/kveld/${rng.pick(['infra', 'web', 'billing-worker'])}/pull/${rng.int(100, 900)}`, app: 'github-base', cat: 'computer-and-internet-info' }),
      () => ({ host: 'kveld.atlassian.net', path: `/browse/OPS-${rng.int(100, 2999)}`, app: 'atlassian-jira-cloud', cat: 'business-and-economy' }),
      () => ({ host: 'kveld.atlassian.net', path: '/rest/api/3/search/jql', query: `jql=project%3DOPS%20AND%20status%3D%22In%20Progress%22&maxResults=50`, app: 'atlassian-jira-cloud', cat: 'business-and-economy', ctype: 'application/json' }),
      () => ({ host: 'app.slack.com', path: `/client/T0${upperNum(rng, 8)}/C0${upperNum(rng, 8)}`, app: 'slack-base', cat: 'computer-and-internet-info' }),
      () => ({ host: 'www.finn.example', path: '/bap/forsale/ad.html', query: `finnkode=${rng.int(100000000, 999999999)}`, cat: 'shopping', cc: 'NO' }),
      () => ({ host: 'api.yr.example', path: '/weatherapi/locationforecast/2.0/compact', query: `lat=59.91&lon=10.75`, cat: 'weather', ctype: 'application/json', cc: 'NO', ua: TOOLS[1] }),
      () => ({ host: 'fonts.gstatic.com', path: `/s/inter/v18/${rng.b64url(20)}.woff2`, cat: 'content-delivery-networks', ctype: 'font/woff2', referer: 'https://kveld.atlassian.net/' }),
      () => ({ host: 'cdn.jsdelivr.net', path: `/npm/${rng.pick(['chart.js@4.5.1', 'dayjs@1.11.19', 'alpinejs@3.15.2'])}/dist/index.min.js`, cat: 'content-delivery-networks', ctype: 'application/javascript' }),
      () => ({ host: 'login.microsoftonline.com', path: '/common/GetCredentialType', query: 'mkt=nb-NO', method: 'POST', app: 'ms-office365-base', cat: 'computer-and-internet-info', ctype: 'application/json' }),
      () => ({ host: 'registry.npmjs.org', path: `/${rng.pick(['react', 'typescript', 'vite', 'esbuild'])}`, who: STAFF[5], app: 'npm', ua: 'npm/11.6.2 node/v24.11.1 linux x64 workspaces/false', ctype: 'application/json' }),
      () => ({ host: 'www.vg.example', path: `/nyheter/i/${lowerNum(rng, 6)}`, cat: 'news', cc: 'NO' }),
    ])();
  const steps = [
    40,
    plant('replay', 'relay_ticket-opaque', 'note', WHY.ticketFirst("An opaque `relay_ticket` on a cloud print service's release link (the page trades it for one print job)"), ({ rng, t }) => {
      firstUse.relay = t;
      const ticket = rng.b64url(43);
      return { value: ticket, event: { who: STAFF[1], host: 'print.cloudprint-x.example', path: '/r/release', query: `relay_ticket=${ticket}`, status: 302, cat: 'business-and-economy', ua: BROWSERS[0] } };
    }, { ref: 'relay' }),
    4,
    plant('replay', 'relay_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('relay').value, why: WHY.replay('relay_ticket', gap('relay', t)) }], event: { who: STAFF[3], host: 'print.cloudprint-x.example', path: '/r/release', query: `relay_ticket=${refs.get('relay').value}`, status: 302, cat: 'business-and-economy', ua: BROWSERS[1] } }), { replayOf: 'relay', after: 75 }),
    40,
    plant('id-token', 'panos-pingone-signoff-id_token_hint', 'error', "An ID token as `id_token_hint` of PingOne's sign-off endpoint (`/as/signoff`), in the URL field: decryption shows the whole URL", ({ rng, t }) => {
      const env = rng.uuid();
      const token = jwt(rng, t, { lifetime: 3600, age: 1500, alg: 'RS256', kid: rng.b64url(16), claims: { sub: rng.uuid(), aud: rng.uuid(), iss: `https://auth.pingone.eu/${env}/as`, sid: rng.uuid(), env, org: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { who: STAFF[2], host: 'auth.pingone.eu', path: `/${env}/as/signoff`, query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fhr.kveld.example%2F`, status: 302, app: 'ssl', cc: 'DE', ua: BROWSERS[3] } };
    }),
    40,
    plant('negative', 'panos-google-search-ei-ved', 'none', "Google search's tracking parameters (`sca_esv`, `ei`, `ved`, `gs_lp`): ids of the result page and click, no credential.", ({ rng }) => {
      const ei = rng.b64url(22);
      return { value: ei, event: { host: 'www.google.com', path: '/search', query: `q=${rng.pick(['reset+api+key+jira', 'oauth+refresh+token+lifetime', 'power+bi+embed+token'])}&sca_esv=${rng.hex(16)}&ei=${ei}&ved=0ahUKEw${rng.b64url(36)}&uact=5&oq=${rng.pick(['reset+api', 'oauth+ref', 'power+bi'])}&gs_lp=Egxnd3Mtd2l6LXNlcnAi${rng.b64url(60)}&sclient=gws-wiz-serp`, app: 'google-base', cat: 'search-engines' } };
    }),
    40,
    plant('embed-jwt', 'panos-embed-dashboard-jwt-120s-no-jti', 'warning', 'An embed JWT in `/embed/dashboard/<JWT>` on a partner\'s BI host, valid 120 s without a jti', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 6, claims: { resource: { dashboard: rng.int(10, 99) }, params: { region: 'nord' } } });
      return { value: token.token, jwt: token.facts, event: { who: STAFF[0], host: 'bi.partner-z.example', path: `/embed/dashboard/${token.token}`, cat: 'business-and-economy', referer: 'https://kveld.atlassian.net/', ua: BROWSERS[0] } };
    }),
    40,
    plant('webhook', 'panos-jira-automation-incoming-webhook', 'error', WHY.webhook("A Jira Automation incoming webhook (`automation.atlassian.com/pro/hooks/<40 hex>`) a build agent posts to"), ({ rng }) => {
      const hook = rng.hex(40);
      return { value: hook, event: { who: STAFF[5], method: 'POST', host: 'automation.atlassian.com', path: `/pro/hooks/${hook}`, app: 'atlassian-base', cat: 'business-and-economy', ctype: 'application/json', ua: TOOLS[0] } };
    }),
    40,
    plant('encoded', 'panos-google-url-redirect-q-reset-link', 'error', "Google's link wrapper from a Docs comment (`www.google.com/url?q=<target>&sa=D&…&usg=…`): the target is a password reset link with its query percent-encoded (`reset%3Ftoken%3D<token>`).", ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { who: STAFF[4], host: 'www.google.com', path: '/url', query: `q=https://portal.vendor-y.example/account/reset%3Ftoken%3D${token}&sa=D&source=docs&ust=17${digits(rng, 14)}&usg=AOvVaw${rng.b64url(22)}`, status: 302, app: 'google-base', cat: 'search-engines', ua: BROWSERS[0] } };
    }),
    40,
    plant('implicit-fragment', 'panos-mixpanel-track-data-base64-current-url', 'error', "A Mixpanel `track` call with the library's GET transport: `data=` is base64 of the event JSON, whose `$current_url` is a CRM's implicit-flow landing page (`#access_token=ya29.…`).", ({ rng }) => {
      const token = `ya29.a0${rng.b64url(150)}`;
      const data = JSON.stringify({ event: '$mp_web_page_view', properties: { $os: 'Windows', $browser: 'Chrome', $current_url: `https://app.kveld-crm.example/#access_token=${token}&token_type=Bearer&expires_in=3599&scope=email%20profile`, $screen_height: 1080, $screen_width: 1920, mp_lib: 'web', $lib_version: '2.71.0', distinct_id: `$device:${rng.uuid()}`, $device_id: rng.uuid(), token: rng.hex(32) } });
      const encoded = b64Query(data);
      return { value: token, needle: encoded, event: { who: STAFF[0], host: 'api-js.mixpanel.com', path: '/track/', query: `data=${encoded}&ip=1&_=17${digits(rng, 11)}`, app: 'mixpanel', cat: 'web-advertisements', ctype: 'application/json', referer: 'https://app.kveld-crm.example/', ua: BROWSERS[0] } };
    }),
    40,
    plant('path-secret', 'panos-dropbox-shared-link-rlkey', 'error', capability("A Dropbox shared link (`/scl/fi/<id>/<file>?rlkey=<key>&dl=0`), whose `rlkey` is the link's secret"), ({ rng }) => {
      const rlkey = lowerNum(rng, 25);
      return { value: rlkey, event: { who: STAFF[2], host: 'www.dropbox.com', path: `/scl/fi/${lowerNum(rng, 21)}/Lonnsgrunnlag-desember.xlsx`, query: `rlkey=${rlkey}&dl=0`, app: 'dropbox-base', cat: 'online-storage-and-backup', ua: BROWSERS[1] } };
    }),
    40,
    plant('session-id', 'panos-zimbra-rest-zauthtoken', 'error', WHY.session("Zimbra's auth token in a REST URL (`/service/home/~/?auth=qp&zauthtoken=0_<hex>_<hex>`, a calendar subscription)"), ({ rng, t }) => {
      const attrs = `id=36:${rng.uuid()};exp=13:${t + 2 * 86400000};type=6:zimbra;u=1:a;tid=10:${digits(rng, 10)};version=14:10.1.5_GA_4200;`;
      const token = `0_${rng.hex(40)}_${Buffer.from(attrs).toString('hex')}`;
      return { value: token, event: { who: STAFF[4], host: 'mail.kveld-z.example', path: '/service/home/~/', query: `auth=qp&zauthtoken=${token}&fmt=ics&view=month`, app: 'zimbra', cat: 'web-based-email', ctype: 'text/calendar', ua: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.19127; Pro)' } };
    }),
    40,
    plant('negative', 'panos-windows-update-p4-signature', 'none', 'A Delivery Optimization download (`filestreamingservice/files/<uuid>?P1=<expiry>&P2=…&P3=…&P4=<signature>`): `P4` signs the URL for the download, no credential.', ({ rng, t }) => {
      const p4 = `${rng.alnum(80)}%3d%3d`;
      return { value: p4, event: { who: ['-', `10.40.${rng.int(10, 40)}.${rng.int(2, 250)}`], host: `${rng.int(1, 9)}.tlu.dl.delivery.mp.microsoft.com`, path: `/filestreamingservice/files/${rng.uuid()}`, query: `P1=${sec(t) + 172800}&P2=404&P3=2&P4=${p4}`, app: 'ms-update', cat: 'computer-and-internet-info', ctype: 'application/octet-stream', ua: 'Microsoft-Delivery-Optimization/10.0' } };
    }),
    40,
  ];
  const built = buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'pa-5220-a' }, filler, render, steps });
  // PAN-OS cuts the URL field at 1,023 characters: every planted URL must fit.
  for (const line of built.text.split('\n')) {
    const url = line.match(/,"([^"]*)",\(9999\)/)?.[1];
    if (url && url.length > 1023) throw new Error(`PAN-OS URL longer than 1023: ${url.slice(0, 60)}…`);
  }
  return built;
}

// ---------------------------------------------------------------------------------------------------------------------
// ltm: a BIG-IP (TMOS 17.1) `/var/log/ltm` while a debugging iRule is attached to the portal's virtual server: `log
// local0.` lines prefixed `Rule /Common/irule_debug_http <EVENT>:` — the request line in HTTP_REQUEST, then one line per
// header (`foreach h [HTTP::header names] { log local0. "$h: [HTTP::header value $h]" }`, the DevCentral recipe), the
// response's status and Location in HTTP_RESPONSE, the collected body in HTTP_REQUEST_DATA — among mcpd and tmm
// messages. syslog-ng writes ISO 8601 times (`options { ts_format(iso); };` through `sys syslog include`), UTC.
// https://clouddocs.f5.com/api/irules/log.html, https://clouddocs.f5.com/api/irules/HTTP__header.html,
// https://clouddocs.f5.com/api/irules/HTTP__payload.html, https://www.syslog-ng.com/technical-documents/doc/syslog-ng-open-source-edition/3.38/administration-guide/

function ltmLog(rng) {
  const HOST = 'bigip-a.kveld.example';
  const RULE = 'Rule /Common/irule_debug_http';
  const isoSec = (ms) => `${iso(ms).slice(0, 19)}+00:00`;
  const tmm = (rng) => `tmm${rng.int(0, 3)}[21456]`;
  const render = (e, rng) => {
    const at = (n) => isoSec(e.t + n);
    const proc = tmm(rng);
    if (e.sys) return [`${at(0)} ${HOST} ${e.level ?? 'notice'} ${e.proc ?? 'mcpd[6123]'}: ${e.sys}`];
    const host = e.vhost ?? 'portal.kveld.example';
    const out = [`${at(0)} ${HOST} info ${proc}: ${RULE} <HTTP_REQUEST>: ${e.ip}:${e.port} -> ${e.method} ${host}${target(e)}`];
    const headers = [['Host', host], ['User-Agent', e.ua], ['Accept', e.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'], ['Accept-Encoding', 'gzip, deflate, br'], ...(e.headers ?? []), ['X-Forwarded-Proto', 'https']];
    if (e.referer !== '-') headers.splice(3, 0, ['Referer', e.referer]);
    for (const [k, v] of headers) out.push(`${at(0)} ${HOST} info ${proc}: ${RULE} <HTTP_REQUEST>: ${k}: ${v}`);
    if (e.payload) out.push(`${at(1)} ${HOST} info ${proc}: ${RULE} <HTTP_REQUEST_DATA>: payload: ${e.payload}`);
    out.push(`${at(e.ms)} ${HOST} info ${proc}: ${RULE} <HTTP_RESPONSE>: ${e.status}${e.location ? ` Location: ${e.location}` : ''}`);
    return out;
  };
  const cookie = (rng) => `BIGipServerpool_portal=${rng.int(100000000, 4294967295)}.${rng.pick([36895, 47873, 20480])}.0000; TS01${rng.hex(6)}=01${rng.hex(110)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/', headers: [['Cookie', cookie(rng)]] }),
      () => ({ path: `/api/v1/saker/${rng.int(20000, 29999)}`, accept: 'application/json', headers: [['Cookie', cookie(rng)]] }),
      () => ({ path: `/static/js/main.${rng.hex(8)}.js`, accept: '*/*' }),
      () => ({ path: '/health', ua: 'kube-probe/1.34', accept: '*/*', ip: '10.40.2.1' }),
      () => ({ sys: `01070727:5: Pool /Common/pool_portal member /Common/10.40.2.${rng.int(11, 14)}:8443 monitor status up. [ /Common/https_head: up ]  [ was down for 0hr:0min:${rng.int(10, 59)}sec ]` }),
      () => ({ sys: `01260013:4: SSL Handshake failed for TCP ${publicIp(rng)}:${rng.int(1024, 65535)} -> 10.40.1.10:443`, proc: tmm(rng), level: 'warning' }),
      () => ({ sys: `011e0003:4: Aggressive mode sweeper: /Common/default-eviction-policy (${rng.int(100, 999)}) (global memory) ${rng.int(10, 90)} Connections killed`, proc: tmm(rng), level: 'warning' }),
    ])();
  const steps = [
    { raw: { sys: '01070417:5: AUDIT - client tmsh, user admin - transaction #3318042-2 - object 0 - modify { ltm virtual /Common/vs_portal_443 { rules { /Common/irule_debug_http } } } [Status=Command OK]' }, after: 0 },
    4,
    plant('header-dump', 'ltm-irule-authorization-bearer-jwt', 'error', "The iRule's header loop writes `Authorization: Bearer <JWT>` of an API call on a line of its own (with the syslog time)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 420, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://login.kveld.example/realms/ansatte', aud: 'saksportal-api', sub: rng.uuid(), typ: 'Bearer', azp: 'saksportal', scope: 'openid saker:read saker:write', preferred_username: 'kvale' } });
      return { value: token.token, jwt: token.facts, event: { path: `/api/v1/saker/${rng.int(20000, 29999)}/dokumenter`, accept: 'application/json', headers: [['Authorization', `Bearer ${token.token}`]], ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'ltm-bigipserver-persistence-cookie', 'none', 'The BIG-IP persistence cookie (`BIGipServer<pool>=<encoded IP>.<encoded port>.0000`) and an ASM `TS01…` cookie: a pool member\'s address and a bot-defense value, no credential.', ({ rng }) => {
      const v = `${rng.int(100000000, 4294967295)}.47873.0000`;
      return { value: v, event: { path: '/saker/', headers: [['Cookie', `BIGipServerpool_portal=${v}; TS01${rng.hex(6)}=01${rng.hex(110)}`]] } };
    }),
    4,
    plant('session-id', 'ltm-apm-mrhsession-cookie', 'error', WHY.session("BIG-IP APM's session cookie (`MRHSession=<32 hex>`, with `LastMRH_Session` holding its last 8) in the Cookie header line"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { vhost: 'vpn.kveld.example', path: '/vdesk/webtop.eui', query: `webtop=/Common/wt_ansatte&webtop_type=webtop_full`, headers: [['Cookie', `TIN=${rng.int(100000, 999999)}; LastMRH_Session=${sid.slice(-8)}; MRHSession=${sid}; F5_ST=1z1z1z${sec(Date.UTC(2026, 11, 15, 8))}z604800`]], ua: BROWSERS[0] } };
    }),
    4,
    plant('implicit-fragment', 'ltm-http-response-location-fragment-jwt', 'error', "The iRule's HTTP_RESPONSE line writes the IdP's `Location` for a legacy client using the implicit flow: `#access_token=<JWT>&token_type=Bearer…`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://login.kveld.example/realms/ansatte', aud: 'crm-legacy', sub: rng.uuid(), typ: 'Bearer', azp: 'crm-legacy', scope: 'openid crm' } });
      const state = rng.b64url(22);
      return { value: token.token, jwt: token.facts, event: { vhost: 'login.kveld.example', path: '/realms/ansatte/protocol/openid-connect/auth', query: `client_id=crm-legacy&response_type=token&redirect_uri=https%3A%2F%2Fcrm.kveld.example%2Fauth%2Fcb&state=${state}&nonce=${rng.b64url(22)}`, status: 302, location: `https://crm.kveld.example/auth/cb#state=${state}&session_state=${rng.uuid()}&iss=https%3A%2F%2Flogin.kveld.example%2Frealms%2Fansatte&access_token=${token.token}&token_type=Bearer&expires_in=3600`, ua: BROWSERS[3] } };
    }),
    4,
    plant('api-key-name', 'ltm-x-ibm-client-secret-header', 'error', WHY.apiKey('X-IBM-Client-Secret') + ' IBM API Connect\'s client secret header (beside `X-IBM-Client-Id`) on a call the BIG-IP forwards to the gateway.', ({ rng }) => {
      const secret = rng.alnum(48);
      return { value: secret, event: { vhost: 'api.kveld.example', method: 'GET', path: '/folkeregister/v1/personer', query: `fnr=********${digits(rng, 3)}`, accept: 'application/json', headers: [['X-IBM-Client-Id', rng.uuid()], ['X-IBM-Client-Secret', secret]], ua: 'Apache-HttpClient/5.4.4 (Java/21.0.9)' } };
    }),
    4,
    plant('framework-dump', 'ltm-http-request-data-payload-client_secret', 'error', "The iRule's HTTP_REQUEST_DATA event writes the collected body of a client-credentials grant (`payload: grant_type=client_credentials&client_id=…&client_secret=…`).", ({ rng }) => {
      const secret = rng.b64url(40);
      return { value: secret, event: { vhost: 'login.kveld.example', method: 'POST', path: '/realms/integrasjon/protocol/openid-connect/token', accept: 'application/json', headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['Content-Length', String(98 + secret.length)]], payload: `grant_type=client_credentials&client_id=erp-batch&client_secret=${secret}&scope=ordre.les`, ua: 'Apache-HttpClient/5.4.4 (Java/21.0.9)' } };
    }),
    4,
    plant('replay', 'consent_ticket-jwt-jti', 'note', WHY.ticketFirst('A JWT `consent_ticket` with a jti, valid 120 s (the e-signing page accepts one consent per ticket)'), ({ rng, t }) => {
      firstUse.consent = t;
      const token = jwt(rng, t, { lifetime: 120, age: 4, jti: true, claims: { sub: rng.uuid(), doc: rng.uuid(), act: 'consent' } });
      return { value: token.token, jwt: token.facts, event: { vhost: 'signering.kveld.example', path: '/consent/accept', query: `consent_ticket=${token.token}`, ip: '198.51.100.27', status: 302, ua: BROWSERS[2] } };
    }, { ref: 'consent' }),
    2,
    plant('replay', 'consent_ticket-jwt-jti', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('consent').value, jwt: factsAt(refs.get('consent').value, t), why: WHY.replay('consent_ticket', gap('consent', t)) }], event: { vhost: 'signering.kveld.example', path: '/consent/accept', query: `consent_ticket=${refs.get('consent').value}`, ip: '203.0.113.208', status: 302, ua: TOOLS[1] } }), { replayOf: 'consent', after: 40 }),
    4,
    plant('negative', 'ltm-asm-ts-cookie', 'none', 'An ASM/Advanced WAF cookie (`TS01<hex>=01<hex>`) alone: bot defense and cookie integrity data, no credential.', ({ rng }) => {
      const ts = `01${rng.hex(150)}`;
      return { value: ts, event: { path: '/kontakt', headers: [['Cookie', `TS01${rng.hex(6)}=${ts}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'portal.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ns.log: a NetScaler (ADC 14.1) `/var/log/ns.log`: `<Mon DD HH:MM:SS> <local0.info> <NSIP> <MM/DD/YYYY:HH:MM:SS> GMT
// <host> 0-PPE-<n> : default <FEATURE> <EVENT> <seq> 0 : <message>`. The Web App Firewall's violations (`APPFW
// APPFW_STARTURL`, `APPFW_SQL`, `APPFW_CSRF_TAG`: client, session, profile, URL, message, `<blocked>`), the Gateway's
// clientless access (`SSLVPN HTTPREQUEST`: context, session, host, user, groups, vserver, time, request line), AAA and a
// responder policy's audit message action (`RESPONDER Message`).
// https://docs.netscaler.com/en-us/citrix-adc/current-release/application-firewall/logs.html,
// https://support.citrix.com/s/article/CTX200891-how-to-get-ssl-vpn-user-information-from-netscaler-gateway,
// https://docs.netscaler.com/en-us/citrix-adc/current-release/system/audit-logging/configuring-audit-logging.html

function nsLog(rng) {
  let seqNo = 58200;
  const nsTime = (ms) => {
    const d = new Date(ms);
    return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}:${iso(ms).slice(11, 19)}`;
  };
  const head = (ms, ppe, level = 'info') => `${bsdTime(ms)} <local0.${level}> 10.20.0.10 ${nsTime(ms)} GMT ns-vpx01 0-PPE-${ppe} :`;
  const appfwSid = (rng) => `${rng.b64url(28)}0001`;
  const render = (e, rng) => {
    const ppe = rng.int(0, 1);
    const seq = (seqNo += rng.int(1, 40));
    const h = head(e.t, ppe, e.level);
    if (e.appfw) return [`${h} default APPFW ${e.appfw} ${seq} 0 :  ${e.ip} ${rng.int(100, 9999)}-PPE${ppe} ${appfwSid(rng)} ${e.profile ?? 'prof_web'} https://${e.host}${target(e)} ${e.msg} <${e.verdict ?? 'blocked'}>`];
    if (e.vpn) return [`${h} default SSLVPN HTTPREQUEST ${seq} 0 : Context ${e.user}@${e.ip} - SessionId: ${e.sid ?? rng.int(100, 900)}- ${e.host} User ${e.user} : Group(s) ${e.groups ?? 'Ansatte'} : Vserver 10.20.1.20:443 - ${nsTime(e.t)} GMT ${e.method} ${target(e)} - -`];
    return [`${h} default ${e.line}`.replace('SEQ', String(seq)).replace('DELINK', nsTime(e.t))];
  };
  const USERS = ['kvale', 'tberg', 'a.lie', 'm.holm', 'i.dahl'];
  const filler = (rng) =>
    rng.pick([
      () => ({ vpn: true, user: rng.pick(USERS), host: 'intranett.kveld.local', path: rng.pick(['/', '/sites/portal/SitePages/Hjem.aspx', '/_layouts/15/start.aspx']) }),
      () => ({ vpn: true, user: rng.pick(USERS), host: 'erp.kveld.local', path: `/sap/bc/ui5_ui5/ui2/ushell/shells/abap/FioriLaunchpad.html`, query: 'sap-client=100&sap-language=NB' }),
      () => ({ vpn: true, user: rng.pick(USERS), host: 'chat.kveld.local', path: `/api/v4/channels/${lowerNum(rng, 26)}/posts`, query: `page=0&per_page=30` }),
      () => ({ appfw: 'APPFW_XSS', host: 'learn.kveld.example', path: '/mod/forum/discuss.php', query: `d=${rng.int(100, 999)}`, msg: 'Cross-site script check failed for field message="Bad tag: script"', profile: 'prof_moodle' }),
      () => ({ appfw: 'APPFW_FIELDCONSISTENCY', host: 'learn.kveld.example', path: '/login/index.php', method: 'POST', msg: 'Field consistency check failed for field anchor', profile: 'prof_moodle', verdict: 'not blocked' }),
      () => {
        const user = rng.pick(USERS);
        const ip = publicIp(rng);
        return { line: `SSLVPN LOGIN SEQ 0 : Context ${user}@${ip} - SessionId: ${rng.int(100, 900)}- User ${user} - Client_ip ${ip} - Nat_ip "Mapped Ip" - Vserver 10.20.1.20:443 - Browser_type "${rng.pick(BROWSERS)}" - SSLVPN_client_type Clientless - Group(s) "Ansatte"` };
      },
      () => ({ line: `TCP CONN_DELINK SEQ 0 : Source ${publicIp(rng)}:${rng.int(1024, 65535)} - Vserver 10.20.1.30:443 - NatIP 10.20.2.5:${rng.int(1024, 65535)} - Destination 10.20.3.${rng.int(10, 40)}:443 - Delink Time DELINK GMT - Total_bytes_send ${rng.int(400, 90000)} - Total_bytes_recv ${rng.int(400, 9000)}` }),
      () => ({ line: `EVENT MONITORUP SEQ 0 :  Monitor Monitor_https_${rng.int(1, 4)}(10.20.3.${rng.int(10, 40)}:443) - State UP` }),
    ])();
  const steps = [
    4,
    plant('path-secret', 'ns-appfw-starturl-moodle-reset-token', 'error', WHY.pathSecret("Moodle's password reset link (`/login/forgot_password.php?token=<32 characters>`) opened from the e-mail: start URL closure blocks it, and the APPFW_STARTURL violation writes the URL"), ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { appfw: 'APPFW_STARTURL', host: 'learn.kveld.example', path: '/login/forgot_password.php', query: `token=${token}`, msg: 'Disallow Illegal URL.', profile: 'prof_moodle' } };
    }),
    4,
    plant('negative', 'ns-aaa-login-req-pwdlen', 'none', "AAA's `LOGIN REQ` message: the user name and `pwdlen <Non-Zero>`, never the password.", () => ({ value: 'username: <m.holm>', event: { line: `AAA Message SEQ 0 : "AAA LOGIN REQ: parsed data; username: <m.holm>, pwdlen <Non-Zero>, pwdlen2 <Zero>, flags: <0x40000>, flags3: <0x0>"`, level: 'debug' } })),
    4,
    plant('oauth-code', 'ns-sslvpn-mattermost-gitlab-code', 'warning', `${WHY.code} Mattermost's GitLab sign-in callback (\`/signup/gitlab/complete?code=<64 hex>&state=…\`) opened through the Gateway's clientless access: SSLVPN HTTPREQUEST writes the request line.`, ({ rng }) => {
      const code = rng.hex(64);
      return { value: code, event: { vpn: true, user: 'tberg', host: 'chat.kveld.local', path: '/signup/gitlab/complete', query: `code=${code}&state=${b64urlOf(JSON.stringify({ action: 'login', token: rng.alnum(16) }))}` } };
    }),
    4,
    plant('id-token', 'ns-sslvpn-endsession-id_token_hint', 'error', "An ID token as `id_token_hint` of IdentityServer's `/connect/endsession`, reached through the Gateway: the HTTPREQUEST line has its own GMT time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2100, alg: 'RS256', kid: rng.hex(32).toUpperCase(), claims: { iss: 'https://id.kveld.local', aud: 'okonomi-web', nonce: rng.b64url(32), sid: rng.hex(32).toUpperCase(), sub: String(rng.int(1000, 9999)), auth_time: sec(t) - 2200, idp: 'local', amr: ['pwd'] } });
      return { value: token.token, jwt: token.facts, event: { vpn: true, user: 'a.lie', host: 'id.kveld.local', path: '/connect/endsession', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fokonomi.kveld.local%2Fsignout-callback-oidc&state=${rng.b64url(60)}` } };
    }),
    4,
    plant('encoded', 'ns-responder-message-b64encode-url', 'error', "A responder policy's audit message action writing `HTTP.REQ.URL.B64ENCODE` (so the log line has no quotes to escape): the base64 decodes to `/api/v2/eksport?format=csv&api_key=<key>`.", ({ rng }) => {
      const key = rng.alnum(32);
      const b64 = b64Of(`/api/v2/eksport?format=csv&periode=2026-11&api_key=${key}`);
      return { value: key, needle: b64, event: { line: `RESPONDER Message SEQ 0 :  "rsp_block_old_clients ${publicIp(rng)} python-requests/2.25.1 ${b64}"` } };
    }),
    4,
    plant('refresh-token', 'ns-appfw-sql-field-refresh_token', 'error', `${WHY.refresh} The firewall's SQL injection check trips on the \`--\` inside a base64url refresh token and writes the field with its value (\`for field refresh_token="…"\`).`, ({ rng }) => {
      const token = `${rng.b64url(31)}--${rng.b64url(33)}`;
      return { value: token, event: { appfw: 'APPFW_SQL', host: 'api.kveld.example', method: 'POST', path: '/oauth/token', msg: `SQL Special Character check failed for field refresh_token="${token}"`, profile: 'prof_api' } };
    }),
    4,
    plant('negative', 'ns-appfw-csrf-tag-as_fid', 'none', "A CSRF form tagging violation naming the Web App Firewall's own form id (`as_fid=<hex>`): anti-forgery state, no credential.", ({ rng }) => {
      const fid = rng.hex(40);
      return { value: fid, event: { appfw: 'APPFW_CSRF_TAG', host: 'learn.kveld.example', method: 'POST', path: '/course/edit.php', msg: `CSRF Tag validation check failed: as_fid=${fid}`, profile: 'prof_moodle' } };
    }),
    4,
    plant('api-key-name', 'ns-sslvpn-zoho-analytics-authtoken', 'error', WHY.apiKey('authtoken') + ' A report export from an internal Zoho Analytics-style API (`?authtoken=<32 hex>&ZOHO_OUTPUT_FORMAT=CSV`) through the Gateway.', ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { vpn: true, user: 'm.holm', host: 'rapport.kveld.local', path: '/api/kveld/Salg/Ordre', query: `ZOHO_ACTION=EXPORT&ZOHO_OUTPUT_FORMAT=CSV&ZOHO_API_VERSION=1.0&authtoken=${key}` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'ns-vpx01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// minio-audit.ndjson: MinIO's audit log as its `audit_webhook` target posts it, one entry a line as the receiving
// collector stores them: Go's encoding/json of the audit Entry (`version`, `deploymentid`, `time`, `trigger`, `api`,
// `remotehost`, `requestID`, `userAgent`, `requestPath`, `requestHost`, `requestClaims`, `requestQuery` — the query
// decoded into a map —, `requestHeader` — every request header —, `responseHeader`, `tags`, `accessKey`), map keys
// sorted, `&` written `\u0026`. The object store behind a CMS (Directus), a CRM's exports and an OIDC-federated console.
// https://min.io/docs/minio/linux/operations/monitoring/minio-logging.html,
// https://github.com/minio/minio/blob/master/internal/logger/message/audit/entry.go

function minioLog(rng) {
  const DEPLOYMENT = rng.uuid();
  const AK = upperNum(rng, 20);
  const sigv4 = (ak, t) => `AWS4-HMAC-SHA256 Credential=${ak}/${ymdHms(t).slice(0, 10).replace(/-/g, '')}/eu-north-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${rng.hex(64)}`;
  const amzDate = (t) => `${iso(t).slice(0, 19).replace(/[-:]/g, '')}Z`;
  const render = (e, rng) => {
    const ns = rng.int(800000, 90000000);
    const reqId = `${rng.hex(16).toUpperCase()}`;
    const headers = e.browser
      ? { Accept: 'image/avif,image/webp,image/apng,image/*,*/*;q=0.8', 'Accept-Encoding': 'gzip, deflate, br', 'Accept-Language': 'nb-NO,nb;q=0.9', Connection: 'keep-alive', 'User-Agent': e.ua, ...(e.referer !== '-' ? { Referer: e.referer } : {}), ...(e.headers ?? {}) }
      : { 'Accept-Encoding': 'identity', Authorization: sigv4(e.ak ?? AK, e.t), 'Content-Length': String(e.rx ?? 0), 'User-Agent': e.ua, 'X-Amz-Content-Sha256': e.rx ? rng.hex(64) : 'UNSIGNED-PAYLOAD', 'X-Amz-Date': amzDate(e.t), ...(e.headers ?? {}) };
    const api = { name: e.api, ...(e.bucket ? { bucket: e.bucket } : {}), ...(e.object ? { object: e.object } : {}), status: STATUS[e.status] ?? 'OK', statusCode: e.status, rx: e.rx ?? 0, tx: e.bytes, ...(e.method === 'GET' ? { timeToFirstByte: `${Math.floor(ns / 3)}ns` } : {}), timeToResponse: `${ns}ns` };
    const entry = {
      version: '1',
      deploymentid: DEPLOYMENT,
      time: nanoTime(e.t, rng),
      trigger: 'incoming',
      api,
      remotehost: e.ip,
      requestID: reqId,
      userAgent: e.ua,
      requestPath: e.path,
      requestHost: 's3.kveld.example',
      ...(e.claims ? { requestClaims: e.claims } : {}),
      requestQuery: e.queryMap ?? {},
      requestHeader: headers,
      responseHeader: { 'Accept-Ranges': 'bytes', 'Content-Length': String(e.bytes), 'Content-Type': e.ctype ?? 'application/xml', Server: 'MinIO', 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains', Vary: 'Origin,Accept-Encoding', 'X-Amz-Id-2': rng.hex(64), 'X-Amz-Request-Id': reqId, 'X-Content-Type-Options': 'nosniff', 'X-Xss-Protection': '1; mode=block' },
      tags: { objectLocation: { name: e.object ?? '', poolId: 1, setId: 1, disks: ['/data1', '/data2', '/data3', '/data4'] } },
      ...(e.anonymous ? {} : { accessKey: e.ak ?? AK }),
    };
    // Go writes struct fields in order and map keys sorted.
    const sortMap = (m) => Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]]));
    entry.requestQuery = sortMap(entry.requestQuery);
    entry.requestHeader = sortMap(entry.requestHeader);
    entry.responseHeader = sortMap(entry.responseHeader);
    if (entry.requestClaims) entry.requestClaims = sortMap(entry.requestClaims);
    return [JSON.stringify(entry).replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e')];
  };
  const asset = (rng) => `${rng.uuid()}.${rng.pick(['jpg', 'webp', 'png', 'pdf'])}`;
  const filler = (rng) =>
    rng.pick([
      () => { const o = asset(rng); return { api: 'GetObject', method: 'GET', bucket: 'directus', object: o, path: `/directus/${o}`, anonymous: true, browser: true, ua: rng.pick(BROWSERS), referer: 'https://www.kveld.example/', ctype: 'image/webp' }; },
      () => { const o = `exports/${ymdHms(DAY0).slice(0, 10)}/ordre-${rng.int(1000, 9999)}.csv`; return { api: 'PutObject', method: 'PUT', bucket: 'crm', object: o, path: `/crm/${o}`, rx: rng.int(2000, 90000), bytes: 0, ua: 'MinIO (linux; amd64) minio-go/v7.0.95' }; },
      () => ({ api: 'ListObjectsV2', method: 'GET', bucket: 'crm', path: '/crm/', queryMap: { 'list-type': '2', delimiter: '/', prefix: 'exports/', 'fetch-owner': 'true', 'max-keys': '1000' }, ua: 'aws-sdk-java/2.31.50 Linux/6.8.0 OpenJDK_64-Bit_Server_VM/21.0.9+10-LTS Java/21.0.9' }),
      () => ({ api: 'HeadBucket', method: 'HEAD', bucket: 'backup', path: '/backup/', bytes: 0, ua: 'restic/0.18.1 (linux/amd64; go1.25.3) minio-go/v7.0.95' }),
      () => { const o = `data/${rng.hex(2)}/${rng.hex(64)}`; return { api: 'PutObject', method: 'PUT', bucket: 'backup', object: o, path: `/backup/${o}`, rx: rng.int(400000, 8000000), bytes: 0, ua: 'restic/0.18.1 (linux/amd64; go1.25.3) minio-go/v7.0.95' }; },
    ])();
  const steps = [
    4,
    plant('id-token', 'minio-sts-webidentitytoken-query', 'error', "An STS `AssumeRoleWithWebIdentity` call with the OIDC ID token in the query: the audit entry's `requestQuery` keeps `WebIdentityToken` (decoded)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 25, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://login.kveld.example/realms/ansatte', aud: 'minio', sub: rng.uuid(), typ: 'ID', azp: 'minio', policy: 'readwrite-crm', preferred_username: 'i.dahl' } });
      return { value: token.token, jwt: token.facts, event: { api: 'AssumeRoleWithWebIdentity', method: 'POST', path: '/', queryMap: { Action: 'AssumeRoleWithWebIdentity', DurationSeconds: '3600', Version: '2011-06-15', WebIdentityToken: token.token }, anonymous: true, headers: { Authorization: undefined }, ua: 'MinIO (linux; amd64) minio-go/v7.0.95 mc/RELEASE.2025-08-13T08-35-41Z', ctype: 'application/xml', bytes: 1412 } };
    }),
    4,
    plant('negative', 'minio-presigned-x-amz-signature', 'none', 'A presigned GET (`X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-SignedHeaders`, `X-Amz-Signature` in `requestQuery`): the SigV4 signature is bound to this object, method and expiry, no credential.', ({ rng, t }) => {
      const sig = rng.hex(64);
      const o = `exports/kunder-${rng.int(1000, 9999)}.xlsx`;
      return { value: sig, event: { api: 'GetObject', method: 'GET', bucket: 'crm', object: o, path: `/crm/${o}`, queryMap: { 'X-Amz-Algorithm': 'AWS4-HMAC-SHA256', 'X-Amz-Credential': `${AK}/${ymdHms(t).slice(0, 10).replace(/-/g, '')}/eu-north-1/s3/aws4_request`, 'X-Amz-Date': amzDate(t - 60000), 'X-Amz-Expires': '900', 'X-Amz-SignedHeaders': 'host', 'X-Amz-Signature': sig }, anonymous: true, browser: true, ua: BROWSERS[0], ctype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } };
    }),
    4,
    plant('header-dump', 'minio-x-amz-security-token-header', 'note', "A console user's STS session (`X-Amz-Security-Token` in `requestHeader`, a MinIO session JWT): without its secret key it signs nothing, so a reviewer records it (note)", ({ rng, t }) => {
      const ak = upperNum(rng, 20);
      const token = jwt(rng, t, { lifetime: 3600, age: 900, alg: 'HS512', claims: { accessKey: ak, parent: 'openid', sub: rng.uuid(), policy: 'readwrite-crm', preferred_username: 'i.dahl' } });
      const o = `exports/${ymdHms(t).slice(0, 10)}/ordre-${rng.int(1000, 9999)}.csv`;
      return { value: token.token, jwt: token.facts, event: { api: 'GetObject', method: 'GET', bucket: 'crm', object: o, path: `/crm/${o}`, ak, claims: { accessKey: ak, exp: sec(t) + 2700, parent: 'openid', sub: rng.uuid() }, headers: { 'X-Amz-Security-Token': token.token }, ua: 'MinIO Console (linux; amd64) minio-go/v7.0.95', ctype: 'text/csv' } };
    }),
    4,
    plant('session-id', 'minio-directus-session-cookie-jwt', 'error', WHY.session("Directus's `directus_session_token` cookie (a JWT) sent by the browser to the object store on the CMS's own host, in `requestHeader.Cookie`"), ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 86400, age: 5400, claims: { id: rng.uuid(), role: rng.uuid(), app_access: true, admin_access: false, session: rng.b64url(64), iss: 'directus' } });
      const o = asset(rng);
      return { value: token.token, jwt: token.facts, event: { api: 'GetObject', method: 'GET', bucket: 'directus', object: o, path: `/directus/${o}`, anonymous: true, browser: true, headers: { Cookie: `directus_session_token=${token.token}` }, referer: 'https://s3.kveld.example/', ua: BROWSERS[1], ctype: 'image/jpeg' } };
    }),
    4,
    plant('path-secret', 'minio-referer-directus-share-link', 'error', capability("A Directus share link (`/admin/shared/<id>`) as the Referer of the images the shared item loads from the public bucket"), ({ rng }) => {
      const share = rng.uuid();
      const o = asset(rng);
      return { value: share, event: { api: 'GetObject', method: 'GET', bucket: 'directus', object: o, path: `/directus/${o}`, anonymous: true, browser: true, referer: `https://cms.kveld.example/admin/shared/${share}`, ua: BROWSERS[4], ctype: 'image/png' } };
    }),
    4,
    plant('negative', 'minio-listobjectsv2-continuation-token', 'none', 'A `ListObjectsV2` `continuation-token` (base64 of the last key): a cursor, no credential.', ({ rng }) => {
      const cont = b64Of(`data/${rng.hex(2)}/${rng.hex(64)}`);
      return { value: cont, event: { api: 'ListObjectsV2', method: 'GET', bucket: 'backup', path: '/backup/', queryMap: { 'list-type': '2', 'continuation-token': cont, prefix: 'data/', 'max-keys': '1000' }, ua: 'restic/0.18.1 (linux/amd64; go1.25.3) minio-go/v7.0.95' } };
    }),
    4,
    plant('encoded', 'minio-x-amz-meta-source-url-percent-encoded', 'error', "A CRM export stored with its source URL as user metadata: S3 metadata must be ASCII, so the exporter percent-encodes it (`X-Amz-Meta-Source-Url: https%3A%2F%2F…%26api_key%3D<key>`), one decoding from the key.", ({ rng, t }) => {
      const key = rng.alnum(40);
      const o = `exports/${ymdHms(t).slice(0, 10)}/kunder-${rng.int(1000, 9999)}.xlsx`;
      return { value: key, event: { api: 'PutObject', method: 'PUT', bucket: 'crm', object: o, path: `/crm/${o}`, rx: rng.int(20000, 90000), bytes: 0, headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'X-Amz-Meta-Source-Url': encodeURIComponent(`https://crm.kveld.example/api/v1/export?format=xlsx&segment=${rng.int(10, 99)}&api_key=${key}`) }, ua: 'MinIO (linux; amd64) minio-go/v7.0.95' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 's3.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// metabase.log: Metabase 0.57's server log (log4j2, `%d [%t] %p %c{2} :: %m`-style lines as Metabase's own config writes
// them: `<date> <LEVEL> <namespace> :: <message>`), with `metabase.server.middleware.log` at DEBUG: one line per API
// call (`GET /api/... 200 12.3 ms (5 DB calls) App DB connections: … Jetty threads: … Queries in flight: …`), the URI
// without its query. Static embedding (`/api/embed/...`, signed JWTs), public links (`/api/public/...`), sync, alerts.
// https://www.metabase.com/docs/latest/troubleshooting-guide/server-logs,
// https://www.metabase.com/docs/latest/embedding/static-embedding, https://www.metabase.com/docs/latest/embedding/public-links

function metabaseLog(rng) {
  const render = (e, rng) => {
    if (e.msg) return [`${commaTime(e.t)} ${e.level ?? 'INFO'} ${e.ns} :: ${e.msg}`, ...(e.trace ?? [])];
    const busy = rng.int(0, 3);
    const async = e.async ? ` [ASYNC: ${e.status === 202 ? 'completed' : 'canceled'}]` : '';
    const took = e.ms > 1000 ? `${(e.ms / 1000).toFixed(1)} s` : `${e.ms}.${rng.int(0, 9)} ms`;
    return [`${commaTime(e.t)} DEBUG middleware.log :: ${e.method} ${e.path} ${e.status}${async} ${took} (${rng.int(1, 14)} DB calls) App DB connections: ${busy}/15 Jetty threads: ${rng.int(2, 6)}/50 (${rng.int(2, 5)} idle, 0 queued) (${rng.int(70, 95)} total active threads) Queries in flight: ${e.async ? 1 : 0} (0 queued)${e.user ? ` {:metabase-user-id ${e.user}}` : ''}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/user/current', user: rng.int(2, 40) }),
      () => ({ method: 'GET', path: `/api/dashboard/${rng.int(2, 30)}`, user: rng.int(2, 40) }),
      () => ({ method: 'POST', path: `/api/dashboard/${rng.int(2, 30)}/dashcard/${rng.int(10, 99)}/card/${rng.int(10, 99)}/query`, status: 202, async: true, ms: rng.int(200, 4000), user: rng.int(2, 40) }),
      () => ({ method: 'GET', path: '/api/session/properties', user: rng.int(2, 40) }),
      () => ({ method: 'GET', path: '/api/collection/root/items', user: rng.int(2, 40) }),
      () => ({ method: 'POST', path: '/api/dataset', status: 202, async: true, ms: rng.int(100, 3000), user: rng.int(2, 40) }),
      () => ({ msg: `STARTING: step 'sync-${rng.pick(['timezone', 'tables', 'fields', 'fks', 'metabase-metadata'])}' for postgres Database 2 'Lager'`, ns: 'sync.util' }),
      () => ({ msg: `FINISHED: Sync postgres Database 2 'Lager' (${rng.int(1, 9)}.${rng.int(0, 9)} s)`, ns: 'sync.util' }),
      () => ({ msg: 'Sending scheduled notifications...', ns: 'task.send-pulses' }),
    ])();
  const steps = [
    { raw: { msg: 'Starting Metabase version v0.57.3 (e1f2d3c release-x.57.x) ...', ns: 'metabase.core' }, after: 0 },
    { raw: { msg: 'Metabase Initialization COMPLETE in 38.2 s', ns: 'metabase.core' }, after: 38 },
    4,
    plant('embed-jwt', 'metabase-api-embed-dashboard-jwt-10min', 'error', "A static embedding JWT in `/api/embed/dashboard/<JWT>/dashcard/…` (the token the host app signs for the iframe, valid 10 minutes as in Metabase's example code)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 14, claims: { resource: { dashboard: 7 }, params: { avdeling: [] } } });
      return { value: token.token, jwt: token.facts, event: { method: 'GET', path: `/api/embed/dashboard/${token.token}/dashcard/${rng.int(10, 99)}/card/${rng.int(10, 99)}`, status: 202, async: true, ms: rng.int(200, 900) } };
    }),
    4,
    plant('negative', 'metabase-database-details-metabasepass', 'none', 'Metabase writes a database\'s stored password as the placeholder `**MetabasePass**`: masked, no value.', () => ({ value: ':password "**MetabasePass**"', event: { msg: `Updating Database 2 details {:host "pg-lager.kveld.internal", :port 5432, :dbname "lager", :user "metabase_ro", :password "**MetabasePass**", :ssl true, :tunnel-enabled false}`, ns: 'metabase.api.database', level: 'DEBUG' } })),
    4,
    plant('path-secret', 'metabase-api-public-dashboard-uuid', 'error', capability('A public link to a dashboard (`/api/public/dashboard/<UUID>/…`), the UUID its only secret'), ({ rng }) => {
      const uuid = rng.uuid();
      return { value: uuid, event: { method: 'GET', path: `/api/public/dashboard/${uuid}/dashcard/${rng.int(10, 99)}/card/${rng.int(10, 99)}`, status: 202, async: true, ms: rng.int(150, 700) } };
    }),
    4,
    plant('framework-dump', 'metabase-driver-details-map-password', 'error', "A driver error printing the connection details as a Clojure map (`{:host …, :user …, :password \"…\", …}`) of a warehouse added through the API.", ({ rng }) => {
      const pw = `${rng.alnum(14)}${rng.pick(['!', '#', '%'])}${digits(rng, 2)}`;
      return { value: pw, event: { msg: `Failed to connect to Database: {:host "dwh.kveld.example", :port 5439, :db "analytics", :user "metabase_rs", :password "${pw}", :ssl true, :additional-options "sslmode=require"}`, ns: 'metabase.driver.util', level: 'WARN', trace: ['org.postgresql.util.PSQLException: FATAL: no pg_hba.conf entry for host "10.0.6.21", user "metabase_rs", database "analytics", SSL encryption', '\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:711)'] } };
    }),
    4,
    plant('embed-jwt', 'metabase-api-embed-card-jwt-expired', 'note', 'An embedding JWT in `/api/embed/card/<JWT>/query` from a page left open overnight: it expired a day before the call (400)', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 86400 + 3000, claims: { resource: { question: rng.int(20, 200) }, params: {} } });
      return { value: token.token, jwt: token.facts, event: { method: 'GET', path: `/api/embed/card/${token.token}/query`, status: 400, ms: rng.int(5, 40) } };
    }),
    4,
    plant('negative', 'metabase-version-commit-hash', 'none', "Metabase's version banner with the build's short commit hash: an id, no credential.", () => ({ value: 'v0.57.3 (e1f2d3c', needle: 'Metabase v0.57.3 (e1f2d3c', event: { msg: 'Metabase v0.57.3 (e1f2d3c release-x.57.x) is up to date', ns: 'metabase.task.upgrade-checks' } })),
    4,
    plant('webhook', 'metabase-http-channel-chime-webhook', 'error', WHY.webhook("An Amazon Chime incoming webhook (`hooks.chime.aws/incomingwebhooks/<id>?token=<token>`) set as an alert's HTTP destination, in the notification error"), ({ rng }) => {
      const token = rng.b64url(56);
      return { value: token, event: { msg: `Error sending notification to channel :channel/http https://hooks.chime.aws/incomingwebhooks/${rng.uuid()}?token=${token} : clj-http: status 403`, ns: 'metabase.notification.send', level: 'ERROR' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'metabase.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gitlab-workhorse.log: `/var/log/gitlab/gitlab-workhorse/current` of GitLab 18.6 (Omnibus, JSON logging): labkit's
// access logger, one logrus JSON object per request (`correlation_id`, `duration_ms`, `host`, `level`, `method`, `msg`:
// `access`, `proto`, `referrer`, `remote_ip`, `route`, `status`, `system`, `time`, `ttfb_ms`, `uri`, `user_agent`,
// `written_bytes`, keys sorted). labkit masks `uri` and `referrer` query values whose names match `token$`, `password`,
// `secret`, `key$`, `signature` and a few exact names, writing `[FILTERED]`; other names and the path are kept.
// https://docs.gitlab.com/administration/logs/#workhorse-logs, https://gitlab.com/gitlab-org/labkit/-/blob/master/mask/matchers.go

function workhorseLog(rng) {
  const GL = 'gitlab.kveld.example';
  const SENSITIVE = /token$|password|secret|key$|signature|^authorization$|^note$|^certificate$|^encrypted_key$|^hook$|^import_url$|^otp_attempt$|^sentry_dsn$|^trace$|^variables$|^content$/i;
  const mask = (pathAndQuery) => {
    const i = pathAndQuery.indexOf('?');
    if (i < 0) return pathAndQuery;
    const query = pathAndQuery.slice(i + 1).split('&').map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? part : SENSITIVE.test(part.slice(0, eq)) ? `${part.slice(0, eq)}=[FILTERED]` : part;
    });
    return `${pathAndQuery.slice(0, i)}?${query.join('&')}`;
  };
  const maskUrl = (url) => (url === '-' ? '' : url.replace(/^(https?:\/\/[^/]+)(.*)$/, (m, origin, rest) => origin + mask(rest || '/')));
  const render = (e, rng) => {
    const ttfb = Math.max(0, e.ms - rng.int(0, 3));
    const line = { correlation_id: `01K${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`, duration_ms: e.ms, host: GL, level: 'info', method: e.method, msg: 'access', proto: 'HTTP/1.1', referrer: maskUrl(e.referer), remote_addr: '127.0.0.1:0', remote_ip: e.ip, route: e.route ?? '', status: e.status, system: 'http', time: `${iso(e.t).slice(0, 19)}Z`, ttfb_ms: ttfb, uri: mask(target(e)), user_agent: e.ua, written_bytes: e.bytes };
    return [JSON.stringify(line).replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e')];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'POST', path: '/api/v4/jobs/request', route: '^/api/v4/jobs/request\\z', status: 204, bytes: 0, ms: rng.int(20000, 50000), ua: 'gitlab-runner 18.6.1 (18-6-stable; go1.24.9; linux/amd64)', ip: '10.40.8.20' }),
      () => ({ path: `/kveld/${rng.pick(['infra', 'web', 'billing-worker'])}.git/info/refs`, query: 'service=git-upload-pack', route: '^/.+\\.git/info/refs\\z', ua: 'git/2.51.2', ip: '10.40.8.20' }),
      () => ({ path: '/-/health', route: '^/-/health$', ua: 'kube-probe/1.34', ip: '10.40.2.1', bytes: 15 }),
      () => ({ path: `/kveld/web/-/merge_requests/${rng.int(100, 900)}`, route: '', referer: `https://${GL}/kveld/web/-/merge_requests` }),
      () => ({ path: '/api/v4/projects/12/merge_requests', query: 'state=opened&per_page=20', route: '^/api/v4/projects/.*', ua: TOOLS[2] }),
      () => ({ path: `/assets/webpack/main.${rng.hex(8)}.chunk.js`, route: '^/assets/', referer: `https://${GL}/` }),
      () => ({ path: '/api/v4/projects/42/trigger/pipeline', method: 'POST', query: `token=glptt-${rng.b64url(20)}&ref=main`, route: '^/api/v4/projects/.*', status: 201, ua: TOOLS[0], ip: '10.40.8.12' }),
      () => ({ path: '/dashboard/projects.atom', query: `feed_token=glft-${rng.b64url(20)}`, route: '', ua: 'Thunderbird/140.5.0' }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'workhorse-omniauth-oidc-callback-code', 'warning', `${WHY.code} GitLab's OpenID Connect sign-in callback (\`/users/auth/openid_connect/callback?code=…&state=<48 hex>\`): \`code\` and \`state\` match none of labkit's masking patterns, so \`uri\` keeps them.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/users/auth/openid_connect/callback', query: `code=${code}&state=${rng.hex(48)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Flogin.kveld.example%2Frealms%2Fansatte`, status: 302, referer: 'https://login.kveld.example/', ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'workhorse-refresh-grant-filtered', 'none', "A refresh grant to GitLab's `/oauth/token` whose `refresh_token` labkit wrote `[FILTERED]`; the line's other value is the application's public `client_id` (64 hex): no credential left.", ({ rng }) => {
      const clientId = rng.hex(64);
      return { value: clientId, event: { method: 'POST', path: '/oauth/token', query: `grant_type=refresh_token&refresh_token=${rng.hex(64)}&client_id=${clientId}`, route: '^/oauth/token\\z', ua: 'vscode-gitlab-workflow/6.54.1', status: 200 } };
    }),
    4,
    plant('api-key-name', 'workhorse-jira-connect-jwt-query', 'error', "Jira Cloud loading the GitLab for Jira Cloud app's iframe (`/-/jira_connect/subscriptions?jwt=<JWT>&xdm_e=…`): Atlassian Connect's context JWT (15 minutes, no jti) authenticates the request as the Jira user; `jwt` matches no masking pattern", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 900, age: 3, claims: { sub: `557058:${rng.uuid()}`, qsh: 'context-qsh', iss: rng.uuid(), context: {}, aud: [`https://${GL}`] } });
      return { value: token.token, jwt: token.facts, event: { path: '/-/jira_connect/subscriptions', query: `jwt=${token.token}&xdm_e=https%3A%2F%2Fkveld.atlassian.net&xdm_c=channel-gitlab-jira-connect-kveld__gitlab-jira-connect-kveld&cp=&xdm_deprecated_addon_key_do_not_use=gitlab-jira-connect-kveld&lic=none&cv=1001.0.0-SNAPSHOT`, route: '', referer: 'https://kveld.atlassian.net/', ua: BROWSERS[0] } };
    }),
    4,
    plant('path-secret', 'workhorse-sent-notifications-reply-key', 'error', "GitLab's unsubscribe link (`/-/sent_notifications/<reply key>/unsubscribe`): the 32-hex reply key also lets whoever holds it post comments by e-mail as the recipient (`incoming+<reply key>@`), for as long as the notification's thread exists.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: `/-/sent_notifications/${key}/unsubscribe`, route: '', status: 302, ua: BROWSERS[1] } };
    }),
    4,
    plant('encoded', 'workhorse-external-redirect-url-auth_token', 'error', "GitLab's external link warning (`/-/external_redirect?url=<target>`): the target is a Grafana link percent-encoded once, with `%26auth_token%3D<token>` inside; the masker looks at the name `url` only.", ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { path: '/-/external_redirect', query: `url=${encodeURIComponent(`https://grafana.kveld.example/d/ops-overview/drift?orgId=1&kiosk&auth_token=${token}`)}`, route: '', referer: `https://${GL}/kveld/infra/-/issues/${rng.int(100, 999)}`, ua: BROWSERS[3] } };
    }),
    4,
    plant('negative', 'workhorse-trigger-token-filtered-sha', 'none', "A pipeline trigger whose `token` labkit wrote `[FILTERED]`; the line's other value is a commit SHA passed as a variable: no credential left.", ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { method: 'POST', path: '/api/v4/projects/42/trigger/pipeline', query: `token=glptt-${rng.b64url(20)}&ref=main&variables[RELEASE_SHA]=${sha}`, route: '^/api/v4/projects/.*', status: 201, ua: TOOLS[0], ip: '10.40.8.12' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: GL }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log_20261215.log: a Jellyfin 10.11 server log (`/config/log/log_<yyyyMMdd>.log`, Serilog with Jellyfin's template
// `[{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz}] [{Level:u3}] [{ThreadId}] {SourceContext}: {Message:lj}`), the server in
// UTC, Debug enabled for `Jellyfin.Api.Middleware.ResponseTimeMiddleware` (`Slow HTTP Response from <display URL> to
// <IP> in <elapsed> with Status Code <n>`: the whole URL, query included), the transcode manager's ffmpeg command
// lines, plugins (SSO, Webhook) and sessions.
// https://jellyfin.org/docs/general/administration/troubleshooting/#logs,
// https://github.com/jellyfin/jellyfin/blob/master/Jellyfin.Api/Middleware/ResponseTimeMiddleware.cs

function jellyfinLog(rng) {
  const BASE = 'https://media.kveld-hjem.example';
  const DEVICE = (ua) => b64Of(`${ua}|17${digits(rng, 11)}`);
  const render = (e, rng) => {
    const stamp = `${ymdHms(e.t)}.${pad(e.t % 1000, 3)} +00:00`;
    const thread = e.thread ?? rng.int(5, 60);
    if (e.msg) return [`[${stamp}] [${e.level ?? 'INF'}] [${thread}] ${e.ctx}: ${e.msg}`, ...(e.trace ?? [])];
    const ms = e.slowMs ?? rng.int(520, 4000);
    return [`[${stamp}] [DBG] [${thread}] Jellyfin.Api.Middleware.ResponseTimeMiddleware: Slow HTTP Response from ${BASE}${target(e)} to ${e.ip} in 0:00:0${Math.floor(ms / 1000)}.${pad(ms % 1000, 3)}${digits(rng, 4)} with Status Code ${e.status}`];
  };
  const USERS = ['kari', 'ola', 'ingrid'];
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `WS "${publicIp(rng)}" request`, ctx: 'Emby.Server.Implementations.HttpServer.WebSocketManager' }),
      () => ({ msg: `Playback stopped reported by app "Jellyfin ${rng.pick(['Web', 'Android', 'Android TV'])}" "10.11.${rng.int(0, 3)}" playing "${rng.pick(['Episode 4', 'Nordlys', 'Fjellet'])}". Stopped at "${rng.int(100000, 4000000)}" ms`, ctx: 'Emby.Server.Implementations.Session.SessionManager' }),
      () => ({ msg: `User policy for "${rng.pick(USERS)}". EnablePlaybackRemuxing: True EnableVideoPlaybackTranscoding: True EnableAudioPlaybackTranscoding: True`, ctx: 'Jellyfin.Api.Helpers.MediaInfoHelper' }),
      () => ({ msg: `"${rng.pick(['Scan Media Library', 'Extract Chapter Images', 'Clean Transcode Directory'])}" Completed after 0 minute(s) and ${rng.int(1, 59)} seconds`, ctx: 'Emby.Server.Implementations.ScheduledTasks.TaskManager' }),
      () => ({ path: `/Users/${rng.hex(32)}/Items/Latest`, query: `Limit=16&Fields=PrimaryImageAspectRatio%2CPath&ImageTypeLimit=1&EnableImageTypes=Primary%2CBackdrop%2CThumb&ParentId=${rng.hex(32)}`, status: 200 }),
      () => ({ path: `/Items/${rng.hex(32)}/PlaybackInfo`, query: `UserId=${rng.hex(32)}&StartTimeTicks=0&IsPlayback=true&AutoOpenLiveStream=true&MaxStreamingBitrate=140000000`, status: 200 }),
    ])();
  const steps = [
    { raw: { msg: 'Jellyfin version: 10.11.3', ctx: 'Main' }, after: 0 },
    3,
    plant('api-key-name', 'jellyfin-slow-response-stream-api_key', 'error', WHY.apiKey('api_key') + ' A Kodi add-on\'s direct stream URL (`/Videos/<id>/stream.mkv?Static=true&…&api_key=<32 hex>`): the user\'s access token, which the slow-response warning writes with the whole URL.', ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: `/Videos/${rng.hex(32)}/stream.mkv`, query: `Static=true&mediaSourceId=${rng.hex(32)}&deviceId=${encodeURIComponent(DEVICE('Kodi/21.2'))}&api_key=${key}&Tag=${rng.hex(32)}`, status: 200, slowMs: 2240 } };
    }),
    3,
    plant('negative', 'jellyfin-deviceid-base64-playsessionid', 'none', "A web client's HLS request without a key in the URL (it sends its token in a header): `DeviceId` is base64 of the user agent and a timestamp, `PlaySessionId` and `MediaSourceId` are ids, no credential.", ({ rng }) => {
      const device = DEVICE(BROWSERS[0]);
      return { value: device, event: { path: `/videos/${rng.hex(32)}/master.m3u8`, query: `DeviceId=${device}&MediaSourceId=${rng.hex(32)}&VideoCodec=av1,h264&AudioCodec=aac,opus&PlaySessionId=${rng.hex(32)}&SegmentContainer=mp4&TranscodeReasons=ContainerNotSupported`, status: 200, slowMs: 1310 } };
    }),
    3,
    plant('path-secret', 'jellyfin-ffmpeg-xtream-live-path-password', 'error', "An IPTV tuner's stream URL in the transcode manager's ffmpeg command (`http://<provider>/live/<user>/<password>/<stream>.ts`, the Xtream Codes layout): the account's user name and password are path segments, valid until the password changes.", ({ rng }) => {
      const pw = rng.alnum(10);
      return { value: pw, event: { msg: `/usr/lib/jellyfin-ffmpeg/ffmpeg -analyzeduration 3000000 -probesize 1000000 -fflags +genpts -i "http://iptv.provider-q.example:8080/live/kveldhjem${digits(rng, 3)}/${pw}/${rng.int(10000, 99999)}.ts" -map_metadata -1 -map_chapters -1 -threads 0 -map 0:0 -map 0:1 -codec:v:0 copy -codec:a:0 aac -ac 2 -ab 256000 -copyts -avoid_negative_ts disabled -max_muxing_queue_size 2048 -f hls -max_delay 5000000 -hls_time 3 -hls_segment_type mpegts -start_number 0 -hls_segment_filename "/cache/transcodes/${rng.hex(32)}%d.ts" -hls_playlist_type event -hls_list_size 0 -y "/cache/transcodes/${rng.hex(32)}.m3u8"`, ctx: 'MediaBrowser.MediaEncoding.Transcoding.TranscodeManager' } };
    }),
    3,
    plant('oauth-code', 'jellyfin-sso-plugin-callback-code', 'warning', `${WHY.code} The SSO plugin's OpenID callback (\`/sso/OID/redirect/<provider>?code=…&state=…\`) was slow (the token exchange), so the middleware's warning writes its URL.`, ({ rng }) => {
      const code = rng.hex(40);
      return { value: code, event: { path: '/sso/OID/redirect/authentik', query: `code=${code}&state=${rng.b64url(43)}`, status: 200, slowMs: 1870 } };
    }),
    3,
    plant('negative', 'jellyfin-auth-denied-no-password', 'none', 'A failed sign-in names the user and the address, never the password.', () => ({ value: 'request for "ola" has been denied', event: { msg: 'Authentication request for "ola" has been denied (IP: "198.51.100.212").', ctx: 'Jellyfin.Server.Implementations.Users.UserManager', level: 'WRN' } })),
    3,
    plant('webhook', 'jellyfin-webhook-plugin-pushcut-url', 'error', WHY.webhook("A Pushcut notification URL (`api.pushcut.io/<secret>/notifications/<name>`) set as the Webhook plugin's generic destination, in its failure warning"), ({ rng }) => {
      const secret = rng.b64url(22);
      return { value: secret, event: { msg: `Error sending notification to https://api.pushcut.io/${secret}/notifications/Ny%20episode: 429 (Too Many Requests)`, ctx: 'Jellyfin.Plugin.Webhook.Destinations.Generic.GenericClient', level: 'WRN' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'media.kveld-hjem.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// atlassian-bitbucket-access.log: Bitbucket Data Center 9's access log (`<ip> | <protocol> | <request id> | <user> |
// <date> | <action> | <details> | <status> | <bytes read> | <bytes written> | <labels> | <duration> | <session> |`):
// every request is written twice, when it arrives (`i@…`, the response fields `-`) and when it is answered (`o@…`),
// each with the request line; SSH git operations the same way.
// https://confluence.atlassian.com/bitbucketserverkb/how-to-read-the-bitbucket-data-center-log-formats-790796814.html

function bitbucketLog(rng) {
  let counter = 1400;
  const sessionSeed = lowerNum(rng, 7).toUpperCase();
  const render = (e, rng) => {
    const minute = Math.floor((e.t % 86400000) / 60000);
    const rid = `${sessionSeed}x${minute}x${(counter += rng.int(1, 9))}x${rng.int(0, 2)}`;
    const proto = e.ssh ? 'ssh' : 'https';
    const action = e.ssh ? `SSH - ${e.ssh}` : `"${e.method} ${target(e)} HTTP/1.1"`;
    const details = e.ssh ? '-' : `"${e.referer === '-' ? '' : e.referer}" "${e.ua}"`;
    const user = e.user ?? '-';
    const sid = e.sid ?? (user === '-' ? '-' : lowerNum(rng, 7));
    return [
      `${e.ip} | ${proto} | i@${rid} | ${e.ssh ? user : '-'} | ${commaTime(e.t)} | ${action} | ${details} | - | - | - | - | - | - |`,
      `${e.ip} | ${proto} | o@${rid} | ${user} | ${commaTime(e.t + e.ms)} | ${action} | ${details} | ${e.status} | ${e.rx ?? 0} | ${e.bytes} | ${e.labels ?? '-'} | ${e.ms} | ${sid} |`,
    ];
  };
  const USERS = ['kvale', 'tberg', 'a.lie', 'jenkins'];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/projects/${rng.pick(['OPS', 'WEB'])}/repos/${rng.pick(['deploy', 'portal', 'infra'])}/browse`, user: rng.pick(USERS), referer: 'https://git.kveld.example/dashboard' }),
      () => ({ path: `/rest/api/latest/projects/WEB/repos/portal/pull-requests/${rng.int(100, 999)}/activities`, query: 'start=0&limit=25&avatarSize=64', user: rng.pick(USERS), ua: BROWSERS[0] }),
      () => ({ path: '/scm/web/portal.git/info/refs', query: 'service=git-upload-pack', user: 'jenkins', ua: 'git/2.51.2', labels: 'protocol:2, refs', ip: '10.40.8.12' }),
      () => ({ ssh: "git-upload-pack '/ops/deploy.git'", user: rng.pick(USERS), labels: 'ssh:git:clone, protocol:2', ip: `10.40.${rng.int(10, 40)}.${rng.int(2, 250)}` }),
      () => ({ path: '/status', ua: 'kube-probe/1.34', ip: '10.40.2.1' }),
      () => ({ path: '/rest/ui/latest/dashboard/pull-requests', query: 'limit=10&role=REVIEWER', user: rng.pick(USERS) }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'bitbucket-sso-oidc-callback-code', 'warning', `${WHY.code} The Data Center SSO app's OpenID callback (\`/plugins/servlet/oidc/callback?code=…&state=…\`): both access lines write the request line.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/plugins/servlet/oidc/callback', query: `code=${code}&state=${rng.b64url(32)}`, status: 302, referer: 'https://login.kveld.example/', ua: BROWSERS[0] } };
    }),
    3,
    plant('negative', 'bitbucket-build-status-commit-sha', 'none', "A CI server posting a build result for a commit (`/rest/build-status/1.0/commits/<40 hex>`, written by both lines): a commit SHA, no credential.", ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { method: 'POST', path: `/rest/build-status/1.0/commits/${sha}`, user: 'jenkins', status: 204, bytes: 0, ua: 'Jenkins/2.528.2', ip: '10.40.8.12' } };
    }),
    3,
    plant('path-secret', 'bitbucket-password-reset-token', 'error', WHY.pathSecret("Bitbucket's password reset link (`/passwordreset?token=<token>&username=…`), in both access lines"), ({ rng }) => {
      const token = rng.hex(40);
      return { value: token, event: { path: '/passwordreset', query: `token=${token}&username=a.lie`, ua: BROWSERS[3] } };
    }),
    3,
    plant('replay', 'render_ticket-one-request-two-lines', 'note', WHY.ticketFirst('An opaque `render_ticket` (a diagram macro renders a file once per ticket; Bitbucket writes the request when it arrives and when it is answered: one request, no replay)'), ({ rng }) => {
      const ticket = rng.alnum(40);
      return { value: ticket, event: { path: '/plugins/servlet/diagram/render', query: `render_ticket=${ticket}&format=svg`, user: 'kvale', ua: BROWSERS[0] } };
    }),
    3,
    plant('api-key-name', 'bitbucket-http-access-token-query', 'error', WHY.apiKey('access_token') + " A deploy script passing a Bitbucket HTTP access token (`BBDC-…`) in the query of a raw file download (Bitbucket answers 401: it takes the token only as a header, but both lines already hold it).", ({ rng }) => {
      const token = `BBDC-${rng.b64url(44)}`;
      return { value: token, event: { path: '/rest/api/latest/projects/OPS/repos/deploy/raw/values-prod.yaml', query: `at=refs%2Fheads%2Fmain&access_token=${token}`, status: 401, bytes: 143, ua: TOOLS[0], ip: '10.40.8.31' } };
    }),
    3,
    plant('negative', 'bitbucket-branch-name-rotate-api-key', 'none', 'A branch named after a ticket about rotating keys (`refs/heads/feature/rotate-api-key-…`): words, no credential.', ({ rng }) => {
      const branch = `rotate-api-key-OPS-${rng.int(1000, 1999)}`;
      return { value: branch, event: { path: '/projects/OPS/repos/deploy/browse', query: `at=refs%2Fheads%2Ffeature%2F${branch}`, user: 'tberg', ua: BROWSERS[1] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'git.kveld.example' }, filler, render, steps });
}


// ---------------------------------------------------------------------------------------------------------------------
// hasura.log: `docker logs` of Hasura GraphQL Engine v2.48 in JWT mode with `HASURA_GRAPHQL_ENABLED_LOG_TYPES=startup,
// http-log,websocket-log,query-log`: one JSON object a line (`type`, `timestamp` with `+0000`, `level`, `detail`).
// `http-log` writes each request's `operation` and, on errors, the GraphQL request (query and variables) and the error
// with its `internal` part (an action handler's request: URL, headers, body); `query-log` the query, its variables and
// the generated SQL with its prepared arguments; `startup` the configuration, secrets redacted.
// https://hasura.io/docs/2.0/deployment/logging/, https://hasura.io/docs/2.0/actions/action-handlers/

function hasuraLog(rng) {
  const APP = 'https://app.kveld.example';
  const stamp = (ms) => `${iso(ms).slice(0, 23)}+0000`;
  const render = (e, rng) => {
    const base = { type: e.type ?? 'http-log', timestamp: stamp(e.t), level: e.level ?? 'info' };
    if (e.detail) return [JSON.stringify({ ...base, detail: e.detail })];
    const requestId = rng.uuid();
    const operation = {
      query_execution_time: Number((e.ms / 1000).toFixed(6)),
      user_vars: e.vars ?? { 'x-hasura-role': 'user', 'x-hasura-user-id': rng.uuid() },
      ...(e.error ? { error: e.error } : {}),
      request_id: requestId,
      parameterized_query_hash: rng.hex(40),
      response_size: e.bytes,
      request_read_time: Number((rng.int(5, 90) / 1e6).toFixed(6)),
      request_mode: 'single',
      query: e.gql ?? { operationName: e.op ?? 'Orders' },
    };
    return [JSON.stringify({ ...base, detail: { request_id: requestId, operation, http_info: { status: 200, http_version: 'HTTP/1.1', url: '/v1/graphql', ip: e.ip, method: 'POST', content_encoding: e.bytes > 800 ? 'gzip' : null } } })];
  };
  const actionError = (url, headers, body, message) => ({ path: '$', error: message, code: 'unexpected', internal: { request: { body, url, headers }, response: null, error: { type: 'http_exception', message: 'ConnectionFailure Network.Socket.connect: <socket: 31>: does not exist (Connection refused)' } } });
  const filler = (rng) =>
    rng.pick([
      () => ({ op: rng.pick(['Orders', 'OrderById', 'Customers', 'Me']), ip: `10.0.3.${rng.int(2, 30)}` }),
      () => ({ op: 'UpdateOrderStatus', ip: `10.0.3.${rng.int(2, 30)}` }),
      () => ({ type: 'websocket-log', detail: { event: { type: 'accepted' }, connection_info: { websocket_id: rng.uuid(), token_expiry: iso(DAY0 + 10 * HOUR + rng.int(0, 3e6)).replace('Z', '+00:00'), msg: null }, user_vars: { 'x-hasura-role': 'user', 'x-hasura-user-id': rng.uuid() } } }),
      () => ({ type: 'query-log', detail: { kind: 'database', request_id: rng.uuid(), generated_sql: { orders: { prepared_arguments: ['{"x-hasura-role":"user"}'], query: 'SELECT coalesce(json_agg("root"), \'[]\') AS "root" FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."id" AS "id", "_root.base"."status" AS "status") AS "_e")) AS "root" FROM (SELECT * FROM "public"."orders" WHERE (\'true\') ORDER BY "created_at" DESC LIMIT 20) AS "_root.base") AS "_root"' } }, connection_template: null, request_mode: 'single', query: { operationName: 'Orders', query: 'query Orders { orders(order_by: {created_at: desc}, limit: 20) { id status } }' } } }),
    ])();
  const steps = [
    plant('negative', 'hasura-startup-jwt-secret-jwk-redacted', 'none', 'The startup configuration prints the JWT key as `<JWK REDACTED>`: redacted, no value.', () => ({ value: '"key":"<JWK REDACTED>"', event: { type: 'startup', detail: { kind: 'server_configuration', info: { admin_secret_set: true, auth_hook: null, cors_config: { allowed_origins: [APP], disabled: false, ws_read_cookie: null }, enable_allowlist: false, enable_console: false, enabled_apis: ['metadata', 'graphql', 'config', 'metrics'], enabled_log_types: ['startup', 'http-log', 'websocket-log', 'query-log'], jwt_secret: [{ audience: 'hasura', claims_format: 'json', claims_namespace: 'https://hasura.io/jwt/claims', header: null, issuer: 'https://login.kveld.example/realms/kunder', key: '<JWK REDACTED>', type: 'RS256' }], log_level: 'info', port: 8080, server_host: 'HostAny', unauth_role: 'anonymous', use_prepared_statements: true } } } })),
    plant('negative', 'hasura-startup-database-url-masked', 'none', 'The startup `postgres_connection` line writes the database URL with its password replaced by `...`: masked, no value.', () => ({ value: 'postgres://hasura:...@pg-app', event: { type: 'startup', detail: { kind: 'postgres_connection', info: { database_url: 'postgres://hasura:...@pg-app.kveld.internal:5432/app', retries: 1 } } } }), { after: 1 }),
    4,
    plant('framework-dump', 'hasura-query-log-variables-invitation-token', 'error', "`query-log` of an invitation lookup by token (an anonymous query): the token is in the request's `variables` and again in the generated SQL's `prepared_arguments` on the same line.", ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { type: 'query-log', detail: { kind: 'database', request_id: rng.uuid(), generated_sql: { invitations: { prepared_arguments: ['{"x-hasura-role":"anonymous"}', token], query: 'SELECT coalesce(json_agg("root"), \'[]\') AS "root" FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."id" AS "id", "_root.base"."email" AS "email") AS "_e")) AS "root" FROM (SELECT * FROM "public"."invitations" WHERE (("public"."invitations"."token") = (($2)::text)) AND (("public"."invitations"."accepted_at") IS NULL)) AS "_root.base") AS "_root"' } }, connection_template: null, request_mode: 'single', query: { operationName: 'InvitationByToken', query: 'query InvitationByToken($token: String!) { invitations(where: {token: {_eq: $token}, accepted_at: {_is_null: true}}) { id email } }', variables: { token } } } } };
    }),
    4,
    plant('refresh-token', 'hasura-http-log-error-variables-refreshToken', 'error', `${WHY.refresh} An \`http-log\` error of a \`refreshSession\` action: the failed request is logged with its \`variables\` (\`refreshToken\`).`, ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { level: 'error', op: 'RefreshSession', ip: '10.0.3.14', vars: { 'x-hasura-role': 'anonymous' }, error: { path: '$', error: 'refresh token expired or revoked', code: 'unexpected' }, gql: { operationName: 'RefreshSession', query: 'mutation RefreshSession($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken expiresIn } }', variables: { refreshToken: token } }, bytes: 118 } };
    }),
    4,
    plant('header-dump', 'hasura-action-internal-forwarded-authorization', 'error', "An action (`forward_client_headers: true`) whose handler is down: the error's `internal.request.headers` list the forwarded `Authorization: Bearer <JWT>`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 900, age: 200, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://login.kveld.example/realms/kunder', aud: 'hasura', sub: rng.uuid(), typ: 'Bearer', azp: 'kundeportal', 'https://hasura.io/jwt/claims': { 'x-hasura-default-role': 'user', 'x-hasura-allowed-roles': ['user'], 'x-hasura-user-id': rng.uuid() } } });
      const body = { action: { name: 'checkout' }, input: { cartId: rng.uuid() }, request_query: 'mutation Checkout($cartId: uuid!) { checkout(cartId: $cartId) { orderId } }', session_variables: { 'x-hasura-role': 'user', 'x-hasura-user-id': rng.uuid() } };
      return { value: token.token, jwt: token.facts, event: { level: 'error', op: 'Checkout', ip: '10.0.3.9', error: actionError('http://actions:3000/checkout', [{ name: 'Content-Type', value: 'application/json' }, { name: 'Authorization', value: `Bearer ${token.token}` }, { name: 'User-Agent', value: BROWSERS[0] }, { name: 'X-Forwarded-For', value: publicIp(rng) }], body, 'http exception when calling webhook'), gql: { operationName: 'Checkout', query: body.request_query, variables: { cartId: body.input.cartId } }, bytes: 96 } };
    }),
    4,
    plant('api-key-name', 'hasura-action-internal-url-api_key', 'error', WHY.apiKey('api_key') + " A fraud-scoring action whose handler is the vendor's URL with its key in the query: the error's `internal.request.url` writes it.", ({ rng }) => {
      const key = rng.hex(40);
      const body = { action: { name: 'scoreOrder' }, input: { orderId: rng.uuid() }, request_query: 'mutation ScoreOrder($orderId: uuid!) { scoreOrder(orderId: $orderId) { score } }', session_variables: { 'x-hasura-role': 'backoffice' } };
      const error = actionError(`https://api.fraudscore-x.example/v3/score?api_key=${key}`, [{ name: 'Content-Type', value: 'application/json' }], body, 'http exception when calling webhook');
      error.internal.error.message = 'ResponseTimeout';
      return { value: key, event: { level: 'error', op: 'ScoreOrder', ip: '10.0.3.22', vars: { 'x-hasura-role': 'backoffice', 'x-hasura-user-id': rng.uuid() }, error, gql: { operationName: 'ScoreOrder', query: body.request_query, variables: { orderId: body.input.orderId } }, bytes: 88 } };
    }),
    4,
    plant('implicit-fragment', 'hasura-http-log-error-client-error-href', 'error', "A client error report inserted through GraphQL fails on a constraint, so `http-log` writes the mutation's `variables`: the report's `href` is an implicit-flow callback with `#access_token=<JWT>`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://login.kveld.example/realms/kunder', aud: 'kundeportal-legacy', sub: rng.uuid(), typ: 'Bearer', azp: 'kundeportal-legacy', scope: 'openid profile' } });
      const object = { href: `${APP}/legacy/#/callback#access_token=${token.token}&token_type=Bearer&expires_in=3600&state=${rng.b64url(16)}`, message: "TypeError: Cannot read properties of undefined (reading 'sub')", release: 'kundeportal@3.14.2', user_agent: BROWSERS[4] };
      return { value: token.token, jwt: token.facts, event: { level: 'error', op: 'InsertClientError', ip: '10.0.3.5', vars: { 'x-hasura-role': 'anonymous' }, error: { path: '$.selectionSet.insert_client_errors_one.args.object', error: 'Check constraint violation. new row for relation "client_errors" violates check constraint "client_errors_message_length"', code: 'constraint-violation' }, gql: { operationName: 'InsertClientError', query: 'mutation InsertClientError($object: client_errors_insert_input!) { insert_client_errors_one(object: $object) { id } }', variables: { object } }, bytes: 201 } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'hasura' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dockerd.log: `journalctl -u docker.service` (default `short` output) of a CI build host whose daemon runs with
// `"debug": true`: logrus text lines (`time="<RFC 3339 ns>" level=… msg="…"`, values quoted with `\"` escapes). The API
// middleware writes `Calling <METHOD> <request URI>` for every call and, for JSON bodies under 4 KiB, `form data: <the
// body re-marshalled by Go>` — keys sorted, `&` as `\u0026`, and only keys named like `password`, `secret` or
// `jointoken` masked as `*****`; container `Env` entries, exec `Cmd` arguments and build args are written as they are.
// https://docs.docker.com/engine/daemon/logs/, https://github.com/moby/moby/blob/master/api/server/middleware/debug.go

function dockerdLog(rng) {
  const HOSTNAME = 'build-02';
  const API = '/v1.47';
  const render = (e, rng) => {
    const head = `${bsdTime(e.t)} ${HOSTNAME} dockerd[1187]: time="${nanoTime(e.t, rng)}"`;
    if (e.raw) return [`${head} ${e.raw}`];
    const lines = [`${head} level=debug msg=${JSON.stringify(`Calling ${e.method} ${API}${target(e)}`)}`];
    if (e.form) lines.push(`${bsdTime(e.t)} ${HOSTNAME} dockerd[1187]: time="${nanoTime(e.t + 1, rng)}" level=debug msg=${JSON.stringify(`form data: ${goMapJson(e.form)}`)}`);
    return lines;
  };
  const cid = (rng) => rng.hex(64);
  const createForm = (image, env, extra = {}) => ({ AttachStderr: false, AttachStdin: false, AttachStdout: false, Cmd: null, Domainname: '', Entrypoint: null, Env: env, HostConfig: { AutoRemove: false, Binds: null, LogConfig: { Config: {}, Type: '' }, NetworkMode: 'ci_default', RestartPolicy: { MaximumRetryCount: 0, Name: 'unless-stopped' } }, Hostname: '', Image: image, Labels: { 'com.docker.compose.project': 'ci', 'com.docker.compose.service': image.split('/').at(-1).split(':')[0] }, NetworkingConfig: null, OpenStdin: false, StdinOnce: false, Tty: false, User: '', WorkingDir: '', ...extra });
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/containers/json', query: `all=1&filters=${encodeURIComponent('{"label":{"com.docker.compose.project=ci":true}}')}` }),
      () => ({ method: 'GET', path: '/_ping' }),
      () => ({ method: 'HEAD', path: '/_ping' }),
      () => ({ method: 'GET', path: '/info' }),
      () => ({ method: 'GET', path: `/images/registry.kveld.example/web:5.${rng.int(0, 2)}.${rng.int(0, 9)}/json` }),
      () => ({ method: 'POST', path: `/containers/${cid(rng)}/wait`, query: 'condition=next-exit' }),
      () => ({ raw: `level=info msg="ignoring event" container=${cid(rng)} module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"` }),
      () => ({ raw: `level=debug msg="Assigning addresses for endpoint ${lowerNum(rng, 12)}'s interface on network ci_default"` }),
      () => ({ raw: `level=info msg="Container failed to exit within 10s of signal 15 - using the force" container=${cid(rng)}` }),
    ])();
  const steps = [
    { raw: { raw: 'level=info msg="API listen on /run/docker.sock"' }, after: 0 },
    4,
    plant('framework-dump', 'dockerd-form-data-create-env-doppler-token', 'error', "A container create's `form data:` line: the daemon masks only keys named like `password` or `secret`, so the `Env` list keeps `DOPPLER_TOKEN=dp.st.prd.…` (a Doppler service token).", ({ rng }) => {
      const token = `dp.st.prd.${rng.alnum(40)}`;
      return { value: token, event: { method: 'POST', path: '/containers/create', query: 'name=ci-billing-worker-1', form: createForm('registry.kveld.example/billing-worker:2.8.1', ['NODE_ENV=production', `DOPPLER_TOKEN=${token}`, 'TZ=Europe/Oslo']) } };
    }),
    4,
    plant('negative', 'dockerd-auth-form-data-password-masked', 'none', "`docker login`'s `/auth` call: the daemon writes its form data with `\"password\":\"*****\"`, masked.", () => ({ value: '"password":"*****"', needle: JSON.stringify('"password":"*****"').slice(1, -1), event: { method: 'POST', path: '/auth', form: { password: '*****', serveraddress: 'registry.kveld.example', username: 'ci-bot' } } })),
    4,
    plant('webhook', 'dockerd-watchtower-shoutrrr-discord-url', 'error', WHY.webhook("A Discord webhook in shoutrrr's form (`discord://<token>@<webhook id>`, Watchtower's `WATCHTOWER_NOTIFICATION_URL`) in a container create's `Env`"), ({ rng }) => {
      const token = rng.b64url(68);
      return { value: token, event: { method: 'POST', path: '/containers/create', query: 'name=watchtower', form: createForm('containrrr/watchtower:1.7.1', [`WATCHTOWER_NOTIFICATION_URL=discord://${token}@${digits(rng, 19)}`, 'WATCHTOWER_POLL_INTERVAL=3600', 'WATCHTOWER_CLEANUP=true'], { HostConfig: { Binds: ['/var/run/docker.sock:/var/run/docker.sock'], NetworkMode: 'bridge', RestartPolicy: { MaximumRetryCount: 0, Name: 'unless-stopped' } } }) } };
    }),
    4,
    plant('encoded', 'dockerd-build-buildargs-percent-encoded-npm-token', 'error', "`docker build --build-arg NPM_TOKEN=…`: the build args travel as percent-encoded JSON in the `/build` query (`buildargs=%7B%22NPM_TOKEN%22%3A%22npm_…%22%7D`), and the `Calling` line writes the request URI.", ({ rng }) => {
      const token = `npm_${rng.alnum(36)}`;
      return { value: token, event: { method: 'POST', path: '/build', query: `buildargs=${encodeURIComponent(JSON.stringify({ NPM_TOKEN: token }))}&cachefrom=%5B%5D&cgroupparent=&cpuperiod=0&cpuquota=0&cpusetcpus=&cpusetmems=&cpushares=0&dockerfile=Dockerfile&labels=%7B%7D&memory=0&memswap=0&networkmode=default&rm=1&shmsize=0&t=registry.kveld.example%2Fweb%3A5.2.0&target=&ulimits=null&version=1` } };
    }),
    4,
    plant('negative', 'dockerd-container-id-inspect', 'none', 'A container inspect (`/containers/<64 hex>/json`): the container id, no credential.', ({ rng }) => {
      const id = rng.hex(64);
      return { value: id, event: { method: 'GET', path: `/containers/${id}/json` } };
    }),
    4,
    plant('header-dump', 'dockerd-exec-create-cmd-authorization-bearer', 'error', "An exec create's `form data:` line: the `Cmd` of a `docker exec` runs curl with `-H 'Authorization: Bearer <JWT>'`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 30, claims: { sub: 'ci-reindex', scope: 'admin:reindex', iss: 'https://api.kveld.example' } });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: `/containers/ci-web-1/exec`, form: { AttachStderr: true, AttachStdin: false, AttachStdout: true, Cmd: ['sh', '-c', `curl -fsS -X POST -H 'Authorization: Bearer ${token.token}' http://localhost:8080/internal/reindex?scope=all&batch=500`], ConsoleSize: [0, 0], Detach: false, DetachKeys: '', Env: null, Privileged: false, Tty: false, User: '', WorkingDir: '' } } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: HOSTNAME }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kibana.log: Kibana 8.19's `/var/log/kibana/kibana.log` with the `json` layout (ECS: `@timestamp`, `log.level`,
// `log.logger`, `message`, …) and the `http.server.response` logger at DEBUG: one record per response, `message`
// `<METHOD> <path?query> <status> <ms>ms - <size>`, `url.path`, `url.query`, request and response headers — with
// `authorization`, `cookie`, `set-cookie` and `x-elastic-app-auth` replaced by `[REDACTED]`, other headers kept. Kibana
// signs users in with OpenID Connect and sits behind oauth2-proxy for the ops team's space.
// https://www.elastic.co/docs/reference/kibana/configuration-reference/logging-settings,
// https://www.elastic.co/docs/deploy-manage/monitor/logging-configuration/kibana-logging, https://github.com/elastic/kibana/blob/main/packages/core/http/core-http-server-internal/src/logging/get_response_log.ts

function kibanaLog(rng) {
  const KB = 'kibana.kveld.example';
  const FORBIDDEN = ['authorization', 'cookie', 'set-cookie', 'x-elastic-app-auth'];
  const redact = (h) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, FORBIDDEN.includes(k) ? '[REDACTED]' : v]));
  const stamp = (ms) => `${iso(ms).slice(0, 23)}+00:00`;
  const size = (n) => (n >= 1024 ? `${(n / 1024).toFixed(1)}KB` : `${n.toFixed(1)}B`);
  const render = (e, rng) => {
    if (e.msg) return [JSON.stringify({ '@timestamp': stamp(e.t), ecs: { version: '8.11.0' }, log: { level: e.level ?? 'INFO', logger: e.logger }, message: e.msg, process: { pid: 7, uptime: 5000 + (e.t - DAY0) / 1000 }, service: { node: { roles: ['background_tasks', 'ui'] } } })];
    const q = e.query ?? '';
    const reqHeaders = { host: KB, 'x-forwarded-for': e.ip, 'x-forwarded-proto': 'https', 'x-real-ip': e.ip, 'user-agent': e.ua, accept: e.accept ?? 'application/json', 'accept-encoding': 'gzip, deflate, br, zstd', 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.8', ...(e.browser ? { 'kbn-version': '8.19.7', 'kbn-build-number': '87412', 'x-elastic-internal-origin': 'Kibana', cookie: `sid=${rng.b64url(120)}` } : {}), ...(e.referer !== '-' ? { referer: e.referer } : {}), ...(e.headers ?? {}) };
    const resHeaders = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin', 'permissions-policy': 'camera=(), display-capture=(), fullscreen=(self), geolocation=(), microphone=(), web-share=()', 'cross-origin-opener-policy': 'same-origin', 'content-security-policy': "script-src 'report-sample' 'self'; worker-src 'report-sample' 'self' blob:; style-src 'report-sample' 'self' 'unsafe-inline'", 'kbn-name': 'kibana-0', 'kbn-license-sig': rng.hex(64), ...(e.resHeaders ?? {}), 'content-type': e.status === 302 ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8', 'cache-control': 'private, no-cache, no-store, must-revalidate', 'content-length': e.status === 302 ? 0 : e.bytes, date: new Date(e.t).toUTCString(), connection: 'keep-alive', 'keep-alive': 'timeout=120' };
    const record = {
      '@timestamp': stamp(e.t),
      client: { ip: e.ip },
      ecs: { version: '8.11.0' },
      http: { request: { headers: redact(reqHeaders), method: e.method, mime_type: e.method === 'POST' ? 'application/json' : undefined, referrer: e.referer === '-' ? '' : e.referer }, response: { body: { bytes: e.status === 302 ? 0 : e.bytes }, headers: redact(resHeaders), responseTime: e.ms, status_code: e.status } },
      log: { level: 'DEBUG', logger: 'http.server.response' },
      message: `${e.method} ${e.path}${q ? `?${q}` : ''} ${e.status} ${e.ms}ms${e.status === 302 ? '' : ` - ${size(e.bytes)}`}`,
      process: { pid: 7, uptime: 5000 + (e.t - DAY0) / 1000 },
      service: { node: { roles: ['background_tasks', 'ui'] } },
      span: { id: rng.hex(16) },
      trace: { id: rng.hex(32) },
      transaction: { id: rng.hex(16) },
      url: { path: e.path, query: q },
      user_agent: { original: e.ua },
    };
    return [JSON.stringify(record)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/status', ua: 'kube-probe/1.34', ip: '10.0.5.1', bytes: rng.int(900, 2000) }),
      () => ({ path: '/internal/security/me', browser: true, ua: rng.pick(BROWSERS), referer: `https://${KB}/app/discover` }),
      () => ({ method: 'POST', path: '/internal/search/ese', browser: true, ua: rng.pick(BROWSERS), referer: `https://${KB}/app/discover`, bytes: rng.int(20000, 200000), ms: rng.int(200, 3000) }),
      () => ({ method: 'POST', path: '/internal/bsearch', query: 'compress=true', browser: true, ua: rng.pick(BROWSERS), referer: `https://${KB}/app/dashboards`, bytes: rng.int(5000, 90000) }),
      () => ({ path: `/api/saved_objects/_find`, query: `type=index-pattern&fields=title&per_page=10000`, browser: true, ua: rng.pick(BROWSERS), referer: `https://${KB}/app/discover` }),
      () => ({ msg: `Alerting rule "${rng.pick(['Feilrate API', 'Diskplass', 'Innlogging feilet'])}" ran in ${rng.int(80, 900)}ms`, logger: 'plugins.alerting', level: 'DEBUG' }),
    ])();
  const steps = [
    { raw: { msg: 'Kibana is now available (was degraded)', logger: 'status' }, after: 0 },
    4,
    plant('oauth-code', 'kibana-oidc-callback-code', 'warning', `${WHY.code} Entra ID's code (\`1.A…\`) on Kibana's own OpenID Connect callback (\`/api/security/oidc/callback?code=…&state=…\`): \`message\` and \`url.query\` of one record.`, ({ rng }) => {
      const code = `1.AU8A${rng.b64url(380)}`;
      return { value: code, event: { path: '/api/security/oidc/callback', query: `code=${code}&state=${rng.b64url(43)}&session_state=${rng.uuid()}`, status: 302, ms: rng.int(80, 300), accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', referer: 'https://login.microsoftonline.com/', ua: BROWSERS[0], resHeaders: { location: '/app/home', 'set-cookie': ['sid=x'] } } };
    }),
    4,
    plant('negative', 'kibana-authorization-header-redacted', 'none', "An API call whose `authorization` header Kibana logs as `[REDACTED]` (an `ApiKey` credential): no value.", ({ rng }) => ({ value: '"authorization":"[REDACTED]"', event: { method: 'POST', path: '/api/alerting/rule/_find', query: 'per_page=100', ua: 'terraform-provider-elasticstack/0.12.1', ip: '10.40.8.12', headers: { authorization: `ApiKey ${b64Of(`${rng.b64url(20)}:${rng.b64url(22)}`)}`, 'kbn-xsrf': 'true' } } })),
    4,
    plant('header-dump', 'kibana-x-forwarded-access-token-header', 'error', "oauth2-proxy in front of the ops team's Kibana passes the user's access token (`pass_access_token`): `x-forwarded-access-token: <JWT>` is not among Kibana's redacted headers", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 900, age: 120, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://login.kveld.example/realms/ansatte', aud: ['kibana', 'account'], sub: rng.uuid(), typ: 'Bearer', azp: 'oauth2-proxy', scope: 'openid email profile groups', preferred_username: 'i.dahl', groups: ['drift'] } });
      return { value: token.token, jwt: token.facts, event: { path: '/s/drift/internal/security/session', browser: true, ua: BROWSERS[1], referer: `https://${KB}/s/drift/app/dashboards`, headers: { 'x-forwarded-user': 'i.dahl', 'x-forwarded-email': 'i.dahl@kveld.example', 'x-forwarded-access-token': token.token } } };
    }),
    4,
    plant('negative', 'kibana-traceparent-header', 'none', 'A W3C `traceparent` header (`00-<trace id>-<span id>-01`): tracing ids, no credential.', ({ rng }) => {
      const tp = `00-${rng.hex(32)}-${rng.hex(16)}-01`;
      return { value: tp, event: { path: '/api/task_manager/_health', ua: 'Elastic-Agent/8.19.7', ip: '10.0.5.30', headers: { traceparent: tp } } };
    }),
    4,
    plant('id-token', 'kibana-logout-location-id_token_hint-expired', 'note', "Kibana's OpenID Connect logout answers with a `location` response header (kept in the log) to the provider's end-session endpoint with `id_token_hint=<JWT>`: the ID token had expired three hours earlier", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 4 * 3600, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://login.kveld.example/realms/ansatte', aud: 'kibana', sub: rng.uuid(), typ: 'ID', azp: 'kibana', sid: rng.uuid(), preferred_username: 'kvale' } });
      return { value: token.token, jwt: token.facts, event: { path: '/api/security/logout', status: 302, ms: rng.int(20, 90), browser: true, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', ua: BROWSERS[0], referer: `https://${KB}/app/home`, resHeaders: { location: `https://login.kveld.example/realms/ansatte/protocol/openid-connect/logout?id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${KB}%2Flogged_out`, 'set-cookie': ['sid=; Max-Age=0'] } } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: KB }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wso2carbon.log: WSO2 API Manager 4.5's gateway log (`[%d] %5p {%c} - %m%ex%n`): carbon and Synapse messages, a Log
// mediator at `full` level on a client-logging API (`{api:<name>:<version>} To: …, MessageID: …, correlation_id: …,
// Direction: request, Payload: …`) and the passthrough transport's wire log at DEBUG (`HTTPS-Listener I/O dispatcher-<n>
// >> "<line>[\r][\n]"` for what a client sends, `HTTP-Sender I/O dispatcher-<n> <<` for what the gateway sends a
// backend: one line per header, each with its time). Log masking is configured for `Basic` credentials only.
// https://apim.docs.wso2.com/en/latest/observe/api-manager/monitoring-correlation-logs/,
// https://apim.docs.wso2.com/en/4.1.0/integrate/develop/using-wire-logs, https://apim.docs.wso2.com/en/latest/reference/mediators/log-mediator/

function wso2Log(rng) {
  const line = (ms, level, cat, msg) => `[${commaTime(ms)}] ${level.padStart(5)} {${cat}} - ${msg}`;
  const WIRE = 'org.apache.synapse.transport.http.wire';
  const render = (e, rng) => {
    if (e.msg) return [line(e.t, e.level ?? 'INFO', e.cat, e.msg)];
    const inbound = `HTTPS-Listener I/O dispatcher-${rng.int(1, 8)}`;
    const outbound = `HTTP-Sender I/O dispatcher-${rng.int(1, 8)}`;
    const w = (ms, who, dir, text) => line(ms, 'DEBUG', WIRE, `${who} ${dir} "${text}"`);
    const out = [w(e.t, inbound, '>>', `${e.method} ${target(e)} HTTP/1.1[\\r][\\n]`)];
    const headers = [['Host', 'apigw.kveld.example'], ['User-Agent', e.ua], ['Accept', e.accept ?? 'application/json'], ...(e.headers ?? []), ['X-Forwarded-For', e.ip]];
    for (const [k, v] of headers) out.push(w(e.t, inbound, '>>', `${k}: ${v}[\\r][\\n]`));
    out.push(w(e.t, inbound, '>>', '[\\r][\\n]'));
    if (e.body) out.push(w(e.t, inbound, '>>', e.body));
    if (e.logMediator) out.push(line(e.t + 2, 'INFO', 'org.apache.synapse.mediators.builtin.LogMediator', e.logMediator));
    const backendPath = e.backendPath ?? target(e).replace(/^\/[a-z]+\/\d+\.\d+\.\d+/, '/api');
    out.push(w(e.t + 3, outbound, '<<', `${e.method} ${backendPath} HTTP/1.1[\\r][\\n]`));
    out.push(w(e.t + 3, outbound, '<<', `activityid: ${rng.uuid()}[\\r][\\n]`));
    out.push(w(e.t + e.ms, outbound, '>>', `HTTP/1.1 ${e.status} ${STATUS[e.status] ?? 'OK'}[\\r][\\n]`));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/ordre/2.1.0/ordre', query: `status=${rng.pick(['open', 'shipped'])}&limit=50`, headers: [['X-Client-Cert-Subject', 'CN=erp-batch,OU=Integrasjon,O=Kveld AS']], ua: 'Apache-HttpClient/5.4.4 (Java/21.0.9)' }),
      () => ({ path: `/kunde/1.4.0/kunder/${rng.int(10000, 99999)}`, headers: [['X-Client-Cert-Subject', 'CN=crm-sync,OU=Integrasjon,O=Kveld AS']], ua: TOOLS[2] }),
      () => ({ msg: `Throttle key "${rng.pick(['ordre', 'kunde'])}:v2.1.0:resource" reached ${rng.int(60, 99)}% of its quota`, cat: 'org.wso2.carbon.apimgt.gateway.handlers.throttling.ThrottleHandler', level: 'WARN' }),
      () => ({ msg: `Connection time out after request is read: ${rng.uuid()}`, cat: 'org.apache.synapse.transport.passthru.SourceHandler', level: 'WARN' }),
      () => ({ msg: 'Successfully retrieved keys from the key manager', cat: 'org.wso2.carbon.apimgt.keymgt.KeyManagerDataServiceImpl' }),
    ])();
  const steps = [
    { raw: { msg: 'WSO2 Carbon started in 41 sec', cat: 'org.wso2.carbon.core.internal.StartupFinalizerServiceComponent' }, after: 0 },
    3,
    plant('header-dump', 'wso2-wire-authorization-bearer-jwt', 'error', "The wire log writes each request header on its own timed line: `>> \"Authorization: Bearer <JWT>[\\r][\\n]\"`, an API Manager JWT access token", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 640, jti: true, alg: 'RS256', kid: rng.b64url(40), claims: { sub: 'kundeportal@carbon.super', aut: 'APPLICATION', aud: rng.b64url(28), nbf: sec(t) - 640, azp: rng.b64url(28), scope: 'default', iss: 'https://apim.kveld.example:443/oauth2/token', client_id: rng.b64url(28) } });
      return { value: token.token, jwt: token.facts, event: { path: '/ordre/2.1.0/ordre', query: 'status=open&limit=50', headers: [['Authorization', `Bearer ${token.token}`]], ua: 'okhttp/5.3.0' } };
    }),
    3,
    plant('negative', 'wso2-wire-basic-masked', 'none', 'A partner\'s Basic credentials as the log masking pattern writes them (`Authorization: Basic *****`): masked, no value.', ({ rng }) => ({ value: 'Basic *****', event: { path: '/lager/1.0.0/beholdning', query: `sku=${digits(rng, 8)}`, headers: [['Authorization', 'Basic *****']], ua: 'SAP NetWeaver Application Server (1.0;758)' } })),
    3,
    plant('api-key-name', 'wso2-wire-apikey-jwt-no-exp', 'error', WHY.apiKey('apikey') + " API Manager's API keys are self-contained JWTs; one generated with validity `-1` has no `exp` (the wire log's `apikey:` header line)", ({ rng, t }) => {
      const token = jwt(rng, t, { age: 40 * 86400, jti: true, alg: 'RS256', kid: rng.b64url(40), claims: { sub: 'butikk-app@carbon.super', application: { owner: 'butikk-app', tier: 'Unlimited', name: 'Nettbutikk', id: rng.int(10, 99), uuid: rng.uuid() }, iss: 'https://apim.kveld.example:443/oauth2/token', tierInfo: { Bronze: { tierQuotaType: 'requestCount', stopOnQuotaReach: true, spikeArrestLimit: 0 } }, keytype: 'PRODUCTION', permittedReferer: '', permittedIP: '', subscribedAPIs: [{ name: 'Lager', context: '/lager/1.0.0', version: '1.0.0', publisher: 'admin', subscriptionTier: 'Bronze', subscriberTenantDomain: 'carbon.super' }] } });
      return { value: token.token, jwt: token.facts, event: { path: '/lager/1.0.0/beholdning', query: `sku=${digits(rng, 8)}`, headers: [['apikey', token.token]], ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36' } };
    }),
    3,
    plant('refresh-token', 'wso2-wire-token-request-body-refresh_token', 'error', `${WHY.refresh} The wire log writes the body of a refresh grant sent to the gateway's \`/token\` endpoint (\`grant_type=refresh_token&refresh_token=<UUID>\`): API Manager's opaque refresh tokens are UUIDs.`, ({ rng }) => {
      const token = rng.uuid();
      return { value: token, event: { method: 'POST', path: '/token', headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['Content-Length', '118']], body: `grant_type=refresh_token&refresh_token=${token}&client_id=${rng.b64url(28)}&scope=default`, backendPath: '/oauth2/token', ua: 'okhttp/5.3.0' } };
    }),
    3,
    plant('negative', 'wso2-wire-analytics-cookies', 'none', "Google Analytics cookies a browser sends to the API (`_ga=GA1.1.<client id>.<time>`, `_ga_<id>=GS1.1.…`): analytics ids, no credential.", ({ rng, t }) => {
      const ga = `GA1.1.${rng.int(100000000, 999999999)}.${sec(t) - rng.int(86400, 9000000)}`;
      return { value: ga, event: { path: '/produkt/1.2.0/produkter', query: 'kategori=fisk', headers: [['Cookie', `_ga=${ga}; _ga_${upperNum(rng, 10)}=GS1.1.${sec(t) - 300}.4.1.${sec(t) - 20}.0.0.0`]], ua: BROWSERS[2] } };
    }),
    3,
    plant('implicit-fragment', 'wso2-log-mediator-client-error-href', 'error', "A Log mediator at `full` level on the client-logging API writes the payload: a client error report whose `href` is an implicit-flow callback with `#access_token=<JWT>`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 3, alg: 'RS256', kid: rng.b64url(40), claims: { sub: rng.uuid(), aut: 'APPLICATION_USER', aud: rng.b64url(28), azp: rng.b64url(28), scope: 'openid ordre:les', iss: 'https://apim.kveld.example:443/oauth2/token' } });
      const payload = JSON.stringify({ level: 'error', message: "TypeError: Cannot read properties of null (reading 'sub')", href: `https://kundeportal.kveld.example/#/auth/callback#access_token=${token.token}&token_type=Bearer&expires_in=3600`, ua: BROWSERS[0] });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/klientlogg/1.0.0/feil', headers: [['Content-Type', 'application/json']], body: payload, logMediator: `{api:Klientlogg:v1.0.0} To: /klientlogg/1.0.0/feil, MessageID: urn:uuid:${rng.uuid()}, correlation_id: ${rng.uuid()}, Direction: request, Payload: ${payload}`, ua: BROWSERS[0] } };
    }),
    3,
    plant('webhook', 'wso2-endpoint-suspended-workato-webhook', 'error', WHY.webhook("A Workato recipe's webhook (`webhooks.workato.com/webhooks/rest/<token>/<name>`) as an API's production endpoint, in the endpoint suspension warning"), ({ rng }) => {
      const token = rng.uuid();
      return { value: token, event: { msg: `Endpoint : OrdreHendelser--v1.0.0_APIproductionEndpoint with address https://webhooks.workato.com/webhooks/rest/${token}/ordre-opprettet will be marked SUSPENDED as it failed`, cat: 'org.apache.synapse.endpoints.EndpointContext', level: 'WARN' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'apigw.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout13');
writePart(join(here, 'heldout13'), {
  'u_in261215.log': iisLog(rng),
  'WFE01-20261215-0600.log': ulsLog(rng),
  'panos-url.log': panosLog(rng),
  ltm: ltmLog(rng),
  'ns.log': nsLog(rng),
  'minio-audit.ndjson': minioLog(rng),
  'metabase.log': metabaseLog(rng),
  'gitlab-workhorse.log': workhorseLog(rng),
  'log_20261215.log': jellyfinLog(rng),
  'atlassian-bitbucket-access.log': bitbucketLog(rng),
  'hasura.log': hasuraLog(rng),
  'dockerd.log': dockerdLog(rng),
  'kibana.log': kibanaLog(rng),
  'wso2carbon.log': wso2Log(rng),
});
