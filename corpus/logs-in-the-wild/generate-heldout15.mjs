// Writes corpus/logs-in-the-wild/heldout15/: a fifteenth held-out part, in formats no other part uses (a Sophos UTM web
// filter's http.log, ClickHouse's server log, tshark's packet details of HTTP, Payara Server's ODL log with Jersey's
// LoggingFeature, Home Assistant's home-assistant.log, the Plex Media Server log, authentik's server and worker under
// `docker compose logs`, cloudflared at debug level, a PowerShell transcript, BuildKit's plain progress output, Ubuntu's
// auth.log with sudo, a Ruby script's log with Net::HTTP's debug output, Firefox's HTTP log (MOZ_LOG nsHttp) and a Go
// service under GODEBUG=http2debug=2), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files
// (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout15.mjs     rewrites heldout15/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256/ES256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, factsAt, jwt, logBuilder, plant, publicIp, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { DAYS, DIGITS, digits, goJson, iso, LOWER, lowerNum, MONTHS, pad, UPPER, upperNum, ymdHms } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'Wget/1.25.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 2, 6, 0, 0);

/** `2026-12-02 06:00:01.123`. */
const dotTime = (ms) => `${ymdHms(ms)}.${pad(ms % 1000, 3)}`;
/** `2026-12-02 06:00:01.123456`: the millisecond of the event, then random microseconds. */
const microTime = (ms, rng) => `${dotTime(ms)}${digits(rng, 3)}`;
/** A file's clock with microseconds that never goes back (several lines in one millisecond keep their order). */
function monoMicro(rng) {
  let last = 0;
  return (ms) => {
    let us = ms * 1000 + rng.int(0, 999);
    if (us <= last) us = last + rng.int(3, 60);
    last = us;
    const whole = Math.floor(us / 1000);
    return `${dotTime(whole)}${pad(us % 1000, 3)}`;
  };
}

/** When each single-use ticket was first used: a replay's reason states the real gap between its two lines. */
const firstUse = {};
const gap = (name, t) => Math.round((t - firstUse[name]) / 1000);

/** A link that is itself the permission (a share, an anyone-link): no use count, no expiry of its own. */
const capability = (what) => `${what}: the URL alone opens it until the link is disabled or removed, long-lived.`;

/** The company of this part: Brugwerk, a Dutch engineering firm, and its identity providers. */
const ENTRA_TENANT = 'b7c41e0a-5d2f-4c8e-9a61-3f0e2d7b8c14';
const ENTRA = `https://login.microsoftonline.com/${ENTRA_TENANT}/v2.0`;
const STAFF = ['jdevries', 'mbakker', 'svisser', 'lsmit', 'ajansen', 'tdekker', 'rmeijer', 'kbos'];

/** A JSON text as Python's json.dumps writes it (`{"k": v, "l": w}`), keys sorted (structlog's JSONRenderer). */
function pyJson(v) {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(pyJson).join(', ')}]`;
  return `{${Object.keys(v)
    .sort()
    .map((k) => `${JSON.stringify(k)}: ${pyJson(v[k])}`)
    .join(', ')}}`;
}

/** Python's repr of a dict of strings, numbers and booleans (`{'k': 'v', 'n': 1, 'b': False}`). */
const pyRepr = (o) => `{${Object.entries(o).map(([k, v]) => `'${k}': ${typeof v === 'string' ? `'${v}'` : typeof v === 'boolean' ? (v ? 'True' : 'False') : v}`).join(', ')}}`;

/** An Entra ID application secret (`<3>8Q~<34>`). */
const entraSecret = (rng) => `${rng.alnum(3)}8Q~${rng.chars(UPPER + LOWER + DIGITS + '_-.~', 34)}`;

// ---------------------------------------------------------------------------------------------------------------------
// http.log: a Sophos UTM 9.7 web filter (`/var/log/http.log`, the `httpproxy` daemon's records: `<yyyy:MM:dd-HH:mm:ss>
// <host> httpproxy[<pid>]: id="0001" severity="info" sys="SecureWeb" sub="http" name="http access" action="pass" …
// url="…" referer="…" …`, every value quoted; `id="0002"`, `name="web request blocked"` for a block), HTTPS decrypted
// and scanned except for banking, whose CONNECT keeps the host only. The appliance's clock is UTC.
// https://docs.sophos.com/nsg/sophos-utm/utm/9.719/help/en-us/Content/utm/utmAdminGuide/WebProtFilteringOptionsMisc.htm,
// https://community.sophos.com/utm-firewall/f/recommended-reads/115522/sophos-utm-securing-and-configuring-web-filtering

