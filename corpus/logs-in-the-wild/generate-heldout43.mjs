// Writes corpus/logs-in-the-wild/heldout43/: a forty-third held-out part, in formats no other part uses (a Snowflake
// QUERY_HISTORY result downloaded as CSV, Segment's Amazon S3 destination (one event a line), a Chef Infra Client run's
// console at `-l info`, a Microsoft Purview audit log search exported as CSV, `yt-dlp -v` runs appended to a file, a
// Forcepoint Content Gateway's LEEF syslog, cPanel & WHM's access_log, Algolia's `GET /1/logs` through jq, a Bitrise build
// log, ApacheBench at `-v 4` under a `set -x` script, EMQX 5 under `docker logs` with a rule's console action, ThingsBoard's
// thingsboard.log with Spring's DispatcherServlet at DEBUG and a Log rule node, a Google Apps Script execution log, AWS
// Network Firewall alert logs), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout43.mjs     rewrites heldout43/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Stavewise, a music lesson booking service and sheet music shop in Manchester (English, five logs);
// Kera ("rent"), a letting agency in Malta with a tenant portal, a tenant app and a property search (Maltese routes,
// parameter and field names as a Maltese developer writes them without the dots and bars (`dhul`, `stedina`,
// `kelma-sigrieta/irrisettja`, `sessjoni`, `cavetta_api`), Maltese text in listings and messages, English code names,
// five logs); Dalu (දළු, "tea leaf buds"), a tea leaf collection and payment service for smallholders in Sri Lanka's hill
// country with weighing scales, a collectors' app and a spreadsheet back office (Sinhala messages in Sinhala script,
// routes, parameter and topic names transliterated to Latin letters (`yathura`, `rahas_yathura`, `sesiya`,
// `ek_wara_tikata`, `pitaveema`, `vartha`), English code names, four logs). Standard names (OAuth's, vendors') stay as
// their specifications and vendors write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'Java/21.0.7'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 7, 5, 0, 0, 0);
const { firstUse, gap } = replayClock();

// ---------------------------------------------------------------------------------------------------------------------
// Helpers shared by several formats.

