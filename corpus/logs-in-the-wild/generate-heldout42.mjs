// Writes corpus/logs-in-the-wild/heldout42/: a forty-second held-out part, in formats no other part uses (an Unreal
// Engine 5 game client's log with LogHttp at Verbose, a Paper (Minecraft) server's logs/latest.log, a CI job running
// `helm upgrade --install --debug`, Apache Superset's server log, Uptime Kuma under `docker logs` at debug, Baidu AI Cloud
// CDN access logs, Redash's server and RQ worker log, a WatchGuard Firebox's HTTP proxy syslog, dbt's logs/dbt.log, a
// Sysinternals DebugView capture saved to a file, Netskope transaction events (format 1), FreeSWITCH's freeswitch.log, a
// Prosody log of a Jitsi Meet deployment, an Artillery run under `DEBUG=http,http:response`), with credentials planted in
// the places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each
// line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout42.mjs     rewrites heldout42/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Corvid Forge, an independent game studio in Bristol making a racing game with a community server and a
// web portal (English, five logs); Nooluur (Ноолуур, "cashmere"), a cashmere knitwear maker in Ulaanbaatar with an online
// shop, shops with Windows tills and a wholesale portal (Mongolian messages in Cyrillic, routes and parameter names
// transliterated to Latin letters, English code names, five logs); Kamchei (កម្ចី, "loan"), a microfinance lender in
// Phnom Penh with a loan officers' app, a phone line and video interviews (Khmer messages in Khmer script, transliterated
// routes and parameter names, English code names, four logs). Standard names (OAuth's, vendors') stay as their
// specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'Java/21.0.7'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 6, 22, 0, 0, 0);
const { firstUse, gap } = replayClock();

// ---------------------------------------------------------------------------------------------------------------------
// Helpers shared by several formats.

/** Bristol in July (BST), Ulaanbaatar (UTC+8), Phnom Penh (UTC+7). */
const BST = 60;
const ULAT = 480;
const ICT = 420;
/** `HH:mm:ss` at `offset` minutes. */
const hmsAt = (ms, offset) => local(ms, offset).slice(11, 19);
/** A private address. */
const lan = (rng, prefix = '10.20') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** Python's repr of a str (single quotes). */
const pyStr = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** A Python dict repr of string pairs. */
const pyDict = (o) => `{${Object.entries(o).map(([k, v]) => `${pyStr(k)}: ${typeof v === 'number' ? v : pyStr(v)}`).join(', ')}}`;

// =====================================================================================================================
// Corvid Forge (English; Bristol: BST, UTC+1, in July)
// =====================================================================================================================

const CF = 'corvidforge.example';
const TRACKS = ['Harbourside', 'Clifton', 'Mendip', 'Severn', 'Avon_Gorge'];

// ---------------------------------------------------------------------------------------------------------------------
// CorvidRally.log: an Unreal Engine 5.5 game's Saved/Logs/CorvidRally.log on a player's Windows PC, sent with a bug
// report. Each line `[<yyyy.MM.dd-HH.mm.ss:SSS>][<frame % 1000, 3 wide>]<Category>: <Verbosity>: <message>` (the
// verbosity omitted for `Log`), times in UTC (`[Core.Log] LogTimes=UTC`); the first lines, written before the clock is
// set up, have no time, and the file opens with `Log file open, MM/DD/YY HH:MM:SS` in local time. `-LogCmds="LogHttp
// Verbose"` was on for the report: FCurlHttpRequest writes each request's `URL='…'`, its custom headers, and on
// completion the URL again. The game's own categories (LogCorvidAuth, LogCorvidUI, LogCorvidOnline) are ordinary UE_LOG.
// https://dev.epicgames.com/documentation/en-us/unreal-engine/logging-in-unreal-engine (from memory, not fetched: the line
// prefix, LogTimes, -LogCmds); FCurlHttpRequest's verbose messages from memory of the engine source (not read).

