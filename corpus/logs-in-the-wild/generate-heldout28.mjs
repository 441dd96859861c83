// Writes corpus/logs-in-the-wild/heldout28/: a twenty-eighth held-out part, in formats no other part uses (an ASP.NET
// Core service's JSON console formatter with EF Core's sensitive data logging, Falco's JSON alerts, a Buildkite job's raw
// log, a Zipkin trace exported by an OpenTelemetry Node service, a Locust run's headless console, Hibernate 6's SQL and
// bind logging under Spring Boot, a SonicWall firewall's syslog web hits, nats-server's `-DV` trace, a WooCommerce log
// file (`wc-logs/`), `eb logs` of an Elastic Beanstalk environment, GORM's default logger, a GA4 BigQuery export as
// NDJSON, an aiogram bot's console, an arq worker's console), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout28.mjs     rewrites heldout28/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Brightwater Dental Group, a chain of dental clinics in Portland, Oregon (English, five logs); Kritiki
// Kinisi (Κρητική Κίνηση), a car and scooter rental in Heraklion, Crete (Greek messages, Greeklish user-facing routes,
// English code names as most Greek teams write them, five logs); Rozumnyk (Розумник), an online tutoring school in Kyiv
// (Ukrainian messages, transliterated Ukrainian routes, English parameter names, four logs). Standard names (OAuth's,
// vendors') stay as their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, githubToken, HOUR, iso, local, MONTHS, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.18.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'axios/1.13.4'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 1, 23, 0, 0, 0);
const { firstUse, gap } = replayClock();
/** ISO 8601 local time at `offset` minutes from UTC with milliseconds and the offset (`+02:00`). */
const isoOff = (ms, offset) => {
  const d = local(ms, offset);
  const o = Math.abs(offset);
  return `${d.slice(0, 23)}${offset < 0 ? '-' : '+'}${pad(Math.floor(o / 60))}:${pad(o % 60)}`;
};
const slackHook = (rng) => `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
const lower = (rng, n) => rng.lowerNum(n);

// Brightwater Dental Group (English, Portland: UTC-8 in February).
const US = -480;
const US_WWW = 'brightwaterdental.example';
const US_APP = 'portal.brightwaterdental.example';
const US_API = 'api.brightwaterdental.example';
const US_AUTH = 'login.brightwaterdental.example';
const CLINICS = ['pearl-district', 'hawthorne', 'beaverton', 'lake-oswego', 'st-johns'];
// Kritiki Kinisi (Greek, Heraklion: UTC+2).
const GR = 120;
const GR_WWW = 'kritikikinisi.example';
const GR_API = 'api.kritikikinisi.example';
const STATHMOI = ['irakleio-aerodromio', 'irakleio-limani', 'chersonisos', 'malia', 'agios-nikolaos'];
const kratisi = (rng) => `KK-${rng.int(100000, 999999)}`;
const pinakida = (rng) => `ΗΚ${rng.pick(['Ι', 'Κ', 'Ν', 'Μ'])}-${rng.int(1000, 9999)}`;
// Rozumnyk (Ukrainian, Kyiv: UTC+2).
const UA = 120;
const UA_WWW = 'rozumnyk.example';
const UA_API = 'api.rozumnyk.example';
const PREDMETY = ['matematyka', 'ukrainska-mova', 'anhliiska', 'fizyka', 'istoriia'];

// =====================================================================================================================
// Brightwater Dental Group
// =====================================================================================================================

// clinic-api.json.log: the patient portal's API on ASP.NET Core 9 with `builder.Logging.AddJsonConsole()` (TimestampFormat
// `yyyy-MM-ddTHH:mm:ss.fffZ`, UseUtcTimestamp, one object a line: `Timestamp`, `EventId`, `LogLevel`, `Category`,
// `Message`, `State` with the template's values and `{OriginalFormat}`), System.Text.Json's default encoder (`'`, `&`, `+`
// as `\u0027`, `\u0026`, `\u002B`), Hosting's `Request starting`/`Request finished` and EF Core 9 with
// `EnableSensitiveDataLogging()` left on from a debugging session (`Executed DbCommand (…) [Parameters=[@__x_0='…']…]`).
// https://learn.microsoft.com/en-us/dotnet/core/extensions/console-log-formatter#json,
// https://learn.microsoft.com/en-us/ef/core/logging-events-diagnostics/extensions-logging#sensitive-data

