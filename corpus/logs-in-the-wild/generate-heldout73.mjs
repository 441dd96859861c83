// Writes corpus/logs-in-the-wild/heldout73/: a seventy-third held-out part, in formats no other part uses (BirdNET-Pi
// through the journal, an UrBackup Server log, a Falcon Player fppd.log, Scrypted through the journal, a Tactical RMM
// agent log, a dcm4chee-arc 5 server.log, a Centreon Engine centengine.log, `docker logs -t` of NocoDB, Semaphore UI
// through the journal, `docker logs -t` of Outline, Rivendell's daemons through the journal, VLC with `--syslog`
// through the journal, nodogsplash through OpenWrt's logread, a FreePBX freepbx.log), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each
// line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout73.mjs     rewrites heldout73/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Kingsdown Vale, a Kent family business with a vineyard and cellar door, a bowling alley (Vale Lanes)
// and a hand car wash (English, five logs); Mymba ha Pohã (Guarani "animal and medicine"), an Asunción group of
// veterinary clinics and pharmacies (Guarani messages where the app shows them, routes, parameter, header, key and
// property names in Guarani written in ASCII as code names are, five logs); Jach'a Qhana (Aymara "great light"), an El
// Alto community radio station whose cooperative also runs an escape room (Mistuñ Uta) and a camping ground on Lake
// Titicaca (Aymara messages where the app shows them, routes and names in Aymara written in ASCII, four logs).
// Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, DAYS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 6, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Kent in October (BST, UTC+1), Asunción (UTC-3, no summer time since 2024), El Alto (BOT, UTC-4). */
const BST = 60;
const PYT = -180;
const BOT = -240;
const zoneText = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** `journalctl -o short-iso`: `yyyy-MM-ddTHH:mm:ss±hh:mm`. */
const shortIso = (ms, offset) => `${local(ms, offset).slice(0, 19)}${zoneText(offset)}`;
/** `docker logs -t`: RFC 3339 UTC with nanoseconds. */
const dockerTs = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const mac = (rng) => Array.from({ length: 6 }, () => rng.hex(2)).join(':');

// =====================================================================================================================
// Kingsdown Vale (English; Kent: BST, UTC+1)
// =====================================================================================================================

const KV = 'kingsdownvale.example';

// ---------------------------------------------------------------------------------------------------------------------
// birdnet-pi.log: `journalctl -u birdnet_analysis -u birdnet_recording -u vine_sync -o short-iso` of a BirdNET-Pi in
// the vineyard (short-iso with the zone): the analysis service's detections, BirdWeather uploads, Apprise notifications
// at debug, and the estate's own sync script in the same journal.
// https://github.com/mcguirepr89/BirdNET-Pi (from memory, not fetched); the journal lines from memory.