function unrealLog(rng) {
  let frame = rng.int(100, 900);
  const ueTime = (t) => iso(t).slice(0, 23).replace(/-/g, '.').replace('T', '-').replace(/:(\d\d):(\d\d)\./, '.$1.$2:');
  const ptr = () => `00000${upperNum(rng, 3).replace(/[G-Z]/g, '2')}${rng.hex(8).toUpperCase()}`;
  const render = (e) => {
    frame += rng.int(30, 700);
    const lines = e.ue.map(([cat, verb, msg], i) => `[${ueTime(e.t + i * rng.int(1, 40))}][${String((frame + i) % 1000).padStart(3)}]${cat}: ${verb ? `${verb}: ` : ''}${msg}`);
    return lines;
  };
  const http = (url, { headers, status = 200, size } = {}) => {
    const p = ptr();
    const out = [['LogHttp', 'Verbose', `${p}: URL='${url}'`], ['LogHttp', 'Verbose', `${p}: Verb='${url.includes('/result') || headers?.post ? 'POST' : 'GET'}'`]];
    if (headers) out.push(['LogHttp', 'Verbose', `${p}: Custom headers are ${headers.list}`]);
    out.push(['LogHttp', 'Verbose', `${p}: request has been successfully processed. URL: ${url}, HTTP code: ${status}, content length: ${size ?? rng.int(80, 9000)}, actual payload size: ${size ?? rng.int(80, 9000)}, elapsed: ${(rng.int(40, 900) / 1000).toFixed(2)}s`]);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ ue: http(`https://api.${CF}/v2/leaderboards/${rng.pick(TRACKS)}?season=7&limit=50`) }),
      () => ({ ue: [['LogCorvidOnline', 'Display', `Matchmaking ticket queued region=eu-west party=${rng.int(1, 4)} mmr=${rng.int(900, 2400)}`]] }),
      () => ({ ue: [['LogStreaming', 'Display', `Took ${(rng.int(5, 900) / 1000).toFixed(3)}s to load /Game/Tracks/${rng.pick(TRACKS)}/Map`]] }),
      () => ({ ue: [['LogCorvidUI', '', `Menu pushed: ${rng.pick(['WBP_Garage', 'WBP_TrackSelect', 'WBP_Settings', 'WBP_Livery'])}`]] }),
      () => ({ ue: [['LogNet', '', `Browse: 198.51.100.${rng.int(2, 250)}:7777/Game/Tracks/${rng.pick(TRACKS)}/Map`]] }),
    ])();
  const header = [
    `Log file open, 07/22/27 ${hmsAt(DAY0 + 17 * HOUR + 2 * MIN - 2000, BST)}`,
    "LogWindows: Failed to load 'aqProf.dll' (GetLastError=126)",
    "LogWindows: File 'aqProf.dll' does not exist",
    'LogConfig: Display: Loading Windows ini files took 0.04 seconds',
    'LogInit: Build: ++CorvidRally+Release-1.6-CL-48211',
    'LogInit: Engine Version: 5.5.4-48211+++CorvidRally+Release-1.6',
    'LogInit: Command Line:  -LogCmds="LogHttp Verbose"',
  ];
  const steps = [
    5,
    plant('negative', 'unreal-eos-product-user-id', 'none', "Epic Online Services' ProductUserId of the player (32 hex), logged when the Connect login completes: an account identifier, no credential.", ({ rng }) => {
      const puid = rng.hex(32);
      return { value: puid, event: { ue: [['LogEOS', '', `[LogEOSConnect] Connect Login Complete - ProductUserId: ${puid}`]] } };
    }),
    4,
    plant('id-token', 'unreal-loghttp-url-session-exchange-id-token', 'error', "The game trades the Epic account's ID token for a Corvid Forge session with a GET (`/v2/session/exchange?id_token=<JWT>`); FCurlHttpRequest writes the URL on its `URL='…'` line, and the line's time is UTC", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 300), alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://api.epicgames.dev/epic/oauth/v2', aud: 'xyza7891corvid', sub: rng.hex(32), act: { eaid: rng.hex(32) } } });
      return { value: token, jwt: facts, event: { ue: http(`https://api.${CF}/v2/session/exchange?id_token=${token}&platform=epic`).slice(0, 2) } };
    }),
    5,
    plant('header-dump', 'unreal-loghttp-custom-headers-authorization-bearer-jwt', 'error', "LogHttp at Verbose writes a request's custom headers on one line (`Custom headers are Authorization: Bearer <JWT>, Content-Type: …`): the game's session JWT for the race result upload, at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(300, 2400), jti: true, claims: { iss: `https://api.${CF}`, sub: `pl_${rng.alnum(12)}`, scope: 'race:write profile' } });
      const url = `https://api.${CF}/v2/races/${rng.uuid()}/result`;
      const p = ptr();
      return { value: token, jwt: facts, event: { ue: [['LogHttp', 'Verbose', `${p}: URL='${url}'`], ['LogHttp', 'Verbose', `${p}: Verb='POST'`], ['LogHttp', 'Verbose', `${p}: Custom headers are Authorization: Bearer ${token}, Content-Type: application/json`]] } };
    }),
    5,
    plant('api-key-name', 'unreal-loghttp-url-modio-api-key', 'error', `${WHY.apiKey('api_key')} The game lists community liveries from mod.io with its read-only key in the query; LogHttp writes the URL on the request's \`URL='…'\` line and again on its completion line.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { ue: http(`https://g-4817.modapi.io/v1/games/4817/mods?api_key=${key}&_limit=20&tags-in=livery`) } };
    }),
    5,
    plant('implicit-fragment', 'unreal-webbrowser-url-changed-fragment', 'error', "The in-game browser widget finishes the portal's legacy sign-in and the game logs where it landed (`Browser URL changed: https://…/oauth/done#access_token=…`) to close the widget: an implicit grant's access token in the fragment.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { ue: [['LogCorvidAuth', 'Display', `Browser URL changed: https://id.${CF}/oauth/done#access_token=${tok}&token_type=Bearer&expires_in=7200&state=${rng.b64url(16)}`]] } };
    }),
    5,
    plant('encoded', 'unreal-discord-rpc-join-secret-base64-json', 'error', "The game sets Discord Rich Presence with a join secret it builds as base64 of a JSON object holding the lobby id and the private lobby's password (`{\"lobby\":…,\"pw\":…}`); the base64 is one decoding away from the password.", ({ rng }) => {
      const blob = b64Of(JSON.stringify({ lobby: `lb_${rng.alnum(10)}`, pw: rng.alnum(14), host: `pl_${rng.alnum(12)}` }));
      return { value: blob, event: { ue: [['LogCorvidOnline', 'Verbose', `DiscordRPC SetActivity state="In lobby" partySize=3/6 joinSecret=${blob}`]] } };
    }),
    5,
    plant('path-secret', 'unreal-deep-link-verify-email-token', 'error', WHY.pathSecret('An e-mail verification link opened from the launcher (`corvidrally://` handed the web link to the game, which logs it before opening the portal: `/account/verify-email/<token>`)'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { ue: [['LogCorvidUI', 'Display', `Opening external URL https://portal.${CF}/account/verify-email/${tok}`]] } };
    }),
    5,
    plant('embed-jwt', 'unreal-webbrowser-embed-patch-notes-jwt', 'error', "The main menu loads the patch notes panel from `/embed/patch-notes/<JWT>`, a signed player view; LogHttp writes it on its `URL='…'` line at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 120), jti: true, claims: { iss: `https://api.${CF}`, sub: `pl_${rng.alnum(12)}`, view: 'patch-notes', locale: 'en-GB' } });
      return { value: token, jwt: facts, event: { ue: http(`https://news.${CF}/embed/patch-notes/${token}`).slice(0, 2) } };
    }),
    5,
    plant('negative', 'unreal-crash-report-guid', 'none', "The crash reporter's report GUID (`UECC-Windows-<32 hex>_0000`): the name of the report folder, no credential.", ({ rng }) => {
      const g = `UECC-Windows-${rng.hex(32).toUpperCase()}_0000`;
      return { value: g, event: { ue: [['LogCrashReportClient', 'Display', `Crash report ${g} queued for upload`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR + 2 * MIN, site: { host: 'game' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// latest.log: logs/latest.log of the studio's Paper 1.21 community server (Log4j2's file pattern `[HH:mm:ss] [<thread>/
// <LEVEL>]: <message>`, local time without a date or zone; a Throwable's stack follows on lines of its own, `\tat …`).
// Player chat is logged as `<name> message` on the async chat thread; NuVotifier prints its generated token once at
// first start; spark prints its profiler's viewer URL. The studio's own plugin (CorvidEvents) posts race results to a
// Discord webhook with HttpURLConnection, whose IOException names the URL.
// https://docs.papermc.io/paper/ (from memory, not fetched); Log4j2's PatternLayout as Paper configures it (from memory);
// NuVotifier's first-start message and spark's output (from memory).

function paperLog(rng) {
  const PLAYERS = ['Kestrel_88', 'gorgeous_mallard', 'Wrenfield', 'PixelRook', 'tidewarden'];
  const render = (e) => e.mc.map(([thread, lvl, msg]) => (thread === null ? msg : `[${hmsAt(e.t, BST)}] [${thread}/${lvl}]: ${msg}`));
  const chat = (name, msg) => [`Async Chat Thread - #${rng.int(0, 9)}`, 'INFO', `<${name}> ${msg}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ mc: [chat(rng.pick(PLAYERS), rng.pick(['gg', 'anyone up for Clifton?', 'lag spike?', 'nice drift lol', 'brb']))] }),
      () => ({ mc: [['Server thread', 'INFO', `${rng.pick(PLAYERS)} lost connection: Disconnected`]] }),
      () => ({ mc: [['Server thread', 'INFO', `[CorvidEvents] Race ${rng.pick(TRACKS)} finished: 1st ${rng.pick(PLAYERS)} ${rng.int(61, 99)}.${digits(rng, 3)}s`]] }),
      () => ({ mc: [['Server thread', 'INFO', `${rng.pick(PLAYERS)}[/203.0.113.${rng.int(2, 250)}:${rng.int(40000, 65000)}] logged in with entity id ${rng.int(100, 9000)} at ([world]${rng.int(-200, 200)}.5, 64.0, ${rng.int(-200, 200)}.5)`]] }),
    ])();
  const header = [
    `[${hmsAt(DAY0 + 16 * HOUR, BST)}] [ServerMain/INFO]: Environment: Environment[sessionHost=https://sessionserver.mojang.com, servicesHost=https://api.minecraftservices.com, name=PROD]`,
    `[${hmsAt(DAY0 + 16 * HOUR, BST)}] [ServerMain/INFO]: Loaded 1290 recipes`,
    `[${hmsAt(DAY0 + 16 * HOUR + 4000, BST)}] [Server thread/INFO]: Starting minecraft server version 1.21.4`,
    `[${hmsAt(DAY0 + 16 * HOUR + 4000, BST)}] [Server thread/INFO]: Starting Minecraft server on *:25565`,
    `[${hmsAt(DAY0 + 16 * HOUR + 4000, BST)}] [Server thread/INFO]: This server is running Paper version 1.21.4-232-main@4f6bb93 (2027-06-30T18:22:10Z) (Implementing API version 1.21.4-R0.1-SNAPSHOT)`,
  ];
  const steps = [
    2,
    plant('api-key-name', 'paper-nuvotifier-first-start-token', 'error', `${WHY.apiKey('token')} NuVotifier prints the token it generated at its first start, which voting sites use to sign the votes they send: whoever reads the log can forge votes (and their rewards) until it is changed.`, ({ rng }) => {
      const tok = rng.chars('0123456789abcdefghijklmnopqrstuv', 26);
      return { value: tok, event: { mc: [['Server thread', 'INFO', '[Votifier] ------------------------------------------------------------------------------'], ['Server thread', 'INFO', `[Votifier] Your default Votifier token is ${tok}.`], ['Server thread', 'INFO', '[Votifier] You will need to provide this token when you submit your server to a voting'], ['Server thread', 'INFO', '[Votifier] list.'], ['Server thread', 'INFO', '[Votifier] ------------------------------------------------------------------------------']] } };
    }),
    3,
    plant('negative', 'paper-uuid-of-player', 'none', "The `UUID of player … is …` line of a login: the player's Mojang profile id, public, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { mc: [['User Authenticator #2', 'INFO', `UUID of player Wrenfield is ${u}`]] } };
    }),
    4,
    plant('oauth-code', 'paper-chat-twitch-link-callback-code', 'warning', `${WHY.code} A player pastes into the server chat the address their browser showed when linking Twitch to their Corvid Forge account failed (\`/link/twitch/callback?code=…&scope=…&state=…\`), and Paper logs chat.`, ({ rng }) => {
      const code = lowerNum(rng, 30);
      return { value: code, event: { mc: [chat('Kestrel_88', `linking twitch says invalid code?? https://portal.${CF}/link/twitch/callback?code=${code}&scope=user%3Aread%3Aemail&state=${rng.b64url(22)}`)] } };
    }),
    4,
    plant('webhook', 'paper-ioexception-for-url-discord-webhook', 'error', WHY.webhook("CorvidEvents posts race results with HttpURLConnection; Discord answered 429 and the plugin's warning prints the IOException, whose message ends `for URL: https://discord.com/api/webhooks/<id>/<token>`"), ({ rng }) => {
      const tok = rng.b64url(68);
      return { value: tok, event: { mc: [['Craft Scheduler Thread - 14 - CorvidEvents', 'WARN', `[CorvidEvents] Could not post race result: java.io.IOException: Server returned HTTP response code: 429 for URL: https://discord.com/api/webhooks/${digits(rng, 19)}/${tok}`], [null, null, '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2014)'], [null, null, '\tat java.base/sun.net.www.protocol.https.HttpsURLConnectionImpl.getInputStream(HttpsURLConnectionImpl.java:223)'], [null, null, '\tat CorvidEvents-2.3.1.jar//com.corvidforge.events.DiscordPoster.post(DiscordPoster.java:58)']] } };
    }),
    4,
    plant('path-secret', 'paper-chat-password-reset-link', 'error', WHY.pathSecret('A player pastes the portal password reset link from their e-mail into the chat to ask why it fails (`/account/reset/<token>`); Paper logs chat'), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { mc: [chat('gorgeous_mallard', `does this work for anyone https://portal.${CF}/account/reset/${tok}`)] } };
    }),
    4,
    plant('implicit-fragment', 'paper-chat-pasted-fragment-access-token', 'error', "A player pastes the address the launcher's browser sign-in ended on (`/oauth/done#access_token=…`) into the chat to show a moderator an error page; Paper logs chat, fragment included.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { mc: [chat('PixelRook', `@mod it just shows blank https://id.${CF}/oauth/done#access_token=${tok}&token_type=Bearer&expires_in=7200`)] } };
    }),
    3,
    plant('negative', 'paper-spark-profiler-viewer-url', 'none', "spark's profiler viewer address (`https://spark.lucko.me/<id>`), printed after `/spark profiler --stop`: a public share id of a performance report, no credential.", ({ rng }) => {
      const id = rng.alnum(10);
      return { value: id, event: { mc: [['Server thread', 'INFO', '[⚡] Profiler stopped & upload complete!'], ['Server thread', 'INFO', `[⚡] https://spark.lucko.me/${id}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR + 3 * MIN, site: { host: 'mc' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// helm-deploy-backend.log: the deploy step of the studio's CI, `helm upgrade --install … --debug 2>&1 | tee
// helm-deploy-backend.log`: Helm 3's debug lines (`<file>.go:<line>: [debug] …`, no time), the OCI pull (`Pulled:`,
// `Digest:`), then the release as the status printer writes it in debug mode: NAME, LAST DEPLOYED (local time of the
// runner, UTC, in Go's ANSIC layout), NAMESPACE, STATUS, REVISION, `USER-SUPPLIED VALUES:` and `COMPUTED VALUES:` as YAML
// (keys sorted), `HOOKS:` and `MANIFEST:` with each rendered template after `---` and `# Source: …`. The values file
// holds the production settings, so each value is written in both values dumps and again where a template renders it.
// https://helm.sh/docs/helm/helm_upgrade/ (from memory, not fetched: --debug); the status printer's debug sections from
// memory of helm's cmd/helm/status.go (not read).

function helmLog(rng) {
  const render = (e) => e.lines;
  const filler = () => ({ lines: [] });
  const dbg = (f, l, m) => `${f}.go:${l}: [debug] ${m}`;
  const steps = [
    plant('webhook', 'helm-debug-values-and-configmap-slack-webhook', 'error', WHY.webhook('A Slack incoming webhook for deploy and alert messages, set in the production values (`alerts.slackWebhookUrl`)'), ({ rng, t }) => {
      const slackSecret = rng.alnum(24);
      const slack = `https://hooks.slack.com/services/T0${upperNum(rng, 8)}/B0${upperNum(rng, 9)}/${slackSecret}`;
      const pw = rng.alnum(24);
      const dsn = `postgres://backend:${pw}@db-prod.internal:5432/corvid?sslmode=require`;
      const gaKey = rng.hex(40);
      const dockerAuth = b64Of(`ci-pull:${rng.alnum(32)}`);
      const dockercfg = b64Of(JSON.stringify({ auths: { [`registry.${CF}`]: { auth: dockerAuth } } }));
      const basic = b64Of(`leaderboard-sync:${rng.alnum(20)}`);
      const digest = rng.hex(64);
      const checksum = rng.hex(64);
      const d = new Date(t);
      const ansic = `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(t).slice(11, 19)} ${d.getUTCFullYear()}`;
      const values = (computed) => [
        'alerts:',
        `  slackWebhookUrl: ${slack}`,
        'config:',
        `  databaseUrl: postgres://backend:${pw}@db-prod.internal:5432/corvid?sslmode=require`,
        `  gameanalyticsSecretKey: ${gaKey}`,
        ...(computed ? ['  logLevel: info'] : []),
        'image:',
        ...(computed ? ['  pullPolicy: IfNotPresent', `  repository: registry.${CF}/backend`] : []),
        '  tag: 3.8.1',
        'imagePullSecret:',
        `  dockerconfigjson: ${dockercfg}`,
        'ingress:',
        ...(computed ? ['  className: nginx'] : []),
        `  host: api.${CF}`,
        `  leaderboardAuthHeader: Basic ${basic}`,
        'replicaCount: 3',
        ...(computed ? ['resources:', '  limits:', '    memory: 512Mi', '  requests:', '    cpu: 250m', '    memory: 256Mi'] : []),
      ];
      const lines = [
        `$ helm upgrade --install backend oci://registry.${CF}/charts/backend --version 3.8.1 --namespace prod -f values-prod.yaml --wait --debug`,
        dbg('history', 56, 'getting history for release backend'),
        `Pulled: registry.${CF}/charts/backend:3.8.1`,
        `Digest: sha256:${digest}`,
        dbg('upgrade', 164, 'preparing upgrade for backend'),
        dbg('upgrade', 172, 'performing update for backend'),
        dbg('upgrade', 375, 'creating upgraded release for backend'),
        dbg('client', 173, 'checking 6 resources for changes'),
        dbg('client', 436, 'Looks like there are no changes for Service "backend"'),
        dbg('client', 445, 'Patch ConfigMap "backend-config" in namespace prod'),
        dbg('client', 445, 'Patch Deployment "backend" in namespace prod'),
        dbg('upgrade', 443, 'waiting for release backend resources (created: 0 updated: 6  deleted: 0)'),
        dbg('wait', 66, 'beginning wait for 6 resources with timeout of 5m0s'),
        dbg('ready', 303, 'Deployment is not ready: prod/backend. 1 out of 3 expected pods are ready'),
        dbg('ready', 303, 'Deployment is not ready: prod/backend. 2 out of 3 expected pods are ready'),
        dbg('upgrade', 160, 'updating status for upgraded release for backend'),
        'Release "backend" has been upgraded. Happy Helming!',
        'NAME: backend',
        `LAST DEPLOYED: ${ansic}`,
        'NAMESPACE: prod',
        'STATUS: deployed',
        'REVISION: 42',
        'USER-SUPPLIED VALUES:',
        ...values(false),
        '',
        'COMPUTED VALUES:',
        ...values(true),
        '',
        'HOOKS:',
        'MANIFEST:',
        '---',
        '# Source: backend/templates/pull-secret.yaml',
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: backend-pull',
        'type: kubernetes.io/dockerconfigjson',
        'data:',
        `  .dockerconfigjson: ${dockercfg}`,
        '---',
        '# Source: backend/templates/secret.yaml',
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: backend-secrets',
        'type: Opaque',
        'stringData:',
        `  DATABASE_URL: "${dsn}"`,
        `  GAMEANALYTICS_SECRET_KEY: "${gaKey}"`,
        '---',
        '# Source: backend/templates/configmap.yaml',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: backend-config',
        'data:',
        '  LOG_LEVEL: "info"',
        `  SLACK_WEBHOOK_URL: "${slack}"`,
        '---',
        '# Source: backend/templates/service.yaml',
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: backend',
        'spec:',
        '  ports:',
        '    - port: 80',
        '      targetPort: 8080',
        '  selector:',
        '    app: backend',
        '---',
        '# Source: backend/templates/deployment.yaml',
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: backend',
        'spec:',
        '  replicas: 3',
        '  template:',
        '    metadata:',
        '      annotations:',
        `        checksum/config: ${checksum}`,
        '    spec:',
        '      imagePullSecrets:',
        '        - name: backend-pull',
        '      containers:',
        '        - name: backend',
        `          image: "registry.${CF}/backend:3.8.1"`,
        '          envFrom:',
        '            - configMapRef:',
        '                name: backend-config',
        '            - secretRef:',
        '                name: backend-secrets',
        '---',
        '# Source: backend/templates/ingress.yaml',
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata:',
        '  name: backend',
        '  annotations:',
        '    nginx.ingress.kubernetes.io/configuration-snippet: |',
        '      location /internal/leaderboard-sync {',
        `        proxy_set_header Authorization "Basic ${basic}";`,
        '      }',
        'spec:',
        '  ingressClassName: nginx',
        '  rules:',
        `    - host: api.${CF}`,
        '',
      ];
      return {
        event: { lines },
        marks: [
          { value: slackSecret, needle: slackSecret },
          { category: 'framework-dump', kind: 'helm-debug-values-database-url-password', expect: 'error', value: pw, why: "Helm in debug mode prints the release's values: the production database URL holds the database password (`postgres://backend:<password>@…`) in `USER-SUPPLIED VALUES`, again in `COMPUTED VALUES` and in the Secret's `stringData` in `MANIFEST`: a configuration dump with a password." },
          { category: 'api-key-name', kind: 'helm-debug-values-gameanalytics-secret-key', expect: 'error', value: gaKey, why: `${WHY.apiKey('gameanalyticsSecretKey')} The game analytics secret key signs every event the backend sends; Helm's debug output prints it in both values dumps and in the Secret's \`stringData\`.` },
          { category: 'encoded', kind: 'helm-debug-values-dockerconfigjson-base64-auth', expect: 'error', value: dockercfg, why: 'A `.dockerconfigjson` given as base64 in the values and written in both dumps and the pull Secret: base64 of `{"auths":{"registry…":{"auth":"<base64 user:password>"}}}`, the registry password two decodings away.' },
          { category: 'header-dump', kind: 'helm-debug-ingress-snippet-authorization-basic', expect: 'error', value: basic, why: "An Ingress annotation's nginx snippet sets `Authorization \"Basic <base64>\"` for the leaderboard sync route; the values hold the header value and Helm's MANIFEST renders it into the annotation: a Basic credential (`user:password`)." },
          { category: 'negative', kind: 'helm-oci-pull-digest', expect: 'none', value: digest, why: "The chart's OCI manifest digest (`Digest: sha256:…`): a content hash, no credential." },
          { category: 'negative', kind: 'helm-manifest-checksum-config-annotation', expect: 'none', value: checksum, why: 'The `checksum/config` annotation a chart sets to roll pods when the config changes: a SHA-256 of rendered templates, no credential.' },
        ],
      };
    }),
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 41 * MIN, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// superset_app.log: `docker logs superset_app` of Apache Superset 4.1 started by docker/run-server.sh: gunicorn's access
// log on stdout in its default format (`%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"`, UTC) beside
// Superset's logging with its default LOG_FORMAT `%(asctime)s:%(levelname)s:%(name)s:%(message)s` (local time of the
// container, UTC, without a zone) at DEBUG, Flask-AppBuilder's OAuth debug messages included. Superset writes a
// database URI with its password masked as `XXXXXXXXXX`.
// https://superset.apache.org/docs/configuration/configuring-superset (from memory, not fetched: LOG_FORMAT, LOG_LEVEL);
// docker/run-server.sh of apache/superset (from memory); Flask-AppBuilder's `OAUTH Authorized resp:` debug message (from
// memory of flask_appbuilder/security/views.py).

function supersetLog(rng) {
  const asc = (t) => `${ymdHmsAt(t, 0)},${msPart(t)}`;
  const render = (e) => {
    if (e.app) return e.app.map(([lvl, name, msg]) => `${asc(e.t)}:${lvl}:${name}:${msg}`);
    return [`${e.ip} - ${e.user ?? '-'} [${clf(e.t, 0)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `/api/v1/chart/${rng.int(10, 300)}/data/`, query: `format=json&force=false`, referer: `https://bi.${CF}/superset/dashboard/${rng.int(1, 40)}/`, ip: lan(rng, '172.18') }),
      () => ({ method: 'GET', path: `/static/assets/${rng.pick(['spa', 'menu', 'theme'])}.${rng.hex(20)}.entry.js`, ip: lan(rng, '172.18') }),
      () => ({ app: [['DEBUG', 'superset.stats_logger', `[stats_logger] (incr) log_this_with_context`]] }),
      () => ({ app: [['INFO', 'superset.commands.chart.data.get_data_command', `Cache key: ${rng.hex(32)}`]] }),
      () => ({ method: 'POST', path: '/api/v1/chart/data', query: `form_data=%7B%22slice_id%22%3A${rng.int(10, 300)}%7D&dashboard_id=${rng.int(1, 40)}`, referer: `https://bi.${CF}/superset/dashboard/${rng.int(1, 40)}/`, ip: lan(rng, '172.18') }),
    ])();
  const steps = [
    5,
    plant('negative', 'superset-gunicorn-embedded-dashboard-uuid', 'none', "An embedded dashboard's page (`/embedded/<uuid>`): the uuid names the dashboard and is public by design; the embedding site passes a guest token separately, not in this URL.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { method: 'GET', path: `/embedded/${u}`, query: 'uiConfig=8', referer: `https://community.${CF}/stats`, ua: BROWSERS[0], ip: lan(rng, '172.18') } };
    }),
    5,
    plant('oauth-code', 'superset-gunicorn-oauth-authorized-google-code', 'warning', `${WHY.code} Flask-AppBuilder's Google sign-in returns to \`/oauth-authorized/google?state=…&code=4/0A…\`, and gunicorn's access log in the Superset container writes the request line whole.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, event: { method: 'GET', path: '/oauth-authorized/google', query: `state=${rng.alnum(30)}&code=${code}&scope=email+profile+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.email+openid+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.profile&authuser=0&hd=${CF}&prompt=none`, status: 302, referer: 'https://accounts.google.com/', ua: BROWSERS[1], ip: lan(rng, '172.18') } };
    }),
    1,
    plant('refresh-token', 'superset-fab-oauth-authorized-resp-refresh-token', 'error', `${WHY.refresh} Superset logs at DEBUG, so Flask-AppBuilder writes the whole token response of the Google sign-in (\`OAUTH Authorized resp: {…}\`) as a Python dict: Google's refresh token (\`1//0…\`, requested with \`access_type=offline\`) is in it.`, ({ rng, t }) => {
      const rt = `1//0${rng.b64url(100)}`;
      return { value: rt, event: { app: [['DEBUG', 'flask_appbuilder.security.views', 'Authorized init'], ['DEBUG', 'flask_appbuilder.security.views', `OAUTH Authorized resp: ${pyDict({ access_token: `ya29.${rng.b64url(160)}`, expires_in: 3599, refresh_token: rt, scope: 'https://www.googleapis.com/auth/userinfo.profile https://www.googleapis.com/auth/userinfo.email', token_type: 'Bearer', expires_at: Math.floor(t / 1000) + 3599 })}`]] } };
    }),
    5,
    plant('api-key-name', 'superset-sql-lab-clickhouse-http-exception-url-apikey', 'error', `${WHY.apiKey('apikey')} A SQL Lab query reads a partner export through ClickHouse's \`url()\` table function; the export answered 401 and Superset logs ClickHouse's error, which names the remote URL with its key.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { app: [['WARNING', 'superset.sql_lab', `Query ${rng.int(1000, 9999)}: Code: 86. DB::HTTPException: Received error from remote server https://exports.retention-partner.example/v1/daily.csv?apikey=${key}&date=2027-07-21. HTTP status code: 401 Unauthorized, body: {"error":"expired key"}. (RECEIVED_ERROR_FROM_REMOTE_IO_SERVER) (version 24.8.4.13 (official build))`]] } };
    }),
    5,
    plant('negative', 'superset-masked-database-uri', 'none', "Superset writes a database URI with its password replaced by `XXXXXXXXXX` (its password mask): no credential.", () => ({ value: 'superset:XXXXXXXXXX@', event: { app: [['ERROR', 'superset.views.base', '(psycopg2.OperationalError) connection to server at "analytics-db" (172.18.0.9), port 5432 failed: timeout expired; uri=postgresql+psycopg2://superset:XXXXXXXXXX@analytics-db:5432/analytics']] } })),
    5,
    plant('framework-dump', 'superset-immutablemultidict-share-token', 'error', "A custom view of the studio rejects a CSV export and logs `request.args`, which Werkzeug writes as `ImmutableMultiDict([('k', 'v'), …])`: the community dashboard's `share_token` is in the dump.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { app: [['WARNING', 'superset.views.corvid_export', `Rejected CSV export, args: ImmutableMultiDict([('form_data_key', '${rng.b64url(43)}'), ('share_token', '${tok}'), ('format', 'csv')])`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR + 12 * MIN, site: { host: 'bi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// uptime-kuma.log: `docker logs uptime-kuma` of Uptime Kuma 1.23 run with debug logging: `<dayjs().format()>
// [<MODULE>] <LEVEL>: <message>`, the time with its offset (the container's TZ is Europe/London); at debug an HTTP
// monitor writes `[<name>] Axios Options: <JSON>` before each check, with the URL and the monitor's custom headers.
// https://github.com/louislam/uptime-kuma/wiki (from memory, not fetched); the log line and the `Axios Options` debug
// message from memory of server/src/util.ts and server/model/monitor.js (not read).

function uptimeKumaLog(rng) {
  const tz = (t) => `${local(t, BST).slice(0, 19)}+01:00`;
  const render = (e) => e.kuma.map(([mod, lvl, msg]) => `${tz(e.t)} [${mod}] ${lvl}: ${msg}`);
  const opts = (name, url, headers = {}) => ['MONITOR', 'DEBUG', `[${name}] Axios Options: ${JSON.stringify({ url, method: 'get', timeout: 48000, headers: { Accept: '*/*', 'User-Agent': 'Uptime-Kuma/1.23.16', ...headers }, httpsAgent: { _events: {}, _eventsCount: 2, defaultPort: 443, protocol: 'https:', options: { rejectUnauthorized: true, path: null } }, maxRedirects: 10 })}`];
  const filler = (rng) =>
    rng.pick([
      () => { const n = rng.pick(['Website', 'Portal', 'Patch CDN']); return { kuma: [opts(n, `https://${rng.pick(['www', 'portal', 'patch'])}.${CF}/`), ['MONITOR', 'DEBUG', `[${n}] Axios Request`]] }; },
      () => ({ kuma: [['MONITOR', 'WARN', `Monitor #${rng.int(2, 14)} 'Matchmaker eu-west': Failing: timeout of 48000ms exceeded | Interval: 60 seconds | Type: http | Down Count: 0 | Resend Interval: 0`]] }),
      () => ({ kuma: [['MONITOR', 'DEBUG', `[Leaderboard API] Check Apicache`]] }),
      () => ({ kuma: [['SERVER', 'DEBUG', 'Clear cache']] }),
    ])();
  const steps = [
    4,
    plant('header-dump', 'uptime-kuma-axios-options-authorization-bearer-jwt-no-exp', 'error', "The debug `Axios Options` of an HTTP monitor holds its custom headers as JSON: a service token for the admin API (`Authorization: Bearer <JWT>`) minted without `exp`; Uptime Kuma's time has its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(30 * 86400, 90 * 86400), claims: { iss: `https://api.${CF}`, sub: 'svc_uptime', scope: 'admin:health' } });
      return { value: token, jwt: facts, event: { kuma: [opts('Admin API', `https://api.${CF}/admin/health`, { Authorization: `Bearer ${token}` })] } };
    }),
    4,
    plant('negative', 'uptime-kuma-axios-options-if-none-match-etag', 'none', "An `If-None-Match` ETag in a monitor's custom headers: a hash of the page version, no credential.", ({ rng }) => {
      const etag = rng.hex(32);
      return { value: etag, event: { kuma: [opts('Patch manifest', `https://patch.${CF}/live/manifest.json`, { 'If-None-Match': `W/"${etag}"` })] } };
    }),
    4,
    plant('api-key-name', 'uptime-kuma-axios-options-url-monitoring-key', 'error', `${WHY.apiKey('monitoring_key')} A monitor of the matchmaker's status endpoint carries the endpoint's key in its URL; the debug \`Axios Options\` write the URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { kuma: [opts('Matchmaker eu-west', `https://mm-euw.${CF}/status?monitoring_key=${key}`)] } };
    }),
    4,
    plant('session-id', 'uptime-kuma-axios-options-cookie-session', 'error', WHY.session("A keyword monitor of the portal's account page sends a staff account's session cookie as a custom header (`Cookie: cf_session=…`), written in the debug `Axios Options`"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { kuma: [opts('Portal account page', `https://portal.${CF}/account`, { Cookie: `cf_session=${sid}; cf_lang=en-GB` })] } };
    }),
    4,
    plant('implicit-fragment', 'uptime-kuma-axios-options-url-fragment-access-token', 'error', "A monitor's URL was pasted from a browser after a sign-in, fragment included (`/dashboard#access_token=…`); axios never sends the fragment, but the debug `Axios Options` write the URL as configured.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { kuma: [opts('Community stats', `https://community.${CF}/dashboard#access_token=${tok}&token_type=Bearer&expires_in=7200`)] } };
    }),
    4,
    plant('negative', 'uptime-kuma-axios-options-traceparent', 'none', "A `traceparent` header a monitor sends to follow its checks in tracing: a W3C trace id, no credential.", ({ rng }) => {
      const tr = rng.hex(32);
      return { value: tr, event: { kuma: [opts('Leaderboard API', `https://api.${CF}/v2/leaderboards/Clifton?limit=1`, { traceparent: `00-${tr}-${rng.hex(16)}-01` })] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 30 * MIN, site: { host: 'kuma' }, filler, render, steps });
}

// =====================================================================================================================
// Nooluur (Mongolian; Ulaanbaatar: UTC+8)
// =====================================================================================================================

const NL = 'nooluur.example';

// ---------------------------------------------------------------------------------------------------------------------
// cdn-shop.nooluur.example-2027072210.log: Baidu AI Cloud CDN access logs of the shop (its Chinese customers are served
// through it), one request a line with the documented fields in their order: client_ip, log_level, `-`, host, time_local
// (`[dd/Mon/yyyy:HH:mm:ss +0800]`), request_time_ms, request (`"<method> <uri> <proto>"`), status, bytes_sent,
// body_bytes_sent, referer, cookie, user_agent, x_forwarded_for (quoted), connection_id, udf_hit, server_ip. The CDN
// accelerates the whole site, so dynamic pages and the wholesale portal's links pass through it.
// https://cloud.baidu.com/doc/CDN/s/Rk424ulho-en (read through search: the fields and their order); the separators and
// quoting from memory of nginx-style CDN logs (not documented on that page).

function baiduCdnLog(rng) {
  const render = (e) => [`${e.ip} 1 - ${e.vhost ?? `shop.${NL}`} [${clf(e.t, ULAT)}] ${e.ms} "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes + 320} ${e.bytes} "${e.referer}" "${e.cookie ?? '-'}" "${e.ua}" "-" ${e.conn ?? rng.hex(32)} ${e.hit ?? 'MISS'} 180.76.${rng.int(1, 200)}.${rng.int(2, 250)}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/baraa/${rng.pick(['tsamts-saaral', 'oroolt-tsagaan', 'malgai-khar', 'beelii-bor'])}`, referer: `https://shop.${NL}/`, hit: 'MISS' }),
      () => ({ path: `/static/img/${rng.hex(12)}.webp`, hit: 'HIT', referer: `https://shop.${NL}/baraa/tsamts-saaral` }),
      () => ({ path: '/api/sags', method: 'GET', hit: 'MISS', referer: `https://shop.${NL}/sags`, cookie: `_ga=GA1.1.${digits(rng, 9)}.${digits(rng, 10)}` }),
      () => ({ path: `/zh/baraa/${rng.pick(['tsamts-saaral', 'oroolt-tsagaan'])}`, referer: 'https://www.baidu.com/', ua: BROWSERS[4] }),
    ])();
  const steps = [
    4,
    plant('negative', 'baidu-cdn-css-cache-buster', 'none', 'A stylesheet with a cache buster (`?v=<hash>`): a content hash of the build, no credential.', ({ rng }) => {
      const v = rng.hex(20);
      return { value: v, event: { path: '/static/css/app.css', query: `v=${v}`, hit: 'HIT', referer: `https://shop.${NL}/` } };
    }),
    4,
    plant('session-id', 'baidu-cdn-cookie-field-kholbolt', 'error', WHY.session("Baidu CDN's log has a `cookie` field with the request's whole Cookie header: the shop's session cookie `kholbolt` (\"connection\", the shop's name for its session) is there"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { method: 'POST', path: '/sags/nemekh', status: 200, cookie: `kholbolt=${sid}; khel=mn; _ga=GA1.1.${digits(rng, 9)}.${digits(rng, 10)}`, referer: `https://shop.${NL}/baraa/oroolt-tsagaan`, ua: BROWSERS[2] } };
    }),
    4,
    plant('id-token', 'baidu-cdn-request-garakh-id-token-hint', 'error', "Signing out (`/garakh?id_token_hint=<JWT>`, \"sign out\") passes the ID token through the CDN, whose line has its time with `+0800`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(200, 2400), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://id.${NL}/realms/delguur`, aud: 'delguur-web', sub: rng.uuid(), typ: 'ID' } });
      return { value: token, jwt: facts, event: { path: '/garakh', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fshop.${NL}%2F`, status: 302, referer: `https://shop.${NL}/minii-zakhialga`, ua: BROWSERS[0] } };
    }),
    4,
    plant('replay', 'baidu-cdn-request-neg-udaagiin-tasalbar', 'note', WHY.ticketFirst('A single-use download ticket (`neg_udaagiin_tasalbar`, "one-time ticket") for the wholesale autumn catalogue PDF, e-mailed to a buyer. The ticket is'), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.katalog = t;
      return { value: tk, event: { path: '/buuniy/katalog/2027-namar.pdf', query: `neg_udaagiin_tasalbar=${tk}`, status: 200, bytes: rng.int(4000000, 9000000), referer: '-', ua: BROWSERS[1], ip: '202.131.237.44' } };
    }, { ref: 'katalog' }),
    3,
    plant('replay', 'baidu-cdn-request-neg-udaagiin-tasalbar', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('katalog').value, why: `${WHY.replay('neg_udaagiin_tasalbar', gap('katalog', t))} Another client (a Beijing address, another browser) downloaded the same catalogue with the same ticket and the CDN fetched it from the origin, which answered 200 again: the ticket was not spent.` }], event: { path: '/buuniy/katalog/2027-namar.pdf', query: `neg_udaagiin_tasalbar=${refs.get('katalog').value}`, status: 200, bytes: rng.int(4000000, 9000000), referer: '-', ua: BROWSERS[0], ip: '203.0.113.188' } }), { replayOf: 'katalog', after: 142 }),
    4,
    plant('path-secret', 'baidu-cdn-request-buuniy-urilga-token', 'error', WHY.pathSecret('A wholesale portal invitation (`/buuniy/urilga/<token>/batalgaajuulakh`, "wholesale/invitation/…/confirm") opened by a buyer in Hohhot'), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { path: `/buuniy/urilga/${tok}/batalgaajuulakh`, status: 200, referer: 'https://mail.qq.com/', ua: BROWSERS[0], ip: '203.0.113.61' } };
    }),
    4,
    plant('embed-jwt', 'baidu-cdn-request-embed-borluulalt-jwt-expired', 'note', "The sales dashboard's embedded chart (`/embed/borluulalt/<JWT>`, \"sales\") reloaded from a tab left open three days after its token expired; the CDN line has its time with `+0800`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: 3 * 86400 + rng.int(600, 7200), jti: true, claims: { iss: `https://tailan.${NL}`, dashboard: 'borluulalt-7khonog', sub: 'buuniy-3021' } });
      return { value: token, jwt: facts, event: { path: `/embed/borluulalt/${token}`, status: 401, referer: `https://buuniy.${NL}/tailan`, ua: BROWSERS[0] } };
    }),
    4,
    plant('encoded', 'baidu-cdn-cookie-percent-encoded-json-token', 'error', "The wholesale portal keeps its API token in a cookie holding percent-encoded JSON (`nooluur_auth=%7B%22token%22%3A%22…%22%7D`), which Baidu CDN's `cookie` field keeps as sent: one decoding away.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { path: '/api/buuniy/zakhialga', query: 'khuudas=2', cookie: `khel=zh; nooluur_auth=%7B%22token%22%3A%22${tok}%22%2C%22role%22%3A%22buyer%22%7D`, referer: `https://buuniy.${NL}/zakhialga`, ua: BROWSERS[0], vhost: `buuniy.${NL}` } };
    }),
    4,
    plant('negative', 'baidu-cdn-connection-id', 'none', "Baidu CDN's `connection_id` of one request: a request identifier, no credential.", ({ rng }) => {
      const c = rng.hex(32);
      return { value: c, event: { path: '/', conn: c, referer: 'https://www.baidu.com/', ua: BROWSERS[4] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR + 5 * MIN, site: { host: 'shop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// redash.log: `docker compose logs --no-log-prefix server worker` of a Redash 10 install, both services with Redash's
// log format `[%(asctime)s][PID:%(process)d][%(levelname)s][%(name)s] %(message)s` (UTC container time without a zone):
// the server's `metrics` line per request (`method=… path=… endpoint=… status=… content_type=… content_length=…
// duration=… query_count=… query_duration=…`, the path without its query), the worker's enqueue message and RQ's job
// lines (`<queue>: <func>(<args repr>) (<job id>)`), a JSON data source query written as YAML in the job's arguments.
// redash/metrics/request.py and redash/tasks/queries/execution.py of getredash/redash (from memory, not read); RQ's
// worker messages (from memory).

function redashLog(rng) {
  const asc = (t) => `${ymdHmsAt(t, 0)},${msPart(t)}`;
  const render = (e) => e.rd.map(([pid, lvl, name, msg]) => `[${asc(e.t)}][PID:${pid}][${lvl}][${name}] ${msg}`);
  const metric = (path, endpoint, status = 200) => [rng.pick([14, 15, 17]), 'INFO', 'metrics', `method=GET path=${path} endpoint=${endpoint} status=${status} content_type=${status === 200 ? 'application/json' : 'text/html; charset=utf-8'} content_length=${rng.int(120, 90000)} duration=${(rng.int(200, 90000) / 100).toFixed(2)} query_count=${rng.int(1, 9)} query_duration=${(rng.int(50, 3000) / 100).toFixed(2)}`];
  const job = (query, meta, jobId) => [9, 'INFO', 'rq.worker', `queries: redash.tasks.queries.execution.execute_query(${pyStr(query)}, 4, ${pyDict(meta)}, is_api_key=False, scheduled_query_id=None, user_id=${rng.int(2, 30)}) (${jobId ?? rng.uuid()})`];
  const filler = (rng) =>
    rng.pick([
      () => ({ rd: [metric(`/api/queries/${rng.int(10, 90)}/results.json`, 'query_results')] }),
      () => ({ rd: [metric(`/api/dashboards/${rng.pick(['borluulalt', 'nooluur-uildver', 'aguulakh'])}`, 'dashboard')] }),
      () => ({ rd: [metric('/api/session', 'redash_session')] }),
      () => ({ rd: [[9, 'INFO', 'rq.worker', `Job OK (${rng.uuid()})`]] }),
      () => ({ rd: [[9, 'INFO', 'rq.worker', 'periodic: redash.tasks.refresh_queries()']] }),
    ])();
  const steps = [
    4,
    plant('path-secret', 'redash-metrics-path-reset-token', 'error', WHY.pathSecret("Redash's password reset link (`/reset/<token>`) opened by an analyst; the `metrics` line writes `request.path`, which is where Redash puts the token"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { rd: [metric(`/reset/${tok}`, 'redash.reset')] } };
    }),
    4,
    plant('negative', 'redash-enqueue-query-hash', 'none', "The query hash Redash keys its result cache and job lock with (`Inserting job for <md5>`): an MD5 of the query text, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { rd: [[9, 'INFO', 'redash.tasks.queries.execution', `Inserting job for ${h} with metadata={'Username': 'Scheduled', 'query_id': ${rng.int(10, 90)}}`]] } };
    }),
    4,
    plant('api-key-name', 'redash-rq-job-description-json-query-tulkhuur', 'error', `${WHY.apiKey('tulkhuur')} A query of Redash's JSON data source is YAML (\`url:\`, \`headers:\`); RQ's job line writes the query text as the first argument, so the courier API's key (\`tulkhuur\`, "key") in the URL is in the worker's log.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { rd: [job(`url: https://api.shuudan-partner.example/v2/ilgeemj?tulkhuur=${key}&ognoo=2027-07-21\npath: ilgeemjuud\nfields: [dugaar, tuluv, khot]`, { Username: 'ts.bolor@nooluur.example', query_id: 57 })] } };
    }),
    4,
    plant('session-id', 'redash-rq-job-description-json-query-cookie-kholbolt', 'error', WHY.session("An analyst's JSON data source query reads the shop's admin API with her own session cookie in `headers:` (`Cookie: kholbolt=…`); RQ's job line writes the query text"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { rd: [job(`url: https://shop.${NL}/admin/api/butsaalt?khuudas=1\nheaders: {Cookie: "kholbolt=${sid}"}\npath: items`, { Username: 'n.enkhjin@nooluur.example', query_id: 61 })] } };
    }),
    4,
    plant('path-secret', 'redash-metrics-path-invite-token', 'error', WHY.pathSecret("Redash's invitation link (`/invite/<token>`) opened by a new shop manager; the `metrics` line's `path` holds it"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { rd: [metric(`/invite/${tok}`, 'redash.invite')] } };
    }),
    4,
    plant('negative', 'redash-rq-job-ok-id', 'none', "RQ's job id (`Job OK (<uuid>)`): an identifier of one execution, no credential.", ({ rng }) => {
      const j = rng.uuid();
      return { value: j, event: { rd: [[9, 'INFO', 'rq.worker', `queries: Job OK (${j})`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR + 40 * MIN, site: { host: 'redash' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// firebox.log: the factory office's WatchGuard Firebox T45 sending to the office's syslog server (rsyslog writes the
// traditional `Mmm dd HH:MM:SS <host>` prefix in local time): Fireware's message after the serial and its own
// `(yyyy-mm-ddTHH:MM:SS)` time, the HTTP proxy's `http-proxy[<pid>]: msg_id="1AFF-0024" Allow <src iface> <dst iface>
// tcp <src> <dst> <sport> <dport> msg="HTTP request" proxy_act="…" op="GET" dstname="<host>" arg="<path and query>"
// sent_bytes="…" rcvd_bytes="…" elapsed_time="… sec(s)" (<policy>)`; HTTPS content inspection is on for the office's
// outbound policy, so HTTPS requests are logged with their path and query too.
// https://www.watchguard.com/help/docs/help-center/en-US/Content/en-US/Fireware/logging/read_log-msg.html (read through
// search: a traffic message's layout); the HTTP request message's fields from memory of the Fireware Log Catalog (found
// through search, not read in detail).

function fireboxLog(rng) {
  const serial = `80${upperNum(rng, 11)}`;
  const render = (e) => [`${MONTHS[new Date(e.t).getUTCMonth()]} ${pad(new Date(e.t + ULAT * MIN).getUTCDate())} ${hmsAt(e.t, ULAT)} nooluur-fbx ${serial} (${local(e.t, ULAT).slice(0, 19)}) http-proxy[${e.pid ?? 2291}]: msg_id="1AFF-0024" Allow 1-Trusted 0-External tcp ${e.src ?? lan(rng, '10.20')} ${e.dst ?? `203.0.113.${rng.int(2, 250)}`} ${rng.int(40000, 65000)} ${e.dport ?? 443} msg="HTTP request" proxy_act="${e.dport === 80 ? 'HTTP-Client.Standard.1' : 'HTTPS-Client.Standard.1'}" op="${e.method}" dstname="${e.dstname}" arg="${e.path}${e.query ? `?${e.query}` : ''}" sent_bytes="${rng.int(300, 4000)}" rcvd_bytes="${e.bytes}" elapsed_time="${(rng.int(10, 2000) / 1000).toFixed(6)} sec(s)" (${e.dport === 80 ? 'HTTP-proxy-00' : 'HTTPS-proxy-00'})`];
  const filler = (rng) =>
    rng.pick([
      () => ({ dstname: 'www.google.com', path: '/search', query: `q=${rng.pick(['cashmere+yarn+price', 'dhl+mongolia', 'noos+ugaalga'])}` }),
      () => ({ dstname: `shop.${NL}`, path: `/baraa/${rng.pick(['tsamts-saaral', 'malgai-khar'])}` }),
      () => ({ dstname: 'update.microsoft.com', path: '/v6/ClientWebService/client.asmx', method: 'POST' }),
      () => ({ dstname: 'www.facebook.com', path: '/', query: '' }),
    ])();
  const steps = [
    4,
    plant('api-key-name', 'firebox-http-proxy-arg-tulkhuur', 'error', `${WHY.apiKey('tulkhuur')} The dispatch clerk's tool queries the courier's parcel API with the key in the query; with HTTPS inspection the Firebox logs the path and query in \`arg\`.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { dstname: 'api.shuudan-partner.example', path: '/v2/ilgeemj', query: `tulkhuur=${key}&dugaar=MN${digits(rng, 9)}`, src: '10.20.3.44' } };
    }),
    4,
    plant('negative', 'firebox-http-proxy-arg-facebook-pixel-fbp', 'none', "A Facebook pixel hit with its `fbp` browser id (`fb.1.<ms>.<random>`) and the pixel id: tracking identifiers, no credential.", ({ rng }) => {
      const fbp = `fb.1.${Math.floor(DAY0 / 1000)}${digits(rng, 3)}.${digits(rng, 10)}`;
      return { value: fbp, event: { dstname: 'www.facebook.com', path: '/tr/', query: `id=${digits(rng, 16)}&ev=PageView&dl=https%3A%2F%2Fshop.${NL}%2F&fbp=${fbp}` } };
    }),
    4,
    plant('refresh-token', 'firebox-http-proxy-arg-refresh-token', 'error', `${WHY.refresh} The shop managers' phone app renews its session with a GET (\`/api/v1/token/shinechlekh?refresh_token=…\`, "renew") from the office Wi-Fi; the Firebox writes the query in \`arg\`.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { dstname: `api.${NL}`, path: '/api/v1/token/shinechlekh', query: `refresh_token=${rt}`, src: '10.20.5.17' } };
    }),
    4,
    plant('webhook', 'firebox-http-proxy-arg-telegram-bot-token', 'error', WHY.webhook('The production line\'s bot posts the hourly knit count to a Telegram group through the Bot API (`/bot<id>:<token>/sendMessage`); the Firebox logs the path in `arg`'), ({ rng }) => {
      const secret = rng.b64url(35);
      return { value: secret, event: { dstname: 'api.telegram.org', path: `/bot${digits(rng, 10)}:${secret}/sendMessage`, query: `chat_id=-100${digits(rng, 10)}&text=%D0%A6%D0%B0%D0%B3%D0%B8%D0%B9%D0%BD+%D0%B1%D2%AF%D1%82%D1%8D%D1%8D%D0%BB%3A+${rng.int(40, 90)}`, src: '10.20.7.9' } };
    }),
    4,
    plant('session-id', 'firebox-http-proxy-arg-kholbolt-query', 'error', WHY.session("The shop's old order admin (`/admin/zakhialga.php`) carries its session in the query as `kholbolt` when the browser refuses its cookie; the Firebox logs it in `arg`"), ({ rng }) => {
      const sid = lowerNum(rng, 26);
      return { value: sid, event: { dstname: `shop.${NL}`, path: '/admin/zakhialga.php', query: `kholbolt=${sid}&tuluv=shine`, src: '10.20.3.12' } };
    }),
    4,
    plant('negative', 'firebox-http-proxy-arg-ga-client-id', 'none', "A Google Analytics collect hit with its `cid` client id and `_p` page id: analytics identifiers, no credential.", ({ rng }) => {
      const cid = `${digits(rng, 9)}.${digits(rng, 10)}`;
      return { value: cid, event: { dstname: 'region1.google-analytics.com', path: '/g/collect', query: `v=2&tid=G-${upperNum(rng, 10)}&cid=${cid}&_p=${digits(rng, 10)}&en=page_view`, method: 'POST' } };
    }),
    4,
    plant('path-secret', 'firebox-http-proxy-arg-nuuts-ug-sergeekh', 'error', WHY.pathSecret('A password reset link (`/nuuts-ug/sergeekh/<token>`, "password/restore") a shop manager opened on an office PC'), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { dstname: `shop.${NL}`, path: `/nuuts-ug/sergeekh/${tok}`, src: '10.20.3.30' } };
    }),
    4,
    plant('encoded', 'firebox-http-proxy-arg-butsakh-percent-encoded-api-tulkhuur', 'error', "The wholesale sign-in page's return address (`butsakh`, \"return\") is percent-encoded once and holds a wholesale API key (`api_tulkhuur%3D…`) a buyer's bookmark kept; one decoding away, in the Firebox's `arg`.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { dstname: `buuniy.${NL}`, path: '/nevtrekh', query: `butsakh=https%3A%2F%2Fbuuniy.${NL}%2Fzakhialga%3Fapi_tulkhuur%3D${key}%26khuudas%3D1`, src: '10.20.3.51' } };
    }),
    3,
  ];
  const base = { method: 'GET', bytes: 0 };
  return buildLog(rng, { start: DAY0 + 1 * HOUR + 10 * MIN, site: { host: 'fbx' }, filler: (r, t, s) => ({ ...base, bytes: r.int(400, 90000), ...filler(r, t, s) }), render, steps: steps.map((s) => (typeof s === 'number' ? s : { ...s, make: (ctx) => { const m = s.make(ctx); return { ...m, event: { method: 'GET', ...m.event } }; } })) });
}

// ---------------------------------------------------------------------------------------------------------------------
// dbt.log: logs/dbt.log of the analytics project (dbt-core 1.9 with dbt-duckdb) as the nightly CI job leaves it. The file
// is appended to by every invocation: each starts with `============================== <HH:MM:SS.ffffff> | <invocation
// id> ==============================`, then lines `<HH:MM:SS.ffffff> [<level padded to 5>] [<thread>]: <message>`
// (time of day only, the runner's UTC, no date or zone); at debug dbt writes the invocation's arguments
// (`running dbt with arguments {…}`, the command line in `invocation_command`), the partial parse line with the vars
// (`checksum: …, vars: {…}, profile: …`), and each node's SQL after `On <node>:` over several lines.
// https://docs.getdbt.com/reference/events-logging (from memory, not fetched); the messages from memory of dbt-core's
// events (not read).

function dbtLog(rng) {
  const tod = (t) => `${iso(t).slice(11, 19)}.${msPart(t)}${digits(rng, 3)}`;
  const render = (e) => [...(e.banner ? [`============================== ${tod(e.t)} | ${e.banner} ==============================`] : []), ...e.dbt.map(([lvl, th, msg], i) => (lvl === null ? msg : `${tod(e.t + 1 + i * 7)} [${lvl.padEnd(5)}] [${th}]: ${msg}`))];
  const MODELS = ['stg_zakhialga', 'stg_tolbor', 'stg_baraa', 'int_buuniy_borluulalt', 'fct_borluulalt', 'dim_delguur'];
  const filler = (rng) =>
    rng.pick([
      () => { const m = rng.pick(MODELS); return { dbt: [['debug', 'Thread-1 (', `Began running node model.nooluur.${m}`], ['info ', 'Thread-1 (', `${rng.int(1, 24)} of 24 START sql table model main.${m} ........................ [RUN]`]] }; },
      () => ({ dbt: [['debug', 'Thread-2 (', `Using duckdb connection "model.nooluur.${rng.pick(MODELS)}"`]] }),
      () => ({ dbt: [['info ', 'Thread-1 (', `${rng.int(1, 24)} of 24 OK created sql table model main.${rng.pick(MODELS)} ........ [OK in ${(rng.int(20, 900) / 100).toFixed(2)}s]`]] }),
      () => ({ dbt: [['debug', 'Thread-2 (', `Timing info for model.nooluur.${rng.pick(MODELS)} (execute): 19:0${rng.int(2, 3)}:${pad(rng.int(10, 59))}.${digits(rng, 6)} => 19:04:${pad(rng.int(0, 59))}.${digits(rng, 6)}`]] }),
    ])();
  const steps = [
    plant('negative', 'dbt-deps-installed-from-revision', 'none', "The git revision a package was installed from (`Installed from revision <sha>`): a commit hash, no credential.", ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { banner: rng.uuid(), dbt: [['info ', 'MainThread', 'Running with dbt=1.9.4'], ['info ', 'MainThread', 'Updating lock file in file path: /builds/nooluur/analytics/package-lock.yml'], ['info ', 'MainThread', 'Installing https://git.nooluur.example/data/dbt-qpay.git'], ['info ', 'MainThread', `Installed from revision ${sha}`], ['debug', 'MainThread', 'Command `dbt deps` succeeded at 19:02:14.120981 after 3.41 seconds']] } };
    }),
    plant('api-key-name', 'dbt-debug-arguments-and-checksum-vars-api-tulkhuur', 'error', `${WHY.apiKey('tolbor_api_tulkhuur')} The nightly job passes the payment provider's reporting key as a dbt var on the command line (\`--vars '{tolbor_api_tulkhuur: …}'\`, "payment API key"); dbt's debug lines write it in \`invocation_command\` and again in the partial parse line's \`vars\`.`, ({ rng }) => {
      const key = rng.alnum(40);
      const inv = rng.uuid();
      return { value: key, event: { banner: inv, dbt: [['info ', 'MainThread', 'Running with dbt=1.9.4'], ['debug', 'MainThread', `running dbt with arguments {'printer_width': '80', 'indirect_selection': 'eager', 'write_json': 'True', 'log_cache_events': 'False', 'partial_parse': 'True', 'cache_selected_only': 'False', 'profiles_dir': '/builds/nooluur/analytics', 'fail_fast': 'False', 'version_check': 'True', 'log_path': '/builds/nooluur/analytics/logs', 'debug': 'False', 'warn_error': 'None', 'use_colors': 'True', 'use_experimental_parser': 'False', 'empty': 'False', 'quiet': 'False', 'no_print': 'None', 'log_format': 'default', 'static_parser': 'True', 'introspect': 'True', 'invocation_command': 'dbt run --target prod --vars {tolbor_api_tulkhuur: ${key}, ognoo: 2027-07-21}', 'target_path': 'None', 'send_anonymous_usage_stats': 'False'}`], ['info ', 'MainThread', 'Registered adapter: duckdb=1.9.2'], ['debug', 'MainThread', `checksum: ${rng.hex(64)}, vars: {'tolbor_api_tulkhuur': '${key}', 'ognoo': '2027-07-21'}, profile: , target: prod, version: 1.9.4`], ['info ', 'MainThread', 'Found 24 models, 3 seeds, 41 data tests, 6 sources, 612 macros'], ['info ', 'MainThread', 'Concurrency: 4 threads (target=\'prod\')']] } };
    }),
    3,
    plant('refresh-token', 'dbt-node-sql-read-json-refresh-token-url', 'error', `${WHY.refresh} A staging model reads the marketplace's API straight from DuckDB (\`read_json_auto('https://…/oauth/token?grant_type=refresh_token&refresh_token=…')\` inside a CTE); dbt writes each node's SQL after \`On model…:\`, one line a line.`, ({ rng }) => {
      const rt = rng.b64url(52);
      return { value: rt, event: { dbt: [['debug', 'Thread-3 (', 'On model.nooluur.stg_marketplace_zakhialga: /* {"app": "dbt", "dbt_version": "1.9.4", "profile_name": "nooluur", "target_name": "prod", "node_id": "model.nooluur.stg_marketplace_zakhialga"} */'], [null, null, ''], [null, null, '    create table "analytics"."main"."stg_marketplace_zakhialga__dbt_tmp" as ('], [null, null, '      with token as ('], [null, null, `        select access_token from read_json_auto('https://api.marketplace-mn.example/oauth/token?grant_type=refresh_token&client_id=nooluur-dw&refresh_token=${rt}')`], [null, null, '      )'], [null, null, "      select * from read_json_auto('https://api.marketplace-mn.example/v1/orders?since=2027-07-21')"], [null, null, '    );']] } };
    }),
    3,
    plant('encoded', 'dbt-node-sql-url-base64-json-query', 'error', "A model reads the wholesale stock export, whose URL takes its parameters as base64 JSON (`?q=eyJ…`) holding the portal's API key (`{\"tulkhuur\":…}`); the SQL line is one decoding away from the key.", ({ rng }) => {
      const blob = b64Of(JSON.stringify({ tulkhuur: rng.alnum(32), aguulakh: 'UB-1', format: 'csv' }));
      return { value: blob, event: { dbt: [['debug', 'Thread-1 (', 'On model.nooluur.stg_aguulakh_uldegdel: /* {"app": "dbt", "dbt_version": "1.9.4", "profile_name": "nooluur", "target_name": "prod", "node_id": "model.nooluur.stg_aguulakh_uldegdel"} */'], [null, null, '    create table "analytics"."main"."stg_aguulakh_uldegdel__dbt_tmp" as ('], [null, null, `      select * from read_csv_auto('https://buuniy.${NL}/export/uldegdel.csv?q=${blob}')`], [null, null, '    );']] } };
    }),
    3,
    plant('webhook', 'dbt-on-run-end-hook-sql-google-chat-webhook', 'error', WHY.webhook("An `on-run-end` hook posts the run's summary to a Google Chat space with DuckDB's http_client extension; dbt writes the hook's SQL, whose URL holds the space's webhook `key` and `token`"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { dbt: [['debug', 'MainThread', 'On nooluur-on-run-end-0: /* {"app": "dbt", "dbt_version": "1.9.4", "profile_name": "nooluur", "target_name": "prod", "connection_name": "master"} */'], [null, null, `select http_post('https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}', headers => MAP {'Content-Type': 'application/json'}, params => json_object('text', 'dbt run: 24 OK, 0 error'))`]] } };
    }),
    3,
    plant('negative', 'dbt-invocation-banner-id', 'none', "The invocation id dbt prints in each invocation's banner and in its artifacts: a uuid of the run, no credential.", ({ rng }) => {
      const inv = rng.uuid();
      return { value: inv, event: { banner: inv, dbt: [['info ', 'MainThread', 'Running with dbt=1.9.4'], ['info ', 'MainThread', 'Registered adapter: duckdb=1.9.2'], ['info ', 'MainThread', 'Found 24 models, 3 seeds, 41 data tests, 6 sources, 612 macros'], ['info ', 'MainThread', 'Nothing to do. Try checking your model configs and model specification args']] } };
    }),
  ];
  return buildLog(rng, { start: DAY0 - 5 * HOUR + 2 * MIN, site: { host: 'dbt' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// DebugView-kassa3.log: a Sysinternals DebugView capture saved with File > Save on a shop's Windows till while support
// chased a payment fault: `<sequence, 8 digits>\t<seconds since capture start>\t[<pid>] <OutputDebugString text>`, no
// clock time (the Clock Time option was off). The till app (.NET, `Debug.WriteLine`/`Trace.WriteLine` left on in its
// release build) writes its QPay client's requests and responses, its WebView2 navigations and serialized DTOs.
// https://learn.microsoft.com/sysinternals/downloads/debugview (from memory, not fetched: the saved columns).

function debugViewLog(rng) {
  let seq = 1;
  let start = null;
  const PID = 5124;
  const render = (e) => {
    start ??= e.t;
    return e.dv.map((msg, i) => `${pad(seq++, 8)}\t${((e.t - start) / 1000 + i * 0.0003).toFixed(8)}\t[${e.pid ?? PID}] ${msg}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ dv: [`Kassa.Sync: ${rng.int(1, 40)} борлуулалт илгээгдлээ (sent)`] }),
      () => ({ dv: [`Printer: ESC/POS OK, ${rng.int(8, 40)} lines`] }),
      () => ({ dv: [`Scanner: barcode 865${digits(rng, 10)}`] }),
      () => ({ dv: ['WebView2: NavigationCompleted IsSuccess=True'], pid: PID }),
      () => ({ dv: ['DWM: frame timing stats reset'], pid: rng.pick([1184, 7720]) }),
    ])();
  const steps = [
    3,
    plant('framework-dump', 'debugview-serialized-login-request-nuuts-ug', 'error', "The till app writes each DTO it sends as JSON (`Debug.WriteLine(JsonConvert.SerializeObject(request))`): the cashier's sign-in holds her password in `NuutsUg` (\"password\").", ({ rng }) => {
      const pw = rng.alnum(12);
      return { value: pw, event: { dv: [`Api >> KassirNevtrekhRequest ${JSON.stringify({ Delguur: 'UB-03', Kassa: 'K3', Kassir: 'B.Sarangerel', NuutsUg: pw })}`] } };
    }),
    4,
    plant('header-dump', 'debugview-qpay-auth-token-authorization-basic', 'error', "The QPay client traces its token request with its headers: `Authorization: Basic <base64>` of the merchant's QPay username and password.", ({ rng }) => {
      const basic = b64Of(`NOOLUUR_${upperNum(rng, 4)}:${rng.alnum(16)}`);
      return { value: basic, event: { dv: ['QPay >> POST https://merchant.qpay.mn/v2/auth/token', `QPay >> Authorization: Basic ${basic}`, 'QPay >> Content-Length: 0'] } };
    }),
    4,
    plant('refresh-token', 'debugview-qpay-token-response-refresh-token', 'error', `${WHY.refresh} The QPay client writes the token response body, QPay's \`refresh_token\` with its \`refresh_expires_in\` among the fields.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { dv: [`QPay << 200 {"token_type":"bearer","refresh_expires_in":${Math.floor(DAY0 / 1000) + 86400},"refresh_token":"${rt}","expires_in":${Math.floor(DAY0 / 1000) + 86400},"scope":"profile email","session_state":"${rng.uuid()}"}`] } };
    }),
    4,
    plant('negative', 'debugview-ebarimt-bill-id', 'none', "The e-barimt (VAT receipt) bill id (`billId`, 33 digits), printed on every receipt: an identifier of the receipt, no credential.", ({ rng }) => {
      const bill = `0000${digits(rng, 29)}`;
      return { value: bill, event: { dv: [`Ebarimt << {"success":true,"billId":"${bill}","lottery":"${upperNum(rng, 2)} ${digits(rng, 8)}","date":"2027-07-22 11:42:10"}`] } };
    }),
    4,
    plant('session-id', 'debugview-webview2-navigation-kholbolt', 'error', WHY.session("The till's returns screen is a web page in WebView2, opened with the till's session in the URL (`kholbolt=`); the app writes each navigation"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { dv: [`WebView2: NavigationStarting https://kassa.${NL}/butsaalt?kassa=K3&kholbolt=${sid}`] } };
    }),
    4,
    plant('encoded', 'debugview-scanned-pairing-qr-base64-json', 'error', "Pairing the card terminal, the app writes the QR it scanned: base64 of a JSON object whose `tulkhuur` (\"key\") is the terminal's pairing key, one decoding away.", ({ rng }) => {
      const blob = b64Of(JSON.stringify({ kassa: 'K3', terminal: `T${digits(rng, 8)}`, tulkhuur: rng.hex(32) }));
      return { value: blob, event: { dv: [`Pairing: scanned QR ${blob}`] } };
    }),
    4,
    plant('negative', 'debugview-qpay-invoice-id', 'none', "QPay's `invoice_id` (a uuid) of a sale: an identifier checked with the merchant's own token, no credential.", ({ rng }) => {
      const inv = rng.uuid();
      return { value: inv, event: { dv: [`QPay << 200 {"invoice_id":"${inv}"}`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR + 30 * MIN, site: { host: 'till' }, filler, render, steps });
}

// =====================================================================================================================
// Kamchei (Khmer; Phnom Penh: UTC+7)
// =====================================================================================================================

const KC = 'kamchei.example';

// ---------------------------------------------------------------------------------------------------------------------
// netskope-transactions-20270722T03.log: Netskope transaction events in log format 1, as the tenant's log streaming
// delivers them to the company's bucket: a `#Fields:` line, then one transaction a line, fields separated by spaces in the
// fixed order, `-` for an empty value, a value with spaces in double quotes, date and time in GMT. The loan officers'
// laptops steer all web traffic through the Netskope client, so the company's own apps are logged with their queries.
// https://docs.netskope.com/en/transaction-event-fields.html (read through search: the format 1 field list and the
// meaning of each field); the quoting of values with spaces from memory.

const NS_FIELDS = 'date time time-taken cs-bytes sc-bytes bytes c-ip s-ip cs-username cs-method cs-uri-scheme cs-uri-query cs-user-agent cs-content-type sc-status sc-content-type cs-dns cs-host cs-uri cs-uri-port cs-referer x-cs-session-id x-cs-access-method x-cs-app x-s-country x-s-latitude x-s-longitude x-s-location x-s-region x-s-zipcode x-c-country x-c-latitude x-c-longitude x-c-location x-c-region x-c-zipcode x-c-os x-c-browser x-c-browser-version x-c-device x-cs-site x-cs-timestamp x-cs-page-id x-cs-userip x-cs-traffic-type x-cs-tunnel-id x-category x-other-category x-type x-server-ssl-err x-client-ssl-err x-transaction-id x-request-id x-cs-sni x-cs-domain-fronted-sni x-category-id x-other-category-id x-sr-headers-name x-sr-headers-value'.split(' ');

function netskopeLog(rng) {
  const q = (v) => (v === undefined || v === null || v === '' ? '-' : /\s/.test(String(v)) ? `"${v}"` : String(v));
  const OFFICERS = ['sokha.chan', 'dara.kim', 'sreymom.ly', 'vuthy.pen'];
  const render = (e) => {
    const cs = rng.int(300, 4000);
    const sc = e.bytes;
    const host = e.vhost ?? `app.${KC}`;
    const o = {
      date: iso(e.t).slice(0, 10), time: iso(e.t).slice(11, 19), 'time-taken': e.ms, 'cs-bytes': cs, 'sc-bytes': sc, bytes: cs + sc, 'c-ip': e.cip ?? `192.168.${rng.int(1, 20)}.${rng.int(2, 250)}`, 's-ip': `203.0.113.${rng.int(2, 250)}`,
      'cs-username': `${e.officer ?? rng.pick(OFFICERS)}@${KC}`, 'cs-method': e.method, 'cs-uri-scheme': 'https', 'cs-uri-query': e.query, 'cs-user-agent': e.ua, 'cs-content-type': e.method === 'POST' ? 'application/json' : '', 'sc-status': e.status, 'sc-content-type': e.ctype ?? 'text/html; charset=utf-8',
      'cs-dns': host, 'cs-host': host, 'cs-uri': e.path, 'cs-uri-port': 443, 'cs-referer': e.referer === '-' ? '' : e.referer, 'x-cs-session-id': digits(rng, 19), 'x-cs-access-method': 'Client', 'x-cs-app': e.app ?? 'Kamchei', 'x-s-country': 'KH', 'x-s-latitude': '11.5564', 'x-s-longitude': '104.9282', 'x-s-location': 'Phnom Penh', 'x-s-region': 'Phnom Penh', 'x-s-zipcode': '12000',
      'x-c-country': 'KH', 'x-c-latitude': '11.5564', 'x-c-longitude': '104.9282', 'x-c-location': e.cloc ?? 'Phnom Penh', 'x-c-region': e.creg ?? 'Phnom Penh', 'x-c-zipcode': '', 'x-c-os': 'Windows 11', 'x-c-browser': 'Chrome', 'x-c-browser-version': '143', 'x-c-device': 'Windows Device', 'x-cs-site': e.site ?? 'Kamchei', 'x-cs-timestamp': Math.floor(e.t / 1000), 'x-cs-page-id': digits(rng, 19), 'x-cs-userip': e.cip ?? `192.168.${rng.int(1, 20)}.${rng.int(2, 250)}`,
      'x-cs-traffic-type': 'Web', 'x-cs-tunnel-id': '', 'x-category': e.cat ?? 'Business', 'x-other-category': '', 'x-type': 'http_transaction', 'x-server-ssl-err': '', 'x-client-ssl-err': '', 'x-transaction-id': digits(rng, 19), 'x-request-id': digits(rng, 19), 'x-cs-sni': host, 'x-cs-domain-fronted-sni': '', 'x-category-id': e.catId ?? 10052, 'x-other-category-id': '', 'x-sr-headers-name': '', 'x-sr-headers-value': '',
    };
    return [NS_FIELDS.map((f) => q(o[f])).join(' ')];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/kamchei/banhchi', query: `sakha=${rng.pick(['phnom-penh', 'siem-reap', 'battambang'])}&tumpor=${rng.int(1, 9)}` }),
      () => ({ path: `/static/js/main.${rng.hex(8)}.js`, ctype: 'application/javascript' }),
      () => ({ path: '/api/v1/kamchei', method: 'POST', status: 201, ctype: 'application/json' }),
      () => ({ vhost: 'www.google.com', path: '/search', query: `q=${rng.pick(['nbc+interest+rate', 'khr+usd', 'aba+bank'])}`, app: 'Google Search', site: 'Google', cat: 'Search Engines', catId: 10029 }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'netskope-cs-uri-query-chol-trolob-code', 'warning', `${WHY.code} The loan officers' app signs in through the company's Keycloak and returns to \`/chol/trolob\` ("login/return") with \`code\` and \`state\`; Netskope writes the query in \`cs-uri-query\`.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { path: '/chol/trolob', query: `state=${rng.b64url(22)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fid.${KC}%2Frealms%2Fbokkolik&code=${code}`, status: 302, referer: `https://id.${KC}/` } };
    }),
    3,
    plant('negative', 'netskope-cs-uri-query-pkce-code-challenge', 'none', "The authorize request's PKCE `code_challenge` (a SHA-256 of the verifier, base64url) beside `state` and `nonce`: no credential.", ({ rng }) => {
      const cc = rng.b64url(43);
      return { value: cc, event: { vhost: `id.${KC}`, path: '/realms/bokkolik/protocol/openid-connect/auth', query: `client_id=kamchei-app&redirect_uri=https%3A%2F%2Fapp.${KC}%2Fchol%2Ftrolob&response_type=code&scope=openid&state=${rng.b64url(22)}&nonce=${rng.b64url(22)}&code_challenge=${cc}&code_challenge_method=S256` } };
    }),
    3,
    plant('api-key-name', 'netskope-cs-uri-query-sao', 'error', `${WHY.apiKey('sao')} An officer's spreadsheet macro reads the branch's loan book with the API key in the query (\`sao\`, "key"); Netskope's \`cs-uri-query\` keeps it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { path: '/api/v1/kamchei/banhchi.csv', query: `sakha=battambang&sao=${key}`, ua: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Excel 16.0.18025; Pro)', ctype: 'text/csv' } };
    }),
    3,
    plant('replay', 'netskope-cs-uri-query-sambot-mdong', 'note', WHY.ticketFirst('A single-use ticket (`sambot_mdong`, "ticket once") for downloading a signed loan contract PDF. The ticket is'), ({ rng, t }) => {
      const tk = rng.b64url(24);
      firstUse.kechsanya = t;
      return { value: tk, event: { path: '/kechsanya/KC-2027-04821.pdf', query: `sambot_mdong=${tk}`, ctype: 'application/pdf', officer: 'sreymom.ly', cip: '192.168.4.31' } };
    }, { ref: 'kechsanya' }),
    3,
    plant('replay', 'netskope-cs-uri-query-sambot-mdong', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('kechsanya').value, why: `${WHY.replay('sambot_mdong', gap('kechsanya', t))} Another officer's laptop in another branch (Siem Reap) downloaded the same contract with the same ticket and the app answered 200 again: the ticket was not spent.` }], event: { path: '/kechsanya/KC-2027-04821.pdf', query: `sambot_mdong=${refs.get('kechsanya').value}`, ctype: 'application/pdf', officer: 'vuthy.pen', cip: '192.168.11.8', cloc: 'Siem Reap', creg: 'Siem Reap' } }), { replayOf: 'kechsanya', after: 171 }),
    3,
    plant('implicit-fragment', 'netskope-cs-uri-query-robaykar-kamhos-tumpor-fragment', 'error', "The app's client error report (`/api/v1/robaykar-kamhos`, \"error report\") sends `location.href` percent-encoded in `tumpor` (\"page\"); the page was the legacy report viewer, reached through an implicit grant, so `%23access_token%3D…` is in Netskope's `cs-uri-query`.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { path: '/api/v1/robaykar-kamhos', query: `kamrit=error&tumpor=https%3A%2F%2Freport.${KC}%2F%23access_token%3D${tok}%26token_type%3DBearer%26expires_in%3D300&sar=TypeError`, method: 'POST', status: 204 } };
    }),
    3,
    plant('id-token', 'netskope-cs-uri-query-chak-chenh-id-token-hint-expired', 'note', "Signing out (`/chak-chenh?id_token_hint=<JWT>`, \"leave\") from a tab whose ID token expired forty minutes earlier; Netskope's date and time are GMT: expired when logged (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 40 * 60 + rng.int(0, 300), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://id.${KC}/realms/bokkolik`, aud: 'kamchei-app', sub: rng.uuid(), typ: 'ID' } });
      return { value: token, jwt: facts, event: { path: '/chak-chenh', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fapp.${KC}%2F`, status: 302 } };
    }),
    3,
    plant('embed-jwt', 'netskope-cs-uri-embed-robaykar-jwt-120s', 'warning', "The portfolio report embedded in the officers' portal (`/embed/robaykar/<JWT>`, \"report\") in Netskope's `cs-uri`, the time in GMT: a short-lived view token without jti", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(3, 40), claims: { iss: `https://report.${KC}`, resource: { dashboard: 12 }, params: { sakha: 'phnom-penh' } } });
      return { value: token, jwt: facts, event: { vhost: `report.${KC}`, path: `/embed/robaykar/${token}`, referer: `https://app.${KC}/robaykar` } };
    }),
    3,
    plant('negative', 'netskope-cs-uri-query-gclid', 'none', "A Google Ads click id (`gclid`) on a landing page: a tracking identifier, no credential.", ({ rng }) => {
      const g = `Cj0KCQjw${rng.b64url(80)}`;
      return { value: g, event: { vhost: `www.${KC}`, path: '/kamchei-kasekam', query: `utm_source=google&utm_medium=cpc&gclid=${g}`, referer: 'https://www.google.com/' } };
    }),
    3,
  ];
  const header = ['#Version: 1.0', `#Fields: ${NS_FIELDS.join(' ')}`];
  return buildLog(rng, { start: DAY0 + 3 * HOUR + 1 * MIN, site: { host: 'app' }, filler: (r, t, s) => ({ method: 'GET', status: 200, ...filler(r, t, s) }), render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// freeswitch.log: /var/log/freeswitch/freeswitch.log of the loan hotline's FreeSWITCH 1.10 at DEBUG: lines `<call uuid>
// <yyyy-mm-dd HH:MM:SS.ffffff> <idle CPU %> [<LEVEL>] <file>:<line> <message>` (the uuid only on lines of a call; local
// time, Asia/Phnom_Penh, without a zone); the XML dialplan's `Dialplan: … Action <app>(<data>)` lines, `EXECUTE
// [depth=0] <channel> <app>(<expanded data>)`, mod_curl's `curl` application with `append_headers` and `post`, and the
// `info` application's `CHANNEL_DATA:` dump over many lines (`variable_<name>: [<value>]`).
// https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Modules/mod_curl_3965033/ (from memory, not fetched:
// the curl application's syntax); the log line and the info dump from memory of FreeSWITCH's console output.

function freeswitchLog(rng) {
  const fs = (t) => `${ymdHmsAt(t, ICT)}.${msPart(t)}${digits(rng, 3)}`;
  const cpu = () => `${rng.int(95, 99)}.${pad(rng.int(0, 99))}%`;
  const render = (e) => e.fs.map(([lvl, src, msg]) => (lvl === null ? msg : `${e.uuid ? `${e.uuid} ` : ''}${fs(e.t)} ${cpu()} [${lvl}] ${src} ${msg}`));
  const chan = (n) => `sofia/external/+855${n}@203.0.113.7`;
  const filler = (rng) => {
    const n = digits(rng, 8);
    return rng.pick([
      () => { const u = rng.uuid(); return { uuid: u, fs: [['NOTICE', 'switch_channel.c:1142', `New Channel ${chan(n)} [${u}]`]] }; },
      () => ({ uuid: rng.uuid(), fs: [['INFO', 'mod_dptools.c:1874', `${chan(n)} Playing file /usr/share/freeswitch/sounds/km/kamchei/sakha-chhnay.wav`]] }),
      () => ({ uuid: rng.uuid(), fs: [['NOTICE', 'switch_core_state_machine.c:383', `${chan(n)} has executed the last dialplan instruction, hanging up.`]] }),
      () => ({ fs: [['DEBUG', 'sofia.c:2494', `Ping succeeded external::telco-sip with code 200 - count 1/1/1, state UP`]] }),
    ])();
  };
  const steps = [
    3,
    plant('api-key-name', 'freeswitch-dialplan-action-and-execute-curl-sao-api', 'error', `${WHY.apiKey('sao_api')} The hotline's dialplan calls the loan API with mod_curl and a key written into the dialplan (\`sao_api\`, "API key"); FreeSWITCH writes it on the \`Dialplan: … Action curl(…)\` line and again on the \`EXECUTE\` line of the same call.`, ({ rng }) => {
      const key = rng.alnum(40);
      const n = digits(rng, 8);
      const url = `https://api.${KC}/ivr/v1/kamchei/sathanaphap?sao_api=${key}`;
      return { value: key, event: { uuid: rng.uuid(), fs: [['INFO', 'mod_dialplan_xml.c:639', `Processing +855${n} <+855${n}>->1800 in context public`], ['DEBUG', 'mod_dialplan_xml.c:305', `Dialplan: ${chan(n)} Action curl(${url}&msisdn=\${caller_id_number})`], ['DEBUG', 'switch_core_session.c:2932', `EXECUTE [depth=0] ${chan(n)} curl(${url}&msisdn=+855${n})`]] } };
    }),
    3,
    plant('negative', 'freeswitch-record-session-file-hash', 'none', "The recording's file name, a hash the dialplan builds from the call id: a file name, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      const n = digits(rng, 8);
      return { value: h, event: { uuid: rng.uuid(), fs: [['DEBUG', 'switch_core_session.c:2932', `EXECUTE [depth=0] ${chan(n)} record_session(/var/lib/freeswitch/recordings/2027-07-22/${h}.wav)`]] } };
    }),
    3,
    plant('header-dump', 'freeswitch-execute-curl-append-headers-authorization-bearer', 'error', "The balance lookup sends the IVR's API token with mod_curl's `append_headers Authorization:Bearer <token>`; the `EXECUTE` line writes the application's data whole.", ({ rng }) => {
      const tok = rng.b64url(48);
      const n = digits(rng, 8);
      return { value: tok, event: { uuid: rng.uuid(), fs: [['DEBUG', 'switch_core_session.c:2932', `EXECUTE [depth=0] ${chan(n)} curl(https://api.${KC}/ivr/v1/kamchei/samnol?msisdn=+855${n} append_headers Authorization:Bearer ${tok} get)`], ['DEBUG', 'mod_curl.c:843', 'curl: response_code 200']] } };
    }),
    3,
    plant('replay', 'freeswitch-execute-curl-sambot-mdong-once', 'note', WHY.ticketFirst("A single-use ticket (`sambot_mdong`) the hotline redeems to read a customer's repayment schedule once, after the PIN check. The ticket is"), ({ rng }) => {
      const tk = rng.b64url(24);
      const n = digits(rng, 8);
      return { value: tk, event: { uuid: rng.uuid(), fs: [['DEBUG', 'switch_core_session.c:2932', `EXECUTE [depth=0] ${chan(n)} curl(https://api.${KC}/ivr/v1/kalvipheak?sambot_mdong=${tk} get)`]] } };
    }),
    3,
    plant('framework-dump', 'freeswitch-info-channel-data-variable-token', 'error', "The dialplan's `info` application, left in while testing, dumps the channel (`CHANNEL_DATA:`, one `variable_<name>: [<value>]` a line): the API token the call fetched (`variable_kamchei_ivr_token`) sits on a line of its own, without a time.", ({ rng }) => {
      const tok = rng.b64url(48);
      const n = digits(rng, 8);
      const u = rng.uuid();
      return { value: tok, event: { uuid: u, fs: [['INFO', 'mod_dptools.c:1743', 'CHANNEL_DATA:'], [null, null, `Channel-State: [CS_EXECUTE]`], [null, null, `Channel-Name: [${chan(n)}]`], [null, null, `Unique-ID: [${u}]`], [null, null, `Caller-Caller-ID-Number: [+855${n}]`], [null, null, 'variable_direction: [inbound]'], [null, null, `variable_sip_from_user: [+855${n}]`], [null, null, 'variable_default_language: [km]'], [null, null, 'variable_kamchei_sakha: [phnom-penh]'], [null, null, 'variable_kamchei_sakha_name: [ភ្នំពេញ]'], [null, null, `variable_kamchei_ivr_token: [${tok}]`], [null, null, 'variable_curl_response_code: [200]'], [null, null, '']] } };
    }),
    3,
    plant('webhook', 'freeswitch-execute-curl-pipedream-endpoint', 'error', WHY.webhook('Missed calls are posted to a Pipedream HTTP source (`https://<endpoint id>.m.pipedream.net`) with mod_curl; the `EXECUTE` line writes the URL'), ({ rng }) => {
      const id = `eo${lowerNum(rng, 14)}`;
      const n = digits(rng, 8);
      return { value: id, event: { uuid: rng.uuid(), fs: [['DEBUG', 'switch_core_session.c:2932', `EXECUTE [depth=0] ${chan(n)} curl(https://${id}.m.pipedream.net post msisdn=%2B855${n}&sakha=phnom-penh&hetu=khan-chhleuy)`]] } };
    }),
    3,
    plant('negative', 'freeswitch-new-channel-uuid', 'none', "The channel's uuid on its `New Channel` line: an identifier of one call, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { uuid: u, fs: [['NOTICE', 'switch_channel.c:1142', `New Channel ${chan(digits(rng, 8))} [${u}]`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR + 15 * MIN, site: { host: 'pbx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// prosody.log: /var/log/prosody/prosody.log of the Jitsi Meet deployment the company uses for remote loan interviews
// (Prosody 0.12 at info): `<Mmm dd HH:MM:SS> <source>\t<level>\t<message>` in local time without a year or zone; a BOSH
// session logs through a logger named `bosh<sid>`, so its sid is the source of its later lines; mod_http_file_share
// writes the upload slots it issues with their URL.
// https://prosody.im/doc/logging (from memory, not fetched); mod_bosh's and mod_http_file_share's messages from memory.

function prosodyLog(rng) {
  const M = 'meet.kamchei.example';
  const stamp = (t) => { const d = new Date(t + ICT * MIN); return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 19)}`; };
  const render = (e) => e.pr.map(([src, lvl, msg]) => `${stamp(e.t)} ${src}\t${lvl}\t${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ pr: [[`c2s${rng.hex(12)}`, 'info', 'Client connected']] }),
      () => ({ pr: [[`conference.${M}:muc_domain_mapper`, 'info', `Room ${rng.pick(['samphas', 'kamchei-battambang', 'kechsanya'])}-${digits(rng, 4)}@conference.${M} created`]] }),
      () => ({ pr: [['jcp' + rng.hex(12), 'info', 'Authenticated as focus@auth.' + M]] }),
      () => ({ pr: [[`conference.${M}:muc`, 'info', `Subject of samphas-${digits(rng, 4)}@conference.${M} set to "សម្ភាសន៍កម្ចី"`]] }),
      () => ({ pr: [[`c2s${rng.hex(12)}`, 'info', 'Client disconnected: connection closed']] }),
    ])();
  const steps = [
    4,
    plant('negative', 'prosody-c2s-session-logger-id', 'none', "Prosody's internal name of a client connection (`c2s<hex>`), the source of its lines: a log identifier, no credential.", ({ rng }) => {
      const c = `c2s${rng.hex(12)}`;
      return { value: c, event: { pr: [[c, 'info', 'Client connected'], [c, 'info', `Authenticated as ${rng.uuid()}@guest.${M}`]] } };
    }),
    5,
    plant('session-id', 'prosody-bosh-new-session-sid', 'error', WHY.session("Prosody's BOSH session id (`New BOSH session, assigned it sid '…'`): with the next request id it continues the loan officer's XMPP session of the interview; the session's later lines are logged by a logger named `bosh<sid>`, so the sid is their source"), ({ rng }) => {
      const sid = rng.uuid();
      return { value: sid, event: { pr: [['mod_bosh', 'info', `New BOSH session, assigned it sid '${sid}'`], [`bosh${sid}`, 'info', `Authenticated as dara.kim@${M}`]] } };
    }),
    5,
    plant('path-secret', 'prosody-http-file-share-upload-slot-url', 'error', WHY.pathSecret("mod_http_file_share writes each upload slot it issues with the file's URL (`https://share.…/file_share/<slot id>/<name>`): the slot id is the only thing guarding the customer's ID card scan shared in the interview chat"), ({ rng }) => {
      const slot = rng.uuid();
      return { value: slot, event: { pr: [[`share.${M}:http_file_share`, 'info', `Issued upload slot to dara.kim@${M}/${rng.alnum(8)} for 284113 bytes: https://share.${M}/file_share/${slot}/atthasanhchhaenh.jpg`]] } };
    }),
    5,
    plant('negative', 'prosody-muc-meeting-id', 'none', "Jitsi's meeting id of a room (a uuid it hands to every participant): an identifier of the conference, no credential.", ({ rng }) => {
      const m = rng.uuid();
      return { value: m, event: { pr: [[`conference.${M}:muc_meeting_id`, 'info', `Room samphas-${digits(rng, 4)}@conference.${M} meetingId ${m}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'meet' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// artillery-staging.log: the CI job's output of an Artillery 2 load test of the staging API run with
// `DEBUG=http,http:response npx artillery run kamchei-flow.yml`: the debug module's lines on stderr as it writes them
// without a TTY (`<ISO time> <namespace> <message>`), the http engine's request object as JSON after `request:`, the
// response's status line and headers after `http:response`, and Artillery's console report (`Phase started`, the summary
// with its `http.codes.*` counters).
// https://www.artillery.io/docs/reference/engines/http#debugging (from memory, not fetched); the debug module's output
// without a TTY (from memory of debug's node.js formatter).

function artilleryLog(rng) {
  const render = (e) => (e.txt ? e.txt : e.dbg.map(([ns, msg]) => `${iso(e.t)} ${ns} ${msg}`));
  const API = `https://api-staging.${KC}`;
  const req = (o) => ['http', `request: ${JSON.stringify({ url: o.url, method: o.method ?? 'GET', headers: { 'user-agent': 'Artillery (https://artillery.io)', ...o.headers }, ...(o.json ? { json: o.json } : {}) })}`];
  const resp = (status) => ['http:response', `${status} ${JSON.stringify({ 'content-type': 'application/json; charset=utf-8', 'x-request-id': rng.uuid() })}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ dbg: [req({ url: `${API}/api/v1/kamchei/banhchi?sakha=phnom-penh&tumpor=${rng.int(1, 5)}` }), resp(200)] }),
      () => ({ dbg: [req({ url: `${API}/api/v1/sakha` }), resp(200)] }),
      () => ({ dbg: [req({ url: `${API}/api/v1/kamchei`, method: 'POST', json: { chamnuon: rng.int(100, 3000), ryeapel: rng.pick([6, 12, 18]), roubiyavatthu: 'USD', kolbamnaung: rng.pick(['ទិញគោ', 'ជួសជុលផ្ទះ', 'ពង្រីកហាង']) } }), resp(201)] }),
    ])();
  const steps = [
    { raw: { txt: [`Test run id: t${lowerNum(rng, 4)}_${lowerNum(rng, 22)}_${lowerNum(rng, 4)}`, `Phase started: warm up (index: 0, duration: 60s) ${hmsAt(DAY0 + 4 * HOUR, ICT)}(+0700)`, ''] }, after: 0 },
    2,
    plant('framework-dump', 'artillery-debug-request-json-peaksamngat', 'error', "The http engine's debug writes each request object as JSON, body included: the test user's sign-in with the staging password in `peaksamngat` (\"password\").", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { dbg: [req({ url: `${API}/api/v1/chol`, method: 'POST', json: { chhmuos_aknak_pras: 'loadtest-07', peaksamngat: pw } }), resp(200)] } };
    }),
    2,
    plant('refresh-token', 'artillery-debug-request-json-refresh-token-jwt', 'error', `${WHY.refresh} The flow renews its session with a JSON body (\`{"refresh_token":"<JWT>"}\`) the http engine's debug writes, at an ISO time in UTC`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 30 * 86400, age: rng.int(30, 200), jti: true, claims: { iss: `${API}`, sub: 'loadtest-07', typ: 'refresh' } });
      return { value: token, jwt: facts, event: { dbg: [req({ url: `${API}/api/v1/token/banthaem`, method: 'POST', json: { refresh_token: token } }), resp(200)] } };
    }),
    2,
    plant('api-key-name', 'artillery-debug-request-headers-x-sao-api', 'error', `${WHY.apiKey('X-Sao-Api')} The partner endpoints take the key in a header named in Khmer transliteration (\`X-Sao-Api\`, "API key"); the debug request object writes its headers.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { dbg: [req({ url: `${API}/partner/v1/kamchei/sathanaphap?lek=KC-2027-0${digits(rng, 4)}`, headers: { 'x-sao-api': key } }), resp(200)] } };
    }),
    2,
    plant('negative', 'artillery-debug-request-unresolved-template', 'none', "A request whose `Authorization` header is Artillery's unresolved template (`Bearer {{ authToken }}`, the capture failed): a placeholder, no credential.", () => ({ value: '{{ authToken }}', event: { dbg: [req({ url: `${API}/api/v1/kamchei/samnol`, headers: { authorization: 'Bearer {{ authToken }}' } }), resp(401)] } })),
    2,
    plant('oauth-code', 'artillery-debug-request-url-chol-trolob-code-state', 'warning', `${WHY.code} The flow replays the browser's return to the staging app (\`/chol/trolob?code=…&state=…\`) with a code it obtained from the test identity provider; the debug request object writes the URL.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { dbg: [req({ url: `https://app-staging.${KC}/chol/trolob?state=${rng.b64url(22)}&session_state=${rng.uuid()}&code=${code}` }), resp(302)] } };
    }),
    2,
    plant('id-token', 'artillery-debug-request-url-chak-chenh-id-token-hint', 'error', "The flow signs out with `id_token_hint` in the URL (`/chak-chenh?id_token_hint=<JWT>`), written by the debug request object at an ISO time in UTC", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://id-staging.${KC}/realms/bokkolik`, aud: 'kamchei-app', sub: rng.uuid(), typ: 'ID' } });
      return { value: token, jwt: facts, event: { dbg: [req({ url: `https://app-staging.${KC}/chak-chenh?id_token_hint=${token}` }), resp(302)] } };
    }),
    2,
    plant('path-secret', 'artillery-debug-request-url-anhcheunh-token', 'error', WHY.pathSecret("The flow accepts a staff invitation (`/api/v1/anhcheunh/<token>/totuol`, \"invitation/…/accept\") seeded for the test"), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { dbg: [req({ url: `${API}/api/v1/anhcheunh/${tok}/totuol`, method: 'POST' }), resp(200)] } };
    }),
    2,
    plant('embed-jwt', 'artillery-debug-request-url-embed-robaykar-jwt-no-exp', 'error', "The flow loads the embedded portfolio report (`/embed/robaykar/<JWT>`) with a token the staging seed minted without `exp`, written by the debug request object at an ISO time in UTC", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(3600, 86400), claims: { iss: `https://report-staging.${KC}`, resource: { dashboard: 12 }, params: {} } });
      return { value: token, jwt: facts, event: { dbg: [req({ url: `https://report-staging.${KC}/embed/robaykar/${token}` }), resp(200)] } };
    }),
    2,
    plant('negative', 'artillery-debug-request-x-correlation-id', 'none', "An `x-correlation-id` header the flow sets from `$randomString()` to follow a request in the traces: a request identifier, no credential.", ({ rng }) => {
      const c = rng.alnum(24);
      return { value: c, event: { dbg: [req({ url: `${API}/api/v1/kamchei/banhchi?sakha=siem-reap`, headers: { 'x-correlation-id': c } }), resp(200)] } };
    }),
    2,
    { raw: { txt: ['', 'All VUs finished. Total time: 2 minutes, 4 seconds', '', '--------------------------------', `Summary report @ ${hmsAt(DAY0 + 4 * HOUR + 124000, ICT)}(+0700)`, '--------------------------------', '', 'http.codes.200: ................................................................ 1842', 'http.codes.201: ................................................................ 311', 'http.codes.302: ................................................................ 240', 'http.codes.401: ................................................................ 2', 'http.request_rate: ............................................................. 20/sec', 'http.requests: ................................................................. 2395', 'vusers.completed: .............................................................. 240', 'vusers.failed: ................................................................. 0'] } },
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'ci', api: true }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout42');
writePart(join(here, 'heldout42'), {
  'CorvidRally.log': unrealLog(rng),
  'latest.log': paperLog(rng),
  'helm-deploy-backend.log': helmLog(rng),
  'superset_app.log': supersetLog(rng),
  'uptime-kuma.log': uptimeKumaLog(rng),
  'cdn-shop.nooluur.example-2027072210.log': baiduCdnLog(rng),
  'redash.log': redashLog(rng),
  'firebox.log': fireboxLog(rng),
  'dbt.log': dbtLog(rng),
  'DebugView-kassa3.log': debugViewLog(rng),
  'netskope-transactions-20270722T03.log': netskopeLog(rng),
  'freeswitch.log': freeswitchLog(rng),
  'prosody.log': prosodyLog(rng),
  'artillery-staging.log': artilleryLog(rng),
});
