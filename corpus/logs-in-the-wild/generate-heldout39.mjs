// Writes corpus/logs-in-the-wild/heldout39/: a thirty-ninth held-out part, in formats no other part uses (`gcloud logging
// read` of a Cloud Run service in its default YAML, the Firebase Emulator Suite's console, H2O's access log, a WireMock
// standalone server at `--verbose`, Adobe Experience Manager's request.log, Tracy's info.log in a Nette application, a
// Crow (C++) service's console, Apache Karaf's karaf.log with Apache CXF's logging feature, Gravitee's file reporter,
// OpenLiteSpeed's error.log with rewrite logging, `serve` (vercel/serve) in a container, Tencent EdgeOne's offline logs,
// Laravel Octane's console and Apache ShenYu's logging-console plugin), with credentials planted in the places issue #14
// lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout39.mjs     rewrites heldout39/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Thistlebox, a garden centre chain with an online plant shop and a houseplant subscription in
// Edinburgh (English, five logs); Vcharel (Վճարել, "to pay"), a bill payment terminal network and merchant portal in
// Yerevan (Armenian messages in Armenian script, transliterated routes and parameter names, English code names, five
// logs); Àríyá, an event ticketing service in Lagos (Yoruba messages and transliterated routes and parameter names,
// English code names, four logs). Standard names (OAuth's, vendors') stay as their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, sec, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'Java/21.0.7'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 6, 13, 0, 0, 0);
const { firstUse, gap } = replayClock();

// ---------------------------------------------------------------------------------------------------------------------
// Helpers shared by several formats.

/** A short random hex id that looks like a memory address (`0x7f3e2c0041b0`). */
const addr = (rng) => `0x7f${rng.hex(2)}${rng.hex(8)}`;
/** Lagos, Yerevan and Edinburgh in July: UTC+1, UTC+4, UTC+1 (BST). */
const WAT = 60;
const AMT = 240;
const BST = 60;
/** An HTTP `Date` header value. */
const httpDate = (ms) => new Date(ms).toUTCString();
/** A random base64 string of `n` bytes (standard alphabet, padded). */
const b64bytes = (rng, n) => rng.bytes(n).toString('base64');
/** PHP session ids: 26 characters of [0-9a-v] (session.sid_bits_per_character = 5). */
const phpSid = (rng) => rng.chars('0123456789abcdefghijklmnopqrstuv', 26);
/** An ASP.NET session id: 24 characters of [a-z0-5]. */
const aspSid = (rng) => rng.chars('abcdefghijklmnopqrstuvwxyz012345', 24);

// YAML as `gcloud` prints it (ruamel.yaml, default width 80): plain scalars where YAML allows them, single quotes
// otherwise (a `'` doubled inside), long scalars folded at a single space once the line is past column 80, strings with a
// line break as a literal block (`|-`).
const YAML_WORDS = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
function yamlNeedsQuotes(s) {
  if (s === '' || YAML_WORDS.test(s)) return true;
  if (/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(s) || /^0x[0-9a-f]+$/i.test(s)) return true;
  if (/^\d{4}-\d\d-\d\d/.test(s)) return true;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) || /: |:$| #|\t/.test(s) || /^\s|\s$/.test(s)) return true;
  return false;
}
function yamlFold(prefix, body, contIndent) {
  const parts = body.split(' ');
  const out = [];
  let line = prefix + parts[0];
  for (let k = 1; k < parts.length; k++) {
    const single = parts[k - 1] !== '' && parts[k] !== '';
    if (single && line.length > 80) {
      out.push(line);
      line = ' '.repeat(contIndent) + parts[k];
    } else line += ` ${parts[k]}`;
  }
  out.push(line);
  return out;
}
function yamlLines(obj, indent = 0) {
  const out = [];
  const sp = ' '.repeat(indent);
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    if (value !== null && typeof value === 'object') {
      out.push(`${sp}${key}:`, ...yamlLines(value, indent + 2));
    } else if (typeof value === 'string' && value.includes('\n')) {
      out.push(`${sp}${key}: |-`, ...value.split('\n').map((l) => (l === '' ? '' : `${sp}  ${l}`)));
    } else if (typeof value === 'string') {
      const body = yamlNeedsQuotes(value) ? `'${value.replace(/'/g, "''")}'` : value;
      out.push(...yamlFold(`${sp}${key}: `, body, indent + 2));
    } else out.push(`${sp}${key}: ${value === null ? 'null' : String(value)}`);
  }
  return out;
}
/** An object with its keys in alphabetical order, nested objects too (as `gcloud logging read` prints entries). */
const sorted = (o) =>
  o === null || typeof o !== 'object' ? o : Object.fromEntries(Object.keys(o).sort().map((k) => [k, sorted(o[k])]));

// =====================================================================================================================
// Thistlebox (English; Edinburgh: BST, UTC+1, in July)
// =====================================================================================================================

const TB = 'thistlebox.example';
const PLANTS = ['monstera-deliciosa', 'calathea-orbifolia', 'pilea-peperomioides', 'ficus-lyrata', 'sansevieria-trifasciata', 'hoya-carnosa', 'zamioculcas-zamiifolia', 'strelitzia-nicolai'];
const orderNo = (rng) => `TB-${digits(rng, 7)}`;

// ---------------------------------------------------------------------------------------------------------------------
// gcloud-logging-read-shop-api.yaml: a developer's `gcloud logging read 'resource.type="cloud_run_revision" AND
// resource.labels.service_name="shop-api"' --freshness=6h --order=asc` (Google Cloud CLI, default format: YAML, one
// document per LogEntry, `---` between them, keys in alphabetical order, timestamps quoted, long strings folded at the
// 80th column, a text payload with line breaks as a literal block). Request logs (`httpRequest`, logName
// `run.googleapis.com%2Frequests`), the Python service's structured stdout (`jsonPayload`, severity and source location
// lifted by Cloud Logging) and its stderr (`textPayload`). https://cloud.google.com/sdk/gcloud/reference/logging/read,
// https://cloud.google.com/logging/docs/reference/v2/rest/v2/LogEntry, https://cloud.google.com/run/docs/logging;
// google-cloud-sdk's core/resource/yaml_printer.py (read through search: ruamel.yaml, literal blocks for strings with a
// line break); the folding width from ruamel.yaml's default, from memory.

