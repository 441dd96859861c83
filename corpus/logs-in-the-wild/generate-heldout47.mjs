// Writes corpus/logs-in-the-wild/heldout47/: a forty-seventh held-out part, in formats no other part uses (a Cisco Secure
// Web Appliance access log, an Apache Druid broker's file request log, Asterisk's cdr_csv Master.csv, a SimpleSAMLphp
// log file, Redpanda Connect's logfmt log, an Open edX tracking.log, BigBlueButton's bbb-web.log, a 389 Directory Server
// access log, Moodle's cron.php output, a Couchbase Sync Gateway sg_info.log, CKAN's ckan.log, an Apache Pulsar broker
// log with in-broker functions and connectors, a Janssen Auth Server jans-auth.log at DEBUG, a Jasmin SMS gateway
// http-api.log at DEBUG), with credentials planted in the places issue #14 lists and look-alikes that are no credential,
// and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout47.mjs     rewrites heldout47/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Tidewater Broadband, a Norfolk (Virginia) fibre and voice provider (English, five logs: its web
// proxy, usage analytics, phone system, single sign-on and telemetry pipeline); Daanish Ghar (دانش گھر, "house of
// knowledge"), a Lahore online school and exam-preparation platform (Urdu messages in Urdu script where the app shows
// them, routes, parameter, attribute and key names transliterated to Latin letters, English code names, five logs);
// Sulabha Seva (సులభ సేవ, "easy service"), a Hyderabad operator of citizen e-services counters and an open data portal
// (Telugu messages in Telugu script where the app shows them, routes and names transliterated, English code names, four
// logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 5, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Norfolk in October (EDT, UTC-4), Lahore (PKT, UTC+5), Hyderabad (IST, UTC+5:30). */
const EDT = -240;
const PKT = 300;
const IST = 330;
/** `+05:30`-style offset text, with or without the colon. */
const zone = (offset, colon = true) => {
  const o = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(o / 60))}${colon ? ':' : ''}${pad(o % 60)}`;
};
/** ISO 8601 with milliseconds and the offset (`2027-10-05T19:22:11.123+05:00`). */
const isoAt = (ms, offset, colon = true) => `${local(ms, offset).slice(0, 23)}${zone(offset, colon)}`;
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const epoch = (ms) => Math.floor(ms / 1000);
/** Ordinary traffic between planted lines: each count of filler events doubled, plus one. */
const more = (steps) => steps.map((s) => (typeof s === 'number' ? s * 2 + 1 : s));

// =====================================================================================================================
// Tidewater Broadband (English; Norfolk: EDT, UTC-4)
// =====================================================================================================================

const TW = 'tidewaterbb.example';

// ---------------------------------------------------------------------------------------------------------------------
// aclog.@20271005T080011.s: the access log of a Cisco Secure Web Appliance (AsyncOS 15) in front of the offices, Squid
// style: `<epoch>.<ms> <elapsed> <client> <result>/<status> <bytes> <method> <url> "<user>" <hierarchy>/<server> <mime>
// <ACL decision tag>-<policy groups> <<scanning verdicts>> -`; HTTPS decrypted, so full URLs; NTLM's 407 before the
// authenticated retry.
// https://www.cisco.com/c/en/us/support/docs/security/secure-web-appliance/225832-understand-secure-web-appliance.html
// (read through search: the sample line and its sections); the verdict block's fields after the sample, from memory.

function wsaLog(rng) {
  const verdict = (cat) => `<"${cat}",${(rng.int(-20, 90) / 10).toFixed(1)},0,"-",0,0,0,1,"-",-,-,-,"-",1,-,"-","-",-,-,"${cat}",-,"-","-","Unknown","Unknown","-","-",${(rng.int(100, 90000) / 100).toFixed(2)},0,-,"-","-",-,"-",-,-,"-","-",-,-,"-",-,->`;
  const users = ['kmoore', 'dpatel', 'jrivera', 'lnguyen', 'mbrooks', 'tcarter'];
  const render = (e) =>
    e.w.map(({ dt = 0, client = e.cip ?? `10.40.${(e.t % 7) + 1}.${(e.t % 199) + 20}`, user = e.user, res = 'TCP_MISS', status = 200, method = 'GET', url, mime = 'text/html', tag = 'DECRYPT_WEBCAT_7-DefaultGroup-Staff-NONE-NONE-NONE-DefaultGroup-NONE', cat = 'C_Busi' }) =>
      `${epoch(e.t + dt)}.${msPart(e.t + dt)} ${rng.int(12, 4000)} ${client} ${res}/${status} ${rng.int(300, 90000)} ${method} ${url} "TIDEWATER\\${user}@tw-ntlm" DIRECT/${new URL(url).hostname} ${mime} ${tag} ${verdict(cat)} -`);
  const site = (rng) => rng.pick([`https://outlook.office365.com/mail/`, `https://tidewater.atlassian.example/browse/NET-${rng.int(100, 9999)}`, `https://www.google.com/search?q=${rng.pick(['gpon+olt+alarm', 'sip+503+trunk', 'ont+los+red'])}`, `https://status.${TW}/`, `https://cdn.jsdelivr.net/npm/chart.js@4.4.${rng.int(0, 9)}/dist/chart.umd.min.js`]);
  const filler = (rng) => { const url = site(rng); return { user: rng.pick(users), cip: lan(rng), w: [{ url, mime: url.endsWith('.js') ? 'application/javascript' : 'text/html', cat: rng.pick(['C_Busi', 'C_Comp', 'C_Srch']) }] }; };
  const steps = [
    3,
    plant('negative', 'wsa-asset-cache-buster', 'none', 'A cache buster on a script (`?v=<20 hex>`): names a build, opens nothing.', ({ rng }) => {
      const v = rng.hex(20);
      return { value: v, event: { user: 'jrivera', w: [{ url: `https://noc.${TW}/static/js/app.min.js?v=${v}`, mime: 'application/javascript', cat: 'C_Comp' }] } };
    }),
    3,
    plant('oauth-code', 'wsa-ntlm-407-then-200-callback-code', 'warning', `${WHY.code} The CRM's sign-in callback passes through the decrypting proxy, which writes its full URL on the NTLM challenge (407) and again on the authenticated retry.`, ({ rng }) => {
      const code = rng.b64url(40);
      const url = `https://crm.saleslane.example/auth/callback?code=${code}&state=${rng.hex(24)}`;
      return { value: code, event: { user: 'kmoore', w: [{ res: 'TCP_DENIED', status: 407, url, tag: 'OTHER-NONE-NONE-NONE-NONE-NONE-NONE-NONE' }, { dt: 41, url }] } };
    }),
    4,
    plant('embed-jwt', 'wsa-embed-dashboard-jwt-1h', 'error', "The network operations wallboard loads a BI dashboard through its `/embed/dashboard/<JWT>` URL; the proxy writes it with its epoch time (UTC)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1500), claims: { resource: { dashboard: 14 }, params: { region: 'hampton-roads' } } });
      return { value: token, jwt: facts, event: { user: 'mbrooks', w: [{ url: `https://bi.${TW}/embed/dashboard/${token}`, cat: 'C_Busi' }] } };
    }),
    4,
    plant('api-key-name', 'wsa-address-validation-licensekey', 'error', `${WHY.apiKey('licensekey')} The order desk's address check calls the validation vendor from the browser with the key in the query; the decrypting proxy writes the full URL.`, ({ rng }) => {
      const key = `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`.toUpperCase();
      return { value: key, event: { user: 'dpatel', w: [{ url: `https://av.addrcheck.example/v2/verify?street=${rng.int(100, 9999)}+Granby+St&zip=23517&licensekey=${key}`, mime: 'application/json' }] } };
    }),
    4,
    plant('session-id', 'wsa-otrs-agent-interface-session-in-url', 'error', WHY.session("OTRS/Znuny's agent session in the URL (`;OTRSAgentInterface=<id>`), which the ticket system writes into links when the browser refuses its cookie"), ({ rng }) => {
      const sid = rng.alnum(32);
      return { value: sid, event: { user: 'tcarter', w: [{ url: `https://helpdesk.${TW}/otrs/index.pl?Action=AgentTicketZoom;TicketID=${rng.int(10000, 99999)};OTRSAgentInterface=${sid}` }] } };
    }),
    3,
    plant('replay', 'wsa-speedtest-results-ticket-once', 'note', WHY.ticketFirst('A single-use `ticket` of the field speed-test portal, opened by a technician\'s laptop through the proxy'), ({ rng, t }) => {
      const tk = rng.b64url(28);
      firstUse.speed = t;
      return { value: tk, event: { user: 'lnguyen', cip: '10.40.3.61', w: [{ url: `https://speedtest-portal.${TW}/ws/results?ticket=${tk}&ont=ALCL${rng.hex(8).toUpperCase()}`, mime: 'application/json' }] } };
    }, { ref: 'speed' }),
    2,
    plant('replay', 'wsa-speedtest-results-ticket-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('speed').value, why: `${WHY.replay('ticket', gap('speed', t))} Another workstation and user fetched the same results URL and the portal answered 200 again.` }], event: { user: 'jrivera', cip: '10.40.7.23', w: [{ url: `https://speedtest-portal.${TW}/ws/results?ticket=${refs.get('speed').value}&ont=ALCL0000`, mime: 'application/json' }] } }), { replayOf: 'speed', after: 97 }),
    3,
    plant('path-secret', 'wsa-choose-password-link', 'error', WHY.pathSecret("A new hire opens the HR platform's set-password link (`/pw/choose/<token>`) through the proxy"), ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { user: 'dpatel', w: [{ url: `https://hr.paycorner.example/pw/choose/${tok}` }] } };
    }),
    3,
    plant('negative', 'wsa-trace-id-query', 'none', 'A `trace_id` (32 hex) the monitoring console adds to its API calls: an identifier, no credential.', ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { user: 'mbrooks', w: [{ url: `https://noc.${TW}/api/v1/alarms?severity=major&trace_id=${id}`, mime: 'application/json' }] } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 12 * HOUR, site: { host: 'wsa' }, filler, render, header: ['#Version: 15.2.1-011', '#Fields: %t %e %a %w/%h %s %2r %A %H/%d %c %D %Xr -'] });
}

// ---------------------------------------------------------------------------------------------------------------------
// 2027-10-05.log: an Apache Druid 30 broker's file request logger (`druid.request.logging.type=file`, UTC): native
// queries as `<time>\t<remote addr>\t<native query JSON>\t<query stats JSON>`, SQL as
// `<time>\t<remote addr>\t\t<sqlQuery stats JSON>\t{"query":…,"context":…}` (the native query field empty).
// https://druid.apache.org/docs/latest/operations/request-logging (read through search: the logger types) and the SQL
// line in Druid's configuration docs (read through search: a review of PR #12363); the MSQ `EXTERN` input source with
// `httpAuthenticationPassword` from memory.

