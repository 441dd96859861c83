// Writes corpus/logs-in-the-wild/heldout37/: a thirty-seventh held-out part, in formats no other part uses (the AWS SAM
// CLI's `sam local start-api` with a Python function, `sam logs` of a Node.js function with Lambda's JSON log format,
// a WebLogic Server log, Knative Serving's queue-proxy request log under `kubectl logs --timestamps`, a Helidon SE
// service's console with its access log, Azure API Management's self-hosted gateway log, a Phalcon app's log file,
// Apache httpd's mod_rewrite trace in its error_log, WebSphere traditional's SystemOut.log, a Go service with negroni,
// `meteor run`'s console, an AdonisJS API through pino-pretty, `gcloud functions logs read` and `zappa tail`), with
// credentials planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json. The
// labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout37.mjs     rewrites heldout37/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Ledgerlark, a bookkeeping and payroll service for small businesses in Leeds (English, five logs);
// Karvan, an intercity bus ticket booking service in Baku (Azerbaijani messages, routes and parameter names, English code
// names, five logs); Dhobighat (धोबीघाट), a laundry pickup and delivery service in Pune (Hindi messages in Devanagari,
// transliterated routes and parameter names, English code names, four logs). Standard names (OAuth's, vendors') stay as
// their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, sec, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'axios/1.13.6'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 5, 22, 0, 0, 0);
const { firstUse, gap } = replayClock();

// ---------------------------------------------------------------------------------------------------------------------
// Helpers shared by several formats.

