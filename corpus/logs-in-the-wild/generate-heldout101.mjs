// Writes corpus/logs-in-the-wild/heldout101/: a hundred-and-first held-out part, in formats no other part uses (a
// Prowlarr trace log, a Bazarr log, SearXNG's container output with uWSGI request lines, the Heroic Games Launcher's
// log, an OpenEVSE Wi-Fi module's serial console, a Midway (Node.js) web log with its context labels, two GoReleaser
// runs kept with `tee -a`, the Strawberry music player's debug output, GlitchTip events read from its API, a HelpCrunch
// chat export, an Ocsigen server access log, `lt --print-requests` (localtunnel) beside the app under `concurrently`, a
// Formspree submissions export, Missive messages read from its API), with credentials planted in the places issue #14
// lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout101.mjs     rewrites heldout101/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Stiperstones and Snailbeach Community Hall Co-operative (Shropshire), with the hall's film
// club media server, a search engine for the village network, the youth club's gaming PC and a car-park charger
// (English, five logs); «Олоҥхо Сэргэтэ», an association of Yakutsk that records and publishes olonkho (Sakha epic
// poems), with its archive site, a command-line tool, a listening station, error tracking and a help chat (Yakut
// (Sakha) in Cyrillic with ҕ ҥ ө һ ү where the apps show text, transliterated without diacritics in routes, parameter,
// cookie and key names, five logs); the Sutsata Culturalã Armãneascã «Crushuva» of Crushuva (Kruševo, North
// Macedonia), with an Aromanian dictionary site, a developer's tunnel, a contact form and a shared mailbox (Aromanian
// in the Bitola (1997) orthography with ã, lj, nj, sh, ts, dz, four logs). Standard names (OAuth's, vendors') stay as
// their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { ALNUM, DAYS, digits, HOUR, iso, local, lowerNum, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node-fetch/3.3'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
/** The logs' ordinary traffic: each number of filler events in a step list counts three times. */
const build = (rng, spec) => buildLog(rng, { ...spec, steps: spec.steps.map((s) => (typeof s === 'number' ? s * 3 : s)) });
const { firstUse, gap } = replayClock();

/** Shropshire in December (GMT, UTC+0), Yakutsk (YAKT, UTC+9 all year), North Macedonia in December (CET, UTC+1). */
const GMT = 0;
const YAKT = 540;
const CET = 60;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_SA = Date.UTC(2027, 11, 14, 0, 0, 0);
const DAY_RU = Date.UTC(2027, 11, 15, 0, 0, 0);

/** A step's lines: `L` is an array, or a function of the step's time for raw steps. */
const render = (e) => (typeof e.L === 'function' ? e.L(e.t) : e.L);
/** A planted step whose maker returns `{ value, needle?, jwt?, marks?, L }`. */
const P = (category, kind, expect, why, fn, options) =>
  plant(
    category,
    kind,
    expect,
    why,
    (ctx) => {
      const r = fn(ctx);
      return { value: r.value, needle: r.needle, jwt: r.jwt, marks: r.marks, event: { L: r.L } };
    },
    options,
  );
