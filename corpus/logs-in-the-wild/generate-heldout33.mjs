// Writes corpus/logs-in-the-wild/heldout33/: a thirty-third held-out part, in formats no other part uses (oauth2-proxy's
// standard, auth and request logs, Grafana's server log with router and data proxy logging, a Spring Boot service with
// Spring Cloud OpenFeign at Logger.Level.FULL, a cron job's GNU Wget `--debug` output, an AWS CodeBuild build log, a
// Fastly SFTP log endpoint in the classic line format, a NestJS service's default ConsoleLogger, a Puppeteer smoke test
// under `DEBUG=puppeteer:*`, an `ngrep -t -W byline` capture, AWS Verified Access logs in OCSF 1.0.0-rc.2, a Ktor
// service with CallLogging and the Ktor client's Logging plugin at LogLevel.ALL, `fly logs` of an Express shop, an
// `strace -f -tt` of a ticket kiosk's agent and Amazon SNS delivery status logs exported from CloudWatch Logs), with
// credentials planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json. The
// labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout33.mjs     rewrites heldout33/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Pawcover, a pet insurance company in Leeds (English, five logs); Chatár, a mountain hut booking
// service in Poprad (Slovak messages, routes, parameter and table names, English code names, five logs); Tocyn Cwm Glas,
// the ticketing arm of a heritage railway in Porthmadog (Welsh messages, routes and parameter names, English code
// names, four logs). Standard names (OAuth's, vendors') stay as their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, githubToken, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.18.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'axios/1.13.4'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 4, 18, 0, 0, 0);
const { firstUse, gap } = replayClock();

// ---------------------------------------------------------------------------------------------------------------------
// Helpers shared by several formats.

/** `±hh:mm` (or `±hhmm`) for `offset` minutes. */
const zone = (offset, colon = true) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
/** `yyyy/MM/dd HH:mm:ss` at `offset` minutes (Go's log package, oauth2-proxy, CodeBuild). */
const slashDt = (ms, offset = 0) => local(ms, offset).slice(0, 19).replace('T', ' ').replace(/-/g, '/');
/** RFC 1123 date of an HTTP header. */
const httpDate = (ms) => new Date(ms).toUTCString();
/** go-kit logfmt: a value is quoted when it has a space, `=`, `"` or is empty-looking with quotes. */
const lf = (v) => {
  const s = String(v);
  return /[\s="\\]/.test(s) ? `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : s;
};
const logfmt = (pairs) => pairs.map(([k, v]) => `${k}=${lf(v)}`).join(' ');
/** strace's quoting of a byte string (`-s` large enough, no truncation). */
const straceStr = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
/** Node's util.inspect of a flat object of strings and numbers (single line, as console.log prints a short one). */
const inspect = (o) => `{ ${Object.entries(o).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${typeof v === 'string' ? `'${v}'` : v}`).join(', ')} }`;

// =====================================================================================================================
// Pawcover (English; Leeds: BST, UTC+1, in May)
// =====================================================================================================================

const BST = 60;
const PC = 'pawcover.example';
const PC_CLAIMS = `claims.${PC}`;
const PC_PORTAL = `portal.${PC}`;
const PC_GRAFANA = `grafana.${PC}`;
const PETS = ['Biscuit', 'Luna', 'Alfie', 'Poppy', 'Milo', 'Bella', 'Teddy', 'Daisy'];
const claimNo = (rng) => `CLM-2027-${digits(rng, 6)}`;

// ---------------------------------------------------------------------------------------------------------------------
// oauth2-proxy.log: oauth2-proxy 7.8 in front of the claims handlers' back office, stdout to a file: the standard log
// (`[<yyyy/MM/dd HH:mm:ss>] [<file>:<line>] <message>`), the auth log (`<client> - <request id> - <user> [<time>]
// [<status>] <message>`) and the request log's default format (`<client> - <request id> - <user> [<time>] <host>
// <method> <upstream> "<request URI>" <protocol> "<user agent>" <status> <size> <duration>`). The container runs in
// UTC; the time has no zone. Skip-auth routes (`--skip-auth-route`) let customers' document links and a broker's API
// through without a session (the user is `-`).
// https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview#logging-configuration (the three formats as the
// documentation gives them; read in a public issue of oauth2-proxy/oauth2-proxy through search).

