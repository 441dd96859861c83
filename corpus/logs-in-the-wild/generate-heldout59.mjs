// Writes corpus/logs-in-the-wild/heldout59/: a fifty-ninth held-out part, in formats no other part uses (a Nomad 1.9
// client agent's `log_file` at DEBUG, Gatus 5's log, a Zammad 6 `production.log`, Benthos 4's logfmt log with `log`
// processors, a Nuxt 3 (Nitro node-server) shop through `journalctl -o short-iso-precise`, a VerneMQ 2 `console.log`
// with vmq_webhooks and vmq_diversity, a LibreTime 4 `playout.log`, an asynq worker's log, a Huey 2 consumer log, a
// Vendure 3 server log (DefaultLogger), a Radicale 3 log with request headers and content at debug, a GoToSocial 0.17
// log, a Faktory worker log (faktory_worker_go), an Openfire 4.8 `openfire.log` with the REST API plugin's request
// logging and stanza debug), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout59.mjs     rewrites heldout59/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Glenbrae Mountain Resorts, a Scottish ski resort group that sells lift passes and runs the Brightwash
// car wash and forecourt loyalty chain (English, five logs); Albarka, a Kano group with a catfish farm (Gonar Kifi ta
// Albarka), a radio station with its music licensing returns (Albarka FM) and a pawnshop lending against goods (Jingina
// Albarka) with a shop for unredeemed pledges (Hausa messages where the app shows them, routes, parameter, header and
// key names in Hausa without the hooked letters, five logs); Ntsako, a Limpopo group with a parish office, a funeral
// home with its cemetery and a lift (elevator) maintenance team (Xitsonga messages where the app shows them, names in
// Xitsonga, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2028, 0, 22, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Scotland in January (GMT, UTC+0), Kano (WAT, UTC+1), Limpopo (SAST, UTC+2). */
const WAT = 60;
const SAST = 120;
const usPart = (ms, rng) => `${msPart(ms)}${digits(rng, 3)}`;
const lan = (rng, prefix = '10.60') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const ip = (rng) => `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}`;
/** Lines of an event, strings kept as they are, arrays formatted by the file's `fmt`. */
const lines = (fmt) => (e) => e.L.map((x) => (typeof x === 'string' ? x : fmt(e.t, ...x)));

// =====================================================================================================================
// Glenbrae Mountain Resorts (English; Scotland in January: GMT = UTC)
// =====================================================================================================================

const GB = 'glenbrae.example';
const BW = 'brightwash.example';

// ---------------------------------------------------------------------------------------------------------------------
// nomad.log: a Nomad 1.9 client agent's `log_file` at `log_level = "DEBUG"` (hclog, UTC):
// `<RFC 3339 ms Z> [<LEVEL>]<pad> <subsystem>: <message>: key=value …`; the artifact hook's `downloading artifact`,
// task runner's `Task event:` lines, go-getter URLs with `checksum=` and `sshkey=`. From memory (not fetched):
// https://developer.hashicorp.com/nomad/docs/job-specification/artifact and the agent's `log_file` option.