const raw = (L, after) => ({ raw: { L }, after });
/** `Mon Dec 13 09:14:02 2027` (C's asctime, uWSGI's request time), at `offset` minutes from UTC. */
const ctime = (t, offset) => {
  const d = new Date(t + offset * 60000);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${local(t, offset).slice(11, 19)} ${d.getUTCFullYear()}`;
};
const hmsAt = (t, offset) => local(t, offset).slice(11, 19);
const msAt = (t, offset) => local(t, offset).slice(20, 23);
const hex = (rng, n) => rng.hex(n);
const alnum = (rng, n) => rng.chars(ALNUM, n);

// =====================================================================================================================
// Stiperstones and Snailbeach Community Hall Co-operative (English; Shropshire: GMT, UTC+0 in December)
// =====================================================================================================================

const SH = 'stiperstoneshall.example';

// ---------------------------------------------------------------------------------------------------------------------
// prowlarr.trace.txt: Prowlarr 1.x (the film club's indexer manager) at trace level: NLog's
// `yyyy-MM-dd HH:mm:ss.f|Level|Logger|Message` in the server's local time (GMT), HttpClient's `Req: [GET] <url>` and
// `Res: HTTP/1.1 [GET] <url>: 200.OK (<ms> ms)`, the API's `[GET] /api/v1/…: 200.OK (<ms> ms)`, an exception's lines
// below its message. Prowlarr cleanses known key names (`apikey=(removed)`), not every name an indexer uses.
// From memory (not fetched): the line layout, `Req:`/`Res:` and the cleansing of `apikey`.

function prowlarrLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, GMT)}.${local(t, GMT).slice(20, 21)}`;
  const ln = (t, lvl, lg, msg) => `${stamp(t)}|${lvl}|${lg}|${msg}`;
  const IDX = ['FilmArchiveTorznab', 'PublicDomainTorrents', 'InternetArchive', 'ClassicCinemaNZB'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [ln(t, 'Debug', 'Api', `[GET] /api/v1/indexerstatus: 200.OK (${rng.int(1, 9)} ms)`)] }),
      () => ({
        L: [
          ln(
            t,
            'Trace',
            'HttpClient',
            `Req: [GET] https://archive.org/advancedsearch.php?q=${rng.pick(['nosferatu', 'metropolis', 'the+general', 'sherlock+jr'])}&fl[]=identifier&rows=100&output=json`,
          ),
          ln(
            t + 300,
            'Trace',
            'HttpClient',
            `Res: HTTP/2.0 [GET] https://archive.org/advancedsearch.php: 200.OK (${rng.int(200, 900)} ms)`,
          ),
        ],
      }),
      () => ({
        L: [
          ln(
            t,
            'Info',
            'ReleaseSearchService',
            `Searching indexer(s): [${rng.pick(IDX)}] for Term: [] for ${rng.pick(['Movies', 'TV'])}, Offset: 0, Limit: 100`,
          ),
        ],
      }),
      () => ({ L: [ln(t, 'Debug', 'IndexerStatusService', `Indexer ${rng.pick(IDX)} is healthy`)] }),
    ])();
  const steps = [
    raw(
      (t) => [
        ln(t, 'Info', 'Bootstrap', 'Starting Prowlarr - /app/prowlarr/bin/Prowlarr - Version 1.28.2.4885'),
        ln(t + 40, 'Info', 'AppFolderInfo', 'Data directory is being overridden to [/config]'),
      ],
      0,
    ),
    3,
    P(
      'negative',
      'prowlarr-cleansed-apikey-removed',
      'none',
      'Prowlarr cleansed the indexer key from its own trace line (`apikey=(removed)`): a redaction remnant, no credential.',
      ({ rng, t }) => {
        const q = rng.pick(['a+night+at+the+opera', 'kes+1969', 'whisky+galore']);
        const url = `https://torznab.filmarchive.example/api?t=movie&q=${q}&apikey=(removed)`;
        return { value: '(removed)', needle: url, L: [ln(t, 'Trace', 'HttpClient', `Req: [GET] ${url}`)] };
      },
    ),
    2,
    P(
      'api-key-name',
      'prowlarr-trace-req-access-key',
      'error',
      `${WHY.apiKey('access_key')} A Torznab feed of a film society that names its key \`access_key\`, a name Prowlarr's cleansing does not cover; the trace line writes the request whole.`,
      ({ rng, t }) => {
        const k = hex(rng, 40);
        return {
          value: k,
          L: [
            ln(
              t,
              'Trace',
              'HttpClient',
              `Req: [GET] https://feeds.bfs-archive.example/torznab/api?t=search&cat=2000&q=brief+encounter&access_key=${k}`,
            ),
            ln(
              t + 500,
              'Trace',
              'HttpClient',
              `Res: HTTP/1.1 [GET] https://feeds.bfs-archive.example/torznab/api: 200.OK (${rng.int(300, 900)} ms)`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'prowlarr-trace-private-rss-feed-path',
      'error',
      WHY.pathSecret(
        "A private tracker's personal RSS feed, whose token is a path segment (`/rss/<token>/films.xml`); the trace line writes the feed's URL",
      ),
      ({ rng, t }) => {
        const tok = hex(rng, 32);
        return {
          value: tok,
          L: [
            ln(t, 'Trace', 'HttpClient', `Req: [GET] https://cinematheque.example/rss/${tok}/films.xml`),
            ln(t + 400, 'Trace', 'HttpClient', `Res: HTTP/1.1 [GET] https://cinematheque.example/rss: 200.OK (${rng.int(200, 600)} ms)`),
          ],
        };
      },
    ),
    3,
    P(
      'session-id',
      'prowlarr-cardigann-login-cookies-uid-pass',
      'error',
      WHY.session(
        "A Cardigann indexer's login: the tracker answers with the classic `uid`/`pass` cookies, and Prowlarr's debug line lists the cookies it keeps (`pass` is the login hash the tracker checks on every request)",
      ),
      ({ rng, t }) => {
        const pass = hex(rng, 32);
        return {
          value: pass,
          L: [
            ln(
              t,
              'Trace',
              'HttpClient',
              `Res: HTTP/1.1 [POST] https://cinematheque.example/takelogin.php: 302.Found (${rng.int(300, 900)} ms)`,
            ),
            ln(t + 30, 'Debug', 'Cardigann', `Login succeeded, cookies: uid=${digits(rng, 5)}; pass=${pass}`),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'prowlarr-grab-magnet-infohash',
      'none',
      "A release's BitTorrent info-hash in the magnet link Prowlarr hands to the download client (`xt=urn:btih:<40 hex>`): it names a torrent, no credential.",
      ({ rng, t }) => {
        const ih = hex(rng, 40).toUpperCase();
        return {
          value: ih,
          L: [ln(t, 'Info', 'DownloadService', `Grabbed magnet:?xt=urn:btih:${ih}&dn=Kes.1969.1080p.BluRay from PublicDomainTorrents`)],
        };
      },
    ),
    2,
    P(
      'encoded',
      'prowlarr-api-login-returnurl-percent-encoded-apikey',
      'error',
      "A bookmark of the API with Prowlarr's own API key, opened while logged out: the app redirects to `/login?returnUrl=…` and the API log writes the return address percent-encoded, key included (`%26apikey%3D<32 hex>`).",
      ({ rng, t }) => {
        const k = hex(rng, 32);
        return {
          value: k,
          L: [
            ln(
              t,
              'Debug',
              'Api',
              `[GET] /login?returnUrl=%2Fapi%2Fv1%2Fsearch%3Fquery%3Dkes%26type%3Dmovie%26apikey%3D${k}: 200.OK (${rng.int(1, 6)} ms)`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'webhook',
      'prowlarr-trace-discord-notification-test',
      'error',
      WHY.webhook(
        "The film club's Discord notification (Settings → Connect), tested from the UI; the trace line writes the webhook's URL (`/api/webhooks/<id>/<token>`)",
      ),
      ({ rng, t }) => {
        const id = `1${digits(rng, 18)}`;
        const tok = rng.b64url(68);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          L: [
            ln(t, 'Trace', 'HttpClient', `Req: [POST] https://discord.com/api/webhooks/${id}/${tok}`),
            ln(t + 300, 'Trace', 'HttpClient', 'Res: HTTP/2.0 [POST] https://discord.com/api/webhooks: 204.NoContent (288 ms)'),
          ],
        };
      },
    ),
    3,
  ];
  return build(rng, { start: DAY_EN + 19 * HOUR, site: { host: 'prowlarr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bazarr.log: Bazarr 1.5 (subtitles for the film club): `dd/mm/yyyy HH:MM:SS|LEVEL   |logger (padded to 32)|message|`
// in local time (GMT); Python reprs of dicts in debug lines, a requests exception's text quoting the URL.
// From memory (a search found no Bazarr source): the pipe layout and the `BAZARR ` prefix of its own messages.

function bazarrLog(rng) {
  const stamp = (t) => {
    const l = local(t, GMT);
    return `${l.slice(8, 10)}/${l.slice(5, 7)}/${l.slice(0, 4)} ${l.slice(11, 19)}`;
  };
  const ln = (t, lvl, lg, msg) => `${stamp(t)}|${lvl.padEnd(8)}|${lg.padEnd(32)}|${msg}|`;
  const FILMS = ['Kes (1969)', 'Brief Encounter (1945)', 'Whisky Galore! (1949)', 'The Wicker Man (1973)', 'Local Hero (1983)'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [ln(t, 'DEBUG', 'root', `BAZARR Searching subtitles for this file: /media/films/${rng.pick(FILMS)}/film.mkv`)] }),
      () => ({ L: [ln(t, 'INFO', 'root', 'BAZARR Finished searching for missing Movies Subtitles. Check History for more information.')] }),
      () => ({ L: [ln(t, 'DEBUG', 'subliminal_patch.core', `Downloading subtitle <PodnapisiSubtitle ${rng.alnum(4)} [en]>`)] }),
      () => ({ L: [ln(t, 'DEBUG', 'root', `BAZARR ${rng.pick(['Radarr', 'Sonarr'])} health check passed`)] }),
    ])();
  const steps = [
    raw((t) => [ln(t, 'INFO', 'root', 'BAZARR is started and waiting for requests on: http://0.0.0.0:6767')], 0),
    P(
      'framework-dump',
      'bazarr-debug-settings-repr-opensubtitles-password',
      'error',
      "With debug logging switched on, the start-up writes the providers' settings as a Python dict repr, OpenSubtitles' account `password` in clear.",
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          L: [
            ln(
              t,
              'DEBUG',
              'root',
              `BAZARR Providers settings: {'opensubtitlescom': {'username': 'stiperstoneshall', 'password': '${pw}', 'use_hash': True, 'include_ai_translated': False}, 'podnapisi': {'verify_ssl': True}}`,
            ),
          ],
        };
      },
      { after: 2 },
    ),
    2,
    P(
      'api-key-name',
      'bazarr-requests-connection-error-sonarr-apikey',
      'error',
      `${WHY.apiKey('apikey')} Sonarr was down: the requests exception Bazarr writes quotes the URL it called (\`Max retries exceeded with url: /api/v3/series?apikey=…\`), Sonarr's key included.`,
      ({ rng, t }) => {
        const k = hex(rng, 32);
        return {
          value: k,
          L: [
            ln(
              t,
              'ERROR',
              'root',
              `BAZARR Error trying to get series from Sonarr. Connection Error. HTTPConnectionPool(host='sonarr', port=8989): Max retries exceeded with url: /api/v3/series?apikey=${k} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f${hex(rng, 10)}>: Failed to establish a new connection: [Errno 111] Connection refused'))`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'bazarr-opensubtitles-moviehash',
      'none',
      "OpenSubtitles' movie hash of a video file (16 hex digits, a checksum of its size and first and last 64 KiB): it names a file, no credential.",
      ({ rng, t }) => {
        const h = hex(rng, 16);
        return {
          value: h,
          L: [ln(t, 'DEBUG', 'subliminal.video', `Computed opensubtitles hash ${h} for /media/films/Local Hero (1983)/film.mkv`)],
        };
      },
    ),
    2,
    P(
      'session-id',
      'bazarr-addic7ed-cookies-repr-phpsessid',
      'error',
      WHY.session(
        "The Addic7ed provider's debug line prints the cookies it logs in with as a Python dict, the site's `PHPSESSID` among them",
      ),
      ({ rng, t }) => {
        const s = lowerNum(rng, 26);
        return {
          value: s,
          L: [
            ln(
              t,
              'DEBUG',
              'subliminal_patch.providers.addic7ed',
              `Addic7ed: using cookies: {'PHPSESSID': '${s}', 'wikisubtitlesuser': '${digits(rng, 6)}'}`,
            ),
          ],
        };
      },
    ),
    3,
    P(
      'refresh-token',
      'bazarr-postprocessing-output-google-credentials-repr',
      'error',
      `${WHY.refresh} Bazarr writes the output of its post-processing command; the hall's script that copies subtitles to Google Drive prints its credentials object (a dict repr) with the refresh token.`,
      ({ rng, t }) => {
        const rt = `1//03${rng.b64url(98)}`;
        return {
          value: rt,
          L: [
            ln(
              t,
              'INFO',
              'root',
              `BAZARR Post-processing result for file /media/films/Kes (1969)/film.mkv: drive-sync: credentials {'token': 'ya29.${rng.b64url(150)}', 'refresh_token': '${rt}', 'token_uri': 'https://oauth2.googleapis.com/token', 'client_id': '${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com'} uploaded 1 file(s)`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'bazarr-subtitle-content-sha1',
      'none',
      "The SHA-1 of a downloaded subtitle's content, written to skip duplicates: a checksum, no credential.",
      ({ rng, t }) => {
        const h = hex(rng, 40);
        return { value: h, L: [ln(t, 'DEBUG', 'root', `BAZARR Subtitle already in history with the same hash (${h}), skipping`)] };
      },
    ),
    2,
    P(
      'webhook',
      'bazarr-apprise-slack-url',
      'error',
      WHY.webhook(
        "Bazarr notifies through Apprise, and its debug line lists the notification URL in Apprise's form (`slack://<T…>/<B…>/<secret>/#channel`), the three parts of a Slack incoming webhook",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(24);
        const a = `T${upperNum(rng, 10)}`;
        const b = `B${upperNum(rng, 10)}`;
        return {
          value: tok,
          needle: `${a}/${b}/${tok}`,
          L: [ln(t, 'DEBUG', 'root', `BAZARR Sending notification with Apprise to: ['slack://${a}/${b}/${tok}/#film-club']`)],
        };
      },
    ),
    2,
  ];
  return build(rng, { start: DAY_EN + 20 * HOUR, site: { host: 'bazarr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// searxng-docker.log: `docker compose logs searxng` of the village network's SearXNG (uWSGI request logging switched
// on to chase slow searches): uWSGI's `[pid: …|app: 0|req: …] <ip> () {… vars in … bytes} [<asctime>] GET … =>
// generated … bytes in … msecs (HTTP/1.1 200) …` lines and SearXNG's `LEVEL:logger: message` lines, all behind the
// `searxng  | ` prefix of compose. The address is the reverse proxy's container. Villagers paste whole URLs into the
// search box, and the request line writes the query.
// From memory (not fetched): uWSGI's request line, SearXNG's log format, httpx's error text.

function searxLog(rng) {
  const C = 'searxng  | ';
  let req = 40;
  const uw = (rng, t, path, bytes = rng.int(6000, 40000)) => {
    req += 1;
    return `${C}[pid: 8|app: 0|req: ${req}/${req * 3 + 1}] 172.20.0.3 () {${rng.int(40, 52)} vars in ${rng.int(700, 1100)} bytes} [${ctime(t, GMT)}] GET ${path} => generated ${bytes} bytes in ${rng.int(90, 2400)} msecs (HTTP/1.1 200) 4 headers in 151 bytes (1 switches on core ${rng.int(0, 3)})`;
  };
  const Q = ['bus+times+minsterley', 'snailbeach+lead+mine+history', 'shropshire+hills+weather', 'hall+hire+prices', 'stiperstones+walk'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [uw(rng, t, `/search?q=${rng.pick(Q)}&category_general=1&language=en-GB&time_range=&safesearch=0&theme=simple`)] }),
      () => ({ L: [uw(rng, t, `/static/themes/simple/css/searxng.min.css?${hex(rng, 8)}`, 31877)] }),
      () => ({ L: [`${C}WARNING:searx.engines.${rng.pick(['wikidata', 'duckduckgo', 'qwant'])}: engine timeout`] }),
      () => ({ L: [uw(rng, t, `/autocompleter?q=${rng.pick(['stip', 'snail', 'hall', 'bus'])}`, rng.int(40, 400))] }),
    ])();
  const steps = [
    P(
      'negative',
      'searxng-default-secret-key-refused',
      'none',
      'SearXNG refuses to start while `server.secret_key` still holds the value its sample settings ship with (`ultrasecretkey`): a documented default, no credential.',
      () => ({
        value: 'ultrasecretkey',
        needle: 'instead of ultrasecretkey',
        L: [`${C}ERROR:searx.webapp: server.secret_key is not changed. Please use something else instead of ultrasecretkey.`],
      }),
      { after: 0 },
    ),
    raw(
      () => [
        `${C}*** Starting uWSGI 2.0.28 (64bit) on [${ctime(DAY_EN + 8 * HOUR + 60000, GMT)}] ***`,
        `${C}spawned uWSGI worker 1 (pid: 8, cores: 4)`,
      ],
      45,
    ),
    4,
    P(
      'implicit-fragment',
      'searxng-uwsgi-search-pasted-callback-fragment',
      'error',
      "A villager pasted the address bar of a sign-in into the search box; the query is the whole URL percent-encoded, the identity provider's fragment (`%23access_token%3D…`) included, and uWSGI writes the request line.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          L: [
            uw(
              rng,
              t,
              `/search?q=https%3A%2F%2Fbooking.${SH}%2Fsignin%2Fdone%23access_token%3D${at}%26token_type%3DBearer%26expires_in%3D3600&language=en-GB`,
            ),
          ],
        };
      },
    ),
    3,
    P(
      'negative',
      'searxng-image-proxy-hmac',
      'none',
      "SearXNG's image proxy signs each proxied image URL with an HMAC (`h=<64 hex>`): a per-URL signature that fetches only that image, no credential.",
      ({ rng, t }) => {
        const h = hex(rng, 64);
        return {
          value: h,
          L: [
            uw(
              rng,
              t,
              `/image_proxy?url=https%3A%2F%2Fupload.wikimedia.org%2Fwikipedia%2Fcommons%2Fthumb%2Fstiperstones.jpg&h=${h}`,
              48211,
            ),
          ],
        };
      },
    ),
    3,
    P(
      'path-secret',
      'searxng-uwsgi-search-pasted-nextcloud-share',
      'error',
      WHY.pathSecret(
        "A public share link of the hall's Nextcloud (`/s/<15 characters>`, no password) pasted into the search box to find the file",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(15);
        return { value: tok, L: [uw(rng, t, `/search?q=https%3A%2F%2Fcloud.${SH}%2Fs%2F${tok}&language=en-GB`)] };
      },
    ),
    3,
    P(
      'api-key-name',
      'searxng-httpx-error-json-engine-api-key',
      'error',
      `${WHY.apiKey('api_key')} The library catalogue added as a \`json_engine\` answers 403 and the engine's error line quotes httpx's message with the URL, key included.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          L: [
            `${C}ERROR:searx.engines.shropshire libraries: HTTPStatusError: Client error '403 Forbidden' for url 'https://catalogue.shropshirelibraries.example/api/items?query=lead+mining&api_key=${k}'`,
          ],
        };
      },
    ),
    4,
  ];
  return build(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'searxng' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// heroic-launcher.log: the Heroic Games Launcher 2.x log of the youth club's gaming PC (Linux): `(HH:MM:SS) LEVEL:
// [Prefix]: message` with the level and prefix padded, local time (GMT) without date; objects printed as JSON.
// From memory (not fetched): the layout, the prefixes (`Backend`, `Gog`, `Legendary`, `Game`, `WineDownloader`).

function heroicLog(rng) {
  const ln = (t, lvl, pre, msg) => `(${hmsAt(t, GMT)}) ${`${lvl}:`.padEnd(9)}${`[${pre}]:`.padEnd(19)}${msg}`;
  const GAMES = ['Stardew Valley', 'Celeste', 'Hades', 'Terraria', 'Rocket League'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [ln(t, 'INFO', 'Backend', `Checking for updates of ${rng.pick(GAMES)}`)] }),
      () => ({ L: [ln(t, 'DEBUG', 'Legendary', `Running command: legendary list --json --third-party`)] }),
      () => ({ L: [ln(t, 'INFO', 'Game', `${rng.pick(GAMES)}: playtime ${rng.int(2, 180)} minutes`)] }),
      () => ({ L: [ln(t, 'DEBUG', 'Backend', `Frontend loaded library with ${rng.int(30, 60)} games`)] }),
    ])();
  const steps = [
    raw(
      (t) => [
        ln(t, 'INFO', 'Backend', 'Heroic Version: 2.16.1'),
        ln(t + 10, 'INFO', 'Backend', 'Legendary Version: 0.20.36 Lowlands (hotfix #6)'),
        ln(t + 20, 'INFO', 'Backend', 'OS: Linux Mint 22.1 KDE x64'),
      ],
      0,
    ),
    2,
    P(
      'oauth-code',
      'heroic-gog-login-success-url-code',
      'warning',
      "A GOG login in Heroic's embedded window ends at `embed.gog.com/on_login_success?origin=client&code=…`, and the debug line writes that address: an authorization code, single-use and short-lived but exchangeable (for GOG's tokens) by whoever reads it first; issue #14 grades it a warning. GOG's client flow carries no `state`.",
      ({ rng, t }) => {
        const code = rng.b64url(86);
        return {
          value: code,
          L: [ln(t, 'DEBUG', 'Gog', `Login window navigated to https://embed.gog.com/on_login_success?origin=client&code=${code}`)],
        };
      },
    ),
    P(
      'refresh-token',
      'heroic-gog-token-json-refresh',
      'error',
      `${WHY.refresh} Right after, Heroic's GOG module writes the token response it stored, as JSON, with \`refresh_token\`.`,
      ({ rng, t }) => {
        const rt = rng.b64url(86);
        return {
          value: rt,
          L: [
            ln(
              t,
              'DEBUG',
              'Gog',
              `Saved credentials {"expires_in":3600,"scope":"","token_type":"bearer","access_token":"${rng.b64url(128)}","user_id":"${digits(rng, 17)}","refresh_token":"${rt}","loginTime":${Math.floor(t / 1000)}}`,
            ),
          ],
        };
      },
      { after: 2 },
    ),
    3,
    P(
      'negative',
      'heroic-epic-app-name-hex',
      'none',
      "An Epic game's `appName` (32 hex digits, the catalogue's id for the game): it names a game, no credential.",
      ({ rng, t }) => {
        const h = hex(rng, 32);
        return { value: h, L: [ln(t, 'INFO', 'Legendary', `Installing Celeste (appName: ${h}) to /home/club/Games/Heroic`)] };
      },
    ),
    2,
    P(
      'framework-dump',
      'heroic-game-settings-json-environment-api-key',
      'error',
      "Launching a modded game, Heroic writes the game's settings as JSON, and with them the environment variables the club set for the mod manager (`enviromentOptions`, Heroic's own spelling): `NEXUS_API_KEY` with its value.",
      ({ rng, t }) => {
        const k = b64Of(rng.bytes(72));
        return {
          value: k,
          L: [
            ln(
              t,
              'INFO',
              'Game',
              `Launching Stardew Valley with settings: {"autoInstallDxvk":true,"enableEsync":true,"enviromentOptions":[{"key":"NEXUS_API_KEY","value":"${k}"},{"key":"SMAPI_NO_TERMINAL","value":"1"}],"launcherArgs":"","wineVersion":{"name":"Proton - Proton-GE-Proton9-20"}}`,
            ),
          ],
        };
      },
    ),
    3,
    P(
      'header-dump',
      'heroic-axios-error-config-steamgriddb-authorization',
      'error',
      "Fetching cover art fails, and Heroic writes the axios error with the request's config as JSON: SteamGridDB's `Authorization: Bearer <32 hex>`, the club's API key, among the headers.",
      ({ rng, t }) => {
        const k = hex(rng, 32);
        return {
          value: k,
          L: [
            ln(
              t,
              'ERROR',
              'Backend',
              `Failed to fetch artwork: AxiosError: Request failed with status code 404 {"url":"https://www.steamgriddb.com/api/v2/grids/game/${rng.int(5000000, 5400000)}","method":"get","headers":{"Accept":"application/json, text/plain, */*","Authorization":"Bearer ${k}","User-Agent":"axios/1.7.9"}}`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'heroic-wine-download-sha512',
      'none',
      "The checksum Heroic's Wine manager verifies after downloading Proton-GE (a SHA-512, 128 hex digits): a checksum, no credential.",
      ({ rng, t }) => {
        const h = hex(rng, 128);
        return { value: h, L: [ln(t, 'INFO', 'WineDownloader', `Checksum OK for GE-Proton9-20.tar.gz: ${h}`)] };
      },
    ),
    2,
  ];
  return build(rng, { start: DAY_EN + 16 * HOUR, site: { host: 'heroic' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openevse-console.log: the serial console of the car-park charger's OpenEVSE Wi-Fi module (ESP32 firmware 5.x),
// captured with `screen -L` while the installer set it up: the boot lines, `[NET]`-style debug lines of the firmware
// (MicroDebug), the emoncms and OCPP clients, a configuration update echoed as JSON. No time on the lines.
// From memory (not fetched): the firmware's debug strings and the configuration's field names; the firmware's
// `___DUMMY_PASSWORD___` placeholder for stored passwords from memory.

function openevseLog(rng) {
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          `Got status: amp=${rng.int(0, 32000)} volt=${rng.int(236, 246)} temp=${rng.int(120, 290)} pilot=32 state=${rng.pick([1, 2, 3])}`,
        ],
      }),
      () => ({ L: [`MQTT: publishing openevse-${hex(rng, 4)}/amp`] }),
      () => ({ L: ['OCPP: heartbeat sent'] }),
      () => ({ L: [`Free heap ${rng.int(90000, 140000)}`] }),
    ])();
  const mac = Array.from({ length: 6 }, () => hex(rng, 2).toUpperCase()).join(':');
  const steps = [
    raw(
      () => [
        'ets Jul 29 2019 12:21:46',
        '',
        'rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)',
        'OpenEVSE WiFI v5.1.4',
        'Build gui-v2',
      ],
      0,
    ),
    P(
      'negative',
      'openevse-wifi-station-mac',
      'none',
      "The Wi-Fi module's MAC address, written when it joins the network: a hardware address, no credential.",
      () => ({ value: mac, L: [`Connected to hall-carpark, IP 192.168.20.41, MAC ${mac}`] }),
    ),
    3,
    P(
      'framework-dump',
      'openevse-config-update-json-mqtt-pass',
      'error',
      'The installer saves the MQTT settings from the web page, and the firmware echoes the JSON it received (`Config update: {…}`), `mqtt_pass` in clear.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          L: [
            `Config update: {"mqtt_enabled":true,"mqtt_server":"mqtt.${SH}","mqtt_port":1883,"mqtt_user":"evse","mqtt_pass":"${pw}","mqtt_topic":"openevse"}`,
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'openevse-config-dummy-password-placeholder',
      'none',
      "The firmware answers a configuration read with `___DUMMY_PASSWORD___` in place of stored passwords, and echoes the page's save of an untouched field: a placeholder, no credential.",
      () => ({
        value: '___DUMMY_PASSWORD___',
        needle: '"pass":"___DUMMY_PASSWORD___"',
        L: ['Config update: {"ssid":"hall-carpark","pass":"___DUMMY_PASSWORD___","hostname":"openevse-carpark"}'],
      }),
    ),
    3,
    P(
      'api-key-name',
      'openevse-emoncms-post-url-apikey',
      'error',
      `${WHY.apiKey('apikey')} The firmware posts each reading to the hall's emoncms with the write key in the URL, and its debug line writes the URL.`,
      ({ rng }) => {
        const k = hex(rng, 32);
        return {
          value: k,
          L: [
            `EMONCMS: posting https://emoncms.${SH}/input/post?node=openevse&fulljson={"amp":16000,"wh":2231}&apikey=${k}`,
            'EMONCMS: response ok',
          ],
        };
      },
    ),
    3,
    P(
      'path-secret',
      'openevse-http-update-private-firmware-link',
      'error',
      WHY.pathSecret(
        "An update from a URL: the installer points the module at a firmware image on the installer's file host, whose link is a private download token in the path (`/dl/<token>/…bin`), and the updater writes it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          L: [
            `Update: starting download from https://files.evinstall.example/dl/${tok}/openevse_wifi_v5.1.4.bin`,
            `Update: ${rng.int(1500000, 1700000)} bytes written`,
          ],
        };
      },
    ),
    3,
  ];
  return build(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'openevse' }, filler, render, steps });
}

// =====================================================================================================================
// «Олоҥхо Сэргэтэ», Yakutsk (Yakut (Sakha); YAKT, UTC+9 all year)
// =====================================================================================================================

const OS = 'olonkho-serge.example';

// ---------------------------------------------------------------------------------------------------------------------
// midway-web.log: the archive site's Midway 3 app (Koa) log file: `yyyy-MM-dd HH:mm:ss.SSS LEVEL <pid>
// [<userId>/<ip>/<traceId>/<ms>ms <METHOD> <url>] <message>` in local time (YAKT) without zone; the bracketed label is
// the request context Midway's Koa context logger adds to every line an app writes for a request, so two loggers of one
// request write its URL twice. Objects printed with util.inspect.
// The context label's format is from midwayjs/midway's packages/web-koa/src/logger.ts (read through search:
// `[$userId/$ip/$traceId/$use_ms $method $url]`); the rest of the line from memory.

function midwayLog(rng) {
  const PID = 2871;
  const ln = (t, lvl, ip, ms, m, url, msg) =>
    `${ymdHmsAt(t, YAKT)}.${msAt(t, YAKT)} ${lvl.padEnd(5)} ${PID} [-/${ip}/-/${ms}ms ${m} ${url}] ${msg}`;
  const SONGS = ['Ньургун Боотур', 'Эр Соҕотох', 'Кыыс Дэбилийэ', 'Бэрт Хара'];
  const filler = (rng, t) => {
    const ip = publicIp(rng);
    return rng.pick([
      () => ({
        L: [
          ln(t, 'INFO', ip, rng.int(2, 40), 'GET', `/api/olonkho?kyrdal=${rng.int(1, 12)}`, `Олоҥхо тиһигэ бэрилиннэ (${rng.int(5, 30)})`),
        ],
      }),
      () => ({
        L: [ln(t, 'INFO', ip, rng.int(2, 40), 'GET', `/api/olonkho/${rng.int(100, 400)}/ihillee`, `«${rng.pick(SONGS)}» иһиллэнэ турар`)],
      }),
      () => ({ L: [ln(t, 'WARN', ip, rng.int(300, 900), 'GET', '/api/kerdiis', 'Көрдөөһүн бытаан: 1 с үөһэ')] }),
    ])();
  };
  const steps = [
    raw((t) => [`${ymdHmsAt(t, YAKT)}.${msAt(t, YAKT)} INFO ${PID} [midway:bootstrap] Сервер 7001 портка үлэлээн эрэр`], 0),
    2,
    P(
      'path-secret',
      'midway-context-label-ullestii-link-two-loggers',
      'error',
      WHY.pathSecret(
        "A share link of an unpublished recording (`/ullestii/<token>`, үллэстии, \"sharing\") opened from a new address; the app's line and the audit logger's warning both carry Midway's context label with the request's URL",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        const ip = publicIp(rng);
        const url = `/ullestii/${tok}/ihillee`;
        return {
          value: tok,
          L: [
            ln(t, 'INFO', ip, 12, 'GET', url, 'Үллэстии сигэтэ аһылынна'),
            ln(t + 4, 'WARN', ip, 13, 'GET', url, '[audit] Сигэ саҥа аадырыстан аһылынна'),
          ],
        };
      },
    ),
    2,
    P(
      'header-dump',
      'midway-inspect-headers-authorization-basic',
      'error',
      "A failed sign-in to the editors' API: the app writes `ctx.headers` with util.inspect, HTTP Basic credentials (`authorization: 'Basic <base64 of user:password>'`) among them.",
      ({ rng, t }) => {
        const v = b64Of(`kyttaachchy:${rng.alnum(14)}`);
        return {
          value: v,
          L: [
            ln(
              t,
              'ERROR',
              publicIp(rng),
              6,
              'POST',
              '/api/redaktor/kiirii',
              `Киирии сыыһа, headers: { host: 'arkhiv.${OS}', 'user-agent': 'okhttp/5.3.2', authorization: 'Basic ${v}', 'content-length': '0' }`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'midway-egg-security-csrf-token',
      'none',
      "The form's CSRF token (`_csrf`, from egg-security), written when a form post fails its check: a CSRF field, no credential.",
      ({ rng, t }) => {
        const c = rng.b64url(24);
        return {
          value: c,
          L: [ln(t, 'WARN', publicIp(rng), 3, 'POST', '/bykaar/sanaa', `invalid csrf token, body: { _csrf: '${c}', aata: 'Туйаара' }`)],
        };
      },
    ),
    2,
    P(
      'negative',
      'midway-koa-conditional-etag',
      'none',
      'The weak ETag of the catalogue\'s JSON (`W/"<size>-<27 base64>"`), written when a client revalidates it: a content hash, no credential.',
      ({ rng, t }) => {
        const e = `W/"${rng.int(4096, 65535).toString(16)}-${rng.b64url(27)}"`;
        return { value: e, L: [ln(t, 'INFO', publicIp(rng), 2, 'GET', '/api/olonkho?kyrdal=3', `304 Уларыйбатах, if-none-match: ${e}`)] };
      },
    ),
    2,
    P(
      'replay',
      'midway-ws-biliet-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket for the live recital stream (`biliet`, билиэт, "ticket") in the WebSocket URL, checked and accepted by the app. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.biliet = t;
        return { value: tk, L: [ln(t, 'INFO', '203.0.113.77', 4, 'GET', `/ws/tuhuluu?biliet=${tk}`, 'Билиэт бэрэбиэркэлэннэ — холбонно')] };
      },
      { ref: 'biliet' },
    ),
    2,
    P(
      'replay',
      'midway-ws-biliet-again',
      'replay',
      '',
      ({ refs, t }) => {
        const tk = refs.get('biliet').value;
        return {
          marks: [
            {
              value: tk,
              why: `${WHY.replay('biliet', gap('biliet', t))} Another address opened the recital stream with the same ticket and the app accepted it again.`,
            },
          ],
          L: [ln(t, 'INFO', '198.51.100.203', 5, 'GET', `/ws/tuhuluu?biliet=${tk}`, 'Билиэт бэрэбиэркэлэннэ — холбонно')],
        };
      },
      { replayOf: 'biliet', after: 142 },
    ),
    2,
    P(
      'api-key-name',
      'midway-context-label-kuluus',
      'error',
      `${WHY.apiKey('kuluus')} The partner libraries' export (\`kuluus\`, күлүүс, "key") in the query; the context label writes the URL.`,
      ({ rng, t }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          L: [ln(t, 'INFO', publicIp(rng), 88, 'GET', `/api/eksport/olonkho.csv?kuluus=${k}`, 'Эспоорт бэлэм: 214 олоҥхо')],
        };
      },
    ),
    2,
    P(
      'refresh-token',
      'midway-inspect-body-refresh-token',
      'error',
      `${WHY.refresh} The mobile app renews its session, and the token endpoint writes the request body with util.inspect when it fails.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          L: [
            ln(
              t,
              'ERROR',
              publicIp(rng),
              19,
              'POST',
              '/api/token/sanardyy',
              `Токен саҥардыллыбата, body: { grant_type: 'refresh_token', refresh_token: '${rt}', client_id: 'olonkho-android' }`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'session-id',
      'midway-inspect-cookies-sessiya',
      'error',
      WHY.session(
        "The app's koa-session cookie (`sessiya`, сессия), written with the request's cookies when a page of the editors' area fails",
      ),
      ({ rng, t }) => {
        const s = rng.b64url(32);
        return {
          value: s,
          L: [
            ln(
              t,
              'ERROR',
              publicIp(rng),
              41,
              'GET',
              '/redaktor/olonkho/212',
              `Алҕас: TypeError: Cannot read properties of undefined (reading 'tyl'), cookies: { sessiya: '${s}', 'sessiya.sig': '${rng.b64url(27)}' }`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'webhook',
      'midway-error-rocketchat-incoming-webhook',
      'error',
      WHY.webhook(
        "The editors' Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) in the error the app writes when a post to it times out",
      ),
      ({ rng, t }) => {
        const id = rng.alnum(17);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          L: [
            ln(
              t,
              'ERROR',
              '127.0.0.1',
              10012,
              'POST',
              '/api/olonkho/212/tahaaryy',
              `Чаакка сурук ыытыллыбата: request to https://chat.${OS}/hooks/${id}/${tok} failed, reason: ETIMEDOUT`,
            ),
          ],
        };
      },
    ),
    2,
  ];
  return build(rng, { start: DAY_SA + 1 * HOUR, site: { host: 'midway' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// goreleaser-olonkho.log: two runs of `goreleaser release --clean` for the archive's command-line tool (`olonkho`),
// appended with `tee -a` on a maintainer's machine: GoReleaser 2's bullets (`  • …`, nested `    • …` with key=value
// fields aligned), hooks with `output: true` printing their output, `  ⨯ release failed after …  error=…`. No time.
// From memory (not fetched): the step names and the error's layout; Go's `Post "<url>": <reason>` is net/http's
// url.Error text.

function goreleaserLog(rng) {
  const kv = (left, fields) => `${left.padEnd(51)}${fields}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          kv(
            `    • building`,
            `binary=dist/olonkho_${rng.pick(['linux_amd64_v1', 'linux_arm64_v8.0', 'windows_amd64_v1', 'darwin_arm64_v8.0'])}/olonkho`,
          ),
        ],
      }),
      () => ({ L: [kv(`    • archiving`, `name=dist/olonkho_1.4.0_${rng.pick(['linux_amd64', 'linux_arm64', 'darwin_arm64'])}.tar.gz`)] }),
      () => ({ L: ['  • calculating checksums'] }),
      () => ({ L: [kv(`    • took: ${rng.int(1, 40)}s`, '')] }),
    ])();
  const commit = hex(rng, 40);
  const head = [
    '  • starting release...',
    kv('  • loading', 'path=.goreleaser.yaml'),
    '  • loading environment variables',
    '  • getting and validating git state',
  ];
  const steps = [
    raw(() => head, 0),
    P(
      'negative',
      'goreleaser-git-state-commit',
      'none',
      'The commit GoReleaser releases (`commit=<40 hex>`): a git object id, no credential.',
      () => ({
        value: commit,
        L: [kv('    • git state', `commit=${commit} branch=main current_tag=v1.4.0 previous_tag=v1.3.2 dirty=false`)],
      }),
      { after: 1 },
    ),
    raw(() => ['  • parsing tag', '  • setting defaults', '  • running before hooks'], 1),
    P(
      'framework-dump',
      'goreleaser-before-hook-env-gitea-token',
      'error',
      'A before hook left from debugging (`env | sort`, with `output: true`) prints the environment of the release, and with it `GITEA_TOKEN`, the token GoReleaser publishes with.',
      ({ rng }) => {
        const tk = hex(rng, 40);
        return {
          value: tk,
          L: [
            kv('    • running', 'hook=env | sort'),
            'GITEA_API=https://git.olonkho-serge.example/api/v1',
            `GITEA_TOKEN=${tk}`,
            'GOPATH=/home/aiyyna/go',
            'HOME=/home/aiyyna',
            'LANG=sah_RU.UTF-8',
          ],
        };
      },
      { after: 1 },
    ),
    P(
      'encoded',
      'goreleaser-before-hook-docker-config-auth-base64',
      'error',
      "The next hook checks the registry login by printing `~/.docker/config.json`; its `auth` is base64 of `user:token` for the archive's registry.",
      ({ rng }) => {
        const a = b64Of(`aiyyna:${rng.alnum(40)}`);
        return {
          value: a,
          L: [
            kv('    • running', 'hook=./scripts/registry-check.sh'),
            'Реестргэ киирии бэрэбиэркэтэ:',
            `{"auths":{"registry.${OS}":{"auth":"${a}"}}}`,
          ],
        };
      },
      { after: 1 },
    ),
    raw(
      () => ['  • checking distribution directory', '  • loading go mod information', '  • build prerequisites', '  • building binaries'],
      2,
    ),
    4,
    raw(() => ['  • archives'], 2),
    2,
    raw(() => ['  • publishing', '    • blob', '    • custom upload'], 2),
    P(
      'api-key-name',
      'goreleaser-upload-error-url-kuluus',
      'error',
      `${WHY.apiKey('kuluus')} The custom upload to the archive's file server fails, and the run's error line quotes Go's url.Error, \`Put "<url>"\`, whose URL holds the key (\`kuluus\`, күлүүс, "key").`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          L: [
            kv(
              '  ⨯ release failed after 1m12s',
              `error=upload: failed to upload olonkho_1.4.0_linux_amd64.tar.gz: Put "https://fiilalar.${OS}/api/hachaidaa/olonkho_1.4.0_linux_amd64.tar.gz?kuluus=${k}": dial tcp 10.8.0.12:443: connect: connection refused`,
            ),
          ],
        };
      },
      { after: 2 },
    ),
    raw(() => ['', ...head, '  • parsing tag', '  • setting defaults', '  • running before hooks'], 240),
    P(
      'header-dump',
      'goreleaser-hook-curl-verbose-authorization-token',
      'error',
      'Before the second run the maintainer replaced the hooks with a check of the Gitea API under `curl -v`; curl prints the request headers it sends, the token in `Authorization: token <40 hex>`.',
      ({ rng }) => {
        const tk = hex(rng, 40);
        return {
          value: tk,
          L: [
            kv('    • running', 'hook=./scripts/gitea-check.sh'),
            `> GET /api/v1/repos/olonkho/olonkho HTTP/1.1`,
            `> Host: git.${OS}`,
            `> User-Agent: curl/8.11.1`,
            `> Authorization: token ${tk}`,
            '> Accept: */*',
            '>',
            '< HTTP/1.1 200 OK',
          ],
        };
      },
      { after: 1 },
    ),
    raw(() => ['  • building binaries'], 3),
    3,
    raw(() => ['  • archives', '  • calculating checksums'], 2),
    P(
      'negative',
      'goreleaser-checksums-sha256',
      'none',
      "A line of `checksums.txt` the after hook prints (a SHA-256 and the archive's name): a checksum, no credential.",
      ({ rng }) => {
        const h = hex(rng, 64);
        return { value: h, L: [kv('    • running', 'hook=cat dist/checksums.txt'), `${h}  olonkho_1.4.0_linux_amd64.tar.gz`] };
      },
      { after: 1 },
    ),
    raw(
      () => [
        '  • publishing',
        '    • scm releases',
        kv('      • creating or updating release', 'tag=v1.4.0 repo=olonkho/olonkho'),
        '  • announcing',
        '    • mattermost',
      ],
      2,
    ),
    P(
      'webhook',
      'goreleaser-announce-mattermost-url-error',
      'error',
      WHY.webhook(
        "The announcement to the association's Mattermost incoming webhook (`/hooks/<26 characters>`) fails, and the run's error line quotes Go's `Post \"<url>\"`",
      ),
      ({ rng }) => {
        const id = lowerNum(rng, 26);
        return {
          value: id,
          L: [
            kv(
              '  ⨯ release failed after 2m03s',
              `error=announce: failed to announce: mattermost: Post "https://chat.${OS}/hooks/${id}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
            ),
          ],
        };
      },
      { after: 3 },
    ),
  ];
  return build(rng, { start: DAY_SA + 3 * HOUR, site: { host: 'goreleaser' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// strawberry-kihillee.log: the Strawberry music player 1.2's debug output on the listening station (run from a
// terminal with `--verbose`, stderr kept): `HH:mm:ss.zzz LEVEL    Class:line    message`, local time (YAKT) without
// date; Qt's printing of QUrl, QJsonObject and QList of pairs.
// From memory (not fetched): the layout, the class names and the messages.

function strawberryLog(rng) {
  const ln = (t, lvl, cls, msg) => `${hmsAt(t, YAKT)}.${msAt(t, YAKT)} ${lvl.padEnd(8)} ${cls.padEnd(30)} ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          ln(
            t,
            'DEBUG',
            `Player:${rng.int(400, 460)}`,
            `Playing "Олоҥхо ${rng.int(1, 40)} — ${rng.pick(['Ньургун Боотур', 'Эр Соҕотох', 'Кыыс Дэбилийэ'])}"`,
          ),
        ],
      }),
      () => ({ L: [ln(t, 'DEBUG', `GstEnginePipeline:${rng.int(900, 990)}`, `Buffering ${rng.int(10, 100)}%`)] }),
      () => ({ L: [ln(t, 'DEBUG', `CollectionWatcher:${rng.int(300, 340)}`, `Rescanning directory "/home/kihillee/Muzyka/Olonkho"`)] }),
    ])();
  const steps = [
    raw(
      (t) => [
        ln(t, 'INFO', 'main:211', 'Strawberry 1.2.7'),
        ln(t + 20, 'DEBUG', 'Database:132', 'Opening database "/home/kihillee/.local/share/strawberry/strawberry/strawberry.db"'),
      ],
      0,
    ),
    2,
    P(
      'encoded',
      'strawberry-subsonic-ping-enc-hex-password',
      'error',
      "Strawberry's Subsonic client, set to send the password rather than a token, writes the ping URL with `p=enc:<hex>`: the archive server's password hex-encoded, as the Subsonic API defines `enc:`.",
      ({ rng, t }) => {
        const pw = `${rng.alnum(10)}-${rng.alnum(6)}`;
        const enc = Buffer.from(pw).toString('hex');
        return {
          value: enc,
          L: [
            ln(
              t,
              'DEBUG',
              'SubsonicService:283',
              `Sending request QUrl("https://muzyka.${OS}/rest/ping.view?u=kihillee&p=enc:${enc}&v=1.16.1&c=Strawberry&f=json")`,
            ),
          ],
        };
      },
    ),
    P(
      'header-dump',
      'strawberry-subsonic-request-headers-basic',
      'error',
      "The same client writes the headers it adds for the server's reverse proxy, `Authorization: Basic <base64 of user:password>`, as Qt prints a list of header pairs.",
      ({ rng, t }) => {
        const v = b64Of(`kihillee:${rng.alnum(14)}`);
        return {
          value: v,
          L: [
            ln(
              t,
              'DEBUG',
              'SubsonicRequest:97',
              `Request headers: QList(std::pair("Authorization","Basic ${v}"), std::pair("User-Agent","Strawberry/1.2.7"))`,
            ),
          ],
        };
      },
      { after: 1 },
    ),
    3,
    P(
      'oauth-code',
      'strawberry-spotify-local-redirect-code',
      'warning',
      `${WHY.code} Strawberry's Spotify sign-in returns to its local redirect server, which writes the URL it received (\`http://localhost:<port>/?code=…&state=…\`).`,
      ({ rng, t }) => {
        const code = `AQ${rng.b64url(150)}`;
        return {
          value: code,
          L: [
            ln(
              t,
              'DEBUG',
              'LocalRedirectServer:214',
              `Received "http://localhost:${rng.int(49152, 65000)}/?code=${code}&state=${rng.alnum(16)}"`,
            ),
          ],
        };
      },
    ),
    P(
      'refresh-token',
      'strawberry-spotify-token-qjsonobject',
      'error',
      `${WHY.refresh} Strawberry writes Spotify's token response as Qt prints a QJsonObject, \`refresh_token\` included.`,
      ({ rng, t }) => {
        const rt = `AQ${rng.b64url(129)}`;
        return {
          value: rt,
          L: [
            ln(
              t,
              'DEBUG',
              'SpotifyService:412',
              `QJsonObject({"access_token":"BQ${rng.b64url(150)}","expires_in":3600,"refresh_token":"${rt}","scope":"playlist-read-private user-library-read","token_type":"Bearer"})`,
            ),
          ],
        };
      },
      { after: 1 },
    ),
    2,
    P(
      'negative',
      'strawberry-spotify-playlist-snapshot-id',
      'none',
      "A Spotify playlist's `snapshot_id` (base64 of a version counter and a hash): it names a version of a playlist, no credential.",
      ({ rng, t }) => {
        const s = b64Of(`AAAA${rng.bytes(30).toString('hex').slice(0, 40)}`);
        return { value: s, L: [ln(t, 'DEBUG', 'SpotifyRequest:733', `Playlist "Олоҥхо ырыалара" snapshot_id "${s}", 48 tracks`)] };
      },
    ),
    2,
    P(
      'api-key-name',
      'strawberry-discogs-cover-search-token',
      'error',
      `${WHY.apiKey('token')} The album-cover search asks Discogs with the station's personal access token in the query (\`token=\`, as Discogs accepts it), and the provider writes the URL.`,
      ({ rng, t }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          L: [
            ln(
              t,
              'DEBUG',
              'DiscogsCoverProvider:148',
              `Sending request QUrl("https://api.discogs.com/database/search?artist=Gavril+Kolesov&release_title=Olonkho&type=release&token=${k}")`,
            ),
          ],
        };
      },
    ),
    3,
    P(
      'session-id',
      'strawberry-lastfm-scrobble-sk',
      'error',
      WHY.session(
        "Last.fm's session key (`sk`, 32 characters, valid until the user revokes it) in the list of query items the scrobbler writes for `track.updateNowPlaying`; Last.fm signs requests with it",
      ),
      ({ rng, t }) => {
        const sk = rng.alnum(32);
        return {
          value: sk,
          L: [
            ln(
              t,
              'DEBUG',
              'ScrobblingAPI20:437',
              `Sending request QList(std::pair("api_key","${hex(rng, 32)}"), std::pair("artist","Гаврил Колесов"), std::pair("method","track.updateNowPlaying"), std::pair("sk","${sk}"), std::pair("track","Ньургун Боотур"))`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'strawberry-musicbrainz-recording-id',
      'none',
      'A MusicBrainz recording id (a UUID) the tagger writes: it names a recording, no credential.',
      ({ rng, t }) => {
        const id = rng.uuid();
        return { value: id, L: [ln(t, 'DEBUG', 'TagFetcher:160', `MusicBrainz recording ${id} matched "Ньургун Боотур"`)] };
      },
    ),
    2,
  ];
  return build(rng, { start: DAY_SA + 10 * HOUR, site: { host: 'strawberry' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// glitchtip-events.jsonl: GlitchTip 4 events of the archive's site (sentry-javascript 8 in the browser, sentry-python
// 2 in the Django editors' back office), read back from GlitchTip's Sentry-compatible API
// (`/api/0/issues/<id>/events/latest/`), one a line: `eventID`, `dateCreated` (UTC), `title`, `culprit`, `platform`,
// `entries` (`request` with `url`, `query`, `headers`, `cookies`, `data`; `exception` with frames and their `vars`),
// `tags`, `sdk`. The Python SDK runs with `send_default_pii=True` and local variables.
// From memory (not fetched): the event fields as the API returns them.

function glitchtipLog(rng) {
  const ev = (rng, t, { title, culprit, platform = 'javascript', request, frames, tags = [], sdk, extra }) =>
    JSON.stringify({
      eventID: hex(rng, 32),
      dateCreated: iso(t),
      title,
      culprit,
      platform,
      entries: [
        ...(frames
          ? [
              {
                type: 'exception',
                data: { values: [{ type: title.split(':')[0], value: title.split(': ')[1] ?? '', stacktrace: { frames } }] },
              },
            ]
          : []),
        { type: 'request', data: request },
      ],
      tags: [['environment', 'production'], ['release', 'olonkho-site@3.2.0'], ...tags],
      sdk: sdk ?? { name: 'sentry.javascript.browser', version: '8.47.0' },
      ...(extra ? { context: extra } : {}),
    });
  const PY = { name: 'sentry.python.django', version: '2.19.2' };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          ev(rng, t, {
            title: "TypeError: Cannot read properties of null (reading 'play')",
            culprit: 'app/player.ts in onLoaded',
            request: {
              url: `https://arkhiv.${OS}/olonkho/${rng.int(100, 400)}`,
              method: 'GET',
              headers: [['User-Agent', rng.pick(BROWSERS)]],
            },
          }),
        ],
      }),
      () => ({
        L: [
          ev(rng, t, {
            title: 'ChunkLoadError: Loading chunk 412 failed.',
            culprit: 'webpack/runtime',
            request: {
              url: `https://arkhiv.${OS}/kerdiis?tyl=${rng.pick(['olonkho', 'toyuk', 'algys'])}`,
              method: 'GET',
              headers: [['User-Agent', rng.pick(BROWSERS)]],
            },
          }),
        ],
      }),
    ])();
  const steps = [
    2,
    P(
      'implicit-fragment',
      'glitchtip-browser-request-url-access-token-fragment',
      'error',
      "sentry-javascript's request URL is the page's `location.href`, fragment included: an error on the page the implicit sign-in returns to carries its `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          L: [
            ev(rng, t, {
              title: 'Error: state mismatch',
              culprit: 'app/auth.ts in handleCallback',
              request: {
                url: `https://arkhiv.${OS}/kiirii/tyhyy#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.alnum(16)}`,
                method: 'GET',
                headers: [['User-Agent', rng.pick(BROWSERS)]],
              },
            }),
          ],
        };
      },
    ),
    P(
      'id-token',
      'glitchtip-django-request-query-id-token',
      'error',
      "An OpenID Connect return with `response_mode=query` (the back office's older client), whose view raised; sentry-python sends the request's query string, and the event holds the `id_token`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: { iss: `https://kiirii.${OS}`, aud: 'redaktor', sub: `${rng.int(1000, 9999)}`, name: 'Туйаара Петрова' },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            ev(rng, t, {
              title: "KeyError: 'nonce'",
              culprit: 'redaktor.auth.views.oidc_return',
              platform: 'python',
              sdk: PY,
              request: {
                url: `https://redaktor.${OS}/oidc/return`,
                method: 'GET',
                query: `state=${rng.alnum(20)}&id_token=${token}`,
                headers: [['Host', `redaktor.${OS}`]],
              },
            }),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'glitchtip-extra-config-public-dsn-key',
      'none',
      "The browser DSN (`https://<public key>@glitchtip…/3`), which the site's code attaches to an event's extra data with its configuration: the DSN's key is public by design (it only lets a browser submit events).",
      ({ rng, t }) => {
        const k = hex(rng, 32);
        return {
          value: k,
          L: [
            ev(rng, t, {
              title: 'Error: Failed to fetch',
              culprit: 'app/api.ts in getOlonkho',
              request: { url: `https://arkhiv.${OS}/olonkho/118`, method: 'GET', headers: [['User-Agent', rng.pick(BROWSERS)]] },
              extra: { config: { dsn: `https://${k}@glitchtip.${OS}/3`, apiBase: '/api', release: 'olonkho-site@3.2.0' } },
            }),
          ],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'glitchtip-request-referer-embed-30d',
      'error',
      "The archive's recital player embedded on a school's site (`/embed/<JWT>`) sends its page as `Referer`, and the event's headers keep it",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(86400, 5 * 86400),
          jti: true,
          claims: { iss: `https://arkhiv.${OS}`, resource: { olonkho: 212 }, school: 'Дьокуускай 5-с оскуолата' },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            ev(rng, t, {
              title: "NotAllowedError: play() failed because the user didn't interact with the document first.",
              culprit: 'embed/player.ts in start',
              request: {
                url: `https://arkhiv.${OS}/api/olonkho/212/ihillee`,
                method: 'GET',
                headers: [
                  ['Referer', `https://arkhiv.${OS}/embed/${token}`],
                  ['User-Agent', rng.pick(BROWSERS)],
                ],
              },
            }),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'glitchtip-django-cookies-csrftoken-only',
      'none',
      "Django's `csrftoken` cookie, alone in an anonymous visitor's cookies: a CSRF value, no credential.",
      ({ rng, t }) => {
        const c = rng.alnum(32);
        return {
          value: c,
          L: [
            ev(rng, t, {
              title: 'Http404: No Olonkho matches the given query.',
              culprit: 'redaktor.views.olonkho_detail',
              platform: 'python',
              sdk: PY,
              request: {
                url: `https://redaktor.${OS}/olonkho/999/`,
                method: 'GET',
                cookies: [['csrftoken', c]],
                headers: [['Host', `redaktor.${OS}`]],
              },
            }),
          ],
        };
      },
    ),
    2,
    P(
      'session-id',
      'glitchtip-django-cookies-sessionid',
      'error',
      WHY.session("sentry-python with `send_default_pii=True` sends the request's cookies: Django's `sessionid` of an editor"),
      ({ rng, t }) => {
        const s = lowerNum(rng, 32);
        return {
          value: s,
          L: [
            ev(rng, t, {
              title: 'IntegrityError: duplicate key value violates unique constraint "olonkho_tyl_key"',
              culprit: 'redaktor.views.olonkho_save',
              platform: 'python',
              sdk: PY,
              request: {
                url: `https://redaktor.${OS}/olonkho/212/`,
                method: 'POST',
                cookies: [
                  ['csrftoken', rng.alnum(32)],
                  ['sessionid', s],
                ],
                headers: [['Host', `redaktor.${OS}`]],
              },
            }),
          ],
        };
      },
    ),
    P(
      'header-dump',
      'glitchtip-django-request-headers-authorization-bearer',
      'error',
      "The same SDK sends the request's headers with PII on: the mobile app's `Authorization: Bearer <token>` (the back office's opaque API token) on a failed upload.",
      ({ rng, t }) => {
        const tk = rng.b64url(40);
        return {
          value: tk,
          L: [
            ev(rng, t, {
              title: 'OSError: [Errno 28] No space left on device',
              culprit: 'redaktor.api.upload',
              platform: 'python',
              sdk: PY,
              request: {
                url: `https://redaktor.${OS}/api/hachaidaa/`,
                method: 'POST',
                headers: [
                  ['Authorization', `Bearer ${tk}`],
                  ['Content-Type', 'audio/ogg'],
                  ['Host', `redaktor.${OS}`],
                ],
              },
            }),
          ],
        };
      },
    ),
    2,
    P(
      'refresh-token',
      'glitchtip-django-request-data-refresh-token',
      'error',
      `${WHY.refresh} The token view failed, and sentry-python sent the form body (\`data\`) with the mobile app's \`refresh_token\`.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          L: [
            ev(rng, t, {
              title: 'OperationalError: could not connect to server: Connection refused',
              culprit: 'redaktor.api.token',
              platform: 'python',
              sdk: PY,
              request: {
                url: `https://redaktor.${OS}/api/token/`,
                method: 'POST',
                data: { grant_type: 'refresh_token', refresh_token: rt, client_id: 'olonkho-android' },
                headers: [['Host', `redaktor.${OS}`]],
              },
            }),
          ],
        };
      },
    ),
    2,
    P(
      'framework-dump',
      'glitchtip-frame-vars-databases-password',
      'error',
      "The same outage's frame variables (`vars`, on with sentry-python's local variables): `settings_dict`, the database settings as a Python repr, `'PASSWORD'` in clear.",
      ({ rng, t }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          L: [
            ev(rng, t, {
              title: 'OperationalError: could not connect to server: Connection refused',
              culprit: 'django.db.backends.postgresql.base in get_new_connection',
              platform: 'python',
              sdk: PY,
              frames: [
                {
                  filename: 'django/db/backends/base/base.py',
                  function: 'connect',
                  lineno: 256,
                  vars: {
                    self: "<DatabaseWrapper vendor='postgresql' alias='default'>",
                    settings_dict: `{'ENGINE': 'django.db.backends.postgresql', 'NAME': 'olonkho', 'USER': 'redaktor', 'PASSWORD': '${pw}', 'HOST': 'db', 'PORT': '5432'}`,
                  },
                },
              ],
              request: { url: `https://redaktor.${OS}/`, method: 'GET', headers: [['Host', `redaktor.${OS}`]] },
            }),
          ],
        };
      },
    ),
    2,
  ];
  return build(rng, { start: DAY_SA + 2 * HOUR, site: { host: 'glitchtip' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// helpcrunch-chats.jsonl: the help chat of the archive's site, HelpCrunch messages read back from its REST API, one a
// line with the chat's id added: `id`, `chat`, `createdAt` (UTC), `from` (`customer`/`agent`), `type`, `text`,
// `customer` (`id`, `name`), `agent`, `pageUrl` (the page the visitor had open).
// From memory (not fetched): the field names.

function helpcrunchLog(rng) {
  let id = 88000 + rng.int(0, 999);
  const msg = (rng, t, { chat, from = 'customer', text, pageUrl = null, name = 'Сардаана' }) =>
    JSON.stringify({
      id: ++id,
      chat,
      createdAt: iso(t),
      from,
      type: 'message',
      text,
      customer: { id: 31000 + chat, name },
      agent: from === 'agent' ? { id: 7, name: 'Айаал' } : null,
      pageUrl,
    });
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          msg(rng, t, {
            chat: rng.int(1200, 1299),
            text: 'Үтүө күнүнэн! Олоҥхо иһиллэммэт, туох буолла?',
            pageUrl: `https://arkhiv.${OS}/olonkho/${rng.int(100, 400)}`,
          }),
        ],
      }),
      () => ({ L: [msg(rng, t, { chat: rng.int(1200, 1299), from: 'agent', text: 'Үтүө күнүнэн! Билигин көрөбүн, кыратык кэтэһиҥ.' })] }),
      () => ({ L: [msg(rng, t, { chat: rng.int(1200, 1299), text: 'Махтал! Барыта үчүгэй.' })] }),
    ])();
  const steps = [
    2,
    P(
      'implicit-fragment',
      'helpcrunch-page-url-access-token-fragment',
      'error',
      'The widget records the page the visitor had open, `location.href` with its fragment: the page the implicit sign-in returned to, `#access_token=…` included.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          L: [
            msg(rng, t, {
              chat: 1241,
              text: 'Киирэр кыаҕым суох, кыраан кураанах',
              pageUrl: `https://arkhiv.${OS}/kiirii/tyhyy#access_token=${at}&token_type=Bearer&expires_in=3600`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'session-id',
      'helpcrunch-pasted-copy-as-curl-cookie-sessiya',
      'error',
      WHY.session(
        'A visitor pastes the request they copied from the browser\'s developer tools ("Copy as cURL") to show the error, with the site\'s `sessiya` cookie',
      ),
      ({ rng, t }) => {
        const s = rng.b64url(32);
        return {
          value: s,
          L: [
            msg(rng, t, {
              chat: 1247,
              name: 'Нюргун',
              text: `Маны көрүҥ: curl 'https://arkhiv.${OS}/api/olonkho/212/ihillee' -H 'accept: audio/ogg' -H 'cookie: sessiya=${s}; sessiya.sig=${rng.b64url(27)}' — 500 алҕас`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'helpcrunch-russian-post-tracking-number',
      'none',
      'A parcel tracking number of the post (S10 format, two letters, nine digits, `RU`) an agent gives for a mailed CD: it tracks a parcel, no credential.',
      ({ rng, t }) => {
        const n = `RA${digits(rng, 9)}RU`;
        return { value: n, L: [msg(rng, t, { chat: 1250, from: 'agent', text: `Диискэ почтанан ыытылынна, суола: ${n}` })] };
      },
    ),
    2,
    P(
      'negative',
      'helpcrunch-customer-pastes-error-event-id',
      'none',
      "The error id the site's error page shows (GlitchTip's event id, 32 hex digits), pasted by a visitor: it names an error report, no credential.",
      ({ rng, t }) => {
        const e = hex(rng, 32);
        return {
          value: e,
          L: [
            msg(rng, t, {
              chat: 1251,
              name: 'Мичил',
              text: `Сайт «Алҕас таҕыста» диир, алҕас нүөмэрэ: ${e}`,
              pageUrl: `https://arkhiv.${OS}/olonkho/301`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'helpcrunch-agent-ullestii-link',
      'error',
      WHY.pathSecret('An agent sends a teacher the share link of an unpublished recording (`/ullestii/<token>`)'),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          L: [
            msg(rng, t, {
              chat: 1252,
              from: 'agent',
              name: 'Уйбаан Николаевич',
              text: `Бу сигэнэн иһиллиэххит: https://arkhiv.${OS}/ullestii/${tok}/ihillee`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'id-token',
      'helpcrunch-pasted-url-id-token',
      'error',
      'A visitor pastes the address of the sign-in return, whose query holds the `id_token`',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 300),
          claims: { iss: `https://kiirii.${OS}`, aud: 'arkhiv', sub: `${rng.int(1000, 9999)}`, name: 'Нюргун Иванов' },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            msg(rng, t, {
              chat: 1255,
              name: 'Нюргун',
              text: `Бу аадырыска тохтоото: https://arkhiv.${OS}/oidc/tyhyy?state=${rng.alnum(16)}&id_token=${token}`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'helpcrunch-page-url-embed-expired',
      'note',
      "A school's visitor writes from the embedded player (`/embed/<JWT>`); the widget records the page, whose token had expired",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: 9 * 86400,
          claims: { iss: `https://arkhiv.${OS}`, resource: { olonkho: 118 } },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            msg(rng, t, {
              chat: 1258,
              name: 'Оскуола 5',
              text: 'Плеер «болдьоҕо бүттэ» диир',
              pageUrl: `https://arkhiv.${OS}/embed/${token}`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'encoded',
      'helpcrunch-pasted-magic-link-base64-json-kuluus',
      'error',
      'A visitor pastes the sign-in link the site mailed them; its `d=` is base64 of a JSON object with the one-time `kuluus` (күлүүс, "key") that signs them in.',
      ({ rng, t }) => {
        const d = b64Of(JSON.stringify({ email: 'sardaana@mail.example', kuluus: rng.alnum(32), tahaar: `https://arkhiv.${OS}/redaktor` }));
        return { value: d, L: [msg(rng, t, { chat: 1261, text: `Сигэ аһыллыбат: https://arkhiv.${OS}/kiirii/e-mail?d=${d}` })] };
      },
    ),
    2,
  ];
  return build(rng, { start: DAY_SA + 5 * HOUR, site: { host: 'helpcrunch' }, filler, render, steps });
}

// =====================================================================================================================
// Sutsata Culturalã Armãneascã «Crushuva» (Aromanian; Crushuva/Kruševo: CET, UTC+1 in December)
// =====================================================================================================================

const AR = 'crushuva.example';

// ---------------------------------------------------------------------------------------------------------------------
// ocsigen-access.log: the dictionary site's Ocsigen Server 5 (Eliom) access log: `<Mon DD HH:MM:SS>: access:
// connection for <host> from <ip> (<user agent>): <path and query>`, local time (CET) without zone or year.
// From memory (a search for the line found nothing): the layout.

function ocsigenLog(rng) {
  const HOSTN = `dictsiunar.${AR}`;
  const stamp = (t) => {
    const d = new Date(t + CET * 60000);
    return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${hmsAt(t, CET)}`;
  };
  const ln = (t, ip, ua, path) => `${stamp(t)}: access: connection for ${HOSTN} from ${ip} (${ua}): ${path}`;
  const W = ['casã', 'muntsã', 'fumealje', 'limbã', 'oaspi', 'cãntic', 'dor'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [ln(t, publicIp(rng), rng.pick(BROWSERS), `/zbor/${encodeURIComponent(rng.pick(W))}`)] }),
      () => ({ L: [ln(t, publicIp(rng), rng.pick(BROWSERS), `/caftari?zbor=${encodeURIComponent(rng.pick(W))}&limba=rup`)] }),
      () => ({ L: [ln(t, publicIp(rng), rng.pick(BROWSERS), '/css/dictsiunar.css')] }),
    ])();
  const steps = [
    3,
    P(
      'oauth-code',
      'ocsigen-access-orcid-callback-code',
      'warning',
      `${WHY.code} The editors sign in with ORCID, whose codes are six characters; the access line writes the callback's query (\`/intrari/orcid?code=…&state=…\`).`,
      ({ rng, t }) => {
        const code = rng.alnum(6);
        return { value: code, L: [ln(t, publicIp(rng), rng.pick(BROWSERS), `/intrari/orcid?code=${code}&state=${rng.alnum(20)}`)] };
      },
    ),
    2,
    P(
      'negative',
      'ocsigen-access-fbclid',
      'none',
      "Facebook's click id (`fbclid`) on a link shared from a post: a tracking id, no credential.",
      ({ rng, t }) => {
        const f = `IwAR${rng.b64url(56)}`;
        return { value: f, L: [ln(t, publicIp(rng), rng.pick(BROWSERS), `/zbor/dor?fbclid=${f}`)] };
      },
    ),
    2,
    P(
      'api-key-name',
      'ocsigen-access-api-cljaie',
      'error',
      `${WHY.apiKey('cljaie')} A partner school's app fetches words with the dictionary's key (\`cljaie\`, "key") in the query.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return { value: k, L: [ln(t, publicIp(rng), 'okhttp/5.3.2', `/api/zboruri?di=2027-12-01&cljaie=${k}`)] };
      },
    ),
    2,
    P(
      'replay',
      'ocsigen-access-ascultari-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket (`bilet`) for a recording of the village singers, given with each purchase of the songbook and spent when the recording is opened. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.bilet = t;
        return { value: tk, L: [ln(t, '203.0.113.18', BROWSERS[2], `/ascultari/cantitsi?bilet=${tk}`)] };
      },
      { ref: 'bilet' },
    ),
    2,
    P(
      'replay',
      'ocsigen-access-ascultari-bilet-again',
      'replay',
      '',
      ({ refs, t }) => {
        const tk = refs.get('bilet').value;
        return {
          marks: [
            {
              value: tk,
              why: `${WHY.replay('bilet', gap('bilet', t))} Another address and another browser opened the recording with the ticket already spent, and the server answered it (Ocsigen logs the requests it serves).`,
            },
          ],
          L: [ln(t, '198.51.100.92', BROWSERS[0], `/ascultari/cantitsi?bilet=${tk}`)],
        };
      },
      { replayOf: 'bilet', after: 611 },
    ),
    2,
    P(
      'encoded',
      'ocsigen-access-intrari-percent-encoded-cljaie',
      'error',
      "A logged-out editor's bookmark of the export: the site sends them to `/intrari?turnari=…`, the return address percent-encoded, the export's `cljaie` inside (`%26cljaie%3D…`).",
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          L: [ln(t, publicIp(rng), rng.pick(BROWSERS), `/intrari?turnari=%2Fexport%2Fzboruri.csv%3Fformat%3Dcsv%26cljaie%3D${k}`)],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'ocsigen-access-discarcari-token-path',
      'error',
      WHY.pathSecret(
        'A private download of the scanned 1935 manuscript for a researcher (`/discarcari/<token>/…pdf`, discãrcari, "downloads")',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, L: [ln(t, publicIp(rng), rng.pick(BROWSERS), `/discarcari/${tok}/dictsiunar-1935.pdf`)] };
      },
    ),
    2,
    P(
      'negative',
      'ocsigen-access-asset-version-hash',
      'none',
      "The build hash that busts the cache of the site's script (`?v=<8 hex>`): a version, no credential.",
      ({ rng, t }) => {
        const h = hex(rng, 8);
        return { value: h, L: [ln(t, publicIp(rng), rng.pick(BROWSERS), `/dictsiunar.js?v=${h}`)] };
      },
    ),
    2,
  ];
  return build(rng, { start: DAY_RU + 7 * HOUR, site: { host: 'ocsigen' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lt-concurrently.log: a developer's terminal, `concurrently -n lt,app "lt --port 3000 --print-requests" "node
// server.js"`, kept with `tee`: localtunnel's `your url is: …` and, per request, `new Date().toString()`, the method and
// the path; the app's own line (`<METHOD> <req.path> <status> <ms> ms`, the path without the query); each under
// concurrently's `[lt]`/`[app]` prefix. Two loggers of one request write a token in its path twice.
// localtunnel's request line is from code using its `request` event read through search (`console.log(new
// Date().toString(), info.method, info.path)`); concurrently's prefix and the app's line from memory.

function ltLog(rng) {
  const lt = (t, m, path) => {
    const d = new Date(t + CET * 60000);
    return `[lt] ${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${d.getUTCFullYear()} ${hmsAt(t, CET)} GMT+0100 (Central European Standard Time) ${m} ${path}`;
  };
  const app = (m, path, status, ms) => `[app] ${m} ${path} ${status} ${ms} ms`;
  const filler = (rng, t) =>
    rng.pick([
      () => {
        const p = `/zbor/${rng.pick(['casa', 'dor', 'limba', 'muntsa'])}`;
        return { L: [lt(t, 'GET', p), app('GET', p, 200, rng.int(3, 40))] };
      },
      () => ({ L: [lt(t, 'GET', '/favicon.ico'), app('GET', '/favicon.ico', 404, 1)] }),
    ])();
  const sub = lowerNum(rng, 8);
  const steps = [
    raw(() => ['[app] Ascultu pi portul 3000 (dictsiunar, dezvoltari)'], 0),
    P(
      'negative',
      'lt-assigned-subdomain',
      'none',
      "The random subdomain localtunnel assigned to the developer's tunnel: a public address, no credential.",
      () => ({ value: sub, L: [`[lt] your url is: https://${sub}.loca.lt`] }),
      { after: 2 },
    ),
    2,
    P(
      'oauth-code',
      'lt-print-requests-discord-callback-code',
      'warning',
      `${WHY.code} The developer tests the Discord sign-in of the singers' forum through the tunnel; \`--print-requests\` writes the callback's path and query (the app's own line keeps only the path).`,
      ({ rng, t }) => {
        const code = rng.alnum(30);
        return {
          value: code,
          L: [lt(t, 'GET', `/intrari/discord?code=${code}&state=${rng.alnum(20)}`), app('GET', '/intrari/discord', 302, rng.int(120, 400))],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'lt-print-requests-embed-120s-two-loggers',
      'warning',
      "The songbook widget (`/embed/<JWT>`) opened through the tunnel; localtunnel's line (its date with the zone) and the app's line both write the path",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(3, 20),
          claims: { iss: `https://dictsiunar.${AR}`, resource: { cãntic: 14 } },
        });
        return { value: token, jwt: facts, L: [lt(t, 'GET', `/embed/${token}`), app('GET', `/embed/${token}`, 200, rng.int(8, 40))] };
      },
    ),
    2,
    P(
      'negative',
      'lt-stripe-return-payment-intent-id',
      'none',
      "Stripe's return to the donation page (`payment_intent=pi_…&redirect_status=succeeded`): a payment's id, no credential.",
      ({ rng, t }) => {
        const pi = `pi_3${rng.alnum(23)}`;
        return {
          value: pi,
          L: [
            lt(t, 'GET', `/donatsii/turnari?payment_intent=${pi}&redirect_status=succeeded`),
            app('GET', '/donatsii/turnari', 200, rng.int(8, 30)),
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'lt-print-requests-mpartsari-two-loggers',
      'error',
      WHY.pathSecret(
        'A share link of a draft entry (`/mpartsari/<token>`, mpãrtsãri, "sharing") opened by a reviewer through the tunnel; both loggers write the path',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return { value: tok, L: [lt(t, 'GET', `/mpartsari/${tok}`), app('GET', `/mpartsari/${tok}`, 200, rng.int(8, 40))] };
      },
    ),
    2,
    P(
      'api-key-name',
      'lt-print-requests-cljaie',
      'error',
      `${WHY.apiKey('cljaie')} The school app's request for words goes through the tunnel with the dictionary's key (\`cljaie\`, "key") in the query.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return { value: k, L: [lt(t, 'GET', `/api/zboruri?cljaie=${k}`), app('GET', '/api/zboruri', 200, rng.int(20, 90))] };
      },
    ),
    2,
    P(
      'replay',
      'lt-print-requests-ws-bilet-once',
      'note',
      WHY.ticketFirst(
        'A single-use WebSocket ticket (`bilet`) for the live choir rehearsal, opened once through the tunnel (101). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        return { value: tk, L: [lt(t, 'GET', `/ws?bilet=${tk}`), app('GET', '/ws', 101, 2)] };
      },
    ),
    2,
  ];
  return build(rng, { start: DAY_RU + 14 * HOUR, site: { host: 'lt' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// formspree-submissions.csv: the contact form's submissions exported as CSV from Formspree's dashboard: a header row,
// then `_date` (ISO 8601 UTC), the form's fields (`numa`, `email`, `mesaj`), `_referrer` (the page that posted the
// form). Fields quoted when they hold a comma or a quote.
// From memory (not fetched): the export's columns.

function formspreeLog(rng) {
  const q = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const row = (t, numa, email, mesaj, ref) => [iso(t), numa, email, mesaj, ref].map(q).join(',');
  const N = ['Ianaki', 'Dina', 'Tashcu', 'Sterghiu', 'Mitra', 'Vanghea'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          row(
            t,
            rng.pick(N),
            `${lowerNum(rng, 6)}@mail.example`,
            'Bunã dzuã! Vã multsãmescu tr-atsea cã feclu dictsiunarlu.',
            `https://dictsiunar.${AR}/`,
          ),
        ],
      }),
      () => ({
        L: [
          row(
            t,
            rng.pick(N),
            `${lowerNum(rng, 6)}@mail.example`,
            `Nu aflu zborlu „${rng.pick(['cãrvãnar', 'mãrdzeali', 'shoput'])}”, poati s-lu adãvgats?`,
            `https://dictsiunar.${AR}/caftari`,
          ),
        ],
      }),
    ])();
  const steps = [
    raw(() => ['_date,numa,email,mesaj,_referrer'], 0),
    2,
    P(
      'negative',
      'formspree-referrer-hcaptcha-sitekey',
      'none',
      "hCaptcha's site key (a UUID) in the address of the page that posted the form: public by design, no credential.",
      ({ rng, t }) => {
        const sk = rng.uuid();
        return {
          value: sk,
          L: [row(t, 'Dina', 'dina@mail.example', 'Ntribari tr-cursul di limbã.', `https://dictsiunar.${AR}/cursu?hcaptcha_sitekey=${sk}`)],
        };
      },
    ),
    2,
    P(
      'implicit-fragment',
      'formspree-message-pasted-access-token-fragment',
      'error',
      "A member pastes into the form the address where the sign-in stopped, the implicit flow's `#access_token=…` with it.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          L: [
            row(
              t,
              'Tashcu',
              'tashcu@mail.example',
              `Nu pot s-intru, armãn aoa: https://dictsiunar.${AR}/intrari/bitisi#access_token=${at}&token_type=Bearer&expires_in=3600`,
              `https://dictsiunar.${AR}/contact`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'id-token',
      'formspree-message-pasted-id-token-10min',
      'error',
      'A member pastes the return address of the sign-in, whose query holds an `id_token`, valid longer than the five minutes of a short-lived token',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(30, 200),
          claims: { iss: `https://intrari.${AR}`, aud: 'dictsiunar', sub: `${rng.int(100, 999)}`, name: 'Sterghiu Papa' },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            row(
              t,
              'Sterghiu',
              'sterghiu@mail.example',
              `Ligãtura aestã nu s-dischidi: https://dictsiunar.${AR}/oidc/bitisi?id_token=${token}`,
              `https://dictsiunar.${AR}/contact`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'formspree-referrer-embed-no-exp',
      'error',
      'The contact form embedded in the songbook widget (`/embed/<JWT>`, no `exp`) posts from that page, and the export keeps it as `_referrer`',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          claims: { iss: `https://dictsiunar.${AR}`, resource: { cãntic: 31 }, partner: 'sculia-crushuva' },
        });
        return {
          value: token,
          jwt: facts,
          L: [row(t, 'Mitra', 'mitra@mail.example', 'Cãnticlu 31 nu s-avdi.', `https://dictsiunar.${AR}/embed/${token}`)],
        };
      },
    ),
    2,
    P(
      'negative',
      'formspree-message-form-hashid',
      'none',
      "The form's Formspree id (`/f/<8 characters>`, the public endpoint every page embeds), quoted by a member: no credential.",
      ({ rng, t }) => {
        const f = lowerNum(rng, 8);
        return {
          value: f,
          L: [
            row(
              t,
              'Vanghea',
              'vanghea@mail.example',
              `Formularlu https://formspree.io/f/${f} nu dzãtsi „Multsãmescu” dupã tsi-l pitrec.`,
              `https://dictsiunar.${AR}/contact`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'formspree-message-pasted-export-cljaie',
      'error',
      `${WHY.apiKey('cljaie')} A teacher pastes the export link the association gave her school, key (\`cljaie\`, "key") included.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          L: [
            row(
              t,
              'Ianaki',
              'ianaki@mail.example',
              `Ligãtura di export nu va: https://dictsiunar.${AR}/export/zboruri.csv?cljaie=${k}`,
              `https://dictsiunar.${AR}/contact`,
            ),
          ],
        };
      },
    ),
    2,
  ];
  return build(rng, { start: DAY_RU + 9 * HOUR, site: { host: 'formspree' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// missive-messages.jsonl: the association's shared mailbox, Missive messages read back from its REST API
// (`/v1/conversations/<id>/messages`), one a line: `id`, `subject`, `preview`, `type`, `delivered_at` (Unix time),
// `email_message_id`, `from_field`, `to_fields`, `body` (HTML, or the source text of a part a client mislabeled).
// From memory (not fetched): the field names.

function missiveLog(rng) {
  const m = (rng, t, { subject, body, from = { name: 'Ianaki Ciumeti', address: 'ianaki@mail.example' }, mid }) =>
    JSON.stringify({
      id: rng.uuid(),
      subject,
      preview: body.replace(/<[^>]+>/g, '').slice(0, 60),
      type: 'email',
      delivered_at: Math.floor(t / 1000),
      email_message_id: mid ?? `<${hex(rng, 16)}@mail.example>`,
      from_field: from,
      to_fields: [{ name: 'Sutsata', address: `sutsata@${AR}` }],
      body,
    });
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          m(rng, t, {
            subject: 'Adunarea di dumãnicã',
            body: '<p>Bunã dzuã, adunarea easti dumãnicã tu 18 sãhãts la casa di culturã.</p>',
          }),
        ],
      }),
      () => ({
        L: [m(rng, t, { subject: 'Cãrtsã tr-sculii', body: `<p>Pitricum ${rng.int(20, 60)} di cãrtsã tr-sculia di Crushuva.</p>` })],
      }),
    ])();
  const steps = [
    2,
    P(
      'negative',
      'missive-email-message-id',
      'none',
      "A message's `Message-ID` (`<random@host>`): it names an email, no credential.",
      ({ rng, t }) => {
        const mid = `<CAF${rng.b64url(40)}@mail.gmail.example>`;
        return { value: mid, L: [m(rng, t, { subject: 'Re: Festivalu', body: '<p>Vã multsãmescu!</p>', mid })] };
      },
    ),
    2,
    P(
      'path-secret',
      'missive-body-proton-drive-share-fragment-password',
      'error',
      WHY.pathSecret(
        "A Proton Drive share of the choir's recordings sent to the mailbox: the link's id is in the path and the share's generated password in its fragment (`/urls/<id>#<password>`), and whoever has both reads the files",
      ),
      ({ rng, t }) => {
        const id = upperNum(rng, 10);
        const pw = rng.alnum(12);
        return {
          value: pw,
          needle: `${id}#${pw}`,
          L: [
            m(rng, t, {
              subject: 'Ãnregistrãrli a corlui',
              body: `<p>Aoa suntu: <a href="https://drive.proton.me/urls/${id}#${pw}">https://drive.proton.me/urls/${id}#${pw}</a></p>`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'webhook',
      'missive-body-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A volunteer sends the Zapier "Catch Hook" URL (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) that feeds the events calendar',
      ),
      ({ rng, t }) => {
        const acct = digits(rng, 8);
        const hook = lowerNum(rng, 7);
        return {
          value: hook,
          needle: `${acct}/${hook}/`,
          L: [
            m(rng, t, {
              subject: 'Calendarlu a evenimentilor',
              body: `<p>Adrisa tr-evenimente: https://hooks.zapier.com/hooks/catch/${acct}/${hook}/</p>`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'id-token',
      'missive-body-pasted-id-token-expired',
      'note',
      'A member forwards the address of a sign-in that failed, its query holding an `id_token` that had expired before the mail arrived',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600,
          claims: { iss: `https://intrari.${AR}`, aud: 'dictsiunar', sub: `${rng.int(100, 999)}` },
        });
        return {
          value: token,
          jwt: facts,
          L: [m(rng, t, { subject: 'Nu pot s-intru', body: `<p>Armãn aoa: https://dictsiunar.${AR}/oidc/bitisi?id_token=${token}</p>` })],
        };
      },
    ),
    2,
    P(
      'encoded',
      'missive-body-quoted-printable-cljaie',
      'error',
      "A part sent with the wrong content type shows its quoted-printable source, where `=` is written `=3D`: the export link with the dictionary's key (`cljaie=3D…`).",
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          L: [
            m(rng, t, {
              subject: 'Exportlu tr-sculie',
              body: `Ligãtura:=0Ahttps://dictsiunar.${AR}/export/zboruri.csv?format=3Dcsv&cljaie=3D${k}=0A`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'missive-body-api-cljaie',
      'error',
      `${WHY.apiKey('api_cljaie')} The web developer sends the board the dictionary API's test URL, key (\`api_cljaie\`, "API key") in the query.`,
      ({ rng, t }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          L: [
            m(rng, t, {
              subject: 'API-ul a dictsiunarlui',
              body: `<p>Cãftats: https://dictsiunar.${AR}/api/zboruri?zbor=dor&api_cljaie=${k}</p>`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'missive-body-masked-iban',
      'none',
      "The association's bank account as its treasurer writes it in a mail, masked but for the last digits: a mask, no credential.",
      ({ rng, t }) => {
        const last = digits(rng, 4);
        return {
          value: `MK07 **** **** **** ${last}`,
          L: [m(rng, t, { subject: 'Donatsii', body: `<p>Contul: MK07 **** **** **** ${last}</p>` })],
        };
      },
    ),
    2,
  ];
  return build(rng, { start: DAY_RU + 8 * HOUR, site: { host: 'missive' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout101');
writePart(join(here, 'heldout101'), {
  'prowlarr.trace.txt': prowlarrLog(rng),
  'bazarr.log': bazarrLog(rng),
  'searxng-docker.log': searxLog(rng),
  'heroic-launcher.log': heroicLog(rng),
  'openevse-console.log': openevseLog(rng),
  'midway-web.log': midwayLog(rng),
  'goreleaser-olonkho.log': goreleaserLog(rng),
  'strawberry-kihillee.log': strawberryLog(rng),
  'glitchtip-events.jsonl': glitchtipLog(rng),
  'helpcrunch-chats.jsonl': helpcrunchLog(rng),
  'ocsigen-access.log': ocsigenLog(rng),
  'lt-concurrently.log': ltLog(rng),
  'formspree-submissions.csv': formspreeLog(rng),
  'missive-messages.jsonl': missiveLog(rng),
});