/** Manchester in August (BST), Malta in August (CEST), Sri Lanka (UTC+5:30). */
const BST = 60;
const CEST = 120;
const SLST = 330;
/** `+01:00` for an offset in minutes. */
const zone = (offset, colon = true) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
/** ISO 8601 with the offset, to the second: `2027-08-05T10:12:33+01:00`. */
const isoAt = (ms, offset) => `${local(ms, offset).slice(0, 19)}${zone(offset)}`;
/** A private address. */
const lan = (rng, prefix = '10.20') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** A CSV field, quoted, quotes doubled. */
const csvq = (s) => `"${String(s).replace(/"/g, '""')}"`;
/** Python's repr of a list of str. */
const pyList = (items) => `[${items.map((s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(', ')}]`;
/** A token with `/`, `+` and `=` as a Git host's deploy token may have, percent-encoded for a URL's userinfo. */
const pctToken = (rng) => {
  const raw = `${rng.alnum(10)}/${rng.alnum(9)}+${rng.alnum(12)}=`;
  return raw.replace(/\//g, '%2F').replace(/\+/g, '%2B').replace(/=/g, '%3D');
};

// =====================================================================================================================
// Stavewise (English; Manchester: BST, UTC+1, in August)
// =====================================================================================================================

const SW = 'stavewise.example';
const INSTRUMENTS = ['piano', 'violin', 'cello', 'guitar', 'flute', 'voice', 'clarinet'];
const GRADES = ['grade-1', 'grade-3', 'grade-5', 'grade-8', 'diploma'];

// ---------------------------------------------------------------------------------------------------------------------
// QUERY_HISTORY_2027-08-05.csv: an analyst's Snowsight worksheet `SELECT query_id, query_text, … FROM
// TABLE(INFORMATION_SCHEMA.QUERY_HISTORY(…)) ORDER BY start_time`, downloaded with "Download results" as CSV: a header
// row, text fields quoted with quotes doubled, a query's text over several physical lines inside its quoted field, numbers
// bare, TIMESTAMP_LTZ in the account's default output format (`YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM`, the session in
// Europe/London).
// https://docs.snowflake.com/en/sql-reference/functions/query_history (from memory, not fetched: the columns); Snowsight's
// CSV download and the timestamp output format from memory.

function snowflakeCsv(rng) {
  const ts = (ms) => `${local(ms, BST).slice(0, 23).replace('T', ' ')} ${zone(BST, false)}`;
  const session = `${digits(rng, 5)}${digits(rng, 9)}`;
  const qid = () => `01b${rng.hex(5)}-0${digits(rng, 3)}-${rng.hex(4)}-0000-${rng.hex(4)}000${rng.hex(5)}`;
  const render = (e) => {
    const ms = e.sf.ms ?? rng.int(80, 9000);
    const row = [csvq(qid()), csvq(e.sf.text), csvq('STAVEWISE'), csvq(e.sf.schema ?? 'ANALYTICS'), csvq(e.sf.type ?? 'SELECT'), e.sf.session ?? session, csvq(e.sf.user ?? 'PRIYA.NAIR'), csvq(e.sf.role ?? 'ANALYST'), csvq('REPORTING_XS'), csvq(e.sf.status ?? 'SUCCESS'), e.sf.error ? csvq(e.sf.error) : '', ts(e.t), ts(e.t + ms), ms, csvq(e.sf.hash ?? rng.hex(32))];
    return row.join(',').split('\n');
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ sf: { text: `SELECT instrument, COUNT(*) AS lessons\nFROM bookings\nWHERE lesson_date >= DATEADD(day, -28, CURRENT_DATE)\nGROUP BY instrument\nORDER BY lessons DESC;` } }),
      () => ({ sf: { text: `SELECT teacher_id, AVG(rating) FROM lesson_feedback WHERE created_at > '2027-07-01' GROUP BY 1 HAVING COUNT(*) > ${rng.int(3, 20)};` } }),
      () => ({ sf: { text: `SELECT sku, title, SUM(qty) AS sold\nFROM shop_order_lines\nWHERE category = '${rng.pick(['exam-pieces', 'scales', 'theory'])}'\nGROUP BY sku, title\nORDER BY sold DESC\nLIMIT 50;` } }),
      () => ({ sf: { text: 'SHOW WAREHOUSES;', type: 'SHOW', ms: rng.int(30, 90) } }),
      () => ({ sf: { text: `SELECT COUNT(DISTINCT student_id) FROM bookings WHERE instrument = '${rng.pick(INSTRUMENTS)}';` } }),
    ])();
  const header = ['"QUERY_ID","QUERY_TEXT","DATABASE_NAME","SCHEMA_NAME","QUERY_TYPE","SESSION_ID","USER_NAME","ROLE_NAME","WAREHOUSE_NAME","EXECUTION_STATUS","ERROR_MESSAGE","START_TIME","END_TIME","TOTAL_ELAPSED_TIME","QUERY_HASH"'];
  const steps = [
    3,
    plant('path-secret', 'snowflake-query-text-where-reset-url', 'error', WHY.pathSecret("An analyst chasing a support ticket pastes the student's password reset link into a query of the page-view table (`WHERE page_url = 'https://…/password/reset/<token>'`); QUERY_HISTORY keeps every query's text"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { sf: { text: `SELECT event_time, user_id, page_url, status\nFROM web.page_views\nWHERE page_url = 'https://${SW}/password/reset/${tok}'\nORDER BY event_time;`, schema: 'WEB' } } };
    }),
    3,
    plant('negative', 'snowflake-query-hash', 'none', "Snowflake's QUERY_HASH of a query's normalized text (32 hex): a fingerprint to group identical queries, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { sf: { text: 'SELECT lesson_date, COUNT(*) FROM bookings GROUP BY 1 ORDER BY 1;', hash: h } } };
    }),
    3,
    plant('webhook', 'snowflake-notification-integration-webhook-url-slack', 'error', WHY.webhook("A data engineer creates a notification integration for failed tasks with the Slack webhook's whole path in `WEBHOOK_URL` (instead of the `SNOWFLAKE_WEBHOOK_SECRET` placeholder Snowflake offers); the `CREATE NOTIFICATION INTEGRATION` text is in QUERY_HISTORY"), ({ rng }) => {
      const secret = rng.alnum(24);
      return { value: secret, event: { sf: { text: `CREATE OR REPLACE NOTIFICATION INTEGRATION ops_slack_alerts\n  TYPE = WEBHOOK\n  ENABLED = TRUE\n  WEBHOOK_URL = 'https://hooks.slack.com/services/T${upperNum(rng, 8)}/B${upperNum(rng, 10)}/${secret}'\n  WEBHOOK_BODY_TEMPLATE = '{"text": "SNOWFLAKE_WEBHOOK_MESSAGE"}'\n  WEBHOOK_HEADERS = ('Content-Type'='application/json');`, type: 'CREATE', user: 'TOM.HARGREAVES', role: 'SYSADMIN', ms: rng.int(100, 400) } } };
    }),
    3,
    plant('negative', 'snowflake-webhook-secret-placeholder', 'none', "The notification integration written as Snowflake documents it: `WEBHOOK_URL` ends in the `SNOWFLAKE_WEBHOOK_SECRET` placeholder, filled from a SECRET object at send time: a placeholder, no credential.", () => ({
      value: 'SNOWFLAKE_WEBHOOK_SECRET',
      event: { sf: { text: `CREATE OR REPLACE NOTIFICATION INTEGRATION ops_slack_alerts\n  TYPE = WEBHOOK\n  ENABLED = TRUE\n  WEBHOOK_URL = 'https://hooks.slack.com/services/SNOWFLAKE_WEBHOOK_SECRET'\n  WEBHOOK_SECRET = stavewise.ops.slack_alerts_secret\n  WEBHOOK_BODY_TEMPLATE = '{"text": "SNOWFLAKE_WEBHOOK_MESSAGE"}'\n  WEBHOOK_HEADERS = ('Content-Type'='application/json');`, type: 'CREATE', user: 'TOM.HARGREAVES', role: 'SYSADMIN', ms: 212 } },
    })),
    3,
    plant('api-key-name', 'snowflake-query-text-external-function-licence-key', 'error', `${WHY.apiKey('licence_key')} A query calls the shop's external function for the sheet music publisher's catalogue with the key in the URL argument (\`util.http_get('https://…/v2/titles?licence_key=…')\`); the query's text is logged.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { sf: { text: `SELECT t.value:isbn::string AS isbn, t.value:title::string AS title\nFROM TABLE(FLATTEN(util.http_get('https://api.scoreshelf.example/v2/titles?imprint=ABRSM&licence_key=${key}'):titles)) t;`, user: 'TOM.HARGREAVES', role: 'ENGINEER' } } };
    }),
    3,
    plant('encoded', 'snowflake-query-text-base64-json-client-secret', 'error', 'A query builds the CRM connection from a literal the engineer copied from the vault as base64 (`PARSE_JSON(BASE64_DECODE_STRING(\'eyJ…\'))`): base64 of a JSON object with the OAuth `client_id` and `client_secret`, one decoding away.', ({ rng }) => {
      const blob = b64Of(JSON.stringify({ client_id: `crm-${rng.hex(12)}`, client_secret: rng.b64url(40), token_url: `https://crm.${SW}/oauth/token` }));
      return { value: blob, event: { sf: { text: `SET crm_conn = (SELECT PARSE_JSON(BASE64_DECODE_STRING('${blob}')));`, type: 'SET', user: 'TOM.HARGREAVES', role: 'ENGINEER', ms: rng.int(20, 80) } } };
    }),
    3,
    plant('session-id', 'snowflake-query-text-like-session-cookie', 'error', WHY.session("An analyst looks up a teacher's requests by the session cookie copied from a support screen (`WHERE cookie_header LIKE '%stavewise_session=<value>%'`); the query text keeps the live cookie value"), ({ rng }) => {
      const sid = rng.alnum(40);
      return { value: sid, event: { sf: { text: `SELECT request_time, method, path, status\nFROM web.requests\nWHERE cookie_header LIKE '%stavewise_session=${sid}%'\nORDER BY request_time DESC\nLIMIT 200;`, schema: 'WEB' } } };
    }),
    3,
    plant('refresh-token', 'snowflake-query-text-update-google-refresh-token', 'error', `${WHY.refresh} A back-office fix writes the calendar integration's Google refresh token (\`1//0…\`) into a configuration table with an \`UPDATE\`, whose text QUERY_HISTORY keeps.`, ({ rng }) => {
      const tok = `1//0${rng.b64url(99)}`;
      return { value: tok, event: { sf: { text: `UPDATE ops.integration_config\nSET refresh_token = '${tok}', updated_by = CURRENT_USER()\nWHERE provider = 'google_calendar' AND teacher_id = ${rng.int(1000, 9999)};`, type: 'UPDATE', schema: 'OPS', user: 'TOM.HARGREAVES', role: 'ENGINEER' } } };
    }),
    3,
    plant('id-token', 'snowflake-query-text-decode-id-token', 'error', "An engineer decodes a student's Sign in with Apple ID token in SQL to read its claims (`BASE64_DECODE_STRING(SPLIT_PART('<JWT>', '.', 2))`); the one-line query sits on its row beside START_TIME with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(30, 300), alg: 'RS256', kid: rng.alnum(10), claims: { iss: 'https://appleid.apple.com', aud: `com.${SW.split('.')[0]}.app`, sub: `00${digits(rng, 4)}.${rng.hex(32)}.${digits(rng, 4)}`, email: `${rng.lowerNum(8)}@privaterelay.appleid.com` } });
      return { value: token, jwt: facts, event: { sf: { text: `SELECT TRY_PARSE_JSON(BASE64_DECODE_STRING(RPAD(SPLIT_PART('${token}', '.', 2), 1000, '='))) AS claims;`, user: 'TOM.HARGREAVES', role: 'ENGINEER', ms: rng.int(40, 120) } } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 40 * MIN, site: { host: 'sf' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// segment-logs-2027-08-05T10.json: one object of Segment's Amazon S3 destination (gunzipped): one event a line as
// Segment stores it (`anonymousId`, `context` with `page`, `library` and `userAgent`, `integrations`, `messageId`
// `ajs-next-…`, `originalTimestamp`, `properties`, `receivedAt`, `sentAt`, `timestamp`, `type`, `userId`, …), times in
// ISO 8601 UTC with milliseconds. analytics.js leaves the fragment out of `context.page.url`; properties the app passes
// itself are stored as given.
// https://segment.com/docs/connections/storage/catalog/amazon-s3/ and https://segment.com/docs/connections/spec/common/
// (from memory, not fetched).

function segmentLog(rng) {
  const render = (e) => {
    const t0 = e.t - rng.int(200, 900);
    const ev = {
      anonymousId: e.anon ?? rng.uuid(),
      channel: 'client',
      context: {
        ip: e.ip,
        library: { name: 'analytics.js', version: 'next-1.81.1' },
        locale: 'en-GB',
        page: { path: e.page.path, referrer: e.page.referrer ?? '', search: e.page.search ?? '', title: e.page.title, url: `https://${e.page.host ?? `app.${SW}`}${e.page.path}${e.page.search ?? ''}` },
        userAgent: e.ua,
      },
      ...(e.event ? { event: e.event } : {}),
      integrations: {},
      messageId: e.mid ?? `ajs-next-${rng.hex(32)}`,
      originalTimestamp: iso(t0),
      projectId: 'u4vQm2Xc8TzR1sLkP9aWbn',
      properties: e.props ?? { path: e.page.path, referrer: e.page.referrer ?? '', search: e.page.search ?? '', title: e.page.title, url: `https://${e.page.host ?? `app.${SW}`}${e.page.path}${e.page.search ?? ''}` },
      receivedAt: iso(e.t + rng.int(20, 300)),
      sentAt: iso(t0 + rng.int(5, 60)),
      timestamp: iso(e.t),
      type: e.type ?? 'page',
      ...(e.userId ? { userId: e.userId } : {}),
      version: 2,
    };
    return [JSON.stringify(ev)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ page: { path: `/teachers/${rng.pick(INSTRUMENTS)}`, title: 'Find a teacher – Stavewise', host: SW } }),
      () => ({ page: { path: `/shop/${rng.pick(GRADES)}-${rng.pick(INSTRUMENTS)}`, search: `?sort=${rng.pick(['popular', 'newest'])}`, title: 'Exam pieces – Stavewise Shop', host: `shop.${SW}` } }),
      () => ({ type: 'track', event: 'Lesson Booked', page: { path: '/book/confirm', title: 'Confirm booking' }, props: { instrument: rng.pick(INSTRUMENTS), length_minutes: rng.pick([30, 45, 60]), price_gbp: rng.pick([22, 30, 38]) }, userId: `u_${rng.alnum(10)}` }),
      () => ({ page: { path: '/lessons', title: 'My lessons – Stavewise' }, userId: `u_${rng.alnum(10)}` }),
    ])();
  const steps = [
    3,
    plant('negative', 'segment-message-id', 'none', "Segment's `messageId` (`ajs-next-<32 hex>`), the de-duplication id analytics.js gives each call: an event identifier, no credential.", ({ rng }) => {
      const mid = `ajs-next-${rng.hex(32)}`;
      return { value: mid, event: { mid, page: { path: '/pricing', title: 'Pricing – Stavewise', host: SW } } };
    }),
    3,
    plant('path-secret', 'segment-page-teacher-invite-token', 'error', WHY.pathSecret("A teacher opens the invitation to join a music school's account (`/invite/<token>`); the page call stores the path in `context.page` and again in `properties` (`path`, `url`), all on one line"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { page: { path: `/invite/${tok}`, title: 'Join Northern Strings Academy – Stavewise' } } };
    }),
    3,
    plant('oauth-code', 'segment-page-search-zoom-callback-code', 'warning', `${WHY.code} The page call of the Zoom integration's callback page stores \`search\` (\`?code=…&state=…\`) and the full \`url\` in \`context.page\` and \`properties\`.`, ({ rng }) => {
      const code = rng.alnum(32);
      const search = `?code=${code}&state=${rng.b64url(22)}`;
      return { value: code, event: { page: { path: '/integrations/zoom/callback', search, title: 'Connecting Zoom… – Stavewise' }, userId: `u_${rng.alnum(10)}` } };
    }),
    3,
    plant('implicit-fragment', 'segment-track-property-location-href-fragment', 'error', "analytics.js drops the fragment from `context.page.url`, but the app's own `Oauth Redirect Landed` track call passes `location: window.location.href`, so `#access_token=…` of the old school-portal sign-in lands in `properties.location`.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { type: 'track', event: 'Oauth Redirect Landed', page: { path: '/schools/sso/return', title: 'Signing in… – Stavewise' }, props: { provider: 'school-portal', location: `https://app.${SW}/schools/sso/return#access_token=${tok}&token_type=bearer&expires_in=3600` } } };
    }),
    3,
    plant('id-token', 'segment-track-property-apple-id-token', 'error', 'A `Signed In` track call passes the whole Sign in with Apple response as properties, `id_token` included; the line carries `timestamp` in UTC', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(2, 30), alg: 'RS256', kid: rng.alnum(10), claims: { iss: 'https://appleid.apple.com', aud: `com.stavewise.web`, sub: `00${digits(rng, 4)}.${rng.hex(32)}.${digits(rng, 4)}`, nonce_supported: true } });
      return { value: token, jwt: facts, event: { type: 'track', event: 'Signed In', page: { path: '/login', title: 'Log in – Stavewise' }, props: { provider: 'apple', authorization: { state: rng.b64url(16), id_token: token } }, userId: `u_${rng.alnum(10)}` } };
    }),
    3,
    plant('embed-jwt', 'segment-page-embed-practice-report-jwt-no-exp', 'error', "A school's website embeds a student's practice report (`/embed/practice-report/<JWT>`), and the embedded page makes its own page call: `context.page.path`, `url` and `properties` hold the token, minted without `exp`; the line carries `timestamp` in UTC", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400, 20 * 86400), claims: { iss: `https://app.${SW}`, sub: `st_${rng.alnum(10)}`, view: 'practice-report', school: 'northern-strings' } });
      return { value: token, jwt: facts, event: { page: { path: `/embed/practice-report/${token}`, referrer: 'https://northernstrings.example/students/progress', title: 'Practice report' } } };
    }),
    3,
    plant('refresh-token', 'segment-track-property-refresh-token', 'error', `${WHY.refresh} The app's \`Session Renewed\` track call passes the token endpoint's response as properties, \`refresh_token\` included.`, ({ rng }) => {
      const tok = rng.b64url(64);
      return { value: tok, event: { type: 'track', event: 'Session Renewed', page: { path: '/lessons', title: 'My lessons – Stavewise' }, props: { token_type: 'Bearer', expires_in: 900, refresh_token: tok, scope: 'lessons profile' }, userId: `u_${rng.alnum(10)}` } };
    }),
    3,
    plant('negative', 'segment-anonymous-id', 'none', "Segment's `anonymousId` (a uuid analytics.js stores in a cookie to tie a visitor's events together): an analytics identifier, no credential.", ({ rng }) => {
      const a = rng.uuid();
      return { value: a, event: { anon: a, page: { path: '/blog/practising-scales', title: 'How to practise scales – Stavewise', host: SW } } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'segment' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// chef-client.log: a web node's `chef-client -l info` run by a systemd timer, its stdout appended to a file: the doc
// formatter's lines (`Recipe: …`, `  * <resource>[<name>] action <action>`, `    - <what it did>`, a template's unified
// diff, the error block of a failed resource with `Resource Declaration:` and `Compiled Resource:`) between the logger's
// `[<ISO 8601 with offset>] INFO: …` lines (local time, BST).
// https://docs.chef.io/ctl_chef_client/ and https://docs.chef.io/resources/http_request/ (from memory, not fetched); the
// formatter's output from memory.

function chefLog(rng) {
  const render = (e) => e.lines.map((l) => (typeof l === 'string' ? l : `[${isoAt(e.t, BST)}] ${l[0]}: ${l[1]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [`  * apt_package[${rng.pick(['nginx', 'ffmpeg', 'libvips42', 'postgresql-client-16'])}] action install (up to date)`] }),
      () => ({ lines: [`  * directory[/var/lib/stavewise/${rng.pick(['uploads', 'scores', 'tmp'])}] action create (up to date)`] }),
      () => ({ lines: [`  * service[${rng.pick(['nginx', 'stavewise-web', 'stavewise-worker'])}] action enable (up to date)`] }),
      () => ({ lines: [`  * file[/etc/logrotate.d/stavewise] action create (up to date)`] }),
    ])();
  const start = DAY0 + 9 * HOUR + 5 * MIN;
  const header = [
    'Starting Chef Infra Client, version 18.6.2',
    'Patents: https://www.chef.io/patents',
    'Infra Phase starting',
    `[${isoAt(start - 9000, BST)}] INFO: *** Chef Infra Client 18.6.2 ***`,
    `[${isoAt(start - 9000, BST)}] INFO: Platform: x86_64-linux`,
    `[${isoAt(start - 9000, BST)}] INFO: Chef-client pid: 41127`,
    `[${isoAt(start - 7000, BST)}] INFO: Run List is [role[web]]`,
    `[${isoAt(start - 7000, BST)}] INFO: Run List expands to [stavewise_app::default, stavewise_app::monitoring]`,
    `[${isoAt(start - 6000, BST)}] INFO: Starting Chef Infra Client Run for web-03.${SW}`,
    'resolving cookbooks for run list: ["stavewise_app::default", "stavewise_app::monitoring"]',
    'Synchronizing cookbooks:',
    '  - stavewise_app (4.12.0)',
    '  - nodejs (10.1.0)',
    'Installing cookbook gem dependencies:',
    'Compiling cookbooks...',
    'Loading Chef InSpec profile files:',
    'Loading Chef InSpec input files:',
    'Loading Chef InSpec waiver files:',
    'Converging 31 resources',
    'Recipe: stavewise_app::default',
  ];
  const steps = [
    2,
    plant('negative', 'chef-apt-repository-key-fingerprint', 'none', "The fingerprint of the NodeSource repository's signing key the `apt_repository` resource installs (40 hex): a public key's fingerprint, public by design, no credential.", ({ rng }) => {
      const fp = rng.hex(40).toUpperCase();
      return { value: fp, event: { lines: ['  * apt_repository[nodesource] action add', `    - add key ${fp} to /etc/apt/keyrings/nodesource.gpg`, '    - update /etc/apt/sources.list.d/nodesource.list', '    - update package cache'] } };
    }),
    2,
    plant('encoded', 'chef-git-clone-url-percent-encoded-deploy-token', 'error', "The `git` resource clones with a deploy token in the repository URL's userinfo, percent-encoded because it holds `/`, `+` and `=` (`https://deploy-bot:<token with %2F %2B %3D>@git…`); the logger's `cloning repo` line and the formatter's `clone from` line both print it.", ({ rng }) => {
      const tok = pctToken(rng);
      const repo = `https://deploy-bot:${tok}@git.${SW}/web/stavewise.git`;
      return { value: tok, event: { lines: ['  * git[/opt/stavewise/app] action sync', ['INFO', `git[/opt/stavewise/app] cloning repo ${repo} to /opt/stavewise/app`], `    - clone from ${repo} into /opt/stavewise/app`, `    - checkout ref ${rng.hex(40)} branch release-2027.08`] } };
    }),
    2,
    plant('framework-dump', 'chef-template-diff-database-url-password', 'error', "The env file's template is not marked `sensitive`, so the formatter prints its unified diff: the added `DATABASE_URL=postgres://stavewise_app:<password>@…` line carries the database password.", ({ rng, t }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { lines: ['  * template[/etc/stavewise/app.env] action create', ['INFO', `template[/etc/stavewise/app.env] backed up to /var/chef/backup/etc/stavewise/app.env.chef-20270805${local(t, BST).slice(11, 19).replace(/:/g, '')}.${digits(rng, 6)}`], ['INFO', 'template[/etc/stavewise/app.env] updated file contents /etc/stavewise/app.env'], `    - update content in file /etc/stavewise/app.env from ${rng.hex(6)} to ${rng.hex(6)}`, `    --- /etc/stavewise/app.env\t2027-07-29 10:02:11.${digits(rng, 9)} +0100`, `    +++ /etc/stavewise/.chef-app20270805-41127-${lowerNum(rng, 6)}.env\t${ymdHmsAt(t - 900, BST)}.${digits(rng, 9)} +0100`, '    @@ -1,4 +1,5 @@', '     APP_ENV=production', '     LOG_LEVEL=info', `    +DATABASE_URL=postgres://stavewise_app:${pw}@db-primary.internal:5432/stavewise`, '     REDIS_URL=redis://cache.internal:6379/0', '     TZ=Europe/London', '  * service[stavewise-web] action restart', ['INFO', 'service[stavewise-web] restarted'], '    - restart service service[stavewise-web]'] } };
    }),
    2,
    plant('api-key-name', 'chef-http-request-url-deploy-key', 'error', `${WHY.apiKey('deploy_key')} An \`http_request\` resource tells the release tracker about the deploy with the key in the URL; the logger's \`POST to … successful\` line and the formatter's description both print it.`, ({ rng }) => {
      const key = rng.hex(32);
      const url = `https://releases.${SW}/api/deploys?service=web&sha=${rng.hex(12)}&deploy_key=${key}`;
      return { value: key, event: { lines: ['  * http_request[record-deploy] action post', ['INFO', `http_request[record-deploy] POST to ${url} successful`], `    - http_request[record-deploy] POST to ${url}`] } };
    }),
    2,
    plant('webhook', 'chef-http-request-cloudflare-pages-deploy-hook', 'error', WHY.webhook('An `http_request` resource triggers the marketing site rebuild through a Cloudflare Pages deploy hook (`/pages/webhooks/deploy_hooks/<uuid>`), printed by the logger and the formatter'), ({ rng }) => {
      const id = rng.uuid();
      const url = `https://api.cloudflare.com/client/v4/pages/webhooks/deploy_hooks/${id}`;
      return { value: id, event: { lines: ['  * http_request[rebuild-marketing-site] action post', ['INFO', `http_request[rebuild-marketing-site] POST to ${url} successful`], `    - http_request[rebuild-marketing-site] POST to ${url}`] } };
    }),
    2,
    { raw: { lines: ['Recipe: stavewise_app::monitoring'] } },
    plant('embed-jwt', 'chef-http-request-get-embed-jwt-no-exp', 'error', "A cache-warming `http_request` fetches the public timetable embed (`/embed/timetable/<JWT>`), a token minted without `exp` and kept in the cookbook's attributes; the logger's line has its time with the offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(30 * 86400, 200 * 86400), claims: { iss: `https://app.${SW}`, sub: 'school:northern-strings', view: 'timetable' } });
      const url = `https://app.${SW}/embed/timetable/${token}`;
      return { value: token, jwt: facts, event: { lines: ['  * http_request[warm-timetable-embed] action get', ['INFO', `http_request[warm-timetable-embed] GET to ${url} successful`], `    - http_request[warm-timetable-embed] GET to ${url}`] } };
    }),
    2,
    plant('header-dump', 'chef-error-compiled-resource-headers-bearer', 'error', "An `http_request` registering the node with the status page fails with 403; Chef's error block prints the `Compiled Resource`, whose `headers {\"Authorization\"=>\"Bearer …\"}` holds the token the recipe read from the run state (the `Resource Declaration` shows only the expression).", ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { lines: ['  * http_request[register-node] action post', '    ', '    ================================================================================', "    Error executing action `post` on resource 'http_request[register-node]'", '    ================================================================================', '    ', '    Net::HTTPClientException', '    ------------------------', '    403 "Forbidden"', '    ', '    Resource Declaration:', '    ---------------------', '    # In /var/chef/cache/cookbooks/stavewise_app/recipes/monitoring.rb', '    ', "     21: http_request 'register-node' do", `     22:   url 'https://status.${SW}/api/v1/nodes'`, "     23:   headers('Authorization' => \"Bearer #{node.run_state['status_token']}\")", "     24:   message({ host: node['fqdn'] }.to_json)", '     25:   action :post', '     26:   ignore_failure true', '     27: end', '    ', '    Compiled Resource:', '    ------------------', "    # Declared in /var/chef/cache/cookbooks/stavewise_app/recipes/monitoring.rb:21:in `from_file'", '    ', '    http_request("register-node") do', '      action [:post]', '      default_guard_interpreter :default', '      declared_type :http_request', '      cookbook_name "stavewise_app"', '      recipe_name "monitoring"', `      url "https://status.${SW}/api/v1/nodes"`, `      headers {"Authorization"=>"Bearer ${tok}"}`, `      message "{\\"host\\":\\"web-03.${SW}\\"}"`, '      ignore_failure true', '    end', '    ', '    System Info:', '    ------------', '    chef_version=18.6.2', '    platform=ubuntu', '    platform_version=24.04', '    ruby=ruby 3.1.6p260 (2024-05-29 revision a777087be6) [x86_64-linux]', '    program_name=/opt/chef/bin/chef-client', '    executable=/opt/chef/bin/chef-client', '    ', ['ERROR', 'http_request[register-node] (stavewise_app::monitoring line 21) had an error: Net::HTTPClientException: 403 "Forbidden"; ignore_failure is set, continuing'], ''] } };
    }),
    2,
    plant('negative', 'chef-log-encrypted-data-bag-ciphertext', 'none', 'A `log` resource left in the cookbook writes the raw encrypted data bag item before it is decrypted: `encrypted_data` is AES-256-GCM ciphertext, useless without the secret file kept off the node log: no credential.', ({ rng }) => {
      const ct = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64) + '==';
      return { value: ct, event: { lines: ['  * log[payments-item] action write', ['INFO', `raw item: {"id"=>"payments", "api_key"=>{"encrypted_data"=>"${ct}", "iv"=>"${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 16)}", "auth_tag"=>"${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 22)}==", "version"=>3, "cipher"=>"aes-256-gcm"}}`], '  '] } };
    }),
    2,
    { raw: { lines: ['', 'Running handlers:', 'Running handlers complete', `[${isoAt(DAY0 + 9 * HOUR + 9 * MIN, BST)}] INFO: Chef Infra Client Run complete in 41.118 seconds`, 'Infra Phase complete, 9/31 resources updated in 41 seconds', `[${isoAt(DAY0 + 9 * HOUR + 9 * MIN, BST)}] INFO: Report handlers complete`] } },
  ];
  return buildLog(rng, { start, site: { host: 'web-03' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// AuditLog_2027-08-05.csv: a Microsoft Purview audit log search (Audit, new search) exported as CSV: `RecordId,
// CreationDate,RecordType,Operation,UserId,AuditData,AssociatedAdminUnits,AssociatedAdminUnitsNames`, CreationDate in
// UTC, AuditData the record's JSON in one quoted field with its quotes doubled. Teams writes `MessageCreatedHasLink` with
// the message's links in `MessageURLs`; Entra ID writes `Add service principal credentials.` with the key's description.
// https://learn.microsoft.com/purview/audit-log-search and https://learn.microsoft.com/office/office-365-management-api/
// office-365-management-activity-api-schema (from memory, not fetched: the columns, MessageURLs, KeyDescription).

function purviewCsv(rng) {
  const ORG = rng.uuid();
  const USERS = ['priya.nair', 'tom.hargreaves', 'ellie.shaw', 'joe.okafor', 'support'];
  const render = (e) => {
    const created = `${iso(e.t).slice(0, 19)}.0000000Z`;
    const user = `${e.user}@${SW}`;
    const data = { CreationTime: iso(e.t).slice(0, 19), Id: e.id ?? rng.uuid(), Operation: e.op, OrganizationId: ORG, RecordType: e.rt, UserKey: e.userKey ?? rng.uuid(), UserType: 0, Version: 1, Workload: e.workload, ClientIP: e.ip, UserId: user, ...e.data };
    return [[rng.uuid(), created, e.rtName, e.op, user, csvq(JSON.stringify(data)), '', ''].join(',')];
  };
  const teams = (user, urls, extra = {}) => ({
    user,
    op: 'MessageCreatedHasLink',
    rt: 25,
    rtName: 'MicrosoftTeams',
    workload: 'MicrosoftTeams',
    data: { ChatThreadId: `19:${rng.hex(32)}@thread.v2`, CommunicationType: 'GroupChat', MessageId: `${1785900000000 + rng.int(0, 99999999)}`, MessageURLs: urls, ParticipantInfo: { HasForeignTenantUsers: false, HasGuestUsers: false, HasOtherGuestUsers: false, HasUnauthenticatedUsers: false, ParticipatingDomains: [], ParticipatingSIPDomains: [], ParticipatingTenantIds: [] }, ...extra },
  });
  const filler = (rng) =>
    rng.pick([
      () => ({ user: rng.pick(USERS), op: 'FileAccessed', rt: 6, rtName: 'SharePointFileOperation', workload: 'SharePoint', data: { ObjectId: `https://stavewise.sharepoint.com/sites/Teaching/Shared Documents/${rng.pick(['Syllabus 2027.docx', 'Exam entries.xlsx', 'Teacher handbook.pdf'])}`, SiteUrl: 'https://stavewise.sharepoint.com/sites/Teaching/', SourceFileExtension: rng.pick(['docx', 'xlsx', 'pdf']) } }),
      () => ({ user: rng.pick(USERS), op: 'UserLoggedIn', rt: 15, rtName: 'AzureActiveDirectoryStsLogon', workload: 'AzureActiveDirectory', data: { ApplicationId: '00000003-0000-0ff1-ce00-000000000000', ResultStatus: 'Success', ExtendedProperties: [{ Name: 'RequestType', Value: 'OAuth2:Authorize' }, { Name: 'ResultStatusDetail', Value: 'Redirect' }] } }),
      () => teams(rng.pick(USERS), [`https://${SW}/teachers/${rng.pick(INSTRUMENTS)}`]),
      () => ({ user: rng.pick(USERS), op: 'MailItemsAccessed', rt: 50, rtName: 'ExchangeItemAggregated', workload: 'Exchange', data: { MailboxOwnerUPN: `${rng.pick(USERS)}@${SW}`, OperationCount: rng.int(1, 12) } }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'purview-teams-message-urls-zoom-pwd', 'error', "A teacher posts a lesson's Zoom link in a group chat; Teams audits the message's links in `MessageURLs`: the join link's `pwd=` is the meeting passcode in encoded form, so whoever has the link joins the student's lesson without the passcode until the meeting is deleted.", ({ rng }) => {
      const pwd = rng.alnum(32);
      return { value: pwd, event: teams('ellie.shaw', [`https://us06web.zoom.us/j/8${digits(rng, 10)}?pwd=${pwd}.1`]) };
    }),
    3,
    plant('negative', 'purview-teams-meeting-join-link-thread-id', 'none', "A Teams meeting join link in `MessageURLs` (`/l/meetup-join/19%3ameeting_<id>%40thread.v2/0?context=…`): the meeting's thread id and the organizer's tenant and object ids; the lobby still admits people: no credential.", ({ rng }) => {
      const m = rng.b64url(48);
      return { value: m, event: teams('joe.okafor', [`https://teams.microsoft.com/l/meetup-join/19%3ameeting_${m}%40thread.v2/0?context=%7b%22Tid%22%3a%22${ORG}%22%2c%22Oid%22%3a%22${rng.uuid()}%22%7d`]) };
    }),
    3,
    plant('oauth-code', 'purview-teams-message-urls-pasted-callback-code', 'warning', `${WHY.code} A teacher pastes the address the failed Zoom connection left in the browser (\`/integrations/zoom/callback?code=…&state=…\`) into the support chat; Teams audits it in \`MessageURLs\`.`, ({ rng }) => {
      const code = rng.alnum(32);
      return { value: code, event: teams('ellie.shaw', [`https://app.${SW}/integrations/zoom/callback?code=${code}&state=${rng.b64url(22)}`]) };
    }),
    3,
    plant('implicit-fragment', 'purview-teams-message-urls-fragment-access-token', 'error', "A support agent pastes the school portal's sign-in result page into a chat to report a blank screen (`/schools/sso/return#access_token=…`); Teams keeps the link whole, fragment included, in `MessageURLs`.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: teams('support', [`https://app.${SW}/schools/sso/return#access_token=${tok}&token_type=bearer&expires_in=3600`]) };
    }),
    3,
    plant('embed-jwt', 'purview-teams-message-urls-embed-jwt-expired', 'note', 'A school administrator is sent a practice report embed (`/embed/practice-report/<JWT>`) in a chat two days after its token expired; the record carries CreationDate and CreationTime in UTC', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: 3 * 86400 + rng.int(100, 3000), jti: true, claims: { iss: `https://app.${SW}`, sub: `st_${rng.alnum(10)}`, view: 'practice-report' } });
      return { value: token, jwt: facts, event: teams('priya.nair', [`https://app.${SW}/embed/practice-report/${token}`]) };
    }),
    3,
    plant('id-token', 'purview-teams-message-urls-id-token-hint', 'error', 'A developer pastes the sign-out URL the web app built (`/oauth2/v2.0/logout?id_token_hint=<JWT>&post_logout_redirect_uri=…`) into the engineering chat; the record carries CreationDate in UTC', ({ rng, t }) => {
      const tenant = rng.uuid();
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(120, 1500), alg: 'RS256', kid: rng.b64url(27), claims: { iss: `https://login.microsoftonline.com/${tenant}/v2.0`, aud: rng.uuid(), sub: rng.b64url(43), oid: rng.uuid(), tid: tenant, preferred_username: `tom.hargreaves@${SW}` } });
      return { value: token, jwt: facts, event: teams('tom.hargreaves', [`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fapp.${SW}%2F`]) };
    }),
    3,
    plant('negative', 'purview-entra-service-principal-key-identifier', 'none', "Entra ID's `Add service principal credentials.` record: `KeyDescription` names the new secret's `KeyIdentifier` (a uuid), its type and display name, never the secret: an identifier, no credential.", ({ rng }) => {
      const kid = rng.uuid();
      return { value: kid, event: { user: 'tom.hargreaves', op: 'Add service principal credentials.', rt: 8, rtName: 'AzureActiveDirectory', workload: 'AzureActiveDirectory', data: { ResultStatus: 'Success', ObjectId: rng.uuid(), ModifiedProperties: [{ Name: 'KeyDescription', NewValue: `[\"[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=ci-deploy]\"]`, OldValue: '[]' }, { Name: 'Included Updated Properties', NewValue: 'KeyDescription', OldValue: '' }], Target: [{ ID: 'stavewise-ci', Type: 1 }] } } };
    }),
    2,
  ];
  const header = ['RecordId,CreationDate,RecordType,Operation,UserId,AuditData,AssociatedAdminUnits,AssociatedAdminUnitsNames'];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'm365' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// yt-dlp.log: the marketing team's script appending each `yt-dlp -v …` run to a file (`2>&1 | tee -a`): the `[debug]`