function nomadLog(rng) {
  const fmt = (t, lvl, sub, msg) => `${iso(t).slice(0, 23)}Z [${lvl}]${' '.repeat(6 - lvl.length)}${sub}: ${msg}`;
  const render = lines(fmt);
  const alloc = () => rng.uuid();
  const TR = 'client.alloc_runner.task_runner';
  const ART = `${TR}.task_hook.artifacts`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['DEBUG', 'client', `updated allocations: index=${rng.int(40000, 49000)} total=${rng.int(8, 14)} pulled=${rng.int(0, 3)} filtered=${rng.int(6, 12)}`]] }),
      () => ({ L: [['DEBUG', 'client', `allocation updates applied: added=0 removed=0 updated=${rng.int(1, 4)} ignored=${rng.int(5, 11)} errors=0`]] }),
      () => ({ L: [['DEBUG', 'client.driver_mgr.docker', `docker pull succeeded: driver=docker image_ref=registry.${GB}/lifts/${rng.pick(['gate-sync', 'pass-printer', 'snow-report'])}:${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}`]] }),
      () => ({ L: [['INFO', TR, `Task event: alloc_id=${alloc()} task=${rng.pick(['gate-sync', 'snow-report', 'wash-bridge'])} type=Started msg="Task started by client" failed=false`]] }),
      () => ({ L: [['DEBUG', 'client.server_mgr', `new server list: new_servers=[10.60.1.11:4647, 10.60.1.12:4647, 10.60.1.13:4647] old_servers=[10.60.1.11:4647, 10.60.1.12:4647, 10.60.1.13:4647]`]] }),
      () => ({ L: [['DEBUG', 'client.fingerprint_mgr.network', `detected interface IP: interface=ens3 IP=10.60.2.${rng.int(20, 60)}`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'nomad-task-event-alloc-id', 'none', "A Nomad allocation id (a UUID) in a task event: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['INFO', TR, `Task event: alloc_id=${id} task=gate-sync type=Received msg="Task received by client" failed=false`]] } };
    }),
    4,
    plant('api-key-name', 'nomad-artifact-url-download-key', 'error', `${WHY.apiKey('download_key')} The job's \`artifact\` stanza fetches the gate firmware from the vendor's portal with the key in the source URL, and the artifact hook writes the URL at DEBUG.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { L: [['DEBUG', ART, `downloading artifact: alloc_id=${rng.uuid()} task=gate-sync artifact=https://portal.skigates.example/firmware/axg-4.2.1.tar.gz?download_key=${key} aid=${rng.hex(8)}`]] } };
    }),
    4,
    plant('negative', 'nomad-artifact-checksum-sha256', 'none', "go-getter's `checksum=sha256:<64 hex>` on an artifact URL: the file's hash, no credential.", ({ rng }) => {
      const sum = rng.hex(64);
      return { value: sum, event: { L: [['DEBUG', ART, `downloading artifact: alloc_id=${rng.uuid()} task=snow-report artifact=https://releases.${GB}/snow-report/snow-report_2.3.0_linux_amd64.zip?checksum=sha256:${sum} aid=${rng.hex(8)}`]] } };
    }),
    4,
    plant('header-dump', 'nomad-artifact-getter-headers-go-struct-bearer-jwt', 'error', "The artifact hook prints the artifact as a Go struct (`%+v`) at DEBUG, its `GetterHeaders:map[Authorization:Bearer <JWT>]` included: the release server's deploy token, on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), jti: true, claims: { iss: `https://auth.${GB}`, sub: 'nomad-artifact-fetch', aud: 'releases', scope: 'artifacts:read' } });
      return { value: token, jwt: facts, event: { L: [['DEBUG', ART, `artifact: &{GetterSource:https://releases.${GB}/pass-printer/pass-printer-1.8.0.tar.gz GetterOptions:map[] GetterHeaders:map[Authorization:Bearer ${token} X-Fetch-Job:pass-printer] GetterMode:any RelativeDest:local/ Chown:false}`]] } };
    }),
    4,
    plant('path-secret', 'nomad-failed-artifact-download-share-link', 'error', "The snow report job downloads the piste map from a share link (`files.glenbrae.example/d/<token>/…`); the task event `Failed Artifact Download` writes the URL: the link is the credential until it is revoked.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { L: [['INFO', TR, `Task event: alloc_id=${rng.uuid()} task=snow-report type="Failed Artifact Download" msg="failed to download artifact \\"https://files.${GB}/d/${tok}/piste-map-2028.svg\\": bad response code: 404" failed=false`], ['ERROR', TR, `prestart failed: alloc_id=${rng.uuid()} task=snow-report error="prestart hook \\"artifacts\\" failed: failed to download artifact \\"https://files.${GB}/d/${tok}/piste-map-2028.svg\\": bad response code: 404"`]] } };
    }),
    4,
    plant('encoded', 'nomad-artifact-git-sshkey-base64', 'error', "go-getter takes a git deploy key as base64 in the `sshkey=` parameter of the source; the artifact hook writes the source at DEBUG: base64 of an OpenSSH private key.", ({ rng }) => {
      const k = b64Of(`-----BEGIN OPENSSH PRIVATE KEY-----\n${rng.bytes(180).toString('base64')}\n-----END OPENSSH PRIVATE KEY-----\n`);
      return { value: k, event: { L: [['DEBUG', ART, `downloading artifact: alloc_id=${rng.uuid()} task=wash-bridge artifact=git::ssh://git@git.${GB}/ops/wash-bridge-config.git?ref=v14&sshkey=${k} aid=${rng.hex(8)}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'nomad-client-03' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gatus.log: Gatus 5 in a container (UTC, Go's `log` time without a zone): `YYYY/MM/DD HH:MM:SS [<func>] <message>`,
// `[watchdog.execute] Monitored group=…; endpoint=…; key=…; success=…; errors=…; duration=…`, the alert providers'
// failures. From memory (not fetched): https://github.com/TwiN/gatus (README: alerting providers, ntfy).

function gatusLog(rng) {
  const fmt = (t, fn, msg) => `${ymdHmsAt(t, 0).replace(/-/g, '/')} [${fn}] ${msg}`;
  const render = lines(fmt);
  const EP = [['lifts', 'gate-api'], ['lifts', 'pass-shop'], ['wash', 'loyalty-api'], ['wash', 'bay-controllers'], ['weather', 'snow-report']];
  const filler = (rng) => {
    const [g, e] = rng.pick(EP);
    return rng.pick([
      () => ({ L: [['watchdog.execute', `Monitored group=${g}; endpoint=${e}; key=${g}_${e}; success=true; errors=0; duration=${rng.int(12, 480)}ms`]] }),
      () => ({ L: [['watchdog.execute', `Monitored group=${g}; endpoint=${e}; key=${g}_${e}; success=true; errors=0; duration=${rng.int(12, 480)}ms`]] }),
      () => ({ L: [['store.sql.Store.deleteOldEndpointEvents', `Deleted ${rng.int(1, 40)} old events for key=${g}_${e}`]] }),
      () => ({ L: [['watchdog.handleAlertsToResolve', `Sending ntfy alert because alert for endpoint with key=${g}_${e} with description='' has been RESOLVED`]] }),
    ])();
  };
  const steps = [
    ['config.Load', 'Reading configuration from configFile=/config/config.yaml'],
    ['main', 'Starting Gatus with endpoints=14 external-endpoints=0'],
  ].map(([fn, msg]) => ({ raw: { L: [[fn, msg]] }, after: 0 }));
  steps.push(
    4,
    plant('api-key-name', 'gatus-endpoint-error-url-lift-key', 'error', `${WHY.apiKey('lift_key')} The gate API's status endpoint is monitored with the key in the URL; when the check fails Gatus writes Go's \`url.Error\`, URL included.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { L: [['watchdog.execute', `Monitored group=lifts; endpoint=gate-api; key=lifts_gate-api; success=false; errors=1; duration=10001ms; errors=[Get "https://gates.${GB}/v3/status?lift_key=${key}&lift=coire-chairlift": context deadline exceeded (Client.Timeout exceeded while awaiting headers)]`]] } };
    }),
    5,
    plant('negative', 'gatus-endpoint-cache-buster', 'none', "A monitored URL with a cache buster (`_cb=<13 digits>`) configured to bypass the CDN: a timestamp, no credential.", ({ rng }) => {
      const cb = `${digits(rng, 13)}`;
      return { value: cb, event: { L: [['watchdog.execute', `Monitored group=weather; endpoint=snow-report; key=weather_snow-report; success=false; errors=1; duration=${rng.int(20, 90)}ms; errors=[condition [STATUS] (502) == 200 failed for GET https://snow.${GB}/report.json?_cb=${cb}]`]] } };
    }),
    5,
    plant('webhook', 'gatus-ntfy-topic-url-failed-alert', 'error', WHY.webhook("An ntfy topic on a self-hosted server (`ntfy.glenbrae.example/<topic>`): the topic name is the only secret of an open topic, so whoever knows the URL can read the alerts and post to the on-call phones; Gatus writes it when the alert fails"), ({ rng }) => {
      const topic = `ops-${rng.alnum(24)}`;
      return { value: topic, event: { L: [['watchdog.handleAlertsToTrigger', `Failed to send an alert for endpoint with key=wash_bay-controllers: Post "https://ntfy.${GB}/${topic}": dial tcp 10.60.3.9:443: connect: connection refused`]] } };
    }),
    5,
    plant('session-id', 'gatus-endpoint-error-url-session-token', 'error', WHY.session("The bay controllers' status page is monitored with a URL copied from a logged-in browser (`?sessionToken=`); Gatus's error writes it"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { L: [['watchdog.execute', `Monitored group=wash; endpoint=bay-controllers; key=wash_bay-controllers; success=false; errors=1; duration=${rng.int(2, 30)}ms; errors=[Get "https://bays.${BW}/admin/status.cgi?sessionToken=${sid}": x509: certificate has expired or is not yet valid]`]] } };
    }),
    5,
    plant('negative', 'gatus-response-body-request-id', 'none', "A failing check's condition shows the response body's `requestId` (a UUID): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['watchdog.execute', `Monitored group=wash; endpoint=loyalty-api; key=wash_loyalty-api; success=false; errors=1; duration=${rng.int(40, 200)}ms; errors=[condition [BODY].status (degraded) == ok failed; body={"status":"degraded","requestId":"${id}"}]`]] } };
    }),
    4,
  );
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 20 * MIN, site: { host: 'gatus' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// production.log: Zammad 6.4's Rails log (`/opt/zammad/log/production.log`): Ruby Logger's
// `<L>, [<ISO time µs> #<pid>-<thread>] <LEVEL> -- : <message>` (local time without a zone, GMT), `Started … at <time
// +0000>`, `Processing by …`, `Parameters: {…}` with Ruby 3.4's `"k" => "v"`, `Completed …`. From memory (not fetched):
// https://docs.zammad.org/en/latest/appendix/logs.html and the Rails request log.

function zammadLog(rng) {
  const pid = rng.int(1000, 4000);
  const tid = rng.int(1000, 9999);
  const fmt = (t, lvl, msg) => `${lvl[0]}, [${local(t, 0).slice(0, 23)}${digits(rng, 3)} #${pid}-${tid}] ${lvl.padStart(5)} -- : ${msg}`;
  const render = lines(fmt);
  const at = (t) => `${ymdHmsAt(t, 0)} +0000`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', `Started GET "/api/v1/tickets/${rng.int(10000, 19000)}?all=true" for ${ip(rng)} at ${at(rng.t0)}`], ['INFO', 'Processing by TicketsController#show as JSON'], ['INFO', `Completed 200 OK in ${rng.int(20, 400)}ms (Views: ${rng.int(1, 40)}.${rng.int(0, 9)}ms | ActiveRecord: ${rng.int(1, 90)}.${rng.int(0, 9)}ms | Allocations: ${rng.int(4000, 90000)})`]] }),
      () => ({ L: [['INFO', `Started POST "/api/v1/ticket_articles" for ${ip(rng)} at ${at(rng.t0)}`], ['INFO', 'Processing by TicketArticlesController#create as JSON'], ['INFO', `Completed 201 Created in ${rng.int(60, 900)}ms (Views: 0.${rng.int(1, 9)}ms | ActiveRecord: ${rng.int(10, 90)}.${rng.int(0, 9)}ms | Allocations: ${rng.int(20000, 90000)})`]] }),
      () => ({ L: [['INFO', `Channel::Driver::Imap: fetching imap (imap.${GB}/guest.care@${GB} port=993,ssl=true,starttls=false,folder=INBOX,keep_on_server=false,auth_type=XOAUTH2)`]] }),
      () => ({ L: [['INFO', `Processing Ticket ${rng.int(10000, 19000)} with ${rng.pick(['1 article', '2 articles'])} (Transaction::Notification)`]] }),
    ])();
  // Filler lines need the event's time for `Started … at`; the builder passes it as the event's `t`.
  const renderT = (e) => {
    rng.t0 = e.t;
    return render(e);
  };
  const filler2 = (r, t) => {
    rng.t0 = t;
    return filler(r);
  };
  const steps = [
    5,
    plant('oauth-code', 'zammad-omniauth-google-callback-started-and-parameters', 'warning', `${WHY.code} Zammad's OmniAuth callback for Google writes the code in \`Started GET\` and again in \`Parameters\`.`, ({ rng, t }) => {
      const code = `4/0A${rng.b64url(70)}`;
      const state = rng.hex(48);
      return { value: code, event: { L: [['INFO', `Started GET "/auth/google_oauth2/callback?state=${state}&code=${code}&scope=email+profile+openid&authuser=0&prompt=none" for ${ip(rng)} at ${at(t)}`], ['INFO', 'Processing by SessionsController#create_omniauth as HTML'], ['INFO', `  Parameters: {"state" => "${state}", "code" => "${code}", "scope" => "email profile openid", "authuser" => "0", "prompt" => "none", "provider" => "google_oauth2"}`], ['INFO', `Redirected to https://care.${GB}/#`], ['INFO', `Completed 302 Found in ${rng.int(200, 900)}ms (ActiveRecord: ${rng.int(10, 90)}.${rng.int(0, 9)}ms | Allocations: ${rng.int(30000, 90000)})`]] } };
    }),
    5,
    plant('api-key-name', 'zammad-monitoring-health-check-token-query', 'error', `${WHY.apiKey('token')} Zammad's monitoring endpoint takes its token in the query (\`/api/v1/monitoring/health_check?token=\`), and the resort's uptime monitor polls it; the request line keeps it.`, ({ rng, t }) => {
      const tok = rng.alnum(24);
      return { value: tok, event: { L: [['INFO', `Started GET "/api/v1/monitoring/health_check?token=${tok}" for 10.60.1.40 at ${at(t)}`], ['INFO', 'Processing by MonitoringController#health_check as */*'], ['INFO', `Completed 200 OK in ${rng.int(20, 120)}ms (Views: 0.4ms | ActiveRecord: ${rng.int(3, 30)}.${rng.int(0, 9)}ms | Allocations: ${rng.int(3000, 9000)})`]] } };
    }),
    5,
    plant('negative', 'zammad-active-job-id', 'none', "An ActiveJob id (`Job ID: <uuid>`): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['INFO', `[ActiveJob] [TicketArticleCommunicateEmailJob] [${id}] Performing TicketArticleCommunicateEmailJob (Job ID: ${id}) from DelayedJob(default) enqueued at ${iso(DAY0 + 7 * HOUR)} with arguments: ${rng.int(40000, 49000)}`]] } };
    }),
    5,
    plant('id-token', 'zammad-started-sso-logout-id-token-hint', 'error', "A guest's single sign-out passes `id_token_hint=<JWT>` in the query of Zammad's logout route; `Started GET … at <time +0000>` writes it (10 min, no jti, live)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(60, 400), claims: { iss: `https://id.${GB}`, sub: `guest-${digits(rng, 7)}`, aud: 'zammad', nonce: rng.hex(16) } });
      return { value: token, jwt: facts, event: { L: [['INFO', `Started GET "/auth/sso/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fcare.${GB}%2F" for ${ip(rng)} at ${at(t)}`], ['INFO', 'Processing by SessionsController#destroy as HTML'], ['INFO', `Completed 302 Found in ${rng.int(5, 60)}ms (ActiveRecord: 1.${rng.int(0, 9)}ms | Allocations: ${rng.int(1000, 4000)})`]] } };
    }),
    5,
    plant('refresh-token', 'zammad-microsoft365-refresh-failed-ruby-hash', 'error', `${WHY.refresh} The Microsoft 365 mail channel logs the token data of a failed refresh as a Ruby 3.4 hash, \`refresh_token\` included.`, ({ rng }) => {
      const rt = `0.A${rng.b64url(120)}`;
      return { value: rt, event: { L: [['ERROR', `ExternalCredential::Microsoft365: refresh failed: {"created_at" => "${iso(DAY0 + 5 * HOUR)}", "refresh_token" => "${rt}", "client_id" => "${rng.uuid()}", "error" => "invalid_grant (AADSTS700082)"}`]] } };
    }),
    5,
    plant('negative', 'zammad-article-message-id', 'none', "An e-mail article's `Message-ID` (`<timestamp.random@host>`): an identifier, no credential.", ({ rng }) => {
      const mid = `${digits(rng, 14)}.${upperNum(rng, 12)}@${GB}`;
      return { value: mid, event: { L: [['INFO', `Send email to: 'ewan.mcleod@example.net' (from Glenbrae Guest Care <guest.care@${GB}>) message_id: <${mid}>`]] } };
    }),
    5,
    plant('path-secret', 'zammad-email-verify-parameters-token', 'error', "A new guest account's e-mail verification token posted to `/api/v1/users/email_verify`: the `Parameters` line writes it (Zammad's parameter filter does not name it): the token is the credential until it is used.", ({ rng, t }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { L: [['INFO', `Started POST "/api/v1/users/email_verify" for ${ip(rng)} at ${at(t)}`], ['INFO', 'Processing by UsersController#email_verify as JSON'], ['INFO', `  Parameters: {"token" => "${tok}", "user" => {}}`], ['INFO', `Completed 200 OK in ${rng.int(20, 90)}ms (Views: 0.3ms | ActiveRecord: ${rng.int(5, 40)}.${rng.int(0, 9)}ms | Allocations: ${rng.int(5000, 15000)})`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'care' }, filler: filler2, render: renderT, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// benthos.log: Benthos 4.27 (the loyalty stream of the Brightwash car washes and forecourts), logger `format: logfmt`,
// `add_timestamp: true` (UTC): `level=<l> time=<RFC 3339 Z> msg="…" @service=benthos label=<label> path=<path>`, `log`
// processors' messages and `fields_mapping`, output errors. From memory (not fetched):
// https://www.benthos.dev/docs/components/logger/about and the `log` processor's page.

function benthosLog(rng) {
  const q = (s) => JSON.stringify(s);
  const fmt = (t, lvl, msg, label, path, extra = '') => `level=${lvl} time=${iso(t).slice(0, 19)}Z msg=${q(msg)} @service=benthos label=${label} path=${path}${extra}`;
  const render = lines(fmt);
  const SITES = ['BW-Perth-02', 'BW-Dundee-01', 'BW-Aviemore-01', 'BW-Stirling-03'];
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['info', 'points awarded', 'award_points', 'root.pipeline.processors.2', ` member=BW${digits(rng, 8)} site=${rng.pick(SITES)} points=${rng.pick([20, 40, 60, 150])} litres=${rng.int(10, 70)}.${rng.int(0, 99)}`]] }),
      () => ({ L: [['info', 'wash started', 'wash_events', 'root.pipeline.processors.1', ` site=${rng.pick(SITES)} bay=${rng.int(1, 6)} programme=${rng.pick(['ultimate', 'express', 'snowfoam', 'underbody'])}`]] }),
      () => ({ L: [['debug', `Waiting for pending acks to resolve before shutting down.`, 'fuel_pos', 'root.input.broker.inputs.1']] }),
      () => ({ L: [['warn', 'Rate limited, retrying in 1s', 'loyalty_out', 'root.output']] }),
    ])();
  const steps = [
    { raw: { L: [['info', 'Running main config from specified file', '""', 'root', ' config=/benthos/loyalty.yaml']] }, after: 0 },
    { raw: { L: [['info', 'Listening for HTTP requests at: http://0.0.0.0:4195', '""', 'root']] }, after: 0 },
    { raw: { L: [['info', 'Input type http_server is now active', 'wash_events', 'root.input.broker.inputs.0']] }, after: 0 },
    5,
    plant('negative', 'benthos-idempotency-key', 'none', "The forecourt POS sends an `Idempotency-Key` (a UUID) the pipeline logs when it drops a duplicate: a deduplication key, no credential.", ({ rng }) => {
      const k = rng.uuid();
      return { value: k, event: { L: [['info', 'duplicate transaction dropped', 'dedupe', 'root.pipeline.processors.0', ` idempotency_key=${k} site=${rng.pick(SITES)}`]] } };
    }),
    5,
    plant('framework-dump', 'benthos-log-processor-meta-dump-http-server-query', 'error', "A `log` processor at DEBUG writes `meta()` of each request the `http_server` input took: the input puts every query parameter into the metadata, so the kiosk's `member_token` (the app login it passes along) is written in clear.", ({ rng }) => {
      const tok = `mbt_${rng.alnum(40)}`;
      return { value: tok, event: { L: [['debug', `meta: {"http_server_request_path":"/wash/start","http_server_user_agent":"BayKiosk/3.1","http_server_verb":"POST","member_token":"${tok}","site":"BW-Perth-02","bay":"4"}`, 'dump_meta', 'root.pipeline.processors.0']] } };
    }),
    5,
    plant('header-dump', 'benthos-log-processor-meta-dump-authorization-bearer-jwt', 'error', "The same metadata dump holds the request headers the input copies into metadata; a forecourt's POS sends `Authorization: Bearer <JWT>`, written with the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(30, 900), claims: { iss: `https://auth.${BW}`, sub: 'pos-dundee-01', aud: 'loyalty', site: 'BW-Dundee-01' } });
      return { value: token, jwt: facts, event: { L: [['debug', `meta: {"Authorization":"Bearer ${token}","Content-Type":"application/json","http_server_request_path":"/fuel/tx","http_server_verb":"POST"}`, 'dump_meta', 'root.pipeline.processors.0']] } };
    }),
    5,
    plant('replay', 'benthos-wash-code-redeemed-once', 'note', WHY.ticketFirst("A single-use wash code bought in the app and redeemed at a bay's keypad; the pipeline logs the code, the site and the bay. The code is"), ({ rng, t }) => {
      const code = upperNum(rng, 16);
      firstUse.wash = t;
      return { value: code, event: { L: [['info', 'wash code redeemed', 'redeem', 'root.pipeline.processors.3', ` wash_code=${code} site=BW-Stirling-03 bay=2 remote=198.51.100.${rng.int(2, 100)}`]] } };
    }, { ref: 'wash' }),
    2,
    plant('replay', 'benthos-wash-code-redeemed-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('wash').value, why: `${WHY.replay('wash_code', gap('wash', t))} Another site's keypad redeemed the same single-use wash code and the pipeline accepted it again.` }], event: { L: [['info', 'wash code redeemed', 'redeem', 'root.pipeline.processors.3', ` wash_code=${refs.get('wash').value} site=BW-Perth-02 bay=5 remote=203.0.113.${rng.int(2, 100)}`]] } }), { replayOf: 'wash', after: 47 }),
    5,
    plant('api-key-name', 'benthos-http-client-output-url-error-loyalty-key', 'error', `${WHY.apiKey('loyalty_key')} The \`http_client\` output posts to the fuel partner with the key in the URL; the output's error writes Go's \`url.Error\`, URL included.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { L: [['error', `Failed to send message to http_client: Post "https://api.fuelpartner.example/v2/points?loyalty_key=${key}": dial tcp 203.0.113.40:443: i/o timeout`, 'loyalty_out', 'root.output']] } };
    }),
    5,
    plant('encoded', 'benthos-parse-error-body-base64-json-secret', 'error', "A bay controller sends its settings as standard base64 JSON; the JSON parse failure writes the raw body, `{\"site\":…,\"api_secret\":\"…\"}` in base64.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ site: 'BW-Aviemore-01', bay: 3, api_secret: rng.alnum(32), fw: '5.2.0' }));
      return { value: b, event: { L: [['error', `Failed to parse message as JSON: invalid character 'e' looking for beginning of value; raw=${b}`, 'bay_settings', 'root.pipeline.processors.0']] } };
    }),
    5,
    plant('webhook', 'benthos-zulip-slack-incoming-webhook-api-key', 'error', WHY.webhook("A Zulip incoming webhook (`<org>.zulipchat.com/api/v1/external/slack_incoming?api_key=<bot key>&stream=…`) the pipeline's alert output posts to; the output error writes the URL (the bot's api_key is the secret part)"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['error', `Failed to send message to http_client: Post "https://brightwash.zulipchat.com/api/v1/external/slack_incoming?api_key=${key}&stream=forecourts&topic=alerts": net/http: TLS handshake timeout`, 'alerts_out', 'root.output.switch.cases.1.output']] } };
    }),
    5,
    plant('implicit-fragment', 'benthos-client-error-beacon-href-access-token', 'error', "The app's error beacon (`http_server` on `/beacon`) carries `location.href`; the `log` processor writes it, with the `#access_token=` the app's login landed with.", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: { L: [['warn', `client error: TypeError: Cannot read properties of undefined (reading 'points') href=https://app.${BW}/rewards#access_token=${at}&token_type=Bearer&expires_in=3600`, 'beacon', 'root.pipeline.processors.0']] } };
    }),
    5,
    plant('negative', 'benthos-receipt-object-etag', 'none', "The S3 output's ETag of a stored wash receipt (an MD5 in quotes): a hash, no credential.", ({ rng }) => {
      const e = rng.hex(32);
      return { value: e, event: { L: [['debug', `receipt stored key=receipts/2028/01/22/${rng.uuid()}.pdf etag="${e}"`, 'receipts_out', 'root.output.switch.cases.0.output']] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'benthos' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// liftshop journal: the lift pass shop, a Nuxt 3.15 app on Nitro's node-server preset under systemd, read with
// `journalctl -u liftshop -o short-iso-precise` (UTC): `<ISO µs +00:00> <host> node[<pid>]: <message>`, Nitro's
// `[nuxt] [request error] [unhandled] [500] …`, ofetch's `[GET] "<url>": <status> <text>`, the app's own console lines.
// From memory (not fetched): https://www.freedesktop.org/software/systemd/man/journalctl.html (output modes).

function liftshopJournal(rng) {
  const pid = rng.int(800, 3000);
  const fmt = (t, msg) => `${local(t, 0).slice(0, 19)}.${msPart(t)}${digits(rng, 3)}+00:00 liftweb-01 node[${pid}]: ${msg}`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [[`[basket] pass added product=${rng.pick(['day-adult', 'day-child', '3day-adult', 'season-adult'])} qty=${rng.int(1, 4)} basket=${rng.hex(12)}`]] }),
      () => ({ L: [[`[stock] lift availability refreshed lifts=${rng.int(8, 12)} open=${rng.int(3, 10)} took=${rng.int(20, 400)}ms`]] }),
      () => ({ L: [[`[checkout] payment intent created amount=${rng.int(3, 30)}${rng.pick(['00', '50'])} currency=gbp`]] }),
      () => ({ L: [[`[Vue warn]: Hydration text content mismatch on <span class="snow-depth">`]] }),
    ])();
  const steps = [
    { raw: { L: [['Listening on http://[::]:3000']] }, after: 0 },
    5,
    plant('negative', 'nuxt-build-asset-hash', 'none', "A build asset's content hash in its file name (`/_nuxt/<hash>.js`): a hash, no credential.", ({ rng }) => {
      const h = rng.b64url(8);
      return { value: h, event: { L: [[`[nuxt] [request error] [unhandled] [404] Cannot find static asset /_nuxt/${h}.js`]] } };
    }),
    5,
    plant('oauth-code', 'nuxt-request-error-ofetch-callback-code', 'warning', `${WHY.code} The shop's login callback forwards the code to the resort's identity service with ofetch; when the exchange fails, Nitro's unhandled error writes ofetch's \`[GET] "<url>"\`, code and state included.`, ({ rng }) => {
      const code = rng.b64url(32);
      return { value: code, event: { L: [[`[nuxt] [request error] [unhandled] [500] [GET] "https://id.${GB}/login/continue?code=${code}&state=${rng.hex(24)}": 400 Bad Request`]] } };
    }),
    5,
    plant('embed-jwt', 'nuxt-ofetch-webcam-embed-jwt-120s', 'warning', "The shop's home page fetches the summit webcam through its signed embed URL (`/embed/cam/<JWT>`); the fetch error writes it, on a journal line with its zone", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { iss: `https://cams.${GB}`, cam: 'cairn-summit', aud: 'embed' } });
      return { value: token, jwt: facts, event: { L: [[`[webcam] FetchError: [GET] "https://cams.${GB}/embed/cam/${token}": 502 Bad Gateway`]] } };
    }),
    5,
    plant('path-secret', 'nuxt-gift-pass-redeem-link-sent', 'error', "A gift lift pass's redemption link (`/gift/redeem/<token>`) the shop e-mails; the app logs the link it sent: the link is the pass until it is redeemed.", ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { L: [[`[gift] redeem link sent to f.ross@example.org: https://shop.${GB}/gift/redeem/${tok}`]] } };
    }),
    5,
    plant('implicit-fragment', 'nuxt-auth-landing-href-access-token', 'error', "The shop's legacy partner login returns the token in the fragment; the client plugin reports where it landed and the server logs it (`landed: https://…/auth/landing#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { L: [[`[auth] client report: landed https://shop.${GB}/auth/landing#access_token=${at}&token_type=bearer&expires_in=7200&state=${rng.hex(16)} without a session`]] } };
    }),
    5,
    plant('id-token', 'nuxt-auth-id-token-rejected-expired', 'note', "The login plugin logs an `id_token` it rejected as expired (`id_token rejected: <JWT> (exp in the past)`): the token had expired three hours before the line, which has its zone", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3 * 3600 + 3600 + rng.int(10, 600), jti: true, alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://id.${GB}`, sub: `guest-${digits(rng, 7)}`, aud: 'liftshop' } });
      return { value: token, jwt: facts, event: { L: [[`[auth] id_token rejected: ${token} (exp in the past)`]] } };
    }),
    5,
    plant('session-id', 'nuxt-fetch-options-cookie-session', 'error', WHY.session("The server-side fetch to the pass API forwards the browser's cookie; its error logs the fetch options object (`headers: { cookie: 'glenbrae_lift_sess=…' }`)"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { L: [[`[passes] fetch failed { method: 'GET', baseURL: 'https://api.${GB}', headers: { cookie: 'glenbrae_lift_sess=${sid}', accept: 'application/json' } }`]] } };
    }),
    5,
    plant('api-key-name', 'nuxt-pricing-fetch-error-partner-token', 'error', `${WHY.apiKey('partner_token')} The shop reads dynamic prices from the pricing vendor with its key in the query; ofetch's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [[`[pricing] FetchError: [GET] "https://api.yieldski.example/v1/prices?resort=glenbrae&partner_token=${key}&date=2028-01-23": 429 Too Many Requests`]] } };
    }),
    5,
    plant('negative', 'nuxt-x-request-id', 'none', "An `x-request-id` the app logs with a slow render: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { L: [[`[render] slow page /passes took ${rng.int(1200, 4000)}ms x-request-id=${id}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'liftweb' }, filler, render, steps });
}