function efCoreLog(rng) {
  const netJson = (o) => JSON.stringify(o).replace(/[&'<>+`]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  const line = (e, eventId, level, category, message, state) => netJson({ Timestamp: `${iso(e.t).slice(0, 23)}Z`, EventId: eventId, LogLevel: level, Category: category, Message: message, State: { Message: message, ...state } });
  const host = (e) => e.host ?? US_API;
  const starting = (e) => {
    const qs = e.query ? `?${e.query}` : '';
    const msg = `Request starting HTTP/1.1 ${e.method} https://${host(e)}${e.path}${qs} - ${e.ct ?? '-'} ${e.len ?? '-'}`;
    return line(e, 1, 'Information', 'Microsoft.AspNetCore.Hosting.Diagnostics', msg, { Protocol: 'HTTP/1.1', Method: e.method, ContentType: e.ct ?? null, ContentLength: e.len ?? null, Scheme: 'https', Host: host(e), PathBase: '', Path: e.path, QueryString: qs, '{OriginalFormat}': 'Request starting {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {ContentType} {ContentLength}' });
  };
  const finished = (e) => {
    const qs = e.query ? `?${e.query}` : '';
    const ms = `${e.ms}.${digits(rng, 4)}`;
    const msg = `Request finished HTTP/1.1 ${e.method} https://${host(e)}${e.path}${qs} - ${e.status} ${e.bytes} application/json; charset=utf-8 ${ms}ms`;
    return line(e, 2, 'Information', 'Microsoft.AspNetCore.Hosting.Diagnostics', msg, { ElapsedMilliseconds: Number(ms), StatusCode: e.status, ContentType: 'application/json; charset=utf-8', ContentLength: e.bytes, Protocol: 'HTTP/1.1', Method: e.method, Scheme: 'https', Host: host(e), PathBase: '', Path: e.path, QueryString: qs, '{OriginalFormat}': 'Request finished {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {StatusCode} {ContentLength} {ContentType} {ElapsedMilliseconds}ms' });
  };
  const command = (e, params, sql) => {
    const elapsed = String(rng.int(1, 40));
    const msg = `Executed DbCommand (${elapsed}ms) [Parameters=[${params}], CommandType='Text', CommandTimeout='30']\n${sql}`;
    return line(e, 20101, 'Information', 'Microsoft.EntityFrameworkCore.Database.Command', msg, { elapsed, parameters: params, commandType: 'Text', commandTimeout: 30, newLine: '\n', commandText: sql, '{OriginalFormat}': "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}" });
  };
  const render = (e) => {
    if (e.lifetime) return [line(e, 14, 'Information', 'Microsoft.Hosting.Lifetime', e.lifetime, { '{OriginalFormat}': e.lifetime })];
    const out = [];
    if (e.path) out.push(starting(e));
    for (const [params, sql] of e.db ?? []) out.push(command(e, params, sql));
    if (e.path) out.push(finished(e));
    return out;
  };
  const apptSql = 'SELECT [a].[Id], [a].[ClinicId], [a].[PatientId], [a].[ProviderId], [a].[StartsAt], [a].[Status]\nFROM [Appointments] AS [a]\nWHERE [a].[ClinicId] = @__clinicId_0 AND [a].[StartsAt] >= @__from_1\nORDER BY [a].[StartsAt]';
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/appointments', query: `clinic=${rng.pick(CLINICS)}&date=2027-02-${rng.int(23, 28)}`, db: [[`@__clinicId_0='${rng.int(1, 9)}', @__from_1='2027-02-23T00:00:00.0000000'`, apptSql]] }),
      () => ({ path: `/api/patients/me/balance`, db: [[`@__patientId_0='${rng.int(10000, 99999)}'`, 'SELECT TOP(1) [b].[Id], [b].[AmountCents], [b].[UpdatedAt]\nFROM [Balances] AS [b]\nWHERE [b].[PatientId] = @__patientId_0']] }),
      () => ({ path: '/health', bytes: 2 }),
      () => ({ method: 'POST', path: '/api/appointments/hold', ct: 'application/json', len: rng.int(80, 200), status: 201 }),
    ])();
  const steps = [
    { raw: { lifetime: 'Now listening on: http://[::]:8080' }, after: 1 },
    { raw: { lifetime: 'Application started. Press Ctrl+C to shut down.' }, after: 1 },
    3,
    plant('oauth-code', 'efcore-hosting-signin-oidc-code', 'warning', `${WHY.code} Microsoft Entra ID's code on OpenID Connect's \`/signin-oidc\` (the app asked for \`response_mode=query\`), on Hosting's \`Request starting\` and \`Request finished\` lines.`, ({ rng }) => {
      const code = `1.AXkA${rng.b64url(180)}`;
      return { value: code, event: { path: '/signin-oidc', query: `code=${code}&state=${rng.b64url(120)}&session_state=${rng.uuid()}`, status: 302, bytes: 0, host: US_APP } };
    }),
    3,
    plant('negative', 'efcore-appointment-id-parameter', 'none', 'An appointment id (a UUID) as an EF Core parameter: an identifier, no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { db: [[`@__appointmentId_0='${v}'`, 'SELECT TOP(1) [a].[Id], [a].[Status], [a].[StartsAt]\nFROM [Appointments] AS [a]\nWHERE [a].[PublicId] = @__appointmentId_0']] } };
    }),
    3,
    plant('path-secret', 'efcore-reset-password-path-and-parameter', 'error', WHY.pathSecret('A password reset link `/account/reset-password/<token>`, on `Request starting`, as the EF Core parameter `@__token_0` and on `Request finished`'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { path: `/account/reset-password/${tok}`, host: US_APP, db: [[`@__token_0='${tok}' (Size = 64)`, 'SELECT TOP(1) [p].[Id], [p].[ExpiresAt], [p].[UsedAt], [p].[UserId]\nFROM [PasswordResetTokens] AS [p]\nWHERE [p].[Token] = @__token_0']] } };
    }),
    3,
    plant('api-key-name', 'efcore-hosting-query-api_key', 'error', `${WHY.apiKey('api_key')} The imaging vendor's uploader calls with the key in the query; System.Text.Json writes the \`&\` before it as \`\\u0026\`.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/api/imaging/studies', query: `practice=${rng.pick(CLINICS)}&api_key=${key}`, ua: 'XrayBridge/4.2 (Windows)' } };
    }),
    3,
    plant('session-id', 'efcore-portal-session-key-parameter', 'error', WHY.session("The portal's server-side session key as the EF Core parameter `@__sessionKey_0`"), ({ rng }) => {
      const s = rng.b64url(43);
      return { value: s, event: { db: [[`@__sessionKey_0='${s}' (Size = 64)`, 'SELECT TOP(1) [p].[Id], [p].[UserId], [p].[ExpiresAt]\nFROM [PortalSessions] AS [p]\nWHERE [p].[SessionKey] = @__sessionKey_0 AND [p].[RevokedAt] IS NULL']] } };
    }),
    3,
    plant('framework-dump', 'efcore-savechanges-stripe-sk_live-parameter', 'error', "EF Core's `SaveChanges` writes every parameter: a clinic's Stripe secret key `sk_live_…` inserted into `PaymentProcessorAccounts`.", ({ rng }) => {
      const sk = `sk_live_51${rng.alnum(97)}`;
      return { value: sk, event: { method: 'POST', path: '/api/admin/clinics/payments', ct: 'application/json', len: rng.int(200, 400), status: 201, db: [[`@p0='${rng.int(1, 9)}', @p1='acct_1${rng.alnum(15)}' (Nullable = false) (Size = 64), @p2='${sk}' (Nullable = false) (Size = 4000), @p3='2027-02-23T17:00:00.0000000Z'`, 'SET IMPLICIT_TRANSACTIONS OFF;\nSET NOCOUNT ON;\nINSERT INTO [PaymentProcessorAccounts] ([ClinicId], [AccountId], [SecretKey], [CreatedAt])\nOUTPUT INSERTED.[Id]\nVALUES (@p0, @p1, @p2, @p3);']] } };
    }),
    3,
    plant('refresh-token', 'efcore-update-externallogins-refreshtoken', 'error', `${WHY.refresh} The practice-management sync stores its refresh token; EF Core's \`UPDATE [ExternalLogins]\` writes it as \`@p0\`.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { db: [[`@p1='${rng.int(100, 999)}', @p0='${rt}' (Size = 4000), @p2='2027-02-23T17:20:00.0000000Z'`, 'SET IMPLICIT_TRANSACTIONS OFF;\nSET NOCOUNT ON;\nUPDATE [ExternalLogins] SET [RefreshToken] = @p0, [RefreshedAt] = @p2\nOUTPUT 1\nWHERE [Id] = @p1;']] } };
    }),
    3,
    plant('negative', 'efcore-asp-append-version-v', 'none', "A script tag's `asp-append-version` hash (`v=<base64url SHA-256>`): a cache buster, no credential.", ({ rng }) => {
      const v = rng.b64url(43);
      return { value: v, event: { path: '/js/site.min.js', query: `v=${v}`, host: US_APP } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: US_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// falco-events.json: Falco 0.40 on the clinic's EKS nodes with `json_output: true` and `json_include_output_property`,
// the file output (`file_output: /var/log/falco/events.json`): `hostname`, `output` (`<time>: <Priority> <text> | k=v…`),
// `output_fields`, `priority`, `rule`, `source`, `tags`, `time`. The default rules "Terminal shell in container", "Run
// shell untrusted", "Launch Ingress Remote File Copy Tools in Container", "Read sensitive file untrusted", and the team's
// own "DB client in app container". UTC. https://falco.org/docs/concepts/outputs/formatting/,
// https://falco.org/docs/reference/rules/supported-fields/, https://falco.org/docs/reference/rules/default-rules/

function falcoLog(rng) {
  const pods = [['portal-api', 'ghcr.io/brightwater-dental/portal-api', 'v3.14.2'], ['scheduler', 'ghcr.io/brightwater-dental/scheduler', 'v2.8.0'], ['imaging-bridge', 'ghcr.io/brightwater-dental/imaging-bridge', 'v1.9.4']];
  const render = (e, rng) => {
    const [app, repo, tag] = e.pod ?? pods[0];
    const cid = rng.hex(12);
    const pod = `${app}-${rng.lowerNum(10)}-${rng.lowerNum(5)}`;
    const ns = e.ns ?? 'portal';
    const ns9 = `${iso(e.t).slice(11, 23)}${digits(rng, 6)}`;
    const cmd = e.cmd;
    const proc = cmd.split(' ')[0];
    const fields = { 'container.id': cid, 'container.image.repository': repo, 'container.image.tag': tag, ...(e.digest ? { 'container.image.digest': e.digest } : {}), 'container.name': app, 'evt.time': '__EVT_TIME__', 'evt.type': 'execve', 'k8s.ns.name': ns, 'k8s.pod.name': pod, 'proc.cmdline': cmd, 'proc.exepath': e.exe ?? `/usr/bin/${proc}`, 'proc.name': proc, 'proc.pname': e.parent ?? 'bash', 'proc.tty': e.tty ?? 0, 'user.loginuid': -1, 'user.name': e.user ?? 'root', 'user.uid': e.user ? 1000 : 0 };
    const output = `${ns9}: ${e.priority} ${e.text} | evt_type=execve user=${fields['user.name']} user_uid=${fields['user.uid']} user_loginuid=-1 process=${proc} proc_exepath=${fields['proc.exepath']} parent=${fields['proc.pname']} command=${cmd} terminal=${fields['proc.tty']}${e.digest ? ` container_image_digest=${e.digest}` : ''} container_id=${cid} container_name=${app} container_image_repository=${repo} container_image_tag=${tag} k8s_pod_name=${pod} k8s_ns_name=${ns}`;
    return [JSON.stringify({ hostname: `ip-10-40-${rng.int(1, 3)}-${rng.int(10, 250)}.us-west-2.compute.internal`, output, output_fields: fields, priority: e.priority, rule: e.rule, source: 'syscall', tags: e.tags, time: `${iso(e.t).slice(0, 23)}${digits(rng, 6)}Z` }).replace('"__EVT_TIME__"', `${Math.floor(e.t / 1000)}${pad(e.t % 1000, 3)}${digits(rng, 6)}`)];
  };
  const SHELL = { rule: 'Terminal shell in container', priority: 'Notice', text: 'A shell was spawned in a container with an attached terminal', tags: ['T1059', 'container', 'maturity_stable', 'mitre_execution', 'shell'], tty: 34816, parent: 'runc' };
  const COPY = { rule: 'Launch Ingress Remote File Copy Tools in Container', priority: 'Notice', text: 'Detected ingress remote file-copy tool launched in container', tags: ['T1105', 'container', 'maturity_sandbox', 'mitre_command_and_control', 'network', 'process'] };
  const UNTRUSTED = { rule: 'Run shell untrusted', priority: 'Notice', text: 'Shell spawned by untrusted binary', tags: ['T1059.004', 'host', 'container', 'maturity_stable', 'mitre_execution', 'process', 'shell'] };
  const filler = (rng) =>
    rng.pick([
      () => ({ ...SHELL, cmd: 'bash', pod: rng.pick(pods) }),
      () => ({ ...SHELL, cmd: 'sh -i', exe: '/bin/sh', pod: rng.pick(pods) }),
      () => ({ rule: 'Read sensitive file untrusted', priority: 'Warning', text: 'Sensitive file opened for reading by non-trusted program', tags: ['T1555', 'container', 'filesystem', 'host', 'maturity_stable', 'mitre_credential_access'], cmd: 'cat /etc/shadow', parent: 'bash', tty: 34816 }),
      () => ({ ...COPY, cmd: `curl -sS -o /tmp/cacert.pem https://curl.se/ca/cacert.pem`, pod: pods[2] }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'falco-curl-authorization-bearer-jwt', 'error', "An engineer's `curl -H Authorization: Bearer <JWT>` inside the API pod: Falco writes the command line in `output` and `proc.cmdline`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${US_AUTH}/`, aud: 'portal-api', sub: `staff|${rng.int(100, 999)}`, role: 'front_desk', scope: 'appointments:write patients:read' } });
      return { value: token, jwt: facts, event: { ...COPY, cmd: `curl -s -H Authorization: Bearer ${token} http://localhost:8080/api/admin/appointments?clinic=hawthorne`, parent: 'bash' } };
    }),
    2,
    plant('negative', 'falco-bash-c-placeholder-imaging_token', 'none', 'A `bash -c` command line with `$IMAGING_TOKEN` unexpanded (the shell expands it after exec): a variable name, no credential.', () => ({ value: '$IMAGING_TOKEN', event: { ...UNTRUSTED, cmd: 'bash -c curl -sf -H "Authorization: Bearer $IMAGING_TOKEN" https://imaging.brightwaterdental.example/health', exe: '/bin/bash', parent: 'node', pod: pods[2] } })),
    2,
    plant('api-key-name', 'falco-psql-uri-password', 'error', "A `psql postgresql://portal:<password>@…` connection string typed in the scheduler pod: the database password in the URL's user info, in the command line.", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { rule: 'DB client in app container', priority: 'Warning', text: 'Database client launched in an application container', tags: ['container', 'local', 'database'], cmd: `psql postgresql://portal:${pw}@pg-primary.data.svc.cluster.local:5432/portal -c select count(*) from appointments`, parent: 'bash', tty: 34816, pod: pods[1] } };
    }),
    2,
    plant('webhook', 'falco-curl-slack-webhook', 'error', WHY.webhook('A Slack incoming webhook a cron script posts to with `curl`, in the command line'), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { ...COPY, cmd: `curl -fsS -X POST -H Content-type: application/json --data @/tmp/no-shows.json https://hooks.slack.com/services/${hook}`, parent: 'sh', pod: pods[1] } };
    }),
    2,
    plant('refresh-token', 'falco-node-script-refresh-token-arg', 'error', `${WHY.refresh} A one-off script run through \`bash -c\` with \`--refresh-token=…\`: the argument is in the command line.`, ({ rng }) => {
      const rt = rng.b64url(86);
      return { value: rt, event: { ...UNTRUSTED, cmd: `bash -c node scripts/resync-claims.js --payer=delta-dental --refresh-token=${rt}`, exe: '/bin/bash', parent: 'node' } };
    }),
    2,
    plant('negative', 'falco-container-image-digest', 'none', "The image's `sha256:` digest in the alert: a content digest, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { ...SHELL, cmd: 'bash', digest: `sha256:${v}`, pod: pods[0] } };
    }),
    2,
    plant('encoded', 'falco-wget-next-double-encoded-api_key', 'error', "A `wget` of a download link whose `next=` holds an export URL percent-encoded twice (`%253Fapi_key%253D<key>`).", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { ...COPY, cmd: `wget -qO- https://files.brightwaterdental.example/dl?next=https%253A%252F%252Fbilling.brightwaterdental.example%252Fexport%252Fclaims.csv%253Fapi_key%253D${key}`, exe: '/usr/bin/wget', parent: 'bash', pod: pods[1] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: US_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// buildkite-deploy-staging.log: a Buildkite job's raw log (`buildkite-agent` 3.9x, downloaded with "Download" → raw):
// each line starts with the agent's timestamp escape `ESC _bk;t=<epoch ms> BEL`, the agent's `~~~` and `$` lines, the
// command's output with `set -x` (`+ …`); the agent redacts the values of variables named `*_TOKEN`, `*_PASSWORD`,
// `*_SECRET`… as `[REDACTED]`, not others. https://buildkite.com/docs/agent/v3/cli-start#redacted-vars,
// https://buildkite.com/docs/pipelines/configure/managing-log-output, https://buildkite.com/docs/apis/rest-api/jobs#get-a-jobs-log-output

function buildkiteLog(rng) {
  const sha = rng.hex(40);
  const render = (e) => {
    let at = e.t;
    return e.lines.map((l, i) => `\x1b_bk;t=${(at += i === 0 ? 0 : rng.int(1, 40))}\x07${l}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [`added ${rng.int(300, 1400)} packages, and audited ${rng.int(1400, 1600)} packages in ${rng.int(8, 40)}s`] }),
      () => ({ lines: [`  ✓ ${rng.pick(['appointments', 'billing', 'reminders', 'imaging'])} › ${rng.pick(['lists slots', 'books a hold', 'cancels', 'sends SMS'])} (${rng.int(20, 900)} ms)`] }),
      () => ({ lines: [`+ echo 'waiting for rollout'`, 'waiting for rollout', `deployment "portal-api" successfully rolled out`] }),
    ])();
  const steps = [
    { raw: { lines: ['~~~ Running global environment hook', '$ /etc/buildkite-agent/hooks/environment', '~~~ Preparing working directory', '$ cd /var/lib/buildkite-agent/builds/bk-agent-3/brightwater-dental/patient-portal', '$ git remote set-url origin git@github.com:brightwater-dental/patient-portal.git', '$ git clean -ffxdq', '$ git fetch -v --prune -- origin main'] }, after: 1 },
    plant('negative', 'buildkite-git-checkout-commit-sha', 'none', 'The commit the agent checks out: a git SHA, no credential.', () => ({ value: sha, event: { lines: [`$ git checkout -f ${sha}`, '# Cleaning again to catch any post-checkout changes', '$ git clean -ffxdq', '~~~ Running commands', '$ trap \'kill -- $$\' INT TERM QUIT; ./scripts/ci/deploy-staging.sh', '+ set -euo pipefail'] } }), { after: 2 }),
    plant('negative', 'buildkite-redacted-npm_token', 'none', "`NPM_TOKEN` matches the agent's redacted names: the line carries `[REDACTED]`, no credential.", () => ({ value: '_authToken=[REDACTED]', event: { lines: ["+ echo '//registry.npmjs.org/:_authToken=[REDACTED]'"] } }), { after: 1 }),
    plant('api-key-name', 'buildkite-cat-npmrc-github-packages-_authToken', 'error', `${WHY.apiKey('_authToken')} The GitHub Packages token comes from \`GH_PACKAGES_PAT\`, a name the agent does not redact; \`cat .npmrc\` prints it (a \`ghp_\` token).`, ({ rng }) => {
      const tok = githubToken('ghp_', rng.alnum(30));
      return { value: tok, event: { lines: ['+ cat .npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '@brightwater-dental:registry=https://npm.pkg.github.com', `//npm.pkg.github.com/:_authToken=${tok}`] } };
    }, { after: 1 }),
    2,
    plant('webhook', 'buildkite-render-deploy-hook-key', 'error', WHY.webhook("A Render deploy hook (`https://api.render.com/deploy/srv-…?key=…`) in `set -x`'s trace of the `curl` that triggers it"), ({ rng }) => {
      const key = rng.b64url(11);
      return { value: key, event: { lines: [`+ curl -fsS -X POST 'https://api.render.com/deploy/srv-${lower(rng, 20)}?key=${key}'`, `{"deploy":{"id":"dep-${lower(rng, 20)}"}}`] } };
    }),
    2,
    plant('header-dump', 'buildkite-curl-v-authorization-basic', 'error', "The smoke test's `curl -v -u smoke:$SMOKE_PASSWORD`: the agent redacts the password in `set -x`'s line, but curl prints `> Authorization: Basic <base64>`, which it does not recognize.", ({ rng }) => {
      const basic = b64Of(`smoke:${rng.alnum(20)}`);
      return { value: basic, event: { lines: [`+ curl -sv -u 'smoke:[REDACTED]' https://staging-api.${US_WWW}/api/me`, `* Connected to staging-api.${US_WWW} (203.0.113.41) port 443`, '> GET /api/me HTTP/2', `> Host: staging-api.${US_WWW}`, `> Authorization: Basic ${basic}`, '> User-Agent: curl/8.18.0', '> Accept: */*', '< HTTP/2 200', '< content-type: application/json; charset=utf-8'] } };
    }),
    2,
    plant('implicit-fragment', 'buildkite-curl-i-location-access_token', 'error', "The smoke test prints the headers of the staging login's implicit-flow redirect: `location: …/#access_token=<JWT>`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 1, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://staging-login.${US_WWW}/`, aud: 'portal-spa', sub: 'smoke|1', scope: 'openid appointments:read' } });
      return { value: token, jwt: facts, event: { lines: [`+ curl -si 'https://staging-login.${US_WWW}/authorize?response_type=token&client_id=portal-spa&redirect_uri=https%3A%2F%2Fstaging-portal.${US_WWW}%2F&prompt=none'`, 'HTTP/2 302', `location: https://staging-portal.${US_WWW}/#access_token=${token}&token_type=Bearer&expires_in=3600`, 'cache-control: no-store'] } };
    }),
    2,
    plant('id-token', 'buildkite-test-failure-id_token_hint-expired', 'note', "A failing sign-out test prints the URL it got, with an `id_token_hint` from a fixture recorded two days earlier: expired, note.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + rng.int(100, 5000), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://staging-login.${US_WWW}/`, aud: 'portal-spa', sub: 'smoke|1', nonce: rng.b64url(22) } });
      return { value: token, jwt: facts, event: { lines: ['  ✘ auth › signs out (1204 ms)', '    Error: expect(received).toContain(expected)', '    Expected substring: "/signed-out"', `    Received string:    "https://staging-login.${US_WWW}/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fstaging-portal.${US_WWW}%2F"`] } };
    }),
    2,
    { raw: { lines: ['+ echo done', 'done', '# Exit status 0'] } },
  ];
  return buildLog(rng, { start: DAY0 + 21 * HOUR, site: { host: US_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zipkin-trace.json: a trace of the portal's Node BFF (OpenTelemetry JS SDK with `@opentelemetry/exporter-zipkin`,
// instrumentation-http and -undici) fetched with `curl …/api/v2/trace/<id> | jq .` during an incident: Zipkin v2 spans
// (`traceId`, `parentId`, `id`, `kind`, `name`, `timestamp` and `duration` in µs, `localEndpoint`, `tags`), the old HTTP
// semantic conventions as tags (`http.url`, `http.target`, `http.method`, `http.status_code`), `otel.status_description`.
// https://zipkin.io/zipkin-api/#/default/get_trace__traceId_, https://opentelemetry.io/docs/specs/otel/trace/sdk_exporters/zipkin/

function zipkinLog(rng) {
  const traceId = rng.hex(32);
  const root = rng.hex(16);
  const span = (e, rng, last = false) => {
    const tags = { 'http.flavor': '1.1', 'http.method': e.method, ...(e.kind === 'SERVER' ? { 'http.target': target(e), 'http.host': e.host } : {}), 'http.status_code': String(e.status), 'http.url': e.url ?? `https://${e.host}${target(e)}`, 'net.peer.ip': e.ip, 'otel.library.name': e.kind === 'SERVER' ? '@opentelemetry/instrumentation-http' : '@opentelemetry/instrumentation-undici', ...(e.err ? { error: 'true', 'otel.status_code': 'ERROR', 'otel.status_description': e.err } : {}) };
    const keys = Object.keys(tags).sort();
    return [
      '  {',
      `    "traceId": "${traceId}",`,
      `    "parentId": "${root}",`,
      `    "id": "${rng.hex(16)}",`,
      `    "kind": "${e.kind}",`,
      `    "name": "${`${e.method} ${e.route ?? ''}`.trim().toLowerCase()}",`,
      `    "timestamp": ${e.t}${digits(rng, 3)},`,
      `    "duration": ${e.ms * 1000 + rng.int(0, 999)},`,
      '    "localEndpoint": {',
      '      "serviceName": "portal-bff",',
      `      "ipv4": "10.40.2.${rng.int(10, 250)}"`,
      '    },',
      '    "tags": {',
      ...keys.map((k, i) => `      ${JSON.stringify(k)}: ${JSON.stringify(tags[k])}${i < keys.length - 1 ? ',' : ''}`),
      '    }',
      last ? '  }' : '  },',
    ];
  };
  const render = (e, rng) => (e.close ? [...span(e, rng, true), ']'] : span(e, rng));
  const filler = (rng) =>
    rng.pick([
      () => ({ kind: 'SERVER', route: '/api/appointments', path: '/api/appointments', query: `clinic=${rng.pick(CLINICS)}`, host: US_APP }),
      () => ({ kind: 'CLIENT', route: '', url: `http://portal-api.portal.svc.cluster.local:8080/api/appointments?clinic=${rng.pick(CLINICS)}`, host: 'portal-api' }),
      () => ({ kind: 'SERVER', route: '/api/me', path: '/api/me', host: US_APP }),
    ])();
  const steps = [
    { raw: { kind: 'SERVER', route: '/api/session', path: '/api/session', host: US_APP }, after: 0 },
    2,
    plant('oauth-code', 'zipkin-server-span-callback-code', 'warning', `${WHY.code} The BFF's \`/auth/callback\` server span keeps the query in \`http.target\` and \`http.url\` (two lines of one span).`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { kind: 'SERVER', route: '/auth/callback', path: '/auth/callback', query: `code=${code}&state=${rng.b64url(32)}`, status: 302, host: US_APP } };
    }),
    2,
    plant('negative', 'zipkin-cursor-base64-json', 'none', 'A pagination `cursor` (base64 of a JSON position, starting `eyJ`) in a server span: no credential.', ({ rng }) => {
      const v = Buffer.from(JSON.stringify({ after: rng.int(100000, 999999), dir: 'next' })).toString('base64url');
      return { value: v, event: { kind: 'SERVER', route: '/api/statements', path: '/api/statements', query: `cursor=${v}`, host: US_APP } };
    }),
    2,
    plant('embed-jwt', 'zipkin-embed-xray-120s-no-jti', 'warning', 'The x-ray viewer an imaging partner embeds `/embed/xray/<JWT>`: a token of 120 s without jti, in `http.target` and `http.url`.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(3, 50), claims: { study: `ST-${rng.int(100000, 999999)}`, clinic: rng.pick(CLINICS) } });
      return { value: token, jwt: facts, event: { kind: 'SERVER', route: '/embed/xray/:token', path: `/embed/xray/${token}`, host: US_APP } };
    }),
    2,
    plant('id-token', 'zipkin-client-span-end_session-id_token_hint', 'error', "The BFF's sign-out calls the identity provider's end-session endpoint server-side: the client span's `http.url` has the user's ID token as `id_token_hint`, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(900, 20000), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${US_AUTH}/`, aud: 'portal-bff', sub: `patient|${rng.int(10000, 99999)}`, sid: rng.uuid() } });
      return { value: token, jwt: facts, event: { kind: 'CLIENT', route: '', url: `https://${US_AUTH}/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${US_APP}%2F`, status: 302, host: US_AUTH } };
    }),
    2,
    plant('api-key-name', 'zipkin-client-span-api_token', 'error', `${WHY.apiKey('api_token')} The insurance eligibility call carries the key in its query; undici's client span writes \`http.url\`.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { kind: 'CLIENT', route: '', url: `https://eligibility.payerlink.example/v2/eligibility?member=${rng.int(1e8, 9e8)}&plan=PPO&api_token=${key}`, host: 'eligibility.payerlink.example' } };
    }),
    2,
    plant('negative', 'zipkin-gclid', 'none', 'A Google Ads click id (`gclid`) on a landing request: no credential.', ({ rng }) => {
      const v = `Cj0KCQiA${rng.b64url(60)}_BwE`;
      return { value: v, event: { kind: 'SERVER', route: '/book', path: '/book', query: `clinic=beaverton&gclid=${v}`, host: US_APP } };
    }),
    2,
    plant('webhook', 'zipkin-status-description-discord-webhook', 'error', WHY.webhook("A Discord webhook in the failed client span's `otel.status_description` (undici's `fetch failed` with the URL)"), ({ rng }) => {
      const tok = rng.b64url(68);
      return { value: tok, event: { kind: 'CLIENT', route: '', url: 'https://discord.com/api/webhooks', status: 0, host: 'discord.com', err: `request to https://discord.com/api/webhooks/${digits(rng, 19)}/${tok} failed, reason: getaddrinfo EAI_AGAIN discord.com` } };
    }),
    2,
    { raw: { kind: 'SERVER', route: '/api/me', path: '/api/me', host: US_APP, close: true } },
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR, site: { host: US_APP }, filler, render, steps, header: ['['] });
}

// ---------------------------------------------------------------------------------------------------------------------
// locust-portal.log: `locust -f locustfile.py --headless -u 50 -r 5 -t 10m --host https://staging-portal… 2>&1 | tee`:
// Locust 2.3x's log lines (`[<time>] <host>/<LEVEL>/<logger>: <message>`), the stats table printed every few seconds
// (`Type  Name  # reqs  # fails | Avg Min Max Med | req/s failures/s`, names as the locustfile passes them: full paths
// with their queries) and the Error report at the end. Local time.
// https://docs.locust.io/en/stable/quickstart.html, https://docs.locust.io/en/stable/configuration.html,
// https://docs.locust.io/en/stable/writing-a-locustfile.html#grouping-requests

function locustLog(rng) {
  const host = 'loadgen-01';
  const at = (t) => `${local(t, US).slice(0, 10)} ${local(t, US).slice(11, 19)},${local(t, US).slice(20, 23)}`;
  const SEP = '--------|----------------------------------------------------------------------------|-------|-------------|-------|-------|-------|-------|--------|-----------';
  const row = (method, name, reqs, fails, rng) => {
    const avg = rng.int(30, 300);
    return `${method.padEnd(8)} ${name.padEnd(76)} ${String(reqs).padStart(7)} ${`${fails}(${((fails / reqs) * 100).toFixed(2)}%)`.padStart(12)} | ${String(avg).padStart(6)} ${String(rng.int(8, 30)).padStart(7)} ${String(avg * 3).padStart(7)} ${String(avg - 5).padStart(6)} | ${(reqs / 20).toFixed(2).padStart(7)} ${(fails / 20).toFixed(2).padStart(11)}`;
  };
  const table = (extra, rng) => {
    const base = [['GET', '/api/appointments?clinic=[clinic]'], ['GET', '/api/me'], ['POST', '/api/appointments/hold']];
    const rows = [...base, ...extra].map(([m, n, f]) => row(m, n, rng.int(40, 900), f ?? 0, rng));
    return [`Type     ${'Name'.padEnd(76)}  # reqs      # fails |    Avg     Min     Max    Med |   req/s  failures/s`, SEP, ...rows, SEP, row('', 'Aggregated', rng.int(900, 3000), 0, rng), ''];
  };
  const render = (e, rng) => {
    if (e.msg) return [`[${at(e.t)}] ${host}/${e.level ?? 'INFO'}/${e.logger ?? 'locust.runners'}: ${e.msg}`];
    if (e.lines) return e.lines;
    return table(e.rows ?? [], rng);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ rows: [] }),
      () => ({ rows: [] }),
      () => ({ msg: `${rng.int(5, 50)} users spawned (running)`, logger: 'locust.runners' }),
    ])();
  const steps = [
    { raw: { msg: 'Run time limit set to 600 seconds', logger: 'locust.main' }, after: 0 },
    { raw: { msg: 'Starting Locust 2.33.2', logger: 'locust.main' }, after: 0 },
    { raw: { msg: 'Ramping to 50 users at a rate of 5.00 per second', logger: 'locust.runners' }, after: 1 },
    2,
    plant('api-key-name', 'locust-stats-name-access_token', 'error', `${WHY.apiKey('access_token')} The locustfile names a request with its full URL, the staging API token in the query: every stats table writes it.`, ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { rows: [['GET', `/api/v2/slots?clinic=pearl&access_token=${tok}`]] } };
    }),
    2,
    plant('negative', 'locust-stats-name-cache-buster', 'none', 'A `_=<epoch ms>` cache buster in a request name: no credential.', ({ t }) => {
      const v = String(t - 3100);
      return { value: v, event: { rows: [['GET', `/api/clinics?_=${v}`]] } };
    }),
    2,
    plant('embed-jwt', 'locust-stats-name-embed-ledger-expired', 'note', 'The test data reuses `/embed/ledger/<JWT>` recorded the day before: the token expired before the run, note.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: 86400 + rng.int(100, 9000), claims: { ledger: `L-${rng.int(10000, 99999)}`, clinic: 'pearl-district' } });
      return { value: token, jwt: facts, event: { rows: [['GET', `/embed/ledger/${token}`, 0]] } };
    }),
    2,
    plant('webhook', 'locust-teams-webhook-error', 'error', WHY.webhook("A Teams incoming webhook (`webhookb2/…/IncomingWebhook/<id>/…`) in requests' `400 Client Error … for url:` that the locustfile's `quitting` hook logs"), ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { level: 'ERROR', logger: 'locustfile', msg: `Teams summary failed: 400 Client Error: Bad Request for url: https://brightwaterdental.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${id}/${rng.uuid()}/V2${rng.b64url(44)}` } };
    }),
    2,
    plant('encoded', 'locust-stats-name-return-percent-encoded-api_key', 'error', 'A request name whose `return=` holds a billing export URL percent-encoded once (`%3Fapi_key%3D<key>`).', ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { rows: [['GET', `/login?return=%2Fbilling%2Fexport%3Fapi_key%3D${key}`]] } };
    }),
    2,
    plant('negative', 'locust-stats-name-cursor', 'none', 'A base64 JSON `cursor` (starting `eyJ`) in a request name: no credential.', ({ rng }) => {
      const v = Buffer.from(JSON.stringify({ id: rng.int(10000, 99999) })).toString('base64url');
      return { value: v, event: { rows: [['GET', `/api/statements?cursor=${v}`]] } };
    }),
    2,
    { raw: { msg: '--run-time limit reached, shutting down', logger: 'locust.main' } },
    plant('session-id', 'locust-error-report-session_id', 'error', WHY.session("The Error report's row: a `session_id=` the locustfile puts in the query of `/api/me`, in the name and in requests' `HTTPError` message"), ({ rng }) => {
      const s = rng.hex(48);
      return { value: s, event: { lines: ['Error report', '# occurrences      Error                                                                                               ', '------------------|---------------------------------------------------------------------------------------------------------------------------------------------', `${String(rng.int(3, 40)).padEnd(18)} GET /api/me?session_id=${s}: HTTPError('401 Client Error: Unauthorized for url: /api/me?session_id=${s}')`, '------------------|---------------------------------------------------------------------------------------------------------------------------------------------', ''] } };
    }),
    { raw: { msg: 'Shutting down (exit code 1)', logger: 'locust.main' } },
  ];
  return buildLog(rng, { start: DAY0 + 22 * HOUR, site: { host: US_APP }, filler, render, steps });
}

