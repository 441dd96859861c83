// Writes corpus/logs-in-the-wild/heldout31/: a thirty-first held-out part, in formats no other part uses (a Unity
// player's Player.log, a Rust service's tracing output with reqwest's `connection_verbose` wire log, a
// kafka-console-consumer session with keys, headers, partitions and offsets, Amazon Bedrock model invocation logs from a
// CloudWatch Logs export, Mixpanel's raw event export, PostgREST's request log, an OpenStack Swift proxy's access log
// through syslog, Check Point's Log Exporter in syslog format, a Slack bot with slack_sdk at DEBUG, CockroachDB's
// SENSITIVE_ACCESS audit channel in crdb-v2, a Spring Boot 2.7 log with the JDK's HttpURLConnection at DEBUG, a Ruby
// service under `EXCON_DEBUG`, osquery's results log and Kannel's bearerbox access log), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each
// line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout31.mjs     rewrites heldout31/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Larkspur Games, an indie studio in Bristol making the online co-op game Hollowmere (English, five
// logs); Leiliaeg, a sauna and spa booking service in Tartu (Estonian messages, routes, parameter and table names, English
// code names, five logs); Shamba Bora, a farm-input ordering service with M-Pesa payments and SMS in Nairobi (Swahili
// messages, routes and parameter names, English code names, four logs). Standard names (OAuth's, vendors') stay as their
// specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MONTHS, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.18.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'axios/1.13.4'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 2, 16, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** RFC 3164's `Mmm dd hh:mm:ss` at `offset` minutes (rsyslog's traditional file format). */
const syslogTime = (ms, offset) => {
  const d = new Date(ms + offset * 60000);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)}`;
};
const slackHook = (rng) => `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
/** Python's repr of a str, dict, list, number, bool or None (slack_sdk's f-strings print dicts this way). */
const py = (v) => {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v)) return `[${v.map(py).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `'${k}': ${py(x)}`).join(', ')}}`;
};
/** `json.dumps` with its defaults (ASCII only, `", "` and `": "` separators). */
const pyJson = (v) => JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const pyJsonSpaced = (v) => pyJson(v).replace(/","/g, '", "').replace(/":"/g, '": "').replace(/":(?=[\d{[tfn])/g, '": ').replace(/,"/g, ', "');

// Larkspur Games (English, Bristol: GMT in mid-March).
const LK_API = 'api.larkspur.example';
const LK_ACCOUNT = 'account.larkspur.example';
const LK_STORE = 'store.larkspur.example';
const HM = 'hollowmere.example';
const player = (rng) => `p_${lowerNum(rng, 12)}`;
const ulid = (rng) => `01K${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`;
// Leiliaeg (Estonian, Tartu: EET, UTC+2, in mid-March).
const EE = 120;
const EE_WWW = 'leiliaeg.example';
const EE_ADMIN = 'haldus.leiliaeg.example';
const EE_FILES = 'failid.leiliaeg.example';
const SAUNAD = ['suitsusaun', 'soome-saun', 'aurusaun', 'tunnisaun', 'jarvesaun', 'tunnisaun-2'];
const eeIp = (rng) => `${rng.pick(['90.191', '84.50', '188.196', '193.40', '213.219'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`;
const broneering = (rng) => `LA-${digits(rng, 6)}`;
// Shamba Bora (Swahili, Nairobi: EAT, UTC+3).
const KE = 180;
const KE_WWW = 'shambabora.example';
const KE_API = 'api.shambabora.example';
const keIp = (rng) => `${rng.pick(['41.90', '105.160', '197.237', '102.68', '154.159'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`;
const msisdn = (rng) => `2547${rng.pick(['0', '1', '2', '9'])}${digits(rng, 7)}`;
const agizo = (rng) => `AGZ-${digits(rng, 6)}`;

// =====================================================================================================================
// Larkspur Games
// =====================================================================================================================

// Player.log: the Windows player of Hollowmere (Unity 6000.0, a Mono release build) as it writes
// %USERPROFILE%\AppData\LocalLow\Larkspur Games\Hollowmere\Player.log: the engine's start-up lines (no time on any
// line), then every Debug.Log/LogWarning/LogError message followed by its managed stack trace (ScriptOnly, no file and
// line numbers in a release build), a blank line, the `(Filename: … Line: …)` footer and another blank line. Players
// attach this file to support tickets and forum posts. https://docs.unity3d.com/Manual/log-files.html,
// https://docs.unity3d.com/Manual/stack-trace.html (the entry layout written from memory of public Player.log files)

function unityLog(rng) {
  const GAME = 'C:/Program Files (x86)/Steam/steamapps/common/Hollowmere';
  const FOOT = '(Filename: C:\\build\\output\\unity\\unity\\Runtime\\Export\\Debug\\Debug.bindings.h Line: 39)';
  const HEAD = { log: 'UnityEngine.Debug:Log (object)', warn: 'UnityEngine.Debug:LogWarning (object)', error: 'UnityEngine.Debug:LogError (object)' };
  const NET = ['Larkspur.Hollowmere.Net.ApiClient/<Send>d__21:MoveNext ()', 'UnityEngine.SetupCoroutine:InvokeMoveNext (System.Collections.IEnumerator,intptr)'];
  const UI = (handler) => [`Larkspur.Hollowmere.UI.${handler} ()`, 'UnityEngine.Events.InvokableCall:Invoke ()', 'UnityEngine.Events.UnityEvent:Invoke ()', 'UnityEngine.UI.Button:Press ()', 'UnityEngine.UI.Button:OnPointerClick (UnityEngine.EventSystems.PointerEventData)'];
  const render = (e) => {
    if (e.boot)
      return [
        `Mono path[0] = '${GAME}/Hollowmere_Data/Managed'`,
        `Mono config path = '${GAME}/MonoBleedingEdge/etc'`,
        `Initialize engine version: 6000.0.41f1 (${e.rev})`,
        `[Subsystems] Discovering subsystems at path ${GAME}/Hollowmere_Data/UnitySubsystems`,
        'GfxDevice: creating device client; kGfxThreadingModeThreaded',
        'Direct3D:',
        '    Version:  Direct3D 11.0 [level 11.1]',
        '    Renderer: NVIDIA GeForce RTX 4060 (ID=0x2882)',
        '    Vendor:   NVIDIA',
        '    VRAM:     7949 MB',
        '    Driver:   32.0.15.7270',
        'Begin MonoManager ReloadAssembly',
        '- Loaded All Assemblies, in  0.402 seconds',
        '- Finished resetting the current domain, in  0.003 seconds',
        '<RI> Initializing input.',
        '<RI> Input initialized.',
        '<RI> Initialized touch support.',
        'UnloadTime: 0.611200 ms',
        '',
      ];
    if (e.engine) return [e.msg, '', `(Filename: ${e.engine})`, ''];
    return [e.msg, HEAD[e.level ?? 'log'], ...(e.stack ?? NET), '', FOOT, ''];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `[Net] GET https://${LK_API}/v2/news?locale=en-GB&platform=steam -> 200 (${rng.int(60, 400)} ms)` }),
      () => ({ msg: `[Lobby] Joined lobby EU-W-${rng.int(100, 999)} (ping ${rng.int(12, 80)} ms, ${rng.int(1, 3)}/4 players)`, stack: ['Larkspur.Hollowmere.Lobby.LobbyService:OnJoined (Larkspur.Hollowmere.Lobby.LobbyInfo)', 'Larkspur.Hollowmere.Net.RealtimeSocket:Dispatch (string)', 'Larkspur.Hollowmere.Net.RealtimeSocket:Update ()'] }),
      () => ({ msg: `[Save] Cloud save synced (slot ${rng.int(1, 3)}, ${rng.int(90, 400)} KB)` }),
      () => ({ msg: `[Net] POST https://${LK_API}/v2/telemetry/batch -> 204 (${rng.int(40, 200)} ms)` }),
      () => ({ msg: `The referenced script on this Behaviour (Game Object '${rng.pick(['LobbyCanvas', 'PartyPanel', 'SettingsRoot'])}') is missing!`, engine: 'C:\\build\\output\\unity\\unity\\Runtime/Scripting/ManagedReference/SerializableManagedRef.cpp Line: 211' }),
      () => ({ msg: `[Audio] Bank loaded: Ambience_Marsh.bank (${rng.int(4, 30)} MB)`, stack: ['Larkspur.Hollowmere.Audio.AudioBanks:OnBankLoaded (string,single)', 'Larkspur.Hollowmere.Audio.AudioBanks/<LoadAsync>d__9:MoveNext ()', 'UnityEngine.SetupCoroutine:InvokeMoveNext (System.Collections.IEnumerator,intptr)'] }),
    ])();
  const steps = [
    plant('negative', 'unity-engine-revision-hash', 'none', "The engine's build revision in `Initialize engine version: 6000.0.41f1 (<hash>)`: a source revision, no credential.", ({ rng }) => {
      const rev = rng.hex(12);
      return { value: rev, event: { boot: true, rev } };
    }),
    2,
    plant('negative', 'unity-deviceUniqueIdentifier', 'none', "`SystemInfo.deviceUniqueIdentifier` (40 hex) on the telemetry start line: a device identifier, no credential.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { msg: `[Telemetry] Session started device=${v} build=1.4.2.8812 branch=public`, stack: ['Larkspur.Hollowmere.Telemetry.TelemetryService:Start ()'] } };
    }),
    3,
    plant('framework-dump', 'unity-remote-config-tojson-steam-publisher-key', 'error', "The client logs `JsonUtility.ToJson` of its remote config: it carries `steamPublisherKey`, a Steam Web API publisher key meant for servers only (the Sentry DSN and the Photon app id beside it are public by design). Players attach Player.log to support tickets and forum posts.", ({ rng }) => {
      const key = rng.hex(32).toUpperCase();
      const cfg = { apiBase: `https://${LK_API}`, photonAppId: rng.uuid(), sentryDsn: `https://${rng.hex(32)}@o4507${digits(rng, 6)}.ingest.de.sentry.io/45${digits(rng, 14)}`, steamPublisherKey: key, motdUrl: `https://${HM}/motd.json` };
      return { value: key, event: { msg: `[Config] Remote config applied: ${JSON.stringify(cfg)}`, stack: ['Larkspur.Hollowmere.Config.RemoteConfig/<Fetch>d__6:MoveNext ()', 'UnityEngine.SetupCoroutine:InvokeMoveNext (System.Collections.IEnumerator,intptr)'] } };
    }),
    3,
    plant('encoded', 'unity-launcher-arg-base64url-json-refresh', 'error', "The launcher hands the game `-larkspur-auth=<base64url of a JSON object>` holding the account's refresh token, and the client logs its command-line arguments: one base64 decoding away (a base64 JSON that starts `eyJ` is not a JWT).", ({ rng, t }) => {
      const blob = b64urlOf(JSON.stringify({ account: player(rng), refresh_token: rng.b64url(48), issued: sec(t) - rng.int(20, 90), launcher: '3.2.0' }));
      return { value: blob, event: { msg: `[Boot] Command line: "${GAME}/Hollowmere.exe" -screen-fullscreen 1 -larkspur-auth=${blob} -launcher-pid 14408`, stack: ['Larkspur.Hollowmere.Boot.Bootstrap:Awake ()'] } };
    }),
    3,
    plant('header-dump', 'unity-netdebug-request-headers-bearer', 'error', "The client's network debug helper (`-netdebug`, left on in the beta branch) prints each request's headers: `Authorization=Bearer <token>`, the player's access token.", ({ rng }) => {
      const tok = `lk_at_${rng.alnum(40)}`;
      return { value: tok, event: { msg: `[NetDebug] POST https://${LK_API}/v2/loadout headers: Authorization=Bearer ${tok}; Content-Type=application/json; X-Client-Version=1.4.2.8812; X-Platform=steam`, stack: ['Larkspur.Hollowmere.Net.NetDebug:DumpRequest (UnityEngine.Networking.UnityWebRequest)', ...NET] } };
    }),
    3,
    plant('implicit-fragment', 'unity-webview-navigated-access_token', 'error', "The in-game browser (a WebView plugin) finishes the account-linking page with the implicit grant's `#access_token=<token>`, and the client logs the address it navigated to.", ({ rng }) => {
      const tok = `lk_at_${rng.alnum(40)}`;
      return { value: tok, event: { msg: `[Account] WebView navigated: https://${LK_ACCOUNT}/link/done#access_token=${tok}&token_type=Bearer&expires_in=3600`, stack: ['Larkspur.Hollowmere.Account.LinkWindow:OnPageFinished (UniWebView,int,string)', 'UniWebView:InternalOnPageFinished (UniWebViewNativeResultPayload)', 'UniWebViewNativeListener:PageFinished (string)'] } };
    }),
    3,
    plant('path-secret', 'unity-party-invite-link', 'error', WHY.pathSecret('A party invite link `/party/join/<token>` the client logs when the player copies it to the clipboard'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { msg: `[Party] Invite link copied to clipboard: https://${HM}/party/join/${tok}`, stack: UI('PartyPanel:OnCopyInviteClicked') } };
    }),
    3,
    plant('webhook', 'unity-bug-report-discord-webhook', 'error', WHY.webhook('A Discord webhook compiled into the game client for in-game bug reports, written to Player.log when a report is sent'), ({ rng }) => {
      const id = digits(rng, 19);
      const tok = rng.b64url(68);
      return { value: tok, event: { msg: `[BugReport] Posting report #${rng.int(1000, 9999)} to https://discord.com/api/webhooks/${id}/${tok}`, stack: ['Larkspur.Hollowmere.Support.BugReporter/<Submit>d__14:MoveNext ()', 'UnityEngine.SetupCoroutine:InvokeMoveNext (System.Collections.IEnumerator,intptr)'] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR, site: { host: LK_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// matchmaker.log: the Hollowmere backend (Rust, axum and reqwest 0.12) with tracing-subscriber's default fmt layer
// (`<RFC 3339 UTC, µs> <LEVEL> <spans>: <target>: <message> <fields>`, no ANSI) and `RUST_LOG=info,
// hollowmere_backend=debug,reqwest=trace`: reqwest's `starting new connection` and, with `connection_verbose(true)`, the
// `reqwest::connect::verbose` lines `<conn id> write (vectored): b"…"` and `<conn id> read: b"…"` (the bytes after TLS,
// escaped as Rust byte strings: `\r\n`, `\"`). https://docs.rs/reqwest/latest/reqwest/struct.ClientBuilder.html#method.connection_verbose,
// https://docs.rs/tracing-subscriber/latest/tracing_subscriber/fmt/index.html (a public README's sample of both read
// through search)

function matchmakerLog(rng) {
  const rustBytes = (s) => `b"${[...Buffer.from(s)].map((b) => (b === 0x0a ? '\\n' : b === 0x0d ? '\\r' : b === 0x09 ? '\\t' : b === 0x22 || b === 0x5c ? `\\${String.fromCharCode(b)}` : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('')}"`;
  const ts = (t) => `${iso(t).slice(0, 23)}${digits(rng, 3)}Z`;
  const lvl = (l) => l.padStart(5, ' ');
  const line = (t, level, target, msg) => `${ts(t)} ${lvl(level)} ${target}: ${msg}`;
  const render = (e, rng) => {
    if (e.lines) return e.lines.map(([level, target, msg], i) => line(e.t + i * 3, level, target, msg));
    const out = [];
    const conn = rng.hex(8);
    if (e.intro) out.push(line(e.t - 4, ...e.intro));
    out.push(line(e.t - 2, 'DEBUG', 'reqwest::connect', `starting new connection: https://${e.host}/`));
    const headers = Object.entries({ ...(e.headers ?? {}), accept: e.accept ?? '*/*', host: e.host, ...(e.body ? { 'content-length': String(Buffer.byteLength(e.body)) } : {}) }).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    out.push(line(e.t, 'TRACE', 'reqwest::connect::verbose', `${conn} write (vectored): ${rustBytes(`${e.method} ${target(e)} HTTP/1.1\r\n${headers}\r\n${e.body ?? ''}`)}`));
    const resp = e.resp ?? '{"ok":true}';
    const rh = e.respHeaders ?? `content-type: application/json\r\ncontent-length: ${resp.length}\r\n`;
    out.push(line(e.t + e.ms, 'TRACE', 'reqwest::connect::verbose', `${conn} read: ${rustBytes(`HTTP/1.1 ${e.status} ${e.reason ?? 'OK'}\r\n${rh}date: ${new Date(e.t).toUTCString()}\r\n\r\n${resp}`)}`));
    if (e.outro) out.push(line(e.t + e.ms + 2, ...e.outro));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [['INFO', 'hollowmere_backend::matchmaker', `queue tick players=${rng.int(200, 900)} regions=4 avg_wait_ms=${rng.int(800, 9000)}`]] }),
      () => { const m = ulid(rng); return { lines: [['INFO', `match{id=${m}}: hollowmere_backend::matchmaker`, `match formed mode=${rng.pick(['raid', 'expedition', 'duel'])} size=${rng.int(2, 4)} region=eu-west wait_ms=${rng.int(900, 20000)}`], ['DEBUG', `match{id=${m}}: hollowmere_backend::fleet`, `allocated server=gs-euw-${rng.int(10, 99)}-${rng.lowerNum(5)} port=${rng.int(7000, 7999)}`]] }; },
      () => ({ host: 'cdn-origin.larkspur.internal', method: 'GET', path: '/v2/playlists/current.json', headers: { 'user-agent': 'hollowmere-backend/2.14.0' }, resp: `{"season":7,"rotation":"${rng.pick(['marsh', 'tundra', 'ruins'])}"}` }),
      () => ({ lines: [['DEBUG', 'hollowmere_backend::presence', `heartbeat batch flushed count=${rng.int(50, 400)}`]] }),
    ])();
  const steps = [
    { raw: { lines: [['INFO', 'hollowmere_backend', 'starting hollowmere-backend 2.14.0 (commit 9c1e0f7) listen=0.0.0.0:8080'], ['INFO', 'hollowmere_backend::matchmaker', 'matchmaker ready regions=["eu-west","eu-central","us-east","ap-southeast"]']] } },
    3,
    plant('api-key-name', 'reqwest-verbose-twitch-client_secret-body', 'error', `${WHY.apiKey('client_secret')} The backend's Twitch client-credentials request, as reqwest's verbose connection writes it after TLS: the form body with \`client_secret=\` (Twitch answered 400: the secret had been rotated, but the new one is the same kind of value).`, ({ rng }) => {
      const secret = lowerNum(rng, 30);
      return { value: secret, event: { host: 'id.twitch.tv', method: 'POST', path: '/oauth2/token', headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'hollowmere-backend/2.14.0' }, body: `client_id=${lowerNum(rng, 30)}&client_secret=${secret}&grant_type=client_credentials`, status: 400, reason: 'Bad Request', resp: '{"status":400,"message":"invalid client secret"}', outro: ['WARN', 'hollowmere_backend::twitch', 'app token request failed status=400'] } };
    }),
    3,
    plant('negative', 'reqwest-verbose-sigv4-signature', 'none', "A SigV4 `authorization: AWS4-HMAC-SHA256 Credential=…, Signature=<hex>` in the replay uploader's request bytes: one request's signature, no credential (the secret access key is not on the line).", ({ rng, t }) => {
      const sig = rng.hex(64);
      const d = iso(t).slice(0, 10).replace(/-/g, '');
      return { value: sig, event: { host: 'replays.s3.eu-west-2.amazonaws.com', method: 'PUT', path: `/2027/03/16/${ulid(rng)}.hmr`, headers: { authorization: `AWS4-HMAC-SHA256 Credential=AKIA${upperNum(rng, 16)}/${d}/eu-west-2/s3/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=${sig}`, 'content-type': 'application/octet-stream', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD', 'x-amz-date': `${d}T${iso(t).slice(11, 19).replace(/:/g, '')}Z` }, body: '', status: 200, resp: '', respHeaders: `x-amz-id-2: ${rng.b64url(76)}\r\nx-amz-request-id: ${upperNum(rng, 16)}\r\netag: "${rng.hex(32)}"\r\ncontent-length: 0\r\nserver: AmazonS3\r\n` } };
    }),
    3,
    plant('header-dump', 'reqwest-verbose-authorization-bearer-jwt', 'error', "The entitlement grant to the store service, as reqwest's verbose connection writes it: `authorization: Bearer <JWT>`, the backend's service token.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${LK_ACCOUNT}/`, aud: 'store-svc', sub: 'svc:hollowmere-backend', scope: 'entitlements:grant' } });
      return { value: token, jwt: facts, event: { host: 'store-svc.larkspur.internal', method: 'POST', path: '/v1/entitlements/grant', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'user-agent': 'hollowmere-backend/2.14.0' }, body: JSON.stringify({ player: player(rng), sku: 'season7-pass', reason: 'match_reward' }), status: 200, resp: '{"granted":true}' } };
    }),
    3,
    plant('embed-jwt', 'tracing-field-spectate-embed-120s-no-jti', 'warning', "The backend logs a spectator widget's URL as a tracing field: `/embed/match/<JWT>`, a token of 120 s without jti.", ({ rng, t }) => {
      const m = ulid(rng);
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(1, 8), claims: { match: m, view: 'spectate' } });
      return { value: token, jwt: facts, event: { lines: [['INFO', `match{id=${m}}: hollowmere_backend::spectate`, `spectator embed ready viewers=0 url=https://watch.${HM}/embed/match/${token}`]] } };
    }),
    3,
    plant('session-id', 'reqwest-verbose-cookie-hm_sess', 'error', WHY.session("The player's `hm_sess` cookie, which the backend forwards to the legacy account service (reqwest's verbose write)"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { host: 'accounts-legacy.larkspur.internal', method: 'GET', path: '/v1/players/me/party', headers: { cookie: `hm_sess=${sid}; hm_locale=en-GB`, 'user-agent': 'hollowmere-backend/2.14.0' }, status: 200, resp: `{"party":null}` } };
    }),
    3,
    plant('negative', 'tracing-span-match-ulid', 'none', "A match id (a ULID) in the `match{id=…}` span of a result line: an identifier, no credential.", ({ rng }) => {
      const m = ulid(rng);
      return { value: m, event: { lines: [['INFO', `match{id=${m}}: hollowmere_backend::results`, `match finished outcome=victory duration_s=${rng.int(600, 2400)} mvp=${player(rng)}`]] } };
    }),
    3,
    plant('refresh-token', 'reqwest-verbose-refresh-grant-body', 'error', `${WHY.refresh} The backend refreshes a player's session against the internal auth service (client authentication by mTLS, so the form holds only the grant): reqwest's verbose write prints the body.`, ({ rng }) => {
      const rt = `lk_rt_${rng.b64url(52)}`;
      return { value: rt, event: { host: 'auth.larkspur.internal', method: 'POST', path: '/oauth/token', headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'hollowmere-backend/2.14.0' }, body: `grant_type=refresh_token&refresh_token=${rt}&client_id=hollowmere-backend`, status: 400, reason: 'Bad Request', resp: '{"error":"invalid_grant","error_description":"refresh token revoked"}' } };
    }),
    3,
    plant('webhook', 'reqwest-verbose-discord-tournament-webhook', 'error', WHY.webhook("A tournament organiser's Discord webhook, to which the backend posts match results: the path of reqwest's verbose write"), ({ rng }) => {
      const tok = rng.b64url(68);
      return { value: tok, event: { host: 'discord.com', method: 'POST', path: `/api/webhooks/${digits(rng, 19)}/${tok}`, query: 'wait=true', headers: { 'content-type': 'application/json', 'user-agent': 'hollowmere-backend/2.14.0' }, body: JSON.stringify({ username: 'Hollowmere Results', content: `Round ${rng.int(2, 6)}: Mire Wardens 2 - 1 Salt Hounds` }), status: 200, resp: `{"id":"${digits(rng, 19)}","type":0}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: LK_API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kafka-telemetry.txt: a support engineer's terminal on the `kafka-tools-0` pod, saved: Kafka 3.9's
// `kafka-console-consumer.sh … --from-beginning --max-messages <n>` with `print.timestamp`, `print.partition`,
// `print.offset`, `print.headers` and `print.key` (the DefaultMessageFormatter writes `CreateTime:<epoch ms>`,
// `Partition:<n>`, `Offset:<n>`, the headers as `key:value` joined by `,` or `NO_HEADERS`, the key (`null` when there is
// none) and the value, separated by tabs), then the tool's `Processed a total of <n> messages`; a Debezium 3.1 topic of
// the store database with the JSON converter (schemas off, `bytea` written as base64).
// https://github.com/apache/kafka/blob/trunk/tools/src/main/java/org/apache/kafka/tools/consumer/DefaultMessageFormatter.java
// (read), https://kafka.apache.org/documentation/#basic_ops_consumer, https://debezium.io/documentation/reference/stable/connectors/postgresql.html
// (not fetched)

function kafkaLog(rng) {
  const offsets = {};
  let topic = '';
  const render = (e) => {
    if (e.cmd) {
      topic = e.cmd;
      return [`kafka@kafka-tools-0:/opt/kafka$ bin/kafka-console-consumer.sh --bootstrap-server kafka-0.kafka-headless:9092 --topic ${e.cmd} ${e.args ?? '--from-beginning'} --max-messages ${e.max} --property print.timestamp=true --property print.partition=true --property print.offset=true --property print.headers=true --property print.key=true`];
    }
    if (e.done !== undefined) return [`Processed a total of ${e.done} messages`];
    const part = e.partition ?? 0;
    const k = `${topic}/${part}`;
    offsets[k] = e.offset ?? (offsets[k] ?? rng.int(1000, 90000)) + rng.int(1, 40);
    const headers = e.headers ? Object.entries(e.headers).map(([h, v]) => `${h}:${v}`).join(',') : 'NO_HEADERS';
    return [`CreateTime:${e.t}\tPartition:${part}\tOffset:${offsets[k]}\t${headers}\t${e.key ?? 'null'}\t${e.value}`];
  };
  const fillers = {
    'account.events': (rng, t) => { const p = player(rng); return { partition: rng.int(0, 5), key: p, headers: { 'trace-id': rng.hex(32), source: 'account-svc' }, value: JSON.stringify({ type: rng.pick(['session.created', 'session.refreshed', 'profile.updated']), player: p, at: iso(t - rng.int(100, 900)), client: rng.pick(['launcher', 'steam', 'web']) }) }; },
    'fleet.reservations': (rng, t) => ({ partition: rng.int(0, 3), key: `gs-euw-${rng.int(10, 99)}`, headers: { source: 'fleet-agent' }, value: JSON.stringify({ event: rng.pick(['reservation.created', 'reservation.expired', 'server.ready']), reservation: `res_${rng.lowerNum(12)}`, match: ulid(rng), slots: rng.int(2, 4), at: sec(t) - 1 }) }),
    'ingest.telemetry': (rng, t) => ({ partition: rng.int(0, 7), key: player(rng), headers: { 'content-type': 'application/json', 'x-client-version': '1.4.2.8812' }, value: JSON.stringify({ event: rng.pick(['match_start', 'match_end', 'fps_sample', 'menu_open']), build: '1.4.2.8812', fps: rng.int(40, 144), at: sec(t) - rng.int(1, 30) }) }),
    'dbz.store.public.webhook_deliveries': (rng, t) => dbz(rng, t, b64Of(JSON.stringify({ order: `HM-${digits(rng, 8)}`, sku: rng.pick(['season7-pass', 'cosmetic-lantern', 'supporter-pack']), qty: 1 })), 'https://fulfilment.larkspur.internal/v1/orders'),
    'store.webhooks.raw': (rng, t) => { const id = `evt_${rng.alnum(24)}`; return { partition: 0, key: id, headers: { 'content-type': 'application/json', 'stripe-signature': `t=${sec(t) - 1},v1=${rng.hex(64)}` }, value: JSON.stringify({ id, type: 'checkout.session.completed', created: sec(t) - 1 }) }; },
  };
  let lsn = 38000000000 + rng.int(0, 99999999);
  function dbz(rng, t, body, endpoint = 'https://api.keyshop-partner.example/v1/orders') {
    const id = rng.int(400000, 499999);
    lsn += rng.int(2000, 90000);
    return { partition: 0, key: JSON.stringify({ id }), value: JSON.stringify({ before: null, after: { id, endpoint, request_body: body, status: 201, attempt: 1, created_at: (t - 40) * 1000 }, source: { version: '3.1.2.Final', connector: 'postgresql', name: 'dbz.store', ts_ms: t - 40, snapshot: 'false', db: 'store', sequence: `["${lsn - 4000}","${lsn}"]`, schema: 'public', table: 'webhook_deliveries', txId: rng.int(9000000, 9999999), lsn, xmin: null }, op: 'c', ts_ms: t - 12, transaction: null }) };
  }
  const filler = (rng, t) => fillers[topic](rng, t);
  const segment = (name, parts, args) => {
    const n = parts.reduce((sum, p) => sum + (typeof p === 'number' ? p : 1), 0);
    return [{ raw: { cmd: name, max: n, args }, after: 40 }, ...parts, { raw: { done: n }, after: 1 }];
  };
  const resetOffset = rng.int(4000, 9000);
  let ticketPeer = '';
  let ticketMatch = '';
  const steps = [
    ...segment('account.events', [
      2,
      plant('negative', 'kafka-header-trace-id', 'none', 'A `trace-id` record header (a W3C trace id): no credential.', ({ rng, t }) => {
        const v = rng.hex(32);
        const p = player(rng);
        return { value: v, event: { partition: 3, key: p, headers: { 'trace-id': v, source: 'account-svc' }, value: JSON.stringify({ type: 'email.verified', player: p, at: iso(t - 300) }) } };
      }),
      2,
      plant('id-token', 'kafka-value-logout-id_token_hint-expired', 'note', "A `session.ended` event keeps the sign-out request's query: `id_token_hint=<JWT>`, the player's ID token, which had expired two hours before the record was written (note).", ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 7200 + rng.int(10, 600), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${LK_ACCOUNT}/`, aud: 'hollowmere-store', sub: player(rng), sid: rng.uuid() } });
        const p = player(rng);
        return { value: token, jwt: facts, event: { partition: 4, key: p, headers: { 'trace-id': rng.hex(32), source: 'account-svc' }, value: JSON.stringify({ type: 'session.ended', player: p, request: { path: '/oidc/logout', query: { id_token_hint: token, post_logout_redirect_uri: `https://${LK_STORE}/` } }, at: iso(t - 2) }) } };
      }),
      1,
    ]),
    ...segment('password-reset.requested', [
      plant('path-secret', 'kafka-record-key-reset-token', 'error', WHY.pathSecret("A password reset token as the record key of `password-reset.requested` (the mailer builds `https://account…/reset/<key>` from it)"), ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { partition: 1, offset: resetOffset, key: tok, headers: { source: 'account-svc' }, value: JSON.stringify({ player: player(rng), email: 'freya.hale@mail.example', locale: 'en-GB', expires: iso(t + 3600000).slice(0, 19) + 'Z' }) } };
      }),
    ], `--partition 1 --offset ${resetOffset}`),
    ...segment('ingest.telemetry', [
      2,
      plant('api-key-name', 'kafka-header-x-api-key-partner', 'error', `${WHY.apiKey('x-api-key')} The REST ingest bridge copies the partner streaming tool's \`x-api-key\` request header into the record's headers.`, ({ rng, t }) => {
        const key = `lki_${rng.alnum(36)}`;
        return { value: key, event: { partition: 5, key: player(rng), headers: { 'content-type': 'application/json', 'x-api-key': key, 'x-forwarded-for': publicIpKafka(rng) }, value: JSON.stringify({ event: 'stream_marker', source: 'streamdeck-plugin', label: 'boss down', at: sec(t) - 2 }) } };
      }),
      2,
      plant('embed-jwt', 'kafka-value-overlay-embed-no-exp', 'error', "A streamer's OBS browser source `/embed/overlay/<JWT>` in a telemetry event: a token without `exp`, valid until the streamer resets it.", ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { age: rng.int(86400, 86400 * 40), claims: { streamer: player(rng), overlay: 'party-hud', v: 2 } });
        return { value: token, jwt: facts, event: { partition: 2, key: player(rng), headers: { 'content-type': 'application/json', 'x-client-version': '1.4.2.8812' }, value: JSON.stringify({ event: 'overlay_opened', overlay_url: `https://overlay.${HM}/embed/overlay/${token}`, at: sec(t) - 1 }) } };
      }),
      1,
    ]),
    ...segment('fleet.reservations', [
      2,
      plant('replay', 'kafka-fleet-reservation-join_ticket', 'note', WHY.ticketFirst("A game server's `reservation.redeemed` event with the match's single-use `join_ticket`"), ({ rng, t }) => {
        firstUse.join = t;
        const tk = rng.b64url(32);
        ticketPeer = `${publicIpKafka(rng)}:${rng.int(1024, 65535)}`;
        ticketMatch = ulid(rng);
        return { value: tk, event: { partition: 2, key: 'gs-euw-41', headers: { source: 'fleet-agent' }, value: JSON.stringify({ event: 'reservation.redeemed', join_ticket: tk, match: ticketMatch, peer: ticketPeer, accepted: true, at: sec(t) - 1 }) } };
      }, { ref: 'join' }),
      1,
      plant('replay', 'kafka-fleet-reservation-join_ticket', 'replay', '', ({ refs, rng, t }) => ({ marks: [{ value: refs.get('join').value, why: `${WHY.replay('join_ticket', gap('join', t))} The game server redeems the reservation again (\`accepted: true\`) for another peer address than the first (${ticketPeer.split(':')[0]}): the ticket was shared in a Discord channel.` }], event: { partition: 2, key: 'gs-euw-41', headers: { source: 'fleet-agent' }, value: JSON.stringify({ event: 'reservation.redeemed', join_ticket: refs.get('join').value, match: ticketMatch, peer: `${publicIpKafka(rng)}:${rng.int(1024, 65535)}`, accepted: true, at: sec(t) - 1 }) } }), { replayOf: 'join', after: 48 }),
      1,
    ]),
    ...segment('dbz.store.public.webhook_deliveries', [
      2,
      plant('encoded', 'kafka-debezium-bytea-base64-api_key', 'error', "A Debezium change event of `webhook_deliveries`: the `request_body` column (`bytea`) written as base64 by the JSON converter, the JSON body sent to the key reseller with its `api_key` inside, one base64 decoding away.", ({ rng, t }) => {
        const body = b64Of(JSON.stringify({ order: `HM-${digits(rng, 8)}`, sku: 'supporter-pack', qty: 1, api_key: `ksp_live_${rng.alnum(32)}` }));
        return { value: body, event: dbz(rng, t, body) };
      }),
      1,
    ]),
    ...segment('store.webhooks.raw', [
      1,
      plant('negative', 'kafka-header-stripe-signature', 'none', 'A `stripe-signature` header (`t=…,v1=<HMAC>`) on a raw webhook record: a signature over one payload, no credential.', ({ rng, t }) => {
        const v = rng.hex(64);
        const id = `evt_${rng.alnum(24)}`;
        return { value: v, event: { partition: 0, key: id, headers: { 'content-type': 'application/json', 'stripe-signature': `t=${sec(t) - 1},v1=${v}` }, value: JSON.stringify({ id, type: 'charge.refunded', created: sec(t) - 1 }) } };
      }),
      1,
    ]),
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: LK_API }, filler, render, steps });
}
const publicIpKafka = (rng) => `${rng.pick(['81.2', '86.153', '92.40', '109.150'])}.${rng.int(1, 254)}.${rng.int(1, 254)}`;

