// Writes corpus/logs-in-the-wild/heldout23/: a twenty-third held-out part, in formats no other part uses (Ocelot on
// ASP.NET Core's systemd console formatter, a Papertrail log archive (TSV), Postfix and Dovecot in mail.log, `gradle
// --debug`, Vector's console sink, Zulip's server.log, MediaWiki's debug log, PocketBase's request logs read with
// `sqlite3 -json`, Frappe/ERPNext under `bench start` (honcho), Roundcube's errors.log, an Insomnia timeline, Hypercorn
// in a supervisord child log, `npx expo start`, RoadRunner's JSON logs), with credentials planted in the places issue
// #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout23.mjs     rewrites heldout23/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that
// no planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Skärgårdslinjen, a ferry line in the Stockholm archipelago (Swedish, five logs: routes, messages and
// some parameter names in Swedish); Energie Hanácká, an energy supplier in Olomouc (Czech, five logs); Ojek Kita, a
// motorbike taxi and point-of-sale company in Jakarta (Indonesian, four logs). Code, most parameter names and library
// messages stay in English, as these teams write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, hms, hmsMs, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymd } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'axios/1.13.2', 'GuzzleHttp/7'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 0, 12, 0, 0, 0);
const { firstUse, gap } = replayClock();
/** syslog's `Jan 12 08:00:01` in local time. */
const syslogTime = (ms, offset) => {
  const d = new Date(ms + offset * MIN);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(ms, offset)}`;
};
const REASONS = { 200: 'OK', 201: 'Created', 204: 'No Content', 302: 'Found', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 502: 'Bad Gateway' };
const aspnetId = (rng) => `0HN${upperNum(rng, 10)}`;

// Skärgårdslinjen (Swedish, Stockholm: UTC+1 in January).
const SE_WWW = 'www.skargardslinjen.example';
const SE_API = 'api.skargardslinjen.example';
const SE_ID = 'login.skargardslinjen.example';
const bokning = (rng) => `SKL-${rng.int(100000, 999999)}`;
const HAMNAR = ['Stavsnas', 'Sandhamn', 'Vaxholm', 'Moja', 'Grinda', 'Uto', 'Nynashamn'];
// Energie Hanácká (Czech, Olomouc: UTC+1).
const CZ_CHAT = 'chat.energiehanacka.example';
const CZ_WIKI = 'wiki.energiehanacka.example';
const CZ_ERP = 'erp.energiehanacka.example';
const CZ_ODECTY = 'odecty.energiehanacka.example';
const CZ_POSTA = 'posta.energiehanacka.example';
// Ojek Kita (Indonesian, Jakarta: UTC+7).
const ID_API = 'api.ojekkita.example';
const ID_KASIR = 'kasir.ojekkita.example';
const ID_MITRA = 'mitra.ojekkita.example';
const pesanan = (rng) => `OJK-${rng.int(1000000000, 9999999999)}`;

// ---------------------------------------------------------------------------------------------------------------------
// ocelot-gateway.log: Skärgårdslinjen's API gateway, Ocelot 24 on ASP.NET Core 9 with the systemd console formatter
// (`AddSystemdConsole`, `TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ "`, `UseUtcTimestamp = true`) at Debug for Ocelot:
// `<syslog priority><time> <category>[<event id>] <message>`, one line per record. Ocelot's own messages are
// `requestId: <id>, previousRequestId: <id>, message: <text>`: the upstream path (no query), the downstream URL (with
// the query) and the status of the downstream request (with the URL).
// https://ocelot.readthedocs.io/en/latest/features/logging.html, https://github.com/ThreeMammals/Ocelot/issues/492 (a log quoted),
// https://learn.microsoft.com/en-us/dotnet/core/extensions/console-log-formatter#systemd