function oauth2ProxyLog(rng) {
  const ts = (ms) => `[${slashDt(ms)}]`;
  const render = (e, rng) => {
    if (e.std) return e.std.map(([file, msg], i) => `${ts(e.t + i * 2)} [${file}] ${msg}`);
    const rid = e.rid ?? rng.hex(32);
    const user = e.user ?? '-';
    const head = `${e.ip} - ${rid} - ${user} [${slashDt(e.t)}]`;
    const out = [];
    if (e.auth) out.push(`${head} [${e.auth[0]}] ${e.auth[1]}`);
    out.push(`${head} ${PC_CLAIMS} ${e.method} ${e.upstream ?? '/'} "${e.uri ?? e.path}" HTTP/1.1 "${e.ua}" ${e.status} ${e.bytes} ${(e.ms / 1000).toFixed(3)}`);
    return out;
  };
  const users = ['r.hartley@pawcover.example', 'a.begum@pawcover.example', 's.okafor@pawcover.example'];
  const filler = (rng) =>
    rng.pick([
      () => ({ user: rng.pick(users), path: `/claims/${claimNo(rng)}`, status: 200 }),
      () => ({ user: rng.pick(users), path: `/api/claims?status=${rng.pick(['open', 'awaiting-vet', 'approved'])}&page=${rng.int(1, 6)}`, status: 200 }),
      () => ({ user: rng.pick(users), path: `/static/js/main.${rng.hex(8)}.chunk.js`, status: 304, bytes: 0 }),
      () => ({ user: '-', path: '/oauth2/auth', upstream: '-', status: 202, bytes: 0, ms: 1 }),
      () => ({ user: rng.pick(users), method: 'POST', path: `/api/claims/${claimNo(rng)}/notes`, status: 201 }),
    ])();
  // The session summary of an `[AuthSuccess]` line: whether each token exists, not its value.
  const session = (rng, t, email, uid) => `Authenticated via OAuth2: Session{email:${email} user:${uid} PreferredUsername:${email.split('@')[0]} token:true id_token:true created:${slashDt(t).replace(/\//g, '-')}.${digits(rng, 9)} +0000 UTC expires:${slashDt(t + HOUR).replace(/\//g, '-')} +0000 UTC refresh_token:true groups:[claims-handlers]}`;
  const cognitoState = (rng) => `${rng.b64url(43)}%3A%2Fclaims%2F${claimNo(rng)}`;
  const steps = [
    { raw: { std: [['main.go:59', 'WARNING: You are using the legacy configuration format, please use the new alpha configuration'], ['proxy.go:77', `mapping path "/" => upstream "http://127.0.0.1:3000/"`], ['oauthproxy.go:173', 'OAuthProxy configured for OpenID Connect Client ID: 6v1q0k2vbd8h3l5m0s7r9e2fjc'], ['oauthproxy.go:179', 'Cookie settings: name:_oauth2_proxy secure(https):true httponly:true expiry:12h0m0s domains: path:/ samesite:lax refresh:after 1h0m0s'], ['server.go:76', 'HTTP: listening on 0.0.0.0:4180']] } },
    3,
    plant('negative', 'oauth2-proxy-request-id-32-hex', 'none', "The request id oauth2-proxy writes after the client (the load balancer's `X-Request-Id`, 32 hex characters): an identifier of one request, no credential.", ({ rng }) => {
      const rid = rng.hex(32);
      return { value: rid, event: { rid, user: users[0], path: `/claims/${claimNo(rng)}/documents`, status: 200 } };
    }),
    3,
    plant('oauth-code', 'oauth2-proxy-request-uri-callback-cognito-code', 'warning', `${WHY.code} oauth2-proxy's request log writes the whole request URI of its own \`/oauth2/callback\`: Amazon Cognito's code (a UUID) beside oauth2-proxy's \`state\` (its nonce, then the page to return to).`, ({ rng, t }) => {
      const code = rng.uuid();
      return { value: code, event: { user: users[1], path: `/oauth2/callback?code=${code}&state=${cognitoState(rng)}`, upstream: '-', status: 302, bytes: 24, ms: rng.int(180, 420), auth: ['AuthSuccess', session(rng, t, users[1], rng.uuid())] } };
    }),
    4,
    plant('path-secret', 'oauth2-proxy-skip-auth-claim-upload-link', 'error', WHY.pathSecret("A claim document upload link `/claim/upload/<token>` e-mailed to a customer (a skip-auth route: whoever has it uploads to the claim), in oauth2-proxy's request log with the user `-`"), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { user: '-', path: `/claim/upload/${tok}`, status: 200, ua: BROWSERS[2] } };
    }),
    4,
    plant('api-key-name', 'oauth2-proxy-skip-auth-query-client_key', 'error', `${WHY.apiKey('client_key')} A comparison broker's quote feed calls a skip-auth route with its key in the query, which the request log writes whole.`, ({ rng }) => {
      const key = `pcb_${rng.alnum(36)}`;
      return { value: key, event: { user: '-', path: `/api/v1/broker/quotes?species=dog&breed=cockapoo&age=4&client_key=${key}`, status: 200, ua: 'python-requests/2.32.5' } };
    }),
    3,
    plant('replay', 'oauth2-proxy-skip-auth-dl_ticket', 'note', WHY.ticketFirst('A policy document link `/documents/policy.pdf?dl_ticket=<ticket>` opened by the customer (203.0.113.77) through a skip-auth route'), ({ rng, t }) => {
      firstUse.dl = t;
      const tk = rng.b64url(27);
      return { value: tk, event: { ip: '203.0.113.77', user: '-', path: `/documents/policy.pdf?dl_ticket=${tk}`, status: 200, bytes: rng.int(80000, 160000), ua: BROWSERS[2] } };
    }, { ref: 'dl' }),
    3,
    plant('replay', 'oauth2-proxy-skip-auth-dl_ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('dl').value, why: `${WHY.replay('dl_ticket', gap('dl', t))} The document is served again (200) to 198.51.100.140 with a desktop browser, not the customer's 203.0.113.77 and iPhone: the link was forwarded.` }], event: { ip: '198.51.100.140', user: '-', path: `/documents/policy.pdf?dl_ticket=${refs.get('dl').value}`, status: 200, bytes: 118342, ua: BROWSERS[0] } }), { replayOf: 'dl', after: 95 }),
    3,
    plant('negative', 'oauth2-proxy-auth-log-session-summary', 'none', "oauth2-proxy's `[AuthSuccess]` line summarizes the session with `token:true id_token:true refresh_token:true` (whether each token exists, not its value) and the user's id (a UUID): no credential.", ({ rng, t }) => {
      const uid = rng.uuid();
      return { value: uid, event: { user: users[2], path: '/oauth2/sign_in', upstream: '-', status: 200, bytes: 2711, auth: ['AuthSuccess', session(rng, t, users[2], uid)] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: PC_CLAIMS }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// grafana.log: Grafana 11.3's file log in its default text format (logfmt: `logger=<name> <context> t=<RFC 3339 time
// with ns and zone> level=<level> msg=<message> <key=value…>`, values quoted when they hold a space, `=` or `"`), with
// `router_logging = true` (`Request Completed`: method, path without the query, status, remote_addr, time_ms,
// duration, size, referer, handler, status_source) and `[dataproxy] logging = true` (`Proxying incoming request`:
// userid, orgid, username, datasource, uri with the query, method, body), alerting's notify errors and plugin request
// lines. https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/ (not fetched; the line shapes read in
// public issues and READMEs through search).

function grafanaLog(rng) {
  const ts = (ms) => `${local(ms, BST).slice(0, 23)}${digits(rng, 6)}${zone(BST)}`;
  const ctx = (e) => [['userId', e.uid ?? 3], ['orgId', 1], ['uname', e.uname ?? 's.okafor']];
  const render = (e, rng) => {
    // `t=` goes before `level=`, after the logger's context fields.
    if (e.lines)
      return e.lines.map(([logger, pairs], i) => {
        const at = pairs.findIndex(([k]) => k === 'level');
        return logfmt([['logger', logger], ...pairs.slice(0, at), ['t', ts(e.t + i * 2)], ...pairs.slice(at)]);
      });
    const out = [];
    if (e.proxy) out.push(logfmt([['logger', 'data-proxy-log'], ...ctx(e), ['t', ts(e.t)], ['level', 'info'], ['msg', 'Proxying incoming request'], ['userid', e.uid ?? 3], ['orgid', 1], ['username', e.uname ?? 's.okafor'], ['datasource', e.proxy.ds], ['uri', e.proxy.uri], ['method', e.method], ['body', e.proxy.body ?? '']]));
    out.push(logfmt([['logger', 'context'], ...ctx(e), ['t', ts(e.t + e.ms)], ['level', e.status >= 500 ? 'error' : 'info'], ['msg', 'Request Completed'], ['method', e.method], ['path', e.path], ['status', e.status], ['remote_addr', e.ip], ['time_ms', e.ms], ['duration', `${e.ms}.${digits(rng, 3)}ms`], ['size', e.bytes], ['referer', e.referer === '-' ? '' : e.referer], ['handler', e.handler ?? e.path], ['status_source', 'server']]));
    return out;
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/api/ds/query', method: 'POST', handler: '/api/ds/query', referer: `https://${PC_GRAFANA}/d/claims-ops/claims-operations?orgId=1&refresh=30s`, ms: rng.int(20, 400) }),
      () => ({ path: '/api/dashboards/uid/claims-ops', handler: '/api/dashboards/uid/:uid', referer: `https://${PC_GRAFANA}/d/claims-ops/claims-operations?orgId=1`, ms: rng.int(5, 40) }),
      () => ({ path: '/api/live/ws', handler: '/api/live/ws', status: -1, bytes: 0, referer: '-', ms: rng.int(1, 4) }),
      () => ({ lines: [['cleanup', [['level', 'info'], ['msg', 'Completed cleanup jobs'], ['duration', `${rng.int(8, 60)}.${digits(rng, 6)}ms`]]]] }),
      () => ({ lines: [['ngalert.scheduler', [['rule_uid', `c${rng.lowerNum(12)}`], ['org_id', 1], ['version', rng.int(3, 40)], ['attempt', 0], ['now', `${iso(t - (t % MIN)).slice(0, 19)}Z`], ['level', 'info'], ['msg', 'Rule evaluation completed']]]] }),
    ])();
  const steps = [
    { raw: { lines: [['settings', [['level', 'info'], ['msg', 'Starting Grafana'], ['version', '11.3.1'], ['commit', rng.hex(40)], ['branch', 'HEAD'], ['compiled', '2027-04-22T09:14:11Z']]], ['settings', [['level', 'info'], ['msg', 'Config loaded from'], ['file', '/etc/grafana/grafana.ini']]], ['server', [['level', 'info'], ['msg', 'HTTP Server Listen'], ['address', '[::]:3000'], ['protocol', 'http'], ['subUrl', ''], ['socket', '']]]] } },
    3,
    plant('negative', 'grafana-plugin-request-traceid', 'none', 'A `traceID` on a plugin request line (an OpenTelemetry trace id, 32 hex characters): no credential.', ({ rng }) => {
      const tid = rng.hex(32);
      return { value: tid, event: { lines: [['plugin.instrumentation', [['endpoint', 'queryData'], ['pluginId', 'grafana-postgresql-datasource'], ['dsName', 'claims-db'], ['dsUID', `de${rng.lowerNum(12)}`], ['uname', 's.okafor'], ['traceID', tid], ['status', 'ok'], ['duration', `${rng.int(10, 90)}.${digits(rng, 6)}ms`], ['level', 'info'], ['msg', 'Plugin Request Completed']]]] } };
    }),
    3,
    plant('api-key-name', 'grafana-dataproxy-uri-partner_key', 'error', `${WHY.apiKey('partner_key')} The JSON data source panel of the broker dashboard passes the broker's key as a query parameter, and the data proxy's log writes the whole \`uri\`.`, ({ rng }) => {
      const key = `pk_${rng.alnum(40)}`;
      const uid = `fe${rng.lowerNum(12)}`;
      return { value: key, event: { method: 'GET', path: `/api/datasources/proxy/uid/${uid}/v2/quotes/summary`, handler: '/api/datasources/proxy/uid/:uid/*', referer: `https://${PC_GRAFANA}/d/brokers/broker-funnel?orgId=1`, proxy: { ds: 'marcusolsson-json-datasource', uri: `/api/datasources/proxy/uid/${uid}/v2/quotes/summary?from=now-24h&partner_key=${key}` }, ms: rng.int(80, 400) } };
    }),
    3,
    plant('path-secret', 'grafana-request-completed-invite-code', 'error', WHY.pathSecret("A Grafana invitation `/invite/<code>` (whoever opens it creates the invited account) on a `Request Completed` line"), ({ rng }) => {
      const code = rng.alnum(30);
      return { value: code, event: { uid: 0, uname: '', path: `/invite/${code}`, handler: '/invite/:code', referer: '-', ms: rng.int(5, 30), ip: '203.0.113.52' } };
    }),
    3,
    plant('framework-dump', 'grafana-dataproxy-body-password', 'error', "The data proxy's log writes a POST's `body`: the vet network dashboard's login call to the practice API carries its service account's `password` in the JSON.", ({ rng }) => {
      const pw = `${rng.alnum(14)}${digits(rng, 2)}#`;
      const uid = `fe${rng.lowerNum(12)}`;
      return { value: pw, event: { method: 'POST', path: `/api/datasources/proxy/uid/${uid}/auth/login`, handler: '/api/datasources/proxy/uid/:uid/*', referer: `https://${PC_GRAFANA}/d/vets/vet-network?orgId=1`, proxy: { ds: 'yesoreyeram-infinity-datasource', uri: `/api/datasources/proxy/uid/${uid}/auth/login`, body: JSON.stringify({ username: 'grafana-reports', password: pw }) }, ms: rng.int(80, 400) } };
    }),
    3,
    plant('embed-jwt', 'grafana-request-completed-referer-embed', 'error', "A vet portal page `/vets/embed/claims/<JWT>` frames a Grafana panel: the panel's `Request Completed` line keeps the page as `referer`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 300), jti: true, claims: { practice: `VP-${digits(rng, 5)}`, panel: 'claims-by-status' } });
      return { value: token, jwt: facts, event: { path: '/d-solo/vet-claims/vet-claims', handler: '/d-solo/:uid/:slug', referer: `https://${PC_PORTAL}/vets/embed/claims/${token}`, uid: 0, uname: '', ms: rng.int(20, 120), ip: '198.51.100.31' } };
    }),
    3,
    plant('webhook', 'grafana-alertmanager-notify-error-oncall-url', 'error', WHY.webhook("A Grafana OnCall integration URL (`/integrations/v1/grafana_alerting/<token>/`) in the Go `*url.Error` that alerting's `Notify for alerts failed` line quotes"), ({ rng }) => {
      const tok = rng.alnum(25);
      return { value: tok, event: { lines: [['ngalert.notifier.alertmanager', [['org', 1], ['level', 'error'], ['component', 'alertmanager'], ['orgID', 1], ['component', 'dispatcher'], ['msg', 'Notify for alerts failed'], ['num_alerts', 2], ['err', `claims-oncall/webhook[0]: notify retry canceled due to unrecoverable error after 1 attempts: Post "https://oncall-prod-eu-west-0.grafana.net/oncall/integrations/v1/grafana_alerting/${tok}/": context deadline exceeded`]]]] } };
    }),
    3,
    plant('negative', 'grafana-request-completed-build-asset-hash', 'none', "A built asset's content hash in a `Request Completed` path (`/public/build/runtime.<hash>.js`): no credential.", ({ rng }) => {
      const h = rng.hex(20);
      return { value: h, event: { path: `/public/build/runtime.${h}.js`, handler: '/public/*', referer: `https://${PC_GRAFANA}/`, ms: rng.int(1, 5) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: PC_GRAFANA }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// claims-service.log: a Spring Boot 3.4 service's console (`<ISO time +01:00> <LEVEL> <pid> --- [<app>] [<thread, 15>]
// <logger, 39 then padded to 40> : <message>`) with Spring Cloud OpenFeign clients at `Logger.Level.FULL` and their
// loggers at DEBUG: feign.Logger writes each part of an exchange as its own record prefixed `[<Client>#<method>] `:
// `---> <METHOD> <url> HTTP/1.1`, one header a record, an empty record, the body, `---> END HTTP (<n>-byte body)`, then
// `<--- HTTP/1.1 <status> <reason> (<ms>ms)`, the response headers (lower case), the body, `<--- END HTTP (<n>-byte
// body)`. https://github.com/OpenFeign/feign (feign/Logger.java's logRequest and logAndRebufferResponse, read through
// search), https://docs.spring.io/spring-boot/reference/features/logging.html#features.logging.log-format

function claimsServiceLog(rng) {
  const line = (ms, level, thread, logger, msg) => `${local(ms, BST).slice(0, 23)}${zone(BST)} ${level.padStart(5)} 1 --- [claims-service] [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40)} : ${msg}`;
  const render = (e, rng) => {
    if (e.app) return e.app.map(([level, logger, msg], i) => line(e.t + i, level, e.thread ?? 'nio-8080-exec-2', logger, msg));
    const tag = `[${e.client}#${e.op}] `;
    const lg = `c.p.claims.clients.${e.client}`;
    const th = e.thread ?? `nio-8080-exec-${rng.int(1, 9)}`;
    const recs = [];
    const reqBody = e.reqBody ?? null;
    recs.push([e.t, `---> ${e.method} ${e.url} HTTP/1.1`]);
    for (const [k, v] of e.reqHeaders ?? []) recs.push([e.t, `${k}: ${v}`]);
    if (reqBody !== null) {
      recs.push([e.t, '']);
      recs.push([e.t, reqBody]);
    }
    recs.push([e.t + 1, `---> END HTTP (${reqBody === null ? 0 : Buffer.byteLength(reqBody)}-byte body)`]);
    const done = e.t + e.ms;
    recs.push([done, `<--- HTTP/1.1 ${e.status} ${e.reason ?? 'OK'} (${e.ms}ms)`]);
    const respBody = e.respBody === undefined ? JSON.stringify({ ok: true }) : e.respBody;
    for (const [k, v] of [['content-type', 'application/json'], ['date', httpDate(done)], ...(e.respHeaders ?? []), ['content-length', String(respBody === null ? 0 : Buffer.byteLength(respBody))]]) recs.push([done, `${k}: ${v}`]);
    if (respBody !== null) {
      recs.push([done, '']);
      recs.push([done, respBody]);
    }
    recs.push([done + 1, `<--- END HTTP (${respBody === null ? 0 : Buffer.byteLength(respBody)}-byte body)`]);
    const out = e.before ? [line(e.t - 3, 'INFO', th, e.before[0], e.before[1])] : [];
    return [...out, ...recs.map(([ms, msg]) => line(ms, 'DEBUG', th, lg, `${tag}${msg}`))];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ app: [['INFO', 'c.p.claims.web.ClaimController', `claim ${claimNo(rng)} moved to ${rng.pick(['awaiting-vet', 'assessing', 'approved'])} by ${rng.pick(['r.hartley', 'a.begum'])}`]] }),
      () => ({ client: 'PolicyCoreClient', op: 'getPolicy(String)', method: 'GET', url: `https://policy-core.internal.${PC}/v3/policies/PC-${digits(rng, 8)}`, reqHeaders: [['Accept', 'application/json']], status: 200, ms: rng.int(20, 120), respBody: JSON.stringify({ policy: `PC-${digits(rng, 8)}`, pet: rng.pick(PETS), cover: rng.pick(['lifetime-4000', 'lifetime-7000', 'accident-only']), excess: rng.pick([99, 149, 249]) }) }),
      () => ({ app: [['INFO', 'c.p.claims.assess.AssessmentService', `auto-assessment ${claimNo(rng)}: ${rng.pick(['within limits', 'excess applied', 'pre-existing condition check'])}`]] }),
    ])();
  const steps = [
    { raw: { app: [['INFO', 'c.p.claims.ClaimsServiceApplication', 'Starting ClaimsServiceApplication v4.12.0 using Java 21.0.7 with PID 1 (/app/app.jar started by app in /app)'], ['INFO', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port 8080 (http) with context path '/'"], ['INFO', 'c.p.claims.ClaimsServiceApplication', 'Started ClaimsServiceApplication in 9.412 seconds (process running for 10.233)']], thread: 'main' } },
    2,
    plant('negative', 'feign-request-header-x-request-id', 'none', 'An `X-Request-Id` request header (a UUID the service sets per call): no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { client: 'PolicyCoreClient', op: 'getPolicy(String)', method: 'GET', url: `https://policy-core.internal.${PC}/v3/policies/PC-${digits(rng, 8)}`, reqHeaders: [['Accept', 'application/json'], ['X-Request-Id', v]], status: 200, ms: rng.int(20, 120), respBody: JSON.stringify({ policy: `PC-${digits(rng, 8)}`, pet: 'Luna', cover: 'lifetime-7000' }) } };
    }),
    2,
    plant('header-dump', 'feign-full-request-header-authorization-bearer-jwt', 'error', "The call to the vet network's invoice API as Feign's FULL level logs it, one header a record: `Authorization: Bearer <JWT>` (the service's client-credentials token).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, alg: 'RS256', kid: rng.b64url(16), claims: { iss: 'https://auth.vetlink.example/', sub: 'pawcover-claims', aud: 'invoices', scope: 'invoices:read' } });
      return { value: token, jwt: facts, event: { client: 'VetInvoiceClient', op: 'getInvoice(String,String)', method: 'GET', url: `https://api.vetlink.example/v1/practices/VP-${digits(rng, 5)}/invoices/INV-${digits(rng, 7)}`, reqHeaders: [['Accept', 'application/json'], ['Authorization', `Bearer ${token}`]], status: 200, ms: rng.int(80, 300), respBody: JSON.stringify({ invoice: `INV-${digits(rng, 7)}`, total: `${rng.int(80, 1900)}.${digits(rng, 2)}`, currency: 'GBP', lines: rng.int(1, 9) }) } };
    }),
    3,
    plant('refresh-token', 'feign-full-response-body-refresh_token', 'error', `${WHY.refresh} The practice management system's token endpoint (the client authenticates with its TLS certificate) answers with an access token and a \`refresh_token\`; Feign's FULL level writes the response body.`, ({ rng }) => {
      const rt = `rt.${rng.b64url(64)}`;
      return { value: rt, event: { client: 'PracticeHubClient', op: 'refresh(Map)', method: 'POST', url: 'https://login.practicehub.example/oauth2/token', reqHeaders: [['Content-Type', 'application/x-www-form-urlencoded'], ['Content-Length', '89']], reqBody: 'grant_type=client_credentials&client_id=pawcover-claims&scope=invoices%3Aread+offline_access', status: 200, ms: rng.int(90, 400), respBody: JSON.stringify({ token_type: 'Bearer', expires_in: 900, access_token: `at.${rng.b64url(40)}`, refresh_token: rt }) } };
    }),
    3,
    plant('api-key-name', 'feign-full-request-header-x-functions-key', 'error', `${WHY.apiKey('x-functions-key')} The fraud scoring Azure Function takes its function key as the \`x-functions-key\` header, which Feign's FULL level writes with the other headers.`, ({ rng }) => {
      const key = `${rng.b64url(54)}==`.replace(/[-_]/g, 'A');
      return { value: key, event: { client: 'FraudScoreClient', op: 'score(ClaimScoreRequest)', method: 'POST', url: 'https://pc-fraud-uksouth.azurewebsites.net/api/score', reqHeaders: [['Content-Type', 'application/json'], ['x-functions-key', key]], reqBody: JSON.stringify({ claim: claimNo(rng), amount: rng.int(100, 4000), species: 'cat' }), status: 200, ms: rng.int(100, 600), respBody: JSON.stringify({ score: Number(`0.${digits(rng, 3)}`), band: 'low' }) } };
    }),
    3,
    plant('id-token', 'feign-full-request-body-token-exchange-subject_token', 'error', "An RFC 8693 token exchange: the claims service trades the customer's ID token (`subject_token`, `subject_token_type=…:id_token`) for a token of the policy API; Feign's FULL level writes the form body.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(20, 200), alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://id.${PC}/`, aud: 'pawcover-app', sub: `cus_${rng.lowerNum(14)}`, email: 'h.wainwright@mail.example', email_verified: true } });
      const body = `grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token=${token}&subject_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Aid_token&audience=policy-core`;
      return { value: token, jwt: facts, event: { client: 'TokenExchangeClient', op: 'exchange(Map)', method: 'POST', url: `https://id.${PC}/oauth/token`, reqHeaders: [['Content-Type', 'application/x-www-form-urlencoded'], ['Content-Length', String(body.length)]], reqBody: body, status: 200, ms: rng.int(40, 200), respBody: JSON.stringify({ issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: 300 }) } };
    }),
    3,
    plant('path-secret', 'feign-full-request-line-share-link-token', 'error', WHY.pathSecret('A policy document share link `/share/<token>` (a vet opens the customer\'s schedule without signing in) as the URL of Feign\'s request line when the service checks it'), ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { client: 'DocumentsClient', op: 'shareStatus(String)', method: 'GET', url: `https://documents.internal.${PC}/share/${tok}`, reqHeaders: [['Accept', 'application/json']], status: 200, ms: rng.int(10, 60), respBody: JSON.stringify({ document: `schedule-PC-${digits(rng, 8)}.pdf`, opened: 2, expires: '2027-05-25T00:00:00Z' }) } };
    }),
    3,
    plant('session-id', 'feign-full-response-set-cookie-jsessionid', 'error', WHY.session("The legacy practice system answers the claims service's certificate sign-in with `set-cookie: JSESSIONID=<id>`, which Feign's FULL level writes with the response headers (the service then calls as that session)"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { client: 'LegacyPmsClient', op: 'login(LoginForm)', method: 'POST', url: 'https://pms.oakvale-vets.example/pms/api/sso/session', reqHeaders: [['Accept', 'application/json']], status: 302, reason: 'Found', ms: rng.int(60, 300), respHeaders: [['location', 'https://pms.oakvale-vets.example/pms/'], ['set-cookie', `JSESSIONID=${sid}; Path=/pms; Secure; HttpOnly`]], respBody: null } };
    }),
    3,
    plant('negative', 'feign-full-response-header-etag', 'none', 'A response `etag` (a hash of the representation): no credential.', ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { client: 'PolicyCoreClient', op: 'getPolicy(String)', method: 'GET', url: `https://policy-core.internal.${PC}/v3/policies/PC-${digits(rng, 8)}`, reqHeaders: [['Accept', 'application/json']], status: 200, ms: rng.int(20, 120), respHeaders: [['etag', `"${v}"`]], respBody: JSON.stringify({ policy: `PC-${digits(rng, 8)}`, pet: 'Milo', cover: 'accident-only' }) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: PC_CLAIMS, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vet-sync-wget.log: a nightly cron job's log on a sync host; `~/.wgetrc` has `debug = on`, so GNU Wget 1.21.4 writes its
// debug output: `Setting --<option> (<name>) to <value>` for options given, `DEBUG output created by Wget …`, `converted
// '<url>' (UTF-8) -> '<url>' (UTF-8)`, `--<yyyy-MM-dd HH:mm:ss>--  <url>` (local time, no zone), resolving and
// connecting, the TLS handshake, `---request begin---` … `---request end---` (the request line and headers as sent),
// `[POST data: …]`, `---response begin---` … `---response end---`, `Stored cookie …`, `Location: <url> [following]`,
// and the usual saving lines. The script's own lines (`=== … ===`) carry the date with its zone.
// https://www.gnu.org/software/wget/manual/wget.html (the options, not fetched); the debug lines from memory of public
// `wget -d` transcripts (a public test suite of `--debug` output read through search).

function wgetLog(rng) {
  const wt = (ms) => local(ms, BST).slice(0, 19).replace('T', ' ');
  const ptr = (rng) => `0x0000${rng.hex(12)}`;
  const fetch = (e, rng, r) => {
    const u = new URL(r.url);
    const ip = r.ip ?? `198.51.100.${rng.int(10, 200)}`;
    const out = [
      `converted '${r.url}' (UTF-8) -> '${r.url}' (UTF-8)`,
      `--${wt(e.t)}--  ${r.url}`,
      `Resolving ${u.host} (${u.host})... ${ip}`,
      `Caching ${u.host} => ${ip}`,
      `Connecting to ${u.host} (${u.host})|${ip}|:443... connected.`,
      'Created socket 3.',
      `Releasing ${ptr(rng)} (new refcount 1).`,
      'Initiating SSL handshake.',
      `Handshake successful; connected socket 3 to SSL handle ${ptr(rng)}`,
      'certificate:',
      `  subject: CN=${u.host}`,
      "  issuer:  CN=R11,O=Let's Encrypt,C=US",
      `X509 certificate successfully verified and matches host ${u.host}`,
      '',
      '---request begin---',
      `${r.method ?? 'GET'} ${u.pathname}${u.search} HTTP/1.1`,
      `Host: ${u.host}`,
      'User-Agent: Wget/1.21.4',
      ...(r.accept ? [`Accept: ${r.accept}`] : ['Accept: */*']),
      'Accept-Encoding: identity',
      'Connection: Keep-Alive',
      ...(r.cookie ? [`Cookie: ${r.cookie}`] : []),
      ...(r.post ? ['Content-Type: application/x-www-form-urlencoded', `Content-Length: ${r.post.length}`] : []),
      '',
      '---request end---',
      ...(r.post ? [`[POST data: ${r.post}]`] : []),
      'HTTP request sent, awaiting response... ',
      '---response begin---',
      `HTTP/1.1 ${r.status ?? '200 OK'}`,
      `Date: ${httpDate(e.t + 400)}`,
      `Server: ${r.server ?? 'nginx'}`,
      ...(r.respHeaders ?? []),
      `Content-Length: ${r.size ?? 0}`,
      '',
      '---response end---',
      `${r.status ?? '200 OK'}`,
      ...(r.after ?? []),
    ];
    return out;
  };
  const render = (e, rng) => {
    if (e.lines) return e.lines;
    const out = [];
    for (const r of e.runs) {
      // A redirect followed in the same run has no banner of its own.
      if (!r.follow) {
        out.push(...(r.options ?? []).map(([opt, name, v]) => `Setting --${opt} (${name}) to ${v}`));
        out.push('DEBUG output created by Wget 1.21.4 on linux-gnu.', '', 'Reading HSTS entries from /home/vetsync/.wget-hsts', "URI encoding = 'UTF-8'");
      }
      out.push(...fetch(e, rng, r));
      out.push('');
    }
    return out;
  };
  const saving = (file, size, t) => [`Length: ${size} (${Math.round(size / 1024)}K) [text/csv]`, `Saving to: '${file}'`, '', `     0K .......... .......... ..                             100% ${rng.int(2, 9)}.${digits(rng, 2)}M=0.01s`, '', `${local(t + 900, BST).slice(0, 19).replace('T', ' ')} (${rng.int(2, 9)}.${digits(rng, 2)} MB/s) - '${file}' saved [${size}/${size}]`];
  const banner = (t, what) => ({ raw: { lines: [`=== vet-sync ${what} ${local(t, BST).slice(0, 19)}${zone(BST)} ===`] } });
  const filler = (rng) => ({ lines: [`vet-sync: ${rng.pick(['practices.csv', 'fees.csv', 'treatments.csv'])} unchanged (sha256 match), skipping import`] });
  const practice = (rng) => `VP-${digits(rng, 5)}`;
  const steps = [
    banner(DAY0 + 1 * HOUR, 'start'),
    plant('webhook', 'wget-debug-url-cronitor-telemetry-key', 'error', WHY.webhook("A Cronitor telemetry URL `https://cronitor.link/p/<key>/<monitor>` (the account's API key in the path), which the job pings at its start; wget's debug output writes it on `converted`, the `--date--` line and the request line"), ({ rng, t }) => {
      const key = rng.hex(32);
      const size = rng.int(2, 3);
      return { value: key, event: { runs: [{ url: `https://cronitor.link/p/${key}/vet-sync?state=run&host=sync01`, ip: '203.0.113.9', server: 'cloudflare', size, respHeaders: ['Content-Type: text/plain; charset=utf-8'], after: [`Length: ${size} [text/plain]`, "Saving to: '/dev/null'", '', `${local(t + 600, BST).slice(0, 19).replace('T', ' ')} (${rng.int(20, 90)}.0 KB/s) - '/dev/null' saved [${size}/${size}]`] }] } };
    }),
    plant('framework-dump', 'wget-debug-setting-post-data-password', 'error', "The job signs in to the practice management export with `--post-data`: wget's debug output writes the option (`Setting --post-data (postdata) to …&password=…`) and the body again (`[POST data: …]`).", ({ rng, t }) => {
      const pw = `${rng.alnum(12)}${digits(rng, 3)}`;
      const post = `username=pawcover-sync&password=${pw}`;
      const sid = rng.lowerNum(40);
      return { value: pw, marks: [{ value: pw }, { value: sid, category: 'session-id', kind: 'wget-debug-set-cookie-ci_session', expect: 'error', why: WHY.session("The practice system's CodeIgniter session `ci_session=<id>`, answered to the job's sign-in: wget's debug output writes the `Set-Cookie` header, `Stored cookie …` and the next request's `Cookie` header") }], event: { runs: [{ options: [['post-data', 'postdata', post], ['keep-session-cookies', 'keepsessioncookies', '1'], ['save-cookies', 'savecookies', '/home/vetsync/.pms-cookies']], url: 'https://pms.oakvale-vets.example/index.php/auth/login', method: 'POST', post, status: '303 See Other', server: 'Apache', respHeaders: [`Set-Cookie: ci_session=${sid}; expires=${httpDate(t + 2 * HOUR)}; Max-Age=7200; path=/; HttpOnly`, 'Location: https://pms.oakvale-vets.example/index.php/export', 'Content-Type: text/html; charset=UTF-8'], after: [`Stored cookie pms.oakvale-vets.example -1 (ANY) / <permanent> <insecure> [expiry ${local(t + 2 * HOUR, 0).slice(0, 19).replace('T', ' ')}] ci_session ${sid}`, 'Location: https://pms.oakvale-vets.example/index.php/export [following]'] }, { follow: true, url: 'https://pms.oakvale-vets.example/index.php/export?what=claims&since=2027-05-17', accept: 'text/csv', cookie: `ci_session=${sid}`, server: 'Apache', size: 48211, respHeaders: ['Content-Type: text/csv; charset=UTF-8', `ETag: "${rng.hex(16)}"`], after: saving('/var/lib/vetsync/oakvale-claims.csv', 48211, t) }] } };
    }),
    2,
    plant('api-key-name', 'wget-debug-url-auth_key', 'error', `${WHY.apiKey('auth_key')} A second practice group's fee schedule export takes the key in the query: wget's debug output writes the URL on \`converted\`, the \`--date--\` line and the request line.`, ({ rng, t }) => {
      const key = rng.alnum(40);
      return { value: key, event: { runs: [{ url: `https://exports.harrowgate-vets.example/api/fees.csv?practice=${practice(rng)}&auth_key=${key}`, accept: 'text/csv', size: 9214, respHeaders: ['Content-Type: text/csv'], after: saving('/var/lib/vetsync/harrowgate-fees.csv', 9214, t) }] } };
    }),
    2,
    plant('negative', 'wget-debug-response-x-request-id', 'none', 'A response `X-Request-Id` (a UUID of the export service): no credential.', ({ rng, t }) => {
      const v = rng.uuid();
      return { value: v, event: { runs: [{ url: `https://exports.harrowgate-vets.example/api/practices.csv?updated_since=2027-05-17`, accept: 'text/csv', size: 3120, respHeaders: ['Content-Type: text/csv', `X-Request-Id: ${v}`], after: saving('/var/lib/vetsync/harrowgate-practices.csv', 3120, t) }] } };
    }),
    2,
    plant('implicit-fragment', 'wget-debug-location-access_token', 'error', "The teleconsult partner's legacy export sign-in answers with a 302 whose `Location` carries the implicit grant's `#access_token=`: wget's debug output writes the response header and `Location: … [following]`.", ({ rng }) => {
      const tok = `tc_${rng.alnum(40)}`;
      return { value: tok, event: { runs: [{ options: [['max-redirect', 'maxredirect', '0']], url: 'https://api.pawtalk.example/oauth/authorize?response_type=token&client_id=pawcover-sync&redirect_uri=https%3A%2F%2Fsync.pawcover.example%2Fcb', status: '302 Found', server: 'nginx', respHeaders: [`Location: https://sync.pawcover.example/cb#access_token=${tok}&token_type=bearer&expires_in=86400`], after: [`Location: https://sync.pawcover.example/cb#access_token=${tok}&token_type=bearer&expires_in=86400 [following]`, '0 redirections exceeded.'] }] } };
    }),
    1,
    plant('negative', 'wget-debug-response-etag', 'none', 'A response `ETag` (a hash of the file): no credential.', ({ rng, t }) => {
      const v = rng.hex(32);
      return { value: v, event: { runs: [{ url: 'https://exports.harrowgate-vets.example/api/treatments.csv', accept: 'text/csv', size: 20771, respHeaders: ['Content-Type: text/csv', `ETag: "${v}"`], after: saving('/var/lib/vetsync/harrowgate-treatments.csv', 20771, t) }] } };
    }),
    1,
    { raw: { lines: ['vet-sync: imported 3 files, 412 rows'] } },
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'sync01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// codebuild-pawcover-web-0b7e3c1a.log: an AWS CodeBuild build's log as the console's "View entire log" downloads it:
// the agent's lines `[Container] <yyyy/MM/dd HH:mm:ss.ffffff> <message>` (UTC, no zone: `Running command <command as
// written in the buildspec>`, `Entering phase …`, `Phase complete: … State: …`, `Phase context status code: …`) and the
// commands' output unprefixed. Variables of type SECRETS_MANAGER and PARAMETER_STORE are masked as `***` in the
// output, PLAINTEXT ones are not. https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html (not
// fetched; the agent's line shape read in public pages through search).

function codebuildLog(rng) {
  const ct = (ms) => `[Container] ${slashDt(ms)}.${pad(ms % 1000, 3)}${digits(rng, 3)}`;
  const render = (e) => {
    const out = [];
    let i = 0;
    for (const l of e.lines) {
      if (Array.isArray(l)) out.push(`${ct(e.t + i++ * 37)} ${l[0]}`);
      else out.push(l);
    }
    return out;
  };
  const src = `/codebuild/output/src${digits(rng, 9)}/src/github.com/pawcover/web`;
  const filler = (rng) => ({ lines: rng.pick([
    [`> pawcover-web@3.18.0 build`, '> next build', '', `   ▲ Next.js 15.3.2`, '', ' ✓ Compiled successfully', ` ✓ Generating static pages (${rng.int(40, 90)}/${rng.int(90, 99)})`],
    [`added ${rng.int(900, 1400)} packages, and audited ${rng.int(1400, 1500)} packages in ${rng.int(20, 60)}s`, '', `${rng.int(180, 240)} packages are looking for funding`, '  run `npm fund` for details', '', 'found 0 vulnerabilities'],
    [` PASS  src/quote/${rng.pick(['price', 'excess', 'breeds'])}.test.ts (${rng.int(2, 9)}.${digits(rng, 3)} s)`],
  ]) });
  const buildId = rng.uuid();
  const sha = rng.hex(40);
  const steps = [
    { raw: { lines: [['Running on CodeBuild On-demand'], ['Waiting for agent ping'], ['Waiting for DOWNLOAD_SOURCE'], ['Phase is DOWNLOAD_SOURCE'], [`CODEBUILD_SRC_DIR=${src}`], [`YAML location is ${src}/buildspec.yml`], ['Setting HTTP client timeout to higher timeout for Github and GitHub Enterprise sources'], ['Processing environment variables'], ["Selecting 'nodejs' runtime version '22' based on manual selections..."], ['Running command echo "Installing Node.js version 22 ..."'], 'Installing Node.js version 22 ...', [`Moving to directory ${src}`], ['Unable to initialize cache download: no paths specified to be cached'], [`Configuring ssm agent with target id: codebuild:${buildId}`], ['Successfully updated ssm agent configuration'], ['Registering with agent'], ['Phases found in YAML: 4'], [' INSTALL: 3 commands'], [' PRE_BUILD: 3 commands'], [' BUILD: 2 commands'], [' POST_BUILD: 1 commands'], ['Phase complete: DOWNLOAD_SOURCE State: SUCCEEDED'], ['Phase context status code:  Message: '], ['Entering phase INSTALL']] } },
    plant('api-key-name', 'codebuild-running-command-npm-_authToken', 'error', `${WHY.apiKey('_authToken')} The buildspec sets the GitHub Packages registry's \`_authToken\` with a literal personal access token (\`ghp_…\`), and CodeBuild writes the command as written.`, ({ rng }) => {
      const tok = githubToken('ghp_', rng.alnum(30));
      return { value: tok, event: { lines: [[`Running command npm config set //npm.pkg.github.com/:_authToken ${tok}`]] } };
    }),
    plant('encoded', 'codebuild-output-npmrc-_auth-base64', 'error', "A debugging `cat .npmrc` prints the Nexus registry's `_auth=` (npm's legacy setting: base64 of `user:password`), the password one decoding away.", ({ rng }) => {
      const b64 = b64Of(`ci-pawcover:${rng.alnum(18)}`);
      return { value: b64, event: { lines: [['Running command cat .npmrc'], '@pawcover:registry=https://npm.pkg.github.com', 'registry=https://nexus.pawcover.example/repository/npm-group/', `//nexus.pawcover.example/repository/npm-group/:_auth=${b64}`, 'always-auth=true'] } };
    }),
    { raw: { lines: [['Running command npm ci']] } },
    1,
    { raw: { lines: [['Phase complete: INSTALL State: SUCCEEDED'], ['Phase context status code:  Message: '], ['Entering phase PRE_BUILD'], ['Running command printenv | sort']] }, after: 1 },
    plant('api-key-name', 'codebuild-printenv-plaintext-GETADDRESS_API_KEY', 'error', "The buildspec's debugging `printenv | sort` writes every environment variable: the postcode lookup's `GETADDRESS_API_KEY`, a PLAINTEXT variable of the project, is not masked.", ({ rng }) => {
      const key = `${rng.alnum(22)}${digits(rng, 5)}`;
      const rt = `${rng.hex(8)}-${rng.b64url(43)}`;
      return { value: key, marks: [
        { value: sha, category: 'negative', kind: 'codebuild-printenv-resolved-source-version', expect: 'none', why: "`CODEBUILD_RESOLVED_SOURCE_VERSION` is the commit built (a git SHA-1): no credential." },
        { value: key },
        { value: '***', needle: 'SENTRY_AUTH_TOKEN=***', category: 'negative', kind: 'codebuild-printenv-secrets-manager-masked', expect: 'none', why: "`SENTRY_AUTH_TOKEN=***`: a SECRETS_MANAGER variable CodeBuild masks in the build's output (no value on the line)." },
        { value: rt, category: 'refresh-token', kind: 'codebuild-printenv-plaintext-XERO_REFRESH_TOKEN', expect: 'error', why: `${WHY.refresh} The accounting integration's \`XERO_REFRESH_TOKEN\` is a PLAINTEXT variable of the build project, so \`printenv\` writes it unmasked.` },
      ], event: { lines: ['AWS_DEFAULT_REGION=eu-west-2', 'AWS_REGION=eu-west-2', `CODEBUILD_BUILD_ARN=arn:aws:codebuild:eu-west-2:${digits(rng, 12)}:build/pawcover-web:${buildId}`, `CODEBUILD_BUILD_ID=pawcover-web:${buildId}`, `CODEBUILD_BUILD_NUMBER=${rng.int(800, 990)}`, 'CODEBUILD_INITIATOR=GitHub-Hookshot/8b1f2c4', `CODEBUILD_RESOLVED_SOURCE_VERSION=${sha}`, `CODEBUILD_SRC_DIR=${src}`, `GETADDRESS_API_KEY=${key}`, 'HOME=/root', 'NEXT_PUBLIC_SITE_URL=https://www.pawcover.example', 'NODE_ENV=production', 'PATH=/usr/local/bin:/usr/bin:/bin:/codebuild/user/bin', 'SENTRY_AUTH_TOKEN=***', 'SENTRY_ORG=pawcover', `XERO_REFRESH_TOKEN=${rt}`] } };
    }),
    { raw: { lines: [['Running command npm run lint && npm test -- --ci']] } },
    2,
    { raw: { lines: [['Phase complete: PRE_BUILD State: SUCCEEDED'], ['Phase context status code:  Message: '], ['Entering phase BUILD'], ['Running command npm run build']] } },
    1,
    { raw: { lines: [['Running command aws s3 sync out/ s3://pawcover-web-prod/ --delete --only-show-errors'], ['Phase complete: BUILD State: SUCCEEDED'], ['Phase context status code:  Message: '], ['Entering phase POST_BUILD']] } },
    plant('webhook', 'codebuild-running-command-slack-workflow-trigger', 'error', WHY.webhook("A Slack Workflow Builder trigger URL `https://hooks.slack.com/triggers/<team>/<id>/<secret>` called with curl from the buildspec's POST_BUILD phase, written by CodeBuild's `Running command` line"), ({ rng }) => {
      const secret = rng.hex(32);
      return { value: secret, event: { lines: [[`Running command curl -sS -X POST -H 'Content-Type: application/json' -d "{\\"build\\":\\"$CODEBUILD_BUILD_NUMBER\\",\\"commit\\":\\"$CODEBUILD_RESOLVED_SOURCE_VERSION\\"}" https://hooks.slack.com/triggers/T${upperNum(rng, 10)}/${digits(rng, 13)}/${secret}`], '{"ok":true}'] } };
    }),
    { raw: { lines: [['Phase complete: POST_BUILD State: SUCCEEDED'], ['Phase context status code:  Message: '], ['Entering phase UPLOAD_ARTIFACTS'], ['Phase complete: UPLOAD_ARTIFACTS State: SUCCEEDED'], ['Phase context status code:  Message: ']] } },
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR + 2 * MIN, site: { host: 'codebuild' }, filler, render, steps });
}

// =====================================================================================================================
// Chatár (Slovak; Poprad: CEST, UTC+2, in May)
// =====================================================================================================================

const CEST = 120;
const CH = 'chatar.example';
const CH_WWW = `www.${CH}`;
const CH_API = `api.${CH}`;
const CH_ADMIN = `sprava.${CH}`;
const CHATY = ['Téryho chata', 'Zamkovského chata', 'Chata pod Rysmi', 'Chata pri Zelenom plese', 'Brnčalova chata', 'Chata pri Popradskom plese'];
const CHATY_SLUG = ['teryho-chata', 'zamkovskeho-chata', 'chata-pod-rysmi', 'chata-pri-zelenom-plese', 'brncalova-chata', 'chata-pri-popradskom-plese'];
const rezervacia = (rng) => `R-2027-${digits(rng, 5)}`;

// ---------------------------------------------------------------------------------------------------------------------
// fastly-chatar-2027-05-19T07.log: a Fastly service's SFTP log endpoint with the classic line format (`<134><ISO time
// UTC>Z <cache node> <endpoint name>[<pid>]: <message>`) and the NCSA combined format of Fastly's version 2 log format
// strings (`%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-agent}i"`, `%t` in UTC with `+0000`).
// https://www.fastly.com/documentation/guides/integrations/streaming-logs/changing-log-line-formats and
// https://www.fastly.com/documentation/guides/integrations/streaming-logs/useful-log-formats (read through search; the
// classic prefix's shape read in a public Fluent Bit parser for it).

function fastlyLog(rng) {
  const node = () => `cache-${rng.pick(['vie6341', 'vie6352', 'fra-eddf8230077', 'bud-lhbp1930031'])}`;
  const render = (e, rng) => [`<134>${iso(e.t).slice(0, 19)}Z ${node()} chatar-sftp[${rng.int(100000, 999999)}]: ${e.ip} - - [${clf(e.t)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/2" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/chaty/${rng.pick(CHATY_SLUG)}`, referer: `https://${CH_WWW}/` }),
      () => ({ path: '/api/dostupnost', query: `chata=${rng.pick(CHATY_SLUG)}&od=2027-07-${pad(rng.int(1, 28))}&noci=${rng.int(1, 4)}`, referer: `https://${CH_WWW}/chaty/${rng.pick(CHATY_SLUG)}` }),
      () => ({ path: `/assets/img/${rng.pick(CHATY_SLUG)}-${rng.int(1, 6)}.webp`, referer: `https://${CH_WWW}/` }),
      () => ({ path: '/rezervacia/krok-2', method: 'POST', status: 303, referer: `https://${CH_WWW}/rezervacia/krok-1` }),
    ])();
  const steps = [
    3,
    plant('negative', 'fastly-css-cache-buster-v', 'none', 'A `?v=` cache buster on a stylesheet (the build\'s hash): no credential.', ({ rng }) => {
      const v = rng.hex(10);
      return { value: v, event: { path: '/assets/css/hlavny.css', query: `v=${v}`, referer: `https://${CH_WWW}/` } };
    }),
    3,
    plant('oauth-code', 'fastly-request-line-apple-code', 'warning', `${WHY.code} Sign in with Apple (no name or e-mail scope, so \`response_mode=query\`) returns to \`/prihlasenie/navrat\`; Fastly's combined line writes the request line with Apple's code.`, ({ rng }) => {
      const code = `c${rng.hex(32)}.0.${rng.lowerNum(4)}.${rng.b64url(22)}`;
      return { value: code, event: { path: '/prihlasenie/navrat', query: `code=${code}&state=${rng.hex(32)}`, status: 302, referer: 'https://appleid.apple.com/', ua: BROWSERS[2] } };
    }),
    3,
    plant('path-secret', 'fastly-request-line-heslo-obnova', 'error', WHY.pathSecret('A password reset link `/heslo/obnova/<token>` in the request line Fastly writes'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { path: `/heslo/obnova/${tok}`, referer: '-', ua: BROWSERS[4] } };
    }),
    3,
    plant('embed-jwt', 'fastly-request-line-vlozit-obsadenost-no-exp', 'error', "A tourism portal embeds the huts' occupancy widget `/vlozit/obsadenost/<JWT>`: the token has no `exp`, so the embed link works for as long as its key does (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: 86400 * rng.int(20, 120), claims: { partner: 'vysoketatry-info', chaty: ['teryho-chata', 'zamkovskeho-chata'], view: 'obsadenost' } });
      return { value: token, jwt: facts, event: { path: `/vlozit/obsadenost/${token}`, referer: 'https://www.vysoketatry-info.example/chaty', ua: BROWSERS[3] } };
    }),
    3,
    plant('encoded', 'fastly-request-line-r-base64url-target-kluc', 'error', "A newsletter's click-through `/r/<base64url of the target URL>`: decoded, the target is a partner availability API URL with the partner's `kluc=` (key), one decoding away.", ({ rng }) => {
      const seg = b64urlOf(`https://partner.horskesluzby.example/api/v2/dostupnost?kluc=${rng.alnum(32)}&chata=teryho-chata&zdroj=newsletter`);
      return { value: seg, event: { path: `/r/${seg}`, status: 302, referer: '-', ua: BROWSERS[1] } };
    }),
    3,
    plant('id-token', 'fastly-request-line-odhlasenie-id_token_hint-expired', 'note', "An `id_token_hint` on the sign-out route `/odhlasenie`, sent from a tab left open for three days: the ID token had already expired, so it no longer proves the sign-in (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3 * 86400 + rng.int(600, 7200), alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://id.${CH}/realms/chatar`, aud: 'chatar-web', sub: rng.uuid(), email: 'martina.hudakova@mail.example' } });
      return { value: token, jwt: facts, event: { path: '/odhlasenie', query: `id_token_hint=${token}&post_logout_redirect_uri=${encodeURIComponent(`https://${CH_WWW}/`)}`, status: 302, referer: `https://${CH_WWW}/moj-ucet`, ua: BROWSERS[0] } };
    }),
    3,
    plant('negative', 'fastly-asset-content-hash', 'none', "A built script's content hash in its name (`/assets/js/app.<hash>.js`): no credential.", ({ rng }) => {
      const h = rng.hex(16);
      return { value: h, event: { path: `/assets/js/app.${h}.js`, referer: `https://${CH_WWW}/` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 5 * HOUR, site: { host: CH_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// chatar-api.log: a NestJS 10 service's stdout with the default ConsoleLogger and `NO_COLOR=1`: `[Nest] <pid>  - <date
// and time as toLocaleString() of en-US writes them, local time without a zone>  <LEVEL padded to 7> [<context>]
// <message> +<ms since the previous line>ms`; an object is written as `Object:` and `JSON.stringify(value, null, 2)` on
// the following lines, the `+Nms` on a line of its own after it. https://docs.nestjs.com/techniques/logger (not
// fetched); packages/common/services/console-logger.service.ts's formatMessage and stringifyMessage as the helper knows
// them (Nest 10).

function nestLog(rng) {
  const pid = 27;
  let last = null;
  const stamp = (ms) => {
    const d = local(ms, CEST);
    const h = Number(d.slice(11, 13));
    return `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}, ${h % 12 === 0 ? 12 : h % 12}:${d.slice(14, 19)} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const one = (ms, level, ctx, msg) => {
    const diff = last === null ? '' : ` +${Math.max(0, ms - last)}ms`;
    last = ms;
    const head = `[Nest] ${pid}  - ${stamp(ms)} ${level.toUpperCase().padStart(7)} [${ctx}] `;
    if (typeof msg === 'object') return [`${head}Object:`, ...JSON.stringify(msg, null, 2).split('\n'), diff];
    return [`${head}${msg}${diff}`];
  };
  const render = (e) => e.lines.flatMap(([level, ctx, msg], i) => one(e.t + i * 3, level, ctx, msg));
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [['log', 'RezervacieService', `Rezervácia ${rezervacia(rng)} potvrdená (${rng.pick(CHATY)}, ${rng.int(1, 4)} noci, ${rng.int(1, 6)} osoby)`]] }),
      () => ({ lines: [['log', 'DostupnostService', `Dostupnosť prepočítaná pre ${rng.pick(CHATY)}: ${rng.int(0, 24)} voľných lôžok na ${rng.int(1, 30)}.7.`]] }),
      () => ({ lines: [['warn', 'PocasieService', `Predpoveď z SHMÚ nedostupná (timeout ${rng.int(3, 9)} s), použijem poslednú známu`]] }),
      () => ({ lines: [['log', 'PlatbyService', `Platba prijatá pre ${rezervacia(rng)}: ${rng.int(40, 420)},00 EUR`]] }),
    ])();
  const steps = [
    { raw: { lines: [['log', 'NestFactory', 'Starting Nest application...'], ['log', 'InstanceLoader', 'AppModule dependencies initialized'], ['log', 'InstanceLoader', 'ConfigModule dependencies initialized'], ['log', 'RoutesResolver', 'RezervacieController {/rezervacie}:'], ['log', 'RouterExplorer', 'Mapped {/rezervacie, GET} route'], ['log', 'RouterExplorer', 'Mapped {/rezervacie/:id, GET} route'], ['log', 'RouterExplorer', 'Mapped {/rezervacie, POST} route'], ['log', 'RoutesResolver', 'PubSubPushController {/pubsub}:'], ['log', 'RouterExplorer', 'Mapped {/pubsub/platby, POST} route'], ['log', 'NestApplication', 'Nest application successfully started']] } },
    3,
    plant('negative', 'nest-log-idempotency_key', 'none', "An `idempotency_key` (a UUID the booking page sends with each payment) on a payment line: no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { lines: [['log', 'PlatbyService', `Platba založená pre ${rezervacia(rng)}, idempotency_key=${v}`]] } };
    }),
    3,
    plant('framework-dump', 'nest-logger-object-registracia-heslo', 'error', "The registration controller logs the rejected DTO at DEBUG: Nest writes the object as pretty-printed JSON, the new account's `heslo` (password) on a line of its own.", ({ rng }) => {
      const pw = `${rng.alnum(11)}${digits(rng, 2)}`;
      return { value: pw, event: { lines: [['warn', 'RegistraciaController', 'Registrácia zamietnutá: telefón nie je v tvare +421…'], ['debug', 'RegistraciaController', { meno: 'Zuzana', priezvisko: 'Kollárová', email: 'zuzka.kollarova@mail.example', telefon: '0905 123 456', heslo: pw, suhlasGdpr: true }]] } };
    }),
    3,
    plant('encoded', 'nest-logger-object-pubsub-push-data-base64', 'error', "A Pub/Sub push envelope logged as an object: its `message.data` is base64 of the payment gateway's event JSON, which carries the merchant's `api_token`, one decoding away.", ({ rng, t }) => {
      const data = b64Of(JSON.stringify({ typ: 'platba.prijata', rezervacia: rezervacia(rng), suma: '186.00', mena: 'EUR', api_token: `gp_live_${rng.alnum(32)}` }));
      return { value: data, event: { lines: [['debug', 'PubSubPushController', { message: { attributes: { zdroj: 'platobna-brana' }, data, messageId: digits(rng, 17), publishTime: iso(t - rng.int(200, 900)) }, subscription: 'projects/chatar-prod/subscriptions/platby-push' }]] } };
    }),
    3,
    plant('webhook', 'nest-warn-n8n-webhook-url', 'error', WHY.webhook("An n8n production webhook `/webhook/<uuid>` (whoever posts to it starts the staff notification workflow) in a WARN line about its 502"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { lines: [['warn', 'NotifikacieService', `n8n webhook vrátil 502, opakujem o 30 s: https://automatizacia.${CH}/webhook/${id}`]] } };
    }),
    3,
    plant('session-id', 'nest-debug-connect-redis-sess-key', 'error', WHY.session("An express-session id as connect-redis' key `sess:<id>` in a DEBUG line of the session store (the cookie `chatar.sid` carries it signed)"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { lines: [['debug', 'RelaciaStore', `Relácia obnovená z Redis: sess:${sid} (ttl 86400 s, používateľ 48213)`]] } };
    }),
    3,
    plant('path-secret', 'nest-log-dev-mail-transport-pozvanka', 'error', WHY.pathSecret("A hut staff invitation link `/pozvanka/<token>`, printed because the mail module's development transport stayed on in production"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { lines: [['log', 'MailService', `[dev-transport] Pozvánka pre chatar.zelene.pleso@mail.example: https://${CH_ADMIN}/pozvanka/${tok}`]] } };
    }),
    3,
    plant('negative', 'nest-debug-cache-etag', 'none', 'A weak `ETag` of a cached availability response: no credential.', ({ rng }) => {
      const v = rng.hex(27);
      return { value: v, event: { lines: [['debug', 'CacheService', `Dostupnosť z cache (etag W/"${v}"), vek 42 s`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 6 * HOUR, site: { host: CH_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// puppeteer-smoke.log: the nightly smoke test of the booking site with Puppeteer 24 and `DEBUG=puppeteer:*`, stderr
// redirected to a file: the debug package then prefixes each line with an ISO time in UTC and the namespace
// (`<ISO time>Z puppeteer:protocol:SEND ► <CDP message JSON>` / `puppeteer:protocol:RECV ◀ …`), each message one JSON
// line with `method`, `params`, `id` and `sessionId`. https://pptr.dev/guides/debugging (not fetched); the `SEND ►` /
// `RECV ◀` lines read in public issues of puppeteer/puppeteer through search; CDP methods per
// https://chromedevtools.github.io/devtools-protocol/ (from memory).

function puppeteerLog(rng) {
  const session = rng.hex(32).toUpperCase();
  const frame = rng.hex(32).toUpperCase();
  let id = 40;
  const render = (e) => e.msgs.map(([dir, msg], i) => {
    // A command gets the next id; its result (RECV) repeats that id; events carry only the session.
    const out = dir === 'SEND' ? { ...msg, id: ++id, sessionId: session } : dir === 'RESULT' ? { id, result: msg.result, sessionId: session } : { ...msg, sessionId: session };
    return `${iso(e.t + i * 4)} puppeteer:protocol:${dir === 'SEND' ? 'SEND ►' : 'RECV ◀'} ${JSON.stringify(out)}`;
  });
  const nav = (url, loader) => [
    ['SEND', { method: 'Page.navigate', params: { url, frameId: frame } }],
    ['RESULT', { result: { frameId: frame, loaderId: loader } }],
    ['RECV', { method: 'Page.frameStartedLoading', params: { frameId: frame } }],
  ];
  const navigated = (url, loader) => ['RECV', { method: 'Page.frameNavigated', params: { frame: { id: frame, loaderId: loader, url, domainAndRegistry: 'chatar.example', securityOrigin: `https://${CH_WWW}`, mimeType: 'text/html', adFrameStatus: { adFrameType: 'none' }, secureContextType: 'Secure', crossOriginIsolatedContextType: 'NotIsolated', gatedAPIFeatures: [] }, type: 'Navigation' } }];
  const evaluate = (expression, value) => [
    ['SEND', { method: 'Runtime.callFunctionOn', params: { functionDeclaration: `() => ${expression}`, executionContextId: 3, arguments: [], returnByValue: true, awaitPromise: true, userGesture: true } }],
    ['RESULT', { result: { result: { type: 'string', value } } }],
  ];
  const filler = (rng) => {
    const loader = rng.hex(32).toUpperCase();
    const url = `https://${CH_WWW}/chaty/${rng.pick(CHATY_SLUG)}`;
    return { msgs: [...nav(url, loader), navigated(url, loader), ['RECV', { method: 'Page.lifecycleEvent', params: { frameId: frame, loaderId: loader, name: 'DOMContentLoaded', timestamp: Number(`${rng.int(80000, 90000)}.${digits(rng, 6)}`) } }], ...evaluate("document.querySelector('h1').textContent", rng.pick(CHATY))] };
  };
  const steps = [
    { raw: { msgs: [['SEND', { method: 'Target.setAutoAttach', params: { autoAttach: true, waitForDebuggerOnStart: true, flatten: true } }], ['SEND', { method: 'Network.enable', params: {} }], ['SEND', { method: 'Page.enable', params: {} }]] } },
    plant('header-dump', 'puppeteer-send-network-setextrahttpheaders-bearer-jwt', 'error', "The smoke test calls `page.setExtraHTTPHeaders` with the test account's `Authorization: Bearer <JWT>`: Puppeteer's protocol log writes the CDP message `Network.setExtraHTTPHeaders` whole.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 8 * 3600, age: rng.int(30, 300), alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://id.${CH}/realms/chatar`, aud: 'chatar-api', sub: rng.uuid(), azp: 'smoke-test', scope: 'rezervacie' } });
      return { value: token, jwt: facts, event: { msgs: [['SEND', { method: 'Network.setExtraHTTPHeaders', params: { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'sk-SK' } } }], ['RESULT', { result: {} }]] } };
    }),
    2,
    plant('negative', 'puppeteer-recv-frame-navigated-loaderid', 'none', "A CDP `loaderId` (Chrome's id of one navigation, 32 hex characters) in `Page.navigate`'s result and `Page.frameNavigated`: no credential.", ({ rng }) => {
      const loader = rng.hex(32).toUpperCase();
      const url = `https://${CH_WWW}/rezervacia/krok-1?chata=teryho-chata`;
      return { value: loader, event: { msgs: [...nav(url, loader), navigated(url, loader)] } };
    }),
    2,
    plant('path-secret', 'puppeteer-send-page-navigate-overenie-emailu', 'error', WHY.pathSecret("An e-mail verification link `/overenie-emailu/<token>` the smoke test takes from the test mailbox and opens: `Page.navigate` and `Page.frameNavigated` write it"), ({ rng }) => {
      const tok = rng.b64url(40);
      const loader = rng.hex(32).toUpperCase();
      const url = `https://${CH_WWW}/overenie-emailu/${tok}`;
      return { value: tok, event: { msgs: [...nav(url, loader), navigated(url, loader)] } };
    }),
    2,
    plant('implicit-fragment', 'puppeteer-recv-navigated-within-document-access_token', 'error', "The partner ski pass shop's implicit grant ends on the booking site's account page with `#access_token=<token>`: CDP's `Page.navigatedWithinDocument` event carries the whole URL, fragment included.", ({ rng }) => {
      const tok = `sp_${rng.alnum(40)}`;
      return { value: tok, event: { msgs: [['RECV', { method: 'Page.navigatedWithinDocument', params: { frameId: frame, url: `https://${CH_WWW}/moj-ucet/skipas#access_token=${tok}&token_type=Bearer&expires_in=3600`, navigationType: 'fragment' } }]] } };
    }),
    2,
    plant('id-token', 'puppeteer-recv-runtime-result-sessionstorage-id_token', 'error', "The smoke test reads `sessionStorage.getItem('id_token')` to check the sign-in: the result of `Runtime.callFunctionOn` is the ID token itself.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 60), alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://id.${CH}/realms/chatar`, aud: 'chatar-web', sub: rng.uuid(), email: 'smoke-test@chatar.example', nonce: rng.b64url(22) } });
      return { value: token, jwt: facts, event: { msgs: evaluate("sessionStorage.getItem('id_token')", token) } };
    }),
    2,
    plant('encoded', 'puppeteer-send-fetch-fulfillrequest-base64-body', 'error', "The test mocks `/api/konfiguracia` with `request.respond()`: Puppeteer sends `Fetch.fulfillRequest` with the body in base64, and the mocked JSON holds the production map tiles key (`mapy_kluc`), one decoding away.", ({ rng }) => {
      const body = b64Of(JSON.stringify({ mapy_kluc: `mk_${rng.alnum(36)}`, jazyk: 'sk', mena: 'EUR' }));
      const requestId = `interception-job-${rng.int(10, 40)}.0`;
      return { value: body, event: { msgs: [['RECV', { method: 'Fetch.requestPaused', params: { requestId, request: { url: `https://${CH_API}/api/konfiguracia`, method: 'GET', headers: { Accept: 'application/json' } }, frameId: frame, resourceType: 'Fetch' } }], ['SEND', { method: 'Fetch.fulfillRequest', params: { requestId, responseCode: 200, responseHeaders: [{ name: 'Content-Type', value: 'application/json' }], body } }]] } };
    }),
    2,
    plant('negative', 'puppeteer-recv-runtime-result-csrf-token', 'none', "The test reads the page's `meta[name=csrf-token]` before posting the booking form: a CSRF token (bound to the session, no credential by itself).", ({ rng }) => {
      const v = rng.b64url(43);
      return { value: v, event: { msgs: evaluate("document.querySelector('meta[name=csrf-token]').content", v) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 3 * HOUR, site: { host: CH_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ngrep-platby.txt: `ngrep -t -W byline -d ens5 '' 'tcp port 8080 or tcp port 3128 or tcp port 25'` on the booking
// back end's host, run by an administrator chasing lost payment notifications: the `interface:` and `filter:` header,
// then per packet with a payload a blank line, `T <yyyy/MM/dd HH:mm:ss.ffffff> <src>:<port> -> <dst>:<port> [<flags>]
// #<n>` (local time, no zone) and the payload split at line feeds, each carriage return shown as `.`; `#` marks packets
// without a payload. https://manpages.ubuntu.com/manpages/noble/man8/ngrep.8.html (read through search); the packet
// header's layout from memory of ngrep 1.47 output.

function ngrepLog(rng) {
  let n = 3;
  const ts = (ms) => `${local(ms, CEST).slice(0, 23).replace('T', ' ').replace(/-/g, '/')}${digits(rng, 3)}`;
  const render = (e) => {
    const out = [];
    e.packets.forEach(([src, dst, payload], i) => {
      n += 1 + (i === 0 ? 0 : 1);
      out.push(i === 0 ? '' : '#', `T ${ts(e.t + i * 9)} ${src} -> ${dst} [AP] #${n}`);
      out.push(...payload.split('\n').map((l) => l.replace(/\r$/, '.')));
    });
    out.push('##');
    return out;
  };
  const http = (start, headers, body = '') => `${start}\r\n${headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`;
  const APP = '10.20.0.14';
  const PMS = '10.20.0.31:8080';
  const eph = () => `${APP}:${rng.int(40000, 60999)}`;
  const filler = (rng) => {
    const c = eph();
    const body = JSON.stringify({ chata: rng.pick(CHATY_SLUG), od: `2027-07-${pad(rng.int(1, 28))}`, noci: rng.int(1, 4) });
    const answer = `{"volne_lozka":${rng.int(0, 24)},"cena":"${rng.int(30, 60)}.00"}`;
    return { packets: [[c, PMS, http('POST /pms/dostupnost HTTP/1.1', [['Host', '10.20.0.31:8080'], ['Content-Type', 'application/json'], ['Content-Length', String(body.length)]], body)], [PMS, c, http('HTTP/1.1 200 OK', [['Content-Type', 'application/json'], ['Content-Length', String(answer.length)]], answer)]] };
  };
  const steps = [
    plant('negative', 'ngrep-response-x-request-id', 'none', 'An `X-Request-Id` response header (a UUID of the property system): no credential.', ({ rng }) => {
      const v = rng.uuid();
      const c = eph();
      return { value: v, event: { packets: [[c, PMS, http('GET /pms/rezervacie?stav=nova HTTP/1.1', [['Host', '10.20.0.31:8080'], ['Accept', 'application/json']])], [PMS, c, http('HTTP/1.1 200 OK', [['Content-Type', 'application/json'], ['X-Request-Id', v], ['Content-Length', '2']], '[]')]] } };
    }),
    2,
    plant('framework-dump', 'ngrep-http-body-json-heslo', 'error', "The back end signs in to the hut property system over plain HTTP inside the VPC: ngrep writes the JSON body with the service account's `heslo` (password).", ({ rng }) => {
      const pw = `${rng.alnum(14)}${digits(rng, 2)}`;
      const body = JSON.stringify({ pouzivatel: 'rezervacny-system', heslo: pw });
      const c = eph();
      return { value: pw, event: { packets: [[c, PMS, http('POST /pms/prihlasenie HTTP/1.1', [['Host', '10.20.0.31:8080'], ['Content-Type', 'application/json'], ['Content-Length', String(body.length)]], body)], [PMS, c, http('HTTP/1.1 204 No Content', [['Set-Cookie', 'pms_lang=sk; Path=/']])]] } };
    }),
    2,
    plant('refresh-token', 'ngrep-http-response-body-refresh_token', 'error', `${WHY.refresh} The internal token service answers over plain HTTP: ngrep writes the response body with the \`refresh_token\`.`, ({ rng }) => {
      const rt = rng.b64url(48);
      const body = JSON.stringify({ access_token: rng.b64url(32), token_type: 'Bearer', expires_in: 300, refresh_token: rt });
      const c = eph();
      return { value: rt, event: { packets: [[c, '10.20.0.40:8080', http('POST /tokeny/novy HTTP/1.1', [['Host', 'tokeny.chatar.internal:8080'], ['Content-Type', 'application/x-www-form-urlencoded'], ['Content-Length', '44']], 'grant_type=client_credentials&scope=platby')], ['10.20.0.40:8080', c, http('HTTP/1.1 200 OK', [['Content-Type', 'application/json'], ['Content-Length', String(body.length)]], body)]] } };
    }),
    2,
    plant('header-dump', 'ngrep-connect-proxy-authorization-basic', 'error', "The payment notifications leave through the office Squid on port 3128: the `CONNECT` request is plain text, so ngrep writes its `Proxy-Authorization: Basic <base64 of user:password>`.", ({ rng }) => {
      const b64 = b64Of(`rezervacie:${rng.alnum(16)}`);
      const c = eph();
      return { value: b64, event: { packets: [[c, '10.20.0.2:3128', http('CONNECT api.platobnabrana.example:443 HTTP/1.1', [['Host', 'api.platobnabrana.example:443'], ['Proxy-Authorization', `Basic ${b64}`], ['User-Agent', 'axios/1.13.4']])], ['10.20.0.2:3128', c, 'HTTP/1.1 200 Connection established\r\n\r\n']] } };
    }),
    2,
    plant('session-id', 'ngrep-http-cookie-chatar_relacia', 'error', WHY.session("The admin app's `chatar_relacia` cookie in a request to the property system's web console over plain HTTP, as ngrep writes it"), ({ rng }) => {
      const sid = rng.b64url(32);
      const c = '10.20.0.77:51234';
      return { value: sid, event: { packets: [[c, PMS, http('GET /pms/konzola/prehlad HTTP/1.1', [['Host', '10.20.0.31:8080'], ['User-Agent', BROWSERS[0]], ['Accept', 'text/html'], ['Cookie', `chatar_relacia=${sid}; pms_lang=sk`]])], [PMS, c, http('HTTP/1.1 200 OK', [['Content-Type', 'text/html; charset=utf-8'], ['Content-Length', '18211']])]] } };
    }),
    2,
    plant('encoded', 'ngrep-smtp-quoted-printable-reset-link-kod', 'error', "A password reset e-mail handed to the local relay on port 25: its body is quoted-printable, so the link reads `…/heslo/obnova?kod=3D<code>` (`=3D` for `=`); the code is one decoding away from a working link.", ({ rng }) => {
      const code = rng.b64url(28);
      return { value: code, event: { packets: [[eph(), '10.20.0.25:25', ['From: Chatar <noreply@chatar.example>', 'To: peter.sloboda@mail.example', 'Subject: =?UTF-8?Q?Obnova_hesla?=', `Message-ID: <${rng.hex(24)}@chatar.example>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: quoted-printable', '', 'Dobr=C3=BD de=C5=88,', '', 'heslo si obnov=C3=ADte na tejto adrese (platn=C3=A1 1 hodinu):', `https://chatar.example/heslo/obnova?kod=3D${code}`, '', '.', ''].join('\r\n')]] } };
    }),
    2,
    plant('negative', 'ngrep-smtp-message-id', 'none', "An e-mail's `Message-ID` (a random id at the sender's domain): no credential.", ({ rng }) => {
      const v = rng.hex(24);
      return { value: v, event: { packets: [[eph(), '10.20.0.25:25', ['From: Chatar <noreply@chatar.example>', 'To: rezervacie@chatar.example', `Subject: =?UTF-8?Q?Nov=C3=A1_rezerv=C3=A1cia_${rezervacia(rng)}?=`, `Message-ID: <${v}@chatar.example>`, 'Content-Type: text/plain; charset=UTF-8', '', 'Nov=C3=A1 rezerv=C3=A1cia bola potvrden=C3=A1.', '', '.', ''].join('\r\n')]] } };
    }),
    2,
  ];
  const header = ['interface: ens5 (10.20.0.0/255.255.255.0)', 'filter: ( tcp port 8080 or tcp port 3128 or tcp port 25 ) and ((ip || ip6) || (vlan && (ip || ip6)))', '####'];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 7 * HOUR, site: { host: 'booking' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// verified-access-sprava-2027-05-19.log: AWS Verified Access logs (log version ocsf-1.0.0-rc.2) of the instance in
// front of the staff administration app, delivered to S3 and joined one record a line: `activity_name`, `actor`
// (authorizations, idp, user), `category_*`, `class_*`, `device`, `duration`, `end_time`, `time` (epoch ms),
// `http_request` (`http_method`, `url` with `hostname`, `path`, `port`, `scheme`, `text`, `user_agent`, `version`),
// `http_response`, `metadata` (`uid`, `logged_time`, `version`, `product`), `ref_time`, `proxy`, `severity*`,
// `src_endpoint`, `start_time`, `status*`, `type_*`. Only the path is kept of a URL.
// https://docs.aws.amazon.com/verified-access/latest/ug/ocsfv1-examples.html (read through search).

function verifiedAccessLog(rng) {
  const render = (e) => {
    const rec = {
      activity_name: e.status === 403 ? 'Access Deny' : 'Access Grant',
      activity_id: e.status === 403 ? '2' : '1',
      actor: { authorizations: [{ decision: e.status === 403 ? 'Deny' : 'Allow', policy: { name: 'inline' } }], idp: { name: 'user', uid: 'vatp-0c41e7a9d2b58f316' }, invoked_by: '', process: {}, user: { email_addr: e.user, name: e.user.split('@')[0], uid: e.user, uuid: e.userUuid ?? '00u9kq2xw1RtA7bC4d5e' }, session: {} },
      category_name: 'Audit Activity',
      category_uid: '3',
      class_name: 'Access Activity',
      class_uid: '3006',
      device: { ip: e.ip, type: 'Unknown', type_id: 0 },
      duration: (e.ms / 1000).toFixed(3),
      end_time: String(e.t + e.ms),
      time: String(e.t + e.ms),
      http_request: { http_method: e.method, url: { hostname: CH_ADMIN, path: e.path, port: 443, scheme: 'https', text: `https://${CH_ADMIN}:443${e.path}` }, user_agent: e.ua, version: 'HTTP/1.1' },
      http_response: { code: e.status },
      message: '',
      metadata: { uid: e.traceId ?? `Root=1-${Math.floor(e.t / 1000).toString(16)}-${rng.hex(24)}`, logged_time: e.t + e.ms + rng.int(20000, 90000), version: '1.0.0-rc.2', product: { name: 'Verified Access', vendor_name: 'AWS' } },
      ref_time: `${iso(e.t + e.ms).slice(0, 23)}${digits(rng, 3)}Z`,
      proxy: { ip: '10.20.8.41', port: 443, svc_name: 'Verified Access', uid: 'vai-0a7d3e91c4b25f608' },
      severity: 'Informational',
      severity_id: '1',
      src_endpoint: { ip: e.ip, port: e.port },
      start_time: String(e.t),
      status_code: '100',
      status_detail: e.status === 403 ? 'Access Denied' : 'Access Granted',
      status_id: e.status === 403 ? '2' : '1',
      status: e.status === 403 ? 'Failure' : 'Success',
      type_uid: e.status === 403 ? '300602' : '300601',
      type_name: e.status === 403 ? 'Access Activity: Access Deny' : 'Access Activity: Access Grant',
    };
    return [JSON.stringify(rec)];
  };
  const staff = ['jozef.hric@chatar.example', 'lenka.tomasova@chatar.example', 'pavol.kuchar@chatar.example'];
  const filler = (rng) =>
    rng.pick([
      () => ({ user: rng.pick(staff), path: `/rezervacie/${rezervacia(rng)}` }),
      () => ({ user: rng.pick(staff), path: `/chaty/${rng.pick(CHATY_SLUG)}/obsadenost` }),
      () => ({ user: rng.pick(staff), path: '/api/hlasenia/trzby', method: 'POST' }),
    ])();
  const steps = [
    2,
    plant('negative', 'verified-access-metadata-uid-trace-id', 'none', "`metadata.uid` is the request's X-Ray trace id (`Root=1-<time>-<24 hex>`): no credential.", ({ rng, t }) => {
      const v = `Root=1-${Math.floor(t / 1000).toString(16)}-${rng.hex(24)}`;
      return { value: v, event: { user: staff[0], path: '/prehlad', traceId: v } };
    }),
    2,
    plant('path-secret', 'verified-access-url-path-aktivacia-uctu', 'error', WHY.pathSecret('A new staff member\'s account activation link `/aktivacia-uctu/<token>` (sets the first password) in `http_request.url.path` and `text`'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { user: 'chatar.rysy@mail.example', path: `/aktivacia-uctu/${tok}`, ua: BROWSERS[4] } };
    }),
    2,
    plant('embed-jwt', 'verified-access-url-path-vlozit-kalendar-120s', 'warning', "The reception screen loads `/vlozit/kalendar/<JWT>`: a token valid 120 s without a jti in `url.path` (warning).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(3, 30), claims: { chata: 'teryho-chata', pohlad: 'kalendar' } });
      return { value: token, jwt: facts, event: { user: 'recepcia.tery@chatar.example', path: `/vlozit/kalendar/${token}` } };
    }),
    2,
    plant('api-key-name', 'verified-access-url-path-export-key-segment', 'error', "The accounting tool fetches the occupancy export with its key as a path segment (`/exporty/<key>/obsadenost.csv`): a key without a name, as Verified Access writes `url.path`.", ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { user: 'uctovnictvo@chatar.example', path: `/exporty/${key}/obsadenost.csv`, ua: 'python-requests/2.32.5' } };
    }),
    2,
    plant('embed-jwt', 'verified-access-url-path-vlozit-trzby-1h-jti', 'error', "The managers' dashboard frames `/vlozit/trzby/<JWT>`: a token valid 1 h with a jti, live when logged (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), jti: true, claims: { pohlad: 'trzby', rola: 'manazer' } });
      return { value: token, jwt: facts, event: { user: staff[2], path: `/vlozit/trzby/${token}` } };
    }),
    2,
    plant('negative', 'verified-access-url-path-asset-hash', 'none', "A built stylesheet's content hash in `url.path`: no credential.", ({ rng }) => {
      const h = rng.hex(12);
      return { value: h, event: { user: staff[1], path: `/_app/immutable/assets/app.${h}.css` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 6 * HOUR, site: { host: CH_ADMIN }, filler, render, steps });
}

// =====================================================================================================================
// Tocyn Cwm Glas (Welsh; Porthmadog: BST, UTC+1, in May)
// =====================================================================================================================

const TC = 'tocyn-cwmglas.example';
const TC_API = `api.${TC}`;
const TC_SIOP = `siop.${TC}`;
const GORSAFOEDD = ['porthmadog', 'minffordd', 'penrhyn', 'tan-y-bwlch', 'dduallt', 'tanygrisiau', 'blaenau'];
const archeb = (rng) => `TCG-${upperNum(rng, 6)}`;

// ---------------------------------------------------------------------------------------------------------------------
// tocyn-api.log: a Ktor 3 service's logback file with the pattern the Ktor project generator writes
// (`%d{YYYY-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n`, local time without a zone): CallLogging's
// `<status>: <METHOD> - <path without the query> in <ms>ms`, and the Ktor client's Logging plugin at LogLevel.ALL with
// the default format, one record per request and per response over several lines (`REQUEST: <url>`, `METHOD:
// HttpMethod(value=…)`, `COMMON HEADERS`, `-> <name>: <value>`, `CONTENT HEADERS`, `BODY Content-Type: …`, `BODY
// START`, the body, `BODY END`; `RESPONSE: <status>`, `METHOD`, `FROM: <url>`, …). `sanitizeHeader` writes `***`.
// https://ktor.io/docs/client-logging.html and https://ktor.io/docs/server-call-logging.html (not fetched; the plugin's
// options read in ktorio/ktor-documentation's sample through search; the record layout from memory of Ktor 2.x/3.x).

function ktorLog(rng) {
  const ts = (ms) => local(ms, BST).slice(0, 23).replace('T', ' ');
  const line = (ms, thread, level, logger, msg) => `${ts(ms)} [${thread}] ${level.padEnd(5)} ${logger} - ${msg}`;
  const render = (e, rng) => {
    if (e.call) return [line(e.t, `eventLoopGroupProxy-4-${rng.int(1, 4)}`, 'INFO', 'io.ktor.server.Application', `${e.call[0]}: ${e.call[1]} - ${e.call[2]} in ${e.ms}ms`)];
    if (e.app) return [line(e.t, e.thread ?? `DefaultDispatcher-worker-${rng.int(1, 8)}`, e.app[0], e.app[1], e.app[2])];
    const th = `DefaultDispatcher-worker-${rng.int(1, 8)}`;
    const c = e.client;
    const req = [`REQUEST: ${c.url}`, `METHOD: HttpMethod(value=${c.method ?? 'GET'})`, 'COMMON HEADERS', ...[['Accept', 'application/json'], ['Accept-Charset', 'UTF-8'], ...(c.headers ?? [])].map(([k, v]) => `-> ${k}: ${v}`), 'CONTENT HEADERS', `-> Content-Length: ${c.body ? Buffer.byteLength(c.body) : 0}`, ...(c.body ? ['-> Content-Type: application/json'] : []), `BODY Content-Type: ${c.body ? 'application/json' : 'null'}`, 'BODY START', c.body ?? '', 'BODY END'];
    const resp = [`RESPONSE: ${c.status ?? '200 OK'}`, `METHOD: HttpMethod(value=${c.method ?? 'GET'})`, `FROM: ${c.url}`, 'COMMON HEADERS', ...[['content-type', c.respBody ? 'application/json' : 'text/plain'], ['date', httpDate(e.t + e.ms)], ...(c.respHeaders ?? [])].map(([k, v]) => `-> ${k}: ${v}`), `BODY Content-Type: ${c.respBody ? 'application/json' : 'null'}`, 'BODY START', c.respBody ?? '', 'BODY END'];
    const out = [];
    if (c.before) out.push(line(e.t - 2, th, 'INFO', c.before[0], c.before[1]));
    out.push(line(e.t, th, 'INFO', 'io.ktor.client.HttpClient', req[0]), ...req.slice(1));
    out.push(line(e.t + e.ms, th, 'INFO', 'io.ktor.client.HttpClient', resp[0]), ...resp.slice(1));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ call: ['200 OK', 'GET', `/amserlen/${rng.pick(GORSAFOEDD)}`] }),
      () => ({ call: ['200 OK', 'GET', `/api/archebion/${archeb(rng)}`] }),
      () => ({ call: ['201 Created', 'POST', '/api/archebion'] }),
      () => ({ app: ['INFO', 'c.t.tocyn.archeb.ArchebService', `Archeb ${archeb(rng)} wedi'i chadarnhau: ${rng.pick(GORSAFOEDD)} → ${rng.pick(GORSAFOEDD)}, ${rng.int(1, 5)} teithiwr`] }),
    ])();
  const steps = [
    { raw: { app: ['INFO', 'io.ktor.server.Application', 'Application started in 1.842 seconds.'], thread: 'main' }, after: 1 },
    { raw: { app: ['INFO', 'io.ktor.server.Application', 'Responding at http://0.0.0.0:8080'], thread: 'main' }, after: 1 },
    2,
    plant('negative', 'ktor-client-sanitized-authorization', 'none', "The ticket printer gateway's client is configured with `sanitizeHeader { it == HttpHeaders.Authorization }`: the plugin writes `-> Authorization: ***` (no value); the order id beside it is no credential.", ({ rng }) => {
      const id = `PRN-${upperNum(rng, 10)}`;
      return { value: id, event: { client: { url: `https://print.${TC}/v1/jobs/${id}`, headers: [['Authorization', '***']], respBody: JSON.stringify({ job: id, state: 'printed' }) }, ms: rng.int(40, 200) } };
    }),
    2,
    plant('header-dump', 'ktor-client-logging-authorization-bearer', 'error', "The Ktor client of the rail partner's seat API has no `sanitizeHeader`: the Logging plugin writes `-> Authorization: Bearer <token>` under COMMON HEADERS.", ({ rng }) => {
      const tok = `rsp_${rng.alnum(44)}`;
      return { value: tok, event: { client: { url: `https://api.railseat.example/v2/services/FR${digits(rng, 4)}/seats?date=2027-05-20`, headers: [['Authorization', `Bearer ${tok}`]], respBody: JSON.stringify({ coach: 'C', free: rng.int(0, 30) }) }, ms: rng.int(60, 300) } };
    }),
    2,
    plant('api-key-name', 'ktor-client-logging-request-url-allwedd_api', 'error', `${WHY.apiKey('allwedd_api')} The Gwynedd bus timetable feed takes its key in the query: the Logging plugin writes the URL as \`REQUEST:\` and again as the response's \`FROM:\`.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { client: { url: `https://data.bysiau-gwynedd.example/api/v1/cysylltiadau?arhosfan=porthmadog-harbwr&allwedd_api=${key}`, respBody: JSON.stringify({ cysylltiadau: [{ llwybr: 'T2', amser: '10:42' }] }) }, ms: rng.int(60, 300) } };
    }),
    2,
    plant('path-secret', 'ktor-call-logging-path-cyfrinair-ailosod', 'error', WHY.pathSecret('A password reset link `/cyfrinair/ailosod/<token>` in the path CallLogging writes'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { call: ['200 OK', 'GET', `/cyfrinair/ailosod/${tok}`], ms: rng.int(5, 40) } };
    }),
    2,
    plant('refresh-token', 'ktor-client-logging-response-body-refresh_token', 'error', `${WHY.refresh} The payment provider's token endpoint answers the service with a \`refresh_token\`: the Logging plugin writes the response body between \`BODY START\` and \`BODY END\`.`, ({ rng }) => {
      const rt = `prt_${rng.b64url(48)}`;
      return { value: rt, event: { client: { url: 'https://auth.taliad.example/oauth/token', method: 'POST', body: JSON.stringify({ grant_type: 'client_credentials', scope: 'payments offline_access' }), respBody: JSON.stringify({ access_token: `pat_${rng.b64url(32)}`, token_type: 'Bearer', expires_in: 600, refresh_token: rt }) }, ms: rng.int(80, 400) } };
    }),
    2,
    plant('implicit-fragment', 'ktor-client-logging-response-location-access_token', 'error', "The heritage rail pass scheme's legacy SSO answers the service with a 302 (redirects off in that client): the Logging plugin writes the response's `-> Location: …#access_token=<token>`.", ({ rng }) => {
      const tok = `hrp_${rng.alnum(40)}`;
      return { value: tok, event: { client: { url: 'https://sso.heritagerailpass.example/authorize?response_type=token&client_id=cwmglas&redirect_uri=https%3A%2F%2Fapi.tocyn-cwmglas.example%2Fpasbort%2Fdychwelyd', status: '302 Found', respHeaders: [['location', `https://${TC_API}/pasbort/dychwelyd#access_token=${tok}&token_type=bearer&expires_in=7200`], ['content-length', '0']] }, ms: rng.int(60, 300) } };
    }),
    2,
    plant('session-id', 'ktor-client-logging-response-set-cookie-sesiwn', 'error', WHY.session("The old ticket office system answers the service's sign-in with `set-cookie: SESIWN=<id>`, which the Logging plugin writes with the response headers"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { client: { url: 'https://swyddfa.tocyn-cwmglas.example/api/mewngofnodi', method: 'POST', body: JSON.stringify({ peiriant: 'api-tocyn', rol: 'darllen' }), respHeaders: [['set-cookie', `SESIWN=${sid}; Path=/; HttpOnly; Secure`]], respBody: JSON.stringify({ iawn: true }) }, ms: rng.int(60, 300) } };
    }),
    2,
    plant('negative', 'ktor-client-logging-response-etag', 'none', 'A response `etag` (a hash of the timetable): no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { client: { url: 'https://data.bysiau-gwynedd.example/api/v1/arosfannau', respHeaders: [['etag', `"${v}"`]], respBody: JSON.stringify({ arosfannau: 412 }) }, ms: rng.int(60, 300) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * 24 * HOUR + 8 * HOUR, site: { host: TC_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fly-logs-siop.txt: `fly logs -a tocyn-siop` saved from a terminal: `<ISO time>Z <source>[<machine id>] <region>
// [<level>]<message>` (`app`, `proxy`, `runner`), the app an Express shop whose morgan writes the combined format
// (`:remote-addr - :remote-user [:date[clf]] ":method :url HTTP/:http-version" :status :res[content-length]
// ":referrer" ":user-agent"`, the date in UTC with `+0000`) and console lines. https://fly.io/docs/flyctl/logs/ (not
// fetched; the line shape from memory of public `fly logs` output), https://github.com/expressjs/morgan#combined.

function flyLog(rng) {
  const machine = rng.hex(14);
  const pre = (ms, src = 'app') => `${iso(ms).slice(0, 19)}Z ${src}[${machine}] lhr [info]`;
  const render = (e) => {
    if (e.lines) return e.lines.map(([src, msg], i) => `${pre(e.t + i * 200, src)}${msg}`);
    const ref = e.referer === '-' ? '-' : e.referer;
    return [`${pre(e.t)}${e.ip} - - [${clf(e.t)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.status === 302 || e.status === 304 ? '-' : e.bytes} "${ref}" "${e.ua}"`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/amserlen/${rng.pick(GORSAFOEDD)}`, referer: `https://${TC_SIOP}/` }),
      () => ({ path: '/basged', method: 'POST', status: 302, referer: `https://${TC_SIOP}/tocynnau` }),
      () => ({ path: `/delweddau/${rng.pick(['locomotif', 'tanygrisiau', 'harbwr'])}-${rng.int(1, 9)}.webp`, referer: `https://${TC_SIOP}/` }),
      () => ({ lines: [['app', `Archeb ${archeb(rng)} wedi'i thalu (£${rng.int(12, 90)}.00)`]] }),
    ])();
  const steps = [
    { raw: { lines: [['runner', 'Pulling container image registry.fly.io/tocyn-siop@sha256:' + rng.hex(64)], ['runner', 'Successfully prepared image registry.fly.io/tocyn-siop (1.8s)'], ['runner', 'Configuring firecracker'], ['proxy', 'Starting machine'], ['app', 'Yn gwrando ar borth 8080'], ['proxy', 'machine started in 1.112s']] } },
    2,
    plant('negative', 'fly-morgan-asset-hash', 'none', "A built script's content hash in its name (`/assets/index-<hash>.js`): no credential.", ({ rng }) => {
      const h = rng.b64url(8);
      return { value: h, event: { path: `/assets/index-${h}.js`, referer: `https://${TC_SIOP}/` } };
    }),
    2,
    plant('oauth-code', 'fly-morgan-request-line-mewngofnodi-dychwelyd-code', 'warning', `${WHY.code} The shop's sign-in callback \`/mewngofnodi/dychwelyd\` in morgan's combined line under Fly's prefix.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/mewngofnodi/dychwelyd', query: `code=${code}&state=${rng.b64url(22)}`, status: 302, referer: `https://id.${TC}/`, ua: BROWSERS[1] } };
    }),
    2,
    plant('id-token', 'fly-morgan-request-line-allgofnodi-id_token_hint', 'error', "An `id_token_hint` on the sign-out route `/allgofnodi`, in morgan's request line; the ID token is live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 12 * 3600, age: rng.int(600, 7200), alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://id.${TC}/`, aud: 'tocyn-siop', sub: rng.uuid(), email: 'gwenllian.prys@mail.example' } });
      return { value: token, jwt: facts, event: { path: '/allgofnodi', query: `id_token_hint=${token}&post_logout_redirect_uri=${encodeURIComponent(`https://${TC_SIOP}/`)}`, status: 302, referer: `https://${TC_SIOP}/cyfrif`, ua: BROWSERS[3] } };
    }),
    2,
    plant('replay', 'fly-morgan-tocyn_unwaith', 'note', WHY.ticketFirst('A single-use e-ticket download `/tocyn/lawrlwytho?tocyn_unwaith=<ticket>` by the passenger (81.2.69.160)'), ({ rng, t }) => {
      firstUse.tocyn = t;
      const tk = rng.b64url(26);
      return { value: tk, event: { ip: '81.2.69.160', path: '/tocyn/lawrlwytho', query: `tocyn_unwaith=${tk}`, referer: '-', ua: BROWSERS[4] } };
    }, { ref: 'tocyn' }),
    2,
    plant('replay', 'fly-morgan-tocyn_unwaith', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('tocyn').value, why: `${WHY.replay('tocyn_unwaith', gap('tocyn', t))} The shop serves the ticket again (200) to 90.252.14.8 with another browser, not the passenger's 81.2.69.160 and phone.` }], event: { ip: '90.252.14.8', path: '/tocyn/lawrlwytho', query: `tocyn_unwaith=${refs.get('tocyn').value}`, referer: '-', ua: BROWSERS[0] } }), { replayOf: 'tocyn', after: 141 }),
    2,
    plant('framework-dump', 'fly-console-inspect-body-cyfrinair', 'error', "The shop's sign-in route logs `req.body` with `console.log` after a failed attempt: Node's util.inspect writes the object, the customer's `cyfrinair` (password) with it.", ({ rng }) => {
      const pw = `${rng.alnum(10)}${digits(rng, 2)}`;
      return { value: pw, event: { lines: [['app', `Methiant mewngofnodi ${inspect({ ebost: 'dafydd.hughes@mail.example', cyfrinair: pw, cofio: 'on' })}`]] } };
    }),
    2,
    plant('embed-jwt', 'fly-morgan-referer-mewnblannu-expired', 'note', "A station's website frames the live departures board `/amserlen/mewnblannu/<JWT>`; the board's data request carries it as Referer five days after its `exp` (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 7 * 86400, age: 12 * 86400 + rng.int(600, 7200), claims: { gorsaf: 'tanygrisiau', golwg: 'ymadawiadau' } });
      return { value: token, jwt: facts, event: { path: '/api/ymadawiadau', query: 'gorsaf=tanygrisiau', referer: `https://${TC_SIOP}/amserlen/mewnblannu/${token}`, ua: BROWSERS[0] } };
    }),
    2,
    plant('api-key-name', 'fly-morgan-request-line-allwedd', 'error', `${WHY.apiKey('allwedd')} A tourism partner's availability widget calls the shop's API with its key in the query; morgan writes the request line.`, ({ rng }) => {
      const key = `tcg_${rng.alnum(36)}`;
      return { value: key, event: { path: '/api/argaeledd', query: `dyddiad=2027-06-${pad(rng.int(1, 28))}&allwedd=${key}`, referer: 'https://www.croeso-eryri.example/', ua: BROWSERS[0] } };
    }),
    2,
    plant('negative', 'fly-morgan-google-linker-_gl', 'none', "Google's cross-domain linker parameter `_gl=1*…` (client and session ids of analytics): no credential.", ({ rng }) => {
      const v = `1*${rng.lowerNum(6)}*_ga*${b64Of(`${rng.int(100000000, 999999999)}.${rng.int(1700000000, 1790000000)}`).replace(/=+$/, '')}*_ga_${upperNum(rng, 10)}*${rng.b64url(40)}`;
      return { value: v, event: { path: '/tocynnau', query: `_gl=${v}`, referer: 'https://www.croeso-eryri.example/', ua: BROWSERS[2] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * 24 * HOUR + 7 * HOUR, site: { host: TC_SIOP }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// strace-ciosg.txt: `strace -f -tt -s 4096 -e trace=execve,connect,sendto,recvfrom,read -o strace-ciosg.txt -p <pid>`
// of the station kiosk's agent (Python) while a ticket fault was chased: `<pid>  <HH:mm:ss.ffffff> <syscall>(<args>) =
// <result>` (time of day only, no date or zone), strings in C quoting (`\r\n`, `\"`), `execve` with its argv array.
// https://man7.org/linux/man-pages/man1/strace.1.html (not fetched; the line layout from memory).

function straceLog(rng) {
  const PID = 2417;
  const ts = (ms) => `${local(ms, BST).slice(11, 23)}${digits(rng, 3)}`;
  const render = (e) => e.calls.map(([pid, call], i) => `${String(pid ?? PID).padEnd(5)} ${ts(e.t + i * 3)} ${call}`);
  const KIOSG = '10.60.0.12';
  const http = (start, headers, body = '') => `${start}\r\n${headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`;
  const send = (fd, msg) => `sendto(${fd}, ${straceStr(msg)}, ${Buffer.byteLength(msg)}, MSG_NOSIGNAL, NULL, 0) = ${Buffer.byteLength(msg)}`;
  const recv = (fd, msg) => `recvfrom(${fd}, ${straceStr(msg)}, 65536, 0, NULL, NULL) = ${Buffer.byteLength(msg)}`;
  const conn = (fd, ip, port) => `connect(${fd}, {sa_family=AF_INET, sin_port=htons(${port}), sin_addr=inet_addr("${ip}")}, 16) = 0`;
  const filler = (rng, t) => {
    const body = JSON.stringify({ gorsaf: 'porthmadog', statws: 'iawn', papur: rng.int(20, 95) });
    return { calls: [[null, conn(6, KIOSG, 8080)], [null, send(6, http('POST /api/ciosg/curiad HTTP/1.1', [['Host', `${KIOSG}:8080`], ['Content-Type', 'application/json'], ['Content-Length', String(body.length)]], body))], [null, recv(6, http('HTTP/1.1 204 No Content', [['Date', httpDate(t)]]))]] };
  };
  const steps = [
    plant('api-key-name', 'strace-execve-argv-allwedd-api', 'error', `${WHY.apiKey('--allwedd-api')} The agent starts the receipt printer helper with the key as a command-line argument: strace writes \`execve\`'s argv whole.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { calls: [[PID + 11, `execve("/usr/bin/python3", ["python3", "/opt/ciosg/argraffydd.py", "--gorsaf=porthmadog", "--allwedd-api=${key}"], 0x7ffd${rng.hex(8)} /* 23 vars */) = 0`]] } };
    }),
    2,
    plant('negative', 'strace-sendto-x-idempotency-key', 'none', 'An `X-Idempotency-Key` header (a UUID per sale) in a `sendto`: no credential.', ({ rng }) => {
      const v = rng.uuid();
      const body = JSON.stringify({ gorsaf: 'porthmadog', tocyn: 'diwrnod-oedolyn', swm: 3200 });
      return { value: v, event: { calls: [[null, conn(6, KIOSG, 8080)], [null, send(6, http('POST /api/gwerthiannau HTTP/1.1', [['Host', `${KIOSG}:8080`], ['Content-Type', 'application/json'], ['X-Idempotency-Key', v], ['Content-Length', String(body.length)]], body))], [null, recv(6, http('HTTP/1.1 201 Created', [['Content-Type', 'application/json'], ['Content-Length', '22']], `{"archeb":"${archeb(rng)}"}`))]] } };
    }),
    2,
    plant('oauth-code', 'strace-read-loopback-redirect-code', 'warning', `${WHY.code} The kiosk signs in staff with a loopback redirect (RFC 8252): the agent's \`read\` of \`GET /callback?code=…&state=…\` from 127.0.0.1 is in the trace.`, ({ rng }) => {
      const code = rng.b64url(43);
      const msg = http(`GET /callback?code=${code}&state=${rng.b64url(22)} HTTP/1.1`, [['Host', '127.0.0.1:53682'], ['User-Agent', BROWSERS[3]], ['Accept', 'text/html']]);
      return { value: code, event: { calls: [[null, `read(9, ${straceStr(msg)}, 8192) = ${Buffer.byteLength(msg)}`]] } };
    }),
    2,
    plant('implicit-fragment', 'strace-execve-chromium-kiosk-access_token', 'error', "The agent relaunches the kiosk browser on the ticket page with the session handed over in the fragment (`#access_token=<token>`): strace writes the argv of `execve`.", ({ rng }) => {
      const tok = `kiosg_${rng.alnum(40)}`;
      return { value: tok, event: { calls: [[PID + 14, `execve("/usr/bin/chromium", ["chromium", "--kiosk", "--noerrdialogs", "--disable-translate", "https://ciosg.${TC}/#/tocynnau#access_token=${tok}&expires_in=43200"], 0x7ffe${rng.hex(8)} /* 31 vars */) = 0`]] } };
    }),
    2,
    plant('header-dump', 'strace-sendto-authorization-token', 'error', "The agent's call to the station controller over plain HTTP: strace's `sendto` writes the request with `Authorization: Token <40 hex>`.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { calls: [[null, conn(7, '10.60.0.2', 8000)], [null, send(7, http('GET /api/gorsaf/porthmadog/cyfluniad HTTP/1.1', [['Host', 'rheolydd.cwmglas.lan:8000'], ['Authorization', `Token ${tok}`], ['Accept', 'application/json']]))], [null, recv(7, http('HTTP/1.1 200 OK', [['Content-Type', 'application/json'], ['Content-Length', '31']], '{"iaith":"cy","argraffydd":"1"}'))]] } };
    }),
    2,
    plant('session-id', 'strace-sendto-cookie-sesiwn', 'error', WHY.session("The kiosk's session with the ticket office system (`Cookie: sesiwn=<id>`) in the request strace's `sendto` writes"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { calls: [[null, conn(8, '10.60.0.5', 8081)], [null, send(8, http('GET /swyddfa/tocynnau/heddiw HTTP/1.1', [['Host', '10.60.0.5:8081'], ['Cookie', `sesiwn=${sid}`], ['Accept', 'application/json']]))], [null, recv(8, http('HTTP/1.1 200 OK', [['Content-Type', 'application/json'], ['Content-Length', '14']], '{"gwerthwyd":0}'))]] } };
    }),
    2,
    plant('refresh-token', 'strace-recvfrom-body-refresh_token', 'error', `${WHY.refresh} The local token broker answers the agent over loopback HTTP: strace's \`recvfrom\` writes the JSON body with the \`refresh_token\`.`, ({ rng }) => {
      const rt = rng.b64url(54);
      const body = JSON.stringify({ access_token: rng.b64url(32), expires_in: 900, refresh_token: rt });
      return { value: rt, event: { calls: [[null, conn(10, '127.0.0.1', 7070)], [null, send(10, http('POST /tocyn HTTP/1.1', [['Host', '127.0.0.1:7070'], ['Content-Length', '0']]))], [null, recv(10, http('HTTP/1.1 200 OK', [['Content-Type', 'application/json'], ['Content-Length', String(body.length)]], body))]] } };
    }),
    2,
    plant('negative', 'strace-recvfrom-etag', 'none', 'An `ETag` in a response `recvfrom` writes (a hash of the fare table): no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { calls: [[null, conn(6, KIOSG, 8080)], [null, send(6, http('GET /api/prisiau HTTP/1.1', [['Host', `${KIOSG}:8080`], ['Accept', 'application/json']]))], [null, recv(6, http('HTTP/1.1 200 OK', [['Content-Type', 'application/json'], ['ETag', `"${v}"`], ['Content-Length', '2']], '{}'))]] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 2 * 24 * HOUR + 6 * HOUR, site: { host: 'ciosg' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sns-tocyn-hysbysiadau-export.log: Amazon SNS delivery status logs of the `tocyn-hysbysiadau` topic's HTTP/S
// subscriptions, exported from CloudWatch Logs to S3 (`<ISO time>Z <message>` a line): `{"notification":{"messageMD5Sum",
// "messageId","topicArn","timestamp"},"delivery":{"deliveryId","destination","providerResponse","dwellTimeMs",
// "attempts","statusCode"},"status":"SUCCESS"|"FAILURE"}`; the destination is the subscription's endpoint URL as
// subscribed. https://docs.aws.amazon.com/sns/latest/dg/sns-topic-attributes.html (not fetched; the record shape read in
// a public paste through search).

function snsLog(rng) {
  const acct = digits(rng, 12);
  const render = (e, rng) => {
    const rec = { notification: { messageMD5Sum: e.md5 ?? rng.hex(32), messageId: e.msgId ?? rng.uuid(), topicArn: `arn:aws:sns:eu-west-2:${acct}:tocyn-hysbysiadau`, timestamp: `${iso(e.t - 400).slice(0, 10)} ${iso(e.t - 400).slice(11, 23)}` }, delivery: { deliveryId: rng.uuid(), destination: e.dest, providerResponse: e.resp ?? 'OK', dwellTimeMs: e.ms, attempts: e.attempts ?? 1, statusCode: e.status }, status: e.status < 300 ? 'SUCCESS' : 'FAILURE' };
    return [`${iso(e.t)} ${JSON.stringify(rec)}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ dest: `https://${TC_API}/sns/derbyn`, status: 200, ms: rng.int(40, 400) }),
      () => ({ dest: 'https://hysbysiadau.gorsafoedd.cwmglas.example/sns', status: 200, ms: rng.int(40, 400) }),
    ])();
  const steps = [
    2,
    plant('negative', 'sns-delivery-message-md5sum', 'none', "`messageMD5Sum` (the MD5 of the message body SNS delivered): no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { md5: v, dest: `https://${TC_API}/sns/derbyn`, status: 200, ms: rng.int(40, 400) } };
    }),
    2,
    plant('webhook', 'sns-delivery-destination-pagerduty-integration', 'error', WHY.webhook("PagerDuty's CloudWatch integration URL `https://events.pagerduty.com/integration/<integration key>/enqueue` as an SNS subscription's `destination`"), ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { dest: `https://events.pagerduty.com/integration/${key}/enqueue`, status: 202, resp: '{"status":"success","message":"Event processed"}', ms: rng.int(40, 400) } };
    }),
    2,
    plant('api-key-name', 'sns-delivery-destination-query-allwedd', 'error', `${WHY.apiKey('allwedd')} The tourist board's endpoint was subscribed with its key in the query, and every delivery record writes the \`destination\` as subscribed (here a failure, retried).`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { dest: `https://api.croeso-eryri.example/hysbysiadau/rheilffordd?allwedd=${key}`, status: 503, resp: '<html><body><h1>503 Service Unavailable</h1></body></html>', attempts: 3, ms: rng.int(20000, 60000) } };
    }),
    2,
    plant('encoded', 'sns-delivery-destination-percent-encoded-json-token', 'error', "A partner subscribed with a percent-encoded JSON context in the query (`cyd=%7B%22api_token%22%3A%22…%22%7D`): the partner's `api_token` is one decoding away in the `destination`.", ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { dest: `https://hooks.teithio-gogledd.example/sns?cyd=${encodeURIComponent(JSON.stringify({ api_token: tok, ffynhonnell: 'cwmglas' }))}`, status: 200, ms: rng.int(40, 400) } };
    }),
    2,
    plant('negative', 'sns-delivery-message-id', 'none', "An SNS `messageId` (a UUID of the published message): no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { msgId: v, dest: 'https://hysbysiadau.gorsafoedd.cwmglas.example/sns', status: 200, ms: rng.int(40, 400) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * 24 * HOUR + 9 * HOUR, site: { host: 'sns' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout33');
writePart(join(here, 'heldout33'), {
  'oauth2-proxy.log': oauth2ProxyLog(rng),
  'grafana.log': grafanaLog(rng),
  'claims-service.log': claimsServiceLog(rng),
  'vet-sync-wget.log': wgetLog(rng),
  'codebuild-pawcover-web-0b7e3c1a.log': codebuildLog(rng),
  'fastly-chatar-2027-05-19T07.log': fastlyLog(rng),
  'chatar-api.log': nestLog(rng),
  'puppeteer-smoke.log': puppeteerLog(rng),
  'ngrep-platby.txt': ngrepLog(rng),
  'verified-access-sprava-2027-05-19.log': verifiedAccessLog(rng),
  'tocyn-api.log': ktorLog(rng),
  'fly-logs-siop.txt': flyLog(rng),
  'strace-ciosg.txt': straceLog(rng),
  'sns-tocyn-hysbysiadau-export.log': snsLog(rng),
});