// preamble (`Command-line config:` as a Python list, encodings, version, Python, exe versions, libraries, proxy map,
// request handlers, extractors), then the extractor's `[<name>] Extracting URL: …`, `[info]` and `[download]` lines; no
// times. yt-dlp replaces the values of `--username`, `--password` and `--video-password` with `PRIVATE` in the config line,
// not those of `--add-header`.
// https://github.com/yt-dlp/yt-dlp#readme (from memory, not fetched: the verbose output and its redaction of login options).

function ytdlpLog(rng) {
  const COMMIT = rng.hex(9);
  const preamble = (args) => [
    `[debug] Command-line config: ${pyList(args)}`,
    '[debug] Encodings: locale UTF-8, fs utf-8, pref UTF-8, out utf-8, error utf-8, screen utf-8',
    `[debug] yt-dlp version stable@2027.07.21 from yt-dlp/yt-dlp [${COMMIT}] (pip)`,
    '[debug] Python 3.12.3 (CPython x86_64 64bit) - Linux-6.8.0-45-generic-x86_64-with-glibc2.39 (OpenSSL 3.0.13 30 Jan 2024, glibc 2.39)',
    '[debug] exe versions: ffmpeg 6.1.1 (setts), ffprobe 6.1.1',
    '[debug] Optional libraries: Cryptodome-3.20.0, brotli-1.1.0, certifi-2026.07.04, mutagen-1.47.0, requests-2.32.5, sqlite3-3.45.1, urllib3-2.5.0, websockets-15.0',
    '[debug] Proxy map: {}',
    '[debug] Request Handlers: urllib, requests, websockets',
    '[debug] Loaded 1871 extractors',
  ];
  const render = (e) => e.lines;
  const run = (args, url, body) => [...preamble([...args, url]), ...body];
  const generic = (url, title, size) => {
    const id = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return [`[generic] Extracting URL: ${url}`, `[generic] ${id}: Downloading webpage`, `[redirect] Following redirect to ${url.split('?')[0].split('#')[0]}`, `[generic] ${id}: Extracting information`, `[debug] Formats sorted by: hasvid, ie_pref, lang, quality, res, fps, hdr:12(7), vcodec, channels, acodec, size, br, asr, proto, vext, aext, hasaud, source, id`, `[info] ${id}: Downloading 1 format(s): mp4`, `[download] Destination: ${title} [${id}].mp4`, `[download] 100% of  ${size}MiB in 00:00:${pad(rng.int(10, 59))} at ${(rng.int(200, 900) / 100).toFixed(2)}MiB/s`];
  };
  const filler = (rng) => {
    const v = rng.b64url(11);
    const url = `https://www.youtube.com/watch?v=${v}`;
    const title = rng.pick(['Grade 5 scales tips', 'Teacher spotlight', 'Summer school trailer']);
    const body = [`[youtube] Extracting URL: ${url}`, `[youtube] ${v}: Downloading webpage`, `[youtube] ${v}: Downloading tv client config`, `[info] ${v}: Downloading 1 format(s): 137+140`, `[download] Destination: ${title} [${v}].f137.mp4`, `[download] 100% of   ${rng.int(20, 300)}.${digits(rng, 2)}MiB in 00:00:${pad(rng.int(5, 59))} at ${rng.int(2, 12)}.${digits(rng, 2)}MiB/s`, `[Merger] Merging formats into "${title} [${v}].mp4"`];
    return { lines: run(['-v', '-o', '%(title)s [%(id)s].%(ext)s'], url, body) };
  };
  const steps = [
    1,
    plant('negative', 'ytdlp-video-password-private', 'none', "yt-dlp's config line with `--video-password` replaced by `PRIVATE`, as yt-dlp does for its login options: a redaction marker, no credential.", () => ({ value: "'--video-password', 'PRIVATE'", event: { lines: run(['-v', '--video-password', 'PRIVATE'], `https://vimeo.com/${digits(rng, 9)}`, ['[vimeo] Extracting URL: https://vimeo.com/password-protected', '[vimeo] password-protected: Verifying the password', '[info] password-protected: Downloading 1 format(s): hls-fastly_skyfire-1080p+hls-fastly_skyfire-audio-high']) } })),
    1,
    plant('path-secret', 'ytdlp-vimeo-unlisted-hash', 'error', "An unlisted Vimeo video's address (`https://vimeo.com/<id>/<hash>`): the hash is what keeps a recorded lesson with a child in it private, so the link is its credential until the video is re-shared; yt-dlp writes it in the config line and again on `Extracting URL`.", ({ rng }) => {
      const id = digits(rng, 9);
      const h = rng.hex(10);
      const url = `https://vimeo.com/${id}/${h}`;
      return { value: h, event: { lines: run(['-v', '-o', '%(title)s [%(id)s].%(ext)s'], url, [`[vimeo] Extracting URL: ${url}`, `[vimeo] ${id}: Downloading webpage`, `[vimeo] ${id}: Downloading JSON metadata`, `[info] ${id}: Downloading 1 format(s): hls-fastly_skyfire-1080p+hls-fastly_skyfire-audio-high`, `[download] Destination: Concert rehearsal - Year 6 strings [${id}].mp4`, `[download] 100% of  612.04MiB in 00:01:21 at 7.55MiB/s`]) } };
    }),
    1,
    plant('header-dump', 'ytdlp-add-header-authorization-bearer', 'error', "A download from the lessons API with `--add-header 'Authorization: Bearer …'`: yt-dlp's `Command-line config:` list keeps the header's value (only login options become `PRIVATE`).", ({ rng }) => {
      const tok = rng.b64url(48);
      const url = `https://api.${SW}/v1/recordings/${rng.int(10000, 99999)}/file`;
      return { value: tok, event: { lines: run(['-v', '--add-header', `Authorization: Bearer ${tok}`, '-o', 'lesson-%(id)s.%(ext)s'], url, generic(url, 'Lesson recording', `${rng.int(100, 800)}.${digits(rng, 2)}`)) } };
    }),
    1,
    plant('api-key-name', 'ytdlp-url-recording-key', 'error', `${WHY.apiKey('recording_key')} The recordings service's download link carries its key in the query; yt-dlp writes the URL in the config line and again on \`Extracting URL\`.`, ({ rng }) => {
      const key = rng.alnum(40);
      const url = `https://media.${SW}/download?recording=${rng.int(10000, 99999)}&recording_key=${key}`;
      return { value: key, event: { lines: run(['-v', '-o', '%(title)s.%(ext)s'], url, generic(url, 'Masterclass Bach Partita', `${rng.int(100, 800)}.${digits(rng, 2)}`)) } };
    }),
    1,
    plant('session-id', 'ytdlp-add-header-cookie-session', 'error', WHY.session("A run with `--add-header 'Cookie: stavewise_session=…'` copied from the browser to fetch a members-only masterclass: the config line keeps the cookie"), ({ rng }) => {
      const sid = rng.alnum(40);
      const url = `https://app.${SW}/masterclasses/${rng.int(100, 999)}/video`;
      return { value: sid, event: { lines: run(['-v', '--add-header', `Cookie: stavewise_session=${sid}`], url, generic(url, 'Masterclass Scales', `${rng.int(100, 800)}.${digits(rng, 2)}`)) } };
    }),
    1,
    plant('path-secret', 'ytdlp-invoking-http-downloader-signed-url', 'error', WHY.pathSecret("yt-dlp's `Invoking http downloader on \"…\"` writes the media URL the player page handed out, a CloudFront signed URL (`Expires`, `Signature`, `Key-Pair-Id`): the signature is the credential"), ({ rng }) => {
      const sig = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-~', 172);
      const page = `https://app.${SW}/recitals/${rng.int(100, 999)}`;
      const id = 'summer-recital-2027';
      return { value: sig, event: { lines: run(['-v'], page, [`[generic] Extracting URL: ${page}`, `[generic] ${rng.int(100, 999)}: Downloading webpage`, `[generic] ${rng.int(100, 999)}: Extracting information`, `[info] ${id}: Downloading 1 format(s): mp4`, `[debug] Invoking http downloader on "https://d2k${lowerNum(rng, 10)}.cloudfront.net/recitals/${id}.mp4?Expires=${Math.floor(DAY0 / 1000) + 3 * 86400}&Signature=${sig}&Key-Pair-Id=K${upperNum(rng, 13)}"`, `[download] Destination: Summer recital 2027 [${id}].mp4`, '[download] 100% of  1.21GiB in 00:02:40 at 7.74MiB/s']) } };
    }),
    1,
    plant('negative', 'ytdlp-youtube-playlist-id', 'none', "A public YouTube playlist's id (`list=PL…`) on a run that saves the school's open-day videos: a public identifier, no credential.", ({ rng }) => {
      const list = `PL${rng.b64url(32)}`;
      const url = `https://www.youtube.com/playlist?list=${list}`;
      return { value: list, event: { lines: run(['-v', '--yes-playlist', '-o', '%(playlist_index)s - %(title)s.%(ext)s'], url, [`[youtube:tab] Extracting URL: ${url}`, '[youtube:tab] Downloading webpage', '[youtube:tab] Redownloading playlist API JSON with unavailable videos', `[download] Downloading playlist: Open Day 2027`, `[youtube:tab] Playlist Open Day 2027: Downloading ${rng.int(3, 9)} items of ${rng.int(3, 9)}`, '[download] Downloading item 1 of 4']) } };
    }),
    1,
    plant('implicit-fragment', 'ytdlp-url-fragment-access-token', 'error', "A colleague passes yt-dlp the player address the partner's site showed after sign-in, fragment included (`/player#access_token=…`); yt-dlp writes it in the config line and on `Extracting URL` before failing.", ({ rng }) => {
      const tok = rng.b64url(43);
      const url = `https://player.scoreshelf.example/player#access_token=${tok}&token_type=Bearer&expires_in=3600`;
      return { value: tok, event: { lines: run(['-v'], url, [`[generic] Extracting URL: ${url}`, '[generic] player: Downloading webpage', '[generic] player: Extracting information', 'ERROR: Unsupported URL: https://player.scoreshelf.example/player', 'Traceback (most recent call last):', '  File "/usr/lib/python3/dist-packages/yt_dlp/YoutubeDL.py", line 1637, in wrapper', '    return func(self, *args, **kwargs)', 'yt_dlp.utils.UnsupportedError: Unsupported URL: https://player.scoreshelf.example/player']) } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'mkt' }, filler, render, steps });
}

// =====================================================================================================================
// Kera (Maltese; Malta: CEST, UTC+2, in August)
// =====================================================================================================================

const KR = 'kera.example';
const LOKALITAJIET = ['tas-sliema', 'san-giljan', 'il-gzira', 'birkirkara', 'il-mosta', 'marsaskala', 'ix-xaghra'];

// ---------------------------------------------------------------------------------------------------------------------
// forcepoint-cg.log: the office's Forcepoint Web Security Content Gateway (SSL decryption on) sending transaction events
// to rsyslog in LEEF: `<pri><Mmm dd HH:MM:SS> <host> LEEF:1.0|Forcepoint|Security|<version>|transaction:<action>|` then
// tab-separated `key=value` fields (sev, cat, usrName, loginID, src, srcPort, srcBytes, dstBytes, dst, dstPort,
// proxyStatus-code, serverStatus-code, duration, method, disposition, contentType, reason, policy, role, userAgent, url),
// local time without a year or zone.
// https://www.ibm.com/docs/SS42VS_DSM/com.ibm.dsm.doc/c_dsm_guide_Forcepoint_CG_sample_event_msg.html (read through search:
// the LEEF header and the field list and order of a transaction event).

function forcepointLog(rng) {
  const USERS = ['marija.borg', 'joseph.camilleri', 'anna.farrugia', 'luke.zammit'];
  const stamp = (t) => { const d = new Date(t + CEST * MIN); return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${iso(d.getTime()).slice(11, 19)}`; };
  const render = (e) => {
    const u = e.user ?? rng.pick(USERS);
    const f = [`sev=1`, `cat=${e.cat ?? rng.pick([9, 17, 122, 153])}`, `usrName=KERA\\${u}`, `loginID=${u}`, `src=${e.src ?? lan(rng, '10.12')}`, `srcPort=${rng.int(49152, 65535)}`, `srcBytes=${rng.int(300, 3000)}`, `dstBytes=${rng.int(400, 90000)}`, `dst=${e.ip}`, 'dstPort=443', `proxyStatus-code=${e.status ?? 200}`, `serverStatus-code=${e.status ?? 200}`, `duration=${rng.int(0, 400)}`, `method=${e.method ?? 'GET'}`, 'disposition=1048', `contentType=${e.ctype ?? 'text/html; charset=utf-8'}`, 'reason=-', 'policy=Super Administrator**Kera Uffiċċju', 'role=8', `userAgent=${e.ua}`, `url=${e.url}`];
    return [`<159>${stamp(e.t)} fpcg01.${KR} LEEF:1.0|Forcepoint|Security|8.5.6|transaction:permitted|${f.join('\t')}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `https://portal.${KR}/proprjetajiet/${rng.pick(LOKALITAJIET)}?kmamar=${rng.int(1, 4)}` }),
      () => ({ url: 'https://outlook.office.com/mail/', cat: 153 }),
      () => ({ url: `https://www.${KR}/wp-content/uploads/2027/07/${rng.pick(['sliema-flat', 'gzira-penthouse', 'mosta-maisonette'])}-${rng.int(1, 9)}.jpg`, ctype: 'image/jpeg' }),
      () => ({ url: `https://www.maltapark.example/search?q=${rng.pick(['appartament', 'penthouse', 'garaxx'])}`, cat: 17 }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'forcepoint-url-airbnb-ical-export-s', 'error', "The agency's calendar sync fetches each holiday let's Airbnb iCal export (`/calendar/ical/<listing>.ics?s=<32 hex>`); the Content Gateway decrypts it and logs the URL: `s` is the export's secret, and with it anyone reads the bookings (guests' stay dates) until the host resets the link: a long-lived key under a one-letter name.", ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { url: `https://www.airbnb.com/calendar/ical/${digits(rng, 18)}.ics?s=${s}`, user: 'luke.zammit', ctype: 'text/calendar; charset=utf-8' } };
    }),
    3,
    plant('negative', 'forcepoint-url-google-maps-browser-key', 'none', "The Maps JavaScript API loaded by the listings page with its browser key (`key=AIza…`): a key made to ship in web pages and restricted to the agency's referrers: public by design, no credential.", ({ rng }) => {
      const k = `AIza${rng.b64url(35)}`;
      return { value: k, event: { url: `https://maps.googleapis.com/maps/api/js?key=${k}&callback=initMap&libraries=places&language=mt`, ctype: 'text/javascript; charset=UTF-8', cat: 122 } };
    }),
    3,
    plant('refresh-token', 'forcepoint-url-get-refresh-token', 'error', `${WHY.refresh} An Excel workbook's Power Query renews its token for the portal's reporting API with a GET (\`/auth/token?grant_type=refresh_token&refresh_token=…\`), which the proxy logs in full.`, ({ rng }) => {
      const tok = rng.b64url(64);
      return { value: tok, event: { url: `https://api.${KR}/auth/token?grant_type=refresh_token&refresh_token=${tok}&client_id=excel-rapporti`, user: 'anna.farrugia', ua: 'Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)', ctype: 'application/json' } };
    }),
    3,
    plant('session-id', 'forcepoint-url-sessjoni-query', 'error', WHY.session('The old tenant portal keeps its session in the query (`?sessjoni=<hex>`, "session") when cookies are off; the proxy logs the address an agent opened'), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { url: `https://portal.${KR}/inkwilin/kuntratti?sessjoni=${sid}&pagna=2`, user: 'marija.borg' } };
    }),
    3,
    plant('path-secret', 'forcepoint-url-stedina-accetta', 'error', WHY.pathSecret('A landlord invited to the owners\' portal opens the invitation (`/stedina/<token>/accetta`, "invitation/…/accept") from the office'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { url: `https://portal.${KR}/stedina/${tok}/accetta`, user: 'joseph.camilleri' } };
    }),
    3,
    plant('webhook', 'forcepoint-url-zapier-catch-hook', 'error', WHY.webhook('A browser bookmarklet the agents use posts a viewing to a Zapier catch hook (`/hooks/catch/<account>/<hook>/`), logged with its path'), ({ rng }) => {
      const hook = lowerNum(rng, 7);
      return { value: hook, event: { url: `https://hooks.zapier.com/hooks/catch/${digits(rng, 8)}/${hook}/?zjara=${rng.pick(LOKALITAJIET)}&data=2027-08-0${rng.int(6, 9)}`, method: 'POST', ctype: 'application/json' } };
    }),
    3,
    plant('encoded', 'forcepoint-url-base64-query-string-cavetta', 'error', "The listing widget on partner sites passes its whole query string base64-encoded in one parameter (`/widget?p=<base64 of \"cavetta_api=…&lokalita=…\">`): the API key is one decoding away.", ({ rng }) => {
      const key = rng.alnum(32);
      const p = b64Of(`cavetta_api=${key}&lokalita=${rng.pick(LOKALITAJIET)}&lingwa=mt`);
      return { value: p, event: { url: `https://widget.${KR}/v1/lista?p=${p}`, ctype: 'application/javascript' } };
    }),
    3,
    plant('negative', 'forcepoint-url-youtube-share-si', 'none', "A YouTube embed opened with its share identifier (`?si=…`), which ties a view to the share that led to it: a tracking id, no credential.", ({ rng }) => {
      const si = rng.b64url(16);
      return { value: si, event: { url: `https://www.youtube.com/embed/${rng.b64url(11)}?si=${si}`, cat: 122 } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'fp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// access_log: cPanel & WHM's /usr/local/cpanel/logs/access_log on the agency's hosting server: `<ip> - <user>
// [MM/DD/YYYY:HH:MM:SS -0000] "<request>" <status> <size> "<referer>" "<user agent>" "<auth method>" "<X-Forwarded-For>"
// <port>` (the auth method `s` for a session cookie, `o` for OpenID Connect, `-` before login), in UTC. Every session's
// URLs start with its security token (`/cpsess<10 digits>/`).
// https://support.cpanel.net/hc/en-us/articles/4403334311703-cPanel-and-WHM-access-log-syntax (read through search: the
// fields, the time format, the auth method letters); the trailing port from memory. UAPI over GET
// (`/execute/<Module>/<function>?…`) and `create_user_session` from memory of cPanel's API documentation.

function cpanelLog(rng) {
  const cpsess = () => `cpsess${digits(rng, 10)}`;
  const stamp = (t) => { const d = new Date(t); return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}:${iso(t).slice(11, 19)} -0000`; };
  const render = (e) => [`${e.ip} - ${e.user ?? 'kera'} [${stamp(e.t)}] "${e.method ?? 'GET'} ${e.path} HTTP/1.1" ${e.status ?? 200} ${e.size ?? 0} "${e.ref ?? '-'}" "${e.ua}" "${e.auth ?? 's'}" "-" ${e.cpPort ?? 2083}`];
  const sess = cpsess();
  const OFFICE = { ip: '203.0.113.40', ua: BROWSERS[0] };
  const filler = (rng) =>
    ({ ...OFFICE, ...rng.pick([
      () => ({ path: `/${sess}/frontend/jupiter/index.html`, ref: `https://cp.${KR}:2083/` }),
      () => ({ path: `/${sess}/execute/Email/list_pops_with_disk?api.version=1`, ref: `https://cp.${KR}:2083/${sess}/frontend/jupiter/email_accounts/index.html` }),
      () => ({ path: `/${sess}/frontend/jupiter/filemanager/index.html?dirselect=webroot&dir=/public_html/wp-content/uploads/2027/0${rng.int(6, 8)}`, ref: `https://cp.${KR}:2083/${sess}/frontend/jupiter/index.html` }),
      () => ({ path: `/${sess}/execute/ResourceUsage/get_usages`, ref: `https://cp.${KR}:2083/${sess}/frontend/jupiter/index.html` }),
    ])() });
  const steps = [
    3,
    plant('negative', 'cpanel-cpsess-security-token', 'none', "cPanel's security token at the head of a session's paths (`/cpsess<10 digits>/`): it guards against cross-site requests and is bound to the session cookie; without the cookie it opens nothing: no credential.", ({ rng }) => {
      const tok = cpsess();
      return { value: tok, event: { ...OFFICE, path: `/${tok}/frontend/jupiter/index.html?login=1&post_login=${digits(rng, 14)}`, ref: `https://cp.${KR}:2083/` } };
    }),
    3,
    plant('oauth-code', 'cpanel-openid-connect-callback-code', 'warning', `${WHY.code} An agent signs in to cPanel with the company's Google account; cPanel's OpenID Connect callback (\`/openid_connect_callback/…?code=…&state=…\`) is in the access log with the auth method \`o\`.`, ({ rng }) => {
      const code = `4%2F0A${rng.b64url(70)}`;
      return { value: code, event: { ...OFFICE, path: `/openid_connect_callback/google?state=${rng.b64url(32)}&code=${code}&scope=email+openid+https://www.googleapis.com/auth/userinfo.email&authuser=0&prompt=none`, user: '-', auth: 'o', status: 302, ref: 'https://accounts.google.com/' } };
    }),
    3,
    plant('api-key-name', 'cpanel-uapi-get-add-pop-password', 'error', "An agent creates a mailbox for a new colleague by calling UAPI from the browser's address bar as cPanel's documentation shows it (`/execute/Email/add_pop?email=…&password=…&domain=…`): the mailbox's password sits in the query string the access log keeps; a credential under the name `password`.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { ...OFFICE, path: `/${sess}/execute/Email/add_pop?email=rebecca.vella&password=${pw}&domain=${KR}&quota=2048` } };
    }),
    3,
    plant('replay', 'cpanel-create-user-session-login-url-first', 'note', WHY.ticketFirst("A one-time login URL from WHM's `create_user_session` (`/login/?session=<user>%3a<random>%3acreate_user_session%2c<hash>`) the hosting provider sent the office manager, opened from the office. It is"), ({ rng, t }) => {
      const s = `kera%3a${rng.alnum(16)}%3acreate_user_session%2c${rng.hex(32)}`;
      firstUse.cpanelSession = t;
      return { value: s, event: { ...OFFICE, path: `/${cpsess()}/login/?session=${s}`, user: '-', auth: '-', status: 302 } };
    }, { ref: 'cpanel-session' }),
    plant('replay', 'cpanel-create-user-session-login-url-replayed', 'replay', '', ({ refs, t }) => {
      const s = refs.get('cpanel-session').value;
      return { marks: [{ value: s, why: `${WHY.replay('session', gap('cpanelSession', t))} The one-time login URL was opened again from another address and another browser, and cPanel redirected it into a session again: the login was not spent.` }], event: { path: `/${cpsess()}/login/?session=${s}`, user: '-', auth: '-', status: 302, ua: BROWSERS[4], ip: '198.51.100.77' } };
    }, { replayOf: 'cpanel-session', after: 97 }),
    3,
    plant('negative', 'cpanel-frontend-cache-buster', 'none', "The cache buster cPanel's interface puts on its assets (`?v=<hex>`): a build hash, no credential.", ({ rng }) => {
      const v = rng.hex(20);
      return { value: v, event: { ...OFFICE, path: `/${sess}/frontend/jupiter/_assets/css/master-ltr.cmb.min.css?v=${v}`, ref: `https://cp.${KR}:2083/${sess}/frontend/jupiter/index.html` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'cp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// algolia-logs.json: `curl -s "https://<app>-dsn.algolia.net/1/logs?length=100&type=all" … | jq '.logs | reverse'`, the
// property search's last API calls oldest first, as jq prints them (two-space indent): each entry's `timestamp` (RFC 3339,
// UTC), `method`, `answer_code`, `query_body` and `answer` (strings holding JSON, the answer truncated), `url`, `ip`,
// `query_headers` (one string, API keys obfuscated), `sha1`, `nb_api_calls`, `processing_time_ms`, `index`,
// `query_nb_hits`.
// https://www.algolia.com/doc/libraries/sdk/v1/methods/get-logs and https://rubydoc.info/gems/algolia/3.8.2/Algolia/Search/Log
// (read through search: the fields and that API keys in the headers are obfuscated); the field order from memory.

function algoliaLog(rng) {
  const APP = upperNum(rng, 10);
  const SEARCH_SHOWN = `${rng.hex(4)}****************************`;
  const ADMIN_SHOWN = `${rng.hex(4)}****************************`;
  const entry = (e, last = false) => {
    const o = {
      timestamp: `${iso(e.t).slice(0, 19)}Z`,
      method: e.amethod ?? 'POST',
      answer_code: String(e.code ?? 200),
      query_body: e.body ?? JSON.stringify({ requests: [{ indexName: 'proprjetajiet', params: `query=${e.q ?? ''}&hitsPerPage=20&page=0` }] }),
      answer: e.answer ?? JSON.stringify({ results: [{ hits: [], nbHits: rng.int(0, 80), page: 0, processingTimeMS: 1 }] }).slice(0, 1000),
      url: e.url ?? '/1/indexes/*/queries',
      ip: e.ip,
      query_headers: `User-Agent: ${e.agent ?? 'Algolia for JavaScript (5.21.0); Search (5.21.0); Browser; instantsearch.js (4.78.1); JS Helper (3.24.3)'}\nX-Algolia-Application-Id: ${APP}\nX-Algolia-API-Key: ${e.keyShown ?? (e.agent ? ADMIN_SHOWN : SEARCH_SHOWN)}\nContent-Type: application/x-www-form-urlencoded\n`,
      sha1: e.sha1 ?? rng.hex(40),
      nb_api_calls: '1',
      processing_time_ms: String(rng.int(0, 12)),
      index: e.index ?? 'proprjetajiet',
      query_nb_hits: String(e.hits ?? rng.int(0, 80)),
    };
    const text = JSON.stringify(o, null, 2).split('\n').map((l) => `  ${l}`);
    text[text.length - 1] += last ? '' : ',';
    return text;
  };
  const render = (e) => (e.txt ? e.txt : entry(e, e.last));
  const filler = (rng) => ({ q: encodeURIComponent(rng.pick(['sliema', 'penthouse', 'gzira 2 kmamar', 'garaxx', 'maisonette mosta'])) });
  const agentKeys = { BackOffice: 'Algolia for PHP (4.18.0); Search (4.18.0)' };
  const steps = [
    { raw: { txt: ['['] }, after: 0 },
    2,
    plant('negative', 'algolia-query-headers-obfuscated-key', 'none', "`query_headers` of a developer's one-off call from the Algolia CLI with a personal key, as Algolia's log shows keys (the first characters, then asterisks): an obfuscated value, no credential.", ({ rng }) => {
      const shown = `${rng.hex(4)}****************************`;
      return { value: shown, event: { amethod: 'GET', url: '/1/indexes/proprjetajiet/settings', body: '', answer: JSON.stringify({ searchableAttributes: ['titlu', 'lokalita', 'deskrizzjoni'], attributesForFaceting: ['kmamar', 'lokalita'] }), hits: 0, keyShown: shown, agent: 'Algolia CLI (1.6.11); Go (1.23.4)' } };
    }),
    2,
    plant('path-secret', 'algolia-query-body-indexed-reset-token', 'error', WHY.pathSecret("The back office indexes agents with their whole database row for the staff directory: the batch's `query_body` holds `token_tal_irrisettjar` (\"reset token\") of an agent who asked for a password reset, which completes the reset"), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { amethod: 'POST', url: '/1/indexes/agenti/batch', index: 'agenti', hits: 0, agent: agentKeys.BackOffice, body: JSON.stringify({ requests: [{ action: 'updateObject', body: { objectID: `agent-${rng.int(10, 99)}`, isem: 'Rebecca Vella', ufficcju: 'Tas-Sliema', email: `rebecca.vella@${KR}`, token_tal_irrisettjar: tok, irrisettjar_sa: '2027-08-05T10:00:00Z' } }] }), answer: JSON.stringify({ taskID: rng.int(1e9, 9e9), objectIDs: [`agent-${rng.int(10, 99)}`] }) } };
    }),
    2,
    plant('session-id', 'algolia-query-body-indexed-remember-token', 'error', WHY.session("The same staff sync sends `remember_token`, the portal's \"remember me\" cookie value (Laravel), in the agent's record"), ({ rng }) => {
      const tok = rng.alnum(60);
      return { value: tok, event: { amethod: 'POST', url: '/1/indexes/agenti/batch', index: 'agenti', hits: 0, agent: agentKeys.BackOffice, body: JSON.stringify({ requests: [{ action: 'updateObject', body: { objectID: `agent-${rng.int(10, 99)}`, isem: 'Luke Zammit', ufficcju: 'San Ġiljan', remember_token: tok, lingwi: ['mt', 'en', 'it'] } }] }), answer: JSON.stringify({ taskID: rng.int(1e9, 9e9), objectIDs: [`agent-${rng.int(10, 99)}`] }) } };
    }),
    2,
    plant('api-key-name', 'algolia-answer-hit-token-api', 'error', `${WHY.apiKey('token_api')} A search of the public staff directory returns an agent's record with the key the agent's listing tools use; the log's \`answer\` (the response, truncated) holds the hit as the browser received it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { amethod: 'POST', index: 'agenti', q: 'zammit', hits: 1, body: JSON.stringify({ requests: [{ indexName: 'agenti', params: 'query=zammit&hitsPerPage=10' }] }), answer: JSON.stringify({ results: [{ hits: [{ isem: 'Luke Zammit', ufficcju: 'San Ġiljan', token_api: key, objectID: 'agent-31' }], nbHits: 1, page: 0, processingTimeMS: 1 }] }).slice(0, 1000) } };
    }),
    2,
    plant('framework-dump', 'algolia-query-body-legacy-import-password', 'error', "A one-off import of tenants from the old system sends whole rows to the `inkwilini` index; the batch's `query_body` holds a tenant's plaintext `password` as the old database kept it.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { amethod: 'POST', url: '/1/indexes/inkwilini/batch', index: 'inkwilini', hits: 0, agent: agentKeys.BackOffice, body: JSON.stringify({ requests: [{ action: 'addObject', body: { objectID: `ink-${rng.int(1000, 9999)}`, isem: 'Daniel Grech', proprjeta: 'Triq it-Torri, Tas-Sliema', kera_fix_xahar: 1350, username: 'dgrech', password: pw } }] }), answer: JSON.stringify({ taskID: rng.int(1e9, 9e9), objectIDs: [`ink-${rng.int(1000, 9999)}`] }) } };
    }),
    2,
    plant('negative', 'algolia-log-entry-sha1', 'none', "The log entry's `sha1` (40 hex), Algolia's signature of the entry: an identifier of the log line, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { q: 'penthouse', sha1: h } };
    }),
    1,
    { raw: { q: 'marsaskala', last: true } },
    { raw: { txt: [']'] }, after: 0 },
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'algolia' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bitrise-build-2027-08-05.log: the tenant app's Bitrise build log as downloaded: the CLI banner, each step in its
// 80-column box (`| (<n>) <step>@<version> |`, then `id`, `version`, `collection`, `toolkit`, `time` in UTC), the step's
// output, and the summary table (`| ✓ | <step> | <seconds> sec |`). Secret environment variables are printed as
// `[REDACTED]`; plain `envs:` of bitrise.yml are not secrets and are printed as they are, here under a Script step's
// `set -x`.
// https://devcenter.bitrise.io/en/builds/build-logs.html and https://devcenter.bitrise.io/en/builds/secrets.html (from memory,
// not fetched: the box layout, the redaction of secrets).

function bitriseLog(rng) {
  const box = (s) => `| ${s.padEnd(76)} |`;
  const line = `+${'-'.repeat(78)}+`;
  const stepHead = (n, id, ver, t) => [line, box(`(${n}) ${id}@${ver.split('.')[0]}`), line, box(`id: ${id}`), box(`version: ${ver}`), box('collection: https://github.com/bitrise-io/bitrise-steplib.git'), box('toolkit: bash'), box(`time: ${iso(t).slice(0, 19)}Z`), line, box(''), ''];
  let n = 0;
  const summary = [];
  const render = (e) => {
    if (e.txt) return e.txt;
    const idx = n++;
    const secs = (rng.int(50, 9000) / 100).toFixed(2);
    summary.push([e.title ?? e.id, secs]);
    return [...stepHead(idx, e.id, e.ver, e.t), ...e.out, '', line, `| ✓ | ${(e.title ?? `${e.id}@${e.ver.split('.')[0]}`).padEnd(60)} | ${`${secs} sec`.padEnd(9)} |`, line, ''];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ id: 'cache-pull', ver: '2.7.2', out: ['Cache archive found, downloading...', `Downloaded ${rng.int(200, 900)} MB in ${rng.int(5, 40)}s`, 'Cache restored'] }),
      () => ({ id: 'npm', ver: '1.1.8', out: ['+ npm ci', `added ${rng.int(900, 1600)} packages, and audited ${rng.int(900, 1600)} packages in ${rng.int(20, 90)}s`, `${rng.int(100, 200)} packages are looking for funding`, '  run `npm fund` for details'] }),
      () => ({ id: 'install-missing-android-tools', ver: '3.2.1', out: ['Ensure required Android SDK components', 'All required SDK components are installed'] }),
    ])();
  const header = ['', '  ██████╗ ██╗████████╗██████╗ ██╗███████╗███████╗', '  ██╔══██╗██║╚══██╔══╝██╔══██╗██║██╔════╝██╔════╝', '  ██████╔╝██║   ██║   ██████╔╝██║███████╗█████╗', '  ██╔══██╗██║   ██║   ██╔══██╗██║╚════██║██╔══╝', '  ██████╔╝██║   ██║   ██║  ██║██║███████║███████╗', '  ╚═════╝ ╚═╝   ╚═╝   ╚═╝  ╚═╝╚═╝╚══════╝╚══════╝', '', '  version: 2.24.1', '', 'CI mode: true', 'PR mode: false', 'Debug mode: false', 'Secret filtering mode: true', 'Secret Envs filtering mode: true', 'Using Go toolkit version 1.23.4', `Running workflow: release-android`, '', `Switching to workflow: release-android`, ''];
  const steps = [
    { raw: { id: 'activate-ssh-key', ver: '4.1.1', out: ['SSH key activated'] } },
    { raw: { id: 'git-clone', ver: '8.4.0', out: ['Cloning into \'.\'...', `Checking out ${'release/3.8.0'}`, 'Git clone: done'] } },
    { raw: { id: 'cache-pull', ver: '2.7.2', out: ['Cache archive found, downloading...', 'Downloaded 612 MB in 21s', 'Cache restored'] } },
    { raw: { id: 'npm', ver: '1.1.8', out: ['+ npm ci', 'added 1288 packages, and audited 1289 packages in 47s', '163 packages are looking for funding', '  run `npm fund` for details'] } },
    plant('encoded', 'bitrise-set-x-base64-service-account-json', 'error', "A Script step writes the Firebase service account file from a plain (not secret) `envs:` value with `echo … | base64 -d`; `set -x` prints the expanded command: base64 of the service account JSON with its `private_key`, one decoding away.", ({ rng }) => {
      const blob = b64Of(JSON.stringify({ type: 'service_account', project_id: 'kera-inkwilin', private_key_id: rng.hex(40), private_key: `-----BEGIN PRIVATE KEY-----\n${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64)}\n-----END PRIVATE KEY-----\n`, client_email: 'bitrise@kera-inkwilin.iam.gserviceaccount.example' }));
      return { value: blob, event: { id: 'script', ver: '1.2.1', title: 'Write Firebase credentials', out: [`+ echo ${blob}`, '+ base64 -d', '+ echo "Wrote firebase-sa.json"', 'Wrote firebase-sa.json'] } };
    }),
    plant('api-key-name', 'bitrise-set-x-curl-export-key', 'error', `${WHY.apiKey('export_key')} A Script step fetches the Maltese and English strings from the translation service with the key in the URL; \`set -x\` prints the curl command.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { id: 'script', ver: '1.2.1', title: 'Fetch translations', out: [`+ curl -fsS -o app/src/main/res/raw/strings.json 'https://traduzzjonijiet.${KR}/export?proġett=inkwilin-app&lingwi=mt,en&export_key=${key}'`, '+ echo \'Traduzzjonijiet aġġornati\'', 'Traduzzjonijiet aġġornati'] } };
    }),
    plant('header-dump', 'bitrise-set-x-curl-private-token-header', 'error', "A Script step downloads the shared design tokens from the company's GitLab with `-H 'PRIVATE-TOKEN: glpat-…'`, a token kept in the workflow's plain `envs:`, so `set -x` prints it and secret filtering does not know it.", ({ rng }) => {
      const tok = `glpat-${rng.b64url(20)}`;
      return { value: tok, event: { id: 'script', ver: '1.2.1', title: 'Download design tokens', out: [`+ curl -fsS -H 'PRIVATE-TOKEN: ${tok}' -o tokens.json 'https://gitlab.${KR}/api/v4/projects/42/repository/files/tokens.json/raw?ref=main'`, '+ jq .colors.primary tokens.json', '"#0B5D7A"'] } };
    }),
    plant('framework-dump', 'bitrise-env-dump-staging-password', 'error', "A Script step left from debugging runs `env | sort | grep KERA_`: the listing prints the workflow's plain `envs:`, among them the staging test account's password (`KERA_STAGING_PASSWORD=…`).", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { id: 'script', ver: '1.2.1', title: 'Debug env', out: ['+ env', '+ sort', '+ grep KERA_', `KERA_API_BASE=https://staging.${KR}/api/v1`, 'KERA_FLAVOR=production', `KERA_STAGING_PASSWORD=${pw}`, 'KERA_STAGING_USER=qa-android@kera.example', 'KERA_VERSION_NAME=3.8.0'] } };
    }),
    { raw: { id: 'android-build', ver: '1.0.6', out: ['+ ./gradlew bundleRelease', '> Task :app:preBuild UP-TO-DATE', '> Task :app:bundleRelease', '', 'BUILD SUCCESSFUL in 6m 12s', '612 actionable tasks: 598 executed, 14 up-to-date', 'The AAB path is now available in the Environment Variable: BITRISE_AAB_PATH'] } },
    plant('negative', 'bitrise-redacted-secret-env', 'none', "A Script step echoing a secret environment variable: Bitrise's secret filtering prints it as `[REDACTED]`: a redaction marker, no credential.", () => ({ value: '--json-key [REDACTED]', event: { id: 'script', ver: '1.2.1', title: 'Upload to Play (internal)', out: ['+ bundle exec fastlane supply --track internal --aab app/build/outputs/bundle/release/app-release.aab --json-key [REDACTED]', '[✔] 🚀', 'Successfully finished the upload to Google Play'] } })),
    plant('webhook', 'bitrise-set-x-curl-slack-workflow-trigger', 'error', WHY.webhook('A Script step announces the release to a Slack Workflow Builder trigger (`https://hooks.slack.com/triggers/<team>/<id>/<secret>`), printed by `set -x`'), ({ rng }) => {
      const secret = rng.hex(32);
      return { value: secret, event: { id: 'script', ver: '1.2.1', title: 'Announce release', out: [`+ curl -fsS -X POST -H 'Content-Type: application/json' --data '{"verzjoni":"3.8.0","bini":"${rng.int(400, 900)}"}' https://hooks.slack.com/triggers/T${upperNum(rng, 8)}/${digits(rng, 13)}/${secret}`, '{"ok":true}'] } };
    }),
    plant('negative', 'bitrise-build-slug-url', 'none', "The build's address on bitrise.io (`/build/<uuid>`): the build's slug, readable only by the app's team members: an identifier, no credential.", ({ rng }) => {
      const slug = rng.uuid();
      return { value: slug, event: { id: 'deploy-to-bitrise-io', ver: '2.11.0', out: ['Collecting files to deploy...', 'Deploying: app-release.aab', `Build Artifact URL: https://app.bitrise.io/build/${slug}?tab=artifacts`, 'Deploy finished'] } };
    }),
  ];
  const built = buildLog(rng, {
    start: DAY0 + 5 * HOUR,
    site: { host: 'bitrise' },
    filler,
    render,
    steps: [...steps, { raw: { get txt() { return ['', line, box('                               bitrise summary                               '.trimEnd()), line, `|   | ${'title'.padEnd(60)} | ${'time (s)'.padEnd(9)} |`, line, ...summary.map(([t, s]) => `| ✓ | ${t.padEnd(60)} | ${`${s} sec`.padEnd(9)} |`), line, box(`Total runtime: ${(summary.reduce((a, [, s]) => a + Number(s), 0) / 60).toFixed(1)} min`), line, '']; } } }],
    header,
  });
  return built;
}