// =====================================================================================================================
// Kritiki Kinisi
// =====================================================================================================================

// kratiseis.log: the booking backend (Spring Boot 3.4, Hibernate 6.6) with `logging.level.org.hibernate.SQL=debug` and
// `logging.level.org.hibernate.orm.jdbc.bind=trace` left on in production after a slow-query hunt: Boot's console pattern
// (`<ISO time with offset> <LEVEL> <pid> --- [<app>] [<thread>] <logger> : <message>`), Hibernate's `select … where …=?`
// and `binding parameter (<n>:<JDBC type>) <- [<value>]`, the app's lines in Greek. Local time.
// https://docs.spring.io/spring-boot/reference/features/logging.html#features.logging.log-format,
// https://docs.jboss.org/hibernate/orm/6.6/userguide/html_single/Hibernate_User_Guide.html#best-practices-logging

function hibernateLog(rng) {
  const thread = () => `nio-8080-exec-${rng.int(1, 10)}`;
  const pre = (t, level, logger, th) => `${isoOff(t, GR)} ${level.padStart(5)} 1 --- [kratiseis] [${th.padStart(15)}] ${logger.padEnd(40).slice(0, 40)} : `;
  const render = (e) => {
    const th = thread();
    if (e.msg) return [`${pre(e.t, e.level ?? 'INFO', e.logger ?? 'g.k.kratiseis.KratisiService', th)}${e.msg}`];
    return [`${pre(e.t, 'DEBUG', 'org.hibernate.SQL', th)}${e.sql}`, ...e.binds.map(([type, v], i) => `${pre(e.t, 'TRACE', 'org.hibernate.orm.jdbc.bind', th)}binding parameter (${i + 1}:${type}) <- [${v}]`)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ sql: 'select v1_0.id,v1_0.category,v1_0.plate,v1_0.station from vehicles v1_0 where v1_0.station=? and v1_0.available=?', binds: [['VARCHAR', rng.pick(STATHMOI)], ['BOOLEAN', 'true']] }),
      () => ({ sql: 'select k1_0.id,k1_0.customer_id,k1_0.pickup_at,k1_0.reference,k1_0.status from kratiseis k1_0 where k1_0.reference=?', binds: [['VARCHAR', kratisi(rng)]] }),
      () => ({ msg: `Νέα κράτηση ${kratisi(rng)} για ${rng.pick(STATHMOI)} (${rng.int(1, 14)} ημέρες)` }),
      () => ({ msg: `Επιστροφή οχήματος ${pinakida(rng)} στο ${rng.pick(STATHMOI)}`, logger: 'g.k.kratiseis.StoloService' }),
    ])();
  const steps = [
    3,
    plant('session-id', 'hibernate-bind-user_sessions-session_token', 'error', WHY.session("The app's own session table: Hibernate binds the session token it looks up (`user_sessions.session_token`)"), ({ rng }) => {
      const s = rng.b64url(43);
      return { value: s, event: { sql: 'select us1_0.id,us1_0.customer_id,us1_0.expires_at,us1_0.session_token from user_sessions us1_0 where us1_0.session_token=?', binds: [['VARCHAR', s]] } };
    }),
    3,
    plant('negative', 'hibernate-bind-bcrypt-hash', 'none', "A BCrypt hash (`$2a$10$…`) bound on a password change: a one-way hash, no credential.", ({ rng }) => {
      const v = `$2a$10$${rng.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
      return { value: v, event: { sql: 'update customers set password_hash=?,updated_at=? where id=?', binds: [['VARCHAR', v], ['TIMESTAMP_UTC', '2027-02-23T10:12:44.512Z'], ['BIGINT', String(rng.int(1000, 99999))]] } };
    }),
    3,
    plant('path-secret', 'hibernate-bind-password_reset_tokens-token', 'error', WHY.pathSecret('A password reset token (the link `/epanafora-kodikou/<token>`) bound in `password_reset_tokens.token=?`'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { sql: 'select prt1_0.id,prt1_0.customer_id,prt1_0.expires_at,prt1_0.token,prt1_0.used from password_reset_tokens prt1_0 where prt1_0.token=?', binds: [['VARCHAR', tok]] } };
    }),
    3,
    plant('api-key-name', 'hibernate-bind-partner_integrations-api_key', 'error', `${WHY.apiKey('api_key')} A hotel partner's key, bound on its insert into \`partner_integrations\`.`, ({ rng }) => {
      const key = `kk_live_${rng.alnum(40)}`;
      return { value: key, event: { sql: 'insert into partner_integrations (api_key,created_at,name,id) values (?,?,?,default)', binds: [['VARCHAR', key], ['TIMESTAMP_UTC', '2027-02-23T10:31:02.118Z'], ['VARCHAR', 'Knossos Beach Hotel']] } };
    }),
    3,
    plant('refresh-token', 'hibernate-bind-calendar-refresh_token', 'error', `${WHY.refresh} The branch calendars' Google refresh token (\`1//0…\`), bound on the \`google_calendar_links\` update.`, ({ rng }) => {
      const rt = `1//09${rng.b64url(98)}`;
      return { value: rt, event: { sql: 'update google_calendar_links set access_expires_at=?,refresh_token=? where id=?', binds: [['TIMESTAMP_UTC', '2027-02-23T11:40:00Z'], ['VARCHAR', rt], ['BIGINT', String(rng.int(1, 20))]] } };
    }),
    3,
    plant('framework-dump', 'hibernate-bind-json-viva-apikey', 'error', "A `@JdbcTypeCode(SqlTypes.JSON)` column bound whole: the payment settings' JSON with Viva's `apiKey` in it.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { sql: 'update stathmoi set payment_settings=?,updated_at=? where id=?', binds: [['JSON', JSON.stringify({ provider: 'viva', merchantId: rng.uuid(), apiKey: key, sourceCode: String(rng.int(1000, 9999)) })], ['TIMESTAMP_UTC', '2027-02-23T11:58:13.004Z'], ['BIGINT', String(rng.int(1, 5))]] } };
    }),
    3,
    plant('negative', 'hibernate-bind-booking-uuid', 'none', 'A booking public id (a UUID) bound: an identifier, no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { sql: 'select k1_0.id,k1_0.status from kratiseis k1_0 where k1_0.public_id=?', binds: [['UUID', v]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: GR_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sonicwall.log: the head office's SonicWall TZ370 (SonicOS 7) sending syslog in the default (enhanced) format to
// rsyslog, DPI-SSL on: `id=firewall sn=… time="…" fw=… pri=… c=… m=97 msg="Web site hit" … src=<ip>:<port>:<zone>
// dst=… proto=tcp/http(s) op=1 sent=… rcvd=… result=… dstname=<host> arg=<path and query> code=… Category="…"`, and
// `m=537` connection-closed lines. Local time. https://www.sonicwall.com/support/technical-documentation/ (SonicOS 7 Log
// Events reference, message 97 "Web site hit"; not fetched), https://docs.logzilla.net/LogZilla_Appstore/Sonicwall/ (public samples)

function sonicwallLog(rng) {
  const sn = upperNum(rng, 12);
  let n = rng.int(100000, 900000);
  const render = (e, rng) => {
    const lt = local(e.t, GR);
    const head = `${MONTHS[Number(lt.slice(5, 7)) - 1]} ${lt.slice(8, 10).replace(/^0/, ' ')} ${lt.slice(11, 19)} fw-irakleio id=firewall sn=${sn} time="${lt.slice(0, 10)} ${lt.slice(11, 19)}" fw=203.0.113.10 pri=6`;
    const src = `${e.src ?? `10.20.0.${rng.int(20, 90)}`}:${rng.int(49152, 65535)}:X0`;
    const dst = `${e.dstIp ?? `198.51.100.${rng.int(2, 250)}`}:${e.closed ? 53 : e.https ? 443 : 80}:X1`;
    n += rng.int(1, 400);
    if (e.closed) return [`${head} c=1024 m=537 msg="Connection Closed" f=2 n=${n} src=${src} dst=${dst} proto=udp/dns sent=${rng.int(60, 90)} rcvd=${rng.int(90, 300)} fw_action="NA"`];
    return [`${head} c=1024 m=97 msg="Web site hit" app=${e.https ? 49177 : 49175} appName="${e.https ? 'General HTTPS' : 'General HTTP'}" n=${n} src=${src} dst=${dst} srcMac=${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)} dstMac=00:17:c5:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)} proto=tcp/${e.https ? 'https' : 'http'} op=1 sent=${rng.int(300, 2000)} rcvd=${rng.int(400, 90000)} result=${e.status} dstname=${e.dst} arg=${e.arg} code=${e.code ?? 27} Category="${e.cat ?? 'Business and Economy'}" fw_action="NA"`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ dst: 'www.gov.gr', arg: '/', https: true, code: 34, cat: 'Government' }),
      () => ({ dst: `${GR_WWW.replace('.example', '')}-admin.example`, arg: `/kratiseis?stathmos=${rng.pick(STATHMOI)}`, https: true }),
      () => ({ closed: true }),
      () => ({ dst: 'www.meteo.gr', arg: '/cf.cfm?city_id=12', https: true, code: 46, cat: 'News and Media' }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'sonicwall-arg-appid', 'error', `${WHY.apiKey('appid')} The airport kiosk's weather widget over plain HTTP: the firewall writes the path and query in \`arg=\`.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { dst: 'api.openweathermap.org', arg: `/data/2.5/weather?lat=35.34&lon=25.18&units=metric&lang=el&appid=${key}`, src: '10.20.0.14' } };
    }),
    3,
    plant('negative', 'sonicwall-windows-update-ctl', 'none', "Windows Update's certificate trust list with its cache-busting hash: no credential.", ({ rng }) => {
      const v = rng.hex(16);
      return { value: v, event: { dst: 'ctldl.windowsupdate.com', arg: `/msdownload/update/v3/static/trustedr/en/authrootstl.cab?${v}`, code: 61, cat: 'Information Technology/Computers' } };
    }),
    3,
    plant('replay', 'sonicwall-insurer-document-ticket', 'note', WHY.ticketFirst("A `ticket` of a rental contract's insurance certificate on the insurer's portal (`arg=/portal/docs/certificate.pdf?…&ticket=…`)"), ({ rng, t }) => {
      firstUse.cert = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { dst: 'docs.aigaio-asfalistiki.example', arg: `/portal/docs/certificate.pdf?policy=${rng.int(1e6, 9e6)}&ticket=${tk}`, https: true, src: '10.20.0.31' } };
    }, { ref: 'cert' }),
    2,
    plant('replay', 'sonicwall-insurer-document-ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('cert').value, why: `${WHY.replay('ticket', gap('cert', t))} The portal serves it again (result=200) to another PC of the office (10.20.0.57); the first download was from the front desk (10.20.0.31).` }], event: { dst: 'docs.aigaio-asfalistiki.example', arg: `/portal/docs/certificate.pdf?ticket=${refs.get('cert').value}`, https: true, src: '10.20.0.57' } }), { replayOf: 'cert', after: 104 }),
    3,
    plant('session-id', 'sonicwall-arg-jsessionid-gps-portal', 'error', WHY.session("The fleet GPS vendor's portal over plain HTTP with `;jsessionid=` in the path"), ({ rng }) => {
      const s = rng.hex(32).toUpperCase();
      return { value: s, event: { dst: 'track.gpsfleet-hellas.example', arg: `/tracking/map.jsp;jsessionid=${s}?vehicle=${pinakida(rng)}`, code: 27 } };
    }),
    3,
    plant('path-secret', 'sonicwall-arg-activate-token', 'error', WHY.pathSecret("A supplier portal's account activation link `/activate/<token>` opened over plain HTTP"), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { dst: 'suppliers.ktel-heraklion.example', arg: `/activate/${tok}` } };
    }),
    3,
    plant('negative', 'sonicwall-fbclid', 'none', 'A Facebook click id (`fbclid`) on a landing page: no credential.', ({ rng }) => {
      const v = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(40)}_aem_${rng.b64url(22)}`;
      return { value: v, event: { dst: GR_WWW, arg: `/prosfores?fbclid=${v}`, https: true, code: 27 } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: GR_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nats-server.log: the fleet bus, nats-server 2.11 run with `-DV` (debug and trace) into a file: `[<pid>] <YYYY/MM/DD
// HH:MM:SS.µs> [<LVL>] <ip:port> - cid:<n> - "<client version:lang:name>" - <<- [PUB <subject> <size>]` and `<<-
// MSG_PAYLOAD: ["<payload, Go %q>"]`, `HPUB` with the NATS/1.0 headers in the payload, `->> [MSG …]` deliveries, CONNECT
// with `pass` and `auth_token` replaced by `[REDACTED]`. UTC (the container's zone).
// https://docs.nats.io/running-a-nats-service/configuration/logging, https://docs.nats.io/reference/reference-protocols/nats-protocol

function natsLog(rng) {
  const clients = [['10.0.4.7:52814', 12, 'v1.41.0:go:fleet-gw'], ['10.0.4.9:40022', 15, 'v2.7.1:python3:pricing'], ['10.0.4.12:50393', 18, 'v2.29.3:nats.js:booking-web']];
  const q = (s) => JSON.stringify(s);
  const render = (e) => {
    let us = Number(digits(rng, 3));
    const pfx = (lvl) => `[1] ${iso(e.t).slice(0, 10).replace(/-/g, '/')} ${iso(e.t).slice(11, 23)}${pad((us += rng.int(20, 200)) % 1000, 3)} [${lvl}]`;
    const [addr, cid, ver] = e.client ?? clients[0];
    const who = `${addr} - cid:${cid} - "${ver}" -`;
    if (e.dbg) return [`${pfx('DBG')} ${addr} - cid:${cid} - ${e.dbg}`];
    if (e.connect) return [`${pfx('TRC')} ${addr} - cid:${cid} - <<- [CONNECT ${e.connect}]`];
    const size = Buffer.byteLength(e.payload);
    const [saddr, scid, sver] = clients[1];
    const reply = e.reply ? `${e.reply} ` : '';
    if (e.headers) {
      const hdr = Buffer.byteLength(e.headers);
      return [`${pfx('TRC')} ${who} <<- [HPUB ${e.subject} ${reply}${hdr} ${hdr + size}]`, `${pfx('TRC')} ${who} <<- MSG_PAYLOAD: [${q(e.headers + e.payload)}]`, `${pfx('TRC')} ${saddr} - cid:${scid} - "${sver}" - ->> [HMSG ${e.subject} ${rng.int(1, 9)} ${reply}${hdr} ${hdr + size}]`];
    }
    return [`${pfx('TRC')} ${who} <<- [PUB ${e.subject} ${size}]`, `${pfx('TRC')} ${who} <<- MSG_PAYLOAD: [${q(e.payload)}]`, `${pfx('TRC')} ${saddr} - cid:${scid} - "${sver}" - ->> [MSG ${e.subject} ${rng.int(1, 9)} ${size}]`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ subject: `telemetry.vehicle.${rng.int(1000, 9999)}`, payload: JSON.stringify({ lat: 35 + rng.int(100, 400) / 1000, lon: 25 + rng.int(50, 800) / 1000, km: rng.int(1000, 90000), fuel: rng.int(5, 100) }) }),
      () => ({ subject: 'kratiseis.confirmed', client: clients[2], payload: JSON.stringify({ ref: kratisi(rng), stathmos: rng.pick(STATHMOI), meres: rng.int(1, 14) }) }),
      () => ({ dbg: 'Client Ping Timer' }),
    ])();
  const steps = [
    { raw: { dbg: 'Client connection created' }, after: 0 },
    plant('negative', 'nats-connect-pass-redacted', 'none', "CONNECT as nats-server traces it: `pass` and `auth_token` replaced by `[REDACTED]`, no credential.", () => ({ value: '"pass":"[REDACTED]"', event: { connect: '{"verbose":false,"pedantic":false,"user":"fleet-gw","pass":"[REDACTED]","tls_required":false,"name":"fleet-gw","lang":"go","version":"1.41.0","protocol":1,"echo":true,"headers":true,"no_responders":true}' } }), { after: 0 }),
    3,
    plant('header-dump', 'nats-hpub-authorization-bearer-jwt', 'error', "A request on `billing.charge` carries the user's access token as a NATS header: the trace writes the HPUB payload with `Authorization: Bearer <JWT>`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(30, 300), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://auth.${GR_WWW}/`, aud: 'billing', sub: `customer:${rng.int(10000, 99999)}` } });
      return { value: token, jwt: facts, event: { subject: 'billing.charge', reply: `_INBOX.${rng.alnum(22)}.${rng.int(1, 9)}`, client: clients[2], headers: `NATS/1.0\r\nAuthorization: Bearer ${token}\r\n\r\n`, payload: JSON.stringify({ ref: kratisi(rng), posoCents: rng.int(3000, 90000), nomisma: 'EUR' }) } };
    }),
    3,
    plant('refresh-token', 'nats-payload-refresh_token', 'error', `${WHY.refresh} The auth service announces a rotation on \`auth.token.rotated\` with the new refresh token in the payload.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { subject: 'auth.token.rotated', client: clients[2], payload: JSON.stringify({ customerId: rng.int(10000, 99999), refresh_token: rt, expiresIn: 2592000 }) } };
    }),
    3,
    plant('negative', 'nats-hpub-nats-msg-id', 'none', 'A `Nats-Msg-Id` header (a UUID for JetStream de-duplication): no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { subject: 'kratiseis.cancelled', client: clients[2], headers: `NATS/1.0\r\nNats-Msg-Id: ${v}\r\n\r\n`, payload: JSON.stringify({ ref: kratisi(rng), logos: 'ακύρωση πελάτη' }) } };
    }),
    3,
    plant('api-key-name', 'nats-payload-apiKey-partner-sync', 'error', `${WHY.apiKey('apiKey')} The channel manager's key travels in the \`partners.sync\` message.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { subject: 'partners.sync', payload: JSON.stringify({ partner: 'rentalcars-gr', apiKey: key, since: '2027-02-23T00:00:00Z' }) } };
    }),
    3,
    plant('webhook', 'nats-payload-slack-webhook', 'error', WHY.webhook('A Slack incoming webhook in a `notify.slack` message to the notifier'), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { subject: 'notify.slack', payload: JSON.stringify({ webhook: `https://hooks.slack.com/services/${hook}`, text: `Όχημα ${pinakida(rng)}: χαμηλή στάθμη καυσίμου` }) } };
    }),
    3,
    plant('implicit-fragment', 'nats-payload-href-access_token-fragment', 'error', "The web app relays client errors on `web.errors`: the event's `href` is `location.href` with `#access_token=<JWT>`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 200), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://auth.${GR_WWW}/`, aud: 'booking-web', sub: `customer:${rng.int(10000, 99999)}` } });
      return { value: token, jwt: facts, event: { subject: 'web.errors', client: clients[2], payload: JSON.stringify({ msg: "TypeError: Cannot read properties of undefined (reading 'stathmos')", href: `https://${GR_WWW}/kratisi/#access_token=${token}&token_type=Bearer&expires_in=3600` }) } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: GR_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kritiki-debug-2027-02-23-<hash>.log: a WooCommerce 9 store's log file under `wp-content/uploads/wc-logs/`, written by
// the theme's booking plugin through `wc_get_logger()` with `source => 'kritiki-debug'` (WC_Log_Handler_File: `<ISO time
// with offset> <LEVEL> <message>`, multi-line messages as written), PayPal REST calls dumped while a checkout bug was
// hunted. UTC (WordPress stores logs in UTC). https://developer.woocommerce.com/docs/best-practices/data-management/logging/,
// https://developer.paypal.com/api/rest/authentication/

function wooLog(rng) {
  const render = (e) => {
    const head = `${iso(e.t).slice(0, 19)}+00:00 ${e.level ?? 'DEBUG'} ${e.msg}`;
    return [head, ...(e.more ?? [])];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ level: 'INFO', msg: `Κράτηση ${kratisi(rng)}: παραλαβή ${rng.pick(STATHMOI)}, ${rng.int(1, 14)} ημέρες, σύνολο ${rng.int(60, 900)},00 €` }),
      () => ({ msg: `Έλεγχος διαθεσιμότητας: ${rng.pick(['Fiat Panda', 'Peugeot 208', 'Kymco Agility 125', 'Toyota Yaris'])} → ${rng.int(0, 9)} ελεύθερα` }),
      () => ({ level: 'NOTICE', msg: `Ο πελάτης #${rng.int(1000, 9999)} άλλαξε ημερομηνία παραλαβής` }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'woo-paypal-token-request-headers-basic', 'error', "The plugin dumps its PayPal token request's headers: `Authorization: Basic <base64 of client_id:secret>`.", ({ rng }) => {
      const basic = b64Of(`A${rng.b64url(79)}:E${rng.b64url(79)}`);
      return { value: basic, event: { msg: 'PayPal request POST https://api-m.paypal.com/v1/oauth2/token', more: [`Headers: {"Authorization":"Basic ${basic}","Content-Type":"application\\/x-www-form-urlencoded"}`, 'Body: grant_type=client_credentials'] } };
    }),
    1,
    plant('framework-dump', 'woo-paypal-token-response-access_token', 'error', "The response body of PayPal's token call, dumped whole: the `access_token` (`A21AA…`, valid 9 h).", ({ rng }) => {
      const at = `A21AA${rng.b64url(92)}`;
      return { value: at, event: { msg: 'PayPal response 200', more: [`Body: {"scope":"https://uri.paypal.com/services/payments/realtimepayment https://uri.paypal.com/services/payments/payment/authcapture","access_token":"${at}","token_type":"Bearer","app_id":"APP-${upperNum(rng, 17)}","expires_in":32400,"nonce":"2027-02-23T09:4${rng.int(0, 9)}:11Z${rng.b64url(43)}"}`] } };
    }),
    2,
    plant('negative', 'woo-paypal-request-id', 'none', "A `PayPal-Request-Id` header (the plugin's idempotency key, a UUID): no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { msg: 'PayPal request POST https://api-m.paypal.com/v2/checkout/orders', more: [`Headers: {"Authorization":"Bearer ***","Content-Type":"application\\/json","PayPal-Request-Id":"${v}","Prefer":"return=representation"}`] } };
    }),
    2,
    plant('webhook', 'woo-make-webhook-url', 'error', WHY.webhook('A Make (Integromat) custom webhook `https://hook.eu1.make.com/<token>` the plugin posts new bookings to, in its failure message'), ({ rng }) => {
      const tok = lower(rng, 32);
      return { value: tok, event: { level: 'ERROR', msg: `Αποτυχία αποστολής στο Make: cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (https://hook.eu1.make.com/${tok})` } };
    }),
    2,
    plant('path-secret', 'woo-lost-password-key-link', 'error', WHY.pathSecret("WooCommerce's reset link `/my-account/lost-password/?key=<key>&id=<user>` that the plugin logs when it sends the e-mail"), ({ rng }) => {
      const key = rng.alnum(20);
      return { value: key, event: { msg: `Email επαναφοράς κωδικού στάλθηκε: https://${GR_WWW}/my-account/lost-password/?key=${key}&id=${rng.int(100, 9999)}` } };
    }),
    2,
    plant('session-id', 'woo-cookie-dump-wordpress_logged_in', 'error', WHY.session("A `$_COOKIE` dump with `wordpress_logged_in_<hash>`: user, expiry, the session token and its HMAC"), ({ rng }) => {
      const tok = rng.alnum(43);
      return { value: tok, event: { msg: 'Cookies στο checkout:', more: [`{"wordpress_logged_in_${rng.hex(32)}":"maria.p|1803${digits(rng, 6)}|${tok}|${rng.hex(64)}","woocommerce_items_in_cart":"1","wp_lang":"el"}`] } };
    }),
    2,
    plant('negative', 'woo-paypal-debug-id', 'none', "PayPal's `debug_id` of an error response: a correlation id, no credential.", ({ rng }) => {
      const v = rng.hex(13);
      return { value: v, event: { level: 'ERROR', msg: 'PayPal response 422', more: [`Body: {"name":"UNPROCESSABLE_ENTITY","details":[{"issue":"INSTRUMENT_DECLINED"}],"message":"The requested action could not be performed.","debug_id":"${v}"}`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: GR_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// eb-logs.txt: `eb logs` of the booking site on Elastic Beanstalk (Node.js 22 on Amazon Linux 2023, nginx in front):
// the instance header, then each file with its dashed banner: `/var/log/nginx/access.log` (the platform's nginx
// `log_format main`: combined plus `"$http_x_forwarded_for"`) and `/var/log/web.stdout.log` (the app's output through
// rsyslog: `<Mmm dd HH:MM:SS> <host> web[<pid>]: …`). UTC.
// https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.logging.html,
// https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/eb3-logs.html

function ebLog(rng) {
  const inst = `i-0${rng.hex(16)}`;
  const banner = (file) => ['----------------------------------------', file, '----------------------------------------'];
  let mode = 'access';
  const render = (e) => {
    if (e.section) {
      mode = 'stdout';
      return ['', ...banner('/var/log/web.stdout.log')];
    }
    if (e.stdout) {
      const lt = iso(e.t);
      return e.stdout.map((l) => `${MONTHS[Number(lt.slice(5, 7)) - 1]} ${lt.slice(8, 10)} ${lt.slice(11, 19)} ip-172-31-33-12 web[2841]: ${l}`);
    }
    return [`${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" "${e.xff ?? e.ip}"`];
  };
  const filler = (rng) =>
    mode === 'access'
      ? rng.pick([
          () => ({ path: '/' }),
          () => ({ path: '/api/diathesimotita', query: `stathmos=${rng.pick(STATHMOI)}&apo=2027-03-${pad(rng.int(1, 28))}&meres=${rng.int(1, 14)}` }),
          () => ({ path: `/ochimata/${rng.pick(['fiat-panda', 'peugeot-208', 'kymco-agility-125', 'toyota-yaris'])}` }),
        ])()
      : rng.pick([
          () => ({ stdout: [`[kratiseis] νέα κράτηση ${kratisi(rng)} (${rng.pick(STATHMOI)})`] }),
          () => ({ stdout: [`GET /api/diathesimotita 200 ${rng.int(8, 90)} ms`] }),
        ])();
  const steps = [
    3,
    plant('oauth-code', 'eb-access-google-callback-code', 'warning', `${WHY.code} Google's \`4/0A…\` code on the site's \`/auth/google/callback\`, in nginx's request line.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, event: { path: '/auth/google/callback', query: `state=${rng.hex(32)}&code=${encodeURIComponent(code)}&scope=email+profile+openid+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.email&authuser=0&prompt=none`, status: 302, bytes: 0 }, needle: encodeURIComponent(code) };
    }),
    3,
    plant('negative', 'eb-access-gclid', 'none', 'A Google Ads click id (`gclid`): no credential.', ({ rng }) => {
      const v = `EAIaIQobChMI${rng.b64url(50)}_BwE`;
      return { value: v, event: { path: '/', query: `gclid=${v}` } };
    }),
    3,
    plant('replay', 'eb-access-voucher-ticket', 'note', WHY.ticketFirst('A `ticket` of a rental voucher PDF (`/voucher/pdf?ticket=…`)'), ({ rng, t }) => {
      firstUse.voucher = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { path: '/voucher/pdf', query: `ref=${kratisi(rng)}&ticket=${tk}`, ip: '203.0.113.88', ua: BROWSERS[2] } };
    }, { ref: 'voucher' }),
    2,
    plant('replay', 'eb-access-voucher-ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('voucher').value, why: `${WHY.replay('ticket', gap('voucher', t))} The site serves the voucher again (200) to another client; the first download came from the customer's phone.` }], event: { path: '/voucher/pdf', query: `ticket=${refs.get('voucher').value}`, ip: '198.51.100.140', ua: BROWSERS[3] } }), { replayOf: 'voucher', after: 163 }),
    3,
    plant('path-secret', 'eb-access-akyrosi-path', 'error', WHY.pathSecret('A booking cancellation link `/kratisi/akyrosi/<token>` (no login needed)'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { path: `/kratisi/akyrosi/${tok}`, ua: BROWSERS[4] } };
    }),
    3,
    plant('embed-jwt', 'eb-access-embed-stolos-1h-jti', 'error', 'The partner hotels embed `/embed/stolos/<JWT>` (the fleet view): a token of 1 h with a jti, live when logged.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { partner: 'knossos-beach', view: 'fleet' } });
      return { value: token, jwt: facts, event: { path: `/embed/stolos/${token}`, referer: 'https://knossosbeach.example/', ua: BROWSERS[0] } };
    }),
    3,
    plant('negative', 'eb-access-chunk-hash', 'none', "A built chunk's content hash (`/static/js/main.<hash>.js`): no credential.", ({ rng }) => {
      const v = rng.hex(8);
      return { value: `main.${v}.js`, event: { path: `/static/js/main.${v}.js` } };
    }),
    2,
    { raw: { section: true } },
    3,
    plant('header-dump', 'eb-stdout-axios-error-config-x-apikey', 'error', "The app's `console.error` of an axios error's `config.headers`: FlightAware AeroAPI's `'x-apikey'` header, for the airport pickups' arrival times.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { stdout: ['[ptiseis] αποτυχία AeroAPI: AxiosError: Request failed with status code 429', '  headers: Object [AxiosHeaders] {', "    Accept: 'application/json, text/plain, */*',", `    'x-apikey': '${key}',`, "    'User-Agent': 'axios/1.13.4'", '  },'] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: GR_WWW }, filler, render, steps, header: [`============= ${inst} ==============`, ...banner('/var/log/nginx/access.log')] });
}

// =====================================================================================================================
// Rozumnyk
// =====================================================================================================================

// gorm.log: the school's Go API (GORM 1.25 with `logger.New(log.New(os.Stdout, "\r\n", log.LstdFlags), logger.Config{
// LogLevel: logger.Info, Colorful: false})`): each statement as `\r\n<YYYY/MM/DD HH:MM:SS> <file:line>` and `[<ms>ms]
// [rows:<n>] <SQL with its values inlined>`, `record not found` and `SLOW SQL >= 200ms` entries, the standard log
// package's lines in Ukrainian. Local time. https://gorm.io/docs/logger.html

function gormLog(rng) {
  const stamp = (t) => local(t, UA).slice(0, 19).replace('T', ' ').replace(/-/g, '/');
  const render = (e) => {
    if (e.msg) return [`${stamp(e.t)} ${e.msg}`];
    return ['\r', `${stamp(e.t)} /app/internal/store/${e.file} ${e.note ?? ''}`.trimEnd(), `[${rng.int(0, 9)}.${pad(rng.int(0, 999), 3)}ms] [rows:${e.rows ?? 1}] ${e.sql}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ file: 'lessons.go:58', sql: `SELECT * FROM "lessons" WHERE tutor_id = ${rng.int(100, 999)} AND starts_at >= '2027-02-23 00:00:00' AND "lessons"."deleted_at" IS NULL ORDER BY starts_at`, rows: rng.int(0, 12) }),
      () => ({ file: 'students.go:33', sql: `SELECT * FROM "students" WHERE "students"."id" = ${rng.int(1000, 99999)} AND "students"."deleted_at" IS NULL ORDER BY "students"."id" LIMIT 1` }),
      () => ({ msg: `урок ${rng.int(10000, 99999)} (${rng.pick(PREDMETY)}) завершено, тривалість ${rng.int(40, 90)} хв` }),
    ])();
  const steps = [
    { raw: { msg: 'сервер слухає :8080' }, after: 0 },
    2,
    plant('session-id', 'gorm-sessions-token-literal', 'error', WHY.session('A session lookup: GORM inlines the token in `WHERE token = \'…\'`'), ({ rng }) => {
      const s = rng.hex(64);
      return { value: s, event: { file: 'sessions.go:41', sql: `SELECT * FROM "sessions" WHERE token = '${s}' AND expires_at > '2027-02-23 12:04:11.512' AND "sessions"."deleted_at" IS NULL ORDER BY "sessions"."id" LIMIT 1` } };
    }),
    2,
    plant('negative', 'gorm-email-verifications-token_hash', 'none', "A lookup by `token_hash` (SHA-256 of an e-mail verification token, as the service stores it): a hash, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { file: 'verify.go:27', sql: `SELECT * FROM "email_verifications" WHERE token_hash = '${v}' ORDER BY "email_verifications"."id" LIMIT 1` } };
    }),
    2,
    plant('path-secret', 'gorm-password-resets-record-not-found', 'error', WHY.pathSecret('A password reset token (the link `/vidnovlennia-parolia/<token>`) in a `record not found` entry'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { file: 'resets.go:52', note: 'record not found', rows: 0, sql: `SELECT * FROM "password_resets" WHERE token = '${tok}' AND used_at IS NULL ORDER BY "password_resets"."id" LIMIT 1` } };
    }),
    2,
    plant('api-key-name', 'gorm-insert-novaposhta-api_key', 'error', `${WHY.apiKey('api_key')} Nova Poshta's API key (32 hex) for sending textbooks, inlined in an \`INSERT\`.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { file: 'integrations.go:77', sql: `INSERT INTO "integrations" ("created_at","updated_at","deleted_at","provider","api_key","sender_ref") VALUES ('2027-02-23 12:20:03.118','2027-02-23 12:20:03.118',NULL,'novaposhta','${key}','${rng.uuid()}') RETURNING "id"` } };
    }),
    2,
    plant('refresh-token', 'gorm-slow-sql-update-refresh_token', 'error', `${WHY.refresh} The tutors' Google Calendar refresh token (\`1//0…\`) in a \`SLOW SQL >= 200ms\` entry.`, ({ rng }) => {
      const rt = `1//0c${rng.b64url(98)}`;
      return { value: rt, event: { file: 'calendar.go:64', note: 'SLOW SQL >= 200ms', sql: `UPDATE "calendar_links" SET "refresh_token"='${rt}',"updated_at"='2027-02-23 12:31:40.905' WHERE "id" = ${rng.int(1, 400)}` } };
    }),
    2,
    plant('header-dump', 'gorm-insert-request_logs-headers-authorization', 'error', "An audit table stores each request's headers as JSON; GORM's `INSERT` writes `{\"Authorization\":[\"Bearer …\"]}`.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { file: 'audit.go:19', sql: `INSERT INTO "request_logs" ("created_at","method","path","headers") VALUES ('2027-02-23 12:44:07.301','POST','/api/oplaty','{"Authorization":["Bearer ${tok}"],"Content-Type":["application/json"],"User-Agent":["Rozumnyk/3.1 (Android 16)"]}') RETURNING "id"` } };
    }),
    2,
    plant('negative', 'gorm-etag', 'none', "A file's `etag` column (an MD5 of the uploaded homework): no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { file: 'files.go:88', sql: `UPDATE "homework_files" SET "etag"='${v}',"size"=${rng.int(1e4, 9e6)} WHERE "id" = ${rng.int(1000, 99999)}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: UA_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ga4-events-20270223.ndjson: the GA4 property's BigQuery export for one day, extracted with `bq extract
// --destination_format NEWLINE_DELIMITED_JSON` (one event a line: `event_date`, `event_timestamp` in µs as a string,
// `event_name`, `event_params` as key/value records with `string_value`/`int_value`, `user_pseudo_id`, `device`, `geo`,
// `traffic_source`, `stream_id`, `platform`; INT64 as strings, nulls left out). The SPA sends `page_location:
// location.href` itself on every route change. https://support.google.com/analytics/answer/7029846 (export schema),
// https://cloud.google.com/bigquery/docs/exporting-data#export_formats_and_compression_types

function ga4Log(rng) {
  const render = (e, rng) => {
    const params = [
      { key: 'page_location', value: { string_value: e.loc } },
      ...(e.ref ? [{ key: 'page_referrer', value: { string_value: e.ref } }] : []),
      { key: 'page_title', value: { string_value: e.title ?? 'Розумник — онлайн-школа' } },
      { key: 'ga_session_id', value: { int_value: e.sid ?? String(Math.floor(e.t / 1000) - rng.int(10, 900)) } },
      { key: 'ga_session_number', value: { int_value: String(rng.int(1, 40)) } },
      { key: 'engagement_time_msec', value: { int_value: String(rng.int(100, 40000)) } },
    ];
    return [JSON.stringify({ event_date: '20270223', event_timestamp: `${e.t}${digits(rng, 3)}`, event_name: e.name ?? 'page_view', event_params: params, event_bundle_sequence_id: String(rng.int(1, 90)), user_pseudo_id: e.pseudo ?? `${rng.int(1e9, 2e9)}.${Math.floor(e.t / 1000) - rng.int(1e5, 9e6)}`, privacy_info: { analytics_storage: 'Yes', ads_storage: 'No', uses_transient_token: 'No' }, device: { category: rng.pick(['mobile', 'desktop']), operating_system: rng.pick(['Android', 'iOS', 'Windows', 'Macintosh']), web_info: { browser: rng.pick(['Chrome', 'Safari', 'Firefox']), hostname: UA_WWW } }, geo: { country: 'Ukraine', city: rng.pick(['Kyiv', 'Lviv', 'Kharkiv', 'Odesa', 'Dnipro']) }, traffic_source: { name: '(direct)', medium: '(none)', source: '(direct)' }, stream_id: '9876543210', platform: 'WEB', is_active_user: true })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ loc: `https://${UA_WWW}/predmety/${rng.pick(PREDMETY)}`, title: 'Предмети — Розумник' }),
      () => ({ loc: `https://${UA_WWW}/kabinet/rozklad`, title: 'Мій розклад' }),
      () => ({ name: 'user_engagement', loc: `https://${UA_WWW}/kabinet/domashni-zavdannia` }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'ga4-page_location-callback-code', 'warning', `${WHY.code} The SPA's callback route sends a \`page_view\` before it swaps the code: \`page_location\` keeps \`code\` and \`state\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { loc: `https://${UA_WWW}/auth/callback?code=${code}&state=${rng.b64url(24)}`, title: 'Вхід…' } };
    }),
    3,
    plant('negative', 'ga4-user_pseudo_id', 'none', "GA4's `user_pseudo_id` (the `_ga` cookie's client id): an analytics identifier, no credential.", ({ rng, t }) => {
      const v = `${rng.int(1e9, 2e9)}.${Math.floor(t / 1000) - rng.int(1e6, 9e6)}`;
      return { value: v, event: { loc: `https://${UA_WWW}/tsiny`, title: 'Ціни', pseudo: v } };
    }),
    3,
    plant('path-secret', 'ga4-page_location-zaproshennia-token', 'error', WHY.pathSecret("A tutor's invitation link `/zaproshennia/<token>` as `page_location`"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { loc: `https://${UA_WWW}/zaproshennia/${tok}`, title: 'Запрошення до команди викладачів' } };
    }),
    3,
    plant('implicit-fragment', 'ga4-page_location-access_token-fragment', 'error', "The old parents' app lands from an implicit flow with `#access_token=<token>`, and its router sends `location.href` as `page_location`.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { loc: `https://${UA_WWW}/batky/#access_token=${at}&token_type=Bearer&expires_in=86400`, title: 'Кабінет батьків' } };
    }),
    3,
    plant('id-token', 'ga4-page_location-id_token-fragment', 'error', "A `response_mode=fragment` sign-in lands on `/auth/callback#id_token=<JWT>`: the ID token in `page_location`, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 20), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://auth.${UA_WWW}/`, aud: 'rozumnyk-web', sub: `uchen-${rng.int(10000, 99999)}`, nonce: rng.b64url(22) } });
      return { value: token, jwt: facts, event: { loc: `https://${UA_WWW}/auth/callback#id_token=${token}&state=${rng.b64url(24)}`, title: 'Вхід…' } };
    }),
    3,
    plant('encoded', 'ga4-page_referrer-next-percent-encoded-token', 'error', "`page_referrer` is a sign-in page whose `next=` holds a report link percent-encoded once (`%3Ftoken%3D<token>`).", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { loc: `https://${UA_WWW}/kabinet`, ref: `https://${UA_WWW}/vkhid?next=%2Fkabinet%2Fzvity%2Fsemestr.pdf%3Ftoken%3D${tok}`, title: 'Кабінет' } };
    }),
    3,
    plant('negative', 'ga4-page_location-gclid', 'none', 'A Google Ads click id (`gclid`) in `page_location`: no credential.', ({ rng }) => {
      const v = `Cj0KCQiA${rng.b64url(56)}_BwE`;
      return { value: v, event: { loc: `https://${UA_WWW}/probnyi-urok?gclid=${v}`, title: 'Пробний урок' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: UA_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bot.log: the school's Telegram bot on aiogram 3 (long polling) under `nohup python -m bot >> bot.log 2>&1`, with
// `logging.basicConfig(level=logging.INFO)`'s default format (`<LEVEL>:<logger>:<message>`, no time): aiogram's
// `Start polling`, `Run polling for bot @… id=… - '…'`, `Update id=… is handled. Duration … ms by bot id=…`, the
// handlers' own lines in Ukrainian, an aiohttp error with its `url=URL('…')`. No time on the lines.
// https://docs.aiogram.dev/en/latest/dispatcher/long_polling.html, https://docs.python.org/3/library/logging.html#logging.basicConfig

function aiogramLog(rng) {
  const botId = rng.int(7e9, 8e9);
  const render = (e) => (e.lines ? e.lines : [`${e.level ?? 'INFO'}:${e.logger ?? 'aiogram.event'}:${e.msg}`]);
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `Update id=${rng.int(7e8, 8e8)} is handled. Duration ${rng.int(2, 400)} ms by bot id=${botId}` }),
      () => ({ msg: `Update id=${rng.int(7e8, 8e8)} is handled. Duration ${rng.int(2, 400)} ms by bot id=${botId}` }),
      () => ({ logger: 'bot.handlers.rozklad', msg: `учень ${rng.int(10000, 99999)} переглянув розклад (${rng.pick(PREDMETY)})` }),
    ])();
  const steps = [
    { raw: { logger: 'aiogram.dispatcher', msg: 'Start polling' } },
    { raw: { logger: 'aiogram.dispatcher', msg: `Run polling for bot @rozumnyk_bot id=${botId} - 'Розумник'` } },
    plant('negative', 'aiogram-settings-secretstr-masked', 'none', "pydantic's `SecretStr` prints `'**********'` in the settings repr: a mask, no credential.", () => ({ value: "bot_token=SecretStr('**********')", event: { logger: 'bot.config', msg: "Settings(bot_token=SecretStr('**********'), webhook_secret=SecretStr('**********'), admin_chat_id=-1001934522871, lang='uk')" } }), { after: 0 }),
    3,
    plant('framework-dump', 'aiogram-dataclass-repr-monobank-token', 'error', "A dataclass repr the payments module logs at start-up: `MonobankConfig(token='…')`, Monobank acquiring's `X-Token`, not a `SecretStr`.", ({ rng }) => {
      const tok = `u${rng.b64url(43)}`;
      return { value: tok, event: { logger: 'bot.payments', msg: `конфігурація оплати: MonobankConfig(token='${tok}', webhook_path='/mono/callback', redirect_url='https://t.me/rozumnyk_bot')` } };
    }),
    3,
    plant('path-secret', 'aiogram-deep-link-login-token', 'error', WHY.pathSecret("A sign-in deep link (`/start login_<token>`, the site's \"log in with Telegram\" magic link) that the start handler logs"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { logger: 'bot.handlers.start', msg: `вхід через deep link: user_id=${rng.int(1e8, 9e8)} payload='login_${tok}'` } };
    }),
    3,
    plant('negative', 'aiogram-photo-file_id', 'none', "A Telegram `file_id` of a homework photo: a file identifier, no credential.", ({ rng }) => {
      const v = `AgACAgIAAxkBAAI${rng.b64url(60)}AAQ`;
      return { value: v, event: { logger: 'bot.handlers.dz', msg: `отримано фото домашнього завдання file_id=${v}` } };
    }),
    3,
    plant('api-key-name', 'aiogram-sendinvoice-provider_token', 'error', `${WHY.apiKey('provider_token')} Telegram Payments' provider token (\`<id>:LIVE:<key>\`) in the repr of a \`SendInvoice\` the handler logs on failure.`, ({ rng }) => {
      const tok = `${rng.int(4e8, 6e8)}:LIVE:${rng.alnum(32)}`;
      return { value: tok, event: { level: 'ERROR', logger: 'bot.payments', msg: `не вдалося виставити рахунок: SendInvoice(chat_id=${rng.int(1e8, 9e8)}, title='Пакет 10 уроків', description='Математика, 10 × 60 хв', payload='pack-10-${rng.int(1000, 9999)}', provider_token='${tok}', currency='UAH', prices=[LabeledPrice(label='Пакет', amount=420000)])` } };
    }),
    3,
    plant('header-dump', 'aiogram-zoom-401-headers-authorization', 'error', "The Zoom module logs a 401 with the request's headers dict: `'Authorization': 'Bearer <token>'`.", ({ rng }) => {
      const tok = rng.b64url(64);
      return { value: tok, event: { level: 'WARNING', logger: 'bot.zoom', msg: `Zoom API 401 для створення уроку, headers={'Authorization': 'Bearer ${tok}', 'Content-Type': 'application/json'}` } };
    }),
    3,
    plant('webhook', 'aiogram-aiohttp-error-telegram-bot-token', 'error', WHY.webhook("The bot's own token in the Bot API URL of aiohttp's `ClientResponseError` (`url=URL('https://api.telegram.org/bot<id>:<token>/getUpdates')`)"), ({ rng }) => {
      const tok = `${botId}:AA${rng.b64url(33)}`;
      return { value: tok, event: { lines: [`ERROR:aiogram.dispatcher:Failed to fetch updates - ClientResponseError: 502, message='Bad Gateway', url=URL('https://api.telegram.org/bot${tok}/getUpdates')`, 'WARNING:aiogram.dispatcher:Sleep for 1.000000 seconds and try again... (tryings = 0, bot id = ' + botId + ')'] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: UA_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// arq-worker.log: the school's background jobs on arq 0.26 (`arq app.worker.WorkerSettings` under systemd, stdout to a
// file): arq's log format (`<HH:MM:SS>: <message>`), the start-up lines, each job's `<s>s → <job id>:<function>(<args
// repr, cut at 80 characters>)`, `<s>s ← <job id>:<function> ● <result>`, `! … failed, <exception>` with its traceback.
// Local time. https://arq-docs.helpmanual.io/ (Worker, logging), https://github.com/python-arq/arq/blob/main/arq/worker.py

function arqLog(rng) {
  const hms = (t) => local(t, UA).slice(11, 19);
  const jid = () => rng.hex(32);
  const dur = () => `${String(rng.int(0, 9)).padStart(3)}.${pad(rng.int(0, 99))}s`;
  const render = (e) => {
    if (e.msg) return [`${hms(e.t)}: ${e.msg}`];
    const id = jid();
    const out = [`${hms(e.t)}: ${dur()} → ${id}:${e.fn}(${e.args})`];
    if (e.fail) out.push(`${hms(e.t + 900)}: ${dur()} ! ${id}:${e.fn} failed, ${e.fail[0]}`, 'Traceback (most recent call last):', '  File "/app/.venv/lib/python3.12/site-packages/arq/worker.py", line 630, in run_job', '    result = await asyncio.wait_for(coro, timeout_s)', ...e.fail.slice(1));
    else out.push(`${hms(e.t + 400)}: ${dur()} ← ${id}:${e.fn} ● ${e.result ?? 'None'}`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ fn: 'send_lesson_reminder', args: `${rng.int(10000, 99999)}, lang='uk'`, result: "'sent'" }),
      () => ({ fn: 'cron:recount_balances', args: '', result: String(rng.int(100, 900)) }),
      () => ({ msg: `recording ${rng.int(1000, 9999)}: конвертацію завершено` }),
    ])();
  const steps = [
    { raw: { msg: 'Starting worker for 7 functions: send_lesson_reminder, send_reset_email, refresh_calendar, sync_novaposhta, notify_parent, post_digest, cron:recount_balances' } },
    { raw: { msg: `redis_version=7.4.2 mem_usage=2.31M clients_connected=4 db_keys=${rng.int(20, 90)}` } },
    2,
    plant('refresh-token', 'arq-job-args-refresh_token', 'error', `${WHY.refresh} A job enqueued with the tutor's refresh token as a keyword argument: arq writes the arguments' repr.`, ({ rng }) => {
      const rt = rng.b64url(40);
      return { value: rt, event: { fn: 'refresh_calendar', args: `${rng.int(100, 999)}, refresh_token='${rt}'`, result: 'True' } };
    }),
    2,
    plant('negative', 'arq-job-args-commit-sha', 'none', "A certificate render job's template version (a git SHA) as an argument: no credential.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { fn: 'render_certificate', args: `${rng.int(100, 999)}, sha='${v}'`, result: "'ok'" } };
    }),
    2,
    plant('path-secret', 'arq-job-args-reset-link', 'error', WHY.pathSecret('A reset link `https://rozumnyk.example/vidnovlennia/<token>` passed to `send_reset_email`'), ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { fn: 'send_reset_email', args: `${rng.int(1000, 9999)}, link='https://${UA_WWW}/vidnovlennia/${tok}'`, result: "'sent'" } };
    }),
    2,
    plant('api-key-name', 'arq-job-args-api_key', 'error', `${WHY.apiKey('api_key')} The textbook shipping job gets Nova Poshta's key as an argument.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { fn: 'sync_novaposhta', args: `api_key='${key}'`, result: String(rng.int(1, 40)) } };
    }),
    2,
    plant('encoded', 'arq-job-args-next-percent-encoded-token', 'error', 'A job argument whose `next=` holds a report link percent-encoded once (`%3Ftoken%3D<token>`).', ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { fn: 'notify_parent', args: `${rng.int(10, 99)}, url='/vkhid?next=%2Fzvit%3Ftoken%3D${tok}'`, result: "'sent'" } };
    }),
    2,
    plant('webhook', 'arq-job-failed-httpx-discord-webhook', 'error', WHY.webhook("A Discord webhook in httpx's `Client error '404 Not Found' for url '…'`, on arq's `failed` line and at the end of the traceback"), ({ rng }) => {
      const tok = rng.b64url(68);
      const url = `https://discord.com/api/webhooks/${digits(rng, 19)}/${tok}`;
      const err = `HTTPStatusError: Client error '404 Not Found' for url '${url}'`;
      return { value: tok, event: { fn: 'post_digest', args: "'2027-02-23'", fail: [err, '  File "/app/app/jobs/digest.py", line 31, in post_digest', '    r.raise_for_status()', `httpx.${err}`, "For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404"] } };
    }),
    2,
    plant('negative', 'arq-job-result-etag', 'none', "A job's result with the uploaded recording's `etag`: a content hash, no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { fn: 'upload_recording', args: String(rng.int(1000, 9999)), result: `{'etag': '"${v}"', 'size': ${rng.int(1e6, 9e8)}}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: UA_API }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout28');
writePart(join(here, 'heldout28'), {
  'clinic-api.json.log': efCoreLog(rng),
  'falco-events.json': falcoLog(rng),
  'buildkite-deploy-staging.log': buildkiteLog(rng),
  'zipkin-trace.json': zipkinLog(rng),
  'locust-portal.log': locustLog(rng),
  'kratiseis.log': hibernateLog(rng),
  'sonicwall.log': sonicwallLog(rng),
  'nats-server.log': natsLog(rng),
  'kritiki-debug-2027-02-23-3f9c2a71d4.log': wooLog(rng),
  'eb-logs.txt': ebLog(rng),
  'gorm.log': gormLog(rng),
  'ga4-events-20270223.ndjson': ga4Log(rng),
  'bot.log': aiogramLog(rng),
  'arq-worker.log': arqLog(rng),
});
