// Writes corpus/logs-in-the-wild/heldout48/: a forty-eighth held-out part, in formats no other part uses (a Pterodactyl
// Wings daemon log, a SteamPipe upload script's output with `set -x` and steamcmd's console, a Tauri 2 launcher's
// tauri-plugin-log file, Renovate's pretty log at `LOG_LEVEL=debug`, `fastly log-tail --timestamps` of a Compute
// service, Icecast 2.4's error.log at loglevel 4, Navidrome under `docker logs`, a Sitecore 10 log file, a PayFast ITN
// handler's own log with print_r dumps, `deployctl logs` of a Deno Deploy project, an Emby Server log, a Kodi 21 log, a
// uniCenta oPOS log through java.util.logging, `fly watch` of a Concourse build), with credentials planted in the places
// issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was
// built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout48.mjs     rewrites heldout48/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Kiteworks Games, a Leeds independent game studio with self-hosted game servers, a Steam release
// pipeline, a desktop launcher, dependency bots and an edge service (English, five logs); Umoya Wethu FM ("our air"), a
// community radio station in East London (Eastern Cape) with an Icecast stream, a music library for its presenters, a
// Sitecore site, an online shop paid through PayFast and an event ticket service on Deno Deploy (Xhosa messages where
// the app shows them, routes, parameter, header, key and property names transliterated to Latin letters, English code
// names, five logs); Rangmanch Natyagruha (रंगमंच नाट्यगृह), a Pune Marathi theatre that streams its plays, with an Emby
// server, Kodi screens in the foyer, a uniCenta box-office till and a Concourse pipeline for its app (Marathi messages in
// Devanagari where the app shows them, routes and names transliterated, English code names, four logs). Standard names
// (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, factsAt, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 6, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Leeds in October (BST, UTC+1), East London (SAST, UTC+2), Pune (IST, UTC+5:30). */
const BST = 60;
const SAST = 120;
const IST = 330;
/** `yyyy-MM-dd HH:mm:ss.SSS` at `offset` minutes. */
const ymdHmsMsAt = (ms, offset) => local(ms, offset).slice(0, 23).replace('T', ' ');
/** A private address. */
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const hex = (text) => Buffer.from(text).toString('hex');

// =====================================================================================================================
// Kiteworks Games (English; Leeds: BST, UTC+1; servers in UTC)
// =====================================================================================================================

const KW = 'kiteworks.example';

// ---------------------------------------------------------------------------------------------------------------------
// wings.log: /var/log/pterodactyl/wings.log of Pterodactyl Wings 1.11 started with `--debug` on a game server host (UTC,
// no year, no zone): apex/log's text handler, `<LEVEL right-aligned to 5>: [Mon DD HH:MM:SS.mmm] <message> <key=value …>`
// with the fields sorted by name.
// https://pterodactyl.io/wings/1.0/installing.html (from memory, not fetched); the line layout and messages from memory.

