// Writes corpus/logs-in-the-wild/heldout19/: a nineteenth held-out part, in formats no other part uses (HAProxy 3.2's
// JSON log-format, `az containerapp logs show` of an ASP.NET Core service on Azure Container Apps, Grafana Loki's
// `logcli query` output, `kubectl logs --prefix` of Argo CD, a GitHub Actions self-hosted runner's Worker diag log, a
// Charles Proxy JSON session, a Node worker under `NODE_DEBUG=http`, `tkn pipelinerun logs` of a Tekton pipeline, Azure
// Front Door's WAF log, Datadog's Logs Search API results, a Gatling run with the failed-request dumps at DEBUG, a
// Micronaut service with its HTTP client at TRACE, Cloudflare Logpush `firewall_events`, a Playwright run under
// `DEBUG=pw:api`), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout19.mjs     rewrites heldout19/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that
// no planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Two companies: Hearthstead, a US marketplace that books plumbers, electricians and handymen (English, nine logs), and
// Stadtwerke Lindenau, a German municipal utility with a customer portal and a charging network (German, five logs).
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, goJson, iso, lowerNum, MONTHS, pad, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 14, 7, 0, 0);

/** When each single-use ticket was first used: a replay's reason states the real gap between its two lines. */
const firstUse = {};
const gap = (name, t) => Math.round((t - firstUse[name]) / 1000);

// Hearthstead (English).
const WWW = 'www.hearthstead.example';
const APP = 'app.hearthstead.example';
const API = 'api.hearthstead.example';
const ID = 'id.hearthstead.example';
const PRO_UA = 'HearthsteadPro/7.4.1 (Android 16; Pixel 9a) okhttp/5.3.0';
const TRADES = ['plumbing', 'electrical', 'handyman', 'hvac', 'roofing', 'painting'];
const zip = (rng) => rng.pick(['78701', '78704', '78745', '78758', '73301', '78613']);
const jobId = (rng) => `J-${rng.int(300000, 399999)}`;
const proId = (rng) => `P-${rng.int(10000, 99999)}`;

// Stadtwerke Lindenau (German).
const KP = 'kundenportal.stadtwerke-lindenau.example';
const SWL = 'www.stadtwerke-lindenau.example';
const LOGIN = 'login.stadtwerke-lindenau.example';
const LAPI = 'api.stadtwerke-lindenau.example';
const LADE = 'app.ladenetz-lindenau.example';
const kundennr = (rng) => `40${digits(rng, 6)}`;
const zaehler = (rng) => `1ESY11${digits(rng, 8)}`;
const ladepunkt = (rng) => `DE*LIN*E${pad(rng.int(1, 120), 4)}*${rng.int(1, 2)}`;

/** A fraction of a second with `n` digits: the milliseconds of `ms`, then random digits. */
const frac = (rng, ms, n) => `${pad(ms % 1000, 3)}${digits(rng, n - 3)}`;

// ---------------------------------------------------------------------------------------------------------------------
// edge-haproxy.log: `docker logs edge-haproxy` of HAProxy 3.2 in front of Hearthstead's web app, its identity provider
// (Zitadel) and the pros' API, with `log stdout format raw local0` and a log-format in HAProxy 3's JSON encoding:
// `%{+json}o %(client_ip)ci %(client_port)cp %(request_date)tr %(frontend_name)ft %(backend_name)b %(server_name)s
// %(time_request)TR %(time_queue)Tw %(time_connect)Tc %(time_response)Tr %(time_active)Ta %(status_code)ST
// %(bytes_read)B %(termination_state)tsc %(captured_request_headers)hrl %(http_request)r`. HAProxy writes
// `{"name": value, "name": value}` (a space after each colon and comma), numbers bare, `%hrl` as a JSON array of the
// captures (Host, Referer, User-Agent and, added to debug the pros' API, Authorization; `"-"` for a header not sent),
// `%tr` in local time with milliseconds (the container runs in UTC), `%r` with the absolute URI for HTTP/2 requests;
// in captures and the request `"`, `#`, `{`, `|`, `}` would be written `#XX`.
// https://docs.haproxy.org/3.2/configuration.html#8.2.6, https://www.haproxy.com/blog/encoding-haproxy-logs-in-machine-readable-json-or-cbor