// ---------------------------------------------------------------------------------------------------------------------
// bedrock-support.log: the support assistant's Amazon Bedrock model invocation logs (text data delivery on), from a
// CloudWatch Logs export task to S3, one object decompressed: each line the event's ingestion time (`yyyy-MM-ddTHH:mm:
// ss.SSSZ`) and the record (`schemaType` `ModelInvocationLog`, `timestamp`, `accountId`, `identity.arn`, `region`,
// `requestId`, `operation` `Converse`, `modelId`, `input.inputBodyJson` with the Converse request's `messages`, `system`,
// `inferenceConfig` and tools, `output.outputBodyJson`, token counts).
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html (a public post's record read through
// search), https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/S3ExportTasks.html (not fetched)

function bedrockLog(rng) {
  const ACCOUNT = `4${digits(rng, 11)}`;
  const SYSTEM = 'You are Wren, the Hollowmere support assistant for Larkspur Games. Answer briefly in British English. Never ask players for passwords. Use the tools to look up accounts.';
  const TOOLS = { tools: [{ toolSpec: { name: 'get_linked_accounts', description: "Look up a player's linked platform accounts.", inputSchema: { json: { type: 'object', properties: { player: { type: 'string' } }, required: ['player'] } } } }] };
  const render = (e, rng) => {
    const inTok = rng.int(300, 1800);
    const outTok = rng.int(40, 220);
    const record = {
      schemaType: 'ModelInvocationLog',
      schemaVersion: '1.0',
      timestamp: `${iso(e.t).slice(0, 19)}Z`,
      accountId: ACCOUNT,
      identity: { arn: `arn:aws:sts::${ACCOUNT}:assumed-role/hollowmere-support-bot/${e.session ?? `wren-${rng.hex(8)}`}` },
      region: 'eu-west-2',
      requestId: e.requestId ?? rng.uuid(),
      operation: 'Converse',
      modelId: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0',
      input: { inputContentType: 'application/json', inputBodyJson: { messages: e.messages ?? [{ role: 'user', content: [{ text: e.q }] }], system: [{ text: e.system ?? SYSTEM }], inferenceConfig: { maxTokens: 800, temperature: 0.3 }, toolConfig: TOOLS }, inputTokenCount: inTok },
      output: { outputContentType: 'application/json', outputBodyJson: { output: { message: { role: 'assistant', content: e.toolUse ? [{ toolUse: e.toolUse }] : [{ text: e.a }] } }, stopReason: e.toolUse ? 'tool_use' : 'end_turn', metrics: { latencyMs: rng.int(400, 3500) }, usage: { inputTokens: inTok, outputTokens: outTok, totalTokens: inTok + outTok } }, outputTokenCount: outTok },
    };
    const lines = [`${iso(e.t + rng.int(150, 900))} ${JSON.stringify(record)}`];
    if (e.pre) lines.unshift(...render({ ...e, ...e.pre, pre: undefined, t: e.t - rng.int(2500, 6000), requestId: undefined }, rng));
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ q: 'My cloud save did not sync after the patch, I lost two hours of progress. Can you restore it?', a: 'Sorry about that. Cloud saves keep three backups: open Settings > Saves > Restore and pick the one from before the patch.' }),
      () => ({ q: 'How do I get the Lantern cosmetic from the season pass?', a: 'It unlocks at season pass tier 12. You can check your tier under Progress > Season 7.' }),
      () => ({ q: 'The game crashes on launch with DX12, any fix?', a: 'Please try launching with -force-d3d11 in Steam > Properties > Launch options, then send us Player.log if it still crashes.' }),
      () => ({ q: 'Can I change my display name?', a: 'Yes, once every 30 days under Settings > Account > Display name.' }),
    ])();
  const steps = [
    2,
    plant('negative', 'bedrock-requestId', 'none', "A record's `requestId` (a UUID Bedrock gives each invocation): an identifier, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { requestId: v, q: 'Is there a controller layout for the Steam Deck?', a: 'Yes, the official layout is applied automatically. You can change it from the Steam Deck controller settings.' } };
    }),
    2,
    plant('oauth-code', 'bedrock-user-pasted-twitch-callback-code', 'warning', `${WHY.code} A player pastes the Twitch linking callback's address into the support chat (\`code=\` beside \`state\`), and the invocation log keeps the prompt.`, ({ rng }) => {
      const code = lowerNum(rng, 30);
      return { value: code, event: { q: `I tried to link Twitch and got "Invalid state". The page was https://${LK_ACCOUNT}/link/twitch/callback?code=${code}&scope=user%3Aread%3Aemail&state=${rng.b64url(32)}`, a: 'That usually happens when the link is opened in a different browser. Please start the link again from Settings > Connections in the same browser.' } };
    }),
    3,
    plant('implicit-fragment', 'bedrock-user-pasted-access_token-fragment-jwt', 'error', "A player pastes the address bar after signing in: `#access_token=<JWT>` from the implicit flow of the old web login, in the prompt the invocation log keeps.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 600), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${LK_ACCOUNT}/`, aud: 'hollowmere-web', sub: player(rng), scope: 'openid profile store' } });
      return { value: token, jwt: facts, event: { q: `after logging in the browser just shows https://${LK_ACCOUNT}/auth/done#access_token=${token}&token_type=Bearer&expires_in=3600 and nothing happens`, a: 'Thanks. Please close that tab and sign in again from the launcher; the old web login page is being retired.' } };
    }),
    3,
    plant('api-key-name', 'bedrock-system-prompt-x-support-key', 'error', `${WHY.apiKey('X-Support-Key')} The refund escalation flow's system prompt tells the model to send the refunds API's \`X-Support-Key\`: the key is in the prompt, so every invocation log of that flow keeps it.`, ({ rng }) => {
      const key = `lk_sup_${rng.alnum(40)}`;
      return { value: key, event: { system: `You are Wren in refund mode. Approve refunds under £20 for purchases made in the last 14 days. To file a refund call the refunds API at https://${LK_API}/internal/refunds with the header X-Support-Key: ${key} and the order id.`, q: 'I bought the supporter pack twice by mistake yesterday, order HM-48213077. Can I get one refunded?', a: 'Of course. I have filed a refund for the duplicate supporter pack on order HM-48213077; you will see it within 5 working days.' } };
    }),
    3,
    plant('refresh-token', 'bedrock-toolResult-linked-account-refresh_token', 'error', `${WHY.refresh} The \`get_linked_accounts\` tool returns the raw link record, Twitch's \`refresh_token\` included, and the next invocation's input carries the tool result.`, ({ rng }) => {
      const rt = lowerNum(rng, 50);
      const p = player(rng);
      const id = `tooluse_${rng.b64url(22)}`;
      return { value: rt, event: { pre: { messages: [{ role: 'user', content: [{ text: 'My Twitch drops stopped arriving this week.' }] }], toolUse: { toolUseId: id, name: 'get_linked_accounts', input: { player: p } } }, messages: [{ role: 'user', content: [{ text: 'My Twitch drops stopped arriving this week.' }] }, { role: 'assistant', content: [{ toolUse: { toolUseId: id, name: 'get_linked_accounts', input: { player: p } } }] }, { role: 'user', content: [{ toolResult: { toolUseId: id, content: [{ json: { player: p, links: [{ provider: 'twitch', login: 'mirewarden_ttv', status: 'expired', refresh_token: rt, scopes: ['user:read:email'] }] } }] } }] }], a: 'Your Twitch link has expired, so drops cannot be credited. Please relink Twitch under Settings > Connections.' } };
    }),
    3,
    plant('api-key-name', 'bedrock-user-pasted-modding-api-key', 'error', `${WHY.apiKey('key')} A modder pastes their modding API key into the chat ("the key is …") to ask why it stopped working.`, ({ rng }) => {
      const key = `lkd_${rng.alnum(40)}`;
      return { value: key, event: { q: `My map editor uploads fail since Tuesday. the key is ${key}, can you check if it is still active?`, a: 'Please do not share keys in chat. You can check and rotate your modding key at the Creator Portal; uploads need the new endpoint from version 1.4.' } };
    }),
    3,
    plant('negative', 'bedrock-user-pasted-save-sha1', 'none', "A player pastes their save file's SHA-1 checksum: a content hash, no credential.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { q: `The launcher says my save is corrupted, checksum ${v}. Is it gone?`, a: 'Not necessarily. Please use Settings > Saves > Restore to load the previous backup.' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: LK_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mixpanel-export.ndjson: the web store's events from Mixpanel's raw export API (`GET /api/2.0/export` on the EU
// residency server, saved as it streams: one JSON object a line, `event` and `properties` with `time` in epoch seconds,
// `distinct_id`, `$insert_id`, the JavaScript library's default properties (`$current_url`, `$referrer`,
// `$initial_referrer`, `$browser`, `$os`, `$device_id`, `mp_lib`, …), autocapture's `current_url_path` and
// `current_url_search`, and the store's super properties). https://developer.mixpanel.com/reference/raw-event-export,
// https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript (not fetched; the property set written from memory)

function mixpanelLog(rng) {
  const OS = { 0: 'Windows', 1: 'Mac OS X', 2: 'iOS', 3: 'Linux', 4: 'Android' };
  const BR = { 0: ['Chrome', 143], 1: ['Safari', 26.1], 2: ['Mobile Safari', 26.1], 3: ['Firefox', 146], 4: ['Chrome', 143] };
  const render = (e, rng) => {
    const b = e.browser ?? rng.int(0, 4);
    const url = new URL(e.url ?? `https://${LK_STORE}/`);
    const device = e.device ?? rng.uuid();
    const place = rng.pick([['Bristol', 'England', 'GB'], ['Leeds', 'England', 'GB'], ['Cardiff', 'Wales', 'GB'], ['Glasgow', 'Scotland', 'GB'], ['Dublin', 'Leinster', 'IE'], ['Manchester', 'England', 'GB']]);
    const props = {
      time: sec(e.t),
      distinct_id: e.user ?? `$device:${device}`,
      $browser: BR[b][0],
      $browser_version: BR[b][1],
      $city: place[0],
      $current_url: url.href,
      $device_id: device,
      $initial_referrer: e.initialReferrer ?? '$direct',
      $initial_referring_domain: e.initialReferrer ? new URL(e.initialReferrer).host : '$direct',
      $insert_id: e.insertId ?? rng.lowerNum(16),
      $lib_version: '2.68.0',
      $mp_api_endpoint: 'api-eu.mixpanel.com',
      $mp_api_timestamp_ms: e.t + rng.int(20, 400),
      $os: OS[b],
      ...(e.referrer ? { $referrer: e.referrer, $referring_domain: new URL(e.referrer).host } : {}),
      $region: place[1],
      $screen_height: b === 2 ? 956 : b === 4 ? 915 : 1080,
      $screen_width: b === 2 ? 440 : b === 4 ? 412 : 1920,
      ...(e.user ? { $user_id: e.user } : {}),
      current_domain: url.host,
      current_page_title: e.title ?? 'Hollowmere Store',
      current_url_path: url.pathname,
      current_url_protocol: 'https:',
      current_url_search: url.search,
      mp_country_code: place[2],
      mp_lib: 'web',
      mp_processing_time_ms: e.t + rng.int(400, 2000),
      mp_sent_by_lib_version: '2.68.0',
      store_region: 'uk',
      ...(e.extra ?? {}),
    };
    return [JSON.stringify({ event: e.name ?? '$mp_web_page_view', properties: props })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `https://${LK_STORE}/`, title: 'Hollowmere Store' }),
      () => { const [sku, price] = rng.pick([['season7-pass', 9.99], ['supporter-pack', 14.99], ['lantern-cosmetic', 3.49], ['soundtrack', 6.99]]); return { name: 'Product Viewed', url: `https://${LK_STORE}/p/${sku}`, title: 'Hollowmere Store', extra: { sku, price_gbp: price } }; },
      () => ({ name: 'Add To Cart', url: `https://${LK_STORE}/cart`, user: player(rng), extra: { sku: 'supporter-pack', qty: 1 } }),
      () => ({ url: `https://${LK_STORE}/news/patch-1-4`, title: 'Patch 1.4: The Drowned Archive', referrer: 'https://www.reddit.com/', initialReferrer: 'https://www.reddit.com/' }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'mixpanel-current_url-callback-code', 'warning', `${WHY.code} The store's sign-in callback page is tracked as a page view before the code is exchanged: \`$current_url\` (and \`current_url_search\`) keep \`code=\` and \`state\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { url: `https://${LK_STORE}/auth/callback?code=${code}&state=${rng.b64url(24)}`, title: 'Signing in… | Hollowmere Store', referrer: `https://${LK_ACCOUNT}/` } };
    }),
    3,
    plant('negative', 'mixpanel-insert_id', 'none', "An event's `$insert_id` (the library's deduplication id): no credential.", ({ rng }) => {
      const v = rng.lowerNum(16);
      return { value: v, event: { insertId: v, url: `https://${LK_STORE}/p/soundtrack`, name: 'Product Viewed', extra: { sku: 'soundtrack', price_gbp: 6.99 } } };
    }),
    3,
    plant('id-token', 'mixpanel-current_url-signout-id_token_hint', 'error', "The store's sign-out route `/signout?id_token_hint=<JWT>` is tracked as a page view before it redirects to the identity provider: `$current_url` and `current_url_search` keep the player's ID token, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(1800, 20000), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${LK_ACCOUNT}/`, aud: 'hollowmere-store', sub: player(rng), sid: rng.uuid() } });
      return { value: token, jwt: facts, event: { url: `https://${LK_STORE}/signout?id_token_hint=${token}&next=%2F`, title: 'Signing out… | Hollowmere Store', user: player(rng) } };
    }),
    3,
    plant('path-secret', 'mixpanel-current_url-gift-redeem', 'error', WHY.pathSecret('A gift redemption link `/gift/redeem/<token>` as the `$current_url` of the page view (anyone holding it redeems the gift)'), ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { url: `https://${LK_STORE}/gift/redeem/${tok}`, title: 'You have a gift! | Hollowmere Store', referrer: 'https://mail.example/', initialReferrer: 'https://mail.example/' } };
    }),
    3,
    plant('negative', 'mixpanel-device_id', 'none', "An anonymous visitor's `$device_id` (a UUID the library keeps in its cookie): an identifier, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { device: v, url: `https://${LK_STORE}/p/lantern-cosmetic`, name: 'Product Viewed', extra: { sku: 'lantern-cosmetic', price_gbp: 3.49 } } };
    }),
    3,
    plant('session-id', 'mixpanel-super-property-store_session', 'error', WHY.session("The store registers its session token as a Mixpanel super property (`store_session`), so the event's properties carry it"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { name: 'Checkout Started', url: `https://${LK_STORE}/checkout`, title: 'Checkout | Hollowmere Store', user: player(rng), extra: { store_session: sid, cart_value_gbp: 14.98, items: 2 } } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: LK_STORE }, filler, render, steps });
}

