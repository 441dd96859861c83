// Writes corpus/logs-in-the-wild/heldout63/: a sixty-third held-out part, in formats no other part uses (a Counter-Strike 2
// dedicated server's log with get5 and rcon commands, a discord.py 2.4 bot's log with aiohttp's access lines, a Craft CMS
// 4 web log with its request context, a TeamSpeak 3 server under `docker logs`, Snowplow enrich bad rows as NDJSON, a
// Tile38 geofence server, a Mercure hub (Caddy's JSON log), Alertmanager's logfmt, Ofelia's job log, soketi at
// `--debug`, Ant Media Server with an offset in its logback pattern, EspoCRM, Mautic and alf.io), with credentials planted
// in the places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how
// each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout63.mjs     rewrites heldout63/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Forge Arena, a Leeds esports arena with a LAN café and a tournament league (English, five logs);
// Mpoano Nkabom Kuw ("coast unity society"), an Elmina fishing-port co-operative with a fish auction, a cold store and a
// taxi co-operative (Twi messages where an app shows them; route, parameter, header and key names in Twi written without
// ɛ/ɔ where they go into URLs, such as `safoa` "key", `tikiti` "ticket", `nhyiamu` "meeting/session", `kwan` "way";
// five logs); Grupo Brétema, a Vigo group with hair and beauty salons, a car workshop and dealership and a sign language
// interpreting service (Galician messages and names such as `chave`, `contrasinal`, `ligazón`, `partillar`; four logs).
// Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, DAYS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 10, 6, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Leeds and Elmina in November (UTC+0), Vigo (CET, UTC+1). */
const CET = 60;
const lan = (rng, prefix = '10.12') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const snowflake = (rng) => `1${digits(rng, 18)}`;

// =====================================================================================================================
// Forge Arena (English; Leeds, GMT = UTC)
// =====================================================================================================================

const FA = 'forgearena.example';

// ---------------------------------------------------------------------------------------------------------------------
// L1106001.log: a Counter-Strike 2 dedicated server's log file (`log on`, logs/L<MMDD><nnn>.log) with the get5 plugin:
// `L MM/DD/YYYY - HH:MM:SS: <message>` (local time, no zone), `rcon from "<ip>:<port>": command "<command>"`,
// `server_cvar: "<name>" "<value>"` with protected cvars as `***PROTECTED***`, players as `"<nick><uid><[U:1:n]><team>"`.
// The HL log standard (Valve developer wiki) and get5's commands (`get5_loadmatch_url <url> [header] [value]`,
// `get5_remote_log_url`, `get5_remote_log_header_key/value`), from memory, not fetched.

