// Writes corpus/logs-in-the-wild/heldout27/: a twenty-seventh held-out part, in formats no other part uses (Heroku
// Postgres' logs through `heroku logs`, an Auth0 log stream to a custom webhook in JSON lines, moleculer-web under
// Moleculer's console logger, `wevtutil qe Security /f:text` of event 4688 with command lines, Parse Server's verbose
// file log, Spring Security's `@EnableWebSecurity(debug = true)` output, log4rs' default pattern, Litestar's
// LoggingMiddleware, `dagster dev`'s console, `faas-cli logs` of OpenFaaS functions, Buffalo's request logger through
// logrus, Beego's dev-mode router log, `astro dev`'s console, a Luigi run's console), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each
// line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout27.mjs     rewrites heldout27/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Copperline Home Services, a marketplace of home repair pros in Denver, Colorado (English, five
// logs); Fjellutleie AS, a ski and bike rental chain around Lillehammer (Norwegian messages and user-facing routes,
// English code names as most Norwegian teams write them, five logs); Talat Sot (ตลาดสด), a fresh-market grocery delivery
// in Bangkok (Thai messages, English parameter names and routes as Thai teams write them, four logs). Standard names
// (OAuth's, vendors') stay as their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 1, 16, 0, 0, 0);
const { firstUse, gap } = replayClock();
/** ISO 8601 local time at `offset` minutes from UTC, with milliseconds (or `frac` digits) and the offset (`+01:00`). */
const isoOff = (ms, offset, frac = 3, rng = null) => {
  const d = local(ms, offset);
  const o = Math.abs(offset);
  const fraction = frac === 0 ? '' : `.${d.slice(20, 23)}${frac > 3 ? digits(rng, frac - 3) : ''}`;
  return `${d.slice(0, 19)}${fraction}${offset < 0 ? '-' : '+'}${pad(Math.floor(o / 60))}:${pad(o % 60)}`;
};
const slackHook = (rng) => `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;

// Copperline Home Services (English, Denver: UTC-7 in February; Heroku and Auth0 write UTC).
const US_WWW = 'copperline.example';
const US_APP = 'app.copperline.example';
const US_API = 'api.copperline.example';
const US_AUTH = 'login.copperline.example';
const job = (rng) => `J-${rng.int(100000, 999999)}`;
// Fjellutleie AS (Norwegian, Lillehammer: UTC+1).
const NO = 60;
const NO_WWW = 'fjellutleie.example';
const NO_API = 'api.fjellutleie.example';
const ANLEGG = ['hafjell', 'kvitfjell', 'skeikampen', 'nordseter', 'sjusjoen'];
const ordre = (rng) => `FJ-${rng.int(100000, 999999)}`;
// Talat Sot (Bangkok: UTC+7).
const TH = 420;
const TH_WWW = 'talatsot.example';
const TH_API = 'api.talatsot.example';
const order = (rng) => `TS${rng.int(27021600, 27021699)}${digits(rng, 4)}`;
const ZONES = ['bangrak', 'sathon', 'chatuchak', 'huaikhwang', 'bangkapi', 'lat-phrao'];

// =====================================================================================================================
// Copperline Home Services
// =====================================================================================================================

// heroku-postgres.log: `heroku logs --ps postgres --tail` and the add-on's metrics (`app[heroku-postgres]`) of the Rails
// monolith's Standard-0 database, `log_min_duration_statement` at 2000 ms and `log_min_error_statement` at `error`; Rails
// talks through PgBouncer with `prepared_statements: false`, so the statements carry their literals. UTC.
// https://devcenter.heroku.com/articles/heroku-postgres-logs-errors, https://devcenter.heroku.com/articles/heroku-postgres-settings,
// https://devcenter.heroku.com/articles/heroku-postgres-metrics-logs

function herokuPgLog(rng) {
  const pid = rng.int(1000, 9999);
  const ts = (t, rng) => `${iso(t).slice(0, 23)}${digits(rng, 3)}+00:00`;
  let n = 1;
  const render = (e, rng) => {
    if (e.metrics)
      return [`${ts(e.t, rng)} app[heroku-postgres]: source=DATABASE addon=postgresql-rugged-${pid}7 sample#current_transaction=${rng.int(81e6, 82e6)} sample#db_size=${rng.int(4.1e10, 4.2e10)}bytes sample#tables=${rng.int(92, 94)} sample#active-connections=${rng.int(8, 40)} sample#waiting-connections=0 sample#index-cache-hit-rate=0.99${rng.int(100, 999)} sample#table-cache-hit-rate=0.99${rng.int(100, 999)} sample#load-avg-1m=0.${rng.int(10, 90)} sample#load-avg-5m=0.${rng.int(10, 90)} sample#load-avg-15m=0.${rng.int(10, 90)} sample#read-iops=${rng.int(0, 40)}.${rng.int(0, 9)} sample#write-iops=${rng.int(1, 60)}.${rng.int(0, 9)} sample#tmp-disk-used=543633408 sample#tmp-disk-available=72435159040 sample#memory-total=3944456kB sample#memory-free=${rng.int(90000, 200000)}kB sample#memory-cached=${rng.int(3.1e6, 3.4e6)}kB sample#memory-postgres=${rng.int(180000, 260000)}kB sample#wal-percentage-used=0.0${rng.int(60, 99)}`];
    const at = ts(e.t, rng);
    const line = n++;
    if (e.error) {
      const code = e.error.code;
      return [
        `${at} app[postgres.${pid}]: [DATABASE] [${line}-1] sql_error_code = ${code} ERROR:  ${e.error.message}`,
        `${at} app[postgres.${pid}]: [DATABASE] [${line}-2] sql_error_code = ${code} DETAIL:  ${e.error.detail}`,
        `${at} app[postgres.${pid}]: [DATABASE] [${line}-3] sql_error_code = ${code} STATEMENT:  ${e.sql}`,
      ];
    }
    return [`${at} app[postgres.${pid}]: [DATABASE] [${line}-1] sql_error_code = 00000 LOG:  duration: ${rng.int(2000, 9000)}.${pad(rng.int(0, 999), 3)} ms  statement: ${e.sql}`];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ metrics: true }),
      () => ({ metrics: true }),
      () => ({ sql: `SELECT "jobs".* FROM "jobs" INNER JOIN "pro_service_areas" ON "pro_service_areas"."zip" = "jobs"."zip" WHERE "jobs"."status" = 'open' AND "pro_service_areas"."pro_id" = ${rng.int(1000, 99999)} ORDER BY "jobs"."created_at" DESC LIMIT 50 OFFSET ${rng.int(0, 20) * 50}` }),
      () => ({ sql: `SELECT COUNT(*) FROM "estimates" WHERE "estimates"."created_at" BETWEEN '2027-02-01 00:00:00' AND '2027-02-15 23:59:59.999999' AND "estimates"."state" IN ('sent', 'accepted')` }),
      () => ({ sql: `UPDATE "pros" SET "rating_cache" = ${rng.int(30, 50) / 10}, "updated_at" = '${iso(t - rng.int(2000, 9000)).slice(0, 19).replace('T', ' ')}.${digits(rng, 6)}' WHERE "pros"."id" = ${rng.int(1000, 99999)}` }),
    ])();
  const now = (t) => `${iso(t).slice(0, 19).replace('T', ' ')}.${digits(rng, 6)}`;
  const steps = [
    4,
    plant('webhook', 'heroku-pg-update-slack_webhook_url', 'error', WHY.webhook('A Slack incoming webhook a pro business saved for job alerts, the literal of a slow `UPDATE "integrations"` statement'), ({ rng, t }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { sql: `UPDATE "integrations" SET "slack_webhook_url" = 'https://hooks.slack.com/services/${hook}', "updated_at" = '${now(t)}' WHERE "integrations"."id" = ${rng.int(100, 9999)}` } };
    }),
    3,
    plant('negative', 'heroku-pg-idempotency_key', 'none', 'An `idempotency_key` (a UUID the mobile app sends with a payment): no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { sql: `SELECT "payments".* FROM "payments" WHERE "payments"."idempotency_key" = '${v}' LIMIT 1` } };
    }),
    3,
    plant('path-secret', 'heroku-pg-ahoy-landing_page-invite-token', 'error', WHY.pathSecret('A crew invitation link `/invite/accept?token=…` that Ahoy stores as a visit\'s `landing_page`'), ({ rng, t }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { sql: `INSERT INTO "ahoy_visits" ("visit_token", "visitor_token", "landing_page", "browser", "os", "device_type", "started_at") VALUES ('${rng.uuid()}', '${rng.uuid()}', 'https://${US_WWW}/invite/accept?token=${tok}', 'Safari', 'iOS', 'Mobile', '${now(t)}') RETURNING "id"` } };
    }),
    3,
    plant('implicit-fragment', 'heroku-pg-ahoy-event-url-access_token-fragment', 'error', "An Ahoy `$view` event's `url` property is the page's `location.href`: the old estimates SPA still lands with `#access_token=<JWT>` from an implicit flow.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 40), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${US_AUTH}/`, aud: 'https://api.copperline.example', sub: `auth0|${rng.hex(24)}`, scope: 'openid estimates:read' } });
      return { value: token, jwt: facts, event: { sql: `INSERT INTO "ahoy_events" ("visit_id", "user_id", "name", "properties", "time") VALUES (${rng.int(1e7, 9e7)}, ${rng.int(1000, 99999)}, '$view', '{"url":"https://${US_APP}/estimates/#access_token=${token}&token_type=Bearer&expires_in=3600","page":"/estimates/"}', '${now(t)}') RETURNING "id"` } };
    }),
    3,
    plant('refresh-token', 'heroku-pg-update-quickbooks-refresh_token', 'error', `${WHY.refresh} The accounting sync stores a pro's QuickBooks Online refresh token (valid 100 days) in clear; the slow \`UPDATE\` writes it.`, ({ rng, t }) => {
      const rt = `AB11${digits(rng, 10)}${rng.alnum(36)}`;
      return { value: rt, event: { sql: `UPDATE "quickbooks_connections" SET "refresh_token" = '${rt}', "refreshed_at" = '${now(t)}' WHERE "quickbooks_connections"."pro_id" = ${rng.int(1000, 99999)}` } };
    }),
    3,
    plant('api-key-name', 'heroku-pg-unique-violation-detail-key', 'error', `${WHY.apiKey('key')} A unique violation's \`DETAIL: Key (key)=(…)\` prints the partner API key being inserted (and \`STATEMENT:\` again).`, ({ rng }) => {
      const key = `cpl_live_${rng.alnum(40)}`;
      return { value: key, event: { error: { code: '23505', message: 'duplicate key value violates unique constraint "index_api_keys_on_key"', detail: `Key (key)=(${key}) already exists.` }, sql: `INSERT INTO "api_keys" ("partner_id", "key", "scopes", "created_at", "updated_at") VALUES (${rng.int(10, 400)}, '${key}', '{jobs:read,leads:write}', '2027-02-16 17:02:11.${digits(rng, 6)}', '2027-02-16 17:02:11.${digits(rng, 6)}') RETURNING "id"` } };
    }),
    3,
    plant('encoded', 'heroku-pg-ahoy-referrer-return_to-api_token-encoded', 'error', "Ahoy's `referrer` holds a sign-in URL whose `return_to` is percent-encoded once with `%3Fapi_token%3D<token>`: a pro's export token.", ({ rng, t }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { sql: `INSERT INTO "ahoy_visits" ("visit_token", "visitor_token", "referrer", "landing_page", "browser", "os", "device_type", "started_at") VALUES ('${rng.uuid()}', '${rng.uuid()}', 'https://${US_APP}/login?return_to=%2Fpro%2Fexports%2Fcsv%3Fapi_token%3D${tok}', 'https://${US_APP}/pro/dashboard', 'Chrome', 'Windows', 'Desktop', '${now(t)}') RETURNING "id"` } };
    }),
    3,
    plant('negative', 'heroku-pg-stripe-payment_intent-id', 'none', 'A Stripe PaymentIntent id (`pi_…`): an object id, no credential.', ({ rng }) => {
      const v = `pi_3${rng.alnum(23)}`;
      return { value: v, event: { sql: `UPDATE "payments" SET "state" = 'succeeded', "stripe_payment_intent_id" = '${v}' WHERE "payments"."job_id" = ${rng.int(1e5, 9e5)}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: US_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// auth0-logstream.jsonl: the body of an Auth0 log stream's custom webhook (Content Format "JSON Lines") as the receiving
// function appends it: one `{"log_id": …, "data": {…}}` per line, `data` a tenant log event (`date`, `type` codes `s`,
// `seacft`, `fp`, `slo`, `sapi`, `client_id`, `ip`, `user_agent`, `details`, `hostname`, `user_id`, `log_id`). UTC.
// https://auth0.com/docs/customize/log-streams/custom-log-streams, https://auth0.com/docs/deploy-monitor/logs/log-event-type-codes,
// https://auth0.com/docs/deploy-monitor/logs/log-event-filters

function auth0Log(rng) {
  const tenant = 'copperline.us.auth0.com';
  const webClient = rng.alnum(32);
  const proClient = rng.alnum(32);
  const logId = (rng) => `900${digits(rng, 17)}${digits(rng, 36)}`.slice(0, 56);
  const render = (e, rng) => {
    const id = logId(rng);
    const data = { date: iso(e.t), type: e.type, description: e.description ?? '', ...(e.connection ? { connection: e.connection, connection_id: e.connectionId } : {}), client_id: e.clientId ?? webClient, client_name: e.clientName ?? 'Copperline Web', ip: e.ip, user_agent: e.ua, details: e.details ?? {}, hostname: e.tenantHost ?? US_AUTH, ...(e.userId ? { user_id: e.userId, user_name: e.userName } : {}), ...(e.strategy ? { strategy: 'auth0', strategy_type: 'database' } : {}), log_id: id, $event_schema: { version: '1.0.0' } };
    return [JSON.stringify({ log_id: id, data })];
  };
  const conId = `con_${rng.alnum(16)}`;
  const filler = (rng) => {
    const user = `auth0|${rng.hex(24)}`;
    return rng.pick([
      () => ({ type: 's', description: 'Successful login', connection: 'Username-Password-Authentication', connectionId: conId, strategy: true, userId: user, userName: `pro${rng.int(100, 9999)}@mail.example`, details: { prompts: [{ name: 'login', completedAt: e0(rng), elapsedTime: rng.int(900, 30000), stats: { loginsCount: rng.int(2, 300) } }], initiatedAt: e0(rng), completedAt: e0(rng), elapsedTime: rng.int(900, 30000) } }),
      () => ({ type: 'seacft', description: 'Authorization Code for Access Token', clientName: 'Copperline Pro (iOS)', clientId: proClient, userId: user, details: { code: '*************' + rng.alnum(3) }, tenantHost: tenant, ua: 'CopperlinePro/6.12.0 (iPhone; iOS 26.1)' }),
      () => ({ type: 'fp', description: 'Wrong email or password.', connection: 'Username-Password-Authentication', connectionId: conId, strategy: true, userId: user, userName: `owner${rng.int(100, 9999)}@mail.example`, details: { error: { message: 'Wrong email or password.' } } }),
      () => ({ type: 'ssa', description: 'Successful silent authentication', userId: user, userName: `pro${rng.int(100, 9999)}@mail.example` }),
    ])();
  };
  const e0 = (rng) => `2027-02-16T${pad(rng.int(15, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}.${pad(rng.int(0, 999), 3)}Z`;
  const sapi = (rng, t, method, path, body, response, description) => ({ type: 'sapi', description, clientName: 'ops-backoffice', clientId: rng.alnum(32), tenantHost: tenant, ua: 'node-auth0/4.14.0', details: { request: { method, path, query: {}, userAgent: 'node-auth0/4.14.0', body, channel: 'https://manage.auth0.com/', ip: '203.0.113.41', auth: { user: {}, strategy: 'jwt', credentials: { jti: rng.hex(32) } } }, response: { statusCode: method === 'post' ? 201 : 200, body: response } } });
  const steps = [
    3,
    plant('negative', 'auth0-client_id', 'none', "A login event's `client_id`: an application's public identifier, no credential.", ({ rng }) => {
      const v = rng.alnum(32);
      return { value: v, event: { type: 's', description: 'Successful login', clientId: v, clientName: 'Copperline Partner Portal', connection: 'google-oauth2', connectionId: `con_${rng.alnum(16)}`, userId: `google-oauth2|${digits(rng, 21)}`, userName: 'ops@partner-plumbing.example' } };
    }),
    3,
    plant('id-token', 'auth0-slo-details-id_token_hint', 'error', "A logout event (`slo`) that keeps the end-session request's query in `details`: the user's `id_token_hint`, a JWT live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(600, 9000), alg: 'RS256', kid: rng.b64url(22), claims: { nickname: 'dana.ortiz', name: 'dana.ortiz@mail.example', email: 'dana.ortiz@mail.example', iss: `https://${US_AUTH}/`, aud: webClient, sub: `auth0|${rng.hex(24)}`, sid: rng.b64url(32), nonce: rng.b64url(24) } });
      return { value: token, jwt: facts, event: { type: 'slo', description: 'User successfully logged out.', details: { return_to: `https://${US_WWW}/`, allowed_logout_url: [`https://${US_WWW}/`, `https://${US_APP}/`], qs: { id_token_hint: token, post_logout_redirect_uri: `https://${US_WWW}/` } } } };
    }),
    3,
    plant('path-secret', 'auth0-sapi-password-change-ticket', 'error', WHY.pathSecret("A Management API call's response body (`sapi`) with the password-change ticket `https://<tenant>/lo/reset?ticket=…#` support created for a pro"), ({ rng, t }) => {
      const tk = rng.alnum(32);
      return { value: tk, event: sapi(rng, t, 'post', '/api/v2/tickets/password-change', { user_id: `auth0|${rng.hex(24)}`, result_url: `https://${US_APP}/login`, ttl_sec: 86400 }, { ticket: `https://${tenant}/lo/reset?ticket=${tk}#` }, 'Create a password change ticket') };
    }),
    3,
    plant('api-key-name', 'auth0-sapi-rotate-secret-client_secret', 'error', `${WHY.apiKey('client_secret')} The response body of "Rotate a client secret" logged in \`details.response.body\`: the new secret of the partner API's machine-to-machine application.`, ({ rng, t }) => {
      const secret = rng.b64url(64);
      return { value: secret, event: sapi(rng, t, 'post', `/api/v2/clients/${rng.alnum(32)}/rotate-secret`, {}, { name: 'Partner API (M2M)', client_id: rng.alnum(32), client_secret: secret, app_type: 'non_interactive', grant_types: ['client_credentials'] }, 'Rotate a client secret') };
    }),
    3,
    plant('path-secret', 'auth0-sapi-organization-invitation_url', 'error', WHY.pathSecret("The `invitation_url` of an organization invitation (`/login?invitation=<ticket>&organization=…`) in a Management API response body"), ({ rng, t }) => {
      const tk = rng.alnum(32);
      const org = `org_${rng.alnum(16)}`;
      return { value: tk, event: sapi(rng, t, 'post', `/api/v2/organizations/${org}/invitations`, { inviter: { name: 'Marcus Bell' }, invitee: { email: 'crew.lead@mail.example' }, client_id: proClient, roles: [`rol_${rng.alnum(16)}`] }, { id: `uinv_${rng.alnum(16)}`, organization_id: org, invitation_url: `https://${US_APP}/login?invitation=${tk}&organization=${org}&organization_name=bell-roofing`, ticket_id: rng.alnum(32) }, 'Create invitations to an organization') };
    }),
    3,
    plant('negative', 'auth0-connection_id', 'none', "A failed login's `connection_id` (`con_…`): a connection's identifier, no credential.", ({ rng }) => {
      const v = `con_${rng.alnum(16)}`;
      return { value: v, event: { type: 'fp', description: 'Wrong email or password.', connection: 'Legacy-Users', connectionId: v, userName: 'homeowner88@mail.example', details: { error: { message: 'Wrong email or password.' } } } };
    }),
    3,
    plant('id-token', 'auth0-slo-details-id_token_hint-expired', 'note', "A logout from a tab left open for days: the `id_token_hint` in the `slo` event's `details` expired long before (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: 3 * 86400 + rng.int(100, 9000), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${US_AUTH}/`, aud: webClient, sub: `auth0|${rng.hex(24)}`, sid: rng.b64url(32) } });
      return { value: token, jwt: facts, event: { type: 'slo', description: 'User successfully logged out.', details: { return_to: `https://${US_WWW}/`, allowed_logout_url: [`https://${US_WWW}/`, `https://${US_APP}/`], qs: { id_token_hint: token, post_logout_redirect_uri: `https://${US_WWW}/` } } } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: US_AUTH }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// moleculer-api.log: the API gateway of the pro-matching services, moleculer-web 0.10 under Moleculer 0.14's console
// logger without colors (`[<ISO time>] <LEVEL> <nodeID>/<SERVICE>: <message>`), `logRequest: "info"`,
// `logRequestParams: "info"` (`   Params: <util.inspect of the params>`), `logResponse: "info"` (`<= <status> <METHOD>
// <url> [+<ms> ms]`), `docker logs` of the container. UTC.
// https://moleculer.services/docs/0.14/moleculer-web.html (logging settings), https://moleculer.services/docs/0.14/logging.html

function moleculerLog(rng) {
  const node = `api-7f9c4b6d8-${rng.lowerNum(5)}`;
  const inspect = (o) => `{ ${Object.entries(o).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${typeof v === 'number' ? v : `'${v}'`}`).join(', ')} }`;
  const render = (e) => {
    const at = `[${iso(e.t)}] INFO  ${node}/API:`;
    if (e.msg) return [`[${iso(e.t)}] ${e.level ?? 'INFO '} ${node}/${e.svc ?? 'API'}: ${e.msg}`];
    const url = target(e);
    const out = [`${at} => ${e.method} ${url}`];
    if (e.params) out.push(`${at}    Params: ${inspect(e.params)}`);
    out.push(`${at} <= ${e.status} ${e.method} ${url} [+${e.ms}.${pad(e.ms * 7 % 1000, 3)} ms]`);
    return out;
  };
  const q = (query) => Object.fromEntries(new URLSearchParams(query));
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/jobs', query: `zip=80${rng.int(200, 299)}&trade=${rng.pick(['plumbing', 'electrical', 'roofing', 'hvac'])}`, params: null }),
      () => ({ path: `/api/jobs/${job(rng)}` }),
      () => ({ method: 'POST', path: '/api/estimates', status: 201, params: { jobId: job(rng), amountCents: rng.int(9000, 900000), currency: 'USD' } }),
      () => ({ msg: `Service 'matching' is available on node '${`matching-${rng.lowerNum(5)}`}'.`, svc: 'REGISTRY', level: 'INFO ' }),
    ])();
  const withParams = (e) => ({ ...e, params: e.params === undefined ? (e.query ? q(e.query) : null) : e.params });
  const r = (fn) => (rng) => withParams(fn(rng));
  const steps = [
    3,
    plant('negative', 'moleculer-msclkid', 'none', 'A Microsoft Ads click id (`msclkid`) on a landing request: no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: withParams({ path: '/api/landing/quote-request', query: `trade=roofing&msclkid=${v}`, ua: BROWSERS[0] }) };
    }),
    3,
    plant('oauth-code', 'moleculer-github-callback-code', 'warning', `${WHY.code} GitHub's 20-hex code on the gateway's \`/api/auth/github/callback\` (the request line, the Params line and the response line).`, ({ rng }) => {
      const code = rng.hex(20);
      return { value: code, event: withParams({ path: '/api/auth/github/callback', query: `code=${code}&state=${rng.b64url(24)}`, status: 302, ua: BROWSERS[1] }) };
    }),
    3,
    plant('id-token', 'moleculer-logout-id_token_hint', 'error', "The web app's sign-out goes through the gateway with `id_token_hint=<JWT>` (request, Params and response lines), the user's ID token, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(600, 20000), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${US_AUTH}/`, aud: rng.alnum(32), sub: `auth0|${rng.hex(24)}`, sid: rng.b64url(32), nonce: rng.b64url(24) } });
      return { value: token, jwt: facts, event: withParams({ path: '/api/auth/logout', query: `id_token_hint=${token}&returnTo=https%3A%2F%2F${US_WWW}%2F`, status: 302, ua: BROWSERS[3] }) };
    }),
    3,
    plant('framework-dump', 'moleculer-params-plaidAccessToken', 'error', "`logRequestParams` prints the payout form's body: a Plaid `access-production-…` token of a pro's bank link, in the gateway's `Params:` line.", ({ rng }) => {
      const at = `access-production-${rng.uuid()}`;
      return { value: at, event: { method: 'POST', path: '/api/pros/payout-account', status: 201, params: { proId: rng.int(1000, 99999), plaidAccessToken: at, accountMask: digits(rng, 4) } } };
    }),
    3,
    plant('embed-jwt', 'moleculer-embed-estimate-120s-no-jti', 'warning', 'A homeowner opens an estimate embedded in an e-mail client `/embed/estimate/<JWT>`, a token of 120 s without jti (the route alias puts it in the Params too).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { estimate: `E-${rng.int(100000, 999999)}`, view: 'homeowner' } });
      return { value: token, jwt: facts, event: { path: `/embed/estimate/${token}`, params: { token }, ua: BROWSERS[2] } };
    }),
    3,
    plant('replay', 'moleculer-ticket-estimate-pdf', 'note', WHY.ticketFirst('A `ticket` of a signed estimate PDF (`/api/files/estimate.pdf?ticket=…`)'), ({ rng, t }) => {
      firstUse.pdf = t;
      const tk = rng.b64url(32);
      return { value: tk, event: withParams({ path: '/api/files/estimate.pdf', query: `estimate=E-${rng.int(100000, 999999)}&ticket=${tk}`, ua: BROWSERS[2], ip: '198.51.100.23' }) };
    }, { ref: 'pdf' }),
    2,
    plant('replay', 'moleculer-ticket-estimate-pdf', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('pdf').value, why: `${WHY.replay('ticket', gap('pdf', t))} The gateway accepts it again (200) for a desktop browser; the first download came from a phone.` }], event: withParams({ path: '/api/files/estimate.pdf', query: `ticket=${refs.get('pdf').value}`, ua: BROWSERS[0], ip: '203.0.113.207' }) }), { replayOf: 'pdf', after: 71 }),
    3,
    plant('negative', 'moleculer-asset-content-hash', 'none', 'A built asset served by the gateway (`/assets/index-<hash>.js`): a content hash, no credential.', ({ rng }) => {
      const v = rng.b64url(8);
      return { value: `index-${v}.js`, event: { path: `/assets/index-${v}.js`, params: null } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: US_API }, filler: r(filler), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// security-4688.txt: `wevtutil qe Security /q:"*[System[(EventID=4688)]]" /f:text /rd:false` on an office laptop, with
// "Include command line in process creation events" on: `Event[n]:` blocks, the rendered message (Creator Subject,
// Target Subject, Process Information with `Process Command Line:`) and its closing explanation.
// https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/wevtutil,
// https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4688,
// https://learn.microsoft.com/en-us/windows-server/identity/ad-ds/manage/component-updates/command-line-process-auditing

function security4688Log(rng) {
  const host = 'CPL-LT-0142.corp.copperline.example';
  const sid = `S-1-5-21-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-1187`;
  let n = 0;
  const render = (e, rng) => [
    `Event[${n++}]:`,
    '  Log Name: Security',
    '  Source: Microsoft-Windows-Security-Auditing',
    `  Date: ${iso(e.t).slice(0, 23)}${digits(rng, 4)}Z`,
    '  Event ID: 4688',
    '  Task: Process Creation',
    '  Level: Information',
    '  Opcode: Info',
    '  Keyword: Audit Success',
    '  User: N/A',
    '  User Name: N/A',
    `  Computer: ${host}`,
    '  Description: ',
    'A new process has been created.',
    '',
    'Creator Subject:',
    `\tSecurity ID:\t\t${sid}`,
    '\tAccount Name:\t\tmchen',
    '\tAccount Domain:\t\tCOPPERLINE',
    `\tLogon ID:\t\t0x${rng.hex(6).toUpperCase()}`,
    '',
    'Target Subject:',
    '\tSecurity ID:\t\tS-1-0-0',
    '\tAccount Name:\t\t-',
    '\tAccount Domain:\t\t-',
    '\tLogon ID:\t\t0x0',
    '',
    'Process Information:',
    `\tNew Process ID:\t\t0x${rng.hex(4)}`,
    `\tNew Process Name:\t${e.image}`,
    '\tToken Elevation Type:\t%%1938',
    '\tMandatory Label:\t\tS-1-16-8192',
    `\tCreator Process ID:\t0x${rng.hex(4)}`,
    `\tCreator Process Name:\t${e.parent}`,
    `\tProcess Command Line:\t${e.cmd}`,
    '',
    'Token Elevation Type indicates the type of token that was assigned to the new process in accordance with User Account Control policy.',
    '',
    'Type 1 is a full token with no privileges removed or groups disabled.  A full token is only used if User Account Control is disabled or if the user is the built-in Administrator account or a service account.',
    '',
    'Type 2 is an elevated token with no privileges removed or groups disabled.  An elevated token is used when User Account Control is enabled and the user chooses to start the program using Run as administrator.  An elevated token is also used when an application is configured to always require administrative privilege or to always require maximum privilege, and the user is a member of the Administrators group.',
    '',
    'Type 3 is a limited token with administrative privileges removed and administrative groups disabled.  The limited token is used when User Account Control is enabled, the application does not require administrative privilege, and the user does not choose to start the program using Run as administrator.',
    '',
  ];
  const CHROME = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
  const PWSH = 'C:\\Program Files\\PowerShell\\7\\pwsh.exe';
  const EXPLORER = 'C:\\Windows\\explorer.exe';
  const filler = (rng) =>
    rng.pick([
      () => ({ image: 'C:\\Windows\\System32\\conhost.exe', parent: PWSH, cmd: '\\??\\C:\\Windows\\system32\\conhost.exe 0xffffffff -ForceV1' }),
      () => ({ image: CHROME, parent: CHROME, cmd: `"${CHROME}" --type=renderer --string-annotations --lang=en-US --device-scale-factor=1.5 --num-raster-threads=4 --renderer-client-id=${rng.int(8, 400)} --time-ticks-at-unix-epoch=-${digits(rng, 16)} --launch-time-ticks=${digits(rng, 10)} --field-trial-handle=${rng.int(1000, 9999)},i,${digits(rng, 19)},${digits(rng, 19)},262144 /prefetch:1` }),
      () => ({ image: 'C:\\Program Files\\Git\\cmd\\git.exe', parent: PWSH, cmd: `git.exe ${rng.pick(['status', 'pull --rebase', 'fetch origin', 'log --oneline -n 20'])}` }),
      () => ({ image: 'C:\\Windows\\System32\\RuntimeBroker.exe', parent: 'C:\\Windows\\System32\\svchost.exe', cmd: 'C:\\Windows\\System32\\RuntimeBroker.exe -Embedding' }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'w4688-curl-authorization-bearer-hubspot', 'error', "A `curl.exe -H \"Authorization: Bearer pat-na1-…\"` an analyst typed in PowerShell: the HubSpot private app token in the process command line.", ({ rng }) => {
      const tok = `pat-na1-${rng.uuid()}`;
      return { value: tok, event: { image: 'C:\\Windows\\System32\\curl.exe', parent: PWSH, cmd: `curl.exe -s -H "Authorization: Bearer ${tok}" "https://api.hubapi.com/crm/v3/objects/contacts?limit=100&properties=email,zip"` } };
    }),
    2,
    plant('negative', 'w4688-git-checkout-commit-sha', 'none', 'A `git checkout <commit SHA>` command line: a commit id, no credential.', ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { image: 'C:\\Program Files\\Git\\cmd\\git.exe', parent: PWSH, cmd: `git.exe checkout ${v}` } };
    }),
    2,
    plant('implicit-fragment', 'w4688-custom-scheme-access_token-fragment', 'error', "The desktop estimating tool started by its custom scheme handler: the browser's redirect `copperline-pro://auth/callback#access_token=…` is the command line.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { image: 'C:\\Users\\mchen\\AppData\\Local\\Programs\\Copperline Pro\\Copperline Pro.exe', parent: CHROME, cmd: `"C:\\Users\\mchen\\AppData\\Local\\Programs\\Copperline Pro\\Copperline Pro.exe" "copperline-pro://auth/callback#access_token=${at}&token_type=Bearer&expires_in=86400&state=${rng.hex(16)}"` } };
    }),
    2,
    plant('webhook', 'w4688-pwsh-teams-workflow-webhook', 'error', WHY.webhook('A Teams incoming webhook (`webhookb2/…/IncomingWebhook/<id>/…`) in an `Invoke-RestMethod -Uri` one-liner'), ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { image: PWSH, parent: EXPLORER, cmd: `"${PWSH}" -NoProfile -Command "Invoke-RestMethod -Method Post -ContentType 'application/json' -Uri 'https://copperline.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${id}/${rng.uuid()}/V2${rng.b64url(44)}' -Body (Get-Content .\\alert.json -Raw)"` } };
    }),
    2,
    plant('negative', 'w4688-chrome-mc_eid', 'none', "A newsletter link's Mailchimp `mc_eid` (a subscriber id) opened in Chrome: no credential.", ({ rng }) => {
      const v = rng.hex(10);
      return { value: v, event: { image: CHROME, parent: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE', cmd: `"${CHROME}" --single-argument https://${US_WWW}/blog/winter-pipe-checklist?utm_source=newsletter&utm_campaign=feb27&mc_cid=${rng.hex(10)}&mc_eid=${v}` } };
    }),
    2,
    plant('session-id', 'w4688-edge-phpsessid', 'error', WHY.session('A bookmarked link to the legacy dispatch portal with `PHPSESSID=` in the query, in Edge\'s command line'), ({ rng }) => {
      const s = rng.lowerNum(26);
      return { value: s, event: { image: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', parent: EXPLORER, cmd: `"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" --single-argument https://dispatch-legacy.copperline.example/board.php?view=today&PHPSESSID=${s}` } };
    }),
    2,
    plant('encoded', 'w4688-powershell-encodedcommand-basic', 'error', "`powershell.exe -EncodedCommand <base64 of UTF-16LE>`: a scheduled script that posts with `Authorization = 'Basic <base64 user:password>'`, the credential twice encoded.", ({ rng }) => {
      const basic = b64Of(`dispatch-sync:${rng.alnum(18)}`);
      const script = `$h=@{Authorization='Basic ${basic}'}; Invoke-RestMethod -Headers $h -Uri https://dispatch-legacy.copperline.example/api/sync.php -Method Post`;
      const enc = Buffer.from(script, 'utf16le').toString('base64');
      return { value: enc, event: { image: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', parent: 'C:\\Windows\\System32\\svchost.exe', cmd: `powershell.exe -NoProfile -NonInteractive -WindowStyle Hidden -EncodedCommand ${enc}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: US_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// parse-server.verbose.log: Parse Server 7 behind the pros' mobile app with `verbose: true`, its winston file transport
// (`parse-server.verbose.<date>`, one JSON object a line): `REQUEST for [<METHOD>] <url>: <body>` with `method`, `url`,
// `headers`, `body`, and `RESPONSE from [<METHOD>] <url>: <result>` with `result`; `password` in bodies masked. UTC.
// https://docs.parseplatform.org/parse-server/guide/#logging, https://github.com/parse-community/parse-server/blob/alpha/src/Controllers/LoggerController.js

function parseLog(rng) {
  const appId = 'copperline-pro';
  const render = (e) => {
    const ts = iso(e.t);
    const body = e.body ?? {};
    const headers = { host: 'parse.copperline.example', 'x-forwarded-for': e.ip, 'user-agent': e.ua, 'content-type': 'application/json', 'x-parse-application-id': appId, 'x-parse-client-version': 'i6.1.0', 'x-parse-installation-id': e.inst ?? rng.uuid(), ...(e.headers ?? {}) };
    const req = { level: 'verbose', message: `REQUEST for [${e.method}] ${target(e)}: ${JSON.stringify(body, null, 2)}`, method: e.method, url: target(e), headers, body, timestamp: ts };
    const result = e.result ?? { response: { results: [] } };
    const res = { level: 'verbose', message: `RESPONSE from [${e.method}] ${target(e)}: ${JSON.stringify(result, null, 2)}`, result, timestamp: iso(e.t + e.ms) };
    return [JSON.stringify(req), JSON.stringify(res)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/parse/classes/Job', query: `where=${encodeURIComponent(JSON.stringify({ status: 'open', zip: `80${rng.int(200, 299)}` }))}&limit=50&order=-createdAt`, ua: 'Parse/6.1.0 (iOS; CopperlinePro)', result: { response: { results: [{ objectId: rng.alnum(10), status: 'open' }] } } }),
      () => ({ method: 'POST', path: '/parse/functions/markArrived', body: { jobId: job(rng), lat: 39.7, lng: -104.9 }, ua: 'Parse/6.1.0 (iOS; CopperlinePro)', result: { response: { result: { ok: true } } } }),
      () => ({ method: 'POST', path: '/parse/login', body: { username: `pro${rng.int(100, 9999)}`, password: '********' }, ua: 'Parse/6.1.0 (iOS; CopperlinePro)', result: { response: { objectId: rng.alnum(10), sessionToken: '********' } } }),
    ])();
  const steps = [
    2,
    plant('session-id', 'parse-x-parse-session-token-header', 'error', WHY.session("The request's `x-parse-session-token: r:<hex>` header, which Parse Server's verbose request log keeps unmasked"), ({ rng }) => {
      const s = `r:${rng.hex(32)}`;
      return { value: s, event: { path: '/parse/users/me', headers: { 'x-parse-session-token': s }, ua: 'Parse/6.1.0 (iOS; CopperlinePro)', result: { response: { objectId: rng.alnum(10), username: 'bell.roofing' } } } };
    }),
    2,
    plant('negative', 'parse-x-parse-installation-id', 'none', 'The `x-parse-installation-id` header (a UUID naming an app installation): no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'POST', path: '/parse/classes/_Installation', inst: v, body: { deviceType: 'ios', appVersion: '6.12.0' }, ua: 'Parse/6.1.0 (iOS; CopperlinePro)', result: { response: { objectId: rng.alnum(10) } } } };
    }),
    2,
    plant('api-key-name', 'parse-x-parse-master-key-header', 'error', `${WHY.apiKey('x-parse-master-key')} A nightly job's request with the master key, which bypasses every ACL, in the logged headers.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { path: '/parse/classes/Payout', query: 'limit=1000', headers: { 'x-parse-master-key': key }, ua: 'node-fetch', result: { response: { results: [] } } } };
    }),
    2,
    plant('id-token', 'parse-authdata-apple-token', 'error', "Sign in with Apple's identity token (an ID token) in `authData.apple.token` of a sign-up body: Parse Server logs the body, only `password` is masked.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(2, 30), alg: 'RS256', kid: rng.alnum(10), claims: { iss: 'https://appleid.apple.com', aud: 'com.copperline.pro', sub: `00${digits(rng, 4)}.${rng.hex(32)}.${digits(rng, 4)}`, c_hash: rng.b64url(22), email: 'crew.lead@mail.example', email_verified: true, auth_time: Math.floor(t / 1000) - 20, nonce_supported: true } });
      return { value: token, jwt: facts, event: { method: 'POST', path: '/parse/users', body: { authData: { apple: { id: `00${digits(rng, 4)}.${rng.hex(8)}`, token } } }, ua: 'Parse/6.1.0 (iOS; CopperlinePro)', result: { response: { objectId: rng.alnum(10), sessionToken: '********' } } } };
    }),
    2,
    plant('refresh-token', 'parse-response-cloud-function-refreshToken', 'error', `${WHY.refresh} A Cloud Function's result returns a pro's Jobber refresh token to the app; the verbose RESPONSE line keeps it.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'POST', path: '/parse/functions/connectJobber', body: { redirectUri: 'copperlinepro://jobber' }, ua: 'Parse/6.1.0 (iOS; CopperlinePro)', result: { response: { result: { connected: true, refreshToken: rt, expiresIn: 3600 } } } } };
    }),
    2,
    plant('webhook', 'parse-hooks-functions-zapier-url', 'error', WHY.webhook('A Zapier catch hook registered as a Cloud Code webhook (`/parse/hooks/functions`, body `url`)'), ({ rng }) => {
      const hook = `${rng.int(1000000, 9999999)}/${rng.lowerNum(7)}`;
      return { value: hook, event: { method: 'POST', path: '/parse/hooks/functions', headers: { 'x-parse-master-key': '[hidden by proxy]' }, body: { functionName: 'leadToCrm', url: `https://hooks.zapier.com/hooks/catch/${hook}/` }, ua: 'parse-dashboard/7.1.0', result: { response: { functionName: 'leadToCrm' } } } };
    }),
    2,
    plant('negative', 'parse-objectid-where-query', 'none', 'An `objectId` in a `where` query (`{"job":{"__type":"Pointer",…}}`): a record id, no credential.', ({ rng }) => {
      const v = rng.alnum(10);
      return { value: v, event: { path: '/parse/classes/Photo', query: `where=${encodeURIComponent(JSON.stringify({ job: { __type: 'Pointer', className: 'Job', objectId: v } }))}`, ua: 'Parse/6.1.0 (iOS; CopperlinePro)', result: { response: { results: [] } } }, needle: v };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: US_API, api: true }, filler, render, steps });
}

// =====================================================================================================================
// Fjellutleie AS
// =====================================================================================================================

// spring-security-debug.log: the booking backend (Spring Boot 3.4) with `@EnableWebSecurity(debug = true)` left on
// after a CORS hunt: Boot's console pattern (`<ISO time with offset> <LEVEL> <pid> --- [<app>] [<thread>] <logger> :`)
// and the DebugFilter's block (`Request received for <METHOD> '<path and query>':`, the request's toString,
// `servletPath:`, `pathInfo:`, `headers:` one a line, `Security filter chain: [ … ]`, between rows of asterisks), local
// time. https://docs.spring.io/spring-security/reference/servlet/architecture.html#servlet-exceptiontranslationfilter,
// https://docs.spring.io/spring-security/site/docs/current/api/org/springframework/security/web/debug/DebugFilter.html,
// https://docs.spring.io/spring-boot/reference/features/logging.html#features.logging.log-format

function springDebugLog(rng) {
  const CHAIN = ['DisableEncodeUrlFilter', 'WebAsyncManagerIntegrationFilter', 'SecurityContextHolderFilter', 'HeaderWriterFilter', 'CorsFilter', 'CsrfFilter', 'LogoutFilter', 'OAuth2AuthorizationRequestRedirectFilter', 'OAuth2LoginAuthenticationFilter', 'BearerTokenAuthenticationFilter', 'RequestCacheAwareFilter', 'SecurityContextHolderAwareRequestFilter', 'AnonymousAuthenticationFilter', 'ExceptionTranslationFilter', 'AuthorizationFilter'];
  const prefix = (e, level, logger, rng) => `${isoOff(e.t, NO)}  ${level} 1 --- [bestilling] [nio-8080-exec-${rng.int(1, 10)}] ${logger.padEnd(40).slice(0, 40)} :`;
  const render = (e, rng) => {
    if (e.msg) return [`${prefix(e, ' INFO', e.logger, rng)} ${e.msg}`];
    const headers = { host: NO_API, 'user-agent': e.ua, accept: 'application/json', 'accept-language': 'nb-NO,nb;q=0.9,no;q=0.8,en;q=0.6', 'x-forwarded-for': e.ip, 'x-forwarded-proto': 'https', ...(e.headers ?? {}) };
    return [
      `${prefix(e, ' INFO', 'Spring Security Debugger', rng)} `,
      '',
      '************************************************************',
      '',
      `Request received for ${e.method} '${target(e)}':`,
      '',
      `org.apache.catalina.connector.RequestFacade@${rng.hex(8).replace(/^0+/, '')}`,
      '',
      `servletPath:${e.path}`,
      'pathInfo:null',
      'headers: ',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      '',
      '',
      'Security filter chain: [',
      ...CHAIN.map((f) => `  ${f}`),
      ']',
      '',
      '',
      '************************************************************',
      '',
      '',
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/utstyr/ledig', query: `anlegg=${rng.pick(ANLEGG)}&fra=2027-02-${rng.int(17, 28)}&dager=${rng.int(1, 7)}`, ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ path: `/api/bestillinger/${ordre(rng)}`, ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ msg: `Bestilling ${ordre(rng)} bekreftet for ${rng.pick(ANLEGG)} (${rng.int(1, 6)} sett ski)`, logger: 'n.f.bestilling.BestillingService' }),
      () => ({ msg: `Ledig kapasitet oppdatert for ${rng.pick(ANLEGG)}: ${rng.int(0, 80)} sett`, logger: 'n.f.bestilling.LagerKlient' }),
    ])();
  const steps = [
    2,
    plant('oauth-code', 'spring-debug-vipps-login-callback-code', 'warning', `${WHY.code} Vipps Login's code on Spring's \`/login/oauth2/code/vipps\`, the line \`Request received for GET '…'\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/login/oauth2/code/vipps', query: `code=${code}&state=${rng.b64url(43)}%3D&scope=openid%20name%20phoneNumber`, ua: BROWSERS[2] } };
    }),
    2,
    plant('negative', 'spring-debug-x-xsrf-token', 'none', "The SPA's `x-xsrf-token` header (Spring's CookieCsrfTokenRepository): a CSRF token, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'POST', path: '/api/bestillinger', headers: { 'x-xsrf-token': v, 'content-type': 'application/json' }, ua: BROWSERS[0] } };
    }),
    2,
    plant('header-dump', 'spring-debug-authorization-bearer-opaque', 'error', "DebugFilter prints every header: `authorization: Bearer <token>`, the app's opaque access token, on a line of its own (without a time).", ({ rng }) => {
      const token = `fju_at_${rng.alnum(40)}`;
      return { value: token, event: { path: '/api/mine-bestillinger', headers: { authorization: `Bearer ${token}` }, ua: 'Fjellutleie/4.2.0 (Android 16)' } };
    }),
    2,
    plant('session-id', 'spring-debug-cookie-jsessionid', 'error', WHY.session('The `cookie: JSESSIONID=<id>` header line of the admin pages'), ({ rng }) => {
      const s = rng.hex(32).toUpperCase();
      return { value: s, event: { path: '/admin/bestillinger', query: 'status=ubetalt', headers: { cookie: `JSESSIONID=${s}; XSRF-TOKEN=${rng.uuid()}` }, ua: BROWSERS[1] } };
    }),
    2,
    plant('api-key-name', 'spring-debug-x-api-key-header', 'error', `${WHY.apiKey('x-api-key')} A partner hotel's booking integration, its key in a header line.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { method: 'POST', path: '/api/partner/bestillinger', headers: { 'x-api-key': key, 'content-type': 'application/json' }, ua: 'Apache-HttpClient/5.4 (Java/21)' } };
    }),
    2,
    plant('path-secret', 'spring-debug-tilbakestill-passord-path', 'error', WHY.pathSecret('A password reset link `/api/konto/tilbakestill-passord/<token>`'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { path: `/api/konto/tilbakestill-passord/${tok}`, ua: BROWSERS[4] } };
    }),
    2,
    plant('negative', 'spring-debug-if-none-match-etag', 'none', 'An `if-none-match` header (an ETag of the price list): no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { path: '/api/priser', headers: { 'if-none-match': `"0${v}"` }, ua: BROWSERS[3] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: NO_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// utleie-lager.log: the inventory service in Rust with log4rs' file appender and the default PatternEncoder pattern
// `{d} {l} {t} - {m}{n}` (`{d}` in ISO 8601 with nanoseconds and the offset), Norwegian messages, reqwest's errors. Local
// time. https://docs.rs/log4rs/latest/log4rs/encode/pattern/index.html, https://docs.rs/log4rs/latest/log4rs/

function log4rsLog(rng) {
  const render = (e, rng) => [`${isoOff(e.t, NO, 9, rng)} ${e.level ?? 'INFO'} ${e.target} - ${e.msg}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ target: 'utleie_lager::synk', msg: `synkroniserte ${rng.int(20, 400)} enheter for ${rng.pick(ANLEGG)} på ${rng.int(40, 900)} ms` }),
      () => ({ target: 'utleie_lager::api', msg: `GET /v1/enheter/${upperNum(rng, 8)} 200 ${rng.int(1, 40)}ms` }),
      () => ({ target: 'utleie_lager::verksted', msg: `slipt og smurt: ${rng.int(1, 30)} par ski, ${rng.int(0, 10)} snowboard` }),
      () => ({ target: 'hyper_util::client::legacy::pool', level: 'DEBUG', msg: `reuse idle connection for ("https", api.${NO_WWW})` }),
    ])();
  const steps = [
    3,
    plant('negative', 'log4rs-build-git-sha', 'none', 'The build line with its git commit: no credential.', ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { target: 'utleie_lager', msg: `starter utleie-lager 3.8.1 (git ${v}, rustc 1.93.0)` } };
    }),
    3,
    plant('framework-dump', 'log4rs-debug-config-struct-api_key', 'error', "The service logs its configuration with `{:?}`: Rust's Debug of the `Config` struct prints `fiken_api_key: \"…\"`.", ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { target: 'utleie_lager::config', level: 'DEBUG', msg: `lastet konfigurasjon: Config { bind: 0.0.0.0:8080, database_url: "postgres://lager@db.fjellutleie.internal:5432/lager", fiken_api_key: "${key}", fiken_firma: "fjellutleie-as", synk_intervall: 300s }` } };
    }),
    3,
    plant('webhook', 'log4rs-slack-webhook-reqwest-error', 'error', WHY.webhook("A Slack incoming webhook in reqwest's error (`error sending request for url (…)`) of the stock alert"), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { target: 'utleie_lager::varsling', level: 'ERROR', msg: `klarte ikke å sende lagervarsel: error sending request for url (https://hooks.slack.com/services/${hook}): operation timed out` } };
    }),
    3,
    plant('refresh-token', 'log4rs-tokenresponse-debug-refresh_token', 'error', `${WHY.refresh} A token response printed with \`{:?}\`: the access token is wrapped in a redacting type, the refresh token is a plain String.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { target: 'utleie_lager::fiken', level: 'DEBUG', msg: `fornyet tilgang hos Fiken: TokenResponse { access_token: Secret([REDACTED]), token_type: "bearer", expires_in: 3600, refresh_token: "${rt}" }` } };
    }),
    3,
    plant('embed-jwt', 'log4rs-embed-belegg-expired', 'note', 'A booking screen at the ski school reloads `/embed/belegg/<JWT>` after its token expired two days earlier: expired, note.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + rng.int(100, 9000), claims: { resource: { dashboard: rng.int(2, 20) }, params: { anlegg: rng.pick(ANLEGG) } } });
      return { value: token, jwt: facts, event: { target: 'utleie_lager::api', level: 'WARN', msg: `GET /embed/belegg/${token} 401 0ms (token utløpt)` } };
    }),
    3,
    plant('encoded', 'log4rs-reqwest-url-neste-percent-encoded-access_token', 'error', "reqwest's error prints the URL whose `neste=` holds a report link with `%3Faccess_token%3D<token>` percent-encoded once.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { target: 'utleie_lager::rapport', level: 'WARN', msg: `eksport feilet, prøver igjen om 30 s: error sending request for url (https://rapport.${NO_WWW}/v1/eksport?neste=%2Fv1%2Frapport%2Fbelegg%3Faccess_token%3D${tok}): connection closed before message completed` } };
    }),
    3,
    plant('negative', 'log4rs-s3-etag', 'none', 'An object store `ETag`: a content hash, no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { target: 'utleie_lager::eksport', msg: `lastet opp lager-2027-02-16.csv (ETag "${v}")` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: NO_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nettbutikk.log: the web shop's API on Litestar 2 with `LoggingMiddlewareConfig()` (default request fields `path`,
// `method`, `content_type`, `headers`, `cookies`, `query`, `path_params`, `body`; response `status_code`, `cookies`,
// `headers`, `body`; `Authorization`, `X-API-KEY` and the `session` cookie obfuscated as `*****`) through Litestar's
// standard logging config (`%(levelname)s - %(asctime)s - %(name)s - %(module)s - %(message)s`). Local time.
// https://docs.litestar.dev/2/usage/logging.html, https://docs.litestar.dev/2/reference/middleware/logging.html

function litestarLog(rng) {
  const py = (o) => `{${Object.entries(o).map(([k, v]) => `'${k}': '${v}'`).join(', ')}}`;
  const asctime = (t) => `${local(t, NO).slice(0, 10)} ${local(t, NO).slice(11, 19)},${local(t, NO).slice(20, 23)}`;
  const render = (e, rng) => {
    if (e.msg) return [`${e.level ?? 'INFO'} - ${asctime(e.t)} - nettbutikk - ${e.module} - ${e.msg}`];
    const headers = { host: `butikk.${NO_WWW}`, 'user-agent': e.ua, accept: '*/*', 'x-forwarded-for': e.ip, ...(e.headers ?? {}) };
    const ct = e.method === 'POST' ? "('application/x-www-form-urlencoded', {})" : "('', {})";
    const at = asctime(e.t);
    return [
      `INFO - ${at} - litestar - logging - HTTP Request: path=${e.path}, method=${e.method}, content_type=${ct}, headers=${py(headers)}, cookies=${py(e.cookies ?? {})}, query=${py(e.q ?? {})}, path_params=${py(e.pp ?? {})}, body=${e.body ? `b'${e.body}'` : "b''"}`,
      `INFO - ${at} - litestar - logging - HTTP Response: status_code=${e.status}, cookies={}, headers=${py({ 'content-type': 'application/json', 'content-length': String(e.bytes % 4000) })}, body=${e.respBody ?? 'b\'{"ok":true}\''}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/produkter', q: { kategori: rng.pick(['alpint', 'langrenn', 'sykkel']), side: String(rng.int(1, 6)) }, ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ path: `/api/handlekurv`, cookies: { session: '*****' }, ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ msg: `ordre ${ordre(rng)} betalt med Vipps (${rng.int(300, 9000)} kr)`, module: 'betaling' }),
    ])();
  const steps = [
    2,
    plant('negative', 'litestar-csrftoken-cookie', 'none', "Litestar's CSRF cookie (`csrftoken`): a CSRF token, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { method: 'POST', path: '/api/handlekurv/varer', cookies: { csrftoken: v, session: '*****' }, headers: { 'x-csrftoken': v }, body: 'vare=ALP-1204&antall=1', ua: BROWSERS[0] } };
    }),
    2,
    plant('oauth-code', 'litestar-query-code-idporten-callback', 'warning', `${WHY.code} ID-porten's code in \`query={'code': …, 'state': …}\` of the shop's \`/auth/idporten/callback\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/auth/idporten/callback', q: { code, state: rng.b64url(32) }, status: 302, ua: BROWSERS[1] } };
    }),
    2,
    plant('session-id', 'litestar-cookie-fjell_okt-not-obfuscated', 'error', WHY.session("The shop renamed its session cookie to `fjell_okt`, which the middleware does not obfuscate (only `session`): `cookies={'fjell_okt': …}`"), ({ rng }) => {
      const s = rng.b64url(43);
      return { value: s, event: { path: '/api/min-side/ordrer', cookies: { fjell_okt: s }, ua: BROWSERS[3] } };
    }),
    2,
    plant('api-key-name', 'litestar-header-x-partner-key', 'error', `${WHY.apiKey('x-partner-key')} The header is not in the obfuscated set (\`Authorization\`, \`X-API-KEY\`).`, ({ rng }) => {
      const key = rng.hex(48);
      return { value: key, event: { path: '/api/partner/lager', q: { anlegg: 'hafjell' }, headers: { 'x-partner-key': key, authorization: '*****' }, ua: 'python-httpx/0.28.1' } };
    }),
    2,
    plant('path-secret', 'litestar-bekreft-epost-path', 'error', WHY.pathSecret('An e-mail verification link `/konto/bekreft-epost/<token>` (`path=` and `path_params`)'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { path: `/konto/bekreft-epost/${tok}`, pp: { token: tok }, ua: BROWSERS[2] } };
    }),
    2,
    plant('refresh-token', 'litestar-body-refresh_token', 'error', `${WHY.refresh} The app's refresh grant, its form body in \`body=b'…'\`.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'POST', path: '/auth/token', body: `grant_type=refresh_token&refresh_token=${rt}&client_id=fjellutleie-app`, ua: 'Fjellutleie/4.2.0 (iOS 26.1)', respBody: "b'{\"access_token\":\"*****\",\"expires_in\":900}'" } };
    }),
    2,
    plant('negative', 'litestar-x-request-id', 'none', "An `x-request-id` header the load balancer adds: a request id, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { path: '/api/produkter/ALP-1204', headers: { 'x-request-id': v }, ua: BROWSERS[4] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: NO_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dagster-dev.log: the data team's nightly jobs under `dagster dev` on a VM, the console of the built-in logger
// (`<YYYY-MM-DD HH:MM:SS> <offset> - dagster - <LEVEL> - <job> - <run id> - [<pid> - ]<step> - [<EVENT> - ]<message>`),
// `context.log` messages in Norwegian. Local time.
// https://docs.dagster.io/guides/monitor/logging, https://docs.dagster.io/guides/monitor/logging/custom-logging

function dagsterLog(rng) {
  const runs = { synk_bestillinger: rng.uuid(), last_opp_regnskap: rng.uuid(), varsle_verksted: rng.uuid() };
  const pid = rng.int(20000, 40000);
  const render = (e) => {
    const at = `${local(e.t, NO).slice(0, 10)} ${local(e.t, NO).slice(11, 19)} +0100`;
    const jobName = e.job ?? 'synk_bestillinger';
    if (e.event) return [`${at} - dagster - DEBUG - ${jobName} - ${runs[jobName]} - ${pid} - ${e.step} - ${e.event} - ${e.msg}`];
    return [`${at} - dagster - ${e.level ?? 'INFO'} - ${jobName} - ${runs[jobName]} - ${e.step} - ${e.msg}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ step: 'hent_bestillinger', event: 'STEP_START', msg: 'Started execution of step "hent_bestillinger".' }),
      () => ({ step: 'hent_bestillinger', event: 'STEP_OUTPUT', msg: 'Yielded output "result" of type "DataFrame". (Type check passed).' }),
      () => ({ step: 'hent_bestillinger', msg: `Hentet ${rng.int(40, 900)} bestillinger for ${rng.pick(ANLEGG)}` }),
      () => ({ job: 'last_opp_regnskap', step: 'lag_bilag', event: 'STEP_SUCCESS', msg: `Finished execution of step "lag_bilag" in ${rng.int(1, 900)}ms.` }),
    ])();
  const steps = [
    2,
    plant('api-key-name', 'dagster-context-log-url-api_key', 'error', `${WHY.apiKey('api_key')} The op logs the partner URL it fetches, key included.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { step: 'hent_partnerbestillinger', msg: `Henter https://api.bookingpartner.example/v2/reservations?api_key=${key}&from=2027-02-15&resort=hafjell` } };
    }),
    2,
    plant('negative', 'dagster-etag', 'none', 'The ETag of the uploaded Parquet file: a content hash, no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { step: 'lagre_parquet', msg: `Lagret 2027-02-15.parquet til s3://fjellutleie-data/bestillinger/ (ETag "${v}")` } };
    }),
    2,
    plant('framework-dump', 'dagster-config-dict-fiken_token', 'error', "The op logs its run config as a Python dict: `{'fiken_token': '…', …}`.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { job: 'last_opp_regnskap', step: 'lag_bilag', level: 'DEBUG', msg: `Konfigurasjon: {'firma': 'fjellutleie-as', 'fiken_token': '${tok}', 'dry_run': False, 'periode': '2027-02'}` } };
    }),
    2,
    plant('header-dump', 'dagster-headers-dict-bearer', 'error', "A debug line with the request's headers dict: `{'Authorization': 'Bearer …'}` of the accounting API.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { job: 'last_opp_regnskap', step: 'send_bilag', level: 'DEBUG', msg: `POST https://api.fiken.no/api/v2/companies/fjellutleie-as/purchases headers={'Authorization': 'Bearer ${tok}', 'Content-Type': 'application/json'}` } };
    }),
    2,
    plant('webhook', 'dagster-teams-webhook-failure-hook', 'error', WHY.webhook('A Teams incoming webhook (`webhookb2/…/IncomingWebhook/<id>/…`) a failure hook logs before posting'), ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { job: 'varsle_verksted', step: 'send_varsel', msg: `Sender feilvarsel til https://fjellutleie.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${id}/${rng.uuid()}/V2${rng.b64url(44)}` } };
    }),
    2,
    plant('negative', 'dagster-sha256-checksum', 'none', 'A SHA-256 of the export file: a checksum, no credential.', ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { step: 'lagre_parquet', msg: `Sjekksum sha256:${v}` } };
    }),
    2,
    plant('encoded', 'dagster-kilde-base64-json-passord', 'error', "A source URL whose `kilde=` is base64 of a JSON with the inventory database's user and password.", ({ rng }) => {
      const pw = rng.alnum(20);
      const v = Buffer.from(JSON.stringify({ bruker: 'dagster', passord: pw, db: 'lager' })).toString('base64');
      return { value: v, event: { step: 'hent_lager', msg: `Leser lagerstatus fra https://lager.${NO_WWW}/eksport?format=csv&kilde=${v}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: NO_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// faas-cli-logs.log: `faas-cli logs <function> --since 24h` of four OpenFaaS functions (python3-http template on
// of-watchdog): `<RFC 3339 time> <function> (<pod>) <text>`, the watchdog's `<date time> <METHOD> <request URI> - <status>
// - ContentLength: <size> (<seconds>s)` lines and the function's output (`stdout:`/`stderr:` prefixes). UTC.
// https://docs.openfaas.com/cli/logs/, https://github.com/openfaas/of-watchdog (README: `prefix_logs`)

function faasLog(rng) {
  const pods = { 'vipps-callback': `vipps-callback-6d9f7c8b5-${rng.lowerNum(5)}`, 'heiskort-sjekk': `heiskort-sjekk-7b4d9f6c8-${rng.lowerNum(5)}`, varsle: `varsle-5c8f7d9b6-${rng.lowerNum(5)}`, klientfeil: `klientfeil-84f6c7d5b-${rng.lowerNum(5)}` };
  const render = (e, rng) => {
    const fn = e.fn ?? 'vipps-callback';
    const pre = `${iso(e.t).slice(0, 19)}Z ${fn} (${pods[fn]}) ${iso(e.t).slice(0, 10).replace(/-/g, '/')} ${iso(e.t).slice(11, 19)}`;
    const out = (e.out ?? []).map((l) => `${pre} ${l}`);
    if (e.noRequest) return out;
    return [...out, `${pre} ${e.method} ${target(e)} - ${e.status} ${e.status === 200 ? 'OK' : e.status === 302 ? 'Found' : 'Accepted'} - ContentLength: ${e.bytes % 900}B (0.0${rng.int(10, 999)}s)`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ fn: 'heiskort-sjekk', path: '/', query: `port=${rng.pick(ANLEGG)}-${rng.int(1, 12)}&kort=${digits(rng, 10)}`, out: [`stdout: kort gyldig (${rng.pick(['dagskort', 'sesongkort', '3-dagers'])})`] }),
      () => ({ fn: 'varsle', method: 'POST', path: '/', status: 202, out: ['stdout: varsel lagt i kø'] }),
      () => ({ fn: 'vipps-callback', method: 'POST', path: '/', out: [`stdout: betaling ${ordre(rng)} RESERVED`] }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'faas-watchdog-vipps-code', 'warning', `${WHY.code} The gateway forwards \`/function/vipps-callback?code=…&state=…\`; the watchdog logs the request URI \`/?code=…\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { fn: 'vipps-callback', path: '/', query: `code=${code}&state=${rng.b64url(32)}&scope=openid%20phoneNumber`, status: 302, out: ['stdout: innlogging fullført, sender til /min-side'] } };
    }),
    3,
    plant('negative', 'faas-state-access_denied', 'none', "A callback after the user cancelled: `error=access_denied&state=…`, a state without a code, no credential.", ({ rng }) => {
      const v = rng.b64url(32);
      return { value: v, event: { fn: 'vipps-callback', path: '/', query: `error=access_denied&error_description=user_cancelled&state=${v}`, status: 302 } };
    }),
    3,
    plant('replay', 'faas-heiskort-billett', 'note', WHY.ticketFirst('A `billett` of a single ride on the gondola (`/?billett=…&port=…`, the QR code of a one-trip ticket)'), ({ rng, t }) => {
      firstUse.gondol = t;
      const tk = rng.b64url(24);
      return { value: tk, event: { fn: 'heiskort-sjekk', path: '/', query: `port=hafjell-gondol-1&billett=${tk}`, out: ['stdout: enkelttur godkjent (port hafjell-gondol-1)'] } };
    }, { ref: 'gondol' }),
    2,
    plant('replay', 'faas-heiskort-billett', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('gondol').value, why: `${WHY.replay('billett', gap('gondol', t))} Another gate (gondol-3) lets the same single-ride ticket through: a screenshot of the QR code.` }], event: { fn: 'heiskort-sjekk', path: '/', query: `port=hafjell-gondol-3&billett=${refs.get('gondol').value}`, out: ['stdout: enkelttur godkjent (port hafjell-gondol-3)'] } }), { replayOf: 'gondol', after: 94 }),
    3,
    plant('webhook', 'faas-discord-webhook-stderr', 'error', WHY.webhook('A Discord webhook in the notifier\'s `stderr:` line (an HTTP error with its URL)'), ({ rng }) => {
      const hook = `${digits(rng, 19)}/${rng.b64url(68)}`;
      return { value: hook.split('/')[1], event: { fn: 'varsle', method: 'POST', path: '/', status: 202, out: [`stderr: 429 Client Error: Too Many Requests for url: https://discord.com/api/webhooks/${hook}?wait=true`] } };
    }),
    3,
    plant('implicit-fragment', 'faas-klientfeil-location-href-access_token', 'error', "The client error collector prints the report's `location.href`: the rental SPA with `#access_token=…` from the old implicit flow.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { fn: 'klientfeil', method: 'POST', path: '/', status: 202, out: [`stdout: klientfeil TypeError: Cannot read properties of undefined (reading 'anlegg') på https://${NO_WWW}/min-side#access_token=${at}&token_type=Bearer&expires_in=3600`] } };
    }),
    3,
    plant('negative', 'faas-ordre-ulid', 'none', 'A receipt line with the order\'s ULID: an id, no credential.', ({ rng }) => {
      const v = `01K${upperNum(rng, 23)}`;
      return { value: v, event: { fn: 'vipps-callback', method: 'POST', path: '/', out: [`stdout: kvittering sendt for ordre ${v}`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: NO_WWW }, filler, render, steps });
}

// =====================================================================================================================
// Talat Sot (ตลาดสด)
// =====================================================================================================================

// buffalo.log: the customer web app on Buffalo (Go) in production, its request logger through logrus' text formatter
// (no TTY: `time="…" level=info msg=<URL> content_type=… db=… duration=… human_size=… method=… params=<JSON> path=…
// render=… request_id=… size=… status=…`, keys sorted, values quoted when needed), app lines in Thai. Local time.
// https://gobuffalo.io/documentation/guides/logging/, https://github.com/sirupsen/logrus#formatters

function buffaloLog(rng) {
  const quote = (v) => (/^[A-Za-z0-9\-._/@^+]+$/.test(v) ? v : JSON.stringify(v));
  const render = (e, rng) => {
    const time = `time=${JSON.stringify(isoOff(e.t, TH, 0))}`;
    if (e.msg) return [`${time} level=${e.level ?? 'info'} msg=${quote(e.msg)}`];
    const url = target(e);
    const params = e.params ?? Object.fromEntries([...new URLSearchParams(e.query)].map(([k, v]) => [k, [v]]));
    const size = e.bytes % 9000;
    const fields = { content_type: e.ct ?? 'text/html', db: `${rng.int(0, 9)}.${rng.int(100, 999)}ms`, duration: `${e.ms}.${rng.int(100, 999)}ms`, human_size: `${(size / 1000).toFixed(1)} kB`, method: e.method, params: JSON.stringify(params), path: url, render: `${rng.int(0, 5)}.${rng.int(100, 999)}ms`, request_id: e.rid ?? `${rng.alnum(20)}-${rng.alnum(20)}`, size: String(size), status: String(e.status) };
    return [`${time} level=info msg=${quote(url)} ${Object.entries(fields).map(([k, v]) => `${k}=${quote(v)}`).join(' ')}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/products', query: `zone=${rng.pick(ZONES)}&category=${rng.pick(['vegetables', 'fruit', 'seafood', 'pork'])}` }),
      () => ({ path: `/orders/${order(rng)}` }),
      () => ({ method: 'POST', path: '/cart/items', status: 302, params: { product_id: [String(rng.int(1000, 9999))], qty: [String(rng.int(1, 5))] } }),
      () => ({ msg: `ส่งคำสั่งซื้อ ${order(rng)} ให้ไรเดอร์แล้ว (โซน ${rng.pick(ZONES)})` }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'buffalo-line-login-callback-code', 'warning', `${WHY.code} LINE Login's code on \`/auth/line/callback\` (\`msg\`, \`params\` and \`path\` of one line).`, ({ rng }) => {
      const code = rng.alnum(20);
      return { value: code, event: { path: '/auth/line/callback', query: `code=${code}&state=${rng.hex(32)}&friendship_status_changed=false`, status: 302, ua: BROWSERS[4] } };
    }),
    3,
    plant('negative', 'buffalo-fbclid', 'none', 'A Facebook click id (`fbclid`) on a promotion page: no credential.', ({ rng }) => {
      const v = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(40)}`;
      return { value: v, event: { path: '/promo/mango-season', query: `fbclid=${v}`, ua: BROWSERS[2] } };
    }),
    3,
    plant('refresh-token', 'buffalo-params-refresh_token', 'error', `${WHY.refresh} The mobile app's refresh grant: the form body in \`params\`.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { method: 'POST', path: '/oauth/token', ct: 'application/json', params: { client_id: ['talatsot-android'], grant_type: ['refresh_token'], refresh_token: [rt] }, ua: 'okhttp/5.3.0' } };
    }),
    3,
    plant('path-secret', 'buffalo-password-reset-path', 'error', WHY.pathSecret('A password reset link `/password/reset/<token>`'), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { path: `/password/reset/${tok}`, ua: BROWSERS[2] } };
    }),
    3,
    plant('api-key-name', 'buffalo-query-api_key', 'error', `${WHY.apiKey('api_key')} A restaurant partner's stock feed polls with its key in the query.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/api/v1/partner/stock', query: `api_key=${key}&zone=sathon`, ct: 'application/json', ua: 'python-requests/2.32.5' } };
    }),
    3,
    plant('embed-jwt', 'buffalo-embed-orders-no-exp', 'error', 'A partner dashboard embeds `/embed/orders/<JWT>` whose token has no `exp`: a credential forever.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { claims: { resource: { dashboard: rng.int(2, 20) }, params: { partner: `P${rng.int(100, 999)}` } } });
      return { value: token, jwt: facts, event: { path: `/embed/orders/${token}`, ua: BROWSERS[0] } };
    }),
    3,
    plant('negative', 'buffalo-request_id', 'none', "Buffalo's `request_id` of a request: an id, no credential.", ({ rng }) => {
      const v = `${rng.alnum(20)}-${rng.alnum(20)}`;
      return { value: v, event: { path: '/delivery-slots', query: 'zone=chatuchak', rid: v } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: TH_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rider-api.log: the riders' API on Beego v2 in dev run mode (left so on the staging host the riders' beta app uses):
// the router's access lines (`<date time.ms> [D] [router.go:<n>]  |<client IP>| <status> |<duration>|   match| <METHOD>
// <path>   r:<route>`, the path without its query) and `logs.Info` lines (`[I] [<file>:<line>]  <message>`). Local time.
// https://beego.wiki/docs/module/logs/, https://beego.wiki/docs/mvc/controller/config/ (RunMode, EnableAdmin)

function beegoLog(rng) {
  const at = (t) => `${local(t, TH).slice(0, 10).replace(/-/g, '/')} ${local(t, TH).slice(11, 23)}`;
  const render = (e, rng) => {
    if (e.msg) return [`${at(e.t)} [${e.level ?? 'I'}] [${e.file}]  ${e.msg}`];
    const dur = `${e.ms}.${digits(rng, 6)}ms`;
    return [`${at(e.t)} [D] [router.go:1305]  |${e.ip.padStart(15)}| ${e.status} |${dur.padStart(13)}|   match| ${e.method.padEnd(7)} ${e.path}   r:${e.route ?? e.path}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/rider/jobs', ua: 'okhttp/5.3.0' }),
      () => ({ method: 'POST', path: `/api/rider/jobs/${order(rng)}/pickup`, route: '/api/rider/jobs/:id/pickup' }),
      () => ({ method: 'PUT', path: '/api/rider/location' }),
      () => ({ msg: `ไรเดอร์ ${rng.int(1000, 9999)} รับงาน ${order(rng)} แล้ว`, file: 'jobs.go:88' }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'beego-rider-invite-path', 'error', WHY.pathSecret('A rider onboarding invitation `/rider/invite/<token>` (the router writes the path and its route `r:/rider/invite/:token`)'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { path: `/rider/invite/${tok}`, route: '/rider/invite/:token' } };
    }),
    3,
    plant('negative', 'beego-photo-sha1', 'none', 'The SHA-1 of a proof-of-delivery photo: a checksum, no credential.', ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { msg: `อัปโหลดรูปหลักฐานการส่ง ${order(rng)} แล้ว sha1=${v}`, file: 'upload.go:64' } };
    }),
    3,
    plant('webhook', 'beego-telegram-bot-url-error', 'error', WHY.webhook("A Telegram Bot API URL `/bot<id>:<token>/sendMessage` in Go's `*url.Error` (`Post \"…\": context deadline exceeded`)"), ({ rng }) => {
      const tok = `${rng.int(6e9, 7.9e9)}:AA${rng.b64url(33)}`;
      return { value: tok, event: { msg: `ส่งแจ้งเตือนกลุ่มไรเดอร์ไม่สำเร็จ: Post "https://api.telegram.org/bot${tok}/sendMessage": context deadline exceeded`, file: 'notify.go:41', level: 'E' } };
    }),
    3,
    plant('header-dump', 'beego-headers-map-authorization', 'error', "A debug line prints `ctx.Request.Header` (a Go `map[string][]string`): `Authorization:[Bearer <token>]`, a rider's opaque access token.", ({ rng }) => {
      const token = `rdr_${rng.alnum(40)}`;
      return { value: token, event: { msg: `headers: map[Accept:[application/json] Accept-Encoding:[gzip] Authorization:[Bearer ${token}] User-Agent:[okhttp/5.3.0] X-App-Version:[2.8.1]]`, file: 'middleware.go:27', level: 'D' } };
    }),
    3,
    plant('session-id', 'beego-beegosessionID-login-line', 'error', WHY.session("The login line writes Beego's session id (`beegosessionID=<32 hex>`, the default cookie name) of the rider admin"), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { msg: `เข้าสู่ระบบสำเร็จ uid=${rng.int(10, 99)} role=dispatcher beegosessionID=${s}`, file: 'auth.go:73' } };
    }),
    3,
    plant('encoded', 'beego-json-u0026-receipt_token', 'error', "A payment callback payload as Go's encoding/json writes it: `\\u0026receipt_token=<token>` inside `return_url`.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { msg: `callback payload: {"order":"${order(rng)}","status":"paid","return_url":"https://${TH_WWW}/pay/done?order=${order(rng)}\\u0026receipt_token=${tok}"}`, file: 'payment.go:120' } };
    }),
    3,
    plant('negative', 'beego-req_id-uuid', 'none', 'A request id in an app line: no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { msg: `อัปเดตตำแหน่งไรเดอร์ ${rng.int(1000, 9999)} req_id=${v}`, file: 'location.go:52' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: TH_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// astro-dev.log: the storefront on Astro 5 in SSR under `astro dev --host` on the staging VM (the team's preview for
// the marketing staff), captured by `script`: the dev server's request lines (`<HH:MM:SS> [<status>] <path> <ms>ms`,
// the path without its query), `[WARN]`/`[ERROR]` lines and the pages' own `console.log`, plain. Local time.
// https://docs.astro.build/en/reference/cli-reference/#astro-dev, https://docs.astro.build/en/guides/troubleshooting/#using-consolelog

function astroLog(rng) {
  const hms = (t) => local(t, TH).slice(11, 19);
  const render = (e) => {
    if (e.lines) return e.lines.map((l) => (e.raw ? l : `${hms(e.t)} ${l}`));
    return [`${hms(e.t)} [${e.status}] ${e.path} ${e.ms}ms`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/products/${rng.pick(['mango-nam-dok-mai', 'durian-monthong', 'pak-boong', 'kaprao-set', 'pla-kapong'])}` }),
      () => ({ path: `/zone/${rng.pick(ZONES)}` }),
      () => ({ lines: [`[WARN] [router] A getStaticPaths() route pattern was matched, but no matching static path was found for requested path /recipes/${rng.int(1, 99)}.`] }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'astro-verify-email-path', 'error', WHY.pathSecret('An e-mail verification link `/verify-email/<token>` in the dev server\'s request line'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { path: `/verify-email/${tok}`, status: 302 } };
    }),
    3,
    plant('negative', 'astro-line-user-id', 'none', "A LINE user id (`U` and 32 hex) a page logs: an identifier, no credential.", ({ rng }) => {
      const v = `U${rng.hex(32)}`;
      return { value: v, event: { raw: true, lines: [`ผูกบัญชี LINE สำเร็จ: ${v}`] } };
    }),
    3,
    plant('header-dump', 'astro-console-log-headers-authorization', 'error', "`console.log(Astro.request.headers)` prints Node's `Headers { … }` over lines: `authorization: 'Bearer …'` on a line of its own.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { raw: true, lines: ['Headers {', `  host: 'preview.${TH_WWW}:4321',`, "  accept: 'application/json',", `  authorization: 'Bearer ${tok}',`, `  'user-agent': '${BROWSERS[0]}',`, "  'accept-language': 'th-TH,th;q=0.9,en;q=0.8'", '}'] } };
    }),
    3,
    plant('oauth-code', 'astro-console-log-url-line-code', 'warning', `${WHY.code} The callback page logs \`Astro.url.href\`: LINE Login's code beside its state, on a line without a time.`, ({ rng }) => {
      const code = rng.alnum(20);
      return { value: code, event: { raw: true, lines: [`callback url: https://preview.${TH_WWW}:4321/auth/callback?code=${code}&state=${rng.hex(16)}&friendship_status_changed=false`] } };
    }),
    3,
    plant('session-id', 'astro-console-log-checkout-sid', 'error', WHY.session('A page logs its redirect to the legacy checkout with `sid=<id>` in the query'), ({ rng }) => {
      const s = rng.hex(40);
      return { value: s, event: { raw: true, lines: [`redirect ไปหน้าชำระเงินเดิม: https://checkout.${TH_WWW}/pay.php?order=${order(rng)}&sid=${s}`] } };
    }),
    3,
    plant('api-key-name', 'astro-error-maps-key', 'error', `${WHY.apiKey('key')} A server-side geocoding call fails and the page's error prints the URL with the Maps key (a server key, unrestricted).`, ({ rng, t }) => {
      const key = `AIza${rng.b64url(35)}`;
      return { value: key, event: { lines: [`[ERROR] Error: geocode 403 for https://maps.googleapis.com/maps/api/geocode/json?address=%E0%B8%AA%E0%B8%B2%E0%B8%97%E0%B8%A3&language=th&key=${key}`] } };
    }),
    3,
    plant('negative', 'astro-csp-nonce', 'none', 'A CSP `nonce` a middleware logs: a per-response value, no credential.', ({ rng }) => {
      const v = rng.b64url(22);
      return { value: v, event: { raw: true, lines: [`csp nonce: ${v}`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: TH_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// luigi.log: the nightly export run by cron with `luigi --module etl … --local-scheduler >> luigi.log 2>&1`: Luigi's
// console format (`<LEVEL>: <message>`: `Checking if … is complete`, `Informed scheduler that task … has status …`, the
// worker's `[pid n] Worker Worker(salt=…, …) running|done|failed …`, the Execution Summary with the tasks' reprs),
// urllib3's DEBUG lines and the tasks' own messages in Thai. No time on the lines.
// https://luigi.readthedocs.io/en/stable/logging.html, https://luigi.readthedocs.io/en/stable/parameters.html (significant, visibility)

function luigiLog(rng) {
  const pid = rng.int(3000, 9000);
  const worker = `Worker(salt=${digits(rng, 9)}, workers=1, host=etl-01, username=etl, pid=${pid})`;
  const tid = (name, rng) => `${name}_2027_02_15_${rng.hex(10)}`;
  const run = (repr, name, body, rng) => {
    const id = tid(name, rng);
    return [
      `DEBUG: Checking if ${repr} is complete`,
      `INFO: Informed scheduler that task   ${id}   has status   PENDING`,
      'INFO: Done scheduling tasks',
      'INFO: Running Worker with 1 processes',
      'DEBUG: Asking scheduler for work...',
      'DEBUG: Pending tasks: 1',
      `INFO: [pid ${pid}] ${worker} running   ${repr}`,
      ...body,
      `INFO: [pid ${pid}] ${worker} done      ${repr}`,
      'DEBUG: 1 running tasks, waiting for next task to finish',
      `INFO: Informed scheduler that task   ${id}   has status   DONE`,
      'DEBUG: Asking scheduler for work...',
      'DEBUG: Done',
      'DEBUG: There are no more tasks to run at this time',
      `INFO: ${worker} was stopped. Shutting down Keep-Alive thread`,
      'INFO: ',
      '===== Luigi Execution Summary =====',
      '',
      'Scheduled 1 tasks of which:',
      `* 1 ran successfully:`,
      `    - 1 ${repr}`,
      '',
      'This progress looks :) because there were no failed tasks or missing dependencies',
      '',
      '===== Luigi Execution Summary =====',
      '',
    ];
  };
  const render = (e, rng) => (e.lines ? e.lines : run(e.repr, e.name, e.body ?? [], rng));
  const urllib = (path) => `DEBUG: https://${TH_API}:443 "GET ${path} HTTP/1.1" 200 None`;
  const filler = (rng) =>
    rng.pick([
      () => ({ name: 'ExportOrders', repr: `ExportOrders(date=2027-02-15, zone=${rng.pick(ZONES)})`, body: ['DEBUG: Starting new HTTPS connection (1): api.talatsot.example:443', urllib(`/v1/export/orders?date=2027-02-15&page=${rng.int(1, 9)}`), `INFO: ส่งออก ${rng.int(200, 3000)} คำสั่งซื้อแล้ว`] }),
      () => ({ name: 'LoadWarehouse', repr: `LoadWarehouse(date=2027-02-15, table=${rng.pick(['orders', 'riders', 'stock'])})`, body: [`INFO: โหลดเข้า BigQuery ${rng.int(200, 90000)} แถว`] }),
    ])();
  const steps = [
    1,
    plant('framework-dump', 'luigi-task-repr-token-parameter', 'error', "A task takes the partner API token as an ordinary `luigi.Parameter` (not `significant=False`): Luigi writes the task's repr with it in `Checking if`, `running`, `done` and the summary.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { name: 'ExportPartnerSales', repr: `ExportPartnerSales(date=2027-02-15, partner=siam-makro, batch_size=500, token=${tok})`, body: [`INFO: ดึงยอดขายพาร์ทเนอร์ siam-makro แล้ว ${rng.int(100, 900)} รายการ`] } };
    }),
    1,
    plant('negative', 'luigi-etag', 'none', 'The ETag of the exported file: a content hash, no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { name: 'UploadExport', repr: 'UploadExport(date=2027-02-15)', body: [`INFO: อัปโหลด gs://talatsot-etl/orders/2027-02-15.parquet แล้ว ETag="${v}"`] } };
    }),
    1,
    plant('api-key-name', 'luigi-urllib3-apikey', 'error', `${WHY.apiKey('apikey')} urllib3's DEBUG line writes the request target with the key.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { name: 'ExportStock', repr: 'ExportStock(date=2027-02-15)', body: ['DEBUG: Starting new HTTPS connection (1): api.talatsot.example:443', urllib(`/v1/export/stock?date=2027-02-15&apikey=${key}`), 'INFO: ส่งออกสต็อกแล้ว'] } };
    }),
    1,
    plant('refresh-token', 'luigi-debug-token-request-dict', 'error', `${WHY.refresh} A task logs the token request it sends to Google as a dict: \`'refresh_token': '1//0…'\`.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(99)}`;
      return { value: rt, event: { name: 'ExportAdsSpend', repr: 'ExportAdsSpend(date=2027-02-15)', body: [`DEBUG: ขอ access token ใหม่: {'grant_type': 'refresh_token', 'client_id': '${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com', 'refresh_token': '${rt}'}`, 'INFO: ดึงค่าโฆษณาแล้ว'] } };
    }),
    1,
    plant('encoded', 'luigi-urllib3-redirect-percent-encoded-token', 'error', "urllib3's line of a report download whose `redirect=` holds `%3Ftoken%3D<token>` percent-encoded once.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { name: 'ExportRiderPay', repr: 'ExportRiderPay(date=2027-02-15)', body: [urllib(`/v1/reports/rider-pay?date=2027-02-15&redirect=%2Fdownload%2Frider-pay.xlsx%3Ftoken%3D${tok}`), 'INFO: ส่งออกค่าจ้างไรเดอร์แล้ว'] } };
    }),
    1,
    plant('webhook', 'luigi-slack-webhook-httperror', 'error', WHY.webhook("A Slack incoming webhook in requests' `HTTPError` (`404 Client Error: Not Found for url: …`) of a failed task's traceback"), ({ rng }) => {
      const hook = slackHook(rng);
      const repr = 'NotifyDailySummary(date=2027-02-15)';
      return {
        value: hook.split('/')[2],
        event: {
          lines: [
            `DEBUG: Checking if ${repr} is complete`,
            `INFO: [pid ${pid}] ${worker} running   ${repr}`,
            `ERROR: [pid ${pid}] ${worker} failed    ${repr}`,
            'Traceback (most recent call last):',
            '  File "/opt/etl/.venv/lib/python3.12/site-packages/luigi/worker.py", line 210, in run',
            '    new_deps = self._run_get_new_deps()',
            '  File "/opt/etl/etl/notify.py", line 44, in run',
            '    r.raise_for_status()',
            '  File "/opt/etl/.venv/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status',
            '    raise HTTPError(http_error_msg, response=self)',
            `requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://hooks.slack.com/services/${hook}`,
            '',
          ],
        },
      };
    }),
    1,
    plant('negative', 'luigi-cursor-base64-json', 'none', "urllib3's line with a pagination `cursor=` (base64 of a JSON position, starting `eyJ`): no credential.", ({ rng }) => {
      const v = Buffer.from(JSON.stringify({ after: order(rng), ts: rng.int(1.8e9, 1.9e9) })).toString('base64url');
      return { value: v, event: { name: 'ExportRiders', repr: 'ExportRiders(date=2027-02-15)', body: [urllib(`/v1/export/riders?cursor=${v}&limit=500`)] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR, site: { host: TH_API }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout27');
writePart(join(here, 'heldout27'), {
  'heroku-postgres.log': herokuPgLog(rng),
  'auth0-logstream.jsonl': auth0Log(rng),
  'moleculer-api.log': moleculerLog(rng),
  'security-4688.txt': security4688Log(rng),
  'parse-server.verbose.log': parseLog(rng),
  'spring-security-debug.log': springDebugLog(rng),
  'utleie-lager.log': log4rsLog(rng),
  'nettbutikk.log': litestarLog(rng),
  'dagster-dev.log': dagsterLog(rng),
  'faas-cli-logs.log': faasLog(rng),
  'buffalo.log': buffaloLog(rng),
  'rider-api.log': beegoLog(rng),
  'astro-dev.log': astroLog(rng),
  'luigi.log': luigiLog(rng),
});