/** Milliseconds of `ms` as three digits. */
const msPart = (ms) => local(ms, 0).slice(20, 23);
/** An RFC 3339 offset `+05:30` for `offset` minutes. */
const zone = (offset, colon = true) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
/** Python's repr of a JSON-like value (dict, list, str, int, bool, None), as `print(event)` writes it. */
const pyRepr = (v) => {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
};
/** Node's util.inspect of a plain object on one line (short objects) as console.log writes it. */
const inspect1 = (v) => {
  if (v === null) return 'null';
  if (typeof v === 'string') return `'${v.replace(/'/g, "\\'")}'`;
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[ ${v.map(inspect1).join(', ')} ]`;
  const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`);
  return `{ ${Object.entries(v).map(([k, x]) => `${key(k)}: ${inspect1(x)}`).join(', ')} }`;
};
/** util.inspect over several lines (nested objects two spaces deeper), as console.log writes a long object. */
const inspectN = (v, indent = 0) => {
  if (v === null || typeof v !== 'object') return inspect1(v);
  const pad2 = ' '.repeat(indent + 2);
  const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`);
  const entries = Object.entries(v).map(([k, x]) => `${pad2}${key(k)}: ${inspectN(x, indent + 2)}`);
  return `{\n${entries.join(',\n')}\n${' '.repeat(indent)}}`;
};

// =====================================================================================================================
// Ledgerlark (English; Leeds: BST, UTC+1, in June)
// =====================================================================================================================

const BST = 60;
const LL = 'ledgerlark.example';
const LL_API = `api.${LL}`;
const CLIENTS = ['Harrogate Joinery Ltd', 'Calder Valley Bakes', 'Otley Cycle Works', 'Kirkstall Print Co', 'Wharfe Dental', 'Headingley Tutors'];
const invoiceNo = (rng) => `INV-${digits(rng, 6)}`;

// ---------------------------------------------------------------------------------------------------------------------
// sam-local-start-api.txt: a developer's terminal running `sam local start-api` (AWS SAM CLI 1.14x) against the
// Ledgerlark API's Python 3.13 function, whose handler logs the whole proxy event with the standard library logger
// (`logger.info("event: %s", event)`: the dict's repr). SAM's own lines (`Mounting … at http://127.0.0.1:3000/…`,
// `Invoking app.lambda_handler (python3.13)`, the container reuse lines), the runtime's `START RequestId: … Version:
// $LATEST`, `[INFO]\t<ISO time, Z>\t<request id>\t<message>`, `END RequestId: …`, `REPORT RequestId: …\tDuration: …`,
// then the Flask development server's access line, prefixed by SAM's logging time (local, no zone):
// `<yyyy-mm-dd HH:MM:SS> 127.0.0.1 - - [dd/Mon/yyyy HH:MM:SS] "<request line>" <status> -`.
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/using-sam-cli-local-start-api.html,
// https://docs.aws.amazon.com/lambda/latest/dg/python-logging.html (not fetched; the lines from memory of public output).

function samLocalLog(rng) {
  const wz = (ms) => `${pad(new Date(ms + BST * MIN).getUTCDate())}/${MONTHS[new Date(ms + BST * MIN).getUTCMonth()]}/${local(ms, BST).slice(0, 4)} ${local(ms, BST).slice(11, 19)}`;
  const render = (e) => {
    if (e.plain) return e.plain;
    const rid = e.rid ?? rng.uuid();
    const qs = e.query ? Object.fromEntries(e.query.split('&').map((p) => p.split('=').map(decodeURIComponent))) : null;
    const headers = { Accept: e.accept ?? 'application/json', 'Accept-Encoding': 'gzip, deflate', Connection: 'keep-alive', Host: '127.0.0.1:3000', 'User-Agent': e.tool ?? 'curl/8.19.0', 'X-Forwarded-Port': '3000', 'X-Forwarded-Proto': 'http', ...(e.headers ?? {}) };
    const event = { body: e.body ?? null, headers, httpMethod: e.method, isBase64Encoded: false, multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])), multiValueQueryStringParameters: qs ? Object.fromEntries(Object.entries(qs).map(([k, v]) => [k, [v]])) : null, path: e.path, pathParameters: { proxy: e.path.slice(1) }, queryStringParameters: qs, requestContext: { accountId: '123456789012', apiId: '1234567890', domainName: '127.0.0.1:3000', extendedRequestId: null, httpMethod: e.method, identity: { accountId: null, apiKey: null, caller: null, cognitoAuthenticationProvider: null, cognitoAuthenticationType: null, cognitoIdentityPoolId: null, sourceIp: '127.0.0.1', user: null, userAgent: 'Custom User Agent String', userArn: null }, path: e.path, protocol: 'HTTP/1.1', requestId: rng.uuid(), requestTime: `${wz(e.t).replace(' ', ':')} +0000`, requestTimeEpoch: sec(e.t), resourceId: '123456', resourcePath: '/{proxy+}', stage: 'Prod' }, resource: '/{proxy+}', stageVariables: null, version: '1.0' };
    const dur = rng.int(8, 900) + rng.int(0, 99) / 100;
    const out = ['Invoking app.lambda_handler (python3.13)', "Reuse the created warm container for Lambda function 'ApiFunction'", "Lambda function 'ApiFunction' is already running", `START RequestId: ${rid} Version: $LATEST`];
    if (!e.quiet) out.push(`[INFO]\t${iso(e.t + 40)}\t${rid}\tevent: ${pyRepr(event)}`);
    for (const m of e.msgs ?? []) out.push(`[${m[0]}]\t${iso(e.t + 60)}\t${rid}\t${m[1]}`);
    out.push(`END RequestId: ${rid}`, `REPORT RequestId: ${rid}\tDuration: ${dur.toFixed(2)} ms\tBilled Duration: ${Math.ceil(dur)} ms\tMemory Size: 512 MB\tMax Memory Used: 512 MB\t`);
    if (e.noType) out.push("No Content-Type given. Defaulting to 'application/json'.");
    out.push(`${ymdHmsAt(e.t + 900, BST)} 127.0.0.1 - - [${wz(e.t + 900)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} -`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/v1/invoices', query: `status=${rng.pick(['draft', 'sent', 'overdue'])}&page=${rng.int(1, 4)}`, status: 200 }),
      () => ({ method: 'GET', path: `/v1/invoices/${invoiceNo(rng)}`, status: rng.pick([200, 200, 404]) }),
      () => ({ method: 'GET', path: '/v1/vat/obligations', query: 'from=2027-04-01&to=2027-06-30', status: 200 }),
      () => ({ method: 'POST', path: '/v1/invoices', body: JSON.stringify({ client: rng.pick(CLIENTS), lines: [{ description: 'Bookkeeping, May', amount: rng.int(90, 900) }] }), headers: { 'Content-Type': 'application/json' }, status: 201 }),
    ])();
  const t0 = DAY0 + 9 * HOUR + 2 * MIN;
  const header = [
    'Initializing the lambda functions containers.',
    'Local image is up-to-date',
    'Using local image: public.ecr.aws/lambda/python:3.13-rapid-x86_64.',
    '',
    'Mounting /home/sam/ledgerlark-api/.aws-sam/build/ApiFunction as /var/task:ro,delegated, inside runtime container',
    'Containers Initialization is done.',
    'Mounting ApiFunction at http://127.0.0.1:3000/{proxy+} [DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT]',
    'You can now browse to the above endpoints to invoke your functions. You do not need to restart/reload SAM CLI while working on your functions, changes will be reflected instantly/automatically. If you used sam build before running local commands, you will need to re-run sam build for the changes to be picked up. You only need to restart SAM CLI if you update your AWS SAM template',
    `${ymdHmsAt(t0, BST)} WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.`,
    ' * Running on http://127.0.0.1:3000',
    `${ymdHmsAt(t0, BST)} Press CTRL+C to quit`,
  ];
  const steps = [
    2,
    plant('oauth-code', 'sam-local-python-event-repr-xero-callback-code', 'warning', `${WHY.code} The developer signs in with Xero through the local API: the handler logs the proxy event as a Python dict (\`'queryStringParameters': {'code': '…', 'state': '…'}\`, and again in \`multiValueQueryStringParameters\`), and the Flask server's access line writes the query.`, ({ rng }) => {
      const code = rng.hex(64);
      return { value: code, event: { method: 'GET', path: '/auth/xero/callback', query: `code=${code}&scope=openid%20profile%20email%20accounting.transactions%20offline_access&state=${rng.b64url(22)}&session_state=${rng.b64url(43)}.${rng.hex(32)}`, accept: 'text/html,application/xhtml+xml', tool: BROWSERS[3], status: 302 } };
    }),
    3,
    plant('negative', 'sam-local-lambda-request-id', 'none', "The runtime's request id (a UUID) on `START`, `END` and `REPORT` of one invocation: an identifier, no credential.", ({ rng }) => {
      const rid = rng.uuid();
      return { value: rid, event: { rid, quiet: true, method: 'HEAD', path: '/v1/health', status: 200, noType: true } };
    }),
    3,
    plant('header-dump', 'sam-local-python-event-repr-authorization-basic', 'error', "The handler's dict of the event holds the request headers: an accountant's `Authorization: Basic` (base64 of e-mail and password) sent to the legacy export route, in `headers` and `multiValueHeaders`.", ({ rng }) => {
      const b = b64Of(`r.patel@${LL}:${rng.alnum(14)}`);
      return { value: b, event: { method: 'GET', path: '/legacy/export.csv', query: 'year=2026', headers: { Authorization: `Basic ${b}` }, status: 200 } };
    }),
    3,
    plant('api-key-name', 'sam-local-event-and-access-line-companies-house-api_key', 'error', `${WHY.apiKey('api_key')} A test script passes the key it uses for the company lookup proxy in the query; the event's dict and the access line write it.`, ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { method: 'GET', path: '/v1/companies/lookup', query: `number=0${digits(rng, 7)}&api_key=${key}`, status: 200 } };
    }),
    3,
    plant('negative', 'sam-local-event-cursor-base64-json', 'none', 'A pagination cursor (base64 of a JSON offset, starting `eyJ`) in the query: no credential.', ({ rng }) => {
      const c = b64Of(JSON.stringify({ after: invoiceNo(rng), dir: 'next' })).replace(/=+$/, '');
      return { value: c, event: { method: 'GET', path: '/v1/invoices', query: `limit=50&cursor=${c}`, status: 200 } };
    }),
    3,
    plant('framework-dump', 'sam-local-python-event-repr-body-json-password', 'error', "A sign-up posted to the local API: the event's `'body'` is the raw JSON string, password included, inside the dict the handler logs.", ({ rng }) => {
      const pw = `${rng.alnum(10)}!${digits(rng, 2)}`;
      return { value: pw, event: { method: 'POST', path: '/v1/signup', body: JSON.stringify({ email: `owner@${rng.pick(['calderbakes', 'otleycycles', 'wharfedental'])}.example`, password: pw, company: rng.pick(CLIENTS) }), headers: { 'Content-Type': 'application/json' }, status: 201 } };
    }),
    3,
    plant('path-secret', 'sam-local-event-path-and-pathparameters-invite-token', 'error', WHY.pathSecret("A team invitation `/invites/<token>/accept` a developer opened against the local API: the token is in the event's `path`, `pathParameters.proxy` and `requestContext.path`, and in the access line"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'GET', path: `/invites/${tok}/accept`, accept: 'text/html', tool: BROWSERS[0], status: 302 } };
    }),
    3,
  ];
  return buildLog(rng, { start: t0 + 30000, site: { host: 'localhost', api: true }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// sam-logs-receipts.txt: `sam logs -n ReceiptsFunction --stack-name ledgerlark-prod --tail` of a Node.js 22 function
// with Lambda's JSON log format (`LoggingConfig: LogFormat: JSON`): `<log stream name> <event time, UTC without zone>
// <message>`, the message one JSON object: the runtime's `{"timestamp","level","requestId","message"}` for console
// calls (the message formatted as util.format does), the platform's `{"time","type":"platform.start"|"platform.report",
// "record":{…}}`. https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html,
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-cli-command-reference-sam-logs.html
// (not fetched; the record shapes from memory of the documentation).

function samLogsLog(rng) {
  const stream = `2027/06/22/[$LATEST]${rng.hex(32)}`;
  const ts = (ms) => `${iso(ms).slice(0, 23)}000`;
  const line = (ms, obj) => `${stream} ${ts(ms)} ${JSON.stringify(obj)}`;
  let cold = true;
  const render = (e) => {
    const rid = e.rid ?? rng.uuid();
    const out = [];
    if (cold) {
      out.push(line(e.t - 420, { time: iso(e.t - 420), type: 'platform.initStart', record: { initializationType: 'on-demand', phase: 'init', runtimeVersion: 'nodejs:22.v48', runtimeVersionArn: `arn:aws:lambda:eu-west-2::runtime:${rng.hex(64)}`, functionName: 'ledgerlark-prod-ReceiptsFunction', functionVersion: '$LATEST' } }));
    }
    out.push(line(e.t, { time: iso(e.t), type: 'platform.start', record: { requestId: rid, version: '$LATEST' } }));
    (e.msgs ?? []).forEach(([level, message, extra], i) => out.push(line(e.t + 30 + i * 25, { timestamp: iso(e.t + 30 + i * 25), level, requestId: rid, message, ...(extra ?? {}) })));
    const dur = rng.int(40, 1900) + rng.int(0, 99) / 100;
    const metrics = { durationMs: dur, billedDurationMs: Math.ceil(dur), memorySizeMB: 512, maxMemoryUsedMB: rng.int(88, 140), ...(cold ? { initDurationMs: rng.int(180, 420) + 0.37 } : {}) };
    out.push(line(e.t + 60 + dur, { time: iso(e.t + 60 + dur), type: 'platform.report', record: { requestId: rid, metrics, status: 'success' } }));
    cold = false;
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ msgs: [['INFO', `Receipt ${rng.hex(8)}.jpg received for ${rng.pick(CLIENTS)}`], ['INFO', `OCR total £${rng.int(3, 400)}.${digits(rng, 2)}, VAT £${rng.int(0, 80)}.${digits(rng, 2)}`]] }),
      () => ({ msgs: [['INFO', `Matched receipt to bank line ${rng.int(100000, 999999)} (confidence ${(rng.int(70, 99) / 100).toFixed(2)})`]] }),
      () => ({ msgs: [['WARN', `No VAT number on receipt from ${rng.pick(['Tesco Express', 'Screwfix', 'Costa Coffee', 'Wickes'])}; flagged for review`]] }),
    ])();
  const steps = [
    2,
    plant('refresh-token', 'lambda-json-log-message-util-inspect-xero-refresh-token', 'error', `${WHY.refresh} The function logs the token set Xero returned (\`console.info('Xero tokens rotated', tokens)\`): the JSON log format writes util.format's text as \`message\`, the 64-hex refresh token inside.`, ({ rng }) => {
      const rt = rng.hex(64);
      return { value: rt, event: { msgs: [['INFO', `Xero tokens rotated { token_type: 'Bearer', expires_in: 1800, refresh_token: '${rt}', scope: 'accounting.transactions offline_access' }`]] } };
    }),
    3,
    plant('negative', 'lambda-json-platform-start-request-id', 'none', "The request id of an invocation that logged nothing of its own, on `platform.start` and `platform.report`: an identifier, no credential.", ({ rng }) => {
      const rid = rng.uuid();
      return { value: rid, event: { rid, msgs: [] } };
    }),
    3,
    plant('webhook', 'lambda-json-log-error-zulip-incoming-webhook-api_key', 'error', WHY.webhook("A Zulip incoming webhook URL (`/api/v1/external/slack_incoming?api_key=…&stream=…`, the bot's key in the query) in the error message of a failed team notification"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { msgs: [['ERROR', `Notify failed: POST https://ledgerlark.zulipchat.example/api/v1/external/slack_incoming?api_key=${key}&stream=receipts&topic=ocr -> 502 Bad Gateway`, { errorType: 'HTTPError', errorMessage: 'Response code 502 (Bad Gateway)' }]] } };
    }),
    3,
    plant('id-token', 'lambda-json-log-message-endsession-id-token-hint', 'error', 'The sign-out handler logs the end-session URL it redirects to, with the `id_token_hint` (RS256, from Xero Identity) still live.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: rng.int(30, 200), jti: true, alg: 'RS256', kid: rng.hex(32), claims: { nbf: sec(t) - 250, iss: 'https://identity.xero.example', aud: rng.hex(32).toUpperCase(), sub: rng.hex(32), auth_time: sec(t) - 2000, xero_userid: rng.uuid(), email: 'finance@wharfedental.example', sid: rng.hex(32) } });
      return { value: token, jwt: facts, event: { msgs: [['INFO', `Signing out, redirecting to https://login.xero.example/identity/connect/endsession?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fapp.${LL}%2Fsigned-out`]] } };
    }),
    3,
    plant('embed-jwt', 'lambda-json-log-message-embed-report-jwt-120s', 'warning', 'An embed URL the function issues for an accountant\'s client portal (`/embed/pnl/<JWT>`), logged when issued: valid 120 s without a jti (warning).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: 0, claims: { resource: { report: 'profit-and-loss' }, client: rng.pick(CLIENTS), params: { period: '2027-Q1' } } });
      return { value: token, jwt: facts, event: { msgs: [['INFO', `Embed URL issued: https://reports.${LL}/embed/pnl/${token}`]] } };
    }),
    3,
    plant('session-id', 'lambda-json-log-message-response-set-cookie', 'error', WHY.session('The function logs the proxy response it returns (`console.log(response)`), whose `Set-Cookie` holds the portal session `ll_portal_sess=<id>`'), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { msgs: [['INFO', `{ statusCode: 302, headers: { Location: '/portal', 'Set-Cookie': 'll_portal_sess=${sid}; Path=/; Secure; HttpOnly; SameSite=Lax' }, body: '' }`]] } };
    }),
    3,
    plant('negative', 'lambda-json-log-message-s3-key-sha256', 'none', "A receipt's S3 key named by the SHA-256 of its content: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { msgs: [['INFO', `Stored s3://ledgerlark-receipts-prod/2027/06/${h}.jpg`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 41 * MIN, site: { host: 'lambda' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ledger_ms1.log: the server log of a WebLogic Server 14.1 managed server running Ledgerlark's legacy ledger web app:
// `####<MMM d, yyyy, h:mm:ss,SSS a <zone name>> <Severity> <Subsystem> <machine> <server> <thread> <<user>> <tx id>
// <diagnostic context id> <raw time in ms> <[severity-value: n] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] >
// <message id> <message>`, a message over several lines when it has line breaks (a stack trace; BEA-101017 with the
// request's toString, request line and headers). https://docs.oracle.com/en/middleware/fusion-middleware/weblogic-server/
// 14.1.1.0/wllog/logging_services.html (the message attributes, read through search in the console help); the
// supplemental attributes and BEA-101017's request dump from memory of public logs.

function weblogicLog(rng) {
  const ampm = (ms) => {
    const d = new Date(ms + BST * MIN);
    const h = d.getUTCHours();
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())},${msPart(ms)} ${h < 12 ? 'AM' : 'PM'} British Summer Time`;
  };
  const sev = { Info: 64, Notice: 32, Warning: 16, Error: 8, Debug: 128 };
  const render = (e) =>
    e.entries.map(([severity, subsystem, id, msg, user], i) => {
      const ms = e.t + i * 15;
      const thread = subsystem === 'WebLogicServer' ? '<main>' : `<[ACTIVE] ExecuteThread: '${rng.int(1, 24)}' for queue: 'weblogic.kernel.Default (self-tuning)'>`;
      return `####<${ampm(ms)}> <${severity}> <${subsystem}> <ll-wls-02> <ledger_ms1> ${thread} <<${user ?? 'anonymous'}>> <> <${e.ecid ?? `${rng.uuid()}-${pad(rng.int(1, 999), 8)}`}> <${ms}> <[severity-value: ${sev[severity]}] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <${id}> <${msg}>`;
    });
  const ctx = `ServletContext@${rng.int(100000000, 999999999)}[app:ledger module:ledger.war path:null spec-version:4.0]`;
  const filler = (rng) =>
    rng.pick([
      () => ({ entries: [['Info', 'ServletContext-/ledger', 'BEA-000000', `PostingService: posted journal ${rng.int(10000, 99999)} (${rng.int(2, 12)} lines) for ${rng.pick(CLIENTS)}`, 'ledger-app']] }),
      () => ({ entries: [['Info', 'JDBC', 'BEA-001128', `Connection for pool "LedgerDS" closed.`]] }),
      () => ({ entries: [['Info', 'Health', 'BEA-310002', `${rng.int(30, 70)}% of the total memory in the server is free.`]] }),
      () => ({ entries: [['Info', 'ServletContext-/ledger', 'BEA-000000', `VatReturnJob: obligations refreshed for ${rng.int(20, 180)} clients`, 'ledger-batch']] }),
    ])();
  const steps = [
    { raw: { entries: [['Notice', 'WebLogicServer', 'BEA-000365', 'Server state changed to RUNNING.'], ['Notice', 'WebLogicServer', 'BEA-000360', 'The server started in RUNNING mode.']] }, after: 0 },
    3,
    plant('session-id', 'weblogic-servletcontext-log-jsessionid-with-jvmid', 'error', WHY.session("The app's login filter logs the session it restored through `ServletContext.log`: WebLogic's JSESSIONID (`<id>!<primary JVM hash>!<creation time>`)"), ({ rng, t }) => {
      const sid = `${rng.b64url(52).replace(/[-_]/g, 'x')}!-${rng.int(100000000, 2147483647)}!${t - rng.int(600000, 3000000)}`;
      return { value: sid, event: { entries: [['Info', 'ServletContext-/ledger', 'BEA-000000', `LoginFilter: restored session JSESSIONID=${sid} for user k.ahmed`, 'ledger-app']] } };
    }),
    3,
    plant('negative', 'weblogic-hmrc-gov-client-device-id', 'none', "HMRC's fraud prevention header `Gov-Client-Device-ID` the app logs before a VAT submission: a device identifier the API requires, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { entries: [['Info', 'ServletContext-/ledger', 'BEA-000000', `MtdClient: fraud prevention headers Gov-Client-Connection-Method=WEB_APP_VIA_SERVER, Gov-Client-Device-ID=${v}, Gov-Client-Timezone=UTC+01:00`, 'ledger-app']] } };
    }),
    3,
    plant('path-secret', 'weblogic-bea-101017-request-dump-reset-path', 'error', WHY.pathSecret("A password reset link `/ledger/password/reset/<token>` that hit a NullPointerException: WebLogic's BEA-101017 message writes the request's toString, its request line on a line of its own"), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { entries: [['Error', 'HTTP', 'BEA-101017', `[${ctx}, request: weblogic.servlet.internal.ServletRequestImpl@${rng.hex(8)}[\nGET /ledger/password/reset/${tok} HTTP/1.1\nHost: ledger.${LL}\nUser-Agent: ${BROWSERS[2]}\nAccept: text/html,application/xhtml+xml\nAccept-Language: en-GB,en;q=0.9\nX-Forwarded-For: ${rng.pick(['198.51.100', '203.0.113'])}.${rng.int(2, 254)}\n\n]] Root cause of ServletException.\njava.lang.NullPointerException: Cannot invoke "com.ledgerlark.ledger.User.getEmail()" because "user" is null\n\tat com.ledgerlark.ledger.web.PasswordResetServlet.doGet(PasswordResetServlet.java:61)\n\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:687)\n\tat weblogic.servlet.internal.StubSecurityHelper$ServletServiceAction.run(StubSecurityHelper.java:295)\n\tat weblogic.servlet.internal.ServletStubImpl.execute(ServletStubImpl.java:353)`]] } };
    }),
    3,
    plant('header-dump', 'weblogic-bea-101017-request-dump-authorization-basic', 'error', "A BEA-101017 error on the reports servlet: the request's toString writes its headers, the caller's `Authorization: Basic` (base64 of a service account and its password) on a line of its own.", ({ rng }) => {
      const b = b64Of(`svc-reports:${rng.alnum(18)}`);
      return { value: b, event: { entries: [['Error', 'HTTP', 'BEA-101017', `[${ctx}, request: weblogic.servlet.internal.ServletRequestImpl@${rng.hex(8)}[\nPOST /ledger/reports/trial-balance HTTP/1.1\nHost: ledger.${LL}\nAuthorization: Basic ${b}\nContent-Type: application/x-www-form-urlencoded\nContent-Length: 38\n\n]] Root cause of ServletException.\njava.lang.IllegalStateException: period not closed: 2027-05\n\tat com.ledgerlark.ledger.web.ReportServlet.doPost(ReportServlet.java:118)\n\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:707)`]] } };
    }),
    3,
    plant('api-key-name', 'weblogic-caused-by-httpurlconnection-for-url-app_id', 'error', `${WHY.apiKey('app_id')} An exchange-rate refresh failed: the stack trace's \`Caused by: java.io.IOException: Server returned HTTP response code: 401 for URL: …\` (HttpURLConnection's message) writes the URL with the Open Exchange Rates key, on a line without a time.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { entries: [['Warning', 'ServletContext-/ledger', 'BEA-000000', `FxRateJob: refresh failed, keeping yesterday's rates\ncom.ledgerlark.ledger.fx.FxException: rate source unavailable\n\tat com.ledgerlark.ledger.fx.OxrClient.latest(OxrClient.java:44)\n\tat com.ledgerlark.ledger.fx.FxRateJob.run(FxRateJob.java:29)\nCaused by: java.io.IOException: Server returned HTTP response code: 401 for URL: https://openexchangerates.example/api/latest.json?app_id=${key}&base=GBP\n\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2014)\n\tat com.ledgerlark.ledger.fx.OxrClient.latest(OxrClient.java:39)\n\t... 1 more`, 'ledger-batch']] } };
    }),
    3,
    plant('framework-dump', 'weblogic-servletcontext-log-parameter-map-password', 'error', "The login servlet logs `request.getParameterMap()` printed entry by entry (`{username=[…], password=[…]}`) on a failed sign-in: the password in the parameter dump.", ({ rng }) => {
      const pw = `${rng.alnum(9)}#${digits(rng, 3)}`;
      return { value: pw, event: { entries: [['Warning', 'ServletContext-/ledger', 'BEA-000000', `LoginServlet: authentication failed, params={username=[j.wood@calderbakes.example], password=[${pw}], remember=[on]}`, 'ledger-app']] } };
    }),
    3,
    plant('negative', 'weblogic-diagnostic-context-id', 'none', 'The diagnostic context id (ECID) a Warning about a slow request carries in its own field and in its message: an identifier to correlate log lines, no credential.', ({ rng }) => {
      const ecid = `${rng.uuid()}-0000${rng.hex(4)}`;
      return { value: ecid, event: { ecid, entries: [['Warning', 'HTTP', 'BEA-101394', `The exception "Request took 8112 ms (ECID ${ecid})" occurred while processing /ledger/reports/aged-debtors.`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 58 * MIN, site: { host: 'll-wls-02' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// queue-proxy.log: `kubectl logs --timestamps statements-00007-deployment-… -c queue-proxy` of a Knative Serving
// service (Ledgerlark's statement sharing function) with `logging.enable-request-log: "true"` and the default
// `logging.request-log-template`: one JSON line a request, `{"httpRequest": {"requestMethod": …, "requestUrl": "{{js
// .Request.RequestURI}}", …, "referer": "{{js .Request.Referer}}", "latency": …, "protocol": …}, "traceId": …}`; Go's
// template `js` escapes `=`, `&`, `<`, `>`, quotes and backslashes (`\u003D`, `\u0026`, `\'`). Each line behind kubectl's
// RFC 3339 nanosecond time. https://knative.dev/docs/serving/observability/logging/request-logging/ (read through search;
// the default template from memory of config-observability.yaml), https://pkg.go.dev/text/template#JSEscapeString.

function knativeLog(rng) {
  const js = (s) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/"/g, '\\"').replace(/</g, '\\u003C').replace(/>/g, '\\u003E').replace(/&/g, '\\u0026').replace(/=/g, '\\u003D');
  const ktime = (ms) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;
  const render = (e) => {
    const lat = (rng.int(1, 900) / 1000 + rng.int(0, 999999) / 1e9).toFixed(9).replace(/0+$/, '');
    return [`${ktime(e.t)} {"httpRequest": {"requestMethod": "${e.method}", "requestUrl": "${js(e.uri)}", "requestSize": "${e.size ?? 0}", "status": ${e.status}, "responseSize": "${e.bytes}", "userAgent": "${js(e.ua)}", "remoteIp": "10.244.${rng.int(0, 3)}.${rng.int(2, 250)}:${rng.int(30000, 60000)}", "serverIp": "10.244.1.37", "referer": "${js(e.referer === '-' ? '' : e.referer)}", "latency": "${lat}s", "protocol": "HTTP/1.1"}, "traceId": "${e.trace ?? ''}"}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', uri: `/statements/${rng.pick(['2027-05', '2027-04'])}?client=${rng.int(1000, 9999)}&format=${rng.pick(['pdf', 'csv'])}`, status: 200 }),
      () => ({ method: 'GET', uri: '/healthz', status: 200, ua: 'kube-probe/1.31' }),
      () => ({ method: 'POST', uri: '/statements/render', status: 202, size: rng.int(200, 900) }),
      () => ({ method: 'GET', uri: `/statements/assets/app.${rng.hex(8)}.js`, status: 200, referer: `https://statements.${LL}/` }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'knative-request-url-js-escaped-code', 'warning', `${WHY.code} Knative's default request log template writes the URI through Go's \`js\` escaper, so the callback's query reads \`code\\u003D…\\u0026state\\u003D…\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { method: 'GET', uri: `/auth/callback?code=${code}&state=${rng.hex(16)}`, status: 302, ua: BROWSERS[1] } };
    }),
    3,
    plant('negative', 'knative-traceid-b3', 'none', 'The `traceId` the template fills from `X-B3-Traceid`: a trace identifier, no credential.', ({ rng }) => {
      const tr = rng.hex(32);
      return { value: tr, event: { method: 'GET', uri: '/statements/2027-05?client=4410&format=pdf', status: 200, trace: tr } };
    }),
    3,
    plant('embed-jwt', 'knative-referer-embed-statement-jwt-no-exp', 'error', "A client's bookkeeping portal frames a statement (`/embed/statement/<JWT>`), and the frame's asset request carries the page as its Referer: a JWT without `exp` (error), written by the template's `referer`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(3600, 40000), claims: { client: rng.int(1000, 9999), statement: '2027-05', scope: 'statement:read' } });
      return { value: token, jwt: facts, event: { method: 'GET', uri: `/statements/assets/frame.${rng.hex(8)}.css`, status: 200, referer: `https://statements.${LL}/embed/statement/${token}`, ua: BROWSERS[0] } };
    }),
    3,
    plant('refresh-token', 'knative-request-url-js-escaped-refresh-token', 'error', `${WHY.refresh} An old desktop client renews its session with a GET and the refresh token in the query; the request log writes it \`js\`-escaped (\`refresh_token\\u003D…\`).`, ({ rng }) => {
      const rt = `llr_${rng.alnum(48)}`;
      return { value: rt, event: { method: 'GET', uri: `/session/renew?refresh_token=${rt}&client=ledgerlark-desktop`, status: 200, ua: 'LedgerlarkDesktop/3.9.2 (Windows NT 10.0)' } };
    }),
    3,
    plant('path-secret', 'knative-request-url-statement-share-token', 'error', WHY.pathSecret('A statement share link `/statements/share/<token>` an accountant sent a client'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'GET', uri: `/statements/share/${tok}`, status: 200, ua: BROWSERS[4] } };
    }),
    3,
    plant('encoded', 'knative-request-url-js-escaped-nested-percent-encoded-token', 'error', "A sign-in page's `next=` holds a download URL percent-encoded once (`%3Ftoken%3D…`), and the template's `js` escaper rewrites the outer `=` and `&` (`\\u003D`, `\\u0026`): the download token survives two encodings.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { method: 'GET', uri: `/login?next=${encodeURIComponent(`/statements/download?token=${tok}&fmt=pdf`)}&prompt=login`, status: 200, ua: BROWSERS[3] } };
    }),
    3,
    plant('negative', 'knative-request-url-oidc-nonce', 'none', 'An authorization request the function redirects to passes `nonce` and `state` (flow state, no credential), logged `js`-escaped.', ({ rng }) => {
      const n = rng.b64url(32);
      return { value: n, event: { method: 'GET', uri: `/auth/start?nonce=${n}&state=${rng.hex(16)}&prompt=none`, status: 302, ua: BROWSERS[2] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR + 5 * MIN, site: { host: 'statements' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// helidon-payroll.log: the console of Ledgerlark's payroll service on Helidon SE 4 with the quickstart's
// logging.properties (`%1$tY.%1$tm.%1$td %1$tH:%1$tM:%1$tS %4$s %3$s !thread!: %5$s%6$s%n`, local time without a
// zone, `!thread!` replaced by the current virtual thread) and the access log feature (logger
// `io.helidon.webserver.AccessLog`, its default format `%h %u %t %r %s %b %D`: `<ip> <user> [<dd/MMM/yyyy:HH:mm:ss
// Z>] "<request line>" <status> <bytes> <ms>`). https://helidon.io/docs/v4/se/webserver (the access log feature, not
// fetched), https://github.com/helidon-io/helidon (logging.properties of the quickstarts, not fetched); from memory.

function helidonLog(rng) {
  const jt = (ms) => local(ms, BST).slice(0, 19).replace('T', ' ').replace(/-/g, '.');
  const vt = () => `VirtualThread[#${rng.int(40, 400)},[0x${rng.hex(8)} 0x${rng.hex(8)}] WebServer socket]/runnable@ForkJoinPool-1-worker-${rng.int(1, 8)}`;
  const render = (e) => {
    const out = (e.app ?? []).map(([lvl, logger, msg]) => `${jt(e.t)} ${lvl} ${logger} ${vt()}: ${msg}`);
    if (e.path) out.push(`${jt(e.t + e.ms)} INFO io.helidon.webserver.AccessLog ${vt()}: ${e.ip} ${e.user ?? '-'} [${clf(e.t, BST)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes} ${e.ms}`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/payroll/runs', query: `period=2027-${pad(rng.int(4, 6))}`, status: 200, user: 'payroll-ui' }),
      () => ({ method: 'POST', path: `/payroll/runs/${rng.int(3000, 3999)}/calculate`, status: 202, user: 'payroll-ui' }),
      () => ({ path: null, app: [['INFO', 'com.ledgerlark.payroll.RtiSubmitter', `FPS for PAYE ref ${digits(rng, 3)}/${upperNum(rng, 6)} queued (${rng.int(2, 40)} employees)`]] }),
      () => ({ method: 'GET', path: '/observe/health', status: 200, ip: '10.20.0.4' }),
    ])();
  const steps = [
    { raw: { path: null, app: [['INFO', 'io.helidon.common.features.HelidonFeatures', 'Helidon SE 4.2.3 features: [Config, Health, Observe, Security, WebServer]'], ['INFO', 'io.helidon.webserver.ServerListener', "[0x6d1c7e5a] http://0.0.0.0:8080 bound for socket '@default'"], ['INFO', 'io.helidon.webserver.LoomServer', 'Started all channels in 41 milliseconds. 612 milliseconds since JVM startup. Java 21.0.7+6-LTS']] }, after: 0 },
    3,
    plant('replay', 'helidon-access-log-payslip-download-ticket', 'note', WHY.ticketFirst('A payslip download ticket (`download_ticket`, single use, 10 min) the payroll e-mail links to, on the access log line of the employee\'s download. The ticket is'), ({ rng, t }) => {
      const tk = rng.b64url(32);
      firstUse.payslip = t;
      return { value: tk, event: { method: 'GET', path: '/payslips/download', query: `download_ticket=${tk}&month=2027-06`, status: 200, bytes: rng.int(40000, 90000), ua: BROWSERS[2] } };
    }, { ref: 'payslip' }),
    2,
    plant('replay', 'helidon-access-log-payslip-download-ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('payslip').value, why: `${WHY.replay('download_ticket', gap('payslip', t))} Another address (198.51.100.201) downloaded the same payslip with the same ticket and the service answered 200 again: the ticket was not spent.` }], event: { method: 'GET', path: '/payslips/download', query: `download_ticket=${refs.get('payslip').value}&month=2027-06`, status: 200, bytes: rng.int(40000, 90000), ip: '198.51.100.201' } }), { replayOf: 'payslip', after: 137 }),
    3,
    plant('id-token', 'helidon-access-log-logout-id-token-hint-expired', 'note', 'The access log line of a sign-out through the service (`/logout?id_token_hint=<JWT>`): the ID token expired two hours before the line (note).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 2 * 3600 + rng.int(60, 900), jti: true, alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://id.${LL}`, aud: 'payroll-web', sub: rng.uuid(), sid: rng.uuid(), name: 'Imran Qureshi' } });
      return { value: token, jwt: facts, event: { method: 'GET', path: '/logout', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fpayroll.${LL}%2F`, status: 302, ua: BROWSERS[0] } };
    }),
    3,
    plant('webhook', 'helidon-app-log-webclient-rocketchat-hook', 'error', WHY.webhook('A Rocket.Chat incoming webhook URL (`/hooks/<integration id>/<token>`) in the payroll run notifier\'s warning when the chat server timed out'), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { path: null, app: [['WARNING', 'com.ledgerlark.payroll.notify.ChatNotifier', `Notification not delivered: io.helidon.http.RequestException: Read timeout after 5000 ms, POST https://chat.${LL}/hooks/${rng.alnum(17)}/${tok}`]] } };
    }),
    3,
    plant('negative', 'helidon-app-log-hmrc-irmark', 'none', "The IRmark of an RTI submission (base64 of a SHA-1 over the document, which HMRC echoes as a receipt): a checksum, no credential.", ({ rng }) => {
      const irmark = rng.bytes(20).toString('base64');
      return { value: irmark, event: { path: null, app: [['INFO', 'com.ledgerlark.payroll.RtiSubmitter', `FPS accepted by HMRC, IRmark ${irmark}`]] } };
    }),
    3,
    plant('implicit-fragment', 'helidon-app-log-redirect-fragment-access-token', 'error', "The pensions provider's connect flow returns an implicit grant; the service's redirect log (INFO) writes the whole address with its fragment (`#access_token=…`).", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { path: null, app: [['INFO', 'com.ledgerlark.payroll.pension.ConnectFlow', `Redirecting browser to https://payroll.${LL}/pensions/connected#access_token=${tok}&token_type=bearer&expires_in=3600`]] } };
    }),
    3,
    plant('negative', 'helidon-access-log-page-token', 'none', 'A `page_token` in a list call (an offset for the next page, named token): no credential.', ({ rng }) => {
      const v = rng.b64url(24);
      return { value: v, event: { method: 'GET', path: '/payroll/employees', query: `page_size=50&page_token=${v}`, status: 200, user: 'payroll-ui' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 30 * MIN, site: { host: 'payroll' }, filler, render, steps });
}

// =====================================================================================================================
// Karvan (Azerbaijani; Baku: AZT, UTC+4)
// =====================================================================================================================

const AZT = 240;
const KV = 'karvan.example';
const KV_API = `api.${KV}`;
const SEHERLER = ['baki', 'gence', 'seki', 'lenkeran', 'quba', 'qebele', 'sumqayit', 'naxcivan'];
const reys = (rng) => `KRV-${digits(rng, 5)}`;

// ---------------------------------------------------------------------------------------------------------------------
// apim-shg.log: the stdout of Azure API Management's self-hosted gateway (v2) in Karvan's cluster, with
// `telemetry.logs.std: text` and `log.std.level: info`: `[<Level>] <time> [<category>], <key>: <value>, …` per request
// line (`GatewayLogs`: `url` and `backendUrl` with their queries, `apimSubscriptionId`, `correlationId`, …), startup lines
// beside them. https://learn.microsoft.com/en-us/azure/api-management/how-to-configure-local-metrics-logs (not fetched;
// the line from memory of the documentation's sample).

function apimShgLog(rng) {
  const render = (e) => {
    if (e.plain) return e.plain.map((m) => `[Info] ${iso(e.t).slice(0, 23)} ${m}`);
    const total = rng.int(12, 400);
    const back = Math.max(1, total - rng.int(2, 10));
    const d = new Date(e.t);
    const tg = `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${iso(e.t).slice(11, 19)}`;
    const url = `https://${KV_API}${e.path}${e.query ? `?${e.query}` : ''}`;
    const burl = `http://${e.backend}.karvan.svc.cluster.local${e.path.replace(/^\/[^/]+/, '')}${e.query ? `?${e.query}` : ''}`;
    return [`[Info] ${iso(e.t).slice(0, 23)} [GatewayLogs], isRequestSuccess: ${e.status < 400 ? 'True' : 'False'}, totalTime: ${total}, category: GatewayLogs, callerIpAddress: ${e.ip}, timeGenerated: ${tg}, region: Baku DC1, correlationId: ${rng.uuid()}, method: ${e.method}, url: ${url}, backendResponseCode: ${e.status}, responseCode: ${e.status}, responseSize: ${e.bytes}, cache: none, backendTime: ${back}, apiId: ${e.api}, operationId: ${e.op}, apimSubscriptionId: ${e.sub ?? 'mobil-tetbiq'}, clientProtocol: HTTP/1.1, backendProtocol: HTTP/1.1, apiRevision: 1, clientTlsVersion: 1.3, backendMethod: ${e.method}, backendUrl: ${burl}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/reysler/axtar', query: `haradan=${rng.pick(SEHERLER)}&haraya=${rng.pick(SEHERLER)}&tarix=2027-06-${rng.int(23, 30)}`, status: 200, api: 'karvan-reysler', op: 'axtar', backend: 'reysler' }),
      () => ({ method: 'GET', path: `/reysler/${reys(rng)}/yerler`, status: 200, api: 'karvan-reysler', op: 'yerler', backend: 'reysler' }),
      () => ({ method: 'POST', path: '/sifarisler', status: 201, api: 'karvan-sifaris', op: 'yarat', backend: 'sifaris' }),
      () => ({ method: 'GET', path: `/sifarisler/${reys(rng)}`, status: rng.pick([200, 404]), api: 'karvan-sifaris', op: 'al', backend: 'sifaris' }),
    ])();
  const steps = [
    { raw: { plain: ['[Startup], message: Gateway is starting. Version 2.8.1, deployment: karvan-shg', '[Configuration], message: Configuration snapshot applied, apis: 6, products: 3, subscriptions: 41'] }, after: 0 },
    3,
    plant('api-key-name', 'apim-shg-url-acar-query', 'error', `${WHY.apiKey('acar')} A partner's ticket kiosk calls the gateway with its key in the query under \`acar\` (Azerbaijani for key), which the gateway logs in \`url\` and forwards in \`backendUrl\` (one line).`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { method: 'GET', path: '/reysler/axtar', query: `haradan=baki&haraya=gence&tarix=2027-06-24&acar=${key}`, status: 200, api: 'karvan-reysler', op: 'axtar', backend: 'reysler', sub: 'terminal-28-may', ua: TOOLS[2] } };
    }),
    3,
    plant('oauth-code', 'apim-shg-url-giris-qayit-code', 'warning', `${WHY.code} The sign-in callback \`/giris/qayit\` ("sign-in/return") passes through the gateway with \`code\` and \`state\` in \`url\` and \`backendUrl\`.`, ({ rng }) => {
      const code = rng.b64url(48);
      return { value: code, event: { method: 'GET', path: '/giris/qayit', query: `code=${code}&state=${rng.hex(24)}`, status: 302, api: 'karvan-giris', op: 'qayit', backend: 'giris' } };
    }),
    3,
    plant('negative', 'apim-shg-apim-subscription-id', 'none', "`apimSubscriptionId` is the subscription's identifier (a name or a generated id), not its key: no credential.", ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { method: 'GET', path: '/reysler/axtar', query: 'haradan=baki&haraya=seki&tarix=2027-06-25', status: 200, api: 'karvan-reysler', op: 'axtar', backend: 'reysler', sub: id } };
    }),
    3,
    plant('path-secret', 'apim-shg-url-sifre-berpa-token', 'error', WHY.pathSecret('A password reset link `/hesab/sifre-berpa/<token>` ("password restore") opened through the gateway'), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { method: 'GET', path: `/hesab/sifre-berpa/${tok}`, status: 200, api: 'karvan-hesab', op: 'sifre-berpa', backend: 'hesab' } };
    }),
    3,
    plant('session-id', 'apim-shg-url-sessiya-query', 'error', WHY.session('The web check-in page of the old mobile site puts its session in the query (`?sessiya=<id>`)'), ({ rng }) => {
      const sid = rng.alnum(32);
      return { value: sid, event: { method: 'GET', path: '/qeydiyyat/bilet', query: `sessiya=${sid}&reys=${reys(rng)}`, status: 200, api: 'karvan-qeydiyyat', op: 'bilet', backend: 'qeydiyyat' } };
    }),
    3,
    plant('refresh-token', 'apim-shg-url-token-yenile-refresh-token', 'error', `${WHY.refresh} The Android app's token renewal (\`/token/yenile\`, "renew") is a GET with the refresh token in the query, logged in \`url\` and \`backendUrl\`.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'GET', path: '/token/yenile', query: `refresh_token=${rt}&cihaz=android`, status: 200, api: 'karvan-giris', op: 'yenile', backend: 'giris' } };
    }),
    3,
    plant('negative', 'apim-shg-correlation-id', 'none', 'The `correlationId` of a request (a GUID that also goes to the backend as a header): an identifier, no credential.', ({ rng }) => {
      const c = rng.uuid();
      return { value: c, event: { plain: [`[GatewayLogs], isRequestSuccess: False, totalTime: 30002, category: GatewayLogs, callerIpAddress: 10.1.4.17, correlationId: ${c}, method: GET, url: https://${KV_API}/sifarisler/hesabat, responseCode: 504, lastErrorReason: Timeout, lastErrorMessage: Request to the backend service timed out`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 12 * MIN, site: { host: 'shg' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// karvan-phalcon.log: the log file of Karvan's web site, a Phalcon 5 app with `Phalcon\Logger\Adapter\Stream` and the
// Line formatter's defaults (`[%date%][%level%] %message%`, date format `c`: ISO 8601 with the offset), a message over
// several lines when it has line breaks (print_r). https://docs.phalcon.io/5.0/logger/ (not fetched; the Line formatter's
// API read through search in the Phalcon 2 and 3 references, the defaults from memory).

function phalconLog(rng) {
  const c = (ms) => `${local(ms, AZT).slice(0, 19)}${zone(AZT)}`;
  const render = (e) => e.msgs.map(([lvl, msg], i) => `[${c(e.t + i * 30)}][${lvl}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ msgs: [['INFO', `Reys axtarışı: ${rng.pick(SEHERLER)} → ${rng.pick(SEHERLER)}, ${rng.int(0, 14)} nəticə`]] }),
      () => ({ msgs: [['INFO', `Sifariş ${reys(rng)} ödənildi (${rng.int(8, 60)}.${pad(rng.int(0, 99))} AZN)`]] }),
      () => ({ msgs: [['WARNING', `Yer kilidi vaxtı bitdi: reys ${reys(rng)}, yer ${rng.int(1, 48)}`]] }),
      () => ({ msgs: [['DEBUG', `Volt: views/bilet/goster.volt compiled in ${rng.int(2, 30)} ms`]] }),
    ])();
  const steps = [
    3,
    plant('framework-dump', 'phalcon-print-r-post-sifre', 'error', "The registration action logs `print_r($this->request->getPost(), true)`: PHP's array dump over several lines, the password (`[sifre] => …`) on a line of its own.", ({ rng }) => {
      const pw = `${rng.alnum(9)}${digits(rng, 3)}`;
      return { value: pw, event: { msgs: [['DEBUG', `Qeydiyyat formu: Array\n(\n    [ad] => Leyla\n    [soyad] => Məmmədova\n    [telefon] => +99450${digits(rng, 7)}\n    [sifre] => ${pw}\n    [razilasma] => 1\n)\n`]] } };
    }),
    3,
    plant('negative', 'phalcon-security-token-key-and-value', 'none', "Phalcon's CSRF pair (`Security::getTokenKey()` and `getToken()`, a random name and value for the form): anti-forgery, no credential.", ({ rng }) => {
      const v = rng.b64url(32);
      return { value: v, event: { msgs: [['DEBUG', `CSRF: ${rng.alnum(12)}=${v}`]] } };
    }),
    3,
    plant('header-dump', 'phalcon-json-encode-request-headers-authorization-jwt', 'error', "The API module logs `json_encode($this->request->getHeaders())` on a 401: the partner's `Authorization: Bearer <JWT>` (1 h, jti) is in the object.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1200), jti: true, claims: { iss: `https://${KV_API}`, sub: 'terefdas-avtovagzal', scope: 'reys:oxu bilet:yaz' } });
      return { value: token, jwt: facts, event: { msgs: [['ERROR', `API 401, başlıqlar: ${JSON.stringify({ Host: KV_API, Authorization: `Bearer ${token}`, Accept: 'application/json', 'User-Agent': 'Avtovagzal-Kassa/2.3' })}`]] } };
    }),
    3,
    plant('webhook', 'phalcon-ifttt-maker-webhook-key-in-path', 'error', WHY.webhook('An IFTTT Maker webhook URL (`/trigger/<event>/with/key/<key>`: the key is a path segment) the booking alarm posts to, in a cURL error message'), ({ rng }) => {
      const key = rng.b64url(22);
      return { value: key, event: { msgs: [['ERROR', `Xəbərdarlıq göndərilmədi: cURL error 28: Operation timed out after 5001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://maker.ifttt.example/trigger/karvan_dolu_reys/with/key/${key}`]] } };
    }),
    3,
    plant('implicit-fragment', 'phalcon-json-encode-escaped-slashes-href-fragment', 'error', "A client error report the site stores (`json_encode` with PHP's default escaped slashes, `https:\\/\\/…`): the page's `href` carries a partner sign-in's `#access_token=` fragment.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { msgs: [['WARNING', `JS xətası: ${JSON.stringify({ mesaj: "Cannot read properties of undefined (reading 'yer')", href: `https://${KV}/terefdas/qayit#access_token=${tok}&token_type=Bearer&expires_in=3600`, setir: 118 }).replace(/\//g, '\\/')}`]] } };
    }),
    3,
    plant('encoded', 'phalcon-php-serialize-acar', 'error', "A settings cache entry logged as PHP's `serialize()` output (`a:3:{s:4:\"acar\";s:40:\"…\";…}`): the payment provider's key under `acar` (key), one format away from plain.", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { msgs: [['DEBUG', `Keş yazıldı odenis.ayarlar: a:3:{s:6:"terefdas";s:8:"kapitalb";s:4:"acar";s:40:"${key}";s:5:"rejim";s:4:"canli";}`]] } };
    }),
    3,
    plant('negative', 'phalcon-seat-hold-uuid', 'none', "A seat hold's identifier (`yer_kilidi`, a UUID): no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { msgs: [['INFO', `Yer kilidi yaradıldı: yer_kilidi=${v}, reys ${reys(rng)}, yer 14`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 3 * MIN, site: { host: 'web' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// error_log: Apache httpd 2.4 in front of the Phalcon site, with `LogLevel warn rewrite:trace3` left on after a
// redirect bug: each request's mod_rewrite trace, `[<Www Mmm dd HH:MM:SS.uuuuuu yyyy>] [rewrite:traceN] [pid n:tid n]
// mod_rewrite.c(<line>): [client <ip>:<port>] <ip> - - [<host>/sid#…][rid#…/initial] [perdir <dir>] <message>` and
// `, referer: <Referer>` at the end when the request has one; Phalcon's .htaccess (`RewriteRule ^((?s).*)$
// index.php?_url=/$1 [QSA,L]`) rewrites every path, the original query appended (`split uri=… -> uri=…, args=…`).
// https://httpd.apache.org/docs/2.4/mod/mod_rewrite.html#logging, https://httpd.apache.org/docs/2.4/mod/core.html#errorlogformat
// (not fetched; the trace messages from memory of public traces), https://docs.phalcon.io/5.0/webserver-setup/ (the
// .htaccess, not fetched).

function apacheRewriteLog(rng) {
  const at = (ms, us) => {
    const d = new Date(ms + AZT * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${local(ms, AZT).slice(11, 19)}.${pad(us, 6)} ${d.getUTCFullYear()}`;
  };
  const dir = '/var/www/karvan/public/';
  const render = (e) => {
    const pid = rng.int(2000, 9000);
    const tid = rng.int(139800000000000, 139899999999999);
    const port = rng.int(30000, 65000);
    const rid = rng.hex(10);
    let us = rng.int(0, 900000);
    const ref = e.referer && e.referer !== '-' ? `, referer: ${e.referer}` : '';
    const p = e.path.slice(1);
    const pre = (lvl, line, redir) => `[${at(e.t, (us += rng.int(8, 60)))}] [rewrite:trace${lvl}] [pid ${pid}:tid ${tid}] mod_rewrite.c(${line}): [client ${e.ip}:${port}] ${e.ip} - - [${KV}/sid#55d1c0a0e8a8][rid#7f${rid}/initial${redir ? '/redir#1' : ''}] [perdir ${dir}] `;
    if (e.asset) return [`${pre(3, 483, false)}strip per-dir prefix: ${dir}${p} -> ${p}${ref}`, `${pre(3, 483, false)}applying pattern '^((?s).*)$' to uri '${p}'${ref}`, `${pre(1, 483, false)}pass through ${dir}${p}${ref}`];
    return [
      `${pre(3, 483, false)}strip per-dir prefix: ${dir}${p} -> ${p}${ref}`,
      `${pre(3, 483, false)}applying pattern '^((?s).*)$' to uri '${p}'${ref}`,
      `${pre(2, 483, false)}rewrite '${p}' -> 'index.php?_url=/${p}'${ref}`,
      `${pre(3, 483, false)}split uri=index.php?_url=/${p} -> uri=index.php, args=_url=/${p}${e.query ? `&${e.query}` : ''}${ref}`,
      `${pre(3, 483, false)}add per-dir prefix: index.php -> ${dir}index.php${ref}`,
      `${pre(1, 483, false)}internal redirect with /index.php [INTERNAL REDIRECT]${ref}`,
      `${pre(3, 483, true)}strip per-dir prefix: ${dir}index.php -> index.php${ref}`,
      `${pre(1, 483, true)}pass through ${dir}index.php${ref}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/reysler', query: `haradan=${rng.pick(SEHERLER)}&haraya=${rng.pick(SEHERLER)}` }),
      () => ({ path: `/bilet/${reys(rng)}` }),
      () => ({ path: `/css/esas.${rng.hex(8)}.css`, asset: true, referer: `https://${KV}/` }),
      () => ({ path: '/haqqimizda' }),
    ])();
  const steps = [
    2,
    plant('path-secret', 'apache-rewrite-trace-per-dir-sifre-berpa', 'error', WHY.pathSecret("A password reset link `/sifre/berpa/<token>` in mod_rewrite's trace: the path is written by `strip per-dir prefix`, `applying pattern`, `rewrite` and `split uri` (four lines of one request)"), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { path: `/sifre/berpa/${tok}`, ua: BROWSERS[4] } };
    }),
    2,
    plant('negative', 'apache-rewrite-trace-fbclid', 'none', "Facebook's click id `fbclid` appended to a landing page (`split uri` keeps it in `args=`): no credential.", ({ rng }) => {
      const v = `IwAR${rng.b64url(56)}`;
      return { value: v, event: { path: '/kampaniya/yay', query: `fbclid=${v}` } };
    }),
    2,
    plant('replay', 'apache-rewrite-trace-split-args-birdefelik-bilet', 'note', WHY.ticketFirst('A one-time boarding ticket (`birdefelik_bilet`) the driver\'s scanner checks at Baku bus station, in the original query `split uri` appends (`args=…&birdefelik_bilet=…`). The ticket is'), ({ rng, t }) => {
      const tk = rng.hex(32);
      firstUse.minik = t;
      return { value: tk, event: { path: '/yoxlama/minik', query: `birdefelik_bilet=${tk}&reys=KRV-40217`, ip: '10.7.3.21' } };
    }, { ref: 'minik' }),
    2,
    plant('replay', 'apache-rewrite-trace-split-args-birdefelik-bilet', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('minik').value, why: `${WHY.replay('birdefelik_bilet', gap('minik', t))} A second scanner (10.7.9.64, at the Gəncə stop) sent the same one-time boarding ticket; the trace shows the request routed to the check action again.` }], event: { path: '/yoxlama/minik', query: `birdefelik_bilet=${refs.get('minik').value}&reys=KRV-40217`, ip: '10.7.9.64' } }), { replayOf: 'minik', after: 96 }),
    2,
    plant('embed-jwt', 'apache-rewrite-trace-referer-yerlesdirme-expired', 'note', "A partner site's old page still frames the timetable widget: the widget's stylesheet request carries `/yerlesdirme/cedvel/<JWT>` (\"embed/timetable\") as its Referer, which Apache appends to each trace line; the JWT expired two days before (note, whatever the zone of Apache's local time).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + 3600 + rng.int(60, 3000), jti: true, claims: { terefdas: 'qebele-tur', widget: 'cedvel' } });
      return { value: token, jwt: facts, event: { path: `/css/vidjet.${rng.hex(8)}.css`, asset: true, referer: `https://${KV}/yerlesdirme/cedvel/${token}` } };
    }),
    2,
    plant('api-key-name', 'apache-rewrite-trace-split-args-api-acari', 'error', `${WHY.apiKey('api_acari')} A partner's price feed calls the site with \`api_acari\` ("API key") in the query; only \`split uri\` writes the query, in \`args=\`.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { path: '/feed/qiymetler.xml', query: `api_acari=${key}&seher=baki`, ip: '198.51.100.77' } };
    }),
    2,
    plant('negative', 'apache-rewrite-trace-asset-version', 'none', 'A stylesheet with a content hash in its name, passed through by the trace: an asset hash, no credential.', ({ rng }) => {
      const h = rng.hex(20);
      return { value: h, event: { path: `/js/bron.${h}.js`, asset: true, referer: `https://${KV}/reysler` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 40 * MIN, site: { host: KV }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// SystemOut.log: WebSphere Application Server 9.0.5 (traditional) running Karvan's payment and invoicing module, the
// JVM's SystemOut.log in the basic format: `[M/d/yy H:mm:ss:SSS z] <thread id, 8 hex> <short name, 13> <event type>
// <message>`, `SystemOut     O` for the app's System.out, `SystemErr     R` for stack traces, message ids for the
// runtime's own lines. https://www.ibm.com/docs/en/was/9.0.5?topic=SSEQTP_9.0.5/com.ibm.websphere.base.doc/ae/
// rtrb_readmsglogs.html (not fetched; the basic format from memory of the documentation and public logs).

function websphereLog(rng) {
  const wt = (ms) => {
    const d = new Date(ms + AZT * MIN);
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)} ${d.getUTCHours()}:${local(ms, AZT).slice(14, 19)}:${msPart(ms)} AZT`;
  };
  const tid = () => `000000${rng.hex(2)}`;
  const render = (e) => {
    const th = tid();
    return e.lines.map(([name, type, msg], i) => `[${wt(e.t + i * 7)}] ${name === 'SystemOut' || name === 'SystemErr' ? th : tid()} ${name.padEnd(13)} ${type} ${msg}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [['SystemOut', 'O', `Ödəniş ${reys(rng)}: status=APPROVED, məbləğ=${rng.int(8, 60)}.${pad(rng.int(0, 99))} AZN`]] }),
      () => ({ lines: [['SystemOut', 'O', `Qaimə-faktura ${rng.int(100000, 999999)} yaradıldı`]] }),
      () => ({ lines: [['SessionContex', 'I', `SESN0176I: Will create a new session for the Web module ${rng.pick(['Karvan Odenis', 'Karvan Hesab'])}.`]] }),
    ])();
  const steps = [
    { raw: { lines: [['WsServerImpl', 'A', 'WSVR0001I: Server karvanServer1 open for e-business'], ['webapp', 'A', 'SRVE0169I: Loading Web Module: Karvan Odenis.'], ['VirtualHost', 'I', 'SRVE0250I: Web Module Karvan Odenis has been bound to default_host[*:9080,*:80,*:9443,*:443].']] }, after: 0 },
    3,
    plant('header-dump', 'websphere-systemout-header-loop-authorization', 'error', 'A filter prints every request header with `System.out.println(name + " = " + value)`: the bank\'s callback carries `authorization = Bearer <token>`, one header a SystemOut line.', ({ rng }) => {
      const tok = rng.alnum(44);
      return { value: tok, event: { lines: [['SystemOut', 'O', 'Başlıq: host = odenis.karvan.example'], ['SystemOut', 'O', `Başlıq: authorization = Bearer ${tok}`], ['SystemOut', 'O', 'Başlıq: content-type = application/json']] } };
    }),
    3,
    plant('negative', 'websphere-bank-certificate-fingerprint', 'none', "The SHA-256 fingerprint of the bank's TLS certificate the module pins (public by design): no credential.", ({ rng }) => {
      const fp = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
      return { value: fp, event: { lines: [['SystemOut', 'O', `Bankın sertifikatı yoxlandı, SHA-256: ${fp}`]] } };
    }),
    3,
    plant('api-key-name', 'websphere-systemout-url-gizli-acar', 'error', `${WHY.apiKey('gizli_acar')} The invoicing step prints the tax service URL it calls, the key under \`gizli_acar\` (secret key).`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { lines: [['SystemOut', 'O', `e-qaimə sorğusu: https://e-qaime.example/api/v2/gonder?voen=${digits(rng, 10)}&gizli_acar=${key}`]] } };
    }),
    3,
    plant('refresh-token', 'websphere-systemout-token-response-json', 'error', `${WHY.refresh} The module prints the bank's token response as received (\`{"access_token":…,"refresh_token":…}\`).`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { lines: [['SystemOut', 'O', `Bank token cavabı: {"access_token":"${rng.alnum(40)}","token_type":"Bearer","expires_in":600,"refresh_token":"${rt}"}`]] } };
    }),
    3,
    plant('id-token', 'websphere-systemout-asan-login-id-token', 'error', "The state-backed sign-in's ID token printed after the exchange (RS256, 10 h, jti): live when logged, on a line whose time has AZT.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(1, 20), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://asanlogin.example', aud: 'karvan-odenis', sub: upperNum(rng, 7), name: 'Rəşad Əliyev' } });
      return { value: token, jwt: facts, event: { lines: [['SystemOut', 'O', `id_token=${token}`]] } };
    }),
    3,
    plant('session-id', 'websphere-systemerr-jsessionid-cacheid-cloneid', 'error', WHY.session("An exception message on SystemErr holds the session cookie in WebSphere's format (`JSESSIONID=0000<id>:<clone id>`)"), ({ rng }) => {
      const sid = `0000${rng.b64url(23).replace(/[-_]/g, 'Q')}:${rng.hex(8)}`;
      return { value: sid, event: { lines: [['SystemErr', 'R', `java.lang.IllegalStateException: Ödəniş sessiyası tapılmadı, cookie JSESSIONID=${sid}`], ['SystemErr', 'R', '\tat az.karvan.odenis.web.CallbackServlet.doPost(CallbackServlet.java:88)'], ['SystemErr', 'R', '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:595)']] } };
    }),
    3,
    plant('negative', 'websphere-bank-rrn', 'none', "A card payment's retrieval reference number (RRN, 12 digits): a transaction reference, no credential.", ({ rng }) => {
      const rrn = digits(rng, 12);
      return { value: rrn, event: { lines: [['SystemOut', 'O', `Ödəniş təsdiqləndi RRN=${rrn}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 15 * MIN, site: { host: 'was' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// negroni.log: Karvan's bus tracking and seat map API in Go with `negroni.Classic()` (Recovery, Logger, Static): the
// logger's default `[negroni] {{.StartTime}} | {{.Status}} | \t {{.Duration}} | {{.Hostname}} | {{.Method}} {{.Path}}`
// (RFC 3339 start time, the path without its query), Recovery's `[negroni] PANIC: <value>` followed by the goroutine's
// stack, and the app's own `log` lines (`2006/01/02 15:04:05 …`, local time). https://github.com/urfave/negroni
// (logger.go and recovery.go, not fetched; `SetFormat` with `{{.Status}}`/`{{.Duration}}` seen in a public example
// through search).

function negroniLog(rng) {
  const rfc = (ms) => `${local(ms, AZT).slice(0, 19)}${zone(AZT)}`;
  const glog = (ms) => ymdHmsAt(ms, AZT).replace(/-/g, '/');
  const dur = () => (rng.int(0, 3) === 0 ? `${rng.int(90, 999)}.${digits(rng, 3)}µs` : `${rng.int(1, 80)}.${digits(rng, 6)}ms`);
  const render = (e) => {
    const out = (e.app ?? []).map((m) => `${glog(e.t)} ${m}`);
    if (e.panic) out.push(...`[negroni] PANIC: ${e.panic}\ngoroutine ${rng.int(20, 300)} [running]:\ngithub.com/urfave/negroni/v3.(*Recovery).ServeHTTP.func1()\n\t/go/pkg/mod/github.com/urfave/negroni/v3@v3.1.1/recovery.go:159 +0x${rng.hex(3)}\npanic({0x${rng.hex(6)}?, 0xc000${rng.hex(6)}?})\n\t/usr/local/go/src/runtime/panic.go:792 +0x132\nkarvan.example/izleme/handlers.(*Qeydiyyat).Yarat(0xc000${rng.hex(6)}, {0x${rng.hex(6)}, 0xc000${rng.hex(6)}}, 0xc000${rng.hex(6)})\n\t/src/handlers/qeydiyyat.go:57 +0x${rng.hex(3)}`.split('\n'));
    if (e.path) out.push(`[negroni] ${rfc(e.t + 5)} | ${e.status} | \t ${dur()} | ${KV_API.replace('api.', 'izleme.')} | ${e.method} ${e.path}`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `/avtobuslar/${rng.int(10, 99)}-${upperNum(rng, 2)}-${digits(rng, 3)}/movqe`, status: 200 }),
      () => ({ method: 'GET', path: `/reysler/${reys(rng)}/yer-xeritesi`, status: 200 }),
      () => ({ path: null, app: [`GPS: ${rng.int(12, 80)} avtobus yeniləndi`] }),
      () => ({ method: 'GET', path: '/saglamliq', status: 200 }),
    ])();
  const steps = [
    { raw: { path: null, app: ['[negroni] listening on :8080'] }, after: 0 },
    3,
    plant('path-secret', 'negroni-path-bilet-paylas-token', 'error', WHY.pathSecret('A shared ticket link `/bilet/paylas/<token>` ("ticket/share") a passenger sent to a relative, in the logger\'s path'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'GET', path: `/bilet/paylas/${tok}`, status: 200 } };
    }),
    3,
    plant('negative', 'negroni-app-log-gps-imei', 'none', "A bus tracker's IMEI (15 digits) in the app's log: a device identifier, no credential.", ({ rng }) => {
      const imei = `35${digits(rng, 13)}`;
      return { value: imei, event: { path: null, app: [`GPS cihazı qoşuldu IMEI=${imei}`] } };
    }),
    3,
    plant('embed-jwt', 'negroni-path-yerlesdirme-xerite-jwt', 'error', 'The live bus map a partner embeds (`/yerlesdirme/xerite/<JWT>`, "embed/map"): a JWT valid an hour with a jti (error), in the logger\'s path; the line has its RFC 3339 time.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { terefdas: 'seki-turizm', xerite: 'canli', reysler: ['KRV-40217', 'KRV-40311'] } });
      return { value: token, jwt: facts, event: { method: 'GET', path: `/yerlesdirme/xerite/${token}`, status: 200 } };
    }),
    3,
    plant('webhook', 'negroni-app-log-make-webhook', 'error', WHY.webhook('A Make (formerly Integromat) scenario webhook URL (`hook.eu1.make.example/<token>`) the delay notifier posts to, in the app\'s error line'), ({ rng }) => {
      const tok = rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32);
      return { value: tok, event: { path: null, app: [`gecikmə bildirişi alınmadı: Post "https://hook.eu1.make.example/${tok}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`] } };
    }),
    3,
    plant('encoded', 'negroni-path-base64url-json-odeme-qaytish', 'error', "The bank's return to `/odeme/qayit/<base64url of JSON>` (\"payment/return\") carries a JSON whose `token` is the card-on-file token; the logger writes the path, the token one decoding away.", ({ rng }) => {
      const tok = rng.alnum(32);
      const seg = b64urlOf(JSON.stringify({ sifaris: reys(rng), status: 'ok', token: tok }));
      return { value: seg, event: { method: 'GET', path: `/odeme/qayit/${seg}`, status: 302 } };
    }),
    3,
    plant('framework-dump', 'negroni-recovery-panic-struct-sifre', 'error', "A panic in the sign-up handler: Recovery writes `PANIC: ` with the panic value, here an error built with `%+v` of the request struct (`{Telefon:… Sifre:…}`), password included, then the stack.", ({ rng }) => {
      const pw = `${rng.alnum(10)}${digits(rng, 2)}`;
      return { value: pw, event: { panic: `qeydiyyat alınmadı: &{Ad:Tural Telefon:+99455${digits(rng, 7)} Sifre:${pw} Seher:gence}: sql: no rows in result set`, method: 'POST', path: '/qeydiyyat', status: 500 } };
    }),
    3,
    plant('negative', 'negroni-app-log-x-request-id', 'none', 'An `X-Request-Id` the app logs with a slow query: a request identifier, no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { path: null, app: [`yavaş sorğu 812ms X-Request-Id=${v}`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR + 25 * MIN, site: { host: 'izleme' }, filler, render, steps });
}

// =====================================================================================================================
// Dhobighat (Hindi; Pune: IST, UTC+5:30)
// =====================================================================================================================

const IST = 330;
const DG = 'dhobighat.example';
const DG_API = `api.${DG}`;
const ILAKE = ['Kothrud', 'Baner', 'Aundh', 'Viman Nagar', 'Hadapsar', 'Wakad', 'Kharadi'];
const orderId = (rng) => `DG${digits(rng, 7)}`;

// ---------------------------------------------------------------------------------------------------------------------
// meteor-run.log: the terminal of `meteor run --settings settings.json` (Meteor 3.1) for Dhobighat's operations
// dashboard: the tool's own lines (`=> Started proxy.`, `=> Started MongoDB.`, `=> Started your app.`), then each line
// the server process writes prefixed `I<yyyymmdd>-<HH:MM:SS.mmm>(<UTC offset in hours>)? ` (`W` for stderr), the offset
// `5.5` in Pune; an object console.log prints over several lines gets the prefix on each. https://docs.meteor.com/api/
// accounts.html (validateLoginAttempt's `methodArguments`, not fetched); the prefix from memory of `meteor run` output.

function meteorLog(rng) {
  const pfx = (ms, err) => `${err ? 'W' : 'I'}${local(ms, IST).slice(0, 10).replace(/-/g, '')}-${local(ms, IST).slice(11, 23)}(5.5)? `;
  const render = (e) => (e.tool ? e.tool : e.msgs.flatMap(([err, msg], i) => msg.split('\n').map((l) => `${pfx(e.t + i * 20, err)}${l}`)));
  const filler = (rng) =>
    rng.pick([
      () => ({ msgs: [[false, `पिकअप निर्धारित: ${orderId(rng)} (${rng.pick(ILAKE)}, ${rng.int(8, 19)}:00–${rng.int(9, 20)}:00)`]] }),
      () => ({ msgs: [[false, `धुलाई पूरी: ${orderId(rng)}, ${rng.int(2, 14)} कपड़े`]] }),
      () => ({ msgs: [[false, `Publication orders.today ready for ${rng.int(1, 9)} subscribers`]] }),
    ])();
  const steps = [
    { raw: { tool: ['[[[[[ ~/dhobighat/ops ]]]]]', '', '=> Started proxy.', '=> Started HMR server.', '=> Started MongoDB.'] }, after: 0 },
    plant('framework-dump', 'meteor-console-log-settings-object-key-secret', 'error', "The app prints `Meteor.settings` at start-up with console.log: util.inspect writes the object over several lines, each with Meteor's prefix, Razorpay's `key_secret` among them.", ({ rng }) => {
      const sec_ = rng.alnum(24);
      return { value: sec_, event: { msgs: [[false, `सेटिंग्स लोड हुईं: ${inspectN({ public: { shahar: 'pune', samay: 'Asia/Kolkata' }, private: { razorpay: { key_id: `rzp_live_${rng.alnum(14)}`, key_secret: sec_ }, msg91: { sender: 'DHOBIG' } } })}`]] } };
    }, { after: 4 }),
    { raw: { tool: ['=> Started your app.', '', '=> App running at: http://localhost:3000/'] }, after: 1 },
    3,
    plant('session-id', 'meteor-validate-login-attempt-method-arguments-resume', 'error', WHY.session("A `validateLoginAttempt` hook logs `attempt.methodArguments`: a reconnecting dashboard logs in with its stored login token (`[ { resume: '…' } ]`), Meteor's session credential"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { msgs: [[false, `लॉगिन प्रयास: type=resume allowed=true args=${inspect1([{ resume: tok }])}`]] } };
    }),
    3,
    plant('negative', 'meteor-document-id', 'none', "A MongoDB document `_id` Meteor generates (17 characters of Random.id()): an identifier, no credential.", ({ rng }) => {
      const id = rng.chars('23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz', 17);
      return { value: id, event: { msgs: [[false, `ऑर्डर अपडेट: _id=${id} status=picked`]] } };
    }),
    3,
    plant('oauth-code', 'meteor-webapp-handler-oauth-google-code', 'warning', `${WHY.code} A \`WebApp.handlers\` logger the team added writes every URL; Meteor's OAuth callback (\`/_oauth/google?state=…&code=…\`) passes through it.`, ({ rng }) => {
      const code = encodeURIComponent(`4/0A${rng.b64url(60)}`);
      return { value: code, event: { msgs: [[false, `GET /_oauth/google?state=${rng.b64url(120)}&code=${code}&scope=email%20profile%20openid&authuser=0&prompt=none`]] } };
    }),
    3,
    plant('api-key-name', 'meteor-stderr-fetch-error-msg91-authkey', 'error', `${WHY.apiKey('authkey')} A failed SMS through MSG91's legacy HTTP API: the error on stderr (\`W…\`) writes the URL with \`authkey\`.`, ({ rng }) => {
      const key = `${digits(rng, 6)}${rng.alnum(18)}`;
      return { value: key, event: { msgs: [[true, `SMS भेजना विफल: FetchError: request to https://api.msg91.example/api/sendhttp.php?authkey=${key}&mobiles=91${digits(rng, 10)}&route=4&sender=DHOBIG failed, reason: socket hang up`]] } };
    }),
    3,
    plant('refresh-token', 'meteor-console-log-zoho-refresh-token', 'error', `${WHY.refresh} The invoicing job logs the Zoho Books token it stores (\`1000.<hex>.<hex>\`).`, ({ rng }) => {
      const rt = `1000.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: rt, event: { msgs: [[false, `Zoho टोकन सहेजा: refresh_token=${rt} (api_domain=https://www.zohoapis.in)`]] } };
    }),
    3,
    plant('negative', 'meteor-autoupdate-version-hash', 'none', "Autoupdate's client version hash (a SHA-1 of the client bundle): no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { msgs: [[false, `Client modified -- refreshing (version ${h})`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR + 55 * MIN, site: { host: 'ops' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// adonis-api.log: Dhobighat's customer API on AdonisJS 6 with its pino logger through pino-pretty (`colorize: false`,
// `translateTime: 'SYS:yyyy-mm-dd HH:MM:ss.l o'`): `[<local time with offset>] <LEVEL> (<pid>): <msg>`, then the other
// properties one a line, four spaces in, objects as indented JSON. https://github.com/pinojs/pino-pretty (README: the
// line, `translateTime`, `SYS:`; not fetched), https://docs.adonisjs.com/guides/digging-deeper/logger (not fetched).

function adonisLog(rng) {
  const pt = (ms) => `${local(ms, IST).slice(0, 10)} ${local(ms, IST).slice(11, 23)} +0530`;
  const pid = 48213;
  const prop = (k, v) => {
    if (v !== null && typeof v === 'object') {
      const body = JSON.stringify(v, null, 2).split('\n');
      return [`    ${k}: ${body[0]}`, ...body.slice(1).map((l) => `    ${l}`)];
    }
    return [`    ${k}: ${JSON.stringify(v)}`];
  };
  const render = (e) => [`[${pt(e.t)}] ${e.level ?? 'INFO'} (${pid}): ${e.msg}`, ...Object.entries(e.props ?? {}).flatMap(([k, v]) => prop(k, v))];
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: 'request completed', props: { request_id: rng.hex(24), req: { method: 'GET', url: `/v1/orders?status=${rng.pick(['pickup', 'washing', 'delivered'])}` }, res: { statusCode: 200 }, responseTime: rng.int(3, 90) } }),
      () => ({ msg: `स्लॉट उपलब्ध: ${rng.pick(ILAKE)} ${rng.int(8, 19)}:00`, props: { request_id: rng.hex(24) } }),
      () => ({ msg: 'request completed', props: { request_id: rng.hex(24), req: { method: 'POST', url: '/v1/orders' }, res: { statusCode: 201 }, responseTime: rng.int(20, 300) } }),
    ])();
  const steps = [
    { raw: { msg: 'started HTTP server on 0.0.0.0:3333' }, after: 0 },
    3,
    plant('header-dump', 'pino-pretty-req-headers-authorization-jwt', 'error', "A request logged with its headers (a serializer kept `req.headers` for debugging): pino-pretty writes the object as indented JSON, `\"authorization\": \"Bearer <JWT>\"` on a line of its own (15 min, jti, live; the entry's time has its offset).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(20, 500), jti: true, claims: { iss: `https://${DG_API}`, sub: String(rng.int(100000, 999999)), type: 'access' } });
      return { value: token, jwt: facts, event: { msg: 'request completed', props: { request_id: rng.hex(24), req: { method: 'GET', url: '/v1/profile', headers: { host: DG_API, 'user-agent': 'okhttp/5.3.2', authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' } }, res: { statusCode: 200 }, responseTime: rng.int(4, 40) } } };
    }),
    3,
    plant('negative', 'pino-pretty-razorpay-signature', 'none', "Razorpay's `razorpay_signature` on a payment callback (an HMAC over the order and payment ids, checked by the server, useless elsewhere): no credential.", ({ rng }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { msg: 'भुगतान सत्यापित', props: { request_id: rng.hex(24), razorpay_order_id: `order_${rng.alnum(14)}`, razorpay_payment_id: `pay_${rng.alnum(14)}`, razorpay_signature: sig } } };
    }),
    3,
    plant('api-key-name', 'pino-pretty-req-headers-x-dhobighat-kunji', 'error', `${WHY.apiKey('x-dhobighat-kunji')} A laundromat partner's key in a custom header named in Hindi (\`kunji\`, key), in the logged \`req.headers\`.`, ({ rng }) => {
      const key = `dg_${rng.alnum(40)}`;
      return { value: key, event: { msg: 'request completed', props: { request_id: rng.hex(24), req: { method: 'POST', url: '/v1/partner/orders/bulk', headers: { host: DG_API, 'content-type': 'application/json', 'x-dhobighat-kunji': key } }, res: { statusCode: 202 }, responseTime: rng.int(30, 200) } } };
    }),
    3,
    plant('encoded', 'pino-pretty-url-double-percent-encoded-token', 'error', "A tracking link's `redirect=` holds a URL encoded twice (`%253D`): the order tracking token inside, logged in `req.url`.", ({ rng }) => {
      const tok = rng.alnum(32);
      const inner = encodeURIComponent(encodeURIComponent(`https://${DG}/track?order=${orderId(rng)}&token=${tok}`));
      return { value: tok, event: { msg: 'request completed', props: { request_id: rng.hex(24), req: { method: 'GET', url: `/r?redirect=${inner}` }, res: { statusCode: 302 }, responseTime: rng.int(2, 9) } } };
    }),
    3,
    plant('implicit-fragment', 'pino-pretty-deep-link-fragment', 'error', "The app's sign-in bridge logs the deep link it hands back to the Android app (`dhobighat://auth#access_token=…`): the implicit grant's fragment in a custom-scheme URL, as a property.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { msg: 'ऐप को वापस भेजा', props: { request_id: rng.hex(24), deep_link: `dhobighat://auth#access_token=${tok}&token_type=Bearer&expires_in=86400` } } };
    }),
    3,
    plant('webhook', 'pino-pretty-error-webex-incoming-webhook', 'error', WHY.webhook('A Webex incoming webhook URL (`webexapis.com/v1/webhooks/incoming/<token>`) in the error of a failed ops alert'), ({ rng }) => {
      const tok = rng.b64url(120).replace(/[-_]/g, 'a');
      return { value: tok, event: { level: 'ERROR', msg: 'अलर्ट भेजना विफल', props: { request_id: rng.hex(24), err: { type: 'HTTPError', message: `Request failed with status code 429: POST https://webexapis.example/v1/webhooks/incoming/${tok}` } } } };
    }),
    3,
    plant('negative', 'pino-pretty-request-id', 'none', "AdonisJS' `request_id` on a request's line: an identifier, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { msg: 'request completed', props: { request_id: v, req: { method: 'GET', url: '/v1/slots?area=Baner' }, res: { statusCode: 200 }, responseTime: 7 } } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 41 * MIN, site: { host: 'api' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gcloud-functions-logs.txt: `gcloud functions logs read --region=asia-south1 --limit=…` of Dhobighat's Cloud Run
// functions (Node.js 22): gcloud's table, `LEVEL  NAME  EXECUTION_ID  TIME_UTC  LOG`, columns padded to the widest value,
// `TIME_UTC` as `yyyy-mm-dd HH:MM:SS.mmm`, the log text last. https://cloud.google.com/sdk/gcloud/reference/functions/logs/read
// (not fetched; the table from memory of public output).

function gcloudFunctionsLog(rng) {
  const names = ['pickupWebhook', 'invoiceMailer', 'riderAssign'];
  const w = Math.max(...names.map((n) => n.length));
  const render = (e) => {
    if (e.head) return [`LEVEL  ${'NAME'.padEnd(w)}  EXECUTION_ID  TIME_UTC                 LOG`];
    const ex = e.ex ?? lowerNum(rng, 12);
    return e.logs.map(([lvl, msg], i) => `${lvl.padEnd(5)}  ${e.fn.padEnd(w)}  ${ex}  ${ymdHmsAt(e.t + i * 90, 0)}.${msPart(e.t + i * 90)}  ${msg}`);
  };
  const run = (fn, logs) => [['D', 'Function execution started'], ...logs, ['D', `Function execution took ${rng.int(40, 2400)} ms, finished with status code: ${rng.pick([200, 200, 204])}`]];
  const filler = (rng) =>
    rng.pick([
      () => ({ fn: 'pickupWebhook', logs: run('pickupWebhook', [['I', `पिकअप अनुरोध प्राप्त: ${orderId(rng)} (${rng.pick(ILAKE)})`]]) }),
      () => ({ fn: 'riderAssign', logs: run('riderAssign', [['I', `राइडर ${rng.int(100, 999)} को ${orderId(rng)} सौंपा गया`]]) }),
      () => ({ fn: 'invoiceMailer', logs: run('invoiceMailer', [['I', `बिल भेजा: ${orderId(rng)} → ${rng.pick(['gmail.com', 'outlook.com', 'yahoo.co.in'])}`]]) }),
    ])();
  const steps = [
    { raw: { head: true }, after: 0 },
    3,
    plant('id-token', 'gcloud-functions-firebase-id-token-expired', 'note', "firebase-admin's `verifyIdToken` failure logged with the token the rider app sent: a Firebase ID token that expired an hour before the line (note); gcloud's `TIME_UTC` gives the line its zone.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 3600 + rng.int(60, 900), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://securetoken.google.com/dhobighat-prod', aud: 'dhobighat-prod', auth_time: sec(t) - 3 * 86400, user_id: rng.alnum(28), sub: rng.alnum(28), phone_number: `+9198${digits(rng, 8)}`, firebase: { identities: { phone: [] }, sign_in_provider: 'phone' } } });
      return { value: token, jwt: facts, event: { fn: 'riderAssign', logs: run('riderAssign', [['E', `टोकन अमान्य (auth/id-token-expired): Firebase ID token has expired. token=${token}`]]) } };
    }),
    3,
    plant('negative', 'gcloud-functions-execution-id', 'none', "gcloud's `EXECUTION_ID` column (12 characters naming one execution) on the three lines of an execution: an identifier, no credential.", ({ rng }) => {
      const ex = lowerNum(rng, 12);
      return { value: ex, event: { ex, fn: 'invoiceMailer', logs: run('invoiceMailer', [['I', 'कोई नया बिल नहीं']]) } };
    }),
    3,
    plant('path-secret', 'gcloud-functions-log-aamantran-link', 'error', WHY.pathSecret('A rider onboarding invitation `/aamantran/<token>` ("invitation") the function logs after sending it by SMS'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { fn: 'riderAssign', logs: run('riderAssign', [['I', `आमंत्रण भेजा: +9197${digits(rng, 8)} → https://rider.${DG}/aamantran/${tok}`]]) } };
    }),
    3,
    plant('api-key-name', 'gcloud-functions-log-url-kunji', 'error', `${WHY.apiKey('kunji')} The pickup webhook forwards orders to a franchise's system with the key in the query under \`kunji\` (key), and logs the URL.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { fn: 'pickupWebhook', logs: run('pickupWebhook', [['I', `फ्रैंचाइज़ी को भेजा: https://baner-franchise.example/api/orders?kunji=${key}&order=${orderId(rng)}`]]) } };
    }),
    3,
    plant('api-key-name', 'gcloud-functions-log-googlemaps-key-error', 'error', `${WHY.apiKey('key')} The rider assignment's distance lookup failed, and the function logs the Distance Matrix URL with the Maps key (\`AIza…\`).`, ({ rng }) => {
      const key = `AIza${rng.b64url(35)}`;
      return { value: key, event: { fn: 'riderAssign', logs: run('riderAssign', [['W', `दूरी नहीं मिली (OVER_QUERY_LIMIT): https://maps.googleapis.example/maps/api/distancematrix/json?origins=18.5590,73.7868&destinations=18.5204,73.8567&key=${key}`]]) } };
    }),
    3,
    plant('encoded', 'gcloud-functions-log-pubsub-base64-data-api-token', 'error', "The function logs the Pub/Sub message it received as the CloudEvent gave it: `message.data` is base64 of a JSON with the laundromat partner's `api_token`.", ({ rng }) => {
      const data = b64Of(JSON.stringify({ partner: 'kothrud-wash', api_token: rng.alnum(36), orders: [orderId(rng)] }));
      return { value: data, event: { fn: 'pickupWebhook', logs: run('pickupWebhook', [['I', `Pub/Sub संदेश: {"message":{"data":"${data}","messageId":"${digits(rng, 17)}","publishTime":"2027-06-22T06:14:02.118Z"},"subscription":"projects/dhobighat-prod/subscriptions/eventarc-asia-south1-pickup-sub"}`]]) } };
    }),
    3,
    plant('negative', 'gcloud-functions-log-razorpay-payment-id', 'none', "A Razorpay payment id (`pay_…`) the webhook logs on a capture: a reference, no credential.", ({ rng }) => {
      const v = `pay_${rng.alnum(14)}`;
      return { value: v, event: { fn: 'pickupWebhook', logs: run('pickupWebhook', [['I', `भुगतान कैप्चर हुआ: ${v} (₹${rng.int(99, 1499)})`]]) } };
    }),
    3,
    plant('replay', 'gcloud-functions-log-ekbaar-otp-link', 'note', WHY.ticketFirst('A one-time sign-in link token (`ekbaar`, "once") the customer opened, logged once by the function that checks it. The token is'), ({ rng }) => {
      const tk = rng.b64url(24);
      return { value: tk, event: { fn: 'pickupWebhook', logs: run('pickupWebhook', [['I', `एकबारी लिंक स्वीकार: ekbaar=${tk} ग्राहक 5521`]]) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 10 * MIN, site: { host: 'gcf' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zappa-tail.txt: `zappa tail production --since 1h` of Dhobighat's Django back office on AWS Lambda through Zappa: each
// CloudWatch event as `[<event time in ms since the epoch>] <message>`, the messages the Lambda Python runtime writes
// (`START`/`END`/`REPORT`, `[INFO]\t<time Z>\t<request id>\t…`) and Zappa's own request line in Apache's combined shape
// with the response time (`<ip> - - [dd/Mon/yyyy:HH:MM:SS +0000] "<method> <path and query> <protocol>" <status> <bytes>
// "<referer>" "<user agent>" 0/<µs>`). https://github.com/zappa/Zappa (zappa/utilities.py's common log and the CLI's
// tail output, not fetched; from memory).

function zappaLog(rng) {
  const render = (e) => {
    const rid = e.rid ?? rng.uuid();
    const ev = (ms, msg) => `[${ms}] ${msg}`;
    const out = [ev(e.t, `START RequestId: ${rid} Version: $LATEST`)];
    (e.msgs ?? []).forEach(([lvl, msg], i) => out.push(ev(e.t + 20 + i * 10, `[${lvl}]\t${iso(e.t + 20 + i * 10)}\t${rid}\t${msg}`)));
    if (e.path) out.push(ev(e.t + 80, `${e.ip} - - [${clf(e.t, 0)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer === '-' ? '' : e.referer}" "${e.ua}" 0/${rng.int(2000, 900000)}`));
    out.push(ev(e.t + 120, `END RequestId: ${rid}`));
    const dur = rng.int(20, 900) + rng.int(0, 99) / 100;
    out.push(ev(e.t + 121, `REPORT RequestId: ${rid}\tDuration: ${dur.toFixed(2)} ms\tBilled Duration: ${Math.ceil(dur)} ms\tMemory Size: 1024 MB\tMax Memory Used: ${rng.int(150, 300)} MB\t`));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/admin/orders/order/', query: `status__exact=${rng.pick(['pickup', 'washing'])}&area=${rng.pick(ILAKE).replace(' ', '+')}`, status: 200, ua: BROWSERS[0] }),
      () => ({ method: 'GET', path: `/admin/orders/order/${rng.int(10000, 99999)}/change/`, status: 200, ua: BROWSERS[0] }),
      () => ({ method: 'POST', path: '/api/riders/location/', status: 201, ua: 'okhttp/5.3.2' }),
    ])();
  const steps = [
    3,
    plant('implicit-fragment', 'zappa-django-log-redirect-fragment', 'error', "A Django view for the partner onboarding logs the `HttpResponseRedirect` it returns (`logger.info(\"redirect %s\", url)`) with the implicit grant's fragment (`#access_token=…`).", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { msgs: [['INFO', `redirect https://partners.${DG}/jud-gaya#access_token=${tok}&token_type=bearer&expires_in=7200`]], method: 'GET', path: '/partners/oauth/complete/', status: 302, ua: BROWSERS[1] } };
    }),
    3,
    plant('negative', 'zappa-admin-changelist-query', 'none', "A Django admin changelist ordering and filter (`o=-2.1`, `q=`): no credential.", ({ rng }) => {
      const q = `${rng.pick(ILAKE).replace(' ', '+')}+${digits(rng, 4)}`;
      return { value: q, event: { method: 'GET', path: '/admin/orders/customer/', query: `o=-2.1&q=${q}`, status: 200, ua: BROWSERS[3] } };
    }),
    3,
    plant('path-secret', 'zappa-common-log-rasid-share-link', 'error', WHY.pathSecret('A receipt link `/rasid/<token>/` ("receipt") a customer opened from WhatsApp, on Zappa\'s request line'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'GET', path: `/rasid/${tok}/`, status: 200, ua: BROWSERS[4] } };
    }),
    3,
    plant('session-id', 'zappa-django-debug-cookies-sessionid', 'error', WHY.session("A middleware left in from debugging logs `request.COOKIES` (a Python dict): Django's `sessionid` of an admin"), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { msgs: [['DEBUG', `cookies=${pyRepr({ csrftoken: rng.alnum(32), sessionid: sid, django_language: 'hi' })}`]], method: 'GET', path: '/admin/', status: 200, ua: BROWSERS[0] } };
    }),
    3,
    plant('api-key-name', 'zappa-common-log-api-kunji-query', 'error', `${WHY.apiKey('api_kunji')} A partner's point-of-sale posts to the back office API with \`api_kunji\` (API key) in the query, on Zappa's request line.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { method: 'POST', path: '/api/partner/receipts/', query: `api_kunji=${key}`, status: 201, ua: 'python-requests/2.32.5', ip: '198.51.100.143' } };
    }),
    3,
    plant('api-key-name', 'zappa-django-log-x-partner-kunji-header', 'error', `${WHY.apiKey('HTTP_X_PARTNER_KUNJI')} The partner view logs \`request.META\` entries it checks: the key header as Django names it (\`HTTP_X_PARTNER_KUNJI\`).`, ({ rng }) => {
      const key = `pk_${rng.hex(40)}`;
      return { value: key, event: { msgs: [['WARNING', `partner auth failed: HTTP_X_PARTNER_KUNJI='${key}' REMOTE_ADDR='198.51.100.9'`]], method: 'GET', path: '/api/partner/slots/', status: 403, ua: 'python-requests/2.32.5' } };
    }),
    3,
    plant('encoded', 'zappa-common-log-ctx-base64-json-partner-key', 'error', "A partner widget passes its context as `ctx=` base64 of a JSON holding `partner_key`; Zappa's request line writes the query.", ({ rng }) => {
      const ctx = b64Of(JSON.stringify({ partner: 'aundh-dry-clean', partner_key: rng.alnum(32), lang: 'hi' }));
      const needle = encodeURIComponent(ctx);
      return { value: needle, event: { method: 'GET', path: '/widget/slots/', query: `ctx=${needle}`, status: 200, ua: BROWSERS[2] } };
    }),
    3,
    plant('negative', 'zappa-lambda-request-id-report', 'none', "A function's request id on `START`, its `[INFO]` line, `END` and `REPORT` of a scheduled keep-warm call (Zappa's `keep_warm`): an identifier, no credential.", ({ rng }) => {
      const rid = rng.uuid();
      return { value: rid, event: { rid, path: null, msgs: [['INFO', 'Zappa Event: keep_warm']] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 5 * MIN, site: { host: 'zappa' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout37');
writePart(join(here, 'heldout37'), {
  'sam-local-start-api.txt': samLocalLog(rng),
  'sam-logs-receipts.txt': samLogsLog(rng),
  'ledger_ms1.log': weblogicLog(rng),
  'queue-proxy.log': knativeLog(rng),
  'helidon-payroll.log': helidonLog(rng),
  'apim-shg.log': apimShgLog(rng),
  'karvan-phalcon.log': phalconLog(rng),
  error_log: apacheRewriteLog(rng),
  'SystemOut.log': websphereLog(rng),
  'negroni.log': negroniLog(rng),
  'meteor-run.log': meteorLog(rng),
  'adonis-api.log': adonisLog(rng),
  'gcloud-functions-logs.txt': gcloudFunctionsLog(rng),
  'zappa-tail.txt': zappaLog(rng),
});
