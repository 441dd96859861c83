// Writes corpus/logs-in-the-wild/heldout29/: a twenty-ninth held-out part, in formats no other part uses (RabbitMQ's
// rabbitmq_tracing text trace file, a Temporal Go SDK worker's default logger, YARP on ASP.NET Core's default console
// formatter, Google Cloud Audit Logs (Admin Activity) from a Cloud Storage sink, an AWS Step Functions execution
// history, ring-logger through logback, Granian's access log, a Kuma data plane's default access log, an Elasticsearch
// indexing slow log, `gcloud builds log`, wai-extra's `logStdoutDev` of a Yesod app, http4k's DebuggingFilters under
// `docker logs --timestamps`, Mailgun's Events API items, warp's log filter through env_logger), with credentials
// planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come
// from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout29.mjs     rewrites heldout29/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Lockbay, a network of parcel lockers around Manchester, UK (English, five logs); LautKita, a ferry
// ticketing service for the Indonesian archipelago (Indonesian messages, routes and parameter names, as a Jakarta team
// writes them, English code names, five logs); FarmaYa, a pharmacy delivery service in Mexico City (Mexican Spanish
// messages, routes and parameter names, four logs). Standard names (OAuth's, vendors') stay as their specifications and
// vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, githubToken, HOUR, iso, local, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 2, 2, 0, 0, 0);
const { firstUse, gap } = replayClock();
/** ISO 8601 local time at `offset` minutes from UTC, with `frac` fraction digits (3 from the clock) and the offset. */
const isoOff = (ms, offset, frac = 3, rng = null) => {
  const d = local(ms, offset);
  const o = Math.abs(offset);
  const fraction = frac === 0 ? '' : `.${d.slice(20, 23)}${frac > 3 ? digits(rng, frac - 3) : ''}`;
  return `${d.slice(0, 19)}${fraction}${offset < 0 ? '-' : '+'}${pad(Math.floor(o / 60))}:${pad(o % 60)}`;
};
const slackHook = (rng) => `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
const googleCode = (rng) => `4/0A${rng.b64url(70)}`;

// Lockbay (English, Manchester: UTC+0 in March; the cloud services write UTC).
const UK_WWW = 'lockbay.example';
const UK_APP = 'app.lockbay.example';
const UK_API = 'api.lockbay.example';
const UK_AUTH = 'id.lockbay.example';
const locker = (rng) => `LB-MAN-${pad(rng.int(1, 480), 4)}`;
const parcel = (rng) => `PCL${digits(rng, 10)}`;
// LautKita (Jakarta: UTC+7).
const ID = 420;
const ID_WWW = 'lautkita.example';
const ID_API = 'api.lautkita.example';
const PELABUHAN = ['tanjung-priok', 'merak', 'bakauheni', 'ketapang', 'gilimanuk', 'padang-bai', 'lembar', 'labuan-bajo'];
const booking = (rng) => `LK${upperNum(rng, 6)}`;
// FarmaYa (Mexico City: UTC-6).
const MX = -360;
const MX_WWW = 'farmaya.example';
const MX_APP = 'app.farmaya.example';
const MX_API = 'api.farmaya.example';
const MX_AUTH = 'auth.farmaya.example';
const pedido = (rng) => `FY-${rng.int(1000000, 9999999)}`;

// =====================================================================================================================
// Lockbay
// =====================================================================================================================

// trace-lockers.log: the rabbitmq_tracing plugin of RabbitMQ 4.1 (management UI → Admin → Tracing, format `text`, on
// vhost `/lockers`, pattern `#`), its trace file under /var/tmp/rabbitmq-tracing: each record a blank line, a rule of
// 80 `=`, `<yyyy-mm-dd HH:MM:SS:mmm>: Message published|received`, `Node:`, `Connection:`, `Virtual host:`, `User:`,
// `Channel:`, `Exchange:`, `Routing keys:` (an Erlang list of binaries), `Routed queues:` (published) or `Queue:`
// (received), `Properties:` (the AMQP properties table as `~tp` prints it, wrapped past 80 columns), `Payload: ` and the
// body on the next line. The node's local time (UTC), no zone.
// https://github.com/rabbitmq/rabbitmq-server/blob/main/deps/rabbitmq_tracing/src/rabbit_tracing_consumer.erl (`log(text, …)`),
// https://www.rabbitmq.com/docs/firehose