// =====================================================================================================================
// Albarka (Hausa; Kano: WAT, UTC+1)
// =====================================================================================================================

const AB = 'albarka.example';

// ---------------------------------------------------------------------------------------------------------------------
// console.log: VerneMQ 2.0's `/var/log/vernemq/console.log` (local time, WAT, no zone):
// `YYYY-MM-DD HH:MM:SS.mmm [<level>] <pid>@<module>:<function>:<line> <message>`, vmq_webhooks' endpoint errors and
// debug bodies, vmq_mqtt_fsm's CONNECT record, vmq_diversity's Lua `log.info`. From memory (not fetched):
// https://docs.vernemq.com/plugin-development/webhookplugins.

function vernemqLog(rng) {
  const fmt = (t, lvl, where, msg) => `${ymdHmsAt(t, WAT)}.${msPart(t)} [${lvl}] <0.${rng.int(200, 9000)}.0>@${where} ${msg}`;
  const render = lines(fmt);
  const POND = ['tafki-01', 'tafki-02', 'tafki-05', 'tafki-07', 'ciyarwa-03'];
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['info', 'vmq_ranch:handle_info:120', `cluster event: node 'VerneMQ@vmq-${rng.int(1, 2)}.kifi.internal' is ${rng.pick(['up', 'reachable'])}`]] }),
      () => ({ L: [['debug', 'vmq_mqtt_fsm:connected:340', `client {[],<<"${rng.pick(POND)}">>} published to kifi/${rng.pick(POND)}/oxygen qos 1 (${rng.int(40, 200)} bytes)`]] }),
      () => ({ L: [['warning', 'vmq_queue:offline:520', `queue for {[],<<"${rng.pick(POND)}">>} went offline, ${rng.int(0, 40)} messages queued`]] }),
      () => ({ L: [['info', 'vmq_diversity_script:call:88', `[kifi.lua] iskar oxygen a ${rng.pick(POND)}: ${rng.int(3, 9)}.${rng.int(0, 9)} mg/L`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'vernemq-msg-ref', 'none', "A message reference VerneMQ logs with a dropped message (`msg_ref <<…>>`, random bytes as hex): an identifier, no credential.", ({ rng }) => {
      const ref = rng.hex(40).toUpperCase();
      return { value: ref, event: { L: [['warning', 'vmq_queue:drop:611', `dropped message msg_ref <<"${ref}">> for {[],<<"tafki-02">>}: queue full`]] } };
    }),
    5,
    plant('api-key-name', 'vernemq-webhooks-endpoint-error-mabudi', 'error', `${WHY.apiKey('mabudi')} ("key" in Hausa) The auth_on_register hook points at the farm's API with its key in the query; vmq_webhooks writes the endpoint when the call fails.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['error', 'vmq_webhooks_plugin:call_endpoint:402', `calling endpoint failed: hook auth_on_register endpoint "https://api.${AB}/kifi/vmq/shiga?mabudi=${key}" error {error,timeout}`]] } };
    }),
    5,
    plant('encoded', 'vernemq-webhooks-debug-body-password-base64', 'error', "At debug vmq_webhooks writes the JSON body it posts to auth_on_register; the plugin base64-encodes the client's password in it (`\"password\":\"<base64>\"`).", ({ rng }) => {
      const b = b64Of(rng.alnum(20));
      return { value: b, event: { L: [['debug', 'vmq_webhooks_plugin:call_endpoint:377', `hook auth_on_register body: <<"{\\"peer_addr\\":\\"10.61.4.${rng.int(10, 90)}\\",\\"peer_port\\":${rng.int(30000, 60000)},\\"mountpoint\\":\\"\\",\\"client_id\\":\\"ciyarwa-03\\",\\"username\\":\\"ciyarwa\\",\\"password\\":\\"${b}\\",\\"clean_session\\":true}">>`]] } };
    }),
    5,
    plant('framework-dump', 'vernemq-mqtt-fsm-connect-record-password', 'error', "A malformed CONNECT makes vmq_mqtt_fsm write the decoded frame as an Erlang record, the password as a binary (`{mqtt_connect,4,<<\"client\">>,<<\"user\">>,<<\"password\">>,…}`).", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { L: [['error', 'vmq_mqtt_fsm:init:95', `invalid CONNECT frame {mqtt_connect,4,<<"tafki-07">>,<<"ma'aikaci">>,<<"${pw}">>,false,60,true,undefined,undefined,undefined} from 10.61.4.${rng.int(10, 90)}:${rng.int(30000, 60000)}: unsupported will flags`]] } };
    }),
    5,
    plant('negative', 'vernemq-device-serial', 'none', "A sensor's serial number the farm's Lua script logs: an identifier, no credential.", ({ rng }) => {
      const sn = `OXS-${upperNum(rng, 12)}`;
      return { value: sn, event: { L: [['info', 'vmq_diversity_script:call:88', `[kifi.lua] sabon na'ura ta yi rajista: serial=${sn} tafki=tafki-05`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'vmq-1' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// playout.log: LibreTime 4's `/var/log/libretime/playout.log` of Albarka FM (local time, WAT, no zone):
// `YYYY-MM-DD HH:MM:SS,mmm | <LEVEL, 8 wide> | <module>:<function>:<line> - <message>`, the schedule fetch, the
// Liquidsoap push, the station's own integration module. From memory (not fetched):
// https://libretime.org/docs/admin-manual/troubleshooting/ (log locations).

function libretimeLog(rng) {
  const fmt = (t, lvl, where, msg) => `${ymdHmsAt(t, WAT)},${msPart(t)} | ${lvl.padEnd(8)} | ${where} - ${msg}`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'libretime_playout.player.fetch:process_schedule:208', `Received ${rng.int(20, 90)} events from the schedule`]] }),
      () => ({ L: [['DEBUG', 'libretime_playout.player.push:push_to_liquidsoap:141', `Pushing item ${rng.int(2000, 9000)} to queue s${rng.int(0, 3)}`]] }),
      () => ({ L: [['INFO', 'libretime_playout.liquidsoap.client:_wait_for_output:72', `waka na gaba: "${rng.pick(['Sai Kun Zo', 'Kano Dabo', 'Mamana', 'Rariya'])}" (${rng.int(2, 6)}:${pad(rng.int(0, 59))})`]] }),
      () => ({ L: [['DEBUG', 'libretime_playout.player.file:copy_file:96', `File ${rng.int(100, 999)}.mp3 already exists in cache, skipping`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'libretime-file-md5', 'none', "A media file's MD5 the fetcher checks after a download: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { L: [['INFO', 'libretime_playout.player.file:copy_file:110', `md5 ya dace da na API: file=4412 md5=${h}`]] } };
    }),
    5,
    plant('header-dump', 'libretime-requests-case-insensitive-dict-api-key', 'error', "The playout's API client logs its session headers at DEBUG as `requests`' `CaseInsensitiveDict` repr, `'Authorization': 'Api-Key <key>'` included: the station's API key.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['DEBUG', 'libretime_api_client._client:request:58', `GET http://localhost:8080/api/v2/schedule headers=CaseInsensitiveDict({'User-Agent': 'libretime-playout', 'Accept': 'application/json', 'Authorization': 'Api-Key ${key}'})`]] } };
    }),
    5,
    plant('framework-dump', 'libretime-stream-config-icecast-userinfo', 'error', "The playout logs the stream outputs it hands to Liquidsoap at start-up, as a Python dict; the Icecast output's source password is in the URL's user information (`icecast://source:<password>@…`).", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { L: [['INFO', 'libretime_playout.liquidsoap.entrypoint:generate_entrypoint:44', `outputs: {'icecast': [{'enabled': True, 'url': 'icecast://source:${pw}@stream.${AB}:8000/albarka-fm', 'mount': 'albarka-fm', 'audio': {'format': 'mp3', 'bitrate': 128}}]}`]] } };
    }),
    5,
    plant('path-secret', 'libretime-voice-track-upload-link', 'error', "The station's integration module logs the upload link it sent a presenter for a voice track (`/aika/<token>`, Hausa \"send\"): the link is the credential until it expires.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { L: [['INFO', 'albarka_fm.muryoyi:aika_hanya:31', `An aika hanyar ɗora murya ga mai gabatarwa Hauwa: https://studio.${AB}/aika/${tok}`]] } };
    }),
    5,
    plant('webhook', 'libretime-zoho-cliq-channel-webhook-zapikey', 'error', WHY.webhook("A Zoho Cliq channel webhook (`cliq.zoho.com/api/v2/channelsbyname/<channel>/message?zapikey=<key>`) the integration posts dead-air alerts to; its error writes the URL (the zapikey is the secret part)"), ({ rng }) => {
      const zk = `1001.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: zk, event: { L: [['ERROR', 'albarka_fm.sanarwa:aika:52', `An kasa aika sanarwa: 400 Client Error: Bad Request for url: https://cliq.zoho.com/api/v2/channelsbyname/dakinlabarai/message?zapikey=${zk}`]] } };
    }),
    5,
    plant('refresh-token', 'libretime-podcast-host-token-refresh-dict', 'error', `${WHY.refresh} The station's podcast upload module logs the podcast host's token answer as a Python dict.`, ({ rng }) => {
      const rt = rng.b64url(50);
      return { value: rt, event: { L: [['DEBUG', 'albarka_fm.podcast:sabunta_alama:77', `an sabunta alama: {'access_token': '${rng.b64url(36)}', 'token_type': 'Bearer', 'expires_in': 3600, 'refresh_token': '${rt}'}`]] } };
    }),
    5,
    plant('negative', 'libretime-liquidsoap-request-id', 'none', "Liquidsoap's request id and a schedule row id: identifiers, no credential.", ({ rng }) => {
      const rid = `${digits(rng, 5)}-${rng.hex(12)}`;
      return { value: rid, event: { L: [['DEBUG', 'libretime_playout.liquidsoap.client:queue_push:118', `queue s1 accepted request rid=${rid} row=${rng.int(40000, 49000)}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'playout' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hakkin-mallaka-worker.log: an asynq 0.25 worker of Albarka FM that files the music licensing returns (hakkin mallaka,
// "copyright"): asynq's own lines `asynq: pid=<pid> YYYY/MM/DD HH:MM:SS.µµµµµµ <LEVEL>: <message>` (asynq's logger
// writes UTC) and the handlers' lines through Go's `log` with the same flags and the prefix `[rahoto] ` ("report").
// Checked through search (an asynq issue quoting its start-up lines); the handlers' lines are the company's.

function asynqLog(rng) {
  const pid = rng.int(20000, 60000);
  const stamp = (t) => `${ymdHmsAt(t, 0).replace(/-/g, '/')}.${usPart(t, rng)}`;
  const fmt = (t, kind, lvl, msg) => (kind === 'asynq' ? `asynq: pid=${pid} ${stamp(t)} ${lvl}: ${msg}` : `[rahoto] ${stamp(t)} ${msg}`);
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['app', '', `an tattara waƙoƙi ${rng.int(40, 300)} na ranar ${rng.pick(['2028-01-20', '2028-01-21'])} (shirin: ${rng.pick(['Barka da Safiya', 'Taskar Waka', 'Gari Ya Waye'])})`]] }),
      () => ({ L: [['app', '', `an aika rahoto kashi ${rng.int(1, 9)}/9 status=202`]] }),
      () => ({ L: [['asynq', 'WARN', `Retrying task type=rahoto:aika id=${rng.uuid()} after ${rng.int(10, 90)}s (attempt ${rng.int(1, 4)})`]] }),
    ])();
  const steps = [
    { raw: { L: [['asynq', 'INFO', 'Starting processing']] }, after: 0 },
    { raw: { L: [['asynq', 'INFO', 'Send signal TERM or INT to terminate the process']] }, after: 0 },
    5,
    plant('negative', 'asynq-task-id', 'none', "An asynq task id (a UUID) in a retry message: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['asynq', 'WARN', `Retrying task type=rahoto:tattara id=${id} after 30s (attempt 1)`]] } };
    }),
    5,
    plant('refresh-token', 'asynq-handler-licensing-token-response', 'error', `${WHY.refresh} The handler logs the licensing society's token answer when it renews its access.`, ({ rng }) => {
      const rt = `rt_${rng.alnum(44)}`;
      return { value: rt, event: { L: [['app', '', `sabunta alama: {"access_token":"${rng.alnum(40)}","refresh_token":"${rt}","expires_in":1800,"token_type":"Bearer"}`]] } };
    }),
    5,
    plant('id-token', 'asynq-handler-task-payload-id-token', 'error', "A task that fails to decode is logged with its payload; the presenter's sign-off task carries an `id_token` (1 h, jti, live), on a line with asynq's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1200), jti: true, claims: { iss: `https://shiga.${AB}`, sub: `mai-gabatarwa-${digits(rng, 4)}`, aud: 'rahoto', email: 'hauwa.sani@example.net' } });
      return { value: token, jwt: facts, event: { L: [['app', '', `ba a iya karanta aiki ba: json: cannot unmarshal string into Go struct field .kwanan_wata of type time.Time payload={"shiri":"Taskar Waka","id_token":"${token}","kwanan_wata":"21/01/2028"}`]] } };
    }),
    5,
    plant('api-key-name', 'asynq-handler-licensing-url-mabudin-api', 'error', `${WHY.apiKey('mabudin_api')} ("API key" in Hausa) The licensing society's test gateway takes the station's key in the query; the handler's error writes the URL.`, ({ rng }) => {
      const key = rng.hex(48);
      return { value: key, event: { L: [['app', '', `kuskure wajen aika rahoto: Post "https://api.haqqin-waka.example/v2/plays?mabudin_api=${key}&tasha=albarka-fm": EOF`]] } };
    }),
    5,
    plant('encoded', 'asynq-handler-data-url-base64-json-key', 'error', "The handler logs the report's attachment reference as a `data:` URL, base64 JSON whose `mabudi` is the station's signing key.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ tasha: 'albarka-fm', mabudi: rng.alnum(32), sigar: 2 }));
      return { value: b, event: { L: [['app', '', `makala: data:application/json;base64,${b}`]] } };
    }),
    5,
    plant('implicit-fragment', 'asynq-handler-redirect-location-access-token', 'error', "The licensing portal answers the handler's login with a redirect whose `Location` carries `#access_token=`; the handler logs the Location it did not follow.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { L: [['app', '', `ba a bi juyawa ba: 302 Location: https://portal.haqqin-waka.example/app/#access_token=${at}&token_type=Bearer&expires_in=3600`]] } };
    }),
    5,
    plant('embed-jwt', 'asynq-handler-report-dashboard-embed-no-exp', 'error', "The society's report dashboard for the station, as an embed URL (`/embed/<JWT>`) without `exp`; the handler logs it with asynq's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 3, 86400 * 40), claims: { iss: 'https://dash.haqqin-waka.example', tasha: 'albarka-fm', dashboard: 'plays-monthly' } });
      return { value: token, jwt: facts, event: { L: [['app', '', `rahoto ya shirya: https://dash.haqqin-waka.example/embed/${token}`]] } };
    }),
    5,
    plant('negative', 'asynq-isrc-and-playlist-sha1', 'none', "A track's ISRC and the playlist file's SHA-1 the handler logs: identifiers and a hash, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { L: [['app', '', `isrc=NG${upperNum(rng, 3)}${digits(rng, 7)} jerin_waka_sha1=${h}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 22 * HOUR, site: { host: 'rahoto' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// huey.log: a Huey 2.5 consumer of Jingina Albarka, the pawnshop (`huey_consumer jingina.tasks.huey -w 4 -k thread -v`),
// logging's format `[%(asctime)s] %(levelname)s:%(name)s:%(threadName)s:%(message)s` (local time, WAT, no zone):
// `Executing <task>: <id>`, `<task>: <id> executed in <s>s`, the tasks' own loggers. From memory (not fetched):
// https://huey.readthedocs.io/en/latest/consumer.html.

function hueyLog(rng) {
  const fmt = (t, lvl, name, thread, msg) => `[${ymdHmsAt(t, WAT)},${msPart(t)}] ${lvl}:${name}:${thread}:${msg}`;
  const render = lines(fmt);
  const W = () => `Worker-${rng.int(1, 4)}`;
  const TASKS = ['jingina.tasks.tunatar_biya', 'jingina.tasks.kimanta_kaya', 'jingina.tasks.aika_sms', 'jingina.tasks.rufe_bashi'];
  const filler = (rng) => {
    const task = rng.pick(TASKS);
    const id = rng.uuid();
    const w = W();
    return rng.pick([
      () => ({ L: [['INFO', 'huey', w, `Executing ${task}: ${id}`], ['INFO', 'huey', w, `${task}: ${id} executed in ${(rng.int(1, 4000) / 1000).toFixed(3)}s`]] }),
      () => ({ L: [['INFO', 'huey.consumer.Scheduler', 'Scheduler', `Enqueueing periodic task jingina.tasks.tunatar_biya: ${id}.`]] }),
      () => ({ L: [['INFO', 'jingina.tasks', W(), `An tunatar da abokin ciniki: bashi=JA-${digits(rng, 6)} kwanaki=${rng.int(1, 30)} saura=₦${rng.int(5, 400)},${rng.int(100, 999)}`]] }),
    ])();
  };
  const steps = [
    { raw: { L: [['INFO', 'huey.consumer', 'MainThread', 'Huey consumer started with 4 thread, PID 2214 at 2028-01-22 05:00:00.118230']] }, after: 0 },
    5,
    plant('negative', 'huey-bvn-masked', 'none', "The customer's BVN masked to its last four digits (`*******1234`): the app's redaction, no credential.", ({ rng }) => {
      const v = `*******${digits(rng, 4)}`;
      return { value: `bvn=${v}`, event: { L: [['INFO', 'jingina.tasks', W(), `An tabbatar da abokin ciniki: bvn=${v} suna=Musa Garba`]] } };
    }),
    5,
    plant('path-secret', 'huey-sms-contract-sign-link', 'error', "The loan contract's signing link (`/kwangila/sa-hannu/<token>`, \"contract/sign\") the SMS task sends, logged with the message: the link is the credential until the contract is signed.", ({ rng }) => {
      const tok = rng.b64url(26);
      return { value: tok, event: { L: [['INFO', 'jingina.tasks', W(), `An aika SMS zuwa +23480${digits(rng, 8)}: "Jingina Albarka: sa hannu a kwangilar bashinka: https://j.${AB}/kwangila/sa-hannu/${tok}"`]] } };
    }),
    5,
    plant('api-key-name', 'huey-sms-gateway-error-url-secret-key', 'error', `${WHY.apiKey('secret_key')} The SMS gateway takes its key in the query; the task's \`requests\` error writes the URL.`, ({ rng }) => {
      const key = `sk_${rng.alnum(40)}`;
      return { value: key, event: { L: [['ERROR', 'jingina.tasks', W(), `An kasa aika SMS: 503 Server Error: Service Unavailable for url: https://api.smsgate.example/v1/send?secret_key=${key}&to=%2B23480${digits(rng, 8)}`]] } };
    }),
    5,
    plant('replay', 'huey-collection-code-first-use', 'note', WHY.ticketFirst("A single-use collection code (`lambar_karba`) the customer shows at the counter to take back a redeemed pledge; the task logs the branch and the code. The code is"), ({ rng, t }) => {
      const code = upperNum(rng, 12);
      firstUse.karba = t;
      return { value: code, event: { L: [['INFO', 'jingina.tasks', W(), `An karɓi kaya: lambar_karba=${code} reshe=Sabon-Gari bashi=JA-${digits(rng, 6)} ip=198.51.100.${rng.int(2, 100)}`]] } };
    }, { ref: 'karba' }),
    2,
    plant('replay', 'huey-collection-code-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('karba').value, why: `${WHY.replay('lambar_karba', gap('karba', t))} Another branch's counter used the same single-use collection code and the task accepted it again.` }], event: { L: [['INFO', 'jingina.tasks', W(), `An karɓi kaya: lambar_karba=${refs.get('karba').value} reshe=Fagge bashi=JA-${digits(rng, 6)} ip=203.0.113.${rng.int(2, 100)}`]] } }), { replayOf: 'karba', after: 128 }),
    5,
    plant('framework-dump', 'huey-task-kwargs-dict-kalmar-sirri', 'error', "The valuation task logs its keyword arguments as a Python dict at DEBUG; the partner jeweller's login password (`kalmar_sirri`, \"password\") is one of them.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { L: [['DEBUG', 'jingina.tasks', W(), `kimanta_kaya kwargs={'kaya': 'sarkar zinariya 18k', 'nauyi_g': 22.4, 'mai_kimantawa': 'zinariya-kofar-mata', 'kalmar_sirri': '${pw}'}`]] } };
    }),
    5,
    plant('refresh-token', 'huey-bank-token-refresh-dict', 'error', `${WHY.refresh} The disbursement task logs the bank API's token answer as a Python dict at DEBUG.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { L: [['DEBUG', 'jingina.tasks', W(), `banki: {'access_token': '${rng.b64url(40)}', 'refresh_token': '${rt}', 'expires_in': 900}`]] } };
    }),
    5,
    plant('negative', 'huey-task-id', 'none', "A Huey task id (a UUID): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['ERROR', 'huey', W(), `Unhandled exception in task ${id}.`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'jingina' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vendure.log: Vendure 3's server (Kasuwar Jingina, the shop of unredeemed pledges) with DefaultLogger, colours off,
// stdout to a file (local time as `toLocaleString('en-US')`, WAT, no zone): `<level> <M/D/YYYY, h:mm:ss AM> - [<ctx>]
// <message>`, plugins' own contexts. From memory (not fetched): https://docs.vendure.io/guides/developer-guide/logging/.

function vendureLog(rng) {
  const when = (t) => {
    const l = local(t, WAT);
    const h = Number(l.slice(11, 13));
    return `${Number(l.slice(5, 7))}/${Number(l.slice(8, 10))}/${l.slice(0, 4)}, ${((h + 11) % 12) + 1}:${l.slice(14, 19)} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const fmt = (t, lvl, ctx, msg) => `${lvl} ${when(t)} - [${ctx}] ${msg}`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['info', 'JobQueue', `Job ${rng.int(10000, 90000)} [send-email] completed`]] }),
      () => ({ L: [['verbose', 'Vendure Server', `Order JA${digits(rng, 6)} transitioned from ArrangingPayment to PaymentAuthorized`]] }),
      () => ({ L: [['info', 'KayanJingina', `An saka kaya a kasuwa: ${rng.pick(['agogon hannu', 'wayar salula', 'sarkar zinariya', 'talabijin'])} farashi=₦${rng.int(10, 400)},000`]] }),
      () => ({ L: [['debug', 'Vendure Server', `GraphQL query activeOrder took ${rng.int(5, 90)}ms`]] }),
    ])();
  const steps = [
    { raw: { L: [['info', 'Vendure Server', 'Bootstrapping Vendure Server (pid: 41)...']] }, after: 0 },
    { raw: { L: [['info', 'Vendure Server', '================================================']] }, after: 0 },
    { raw: { L: [['info', 'Vendure Server', 'Vendure server (v3.1.2) now running on port 3000']] }, after: 0 },
    5,
    plant('negative', 'vendure-order-code', 'none', "A Vendure order code (16 capitals and digits): an order's public reference, no credential.", ({ rng }) => {
      const code = upperNum(rng, 16);
      return { value: code, event: { L: [['info', 'KayanJingina', `An biya oda ${code} (₦${rng.int(20, 300)},000)`]] } };
    }),
    5,
    plant('session-id', 'vendure-plugin-debug-vendure-auth-token', 'error', WHY.session("The shop's delivery plugin logs the headers of a storefront request at debug, `vendure-auth-token` included: in bearer mode Vendure's session token"), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { L: [['debug', 'IsarwaPlugin', `headers {"content-type":"application/json","vendure-auth-token":"${tok}","x-forwarded-for":"${ip(rng)}"}`]] } };
    }),
    5,
    plant('api-key-name', 'vendure-payment-hub-url-mabudin-biya', 'error', `${WHY.apiKey('mabudin_biya')} ("payment key") The group's payment hub takes the shop's key in the query; the payment handler's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { L: [['error', 'BiyaPaymentHandler', `An kasa tabbatar da biya: GET https://biya.${AB}/v1/tabbatar?mabudin_biya=${key}&oda=JA${digits(rng, 6)} -> 504`]] } };
    }),
    5,
    plant('webhook', 'vendure-rocketchat-incoming-webhook', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) the shop posts new orders to; the notification plugin's error writes it (the token is the secret part)"), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { L: [['warn', 'SanarwaPlugin', `An kasa aika sanarwa zuwa https://chat.${AB}/hooks/${rng.alnum(17)}/${tok}: ECONNRESET`]] } };
    }),
    5,
    plant('oauth-code', 'vendure-google-auth-strategy-input-code', 'warning', `${WHY.code} The shop's Google authentication strategy logs the \`authenticate\` mutation's input at debug (\`{"google":{"code":…,"state":…}}\`).`, ({ rng }) => {
      const code = `4/0A${rng.b64url(60)}`;
      return { value: code, event: { L: [['debug', 'GoogleAuthStrategy', `authenticate input {"google":{"code":"${code}","state":"${rng.hex(32)}","redirectUri":"https://kasuwa.${AB}/shiga/google"}}`]] } };
    }),
    5,
    plant('implicit-fragment', 'vendure-storefront-error-report-href', 'error', "The storefront's error reporter posts `window.location.href` to a shop plugin, which logs it with the `#access_token=` of the old partner login.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { L: [['warn', 'KuskurenShago', `kuskure a shago: ChunkLoadError href=https://kasuwa.${AB}/asusu#access_token=${at}&token_type=Bearer&expires_in=3600`]] } };
    }),
    5,
    plant('negative', 'vendure-job-id', 'none', "A job queue job id and an asset's preview path with its hash: identifiers, no credential.", ({ rng }) => {
      const h = rng.hex(16);
      return { value: h, event: { L: [['info', 'JobQueue', `Job ${rng.int(10000, 90000)} [update-search-index] completed asset=preview/${h.slice(0, 2)}/agogo-${h}__preview.jpg`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'kasuwa' }, filler, render, steps });
}

// =====================================================================================================================
// Ntsako (Xitsonga; Limpopo: SAST, UTC+2)
// =====================================================================================================================

const NT = 'ntsako.example';

// ---------------------------------------------------------------------------------------------------------------------
// radicale.log: Radicale 3.2 of the parish office (kereke), `[logging] level = debug`, `request_header_on_debug` and
// `request_content_on_debug` on (local time with its zone): `[YYYY-MM-DD HH:MM:SS +0200] [<pid>/<thread>] [<LEVEL>]
// <message>`, the request headers as a dict on the next line, the request content on the following lines. From memory
// (not fetched): https://radicale.org/v3.html#logging.

function radicaleLog(rng) {
  const pid = rng.int(300, 2000);
  let thread = 0;
  const fmt = (t, lvl, msg) => `[${ymdHmsAt(t, SAST)} +0200] [${pid}/Thread-${thread} (process_request_thread)] [${lvl}] ${msg}`;
  const each = lines(fmt);
  const render = (e) => {
    thread = rng.int(10, 400);
    return each(e);
  };
  const CAL = ['/kereke/misa/', '/kereke/nhlangano/', '/kereke/vantshwa/', '/nkosi/masirha/'];
  const filler = (rng) => {
    const c = rng.pick(CAL);
    return rng.pick([
      () => ({ L: [['INFO', `PROPFIND request for '${c}' with depth '1' received from ${ip(rng)} using 'DAVx5/4.4.3-ose (2028/01/02; dav4jvm; okhttp/4.12.0) Android/14'`], ['INFO', `PROPFIND response status for '${c}' with depth '1' in ${(rng.int(2, 90) / 1000).toFixed(3)} seconds: 207 Multi-Status`]] }),
      () => ({ L: [['INFO', `GET request for '${c}' received from ${ip(rng)} using 'Thunderbird/128.6.0'`], ['INFO', `GET response status for '${c}' in ${(rng.int(2, 90) / 1000).toFixed(3)} seconds: 200 OK`]] }),
      () => ({ L: [['DEBUG', `Sanitized path '${c}' is '${c}'`]] }),
    ])();
  };
  const steps = [
    5,
    plant('negative', 'radicale-sync-token', 'none', "A WebDAV sync token (`http://radicale.org/ns/sync/<sha256>`): a collection state marker, no credential, though its name says token.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { L: [['DEBUG', `Response content:\n<?xml version='1.0' encoding='utf-8'?>\n<multistatus xmlns="DAV:"><sync-token>http://radicale.org/ns/sync/${h}</sync-token></multistatus>`]] } };
    }),
    5,
    plant('header-dump', 'radicale-request-headers-wsgi-environ-basic', 'error', "With `request_header_on_debug`, Radicale writes the request's WSGI environ as a dict on the line after `Request headers:`; `'HTTP_AUTHORIZATION': 'Basic <base64>'` is the parish secretary's login.", ({ rng }) => {
      const b = b64Of(`mufundisi.baloyi:${rng.alnum(16)}`);
      return { value: b, event: { L: [['DEBUG', 'Request headers:'], `{'CONTENT_LENGTH': '', 'HTTP_AUTHORIZATION': 'Basic ${b}', 'HTTP_DEPTH': '1', 'HTTP_HOST': 'dav.${NT}', 'HTTP_USER_AGENT': 'DAVx5/4.4.3-ose', 'REQUEST_METHOD': 'PROPFIND', 'PATH_INFO': '/kereke/misa/'}`] } };
    }),
    5,
    plant('path-secret', 'radicale-shared-calendar-token-path', 'error', "A read-only calendar shared with the congregation through a secret path segment (`/avelana/<token>/misa.ics`, \"share\"), written in the request line and again in the response line: the link is the credential until the parish revokes it.", ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { L: [['INFO', `GET request for '/avelana/${tok}/misa.ics' received from ${ip(rng)} using 'Google-Calendar-Importer'`], ['INFO', `GET response status for '/avelana/${tok}/misa.ics' in 0.0${rng.int(10, 99)} seconds: 200 OK`]] } };
    }),
    5,
    plant('session-id', 'radicale-request-headers-cookie-kereke-nghena', 'error', WHY.session("The parish portal's reverse proxy forwards its session cookie to Radicale (`'HTTP_COOKIE': 'kereke_nghena=…'`, \"enter\"), which the header dump writes"), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { L: [['DEBUG', 'Request headers:'], `{'CONTENT_LENGTH': '0', 'HTTP_COOKIE': 'kereke_nghena=${sid}; lang=ts', 'HTTP_HOST': 'dav.${NT}', 'HTTP_X_REMOTE_USER': 'ofisi', 'REQUEST_METHOD': 'REPORT', 'PATH_INFO': '/kereke/nhlangano/'}`] } };
    }),
    5,
    plant('encoded', 'radicale-request-content-meeting-url-pwd', 'error', "The request content of a PUT is an iCalendar event for a funeral service streamed online; its `URL:` property holds a meeting link whose `pwd=` is the meeting passcode, encoded by the meeting service.", ({ rng }) => {
      const pwd = rng.alnum(32);
      return { value: pwd, event: { L: [['DEBUG', 'Request content:'], 'BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', `UID:${rng.uuid()}`, 'SUMMARY:Nkosi wa Manana Mathebula', 'DTSTART;TZID=Africa/Johannesburg:20280127T090000', `URL:https://meet.videoconf.example/j/${digits(rng, 11)}?pwd=${pwd}`, 'END:VEVENT', 'END:VCALENDAR'] } };
    }),
    5,
    plant('negative', 'radicale-item-etag', 'none', "An item's ETag (a hash in quotes): a version marker, no credential.", ({ rng }) => {
      const e = rng.hex(64);
      return { value: e, event: { L: [['INFO', `PUT response status for '/kereke/misa/${rng.uuid()}.ics' in 0.0${rng.int(10, 99)} seconds: 201 Created etag="${e}"`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'dav' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gotosocial.log: GoToSocial 0.17 of the parish's community server (logfmt, `timestamp="DD/MM/YYYY HH:MM:SS.mmm"` in the
// container's UTC, no zone): `timestamp=… func=… level=… [latency=… userAgent=… method=… statusCode=… path=… clientIP=…
// requestID=…] msg="…"`. From memory (not fetched): https://docs.gotosocial.org/en/latest/configuration/observability/.

function gotosocialLog(rng) {
  const q = (s) => JSON.stringify(s);
  const ts = (t) => { const l = local(t, 0); return `${l.slice(8, 10)}/${l.slice(5, 7)}/${l.slice(0, 4)} ${l.slice(11, 23)}`; };
  const reqLine = (t, m, status, path, msg) => `timestamp="${ts(t)}" func=router.(*Router).Start.Logger.func1 level=${status >= 500 ? 'ERROR' : status >= 400 ? 'WARN' : 'INFO'} latency="${rng.int(1, 900)}.${rng.int(100, 999)}ms" userAgent=${q(rng.pick(BROWSERS))} method=${m} statusCode=${status} path=${path} clientIP=${ip(rng)} requestID=${lowerNum(rng, 20)} msg=${q(msg)}`;
  const fmt = (t, kind, ...rest) => (kind === 'req' ? reqLine(t, ...rest) : `timestamp="${ts(t)}" func=${rest[0]} level=${rest[1]} msg=${q(rest[2])}`);
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['req', 'GET', 200, '/api/v1/timelines/home', `OK: wrote ${rng.int(1, 40)}.${rng.int(10, 99)}kiB`]] }),
      () => ({ L: [['req', 'GET', 200, `/@kereke/statuses/${upperNum(rng, 26)}`, `OK: wrote ${rng.int(1, 9)}.${rng.int(10, 99)}kiB`]] }),
      () => ({ L: [['req', 'POST', 202, '/users/kereke/inbox', 'Accepted: wrote 0B']] }),
      () => ({ L: [['app', 'workers.(*Worker).process', 'INFO', `delivered ${rng.int(1, 30)} activities to ${rng.int(1, 12)} inboxes`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'gotosocial-http-signature-key-id', 'none', "An HTTP signature's `keyId` (a public key's URL, `…#main-key`): it names a public key, no credential.", ({ rng }) => {
      const id = `https://social.parish-${lowerNum(rng, 10)}.example/users/kereke#main-key`;
      return { value: id, event: { L: [['app', 'federation.(*Federator).AuthenticateFederatedRequest', 'WARN', `couldn't verify signature with keyId=${id}: public key expired`]] } };
    }),
    5,
    plant('oauth-code', 'gotosocial-oidc-callback-path-code', 'warning', `${WHY.code} A member signs in through the parish's OIDC provider; GoToSocial's request log writes the callback path with its query.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { L: [['req', 'GET', 302, `/auth/callback?code=${code}&state=${rng.b64url(32)}`, 'Found: wrote 0B']] } };
    }),
    5,
    plant('path-secret', 'gotosocial-confirm-email-token-query', 'error', "A new member's e-mail confirmation link (`/confirm_email?token=<token>`); the request log writes it: the token confirms the account until it is used.", ({ rng }) => {
      const tok = rng.uuid();
      return { value: tok, event: { L: [['req', 'GET', 200, `/confirm_email?token=${tok}`, 'OK: wrote 2.41kiB']] } };
    }),
    5,
    plant('api-key-name', 'gotosocial-media-deref-url-xilotlelo', 'error', `${WHY.apiKey('xilotlelo')} ("key" in Xitsonga) The parish posts images hosted on the funeral home's media server, which wants a key in the URL; GoToSocial's dereferencing error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['app', 'media.(*Manager).ProcessMedia', 'ERROR', `error dereferencing media https://media.${NT}/swifaniso/nkosi-mathebula.jpg?xilotlelo=${key}: GET request to https://media.${NT} failed: status="403 Forbidden"`]] } };
    }),
    5,
    plant('framework-dump', 'gotosocial-signin-form-url-values', 'error', "A debug line of the sign-in handler writes the posted form as Go's `url.Values` (`map[email:[…] password:[…]]`): a member's password in clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { L: [['app', 'auth.(*Module).SignInPOSTHandler', 'DEBUG', `sign in form: map[email:[tsakani.maluleke@example.org] password:[${pw}]]`]] } };
    }),
    5,
    plant('negative', 'gotosocial-request-id', 'none', "A request id GoToSocial returns in an error: an identifier, no credential.", ({ rng }) => {
      const id = lowerNum(rng, 24);
      return { value: id, event: { L: [['app', 'router.(*Router).Start.Logger.func1', 'ERROR', `Internal Server Error: error performing request: context canceled (request id ${id})`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'social' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// faktory-worker.log: the Ntsako funeral home and cemetery worker (faktory_worker_go 1.7) with the manager's and the
// jobs' lines in Faktory's own format (UTC): `<L> <RFC 3339 ms Z> <message>`; `jid=` job ids, job arguments on failure.
// From memory (not fetched): https://github.com/contribsys/faktory/wiki.

function faktoryLog(rng) {
  const fmt = (t, lvl, msg) => `${lvl} ${iso(t).slice(0, 23)}Z ${msg}`;
  const render = lines(fmt);
  const jid = () => rng.b64url(12);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['I', `jid=${jid()} jobtype=rhumela_xitsundzuxo Xitsundzuxo xi rhumeriwile eka ndyangu wa ka ${rng.pick(['Baloyi', 'Maluleke', 'Chauke', 'Mathebula', 'Shirinda'])}`]] }),
      () => ({ L: [['I', `jid=${jid()} jobtype=xiviko_xa_siku Xiviko xa siku xi endliwile: tinkosi=${rng.int(1, 6)} masirha=${rng.int(0, 4)}`]] }),
      () => ({ L: [['D', `fetched ${rng.int(0, 5)} jobs from queues [nkosi masirha default]`]] }),
      () => ({ L: [['I', `jid=${jid()} jobtype=hlayisa_sirha done in ${rng.int(40, 4000)}ms`]] }),
    ])();
  const steps = [
    { raw: { L: [['I', 'faktory_worker_go 1.7.0 PID 1 concurrency 10 queues [nkosi masirha default]']] }, after: 0 },
    5,
    plant('negative', 'faktory-jid', 'none', "A Faktory job id (`jid=`, 12 random base64url characters in this worker): an identifier, no credential.", ({ rng }) => {
      const j = rng.b64url(12);
      return { value: j, event: { L: [['W', `jid=${j} jobtype=rhumela_xirhambo retry 1 in 27s: ku tsandzekile ku rhumela`]] } };
    }),
    5,
    plant('embed-jwt', 'faktory-job-livestream-embed-jwt-1h-jti', 'error', "The funeral service's livestream embed (`/embed/nkosi/<JWT>`) the job sends to the family; the job logs the link with the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 600), jti: true, claims: { iss: `https://live.${NT}`, stream: 'nkosi-mathebula', aud: 'embed' } });
      return { value: token, jwt: facts, event: { L: [['I', `jid=${jid()} jobtype=rhumela_xirhambo Xirhambo xi rhumeriwile: https://live.${NT}/embed/nkosi/${token}`]] } };
    }),
    5,
    plant('id-token', 'faktory-job-failed-args-id-token', 'error', "A failing job is logged with its arguments; the family portal's request carries the member's `id_token` (1 h, no jti, live), with the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1500), claims: { iss: `https://nghena.${NT}`, sub: `xirho-${digits(rng, 6)}`, aud: 'swirho', name: 'Tsakani Maluleke' } });
      return { value: token, jwt: facts, event: { L: [['E', `jid=${jid()} jobtype=tiyisisa_xirho failed: 401 from https://swirho.${NT}/api args=[{"xirho":"${digits(rng, 6)}","id_token":"${token}"}]`]] } };
    }),
    5,
    plant('refresh-token', 'faktory-job-calendar-token-refresh', 'error', `${WHY.refresh} The calendar sync job logs the calendar provider's token answer when it renews its access.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(100)}`;
      return { value: rt, event: { L: [['D', `jid=${jid()} jobtype=khalendara token: {"access_token":"ya29.${rng.b64url(60)}","expires_in":3599,"refresh_token":"${rt}","scope":"https://www.googleapis.com/auth/calendar"}`]] } };
    }),
    5,
    plant('replay', 'faktory-cemetery-gate-thikiti-once', 'note', WHY.ticketFirst("A single-use cemetery gate ticket (`thikiti`) for a hearse, scanned at the gate; the job logs the gate and the ticket. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.gate = t;
      return { value: tk, event: { L: [['I', `jid=${jid()} jobtype=nyangwa_wa_masirha Thikiti ri amukeriwile: thikiti=${tk} nyangwa=N1 movha=HRS-${digits(rng, 3)}`]] } };
    }, { ref: 'gate' }),
    5,
    plant('embed-jwt', 'faktory-job-plot-map-embed-expired', 'note', "The cemetery's plot map sent as an embed (`/embed/masirha/<JWT>`); the job logs a link whose token had expired two days before (jti)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: 3 * 86400 + rng.int(60, 3600), jti: true, claims: { iss: `https://masirha.${NT}`, section: 'C', plot: `C-${rng.int(100, 400)}`, aud: 'embed' } });
      return { value: token, jwt: facts, event: { L: [['W', `jid=${jid()} jobtype=rhumela_mepe link ya mepe yi hundzile: https://masirha.${NT}/embed/masirha/${token}`]] } };
    }),
    5,
    plant('session-id', 'faktory-job-legacy-register-cookie', 'error', WHY.session("The burial register sync job scrapes the old PHP plot register and logs the cookie it sends (`Cookie: plotreg_sess=…`)"), ({ rng }) => {
      const sid = lowerNum(rng, 32);
      return { value: sid, event: { L: [['D', `jid=${jid()} jobtype=tsalwa_ra_masirha GET https://rejista.${NT}/masirha.php?xiyenge=C Cookie: plotreg_sess=${sid}`]] } };
    }),
    5,
    plant('negative', 'faktory-obituary-image-cache-buster', 'none', "An obituary image URL with a cache buster (`?v=<10 digits>`): a timestamp, no credential.", ({ rng }) => {
      const v = digits(rng, 10);
      return { value: `?v=${v}`, event: { L: [['I', `jid=${jid()} jobtype=swifaniso Xifaniso xi hlayisiwile https://media.${NT}/swifaniso/mathebula.jpg?v=${v}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'faktory' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openfire.log: Openfire 4.8's `openfire.log` of the lift (elevator) maintenance team's dispatch chat (local time, SAST,
// no zone): `yyyy.MM.dd HH:mm:ss.SSS <LEVEL, 5 wide> [<thread>]: <logger> - <message>`, the REST API plugin's request
// logging, the old User Service plugin's query, BOSH (`http-bind`) sessions, stanza debug with a SASL PLAIN `<auth>`.
// From memory (not fetched): https://www.igniterealtime.org/projects/openfire/plugins/ (REST API, User Service).

function openfireLog(rng) {
  const fmt = (t, lvl, thread, logger, msg) => `${ymdHmsAt(t, SAST).replace(/-/g, '.')}.${msPart(t)} ${lvl.padEnd(5)} [${thread}]: ${logger} - ${msg}`;
  const render = lines(fmt);
  const QTP = () => `Jetty-QTP-BOSH-${rng.int(10, 90)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', `socket_c2s-thread-${rng.int(1, 20)}`, 'org.jivesoftware.openfire.session.LocalClientSession', `Session authenticated: technician${rng.int(1, 30)}@lifti.${NT}/android`]] }),
      () => ({ L: [['INFO', `TaskEngine-pool-${rng.int(1, 9)}`, 'org.jivesoftware.openfire.muc.spi.MultiUserChatServiceImpl', `Room nhlayiso-${rng.pick(['polokwane', 'tzaneen', 'giyani'])}@conference.lifti.${NT}: ${rng.int(2, 14)} occupants`]] }),
      () => ({ L: [['DEBUG', `socket_c2s-thread-${rng.int(1, 20)}`, 'org.jivesoftware.openfire.nio.ConnectionHandler', `Lifti ${rng.pick(['L-04', 'L-11', 'E-02'])} (${rng.pick(['Giyani Plaza', 'Tzaneen Mall', 'Kereke Hofisi'])}): xiviko xa nhlayiso xi amukeriwile`]] }),
      () => ({ L: [['WARN', `pool-${rng.int(2, 9)}-thread-${rng.int(1, 9)}`, 'org.jivesoftware.openfire.spi.ConnectionManagerImpl', 'Client connection closed due to idle timeout']] }),
    ])();
  const steps = [
    5,
    plant('negative', 'openfire-admin-console-csrf', 'none', "The admin console's CSRF value in a page URL (`csrf=`): an anti-forgery value, no credential.", ({ rng }) => {
      const c = rng.alnum(16);
      return { value: c, event: { L: [['WARN', 'qtp-admin-12', 'org.jivesoftware.admin.AuthCheckFilter', `Unauthorised request to /user-edit-form.jsp?username=technician7&csrf=${c} from 10.62.1.${rng.int(2, 90)}`]] } };
    }),
    5,
    plant('header-dump', 'openfire-restapi-request-log-authorization-secret', 'error', "The REST API plugin's request logging writes the headers of each call as a Java map; its shared secret is sent bare in `Authorization` (no scheme), by the dispatch system.", ({ rng }) => {
      const sec = rng.alnum(16);
      return { value: sec, event: { L: [['INFO', 'qtp-restapi-7', 'org.jivesoftware.openfire.plugin.rest.RESTServicePlugin', `REST API request: POST /plugins/restapi/v1/users headers {Authorization=${sec}, Content-Type=application/json, User-Agent=lifti-dispatch/2.3}`]] } };
    }),
    5,
    plant('api-key-name', 'openfire-userservice-secret-query', 'error', `${WHY.apiKey('secret')} The old User Service plugin takes its shared secret in the query; an HR script still calls it and the plugin's warning writes the request.`, ({ rng }) => {
      const sec = rng.alnum(20);
      return { value: sec, event: { L: [['WARN', 'qtp-userservice-3', 'org.jivesoftware.openfire.plugin.userService.UserServiceServlet', `User already exists: /plugins/userService/userservice?type=add&secret=${sec}&username=technician31&name=Hlulani+Chauke`]] } };
    }),
    5,
    plant('session-id', 'openfire-bosh-http-session-sid', 'error', WHY.session("A BOSH session id (`sid`) of the technicians' web client, which the http-bind manager writes when a request arrives out of order; with the next `rid` it takes over the session"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { L: [['WARN', QTP(), 'org.jivesoftware.openfire.http.HttpSession', `Request ${rng.int(100000, 999999)} for session ${sid} received out of order, queueing (user technician12@lifti.${NT})`]] } };
    }),
    5,
    plant('webhook', 'openfire-alarm-bridge-pumble-webhook', 'error', WHY.webhook("A Pumble incoming webhook (`api.pumble.com/workspaces/<workspace>/incomingWebhooks/postMessage/<token>`) the lift alarm bridge plugin posts to; its error writes the URL (the token is the secret part)"), ({ rng }) => {
      const tok = rng.alnum(24);
      return { value: tok, event: { L: [['ERROR', 'TaskEngine-pool-3', 'za.example.ntsako.lifti.AlarmBridgePlugin', `Xihoxo: ku tsandzekile ku rhumela xilemukiso xa lifti L-04 eka https://api.pumble.com/workspaces/${rng.hex(24)}/incomingWebhooks/postMessage/${tok}: 500`]] } };
    }),
    5,
    plant('path-secret', 'openfire-registration-invite-link', 'error', "A new technician's registration link (`/tsarisa/xirhambo/<token>`, \"register/invitation\") the registration plugin logs when it sends it: the link is the credential until used.", ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { L: [['INFO', 'TaskEngine-pool-5', 'org.jivesoftware.openfire.plugin.RegistrationPlugin', `Xirhambo xi rhumeriwile eka hlulani.chauke@example.net: https://lifti.${NT}/tsarisa/xirhambo/${tok}`]] } };
    }),
    5,
    plant('encoded', 'openfire-stanza-debug-sasl-plain-auth', 'error', "At DEBUG the connection handler writes the stanzas it reads; a client's SASL PLAIN `<auth>` element is base64 of `\\0<user>\\0<password>`.", ({ rng }) => {
      const b = b64Of(`\u0000technician9\u0000${rng.alnum(14)}`);
      return { value: b, event: { L: [['DEBUG', `socket_c2s-thread-${rng.int(1, 20)}`, 'org.jivesoftware.openfire.nio.ConnectionHandler', `Received: <auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">${b}</auth>`]] } };
    }),
    5,
    plant('negative', 'openfire-stream-id', 'none', "An XMPP stream id Openfire assigns (`id='<random>'`): an identifier, no credential.", ({ rng }) => {
      const id = lowerNum(rng, 10);
      return { value: id, event: { L: [['DEBUG', `socket_c2s-thread-${rng.int(1, 20)}`, 'org.jivesoftware.openfire.nio.ConnectionHandler', `Sent: <stream:stream xmlns:stream="http://etherx.jabber.org/streams" xmlns="jabber:client" from="lifti.${NT}" id="${id}" xml:lang="ts" version="1.0">`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'openfire' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout59');
writePart(join(here, 'heldout59'), {
  'nomad.log': nomadLog(rng),
  'gatus.log': gatusLog(rng),
  'production.log': zammadLog(rng),
  'benthos.log': benthosLog(rng),
  'liftshop.journal.log': liftshopJournal(rng),
  'console.log': vernemqLog(rng),
  'playout.log': libretimeLog(rng),
  'hakkin-mallaka-worker.log': asynqLog(rng),
  'huey.log': hueyLog(rng),
  'vendure.log': vendureLog(rng),
  'radicale.log': radicaleLog(rng),
  'gotosocial.log': gotosocialLog(rng),
  'faktory-worker.log': faktoryLog(rng),
  'openfire.log': openfireLog(rng),
});