// =====================================================================================================================
// Leiliaeg
// =====================================================================================================================

// postgrest.log: PostgREST 12.2 serving the booking API (`log-level = "info"`, stdout and stderr appended to one file
// by systemd): each request `<client> - <role> [<CLF time +0200>] "<METHOD> <path?query> HTTP/1.1" <status> <size|->
// "<referer>" "<user agent>"`, the role being the JWT's `role` claim or the anonymous role; its diagnostic lines on
// stderr (`<time>: Starting PostgREST …`). Filters and RPC arguments are in the query (`kood=eq.<value>`).
// https://docs.postgrest.org/en/v12/references/observability.html (the line format read through search),
// https://docs.postgrest.org/en/v12/references/api/tables_views.html (operators; not fetched)

function postgrestLog(rng) {
  const clfEE = (t) => {
    const d = local(t, EE);
    return `${d.slice(8, 10)}/${MONTHS[Number(d.slice(5, 7)) - 1]}/${d.slice(0, 4)}:${d.slice(11, 19)} +0200`;
  };
  const render = (e) => {
    if (e.diag) return e.diag.map((m) => `${clfEE(e.t)}: ${m}`);
    return [`${e.ip} - ${e.role ?? 'anon'} [${clfEE(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.size ?? (e.status >= 200 && e.status < 300 && e.method === 'GET' ? e.bytes : '-')} "${e.referer === '-' ? '' : e.referer}" "${e.ua}"`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ ip: eeIp(rng), path: '/saunad', query: 'select=id,nimi,hind,mahutavus&aktiivne=is.true&order=nimi', referer: `https://${EE_WWW}/`, ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ ip: eeIp(rng), path: '/rpc/vabad_ajad', query: `saun=${rng.int(1, 6)}&kuupaev=2027-03-${pad(rng.int(16, 31))}`, referer: `https://${EE_WWW}/saunad/${rng.pick(SAUNAD)}`, ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ ip: eeIp(rng), role: 'veebikasutaja', method: 'POST', path: '/broneeringud', status: 201, referer: `https://${EE_WWW}/broneeri`, ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ ip: '10.20.0.5', role: 'veebiserver', path: '/kinkekaardid', query: `select=kood,saldo&ostja=eq.${rng.int(1000, 9999)}`, referer: '-', ua: 'leiliaeg-veeb/3.8.1 (node 22.14)' }),
      () => ({ ip: eeIp(rng), role: 'veebikasutaja', path: '/broneeringud', query: 'select=id,algus,saun,olek&order=algus.desc&limit=10', referer: `https://${EE_WWW}/minu/broneeringud`, ua: BROWSERS[rng.int(0, 4)] }),
    ])();
  const steps = [
    { raw: { diag: ['Starting PostgREST 12.2.8...', 'Attempting to connect to the database...', 'Successfully connected to PostgreSQL 17.4 (Debian 17.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit', 'Listening on port 3000', 'Listening for notifications on the "pgrst" channel', 'Config reloaded', 'Schema cache queried in 6.1 milliseconds', 'Schema cache loaded 14 Relations, 11 Relationships, 9 Functions, 0 Domain Representations, 4 Media Type Handlers, 1194 Timezones', 'Schema cache loaded in 2.3 milliseconds'] } },
    3,
    plant('negative', 'postgrest-broneeringud-id-uuid', 'none', "A booking's UUID in an `id=eq.<uuid>` filter: an identifier, no credential (the row is read under the customer's own role).", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { ip: eeIp(rng), role: 'veebikasutaja', path: '/broneeringud', query: `id=eq.${v}&select=*,saunad(nimi)`, referer: `https://${EE_WWW}/minu/broneeringud`, ua: BROWSERS[1] } };
    }),
    3,
    plant('path-secret', 'postgrest-tuhistamiskood-eq-filter', 'error', WHY.pathSecret("A booking's cancellation code (the e-mail's `/broneering/tuhista/<code>` link) as a PostgREST filter `tuhistamiskood=eq.<code>`, and again in the Referer"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ip: eeIp(rng), path: '/broneeringud', query: `select=id,algus,saun,olek&tuhistamiskood=eq.${tok}`, referer: `https://${EE_WWW}/broneering/tuhista/${tok}`, ua: BROWSERS[2] } };
    }),
    3,
    plant('oauth-code', 'postgrest-rpc-sisselogimine-tagasi-code', 'warning', `${WHY.code} The eID broker redirects straight to a PostgREST function (\`/rpc/sisselogimine_tagasi?code=…&state=…\`), whose arguments are the query.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { ip: eeIp(rng), path: '/rpc/sisselogimine_tagasi', query: `code=${code}&state=${rng.b64url(22)}`, status: 200, referer: 'https://sisene.eid-vahendaja.example/', ua: BROWSERS[0] } };
    }),
    3,
    plant('api-key-name', 'postgrest-rpc-partner-api_voti', 'error', `${WHY.apiKey('api_voti')} A partner hotel's integration calls \`/rpc/partneri_broneeringud\` with its key as a function argument in the query.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { ip: '185.31.240.17', role: 'partner', path: '/rpc/partneri_broneeringud', query: `api_voti=${key}&alates=2027-03-16`, referer: '-', ua: 'Hotell-Integratsioon/1.2 (Java/21)' } };
    }),
    3,
    plant('implicit-fragment', 'postgrest-rpc-kliendi_viga-href-access_token', 'error', "The web app reports a client error through `GET /rpc/kliendi_viga?href=…`: its `href`, percent-encoded, is the page with `#access_token=<JWT>` from the old implicit sign-in.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(30, 400), jti: true, alg: 'RS256', kid: rng.b64url(22), claims: { iss: 'https://sisene.eid-vahendaja.example/', aud: 'leiliaeg-veeb', sub: `EE${digits(rng, 11)}`, role: 'veebikasutaja' } });
      return { value: token, jwt: facts, event: { ip: eeIp(rng), path: '/rpc/kliendi_viga', query: `href=https%3A%2F%2F${EE_WWW}%2F%23access_token%3D${token}%26token_type%3DBearer&teade=Broneeringute%20laadimine%20eba%C3%B5nnestus`, referer: `https://${EE_WWW}/`, ua: BROWSERS[4] } };
    }),
    3,
    plant('session-id', 'postgrest-seansid-id-eq', 'error', WHY.session('The web server looks up a customer session through PostgREST: `/seansid?id=eq.<session id>`'), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { ip: '10.20.0.5', role: 'veebiserver', path: '/seansid', query: `select=kliendi_id,aegub&id=eq.${sid}`, referer: '-', ua: 'leiliaeg-veeb/3.8.1 (node 22.14)' } };
    }),
    3,
    plant('negative', 'postgrest-kaardi_rasi-sha256', 'none', "A gift card looked up by `kaardi_rasi=eq.<SHA-256>`: a hash of the card code, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { ip: '10.20.0.5', role: 'veebiserver', path: '/kinkekaardid', query: `select=saldo,kehtib&kaardi_rasi=eq.${v}`, referer: '-', ua: 'leiliaeg-veeb/3.8.1 (node 22.14)' } };
    }),
    { raw: { diag: ['Received a schema cache reload message on the "pgrst" channel', 'Schema cache queried in 5.8 milliseconds', 'Schema cache loaded 14 Relations, 11 Relationships, 10 Functions, 0 Domain Representations, 4 Media Type Handlers, 1194 Timezones'] } },
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'api.leiliaeg.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// swift-proxy.log: the object store's OpenStack Swift proxy (2.35) logging through rsyslog's traditional file format
// (`Mmm dd hh:mm:ss <host> proxy-server: …`, local time), the proxy_logging middleware's default `log_msg_template`
// (client_ip remote_addr end_time.datetime method path protocol status_int referer user_agent auth_token bytes_recvd
// bytes_sent client_etag transaction_id headers request_time source log_info start_time end_time policy_index
// access_user_id), every field passed through `quote(…, safe=':/{}')`, `access_log_headers_only = Authorization, Cookie,
// X-Account-Meta-Temp-Url-Key, X-Forwarded-For`; `reveal_sensitive_prefix` (16) cuts X-Auth-Token and tempurl's
// `temp_url_sig` to 16 characters and `...`. https://github.com/openstack/swift/blob/master/swift/common/middleware/proxy_logging.py
// (read), https://docs.openstack.org/swift/latest/logs.html