function rabbitLog(rng) {
  const node = 'rabbit@mq-1.lockbay.internal';
  const stamp = (t) => { const d = iso(t); return `${d.slice(0, 10)} ${d.slice(11, 19)}:${d.slice(20, 23)}`; };
  const conns = { 'notify-svc': '10.40.2.17:48122 -> 10.40.9.4:5672', 'locker-gw': '10.40.3.51:39910 -> 10.40.9.4:5672', 'ops-bot': '10.40.2.88:51004 -> 10.40.9.4:5672', 'carrier-bridge': '10.40.4.9:60218 -> 10.40.9.4:5672', 'web-bff': '10.40.1.23:44710 -> 10.40.9.4:5672' };
  const tpList = (items) => {
    const flat = `[${items.join(',')}]`;
    return flat.length + 14 <= 80 ? flat : `[${items.join(`,\n${' '.repeat(15)}`)}]`;
  };
  const record = (e, kind) => [
    '',
    '='.repeat(80),
    `${stamp(kind === 'received' ? e.t + e.lag : e.t)}: Message ${kind}`,
    '',
    `Node:         ${node}`,
    `Connection:   ${kind === 'received' ? conns[e.consumer] : conns[e.user]}`,
    'Virtual host: /lockers',
    `User:         ${kind === 'received' ? e.consumer : e.user}`,
    `Channel:      ${kind === 'received' ? e.chIn : e.ch}`,
    `Exchange:     ${e.x}`,
    `Routing keys: [<<"${e.rk}">>]`,
    kind === 'received' ? `Queue:        ${e.q}` : `Routed queues: [<<"${e.q}">>]`,
    `Properties:   ${tpList([
      '{<<"content_type">>,longstr,<<"application/json">>}',
      '{<<"delivery_mode">>,signedint,2}',
      `{<<"headers">>,table,[${(e.headers ?? []).map(([k, v]) => `{<<"${k}">>,longstr,<<"${v}">>}`).join(',')}]}`,
      ...(e.corr ? [`{<<"correlation_id">>,longstr,<<"${e.corr}">>}`] : []),
      `{<<"message_id">>,longstr,<<"${e.msgId}">>}`,
    ])}`.split('\n'),
    'Payload: ',
    e.payload,
  ].flat();
  const render = (e, rng) => {
    const m = { ch: rng.int(1, 4), chIn: rng.int(1, 8), msgId: rng.uuid(), lag: rng.int(4, 90), ...e };
    return [...record(m, 'published'), ...(m.consumer ? record(m, 'received') : [])];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ user: 'locker-gw', x: 'locker.events', rk: 'door.closed', q: 'locker-events', consumer: 'notify-svc', payload: JSON.stringify({ lockerId: locker(rng), compartment: `C${rng.int(1, 48)}`, event: 'door_closed', at: iso(t - rng.int(200, 900)) }) }),
      () => ({ user: 'locker-gw', x: 'locker.events', rk: 'parcel.deposited', q: 'locker-events', payload: JSON.stringify({ lockerId: locker(rng), parcel: parcel(rng), size: rng.pick(['S', 'M', 'L']), courier: rng.pick(['evri', 'dpd', 'yodel', 'royalmail']) }) }),
      () => ({ user: 'notify-svc', x: 'notify', rk: 'notify.sms', q: 'sms-out', payload: JSON.stringify({ template: 'parcel_ready', to: `+447*******${digits(rng, 2)}`, vars: { locker: locker(rng), pickupBy: '2027-03-05' } }) }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'rabbit-notify-email-reset_url', 'error', WHY.pathSecret("A password reset link `/account/reset-password/<token>` in a `notify.email` message's payload, traced when published and again when the mailer's consumer receives it"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { user: 'web-bff', x: 'notify', rk: 'notify.email', q: 'email-out', consumer: 'notify-svc', payload: JSON.stringify({ template: 'password_reset', to: 'a.rahman@mail.example', vars: { first_name: 'Aisha', reset_url: `https://${UK_WWW}/account/reset-password/${tok}` } }) } };
    }),
    3,
    plant('negative', 'rabbit-correlation_id', 'none', "An AMQP `correlation_id` (a UUID pairing a label request with its reply): no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { user: 'carrier-bridge', x: 'carrier', rk: 'carrier.label.reply', q: 'label-replies', corr: v, payload: JSON.stringify({ parcel: parcel(rng), status: 'created', labelFormat: 'ZPL' }) } };
    }),
    3,
    plant('webhook', 'rabbit-ops-alert-slack_webhook', 'error', WHY.webhook("A Slack incoming webhook in an `ops.alerts` message's payload (the alert router takes the channel's URL from the message)"), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { user: 'ops-bot', x: 'ops', rk: 'ops.alerts.high', q: 'alert-router', payload: JSON.stringify({ severity: 'high', text: `Locker ${locker(rng)} offline for 15 min`, slack_webhook: `https://hooks.slack.com/services/${hook}` }) } };
    }),
    3,
    plant('api-key-name', 'rabbit-carrier-label-api_key', 'error', `${WHY.apiKey('api_key')} The carrier bridge puts the carrier account's key in each label request's payload.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { user: 'carrier-bridge', x: 'carrier', rk: 'carrier.label.request', q: 'label-requests', payload: JSON.stringify({ carrier: 'parcelhub', api_key: key, parcel: parcel(rng), service: 'NEXT_DAY', format: 'ZPL' }) } };
    }),
    3,
    plant('header-dump', 'rabbit-amqp-headers-authorization-bearer', 'error', "The web BFF copies the caller's HTTP `Authorization` header into the message's AMQP `headers` table, which the trace prints in `Properties:`: a customer's opaque bearer token.", ({ rng }) => {
      const tok = `lbat_${rng.alnum(40)}`;
      return { value: tok, event: { user: 'web-bff', x: 'parcels', rk: 'parcel.redirect.requested', q: 'parcel-commands', headers: [['authorization', `Bearer ${tok}`], ['x-request-id', rng.uuid()]], payload: JSON.stringify({ parcel: parcel(rng), newLocker: locker(rng) }) } };
    }),
    3,
    plant('implicit-fragment', 'rabbit-client-error-href-access_token', 'error', "A client error event's `href` is the page's `location.href`: the tracking SPA still lands with `#access_token=…` from an old implicit flow.", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { user: 'web-bff', x: 'telemetry', rk: 'client.errors', q: 'client-errors', payload: JSON.stringify({ message: "TypeError: Cannot read properties of undefined (reading 'lockerId')", href: `https://${UK_APP}/track/#access_token=${at}&token_type=bearer&expires_in=3600`, ua: BROWSERS[2] }) } };
    }),
    3,
    plant('negative', 'rabbit-label-sha256', 'none', "A label PDF's `sha256` in a `carrier.label.stored` payload: a content hash, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { user: 'carrier-bridge', x: 'carrier', rk: 'carrier.label.stored', q: 'label-archive', payload: JSON.stringify({ parcel: parcel(rng), object: `labels/2027/03/02/${parcel(rng)}.pdf`, sha256: v }) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: UK_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// temporal-worker.log: the parcel workflows' worker on the Temporal Go SDK 1.3x with its default logger (the `log`
// package's `2006/01/02 15:04:05` prefix, the level padded to five, the message, then key/value pairs: `Namespace`,
// `TaskQueue`, `WorkerID`, and in activities `ActivityID`, `ActivityType`, `Attempt`, `WorkflowType`, `WorkflowID`,
// `RunID`), stdout to a file, UTC without a zone. https://docs.temporal.io/develop/go/observability#logging,
// https://github.com/temporalio/sdk-go/blob/master/internal/log/default_logger.go

function temporalLog(rng) {
  const worker = `1@lockbay-worker-7c9f6d8b4-${rng.lowerNum(5)}@`;
  const when = (t) => local(t, 0).slice(0, 19).replace('T', ' ').replace(/-/g, '/');
  const render = (e, rng) => {
    const kv = (pairs) => pairs.map(([k, v]) => `${k} ${v}`).join(' ');
    const ctx = [['Namespace', 'default'], ['TaskQueue', 'lockers-main'], ['WorkerID', worker]];
    if (e.activity) ctx.push(['ActivityID', String(rng.int(5, 40))], ['ActivityType', e.activity], ['Attempt', String(e.attempt ?? 1)], ['WorkflowType', e.wf ?? 'ParcelDelivery'], ['WorkflowID', e.wfId ?? `parcel-${parcel(rng)}`], ['RunID', rng.uuid()]);
    return [`${when(e.t)} ${(e.level ?? 'INFO').padEnd(5)} ${e.msg} ${kv([...ctx, ...(e.kv ?? [])])}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ activity: 'ReserveCompartment', msg: 'Compartment reserved', kv: [['locker', locker(rng)], ['size', rng.pick(['S', 'M', 'L'])]] }),
      () => ({ activity: 'SendParcelReadySms', msg: 'SMS queued', kv: [['template', 'parcel_ready']] }),
      () => ({ msg: 'Workflow completed', kv: [['WorkflowType', 'ParcelDelivery'], ['WorkflowID', `parcel-${parcel(rng)}`]], level: 'DEBUG' }),
      () => ({ activity: 'ReleaseCompartment', msg: 'Compartment released after expiry', kv: [['locker', locker(rng)]], wf: 'ReturnToSender' }),
    ])();
  const steps = [
    { raw: { msg: 'Started Worker' } },
    3,
    plant('api-key-name', 'temporal-activity-label-url-apikey', 'error', `${WHY.apiKey('apikey')} The label activity logs the carrier URL it calls, key in the query.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { activity: 'CreateCarrierLabel', msg: 'Requesting label', kv: [['url', `https://api.parcelhub.example/v2/labels?apikey=${key}&format=zpl`]] } };
    }),
    3,
    plant('negative', 'temporal-idempotency-key', 'none', 'An `IdempotencyKey` the payment activity sends with a refund (a UUID): no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { activity: 'RefundLateFee', msg: 'Refund requested', kv: [['IdempotencyKey', v], ['amount', `${rng.int(1, 9)}.99`]] } };
    }),
    3,
    plant('path-secret', 'temporal-activity-collect-magic-link', 'error', WHY.pathSecret('The collection e-mail activity logs the one-click link `/collect/<token>` that opens the compartment from the recipient\'s phone'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { activity: 'SendCollectionEmail', msg: 'Collection link issued', kv: [['collectUrl', `https://${UK_WWW}/collect/${tok}`], ['expires', '72h']] } };
    }),
    3,
    plant('webhook', 'temporal-activity-error-discord-webhook', 'error', WHY.webhook("A Discord webhook in an `Activity error.` line: Go's `*url.Error` prints `Post \"<url>\"`"), ({ rng }) => {
      const hook = `${digits(rng, 19)}/${rng.b64url(68)}`;
      return { value: hook.split('/')[1], event: { level: 'ERROR', msg: 'Activity error.', activity: 'NotifyDepotChannel', attempt: 3, kv: [['Error', `Post "https://discord.com/api/webhooks/${hook}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`]] } };
    }),
    3,
    plant('refresh-token', 'temporal-activity-carrier-refresh_token', 'error', `${WHY.refresh} The carrier token activity logs the refresh token it is about to use as a key/value pair.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { activity: 'RefreshCarrierToken', level: 'DEBUG', msg: 'Refreshing carrier token', kv: [['carrier', 'parcelhub'], ['refresh_token', rt]] } };
    }),
    3,
    plant('negative', 'temporal-label-checksum-sha256', 'none', "A label file's `checksum sha256:<hex>`: a content hash, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { activity: 'StoreLabel', msg: 'Label stored', kv: [['object', `labels/${parcel(rng)}.zpl`], ['checksum', `sha256:${v}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: UK_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// yarp-gateway.log: the API gateway on ASP.NET Core 9 with YARP 2.3 and the default console formatter (no timestamp:
// `info: <category>[<event id>]`, the message on the next line indented six spaces): Hosting's `Request starting` and
// `Request finished` (the URL with its query), YARP's `Proxying to <destination>` and `Received HTTP/2.0 response`, an
// IHttpClientFactory client's four lines (.NET 9 redacts query strings there, not paths), `docker logs` of the container.
// https://learn.microsoft.com/en-us/dotnet/core/extensions/console-log-formatter,
// https://learn.microsoft.com/en-us/aspnet/core/fundamentals/servers/yarp/diagnosing-yarp-issues,
// https://learn.microsoft.com/en-us/dotnet/core/compatibility/networking/9.0/query-redaction-logs

function yarpLog(rng) {
  const upstream = { '/v1': 'http://lockers-api.lockbay.svc:8080', '/partner': 'http://partner-api.lockbay.svc:8080', '/auth': 'http://identity.lockbay.svc:8080', '/oauth': 'http://identity.lockbay.svc:8080', '/kiosk': 'http://kiosk-legacy.lockbay.svc:8080' };
  const render = (e, rng) => {
    if (e.client) {
      return [
        `info: System.Net.Http.HttpClient.${e.client}.LogicalHandler[100]`, `      Start processing HTTP request POST ${e.url}`,
        `info: System.Net.Http.HttpClient.${e.client}.ClientHandler[100]`, `      Sending HTTP request POST ${e.url}`,
        `info: System.Net.Http.HttpClient.${e.client}.ClientHandler[101]`, `      Received HTTP response headers after ${e.ms}.${digits(rng, 4)}ms - 200`,
        `info: System.Net.Http.HttpClient.${e.client}.LogicalHandler[101]`, `      End processing HTTP response after ${e.ms + 2}.${digits(rng, 4)}ms - 200`,
      ];
    }
    const url = `https://${UK_API}${target(e)}`;
    const prefix = Object.keys(upstream).find((p) => e.path.startsWith(p)) ?? '/v1';
    const ct = e.status === 302 ? '-' : 'application/json;+charset=utf-8';
    return [
      'info: Microsoft.AspNetCore.Hosting.Diagnostics[1]', `      Request starting HTTP/1.1 ${e.method} ${url} - ${e.method === 'GET' ? '- -' : 'application/json 184'}`,
      'info: Yarp.ReverseProxy.Forwarder.HttpForwarder[9]', `      Proxying to ${upstream[prefix]}${target(e)} HTTP/2 RequestVersionOrLower`,
      'info: Yarp.ReverseProxy.Forwarder.HttpForwarder[56]', `      Received HTTP/2.0 response ${e.status}.`,
      'info: Microsoft.AspNetCore.Hosting.Diagnostics[2]', `      Request finished HTTP/1.1 ${e.method} ${url} - ${e.status} ${e.status === 302 ? 0 : e.bytes} ${ct} ${e.ms}.${digits(rng, 4)}ms`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/lockers/nearby', query: `lat=53.4${digits(rng, 3)}&lng=-2.2${digits(rng, 3)}&radius=2000` }),
      () => ({ path: `/v1/parcels/${parcel(rng)}` }),
      () => ({ method: 'POST', path: `/v1/parcels/${parcel(rng)}/redirect`, status: 202 }),
      () => ({ path: `/v1/lockers/${locker(rng)}/availability`, query: 'size=M' }),
    ])();
  const steps = [
    { raw: { path: '/v1/health' } },
    3,
    plant('oauth-code', 'yarp-apple-callback-code', 'warning', `${WHY.code} Sign in with Apple's code on \`/auth/callback/apple\` (query response mode), written by Hosting twice and by YARP's \`Proxying to\`.`, ({ rng }) => {
      const code = `c${rng.hex(32)}.0.${rng.lowerNum(4)}.${rng.b64url(22)}`;
      return { value: code, event: { path: '/auth/callback/apple', query: `state=${rng.b64url(32)}&code=${code}`, status: 302 } };
    }),
    3,
    plant('negative', 'yarp-cache-buster', 'none', 'A `_=<epoch ms>` cache buster on a locker availability request: no credential.', ({ t }) => {
      const v = String(t - 137);
      return { value: v, event: { path: `/v1/lockers/${locker(rng)}/availability`, query: `size=S&_=${v}` } };
    }),
    3,
    plant('api-key-name', 'yarp-partner-api_key', 'error', `${WHY.apiKey('api_key')} A retailer's integration calls the partner API with its key in the query (three lines of the gateway).`, ({ rng }) => {
      const key = `lbk_live_${rng.alnum(32)}`;
      return { value: key, event: { path: '/partner/v1/parcels', query: `api_key=${key}&since=2027-03-01T00:00:00Z` } };
    }),
    3,
    plant('webhook', 'yarp-httpclient-slack-webhook-path', 'error', WHY.webhook("A Slack incoming webhook on the `alerts` HttpClient's lines: .NET 9 redacts query strings in IHttpClientFactory logs, not the path that is the secret"), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { client: 'alerts', url: `https://hooks.slack.com/services/${hook}`, ms: rng.int(90, 400) } };
    }),
    3,
    plant('session-id', 'yarp-kiosk-jsessionid', 'error', WHY.session('A `;jsessionid=` in the path of the legacy kiosk backend (a Java app behind the gateway), on all three lines'), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { path: `/kiosk/status;jsessionid=${sid}`, query: `kiosk=${locker(rng)}` } };
    }),
    3,
    plant('negative', 'yarp-state-after-access_denied', 'none', "An OAuth `state` returned with `error=access_denied` (the user cancelled): no code, no credential.", ({ rng }) => {
      const v = rng.b64url(32);
      return { value: v, event: { path: '/auth/callback/apple', query: `error=user_cancelled_authorize&state=${v}`, status: 302 } };
    }),
    3,
    plant('refresh-token', 'yarp-get-token-refresh_token', 'error', `${WHY.refresh} An old kiosk client sends its refresh grant as a GET with the token in the query.`, ({ rng }) => {
      const rt = rng.b64url(86);
      return { value: rt, event: { path: '/oauth/token', query: `grant_type=refresh_token&client_id=kiosk-v2&refresh_token=${rt}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: UK_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cloudaudit-activity.json: Cloud Audit Logs (Admin Activity) of the `lockbay-prod` project, from a log sink to Cloud
// Storage (one LogEntry a line: `insertId`, `logName`, `protoPayload` as an `AuditLog` with `authenticationInfo`,
// `requestMetadata`, `serviceName`, `methodName`, `authorizationInfo`, `resourceName`, `request`, `response`;
// `receiveTimestamp`, `resource`, `severity`, `timestamp`, UTC).
// https://cloud.google.com/logging/docs/audit/understanding-audit-logs, https://cloud.google.com/logging/docs/reference/audit/auditlog/rest/Shared.Types/AuditLog,
// https://cloud.google.com/logging/docs/export/storage, https://cloud.google.com/pubsub/docs/push (a token in the push endpoint),
// https://cloud.google.com/scheduler/docs/reference/rest/v1/projects.locations.jobs#HttpTarget

function cloudAuditLog(rng) {
  const project = 'lockbay-prod';
  const render = (e, rng) => {
    const ts = `${iso(e.t).slice(0, 23)}${digits(rng, 6)}Z`;
    return [JSON.stringify({
      insertId: e.insertId ?? rng.lowerNum(12),
      logName: `projects/${project}/logs/cloudaudit.googleapis.com%2Factivity`,
      protoPayload: {
        '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
        status: {},
        authenticationInfo: { principalEmail: e.who ?? 'deployer@lockbay-prod.iam.gserviceaccount.com' },
        requestMetadata: { callerIp: e.callerIp ?? '35.197.24.17', callerSuppliedUserAgent: e.agent ?? 'google-cloud-sdk gcloud/552.0.0 command/gcloud.scheduler.jobs.create.http invocation-id/' + rng.hex(32) + ' environment/None environment-version/None client-os/LINUX client-os-ver/6.8.0 client-pltf-arch/x86_64 interactive/False from-script/True python/3.12.3 term/ (Linux 6.8.0-1017-gcp),gzip(gfe)', requestAttributes: { time: `${iso(e.t).slice(0, 23)}${digits(rng, 6)}Z`, auth: {} }, destinationAttributes: {} },
        serviceName: e.service,
        methodName: e.methodName,
        authorizationInfo: [{ resource: e.resourceName, permission: e.permission, granted: true, resourceAttributes: {} }],
        resourceName: e.resourceName,
        ...(e.request ? { request: e.request } : {}),
        ...(e.response ? { response: e.response } : {}),
      },
      receiveTimestamp: `${iso(e.t + rng.int(40, 900)).slice(0, 23)}${digits(rng, 6)}Z`,
      resource: { type: e.resType, labels: { project_id: project, ...e.labels } },
      severity: 'NOTICE',
      timestamp: ts,
    })];
  };
  const sched = (job) => `projects/${project}/locations/europe-west2/jobs/${job}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ service: 'compute.googleapis.com', methodName: 'v1.compute.instances.start', permission: 'compute.instances.start', resourceName: `projects/${project}/zones/europe-west2-b/instances/kiosk-build-${rng.int(1, 4)}`, resType: 'gce_instance', labels: { zone: 'europe-west2-b', instance_id: digits(rng, 19) }, agent: 'google-cloud-sdk gcloud/552.0.0 command/gcloud.compute.instances.start' }),
      () => { const job = rng.pick(['expire-reservations', 'nightly-reconcile', 'purge-labels']); return { service: 'cloudscheduler.googleapis.com', methodName: 'google.cloud.scheduler.v1.CloudScheduler.PauseJob', permission: 'cloudscheduler.jobs.pause', resourceName: sched(job), resType: 'cloud_scheduler_job', labels: { location: 'europe-west2', job_id: job }, request: { name: sched(job), '@type': 'type.googleapis.com/google.cloud.scheduler.v1.PauseJobRequest' } }; },
      () => { const topic = rng.pick(['parcel-events', 'locker-telemetry', 'carrier-updates']); return { service: 'pubsub.googleapis.com', methodName: 'google.pubsub.v1.Publisher.UpdateTopic', permission: 'pubsub.topics.update', resourceName: `projects/${project}/topics/${topic}`, resType: 'pubsub_topic', labels: { topic_id: topic } }; },
    ])();
  const steps = [
    2,
    plant('webhook', 'gcp-audit-pubsub-pushEndpoint-token', 'error', WHY.webhook("A Pub/Sub push subscription's `pushEndpoint` with the verification `token=` Google's push guide suggests, in a `CreateSubscription` request: whoever has the URL can post forged parcel events to the endpoint"), ({ rng }) => {
      const tok = rng.alnum(40);
      const name = `projects/${project}/subscriptions/parcel-events-push`;
      return { value: tok, event: { service: 'pubsub.googleapis.com', methodName: 'google.pubsub.v1.Subscriber.CreateSubscription', permission: 'pubsub.subscriptions.create', resourceName: name, resType: 'pubsub_subscription', labels: { subscription_id: 'parcel-events-push' }, request: { name, topic: `projects/${project}/topics/parcel-events`, pushConfig: { pushEndpoint: `https://${UK_API}/internal/pubsub/push?token=${tok}` }, ackDeadlineSeconds: 30, '@type': 'type.googleapis.com/google.pubsub.v1.Subscription' }, response: { name, topic: `projects/${project}/topics/parcel-events`, pushConfig: {}, ackDeadlineSeconds: 30, '@type': 'type.googleapis.com/google.pubsub.v1.Subscription' } } };
    }),
    3,
    plant('negative', 'gcp-audit-setiampolicy-etag', 'none', "A `SetIamPolicy` response's policy `etag` (a version marker for optimistic concurrency): no credential.", ({ rng }) => {
      const v = `BwY${rng.b64url(9)}=`;
      return { value: v, event: { service: 'storage.googleapis.com', methodName: 'storage.setIamPermissions', permission: 'storage.buckets.setIamPolicy', resourceName: 'projects/_/buckets/lockbay-labels', resType: 'gcs_bucket', labels: { bucket_name: 'lockbay-labels', location: 'europe-west2' }, agent: 'google-cloud-sdk gcloud/552.0.0 command/gcloud.storage.buckets.add-iam-policy-binding', response: { '@type': 'type.googleapis.com/google.iam.v1.Policy', etag: v, bindings: [{ role: 'roles/storage.objectViewer', members: ['serviceAccount:label-printer@lockbay-prod.iam.gserviceaccount.com'] }] } } };
    }),
    3,
    plant('api-key-name', 'gcp-audit-scheduler-httpTarget-uri-key', 'error', `${WHY.apiKey('key')} A Cloud Scheduler job's \`httpTarget.uri\` calls an internal cron endpoint with its key in the query (\`CreateJob\` request).`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { service: 'cloudscheduler.googleapis.com', methodName: 'google.cloud.scheduler.v1.CloudScheduler.CreateJob', permission: 'cloudscheduler.jobs.create', resourceName: sched('expire-reservations'), resType: 'cloud_scheduler_job', labels: { location: 'europe-west2', job_id: 'expire-reservations' }, request: { parent: `projects/${project}/locations/europe-west2`, job: { name: sched('expire-reservations'), schedule: '*/15 * * * *', timeZone: 'Europe/London', httpTarget: { uri: `https://${UK_API}/internal/cron/expire-reservations?key=${key}`, httpMethod: 'POST' } }, '@type': 'type.googleapis.com/google.cloud.scheduler.v1.CreateJobRequest' } } };
    }),
    3,
    plant('header-dump', 'gcp-audit-scheduler-httpTarget-headers-authorization', 'error', "A Cloud Scheduler job created with a static `Authorization: Bearer <JWT>` in `httpTarget.headers` (instead of an OIDC token): the service JWT has no `exp`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400, 30 * 86400), claims: { iss: `https://${UK_AUTH}/`, sub: 'svc:scheduler', aud: `https://${UK_API}`, scope: 'internal:cron' } });
      return { value: token, jwt: facts, event: { service: 'cloudscheduler.googleapis.com', methodName: 'google.cloud.scheduler.v1.CloudScheduler.CreateJob', permission: 'cloudscheduler.jobs.create', resourceName: sched('nightly-reconcile'), resType: 'cloud_scheduler_job', labels: { location: 'europe-west2', job_id: 'nightly-reconcile' }, request: { parent: `projects/${project}/locations/europe-west2`, job: { name: sched('nightly-reconcile'), schedule: '30 2 * * *', timeZone: 'Europe/London', httpTarget: { uri: `https://${UK_API}/internal/cron/reconcile`, httpMethod: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } } }, '@type': 'type.googleapis.com/google.cloud.scheduler.v1.CreateJobRequest' } } };
    }),
    3,
    plant('encoded', 'gcp-audit-run-env-auth-base64-userpass', 'error', "A Cloud Run `ReplaceService` request's container env holds a carrier feed URL with `auth=<base64 of user:password>`: a Basic credential, base64 only.", ({ rng }) => {
      const cred = b64Of(`lockbay-feed:${rng.alnum(20)}`);
      const name = `namespaces/${project}/services/tracking-ingest`;
      return { value: cred, event: { service: 'run.googleapis.com', methodName: 'google.cloud.run.v1.Services.ReplaceService', permission: 'run.services.update', resourceName: name, resType: 'cloud_run_revision', labels: { service_name: 'tracking-ingest', location: 'europe-west2', configuration_name: '', revision_name: '' }, agent: 'google-cloud-sdk gcloud/552.0.0 command/gcloud.run.deploy', request: { name, service: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'tracking-ingest', namespace: project }, spec: { template: { spec: { containers: [{ image: `europe-west2-docker.pkg.dev/${project}/apps/tracking-ingest:2027.03.02-1`, env: [{ name: 'CARRIER_FEED_URL', value: `https://feeds.parcelhub.example/v1/stream?auth=${cred}` }, { name: 'LOG_LEVEL', value: 'info' }] }] } } } }, '@type': 'type.googleapis.com/google.cloud.run.v1.ReplaceServiceRequest' } } };
    }),
    3,
    plant('negative', 'gcp-audit-insertId', 'none', "A LogEntry's `insertId` (the log's own de-duplication id): no credential.", ({ rng }) => {
      const v = rng.lowerNum(12);
      return { value: v, event: { insertId: v, service: 'pubsub.googleapis.com', methodName: 'google.pubsub.v1.Publisher.CreateTopic', permission: 'pubsub.topics.create', resourceName: `projects/${project}/topics/locker-faults`, resType: 'pubsub_topic', labels: { topic_id: 'locker-faults' }, request: { name: `projects/${project}/topics/locker-faults`, '@type': 'type.googleapis.com/google.pubsub.v1.Topic' } } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: UK_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// execution-history.ndjson: `aws stepfunctions get-execution-history --execution-arn … --output json | jq -c
// '.events[]'` of the "NotifyRecipient" state machine's executions (one event a line: `timestamp` as the CLI prints it,
// `type`, `id`, `previousEventId`, the type's details: `executionStartedEventDetails.input`, `stateEnteredEventDetails`,
// `taskScheduledEventDetails.parameters` of HTTP and Lambda tasks, `taskSucceededEventDetails.output`, `stateExitedEventDetails`,
// inputs and outputs as JSON strings). https://docs.aws.amazon.com/step-functions/latest/apireference/API_GetExecutionHistory.html,
// https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html

function stepFunctionsLog(rng) {
  let id = 0;
  const arnFn = 'arn:aws:lambda:eu-west-2:418296305217:function:lockbay-send-email';
  const render = (e, rng) => {
    const ts = (t) => `${iso(t).slice(0, 23)}000+00:00`;
    return e.events.map((ev, i) => {
      id += 1;
      return JSON.stringify({ timestamp: ts(e.t + i * rng.int(5, 60)), type: ev[0], id, previousEventId: ev[0] === 'ExecutionStarted' ? 0 : id - 1, ...ev[1] });
    });
  };
  const entered = (name, input) => ['TaskStateEntered', { stateEnteredEventDetails: { name, input: JSON.stringify(input), inputDetails: { truncated: false } } }];
  const exited = (name, output) => ['TaskStateExited', { stateExitedEventDetails: { name, output: JSON.stringify(output), outputDetails: { truncated: false } } }];
  const started = (input) => ['ExecutionStarted', { executionStartedEventDetails: { input: JSON.stringify(input), inputDetails: { truncated: false }, roleArn: 'arn:aws:iam::418296305217:role/service-role/StepFunctions-NotifyRecipient-role-3kq9x1' } }];
  const lambda = (payload) => ['TaskScheduled', { taskScheduledEventDetails: { resourceType: 'lambda', resource: 'invoke', region: 'eu-west-2', parameters: JSON.stringify({ FunctionName: arnFn, Payload: payload }) } }];
  const filler = (rng) =>
    rng.pick([
      () => ({ events: [started({ parcel: parcel(rng), locker: locker(rng), channel: 'sms' }), entered('CheckLocker', { parcel: parcel(rng) })] }),
      () => ({ events: [['TaskSucceeded', { taskSucceededEventDetails: { resourceType: 'lambda', resource: 'invoke', output: JSON.stringify({ StatusCode: 200, Payload: { sent: true } }), outputDetails: { truncated: false } } }], ['ExecutionSucceeded', { executionSucceededEventDetails: { output: '{"sent":true}', outputDetails: { truncated: false } } }]] }),
      () => ({ events: [entered('WaitForPickup', { parcel: parcel(rng), seconds: 86400 }), ['WaitStateEntered', { stateEnteredEventDetails: { name: 'WaitForPickup', input: '{}', inputDetails: { truncated: false } } }]] }),
    ])();
  const steps = [
    2,
    plant('framework-dump', 'sfn-execution-input-carrier-password', 'error', "An execution's input (`ExecutionStarted`) carries the carrier portal account with its `password`: the history keeps every input in clear.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { events: [started({ parcel: parcel(rng), carrier: { name: 'parcelhub', account: `LB-${digits(rng, 4)}`, password: pw }, action: 'reschedule' })] } };
    }),
    2,
    plant('negative', 'sfn-idempotencyKey', 'none', 'An `idempotencyKey` (a UUID) in a state input: no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { events: [entered('ChargeLateFee', { parcel: parcel(rng), amount: 199, currency: 'GBP', idempotencyKey: v })] } };
    }),
    2,
    plant('webhook', 'sfn-http-task-ApiEndpoint-slack', 'error', WHY.webhook("A Slack incoming webhook as the `ApiEndpoint` of an HTTP task, in `TaskScheduled` parameters"), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { events: [['TaskScheduled', { taskScheduledEventDetails: { resourceType: 'http', resource: 'invoke', region: 'eu-west-2', parameters: JSON.stringify({ ApiEndpoint: `https://hooks.slack.com/services/${hook}`, Method: 'POST', Authentication: { ConnectionArn: 'arn:aws:events:eu-west-2:418296305217:connection/slack-noauth/7f0c1d2e' }, RequestBody: { text: `Parcel ${parcel(rng)} unclaimed for 72 h` } }) } }]] } };
    }),
    2,
    plant('path-secret', 'sfn-collectUrl-state-input-and-lambda-payload', 'error', WHY.pathSecret("The one-click collection link `/collect/<token>` in the e-mail state's input and again in the Lambda task's `Payload`"), ({ rng }) => {
      const tok = rng.b64url(32);
      const input = { parcel: parcel(rng), to: 'tom.hughes@mail.example', collectUrl: `https://${UK_WWW}/collect/${tok}` };
      return { value: tok, event: { events: [entered('SendCollectionEmail', input), lambda(input)] } };
    }),
    2,
    plant('embed-jwt', 'sfn-output-embed-parcel-1h-jti', 'error', "A task's output (and the state's exit) holds the tracking widget link `/embed/parcel/<JWT>` sent to the recipient, a token of 1 h.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 20), jti: true, claims: { parcel: parcel(rng), scope: 'track' } });
      const out = { trackingEmbedUrl: `https://track.${UK_WWW}/embed/parcel/${token}` };
      return { value: token, jwt: facts, event: { events: [['TaskSucceeded', { taskSucceededEventDetails: { resourceType: 'lambda', resource: 'invoke', output: JSON.stringify({ StatusCode: 200, Payload: out }), outputDetails: { truncated: false } } }], exited('BuildTrackingLink', out)] } };
    }),
    2,
    plant('implicit-fragment', 'sfn-input-pageUrl-access_token-fragment', 'error', "A client error pipeline's execution input has the page's `pageUrl` with `#access_token=<JWT>` (the tracking SPA's old implicit flow).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${UK_AUTH}/`, aud: 'tracking-spa', sub: rng.uuid(), scope: 'openid parcels:read' } });
      return { value: token, jwt: facts, event: { events: [started({ kind: 'client_error', message: 'ChunkLoadError: Loading chunk 412 failed.', pageUrl: `https://${UK_APP}/track#access_token=${token}&token_type=Bearer&expires_in=3600` })] } };
    }),
    2,
    plant('negative', 'sfn-labelSha256', 'none', "A label's `labelSha256` in a state output: a content hash, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { events: [exited('StoreLabel', { parcel: parcel(rng), labelKey: `labels/${parcel(rng)}.pdf`, labelSha256: v })] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: UK_API }, filler, render, steps });
}