function ocelotLog(rng) {
  const render = (e, rng) => {
    const at = (ms) => `${iso(ms)} `;
    if (e.app) return [`<6>${at(e.t)}${e.app}`];
    const rid = `${aspnetId(rng)}:${pad(rng.int(1, 60), 8)}`;
    const oc = (p, cat, m, dt) => `<${p}>${at(e.t + dt)}${cat}[0] requestId: ${rid}, previousRequestId: no previous request id, message: ${m}`;
    const down = `${e.down ?? 'http://bokning-api:8080'}${e.downPath ?? e.path}${e.query ? `?${e.query}` : ''}`;
    return [
      oc(7, 'Ocelot.DownstreamRouteFinder.Middleware.DownstreamRouteFinderMiddleware', `Upstream url path is ${e.path}`, 0),
      oc(7, 'Ocelot.DownstreamUrlCreator.Middleware.DownstreamUrlCreatorMiddleware', `Downstream url is ${down}`, 1),
      oc(e.status >= 500 ? 4 : 6, 'Ocelot.Requester.Middleware.HttpRequesterMiddleware', `${e.status} (${REASONS[e.status]}) status code of request URI: ${down}.`, e.ms),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => {
        const [a, b] = [rng.pick(HAMNAR), rng.pick(HAMNAR)];
        return { path: '/api/turer', query: `fran=${a}&till=${b}&datum=2027-01-${rng.int(12, 31)}` };
      },
      () => ({ path: `/api/bokningar/${bokning(rng)}` }),
      () => ({ path: '/api/hamnar' }),
      () => ({ path: '/api/priser', query: `resenarer=${rng.int(1, 6)}&fordon=${rng.pick(['ingen', 'bil', 'cykel'])}` }),
      () => ({ app: `Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://${SE_API}/halsa - 200 2 text/plain ${rng.int(1, 9)}.${rng.int(1000, 9999)}ms` }),
    ])();
  const header = [
    '<6>2027-01-12T06:00:00.812Z Microsoft.Hosting.Lifetime[14] Now listening on: http://[::]:8080',
    '<6>2027-01-12T06:00:00.815Z Microsoft.Hosting.Lifetime[0] Application started. Press Ctrl+C to shut down.',
    '<6>2027-01-12T06:00:00.815Z Microsoft.Hosting.Lifetime[0] Hosting environment: Production',
    '<6>2027-01-12T06:00:00.815Z Microsoft.Hosting.Lifetime[0] Content root path: /app',
  ];
  const steps = [
    4,
    plant('oauth-code', 'ocelot-downstream-url-inloggning-callback-code', 'warning', `${WHY.code} Ocelot writes the upstream path alone, then the downstream URL with the query twice (\`Downstream url is\` and the status line).`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/inloggning/callback', query: `code=${code}&state=${rng.hex(32)}&session_state=${rng.uuid()}`, status: 302, down: 'http://konto:8080' } };
    }),
    3,
    plant('negative', 'ocelot-nyckelkort-flag', 'none', 'A cabin key card flag (`nyckelkort=aktiverat`, "key card: activated") with the cabin number: a word named like a key, no credential.', ({ rng }) => {
      const v = `hytt=B${rng.int(10, 99)}&nyckelkort=aktiverat&resa=${rng.int(100000, 999999)}`;
      return { value: v, event: { path: '/api/hytter/status', query: v } };
    }),
    3,
    plant('id-token', 'ocelot-downstream-url-utloggning-id_token_hint', 'error', 'The sign-out route `/utloggning?id_token_hint=<JWT>` forwarded to the identity service: the downstream URL lines write the ID token (identity claims, live when logged; the systemd formatter writes UTC).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(300, 2400), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${SE_ID}`, aud: 'skl-webb', sub: rng.uuid(), email: 'erik.lindqvist@mail.example', name: 'Erik Lindqvist' } });
      return { value: token, jwt: facts, event: { path: '/utloggning', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${SE_WWW}%2F`, status: 302, down: 'http://konto:8080', downPath: '/connect/endsession' } };
    }),
    3,
    plant('path-secret', 'ocelot-upstream-path-aterstall-losenord', 'error', WHY.pathSecret('A password reset link, `/konto/aterstall-losenord/<token>`, in the upstream path and both downstream lines'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { path: `/konto/aterstall-losenord/${token}`, down: 'http://konto:8080' } };
    }),
    3,
    plant('api-key-name', 'ocelot-downstream-url-api_nyckel', 'error', `${WHY.apiKey('api_nyckel')} A tour operator's timetable import sends the key in the query, written in both downstream lines.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/api/partner/tidtabell', query: `api_nyckel=${key}&hamn=${rng.pick(HAMNAR)}`, ua: 'python-requests/2.32.5' } };
    }),
    3,
    plant('negative', 'ocelot-biljettnummer-travel-ticket', 'none', 'A printed travel ticket number (`biljettnummer=SKL-…`) looked up at the quay: a booking reference, no credential (and no single-use login ticket).', ({ rng }) => {
      const nr = `biljettnummer=SKL-${rng.int(1000, 9999)}-${digits(rng, 6)}`;
      return { value: nr, event: { path: '/api/biljetter', query: `${nr}&kontroll=kaj` } };
    }),
    3,
    plant('refresh-token', 'ocelot-downstream-url-fornya-refresh_token', 'error', `${WHY.refresh} The booking app renews its session with \`refresh_token=\` in the query of \`/api/auth/fornya\`, written in both downstream lines.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'POST', path: '/api/auth/fornya', query: `refresh_token=${rt}&klient=skl-app`, down: 'http://konto:8080', ua: 'okhttp/5.3.0' } };
    }),
    3,
    plant('webhook', 'ocelot-downstream-rundeck-webhook-token', 'error', WHY.webhook("An Ocelot route forwards the alert relay (`/larm/omstart`) to a Rundeck webhook (`/api/46/webhook/<auth token>`) that restarts the booking service: the token is in the downstream lines only"), ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { method: 'POST', path: '/larm/omstart', down: 'https://rundeck.skargardslinjen.example', downPath: `/api/46/webhook/${tok}`, ua: 'Alertmanager/0.28.1' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 5 * MIN, site: { host: SE_API, api: true }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// papertrail-archive.tsv: one hour of Skärgårdslinjen's Papertrail log archive (the hourly `.tsv.gz` Papertrail writes to
// S3, gunzipped): tab-separated `id`, `generated_at`, `received_at`, `source_id`, `source_name`, `source_ip`,
// `facility_name`, `severity_name`, `program`, `message`; times in UTC. Sources: the web server's nginx (`combined` in
// the message), the Node booking site, a backup job's `set -x`.
// https://www.papertrail.com/help/permanent-log-archives/, column order as scripts reading them spell it (e.g.
// https://gist.github.com/Partyschaum/9826450851908f0f0af2)

function papertrailLog(rng) {
  let id = 1799000000000000000n + BigInt(rng.int(1000000, 9999999)) * 1000n;
  const at = (ms) => iso(ms).replace('.000Z', 'Z').replace(/\.\d{3}Z$/, 'Z');
  const render = (e, rng) => {
    id += BigInt(rng.int(3, 900));
    const row = (src, sid, ip, fac, sev, prog, msg) => `${id}\t${at(e.t)}\t${at(e.t + 1000)}\t${sid}\t${src}\t${ip}\t${fac}\t${sev}\t${prog}\t${msg}`;
    if (e.app) return [row('app-01', 7410233, '198.51.100.21', 'user', e.sev ?? 'Info', 'bokning-web', e.app)];
    if (e.job) return [row('backup-01', 7410240, '198.51.100.24', 'cron', 'Notice', 'backup.sh', e.job)];
    return [row('web-01', 7410229, '198.51.100.20', 'local7', 'Info', 'nginx', `${e.ip} - - [${clf(e.t, 60)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/', referer: 'https://www.google.com/' }),
      () => ({ path: '/turer', query: `fran=${rng.pick(HAMNAR)}&till=${rng.pick(HAMNAR)}` }),
      () => ({ path: `/assets/app-${rng.hex(8)}.js`, referer: `https://${SE_WWW}/` }),
      () => ({ app: `GET /api/turer 200 ${rng.int(8, 90)} ms - ${rng.int(900, 9000)}` }),
      () => ({ app: `bokning ${bokning(rng)} bekräftad (${rng.int(1, 5)} resenärer)` }),
      () => ({ job: `+ pg_dump --format=custom --file=/backup/bokning-2027-01-12.dump bokning` }),
    ])();
  const steps = [
    4,
    plant('api-key-name', 'papertrail-nginx-matomo-token_auth', 'error', `${WHY.apiKey('token_auth')} A reporting script reads Matomo's Reporting API with the user's \`token_auth\` in the query, in nginx's request line.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: '/matomo/index.php', query: `module=API&method=VisitsSummary.get&idSite=1&period=day&date=yesterday&format=JSON&token_auth=${key}`, ua: 'python-requests/2.32.5' } };
    }),
    4,
    plant('negative', 'papertrail-nginx-matomo-visitor-id', 'none', "Matomo's tracker request with the visitor id `_id=<16 hex>` and the page view id: analytics ids, no credential.", ({ rng }) => {
      const vid = rng.hex(16);
      return { value: `_id=${vid}`, event: { path: '/matomo/matomo.php', query: `idsite=1&rec=1&action_name=Mina%20resor&_id=${vid}&pv_id=${rng.alnum(6)}&r=${digits(rng, 6)}`, status: 204, bytes: 0, referer: `https://${SE_WWW}/mina-resor` } };
    }),
    4,
    plant('implicit-fragment', 'papertrail-app-klientfel-sida-fragment', 'error', "The booking site's client error report (`klientfel`) writes the page address `sida` with its fragment `#access_token=<JWT>` (an old implicit-flow page): an access token valid 15 min (Papertrail's `generated_at` is UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(30, 300), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${SE_ID}`, aud: 'bokning-api', sub: rng.uuid(), scope: 'openid bokning' } });
      return { value: token, jwt: facts, event: { sev: 'Warning', app: `klientfel ${JSON.stringify({ sida: `https://${SE_WWW}/mina-resor#access_token=${token}&token_type=Bearer&expires_in=900`, fel: "TypeError: Cannot read properties of undefined (reading 'avgang')" })}` } };
    }),
    4,
    plant('replay', 'papertrail-nginx-engangsbiljett', 'note', WHY.ticketFirst('An opaque `engangsbiljett` ("one-time ticket") in the boarding pass download link (`/boardingkort/ladda-ner?engangsbiljett=…`, one download per link)'), ({ rng, t }) => {
      firstUse.bk = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { path: '/boardingkort/ladda-ner', query: `bokning=SKL-448120&engangsbiljett=${tk}`, bytes: 48211, referer: `https://${SE_WWW}/mina-resor` } };
    }, { ref: 'bk' }),
    3,
    plant('replay', 'papertrail-nginx-engangsbiljett', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('bk').value, why: `${WHY.replay('engangsbiljett', gap('bk', t))} The client address opening each nginx message shows the two clients.` }], event: { ip: '203.0.113.201', path: '/boardingkort/ladda-ner', query: `bokning=SKL-448120&engangsbiljett=${refs.get('bk').value}`, bytes: 48211, ua: 'Wget/1.25.0' } }), { replayOf: 'bk', after: 97 }),
    4,
    plant('embed-jwt', 'papertrail-nginx-embed-turlista-jwt-120s', 'warning', 'A tourist office embeds the timetable (`/embed/turlista/<JWT>`); the embed token is valid 120 s without `jti`: short-lived but replayable inside its window (warning).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { resurs: { turlista: rng.int(3, 30) }, params: { hamn: 'Vaxholm' } } });
      return { value: token, jwt: facts, event: { path: `/embed/turlista/${token}`, referer: 'https://www.vaxholm-turism.example/' } };
    }),
    4,
    plant('negative', 'papertrail-nginx-swish-payment-reference', 'none', "Swish's payment request id (`betalningsreferens=<32 hex>`) on the page the payer returns to: an id the shop looks up with its own certificate, no credential.", ({ rng }) => {
      const ref = rng.hex(32).toUpperCase();
      return { value: ref, event: { path: '/betalning/klar', query: `betalningsreferens=${ref}&bokning=${bokning(rng)}`, referer: '-' } };
    }),
    4,
    plant('webhook', 'papertrail-deploy-set-x-portainer-service-webhook', 'error', WHY.webhook("A deploy job's `set -x` trace writes a Portainer service webhook (`https://…/api/webhooks/<uuid>`), which redeploys the booking service for anyone who posts to it"), ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { job: `+ curl -fsS -X POST https://portainer.skargardslinjen.example/api/webhooks/${u}?tag=2027.01.12` } };
    }),
    4,
    plant('session-id', 'papertrail-nginx-sessionsnyckel-query', 'error', WHY.session('An old booking confirmation link carries the session in the query (`sessionsnyckel=`, "session key")'), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { path: '/bokning/visa', query: `bokning=${bokning(rng)}&sessionsnyckel=${sid}`, referer: 'https://mail.google.com/' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: SE_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mail.log: Skärgårdslinjen's mail server, Postfix 3.8 and Dovecot 2.3 through rsyslog's traditional format (`Jan 12
// 08:00:01 mx1 postfix/smtpd[<pid>]: …`, local time, no year, no zone). Postfix `body_checks` with `WARN` for lines
// holding a URL logs `<queue id>: warning: body: <line> from <client>; from=<…> to=<…> proto=… helo=<…>`; Dovecot has
// `auth_debug = yes`, `auth_debug_passwords = yes` (the SASL response in `client in: AUTH` lines) and
// `auth_verbose_passwords = plain` (the given password on a mismatch).
// https://www.postfix.org/header_checks.5.html, https://doc.dovecot.org/2.3/settings/core/#core_setting-auth_verbose_passwords,
// https://doc.dovecot.org/2.3/settings/core/#core_setting-auth_debug_passwords

function mailLog(rng) {
  const qid = (rng) => upperNum(rng, 12).replace(/^./, () => rng.pick(['4', '5']));
  const render = (e, rng) => {
    const at = `${syslogTime(e.t, 60)} mx1`;
    const pid = rng.int(10000, 40000);
    if (e.lines) return e.lines.map((l) => `${at} ${l.replace('{pid}', pid)}`);
    const q = qid(rng);
    const user = rng.pick(['kundtjanst', 'bokning', 'ekonomi', 'hamnkontoret', 'lars.berg', 'anna.holm']);
    return rng.pick([
      () => [`${at} postfix/smtpd[${pid}]: connect from unknown[${e.ip}]`, `${at} postfix/smtpd[${pid}]: ${q}: client=unknown[${e.ip}], sasl_method=PLAIN, sasl_username=${user}@skargardslinjen.example`, `${at} postfix/smtpd[${pid}]: disconnect from unknown[${e.ip}] ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=8`],
      () => [`${at} postfix/qmgr[1187]: ${q}: from=<noreply@skargardslinjen.example>, size=${rng.int(3000, 40000)}, nrcpt=1 (queue active)`, `${at} postfix/smtp[${pid}]: ${q}: to=<${rng.pick(['karin', 'johan', 'elin', 'nils'])}${rng.int(1, 99)}@mail.example>, relay=mx.mail.example[203.0.113.25]:25, delay=${rng.int(1, 9)}.${rng.int(1, 9)}, delays=0.02/0/0.31/0.4, dsn=2.0.0, status=sent (250 2.0.0 OK)`, `${at} postfix/qmgr[1187]: ${q}: removed`],
      () => [`${at} dovecot: imap(${user}@skargardslinjen.example)<${pid}><${rng.b64url(16)}>: Logged out in=${rng.int(100, 900)} out=${rng.int(1000, 90000)} deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0`],
    ])();
  };
  const filler = () => ({});
  const warn = (rng, line, to) => {
    const q = qid(rng);
    return [
      `postfix/pickup[{pid}]: ${q}: uid=33 from=<noreply@skargardslinjen.example>`,
      `postfix/cleanup[{pid}]: ${q}: warning: body: ${line} from local; from=<noreply@skargardslinjen.example> to=<${to}>`,
      `postfix/cleanup[{pid}]: ${q}: message-id=<${rng.hex(20)}@skargardslinjen.example>`,
    ];
  };
  const steps = [
    5,
    plant('encoded', 'mail-dovecot-auth-debug-plain-resp-base64', 'error', "Dovecot with `auth_debug_passwords = yes` writes the SASL exchange: `resp=` is base64 of PLAIN's `\\0user\\0password`, one decoding from a mailbox password.", ({ rng }) => {
      const resp = b64Of(`\0hamnkontoret@skargardslinjen.example\0${rng.alnum(10)}-${rng.int(10, 99)}`);
      return { value: resp, event: { lines: [`dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=smtp\tnologin\tlip=10.20.0.5\trip=198.51.100.77\tsecured\tresp=${resp}`] } };
    }),
    4,
    plant('negative', 'mail-dovecot-login-session-id', 'none', "Dovecot's `session=<…>` on a login line: an id that ties a session's log lines together, not a credential.", ({ rng }) => {
      const s = rng.b64url(16);
      return { value: `session=<${s}>`, event: { lines: [`dovecot: imap-login: Login: user=<lars.berg@skargardslinjen.example>, method=PLAIN, rip=198.51.100.${rng.int(30, 90)}, lip=10.20.0.5, mpid={pid}, TLS, session=<${s}>`] } };
    }),
    4,
    plant('path-secret', 'mail-postfix-body-checks-aterstall-losenord', 'error', WHY.pathSecret("A password reset mail's link line, `https://…/konto/aterstall-losenord/<token>`, which `body_checks` logs (`warning: body:`)"), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { lines: warn(rng, `https://${SE_WWW}/konto/aterstall-losenord/${token}`, 'maja.ek@mail.example') } };
    }),
    4,
    plant('framework-dump', 'mail-dovecot-auth-verbose-passwords-plain', 'error', "Dovecot with `auth_verbose_passwords = plain` writes the password a client gave on a mismatch: a user's password (or a near miss of it) in the clear.", ({ rng }) => {
      const pw = `Skargard${rng.alnum(6)}!${rng.int(10, 99)}`;
      return { value: pw, event: { lines: [`dovecot: auth: passwd-file(anna.holm@skargardslinjen.example,198.51.100.${rng.int(100, 200)},<${rng.b64url(16)}>): Password mismatch (given password: ${pw})`] } };
    }),
    4,
    plant('negative', 'mail-postfix-message-id', 'none', 'A `message-id=<…@skargardslinjen.example>`: a mail\'s identifier, no credential.', ({ rng }) => {
      const mid = `${rng.hex(24)}.${digits(rng, 10)}@skargardslinjen.example`;
      return { value: mid, event: { lines: [`postfix/cleanup[{pid}]: ${qid(rng)}: message-id=<${mid}>`] } };
    }),
    4,
    plant('path-secret', 'mail-postfix-body-checks-bekrafta-epost', 'error', WHY.pathSecret("An address confirmation mail's link line, `https://…/konto/bekrafta-epost/<token>`, logged by `body_checks`"), ({ rng }) => {
      const token = `${rng.hex(8)}-${rng.alnum(32)}`;
      return { value: token, event: { lines: warn(rng, `https://${SE_WWW}/konto/bekrafta-epost/${token}`, 'olle.sandberg@mail.example') } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 20 * MIN, site: { host: 'mx1.skargardslinjen.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gradle-debug.log: a CI build of Skärgårdslinjen's Android app with `./gradlew --debug assembleRelease` (Gradle 9.2):
// `<yyyy-MM-ddTHH:mm:ss.SSS+zzzz> [<LEVEL>] [<logger>] <message>`, local time with its offset; Gradle's warning that
// debug logging leaks security-sensitive information; HttpClientHelper's `Performing HTTP GET: <url>`, Apache
// HttpClient's `org.apache.http.headers` lines (`http-outgoing-<n> >> <header>`), `println` as `[QUIET] [system.out]`.
// https://docs.gradle.org/current/userguide/logging.html#sec:debug_security

function gradleLog(rng) {
  let conn = 0;
  const render = (e) => {
    const at = (dt = 0) => `${local(e.t + dt, 60).slice(0, 23)}+0100`;
    if (e.line) return [`${at()} ${e.line}`];
    const c = conn++;
    const u = new URL(e.url);
    return [
      `${at()} [DEBUG] [org.gradle.internal.resource.transport.http.HttpClientHelper] Performing HTTP ${e.method}: ${e.url}`,
      `${at(2)} [DEBUG] [org.apache.http.headers] http-outgoing-${c} >> ${e.method} ${u.pathname}${u.search} HTTP/1.1`,
      `${at(2)} [DEBUG] [org.apache.http.headers] http-outgoing-${c} >> Host: ${u.host}`,
      ...(e.headers ?? []).map((h) => `${at(2)} [DEBUG] [org.apache.http.headers] http-outgoing-${c} >> ${h}`),
      `${at(2)} [DEBUG] [org.apache.http.headers] http-outgoing-${c} >> User-Agent: Gradle/9.2.1 (Linux;6.8.0-1044-azure;amd64) (Eclipse Adoptium;21.0.9;21.0.9+10-LTS)`,
      `${at(e.ms)} [DEBUG] [org.apache.http.headers] http-outgoing-${c} << HTTP/1.1 ${e.status} ${REASONS[e.status]}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', url: `https://dl.google.com/dl/android/maven2/androidx/${rng.pick(['core/core/1.17.0/core-1.17.0.pom', 'activity/activity/1.11.0/activity-1.11.0.module', 'compose/ui/ui/1.9.4/ui-1.9.4.module'])}` }),
      () => ({ method: 'GET', url: `https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/5.3.0/okhttp-5.3.0.${rng.pick(['pom', 'module', 'jar'])}` }),
      () => ({ line: `[LIFECYCLE] [class org.gradle.internal.buildevents.TaskExecutionLogger] > Task :app:${rng.pick(['compileReleaseKotlin', 'mergeReleaseResources', 'processReleaseManifest', 'dexBuilderRelease', 'lintVitalAnalyzeRelease'])}` }),
      () => ({ line: `[DEBUG] [org.gradle.internal.operations.DefaultBuildOperationRunner] Build operation 'Resolve dependencies of :app:releaseRuntimeClasspath' completed` }),
    ])();
  const header = [
    '2027-01-12T09:10:02.114+0100 [INFO] [org.gradle.internal.nativeintegration.services.NativeServices] Initialized native services in: /home/runner/.gradle/native',
    '2027-01-12T09:10:02.131+0100 [WARN] [org.gradle.launcher.cli.DebugLoggerWarningAction] ',
    '#############################################################################',
    '   WARNING WARNING WARNING WARNING WARNING WARNING WARNING WARNING WARNING',
    '',
    '   Debug level logging will leak security sensitive information!',
    '',
    '   For more details, please refer to https://docs.gradle.org/9.2.1/userguide/logging.html#sec:debug_security in the Gradle documentation.',
    '#############################################################################',
    '2027-01-12T09:10:02.402+0100 [DEBUG] [org.gradle.launcher.daemon.client.DefaultDaemonConnector] Starting daemon process: workingDir = /home/runner/.gradle/daemon/9.2.1',
  ];
  const steps = [
    4,
    plant('header-dump', 'gradle-apache-headers-authorization-basic', 'error', "HttpClient's `org.apache.http.headers` at DEBUG writes the request headers Gradle sends to the company's Maven repository: `Authorization: Basic <base64 of user:token>` from gradle.properties.", ({ rng }) => {
      const basic = b64Of(`ci-android:${rng.alnum(32)}`);
      return { value: basic, event: { method: 'GET', url: 'https://maven.skargardslinjen.example/releases/se/skargardslinjen/karta-sdk/3.4.0/karta-sdk-3.4.0.aar', headers: [`Authorization: Basic ${basic}`, 'Accept-Encoding: gzip,deflate'] } };
    }),
    4,
    plant('negative', 'gradle-build-cache-key', 'none', "A task's build cache key (32 hex, a hash of its inputs): no credential.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { line: `[DEBUG] [org.gradle.caching.internal.controller.DefaultBuildCacheController] Loaded cache entry for task ':app:compileReleaseKotlin' with cache key ${key}` } };
    }),
    4,
    plant('api-key-name', 'gradle-performing-http-get-nyckel', 'error', `${WHY.apiKey('nyckel')} A build task downloads the timetable export with the key in the query: Gradle's \`Performing HTTP GET:\` and HttpClient's request line write it.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { method: 'GET', url: `https://${SE_API}/v2/tidtabeller/export.json?nyckel=${key}&format=kompakt` } };
    }),
    4,
    plant('framework-dump', 'gradle-system-out-signingconfig-tostring', 'error', "A `println` in build.gradle.kts of the release signing config (`[QUIET] [system.out]`): its toString writes `storePassword` and `keyPassword` in the clear.", ({ rng }) => {
      const pw = `${rng.alnum(12)}#${rng.alnum(4)}`;
      return { value: pw, event: { line: `[QUIET] [system.out] Signeringskonfiguration: SigningConfig{name=release, storeFile=/home/runner/work/_temp/release.jks, storePassword=${pw}, keyAlias=skargardslinjen, keyPassword=${pw}, storeType=pkcs12}` } };
    }),
    4,
    plant('negative', 'gradle-sha1-checksum-path', 'none', 'A SHA-1 checksum in the path of the Gradle module cache: the hash of an artifact, no credential.', ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { line: `[DEBUG] [org.gradle.internal.resource.transfer.DefaultCacheAwareExternalResourceAccessor] Found locally available resource with matching checksum: [https://repo.maven.apache.org/maven2/com/squareup/okio/okio-jvm/3.16.2/okio-jvm-3.16.2.jar, /home/runner/.gradle/caches/modules-2/files-2.1/com.squareup.okio/okio-jvm/3.16.2/${h}/okio-jvm-3.16.2.jar]` } };
    }),
    4,
    plant('webhook', 'gradle-performing-http-post-cloud-build-webhook-secret', 'error', WHY.webhook("A publish task starts the release pipeline through a Cloud Build webhook trigger (`…/triggers/<name>:webhook?key=<API key>&secret=<secret>`); the `secret` is the trigger's credential"), ({ rng }) => {
      const sec = rng.alnum(40);
      return { value: sec, event: { method: 'POST', url: `https://cloudbuild.googleapis.com/v1/projects/skl-ci/triggers/android-release:webhook?key=AIza${rng.b64url(35)}&secret=${sec}&trigger=android-release&projectId=skl-ci`, headers: ['Content-Type: application/json'] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 10 * MIN, site: { host: 'ci' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// vector-console.ndjson: Vector 0.51 tailing the booking workers' Python logs (`file` source) into a `console` sink with
// `encoding.codec = "json"`: one event per line, keys in Vector's order (`file`, `host`, `message`, `source_type`,
// `timestamp` in UTC); the message is the Python logging line (`%(asctime)s %(levelname)s [%(name)s] %(message)s`,
// local time).
// https://vector.dev/docs/reference/configuration/sinks/console/, https://vector.dev/docs/reference/configuration/sources/file/

function vectorLog(rng) {
  const render = (e) => {
    const msg = `${ymd(e.t - 40, 60)} ${hms(e.t - 40, 60)},${local(e.t - 40, 60).slice(20, 23)} ${e.lvl ?? 'INFO'} [${e.name ?? 'bokning.web'}] ${e.msg}`;
    return [JSON.stringify({ file: '/var/log/bokning/worker.log', host: 'app-02', message: msg, source_type: 'file', timestamp: `${iso(e.t).slice(0, 23)}${digits(rng, 3)}Z` })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `GET /api/turer 200 ${rng.int(5, 80)}ms` }),
      () => ({ name: 'bokning.betalning', msg: `Swish-betalning ${rng.int(100000, 999999)} bekräftad för ${bokning(rng)}` }),
      () => ({ name: 'bokning.sync', msg: `synkade ${rng.int(10, 90)} avgångar från tidtabellen` }),
      () => ({ name: 'celery.worker.strategy', msg: `Task bokning.skicka_bekraftelse[${rng.uuid()}] received` }),
    ])();
  const steps = [
    4,
    plant('id-token', 'vector-message-endsession-id_token_hint-expired', 'note', "A sign-out redirect written by the worker with `id_token_hint=<JWT>` that expired three hours before (a tab left open overnight): identity claims, but expired when logged (note; Vector's `timestamp` is UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 3 * 3600 + rng.int(60, 600), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${SE_ID}`, aud: 'skl-webb', sub: rng.uuid(), email: 'sara.nyberg@mail.example' } });
      return { value: token, jwt: facts, event: { lvl: 'WARNING', name: 'bokning.auth', msg: `utloggning: id_token_hint har gått ut, skickar vidare till https://${SE_ID}/connect/endsession?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${SE_WWW}%2F` } };
    }),
    4,
    plant('negative', 'vector-traceparent', 'none', 'A W3C `traceparent` (trace and span ids) on a request line: tracing ids, no credential.', ({ rng }) => {
      const tr = rng.hex(32);
      return { value: tr, event: { msg: `GET /api/priser 200 ${rng.int(5, 60)}ms traceparent=00-${tr}-${rng.hex(16)}-01` } };
    }),
    4,
    plant('implicit-fragment', 'vector-message-app-redirect-scheme-fragment', 'error', "The app's redirect `se.skargardslinjen.app:/oauth2redirect#access_token=<JWT>` (a reverse-domain custom scheme) written by the deep-link handler: an access token valid 30 min.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(5, 60), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${SE_ID}`, aud: 'bokning-api', sub: rng.uuid(), scope: 'bokning' } });
      return { value: token, jwt: facts, event: { name: 'bokning.app', msg: `djuplänk mottagen: se.skargardslinjen.app:/oauth2redirect#access_token=${token}&token_type=Bearer&expires_in=1800&state=${rng.hex(16)}` } };
    }),
    4,
    plant('header-dump', 'vector-message-python-dict-headers-cookie', 'error', WHY.session("A proxy helper logs the headers it forwards as a Python dict: the `Cookie` header with the site's session cookie `skl_session`"), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { lvl: 'DEBUG', name: 'bokning.proxy', msg: `vidarebefordrar headers: {'Host': '${SE_WWW}', 'Cookie': 'skl_session=${sid}; sprak=sv', 'Accept': 'application/json'}` } };
    }),
    4,
    plant('encoded', 'vector-message-retur-double-percent-encoded-token', 'error', 'A return address percent-encoded twice (`retur=https%253A%252F%252F…%253Ftoken%253D<token>`): two decodings from the token.', ({ rng }) => {
      const tok = rng.alnum(40);
      const inner = encodeURIComponent(encodeURIComponent(`https://${SE_WWW}/bokning/betala?token=${tok}`));
      return { value: tok, event: { name: 'bokning.web', msg: `omdirigerar till /logga-in?retur=${inner}` } };
    }),
    4,
    plant('negative', 'vector-cursor-base64-json', 'none', 'A paging cursor, base64 of `{"efter": <id>}`: a position, no credential.', ({ rng }) => {
      const cur = b64Of(JSON.stringify({ efter: rng.int(100000, 999999), sida: 2 }));
      return { value: cur, event: { name: 'bokning.sync', msg: `hämtar nästa sida cursor=${cur}` } };
    }),
    4,
    plant('webhook', 'vector-message-apps-script-web-app-url', 'error', WHY.webhook("A Google Apps Script web app deployed for \"anyone\" (`https://script.google.com/macros/s/<deployment id>/exec`) that appends departures to a sheet: the deployment id is the only secret"), ({ rng }) => {
      const dep = `AKfycb${rng.b64url(66)}`;
      return { value: dep, event: { lvl: 'ERROR', name: 'bokning.rapporter', msg: `export misslyckades: 302 Found för https://script.google.com/macros/s/${dep}/exec?blad=avgangar` } };
    }),
    4,
    plant('framework-dump', 'vector-message-python-dict-settings-password', 'error', "A start-up log of the settings as a Python dict: `smtp_losenord` (the SMTP password) in the clear.", ({ rng }) => {
      const pw = `${rng.alnum(14)}${rng.int(10, 99)}`;
      return { value: pw, event: { lvl: 'DEBUG', name: 'bokning.config', msg: `laddade inställningar: {'databas': 'postgresql://bokning@db-01/bokning', 'smtp_server': 'smtp.skargardslinjen.example', 'smtp_losenord': '${pw}', 'miljo': 'produktion'}` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: SE_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// server.log: Energie Hanácká's Zulip 11 (`/var/log/zulip/server.log`): `<yyyy-mm-dd HH:MM:SS.mmm> <LEVEL> [zr]
// <client ip padded> <METHOD padded> <status> <ms>ms (db: …) <path> (<user> via <client>)`, the server's local time
// without a zone.
// https://zulip.readthedocs.io/en/latest/production/troubleshooting.html,
// https://zulip.readthedocs.io/en/latest/subsystems/logging.html

function zulipLog(rng) {
  const render = (e) => {
    if (e.line) return [`${ymd(e.t, 60)} ${hmsMs(e.t, 60)} ${e.line}`];
    const ms = `${e.ms}ms`.padStart(6);
    return [`${ymd(e.t, 60)} ${hmsMs(e.t, 60)} INFO [zr] ${e.ip.padEnd(15)} ${e.method.padEnd(7)} ${e.status} ${ms} (db: ${rng.int(1, 9)}ms/${rng.int(1, 12)}q) ${target(e)} (${e.who ?? 'unauth via ?'})`];
  };
  const lide = ['jana.dvorakova', 'petr.novak', 'lucie.kralova', 'tomas.horak', 'eva.cerna'];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/json/messages', query: `anchor=newest&num_before=${rng.int(50, 200)}&num_after=0&narrow=%5B%5D`, who: `${rng.pick(lide)}@energiehanacka.example via website` }),
      () => ({ method: 'POST', path: '/json/users/me/presence', who: `${rng.pick(lide)}@energiehanacka.example via website` }),
      () => ({ method: 'POST', path: '/json/messages', who: `${rng.pick(lide)}@energiehanacka.example via ZulipMobile` }),
      () => ({ line: `INFO [zulip.soft_deactivation] Soft reactivated user ${rng.int(10, 90)}` }),
    ])();
  const steps = [
    4,
    plant('negative', 'zulip-events-queue_id', 'none', 'An event queue id and the last event id of the long-poll (`queue_id=<n>:<n>`): a client\'s queue, usable only with its session, no credential.', ({ rng }) => {
      const q = `${digits(rng, 10)}:${rng.int(1, 9)}`;
      return { value: `queue_id=${q}`, event: { path: '/json/events', query: `queue_id=${q}&last_event_id=${rng.int(10, 900)}&dont_block=false`, who: 'lucie.kralova@energiehanacka.example via website' } };
    }),
    4,
    plant('webhook', 'zulip-external-grafana-api_key', 'error', WHY.webhook("Grafana posts alerts to Zulip's incoming webhook `/api/v1/external/grafana?api_key=<bot key>&stream=provoz&topic=…`; the bot's API key is in the logged path"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { method: 'POST', path: '/api/v1/external/grafana', query: `api_key=${key}&stream=provoz&topic=poruchy`, who: 'grafana-bot@energiehanacka.example via ZulipGrafanaWebhook' } };
    }),
    4,
    plant('path-secret', 'zulip-join-multiuse-invite-key', 'error', WHY.pathSecret("A reusable invitation link to the organization (`/join/<key>/`), shared in an e-mail"), ({ rng }) => {
      const key = rng.lowerNum(24);
      return { value: key, event: { path: `/join/${key}/` } };
    }),
    4,
    plant('negative', 'zulip-user-avatar-hash', 'none', "A user avatar's hashed file name (`/user_avatars/<realm>/<sha1>.png?version=3`): a content address, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { path: `/user_avatars/2/${h}.png`, query: 'version=3', who: 'petr.novak@energiehanacka.example via website' } };
    }),
    4,
    plant('path-secret', 'zulip-accounts-do_confirm-key', 'error', WHY.pathSecret("A sign-up confirmation link (`/accounts/do_confirm/<key>`)"), ({ rng }) => {
      const key = rng.lowerNum(24);
      return { value: key, event: { path: `/accounts/do_confirm/${key}` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 30 * MIN, site: { host: CZ_CHAT }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// debug.log: Energie Hanácká's MediaWiki 1.43 with `$wgDebugLogFile` set for a support case: per request `Start request
// <METHOD> <url>`, `HTTP HEADERS:` and each header upper-cased (`COOKIE: …`), then the channels' lines (`[session] …`,
// `[DBConnection] …`) and `[MediaWiki] Request ended normally`; no time.
// https://www.mediawiki.org/wiki/Manual:$wgDebugLogFile, https://www.mediawiki.org/wiki/Manual:How_to_debug#Logging

function mediawikiLog(rng) {
  const render = (e) => [
    `Start request ${e.method} ${target(e)}`,
    'HTTP HEADERS:',
    `HOST: ${CZ_WIKI}`,
    `X-REQUEST-ID: ${e.xrid ?? e.reqId}`,
    `X-FORWARDED-FOR: ${e.ip}`,
    `USER-AGENT: ${e.ua}`,
    'ACCEPT-LANGUAGE: cs-CZ,cs;q=0.9,en;q=0.8',
    ...(e.headers ?? []),
    '[caches] cluster: RedisBagOStuff, WAN: mediawiki-main-default, stash: db-replicated, message: RedisBagOStuff, session: RedisBagOStuff',
    '[session] SessionManager using store RedisBagOStuff',
    `[DBConnection] Wikimedia\\Rdbms\\LoadBalancer::reuseOrOpenConnectionForNewRef: opened new connection for ${rng.int(0, 1)}/energiewiki`,
    '[MediaWiki] Request ended normally',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/wiki/${rng.pick(['Hlavn%C3%AD_strana', 'Odpo%C4%8Dty_elektrom%C4%9Br%C5%AF', 'Pohotovost', 'Tarify_2027'])}` }),
      () => ({ path: '/w/load.php', query: `lang=cs&modules=startup&only=scripts&raw=1&skin=vector-2022` }),
      () => ({ path: '/w/index.php', query: `title=Pohotovost&action=history` }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'mediawiki-http-headers-cookie-session', 'error', WHY.session("The debug log's `HTTP HEADERS:` block writes the `COOKIE` header: the wiki's session cookie `energiewiki_session`"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { path: '/wiki/Pohotovost', headers: [`COOKIE: energiewiki_session=${sid}; energiewikiUserID=${rng.int(10, 400)}; energiewikiUserName=Jana.Dvorakova`] } };
    }),
    2,
    plant('negative', 'mediawiki-api-csrf-token', 'none', "MediaWiki's CSRF token (`token=<32 hex>%2B%5C`, ending in `+\\`): it only works with the session it was issued to, no credential.", ({ rng }) => {
      const tok = `${rng.hex(32)}${rng.hex(8)}%2B%5C`;
      return { value: tok, event: { method: 'POST', path: '/w/api.php', query: `action=watch&format=json&titles=Pohotovost&token=${tok}` } };
    }),
    2,
    plant('path-secret', 'mediawiki-special-confirmemail-token', 'error', WHY.pathSecret('An address confirmation link, `Speciální:ConfirmEmail/<token>`, on the `Start request` line'), ({ rng }) => {
      const token = rng.hex(32);
      return { value: token, event: { path: `/wiki/Speci%C3%A1ln%C3%AD:ConfirmEmail/${token}` } };
    }),
    2,
    plant('header-dump', 'mediawiki-http-headers-authorization-basic', 'error', "The `HTTP HEADERS:` block writes the `AUTHORIZATION` header of a maintenance bot: `Basic <base64 of user:password>`, one decoding from the password.", ({ rng }) => {
      const basic = b64Of(`wikibot:${rng.alnum(18)}`);
      return { value: basic, event: { method: 'POST', path: '/w/api.php', query: 'action=edit&format=json&bot=1', headers: [`AUTHORIZATION: Basic ${basic}`, 'CONTENT-TYPE: application/x-www-form-urlencoded'], ua: 'pywikibot/10.6.0' } };
    }),
    2,
    plant('negative', 'mediawiki-x-request-id', 'none', 'The proxy\'s `X-REQUEST-ID` (24 hex): a request id, no credential.', ({ rng }) => {
      const x = rng.hex(24);
      return { value: x, event: { path: '/wiki/Tarify_2027', xrid: x } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: CZ_WIKI }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pocketbase-logs.json: the request logs of Energie Hanácká's meter-reading app on PocketBase 0.31, read for a support
// case with `sqlite3 -json pb_data/auxiliary.db "select id, created, level, message, data from _logs order by created"`:
// a JSON array, one row a line (`[{…},` … `{…}]`), `created` in UTC, `data` the log's attributes as a JSON string
// (`type`, `url` with the query, `method`, `status`, `execTime`, `auth`, `userIP`, `remoteIP`, `referer`, `userAgent`).
// https://pocketbase.io/docs/logging/, https://sqlite.org/cli.html#changing_output_formats

function pocketbaseLog(rng) {
  const render = (e, rng) => {
    const url = target(e);
    const data = { auth: e.auth ?? '', execTime: Number(`${rng.int(0, 40)}.${rng.int(100, 999)}`), method: e.method, referer: e.referer === '-' ? '' : e.referer, remoteIP: '10.0.4.2', status: e.status, type: 'request', url, userAgent: e.ua, userIP: e.ip };
    return [`${JSON.stringify({ id: rng.lowerNum(15), created: `${iso(e.t).replace('T', ' ')}`, level: e.status >= 400 ? 4 : 0, message: `${e.method} ${url}`, data: JSON.stringify(data) })},`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/collections/odecty/records', query: `page=1&perPage=30&sort=-created&filter=(misto%3D%27${rng.lowerNum(15)}%27)`, auth: 'odectari' }),
      () => ({ method: 'POST', path: '/api/collections/odecty/records', auth: 'odectari', status: 200 }),
      () => ({ path: '/api/health' }),
      () => ({ method: 'POST', path: '/api/collections/odectari/auth-refresh', auth: 'odectari' }),
    ])();
  const steps = [
    4,
    plant('embed-jwt', 'pocketbase-file-token-120s', 'warning', "A protected file (`/api/files/<collection>/<record>/<file>?token=<JWT>`) opened with PocketBase's file token, which is valid 120 s without `jti`: short-lived but replayable inside its window (warning; `created` is UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(3, 30), claims: { collectionId: `pbc_${digits(rng, 10)}`, id: rng.lowerNum(15), refreshable: false, type: 'file' } });
      return { value: token, jwt: facts, event: { path: `/api/files/pbc_${digits(rng, 10)}/${rng.lowerNum(15)}/protokol_${rng.lowerNum(10)}.pdf`, query: `token=${token}`, referer: `https://${CZ_ODECTY}/` } };
    }),
    4,
    plant('negative', 'pocketbase-filter-words-heslo', 'none', 'A list filter naming a field `heslo_nastaveno` ("password set") with `false`: words and a flag, no credential.', ({ rng }) => {
      const f = `filter=(heslo_nastaveno%3Dfalse%20%26%26%20obec%3D${rng.int(500000, 599999)})`;
      return { value: f, event: { path: '/api/collections/zakaznici/records', query: `page=1&perPage=50&${f}`, auth: '_superusers' } };
    }),
    4,
    plant('oauth-code', 'pocketbase-oauth2-redirect-code', 'warning', `${WHY.code} PocketBase's \`/api/oauth2-redirect?code=…&state=…\` is logged with its query.`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { path: '/api/oauth2-redirect', query: `code=${code}&state=${rng.alnum(30)}`, status: 307, referer: 'https://login.szn.example/' } };
    }),
    4,
    plant('path-secret', 'pocketbase-obnova-hesla-jwt-token', 'error', "A password reset link of the app (`/obnova-hesla?token=<JWT>`): PocketBase's reset token is a JWT valid 30 min without `jti` that sets a new password until it is used or expires.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(60, 900), claims: { collectionId: `pbc_${digits(rng, 10)}`, email: 'martin.sedlak@mail.example', id: rng.lowerNum(15), type: 'passwordReset' } });
      return { value: token, jwt: facts, event: { path: '/obnova-hesla', query: `token=${token}`, referer: 'https://mail.seznam.example/' } };
    }),
    4,
    plant('negative', 'pocketbase-record-id-path', 'none', "A record's id in the path (15 characters): an id, no credential.", ({ rng }) => {
      const id = rng.lowerNum(15);
      return { value: id, event: { method: 'PATCH', path: `/api/collections/odecty/records/${id}`, auth: 'odectari' } };
    }),
    4,
    plant('api-key-name', 'pocketbase-custom-route-klic_api', 'error', `${WHY.apiKey('klic_api')} A custom route for the distributor's import takes the key in the query.`, ({ rng }) => {
      const key = rng.hex(48);
      return { value: key, event: { method: 'POST', path: '/api/odecty/import', query: `klic_api=${key}&distributor=cez`, ua: 'python-requests/2.32.5' } };
    }),
    4,
  ];
  const built = buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: CZ_ODECTY }, filler, render, steps });
  return { ...built, text: `[${built.text.replace(/,\n$/, ']\n')}` };
}

// ---------------------------------------------------------------------------------------------------------------------
// bench-start.log: Energie Hanácká's ERPNext 15 (Frappe) under `bench start`, honcho's output (`<HH:MM:SS> <process
// padded> | <line>`, local time, no date): the web process's Werkzeug lines (`<ip> - - [<dd/Mon/yyyy HH:MM:SS>]
// "<request line>" <status> -`), the workers' RQ lines and what jobs print.
// https://docs.frappe.io/framework/user/en/bench/bench-commands, https://honcho.readthedocs.io/en/latest/using_procfiles.html,
// https://docs.frappe.io/framework/user/en/api/rest (token auth), https://support.airtable.com/docs/when-webhook-received-trigger

function frappeLog(rng) {
  const render = (e) => {
    const p = (name, line) => `${hms(e.t, 60)} ${name.padEnd(16)} | ${line}`;
    if (e.worker) return [p('worker.1', e.worker)];
    const d = new Date(e.t + 60 * MIN);
    return [p('web.1', `${e.ip} - - [${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${hms(e.t, 60)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} -`)];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/app/sales-invoice', query: `status=Unpaid` }),
      () => ({ path: '/api/method/frappe.desk.form.load.getdoc', query: `doctype=Customer&name=CUST-${rng.int(10000, 99999)}` }),
      () => ({ method: 'POST', path: '/api/method/frappe.desk.reportview.get' }),
      () => ({ worker: `${hms(t, 60)} default: frappe.utils.background_jobs.execute_job(site='${CZ_ERP}', method='erpnext.accounts.doctype.payment_entry.payment_entry.reconcile', …) (${rng.uuid()})` }),
    ])();
  const header = [
    '08:00:00 system           | redis_cache.1 started (pid=4101)',
    '08:00:00 system           | web.1 started (pid=4104)',
    '08:00:00 system           | socketio.1 started (pid=4107)',
    '08:00:00 system           | worker.1 started (pid=4110)',
    '08:00:01 socketio.1       | Realtime service listening on:  9000',
    '08:00:02 web.1            |  * Running on http://0.0.0.0:8000/ (Press CTRL+C to quit)',
  ];
  const steps = [
    4,
    plant('path-secret', 'frappe-update-password-key', 'error', WHY.pathSecret("Frappe's password reset link `/update-password?key=<key>` in Werkzeug's request line"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/update-password', query: `key=${key}` } };
    }),
    4,
    plant('negative', 'frappe-asset-bundle-hash', 'none', 'A desk bundle with its content hash (`desk.bundle.<hash>.js`): a build artifact, no credential.', ({ rng }) => {
      const h = upperNum(rng, 8);
      return { value: h, event: { path: `/assets/frappe/dist/js/desk.bundle.${h}.js` } };
    }),
    4,
    plant('session-id', 'frappe-sid-query', 'error', WHY.session("Frappe reads the session id from a `sid` query parameter too; a report link shared from the desk carries it (`?sid=`)"), ({ rng }) => {
      const sid = rng.hex(56);
      return { value: sid, event: { path: '/api/method/frappe.auth.get_logged_user', query: `sid=${sid}` } };
    }),
    4,
    plant('header-dump', 'frappe-worker-print-headers-token-key-secret', 'error', "A job prints the headers it sends to the other ERPNext site as a Python dict: `'Authorization': 'token <api_key>:<api_secret>'`, Frappe's API key and secret.", ({ rng }) => {
      const pair = `${rng.lowerNum(15)}:${rng.lowerNum(15)}`;
      return { value: pair, event: { worker: `{'Authorization': 'token ${pair}', 'Content-Type': 'application/json', 'Accept': 'application/json'}` } };
    }),
    4,
    plant('webhook', 'frappe-worker-httperror-airtable-webhook-trigger', 'error', WHY.webhook("An Airtable automation's \"When webhook received\" trigger URL (`https://hooks.airtable.com/workflows/v1/genericWebhook/<base>/<workflow>/<trigger>`) in a requests `HTTPError` a notification job prints; the ids in the path are the only secret"), ({ rng }) => {
      const trig = `wtr${rng.alnum(14)}`;
      return { value: trig, event: { worker: `requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: https://hooks.airtable.com/workflows/v1/genericWebhook/app${rng.alnum(14)}/wfl${rng.alnum(14)}/${trig}` } };
    }),
    4,
    plant('negative', 'frappe-search-link-txt-heslo', 'none', 'A link search for the words "heslo k wifi" ("wifi password"): words, no credential.', ({ rng }) => {
      const v = `txt=heslo%20k%20wifi%20${rng.int(100, 999)}`;
      return { value: v, event: { method: 'POST', path: '/api/method/frappe.desk.search.search_link', query: `${v}&doctype=Item` } };
    }),
    4,
    plant('encoded', 'frappe-login-redirect-to-encoded-update-password-key', 'error', 'A login redirect whose `redirect-to` is a percent-encoded path holding a reset `key` (`%2Fupdate-password%3Fkey%3D<key>`): one decoding from the key.', ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/login', query: `redirect-to=${encodeURIComponent(`/update-password?key=${key}`)}` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 5, site: { host: CZ_ERP }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// errors.log: Energie Hanácká's webmail, Roundcube 1.6 (`logs/errors.log`): `[<dd-Mon-yyyy HH:MM:SS +zzzz>]: <<session
// id's first 8 characters>> <message> in <file> on line <n> (<METHOD> <request uri>)`; a plugin's `rcube::write_log()`
// of an array (written with `var_export`, over several lines). Sign-in with Google Workspace through Roundcube's OAuth.
// https://github.com/roundcube/roundcubemail/wiki/Configuration:-OAuth2, https://github.com/roundcube/roundcubemail/blob/master/program/lib/Roundcube/rcube.php

function roundcubeLog(rng) {
  const render = (e, rng) => {
    const d = new Date(e.t + 60 * MIN);
    const at = `[${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()} ${hms(e.t, 60)} +0100]: <${e.sess ?? rng.hex(8)}>`;
    if (e.dump) return [`${at} array (`, ...e.dump.map(([k, v]) => `  '${k}' => ${typeof v === 'number' ? v : `'${v}'`},`), ')'];
    return [`${at} ${e.msg}${e.where ?? ' in /var/www/roundcube/program/lib/Roundcube/rcube_imap.php on line 211'} (${e.method} ${target(e)})`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'POST', path: '/', query: '_task=login&_action=login', msg: `IMAP Error: Login failed for ${rng.pick(['jana.dvorakova', 'petr.novak', 'fakturace'])}@energiehanacka.example against imap.energiehanacka.example from ${rng.pick(['198.51.100', '203.0.113'])}.${rng.int(2, 250)}(X-Real-IP: ${rng.pick(['198.51.100', '203.0.113'])}.${rng.int(2, 250)}). AUTHENTICATE PLAIN: Authentication failed.` }),
      () => ({ method: 'GET', path: '/', query: `_task=mail&_mbox=INBOX&_uid=${rng.int(100, 9000)}&_action=show`, msg: `IMAP Error: Empty startup greeting (imap.energiehanacka.example:993)` }),
      () => ({ method: 'POST', path: '/', query: '_task=mail&_action=send', msg: `SMTP Error: SMTP error: Connection failed: Failed to connect socket: Connection timed out`, where: ' in /var/www/roundcube/program/actions/mail/send.php on line 667' }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'roundcube-oauth-error-request-uri-code', 'warning', `${WHY.code} Roundcube's error line ends with the request URI: the OAuth callback \`/index.php/login/oauth?state=…&code=…\` whose token request failed.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, needle: encodeURIComponent(code), event: { method: 'GET', path: '/index.php/login/oauth', query: `state=${rng.alnum(24)}&code=${encodeURIComponent(code)}&scope=email%20openid%20https%3A%2F%2Fmail.google.com%2F&authuser=0&hd=energiehanacka.example&prompt=consent`, msg: 'OAuth token request failed: Client error: `POST https://oauth2.googleapis.com/token` resulted in a `400 Bad Request` response: {"error": "invalid_grant", "error_description": "Malformed auth code."}', where: ' in /var/www/roundcube/program/include/rcmail_oauth.php on line 581' } };
    }),
    4,
    plant('negative', 'roundcube-csrf-_token', 'none', "Roundcube's request token `_token=` (anti-forgery, tied to the session): no credential.", ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { method: 'GET', path: '/', query: `_task=mail&_action=delete&_uid=${rng.int(100, 9000)}&_mbox=INBOX&_token=${tok}`, msg: 'IMAP Error: Error in IMAP command UID STORE: Mailbox is read-only' } };
    }),
    4,
    {
      category: 'framework-dump', kind: 'roundcube-write_log-var_export-token-response', expect: 'error', why: '',
      make: ({ rng }) => {
        const at = `ya29.${rng.b64url(150)}`;
        const rt = `1//0${rng.b64url(98)}`;
        return {
          marks: [
            { category: 'framework-dump', kind: 'roundcube-write_log-var_export-token-response', expect: 'error', value: at, why: "A plugin's `rcube::write_log('errors', $token)` dumps the token response with `var_export`: Google's access token (`ya29.…`, opaque) on its own line." },
            { category: 'refresh-token', kind: 'roundcube-write_log-var_export-refresh_token', expect: 'error', value: rt, why: `${WHY.refresh} The same \`var_export\` dump writes Google's refresh token (\`1//0…\`) on its own line.` },
          ],
          event: { dump: [['access_token', at], ['expires_in', 3599], ['refresh_token', rt], ['scope', 'https://mail.google.com/ openid https://www.googleapis.com/auth/userinfo.email'], ['token_type', 'Bearer']] },
        };
      },
    },
    4,
    plant('negative', 'roundcube-session-prefix', 'none', "Roundcube's `<…>` after the time: the first 8 characters of the session id, which identify a session's lines but cannot be replayed (no credential).", ({ rng }) => {
      const s = rng.hex(8);
      return { value: `<${s}>`, event: { sess: s, method: 'GET', path: '/', query: `_task=settings&_action=folders`, msg: 'IMAP Error: Could not get folder list' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: CZ_POSTA }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// insomnia-timeline.txt: Ojek Kita's point-of-sale developers debugging the API in Insomnia 11, each request's Timeline
// tab saved in one file (libcurl's text: `* ` info, `> ` request headers, `| ` request body, `< ` response headers, a
// blank line after each header block; the block's time only on `* Current time is …`).
// https://docs.insomnia.rest/insomnia/request-timeline (Timeline), https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html

function insomniaLog(rng) {
  const render = (e, rng) => {
    const url = `https://${ID_KASIR}${target(e)}`;
    const out = [
      `* Preparing request to ${url}`,
      `* Current time is ${iso(e.t)}`,
      '* Enable automatic URL encoding',
      '* Using default HTTP version',
      '* Enable timeout of 30000ms',
      '* Enable SSL validation',
      `*   Trying 203.0.113.40:443...`,
      `* Connected to ${ID_KASIR} (203.0.113.40) port 443`,
      '* ALPN: curl offers h2,http/1.1',
      '* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256 / x25519 / id-ecPublicKey',
      '* ALPN: server accepted h2',
      `> ${e.method} ${target(e)} HTTP/2`,
      `> Host: ${ID_KASIR}`,
      '> User-Agent: insomnia/11.6.1',
      ...(e.headers ?? []).map((h) => `> ${h}`),
      '> Accept: */*',
      '',
      ...(e.body ? [`| ${e.body}`, '', '* upload completely sent off: ' + e.body.length + ' bytes'] : []),
      `< HTTP/2 ${e.status}`,
      '< content-type: application/json',
      ...(e.resp ?? []).map((h) => `< ${h}`),
      `< date: ${new Date(e.t).toUTCString()}`,
      '',
      `* Received ${(e.bytes / 1024).toFixed(1)} KB chunk`,
      `* Connection #${rng.int(0, 9)} to host ${ID_KASIR} left intact`,
      '',
    ];
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/produk', query: `halaman=${rng.int(1, 9)}&per_halaman=50` }),
      () => ({ path: `/v1/transaksi/${rng.int(100000, 999999)}` }),
      () => ({ path: '/v1/outlet', query: 'kota=jakarta-selatan' }),
    ])();
  const steps = [
    1,
    plant('header-dump', 'insomnia-request-header-authorization-bearer-sanctum', 'error', "The timeline writes every request header: `Authorization: Bearer <id>|<token>` (a Laravel Sanctum personal access token of the cashier API).", ({ rng }) => {
      const tok = `${rng.int(100, 999)}|${rng.alnum(40)}`;
      return { value: tok, event: { path: '/v1/shift/aktif', headers: [`Authorization: Bearer ${tok}`] } };
    }),
    1,
    plant('negative', 'insomnia-x-correlation-id', 'none', 'An `X-Correlation-Id` UUID the developer sets: a request id, no credential.', ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { path: '/v1/outlet', query: 'kota=bekasi', headers: [`X-Correlation-Id: ${u}`] } };
    }),
    1,
    plant('api-key-name', 'insomnia-preparing-request-kunci_api', 'error', `${WHY.apiKey('kunci_api')} The timeline writes the URL on \`Preparing request to\` and the request line.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/v1/mitra/harga', query: `kunci_api=${key}&outlet=JKT-${rng.int(10, 99)}` } };
    }),
    1,
    plant('refresh-token', 'insomnia-body-refresh_token-passport', 'error', `${WHY.refresh} The request body line (\`| {…}\`) of a token refresh holds a Laravel Passport refresh token (\`def50200…\`).`, ({ rng }) => {
      const rt = `def50200${rng.hex(560)}`;
      return { value: rt, event: { method: 'POST', path: '/oauth/token', headers: ['Content-Type: application/json'], body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: rt, client_id: '3', scope: 'kasir' }) } };
    }),
    1,
    plant('encoded', 'insomnia-body-base64-json-kata_sandi', 'error', 'A sign-in body whose `data` is base64 of JSON with the cashier\'s `kata_sandi` ("password"): one decoding from the password.', ({ rng }) => {
      const data = b64Of(JSON.stringify({ email: 'dewi.lestari@ojekkita.example', kata_sandi: `${rng.alnum(10)}${rng.int(10, 99)}` }));
      return { value: data, event: { method: 'POST', path: '/v1/masuk', headers: ['Content-Type: application/json'], body: JSON.stringify({ data, perangkat: 'POS-07' }) } };
    }),
    1,
    plant('negative', 'insomnia-body-nomor_faktur', 'none', 'An invoice number (`INV/2027/01/<n>`) in a body: a reference, no credential.', ({ rng }) => {
      const no = `INV/2027/01/${digits(rng, 6)}`;
      return { value: no, event: { method: 'POST', path: '/v1/faktur/cari', headers: ['Content-Type: application/json'], body: JSON.stringify({ nomor_faktur: no }) } };
    }),
    1,
    plant('implicit-fragment', 'insomnia-response-location-fragment-access_token', 'error', "A `Location` response header of the authorize endpoint (implicit grant) in the timeline: `kasirojek://masuk#access_token=<token>` (an opaque access token valid an hour).", ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { path: '/oauth/authorize', query: `client_id=5&response_type=token&redirect_uri=kasirojek%3A%2F%2Fmasuk&state=${rng.hex(16)}`, status: 302, resp: [`location: kasirojek://masuk#access_token=${tok}&token_type=Bearer&expires_in=3600&state=${rng.hex(16)}`] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: ID_KASIR, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kasir-web-stdout---supervisor-q8v3xk2m.log: supervisord's child log (`childlogdir`, name `<program>-stdout---supervisor-
// <random>.log`) of Ojek Kita's cashier web app, Quart on Hypercorn 0.17 with `--access-logfile -`: Hypercorn's logger
// (`[<yyyy-mm-dd HH:MM:SS +zzzz>] [<pid>] [<LEVEL>] <message>`) and a Gunicorn-like access format (`%(h)s %(l)s %(l)s %(t)s
// "%(R)s" %(s)s %(b)s "%(f)s" "%(a)s"` as `access_log_format`: the client with its port, `R` the request line with its query).
// https://hypercorn.readthedocs.io/en/latest/how_to_guides/logging.html, https://supervisord.org/logging.html#child-process-logs

function hypercornLog(rng) {
  const pid = rng.int(2000, 9000);
  const render = (e) => {
    const head = `[${ymd(e.t, 420)} ${hms(e.t, 420)} +0700] [${pid}] [${e.lvl ?? 'INFO'}]`;
    if (e.msg) return [`${head} ${e.msg}`];
    return [`${head} ${e.ip}:${e.port} - - [${clf(e.t, 420)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/kasir', referer: `https://${ID_KASIR}/` }),
      () => ({ path: '/api/produk', query: `kategori=${rng.pick(['minuman', 'makanan', 'bensin'])}` }),
      () => ({ method: 'POST', path: '/api/transaksi', status: 201 }),
      () => ({ path: '/static/app.css', query: `v=${digits(rng, 10)}` }),
    ])();
  const header = [`[2027-01-12 08:00:00 +0700] [${pid}] [INFO] Running on http://0.0.0.0:8000 (CTRL + C to quit)`];
  const steps = [
    3,
    plant('id-token', 'hypercorn-keluar-id_token_hint', 'error', 'The sign-out route `/keluar?id_token_hint=<JWT>` in the access line: identity claims, live when logged (Hypercorn writes the time with its offset).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 8 * 3600, age: rng.int(600, 7200), alg: 'RS256', kid: rng.hex(12), claims: { iss: 'https://sso.ojekkita.example', aud: 'kasir-web', sub: rng.uuid(), email: 'rina.wulandari@ojekkita.example', outlet: 'JKT-12' } });
      return { value: token, jwt: facts, event: { path: '/keluar', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${ID_KASIR}%2F`, status: 302, bytes: 0 } };
    }),
    3,
    plant('negative', 'hypercorn-nomor_struk', 'none', 'A receipt number (`nomor_struk=STR-…`) reprinted at the till: a reference, no credential.', ({ rng }) => {
      const v = `nomor_struk=STR-${digits(rng, 9)}`;
      return { value: v, event: { path: '/api/struk/cetak-ulang', query: v } };
    }),
    3,
    plant('replay', 'hypercorn-tiket_unduh', 'note', WHY.ticketFirst('An opaque `tiket_unduh` ("download ticket") in the daily sales export link (`/laporan/unduh?tiket_unduh=…`, one download per link)'), ({ rng, t }) => {
      firstUse.unduh = t;
      const tk = rng.alnum(32);
      return { value: tk, event: { path: '/laporan/unduh', query: `tanggal=2027-01-11&tiket_unduh=${tk}`, bytes: 88123, referer: `https://${ID_KASIR}/laporan` } };
    }, { ref: 'unduh' }),
    2,
    plant('replay', 'hypercorn-tiket_unduh', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('unduh').value, why: `${WHY.replay('tiket_unduh', gap('unduh', t))} The client address (with its port) after the level shows the two clients.` }], event: { ip: '198.51.100.233', path: '/laporan/unduh', query: `tanggal=2027-01-11&tiket_unduh=${refs.get('unduh').value}`, bytes: 88123, ua: 'curl/8.17.0' } }), { replayOf: 'unduh', after: 113 }),
    3,
    plant('embed-jwt', 'hypercorn-sematkan-laporan-jwt-no-exp', 'error', 'A signed embed of the sales report (`/sematkan/laporan/<JWT>`, "embed") without `exp`: the URL opens the report forever (error).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { claims: { resource: { dashboard: rng.int(2, 20) }, params: { outlet: 'JKT-12' } } });
      return { value: token, jwt: facts, event: { path: `/sematkan/laporan/${token}`, referer: 'https://franchise.ojekkita.example/' } };
    }),
    3,
    plant('session-id', 'hypercorn-sesi-query', 'error', WHY.session('A receipt view opened from the tablet app with the session in the query (`sesi=`)'), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { path: '/struk/lihat', query: `nomor=${rng.int(1000, 9999)}&sesi=${sid}` } };
    }),
    3,
    plant('negative', 'hypercorn-cache-buster-v', 'none', 'A script with a cache buster `?v=<unix time>`: a build stamp, no credential.', ({ rng }) => {
      const v = `v=${rng.int(1790000000, 1799999999)}0`;
      return { value: v, event: { path: '/static/kasir.js', query: v } };
    }),
    3,
    plant('path-secret', 'hypercorn-atur-ulang-sandi-path-token', 'error', WHY.pathSecret('A password reset link, `/atur-ulang-sandi/<token>` ("reset password")'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { path: `/atur-ulang-sandi/${token}`, referer: 'https://mail.google.com/' } };
    }),
    3,
    plant('framework-dump', 'hypercorn-app-pydantic-model-repr-xendit-key', 'error', "The app logs its payment settings model with pydantic's repr (`PengaturanPembayaran(…)`), a plain `str` field: Xendit's secret key (`xnd_production_…`) as `kunci_rahasia` (\"secret key\").", ({ rng }) => {
      const key = `xnd_production_${rng.alnum(60)}`;
      return { value: key, event: { lvl: 'WARNING', msg: `pengaturan pembayaran dimuat: PengaturanPembayaran(penyedia='xendit', mode='produksi', kunci_rahasia='${key}', url_callback='https://${ID_KASIR}/api/xendit/callback')` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: ID_KASIR }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// expo-start.txt: a terminal saved while running `npx expo start` (Expo SDK 54) for Ojek Kita's rider app: the CLI's
// banner and key help, `Android Bundled …`, then what the app logs through Metro (` LOG  `, ` WARN  `, ` ERROR  `,
// objects printed as `{"k": v}`); no time.
// https://docs.expo.dev/more/expo-cli/, https://docs.expo.dev/debugging/runtime-issues/

function expoLog(rng) {
  const render = (e) => [`${e.k ?? ' LOG '} ${e.msg}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `[api] GET /v2/pesanan/aktif 200 ${rng.int(80, 900)}ms` }),
      () => ({ msg: `[lokasi] posisi ${(-6.2 - rng.int(0, 900) / 10000).toFixed(4)}, ${(106.8 + rng.int(0, 900) / 10000).toFixed(4)} akurasi ${rng.int(3, 30)}m` }),
      () => ({ k: ' WARN ', msg: '[expo-notifications] Listening to push token changes is not yet fully supported on web.' }),
      () => ({ k: 'Android', msg: `Bundled ${rng.int(80, 900)}ms node_modules/expo-router/entry.js (1 module)` }),
    ])();
  const header = [
    'Starting project at /home/budi/ojekkita-app',
    'Starting Metro Bundler',
    '› Metro waiting on exp://192.168.1.23:8081',
    '› Scan the QR code above with Expo Go (Android) or the Camera app (iOS)',
    '',
    '› Web is waiting on http://localhost:8081',
    '',
    '› Using Expo Go',
    '› Press s │ switch to development build',
    '',
    '› Press a │ open Android',
    '› Press w │ open web',
    '',
    '› Press j │ open debugger',
    '› Press r │ reload app',
    '› Press m │ toggle menu',
    '› shift+m │ more tools',
    '› Press o │ open project code in your editor',
    '',
    '› Press ? │ show all commands',
    '',
    'Logs for your project will appear below. Press Ctrl+C to exit.',
    'Android Bundled 9124ms node_modules/expo-router/entry.js (1481 modules)',
  ];
  const steps = [
    3,
    plant('negative', 'expo-token-masked-first-last', 'none', 'The app logs a restored session token masked to its first six and last four characters (`disamarkan`, "masked"): too little to use, no credential.', ({ rng }) => {
      const m = `${rng.alnum(6)}…${rng.alnum(4)}`;
      return { value: m, event: { msg: `[auth] sesi dipulihkan, token ${m} (disamarkan)` } };
    }),
    3,
    plant('oauth-code', 'expo-authsession-result-object-code', 'warning', `${WHY.code} The app logs AuthSession's result object (\`params.code\`, \`params.state\` and the redirect \`url\`).`, ({ rng }) => {
      const code = rng.hex(40);
      const state = rng.alnum(10);
      return { value: code, event: { msg: `{"authentication": null, "error": null, "errorCode": null, "params": {"code": "${code}", "state": "${state}"}, "type": "success", "url": "exp://192.168.1.23:8081/--/oauthredirect?code=${code}&state=${state}"}` } };
    }),
    3,
    plant('framework-dump', 'expo-config-extra-midtrans-server-key', 'error', "The app logs `Constants.expoConfig.extra`: Midtrans' server key (`Mid-server-…`), a server-side secret shipped in the app config and printed.", ({ rng }) => {
      const key = `Mid-server-${rng.alnum(24)}`;
      return { value: key, event: { msg: `expoConfig.extra {"apiUrl": "https://${ID_API}", "eas": {"projectId": "${rng.uuid()}"}, "midtransServerKey": "${key}"}` } };
    }),
    3,
    plant('implicit-fragment', 'expo-linking-url-fragment-facebook-token', 'error', "The deep-link handler logs the incoming URL `ojekkita://masuk#access_token=EAA…`: a Facebook Login user access token (long-lived, about 60 days) in the fragment.", ({ rng }) => {
      const tok = `EAA${rng.alnum(180)}`;
      return { value: tok, event: { msg: `[auth] Linking url: ojekkita://masuk#access_token=${tok}&data_access_expiration_time=${rng.int(1790000000, 1799999999)}&expires_in=5183999&state=${rng.alnum(12)}` } };
    }),
    3,
    plant('api-key-name', 'expo-log-url-kunciApi', 'error', `${WHY.apiKey('kunciApi')} The API client logs each URL, the fare service's key in the query.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { msg: `[api] GET https://${ID_API}/v2/tarif?asal=-6.2241,106.8090&tujuan=-6.1754,106.8272&kunciApi=${key}` } };
    }),
    3,
    plant('negative', 'expo-order-id', 'none', 'An order number (`OJK-<n>`): a reference, no credential.', ({ rng }) => {
      const p = pesanan(rng);
      return { value: p, event: { msg: `[pesanan] dibuat ${p}, mencari pengemudi…` } };
    }),
    3,
    plant('webhook', 'expo-error-pumble-incoming-webhook', 'error', WHY.webhook("A Pumble incoming webhook (`https://api.pumble.com/workspaces/<id>/incomingWebhooks/postMessage/<token>`) the app posts crash reports to, in a network error"), ({ rng }) => {
      const sec = rng.alnum(24);
      return { value: sec, event: { k: ' ERROR ', msg: `[laporan] gagal kirim ke https://api.pumble.com/workspaces/${rng.hex(24)}/incomingWebhooks/postMessage/${sec}: [TypeError: Network request failed]` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: ID_API }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// rr.log: Ojek Kita's partner backend, a Laravel app served by RoadRunner 2025 with `logs: { mode: production, level:
// info }` and `http.access_logs: true`: zap's JSON (`level`, `ts` in epoch seconds, `logger`, `msg`), the access lines
// (`method`, `remote_addr`, `bytes_sent`, `http_host`, `request` (the request URI with its query), `time_local` in Common
// Log Format, `request_length`, `request_time`, `status`, `http_user_agent`, `http_referer`) and the PHP workers' stderr
// under `logger: "server"`.
// https://docs.roadrunner.dev/docs/logging-and-observability/access-logs, https://docs.roadrunner.dev/docs/logging-and-observability/logger

function roadrunnerLog(rng) {
  const render = (e, rng) => {
    const ts = Number((e.t / 1000).toFixed(3));
    if (e.msg) return [JSON.stringify({ level: e.lvl ?? 'info', ts, logger: 'server', msg: e.msg })];
    return [JSON.stringify({ level: 'info', ts, logger: 'http', msg: 'http access log', method: e.method, remote_addr: e.ip, bytes_sent: e.bytes, http_host: ID_MITRA, request: target(e), time_local: clf(e.t, 420), request_length: rng.int(300, 1400), request_time: Number((e.ms / 1000).toFixed(3)), status: e.status, http_user_agent: e.ua, http_referer: e.referer === '-' ? '' : e.referer })];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/mitra/saldo' }),
      () => ({ path: '/api/v2/pengemudi/aktif', query: `wilayah=${rng.pick(['jaksel', 'jakbar', 'depok', 'bekasi'])}` }),
      () => ({ method: 'POST', path: '/api/v2/pesanan', status: 201 }),
      () => ({ msg: `[${ymd(t, 420)} ${hms(t, 420)}] production.INFO: pembayaran ${pesanan(rng)} lunas` }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'roadrunner-uri-masuk-callback-code', 'warning', `${WHY.code} RoadRunner's access line writes \`request\`, the request URI with its query.`, ({ rng }) => {
      const code = rng.hex(32);
      return { value: code, event: { path: '/masuk/callback', query: `code=${code}&state=${rng.alnum(40)}`, status: 302, bytes: 0 } };
    }),
    3,
    plant('negative', 'roadrunner-midtrans-finish-redirect', 'none', "Midtrans' finish redirect (`order_id`, `status_code`, `transaction_status`): the payment's ids and state, no credential.", ({ rng }) => {
      const o = `order_id=${pesanan(rng)}`;
      return { value: o, event: { path: '/pembayaran/selesai', query: `${o}&status_code=200&transaction_status=settlement` } };
    }),
    3,
    plant('id-token', 'roadrunner-uri-masuk-selesai-id_token', 'error', 'A front-channel sign-in completion (`/masuk/selesai?id_token=<JWT>`): identity claims, live when logged (`ts` is epoch seconds, `time_local` has the offset).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://sso.ojekkita.example', aud: 'mitra-web', sub: rng.uuid(), nonce: rng.hex(16), name: 'Agus Santoso' } });
      return { value: token, jwt: facts, event: { path: '/masuk/selesai', query: `id_token=${token}&state=${rng.alnum(40)}`, status: 302, bytes: 0 } };
    }),
    3,
    plant('refresh-token', 'roadrunner-uri-segarkan-refresh_token', 'error', `${WHY.refresh} The partner app renews its session with \`refresh_token=\` in the query of \`/api/v2/auth/segarkan\` ("refresh").`, ({ rng }) => {
      const rt = rng.b64url(80);
      return { value: rt, event: { method: 'POST', path: '/api/v2/auth/segarkan', query: `refresh_token=${rt}`, ua: 'okhttp/5.3.0' } };
    }),
    3,
    plant('encoded', 'roadrunner-lanjut-percent-encoded-url-sesi', 'error', 'A `lanjut=` ("continue") return address holding a percent-encoded URL whose query carries the session `sesi=`: one decoding from the value.', ({ rng }) => {
      const s = rng.alnum(40);
      return { value: s, event: { path: '/masuk', query: `lanjut=${encodeURIComponent(`https://${ID_MITRA}/dasbor?sesi=${s}&tab=saldo`)}` } };
    }),
    3,
    plant('embed-jwt', 'roadrunner-sematkan-dasbor-jwt-expired', 'note', 'A signed embed of the partner dashboard (`/sematkan/dasbor/<JWT>`) loaded a day after the token expired: the URL no longer opens anything (note).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: 86400 + rng.int(600, 3600), claims: { resource: { dashboard: rng.int(2, 12) }, params: { mitra: rng.int(1000, 9999) } } });
      return { value: token, jwt: facts, event: { path: `/sematkan/dasbor/${token}`, status: 401, bytes: 58 } };
    }),
    3,
    plant('negative', 'roadrunner-vite-asset-hash', 'none', "A Vite build asset with its hash (`/build/assets/app-<hash>.js`): a build artifact, no credential.", ({ rng }) => {
      const h = rng.b64url(8);
      return { value: `app-${h}.js`, event: { path: `/build/assets/app-${h}.js` } };
    }),
    3,
    plant('session-id', 'roadrunner-sesi_id-query', 'error', WHY.session('A balance page opened from a push notification with the session in the query (`sesi_id=`)'), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { path: '/mitra/saldo', query: `sesi_id=${sid}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR + 30 * MIN, site: { host: ID_MITRA }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout23');
writePart(join(here, 'heldout23'), {
  'ocelot-gateway.log': ocelotLog(rng),
  'papertrail-archive.tsv': papertrailLog(rng),
  'mail.log': mailLog(rng),
  'gradle-debug.log': gradleLog(rng),
  'vector-console.ndjson': vectorLog(rng),
  'server.log': zulipLog(rng),
  'debug.log': mediawikiLog(rng),
  'pocketbase-logs.json': pocketbaseLog(rng),
  'bench-start.log': frappeLog(rng),
  'errors.log': roundcubeLog(rng),
  'insomnia-timeline.txt': insomniaLog(rng),
  'kasir-web-stdout---supervisor-q8v3xk2m.log': hypercornLog(rng),
  'expo-start.txt': expoLog(rng),
  'rr.log': roadrunnerLog(rng),
});