function birdnetLog(rng) {
  const render = (e) => e.x.map(([unit, pid, msg]) => `${shortIso(e.t, BST)} vale-birdnet ${unit}[${pid}]: ${msg}`);
  const AN = ['birdnet_analysis.sh', 1184];
  const SPECIES = ['Eurasian Blackbird (Turdus merula)', 'Common Wood-Pigeon (Columba palumbus)', 'European Robin (Erithacus rubecula)', 'Eurasian Wren (Troglodytes troglodytes)', 'Common Buzzard (Buteo buteo)', 'Eurasian Jay (Garrulus glandarius)'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ x: [[...AN, `Analyzing /home/vale/BirdSongs/StreamData/${ymdHmsAt(t, BST).slice(0, 10)}-birdnet-${ymdHmsAt(t, BST).slice(11, 19)}.wav`]] }),
      () => ({ x: [[...AN, `${ymdHmsAt(t, BST).slice(11, 19)};${rng.pick(SPECIES)};0.${rng.int(70, 98)}`]] }),
      () => ({ x: [['birdnet_recording.sh', 902, `Recording audio from hw:1,0 to /home/vale/BirdSongs/StreamData (15 s segments)`]] }),
      () => ({ x: [[...AN, `BirdWeather: soundscape upload ok (HTTP 201) detections=${rng.int(1, 4)}`]] }),
      () => ({ x: [[...AN, `Skipping ${rng.pick(['Human vocal', 'Dog', 'Engine', 'Gun'])} (privacy filter)`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'birdnet-apprise-masked-url', 'none', "Apprise prints the notification URL it loaded with its secret parts masked (`discord://****/****`): the library's own redaction, no credential.", () => ({ value: 'discord://****/****', event: { x: [['birdnet_analysis.sh', 1184, 'apprise: Loaded 1 entries from /home/vale/BirdNET-Pi/apprise.txt: discord://****/****']] } })),
    4,
    plant('path-secret', 'birdnet-birdweather-station-token-in-path', 'error', "BirdWeather's station token sits in the upload path (`/api/v1/stations/<token>/soundscapes`); a failed upload writes the URL: whoever has the token posts detections as the station until it is regenerated.", ({ rng }) => {
      const tok = rng.alnum(24);
      const url = `https://app.birdweather.com/api/v1/stations/${tok}/soundscapes?timestamp=${encodeURIComponent(shortIso(DAY0 + 6 * HOUR, BST))}&type=wav`;
      return { value: tok, event: { x: [['birdnet_analysis.sh', 1184, `BirdWeather: POST ${url} failed: 502 Bad Gateway`], ['birdnet_analysis.sh', 1184, `BirdWeather: queued for retry (1/3): ${url}`]] } };
    }),
    4,
    plant('negative', 'birdnet-birdweather-soundscape-hash', 'none', "The SHA-256 BirdWeather returns for an uploaded soundscape (`\"hash\":\"<64 hex>\"`): a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { x: [['birdnet_analysis.sh', 1184, `BirdWeather: soundscape {"id":${rng.int(10000000, 99999999)},"stationId":${rng.int(1000, 9999)},"hash":"${h}","mode":"live"}`]] } };
    }),
    4,
    plant('webhook', 'birdnet-apprise-discord-scheme-url', 'error', WHY.webhook("A Discord webhook written as Apprise's own scheme (`discord://<webhook_id>/<webhook_token>`): Apprise's warning for a failed notification writes the URL unmasked (the token is the secret part)"), ({ rng }) => {
      const tok = rng.b64url(68);
      return { value: tok, event: { x: [['birdnet_analysis.sh', 1184, `apprise: WARNING - Failed to send Discord notification to discord://${digits(rng, 19)}/${tok}: error=429 (Too Many Requests)`]] } };
    }),
    4,
    plant('embed-jwt', 'birdnet-apprise-debug-body-embed-dashboard-no-exp', 'error', "Apprise's debug line writes the notification body, which links the tasting-room screen's bird dashboard through its embed URL (`/embed/<JWT>`), a token without `exp`, on a journal line with its zone", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 30, 86400 * 120), claims: { iss: `https://birds.${KV}`, resource: { dashboard: 7 }, params: { site: 'lower-slope' } } });
      return { value: token, jwt: facts, event: { x: [['birdnet_analysis.sh', 1184, `apprise: DEBUG - Discord Payload: {'content': 'Common Buzzard (0.93) at Lower Slope. Live: https://birds.${KV}/embed/${token}', 'username': 'BirdNET-Pi'}`]] } };
    }),
    4,
    plant('api-key-name', 'birdnet-flickr-api-key-image-lookup', 'error', `${WHY.apiKey('api_key')} BirdNET-Pi looks up a species photo through Flickr's REST API with the key in the query; the PHP warning of a timed-out lookup writes the URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { x: [['php-fpm8.2', 741, `WARNING: [pool www] child 7741 said into stderr: "PHP Warning:  file_get_contents(https://www.flickr.com/services/rest/?method=flickr.photos.search&api_key=${key}&text=Garrulus%20glandarius&license=2,3,4&sort=relevance&per_page=5&format=json&nojsoncallback=1): Failed to open stream: Connection timed out in /home/vale/BirdNET-Pi/scripts/overview.php on line 212"`]] } };
    }),
    4,
    plant('refresh-token', 'vine-sync-token-response-refresh', 'error', `${WHY.refresh} The estate's own sync script (\`vine_sync\`) sends detections to its sustainability platform and prints the token endpoint's answer when the renewed token is refused.`, ({ rng }) => {
      const rt = `vsr_${rng.b64url(46)}`;
      return { value: rt, event: { x: [['vine_sync.py', 2210, `token renewed but /v2/biodiversity/records answered 403: {"token_type": "Bearer", "expires_in": 3600, "refresh_token": "${rt}", "scope": "records:write"}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'birdnet' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// urbackup.log: /var/log/urbackup.log of an UrBackup Server 2.5 at `--loglevel debug` in the estate office (local time,
// no zone): `yyyy-mm-dd HH:MM:SS: [ERROR: |WARNING: |DEBUG: ]<message>`, post-backup scripts' output.
// https://www.urbackup.org/administration_manual.html (from memory, not fetched).

function urbackupLog(rng) {
  const render = (e) => e.x.map((msg) => `${ymdHmsAt(e.t, BST)}: ${msg}`);
  const CLIENTS = ['vale-office', 'cellar-till', 'lanes-desk', 'wash-kiosk'];
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [`Starting scheduled incremental file backup of client "${rng.pick(CLIENTS)}"...`] }),
      () => ({ x: [`Indexing of "C" done. ${rng.int(100, 9000)} filesystem lookups ${rng.int(10, 900)} db lookups and 0 db updates`] }),
      () => ({ x: [`${rng.pick(CLIENTS)}: Loading file list...`] }),
      () => ({ x: [`Transferred ${rng.int(1, 900)}.${rng.int(10, 99)} MB - Average speed: ${rng.int(2, 90)}.${rng.int(1, 9)} MBit/s`] }),
      () => ({ x: [`Time taken for backing up client ${rng.pick(CLIENTS)}: ${rng.int(1, 40)}m ${rng.int(1, 59)}s`] }),
      () => ({ x: [`DEBUG: Cleaning up ${rng.int(1, 20)} old backups ...`] }),
    ])();
  const steps = [
    2,
    plant('negative', 'urbackup-file-hash', 'none', "UrBackup's debug line for a deduplicated file names its SHA-512 (hex): a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(128);
      return { value: h, event: { x: [`DEBUG: Linking "C\\Users\\till\\Documents\\price-list-2027.xlsx" to existing file with hash ${h}`] } };
    }),
    5,
    plant('framework-dump', 'urbackup-mail-settings-debug-dump', 'error', "At debug the server writes the mail settings it loaded as `key=value` pairs when a report mail fails; `mail_password` is written in clear beside the server and user: the SMTP login of the office account.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { x: [`ERROR: Sending mail failed. Mail settings: mail_servername=smtp.${KV} mail_serverport=587 mail_username=backups@${KV} mail_password=${pw} mail_from=backups@${KV} mail_ssl_only=false mail_check_certificate=true`] } };
    }),
    5,
    plant('api-key-name', 'urbackup-download-client-authkey', 'error', `${WHY.apiKey('authkey')} The internet client of the car wash kiosk is fetched with a download link carrying its authentication key; the web interface's debug line writes the request.`, ({ rng }) => {
      const key = rng.alnum(10);
      return { value: key, event: { x: [`DEBUG: HTTP: GET /x?a=download_client&clientid=4&authkey=${key}&os=windows from ${lan(rng, '10.12')}`] } };
    }),
    5,
    plant('session-id', 'urbackup-web-interface-ses-parameter', 'error', WHY.session("The web interface passes its session as the `ses` parameter of every call (`/x?a=progress&ses=<id>`), and the debug HTTP line writes it"), ({ rng }) => {
      const ses = rng.alnum(30);
      return { value: ses, event: { x: [`DEBUG: HTTP: GET /x?a=progress&with_lastacts=1&ses=${ses} from ${lan(rng, '10.12')}`] } };
    }),
    5,
    plant('negative', 'urbackup-client-uid', 'none', "The client's UID, which the server logs when an internet client connects: an identifier of the installation, no credential.", ({ rng }) => {
      const uid = rng.hex(32);
      return { value: uid, event: { x: [`Authentication of internet client "wash-kiosk" (uid ${uid}) successful. Using protocol version 2`] } };
    }),
    5,
    plant('path-secret', 'urbackup-post-script-healthcheck-ping-url', 'error', "The post-backup script pings a health-check service whose ping URL is its own secret (`/ping/<uuid>`: anyone who has it can mark the job done or failed); the script's curl error reaches the log.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { x: [`WARNING: Script output: curl: (28) Failed to connect to hc.${KV} port 443 after 10002 ms: Timeout was reached (https://hc.${KV}/ping/${u}/fail)`] } };
    }),
    5,
    plant('encoded', 'urbackup-post-script-percent-encoded-next-login-token', 'error', "The post-backup script logs the notification it sends; its `next` parameter is the report page's login link percent-encoded (`next=https%3A%2F%2F…%3Ftoken%3D<token>`), a login token that opens the report.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { x: [`Script output: notify https://notify.${KV}/send?chan=backups&msg=Full%20backup%20of%20vale-office%20done&next=https%3A%2F%2Fbackup.${KV}%2Freport%3Frun%3D${digits(rng, 5)}%26token%3D${tok}`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'urbackup' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fppd.log: /home/fpp/media/logs/fppd.log of a Falcon Player 8 running the bowling alley's "cosmic bowling" light show
// (local time, no zone): `yyyy-mm-dd HH:MM:SS.mmm (<tid>) [<facility>] <message>`, the playlist, commands (`URL`), a
// plugin's output.
// https://github.com/FalconChristmas/fpp (from memory, not fetched).

function fppdLog(rng) {
  const render = (e) => e.x.map(([fac, msg]) => `${ymdHmsAt(e.t, BST)}.${msPart(e.t)} (${rng.int(1100, 1400)}) [${fac}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [['Playlist', `Starting sequence cosmic-${rng.pick(['neon', 'strike', 'gutter', 'glow'])}.fseq (${rng.int(600, 4200)} frames)`]] }),
      () => ({ x: [['Channel Output', `E1.31 universe ${rng.int(1, 24)} output to 10.60.0.${rng.int(10, 60)}`]] }),
      () => ({ x: [['Playlist', `Playlist 'cosmic-friday' entry ${rng.int(1, 12)} of 12 done`]] }),
      () => ({ x: [['General', `CPU temp ${rng.int(45, 70)}.${rng.int(0, 9)}C, load ${rng.int(10, 90) / 100}`]] }),
      () => ({ x: [['Plugin', `lane-bridge: lane ${rng.int(1, 16)} frame ${rng.int(1, 10)} score update`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'fppd-sequence-checksum', 'none', "FPP's sequence loader writes the file's checksum (hex): a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { x: [['Sequence', `Opened cosmic-strike.fseq v2.0 compression zstd, checksum ${h}`]] } };
    }),
    4,
    plant('webhook', 'fppd-url-command-ifttt-maker-key', 'error', WHY.webhook("An IFTTT Maker webhook (`maker.ifttt.com/trigger/<event>/with/key/<key>`) the show's `URL` command calls when the last game starts; the command's failure writes the URL (the key is the secret part)"), ({ rng }) => {
      const key = rng.b64url(22);
      return { value: key, event: { x: [['Command', `URL command failed: GET https://maker.ifttt.com/trigger/cosmic_last_game/with/key/${key} returned 0 (Could not resolve host)`]] } };
    }),
    4,
    plant('api-key-name', 'fppd-plugin-scoreboard-key', 'error', `${WHY.apiKey('scoreboard_key')} The lane-bridge plugin polls the scoring system's feed with the key in the query and prints the URL on error.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { x: [['Plugin', `lane-bridge: feed error for http://scoring.lanes.${KV}:8080/api/lanes?scoreboard_key=${key}&lanes=1-16: HTTP 500`]] } };
    }),
    4,
    plant('replay', 'fppd-plugin-lane-unlock-ticket-once', 'note', WHY.ticketFirst("A single-use lane unlock ticket (`ticket=`) the front desk issues to start a cosmic game; the plugin logs the unlock call. The ticket is"), ({ rng, t }) => {
      const tk = `lu_${rng.alnum(20)}`;
      firstUse.lane = t;
      return { value: tk, event: { x: [['Plugin', `lane-bridge: unlock lane 7 ok: POST http://scoring.lanes.${KV}:8080/api/unlock?lane=7&ticket=${tk} -> 200`]] } };
    }),
    4,
    plant('header-dump', 'fppd-plugin-curl-verbose-custom-token-header', 'error', "The plugin's curl runs verbose after an error and its request header lines reach fppd.log (`> X-Scoring-Token: <token>`): the scoring system's admin token.", ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { x: [['Plugin', 'lane-bridge: > POST /api/show/state HTTP/1.1'], ['Plugin', `lane-bridge: > Host: scoring.lanes.${KV}:8080`], ['Plugin', `lane-bridge: > X-Scoring-Token: ${tok}`], ['Plugin', 'lane-bridge: > Content-Type: application/json'], ['Plugin', 'lane-bridge: < HTTP/1.1 409 Conflict']] } };
    }),
    4,
    plant('encoded', 'fppd-command-args-percent-encoded-json-key', 'error', "The `URL` command's arguments are logged as a JSON array; its POST data is percent-encoded JSON holding the ticket printer's key (`%7B%22printer_key%22%3A%22<key>%22…`).", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { x: [['Command', `Running command "URL" args ["http://10.60.0.5/print","POST","%7B%22printer_key%22%3A%22${key}%22%2C%22template%22%3A%22cosmic%22%7D"]`]] } };
    }),
    5,
    plant('negative', 'fppd-player-uuid', 'none', "The player's own UUID (`M1-…`) FPP writes in its multisync announcement: an identifier, no credential.", ({ rng }) => {
      const u = `M1-${rng.hex(8).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(12).toUpperCase()}`;
      return { value: u, event: { x: [['MultiSync', `Sending Ping to 10.60.0.255 (uuid ${u}, FPP 8.4, mode player)`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR, site: { host: 'fpp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// scrypted.log: `journalctl -u scrypted -o short-iso` of a Scrypted server at the car wash (short-iso with the zone):
// `[Scrypted] …` server lines and plugin consoles `[<plugin name>] …`, among them the wash's own membership plugin.
// https://docs.scrypted.app/ (from memory, not fetched).

function scryptedLog(rng) {
  const render = (e) => e.x.map(([who, msg]) => `${shortIso(e.t, BST)} wash-nvr node[${1377}]: [${who}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [['Rebroadcast Plugin', `Bay ${rng.int(1, 4)} Camera: rtsp stream started, ${rng.pick(['h264', 'h265'])} ${rng.pick(['1920x1080', '2560x1440'])}`]] }),
      () => ({ x: [['Object Detection', `Bay ${rng.int(1, 4)} Camera: car detected score=0.${rng.int(70, 99)}`]] }),
      () => ({ x: [['Vale Members', `plate ${upperNum(rng, 2)}${digits(rng, 2)} ${upperNum(rng, 3)} matched=${rng.pick(['true', 'false'])} bay=${rng.int(1, 4)}`]] }),
      () => ({ x: [['Scrypted', `plugin @scrypted/${rng.pick(['onvif', 'webrtc', 'snapshot'])} heartbeat ok`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'scrypted-device-native-id', 'none', "A device's native id (a UUID) the plugin writes when it registers a camera: an identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { x: [['ONVIF Camera Plugin', `discovered device nativeId=${u} name="Bay 4 Camera"`]] } };
    }),
    5,
    plant('oauth-code', 'scrypted-plugin-oauth-redirect-received', 'warning', `${WHY.code} The membership plugin logs the redirect it received from the members' provider, \`code\` and \`state\` in the query.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { x: [['Vale Members', `oauth redirect received: https://wash-nvr.${KV}/endpoint/@vale/members/public/oauth/callback?code=${code}&state=${rng.hex(16)}`]] } };
    }),
    5,
    plant('id-token', 'scrypted-plugin-exchange-response-id-token', 'error', "The plugin prints the token exchange's answer when the `id_token`'s audience does not match, the ID token included (camelCase `idToken`), on a journal line with its zone", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { alg: 'RS256', kid: rng.hex(8), lifetime: 3600, age: rng.int(5, 90), claims: { iss: `https://id.${KV}`, sub: `mem_${digits(rng, 6)}`, aud: 'scrypted-wash', email: 'l.pearce@example.net' } });
      return { value: token, jwt: facts, event: { x: [['Vale Members', `audience mismatch, response was { tokenType: 'Bearer', expiresIn: 3600, idToken: '${token}' }`]] } };
    }),
    5,
    plant('refresh-token', 'scrypted-plugin-storage-refresh-token', 'error', `${WHY.refresh} The plugin dumps its storage when it starts in debug mode, \`refreshToken\` included.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { x: [['Vale Members', `storage: {"providerUrl":"https://id.${KV}","clientId":"scrypted-wash","refreshToken":"${rt}","plateThreshold":"0.8"}`]] } };
    }),
    5,
    plant('implicit-fragment', 'scrypted-plugin-handoff-page-fragment', 'error', "The plugin logs the hand-off page the kiosk browser landed on after the provider's implicit flow (`/handoff#access_token=…`): the member's access token in the fragment.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { x: [['Vale Members', `kiosk navigated to https://wash-nvr.${KV}/endpoint/@vale/members/public/handoff#access_token=${at}&token_type=Bearer&expires_in=7200`]] } };
    }),
    5,
    plant('embed-jwt', 'scrypted-plugin-embed-bay-view-120s', 'warning', "The members' screen shows a bay through an embed URL (`/embed/bay/<JWT>`), a token of 120 s without `jti`; the plugin logs the URL it made, on a journal line with its zone", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(1, 20), claims: { bay: 2, view: 'live' } });
      return { value: token, jwt: facts, event: { x: [['Vale Members', `screen url for bay 2: https://wash-nvr.${KV}/endpoint/@vale/members/public/embed/bay/${token}`]] } };
    }),
    5,
    plant('negative', 'scrypted-plugin-package-integrity', 'none', "npm's integrity string of an installed plugin (`sha512-<base64>`): a content hash, no credential.", ({ rng }) => {
      const v = `sha512-${rng.bytes(64).toString('base64')}`;
      return { value: v, event: { x: [['Scrypted', `installed @scrypted/snapshot@0.2.${rng.int(40, 90)} integrity ${v}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'scrypted' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tacticalagent.log: C:\Program Files\TacticalAgent\agent.log of a Tactical RMM agent on the car wash's pay station
// (logrus text with RFC 3339 times): `time="…" level=<l> msg="…"`, scripts' output at debug.
// https://docs.tacticalrmm.com/ (from memory, not fetched).

function tacticalLog(rng) {
  const q = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const render = (e) => e.x.map(([lvl, msg]) => `time="${shortIso(e.t, BST)}" level=${lvl} msg="${q(msg)}"`);
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [['info', `Agent service started, version 2.8.${rng.int(0, 3)}`]] }),
      () => ({ x: [['debug', `Running checkrunner, ${rng.int(3, 9)} checks`]] }),
      () => ({ x: [['debug', `nats: publish agent-hello (${rng.int(200, 900)} bytes)`]] }),
      () => ({ x: [['info', `Check "Disk C: space" passed (${rng.int(20, 80)}% free)`]] }),
      () => ({ x: [['debug', `winupdate: ${rng.int(0, 4)} updates pending`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'tactical-agent-id', 'none', "The agent's id (random letters the server assigns) it logs at start: an identifier of the machine, no credential.", ({ rng }) => {
      const id = rng.alnum(40);
      return { value: id, event: { x: [['info', `Agent ID: ${id}, hostname WASH-PAY-01`]] } };
    }),
    5,
    plant('framework-dump', 'tactical-script-psboundparameters-table', 'error', "A maintenance script prints `$PSBoundParameters` and the agent logs its stdout at debug: PowerShell's `Key Value` table, `ApiPassword` in clear.", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { x: [['debug', 'Script "Wash-Sync.ps1" stdout:'], ['debug', 'Key           Value'], ['debug', '---           -----'], ['debug', `Endpoint      https://pay.${KV}/api`], ['debug', `ApiPassword   ${pw}`], ['debug', 'Bay           3']] } };
    }),
    5,
    plant('header-dump', 'tactical-script-dictionary-headers-token', 'error', "The script's error prints the request's header dictionary as PowerShell enumerates it (`Headers: {[X-Wash-Token, <token>], …}`): the payment gateway's terminal token.", ({ rng }) => {
      const tok = rng.alnum(44);
      return { value: tok, event: { x: [['error', `Script "Wash-Sync.ps1" stderr: Invoke-RestMethod failed (503) Headers: {[X-Wash-Token, ${tok}], [Accept, application/json]}`]] } };
    }),
    5,
    plant('api-key-name', 'tactical-script-terminal-key-query', 'error', `${WHY.apiKey('terminal_key')} The pay station's health script calls the gateway with the key in the query and writes the URL.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { x: [['debug', `Script "Pay-Health.ps1" stdout: GET https://gw.paybay.example/v3/terminal/status?terminal_key=${key}&tid=WASH01 -> 200`]] } };
    }),
    5,
    plant('session-id', 'tactical-script-classic-asp-session-cookie', 'error', WHY.session("The kiosk's classic ASP admin page keeps its session in `ASPSESSIONID<8 letters>`; the script logs the cookie it replays"), ({ rng }) => {
      const sid = upperNum(rng, 24).replace(/[0-9]/g, 'Q');
      return { value: sid, event: { x: [['debug', `Script "Kiosk-Reset.ps1" stdout: using cookie ASPSESSIONIDSQRTBCAD=${sid}`]] } };
    }),
    5,
    plant('path-secret', 'tactical-script-remote-unlock-link', 'error', "The kiosk vendor sends a remote unlock link (`/unlock/<token>`) that logs the admin in once; the script prints it.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { x: [['info', `Script "Kiosk-Reset.ps1" stdout: unlock link https://support.kioskvendor.example/unlock/${tok} (valid 24 h)`]] } };
    }),
    5,
    plant('negative', 'tactical-script-sha256', 'none', "The SHA-256 of a script the agent verifies before it runs it: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { x: [['debug', `Script "Pay-Health.ps1" hash ${h} verified, running with timeout 90s`]] } };
    }),
    5,
    plant('webhook', 'tactical-script-slack-workflow-trigger-url', 'error', WHY.webhook("A Slack workflow trigger URL (`hooks.slack.com/triggers/<team>/<id>/<secret>`) the script posts to; its error writes the URL"), ({ rng }) => {
      const sec = rng.hex(32);
      return { value: sec, event: { x: [['error', `Script "Pay-Health.ps1" stderr: POST https://hooks.slack.com/triggers/T0${upperNum(rng, 8)}/${digits(rng, 13)}/${sec} failed: Unable to connect to the remote server`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'tactical' }, filler, render, steps });
}

// =====================================================================================================================
// Mymba ha Pohã (Guarani; Asunción: UTC-3)
// =====================================================================================================================

const MP = 'mymbapoha.example';

// ---------------------------------------------------------------------------------------------------------------------
// server.log: a dcm4chee-arc 5.33 archive on WildFly (the clinics' X-ray PACS) with the pattern
// `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5p [%c] (%t) %s%e%n`: the RS services' `Process GET <url> from <user>@<host>`.
// https://github.com/dcm4che/dcm4chee-arc-light/wiki (from memory, not fetched).

function dcm4cheeLog(rng) {
  const render = (e) => e.x.map(([lvl, cat, th, msg]) => `${local(e.t, PYT).slice(0, 23)}${zoneText(PYT)} ${lvl.padEnd(5)} [${cat}] (${th}) ${msg}`);
  const PACS = `http://pacs.${MP}:8080/dcm4chee-arc/aets/MYMBAPACS`;
  const task = () => `default task-${rng.int(1, 64)}`;
  const uid = () => `1.2.826.0.1.3680043.10.${rng.int(100, 999)}.${digits(rng, 10)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [['INFO', 'org.dcm4chee.arc.qido.QidoRS', task(), `Process GET ${PACS}/rs/studies?PatientID=MP-${digits(rng, 6)}&includefield=all from tasyo@${lan(rng, '10.20')}`]] }),
      () => ({ x: [['INFO', 'org.dcm4chee.arc.store.impl.StoreServiceImpl', `DicomNet-${rng.int(1, 9)}`, `MYMBAPACS<-CR_KOKUE${rng.int(1, 3)}: Store ${uid()} (${rng.pick(['CR', 'DX'])})`]] }),
      () => ({ x: [['INFO', 'org.dcm4chee.arc.wado.WadoRS', task(), `Process GET ${PACS}/rs/studies/${uid()}/rendered from tasyo@${lan(rng, '10.20')}`]] }),
      () => ({ x: [['INFO', 'org.dcm4chee.arc.retrieve.impl.RetrieveServiceImpl', task(), `Ta'anga ${rng.int(1, 40)} oñemondo`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'dcm4chee-stored-object-digest', 'none', "The MD5 digest dcm4chee logs for a stored object (`digest=<32 hex>`): a checksum, no credential.", ({ rng }) => {
      const d = rng.hex(32);
      return { value: d, event: { x: [['INFO', 'org.dcm4chee.arc.storage.filesystem.FileSystemStorage', 'DicomNet-3', `Stored 2027/10/06/${rng.hex(8).toUpperCase()} size=${rng.int(800000, 9000000)} digest=${d}`]] } };
    }),
    5,
    plant('oauth-code', 'dcm4chee-ui-redirect-code-rs-log', 'warning', `${WHY.code} The archive UI's OIDC redirect comes back to a path the RS logger also covers, so \`Process GET\` writes \`code\` and \`state\`.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { x: [['INFO', 'org.dcm4chee.arc.ui2.UI2Filter', task(), `Process GET http://pacs.${MP}:8080/dcm4chee-arc/ui2/?state=${rng.uuid()}&session_state=${rng.uuid()}&code=${code} from anonymous@${lan(rng, '10.20')}`]] } };
    }),
    5,
    plant('id-token', 'dcm4chee-wado-url-id-token-misconfigured-client', 'error', "The clinics' portal opens the viewer with the OIDC `id_token` in the query (a misconfigured client) and WadoRS writes the whole URL, on a line with its zone", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { alg: 'RS256', kid: rng.b64url(43), lifetime: 600, age: rng.int(10, 200), jti: true, claims: { iss: `https://jeike.${MP}/realms/mymba`, aud: 'pacs-viewer', sub: rng.uuid(), typ: 'ID', preferred_username: 'dra.benitez' } });
      return { value: token, jwt: facts, event: { x: [['INFO', 'org.dcm4chee.arc.wado.WadoRS', task(), `Process GET ${PACS}/rs/studies/${uid()}/thumbnail?id_token=${token} from anonymous@${lan(rng, '10.20')}`]] } };
    }),
    5,
    plant('replay', 'dcm4chee-wado-jehecha-ticket-once', 'note', WHY.ticketFirst("A single-use viewing ticket (`jehecha_ticket`, Guarani \"viewing\") the clinic sends an owner to see their animal's X-ray; WadoRS logs the request. The ticket is"), ({ rng, t }) => {
      const tk = rng.alnum(28);
      firstUse.jehecha = t;
      return { value: tk, event: { x: [['INFO', 'org.dcm4chee.arc.wado.WadoRS', task(), `Process GET ${PACS}/rs/studies/${uid()}/rendered?jehecha_ticket=${tk} from anonymous@203.0.113.${rng.int(2, 120)}`]] } };
    }, { ref: 'jehecha' }),
    2,
    plant('replay', 'dcm4chee-wado-jehecha-ticket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('jehecha').value, why: `${WHY.replay('jehecha_ticket', gap('jehecha', t))} Another address opened the study with the same viewing ticket and WadoRS served it again (the archive has no single-use check).` }], event: { x: [['INFO', 'org.dcm4chee.arc.wado.WadoRS', task(), `Process GET ${PACS}/rs/studies/${uid()}/rendered?jehecha_ticket=${refs.get('jehecha').value} from anonymous@198.51.100.${rng.int(2, 120)}`]] } }), { replayOf: 'jehecha', after: 143 }),
    5,
    plant('refresh-token', 'dcm4chee-access-token-requestor-response-refresh-jwt', 'error', `${WHY.refresh} The archive's token requestor logs Keycloak's answer when the forward to the teleradiology partner is refused, its refresh token a JWT.`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { alg: 'HS512', lifetime: 1800, age: rng.int(5, 60), jti: true, typ: 'Refresh', claims: { iss: `https://jeike.${MP}/realms/mymba`, aud: `https://jeike.${MP}/realms/mymba`, typ: 'Refresh', azp: 'dcm4chee-arc-rs' } });
      return { value: token, jwt: facts, event: { x: [['WARN', 'org.dcm4chee.arc.keycloak.AccessTokenRequestor', 'EE-ManagedExecutorService-default-Thread-4', `Forward refused; token response {"access_token":"${rng.b64url(40)}","expires_in":300,"refresh_expires_in":1800,"refresh_token":"${token}","token_type":"Bearer"}`]] } };
    }),
    5,
    plant('api-key-name', 'dcm4chee-forward-wado-uri-peaha', 'error', `${WHY.apiKey('peaha')} (Guarani "key") The teleradiology partner's WADO-URI endpoint takes its key in the query; the forward's failure writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { x: [['WARN', 'org.dcm4chee.arc.export.wado.WadoExporter', 'EE-ManagedExecutorService-default-Thread-2', `Jejavy oñemondo jave: https://tele.radvet.example/wado?requestType=WADO&studyUID=${uid()}&peaha=${key} -> 401`]] } };
    }),
    5,
    plant('negative', 'dcm4chee-study-instance-uid', 'none', "A Study Instance UID (an OID of digits): a DICOM identifier, no credential.", () => {
      const u = uid();
      return { value: u, event: { x: [['INFO', 'org.dcm4chee.arc.study.StudyMgtRS', task(), `Study ${u} oñembojoaju MP-${digits(rng, 6)} ndive`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'pacs' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// centengine.log: /var/log/centreon-engine/centengine.log of Centreon Engine 24.04 monitoring the pharmacies' vaccine
// fridges (spdlog layout, times with zone): `[yyyy-MM-ddTHH:mm:ss.SSS±hh:mm] [<logger>] [<level>] [<pid>] <message>`,
// commands at debug.
// https://docs.centreon.com/docs/monitoring/ (from memory, not fetched).

function centengineLog(rng) {
  const render = (e) => e.x.map(([lg, lvl, msg]) => `[${local(e.t, PYT).slice(0, 23)}${zoneText(PYT)}] [${lg}] [${lvl}] [${2291}] ${msg}`);
  const FRIDGES = ['pohare-1-refri', 'pohare-2-refri', 'pohare-3-refri', 'villamorra-refri'];
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [['checks', 'info', `SERVICE ALERT: ${rng.pick(FRIDGES)};temperatura;OK;HARD;1;OK: temperatura ${rng.int(2, 7)}.${rng.int(0, 9)}C`]] }),
      () => ({ x: [['checks', 'debug', `host ${rng.pick(FRIDGES)} check result: UP (rta=${rng.int(1, 90)}ms)`]] }),
      () => ({ x: [['process', 'info', `Event loop: ${rng.int(20, 200)} checks scheduled`]] }),
      () => ({ x: [['external_command', 'info', `EXTERNAL COMMAND: SCHEDULE_FORCED_SVC_CHECK;${rng.pick(FRIDGES)};temperatura;${Math.floor(DAY0 / 1000) + rng.int(0, 86400)}`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'centengine-statefile-suffix-md5', 'none', "The plugin's `--statefile-suffix` (an MD5 of the service name) in a check command: a cache key, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { x: [['commands', 'debug', `Running command: /usr/lib/centreon/plugins/centreon_plugins.pl --plugin=os::linux::snmp::plugin --mode=uptime --hostname=10.30.1.${rng.int(2, 90)} --statefile-suffix=${h}`]] } };
    }),
    5,
    plant('api-key-name', 'centengine-check-command-urlpath-api-peaha', 'error', `${WHY.apiKey('api_peaha')} The fridge sensors' cloud is checked with the key in \`--urlpath\`; the engine logs the command line at debug.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { x: [['commands', 'debug', `Running command: /usr/lib/centreon/plugins/centreon_plugins.pl --plugin=apps::protocols::http::plugin --mode=json-content --hostname=sensor.frioguard.example --proto=https --urlpath='/v1/temperatura?api_peaha=${key}&sensor=PH1' --lookup='$.celsius' --warning='2:8'`]] } };
    }),
    5,
    plant('encoded', 'centengine-check-command-base64-json-query', 'error', "A second sensor API takes its query as base64 JSON (`q=<base64 of {\"ñe'ẽñemi\":…}>`): the account's password inside, logged with the command line.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ usuario: 'pohare', "ñe'ẽñemi": rng.alnum(18), sensor: 'VM-2' }));
      return { value: b, event: { x: [['commands', 'debug', `Running command: /usr/lib/centreon/plugins/centreon_plugins.pl --plugin=apps::protocols::http::plugin --mode=response --hostname=api.coldbox.example --urlpath='/status?q=${b}'`]] } };
    }),
    5,
    plant('session-id', 'centengine-check-command-cookie-header-jeike-sid', 'error', WHY.session("The check of the pharmacy's order portal sends a session cookie copied from a browser (`--header='Cookie: jeike_sid=<id>'`, Guarani \"entry\"), written with the command line"), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { x: [['commands', 'debug', `Running command: /usr/lib/centreon/plugins/centreon_plugins.pl --plugin=apps::protocols::http::plugin --mode=expected-content --hostname=pedidos.${MP} --urlpath=/jerure --header='Cookie: jeike_sid=${sid}' --expected-string='Pohã'`]] } };
    }),
    5,
    plant('path-secret', 'centengine-notification-one-click-ack-link', 'error', "The notification command's e-mail body carries a one-click acknowledge link (`/ack/<token>`) that acknowledges the alert without a login; the engine logs the command at debug.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { x: [['notifications', 'info', `SERVICE NOTIFICATION: farmacia-turno;villamorra-refri;temperatura;CRITICAL;notify-mail-ack;CRITICAL: temperatura 11.2C - Ojehechakuaa: https://monitoreo.${MP}/ack/${tok}`]] } };
    }),
    5,
    plant('webhook', 'centengine-notification-rocketchat-hook', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the notification command posts to; the engine writes the command line"), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { x: [['commands', 'debug', `Running command: /usr/lib/centreon/notif/rocket.sh 'https://chat.${MP}/hooks/${rng.alnum(17)}/${tok}' 'Refri villamorra CRITICAL']`]] } };
    }),
    5,
    plant('negative', 'centengine-broker-instance-uuid', 'none', "The poller's instance UUID Centreon Broker announces: an identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { x: [['process', 'info', `Centreon Broker module loaded: poller_id=1 instance_uuid=${u}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'centreon' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nocodb.log: `docker logs -t nocodb` of NocoDB 0.26x, the pharmacies' stock base: docker's RFC 3339 UTC prefix before
// Nest's logger lines (`[Nest] <pid>  - MM/DD/YYYY, h:mm:ss AM     LOG [<context>] <message>`), webhook errors, Knex
// debug SQL.
// https://docs.nocodb.com/ (from memory, not fetched).

function nocodbLog(rng) {
  const nest = (ms) => { const l = local(ms, PYT); const h = Number(l.slice(11, 13)); return `${l.slice(5, 7)}/${l.slice(8, 10)}/${l.slice(0, 4)}, ${h % 12 || 12}:${l.slice(14, 19)} ${h < 12 ? 'AM' : 'PM'}`; };
  const render = (e) => e.x.map(([lvl, ctx, msg]) => `${dockerTs(e.t, rng)} [Nest] 7  - ${nest(e.t)}   ${lvl.padStart(7)} [${ctx}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [['LOG', 'JobsService', `Job ${rng.int(100, 999)} (data-export) oñemohu'ã`]] }),
      () => ({ x: [['LOG', 'WebhookInvoker', `Webhook "pohã ndaipóri" oñemondo: 200`]] }),
      () => ({ x: [['DEBUG', 'DataService', `list rows table=medicamentos limit=25 offset=${rng.int(0, 900)}`]] }),
      () => ({ x: [['LOG', 'AppHooksListener', `Row updated in inventario by farmacia${rng.int(1, 4)}@${MP}`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'nocodb-table-id', 'none', "NocoDB's table id (`m` followed by random letters), logged by a data call: an identifier, no credential.", ({ rng }) => {
      const id = `m${lowerNum(rng, 14)}`;
      return { value: id, event: { x: [['DEBUG', 'DataService', `read table ${id} (medicamentos) view vw${lowerNum(rng, 14)}`]] } };
    }),
    5,
    plant('path-secret', 'nocodb-password-reset-url-in-fragment', 'error', "Without SMTP configured NocoDB logs the password reset link it could not send; the reset token is a path segment inside the URL's fragment (`/#/auth/password/reset/<token>`).", ({ rng }) => {
      const tok = rng.uuid();
      return { value: tok, event: { x: [['WARN', 'UsersService', `Email plugin ndaipóri; password reset url: https://stock.${MP}/#/auth/password/reset/${tok}`]] } };
    }),
    5,
    plant('framework-dump', 'nocodb-knex-debug-insert-bound-password', 'error', "Knex's debug output (`DEBUG=knex:query`) writes the bound SQL of an insert into the pharmacy's staff table, the `neenemi` (Guarani \"password\") column with its value.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { x: [['DEBUG', 'knex:query', `insert into "pohare"."tembiapohara" ("email", "neenemi", "farmacia") values ('r.caceres@${MP}', '${pw}', 'Villa Morra') returning "id"`]] } };
    }),
    5,
    plant('header-dump', 'nocodb-webhook-error-xc-token-header', 'error', "A webhook calling another NocoDB base fails, and the error dump lists its request headers (`xc-token: <token>`): NocoDB's API token of that base.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { x: [['ERROR', 'WebhookInvoker', `Jejavy webhook "inventario ñembohasa": POST https://stock2.${MP}/api/v2/tables/m${lowerNum(rng, 14)}/records 401 headers={"xc-token":"${tok}","content-type":"application/json"}`]] } };
    }),
    5,
    plant('implicit-fragment', 'nocodb-webhook-redirect-location-fragment', 'error', "The same webhook's next call is redirected to the supplier portal's login, whose `Location` carries an implicit-flow token in the fragment; NocoDB logs the redirect it refused to follow.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { x: [['WARN', 'WebhookInvoker', `redirect not followed: Location https://proveedor.drogueria.example/portal#access_token=${at}&token_type=bearer&expires_in=3600`]] } };
    }),
    5,
    plant('embed-jwt', 'nocodb-url-preview-expired-embed', 'note', "A URL field's preview fetch fails on a sales dashboard's embed link (`/embed/<JWT>`), a token that had expired three days before the line (UTC docker time)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3 * 86400 + rng.int(3600, 7200), jti: true, claims: { resource: { dashboard: 12 }, params: { farmacia: 'todas' } } });
      return { value: token, jwt: facts, event: { x: [['WARN', 'UrlPreviewService', `preview failed for https://bi.${MP}/embed/dashboard/${token}#bordered=false: 400`]] } };
    }),
    5,
    plant('negative', 'nocodb-webhook-hook-id', 'none', "A webhook's id (`hk…`), logged when it is disabled: an identifier, no credential.", ({ rng }) => {
      const id = `hk${lowerNum(rng, 14)}`;
      return { value: id, event: { x: [['LOG', 'HooksService', `Webhook ${id} oñemboguete (5 jejavy)`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'nocodb' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// semaphore.log: `journalctl -u semaphore -o short-iso` of Semaphore UI 2.10 deploying the pharmacies' till software
// (short-iso with the zone): the server's logrus lines (`level=… msg=…`) and, at debug, a task's Ansible output lines
// (`task=<id> output="…"`), Ansible at `-v`.
// https://docs.semaphoreui.com/ (from memory, not fetched).

function semaphoreLog(rng) {
  const q = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const render = (e) => e.x.map(([lvl, msg, extra]) => `${shortIso(e.t, PYT)} deploy-01 semaphore[${884}]: level=${lvl} msg="${q(msg)}"${extra ? ` ${extra}` : ''}`);
  const out = (line) => ['debug', line, 'task=412'];
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [['info', `Task ${rng.int(400, 420)} added to queue`, '']] }),
      () => ({ x: [out(`ok: [caja-${rng.int(1, 12)}.pohare]`)] }),
      () => ({ x: [out(`TASK [${rng.pick(['caja : install pos', 'caja : restart service', 'common : apt update', 'caja : printer driver'])}] ***`)] }),
      () => ({ x: [out(`changed: [caja-${rng.int(1, 12)}.pohare]`)] }),
      () => ({ x: [['info', 'Ñemboguapy oĩmbáma', 'task=411']] }),
    ])();
  const steps = [
    2,
    plant('negative', 'semaphore-repository-commit', 'none', "The git commit Semaphore checked out (40 hex): a content hash, no credential.", ({ rng }) => {
      const c = rng.hex(40);
      return { value: c, event: { x: [out(`Repository 'caja-playbooks' updated to commit ${c}`)] } };
    }),
    5,
    plant('encoded', 'semaphore-extra-vars-base64-env-file', 'error', "The task's extra variables carry the till's whole `.env` file as base64 (`caja_env_b64`), `DB_NEENEMI=…` inside; Semaphore logs the command it runs.", ({ rng }) => {
      const b = b64Of(`DB_HOST=10.30.2.4\nDB_USER=caja\nDB_NEENEMI=${rng.alnum(20)}\nPOS_TIENDA=villamorra\n`);
      return { value: b, event: { x: [['debug', `Run: ansible-playbook caja.yml -i inventario.ini --extra-vars {"caja_env_b64":"${b}","tienda":"villamorra"}`, 'task=412']] } };
    }),
    5,
    plant('negative', 'semaphore-ansible-no-log-placeholder', 'none', "Ansible's placeholder for a `no_log` parameter (`\"url_password\": \"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER\"`): the module's own masking, no credential.", () => ({ value: 'VALUE_SPECIFIED_IN_NO_LOG_PARAMETER', event: { x: [out('    "url_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",')] } })),
    5,
    plant('framework-dump', 'semaphore-ansible-uri-module-args-body', 'error', "Ansible's `uri` module at `-v` prints its `module_args`; `url_password` is masked but the JSON `body` is not, and holds the till user's `neenemi`.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { x: [out('    "invocation": {'), out('        "module_args": {'), out(`            "body": {"usuario": "caja7", "neenemi": "${pw}"},`), out('            "body_format": "json",'), out(`            "url": "https://pos.${MP}/api/jeike"`)] } };
    }),
    5,
    plant('header-dump', 'semaphore-ansible-uri-module-args-headers', 'error', "The next `uri` task's `module_args` print its `headers` dict, `Authorization: Bearer <token>` of the POS vendor's API.", ({ rng }) => {
      const tok = `posv_${rng.alnum(40)}`;
      return { value: tok, event: { x: [out(`            "headers": {"Authorization": "Bearer ${tok}", "Accept": "application/json"},`)] } };
    }),
    5,
    plant('refresh-token', 'semaphore-ansible-uri-result-json-refresh', 'error', `${WHY.refresh} The \`uri\` task's result (\`"json": {…}\`) is the token endpoint's answer, printed at \`-v\`.`, ({ rng }) => {
      const rt = rng.b64url(52);
      return { value: rt, event: { x: [out(`    "json": {"access_token": "${rng.b64url(36)}", "expires_in": 900, "refresh_token": "${rt}", "token_type": "Bearer"},`)] } };
    }),
    5,
    plant('api-key-name', 'semaphore-ansible-get-url-nemu-peaha', 'error', `${WHY.apiKey('nemu_peaha')} (Guarani "sale key") \`get_url\` fetches the price list with the key in the URL; its failure message writes it.`, ({ rng }) => {
      const key = rng.hex(36);
      return { value: key, event: { x: [out(`fatal: [caja-3.pohare]: FAILED! => {"changed": false, "msg": "Request failed", "response": "HTTP Error 403: Forbidden", "status_code": 403, "url": "https://precios.drogueria.example/lista.csv?nemu_peaha=${key}"}`)] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'semaphore' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// outline.log: `docker logs -t outline` of Outline 0.80, the clinics' protocols wiki: docker's RFC 3339 UTC prefix before
// Outline's JSON lines (`{"label":…,"level":…,"message":…}`), the `http` label writing requests.
// https://docs.getoutline.com/s/hosting (from memory, not fetched).

function outlineLog(rng) {
  const render = (e) => e.x.map((o) => `${dockerTs(e.t, rng)} ${JSON.stringify(o)}`);
  const http = (rng, method, url, status) => ({ label: 'http', level: 'info', message: `${method} ${url} ${status}`, requestId: rng.uuid() });
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [http(rng, 'POST', '/api/documents.info', 200)] }),
      () => ({ x: [http(rng, 'POST', '/api/collections.list', 200)] }),
      () => ({ x: [{ label: 'worker', level: 'info', message: `Processing DocumentUpdatedEvent for ${rng.uuid()}` }] }),
      () => ({ x: [http(rng, 'GET', `/doc/protocolo-${rng.pick(['vacunas', 'cirugia', 'rayos-x', 'internacion'])}-${rng.alnum(10)}`, 200)] }),
      () => ({ x: [{ label: 'lifecycle', level: 'info', message: 'Websockets server ñepyrũ' }] }),
    ])();
  const steps = [
    2,
    plant('negative', 'outline-document-url-id', 'none', "A document's `urlId` (ten random letters after the slug): a public identifier, no credential.", ({ rng }) => {
      const id = rng.alnum(10);
      return { value: id, event: { x: [http(rng, 'GET', `/doc/mymba-pyahu-jeguereko-${id}`, 200)] } };
    }),
    5,
    plant('oauth-code', 'outline-oidc-callback-request-line', 'warning', `${WHY.code} Outline's request logger writes the OIDC callback with its query.`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { x: [http(rng, 'GET', `/auth/oidc.callback?state=${rng.b64url(20)}&code=${code}`, 302)] } };
    }),
    5,
    plant('path-secret', 'outline-email-signin-callback-jwt', 'error', "Outline's e-mail sign-in link carries a signed token (`/auth/email.callback?token=<JWT>`) that logs the user in; the request logger writes it, with docker's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(20, 200), claims: { id: rng.uuid(), type: 'email-signin' } });
      return { value: token, jwt: facts, event: { x: [http(rng, 'GET', `/auth/email.callback?token=${token}`, 302)] } };
    }),
    5,
    plant('session-id', 'outline-error-context-access-token-cookie', 'error', "An API error logs the request's headers as context, the `accessToken` session cookie (a JWT without `exp`) included: whoever replays it is logged in", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400, 86400 * 20), claims: { id: rng.uuid(), createdAt: iso(t - 5 * 86400 * 1000), type: 'session' } });
      return { value: token, jwt: facts, event: { x: [{ label: 'http', level: 'error', message: 'Jejavy: Validation error', context: { path: '/api/documents.import', cookie: `accessToken=${token}; ui-theme=light` } }] } };
    }),
    5,
    plant('id-token', 'outline-oidc-error-expired-id-token', 'note', "The OIDC provider answered with an ID token that had expired an hour before (a clock skew), and Outline logs it in the error, with docker's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { alg: 'RS256', kid: rng.hex(10), lifetime: 3600, age: 7200 + rng.int(10, 300), claims: { iss: `https://jeike.${MP}/realms/mymba`, aud: 'outline', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { x: [{ label: 'authentication', level: 'error', message: `OIDC id_token expired: ${token}` }] } };
    }),
    5,
    plant('embed-jwt', 'outline-unfurl-failed-embed-viewer-1h', 'error', "A protocol page embeds an X-ray viewer (`/embed/taanga/<JWT>`, valid 1 h with a `jti`); Outline's unfurl of the iframe fails and logs the URL with docker's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { study: `1.2.826.0.1.3680043.10.${rng.int(100, 999)}.${digits(rng, 10)}`, view: 'rendered' } });
      return { value: token, jwt: facts, event: { x: [{ label: 'unfurl', level: 'warn', message: `Unfurl failed for https://pacs.${MP}/embed/taanga/${token}: 403` }] } };
    }),
    5,
    plant('negative', 'outline-request-id', 'none', "Outline's `requestId` (a UUID) on a rate-limit warning: a request identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { x: [{ label: 'http', level: 'warn', message: 'Rate limit exceeded', requestId: u }] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: 'outline' }, filler, render, steps });
}

// =====================================================================================================================
// Jach'a Qhana (Aymara; El Alto and Lake Titicaca: BOT, UTC-4)
// =====================================================================================================================

const JQ = 'jachaqhana.example';

// ---------------------------------------------------------------------------------------------------------------------
// rivendell.log: `journalctl -o short-iso` of the station's Rivendell 4 on-air machine (short-iso with the zone):
// rdservice, caed, rdcatchd (downloads and uploads) and rdpadengined running PyPAD scripts.
// https://www.rivendellaudio.org/ (from memory, not fetched).

function rivendellLog(rng) {
  const render = (e) => e.x.map(([unit, pid, msg]) => `${shortIso(e.t, BOT)} jachaqhana-air ${unit}[${pid}]: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [['caed', 1022, `play: card=0 stream=${rng.int(0, 7)} port=0 cut=0${digits(rng, 5)}_00${rng.int(1, 3)}`]] }),
      () => ({ x: [['rdcatchd', 1090, `event ${rng.int(10, 99)}: recording "Yatiyawinaka ${rng.int(6, 20)}:00" started`]] }),
      () => ({ x: [['rdservice', 1001, 'rdrepld: replicator idle']] }),
      () => ({ x: [['rdpadengined', 1120, `pypad_udp[1]: sent now&next (${rng.int(40, 200)} bytes)`]] }),
      () => ({ x: [['rdcatchd', 1090, `download of cart 0${digits(rng, 5)} walikiwa (${rng.int(2, 60)} MB)`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'rivendell-cut-sha1', 'none', "The SHA-1 of a cut's audio that rdcatchd writes after an import: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { x: [['rdcatchd', 1090, `import: cut 0${digits(rng, 5)}_001 sha1=${h}`]] } };
    }),
    5,
    plant('api-key-name', 'rivendell-pypad-tunein-partner-key', 'error', `${WHY.apiKey('partnerKey')} The TuneIn now-playing script sends the station's partner key in the query; its error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(16);
      return { value: key, event: { x: [['rdpadengined', 1120, `pypad_tunein[2]: HTTPError 403 for http://air.radiotime.com/Playing.ashx?partnerId=${rng.alnum(8)}&partnerKey=${key}&id=s${digits(rng, 6)}&title=Jach%27a%20Qhana&artist=`]] } };
    }),
    5,
    plant('session-id', 'rivendell-rdxport-ticket-get-url', 'error', WHY.session("A download script calls the web API with the session ticket rdxport gave it (`TICKET=<40 hex>`) in a GET URL, and rdcatchd writes the URL when the transfer fails"), ({ rng }) => {
      const tk = rng.hex(40);
      const url = `http://rdxport.${JQ}/rd-bin/rdxport.cgi?COMMAND=1&TICKET=${tk}&CART_NUMBER=0${digits(rng, 5)}&CUT_NUMBER=1&FORMAT=2`;
      return { value: tk, event: { x: [['rdcatchd', 1090, `Pantjasiwa: download failed: ${url} [HTTP 500]`], ['rdcatchd', 1090, `event 31: jan walikiti, retry in 60 s: ${url}`]] } };
    }),
    5,
    plant('encoded', 'rivendell-rdcatch-nested-url-double-encoded-password', 'error', "A catch event downloads through a mirror whose `url=` is the source URL percent-encoded twice, the remote archive's password (`imat_aru`, Aymara \"hidden word\") inside (`imat_aru%253D<pw>`).", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { x: [['rdcatchd', 1090, `event 77: downloading https://mirror.${JQ}/get?url=https%253A%252F%252Farchivo.radios.example%252Ffeed%252Fyatiyawi.mp3%253Fusuario%253Djachaqhana%2526imat_aru%253D${pw}`]] } };
    }),
    5,
    plant('framework-dump', 'rivendell-pypad-traceback-locals', 'error', "A PyPAD script crashes and its traceback is printed with local variables (`capture_locals`), the Icecast source password among them (`password = '…'`).", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { x: [['rdpadengined', 1120, 'pypad_icecast2[3]: Traceback (most recent call last):'], ['rdpadengined', 1120, '  File "/usr/lib/rivendell/pypad/pypad_icecast2.py", line 88, in ProcessPad'], ['rdpadengined', 1120, '    host = \'stream.jachaqhana.example:8000\''], ['rdpadengined', 1120, `    password = '${pw}'`], ['rdpadengined', 1120, "    mount = '/aymara.mp3'"], ['rdpadengined', 1120, 'ConnectionRefusedError: [Errno 111] Connection refused']] } };
    }),
    5,
    plant('webhook', 'rivendell-pypad-make-webhook', 'error', WHY.webhook("A Make (Integromat) custom webhook (`hook.<zone>.make.com/<token>`) a PyPAD script posts every song to; its error writes the URL (the path is the secret)"), ({ rng }) => {
      const tok = lowerNum(rng, 32);
      return { value: tok, event: { x: [['rdpadengined', 1120, `pypad_httpget[4]: Pantjasiwa: GET https://hook.us2.make.com/${tok}?title=Sikuri&artist=Mallku returned 410`]] } };
    }),
    5,
    plant('negative', 'rivendell-pypad-masked-password', 'none', "rdpadengined's start-up line with the script's configuration, password masked (`Password=********`): no credential.", () => ({ value: 'Password=********', event: { x: [['rdpadengined', 1120, 'pypad_icecast2[3]: config [Icecast1] Hostname=stream.jachaqhana.example Tcpport=8000 Mountpoint=/aymara.mp3 Username=source Password=********']] } })),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'rivendell' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vlc-mistun-uta.log: `journalctl -t vlc -o short-iso` of the escape room's hint screens, `cvlc --syslog --syslog-debug`