function wingsLog(rng) {
  const stamp = (t) => { const d = new Date(t); return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(t).slice(11, 23)}`; };
  const render = (e) => e.wg.map(([lvl, msg, fields = {}]) => {
    const kv = Object.keys(fields).sort().map((k) => `${k}=${fields[k]}`).join(' ');
    return `${lvl.padStart(5)}: [${stamp(e.t)}] ${msg}${kv ? ` ${kv}` : ''}`;
  });
  const servers = [rng.uuid(), rng.uuid(), rng.uuid()];
  const srv = () => rng.pick(servers);
  const filler = (rng) =>
    rng.pick([
      () => ({ wg: [['DEBUG', 'websocket: sending resource usage event', { cpu_absolute: (rng.int(10, 3900) / 10).toFixed(1), memory_bytes: rng.int(400000000, 6000000000), server: srv() }]] }),
      () => { const s = srv(); return { wg: [['INFO', 'sftp: authenticated user using public key', { ip: `${publicIp(rng)}:${rng.int(30000, 60000)}`, server: s, subsystem: 'sftp', username: `${rng.pick(['maya', 'olu', 'ciaran'])}.${s.slice(0, 8)}` }]] }; },
      () => ({ wg: [['INFO', 'server: updated process state', { server: srv(), state: rng.pick(['running', 'starting', 'stopping', 'offline']) }]] }),
      () => ({ wg: [['DEBUG', 'environment: container attached, streaming output', { container_id: rng.hex(12), server: srv() }]] }),
      () => ({ wg: [['INFO', 'server: detected server crash, restarting', { exit_code: rng.pick([137, 1, 255]), oom_killed: rng.pick(['true', 'false']), server: srv() }]] }),
    ])();
  const dlJwt = (t, backup, server) => jwt(rng, t, { lifetime: 300, age: rng.int(5, 40), jti: true, claims: { iss: `https://panel.${KW}`, aud: [`https://node-2.${KW}`], backup_uuid: backup, server_uuid: server, unique_id: rng.alnum(16) } });
  let backup;
  const steps = [
    { raw: { wg: [['INFO', 'loading configuration from file', { config_file: '/etc/pterodactyl/config.yml' }], ['INFO', 'configured wings with system timezone', { timezone: 'UTC' }], ['INFO', 'configured system user successfully', { gid: 988, uid: 988, username: 'pterodactyl' }], ['INFO', 'fetching list of servers from API']] }, after: 0 },
    plant('negative', 'wings-remote-request-headers-redacted', 'none', "Wings logs its call to the Panel with the `Authorization` header already redacted (`Authorization:[(redacted)]`): the daemon's own masking, no credential.", () => ({ value: 'Authorization:[(redacted)]', event: { wg: [['DEBUG', 'making request to external HTTP endpoint', { endpoint: `https://panel.${KW}/api/remote/servers?page=0&per_page=50`, headers: 'map[Accept:[application/vnd.pterodactyl.v1+json] Authorization:[(redacted)] Content-Type:[application/json] User-Agent:[Pterodactyl Wings/v1.11.13 (id:node-2)]]', method: 'GET' }]] } }), { after: 1 }),
    9,
    plant('replay', 'wings-download-backup-token-once', 'note', WHY.ticketFirst("The Panel's signed download link for a world backup (`/download/backup?token=<JWT>`, 300 s, a `unique_id` and a jti the daemon is meant to spend); Wings' request log writes it with the client. The token is"), ({ rng, t }) => {
      backup = rng.uuid();
      const server = servers[0];
      const { token, facts } = dlJwt(t, backup, server);
      firstUse.wingsDl = t;
      return { value: token, jwt: facts, event: { wg: [['DEBUG', 'handled incoming HTTP request', { client_ip: '203.0.113.77', latency: `${rng.int(2, 90)}ms`, method: 'GET', path: `/download/backup?token=${token}`, status: 200, user_agent: '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/146.0"' }]] } };
    }, { ref: 'wingsDl' }),
    7,
    plant('replay', 'wings-download-backup-token-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('wingsDl').value, jwt: factsAt(refs.get('wingsDl').value, t), why: `${WHY.replay('token', gap('wingsDl', t))} Another address with another client downloaded the same backup with the same single-use link and Wings streamed it again: the jti was not spent.` }], event: { wg: [['DEBUG', 'handled incoming HTTP request', { client_ip: '198.51.100.203', latency: '41ms', method: 'GET', path: `/download/backup?token=${refs.get('wingsDl').value}`, status: 200, user_agent: '"Wget/1.25.0"' }]] } }), { replayOf: 'wingsDl', after: 96 }),
    9,
    plant('api-key-name', 'wings-pull-remote-file-error-dl-key', 'error', `${WHY.apiKey('dl_key')} A mod host's download link carries the studio's key in the query; Wings' remote file pull fails and its error writes the URL in the \`url\` field.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { wg: [['ERROR', 'failed to pull remote file to server', { directory: '/BepInEx/plugins', error: '"remote server returned 403 Forbidden"', server: servers[1], url: `https://mods.thunderkit.example/api/v2/download/7731?dl_key=${key}&version=3.4.0` }]] } };
    }),
    9,
    plant('path-secret', 'wings-pull-remote-file-drop-link', 'error', "A world save is pulled into a server from the studio's file drop (`/get/<token>/<file>`), and Wings logs the URL it pulls: the link opens the file to anyone until it expires.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { wg: [['INFO', 'pulling remote file to server directory', { directory: '/worlds', server: servers[2], url: `https://drop.${KW}/get/${tok}/tavern-map-v3.zip` }]] } };
    }),
    9,
    plant('negative', 'wings-backup-sha1-checksum', 'none', "A finished backup's SHA-1 checksum (`checksum=<40 hex>`), sent to the Panel to verify the archive: a content hash, no credential.", ({ rng }) => {
      const sum = rng.hex(40);
      return { value: sum, event: { wg: [['INFO', 'backup completed successfully', { adapter: 'wings', backup: rng.uuid(), checksum: sum, checksum_type: 'sha1', server: servers[0], size: rng.int(100000000, 900000000) }]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'node-2' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// steam-release-1187.log: a release machine's `release.sh` output captured to a file: bash's `set -x` trace (`+ cmd …`,
// assignments and quoting as bash prints them), steamcmd's console for `+run_app_build` (SteamPipe) and curl's output.
// No time on the lines but the first (`date -u`).
// https://partner.steamgames.com/doc/sdk/uploading (from memory, not fetched); steamcmd's console from memory.

function steamLog(rng) {
  const render = (e) => e.sh;
  const header = ['+ date -u +%FT%TZ', '2027-10-06T07:40:02Z', '+ cd /srv/builds/kiteworks-tavern', '+ export STEAM_APP=2400010', '+ STEAM_APP=2400010'];
  const filler = (rng) =>
    rng.pick([
      () => ({ sh: ['+ du -sh build/win64', `${(rng.int(10, 39) / 10).toFixed(1)}G\tbuild/win64`] }),
      () => ({ sh: [`+ test -f build/win64/Tavern_Data/StreamingAssets/build_${rng.int(1100, 1187)}.json`] }),
      () => ({ sh: [`+ echo 'step ${rng.pick(['symbols', 'mirror', 'notes', 'checksums'])}'`, `step ${rng.pick(['symbols', 'mirror', 'notes', 'checksums'])}`] }),
      () => ({ sh: [`+ sleep ${rng.int(2, 10)}`] }),
    ])();
  const steps = [
    plant('encoded', 'steam-xtrace-echo-config-vdf-base64', 'error', "The script restores steamcmd's cached login from a CI secret, `echo <base64> | base64 -d > config/config.vdf`, and `set -x` writes the base64: it decodes to the VDF whose `ConnectCache` holds the build account's saved login token.", ({ rng }) => {
      const vdf = `"InstallConfigStore"\n{\n\t"Software"\n\t{\n\t\t"Valve"\n\t\t{\n\t\t\t"Steam"\n\t\t\t{\n\t\t\t\t"ConnectCache"\n\t\t\t\t{\n\t\t\t\t\t"${rng.hex(8)}"\t\t"${rng.hex(340)}"\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}\n`;
      const b = b64Of(vdf);
      return { value: b, event: { sh: ['+ mkdir -p /home/builder/Steam/config', `+ echo ${b}`, '+ base64 -d'] } };
    }, { after: 1 }),
    plant('framework-dump', 'steam-xtrace-steamcmd-login-password-argument', 'error', "steamcmd takes the build account's password as an argument (`+login <user> <password>`), and `set -x` writes the whole command line with the password quoted.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { sh: [`+ steamcmd +login kiteworks_build '${pw}' +run_app_build /srv/builds/kiteworks-tavern/scripts/app_build_2400010.vdf +quit`, "Redirecting stderr to '/home/builder/Steam/logs/stderr.txt'", '[  0%] Checking for available updates...', '[----] Verifying installation...', 'Steam Console Client (c) Valve Corporation - version 1759461205', '-- type \'quit\' to exit --', 'Loading Steam API...OK', '', "Logging in user 'kiteworks_build' [U:1:0] to Steam Public...OK", 'Waiting for client config...OK', 'Waiting for user info...OK', 'Building depot 2400011...', `Building file mapping... ${rng.int(2000, 9000)} files`, `Scanning content ${rng.int(1000, 6000)} MB ...............`, ...Array.from({ length: 6 }, (_, i) => `[----] Uploading content: ${(i * 16 + rng.int(1, 15))}.${rng.int(0, 9)}%`), '[----] Uploading content: 100.0%'] } };
    }, { after: 2 }),
    9,
    plant('negative', 'steam-depot-manifest-id', 'none', "SteamPipe's manifest id of the uploaded depot (a 64-bit number): an identifier of the content, no credential.", ({ rng }) => {
      const id = `${rng.int(1, 9)}${digits(rng, 18)}`;
      return { value: id, event: { sh: [`Depot 2400011 manifest ${id} committed (${rng.int(100, 900)} MB).`, `Successfully finished AppID 2400010 build (BuildID ${rng.int(15000000, 16999999)}).`] } };
    }),
    5,
    plant('api-key-name', 'steam-xtrace-curl-symbols-upload-key', 'error', `${WHY.apiKey('upload_key')} The crash reporter's symbol store takes the key in the query; \`set -x\` writes the curl command that uploads the build's symbols.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { sh: [`+ curl -fsS -F symbols=@build/Tavern_win64.sym.zip 'https://symbols.${KW}/upload?upload_key=${key}&build=2400010-1187&platform=win64'`, `{"ok":true,"files":${rng.int(3, 40)}}`] } };
    }),
    5,
    plant('path-secret', 'steam-xtrace-curl-itch-api-key-in-path', 'error', "The itch.io mirror is checked with the server-side API, which takes the key as a path segment (`itch.io/api/1/<key>/…`); `set -x` writes the URL: the key is the account's credential until it is revoked.", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { sh: [`+ curl -fsS https://itch.io/api/1/${key}/game/1874221/uploads`, `{"uploads":[{"id":${digits(rng, 8)},"filename":"Tavern-win64.zip","p_windows":true}]}`] } };
    }),
    5,
    plant('negative', 'steam-sha256sum-of-archive', 'none', "The archive's SHA-256 as `sha256sum` prints it: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { sh: ['+ sha256sum Tavern-win64.zip', `${h}  Tavern-win64.zip`] } };
    }),
    5,
    plant('webhook', 'steam-xtrace-curl-guilded-webhook', 'error', WHY.webhook("A Guilded channel webhook (`media.guilded.gg/webhooks/<id>/<token>`) the script announces the build to; `set -x` writes the curl command (the token is the secret part)"), ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { sh: [`+ curl -fsS -H 'Content-Type: application/json' -d '{"content":"Tavern build 1187 is live on the beta branch"}' https://media.guilded.gg/webhooks/${rng.uuid()}/${tok}`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 40 * MIN, site: { host: 'release' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// kiteworks-launcher.log: the Kiteworks launcher (Tauri 2) with tauri-plugin-log's LogDir target: `[yyyy-mm-dd][HH:MM:SS]
// [<target>][<LEVEL>] <message>`, in UTC (the plugin's default timezone strategy), the app's messages printing Rust
// values with `{:?}` (Vec<String>, url::Url, structs).
// https://v2.tauri.app/plugin/logging/ (from memory, not fetched); the record layout from memory.

function tauriLog(rng) {
  const render = (e) => e.ta.map(([target, lvl, msg]) => `[${iso(e.t).slice(0, 10)}][${iso(e.t).slice(11, 19)}][${target}][${lvl}] ${msg}`);
  const A = 'kiteworks_launcher::auth';
  const filler = (rng) =>
    rng.pick([
      () => ({ ta: [['kiteworks_launcher::library', 'INFO', `scanned library: ${rng.int(1, 6)} games installed, ${rng.int(0, 3)} updates pending`]] }),
      () => ({ ta: [['kiteworks_launcher::download', 'DEBUG', `chunk ${rng.int(1, 900)}/${rng.int(900, 2000)} ok (${rng.int(1, 16)} MiB, ${rng.int(2, 90)} MiB/s)`]] }),
      () => ({ ta: [['tauri_plugin_updater', 'DEBUG', 'checking for updates https://updates.kiteworks.example/launcher/windows-x86_64/2.3.0']] }),
      () => ({ ta: [['kiteworks_launcher::presence', 'INFO', `friends online: ${rng.int(0, 30)}`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'tauri-updater-minisign-signature', 'none', "The updater's `signature` for the new version: base64 of a minisign signature file (`untrusted comment: …`), which verifies the installer and opens nothing.", ({ rng, t }) => {
      const sig = b64Of(`untrusted comment: signature from tauri secret key\nRUS${rng.b64url(71).replace(/[-_]/g, 'A')}\ntrusted comment: timestamp:${Math.floor(t / 1000) - 86400}\tfile:Kiteworks Launcher_2.3.1_x64-setup.exe\n${rng.bytes(64).toString('base64')}\n`);
      return { value: sig, event: { ta: [['tauri_plugin_updater', 'DEBUG', `update available: version=2.3.1 url=https://updates.${KW}/launcher/Kiteworks%20Launcher_2.3.1_x64-setup.exe signature="${sig}"`]] } };
    }),
    7,
    plant('oauth-code', 'tauri-deep-link-vec-debug-code', 'warning', `${WHY.code} The launcher signs in through the browser and gets the callback as a deep link; its handler logs the received URLs with \`{:?}\` (a Vec of strings).`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { ta: [['kiteworks_launcher::deep_link', 'INFO', `deep link received: ["kiteworks://auth/callback?code=${code}&state=${rng.b64url(22)}"]`]] } };
    }),
    5,
    plant('id-token', 'tauri-auth-warn-id-token-nonce-mismatch', 'error', "The launcher rejects an ID token whose nonce does not match and logs the token, at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 200), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://id.${KW}`, aud: 'launcher-desktop', sub: rng.uuid(), nonce: rng.b64url(16), name: 'Maya Okonjo' } });
      return { value: token, jwt: facts, event: { ta: [[A, 'WARN', `id_token rejected (nonce mismatch), token=${token}`]] } };
    }),
    7,
    plant('refresh-token', 'tauri-auth-tokenset-debug-refresh-some', 'error', `${WHY.refresh} The launcher logs the token set it saves to the keyring with \`{:?}\`: the access token is wrapped in a redacting type, the refresh token is a plain \`Some("…")\`.`, ({ rng }) => {
      const rt = `kwrt_${rng.b64url(48)}`;
      return { value: rt, event: { ta: [[A, 'DEBUG', `saved to keyring: TokenSet { access_token: Secret("[redacted]"), refresh_token: Some("${rt}"), expires_in: Some(3600s), scope: "library presence" }`]] } };
    }),
    7,
    plant('header-dump', 'tauri-reqwest-request-debug-headers-authorization', 'error', "The API client logs the reqwest `Request` it sends with `{:?}`, headers included (`headers: {\"authorization\": \"Bearer …\"}`): the launcher's opaque access token.", ({ rng }) => {
      const tok = `kwat_${rng.alnum(40)}`;
      return { value: tok, event: { ta: [['kiteworks_launcher::api', 'DEBUG', `sending Request { method: POST, url: Url { scheme: "https", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("api.${KW}")), port: None, path: "/v1/entitlements/sync", query: None, fragment: None }, headers: {"content-type": "application/json", "authorization": "Bearer ${tok}"} }`]] } };
    }),
    7,
    plant('implicit-fragment', 'tauri-webview-navigation-url-debug-fragment', 'error', "The store view's navigation handler logs the `url::Url` it is sent to with `{:?}`; the old web store hands back a token in the fragment (`fragment: Some(\"access_token=…\")`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { ta: [['kiteworks_launcher::store_view', 'DEBUG', `on_navigation Url { scheme: "https", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("store.${KW}")), port: None, path: "/account/linked", query: None, fragment: Some("access_token=${at}&token_type=Bearer&expires_in=3600") }`]] } };
    }),
    7,
    plant('session-id', 'tauri-webview-cookie-struct-kw-sid', 'error', WHY.session("The store view copies its login cookie into the launcher's HTTP client and logs the cookie struct (`Cookie { name: \"kw_sid\", value: \"…\" }`)"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { ta: [['kiteworks_launcher::store_view', 'DEBUG', `cookie synced: Cookie { name: "kw_sid", value: "${sid}", domain: Some("store.${KW}"), path: Some("/"), secure: Some(true), http_only: Some(true) }`]] } };
    }),
    7,
    plant('negative', 'tauri-crash-report-event-id', 'none', "The crash reporter's event id (32 hex digits) the launcher logs after a game crash: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { ta: [['kiteworks_launcher::crash', 'INFO', `game exited with code -1073741819, crash report queued event_id=${id}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'desktop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// renovate-kiteworks.log: a self-hosted Renovate 39 run in CI with `LOG_LEVEL=debug` and the default pretty output:
// `<LEVEL right-aligned to 5>: <message> (repository=<repo>)` followed by its metadata as indented JSON lines, no time.
// https://docs.renovatebot.com/self-hosted-configuration/ and https://docs.renovatebot.com/troubleshooting/ (from
// memory, not fetched); the pretty layout from memory.

function renovateLog(rng) {
  const render = (e) => e.rv.flatMap((x) => (typeof x === 'string' ? [`       ${x}`] : ((([lvl, msg, meta]) => [`${lvl.padStart(5)}: ${msg}${e.repo ? ` (repository=${e.repo})` : ''}`, ...(meta ?? []).map((m) => `       ${m}`)])(x))));
  const REPO = 'kiteworks/launcher';
  const filler = (rng) =>
    rng.pick([
      () => ({ repo: REPO, rv: [['DEBUG', `Found ${rng.pick(['npm', 'cargo', 'github-actions', 'nuget'])} package files`]] }),
      () => { const [pkg, ds] = rng.pick([['tauri', 'crate'], ['serde', 'crate'], ['reqwest', 'crate'], ['@tauri-apps/api', 'npm'], ['vite', 'npm'], ['Newtonsoft.Json', 'nuget']]); return { repo: REPO, rv: [['DEBUG', `getReleases(${pkg})`, [`"datasource": "${ds}"`, `"releases": ${rng.int(10, 400)}`]]] }; },
      () => ({ repo: REPO, rv: [['DEBUG', `GET https://api.github.com/repos/${REPO}/pulls?per_page=100&state=all = (code=undefined, statusCode=200 retryCount=0, duration=${rng.int(80, 900)})`]] }),
      () => ({ repo: REPO, rv: [['INFO', `Branch updated`, [`"branchName": "renovate/${rng.pick(['tauri-monorepo', 'rust-crate-serde', 'vite-6.x', 'actions-checkout-5.x'])}"`]]] }),
    ])();
  const steps = [
    { raw: { rv: [['INFO', 'Renovate started', ['"renovateVersion": "39.182.3"']], ['DEBUG', 'Using RE2 regex engine'], ['DEBUG', 'Parsing configs']] }, after: 0 },
    plant('negative', 'renovate-host-rules-token-redacted', 'none', "Renovate writes the host rules of its global configuration with the token replaced (`\"token\": \"***********\"`): the bot's own sanitizing, no credential.", () => ({ value: '"token": "***********"', event: { rv: [['DEBUG', 'Combined config', ['"hostRules": [', '  {', '    "matchHost": "github.com",', '    "token": "***********"', '  }', '],', '"platform": "github"']]] } }), { after: 1 }),
    5,
    plant('negative', 'renovate-encrypted-config-value', 'none', "An `encrypted` value of the repository's config: a PGP message encrypted to the bot's private key, which a reader of the log cannot use: no credential.", ({ rng }) => {
      const v = `wcFMA${rng.alnum(10)}AQ/+${rng.bytes(180).toString('base64')}`;
      return { value: v, event: { repo: REPO, rv: [['DEBUG', 'Found encrypted config', [`"encrypted": {"npmToken": "${v}"}`]]] } };
    }),
    5,
    plant('framework-dump', 'renovate-repository-config-env-signing-pass', 'error', "Renovate's debug dump of the repository's resolved config includes the `env` it passes to post-upgrade tasks, where the repo set the code signing password in clear (`\"BUILD_SIGNING_PASS\": \"…\"`), one property a line.", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { repo: REPO, rv: [['DEBUG', 'Resolved config', ['"extends": ["config:recommended"],', '"postUpgradeTasks": {"commands": ["npm run tauri:lockfile"]},', '"env": {', `  "BUILD_SIGNING_PASS": "${pw}",`]]] } };
    }),
    plant('encoded', 'renovate-repository-config-env-docker-auth-base64', 'error', "The next property of the same dump is a Docker `config.json` as a JSON string, whose `auth` is base64 of `user:password` for the studio's registry.", ({ rng }) => {
      const b = b64Of(`ci-renovate:${rng.alnum(24)}`);
      return { value: b, event: { repo: REPO, rv: [`  "DOCKER_AUTH_CONFIG": "{\\"auths\\":{\\"registry.${KW}\\":{\\"auth\\":\\"${b}\\"}}}"`, '}'] } };
    }, { after: 0 }),
    7,
    plant('api-key-name', 'renovate-datasource-unknown-error-url-repo-key', 'error', `${WHY.apiKey('repo_key')} The private npm proxy is configured with the key in the registry URL, and Renovate's \`Datasource unknown error\` writes the URL in its metadata.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { repo: REPO, rv: [['WARN', 'Datasource unknown error', ['"datasource": "npm",', '"packageName": "@kiteworks/ui",', `"url": "https://pkgs.${KW}/npm/@kiteworks%2fui?repo_key=${key}",`, '"err": {"name": "HTTPError", "statusCode": 502}']]] } };
    }),
    7,
    plant('path-secret', 'renovate-http-debug-nuget-feed-token-path', 'error', "The game's NuGet feed has its access token as a path segment (`/feeds/<token>/v3/index.json`, a private feed URL), and Renovate's HTTP debug line writes it.", ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { repo: REPO, rv: [['DEBUG', `GET https://nuget.${KW}/feeds/${tok}/v3/index.json = (code=ECONNRESET, statusCode=-1 retryCount=2, duration=${rng.int(1000, 9000)})`]] } };
    }),
    7,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fastly-log-tail.log: `fastly log-tail --service-id=… --timestamps` of the launcher's edge service on Fastly Compute
// (JavaScript): `<RFC 3339 microseconds Z> | <stream> | <request id> | <message>`, messages from console.log.
// https://www.fastly.com/documentation/reference/cli/log-tail/ (from memory, not fetched); the layout from memory.

function fastlyLog(rng) {
  const render = (e) => e.fy.map(([stream, msg]) => `${iso(e.t).slice(0, 23)}${digits(rng, 3)}Z | ${stream} | ${e.rid} | ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ rid: rng.hex(32), fy: [['stdout', `GET /manifests/stable.json pop=${rng.pick(['LHR', 'MAN', 'DUB', 'AMS'])} cache=HIT`]] }),
      () => ({ rid: rng.hex(32), fy: [['stdout', `GET /patches/${rng.int(1100, 1190)}/chunk-${rng.hex(8)}.bin pop=LHR cache=${rng.pick(['HIT', 'MISS'])} bytes=${rng.int(100000, 9000000)}`]] }),
      () => ({ rid: rng.hex(32), fy: [['stdout', `geo ${rng.pick(['GB', 'IE', 'DE', 'NL', 'US'])} routed to backend ${rng.pick(['patch_origin', 'api_origin'])}`]] }),
    ])();
  const steps = [
    7,
    plant('negative', 'fastly-manifest-version-cache-buster', 'none', "The launcher asks for the manifest with the build's git commit as a cache buster (`?v=<40 hex>`): a version, no credential.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { rid: rng.hex(32), fy: [['stdout', `GET /manifests/beta.json?v=${v} pop=MAN cache=MISS`]] } };
    }),
    5,
    plant('oauth-code', 'fastly-edge-console-oauth-callback-url', 'warning', `${WHY.code} The edge service logs the full URL of the sign-in callback it forwards to the identity backend.`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { rid: rng.hex(32), fy: [['stdout', `forwarding https://play.${KW}/oauth/callback?state=${rng.b64url(24)}&code=${code}&iss=https%3A%2F%2Fid.${KW} to api_origin`]] } };
    }),
    5,
    plant('embed-jwt', 'fastly-edge-patch-notes-embed-120s-no-jti', 'warning', "The launcher's patch notes panel loads an embed URL (`/embed/patch-notes/<JWT>`), a 120 s token without a jti, and the edge logs the request at its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(3, 50), claims: { iss: `https://play.${KW}`, game: 'tavern', channel: 'beta', player: digits(rng, 9) } });
      return { value: token, jwt: facts, event: { rid: rng.hex(32), fy: [['stdout', `GET /embed/patch-notes/${token} pop=LHR cache=PASS`]] } };
    }),
    5,
    plant('refresh-token', 'fastly-edge-response-headers-entries-set-cookie-kw-rt', 'error', `${WHY.refresh} The edge logs the identity backend's response headers as an array of entries (\`[...resp.headers]\`), one a \`Set-Cookie\` carrying the refresh token (\`kw_rt=…\`).`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { rid: rng.hex(32), fy: [['stdout', `token response headers [["cache-control","no-store"],["content-type","application/json"],["set-cookie","kw_rt=${rt}; Path=/oauth; Max-Age=2592000; HttpOnly; Secure; SameSite=Strict"]]`]] } };
    }),
    5,
    plant('api-key-name', 'fastly-edge-stderr-backend-403-client-key', 'error', `${WHY.apiKey('client_key')} The edge asks the storage origin with the key in the query; its stderr line writes the URL when the origin answers 403.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { rid: rng.hex(32), fy: [['stderr', `backend patch_origin returned 403 for https://origin-patches.${KW}/manifests/stable.json?client_key=${key}`]] } };
    }),
    5,
    plant('implicit-fragment', 'fastly-edge-beacon-body-location-fragment', 'error', "The edge logs the body of a client error beacon; the page's `location` kept the token of the old implicit sign-in in its fragment.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { rid: rng.hex(32), fy: [['stdout', `beacon {"kind":"js-error","message":"Cannot read properties of undefined (reading 'region')","location":"https://play.${KW}/account/#access_token=${at}&token_type=Bearer&expires_in=3600","ua":"Kiteworks Launcher 2.3.0"}`]] } };
    }),
    5,
    plant('id-token', 'fastly-edge-kv-expired-id-token', 'note', "The edge drops an ID token cached in its KV store and logs it; it had expired 40 minutes before the line's UTC time (no jti): an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 2400 + rng.int(0, 120), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://id.${KW}`, aud: 'play-web', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { rid: rng.hex(32), fy: [['stderr', `kv sessions: dropping stale id_token ${token} (exp passed)`]] } };
    }),
    5,
    plant('negative', 'fastly-edge-x-kw-trace-uuid', 'none', "The studio's own trace header (`x-kw-trace: <uuid>`) echoed by the edge: a trace id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { rid: rng.hex(32), fy: [['stdout', `x-kw-trace: ${id} added to request for api_origin`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: 'edge' }, filler, render, steps });
}

// =====================================================================================================================
// Umoya Wethu FM (Xhosa; East London: SAST, UTC+2)
// =====================================================================================================================

const UW = 'umoyawethu.example';

// ---------------------------------------------------------------------------------------------------------------------
// icecast-error.log: /var/log/icecast2/error.log of Icecast 2.4.4 at `<loglevel>4</loglevel>` (debug), local time (SAST,
// no zone): `[yyyy-mm-dd  HH:MM:SS] <LEVEL> <module>/<function> <message>` (two spaces between date and time), with URL
// listener authentication (`<authentication type="url">`) on the public mount.
// https://icecast.org/docs/icecast-2.4.1/config-file.html and https://icecast.org/docs/icecast-2.4.1/auth.html (from
// memory, not fetched); the messages from memory.

function icecastLog(rng) {
  const stamp = (t) => `${local(t, SAST).slice(0, 10)}  ${local(t, SAST).slice(11, 19)}`;
  const render = (e) => e.ic.map(([lvl, where, msg]) => `[${stamp(e.t)}] ${lvl} ${where} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ic: [['INFO', 'source/source_main_loop', `listener count on /live.mp3 now ${rng.int(20, 400)}`]] }),
      () => ({ ic: [['DEBUG', 'stats/modify_node_event', `update "/live.mp3" listeners (${rng.int(20, 400)})`]] }),
      () => ({ ic: [['INFO', 'connection/_handle_get_request', `GET /status-json.xsl from ${publicIp(rng)}`]] }),
      () => ({ ic: [['DEBUG', 'format-mp3/format_mp3_write_buf_to_client', `client ${rng.int(100, 9000)} queue ${rng.int(1000, 90000)} bytes behind`]] }),
      () => ({ ic: [['INFO', 'source/source_client_callback', `listener ${rng.int(100, 9000)} left /live.mp3 after ${rng.int(10, 7200)}s`]] }),
    ])();
  const steps = [
    { raw: { ic: [['INFO', 'main/main', 'Icecast 2.4.4 server started'], ['INFO', 'connection/get_ssl_certificate', 'No SSL capability'], ['INFO', 'stats/_stats_thread', 'stats thread started']] }, after: 0 },
    5,
    plant('header-dump', 'icecast-debug-source-request-authorization-basic', 'error', "At debug the source request's headers are logged, the studio encoder's `Authorization: Basic <base64 of source:password>` included: the mount's source password.", ({ rng }) => {
      const b = b64Of(`source:${rng.alnum(18)}`);
      return { value: b, event: { ic: [['DEBUG', 'connection/_handle_source_request', 'source request: PUT /live.mp3'], ['DEBUG', 'connection/connection_check_pass', `header Authorization: Basic ${b}`], ['INFO', 'connection/_handle_source_request', `Source logging in at mountpoint "/live.mp3" from ${lan(rng, '10.20')}`]] } };
    }),
    7,
    plant('negative', 'icecast-listener-nocache-timestamp', 'none', "A web player's cache buster on the listener request (`?nocache=<epoch ms>`): a timestamp, no credential.", ({ rng, t }) => {
      const v = String(t - rng.int(1000, 9000));
      return { value: v, event: { ic: [['INFO', 'connection/_handle_get_request', `GET /live.mp3?nocache=${v} from ${publicIp(rng)}`]] } };
    }),
    7,
    plant('replay', 'icecast-url-auth-itikiti-once', 'note', WHY.ticketFirst("A one-time listening ticket for a paid live show (`itikiti`, \"ticket\") in the mount's query; URL authentication accepts it and the log writes the listener's address. The ticket is"), ({ rng, t }) => {
      const tk = rng.alnum(26);
      firstUse.itikiti = t;
      return { value: tk, event: { ic: [['INFO', 'auth_url/url_add_listener', `client auth (/umculo-ebusuku.mp3?itikiti=${tk}) from 203.0.113.61 accepted`]] } };
    }, { ref: 'itikiti' }),
    7,
    plant('replay', 'icecast-url-auth-itikiti-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('itikiti').value, why: `${WHY.replay('itikiti', gap('itikiti', t))} A second listener from another address joined with the same one-time ticket and the auth backend accepted it again.` }], event: { ic: [['INFO', 'auth_url/url_add_listener', `client auth (/umculo-ebusuku.mp3?itikiti=${refs.get('itikiti').value}) from 198.51.100.18 accepted`]] } }), { replayOf: 'itikiti', after: 113 }),
    7,
    plant('api-key-name', 'icecast-admin-cgi-shoutcast-pass', 'error', "The playout software updates the song title through Icecast's SHOUTcast-compatible `/admin.cgi?pass=<password>&mode=updinfo`, and the admin request is logged with its query: the mount's source password under `pass`.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { ic: [['DEBUG', 'admin/admin_handle_request', `Admin request (/admin.cgi?pass=${pw}&mode=updinfo&song=Zahara+-+Loliwe)`]] } };
    }),
    7,
    plant('path-secret', 'icecast-fserve-private-podcast-feed-path', 'error', "A presenter's private podcast feed (`/ipodikasti/yabucala/<token>/feed.xml`, \"private\") is asked of the stream host by mistake, and fserve logs the missing file's path: the token opens the feed where it is served, until it is rotated.", ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { ic: [['WARN', 'fserve/fserve_client_create', `req for file "/usr/share/icecast2/web/ipodikasti/yabucala/${tok}/feed.xml" No such file or directory`]] } };
    }),
    7,
    plant('negative', 'icecast-metadata-track-id', 'none', "The playout system's track id sent with the metadata (`track_id=<uuid>`): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ic: [['INFO', 'source/source_main_loop', `Metadata on mountpoint /live.mp3 changed to "Ringo Madlingozi - Sondela" track_id=${id}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'stream' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// navidrome.log: `docker logs navidrome` of Navidrome 0.53 at `ND_LOGLEVEL=debug` (logrus' text formatter, UTC with Z):
// `time="<RFC 3339>" level=<l> msg="…" <key=value …>`, the HTTP request lines of the Subsonic API (`/rest/…` with
// `u`, `t`, `s` or `p`), the Last.fm agent's requests.
// https://www.navidrome.org/docs/usage/configuration-options/ and the Subsonic API's authentication section (from
// memory, not fetched).

function navidromeLog(rng) {
  const render = (e) => e.nd.map(([lvl, msg, kv = '']) => `time="${iso(e.t).slice(0, 19)}Z" level=${lvl} msg="${msg}"${kv ? ` ${kv}` : ''}`);
  const host = 'radio-nd';
  const rid = () => `${host}/${rng.alnum(10)}-${pad(rng.int(1, 999999), 6)}`;
  const client = () => rng.pick(['DSub', 'Symfonium', 'Feishin', 'substreamer']);
  const filler = (rng) =>
    rng.pick([
      () => ({ nd: [['debug', `HTTP: GET http://nd.${UW}/api/album?_end=${rng.int(15, 60)}&_order=DESC&_sort=recently_added&_start=0`, `elapsed=${rng.int(2, 90)}ms httpStatus=200 remoteAddr="${lan(rng, '10.20')}:${rng.int(30000, 60000)}" requestId=${rid()} responseSize=${rng.int(1000, 90000)}`]] }),
      () => ({ nd: [['info', 'Scanner: Finished processing Music Folder', `folder=/music elapsed=${rng.int(1, 90)}s added=${rng.int(0, 40)} updated=${rng.int(0, 90)}`]] }),
      () => ({ nd: [['debug', 'Updating play count', `track="${rng.pick(['Sondela', 'Loliwe', 'Qongqothwane', 'Ndiyakuthanda'])}" user=${rng.pick(['thandeka', 'lwazi', 'sipho'])}`]] }),
      () => ({ nd: [['info', 'Streaming file', `bitRate=320 format=raw path="/music/${rng.pick(['Zahara', 'Simphiwe Dana', 'Ringo Madlingozi'])}/track${rng.int(1, 14)}.mp3"`]] }),
    ])();
  const steps = [
    7,
    plant('encoded', 'navidrome-subsonic-p-enc-hex-password', 'error', "An older Subsonic client authenticates with `p=enc:<hex>`, the user's password in hex, and Navidrome's HTTP line writes the query: hex-decoding gives the password.", ({ rng }) => {
      const v = `enc:${hex(`Umoya${rng.alnum(10)}`)}`;
      return { value: v, event: { nd: [['debug', `HTTP: GET http://nd.${UW}/rest/getIndexes.view?u=lwazi&p=${v}&v=1.12.0&c=Subsonic+Android`, `elapsed=${rng.int(2, 90)}ms httpStatus=200 remoteAddr="${publicIp(rng)}:${rng.int(30000, 60000)}" requestId=${rid()}`]] } };
    }),
    7,
    plant('negative', 'navidrome-chi-request-id', 'none', "chi's request id (`<host>/<random>-<counter>`) Navidrome logs with each request: an identifier, no credential.", ({ rng }) => {
      const id = `${host}/${rng.alnum(10)}-000${digits(rng, 3)}`;
      return { value: id, event: { nd: [['debug', `HTTP: GET http://nd.${UW}/api/playlist?_end=15&_start=0`, `elapsed=${rng.int(2, 90)}ms httpStatus=200 remoteAddr="${lan(rng, '10.20')}:${rng.int(30000, 60000)}" requestId=${id}`]] } };
    }),
    7,
    plant('api-key-name', 'navidrome-subsonic-token-salt-t-s', 'error', "A presenter's phone app authenticates with the Subsonic token scheme (`t=md5(password+salt)&s=<salt>`): the pair is accepted on every request until the password changes, a reusable credential under the names `t` and `s`.", ({ rng }) => {
      const t = rng.hex(32);
      return { value: t, event: { nd: [['debug', `HTTP: GET http://nd.${UW}/rest/stream.view?id=${rng.alnum(22)}&u=thandeka&t=${t}&s=${rng.alnum(12)}&v=1.16.1&c=${client()}&f=json`, `elapsed=${rng.int(2, 90)}ms httpStatus=200 remoteAddr="${publicIp(rng)}:${rng.int(30000, 60000)}" requestId=${rid()}`]] } };
    }),
    7,
    plant('header-dump', 'navidrome-trace-headers-map-x-nd-authorization-jwt', 'error', "A trace of the web UI's request headers as a Go map (`X-Nd-Authorization:[Bearer <JWT>]`): the UI's session token, on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 172800, age: rng.int(600, 80000), claims: { iss: 'ND', sub: 'thandeka', uid: rng.alnum(22), adm: true } });
      return { value: token, jwt: facts, event: { nd: [['trace', 'Request headers', `headers="map[Accept:[application/json] X-Nd-Authorization:[Bearer ${token}] X-Nd-Client-Unique-Id:[${rng.uuid()}]]" requestId=${rid()}`]] } };
    }),
    7,
    plant('session-id', 'navidrome-lastfm-request-sk', 'error', WHY.session("The Last.fm agent logs a scrobble's parameters, the user's Last.fm session key `sk` included (it never expires unless revoked)"), ({ rng }) => {
      const sk = rng.alnum(32);
      return { value: sk, event: { nd: [['debug', 'Sending Last.fm request', `method=track.scrobble params="artist=Simphiwe+Dana&method=track.scrobble&sk=${sk}&timestamp=${Math.floor(DAY0 / 1000) + rng.int(50000, 60000)}&track=Ndiredi" user=thandeka`]] } };
    }),
    7,
    plant('embed-jwt', 'navidrome-share-stream-jwt-expired', 'note', "A shared playlist's player streams through `/share/s/<JWT>`; the share had expired three days before the line's UTC time (with a jti): an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 7 * 86400, age: 10 * 86400 + rng.int(600, 7200), jti: true, claims: { iss: 'ND', id: rng.alnum(22), f: 'mp3', b: 192 } });
      return { value: token, jwt: facts, event: { nd: [['debug', `HTTP: GET http://nd.${UW}/share/s/${token}`, `elapsed=1ms httpStatus=400 remoteAddr="${publicIp(rng)}:${rng.int(30000, 60000)}" requestId=${rid()}`]] } };
    }),
    7,
    plant('negative', 'navidrome-cover-art-id', 'none', "A cover art id (`al-<id>_<hex>`) the UI asks for: an identifier and a timestamp, no credential.", ({ rng }) => {
      const id = `al-${rng.alnum(22)}_${rng.hex(8)}`;
      return { value: id, event: { nd: [['debug', 'Loading artwork', `artID=${id} size=300 source=embedded`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: 'nd' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log.20271006.txt: Sitecore 10.3's log file (`$(dataFolder)/logs/log.<yyyyMMdd>.txt`, log4net's `%4t %d{HH:mm:ss}
// %-5p %m%n`, local time of day, SAST): a thread id or name, the time, the level padded to 5, the message; exceptions
// on the following lines.
// https://doc.sitecore.com/xp/en/developers/103/platform-administration-and-architecture/log-files.html (from memory,
// not fetched).

function sitecoreLog(rng) {
  const render = (e) => e.sc.map((x) => (typeof x === 'string' ? x : `${x[0]} ${local(e.t, SAST).slice(11, 19)} ${x[1].padEnd(5)} ${x[2]}`));
  const th = () => String(rng.int(1000, 9999)).padStart(4, ' ');
  const header = ['5164 06:00:01 INFO  **********************************************************************', '5164 06:00:01 INFO  Sitecore started', '5164 06:00:01 INFO  Sitecore.NET 10.3.1 (rev. 008576)'];
  const filler = (rng) =>
    rng.pick([
      () => ({ sc: [[`ManagedPoolThread #${rng.int(0, 19)}`, 'INFO', `Job started: Sitecore.Tasks.${rng.pick(['CleanupAgent', 'UrlAgent', 'TaskDatabaseAgent', 'PublishAgent'])}`]] }),
      () => ({ sc: [[`ManagedPoolThread #${rng.int(0, 19)}`, 'INFO', `Job ended: Sitecore.Tasks.${rng.pick(['CleanupAgent', 'UrlAgent', 'TaskDatabaseAgent'])} (units processed: ${rng.int(0, 9)})`]] }),
      () => ({ sc: [[th(), 'INFO', `Cache created: '${rng.pick(['web[items]', 'master[data]', 'core[paths]'])}' (max size: ${rng.int(10, 500)}MB, running total: ${rng.int(500, 4000)}MB)`]] }),
      () => ({ sc: [[th(), 'WARN', `[Umoya.Schedule] Inkqubo ayifunyenwanga (programme not found): /iinkqubo/${rng.pick(['kusasa', 'emini', 'ngokuhlwa'])}-${rng.int(1, 40)}`]] }),
      () => ({ sc: [[th(), 'INFO', `HttpModule is being initialized`]] }),
    ])();
  const steps = [
    7,
    plant('negative', 'sitecore-analytics-global-cookie', 'none', "Sitecore's visitor id cookie (`SC_ANALYTICS_GLOBAL_COOKIE=<32 hex>|True`) in a tracking warning: a contact id for analytics, which logs nobody in.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { sc: [[th(), 'WARN', `Tracker.Current is not initialized; contact from SC_ANALYTICS_GLOBAL_COOKIE=${v}|True will not be identified`]] } };
    }),
    7,
    plant('path-secret', 'sitecore-app-info-reset-link-setha-kwakhona', 'error', "The site's account module logs the password reset link it mailed (`/iakhawunti/setha-kwakhona/<token>`, \"reset\"): the link sets a new password until it is used or expires.", ({ rng }) => {
      const tok = rng.b64url(34);
      return { value: tok, event: { sc: [[th(), 'INFO', `[Umoya.Accounts] Ilinki yokusetha kwakhona ithunyelwe (reset link sent): https://www.${UW}/iakhawunti/setha-kwakhona/${tok}`]] } };
    }),
    7,
    plant('webhook', 'sitecore-publish-end-webex-incoming-webhook', 'error', WHY.webhook("A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<base64 of ciscospark://…/WEBHOOK/<uuid>>`) the publish:end handler posts to; its error writes the URL (the path segment is the secret)"), ({ rng }) => {
      const tok = b64Of(`ciscospark://us/WEBHOOK/${rng.uuid()}`).replace(/=+$/, '');
      return { value: tok, event: { sc: [[th(), 'ERROR', `[Umoya.Publishing] Webex notification failed: POST https://webexapis.com/v1/webhooks/incoming/${tok} returned 429 (Too Many Requests)`]] } };
    }),
    7,
    plant('api-key-name', 'sitecore-exception-schedule-api-isitshixo', 'error', `${WHY.apiKey('isitshixo')} ("key") The programme schedule component calls the station's API with the key in the query, and its error writes the URL before the stack trace.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { sc: [[th(), 'ERROR', `[Umoya.Schedule] Ukulanda uluhlu lweenkqubo akuphumelelanga (fetching the schedule failed): https://api.${UW}/v1/iinkqubo?isitshixo=${key}&usuku=2027-10-06`], 'Exception: System.Net.WebException', 'Message: The remote server returned an error: (503) Server Unavailable.', 'Source: System', '   at System.Net.HttpWebRequest.GetResponse()', '   at Umoya.Feature.Schedule.ScheduleRepository.Fetch(DateTime day)'] } };
    }),
    7,
    plant('session-id', 'sitecore-forms-warn-cookie-umoya-iseshoni', 'error', WHY.session("A form submit action logs the request's cookies when it fails, the shop's session cookie (`umoya_iseshoni`, \"session\") included"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { sc: [[th(), 'WARN', `[Umoya.Forms] Ukungeniswa kwefomu akuphumelelanga (form submit failed) form={${rng.uuid().toUpperCase()}} cookies="umoya_iseshoni=${sid}; shell#lang=en; website#lang=xh-ZA"`]] } };
    }),
    7,
    plant('framework-dump', 'sitecore-request-form-namevaluecollection', 'error', "The shop's registration handler logs `Request.Form` on error; a NameValueCollection prints URL-encoded, the password field (`iphasiwedi`, \"password\") in clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { sc: [[th(), 'ERROR', `[Umoya.Shop] Ubhaliso alugqitywanga (registration not completed). Form: igama=Thandeka+Mbeki&imeyile=thandeka.m%40example.net&iphasiwedi=${pw}&ukuqinisekisa=on`]] } };
    }),
    7,
    plant('negative', 'sitecore-item-id-guid', 'none', "A Sitecore item id (`{GUID}`) of a saved programme page: an identifier, no credential.", ({ rng }) => {
      const id = `{${rng.uuid().toUpperCase()}}`;
      return { value: id, event: { sc: [[th(), 'INFO', `AUDIT (sitecore\\lwazi): Save item: master:/sitecore/content/Umoya/Home/iinkqubo/ngokuhlwa-7, language: xh-ZA, version: 3, id: ${id}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'cm' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// payfast_itn.log: the online shop's PayFast ITN and return-page handler (PHP), writing its own log the way PayFast's old
// sample code did (`pflog()`: `<yyyy-mm-dd HH:MM:SS> : <message>`, local time, SAST) with `print_r()` dumps of arrays on
// the following lines.
// https://developers.payfast.co.za/docs#step_4_confirm_payment (from memory, not fetched); the log layout from memory.

function payfastLog(rng) {
  const pr = (obj) => ['Array', '(', ...Object.entries(obj).map(([k, v]) => `    [${k}] => ${v}`), ')', ''];
  const render = (e) => e.pf.flatMap((x) => (typeof x === 'string' ? [`${ymdHmsAt(e.t, SAST)} : ${x}`] : pr(x)));
  const filler = (rng) =>
    rng.pick([
      () => ({ pf: ['ITN received', `Valid host check: www.payfast.co.za ok`, `Iodolo ${rng.int(1000, 1999)} ihlawulwe (order paid)`] }),
      () => ({ pf: [`Return page: iodolo ${rng.int(1000, 1999)} status=COMPLETE`] }),
      () => ({ pf: [`Cancel page: iodolo ${rng.int(1000, 1999)} yarhoxiswa (cancelled)`] }),
      () => ({ pf: [`Stock updated: ${rng.pick(['hempe', 'ikomityi', 'ikhephu', 'ibhegi'])} -${rng.int(1, 3)}`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'payfast-itn-print-r-signature-md5', 'none', "The ITN's `signature`, an MD5 over this notification's fields: it authenticates one message and opens nothing.", ({ rng }) => {
      const sig = rng.hex(32);
      return { value: sig, event: { pf: ['ITN received', 'Posted variables:', { m_payment_id: rng.int(1000, 1999), pf_payment_id: digits(rng, 7), payment_status: 'COMPLETE', item_name: 'Umoya Wethu hempe (L)', amount_gross: '350.00', amount_fee: '-8.05', amount_net: '341.95', name_first: 'Sipho', email_address: 's.dlamini@example.net', merchant_id: digits(rng, 8), signature: sig }] } };
    }),
    5,
    plant('api-key-name', 'payfast-signature-string-passphrase', 'error', "The handler logs the string it hashes to check the ITN's signature, and PayFast's scheme appends the account's secret passphrase (`&passphrase=…`): whoever has it can forge notifications and sign API calls.", ({ rng }) => {
      const pp = rng.alnum(20);
      return { value: pp, event: { pf: [`Signature string: m_payment_id=${rng.int(1000, 1999)}&pf_payment_id=${digits(rng, 7)}&payment_status=COMPLETE&item_name=Umoya+Wethu+hempe+%28L%29&amount_gross=350.00&merchant_id=${digits(rng, 8)}&passphrase=${pp}`] } };
    }),
    7,
    plant('refresh-token', 'payfast-print-r-zoho-token-row-refresh', 'error', `${WHY.refresh} After a paid order the shop syncs the invoice to its accounting system and dumps the token row it keeps with \`print_r\`, the refresh token (\`1000.<hex>.<hex>\`) on its own line.`, ({ rng }) => {
      const rt = `1000.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: rt, event: { pf: ['Zoho token row:', { id: 1, refresh_token: rt, api_domain: 'https://www.zohoapis.com', updated: '2027-10-01 08:12:44' }] } };
    }),
    7,
    plant('path-secret', 'payfast-receipt-link-irisithi', 'error', "The handler logs the receipt link it e-mailed (`/irisithi/<token>`, \"receipt\"): the page shows the buyer's name, address and order to anyone with the link.", ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { pf: [`Irisithi ithunyelwe (receipt sent) to s***@example.net: https://ivenkile.${UW}/irisithi/${tok}`] } };
    }),
    7,
    plant('framework-dump', 'payfast-print-r-db-config-iphasiwedi', 'error', "A database failure dumps the connection settings with `print_r`, the password (`iphasiwedi`, \"password\") on its own line.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { pf: ['Impazamo yedatabase (database error): SQLSTATE[HY000] [2002] Connection timed out, config:', { host: 'db.ivenkile.internal', igama_lomsebenzisi: 'ivenkile', iphasiwedi: pw, database: 'ivenkile_prod' }] } };
    }),
    7,
    plant('session-id', 'payfast-return-page-print-r-cookie-iseshoni', 'error', WHY.session("The return page cannot find the order and dumps `$_COOKIE` with `print_r`, the shop's session (`iseshoni_yevenkile`) on its own line"), ({ rng }) => {
      const sid = rng.lowerNum(26);
      return { value: sid, event: { pf: ['Return page: iodolo ayifunyenwanga (order not found), cookies:', { iseshoni_yevenkile: sid, ulwimi: 'xh', inqwelo: rng.int(1, 5) }] } };
    }),
    7,
    plant('negative', 'payfast-custom-str-cart-hash', 'none', "The cart's SHA-1 the shop sends as `custom_str2` and gets back in the ITN: a hash to match the order, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { pf: [`Cart check ok: custom_str2=${h}`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'shop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// deployctl-logs.txt: `deployctl logs --project=umoya-itikiti` of the station's event ticket service on Deno Deploy:
// `<RFC 3339 ms Z>   <region>   <message>`, messages from console.log (Deno's inspect of objects and Headers).
// https://docs.deno.com/deploy/classic/deployctl/ (from memory, not fetched); the layout from memory.

function deployctlLog(rng) {
  const render = (e) => e.dd.map((m) => `${iso(e.t)}   ${e.region}   ${m}`);
  const region = () => rng.pick(['gcp-europe-west2', 'gcp-europe-west3', 'gcp-us-east4']);
  const T = `itikiti.${UW}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ region: region(), dd: [`GET /imisitho/${rng.pick(['jazz-ebusuku', 'umculo-wesintu', 'gospel-sunday'])} 200 ${rng.int(2, 90)}ms`] }),
      () => ({ region: region(), dd: [`Amatikiti athengiweyo (tickets sold): ${rng.int(1, 6)} event=${rng.pick(['jazz-ebusuku', 'gospel-sunday'])}`] }),
      () => ({ region: region(), dd: [`kv get seats:${rng.pick(['jazz-ebusuku', 'gospel-sunday'])} ${rng.int(0, 400)} left`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'deployctl-request-id-uuid', 'none', "The service's request id (a uuid) printed with a slow request: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { region: region(), dd: [`slow request id=${id} GET /imisitho 1840ms`] } };
    }),
    5,
    plant('oauth-code', 'deployctl-console-callback-url-ngena', 'warning', `${WHY.code} The ticket service logs the callback URL of its sign-in (\`/ngena/callback\`, "enter") before it exchanges the code.`, ({ rng }) => {
      const code = rng.b64url(38);
      return { value: code, event: { region: region(), dd: [`ukungena (sign-in) callback https://${T}/ngena/callback?code=${code}&state=${rng.b64url(22)}`] } };
    }),
    5,
    plant('id-token', 'deployctl-console-form-post-body-id-token', 'error', "The identity provider answers with `response_mode=form_post`, and the service logs the raw form body it read (`await req.text()`), `id_token` included, at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 60), alg: 'RS256', kid: rng.hex(16), jti: true, claims: { iss: `https://login.${UW}`, aud: 'itikiti-web', sub: rng.uuid(), email: 'n.gqoba@example.net' } });
      return { value: token, jwt: facts, event: { region: region(), dd: [`form_post body: state=${rng.b64url(22)}&id_token=${token}`] } };
    }),
    5,
    plant('session-id', 'deployctl-console-headers-set-cookie-ukungena', 'error', WHY.session("The service logs its response `Headers` object after sign-in, the `set-cookie` of its session (`ukungena`, \"login\") included"), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { region: region(), dd: [`response headers Headers { "content-type": "text/html; charset=utf-8", location: "/amatikiti", "set-cookie": "ukungena=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax" }`] } };
    }),
    5,
    plant('embed-jwt', 'deployctl-embed-itikiti-no-exp', 'error', "A partner venue's site embeds the ticket widget through `/embed/itikiti/<JWT>`, a token without `exp`; the service logs the request at its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 5, 86400 * 60), claims: { iss: `https://${T}`, venue: 'guild-theatre', event: 'jazz-ebusuku', role: 'widget' } });
      return { value: token, jwt: facts, event: { region: region(), dd: [`GET /embed/itikiti/${token} 200 ${rng.int(2, 90)}ms`] } };
    }),
    5,
    plant('implicit-fragment', 'deployctl-console-sw-error-client-url-fragment', 'error', "The service worker reports its fetch errors with the page's `Client.url`, fragment included (`#access_token=…`), and the service prints the report object.", ({ rng }) => {
      const at = rng.b64url(46);
      return { value: at, event: { region: region(), dd: [`sw error report { clientUrl: "https://${T}/app/#access_token=${at}&token_type=bearer&expires_in=3600", error: "TypeError: Failed to fetch", sw: "v41" }`] } };
    }),
    5,
    plant('replay', 'deployctl-ikhowudi-yekanye-once', 'note', WHY.ticketFirst('A one-time gate code (`ikhowudi_yekanye`, "one-time code") on a printed ticket, scanned once at the gate; the service logs the code with the scanner. The code is'), ({ rng }) => {
      const kod = rng.alnum(24);
      return { value: kod, event: { region: region(), dd: [`isango (gate) scan ikhowudi_yekanye=${kod} scanner=isango-2 isetyenzisiwe (used)`] } };
    }),
    5,
    plant('negative', 'deployctl-deployment-id', 'none', "Deno Deploy's deployment id printed at start-up: an identifier, no credential.", ({ rng }) => {
      const id = rng.lowerNum(12);
      return { value: id, event: { region: region(), dd: [`isiqalo (start) deployment=${id} listening on http://0.0.0.0:8000/`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'deploy' }, filler, render, steps });
}

// =====================================================================================================================
// Rangmanch Natyagruha (Marathi; Pune: IST, UTC+5:30)
// =====================================================================================================================

const RM = 'rangmanch.example';

// ---------------------------------------------------------------------------------------------------------------------
// embyserver.txt: Emby Server 4.8's log (`/var/lib/emby/logs/embyserver.txt`, local time, IST, no zone): `yyyy-mm-dd
// HH:MM:SS.mmm <Level> <Logger>: <message>`, the server's request and response lines (`http/1.1 GET <url>. UserAgent:
// …` and `http/1.1 Response 200 to <ip>. Time: <n>ms. GET <url>`), `ProcessRun 'ffmpeg' Execute: <command line>`.
// https://support.emby.media/support/solutions/articles/44001159258-server-logs (from memory, not fetched).

function embyLog(rng) {
  const render = (e) => e.em.map(([lvl, lg, msg]) => `${ymdHmsMsAt(e.t, IST)} ${lvl} ${lg}: ${msg}`);
  const S = 'http://10.50.1.5:8096';
  const filler = (rng) =>
    rng.pick([
      () => { const p = `/emby/Users/${rng.hex(32)}/Items/Latest?Limit=16&Fields=PrimaryImageAspectRatio`; return { em: [['Info', 'Server', `http/1.1 GET ${S}${p}. UserAgent: Emby Theater`], ['Info', 'Server', `http/1.1 Response 200 to ${lan(rng, '10.50')}. Time: ${rng.int(2, 90)}ms. GET ${S}${p}`]] }; },
      () => ({ em: [['Info', 'TaskManager', `Executing ${rng.pick(['Scan media library', 'Refresh Guide', 'Chapter image extraction'])}`]] }),
      () => ({ em: [['Info', 'LibraryMonitor', `${rng.pick(['नाटक', 'चित्रपट', 'मुलाखती'])} folder changed: /media/natak/${rng.int(1, 90)}`]] }),
      () => ({ em: [['Debug', 'SessionManager', `Playback progress for item ${rng.int(10000, 99999)} position ${rng.int(1, 9000)}s`]] }),
    ])();
  const steps = [
    { raw: { em: [['Info', 'Main', 'Application version: 4.8.10.0'], ['Info', 'App', 'Emby Server started, ports 8096/8920']] }, after: 0 },
    5,
    plant('api-key-name', 'emby-request-and-response-query-x-emby-token', 'error', `${WHY.apiKey('X-Emby-Token')} A foyer screen's player passes the server's token in the query of a stream URL; Emby writes the URL in the request line and again in the response line.`, ({ rng }) => {
      const tok = rng.hex(32);
      const p = `/emby/Videos/${rng.int(10000, 99999)}/stream.mp4?Static=true&MediaSourceId=${rng.hex(32)}&X-Emby-Token=${tok}`;
      return { value: tok, event: { em: [['Info', 'Server', `http/1.1 GET ${S}${p}. UserAgent: Kodi/21.1`], ['Info', 'Server', `http/1.1 Response 206 to 10.50.2.31. Time: ${rng.int(2, 60)}ms. GET ${S}${p}`]] } };
    }),
    7,
    plant('negative', 'emby-play-session-id', 'none', "Emby's `PlaySessionId` on a progress report (32 hex): it names one playback, not a login; the request carries its token in a header, which is not logged.", ({ rng }) => {
      const id = rng.hex(32);
      const p = `/emby/Sessions/Playing/Progress?PlaySessionId=${id}&PositionTicks=${digits(rng, 11)}`;
      return { value: id, event: { em: [['Info', 'Server', `http/1.1 POST ${S}${p}. UserAgent: Emby Web`]] } };
    }),
    7,
    plant('path-secret', 'emby-ffmpeg-command-line-strm-pahanyasathi-link', 'error', "A `.strm` item points at the theatre's streaming CDN with a viewing link (`/pahanyasathi/<token>/`, \"for viewing\"), and Emby logs the ffmpeg command line that opens it: the link plays the recording to anyone until it is revoked.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { em: [['Info', 'App', `ProcessRun 'ffmpeg' Execute: /opt/emby-server/bin/ffmpeg -loglevel +timing -y -print_graphs_file "/var/lib/emby/logs/ffmpeg-transcode-${rng.uuid()}_1graph.txt" -f hls -i "https://cdn.${RM}/pahanyasathi/${tok}/master.m3u8" -map 0:0 -map 0:1 -c:v:0 copy -c:a:0 aac -f segment -segment_time 3 "/var/lib/emby/transcoding-temp/${rng.hex(12)}_%d.ts"`]] } };
    }),
    7,
    plant('refresh-token', 'emby-trakt-plugin-debug-token-json', 'error', `${WHY.refresh} The Trakt plugin logs the token endpoint's JSON when it renews the link at debug.`, ({ rng }) => {
      const rt = rng.hex(64);
      return { value: rt, event: { em: [['Debug', 'Trakt', `Token refreshed: {"access_token":"${rng.hex(64)}","token_type":"bearer","expires_in":7776000,"refresh_token":"${rt}","scope":"public","created_at":${Math.floor(DAY0 / 1000)}}`]] } };
    }),
    7,
    plant('webhook', 'emby-notification-ntfy-topic', 'error', WHY.webhook("An ntfy topic (`ntfy.sh/<topic>`) the server's notifications post to; a random topic name is the only secret of an open ntfy server, and the error writes the URL (the topic is the secret part)"), ({ rng }) => {
      const topic = `rangmanch-${rng.alnum(24)}`;
      return { value: topic, event: { em: [['Error', 'Notifications', `Error sending notification to https://ntfy.sh/${topic}: The operation has timed out.`]] } };
    }),
    7,
    plant('encoded', 'emby-livetv-m3u-url-auth-base64-json', 'error', "The Live TV tuner opens the partner channel's M3U playlist with `auth=<base64 JSON>`, which decodes to the account's user name and password (`vaparkarta`, `sanketshabd`).", ({ rng }) => {
      const b = b64Of(JSON.stringify({ vaparkarta: 'rangmanch', sanketshabd: rng.alnum(16) }));
      return { value: b, event: { em: [['Info', 'LiveTV', `Opening M3U playlist https://iptv.natyavahini.example/get.php?type=m3u_plus&auth=${b}`]] } };
    }),
    7,
    plant('negative', 'emby-device-id', 'none', "A client's device id (a uuid) in a capabilities report: it names a device, not a login.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { em: [['Info', 'SessionManager', `Reporting capabilities for device ${id} (Emby Theater, फोयर स्क्रीन 2)`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'emby' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kodi.log: Kodi 21 "Omega" on a foyer screen (`~/.kodi/temp/kodi.log`, local time, IST, no zone): `yyyy-mm-dd
// HH:MM:SS.mmm T:<thread> <level, right-aligned> <general>: <message>`, add-ons' messages as `[<addon id>] …`, debug
// logging on; credentials in URLs redacted by Kodi as `USERNAME:PASSWORD`.
// https://kodi.wiki/view/Log_file/Advanced (from memory, not fetched).

function kodiLog(rng) {
  const render = (e) => e.ko.map(([lvl, msg]) => `${ymdHmsMsAt(e.t, IST)} T:${e.tid} ${lvl.padStart(7)} <general>: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ tid: rng.int(1100, 1200), ko: [['debug', `CGUIMediaWindow::GetDirectory (plugin://plugin.video.rangmanch/?action=list&vibhag=${rng.pick(['natak', 'ekankika', 'lokkala'])})`]] }),
      () => ({ tid: rng.int(1100, 1200), ko: [['info', `[service.rangmanch.lobby] पुढील प्रयोग (next show): ${rng.pick(['संध्याकाळी ७', 'रात्री ९'])} hall=${rng.int(1, 3)}`]] }),
      () => ({ tid: rng.int(1100, 1200), ko: [['debug', `CVideoPlayer::Process - seeking to ${rng.int(1, 9000)}s`]] }),
      () => ({ tid: rng.int(1100, 1200), ko: [['info', `Skin Helper: screensaver ${rng.pick(['on', 'off'])}`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'kodi-redacted-smb-username-password', 'none', "Kodi redacts credentials in the URLs it logs as the literal `USERNAME:PASSWORD`: the application's own masking, no credential.", () => ({ value: 'smb://USERNAME:PASSWORD@', event: { tid: 1103, ko: [['info', 'CSMBDirectory::GetDirectory: opening smb://USERNAME:PASSWORD@nas.rangmanch.lan/natak/']] } })),
    7,
    plant('encoded', 'kodi-pipe-headers-authorization-percent-encoded', 'error', "Kodi's add-on passes the stream's headers after a pipe (`url|User-Agent=…&Authorization=Bearer%20<token>`), percent-encoded; the player's open line and the input stream line write the URL with them.", ({ rng }) => {
      const tok = rng.b64url(44);
      const url = `https://cdn.${RM}/prayog/1042/master.m3u8|User-Agent=Kodi%2F21.1&Authorization=Bearer%20${tok}`;
      return { value: tok, event: { tid: 1147, ko: [['info', `VideoPlayer::OpenFile: ${url}`], ['info', `Creating InputStream ${url}`]] } };
    }),
    7,
    plant('oauth-code', 'kodi-addon-local-callback-server-code', 'warning', `${WHY.code} The add-on's sign-in runs a local callback server on the screen and logs the path it receives.`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { tid: 1190, ko: [['info', `[plugin.video.rangmanch] callback server got /callback?code=${code}&state=${rng.b64url(20)}`]] } };
    }),
    7,
    plant('session-id', 'kodi-playlist-plugin-url-satra', 'error', WHY.session("The add-on builds play URLs with the viewer's web session (`satra`, \"session\") in the plugin URL, which Kodi's playlist player logs"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { tid: 1103, ko: [['debug', `CPlayListPlayer::Play - plugin://plugin.video.rangmanch/?action=play&id=1042&satra=${sid}`]] } };
    }),
    7,
    plant('api-key-name', 'kodi-addon-api-error-killi', 'error', `${WHY.apiKey('killi')} ("key") The add-on calls the theatre's API with the key in the query, and its error line writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { tid: 1190, ko: [['error', `[plugin.video.rangmanch] त्रुटी (error) HTTP 500 for https://api.${RM}/v2/prayog?killi=${key}&bhasha=mr`]] } };
    }),
    7,
    plant('webhook', 'kodi-lobby-service-ifttt-maker-key', 'error', WHY.webhook("An IFTTT Maker webhook (`maker.ifttt.com/trigger/<event>/with/key/<key>`) the lobby service fires to dim the foyer lights when a show starts; its warning writes the URL (the key is the secret part)"), ({ rng }) => {
      const key = rng.b64url(22);
      return { value: key, event: { tid: 1121, ko: [['warning', `[service.rangmanch.lobby] IFTTT trigger failed https://maker.ifttt.com/trigger/natak_suru/with/key/${key} (timeout)`]] } };
    }),
    7,
    plant('negative', 'kodi-texture-cache-hash', 'none', "The texture cache's file name for a poster (a CRC of its URL): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(8);
      return { value: `${h}.jpg`, event: { tid: 1131, ko: [['debug', `CTextureCache::AddCachedTexture - cached image 'image://https%3a%2f%2fcdn.${RM}%2fposters%2f${rng.int(100, 999)}.jpg/' to '${h[0]}/${h}.jpg'`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR + 30 * MIN, site: { host: 'foyer' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// unicenta.log: the box office's uniCenta oPOS 5 till, started by a script that sends its console to a file:
// java.util.logging's SimpleFormatter default, two lines a record (`MMM dd, yyyy h:mm:ss a <class> <method>` and
// `<LEVEL>: <message>`), local time (IST), with the theatre's own payment and notification scripts logging through it.
// https://docs.oracle.com/en/java/javase/21/docs/api/java.logging/java/util/logging/SimpleFormatter.html (from memory,
// not fetched); uniCenta's messages from memory.

function unicentaLog(rng) {
  const when = (t) => {
    const l = local(t, IST);
    const h = Number(l.slice(11, 13));
    return `${MONTHS[Number(l.slice(5, 7)) - 1]} ${l.slice(8, 10)}, ${l.slice(0, 4)} ${h % 12 === 0 ? 12 : h % 12}:${l.slice(14, 19)} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const render = (e) => e.up.flatMap(([cls, lvl, msg]) => [`${when(e.t)} ${cls}`, `${lvl}: ${msg}`]);
  const filler = (rng) =>
    rng.pick([
      () => ({ up: [['com.openbravo.pos.sales.JPanelTicket saveTicket', 'INFO', `Ticket ${rng.int(10000, 19999)} saved (${rng.pick(['तिकीट', 'कॅन्टीन'])}) total=${rng.int(100, 1500)}.00`]] }),
      () => ({ up: [['com.openbravo.pos.printer.DeviceTicket printTicket', 'INFO', `Printed on Epson TM-T82 (${rng.int(1, 3)} copies)`]] }),
      () => ({ up: [['com.openbravo.pos.forms.JRootApp closeAppView', 'INFO', `User ${rng.pick(['swapnil', 'gauri', 'omkar'])} logged out`]] }),
      () => ({ up: [['com.openbravo.pos.forms.JRootApp openAppView', 'INFO', `User ${rng.pick(['swapnil', 'gauri', 'omkar'])} logged in`]] }),
    ])();
  const steps = [
    plant('encoded', 'unicenta-config-properties-db-password-crypt-hex', 'error', "The till logs its loaded properties at start-up; `db.password=crypt:<hex>` is uniCenta's obfuscation with a key derived from the user name, which anyone with the program reverses: the database password, encoded.", ({ rng }) => {
      const v = `crypt:${rng.hex(32).toUpperCase()}`;
      return { value: v, event: { up: [['com.openbravo.pos.forms.AppConfig load', 'CONFIG', `Reading configuration file: /home/boxoffice/unicentaopos.properties {db.driver=com.mysql.cj.jdbc.Driver, db.user=pos, db.password=${v}, machine.hostname=boxoffice-1, machine.printer=epson:file,/dev/usb/lp0}`]] } };
    }, { after: 0 }),
    plant('framework-dump', 'unicenta-jdbc-url-password-query', 'error', "The connection is opened with the credentials in the JDBC URL's query (`?user=pos&password=…`), and the session logs the URL in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { up: [['com.openbravo.data.loader.Session connect', 'INFO', `Connecting to jdbc:mysql://10.50.1.9:3306/rangmanch_pos?user=pos&password=${pw}&useSSL=false&zeroDateTimeBehavior=convertToNull`]] } };
    }),
    7,
    plant('negative', 'unicenta-razorpay-payment-id', 'none', "The payment provider's payment id (`pay_<14>`): a typed identifier of one payment, no credential.", ({ rng }) => {
      const id = `pay_${rng.alnum(14)}`;
      return { value: id, event: { up: [['com.rangmanch.pos.payment.UpiQrPayment capture', 'INFO', `देयक मिळाले (payment received) ${id} amount=600.00 method=upi`]] } };
    }),
    7,
    plant('header-dump', 'unicenta-payment-script-curl-authorization-basic', 'error', "The theatre's UPI QR script logs the request it sends as a copyable curl command, `-H 'Authorization: Basic <base64 of key_id:key_secret>'` included: the payment account's API secret.", ({ rng }) => {
      const b = b64Of(`rzp_live_${rng.alnum(14)}:${rng.alnum(24)}`);
      return { value: b, event: { up: [['com.rangmanch.pos.payment.UpiQrPayment create', 'FINE', `curl -X POST 'https://api.razorpay.com/v1/payments/qr_codes' -H 'Authorization: Basic ${b}' -H 'Content-Type: application/json' -d '{"type":"upi_qr","usage":"single_use","fixed_amount":true,"payment_amount":60000}'`]] } };
    }),
    7,
    plant('api-key-name', 'unicenta-sms-gateway-authkey', 'error', `${WHY.apiKey('authkey')} The ticket SMS goes through an SMS gateway's HTTP API with the key in the query; the failure is logged with the URL.`, ({ rng }) => {
      const key = `${digits(rng, 6)}${rng.alnum(18)}`;
      return { value: key, event: { up: [['com.rangmanch.pos.notify.TicketSms send', 'WARNING', `एसएमएस अयशस्वी (SMS failed) https://control.msg91.example/api/sendhttp.php?authkey=${key}&mobiles=9198${digits(rng, 8)}&sender=RNGMCH&route=4`]] } };
    }),
    7,
    plant('webhook', 'unicenta-day-close-zoho-cliq-zapikey', 'error', WHY.webhook("A Zoho Cliq channel webhook (`cliq.zoho.in/api/v2/channelsbyname/<channel>/message?zapikey=<key>`) the day-close script posts the takings to; its warning writes the URL (the zapikey is the secret part)"), ({ rng }) => {
      const key = `1001.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: key, event: { up: [['com.rangmanch.pos.closecash.DayCloseReport post', 'WARNING', `Cliq post failed (HTTP 401): https://cliq.zoho.in/api/v2/channelsbyname/boxoffice/message?zapikey=${key}`]] } };
    }),
    7,
    plant('negative', 'unicenta-ticket-uuid', 'none', "uniCenta's ticket id (a uuid) in the receipt line: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { up: [['com.openbravo.pos.sales.JPanelTicket saveTicket', 'INFO', `Receipt ${rng.int(10000, 19999)} id=${id} पावती छापली (receipt printed)`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'till' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fly-watch-app-212.log: `fly -t rangmanch watch -j app/e2e -b 212` of a Concourse 7.12 build: the step headers
// (`selected worker:`, `initializing`, `running …`), the task script's own lines with `[<UTC time>Z]`, xh's `-v` output,
// a Playwright run's failure, Concourse's redaction of credentials as `((redacted))`.
// https://concourse-ci.org/fly.html and https://concourse-ci.org/creds-redacting.html (from memory, not fetched).

function flyWatchLog(rng) {
  const render = (e) => e.fw.map((x) => (typeof x === 'string' ? x : `[${iso(e.t).slice(0, 19)}Z] ${x[0]}`));
  const A = `app.${RM}`;
  const header = ['selected worker: worker-3', 'initializing check: repo', 'selected worker: worker-1', `Cloning into '/tmp/build/get'...`];
  const filler = (rng) =>
    rng.pick([
      () => ({ fw: [[`e2e: ${rng.int(1, 40)} passed (${rng.int(2, 90)}s)`]] }),
      () => ({ fw: [`  ✓  ${rng.int(1, 40)} [chromium] › ${rng.pick(['tikit', 'prayog', 'sadasya'])}.spec.ts:${rng.int(5, 90)}:${rng.int(3, 9)} › ${rng.pick(['shows the calendar', 'books two seats', 'cancels a booking'])} (${rng.int(300, 9000)}ms)`] }),
      () => ({ fw: [[`smoke: GET https://${A}/api/prayog 200`]] }),
    ])();
  const steps = [
    plant('negative', 'fly-watch-git-ref', 'none', "The git resource's version (`ref` and commit SHA) printed by the get step: a commit id, no credential.", ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { fw: [`${sha} Merge pull request #${rng.int(300, 400)} from rangmanch/natak-calendar`, 'initializing', 'running ci/e2e.sh'] } };
    }, { after: 0 }),
    plant('negative', 'fly-watch-concourse-redacted', 'none', "Concourse replaces a credential it fetched from its credential manager with `((redacted))` in the build output: no credential.", () => ({ value: '((redacted))', event: { fw: ['+ echo "using API token ((redacted))"', 'using API token ((redacted))'] } }), { after: 1 }),
    5,
    plant('id-token', 'fly-task-web-identity-token', 'error', "The task logs the OIDC token Concourse gave it (`((idtoken:token))`, no credential manager, so no redaction) before it exchanges it for cloud credentials, at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 60), alg: 'RS256', kid: rng.hex(8), jti: true, claims: { iss: 'https://ci.rangmanch.example', aud: 'sts.amazonaws.com', sub: 'main/app/e2e', team: 'main', pipeline: 'app', job: 'e2e' } });
      return { value: token, jwt: facts, event: { fw: [[`assuming role with web identity: web_identity_token=${token} role=arn:aws:iam::${digits(rng, 12)}:role/ci-e2e`]] } };
    }),
    5,
    plant('refresh-token', 'fly-task-jq-adc-json-refresh-token', 'error', `${WHY.refresh} The task prints selected fields of its Google application default credentials with \`jq\`, the user's refresh token (\`1//…\`) on its own line.`, ({ rng }) => {
      const rt = `1//0g${rng.b64url(98)}`;
      return { value: rt, event: { fw: ["+ jq '{type, client_id, refresh_token}' /tmp/adc.json", '{', '  "type": "authorized_user",', `  "client_id": "${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com",`, `  "refresh_token": "${rt}"`, '}'] } };
    }),
    5,
    plant('header-dump', 'fly-task-xh-verbose-authorization-token', 'error', "The task notifies the release service with `xh -v`, which prints the request headers, `Authorization: Token <hex>` included: the CI's token for that service.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { fw: [`+ xh -v POST https://releases.${RM}/v1/notify build=212`, 'POST /v1/notify HTTP/1.1', 'Accept: application/json, */*;q=0.5', 'Accept-Encoding: gzip, deflate, br, zstd', `Authorization: Token ${tok}`, 'Connection: keep-alive', 'Content-Length: 15', 'Content-Type: application/json', `Host: releases.${RM}`, 'User-Agent: xh/0.24.1', '', '{"build":"212"}', '', 'HTTP/1.1 202 Accepted', ''] } };
    }),
    5,
    plant('embed-jwt', 'fly-task-smoke-embed-prayog-1h', 'error', "The smoke test opens a show's embed (`/embed/prayog/<JWT>`, 1 h, no jti) and the task logs the URL at its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 120), claims: { iss: `https://${A}`, prayog: digits(rng, 4), view: 'seat-map' } });
      return { value: token, jwt: facts, event: { fw: [[`smoke: GET https://${A}/embed/prayog/${token} 200`]] } };
    }),
    5,
    plant('path-secret', 'fly-task-e2e-invite-link-amantran', 'error', "An end-to-end test creates a member invitation and logs its link (`/amantran/<token>`, \"invitation\") against the production site: the link joins the member's account until it is used.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { fw: [[`e2e: आमंत्रण तयार (invitation created) https://${A}/amantran/${tok}`]] } };
    }),
    5,
    plant('implicit-fragment', 'fly-task-playwright-to-have-url-received-fragment', 'error', "A Playwright assertion fails and prints the URL the page was on, fragment included (`Received string: \"…#access_token=…\"`); the call log repeats it.", ({ rng }) => {
      const at = rng.b64url(46);
      const url = `https://${A}/#access_token=${at}&token_type=Bearer&expires_in=3600`;
      return { value: at, event: { fw: ['  1) [chromium] › pravesh.spec.ts:14:7 › login lands on the dashboard', '', '    Error: Timed out 5000ms waiting for expect(page).toHaveURL(expected)', '', `    Expected string: "https://${A}/dashboard"`, `    Received string: "${url}"`, '    Call log:', '      - expect.toHaveURL with timeout 5000ms', '      - waiting for navigation until "load"', `        navigated to "${url}"`, ''] } };
    }),
    5,
    { raw: { fw: ['  1 failed', '    [chromium] › pravesh.spec.ts:14:7 › login lands on the dashboard', `  ${rng.int(30, 40)} passed (2.1m)`, 'failed'] } },
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'ci' }, filler, render, steps, header });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout48');
writePart(join(here, 'heldout48'), {
  'wings.log': wingsLog(rng),
  'steam-release-1187.log': steamLog(rng),
  'kiteworks-launcher.log': tauriLog(rng),
  'renovate-kiteworks.log': renovateLog(rng),
  'fastly-log-tail.log': fastlyLog(rng),
  'icecast-error.log': icecastLog(rng),
  'navidrome.log': navidromeLog(rng),
  'log.20271006.txt': sitecoreLog(rng),
  'payfast_itn.log': payfastLog(rng),
  'deployctl-logs.txt': deployctlLog(rng),
  'embyserver.txt': embyLog(rng),
  'kodi.log': kodiLog(rng),
  'unicenta.log': unicentaLog(rng),
  'fly-watch-app-212.log': flyWatchLog(rng),
});