function swiftLog(rng) {
  const ACCT = `AUTH_${rng.hex(32)}`;
  const pyQuote = (s) => [...Buffer.from(s, 'utf8')].map((b) => (b < 0x80 && /[A-Za-z0-9_.\-~:/{}]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  const epoch = (ms, extra) => `${Math.floor(ms / 1000)}.${pad(ms % 1000, 3)}${extra}`;
  const render = (e, rng) => {
    const end = e.t + e.ms;
    const d = new Date(end);
    const datetime = `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}/${pad(d.getUTCHours())}/${pad(d.getUTCMinutes())}/${pad(d.getUTCSeconds())}`;
    const hdrs = Object.entries({ ...(e.hdrs ?? {}), ...(e.lb && e.lb === e.ip ? {} : { 'X-Forwarded-For': e.ip }) }).map(([k, v]) => `${k}: ${v}`).join('\n');
    const trans = `tx${rng.hex(21)}-${Math.floor(e.t / 1000).toString(16).padStart(10, '0')}`;
    const f = (x) => (x === undefined || x === null || x === '' || x === 0 ? '-' : pyQuote(String(x)));
    const fields = [e.ip, e.lb ?? '10.30.0.11', datetime, e.method, `/v1/${ACCT}${e.obj ? `/${e.obj}` : ''}${e.qs ? `?${e.qs}` : ''}`, 'HTTP/1.1', e.status, e.referer === '-' ? '' : e.referer, e.ua, e.token, e.recvd ?? 0, e.method === 'GET' && e.status < 300 ? e.bytes : 0, '', trans, hdrs, ((e.ms + rng.int(0, 9)) / 1000).toFixed(4), '', '', epoch(e.t, digits(rng, 6)), epoch(end, digits(rng, 6)), e.policy ?? '0', ''].map(f);
    return [`${syslogTime(end, EE)} swift-proxy-01 proxy-server: ${fields.join(' ')}`];
  };
  const sig = (rng) => `${rng.hex(64).slice(0, 16)}...`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ ip: eeIp(rng), obj: `pildid/${rng.pick(SAUNAD)}-${rng.int(1, 6)}.webp`, referer: `https://${EE_WWW}/saunad/${rng.pick(SAUNAD)}`, ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ ip: eeIp(rng), obj: `arved/A-2027-${digits(rng, 5)}.pdf`, qs: `temp_url_sig=${sig(rng)}&temp_url_expires=${sec(t) + 600}`, referer: '-', ua: BROWSERS[rng.int(0, 4)] }),
      () => ({ ip: eeIp(rng), obj: 'pildid/logo.svg', referer: `https://${EE_WWW}/`, ua: BROWSERS[rng.int(0, 4)], status: rng.pick([200, 304]) }),
    ])();
  const steps = [
    3,
    plant('negative', 'swift-temp_url_sig-truncated', 'none', "A temporary URL's `temp_url_sig` as the proxy writes it: its first 16 characters and `...` (`reveal_sensitive_prefix`), and the signature only ever opened one object for ten minutes: no credential.", ({ rng, t }) => {
      const v = rng.hex(16);
      return { value: v, event: { ip: eeIp(rng), obj: 'arved/A-2027-03121.pdf', qs: `temp_url_sig=${v}...&temp_url_expires=${sec(t) + 600}`, referer: '-', ua: BROWSERS[0] } };
    }),
    3,
    plant('path-secret', 'swift-world-readable-kinkekaart-object-name', 'error', WHY.pathSecret('A gift voucher PDF in a world-readable container (`.r:*`, no listing) whose object name is the secret: `/kinkekaardid/<token>.pdf`'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ip: eeIp(rng), obj: `kinkekaardid/${tok}.pdf`, referer: '-', ua: BROWSERS[2] } };
    }),
    3,
    plant('embed-jwt', 'swift-referer-manusta-kalender-expired', 'note', 'A partner site embeds the booking calendar `/manusta/kalender/<JWT>`, and the photos it loads carry it as their Referer: a token that had expired a day before (note).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 86400 + 3600 + rng.int(60, 3000), claims: { partner: 'hotell-pallas', vaade: 'kalender' } });
      return { value: token, jwt: facts, event: { ip: eeIp(rng), obj: `pildid/${SAUNAD[1]}-2.webp`, referer: `https://${EE_WWW}/manusta/kalender/${token}`, ua: BROWSERS[3] } };
    }),
    3,
    plant('encoded', 'swift-referer-quoted-kinnita-kood', 'error', "The Referer of a logo request is the booking confirmation page `/broneering/kinnita?kood=<code>`; Swift's log writes it percent-encoded (`kinnita%3Fkood%3D<code>`): the confirmation code is one decoding away.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ip: eeIp(rng), obj: 'pildid/logo.svg', referer: `https://${EE_WWW}/broneering/kinnita?kood=${tok}`, ua: BROWSERS[1] } };
    }),
    3,
    plant('negative', 'swift-x-auth-token-truncated', 'none', "The back end's `X-Auth-Token` as the proxy writes it in the `auth_token` field: its first 16 characters and `...` (`reveal_sensitive_prefix`): no credential.", ({ rng }) => {
      const v = `gAAAAABn${rng.b64url(8)}`;
      return { value: v, event: { ip: '10.20.0.7', lb: '10.20.0.7', method: 'HEAD', obj: 'kinkekaardid', token: `${v}...`, referer: '-', ua: 'python-swiftclient-4.6.0', status: 204, policy: '-' } };
    }),
    3,
    plant('header-dump', 'swift-headers-authorization-bearer-jwt', 'error', "The admin export goes through an authenticating proxy that forwards the staff member's `Authorization: Bearer <JWT>` to Swift (which ignores it), and `access_log_headers_only` lists `Authorization`: the `headers` field writes it percent-encoded (`Authorization:%20Bearer%20<JWT>`).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1500), jti: true, alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${EE_ADMIN}/`, aud: 'haldus', sub: 'kadri.tamm', roll: 'administraator' } });
      return { value: token, jwt: facts, event: { ip: '10.40.0.23', lb: '10.30.0.14', obj: 'haldus-eksport/broneeringud-2027-03.csv', hdrs: { Authorization: `Bearer ${token}` }, referer: `https://${EE_ADMIN}/aruanded`, ua: BROWSERS[0] } };
    }),
    3,
    plant('api-key-name', 'swift-headers-x-account-meta-temp-url-key', 'error', `${WHY.apiKey('X-Account-Meta-Temp-Url-Key')} An admin script rotates the account's temporary URL key (\`swift post -m Temp-URL-Key:…\`); the header is not one Swift treats as sensitive, so the \`headers\` field writes the key that signs every temporary URL of the account.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { ip: '10.40.0.31', lb: '10.40.0.31', method: 'POST', obj: '', hdrs: { 'X-Account-Meta-Temp-Url-Key': key }, token: `gAAAAABn${rng.b64url(8)}...`, referer: '-', ua: 'python-swiftclient-4.6.0', status: 204, policy: '-' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: EE_FILES }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// checkpoint.log: the Tartu office's Check Point gateway (R82, URL Filtering and Application Control with HTTPS
// Inspection) through Log Exporter in its `syslog` format, as the log server receives it: `<134>1 <UTC time> <gateway>
// CheckPoint <pid> - [key:"value"; …]`, the log's fields (`loguid`, `time` in epoch seconds, `appi_name`,
// `matched_category`, `resource` with the whole inspected URL, `src`, `src_machine_name`, `src_user_name`, …). Updates of
// one log (semi-unified mode off) come again with the same `loguid` and the byte counts.
// https://sc1.checkpoint.com/documents/R81/WebAdminGuides/EN/CP_R81_LoggingAndMonitoring_AdminGuide/Topics-LMG/Log-Exporter-Appendix.htm,
// https://axoflow.com/docs/axosyslog-core/chapter-parsers/parser-checkpoint/ (the syslog format read through search)

function checkpointLog(rng) {
  const PCS = [['10.40.0.23', 'VASTUVOTT-01', 'kadri.tamm'], ['10.40.0.57', 'RAAMATUPIDAMINE', 'liis.kask'], ['10.40.0.31', 'ARENDUS-03', 'marko.saar'], ['10.40.0.44', 'JUHATAJA-LT', 'peeter.lepp']];
  const loguid = (rng) => `{0x${rng.hex(8)},0x${rng.hex(2)},0x${rng.hex(8)},0x${rng.hex(8)}}`;
  const render = (e, rng) => {
    const id = e.loguid ?? loguid(rng);
    const [src, machine, user] = e.pc ?? rng.pick(PCS);
    const url = new URL(e.url);
    const one = (t, seq, update) => {
      const f = [
        ['action', 'Accept'], ['flags', '411908'], ['ifdir', 'outbound'], ['ifname', 'eth1'], ['logid', '0'], ['loguid', id], ['origin', '10.40.0.1'], ['originsicname', 'CN=gw-tartu-01,O=mgmt-tartu..k3v9qa'], ['sequencenum', String(seq)], ['time', String(sec(t))], ['version', '5'],
        ['app_category', e.cat ?? 'Business / Economy'], ['app_id', String(e.appId ?? 10000000 + rng.int(0, 99999))], ['app_risk', e.risk ?? '1'], ['appi_name', url.host], ['dst', e.dst ?? `${rng.int(13, 185)}.${rng.int(1, 254)}.${rng.int(1, 254)}.${rng.int(1, 254)}`], ['inzone', 'Internal'], ['layer_name', 'Network'], ['layer_name', 'Web Control'], ['match_id', '4'], ['match_id', '16777219'], ['matched_category', e.cat ?? 'Business / Economy'], ['outzone', 'External'], ['parent_rule', '0'], ['parent_rule', '4'], ['product', 'URL Filtering'], ['proto', '6'], ['resource', e.url], ['rule_action', 'Inline'], ['rule_action', 'Accept'], ['rule_name', 'Kontor internetti'], ['rule_name', 'Luba tooks vajalik'], ['s_port', String(rng.int(49152, 65535))], ['service', '443'], ['service_id', 'https'], ['src', src], ['src_machine_name', machine], ...(user ? [['src_user_name', user]] : []), ['web_client_type', e.client ?? 'Chrome'], ['xlatesrc', '88.196.212.30'], ['xlatesport', String(rng.int(10000, 60000))], ['xlatedst', '0.0.0.0'], ['xlatedport', '0'],
        ...(update ? [['bytes', String(rng.int(4000, 90000))], ['client_inbound_bytes', String(rng.int(3000, 80000))], ['client_outbound_bytes', String(rng.int(800, 4000))]] : []),
      ];
      return `<134>1 ${iso(t).slice(0, 19)}Z gw-tartu-01 CheckPoint ${e.pid ?? 26144} - [${f.map(([k, v]) => `${k}:"${v}"`).join('; ')}]`;
    };
    return e.update ? [one(e.t, 1, false), one(e.t + e.update * 1000, 2, true)] : [one(e.t, 1, false)];
  };
  const pid = 26144;
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `https://outlook.office.com/mail/`, cat: 'Web-based Email', appId: 10061301, client: 'Edge' }),
      () => ({ url: `https://www.err.ee/${digits(rng, 9)}/${rng.pick(['ilm', 'tartu', 'majandus'])}`, cat: 'News / Media' }),
      () => ({ url: `https://${EE_ADMIN}/broneeringud?kuupaev=2027-03-${pad(rng.int(16, 20))}`, cat: 'Business / Economy', pc: PCS[0] }),
      () => ({ url: 'https://rp.smart-id.com/api/v2/session/status', cat: 'Computers / Internet', client: 'Other: Smart-ID/27.1' }),
      () => ({ url: `https://www.google.com/search?q=${rng.pick(['saunakivid+hind', 'vihtade+hulgimuuk', 'kassasusteem+tartu'])}`, cat: 'Search Engines / Portals' }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'checkpoint-resource-admin-callback-code', 'warning', `${WHY.code} The reception PC signs in to the booking admin through the eID broker; HTTPS Inspection writes the callback's whole URL in \`resource\`, and the gateway sends the log again when it is updated (same \`loguid\`).`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { pid, pc: PCS[0], url: `https://${EE_ADMIN}/auth/tagasi?code=${code}&state=${rng.b64url(22)}`, update: 14 } };
    }),
    3,
    plant('negative', 'checkpoint-loguid', 'none', "A log's `loguid` (the gateway's id for one connection's logs): an identifier, no credential.", ({ rng }) => {
      const v = loguid(rng);
      return { value: v, event: { pid, loguid: v, url: 'https://www.delfi.ee/', cat: 'News / Media' } };
    }),
    3,
    plant('api-key-name', 'checkpoint-resource-ligipaasuvoti', 'error', `${WHY.apiKey('ligipaasuvoti')} The accounting PC's invoicing tool queries the bookkeeping service with its access key in the query; the update of the log repeats it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { pid, pc: PCS[1], url: `https://api.raamatupidamine.example/v2/arved?ligipaasuvoti=${key}&kuu=2027-03`, client: 'Other: Arvekiri/5.2', update: 6 } };
    }),
    3,
    plant('embed-jwt', 'checkpoint-resource-lobby-tv-manusta-1h-jti', 'error', "The lobby TV shows the day's occupancy widget `/manusta/taituvus/<JWT>`: a token valid 1 h with a jti, in the inspected `resource`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { vaade: 'taituvus', asukoht: 'tartu' } });
      return { value: token, jwt: facts, event: { pid, pc: ['10.40.0.70', 'FUAJEE-TV', ''], url: `https://${EE_ADMIN}/manusta/taituvus/${token}`, client: 'Other: Chromium/139 (Android TV)' } };
    }),
    3,
    plant('webhook', 'checkpoint-resource-deadmanssnitch', 'error', WHY.webhook("The office NAS checks in to Dead Man's Snitch after its backup (`https://nosnch.in/<token>`): the snitch URL is its only secret"), ({ rng }) => {
      const tok = rng.hex(10);
      return { value: tok, event: { pid, pc: ['10.40.0.9', 'NAS-01', ''], url: `https://nosnch.in/${tok}?m=varukoopia+valmis`, cat: 'Computers / Internet', client: 'Other: curl/8.5.0' } };
    }),
    3,
    plant('negative', 'checkpoint-resource-fbclid', 'none', 'A Facebook click id (`fbclid`) on a news link: a tracking id, no credential.', ({ rng }) => {
      const v = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(40)}_aem_${rng.b64url(22)}`;
      return { value: v, event: { pid, url: `https://tartu.postimees.ee/${digits(rng, 7)}/uus-spaa-avab-uksed?fbclid=${v}`, cat: 'News / Media' } };
    }),
    3,
    plant('id-token', 'checkpoint-resource-logout-id_token_hint', 'error', "The manager's laptop signs out of the admin through the eID broker's `/oidc/logout?id_token_hint=<JWT>`: the ID token, live when logged, in the inspected `resource`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 28800, age: rng.int(1800, 20000), alg: 'RS256', kid: rng.b64url(22), claims: { iss: 'https://sisene.eid-vahendaja.example/', aud: 'leiliaeg-haldus', sub: `EE${digits(rng, 11)}`, amr: ['smartid'] } });
      return { value: token, jwt: facts, event: { pid, pc: PCS[3], url: `https://sisene.eid-vahendaja.example/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${EE_ADMIN}%2F`, cat: 'Computers / Internet' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: EE_ADMIN }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// broneerimisbot.log: the staff Slack bot (Python 3.12, slack_sdk 3.34) with `logging.basicConfig(level=DEBUG,
// format="%(asctime)s %(levelname)s %(name)s: %(message)s")`, local time without a zone: the WebClient's `Sending a
// request - url: …, query_params: {…}, body_params: {…}, files: {…}, json_body: {…}, headers: {…}` (Python reprs,
// `Authorization` written `(redacted)`) and `Received the following response - status: …, headers: {…}, body: …` (the
// API's JSON as received, `/` escaped `\/`), the WebhookClient's `Sending a request - url: …, body: …, headers: …`, and
// the bot's own lines in Estonian. https://github.com/slackapi/python-slack-sdk (slack_sdk/web/base_client.py,
// slack_sdk/webhook/client.py; the messages read through search), https://docs.slack.dev/tools/python-slack-sdk/logging
// (not fetched)

function slackBotLog(rng) {
  const stamp = (t) => { const d = local(t, EE); return `${d.slice(0, 10)} ${d.slice(11, 19)},${d.slice(20, 23)}`; };
  const UA = 'Python/3.12.3 slackclient/3.34.0 Linux/6.8.0-55-generic';
  const CH = 'C07LEIL1AEG';
  const slashJson = (v) => JSON.stringify(v).replace(/\//g, '\\/');
  const respHeaders = (rng, t, e) => ({ date: new Date(t).toUTCString(), server: 'envoy', 'content-type': 'application/json; charset=utf-8', 'x-slack-req-id': e.reqId ?? rng.hex(32), 'x-content-type-options': 'nosniff', 'x-slack-unique-id': e.uniqueId ?? rng.b64url(27), 'x-oauth-scopes': 'chat:write,users:read,users:read.email', vary: 'Accept-Encoding', 'x-slack-backend': 'r' });
  const render = (e, rng) => {
    const L = (t, level, name, msg) => `${stamp(t)} ${level} ${name}: ${msg}`;
    const out = (e.app ?? []).map((m, i) => L(e.t - 40 + i, 'INFO', 'broneerimisbot', m));
    if (e.webhook) {
      out.push(L(e.t, 'DEBUG', 'slack_sdk.webhook.client', `Sending a request - url: https://hooks.slack.com/services/${e.webhook}, body: ${pyJsonSpaced(e.body)}, headers: ${py({ 'Content-Type': 'application/json;charset=utf-8', 'User-Agent': UA })}`));
      out.push(L(e.t + e.ms, 'DEBUG', 'slack_sdk.webhook.client', `Received the following response - status: 200, headers: ${py({ date: new Date(e.t).toUTCString(), server: 'envoy', 'content-type': 'text/html', 'x-slack-backend': 'r', 'x-slack-unique-id': rng.b64url(27) })}, body: ok`));
      return out;
    }
    if (e.api) {
      const headers = { 'Content-Type': e.json ? 'application/json;charset=utf-8' : 'application/x-www-form-urlencoded', Authorization: '(redacted)', 'User-Agent': UA };
      out.push(L(e.t, 'DEBUG', 'slack_sdk.web.base_client', `Sending a request - url: https://www.slack.com/api/${e.api}, query_params: ${py(e.qp ?? {})}, body_params: ${py(e.bodyParams ?? {})}, files: {}, json_body: ${e.json ? py(e.json) : 'None'}, headers: ${py(headers)}`));
      out.push(L(e.t + e.ms, 'DEBUG', 'slack_sdk.web.base_client', `Received the following response - status: 200, headers: ${py(respHeaders(rng, e.t, e))}, body: ${e.echo ? echo(e, rng) : e.resp}`));
    }
    return out;
  };
  const post = (rng, text, blocks) => ({ api: 'chat.postMessage', json: { channel: CH, text, ...(blocks ? { blocks } : {}) }, echo: true });
  const echo = (e, rng) => {
    const ts = `${sec(e.t) + 1}.${digits(rng, 6)}`;
    return slashJson({ ok: true, channel: CH, ts, message: { user: 'U07BRONBOT1', type: 'message', ts, bot_id: 'B07BRONBOT1', app_id: 'A07BRONEER1', text: e.json.text, team: 'T07LEILIAEG', ...(e.json.blocks ? { blocks: e.json.blocks } : {}) } });
  };
  const filler = (rng) =>
    rng.pick([
      () => { const [b, saun, day, hour] = [broneering(rng), rng.pick(SAUNAD), rng.int(17, 31), rng.int(10, 21)]; return { app: [`Uus broneering ${b} (${saun}, ${day}.03 kell ${hour}:00, ${rng.int(2, 8)} inimest)`], ...post(rng, `Uus broneering ${b}: ${saun} ${day}.03 kell ${hour}:00`) }; },
      () => ({ app: [`Broneering ${broneering(rng)} tühistati kliendi poolt`], ...post(rng, 'Broneering tühistatud, aeg vabanes') }),
      () => ({ app: [`Päeva kokkuvõte: ${rng.int(12, 40)} broneeringut, täituvus ${rng.int(40, 95)}%`] }),
    ])();
  const steps = [
    { raw: { app: ['Broneerimisbot käivitub (slack_sdk 3.34.0), kanal #broneeringud'] } },
    { raw: { api: 'auth.test', resp: slashJson({ ok: true, url: 'https://leiliaeg.slack.com/', team: 'Leiliaeg', user: 'broneerimisbot', team_id: 'T07LEILIAEG', user_id: 'U07BRONBOT1', bot_id: 'B07BRONBOT1', is_enterprise_install: false }) } },
    2,
    plant('path-secret', 'slack_sdk-json_body-halda-link', 'error', WHY.pathSecret("The customer's booking management link `/broneering/halda/<token>` in a message the bot posts: the SDK's debug line prints the `json_body` and the response echoes the message"), ({ rng }) => {
      const tok = rng.b64url(32);
      const b = broneering(rng);
      return { value: tok, event: { app: [`Uus broneering ${b} (suitsusaun, 19.03 kell 19:00, 6 inimest)`], ...post(rng, `Uus broneering ${b}: suitsusaun 19.03 kell 19:00. Kliendi vaade: <https://${EE_WWW}/broneering/halda/${tok}|halda>`) } };
    }),
    3,
    plant('negative', 'slack_sdk-x-slack-req-id', 'none', "The `x-slack-req-id` response header (Slack's id of one API request): no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { reqId: v, ...post(rng, 'Homne täituvus: 78%') } };
    }),
    3,
    plant('webhook', 'slack_sdk-webhook-client-url', 'error', WHY.webhook("The partner hotel's Slack incoming webhook, which slack_sdk's WebhookClient prints in its own `Sending a request - url:` debug line"), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook.split('/')[2], event: { app: ['Saadan partnerhotellile teate (Hotell Pallas)'], webhook: hook, body: { text: 'Hotelli külaline broneeris: aurusaun 18.03 kell 20:00, 2 inimest' } } };
    }),
    3,
    plant('framework-dump', 'slack_sdk-query_params-legacy-xoxb-token', 'error', "An old helper calls `users.lookupByEmail` with the bot token as a parameter (`params={'token': …}`): the SDK's debug line prints `query_params` as a Python dict, `xoxb-…` in it (only the `Authorization` header is redacted).", ({ rng }) => {
      const tok = `xoxb-${digits(rng, 12)}-${digits(rng, 13)}-${rng.alnum(24)}`;
      return { value: tok, event: { app: ['Otsin töötaja Slacki kasutajat e-posti järgi'], api: 'users.lookupByEmail', qp: { token: tok, email: 'kadri.tamm@leiliaeg.example' }, resp: slashJson({ ok: true, user: { id: 'U07KADRI001', team_id: 'T07LEILIAEG', name: 'kadri.tamm', real_name: 'Kadri Tamm', tz: 'Europe/Tallinn' } }) } };
    }),
    3,
    plant('encoded', 'slack_sdk-button-url-tagasi-encoded-seanss', 'error', "A button's URL in a posted message returns to the admin with `tagasi=%2Fkinkekaardid%3Fseanss%3D<id>`: a staff session id inside a percent-encoded return URL (the json_body line, and the response echoing the message).", ({ rng }) => {
      const sid = rng.b64url(32);
      const url = `https://${EE_ADMIN}/sisene?tagasi=%2Fkinkekaardid%3Fseanss%3D${sid}`;
      return { value: sid, event: { app: ['Kinkekaart müüdud (100 €), postitan kanalisse'], ...post(rng, 'Kinkekaart müüdud: 100 €', [{ type: 'section', text: { type: 'mrkdwn', text: '*Kinkekaart müüdud:* 100 €' } }, { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Ava halduses' }, url }] }]) } };
    }),
    3,
    plant('refresh-token', 'slack_sdk-body_params-oauth-v2-refresh_token', 'error', `${WHY.refresh} With token rotation on, the bot renews its token through \`oauth.v2.access\`: the client id and secret go in the redacted \`Authorization\` header, but \`body_params\` prints the \`xoxe-1-…\` refresh token (the call failed: another replica had used it).`, ({ rng }) => {
      const rt = `xoxe-1-${rng.alnum(140)}`;
      return { value: rt, event: { app: ['Tokeni kehtivus lõpeb 10 minuti pärast, uuendan'], api: 'oauth.v2.access', bodyParams: { grant_type: 'refresh_token', refresh_token: rt }, resp: '{"ok":false,"error":"invalid_refresh_token"}' } };
    }),
    3,
    plant('negative', 'slack_sdk-x-slack-unique-id', 'none', "The `x-slack-unique-id` response header (an id of one API request): no credential.", ({ rng }) => {
      const v = rng.b64url(27);
      return { value: v, event: { uniqueId: v, ...post(rng, 'Soome saun 3 hooldus lõpetatud, ajad avatud') } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: EE_ADMIN }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cockroach-sql-audit.log: CockroachDB 25.1's SENSITIVE_ACCESS channel file (`ALTER TABLE … EXPERIMENTAL_AUDIT SET READ
// WRITE` on the sensitive tables) in the default crdb-v2 format: `I<yymmdd hh:mm:ss.uuuuuu> <goroutine> 8@util/log/
// event_log.go:<line> ⋮ [<tags>] <counter> ={<event JSON>}`, UTC, the file's `[config]` header; `sensitive_table_access`
// events with the statement and its `PlaceholderValues` inside redaction markers `‹…›` (printed, as the sink is not set
// to `redact: true`). https://www.cockroachlabs.com/docs/stable/eventlog#sensitive_table_access,
// https://www.cockroachlabs.com/docs/stable/log-formats#format-crdb-v2 (examples read through search)

function cockroachLog(rng) {
  let counter = 0;
  const q = (s) => `‹${s}›`;
  const render = (e, rng) => {
    const d = iso(e.t);
    const ts = `I${d.slice(2, 4)}${d.slice(5, 7)}${d.slice(8, 10)} ${d.slice(11, 23)}${digits(rng, 3)}`;
    if (e.config) return [`file created at: ${d.slice(0, 19).replace(/-/g, '/').replace('T', ' ')}`, ...e.config].map((m) => `${ts} 1 util/log/file_sync_buffer.go:238 ⋮ [config]   ${m}`);
    counter += 1;
    const client = e.client ?? `10.20.0.${rng.pick([5, 6, 7])}:${rng.int(40000, 60000)}`;
    const user = e.user ?? 'leiliaeg_app';
    const ev = { Timestamp: 'TIMESTAMP_NS', EventType: 'sensitive_table_access', Statement: q(e.stmt), Tag: e.tag, User: q(user), DescriptorID: e.desc, ApplicationName: q(e.app ?? 'leiliaeg-api'), ...(e.ph ? { PlaceholderValues: e.ph.map((v) => q(typeof v === 'string' ? `'${v}'` : String(v))) } : {}), ExecMode: 'exec', NumRows: e.rows ?? 1, Age: Number((rng.int(300, 9000) / 1000).toFixed(3)), ...(e.fullScan ? { FullTableScan: true } : {}), TxnCounter: rng.int(10, 900), TableName: q(`leiliaeg.public.${e.table}`), AccessMode: e.mode ?? 'r' };
    return [`${ts} ${rng.int(1000, 99999)} 8@util/log/event_log.go:39 ⋮ [T1,Vsystem,n${e.node ?? rng.int(1, 3)},client=${q(client)},hostssl,user=${q(user)}] ${counter} =${JSON.stringify(ev).replace('"TIMESTAMP_NS"', `${e.t}${digits(rng, 6)}`)}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ table: 'kliendid', desc: 112, tag: 'SELECT', stmt: `SELECT nimi, email, telefon FROM ""."".kliendid WHERE id = $1`, ph: [rng.uuid()] }),
      () => ({ table: 'kliendid', desc: 112, tag: 'UPDATE', mode: 'rw', stmt: `UPDATE ""."".kliendid SET telefon = $1 WHERE id = $2`, ph: [`+3725${digits(rng, 7)}`, rng.uuid()] }),
      () => ({ table: 'partnerid', desc: 118, tag: 'SELECT', stmt: `SELECT id, nimi, aktiivne FROM ""."".partnerid WHERE aktiivne`, rows: rng.int(3, 9), fullScan: true }),
    ])();
  const steps = [
    { raw: { config: ['running on machine: ‹crdb-leiliaeg-1›', 'binary: CockroachDB CCL v25.1.4 (x86_64-pc-linux-gnu, built 2025/04/02 18:29:21, go1.23.7 X:nocoverageredesign)', 'arguments: [‹/cockroach/cockroach› ‹start› ‹--certs-dir=certs› ‹--store=path=/cockroach/cockroach-data› ‹--join=crdb-leiliaeg-1,crdb-leiliaeg-2,crdb-leiliaeg-3›]', 'log format (utf8=✓): crdb-v2', 'line format: [IWEF]yymmdd hh:mm:ss.uuuuuu goid [chan@]file:line redactionmark \\[tags\\] [counter] msg'] } },
    3,
    plant('path-secret', 'crdb-placeholder-parooli-lahtestus-luba', 'error', WHY.pathSecret('A password reset token (`/parool/lahtesta/<token>`) as the `PlaceholderValues` of the look-up on the audited `parooli_lahtestused` table (the redaction markers `‹…›` only mark it)'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { table: 'parooli_lahtestused', desc: 121, tag: 'SELECT', stmt: `SELECT kliendi_id, aegub FROM ""."".parooli_lahtestused WHERE (luba = $1) AND (kasutatud IS NULL)`, ph: [tok] } };
    }),
    3,
    plant('negative', 'crdb-placeholder-voti_rasi-sha256', 'none', "A partner key looked up by its SHA-256 (`voti_rasi = $1`): a hash, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { table: 'partnerid', desc: 118, tag: 'SELECT', stmt: `SELECT id, nimi FROM ""."".partnerid WHERE voti_rasi = $1`, ph: [v] } };
    }),
    3,
    plant('id-token', 'crdb-placeholder-sisselogimised-id_token', 'error', "The sign-in audit table stores the eID broker's ID token: `INSERT INTO sisselogimised (…, id_token, …)` with the JWT in `PlaceholderValues`, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(2, 30), alg: 'RS256', kid: rng.b64url(22), claims: { iss: 'https://sisene.eid-vahendaja.example/', aud: 'leiliaeg-veeb', sub: `EE${digits(rng, 11)}`, nonce: rng.b64url(22), amr: ['mID'] } });
      return { value: token, jwt: facts, event: { table: 'sisselogimised', desc: 124, tag: 'INSERT', mode: 'rw', stmt: `INSERT INTO ""."".sisselogimised(kliendi_id, id_token, ip) VALUES ($1, $2, $3)`, ph: [rng.uuid(), token, eeIp(rng)] } };
    }),
    3,
    plant('api-key-name', 'crdb-literal-update-partnerid-api_voti', 'error', `${WHY.apiKey('api_voti')} An administrator sets a partner's key by hand in \`cockroach sql\`: a literal in the audited \`UPDATE\`'s statement.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { table: 'partnerid', desc: 118, tag: 'UPDATE', mode: 'rw', client: '10.40.0.31:52214', user: 'marko', app: '$ cockroach sql', stmt: `UPDATE ""."".partnerid SET api_voti = '${key}' WHERE id = 7` } };
    }),
    3,
    plant('refresh-token', 'crdb-placeholder-kalendri-uhendused-refresh_token', 'error', `${WHY.refresh} The Google Calendar sync stores its refresh token (\`1//0…\`) in the audited \`kalendri_uhendused\` table: \`PlaceholderValues\` of the \`INSERT\`.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(99)}`;
      return { value: rt, event: { table: 'kalendri_uhendused', desc: 127, tag: 'INSERT', mode: 'rw', stmt: `INSERT INTO ""."".kalendri_uhendused(saun, pakkuja, refresh_token) VALUES ($1, $2, $3) ON CONFLICT (saun, pakkuja) DO UPDATE SET refresh_token = excluded.refresh_token`, ph: ['suitsusaun', 'google', rt] } };
    }),
    3,
    plant('framework-dump', 'crdb-placeholder-integratsioonid-seaded-parool', 'error', "The cash register integration's settings, a JSON object with the SFTP `parool` in clear, bound to an `UPDATE integratsioonid SET seaded = $1`: the audit prints the placeholder.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { table: 'integratsioonid', desc: 130, tag: 'UPDATE', mode: 'rw', stmt: `UPDATE ""."".integratsioonid SET seaded = $1 WHERE nimi = $2`, ph: [JSON.stringify({ kasutaja: 'leiliaeg', parool: pw, server: 'sftp.kassasusteem.example', kaust: '/import' }).replace(/,/g, ', ').replace(/":/g, '": '), 'kassasusteem'] } };
    }),
    3,
    plant('negative', 'crdb-placeholder-broneeringud-uuid', 'none', "A booking's UUID as the placeholder of an audited look-up: an identifier, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { table: 'broneeringud', desc: 115, tag: 'SELECT', stmt: `SELECT algus, saun, olek FROM ""."".broneeringud WHERE id = $1`, ph: [v] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: EE_WWW }, filler, render, steps });
}

// =====================================================================================================================
// Shamba Bora
// =====================================================================================================================

// mpesa-bridge.log: the M-Pesa bridge, a Spring Boot 2.7 service (its `logging.file.name` file: `%d{yyyy-MM-dd
// HH:mm:ss.SSS} %5p ${PID} --- [%15.15t] %-40.40logger{39} : %m%n`, local time without a zone) with
// `logging.level.sun.net.www.protocol.http.HttpURLConnection=DEBUG` and RestTemplate at DEBUG: the JDK's HttpURLConnection
// writes each request's and response's `sun.net.www.MessageHeader@<hash><n> pairs: {<request line>: null}{<name>:
// <value>}…` (every header, `Authorization` and `Cookie` included); RestTemplate writes `HTTP GET <url>`, `Writing
// [<body cut at 100 characters>]`, `Response 200 OK`. https://github.com/openjdk/jdk (sun/net/www/MessageHeader.java;
// not fetched: public logs of the same lines read through search), https://docs.spring.io/spring-boot/docs/2.7.x/reference/html/features.html#features.logging

function mpesaBridgeLog(rng) {
  const PID = 1;
  const stamp = (t) => { const d = local(t, KE); return `${d.slice(0, 10)} ${d.slice(11, 23)}`; };
  const abbrev = (name) => {
    const parts = name.split('.');
    for (let i = 0; i < parts.length - 1 && parts.join('.').length > 39; i++) parts[i] = parts[i][0];
    return parts.join('.').slice(-40);
  };
  const L = (t, level, thread, logger, msg) => `${stamp(t)} ${level.padStart(5)} ${PID} --- [${thread.padStart(15).slice(-15)}] ${abbrev(logger).padEnd(40)} : ${msg}`;
  const UC = 'sun.net.www.protocol.http.HttpURLConnection';
  const RT = 'org.springframework.web.client.RestTemplate';
  const mh = (rng, pairs) => `sun.net.www.MessageHeader@${rng.hex(rng.int(7, 8))}${pairs.length} pairs: ${pairs.map(([k, v]) => `{${k}: ${v}}`).join('')}`;
  const httpDate = (t) => new Date(t).toUTCString();
  const render = (e, rng) => {
    if (e.lines) return e.lines.map(([level, thread, logger, msg], i) => L(e.t + i * 2, level, thread, logger, msg));
    const th = e.thread ?? `nio-8080-exec-${rng.int(1, 9)}`;
    const u = new URL(e.url);
    const out = [...(e.before ?? []).map(([level, logger, msg], i) => L(e.t - 20 + i, level, th, logger, msg))];
    out.push(L(e.t, 'DEBUG', th, RT, `HTTP ${e.method} ${e.logUrl ?? e.url}`));
    out.push(L(e.t + 1, 'DEBUG', th, RT, 'Accept=[application/json, application/*+json]'));
    if (e.writing) out.push(L(e.t + 2, 'DEBUG', th, RT, `Writing [${e.writing.slice(0, 100)} (truncated)...] as "application/json"`));
    const req = [[`${e.method} ${u.pathname}${u.search} HTTP/1.1`, 'null'], ['Accept', 'application/json, application/*+json'], ...(e.writing ? [['Content-Type', 'application/json']] : []), ...(e.headers ?? []), ['User-Agent', 'Java/17.0.14'], ['Host', u.host], ['Connection', 'keep-alive'], ...(e.writing ? [['Content-Length', String(rng.int(480, 700))]] : [])];
    out.push(L(e.t + 3, 'DEBUG', th, UC, mh(rng, req)));
    out.push(L(e.t + e.ms, 'DEBUG', th, UC, mh(rng, [['null', `HTTP/1.1 ${e.status} ${e.status === 200 ? 'OK' : 'Bad Request'}`], ['Date', httpDate(e.t + e.ms)], ['Content-Type', 'application/json;charset=UTF-8'], ['Content-Length', String(rng.int(80, 900))], ['Connection', 'keep-alive']])));
    out.push(L(e.t + e.ms + 1, 'DEBUG', th, RT, `Response ${e.status} ${e.status === 200 ? 'OK' : 'BAD_REQUEST'}`));
    if (e.reading) out.push(L(e.t + e.ms + 2, 'DEBUG', th, RT, `Reading to [${e.reading}]`));
    out.push(...(e.after ?? []).map(([level, logger, msg], i) => L(e.t + e.ms + 4 + i, level, th, logger, msg)));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [['INFO', `nio-8080-exec-${rng.int(1, 9)}`, 'ke.shambabora.mpesa.maagizo.AgizoController', `Agizo ${agizo(rng)} limepokelewa: bidhaa ${rng.int(1, 6)}, jumla KSh ${rng.int(4, 90) * 50}`]] }),
      () => ({ lines: [['INFO', 'scheduling-1', 'ke.shambabora.mpesa.bei.BeiSyncJob', `Kazi ya kusawazisha bei imekamilika (bidhaa ${rng.int(180, 240)}, mabadiliko ${rng.int(0, 12)})`]] }),
      () => ({ lines: [['WARN', `nio-8080-exec-${rng.int(1, 9)}`, 'ke.shambabora.mpesa.maagizo.AgizoController', `Agizo ${agizo(rng)}: simu ${msisdn(rng).slice(0, 6)}***${digits(rng, 3)} haijathibitishwa, inasubiri`]] }),
    ])();
  const steps = [
    { raw: { lines: [['INFO', 'main', 'ke.shambabora.mpesa.MpesaBridgeApplication', 'Starting MpesaBridgeApplication v1.8.3 using Java 17.0.14 on shamba-app-02 with PID 1 (/app/mpesa-bridge.jar started by shamba in /app)'], ['INFO', 'main', 'ke.shambabora.mpesa.MpesaBridgeApplication', 'The following 1 profile is active: "prod"'], ['INFO', 'main', 'org.springframework.boot.web.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port(s): 8080 (http)'], ['INFO', 'main', 'org.apache.catalina.core.StandardService', 'Starting service [Tomcat]'], ['INFO', 'main', 'org.apache.catalina.core.StandardEngine', 'Starting Servlet engine: [Apache Tomcat/9.0.83]'], ['INFO', 'main', 'org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext', 'Root WebApplicationContext: initialization completed in 1432 ms']] } },
    plant('framework-dump', 'spring-lombok-tostring-mpesa-properties', 'error', "At start-up the bridge logs its `MpesaProperties` through Lombok's `toString()`: the Daraja `consumerSecret` (and the STK `passkey`) in clear.", ({ rng }) => {
      const secret = rng.alnum(64);
      return { value: secret, event: { lines: [['INFO', 'main', 'ke.shambabora.mpesa.config.MpesaConfig', `Mipangilio ya M-Pesa: MpesaProperties(baseUrl=https://api.safaricom.co.ke, consumerKey=${rng.alnum(48)}, consumerSecret=${secret}, shortcode=4123456, passkey=${rng.hex(64)}, initiatorName=shambaapi, callbackBase=https://${KE_API}/mpesa)`], ['INFO', 'main', 'org.springframework.boot.web.embedded.tomcat.TomcatWebServer', "Tomcat started on port(s): 8080 (http) with context path ''"], ['INFO', 'main', 'ke.shambabora.mpesa.MpesaBridgeApplication', 'Started MpesaBridgeApplication in 3.214 seconds (JVM running for 3.902)']] } };
    }, { after: 1 }),
    3,
    plant('api-key-name', 'httpurlconnection-request-line-apikey', 'error', `${WHY.apiKey('apikey')} The weather forecast for a farmer's advice SMS is fetched with the key in the query: RestTemplate's \`HTTP GET\` line and HttpURLConnection's request line both write it.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { method: 'GET', url: `https://api.hali-hewa.example/v4/weather/forecast?location=-0.0917,34.7680&apikey=${key}&units=metric`, status: 200, reading: 'ke.shambabora.mpesa.hali.Utabiri', thread: 'scheduling-1' } };
    }),
    3,
    plant('session-id', 'httpurlconnection-cookie-erp_kikao', 'error', WHY.session("The bridge calls the old ERP with a saved session cookie: HttpURLConnection's header dump writes `{Cookie: erp_kikao=<id>}`"), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { method: 'GET', url: `http://erp.shambabora.local:8069/api/hisa?bidhaa=${rng.pick(['DAP-50KG', 'CAN-50KG', 'MBEGU-H614'])}`, headers: [['Cookie', `erp_kikao=${sid}`]], status: 200, reading: 'ke.shambabora.mpesa.erp.Hisa' } };
    }),
    3,
    plant('header-dump', 'httpurlconnection-authorization-bearer-daraja', 'error', "An STK push to Daraja: HttpURLConnection's header dump writes `{Authorization: Bearer <token>}`, the Daraja access token (valid an hour).", ({ rng, t }) => {
      const bearer = rng.alnum(28);
      const pw = b64Of(`4123456${rng.hex(64)}${local(t, KE).slice(0, 19).replace(/[-T:]/g, '')}`);
      const phone = msisdn(rng);
      const checkout = `ws_CO_${local(t, KE).slice(0, 19).replace(/[-T:]/g, '').slice(2)}${digits(rng, 3)}${phone}`;
      const a = agizo(rng);
      const body = `StkPushRequest(businessShortCode=4123456, transactionType=CustomerBuyGoodsOnline, amount=2350, partyA=${phone}, partyB=4123456, password=${pw}, timestamp=…)`;
      return {
        marks: [
          { value: pw, category: 'encoded', kind: 'stk-push-json-password-base64-passkey', expect: 'error', why: "The bridge logs the STK push request it sends at DEBUG: Daraja's `Password` is base64 of the shortcode, the passkey and the timestamp, so the passkey is one base64 decoding away (RestTemplate's own `Writing […]` line stops at 100 characters, before it)." },
          { value: bearer },
          { value: checkout, category: 'negative', kind: 'daraja-CheckoutRequestID', expect: 'none', why: "Daraja's `CheckoutRequestID` (`ws_CO_…`) of an STK push: a request id, no credential." },
        ],
        event: { method: 'POST', url: 'https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest', headers: [['Authorization', `Bearer ${bearer}`]], writing: body, status: 200, reading: 'ke.shambabora.mpesa.stk.StkPushResponse', before: [['INFO', 'ke.shambabora.mpesa.stk.StkPushService', `Inatuma STK push kwa agizo ${a} (KSh 2,350)`], ['DEBUG', 'ke.shambabora.mpesa.stk.StkPushService', `Ombi la STK: {"BusinessShortCode":"4123456","Password":"${pw}","Timestamp":"${local(t, KE).slice(0, 19).replace(/[-T:]/g, '')}","TransactionType":"CustomerBuyGoodsOnline","Amount":"2350","PartyA":"${phone}","PartyB":"4123456","PhoneNumber":"${phone}","CallBackURL":"https://${KE_API}/mpesa/stk/matokeo","AccountReference":"${a}","TransactionDesc":"Agizo ${a}"}`]], after: [['INFO', 'ke.shambabora.mpesa.stk.StkPushService', `STK push imekubaliwa: MerchantRequestID=${digits(rng, 5)}-${digits(rng, 8)}-1, CheckoutRequestID=${checkout}`]] },
      };
    }),
    3,
    plant('negative', 'daraja-callback-MpesaReceiptNumber', 'none', "An M-Pesa receipt number (`MpesaReceiptNumber`) in the STK callback the bridge logs: a transaction reference, no credential.", ({ rng }) => {
      const v = `T${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}`;
      return { value: v, event: { lines: [['INFO', `nio-8080-exec-${rng.int(1, 9)}`, 'ke.shambabora.mpesa.stk.StkCallbackController', `Matokeo ya STK: ResultCode=0, MpesaReceiptNumber=${v}, Amount=2350.0, Simu=2547******${digits(rng, 3)}`], ['INFO', `nio-8080-exec-${rng.int(1, 9)}`, 'ke.shambabora.mpesa.maagizo.AgizoService', `Agizo ${agizo(rng)} limelipwa, linatumwa kwa ghala`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: KE_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sms-gateway.log: the SMS and USSD service (Ruby 3.3, a Roda app on Falcon) started with `EXCON_DEBUG=1`, stdout and
// stderr appended to one file: Ruby's default Logger lines (`I, [<ISO time, µs> #<pid>]  INFO -- : <message>`, local time
// without a zone) and Excon 1.2's StandardInstrumentor dumps on stderr (`excon.request`, `excon.response`, then every
// param sorted, `key.inspect.ljust(<longest key>) => value.inspect`, hashes and arrays one element a line, no time).
// Excon writes `REDACTED` for the `Authorization` header and `:password`, nothing else.
// https://github.com/excon/excon/blob/master/lib/excon/standard_instrumentor.rb (read), https://github.com/excon/excon#debugging
// (not fetched), https://ruby-doc.org/3.3/stdlibs/logger/Logger/Formatter.html

function exconLog(rng) {
  const PIDN = 2817;
  const stamp = (t) => local(t, KE).slice(0, 23) + digits(rng, 3);
  const rbStr = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/#(?=[{$@])/g, '\\#')}"`;
  const inspect = (v) => (v === null ? 'nil' : typeof v === 'string' ? rbStr(v) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v.sym ? `:${v.sym}` : v.cls);
  const keyOf = (k) => (k.startsWith(':') ? k : rbStr(k));
  const pp = (hash, indent = 0) => {
    const ind = indent + 2;
    const keys = Object.keys(hash).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
    const width = Math.max(...keys.map((k) => keyOf(k).length));
    const out = [];
    for (const k of keys) {
      const v = hash[k];
      const head = `${' '.repeat(ind)}${keyOf(k).padEnd(width)} => `;
      if (Array.isArray(v)) out.push(`${head}[`, ...v.map((x) => `${' '.repeat(ind)}  ${inspect(x)}`), `${' '.repeat(ind)}]`);
      else if (v && typeof v === 'object' && !v.sym && !v.cls) out.push(`${head}{`, ...pp(v, ind), `${' '.repeat(ind)}}`);
      else out.push(`${head}${inspect(v)}`);
    }
    return out;
  };
  const C = (cls) => ({ cls });
  const request = (e) => {
    const u = new URL(e.url);
    return ['excon.request', ...pp({
      ':body': e.body ?? null, ':chunk_size': 1048576, ':connect_timeout': 60, ':debug_request': true, ':debug_response': true, ':dns_timeouts': null, ':expects': e.expects ?? [200, 201],
      ':headers': { 'User-Agent': 'excon/1.2.5', Accept: 'application/json', ...(e.headers ?? {}), Host: u.host },
      ':host': u.hostname, ':hostname': u.hostname, ':idempotent': e.method === 'get', ':instrumentor': C('Excon::StandardInstrumentor'), ':instrumentor_name': 'excon', ':method': { sym: e.method },
      ':middlewares': [C('Excon::Middleware::ResponseParser'), C('Excon::Middleware::Expects'), C('Excon::Middleware::Idempotent'), C('Excon::Middleware::Instrumentor'), C('Excon::Middleware::Mock')],
      ':mock': false, ':nonblock': true, ':omit_default_port': true, ':path': u.pathname, ':persistent': false, ':port': 443, ':query': e.q ?? null, ':read_timeout': 60, ':retries_remaining': 4,
      ':retry_errors': [C('Excon::Error::Timeout'), C('Excon::Error::Socket'), C('Excon::Error::HTTPStatus')], ':retry_interval': 0, ':retry_limit': 4, ':scheme': 'https', ':ssl_uri_schemes': ['https'], ':ssl_verify_peer': true, ':stubs': { sym: 'global' }, ':tcp_nodelay': false, ':thread_safe_sockets': true, ':timeout': null, ':uri_parser': C('URI'), ':write_timeout': 60,
    })];
  };
  const response = (e, rng) => ['excon.response', ...pp({
    ':body': e.resp, ':cookies': [], ':headers': { 'Content-Type': 'application/json; charset=utf-8', Date: new Date(e.t + e.ms).toUTCString(), 'Content-Length': String(e.resp.length), 'X-Request-Id': rng.uuid(), ...(e.respHeaders ?? {}) },
    ':host': new URL(e.url).hostname, ':local_address': '10.60.0.14', ':local_port': rng.int(40000, 60000), ':path': new URL(e.url).pathname, ':port': 443, ':reason_phrase': e.reason ?? 'OK', ':remote_ip': e.remoteIp ?? `${rng.int(13, 196)}.${rng.int(1, 254)}.${rng.int(1, 254)}.${rng.int(1, 254)}`, ':status': e.status, ':status_line': `HTTP/1.1 ${e.status} ${e.reason ?? 'OK'}\r\n`,
  })];
  const render = (e, rng) => {
    const log = (t, m, lvl = 'INFO') => `${lvl[0]}, [${stamp(t)} #${PIDN}] ${lvl.padStart(5)} -- : ${m}`;
    const out = (e.app ?? []).map((m, i) => log(e.t - 10 + i, m));
    if (e.url) out.push(...request(e), ...response(e, rng));
    out.push(...(e.appAfter ?? []).map(([m, lvl], i) => log(e.t + e.ms + 5 + i, m, lvl)));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ app: [`ombi GET /bei?eneo=${rng.pick(['nakuru', 'eldoret', 'kisumu', 'meru'])} kutoka ${keIp(rng)} hali 200 (${rng.int(8, 90)}ms)`] }),
      () => ({ app: [`USSD *384*22# simu 2547***${digits(rng, 3)} hatua ${rng.int(1, 5)}: menyu ${rng.pick(['agiza', 'salio', 'bei', 'msaada'])}`] }),
      () => ({ app: [`ombi POST /ussd/callback kutoka 52.48.${rng.int(1, 254)}.${rng.int(1, 254)} hali 200 (${rng.int(5, 60)}ms)`] }),
    ])();
  const steps = [
    { raw: { app: ['Inaanza sms-gateway 2.4.1 (ruby 3.3.7, falcon 0.51.1), EXCON_DEBUG=1'] } },
    2,
    plant('api-key-name', 'excon-request-headers-apiKey', 'error', `${WHY.apiKey('apiKey')} Africa's Talking takes the key in an \`apiKey\` header; Excon's debug dump redacts only \`Authorization\`, so \`excon.request\` writes it.`, ({ rng }) => {
      const key = `atsk_${rng.hex(64)}`;
      const phone = msisdn(rng);
      const mid = `ATXid_${rng.hex(32)}`;
      return {
        marks: [
          { value: key },
          { value: mid, category: 'negative', kind: 'excon-response-africastalking-messageId', expect: 'none', why: "Africa's Talking's `messageId` (`ATXid_…`) in the response body: a message id, no credential." },
        ],
        event: { app: [`Inatuma SMS kwa +${phone.slice(0, 6)}***${phone.slice(-3)} (agizo ${agizo(rng)})`], url: 'https://api.africastalking.com/version1/messaging', method: 'post', headers: { apiKey: key, 'Content-Type': 'application/x-www-form-urlencoded' }, body: `username=shambabora&to=%2B${phone}&message=Agizo+lako+limetumwa.+Asante+kwa+kununua+Shamba+Bora.&from=SHAMBABORA`, status: 201, reason: 'Created', resp: JSON.stringify({ SMSMessageData: { Message: 'Sent to 1/1 Total Cost: KES 0.8000', Recipients: [{ cost: 'KES 0.8000', messageId: mid, messageParts: 1, number: `+${phone}`, status: 'Success', statusCode: 101 }] } }) },
      };
    }),
    3,
    plant('framework-dump', 'excon-query-hash-password', 'error', "The USSD hub's legacy API takes `username` and `password` in the query: Excon prints `:query` as a Hash, one key a line, and redacts only a `:password` param, not a query key named `password`.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { app: ['Inafunga kikao cha USSD kilichokwama'], url: 'https://ussd-hub.example/api/v1/session/end', method: 'get', q: { action: 'end', msisdn: msisdn(rng), password: pw, username: 'shambabora' }, status: 200, resp: '{"status":"ended"}' } };
    }),
    3,
    plant('refresh-token', 'excon-body-refresh-grant', 'error', `${WHY.refresh} The gateway refreshes its USSD hub token (a public client: the form holds only the grant); Excon's \`:body\` writes the refresh token.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { app: ['Tokeni ya USSD hub imeisha, inaomba mpya'], url: 'https://auth.ussd-hub.example/oauth/token', method: 'post', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `grant_type=refresh_token&refresh_token=${rt}&client_id=shamba-ussd`, expects: [200], status: 400, reason: 'Bad Request', resp: '{"error":"invalid_grant","error_description":"refresh token expired"}', appAfter: [['Imeshindwa kupata tokeni mpya: 400 invalid_grant', 'ERROR']] } };
    }),
    3,
    plant('replay', 'ruby-app-risiti-tiketi_moja', 'note', WHY.ticketFirst('A one-time `tiketi_moja` on a receipt PDF download (`/risiti/pakua?tiketi_moja=…`)'), ({ rng, t }) => {
      firstUse.risiti = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { app: [`ombi GET /risiti/pakua?tiketi_moja=${tk} kutoka 41.90.118.27 hali 200 (34ms)`] } };
    }, { ref: 'risiti' }),
    2,
    plant('replay', 'ruby-app-risiti-tiketi_moja', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('risiti').value, why: `${WHY.replay('tiketi_moja', gap('risiti', t))} The service serves the receipt again (200) to another address (105.160.7.212): the farmer forwarded the SMS link on WhatsApp.` }], event: { app: [`ombi GET /risiti/pakua?tiketi_moja=${refs.get('risiti').value} kutoka 105.160.7.212 hali 200 (29ms)`] } }), { replayOf: 'risiti', after: 137 }),
    3,
    plant('implicit-fragment', 'excon-response-location-access_token', 'error', "A sync script opens the dealers' portal's authorize endpoint (the portal offers only the implicit grant, with Basic sign-in): Excon's `excon.response` writes the 302's `Location` with `#access_token=<token>`.", ({ rng }) => {
      const at = rng.b64url(43);
      return {
        marks: [
          { value: at },
          { value: 'REDACTED', category: 'negative', kind: 'excon-authorization-REDACTED', expect: 'none', why: "Excon's `REDACTED` in place of the `Authorization` header: a mask, no credential." },
        ],
        event: { app: ['Inasawazisha orodha ya mawakala kutoka lango la wauzaji'], url: 'https://lango.wauzaji-kilimo.example/oauth/authorize', method: 'get', headers: { Authorization: 'REDACTED' }, q: { client_id: 'shambabora-sync', redirect_uri: `https://${KE_WWW}/kuingia`, response_type: 'token', state: rng.b64url(16) }, expects: [200, 302], status: 302, reason: 'Found', resp: '', respHeaders: { Location: `https://${KE_WWW}/kuingia#access_token=${at}&token_type=bearer&expires_in=7200&state=${rng.b64url(16)}` } },
      };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: KE_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// osqueryd.results.log: osquery 5.16's filesystem logger on the app servers (scheduled queries of a Fleet pack, differential
// results: one JSON object a line with `name`, `hostIdentifier`, `calendarTime` (`%a %b %e %H:%M:%S %Y UTC`), `unixTime`,
// `epoch`, `counter`, `numerics`, `decorations`, `columns` (every value a string), `action`). Tables: `shell_history`,
// `crontab`, `authorized_keys`, `docker_images`, `listening_ports`, `deb_packages`.
// https://osquery.readthedocs.io/en/stable/deployment/logging/, https://osquery.io/schema/ (not fetched; the record
// shape read through search in public test fixtures)

function osqueryLog(rng) {
  let counter = rng.int(40, 90);
  const HOSTS = { 'shamba-app-01': rng.uuid().toUpperCase(), 'shamba-app-02': rng.uuid().toUpperCase() };
  const cal = (t) => { const d = new Date(t); return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(t).slice(11, 19)} ${d.getUTCFullYear()} UTC`; };
  const render = (e) => {
    counter += 1;
    const host = e.node ?? 'shamba-app-01';
    return [JSON.stringify({ name: `pack/ulinzi/${e.query}`, hostIdentifier: host, calendarTime: cal(e.t), unixTime: sec(e.t), epoch: 0, counter, numerics: false, decorations: { host_uuid: HOSTS[host], hostname: host }, columns: e.columns, action: e.action ?? 'added' })];
  };
  const hist = (t, command, user = 'otieno', uid = '1001') => ({ query: 'shell_history', columns: { command, history_file: `/home/${user}/.bash_history`, time: String(sec(t)), uid } });
  const cron = (command, minute = '*/10', hour = '*') => ({ query: 'crontab', columns: { command, day_of_month: '*', day_of_week: '*', event: '', hour, minute, month: '*', path: '/var/spool/cron/crontabs/shamba' } });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ query: 'listening_ports', node: rng.pick(['shamba-app-01', 'shamba-app-02']), columns: { address: '0.0.0.0', family: '2', fd: String(rng.int(3, 40)), net_namespace: '4026531840', path: '', pid: String(rng.int(800, 9000)), port: String(rng.pick([22, 80, 443, 8080, 9292])), protocol: '6', socket: String(rng.int(20000, 90000)) } }),
      () => { const [name, version, revision, source] = rng.pick([['openssl', '3.0.13-0ubuntu3.6', '0ubuntu3.6', ''], ['libssl3t64', '3.0.13-0ubuntu3.6', '0ubuntu3.6', 'openssl'], ['curl', '8.5.0-2ubuntu10.7', '2ubuntu10.7', ''], ['tzdata', '2026a-0ubuntu0.24.04', '0ubuntu0.24.04', ''], ['nginx', '1.24.0-2ubuntu7.4', '2ubuntu7.4', '']]); return { query: 'deb_packages', action: rng.pick(['added', 'removed']), columns: { arch: 'amd64', name, revision, source, status: 'install ok installed', version } }; },
      () => hist(t - rng.int(60, 3000), rng.pick(['sudo systemctl restart sms-gateway', 'journalctl -u mpesa-bridge -n 200', 'df -h', 'tail -f /var/log/kannel/access.log', 'docker ps']), rng.pick(['otieno', 'wanjiru']), rng.pick(['1001', '1002'])),
    ])();
  const steps = [
    3,
    plant('negative', 'osquery-authorized_keys-ed25519', 'none', "An SSH public key (`ssh-ed25519 AAAA…`) from the `authorized_keys` table: public by design, no credential.", ({ rng }) => {
      const v = `AAAAC3NzaC1lZDI1NTE5AAAAI${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43)}`;
      return { value: v, event: { query: 'authorized_keys', columns: { algorithm: 'ssh-ed25519', comment: 'wanjiru@thinkpad', key: v, key_file: '/home/wanjiru/.ssh/authorized_keys', options: '', uid: '1002' } } };
    }),
    3,
    plant('api-key-name', 'osquery-shell_history-export-consumer-secret', 'error', `${WHY.apiKey('DARAJA_CONSUMER_SECRET')} An administrator typed \`export DARAJA_CONSUMER_SECRET=…\` in a shell; osquery's \`shell_history\` table collects the line from \`.bash_history\`.`, ({ rng, t }) => {
      const secret = rng.alnum(64);
      return { value: secret, event: hist(t - rng.int(200, 900), `export DARAJA_CONSUMER_SECRET=${secret}`) };
    }),
    3,
    plant('webhook', 'osquery-crontab-uptimerobot-heartbeat', 'error', WHY.webhook('An UptimeRobot heartbeat URL (`heartbeat.uptimerobot.com/<key>`) a cron job calls after the price sync, in the `crontab` table'), ({ rng }) => {
      const key = `m${digits(rng, 9)}-${rng.hex(40)}`;
      return { value: key, event: cron(`/opt/shamba/bin/sawazisha-bei.sh && curl -fsS -m 10 https://heartbeat.uptimerobot.com/${key} >/dev/null`) };
    }),
    3,
    plant('embed-jwt', 'osquery-shell_history-pachika-expired-at-collection', 'note', "An administrator tested the sales widget `/pachika/mauzo/<JWT>` with curl: a token of 120 s without jti, typed 20 s after it was issued; osquery collected the history line about six minutes later, when it had expired (note: the time of the line is the collection time).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: 400, claims: { ripoti: 'mauzo', eneo: 'nakuru' } });
      return { value: token, jwt: facts, event: hist(t - 380, `curl -s "https://ripoti.${KE_WWW}/pachika/mauzo/${token}" | head -c 400`, 'wanjiru', '1002') };
    }),
    3,
    plant('header-dump', 'osquery-crontab-curl-authorization-token', 'error', "A cron job pulls the ERP's daily report with `curl -H \"Authorization: Token <40 hex>\"`: the `crontab` table writes the whole command.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: cron(`curl -fsS -H "Authorization: Token ${tok}" https://erp.shambabora.local/api/ripoti/kila-siku -o /var/lib/shamba/ripoti.json`, '30', '5') };
    }),
    3,
    plant('session-id', 'osquery-shell_history-curl-cookie-kikao', 'error', WHY.session('A `kikao` session cookie an administrator passed to curl (`-b "kikao=<id>"`), in the `shell_history` table'), ({ rng, t }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: hist(t - rng.int(100, 600), `curl -s -b "kikao=${sid}" https://wakala.${KE_WWW}/api/ripoti/wiki > ripoti.json`) };
    }),
    3,
    plant('negative', 'osquery-docker_images-sha256', 'none', "A Docker image id (`sha256:…`) from the `docker_images` table: a content digest, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { query: 'docker_images', node: 'shamba-app-02', columns: { created: String(sec(DAY0) - rng.int(86400, 864000)), id: `sha256:${v}`, size_bytes: String(rng.int(90000000, 400000000)), tags: 'registry.shambabora.example/mpesa-bridge:1.8.3' } } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: KE_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kannel-access.log: the SMS gateway's Kannel 1.4.5 bearerbox access log (`access-log` with the default format:
// `<yyyy-mm-dd hh:mm:ss> <Sent|Receive|DLR> SMS [SMSC:<id>] [SVC:<service>] [ACT:] [BINF:] [FID:<foreign id>] [META:]
// [from:<sender>] [to:<receiver>] [flags:<mclass>:<coding>:<mwi>:<compress>:<dlr mask>] [msg:<length>:<text>] [udh:<length>:<hex>]`,
// local time), the text written as is for GSM text and in hex for UCS-2 (coding 2). https://www.kannel.org/download/1.4.5/userguide-1.4.5/userguide.html
// (Appendix E, log files; an older manual's example read through search, the 1.4 fields from memory)

function kannelLog(rng) {
  const stamp = (t) => { const d = local(t, KE); return `${d.slice(0, 10)} ${d.slice(11, 19)}`; };
  const render = (e) => {
    const coding = e.coding ?? 0;
    const msg = coding === 2 ? `${Buffer.from(e.text, 'utf16le').swap16().length}:${Buffer.from(e.text, 'utf16le').swap16().toString('hex').toUpperCase()}` : `${Buffer.byteLength(e.text)}:${e.text}`;
    if (e.kind === 'in') return [`${stamp(e.t)} Receive SMS [SMSC:safaricom] [SVC:] [ACT:] [BINF:] [FID:] [META:] [from:+${e.phone}] [to:22384] [flags:-1:0:-1:0:-1] [msg:${msg}] [udh:0:]`];
    if (e.kind === 'dlr') return [`${stamp(e.t)} DLR SMS [SMSC:safaricom] [SVC:shambabora] [ACT:] [BINF:] [FID:${e.fid}] [META:] [from:SHAMBABORA] [to:+${e.phone}] [flags:-1:-1:-1:-1:1] [msg:${msg}] [udh:0:]`];
    return [`${stamp(e.t)} Sent SMS [SMSC:safaricom] [SVC:shambabora] [ACT:] [BINF:] [FID:${e.fid ?? rng.hex(8)}] [META:] [from:SHAMBABORA] [to:+${e.phone}] [flags:-1:${coding}:-1:0:19] [msg:${msg}] [udh:0:]`];
  };
  const mpesaTime = (t) => { const h = Number(local(t, KE).slice(11, 13)); return `${h % 12 || 12}:${local(t, KE).slice(14, 16)} ${h < 12 ? 'AM' : 'PM'}`; };
  const dlrText = (rng, t, fid, text) => { const d = local(t, KE); const ymd = `${d.slice(2, 4)}${d.slice(5, 7)}${d.slice(8, 10)}${d.slice(11, 13)}${d.slice(14, 16)}`; return `id:${fid} sub:001 dlvrd:001 submit date:${ymd} done date:${ymd} stat:DELIVRD err:000 text:${text.slice(0, 20)}`; };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ phone: msisdn(rng), text: `Agizo ${agizo(rng)} limepokelewa. Jumla KSh ${rng.int(4, 90) * 50}. Asante kwa kununua Shamba Bora.` }),
      () => ({ kind: 'in', phone: msisdn(rng), text: rng.pick(['SALIO', 'BEI MBOLEA', 'AGIZA DAP 2', 'MSAADA', 'AGIZA MBEGU H614 1']) }),
      () => { const fid = rng.hex(8); return { kind: 'dlr', fid, phone: msisdn(rng), text: dlrText(rng, t, fid, 'Agizo lako limetumwa') }; },
      () => ({ phone: msisdn(rng), text: `Bei ya leo: DAP KSh ${rng.int(60, 75) * 50}, CAN KSh ${rng.int(50, 60) * 50} kwa gunia la 50kg. Jibu AGIZA kuagiza.` }),
    ])();
  const steps = [
    3,
    plant('negative', 'kannel-receive-mpesa-confirmation-code', 'none', "A farmer forwards the M-Pesa confirmation SMS to the shortcode as proof of payment: its transaction code is a reference, no credential.", ({ rng, t }) => {
      const v = `T${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}`;
      return { value: v, event: { kind: 'in', phone: msisdn(rng), text: `${v} Confirmed. Ksh2,350.00 paid to SHAMBA BORA LTD. on 16/3/27 at ${mpesaTime(t - 140000)}. New M-PESA balance is Ksh${rng.int(100, 9000)}.00.` } };
    }),
    3,
    plant('path-secret', 'kannel-sent-sms-nenosiri-weka-upya-link', 'error', WHY.pathSecret('A password reset link `/nenosiri/weka-upya/<token>` in an SMS text, written whole in the `msg` field of the access log'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { phone: msisdn(rng), text: `Bofya kuweka upya nenosiri lako: https://${KE_WWW}/nenosiri/weka-upya/${tok} (kiungo kinaisha baada ya saa 1)` } };
    }),
    3,
    plant('encoded', 'kannel-ucs2-hex-ingia-kiungo', 'error', "An SMS sign-in link `/ingia/kiungo/<token>` sent with an emoji, so as UCS-2 (coding 2): Kannel writes the text in hex (UTF-16BE), and the token is one hex decoding away.", ({ rng }) => {
      const tok = rng.b64url(20);
      const hex = Buffer.from(tok, 'utf16le').swap16().toString('hex').toUpperCase();
      return { value: hex, event: { phone: msisdn(rng), coding: 2, text: `🌱 Ingia: https://${KE_WWW}/ingia/kiungo/${tok}` } };
    }),
    3,
    plant('negative', 'kannel-dlr-foreign-id', 'none', "A delivery report's SMSC message id (`FID` and `id:`): an identifier, no credential.", ({ rng, t }) => {
      const fid = rng.hex(8);
      return { value: fid, event: { kind: 'dlr', fid, phone: msisdn(rng), text: dlrText(rng, t, fid, 'Bei ya leo: DAP KSh') } };
    }),
    3,
    plant('session-id', 'kannel-sent-sms-wakala-kikao', 'error', WHY.session("An agent's dashboard link with its session in the query (`?kikao=<id>`), sent by SMS"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { phone: msisdn(rng), text: `Wakala: ripoti yako ya leo iko tayari https://wakala.${KE_WWW}/dashibodi?kikao=${sid}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: KE_WWW }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout31');
writePart(join(here, 'heldout31'), {
  'Player.log': unityLog(rng),
  'matchmaker.log': matchmakerLog(rng),
  'kafka-telemetry.txt': kafkaLog(rng),
  'bedrock-support.log': bedrockLog(rng),
  'mixpanel-export.ndjson': mixpanelLog(rng),
  'postgrest.log': postgrestLog(rng),
  'swift-proxy.log': swiftLog(rng),
  'checkpoint.log': checkpointLog(rng),
  'broneerimisbot.log': slackBotLog(rng),
  'cockroach-sql-audit.log': cockroachLog(rng),
  'mpesa-bridge.log': mpesaBridgeLog(rng),
  'sms-gateway.log': exconLog(rng),
  'osqueryd.results.log': osqueryLog(rng),
  'kannel-access.log': kannelLog(rng),
});