function gcloudYamlLog(rng) {
  const PROJECT = 'thistlebox-prod';
  const instances = [rng.hex(112), rng.hex(112), rng.hex(112)].map((h) => `00${h}`);
  const rev = `shop-api-00231-${lowerNum(rng, 3)}`;
  const resource = { labels: { configuration_name: 'shop-api', location: 'europe-west2', project_id: PROJECT, revision_name: rev, service_name: 'shop-api' }, type: 'cloud_run_revision' };
  const ts6 = (ms) => `${iso(ms).slice(0, 23)}${digits(rng, 3)}Z`;
  const ts9 = (ms) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;
  const render = (e) => {
    const entry = { insertId: `${rng.hex(8)}000${rng.hex(5)}${rng.hex(8)}`, labels: { instanceId: e.instance ?? rng.pick(instances) }, receiveTimestamp: ts9(e.t + rng.int(40, 900)), resource, timestamp: ts6(e.t) };
    if (e.kind === 'request') {
      entry.httpRequest = { latency: `${(e.ms / 1000 + rng.int(0, 999999) / 1e9).toFixed(9)}s`, protocol: 'HTTP/1.1', referer: e.referer === '-' ? undefined : e.referer, remoteIp: e.ip, requestMethod: e.method, requestSize: String(rng.int(300, 2400)), requestUrl: `https://api.${TB}${e.path}${e.query ? `?${e.query}` : ''}`, responseSize: String(e.bytes), serverIp: '216.239.36.53', status: e.status, userAgent: e.ua };
      entry.logName = `projects/${PROJECT}/logs/run.googleapis.com%2Frequests`;
      entry.severity = e.status >= 500 ? 'ERROR' : e.status >= 400 ? 'WARNING' : 'INFO';
      entry.spanId = rng.hex(16);
      entry.trace = `projects/${PROJECT}/traces/${e.trace ?? rng.hex(32)}`;
      entry.traceSampled = true;
    } else if (e.kind === 'json') {
      entry.jsonPayload = e.payload;
      entry.logName = `projects/${PROJECT}/logs/run.googleapis.com%2Fstdout`;
      entry.severity = e.severity ?? 'INFO';
      entry.sourceLocation = { file: e.file, function: e.func, line: String(e.line) };
    } else {
      entry.logName = `projects/${PROJECT}/logs/run.googleapis.com%2F${e.stream ?? 'stderr'}`;
      entry.textPayload = e.text.replace('{T}', `[${ymdHmsAt(e.t, 0)} +0000]`);
    }
    return ['---', ...yamlLines(sorted(entry))];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ kind: 'request', method: 'GET', path: `/v1/plants/${rng.pick(PLANTS)}`, status: 200, referer: `https://www.${TB}/`, ua: rng.pick(BROWSERS) }),
      () => ({ kind: 'request', method: 'GET', path: '/v1/basket', status: 200, referer: `https://www.${TB}/basket`, ua: rng.pick(BROWSERS) }),
      () => ({ kind: 'request', method: 'POST', path: '/v1/subscriptions/deliveries/reschedule', status: 204, referer: `https://www.${TB}/account/subscription`, ua: rng.pick(BROWSERS) }),
      () => ({ kind: 'request', method: 'GET', path: '/healthz', status: 200, ua: 'GoogleHC/1.0' }),
      () => ({ kind: 'json', payload: { logger: 'thistlebox.orders', message: `order ${orderNo(rng)} paid, ${rng.int(1, 6)} plants, delivery ${rng.pick(['EH', 'G', 'AB', 'KY', 'DD'])}${rng.int(1, 40)}` }, file: '/app/thistlebox/orders/service.py', func: 'mark_paid', line: 212 }),
      () => ({ kind: 'json', payload: { logger: 'thistlebox.subscriptions', message: `subscription renewal run: ${rng.int(40, 400)} boxes scheduled for 2027-07-${rng.int(14, 20)}` }, file: '/app/thistlebox/subscriptions/jobs.py', func: 'schedule_boxes', line: 57 }),
    ])();
  const steps = [
    { raw: { kind: 'text', text: '{T} [1] [INFO] Starting gunicorn 23.0.0' }, after: 0 },
    { raw: { kind: 'text', text: '{T} [1] [INFO] Listening at: http://0.0.0.0:8080 (1)' }, after: 0 },
    { raw: { kind: 'text', text: '{T} [1] [INFO] Using worker: uvicorn.workers.UvicornWorker' }, after: 1 },
    3,
    plant('oauth-code', 'gcloud-yaml-requesturl-ebay-code-percent-encoded', 'warning', `${WHY.code} eBay's authorization code (\`v^1.1#i^1#…\`) comes back percent-encoded (\`v%5E1.1%23i%5E1%23…\`) beside \`state\` and \`expires_in\` on the shop's eBay connection callback; Cloud Run's request log keeps it in \`httpRequest.requestUrl\`.`, ({ rng }) => {
      const code = `v%5E1.1%23i%5E1%23f%5E0%23r%5E1%23p%5E3%23I%5E3%23t%5E${rng.b64url(180).replace(/[-_]/g, 'x')}%3D%3D`;
      return { value: code, event: { kind: 'request', method: 'GET', path: '/integrations/ebay/callback', query: `state=${rng.b64url(24)}&code=${code}&expires_in=299`, status: 302, referer: 'https://auth.ebay.com/', ua: BROWSERS[1] } };
    }),
    3,
    plant('negative', 'gcloud-yaml-cloud-run-instance-id', 'none', "Cloud Run's `labels.instanceId` of a freshly started instance (a long hex string that names the container instance): an identifier, no credential.", ({ rng }) => {
      const inst = `00${rng.hex(112)}`;
      return { value: inst, event: { kind: 'json', instance: inst, payload: { logger: 'thistlebox.app', message: 'instance warm-up complete, 4 workers' }, file: '/app/thistlebox/app.py', func: 'on_startup', line: 41 } };
    }),
    3,
    plant('session-id', 'gcloud-yaml-jsonpayload-cookies-mapping', 'error', WHY.session("A debugging middleware left on for a basket-merge bug logs `request.cookies` as a structured field; gcloud prints it as a nested YAML mapping (`cookies:` then `tb_session: …` on a line of its own)"), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { kind: 'json', severity: 'DEBUG', payload: { cookies: { _ga: `GA1.1.${digits(rng, 9)}.${digits(rng, 10)}`, tb_consent: 'analytics', tb_session: sid }, logger: 'thistlebox.debug', message: 'basket merge: incoming cookies', path: '/v1/basket/merge' }, file: '/app/thistlebox/middleware/debug.py', func: '__call__', line: 23 } };
    }),
    3,
    plant('header-dump', 'gcloud-yaml-single-quoted-python-dict-authorization', 'error', "The Sage integration logs the headers of a call that got a 401 as a Python dict in its message: the message holds `: `, so gcloud writes it single-quoted with each `'` doubled (`''Authorization'': ''Bearer …''`) and folds it past the 80th column; the bearer token is on a continuation line.", ({ rng }) => {
      const tok = rng.b64url(86);
      return { value: tok, event: { kind: 'json', severity: 'WARNING', payload: { logger: 'thistlebox.integrations.sage', message: `Sage API 401 on GET /accounts/v3.1/contacts?search=greenfingers, sent headers: {'Accept': 'application/json', 'Authorization': 'Bearer ${tok}', 'X-Business': '${rng.hex(32)}'}` }, file: '/app/thistlebox/integrations/sage.py', func: '_request', line: 88 } };
    }),
    3,
    plant('refresh-token', 'gcloud-yaml-literal-traceback-token-url-refresh-token', 'error', `${WHY.refresh} A supplier sync on stderr: the Python traceback is a multi-line text payload, which gcloud prints as a literal block (\`textPayload: |-\`); its last line, requests' \`HTTPError: 400 Client Error: Bad Request for url: …\`, holds the GET to the wholesaler's token endpoint with \`refresh_token=\`.`, ({ rng }) => {
      const rt = `bw_rt_${rng.alnum(48)}`;
      return { value: rt, event: { kind: 'text', text: `Traceback (most recent call last):\n  File "/app/thistlebox/jobs/supplier_sync.py", line 41, in run\n    token = self.client.refresh()\n  File "/app/thistlebox/integrations/bloomfield.py", line 77, in refresh\n    resp.raise_for_status()\n  File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.bloomfield-wholesale.example/oauth/token?grant_type=refresh_token&refresh_token=${rt}&client_id=thistlebox-shop` } };
    }),
    3,
    plant('framework-dump', 'gcloud-yaml-jsonpayload-form-mapping-password', 'error', "The trade portal logs the submitted form of a failed validation as a structured field; gcloud prints it as a nested mapping, the buyer's `password:` on a line of its own.", ({ rng }) => {
      const pw = `${rng.pick(['Hedera', 'Ficus', 'Calathea', 'Begonia'])}${digits(rng, 3)}${rng.alnum(6)}`;
      return { value: pw, event: { kind: 'json', severity: 'WARNING', payload: { form: { company: 'Greenfingers Nursery Ltd', email: 'buyer@greenfingers-nursery.example', password: pw, remember: true }, logger: 'thistlebox.trade.auth', message: 'trade login: form validation failed (account_number missing)' }, file: '/app/thistlebox/trade/auth.py', func: 'login', line: 64 } };
    }),
    3,
    plant('webhook', 'gcloud-yaml-jsonpayload-checkly-heartbeat-url', 'error', WHY.webhook("A Checkly heartbeat URL (`ping.checklyhq.com/<uuid>`: the path is the check's only secret, and a ping reports the job healthy) in the nightly stock sync's warning when the ping failed"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { kind: 'json', severity: 'WARNING', payload: { logger: 'thistlebox.jobs.stock', message: `heartbeat not sent: HTTPSConnectionPool(host='ping.checklyhq.com', port=443): Read timed out. (read timeout=5) url=https://ping.checklyhq.com/${id}` }, file: '/app/thistlebox/jobs/stock_sync.py', func: 'ping_heartbeat', line: 19 } };
    }),
    3,
    plant('negative', 'gcloud-yaml-trace-id', 'none', 'The `trace` of a request log entry (`projects/…/traces/<32 hex>`, from `X-Cloud-Trace-Context`): a trace identifier, no credential.', ({ rng }) => {
      const tr = rng.hex(32);
      return { value: tr, event: { kind: 'request', trace: tr, method: 'GET', path: '/v1/plants/search', query: 'q=trailing&light=low', status: 200, referer: `https://www.${TB}/plants`, ua: BROWSERS[4] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 10 * MIN, site: { host: 'shop-api' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// firebase-emulators.txt: a developer's terminal running `firebase emulators:start` (firebase-tools 14) for the
// Thistlebox app (auth, functions, firestore, hosting): the start-up lines and tables, then `i  hosting: <morgan
// combined line>` for each request the Hosting emulator serves (its `:date[clf]` in UTC), `i  functions: Beginning
// execution of "<region>-<name>"`, `>  <console output>` for the function's own lines, `i  functions: Finished "…" in
// <ms>ms`. https://firebase.google.com/docs/emulator-suite/install_and_configure (not fetched; the lines from memory of
// public output).

function firebaseEmulatorsLog(rng) {
  const FN = 'europe-west2-api';
  const render = (e) => {
    if (e.plain) return e.plain;
    const out = [];
    if (e.path && !e.fnName) out.push(`i  hosting: ${e.ip} - - [${clf(e.t)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.size ?? '-'} "${e.referer}" "${e.ua}"`);
    if (e.fn) {
      const name = e.fnName ? `europe-west2-${e.fnName}` : FN;
      out.push(`i  functions: Beginning execution of "${name}"`);
      out.push(...e.fn.map((m) => (m.startsWith('⚠') ? m : `>  ${m}`)));
      out.push(`i  functions: Finished "${name}" in ${rng.int(8, 900)}.${digits(rng, 6)}ms`);
    }
    return out;
  };
  const dev = '127.0.0.1';
  const filler = (rng) =>
    rng.pick([
      () => ({ ip: dev, method: 'GET', path: `/plants/${rng.pick(PLANTS)}`, status: 200, referer: 'http://127.0.0.1:5002/plants', ua: BROWSERS[0] }),
      () => ({ ip: dev, method: 'GET', path: `/assets/${rng.pick(['vendor', 'plants', 'care'])}-${rng.b64url(8)}.js`, status: 200, size: String(rng.int(2000, 90000)), referer: 'http://127.0.0.1:5002/', ua: BROWSERS[0] }),
      () => ({ ip: dev, method: 'GET', path: '/api/basket', status: 200, referer: 'http://127.0.0.1:5002/basket', ua: BROWSERS[0], fn: [`basket ${rng.hex(20)}: ${rng.int(0, 5)} items`] }),
      () => ({ ip: '192.168.1.23', method: 'GET', path: '/', status: 200, referer: '-', ua: BROWSERS[2] }),
    ])();
  const header = [
    'i  emulators: Starting emulators: auth, functions, firestore, hosting',
    '⚠  functions: The following emulators are not running, calls to these services from the Functions emulator will affect production: database, pubsub, storage',
    'i  firestore: Firestore Emulator logging to firestore-debug.log',
    '✔  firestore: Firestore Emulator UI websocket is running on 9150.',
    'i  hosting[thistlebox-staging]: Serving hosting files from: dist',
    '✔  hosting[thistlebox-staging]: Local server: http://127.0.0.1:5002',
    'i  ui: Emulator UI logging to ui-debug.log',
    'i  functions: Watching "/home/alasdair/src/thistlebox-app/functions" for Cloud Functions...',
    '✔  functions: Using node@22 from host.',
    '✔  functions: Loaded functions definitions from source: api, onOrderCreated, salesPush, pinterestSync.',
    `✔  functions[${FN}]: http function initialized (http://127.0.0.1:5001/thistlebox-staging/europe-west2/api).`,
    '✔  functions[europe-west2-salesPush]: http function initialized (http://127.0.0.1:5001/thistlebox-staging/europe-west2/salesPush).',
    '✔  functions[europe-west2-pinterestSync]: http function initialized (http://127.0.0.1:5001/thistlebox-staging/europe-west2/pinterestSync).',
    'i  functions[europe-west2-onOrderCreated]: firestore function initialized.',
    '',
    '┌─────────────────────────────────────────────────────────────┐',
    '│ ✔  All emulators ready! It is now safe to connect your app. │',
    '│ i  View Emulator UI at http://127.0.0.1:4000/               │',
    '└─────────────────────────────────────────────────────────────┘',
    '',
    '┌────────────────┬────────────────┬──────────────────────────────────┐',
    '│ Emulator       │ Host:Port      │ View in Emulator UI              │',
    '├────────────────┼────────────────┼──────────────────────────────────┤',
    '│ Authentication │ 127.0.0.1:9099 │ http://127.0.0.1:4000/auth       │',
    '├────────────────┼────────────────┼──────────────────────────────────┤',
    '│ Functions      │ 127.0.0.1:5001 │ http://127.0.0.1:4000/functions  │',
    '├────────────────┼────────────────┼──────────────────────────────────┤',
    '│ Firestore      │ 127.0.0.1:8080 │ http://127.0.0.1:4000/firestore  │',
    '├────────────────┼────────────────┼──────────────────────────────────┤',
    '│ Hosting        │ 127.0.0.1:5002 │ n/a                              │',
    '└────────────────┴────────────────┴──────────────────────────────────┘',
    '  Emulator Hub running at 127.0.0.1:4400',
    '  Other reserved ports: 4500, 9150',
    '',
    'Issues? Report them at https://github.com/firebase/firebase-tools/issues and attach the *-debug.log files.',
    ' ',
  ];
  const steps = [
    2,
    plant('api-key-name', 'firebase-hosting-emulator-trefle-token-query', 'error', `${WHY.apiKey('token')} The plant search page calls Trefle's plant database through a Hosting rewrite with the key in the query (\`token=\`, Trefle's name for it); the Hosting emulator's combined line writes the query.`, ({ rng }) => {
      const key = rng.b64url(43);
      return { value: key, event: { ip: dev, method: 'GET', path: '/api/plants/search', query: `q=calathea&token=${key}&page=1`, status: 200, referer: 'http://127.0.0.1:5002/plants?q=calathea', ua: BROWSERS[0], fn: ['plant search: 14 results from trefle'] } };
    }),
    4,
    plant('negative', 'firebase-hosting-emulator-vite-asset-hash', 'none', "A Vite build asset (`index-<hash>.js`, a content hash in the name) on the Hosting emulator's line: no credential.", ({ rng }) => {
      const h = rng.b64url(8).replace(/[-_]/g, 'Q');
      return { value: `index-${h}.js`, event: { ip: dev, method: 'GET', path: `/assets/index-${h}.js`, status: 200, size: String(rng.int(90000, 300000)), referer: 'http://127.0.0.1:5002/', ua: BROWSERS[0] } };
    }),
    4,
    plant('id-token', 'firebase-hosting-emulator-idtoken-query-session-login', 'error', 'The local web app signs in against the staging project and trades the Firebase ID token for a session through a GET (`/api/session/login?idToken=<JWT>`); the Hosting emulator writes it on its combined line, whose time is UTC: an RS256 token from `securetoken.google.com` valid 1 h, live (error).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 300), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://securetoken.google.com/thistlebox-staging', aud: 'thistlebox-staging', auth_time: sec(t) - 320, user_id: rng.alnum(28), sub: rng.alnum(28), email: 'alasdair.k@thistlebox.example', email_verified: true, firebase: { identities: { email: ['alasdair.k@thistlebox.example'] }, sign_in_provider: 'password' } } });
      return { value: token, jwt: facts, event: { ip: dev, method: 'GET', path: '/api/session/login', query: `idToken=${token}&next=%2Faccount`, status: 302, referer: 'http://127.0.0.1:5002/login', ua: BROWSERS[0], fn: ['session cookie created for uid (staging)'] } };
    }),
    4,
    plant('refresh-token', 'firebase-functions-console-pinterest-pinr-refresh-token', 'error', `${WHY.refresh} The Pinterest catalogue sync prints the token response it got (\`console.log('pinterest tokens', data)\`): Pinterest's \`pinr.\` refresh token on the function's \`>\` line.`, ({ rng }) => {
      const rt = `pinr.${rng.alnum(120)}`;
      return { value: rt, event: { fnName: 'pinterestSync', fn: [`pinterest tokens { response_type: 'refresh_token', refresh_token: '${rt}', refresh_token_expires_in: 5184000, scope: 'boards:read,catalogs:read,catalogs:write' }`] } };
    }),
    4,
    plant('webhook', 'firebase-functions-console-powerbi-push-url-key', 'error', WHY.webhook("A Power BI streaming dataset's push URL (`…/datasets/<id>/rows?experience=power-bi&key=<key>`, the key URL-encoded) in the sales push function's error (the URL alone writes rows into the sales dashboard)"), ({ rng }) => {
      const key = encodeURIComponent(b64bytes(rng, 48));
      return { value: key, event: { fnName: 'salesPush', fn: [`salesPush failed: AxiosError: Request failed with status code 404 POST https://api.powerbi.com/beta/${rng.uuid()}/datasets/${rng.uuid()}/rows?experience=power-bi&key=${key}`] } };
    }),
    4,
    plant('negative', 'firebase-functions-console-fcm-message-id', 'none', "An FCM send's message name (`projects/…/messages/0:<id>`): an identifier of a sent message, no credential.", ({ rng }) => {
      const id = `0:${digits(rng, 16)}%${rng.hex(16)}`;
      return { value: id, event: { fnName: 'onOrderCreated', fn: [`order reminder sent: projects/thistlebox-staging/messages/${id}`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR + 4 * MIN, site: { host: 'emulators' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// h2o-access.log: H2O 2.2 serving care.thistlebox.example (plant care guides, gift claims, downloads; the account
// routes proxied to the shop), `access-log: { path: …, format: '%h %l %u %t "%r" %s %b "%{Referer}i" "%{User-agent}i"
// %{ssl.protocol-version}x %{http2.stream-id}x %{duration}x' }`: Apache's fields, the request line as received
// (`HTTP/2`), H2O's extensions (`-` where a value does not apply), local time with the offset.
// https://h2o.examp1e.net/configure/access_log_directives.html (not fetched; the directives from memory).

function h2oLog(rng) {
  const render = (e) => [
    `${e.ip} - - [${clf(e.t, BST)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} ${e.h1 ? 'HTTP/1.1' : 'HTTP/2'}" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" TLSv1.3 ${e.h1 ? '-' : rng.int(1, 61) * 2 - 1} ${(e.ms / 1000).toFixed(6)}`,
  ];
  const CARE = `https://care.${TB}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `/guides/${rng.pick(PLANTS)}`, status: 200, referer: rng.pick(['-', 'https://www.google.com/', `https://www.${TB}/`]) }),
      () => ({ method: 'GET', path: `/img/guides/${rng.pick(PLANTS)}-${rng.pick([480, 960, 1440])}.webp`, status: 200, referer: `${CARE}/guides/${rng.pick(PLANTS)}` }),
      () => ({ method: 'GET', path: `/assets/care.${rng.hex(10)}.css`, status: 200, referer: `${CARE}/` }),
      () => ({ method: 'GET', path: '/search', query: `q=${rng.pick(['yellow+leaves', 'repotting', 'fungus+gnats', 'north+facing'])}`, status: 200, referer: `${CARE}/` }),
      () => ({ method: 'GET', path: '/robots.txt', status: 200, h1: true, ua: 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' }),
    ])();
  const steps = [
    6,
    plant('path-secret', 'h2o-request-line-gift-subscription-claim', 'error', WHY.pathSecret('A gift subscription claim link `/gift/claim/<token>` (the e-mail a buyer sends to the recipient), on the request line'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'GET', path: `/gift/claim/${tok}`, status: 200, referer: 'https://mail.google.com/', ua: BROWSERS[2] } };
    }),
    6,
    plant('negative', 'h2o-pinterest-epik-click-id', 'none', "Pinterest's `epik=` click identifier on a guide opened from a pin: a tracking id, no credential.", ({ rng }) => {
      const v = `dj0yJnU9${rng.b64url(40)}`;
      return { value: v, event: { method: 'GET', path: '/guides/hoya-carnosa', query: `epik=${v}`, status: 200, referer: 'https://www.pinterest.co.uk/', ua: BROWSERS[4] } };
    }),
    6,
    plant('replay', 'h2o-request-line-care-plan-pdf-ticket', 'note', WHY.ticketFirst("A single-use download ticket (`pdf_ticket`) for a subscriber's printable care plan, on the customer's request line. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(27);
      firstUse.pdf = t;
      return { value: tk, event: { method: 'GET', path: '/care-plans/download', query: `pdf_ticket=${tk}&plant=monstera-deliciosa`, status: 200, bytes: rng.int(180000, 420000), ip: '203.0.113.84', referer: `https://www.${TB}/account/care-plans`, ua: BROWSERS[1] } };
    }, { ref: 'pdf' }),
    2,
    plant('replay', 'h2o-request-line-care-plan-pdf-ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('pdf').value, why: `${WHY.replay('pdf_ticket', gap('pdf', t))} Another address (198.51.100.37, another browser) downloaded the same care plan with the same ticket and H2O's upstream answered 200 again: the ticket was not spent.` }], event: { method: 'GET', path: '/care-plans/download', query: `pdf_ticket=${refs.get('pdf').value}&plant=monstera-deliciosa`, status: 200, bytes: rng.int(180000, 420000), ip: '198.51.100.37', referer: '-', ua: BROWSERS[3] } }), { replayOf: 'pdf', after: 96 }),
    6,
    plant('embed-jwt', 'h2o-request-line-embed-care-plan-jwt-1h-jti', 'error', "A partner garden centre's page frames a customer's care plan (`/embed/care-plan/<JWT>`), on H2O's request line with its local time and offset: valid 1 h with a jti (an access token for the embed, error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { iss: `https://care.${TB}`, sub: `cust_${rng.hex(12)}`, plan: rng.pick(PLANTS), partner: 'dobbies-leith' } });
      return { value: token, jwt: facts, event: { method: 'GET', path: `/embed/care-plan/${token}`, status: 200, referer: 'https://partners.example-garden.example/plant-clinic', ua: BROWSERS[0] } };
    }),
    6,
    plant('api-key-name', 'h2o-request-line-shopping-feed-key', 'error', `${WHY.apiKey('feed_key')} The product feed Google Merchant Center fetches is protected by a key in its URL (\`/feeds/google-shopping.xml?feed_key=…\`); the fetcher's request line writes it.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { method: 'GET', path: '/feeds/google-shopping.xml', query: `feed_key=${key}`, status: 200, bytes: rng.int(800000, 2400000), h1: true, ip: '66.249.66.137', referer: '-', ua: 'Googlebot/2.1 (+http://www.google.com/bot.html)' } };
    }),
    6,
    plant('negative', 'h2o-impact-irclickid', 'none', "An affiliate network's click id (`irclickid=`) on a landing page: a tracking id, no credential.", ({ rng }) => {
      const v = rng.alnum(22);
      return { value: v, event: { method: 'GET', path: '/guides/strelitzia-nicolai', query: `irclickid=${v}&irgwc=1`, status: 200, referer: 'https://www.example-deals.example/', ua: BROWSERS[2] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 2 * MIN, site: { host: 'care' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wiremock-partner-sandbox.log: a WireMock 3 standalone server (`java -jar wiremock-standalone.jar --port 8089 --verbose
// --disable-banner`) that stands in for the courier's, the payment provider's and a supplier's APIs in Thistlebox's
// staging, some routes stubbed, some proxied to the partners' sandboxes (`proxyBaseUrl`). The console notifier writes
// `<yyyy-MM-dd HH:mm:ss.SSS> Request received:` (local time, no zone), the request (`<client ip> - <METHOD> <url>`, a
// blank line, each header as `Name: [value]`, the body), `Matched response definition:` (the stub's JSON) and
// `Response:` (status line and headers in the same form). StubRequestHandler.formatRequest in wiremock/wiremock and
// public console captures (read through search); the option table at start-up from memory.

function wiremockLog(rng) {
  const at = (ms) => ymdHmsAt(ms, BST) + `.${msPart(ms)}`;
  const render = (e) => {
    if (e.plain) return e.plain;
    const hdrs = Object.entries({ ...e.headers, Host: `[sandbox.${TB}.internal:8089]`, 'User-Agent': `[${e.ua}]`, ...(e.body ? { 'Content-Length': `[${Buffer.byteLength(e.body)}]` } : {}) }).map(([k, v]) => `${k}: ${v.startsWith('[') ? v : `[${v}]`}`);
    const def = e.proxy ? ['{', `  "proxyBaseUrl" : "${e.proxy}"`, '}'] : ['{', `  "status" : ${e.status},`, `  "bodyFileName" : "${e.file ?? 'generic/ok.json'}",`, '  "headers" : {', '    "Content-Type" : "application/json"', '  }', '}'];
    const resp = Object.entries(e.resp ?? { 'Content-Type': 'application/json' }).map(([k, v]) => `${k}: [${v}]`);
    return [`${at(e.t)} Request received:`, `${e.ip} - ${e.method} ${e.url}`, '', ...hdrs, ...(e.body ? [e.body, '', ''] : ['', '', '']), 'Matched response definition:', ...def, '', 'Response:', `HTTP/1.1 ${e.status}`, ...resp, `Matched-Stub-Id: [${e.stub ?? rng.uuid()}]`, ''];
  };
  const app = '10.40.2.17';
  const filler = (rng) =>
    rng.pick([
      () => ({ ip: app, method: 'GET', url: `/v2/tracking/${upperNum(rng, 2)}${digits(rng, 9)}GB`, status: 200, file: 'courier/tracking-in-transit.json', ua: 'python-requests/2.32.5', headers: { Accept: 'application/json' } }),
      () => ({ ip: app, method: 'POST', url: '/v2/shipments', status: 201, file: 'courier/shipment-created.json', ua: 'python-requests/2.32.5', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ service: 'NEXT_DAY', parcels: [{ weightGrams: rng.int(400, 6000) }], reference: orderNo(rng) }) }),
      () => ({ ip: app, method: 'GET', url: `/v1/payments/${rng.hex(24)}`, status: 200, file: 'payments/payment-captured.json', ua: 'python-requests/2.32.5', headers: { Accept: 'application/json' } }),
    ])();
  const steps = [
    { raw: { plain: ['port:                         8089', 'enable-browser-proxying:      false', 'disable-banner:               true', 'no-request-journal:           false', 'verbose:                      true', '', 'extensions:                   response-template,webhook'] }, after: 0 },
    2,
    plant('api-key-name', 'wiremock-request-header-x-api-key-bracketed', 'error', `${WHY.apiKey('X-Api-Key')} The staging app sends the courier's production-format key to the stub: WireMock writes every request header as \`Name: [value]\`.`, ({ rng }) => {
      const key = `ck_live_${rng.alnum(40)}`;
      return { value: key, event: { ip: app, method: 'POST', url: '/v2/shipments/quote', status: 200, file: 'courier/quote.json', ua: 'python-requests/2.32.5', headers: { 'Content-Type': 'application/json', 'X-Api-Key': key }, body: JSON.stringify({ from: 'EH6 6LX', to: 'G12 8QQ', weightGrams: 2400 }) } };
    }),
    3,
    plant('negative', 'wiremock-matched-stub-id', 'none', "WireMock's `Matched-Stub-Id` response header (the UUID of the stub mapping that answered): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ip: app, method: 'GET', url: '/v2/depots?postcode=EH6', status: 200, file: 'courier/depots.json', ua: 'python-requests/2.32.5', headers: { Accept: 'application/json' }, stub: id } };
    }),
    3,
    plant('header-dump', 'wiremock-request-header-authorization-basic-bracketed', 'error', "The payment provider's sandbox is proxied through WireMock: the request's `Authorization: [Basic …]` (base64 of the merchant id and its secret key) is in the request block.", ({ rng }) => {
      const b = b64Of(`merchant_${digits(rng, 8)}:sk_${rng.alnum(32)}`);
      return { value: b, event: { ip: app, method: 'POST', url: '/v1/payments/refunds', status: 201, proxy: 'https://sandbox.payments-partner.example', ua: 'python-requests/2.32.5', headers: { 'Content-Type': 'application/json', Authorization: `Basic ${b}` }, body: JSON.stringify({ payment: rng.hex(24), amountPence: rng.int(500, 9000), reason: 'damaged_in_transit' }), resp: { 'Content-Type': 'application/json', Date: 'Tue, 13 Jul 2027 10:41:02 GMT' } } };
    }),
    3,
    plant('implicit-fragment', 'wiremock-response-location-fragment-access-token', 'error', "A supplier's authorize endpoint is proxied in record mode; its 302 comes back with `Location: [https://…/partners/callback#access_token=…]` (an implicit grant), which WireMock writes in the `Response:` block.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { ip: app, method: 'GET', url: `/oauth/authorize?response_type=token&client_id=thistlebox-staging&redirect_uri=https%3A%2F%2Fstaging.${TB}%2Fpartners%2Fcallback&state=${rng.hex(16)}`, status: 302, proxy: 'https://sandbox.bloomfield-wholesale.example', ua: BROWSERS[0], headers: { Accept: 'text/html' }, resp: { Location: `https://staging.${TB}/partners/callback#access_token=${tok}&token_type=bearer&expires_in=7200`, 'Content-Length': '0' } } };
    }),
    3,
    plant('framework-dump', 'wiremock-request-body-json-password', 'error', "A login to the supplier's ordering API through the proxy: WireMock writes the request body under the headers, the password in the JSON.", ({ rng }) => {
      const pw = `${rng.alnum(10)}${digits(rng, 2)}`;
      return { value: pw, event: { ip: app, method: 'POST', url: '/api/v1/auth/login', status: 200, proxy: 'https://sandbox.bloomfield-wholesale.example', ua: 'python-requests/2.32.5', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'purchasing@thistlebox.example', password: pw }) } };
    }),
    3,
    plant('session-id', 'wiremock-request-header-cookie-jsessionid-bracketed', 'error', WHY.session("The supplier's legacy order portal keeps its login in `JSESSIONID`, which the staging app forwards; WireMock writes `Cookie: [JSESSIONID=…]`"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { ip: app, method: 'GET', url: '/portal/orders/open?format=json', status: 200, proxy: 'https://sandbox.bloomfield-wholesale.example', ua: 'python-requests/2.32.5', headers: { Accept: 'application/json', Cookie: `JSESSIONID=${sid}; AWSALB=${rng.b64url(60)}` } } };
    }),
    3,
    plant('negative', 'wiremock-request-header-idempotency-key', 'none', "An `Idempotency-Key` on a payment capture (a UUID the client makes up so a retry is not charged twice): no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ip: app, method: 'POST', url: '/v1/payments/capture', status: 200, file: 'payments/payment-captured.json', ua: 'python-requests/2.32.5', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id }, body: JSON.stringify({ payment: rng.hex(24), amountPence: rng.int(900, 12000) }) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR + 30 * MIN, site: { host: 'wiremock' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// request.log: an Adobe Experience Manager 6.5 publish instance's `crx-quickstart/logs/request.log` (www.thistlebox.
// example): two lines a request, `<dd/MMM/yyyy:HH:mm:ss Z> [<n>] -> <METHOD> <URI> <PROTOCOL>` when it arrives and
// `<dd/MMM/yyyy:HH:mm:ss Z> [<n>] <- <status> <content type> <ms>ms` when it is answered; Sling URLs with selectors and
// suffixes. https://experienceleague.adobe.com/docs/experience-manager-65/deploying/configuring/configure-logging.html
// (not fetched; the two line shapes from memory of public request.log excerpts).

function aemRequestLog(rng) {
  let n = rng.int(20000, 40000);
  const render = (e) => {
    n += 1;
    const done = e.t + e.ms;
    return [`${clf(e.t, BST)} [${n}] -> ${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1`, `${clf(done, BST)} [${n}] <- ${e.status} ${e.ctype ?? 'text/html;charset=utf-8'} ${e.ms}ms`];
  };
  const C = '/content/thistlebox/en';
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `${C}/plants/${rng.pick(PLANTS)}.html`, status: 200 }),
      () => ({ method: 'GET', path: `${C}/plants/${rng.pick(PLANTS)}.model.json`, status: 200, ctype: 'application/json;charset=utf-8' }),
      () => ({ method: 'GET', path: `/content/dam/thistlebox/plants/${rng.pick(PLANTS)}.jpg/_jcr_content/renditions/cq5dam.web.1280.1280.jpeg`, status: 200, ctype: 'image/jpeg' }),
      () => ({ method: 'GET', path: `${C}/garden-centres/${rng.pick(['leith', 'stirling', 'perth', 'dunfermline'])}.html`, status: 200 }),
      () => ({ method: 'POST', path: `${C}/newsletter/_jcr_content/root/container/form.post.json`, status: 200, ctype: 'application/json;charset=utf-8' }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'aem-request-log-sling-servlet-pinterest-callback-code', 'warning', `${WHY.code} Connecting the shop's Pinterest business account comes back to a Sling servlet (\`/bin/thistlebox/pinterest/callback?code=…&state=…\`); request.log's \`->\` line writes the URI with its query.`, ({ rng }) => {
      const code = rng.hex(40);
      return { value: code, event: { method: 'GET', path: '/bin/thistlebox/pinterest/callback', query: `code=${code}&state=${rng.b64url(22)}`, status: 302 } };
    }),
    4,
    plant('negative', 'aem-request-log-clientlib-lc-hash', 'none', "AEM's versioned client library (`clientlib-site.lc-<md5>-lc.min.js`, the hash of its content in the name): a cache key, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { method: 'GET', path: `/etc.clientlibs/thistlebox/clientlibs/clientlib-site.lc-${h}-lc.min.js`, status: 200, ctype: 'application/javascript;charset=utf-8' } };
    }),
    4,
    plant('path-secret', 'aem-request-log-sling-suffix-set-password-token', 'error', WHY.pathSecret('A set-password link that carries its token as a Sling suffix (`/content/…/account/set-password.html/<token>`), on the `->` line'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { method: 'GET', path: `${C}/account/set-password.html/${tok}`, status: 200 } };
    }),
    4,
    plant('id-token', 'aem-request-log-sso-logout-id-token-hint-1h-jti', 'error', "The staff sign-out servlet is called with the `id_token_hint` it passes on to the identity provider; request.log's `->` line has its time with the offset: the ID token is valid 1 h with a jti and live (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(600, 2400), jti: true, alg: 'RS256', kid: rng.b64url(22), claims: { iss: 'https://login.microsoftonline.com/9b1c7e5a-0d1f-4c55-9e2b-3f7c2a9d8e41/v2.0', aud: rng.uuid(), sub: rng.b64url(43), name: 'Morag Sinclair', preferred_username: `morag.sinclair@${TB}`, tid: '9b1c7e5a-0d1f-4c55-9e2b-3f7c2a9d8e41' } });
      return { value: token, jwt: facts, event: { method: 'GET', path: '/bin/thistlebox/sso/logout', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fwww.${TB}%2Fen.html`, status: 302 } };
    }),
    4,
    plant('encoded', 'aem-request-log-sling-suffix-base64url-json-partner-key', 'error', "The partner stock widget passes its context as a base64url JSON Sling suffix (`/partner-stock.html/eyJ…`): one decoding gives `{\"partner\":…,\"partnerKey\":\"…\"}` (no JWT: one segment).", ({ rng }) => {
      const ctx = b64urlOf(JSON.stringify({ partner: 'perth-garden-co', partnerKey: rng.alnum(32), lang: 'en' }));
      return { value: ctx, event: { method: 'GET', path: `${C}/partner-stock.html/${ctx}`, status: 200 } };
    }),
    4,
    plant('embed-jwt', 'aem-request-log-sling-suffix-embed-order-status-expired', 'note', "An order status widget that a customer's old e-mail opens (`/embed/order-status.html/<JWT>`, the JWT as a Sling suffix), two days after the token expired: note.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: 86400 + 2 * 86400 + rng.int(600, 7200), claims: { order: orderNo(rng), scope: 'order:status' } });
      return { value: token, jwt: facts, event: { method: 'GET', path: `${C}/embed/order-status.html/${token}`, status: 403 } };
    }),
    4,
    plant('negative', 'aem-request-log-adobe-mc-visitor-id', 'none', "Adobe Experience Cloud's cross-domain visitor parameter (`adobe_mc=MCMID%3D…%7CMCORGID%3D…%7CTS%3D…`): a visitor id, no credential.", ({ rng }) => {
      const v = `MCMID%3D${digits(rng, 38)}%7CMCORGID%3D${rng.hex(24).toUpperCase()}%40AdobeOrg%7CTS%3D${sec(DAY0) + 36000}`;
      return { value: v, event: { method: 'GET', path: `${C}/subscriptions.html`, query: `adobe_mc=${v}`, status: 200 } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 40 * MIN, site: { host: 'aem-publish' }, filler, render, steps });
}

// =====================================================================================================================
// Vcharel (Armenian; Yerevan: AMT, UTC+4)
// =====================================================================================================================

const VC = 'vcharel.example';
const MERCHANT = `https://merchant.${VC}`;
const UTILITIES = ['elektraenergia', 'gaz', 'jur', 'internet', 'ax-tv'];
const UTIL_HY = { elektraenergia: 'Էլեկտրաէներգիա', gaz: 'Գազ', jur: 'Ջուր', internet: 'Ինտերնետ', 'ax-tv': 'Հեռուստատեսություն' };
const subscriber = (rng) => digits(rng, 7);
const terminalId = (rng) => `T-${pad(rng.int(1, 1400), 4)}`;

// ---------------------------------------------------------------------------------------------------------------------
// info.log: the `log/info.log` of Vcharel's merchant portal, a Nette 3.2 application with Tracy 2.10: each
// `Debugger::log()` call at the default level is one line, `[<Y-m-d H-i-s>] <message>  @  <source>` (local time without
// a zone), the source being the request's URL or, in the console, `CLI (PID: <pid>): <argv>`; an exception's line ends
// with `  @@  info--<date>--<hash>.html` (its BlueScreen file); a value that is not a string is dumped as text and its
// line breaks folded into spaces (`array (3) 'key' => 'value' …`). nette/tracy src/Tracy/Logger/Logger.php and
// Helpers::getSource() (read through search); Dumper's text form from memory.

function tracyLog(rng) {
  const tt = (ms) => ymdHmsAt(ms, AMT).replace(/:/g, '-');
  const render = (e) => [`[${tt(e.t)}] ${e.msg}  @  ${e.src ?? `${MERCHANT}${e.path}`}${e.bs ? `  @@  info--${ymdHmsAt(e.t, AMT).slice(0, 16).replace(' ', '--').replace(':', '-')}--${e.bs}.html` : ''}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `Վճարումն ընդունված է: ${UTIL_HY[rng.pick(UTILITIES)]}, բաժանորդ ${subscriber(rng)}, ${rng.int(2, 60) * 100} AMD`, path: '/api/v1/vcharumner' }),
      () => ({ msg: `Հաշվետվությունը պատրաստ է: merchant ${rng.int(100, 999)}, ${rng.int(10, 900)} գործարք`, path: `/hashvetvutyun/${rng.int(2027, 2027)}-07` }),
      () => ({ msg: `Արտարժույթի փոխարժեքները թարմացված են (USD ${rng.int(386, 392)}.${digits(rng, 2)}, EUR ${rng.int(418, 426)}.${digits(rng, 2)})`, src: `CLI (PID: ${rng.int(2000, 60000)}): bin/console app:fx:refresh` }),
      () => ({ msg: `Մուտք: merchant ${rng.int(100, 999)}, IP ${rng.pick(['37.252', '46.70', '185.127'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`, path: '/mutk' }),
    ])();
  const bsHash = () => rng.hex(10);
  const steps = [
    4,
    plant('oauth-code', 'tracy-exception-source-url-state-mismatch-code', 'warning', `${WHY.code} The bank ID sign-in came back with a \`state\` the session no longer held; the handler logs the exception with \`Debugger::log($e)\`, and Tracy's line ends with the request's URL, the unused code in it (\`/mutk/veradardz?code=…&state=…\`, "sign-in/return").`, ({ rng }) => {
      const code = rng.b64url(48);
      return { value: code, event: { msg: 'App\\Security\\OAuth\\StateMismatchException: Վիճակի անհամապատասխանություն (state) in /var/www/merchant/app/Security/OAuth/CallbackHandler.php:58', path: `/mutk/veradardz?code=${code}&state=${rng.hex(32)}`, bs: bsHash() } };
    }),
    4,
    plant('negative', 'tracy-bluescreen-file-hash', 'none', "The name of the BlueScreen file Tracy saved for a logged exception (`info--<date>--<10 hex>.html`, the hash of the exception's trace): no credential.", ({ rng }) => {
      const h = rng.hex(10);
      return { value: h, event: { msg: `Nette\\Database\\DriverException: SQLSTATE[HY000] [2002] Connection refused in /var/www/merchant/vendor/nette/database/src/Database/DriverException.php:25`, path: '/hashvetvutyun/2027-07', bs: h } };
    }),
    4,
    plant('path-secret', 'tracy-cli-source-argv-reset-link', 'error', WHY.pathSecret("A support agent resends a password reset link from the console (`bin/console app:user:send-reset --link=…/gaghtnabar/verakangnel/<token>`, \"password/restore\"); Tracy's source for a console call is `CLI (PID: …):` and the whole argv"), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { msg: 'Վերականգնման հղումն ուղարկվեց: merchant 412', src: `CLI (PID: ${rng.int(2000, 60000)}): bin/console app:user:send-reset --merchant=412 --link=${MERCHANT}/gaghtnabar/verakangnel/${tok}` } };
    }),
    4,
    plant('session-id', 'tracy-dumper-array-cookies-phpsessid', 'error', WHY.session("A developer logs `$httpRequest->getCookies()` to chase a lost cart; Tracy dumps the array as text and folds its lines (`array (3) 'PHPSESSID' => '…' …`): the merchant's PHP session id"), ({ rng }) => {
      const sid = phpSid(rng);
      return { value: sid, event: { msg: `array (3) 'PHPSESSID' => '${sid}' 'nette-samesite' => '1' 'lang' => 'hy'`, path: '/hashiv/kargavorumner' } };
    }),
    4,
    plant('api-key-name', 'tracy-source-url-api-banali', 'error', `${WHY.apiKey('api_banali')} An agent network's integration calls the portal's API with \`api_banali\` ("API key") in the query; the not-found line's source writes it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { msg: "Գործընկերը չի գտնվել: 'agent-17'", path: `/api/v1/mnacord?gortsynker=agent-17&api_banali=${key}` } };
    }),
    4,
    plant('negative', 'tracy-source-url-nette-flash-id', 'none', "Nette's flash message id in the URL after a redirect (`_fid=<4 characters>`): it keys a message in the session, no credential.", ({ rng }) => {
      const fid = rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 4);
      return { value: `_fid=${fid}`, event: { msg: 'Պայմանագիրը պահպանված է: merchant 208', path: `/paymanagir/208?_fid=${fid}` } };
    }),
    4,
    plant('encoded', 'tracy-source-url-veradardz-percent-encoded-api-banali', 'error', "The sign-in page's return address (`veradardz=`, \"return\") holds a report URL percent-encoded once, with its `api_banali` (`%3Fapi_banali%3D…`); Tracy writes the source URL as requested.", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { msg: 'Մուտքի էջ, նիստը ավարտվել է', path: `/mutk?veradardz=${encodeURIComponent(`/api/v1/hashvetvutyun?amis=2027-06&api_banali=${key}`)}` } };
    }),
    4,
    plant('framework-dump', 'tracy-dumper-array-form-values-gaghtnabar', 'error', "The registration handler logs `(array) $form->getValues()` on a failed save: Tracy's folded text dump writes the password field (`'gaghtnabar' => '…'`, \"password\") in clear.", ({ rng }) => {
      const pw = `${rng.alnum(9)}${digits(rng, 3)}`;
      return { value: pw, event: { msg: `array (4) 'email' => 'ani.hakobyan@shuka-market.example' 'heraxos' => '+37491${digits(rng, 6)}' 'gaghtnabar' => '${pw}' 'paymanner' => true`, path: '/grancvel' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 20 * MIN, site: { host: 'merchant' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vcharel-kiosk-hub.log: the stderr of Vcharel's terminal hub, a C++ service on Crow 1.2 (`CrowCpp/Crow`) that the
// payment terminals and the receipt QR codes call: Crow's default handler writes `(<yyyy-mm-dd HH:MM:SS>) [<LEVEL   >]
// <message>` in UTC without a zone; each request is `Request: <ip>:<port> <connection> HTTP/1.1 <METHOD> <path>` (the
// URL without its query) and `Response: <connection> <raw URL with the query> <status> <close>`; the service's own
// lines through CROW_LOG_*. include/crow/logging.h, http_connection.h and http_server.h of CrowCpp/Crow (read).

function crowLog(rng) {
  const ct = (ms) => ymdHmsAt(ms, 0);
  const L = { INFO: 'INFO    ', WARNING: 'WARNING ', ERROR: 'ERROR   ', DEBUG: 'DEBUG   ' };
  const conns = [addr(rng), addr(rng), addr(rng), addr(rng)];
  const render = (e) => {
    const out = [];
    const conn = rng.pick(conns);
    if (e.path) out.push(`(${ct(e.t)}) [${L.INFO}] Request: ${e.ip}:${e.port} ${conn} HTTP/1.1 ${e.method} ${e.path}`);
    for (const [lvl, m] of e.app ?? []) out.push(`(${ct(e.t)}) [${L[lvl]}] ${m}`);
    if (e.path) out.push(`(${ct(e.t + e.ms)}) [${L.INFO}] Response: ${conn} ${e.path}${e.query ? `?${e.query}` : ''} ${e.status} 0`);
    return out;
  };
  const term = () => `10.12.${rng.int(0, 40)}.${rng.int(2, 250)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ip: term(), method: 'POST', path: '/v2/terminal/heartbeat', status: 200, app: [['INFO', `${terminalId(rng)}: կանխիկի արկղը լցված է ${rng.int(10, 90)}%`]] }),
      () => ({ ip: term(), method: 'POST', path: '/v2/vcharum', status: 201, app: [['INFO', `Վճարումն ընդունված է: ${UTIL_HY[rng.pick(UTILITIES)]}, բաժանորդ ${subscriber(rng)}, ${rng.int(2, 60) * 100} AMD`]] }),
      () => ({ ip: term(), method: 'GET', path: `/v2/bazhanord/${subscriber(rng)}`, query: `tesak=${rng.pick(UTILITIES)}`, status: rng.pick([200, 200, 404]) }),
      () => ({ path: null, app: [['WARNING', `${terminalId(rng)}: թղթի պաշարը սպառվում է`]] }),
    ])();
  const header = [
    '(2027-07-13 03:58:12) [INFO    ] Crow/1.2.1 server is running at http://0.0.0.0:18080 using 8 threads',
    '(2027-07-13 03:58:12) [INFO    ] Call `app.loglevel(crow::LogLevel::Warning)` to hide Info level logs.',
  ];
  const steps = [
    3,
    plant('api-key-name', 'crow-response-line-raw-url-banali', 'error', `${WHY.apiKey('banali')} A terminal fetches its configuration with its key in the query (\`banali\`, "key"); Crow's \`Request:\` line writes the path only, its \`Response:\` line the raw URL with the query.`, ({ rng }) => {
      const key = rng.hex(48);
      return { value: key, event: { ip: term(), method: 'GET', path: '/v2/terminal/config', query: `terminal=${terminalId(rng)}&banali=${key}`, status: 200 } };
    }),
    3,
    plant('negative', 'crow-request-and-response-firmware-sha256', 'none', 'A firmware image named by its SHA-256 (`/v2/firmware/<sha256>.bin`), on the request and the response line of one download: a content hash, no credential.', ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { ip: term(), method: 'GET', path: `/v2/firmware/${h}.bin`, status: 200 } };
    }),
    3,
    plant('path-secret', 'crow-request-and-response-andorragir-link', 'error', WHY.pathSecret("A receipt link printed as a QR code on the paper receipt (`/andorragir/<token>`, \"receipt\"): the receipt page shows the subscriber's name, address and payment; Crow writes the path on the `Request:` and the `Response:` line"), ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { ip: rng.pick(['37.252.', '46.70.', '5.77.']) + `${rng.int(1, 254)}.${rng.int(1, 254)}`, method: 'GET', path: `/andorragir/${tok}`, status: 200 } };
    }),
    3,
    plant('header-dump', 'crow-app-debug-headers-authorization-basic', 'error', "A debugging middleware left in the build writes the incoming headers on one line (`Headers: Host=…; Authorization=Basic …; X-Terminal-Id=…`): a terminal's Basic credentials (base64 of its id and password).", ({ rng }) => {
      const id = terminalId(rng);
      const b = b64Of(`${id}:${rng.alnum(20)}`);
      return { value: b, event: { ip: term(), method: 'POST', path: '/v2/terminal/inkasacia', status: 200, app: [['DEBUG', `Headers: Host=hub.${VC}:18080; Authorization=Basic ${b}; X-Terminal-Id=${id}; User-Agent=VcharelTerminal/4.2.7`]] } };
    }),
    3,
    plant('implicit-fragment', 'crow-app-warning-webview-navigation-fragment', 'error', "The terminal's embedded browser reports a navigation the hub refuses; the warning quotes the address, a bank widget's implicit grant (`#access_token=…&token_type=Bearer`).", ({ rng }) => {
      const tok = rng.alnum(44);
      return { value: tok, event: { ip: term(), method: 'POST', path: '/v2/terminal/webview-event', status: 403, app: [['WARNING', `Արգելված հասցե webview-ում: https://widget.bank-partner.example/vcharum/avart#access_token=${tok}&token_type=Bearer&expires_in=900`]] } };
    }),
    3,
    plant('webhook', 'crow-app-error-opsgenie-webhook-apikey', 'error', WHY.webhook("An Opsgenie integration URL (`api.opsgenie.com/v1/json/integrations/webhooks/<type>?apiKey=<key>`) the hub posts alerts to (the key in the URL creates alerts for the team), quoted in its error when the post failed"), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { path: null, app: [['ERROR', `Ծանուցումը չուղարկվեց: POST https://api.opsgenie.com/v1/json/integrations/webhooks/prometheus?apiKey=${key} -> 422 Unprocessable Entity`]] } };
    }),
    3,
    plant('replay', 'crow-response-line-receipt-reprint-miangamya-toms', 'note', WHY.ticketFirst('A one-time reprint ticket (`miangamya_toms`, "one-time ticket") a terminal uses to print a receipt again, on the `Response:` line of its request (the `Request:` line has no query). The ticket is'), ({ rng }) => {
      const tk = rng.b64url(22);
      return { value: tk, event: { ip: term(), method: 'GET', path: '/v2/andorragir/tpel', query: `miangamya_toms=${tk}`, status: 200 } };
    }),
    3,
    plant('negative', 'crow-app-info-rrn', 'none', "A card payment's retrieval reference number (RRN, 12 digits) in a confirmation line: a transaction reference, no credential.", ({ rng }) => {
      const rrn = digits(rng, 12);
      return { value: rrn, event: { path: null, app: [['INFO', `Քարտային վճարումը հաստատված է, RRN ${rrn}, ${rng.int(20, 400) * 100} AMD`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'hub' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// karaf.log: Vcharel's integration bus, Apache Karaf 4.4 with Camel routes and Apache CXF 3.6 clients and endpoints
// with the logging feature (verbose events through SLF4J): Karaf's default pattern `%d{ISO8601} | %-5p | %-16t |
// %-32c{1} | %X{bundle.id} - %X{bundle.name} - %X{bundle.version} | %m%n` (local time without a zone); CXF's event is
// written from its next line on, four spaces in (`Address:`, `HttpMethod:`, `Content-Type:`, `ResponseCode:`,
// `ExchangeId:`, `ServiceName:`/`PortName:`/`PortTypeName:` for SOAP services, `Headers: {k=v, …}`, `Payload:`). The
// feature masks the XML or JSON elements it is given by name (`XXX`), no header unless told. rt/features/logging's
// LogMessageFormatter, MaskSensitiveHelper and AbstractLoggingInterceptor in apache/cxf (read); Karaf's pattern from
// memory of etc/org.ops4j.pax.logging.cfg.

function karafLog(rng) {
  const kt = (ms) => `${local(ms, AMT).slice(0, 19)},${msPart(ms)}`;
  const cxf = '112 - org.apache.cxf.cxf-rt-features-logging - 3.6.4';
  const camel = '96 - org.apache.camel.camel-core-engine - 3.22.2';
  const row = (ms, lvl, thread, logger, bundle, msg) => `${kt(ms)} | ${lvl.padEnd(5)} | ${thread.padEnd(16)} | ${logger.padEnd(32)} | ${bundle} | ${msg}`;
  const render = (e) => {
    const out = [];
    const serverThread = `qtp1853489547-${rng.int(80, 140)}`;
    const clientThread = `Camel (vcharel-esb) thread #${rng.int(1, 9)} - timer://poll`;
    for (const ev of e.events ?? []) {
      const thread = ev.type === 'REQ_IN' || ev.type === 'RESP_OUT' ? serverThread : clientThread;
      const lines = [ev.type];
      const w = (k, v) => v !== undefined && lines.push(`    ${k}: ${v}`);
      w('Address', ev.address);
      w('HttpMethod', ev.method);
      w('Content-Type', ev.ctype);
      w('ResponseCode', ev.code);
      w('ExchangeId', ev.xid ?? rng.uuid());
      if (ev.service) {
        w('ServiceName', ev.service);
        w('PortName', `${ev.service}Port`);
        w('PortTypeName', `${ev.service}PortType`);
      }
      w('Headers', `{${Object.entries(ev.headers ?? {}).map(([k, v]) => `${k}=${v}`).join(', ')}}`);
      w('Payload', ev.payload);
      out.push(row(e.t, 'INFO', thread, ev.type, cxf, lines[0]), ...lines.slice(1));
    }
    for (const [lvl, route, msg] of e.camel ?? []) out.push(row(e.t, lvl, `Camel (vcharel-esb) thread #${rng.int(1, 9)} - timer://poll`, route, camel, msg));
    return out;
  };
  const soap = (body) => `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">${body}</soap:Envelope>`;
  const filler = (rng) =>
    rng.pick([
      () => ({ camel: [['INFO', 'route-jur-sync', `Ջրի պարտքերի համաժամեցում: ${rng.int(200, 4000)} բաժանորդ, ${rng.int(0, 12)} սխալ`]] }),
      () => ({ camel: [['INFO', 'route-payments-out', `Փոխանցված է ${rng.int(10, 300)} վճարում, ստացող՝ ${rng.pick(['Էլեկտրական ցանցեր', 'Գազամատակարարում', 'Ջրմուղ'])}`]] }),
      () => {
        const xid = rng.uuid();
        const sub = subscriber(rng);
        return { events: [
          { type: 'REQ_OUT', address: 'https://billing.jrmugh.example/ws/DebtService', method: 'POST', ctype: 'text/xml', xid, service: 'DebtService', headers: { SOAPAction: '"http://jrmugh.example/debt/GetDebt"', Accept: '*/*' }, payload: soap(`<soap:Body><ns2:GetDebt xmlns:ns2="http://jrmugh.example/debt"><subscriber>${sub}</subscriber></ns2:GetDebt></soap:Body>`) },
          { type: 'RESP_IN', address: 'https://billing.jrmugh.example/ws/DebtService', ctype: 'text/xml;charset=utf-8', code: 200, xid, service: 'DebtService', headers: { 'Content-Type': 'text/xml;charset=utf-8', Date: httpDate(rng.int(0, 3) * 1000 + DAY0 + 6 * HOUR + rng.int(0, 3600000)) }, payload: soap(`<soap:Body><ns2:GetDebtResponse xmlns:ns2="http://jrmugh.example/debt"><subscriber>${sub}</subscriber><amount>${rng.int(0, 30000)}</amount></ns2:GetDebtResponse></soap:Body>`) },
        ] };
      },
    ])();
  const steps = [
    { raw: { camel: [['INFO', 'DefaultCamelContext', 'Apache Camel 3.22.2 (vcharel-esb) started in 1s412ms (build:112ms init:388ms start:912ms)']] }, after: 0 },
    3,
    plant('header-dump', 'cxf-req-in-headers-map-authorization-basic', 'error', "An agent network's POS calls the bus's REST endpoint; CXF's `REQ_IN` event writes the request headers as a Java map (`Headers: {accept=…, Authorization=Basic …, …}`), the logging feature masking no header unless told.", ({ rng }) => {
      const b = b64Of(`agent-network-07:${rng.alnum(22)}`);
      return { value: b, event: { events: [{ type: 'REQ_IN', address: 'http://esb.vcharel.internal:8181/cxf/api/v1/vcharumner', method: 'POST', ctype: 'application/json', headers: { accept: 'application/json', Authorization: `Basic ${b}`, 'content-type': 'application/json', host: 'esb.vcharel.internal:8181', 'user-agent': 'AgentPOS/3.1' }, payload: JSON.stringify({ tesak: 'gaz', bazhanord: subscriber(rng), gumar: rng.int(20, 400) * 100 }) }] } };
    }),
    3,
    plant('negative', 'cxf-exchange-id-req-and-resp', 'none', "CXF's `ExchangeId` (a UUID it gives one exchange), written on the request and the response event of that exchange: an identifier, no credential.", ({ rng }) => {
      const xid = rng.uuid();
      return { value: xid, event: { events: [
        { type: 'REQ_OUT', address: 'https://api.gazmatakarar.example/v1/debts/batch', method: 'POST', ctype: 'application/json', xid, headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, payload: JSON.stringify({ subscribers: [subscriber(rng), subscriber(rng)] }) },
        { type: 'RESP_IN', address: 'https://api.gazmatakarar.example/v1/debts/batch', ctype: 'application/json', code: 200, xid, headers: { 'Content-Type': 'application/json' }, payload: JSON.stringify({ items: 2, status: 'ok' }) },
      ] } };
    }),
    3,
    plant('refresh-token', 'cxf-req-out-json-payload-refresh-token', 'error', `${WHY.refresh} The bus renews its token at the bank's API; the \`REQ_OUT\` event's \`Payload:\` holds the JSON refresh grant (the feature masks only the element names it is given, here \`password\`).`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { events: [{ type: 'REQ_OUT', address: 'https://api.bank-partner.example/oauth2/token', method: 'POST', ctype: 'application/json', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, payload: JSON.stringify({ grant_type: 'refresh_token', refresh_token: rt, client_id: 'vcharel-esb' }) }] } };
    }),
    3,
    plant('implicit-fragment', 'cxf-resp-in-headers-location-fragment', 'error', "The bank's legacy account-linking endpoint answers a server-side call with a 302 whose `Location` carries an implicit grant; CXF's `RESP_IN` headers map writes it (`Location=…#access_token=…`).", ({ rng, t }) => {
      const tok = rng.alnum(48);
      const xid = rng.uuid();
      return { value: tok, event: { events: [{ type: 'REQ_OUT', address: `https://api.bank-partner.example/link/authorize?response_type=token&client_id=vcharel-esb&merchant=${rng.int(100, 999)}&state=${rng.hex(16)}`, method: 'GET', xid, headers: { Accept: '*/*' } }, { type: 'RESP_IN', address: 'https://api.bank-partner.example/link/authorize', code: 302, xid, headers: { 'Content-Length': '0', Date: httpDate(t), Location: `https://esb.vcharel.example/bank/linked#access_token=${tok}&token_type=Bearer&expires_in=3600` } }] } };
    }),
    3,
    plant('api-key-name', 'cxf-req-out-address-password-query', 'error', `${WHY.apiKey('password')} The SMS gateway takes its login and password in the query of a GET (\`/api/send?login=…&password=…\`); CXF's \`REQ_OUT\` writes the \`Address\`. A password under a parameter name is labeled like a key.`, ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { events: [{ type: 'REQ_OUT', address: `https://sms.gateway-am.example/api/send?login=vcharel&password=${pw}&sender=Vcharel&phone=37494${digits(rng, 6)}&text=${encodeURIComponent('Ձեր վճարումն ընդունված է')}`, method: 'GET', headers: { Accept: '*/*' } }] } };
    }),
    3,
    plant('encoded', 'cxf-req-out-soap-header-base64-user-password', 'error', "The electricity distributor's SOAP service takes `<auth:Token>` as base64 of `login:password` in a SOAP header; CXF's `REQ_OUT` payload writes the envelope whole.", ({ rng }) => {
      const b = b64Of(`vcharel_gateway:${rng.alnum(14)}`);
      return { value: b, event: { events: [{ type: 'REQ_OUT', address: 'https://ws.elcancer.example/PaymentGateway.svc', method: 'POST', ctype: 'text/xml', service: 'PaymentGateway', headers: { SOAPAction: '"http://elcancer.example/IPaymentGateway/RegisterPayment"', Accept: '*/*' }, payload: soap(`<soap:Header><auth:Authentication xmlns:auth="http://elcancer.example/auth"><auth:Token>${b}</auth:Token></auth:Authentication></soap:Header><soap:Body><RegisterPayment xmlns="http://elcancer.example/"><Subscriber>${subscriber(rng)}</Subscriber><Amount>${rng.int(20, 300) * 100}</Amount></RegisterPayment></soap:Body>`) }] } };
    }),
    3,
    plant('session-id', 'cxf-resp-in-headers-set-cookie-aspnet-session', 'error', WHY.session("The water utility's SOAP service keeps its login in an ASP.NET session; the `RESP_IN` headers map of the login call writes `Set-Cookie=ASP.NET_SessionId=…`, which the bus then sends back"), ({ rng }) => {
      const sid = aspSid(rng);
      const xid = rng.uuid();
      return { value: sid, event: { events: [{ type: 'REQ_OUT', address: 'https://billing.jrmugh.example/ws/AuthService', method: 'POST', ctype: 'text/xml', xid, service: 'AuthService', headers: { SOAPAction: '"http://jrmugh.example/auth/Login"', Accept: '*/*' }, payload: soap('<soap:Body><Login xmlns="http://jrmugh.example/auth"><username>vcharel</username><password>XXX</password></Login></soap:Body>') }, { type: 'RESP_IN', xid, address: 'https://billing.jrmugh.example/ws/AuthService', ctype: 'text/xml;charset=utf-8', code: 200, service: 'AuthService', headers: { 'Cache-Control': 'private', 'Content-Type': 'text/xml; charset=utf-8', 'Set-Cookie': `ASP.NET_SessionId=${sid}; path=/; HttpOnly; SameSite=Lax` }, payload: soap('<soap:Body><LoginResponse xmlns="http://jrmugh.example/auth"><LoginResult>true</LoginResult></LoginResponse></soap:Body>') }] } };
    }),
    3,
    plant('negative', 'cxf-wsse-password-digest', 'none', "A WS-Security UsernameToken with `Type=\"…#PasswordDigest\"`: base64 of SHA-1 over the nonce, the time and the password, valid for that one message; the password itself is not in it.", ({ rng }) => {
      const d = b64bytes(rng, 20);
      return { value: d, event: { events: [{ type: 'REQ_OUT', address: 'https://ws.internet-isp.example/BillingService', method: 'POST', ctype: 'text/xml', service: 'BillingService', headers: { SOAPAction: '""', Accept: '*/*' }, payload: soap(`<soap:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><wsse:UsernameToken><wsse:Username>vcharel</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${d}</wsse:Password><wsse:Nonce>${b64bytes(rng, 16)}</wsse:Nonce></wsse:UsernameToken></wsse:Security></soap:Header><soap:Body><GetBalance xmlns="http://internet-isp.example/"><Account>${subscriber(rng)}</Account></GetBalance></soap:Body>`) }] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'esb' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// metrics-2027_07_13.json: Vcharel's partner API on Gravitee API Management 4.4's gateway, v2 APIs on the legacy
// execution engine, with the file reporter in JSON (`reporters.file.output: json`, one object a line): `timestamp` in
// epoch ms, the proxy and API times, `requestId`, `api`, `application`, `transactionId`, `plan`, addresses, `httpMethod`,
// `host`, `uri` (with its query), sizes, `status`, `endpoint`, `path`, `userAgent`, and for a secured plan
// `securityType` and `securityToken` (for an API key plan the key itself), `subscription`; `errorKey`/`errorMessage`
// when the policy chain stopped. https://documentation.gravitee.io/apim/gravitee-gateway/reporters/formats (read
// through search: the legacy engine's metrics sample and the field definitions).

function graviteeLog(rng) {
  const APIS = { partner: rng.uuid(), oidc: rng.uuid(), embed: rng.uuid(), qr: rng.uuid() };
  const keylessApp = '1';
  const render = (e) => {
    const rid = rng.uuid();
    const total = rng.int(12, 600);
    const api = rng.int(4, total - 3);
    const o = { timestamp: e.t, proxyResponseTimeMs: total, proxyLatencyMs: total - api, apiResponseTimeMs: api, requestId: rid, api: APIS[e.api ?? 'partner'], application: e.app ?? keylessApp, transactionId: e.txid ?? rid, plan: e.plan ?? rng.uuid(), localAddress: '10.20.1.14', remoteAddress: e.ip, httpMethod: e.method, host: `api.${VC}`, uri: `${e.path}${e.query ? `?${e.query}` : ''}`, requestContentLength: e.method === 'POST' ? rng.int(80, 900) : 0, responseContentLength: e.bytes, status: e.status, endpoint: `${e.backend ?? 'http://partner-svc.vcharel.svc:8080'}${e.path.replace(/^\/[^/]+/, '')}`, path: e.path.replace(/^\/[^/]+/, ''), userAgent: e.ua };
    if (e.key) Object.assign(o, { securityType: 'API_KEY', securityToken: e.key, subscription: e.sub ?? rng.uuid() });
    else o.subscription = e.ip;
    if (e.errorKey) Object.assign(o, { errorKey: e.errorKey, errorMessage: e.errorMessage });
    return [JSON.stringify(o)];
  };
  const agent = () => `${rng.pick(['37.252', '46.70', '185.127', '91.103'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/partner/v1/sakagner', query: `tesak=${rng.pick(UTILITIES)}`, status: 200, ip: agent(), ua: 'okhttp/5.3.2' }),
      () => ({ method: 'GET', path: '/partner/v1/terminalner', query: `qaghaq=${rng.pick(['yerevan', 'gyumri', 'vanadzor', 'abovyan'])}`, status: 200, ip: agent(), ua: 'Apache-HttpClient/5.4.1 (Java/21.0.7)' }),
      () => ({ method: 'GET', path: '/partner/v1/tonakan-orer', status: 200, ip: agent(), ua: 'curl/8.19.0' }),
      () => ({ method: 'GET', path: '/partner/v1/vcharumner/status', query: `id=${rng.uuid()}`, status: 401, ip: agent(), ua: 'python-requests/2.32.5', errorKey: 'API_KEY_MISSING', errorMessage: 'Unauthorized' }),
    ])();
  const steps = [
    6,
    plant('api-key-name', 'gravitee-metrics-security-token-api-key', 'error', `${WHY.apiKey('securityToken')} On an API key plan, Gravitee's metrics record the key the caller sent (\`securityType: API_KEY\`, \`securityToken: <key>\`), whatever header or query carried it: an agent network's partner key on the line of its call.`, ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { method: 'GET', path: `/partner/v1/bazhanord/${subscriber(rng)}`, query: 'tesak=elektraenergia', status: 200, key, app: rng.uuid(), ip: agent(), ua: 'AgentGateway/2.0' } };
    }),
    6,
    plant('negative', 'gravitee-metrics-client-transaction-id', 'none', "A `transactionId` the caller set through `X-Gravitee-Transaction-Id` (a UUID that correlates its calls across services): an identifier, no credential.", ({ rng }) => {
      const tx = rng.uuid();
      return { value: tx, event: { method: 'GET', path: '/partner/v1/sakagner', status: 200, txid: tx, ip: agent(), ua: 'okhttp/5.3.2' } };
    }),
    6,
    plant('id-token', 'gravitee-metrics-uri-id-token-hint-10h', 'error', "The mobile app's sign-out through the gateway (`/oidc/v1/session/end?id_token_hint=<JWT>`), in `uri` of a line timed in epoch ms: a 10 h ID token without a jti, live (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(1800, 20000), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://id.${VC}`, aud: 'vcharel-mobile', sub: rng.uuid(), phone_number: `+37493${digits(rng, 6)}`, acr: 'bank-id' } });
      return { value: token, jwt: facts, event: { api: 'oidc', method: 'GET', path: '/oidc/v1/session/end', query: `id_token_hint=${token}&post_logout_redirect_uri=vcharel%3A%2F%2Fdurs`, status: 302, backend: 'http://id.vcharel.svc:8080', ip: agent(), ua: 'Vcharel/5.8.1 (Android 16)' } };
    }),
    6,
    plant('embed-jwt', 'gravitee-metrics-uri-embed-report-jwt-no-exp', 'error', 'A merchant\'s dashboard embeds a sales report through the gateway (`/nerdrvats/hashvetvutyun/<JWT>`, "embedded/report"): the JWT has no `exp` (error); `uri` and `endpoint` write the path on one line.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400, 900000), claims: { merchant: rng.int(100, 999), report: 'daily-sales', locale: 'hy' } });
      return { value: token, jwt: facts, event: { api: 'embed', method: 'GET', path: `/nerdrvats/hashvetvutyun/${token}`, status: 200, backend: 'http://reports.vcharel.svc:8080', ip: agent(), ua: BROWSERS[0] } };
    }),
    6,
    plant('encoded', 'gravitee-metrics-uri-base64-protobuf-merchant-secret', 'error', "A bank app posts a scanned QR payload through the gateway as `p=` (base64 of a protobuf message, percent-encoded): one decoding shows the merchant's secret among its fields.", ({ rng }) => {
      const secret = rng.alnum(32);
      const f = (tag, s) => Buffer.concat([Buffer.from([tag, s.length]), Buffer.from(s)]);
      const msg = Buffer.concat([f(0x0a, `merchant-${rng.int(100, 999)}`), f(0x12, secret), f(0x1a, 'AMD'), Buffer.from([0x20, 0x90, 0x4e])]);
      const p = encodeURIComponent(msg.toString('base64'));
      return { value: p, event: { api: 'qr', method: 'GET', path: '/qr/v1/resolve', query: `p=${p}`, status: 200, backend: 'http://qr.vcharel.svc:8080', ip: agent(), ua: 'okhttp/5.3.2' } };
    }),
    6,
    plant('negative', 'gravitee-metrics-uri-base64-json-cursor', 'none', 'A page cursor in the tariff list (`ej=`, base64 of a JSON offset, starting `eyJ`): no credential.', ({ rng }) => {
      const c = b64Of(JSON.stringify({ after: rng.int(100, 900), sort: 'tesak' })).replace(/=+$/, '');
      return { value: c, event: { method: 'GET', path: '/partner/v1/sakagner', query: `ej=${c}&chap=50`, status: 200, ip: agent(), ua: 'okhttp/5.3.2' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 15 * MIN, site: { host: 'gw' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// error.log: OpenLiteSpeed 1.8 in front of Vcharel's WordPress site (www.vcharel.example), `logs/error.log` at level
// INFO with the virtual host's rewrite log level raised: `<yyyy-mm-dd HH:MM:SS.µµµµµµ> [<LEVEL>] [<pid>] [T<n>]
// [<client ip>:<port>#<vhost>] <message>` (local time without a zone), `[REWRITE] Rule: Match '<URI>' with pattern
// '<regex>', result: <n>`, `[REWRITE] Source URI: '<URI>' => Result URI: '<URI>'`, `[REWRITE] Last Rule, stop!`, and
// lsphp's stderr as `[STDERR] <PHP message>`. https://openlitespeed.org/kb/ (not fetched; the line shapes from memory of
// public error logs).

function olsLog(rng) {
  const ot = (ms) => `${ymdHmsAt(ms, AMT)}.${msPart(ms)}${digits(rng, 3)}`;
  const PID = 3112;
  const render = (e) => {
    const ctx = `[${e.ip}:${e.port}#${VC}]`;
    return (e.lines ?? []).map(([lvl, m], i) => `${ot(e.t + i)} [${lvl}] [${PID}] [T0] ${m.startsWith('[NOTICE-RAW]') ? m.slice(12) : `${ctx} ${m}`}`);
  };
  const RULE = "'^/hastatel-el-post/([^/]+)/?$'";
  const pageRewrite = (path) => [['INFO', `[REWRITE] Rule: Match '${path}' with pattern ${RULE}, result: -1`], ['INFO', `[REWRITE] Rule: Match '${path}' with pattern '.', result: 1`], ['INFO', `[REWRITE] Source URI: '${path}' => Result URI: '/index.php'`], ['INFO', '[REWRITE] Last Rule, stop!']];
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: pageRewrite(rng.pick(['/hy/sakagner/', '/hy/terminalner/', '/blog/', '/hy/hamagorcakcutyun/', '/en/about/'])) }),
      () => ({ lines: [['INFO', `[STDERR] PHP Deprecated:  Creation of dynamic property Vcharel_Map_Widget::$zoom is deprecated in /var/www/${VC}/public_html/wp-content/plugins/vcharel-map/widget.php on line ${rng.int(30, 90)}`]] }),
      () => ({ lines: [['NOTICE', `[NOTICE-RAW][lsphp:${VC}] add child process pid: ${rng.int(4000, 9000)}`]] }),
    ])();
  const steps = [
    { raw: { lines: [['NOTICE', '[NOTICE-RAW]Loading LiteSpeed/1.8.2 Open (lsquic 4.0.12, modgzip 1.1, cache 1.66, mod_security 1.4 (with libmodsecurity v3.0.12)) BUILD (built: Tue Mar  9 09:14:22 UTC 2027) ...'], ['NOTICE', '[NOTICE-RAW]Using [OpenSSL 3.0.13 30 Jan 2024]'], ['NOTICE', '[NOTICE-RAW][Child: 3112] Setup swapping space...']] }, after: 0 },
    5,
    plant('path-secret', 'ols-rewrite-rule-and-source-uri-email-confirmation', 'error', WHY.pathSecret("A newsletter sign-up's e-mail confirmation link (`/hastatel-el-post/<token>/`, \"confirm e-mail\") that the site's rewrite rule maps to WordPress; OpenLiteSpeed's rewrite log writes the URI on the rule's line and on `Source URI … => Result URI …`"), ({ rng }) => {
      const tok = rng.hex(40);
      const p = `/hastatel-el-post/${tok}/`;
      return { value: tok, event: { lines: [['INFO', `[REWRITE] Rule: Match '${p}' with pattern ${RULE}, result: 2`], ['INFO', `[REWRITE] Source URI: '${p}' => Result URI: '/index.php?vcharel_hastatel=${tok}'`], ['INFO', '[REWRITE] Last Rule, stop!']] } };
    }),
    5,
    plant('negative', 'ols-rewrite-litespeed-cache-css-hash', 'none', "LiteSpeed Cache's combined stylesheet (`/wp-content/litespeed/css/<md5>.css`, a hash of its content) tried against the rewrite rule: a cache file name, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { lines: [['INFO', `[REWRITE] Rule: Match '/wp-content/litespeed/css/${h}.css' with pattern ${RULE}, result: -1`]] } };
    }),
    5,
    plant('webhook', 'ols-stderr-php-warning-buddy-works-trigger-webhook', 'error', WHY.webhook("A Buddy.Works pipeline trigger (`…/pipelines/pipeline/<id>/trigger-webhook?token=<token>`) a must-use plugin calls to rebuild the static rates page; PHP's warning for the failed `file_get_contents()` quotes the URL on lsphp's stderr"), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { lines: [['INFO', `[STDERR] PHP Warning:  file_get_contents(https://app.buddy.works/vcharel/vcharel-site/pipelines/pipeline/${rng.int(100000, 999999)}/trigger-webhook?token=${tok}): Failed to open stream: HTTP request failed! HTTP/1.1 403 Forbidden\n in /var/www/${VC}/public_html/wp-content/mu-plugins/rates-rebuild.php on line 27`]] } };
    }),
    5,
    plant('api-key-name', 'ols-stderr-php-fatal-exchange-rates-app-key', 'error', `${WHY.apiKey('app_key')} The exchange rate widget's uncaught exception quotes the request it made (\`…/latest?base=AMD&app_key=…\`) on lsphp's stderr.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { lines: [['INFO', `[STDERR] PHP Fatal error:  Uncaught RuntimeException: FX API 401 for https://api.fx-rates.example/v3/latest?base=AMD&symbols=USD,EUR,RUB&app_key=${key} in /var/www/${VC}/public_html/wp-content/themes/vcharel/inc/fx.php:28`]] } };
    }),
    5,
    plant('negative', 'ols-file-not-found-hashed-upload', 'none', 'A missing upload whose name is a content hash (`banner-<md5>.webp`): an asset name, no credential.', ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { lines: [['INFO', `File not found [/var/www/${VC}/public_html/wp-content/uploads/2027/07/banner-${h}.webp]`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 45 * MIN, site: { host: 'www' }, filler, render, steps });
}

// =====================================================================================================================
// Àríyá (Yoruba; Lagos: WAT, UTC+1)
// =====================================================================================================================

const AR = 'ariya.example';
const EVENTS = ['afrobeats-lekki-2027', 'owambe-ikoyi-july', 'comedy-night-yaba', 'tech-mixer-vi', 'fuji-live-surulere', 'gospel-fest-ikeja'];
const NG_IP = (rng) => `${rng.pick(['102.89', '105.112', '197.210', '41.184', '129.205'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`;
const tikeetiNo = (rng) => `AR-${upperNum(rng, 4)}-${digits(rng, 5)}`;

// ---------------------------------------------------------------------------------------------------------------------
// ariya-web-serve.log: `docker logs` of the container that serves Àríyá's single-page app with `serve -s dist -l
// tcp://0.0.0.0:3000` (vercel/serve 14.2, behind the CDN, so every client address is the CDN's): ` INFO  Accepting
// connections at …` at start, then two lines a request, ` HTTP  <toLocaleDateString> <toLocaleTimeString> <address>
// <METHOD> <url>` and the same prefix with `Returned <status> in <ms> ms` (en-US, the container's local time, Lagos, no
// zone). source/utilities/server.ts and logger.ts of vercel/serve (read through search).

function serveLog(rng) {
  const lt = (ms) => {
    const d = new Date(ms + WAT * MIN);
    const h = d.getUTCHours();
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const edge = ['43.152.34.18', '43.152.34.77', '43.175.160.9'];
  const render = (e) => {
    const ip = rng.pick(edge);
    const when = lt(e.t);
    return [` HTTP  ${when} ${ip} ${e.method} ${e.path}${e.query ? `?${e.query}` : ''}`, ` HTTP  ${when} ${ip} Returned ${e.status} in ${rng.int(1, 14)} ms`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `/ayeye/${rng.pick(EVENTS)}`, status: 200 }),
      () => ({ method: 'GET', path: `/assets/${rng.pick(['index', 'ayeye', 'isanwo'])}-${rng.b64url(8).replace(/[-_]/g, 'k')}.js`, status: 200 }),
      () => ({ method: 'GET', path: '/', status: 200 }),
      () => ({ method: 'GET', path: `/ayeye/${rng.pick(EVENTS)}/ijoko`, status: 200 }),
      () => ({ method: 'GET', path: '/favicon.svg', status: 200 }),
    ])();
  const header = [' INFO  Accepting connections at http://0.0.0.0:3000'];
  const steps = [
    7,
    plant('path-secret', 'serve-request-line-ijerisi-imeeli-token', 'error', WHY.pathSecret('An e-mail verification link the SPA handles as a route (`/ijerisi-imeeli/<token>`, "e-mail verification"); `serve -s` answers it with index.html and writes the path'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'GET', path: `/ijerisi-imeeli/${tok}`, status: 200 } };
    }),
    7,
    plant('negative', 'serve-request-line-snapchat-sccid', 'none', "Snapchat's click id (`ScCid=`, a UUID) on an event page opened from an ad: a tracking id, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'GET', path: `/ayeye/${rng.pick(EVENTS)}`, query: `ScCid=${v}`, status: 200 } };
    }),
    7,
    plant('encoded', 'serve-request-line-zlib-base64url-state-token', 'error', "A shared seat selection link keeps its state as zlib-deflated JSON in base64url (`?s=eJ…`, pako on the client): one inflate away is `{\"ijoko\":[…],\"isanwo_token\":\"…\"}`, the checkout token of the buyer who shared it.", ({ rng }) => {
      const st = deflateSync(Buffer.from(JSON.stringify({ ayeye: rng.pick(EVENTS), ijoko: ['B12', 'B13'], isanwo_token: `pst_${rng.alnum(36)}` }))).toString('base64url');
      return { value: st, event: { method: 'GET', path: `/ayeye/${rng.pick(EVENTS)}/ijoko`, query: `s=${st}`, status: 200 } };
    }),
    7,
    plant('api-key-name', 'serve-request-line-kokoro-alabasepo', 'error', `${WHY.apiKey('kokoro_alabasepo')} A promoter pasted the embed snippet of their ticket widget with the secret partner key (\`kokoro_alabasepo\`, "partner key") instead of the public one; every page view sends it.`, ({ rng }) => {
      const key = `sk_ar_${rng.alnum(32)}`;
      return { value: key, event: { method: 'GET', path: '/ifibo/tita', query: `ayeye=${rng.pick(EVENTS)}&kokoro_alabasepo=${key}`, status: 200 } };
    }),
    7,
    plant('negative', 'serve-request-line-mailchimp-mc-cid', 'none', "Mailchimp's campaign id (`mc_cid=`, ten hex digits) on a newsletter click: a campaign identifier, no credential.", ({ rng }) => {
      const v = rng.hex(10);
      return { value: v, event: { method: 'GET', path: `/ayeye/${rng.pick(EVENTS)}`, query: `utm_source=newsletter&utm_medium=email&mc_cid=${v}`, status: 200 } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 30 * MIN, site: { host: 'web' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// edgeone-offline-ariya.example-2027071308.log: Tencent Cloud EdgeOne's offline access log of ariya.example for one
// hour, downloaded and gunzipped: one JSON object a line, times in UTC (RFC 3339), `RequestUrl` the path and
// `RequestUrlQueryString` the query without its `?`, `-` for a string without data. https://www.tencentcloud.com/
// document/product/1145/46981 (Offline Logs, read through search: the site acceleration log fields, `ClientISP` an ASN
// outside mainland China); a subset of those fields, their order and the values from memory.

function edgeoneLog(rng) {
  const render = (e) => {
    const o = { RequestID: e.rid ?? rng.hex(32), ClientIP: e.ip, ClientRegion: e.region ?? 'NG', ClientISP: e.isp ?? rng.pick(['AS29465', 'AS36873', 'AS37148', 'AS37282']), RequestTime: iso(e.t).replace(/\.\d{3}Z$/, 'Z'), RequestStatus: 1, RequestHost: e.host2 ?? AR, RequestBytes: rng.int(300, 1800), RequestMethod: e.method, RequestUrl: e.path, RequestUrlQueryString: e.query || '-', RequestUA: e.ua, RequestRange: '-', RequestReferer: e.referer, RequestProtocol: e.proto ?? 'HTTP/2.0', RequestSSLProtocol: 'TLSv1.3', EdgeCacheStatus: e.cache ?? 'miss', EdgeResponseStatusCode: e.status, EdgeResponseBytes: e.bytes, EdgeResponseTime: e.ms, EdgeInternalTime: Math.max(1, e.ms - rng.int(1, 20)), EdgeServerIP: '43.152.34.18' };
    return [JSON.stringify(o)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ ip: NG_IP(rng), method: 'GET', path: `/ayeye/${rng.pick(EVENTS)}`, status: 200, cache: 'hit', referer: rng.pick(['-', 'https://www.instagram.com/', 'https://t.co/']), ua: rng.pick(BROWSERS) }),
      () => ({ ip: NG_IP(rng), method: 'GET', path: `/assets/${rng.pick(['index', 'ayeye'])}-${rng.b64url(8).replace(/[-_]/g, 'k')}.js`, status: 200, cache: 'hit', referer: `https://${AR}/`, ua: rng.pick(BROWSERS) }),
      () => ({ ip: NG_IP(rng), method: 'GET', path: '/api/v1/ayeye', query: `ilu=${rng.pick(['eko', 'abuja', 'ibadan'])}&oju-ewe=${rng.int(1, 4)}`, status: 200, host2: `api.${AR}`, referer: `https://${AR}/`, ua: rng.pick(BROWSERS) }),
      () => ({ ip: NG_IP(rng), method: 'POST', path: '/api/v1/isanwo/bere', status: 201, host2: `api.${AR}`, referer: `https://${AR}/ayeye/${rng.pick(EVENTS)}/isanwo`, ua: rng.pick(BROWSERS) }),
    ])();
  const steps = [
    4,
    plant('embed-jwt', 'edgeone-requesturl-ifibo-iroyin-tita-jwt-120s', 'warning', 'A promoter\'s sales report embedded on their site (`/ifibo/iroyin-tita/<JWT>`, "embed/sales report") in `RequestUrl`, the line timed in UTC: valid 120 s without a jti (warning).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(2, 40), claims: { olugbalejo: rng.int(100, 999), ayeye: rng.pick(EVENTS), iroyin: 'tita' } });
      return { value: token, jwt: facts, event: { ip: NG_IP(rng), method: 'GET', path: `/ifibo/iroyin-tita/${token}`, status: 200, referer: 'https://promoter-lagos.example/dashboard', ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'edgeone-request-id', 'none', "EdgeOne's `RequestID` of a cached asset: an identifier of the request, no credential.", ({ rng }) => {
      const rid = rng.hex(32);
      return { value: rid, event: { rid, ip: NG_IP(rng), method: 'GET', path: '/favicon.svg', status: 200, cache: 'hit', referer: `https://${AR}/`, ua: BROWSERS[4] } };
    }),
    4,
    plant('path-secret', 'edgeone-requesturl-reset-link-whatsapp-preview', 'error', WHY.pathSecret("A password reset link (`/oro-asina/tunse/<token>`, \"password/renew\") a customer pasted into WhatsApp; WhatsApp's link preview fetched it first, so the CDN logged the token with WhatsApp's user agent"), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { ip: '173.252.83.21', region: 'US', isp: 'AS32934', method: 'GET', path: `/oro-asina/tunse/${tok}`, status: 200, referer: '-', ua: 'WhatsApp/2.24.13.80 A', proto: 'HTTP/1.1' } };
    }),
    4,
    plant('session-id', 'edgeone-querystring-ariya-igba', 'error', WHY.session("An old Android WebView build passes the session in the query (`ariya_igba=<id>`, \"àríyá session\"), in `RequestUrlQueryString`"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { ip: NG_IP(rng), method: 'GET', path: '/akoto/tikeeti', query: `ariya_igba=${sid}&ede=yo`, status: 200, referer: '-', ua: 'Mozilla/5.0 (Linux; Android 11; TECNO KG5) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/96.0.4664.104 Mobile Safari/537.36 AriyaApp/1.9.3' } };
    }),
    4,
    plant('replay', 'edgeone-querystring-tikeeti-eekan', 'note', WHY.ticketFirst("A single-use ticket PDF link (`tikeeti_eekan`, \"ticket, once\") in the buyer's e-mail, in `RequestUrlQueryString` of the buyer's download. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(24);
      firstUse.eekan = t;
      return { value: tk, event: { ip: '102.89.34.211', method: 'GET', path: '/tikeeti/gba', query: `tikeeti_eekan=${tk}&no=${tikeetiNo(rng)}`, status: 200, host2: `api.${AR}`, referer: 'https://mail.google.com/', ua: BROWSERS[4] } };
    }, { ref: 'eekan' }),
    2,
    plant('replay', 'edgeone-querystring-tikeeti-eekan', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('eekan').value, why: `${WHY.replay('tikeeti_eekan', gap('eekan', t))} Another client (197.210.70.14, another network and browser) downloaded the same ticket PDF with the same link and the origin answered 200 again (\`miss\`): the link was not spent, so a forwarded ticket can be printed twice.` }], event: { ip: '197.210.70.14', isp: 'AS37148', method: 'GET', path: '/tikeeti/gba', query: `tikeeti_eekan=${refs.get('eekan').value}&no=${tikeetiNo(rng)}`, status: 200, host2: `api.${AR}`, referer: '-', ua: BROWSERS[2] } }), { replayOf: 'eekan', after: 74 }),
    4,
    plant('id-token', 'edgeone-querystring-id-token-hint-expired', 'note', 'A sign-out through the site (`/jade?id_token_hint=<JWT>`, "exit"), five hours after the ID token expired; the line is timed in UTC (note).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 5 * 3600 + rng.int(60, 1200), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://wole.${AR}`, aud: 'ariya-web', sub: rng.uuid(), name: 'Adébáyọ̀ Ọlámídé' } });
      return { value: token, jwt: facts, event: { ip: NG_IP(rng), method: 'GET', path: '/jade', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${AR}%2F`, status: 302, referer: `https://${AR}/akoto`, ua: BROWSERS[1] } };
    }),
    4,
    plant('api-key-name', 'edgeone-querystring-kokoro', 'error', `${WHY.apiKey('kokoro')} A promoter's integration lists events with its key in the query (\`kokoro\`, "key").`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { ip: '41.184.122.9', method: 'GET', path: '/api/v1/ayeye', query: `ilu=eko&kokoro=${key}`, status: 200, host2: `api.${AR}`, referer: '-', ua: 'python-requests/2.32.5', proto: 'HTTP/1.1' } };
    }),
    4,
    plant('encoded', 'edgeone-querystring-data-uri-base64-json-kokoro-api', 'error', "A promoter's ticket widget is configured by a `data:` URI in the query (`eto=data:application/json;base64,…`, \"settings\"), percent-encoded once: two decodings give `{\"kokoro_api\":\"…\"}`, the promoter's API key.", ({ rng }) => {
      const b64 = encodeURIComponent(Buffer.from(JSON.stringify({ ayeye: 'gospel-fest-ikeja', awo: '#0b6e4f', kokoro_api: rng.alnum(40) })).toString('base64'));
      return { value: b64, event: { ip: NG_IP(rng), method: 'GET', path: '/ifibo/widget.html', query: `eto=data%3Aapplication%2Fjson%3Bbase64%2C${b64}`, status: 200, cache: 'hit', referer: 'https://gospelfest-ikeja.example/', ua: BROWSERS[4] } };
    }),
    3,
    plant('refresh-token', 'edgeone-referer-silent-login-page-refresh-token', 'error', `${WHY.refresh} An old silent re-login page takes the refresh token in its query (\`/wole/tunse?refresh_token=…\`, "login/renew"); the scripts it loads carry that address as their Referer, so the CDN's \`RequestReferer\` keeps the token on the asset's line.`, ({ rng }) => {
      const rt = `art_${rng.b64url(48)}`;
      return { value: rt, event: { ip: NG_IP(rng), method: 'GET', path: `/assets/index-${rng.b64url(8).replace(/[-_]/g, 'k')}.js`, status: 200, cache: 'hit', referer: `https://${AR}/wole/tunse?refresh_token=${rt}&pada=%2Fakoto`, ua: BROWSERS[2] } };
    }),
    3,
    plant('negative', 'edgeone-querystring-paystack-reference', 'none', "Paystack's callback after a payment (`?trxref=…&reference=…`): the transaction reference the server verifies with its secret key, no credential.", ({ rng }) => {
      const ref = `T${digits(rng, 15)}`;
      return { value: ref, event: { ip: NG_IP(rng), method: 'GET', path: '/isanwo/pari', query: `trxref=${ref}&reference=${ref}`, status: 200, referer: 'https://checkout.paystack.com/', ua: BROWSERS[4] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 2 * MIN, site: { host: 'edge' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// octane-api.log: `docker logs` of Àríyá's API, Laravel 12 under Laravel Octane 2 with FrankenPHP (`php artisan
// octane:start --server=frankenphp --host=0.0.0.0 --port=8000`), output not decorated: Octane's request line `  <status>
// <METHOD> <path> <dots> <memory> mb <duration> ms` (the path without its query, cut with `...` when the 80-column line
// has no room left), Collision's rendering of a worker's exception, and the output of `dump()` (Symfony VarDumper's CLI
// form, `array:<n> [` … `] // <file>:<line>`). No time on any line. src/Commands/Concerns/InteractsWithIO.php of
// laravel/octane (read); Collision's and VarDumper's layouts from memory.

function octaneLog(rng) {
  const render = (e) => {
    if (e.plain) return e.plain;
    const out = [...(e.before ?? [])];
    if (e.path) {
      const memory = `${(rng.int(1400, 2600) / 100).toFixed(2)} mb `;
      const duration = (rng.int(150, 9000) / 100).toFixed(2);
      let url = e.path;
      let dots = '.'.repeat(Math.max(80 - (e.method.length + url.length + duration.length + memory.length) - 16, 0));
      if (dots === '') url = `${url.slice(0, 80 - (e.method.length + duration.length + memory.length) - 15 - 3)}...`;
      else dots += ' ';
      out.push(`  ${e.status}    ${e.method} ${url} ${dots}${memory}${duration} ms`);
    }
    return out;
  };
  const dumpLines = (entries, where) => [`array:${entries.length} [`, ...entries.map(([k, v]) => `  "${k}" => ${typeof v === 'string' ? `"${v}"` : v}`), `] // ${where}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/v1/ayeye', status: 200 }),
      () => ({ method: 'GET', path: `/api/v1/ayeye/${rng.pick(EVENTS)}`, status: 200 }),
      () => ({ method: 'POST', path: '/api/v1/isanwo/bere', status: 201 }),
      () => ({ method: 'GET', path: `/api/v1/tikeeti/${tikeetiNo(rng)}`, status: rng.pick([200, 200, 404]) }),
      () => ({ method: 'GET', path: '/up', status: 200 }),
    ])();
  const header = ['', '   INFO  Server running…', '', '  Local: http://0.0.0.0:8000', '', '  Press Ctrl+C to stop the server', ''];
  const steps = [
    3,
    plant('path-secret', 'octane-request-line-ipe-gba-token', 'error', WHY.pathSecret('A co-organiser invitation accepted through the API (`/api/ipe/<token>/gba`, "invitation/accept"), on Octane\'s request line (short enough not to be cut)'), ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { method: 'POST', path: `/api/ipe/${tok}/gba`, status: 200 } };
    }),
    3,
    plant('negative', 'octane-request-line-vite-build-asset', 'none', 'A Vite build asset the FrankenPHP worker serves (`/build/assets/app-<hash>.js`): a content hash, no credential.', ({ rng }) => {
      const h = rng.b64url(8).replace(/[-_]/g, 'x');
      return { value: `app-${h}.js`, event: { method: 'GET', path: `/build/assets/app-${h}.js`, status: 200 } };
    }),
    3,
    plant('implicit-fragment', 'octane-vardumper-client-error-href-fragment', 'error', "A `dump($request->all())` left in the client error endpoint prints the report in VarDumper's CLI form: its `href` holds the hash-routed page the error came from, a partner sign-in's `#access_token=…`.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { method: 'POST', path: '/api/v1/asise-onibaara', status: 204, before: dumpLines([['ifiranse', "Cannot read properties of undefined (reading 'ijoko')"], ['href', `https://${AR}/#/wole/pada#access_token=${tok}&token_type=Bearer&expires_in=3600`], ['ila', 214], ['ua', BROWSERS[4]]], 'app/Http/Controllers/AsiseOnibaaraController.php:17') } };
    }),
    3,
    plant('framework-dump', 'octane-vardumper-request-all-oro-asina', 'error', 'The same debugging `dump($request->all())` on the sign-up endpoint prints the form, the password (`"oro_asina"`, "password") on a line of its own.', ({ rng }) => {
      const pw = `${rng.alnum(9)}${digits(rng, 3)}`;
      return { value: pw, event: { method: 'POST', path: '/api/v1/forukosile', status: 422, before: dumpLines([['oruko', 'Fúnmiláyọ̀ Àdìsá'], ['imeeli', 'funmi.adisa@example-mail.example'], ['oro_asina', pw], ['ede', 'yo']], 'app/Http/Controllers/Auth/ForukosileController.php:29') } };
    }),
    3,
    plant('negative', 'octane-vardumper-paystack-signature', 'none', "A webhook handler's dump of Paystack's `x-paystack-signature` (an HMAC-SHA512 of the body with the secret key): a signature of one delivery, no credential.", ({ rng }) => {
      const sig = rng.hex(128);
      return { value: sig, event: { method: 'POST', path: '/api/webhooks/paystack', status: 200, before: dumpLines([['event', 'charge.success'], ['x-paystack-signature', sig], ['reference', `T${digits(rng, 15)}`]], 'app/Http/Controllers/PaystackWebhookController.php:22') } };
    }),
    3,
    plant('webhook', 'octane-collision-guzzle-hookdeck-source-url', 'error', WHY.webhook("A Hookdeck source URL (`hkdk.events/<id>`: the path is the secret that lets anyone push events into the connection) in Collision's rendering of a worker's Guzzle exception"), ({ rng }) => {
      const id = lowerNum(rng, 14);
      return { value: id, event: { method: 'POST', path: '/api/v1/isanwo/jerisi', status: 500, before: ['', '   GuzzleHttp\\Exception\\ClientException ', '', `  Client error: \`POST https://hkdk.events/${id}\` resulted in a \`404 Not Found\` response:`, '  {"message":"Source not found"}', '', '  at vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:111', '    107▕         if (!$response) {', '    108▕             return new self($message, $request, null, $previous, $handlerContext);', '    109▕         }', '    110▕ ', '  ➜ 111▕         $level = (int) \\floor($response->getStatusCode() / 100);', '', '  1   vendor/guzzlehttp/guzzle/src/Middleware.php:72', '      GuzzleHttp\\Exception\\RequestException::create()', '', '  2   app/Listeners/FiIsanwoRanse.php:34', '      GuzzleHttp\\Client::post()', ''] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'api' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// shenyu-bootstrap.log: the console of Àríyá's gateway, Apache ShenYu 2.6's bootstrap (Spring Boot's default console
// pattern) with the logging-console plugin on: one entry a request, its message starting on the next line, `Request Uri:
// <absolute URI>`, `Request Method:`, `[Request Headers Start]` … `[Request Headers End]` (one header a line, `name:
// value`), `[Query Params Start]` … (one parameter a line), the body between `[Request Body Start]` and `[Request Body
// End]`, then `Response Code:`, the response headers and body; a rule with masking on writes the keywords it was given
// in their masked form (here an MD5) and logs `current plugin:loggingConsole, keyword:…`. LoggingConsolePlugin.java in
// apache/shenyu and the plugin's documentation page (read through search); the bootstrap's log pattern from memory.

function shenyuLog(rng) {
  const st = (ms) => `${ymdHmsAt(ms, WAT)}.${msPart(ms)}`;
  const head = (ms, lvl, thread, logger) => `${st(ms)} ${lvl.padStart(5)} 1 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : `;
  const PLUGIN = 'o.a.s.p.l.console.LoggingConsolePlugin';
  const render = (e) => {
    if (e.plain) return e.plain.map((m) => head(e.t, 'INFO', 'main', 'o.a.s.w.c.ShenyuConfiguration') + m);
    const out = [];
    const thread = `reactor-http-epoll-${rng.int(1, 8)}`;
    if (e.masked) out.push(`${head(e.t, 'INFO', thread, PLUGIN)}current plugin:loggingConsole, keyword:authorization;password;card_number, dataDesensitizedAlg:md5-encrypt`);
    const uri = `https://gw.${AR}${e.path}${e.query ? `?${e.query}` : ''}`;
    const params = e.query ? e.query.split('&').map((kv) => kv.split('=')) : [];
    out.push(`${head(e.t + e.ms, 'INFO', thread, PLUGIN)}`, `Request Uri: ${uri}`, `Request Method: ${e.method}`, '');
    out.push('[Request Headers Start]', ...Object.entries({ host: `gw.${AR}`, 'user-agent': e.ua, accept: 'application/json', ...(e.headers ?? {}) }).map(([k, v]) => `${k}: ${v}`), '[Request Headers End]', '');
    if (params.length) out.push('[Query Params Start]', ...params.map(([k, v]) => `${k}: ${decodeURIComponent(v ?? '')}`), '[Query Params End]');
    out.push('', '');
    if (e.body) out.push('[Request Body Start]', e.body, '[Request Body End]');
    out.push('', `Response Code: ${e.status} ${{ 200: 'OK', 201: 'CREATED', 302: 'FOUND', 401: 'UNAUTHORIZED', 422: 'UNPROCESSABLE_ENTITY' }[e.status]}`, '', '[Response Headers Start]', 'Content-Type: application/json', `X-Request-Id: ${rng.uuid()}`, '[Response Headers End]', '', '[Response Body Start]', e.resp ?? '{"ipo":"o_dara"}', '[Response Body End]', '');
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/v1/ayeye', query: `ilu=${rng.pick(['eko', 'abuja'])}`, status: 200, ua: rng.pick(BROWSERS), resp: `{"ayeye":[{"id":"${rng.pick(EVENTS)}","tikeeti_to_ku":${rng.int(0, 400)}}]}` }),
      () => ({ method: 'GET', path: `/api/v1/ayeye/${rng.pick(EVENTS)}/ijoko`, status: 200, ua: rng.pick(BROWSERS), resp: `{"ijoko_ofo":${rng.int(0, 120)}}` }),
      () => ({ method: 'GET', path: '/api/v1/ilu', status: 200, ua: 'okhttp/5.3.2', resp: '{"ilu":["eko","abuja","ibadan","port-harcourt"]}' }),
    ])();
  const steps = [
    { raw: { plain: ['ShenYu bootstrap started, plugins loaded: [global, sign, waf, rateLimiter, divide, loggingConsole, response]'] }, after: 0 },
    2,
    plant('oauth-code', 'shenyu-request-uri-and-query-params-eventbrite-code', 'warning', `${WHY.code} Importing a promoter's events from Eventbrite comes back to \`/wole/eventbrite/pada?code=…&state=…\` ("sign-in/eventbrite/return") through the gateway: the plugin writes the code in \`Request Uri:\` and again as \`code:\` among the query parameters (one request, two lines).`, ({ rng }) => {
      const code = upperNum(rng, 20);
      return { value: code, event: { method: 'GET', path: '/wole/eventbrite/pada', query: `code=${code}&state=${rng.hex(24)}`, status: 302, ua: BROWSERS[0], resp: '' } };
    }),
    3,
    plant('negative', 'shenyu-sign-plugin-sign-header', 'none', "ShenYu's sign plugin headers (`appKey`, `timestamp`, `sign`: an MD5 over the sorted parameters, the timestamp and the app's secret): the signature of one request and an app id, no credential.", ({ rng }) => {
      const sig = rng.hex(32).toUpperCase();
      return { value: sig, event: { method: 'GET', path: '/api/v1/alabasepo/tita', query: 'ayeye=owambe-ikoyi-july', status: 200, ua: 'Apache-HttpClient/5.4.1 (Java/21.0.7)', headers: { appKey: rng.hex(32).toUpperCase(), timestamp: String(Date.UTC(2027, 6, 13, 9, 20)), version: '1.0.0', sign: sig }, resp: '{"tita":[{"ojo":"2027-07-12","iye":138}]}' } };
    }),
    3,
    plant('api-key-name', 'shenyu-request-uri-and-query-params-kokoro-api', 'error', `${WHY.apiKey('kokoro_api')} A ticket reseller calls the gateway with \`kokoro_api\` ("API key") in the query: on \`Request Uri:\` and as a query parameter line of the same entry.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { method: 'GET', path: '/api/v1/tikeeti/wa', query: `ayeye=fuji-live-surulere&kokoro_api=${key}`, status: 200, ua: 'python-requests/2.32.5', resp: '{"wa":true,"ku":212}' } };
    }),
    3,
    plant('header-dump', 'shenyu-request-header-authorization-bearer', 'error', "A promoter app's call on a route whose logging rule masks nothing: the request headers are written one a line, `Authorization: Bearer …` in clear.", ({ rng }) => {
      const tok = rng.b64url(64);
      return { value: tok, event: { method: 'GET', path: '/api/v1/olugbalejo/ayeye', status: 200, ua: 'AriyaPromoter/2.4.0 (iPhone; iOS 26.1)', headers: { Authorization: `Bearer ${tok}` }, resp: '{"ayeye":3}' } };
    }),
    3,
    plant('session-id', 'shenyu-request-header-cookie-ariya-igba', 'error', WHY.session("The web app's session cookie (`ariya_igba`, \"àríyá session\") on the `cookie:` header line of a checkout call"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { method: 'POST', path: '/api/v1/isanwo/bere', status: 201, ua: BROWSERS[1], headers: { 'content-type': 'application/json', cookie: `ariya_igba=${sid}; _ga=GA1.1.${digits(rng, 9)}.${digits(rng, 10)}` }, body: JSON.stringify({ ayeye: 'afrobeats-lekki-2027', ijoko: ['C4', 'C5'] }), resp: '{"isanwo":"bere"}' } };
    }),
    3,
    plant('framework-dump', 'shenyu-masked-rule-body-oro-asina-clear', 'error', "The sign-in route's logging rule masks `authorization;password;card_number` with MD5, but the body's field is `oro_asina` (\"password\"), which no keyword matches: the request body is written in clear.", ({ rng }) => {
      const pw = `${rng.alnum(10)}${digits(rng, 2)}`;
      const md5 = createHash('md5').update(`Bearer ${rng.b64url(64)}`).digest('hex');
      return { marks: [{ value: pw }, { value: md5, category: 'negative', kind: 'shenyu-masked-authorization-md5', expect: 'none', why: "The same rule's masking writes the `authorization` header as the MD5 of its value (`md5-encrypt`): a hash of the token, no credential." }], event: { masked: true, method: 'POST', path: '/api/wole', status: 200, ua: BROWSERS[0], headers: { 'content-type': 'application/json', authorization: md5 }, body: JSON.stringify({ imeeli: 'tunde.bakare@example-mail.example', oro_asina: pw, ranti: true }), resp: '{"wole":true}' } };
    }),
    3,
    plant('refresh-token', 'shenyu-request-body-json-refresh-token', 'error', `${WHY.refresh} The mobile app's refresh call carries the token in a JSON body, which the plugin writes between \`[Request Body Start]\` and \`[Request Body End]\`.`, ({ rng }) => {
      const rt = `art_${rng.b64url(48)}`;
      return { value: rt, event: { method: 'POST', path: '/api/wole/tunse', status: 200, ua: 'okhttp/5.3.2', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refresh_token: rt, ero: 'android' }), resp: '{"ipo":"o_dara","ipari":3600}' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR + 10 * MIN, site: { host: 'gw' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout39');
writePart(join(here, 'heldout39'), {
  'gcloud-logging-read-shop-api.yaml': gcloudYamlLog(rng),
  'firebase-emulators.txt': firebaseEmulatorsLog(rng),
  'h2o-access.log': h2oLog(rng),
  'wiremock-partner-sandbox.log': wiremockLog(rng),
  'request.log': aemRequestLog(rng),
  'info.log': tracyLog(rng),
  'vcharel-kiosk-hub.log': crowLog(rng),
  'karaf.log': karafLog(rng),
  'metrics-2027_07_13.json': graviteeLog(rng),
  'error.log': olsLog(rng),
  'ariya-web-serve.log': serveLog(rng),
  'edgeone-offline-ariya.example-2027071308.log': edgeoneLog(rng),
  'octane-api.log': octaneLog(rng),
  'shenyu-bootstrap.log': shenyuLog(rng),
});