function druidLog(rng) {
  const render = (e) => e.d.map((x) => (x.sql !== undefined
    ? `${iso(e.t)}\t${e.src}\t\t${JSON.stringify({ 'sqlQuery/time': rng.int(4, 4000), 'sqlQuery/planningTimeMs': rng.int(1, 40), 'sqlQuery/bytes': rng.int(100, 90000), success: true, identity: e.who })}\t${JSON.stringify({ query: x.sql, context: { sqlQueryId: x.id ?? rng.uuid(), nativeQueryIds: `[${rng.uuid()}]`, ...x.ctx } })}`
    : `${iso(e.t)}\t${e.src}\t${JSON.stringify(x.native)}\t${JSON.stringify({ 'query/time': rng.int(3, 900), 'query/bytes': rng.int(100, 90000), success: true, identity: e.who })}`));
  const filler = (rng) => rng.pick([
    () => ({ src: '10.60.2.14', who: 'grafana', d: [{ sql: `SELECT TIME_FLOOR(__time, 'PT5M') AS t, region, SUM(rx_bytes) FROM ont_usage WHERE __time >= CURRENT_TIMESTAMP - INTERVAL '6' HOUR GROUP BY 1, 2`, ctx: { timeout: 60000 } }] }),
    () => ({ src: '10.60.2.14', who: 'grafana', d: [{ sql: `SELECT olt_id, COUNT(*) AS alarms FROM olt_alarms WHERE severity = 'major' AND __time >= CURRENT_TIMESTAMP - INTERVAL '1' DAY GROUP BY 1 ORDER BY 2 DESC LIMIT ${rng.int(5, 20)}` }] }),
    () => ({ src: '10.60.3.9', who: 'superset', d: [{ native: { queryType: 'timeseries', dataSource: 'sip_calls', intervals: [`2027-10-0${rng.int(1, 4)}T00:00:00.000Z/2027-10-05T00:00:00.000Z`], granularity: 'hour', aggregations: [{ type: 'longSum', name: 'calls', fieldName: 'count' }], context: { queryId: rng.uuid() } } }] }),
  ])();
  const steps = [
    3,
    plant('negative', 'druid-sql-query-id', 'none', "Druid's `sqlQueryId` (a UUID) in the SQL line's context: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { src: '10.60.2.14', who: 'grafana', d: [{ id, sql: `SELECT COUNT(DISTINCT subscriber_id) FROM ont_usage WHERE __time >= CURRENT_TIMESTAMP - INTERVAL '1' HOUR` }] } };
    }),
    3,
    plant('api-key-name', 'druid-sql-literal-partner-api-key', 'error', `${WHY.apiKey('partner_api_key')} An analyst looks up a wholesale partner's usage by the key itself; the request logger writes the SQL with the literal.`, ({ rng }) => {
      const key = `twp_${rng.alnum(36)}`;
      return { value: key, event: { src: '10.60.4.31', who: 'analyst-rking', d: [{ sql: `SELECT partner_name, SUM(api_calls) FROM partner_usage WHERE partner_api_key = '${key}' AND __time >= TIMESTAMP '2027-09-01 00:00:00' GROUP BY 1` }] } };
    }),
    3,
    plant('session-id', 'druid-sql-literal-portal-session-token', 'error', WHY.session("A support engineer filters the portal's click stream by a customer's session cookie value (`portal_session_token = '…'`); the SQL is logged with it"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { src: '10.60.4.31', who: 'support-aweber', d: [{ sql: `SELECT __time, page, status FROM portal_clicks WHERE portal_session_token = '${tok}' ORDER BY __time DESC LIMIT 200` }] } };
    }),
    3,
    plant('framework-dump', 'druid-msq-extern-http-password', 'error', "An ingestion query reads the vendor's CSV with MSQ's `EXTERN` HTTP input source and passes the password inline (`\"httpAuthenticationPassword\":{\"type\":\"default\",\"password\":\"…\"}`); the request logger writes the whole statement.", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { src: '10.60.3.9', who: 'ingest', d: [{ sql: `INSERT INTO olt_inventory SELECT TIME_PARSE(ts) AS __time, * FROM TABLE(EXTERN('{"type":"http","uris":["https://portal.oltvendor.example/export/inventory.csv"],"httpAuthenticationUsername":"tidewater","httpAuthenticationPassword":{"type":"default","password":"${pw}"}}', '{"type":"csv","findColumnsFromHeader":true}')) EXTEND (ts VARCHAR, olt_id VARCHAR, port VARCHAR) PARTITIONED BY DAY`, ctx: { maxNumTasks: 3 } }] } };
    }),
    3,
    plant('path-secret', 'druid-msq-extern-public-link', 'error', WHY.pathSecret('The ONT inventory is read from a file-sharing link (`/public-links/<token>/…`) in an `EXTERN` input source'), ({ rng }) => {
      const tok = rng.b64url(34);
      return { value: tok, event: { src: '10.60.3.9', who: 'ingest', d: [{ sql: `REPLACE INTO ont_inventory OVERWRITE ALL SELECT * FROM TABLE(EXTERN('{"type":"http","uris":["https://files.${TW}/public-links/${tok}/ont-inventory.csv"]}', '{"type":"csv","findColumnsFromHeader":true}')) EXTEND (serial VARCHAR, model VARCHAR) PARTITIONED BY ALL`, ctx: { maxNumTasks: 2 } }] } };
    }),
    3,
    plant('negative', 'druid-native-filter-ont-serial', 'none', "An ONT's serial number (`ALCL` and 8 hex digits) in a native query's selector filter: an equipment identifier, no credential.", ({ rng }) => {
      const serial = `ALCL${rng.hex(8).toUpperCase()}`;
      return { value: serial, event: { src: '10.60.3.9', who: 'superset', d: [{ native: { queryType: 'scan', dataSource: 'ont_events', intervals: ['2027-10-04T00:00:00.000Z/2027-10-05T00:00:00.000Z'], filter: { type: 'selector', dimension: 'ont_serial', value: serial }, limit: 500, context: { queryId: rng.uuid() } } }] } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 13 * HOUR, site: { host: 'druid' }, filler, render });
}

// ---------------------------------------------------------------------------------------------------------------------
// Master.csv: /var/log/asterisk/cdr-csv/Master.csv of the support line's Asterisk 20 with cdr_csv's `loguniqueid` and
// `loguserfield` (local time, EDT, no zone): `"accountcode","src","dst","dcontext","clid","channel","dstchannel",
// "lastapp","lastdata","start","answer","end",duration,billsec,"disposition","amaflags","uniqueid","userfield"`, quotes
// inside a field doubled.
// https://git.asterisk.org/…/doc/README.cdr and the field list a vendor's page repeats (read through search); the
// quoting from memory.

function asteriskCdr(rng) {
  const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
  const at = (ms) => ymdHmsAt(ms, EDT);
  const row = (e, c) => {
    const dur = c.dur ?? rng.int(20, 900);
    const bill = c.disp === 'NO ANSWER' ? 0 : Math.max(0, dur - rng.int(3, 15));
    const start = e.t - dur * 1000;
    return [q(c.acct ?? 'residential'), q(c.src), q(c.dst ?? 's'), q(c.ctx ?? 'support-ivr'), q(`"${c.name ?? 'WIRELESS CALLER'}" <${c.src}>`), q(c.chan ?? `PJSIP/tw-trunk-${rng.hex(8)}`), q(c.dchan ?? ''), q(c.app), q(c.data), q(at(start)), q(bill ? at(start + (dur - bill) * 1000) : ''), q(at(e.t)), dur, bill, q(c.disp ?? 'ANSWERED'), q('DOCUMENTATION'), q(c.uid ?? `${epoch(start)}.${rng.int(100, 9999)}`), q(c.uf ?? '')].join(',');
  };
  const render = (e) => e.c.map((c) => row(e, c));
  const caller = (rng) => `757${digits(rng, 7)}`;
  const filler = (rng) => ({ c: [rng.pick([
    () => ({ src: caller(rng), dst: '2100', app: 'Dial', data: `PJSIP/agent-${rng.int(201, 240)},30,tT`, dchan: `PJSIP/agent-${rng.int(201, 240)}-${rng.hex(8)}` }),
    () => ({ src: caller(rng), app: 'Queue', data: `support,tT,,,600`, dchan: `Local/${rng.int(201, 240)}@agents-${rng.hex(8)};1` }),
    () => ({ src: caller(rng), app: 'Playback', data: 'tw/outage-hampton-roads', disp: 'ANSWERED', dur: rng.int(20, 60) }),
    () => ({ src: caller(rng), dst: '2100', app: 'Dial', data: `PJSIP/agent-${rng.int(201, 240)},30,tT`, disp: 'NO ANSWER' }),
  ])()] });
  const steps = [
    3,
    plant('negative', 'cdr-mixmonitor-recording-name', 'none', 'A call recording\'s file name with a random hex part (`MixMonitor(…/out-<number>-<16 hex>.wav,b)`): names a file, opens nothing.', ({ rng }) => {
      const h = rng.hex(16);
      return { value: h, event: { c: [{ src: caller(rng), dst: '2200', app: 'MixMonitor', data: `2027/10/05/out-${caller(rng)}-${h}.wav,b`, ctx: 'sales' }] } };
    }),
    3,
    plant('api-key-name', 'cdr-lastdata-agi-url-agikey', 'error', `${WHY.apiKey('agikey')} The outage lookup's FastAGI URL carries the key of the AGI service; the call ended in AGI, so \`lastdata\` keeps the URL, and the transferred call's second CDR row keeps it again.`, ({ rng }) => {
      const key = rng.alnum(32);
      const src = caller(rng);
      const uid = `${epoch(DAY0) + 50000}.${rng.int(100, 9999)}`;
      const data = `agi://ivr-agi.${TW}:4573/outage_lookup?acct=${digits(rng, 9)}&agikey=${key}`;
      return { value: key, event: { c: [{ src, app: 'AGI', data, uid }, { src, app: 'AGI', data, uid: `${uid.split('.')[0]}.${rng.int(100, 9999)}`, dst: '2100', dchan: `PJSIP/agent-${rng.int(201, 240)}-${rng.hex(8)}` }] } };
    }),
    3,
    plant('webhook', 'cdr-lastdata-system-rocketchat-hook', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) the after-hours line posts to through `System()`; the CDR's `lastdata` keeps the command line (the token is the secret part)"), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { c: [{ src: caller(rng), ctx: 'after-hours', app: 'System', data: `/usr/local/bin/notify-noc.sh 'https://chat.${TW}/hooks/${rng.alnum(17)}/${tok}' 'after-hours outage call'` }] } };
    }),
    3,
    plant('replay', 'cdr-userfield-tech-ticket-once', 'note', WHY.ticketFirst('A single-use `tech_ticket` a field technician keys in to reach the tier-2 desk, kept in the CDR\'s `userfield`'), ({ rng, t }) => {
      const tk = rng.alnum(20);
      firstUse.tech = t;
      return { value: tk, event: { c: [{ src: '7575550148', name: 'TW FIELD 14', ctx: 'tech-line', dst: '2900', app: 'Dial', data: 'PJSIP/tier2-desk,45,tT', dchan: `PJSIP/tier2-desk-${rng.hex(8)}`, dur: 95, uf: `tech_ticket=${tk}` }] } };
    }, { ref: 'tech' }),
    2,
    plant('replay', 'cdr-userfield-tech-ticket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('tech').value, why: `${WHY.replay('tech_ticket', gap('tech', t))} Another caller (not a field phone) keyed in the same code and was put through to the tier-2 desk (ANSWERED).` }], event: { c: [{ src: caller(rng), ctx: 'tech-line', dst: '2900', app: 'Dial', data: 'PJSIP/tier2-desk,45,tT', dchan: `PJSIP/tier2-desk-${rng.hex(8)}`, dur: 70, uf: `tech_ticket=${refs.get('tech').value}` }] } }), { replayOf: 'tech', after: 141 }),
    3,
    plant('encoded', 'cdr-userfield-json-doubled-quotes', 'error', "The IVR stores the portal token it looked up as JSON in `userfield`; cdr_csv doubles the quotes (`{\"\"acct\"\":…,\"\"portal_token\"\":\"\"<token>\"\"}`).", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { c: [{ src: caller(rng), dst: '2100', app: 'Dial', data: `PJSIP/agent-${rng.int(201, 240)},30,tT`, dchan: `PJSIP/agent-${rng.int(201, 240)}-${rng.hex(8)}`, uf: JSON.stringify({ acct: digits(rng, 9), portal_token: tok }) }] } };
    }),
    3,
    plant('header-dump', 'cdr-lastdata-curlopt-authorization-bearer', 'error', "The dialplan sets the billing API's header before `CURL()` (`Set(CURLOPT(httpheader)=Authorization: Bearer <token>)`); the call hung up right after, so `lastdata` keeps the header.", ({ rng }) => {
      const tok = `twb_${rng.alnum(40)}`;
      return { value: tok, event: { c: [{ src: caller(rng), app: 'Set', data: `CURLOPT(httpheader)=Authorization: Bearer ${tok}`, dur: rng.int(8, 20) }] } };
    }),
    3,
    plant('path-secret', 'cdr-lastdata-sendtext-vm-pin-reset', 'error', WHY.pathSecret("The voicemail PIN reset link (`/vm/pin-reset/<token>`) the system sends to the caller's desk phone with `SendText()`"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { c: [{ src: '2214', name: 'D PATEL', ctx: 'internal', app: 'SendText', data: `Your voicemail PIN reset link: https://myaccount.${TW}/vm/pin-reset/${tok}`, dur: 4 }] } };
    }),
    3,
    plant('negative', 'cdr-userfield-trace-uuid', 'none', "A trace id (UUID) the IVR writes into `userfield`: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { c: [{ src: caller(rng), app: 'Playback', data: 'tw/goodbye', uf: `trace=${id}` }] } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 14 * HOUR, site: { host: 'pbx' }, filler, render });
}