function srcdsLog(rng) {
  const stamp = (t) => { const l = local(t, 0); return `L ${l.slice(5, 7)}/${l.slice(8, 10)}/${l.slice(0, 4)} - ${l.slice(11, 19)}:`; };
  const render = (e) => e.cs.map((m) => `${stamp(e.t)} ${m}`);
  const NICKS = ['kes', 'Rhys_', 'bramley', 'tealeaf', 'M0rley', 'ossett', 'jaxx', 'wharfe', 'Kirkstall', 'pudsey'];
  const player = (rng) => `"${rng.pick(NICKS)}<${rng.int(2, 12)}><[U:1:${rng.int(10000000, 999999999)}]><${rng.pick(['CT', 'TERRORIST'])}>"`;
  const RCON = `rcon from "10.12.0.4:${51500 + 44}": command`;
  const filler = (rng) =>
    rng.pick([
      () => ({ cs: [`${player(rng)} [${rng.int(-2000, 2000)} ${rng.int(-2000, 2000)} ${rng.int(-200, 200)}] killed ${player(rng)} [${rng.int(-2000, 2000)} ${rng.int(-2000, 2000)} ${rng.int(-200, 200)}] with "${rng.pick(['ak47', 'm4a1_silencer', 'awp', 'deagle', 'usp_silencer', 'galilar'])}"${rng.pick(['', ' (headshot)'])}`] }),
      () => ({ cs: [`${player(rng)} say "${rng.pick(['gg', 'nice one', 'eco?', 'save', 'rotate B', 'lurking mid', 'wp'])}"`] }),
      () => ({ cs: ['World triggered "Round_Start"'] }),
      () => ({ cs: [`Team "${rng.pick(['CT', 'TERRORIST'])}" triggered "${rng.pick(['SFUI_Notice_CTs_Win', 'SFUI_Notice_Terrorists_Win', 'SFUI_Notice_Bomb_Defused'])}" (CT "${rng.int(0, 12)}") (T "${rng.int(0, 12)}")`, 'World triggered "Round_End"'] }),
      () => ({ cs: [`${player(rng)} purchased "${rng.pick(['vesthelm', 'ak47', 'flashbang', 'smokegrenade', 'defuser', 'awp'])}"`] }),
      () => ({ cs: [`${player(rng)} threw ${rng.pick(['flashbang', 'smokegrenade', 'hegrenade', 'molotov'])} [${rng.int(-2000, 2000)} ${rng.int(-2000, 2000)} ${rng.int(-200, 200)}]`] }),
    ])();
  const steps = [
    { raw: { cs: ['Log file started (file "logs/L1106001.log") (game "/home/steam/cs2/game/csgo") (version "14105")', 'Loading map "de_ancient"', 'server cvars start', 'server_cvar: "mp_maxrounds" "24"', 'server_cvar: "mp_freezetime" "15"'] }, after: 0 },
    plant('negative', 'srcds-server-cvar-sv-password-protected', 'none', "The engine logs protected cvars with their value replaced (`server_cvar: \"sv_password\" \"***PROTECTED***\"`): its own masking, no credential.", () => ({ value: 'server_cvar: "sv_password" "***PROTECTED***"', event: { cs: ['server_cvar: "sv_password" "***PROTECTED***"', 'server cvars end'] } }), { after: 0 }),
    3,
    plant('header-dump', 'srcds-rcon-get5-loadmatch-url-authorization-header', 'error', "The league's match service loads the match over rcon with `get5_loadmatch_url <url> \"Authorization\" \"Bearer <token>\"`; the engine logs every rcon command in full, header value included: the league API's opaque service token.", ({ rng }) => {
      const tok = `fa_live_${rng.alnum(40)}`;
      return { value: tok, event: { cs: [`${RCON} "get5_loadmatch_url "https://league.${FA}/api/v1/matches/4821/get5" "Authorization" "Bearer ${tok}""`, '[Get5] Loading match config from "https://league.' + FA + '/api/v1/matches/4821/get5"'] } };
    }),
    3,
    plant('negative', 'srcds-get5-matchid', 'none', "get5's match id (`forge-s3-w12-<hex>`) names the match in its events and backups: an identifier, no credential.", ({ rng }) => {
      const id = `forge-s3-w12-${rng.hex(10)}`;
      return { value: id, event: { cs: [`[Get5] Loaded match config. matchid=${id} team1="Kirkstall Kestrels" team2="Holbeck Hornets" maps=bo1`] } };
    }),
    4,
    plant('api-key-name', 'srcds-rcon-get5-remote-log-url-match-key', 'error', `${WHY.apiKey('match_key')} The event receiver of the league takes it in the query of get5's remote log URL, set over rcon and logged in full.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { cs: [`${RCON} "get5_remote_log_url "https://league.${FA}/get5/events?match_key=${key}""`] } };
    }),
    4,
    plant('encoded', 'srcds-rcon-get5-remote-log-header-value-basic-base64', 'error', "The remote log header is set over rcon (`get5_remote_log_header_value \"Basic <base64>\"`): base64 of `user:password` of the event receiver, decodable by any reader.", ({ rng }) => {
      const v = b64Of(`get5-events:${rng.alnum(22)}`);
      return { value: v, event: { cs: [`${RCON} "get5_remote_log_header_key "Authorization""`, `${RCON} "get5_remote_log_header_value "Basic ${v}""`] } };
    }),
    4,
    plant('webhook', 'srcds-sourcemod-plugin-guilded-webhook', 'error', WHY.webhook("A Guilded channel webhook (`media.guilded.gg/webhooks/<uuid>/<token>`) a SourceMod plugin posts round results to; its error, logged through the game log, writes the URL (the token is the secret part)"), ({ rng }) => {
      const tok = rng.b64url(86);
      return { value: tok, event: { cs: [`[forge_notify.smx] POST https://media.guilded.gg/webhooks/${rng.uuid()}/${tok} failed: HTTP 429`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR, site: { host: 'cs2-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// forge-bot.log: a discord.py 2.4 bot started with `discord.utils.setup_logging()` and a file handler (the default
// formatter: `[yyyy-mm-dd HH:MM:SS] [<LEVEL, 8 wide>] <logger>: <message>`, local time, no zone), with an aiohttp web
// server for account linking whose access logger writes `%a %t "%r" %s %b "%{Referer}i" "%{User-Agent}i"`.
// https://discordpy.readthedocs.io/en/stable/logging.html and aiohttp's access log format (from memory, not fetched).

function discordPyLog(rng) {
  const render = (e) => e.dp.map(([lvl, logger, msg]) => `[${ymdHmsAt(e.t, 0)}] [${lvl.padEnd(8)}] ${logger}: ${msg}`);
  const access = (e, line, status, bytes) => ['INFO', 'aiohttp.access', `${e.ip} [${clf(e.t)}] "${line}" ${status} ${bytes} "-" "${e.ua}"`];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ dp: [['INFO', 'forge.cogs.seats', `seat ${rng.pick(['A', 'B', 'C'])}${rng.int(1, 40)} booked for ${rng.pick(['18:00', '19:30', '21:00'])} by member ${rng.int(1000, 9999)}`]] }),
      () => ({ dp: [['INFO', 'discord.gateway', 'Shard ID None has successfully RESUMED session.']] }),
      () => ({ dp: [['DEBUG', 'forge.cogs.league', `standings refreshed: ${rng.int(8, 16)} teams, week ${rng.int(1, 12)}`]] }),
      () => ({ dp: [['WARNING', 'discord.gateway', `Shard ID None heartbeat blocked for more than ${rng.int(10, 40)} seconds.`]] }),
      () => ({ dp: [['INFO', 'aiohttp.access', `10.12.3.${rng.int(2, 250)} [${clf(t)}] "GET /health HTTP/1.1" 200 165 "-" "kube-probe/1.31"`]] }),
    ])();
  const steps = [
    { raw: { dp: [['INFO', 'discord.client', 'logging in using static token'], ['INFO', 'discord.gateway', 'Shard ID None has connected to Gateway (Session ID: ' + rng.hex(32) + ').']] }, after: 0 },
    3,
    plant('oauth-code', 'discordpy-aiohttp-access-linked-roles-callback', 'warning', `${WHY.code} Discord's linked-roles OAuth2 callback lands on the bot's aiohttp server, whose access logger writes the request line with its query.`, ({ rng, t }) => {
      const code = rng.alnum(30);
      const e = baseRequest(rng, t, {});
      return { value: code, event: { dp: [access({ ...e, t }, `GET /link/callback?code=${code}&state=${rng.b64url(22)} HTTP/1.1`, 302, 219)] } };
    }),
    3,
    plant('negative', 'discordpy-http-ratelimit-channel-snowflake', 'none', "discord.py's rate-limit warning names the route with a channel's snowflake id: an identifier, no credential.", ({ rng }) => {
      const id = snowflake(rng);
      return { value: id, event: { dp: [['WARNING', 'discord.http', `We are being rate limited. PATCH https://discord.com/api/v10/channels/${id} responded with 429. Retrying in 0.${rng.int(10, 99)} seconds.`]] } };
    }),
    3,
    plant('refresh-token', 'discordpy-debug-twitch-token-response-dict', 'error', `${WHY.refresh} The stream-alert cog renews its Twitch user token and logs the answer as a Python dict at DEBUG, \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.lowerNum(50);
      return { value: rt, event: { dp: [['DEBUG', 'forge.cogs.streams', `twitch token refreshed {'access_token': '${rng.lowerNum(30)}', 'expires_in': 14124, 'refresh_token': '${rt}', 'scope': ['channel:read:subscriptions'], 'token_type': 'bearer'}`]] } };
    }),
    3,
    plant('session-id', 'discordpy-aiohttp-cimultidict-cookie-session', 'error', WHY.session("The linking server logs a refused admin request with its headers as aiohttp's `<CIMultiDictProxy(…)>`, the `AIOHTTP_SESSION` cookie of a signed-in admin included"), ({ rng }) => {
      const sid = rng.b64url(44);
      return { value: sid, event: { dp: [['WARNING', 'forge.web', `refused /admin/seats headers=<CIMultiDictProxy('Host': 'bot.${FA}', 'Accept': '*/*', 'Cookie': 'AIOHTTP_SESSION=${sid}', 'User-Agent': 'Mozilla/5.0')>`]] } };
    }),
    3,
    plant('implicit-fragment', 'discordpy-warning-twitch-implicit-redirect', 'error', "A caster pasted the address Twitch's implicit grant sent them to into the bot's `/twitch link` command; the cog's warning writes it, fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.lowerNum(30);
      return { value: at, event: { dp: [['WARNING', 'forge.cogs.streams', `/twitch link got a redirect URL instead of a channel: http://localhost:3000/twitch/redirect#access_token=${at}&scope=chat%3Aread&state=${rng.hex(16)}&token_type=bearer`]] } };
    }),
    3,
    plant('negative', 'discordpy-aiohttp-access-static-hash', 'none', "A content hash in a static file's name (`app.<hex>.js`): a cache buster, no credential.", ({ rng, t }) => {
      const h = rng.hex(20);
      const e = baseRequest(rng, t, {});
      return { value: h, event: { dp: [access({ ...e, t }, `GET /static/app.${h}.js HTTP/1.1`, 200, rng.int(20000, 90000))] } };
    }),
    3,
    plant('framework-dump', 'discordpy-debug-modal-interaction-data', 'error', "The seats cog logs a modal submission's `interaction.data` dict at DEBUG: the café's staff typed the new guest Wi-Fi password into a text input, and the dict holds its `value`.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { dp: [['DEBUG', 'forge.cogs.seats', `modal submit data={'custom_id': 'wifi_rotate', 'components': [{'type': 1, 'components': [{'type': 4, 'custom_id': 'guest_wifi_password', 'value': '${pw}'}]}]}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'bot' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// web-2027-11-06.log: storage/logs/web-<date>.log of Craft CMS 4 (Monolog through Craft's formatter, local time, no
// zone): `yyyy-mm-dd HH:MM:SS [web.<LEVEL>] [<category>] <message> {"memory":…}`; the request context after an error or
// warning as `$_GET = [`, `$_POST = [`, `$_COOKIE = [`, `$_SERVER = [` blocks one key a line, Yii's masked variables as
// `'***'`. https://craftcms.com/docs/4.x/logging.html (from memory, not fetched).

function craftLog(rng) {
  const render = (e) => e.cr.map((x) => (typeof x === 'string' ? x : `${ymdHmsAt(e.t, 0)} [web.${x[0]}] [${x[1]}] ${x[2]} {"memory":${rng.int(4000000, 9000000)}}`));
  const block = (name, pairs) => [`$${name} = [`, ...pairs.map(([k, v]) => `    '${k}' => ${typeof v === 'string' ? `'${v}'` : v},`), ']', ''];
  const filler = (rng) =>
    rng.pick([
      () => ({ cr: [['INFO', 'craft\\web\\Application::handleRequest', `Route requested: 'events/${rng.pick(['friday-night-valorant', 'cs2-league-week-12', 'fighting-games-social', 'retro-lan'])}'`]] }),
      () => ({ cr: [['INFO', 'craft\\queue\\QueueLogBehavior::beforeExec', `[${rng.int(1000, 9999)}] Generating pending image transforms (attempt: 1, pid: ${rng.int(100, 900)}) - Started`]] }),
      () => ({ cr: [['WARNING', 'craft\\web\\UrlManager::_getMatchedElementRoute', `No element matched '${rng.pick(['wp-login.php', '.env', 'xmlrpc.php', 'events/old-season'])}'`]] }),
      () => ({ cr: [['INFO', 'craft\\elements\\db\\ElementQuery::_loadElements', `Loaded ${rng.int(2, 40)} entries from section "events"`]] }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'craft-set-password-link-and-get-dump', 'error', "A password reset link of Craft (`/actions/users/set-password?code=<32>&id=<uid>`) opened after its code was already used: the warning writes the URL and the request context's `$_GET` block repeats the code. The link sets the account's password while the code is valid.", ({ rng }) => {
      const code = rng.alnum(32);
      const uid = rng.uuid();
      return { value: code, event: { cr: [['WARNING', 'craft\\controllers\\UsersController::actionSetPassword', `Invalid verification code for /actions/users/set-password?code=${code}&id=${uid}`], ...block('_GET', [['code', code], ['id', uid]])] } };
    }),
    3,
    plant('session-id', 'craft-context-cookie-craftsessionid', '', '', ({ rng }) => {
      const sid = rng.lowerNum(26);
      const csrf = rng.b64url(40) + '|' + rng.hex(40);
      return {
        marks: [
          { value: sid, expect: 'error', why: WHY.session("The request context's `$_COOKIE` block after a failed checkout writes the PHP session cookie (`CraftSessionId`)") },
          { value: csrf, category: 'negative', kind: 'craft-context-cookie-csrf-token', expect: 'none', why: 'The `CRAFT_CSRF_TOKEN` cookie in the same block: a CSRF token, no credential.' },
        ],
        event: { cr: [['ERROR', 'craft\\commerce\\controllers\\PaymentsController::actionPay', 'Payment failed: card declined'], ...block('_COOKIE', [['CraftSessionId', sid], ['CRAFT_CSRF_TOKEN', csrf]])] },
      };
    }),
    3,
    plant('api-key-name', 'craft-queue-guzzle-client-exception-accesskey', 'error', `${WHY.apiKey('accesskey')} The ticket sync job's Guzzle exception writes the request with the key in its query.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { cr: [['ERROR', 'craft\\queue\\QueueLogBehavior::afterError', `[${rng.int(1000, 9999)}] Syncing ticket sales (attempt: 1) - Error (time: 0.812s): Client error: \`GET https://api.tixpartner.example/v2/events?accesskey=${key}&venue=forge-leeds\` resulted in a \`401 Unauthorized\` response`]] } };
    }),
    3,
    plant('framework-dump', 'craft-context-post-plugin-settings-secret', 'error', "A plugin's settings saved from the control panel failed validation; the request context's `$_POST` block writes the `settings` array one key a line, the ticket partner's API secret among them (Yii masks only the variables it is told to).", ({ rng }) => {
      const s = rng.alnum(48);
      return { value: s, event: { cr: [['ERROR', 'craft\\controllers\\PluginsController::actionSavePluginSettings', "Couldn't save plugin settings for tix-sync"], '$_POST = [', "    'action' => 'plugins/save-plugin-settings',", "    'pluginHandle' => 'tix-sync',", "    'settings' => [", "        'venueId' => 'forge-leeds',", `        'apiSecret' => '${s}',`, '    ],', ']', ''] } };
    }),
    3,
    plant('negative', 'craft-context-server-http-authorization-masked', 'none', "Yii masks `$_SERVER['HTTP_AUTHORIZATION']` in the request context (`'***'`): the framework's masking, no credential.", () => ({ value: "'HTTP_AUTHORIZATION' => '***'", event: { cr: [['ERROR', 'craft\\errors\\GqlException', 'Invalid Authorization header'], '$_SERVER = [', "    'REQUEST_METHOD' => 'POST',", "    'REQUEST_URI' => '/api',", "    'HTTP_AUTHORIZATION' => '***',", ']', ''] } })),
    3,
    plant('path-secret', 'craft-verify-email-link', 'error', "An e-mail verification link of Craft (`/actions/users/verify-email?code=<32>&id=<uid>`) in an info line: whoever opens it verifies the new address of the account.", ({ rng }) => {
      const code = rng.alnum(32);
      return { value: code, event: { cr: [['INFO', 'craft\\controllers\\UsersController::actionVerifyEmail', `Verification link opened after the account was suspended: /actions/users/verify-email?code=${code}&id=${rng.uuid()}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'web' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// teamspeak-docker.log: `docker logs teamspeak` of a TeamSpeak 3 server 3.13 (the official image): the first start's
// ServerQuery admin banner and privilege key on stdout, then the log lines `yyyy-mm-dd HH:MM:SS.ffffff|<LEVEL, 8
// wide>|<channel, 14 wide>|<sid, 3 wide>|<message>` (UTC). From memory, not fetched.

function teamspeakLog(rng) {
  const render = (e) => e.ts.map((x) => (typeof x === 'string' ? x : `${ymdHmsAt(e.t, 0)}.${msPart(e.t)}${digits(rng, 3)}|${x[0].padEnd(8)}|${x[1].padEnd(14)}|${x[2].padEnd(3)}|${x[3]}`));
  const NICK = ['kes', 'Rhys', 'bramley', 'caster-dan', 'tealeaf', 'Ossett', 'wharfe'];
  const filler = (rng) =>
    rng.pick([
      () => ({ ts: [['INFO', 'VirtualServer', '1', `client connected '${rng.pick(NICK)}'(id:${rng.int(4, 60)}) from ${publicIp(rng)}:${rng.int(1024, 65535)}`]] }),
      () => ({ ts: [['INFO', 'VirtualServer', '1', `client disconnected '${rng.pick(NICK)}'(id:${rng.int(4, 60)}) reason 'reasonmsg=${rng.pick(['leaving', 'gg', 'brb'])}'`]] }),
      () => ({ ts: [['INFO', 'VirtualServer', '1', `channel '${rng.pick(['Team A', 'Team B', 'Casters', 'Lobby'])}'(id:${rng.int(2, 20)}) edited by '${rng.pick(NICK)}'(id:${rng.int(4, 60)})`]] }),
      () => ({ ts: [['INFO', 'Query', '', `query client connected 'serveradmin from 10.12.0.4:${rng.int(40000, 60000)}'(id:3)`]] }),
    ])();
  const steps = [
    { raw: { ts: [['INFO', 'ServerLibPriv', '', 'TeamSpeak 3 Server 3.13.7 (2022-06-20 12:21:53)'], ['INFO', 'DatabaseQuery', '', 'dbPlugin name:    SQLite3 plugin, Version 3, (c)TeamSpeak Systems GmbH'], ['INFO', 'SQL', '', 'db_CreateTables() tables created']] }, after: 0 },
    plant('api-key-name', 'teamspeak-first-start-serverquery-admin-password', 'error', "The first start prints the ServerQuery admin account (`loginname= \"serveradmin\", password= \"…\"`) on stdout, which `docker logs` keeps: the password of the server's full-rights query account, valid until changed.", ({ rng }) => {
      const pw = rng.alnum(8);
      return { value: pw, event: { ts: ['------------------------------------------------------------------', '                      I M P O R T A N T                           ', '------------------------------------------------------------------', '               Server Query Admin Account created                 ', `         loginname= "serveradmin", password= "${pw}"`, '------------------------------------------------------------------', ''] } };
    }, { after: 1 }),
    plant('api-key-name', 'teamspeak-first-start-privilege-key-token', 'error', "The first start's ServerAdmin privilege key (`token=…`) on stdout: whoever uses it first becomes server admin; a key's entropy under the name `token`.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { ts: [['WARNING', 'VirtualServer', '1', '--------------------------------------------------------'], ['WARNING', 'VirtualServer', '1', 'ServerAdmin privilege key created, please use the line below'], ['WARNING', 'VirtualServer', '1', `token=${tok}`], ['WARNING', 'VirtualServer', '1', '--------------------------------------------------------']] } };
    }, { after: 1 }),
    4,
    plant('negative', 'teamspeak-ban-client-unique-id', 'none', "A client's unique identifier (base64 of a SHA-1 of its public key) in a ban line: a public identity, no credential.", ({ rng }) => {
      const uid = rng.bytes(20).toString('base64');
      return { value: uid, event: { ts: [['INFO', 'VirtualServer', '1', `ban added reason='spam in Lobby' cluid='${uid}' bantime=600 by client 'serveradmin'(id:3)`]] } };
    }),
    5,
    plant('replay', 'teamspeak-privilege-key-used-once', 'note', WHY.ticketFirst("A privilege key created for a guest caster (`privilegekeyadd`) and used once to join the Casters group; the server logs the key it consumed. The key is"), ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { ts: [['INFO', 'VirtualServer', '1', `privilege key '${tok}' used by client 'caster-dan'(id:31), servergroup 'Casters'(id:9)`], ['INFO', 'VirtualServer', '1', "client 'caster-dan'(id:31) was added to servergroup 'Casters'(id:9) by client 'caster-dan'(id:31)"]] } };
    }),
    5,
    plant('negative', 'teamspeak-avatar-md5-name', 'none', "An avatar's file name (`/avatar_<md5>`), derived from the client's identity: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { ts: [['INFO', 'FileManager', '1', `client 'tealeaf'(id:${rng.int(4, 60)}) uploaded avatar '/avatar_${h}'`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'ts3' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// snowplow-bad-rows.ndjson: bad rows of Snowplow Enrich 4 read back from the bad stream's bucket, one self-describing
// JSON a line (`schema: iglu:com.snowplowanalytics.snowplow.badrows/<type>/jsonschema/2-0-0`, `data.processor`,
// `data.failure` with its RFC 3339 `timestamp` in UTC, `data.payload.raw` with the tracker's `parameters` as name/value
// pairs, `refererUri`, `ipAddress`, `useragent`). https://docs.snowplow.io/docs/understanding-your-pipeline/failed-events/
// (from memory, not fetched).

function snowplowBadRows(rng) {
  const row = (e, type, messages, params, extra = {}) => JSON.stringify({
    schema: `iglu:com.snowplowanalytics.snowplow.badrows/${type}/jsonschema/2-0-0`,
    data: {
      processor: { artifact: 'snowplow-enrich-kinesis', version: '4.2.1' },
      failure: { timestamp: iso(e.t), messages },
      payload: { raw: { vendor: 'com.snowplowanalytics.snowplow', version: 'tp2', parameters: params.map(([name, value]) => ({ name, value })), contentType: 'application/json', loaderName: 'ssc-3.2.0-kinesis', encoding: 'UTF-8', hostname: `sp.${FA}`, timestamp: iso(e.t - rng.int(400, 4000)), ipAddress: e.ip, useragent: e.ua, refererUri: extra.refererUri ?? `https://www.${FA}/`, headers: ['Timeout-Access: <function1>', `Host: sp.${FA}`], userId: e.duid } },
    },
  });
  const SV = [{ schemaKey: 'iglu:com.forgearena/seat_hold/jsonschema/1-0-0', error: { validationError: { messages: [{ path: '$.seat', message: '$.seat: does not match the regex pattern ^[A-C][0-9]{1,2}$', keyword: 'pattern' }] } } }];
  const render = (e) => [row(e, e.type ?? 'schema_violations', e.msgs ?? SV, e.params ?? [['e', 'ue'], ['url', `https://www.${FA}/${e.page ?? 'events'}`], ['aid', 'forge-web'], ['p', 'web'], ['tv', 'js-3.24.2']], e.extra)];
  const filler = (rng) => ({ page: rng.pick(['events', 'events/cs2-league-week-12', 'cafe', 'book/seat', 'league/standings', 'contact']), duid: rng.uuid() });
  const base = (rng, extra) => ({ duid: rng.uuid(), ...extra });
  const steps = [
    3,
    plant('negative', 'snowplow-raw-param-sid-session-uuid', 'none', "The tracker's `sid` (Snowplow's client-side session index id, a uuid): an analytics identifier, not a login session.", ({ rng }) => {
      const sid = rng.uuid();
      return { value: sid, event: base(rng, { params: [['e', 'pv'], ['url', `https://www.${FA}/league/standings`], ['sid', sid], ['vid', '14'], ['tv', 'js-3.24.2']] }) };
    }),
    3,
    plant('implicit-fragment', 'snowplow-raw-param-url-access-token-fragment', 'error', "The tracker reports the page address with its fragment; a page view of the player portal right after an implicit grant carries `#access_token=…` in the `url` parameter of the bad row.", ({ rng }) => {
      const at = rng.b64url(43);
      return { value: at, event: base(rng, { type: 'tracker_protocol_violations', msgs: [{ field: 'aid', value: null, expectation: 'not null' }], params: [['e', 'pv'], ['url', `https://play.${FA}/#access_token=${at}&token_type=Bearer&expires_in=3600`], ['tv', 'js-3.24.2']] }) };
    }),
    3,
    plant('oauth-code', 'snowplow-raw-param-refr-callback-code', 'warning', `${WHY.code} The next page view's referrer (\`refr\`) is the OAuth callback of the player portal, and the bad row keeps it.`, ({ rng }) => {
      const code = rng.b64url(36);
      return { value: code, event: base(rng, { params: [['e', 'pv'], ['url', `https://play.${FA}/profile`], ['refr', `https://play.${FA}/auth/callback?code=${code}&state=${rng.b64url(16)}`], ['tv', 'js-3.24.2']] }) };
    }),
    3,
    plant('id-token', 'snowplow-raw-param-url-id-token-query', 'error', "A sign-in page reached with `id_token=<JWT>` in its query (the identity provider's `response_mode=query` of a misconfigured client); the bad row keeps the `url` parameter, with the failure's UTC timestamp on the line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(20, 200), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://id.${FA}`, aud: 'play-portal', sub: rng.uuid(), nonce: rng.b64url(16) } });
      return { value: token, jwt: facts, event: base(rng, { params: [['e', 'pv'], ['url', `https://play.${FA}/signin-oidc?id_token=${token}&state=${rng.b64url(16)}`], ['tv', 'js-3.24.2']] }) };
    }),
    3,
    plant('embed-jwt', 'snowplow-raw-param-url-bracket-embed-expired', 'note', "A tournament bracket embedded in a partner's page reports its address (`/embed/<JWT>`); the token expired hours before the failure's UTC timestamp", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 7200, age: 7200 + rng.int(18000, 30000), jti: true, claims: { iss: `https://league.${FA}`, bracket: 'cs2-s3', theme: 'dark' } });
      return { value: token, jwt: facts, event: base(rng, { params: [['e', 'pv'], ['url', `https://brackets.${FA}/embed/${token}`], ['tv', 'js-3.24.2']], extra: { refererUri: 'https://yorkshire-esports.example/league' } }) };
    }),
    3,
    plant('encoded', 'snowplow-raw-param-cx-base64-context-auth-token', 'error', "The tracker's `cx` parameter is base64 of the contexts JSON; a custom context of the player portal carries the user's `auth_token`, readable by decoding it.", ({ rng }) => {
      const cx = b64urlOf(JSON.stringify({ schema: 'iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0', data: [{ schema: 'iglu:com.forgearena/player/jsonschema/1-0-0', data: { player_id: rng.int(10000, 99999), auth_token: rng.alnum(40) } }] }));
      return { value: cx, event: base(rng, { params: [['e', 'ue'], ['url', `https://play.${FA}/book/seat`], ['cx', cx], ['tv', 'js-3.24.2']] }) };
    }),
    3,
    plant('negative', 'snowplow-raw-param-eid-event-id', 'none', "The event id (`eid`, a uuid the tracker makes per event): an identifier, no credential.", ({ rng }) => {
      const eid = rng.uuid();
      return { value: eid, event: base(rng, { params: [['e', 'se'], ['se_ca', 'seat'], ['se_ac', 'hold'], ['eid', eid], ['url', `https://www.${FA}/book/seat`]] }) };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: 'sp' }, filler, render, steps });
}

// =====================================================================================================================
// Mpoano Nkabom Kuw (Twi; Elmina, GMT = UTC)
// =====================================================================================================================

const MN = 'mpoano.example';

// ---------------------------------------------------------------------------------------------------------------------
// tile38.log: a Tile38 1.33 geofence server of the taxi co-operative (`tile38-server -vv` under systemd, output to a
// file): `yyyy/mm/dd HH:MM:SS [<LEVL>] <message>` (UTC), hooks' endpoint failures and, at `-vv`, the fence messages.
// https://tile38.com/topics/geofencing and https://tile38.com/commands/sethook (hook endpoints; from memory, not
// fetched); the log lines from memory.

function tile38Log(rng) {
  const stamp = (t) => local(t, 0).slice(0, 19).replace(/-/g, '/').replace('T', ' ');
  const render = (e) => e.tl.map(([lvl, msg]) => `${stamp(e.t)} [${lvl}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ tl: [['DEBU', `live ${lan(rng, '10.40')}:${rng.int(40000, 60000)}`]] }),
      () => ({ tl: [['DEBU', `not live ${lan(rng, '10.40')}:${rng.int(40000, 60000)}`]] }),
      () => ({ tl: [['INFO', `AOF rewrite: ${rng.int(2000, 9000)} commands, ${rng.int(1, 9)} MB`]] }),
      () => ({ tl: [['DEBU', `hook 'taxi-beae-${rng.pick(['elmina', 'cape-coast', 'kotokuraba', 'mpoano'])}' fence ${rng.pick(['enter', 'exit', 'inside'])} taxi-${rng.int(100, 999)}`]] }),
    ])();
  const steps = [
    plant('negative', 'tile38-start-git-hash', 'none', "The server's build line with its git commit hash: a version, no credential.", ({ rng }) => {
      const h = rng.hex(7);
      return { value: h, event: { tl: [['INFO', `Server started, Tile38 version 1.33.4, git ${h}`], ['INFO', 'Ready to accept connections at [::]:9851'], ['INFO', 'AOF loaded 18231 commands: 0.21s, 86814/s, 4 MB/s']] } };
    }, { after: 0 }),
    3,
    plant('webhook', 'tile38-hook-endpoint-rocketchat-incoming', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) set as a hook endpoint (`SETHOOK taxi-beae …`); the endpoint failure writes it (the token is the secret part)"), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { tl: [['ERRO', `Endpoint connect (https://nkra.${MN}/hooks/${rng.alnum(17)}/${tok}): Post: dial tcp 10.40.2.9:443: connect: connection refused`]] } };
    }),
    4,
    plant('api-key-name', 'tile38-hook-endpoint-query-safoa', 'error', `${WHY.apiKey('safoa')} (Twi "key") The dispatch service's hook endpoint takes it in the query; the endpoint failure writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { tl: [['ERRO', `Endpoint send (http://dispatch.${MN}:8080/taxi/beae?safoa=${key}): 503 Service Unavailable`]] } };
    }),
    4,
    plant('encoded', 'tile38-hook-endpoint-amqp-percent-encoded-password', 'error', "An AMQP hook endpoint with the broker password in its user information, percent-encoded because it holds `/` and `+` (`amqp://kwan:<p%2F…%2B…>@…`): decoding gives the password.", ({ rng }) => {
      const pw = `${rng.alnum(8)}%2F${rng.alnum(9)}%2B${rng.alnum(7)}`;
      return { value: pw, event: { tl: [['ERRO', `Endpoint connect (amqp://kwan:${pw}@mq.${MN}:5672/taxi?route=fence): dial tcp 10.40.1.7:5672: i/o timeout`]] } };
    }),
    4,
    plant('negative', 'tile38-fence-message-group-id', 'none', "A fence message's `group` (an id Tile38 makes per detection group): an identifier, no credential.", ({ rng }) => {
      const g = rng.hex(24);
      return { value: g, event: { tl: [['DEBU', `hook 'taxi-beae-elmina' message: {"command":"set","group":"${g}","detect":"enter","hook":"taxi-beae-elmina","key":"taxi","time":"${iso(DAY0 + 9 * HOUR)}","id":"taxi-417","object":{"type":"Point","coordinates":[-1.3496,5.0847]}}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'tile38' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mercure.log: the Mercure hub (a Caddy module, Mercure 0.16 built with Caddy 2.8) in front of the fish auction's app:
// Caddy's JSON log, one object a line (`level`, `ts` as Unix seconds, `logger`, `msg`), access entries
// (`http.log.access.log0`, `request` with `uri` and `headers`, Authorization and Cookie redacted by Caddy), the hub's
// own entries (`http.handlers.mercure`: `New subscriber`, `Update published`). https://mercure.rocks/docs/hub/config and
// https://mercure.rocks/spec (the `authorization` query parameter); from memory, not fetched.

function mercureLog(rng) {
  const render = (e) => e.mc.map((o) => JSON.stringify({ level: o.level ?? 'info', ts: Number((e.t / 1000).toFixed(6)), logger: o.logger, msg: o.msg, ...o.rest }));
  const access = (e, method, uri, status, extra = {}) => ({ logger: 'http.log.access.log0', msg: 'handled request', rest: { request: { remote_ip: e.ip, remote_port: String(e.port), client_ip: e.ip, proto: 'HTTP/2.0', method, host: `adeton.${MN}`, uri, headers: { 'User-Agent': [e.ua], Accept: [extra.accept ?? 'text/html'], ...(extra.headers ?? {}) }, tls: { resumed: false, version: 772, cipher_suite: 4865, proto: 'h2', server_name: `adeton.${MN}` } }, bytes_read: 0, user_id: '', duration: rng.int(2, 900) / 1000, size: rng.int(200, 9000), status, resp_headers: { Server: ['Caddy'], 'Content-Type': [extra.ct ?? 'text/html; charset=utf-8'] } } });
  const filler = (rng, t) => {
    const e = { ...baseRequest(rng, t, {}), t };
    return rng.pick([
      () => ({ mc: [access(e, 'GET', rng.pick(['/adeton/', '/adeton/bo', '/static/adeton.css', '/adeton/nsuo-mu', '/favicon.ico']), 200)] }),
      () => ({ mc: [access(e, 'GET', `/.well-known/mercure?topic=${encodeURIComponent(`https://adeton.${MN}/bo/{id}`)}`, 200, { accept: 'text/event-stream', ct: 'text/event-stream' })] }),
      () => ({ mc: [{ logger: 'http.handlers.mercure', msg: 'Subscriber disconnected', rest: { subscriber: { id: `urn:uuid:${rng.uuid()}`, remote_addr: `${e.ip}:${e.port}` } } }] }),
    ])();
  };
  const ev = (rng, t) => ({ ...baseRequest(rng, t, {}), t });
  const steps = [
    3,
    plant('embed-jwt', 'mercure-subscriber-authorization-query-jwt-auction-board', 'warning', "The auction hall's board (an embedded page on the hall's screens) subscribes with its subscriber JWT in the `authorization` query parameter, as the Mercure spec allows for EventSource; Caddy logs the `uri` with it, at a Unix-time `ts`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { mercure: { subscribe: [`https://adeton.${MN}/bo/{id}`] } } });
      return { value: token, jwt: facts, event: { mc: [access(ev(rng, t), 'GET', `/.well-known/mercure?topic=${encodeURIComponent(`https://adeton.${MN}/bo/{id}`)}&authorization=${token}`, 200, { accept: 'text/event-stream', ct: 'text/event-stream' })] } };
    }),
    3,
    plant('negative', 'mercure-new-subscriber-urn-uuid', 'none', "The hub's subscriber id (`urn:uuid:…`): an identifier, no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { mc: [{ logger: 'http.handlers.mercure', msg: 'New subscriber', rest: { subscriber: { id: `urn:uuid:${id}`, last_event_id: '', remote_addr: `${ev(rng, t).ip}:${rng.int(1024, 65535)}`, topic_selectors: [`https://adeton.${MN}/bo/{id}`], topics: [] } } }] } };
    }),
    3,
    plant('header-dump', 'mercure-publisher-authorization-query-jwt-no-exp', 'error', "The auction clock publishes bids with its publisher JWT in the `authorization` query parameter (the spec's stand-in for the `Authorization` header, which Caddy would have redacted): a publisher token without `exp`, logged in the `uri` at a Unix-time `ts`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 30, 86400 * 200), claims: { mercure: { publish: ['*'] } } });
      return { value: token, jwt: facts, event: { mc: [access({ ...ev(rng, t), ip: '10.40.3.12', ua: 'Go-http-client/2.0' }, 'POST', `/.well-known/mercure?authorization=${token}`, 200, { accept: '*/*', ct: 'text/plain; charset=utf-8' })] } };
    }),
    3,
    plant('replay', 'mercure-caddy-access-tikiti-once', 'note', WHY.ticketFirst("A buyer's one-time entry ticket to the auction floor (`/adeton/ko-mu?tikiti=…`, \"go in\") used from the buyer's phone; Caddy's access entry writes it. The ticket is"), ({ rng, t }) => {
      const tk = rng.alnum(28);
      firstUse.tikiti = t;
      return { value: tk, event: { mc: [access(ev(rng, t), 'GET', `/adeton/ko-mu?tikiti=${tk}`, 200)] } };
    }, { ref: 'tikiti' }),
    2,
    plant('replay', 'mercure-caddy-access-tikiti-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('tikiti').value, why: `${WHY.replay('tikiti', gap('tikiti', t))} Another address and browser opened the floor with the same one-time ticket and got 200: the app did not spend it.` }], event: { mc: [access({ ...ev(rng, t), ip: '198.51.100.77', ua: BROWSERS[4] }, 'GET', `/adeton/ko-mu?tikiti=${refs.get('tikiti').value}`, 200)] } }), { replayOf: 'tikiti', after: 96 }),
    3,
    plant('session-id', 'mercure-caddy-access-uri-nhyiamu', 'error', WHY.session("The auction app carries the buyer's session in the query when cookies are blocked (`nhyiamu=`, \"meeting, session\"); Caddy's access entry writes the `uri`"), ({ rng, t }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { mc: [access(ev(rng, t), 'GET', `/adeton/bo?nhyiamu=${sid}&nsuo=apataa-kokoo`, 200)] } };
    }),
    3,
    plant('api-key-name', 'mercure-caddy-access-uri-bo-safoa', 'error', `${WHY.apiKey('bo_safoa')} ("price key") The market-price feed of the co-operative's partners takes it in the query; Caddy's access entry writes it.`, ({ rng, t }) => {
      const key = rng.alnum(40);
      return { value: key, event: { mc: [access({ ...ev(rng, t), ua: 'python-requests/2.32.5' }, 'GET', `/api/v1/apataa/bo?bo_safoa=${key}&da=2027-11-06`, 200, { accept: 'application/json', ct: 'application/json' })] } };
    }),
    3,
    plant('id-token', 'mercure-caddy-access-logout-id-token-hint-expired', 'note', "The auction app's sign-out (`/adeton/fi`, \"go out\") sends the buyer on with `id_token_hint=<JWT>`; the ID token expired an hour before the Unix-time `ts` of Caddy's entry", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200 + rng.int(60, 600), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://kuw.${MN}/realms/adeton`, aud: 'adeton-app', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { mc: [access(ev(rng, t), 'GET', `/adeton/fi?id_token_hint=${token}&post_logout_redirect_uri=${encodeURIComponent(`https://adeton.${MN}/`)}`, 302)] } };
    }),
    3,
    plant('negative', 'mercure-update-published-urn-uuid', 'none', "The id of a published update (`urn:uuid:…`), which clients send back as `Last-Event-ID`: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { mc: [{ level: 'debug', logger: 'http.handlers.mercure', msg: 'Update published', rest: { update: { id: `urn:uuid:${id}`, type: 'bo', retry: 0, topics: [`https://adeton.${MN}/bo/${rng.int(100, 999)}`], private: false, data: `{"bo":${rng.int(200, 900)}.${rng.int(0, 9)}0,"nsuo":"apataa-kokoo"}` } } }] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'adeton' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// alertmanager.log: `docker logs alertmanager` of Prometheus Alertmanager 0.27 at `--log.level=debug` watching the cold
// store: go-kit logfmt `ts=<RFC 3339, ms, Z> caller=<file>:<line> level=<l> component=<c> msg="…" …`, dispatcher and
// notify lines with `err="…"` holding Go's `*url.Error` text. https://prometheus.io/docs/alerting/latest/configuration/
// (receivers; from memory, not fetched); the log lines from memory.

function alertmanagerLog(rng) {
  const render = (e) => e.am.map((kv) => `ts=${iso(e.t)} ${kv}`);
  const fp = (rng) => rng.hex(16);
  const ALERTS = ['AwowDanTemperatureHigh', 'AwowDanDoorOpen', 'CompressorDown', 'PowerOnGenerator'];
  const filler = (rng) =>
    rng.pick([
      () => ({ am: [`caller=dispatch.go:164 level=debug component=dispatcher msg="Received alert" alert=${rng.pick(ALERTS)}[${fp(rng).slice(0, 7)}][${rng.pick(['active', 'resolved'])}]`] }),
      () => ({ am: [`caller=dispatch.go:516 level=debug component=dispatcher aggrGroup="{}/{severity=\\"critical\\"}:{alertname=\\"${rng.pick(ALERTS)}\\"}" msg=flushing alerts=[${rng.pick(ALERTS)}[${fp(rng).slice(0, 7)}][active]]`] }),
      () => ({ am: [`caller=notify.go:848 level=debug component=dispatcher receiver=awow-dan-sms integration=webhook[0] aggrGroup="{}:{alertname=\\"${rng.pick(ALERTS)}\\"}" msg="Notify success" attempts=1 duration=${rng.int(20, 900)}.${rng.int(100, 999)}ms`] }),
      () => ({ am: [`caller=cluster.go:${rng.int(600, 700)} level=debug component=cluster msg="gossip settled; proceeding" elapsed=${rng.int(10, 40)}.00${rng.int(1, 9)}s`] }),
    ])();
  const steps = [
    { raw: { am: ['caller=main.go:181 level=info msg="Starting Alertmanager" version="(version=0.27.0, branch=HEAD, revision=0aa3c2aad14cff039931923ab16b26b7481783b5)"', 'caller=coordinator.go:113 level=info component=configuration msg="Loading configuration file" file=/etc/alertmanager/alertmanager.yml', 'caller=coordinator.go:126 level=info component=configuration msg="Completed loading of configuration file" file=/etc/alertmanager/alertmanager.yml'] }, after: 0 },
    3,
    plant('negative', 'alertmanager-webhook-url-redacted', 'none', "Alertmanager writes a webhook receiver's URL, a secret in its configuration, as `<redacted>` in the error: its own redaction, no credential.", () => ({ value: 'Post \\"<redacted>\\"', event: { am: [`caller=notify.go:866 level=warn component=dispatcher receiver=awow-dan-sms integration=webhook[0] aggrGroup="{}:{alertname=\\"AwowDanTemperatureHigh\\"}" msg="Notify attempt failed, will retry later" attempts=1 err="Post \\"<redacted>\\": context deadline exceeded"`] } })),
    4,
    plant('webhook', 'alertmanager-telegram-url-error-bot-token', 'error', WHY.webhook("The Telegram receiver's bot token inside the Bot API URL (`api.telegram.org/bot<id>:<token>/sendMessage`), written by Go's `*url.Error` in the retry warning, and again in the dispatcher's final error"), ({ rng }) => {
      const tok = `${rng.int(6000000000, 7999999999)}:AA${rng.b64url(33)}`;
      const err = `Post \\"https://api.telegram.org/bot${tok}/sendMessage\\": dial tcp 149.154.167.220:443: i/o timeout`;
      return { value: tok, event: { am: [`caller=notify.go:866 level=warn component=dispatcher receiver=awow-dan-telegram integration=telegram[0] aggrGroup="{}:{alertname=\\"AwowDanDoorOpen\\"}" msg="Notify attempt failed, will retry later" attempts=4 err="${err}"`, `caller=dispatch.go:353 level=error component=dispatcher msg="Notify for alerts failed" num_alerts=2 err="awow-dan-telegram/telegram[0]: notify retry canceled after 4 attempts: ${err}"`] } };
    }),
    4,
    plant('api-key-name', 'alertmanager-wechat-gettoken-corpsecret', 'error', `${WHY.apiKey('corpsecret')} The WeChat Work receiver (the refrigeration plant's supplier answers there) asks for its access token at \`gettoken?corpid=…&corpsecret=…\`; Go's \`*url.Error\` writes the URL in the notify error.`, ({ rng }) => {
      const s = rng.b64url(43);
      return { value: s, event: { am: [`caller=notify.go:866 level=warn component=dispatcher receiver=supplier-wechat integration=wechat[0] aggrGroup="{}:{alertname=\\"CompressorDown\\"}" msg="Notify attempt failed, will retry later" attempts=2 err="Get \\"https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww${rng.hex(16)}&corpsecret=${s}\\": dial tcp: lookup qyapi.weixin.qq.com: i/o timeout"`] } };
    }),
    4,
    plant('encoded', 'alertmanager-webhook-nested-callback-percent-encoded-safoa', 'error', "An SMS gateway receiver configured through `url_file` on an old sidecar that logs its own URL: the delivery callback is nested in the query and percent-encoded (`callback=https%3A%2F%2F…%3Fsafoa%3D<key>`), the key of the co-operative's alert API inside it.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { am: [`caller=notify.go:866 level=warn component=dispatcher receiver=awow-dan-sms-backup integration=webhook[0] aggrGroup="{}:{alertname=\\"PowerOnGenerator\\"}" msg="Notify attempt failed, will retry later" attempts=1 err="sidecar: POST https://sms.gw.example/send?to=%2B233240000000&callback=https%3A%2F%2Falerts.${MN}%2Fnkra%2Fdelivered%3Fsafoa%3D${key} returned 502"`] } };
    }),
    4,
    plant('negative', 'alertmanager-alert-fingerprint', 'none', "An alert's fingerprint (16 hex, a hash of its labels) in a dispatcher line: an identifier, no credential.", ({ rng }) => {
      const f = fp(rng);
      return { value: f, event: { am: [`caller=dispatch.go:164 level=debug component=dispatcher msg="Received alert" alert=AwowDanTemperatureHigh[${f}][active]`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'am' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ofelia.log: `docker logs ofelia` of Ofelia 0.3 (a job scheduler for Docker) running the cold store's jobs:
// `<RFC 3339, ms, Z>  <file>:<line> ▶ <LEVEL> [Job "<name>" (<12 hex>)] <message>`, `Started - <command>`,
// `Finished in "<d>", failed: <b>, skipped: <b>, error: <e>`, the job's output as `StdOut:`. From memory (the README of
// mcuadros/ofelia), not fetched.

function ofeliaLog(rng) {
  const jobs = {};
  const jid = (name) => (jobs[name] ??= rng.hex(12));
  const render = (e) => e.of.map(([file, lvl, job, msg]) => `${iso(e.t)}  ${file} ▶ ${lvl} ${job ? `[Job "${job}" (${jid(job)})] ` : ''}${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ of: [['common.go:125', 'NOTICE', 'awow-dan-temperatures', 'Started - python /app/sensors.py --dan 1,2,3,4'], ['common.go:125', 'NOTICE', 'awow-dan-temperatures', `Finished in "${rng.int(1, 9)}.${rng.int(100, 999)}s", failed: false, skipped: false, error: none`]] }),
      () => ({ of: [['common.go:125', 'NOTICE', 'nsuo-nnwuma-report', `StdOut: ${rng.int(20, 90)} pallets, ${rng.int(2, 30)} t apataa in store`]] }),
      () => ({ of: [['common.go:125', 'NOTICE', 'backup-db', `Finished in "${rng.int(10, 90)}.${rng.int(100, 999)}s", failed: false, skipped: false, error: none`]] }),
      () => ({ of: [['common.go:125', 'WARNING', 'awow-dan-temperatures', 'StdOut: dan 3 sensor late (ɛkyɛ)']] }),
    ])();
  const steps = [
    { raw: { of: [['scheduler.go:44', 'NOTICE', null, 'New job registered "awow-dan-temperatures" - "python /app/sensors.py --dan 1,2,3,4" - "@every 5m"'], ['scheduler.go:44', 'NOTICE', null, 'New job registered "backup-db" - "pg_dump -Fc nkabom" - "0 0 2 * * *"']] }, after: 0 },
    2,
    plant('header-dump', 'ofelia-started-curl-authorization-bearer', 'error', "Ofelia logs each job's command when it starts; the export job's `curl -H \"Authorization: Bearer <token>\"` puts the cold store API's opaque token on that line.", ({ rng }) => {
      const tok = `nk_${rng.alnum(44)}`;
      return { value: tok, event: { of: [['common.go:125', 'NOTICE', 'nsuo-export', `Started - curl -fsS -H "Authorization: Bearer ${tok}" https://awow.${MN}/api/v1/nsuo/export.csv -o /data/nsuo.csv`]] } };
    }),
    3,
    plant('refresh-token', 'ofelia-started-curl-refresh-token-form', 'error', `${WHY.refresh} A job renews the buyers' portal token with \`curl -d refresh_token=…\`; Ofelia writes the command when the job starts.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { of: [['common.go:125', 'NOTICE', 'adeton-token', `Started - curl -fsS -d grant_type=refresh_token -d client_id=nsuo-job -d refresh_token=${rt} https://kuw.${MN}/realms/adeton/protocol/openid-connect/token`]] } };
    }),
    3,
    plant('negative', 'ofelia-job-run-image-digest', 'none', "An image digest (`sha256:<hex>`) in a job-run line: a content hash, no credential.", ({ rng }) => {
      const d = rng.hex(64);
      return { value: d, event: { of: [['common.go:125', 'NOTICE', 'nsuo-nnwuma-report', `Pulled image ghcr.io/mpoano/nsuo-report@sha256:${d}`]] } };
    }),
    3,
    plant('api-key-name', 'ofelia-started-curl-header-x-safoa', 'error', `${WHY.apiKey('X-Safoa')} The energy meter's API takes it in a header of that name; the job's \`curl -H\` puts it on the started line.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { of: [['common.go:125', 'NOTICE', 'anyinam-meter', `Started - curl -fsS -H "X-Safoa: ${key}" https://meter.ecg-partner.example/v2/readings?meter=EL-0417`]] } };
    }),
    3,
    plant('negative', 'ofelia-started-command-env-placeholder', 'none', "The command as written in the job's label, with the key left as a shell variable (`safoa=$NSUO_SAFOA`), which `sh -c` expands later: a placeholder, no credential.", () => ({ value: '$NSUO_SAFOA', event: { of: [['common.go:125', 'NOTICE', 'nsuo-daily', 'Started - sh -c \'curl -fsS "https://awow.' + MN + '/api/v1/nsuo?da=today&safoa=$NSUO_SAFOA" > /data/nsuo-daily.json\'']] } })),
    3,
    plant('embed-jwt', 'ofelia-started-chromium-screenshot-embed-no-exp', 'error', "A job screenshots the cold rooms' dashboard through its embed URL (`/embed/<JWT>`) for the morning SMS; the token has no `exp`, and the started line (RFC 3339 `Z`) writes it", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { resource: { dashboard: 7 }, params: { dan: 'nyinaa' } } });
      return { value: token, jwt: facts, event: { of: [['common.go:125', 'NOTICE', 'awow-dan-screenshot', `Started - chromium --headless --screenshot=/out/awow.png "https://dash.${MN}/embed/dashboard/${token}#bordered=false"`]] } };
    }),
    3,
    plant('path-secret', 'ofelia-stdout-share-link-kye', 'error', "The monthly report job prints the share link it made for the buyers (`/kye/<token>`, \"give, share\"): the link opens the stock report until it expires.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { of: [['common.go:125', 'NOTICE', 'nsuo-nnwuma-report', `StdOut: amanneɛbɔ wɔ ha: https://files.${MN}/kye/${tok}`]] } };
    }),
    3,
    plant('encoded', 'ofelia-started-curl-header-base64-json-safoa', 'error', "A job passes its context to the partner's API as base64 JSON in a header (`X-Nsem: <base64>`); decoded it holds the co-operative's `safoa`.", ({ rng }) => {
      const v = b64Of(JSON.stringify({ kuw: 'mpoano-nkabom', safoa: rng.alnum(32), dan: [1, 2, 3, 4] }));
      return { value: v, event: { of: [['common.go:125', 'NOTICE', 'nsuo-partner-sync', `Started - curl -fsS -H "X-Nsem: ${v}" https://api.coldchain-partner.example/v1/sync`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'ofelia' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// soketi.log: soketi 1.6 started with `--debug` for the taxi co-operative's dispatch (Pusher protocol): lines
// `[<Date.toString()>] <emoji> <message>` followed by Node's util.inspect of the object, over several lines.
// https://docs.soketi.app/getting-started/environment-variables (SOKETI_DEBUG; from memory, not fetched); the lines from
// memory.

function soketiLog(rng) {
  const stamp = (t) => { const d = new Date(t); return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${d.getUTCFullYear()} ${local(t, 0).slice(11, 19)} GMT+0000 (Coordinated Universal Time)`; };
  const render = (e) => [`[${stamp(e.t)}] ${e.head}`, ...(e.body ?? [])];
  const APPKEY = 'nkabom-taxi-public';
  const payload = (rng, name, data, channel) => ['{', `  name: '${name}',`, `  data: '${data.replace(/'/g, "\\'")}',`, `  channels: [ '${channel}' ],`, '  socket_id: undefined', '}'];
  const filler = (rng) =>
    rng.pick([
      () => ({ head: '👨‍🔬 New connection:', body: ['{', `  ws: uWS.WebSocket { ip: '${publicIp(rng)}', ip2: '', appKey: '${APPKEY}', id: '${rng.int(100000000, 999999999)}.${rng.int(100000000, 999999999)}' }`, '}'] }),
      () => ({ head: '❌ Connection closed:', body: ['{', `  ws: uWS.WebSocket { id: '${rng.int(100000000, 999999999)}.${rng.int(100000000, 999999999)}', appKey: '${APPKEY}' }`, '}'] }),
      () => ({ head: '⚡ HTTP Payload received', body: payload(rng, 'taxi-beae', JSON.stringify({ beae: rng.pick(['Elmina', 'Kotokuraba', 'Cape Coast']), taxi: rng.int(3, 20) }), 'taxi-beae') }),
      () => ({ head: '⚡ HTTP Payload received', body: payload(rng, 'akwantuo-status', JSON.stringify({ akwantuo: rng.int(10000, 99999), status: rng.pick(['ɛrebɛba', 'duru', 'wie']) }), `private-dereva.${rng.int(100, 999)}`) }),
    ])();
  const steps = [
    { raw: { head: '📡 soketi is running on port 6001', body: [] }, after: 0 },
    2,
    plant('negative', 'soketi-connection-url-public-app-key', 'none', "The app key in the WebSocket URL (`/app/<key>?protocol=7…`) is public by design in the Pusher protocol (the secret signs, the key names the app): no credential.", () => ({ value: `/app/${APPKEY}?protocol=7`, event: { head: '👨‍🔬 Upgrading connection:', body: [`  url: '/app/${APPKEY}?protocol=7&client=js&version=8.4.0&flash=false'`] } })),
    3,
    plant('path-secret', 'soketi-payload-data-trip-share-link', 'error', "The dispatch backend pushes a trip's share link to the passenger's channel (`/akwantuo/kye/<token>`, \"journey share\"); soketi's debug output writes the event's data. The link shows the live trip until it ends.", ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { head: '⚡ HTTP Payload received', body: payload(rng, 'akwantuo-kye', JSON.stringify({ kwan: `https://taxi.${MN}/akwantuo/kye/${tok}`, nkra: 'Wo akwantuo link' }), `private-ofiri.${rng.int(1000, 9999)}`) } };
    }),
    3,
    plant('negative', 'soketi-http-api-auth-signature', 'none', "The Pusher HTTP API's `auth_signature` (an HMAC over one request, with its `auth_timestamp` and `body_md5`): a signature, no credential.", ({ rng }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { head: '⚡ HTTP request query:', body: ['{', `  auth_key: '${APPKEY}',`, `  auth_timestamp: '${Math.floor(DAY0 / 1000) + 50000}',`, "  auth_version: '1.0',", `  body_md5: '${rng.hex(32)}',`, `  auth_signature: '${sig}'`, '}'] } };
    }),
    3,
    plant('refresh-token', 'soketi-payload-data-refresh-token', 'error', `${WHY.refresh} The dispatch backend pushes a driver's renewed tokens to the driver's private channel, and soketi's debug output writes the event's data.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { head: '⚡ HTTP Payload received', body: payload(rng, 'dereva-token', JSON.stringify({ access_token: 'see-header', refresh_token: rt, expires_in: 900 }), `private-dereva.${rng.int(100, 999)}`) } };
    }),
    3,
    plant('id-token', 'soketi-user-authentication-user-data-id-token', 'error', "A passenger app signs in to soketi (`pusher:signin`) with `user_data` whose `user_info` carries the app's ID token; soketi's debug output writes it under its entry's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://kuw.${MN}/realms/taxi`, aud: 'taxi-app', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { head: '🔐 User authentication:', body: ['{', `  auth: '${APPKEY}:${rng.hex(64)}',`, `  user_data: '{"id":"ofiri-${rng.int(1000, 9999)}","user_info":{"din":"Ama K.","id_token":"${token}"}}'`, '}'] } };
    }),
    3,
    plant('implicit-fragment', 'soketi-payload-data-redirect-access-token-fragment', 'error', "The payment step pushes the address the mobile money page returned to (`/wie#access_token=…`, \"finished\") to the passenger's channel; soketi's debug output writes the event's data, fragment included.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { head: '⚡ HTTP Payload received', body: payload(rng, 'tua-wie', JSON.stringify({ redirect: `https://tua.${MN}/wie#access_token=${at}&token_type=bearer&expires_in=600` }), `private-ofiri.${rng.int(1000, 9999)}`) } };
    }),
    3,
    plant('session-id', 'soketi-presence-member-user-info-nhyiamu', 'error', WHY.session("A dispatcher joins the presence channel with `user_info` that carries the dispatch console's session (`nhyiamu`); soketi's debug output writes the member"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { head: '👥 Member added to presence channel:', body: ['{', "  channel: 'presence-dispatch',", `  member: { user_id: 'dispatcher-${rng.int(1, 9)}', user_info: { din: 'Kwabena', nhyiamu: '${sid}' } }`, '}'] } };
    }),
    3,
    plant('api-key-name', 'soketi-webhook-url-safoa', 'error', `${WHY.apiKey('safoa')} soketi's webhook to the dispatch backend carries it in the query, and the failed send writes the URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { head: '❌ Webhook could not be sent:', body: ['{', `  url: 'https://dispatch.${MN}/soketi/hooks?safoa=${key}',`, "  error: 'connect ECONNREFUSED 10.40.2.4:443'", '}'] } };
    }),
    3,
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'soketi' }, filler, render, steps });
}

// =====================================================================================================================
// Grupo Brétema (Galician; Vigo, CET = UTC+1)
// =====================================================================================================================

const GB = 'bretema.example';
/** `yyyy-MM-ddTHH:mm:ss.SSS+01:00`. */
const isoCet = (t) => `${local(t, CET).slice(0, 23)}+01:00`;

// ---------------------------------------------------------------------------------------------------------------------
// ant-media-server.log: Ant Media Server 2.11 Enterprise of the sign language interpreting service (video calls and
// interpreted streams), /usr/local/antmedia/log/ant-media-server.log with a logback pattern the operators changed to
// carry the offset: `<yyyy-MM-ddTHH:mm:ss.SSSXXX> [<thread>] <LEVEL, 5 wide> <logger{36}> - <message>`.
// https://antmedia.io/docs/category/security/ (one-time tokens, JWT stream tokens, webhooks; from memory, not fetched).

function antMediaLog(rng) {
  const render = (e) => e.amx.map(([thr, lvl, logger, msg]) => `${isoCet(e.t)} [${thr}] ${lvl.padEnd(5)} ${logger} - ${msg}`);
  const exec = (rng) => `http-nio-5080-exec-${rng.int(1, 10)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ amx: [[`vert.x-eventloop-thread-${rng.int(0, 7)}`, 'INFO', 'i.a.w.a.WebRTCAdaptor', `Stream ${rng.pick(['lse-sala1', 'lse-sala2', 'interpretacion-xunta', 'videochamada'])}-${rng.int(10, 99)} publish started`]] }),
      () => ({ amx: [[exec(rng), 'INFO', 'i.a.r.RestServiceV2', `Broadcast list requested, offset ${rng.int(0, 5) * 10} size 10`]] }),
      () => ({ amx: [[`pool-${rng.int(2, 9)}-thread-1`, 'INFO', 'i.a.s.StatsCollector', `cpu: ${rng.int(5, 80)}% heap: ${rng.int(300, 1800)}MB webrtc viewers: ${rng.int(0, 40)}`]] }),
      () => ({ amx: [[`vert.x-worker-thread-${rng.int(0, 9)}`, 'INFO', 'i.a.m.MuxAdaptor', `Recording ${rng.pick(['lse-sala1', 'lse-sala2'])}-${rng.int(10, 99)}.mp4 finished, duration ${rng.int(60, 3600)} s`]] }),
    ])();
  const steps = [
    3,
    plant('replay', 'antmedia-one-time-token-play-once', 'note', WHY.ticketFirst("A one-time play token (`token=`, Ant Media's `tokenControl` with `play` tokens) used once by the deaf client's player to watch the interpreter's stream; the token filter logs the token, the stream and the address. The token is"), ({ rng, t }) => {
      const tk = digits(rng, 12);
      firstUse.amtoken = t;
      return { value: tk, event: { amx: [[exec(rng), 'INFO', 'i.a.f.TokenFilterManager', `Token valid for stream: interprete-cita-${rng.int(100, 999)} type: play token: ${tk} ip: ${publicIp(rng)}`]] } };
    }, { ref: 'amtoken' }),
    2,
    plant('replay', 'antmedia-one-time-token-play-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('amtoken').value, why: `${WHY.replay('token', gap('amtoken', t))} Another address played the same one-time token and the filter let it through: the token was not deleted after its first use (a cluster node read a stale copy).` }], event: { amx: [[exec(rng), 'INFO', 'i.a.f.TokenFilterManager', `Token valid for stream: interprete-cita-${rng.int(100, 999)} type: play token: ${refs.get('amtoken').value} ip: 203.0.113.201`]] } }), { replayOf: 'amtoken', after: 47 }),
    3,
    plant('embed-jwt', 'antmedia-embedded-player-url-jwt', 'error', "The interpreting booking page embeds Ant Media's player (`/LiveApp/play.html?id=…&token=<JWT>`, a JWT stream token); the adaptor logs the player's page address on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { streamId: 'lse-sala1', type: 'play' } });
      return { value: token, jwt: facts, event: { amx: [[`vert.x-eventloop-thread-${rng.int(0, 7)}`, 'INFO', 'i.a.w.a.WebSocketCommunityHandler', `play request from page https://interpretes.${GB}/LiveApp/play.html?id=lse-sala1&token=${token}&playOrder=webrtc`]] } };
    }),
    3,
    plant('negative', 'antmedia-dtls-fingerprint', 'none', "The DTLS certificate fingerprint of a WebRTC session (`sha-256 AB:CD:…`): a public hash, no credential.", ({ rng }) => {
      const f = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
      return { value: f, event: { amx: [[`vert.x-eventloop-thread-${rng.int(0, 7)}`, 'DEBUG', 'i.a.w.a.WebRTCAdaptor', `remote fingerprint sha-256 ${f}`]] } };
    }),
    3,
    plant('webhook', 'antmedia-listener-hook-zulip-incoming', 'error', WHY.webhook("A Zulip incoming webhook (`/api/v1/external/<integration>?api_key=<bot key>&stream=…`) set as the application's `listenerHookURL`; the failed hook call writes it (the bot's key is the secret part)"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { amx: [[`vert.x-worker-thread-${rng.int(0, 9)}`, 'ERROR', 'i.a.AntMediaApplicationAdapter', `Hook liveStreamStarted to https://bretema.zulipchat.com/api/v1/external/slack_incoming?api_key=${key}&stream=interpretes failed: Read timed out`]] } };
    }),
    3,
    plant('header-dump', 'antmedia-rest-request-headers-authorization-jwt', 'error', "The REST filter logs a refused call with its headers as a Java map (`{authorization=<JWT>, …}`, Ant Media's JWT filter takes the token without `Bearer`): the booking back end's REST token, on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(10, 300), claims: { iss: `https://citas.${GB}`, sub: 'axenda-backend' } });
      return { value: token, jwt: facts, event: { amx: [[exec(rng), 'WARN', 'i.a.f.JWTServerFilter', `REST call refused (IP not in allowed CIDR) headers: {host=media.${GB}:5443, authorization=${token}, content-type=application/json, user-agent=Java/21.0.8}`]] } };
    }),
    3,
    plant('path-secret', 'antmedia-plugin-recording-share-link-partillar', 'error', "A plugin of the service logs the share link it made for a recorded interpreted appointment (`/gravacions/partillar/<token>`, \"share\"): the link plays the recording of a private appointment until it expires.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { amx: [[`vert.x-worker-thread-${rng.int(0, 9)}`, 'INFO', 'g.b.i.GravacionPlugin', `Ligazón para a persoa usuaria: https://interpretes.${GB}/gravacions/partillar/${tok}`]] } };
    }),
    3,
    plant('framework-dump', 'antmedia-appsettings-tostring-jwt-secret', 'error', "The settings update writes the application's `AppSettings` as its `toString()`, `jwtStreamSecretKey` included: the key that signs every stream token of the application.", ({ rng }) => {
      const k = rng.alnum(32);
      return { value: k, event: { amx: [[exec(rng), 'INFO', 'i.a.AntMediaApplicationAdapter', `Updating settings for LiveApp: AppSettings [mp4MuxingEnabled=true, playTokenControlEnabled=true, publishJwtControlEnabled=false, playJwtControlEnabled=true, jwtStreamSecretKey=${k}, listenerHookURL=(set), webRTCEnabled=true, hlsListSize=15]`]] } };
    }),
    3,
    plant('negative', 'antmedia-stream-id', 'none', "A stream id (`interprete-xunta-<hex>`) in a status line: a name for the broadcast, no credential.", ({ rng }) => {
      const id = `interprete-xunta-${rng.hex(12)}`;
      return { value: id, event: { amx: [[`vert.x-eventloop-thread-${rng.int(0, 7)}`, 'INFO', 'i.a.w.a.WebRTCAdaptor', `Stream ${id} status changed to broadcasting`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'media' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// espo-2027-11-06.log: data/logs/espo-<date>.log of EspoCRM 8 for the car workshop and dealership (Monolog's line
// format, local time, no zone): `[yyyy-mm-dd HH:MM:SS] <LEVEL>: <message> [] []`. From memory, not fetched.

function espoLog(rng) {
  const render = (e) => e.es.map(([lvl, msg]) => `[${ymdHmsAt(e.t, CET)}] ${lvl}: ${msg} [] []`);
  const filler = (rng) =>
    rng.pick([
      () => ({ es: [['WARNING', `(404) Record not found; GET /api/v1/Vehicle/${rng.hex(17)}`]] }),
      () => ({ es: [['INFO', `Job ProcessWebhookQueue done, ${rng.int(0, 20)} items`]] }),
      () => ({ es: [['WARNING', `(403) Forbidden; PUT /api/v1/Opportunity/${rng.hex(17)}`]] }),
      () => ({ es: [['INFO', `Email fetch: ${rng.int(0, 12)} new messages for obradoiro@${GB}`]] }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'espo-outlook-oauth-callback-code', 'warning', `${WHY.code} The workshop's Outlook mailbox is connected through OAuth; EspoCRM's error on the callback writes its query, Microsoft's \`M.C…\` code beside the state.`, ({ rng }) => {
      const code = `M.C5${rng.int(10, 99)}_BAY.2.U.${rng.uuid()}`;
      return { value: code, event: { es: [['ERROR', `Oauth: callback failed (invalid state): GET /oauth-callback.php?code=${code}&state=${rng.b64url(24)}`]] } };
    }),
    3,
    plant('negative', 'espo-record-id', 'none', "An EspoCRM record id (17 hex) in a not-found error: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(17);
      return { value: id, event: { es: [['ERROR', `(404) Record not found; GET /api/v1/Contact/${id}`]] } };
    }),
    3,
    plant('refresh-token', 'espo-external-account-refresh-request-body', 'error', `${WHY.refresh} The external account's token refresh failed and the error writes the request body it sent (\`grant_type=refresh_token&refresh_token=…\`).`, ({ rng }) => {
      const rt = `M.C5${rng.int(10, 99)}_BL2.0.U.-${rng.b64url(120)}`;
      return { value: rt, event: { es: [['ERROR', `ExternalAccount Outlook: refresh failed (400): body grant_type=refresh_token&refresh_token=${rt}&client_id=${rng.uuid()}`]] } };
    }),
    3,
    plant('session-id', 'espo-cookie-auth-token', 'error', WHY.session("EspoCRM's `auth-token` cookie (the web client's token, with `auth-token-secret`) in a request the portal's error writes with its cookie header"), ({ rng }) => {
      const tok = rng.hex(32);
      return { value: tok, event: { es: [['ERROR', `(401) Unauthorized; GET /api/v1/App/user; cookie: auth-token=${tok}; auth-token-secret=(hidden)`]] } };
    }),
    3,
    plant('header-dump', 'espo-authorization-header-base64-user-token', 'error', "The dealership's stock app calls the API with `Espo-Authorization: <base64 of user:token>`; a 401 writes the request's headers: decoding gives the API user's name and token.", ({ rng }) => {
      const v = b64Of(`stock-app:${rng.hex(32)}`);
      return { value: v, event: { es: [['WARNING', `(401) Unauthorized; POST /api/v1/Vehicle; headers: Espo-Authorization: ${v}, Content-Type: application/json`]] } };
    }),
    3,
    plant('api-key-name', 'espo-import-feed-url-chave', 'error', `${WHY.apiKey('chave')} (Galician "key") The used-car feed of the manufacturer's portal takes it in the query; the scheduled import's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { es: [['ERROR', `Job ImportVehiculos: non se puido descargar https://stock.fabricante-portal.example/feed/v3/ocasion.xml?concesionario=VGO-12&chave=${key}: HTTP 403`]] } };
    }),
    3,
    plant('negative', 'espo-webhook-signature-hmac', 'none', "An outgoing webhook's `Signature` header (an HMAC over one payload): a signature, no credential.", ({ rng }) => {
      const s = b64Of(rng.hex(32));
      return { value: s, event: { es: [['WARNING', `Webhook ${rng.hex(17)}: delivery failed (503), headers Signature: ${s}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'crm' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mautic_prod-2027-11-06.php: var/logs/mautic_prod-<date>.php of Mautic 5 for the salons' marketing (Monolog's line
// format, local time, no zone, context as JSON with `/` escaped as `\/`): `[yyyy-mm-dd HH:MM:SS] mautic.<LEVEL>: <message>
// <context JSON> <extra JSON>`. The `.php` name is Mautic's; from memory, not fetched.

function mauticLog(rng) {
  const esc = (o) => JSON.stringify(o).replace(/\//g, '\\/');
  const render = (e) => e.mt.map(([lvl, msg, ctx]) => `[${ymdHmsAt(e.t, CET)}] mautic.${lvl}: ${msg} ${ctx ? esc(ctx) : '[]'} []`);
  const filler = (rng) =>
    rng.pick([
      () => ({ mt: [['INFO', `Campaign ${rng.int(2, 20)}: ${rng.int(1, 300)} contacts processed for event "Lembranza da cita"`]] }),
      () => ({ mt: [['NOTICE', `Sent email ${rng.int(2, 40)} to ${rng.int(1, 400)} contacts (Ofertas de inverno)`]] }),
      () => ({ mt: [['WARNING', 'Segment rebuild took longer than 60 s', { segment: rng.pick(['clientas-vigo', 'barberia', 'unllas']) }]] }),
      () => ({ mt: [['DEBUG', 'Asset loaded', { url: `https://marketing.${GB}/media/js/app.js?v=${rng.hex(8)}` }]] }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'mautic-mailer-exception-password-reset-link', 'error', "A user's password reset mail could not be sent; the mailer's exception context writes the message's text part with the link (`/s/passwordresetconfirm?token=…`), which sets the account's password.", ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { mt: [['ERROR', 'Symfony\\Component\\Mailer\\Exception\\TransportException: Connection to "smtp.bretema.example:587" has been closed unexpectedly', { message: { subject: 'Restablecer contrasinal', text: `Preme aquí para cambiar o teu contrasinal: https://marketing.${GB}/s/passwordresetconfirm?token=${tok}` } }]] } };
    }),
    3,
    plant('negative', 'mautic-device-id', 'none', "Mautic's `mautic_device_id` (a random tracking id of a browser): an analytics identifier, no credential.", ({ rng }) => {
      const d = rng.lowerNum(23);
      return { value: d, event: { mt: [['DEBUG', 'Contact tracked by device', { mautic_device_id: d, lead: rng.int(1000, 9999) }]] } };
    }),
    3,
    plant('oauth-code', 'mautic-integration-authcallback-code', 'warning', `${WHY.code} The HubSpot integration's OAuth callback failed on the state check, and the error's context writes the request URI with the code (a uuid) beside the state.`, ({ rng }) => {
      const code = rng.uuid();
      return { value: code, event: { mt: [['ERROR', 'Integration auth callback failed: state mismatch', { uri: `/s/plugins/integrations/authcallback/Hubspot?code=${code}&state=${rng.hex(32)}` }]] } };
    }),
    3,
    plant('implicit-fragment', 'mautic-page-hit-page-url-access-token-fragment', 'error', "Mautic's tracking script reports the salon booking app's address (`page_url`) with its fragment; a hit right after an implicit grant writes `#access_token=…` in the page hit's context (slashes escaped `\\/`).", ({ rng }) => {
      const at = rng.b64url(42);
      return { value: at, event: { mt: [['NOTICE', 'Page hit could not be matched to a page', { page_url: `https://citas.${GB}/#access_token=${at}&token_type=Bearer&expires_in=3600`, page_title: 'Reserva a túa cita' }]] } };
    }),
    3,
    plant('webhook', 'mautic-webhook-make-hook-url', 'error', WHY.webhook("A Make (Integromat) custom webhook (`hook.eu1.make.com/<token>`) set as a Mautic webhook; the failed delivery writes its URL"), ({ rng }) => {
      const tok = rng.lowerNum(32);
      return { value: tok, event: { mt: [['ERROR', 'Webhook 3 "Novas citas a Make" failed with status 410', { url: `https://hook.eu1.make.com/${tok}` }]] } };
    }),
    3,
    plant('path-secret', 'mautic-email-render-booking-manage-link', 'error', "A reminder could not be sent; the error writes the rendered token `{contactfield=ligazon_cita}`, the contact's link to manage her appointment (`/cita/xestionar/<token>`, \"manage\"), which opens, moves or cancels it without a login.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { mt: [['ERROR', 'Email send failed: recipient refused', { email: 12, contact: rng.int(1000, 9999), tokens: { '{contactfield=ligazon_cita}': `https://citas.${GB}/cita/xestionar/${tok}` } }]] } };
    }),
    3,
    plant('encoded', 'mautic-redirect-ct-base64-serialized-chave', 'error', "A click through a tracked link (`/r/<id>?ct=<base64>`) failed; `ct` is base64 (percent-encoded in the query) of a serialized PHP array whose `url` holds the partner shop's link with `chave=`.", ({ rng }) => {
      const url = `https://tenda.partner-cosmetica.example/carro?cupon=BRETEMA10&chave=${rng.alnum(32)}`;
      const ser = `a:3:{s:6:"source";a:2:{i:0;s:5:"email";i:1;i:12;}s:5:"email";i:12;s:3:"url";s:${url.length}:"${url}";}`;
      const ct = encodeURIComponent(b64Of(ser));
      return { value: ct, event: { mt: [['WARNING', 'Redirect not found', { uri: `/r/${rng.hex(24)}?ct=${ct}` }]] } };
    }),
    3,
    plant('framework-dump', 'mautic-form-submission-post-context', 'error', "A form submission failed and the error's context writes the posted `mauticform` array; the salon's staff form asks for the booking system's password (`contrasinal_axenda`).", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { mt: [['ERROR', 'Form submission failed (form 7)', { post: { mauticform: { nome: 'Uxía', correo: `uxia@${GB}`, contrasinal_axenda: pw, formId: '7' } } }]] } };
    }),
    3,
    plant('negative', 'mautic-asset-cache-buster', 'none', "An asset's cache buster (`?v=<hex>`): no credential.", ({ rng }) => {
      const v = rng.hex(12);
      return { value: v, event: { mt: [['DEBUG', 'Asset loaded', { url: `https://marketing.${GB}/media/css/libraries.css?v=${v}` }]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'mautic' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// alfio.log: alf.io 2.0 (Spring Boot 3) selling the sign language courses, Spring Boot's default console format with its
// offset: `<yyyy-MM-ddTHH:mm:ss.SSSXXX> <LEVEL, 5 wide> <pid> --- [alfio] [<thread, 15>] <logger, 40>: <message>`, with
// Micrometer's trace ids in a `[alfio,<trace>,<span>]` correlation field. Spring Boot's logging reference (from memory,
// not fetched).

function alfioLog(rng) {
  const render = (e) => e.al.map(([lvl, logger, msg, trace]) => `${isoCet(e.t)} ${lvl.padStart(5)} 1 --- [alfio] [${`nio-8080-exec-${rng.int(1, 9)}`.padStart(15)}] ${trace ? `[${trace}] ` : ''}${logger.padEnd(40)} : ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ al: [['INFO', 'a.manager.TicketReservationManager', `reservation confirmed for event curso-lse-${rng.pick(['a1', 'a2', 'b1'])}, ${rng.int(1, 3)} tickets`]] }),
      () => ({ al: [['INFO', 'a.manager.NotificationManager', `${rng.int(1, 20)} emails sent`]] }),
      () => ({ al: [['WARN', 'a.manager.payment.StripeManager', 'webhook event payment_intent.succeeded already processed']] }),
      () => ({ al: [['INFO', 'o.s.s.web.DefaultRedirectStrategy', 'Redirecting to /admin/']] }),
    ])();
  const steps = [
    { raw: { al: [['INFO', 'alfio.config.SpringBootLauncher', 'Started SpringBootLauncher in 9.412 seconds (process running for 10.2)']] }, after: 0 },
    2,
    plant('id-token', 'alfio-openid-id-token-validation-warning', 'error', "The admin sign-in through the group's OpenID provider failed a claim check, and the warning writes the `id_token` it received, on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 120), alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://id.${GB}/realms/bretema`, aud: 'alfio', sub: rng.uuid(), email: `persoal@${GB}` } });
      return { value: token, jwt: facts, event: { al: [['WARN', 'a.c.s.OpenIdAuthenticationManager', `unable to validate id_token ${token}: missing claim "groups"`]] } };
    }),
    3,
    plant('refresh-token', 'alfio-openid-debug-token-response', 'error', `${WHY.refresh} The OpenID client logs the token endpoint's answer at DEBUG.`, ({ rng }) => {
      const rt = rng.b64url(60);
      return { value: rt, event: { al: [['DEBUG', 'a.c.s.OpenIdAuthenticationManager', `token response {"access_token":"(omitted)","expires_in":300,"refresh_expires_in":1800,"refresh_token":"${rt}","token_type":"Bearer"}`]] } };
    }),
    3,
    plant('negative', 'alfio-micrometer-trace-id', 'none', "Micrometer's trace and span ids in the correlation field (`[alfio,<trace>,<span>]`): identifiers, no credential.", ({ rng }) => {
      const tr = rng.hex(32);
      return { value: tr, event: { al: [['WARN', 'a.controller.api.v2.ReservationApiV2Controller', 'reservation expired before payment', `alfio,${tr},${rng.hex(16)}`]] } };
    }),
    3,
    plant('path-secret', 'alfio-ticket-view-link', 'error', "The ticket e-mail's link (`/event/<name>/ticket/<uuid>/view`) in a notification warning: the link shows and downloads the course ticket with its QR code, and lets its holder reassign it.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { al: [['WARN', 'a.manager.NotificationManager', `mail bounced, ticket link https://cursos.${GB}/event/curso-lse-a1/ticket/${u}/view kept for resend`]] } };
    }),
    3,
    plant('session-id', 'alfio-spring-session-cookie', 'error', WHY.session("Spring Session's `SESSION` cookie (base64 of the session's uuid) in a request an error handler writes with its cookies"), ({ rng }) => {
      const v = b64Of(rng.uuid());
      return { value: v, event: { al: [['ERROR', 'a.controller.support.ErrorController', `unexpected error for POST /admin/api/events/curso-lse-a2/check-in, cookies: SESSION=${v}; XSRF-TOKEN=(hidden)`]] } };
    }),
    3,
    plant('framework-dump', 'alfio-configuration-list-tostring-smtp-password', 'error', "The configuration manager writes the saved system configuration as a list of `Configuration(key=…, value=…)` objects at INFO, the SMTP password in clear among them.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { al: [['INFO', 'a.manager.system.ConfigurationManager', `saved configuration [Configuration(key=SMTP_HOST, value=smtp.${GB}), Configuration(key=SMTP_USERNAME, value=cursos@${GB}), Configuration(key=SMTP_PASSWORD, value=${pw}), Configuration(key=SMTP_PORT, value=587)]`]] } };
    }),
    3,
    plant('api-key-name', 'alfio-check-in-proxy-url-chave', 'error', `${WHY.apiKey('chave')} The classroom's check-in tablet calls through a proxy that puts the API key in the query; alf.io's warning writes the request URL.`, ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { al: [['WARN', 'a.controller.api.admin.CheckInApiController', `check-in rejected for /admin/api/check-in/event/curso-lse-b1/ticket/${rng.hex(8)}?chave=${key}: ticket already checked in`]] } };
    }),
    3,
    plant('negative', 'alfio-reservation-id', 'none', "A reservation id (a uuid) in a cleanup line: an identifier, no credential (tickets are opened by their own uuid, not by this one).", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { al: [['INFO', 'a.manager.TicketReservationManager', `cleaned up expired reservation ${id}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'alfio' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout63');
writePart(join(here, 'heldout63'), {
  'L1106001.log': srcdsLog(rng),
  'forge-bot.log': discordPyLog(rng),
  'web-2027-11-06.log': craftLog(rng),
  'teamspeak-docker.log': teamspeakLog(rng),
  'snowplow-bad-rows.ndjson': snowplowBadRows(rng),
  'tile38.log': tile38Log(rng),
  'mercure.log': mercureLog(rng),
  'alertmanager.log': alertmanagerLog(rng),
  'ofelia.log': ofeliaLog(rng),
  'soketi.log': soketiLog(rng),
  'ant-media-server.log': antMediaLog(rng),
  'espo-2027-11-06.log': espoLog(rng),
  'mautic_prod-2027-11-06.php': mauticLog(rng),
  'alfio.log': alfioLog(rng),
});
