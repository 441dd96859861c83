// Writes corpus/logs-in-the-wild/heldout94/: a ninety-fourth held-out part, in formats no other part uses (gallery-dl's
// verbose output, a Deluge 2 daemon log, a SABnzbd log, Jackett's log.txt, s3cmd --debug run by cron under `set -x`,
// Telegram Desktop's log.txt, a MyBB error.log, a Hunchentoot server's access and message log in one file, a Friendica
// log, a Keenetic router's system log, ShareX's debug log, DatoCMS webhook calls read from its API, an Invidious log and
// Duplicacy's backup log), with credentials planted in realistic places and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout94.mjs     rewrites heldout94/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Calder Valley Film Society of Hebden Bridge (West Yorkshire), which archives and screens
// public-domain films with a media box (gallery-dl, Deluge, SABnzbd, Jackett) and backs it up with s3cmd (English, five
// logs); the Чӑваш кӗнеке кооперативӗ (Chuvash Book Cooperative) of Шупашкар (Cheboksary), with a Telegram channel, a
// MyBB forum, a dictionary site on Hunchentoot, a Friendica node and a Keenetic router (Chuvash in Cyrillic where the apps
// show text, transliterated in routes, parameter, cookie and key names, five logs); the Koom Haum Hmoob Ua Liaj Ua Teb, a
// Hmong farmers' cooperative of Saint Paul (Minnesota), with ShareX on the office PC, a DatoCMS site, an Invidious
// instance for Hmong videos and Duplicacy backups (Hmong in RPA, four logs). Standard names (OAuth's, vendors') stay as
// their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { HOUR, iso, local, lowerNum, MONTHS, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'Radarr/5.26.2.10099 (ubuntu 24.04)', 'Go-http-client/2.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** West Yorkshire in November (GMT, UTC+0), Chuvashia (MSK, UTC+3 all year), Minnesota in December (CST, UTC-6). */
const GMT = 0;
const MSK = 180;
const CST = -360;
const DAY_EN = Date.UTC(2027, 10, 15, 0, 0, 0);
const DAY_CV = Date.UTC(2027, 10, 23, 0, 0, 0);
const DAY_HM = Date.UTC(2027, 11, 3, 0, 0, 0);