// ---------------------------------------------------------------------------------------------------------------------
// simplesamlphp.log: SimpleSAMLphp 2.3 with the `file` logging handler (local time, EDT, no year or zone): `%date{M j
// H:i:s} %process %level %stat[%trackid] %msg`, an SP with the authoauth2 module in front of the staff apps, a custom
// authproc filter and a custom login source debugging its POST with print_r.
// https://github.com/advisories/GHSA-6gc6-m364-85ww (read through search: the file handler appends one line a message,
// the report id) ; the line format and the module messages from memory.

function simpleSamlLog(rng) {
  const stamp = (t) => { const d = new Date(t + EDT * MIN); return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${iso(d.getTime()).slice(11, 19)}`; };
  const render = (e) => e.s.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} simplesamlphp ${x[0]} [${e.track}] ${x[1]}`));
  const filler = (rng) => ({ track: rng.hex(10), s: [rng.pick([
    ['INFO', `Saved state: '_${rng.hex(42)}'`],
    ['DEBUG', `Loading state: '_${rng.hex(42)}'`],
    ['NOTICE', `Successful authentication ${rng.pick(['kmoore', 'dpatel', 'jrivera', 'tcarter'])}@${TW} via authoauth2 (authsource: entra)`],
    ['INFO', `Sending SAML 2.0 Response to 'https://${rng.pick(['wiki', 'noc', 'helpdesk'])}.${TW}/saml/metadata'`],
  ])] });
  const steps = [
    3,
    plant('negative', 'ssp-saml-response-id', 'none', "A SAML message id (`_` and 42 hex digits) in `Received SAML2 Response`: an identifier, no credential.", ({ rng }) => {
      const id = `_${rng.hex(42)}`;
      return { value: id, event: { track: rng.hex(10), s: [['INFO', `Received SAML2 Response (ID '${id}') from 'https://sts.windows.net/${rng.uuid()}/'`]] } };
    }),
    3,
    plant('negative', 'ssp-saved-state-id', 'none', "A saved state's id (`_` and 42 hex digits, with the return URL): SimpleSAMLphp's handle for a login in progress, stored server side; no credential.", ({ rng }) => {
      const id = `_${rng.hex(42)}`;
      return { value: id, event: { track: rng.hex(10), s: [['DEBUG', `Loading state: '${id}:https://sso.${TW}/simplesaml/saml2/idp/SSOService.php?spentityid=https%3A%2F%2Fwiki.${TW}%2Fsaml%2Fmetadata'`]] } };
    }),
    3,
    plant('oauth-code', 'ssp-authoauth2-debug-linkback-url', 'warning', `${WHY.code} The authoauth2 module logs the linkback URL it received at DEBUG, code and state included.`, ({ rng }) => {
      const code = `1.AVEA${rng.b64url(120)}`;
      return { value: code, event: { track: rng.hex(10), s: [['DEBUG', `authoauth2: linkback received https://sso.${TW}/simplesaml/module.php/authoauth2/linkback?code=${code}&state=authoauth2%7C_${rng.hex(42)}&session_state=${rng.uuid()}`]] } };
    }),
    3,
    plant('refresh-token', 'ssp-authoauth2-debug-token-response', 'error', `${WHY.refresh} A patched authoauth2 debug line prints the token endpoint's answer with the access token shortened but the refresh token whole.`, ({ rng }) => {
      const rt = `1.AVEA${rng.b64url(140)}`;
      return { value: rt, event: { track: rng.hex(10), s: [['DEBUG', `authoauth2: token response {"token_type":"Bearer","scope":"openid profile email offline_access","expires_in":4163,"access_token":"[len 1581]","refresh_token":"${rt}"}`]] } };
    }),
    3,
    plant('framework-dump', 'ssp-legacy-login-print-r-post', 'error', "A custom login source for the legacy billing accounts logs `print_r($_POST, true)` at DEBUG: PHP's array dump puts `[password] => <password>` on a line of its own.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { track: rng.hex(10), s: [['DEBUG', 'twbauth:LegacyLogin POST: Array'], '(', '    [username] => billing-ops', `    [password] => ${pw}`, `    [AuthState] => _${rng.hex(42)}:https://sso.${TW}/simplesaml/saml2/idp/SSOService.php?spentityid=billing`, ')', ''] } };
    }),
    3,
    plant('session-id', 'ssp-custom-filter-cookie-header', 'error', WHY.session("SimpleSAMLphp's own session cookie (`SimpleSAMLSessionID=<32 hex>`) in a custom filter's debug line of the request's Cookie header"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { track: rng.hex(10), s: [['DEBUG', `twbauth:HrAttributes: incoming Cookie: SimpleSAMLSessionID=${sid}; _ga=GA1.2.${digits(rng, 9)}.${digits(rng, 10)}`]] } };
    }),
    3,
    plant('api-key-name', 'ssp-authproc-hr-api-subscription-token', 'error', `${WHY.apiKey('subscription_token')} The authproc filter that adds the HR department attribute calls the HR API with the key in the query; its warning writes the URL.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { track: rng.hex(10), s: [['WARNING', `twbauth:HrAttributes: https://hr-api.${TW}/v2/people?upn=jrivera%40${TW}&subscription_token=${key} returned 502, continuing without department`]] } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 11 * HOUR, site: { host: 'sso' }, filler, render });
}

// ---------------------------------------------------------------------------------------------------------------------
// redpanda-connect.log: Redpanda Connect 4.38 streaming ONT telemetry and alerts, `logger: { format: logfmt,
// add_timestamp: true }` (UTC): `time="<RFC 3339>Z" level=<l> msg="…" @service=redpanda-connect label=<label>
// path=<component path>`, `log` processors printing messages and metadata, the http_client output's failures.
// From memory (not fetched): https://docs.redpanda.com/redpanda-connect/components/logger/about/.