// =====================================================================================================================
// LautKita
// =====================================================================================================================

// tiket-api.log: the booking API, a Clojure service on Ring (Jetty adapter) with ring-logger 0.7.8 (`wrap-with-logger`
// with `{:printer :no-color}`: `Starting :<method> <uri>?<query> for <remote-addr> <headers map without
// "authorization">`, `  \ - - - -  Params: <params map>`, `Finished … in (<ms> ms) Status: <status>` with ` redirect to
// <Location>` on a 302, and on an exception the whole request map) through clojure.tools.logging and logback
// (`%d{yyyy-MM-dd HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n`), Jakarta time.
// https://github.com/nberger/ring-logger/blob/0.7.x/src/ring/logger/messages.clj, https://logback.qos.ch/manual/layouts.html

function ringLog(rng) {
  const thread = () => `qtp1798219673-${rng.int(20, 60)}`;
  const clj = (m) => `{${Object.entries(m).map(([k, v]) => `${k.startsWith(':') ? k : JSON.stringify(k)} ${typeof v === 'string' ? JSON.stringify(v) : v}`).join(', ')}}`;
  const line = (e, level, msg) => `${isoOff(e.t, ID).replace('T', ' ')} ${level.padEnd(5)} [${e.thread}] ring.logger.tools-logging - ${msg}`;
  const render = (e, rng) => {
    e.thread = thread();
    const m = `:${e.method.toLowerCase()}`;
    const uri = target(e);
    const headers = { host: ID_API, 'user-agent': e.ua, accept: 'application/json', 'x-forwarded-for': e.ip, ...(e.headers ?? {}) };
    if (e.boom) {
      const req = { ':ssl-client-cert': 'nil', ':remote-addr': '"10.8.0.12"', ':params': clj(e.params), ':headers': clj({ ...headers, authorization: e.boom }), ':server-port': 3000, ':content-length': 'nil', ':content-type': 'nil', ':uri': JSON.stringify(e.path), ':server-name': JSON.stringify(ID_API), ':query-string': e.query ? JSON.stringify(e.query) : 'nil', ':scheme': ':http', ':request-method': m };
      return [
        line(e, 'INFO', `Starting ${m} ${uri} for 10.8.0.12 ${clj(headers)}`),
        line(e, 'INFO', `  \\ - - - -  Params: ${clj(e.params)}`),
        line(e, 'ERROR', `Uncaught exception Cannot invoke "Object.getClass()" because "x" is null processing request: for 10.8.0.12 in (${e.ms} ms) - request was: {${Object.entries(req).map(([k, v]) => `${k} ${v}`).join(', ')}}`),
        'java.lang.NullPointerException: Cannot invoke "Object.getClass()" because "x" is null',
        '\tat clojure.core$namespace.invokeStatic(core.clj:1605)',
        '\tat lautkita.tiket.jadwal$cari.invokeStatic(jadwal.clj:88)',
        '\tat ring.middleware.keyword_params$wrap_keyword_params$fn__2291.invoke(keyword_params.clj:53)',
      ];
    }
    const fin = `Finished ${m} ${uri} for 10.8.0.12 in (${e.ms} ms) Status: ${e.status}${e.status === 302 ? ` redirect to ${e.location}` : ''}`;
    return [
      line(e, 'INFO', `Starting ${m} ${uri} for 10.8.0.12 ${clj(headers)}`),
      line(e, 'INFO', `  \\ - - - -  Params: ${clj(e.params ?? {})}`),
      line(e, e.status >= 500 ? 'ERROR' : 'INFO', fin),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => { const asal = rng.pick(PELABUHAN); const tujuan = rng.pick(PELABUHAN); return { path: '/api/jadwal', query: `asal=${asal}&tujuan=${tujuan}&tanggal=2027-03-0${rng.int(3, 9)}`, params: { ':asal': asal, ':tujuan': tujuan, ':tanggal': '2027-03-05' } }; },
      () => { const b = booking(rng); return { path: `/api/pesanan/${b}`, params: { ':kode' : b } }; },
      () => ({ method: 'POST', path: '/api/pesanan', status: 201, params: { ':kapal': `KMP-${rng.int(100, 999)}`, ':penumpang': rng.int(1, 6), ':kelas': rng.pick(['ekonomi', 'bisnis']) } }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'ring-google-callback-code', 'warning', `${WHY.code} Google's code on \`/auth/google/callback\`: ring-logger's Starting line, its Params map and the Finished line (a 302 to /beranda).`, ({ rng }) => {
      const code = googleCode(rng);
      const state = rng.b64url(32);
      return { value: code, needle: code.slice(2), event: { path: '/auth/google/callback', query: `state=${state}&code=${encodeURIComponent(code)}&scope=email+openid+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.email&authuser=0&prompt=none`, params: { ':state': state, ':code': code, ':scope': 'email openid https://www.googleapis.com/auth/userinfo.email', ':authuser': '0', ':prompt': 'none' }, status: 302, location: '/beranda', ua: BROWSERS[4] } };
    }),
    3,
    plant('negative', 'ring-anti-forgery-token', 'none', "ring-anti-forgery's `__anti-forgery-token` in a form's Params: a CSRF token, no credential.", ({ rng }) => {
      const v = rng.b64url(80);
      return { value: v, event: { method: 'POST', path: '/agen/pembatalan', status: 302, location: '/agen/pesanan', params: { ':kode': booking(rng), ':alasan': 'cuaca buruk', ':__anti-forgery-token': v } } };
    }),
    3,
    plant('api-key-name', 'ring-mitra-apikey', 'error', `${WHY.apiKey('apikey')} A travel agent partner calls the schedule API with its key in the query (Starting, Params and Finished lines).`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: '/api/mitra/jadwal', query: `apikey=${key}&asal=merak&tujuan=bakauheni`, params: { ':apikey': key, ':asal': 'merak', ':tujuan': 'bakauheni' }, ua: 'Apache-HttpClient/5.4.1 (Java/21.0.5)' } };
    }),
    3,
    plant('session-id', 'ring-cookie-ring-session', 'error', WHY.session('The `ring-session` cookie (the memory store\'s session key) in the headers map of the Starting line: ring-logger drops only `authorization`'), ({ rng }) => {
      const sid = rng.uuid();
      return { value: sid, event: { path: '/agen/pesanan', headers: { cookie: `ring-session=${sid}; bahasa=id` }, params: {} } };
    }),
    3,
    plant('embed-jwt', 'ring-embed-manifes-120s-no-jti', 'warning', 'A harbour office screen opens a passenger manifest widget `/embed/manifes/<JWT>`, a token of 120 s without jti (Starting and Finished lines).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { kapal: `KMP-${rng.int(100, 999)}`, pelabuhan: 'merak', view: 'manifes' } });
      return { value: token, jwt: facts, event: { path: `/embed/manifes/${token}`, params: {}, ua: BROWSERS[0] } };
    }),
    3,
    plant('header-dump', 'ring-x-auth-token-header', 'error', "The agents' desktop app sends its `x-auth-token` header; ring-logger's Starting line prints every header but `authorization`.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { path: '/agen/laporan/harian', query: 'tanggal=2027-03-01', params: { ':tanggal': '2027-03-01' }, headers: { 'x-auth-token': tok }, ua: 'LautKitaAgen/3.8 (Windows NT 10.0)' } };
    }),
    3,
    plant('framework-dump', 'ring-uncaught-exception-request-map-authorization', 'error', "ring-logger's `Uncaught exception … - request was: {…}` prints the whole Ring request map, `authorization` header included (the Starting line drops it, the exception does not): an agent's bearer token.", ({ rng }) => {
      const tok = `lkagt_${rng.alnum(40)}`;
      return { value: tok, event: { path: '/api/jadwal/cari', query: 'asal=ketapang&tujuan=', params: { ':asal': 'ketapang', ':tujuan': '' }, boom: `Bearer ${tok}`, status: 500 } };
    }),
    3,
    plant('negative', 'ring-asset-v-hash', 'none', 'A `v=<hash>` on the back office\'s script (Starting and Finished lines): a content hash, no credential.', ({ rng }) => {
      const v = rng.hex(8);
      return { value: v, event: { path: '/js/agen.js', query: `v=${v}`, params: { ':v': v }, ua: BROWSERS[0] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: ID_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// boarding-granian.log: the boarding service (FastAPI) on Granian 2 with `--access-log`: Granian's own lines
// (`[INFO] …`), its default access format `[%(time)s] %(addr)s - "%(method)s %(path)s %(protocol)s" %(status)d
// %(dt_ms).3f` (the path without its query, the time with its offset), and the app's logging.basicConfig() lines
// (`LEVEL:logger:message`). https://github.com/emmett-framework/granian/blob/master/granian/log.py (`DEFAULT_ACCESSLOG_FMT`),
// https://docs.python.org/3/library/logging.html#logging.basicConfig

function granianLog(rng) {
  const stamp = (t) => { const d = local(t, ID); return `${d.slice(0, 10)} ${d.slice(11, 19)} +0700`; };
  const render = (e, rng) => {
    if (e.app) return [e.app];
    const out = [`[${stamp(e.t)}] ${e.ip} - "${e.method} ${e.path} HTTP/1.1" ${e.status} ${e.ms}.${digits(rng, 3)}`];
    if (e.after) out.push(e.after);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/boarding/status/${booking(rng)}`, ip: `10.20.1.${rng.int(10, 60)}` }),
      () => ({ method: 'POST', path: '/boarding/sinkron', status: 204, ip: '10.20.0.5' }),
      () => ({ path: '/healthz', ip: '10.20.0.2' }),
      () => ({ app: `INFO:boarding.gerbang:Gerbang ${rng.int(1, 6)} ${rng.pick(PELABUHAN)}: ${rng.int(20, 400)} penumpang naik` }),
    ])();
  const steps = [
    { raw: { app: '[INFO] Starting granian (main PID: 1)' } },
    { raw: { app: '[INFO] Listening at: http://0.0.0.0:8000' } },
    { raw: { app: '[INFO] Spawning worker-1 with PID: 9' } },
    { raw: { app: '[INFO] Started worker-1' } },
    { raw: { app: '[INFO] Started worker-1 runtime-1' } },
    3,
    plant('replay', 'granian-boarding-pass-pindai', 'note', WHY.ticketFirst('A boarding pass (`/boarding/pindai/<ticket>`, the QR code of a single crossing) scanned at gate 2'), ({ rng, t }) => {
      firstUse.boarding = t;
      const tk = rng.b64url(24);
      return { value: tk, event: { path: `/boarding/pindai/${tk}`, ip: '10.20.1.12', after: 'INFO:boarding.gerbang:Tiket diterima di gerbang 2 merak' } };
    }, { ref: 'boarding' }),
    2,
    plant('replay', 'granian-boarding-pass-pindai', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('boarding').value, why: `${WHY.replay('/boarding/pindai/<ticket>', gap('boarding', t))} Gate 5's scanner accepts the same pass again (200): a screenshot of the QR code handed to a second passenger.` }], event: { path: `/boarding/pindai/${refs.get('boarding').value}`, ip: '10.20.1.57', after: 'INFO:boarding.gerbang:Tiket diterima di gerbang 5 merak' } }), { replayOf: 'boarding', after: 47 }),
    3,
    plant('negative', 'granian-static-content-hash', 'none', 'A built asset `/static/app.<hash>.js`: a content hash, no credential.', ({ rng }) => {
      const v = rng.hex(10);
      return { value: `app.${v}.js`, event: { path: `/static/app.${v}.js`, ip: publicIpId(rng), ms: 1 } };
    }),
    3,
    plant('path-secret', 'granian-atur-ulang-kata-sandi-token', 'error', WHY.pathSecret('A password reset link `/akun/atur-ulang-kata-sandi/<token>` in the access line'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { path: `/akun/atur-ulang-kata-sandi/${tok}`, ip: publicIpId(rng) } };
    }),
    3,
    plant('embed-jwt', 'granian-embed-tiket-expired', 'note', 'An old e-ticket widget link `/embed/tiket/<JWT>` opened two days after its token expired.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + 3600 + rng.int(100, 5000), claims: { kode: booking(rng), view: 'e-tiket' } });
      return { value: token, jwt: facts, event: { path: `/embed/tiket/${token}`, status: 401, ip: publicIpId(rng) } };
    }),
    3,
    plant('refresh-token', 'granian-app-sso-refresh_token', 'error', `${WHY.refresh} The SSO client's warning prints the refresh token of a failed refresh (\`invalid_grant\` from a restarted session store): the token stays usable until it is revoked, and nothing says it was.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { app: `WARNING:boarding.sso:Gagal menyegarkan token SSO (invalid_grant), refresh_token=${rt}` } };
    }),
    3,
    plant('negative', 'granian-kapal-uuid-manifes', 'none', "A ship's UUID in `/api/kapal/<uuid>/manifes`: an object id, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { path: `/api/kapal/${v}/manifes`, ip: '10.20.0.5' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: ID_API }, filler, render, steps });
}
const publicIpId = (rng) => `${rng.pick(['114.124', '36.68', '180.252', '202.43'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`;

// ---------------------------------------------------------------------------------------------------------------------
// kuma-sidecar.log: `kubectl logs deploy/pembayaran -c kuma-sidecar` of Kuma 2.9's data plane with a MeshAccessLog to a
// File backend at /dev/stdout, the default plain format (`[%START_TIME%] %KUMA_MESH% "%REQ(:METHOD)%
// %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%" %RESPONSE_CODE% %RESPONSE_FLAGS% %BYTES_RECEIVED% %BYTES_SENT%
// %DURATION% %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% "%REQ(X-FORWARDED-FOR)%" "%REQ(USER-AGENT)%"
// "%REQ(X-B3-TRACEID?X-DATADOG-TRACEID)%" "%REQ(X-REQUEST-ID)%" "%REQ(:AUTHORITY)%" "%KUMA_SOURCE_SERVICE%"
// "%KUMA_DESTINATION_SERVICE%" "%KUMA_SOURCE_ADDRESS_WITHOUT_PORT%" "%UPSTREAM_HOST%"`, UTC) between Envoy's own lines.
// https://developer.konghq.com/mesh/policies/meshaccesslog/, https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage

function kumaLog(rng) {
  const render = (e, rng) => {
    if (e.envoy) return [`[${iso(e.t).replace('T', ' ').slice(0, 23)}][${rng.int(14, 30)}][info][${e.envoy[0]}] [source/${e.envoy[1]}] ${e.envoy[2]}`];
    return [`[${iso(e.t)}] default "${e.method} ${target(e)} HTTP/1.1" ${e.status} - ${e.method === 'POST' ? rng.int(200, 1400) : 0} ${e.bytes} ${e.ms} ${e.ms - 1} "${e.ip}" "${e.ua}" "${rng.hex(32)}" "${rng.uuid()}" "pembayaran.lautkita.svc:8080" "${e.src ?? 'kong-gateway_kong_svc_8000'}" "pembayaran_lautkita_svc_8080" "10.42.${rng.int(0, 3)}.${rng.int(2, 250)}" "10.42.3.17:8080"`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/pembayaran/${booking(rng)}`, ip: publicIpId(rng), ua: BROWSERS[4] }),
      () => ({ method: 'POST', path: '/pembayaran/notifikasi', status: 200, ip: '103.208.23.6', ua: 'Veritrans', src: 'kong-gateway_kong_svc_8000' }),
      () => ({ path: '/pembayaran/metode', query: `jumlah=${rng.int(50, 900)}000`, ip: publicIpId(rng), ua: BROWSERS[2] }),
      () => ({ envoy: ['upstream', 'common/upstream/cds_api_helper.cc:32', 'cds: add 14 cluster(s), remove 0 cluster(s)'] }),
    ])();
  const steps = [
    { raw: { envoy: ['main', 'server/server.cc:978', 'starting main dispatch loop'] } },
    3,
    plant('api-key-name', 'kuma-status-server_key', 'error', `${WHY.apiKey('server_key')} The payment service's reconciliation job calls the status endpoint with a Midtrans-style \`Mid-server-…\` server key in the query.`, ({ rng }) => {
      const key = `Mid-server-${rng.b64url(24)}`;
      return { value: key, event: { path: `/v2/${booking(rng)}/status`, query: `server_key=${key}`, ip: '10.42.1.33', ua: 'python-requests/2.32.5', src: 'rekonsiliasi_lautkita_svc_8080' } };
    }),
    3,
    plant('negative', 'kuma-notification-signature_key', 'none', "A payment notification's `signature_key` (SHA-512 over order id, status code, amount and the server key): it proves one notification, no credential.", ({ rng }) => {
      const v = rng.hex(128);
      return { value: v, event: { path: '/pembayaran/notifikasi/kembali', query: `order_id=${booking(rng)}&status_code=200&transaction_status=settlement&signature_key=${v}`, ip: '103.208.23.6', ua: 'Veritrans' } };
    }),
    3,
    plant('replay', 'kuma-struk-tiket_sekali', 'note', WHY.ticketFirst('A one-time `tiket_sekali` for a payment receipt PDF (`/pembayaran/struk.pdf?…&tiket_sekali=…`)'), ({ rng, t }) => {
      firstUse.struk = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { path: '/pembayaran/struk.pdf', query: `kode=${booking(rng)}&tiket_sekali=${tk}`, ip: '114.124.181.40', ua: BROWSERS[4] } };
    }, { ref: 'struk' }),
    2,
    plant('replay', 'kuma-struk-tiket_sekali', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('struk').value, why: `${WHY.replay('tiket_sekali', gap('struk', t))} The service serves the receipt again (200) to another address and browser: the link was forwarded in a chat group.` }], event: { path: '/pembayaran/struk.pdf', query: `tiket_sekali=${refs.get('struk').value}`, ip: '36.68.12.201', ua: BROWSERS[0] } }), { replayOf: 'struk', after: 138 }),
    3,
    plant('id-token', 'kuma-keluar-id_token_hint', 'error', 'The sign-out goes through the payment service with `id_token_hint=<JWT>`: the user\'s ID token, live when logged.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(600, 20000), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://sso.${ID_WWW}/realms/penumpang`, aud: 'web-tiket', sub: rng.uuid(), sid: rng.uuid(), email: 'dewi.lestari@mail.example' } });
      return { value: token, jwt: facts, event: { path: '/keluar', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${ID_WWW}%2F`, status: 302, ip: publicIpId(rng), ua: BROWSERS[2] } };
    }),
    3,
    plant('encoded', 'kuma-kembali-double-encoded-token', 'error', 'A `kembali=` return path percent-encoded twice (`%253Ftoken%253D<token>`): an agent report link with its token.', ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { path: '/masuk', query: `kembali=%252Fagen%252Flaporan%253Ftoken%253D${tok}`, status: 302, ip: publicIpId(rng), ua: BROWSERS[0] } };
    }),
    3,
    plant('session-id', 'kuma-agen-jsessionid', 'error', WHY.session('A `;jsessionid=` in the path of the legacy agent portal the payment service still proxies'), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { path: `/agen/laporan;jsessionid=${sid}`, query: 'bulan=2027-02', ip: publicIpId(rng), ua: BROWSERS[0] } };
    }),
    3,
    plant('negative', 'kuma-gclid', 'none', 'A Google Ads click id (`gclid`) on a landing request: no credential.', ({ rng }) => {
      const v = `Cj0KCQ${rng.b64url(80)}`;
      return { value: v, event: { path: '/pembayaran/promo', query: `kode=MUDIK27&gclid=${v}`, ip: publicIpId(rng), ua: BROWSERS[4] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: ID_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lautkita-logs_index_indexing_slowlog.json: the logging cluster's Elasticsearch 8.17 indexing slow log
// (`index.indexing.slowlog.threshold.index.warn: 500ms`, `source: 1000`, reformatted to one line), its ECS JSON
// layout: `@timestamp`, `log.level`, `elasticsearch.slowlog.source` (the indexed document as an escaped JSON string),
// `took`, `took_millis`, `id`, `message` with the index and shard, node and cluster fields; the app indexes its own
// request audit and notification records. https://www.elastic.co/docs/reference/elasticsearch/index-settings/slow-log,
// https://www.elastic.co/guide/en/elasticsearch/reference/current/logging.html

function esSlowlog(rng) {
  const cluster = rng.b64url(22);
  const render = (e, rng) => {
    const took = rng.int(500, 2400);
    return [JSON.stringify({
      '@timestamp': `${iso(e.t)}`,
      'log.level': 'WARN',
      'auth.type': 'API_KEY',
      'elasticsearch.slowlog.id': rng.b64url(20),
      'elasticsearch.slowlog.message': `[${e.index}/${rng.b64url(22)}]`,
      'elasticsearch.slowlog.source': JSON.stringify(e.doc),
      'elasticsearch.slowlog.took': `${(took / 1000).toFixed(1)}s`,
      'elasticsearch.slowlog.took_millis': took,
      'ecs.version': '1.2.0',
      'service.name': 'ES_ECS',
      'event.dataset': 'elasticsearch.index_indexing_slowlog',
      'process.thread.name': `elasticsearch[es-data-${rng.int(1, 3)}][write][T#${rng.int(1, 4)}]`,
      'log.logger': 'index.indexing.slowlog.index',
      'elasticsearch.cluster.uuid': cluster,
      'elasticsearch.node.id': rng.b64url(22),
      'elasticsearch.node.name': `es-data-${rng.int(1, 3)}`,
      'elasticsearch.cluster.name': 'lautkita-logs',
    })];
  };
  const audit = (t, o) => ({ waktu: isoOff(t, ID), layanan: 'tiket-api', ...o });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ index: 'audit-permintaan-2027.03', doc: audit(t, { metode: 'GET', jalur: `/api/pesanan/${booking(rng)}`, status: 200, durasi_ms: rng.int(10, 300) }) }),
      () => ({ index: 'notifikasi-2027.03', doc: { waktu: isoOff(t, ID), kanal: 'sms', tujuan: `+62812****${digits(rng, 4)}`, templat: 'jadwal_berubah', status: 'terkirim' } }),
      () => ({ index: 'audit-permintaan-2027.03', doc: audit(t, { metode: 'POST', jalur: '/api/pesanan', status: 201, durasi_ms: rng.int(40, 900) }) }),
    ])();
  const steps = [
    3,
    plant('framework-dump', 'es-audit-doc-badan-kata_sandi', 'error', "The request audit indexes a failed login's body (`badan`) with `kata_sandi`: the password in clear in the slow log's `source`.", ({ rng, t }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { index: 'audit-permintaan-2027.03', doc: audit(t, { metode: 'POST', jalur: '/api/masuk', badan: { email: 'budi.santoso@mail.example', kata_sandi: pw }, status: 401 }) } };
    }),
    3,
    plant('negative', 'es-nomor_va', 'none', 'A virtual account number (`nomor_va`, where the passenger pays by bank transfer): a payment address, no credential.', ({ rng, t }) => {
      const v = `8808${digits(rng, 12)}`;
      return { value: v, event: { index: 'notifikasi-2027.03', doc: { waktu: isoOff(t, ID), kanal: 'email', templat: 'menunggu_pembayaran', nomor_va: v, bank: 'BNI', status: 'terkirim' } } };
    }),
    3,
    plant('header-dump', 'es-audit-doc-header-authorization-jwt', 'error', "The request audit indexes the request's headers, `authorization: Bearer <JWT>` among them: the passenger app's access token.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 1800), jti: true, alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://sso.${ID_WWW}/realms/penumpang`, aud: 'tiket-api', sub: rng.uuid(), azp: 'app-android', scope: 'openid pesanan' } });
      return { value: token, jwt: facts, event: { index: 'audit-permintaan-2027.03', doc: audit(t, { metode: 'GET', jalur: '/api/pesanan/aktif', header: { authorization: `Bearer ${token}`, 'user-agent': 'LautKita/4.2.0 (Android 15; SM-A556E)' }, status: 200 }) } };
    }),
    3,
    plant('webhook', 'es-notifikasi-telegram-bot-url', 'error', WHY.webhook("A Telegram bot token in the `url` a notification record keeps (`/bot<token>/sendMessage`)"), ({ rng, t }) => {
      const bot = `${rng.int(6e9, 7.9e9)}:AA${rng.b64url(33)}`;
      return { value: bot, event: { index: 'notifikasi-2027.03', doc: { waktu: isoOff(t, ID), kanal: 'telegram', url: `https://api.telegram.org/bot${bot}/sendMessage`, chat_id: `-100${digits(rng, 10)}`, status: 200 } } };
    }),
    3,
    plant('session-id', 'es-audit-doc-cookie-phpsessid', 'error', WHY.session("A `PHPSESSID` of the agents' PHP portal in an audit record's `cookie`"), ({ rng, t }) => {
      const sid = rng.lowerNum(26);
      return { value: sid, event: { index: 'audit-permintaan-2027.03', doc: audit(t, { layanan: 'portal-agen', metode: 'GET', jalur: '/agen/dashboard.php', cookie: `PHPSESSID=${sid}; bahasa=id`, status: 200 }) } };
    }),
    3,
    plant('encoded', 'es-audit-doc-lanjut-encoded-akses_token', 'error', 'A sign-in URL whose `lanjut=` carries `%3Fakses_token%3D<token>` percent-encoded once: an agent report\'s access token.', ({ rng, t }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { index: 'audit-permintaan-2027.03', doc: audit(t, { layanan: 'portal-agen', metode: 'GET', url: `https://${ID_WWW}/masuk?lanjut=%2Fagen%2Flaporan%3Fakses_token%3D${tok}`, status: 302 }) } };
    }),
    3,
    plant('id-token', 'es-audit-doc-callback-id_token-expired', 'note', 'An old bookmarked sign-in callback with `id_token=<JWT>` in the audited query, three days after the token expired.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: 3 * 86400 + rng.int(100, 9000), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://sso.${ID_WWW}/realms/penumpang`, aud: 'web-tiket', sub: rng.uuid(), nonce: rng.b64url(22) } });
      return { value: token, jwt: facts, event: { index: 'audit-permintaan-2027.03', doc: audit(t, { metode: 'GET', jalur: '/auth/callback', kueri: `state=${rng.b64url(22)}&id_token=${token}`, status: 400 }) } };
    }),
    3,
    plant('negative', 'es-idempotency_key', 'none', 'An `idempotency_key` (a UUID) of a booking request: no credential.', ({ rng, t }) => {
      const v = rng.uuid();
      return { value: v, event: { index: 'audit-permintaan-2027.03', doc: audit(t, { metode: 'POST', jalur: '/api/pesanan', idempotency_key: v, status: 201 }) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: ID_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gcloud-builds-log.txt: `gcloud builds log <id>` of the booking API's deploy build on Cloud Build (the REMOTE BUILD
// OUTPUT rule, `starting build`, FETCHSOURCE, BUILD with `Starting Step #n - "<id>"`, each output line prefixed
// `Step #n - "<id>": `, `Finished Step`, PUSH, DONE); the steps' bash runs with `set -x`. No time on the lines.
// https://cloud.google.com/sdk/gcloud/reference/builds/log, https://cloud.google.com/build/docs/build-config-file-schema

function cloudBuildLog(rng) {
  const sha = rng.hex(40);
  const render = (e) => {
    if (e.plain) return e.plain;
    const p = `Step #${e.n} - "${e.id}": `;
    return [...(e.start ? [`Starting Step #${e.n} - "${e.id}"`] : []), ...e.out.map((x) => p + x), ...(e.finish ? [`Finished Step #${e.n} - "${e.id}"`] : [])];
  };
  const filler = () => ({ plain: [] });
  const st = (n, id, out, extra = {}) => ({ raw: { n, id, out, ...extra } });
  const steps = [
    { raw: { plain: ['----------------------------- REMOTE BUILD OUTPUT ------------------------------', `starting build "${rng.uuid()}"`, '', 'FETCHSOURCE', 'From https://github.com/lautkita/tiket-api'] } },
    plant('negative', 'cloudbuild-fetch-head-commit-sha', 'none', 'The commit SHA-1 of the fetched branch: no credential.', () => ({ value: sha, event: { plain: [` * branch            ${sha} -> FETCH_HEAD`, `HEAD is now at ${sha.slice(0, 7)} perbaiki validasi jadwal kapal`, 'BUILD'] } })),
    st(0, 'uji', ['Pulling image: python:3.12-slim'], { start: true }),
    plant('negative', 'cloudbuild-image-digest', 'none', "An image digest (`sha256:<hex>`) in the pull's output: a content hash, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { n: 0, id: 'uji', out: ['3.12-slim: Pulling from library/python', `Digest: sha256:${v}`, 'Status: Downloaded newer image for python:3.12-slim', '+ pip install -q -r requirements-dev.txt', '+ pytest -q', `........................................................................ [ 72%]`, '............................                                             [100%]', '100 passed in 14.82s'], finish: true } };
    }),
    plant('api-key-name', 'cloudbuild-git-clone-userinfo-password', 'error', "A password in the clone URL's userinfo (`https://deploy-ci:<password>@git…`): `set -x` prints the command; labeled like a key (a password under a name of the URL).", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { n: 1, id: 'konfigurasi', start: true, out: [`+ git clone --depth 1 https://deploy-ci:${pw}@git.${ID_WWW}/infra/konfigurasi.git /workspace/konfigurasi`, "Cloning into '/workspace/konfigurasi'..."], finish: true } };
    }),
    plant('encoded', 'cloudbuild-npm-_auth-base64', 'error', "npm's `_auth` for the private registry is base64 of `user:password`; `set -x` prints the `npm config set` line.", ({ rng }) => {
      const cred = b64Of(`ci-lautkita:${rng.alnum(22)}`);
      return { value: cred, event: { n: 2, id: 'bangun-web', start: true, out: [`+ npm config set //npm.${ID_WWW}/:_auth ${cred}`, '+ npm ci --no-audit --no-fund', `added ${rng.int(600, 1400)} packages in ${rng.int(20, 60)}s`, '+ npm run build', '> tiket-web@4.2.0 build', '> vite build', `✓ built in ${rng.int(8, 30)}.${rng.int(10, 99)}s`], finish: true } };
    }),
    plant('header-dump', 'cloudbuild-curl-authorization-token-ghp', 'error', "`curl -H 'Authorization: token ghp_…'` printed by `set -x`: a GitHub personal access token (its CRC32 checksum valid).", ({ rng }) => {
      const tok = githubToken('ghp_', rng.alnum(30));
      return { value: tok, event: { n: 3, id: 'rilis', start: true, out: [`+ curl -fsSL -H 'Authorization: token ${tok}' -H 'Accept: application/vnd.github+json' https://api.github.com/repos/lautkita/tiket-api/releases/latest`, '+ jq -r .tag_name', 'v4.2.0'] } };
    }),
    plant('refresh-token', 'cloudbuild-python-refresh-token-arg', 'error', `${WHY.refresh} A Google refresh token (\`1//0…\`) passed as a command-line argument to the sheet sync script, printed by \`set -x\`.`, ({ rng }) => {
      const rt = `1//0g${rng.b64url(99)}`;
      return { value: rt, event: { n: 3, id: 'rilis', out: [`+ python skrip/sinkron_jadwal_sheets.py --lembar jadwal-maret --refresh-token ${rt}`, 'Jadwal tersinkron: 412 baris'] } };
    }),
    plant('webhook', 'cloudbuild-curl-slack-webhook', 'error', WHY.webhook('A Slack incoming webhook in the release note step\'s `curl`, printed by `set -x`'), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { n: 3, id: 'rilis', out: [`+ curl -sS -X POST -H 'Content-Type: application/json' --data @/workspace/pesan-rilis.json https://hooks.slack.com/services/${hook}`, 'ok'], finish: true } };
    }),
    st(4, 'deploy', ['+ gcloud run deploy tiket-api --image asia-southeast2-docker.pkg.dev/lautkita-prod/apps/tiket-api:v4.2.0 --region asia-southeast2', 'Deploying container to Cloud Run service [tiket-api] in project [lautkita-prod] region [asia-southeast2]', 'Deploying...', 'Setting IAM Policy.............done', 'Creating Revision...................done', 'Routing traffic.....done', 'Done.', 'Service [tiket-api] revision [tiket-api-00231-kav] has been deployed and is serving 100 percent of traffic.'], { start: true, finish: true }),
    { raw: { plain: ['PUSH', 'Pushing asia-southeast2-docker.pkg.dev/lautkita-prod/apps/tiket-api:v4.2.0', 'DONE', '--------------------------------------------------------------------------------'] } },
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: ID_API }, filler, render, steps });
}