function sophosLog(rng) {
  const stamp = (ms) => {
    const s = iso(ms);
    return `${s.slice(0, 4)}:${s.slice(5, 7)}:${s.slice(8, 10)}-${s.slice(11, 19)}`;
  };
  const USERS = STAFF.map((u, i) => ({ user: u, group: ['Projecten', 'Financien', 'ICT', 'Verkoop', 'Planning', 'ICT', 'Projecten', 'Directie'][i], ip: `10.20.1.${40 + i * 7}`, ua: BROWSERS[i % 4] }));
  const CATS = {
    search: ['181', 'Search Engines'],
    office: ['178', 'Internet Services'],
    news: ['128', 'News'],
    shop: ['163', 'Shopping'],
    bank: ['110', 'Finance/Banking'],
    bi: ['111', 'Business'],
    video: ['195', 'Streaming Media'],
    gambling: ['121', 'Gambling'],
    cdn: ['130', 'Content Delivery'],
  };
  let pid = 5207;
  const render = (e, rng) => {
    const who = e.who;
    const [catId, catName] = CATS[e.cat ?? 'office'];
    const connect = e.method === 'CONNECT';
    const kv = [
      ['id', e.block ? '0002' : '0001'],
      ['severity', 'info'],
      ['sys', 'SecureWeb'],
      ['sub', 'http'],
      ['name', e.block ? 'web request blocked' : 'http access'],
      ['action', e.block ? 'block' : 'pass'],
      ['method', e.method],
      ['srcip', who.ip],
      ['dstip', e.dst ?? publicIp(rng)],
      ['user', who.user],
      ['group', who.group],
      ['ad_domain', 'BRUGWERK'],
      ['statuscode', String(e.block ? 403 : e.status)],
      ['cached', '0'],
      ['profile', 'REF_HttProContaInterNetwo (Web Filter Profile)'],
      ['filteraction', 'REF_HttCffBrugwStand (Brugwerk standaard)'],
      ['size', String(e.block ? 2417 : e.bytes)],
      ['request', `0x${rng.hex(8)}`],
      ['url', connect ? `https://${e.host}/` : `https://${e.host}${target(e)}`],
      ['referer', e.referer === '-' ? '' : e.referer],
      ['error', ''],
      ['authtime', String(rng.int(0, 900))],
      ['dnstime', String(rng.int(30, 90000))],
      ['aptptime', '0'],
      ['cattime', String(rng.int(80, 9000))],
      ['avscantime', String(connect ? 0 : rng.int(0, 60000))],
      ['fullreqtime', String(rng.int(9000, 900000))],
      ['device', '0'],
      ['auth', '2'],
      ['ua', e.agent ?? who.ua],
      ['exceptions', connect ? 'ssl' : ''],
      ['category', catId],
      ['reputation', e.block ? 'unverified' : 'trusted'],
      ['categoryname', catName],
      ['country', e.country ?? 'Netherlands'],
      ['content-type', connect ? '' : e.ctype ?? 'text/html'],
      ...(e.block ? [['reason', 'category']] : []),
    ];
    pid += rng.int(0, 1);
    return [`${stamp(e.t)} utm-brugwerk httpproxy[${pid}]: ${kv.map(([k, v]) => `${k}="${v}"`).join(' ')}`];
  };
  const filler = (rng) => {
    const who = rng.pick(USERS);
    return rng.pick([
      () => ({ who, host: 'www.google.nl', path: '/search', query: `q=${rng.pick(['staalprijs+december', 'ns+storingen', 'feestdagen+2027', 'bouwbesluit+2025'])}&sca_esv=${rng.hex(16)}&source=hp&ei=${rng.b64url(22)}`, cat: 'search' }),
      () => ({ who, host: 'outlook.office.com', path: '/mail/', cat: 'office' }),
      () => ({ who, host: 'brugwerk.sharepoint.com', path: `/sites/${rng.pick(['Projecten', 'Finance', 'ICT'])}/SitePages/Home.aspx`, cat: 'office' }),
      () => ({ who, host: 'nos.nl', path: `/artikel/${rng.int(2500000, 2599999)}-${rng.pick(['storm-op-komst', 'kabinet-valt', 'file-a2'])}`, cat: 'news' }),
      () => ({ who, host: 'www.youtube.com', path: '/watch', query: `v=${rng.b64url(11)}`, cat: 'video' }),
      () => ({ who, host: 'fonts.gstatic.com', path: `/s/inter/v${rng.int(12, 20)}/${rng.b64url(40)}.woff2`, cat: 'cdn', ctype: 'font/woff2' }),
      () => ({ who, method: 'CONNECT', host: rng.pick(['www.rabobank.nl', 'bankieren.ing.nl', 'www.abnamro.nl']), cat: 'bank' }),
      () => ({ who, method: 'CONNECT', host: rng.pick(['www.rabobank.nl', 'mijn.belastingdienst.nl']), cat: 'bank' }),
      () => ({ who, host: rng.pick(['www.hollandcasino.example', 'www.toto.example']), path: '/', block: true, cat: 'gambling' }),
      () => ({ who, host: 'teams.microsoft.com', path: '/v2/', cat: 'office' }),
    ])();
  };
  const steps = [
    14,
    plant('oauth-code', 'sophos-xero-callback-code', 'warning', `${WHY.code} Xero's callback to a planning tool (\`/xero/callback?code=…&scope=…&state=…&session_state=…\`), decrypted and logged by the web filter.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { who: USERS[1], host: 'plan.brugwerk-apps.example', path: '/xero/callback', query: `code=${code}&scope=openid%20profile%20email%20accounting.transactions%20offline_access&state=${rng.b64url(24)}&session_state=${rng.b64url(43)}.${rng.hex(16)}`, status: 302, cat: 'bi' } };
    }),
    12,
    plant('negative', 'sophos-amazon-pd_rd-ids', 'none', "An Amazon product page's attribution parameters (`pd_rd_r=<uuid>`, `pf_rd_p=<uuid>`, `pf_rd_r=`): recommendation and page ids, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { who: rng.pick(USERS), host: 'www.amazon.nl', path: `/dp/B0${upperNum(rng, 8)}`, query: `pd_rd_r=${id}&pd_rd_w=${rng.alnum(5)}&pf_rd_p=${rng.uuid()}&pf_rd_r=${upperNum(rng, 20)}&th=1`, cat: 'shop' } };
    }),
    12,
    plant('id-token', 'sophos-entra-logout-id_token_hint', 'error', "An Entra ID sign-out (`/oauth2/v2.0/logout?id_token_hint=<ID token>&post_logout_redirect_uri=…`) from an intranet app: HTTPS scanning gives the filter the whole URL", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1500, alg: 'RS256', kid: rng.b64url(27), claims: { aud: rng.uuid(), iss: ENTRA, sub: rng.b64url(43), name: 'Sanne Visser', oid: rng.uuid(), preferred_username: 's.visser@brugwerk.example', tid: ENTRA_TENANT, ver: '2.0' } });
      return { value: token.token, jwt: token.facts, event: { who: USERS[2], host: 'login.microsoftonline.com', path: `/${ENTRA_TENANT}/oauth2/v2.0/logout`, query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fintranet.brugwerk.example%2F`, status: 302 } };
    }),
    12,
    plant('replay', 'upload_ticket-opaque', 'note', WHY.ticketFirst("An opaque `upload_ticket` on a scan service's upload page (the multifunction printer's QR code; the service accepts one upload per ticket)"), ({ rng, t }) => {
      firstUse.upload = t;
      const ticket = rng.b64url(30);
      return { value: ticket, event: { who: USERS[4], host: 'scan.printdienst-x.example', path: '/api/upload', query: `upload_ticket=${ticket}&device=MFP-2E`, cat: 'bi', ctype: 'application/json' } };
    }, { ref: 'upload' }),
    5,
    plant('replay', 'upload_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('upload').value, why: WHY.replay('upload_ticket', gap('upload', t)) }], event: { who: USERS[7], host: 'scan.printdienst-x.example', path: '/api/upload', query: `upload_ticket=${refs.get('upload').value}&device=MFP-2E`, cat: 'bi', ctype: 'application/json' } }), { replayOf: 'upload', after: 74 }),
    12,
    plant('embed-jwt', 'sophos-referer-embed-report-jwt-1h', 'error', "A BI report embedded in the intranet (`/embed/report/<JWT>`) loads its chart library from a CDN: the embed URL is that request's Referer", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 240, claims: { resource: { report: rng.int(10, 99) }, params: { afdeling: 'planning' } } });
      return { value: token.token, jwt: token.facts, event: { who: USERS[4], host: 'cdn.bi-vendor.example', path: `/static/${rng.hex(8)}/charts.min.js`, referer: `https://bi.brugwerk.example/embed/report/${token.token}`, cat: 'cdn', ctype: 'application/javascript' } };
    }),
    12,
    plant('negative', 'sophos-sharepoint-sourcedoc-guid', 'none', "A SharePoint document opened in the browser (`Doc.aspx?sourcedoc=%7B<GUID>%7D&file=…`): the GUID names the file, no credential.", ({ rng }) => {
      const guid = rng.uuid().toUpperCase();
      return { value: guid, event: { who: USERS[1], host: 'brugwerk.sharepoint.com', path: '/:x:/r/sites/Finance/_layouts/15/Doc.aspx', query: `sourcedoc=%7B${guid}%7D&file=Begroting%202027.xlsx&action=default&mobileredirect=true`, cat: 'office' } };
    }),
    12,
    plant('session-id', 'sophos-synology-filestation-_sid', 'error', WHY.session("Synology DSM's File Station download link carries the DSM session in the URL (`webapi/entry.cgi?api=SYNO.FileStation.Download&…&_sid=<sid>`)"), ({ rng }) => {
      const sid = rng.b64url(86);
      return { value: sid, event: { who: USERS[0], host: 'nas.brugwerk-extern.example:5001', path: '/webapi/entry.cgi', query: `api=SYNO.FileStation.Download&version=2&method=download&path=%5B%22%2Fprojecten%2F2026-118%2Ftekeningen.zip%22%5D&mode=download&_sid=${sid}`, ctype: 'application/zip', bytes: rng.int(4000000, 90000000) } };
    }),
    12,
  ];
  return buildLog(rng, { start: DAY0, site: { host: 'utm-brugwerk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// clickhouse-server.log: ClickHouse 26.8's server log (`<yyyy.MM.dd HH:mm:ss.ffffff> [ <thread> ] {<query id>} <<Level>>
// <logger>: <message>`): the HTTP handler's `HTTP Request for HTTPHandler-factory` and `Request URI:` lines (values of
// sensitive-looking parameters such as `password` written `[HIDDEN]`), `HTTP-Session` authentication, `executeQuery:
// (from <address>, user: <user>) <query> (stage: Complete)`, `ReadWriteBufferFromHTTP: Sending request to <url>` for the
// url() table function and the URL engine, merges and the query log flush. Secrets of the s3() table function are written
// `[HIDDEN]` in the query text. The server's time zone is UTC.
// https://clickhouse.com/docs/operations/server-configuration-parameters/settings#logger,
// https://clickhouse.com/docs/interfaces/http, https://clickhouse.com/docs/sql-reference/table-functions/url,
// https://clickhouse.com/docs/engines/table-engines/special/url, https://clickhouse.com/docs/sql-reference/table-functions/s3

function clickhouseLog(rng) {
  const clock = monoMicro(rng);
  const head = (t, rng, thread, qid, level, logger) => `${clock(t).replace(/-/g, '.')} [ ${thread} ] {${qid}} <${level}> ${logger}:`;
  const CLIENTS = {
    etl: { ip: '10.20.4.11', user: 'etl', ua: 'clickhouse-go/2.40.1 (lv:go/1.25.4; os:linux)' },
    grafana: { ip: '10.20.4.21', user: 'grafana', ua: 'Grafana/12.3.0 ClickHouse-Plugin/4.11.2' },
    support: { ip: '10.20.1.61', user: 'support', ua: 'python-requests/2.32.5' },
    analyst: { ip: '10.20.1.75', user: 'analyst', ua: 'DBeaver 25.2.5 - Main' },
    legacy: { ip: '10.20.4.22', user: 'grafana_legacy', ua: 'Grafana/10.4.2' },
  };
  const render = (e, rng) => {
    const c = CLIENTS[e.client ?? 'grafana'];
    const thread = rng.int(700, 900);
    const qid = rng.uuid();
    const port = rng.int(32768, 60999);
    const addr = `[::ffff:${c.ip}]:${port}`;
    if (e.msg) return [`${head(e.t, rng, rng.int(300, 400), e.qid ?? '', e.level ?? 'Debug', e.logger)} ${e.msg}`];
    const out = [];
    if (e.http !== false) {
      out.push(`${head(e.t, rng, thread, '', 'Trace', 'HTTPHandler-factory')} HTTP Request for HTTPHandler-factory. Method: POST, Address: ${addr}, User-Agent: ${c.ua}, Length: ${e.sql.length}, Content Type: text/plain; charset=UTF-8, Transfer Encoding: identity, X-Forwarded-For: (none)`);
      out.push(`${head(e.t, rng, thread, '', 'Trace', 'DynamicQueryHandler')} Request URI: ${e.uri ?? `/?database=${e.db ?? 'analytics'}&default_format=${e.fmt ?? 'JSONCompact'}`}`);
      const session = rng.uuid();
      out.push(`${head(e.t, rng, thread, '', 'Debug', `HTTP-Session-${session}`)} Authenticating user '${c.user}' from ${addr}`);
      out.push(`${head(e.t, rng, thread, '', 'Debug', `HTTP-Session-${session}`)} ${rng.uuid()} Authenticated with global context as user ${rng.uuid()}`);
    }
    out.push(`${head(e.t, rng, thread, qid, 'Debug', 'executeQuery')} (from ${addr}, user: ${c.user}) ${e.sql} (stage: Complete)`);
    if (e.fetch) out.push(`${head(e.t + 3, rng, thread, qid, 'Trace', 'ReadWriteBufferFromHTTP')} Sending request to ${e.fetch}`);
    if (e.ddl) return out;
    {
      const rows = rng.int(1, 2000000);
      out.push(`${head(e.t + e.ms, rng, thread, qid, 'Debug', 'executeQuery')} Read ${rows} rows, ${(rows / 40000).toFixed(2)} MiB in ${(e.ms / 1000).toFixed(6)} sec., ${Math.round(rows / Math.max(e.ms / 1000, 0.001))} rows/sec., ${((rows / 40000) / Math.max(e.ms / 1000, 0.001)).toFixed(2)} MiB/sec.`);
      out.push(`${head(e.t + e.ms, rng, thread, qid, 'Debug', 'MemoryTracker')} Query peak memory usage: ${rng.int(1, 300)}.${digits(rng, 2)} MiB.`);
    }
    return out;
  };
  const TABLE = (rng) => `analytics.${rng.pick(['events', 'page_views', 'orders'])} (${rng.uuid()})`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ sql: `SELECT toStartOfInterval(ts, INTERVAL 5 MINUTE) AS t, count() FROM analytics.events WHERE ts >= now() - INTERVAL ${rng.pick([1, 6, 24])} HOUR GROUP BY t ORDER BY t`, ms: rng.int(8, 140) }),
      () => ({ sql: `SELECT project_id, sum(hours) FROM analytics.timesheets WHERE week = ${rng.int(40, 49)} GROUP BY project_id ORDER BY 2 DESC LIMIT 20`, ms: rng.int(5, 60) }),
      () => ({ client: 'etl', sql: `INSERT INTO analytics.events (ts, site, event, user_id, props) FORMAT Native`, ms: rng.int(20, 300) }),
      () => ({ client: 'etl', sql: `OPTIMIZE TABLE analytics.page_views PARTITION '202612' FINAL`, ms: rng.int(900, 4000) }),
      () => ({ client: 'analyst', http: false, sql: `SELECT path, count() AS c FROM analytics.page_views WHERE date = '${iso(t).slice(0, 10)}' GROUP BY path ORDER BY c DESC LIMIT 50`, ms: rng.int(30, 400) }),
      () => ({ msg: `Selected ${rng.int(2, 9)} parts from 202612_${rng.int(1, 90)}_${rng.int(100, 300)}_${rng.int(1, 4)} to 202612_${rng.int(301, 400)}_${rng.int(301, 400)}_0`, logger: `${TABLE(rng)} (MergerMutator)` }),
      () => ({ msg: `Flushing system log, ${rng.int(10, 900)} entries to flush up to offset ${rng.int(10000, 90000)}`, logger: 'SystemLog (system.query_log)', level: 'Trace' }),
      () => ({ msg: `Removing ${rng.int(1, 6)} parts from filesystem (serially): Parts: [202611_${rng.int(1, 90)}_${rng.int(100, 300)}_${rng.int(1, 4)}]`, logger: TABLE(rng) }),
    ])();
  const steps = [
    { raw: { msg: 'Starting ClickHouse 26.8.3.12 (revision: 54507, git hash: ' + rng.hex(40) + ', build id: ' + rng.hex(40).toUpperCase() + '), PID 1', logger: 'Application', level: 'Information' }, after: 0 },
    { raw: { msg: 'Listening for http://[::]:8123', logger: 'Application', level: 'Information' }, after: 2 },
    { raw: { msg: 'Ready for connections.', logger: 'Application', level: 'Information' }, after: 1 },
    5,
    plant('webhook', 'clickhouse-url-engine-wecom-webhook-key', 'error', WHY.webhook("A WeCom (WeChat Work) group robot (`qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>`, the key is the only secret) created as a URL-engine table that alerts are inserted into; `executeQuery` writes the DDL"), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { client: 'analyst', http: false, sql: `CREATE TABLE alerts.wecom_out (msgtype String, text Tuple(content String)) ENGINE = URL('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key}', JSONEachRow)`, ddl: true, ms: rng.int(3, 12) } };
    }),
    5,
    plant('negative', 'clickhouse-request-uri-password-hidden', 'none', 'A dashboard passing `user=` and `password=` in the URL: ClickHouse writes the value as `[HIDDEN]` on the `Request URI:` line (masked, no value).', () => ({ value: 'password=[HIDDEN]', event: { client: 'legacy', uri: '/?user=grafana_legacy&password=[HIDDEN]&database=analytics&default_format=JSONCompact', sql: 'SELECT count() FROM analytics.orders WHERE status = \'open\'', ms: 9 } })),
    5,
    plant('api-key-name', 'clickhouse-url-function-apiKey', 'error', WHY.apiKey('apiKey') + " An ETL query enriches addresses with the url() table function: the key is in the query text (`executeQuery`) and in the URL the HTTP buffer fetches.", ({ rng }) => {
      const key = rng.hex(32);
      const url = `https://api.ipgeo-x.example/ipgeo-bulk?apiKey=${key}&fields=country_code2,city`;
      return { value: key, event: { client: 'etl', sql: `INSERT INTO geo.ip_cache SELECT * FROM url('${url}', JSONEachRow, 'ip String, country_code2 String, city String')`, fetch: url, ms: rng.int(400, 2000) } };
    }),
    5,
    plant('path-secret', 'clickhouse-request-uri-param-reset-token', 'error', WHY.pathSecret("A support script looks a password reset up with a query parameter (`WHERE token = {t:String}`, `param_t=<token>` in the URL): the masker hides sensitive-looking names, not `param_t`, so the `Request URI:` line keeps the reset token"), ({ rng }) => {
      const token = rng.hex(48);
      return { value: token, event: { client: 'support', db: 'support', uri: `/?database=support&param_t=${token}&default_format=JSONEachRow`, sql: 'SELECT user_id, created_at, used_at FROM support.password_resets WHERE token = {t:String}', ms: rng.int(2, 9) } };
    }),
    5,
    plant('replay', 'fetch_ticket-one-request-two-lines', 'note', WHY.ticketFirst("An opaque `fetch_ticket` (a vendor's export link, valid for one download) read with url(): `executeQuery` writes the query and the HTTP buffer the URL it fetches; one request, no replay"), ({ rng }) => {
      const ticket = rng.b64url(36);
      const url = `https://exports.leverancier-x.example/dl?fetch_ticket=${ticket}`;
      return { value: ticket, event: { client: 'etl', sql: `INSERT INTO staging.supplier_prices SELECT * FROM url('${url}', CSVWithNames)`, fetch: url, ms: rng.int(300, 1500) } };
    }),
    5,
    plant('negative', 'clickhouse-s3-secret-hidden', 'none', "An export with the s3() table function: the secret access key is written `'[HIDDEN]'`; the access key id beside it (`AKIA…`) names the key and signs nothing on its own.", ({ rng }) => {
      const id = `AKIA${upperNum(rng, 16)}`;
      return { value: id, event: { client: 'etl', sql: `INSERT INTO FUNCTION s3('https://s3.eu-central-1.amazonaws.com/brugwerk-exports/events/2026-12-01.parquet', '${id}', '[HIDDEN]', 'Parquet') SELECT * FROM analytics.events WHERE toDate(ts) = '2026-12-01'`, ms: rng.int(2000, 9000) } };
    }),
    5,
    plant('encoded', 'clickhouse-url-function-proxy-encoded-access_token', 'error', "url() through an internal fetch proxy: the partner URL is percent-encoded in `u=` (`…%3Fformat%3Dndjson%26access_token%3D<token>`), in the query text and in the URL the HTTP buffer fetches, one decoding away.", ({ rng }) => {
      const token = rng.b64url(40);
      const url = `http://fetch-proxy.brugwerk.internal:8080/get?u=${encodeURIComponent(`https://api.partner-x.example/v1/export?format=ndjson&access_token=${token}`)}`;
      return { value: token, event: { client: 'etl', sql: `INSERT INTO staging.partner_orders SELECT * FROM url('${url}', JSONEachRow)`, fetch: url, ms: rng.int(300, 2500) } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: 'ch-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tshark-http.txt: `tshark -r office-vlan.pcapng -t ad -P -O http,urlencoded-form -Y http.request` (Wireshark 4.4): for
// each HTTP request a summary line (number, absolute time, source → destination, protocol, length, info), then the
// packet's layers, Ethernet, IP and TCP on one line each and HTTP (and a form body) in full: the request line with its
// expert info, `Request URI`, `Request URI Path`/`Query`/`Query Parameter`, each header with `\r\n` written out (a
// `Credentials:` line under a Basic `Authorization`, a `Cookie pair:` line per cookie), `[Full request URI: …]`. Plain HTTP
// inside an office network (monitoring, a backup appliance, Grafana, Huginn, a floor-plan screen).
// https://www.wireshark.org/docs/man-pages/tshark.html, https://www.wireshark.org/docs/dfref/h/http.html,
// https://www.wireshark.org/docs/dfref/u/urlencoded-form.html

function tsharkLog(rng) {
  let frame = 40;
  const vm = () => `VMware_${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`;
  const macs = Array.from({ length: 6 }, () => ({ name: vm(), raw: `00:50:56:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}` }));
  const nameOf = (m) => `${m.name} (00:50:56:${m.name.slice(7)})`;
  const render = (e, rng) => {
    frame += rng.int(3, 40);
    const n = frame;
    const req = `${e.method} ${target(e)} HTTP/1.1`;
    const headers = [['Host', e.host], ...(e.headers ?? [['User-Agent', e.ua], ['Accept', '*/*']])];
    const headerBytes = headers.reduce((s, [k, v]) => s + k.length + v.length + 4, 0);
    const bodyLen = e.form ? e.form.map(([k, v]) => `${k}=${v}`).join('&').length : 0;
    const len = 66 + req.length + 2 + headerBytes + 2 + bodyLen;
    const [srcMac, dstMac] = [rng.pick(macs), macs[0]];
    const info = e.form ? `${req}  (application/x-www-form-urlencoded)` : req;
    const out = [
      `${String(n).padStart(5)} ${microTime(e.t, rng)} ${e.src} → ${e.dst} HTTP ${len} ${info}`,
      `Frame ${n}: ${len} bytes on wire (${len * 8} bits), ${len} bytes captured (${len * 8} bits) on interface ens192, id 0`,
      `Ethernet II, Src: ${nameOf(srcMac)}, Dst: ${nameOf(dstMac)}`,
      `Internet Protocol Version 4, Src: ${e.src}, Dst: ${e.dst}`,
      `Transmission Control Protocol, Src Port: ${rng.int(40000, 60999)}, Dst Port: ${e.dport ?? 80}, Seq: 1, Ack: 1, Len: ${len - 66}`,
      'Hypertext Transfer Protocol',
      `    ${req}\\r\\n`,
      `        [Expert Info (Chat/Sequence): ${req}\\r\\n]`,
      `            [${req}\\r\\n]`,
      '            [Severity level: Chat]',
      '            [Group: Sequence]',
      `        Request Method: ${e.method}`,
      `        Request URI: ${target(e)}`,
    ];
    if (e.query) {
      out.push(`            Request URI Path: ${e.path}`, `            Request URI Query: ${e.query}`);
      for (const p of e.query.split('&')) out.push(`                Request URI Query Parameter: ${p}`);
    }
    out.push('        Request Version: HTTP/1.1');
    for (const [k, v, subs] of headers) {
      out.push(`    ${k}: ${v}\\r\\n`);
      if (k === 'Content-Length') out.push(`        [Content length: ${v}]`);
      for (const s of subs ?? []) out.push(`        ${s}`);
    }
    out.push('    \\r\\n', `    [Full request URI: http://${e.host}${target(e)}]`, '    [HTTP request 1/1]', `    [Response in frame: ${n + rng.int(1, 3)}]`);
    if (e.form) {
      out.push(`    File Data: ${bodyLen} bytes`, 'HTML Form URL Encoded: application/x-www-form-urlencoded');
      for (const [k, v] of e.form) out.push(`    Form item: "${k}" = "${decodeURIComponent(v)}"`, `        Key: ${k}`, `        Value: ${decodeURIComponent(v)}`);
    } else if (e.method === 'POST' || e.method === 'PUT') {
      out.push(`    File Data: ${headers.find(([k]) => k === 'Content-Length')?.[1] ?? 0} bytes`);
    }
    out.push('');
    return out;
  };
  const PRTG = '10.20.9.15';
  const filler = (rng) =>
    rng.pick([
      () => ({ src: PRTG, dst: `10.20.3.${rng.int(10, 40)}`, host: `10.20.3.${rng.int(10, 40)}`, method: 'GET', path: '/server-status', query: 'auto', headers: [['User-Agent', 'Mozilla/5.0 (compatible; PRTG Network Monitor (www.paessler.com); Windows)'], ['Accept', '*/*'], ['Connection', 'close']] }),
      () => ({ src: '10.20.9.21', dst: '10.20.3.30', host: '10.20.3.30:9100', dport: 9100, method: 'GET', path: '/metrics', headers: [['User-Agent', 'Prometheus/3.7.3'], ['Accept', 'application/openmetrics-text;version=1.0.0;escaping=underscores;q=0.6,text/plain;version=0.0.4;q=0.3,*/*;q=0.2'], ['Accept-Encoding', 'gzip'], ['X-Prometheus-Scrape-Timeout-Seconds', '10']] }),
      () => ({ src: `10.20.1.${rng.int(40, 99)}`, dst: '10.20.3.9', host: 'intranet.brugwerk.lan', method: 'GET', path: `/nieuws/${rng.pick(['kerstborrel-2026', 'nieuwe-collega-s', 'veiligheidsdag'])}`, headers: [['User-Agent', rng.pick(BROWSERS)], ['Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'], ['Accept-Language', 'nl-NL,nl;q=0.9,en;q=0.8'], ['Accept-Encoding', 'gzip, deflate']] }),
      () => ({ src: `10.20.1.${rng.int(40, 99)}`, dst: '10.20.5.4', host: 'printer-2e.brugwerk.lan', method: 'GET', path: '/general/status.html', headers: [['User-Agent', rng.pick(BROWSERS)], ['Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8']] }),
      () => ({ src: '10.20.9.30', dst: '10.20.3.12', host: 'grafana.brugwerk.lan:3000', dport: 3000, method: 'GET', path: '/api/health', headers: [['User-Agent', 'Go-http-client/1.1'], ['Accept-Encoding', 'gzip']] }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'tshark-basic-authorization', 'error', "A backup job calls its appliance's API over plain HTTP with `Authorization: Basic <base64 of user:password>`: the header line keeps the encoded credentials.", ({ rng }) => {
      const pw = rng.alnum(20);
      const b64 = b64Of(`svc-backup:${pw}`);
      return {
        marks: [
          { value: b64, why: "A backup job calls its appliance's API over plain HTTP with `Authorization: Basic <base64 of user:password>`: the header line keeps the encoded credentials, one decoding away." },
          { value: pw, kind: 'tshark-basic-credentials-decoded', why: "The same request's `Credentials: svc-backup:<password>` line: Wireshark decodes the Basic value, so the password is on this line in plain text." },
        ],
        event: { src: '10.20.9.40', dst: '10.20.3.50', host: 'backup-01.brugwerk.lan:9419', dport: 9419, method: 'GET', path: '/api/v1/jobs', query: 'limit=50', headers: [['User-Agent', 'python-requests/2.32.5'], ['Accept-Encoding', 'gzip, deflate'], ['Accept', 'application/json'], ['Connection', 'keep-alive'], ['Authorization', `Basic ${b64}`, [`Credentials: svc-backup:${pw}`]]] },
      };
    }),
    1,
    plant('negative', 'tshark-sec-websocket-key', 'none', "A WebSocket upgrade's `Sec-WebSocket-Key` (base64 of 16 random bytes): a handshake nonce the server hashes into its accept header, no credential.", ({ rng }) => {
      const key = rng.bytes(16).toString('base64');
      return { value: key, event: { src: '10.20.1.58', dst: '10.20.3.12', host: 'grafana.brugwerk.lan:3000', dport: 3000, method: 'GET', path: '/api/live/ws', headers: [['User-Agent', BROWSERS[3]], ['Upgrade', 'websocket'], ['Connection', 'Upgrade'], ['Sec-WebSocket-Version', '13'], ['Sec-WebSocket-Key', key], ['Origin', 'http://grafana.brugwerk.lan:3000']] } };
    }),
    1,
    plant('session-id', 'tshark-cookie-grafana_session', 'error', WHY.session("Grafana on plain HTTP inside the office: the `Cookie:` header (and its `Cookie pair:` line) carries `grafana_session=<32 hex>`"), ({ rng, t }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { src: '10.20.1.47', dst: '10.20.3.12', host: 'grafana.brugwerk.lan:3000', dport: 3000, method: 'GET', path: '/api/dashboards/uid/planning-week', headers: [['User-Agent', BROWSERS[0]], ['Accept', 'application/json, text/plain, */*'], ['X-Grafana-Org-Id', '1'], ['Cookie', `grafana_session=${sid}; grafana_session_expiry=${sec(t) + 600}`, [`Cookie pair: grafana_session=${sid}`, `Cookie pair: grafana_session_expiry=${sec(t) + 600}`]]] } };
    }),
    1,
    plant('webhook', 'tshark-huginn-web-request-secret', 'error', WHY.webhook("A Huginn WebhookAgent's URL (`/users/<id>/web_requests/<agent id>/<secret>`), posted to over plain HTTP by a monitoring script: the secret is in the request line, the URI fields and `Full request URI`"), ({ rng }) => {
      const secret = rng.alnum(32);
      return { value: secret, event: { src: PRTG, dst: '10.20.3.44', host: 'huginn.brugwerk.lan', method: 'POST', path: `/users/1/web_requests/${rng.int(10, 90)}/${secret}`, headers: [['User-Agent', 'curl/8.17.0'], ['Accept', '*/*'], ['Content-Type', 'application/json'], ['Content-Length', String(rng.int(60, 140))]] } };
    }),
    1,
    plant('embed-jwt', 'tshark-embed-floorplan-jwt-120s-no-jti', 'warning', 'A floor-plan screen loads `/embed/floorplan/<JWT>` over plain HTTP; the summary line has the capture time; the embed token is valid 120 s without a jti', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 6, claims: { resource: { floorplan: rng.int(1, 9) }, params: { verdieping: '2' } } });
      return { value: token.token, jwt: token.facts, event: { src: '10.20.6.31', dst: '10.20.3.9', host: 'intranet.brugwerk.lan', method: 'GET', path: `/embed/floorplan/${token.token}`, headers: [['User-Agent', 'Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'], ['Accept', 'text/html,*/*;q=0.8']] } };
    }),
    1,
    plant('negative', 'tshark-repr-digest', 'none', "A PUT's `Repr-Digest: sha-256=:<base64>:` (RFC 9530): a hash of the uploaded body, no credential.", ({ rng }) => {
      const d = rng.bytes(32).toString('base64');
      return { value: d, event: { src: '10.20.9.40', dst: '10.20.3.60', host: 'files.brugwerk.lan', method: 'PUT', path: `/dav/backups/ch-01-${rng.hex(8)}.tar.zst`, headers: [['User-Agent', 'rclone/v1.71.2'], ['Content-Length', String(rng.int(100000, 900000))], ['Repr-Digest', `sha-256=:${d}:`]] } };
    }),
    1,
    plant('framework-dump', 'tshark-urlencoded-form-password', 'error', "A printer's admin login posted over plain HTTP: the urlencoded-form dissector writes each field, the password in its `Form item:` line and again in `Value:`.", ({ rng }) => {
      const pw = `${rng.alnum(10)}${digits(rng, 2)}`;
      const form = [['B1cb', 'admin'], ['pwd', pw], ['loginurl', '%2Fgeneral%2Fstatus.html']];
      const length = form.map(([k, v]) => `${k}=${v}`).join('&').length;
      return { value: pw, event: { src: '10.20.1.54', dst: '10.20.5.4', host: 'printer-2e.brugwerk.lan', method: 'POST', path: '/general/status.html', form, headers: [['User-Agent', BROWSERS[0]], ['Content-Type', 'application/x-www-form-urlencoded'], ['Content-Length', String(length)], ['Origin', 'http://printer-2e.brugwerk.lan']] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'office-vlan' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// payara-server.log: Payara Server 6 (Community, 2025.11) `server.log` in its default ODL format (`[<ISO time>]
// [<product>] [<LEVEL>] [<message id>] [<logger>] [tid: _ThreadID=<n> _ThreadName=<name>] [timeMillis: <ms>]
// [levelValue: <n>] [[` then the message on the following lines, indented two spaces, and `]]`; a blank line between
// records), with Jersey's LoggingFeature registered on the JAX-RS application and its client (`1 * Server has received a
// request on thread …`, `1 > GET <absolute URI>`, one `1 > <header>: <value>` line per header, the entity at
// PAYLOAD_TEXT verbosity; `2 * Sending client request on thread …`). Only the record's first line has the time.
// https://docs.azul.com/payara/technical-documentation/payara-server-documentation/general-administration/administering-the-logging-service.html,
// https://eclipse-ee4j.github.io/jersey.github.io/documentation/latest/logging_chapter.html

function payaraLog(rng) {
  const odlTime = (ms) => `${iso(ms).slice(0, 23)}+0000`;
  const LV = { INFO: 800, WARNING: 900, SEVERE: 1000, FINE: 500 };
  const record = (t, level, msgId, logger, thread, message) => {
    const body = message.split('\n');
    body[0] = `  ${body[0]}`;
    body[body.length - 1] += ']]';
    return [`[${odlTime(t)}] [Payara 6.2025.11] [${level}] [${msgId}] [${logger}] [tid: _ThreadID=${thread[0]} _ThreadName=${thread[1]}] [timeMillis: ${t}] [levelValue: ${LV[level]}] [[`, ...body, ''];
  };
  const worker = (rng) => {
    const n = rng.int(1, 8);
    return [70 + n * 3, `http-thread-pool::http-listener-1(${n})`];
  };
  const BASE = 'http://payara-1.brugwerk.internal:8080/planning/api';
  const render = (e, rng) => {
    if (e.msg) return record(e.t, e.level ?? 'INFO', e.msgId ?? '', e.logger, e.thread ?? [1, 'main'], e.msg);
    const th = worker(rng);
    const id = e.id;
    const out = [];
    const lines = [`${id} * Server has received a request on thread ${th[1]}`, `${id} > ${e.method} ${BASE}${target(e)}`];
    for (const [k, v] of e.headers ?? []) lines.push(`${id} > ${k}: ${v}`);
    if (e.entity) lines.push(e.entity);
    lines.push('');
    out.push(...record(e.t, 'INFO', '', 'org.glassfish.jersey.logging.LoggingInterceptor', th, lines.join('\n')));
    if (e.client) {
      const c = e.client;
      const cl = [`${id + 1} * Sending client request on thread ${th[1]}`, `${id + 1} > ${c.method} ${c.url}`];
      for (const [k, v] of c.headers) cl.push(`${id + 1} > ${k}: ${v}`);
      if (c.entity) cl.push(c.entity);
      cl.push('');
      out.push(...record(e.t + 2, 'INFO', '', 'org.glassfish.jersey.logging.LoggingInterceptor', th, cl.join('\n')));
      out.push(...record(e.t + c.ms, 'INFO', '', 'org.glassfish.jersey.logging.LoggingInterceptor', th, [`${id + 2} * Client response received on thread ${th[1]}`, `${id + 2} < ${c.status}`, `${id + 2} < Content-Type: application/json`, ''].join('\n')));
    }
    const rl = [`${id} * Server responded with a response on thread ${th[1]}`, `${id} < ${e.status}`, `${id} < Content-Type: ${e.ctype ?? 'application/json'}`];
    for (const [k, v] of e.respHeaders ?? []) rl.push(`${id} < ${k}: ${v}`);
    rl.push('');
    out.push(...record(e.t + Math.max(e.ms, (e.client?.ms ?? 0) + 25), 'INFO', '', 'org.glassfish.jersey.logging.LoggingInterceptor', th, rl.join('\n')));
    return out;
  };
  let reqId = 0;
  const next = () => (reqId += 3) - 2;
  const common = (rng, ua) => [['accept', 'application/json'], ['host', 'payara-1.brugwerk.internal:8080'], ['user-agent', ua ?? rng.pick(BROWSERS)], ['x-forwarded-for', publicIp(rng)], ['x-forwarded-proto', 'https']];
  const filler = (rng) =>
    rng.pick([
      () => ({ id: next(), path: '/v2/projects', query: `status=${rng.pick(['open', 'gepland', 'afgerond'])}&page=${rng.int(1, 4)}`, headers: common(rng) }),
      () => ({ id: next(), path: `/v2/projects/${rng.int(2026000, 2026199)}/planning`, headers: common(rng) }),
      () => ({ id: next(), path: '/v2/resources', query: `week=2026-W${rng.int(49, 52)}`, headers: common(rng) }),
      () => ({ id: next(), method: 'PUT', path: `/v2/assignments/${rng.int(10000, 99999)}`, headers: [...common(rng), ['content-type', 'application/json']], entity: `{"resourceId":${rng.int(100, 400)},"hours":${rng.int(2, 8)},"note":"${rng.pick(['montage', 'inmeten', 'oplevering'])}"}`, status: 204 }),
      () => ({ msg: `Heap usage ${rng.int(40, 80)}% after GC`, logger: 'fish.payara.nucleus.healthcheck.HealthCheckService', level: 'INFO', thread: [33, 'payara-executor-service-scheduled-task'] }),
      () => ({ msg: `CPU Usage: ${rng.int(3, 60)}.${rng.int(0, 9)}% (Host: payara-1)`, logger: 'fish.payara.nucleus.healthcheck.preliminary.CpuUsageHealthCheck', level: 'INFO', thread: [33, 'payara-executor-service-scheduled-task'] }),
    ])();
  const steps = [
    { raw: { msg: 'Running Payara Version: Payara Server  6.2025.11 #badassfish (build 612)', msgId: 'NCLS-CORE-00017', logger: 'jakarta.enterprise.system.core', thread: [1, 'main'] }, after: 0 },
    { raw: { msg: 'Grizzly 4.0.2 started in: 21ms - bound to [/0.0.0.0:8080]', msgId: '', logger: 'org.glassfish.grizzly.http.server.NetworkListener', thread: [1, 'main'] }, after: 2 },
    { raw: { msg: 'planning-api was successfully deployed in 4,212 milliseconds.', msgId: 'NCLS-DEPLOYMENT-02035', logger: 'jakarta.enterprise.system.core', thread: [1, 'main'] }, after: 4 },
    4,
    plant('oauth-code', 'payara-jersey-intuit-quickbooks-callback-code', 'warning', `${WHY.code} Intuit's QuickBooks callback (\`code=AB11…&state=…&realmId=…\`) on the API's integration endpoint, in Jersey's \`1 > GET <URI>\` line.`, ({ rng }) => {
      const code = `AB11${digits(rng, 10)}${rng.alnum(36)}`;
      return { value: code, event: { id: next(), path: '/v2/integrations/quickbooks/callback', query: `code=${code}&state=${rng.b64url(24)}&realmId=${digits(rng, 19)}`, headers: common(rng, BROWSERS[0]), status: 303, ctype: 'text/plain' } };
    }),
    2,
    plant('negative', 'payara-jersey-response-etag', 'none', "An ETag in the response headers (`1 < ETag: \"<40 hex>\"`): a version hash of the representation, no credential.", ({ rng }) => {
      const tag = rng.hex(40);
      return { value: tag, event: { id: next(), path: `/v2/projects/${rng.int(2026000, 2026199)}`, headers: common(rng), respHeaders: [['ETag', `"${tag}"`], ['Cache-Control', 'private, max-age=0']] } };
    }),
    2,
    plant('api-key-name', 'payara-jersey-apikey-header', 'error', WHY.apiKey('apikey') + " A supplier's system sends it as an `apikey` header; Jersey's server logging writes every header (`1 > apikey: …`, a line without a time).", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { id: next(), method: 'POST', path: '/v2/deliveries', headers: [['accept', 'application/json'], ['apikey', key], ['content-type', 'application/json'], ['host', 'payara-1.brugwerk.internal:8080'], ['user-agent', 'Apache-HttpClient/5.4.1 (Java/17.0.16)'], ['x-forwarded-for', publicIp(rng)]], entity: `{"orderRef":"PO-${rng.int(20000, 29999)}","eta":"2026-12-0${rng.int(3, 9)}","items":${rng.int(1, 12)}}`, status: 201 } };
    }),
    2,
    plant('framework-dump', 'payara-jersey-payload-login-password', 'error', "A service account's sign-in (`POST …/auth/login`): the LoggingFeature's PAYLOAD_TEXT verbosity writes the JSON entity, password included.", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { id: next(), method: 'POST', path: '/v2/auth/login', headers: [['accept', 'application/json'], ['content-type', 'application/json'], ['host', 'payara-1.brugwerk.internal:8080'], ['user-agent', 'planning-sync/3.4 (+https://brugwerk.example)']], entity: `{"username":"planning-sync","password":"${pw}"}`, status: 200 } };
    }),
    2,
    plant('refresh-token', 'payara-jersey-client-refresh-token-entity', 'error', `${WHY.refresh} The API refreshes its QuickBooks connection with Jersey's client, whose LoggingFeature writes the form entity (\`grant_type=refresh_token&refresh_token=AB11…\`).`, ({ rng }) => {
      const token = `AB11${digits(rng, 10)}${rng.alnum(36)}`;
      return { value: token, event: { id: next(), method: 'POST', path: '/v2/integrations/quickbooks/sync', headers: common(rng, 'planning-scheduler/1.0'), status: 202, client: { method: 'POST', url: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer', headers: [['Accept', 'application/json'], ['Authorization', '[redacted]'], ['Content-Type', 'application/x-www-form-urlencoded']], entity: `grant_type=refresh_token&refresh_token=${token}`, status: 200, ms: rng.int(200, 900) } } };
    }),
    2,
    plant('negative', 'payara-jersey-x-request-id', 'none', 'A load balancer\'s `x-request-id: <uuid>` among the logged headers: a correlation id, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { id: next(), path: '/v2/resources', query: 'week=2026-W50', headers: [...common(rng), ['x-request-id', id]] } };
    }),
    2,
    plant('path-secret', 'payara-jersey-invitation-accept-path', 'error', WHY.pathSecret("A subcontractor's invitation link (`/v2/invitations/<token>/accept`) in Jersey's `1 > GET <URI>` line"), ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { id: next(), path: `/v2/invitations/${token}/accept`, headers: common(rng, BROWSERS[4]), status: 303, ctype: 'text/plain' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'payara-1' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// home-assistant.log: Home Assistant 2026.12's log file (`%(asctime)s.%(msecs)03d %(levelname)s (%(threadName)s)
// [%(name)s] %(message)s`, the instance's time zone set to UTC): integration errors, `rest_command`'s `Error. Url: …
// Status code …`, the http integration's ban warnings (the requested path, never a password), custom integrations at
// debug level (`logger: logs:` in configuration.yaml).
// https://www.home-assistant.io/integrations/logger/, https://www.home-assistant.io/integrations/rest_command/,
// https://www.home-assistant.io/integrations/rest/, https://www.home-assistant.io/integrations/http/#ip-filtering-and-banning

function homeAssistantLog(rng) {
  const render = (e) => [`${dotTime(e.t)} ${e.level ?? 'INFO'} (${e.thread ?? 'MainThread'}) [${e.logger}] ${e.msg}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ level: 'WARNING', logger: 'homeassistant.helpers.entity', msg: `Update of sensor.${rng.pick(['p1_meter_power', 'warmtepomp_temperatuur', 'buienradar_neerslag'])} is taking over 10 seconds` }),
      () => ({ level: 'WARNING', logger: 'homeassistant.components.sensor', msg: `Updating ${rng.pick(['buienradar', 'knmi', 'nederlandse_spoorwegen'])} sensor took longer than the scheduled update interval 0:00:30` }),
      () => ({ level: 'ERROR', logger: 'homeassistant.components.mqtt.client', msg: `Error returned from MQTT server: The connection was lost.` }),
      () => ({ level: 'INFO', logger: 'homeassistant.components.mqtt.client', msg: 'Connected to MQTT server core-mosquitto:1883 (0)' }),
      () => ({ level: 'WARNING', logger: 'homeassistant.components.zha.core.cluster_handlers', msg: `[0x${rng.hex(4).toUpperCase()}:1:0x0006]: async_initialize: all attempts have failed: [DeliveryError('Failed to deliver packet: <TXStatus.MAC_NO_ACK: 233>')]` }),
      () => ({ level: 'ERROR', logger: 'homeassistant.components.rest.data', msg: `Error fetching data: http://10.20.7.12/api/v1/data failed with Cannot connect to host 10.20.7.12:80 ssl:default [Connect call failed ('10.20.7.12', 80)]` }),
      () => ({ level: 'INFO', logger: 'homeassistant.components.automation.verwarming_werkplaats', msg: `Verwarming werkplaats: Running automation actions` }),
    ])();
  const steps = [
    { raw: { level: 'WARNING', thread: 'SyncWorker_0', logger: 'homeassistant.loader', msg: 'We found a custom integration unifi_access which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant' }, after: 0 },
    { raw: { level: 'WARNING', thread: 'SyncWorker_0', logger: 'homeassistant.loader', msg: 'We found a custom integration energyflow which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant' }, after: 0 },
    { raw: { level: 'INFO', logger: 'homeassistant.setup', msg: 'Setting up solaredge' }, after: 2 },
    8,
    plant('framework-dump', 'ha-custom-integration-config-dict-password', 'error', "A custom integration logs its config entry's data at debug level (`Setting up with config: {'host': …, 'username': …, 'password': '…'}`), the Python dict of what the config flow stored.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { level: 'DEBUG', logger: 'custom_components.unifi_access', msg: `Setting up with config: ${pyRepr({ host: '10.20.7.2', port: 12445, username: 'ha-deuren', password: pw, verify_ssl: false })}` } };
    }),
    8,
    plant('negative', 'ha-http-ban-requested-url-only', 'none', 'The http integration warns about a request with invalid authentication and names its path (`Requested URL: \'/api/states\'`): no credential on the line.', ({ rng }) => {
      const ip = publicIp(rng);
      return { value: `from ${ip} (${ip})`, event: { level: 'WARNING', logger: 'homeassistant.components.http.ban', msg: `Login attempt or request with invalid authentication from ${ip} (${ip}). Requested URL: '/api/states'. (python-requests/2.32.5)` } };
    }),
    8,
    plant('api-key-name', 'ha-rest-sensor-solaredge-api_key', 'error', WHY.apiKey('api_key') + ' A REST sensor polls the SolarEdge monitoring API; its error writes the resource URL, and the aiohttp error repeats it on the same line.', ({ rng }) => {
      const key = upperNum(rng, 32);
      const url = `https://monitoringapi.solaredge.com/site/${rng.int(1000000, 4999999)}/overview?api_key=${key}`;
      return { value: key, event: { level: 'ERROR', logger: 'homeassistant.components.rest.data', msg: `Error fetching data: ${url} failed with 429, message='Too Many Requests', url='${url}'` } };
    }),
    8,
    plant('webhook', 'ha-rest-command-victorops-rest-endpoint', 'error', WHY.webhook("A Splunk On-Call (VictorOps) REST endpoint (`alert.victorops.com/integrations/generic/20131114/alert/<api key>/<routing key>`) called by `rest_command`, which writes the URL when the call fails"), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { level: 'WARNING', logger: 'homeassistant.components.rest_command', msg: `Error. Url: https://alert.victorops.com/integrations/generic/20131114/alert/${key}/facilitair. Status code 404. Payload: b'{"message_type": "CRITICAL", "entity_id": "binary_sensor.serverruimte_lekdetectie", "state_message": "Water gedetecteerd in de serverruimte"}'` } };
    }),
    8,
    plant('negative', 'ha-cloud-remote-instance-domain', 'none', "Home Assistant Cloud's remote UI connects under the instance's hostname (`<32 characters>.ui.nabu.casa`): a public address that still asks for a login, no credential.", ({ rng }) => {
      const inst = lowerNum(rng, 32);
      return { value: inst, event: { level: 'INFO', logger: 'hass_nabucasa.remote', msg: `Connected to snitun server ${rng.pick(['eu-central-1', 'eu-west-1'])}.ui.nabu.casa as ${inst}.ui.nabu.casa` } };
    }),
    8,
    plant('refresh-token', 'ha-custom-integration-refresh-grant-dict', 'error', `${WHY.refresh} A custom energy integration logs the grant it sent when the refresh fails (\`Token refresh failed: {'grant_type': 'refresh_token', 'refresh_token': '<24 hex>|<32 hex>', …}\`).`, ({ rng }) => {
      const token = `${rng.hex(24)}|${rng.hex(32)}`;
      return { value: token, event: { level: 'ERROR', logger: 'custom_components.energyflow.auth', msg: `Token refresh failed (400 invalid_grant): ${pyRepr({ grant_type: 'refresh_token', refresh_token: token, client_id: rng.hex(24) })}` } };
    }),
    8,
    plant('header-dump', 'ha-aiohttp-clientresponseerror-repr-bearer-jwt', 'error', "A custom integration logs an aiohttp `ClientResponseError` with `%r`: its `RequestInfo` repr holds the request headers, `'Authorization': 'Bearer <JWT>'` among them", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1100, alg: 'RS256', kid: rng.b64url(20), claims: { iss: 'https://auth.energyflow-x.example', sub: rng.uuid(), aud: 'meter-api', scope: 'meters:read', client_id: rng.hex(24) } });
      const url = `https://api.energyflow-x.example/v2/meters/${rng.int(100000, 999999)}/readings?period=day`;
      return { value: token.token, jwt: token.facts, event: { level: 'ERROR', logger: 'custom_components.energyflow.coordinator', msg: `Unexpected error fetching energyflow data: ClientResponseError(RequestInfo(url=URL('${url}'), method='GET', headers=<CIMultiDictProxy('Host': 'api.energyflow-x.example', 'Authorization': 'Bearer ${token.token}', 'Accept': 'application/json', 'User-Agent': 'HomeAssistant/2026.12.1 aiohttp/3.13.2 Python/3.13', 'Accept-Encoding': 'gzip, deflate, br')>, real_url=URL('${url}')), (), status=401, message='Unauthorized', headers=<CIMultiDictProxy('Content-Type': 'application/json', 'Content-Length': '61')>)` } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'homeassistant' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// Plex Media Server.log: Plex Media Server 1.42's log with debug logging on (`<Mon DD, YYYY HH:mm:ss.SSS> [<thread>]
// <LEVEL> - <message>`, the server's local time, UTC here): `Request: [<client>:<port> (<network>)] <METHOD> <URI> (<n>
// live) …` and `Completed: [<client>:<port>] <status> <METHOD> <URI> …` for each request to the server, the HTTP client's
// `HTTP requesting <METHOD> <URL>` and `HTTP <status> response from <METHOD> <URL>` for outgoing calls (agents,
// webhooks), `X-Plex-Token` values written as `xxxxxxxxxxxxxxxxxxxx`.
// https://support.plex.tv/articles/200250417-plex-media-server-log-files/, https://support.plex.tv/articles/115002267687-webhooks/,
// https://support.plex.tv/articles/204059436-finding-an-authentication-token-x-plex-token/

function plexLog(rng) {
  const pTime = (ms) => {
    const d = new Date(ms);
    return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())}, ${d.getUTCFullYear()} ${iso(ms).slice(11, 23)}`;
  };
  const thread = (rng) => `0x7f${rng.hex(7)}${rng.pick(['6c8', 'b38', 'fb8', '700'])}`;
  const CLIENTS = [
    { ip: '10.20.8.21', net: 'Subnet', user: 'brugwerk' },
    { ip: '10.20.8.34', net: 'Subnet', user: 'brugwerk' },
    { ip: '198.51.100.77', net: 'WAN', user: 'kbos' },
  ];
  let hc = 0x3a;
  const render = (e, rng) => {
    if (e.msg) return [`${pTime(e.t)} [${thread(rng)}] ${e.level ?? 'DEBUG'} - ${e.msg}`];
    if (e.out) {
      hc += 1;
      const tag = `[HttpClient/HCl#${hc.toString(16)}]`;
      const th = thread(rng);
      return [`${pTime(e.t)} [${th}] DEBUG - ${tag} HTTP requesting ${e.method} ${e.out}`, `${pTime(e.t + e.ms)} [${th}] ${e.status >= 400 ? 'WARN' : 'DEBUG'} - ${tag} HTTP ${e.status} response from ${e.method} ${e.out}`];
    }
    const c = e.client ?? rng.pick(CLIENTS);
    const port = rng.int(40000, 60999);
    const live = rng.int(2, 14);
    const id = rng.hex(3);
    const tls = c.net === 'WAN' ? ' TLS' : '';
    const th = thread(rng);
    return [
      `${pTime(e.t)} [${th}] DEBUG - Request: [${c.ip}:${port} (${c.net})] ${e.method} ${target(e)} (${live} live) #${id}${tls} GZIP Signed-in Token (${c.user})`,
      `${pTime(e.t + e.ms)} [${thread(rng)}] DEBUG - Completed: [${c.ip}:${port}] ${e.status} ${e.method} ${target(e)} (${live} live) #${id}${tls} GZIP ${e.ms}ms ${e.bytes} bytes (pipelined: ${rng.int(1, 6)})`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/library/sections', ms: rng.int(2, 40) }),
      () => ({ path: `/library/sections/${rng.int(1, 4)}/all`, query: `type=${rng.pick([1, 2])}&sort=titleSort&includeCollections=1&X-Plex-Container-Start=0&X-Plex-Container-Size=${rng.pick([50, 100])}`, ms: rng.int(20, 300) }),
      () => ({ path: `/library/metadata/${rng.int(1000, 9999)}`, query: 'includeConcerts=1&includeExtras=1&includeOnDeck=1&asyncAugmentMetadata=1', ms: rng.int(10, 120) }),
      () => ({ path: '/:/timeline', query: `ratingKey=${rng.int(1000, 9999)}&key=%2Flibrary%2Fmetadata%2F${rng.int(1000, 9999)}&state=${rng.pick(['playing', 'paused'])}&time=${rng.int(1000, 4000000)}&duration=${rng.int(4000000, 9000000)}`, ms: rng.int(2, 20) }),
      () => ({ path: `/library/metadata/${rng.int(1000, 9999)}/thumb/${sec(DAY0) - rng.int(0, 9000000)}`, ms: rng.int(2, 30) }),
      () => ({ msg: `Auth: authenticated user ${rng.int(1, 3)} as ${rng.pick(['brugwerk', 'kbos'])}` }),
      () => ({ msg: `[Now] Device is ${rng.pick(['Chrome', 'Android', 'Roku'])} (${rng.pick(['Plex Web', 'Plex for Android (TV)', 'Plex for Roku'])}).` }),
      () => ({ msg: `Scanner: Scanning ${rng.pick(['Films', 'Series', 'Bedrijfsvideo'])} using en-US (${rng.int(1, 4)} directories)`, level: 'INFO' }),
    ])();
  const steps = [
    { raw: { msg: 'Plex Media Server v1.42.2.10156-f737b826c - Docker Docker Container (LinuxServer.io) x86_64 - build: linux-x86_64 debian - GMT 00:00', level: 'INFO' }, after: 0 },
    { raw: { msg: 'Linux version: 6.8.0-88-generic, language: en-US', level: 'INFO' }, after: 0 },
    9,
    plant('negative', 'plex-x-plex-token-masked', 'none', "Plex writes its own token as `X-Plex-Token=xxxxxxxxxxxxxxxxxxxx` in every URL it logs: masked, no value.", () => ({ value: 'X-Plex-Token=xxxxxxxxxxxxxxxxxxxx', event: { out: 'https://plex.tv/api/v2/server/access_tokens?includeFields=token&X-Plex-Token=xxxxxxxxxxxxxxxxxxxx', method: 'GET', status: 200, ms: 180 } })),
    9,
    plant('api-key-name', 'plex-httpclient-tmdb-api_key', 'error', WHY.apiKey('api_key') + " A legacy metadata agent queries TMDB's v3 API: Plex's HTTP client masks its own token, not the agent's key, in the request and response lines.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { out: `https://api.themoviedb.org/3/tv/${rng.int(1000, 99999)}/season/${rng.int(1, 6)}?api_key=${key}&language=nl-NL&append_to_response=credits`, method: 'GET', status: 200, ms: rng.int(80, 400) } };
    }),
    9,
    plant('encoded', 'plex-photo-transcode-url-encoded-api_key', 'error', "A request-management app's poster proxied through Plex's photo transcoder: the source URL is percent-encoded in `url=` (`…%3Fapi_key%3D<key>`), in the Request and Completed lines, one decoding away.", ({ rng }) => {
      const key = rng.b64url(40);
      return { value: key, event: { path: '/photo/:/transcode', query: `width=480&height=720&minSize=1&upscale=1&url=${encodeURIComponent(`https://verzoeken.brugwerk-thuis.example/imageproxy/tmdb/w600_and_h900/${rng.alnum(27)}.jpg?api_key=${key}`)}`, ms: rng.int(30, 300), client: CLIENTS[0] } };
    }),
    9,
    plant('negative', 'plex-client-identifier', 'none', "Plex Web's `X-Plex-Client-Identifier=<24 characters>` in a request's query: the id of a player, no credential.", ({ rng }) => {
      const id = lowerNum(rng, 24);
      return { value: id, event: { path: '/video/:/transcode/universal/decision', query: `hasMDE=1&path=%2Flibrary%2Fmetadata%2F${rng.int(1000, 9999)}&mediaIndex=0&partIndex=0&protocol=dash&fastSeek=1&directPlay=0&directStream=1&X-Plex-Client-Identifier=${id}&X-Plex-Product=Plex%20Web&X-Plex-Platform=Chrome`, ms: rng.int(20, 200), client: CLIENTS[1] } };
    }),
    9,
    plant('webhook', 'plex-webhook-guilded', 'error', WHY.webhook("A Guilded webhook (`media.guilded.gg/webhooks/<id>/<token>`) set as a Plex webhook: the HTTP client writes the URL when it posts the playback event and when the answer comes back"), ({ rng }) => {
      const token = rng.b64url(86);
      return { value: token, event: { out: `https://media.guilded.gg/webhooks/${rng.uuid()}/${token}`, method: 'POST', status: 429, ms: rng.int(90, 400) } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'plex' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// authentik.log: `docker compose logs --no-color server worker` of authentik 2025.10 (each line `<service>-1  | ` and a
// structlog JSON record, keys sorted, `json.dumps` separators): the ASGI request log (`logger: authentik.asgi`, `event`
// the path with its query, `timestamp` in UTC without a zone), flow and event records, the worker's tasks. Event contexts
// are cleansed (keys like `secret`, `token`, `password` written as `********************`).
// https://docs.goauthentik.io/troubleshooting/logs/, https://docs.goauthentik.io/users-sources/user/invitations/,
// https://docs.goauthentik.io/add-secure-apps/providers/oauth2/, https://docs.goauthentik.io/sys-mgmt/events/

function authentikLog(rng) {
  const H = 'auth.brugwerk.example';
  const pfx = { server: 'authentik-server-1  | ', worker: 'authentik-worker-1  | ' };
  const clock = monoMicro(rng);
  const ts = (ms) => clock(ms).replace(' ', 'T');
  const render = (e, rng) => {
    if (e.rec) return [`${pfx[e.svc ?? 'server']}${pyJson({ ...e.rec, timestamp: ts(e.t) })}`];
    const lines = [];
    for (const [i, ev] of (e.asgi ?? [{}]).entries()) {
      const rec = { auth_via: ev.auth_via ?? e.auth_via ?? 'session', domain_url: H, event: ev.event ?? target(e), host: H, level: 'info', logger: 'authentik.asgi', method: ev.method ?? e.method, pid: e.pid ?? rng.pick([71, 72, 73]), remote: e.ip, request_id: rng.hex(32), runtime: rng.int(4, 300), schema_name: 'public', scheme: 'https', status: ev.status ?? e.status, timestamp: ts(e.t + i * 40), user: e.user ?? '', user_agent: e.ua };
      lines.push(`${pfx.server}${pyJson(rec)}`);
    }
    return lines;
  };
  const USERS = STAFF.slice(0, 6);
  const filler = (rng) => {
    const u = rng.pick(USERS);
    return rng.pick([
      () => ({ path: '/api/v3/core/brands/current/', user: u }),
      () => ({ path: '/api/v3/core/users/me/', user: u }),
      () => ({ path: '/-/health/live/', auth_via: 'unauthenticated', ip: '127.0.0.1', ua: 'goauthentik.io/healthcheck', status: 200 }),
      () => ({ path: `/static/dist/${rng.pick(['admin/AdminInterface', 'flow/FlowInterface', 'user/UserInterface'])}-${rng.hex(8)}.js`, auth_via: 'unauthenticated' }),
      () => ({ path: '/api/v3/flows/executor/default-authentication-flow/', query: `query=next%3D%252Fapplication%252Fo%252Fauthorize%252F`, auth_via: 'unauthenticated', method: 'POST' }),
      () => ({ path: '/application/o/userinfo/', auth_via: 'oauth_token', ua: rng.pick(['Nextcloud Server Crawler', 'Go-http-client/2.0']), ip: `10.20.3.${rng.int(10, 40)}` }),
      () => ({ rec: { event: 'Task finished', level: 'info', logger: 'authentik.root.celery', pid: 211, state: 'SUCCESS', task_id: rng.uuid(), task_name: rng.pick(['outpost_controller', 'clean_expired_models', 'update_latest_version', 'blueprints_discovery']) }, svc: 'worker' }),
    ])();
  };
  const steps = [
    { raw: { rec: { event: 'Starting authentik server', level: 'info', logger: 'authentik.lib.config', version: '2025.10.2' } }, after: 0 },
    { raw: { rec: { event: 'Booting authentik', level: 'info', logger: 'authentik.root.signals', version: '2025.10.2' } }, after: 1 },
    { raw: { rec: { event: 'Starting worker', level: 'info', logger: 'authentik.root.celery', version: '2025.10.2' }, svc: 'worker' }, after: 2 },
    8,
    plant('path-secret', 'authentik-enrollment-invitation-itoken', 'error', WHY.pathSecret("An authentik invitation link (`/if/flow/enrollment-invitation/?itoken=<uuid>`), mailed to a new colleague: the flow signs up whoever opens it until the invitation expires or is used"), ({ rng }) => {
      const itoken = rng.uuid();
      return { value: itoken, event: { path: '/if/flow/enrollment-invitation/', query: `itoken=${itoken}`, auth_via: 'unauthenticated', ua: BROWSERS[1] } };
    }),
    8,
    plant('negative', 'authentik-authorize-state-nonce-pkce', 'none', "An authorization request (`/application/o/authorize/?client_id=…&state=…&nonce=…&code_challenge=…`): client id, flow state and a PKCE challenge, no credential.", ({ rng }) => {
      const challenge = rng.b64url(43);
      return { value: challenge, event: { path: '/application/o/authorize/', query: `client_id=${rng.alnum(40)}&redirect_uri=https%3A%2F%2Fcloud.brugwerk.example%2Fapps%2Fuser_oidc%2Fcode&response_type=code&scope=openid+profile+email&state=${rng.alnum(32)}&nonce=${rng.alnum(32)}&code_challenge=${challenge}&code_challenge_method=S256`, user: 'lsmit', status: 302 } };
    }),
    8,
    plant('oauth-code', 'authentik-oauth-source-mailcow-callback-code', 'warning', `${WHY.code} authentik signs users in with the mail server's OAuth provider (a mailcow source): the source's callback (\`/source/oauth/callback/mailcow/?code=<40 hex>&state=…\`) is in the ASGI log.`, ({ rng }) => {
      const code = rng.hex(40);
      return { value: code, event: { path: '/source/oauth/callback/mailcow/', query: `code=${code}&state=${rng.alnum(32)}`, auth_via: 'unauthenticated', status: 302, ua: BROWSERS[0] } };
    }),
    8,
    plant('path-secret', 'authentik-recovery-flow_token', 'error', WHY.pathSecret("authentik's recovery link (`/if/flow/default-recovery-flow/?flow_token=<token>`): the ASGI log writes it, and again when the flow interface asks the executor API with the original query percent-encoded (`?query=flow_token%3D<token>`)"), ({ rng }) => {
      const token = rng.alnum(64);
      return { value: token, event: { path: '/if/flow/default-recovery-flow/', query: `flow_token=${token}`, auth_via: 'unauthenticated', ua: BROWSERS[2], asgi: [{ status: 200, method: 'GET' }, { event: `/api/v3/flows/executor/default-recovery-flow/?query=flow_token%3D${token}`, status: 200, method: 'GET' }] } };
    }),
    8,
    plant('negative', 'authentik-model-updated-secret-cleansed', 'none', "An event for an edited OAuth source: the `diff` of `consumer_secret` is written `********************` (authentik cleanses secret-looking keys), no value.", ({ rng }) => {
      const pk = rng.uuid();
      return { value: pk, event: { rec: { action: 'model_updated', app: 'authentik.events.models', client_ip: '10.20.1.54', context: { diff: { consumer_secret: { new_value: '********************', previous_value: '********************' } }, http_request: { args: {}, method: 'PATCH', path: `/api/v3/sources/oauth/mailcow/`, request_id: rng.hex(32), user_agent: BROWSERS[3] }, model: { app: 'authentik_sources_oauth', model_name: 'oauthsource', name: 'mailcow', pk } }, event: 'Created Event', level: 'info', logger: 'authentik.events.models', pid: 72, user: { email: 's.visser@brugwerk.example', pk: 7, username: 'svisser' } } } };
    }),
    8,
    plant('id-token', 'authentik-end-session-id_token_hint-expired', 'note', "An app's sign-out through authentik's end-session endpoint (`/application/o/<app>/end-session/?id_token_hint=<ID token>`): the ID token (valid 5 minutes) had expired three hours before", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 300, age: 3 * 3600 + 600, alg: 'RS256', kid: rng.hex(32), claims: { iss: `https://${H}/application/o/nextcloud/`, sub: rng.hex(64), aud: rng.alnum(40), auth_time: sec(t) - 3 * 3600 - 650, acr: 'goauthentik.io/providers/oauth2/default', amr: ['pwd', 'mfa'], sid: rng.hex(64), email: 'r.meijer@brugwerk.example', email_verified: true, preferred_username: 'rmeijer' } });
      return { value: token.token, jwt: token.facts, event: { path: '/application/o/nextcloud/end-session/', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fcloud.brugwerk.example%2F`, user: 'rmeijer', status: 302, ua: BROWSERS[3] } };
    }),
    8,
    plant('webhook', 'authentik-worker-zoho-cliq-webhook-zapikey', 'error', WHY.webhook("A Zoho Cliq channel webhook (`cliq.zoho.eu/api/v2/channelsbyname/<channel>/message?zapikey=1001.<hex>.<hex>`) used as a notification transport; the worker writes the `requests` error with the URL"), ({ rng }) => {
      const key = `1001.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: key, event: { rec: { error: `400 Client Error: Bad Request for url: https://cliq.zoho.eu/api/v2/channelsbyname/beheer/message?zapikey=${key}`, event: 'Failed to send notification', level: 'warning', logger: 'authentik.events.models', notification: rng.uuid(), pid: 211, transport: 'Zoho Cliq #beheer' }, svc: 'worker' } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: H }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cloudflared.log: `docker logs cloudflared` of cloudflared 2025.11 run with `--loglevel debug` (zerolog's console writer
// without colours: `<RFC 3339 time> <LVL> <message> <field>=<value> …`; each proxied request as `DBG <METHOD> <origin
// URL> <proto> connIndex=… content-length=… event=… headers={<Go JSON of the header map>} host=… ingressRule=…
// originService=… path=…` and its answer `DBG <status> connIndex=… …`; the start-up settings with the token masked).
// https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/cloudflared-parameters/run-parameters/#loglevel,
// https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/monitor-tunnels/logs/,
// https://developers.cloudflare.com/cloudflare-one/identity/authorization-cookie/validating-json/

function cloudflaredLog(rng) {
  const cf = (ms) => `${iso(ms).slice(0, 19)}Z`;
  const ORIGINS = {
    'git.brugwerk.example': 'http://gitea:3000',
    'fiets.brugwerk.example': 'http://fitness-sync:8000',
    'wiki.brugwerk.example': 'http://wiki:3000',
    'bi.brugwerk.example': 'http://metabase:3000',
    'tracker.brugwerk.example': 'http://opentracker:6969',
    'beheer.brugwerk.example': 'http://portainer:9000',
  };
  const hostsList = Object.keys(ORIGINS);
  const colos = ['AMS', 'AMS', 'FRA', 'LHR'];
  const render = (e, rng) => {
    if (e.msg) return [`${cf(e.t)} ${e.level ?? 'INF'} ${e.msg}`];
    const origin = ORIGINS[e.host];
    const conn = rng.int(0, 3);
    const ray = `${rng.hex(16)}-${rng.pick(colos)}`;
    const headers = { Accept: [e.accept ?? '*/*'], 'Accept-Encoding': ['gzip, br'], 'Cdn-Loop': ['cloudflare; loops=1'], 'Cf-Connecting-Ip': [e.ip], 'Cf-Ipcountry': [e.country ?? 'NL'], 'Cf-Ray': [ray], 'Cf-Visitor': ['{"scheme":"https"}'], 'Cf-Warp-Tag-Id': [rng.uuid()], 'User-Agent': [e.ua], 'X-Forwarded-For': [e.ip], 'X-Forwarded-Proto': ['https'], ...(e.headers ?? {}) };
    const sorted = Object.fromEntries(Object.keys(headers).sort().map((k) => [k, headers[k]]));
    const len = e.method === 'GET' ? 0 : (e.len ?? rng.int(40, 900));
    return [
      `${cf(e.t)} DBG ${e.method} ${origin}${target(e)} HTTP/1.1 connIndex=${conn} content-length=${len} event=1 headers=${goJson(sorted)} host=${e.host} ingressRule=${hostsList.indexOf(e.host)} originService=${origin} path=${e.path}`,
      `${cf(e.t + e.ms)} DBG ${e.status} ${{ 200: 'OK', 201: 'Created', 204: 'No Content', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 400: 'Bad Request', 404: 'Not Found' }[e.status]} connIndex=${conn} content-length=${e.status === 304 || e.status === 204 ? 0 : -1} event=1 ingressRule=${hostsList.indexOf(e.host)} originService=${origin}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ host: 'git.brugwerk.example', path: `/brugwerk/${rng.pick(['planner', 'infra', 'tekeningen-tools'])}`, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }),
      () => ({ host: 'git.brugwerk.example', path: `/brugwerk/${rng.pick(['planner', 'infra'])}.git/info/refs`, query: 'service=git-upload-pack', ua: 'git/2.51.2' }),
      () => ({ host: 'wiki.brugwerk.example', path: `/nl/${rng.pick(['handleidingen/vpn', 'beleid/thuiswerken', 'projecten/overzicht'])}`, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }),
      () => ({ host: 'wiki.brugwerk.example', method: 'POST', path: '/graphql', accept: 'application/json' }),
      () => ({ host: 'bi.brugwerk.example', path: '/api/session/properties', accept: 'application/json' }),
      () => ({ host: 'fiets.brugwerk.example', path: '/leaderboard', accept: 'text/html' }),
      () => ({ msg: `Updated to new configuration config="${JSON.stringify({ ingress: [...hostsList.map((h) => ({ hostname: h, originRequest: {}, service: ORIGINS[h] })), { service: 'http_status:404' }], 'warp-routing': { enabled: false } }).replace(/"/g, '\\"')}" version=${rng.int(20, 40)}`, level: 'INF' }),
    ])();
  const steps = [
    { raw: { msg: 'Starting tunnel tunnelID=' + rng.uuid() }, after: 0 },
    { raw: { msg: `Version 2025.11.1 (Checksum ${rng.hex(64)})` }, after: 0 },
    { raw: { msg: 'GOOS: linux, GOVersion: go1.24.9, GoArch: amd64' }, after: 0 },
    { raw: { msg: 'Settings: map[loglevel:debug no-autoupdate:true token:*****]' }, after: 0 },
    { raw: { msg: `Generated Connector ID: ${rng.uuid()}` }, after: 0 },
    { raw: { msg: 'Initial protocol quic' }, after: 0 },
    { raw: { msg: `Registered tunnel connection connIndex=0 connection=${rng.uuid()} event=0 ip=198.41.192.27 location=ams08 protocol=quic` }, after: 1 },
    plant('negative', 'cloudflared-registered-connection-uuid', 'none', 'A tunnel connection registered at an edge location (`connection=<uuid>`): the id of the connection, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { msg: `Registered tunnel connection connIndex=1 connection=${id} event=0 ip=198.41.200.63 location=fra13 protocol=quic` } };
    }, { after: 1 }),
    5,
    plant('header-dump', 'cloudflared-cf-access-jwt-assertion-header', 'error', "Cloudflare Access in front of the container admin adds `Cf-Access-Jwt-Assertion: <JWT>` (the application token, 24 h) to every request; cloudflared's debug line writes the whole header map", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 86400, age: 7200, alg: 'RS256', kid: rng.hex(64), claims: { aud: [rng.hex(64)], email: 'm.bakker@brugwerk.example', iss: 'https://brugwerk.cloudflareaccess.com', type: 'app', identity_nonce: rng.alnum(16), sub: rng.uuid(), country: 'NL' } });
      return { value: token.token, jwt: token.facts, event: { host: 'beheer.brugwerk.example', path: '/api/endpoints/2/docker/containers/json', query: 'all=1', accept: 'application/json, text/plain, */*', headers: { 'Cf-Access-Authenticated-User-Email': ['m.bakker@brugwerk.example'], 'Cf-Access-Jwt-Assertion': [token.token] } } };
    }),
    5,
    plant('oauth-code', 'cloudflared-strava-callback-code', 'warning', `${WHY.code} Strava's callback to the bike-to-work app (\`/strava/callback?state=…&code=<40 hex>&scope=read,activity:read\`), in the origin URL of cloudflared's request line.`, ({ rng }) => {
      const code = rng.hex(40);
      return { value: code, event: { host: 'fiets.brugwerk.example', path: '/strava/callback', query: `state=${rng.alnum(24)}&code=${code}&scope=read,activity:read`, status: 302, accept: 'text/html' } };
    }),
    5,
    plant('replay', 'guest_ticket-opaque', 'note', WHY.ticketFirst('An opaque `guest_ticket` on a wiki page shared with a supplier (the wiki admits one guest session per ticket)'), ({ rng, t }) => {
      firstUse.guest = t;
      const ticket = rng.b64url(32);
      return { value: ticket, event: { host: 'wiki.brugwerk.example', path: '/share/open', query: `guest_ticket=${ticket}`, ip: '203.0.113.118', status: 302, accept: 'text/html', country: 'BE' } };
    }, { ref: 'guest' }),
    3,
    plant('replay', 'guest_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('guest').value, why: WHY.replay('guest_ticket', gap('guest', t)) }], event: { host: 'wiki.brugwerk.example', path: '/share/open', query: `guest_ticket=${refs.get('guest').value}`, ip: '192.0.2.201', status: 302, accept: 'text/html', country: 'DE', ua: TOOLS[1] } }), { replayOf: 'guest', after: 112 }),
    5,
    plant('session-id', 'cloudflared-gitea-i_like_gitea-cookie', 'error', WHY.session("Gitea's session cookie (`i_like_gitea=<16 hex>`) in the `Cookie` header cloudflared's debug line writes"), ({ rng }) => {
      const sid = rng.hex(16);
      return { value: sid, event: { host: 'git.brugwerk.example', path: '/brugwerk/planner/pulls', accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', headers: { Cookie: [`i_like_gitea=${sid}; _csrf=${rng.b64url(44)}; lang=nl-NL`] } } };
    }),
    5,
    plant('negative', 'cloudflared-x-gitea-signature', 'none', "A Gitea webhook delivery through the tunnel to a CI runner: `X-Gitea-Signature` (an HMAC of the body) and `X-Gitea-Delivery` (a uuid), no credential.", ({ rng }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { host: 'git.brugwerk.example', method: 'POST', path: '/api/actions/runner.v1.RunnerService/FetchTask', ua: 'Go-http-client/2.0', accept: 'application/json', headers: { 'X-Gitea-Delivery': [rng.uuid()], 'X-Gitea-Event': ['push'], 'X-Gitea-Signature': [sig] } } };
    }),
    5,
    plant('api-key-name', 'cloudflared-tracker-announce-passkey', 'error', WHY.apiKey('passkey') + " The company's tracker for large drawing sets (BitTorrent inside the firm) identifies each user by the `passkey` in the announce URL.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { host: 'tracker.brugwerk.example', path: '/announce', query: `passkey=${key}&info_hash=${Array.from({ length: 20 }, () => `%${rng.hex(2).toUpperCase()}`).join('')}&peer_id=-qB5110-${rng.alnum(12)}&port=${rng.int(20000, 60000)}&uploaded=0&downloaded=0&left=${rng.int(100000000, 900000000)}&corrupt=0&key=${rng.hex(8).toUpperCase()}&event=started&numwant=200&compact=1&no_peer_id=1`, ua: 'qBittorrent/5.1.2', accept: '*/*' } };
    }),
    5,
    plant('embed-jwt', 'cloudflared-embed-map-jwt-expired', 'note', 'A BI map embedded in a status screen (`/embed/map/<JWT>`) reloaded a day after its token expired', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 86400 + 2400, claims: { resource: { dashboard: rng.int(10, 60) }, params: { regio: 'zuid' } } });
      return { value: token.token, jwt: token.facts, event: { host: 'bi.brugwerk.example', path: `/embed/map/${token.token}`, status: 400, accept: 'text/html' } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'cloudflared' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// PowerShell_transcript.WS-OPS12.<random>.20261202140012.txt: a PowerShell 7.5 transcript (`Start-Transcript
// -IncludeInvocationHeader`): the header block, then for each command `Command start time: <yyyyMMddHHmmss>` between
// star lines, `PS <path>> <command>` and its output as the console showed it; Windows line ends (CRLF). Only the
// invocation headers have a time: every value planted here is opaque.
// https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.host/start-transcript,
// https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#authentication

function powershellLog(rng) {
  // Transcripts write the workstation's local time (CET, UTC+1 in December).
  const psTime = (ms) => ymdHms(ms + HOUR).replace(/[- :]/g, '');
  const STAR = '**********************';
  const CWD = 'C:\\Beheer';
  const START = DAY0 + 8 * HOUR + 12000;
  const render = (e) => {
    const lines = e.header ?? [STAR, `Command start time: ${psTime(e.t)}`, STAR, `PS ${e.cwd ?? CWD}> ${e.cmd}`, ...(e.output ?? [])];
    return lines.map((l) => `${l}\r`);
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ cmd: 'Get-Service -Name Veeam* | Select-Object Name, Status', output: ['', 'Name                         Status', '----                         ------', 'VeeamBackupSvc              Running', 'VeeamDeploySvc              Running', 'VeeamMountSvc               Running', ''] }),
      () => {
        const h = `${rng.pick(['ch-01', 'payara-1', 'backup-01'])}.brugwerk.internal`;
        return { cmd: `Test-NetConnection ${h} -Port ${rng.pick([443, 8123, 8080])} | Select-Object ComputerName, TcpTestSucceeded`, output: ['', 'ComputerName               TcpTestSucceeded', '------------               ----------------', `${h.padEnd(26)}             True`, ''] };
      },
      () => {
        const u = rng.pick(STAFF);
        return { cmd: `Get-ADUser -Identity ${u} -Properties LastLogonDate | Select-Object SamAccountName, Enabled, LastLogonDate`, output: ['', 'SamAccountName Enabled LastLogonDate', '-------------- ------- -------------', `${u.padEnd(14)}    True ${pad(rng.int(1, 2))}-12-2026 ${pad(rng.int(7, 14))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`, ''] };
      },
      () => ({ cmd: 'Get-Date -Format o', output: [`${iso(t + HOUR + 40).slice(0, 23)}${digits(rng, 4)}+01:00`] }),
      () => ({ cmd: `Get-ChildItem \\\\files-01\\exports\\${rng.pick(['planning', 'finance'])} | Sort-Object LastWriteTime | Select-Object -Last 1 Name, Length`, output: ['', 'Name                                Length', '----                                ------', `export-2026-12-0${rng.int(1, 2)}.csv                ${rng.int(10000, 900000)}`, ''] }),
    ])();
  const header = (t) => [
    STAR,
    'PowerShell transcript start',
    `Start time: ${psTime(t)}`,
    'Username: BRUGWERK\\adm-svisser',
    'RunAs User: BRUGWERK\\adm-svisser',
    'Configuration Name: ',
    'Machine: WS-OPS12 (Microsoft Windows NT 10.0.26100.0)',
    'Host Application: C:\\Program Files\\PowerShell\\7\\pwsh.dll -NoLogo',
    'Process ID: 11244',
    'PSVersion: 7.5.4',
    'PSEdition: Core',
    'GitCommitId: 7.5.4',
    'OS: Microsoft Windows 10.0.26100',
    'Platform: Win32NT',
    'PSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, 5.1, 6.0, 7.0',
    'PSRemotingProtocolVersion: 2.3',
    'SerializationVersion: 1.1.0.1',
    'WSManStackVersion: 3.0',
    STAR,
    `Transcript started, output file is C:\\Users\\adm-svisser\\Documents\\PowerShell_transcript.WS-OPS12.xW3b9q1Z.${psTime(t)}.txt`,
  ];
  const steps = [
    { raw: { header: header(START) }, after: 0 },
    { raw: { cmd: 'Set-Location C:\\Beheer', cwd: 'C:\\Users\\adm-svisser' }, after: 4 },
    2,
    plant('negative', 'powershell-get-credential-securestring', 'none', "`Get-Credential`'s result printed: the password column shows the type `System.Security.SecureString`, no value.", () => ({ value: 'System.Security.SecureString', event: { cmd: '$cred = Get-Credential BRUGWERK\\svc-veeam; $cred', output: ['', 'UserName                     Password', '--------                     --------', 'BRUGWERK\\svc-veeam System.Security.SecureString', ''] } })),
    2,
    plant('encoded', 'powershell-base64-basic-output', 'error', "The admin builds a Basic header by hand: the command line names only the variable, but its output is base64 of `svc-veeam:<password>`, one decoding away.", ({ rng }) => {
      const pw = `${rng.alnum(14)}${digits(rng, 3)}`;
      const b64 = b64Of(`svc-veeam:${pw}`);
      return { value: pw, needle: b64, event: { cmd: '[Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("svc-veeam:$($cred.GetNetworkCredential().Password)"))', output: [b64] } };
    }),
    2,
    plant('api-key-name', 'powershell-azure-openai-api-key-header', 'error', WHY.apiKey('api-key') + ' An Azure OpenAI key typed into a headers hashtable (`@{ \'api-key\' = \'<32 hex>\' }`) for `Invoke-RestMethod`.', ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { cmd: `$h = @{ 'api-key' = '${key}'; 'Content-Type' = 'application/json' }` } };
    }),
    2,
    { raw: { cmd: "$body = @{ messages = @(@{ role = 'user'; content = 'Vat de storingen van vandaag samen' }) } | ConvertTo-Json -Depth 4" }, after: 9 },
    { raw: { cmd: "(Invoke-RestMethod -Method Post -Uri 'https://brugwerk-ai.openai.azure.com/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21' -Headers $h -Body $body).choices[0].message.content", output: ['Er waren vandaag twee storingen: de back-up van ch-01 liep 40 minuten uit en de VPN-gateway herstartte om 11:02.'] }, after: 14 },
    2,
    plant('framework-dump', 'powershell-format-list-client-secret', 'error', "An app registration's settings shown with `Format-List`: the `ClientSecret` property (an Entra ID secret, `<3>8Q~<34>`) on its line.", ({ rng }) => {
      const secret = entraSecret(rng);
      return { value: secret, event: { cmd: '$cfg = Get-Content .\\graph-sync.json | ConvertFrom-Json; $cfg | Format-List', output: ['', `TenantId     : ${ENTRA_TENANT}`, `ClientId     : ${rng.uuid()}`, `ClientSecret : ${secret}`, 'Scope        : https://graph.microsoft.com/.default', ''] } };
    }),
    2,
    plant('negative', 'powershell-certificate-thumbprint', 'none', 'A certificate listing (`Thumbprint`, 40 hex): the SHA-1 of a public certificate, no credential.', ({ rng }) => {
      const tp = rng.hex(40).toUpperCase();
      return { value: tp, event: { cmd: "Get-ChildItem Cert:\\CurrentUser\\My | Where-Object Subject -like '*graph-sync*'", output: ['', '   PSParentPath: Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My', '', 'Thumbprint                                Subject              EnhancedKeyUsageList', '----------                                -------              --------------------', `${tp}  CN=graph-sync         Client Authentication`, ''] } };
    }),
    2,
    plant('implicit-fragment', 'powershell-location-header-implicit-fragment', 'error', "The admin tests a legacy portal's implicit flow without following the redirect (`-MaximumRedirection 0`) and prints the `Location` header: `…/callback#access_token=<token>&token_type=bearer…`.", ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { cmd: "$r = Invoke-WebRequest -Uri 'https://portaal.leverancier-x.example/oauth/authorize?response_type=token&client_id=brugwerk-ops&redirect_uri=https%3A%2F%2Fops.brugwerk.example%2Fcallback' -WebSession $s -MaximumRedirection 0 -SkipHttpErrorCheck; $r.Headers.Location", output: [`https://ops.brugwerk.example/callback#access_token=${token}&token_type=bearer&expires_in=14400&scope=orders.read`] } };
    }),
    2,
    plant('webhook', 'powershell-betterstack-heartbeat-url', 'error', WHY.webhook("A Better Stack heartbeat URL (`uptime.betterstack.com/api/v1/heartbeat/<token>`) the admin calls by hand after a manual backup"), ({ rng }) => {
      const token = rng.alnum(24);
      return { value: token, event: { cmd: `Invoke-RestMethod -Method Post -Uri 'https://uptime.betterstack.com/api/v1/heartbeat/${token}'`, output: ['', 'OK', ''] } };
    }),
    2,
  ];
  const log = buildLog(rng, { start: START, site: { host: 'WS-OPS12' }, filler, render, steps });
  const end = START + 47 * 60000 + 31000;
  log.text += [STAR, 'PowerShell transcript end', `End time: ${psTime(end)}`, STAR].map((l) => `${l}\r\n`).join('');
  return log;
}

// ---------------------------------------------------------------------------------------------------------------------
// docker-build.log: `docker buildx build --progress=plain -t brugwerk/planner-web:2026.12.2 .` with Docker 29's BuildKit
// (`#<n> <vertex name>`, its output lines `#<n> <seconds> <text>`, `#<n> DONE <s>`, `CACHED`; an HTTP source is a vertex
// named by its URL; the build checks' warnings at the end), a Laravel image built in two stages. No wall-clock time: every
// value planted here is opaque.
// https://docs.docker.com/build/building/variables/#buildkit_progress, https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/,
// https://docs.docker.com/reference/dockerfile/#add

function buildkitLog(rng) {
  let n = 0;
  const render = (e, rng) => {
    const out = [];
    for (const v of e.vertices) {
      n += 1;
      out.push(`#${n} ${v.name}`);
      let at = rng.int(80, 400) / 1000;
      for (const line of v.out ?? []) {
        at += v.fast ? rng.int(0, 2) / 1000 : rng.int(1, 900) / 1000;
        out.push(line.startsWith('!') ? `#${n} ${line.slice(1)}` : `#${n} ${at.toFixed(3)} ${line}`);
      }
      out.push(v.cached ? `#${n} CACHED` : `#${n} DONE ${v.done ?? (at + rng.int(1, 90) / 100).toFixed(1)}s`, '');
    }
    return out;
  };
  const sha = () => `sha256:${rng.hex(64)}`;
  const [COMPOSER, PHP, LAYER] = [sha(), sha(), sha()];
  const filler = () => ({ vertices: [] });
  const composerLines = Array.from({ length: 14 }, (_, i) => `  - Downloading ${['laravel/framework (v12.40.2)', 'symfony/http-kernel (v7.3.8)', 'guzzlehttp/guzzle (7.10.0)', 'league/flysystem (3.30.2)', 'monolog/monolog (3.9.0)', 'nesbot/carbon (3.10.3)', 'doctrine/dbal (4.3.4)', 'spatie/laravel-permission (6.21.0)', 'brugwerk/planner-core (2.14.0)', 'barryvdh/laravel-dompdf (v3.1.1)', 'maatwebsite/excel (3.1.67)', 'predis/predis (v3.2.0)', 'laravel/sanctum (v4.2.0)', 'sentry/sentry-laravel (4.18.0)'][i]}`);
  const steps = [
    { raw: { vertices: [{ name: '[internal] load build definition from Dockerfile', out: ['!transferring dockerfile: 2.41kB done'], done: '0.0' }, { name: '[internal] load metadata for docker.io/library/composer:2.9', done: '0.9' }, { name: '[internal] load metadata for docker.io/library/php:8.4-fpm-bookworm', done: '1.1' }, { name: '[internal] load .dockerignore', out: ['!transferring context: 231B done'], done: '0.0' }] }, after: 0 },
    { raw: { vertices: [{ name: `[vendor 1/4] FROM docker.io/library/composer:2.9@${COMPOSER}`, out: [`!resolve docker.io/library/composer:2.9@${COMPOSER} 0.0s done`], cached: true }, { name: `[app 1/9] FROM docker.io/library/php:8.4-fpm-bookworm@${PHP}`, out: [`!resolve docker.io/library/php:8.4-fpm-bookworm@${PHP} 0.0s done`, `!${LAYER} 28.23MB / 28.23MB 1.9s done`, `!extracting ${LAYER} 1.2s done`], done: '3.8' }, { name: '[internal] load build context', out: ['!transferring context: 6.12MB 0.4s done'], done: '0.5' }] }, after: 0 },
    plant('encoded', 'buildkit-run-echo-base64-composer-auth-json', 'error', "A build step writes Composer's auth.json from a base64 literal (`echo \"eyJodHRw…\" | base64 -d > auth.json`): base64 of `{\"http-basic\":{\"repo.packagist.com\":{\"username\":\"token\",\"password\":\"<token>\"}}}`; it starts like a JWT and is none, one decoding from Private Packagist's token.", ({ rng }) => {
      const token = rng.hex(64);
      const b64 = b64Of(JSON.stringify({ 'http-basic': { 'repo.packagist.com': { username: 'token', password: token } } }));
      return { value: token, needle: b64, event: { vertices: [{ name: `[vendor 2/4] RUN echo "${b64}" | base64 -d > /tmp/composer/auth.json`, done: '0.2' }] } };
    }, { after: 0 }),
    { raw: { vertices: [{ name: '[vendor 3/4] COPY composer.json composer.lock ./', done: '0.1' }, { name: '[vendor 4/4] RUN composer install --no-dev --no-scripts --prefer-dist --no-interaction --optimize-autoloader', out: ['Installing dependencies from lock file', 'Verifying lock file contents can be installed on current platform.', 'Package operations: 118 installs, 0 updates, 0 removals', ...composerLines, '  - Installing laravel/framework (v12.40.2): Extracting archive', 'Generating optimized autoload files', '87 packages you are using are looking for funding.'] }] }, after: 0 },
    { raw: { vertices: [{ name: '[app 2/9] RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev libzip-dev unzip wget fontconfig', out: ['Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]', 'Get:2 http://deb.debian.org/debian bookworm-updates InRelease [55.4 kB]', 'Get:3 http://deb.debian.org/debian-security bookworm-security InRelease [48.0 kB]', 'Get:4 http://deb.debian.org/debian bookworm/main amd64 Packages [8792 kB]', 'Fetched 9311 kB in 1s (7042 kB/s)', 'Reading package lists...', 'Building dependency tree...', 'The following NEW packages will be installed:', '  fontconfig libpq-dev libpq5 libzip-dev libzip4 unzip wget', '0 upgraded, 7 newly installed, 0 to remove and 0 not upgraded.', 'Setting up wget (1.21.3-1+deb12u1) ...', 'Processing triggers for libc-bin (2.36-9+deb12u13) ...'] }] }, after: 0 },
    plant('negative', 'buildkit-run-unexpanded-arg-reference', 'none', "The step's name shows the RUN line as written: `Authorization: Bearer ${GITHUB_TOKEN}` is an unexpanded ARG reference, no value.", () => ({ value: '${GITHUB_TOKEN}', event: { vertices: [{ name: '[app 3/9] RUN curl -fsSL -H "Authorization: Bearer ${GITHUB_TOKEN}" -o /tmp/pdf.tgz https://api.github.com/repos/brugwerk/pdf-renderer/tarball/v3.2.0 && tar -xzf /tmp/pdf.tgz -C /opt', done: '1.9' }] } }), { after: 0 }),
    plant('api-key-name', 'buildkit-run-wget-download_key', 'error', WHY.apiKey('download_key') + " A monitoring agent fetched in a RUN line with the vendor's key in the URL: the step's name writes the line as written.", ({ rng }) => {
      const key = rng.alnum(24);
      return { value: key, event: { vertices: [{ name: `[app 4/9] RUN wget -q -O /tmp/agent.tgz "https://downloads.monitor-x.example/agent/linux-amd64/latest.tgz?download_key=${key}" && tar -xzf /tmp/agent.tgz -C /opt && rm /tmp/agent.tgz`, done: '2.3' }] } };
    }, { after: 0 }),
    plant('path-secret', 'buildkit-add-box-shared-static-link', 'error', capability("A Box shared link (`app.box.com/shared/static/<32 characters>.tgz`, open to anyone with the link) fetched by `ADD`: BuildKit writes it as the HTTP source's vertex and in the ADD step"), ({ rng }) => {
      const id = lowerNum(rng, 32);
      const url = `https://app.box.com/shared/static/${id}.tgz`;
      return { value: id, event: { vertices: [{ name: url, done: '1.4' }, { name: `[app 5/9] ADD ${url} /usr/share/fonts/brugwerk-huisstijl.tgz`, done: '0.3' }] } };
    }, { after: 0 }),
    { raw: { vertices: [{ name: '[app 6/9] COPY --from=vendor /app/vendor /var/www/html/vendor', done: '0.6' }, { name: '[app 7/9] COPY . /var/www/html', done: '0.4' }] }, after: 0 },
    plant('framework-dump', 'buildkit-run-printenv-database-url-password', 'error', "A debugging step left in the Dockerfile (`RUN printenv | sort`) prints the build environment: `DATABASE_URL=pgsql://planner:<password>@…`.", ({ rng }) => {
      const pw = rng.alnum(26);
      return { value: pw, event: { vertices: [{ name: '[app 8/9] RUN printenv | sort', fast: true, out: ['APP_ENV=production', 'COMPOSER_ALLOW_SUPERUSER=1', `DATABASE_URL=pgsql://planner:${pw}@db-01.brugwerk.internal:5432/planner`, 'HOME=/root', 'HOSTNAME=buildkitsandbox', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'PHPIZE_DEPS=autoconf dpkg-dev file g++ gcc libc-dev make pkg-config re2c', 'PHP_VERSION=8.4.15', 'PWD=/var/www/html'] }] } };
    }, { after: 0 }),
    { raw: { vertices: [{ name: '[app 9/9] RUN php artisan config:cache && php artisan route:cache && php artisan view:cache', out: ['', '   INFO  Configuration cached successfully.', '', '   INFO  Routes cached successfully.', '', '   INFO  Blade templates cached successfully.'] }, { name: 'exporting to image', out: ['!exporting layers 2.1s done', `!writing image ${sha()} done`, '!naming to docker.io/brugwerk/planner-web:2026.12.2 done'], done: '2.2' }] }, after: 0 },
  ];
  const log = buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'ci-runner-2' }, filler, render, steps, header: ['#0 building with "default" instance using docker driver', ''] });
  const warn = ' 1 warning found (use docker --debug to expand):';
  const check = ' - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "GITHUB_TOKEN") (line 14)';
  const line = log.text.split('\n').length + 1;
  log.text += `${warn}\n${check}\n`;
  log.cases.push({ line, category: 'negative', kind: 'buildkit-check-secrets-used-in-arg-names-key', expect: 'none', value: 'SecretsUsedI…', why: 'The build check `SecretsUsedInArgOrEnv` names the ARG (`GITHUB_TOKEN`) that may hold a secret, never its value.' });
  return log;
}