function redpandaConnectLog(rng) {
  const esc = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const render = (e) => e.r.map(([lvl, msg, label, path, extra = '']) => `time="${iso(e.t).slice(0, 19)}Z" level=${lvl} msg="${esc(msg)}" @service=redpanda-connect label=${label} path=${path}${extra}`);
  const filler = (rng) => ({ r: [rng.pick([
    ['debug', `Processed ${rng.int(100, 5000)} messages`, 'enrich', 'root.pipeline.processors.1'],
    ['debug', `Committed offsets for topic ont-telemetry partition ${rng.int(0, 11)} offset ${rng.int(100000, 999999)}`, 'ont_telemetry', 'root.input'],
    ['warn', `Rate limit reached, backing off for ${rng.int(1, 9)}s`, 'olt_poll', 'root.input.broker.inputs.1'],
    ['info', `ONT ${rng.pick(['ALCL', 'HWTC', 'ZTEG'])}${rng.hex(8).toUpperCase()} state changed to ${rng.pick(['online', 'offline', 'dying-gasp'])}`, 'ont_state', 'root.pipeline.processors.2'],
    ['debug', `Waiting for pending acks to resolve before shutting down`, 'olt_poll', 'root.input.broker.inputs.1'],
  ])] });
  const steps = [
    3,
    plant('negative', 'rpcn-batch-ulid', 'none', "A batch id (a ULID, Crockford base32) the pipeline logs when it flushes: an identifier, no credential.", ({ rng }) => {
      const id = `01J${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`;
      return { value: id, event: { r: [['info', `batch flushed batch_id=${id} count=${rng.int(100, 900)}`, 'to_druid', 'root.output.broker.outputs.0']] } };
    }),
    3,
    plant('webhook', 'rpcn-http-client-ifttt-maker-key', 'error', WHY.webhook("An IFTTT Maker webhook (`maker.ifttt.com/trigger/<event>/with/key/<key>`) the alert output posts to; the http_client output writes the URL on the failure and again when it gives up"), ({ rng }) => {
      const key = rng.b64url(22);
      const url = `https://maker.ifttt.com/trigger/ont_offline/with/key/${key}`;
      return { value: key, event: { r: [['error', `Failed to send message to http_client: Post "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, 'ifttt_alert', 'root.output.broker.outputs.1'], ['warn', `Giving up on message after 3 retries: ${url}`, 'ifttt_alert', 'root.output.broker.outputs.1']] } };
    }),
    3,
    plant('header-dump', 'rpcn-log-processor-meta-authorization-jwt', 'error', "A `log` processor prints the message's metadata (`${! meta() }`), which holds the HTTP server input's request headers, `Authorization: Bearer <JWT>` included, with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { iss: `https://id.${TW}`, sub: 'olt-collector-07', aud: 'telemetry-ingest' } });
      return { value: token, jwt: facts, event: { r: [['info', `ingest meta ${JSON.stringify({ http_server_user_agent: 'olt-collector/2.4', http_server_verb: 'POST', Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' })}`, 'ingest_debug', 'root.pipeline.processors.0']] } };
    }),
    3,
    plant('embed-jwt', 'rpcn-log-processor-embed-report-120s', 'warning', "A `log` processor prints the usage report link it sends to a customer (`/embed/usage/<JWT>`), valid two minutes without a jti, with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { account: digits(rng, 9), report: 'monthly-usage' } });
      return { value: token, jwt: facts, event: { r: [['info', `report link ready https://reports.${TW}/embed/usage/${token}`, 'usage_report', 'root.pipeline.processors.2']] } };
    }),
    3,
    plant('api-key-name', 'rpcn-http-client-input-stream-key', 'error', `${WHY.apiKey('stream_key')} The OLT vendor's telemetry stream is read with the key in the URL; the http_client input's connection error writes it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { r: [['error', `Failed to connect to http_client: GET https://telemetry.oltvendor.example/v1/stream?customer=tidewater&stream_key=${key}: 401 Unauthorized`, 'olt_poll', 'root.input.broker.inputs.1']] } };
    }),
    3,
    plant('encoded', 'rpcn-log-processor-hex-json-secret', 'error', 'A `log` processor prints an opaque field as hex (`payload_hex=7b22…`); decoded it is JSON with the RADIUS sync account\'s shared secret.', ({ rng }) => {
      const h = Buffer.from(JSON.stringify({ user: 'radius-sync', secret: rng.alnum(24) })).toString('hex');
      return { value: h, event: { r: [['debug', `forwarding opaque blob payload_hex=${h}`, 'radius_bridge', 'root.pipeline.processors.3']] } };
    }),
    3,
    plant('implicit-fragment', 'rpcn-log-processor-location-fragment', 'error', "A `log` processor prints the `Location` a portal check was redirected to: the customer portal's implicit-flow fragment (`/app/#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { r: [['warn', `portal check redirected Location: https://portal.${TW}/app/#access_token=${at}&token_type=Bearer&expires_in=3600`, 'portal_probe', 'root.pipeline.processors.0']] } };
    }),
    3,
    plant('negative', 'rpcn-schema-fingerprint', 'none', "A schema's SHA-256 fingerprint the schema registry processor logs: a hash, no credential.", ({ rng }) => {
      const fp = rng.hex(64);
      return { value: fp, event: { r: [['debug', `schema resolved subject=ont-telemetry-value version=${rng.int(2, 9)} fingerprint=sha256:${fp}`, 'decode', 'root.pipeline.processors.1']] } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 15 * HOUR, site: { host: 'rpcn' }, filler, render });
}

// =====================================================================================================================
// Daanish Ghar (Urdu; Lahore: PKT, UTC+5)
// =====================================================================================================================

const DG = 'daanishghar.example';

// ---------------------------------------------------------------------------------------------------------------------
// tracking.log: the Open edX LMS's tracking log (one JSON event a line, UTC): `name`, `context` (`course_id`, `org_id`,
// `path`, `user_id`), `username`, `session` (a hash of the session key), `ip`, `agent`, `host`, `referer`,
// `accept_language`, `event` (browser events: a JSON string; server events: `{"GET": {…}, "POST": {…}}` with password
// fields removed), `time`, `event_type`, `event_source`, `page`.
// https://edx.readthedocs.io/projects/devdata/en/latest/internal_data_formats/tracking_logs/common_fields.html (read
// through search: the common fields); the server event's GET/POST layout from memory.

function edxTracking(rng) {
  const COURSE = 'course-v1:DaanishGhar+MTH101+2027_T3';
  const users = ['ayesha_k', 'bilal.r', 'hamza_s', 'zainab.m', 'usman_t'];
  const render = (e) => [JSON.stringify({ name: e.ev_type, context: { course_id: e.course ?? COURSE, org_id: 'DaanishGhar', path: e.src === 'server' ? e.path : '/event', user_id: e.uid }, username: e.user, session: e.sess, ip: e.ip, agent: e.ua, host: `learn.${DG}`, referer: e.ref ?? `https://learn.${DG}/learning/course/${COURSE}/home`, accept_language: 'ur-PK,ur;q=0.9,en-US;q=0.8', event: e.ev, time: `${iso(e.t).slice(0, 23)}000+00:00`, event_type: e.ev_type, event_source: e.src, page: e.page ?? null })];
  const who = (rng) => ({ user: rng.pick(users), uid: rng.int(1000, 9999), sess: rng.hex(32) });
  const filler = (rng) => ({ ...who(rng), ...rng.pick([
    () => ({ src: 'browser', ev_type: 'play_video', ev: JSON.stringify({ id: rng.hex(32), code: 'html5', currentTime: rng.int(1, 900), duration: 1240.5 }), page: `https://learn.${DG}/xblock/block-v1:DaanishGhar+MTH101+2027_T3+type@vertical+block@${rng.hex(32)}` }),
    () => ({ src: 'server', ev_type: `/courses/${COURSE}/courseware`, path: `/courses/${COURSE}/courseware`, ev: JSON.stringify({ GET: {}, POST: {} }) }),
    () => ({ src: 'browser', ev_type: 'edx.ui.lms.sequence.next_selected', ev: JSON.stringify({ current_tab: rng.int(1, 6), tab_count: 6, widget_placement: 'bottom' }), page: `https://learn.${DG}/learning/course/${COURSE}/home` }),
  ])() });
  const steps = [
    3,
    plant('negative', 'edx-session-field-hash', 'none', "The tracking log's `session` field: Open edX writes a hash of the session key (32 hex), not the key itself.", ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { user: 'bilal.r', uid: 4120, sess: s, src: 'browser', ev_type: 'page_close', ev: '', page: `https://learn.${DG}/learning/course/${COURSE}/progress` } };
    }),
    3,
    plant('implicit-fragment', 'edx-browser-page-access-token-fragment', 'error', "A browser event's `page` is the address the learner landed on after an LTI tool's implicit sign-in (`…#access_token=…`); the LMS's tracking endpoint records `page` as the browser sends it.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { ...who(rng), src: 'browser', ev_type: 'edx.ui.lms.link_clicked', ev: JSON.stringify({ current_url: `https://learn.${DG}/learning/course/${COURSE}/home`, target_url: `https://tools.${DG}/lti/ghar-kaam` }), page: `https://learn.${DG}/learning/course/${COURSE}/home#access_token=${at}&token_type=bearer&expires_in=3600` } };
    }),
    3,
    plant('id-token', 'edx-server-event-get-id-token-hint', 'error', "A server event records the request's query as `event.GET`: the `id_token_hint` of the logout the mobile app sent, with the event's UTC `time`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(300, 2400), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://learn.${DG}/oauth2`, sub: rng.hex(32), aud: 'daanish-mobile', name: 'زینب ملک' } });
      return { value: token, jwt: facts, event: { ...who(rng), src: 'server', ev_type: '/logout', path: '/logout', ev: JSON.stringify({ GET: { id_token_hint: [token], post_logout_redirect_uri: ['daanishghar://logout'] }, POST: {} }) } };
    }),
    3,
    plant('framework-dump', 'edx-server-event-post-khufia-lafz', 'error', "A server event records the POST body as `event.POST`; Open edX drops fields named like `password`, but the guardian verification endpoint names its password `khufia_lafz` (\"secret word\"), which stays.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { ...who(rng), src: 'server', ev_type: '/api/daanish/v1/wali/tasdeeq', path: '/api/daanish/v1/wali/tasdeeq', ev: JSON.stringify({ GET: {}, POST: { wali_id: [`W-${digits(rng, 6)}`], khufia_lafz: [pw], talib_id: [digits(rng, 5)] } }) } };
    }),
    3,
    plant('encoded', 'edx-browser-event-json-string-percent-encoded-next', 'error', "A browser event's `event` is itself a JSON string; inside it, a login URL whose `next` is percent-encoded and holds an `enroll_token`.", ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { ...who(rng), src: 'browser', ev_type: 'edx.ui.lms.outline.selected', ev: JSON.stringify({ url: `https://learn.${DG}/login?next=%2Fcourses%2F${encodeURIComponent(COURSE)}%2Fenroll%3Fenroll_token%3D${tok}`, target_name: 'داخلہ' }), page: `https://learn.${DG}/courses/${COURSE}/about` } };
    }),
    3,
    plant('embed-jwt', 'edx-browser-page-embed-nateeja-expired', 'note', "A browser event's `page` is an embedded result card (`/embed/nateeja/<JWT>`, \"result\") opened two days after its token expired, with the event's UTC `time`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 86400 * 2 + 3600 + rng.int(100, 4000), jti: true, claims: { talib: digits(rng, 5), imtihan: 'MTH101-mid' } });
      return { value: token, jwt: facts, event: { ...who(rng), src: 'browser', ev_type: 'page_close', ev: '', page: `https://learn.${DG}/embed/nateeja/${token}` } };
    }),
    3,
    plant('negative', 'edx-block-usage-key', 'none', "A block usage key (`block-v1:…+type@problem+block@<32 hex>`): a content identifier, no credential.", ({ rng }) => {
      const b = rng.hex(32);
      return { value: b, event: { ...who(rng), src: 'browser', ev_type: 'problem_show', ev: JSON.stringify({ problem: `block-v1:DaanishGhar+MTH101+2027_T3+type@problem+block@${b}` }), page: `https://learn.${DG}/learning/course/${COURSE}/home` } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 6 * HOUR, site: { host: 'lms' }, filler, render });
}

// ---------------------------------------------------------------------------------------------------------------------
// bbb-web.log: /var/log/bigbluebutton/bbb-web.log of BigBlueButton 2.7 (PKT): logback's `<ISO time with offset> <LEVEL>
// <logger> - <message>`, ApiController's and MeetingService's `data={…}` JSON with a `logCode`, the create call's
// parameters as a Groovy map.
// From memory (not fetched): https://docs.bigbluebutton.org/development/api/ and the logCode messages of bbb-web.