const hmsAt = (t, offset) => local(t, offset).slice(11, 19);
const msAt = (t, offset) => local(t, offset).slice(20, 23);
/** Python logging's `yyyy-mm-dd hh:mm:ss,mmm`. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${msAt(t, offset)}`;
const out = (...lines) => ({ out: lines.flat() });
const render = (e) => e.out;
const alnum = (rng, n) => rng.alnum(n);

// =====================================================================================================================
// Calder Valley Film Society (English; Hebden Bridge, West Yorkshire: GMT)
// =====================================================================================================================

const CV = 'caldervalleyfilm.example';

// ---------------------------------------------------------------------------------------------------------------------
// gallery-dl-posters.log: gallery-dl 1.28 run with `--verbose` by the society's poster-archive script, stderr appended
// to a file: `[<logger>][<level>] <message>` (gallery-dl's own loggers and urllib3's `connectionpool` debug line with
// the request line), the paths of downloaded files on stdout, and the `oauth:deviantart` helper's output. No time.
// Layout from memory (not fetched).

function galleryDlLog(rng) {
  const filler = (rng) =>
    rng.pick([
      () => out(`./gallery-dl/danbooru/danbooru_${rng.int(4000000, 9000000)}_${rng.hex(32)}.jpg`),
      () =>
        out(
          `[urllib3.connectionpool][debug] https://danbooru.donmai.us:443 "GET /posts.json?tags=film_poster+1920s&limit=200&page=${rng.int(2, 9)} HTTP/1.1" 200 None`,
        ),
      () => out(`[danbooru][debug] Using DanbooruTagExtractor for 'https://danbooru.donmai.us/posts?tags=film_poster+1920s'`),
      () => out(`# ./gallery-dl/danbooru/danbooru_${rng.int(4000000, 9000000)}_${rng.hex(32)}.png`),
    ])();
  const steps = [
    {
      raw: out(
        '[gallery-dl][debug] Version 1.28.4',
        '[gallery-dl][debug] Python 3.12.3 - Linux-6.8.0-88-generic-x86_64-with-glibc2.39',
        '[gallery-dl][debug] requests 2.32.5 - urllib3 2.5.0',
        "[gallery-dl][debug] Configuration Files ['/home/cvfs/.config/gallery-dl/config.json']",
      ),
      after: 0,
    },
    plant(
      'api-key-name',
      'gallery-dl-urllib3-danbooru-api-key',
      'error',
      "The archive script passes the society's Danbooru login on the command line (`-o api-key=…`), the extractor sends it as `api_key` in every query, and urllib3's debug line writes the request line. " +
        WHY.apiKey('api_key'),
      ({ rng }) => {
        const k = alnum(rng, 24);
        return {
          value: k,
          event: out(
            `[urllib3.connectionpool][debug] https://danbooru.donmai.us:443 "GET /posts.json?tags=film_poster+1920s&limit=200&page=1&login=cvfs_archive&api_key=${k} HTTP/1.1" 200 None`,
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'gallery-dl-danbooru-file-md5',
      'none',
      "A downloaded file's name in gallery-dl's default format for Danbooru, `danbooru_<post id>_<md5>`: the MD5 of the image, a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: out(`./gallery-dl/danbooru/danbooru_${rng.int(4000000, 9000000)}_${h}.jpg`) };
      },
    ),
    3,
    plant(
      'path-secret',
      'gallery-dl-directlink-seafile-share',
      'error',
      WHY.pathSecret(
        "A Seafile share link of the society's scanned lobby cards (`/f/<20 hex>/?dl=1`) handed to gallery-dl's directlink extractor and written in `Starting DownloadJob for '…'`",
      ),
      ({ rng }) => {
        const tk = rng.hex(20);
        return {
          value: tk,
          event: out(
            `[gallery-dl][debug] Starting DownloadJob for 'https://files.${CV}/f/${tk}/?dl=1'`,
            '[directlink][debug] Using DirectlinkExtractor',
          ),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'gallery-dl-redirector-base64-access-key',
      'error',
      "A poster site's outbound link (`/out?u=<base64>`) given to gallery-dl; decoded, the target is the scan archive's TIFF with `access_key=` in its query, the key of the society's account.",
      ({ rng }) => {
        const u = b64Of(`https://scans.filmheritage.example/dl/poster-nosferatu-1922.tif?access_key=${rng.hex(32)}`);
        return { value: u, event: out(`[gallery-dl][debug] Starting DownloadJob for 'https://posterbank.example/out?u=${u}'`) };
      },
    ),
    2,
    plant(
      'negative',
      'gallery-dl-oauth-authorize-state',
      'none',
      "The authorization URL `gallery-dl oauth:deviantart` prints for the browser: `state` is a random value gallery-dl checks on the way back (CSRF), `client_id` the application's public id; no credential.",
      ({ rng }) => {
        const st = rng.hex(32);
        return {
          value: st,
          event: out(
            '[oauth][info] Opening URL in browser:',
            `https://www.deviantart.com/oauth2/authorize?client_id=5388&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A6414%2F&state=${st}&scope=browse`,
            '',
            'Waiting for response. (Cancel with Ctrl+c)',
          ),
        };
      },
    ),
    plant(
      'refresh-token',
      'gallery-dl-oauth-deviantart-refresh-token-printed',
      'error',
      `${WHY.refresh} \`gallery-dl oauth:deviantart\` prints the DeviantArt refresh token it got for the config file, and the script's log keeps it.`,
      ({ rng }) => {
        const rt = rng.hex(50);
        return {
          value: rt,
          event: out(
            '',
            "Your 'refresh-token' is",
            '',
            rt,
            '',
            "Put this value into your configuration file as 'extractor.deviantart.refresh-token'.",
          ),
        };
      },
      { after: 14 },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 2 * HOUR, site: { host: CV }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// deluged.log: Deluge 2.1's daemon log, `<hh:mm:ss>.<ms> [<LEVEL, 8>][<logger, 30>:<line, 4>] <message>` in local time
// (GMT), the core's `Attempting to add …` lines, libtorrent alerts logged by the torrent manager, the Execute plugin.
// Layout from memory (Deluge 2's default file format with `%(levelname)-8s` and `%(name)-30s:%(lineno)-4d`).

function delugeLog(rng) {
  const line = (t, level, name, no, msg) =>
    `${hmsAt(t, GMT)}.${msAt(t, GMT)} [${level.padEnd(8)}][${name.padEnd(30)}:${String(no).padEnd(4)}] ${msg}`;
  const FILMS = [
    'Nosferatu (1922)',
    'The Cabinet of Dr. Caligari (1920)',
    'Sherlock Jr. (1924)',
    'Metropolis (1927)',
    'The General (1926)',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => out(line(t, 'INFO', 'deluge.core.torrent', 1431, `Moving storage for ${rng.pick(FILMS)} to /srv/archive/films`)),
      () => out(line(t, 'DEBUG', 'deluge.core.alertmanager', 128, `Handling alert: state_changed_alert`)),
      () => out(line(t, 'INFO', 'deluge.core.torrentmanager', 1290, `Finished ${rng.pick(FILMS)}`)),
      () =>
        out(
          line(
            t,
            'DEBUG',
            'deluge.core.rpcserver',
            213,
            `Received RPC request core.get_torrents_status from 127.0.0.1:${rng.int(40000, 60000)}`,
          ),
        ),
    ])();
  const steps = [
    {
      raw: out(
        line(DAY_EN + 6 * HOUR, 'INFO', 'deluge.core.daemon', 107, 'Deluge daemon 2.1.1'),
        line(DAY_EN + 6 * HOUR, 'INFO', 'deluge.core.rpcserver', 600, 'Starting DelugeRPC server :58846'),
      ),
      after: 0,
    },
    3,
    plant(
      'api-key-name',
      'deluge-add-url-gazelle-torrent-pass',
      'error',
      "Radarr hands Deluge a Gazelle tracker's download URL and the core logs it on adding: `torrent_pass` is the member's passkey (32 hex), good for every download and announce until reset. " +
        WHY.apiKey('torrent_pass'),
      ({ rng, t }) => {
        const pk = rng.hex(32);
        return {
          value: pk,
          event: out(
            line(
              t,
              'INFO',
              'deluge.core.core',
              414,
              `Attempting to add url https://silentera.example/torrents.php?action=download&id=${rng.int(10000, 99999)}&authkey=${rng.hex(32)}&torrent_pass=${pk}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'deluge-state-file-infohash',
      'none',
      "The state file of an added torrent, named by its info hash (SHA-1 of the torrent's info dictionary, 40 hex): public to every peer in the swarm, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: out(
            line(t, 'DEBUG', 'deluge.core.torrentmanager', 1067, `Saving torrent file: /var/lib/deluged/config/state/${h}.torrent`),
          ),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'deluge-tracker-error-passkey-in-announce-path',
      'error',
      WHY.pathSecret(
        "A private tracker's announce URL with the member's passkey as a path segment (`/<32 hex>/announce`), quoted by a libtorrent tracker error alert",
      ),
      ({ rng, t }) => {
        const pk = rng.hex(32);
        return {
          value: pk,
          event: out(
            line(
              t,
              'DEBUG',
              'deluge.core.torrentmanager',
              1502,
              `Tracker Error Alert: "Metropolis (1927)" (https://tracker.classiccinema.example/${pk}/announce)[eth0] unregistered torrent "Unregistered torrent"`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'encoded',
      'deluge-add-magnet-percent-encoded-tracker-passkey',
      'error',
      "A magnet link added from the web UI: its `tr=` is the private tracker's announce URL percent-encoded, `%3Fpasskey%3D<32 hex>` inside: the member's passkey once decoded.",
      ({ rng, t }) => {
        const pk = rng.hex(32);
        return {
          value: pk,
          event: out(
            line(
              t,
              'INFO',
              'deluge.core.core',
              437,
              `Attempting to add magnet: magnet:?xt=urn:btih:${rng.hex(40)}&dn=Sherlock.Jr.1924.1080p&tr=https%3A%2F%2Fsilentera.example%3A2096%2Fannounce%3Fpasskey%3D${pk}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'deluge-execute-teams-workflow-webhook',
      'error',
      WHY.webhook(
        'The Execute plugin runs the completion script with a Microsoft Teams (Power Automate) workflow URL as argument, `sig=` signing it, and logs the command it runs',
      ),
      ({ rng, t }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: out(
            line(t, 'DEBUG', 'deluge_execute.core', 143, `Running commands for TorrentComplete`),
            line(
              t,
              'DEBUG',
              'deluge_execute.core',
              168,
              `Running ['/usr/local/bin/notify-done.sh', 'The General (1926)', 'https://prod-${rng.int(10, 99)}.uksouth.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}']`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'deluge-peer-id-prefix',
      'none',
      'The peer id Deluge announces to trackers, its client prefix (`-DE211s-`) and twelve random characters: sent in clear to every tracker and peer, no credential.',
      ({ rng, t }) => {
        const pid = alnum(rng, 12);
        return { value: pid, event: out(line(t, 'DEBUG', 'deluge.core.preferencesmanager', 260, `Setting peer_id to -DE211s-${pid}`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 6 * HOUR, site: { host: CV }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sabnzbd.log: SABnzbd 4.4's log, `<yyyy-mm-dd hh:mm:ss,mmm>::<LEVEL>::[<module>:<line>] <message>` in local time (GMT),
// with `API-call from … [<user agent>] {<kwargs as a Python dict>}` at debug level. Layout from memory.

function sabnzbdLog(rng) {
  const line = (t, level, mod, no, msg) => `${commaMs(t, GMT)}::${level}::[${mod}:${no}] ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(line(t, 'INFO', 'downloader', 712, `${rng.int(2, 8)}@news.eweka.example: Initiating connection`)),
      () =>
        out(
          line(
            t,
            'INFO',
            'postproc',
            418,
            `Starting Post-Processing on Sherlock.Jr.1924.1080p.BluRay => Repair:True, Unpack:True, Delete:True, Script:None, Cat:films`,
          ),
        ),
      () => out(line(t, 'DEBUG', 'assembler', 105, `Decoding finished for article ${rng.int(1, 400)} of Metropolis.1927.Restored`)),
      () => out(line(t, 'INFO', 'nzbqueue', 260, `Saving queue`)),
    ])();
  const steps = [
    {
      raw: out(
        line(DAY_EN + 9 * HOUR, 'INFO', 'SABnzbd', 1188, '--------------------------------'),
        line(DAY_EN + 9 * HOUR, 'INFO', 'SABnzbd', 1189, 'SABnzbd.py-4.4.1'),
      ),
      after: 0,
    },
    2,
    plant(
      'api-key-name',
      'sabnzbd-api-call-kwargs-apikey',
      'error',
      "SABnzbd at debug level writes each API call's arguments as a Python dict; Radarr's `addurl` call carries SABnzbd's full-access `apikey` (32 hex). " +
        WHY.apiKey('apikey'),
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: out(
            line(
              t,
              'DEBUG',
              'interface',
              148,
              `API-call from 192.168.40.12 [Radarr/5.26.2.10099 (ubuntu 24.04)] {'mode': 'addurl', 'name': 'https://indexer.nzbfilms.example/getnzb/${rng.int(100000, 999999)}.nzb', 'cat': 'films', 'priority': '-100', 'apikey': '${k}', 'output': 'json'}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'sabnzbd-nzo-id',
      'none',
      "SABnzbd's queue id of a job (`SABnzbd_nzo_` and eight random characters): names the job inside this install, opens nothing.",
      ({ rng, t }) => {
        const id = lowerNum(rng, 8);
        return {
          value: id,
          event: out(line(t, 'INFO', 'nzbqueue', 402, `Adding Metropolis.1927.Restored.nzb (SABnzbd_nzo_${id}) to the queue`)),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'sabnzbd-urlgrabber-personal-nzb-link',
      'error',
      WHY.pathSecret(
        "An indexer's personal download link (`/dl/<token>/<id>.nzb`, the member's token in the path) fetched by SABnzbd's URL grabber",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        return {
          value: tk,
          event: out(
            line(t, 'INFO', 'urlgrabber', 147, `Grabbing URL https://nzb.silentarchive.example/dl/${tk}/${rng.int(100000, 999999)}.nzb`),
          ),
        };
      },
    ),
    3,
    plant(
      'negative',
      'sabnzbd-duplicate-md5of16k',
      'none',
      "SABnzbd's duplicate check logs the MD5 of a download's first 16 KiB (`md5of16k`): a file fingerprint, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: out(line(t, 'DEBUG', 'postproc', 1102, `Duplicate check: Sherlock.Jr.1924.1080p.BluRay md5of16k=${h} not in history`)),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'sabnzbd-apprise-discord-url',
      'error',
      WHY.webhook(
        "A notification target in Apprise's URL form (`discord://<webhook id>/<webhook token>`), written when the notification fails",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(68);
        return {
          value: tk,
          event: out(
            line(
              t,
              'WARNING',
              'notifier',
              508,
              `Failed to send Apprise notification to discord://${rng.int(1e17, 9e17)}${rng.int(10, 99)}/${tk}/ (job finished)`,
            ),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: CV }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jackett-log.txt: Jackett's log.txt (NLog): `<yyyy-mm-dd hh:mm:ss.ffff> <Level> <message>` in local time (GMT), debug
// lines of its web client (`WebClient(HttpWebClient2NetCore).GetResultAsync(Method: … Url: …)`) and an exception with
// .NET's `HttpRequestMessage.ToString()`. Layout from memory.

function jackettLog(rng) {
  const line = (t, level, msg) => `${ymdHmsAt(t, GMT)}.${msAt(t, GMT)}${rng.int(0, 9)} ${level} ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(line(t, 'Info', `Torznab search in silentera => Found ${rng.int(0, 40)} releases [${rng.int(80, 900)}ms]`)),
      () => out(line(t, 'Debug', `WebClient(HttpWebClient2NetCore): Returning 200 => ${rng.int(2000, 90000)} bytes`)),
      () =>
        out(
          line(
            t,
            'Info',
            `Torznab search in classiccinema for Metropolis 1927 => Found ${rng.int(0, 12)} releases [${rng.int(80, 900)}ms]`,
          ),
        ),
    ])();
  const steps = [
    {
      raw: out(
        line(DAY_EN + 11 * HOUR, 'Info', 'Starting Jackett v0.22.2145'),
        line(DAY_EN + 11 * HOUR, 'Info', 'Environment version: 8.0.11 (/app/Jackett/)'),
      ),
      after: 0,
    },
    2,
    plant(
      'api-key-name',
      'jackett-webclient-newznab-apikey',
      'error',
      "Jackett's web client logs the URL of every indexer request at debug level; the Newznab indexer takes the society's key as `apikey`. " +
        WHY.apiKey('apikey'),
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: out(
            line(
              t,
              'Debug',
              `WebClient(HttpWebClient2NetCore).GetResultAsync(Method: GET Url: https://api.nzbfilms.example/api?t=movie&imdbid=0013442&extended=1&apikey=${k})`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'jackett-cloudflare-ray-id',
      'none',
      "Cloudflare's Ray ID (16 hex and the data centre) quoted from a challenge page: a request id for support, no credential.",
      ({ rng, t }) => {
        const ray = rng.hex(16);
        return {
          value: ray,
          event: out(line(t, 'Warn', `silentera: the site is protected by Cloudflare (Ray ID: ${ray}-LHR); trying FlareSolverr`)),
        };
      },
    ),
    2,
    plant(
      'session-id',
      'jackett-webclient-cookie-phpsessid',
      'error',
      WHY.session(
        "A cookie-login tracker's PHP session (`PHPSESSID`, 26 characters) in the `Cookies:` part of the web client's debug line",
      ),
      ({ rng, t }) => {
        const s = lowerNum(rng, 26);
        return {
          value: s,
          event: out(
            line(
              t,
              'Debug',
              `WebClient(HttpWebClient2NetCore).GetResultAsync(Method: GET Url: https://classiccinema.example/browse.php?search=sherlock+jr&cat=0 Cookies: PHPSESSID=${s}; uid=${rng.int(1000, 9999)})`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'jackett-exception-httprequestmessage-tostring-bearer',
      'error',
      "An indexer exception's message includes .NET's `HttpRequestMessage.ToString()`, whose `Headers:` block writes the API's `Authorization: Bearer …` (40 characters), a long-lived account token.",
      ({ rng, t }) => {
        const tk = alnum(rng, 40);
        return {
          value: tk,
          event: out(
            line(
              t,
              'Error',
              `Jackett.Common.IndexerException: Exception (filmarchive): Response status code does not indicate success: 502 (Bad Gateway).`,
            ),
            `Request: Method: GET, RequestUri: 'https://api.filmarchive.example/v2/torrents?query=caligari', Version: 1.1, Content: <null>, Headers:`,
            '{',
            `  Authorization: Bearer ${tk}`,
            '  User-Agent: Jackett/0.22.2145',
            '}',
            '   at Jackett.Common.Indexers.Definitions.FilmArchive.PerformQuery(TorznabQuery query)',
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'jackett-release-infohash',
      'none',
      "A release's info hash as the indexer returned it (40 hex): a public torrent identifier, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(40).toUpperCase();
        return {
          value: h,
          event: out(line(t, 'Debug', `filmarchive: release "The.Cabinet.of.Dr.Caligari.1920.Restored" InfoHash=${h} Seeders=14`)),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: CV }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// s3cmd-nightly.log: the nightly backup script run by cron with `set -x` (bash's `+ ` trace lines) and `s3cmd --debug
// sync` (s3cmd 2.4: `DEBUG: …`, `INFO: …`, its config reader masking keys, the request's headers as a Python dict). No
// time. Layout from memory.

function s3cmdLog(rng) {
  const filler = (rng) =>
    rng.pick([
      () =>
        out(
          `DEBUG: Unicodising '/srv/archive/films/${rng.pick(['metropolis', 'caligari', 'nosferatu'])}/reel-${rng.int(1, 9)}.mkv' using UTF-8`,
        ),
      () => out(`DEBUG: ConnMan.put(): connection put back to pool (https://s3.eu-west-2.amazonaws.com#${rng.int(1, 4)})`),
      () =>
        out(
          `upload: '/srv/archive/films/sherlock-jr/reel-${rng.int(1, 5)}.mkv' -> 's3://cvfs-archive/films/sherlock-jr/reel-${rng.int(1, 5)}.mkv'  [part ${rng.int(1, 40)} of ${rng.int(40, 90)}, 15MB]`,
        ),
    ])();
  const steps = [
    { raw: out('+ cd /srv/archive', '+ date -u +%FT%TZ', `${iso(DAY_EN + 2 * HOUR).slice(0, 19)}Z`), after: 0 },
    plant(
      'api-key-name',
      's3cmd-xtrace-secret-key-option',
      'error',
      "The script passes the backup user's keys as options and bash's `set -x` prints the command with them: `--secret_key=` is an AWS secret access key (40 characters). " +
        WHY.apiKey('secret_key'),
      ({ rng }) => {
        const sk = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40);
        return {
          value: sk,
          event: out(
            `+ s3cmd --debug --access_key=AKIA${upperNum(rng, 16)} --secret_key=${sk} sync --delete-removed /srv/archive/films/ s3://cvfs-archive/films/`,
          ),
        };
      },
    ),
    {
      raw: out(
        'DEBUG: s3cmd version 2.4.0',
        "DEBUG: ConfigParser: Reading file '/home/cvfs/.s3cfg'",
        'DEBUG: ConfigParser: bucket_location->eu-west-2',
        'DEBUG: ConfigParser: host_base->s3.eu-west-2.amazonaws.com',
      ),
    },
    plant(
      'negative',
      's3cmd-configparser-masked-access-key',
      'none',
      "s3cmd's config reader masks the keys it prints (`AK...17_chars...Q`): two characters, a count and the last character, a redaction remnant.",
      ({ rng }) => {
        const v = `AK...17_chars...${upperNum(rng, 1)}`;
        return { value: v, event: out(`DEBUG: ConfigParser: access_key->${v}`, 'DEBUG: ConfigParser: secret_key->hi...37_chars...w') };
      },
    ),
    3,
    plant(
      'negative',
      's3cmd-request-headers-sigv4-authorization',
      'none',
      "The request's headers as s3cmd prints them: a SigV4 `Authorization` (`AWS4-HMAC-SHA256 Credential=…, Signature=<64 hex>`), one request's signature, no credential.",
      ({ rng, t }) => {
        const sig = rng.hex(64);
        const d = iso(t).slice(0, 10).replace(/-/g, '');
        return {
          value: sig,
          event: out(
            `DEBUG: Sending request method_string='PUT', uri='https://cvfs-archive.s3.eu-west-2.amazonaws.com/films/metropolis/reel-3.mkv?partNumber=4&uploadId=${rng.b64url(40)}', headers={'content-length': '15728640', 'x-amz-date': '${d}T${iso(t).slice(11, 19).replace(/:/g, '')}Z', 'Authorization': 'AWS4-HMAC-SHA256 Credential=AKIA${upperNum(rng, 16)}/${d}/eu-west-2/s3/aws4_request,SignedHeaders=content-length;host;x-amz-content-sha256;x-amz-date,Signature=${sig}'}, body=(15728640 bytes)`,
          ),
        };
      },
    ),
    4,
    { raw: out('Done. Uploaded 1887436800 bytes in 212.4 seconds, 8.47 MB/s.', '+ rc=0') },
    plant(
      'webhook',
      'cronitor-telemetry-url-xtrace',
      'error',
      WHY.webhook(
        "The script reports success to Cronitor's telemetry URL, whose path holds the account's telemetry key (`/p/<32 hex>/<monitor>`), and `set -x` prints it",
      ),
      ({ rng }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: out(`+ curl -fsS -m 10 --retry 3 'https://cronitor.link/p/${k}/cvfs-nightly-s3?state=complete&status_code=0'`),
        };
      },
    ),
    { raw: out('OK') },
  ];
  return buildLog(rng, { start: DAY_EN + 2 * HOUR, site: { host: CV }, filler, render, steps });
}

// =====================================================================================================================
// Чӑваш кӗнеке кооперативӗ, Chuvash Book Cooperative (Chuvash; Шупашкар/Cheboksary: MSK, UTC+3 all year)
// =====================================================================================================================

const KK = 'chavashkeneke.example';
const SAMAH = 'samahsar.example';

// ---------------------------------------------------------------------------------------------------------------------
// tdesktop-log.txt: Telegram Desktop 5.8's log.txt on the office PC, `[<yyyy.mm.dd hh:mm:ss>] <message>` in local time
// (MSK) without zone: the start-up lines, `Command line:` of a second instance started by a `tg://` link and handed to the
// first, the built-in web view's navigation lines of a bot's mini app. Layout of the prefix and start-up lines from
// memory; the web view lines invented in the app's style.

function telegramDesktopLog(rng) {
  const stamp = (t) => `[${local(t, MSK).slice(0, 10).replace(/-/g, '.')} ${hmsAt(t, MSK)}]`;
  const l = (t, msg) => `${stamp(t)} ${msg}`;
  const EXE = 'C:\\Users\\keneke\\AppData\\Roaming\\Telegram Desktop\\Telegram.exe';
  const filler = (rng, t) =>
    rng.pick([
      () => out(l(t, `MTP Info: Connecting to DC${rng.int(1, 5)} (main) ...`)),
      () => out(l(t, `Audio Info: Playback device: 'Динамики (Realtek(R) Audio)'`)),
      () => out(l(t, `Export Info: Chat "Чӑваш кӗнеки — хыпарсем" (${rng.int(200, 900)} messages) checked.`)),
      () => out(l(t, `App Info: Window activated, unread ${rng.int(0, 30)}`)),
    ])();
  const steps = [
    {
      raw: out(
        l(DAY_CV + 6 * HOUR, 'Launched version: 5.8.3, install beta: [FALSE], alpha: 0, debug mode: [FALSE]'),
        l(DAY_CV + 6 * HOUR, `Executable dir: C:/Users/keneke/AppData/Roaming/Telegram Desktop/, name: Telegram.exe`),
        l(DAY_CV + 6 * HOUR, 'Logs started'),
      ),
      after: 0,
    },
    3,
    plant(
      'path-secret',
      'tdesktop-command-line-tg-join-invite',
      'error',
      WHY.pathSecret(
        "The invite hash of the cooperative's private editors' group (`tg://join?invite=<16 characters>`), on the command line of the instance a browser link started: whoever has it joins the group",
      ),
      ({ rng, t }) => {
        const inv = rng.b64url(16);
        return {
          value: inv,
          event: out(l(t, `Command line: "${EXE}" -- "tg://join?invite=${inv}"`), l(t, 'Sending command to the running instance.')),
        };
      },
    ),
    2,
    plant(
      'negative',
      'tdesktop-command-line-privatepost-ids',
      'none',
      'A link to a post of a private channel (`tg://privatepost?channel=<id>&post=<n>`): a channel id and a message number, which open nothing for a non-member; no credential.',
      ({ rng, t }) => {
        const ch = String(rng.int(1000000000, 2999999999));
        return {
          value: `channel=${ch}`,
          event: out(l(t, `Command line: "${EXE}" -- "tg://privatepost?channel=${ch}&post=${rng.int(100, 900)}"`)),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'tdesktop-resolve-start-param-base64url-usa',
      'error',
      'A link to the cooperative\'s shop bot whose `start` parameter (Telegram allows 64 characters of `[A-Za-z0-9_-]`) is base64url; decoded, it is `usa=<key>` (`уҫӑ`, "key"): the web shop\'s API key handed to the bot.',
      ({ rng, t }) => {
        const v = b64urlOf(`usa=${alnum(rng, 24)}`).replace(/=+$/, '');
        return { value: v, event: out(l(t, `Command line: "${EXE}" -- "tg://resolve?domain=ChavashKenekeBot&start=${v}"`)) };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'tdesktop-webview-navigation-vk-access-token',
      'error',
      "The shop bot's mini app signs the user in to VK by the implicit flow, and the web view's navigation line writes the return address with `#access_token=vk1.a.…`, a user token valid a day.",
      ({ rng, t }) => {
        const tk = `vk1.a.${rng.b64url(180)}`;
        return {
          value: tk,
          event: out(
            l(
              t,
              `WebView Info: Navigation to 'https://oauth.vk.com/blank.html#access_token=${tk}&expires_in=86400&user_id=${rng.int(100000000, 899999999)}&state=${rng.hex(12)}'`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'tdesktop-update-sha256',
      'none',
      "The updater's check of a downloaded package by its SHA-256: a checksum, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, event: out(l(t, `Update Info: Downloaded tsetup.5.8.4.exe, sha256: ${h}, checking signature...`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_CV + 6 * HOUR, site: { host: KK }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mybb-error.log: MyBB 1.8's error log (`error_logging_medium` set to log), one `<error>` element per error with
// `<dateline>` (Unix time, UTC), `<script>`, `<line>`, `<type>`, `<friendly_type>`, `<message>` and `<back_trace>`; a
// plugin in development triggers errors with print_r() dumps in the message. Layout from memory.

function mybbLog(rng) {
  const entry = (t, script, lineNo, type, friendly, message, trace = []) => [
    '<error>',
    `\t<dateline>${Math.floor(t / 1000)}</dateline>`,
    `\t<script>${script}</script>`,
    `\t<line>${lineNo}</line>`,
    `\t<type>${type}</type>`,
    `\t<friendly_type>${friendly}</friendly_type>`,
    ...(message.length === 1 ? [`\t<message>${message[0]}</message>`] : [`\t<message>${message[0]}`, ...message.slice(1), '</message>']),
    `\t<back_trace>${trace.join('\n')}</back_trace>`,
    '</error>',
  ];
  const printR = (obj) => ['Array', '(', ...Object.entries(obj).map(([k, v]) => `    [${k}] => ${v}`), ')'];
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          entry(t, 'inc/plugins/chv_keneke.php', rng.int(40, 300), 2, 'Warning', [
            `Undefined array key "tavar" (Кӗнеке ${rng.int(10, 400)})`,
          ]),
        ),
      () =>
        out(
          entry(t, 'inc/class_parser.php', 1011, 8192, 'Deprecated', ['Creation of dynamic property postParser::$chv_lang is deprecated']),
        ),
      () => out(entry(t, 'member.php', rng.int(100, 2000), 2, 'Warning', ['Trying to access array offset on value of type null'])),
    ])();
  const steps = [
    1,
    plant(
      'oauth-code',
      'mybb-vk-login-plugin-callback-code',
      'warning',
      `${WHY.code} The forum's VK sign-in plugin fails the exchange and quotes its callback URL (VK's 18-hex \`code\` beside \`state\`) in the message and again in the back trace's argument.`,
      ({ rng, t }) => {
        const c = rng.hex(18);
        const url = `https://forum.${KK}/misc.php?action=vk_keru&code=${c}&state=${rng.hex(16)}`;
        return {
          value: c,
          event: out(
            entry(
              t,
              'inc/plugins/vk_keru.php',
              212,
              256,
              'MyBB Error',
              [`VK: кӗрӳ йӑнӑшӗ (invalid_grant) для ${url}`],
              [
                `File: inc/plugins/vk_keru.php Line: 212 Function: vk_keru_exchange('${url}')`,
                'File: misc.php Line: 1780 Function: run_hooks',
              ],
            ),
          ),
        };
      },
    ),
    1,
    plant(
      'negative',
      'mybb-print-r-my-post-key',
      'none',
      "`my_post_key` in a print_r() of the posted form: MyBB's CSRF key, checked against the session and useless alone; no credential.",
      ({ rng, t }) => {
        const pk = rng.hex(32);
        return {
          value: pk,
          event: out(
            entry(t, 'inc/plugins/chv_keneke.php', 88, 512, 'User Warning', [
              'chv_keneke: $_POST =',
              ...printR({ my_post_key: pk, action: 'do_tavar', tid: rng.int(100, 900) }),
            ]),
          ),
        };
      },
    ),
    plant(
      'api-key-name',
      'mybb-print-r-get-api-ussi',
      'error',
      'A print_r() of `$_GET` in a plugin\'s debug message: the shop\'s call carries its key as `api_ussi` ("API уҫҫи", "the API\'s key"). ' +
        WHY.apiKey('api_ussi'),
      ({ rng, t }) => {
        const k = alnum(rng, 32);
        return {
          value: k,
          event: out(
            entry(t, 'inc/plugins/chv_keneke.php', 140, 512, 'User Warning', [
              'chv_keneke: $_GET =',
              ...printR({ action: 'keneke_list', api_ussi: k, page: 2 }),
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'framework-dump',
      'mybb-print-r-config-database-password',
      'error',
      "A plugin prints `$config['database']` with print_r() while chasing a connection error: the forum's MySQL `password` on its own line of the array.",
      ({ rng, t }) => {
        const pw = alnum(rng, 20);
        return {
          value: pw,
          event: out(
            entry(t, 'inc/plugins/chv_keneke.php', 61, 512, 'User Warning', [
              'chv_keneke: DB ҫыхӑнӑвӗ ҫук, $config[database] =',
              ...printR({
                type: 'mysqli',
                database: 'mybb_keneke',
                table_prefix: 'mybb_',
                hostname: 'localhost',
                username: 'mybb',
                password: pw,
                encoding: 'utf8mb4',
              }),
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'session-id',
      'mybb-print-r-cookie-mybbuser-loginkey',
      'error',
      WHY.session(
        "MyBB's login cookie `mybbuser` (`<uid>_<loginkey>`, the loginkey 50 characters) in a print_r() of `$_COOKIE`; it signs the member in until the loginkey is regenerated",
      ),
      ({ rng, t }) => {
        const lk = alnum(rng, 50);
        return {
          value: lk,
          event: out(
            entry(t, 'inc/plugins/chv_keneke.php', 97, 512, 'User Warning', [
              'chv_keneke: $_COOKIE =',
              ...printR({ mybblang: 'chuvash', mybbuser: `3_${lk}`, 'mybb[lastvisit]': Math.floor(t / 1000) - 4000 }),
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'mybb-print-r-getallheaders-bearer',
      'error',
      "A print_r() of getallheaders() for a call from the cooperative's reader app: `[Authorization] => Bearer …`, the app's long-lived token (40 characters).",
      ({ rng, t }) => {
        const tk = alnum(rng, 40);
        return {
          value: tk,
          event: out(
            entry(t, 'inc/plugins/chv_keneke.php', 155, 512, 'User Warning', [
              'chv_keneke: headers =',
              ...printR({
                Host: `forum.${KK}`,
                'User-Agent': 'KenekeVulav/2.3 (Android 14)',
                Authorization: `Bearer ${tk}`,
                Accept: 'application/json',
              }),
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'id-token',
      'mybb-print-r-get-yandex-id-token',
      'error',
      "A print_r() of `$_GET` on the plugin's Yandex ID return: `id_token` in the query, live at the entry's `dateline` (Unix time)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          claims: { iss: 'https://login.yandex.example', aud: 'chv-forum', sub: String(rng.int(1e8, 9e8)), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            entry(t, 'inc/plugins/ya_keru.php', 77, 512, 'User Warning', [
              'ya_keru: $_GET =',
              ...printR({ action: 'ya_keru', id_token: token, state: rng.hex(16) }),
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'path-secret',
      'mybb-warning-pailash-link',
      'error',
      WHY.pathSecret(
        'A share link of a manuscript on the cooperative\'s file server (`/pailash/<token>/…`, `пайлаш`, "share"), quoted by a warning of the link-preview plugin',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        return {
          value: tk,
          event: out(
            entry(t, 'inc/plugins/link_preview.php', 63, 2, 'Warning', [
              `file_get_contents(https://faila.${KK}/pailash/${tk}/alsyrav-2027.docx): Failed to open stream: HTTP request failed! HTTP/1.1 403 Forbidden`,
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'embed-jwt',
      'mybb-video-mycode-embed-jwt-expired',
      'note',
      "A `[video]` MyCode of a member's post points at the library's reading-room embed (`/embed/<JWT>`) and the parser's warning quotes it; the token had expired a day before the entry's `dateline`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 86400 + 3600 + rng.int(100, 3000),
          claims: { sub: `vulavsa-${rng.int(10, 99)}`, room: 'vulav-zal' },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            entry(t, 'inc/class_parser.php', 1519, 2, 'Warning', [
              `Unsupported video URL https://vulav.${KK}/embed/${token} (пост ${rng.int(1000, 9000)})`,
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'negative',
      'mybb-print-r-posthash',
      'none',
      "`posthash` in a print_r() of a new reply's form: MyBB's random id tying attachments to a post being written; no credential.",
      ({ rng, t }) => {
        const ph = rng.hex(32);
        return {
          value: ph,
          event: out(
            entry(t, 'inc/plugins/chv_keneke.php', 120, 512, 'User Warning', [
              'chv_keneke: $mybb->input =',
              ...printR({ action: 'do_newreply', posthash: ph, subject: 'Ҫӗнӗ кӗнеке' }),
            ]),
          ),
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_CV + 5 * HOUR, site: { host: KK }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hunchentoot-samahsar.log: the dictionary site's Hunchentoot 1.3 acceptor with its access log and message log sent to
// one file: access lines `<addr> - [<yyyy-mm-dd hh:mm:ss>] "<METHOD> <uri> HTTP/1.1" <status> <length> "<referer>"
// "<user agent>"` and messages `[<yyyy-mm-dd hh:mm:ss> [<LEVEL>]] <text>`, both in local time (MSK) without zone; the
// app logs Lisp objects with `~S` (plists, alists). Layout from memory (Hunchentoot's `acceptor-log-access` and
// `acceptor-log-message` format strings).

function hunchentootLog(rng) {
  const ts = (t) => ymdHmsAt(t, MSK);
  const access = (e, t, uri, status = 200, referer = '-') =>
    `${e.ip} - [${ts(t)}] "${e.method ?? 'GET'} ${uri} HTTP/1.1" ${status} ${rng.int(300, 9000)} "${referer}" "${e.ua}"`;
  const msg = (t, level, text) => `[${ts(t)} [${level}]] ${text}`;
  const WORDS = ['шыв', 'ҫӗр', 'кӗнеке', 'сӑмах', 'ҫурт', 'вӑрман', 'хӗвел'];
  const filler = (rng, t, site) => {
    const e = baseRequest(rng, t, site);
    return rng.pick([
      () => out(access(e, t, `/samah/${encodeURIComponent(rng.pick(WORDS))}`)),
      () => out(access(e, t, `/shyrav?s=${encodeURIComponent(rng.pick(WORDS))}&chelhe=cv-ru`)),
      () => out(msg(t, 'INFO', `Сӑмах тупӑнмарӗ: ${rng.pick(['хуҫалӑх', 'тӑван', 'ҫулҫӑ'])}`)),
    ])();
  };
  const steps = [
    { raw: out(msg(DAY_CV + 7 * HOUR, 'INFO', 'Hunchentoot 1.3.1: easy-acceptor on port 4242 started')), after: 0 },
    2,
    plant(
      'framework-dump',
      'hunchentoot-message-config-plist-db-password',
      'error',
      'At start-up the app logs its configuration with `~S`: a Lisp plist in which `:DB-PASSWORD` is the PostgreSQL password in clear.',
      ({ rng, t }) => {
        const pw = alnum(rng, 22);
        return {
          value: pw,
          event: out(
            msg(
              t,
              'INFO',
              `Ӗнерлев (config): (:DB-HOST "localhost" :DB-NAME "samahsar" :DB-USER "samahsar" :DB-PASSWORD "${pw}" :PORT 4242 :CHELHE :CV)`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'hunchentoot-yandex-callback-code-warning-and-access',
      'warning',
      `${WHY.code} Yandex ID's return to \`/keru/yandex\` (\`кӗрӳ\`, "sign-in") fails the exchange; the handler's warning quotes the request's URI and the access line writes it again.`,
      ({ rng, t }) => {
        const c = String(rng.int(1000000, 9999999));
        const uri = `/keru/yandex?code=${c}&state=${rng.hex(24)}`;
        return {
          value: c,
          needle: `code=${c}`,
          event: out(
            msg(t, 'WARNING', `Кӗрӳ йӑнӑшӗ (invalid_grant) ${uri}`),
            access({ ip: publicIp(rng), ua: rng.pick(BROWSERS) }, t, uri, 302),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'hunchentoot-static-content-hash',
      'none',
      "A stylesheet's file name with its content hash (16 hex), for caching: no credential.",
      ({ rng, t }) => {
        const h = rng.hex(16);
        return {
          value: h,
          event: out(access({ ip: publicIp(rng), ua: rng.pick(BROWSERS) }, t, `/static/samahsar.${h}.css`, 200, `https://${SAMAH}/`)),
        };
      },
    ),
    plant(
      'negative',
      'hunchentoot-access-word-uuid',
      'none',
      "A dictionary entry's id (a UUID) in the path of its permanent link: names the entry, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return { value: id, event: out(access({ ip: publicIp(rng), ua: rng.pick(BROWSERS) }, t, `/samah/id/${id}`)) };
      },
    ),
    1,
    plant(
      'session-id',
      'hunchentoot-message-cookies-alist-seans',
      'error',
      WHY.session(
        'The app logs `(cookies-in*)` with `~S` while debugging a language switch: an alist with the site\'s own session cookie `seans` (`сеанс`, "session", 32 hex)',
      ),
      ({ rng, t }) => {
        const s = rng.hex(32);
        return { value: s, event: out(msg(t, 'DEBUG', `Cookies: (("chelhe" . "cv") ("seans" . "${s}"))`)) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'hunchentoot-access-embed-jwt-no-exp',
      'error',
      "A partner school's site embeds the dictionary's word-of-the-day card by a link signed without `exp` (`/embed/<JWT>`), and the access line writes it",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { claims: { sub: 'shkul-12', widget: 'kun-samahe' } });
        return {
          value: token,
          jwt: facts,
          event: out(access({ ip: publicIp(rng), ua: rng.pick(BROWSERS) }, t, `/embed/${token}`, 200, 'https://shkul12.example/')),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'hunchentoot-message-token-plist-refresh',
      'error',
      `${WHY.refresh} The app's Yandex Disk backup renews its token and logs the server's answer as a plist with \`~S\`; \`:REFRESH-TOKEN\` is in it.`,
      ({ rng, t }) => {
        const rt = `1:${rng.b64url(16)}:${rng.b64url(64)}:${rng.b64url(22)}`;
        return {
          value: rt,
          event: out(
            msg(
              t,
              'INFO',
              `Yandex Disk: (:ACCESS-TOKEN "y0_${rng.b64url(54)}" :REFRESH-TOKEN "${rt}" :EXPIRES-IN 31536000 :TOKEN-TYPE "bearer")`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'replay',
      'hunchentoot-access-puhu-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket to the dictionary\'s volunteers\' meeting (`bilet`, "ticket", in `/puhu/bilet?bilet=…`), checked at the door with the first scanner. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(20);
        firstUse.bilet = t;
        return { value: b, event: out(access({ ip: '203.0.113.77', ua: 'PuhuScan/1.2 (Android 13)' }, t, `/puhu/bilet?bilet=${b}`)) };
      },
      { ref: 'bilet' },
    ),
    2,
    plant(
      'replay',
      'hunchentoot-access-puhu-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} The second door's scanner, on another address, checked the same ticket and got 200 again.`,
          },
        ],
        event: out(access({ ip: '198.51.100.31', ua: 'PuhuScan/1.2 (Android 12)' }, t, `/puhu/bilet?bilet=${refs.get('bilet').value}`)),
      }),
      { replayOf: 'bilet', after: 131 },
    ),
    2,
    plant(
      'id-token',
      'hunchentoot-access-bookmarked-id-token-expired',
      'note',
      "A member opens a bookmarked sign-in return whose query still holds an `id_token` issued two days before; the access line's time has no zone, but the token had expired long before either reading of it",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 2 * 86400 + rng.int(100, 5000),
          claims: { iss: 'https://login.yandex.example', aud: 'samahsar', sub: String(rng.int(1e8, 9e8)) },
        });
        return {
          value: token,
          jwt: facts,
          event: out(access({ ip: publicIp(rng), ua: rng.pick(BROWSERS) }, t, `/keru/yandex/tavran?id_token=${token}`, 302)),
        };
      },
    ),
    1,
    plant(
      'encoded',
      'hunchentoot-access-tavran-percent-encoded-usa',
      'error',
      'A sign-in link\'s return address (`tavran`, `тавӑрӑн`, "return") percent-encoded in the query: decoded, `/api/samah?usa=<key>` (`уҫӑ`, "key"), the API key of a partner school\'s app.',
      ({ rng, t }) => {
        const k = alnum(rng, 32);
        return {
          value: k,
          event: out(
            access(
              { ip: publicIp(rng), ua: rng.pick(BROWSERS) },
              t,
              `/keru?tavran=%2Fapi%2Fsamah%3Fs%3D%25D1%2588%25D1%258B%25D0%25B2%26usa%3D${k}`,
            ),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_CV + 7 * HOUR, site: { host: SAMAH }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// friendica.log: a Friendica 2024.12 node's log (`logfile`, debug level), `<ISO 8601 UTC> <channel> [<LEVEL>]: <message>
// <context as JSON> - {"file":…,"line":…,"function":…,"request-id":…,"stack":…,"uid":…,"process_id":…}`. Layout from
// memory (Friendica's stream logger).

function friendicaLog(rng) {
  const uid = rng.hex(6);
  const l = (t, channel, level, text, ctx, file, fn) =>
    `${iso(t).slice(0, 19)}Z ${channel} [${level}]: ${text} ${JSON.stringify(ctx)} - ${JSON.stringify({ file, line: rng.int(40, 900), function: fn, 'request-id': rng.hex(13), stack: `${fn} (${rng.int(10, 300)})`, uid, process_id: rng.int(1000, 40000) })}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(l(t, 'worker', 'INFO', 'Process done.', { function: 'Delivery', priority: 20 }, 'Worker.php', 'execute')),
      () =>
        out(
          l(
            t,
            'index',
            'DEBUG',
            'Got a new request',
            { method: 'GET', uri: `/profile/keneke/conversations?page=${rng.int(1, 9)}` },
            'App.php',
            'runFrontend',
          ),
        ),
      () =>
        out(l(t, 'worker', 'NOTICE', 'Ҫӗнӗ хыпар ярса пачӗ', { id: rng.int(10000, 99999), network: 'apub' }, 'Delivery.php', 'deliver')),
    ])();
  const steps = [
    2,
    plant(
      'framework-dump',
      'friendica-dba-connect-failed-config-json',
      'error',
      'A failed database connection logs the configuration it used as JSON context, `"password"` in it: the node\'s MariaDB password.',
      ({ rng, t }) => {
        const pw = alnum(rng, 24);
        return {
          value: pw,
          event: out(
            l(
              t,
              'index',
              'ERROR',
              'DBA connect failed',
              {
                database: { hostname: 'localhost', username: 'friendica', password: pw, database: 'friendica', charset: 'utf8mb4' },
                errno: 2002,
              },
              'Database.php',
              'connect',
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'friendica-item-guid',
      'none',
      "An item's `guid` (a UUID) as Friendica stores a federated post: a public id of the post, no credential.",
      ({ rng, t }) => {
        const g = rng.uuid();
        return {
          value: g,
          event: out(
            l(
              t,
              'worker',
              'INFO',
              'Item stored',
              { guid: g, uri: `https://social.${KK}/objects/${g}`, network: 'apub' },
              'Item.php',
              'insert',
            ),
          ),
        };
      },
    ),
    1,
    plant(
      'oauth-code',
      'friendica-oauth-authorize-redirect-code',
      'warning',
      `${WHY.code} Friendica's OAuth server redirects a mobile client after consent, and the debug line writes the redirect with the code.`,
      ({ rng, t }) => {
        const c = rng.hex(40);
        return {
          value: c,
          event: out(
            l(
              t,
              'api',
              'DEBUG',
              'Redirect',
              { url: `https://vulavsa.${KK}/oauth/callback?code=${c}&state=${rng.hex(16)}` },
              'Authorize.php',
              'rawContent',
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'friendica-addon-userinfo-id-token-request-and-error',
      'error',
      "The cooperative's sign-in addon checks a member with `?id_token=` in the query; Friendica's \"Got a new request\" line and the addon's error both write the URI; the token lives an hour and was live at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(30, 900),
          claims: { iss: `https://id.${KK}`, aud: 'friendica', sub: rng.uuid() },
        });
        const uri = `/chvkeru/teresle?id_token=${token}`;
        return {
          value: token,
          jwt: facts,
          event: out(
            l(t, 'index', 'DEBUG', 'Got a new request', { method: 'GET', uri }, 'App.php', 'runFrontend'),
            l(t, 'index', 'WARNING', 'Кӗрӳ тӗрӗсленмерӗ', { uri, reason: 'aud mismatch' }, 'chvkeru.php', 'chvkeru_init'),
          ),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'friendica-pixelfed-connector-passport-refresh-token',
      'error',
      `${WHY.refresh} A connector addon to the cooperative's Pixelfed account logs the token response as context; Laravel Passport's refresh token (\`def50200…\`, hex) is in it.`,
      ({ rng, t }) => {
        const rt = `def50200${rng.hex(640)}`;
        return {
          value: rt,
          event: out(
            l(
              t,
              'worker',
              'DEBUG',
              'Pixelfed token renewed',
              { token_type: 'Bearer', expires_in: 31536000, refresh_token: rt },
              'pixelfed.php',
              'pixelfed_renew',
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'friendica-oembed-fetch-embed-jwt-30d',
      'error',
      "A post links a reading from the cooperative's video room, and the oEmbed fetcher logs the page it asks about (`/embed/<JWT>`, signed for thirty days with a `jti`)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { sub: 'vulav-zal', room: 'kenekesem' },
        });
        return {
          value: token,
          jwt: facts,
          event: out(l(t, 'worker', 'DEBUG', 'Fetching oEmbed', { url: `https://vulav.${KK}/embed/${token}` }, 'OEmbed.php', 'fetchURL')),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'friendica-item-body-access-token-fragment',
      'error',
      "A member's post, stored from the web client, links the address his browser showed after signing in to a reading app, `#access_token=…` included; the debug line writes the item's body.",
      ({ rng, t }) => {
        const tk = rng.b64url(43);
        return {
          value: tk,
          event: out(
            l(
              t,
              'index',
              'DEBUG',
              'Item body',
              {
                body: `Ҫак кӗнекене вулӑр: [url=https://vulav.example/app#access_token=${tk}&token_type=Bearer&expires_in=604800]вулав[/url]`,
              },
              'Item.php',
              'insert',
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'friendica-translate-addon-usa-query',
      'error',
      'The translation addon calls a Chuvash–Russian service with its key as `usa` (`уҫӑ`, "key") in the query, and the HTTP client\'s failure line writes the URL. ' +
        WHY.apiKey('usa'),
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: out(
            l(
              t,
              'worker',
              'NOTICE',
              'HTTPClient failed',
              { url: `https://kusar.example/v1/translate?usa=${k}&from=cv&to=ru`, code: 503 },
              'HttpClient.php',
              'request',
            ),
          ),
        };
      },
    ),
    1,
    plant(
      'session-id',
      'friendica-session-write-failed-phpsessid',
      'error',
      WHY.session('A failed session write logs the PHP session id (26 characters) Friendica keeps in the `PHPSESSID` cookie'),
      ({ rng, t }) => {
        const s = lowerNum(rng, 26);
        return {
          value: s,
          event: out(l(t, 'index', 'WARNING', 'Session write failed', { session_id: s, handler: 'Database' }, 'Database.php', 'write')),
        };
      },
    ),
    2,
    plant(
      'replay',
      'friendica-addon-event-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket (`bilet`) to a book launch, checked by the events addon at the door and written in the "Got a new request" line. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(22);
        firstUse.fbilet = t;
        return {
          value: b,
          event: out(
            l(
              t,
              'index',
              'DEBUG',
              'Got a new request',
              { method: 'GET', uri: `/chvpuhu/bilet?bilet=${b}`, remote: '203.0.113.90' },
              'App.php',
              'runFrontend',
            ),
          ),
        };
      },
      { ref: 'fbilet' },
    ),
    2,
    plant(
      'replay',
      'friendica-addon-event-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('fbilet').value,
            why: `${WHY.replay('bilet', gap('fbilet', t))} A second phone on another address checked the same ticket and the addon let it in.`,
          },
        ],
        event: out(
          l(
            t,
            'index',
            'DEBUG',
            'Got a new request',
            { method: 'GET', uri: `/chvpuhu/bilet?bilet=${refs.get('fbilet').value}`, remote: '198.51.100.58' },
            'App.php',
            'runFrontend',
          ),
        ),
      }),
      { replayOf: 'fbilet', after: 212 },
    ),
    1,
    plant(
      'negative',
      'friendica-delivery-http-signature',
      'none',
      'The HTTP Signature of one ActivityPub delivery (`signature="<base64>"`): signs this request with the actor\'s key, cannot be reused for another; no credential.',
      ({ rng, t }) => {
        const sig = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 342) + '==';
        return {
          value: sig,
          event: out(
            l(
              t,
              'worker',
              'DEBUG',
              'Signed delivery',
              {
                inbox: 'https://mastodon.example/inbox',
                signature: `keyId="https://social.${KK}/profile/keneke#main-key",algorithm="rsa-sha256",headers="(request-target) date host digest",signature="${sig}"`,
              },
              'HTTPSignature.php',
              'transmit',
            ),
          ),
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_CV + 4 * HOUR, site: { host: KK }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// keenetic-syslog.log: the office Keenetic router's system log as its web interface saves it, `[<I|W|E>] <Mon dd
// hh:mm:ss> <process>: <message>` in local time (MSK); NDMS's own lines and those of Entware scripts run from cron
// (`logger -t ddns`), one of which pipes `curl -v` into the log. Layout from memory.

function keeneticLog(rng) {
  const ts = (t) => {
    const d = new Date(t + MSK * 60000);
    return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hmsAt(t, MSK)}`;
  };
  const l = (t, lvl, proc, text) => `[${lvl}] ${ts(t)} ${proc}: ${text}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(l(t, 'I', 'ndhcps', `DHCPACK of 192.168.1.${rng.int(20, 80)} to ${Array.from({ length: 6 }, () => rng.hex(2)).join(':')}`)),
      () =>
        out(
          l(
            t,
            'I',
            'ndm',
            `Network::Interface::Mtk::WifiMonitor: "WifiMaster0/AccessPoint0": STA(${Array.from({ length: 6 }, () => rng.hex(2)).join(':')}) had associated.`,
          ),
        ),
      () => out(l(t, 'I', 'ddns', 'Адрес улшӑнман, ҫӗнетмелли ҫук.')),
    ])();
  const steps = [
    2,
    plant(
      'api-key-name',
      'keenetic-logger-duckdns-token',
      'error',
      "An Entware script logs the DuckDNS update URL it calls with `logger`; `token` is the account's token (a UUID), good for every one of its domains. " +
        WHY.apiKey('token'),
      ({ rng, t }) => {
        const tk = rng.uuid();
        return {
          value: tk,
          event: out(l(t, 'I', 'ddns', `ҫӗнетӳ: https://www.duckdns.org/update?domains=chavashkeneke&token=${tk}&ip= -> OK`)),
        };
      },
    ),
    2,
    plant(
      'negative',
      'keenetic-wireguard-peer-public-key',
      'none',
      "A WireGuard peer's public key (44 characters of base64) as NDMS names the peer: public by design, no credential.",
      ({ rng, t }) => {
        const pk = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43) + '=';
        return {
          value: pk,
          event: out(l(t, 'I', 'ndm', `Wireguard::Interface[Wireguard0]: peer "${pk}" (Вулавҫӑ-ноутбук) handshake done.`)),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'keenetic-logger-freedns-update-key',
      'error',
      WHY.pathSecret(
        "FreeDNS's dynamic update URL (`/dynamic/update.php?<key>`), whose only query is the record's update key, written by the second DDNS script",
      ),
      ({ rng, t }) => {
        const k = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32);
        return {
          value: k,
          event: out(l(t, 'I', 'ddns', `ҫӗнетӳ: https://freedns.afraid.org/dynamic/update.php?${k} -> Updated 1 host(s) keneke.mooo.com`)),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'keenetic-logger-curl-verbose-basic-auth',
      'error',
      "The No-IP updater pipes `curl -v` into `logger`, and curl's `> Authorization: Basic …` line carries the account's name and password in base64.",
      ({ rng, t }) => {
        const b = b64Of(`keneke@${KK}:${alnum(rng, 16)}`);
        return {
          value: b,
          event: out(
            l(t, 'I', 'noip', '> GET /nic/update?hostname=keneke.ddns.net HTTP/1.1'),
            l(t, 'I', 'noip', '> Host: dynupdate.no-ip.com'),
            l(t, 'I', 'noip', `> Authorization: Basic ${b}`),
            l(t, 'I', 'noip', '> User-Agent: Keneke-ddns/1.0 keneke@chavashkeneke.example'),
            l(t, 'I', 'noip', '< HTTP/1.1 200 OK'),
          ),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'keenetic-logger-telegram-bot-url-error',
      'error',
      WHY.webhook(
        'A Telegram bot token (`<bot id>:AA…`) in the path of the Bot API URL the DDNS script could not reach, as its `logger` line writes it',
      ),
      ({ rng, t }) => {
        const tk = `${rng.int(6000000000, 8999999999)}:AA${rng.b64url(33)}`;
        return {
          value: tk,
          event: out(
            l(
              t,
              'E',
              'ddns',
              `хыпар ярайман: curl: (28) Connection timed out after 10001 milliseconds (https://api.telegram.org/bot${tk}/sendMessage?chat_id=-100${rng.int(1e9, 2e9)})`,
            ),
          ),
        };
      },
    ),
    1,
    plant(
      'negative',
      'keenetic-dhcp-client-id',
      'none',
      "A DHCP client's MAC address in NDMS's lease line: a hardware address, no credential.",
      ({ rng, t }) => {
        const mac = Array.from({ length: 6 }, () => rng.hex(2)).join(':');
        return {
          value: mac,
          event: out(l(t, 'I', 'ndhcps', `DHCPACK of 192.168.1.${rng.int(100, 150)} to ${mac} (KENEKE-PC) lease 86400`)),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_CV + 3 * HOUR, site: { host: KK }, filler, render, steps });
}

// =====================================================================================================================
// Koom Haum Hmoob Ua Liaj Ua Teb, a Hmong farmers' cooperative (Hmong, RPA; Saint Paul, Minnesota: CST, UTC-6)
// =====================================================================================================================

const HM = 'hmoobliajteb.example';

// ---------------------------------------------------------------------------------------------------------------------
// sharex-debug.log: ShareX 17's debug log on the office PC (`Logs\ShareX-Log-2027-12.txt`), `<yyyy-mm-dd
// hh:mm:ss.fff> - <message>` in local time (CST) without zone, with multi-line messages (uploader errors with their
// request and response). Layout of the prefix and start-up lines from memory; the uploader messages in ShareX's style.

function sharexLog(rng) {
  const l = (t, text) => `${ymdHmsAt(t, CST)}.${msAt(t, CST)} - ${text}`;
  const shot = () => `${rng.pick(['chrome', 'EXCEL', 'explorer', 'Teams'])}_${alnum(rng, 10)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(l(t, `Screenshot saved: C:\\Users\\HMOOB\\Documents\\ShareX\\Screenshots\\2027-12\\${shot()}.png`)),
      () => out(l(t, `Upload started. File: ${shot()}.png, Uploader: Custom image uploader`)),
      () => out(l(t, `Upload completed. URL: https://duab.${HM}/u/${alnum(rng, 8)}.png`)),
      () => out(l(t, 'Hotkey triggered. RectangleRegion')),
    ])();
  const steps = [
    {
      raw: out(
        l(DAY_HM + 14 * HOUR, 'ShareX starting.'),
        l(DAY_HM + 14 * HOUR, 'Version: 17.1.0'),
        l(DAY_HM + 14 * HOUR, 'Running as elevated process: False'),
      ),
      after: 0,
    },
    2,
    plant(
      'framework-dump',
      'sharex-custom-uploader-import-json-lo-lus-zais',
      'error',
      'Importing the cooperative\'s custom uploader (.sxcu) logs its JSON, whose `Arguments` hold the upload account\'s password as `lo_lus_zais` ("password" in Hmong).',
      ({ rng, t }) => {
        const pw = alnum(rng, 18);
        return {
          value: pw,
          event: out(
            l(
              t,
              `Custom uploader imported: {"Version":"17.1.0","Name":"Duab Hmoob","DestinationType":"ImageUploader","RequestMethod":"POST","RequestURL":"https://duab.${HM}/upload.php","Body":"MultipartFormData","Arguments":{"siv":"ua_liaj","lo_lus_zais":"${pw}"},"FileFormName":"duab","URL":"{json:url}"}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'sharex-screenshot-file-name-random',
      'none',
      "A screenshot's file name in ShareX's default pattern (`%pn_%ra{10}`: the process name and ten random characters): names a file, no credential.",
      ({ rng, t }) => {
        const r = alnum(rng, 10);
        return {
          value: r,
          event: out(l(t, `Screenshot saved: C:\\Users\\HMOOB\\Documents\\ShareX\\Screenshots\\2027-12\\chrome_${r}.png`)),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'sharex-upload-error-request-headers-authorization',
      'error',
      "A failed upload to the file host (a Zipline instance) logs the request ShareX sent, `Authorization:` holding the account's token (Zipline takes it bare, without a scheme).",
      ({ rng, t }) => {
        const tk = `${rng.b64url(24)}.${rng.b64url(40)}`;
        return {
          value: tk,
          event: out(
            l(t, 'Error: The remote server returned an error: (413) Request Entity Too Large.'),
            'Request URL: https://qhia.' + HM + '/api/upload',
            'Request headers:',
            `Authorization: ${tk}`,
            'Format: random',
            'Content-Type: multipart/form-data; boundary=--------------------8ddb2f1a7c3e4d1',
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'sharex-url-shortener-request-yuam-sij',
      'error',
      'The cooperative\'s link shortener takes its key as `yuam_sij` ("key" in Hmong) in the query, and ShareX logs the request URL when shortening fails. ' +
        WHY.apiKey('yuam_sij'),
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: out(l(t, `URL shortener failed: https://txuas.${HM}/api/luv?yuam_sij=${k}&url=https%3A%2F%2Fwww.${HM}%2Fkhw%2Fzaub`)),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'sharex-shorten-clipboard-url-access-token-fragment',
      'error',
      "A staff member copies the address bar after signing in to the market's vendor portal and shortens it with ShareX; the task's line writes the long URL, `#access_token=…` included.",
      ({ rng, t }) => {
        const tk = rng.b64url(40);
        return {
          value: tk,
          event: out(
            l(
              t,
              `Shorten URL task: https://vendors.stpaulmarket.example/portal/callback#access_token=${tk}&token_type=bearer&expires_in=7200`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'sharex-oauth-loopback-dropbox-code',
      'warning',
      `${WHY.code} ShareX's loopback listener logs the request Dropbox's consent page sent back to \`http://127.0.0.1:<port>/\`, \`code\` and \`state\` in it.`,
      ({ rng, t }) => {
        const c = rng.b64url(43);
        return {
          value: c,
          event: out(l(t, `OAuth listener received: GET /?code=${c}&state=${rng.hex(32)} (http://127.0.0.1:${rng.int(49152, 65000)}/)`)),
        };
      },
    ),
    plant(
      'refresh-token',
      'sharex-dropbox-token-response-refresh',
      'error',
      `${WHY.refresh} The token response of the same sign-in, which ShareX logs when it cannot read the account's details, holds Dropbox's offline \`refresh_token\`.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: out(
            l(
              t,
              `Dropbox: account info failed. Token response: {"access_token":"sl.u.${rng.b64url(140)}","token_type":"bearer","expires_in":14400,"refresh_token":"${rt}","scope":"files.content.write","uid":"${rng.int(1e8, 9e8)}","account_id":"dbid:${rng.b64url(40)}"}`,
            ),
          ),
        };
      },
      { after: 3 },
    ),
    2,
    plant(
      'session-id',
      'sharex-upload-error-response-set-cookie-sib-tham',
      'error',
      WHY.session(
        'The image host\'s PHP answer to a failed upload, logged with its headers: `Set-Cookie: sib_tham=…` ("session" in the developers\' Hmong), the session of the uploading account',
      ),
      ({ rng, t }) => {
        const s = lowerNum(rng, 32);
        return {
          value: s,
          event: out(
            l(t, 'Error: Upload failed. Response:'),
            'HTTP/1.1 500 Internal Server Error',
            `Set-Cookie: sib_tham=${s}; path=/; HttpOnly`,
            'Content-Type: text/html; charset=UTF-8',
            'Tsis tau txais cov duab.',
          ),
        };
      },
    ),
    2,
    plant(
      'replay',
      'sharex-upload-url-daim-pib-once',
      'note',
      WHY.ticketFirst(
        'The market\'s photo booth gives a single-use upload ticket (`daim_pib`, "ticket") in the upload URL, and ShareX logs the URL it posts to. The ticket is',
      ),
      ({ rng, t }) => {
        const d = rng.b64url(22);
        return { value: d, event: out(l(t, `Upload started. Request URL: https://khw.${HM}/upload?daim_pib=${d}&hnub=2027-12-03`)) };
      },
    ),
    2,
    plant(
      'negative',
      'sharex-upload-response-sha1',
      'none',
      "The image host's answer after an upload, with the file's `sha1`: a checksum, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: out(
            l(
              t,
              `Upload completed. Response: {"url":"https://duab.${HM}/u/${alnum(rng, 8)}.png","sha1":"${h}","size":${rng.int(20000, 900000)}}`,
            ),
          ),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_HM + 14 * HOUR, site: { host: HM }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// datocms-webhook-calls.jsonl: the webhook calls of the cooperative's DatoCMS project read from the CMA
// (`GET /webhook_calls`), one JSON:API resource a line: `id`, `type`, `attributes` (`entity_type`, `event_type`,
// `request_url`, `request_headers`, `request_payload` as a JSON string, `response_status`, `response_headers`,
// `response_payload`, `created_at` in UTC, `last_sent_at`, `next_retry_at`, `attempted_auto_retries_count`), the
// webhook's relationship. From memory (not fetched).

function datocmsLog(rng) {
  let n = 80000000 + rng.int(0, 999999);
  const itemId = () => rng.b64url(22);
  const call = (t, { url, headers = {}, payload, status = 200, rheaders = {}, rbody = '', event = 'update', hook = '2041' }) =>
    JSON.stringify({
      id: String(++n),
      type: 'webhook_call',
      attributes: {
        entity_type: 'item',
        event_type: event,
        request_url: url,
        request_headers: { 'Content-Type': 'application/json', 'User-Agent': 'DatoCMS (datocms.com)', ...headers },
        request_payload:
          payload ??
          JSON.stringify({
            environment: 'main',
            entity_type: 'item',
            event_type: event,
            entity: { id: itemId(), type: 'item', attributes: { npe: 'Zaub ntsuab', nqi: '3.50' } },
          }),
        response_status: status,
        response_headers: { 'content-type': 'text/plain; charset=utf-8', ...rheaders },
        response_payload: rbody,
        created_at: iso(t).replace('Z', '+00:00'),
        last_sent_at: iso(t + 400).replace('Z', '+00:00'),
        next_retry_at: null,
        attempted_auto_retries_count: 0,
      },
      relationships: { webhook: { data: { type: 'webhook', id: hook } } },
    });
  const item = (attrs) =>
    JSON.stringify({
      environment: 'main',
      entity_type: 'item',
      event_type: 'update',
      entity: { id: itemId(), type: 'item', attributes: attrs },
    });
  const filler = (rng, t) => out(call(t, { url: `https://www.${HM}/api/tshiab`, rbody: 'Tau txais lawm' }));
  const steps = [
    2,
    plant(
      'webhook',
      'datocms-call-request-url-vercel-deploy-hook',
      'error',
      WHY.webhook(
        "The webhook rebuilds the site through a Vercel deploy hook (`/v1/integrations/deploy/prj_…/<token>`), the call's `request_url`",
      ),
      ({ rng, t }) => {
        const tk = alnum(rng, 10);
        return {
          value: tk,
          event: out(
            call(t, {
              url: `https://api.vercel.com/v1/integrations/deploy/prj_${alnum(rng, 28)}/${tk}`,
              status: 201,
              rbody: `{"job":{"id":"${alnum(rng, 20)}","state":"PENDING","createdAt":${t}}}`,
              hook: '2040',
            }),
          ),
        };
      },
    ),
    1,
    plant(
      'negative',
      'datocms-record-id',
      'none',
      "A DatoCMS record id (22 characters of base64url) in a call's payload: names the record, no credential.",
      ({ rng, t }) => {
        const id = rng.b64url(22);
        return {
          value: id,
          event: out(
            call(t, {
              url: `https://www.${HM}/api/tshiab`,
              payload: JSON.stringify({
                environment: 'main',
                entity_type: 'item',
                event_type: 'publish',
                entity: { id, type: 'item', attributes: { npe: 'Dib pob', nqi: '2.00' } },
              }),
              event: 'publish',
              rbody: 'Tau txais lawm',
            }),
          ),
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'datocms-call-request-headers-bearer',
      'error',
      "The call's `request_headers` as DatoCMS keeps them: the custom `Authorization: Bearer …` the webhook sends to the cooperative's order service, a long-lived service token.",
      ({ rng, t }) => {
        const tk = alnum(rng, 48);
        return {
          value: tk,
          event: out(call(t, { url: `https://khw.${HM}/api/cms/hloov`, headers: { Authorization: `Bearer ${tk}` }, rbody: 'OK' })),
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'datocms-call-request-url-yuam-sij',
      'error',
      'A second webhook calls the newsletter service with its key as `yuam_sij` ("key") in the `request_url`. ' + WHY.apiKey('yuam_sij'),
      ({ rng, t }) => {
        const k = rng.hex(40);
        return { value: k, event: out(call(t, { url: `https://xov.${HM}/hooks/cms?yuam_sij=${k}`, rbody: 'Tau xa lawm', hook: '2042' })) };
      },
    ),
    1,
    plant(
      'embed-jwt',
      'datocms-payload-embed-jwt-120s',
      'warning',
      "A record's field holds the link of the harvest dashboard embed (`/embed/<JWT>`) an editor pasted; the token lives two minutes without a `jti` and was live at the call's `created_at`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(10, 60), claims: { resource: { dashboard: 7 }, params: {} } });
        return {
          value: token,
          jwt: facts,
          event: out(
            call(t, {
              url: `https://www.${HM}/api/tshiab`,
              payload: item({ npe: 'Qoob loo 2027', txuas: `https://daim.${HM}/embed/${token}#bordered=false` }),
              rbody: 'Tau txais lawm',
            }),
          ),
        };
      },
    ),
    1,
    plant(
      'session-id',
      'datocms-call-response-set-cookie-phpsessid',
      'error',
      WHY.session(
        'The order service (PHP) answers the webhook with a new session every time, and `response_headers` keeps `set-cookie: PHPSESSID=…` (26 characters)',
      ),
      ({ rng, t }) => {
        const s = lowerNum(rng, 26);
        return {
          value: s,
          event: out(
            call(t, {
              url: `https://khw.${HM}/api/cms/hloov`,
              headers: { Authorization: 'Bearer {{secret}}' },
              rheaders: { 'set-cookie': `PHPSESSID=${s}; path=/; HttpOnly` },
              rbody: 'OK',
            }),
          ),
        };
      },
    ),
    1,
    plant(
      'id-token',
      'datocms-call-request-url-id-token',
      'error',
      "A developer testing the preview gateway put an ID token in the webhook's URL (`?id_token=`); live at the call's `created_at` (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 1200),
          claims: { iss: `https://nkag.${HM}`, aud: 'saib-ua-ntej', sub: rng.uuid(), email: `tus.kho@${HM}` },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            call(t, { url: `https://saib.${HM}/api/rov-qab?id_token=${token}`, status: 401, rbody: 'Tsis pub nkag', hook: '2043' }),
          ),
        };
      },
    ),
    1,
    plant(
      'implicit-fragment',
      'datocms-payload-link-access-token-fragment',
      'error',
      "An editor pastes the address of a page of the market's vendor portal, as the browser showed it after sign-in, into a record's link field; the payload keeps `#access_token=…`.",
      ({ rng, t }) => {
        const tk = rng.b64url(40);
        return {
          value: tk,
          event: out(
            call(t, {
              url: `https://www.${HM}/api/tshiab`,
              payload: item({
                npe: 'Khw Saint Paul',
                txuas: `https://vendors.stpaulmarket.example/portal/home#access_token=${tk}&token_type=bearer`,
              }),
              rbody: 'Tau txais lawm',
            }),
          ),
        };
      },
    ),
    1,
    plant(
      'path-secret',
      'datocms-payload-saib-ua-ntej-link',
      'error',
      WHY.pathSecret(
        'A record\'s preview link (`/saib-ua-ntej/<token>/…`, "preview") copied into its notes field, in the payload of a call',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        return {
          value: tk,
          event: out(
            call(t, {
              url: `https://www.${HM}/api/tshiab`,
              payload: item({ npe: 'Kua txob', sau_tseg: `Saib ntawm no: https://www.${HM}/saib-ua-ntej/${tk}/kua-txob` }),
              rbody: 'Tau txais lawm',
            }),
          ),
        };
      },
    ),
    1,
    plant(
      'encoded',
      'datocms-payload-json-escaped-url-yuam-sij',
      'error',
      "A record's JSON field holds a map widget's configuration as JSON text, so its URL is escaped twice in the payload (`\\\\/` and `\\\\u0026`); unescaped, the URL carries `yuam_sij=` (\"key\") with the map service's key.",
      ({ rng, t }) => {
        const k = alnum(rng, 32);
        const cfg = `{"tiles":"https:\\/\\/maps.example\\/v1\\/{z}\\/{x}\\/{y}.png?style=teb\\u0026yuam_sij=${k}"}`;
        return {
          value: k,
          event: out(
            call(t, {
              url: `https://www.${HM}/api/tshiab`,
              payload: item({ npe: 'Daim ntawv qhia chaw', teeb: cfg }),
              rbody: 'Tau txais lawm',
            }),
          ),
        };
      },
    ),
    1,
    plant(
      'negative',
      'datocms-response-etag',
      'none',
      'The `etag` of a response in `response_headers` (a hash of the body): no credential.',
      ({ rng, t }) => {
        const e = rng.hex(27);
        return {
          value: e,
          event: out(call(t, { url: `https://www.${HM}/api/tshiab`, rheaders: { etag: `W/"${e}"` }, rbody: 'Tau txais lawm' })),
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_HM + 15 * HOUR, site: { host: HM }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// invidious.log: the cooperative's Invidious instance (Hmong videos for the elders), `<yyyy-mm-dd hh:mm:ss> UTC [info]
// <status> <METHOD> <resource> <elapsed>` as Invidious' own request logger writes it. From memory (not fetched).

function invidiousLog(rng) {
  const l = (t, status, method, res) =>
    `${ymdHmsAt(t, 0)} UTC [info] ${status} ${method} ${res} ${(rng.int(80, 90000) / 100).toFixed(2)}ms`;
  const vid = () => rng.b64url(11);
  const filler = (rng, t) =>
    rng.pick([
      () => out(l(t, 200, 'GET', `/watch?v=${vid()}`)),
      () =>
        out(
          l(
            t,
            200,
            'GET',
            `/api/v1/search?q=${encodeURIComponent(rng.pick(['kwv txhiaj', 'nkauj hmoob', 'dab neeg', 'ua liaj ua teb']))}&type=video`,
          ),
        ),
      () => out(l(t, 200, 'GET', `/vi/${vid()}/mqdefault.jpg`)),
      () => out(l(t, 304, 'GET', '/css/default.css?v=8f2a3c1')),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'invidious-embed-video-id',
      'none',
      "`/embed/<video id>`: a YouTube video's public 11-character id, no JWT and no credential.",
      ({ rng, t }) => {
        const v = vid();
        return { value: `/embed/${v}`, event: out(l(t, 200, 'GET', `/embed/${v}?autoplay=0&local=true`)) };
      },
    ),
    3,
    plant(
      'path-secret',
      'invidious-feed-private-token',
      'error',
      WHY.pathSecret(
        "A member's private subscriptions feed (`/feed/private?token=…`) fetched by the office's feed reader; the token, URL-encoded JSON with a session and its HMAC signature, has no expiry",
      ),
      ({ rng, t }) => {
        const sess = `v1%3A${rng.b64url(43)}%3D`;
        return {
          value: sess,
          event: out(
            l(
              t,
              200,
              'GET',
              `/feed/private?token=%7B%22session%22%3A%22${sess}%22%2C%22expire%22%3Anull%2C%22scopes%22%3A%5B%22%3Afeed%2Fprivate%22%5D%2C%22signature%22%3A%22${rng.b64url(43)}%3D%22%7D`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'negative',
      'invidious-watch-playlist-id',
      'none',
      'A public playlist id (`list=PL` and 32 characters) beside a video id: names a playlist, no credential.',
      ({ rng, t }) => {
        const p = `PL${rng.b64url(32)}`;
        return { value: p, event: out(l(t, 200, 'GET', `/watch?v=${vid()}&list=${p}`)) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'invidious-api-yuam-sij-from-tv-app',
      'error',
      'The cooperative\'s TV app adds its key as `yuam_sij` ("key") to every API call, meant for its own gateway, and the instance logs the query. ' +
        WHY.apiKey('yuam_sij'),
      ({ rng, t }) => {
        const k = rng.hex(32);
        return { value: k, event: out(l(t, 200, 'GET', `/api/v1/channels/UC${rng.b64url(22)}/videos?yuam_sij=${k}&hl=hmn`)) };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_HM + 13 * HOUR, site: { host: HM }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// duplicacy-backup.log: Duplicacy 3.2's CLI run with `-log -d backup` by the office NAS's scheduler, `<yyyy-mm-dd
// hh:mm:ss.mmm> <LEVEL> <LOG_ID> <message>` in local time (CST) without zone. Layout from memory.

function duplicacyLog(rng) {
  const l = (t, level, id, text) => `${ymdHmsAt(t, CST)}.${msAt(t, CST)} ${level} ${id} ${text}`;
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          l(
            t,
            'INFO',
            'UPLOAD_FILE',
            `Uploaded Duab/Khw-2027/${rng.pick(['zaub', 'paj', 'kua-txob'])}-${rng.int(100, 999)}.jpg (${rng.int(200000, 9000000)})`,
          ),
        ),
      () => out(l(t, 'DEBUG', 'CHUNK_CACHE', `Skipped chunk ${rng.int(10, 900)} in cache`)),
      () => out(l(t, 'INFO', 'PACK_END', `Packed Ntaub ntawv/Cov tswv cuab ${rng.int(2019, 2027)}.xlsx (${rng.int(20000, 900000)})`)),
    ])();
  const steps = [
    { raw: out(l(DAY_HM + 8 * HOUR, 'INFO', 'STORAGE_SET', 'Storage set to one://Duplicacy/hmoob-nas')), after: 0 },
    plant(
      'refresh-token',
      'duplicacy-debug-onedrive-oauth2-token-percent-v',
      'error',
      `${WHY.refresh} With \`-d\`, the OneDrive backend prints the token it loaded from its token file as Go's \`%+v\` of an \`oauth2.Token\`; \`RefreshToken:M.C5…\` is Microsoft's refresh token.`,
      ({ rng, t }) => {
        const rt = `M.C5${rng.int(10, 99)}_BAY.0.U.-${rng.b64url(300)}`;
        return {
          value: rt,
          event: out(
            l(
              t,
              'DEBUG',
              'ONE_TOKEN',
              `Loaded token: &{AccessToken:EwB${rng.b64url(120)} TokenType:bearer RefreshToken:${rt} Expiry:2027-12-03 09:12:44 -0600 CST}`,
            ),
          ),
        };
      },
      { after: 1 },
    ),
    2,
    plant(
      'negative',
      'duplicacy-chunk-hash',
      'none',
      "A chunk id (64 hex) Duplicacy uploads: the hash of the chunk's content, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, event: out(l(t, 'DEBUG', 'CHUNK_UPLOAD', `Chunk ${h} has been uploaded`)) };
      },
    ),
    3,
    plant(
      'framework-dump',
      'duplicacy-debug-preference-keys-go-map',
      'error',
      "With `-d`, Duplicacy prints the `keys` of the copy storage's preferences as a Go map (`map[b2_id:… b2_key:…]`): the Backblaze application key in clear.",
      ({ rng, t }) => {
        const k = `K005${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 27)}`;
        return {
          value: k,
          event: out(l(t, 'DEBUG', 'PREFERENCE_KEYS', `Keys for storage b2-luam: map[b2_id:005${rng.hex(21)} b2_key:${k} password:]`)),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'duplicacy-storage-set-webdav-percent-encoded-password',
      'error',
      "The second storage's URL as Duplicacy writes it, the WebDAV password percent-encoded in its user info (`%21`, `%40`…): decoded, the NAS account's password.",
      ({ rng, t }) => {
        const pw = `${alnum(rng, 8)}%21${alnum(rng, 6)}%40${alnum(rng, 4)}`;
        return {
          value: pw,
          event: out(l(t, 'INFO', 'STORAGE_SET', `Storage set to webdav://luam%40${HM}:${pw}@nas2.${HM}:5006/duplicacy`)),
        };
      },
    ),
    3,
    plant(
      'negative',
      'duplicacy-b2-file-id',
      'none',
      'A Backblaze B2 file id (`4_z<24 hex>_f…`) in a debug line: names a stored file, no credential.',
      ({ rng, t }) => {
        const f = `4_z${rng.hex(24)}_f${rng.hex(15)}_d20271203_m${rng.int(100000, 235959)}_c005_v${rng.int(1000000, 9999999)}_t0000`;
        return { value: f, event: out(l(t, 'DEBUG', 'B2_UPLOAD', `Uploaded snapshots/hmoob-nas/${rng.int(100, 300)} as ${f}`)) };
      },
    ),
    2,
    { raw: out(l(DAY_HM + 9 * HOUR, 'INFO', 'BACKUP_END', 'Backup for /volume1/Koom Haum at revision 212 completed')) },
  ];
  return buildLog(rng, { start: DAY_HM + 8 * HOUR, site: { host: HM }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout94');
writePart(join(here, 'heldout94'), {
  'gallery-dl-posters.log': galleryDlLog(rng),
  'deluged.log': delugeLog(rng),
  'sabnzbd.log': sabnzbdLog(rng),
  'jackett-log.txt': jackettLog(rng),
  's3cmd-nightly.log': s3cmdLog(rng),
  'tdesktop-log.txt': telegramDesktopLog(rng),
  'mybb-error.log': mybbLog(rng),
  'hunchentoot-samahsar.log': hunchentootLog(rng),
  'friendica.log': friendicaLog(rng),
  'keenetic-syslog.log': keeneticLog(rng),
  'sharex-debug.log': sharexLog(rng),
  'datocms-webhook-calls.jsonl': datocmsLog(rng),
  'invidious.log': invidiousLog(rng),
  'duplicacy-backup.log': duplicacyLog(rng),
});