// ---------------------------------------------------------------------------------------------------------------------
// auth.log: `/var/log/auth.log` of an Ubuntu 24.04 server (rsyslog's RFC 3339 time with microseconds and offset,
// `<host> <program>[<pid>]: <message>`): sshd sign-ins with key fingerprints, sudo's command records (`<user> : TTY=… ;
// PWD=… ; USER=… ; COMMAND=<command line, its arguments joined by spaces>`) and its PAM sessions, cron's sessions.
// https://manpages.ubuntu.com/manpages/noble/man5/sudoers.5.html, https://manpages.ubuntu.com/manpages/noble/man5/rsyslog.conf.5.html,
// https://www.backblaze.com/docs/cloud-storage-command-line-tools

function authLog(rng) {
  const HOST = 'app-02';
  const stamp = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 3)}+00:00`;
  let pidN = 210400;
  const render = (e, rng) => {
    const p = (prog, msg, dt = 0) => `${stamp(e.t + dt, rng)} ${HOST} ${prog}: ${msg}`;
    if (e.line) return [p(e.prog, e.line)];
    if (e.cmd) {
      const user = e.user ?? 'svisser';
      const as = e.as ?? 'root';
      const uid = { root: 0, 'www-data': 33, planner: 998 }[as];
      return [p('sudo', `${user.padStart(9)} : TTY=pts/${e.tty ?? 0} ; PWD=${e.pwd ?? `/home/${user}`} ; USER=${as} ; COMMAND=${e.cmd}`), p('sudo', `pam_unix(sudo:session): session opened for user ${as}(uid=${uid}) by ${user}(uid=${1000 + STAFF.indexOf(user)})`, 3), p('sudo', `pam_unix(sudo:session): session closed for user ${as}`, Math.min(e.ms ?? 400, 600))];
    }
    pidN += rng.int(3, 90);
    return [p(`sshd[${pidN}]`, `Accepted publickey for ${e.who} from ${e.ip} port ${e.port} ssh2: ED25519 SHA256:${e.fp ?? rng.b64url(43).replace(/[-_]/g, 'x')}`), p(`sshd[${pidN}]`, `pam_unix(sshd:session): session opened for user ${e.who}(uid=${1000 + Math.max(0, STAFF.indexOf(e.who))}) by ${e.who}(uid=0)`, 8), p('systemd-logind[812]', `New session ${rng.int(100, 900)} of user ${e.who}.`, 12)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ prog: `CRON[${rng.int(300000, 399999)}]`, line: 'pam_unix(cron:session): session opened for user root(uid=0) by root(uid=0)' }),
      () => ({ prog: `CRON[${rng.int(300000, 399999)}]`, line: 'pam_unix(cron:session): session closed for user root' }),
      () => ({ prog: `sshd[${rng.int(200000, 299999)}]`, line: `Invalid user ${rng.pick(['admin', 'oracle', 'ubuntu', 'test', 'git'])} from ${publicIp(rng)} port ${rng.int(30000, 65000)}` }),
      () => ({ prog: `sshd[${rng.int(200000, 299999)}]`, line: `Connection closed by invalid user ${rng.pick(['admin', 'user', 'postgres'])} ${publicIp(rng)} port ${rng.int(30000, 65000)} [preauth]` }),
      () => ({ who: rng.pick(['svisser', 'tdekker']), ip: `10.20.1.${rng.int(40, 99)}`, port: rng.int(40000, 65000) }),
      () => ({ user: rng.pick(['svisser', 'tdekker']), cmd: rng.pick(['/usr/bin/systemctl restart php8.3-fpm', '/usr/bin/journalctl -u planner-queue --since -1h', '/usr/bin/tail -n 200 /var/log/nginx/error.log', '/usr/bin/apt list --upgradable']), ms: rng.int(300, 60000) }),
      () => ({ prog: 'systemd-logind[812]', line: `Session ${rng.int(100, 900)} logged out. Waiting for processes to exit.` }),
    ])();
  const steps = [
    6,
    plant('api-key-name', 'sudo-command-b2-account-authorize-key', 'error', "A Backblaze B2 application key passed as an argument (`b2 account authorize <keyID> <applicationKey>`): sudo writes the command line whole; the key is long-lived.", ({ rng }) => {
      const key = `K005${rng.chars(UPPER + LOWER + DIGITS + '+/', 27)}`;
      return { value: key, event: { user: 'tdekker', cmd: `/usr/local/bin/b2 account authorize 005${rng.hex(22)} ${key}`, pwd: '/root', ms: 2100 } };
    }),
    6,
    plant('negative', 'sshd-accepted-publickey-fingerprint', 'none', "sshd's `Accepted publickey … ssh2: ED25519 SHA256:<43 characters>`: the fingerprint of a public key, no credential.", ({ rng }) => {
      const fp = rng.b64url(43).replace(/[-_]/g, 'q');
      return { value: fp, event: { who: 'svisser', ip: '10.20.1.54', port: rng.int(40000, 65000), fp } };
    }),
    6,
    plant('refresh-token', 'sudo-command-refresh-token-flag', 'error', `${WHY.refresh} A Zoho refresh token (\`1000.<hex>.<hex>\`) handed to the app's console command as \`--refresh-token=\`, which sudo writes with the command.`, ({ rng }) => {
      const token = `1000.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: token, event: { user: 'svisser', as: 'www-data', cmd: `/usr/bin/php /var/www/planner/artisan integrations:zoho:connect --org=brugwerk --refresh-token=${token}`, pwd: '/var/www/planner', ms: 4200 } };
    }),
    6,
    plant('path-secret', 'sudo-command-wget-onedrive-anyone-link', 'error', capability("A OneDrive \"anyone with the link\" share (`1drv.ms/u/c/<id>/<token>`) downloaded with wget under sudo"), ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { user: 'tdekker', cmd: `/usr/bin/wget -O /srv/import/offertes-leverancier.zip https://1drv.ms/u/c/${rng.hex(16)}/${token}?download=1`, pwd: '/srv/import', ms: 9000 } };
    }),
    6,
    plant('negative', 'sudo-incorrect-password-attempts', 'none', "sudo's `3 incorrect password attempts` record names the user and the command, never what was typed.", () => ({ value: '3 incorrect password attempts', event: { prog: 'sudo', line: '  rmeijer : 3 incorrect password attempts ; TTY=pts/2 ; PWD=/home/rmeijer ; USER=root ; COMMAND=/usr/bin/cat /var/www/planner/.env' } })),
    6,
    plant('encoded', 'sudo-command-psql-uri-percent-encoded-password', 'error', "A PostgreSQL URI typed on the command line (`psql postgresql://planner_admin:<password, its @ / : percent-encoded>@…`): one decoding from the password.", ({ rng }) => {
      const raw = `${rng.alnum(6)}@${rng.alnum(5)}/${rng.alnum(4)}:${rng.alnum(5)}`;
      const enc = encodeURIComponent(raw);
      return { value: raw, needle: enc, event: { user: 'svisser', as: 'planner', cmd: `/usr/bin/psql postgresql://planner_admin:${enc}@db-01.brugwerk.internal:5432/planner -c SELECT count(*) FROM users`, pwd: '/home/svisser', ms: 700 } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: HOST }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nightly-sync.log: a Ruby 3.4 cron script's log: Ruby's `Logger` with its default formatter (`I, [<ISO time with µs>
// #<pid>]  INFO -- : <message>`) and, because the script calls `http.set_debug_output(logger)`, Net::HTTP's debug output
// written raw into the same file without a time (`opening connection to …`, `<- "<request as a Ruby string literal>"`,
// `-> "<response line>\r\n"`, `reading <n> bytes...`, `Conn keep-alive`). Values planted on the debug lines are opaque.
// https://docs.ruby-lang.org/en/3.4/Logger.html, https://docs.ruby-lang.org/en/3.4/Net/HTTP.html#method-i-set_debug_output

function rubySyncLog(rng) {
  const rTime = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 3)}`;
  const PID = 48213;
  const L = (t, rng, level, msg) => `${level[0]}, [${rTime(t, rng)} #${PID}] ${level.padStart(5)} -- : ${msg}`;
  const rubyStr = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
  const render = (e, rng) => {
    const out = [];
    if (e.log) out.push(L(e.t, rng, e.level ?? 'INFO', e.log));
    if (!e.http) return out;
    const h = e.http;
    if (h.open) out.push(`opening connection to ${h.host}:443...`, 'opened', `starting SSL for ${h.host}:443...`, 'SSL established, protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384');
    const headers = [['Accept-Encoding', 'gzip;q=1.0,deflate;q=0.6,identity;q=0.3'], ['Accept', h.accept ?? 'application/json'], ['User-Agent', 'Ruby'], ...(h.headers ?? []), ['Host', h.host]];
    out.push(`<- ${rubyStr(`${h.method} ${h.path} HTTP/1.1\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`)}`);
    if (h.body) out.push(`<- ${rubyStr(h.body)}`);
    out.push(`-> ${rubyStr(`HTTP/1.1 ${h.status}\r\n`)}`);
    for (const [k, v] of h.resp ?? [['Content-Type', 'application/json; charset=utf-8']]) out.push(`-> ${rubyStr(`${k}: ${v}\r\n`)}`);
    out.push(`-> ${rubyStr('\r\n')}`);
    if (h.json) out.push(`reading ${h.json.length} bytes...`, `-> ${rubyStr(h.json)}`, `read ${h.json.length} bytes`);
    out.push(h.close ? 'Conn close' : 'Conn keep-alive');
    if (e.after) out.push(L(e.t + e.ms, rng, e.afterLevel ?? 'INFO', e.after));
    return out;
  };
  const API = 'api.leverancier-x.example';
  const PUBLIC = 'catalogus.leverancier-x.example';
  const filler = (rng) =>
    rng.pick([
      () => {
        const list = rng.pick(['staal', 'hout', 'bevestiging', 'isolatie']);
        return { log: `GET /v1/public/prices/${list}`, http: { open: true, close: true, method: 'GET', path: `/v1/public/prices/${list}?valid_on=2026-12-02`, host: PUBLIC, status: '200 OK', resp: [['Content-Type', 'application/json; charset=utf-8'], ['Cache-Control', 'public, max-age=3600'], ['Content-Length', String(rng.int(900, 9000))]] }, after: `Price list ${list}: ${rng.int(100, 4000)} lines, ${rng.int(0, 40)} changed`, ms: rng.int(100, 900) };
      },
      () => ({ log: `Upserted ${rng.int(20, 100)} rows into supplier_orders (${rng.int(0, 9)} changed)` }),
      () => ({ level: 'WARN', log: `Retrying GET /v2/stock after 429 (attempt ${rng.int(1, 3)})` }),
    ])();
  const steps = [
    { raw: { log: 'Starting nightly supplier sync (sync 4.2.0, ruby 3.4.7)' }, after: 0 },
    plant('framework-dump', 'ruby-logger-struct-inspect-password', 'error', "The script logs its SFTP target with `inspect`: Ruby's `#<struct SftpTarget host=…, user=…, password=\"…\", …>` keeps the password, on a line with its time.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { log: `Loaded target #<struct SftpTarget host="sftp.leverancier-x.example", port=22, user="brugwerk", password="${pw}", path="/inbound/orders">` } };
    }, { after: 1 }),
    plant('negative', 'ruby-logger-password-masked', 'none', 'The SFTP client library masks the password it connects with (`password: ******`): no value.', () => ({ value: 'password: ******', event: { log: 'Net::SFTP connecting to brugwerk@sftp.leverancier-x.example:22 (password: ******, keys: [])' } }), { after: 1 }),
    3,
    plant('header-dump', 'ruby-net-http-debug-authorization-token-token', 'error', "Net::HTTP's debug output writes the request as a Ruby string: `Authorization: Token token=\\\"<64 hex>\\\"` (Rails' token scheme) among its headers, on a line without a time.", ({ rng }) => {
      const token = rng.hex(64);
      return { value: token, event: { log: 'GET /v2/orders?page=1', http: { open: true, method: 'GET', path: '/v2/orders?page=1&per_page=100&since=2026-12-01', host: API, headers: [['Authorization', `Token token="${token}"`]], status: '200 OK', resp: [['Content-Type', 'application/json; charset=utf-8'], ['Content-Length', '7812']] }, after: 'Fetched 100 orders', ms: 420 } };
    }),
    3,
    plant('negative', 'ruby-logger-cursor-base64-json', 'none', 'A pagination cursor the supplier returns (`cursor=eyJ…`, base64 of `{"after_id":…}`): a position, no credential.', ({ rng }) => {
      const cursor = b64Of(JSON.stringify({ after_id: rng.int(100000, 999999), ts: 1796200000 + rng.int(0, 90000) })).replace(/=+$/, '');
      return { value: cursor, event: { log: `Next page cursor=${cursor}` } };
    }),
    3,
    plant('refresh-token', 'ruby-net-http-debug-json-body-refresh_token', 'error', `${WHY.refresh} The script refreshes its supplier token: Net::HTTP's debug output writes the JSON body as an escaped Ruby string (\`<- "{\\"grant_type\\":\\"refresh_token\\",\\"refresh_token\\":\\"…\\"}"\`).`, ({ rng }) => {
      const token = rng.b64url(64);
      const body = JSON.stringify({ grant_type: 'refresh_token', refresh_token: token, client_id: 'brugwerk-sync' });
      return { value: token, event: { log: 'Access token expired, refreshing', http: { open: true, method: 'POST', path: '/oauth/token', host: 'auth.leverancier-x.example', headers: [['Content-Type', 'application/json'], ['Content-Length', String(body.length)]], body, status: '200 OK', close: true }, after: 'Token refreshed (expires in 7200 s)', ms: 310 } };
    }),
    3,
    plant('implicit-fragment', 'ruby-net-http-debug-location-fragment', 'error', "The supplier's legacy portal answers the script's sign-in with a redirect: Net::HTTP's debug output writes the `Location` header, `…/done#access_token=<token>&token_type=bearer…`.", ({ rng }) => {
      const token = rng.b64url(48);
      return { value: token, event: { log: 'Signing in to the legacy price portal', http: { open: true, method: 'GET', path: `/sso/authorize?response_type=token&client_id=brugwerk&redirect_uri=https%3A%2F%2Fsync.brugwerk.example%2Fdone&state=${rng.hex(16)}`, host: 'prijzen.leverancier-x.example', accept: 'text/html', status: '302 Found', resp: [['Location', `https://sync.brugwerk.example/done#access_token=${token}&token_type=bearer&expires_in=3600`], ['Content-Length', '0']], close: true }, after: 'Legacy portal sign-in done', ms: 250 } };
    }),
    3,
    plant('path-secret', 'ruby-net-http-debug-sharefile-link', 'error', capability("A ShareFile share link (`<account>.sharefile.com/d-s<32 hex>`) the supplier mails each month, fetched by the script; Net::HTTP's debug output writes its path"), ({ rng }) => {
      const id = `s${rng.hex(32)}`;
      return { value: id, event: { log: 'Downloading price list archive', http: { open: true, method: 'GET', path: `/d-${id}`, host: 'leverancier-x.sharefile.com', accept: '*/*', status: '302 Found', resp: [['Location', 'https://storage-eu-201.sharefile.com/download.ashx?dt=dt' + rng.hex(32)], ['Content-Length', '0']], close: true }, after: 'Following redirect to storage', ms: 180 } };
    }),
    3,
    { raw: { log: 'Nightly supplier sync finished in 412.8 s' }, after: 2 },
  ];
  return buildLog(rng, { start: DAY0 - 4 * HOUR, site: { host: 'sync-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// firefox-http.log-main.24816.moz_log: Firefox 146's HTTP log (`MOZ_LOG=timestamp,sync,nsHttp:3`, about:logging's
// networking preset), every line `<yyyy-MM-dd HH:mm:ss.ffffff> UTC - [Parent <pid>: <thread>]: <L>/nsHttp <message>`: the
// request headers as `http request [` … `]`, one header a line, and the response as `http response [` … `]` with an
// `OriginalHeaders` block that repeats them; channel lines at debug level. A user's browser while signing in and working.
// https://firefox-source-docs.mozilla.org/networking/http/logging.html, https://firefox-source-docs.mozilla.org/xpcom/logging.html

function firefoxLog(rng) {
  const clock = monoMicro(rng);
  const fx = (ms) => `${clock(ms)} UTC - [Parent 24816: `;
  const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:146.0) Gecko/20100101 Firefox/146.0';
  const render = (e, rng) => {
    const P = (dt, thread, lvl, msg) => `${fx(e.t + dt)}${thread}]: ${lvl}/nsHttp ${msg}`;
    if (e.msg) return [P(0, e.thread ?? 'Main Thread', e.lvl ?? 'D', e.msg)];
    const chan = `${rng.hex(12)}`;
    const out = [P(0, 'Main Thread', 'D', `Creating HttpBaseChannel @${chan}`), P(0, 'Main Thread', 'D', `nsHttpChannel::AsyncOpen [this=${chan}]`)];
    const req = [`${e.method} ${target(e)} HTTP/1.1`, `Host: ${e.host}`, `User-Agent: ${UA}`, `Accept: ${e.accept ?? '*/*'}`, 'Accept-Language: nl,en-US;q=0.7,en;q=0.3', 'Accept-Encoding: gzip, deflate, br, zstd', ...(e.headers ?? []).map(([k, v]) => `${k}: ${v}`), ...(e.referer && e.referer !== '-' ? [`Referer: ${e.referer}`] : []), 'Connection: keep-alive', 'Sec-Fetch-Dest: ' + (e.dest ?? 'empty'), 'Sec-Fetch-Mode: ' + (e.dest === 'document' ? 'navigate' : 'cors'), 'Sec-Fetch-Site: same-origin', ...(e.cookie ? [`Cookie: ${e.cookie}`] : [])];
    out.push(P(2, 'Socket Thread', 'I', 'http request ['), ...req.map((l) => P(2, 'Socket Thread', 'I', `  ${l}`)), P(2, 'Socket Thread', 'I', ']'));
    const resp = [`HTTP/2 ${e.status} `, ...(e.resp ?? [['content-type', e.ctype ?? 'text/html; charset=utf-8']]).map(([k, v]) => `${k}: ${v}`), `date: ${httpDate(e.t + e.ms)}`, 'X-Firefox-Spdy: h2'];
    out.push(P(e.ms, 'Socket Thread', 'I', 'http response ['), ...resp.map((l) => P(e.ms, 'Socket Thread', 'I', `  ${l}`)), P(e.ms, 'Socket Thread', 'I', '    OriginalHeaders'), ...resp.slice(1, -1).map((l) => P(e.ms, 'Socket Thread', 'I', `  ${l}`)), P(e.ms, 'Socket Thread', 'I', ']'));
    out.push(P(e.ms + 1, 'Main Thread', 'D', `nsHttpChannel::OnStartRequest [this=${chan} request=${rng.hex(12)} status=0]`));
    return out;
  };
  const httpDate = (ms) => {
    const d = new Date(ms);
    return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso(ms).slice(11, 19)} GMT`;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ host: 'planner.brugwerk.example', path: '/config.json', query: `v=${rng.hex(8)}`, accept: 'application/json', resp: [['content-type', 'application/json'], ['cache-control', 'no-cache']], ctype: 'application/json', ms: rng.int(10, 60) }),
      () => ({ host: 'planner.brugwerk.example', path: `/assets/index-${rng.b64url(8)}.js`, accept: '*/*', dest: 'script', resp: [['content-type', 'text/javascript'], ['cache-control', 'public, max-age=31536000, immutable']], ms: rng.int(5, 40) }),
      () => ({ host: 'www.buienradar.nl', path: '/', accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', dest: 'document', ms: rng.int(60, 400) }),
      () => ({ host: 'nos.nl', path: '/', accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', dest: 'document', ms: rng.int(60, 400) }),
      () => ({ msg: `nsHttpConnectionMgr::OnMsgPruneDeadConnections [ci=.S...${rng.pick(['planner', 'cloud', 'login'])}.brugwerk.example:443]`, thread: 'Socket Thread' }),
      () => ({ msg: `Http2Session::Http2Session ${rng.hex(12)} serial=0x${rng.hex(2)}`, thread: 'Socket Thread', lvl: 'V' }),
    ])();
  const ZITADEL = 'login.brugwerk.example';
  const steps = [
    4,
    plant('oauth-code', 'firefox-response-location-zitadel-code', 'warning', `${WHY.code} ZITADEL's login answers with a redirect to the planner's callback: the response dump writes \`location: …/auth/callback?code=…&state=…\`, and again under \`OriginalHeaders\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { method: 'POST', host: ZITADEL, path: '/ui/login/login/externalsuccess', accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', dest: 'document', status: 302, resp: [['location', `https://planner.brugwerk.example/auth/callback?code=${code}&state=${rng.alnum(32)}`], ['content-length', '0']], ms: rng.int(80, 300) } };
    }),
    2,
    plant('implicit-fragment', 'firefox-response-location-silent-refresh-fragment-jwt', 'error', "A silent token renewal in a hidden iframe (`response_type=token`, `prompt=none`): the response dump writes the `location` with `silent-refresh.html#access_token=<JWT>&…` (and again under `OriginalHeaders`)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 43200, age: 1, alg: 'RS256', kid: digits(rng, 18), claims: { iss: `https://${ZITADEL}`, sub: digits(rng, 18), aud: [digits(rng, 18), digits(rng, 18)], client_id: `${digits(rng, 18)}@planner`, scope: 'profile email' } });
      return { value: token.token, jwt: token.facts, event: { host: ZITADEL, path: '/oauth/v2/authorize', query: `client_id=${digits(rng, 18)}%40planner&redirect_uri=https%3A%2F%2Fplanner.brugwerk.example%2Fsilent-refresh.html&response_type=token&scope=profile%20email&state=${rng.alnum(32)}&prompt=none`, dest: 'iframe', status: 302, resp: [['location', `https://planner.brugwerk.example/silent-refresh.html#access_token=${token.token}&token_type=Bearer&expires_in=43199&state=${rng.alnum(32)}`], ['content-length', '0']], ms: rng.int(40, 200) } };
    }),
    2,
    plant('negative', 'firefox-x-csrf-token-header', 'none', 'A Rails form helper\'s `X-CSRF-Token` header (base64, 88 characters): anti-forgery state bound to the session, no credential.', ({ rng }) => {
      const csrf = rng.bytes(64).toString('base64');
      return { value: csrf, event: { method: 'POST', host: 'uren.brugwerk.example', path: '/timesheets/2026-W49/submit', accept: 'text/vnd.turbo-stream.html, text/html, application/xhtml+xml', headers: [['X-CSRF-Token', csrf], ['Content-Type', 'application/x-www-form-urlencoded;charset=UTF-8']], status: 303, resp: [['location', 'https://uren.brugwerk.example/timesheets'], ['content-length', '0']], ms: rng.int(60, 300) } };
    }),
    2,
    plant('header-dump', 'firefox-request-authorization-bearer-jwt', 'error', "The planner's XHR to its API: the request dump writes `Authorization: Bearer <JWT>` on its own line, with the time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 43200, age: 1900, alg: 'RS256', kid: digits(rng, 18), claims: { iss: `https://${ZITADEL}`, sub: digits(rng, 18), aud: [digits(rng, 18)], client_id: `${digits(rng, 18)}@planner`, scope: 'openid profile email urn:zitadel:iam:org:project:roles' } });
      return { value: token.token, jwt: token.facts, event: { host: 'planner-api.brugwerk.example', path: '/v2/assignments', query: 'week=2026-W49', accept: 'application/json', headers: [['Authorization', `Bearer ${token.token}`], ['Origin', 'https://planner.brugwerk.example']], resp: [['content-type', 'application/json']], ms: rng.int(40, 300) } };
    }),
    2,
    plant('session-id', 'firefox-cookie-nextcloud-instance-session', 'error', WHY.session("Nextcloud's session cookie, named after the instance id (`oc<10 characters>=<26 characters>`), in the request dump's `Cookie` line"), ({ rng }) => {
      const sid = lowerNum(rng, 26);
      return { value: sid, event: { host: 'cloud.brugwerk.example', path: '/apps/files/', query: 'dir=/Projecten/2026-118', accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', dest: 'document', cookie: `oc${lowerNum(rng, 10)}=${sid}; nc_sameSiteCookielax=true; nc_sameSiteCookiestrict=true`, ms: rng.int(100, 500) } };
    }),
    2,
    plant('negative', 'firefox-response-x-amz-cf-id', 'none', "CloudFront's `x-amz-cf-id` response header (a request id, base64-like): an id, no credential.", ({ rng }) => {
      const id = `${rng.b64url(54)}==`;
      return { value: id, event: { host: 'cdn.leverancier-x.example', path: `/catalogus/2027/${rng.pick(['staal', 'hout'])}.pdf`, accept: '*/*', dest: 'document', resp: [['content-type', 'application/pdf'], ['x-cache', 'Hit from cloudfront'], ['x-amz-cf-pop', 'AMS58-P3'], ['x-amz-cf-id', id]], ms: rng.int(30, 200) } };
    }),
    2,
    plant('path-secret', 'firefox-request-synapse-password-reset-submit-token', 'error', WHY.pathSecret("Synapse's password reset e-mail link (`/_synapse/client/password_reset/email/submit_token?token=…&client_secret=…&sid=…`) opened in the browser"), ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { host: 'matrix.brugwerk.example', path: '/_synapse/client/password_reset/email/submit_token', query: `token=${token}&client_secret=${rng.alnum(32)}&sid=${rng.alnum(16)}`, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', dest: 'document', ms: rng.int(40, 200) } };
    }),
    2,
    plant('id-token', 'firefox-request-zitadel-end_session-id_token_hint', 'error', "The planner's sign-out navigates to ZITADEL's `end_session` endpoint with `id_token_hint=<ID token>`, in the request dump's request line", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 43200, age: 5400, alg: 'RS256', kid: digits(rng, 18), claims: { iss: `https://${ZITADEL}`, sub: digits(rng, 18), aud: [digits(rng, 18)], azp: `${digits(rng, 18)}@planner`, auth_time: sec(t) - 5500, amr: ['pwd', 'mfa', 'otp'], sid: `V1_${digits(rng, 18)}`, email: 'k.bos@brugwerk.example' } });
      return { value: token.token, jwt: token.facts, event: { host: ZITADEL, path: '/oidc/v1/end_session', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fplanner.brugwerk.example%2F&state=${rng.alnum(16)}`, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', dest: 'document', status: 302, resp: [['location', 'https://planner.brugwerk.example/'], ['content-length', '0']], ms: rng.int(40, 200) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'planner.brugwerk.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// http2debug.log: a Go 1.25 backend-for-frontend run with `GODEBUG=http2debug=2`, its stderr (the `log` package's
// `2006/01/02 15:04:05` prefix, UTC): the server's `http2: server connection from <addr>`, frame lines (`http2: Framer
// 0x…: read HEADERS flags=… stream=… len=…`), every header field it decodes (`http2: decoded hpack field header field
// ":path" = "…"`) and encodes (`http2: server encoding header "location" = "…"`), and the client side's `http2: Transport
// encoding header …` for the calls it makes.
// https://pkg.go.dev/net/http#hdr-HTTP_2, https://pkg.go.dev/golang.org/x/net/http2/hpack#HeaderField.String,
// https://fusionauth.io/docs/lifecycle/authenticate-users/oauth/endpoints#logout, https://github.com/basecamp/bc3-api/blob/master/sections/chatbots.md

function goHttp2Log(rng) {
  const gTime = (ms) => ymdHms(ms).replace(/-/g, '/');
  const ptr = () => `0xc000${rng.hex(5)}${rng.pick(['0', '8'])}`;
  const render = (e, rng) => {
    const L = (dt, msg) => `${gTime(e.t + dt)} ${msg}`;
    const out = [];
    if (e.msg) return [L(0, e.msg)];
    if (e.client) {
      const c = e.client;
      const fr = ptr();
      out.push(L(0, `http2: Transport creating client conn ${ptr()} to ${c.addr}`));
      for (const [k, v] of [[':authority', c.authority], [':method', c.method], [':path', c.path], [':scheme', 'https'], ...c.headers, ['accept-encoding', 'gzip'], ['user-agent', 'Go-http-client/2.0']]) out.push(L(0, `http2: Transport encoding header ${JSON.stringify(k)} = ${JSON.stringify(v)}`));
      out.push(L(0, `http2: Framer ${fr}: wrote HEADERS flags=${c.body ? 'END_HEADERS' : 'END_STREAM|END_HEADERS'} stream=1 len=${rng.int(60, 400)}`));
      if (c.body) out.push(L(0, `http2: Framer ${fr}: wrote DATA flags=END_STREAM stream=1 len=${c.body.length} data=${JSON.stringify(c.body)}`));
      out.push(L(1, `http2: Framer ${fr}: read HEADERS flags=END_HEADERS stream=1 len=${rng.int(40, 200)}`), L(1, `http2: decoded hpack field header field ":status" = "${c.status}"`), L(1, `http2: Transport received HEADERS flags=END_HEADERS stream=1 len=${rng.int(40, 200)}`));
      return out;
    }
    const fr = e.framer;
    if (e.newConn) {
      out.push(L(0, `http2: server connection from ${e.ip}:${e.port} on ${ptr()}`), L(0, `http2: Framer ${fr}: wrote SETTINGS len=24, settings: MAX_FRAME_SIZE=1048576, MAX_CONCURRENT_STREAMS=250, MAX_HEADER_LIST_SIZE=1048896, INITIAL_WINDOW_SIZE=1048576`), L(0, `http2: server: client ${e.ip}:${e.port} said hello`), L(0, `http2: Framer ${fr}: read SETTINGS len=18, settings: ENABLE_PUSH=0, INITIAL_WINDOW_SIZE=131072, MAX_FRAME_SIZE=16384`));
    }
    out.push(L(0, `http2: Framer ${fr}: read HEADERS flags=END_STREAM|END_HEADERS|PRIORITY stream=${e.stream} len=${rng.int(40, 600)}`));
    for (const [k, v] of [[':method', e.method], [':path', target(e)], [':authority', 'bff.brugwerk.example'], [':scheme', 'https'], ['user-agent', e.ua], ['accept', e.accept ?? 'application/json'], ...(e.headers ?? []), ...(e.ua.startsWith('Mozilla') ? [['accept-language', 'nl,en-US;q=0.7,en;q=0.3'], ['accept-encoding', 'gzip, deflate, br, zstd']] : [['accept-encoding', 'gzip']])]) out.push(L(0, `http2: decoded hpack field header field ${JSON.stringify(k)} = ${JSON.stringify(v)}`));
    if (e.inner) out.push(...render({ ...e.inner, t: e.t }, rng));
    for (const [k, v] of [[':status', String(e.status)], ...(e.resp ?? [['content-type', 'application/json'], ['content-length', String(e.bytes % 900)]]), ['date', httpDate(e.t + e.ms)]]) out.push(L(e.ms, `http2: server encoding header ${JSON.stringify(k)} = ${JSON.stringify(v)}`));
    out.push(L(e.ms, `http2: Framer ${fr}: wrote HEADERS flags=END_HEADERS stream=${e.stream} len=${rng.int(20, 90)}`));
    return out;
  };
  const httpDate = (ms) => {
    const d = new Date(ms);
    return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso(ms).slice(11, 19)} GMT`;
  };
  // Browsers keep one connection and open streams on it; a new connection now and then.
  let conn = { ip: '10.20.0.7', port: 41230, framer: ptr(), stream: 1 };
  const use = (rng, fresh, ip) => {
    if (fresh || rng.int(0, 4) === 0) conn = { ip: ip ?? rng.pick(['10.20.0.7', '10.20.0.8']), port: rng.int(30000, 60999), framer: ptr(), stream: 1 };
    const s = conn.stream;
    conn.stream += 2;
    return { ip: conn.ip, port: conn.port, framer: conn.framer, stream: s, newConn: s === 1 };
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ ...use(rng), path: '/api/me', ua: rng.pick(BROWSERS) }),
      () => ({ ...use(rng), path: '/api/projects', query: `status=${rng.pick(['open', 'gepland'])}`, ua: rng.pick(BROWSERS) }),
      () => ({ ...use(rng), path: '/healthz', ua: 'kube-probe/1.34', accept: '*/*' }),
      () => ({ msg: `bff: ${rng.pick(['session store: pruned', 'jwks: refreshed keys from', 'upstream: planner-api latency p95'])} ${rng.pick(['42 sessions', 'https://auth.brugwerk.example/.well-known/jwks.json', `${rng.int(40, 300)}ms`])}` }),
    ])();
  const FA = 'auth.brugwerk.example';
  const steps = [
    { raw: { msg: 'bff: listening on :8443 (h2, TLS 1.3)' }, after: 0 },
    2,
    plant('header-dump', 'go-http2-decoded-authorization-bearer-jwt', 'error', "A mobile client calls the BFF with `authorization: Bearer <JWT>`; with `http2debug=2` the server writes every decoded header field, this one with its time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 700, jti: true, alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://${FA}`, aud: rng.uuid(), sub: rng.uuid(), applicationId: rng.uuid(), auth_time: sec(t) - 800, authenticationType: 'PASSWORD', email: 'a.jansen@brugwerk.example', roles: ['planner'], scope: 'offline_access', tid: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { ...use(rng, true, '10.20.0.9'), path: '/api/assignments/today', ua: 'BrugwerkPlanner/5.2.0 (Android 16; Pixel 9a)', headers: [['authorization', `Bearer ${token.token}`]] } };
    }),
    2,
    plant('negative', 'go-http2-x-cloud-trace-context', 'none', "A Google load balancer's `x-cloud-trace-context: <32 hex>/<span>;o=1`: a trace id, no credential.", ({ rng }) => {
      const tr = rng.hex(32);
      return { value: tr, event: { ...use(rng), path: '/api/projects/2026-118', ua: BROWSERS[0], headers: [['x-cloud-trace-context', `${tr}/${digits(rng, 19)};o=1`]] } };
    }),
    2,
    plant('id-token', 'go-http2-client-fusionauth-logout-id_token_hint', 'error', "The BFF ends the user's session at FusionAuth from the server side (`/oauth2/logout?client_id=…&id_token_hint=<ID token>`): the Transport's `:path` header line, with its time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1800, alg: 'RS256', kid: rng.hex(8), claims: { aud: rng.uuid(), iss: `https://${FA}`, sub: rng.uuid(), authenticationType: 'PASSWORD', email: 'l.smit@brugwerk.example', email_verified: true, at_hash: rng.b64url(22), c_hash: rng.b64url(22), sid: rng.uuid(), auth_time: sec(t) - 1900, tid: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { ...use(rng), method: 'POST', path: '/auth/logout', ua: BROWSERS[3], headers: [['origin', 'https://planner.brugwerk.example']], status: 303, resp: [['location', 'https://planner.brugwerk.example/'], ['content-length', '0']], inner: { client: { addr: '10.20.0.30:443', authority: FA, method: 'GET', path: `/oauth2/logout?client_id=${rng.uuid()}&id_token_hint=${token.token}`, headers: [], status: 302 } } } };
    }),
    2,
    plant('webhook', 'go-http2-client-basecamp-chatbot-lines', 'error', WHY.webhook("A Basecamp chatbot URL (`3.basecamp.com/<account>/integrations/<chatbot key>/buckets/<project>/chats/<chat>/lines`), where the BFF posts planning changes"), ({ rng }) => {
      const key = rng.alnum(24);
      return { value: key, event: { client: { addr: '3.basecamp.com:443', authority: '3.basecamp.com', method: 'POST', path: `/${digits(rng, 7)}/integrations/${key}/buckets/${digits(rng, 8)}/chats/${digits(rng, 10)}/lines`, headers: [['content-type', 'application/json'], ['content-length', '84']], body: '{"content":"Planning week 50 gewijzigd: 3 monteurs verplaatst naar project 2026-118"}', status: 201 } } };
    }),
    2,
    plant('replay', 'preview_ticket-jwt-jti', 'note', WHY.ticketFirst('A JWT `preview_ticket` with a jti, valid 120 s (the BFF renders one document preview per ticket)'), ({ rng, t }) => {
      firstUse.preview = t;
      const token = jwt(rng, t, { lifetime: 120, age: 4, jti: true, claims: { doc: `tekening-${rng.int(1000, 9999)}`, sub: 'a.jansen@brugwerk.example' } });
      return { value: token.token, jwt: token.facts, event: { ...use(rng, true, '10.20.0.7'), path: '/api/preview', query: `preview_ticket=${token.token}`, ua: BROWSERS[0], accept: 'image/avif,image/webp,*/*', resp: [['content-type', 'image/png'], ['content-length', String(rng.int(40000, 300000))]] } };
    }, { ref: 'preview' }),
    2,
    plant('replay', 'preview_ticket-jwt-jti', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('preview').value, jwt: factsAt(refs.get('preview').value, t), why: `${WHY.replay('preview_ticket', gap('preview', t))} The connection line above the request names the other client (198.51.100.36).` }], event: { ...use(rng, true, '198.51.100.36'), path: '/api/preview', query: `preview_ticket=${refs.get('preview').value}`, ua: TOOLS[0], accept: '*/*', resp: [['content-type', 'image/png'], ['content-length', String(rng.int(40000, 300000))]] } }), { replayOf: 'preview', after: 38 }),
    2,
    plant('implicit-fragment', 'go-http2-server-encoding-location-fragment-jwt', 'error', "The BFF's legacy `/auth/implicit` endpoint finishes an implicit flow for an old kiosk app: the server encodes `location: …/app/#access_token=<JWT>&token_type=Bearer…`, a line with its time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 900, age: 0, alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://${FA}`, aud: rng.uuid(), sub: rng.uuid(), applicationId: rng.uuid(), authenticationType: 'PASSWORD', roles: ['kiosk'], tid: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { ...use(rng), path: '/auth/implicit', query: `state=${rng.alnum(16)}`, ua: 'Mozilla/5.0 (Linux; Android 9; KIOSK-21) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', accept: 'text/html', status: 302, resp: [['location', `https://planner.brugwerk.example/app/#access_token=${token.token}&token_type=Bearer&expires_in=900&state=${rng.alnum(16)}`], ['content-length', '0']] } };
    }),
    2,
    plant('negative', 'go-http2-server-etag', 'none', 'The BFF\'s `etag` response header (a quoted hash of the body): a version tag, no credential.', ({ rng }) => {
      const tag = rng.hex(32);
      return { value: tag, event: { ...use(rng), path: '/api/resources', query: 'week=2026-W50', ua: BROWSERS[1], resp: [['content-type', 'application/json'], ['etag', `"${tag}"`], ['content-length', String(rng.int(400, 900))]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'bff' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout15');
writePart(join(here, 'heldout15'), {
  'http.log': sophosLog(rng),
  'clickhouse-server.log': clickhouseLog(rng),
  'tshark-http.txt': tsharkLog(rng),
  'payara-server.log': payaraLog(rng),
  'home-assistant.log': homeAssistantLog(rng),
  'Plex Media Server.log': plexLog(rng),
  'authentik.log': authentikLog(rng),
  'cloudflared.log': cloudflaredLog(rng),
  'PowerShell_transcript.WS-OPS12.xW3b9q1Z.20261202140012.txt': powershellLog(rng),
  'docker-build.log': buildkitLog(rng),
  'auth.log': authLog(rng),
  'nightly-sync.log': rubySyncLog(rng),
  'firefox-http.log-main.24816.moz_log': firefoxLog(rng),
  'http2debug.log': goHttp2Log(rng),
});