function bbbWebLog(rng) {
  const render = (e) => e.b.map(([lvl, logger, msg]) => `${isoAt(e.t, PKT)} ${lvl.padEnd(5)} ${logger} - ${msg}`);
  const AC = 'o.b.w.c.ApiController';
  const MS = 'o.b.api.MeetingService';
  const meet = () => `${rng.hex(40)}-${epoch(DAY0) + rng.int(20000, 40000)}${rng.int(100, 999)}`;
  const filler = (rng) => ({ b: [rng.pick([
    ['INFO', AC, `ApiController#join`],
    ['INFO', MS, `Meeting ended: data=${JSON.stringify({ meetingId: meet(), externalMeetingId: `jamaat-${rng.int(1, 12)}-${rng.pick(['riazi', 'urdu', 'angrezi'])}`, logCode: 'meeting_ended', description: 'Meeting has ended.' })}`],
    ['INFO', MS, `User joined meeting: data=${JSON.stringify({ meetingid: meet(), userid: `w_${lowerNum(rng, 12)}`, username: rng.pick(['عائشہ', 'بلال', 'حمزہ', 'زینب']), role: 'VIEWER', logCode: 'user_joined_message', description: 'User joined the meeting.' })}`],
    ['DEBUG', 'o.b.w.s.MeetingService', `Checking for expired meetings`],
  ])] });
  const steps = [
    3,
    plant('negative', 'bbb-internal-meeting-id', 'none', "BigBlueButton's internal meeting id (`<40 hex>-<epoch ms>`): the SHA-1 of the external id and a time, an identifier, no credential.", () => {
      const id = meet();
      return { value: id, event: { b: [['INFO', MS, `Meeting created: data=${JSON.stringify({ meetingId: id, externalMeetingId: 'jamaat-9-riazi', logCode: 'create_meeting', description: 'Create meeting.' })}`]] } };
    }),
    3,
    plant('framework-dump', 'bbb-create-params-groovy-map-moderator-pw', 'error', "ApiController logs the create call's parameters as a Groovy map at DEBUG; the school's LMS plugin still sends `moderatorPW`, the password that makes a joiner a moderator.", ({ rng }) => {
      const pw = rng.alnum(12);
      return { value: pw, event: { b: [['DEBUG', AC, `CREATE params: [meetingID:jamaat-10-urdu, name:جماعت دہم اردو, moderatorPW:${pw}, record:true, welcome:خوش آمدید, checksum:${rng.hex(40)}]`]] } };
    }),
    3,
    plant('webhook', 'bbb-create-end-callback-make-hook', 'error', WHY.webhook("A Make (Integromat) custom webhook (`hook.eu2.make.com/<id>`) given as the meeting's end callback; the create call's data and MeetingService's line both write it"), ({ rng }) => {
      const id = rng.lowerNum(32);
      const url = `https://hook.eu2.make.com/${id}`;
      return { value: id, event: { b: [['INFO', AC, `Handle CREATE API: data=${JSON.stringify({ externalMeetingId: 'jamaat-8-angrezi', endCallbackUrl: url, logCode: 'create_api', description: 'Handle CREATE API.' })}`], ['INFO', MS, `Meeting end callback registered: data=${JSON.stringify({ externalMeetingId: 'jamaat-8-angrezi', callbackUrl: url, logCode: 'register_end_callback' })}`]] } };
    }, { after: 0 }),
    3,
    plant('session-id', 'bbb-enter-api-session-token', 'error', WHY.session("BigBlueButton's `sessionToken`, which the HTML5 client sends to `/api/enter` and which stands for the joined user"), ({ rng }) => {
      const st = rng.lowerNum(16);
      return { value: st, event: { b: [['INFO', AC, `Handle ENTER API: data=${JSON.stringify({ sessionToken: st, logCode: 'enter_api', description: 'Handle ENTER API.', meetingid: meet(), userid: `w_${lowerNum(rng, 12)}` })}`]] } };
    }),
    3,
    plant('path-secret', 'bbb-meeting-metadata-dawat-link', 'error', WHY.pathSecret('A guest invitation link (`/dawat/<token>`, "invitation") the LMS puts into the meeting\'s metadata, written with the created meeting'), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { b: [['INFO', MS, `Meeting metadata: data=${JSON.stringify({ externalMeetingId: 'jamaat-10-urdu', metadata: { 'bbb-context': 'اردو ادب', 'dawatnama-url': `https://${DG}/dawat/${tok}` }, logCode: 'meeting_metadata' })}`]] } };
    }),
    3,
    plant('api-key-name', 'bbb-recording-ready-transcode-kaleed', 'error', `${WHY.apiKey('kaleed')} ("key", Urdu) The recording-ready hook posts to the school's transcoder with the key in the query; bbb-web's warning writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { b: [['WARN', 'o.b.w.s.RecordingReadyCallback', `Failed to notify https://transcode.${DG}/v1/jobs?kaleed=${key}&recordId=${rng.hex(40)}-${epoch(DAY0)}123: 504`]] } };
    }),
    3,
    plant('negative', 'bbb-internal-user-id', 'none', "An internal user id (`w_` and 12 letters and digits): an identifier, no credential.", ({ rng }) => {
      const id = `w_${lowerNum(rng, 12)}`;
      return { value: id, event: { b: [['INFO', MS, `User left meeting: data=${JSON.stringify({ meetingid: meet(), userid: id, logCode: 'user_left_message', description: 'User left the meeting.' })}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 4 * HOUR, site: { host: 'bbb' }, filler, render });
}

// ---------------------------------------------------------------------------------------------------------------------
// access: /var/log/dirsrv/slapd-DAANISH/access of 389 Directory Server 2.4 (PKT): `[DD/Mon/YYYY:HH:MM:SS.<ns> +0500]
// conn=<n> op=<n> <OP> …`, SRCH with base, scope, filter and attrs, RESULT with err, tag, nentries, wtime, optime,
// etime (and csn for updates), connection and BIND records.
// https://docs.redhat.com/en/documentation/red_hat_directory_server/12/html/configuration_and_schema_reference/assembly_log-files-reference_config-schema-reference-title
// (read through search: the SRCH and RESULT records, the connection record).

function dirsrvAccess(rng) {
  let conn = 4100;
  const stamp = (t, i) => { const d = new Date(t + PKT * MIN); return `[${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${iso(d.getTime()).slice(11, 19)}.${msPart(t)}${pad(i * 310 + rng.int(0, 299), 6)} +0500]`; };
  const render = (e) => e.l.map((x, i) => `${stamp(e.t, i)} ${x}`);
  const result = (c, op, n = 1, extra = '') => `conn=${c} op=${op} RESULT err=0 tag=${extra ? 103 : 101} nentries=${n} wtime=0.0000${rng.int(10000, 99999)} optime=0.000${rng.int(100000, 999999)} etime=0.000${rng.int(100000, 999999)}${extra}`;
  const search = (c, op, filter, attrs = 'uid cn mail') => [`conn=${c} op=${op} SRCH base="ou=people,dc=daanishghar,dc=example" scope=2 filter="${filter}" attrs="${attrs}"`, result(c, op)];
  const filler = (rng) => {
    conn += 1;
    return { l: rng.pick([
      () => [`conn=${conn} fd=${rng.int(64, 200)} slot=${rng.int(64, 200)} SSL connection from 10.50.1.${rng.int(2, 40)} to 10.50.1.5`, `conn=${conn} TLS1.3 128-bit AES-GCM`],
      () => { const dn = `uid=${rng.pick(['svc-lms', 'svc-bbb', 'svc-moodle'])},ou=services,dc=daanishghar,dc=example`; return [`conn=${conn} op=0 BIND dn="${dn}" method=128 version=3`, `conn=${conn} op=0 RESULT err=0 tag=97 nentries=0 wtime=0.000041${rng.int(100, 999)} optime=0.000${rng.int(100000, 999999)} etime=0.000${rng.int(100000, 999999)} dn="${dn}"`]; },
      () => search(conn, rng.int(1, 9), `(&(objectClass=inetOrgPerson)(uid=${rng.pick(['ayesha.k', 'bilal.r', 'hamza.s', 'zainab.m'])}))`),
      () => { const op = rng.int(2, 9); return [`conn=${conn} op=${op} UNBIND`, `conn=${conn} op=${op} fd=${rng.int(64, 200)} closed - U1`]; },
    ])() };
  };
  const steps = [
    3,
    plant('negative', 'dirsrv-mod-result-csn', 'none', "The change sequence number (`csn=<20 hex>`) on a MOD's RESULT: replication bookkeeping, no credential.", ({ rng }) => {
      conn += 1;
      const csn = rng.hex(20);
      return { value: csn, event: { l: [`conn=${conn} op=3 MOD dn="uid=zainab.m,ou=people,dc=daanishghar,dc=example"`, result(conn, 3, 0, ` csn=${csn}`)] } };
    }),
    3,
    plant('path-secret', 'dirsrv-srch-filter-password-reset-key', 'error', WHY.pathSecret("The self-service reset page looks the user up by the token of the reset link (`/bhool-gaye/<token>`, \"forgot\") it was opened with, and the access log writes the search filter (`(daanishResetKey=<token>)`)"), ({ rng }) => {
      conn += 1;
      const tok = rng.b64url(32);
      return { value: tok, event: { l: search(conn, 2, `(&(objectClass=daanishPerson)(daanishResetKey=${tok}))`, 'uid daanishResetExpiry') } };
    }),
    3,
    plant('api-key-name', 'dirsrv-srch-filter-api-kaleed', 'error', `${WHY.apiKey('daanishApiKaleed')} The attendance API authenticates a school's integration by searching the directory for its key, so the filter in the access log holds it.`, ({ rng }) => {
      conn += 1;
      const key = rng.alnum(40);
      return { value: key, event: { l: search(conn, 4, `(daanishApiKaleed=${key})`, 'cn daanishSchoolId') } };
    }),
    3,
    plant('encoded', 'dirsrv-srch-filter-base64-user-password', 'error', "The legacy exam app stores its login as base64 of `user:password` in an attribute and checks it with a search, so the filter holds the base64 text.", ({ rng }) => {
      conn += 1;
      const b = b64Of(`imtihan-${digits(rng, 4)}:${rng.alnum(14)}`);
      return { value: b, event: { l: search(conn, 1, `(&(objectClass=daanishLegacyApp)(daanishLegacyAuth=${b}))`, 'cn') } };
    }),
    3,
    plant('negative', 'dirsrv-srch-filter-nsuniqueid', 'none', "An `nsUniqueId` (four groups of 8 hex) in a search filter: the entry's identifier, no credential.", ({ rng }) => {
      conn += 1;
      const id = `${rng.hex(8)}-${rng.hex(8)}-${rng.hex(8)}-${rng.hex(8)}`;
      return { value: id, event: { l: search(conn, 2, `(nsUniqueId=${id})`, 'uid') } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 3 * HOUR, site: { host: 'ldap' }, filler, render });
}

// ---------------------------------------------------------------------------------------------------------------------
// moodle-cron.log: `php admin/cli/cron.php >> /var/log/moodle-cron.log` of Moodle 4.4 (PKT): `Server Time: …`, then per
// task `Execute scheduled task: <name> (<class>)`, `... started HH:MM:SS. Current memory use … MB.`, the task's own
// mtrace output, `... used N dbqueries`, `... used S seconds`, `Scheduled task complete: …`; adhoc tasks likewise;
// a plugin's curl at CURLOPT_VERBOSE writing to stderr, which cron appends.
// From memory (not fetched): https://docs.moodle.org/404/en/Cron.

function moodleCron(rng) {
  const hms = (t) => ymdHmsAt(t, PKT).slice(11);
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const task = (e, name, cls, out, adhoc = false) => [
    adhoc ? `Execute adhoc task: ${cls}` : `Execute scheduled task: ${name} (${cls})`,
    `... started ${hms(e.t)}. Current memory use ${(rng.int(120, 400) / 10).toFixed(1)} MB.`,
    ...out,
    `... used ${rng.int(2, 90)} dbqueries`,
    `... used ${(rng.int(10, 9000) / 1000).toFixed(4)} seconds`,
    adhoc ? `Adhoc task complete: ${cls}` : `Scheduled task complete: ${name} (${cls})`,
  ];
  const render = (e) => (e.run ? [`Server Time: ${DAYS[new Date(e.t + PKT * MIN).getUTCDay()]}, ${pad(new Date(e.t + PKT * MIN).getUTCDate())} ${MONTHS[9]} 2027 ${hms(e.t)} +0500`, ''] : []).concat(task(e, e.n, e.c, e.o, e.adhoc));
  const filler = (rng) => rng.pick([
    () => ({ run: true, n: 'Send forum notifications', c: 'mod_forum\\task\\cron_task', o: [`  Processing ${rng.int(0, 30)} posts`] }),
    () => ({ n: 'Clean up temporary data', c: 'core\\task\\session_cleanup_task', o: [] }),
    () => ({ n: 'Process completion data', c: 'core\\task\\completion_regular_task', o: [`  Aggregating completions for ${rng.int(2, 40)} users`] }),
    () => ({ n: 'Background processing for scheduled search', c: 'core_search\\task\\index_task', o: ['  Indexing مضمون: Forum posts...', `  Processed ${rng.int(1, 90)} records containing ${rng.int(1, 90)} documents`] }),
  ])();
  const steps = [
    2,
    plant('negative', 'moodle-cron-orphan-contenthash', 'none', "A file's content hash (SHA-1, 40 hex) the file cleanup task prints: names file content, opens nothing.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { n: 'Cleanup files', c: 'core\\task\\file_trash_cleanup_task', o: [`  Deleting orphaned file with contenthash ${h}`] } };
    }),
    2,
    plant('api-key-name', 'moodle-cron-wstoken-url', 'error', `${WHY.apiKey('wstoken')} The results sync calls the school's other Moodle through its web service with the token in the URL; the task prints the URL and then its error with the URL again.`, ({ rng }) => {
      const tok = rng.hex(32);
      const url = `https://imtihan.${DG}/webservice/rest/server.php?wstoken=${tok}&wsfunction=core_grades_get_grades&moodlewsrestformat=json`;
      return { value: tok, event: { n: 'Sync exam results', c: 'local_natijasync\\task\\sync_results', o: [`  Calling ${url}`, `  !!! Error fetching ${url}: cURL error 28: Operation timed out !!!`] } };
    }),
    2,
    plant('webhook', 'moodle-cron-zulip-incoming-api-key', 'error', WHY.webhook("A Zulip incoming webhook (`/api/v1/external/<integration>?api_key=<bot key>&stream=…`) the digest task posts to; its failure line writes the URL"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { n: 'Post teachers digest', c: 'local_zulipnotify\\task\\post_digest', o: [`  Zulip POST failed (HTTP 502): https://daanishghar.zulipchat.example/api/v1/external/json?api_key=${key}&stream=asatiza&topic=روزانہ`] } };
    }),
    2,
    plant('refresh-token', 'moodle-cron-onedrive-token-refresh-json', 'error', `${WHY.refresh} The OneDrive repository's custom token refresh prints the token endpoint's JSON answer into the cron output.`, ({ rng }) => {
      const rt = `M.C5${rng.b64url(110)}`;
      return { value: rt, event: { n: 'Refresh OneDrive system token', c: 'local_daanish\\task\\refresh_onedrive', o: [`  Token response: {"token_type":"Bearer","scope":"Files.ReadWrite.All offline_access","expires_in":3600,"refresh_token":"${rt}"}`] } };
    }),
    2,
    plant('path-secret', 'moodle-cron-wali-invite-link', 'error', WHY.pathSecret('An adhoc task prints the guardian invitation link it e-mailed (`/wali/dawat/<token>`, "guardian invitation")'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { adhoc: true, c: '\\local_wali\\task\\send_invite', o: [`  والد/سرپرست کو دعوت نامہ بھیج دیا گیا: https://${DG}/wali/dawat/${tok}`] } };
    }),
    2,
    plant('header-dump', 'moodle-cron-curl-verbose-authorization-basic', 'error', "The attendance export runs Moodle's curl with `CURLOPT_VERBOSE`; curl's request dump goes to stderr, which cron appends, and writes `Authorization: Basic <base64>` on a line of its own.", ({ rng }) => {
      const b = b64Of(`haazri-export:${rng.alnum(18)}`);
      return { value: b, event: { n: 'Export attendance', c: 'local_haazri\\task\\export', o: ['*   Trying 203.0.113.40:443...', '* Connected to sis.punjab-schools.example (203.0.113.40) port 443', '> POST /api/v1/attendance HTTP/1.1', 'Host: sis.punjab-schools.example', `Authorization: Basic ${b}`, 'Accept: */*', 'Content-Type: application/json', '', '< HTTP/1.1 201 Created'] } };
    }),
    2,
    plant('negative', 'moodle-cron-adhoc-customdata-uuid', 'none', "An adhoc task's custom data with a UUID (a temporary file's id): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { adhoc: true, c: '\\core\\task\\file_temp_cleanup_task', o: [`  customdata: {"uuid":"${id}"}`] } };
    }),
    2,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 2 * HOUR, site: { host: 'moodle' }, filler, render, header: ['Server Time: Tue, 05 Oct 2027 07:00:01 +0500', ''] });
}

// ---------------------------------------------------------------------------------------------------------------------
// sg_info.log: Couchbase Sync Gateway 3.2's info log file of the mobile app's database (PKT): `<ISO time with offset>
// [INF] <LogKey>: c:#<serial> db:<db> <message>`, HTTP request lines `GET /<db>/… (as <ud>user</ud>)` and `HTTP+` result
// lines, partial redaction's `<ud>…</ud>` tags (which mark user data and do not hide it), the event handler's webhook.
// https://github.com/couchbase/sync_gateway/pull/3896 (read through search: the `c:#001` context and the HTTP/HTTP+
// lines); the `db:` field and the Auth and Events messages from memory.

function syncGatewayLog(rng) {
  let serial = 300;
  const render = (e) => e.g.map(([lvl, key, msg]) => `${isoAt(e.t, PKT)} [${lvl}] ${key}: c:#${pad(e.n, 3)} db:mobile ${msg}`);
  const users = ['ayesha.k', 'bilal.r', 'hamza.s', 'zainab.m'];
  const req = (path, user, status = 200) => [['INF', 'HTTP', `GET ${path} (as <ud>${user}</ud>)`], ['INF', 'HTTP+', `#${pad(serial, 3)}:     --> ${status}   (${(rng.int(5, 900) / 10).toFixed(1)} ms)`]];
  const filler = (rng) => {
    serial += 1;
    return { n: serial, g: rng.pick([
      () => req(`/mobile/_changes?feed=longpoll&since=${rng.int(10000, 99999)}&heartbeat=30000&style=all_docs`, rng.pick(users)),
      () => req(`/mobile/haazri::2027-10-05::${rng.int(100, 999)}`, rng.pick(users)),
      () => [['INF', 'CRUD', `Stored doc <ud>sabaq::${rng.int(100, 999)}</ud> / "${rng.int(2, 9)}-${rng.hex(32)}"`]],
    ])() };
  };
  const steps = [
    3,
    plant('negative', 'sg-checkpoint-client-id', 'none', "A replication checkpoint's client id (`cp-<base64 of a SHA-1>=`): names a replicator's checkpoint, no credential.", ({ rng }) => {
      serial += 1;
      const id = `cp-${rng.bytes(20).toString('base64')}`;
      return { value: id, event: { n: serial, g: [['INF', 'SyncMsg', `#1: Type:getCheckpoint Client:${id} User:<ud>hamza.s</ud>`]] } };
    }),
    3,
    plant('oauth-code', 'sg-oidc-callback-code', 'warning', `${WHY.code} The mobile app signs in through Sync Gateway's OpenID Connect callback, whose request line Sync Gateway writes with the query.`, ({ rng }) => {
      serial += 1;
      const code = rng.b64url(43);
      return { value: code, event: { n: serial, g: req(`/mobile/_oidc_callback?code=${code}&state=${rng.b64url(22)}`, 'GUEST') } };
    }),
    3,
    plant('refresh-token', 'sg-oidc-refresh-query', 'error', `${WHY.refresh} Sync Gateway's \`_oidc_refresh\` endpoint takes the refresh token as a query parameter, and its request line is written with it.`, ({ rng }) => {
      serial += 1;
      const rt = rng.b64url(64);
      return { value: rt, event: { n: serial, g: req(`/mobile/_oidc_refresh?refresh_token=${rt}&provider=daanish`, 'GUEST') } };
    }),
    3,
    plant('session-id', 'sg-auth-session-created-ud-tagged', 'error', WHY.session("Sync Gateway's session id (40 hex), written when the session is created; partial redaction only wraps it in `<ud>…</ud>` tags, which mark user data for a later redaction and leave the value in clear"), ({ rng }) => {
      serial += 1;
      const sid = rng.hex(40);
      return { value: sid, event: { n: serial, g: [['INF', 'Auth', `Created session <ud>${sid}</ud> for user <ud>zainab.m</ud>, expires in 24h0m0s`]] } };
    }),
    3,
    plant('api-key-name', 'sg-events-webhook-url-kaleed', 'error', `${WHY.apiKey('kaleed')} ("key", Urdu) The database's document-changed event handler posts to the attendance service with the key in the URL; the Events warning writes it.`, ({ rng }) => {
      serial += 1;
      const key = rng.alnum(32);
      return { value: key, event: { n: serial, g: [['WRN', 'Events', `Error attempting to post to url https://haazri.${DG}/sg/events?kaleed=${key}: Post "https://haazri.${DG}/sg/events": dial tcp 10.50.2.9:443: i/o timeout`]] } };
    }),
    3,
    plant('negative', 'sg-document-revision-id', 'none', "A document revision id (`3-<32 hex>`): a digest of the revision, no credential.", ({ rng }) => {
      serial += 1;
      const rev = `3-${rng.hex(32)}`;
      return { value: rev, event: { n: serial, g: [['INF', 'CRUD', `Stored doc <ud>haazri::2027-10-05::417</ud> / "${rev}"`]] } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 5 * HOUR, site: { host: 'sg' }, filler, render });
}

// =====================================================================================================================
// Sulabha Seva (Telugu; Hyderabad: IST, UTC+5:30)
// =====================================================================================================================

const SSV = 'sulabhaseva.example';

// ---------------------------------------------------------------------------------------------------------------------
// ckan.log: CKAN 2.10's log file (IST, no zone): Python logging's `%(asctime)s %(levelname)-5.5s [%(name)s] %(message)s`,
// the Flask middleware's `<status> <path> render time <s> seconds` lines, the harvester's and extensions' messages.
// From memory (not fetched): https://docs.ckan.org/en/2.10/maintaining/configuration.html (logging) and CKAN's API
// tokens (JWTs with a `jti`, no `exp` unless configured).

function ckanLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, IST)},${msPart(t)}`;
  const render = (e) => e.k.map(([lvl, name, msg]) => `${stamp(e.t)} ${lvl.padEnd(5).slice(0, 5)} [${name}] ${msg}`);
  const FA = 'ckan.config.middleware.flask_app';
  const filler = (rng) => ({ k: [rng.pick([
    ['INFO', FA, ` 200 /dataset/${rng.pick(['bhu-records', 'neeti-sarafara', 'vidyut-bills', 'janana-maranam'])} render time ${(rng.int(10, 900) / 1000).toFixed(3)} seconds`],
    ['INFO', FA, ` 200 /api/3/action/package_search?q=${rng.pick(['rainfall', 'mandal', 'pension'])}&rows=20 render time ${(rng.int(10, 900) / 1000).toFixed(3)} seconds`],
    ['INFO', 'ckanext.xloader.jobs', `Express Load completed: ${rng.int(100, 90000)} rows`],
    ['DEBUG', 'ckan.lib.i18n', `Setting locale te`],
  ])] });
  const steps = [
    3,
    plant('negative', 'ckan-resource-id-download', 'none', "A resource id (UUID) in a download path: names the file, opens nothing (the dataset is public).", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { k: [['INFO', FA, ` 200 /dataset/bhu-records/resource/${id}/download/mandal-wise.csv render time 0.041 seconds`]] } };
    }),
    3,
    plant('header-dump', 'ckan-debug-headers-raw-api-token-jwt', 'error', "A debugging extension logs the API request's headers as a Python dict; CKAN's API token travels raw in `Authorization` (no scheme): a JWT with a `jti` and no `exp`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { jti: true, age: rng.int(86400 * 10, 86400 * 200) });
      return { value: token, jwt: facts, event: { k: [['DEBUG', 'ckanext.sulabha.debug', `API headers: {'Host': 'data.${SSV}', 'User-Agent': 'python-requests/2.32.5', 'Accept': '*/*', 'Authorization': '${token}', 'Content-Type': 'application/json'}`]] } };
    }),
    3,
    plant('api-key-name', 'ckan-harvester-source-url-taalamchevi', 'error', `${WHY.apiKey('taalamchevi')} ("key", Telugu) The harvester pulls from the department's mirror with the key in the source URL; its INFO line writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { k: [['INFO', 'ckanext.harvest.harvesters.ckanharvester', `Searching for datasets modified since: 2027-10-04T00:00:00Z using URL: https://samacharam.${SSV}/api/3/action/package_search?fq=metadata_modified:[2027-10-04T00:00:00Z TO *]&rows=100&taalamchevi=${key}`]] } };
    }),
    3,
    plant('path-secret', 'ckan-user-reset-key-query', 'error', WHY.pathSecret("CKAN's password reset link (`/user/reset/<user id>?key=<reset key>`), written by the Flask middleware's request line when the user opens it"), ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { k: [['INFO', FA, ` 200 /user/reset/${rng.uuid()}?key=${key} render time 0.087 seconds`]] } };
    }),
    3,
    plant('webhook', 'ckan-extension-zoho-cliq-zapikey', 'error', WHY.webhook("A Zoho Cliq channel webhook (`cliq.zoho.in/api/v2/channelsbyname/<channel>/message?zapikey=<key>`) the new-dataset notifier posts to; its warning writes the URL (the zapikey is the secret part)"), ({ rng }) => {
      const key = `1001.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: key, event: { k: [['WARNING', 'ckanext.sulabha.notify', `Cliq post failed (HTTP 429): https://cliq.zoho.in/api/v2/channelsbyname/kotha-datasets/message?zapikey=${key}`]] } };
    }),
    3,
    plant('refresh-token', 'ckan-oidc-pkce-debug-token-dict', 'error', `${WHY.refresh} The OpenID Connect login extension logs the token endpoint's answer as a Python dict at DEBUG (access token shortened, refresh token whole).`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { k: [['DEBUG', 'ckanext.oidc_pkce.views', `Token response: {'access_token': '<1248 chars>', 'expires_in': 300, 'refresh_expires_in': 1800, 'refresh_token': '${rt}', 'token_type': 'Bearer', 'scope': 'openid email'}`]] } };
    }),
    3,
    plant('negative', 'ckan-webassets-hash', 'none', "A webassets bundle's content hash in a stylesheet path: names a build, opens nothing.", ({ rng }) => {
      const h = rng.hex(8);
      return { value: `${h}_main.css`, event: { k: [['INFO', FA, ` 200 /webassets/ckanext-sulabha/${h}_main.css render time 0.004 seconds`]] } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 4 * HOUR, site: { host: 'ckan' }, filler, render });
}