// ---------------------------------------------------------------------------------------------------------------------
// loadtest-staging.log: the nightly smoke test of the staging API, a shell script under `set -x` running ApacheBench
// (`ab -v 4 -n 2 -c 1 …`) per endpoint, its output appended to a file: xtrace's `+ ab …`, ab's banner, `INFO: GET header
// ==` with the request it sends between `---` lines, each response's `LOG: header received:` with the headers, `LOG:
// Response code = …`, then ab's report (`Server Software:` … `Document Path:` … `Percentage of the requests served within
// a certain time (ms)`); no times.
// https://httpd.apache.org/docs/2.4/programs/ab.html (from memory, not fetched: the options and the verbose output).

function abLog(rng) {
  const HOST = `staging.${KR}`;
  const render = (e) => {
    const hdrs = [`Host: ${HOST}`, 'User-Agent: ApacheBench/2.3', 'Accept: */*', ...(e.headers ?? [])];
    const cmd = ['+ ab -v 4 -n 2 -c 1', ...(e.cmdHeaders ?? []).map((h) => `-H '${h}'`), ...(e.cookie ? [`-C '${e.cookie}'`] : []), `'https://${HOST}${e.path}'`].join(' ');
    const resp = (status, rid) => ['LOG: header received:', `HTTP/1.1 ${status === 200 ? '200 OK' : '401 Unauthorized'}`, `Date: Thu, 05 Aug 2027 ${iso(e.t).slice(11, 19)} GMT`, 'Content-Type: application/json', `Content-Length: ${e.len}`, 'Connection: close', `X-Request-Id: ${rid}`, '', `{"ok":${status === 200}}`, `LOG: Response code = ${status}`];
    return [cmd, 'This is ApacheBench, Version 2.3 <$Revision: 1923142 $>', 'Copyright 1996 Adam Twiss, Zeus Technology Ltd, http://www.zeustech.net/', 'Licensed to The Apache Software Foundation, http://www.apache.org/', '', `Benchmarking ${HOST} (be patient)...INFO: GET header == `, '---', `GET ${e.path} HTTP/1.0`, ...hdrs, ...(e.cookie ? [`Cookie: ${e.cookie}`] : []), '', '', '---', ...resp(e.status ?? 200, e.rid ?? rng.uuid()), ...resp(e.status ?? 200, rng.uuid()), '..done', '', '', 'Server Software:        nginx', `Server Hostname:        ${HOST}`, 'Server Port:            443', 'SSL/TLS Protocol:       TLSv1.3,TLS_AES_256_GCM_SHA384,2048,256', 'Server Temp Key:        X25519 253 bits', `TLS Server Name:        ${HOST}`, '', `Document Path:          ${e.path}`, `Document Length:        ${e.len} bytes`, '', 'Concurrency Level:      1', `Time taken for tests:   0.${digits(rng, 3)} seconds`, 'Complete requests:      2', 'Failed requests:        0', `Total transferred:      ${2 * (e.len + 190)} bytes`, `HTML transferred:       ${2 * e.len} bytes`, `Requests per second:    ${rng.int(8, 30)}.${digits(rng, 2)} [#/sec] (mean)`, `Time per request:       ${rng.int(30, 120)}.${digits(rng, 3)} [ms] (mean)`, ''];
  };
  const filler = (rng) => ({ path: `/api/v1/proprjetajiet?lokalita=${rng.pick(LOKALITAJIET)}&kmamar=${rng.int(1, 4)}`, len: rng.int(900, 9000) });
  const steps = [
    1,
    plant('header-dump', 'ab-set-x-and-get-header-authorization-basic', 'error', "The smoke test calls the agents' API with `-H 'Authorization: Basic …'` (the QA account's name and password in base64): xtrace prints the command and ab's verbose output the request it sends, so the header is on both lines.", ({ rng }) => {
      const b = b64Of(`qa-agent:${rng.alnum(16)}`);
      return { value: b, event: { path: '/api/v1/agenti/zjarat?data=2027-08-05', len: rng.int(400, 3000), cmdHeaders: [`Authorization: Basic ${b}`], headers: [`Authorization: Basic ${b}`] } };
    }),
    1,
    plant('negative', 'ab-response-x-request-id', 'none', "The `X-Request-Id` staging's nginx returns (a uuid), printed with the response headers: a request identifier, no credential.", ({ rng }) => {
      const rid = rng.uuid();
      return { value: rid, event: { path: `/api/v1/proprjetajiet?lokalita=il-gzira&kmamar=2`, len: rng.int(900, 9000), rid } };
    }),
    1,
    plant('session-id', 'ab-cookie-sessjoni', 'error', WHY.session("The tenant portal's test uses `-C 'sessjoni=…'` with a session copied from a browser logged in as a test tenant; xtrace prints it and ab's request dump shows `Cookie: sessjoni=…`"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { path: '/inkwilin/kuntratti', len: rng.int(2000, 9000), cookie: `sessjoni=${sid}` } };
    }),
    1,
    plant('path-secret', 'ab-path-stedina-token', 'error', WHY.pathSecret("The test opens a seeded landlord invitation (`/api/v1/stedina/<token>`) on staging, where the token is as good as production's for the staging data; xtrace, ab's request line and its report's `Document Path:` print it"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { path: `/api/v1/stedina/${tok}`, len: rng.int(300, 900) } };
    }),
    1,
    plant('negative', 'ab-response-etag-like-request-id-2', 'none', "A second run's `X-Request-Id` (a uuid) in the response headers: a request identifier, no credential.", ({ rng }) => {
      const rid = rng.uuid();
      return { value: rid, event: { path: '/api/v1/lokalitajiet', len: rng.int(900, 3000), rid } };
    }),
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'ci', api: true }, filler, render, steps, header: ['+ set -e', `+ echo 'Test ta\u2019 filgħodu kontra staging'`, 'Test ta\u2019 filgħodu kontra staging'] });
}