// =====================================================================================================================
// FarmaYa
// =====================================================================================================================

// backoffice-yesod.log: the pharmacists' back office, a Yesod 1.6 app under `stack exec` with wai-extra's
// `logStdoutDev` (`mkRequestLogger def { outputFormat = Detailed False }`: `<METHOD> <rawPathInfo>` without the
// query, `  Params: <show of [(key, value)]>` (query or POST params), `  Request Body: …` for small bodies, `  Accept:
// …`, `  Status: <code> <message> <seconds>s`) and monad-logger's SQL lines. No time on the lines.
// https://github.com/yesodweb/wai/blob/master/wai-extra/Network/Wai/Middleware/RequestLogger.hs (`detailedMiddleware'`)

function waiLog(rng) {
  const hsShow = (pairs) => `[${pairs.map(([k, v]) => `("${k}","${v}")`).join(',')}]`;
  const render = (e, rng) => {
    if (e.sql) return [`[Debug#SQL] ${e.sql}`];
    const out = [`${e.method} ${e.path}`];
    if (e.params?.length) out.push(`  Params: ${hsShow(e.params)}`);
    if (e.body) out.push(`  Request Body: ${e.body}`);
    out.push(`  Accept: ${e.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'}`);
    out.push(`  Status: ${e.status} ${{ 200: 'OK', 303: 'See Other', 302: 'Found', 404: 'Not Found' }[e.status]} 0.0${digits(rng, 5)}s`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/recetas/pendientes', params: [['pagina', String(rng.int(1, 6))]] }),
      () => ({ path: `/pedidos/${pedido(rng)}` }),
      () => ({ sql: `SELECT "id","paciente","medicamento","cantidad","estado" FROM "receta" WHERE "estado"=? ORDER BY "creada" DESC LIMIT 25; [PersistText "pendiente"]` }),
      () => ({ path: '/static/img/logo-farmaya.svg', accept: 'image/avif,image/webp,*/*' }),
    ])();
  const steps = [
    3,
    plant('framework-dump', 'wai-login-params-contrasena', 'error', "The sign-in form's `contrasena` in wai-extra's `Params:` and again in its `Request Body:` (the dev logger prints small bodies).", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { method: 'POST', path: '/entrar', status: 303, params: [['correo', 'q.f.mendoza@farmaya.example'], ['contrasena', pw]], body: `correo=q.f.mendoza%40farmaya.example&contrasena=${pw}` } };
    }),
    3,
    plant('negative', 'wai-yesod-_token-csrf', 'none', "Yesod's CSRF field `_token` in a form's Params: no credential.", ({ rng }) => {
      const v = rng.alnum(10);
      return { value: v, event: { method: 'POST', path: `/recetas/${rng.int(1000, 9999)}/surtir`, status: 303, params: [['_token', v], ['lote', `L${digits(rng, 6)}`]] } };
    }),
    3,
    plant('path-secret', 'wai-restablecer-contrasena-token', 'error', WHY.pathSecret('A password reset link `/restablecer-contrasena/<token>` on the request line'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { path: `/restablecer-contrasena/${tok}` } };
    }),
    3,
    plant('api-key-name', 'wai-params-clave_api', 'error', `${WHY.apiKey('clave_api')} The inventory export is called with its key in the query; the request line drops the query, \`Params:\` prints it.`, ({ rng }) => {
      const key = rng.hex(48);
      return { value: key, event: { path: '/api/v1/inventario', params: [['sucursal', 'coyoacan'], ['clave_api', key]], accept: 'application/json' } };
    }),
    3,
    plant('oauth-code', 'wai-yesod-auth-google-code', 'warning', `${WHY.code} Google's code at yesod-auth's \`/auth/page/googleemail2/complete\`, in \`Params:\`.`, ({ rng }) => {
      const code = googleCode(rng);
      return { value: code, event: { path: '/auth/page/googleemail2/complete', status: 303, params: [['state', rng.alnum(30)], ['code', code], ['scope', 'email profile openid https://www.googleapis.com/auth/userinfo.email'], ['authuser', '0'], ['prompt', 'consent']] } };
    }),
    3,
    plant('negative', 'wai-yesod-static-etag', 'none', "Yesod's static subsite adds `?etag=<hash>` to static URLs: a content hash, no credential.", ({ rng }) => {
      const v = rng.b64url(8);
      return { value: v, event: { path: '/static/css/bootstrap.css', params: [['etag', v]], accept: 'text/css,*/*;q=0.1' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: MX_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// repartos-http4k.log: `docker logs --timestamps farmaya-repartos | tr -d '\r'` of the couriers' API, a Kotlin service
// on http4k 6 with `DebuggingFilters.PrintRequestAndResponse()` on the server and on its outgoing HTTP client
// (`***** REQUEST: <METHOD>: <uri> *****`, the message as http4k prints it: request line, headers, blank line, body;
// a server request's streamed body as `<<stream>>`; `***** RESPONSE <code> to <METHOD>: <uri> *****` and the
// response), Docker's RFC 3339 time with nanoseconds on every line.
// https://github.com/http4k/http4k/blob/master/core/core/src/main/kotlin/org/http4k/filter/DebuggingFilters.kt,
// https://docs.docker.com/reference/cli/docker/container/logs/

function http4kLog(rng) {
  const render = (e, rng) => {
    const ts = (i) => `${iso(e.t + i).slice(0, 23)}${digits(rng, 6)}Z`;
    const uri = e.url ?? target(e);
    const reqLine = `${e.method} ${uri} HTTP/1.1`;
    const hdrs = e.headers ?? [['Host', `repartos.${MX_WWW}`], ['User-Agent', 'okhttp/5.3.0'], ['Accept', 'application/json']];
    const lines = [
      `***** REQUEST: ${e.method}: ${uri} *****`, reqLine, ...hdrs.map(([k, v]) => `${k}: ${v}`), '', e.url ? (e.body ?? '') : e.method === 'GET' ? '' : '<<stream>>',
      `***** RESPONSE ${e.status} to ${e.method}: ${uri} *****`, `HTTP/1.1 ${e.status} ${{ 200: 'OK', 201: 'Created', 302: 'Found', 204: 'No Content' }[e.status]}`, ...(e.resHeaders ?? [['content-type', 'application/json; charset=utf-8']]).map(([k, v]) => `${k}: ${v}`), '', e.resBody ?? '{"ok":true}',
    ];
    return lines.map((l, i) => `${ts(i)} ${l}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/v1/pedidos/${pedido(rng)}`, resBody: JSON.stringify({ pedido: pedido(rng), estado: rng.pick(['en_ruta', 'entregado', 'preparando']) }) }),
      () => ({ method: 'POST', path: `/v1/pedidos/${pedido(rng)}/ubicacion`, status: 204, resBody: '' }),
      () => ({ path: '/v1/rutas/hoy', query: `repartidor=R-${rng.int(100, 999)}`, resBody: `{"paradas":${rng.int(4, 20)}}` }),
    ])();
  const tokenUrl = `https://${MX_AUTH}/realms/repartidores/protocol/openid-connect/token`;
  const steps = [
    2,
    plant('header-dump', 'http4k-authorization-bearer-jwt', 'error', "http4k's PrintRequest writes the courier app's request headers, `Authorization: Bearer <JWT>` included (no redaction).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 1800), jti: true, alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${MX_AUTH}/realms/repartidores`, aud: 'repartos-api', sub: rng.uuid(), azp: 'app-repartidor', scope: 'pedidos' } });
      return { value: token, jwt: facts, event: { path: `/v1/pedidos/${pedido(rng)}`, headers: [['Host', `repartos.${MX_WWW}`], ['User-Agent', 'FarmaYaRepartidor/2.7.1 okhttp/5.3.0'], ['Authorization', `Bearer ${token}`], ['Accept', 'application/json']] } };
    }),
    2,
    plant('negative', 'http4k-x-correlation-id', 'none', 'An `X-Correlation-Id` header (a UUID): no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'POST', path: `/v1/pedidos/${pedido(rng)}/entregado`, status: 204, resBody: '', headers: [['Host', `repartos.${MX_WWW}`], ['User-Agent', 'FarmaYaRepartidor/2.7.1 okhttp/5.3.0'], ['X-Correlation-Id', v], ['Content-Type', 'application/json']] } };
    }),
    2,
    plant('refresh-token', 'http4k-client-body-refresh_token', 'error', `${WHY.refresh} The service's own client refreshes a courier session at the identity provider; PrintRequest writes the form body.`, ({ rng }) => {
      const rt = rng.b64url(80);
      return { value: rt, event: { method: 'POST', url: tokenUrl, headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: `grant_type=refresh_token&refresh_token=${rt}&client_id=repartos-api`, status: 200, resBody: '{"token_type":"Bearer","expires_in":300,"scope":"openid pedidos"}' } };
    }),
    2,
    plant('id-token', 'http4k-client-response-id_token', 'error', "The identity provider's token response printed by PrintResponse holds an `id_token` (a courier's ID token, 10 min, live).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(0, 3), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${MX_AUTH}/realms/repartidores`, aud: 'repartos-api', sub: rng.uuid(), email: 'repartidor.118@farmaya.example', nonce: rng.b64url(22) } });
      return { value: token, jwt: facts, event: { method: 'POST', url: tokenUrl, headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: 'grant_type=client_credentials&client_id=repartos-api&scope=openid', status: 200, resBody: JSON.stringify({ token_type: 'Bearer', expires_in: 600, id_token: token, scope: 'openid' }) } };
    }),
    2,
    plant('session-id', 'http4k-cookie-farmaya_sesion', 'error', WHY.session('The web dashboard\'s `Cookie: farmaya_sesion=<id>` in the printed request headers'), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { path: '/v1/tablero/resumen', headers: [['Host', `repartos.${MX_WWW}`], ['User-Agent', BROWSERS[0]], ['Cookie', `farmaya_sesion=${sid}; idioma=es-MX`], ['Accept', 'application/json']] } };
    }),
    2,
    plant('implicit-fragment', 'http4k-client-error-report-href-access_token', 'error', "The service forwards a client error report to the error collector; PrintRequest writes the body with the page's `href`, `#/pedido?access_token=…` from the old implicit flow.", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { method: 'POST', url: `https://errores.${MX_WWW}/api/reportes`, headers: [['Content-Type', 'application/json']], body: JSON.stringify({ mensaje: 'No se pudo cargar el mapa', href: `https://${MX_APP}/#/pedido?access_token=${at}&token_type=Bearer`, navegador: BROWSERS[4] }), status: 201, resBody: '{"id":"r-' + rng.int(1e5, 9e5) + '"}' } };
    }),
    2,
    plant('encoded', 'http4k-regreso-encoded-token', 'error', 'A `regreso=` return path with `%3Ftoken%3D<token>` percent-encoded once (the REQUEST banner, the request line and the RESPONSE banner).', ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { path: '/v1/salir', query: `regreso=%2Frecetas%2Fimprimir%3Ftoken%3D${tok}`, status: 302, resHeaders: [['location', '/entrar']], resBody: '' } };
    }),
    2,
    plant('negative', 'http4k-response-etag', 'none', 'A response `ETag`: a content hash, no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { path: '/v1/catalogo/zonas', resHeaders: [['content-type', 'application/json; charset=utf-8'], ['etag', `"${v}"`]], resBody: '{"zonas":["coyoacan","benito-juarez","cuauhtemoc","miguel-hidalgo"]}' } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: MX_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mailgun-events.ndjson: the transactional domain's events from Mailgun's Events API (`GET /v3/mg.farmaya.example/events`,
// saved page by page with `jq -c '.items[]'`: `event`, `id`, `timestamp` in epoch seconds with microseconds,
// `log-level`, `recipient`, `geolocation`, `client-info`, `tags`, `message.headers`, and on `clicked` the `url`).
// https://documentation.mailgun.com/docs/mailgun/user-manual/events/, https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Events/

function mailgunLog(rng) {
  const render = (e, rng) => {
    const ts = Number(`${Math.floor(e.t / 1000)}.${pad(e.t % 1000, 3)}${digits(rng, 3)}`);
    const item = { event: e.ev, id: e.eid ?? rng.b64url(22), timestamp: ts, 'log-level': 'info', recipient: e.to, 'recipient-domain': e.to.split('@')[1], tags: e.tags, campaigns: [], 'user-variables': {}, message: { headers: { 'message-id': e.mid ?? `${local(e.t, 0).slice(0, 19).replace(/[-T:]/g, '')}.${rng.hex(16)}@mg.${MX_WWW}` } } };
    if (e.ev === 'delivered') Object.assign(item, { envelope: { transport: 'smtp', sender: `no-responder@mg.${MX_WWW}`, targets: e.to }, 'delivery-status': { code: 250, message: 'OK', 'attempt-no': 1, tls: true }, flags: { 'is-routed': false, 'is-authenticated': true, 'is-test-mode': false } });
    else Object.assign(item, { ip: publicIpMx(rng), geolocation: { city: 'Mexico City', country: 'MX', region: 'CMX' }, 'client-info': { 'client-type': 'mobile browser', 'client-os': 'iOS', 'device-type': 'mobile', 'client-name': 'Mobile Safari', 'user-agent': BROWSERS[2] } });
    if (e.url) item.url = e.url;
    return [JSON.stringify(item)];
  };
  const who = (rng) => `${rng.pick(['ana.garcia', 'luis.hdz', 'marisol.r', 'jorge.pm', 'fer.castillo'])}${rng.int(1, 99)}@mail.example`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ev: 'delivered', to: who(rng), tags: ['pedido-confirmado'] }),
      () => ({ ev: 'opened', to: who(rng), tags: ['pedido-en-camino'] }),
      () => ({ ev: 'delivered', to: who(rng), tags: ['receta-lista'] }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'mailgun-clicked-restablecer-contrasena', 'error', WHY.pathSecret('A `clicked` event keeps the password reset link `/restablecer-contrasena/<token>` the customer clicked'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { ev: 'clicked', to: who(rng), tags: ['restablecer-contrasena'], url: `https://${MX_WWW}/restablecer-contrasena/${tok}` } };
    }),
    3,
    plant('negative', 'mailgun-event-id', 'none', "A Mailgun event `id`: the event's own identifier, no credential.", ({ rng }) => {
      const v = rng.b64url(22);
      return { value: v, event: { ev: 'opened', eid: v, to: who(rng), tags: ['pedido-entregado'] } };
    }),
    3,
    plant('path-secret', 'mailgun-clicked-verificar-correo-token', 'error', WHY.pathSecret('A `clicked` event keeps the e-mail verification link `/verificar-correo?token=<token>`'), ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { ev: 'clicked', to: who(rng), tags: ['verificar-correo'], url: `https://${MX_WWW}/verificar-correo?token=${tok}` } };
    }),
    3,
    plant('embed-jwt', 'mailgun-clicked-embed-receta-no-exp', 'error', 'A `clicked` event keeps a prescription viewer link `/embed/receta/<JWT>` whose token has no `exp`.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(600, 86400), claims: { receta: `RX-${rng.int(100000, 999999)}`, paciente: rng.int(10000, 99999), view: 'receta' } });
      return { value: token, jwt: facts, event: { ev: 'clicked', to: who(rng), tags: ['receta-lista'], url: `https://${MX_WWW}/embed/receta/${token}` } };
    }),
    3,
    plant('negative', 'mailgun-message-id', 'none', "A `message-id` header of a delivered message: an identifier, no credential.", ({ rng, t }) => {
      const v = `${local(t, 0).slice(0, 19).replace(/[-T:]/g, '')}.${rng.hex(16)}@mg.${MX_WWW}`;
      return { value: v, event: { ev: 'delivered', mid: v, to: who(rng), tags: ['factura'] } };
    }),
    3,
    plant('path-secret', 'mailgun-clicked-entrar-enlace-magic-link', 'error', WHY.pathSecret('A `clicked` event keeps a sign-in link `/entrar/enlace/<token>` (a magic link)'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ev: 'clicked', to: who(rng), tags: ['enlace-acceso'], url: `https://${MX_WWW}/entrar/enlace/${tok}` } };
    }),
    3,
    plant('encoded', 'mailgun-clicked-r-base64-json-token', 'error', 'A tracking link `?r=<base64 JSON>` whose JSON holds an order\'s viewing `token`: the credential base64 only.', ({ rng }) => {
      const r = Buffer.from(JSON.stringify({ pedido: pedido(rng), token: rng.hex(32), v: 2 })).toString('base64');
      return { value: r, event: { ev: 'clicked', to: who(rng), tags: ['pedido-en-camino'], url: `https://${MX_WWW}/pedido/seguimiento?r=${encodeURIComponent(r)}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: MX_WWW }, filler, render, steps });
}
const publicIpMx = (rng) => `${rng.pick(['187.190', '189.203', '201.141', '177.246'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`;

// ---------------------------------------------------------------------------------------------------------------------
// recetas-warp.log: the prescriptions API, a Rust service on warp 0.3 with `warp::log("farmaya::api")` through
// env_logger's default format (`[<RFC 3339 time, seconds>Z <LEVEL padded> <target>] <message>`): warp's line
// `<remote> "<METHOD> <path> <version>" <status> "<referer>" "<user agent>" <elapsed>` (the path without its query, the
// Referer whole) and the app's `log` lines. https://docs.rs/warp/latest/warp/filters/log/fn.log.html,
// https://docs.rs/env_logger/latest/env_logger/#default-format

function warpLog(rng) {
  const render = (e, rng) => {
    const at = `${iso(e.t).slice(0, 19)}Z`;
    if (e.app) return [`[${at} ${e.level.padEnd(5)} ${e.target}] ${e.app}`];
    return [`[${at} INFO  farmaya::api] 10.60.0.${rng.int(2, 9)}:${rng.int(30000, 60999)} "${e.method} ${e.path} HTTP/1.1" ${e.status} "${e.referer}" "${e.ua}" ${e.ms}.${digits(rng, 3)}ms`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/v1/recetas/${rng.int(1000, 99999)}`, referer: `https://${MX_APP}/recetas`, ua: BROWSERS[4] }),
      () => ({ method: 'POST', path: '/v1/recetas', status: 201, referer: `https://${MX_APP}/recetas/nueva`, ua: BROWSERS[0] }),
      () => ({ app: `receta ${rng.int(1000, 99999)} validada por QFB cédula ${digits(rng, 8)}`, level: 'INFO', target: 'farmaya::recetas' }),
    ])();
  const steps = [
    { raw: { app: 'escuchando en 0.0.0.0:8080', level: 'INFO', target: 'farmaya' } },
    3,
    plant('oauth-code', 'warp-referer-callback-code', 'warning', `${WHY.code} The SPA's callback page calls the API at once: its \`Referer\` is \`/auth/callback?…&code=…\` with Keycloak's code.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { path: '/v1/sesion', referer: `https://${MX_APP}/auth/callback?state=${rng.uuid()}&session_state=${rng.uuid()}&iss=https%3A%2F%2F${MX_AUTH}%2Frealms%2Fclientes&code=${code}`, ua: BROWSERS[2] } };
    }),
    3,
    plant('negative', 'warp-wasm-content-hash', 'none', 'A built asset `/assets/recetas-<hash>_bg.wasm`: a content hash, no credential.', ({ rng }) => {
      const v = rng.hex(16);
      return { value: v, event: { path: `/assets/recetas-${v}_bg.wasm`, referer: `https://${MX_APP}/`, ua: BROWSERS[0] } };
    }),
    3,
    plant('implicit-fragment', 'warp-app-client-error-href-access_token', 'error', "The app logs a client error report's `href`: the page with `#access_token=<JWT>` from an old implicit flow.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${MX_AUTH}/realms/clientes`, aud: 'web-clientes', sub: rng.uuid(), scope: 'openid recetas' } });
      return { value: token, jwt: facts, event: { app: `error en cliente: href=https://${MX_APP}/#access_token=${token}&token_type=Bearer&expires_in=3600 mensaje="mapa no disponible"`, level: 'WARN', target: 'farmaya::clientes' } };
    }),
    3,
    plant('webhook', 'warp-reqwest-google-chat-webhook', 'error', WHY.webhook("A Google Chat incoming webhook (`…/messages?key=…&token=…`) in reqwest's `error sending request for url (…)`"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { app: `no se pudo enviar aviso al espacio de farmacéuticos: error sending request for url (https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok})`, level: 'ERROR', target: 'farmaya::avisos' } };
    }),
    3,
    plant('refresh-token', 'warp-app-debug-refresh_token', 'error', `${WHY.refresh} A debug line prints the courier session's refresh token it renews.`, ({ rng }) => {
      const rt = rng.b64url(80);
      return { value: rt, event: { app: `renovando sesión de repartidor R-${rng.int(100, 999)} refresh_token="${rt}"`, level: 'DEBUG', target: 'farmaya::auth' } };
    }),
    3,
    plant('api-key-name', 'warp-referer-api_key', 'error', `${WHY.apiKey('api_key')} A partner clinic's portal page carries its key in its own URL; warp writes that page as the Referer.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/v1/recetas/validar', method: 'POST', referer: `https://socios.${MX_WWW}/panel?clinica=CL-${rng.int(100, 999)}&api_key=${key}`, ua: BROWSERS[0] } };
    }),
    3,
    plant('id-token', 'warp-referer-salir-id_token_hint', 'error', "The sign-out page `/salir?id_token_hint=<JWT>` calls the API: warp writes it as the Referer (the user's ID token, live).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(600, 20000), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${MX_AUTH}/realms/clientes`, aud: 'web-clientes', sub: rng.uuid(), sid: rng.uuid(), email: 'paty.reyes@mail.example' } });
      return { value: token, jwt: facts, event: { method: 'DELETE', path: '/v1/sesion', status: 204, referer: `https://${MX_APP}/salir?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${MX_WWW}%2F`, ua: BROWSERS[1] } };
    }),
    3,
    plant('negative', 'warp-app-request_id', 'none', 'A `request_id` (a UUID) on an app line: no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { app: `receta rechazada: firma del médico ilegible request_id=${v}`, level: 'WARN', target: 'farmaya::recetas' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: MX_API }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout29');
writePart(join(here, 'heldout29'), {
  'trace-lockers.log': rabbitLog(rng),
  'temporal-worker.log': temporalLog(rng),
  'yarp-gateway.log': yarpLog(rng),
  'cloudaudit-activity.json': cloudAuditLog(rng),
  'execution-history.ndjson': stepFunctionsLog(rng),
  'tiket-api.log': ringLog(rng),
  'boarding-granian.log': granianLog(rng),
  'kuma-sidecar.log': kumaLog(rng),
  'lautkita-logs_index_indexing_slowlog.json': esSlowlog(rng),
  'gcloud-builds-log.txt': cloudBuildLog(rng),
  'backoffice-yesod.log': waiLog(rng),
  'repartos-http4k.log': http4kLog(rng),
  'mailgun-events.ndjson': mailgunLog(rng),
  'recetas-warp.log': warpLog(rng),
});