// ---------------------------------------------------------------------------------------------------------------------
// pulsar-broker.log: an Apache Pulsar 3.3 broker with the functions worker and thread-runtime functions and connectors
// in the broker (IST): log4j2's `%d{ISO8601_OFFSET_DATE_TIME_HHMM} [%t] %-5level %logger{36} - %msg%n`, function
// instances logging through their thread names (`public/sulabha/<fn>-0`), the client configuration dump with
// `authParams` masked.
// From memory (not fetched): https://pulsar.apache.org/docs/3.3.x/functions-debug-log-topic/ and the broker's
// conf/log4j2.yaml.

function pulsarLog(rng) {
  const stamp = (t) => `${local(t, IST).slice(0, 19)},${msPart(t)}+0530`;
  const render = (e) => e.p.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} [${x[0]}] ${x[1].padEnd(5)} ${x[2]} - ${x[3]}`));
  const filler = (rng) => ({ p: [rng.pick([
    [`pulsar-io-${rng.int(3, 8)}-${rng.int(1, 8)}`, 'INFO', 'org.apache.pulsar.broker.service.ServerCnx', `[/10.70.1.${rng.int(2, 60)}:${rng.int(30000, 60000)}] Subscribing on topic persistent://public/sulabha/${rng.pick(['applications', 'payments', 'certificates'])} / counter-${rng.int(1, 40)}`],
    [`pulsar-io-${rng.int(3, 8)}-${rng.int(1, 8)}`, 'INFO', 'org.apache.pulsar.broker.service.persistent.PersistentTopic', `[persistent://public/sulabha/applications] There are no replicated subscriptions on the topic`],
    ['public/sulabha/seva-router-0', 'INFO', 'function-seva-router', `దరఖాస్తు నమోదైంది application=${upperNum(rng, 3)}-${digits(rng, 8)} mandal=${rng.pick(['Ameerpet', 'Secunderabad', 'Kukatpally', 'Uppal'])}`],
    [`bookkeeper-ml-scheduler-OrderedScheduler-${rng.int(0, 3)}-0`, 'INFO', 'org.apache.bookkeeper.mledger.impl.OpAddEntry', `Ledger ${rng.int(1000, 9999)} rolled over`],
  ])] });
  const steps = [
    3,
    plant('negative', 'pulsar-client-config-authparams-masked', 'none', "The Pulsar client's configuration dump masks `authParams` (`\"authParams\" : \"*****\"`): the client's own redaction, no credential.", () => ({ value: '"authParams" : "*****"', event: { p: [['public/sulabha/digilocker-source-0', 'INFO', 'org.apache.pulsar.client.impl.PulsarClientImpl', 'Client configuration: {'], '  "serviceUrl" : "pulsar://localhost:6650",', '  "authPluginClassName" : "org.apache.pulsar.client.impl.auth.AuthenticationToken",', '  "authParams" : "*****",', '  "operationTimeoutMs" : 30000,', '  "statsIntervalSeconds" : 60', '}'] } })),
    3,
    plant('id-token', 'pulsar-function-warn-id-token-rejected', 'error', "The e-KYC function logs an OpenID Connect `id_token` it rejected for a wrong audience, with its IST time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1200), alg: 'RS256', kid: rng.hex(12), claims: { iss: 'https://id.stategov.example/realms/pouraseva', sub: rng.uuid(), aud: 'sulabha-counter', name: 'రాధ కృష్ణ' } });
      return { value: token, jwt: facts, event: { p: [['public/sulabha/ekyc-verify-0', 'WARN', 'function-ekyc-verify', `id_token rejected (aud mismatch) ${token}`]] } };
    }),
    3,
    plant('refresh-token', 'pulsar-source-token-refresh-json', 'error', `${WHY.refresh} The DigiLocker source connector logs the token endpoint's JSON answer when it refreshes.`, ({ rng }) => {
      const rt = rng.hex(40);
      return { value: rt, event: { p: [['public/sulabha/digilocker-source-0', 'INFO', 'com.sulabhaseva.io.DigiLockerSource', `token refreshed {"access_token":"<redacted>","expires_in":3600,"token_type":"Bearer","refresh_token":"${rt}"}`]] } };
    }),
    3,
    plant('embed-jwt', 'pulsar-function-embed-nivedika-link', 'error', "The report function logs the embed link it published (`/embed/nivedika/<JWT>`, \"report\"), with its IST time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(10, 300), jti: true, claims: { report: 'mandal-daily', mandal: 'Uppal' } });
      return { value: token, jwt: facts, event: { p: [['public/sulabha/nivedika-0', 'INFO', 'function-nivedika', `నివేదిక లింక్ ప్రచురించబడింది https://nivedika.${SSV}/embed/nivedika/${token}`]] } };
    }),
    3,
    plant('encoded', 'pulsar-function-base64-json-payload', 'error', "The payments function logs a message it could not parse as base64, and the broker's dead-letter warning logs it again; decoded it is JSON with the bank gateway's `api_secret`.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ txn: `TXN${digits(rng, 12)}`, gateway: 'sbi-epay', api_secret: rng.alnum(28) }));
      return { value: b, event: { p: [['public/sulabha/payments-0', 'ERROR', 'function-payments', `cannot parse payload (base64) ${b}`], ['public/sulabha/payments-0', 'WARN', 'org.apache.pulsar.functions.instance.JavaInstanceRunnable', `Sending message to dead letter topic persistent://public/sulabha/payments-DLQ payload=${b}`]] } };
    }),
    3,
    plant('implicit-fragment', 'pulsar-function-location-access-token-fragment', 'error', "The status checker logs an unexpected redirect whose `Location` is the counter app's implicit-flow fragment (`/callback#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { p: [['public/sulabha/status-check-0', 'WARN', 'function-status-check', `unexpected redirect Location=https://karyalayam.${SSV}/callback#access_token=${at}&token_type=Bearer&state=${rng.hex(16)}`]] } };
    }),
    3,
    plant('negative', 'pulsar-producer-name', 'none', "A producer name Pulsar generated (`<cluster>-<n>-<n>`): an identifier, no credential.", ({ rng }) => {
      const n = `hyd-pulsar-${rng.int(10, 99)}-${rng.int(1000, 9999)}`;
      return { value: n, event: { p: [[`pulsar-io-${rng.int(3, 8)}-2`, 'INFO', 'org.apache.pulsar.broker.service.ServerCnx', `[/10.70.1.14:51882] Created new producer: Producer{topic=PersistentTopic{topic=persistent://public/sulabha/certificates}, client=[id: 0x${rng.hex(8)}], producerName=${n}, producerId=${rng.int(0, 40)}}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 5 * HOUR, site: { host: 'pulsar' }, filler, render });
}

// ---------------------------------------------------------------------------------------------------------------------
// jans-auth.log: a Janssen Auth Server 1.1 (Jetty) at DEBUG behind the citizens' single sign-on, with the log4j2 pattern
// changed to carry the offset: `%d{ISO8601_OFFSET_DATE_TIME_HHCMM} %-5p [%t] [%C{6}] (%F:%L) - %m%n` (IST), the
// authorize, token and end-session endpoints' debug messages.
// From memory (not fetched): https://docs.jans.io/v1.1.0/admin/auth-server/logging/.

function jansAuthLog(rng) {
  const render = (e) => e.j.map(([lvl, cls, file, msg]) => `${isoAt(e.t, IST).replace('.', ',')} ${lvl.padEnd(5)} [qtp${digits(rng, 9)}-${rng.int(10, 60)}] [${cls}] (${file}) - ${msg}`);
  const AZ = 'io.jans.as.server.authorize.ws.rs.AuthorizeRestWebServiceImpl';
  const TK = 'io.jans.as.server.token.ws.rs.TokenRestWebServiceImpl';
  const filler = (rng) => ({ j: [rng.pick([
    ['DEBUG', AZ, 'AuthorizeRestWebServiceImpl.java:164', `Attempting to request authorization: responseType = code, clientId = 2200.${rng.uuid()}, scope = openid profile, redirectUri = https://seva.${SSV}/callback, nonce = ${rng.uuid()}, state = ${rng.hex(16)}, request = null, isSecure = true, sessionId = null`],
    ['INFO', 'io.jans.as.server.service.AuthenticationService', 'AuthenticationService.java:287', `Authentication success for user: ${rng.pick(['radha.k', 'srinivas.p', 'lakshmi.v', 'counter-014'])}`],
    ['DEBUG', 'io.jans.as.server.service.CleanerTimer', 'CleanerTimer.java:126', 'Start Cleaner'],
  ])] });
  const steps = [
    3,
    plant('negative', 'jans-jwks-kid', 'none', "A signing key's id (`<uuid>_sig_rs256`) in the JWKS the server rotates: names a public key, no credential.", ({ rng }) => {
      const kid = `${rng.uuid()}_sig_rs256`;
      return { value: kid, event: { j: [['INFO', 'io.jans.as.server.service.cdi.util.KeyGenerator', 'KeyGenerator.java:88', `Key rotated, new kid: ${kid}`]] } };
    }),
    3,
    plant('oauth-code', 'jans-authorize-redirect-code-twice', 'warning', `${WHY.code} The authorize endpoint logs the redirect it prepares and again when it sends it, code and state in the URL.`, ({ rng }) => {
      const code = rng.uuid();
      const url = `https://seva.${SSV}/callback?code=${code}&scope=openid+profile&state=${rng.hex(16)}`;
      return { value: code, event: { j: [['DEBUG', AZ, 'AuthorizeRestWebServiceImpl.java:583', `Preparing redirect to: ${url}`], ['DEBUG', 'io.jans.as.server.util.RedirectUtil', 'RedirectUtil.java:93', `Redirect response: ${url}`]] } };
    }),
    3,
    plant('header-dump', 'jans-token-request-headers-basic-client-secret', 'error', "The token endpoint logs the request's headers at DEBUG, `Authorization=Basic <base64 of client_id:client_secret>` included: the counter app's client secret.", ({ rng }) => {
      const b = b64Of(`2200.${rng.uuid()}:${rng.alnum(32)}`);
      return { value: b, event: { j: [['DEBUG', TK, 'TokenRestWebServiceImpl.java:145', `Request headers: {Authorization=Basic ${b}, Content-Type=application/x-www-form-urlencoded, Host=id.${SSV}}`]] } };
    }),
    3,
    plant('id-token', 'jans-token-response-id-token', 'error', "The token endpoint logs its response at DEBUG (the access token masked by the deployment's patch, the `id_token` not), with its IST time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 0, jti: true, alg: 'RS256', kid: `${rng.uuid()}_sig_rs256`, claims: { iss: `https://id.${SSV}`, sub: rng.uuid(), aud: `2200.${rng.uuid()}`, acr: 'aadhaar_otp' } });
      return { value: token, jwt: facts, event: { j: [['DEBUG', TK, 'TokenRestWebServiceImpl.java:412', `Token response: {"access_token":"[masked]","id_token":"${token}","token_type":"Bearer","expires_in":299}`]] } };
    }),
    3,
    plant('session-id', 'jans-session-id-cookie-debug', 'error', WHY.session("Janssen's `session_id` cookie value (a UUID), logged by SessionIdService at DEBUG when it reads the cookie"), ({ rng }) => {
      const sid = rng.uuid();
      return { value: sid, event: { j: [['DEBUG', 'io.jans.as.server.service.SessionIdService', 'SessionIdService.java:702', `Found session_id cookie: ${sid}, state: AUTHENTICATED`]] } };
    }),
    3,
    plant('implicit-fragment', 'jans-redirect-fragment-access-token', 'error', "The authorize endpoint's redirect for the office app's implicit flow (`response_mode=fragment`), logged at DEBUG with `#access_token=`.", ({ rng }) => {
      const at = rng.uuid();
      return { value: at, event: { j: [['DEBUG', 'io.jans.as.server.util.RedirectUtil', 'RedirectUtil.java:93', `Redirect response: https://karyalayam.${SSV}/app/#access_token=${at}&token_type=Bearer&expires_in=299&state=${rng.hex(16)}`]] } };
    }),
    3,
    plant('id-token', 'jans-end-session-id-token-hint-expired', 'note', "The end-session endpoint logs the `id_token_hint` of a logout made three hours after the token expired, with its IST time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 4 * 3600 + rng.int(60, 900), jti: true, alg: 'RS256', kid: `${rng.uuid()}_sig_rs256`, claims: { iss: `https://id.${SSV}`, sub: rng.uuid(), aud: `2200.${rng.uuid()}` } });
      return { value: token, jwt: facts, event: { j: [['DEBUG', 'io.jans.as.server.session.ws.rs.EndSessionRestWebServiceImpl', 'EndSessionRestWebServiceImpl.java:118', `Attempting to end session, idTokenHint: ${token}, postLogoutRedirectUri: https://seva.${SSV}/, sid: ${rng.uuid()}`]] } };
    }),
    3,
    plant('negative', 'jans-client-inum', 'none', "A client's inum (`2200.<uuid>`): the client's identifier, no credential.", ({ rng }) => {
      const inum = `2200.${rng.uuid()}`;
      return { value: inum, event: { j: [['DEBUG', 'io.jans.as.server.service.ClientService', 'ClientService.java:212', `Found client: ${inum}, displayName: సులభ సేవ కౌంటర్`]] } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 6 * HOUR, site: { host: 'jans' }, filler, render });
}