function haproxyLog(rng) {
  const s = (v) => JSON.stringify(String(v));
  const hapDate = (ms) => {
    const d = new Date(ms);
    return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${iso(ms).slice(11, 23)}`;
  };
  const render = (e, rng) => {
    const host = e.vhost ?? APP;
    const req = e.h1 ? `${e.method} ${target(e)} HTTP/1.1` : `${e.method} https://${host}${target(e)} HTTP/2.0`;
    const backend = e.backend ?? 'be_app';
    const server = e.server ?? `${backend.slice(3)}${rng.int(1, 3)}`;
    const tr = e.h1 ? rng.int(0, 2) : 0;
    const tc = rng.int(0, 1);
    const ta = tr + tc + e.ms + rng.int(0, 2);
    const fields = [
      ['client_ip', s(e.ip)], ['client_port', e.port], ['request_date', s(hapDate(e.t))], ['frontend_name', s('fe_https~')],
      ['backend_name', s(backend)], ['server_name', s(server)], ['time_request', tr], ['time_queue', 0], ['time_connect', tc],
      ['time_response', e.ms], ['time_active', ta], ['status_code', e.status], ['bytes_read', e.bytes], ['termination_state', s('----')],
      ['captured_request_headers', `[${[host, (e.referer ?? '-').slice(0, 256), e.ua.slice(0, 128), e.authz ?? '-'].map(s).join(', ')}]`],
      ['http_request', s(req)],
    ];
    return [`{${fields.map(([k, v]) => `"${k}": ${v}`).join(', ')}}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/services/${rng.pick(TRADES)}`, query: `zip=${zip(rng)}`, referer: `https://${WWW}/` }),
      () => ({ path: `/_next/static/chunks/${rng.hex(16)}.js`, bytes: rng.int(20000, 160000), referer: `https://${APP}/book` }),
      () => ({ path: '/api/availability', query: `trade=${rng.pick(TRADES)}&zip=${zip(rng)}&date=2026-12-${rng.int(15, 23)}`, referer: `https://${APP}/book`, ms: rng.int(20, 140) }),
      () => ({ method: 'POST', path: '/api/bookings', status: 201, bytes: rng.int(300, 900), referer: `https://${APP}/book/confirm` }),
      () => ({ vhost: API, backend: 'be_api', h1: true, ua: PRO_UA, path: '/v2/config/mobile', query: `platform=android&build=${rng.int(7400, 7412)}`, bytes: rng.int(800, 2400) }),
      () => ({ vhost: ID, backend: 'be_zitadel', path: '/ui/login/login', query: `authRequestID=${digits(rng, 18)}`, referer: `https://${APP}/` }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'haproxy-json-intuit-quickbooks-callback-code', 'warning', `${WHY.code} A pro connects QuickBooks for invoicing: Intuit returns \`/integrations/quickbooks/callback?code=AB11…&state=…&realmId=…\`, which \`%r\` writes whole.`, ({ rng }) => {
      const code = `AB11${rng.int(700000000, 799999999)}${rng.alnum(38)}`;
      return { value: code, event: { path: '/integrations/quickbooks/callback', query: `code=${code}&state=${rng.b64url(32)}&realmId=${digits(rng, 19)}`, status: 302, bytes: 0, referer: 'https://appcenter.intuit.com/' } };
    }),
    4,
    plant('negative', 'haproxy-json-hubspot-hsenc', 'none', "HubSpot's e-mail tracking parameters (`_hsenc=p2ANqtz-…&_hsmi=…`) on a newsletter link: tracking ids, no credential.", ({ rng }) => {
      const v = `p2ANqtz-${rng.b64url(86)}`;
      return { value: v, event: { vhost: WWW, path: '/blog/winterize-your-pipes', query: `utm_source=hs_email&utm_medium=email&_hsenc=${v}&_hsmi=${digits(rng, 9)}` } };
    }),
    4,
    plant('path-secret', 'haproxy-json-pro-join-invitation-path', 'error', WHY.pathSecret('A pro invited to join a company account (`/pros/join/<token>`): the request line of the invitation link'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { path: `/pros/join/${token}`, referer: '-', ua: BROWSERS[4] } };
    }),
    4,
    plant('replay', 'claim_ticket-opaque', 'note', WHY.ticketFirst('An opaque `claim_ticket` in the lead link a pro receives by SMS (`/leads/claim?claim_ticket=…`, one claim per lead)'), ({ rng, t }) => {
      firstUse.claim = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { path: '/leads/claim', query: `claim_ticket=${tk}&lead=L-${rng.int(500000, 599999)}`, ip: '198.51.100.64', ua: BROWSERS[2], status: 302, bytes: 0 } };
    }, { ref: 'claim' }),
    3,
    plant('replay', 'claim_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('claim').value, why: `${WHY.replay('claim_ticket', gap('claim', t))} \`client_ip\` shows the two clients.` }], event: { path: '/leads/claim', query: `claim_ticket=${refs.get('claim').value}&lead=L-${rng.int(500000, 599999)}`, ip: '203.0.113.77', ua: BROWSERS[4], status: 302, bytes: 0 } }), { replayOf: 'claim', after: 43 }),
    4,
    plant('header-dump', 'haproxy-json-captured-authorization-bearer', 'error', "The `Authorization` capture added to debug the pros' API puts the app's bearer token in `captured_request_headers`.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { vhost: API, backend: 'be_api', h1: true, ua: PRO_UA, path: '/v2/pro/jobs', query: 'status=open&page=1', authz: `Bearer ${tok}`, bytes: rng.int(2000, 9000) } };
    }),
    4,
    plant('id-token', 'haproxy-json-zitadel-end_session-id_token_hint', 'error', "Sign-out through Zitadel's end-session endpoint (`/oidc/v1/end_session?id_token_hint=<ID token>&…`), written by `%r`, with the line's `request_date`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 43200, age: 5400, alg: 'RS256', kid: digits(rng, 18), claims: { iss: `https://${ID}`, sub: digits(rng, 18), aud: [digits(rng, 18), digits(rng, 18)], azp: digits(rng, 18), auth_time: Math.floor(t / 1000) - 5500, amr: ['pwd'], sid: `V1_${digits(rng, 18)}` } });
      return { value: token.token, jwt: token.facts, event: { vhost: ID, backend: 'be_zitadel', path: '/oidc/v1/end_session', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${APP}%2F&state=${rng.alnum(16)}`, status: 302, bytes: 0, referer: `https://${APP}/account` } };
    }),
    4,
    plant('webhook', 'haproxy-json-inbound-calendly-webhook-secret-path', 'error', WHY.webhook("Calendly posts new estimate visits to the app's own webhook URL, whose last segment is its only secret (`/hooks/calendly/<40 hex>`)"), ({ rng }) => {
      const secret = rng.hex(40);
      return { value: secret, event: { method: 'POST', h1: true, path: `/hooks/calendly/${secret}`, status: 204, bytes: 0, ua: 'Faraday v2.12.2', ip: publicIp(rng) } };
    }),
    4,
    plant('negative', 'haproxy-json-linkedin-li_fat_id', 'none', "LinkedIn's `li_fat_id=` click id on an ad landing page: a tracking id, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { vhost: WWW, path: '/pros', query: `utm_source=linkedin&utm_campaign=recruit-electricians&li_fat_id=${v}` } };
    }),
    4,
    plant('embed-jwt', 'haproxy-json-embed-availability-expired', 'note', "A partner's site still embeds yesterday's availability widget (`/embed/availability/<JWT>`): the token expired a day before the line's `request_date`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 86400 + 3600 + rng.int(60, 900), claims: { partner: 'plumbfast', trade: 'plumbing', zip: zip(rng) } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/availability/${token.token}`, referer: 'https://www.plumbfast-partner.example/', status: 401, bytes: 120 } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: APP }, filler: (rng) => ({ ms: rng.int(4, 90), ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// payouts-api-logs.json: `az containerapp logs show -n payouts-api -g rg-hearthstead-prod --revision payouts-api--v42
// --tail 300` (format json, the default) of the pros' payouts service, ASP.NET Core 9 on Azure Container Apps: the two
// lines of the log stream's connection first (`"TimeStamp"` without a zone), then the container's console output one
// line a record, `{"TimeStamp":"<time with up to 7 fractional digits>+00:00","Log":"<line>"}`, the line escaped the way
// System.Text.Json escapes by default (`&` `\u0026`, `+` `\u002B`, `"` `\u0022`, `'` `\u0027`, `<` `\u003C`). The app
// writes ASP.NET Core's default console format (`info: <category>[<event id>]` and the message on the next line,
// indented six spaces; no time of its own): hosting's `Request starting` and `Request finished` with the URL, and
// IHttpClientFactory's lines (.NET 9 writes the query of an outgoing URI as `?*`, not its path).
// https://learn.microsoft.com/en-us/azure/container-apps/log-streaming, https://learn.microsoft.com/en-us/cli/azure/containerapp/logs,
// https://learn.microsoft.com/en-us/dotnet/core/extensions/console-log-formatter, https://learn.microsoft.com/en-us/dotnet/core/compatibility/networking/9.0/query-redaction-logs

function containerAppsLog(rng) {
  const HOST = 'payouts.hearthstead.example';
  const enc = (text) =>
    text.replace(/[\\"&'+<>`\u0000-\u001f\u007f-\uffff]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`));
  const stamp = (ms, rng) => `${iso(ms).slice(0, 19)}.${frac(rng, ms, 7).replace(/0+$/, '') || '0'}+00:00`;
  const msg = (level, cat, id, text) => `${level}: ${cat}[${id}]\n      ${text.split('\n').join('\n      ')}`;
  const request = (e) => {
    const url = `http://${HOST}${target(e)}`;
    const ctype = e.ctype ?? (e.status === 204 || e.status === 302 ? '-' : 'application/json;+charset=utf-8');
    return [
      [0, msg('info', 'Microsoft.AspNetCore.Hosting.Diagnostics', 1, `Request starting HTTP/1.1 ${e.method} ${url} - ${e.reqType ?? '-'} ${e.reqLen ?? '-'}`)],
      ...(e.app ?? []).map((text) => [1, text]),
      [e.ms, msg('info', 'Microsoft.AspNetCore.Hosting.Diagnostics', 2, `Request finished HTTP/1.1 ${e.method} ${url} - ${e.status} ${ctype === '-' ? 0 : e.bytes} ${ctype} ${e.ms}.${digits(rng, 4)}ms`)],
    ];
  };
  // Each output line is a record of its own, a little after the one before (`dt`: ms after the event's start).
  const render = (e, rng) => {
    const texts = e.out ? e.out.map((x) => (Array.isArray(x) ? x : [0, x])) : request(e);
    let last = e.t - 1;
    return texts.flatMap(([dt, text]) => text.split('\n').map((line) => {
      last = Math.max(last + 1, e.t + dt);
      return `{"TimeStamp":"${stamp(last, rng)}","Log":"${enc(line)}"}`;
    }));
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/payouts', query: `status=pending&page=${rng.int(1, 4)}` }),
      () => ({ path: `/v1/pros/${proId(rng)}/balance` }),
      () => ({ path: '/healthz', ua: 'kube-probe/1.32', ms: rng.int(0, 2), ctype: 'text/plain', bytes: 7 }),
      () => ({ method: 'POST', path: '/v1/payouts/batch', status: 202, reqType: 'application/json', reqLen: rng.int(200, 900), app: [msg('info', 'Hearthstead.Payouts.Batches.BatchService', 0, `Queued batch ${rng.int(9000, 9999)} with ${rng.int(2, 40)} payouts`)] }),
      () => ({ out: [msg('info', 'Hearthstead.Payouts.Jobs.SettlementJob', 0, `Settled ${rng.int(3, 60)} payouts for 2026-12-13 in ${rng.int(200, 2000)} ms`)] }),
    ])();
  const CONNECT = DAY0 + 2 * HOUR + 47 * 60000;
  const header = [
    `{"TimeStamp":"${iso(CONNECT).slice(0, 19)}.${frac(rng, CONNECT, 5)}","Log":"Connecting to the container 'payouts-api'..."}`,
    `{"TimeStamp":"${iso(CONNECT + 17).slice(0, 19)}.${frac(rng, CONNECT + 17, 5)}","Log":"Successfully Connected to container: 'payouts-api' [Revision: 'payouts-api--v42', Replica: 'payouts-api--v42-6d9f7c8b5-x2kq9']"}`,
  ];
  const steps = [
    { raw: { out: [msg('info', 'Microsoft.Hosting.Lifetime', 14, 'Now listening on: http://[::]:8080'), msg('info', 'Microsoft.Hosting.Lifetime', 0, 'Application started. Press Ctrl+C to shut down.'), msg('info', 'Microsoft.Hosting.Lifetime', 0, 'Hosting environment: Production'), msg('info', 'Microsoft.Hosting.Lifetime', 0, 'Content root path: /app')] }, after: 0 },
    plant('framework-dump', 'containerapps-aspnet-options-json-plaid-secret', 'error', "The service logs its effective options at start-up with `JsonSerializer.Serialize` (`{\"Plaid\":{\"ClientId\":…,\"Secret\":…}}`), which the log stream escapes again (`\\u0022`): Plaid's secret in the Log field.", ({ rng }) => {
      const secret = rng.hex(30);
      return { value: secret, event: { out: [msg('info', 'Hearthstead.Payouts.Startup', 0, `Effective options: {"Plaid":{"Environment":"production","ClientId":"${rng.hex(24)}","Secret":"${secret}"},"Payouts":{"BatchSize":50,"Currency":"usd"}}`)] } };
    }, { after: 1 }),
    4,
    plant('negative', 'containerapps-aspnet-stripe-idempotency-key', 'none', "A Stripe `Idempotency-Key` (a uuid the service makes per transfer) in an app line: a retry key, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { out: [msg('info', 'Hearthstead.Payouts.Stripe.TransferClient', 0, `Creating transfer for po_${rng.alnum(14)} with Idempotency-Key ${v}`)] } };
    }),
    4,
    plant('replay', 'containerapps-aspnet-confirm_ticket-logged-twice', 'note', WHY.ticketFirst("An opaque `confirm_ticket` a pro's payout confirmation link carries (`/v1/payouts/confirm?confirm_ticket=…`); hosting writes the URL in `Request starting` and `Request finished` of the one request (a `sameRequestAs` line: no replay)"), ({ rng }) => {
      const tk = rng.b64url(32);
      return { value: tk, event: { path: '/v1/payouts/confirm', query: `confirm_ticket=${tk}&payout=po_${rng.alnum(14)}`, status: 302, ctype: '-' } };
    }),
    4,
    plant('webhook', 'containerapps-httpclient-rocketchat-hook-path', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) the service posts failed payouts to: IHttpClientFactory's `Start processing` and `Sending` lines keep the path (.NET 9 hides only a query)"), ({ rng }) => {
      const token = rng.alnum(48);
      const url = `https://chat.hearthstead.example/hooks/${rng.alnum(17)}/${token}`;
      const cat = 'System.Net.Http.HttpClient.RocketChat';
      const elapsed = `${rng.int(60, 140)}.${digits(rng, 4)}`;
      const ms = Number(elapsed.split('.')[0]);
      return { value: token, event: { out: [msg('warn', 'Hearthstead.Payouts.Batches.BatchService', 0, `Payout po_${rng.alnum(14)} failed: account_closed`), [1, msg('info', `${cat}.LogicalHandler`, 100, `Start processing HTTP request POST ${url}`)], [2, msg('info', `${cat}.ClientHandler`, 100, `Sending HTTP request POST ${url}`)], [ms + 2, msg('info', `${cat}.ClientHandler`, 101, `Received HTTP response headers after ${elapsed}ms - 200`)], [ms + 3, msg('info', `${cat}.LogicalHandler`, 101, `End processing HTTP request after ${ms + 1}.${digits(rng, 4)}ms - 200`)]] } };
    }),
    4,
    plant('encoded', 'containerapps-aspnet-percent-encoded-json-ctx-token', 'error', "A statement download link carries its context as percent-encoded JSON (`?ctx=%7B%22proId%22…%22token%22%3A%22<token>%22%7D`): one decoding from the download token, in `Request starting` and `Request finished`.", ({ rng }) => {
      const tok = rng.alnum(40);
      const ctx = encodeURIComponent(JSON.stringify({ proId: proId(rng), month: '2026-11', token: tok }));
      return { value: tok, event: { path: '/v1/statements/download', query: `ctx=${ctx}`, ctype: 'application/pdf', bytes: rng.int(40000, 90000), ua: BROWSERS[1] } };
    }),
    4,
    plant('refresh-token', 'containerapps-app-xero-refresh_token-form', 'error', `${WHY.refresh} A pro's Xero connection fails to renew: the app logs the form it posted to Xero's token endpoint (\`grant_type=refresh_token&refresh_token=<64 hex>&…\`).`, ({ rng }) => {
      const rt = rng.hex(64);
      return { value: rt, event: { out: [msg('warn', 'Hearthstead.Payouts.Xero.XeroTokenClient', 3, `Xero token endpoint returned 400 invalid_grant for grant_type=refresh_token&refresh_token=${rt}&client_id=${rng.hex(32).toUpperCase()}`)] } };
    }),
    4,
    plant('negative', 'containerapps-app-traceparent', 'none', 'A W3C `traceparent` (`00-<trace id>-<span id>-01`) in a retry warning: a trace context, no credential.', ({ rng }) => {
      const v = `00-${rng.hex(32)}-${rng.hex(16)}-01`;
      return { value: v, event: { out: [msg('warn', 'Hearthstead.Payouts.Stripe.TransferClient', 2, `Retrying transfer after 429 (attempt 2, traceparent ${v})`)] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: HOST }, filler: (rng) => ({ ms: rng.int(3, 120), ...filler(rng) }), render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// logcli-prod.txt: `logcli query --forward --limit 400 --since 1h -z UTC '{namespace="prod", app=~"web|dispatch"}' > …
// 2>&1` against Hearthstead's Loki (logcli 3.5): the query URL and `Common labels:` on stderr first, then one entry a
// line, `<RFC 3339 time, seconds> <the stream's labels without the common ones, padded to the longest> <line>`. The web
// app (Django under gunicorn, the default access log format behind the ingress) and the dispatch service (Go, log/slog's
// TextHandler: `time=… level=… msg=…`, values with spaces or `=` quoted by strconv.Quote).
// https://grafana.com/docs/loki/latest/query/logcli/, https://docs.gunicorn.org/en/stable/settings.html#access-log-format,
// https://pkg.go.dev/log/slog#TextHandler

function logcliLog(rng) {
  const WEB = [`{app="web", container="web", pod="web-6c8d9f7b4-2kxqz"}`, `{app="web", container="web", pod="web-6c8d9f7b4-9tmwp"}`];
  const DISPATCH = `{app="dispatch", container="dispatch", pod="dispatch-7b9f5d6c8-lq4rn"}`;
  const width = Math.max(...[...WEB, DISPATCH].map((l) => l.length));
  const padL = (l) => l + ' '.repeat(width - l.length);
  const q = (v) => (v === '' || /[\s="\u0000-\u001f]/.test(v) ? JSON.stringify(v) : v);
  const slog = (ms, level, m, kv) => `time=${iso(ms)} level=${level} msg=${q(m)}${kv.map(([k, v]) => ` ${k}=${q(String(v))}`).join('')}`;
  const render = (e, rng) => {
    const ts = `${iso(e.t).slice(0, 19)}Z`;
    if (e.slog) return [`${ts} ${padL(DISPATCH)} ${slog(e.t - rng.int(1, 400), e.level ?? 'INFO', e.slog, e.kv ?? [])}`];
    const line = `10.42.${rng.int(0, 3)}.${rng.int(2, 250)} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`;
    return [`${ts} ${padL(WEB[e.port % 2])} ${line}`];
  };
  const END = DAY0 + 3 * HOUR + 40 * 60000;
  const START = END - HOUR;
  const query = '{namespace="prod", app=~"web|dispatch"}';
  const header = [
    `https://loki.ops.hearthstead.example/loki/api/v1/query_range?direction=FORWARD&end=${END}000000&limit=400&query=${encodeURIComponent(query).replace(/%20/g, '+')}&start=${START}000000`,
    'Common labels: {namespace="prod"}',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/book/${rng.pick(TRADES)}`, query: `zip=${zip(rng)}`, referer: `https://${WWW}/` }),
      () => ({ path: '/api/pros/nearby', query: `trade=${rng.pick(TRADES)}&lat=30.${digits(rng, 4)}&lng=-97.${digits(rng, 4)}` }),
      () => ({ path: '/healthz', ua: 'kube-probe/1.32', bytes: 2 }),
      () => ({ slog: 'job dispatched', kv: [['job', jobId(rng)], ['pro', proId(rng)], ['eta_min', rng.int(20, 180)]] }),
      () => ({ slog: 'offers expired', kv: [['count', rng.int(0, 9)], ['window', '15m0s']] }),
    ])();
  const steps = [
    3,
    plant('embed-jwt', 'logcli-gunicorn-embed-quote-widget-jwt-no-exp', 'error', 'A home-builder partner embeds the quote widget (`/embed/quote-widget/<JWT>`): a JWT without `exp` in the path of the gunicorn access line, with the entry\'s time', ({ rng, t }) => {
      const token = jwt(rng, t, { age: 31 * 86400, claims: { partner: 'lonestar-homes', trades: ['plumbing', 'electrical'], theme: 'light' } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/quote-widget/${token.token}`, referer: 'https://www.lonestar-homes.example/new-homes' } };
    }),
    3,
    plant('negative', 'logcli-slog-mailgun-message-id', 'none', 'A Mailgun message id (`<20261214….@mg.hearthstead.example>`) the dispatch service logs after queueing an e-mail: an id, no credential.', ({ rng, t }) => {
      const v = `<${iso(t).replace(/\D/g, '').slice(0, 14)}.${rng.hex(16)}@mg.hearthstead.example>`;
      return { value: v, event: { slog: 'email queued', kv: [['template', 'job-confirmed'], ['id', v]] } };
    }),
    3,
    plant('path-secret', 'logcli-slog-email-change-confirm-url', 'error', WHY.pathSecret('An e-mail change confirmation link (`/account/email/confirm/<token>`) that the dispatch service logs as it sends it'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { slog: 'sending email change confirmation', kv: [['user', digits(rng, 7)], ['url', `https://${APP}/account/email/confirm/${token}`]] } };
    }),
    3,
    plant('oauth-code', 'logcli-gunicorn-square-callback-code', 'warning', `${WHY.code} A pro connects Square for card payments: \`/integrations/square/callback?code=sq0cgp-…&response_type=code&state=…\` in the access line.`, ({ rng }) => {
      const code = `sq0cgp-${rng.b64url(22)}`;
      return { value: code, event: { path: '/integrations/square/callback', query: `code=${code}&response_type=code&state=${rng.hex(32)}`, status: 302, bytes: 0, referer: 'https://connect.squareup.com/' } };
    }),
    3,
    plant('api-key-name', 'logcli-slog-geocoder-license_key', 'error', WHY.apiKey('license_key') + ' A geocoding provider takes it in the query; the dispatch service logs the failing URL (`url="…&license_key=<key>"`).', ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { slog: 'geocoder request failed', level: 'WARN', kv: [['status', 429], ['url', `https://geo.routewise.example/v2/geocode?q=${rng.int(100, 9999)}+Congress+Ave+Austin+TX&license_key=${key}`]] } };
    }),
    3,
    plant('id-token', 'logcli-slog-idp-logout-redirect-id_token_hint', 'error', 'The dispatch console signs a dispatcher out: slog writes the redirect (`location="…/oidc/v1/end_session?id_token_hint=<ID token>&…"`), with the entry\'s time', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1300, alg: 'RS256', kid: digits(rng, 18), claims: { iss: `https://${ID}`, sub: digits(rng, 18), aud: [digits(rng, 18)], azp: digits(rng, 18), auth_time: Math.floor(t / 1000) - 1400, sid: `V1_${digits(rng, 18)}` } });
      return { value: token.token, jwt: token.facts, event: { slog: 'redirecting to IdP logout', kv: [['user', digits(rng, 7)], ['location', `https://${ID}/oidc/v1/end_session?id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fdispatch.hearthstead.example%2F`]] } };
    }),
    3,
    plant('refresh-token', 'logcli-slog-jobber-refresh_token-form', 'error', `${WHY.refresh} The dispatch service syncs jobs to a pro's Jobber account; a failed renewal logs the form it posted (\`form="grant_type=refresh_token&refresh_token=<token>&…"\`).`, ({ rng }) => {
      const rt = rng.b64url(43);
      return { value: rt, event: { slog: 'token refresh failed', level: 'ERROR', kv: [['provider', 'jobber'], ['status', 401], ['form', `grant_type=refresh_token&refresh_token=${rt}&client_id=${rng.hex(32)}`]] } };
    }),
    3,
    plant('negative', 'logcli-slog-otel-trace_id', 'none', 'An OpenTelemetry `trace_id` (32 hex) on a slow-request warning: a trace id, no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { slog: 'slow request', level: 'WARN', kv: [['path', '/internal/dispatch/rebalance'], ['duration', `${rng.int(2, 9)}.${digits(rng, 3)}s`], ['trace_id', v]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: START + 5 * 60000, site: { host: APP }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// argocd-incident.log: `kubectl logs -f -n argocd -l app.kubernetes.io/part-of=argocd --prefix --max-log-requests 8 |
// tee argocd-incident.log` during a failed release of Hearthstead's web app (Argo CD 3.2): kubectl's
// `[pod/<pod>/<container>] ` prefix, then logrus' text format as Argo CD writes it (`time="<RFC 3339>" level=… msg="…"`,
// the other fields sorted by name, a value quoted with Go's %q when it holds anything but letters, digits and `-._/@^+`).
// The API server's gRPC lines, the application controller's reconciliation lines, the repo server's manifest
// generation (a config management plugin's stderr in the error), the notifications controller's delivery errors.
// https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/, https://argo-cd.readthedocs.io/en/stable/operator-manual/server-commands/argocd-server/,
// https://github.com/sirupsen/logrus#formatters, https://argo-cd.readthedocs.io/en/stable/operator-manual/notifications/services/googlechat/

function argocdLog(rng) {
  const PODS = {
    server: '[pod/argocd-server-5d7f8c9b6-h2xkq/argocd-server]',
    repo: '[pod/argocd-repo-server-7c4b9d8f5-m9wzt/argocd-repo-server]',
    ctrl: '[pod/argocd-application-controller-0/argocd-application-controller]',
    notif: '[pod/argocd-notifications-controller-6f9d7b5c4-qx8lp/argocd-notifications-controller]',
  };
  const lq = (v) => (/^[a-zA-Z0-9\-._/@^+]+$/.test(v) ? v : JSON.stringify(v));
  const line = (pod, ms, level, m, fields = {}) => `${PODS[pod]} time="${iso(ms).slice(0, 19)}Z" level=${level} msg=${JSON.stringify(m)}${Object.entries('grpc.start_time' in fields ? { ...fields, 'grpc.start_time': `${iso(ms - Math.ceil(fields['grpc.time_ms'])).slice(0, 19)}Z` } : fields).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => ` ${k}=${v === '' ? '' : lq(String(v))}`).join('')}`;
  const grpc = (ms, method, service, timeMs, code = 'OK') => ({ 'grpc.code': code, 'grpc.method': method, 'grpc.service': service, 'grpc.start_time': `${iso(ms - Math.ceil(timeMs)).slice(0, 19)}Z`, 'grpc.time_ms': timeMs, 'span.kind': 'server', system: 'grpc' });
  const render = (e) => e.lines.map(([pod, dt, level, m, fields]) => line(pod, e.t + dt, level, m, fields));
  const APPS = ['web-prod', 'dispatch-prod', 'payouts-prod', 'web-staging'];
  const filler = (rng) => {
    const app = rng.pick(APPS);
    return rng.pick([
      () => ({ lines: [['server', 0, 'info', 'finished unary call with code OK', grpc(0, 'Get', 'application.ApplicationService', Number((rng.int(2, 40) + rng.next()).toFixed(3)))]] }),
      () => ({ lines: [['ctrl', 0, 'info', 'Reconciliation completed', { application: `argocd/${app}`, dedup_ms: 0, 'dest-name': '', 'dest-namespace': app.endsWith('staging') ? 'staging' : 'prod', 'dest-server': 'https://kubernetes.default.svc', diff_ms: rng.int(2, 30), 'fields.level': rng.int(0, 2), git_ms: rng.int(1, 9), health_ms: rng.int(0, 4), live_ms: rng.int(1, 9), patch_ms: 0, setop_ms: 0, settings_ms: 0, sync_ms: rng.int(0, 3), time_ms: rng.int(20, 120) }]] }),
      () => ({ lines: [['repo', 0, 'info', 'finished unary call with code OK', grpc(0, 'GenerateManifest', 'repository.RepoServerService', Number((rng.int(40, 900) + rng.next()).toFixed(3)))]] }),
      () => ({ lines: [['notif', 0, 'info', 'Processing completed', { resource: `argocd/${app}` }]] }),
    ])();
  };
  const steps = [
    3,
    plant('negative', 'argocd-ctrl-automated-sync-commit-sha', 'none', "The application controller starts an automated sync to a commit (`Initiated automated sync to '<40 hex>'`): a commit id, no credential.", ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { lines: [['ctrl', 0, 'info', `Initiated automated sync to '${sha}'`, { application: 'argocd/web-prod' }]] } };
    }),
    3,
    plant('framework-dump', 'argocd-repo-cmp-set-x-env-password', 'error', "A config management plugin's script runs under `set -x`: the repo server's error quotes its stderr, the export of `ARGOCD_ENV_DB_PASSWORD=<password>` among the traced lines.", ({ rng }) => {
      const pw = rng.alnum(24);
      const err = `rpc error: code = Unknown desc = plugin sidecar failed. error generating manifests in cmp: error generating manifests: \`sh -c "set -x; envsubst < values.tpl > values.yaml && helm template web ./chart -f values.yaml"\` failed exit status 1: + export ARGOCD_ENV_DB_PASSWORD=${pw}\n+ export ARGOCD_ENV_DB_HOST=db.prod.hearthstead.internal\n+ envsubst\nenvsubst: error: variable 'WEB_REPLICAS' not set`;
      return { value: pw, event: { lines: [['repo', 0, 'error', 'finished unary call with code Unknown', { error: err, ...grpc(0, 'GenerateManifestWithFiles', 'repository.RepoServerService', Number((rng.int(800, 2400) + rng.next()).toFixed(3)), 'Unknown') }]] } };
    }),
    3,
    plant('webhook', 'argocd-notifications-googlechat-webhook-token', 'error', WHY.webhook("A Google Chat space webhook (`…/spaces/<space>/messages?key=…&token=<token>`): the notifications controller's delivery error quotes the URL Go's HTTP client failed to post to; the token is the secret"), ({ rng }) => {
      const token = `${rng.b64url(43)}%3D`;
      return { value: token, event: { lines: [['notif', 0, 'error', `Failed to notify recipient {googlechat releases} defined in resource argocd/web-prod: Post "https://chat.googleapis.com/v1/spaces/AAQA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${token}": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`, { resource: 'argocd/web-prod' }]] } };
    }),
    3,
    plant('api-key-name', 'argocd-repo-helm-index-download_key', 'error', WHY.apiKey('download_key') + " A vendor's Helm repository takes it in the URL; the repo server's error quotes the index URL it failed to fetch.", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { lines: [['repo', 0, 'error', `failed to get index: failed to fetch https://charts.fieldkit.example/stable/index.yaml?download_key=${key} : 503 Service Unavailable`, { application: 'argocd/dispatch-prod' }]] } };
    }),
    3,
    plant('negative', 'argocd-repo-oci-chart-digest', 'none', 'An OCI Helm chart pulled by digest (`sha256:<64 hex>`): a content hash, no credential.', ({ rng }) => {
      const d = `sha256:${rng.hex(64)}`;
      return { value: d, event: { lines: [['repo', 0, 'info', 'pulled chart', { chart: 'oci://ghcr.io/hearthstead/charts/payouts', digest: d, version: '4.12.0' }]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'argocd' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// Worker_20261214-111502-utc.log: the Worker diag log of a GitHub Actions self-hosted runner (runner 2.330, on a Mac
// mini that builds Hearthstead Pro for iOS), from `_diag/`: `[<yyyy-MM-dd HH:mm:ssZ> <LEVEL> <component>] <message>`,
// the job message the runner received printed as indented JSON on untimed lines after `Job message:` (values the
// runner knows as secrets written `***`, the workflow's literal `env:` values and the event's inputs as they are), then
// the ProcessInvoker lines of each process the runner starts.
// https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/monitoring-and-troubleshooting-self-hosted-runners,
// https://github.com/actions/runner/blob/main/docs/design/contexts.md

function runnerDiagLog(rng) {
  const render = (e) => e.lines.flatMap(([dt, level, comp, m]) => {
    const [first, ...rest] = m.split('\n');
    return [`[${iso(e.t + dt * 1000).slice(0, 10)} ${iso(e.t + dt * 1000).slice(11, 19)}Z ${level} ${comp}] ${first}`, ...rest];
  });
  const WORK = '/Users/ci/actions-runner/_work/pro-ios/pro-ios';
  const proc = (file, args, pid) => [
    [0, 'INFO', 'ProcessInvokerWrapper', 'Starting process:'],
    [0, 'INFO', 'ProcessInvokerWrapper', `  File name: '${file}'`],
    [0, 'INFO', 'ProcessInvokerWrapper', `  Arguments: '${args}'`],
    [0, 'INFO', 'ProcessInvokerWrapper', `  Working directory: '${WORK}'`],
    [0, 'INFO', 'ProcessInvokerWrapper', "  Require exit code zero: 'False'"],
    [0, 'INFO', 'ProcessInvokerWrapper', '  Encoding web name:  ; code page: \'\''],
    [0, 'INFO', 'ProcessInvokerWrapper', "  Force kill process on cancellation: 'False'"],
    [0, 'INFO', 'ProcessInvokerWrapper', "  Redirected STDIN: 'False'"],
    [0, 'INFO', 'ProcessInvokerWrapper', "  Persist current code page: 'False'"],
    [0, 'INFO', 'ProcessInvokerWrapper', "  Keep redirected STDIN open: 'False'"],
    [0, 'INFO', 'ProcessInvokerWrapper', "  High priority process: 'False'"],
    [0, 'INFO', 'ProcessInvokerWrapper', `Process started with process id ${pid}, waiting for process exit.`],
    [1, 'INFO', 'ProcessInvokerWrapper', 'STDOUT/STDERR stream read finished.'],
    [1, 'INFO', 'ProcessInvokerWrapper', `Finished process ${pid} with exit code 0, and elapsed time 00:00:0${rng.int(0, 9)}.${digits(rng, 7)}.`],
  ];
  let pid = 48210;
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: proc('/usr/bin/git', rng.pick(['version', 'config --global --add safe.directory ' + WORK, 'lfs version']), pid++) }),
      () => ({ lines: [[0, 'INFO', 'JobServerQueue', `Try to append 1 batches web console lines for record '${rng.uuid()}', success rate: 1/1.`]] }),
      () => ({ lines: [[0, 'INFO', 'StepsRunner', `Processing step: DisplayName='${rng.pick(['Run fastlane beta', 'Run actions/setup-node@v5', 'Cache CocoaPods', 'Run pod install'])}'`], [0, 'INFO', 'StepsRunner', 'Starting the step.']] }),
      () => {
        const [name, dir] = rng.pick([['Bin', 'bin'], ['Work', '_work'], ['Temp', '_work/_temp'], ['Actions', '_work/_actions'], ['Tools', '_work/_tool']]);
        return { lines: [[0, 'INFO', 'HostContext', `Well known directory '${name}': '/Users/ci/actions-runner/${dir}'`]] };
      },
    ])();
  const jobMessage = (rng, marks) => {
    const ctx = (pairs) => ({ t: 2, d: pairs.map(([k, v]) => ({ k, v })) });
    const msgObj = {
      fileTable: ['.github/workflows/release-ios.yml'],
      mask: [{ type: 'regex', value: '***' }, { type: 'regex', value: '***' }],
      steps: [
        { type: 'action', reference: { type: 'repository', name: 'actions/checkout', ref: 'v5', repositoryType: 'GitHub' }, contextName: '__actions_checkout', id: rng.uuid(), name: '__actions_checkout' },
        { type: 'action', reference: { type: 'script' }, displayNameToken: { type: 0, lit: 'Run fastlane beta' }, contextName: '__run', inputs: { type: 2, map: [{ Key: 'script', Value: 'bundle exec fastlane beta' }] }, id: rng.uuid(), name: '__run' },
      ],
      variables: { 'system.github.token': { value: '***', isSecret: true }, 'system.github.job': { value: 'release' }, 'system.phaseDisplayName': { value: 'release' }, 'DistributedTask.NewActionMetadata': { value: 'true' } },
      messageType: 'PipelineAgentJobRequest',
      plan: { scopeIdentifier: '00000000-0000-0000-0000-000000000000', planType: 'actions', version: 0, planId: rng.uuid(), planGroup: null, artifactUri: null, artifactLocation: null, definition: null, owner: null },
      timeline: { id: rng.uuid(), changeId: 1, location: null },
      jobId: rng.uuid(),
      jobDisplayName: 'release',
      jobName: '__default',
      requestId: rng.int(4000, 9000),
      lockedUntil: '0001-01-01T00:00:00',
      resources: { endpoints: [{ data: { CacheServerUrl: `https://acghubeus1.actions.githubusercontent.com/${rng.alnum(50)}/`, ResultsServiceUrl: 'https://results-receiver.actions.githubusercontent.com/' }, name: 'SystemVssConnection', url: `https://pipelinesghubeus23.actions.githubusercontent.com/${rng.alnum(50)}/`, authorization: { parameters: { AccessToken: '***' }, scheme: 'OAuth' }, isShared: false, isReady: true }], repositories: [], containers: [] },
      contextData: {
        github: ctx([['event_name', 'workflow_dispatch'], ['ref', 'refs/heads/main'], ['sha', marks.sha], ['repository', 'hearthstead/pro-ios'], ['run_id', String(rng.int(19000000000, 19999999999))], ['run_number', '812'], ['event', ctx([['inputs', ctx([['lane', 'beta'], ['callback', marks.callback]])], ['ref', 'refs/heads/main']])]]),
        needs: { t: 2 },
        inputs: ctx([['lane', 'beta'], ['callback', marks.callback]]),
      },
      workspace: {},
      environmentVariables: [{ type: 2, map: [{ Key: 'FASTLANE_SKIP_UPDATE_CHECK', Value: '1' }, { Key: 'RELEASE_CHANNEL_WEBHOOK', Value: marks.webhook }, { Key: 'SIGNING_SERVICE_KEY', Value: marks.key }, { Key: 'MATCH_PASSWORD', Value: { type: 3, expr: 'secrets.MATCH_PASSWORD' } }] }],
      defaults: [],
      actionsEnvironment: null,
    };
    return ` ${JSON.stringify(msgObj, null, 2)}`;
  };
  const steps = [
    { raw: { lines: [[0, 'INFO', 'HostContext', 'No proxy settings were found based on environmental variables (http_proxy/https_proxy/HTTP_PROXY/HTTPS_PROXY)'], [0, 'INFO', 'Worker', 'Version: 2.330.0'], [0, 'INFO', 'Worker', 'Commit: 0f5a8e1c2b7d9e4f6a3b8c1d0e2f4a6b8c9d1e3f'], [0, 'INFO', 'Worker', 'Culture: en-US'], [0, 'INFO', 'Worker', 'UI Culture: en-US'], [0, 'INFO', 'Worker', 'Waiting to receive the job message from the channel.'], [0, 'INFO', 'ProcessChannel', `Receiving message of length ${rng.int(20000, 40000)}, with hash '${rng.hex(64)}'`], [0, 'INFO', 'Worker', 'Message received.']] }, after: 0 },
    plant('webhook', 'runner-job-message-env-teams-workflow-sig', 'error', WHY.webhook("A Microsoft Teams workflow (Power Automate) URL written into the workflow's `env:` as a literal, not a secret: the job message the Worker prints keeps it, `sig=<signature>` being its only secret"), ({ rng }) => {
      const sig = rng.b64url(43);
      const key = rng.alnum(40);
      const b64 = Buffer.from(`https://deploy.hearthstead.example/api/builds/done?token=${rng.alnum(40)}`).toString('base64');
      const sha = rng.hex(40);
      const webhook = `https://prod-41.westus.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`;
      return {
        marks: [
          { value: sig },
          { value: key, category: 'api-key-name', kind: 'runner-job-message-env-SIGNING_SERVICE_KEY', expect: 'error', why: WHY.apiKey('SIGNING_SERVICE_KEY') + " The workflow's `env:` holds it as a literal: the job message's `environmentVariables` print it (a `${{ secrets.… }}` value there is an expression, no value)." },
          { value: b64, category: 'encoded', kind: 'runner-job-message-input-base64-callback-url', expect: 'error', why: "The dispatch input `callback` is base64 of `https://deploy…/api/builds/done?token=<token>`: one decoding from the deploy service's token, printed twice (the event's inputs and the `inputs` context); the first is the label." },
          { value: '"AccessToken": "***"', category: 'negative', kind: 'runner-job-message-masked-accesstoken', expect: 'none', why: "The runner's own access token, written `***` by its secret masker: no value." },
          { value: sha, category: 'negative', kind: 'runner-job-message-github-sha', expect: 'none', why: 'The commit being built (`sha`, 40 hex): a commit id, no credential.' },
        ],
        event: { lines: [[0, 'INFO', 'Worker', `Job message:\n${jobMessage(rng, { webhook, key, callback: b64, sha })}`]] },
      };
    }, { after: 0 }),
    { raw: { lines: [[0, 'INFO', 'Worker', 'Job ID ' + rng.uuid()], [0, 'INFO', 'Worker', 'Initialize job context'], [1, 'INFO', 'JobRunner', 'Job request 6283 for plan received.'], [1, 'INFO', 'JobRunner', 'Starting the job execution context.']] } },
    12,
    { raw: { lines: [[0, 'INFO', 'JobRunner', 'Job result after all job steps finish: Succeeded'], [1, 'INFO', 'JobRunner', 'Completing the job execution context.'], [2, 'INFO', 'Worker', 'Job completed.']] } },
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR + 15 * 60000 + 2000, site: { host: 'runner' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hearthstead-pro-signin.chlsj: a Charles Proxy 5 session a QA engineer saved as JSON (File > Export Session… > JSON
// Session File) while testing the Pro app's sign-in on a phone: one array of transactions as Jackson's default pretty
// printer writes it (`[ {`, `"key" : value`, `}, {`, arrays of scalars on one line), each with `status`, `method`,
// `host`, `path`, `query`, the connection, `times` in the tester's zone (Central, -06:00), `durations`, and the request
// and response with `header.firstLine` and `header.headers` as name/value objects and `body.text`.
// https://www.charlesproxy.com/documentation/using-charles/sessions/, https://github.com/FasterXML/jackson-core/blob/2.19/src/main/java/com/fasterxml/jackson/core/util/DefaultPrettyPrinter.java

function charlesLog(rng) {
  const jackson = (v, indent = '') => {
    if (Array.isArray(v)) return v.length ? `[ ${v.map((x) => jackson(x, indent)).join(', ')} ]` : '[ ]';
    if (v && typeof v === 'object') {
      const keys = Object.keys(v);
      if (!keys.length) return '{ }';
      const inner = `${indent}  `;
      return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)} : ${jackson(v[k], inner)}`).join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  const local = (ms) => `${iso(ms - 6 * HOUR).slice(0, 23)}-06:00`;
  let count = 0;
  const render = (e, rng) => {
    if (e.end) return ['} ]'];
    const host = e.h ?? API;
    const query = e.query || null;
    const reqHeaders = [['Host', host], ['User-Agent', 'HearthsteadPro/7.4.1 (iPhone; iOS 26.1; Scale/3.00)'], ['Accept', e.accept ?? 'application/json'], ['Accept-Language', 'en-US,en;q=0.9'], ...(e.reqH ?? []), ...(e.body ? [['Content-Type', e.ctype ?? 'application/x-www-form-urlencoded'], ['Content-Length', String(Buffer.byteLength(e.body))]] : [])];
    const resBody = e.resBody ?? (e.status === 302 ? '' : '{"ok":true}');
    const resHeaders = [['Date', new Date(e.t).toUTCString()], ['Content-Type', e.status === 302 ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8'], ['Content-Length', String(Buffer.byteLength(resBody))], ...(e.resH ?? [])];
    const dur = e.ms + rng.int(5, 40);
    const tx = {
      status: 'COMPLETE', method: e.method, protocolVersion: 'HTTP/1.1', scheme: 'https', host, actualPort: 443, path: e.path, query, tunnel: false, keptAlive: true, webSocket: false,
      remoteAddress: `${host}/${e.h === ID ? '198.51.100.30' : '198.51.100.41'}`, clientAddress: '/192.168.1.37', clientPort: e.port,
      times: { start: local(e.t), requestBegin: local(e.t + 1), requestComplete: local(e.t + 2), responseBegin: local(e.t + dur - 3), end: local(e.t + dur) },
      durations: { total: dur, dns: 0, connect: 0, ssl: 0, request: 1, response: 3, latency: dur - 4 },
      speeds: { overall: Math.round((1000 * (700 + resBody.length)) / dur), request: 0, response: 0 },
      totalSize: 700 + Buffer.byteLength(resBody),
      ssl: { protocol: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
      request: { sizes: { headers: rng.int(300, 700), body: e.body ? Buffer.byteLength(e.body) : 0 }, mimeType: e.body ? (e.ctype ?? 'application/x-www-form-urlencoded') : null, charset: null, contentEncoding: null, header: { firstLine: `${e.method} ${target(e)} HTTP/1.1`, headers: reqHeaders.map(([name, value]) => ({ name, value })) }, ...(e.body ? { body: { text: e.body, charset: 'UTF-8' } } : {}) },
      response: { status: e.status, sizes: { headers: rng.int(150, 500), body: Buffer.byteLength(resBody) }, mimeType: e.status === 302 ? 'text/html' : 'application/json', charset: 'utf-8', contentEncoding: null, header: { firstLine: `HTTP/1.1 ${e.status} ${({ 302: 'Found', 400: 'Bad Request', 401: 'Unauthorized' })[e.status] ?? 'OK'}`, headers: resHeaders.map(([name, value]) => ({ name, value })) }, ...(resBody ? { body: { text: resBody, charset: 'utf-8' } } : {}) },
    };
    const lines = jackson(tx).split('\n');
    lines[0] = count++ === 0 ? '[ {' : '}, {';
    lines.pop();
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v2/config/mobile', query: `platform=ios&build=${rng.int(7400, 7412)}`, resBody: '{"minBuild":7400,"features":{"instantPayout":true}}' }),
      () => ({ path: '/v2/categories', resBody: '{"categories":["plumbing","electrical","handyman","hvac"]}' }),
      () => ({ h: ID, path: '/.well-known/openid-configuration', resBody: `{"issuer":"https://${ID}","authorization_endpoint":"https://${ID}/oauth/v2/authorize"}` }),
    ])();
  const steps = [
    2,
    plant('implicit-fragment', 'charles-location-custom-scheme-access_token', 'error', "The Pro app's old in-app help widget still signs in with the implicit grant: the identity provider's `Location: hearthsteadpro://widget#access_token=<token>&token_type=Bearer…` in the saved response headers.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { h: ID, path: '/oauth/v2/authorize', query: `response_type=token&client_id=${digits(rng, 18)}&redirect_uri=hearthsteadpro%3A%2F%2Fwidget&state=${rng.alnum(16)}`, status: 302, accept: 'text/html', resH: [['Location', `hearthsteadpro://widget#access_token=${tok}&token_type=Bearer&expires_in=3600&state=${rng.alnum(16)}`]] } };
    }),
    2,
    plant('oauth-code', 'charles-location-custom-scheme-code', 'warning', `${WHY.code} The sign-in returns to the app by its custom scheme: \`Location: hearthsteadpro://auth/callback?code=<code>&state=…\` in the saved response headers.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { h: ID, path: '/ui/login/login/success', query: `authRequestID=${digits(rng, 18)}`, status: 302, accept: 'text/html', resH: [['Location', `hearthsteadpro://auth/callback?code=${code}&state=${rng.alnum(32)}`]] } };
    }),
    2,
    plant('negative', 'charles-x-amzn-trace-id', 'none', 'The `X-Amzn-Trace-Id` the load balancer adds (`Root=1-<time>-<24 hex>`): a trace id, no credential.', ({ rng, t }) => {
      const v = `Root=1-${Math.floor(t / 1000).toString(16)}-${rng.hex(24)}`;
      return { value: v, event: { path: '/v2/pro/profile', resH: [['X-Amzn-Trace-Id', v]], resBody: '{"name":"Dana Ruiz","trades":["plumbing"]}' } };
    }),
    2,
    plant('session-id', 'charles-set-cookie-host-session', 'error', WHY.session('The web view of the Pro app opens a session: `Set-Cookie: __Host-hs_sess=<value>` in the saved response headers'), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { h: APP, path: '/pro/webview/start', accept: 'text/html', resH: [['Set-Cookie', `__Host-hs_sess=${sid}; Path=/; Secure; HttpOnly; SameSite=Lax`]] } };
    }),
    2,
    plant('refresh-token', 'charles-request-body-refresh_token', 'error', `${WHY.refresh} The app renews its tokens: the saved request body \`grant_type=refresh_token&refresh_token=<token>&client_id=…\`.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { h: ID, method: 'POST', path: '/oauth/v2/token', body: `grant_type=refresh_token&refresh_token=${rt}&client_id=${digits(rng, 18)}`, status: 400, resBody: '{"error":"invalid_client","error_description":"client not found"}' } };
    }),
    2,
    plant('header-dump', 'charles-request-authorization-bearer', 'error', "A call of the Pro app's API in the saved session: the request header `Authorization: Bearer <opaque token>`.", ({ rng }) => {
      const tok = rng.b64url(56);
      return { value: tok, event: { path: '/v2/pro/jobs', query: 'status=open', reqH: [['Authorization', `Bearer ${tok}`]], resBody: '{"jobs":[]}' } };
    }),
    2,
    plant('path-secret', 'charles-verify-email-path', 'error', WHY.pathSecret("The tester opens the e-mail verification link in the app (`/pros/verify-email/<token>`): the session writes it in `path` and the request's `firstLine`"), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { h: APP, path: `/pros/verify-email/${token}`, accept: 'text/html', resBody: '{"verified":true}' } };
    }),
    2,
    plant('negative', 'charles-if-none-match-etag', 'none', 'A conditional request with `If-None-Match: "<32 hex>"`: an ETag, no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { path: '/v2/categories', reqH: [['If-None-Match', `"${v}"`]], resBody: '{"categories":["plumbing","electrical","handyman","hvac"]}' } };
    }),
    1,
    { raw: { end: true } },
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: API }, filler: (rng) => ({ method: 'GET', status: 200, ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// reminder-worker.log: the output (stdout and stderr) of Hearthstead's reminder worker, Node 24 started with
// `NODE_DEBUG=http`: the http module's debug lines on stderr, `HTTP <pid>: <message>` without a time (the agent's
// `createConnection <name> <options>` prints the request options through util.inspect, over several lines: a null
// prototype object with the URL's `search`, `pathname` and `href`, the `headers` object, and `path: null` from the
// agent), and the worker's own ISO-timed lines on stdout. Requests are made with `https.request(url, options)`.
// https://nodejs.org/api/cli.html#node_debugmodule, https://github.com/nodejs/node/blob/v24.x/lib/_http_agent.js,
// https://nodejs.org/api/util.html#utilinspectobject-options

function nodeDebugLog(rng) {
  const PID = 2741;
  const dbg = (m) => `HTTP ${PID}: ${m}`;
  const sq = (v) => `'${String(v).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : sq(k));
  const request = (e) => {
    const u = new URL(e.url);
    const name = `${u.hostname}:443:::::::::::::::::::::`;
    // util.inspect puts the headers object on one line when it fits (compact: 3, breakLength: 80).
    const entries = Object.entries(e.headers).map(([k, v]) => `${key(k)}: ${typeof v === 'number' ? v : sq(v)}`);
    const oneLine = entries.length + (entries.length + 2 + 1 + 10) + entries.reduce((n, x) => n + x.length, 0) <= 80;
    const headerLines = oneLine ? [`  headers: { ${entries.join(', ')} },`] : ['  headers: {', ...entries.map((h, i) => `    ${h}${i < entries.length - 1 ? ',' : ''}`), '  },'];
    const opts = [
      `  protocol: 'https:',`, `  hostname: ${sq(u.hostname)},`, `  hash: '',`, `  search: ${sq(u.search)},`, `  pathname: ${sq(u.pathname)},`, '  path: null,', `  href: ${sq(u.href)},`,
      `  method: ${sq(e.verb ?? 'POST')},`, ...headerLines, '  port: 443,', `  host: ${sq(u.hostname)},`,
      '  keepAlive: true,', "  scheduling: 'lifo',", '  timeout: 5000,', '  noDelay: true,', `  servername: ${sq(u.hostname)},`, `  _agentKey: ${sq(name)}`,
    ];
    return [
      dbg('call onSocket 0 0'),
      dbg(`createConnection ${name} [Object: null prototype] {`), ...opts, '}',
      dbg(`sockets ${name} 1 1`),
      dbg('outgoing message end.'),
      dbg('AGENT incoming response!'),
      dbg('AGENT socket keep-alive'),
      dbg('CLIENT socket onFree'),
      dbg(`agent.on(free) ${name}`),
    ];
  };
  const log = (ms, text) => `${iso(ms)} ${text}`;
  const render = (e) => [...(e.before ? [log(e.t, e.before)] : []), ...(e.url ? request(e) : []), ...(e.after ? [log(e.t + e.ms, e.after)] : [])];
  const filler = (rng) =>
    rng.pick([
      () => ({ before: `reminder-worker info: ${rng.int(0, 40)} reminders due in the next 15 min` }),
      () => ({ before: `reminder-worker info: push queued pro=${proId(rng)} kind=${rng.pick(['job-reminder', 'review-request', 'payout-sent'])}`, url: 'https://push.hearthstead.example/v1/send', headers: { 'content-type': 'application/json', 'content-length': rng.int(200, 400) }, after: 'reminder-worker info: push sent' }),
      () => ({ verb: 'GET', url: `https://jobs.internal.hearthstead.example/v1/jobs/${jobId(rng)}?fields=customer,schedule`, headers: { accept: 'application/json' } }),
    ])();
  const steps = [
    { raw: { before: 'reminder-worker info: started (node v24.11.1, NODE_DEBUG=http)' }, after: 0 },
    3,
    plant('header-dump', 'node-debug-http-createconnection-authorization-bearer', 'error', "An SMS provider call: `createConnection`'s options print the request's `headers` object, `authorization: 'Bearer <token>'` on a line of its own.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { before: `reminder-worker info: sending sms job=${jobId(rng)}`, url: 'https://sms.relaypoint.example/v1/messages', headers: { 'content-type': 'application/json', authorization: `Bearer ${tok}`, 'content-length': rng.int(120, 260) }, after: 'reminder-worker info: sms accepted status=202' } };
    }),
    3,
    plant('negative', 'node-debug-http-idempotency-key', 'none', "An `'idempotency-key'` header (a uuid per push) in the options `createConnection` prints: a retry key, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { url: 'https://push.hearthstead.example/v1/send', headers: { 'content-type': 'application/json', 'idempotency-key': v, 'content-length': rng.int(200, 400) }, after: 'reminder-worker info: push sent' } };
    }),
    3,
    plant('webhook', 'node-debug-http-zapier-catch-hook', 'error', WHY.webhook("A pro's Zapier catch hook (`https://hooks.zapier.com/hooks/catch/<account>/<hook>/`): the options' `pathname` and `href` lines both hold it"), ({ rng }) => {
      const hook = `catch/${digits(rng, 8)}/${lowerNum(rng, 7)}`;
      return { value: hook, event: { before: `reminder-worker info: forwarding reminder to integration pro=${proId(rng)}`, url: `https://hooks.zapier.com/hooks/${hook}/`, headers: { 'content-type': 'application/json', 'content-length': rng.int(300, 600) }, after: 'reminder-worker info: integration accepted status=200' } };
    }),
    3,
    plant('api-key-name', 'node-debug-http-x-service-key-header', 'error', WHY.apiKey("'x-service-key'") + ' The review-request service takes it as a header; `createConnection` prints it.', ({ rng }) => {
      const k = rng.alnum(40);
      return { value: k, event: { url: 'https://reviews.hearthstead.example/v1/requests', headers: { 'content-type': 'application/json', 'x-service-key': k, 'content-length': rng.int(150, 300) }, after: 'reminder-worker info: review request created' } };
    }),
    3,
    plant('encoded', 'node-debug-http-search-base64url-json-token', 'error', "The reminder link's tracker takes its context as base64url JSON (`?s=eyJ…`, `{\"job\":…,\"token\":\"<token>\"}`): one decoding from the customer's token, in the options' `search` and `href`.", ({ rng }) => {
      const s = b64urlOf(JSON.stringify({ job: jobId(rng), token: rng.alnum(40) }));
      return { value: s, event: { verb: 'GET', url: `https://links.hearthstead.example/v1/track?s=${s}`, headers: { accept: 'application/json' }, after: 'reminder-worker info: link tracked' } };
    }),
    3,
    plant('negative', 'node-debug-worker-etag', 'none', 'The worker logs the `etag` of a cached template (`W/"<hex>"`): an ETag, no credential.', ({ rng }) => {
      const v = `W/"${rng.hex(8)}-${rng.b64url(27)}"`;
      return { value: v, event: { before: `reminder-worker info: template cache revalidated name=job-reminder etag=${v}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 30 * 60000, site: { host: 'worker' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tkn-web-release-x7k2p.log: `tkn pipelinerun logs web-release-x7k2p -n ci -f` (Tekton CLI 0.41, Pipelines 1.3) of the
// web app's release pipeline: every line of every step prefixed `[<task> : <step>] `, the steps' own output as they
// wrote it (bash `set -x` traces `+ <command>`, the catalog git-clone task's JSON line, kaniko's `INFO[<s>]` lines, npm);
// no time on any line.
// https://tekton.dev/docs/cli/, https://github.com/tektoncd/cli/blob/main/docs/cmd/tkn_pipelinerun_logs.md,
// https://github.com/tektoncd/catalog/tree/main/task/git-clone

function tknLog(rng) {
  const render = (e) => e.lines.map(([task, step, text]) => `[${task} : ${step}] ${text}`);
  const SHA = rng.hex(40);
  let kaniko = 0;
  const k = (text) => ['build-image', 'build-and-push', `INFO[${pad((kaniko += rng.int(0, 9)), 4)}] ${text}`];
  const steps = [
    { raw: { lines: [['fetch-source', 'clone', "+ '[' false = true ']'"], ['fetch-source', 'clone', '+ git config --global --add safe.directory /workspace/output'], ['fetch-source', 'clone', '+ /ko-app/git-init -url=https://github.com/hearthstead/web.git -revision=main -refspec= -path=/workspace/output/ -sslVerify=true -submodules=true -depth=1 -sparseCheckoutDirectories=']] }, after: 0 },
    plant('negative', 'tkn-git-clone-result-sha', 'none', "The git-clone task's commit (`RESULT_SHA=<40 hex>`, also in git-init's JSON line): a commit id, no credential.", ({ rng, t }) => ({ value: SHA, event: { lines: [['fetch-source', 'clone', `{"level":"info","ts":${Math.floor(t / 1000)}.${frac(rng, t, 7)},"caller":"git/git.go:176","msg":"Successfully cloned https://github.com/hearthstead/web.git @ ${SHA} (grafted, HEAD) in path /workspace/output/"}`], ['fetch-source', 'clone', '++ git rev-parse HEAD'], ['fetch-source', 'clone', `+ RESULT_SHA=${SHA}`]] } }), { after: 2 }),
    plant('api-key-name', 'tkn-npm-config-_authToken', 'error', WHY.apiKey('_authToken') + " The install step writes the private registry's token into `.npmrc` with `npm config set`, and `set -x` traces the command.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { lines: [['install', 'npmrc', `+ npm config set //npm.pkg.hearthstead.example/:_authToken ${tok}`], ['install', 'npm-ci', '+ npm ci --no-audit --no-fund']] } };
    }, { after: 4 }),
    { raw: { lines: [['install', 'npm-ci', 'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it.'], ['install', 'npm-ci', 'npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported'], ['install', 'npm-ci', ''], ['install', 'npm-ci', `added ${rng.int(1200, 1500)} packages in ${rng.int(30, 60)}s`]] }, after: 41 },
    { raw: { lines: ['availability calendar', 'booking form', 'pro profile', 'payout summary'].map((name) => ['test', 'unit', ` ✓ src/${name.replace(/ /g, '-')}.test.ts (${rng.int(3, 90)} tests) ${rng.int(40, 900)}ms`]) }, after: 22 },
    { raw: { lines: ((n) => [['test', 'unit', ''], ['test', 'unit', ' Test Files  4 passed (4)'], ['test', 'unit', `      Tests  ${n} passed (${n})`]])(rng.int(120, 200)) }, after: 1 },
    plant('encoded', 'tkn-kaniko-docker-config-base64-echo', 'error', "The image step writes kaniko's registry config from a base64 blob (`+ echo <base64> | base64 -d`): base64 of `{\"auths\":{\"ghcr.io\":{\"auth\":\"<base64 of user:token>\"}}}`, two decodings from the registry token.", ({ rng }) => {
      const inner = b64Of(`hearthstead-ci:ghp_${rng.alnum(36)}`);
      const blob = b64Of(JSON.stringify({ auths: { 'ghcr.io': { auth: inner } } }));
      return { value: blob, event: { lines: [['build-image', 'docker-config', `+ echo ${blob}`], ['build-image', 'docker-config', '+ base64 -d']] } };
    }, { after: 3 }),
    { raw: { lines: [k('Retrieving image manifest node:24-alpine'), k('Retrieving image node:24-alpine from registry index.docker.io'), k('Built cross stage deps: map[]'), k('Executing 0 build triggers'), k('Unpacking rootfs as cmd RUN npm ci requires it.'), k('COPY package*.json ./'), k('RUN npm ci --omit=dev'), k('Taking snapshot of full filesystem...'), k('COPY . .'), k('RUN npm run build'), k('Taking snapshot of full filesystem...')] }, after: 70 },
    plant('negative', 'tkn-kaniko-pushed-image-digest', 'none', "kaniko's `Pushed ghcr.io/…@sha256:<64 hex>`: an image digest, no credential.", ({ rng }) => {
      const d = rng.hex(64);
      return { value: d, event: { lines: [k(`Pushed ghcr.io/hearthstead/web@sha256:${d}`)] } };
    }, { after: 25 }),
    plant('header-dump', 'tkn-set-x-curl-authorization-github_pat', 'error', "The release-notes step calls GitHub's API with a fine-grained token: `set -x` traces curl's `-H 'Authorization: Bearer github_pat_…'`.", ({ rng }) => {
      const tok = `github_pat_${rng.alnum(22)}_${rng.alnum(59)}`;
      return { value: tok, event: { lines: [['release-notes', 'publish', '+ jq -n --arg tag 2026.12.14-3 \'{tag_name: $tag, generate_release_notes: true}\''], ['release-notes', 'publish', `+ curl -fsS -X POST -H 'Authorization: Bearer ${tok}' -H 'Accept: application/vnd.github+json' -d @notes.json https://api.github.com/repos/hearthstead/web/releases`]] } };
    }, { after: 9 }),
    plant('framework-dump', 'tkn-set-x-env-database-url-password', 'error', "The deploy step prints its environment (`+ env`) while debugging a failed migration: `DATABASE_URL=postgres://web:<password>@…` among the variables.", ({ rng }) => {
      const pw = rng.alnum(24);
      const env = ['HOSTNAME=web-release-x7k2p-deploy-pod', 'KUBERNETES_SERVICE_PORT=443', 'HOME=/tekton/home', `DATABASE_URL=postgres://web:${pw}@db.prod.hearthstead.internal:5432/web`, 'KUBERNETES_SERVICE_HOST=10.96.0.1', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NODE_ENV=production', 'PWD=/workspace/output'];
      return { value: pw, event: { lines: [['deploy', 'migrate', '+ env'], ...env.map((l) => ['deploy', 'migrate', l]), ['deploy', 'migrate', '+ npx prisma migrate deploy']] } };
    }, { after: 14 }),
    { raw: { lines: [['deploy', 'migrate', 'Prisma schema loaded from prisma/schema.prisma'], ['deploy', 'migrate', 'Datasource "db": PostgreSQL database "web", schema "public" at "db.prod.hearthstead.internal:5432"'], ['deploy', 'migrate', ''], ['deploy', 'migrate', '2 migrations found in prisma/migrations'], ['deploy', 'migrate', ''], ['deploy', 'migrate', 'No pending migrations to apply.'], ['deploy', 'rollout', '+ kubectl -n prod set image deployment/web web=ghcr.io/hearthstead/web:2026.12.14-3'], ['deploy', 'rollout', 'deployment.apps/web image updated'], ['deploy', 'rollout', '+ kubectl -n prod rollout status deployment/web --timeout=300s'], ['deploy', 'rollout', 'Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available...'], ['deploy', 'rollout', 'deployment "web" successfully rolled out']] }, after: 6 },
    plant('webhook', 'tkn-set-x-curl-webex-incoming-webhook', 'error', WHY.webhook('A Webex incoming webhook (`https://webexapis.com/v1/webhooks/incoming/<id>`): the notify step\'s traced curl command'), ({ rng }) => {
      const id = b64Of(`ciscospark://us/WEBHOOK/${rng.uuid()}`);
      return { value: id, event: { lines: [['notify', 'send', `+ curl -fsS -X POST -H 'Content-Type: application/json' -d '{"markdown":"web 2026.12.14-3 is live"}' https://webexapis.com/v1/webhooks/incoming/${id}`]] } };
    }, { after: 40 }),
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'tekton' }, filler: () => ({ lines: [] }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// PT1H.json: Azure Front Door Premium's `FrontDoorWebApplicationFirewallLog` from a diagnostic setting to a storage
// account (`insights-logs-frontdoorwebapplicationfirewalllog/…/h=14/m=00/PT1H.json`), one JSON record a line: `time`
// (seven fractional digits), `resourceId` in capitals, `category`, `operationName`, then `properties` with `clientIP`,
// `clientPort` (a string), `socketIP`, `requestUri` (with `:443`), `ruleName`, `policy`, `action`, `host`,
// `trackingReference`, `policyMode` and `details.matches` (`matchVariableName`, `matchVariableValue`: the part of the
// request the rule matched). Managed rules (DRS 2.1) in prevention mode, and custom rules that only log.
// https://learn.microsoft.com/en-us/azure/web-application-firewall/afds/waf-front-door-monitor,
// https://learn.microsoft.com/en-us/azure/frontdoor/front-door-diagnostics

function frontDoorWafLog(rng) {
  const RES = `/SUBSCRIPTIONS/${rng.uuid().toUpperCase()}/RESOURCEGROUPS/RG-HEARTHSTEAD-EDGE/PROVIDERS/MICROSOFT.CDN/PROFILES/HEARTHSTEAD-AFD`;
  const render = (e, rng) => {
    const rec = {
      time: `${iso(e.t).slice(0, 19)}.${frac(rng, e.t, 7)}Z`,
      resourceId: RES,
      category: 'FrontDoorWebApplicationFirewallLog',
      operationName: 'Microsoft.Cdn/Profiles/Write',
      properties: {
        clientIP: e.ip, clientPort: String(e.port), socketIP: e.ip, requestUri: `https://${e.host}:443${target(e)}`, ruleName: e.rule, policy: 'HearthsteadWafPolicy', action: e.action ?? 'Block', host: e.host,
        trackingReference: `0${rng.b64url(30)}${rng.pick(['DFW', 'IAH', 'ATL'])}${rng.int(30, 39)}EDGE${rng.int(1000, 1999)}`, policyMode: 'prevention', details: { matches: e.matches },
      },
    };
    return [JSON.stringify(rec)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ host: WWW, path: rng.pick(['/wp-login.php', '/.env', '/xmlrpc.php', '/.git/config']), rule: 'BlockScannerPaths', matches: [{ matchVariableName: 'RequestUri', matchVariableValue: '' }], ua: 'Mozilla/5.0 (compatible; zgrab/0.x)' }),
      () => {
        const [q, rule] = rng.pick([["1' OR 1=1--", 'SQLI-942100'], ['union select null', 'SQLI-942190'], ['<script>alert(1)</script>', 'XSS-941100']]);
        return { host: APP, path: '/api/search', query: `q=${encodeURIComponent(q)}`, rule: `Microsoft_DefaultRuleSet-2.1-${rule}`, matches: [{ matchVariableName: 'QueryParamValue:q', matchVariableValue: q }] };
      },
      () => ({ host: APP, path: '/api/bookings', method: 'POST', rule: 'RateLimitBookings', action: 'Log', matches: [{ matchVariableName: 'SocketAddr', matchVariableValue: '' }] }),
    ])();
  const fix = (e) => {
    for (const m of e.matches) if (m.matchVariableName === 'SocketAddr' && m.matchVariableValue === '') m.matchVariableValue = e.ip;
    for (const m of e.matches) if (m.matchVariableName === 'RequestUri' && m.matchVariableValue === '') m.matchVariableValue = e.path;
    return e;
  };
  const steps = [
    3,
    plant('implicit-fragment', 'frontdoor-waf-client-error-href-access_token', 'error', "The web app's error reporter sends `location.href` in a query (`/api/client-errors?href=…%23access_token%3D<token>…`); an XSS rule matched it, so `requestUri` and `matchVariableValue` hold the token of the implicit grant.", ({ rng }) => {
      const tok = rng.b64url(43);
      const href = `https://${APP}/widget#access_token=${tok}&token_type=Bearer&expires_in=3600`;
      return { value: tok, event: { host: APP, path: '/api/client-errors', query: `href=${encodeURIComponent(href)}&msg=${encodeURIComponent('<anonymous> is not defined')}`, rule: 'Microsoft_DefaultRuleSet-2.1-XSS-941100', matches: [{ matchVariableName: 'QueryParamValue:msg', matchVariableValue: '<anonymous> is not defined' }, { matchVariableName: 'QueryParamValue:href', matchVariableValue: href }] } };
    }),
    3,
    plant('negative', 'frontdoor-waf-cookie-ai_session', 'none', "Application Insights' `ai_session` cookie (`<id>|<ms>|<ms>`) a rule matched: telemetry, no credential.", ({ rng, t }) => {
      const v = `${rng.b64url(22)}|${t - rng.int(100000, 900000)}|${t}`;
      return { value: v, event: { host: APP, path: '/book', rule: 'Microsoft_DefaultRuleSet-2.1-SQLI-942430', matches: [{ matchVariableName: 'CookieValue:ai_session', matchVariableValue: v }] } };
    }),
    3,
    plant('replay', 'accept_ticket-opaque', 'note', WHY.ticketFirst('An opaque `accept_ticket` in the link that accepts a quote (`/quotes/accept?accept_ticket=…`, one acceptance per quote), logged by a custom rule that only logs'), ({ rng, t }) => {
      firstUse.accept = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { host: APP, path: '/quotes/accept', query: `accept_ticket=${tk}&quote=Q-${rng.int(100000, 199999)}`, ip: '192.0.2.45', rule: 'LogQuoteAccept', action: 'Log', matches: [{ matchVariableName: 'RequestUri', matchVariableValue: '/quotes/accept' }] } };
    }, { ref: 'accept' }),
    2,
    plant('replay', 'accept_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('accept').value, why: `${WHY.replay('accept_ticket', gap('accept', t))} \`clientIP\` shows the two clients.` }], event: { host: APP, path: '/quotes/accept', query: `accept_ticket=${refs.get('accept').value}&quote=Q-${rng.int(100000, 199999)}`, ip: '198.51.100.212', rule: 'LogQuoteAccept', action: 'Log', matches: [{ matchVariableName: 'RequestUri', matchVariableValue: '/quotes/accept' }] } }), { replayOf: 'accept', after: 96 }),
    3,
    plant('id-token', 'frontdoor-waf-form-post-id_token-sqli-false-positive', 'error', "The OpenID Connect `form_post` to `/signin-oidc` tripped a SQL comment rule (the JWT's base64url holds `--`): `matchVariableValue` of `PostParamValue:id_token` is the ID token, with the record's `time`", ({ rng, t }) => {
      let token;
      do token = jwt(rng, t, { lifetime: 600, age: 2, jti: true, alg: 'RS256', kid: digits(rng, 18), claims: { iss: `https://${ID}`, sub: digits(rng, 18), aud: [digits(rng, 18)], nonce: rng.alnum(32), auth_time: Math.floor(t / 1000) - 30, at_hash: rng.b64url(22) } });
      while (!token.token.includes('--'));
      return { value: token.token, jwt: token.facts, event: { host: APP, method: 'POST', path: '/signin-oidc', rule: 'Microsoft_DefaultRuleSet-2.1-SQLI-942440', matches: [{ matchVariableName: 'PostParamValue:id_token', matchVariableValue: token.token }] } };
    }),
    3,
    plant('path-secret', 'frontdoor-waf-rate-limit-password-reset-path', 'error', WHY.pathSecret('A rate-limit rule on the password reset pages only logs: `requestUri` holds the reset link (`/account/password/new/<token>`)'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { host: APP, path: `/account/password/new/${token}`, rule: 'RateLimitPasswordReset', action: 'Log', matches: [{ matchVariableName: 'SocketAddr', matchVariableValue: '' }] } };
    }),
    3,
    plant('negative', 'frontdoor-waf-cookie-ga', 'none', "Google Analytics' `_ga` cookie (`GA1.1.<client id>.<time>`) a rule matched: an analytics id, no credential.", ({ rng, t }) => {
      const v = `GA1.1.${rng.int(100000000, 999999999)}.${Math.floor(t / 1000) - rng.int(100000, 9000000)}`;
      return { value: v, event: { host: WWW, path: '/services/hvac', rule: 'Microsoft_DefaultRuleSet-2.1-SQLI-942200', matches: [{ matchVariableName: 'CookieValue:_ga', matchVariableValue: v }] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: APP }, filler: (rng) => filler(rng), render: (e, rng) => render(fix(e), rng), steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// datadog-kundenportal.ndjson: Datadog's Logs Search API (`POST /api/v2/logs/events/search`) results of Stadtwerke
// Lindenau's customer portal, paged and saved with `jq -c '.data[]'`: one event a line, `{"attributes":{"attributes":
// {…},"host":…,"message":…,"service":…,"status":…,"tags":[…],"timestamp":…},"id":…,"type":"log"}`. nginx access lines
// parsed by Datadog's nginx pipeline (`http.url`, `http.url_details.queryString`, `network.client.ip`; the raw line in
// `message`, its time in CET), browser logs from the SPA's Browser Logs SDK (`view.url` is the page's address, fragment
// included), and JSON logs of the billing service (Spring Boot).
// https://docs.datadoghq.com/api/latest/logs/#search-logs, https://docs.datadoghq.com/logs/log_configuration/processors/#url-parser,
// https://docs.datadoghq.com/logs/log_collection/javascript/, https://docs.datadoghq.com/integrations/nginx/

function datadogLog(rng) {
  const evId = (rng) => `AQAAAZ${rng.b64url(10)}AAAAABBWj${rng.b64url(33)}`;
  const cet = (ms) => clf(ms, 60);
  const render = (e, rng) => {
    let attrs;
    let message;
    let service;
    let host;
    let tags;
    let status = e.level ?? 'info';
    if (e.kind === 'browser') {
      service = 'kundenportal-spa';
      host = 'browser';
      message = e.msg;
      attrs = { date: e.t, http: { useragent: e.ua }, network: { client: { ip: e.ip } }, origin: 'console', session_id: rng.uuid(), view: { referrer: e.referer === '-' ? '' : e.referer, url: e.viewUrl } };
      tags = ['env:prod', 'service:kundenportal-spa', 'source:browser', 'sdk_version:6.21.2', 'version:2026.12.2'];
    } else if (e.kind === 'java') {
      service = 'abrechnung';
      host = 'abrechnung-7d9c5f6b8-k2x9q';
      message = e.msg;
      attrs = { dd: { trace_id: e.trace ?? digits(rng, 19), span_id: digits(rng, 19) }, level: status.toUpperCase(), logger: { name: e.logger, thread_name: e.thread ?? `http-nio-8080-exec-${rng.int(1, 10)}` } };
      tags = ['env:prod', 'service:abrechnung', 'source:java', 'kube_namespace:abrechnung', 'version:5.8.1'];
    } else {
      service = 'kundenportal-nginx';
      host = `kp-web-${e.port % 2 + 1}`;
      const url = target(e);
      const qs = Object.fromEntries(new URLSearchParams(e.query ?? ''));
      message = `${e.ip} - - [${cet(e.t)}] "${e.method} ${url} HTTP/2.0" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`;
      attrs = { date_access: e.t, http: { method: e.method, referer: e.referer === '-' ? undefined : e.referer, status_code: e.status, url, url_details: { path: e.path, ...(e.query ? { queryString: qs } : {}) }, useragent: e.ua, version: '2.0' }, network: { bytes_written: e.bytes, client: { ip: e.ip } } };
      tags = ['env:prod', 'service:kundenportal-nginx', 'source:nginx', 'kube_namespace:kundenportal', 'image_name:nginx', 'image_tag:1.29.3'];
      if (e.status >= 500) status = 'error';
      else if (e.status >= 400) status = 'warn';
    }
    return [JSON.stringify({ attributes: { attributes: attrs, host, message, service, status, tags, timestamp: `${iso(e.t)}` }, id: evId(rng), type: 'log' })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/v1/verbrauch', query: `zaehler=${zaehler(rng)}&jahr=2026`, referer: `https://${KP}/verbrauch` }),
      () => ({ path: `/assets/main-${rng.hex(8)}.js`, bytes: rng.int(90000, 400000), referer: `https://${KP}/` }),
      () => ({ path: '/api/v1/abschlag', referer: `https://${KP}/abschlag` }),
      () => ({ kind: 'java', logger: 'de.lindenau.abrechnung.lauf.RechnungslaufJob', thread: 'scheduling-1', msg: `Rechnungslauf ${rng.int(100, 999)}: ${rng.int(100, 4000)} Rechnungen erstellt` }),
      () => ({ kind: 'browser', level: 'warn', msg: 'Verbrauchsdiagramm: keine Daten für den gewählten Zeitraum', viewUrl: `https://${KP}/#/verbrauch`, referer: `https://${KP}/` }),
    ])();
  const steps = [
    3,
    plant('implicit-fragment', 'datadog-browser-logs-view-url-access_token-jwt', 'error', "The portal's SPA still receives its token by the implicit grant: a browser log's `view.url` is the page's address with `#access_token=<JWT>&token_type=Bearer&expires_in=900`, with the event's timestamp", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 900, age: 40, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://${LOGIN}/realms/kunden`, aud: 'account', sub: rng.uuid(), typ: 'Bearer', azp: 'kundenportal-spa', sid: rng.uuid(), scope: 'openid profile email', kundennummer: kundennr(rng) } });
      return { value: token.token, jwt: token.facts, event: { kind: 'browser', level: 'error', msg: 'Fehler beim Laden der Verträge: TypeError: Cannot read properties of undefined (reading \'vertragsnummer\')', viewUrl: `https://${KP}/#access_token=${token.token}&token_type=Bearer&expires_in=900&session_state=${rng.uuid()}`, referer: `https://${LOGIN}/` } };
    }),
    3,
    plant('replay', 'ladeticket-opaque', 'note', WHY.ticketFirst('An opaque `ladeticket` that starts a charging session (`/api/v1/laden/start?ladeticket=…`, one session per ticket)'), ({ rng, t }) => {
      firstUse.lade = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { path: '/api/v1/laden/start', query: `ladeticket=${tk}&ladepunkt=${ladepunkt(rng)}`, ip: '192.0.2.161', ua: 'Ladenetz/3.2.0 (iPhone; iOS 26.1)', referer: '-', bytes: 96 } };
    }, { ref: 'lade' }),
    2,
    plant('replay', 'ladeticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('lade').value, why: `${WHY.replay('ladeticket', gap('lade', t))} \`network.client.ip\` shows the two clients.` }], event: { path: '/api/v1/laden/start', query: `ladeticket=${refs.get('lade').value}&ladepunkt=${ladepunkt(rng)}`, ip: '203.0.113.58', ua: 'Ladenetz/3.1.4 (Android 15)', referer: '-', bytes: 96 } }), { replayOf: 'lade', after: 55 }),
    3,
    plant('negative', 'datadog-java-dd-trace_id', 'none', "The `dd.trace_id` Datadog's tracer puts on a log (19 digits): a trace id, no credential.", ({ rng }) => {
      const v = digits(rng, 19);
      return { value: v, event: { kind: 'java', trace: v, logger: 'de.lindenau.abrechnung.web.RechnungController', msg: `Rechnung RE-2026-${digits(rng, 6)} als PDF erzeugt (${rng.int(40, 400)} ms)` } };
    }),
    3,
    plant('api-key-name', 'datadog-nginx-zugangsschluessel-query', 'error', WHY.apiKey('zugangsschluessel') + ' A housing company reads meter values with it in the query: the raw line, `http.url` and `http.url_details.queryString` hold it.', ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { path: '/api/v1/zaehlerstand', query: `zaehler=${zaehler(rng)}&zugangsschluessel=${key}`, ua: 'python-requests/2.32.5', referer: '-' } };
    }),
    3,
    plant('id-token', 'datadog-java-expired-id_token_hint', 'note', "The billing service's sign-out call to Keycloak failed and was logged with its URL (`…/openid-connect/logout?id_token_hint=<ID token>&…`) three hours after the token expired, with the event's timestamp", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 300, age: 300 + 3 * 3600 + rng.int(60, 600), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://${LOGIN}/realms/kunden`, aud: 'abrechnung-backoffice', sub: rng.uuid(), typ: 'ID', azp: 'abrechnung-backoffice', sid: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { kind: 'java', level: 'warn', logger: 'de.lindenau.abrechnung.idp.AbmeldeClient', msg: `Abmeldung beim IdP fehlgeschlagen: GET https://${LOGIN}/realms/kunden/protocol/openid-connect/logout?id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fbackoffice.stadtwerke-lindenau.example%2F -> 400 Bad Request` } };
    }),
    3,
    plant('path-secret', 'datadog-nginx-passwort-vergessen-neu-path', 'error', WHY.pathSecret('A password reset link of the portal (`/passwort-vergessen/neu/<token>`): the raw line and `http.url`'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { path: `/passwort-vergessen/neu/${token}`, referer: '-', ua: BROWSERS[1] } };
    }),
    3,
    plant('webhook', 'datadog-java-zulip-external-webhook-api_key', 'error', WHY.webhook("A Zulip incoming webhook integration URL (`/api/v1/external/<integration>?api_key=<bot key>&stream=…`) the billing service posts alerts to, in its error"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { kind: 'java', level: 'error', logger: 'de.lindenau.abrechnung.alarm.ZulipMelder', msg: `Benachrichtigung an Zulip fehlgeschlagen: POST https://zulip.stadtwerke-lindenau.example/api/v1/external/alertmanager?api_key=${key}&stream=abrechnung -> 502 Bad Gateway` } };
    }),
    3,
    plant('framework-dump', 'datadog-java-spring-failure-analyzer-bind-password', 'error', "Spring Boot's failure analysis of a start that failed binding properties: `Property: lindenau.sepa.sftp.passwort` and `Value: \"<password>\"` in the event's message.", ({ rng }) => {
      const pw = rng.alnum(20);
      const m = ['', '', '***************************', 'APPLICATION FAILED TO START', '***************************', '', 'Description:', '', "Failed to bind properties under 'lindenau.sepa.sftp' to de.lindenau.abrechnung.sepa.SftpEigenschaften:", '', '    Property: lindenau.sepa.sftp.passwort', `    Value: "${pw}"`, '    Origin: System Environment Property "LINDENAU_SEPA_SFTP_PASSWORT"', '    Reason: Das Passwort muss mindestens 24 Zeichen lang sein', '', 'Action:', '', "Update your application's configuration", ''].join('\n');
      return { value: pw, event: { kind: 'java', level: 'error', logger: 'org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter', thread: 'main', msg: m } };
    }),
    3,
    plant('negative', 'datadog-nginx-zaehlernummer', 'none', 'A meter number (`zaehler=1ESY11…`) in a consumption query: an id, no credential.', ({ rng }) => {
      const v = zaehler(rng);
      return { value: v, event: { path: '/api/v1/verbrauch/export', query: `zaehler=${v}&format=csv`, referer: `https://${KP}/verbrauch` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: KP }, filler: (rng) => ({ ms: 0, ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lasttest-kundenportal.log: the console of a Gatling 3.9 load test of the customer portal (`mvn gatling:test`, the
// logback configuration of Gatling's template with `io.gatling.http.engine.response` at DEBUG, so each failed request is
// dumped): logback's `%d{HH:mm:ss.SSS} [%-5level] %logger{15} - %msg%n` in the tester's local time (CET, no date), the
// `Request '<name>' failed for user <n>` line, then the dump over many untimed lines (`Request:`, `Session:` with the
// virtual user's attributes and cookie jar, `HTTP request:` with the wire headers and the body, `HTTP response:`),
// between Gatling's periodic console summaries.
// https://docs.gatling.io/reference/script/core/configuration/#logbackxml, https://github.com/gatling/gatling/blob/3.9/gatling-http/src/main/scala/io/gatling/http/engine/response/StatsProcessor.scala

function gatlingLog(rng) {
  const hms = (ms) => iso(ms + HOUR).slice(11, 23);
  const LOGGER = 'i.g.h.e.r.DefaultStatsProcessor';
  const OKS = 'status.find.in(200,201,202,203,204,205,206,207,208,209,304)';
  const START = DAY0 + 9 * HOUR;
  let summaries = 0;
  const render = (e, rng) => {
    if (e.summary) {
      summaries++;
      const el = Math.floor((e.t - START) / 5000) * 5;
      const row = (name, total, ko) => `> ${name.padEnd(79)}|${String(total).padStart(10)} |${String(total - ko).padStart(10)} |${String(ko).padStart(10)}`;
      return ['', '='.repeat(120), `${iso(START + el * 1000 + HOUR).slice(0, 19).replace('T', ' ')} CET${' '.repeat(77)}${`${el}s elapsed`.padStart(15)}`, `---- Requests ${'-'.repeat(66)}|---Total---|-----OK----|----KO----`, row('Global', 40 * summaries + rng.int(0, 9), summaries + 1), row('Startseite', 12 * summaries, 0), row('Anmelden', 9 * summaries, 1), row('Verbrauch abrufen', 9 * summaries, summaries > 1 ? 1 : 0), '='.repeat(120), ''];
    }
    const user = e.user;
    const at = e.t + rng.int(1, 999);
    const session = `Session(${e.scenario},${user},HashMap(${e.attrs.join(', ')}),KO,List(),io.gatling.core.protocol.ProtocolComponentsRegistry$$Lambda$1473/0x00000008016a2c40@6d1f5a2b,io.netty.channel.epoll.EpollEventLoop@3e1f9b7c)`;
    const err = `${OKS}, found ${e.status}`;
    return [
      `${hms(at)} [INFO ] ${LOGGER} - Request '${e.name}' failed for user ${user}: ${err}`,
      `${hms(at)} [DEBUG] ${LOGGER} - `,
      '>>>>>>>>>>>>>>>>>>>>>>>>>>', 'Request:', `${e.name}: KO ${err}`, '=========================', 'Session:', session, '=========================', 'HTTP request:',
      `${e.method} https://${KP}${target(e)}`, 'headers=', ...e.reqH.map(([k, v]) => `${k}: ${v}`),
      ...(e.form ? ['formBody=', ...e.form.map(([k, v]) => `${k}: ${v}`)] : []), ...(e.json ? [`stringBody=${e.json}`] : []),
      '=========================', 'HTTP response:', 'status=', `${e.status} ${e.statusText}`, 'headers= ', ...e.resH.map(([k, v]) => `${k}: ${v}`), '', 'body=', e.resBody, '<<<<<<<<<<<<<<<<<<<<<<<<<',
    ];
  };
  const base = (rng, extra = []) => [['accept', 'application/json'], ['accept-language', 'de-DE,de;q=0.9'], ['host', KP], ...extra];
  const resH = (rng, len, extra = []) => [['content-type', 'application/json'], ['content-length', String(len)], ['date', ''], ...extra];
  const ko = (e) => ({ ...e, resH: e.resH.map(([k, v]) => [k, k === 'date' ? new Date(e.t ?? 0).toUTCString() : v]) });
  const filler = () => ({ summary: true });
  const steps = [
    { raw: { summary: true }, after: 5 },
    plant('framework-dump', 'gatling-dump-formbody-passwort', 'error', "A failed sign-in of a virtual user: the dump's `formBody=` writes the form one field a line, `passwort: <password>` of the test account among them.", ({ rng, t }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: ko({ t, scenario: 'Kundenportal', user: rng.int(1, 60), attrs: [`kundennummer -> ${kundennr(rng)}`], name: 'Anmelden', method: 'POST', path: '/api/anmelden', status: 401, statusText: 'Unauthorized', reqH: base(rng, [['content-type', 'application/x-www-form-urlencoded'], ['content-length', '58']]), form: [['benutzername', `lasttest${pad(rng.int(1, 60), 3)}@stadtwerke-lindenau.example`], ['passwort', pw]], resH: resH(rng, 44), resBody: '{"fehler":"Benutzername oder Passwort falsch"}' }) };
    }, { after: 2 }),
    { raw: { summary: true }, after: 5 },
    plant('session-id', 'gatling-dump-jsessionid-cookie-jar-and-header', 'error', WHY.session("A failed consumption request of a signed-in virtual user: the session's cookie jar (`StoredCookie(JSESSIONID=<id>, …)`) and the wire header `cookie: JSESSIONID=<id>`"), ({ rng, t }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: ko({ t, scenario: 'Kundenportal', user: rng.int(1, 60), attrs: [`gatling.http.cookies -> CookieJar(HashMap(CookieKey(jsessionid,${KP},/) -> StoredCookie(JSESSIONID=${sid}, path=/, secure, HTTPOnly,true,false,${t - rng.int(20000, 90000)})))`, `kundennummer -> ${kundennr(rng)}`], name: 'Verbrauch abrufen', method: 'GET', path: '/api/v1/verbrauch', query: `zaehler=${zaehler(rng)}&jahr=2026`, status: 503, statusText: 'Service Unavailable', reqH: base(rng, [['cookie', `JSESSIONID=${sid}`]]), resH: resH(rng, 52), resBody: '{"fehler":"Messdatenservice vorübergehend nicht erreichbar"}' }) };
    }, { after: 1 }),
    { raw: { summary: true }, after: 5 },
    plant('negative', 'gatling-dump-if-none-match-etag', 'none', 'A conditional request of a static page with `if-none-match: W/"<hex>"`: an ETag, no credential.', ({ rng, t }) => {
      const v = `W/"${rng.hex(16)}"`;
      return { value: v, event: ko({ t, scenario: 'Kundenportal', user: rng.int(1, 60), attrs: [], name: 'Startseite', method: 'GET', path: '/', status: 502, statusText: 'Bad Gateway', reqH: [['accept', 'text/html'], ['accept-language', 'de-DE,de;q=0.9'], ['host', KP], ['if-none-match', v]], resH: [['content-type', 'text/html'], ['content-length', '150'], ['date', '']], resBody: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>' }) };
    }, { after: 2 }),
    { raw: { summary: true }, after: 5 },
    plant('header-dump', 'gatling-dump-authorization-bearer-and-session-attribute', 'error', "A failed partner API call: the wire header `authorization: Bearer <token>` and the virtual user's session attribute `partnerToken -> <token>` write the same token.", ({ rng, t }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: ko({ t, scenario: 'Partner-API', user: rng.int(61, 80), attrs: [`partnerToken -> ${tok}`], name: 'Abschlag ändern', method: 'PUT', path: `/api/v1/vertraege/${digits(rng, 8)}/abschlag`, status: 500, statusText: 'Internal Server Error', reqH: base(rng, [['authorization', `Bearer ${tok}`], ['content-type', 'application/json'], ['content-length', '17']]), json: `{"betrag":${rng.int(40, 180)}.00}`, resH: resH(rng, 38), resBody: '{"fehler":"Interner Fehler","code":"ABS-17"}' }) };
    }, { after: 3 }),
    { raw: { summary: true }, after: 5 },
    plant('refresh-token', 'gatling-dump-refresh_token-body-and-session', 'error', `${WHY.refresh} A failed renewal of the app scenario: the JSON body \`stringBody={"refresh_token":"<token>"}\` and the session attribute \`refreshToken -> <token>\`.`, ({ rng, t }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: ko({ t, scenario: 'Ladeapp', user: rng.int(81, 99), attrs: [`refreshToken -> ${rt}`], name: 'Token erneuern', method: 'POST', path: '/api/v1/token/erneuern', status: 400, statusText: 'Bad Request', reqH: base(rng, [['content-type', 'application/json'], ['content-length', '67']]), json: `{"refresh_token":"${rt}"}`, resH: resH(rng, 31), resBody: '{"fehler":"invalid_grant"}' }) };
    }, { after: 2 }),
    { raw: { summary: true }, after: 5 },
    plant('path-secret', 'gatling-dump-konto-bestaetigen-path', 'error', WHY.pathSecret('A virtual user opens an account confirmation link (`/konto/bestaetigen/<token>`) that was already used (410): the dump\'s request line'), ({ rng, t }) => {
      const token = rng.b64url(43);
      return { value: token, event: ko({ t, scenario: 'Registrierung', user: rng.int(100, 120), attrs: [], name: 'Konto bestätigen', method: 'GET', path: `/konto/bestaetigen/${token}`, status: 410, statusText: 'Gone', reqH: [['accept', 'text/html'], ['accept-language', 'de-DE,de;q=0.9'], ['host', KP]], resH: resH(rng, 49), resBody: '{"fehler":"Dieser Link wurde bereits verwendet"}' }) };
    }, { after: 2 }),
    plant('negative', 'gatling-dump-x-request-id', 'none', "The portal's `x-request-id` response header (a uuid) in a dump: a request id, no credential.", ({ rng, t }) => {
      const v = rng.uuid();
      return { value: v, event: ko({ t, scenario: 'Kundenportal', user: rng.int(1, 60), attrs: [], name: 'Tarife', method: 'GET', path: '/api/v1/tarife', query: 'plz=04109', status: 504, statusText: 'Gateway Timeout', reqH: base(rng), resH: resH(rng, 35, [['x-request-id', v]]), resBody: '{"fehler":"Zeitüberschreitung"}' }) };
    }, { after: 3 }),
    { raw: { summary: true }, after: 5 },
  ];
  return buildLog(rng, { start: START, site: { host: KP }, filler, render, steps, header: [`Simulation de.lindenau.lasttest.KundenportalSimulation started...`] });
}

// ---------------------------------------------------------------------------------------------------------------------
// ladenetz-backend.log: `docker logs ladenetz-backend` of the charging network's back end, Micronaut 4.7 with the
// logback.xml its project template generates (`%cyan(%d{HH:mm:ss.SSS}) %gray([%thread]) %highlight(%-5level)
// %magenta(%logger{36}) - %msg%n`: ANSI colours, no date) and `io.micronaut.http.client` at TRACE: `Sending HTTP <METHOD>
// to <URI>` at DEBUG, then each request header at TRACE (HttpHeadersUtil writes `*MASKED*` for a header whose name
// contains password, cred, cert, key, secret, token, auth or signat), the body between `----` lines, and `HTTP Client
// Response Received (<status>) for Request: <METHOD> <URI>` with the response headers.
// https://docs.micronaut.io/latest/guide/#clientLogging, https://github.com/micronaut-projects/micronaut-core/blob/4.7.x/http/src/main/java/io/micronaut/http/util/HttpHeadersUtil.java,
// https://logback.qos.ch/manual/layouts.html#coloring

function micronautLog(rng) {
  const ESC = '\x1b';
  const abbreviate = (name, target) => {
    if (name.length <= target) return name;
    const parts = name.split('.');
    let len = name.length;
    for (let i = 0; i < parts.length - 1 && len > target; i++) {
      len -= parts[i].length - 1;
      parts[i] = parts[i][0];
    }
    return parts.join('.');
  };
  const COLOR = { ERROR: '1;31', WARN: '31', INFO: '34', DEBUG: '39', TRACE: '39' };
  const line = (ms, thread, level, logger, m) => `${ESC}[36m${iso(ms + HOUR).slice(11, 23)}${ESC}[0;39m ${ESC}[1;30m[${thread}]${ESC}[0;39m ${ESC}[${COLOR[level]}m${level.padEnd(5)}${ESC}[0;39m ${ESC}[35m${abbreviate(logger, 36)}${ESC}[0;39m - ${m}`;
  const CLIENT = 'io.micronaut.http.client.netty.DefaultHttpClient';
  const call = (e, rng) => {
    const th = `default-nioEventLoopGroup-1-${rng.int(2, 6)}`;
    const masked = /.*(password|cred|cert|key|secret|token|auth|signat).*/i;
    const out = [[th, 'DEBUG', CLIENT, `Sending HTTP ${e.verb} to ${e.url}`]];
    for (const [k, v] of e.headers) out.push([th, 'TRACE', CLIENT, `${k}: ${masked.test(k) ? '*MASKED*' : v}`]);
    if (e.body) out.push([th, 'TRACE', CLIENT, 'Request Body'], [th, 'TRACE', CLIENT, '----'], [th, 'TRACE', CLIENT, e.body], [th, 'TRACE', CLIENT, '----']);
    out.push([th, 'TRACE', CLIENT, `HTTP Client Response Received (${e.code ?? 200}) for Request: ${e.verb} ${e.url}`]);
    for (const [k, v] of [['content-type', 'application/json'], ['content-length', String(rng.int(2, 400))], ['date', new Date(e.t).toUTCString()]]) out.push([th, 'TRACE', CLIENT, `${k}: ${v}`]);
    return out;
  };
  const render = (e, rng) => {
    const rows = [...(e.pre ?? []), ...(e.verb ? call(e, rng) : []), ...(e.post ?? [])];
    return rows.map(([th, level, logger, m], i) => line(e.t + i, th, level, logger, m));
  };
  const CTRL = 'de.lindenau.ladenetz.api.LadevorgangController';
  const io = () => `io-executor-thread-${rng.int(1, 8)}`;
  const hdr = (host, len, extra = []) => [['host', host], ['user-agent', 'Micronaut HTTP Client'], ['accept', 'application/json'], ...extra, ...(len ? [['content-type', 'application/json'], ['content-length', String(len)]] : [])];
  const filler = (rng) =>
    rng.pick([
      () => ({ pre: [[io(), 'INFO', CTRL, `Ladevorgang ${rng.int(100000, 999999)} beendet: ${rng.int(4, 60)}.${digits(rng, 2)} kWh an ${ladepunkt(rng)}`]] }),
      () => ({ verb: 'GET', url: `https://ocpi.ladenetz-lindenau.example/2.2.1/locations/${ladepunkt(rng).replace(/\*/g, '')}`, headers: hdr('ocpi.ladenetz-lindenau.example', 0) }),
      () => ({ pre: [[io(), 'INFO', 'de.lindenau.ladenetz.tarif.TarifCache', `Tarife neu geladen (${rng.int(10, 40)} Tarife)`]] }),
    ])();
  const steps = [
    { raw: { pre: [['main', 'INFO', 'io.micronaut.runtime.Micronaut', `Startup completed in ${rng.int(600, 1400)}ms. Server Running: http://${rng.hex(12)}:8080`]] }, after: 0 },
    3,
    plant('api-key-name', 'micronaut-client-threema-send_simple-secret', 'error', WHY.apiKey('secret') + " The Threema Gateway takes it in the query of `send_simple`: the client's `Sending HTTP POST to …` and `HTTP Client Response Received … for Request: POST …` lines write the URI.", ({ rng }) => {
      const secret = rng.alnum(16);
      return { value: secret, event: { pre: [[io(), 'INFO', CTRL, 'Ladeende-Benachrichtigung per Threema']], verb: 'POST', url: `https://msgapi.threema.ch/send_simple?from=*LINDNAU&to=${upperNum(rng, 8)}&secret=${secret}&text=Ladevorgang+beendet`, headers: hdr('msgapi.threema.ch', 0) } };
    }),
    3,
    plant('negative', 'micronaut-client-authorization-masked', 'none', 'Micronaut masks the `Authorization` header at TRACE (`Authorization: *MASKED*`): no value.', ({ rng }) => ({ value: 'Authorization: *MASKED*', event: { verb: 'GET', url: 'https://abrechnung.stadtwerke-lindenau.example/api/v1/tarife/ladestrom', headers: hdr('abrechnung.stadtwerke-lindenau.example', 0, [['Authorization', `Bearer ${rng.b64url(40)}`]]) } })),
    3,
    plant('header-dump', 'micronaut-client-x-mandanten-zugang-unmasked', 'error', "A roaming partner's API takes its credential in `X-Mandanten-Zugang`: a name the TRACE masking does not know (no password, key, secret, token or auth in it), so the value is written.", ({ rng }) => {
      const v = rng.alnum(40);
      return { value: v, event: { verb: 'POST', url: 'https://roaming.e-mobil-verbund.example/api/v2/cdrs', headers: hdr('roaming.e-mobil-verbund.example', 212, [['X-Mandanten-Zugang', v]]), body: `{"ladevorgang":"${rng.int(100000, 999999)}","kwh":${rng.int(4, 60)}.${digits(rng, 2)},"ladepunkt":"${ladepunkt(rng)}"}` } };
    }),
    3,
    plant('session-id', 'micronaut-client-cookie-session', 'error', WHY.session('The back end calls the old customer portal with a service session: the request header `Cookie: SESSION=<id>` (not masked)'), ({ rng }) => {
      const sid = Buffer.from(rng.uuid()).toString('base64');
      return { value: sid, event: { verb: 'GET', url: `https://${KP}/api/intern/kunden/${kundennr(rng)}/ladekarten`, headers: hdr(KP, 0, [['Cookie', `SESSION=${sid}`]]) } };
    }),
    3,
    plant('framework-dump', 'micronaut-client-request-body-kennwort', 'error', "The back end signs in to the metering service with a JSON body: the client's TRACE writes the body between `----` lines, `\"kennwort\":\"<password>\"` in it.", ({ rng }) => {
      const pw = rng.alnum(20);
      const body = `{"benutzer":"ladenetz-sync","kennwort":"${pw}"}`;
      return { value: pw, event: { verb: 'POST', url: 'https://messdaten.stadtwerke-lindenau.example/api/anmelden', headers: hdr('messdaten.stadtwerke-lindenau.example', body.length), body } };
    }),
    3,
    plant('implicit-fragment', 'micronaut-client-error-report-body-access_token', 'error', "The back end forwards the web app's error reports to GlitchTip: the TRACE body holds the page address (`\"seite\":\"https://app…/karte#access_token=<token>&…\"`) of the implicit grant.", ({ rng }) => {
      const tok = rng.b64url(43);
      const body = `{"fehler":"TypeError: Ladepunkte konnten nicht geladen werden","seite":"https://${LADE}/karte#access_token=${tok}&token_type=Bearer&expires_in=3600","version":"3.2.0"}`;
      return { value: tok, event: { verb: 'POST', url: 'https://fehler.stadtwerke-lindenau.example/api/4/store/', headers: hdr('fehler.stadtwerke-lindenau.example', body.length), body } };
    }),
    3,
    plant('negative', 'micronaut-client-traceparent', 'none', 'A W3C `traceparent` request header (`00-<trace id>-<span id>-01`): a trace context, no credential.', ({ rng }) => {
      const v = `00-${rng.hex(32)}-${rng.hex(16)}-01`;
      return { value: v, event: { verb: 'GET', url: 'https://ocpi.ladenetz-lindenau.example/2.2.1/tariffs', headers: hdr('ocpi.ladenetz-lindenau.example', 0, [['traceparent', v]]) } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR + 30 * 60000, site: { host: LADE }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 20261214T100000Z_20261214T100500Z_5c3e9a1f.log: a Cloudflare Logpush file of the `firewall_events` dataset for the
// utility's zone (the object a job writes to storage, uncompressed): one JSON object a line, the chosen fields in
// alphabetical order (`Action`, `ClientASN`, …, `ClientRequestPath`, `ClientRequestQuery` with its `?`, …, `Datetime` in
// RFC 3339, `Description`, `Kind`, `RayID`, `RuleID`, `Source`), encoded by Go (`&` as `\u0026`). Custom rules that log
// or challenge, the managed ruleset, rate limiting and Bot Fight Mode.
// https://developers.cloudflare.com/logs/logpush/logpush-job/datasets/zone/firewall_events/, https://developers.cloudflare.com/logs/reference/log-output-options/

function cloudflareFwLog(rng) {
  const render = (e, rng) => {
    const ref = e.ref ? new URL(e.ref) : null;
    const rec = {
      Action: e.action ?? 'log', ClientASN: e.asn ?? 3320, ClientASNDescription: e.asnDesc ?? 'DTAG', ClientCountry: 'de', ClientIP: e.ip,
      ClientRefererHost: ref ? ref.host : '', ClientRefererPath: ref ? ref.pathname : '', ClientRefererQuery: ref ? ref.search : '',
      ClientRequestHost: e.host, ClientRequestMethod: e.method, ClientRequestPath: e.path, ClientRequestProtocol: 'HTTP/2', ClientRequestQuery: e.query ? `?${e.query}` : '',
      ClientRequestUserAgent: e.ua, Datetime: `${iso(e.t).slice(0, 19)}Z`, Description: e.desc, EdgeResponseStatus: e.status, Kind: 'firewall', OriginResponseStatus: e.action === 'log' ? e.status : 0,
      RayID: rng.hex(16), RuleID: e.rule ?? rng.hex(32), Source: e.source ?? 'firewallcustom',
    };
    return [goJson(rec)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ host: SWL, path: rng.pick(['/wp-admin/setup-config.php', '/.env', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php']), action: 'block', status: 403, desc: 'Scanner-Pfade blockieren', ua: 'Mozilla/5.0 (compatible; scanner)', asn: 14061, asnDesc: 'DIGITALOCEAN-ASN' }),
      () => ({ host: KP, path: '/api/anmelden', method: 'POST', action: 'managedchallenge', status: 403, desc: 'Anmeldung: Rate-Limit', source: 'ratelimit' }),
      () => ({ host: SWL, path: `/tarife/${rng.pick(['strom', 'gas', 'waerme'])}`, query: `plz=04${digits(rng, 3)}`, action: 'managedchallenge', status: 403, desc: '', source: 'botfight', rule: '' }),
    ])();
  const steps = [
    3,
    plant('embed-jwt', 'cloudflare-fw-einbettung-jwt-120s', 'warning', 'A housing company embeds the tenants\' consumption chart (`/einbettung/verbrauch/<JWT>`): a JWT valid 120 s without jti in `ClientRequestPath`, logged by a custom rule, live at the record\'s `Datetime`', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 9, claims: { mieterkonto: kundennr(rng), ansicht: 'monat' } });
      return { value: token.token, jwt: token.facts, event: { host: KP, path: `/einbettung/verbrauch/${token.token}`, desc: 'Einbettungen protokollieren', ref: 'https://mieterportal.wohnbau-lindenau.example/verbrauch', status: 200 } };
    }),
    3,
    plant('negative', 'cloudflare-fw-cf_chl_tk-challenge-token', 'none', "Cloudflare's own `__cf_chl_tk=` on the request that solves a challenge: a challenge token, no credential.", ({ rng }) => {
      const v = `${rng.b64url(43)}-${Math.floor(DAY0 / 1000) + 10 * 3600}-0-gaNycGzNCyU`;
      return { value: v, event: { host: KP, path: '/', query: `__cf_chl_tk=${v}`, action: 'managedchallenge', status: 403, desc: 'Portal: Bots herausfordern' } };
    }),
    3,
    plant('oauth-code', 'cloudflare-fw-managed-rule-callback-code', 'warning', `${WHY.code} The portal's sign-in callback (\`/anmelden/rueckruf?state=…&code=…\`) matched a managed rule in log mode: \`ClientRequestQuery\` holds the code.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`.replace(/-/g, '').slice(0, 64);
      return { value: code, event: { host: KP, path: '/anmelden/rueckruf', query: `state=${rng.b64url(32)}&code=${code}`, desc: 'SQLi - Comment', source: 'firewallmanaged', rule: rng.hex(32), ref: `https://${LOGIN}/`, status: 302 } };
    }),
    3,
    plant('encoded', 'cloudflare-fw-weiter-base64-of-percent-encoded-url', 'error', 'A redirect parameter `weiter=` holds base64 of a percent-encoded URL (`https%3A%2F%2F…%3Ftoken%3D<token>`): two decodings from the document download token, challenged by a custom rule.', ({ rng }) => {
      const w = b64Of(encodeURIComponent(`https://${KP}/dokumente/abschlagsplan.pdf?token=${rng.alnum(40)}`));
      return { value: w, event: { host: KP, path: '/weiterleitung', query: `weiter=${w}`, action: 'managedchallenge', status: 403, desc: 'Weiterleitungen pruefen' } };
    }),
    3,
    plant('path-secret', 'cloudflare-fw-newsletter-abmelden-path', 'error', WHY.pathSecret("A newsletter unsubscribe link (`/newsletter/abmelden/<token>`) that Bot Fight Mode challenged: `ClientRequestPath`"), ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { host: SWL, path: `/newsletter/abmelden/${token}`, action: 'managedchallenge', status: 403, desc: '', source: 'botfight', rule: '', ua: 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)' } };
    }),
    3,
    plant('api-key-name', 'cloudflare-fw-ratelimit-client_key', 'error', WHY.apiKey('client_key') + " A tariff comparison portal calls the tariff calculator with it in the query; rate limiting blocked the burst (`ClientRequestQuery`).", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { host: LAPI, path: '/api/tarifrechner', query: `plz=04${digits(rng, 3)}&verbrauch=${rng.int(1500, 4500)}&client_key=${key}`, action: 'block', status: 429, desc: 'Tarifrechner: Rate-Limit', source: 'ratelimit', ua: 'Go-http-client/2.0', asn: 24940, asnDesc: 'HETZNER-AS' } };
    }),
    3,
    plant('negative', 'cloudflare-fw-referer-msclkid', 'none', "Microsoft Advertising's `msclkid=` in the referer query of a challenged visit: a click id, no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { host: SWL, path: '/tarife/strom', action: 'managedchallenge', status: 403, desc: '', source: 'botfight', rule: '', ref: `https://www.bing.com/search?q=stadtwerke+lindenau+strom&msclkid=${v}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: SWL }, filler: (rng) => ({ method: 'GET', ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// e2e-kundenportal.log: the CI output of the portal's end-to-end tests, `DEBUG=pw:api npx playwright test
// --project=chromium --reporter=list` (Playwright 1.57) against staging, stdout and stderr together: the list reporter's
// lines, and the debug lines the `debug` module writes when stderr is no terminal (`<ISO time> pw:api <message>`): each
// API call's `=>`/`<=`, a navigation's `navigating to "<url>", waiting until "load"`, and APIRequestContext's log of a
// request (`→ <METHOD> <url>`, one line a request header, `← <status> <text>`, one line a response header).
// https://playwright.dev/docs/debug#verbose-api-logs, https://github.com/microsoft/playwright/blob/main/packages/playwright-core/src/server/fetch.ts,
// https://github.com/debug-js/debug#environment-variables

function playwrightLog(rng) {
  const STAGE = 'staging.kundenportal.stadtwerke-lindenau.example';
  const SSO = 'login.staging.stadtwerke-lindenau.example';
  const UA = 'Playwright/1.57.0 (x64; ubuntu 24.04) node/24.11 CI/1';
  const render = (e, rng) => {
    let i = 0;
    const d = (m) => `${iso(e.t + 3 * i++)} pw:api ${m}`;
    if (e.report !== undefined) return [e.report];
    if (e.nav) {
      return [d('=> page.goto started'), d(`navigating to "${e.nav}", waiting until "load"`), d(`  navigated to "${e.nav}"`), d('  "domcontentloaded" event fired'), d('  "load" event fired'), d('<= page.goto succeeded')];
    }
    // One API call, with the redirects APIRequestContext follows logged as further requests.
    const hops = e.hops ?? [{ method: e.method, url: `https://${STAGE}${target(e)}`, reqH: e.reqH, status: e.status, resH: e.resH }];
    const verb = hops[0].method.toLowerCase();
    const TEXT = { 200: 'OK', 302: 'Found' };
    const out = [d(`=> apiRequestContext.${verb} started`)];
    for (const h of hops) {
      const resBase = h.status === 302 ? [['content-length', '0']] : [['content-type', 'application/json'], ['content-length', String(rng.int(20, 900))]];
      out.push(
        d(`→ ${h.method} ${h.url}`),
        ...[['user-agent', UA], ['accept', '*/*'], ['accept-encoding', 'gzip,deflate,br'], ...(h.reqH ?? [])].map(([k, v]) => d(`  ${k}: ${v}`)),
        d(`← ${h.status} ${TEXT[h.status]}`),
        ...[['date', new Date(e.t).toUTCString()], ...resBase, ['connection', 'keep-alive'], ...(h.resH ?? [])].map(([k, v]) => d(`  ${k}: ${v}`)),
      );
    }
    out.push(d(`<= apiRequestContext.${verb} succeeded`));
    return out;
  };
  let n = 0;
  const test = (file, line, title) => `  ✓  ${++n} [chromium] › tests/${file}:${line}:5 › ${title} (${rng.int(1, 6)}.${rng.int(0, 9)}s)`;
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/v1/tarife', query: `plz=04${digits(rng, 3)}`, status: 200 }),
      () => ({ nav: `https://${STAGE}/${rng.pick(['verbrauch', 'abschlag', 'postfach', 'vertraege'])}` }),
      () => ({ report: test(rng.pick(['verbrauch.spec.ts', 'abschlag.spec.ts', 'postfach.spec.ts']), rng.int(8, 80), rng.pick(['Verbrauch › Diagramm wird angezeigt', 'Abschlag › Betrag ändern', 'Postfach › Nachricht öffnen'])) }),
    ])();
  const steps = [
    { raw: { report: '' }, after: 0 },
    { raw: { report: 'Running 24 tests using 1 worker' }, after: 0 },
    { raw: { report: '' }, after: 0 },
    2,
    plant('oauth-code', 'playwright-api-redirect-location-callback-code', 'warning', `${WHY.code} A test signs in through the API: Keycloak's \`← 302 Found\` with \`  location: https://…/anmelden/rueckruf?state=…&session_state=…&code=…\`, and the followed redirect's \`→ GET\` line.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      const sid = rng.b64url(43);
      const callback = `https://${STAGE}/anmelden/rueckruf?state=${rng.uuid()}&session_state=${rng.uuid()}&code=${code}`;
      return {
        marks: [
          { value: code },
          { value: sid, category: 'session-id', kind: 'playwright-api-response-set-cookie-kp_sitzung', expect: 'error', why: WHY.session('The portal answers the followed callback with its session: the response header line `  set-cookie: KP_SITZUNG=<value>; …`, sent back as `  cookie:` on the next redirect of the same call') },
        ],
        event: {
          hops: [
            { method: 'POST', url: `https://${SSO}/realms/kunden/login-actions/authenticate?session_code=${rng.b64url(43)}&execution=${rng.uuid()}&client_id=kundenportal&tab_id=${rng.b64url(11)}`, reqH: [['content-type', 'application/x-www-form-urlencoded'], ['content-length', String(rng.int(60, 90))]], status: 302, resH: [['location', callback]] },
            { method: 'GET', url: callback, status: 302, resH: [['location', '/uebersicht'], ['set-cookie', `KP_SITZUNG=${sid}; Path=/; Secure; HttpOnly; SameSite=Lax`]] },
            { method: 'GET', url: `https://${STAGE}/uebersicht`, reqH: [['cookie', `KP_SITZUNG=${sid}`]], status: 200 },
          ],
        },
      };
    }),
    { raw: { report: test('anmeldung.spec.ts', 12, 'Anmeldung › mit Passwort über die API') } },
    2,
    plant('header-dump', 'playwright-api-request-authorization-bearer-jwt', 'error', "A test calls the contracts API with the test customer's access token (`extraHTTPHeaders`): APIRequestContext's request header line `  authorization: Bearer <JWT>`, with the line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 400, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://${SSO}/realms/kunden`, aud: 'kundenportal-api', sub: rng.uuid(), typ: 'Bearer', azp: 'kundenportal-e2e', scope: 'openid vertraege', kundennummer: kundennr(rng) } });
      return { value: token.token, jwt: token.facts, event: { method: 'GET', path: '/api/v1/vertraege', status: 200, reqH: [['authorization', `Bearer ${token.token}`]] } };
    }),
    { raw: { report: test('vertraege.spec.ts', 9, 'Verträge › Liste über die API') } },
    2,
    plant('negative', 'playwright-api-response-x-request-id', 'none', "The portal's `x-request-id` response header line (a uuid): a request id, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'GET', path: '/api/v1/postfach', query: 'ungelesen=true', status: 200, resH: [['x-request-id', v]] } };
    }),
    2,
    plant('path-secret', 'playwright-goto-zugang-aktivieren-path', 'error', WHY.pathSecret('A test opens the account activation link from the test mailbox (`/zugang/aktivieren/<token>`): `navigating to` and `navigated to`'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { nav: `https://${STAGE}/zugang/aktivieren/${token}` } };
    }),
    { raw: { report: test('registrierung.spec.ts', 31, 'Registrierung › Zugang aktivieren') } },
    2,
    plant('negative', 'playwright-api-response-etag', 'none', 'A response `etag: W/"<hex>"` header line: an ETag, no credential.', ({ rng }) => {
      const v = `W/"${rng.hex(20)}"`;
      return { value: v, event: { method: 'GET', path: '/api/v1/tarife', query: 'plz=04109', status: 200, resH: [['etag', v]] } };
    }),
    2,
    { raw: { report: '' } },
    { raw: { report: `  24 passed (${rng.int(40, 90)}.${rng.int(0, 9)}s)` } },
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR + 40 * 60000, site: { host: STAGE }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout19');
writePart(join(here, 'heldout19'), {
  'edge-haproxy.log': haproxyLog(rng),
  'payouts-api-logs.json': containerAppsLog(rng),
  'logcli-prod.txt': logcliLog(rng),
  'argocd-incident.log': argocdLog(rng),
  'Worker_20261214-111502-utc.log': runnerDiagLog(rng),
  'hearthstead-pro-signin.chlsj': charlesLog(rng),
  'reminder-worker.log': nodeDebugLog(rng),
  'tkn-web-release-x7k2p.log': tknLog(rng),
  'PT1H.json': frontDoorWafLog(rng),
  'datadog-kundenportal.ndjson': datadogLog(rng),
  'lasttest-kundenportal.log': gatlingLog(rng),
  'ladenetz-backend.log': micronautLog(rng),
  '20261214T100000Z_20261214T100500Z_5c3e9a1f.log': cloudflareFwLog(rng),
  'e2e-kundenportal.log': playwrightLog(rng),
});