// =====================================================================================================================
// Dalu (Sinhala; Sri Lanka: UTC+5:30)
// =====================================================================================================================

const DL = 'dalu.example';
const ESTATES = ['hapugastalawa', 'watawala', 'bogawantalawa', 'maskeliya', 'kotagala', 'dickoya'];

// ---------------------------------------------------------------------------------------------------------------------
// emqx.log: `docker logs emqx` of the broker the collection trucks' weighing scales and the collectors' app publish to
// (EMQX 5.8, console handler, text formatter): `<RFC 3339 with microseconds and offset> [<level>] <key>: <value>, …` (the
// metadata `tag`, `clientid`, `msg`, `peername`, `username`, then the event's own keys), the server's local time; and the
// Console Output action of a debugging rule (`[rule action] <rule id>`, then `\tAction Data: #{…}` and `\tEnvs: #{…}` as
// Erlang terms, binaries as `<<"…">>`), written to the console without a time.
// https://github.com/emqx/emqx/pull/12746 (read through search: the text lines of authentication and authorization
// failures); the Console Output action's lines from memory of EMQX's rule engine documentation (not fetched).

function emqxLog(rng) {
  const ts = (t) => `${local(t, SLST).slice(0, 23)}${digits(rng, 3)}${zone(SLST)}`;
  const render = (e) => (e.raw ? e.raw : e.em.map(([lvl, kv]) => `${ts(e.t)} [${lvl}] ${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}`));
  const peer = () => `${lan(rng, '10.40')}:${rng.int(30000, 65000)}`;
  const consoleAction = (rule, data) => [`[rule action] ${rule}`, `\tAction Data: #{${Object.entries(data).map(([k, v]) => `${k} => ${v}`).join(',')}}`, `\tEnvs: #{event => 'message.publish',flags => #{dup => false,retain => false},id => <<"${rng.hex(32).toUpperCase()}">>,metadata => #{rule_id => <<"${rule}">>},node => 'emqx@emqx-0.emqx-headless',qos => 1}`];
  const bin = (s) => `<<"${s.replace(/"/g, '\\"')}">>`;
  const filler = (rng) =>
    rng.pick([
      () => { const c = `scale-${digits(rng, 4)}`; return { em: [['warning', [['tag', 'AUTHZ'], ['clientid', c], ['msg', 'authorization_permission_denied'], ['peername', peer()], ['username', c], ['topic', `dalu/v1/${rng.pick(ESTATES)}/settings`], ['source', 'file'], ['action', 'SUBSCRIBE(Q0)']]]] }; },
      () => ({ em: [['warning', [['clientid', `collector-${lowerNum(rng, 8)}`], ['msg', 'socket_force_closed'], ['peername', peer()], ['reason', 'keepalive_timeout']]]] }),
      () => ({ em: [['warning', [['msg', 'log_events_throttled_during_last_period'], ['period', '1 minutes, 0 seconds'], ['dropped', `#{authorization_permission_denied => ${rng.int(2, 40)}}`]]]] }),
      () => ({ raw: consoleAction('dalu_mila_debug', { clientid: bin(`scale-${digits(rng, 4)}`), payload: bin(JSON.stringify({ kilo: rng.int(4, 60) + rng.int(0, 9) / 10, watta: rng.pick(ESTATES), gevum_ankaya: `GV-${digits(rng, 6)}` })), peerhost: bin(lan(rng, '10.40')), qos: 1, timestamp: 1785900000000 + rng.int(0, 9e6), topic: bin(`dalu/v1/scale/mila`) }) }),
    ])();
  const steps = [
    3,
    plant('negative', 'emqx-clientid-scale-serial', 'none', "A scale's MQTT client id (`scale-<serial>-<hex>`, the device's serial number and a hardware suffix): an identifier the broker logs on every line of that client, no credential.", ({ rng }) => {
      const cid = `scale-${digits(rng, 4)}-${rng.hex(12)}`;
      return { value: cid, event: { em: [['warning', [['clientid', cid], ['msg', 'socket_force_closed'], ['peername', peer()], ['reason', 'keepalive_timeout']]]] } };
    }),
    3,
    plant('api-key-name', 'emqx-authn-failure-username-device-token', 'error', "A scale flashed with the old platform's firmware connects with its device access token as the MQTT username (the convention of the previous IoT platform); EMQX writes `username` in the metadata of the client's lines, here an `authentication_failure`: a long-lived device credential under the name `username`.", ({ rng }) => {
      const tok = rng.alnum(20);
      return { value: tok, event: { em: [['warning', [['tag', 'AUTHN'], ['clientid', `scale-${digits(rng, 4)}`], ['msg', 'authentication_failure'], ['peername', peer()], ['username', tok], ['reason', 'bad_username_or_password']]]] } };
    }),
    3,
    plant('header-dump', 'emqx-authz-denied-username-jwt', 'error', "The collectors' app connects with its access token (a JWT) as the MQTT username, the field it travels in instead of an `Authorization` header; an `authorization_permission_denied` line writes it, with its time and offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, claims: { iss: `https://auth.${DL}`, sub: `ekathu-${digits(rng, 5)}`, role: 'collector', estate: rng.pick(ESTATES) } });
      return { value: token, jwt: facts, event: { em: [['warning', [['tag', 'AUTHZ'], ['clientid', `collector-${lowerNum(rng, 8)}`], ['msg', 'authorization_permission_denied'], ['peername', peer()], ['username', token], ['topic', `dalu/v1/${rng.pick(ESTATES)}/gevim`], ['source', 'file'], ['action', 'PUBLISH(Q1)']]]] } };
    }),
    3,
    plant('refresh-token', 'emqx-console-action-payload-refresh-token', 'error', `${WHY.refresh} The app publishes its renewed tokens to its own topic for the other devices of a collector (\`{"refresh_token":"…"}\`); the debugging rule's Console Output action prints the message's \`payload\`.`, ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { raw: consoleAction('dalu_app_debug', { clientid: bin(`collector-${lowerNum(rng, 8)}`), payload: bin(JSON.stringify({ token_type: 'Bearer', expires_in: 3600, refresh_token: tok })), peerhost: bin(lan(rng, '10.40')), qos: 1, timestamp: 1785900000000 + rng.int(0, 9e6), topic: bin(`dalu/v1/app/${lowerNum(rng, 8)}/token`) }) } };
    }),
    3,
    plant('encoded', 'emqx-console-action-payload-base64-config', 'error', "A scale reports its configuration as base64 of a JSON object (`{\"wifi\":…,\"rahas_yathura\":…}`, \"secret key\"), which the debugging rule's Console Output action prints in the `payload`: the scale's upload key one decoding away.", ({ rng }) => {
      const blob = b64Of(JSON.stringify({ wifi: 'Dalu-Truck-07', rahas_yathura: rng.alnum(32), fw: '2.4.1' }));
      return { value: blob, event: { raw: consoleAction('dalu_mila_debug', { clientid: bin(`scale-${digits(rng, 4)}`), payload: bin(JSON.stringify({ type: 'config', data: blob })), peerhost: bin(lan(rng, '10.40')), qos: 1, timestamp: 1785900000000 + rng.int(0, 9e6), topic: bin('dalu/v1/scale/config') }) } };
    }),
    3,
    plant('negative', 'emqx-console-action-message-id', 'none', "The message id EMQX gives each publish (32 hex) in the Console Output action's `Envs`: an identifier, no credential.", ({ rng }) => {
      const mid = rng.hex(32).toUpperCase();
      return { value: mid, event: { raw: [`[rule action] dalu_mila_debug`, `\tAction Data: #{clientid => ${bin(`scale-${digits(rng, 4)}`)},payload => ${bin(JSON.stringify({ kilo: 22.4, watta: 'maskeliya' }))},qos => 1,topic => ${bin('dalu/v1/scale/mila')}}`, `\tEnvs: #{event => 'message.publish',flags => #{dup => false,retain => false},id => <<"${mid}">>,metadata => #{rule_id => <<"dalu_mila_debug">>},node => 'emqx@emqx-0.emqx-headless',qos => 1}`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'mqtt' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// thingsboard.log: ThingsBoard CE 3.9's /var/log/thingsboard/thingsboard.log (logback `%d{ISO8601} [%thread] %-5level
// %logger{36} - %msg%n`, local time without a zone) with `org.springframework.web` at DEBUG, so DispatcherServlet writes
// each request as `<METHOD> "<path>?<query>", parameters={masked}` (the query string is printed even when the parameters
// are masked) and `Completed <status>`; a Log rule node's message spans lines (`Incoming message:` and the message's JSON,
// `Incoming metadata:` and the metadata's JSON).
// https://thingsboard.io/docs/user-guide/install/config/ (from memory, not fetched); DispatcherServlet's DEBUG message from
// memory of spring-webmvc; TbLogNode's default script from memory.

function thingsboardLog(rng) {
  const ts = (t) => `${ymdHmsAt(t, SLST)},${local(t, SLST).slice(20, 23)}`;
  const render = (e) => e.tb.flatMap(([thread, lvl, logger, msg]) => (thread === null ? [msg] : [`${ts(e.t)} [${thread}] ${lvl.padEnd(5)} ${logger} - ${msg}`]));
  const exec = () => `http-nio-0.0.0.0-8080-exec-${rng.int(1, 20)}`;
  const DS = 'o.s.web.servlet.DispatcherServlet';
  const req = (method, path, params = '', status = 200) => { const th = exec(); return [[th, 'DEBUG', DS, `${method} "${path}", parameters={${params}}`], [th, 'DEBUG', DS, `Completed ${status} ${status === 200 ? 'OK' : status === 302 ? 'FOUND' : 'UNAUTHORIZED'}`]]; };
  const filler = (rng) =>
    rng.pick([
      () => ({ tb: req('GET', `/api/plugins/telemetry/DEVICE/${rng.uuid()}/values/timeseries?keys=kilo,watta&startTs=1785860000000&endTs=1785900000000`, 'masked') }),
      () => ({ tb: req('GET', '/api/tenant/devices?pageSize=50&page=0&sortProperty=createdTime&sortOrder=DESC', 'masked') }),
      () => ({ tb: [[`RuleEngine-Consumer-${rng.int(0, 3)}-thread-${rng.int(1, 4)}`, 'INFO ', 'o.t.s.s.q.DefaultTbRuleEngineConsumerService', `[Main] Processing ${rng.int(1, 40)} messages`]] }),
      () => ({ tb: [[`sql-queue-${rng.int(0, 3)}-${rng.int(1, 4)}-thread-1`, 'INFO ', 'o.t.s.d.s.TbSqlBlockingQueueWrapper', `Queue-${rng.int(0, 3)} [TS] queueSize [${rng.int(0, 40)}] totalAdded [${rng.int(100, 9000)}] totalSaved [${rng.int(100, 9000)}] totalFailed [0]`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'thingsboard-oauth2-authorization-registration-uuid', 'none', "The path a sign-in with Google starts from (`/oauth2/authorization/<uuid>`): ThingsBoard's id of the OAuth 2.0 client registration, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { tb: req('GET', `/oauth2/authorization/${id}`, '', 302) } };
    }),
    3,
    plant('oauth-code', 'thingsboard-dispatcherservlet-oauth2-code-query', 'warning', `${WHY.code} DispatcherServlet at DEBUG prints the request's query string even when it masks the parameters: the callback \`/login/oauth2/code/?code=…&state=…\` of an estate manager's Google sign-in is on the line.`, ({ rng }) => {
      const code = `4%2F0A${rng.b64url(70)}`;
      return { value: code, event: { tb: req('GET', `/login/oauth2/code/?state=${rng.b64url(43)}%3D&code=${code}&scope=email+profile+openid&authuser=0&prompt=none`, 'masked', 302) } };
    }),
    3,
    plant('path-secret', 'thingsboard-dispatcherservlet-device-api-token-path', 'error', "ThingsBoard's HTTP device API takes the device's access token as a path segment (`POST /api/v1/<token>/telemetry`); DispatcherServlet writes the path: the scale's credential, long-lived (until the device's credentials are changed), in the path.", ({ rng }) => {
      const tok = rng.alnum(20);
      return { value: tok, event: { tb: req('POST', `/api/v1/${tok}/telemetry`) } };
    }),
    3,
    plant('framework-dump', 'thingsboard-tblognode-incoming-message-metadata', 'error', "A Log rule node left on the root chain prints each message and its metadata over several lines: the payment gateway's response the chain received carries `gevim_rahas` (\"payment secret\"), the merchant secret the next node signs with.", ({ rng }) => {
      const sec = rng.alnum(32);
      const th = `RuleEngine-Consumer-${rng.int(0, 3)}-thread-${rng.int(1, 4)}`;
      return { value: sec, event: { tb: [[th, 'INFO ', 'o.t.rule.engine.action.TbLogNode', ''], [null, null, null, 'Incoming message:'], [null, null, null, JSON.stringify({ gevum_ankaya: `GV-${digits(rng, 6)}`, mudala: rng.int(800, 9000), mudal_ekakaya: 'LKR', gevim_rahas: sec, thathvaya: 'සාර්ථකයි' })], [null, null, null, 'Incoming metadata:'], [null, null, null, JSON.stringify({ deviceName: `scale-${digits(rng, 4)}`, deviceType: 'dalu-scale', ts: String(1785900000000 + rng.int(0, 9e6)) })]] } };
    }),
    3,
    plant('replay', 'thingsboard-noauth-activate-token-once', 'note', WHY.ticketFirst("A new estate manager's account activation link (`/api/noauth/activate?activateToken=…`), opened once; DispatcherServlet prints the query. The activation token is"), ({ rng }) => {
      const tok = rng.alnum(30);
      return { value: tok, event: { tb: req('GET', `/api/noauth/activate?activateToken=${tok}`, 'masked', 302) } };
    }),
    3,
    plant('negative', 'thingsboard-rule-engine-device-uuid', 'none', "A device's entity id (a uuid) in a telemetry query: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { tb: req('GET', `/api/device/${id}`) } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'tb' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// apps-script-executions.txt: the back office spreadsheet's Apps Script "Execution log" panels copied one after the other
// into a text file for a support ticket: `<h:mm:ss AM/PM>\t<Notice|Info|Error>\t<message>` in the script's time zone
// (Asia/Colombo), `Execution started` and `Execution completed`, `Logger.log` and `console.log` output as Info, an
// exception as Error followed by its stack lines (`<function>\t@ <file>.gs:<line>`).
// https://developers.google.com/apps-script/guides/logging (from memory, not fetched).

function appsScriptLog(rng) {
  const clock = (t) => { const d = new Date(t + SLST * MIN); let h = d.getUTCHours(); const ap = h >= 12 ? 'PM' : 'AM'; h = h % 12 || 12; return `${h}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${ap}`; };
  const render = (e) => e.as.map(([lvl, msg], i) => (lvl === null ? msg : `${clock(e.t + i * 400)}\t${lvl}\t${msg}`));
  const run = (lines) => [['Notice', 'Execution started'], ...lines, ['Notice', 'Execution completed']];
  const filler = (rng) =>
    rng.pick([
      () => ({ as: run([['Info', `${rng.pick(ESTATES)}: දළු කිලෝ ${rng.int(200, 2400)} එකතු කළා (${rng.int(20, 90)} ගොවීන්)`]]) }),
      () => ({ as: run([['Info', `Sheet "ගෙවීම් ${rng.pick(['අගෝස්තු', 'ජූලි'])}" rows: ${rng.int(100, 900)}`], ['Info', 'ගෙවීම් ලැයිස්තුව යාවත්කාලීන කළා']]) }),
      () => ({ as: run([['Info', `Sent SMS to ${rng.int(20, 300)} farmers`]]) }),
    ])();
  const steps = [
    2,
    plant('negative', 'apps-script-drive-file-id', 'none', "A Drive file's id (`1` and 43 characters) the script logs when it writes the day's PDF: an identifier; the file's sharing settings guard it: no credential.", ({ rng }) => {
      const id = `1${rng.b64url(43)}`;
      return { value: id, event: { as: run([['Info', `PDF saved: https://drive.google.com/file/d/${id}/view`]]) } };
    }),
    2,
    plant('api-key-name', 'apps-script-logger-notify-sms-url-api-key', 'error', `${WHY.apiKey('api_key')} The script logs the SMS gateway's send URL before \`UrlFetchApp.fetch\`, with the gateway's user id and key in the query.`, ({ rng }) => {
      const key = rng.alnum(20);
      return { value: key, event: { as: run([['Info', `GET https://app.notify.example/api/v1/send?user_id=${digits(rng, 5)}&api_key=${key}&sender_id=DaluLK&to=947${digits(rng, 8)}&message=%E0%B6%94%E0%B6%B6%E0%B6%A7%20%E0%B6%BB%E0%B7%94.${rng.int(800, 9000)}`], ['Info', '{"status":"success","data":"Sent"}']]) } };
    }),
    2,
    plant('webhook', 'apps-script-logger-make-webhook', 'error', WHY.webhook('The script logs where it posts the day\'s totals, a Make scenario\'s custom webhook (`https://hook.eu2.make.com/<32 characters>`)'), ({ rng }) => {
      const id = lowerNum(rng, 32);
      return { value: id, event: { as: run([['Info', `Posting totals to https://hook.eu2.make.com/${id}`], ['Info', 'Accepted']]) } };
    }),
    2,
    plant('framework-dump', 'apps-script-logger-doget-event-object', 'error', "The spreadsheet's web app logs its `doGet(e)` event object with `Logger.log(e)`: the `{parameter={…}, queryString=…, parameters={…}}` dump holds the collectors' form value `yathura` (\"key\") three times on one line.", ({ rng }) => {
      const key = rng.hex(32);
      const ek = `EK-${digits(rng, 4)}`;
      const watta = rng.pick(ESTATES);
      const qs = `ekathukaru=${ek}&yathura=${key}&watta=${watta}`;
      return { value: key, event: { as: run([['Info', `{contextPath=, parameter={ekathukaru=${ek}, yathura=${key}, watta=${watta}}, queryString=${qs}, parameters={yathura=[${key}], ekathukaru=[${ek}], watta=[${watta}]}, contentLength=-1}`], ['Info', 'ලියාපදිංචි කළා']]) } };
    }),
    2,
    plant('refresh-token', 'apps-script-logger-zoho-token-response', 'error', `${WHY.refresh} The script logs the accounting service's OAuth token response (\`Logger.log(res.getContentText())\`), a Zoho-style refresh token (\`1000.<hex>.<hex>\`) in it.`, ({ rng }) => {
      const tok = `1000.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: tok, event: { as: run([['Info', JSON.stringify({ access_token: `1000.${rng.hex(32)}.${rng.hex(32)}`, refresh_token: tok, scope: 'ZohoBooks.fullaccess.all', api_domain: 'https://www.zohoapis.in', token_type: 'Bearer', expires_in: 3600 })]]) } };
    }),
    2,
    plant('implicit-fragment', 'apps-script-logger-parameter-redirect-fragment', 'error', "The web app logs `e.parameter.redirect`, the address the collectors' app was on when it opened the form: the app's sign-in page returned there with `#access_token=…`, so the fragment is in the logged value.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { as: run([['Info', `redirect = https://app.${DL}/pivisuma/avasan#access_token=${tok}&token_type=Bearer&expires_in=3600`]]) } };
    }),
    2,
    plant('encoded', 'apps-script-logger-basic-base64-user-key', 'error', "The script builds the payment portal's Basic authentication with `Utilities.base64Encode('dalu_api:' + key)` and logs the result to check it: base64 of the user and the key, one decoding away.", ({ rng }) => {
      const b = b64Of(`dalu_api:${rng.alnum(24)}`);
      return { value: b, event: { as: run([['Info', `auth header value: ${b}`], ['Error', 'Exception: Request failed for https://pay.example.lk returned code 401. Truncated server response: {"error":"invalid_client"} (use muteHttpExceptions option to examine full response)'], [null, 'gevimYavanna\t@ Gevim.gs:58'], [null, 'dailyRun\t@ Main.gs:12']]) } };
    }),
    2,
    plant('negative', 'apps-script-utilities-get-uuid', 'none', "A batch id from `Utilities.getUuid()` the script logs for each run: a random identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { as: run([['Info', `batch ${u}: ගෙවීම් ${rng.int(20, 200)}`]]) } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'gas' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// network-firewall-alert.log: AWS Network Firewall alert logs of the VPC the collection centres' kiosks and old scales
// reach over plain HTTP, from the S3 delivery (gunzipped), one JSON object a line: `firewall_name`,
// `availability_zone`, `event_timestamp` (epoch seconds as a string), `event` (Suricata's EVE: `timestamp` with a
// `+0000` offset, `flow_id`, `event_type` `alert`, addresses, `alert` of a pass rule with the `alert` keyword, and `http`
// with `hostname`, `url`, `http_user_agent`, `http_method`, `protocol`, `length`).
// https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-logging.html (from memory, not fetched).

function nfwLog(rng) {
  const KIOSK_UA = 'Mozilla/5.0 (Linux; Android 10; SM-T295) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
  const render = (e) => {
    const ev = {
      firewall_name: 'dalu-egress',
      availability_zone: 'ap-south-1a',
      event_timestamp: String(Math.floor(e.t / 1000)),
      event: {
        tx_id: 0,
        app_proto: 'http',
        src_ip: e.src ?? lan(rng, '10.60'),
        src_port: rng.int(30000, 65000),
        event_type: 'alert',
        alert: { severity: 3, signature_id: 1000021, rev: 1, signature: 'dalu plain HTTP from estate kiosks', action: 'allowed', category: '' },
        flow_id: e.flow ?? 1000000000000000 + rng.int(0, 8999999999999),
        dest_ip: e.dst ?? '10.60.0.10',
        proto: 'TCP',
        http: { hostname: e.hostname ?? `kiosk-api.${DL}`, url: e.url, http_user_agent: e.kua ?? KIOSK_UA, http_method: e.method ?? 'GET', protocol: 'HTTP/1.1', length: rng.int(0, 5000) },
        dest_port: 80,
        timestamp: `${iso(e.t).slice(0, 23)}${digits(rng, 3)}+0000`,
      },
    };
    return [JSON.stringify(ev)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `/api/v1/mila?watta=${rng.pick(ESTATES)}&dina=2027-08-05` }),
      () => ({ url: `/static/js/kiosk.${rng.hex(8)}.js` }),
      () => ({ url: '/api/v1/gevim/ada', method: 'POST' }),
    ])();
  const steps = [
    3,
    plant('negative', 'nfw-asset-cache-buster', 'none', "A stylesheet's cache buster (`?v=<hex>`): a build hash, no credential.", ({ rng }) => {
      const v = rng.hex(16);
      return { value: v, event: { url: `/static/css/kiosk.css?v=${v}` } };
    }),
    3,
    plant('embed-jwt', 'nfw-http-url-embed-vartha-jwt-120s', 'warning', "A kiosk loads the estate's daily report embed over plain HTTP (`/embed/vartha/<JWT>`, \"report\"), a token valid 120 s without `jti`; the event's `timestamp` has its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { iss: `https://vartha.${DL}`, resource: { dashboard: 7 }, params: { watta: rng.pick(ESTATES) } } });
      return { value: token, jwt: facts, event: { hostname: `vartha.${DL}`, url: `/embed/vartha/${token}`, kua: KIOSK_UA } };
    }),
    3,
    plant('id-token', 'nfw-http-url-pitaveema-id-token-hint-expired', 'note', 'A kiosk signs an officer out (`/pitaveema?id_token_hint=<JWT>`, "logout") over plain HTTP half an hour after the ID token expired; the event\'s `timestamp` has its offset', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 5400 + rng.int(0, 600), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://auth.${DL}/realms/dalu`, aud: 'kiosk', sub: rng.uuid(), typ: 'ID' } });
      return { value: token, jwt: facts, event: { hostname: `auth.${DL}`, url: `/pitaveema?id_token_hint=${token}&post_logout_redirect_uri=http%3A%2F%2Fkiosk-api.${DL}%2F`, kua: KIOSK_UA } };
    }),
    3,
    plant('replay', 'nfw-http-url-ek-wara-tikata-first', 'note', WHY.ticketFirst("A farmer's payslip PDF opened with a single-use ticket (`/api/v1/gevim/pathrikava?ek_wara_tikata=…`, \"one-time ticket\") from an estate kiosk over plain HTTP. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(24);
      firstUse.ekWara = t;
      return { value: tk, event: { url: `/api/v1/gevim/pathrikava?ek_wara_tikata=${tk}`, kua: KIOSK_UA, src: '10.60.14.21' } };
    }, { ref: 'ek-wara' }),
    plant('replay', 'nfw-http-url-ek-wara-tikata-replayed', 'replay', '', ({ refs, t }) => {
      const tk = refs.get('ek-wara').value;
      return { marks: [{ value: tk, why: `${WHY.replay('ek_wara_tikata', gap('ekWara', t))} Another estate's kiosk fetched the same payslip with the same ticket and the firewall let the request through to the API: the ticket was not spent.` }], event: { url: `/api/v1/gevim/pathrikava?ek_wara_tikata=${tk}`, kua: 'Mozilla/5.0 (Linux; Android 9; SM-T515) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36', src: '10.60.31.9' } };
    }, { replayOf: 'ek-wara', after: 142 }),
    3,
    plant('api-key-name', 'nfw-http-url-rahas-yathura', 'error', `${WHY.apiKey('rahas_yathura')} Old scales upload their readings over plain HTTP with the key in the query (\`rahas_yathura\`, "secret key").`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { url: `/api/v1/mila?scale=${digits(rng, 4)}&kilo=${rng.int(4, 60)}.${rng.int(0, 9)}&rahas_yathura=${key}`, method: 'POST', kua: 'ESP32HTTPClient' } };
    }),
    3,
    plant('session-id', 'nfw-http-url-sesiya-query', 'error', WHY.session('The kiosk web app keeps the officer\'s session in the query (`?sesiya=<hex>`, "session") and the firewall logs it on plain HTTP'), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { url: `/kiosk/gevim/lekhana?sesiya=${sid}&watta=${rng.pick(ESTATES)}`, kua: KIOSK_UA } };
    }),
    3,
    plant('negative', 'nfw-flow-id', 'none', "Suricata's `flow_id` (a 16-digit number) tying the alert to its flow: an identifier, no credential.", ({ rng }) => {
      const f = 1000000000000000 + rng.int(0, 8999999999999);
      return { value: String(f), event: { url: `/api/v1/mila?watta=${rng.pick(ESTATES)}&dina=2027-08-04`, flow: f } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'nfw' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout43');
writePart(join(here, 'heldout43'), {
  'QUERY_HISTORY_2027-08-05.csv': snowflakeCsv(rng),
  'segment-logs-2027-08-05T09.json': segmentLog(rng),
  'chef-client.log': chefLog(rng),
  'AuditLog_2027-08-05.csv': purviewCsv(rng),
  'yt-dlp.log': ytdlpLog(rng),
  'forcepoint-cg.log': forcepointLog(rng),
  'access_log': cpanelLog(rng),
  'algolia-logs.json': algoliaLog(rng),
  'bitrise-build-2027-08-05.log': bitriseLog(rng),
  'loadtest-staging.log': abLog(rng),
  'emqx.log': emqxLog(rng),
  'thingsboard.log': thingsboardLog(rng),
  'apps-script-executions.txt': appsScriptLog(rng),
  'network-firewall-alert.log': nfwLog(rng),
});