// ---------------------------------------------------------------------------------------------------------------------
// http-api.log: /var/log/jasmin/http-api.log of a Jasmin SMS gateway 0.11 at DEBUG (IST, no zone): `<yyyy-mm-dd
// HH:MM:SS> <LEVEL> <pid> <message>`, `Rendering /send response with args: {…} from <ip>` (the request's arguments as a
// dict of lists), `SMS-MT [uid:…] [cid:…] [msgid:…] [prio:…] [from:b'…'] [to:b'…'] [content:b'…']` with the content as a
// Python bytes repr (Telugu text as `\xe0…` escapes), the DLR thrower's lines.
// https://github.com/jookies/jasmin/issues/1251 (read through search: messages.log's SMS-MT line) and a pasted
// http-api.log (read through search: the `Rendering /send response with args` line); the rest from memory.

function jasminLog(rng) {
  const render = (e) => e.h.map(([lvl, msg]) => `${ymdHmsAt(e.t, IST)} ${lvl} 1 ${msg}`);
  const bytesRepr = (s) => `b'${[...Buffer.from(s)].map((c) => (c >= 0x20 && c < 0x7f && c !== 0x27 && c !== 0x5c ? String.fromCharCode(c) : `\\x${c.toString(16).padStart(2, '0')}`)).join('')}'`;
  const msisdn = (rng) => `91${rng.pick(['9', '8', '7'])}${digits(rng, 9)}`;
  const mt = (content, rng) => ['INFO', `SMS-MT [uid:sulabha_notify] [cid:airtel-hyd] [msgid:${rng.uuid()}] [prio:1] [from:b'SULBHA'] [to:b'${msisdn(rng)}'] [content:${bytesRepr(content)}]`];
  const filler = (rng) => ({ h: [rng.pick([
    () => mt(`మీ దరఖాస్తు ${upperNum(rng, 3)}-${digits(rng, 8)} స్వీకరించబడింది.`, rng),
    () => ['INFO', `DLR [msgid:${rng.uuid()}] [smpp-msgid:${rng.hex(8)}] [stat:DELIVRD] [to:b'${msisdn(rng)}']`],
    () => mt(`Your application ${upperNum(rng, 3)}-${digits(rng, 8)} is ready for collection at the counter.`, rng),
  ])()] });
  const steps = [
    3,
    plant('negative', 'jasmin-smpp-msgid', 'none', "The SMSC's message id (`smpp-msgid`, 8 hex) in a delivery receipt: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(8);
      return { value: id, event: { h: [['INFO', `DLR [msgid:${rng.uuid()}] [smpp-msgid:${id}] [stat:DELIVRD] [to:b'${msisdn(rng)}']`]] } };
    }),
    3,
    plant('framework-dump', 'jasmin-rendering-send-args-password', 'error', "Jasmin's HTTP API logs the arguments of each `/send` at DEBUG as a dict of lists, the sending account's `password` included.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { h: [['DEBUG', `Rendering /send response with args: {'username': ['sulabha_notify'], 'password': ['${pw}'], 'to': ['${msisdn(rng)}'], 'from': ['SULBHA'], 'coding': ['8'], 'content': ['\\xe0\\xb0\\xae\\xe0\\xb1\\x80 \\xe0\\xb0\\xb8\\xe0\\xb1\\x87\\xe0\\xb0\\xb5']} from 10.70.2.11`]] } };
    }),
    3,
    plant('path-secret', 'jasmin-sms-mt-dhruvapatram-link', 'error', WHY.pathSecret('The certificate download link (`/dhruvapatram/<token>`, "certificate") texted to the citizen, in the SMS-MT line\'s content'), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { h: [mt(`మీ ధ్రువపత్రం సిద్ధంగా ఉంది: https://${SSV}/dhruvapatram/${tok}`, rng)] } };
    }),
    3,
    plant('replay', 'jasmin-sms-mt-pravesham-ticket-once', 'note', WHY.ticketFirst('A single-use sign-in `ticket` texted to a citizen (`/pravesham?ticket=…`, "entry"), in the SMS-MT line\'s content'), ({ rng }) => {
      const tk = rng.b64url(24);
      return { value: tk, event: { h: [mt(`Sulabha Seva: sign in within 10 min https://${SSV}/pravesham?ticket=${tk}`, rng)] } };
    }),
    3,
    plant('encoded', 'jasmin-sms-mt-percent-encoded-next-key', 'error', "A text to a field officer whose link carries a percent-encoded `next` URL with the status API's key (`%3Ftaalamchevi%3D<key>`), inside the content's bytes repr.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { h: [mt(`స్థితి: https://${SSV}/login?next=https%3A%2F%2Fapi.${SSV}%2Fv1%2Fsthiti%3Ftaalamchevi%3D${key}`, rng)] } };
    }),
    3,
    plant('api-key-name', 'jasmin-dlr-url-taalamchevi', 'error', `${WHY.apiKey('taalamchevi')} ("key", Telugu) The delivery receipt callback URL given with \`dlr-url\` carries the key of the receipt endpoint; the DLR thrower's failure line writes it.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { h: [['ERROR', `DLRThrower: [msgid:${rng.uuid()}] Throwing HTTP/DLR to https://dlr.${SSV}/jasmin/dlr?taalamchevi=${key} failed: 503 Service Unavailable, retrying in 30s`]] } };
    }),
    3,
    plant('negative', 'jasmin-queue-msgid', 'none', "Jasmin's queue message id (a UUID) in an SMS-MT line: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { h: [['INFO', `SMS-MT [uid:sulabha_notify] [cid:airtel-hyd] [msgid:${id}] [prio:1] [from:b'SULBHA'] [to:b'${msisdn(rng)}'] [content:b'Counter 14 is now serving token 0417.']`]] } };
    }),
    3,
  ];
  return buildLog(rng, { steps: more(steps), start: DAY0 + 7 * HOUR, site: { host: 'jasmin' }, filler, render });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout47');
writePart(join(here, 'heldout47'), {
  'aclog.@20271005T080011.s': wsaLog(rng),
  '2027-10-05.log': druidLog(rng),
  'Master.csv': asteriskCdr(rng),
  'simplesamlphp.log': simpleSamlLog(rng),
  'redpanda-connect.log': redpandaConnectLog(rng),
  'tracking.log': edxTracking(rng),
  'bbb-web.log': bbbWebLog(rng),
  access: dirsrvAccess(rng),
  'moodle-cron.log': moodleCron(rng),
  'sg_info.log': syncGatewayLog(rng),
  'ckan.log': ckanLog(rng),
  'pulsar-broker.log': pulsarLog(rng),
  'jans-auth.log': jansAuthLog(rng),
  'http-api.log': jasminLog(rng),
});