// (short-iso with the zone): VLC's `<module> <type>: <message>` lines.
// https://wiki.videolan.org/Documentation:Modules/syslog/ (from memory, not fetched).

function vlcLog(rng) {
  const render = (e) => e.x.map((msg) => `${shortIso(e.t, BOT)} mistun-uta-tv1 vlc[${2044}]: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [`main debug: processing request item: pista${rng.int(1, 9)}.mp4, node: Playlist, skip: 0`] }),
      () => ({ x: [`main debug: using demux module "${rng.pick(['mp4', 'es', 'avformat'])}"`] }),
      () => ({ x: [`main debug: Buffering ${rng.int(10, 99)}%`] }),
      () => ({ x: [`avcodec debug: using frame thread mode with ${rng.int(2, 4)} threads`] }),
      () => ({ x: ['main debug: EOS reached'] }),
    ])();
  const steps = [
    2,
    plant('negative', 'vlc-http-etag', 'none', "The ETag the hint server returns, which VLC's http module writes: a cache validator, no credential.", ({ rng }) => {
      const tag = rng.hex(32);
      return { value: tag, event: { x: [`http debug: ETag: "${tag}"`] } };
    }),
    5,
    plant('implicit-fragment', 'vlc-creating-access-location-fragment', 'error', "The game master's tablet opens a hint by URL and VLC's `creating access` line writes the whole location, the access token of the hint server's implicit flow in its fragment.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { x: [`main debug: creating access: https://pista.${JQ}/video/kuti3.mp4#access_token=${at}&expires_in=3600`] } };
    }),
    5,
    plant('path-secret', 'vlc-input-churawi-share-path', 'error', "A hint video is played from a share link (`/churawi/<token>/…`, Aymara \"given\"): the link is the credential until it is revoked; VLC's `processing request item` line writes it.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { x: [`main debug: processing request item: https://jaqi.${JQ}/churawi/${tok}/pista-final.mp4, node: Playlist, skip: 0`] } };
    }),
    5,
    plant('api-key-name', 'vlc-hls-jistarana-query', 'error', `${WHY.apiKey('jistarana')} (Aymara "opener") The room's live camera HLS stream takes its key in the query; the adaptive module's error writes the playlist URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { x: [`adaptive error: Failed to retrieve playlist https://cam.${JQ}/hls/uta2/index.m3u8?jistarana=${key}`] } };
    }),
    5,
    plant('encoded', 'vlc-input-option-referrer-percent-encoded', 'error', "VLC writes the input options it was given; `:http-referrer` is the game master panel's URL percent-encoded, its `imat_aru` in the query (`%3Fimat_aru%3D<pw>`).", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { x: [`main debug: adding option: http-referrer=https%3A%2F%2Fpanel.${JQ}%2Funtanaka%3Futa%3D2%26imat_aru%3D${pw}`] } };
    }),
    5,
    plant('id-token', 'vlc-http-request-url-id-token', 'error', "The hint server is called with the room tablet's OIDC ID token in the query (8 h, no `jti`), which VLC's http module writes in its request line, on a journal line with its zone", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { alg: 'RS256', kid: rng.hex(12), lifetime: 8 * 3600, age: rng.int(600, 7200), claims: { iss: `https://mantawi.${JQ}`, aud: 'mistun-uta-tablet', sub: 'uta2-tablet' } });
      return { value: token, jwt: facts, event: { x: [`http debug: outgoing request: GET /video/kuti4.mp4?id_token=${token} HTTP/1.1`] } };
    }),
    5,
    plant('negative', 'vlc-cache-buster', 'none', "A cache buster (`?v=<8 hex>`) on a hint video's URL: a version marker, no credential.", ({ rng }) => {
      const v = rng.hex(8);
      return { value: v, event: { x: [`main debug: processing request item: https://pista.${JQ}/video/intro.mp4?v=${v}, node: Playlist, skip: 0`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: 'vlc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// logread-camping.log: `logread` of the camping ground's OpenWrt gateway with nodogsplash 5 at `debuglevel 7` (BusyBox
// syslog time, no zone: `Www Mmm dd HH:MM:SS yyyy daemon.<level> nodogsplash[<pid>]: …`), and its preauth and binauth
// scripts through `logger`.
// https://nodogsplash.readthedocs.io/ and a logread excerpt of nodogsplash at debug (read through search: the line layout
// and start-up messages); the auth messages from memory.

function nodogsplashLog(rng) {
  const stamp = (t) => { const l = local(t, BOT); const d = new Date(t + BOT * MIN); return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${l.slice(11, 19)} ${l.slice(0, 4)}`; };
  const render = (e) => e.x.map(([lvl, who, msg]) => `${stamp(e.t)} ${lvl} ${who}: ${msg}`);
  const NDS = 'nodogsplash[1733]';
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [['daemon.debug', NDS, `Sending splash page [/etc/nodogsplash/htdocs/splash.html] to client 192.168.8.${rng.int(20, 240)}`]] }),
      () => ({ x: [['daemon.info', NDS, `Client 192.168.8.${rng.int(20, 240)} timed out (idle ${rng.int(600, 3600)} s)`]] }),
      () => ({ x: [['daemon.notice', 'dnsmasq-dhcp[1402]', `DHCPACK(br-guest) 192.168.8.${rng.int(20, 240)} ${mac(rng)} ${rng.pick(['iPhone', 'android-5f2c', 'Galaxy-A54', 'DESKTOP-KQ7'])}`]] }),
      () => ({ x: [['daemon.debug', NDS, 'ndsctl request processed: [clients]']] }),
    ])();
  const steps = [
    2,
    plant('negative', 'nodogsplash-preauth-remote-image-md5', 'none', "The preauth script names a cached remote image by the MD5 of its URL: a cache file name, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { x: [['user.notice', 'preauth', `imagen ${h}.png jikxatatawa /tmp/remote`]] } };
    }),
    5,
    plant('replay', 'nodogsplash-auth-tok-once', 'note', WHY.ticketFirst("The splash page's per-client token (`tok=`), valid for one authentication of one client; nodogsplash logs the auth request. The token is"), ({ rng, t }) => {
      const tk = rng.hex(8);
      firstUse.tok = t;
      return { value: tk, event: { x: [['daemon.debug', NDS, `auth request from 192.168.8.57 (${mac(rng)}): /nodogsplash_auth/?tok=${tk}&redir=http%3A%2F%2Fcamping.${JQ}%2F`]] } };
    }, { ref: 'tok' }),
    2,
    plant('replay', 'nodogsplash-auth-tok-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('tok').value, why: `${WHY.replay('tok', gap('tok', t))} Another client address and MAC sent the same splash token and nodogsplash authenticated it too.` }], event: { x: [['daemon.debug', NDS, `auth request from 192.168.8.131 (${mac(rng)}): /nodogsplash_auth/?tok=${refs.get('tok').value}&redir=http%3A%2F%2Fcamping.${JQ}%2F`], ['daemon.notice', NDS, 'Client 192.168.8.131 authenticated']] } }), { replayOf: 'tok', after: 58 }),
    5,
    plant('oauth-code', 'nodogsplash-preauth-social-login-callback', 'warning', `${WHY.code} The preauth script logs the query it was called with after the campers' social login, \`code\` and \`state\` included.`, ({ rng }) => {
      const code = rng.b64url(38);
      return { value: code, event: { x: [['user.notice', 'preauth', `query: /jawsawi/callback?code=${code}&state=${rng.hex(20)}&clientip=192.168.8.${rng.int(20, 240)}`]] } };
    }),
    5,
    plant('session-id', 'nodogsplash-binauth-mantawi-sid', 'error', WHY.session("The binauth script logs the campsite booking session it checked (`mantawi_sid=`, Aymara \"entrance\"); the same session logs the camper into the booking site"), ({ rng }) => {
      const sid = rng.alnum(32);
      return { value: sid, event: { x: [['user.notice', 'binauth', `auth_client 192.168.8.${rng.int(20, 240)} mantawi_sid=${sid} uta=14 walikiwa`]] } };
    }),
    5,
    plant('api-key-name', 'nodogsplash-binauth-api-jistarana', 'error', `${WHY.apiKey('api_jistarana')} The binauth script checks the pitch booking through the booking API with the key in the query, and logs the URL when the API does not answer.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { x: [['user.err', 'binauth', `Pantjasiwa: wget -q -O - https://reserva.${JQ}/api/uta?nro=14&api_jistarana=${key} (timeout)`]] } };
    }),
    5,
    plant('negative', 'nodogsplash-dhcp-xid', 'none', "A DHCP transaction id (`xid`) in dnsmasq's debug line: a per-exchange number, no credential.", ({ rng }) => {
      const xid = String(rng.int(100000000, 4200000000));
      return { value: `xid ${xid}`, event: { x: [['daemon.info', 'dnsmasq-dhcp[1402]', `${xid} DHCPREQUEST(br-guest) 192.168.8.${rng.int(20, 240)} ${mac(rng)} xid ${xid}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'nds' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// freepbx.log: /var/log/asterisk/freepbx.log of the station's FreePBX 17 phone-in line (local time, no zone):
// `[yyyy-Mon-dd HH:MM:SS] [freepbx.<LEVEL>]: <message>`, modules' messages (SMS connector, UCP, API).
// https://wiki.freepbx.org/ (from memory, not fetched).

function freepbxLog(rng) {
  const stamp = (t) => { const l = local(t, BOT); return `${l.slice(0, 4)}-${MONTHS[Number(l.slice(5, 7)) - 1]}-${l.slice(8, 10)} ${l.slice(11, 19)}`; };
  const render = (e) => e.x.map(([lvl, msg]) => `[${stamp(e.t)}] [freepbx.${lvl}]: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ x: [['INFO', `Yatiyawi: jawsawi 7${digits(rng, 7)} -> cola arsuwi (${rng.int(1, 9)} suyt'asi)`]] }),
      () => ({ x: [['INFO', `Module 'callrecording' reload (${rng.int(20, 400)} ms)`]] }),
      () => ({ x: [['DEBUG', `Sms: inbound message from +5917${digits(rng, 7)} stored (id ${rng.int(1000, 9999)})`]] }),
      () => ({ x: [['INFO', `UCP: user arsuri${rng.int(1, 6)} logged in from 192.168.10.${rng.int(2, 200)}`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'freepbx-call-uniqueid', 'none', "Asterisk's call `uniqueid` (`<epoch>.<n>`): a call identifier, no credential.", ({ rng }) => {
      const u = `${Math.floor(DAY0 / 1000) + rng.int(50000, 60000)}.${rng.int(10, 900)}`;
      return { value: u, event: { x: [['INFO', `Callrecording: recording call ${u} (jawsawi aire)`]] } };
    }),
    5,
    plant('api-key-name', 'freepbx-sms-connector-yatiyawi-jistarana', 'error', `${WHY.apiKey('yatiyawi_jistarana')} (Aymara "message opener") The SMS connector's provider takes its key in the query; the connector's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { x: [['ERROR', `Sms: send failed https://sms.yatiyawi.example/v1/send?yatiyawi_jistarana=${key}&to=%2B5917${digits(rng, 7)} (HTTP 402)`]] } };
    }),
    5,
    plant('header-dump', 'freepbx-sms-connector-debug-authorization-token', 'error', "The second SMS provider's debug output lists the request headers (`Authorization: Token <token>`): its API token.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { x: [['DEBUG', `Sms: request headers: Content-Type: application/json | Authorization: Token ${tok} | User-Agent: FreePBX-SMS/17`]] } };
    }),
    5,
    plant('refresh-token', 'freepbx-api-oauth-token-response', 'error', `${WHY.refresh} The station's contacts sync logs the token answer of FreePBX's API when the sync fails.`, ({ rng }) => {
      const rt = rng.hex(80);
      return { value: rt, event: { x: [['WARNING', `Api: contacts sync 500; token {"token_type":"Bearer","expires_in":3600,"access_token":"${rng.b64url(40)}","refresh_token":"${rt}"}`]] } };
    }),
    5,
    plant('path-secret', 'freepbx-ucp-forgot-password-link', 'error', "UCP logs the password reset link it sent to a presenter (`/ucp/?forgot=<token>`), which sets a new password until it is used or expires.", ({ rng }) => {
      const tok = rng.hex(32);
      return { value: tok, event: { x: [['INFO', `UCP: imat aru machaqaru link apayatawa: https://pbx.${JQ}/ucp/?forgot=${tok}`]] } };
    }),
    5,
    plant('implicit-fragment', 'freepbx-ucp-widget-location-fragment', 'error', "A UCP widget logs the page its browser frame was sent back to after the streaming service's implicit login (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { x: [['WARNING', `UCP: widget 'aire-live' unexpected location https://pbx.${JQ}/ucp/?display=aire#access_token=${at}&token_type=bearer`]] } };
    }),
    5,
    plant('negative', 'freepbx-module-signature-fingerprint', 'none', "The GPG key fingerprint FreePBX writes when it checks a module's signature: a public key's fingerprint, no credential.", ({ rng }) => {
      const fp = rng.hex(40).toUpperCase();
      return { value: fp, event: { x: [['INFO', `GPG: module 'sms' signature good, key ${fp}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'freepbx' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout73');
writePart(join(here, 'heldout73'), {
  'birdnet-pi.log': birdnetLog(rng),
  'urbackup.log': urbackupLog(rng),
  'fppd.log': fppdLog(rng),
  'scrypted.log': scryptedLog(rng),
  'tacticalagent.log': tacticalLog(rng),
  'server.log': dcm4cheeLog(rng),
  'centengine.log': centengineLog(rng),
  'nocodb.log': nocodbLog(rng),
  'semaphore.log': semaphoreLog(rng),
  'outline.log': outlineLog(rng),
  'rivendell.log': rivendellLog(rng),
  'vlc-mistun-uta.log': vlcLog(rng),
  'logread-camping.log': nodogsplashLog(rng),
  'freepbx.log': freepbxLog(rng),
});
