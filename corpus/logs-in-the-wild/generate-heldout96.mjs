// Writes corpus/logs-in-the-wild/heldout96/: a ninety-sixth held-out part, in formats no other part uses (an irssi
// channel log, JOSM's console log, an rTorrent log with its XML-RPC log, Bugzilla comments read from its REST API, an
// althttpd CSV log, a Tvheadend log, a MythTV backend log, a WeeChat channel log, Todoist comments read from its REST
// API, an OwnTone server log, an NZBGet log, Tally form responses as its webhook delivers them, a mautrix-telegram bridge
// log, a HexChat channel log), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout96.mjs     rewrites heldout96/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: Kelham Island Makerspace of Sheffield, with its IRC channel, an OpenStreetMap mapping group using
// JOSM, a seedbox for the Linux images and open film archives it mirrors, a Bugzilla for its tools and an althttpd web
// server (English, five logs); the Latgalian-language media cooperative „Latgolys Vuords" of Rēzne (Rēzekne), with a
// Tvheadend and a MythTV recorder for its regional television, a WeeChat channel, a Todoist project and an OwnTone radio
// player (Latgalian, latgalīšu volūda, in the 2007 standard orthography with `y`; five logs); the Kimvuka ya Bansoni ya
// Dolisie, a cooperative of writers and printers in Dolisie (Niari, Republic of the Congo), with an NZBGet box for its
// archives, Tally forms, a Telegram–Matrix bridge and a HexChat channel (Kikongo ya leta / Kituba (Munukutuba), four
// logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'aiohttp/3.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Sheffield in December (GMT, UTC+0), Rēzekne (EET, UTC+2 in winter), Dolisie (WAT, UTC+1 all year). */
const GMT = 0;
const EET = 120;
const WAT = 60;
const DAY_EN = Date.UTC(2027, 11, 6, 0, 0, 0);
const DAY_LG = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_KG = Date.UTC(2027, 11, 20, 0, 0, 0);

/** `yyyy-MM-dd HH:mm:ss` and `HH:mm:ss` at `offset` minutes from UTC, with `.SSS` or `,SSS`. */
const dt = (t, o) => ymdHmsAt(t, o);
const ms3 = (t, o) => local(t, o).slice(20, 23);
const hm = (t, o) => local(t, o).slice(11, 16);
const hms = (t, o) => local(t, o).slice(11, 19);
/** `+0200`. */
const zone = (o) => `${o < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(o) / 60))}${pad(Math.abs(o) % 60)}`;

/**
 * A planted step whose maker returns the log's lines (`L`) with its value (or marks): every log of this part renders
 * its events as finished lines.
 */
const S = (category, kind, expect, why, makeFn, options) =>
  plant(
    category,
    kind,
    expect,
    why,
    (ctx) => {
      const { L, ...rest } = makeFn(ctx);
      return { ...rest, event: { L } };
    },
    options,
  );
const render = (e) => e.L;
const raw = (L, after) => ({ raw: { L }, ...(after !== undefined ? { after } : {}) });

// =====================================================================================================================
// Kelham Island Makerspace (English; Sheffield: GMT, UTC+0 in December)
// =====================================================================================================================

const KM = 'kelhammakers.example';

// ---------------------------------------------------------------------------------------------------------------------
// kelham-makers.log: irssi's log of the members' channel (`/set autolog on`, the default `autolog_path`), as irssi
// writes it: `--- Log opened <Day Mon DD HH:MM:SS YYYY>`, `HH:MM < nick> message` (`<@nick>` for an operator),
// `HH:MM -!- nick [~user@host] has joined #channel`, `HH:MM  * nick action`; only hours and minutes on a line.
// From memory (not fetched).

function irssiLog(rng) {
  const CH = '#kelham-makers';
  const NICKS = ['fiona', 'deano', 'priya_k', 'tomw', 'ollie3d', 'mags', 'jgreaves'];
  const say = (t, nick, text, op = false) => `${hm(t, GMT)} <${op ? '@' : ' '}${nick}> ${text}`;
  const CHAT = [
    'laser cutter is free after 3 if anyone wants it',
    'who borrowed the good calipers',
    'the 3D printer bed needs levelling again',
    'open night tonight, bring mugs back please',
    "kettle's on",
    'anyone know the wifi for the back room',
    'soldering station 2 tip is knackered',
    'induction for the lathe is on saturday',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [say(t, rng.pick(NICKS), rng.pick(CHAT))] }),
      () => {
        const n = rng.pick(NICKS);
        return { L: [`${hm(t, GMT)} -!- ${n} [~${n}@user/${n}] has joined ${CH}`] };
      },
      () => ({
        L: [`${hm(t, GMT)} -!- ${rng.pick(NICKS)} [~u@${rng.pick(['2a00', '86.1', '81.1'])}.sheffield.example] has quit [Quit: Leaving]`],
      }),
      () => ({ L: [`${hm(t, GMT)}  * ${rng.pick(NICKS)} ${rng.pick(['waves', 'is at the space', 'heads home'])}`] }),
    ])();
  const d = new Date(DAY_EN + 9 * HOUR);
  const header = [`--- Log opened ${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} 09:00:04 ${d.getUTCFullYear()}`];
  const steps = [
    raw(
      [
        '09:00 -!- priya_k [~priya@user/priya-k] has joined #kelham-makers',
        '09:00 -!- Topic for #kelham-makers: Kelham Island Makerspace | open night Thu 7pm | be nice',
      ],
      0,
    ),
    12,
    S(
      'oauth-code',
      'irssi-paste-github-callback-code',
      'warning',
      `${WHY.code} A member pastes the address the members' portal's GitHub sign-in sent her back to (\`/auth/github/callback?code=<20 hex>&state=…\`), asking why it failed.`,
      ({ rng, t }) => {
        const code = rng.hex(20);
        return {
          value: code,
          L: [
            say(t, 'mags', `portal login with github just gives me an error page, this is the url it landed on:`),
            say(t + 4000, 'mags', `https://members.${KM}/auth/github/callback?code=${code}&state=${rng.hex(24)}`),
          ],
        };
      },
    ),
    6,
    S(
      'negative',
      'irssi-commit-sha',
      'none',
      'A git commit id (40 hex) of the portal repository, named in chat to say where a fix went: a content hash, no credential.',
      ({ rng, t }) => {
        const sha = rng.hex(40);
        return { value: sha, L: [say(t, 'tomw', `fixed the state check, it's ${sha} on main, redeploying`, true)] };
      },
    ),
    8,
    S(
      'path-secret',
      'irssi-nextcloud-public-share',
      'error',
      WHY.pathSecret(
        "A Nextcloud public share link (`/s/<15 characters>`) to the folder of the laser cutter's job files, pasted for a new member; no password on it",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(15);
        return { value: tok, L: [say(t, 'fiona', `laser templates are all in here: https://cloud.${KM}/s/${tok}`)] };
      },
    ),
    8,
    S(
      'webhook',
      'irssi-mattermost-incoming-webhook',
      'error',
      WHY.webhook(
        'A Mattermost incoming webhook (`/hooks/<26 characters>`) the door controller posts through, pasted into the channel while asking why the door bot went quiet',
      ),
      ({ rng, t }) => {
        const id = rng.lowerNum(26);
        return {
          value: id,
          L: [say(t, 'ollie3d', `door bot posts to https://chat.${KM}/hooks/${id} and gets a 403 since the upgrade, any ideas`)],
        };
      },
    ),
    6,
    S(
      'implicit-fragment',
      'irssi-paste-booking-fragment',
      'error',
      'The tool-booking page signs in with the implicit flow; a member copies the whole address bar after signing in, `#access_token=…` included, into the channel.',
      ({ rng, t }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          L: [
            say(
              t,
              'jgreaves',
              `booking page is blank for me after login, address bar says https://book.${KM}/#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(8)}`,
            ),
          ],
        };
      },
    ),
    8,
    S(
      'negative',
      'irssi-pgp-fingerprint',
      'none',
      "The fingerprint of the treasurer's public PGP key (40 hex in groups of four), given so members can check signed minutes: public by design.",
      ({ rng, t }) => {
        const fp = rng.hex(40).toUpperCase();
        const spaced = fp.match(/.{4}/g).join(' ');
        return { value: spaced, L: [say(t, 'priya_k', `minutes are signed with my key, fingerprint ${spaced}`)] };
      },
    ),
    6,
    S(
      'api-key-name',
      'irssi-paste-curl-api-key',
      'error',
      `${WHY.apiKey('api_key')} A member pastes the curl command she uses to read the door log from the space's API, key and all.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          L: [say(t, 'priya_k', `curl -s 'https://api.${KM}/v1/door/log?since=today&api_key=${key}' | jq .`)],
        };
      },
    ),
    10,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'irc' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// josm-20271206.log: JOSM's console output kept with `josm 2>&1 | tee`, java.util.logging through JOSM's formatter:
// `<yyyy-MM-dd HH:mm:ss.SSS> <LEVEL>: <message>` in local time (GMT); its HTTP client's `GET <url> -> HTTP/1.1 <status>
// (<ms> ms)`, Remote Control's `RemoteControl received: GET /…`, FINE (debug) lines with Java maps' toString().
// From memory (not fetched): the levels, the `->` line, the Remote Control line; the plugin's token line is the
// helper's, in the app's style.

function josmLog(rng) {
  const at = (t, lvl, msg) => `${dt(t, GMT)}.${ms3(t, GMT)} ${lvl}: ${msg}`;
  const bbox = () => `${(-1.48 + rng.int(0, 200) / 10000).toFixed(4)},${(53.38 + rng.int(0, 200) / 10000).toFixed(4)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          at(
            t,
            'INFO',
            `GET https://api.openstreetmap.org/api/0.6/map?bbox=${bbox()},${bbox()} -> HTTP/1.1 200 (${rng.int(300, 2400)} ms)`,
          ),
        ],
      }),
      () => ({
        L: [
          at(
            t,
            'INFO',
            `GET https://tile.openstreetmap.org/${rng.int(15, 19)}/${rng.int(32000, 32600)}/${rng.int(21000, 21400)}.png -> HTTP/1.1 200 (${rng.int(40, 400)} ms)`,
          ),
        ],
      }),
      () => ({ L: [at(t, 'INFO', `Validation: ${rng.int(0, 9)} errors, ${rng.int(0, 30)} warnings`)] }),
      () => ({
        L: [
          at(
            t,
            'INFO',
            `RemoteControl received: GET /load_and_zoom?left=-1.4716&right=-1.4622&top=53.3935&bottom=53.3889&select=way${rng.int(10000000, 999999999)} HTTP/1.1`,
          ),
        ],
      }),
    ])();
  const TILES = `https://tiles.${KM}/aerial2027`;
  const steps = [
    raw(
      [
        at(DAY_EN + 18 * HOUR, 'INFO', 'Log level is at INFO (INFO, 800)'),
        at(DAY_EN + 18 * HOUR + 412, 'INFO', 'Obtained 1 Tag2Link rules from resource://data/tag2link.json'),
      ],
      0,
    ),
    4,
    S(
      'negative',
      'josm-oauth2-authorize-pkce-challenge',
      'none',
      "The authorization URL JOSM opens in the browser for OpenStreetMap's OAuth 2.0: its `code_challenge` is the SHA-256 of a verifier that never leaves JOSM (PKCE, RFC 7636), and `client_id` is public; nothing here can be exchanged.",
      ({ rng, t }) => {
        const ch = rng.b64url(43);
        return {
          value: ch,
          L: [
            at(
              t,
              'INFO',
              `Opening https://www.openstreetmap.org/oauth2/authorize?response_type=code&client_id=${rng.b64url(43)}&redirect_uri=http%3A%2F%2F127.0.0.1%3A8111%2Foauth_authorization&scope=read_prefs+write_api+write_notes&state=${rng.uuid()}&code_challenge_method=S256&code_challenge=${ch}`,
            ),
          ],
        };
      },
    ),
    S(
      'oauth-code',
      'josm-remote-control-oauth-authorization-code',
      'warning',
      `${WHY.code} OpenStreetMap sends the browser back to JOSM's Remote Control port (\`http://127.0.0.1:8111/oauth_authorization?code=…&state=…\`), and Remote Control writes every request it receives.`,
      ({ rng, t }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          L: [at(t, 'INFO', `RemoteControl received: GET /oauth_authorization?code=${code}&state=${rng.uuid()} HTTP/1.1`)],
        };
      },
      { after: 14 },
    ),
    6,
    S(
      'api-key-name',
      'josm-tms-api-key-get-and-warning',
      'error',
      `${WHY.apiKey('api_key')} The makerspace's aerial imagery layer is a TMS URL with the key in its query; the tile server refuses a tile, and JOSM writes the request's line and then the loader's warning quoting the same URL.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        const url = `${TILES}/18/${rng.int(129000, 129400)}/${rng.int(84300, 84600)}.jpg?api_key=${key}`;
        return {
          value: key,
          L: [
            at(t, 'INFO', `GET ${url} -> HTTP/1.1 403 (${rng.int(30, 90)} ms)`),
            at(t + 7, 'WARNING', `java.io.IOException: Server returned HTTP response code: 403 for URL: ${url}`),
          ],
        };
      },
    ),
    6,
    S(
      'encoded',
      'josm-remote-control-imagery-percent-encoded-url',
      'error',
      "The group's task page adds its imagery to JOSM through Remote Control's `/imagery` command, whose `url=` is the layer's TMS URL percent-encoded; decoded, it carries the imagery service's `access_token`.",
      ({ rng, t }) => {
        const tok = rng.alnum(36);
        const enc = encodeURIComponent(`https://imagery.${KM}/wmts/{zoom}/{x}/{y}.png?access_token=${tok}`);
        return {
          value: tok,
          L: [
            at(t, 'INFO', `RemoteControl received: GET /imagery?title=Sheffield%20aerial%202027&type=tms&max_zoom=20&url=${enc} HTTP/1.1`),
          ],
        };
      },
    ),
    4,
    S(
      'header-dump',
      'josm-fine-request-headers-map',
      'error',
      "With `--debug` JOSM's HTTP client writes each request's headers as a Java map (`{Authorization=[Bearer …], …}`); the Bearer value is the OAuth 2.0 access token for the mapper's OpenStreetMap account, which does not expire.",
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          L: [
            at(
              t,
              'FINE',
              `REQUEST HEADERS: {Accept-Encoding=[gzip, deflate], Authorization=[Bearer ${tok}], User-Agent=[JOSM/1.5 (19253 en_GB) Linux Debian GNU/Linux 13 (trixie) Java/21.0.9], Content-Type=[text/xml]}`,
            ),
            at(t + 40, 'INFO', `PUT https://api.openstreetmap.org/api/0.6/changeset/create -> HTTP/1.1 200 (${rng.int(200, 800)} ms)`),
          ],
        };
      },
      { after: 30 },
    ),
    6,
    S(
      'negative',
      'josm-fine-response-etag',
      'none',
      "A tile's `ETag` in the response headers JOSM writes at FINE (32 hex, the tile's content hash): a cache validator, no credential.",
      ({ rng, t }) => {
        const etag = rng.hex(32);
        return {
          value: etag,
          L: [
            at(
              t,
              'FINE',
              `RESPONSE HEADERS: {null=[HTTP/1.1 200 OK], Cache-Control=[max-age=86400], Content-Type=[image/jpeg], ETag=["${etag}"], Server=[nginx]}`,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'refresh-token',
      'josm-plugin-token-response-json',
      'error',
      `${WHY.refresh} The group's task-manager plugin writes the token endpoint's whole JSON response at FINE, \`refresh_token\` included.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          L: [
            at(
              t,
              'FINE',
              `KelhamTasks: token response {"access_token":"${rng.b64url(40)}","token_type":"Bearer","expires_in":3600,"refresh_token":"${rt}","scope":"tasks:read tasks:write"}`,
            ),
          ],
        };
      },
    ),
    6,
    S(
      'framework-dump',
      'josm-fine-preferences-map-password',
      'error',
      "At FINE, JOSM writes the server preferences it loaded as a Java map; the old basic-auth setting `osm-server.password` of the group's private test server is still there, in clear.",
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          L: [
            at(
              t,
              'FINE',
              `Server preferences: {osm-server.url=https://osm-test.${KM}/api, osm-server.auth-method=basic, osm-server.username=kelham-mappers, osm-server.password=${pw}, osm-server.use-compression=true}`,
            ),
          ],
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_EN + 18 * HOUR, site: { host: 'josm' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rtorrent.log: rTorrent 0.10's log file (`log.open_file = "main", …`, `log.add_output = "debug", "main"`) and its
// XML-RPC log (`log.xmlrpc`) in one file as the seedbox keeps them: `<unix seconds> <level letter> <message>` (UTC
// seconds, no zone needed), tracker messages, the `Could not load` lines of torrents fetched by URL, XML-RPC calls.
// From memory (not fetched), and unsure: the level letters and the messages' wording are the helper's.

function rtorrentLog(rng) {
  const LETTER = { CRIT: 'C', ERROR: 'E', WARN: 'W', NOTICE: 'N', INFO: 'I', DEBUG: 'D' };
  const at = (t, lvl, msg) => `${Math.floor(t / 1000)} ${LETTER[lvl]} ${msg}`;
  const ISOS = [
    'debian-13.2.0-amd64-netinst.iso',
    'ubuntu-26.04-desktop-amd64.iso',
    'Fedora-Workstation-Live-43.iso',
    'prelinger-sheffield-steel-1949.mkv',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [at(t, 'DEBUG', `tracker_list: received ${rng.int(20, 200)} peers for '${rng.pick(ISOS)}'`)] }),
      () => ({ L: [at(t, 'INFO', `Finished downloading '${rng.pick(ISOS)}', moved to /srv/mirror/done`)] }),
      () => ({ L: [at(t, 'DEBUG', `xmlrpc: d.multicall2 ("", "main", "d.hash=", "d.name=", "d.completed_bytes=") from 127.0.0.1`)] }),
      () => ({ L: [at(t, 'NOTICE', `Seeding '${rng.pick(ISOS)}': ratio ${(rng.int(10, 400) / 100).toFixed(2)}`)] }),
    ])();
  const steps = [
    raw(
      [
        at(DAY_EN + 2 * HOUR, 'NOTICE', 'rtorrent: starting, version 0.10.0, libtorrent 0.14.0'),
        at(DAY_EN + 2 * HOUR + 30, 'INFO', 'scgi: listening on /run/rtorrent/rpc.socket'),
      ],
      0,
    ),
    6,
    S(
      'negative',
      'rtorrent-infohash',
      'none',
      "A torrent's info hash (SHA-1 of its info dictionary, 40 hex, upper case as rTorrent prints it) when it is added: public, it is what every peer announces.",
      ({ rng, t }) => {
        const ih = rng.hex(40).toUpperCase();
        return { value: ih, L: [at(t, 'INFO', `Added torrent 'debian-13.2.0-amd64-netinst.iso' (${ih})`)] };
      },
    ),
    4,
    S(
      'path-secret',
      'rtorrent-private-tracker-announce-passkey-path',
      'error',
      WHY.pathSecret(
        "A private tracker's announce URL with the member's passkey as a path segment (`/announce/<32 hex>`); rTorrent writes it in the tracker's failure and again when it retries",
      ),
      ({ rng, t }) => {
        const pk = rng.hex(32);
        const url = `https://tracker.filmarchive-share.example/announce/${pk}`;
        return {
          value: pk,
          L: [
            at(t, 'WARN', `tracker_list: failed to connect to '${url}' for 'prelinger-sheffield-steel-1949.mkv': Timeout was reached`),
            at(t + 2000, 'DEBUG', `tracker_list: scheduling retry of '${url}' in 300 seconds`),
          ],
        };
      },
    ),
    6,
    S(
      'api-key-name',
      'rtorrent-tracker-passkey-query',
      'error',
      `${WHY.apiKey('passkey')} Another archive tracker takes the passkey in the announce query; rTorrent writes the announce URL with the tracker's message.`,
      ({ rng, t }) => {
        const pk = rng.hex(32);
        return {
          value: pk,
          L: [
            at(t, 'WARN', `tracker_list: 'https://t.openarchive-tracker.example/announce.php?passkey=${pk}' replied: unregistered torrent`),
          ],
        };
      },
    ),
    6,
    S(
      'encoded',
      'rtorrent-magnet-percent-encoded-tracker-token',
      'error',
      "A magnet link loaded through XML-RPC (`load.start`), written as received: its `tr=` is the tracker's announce URL percent-encoded, and inside it `token=` is the member's tracker token.",
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          L: [
            at(
              t,
              'DEBUG',
              `xmlrpc: load.start ("", "magnet:?xt=urn:btih:${rng.hex(40)}&dn=prelinger-cutlers-1952&tr=https%3A%2F%2Ftracker.filmarchive-share.example%2Fannounce.php%3Ftoken%3D${tok}") from 127.0.0.1`,
            ),
          ],
        };
      },
    ),
    6,
    S(
      'framework-dump',
      'rtorrent-xmlrpc-proxy-address-password',
      'error',
      "The XML-RPC log writes every call with its arguments; the web UI set rTorrent's HTTP proxy with `network.http.proxy_address.set`, user and password in the proxy's URL.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          L: [at(t, 'DEBUG', `xmlrpc: network.http.proxy_address.set ("", "http://seedbox:${pw}@proxy.${KM}:3128") from 127.0.0.1`)],
        };
      },
    ),
    6,
    S(
      'session-id',
      'rtorrent-load-url-phpbb-sid',
      'error',
      WHY.session(
        "A phpBB-based tracker's download link carries the member's forum session in the URL (`sid=<32 hex>`); rTorrent writes the URL it could not load",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          L: [
            at(
              t,
              'ERROR',
              `Could not load 'https://forum.filmarchive-share.example/download/file.php?id=${rng.int(1000, 99999)}&sid=${sid}': HTTP response code said error`,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'negative',
      'rtorrent-peer-id',
      'none',
      "rTorrent's peer id as it announces it (`-lt0E00-` and twelve random characters): it names a client in a swarm, no credential.",
      ({ rng, t }) => {
        const pid = `-lt0E00-${rng.alnum(12)}`;
        return { value: pid, L: [at(t, 'DEBUG', `session: peer id ${pid}`)] };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_EN + 2 * HOUR, site: { host: 'rtorrent' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bugzilla-comments.jsonl: comments of the makerspace's Bugzilla 5.2 (tools, machines, the portal) read from its REST
// API (`GET /rest/bug/{id}/comment`), one comment a line with the fields the API returns: `id`, `bug_id`,
// `attachment_id`, `count`, `text`, `creator`, `creation_time` and `time` (UTC), `is_private`, `is_markdown`, `tags`.
// From memory (not fetched).

function bugzillaLog(rng) {
  let cid = 4810;
  const counts = {};
  const USERS = ['tom.w@', 'fiona@', 'ollie@', 'priya@', 'mags@'];
  const comment = (t, bug, text) => {
    counts[bug] = (counts[bug] ?? 0) + 1;
    const ts = `${iso(t).slice(0, 19)}Z`;
    return JSON.stringify({
      id: ++cid,
      bug_id: bug,
      attachment_id: null,
      count: counts[bug],
      text,
      creator: `${rng.pick(USERS)}${KM}`,
      creation_time: ts,
      time: ts,
      is_private: false,
      is_markdown: true,
      tags: [],
    });
  };
  const TEXTS = [
    'Confirmed on the second laser, the extractor fan trips the breaker.',
    'Ordered a replacement belt, should arrive Thursday.',
    'Can we close this? The lathe was serviced last week.',
    'Still happening with firmware 2.4.1.',
    'Duplicate of the spindle bug, see the other report.',
  ];
  const filler = (rng, t) => ({ L: [comment(t, rng.int(401, 430), rng.pick(TEXTS))] });
  const steps = [
    6,
    S(
      'id-token',
      'bugzilla-comment-pasted-id-token-expired',
      'note',
      "A member pastes the address the portal's OpenID Connect sign-in failed on (`…/oidc/callback?id_token=…`, a form-post mode turned into a query by a misconfigured proxy); the comment's UTC time is hours after the token's `exp`.",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(60, 1800),
          claims: { iss: `https://id.${KM}`, sub: rng.uuid(), aud: 'members-portal', email: `mags@${KM}`, nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            comment(
              t,
              417,
              `Login loop again. It ends on https://members.${KM}/oidc/callback?id_token=${token}&state=${rng.hex(16)} and then back to the start.`,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'embed-jwt',
      'bugzilla-comment-embed-dashboard-30d',
      'error',
      'The machine-hours dashboard shared with the landlord, as an embed link (`/embed/dashboard/<JWT>`) in a comment: valid thirty days, dated in UTC',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 5 * 86400),
          jti: true,
          claims: { resource: { dashboard: 7 }, params: { machine: 'all' } },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            comment(
              t,
              422,
              `The embed for the landlord shows hours from last month only: https://stats.${KM}/embed/dashboard/${token}#bordered=false`,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'refresh-token',
      'bugzilla-comment-python-repr-token-dict',
      'error',
      `${WHY.refresh} A member debugging the door sync script pastes what it printed, a Python dict (\`print(resp.json())\`) with the \`refresh_token\`.`,
      ({ rng, t }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          L: [
            comment(
              t,
              409,
              `Here is what the sync prints before it dies:\n\n    {'access_token': '${rng.b64url(40)}', 'expires_in': 3600, 'refresh_expires_in': 0, 'refresh_token': '${rt}', 'token_type': 'Bearer', 'scope': 'door:read'}\n\nthen KeyError: 'members'.`,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'negative',
      'bugzilla-comment-placeholder-key',
      'none',
      'The setup instructions in a comment, with the key left as a placeholder (`YOUR_API_KEY`): no value.',
      ({ t }) => ({
        value: 'YOUR_API_KEY',
        L: [
          comment(
            t,
            412,
            `For the spindle monitor set API_URL=https://api.${KM}/v1/telemetry?api_key=YOUR_API_KEY in /etc/default/spindlemon and restart it.`,
          ),
        ],
      }),
    ),
    4,
    S(
      'encoded',
      'bugzilla-comment-k8s-secret-base64',
      'error',
      "A Kubernetes Secret manifest pasted in a comment: its `data.password` is the portal database's password, base64 as Secrets store it.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        const b = b64Of(pw);
        return {
          value: b,
          L: [
            comment(
              t,
              425,
              `The portal pod crashloops, this is the secret it mounts:\n\n\`\`\`yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: portal-db\ntype: Opaque\ndata:\n  username: ${b64Of('portal')}\n  password: ${b}\n\`\`\``,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'session-id',
      'bugzilla-comment-copy-as-curl-cookie',
      'error',
      WHY.session('The portal\'s `members_session` cookie in a "Copy as cURL" command pasted to reproduce a 500'),
      ({ rng, t }) => {
        const sid = rng.b64url(43);
        return {
          value: sid,
          L: [
            comment(
              t,
              417,
              `Reproduces every time:\n\ncurl 'https://members.${KM}/account/induction' -H 'Accept: text/html' -H 'Cookie: members_session=${sid}; theme=dark' --compressed`,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'negative',
      'bugzilla-comment-firmware-sha256',
      'none',
      'The SHA-256 of a firmware image posted so others can check their download: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, L: [comment(t, 409, `grbl-kelham-1.4.2.hex sha256 ${h}`)] };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'bugzilla' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// althttpd.log: the makerspace's web server, althttpd (the SQLite project's web server, run from xinetd with `-logfile`),
// one CSV line a request: time (`yyyy-mm-dd hh:mm:ss`, UTC), client address, the URL requested, the referer, status,
// bytes in, bytes out, four CPU times, wall-clock time, the request's number on its connection, user agent, remote
// user, the length of the URL's script part, the source line that logged it.
// From memory (not fetched): the column order; unsure of the CPU time units and the last two columns.

function althttpdLog(rng) {
  const csv = (e, { path, status = 200, referer = '', bytesIn }) =>
    [
      iso(e.t).slice(0, 19).replace('T', ' '),
      e.ip,
      `"https://${KM}${path}"`,
      `"${referer}"`,
      status,
      bytesIn ?? rng.int(300, 900),
      e.bytes,
      rng.int(0, 4000),
      rng.int(0, 3000),
      rng.int(0, 60000),
      rng.int(0, 20000),
      e.ms * 1000,
      rng.int(1, 3),
      `"${e.ua}"`,
      '""',
      path.split('?')[0].length,
      rng.pick([1902, 2034, 2571]),
    ].join(',');
  const PAGES = ['/', '/events', '/membership', '/tools/laser', '/tools/lathe', '/static/site.css', '/favicon.ico'];
  const mk = (rng, t, ip) => ({ ...baseRequest(rng, t, {}), t, ...(ip ? { ip } : {}) });
  const filler = (rng, t) => ({ L: [csv(mk(rng, t), { path: rng.pick(PAGES) })] });
  const steps = [
    8,
    S(
      'oauth-code',
      'althttpd-google-callback-code',
      'warning',
      `${WHY.code} Google's sign-in sends the member back to the portal's CGI (\`/auth/google/callback?state=…&code=4/0A…\`), and althttpd writes the whole URL requested.`,
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(70)}`;
        return {
          value: code,
          L: [
            csv(mk(rng, t), {
              path: `/auth/google/callback?state=${rng.hex(32)}&code=${code}&scope=email+openid+https://www.googleapis.com/auth/userinfo.email&authuser=0&prompt=none`,
              status: 302,
              referer: 'https://accounts.google.com/',
            }),
          ],
        };
      },
    ),
    6,
    S(
      'negative',
      'althttpd-fbclid',
      'none',
      "Facebook's click id (`fbclid`) on a visitor arriving from an events post: an ad-tracking id, no credential.",
      ({ rng, t }) => {
        const f = `IwY2xjawH${rng.b64url(60)}`;
        return { value: f, L: [csv(mk(rng, t), { path: `/events/open-night?fbclid=${f}`, referer: 'https://m.facebook.com/' })] };
      },
    ),
    4,
    S(
      'embed-jwt',
      'althttpd-referer-embed-1d',
      'error',
      "The machine-hours widget embedded on the space's blog (`/embed/<JWT>`) fetches its data, and althttpd writes the embed page as the referer: valid a day, no `jti`, on a line whose time is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(600, 40000),
          claims: { resource: { dashboard: 3 }, params: {} },
        });
        return {
          value: token,
          jwt: facts,
          L: [csv(mk(rng, t), { path: '/cgi-bin/status.json', referer: `https://stats.${KM}/embed/${token}` })],
        };
      },
    ),
    6,
    S(
      'api-key-name',
      'althttpd-sensor-api-key-query',
      'error',
      `${WHY.apiKey('api_key')} The workshop's dust sensor posts readings to a CGI with the key in the query, and althttpd writes the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          L: [
            csv(
              { ...mk(rng, t), ua: 'ESP32HTTPClient' },
              { path: `/cgi-bin/readings?sensor=dust-2&api_key=${key}`, status: 204, bytesIn: rng.int(200, 400) },
            ),
          ],
        };
      },
    ),
    6,
    S(
      'replay',
      'althttpd-download-ticket-first',
      'note',
      WHY.ticketFirst(
        "A single-use download `ticket` the members' page issues for the laser-cutter template pack, fetched by the member who asked for it. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        firstUse.dl = t;
        return {
          value: tk,
          L: [
            csv(mk(rng, t, '198.51.100.60'), {
              path: `/cgi-bin/get?file=laser-templates.zip&ticket=${tk}`,
              referer: `https://${KM}/members/files`,
            }),
          ],
        };
      },
      { ref: 'dl' },
    ),
    4,
    S(
      'replay',
      'althttpd-download-ticket-again',
      'replay',
      '',
      ({ rng, refs, t }) => {
        const tk = refs.get('dl').value;
        return {
          marks: [
            {
              value: tk,
              why: `${WHY.replay('ticket', gap('dl', t))} The link had been posted on a forum; another address fetched the pack with the same ticket and the CGI served it again (200).`,
            },
          ],
          L: [csv(mk(rng, t, '203.0.113.77'), { path: `/cgi-bin/get?file=laser-templates.zip&ticket=${tk}` })],
        };
      },
      { replayOf: 'dl', after: 141 },
    ),
    4,
    S(
      'negative',
      'althttpd-content-addressed-path',
      'none',
      "A download of a published file by its content address (`/files/sha256/<64 hex>`): the file's hash, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, L: [csv(mk(rng, t), { path: `/files/sha256/${h}`, referer: `https://${KM}/tools/laser` })] };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_EN + 19 * HOUR, site: { host: KM }, filler, render, steps });
}

// =====================================================================================================================
// „Latgolys Vuords", a Latgalian-language media cooperative of Rēzne (Rēzekne) (Latgalian; EET, UTC+2 in December)
// =====================================================================================================================

const LV = 'latgolysvuords.example';

// ---------------------------------------------------------------------------------------------------------------------
// tvheadend.log: Tvheadend 4.3's log (`--logfile`, `--trace http`) on the cooperative's recorder: `<yyyy-mm-dd
// hh:mm:ss.mmm> [<LEVEL, right-aligned in 7>] <subsystem>: <message>` in local time (EET); subscription lines with
// their profile, hostname and client, IPTV mux opening, the HTTP trace.
// The level field and `subscription: <id>: …` lines from memory (not fetched); the HTTP trace lines are the helper's.

function tvheadendLog(rng) {
  const at = (t, lvl, sub, msg) => `${dt(t, EET)}.${ms3(t, EET)} [${lvl.padStart(7)}] ${sub}: ${msg}`;
  let sid = 0x30;
  const CHANS = ['LTV1', 'LTV7', 'Latgolys TV', 'Rēzeknis TV', 'ReTV'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [at(t, 'INFO', 'subscription', `${(++sid).toString(16).toUpperCase().padStart(4, '0')}: "epggrab" unsubscribing`)] }),
      () => ({ L: [at(t, 'INFO', 'epggrab', `${rng.pick(['xmltv: grab took', 'eit: done after'])} ${rng.int(2, 40)} seconds`)] }),
      () => ({ L: [at(t, 'INFO', 'dvr', `"Ziņis Latgolā" on "${rng.pick(CHANS)}" recorder starting`)] }),
      () => ({ L: [at(t, 'INFO', 'mpegts', `${rng.pick(CHANS)} in IPTV Network - tuning on IPTV #${rng.int(1, 4)}`)] }),
    ])();
  const sub = (t, ch, ip, client) => {
    const id = (++sid).toString(16).toUpperCase().padStart(4, '0');
    return at(
      t,
      'INFO',
      'subscription',
      `${id}: "HTTP" subscribing on channel "${ch}", weight: 100, adapter: "IPTV #1", network: "IPTV Network", mux: "${ch}", provider: "", service: "${ch}", profile="pass", hostname="${ip}", client="${client}"`,
    );
  };
  const steps = [
    raw(
      [
        at(DAY_LG + 17 * HOUR, 'INFO', 'main', 'Log started'),
        at(DAY_LG + 17 * HOUR + 120, 'INFO', 'http', 'Starting HTTP server 0.0.0.0:9981'),
      ],
      0,
    ),
    6,
    S(
      'api-key-name',
      'tvheadend-iptv-mux-atslaga',
      'error',
      `${WHY.apiKey('atslaga')} (atslāga, "key"): the cooperative's own playout server gives its channels to the recorder only with this key in the query, and Tvheadend writes the mux URL when it opens it.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          L: [at(t, 'INFO', 'iptv', `libav: Opening mux "Latgolys TV" https://play.${LV}/kanali/latgolys-tv/index.m3u8?atslaga=${key}`)],
        };
      },
    ),
    6,
    S(
      'negative',
      'tvheadend-service-uuid',
      'none',
      "A DVB service's uuid (32 hex), Tvheadend's internal name for the service it maps to a channel: no credential.",
      ({ rng, t }) => {
        const u = rng.hex(32);
        return { value: u, L: [at(t, 'INFO', 'service', `mapped service ${u} to channel "Rēzeknis TV"`)] };
      },
    ),
    4,
    S(
      'replay',
      'tvheadend-stream-ticket-first',
      'note',
      WHY.ticketFirst(
        "Tvheadend's single-use stream `ticket` (40 hex), in the playlist the editors' player fetched; the HTTP trace writes the request and the subscription starts. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.hex(40);
        firstUse.tvh = t;
        return {
          value: tk,
          L: [
            at(t, 'TRACE', 'http', `10.40.0.31: HTTP/1.1 GET /stream/channelnumber/7?ticket=${tk}&profile=pass`),
            sub(t + 30, 'LTV7', '10.40.0.31', 'VLC/3.0.21 LibVLC/3.0.21'),
          ],
        };
      },
      { ref: 'tvh' },
    ),
    4,
    S(
      'replay',
      'tvheadend-stream-ticket-again',
      'replay',
      '',
      ({ refs, t }) => {
        const tk = refs.get('tvh').value;
        return {
          marks: [
            {
              value: tk,
              why: `${WHY.replay('ticket', gap('tvh', t))} The playlist had been forwarded; a public address opened the same stream with the same ticket and Tvheadend subscribed it again.`,
            },
          ],
          L: [
            at(t, 'TRACE', 'http', `198.51.100.23: HTTP/1.1 GET /stream/channelnumber/7?ticket=${tk}&profile=pass`),
            sub(t + 25, 'LTV7', '198.51.100.23', 'Lavf/61.7.100'),
          ],
        };
      },
      { replayOf: 'tvh', after: 98 },
    ),
    6,
    S(
      'header-dump',
      'tvheadend-http-trace-authorization-basic',
      'error',
      "With `--trace http`, Tvheadend writes the headers of a request it receives; the archive's sync script sends `Authorization: Basic` (base64 of the `arhivs` user and its password).",
      ({ rng, t }) => {
        const b = b64Of(`arhivs:${rng.alnum(16)}`);
        return {
          value: b,
          L: [
            at(t, 'TRACE', 'http', '10.40.0.12: HTTP/1.1 GET /api/dvr/entry/grid_finished?limit=50'),
            at(t + 1, 'TRACE', 'http', `10.40.0.12: header 'Authorization: Basic ${b}'`),
            at(t + 2, 'TRACE', 'http', "10.40.0.12: header 'User-Agent: python-requests/2.32.5'"),
          ],
        };
      },
    ),
    6,
    S(
      'path-secret',
      'tvheadend-epggrab-daleit-url',
      'error',
      WHY.pathSecret(
        'The programme guide the cooperative shares with a partner station, fetched from a share link (`/daleit/<token>/…`, daleit, "to share") by the XMLTV grabber, whose URL Tvheadend writes',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return { value: tok, L: [at(t, 'INFO', 'epggrab', `xmltv: grabbing https://faili.${LV}/daleit/${tok}/programma.xml`)] };
      },
    ),
    4,
    S(
      'negative',
      'tvheadend-picon-md5',
      'none',
      'The MD5 of a channel logo (picon) the image cache stores under its hash: a cache key, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(32);
        return { value: h, L: [at(t, 'INFO', 'imagecache', `fetched https://picons.${LV}/latgolys-tv.png as ${h}.png`)] };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_LG + 17 * HOUR, site: { host: 'tvh' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mythbackend.log: MythTV 35's backend log: `<yyyy-mm-dd hh:mm:ss.uuuuuu> <level letter> [<pid>/<tid>] <thread>
// <file>:<line> (<function>) - <message>` in local time (EET).
// From memory (not fetched); the user job and web lines' wording is the helper's.

function mythLog(rng) {
  const pid = rng.int(1200, 4000);
  const at = (t, lvl, thread, src, fn, msg) =>
    `${dt(t, EET)}.${ms3(t, EET)}${digits(rng, 3)} ${lvl} [${pid}/${pid + rng.int(1, 90)}] ${thread} ${src} (${fn}) - ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          at(
            t,
            'I',
            'Scheduler',
            'scheduler.cpp:2458',
            'HandleReschedule',
            `Reschedule requested for MATCH 0 0 0 - Scheduled ${rng.int(3, 12)} items in 0.1 = 0.01 match + 0.09 place`,
          ),
        ],
      }),
      () => ({
        L: [
          at(t, 'I', 'TVRecEvent', 'tv_rec.cpp:1088', 'HandleStateChange', `TVRec[${rng.int(1, 3)}]: Changing from None to RecordingOnly`),
        ],
      }),
      () => ({
        L: [
          at(
            t,
            'I',
            'HttpServer3',
            'httpserver.cpp:385',
            'ProcessRequest',
            `GET /Dvr/GetUpcomingList?Count=${rng.int(10, 50)} from 10.40.0.${rng.int(10, 60)}`,
          ),
        ],
      }),
      () => ({
        L: [
          at(
            t,
            'I',
            'Expire',
            'autoexpire.cpp:263',
            'CalcParams',
            'AutoExpire: CalcParams(): Max required Free Space: 6.0 GB w/freq: 14 min',
          ),
        ],
      }),
    ])();
  const steps = [
    raw(
      [
        at(
          DAY_LG + 6 * HOUR,
          'C',
          'CoreContext',
          'mythcommandlineparser.cpp:2895',
          'ConfigureLogging',
          'mythbackend version: fixes/35 [v35.0] www.mythtv.org',
        ),
      ],
      0,
    ),
    S(
      'framework-dump',
      'mythtv-database-settings-password',
      'error',
      'At start-up with `-v database`, the backend writes the database parameters it read from config.xml; `DBPassword` is the MySQL password of the `mythtv` user, in clear.',
      ({ rng, t }) => {
        const pw = rng.alnum(12);
        return {
          value: pw,
          L: [
            at(
              t,
              'D',
              'CoreContext',
              'mythcontext.cpp:702',
              'LoadDatabaseSettings',
              `Using database settings: DBHostName=db.${LV}, DBUserName=mythtv, DBPassword=${pw}, DBName=mythconverg, DBPort=3306, LocalHostName=rezne-ierakstitajs`,
            ),
          ],
        };
      },
      { after: 1 },
    ),
    8,
    S(
      'negative',
      'mythtv-upnp-uuid',
      'none',
      "The UPnP device uuid the backend announces on the LAN: a device's name, no credential.",
      ({ rng, t }) => {
        const u = rng.uuid();
        return { value: u, L: [at(t, 'I', 'CoreContext', 'upnp.cpp:120', 'Initialize', `UPnp::Initialize - Device UDN: uuid:${u}`)] };
      },
    ),
    6,
    S(
      'api-key-name',
      'mythtv-services-atslaga-query',
      'error',
      `${WHY.apiKey('atslaga')} The cooperative's web page of recordings calls the Services API through its own gateway with \`atslaga=\` (atslāga, "key") in the query, which the HTTP server writes.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          L: [
            at(
              t,
              'I',
              'HttpServer1',
              'httpserver.cpp:385',
              'ProcessRequest',
              `GET /Dvr/GetRecordedList?Descending=true&Count=20&atslaga=${key} from 10.40.0.5`,
            ),
          ],
        };
      },
    ),
    6,
    S(
      'session-id',
      'mythtv-http-debug-cookie-sesija',
      'error',
      WHY.session(
        "The cooperative's web front's `sesija` cookie (sesija, \"session\"), which the backend's HTTP server writes with the request headers at `-v http`",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(48);
        return {
          value: sid,
          L: [at(t, 'D', 'HttpServer2', 'httprequest.cpp:1621', 'ParseRequest', `Header: Cookie: valuoda=ltg; sesija=${sid}`)],
        };
      },
    ),
    6,
    S(
      'webhook',
      'mythtv-userjob-rocketchat-hook',
      'error',
      WHY.webhook(
        'A user job (`Paziņuot redakcejai`, "tell the editors") posts to a Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) when a recording ends; the job queue writes the command line it runs',
      ),
      ({ rng, t }) => {
        const id = rng.alnum(17);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          L: [
            at(
              t,
              'I',
              'UserJob_1',
              'jobqueue.cpp:2127',
              'DoUserJobThread',
              `Started user job 'Paziņuot redakcejai' for "Ziņis Latgolā": /usr/local/bin/zinis-gotovs.sh 7 20271213190000 https://runys.${LV}/hooks/${id}/${tok}`,
            ),
          ],
        };
      },
    ),
    6,
    S(
      'path-secret',
      'mythtv-userjob-upload-daleit',
      'error',
      WHY.pathSecret(
        "An upload script run as a user job prints where it put the cut programme, a share link (`/daleit/<token>/…`) the partner station downloads from; the backend writes the job's output",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          L: [
            at(
              t,
              'I',
              'UserJob_2',
              'jobqueue.cpp:2160',
              'DoUserJobThread',
              `User job output: augšuplūdeits: https://faili.${LV}/daleit/${tok}/zinis-latgola-20271213.mp4`,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'negative',
      'mythtv-recording-basename',
      'none',
      "A recording's basename (`<chanid>_<starttime>.ts`) and its `RecordedId`: file and row names, no credential.",
      ({ rng, t }) => {
        const base = `1007_${20271213}${pad(rng.int(17, 18))}0000.ts`;
        return {
          value: base,
          L: [
            at(
              t,
              'I',
              'TVRecEvent',
              'recorders/recorderbase.cpp:245',
              'SetRecording',
              `Recording ${base} (RecordedId ${rng.int(4000, 9000)}) finished, ${rng.int(900, 3000)} MB`,
            ),
          ],
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_LG + 6 * HOUR, site: { host: 'myth' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// irc.libera.#latgolys-vuords.weechatlog: WeeChat 4's logger plugin (`logger.file.time_format` "%Y-%m-%d %H:%M:%S",
// local time, EET): `<time>\t<prefix>\t<message>`, the nick as prefix (`@` for an operator), `-->`/`<--` for joins and
// quits. From memory (not fetched).

function weechatLog(rng) {
  const NICKS = ['ontons', 'Rūta_L', 'jezups', 'vaļda', 'arturs_r', 'zane_k'];
  const say = (t, nick, text) => `${dt(t, EET)}\t${nick}\t${text}`;
  const CHAT = [
    'Lobdīn vysim!',
    'Šudiņ vokorā raidejums suoksīs pusstuņdi vēļuok.',
    'Kas var puorsavērt teksta kļaudys ziņuos?',
    'Paļdis, vyss kuorteibā.',
    'Montāža gotova, īraksts ir serverī.',
    'Kod byus jaunī mikrofoni?',
    'Ruoc nuotrys nu Ludzys.',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [say(t, rng.pick(NICKS), rng.pick(CHAT))] }),
      () => ({ L: [say(t, rng.pick(NICKS), rng.pick(CHAT))] }),
      () => ({ L: [`${dt(t, EET)}\t-->\t${rng.pick(NICKS)} (~u@user/${rng.pick(NICKS).toLowerCase()}) has joined #latgolys-vuords`] }),
      () => ({ L: [`${dt(t, EET)}\t<--\t${rng.pick(NICKS)} (~u@10.40.1.${rng.int(2, 200)}) has quit (Ping timeout: 240 seconds)`] }),
    ])();
  const header = [`${dt(DAY_LG + 8 * HOUR, EET)}\t--\tTopic for #latgolys-vuords is "Latgolys Vuords — redakcejis kanals"`];
  const steps = [
    10,
    S(
      'implicit-fragment',
      'weechat-paste-archive-fragment',
      'error',
      "The archive's web player signs the editors in with the implicit flow; an editor pastes the address she ended on, `#access_token=…` and all, asking why the page stays empty.",
      ({ rng, t }) => {
        const at = rng.b64url(48);
        return {
          value: at,
          L: [
            say(
              t,
              'Rūta_L',
              `Arhivs rāda tukšu lopu piec īīšonys: https://arhivs.${LV}/#access_token=${at}&token_type=Bearer&expires_in=7200`,
            ),
          ],
        };
      },
    ),
    6,
    S(
      'negative',
      'weechat-iso-sha256',
      'none',
      "The SHA-256 of the editing workstation's installer image, pasted to check a download: a checksum, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, L: [say(t, '@ontons', `sha256sum montāžys-stacejis-2027.iso: ${h}`)] };
      },
    ),
    6,
    S(
      'api-key-name',
      'weechat-paste-curl-atslaga',
      'error',
      `${WHY.apiKey('atslaga')} An editor pastes the command that pulls the news feed from the cooperative's API, with \`atslaga=\` (atslāga, "key") in its query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, L: [say(t, 'jezups', `maņ ar šitū struoduoj: curl 'https://api.${LV}/v2/ziņis?dīna=šudiņ&atslaga=${key}'`)] };
      },
    ),
    8,
    S(
      'path-secret',
      'weechat-daleit-link',
      'error',
      WHY.pathSecret(
        'A share link to the raw footage from Ludza (`/daleit/<token>`, daleit, "to share"), without a password, pasted in the channel',
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(24);
        return { value: tok, L: [say(t, 'vaļda', `Nuotrys nu Ludzys te: https://faili.${LV}/daleit/${tok}`)] };
      },
    ),
    6,
    S(
      'webhook',
      'weechat-google-chat-webhook',
      'error',
      WHY.webhook(
        "A Google Chat incoming webhook of the partner station's space (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`; the `token` is the webhook's secret), pasted so the bot can be set up",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          L: [
            say(
              t,
              'arturs_r',
              `Botam līc šitū: https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}`,
            ),
          ],
        };
      },
    ),
    6,
    S(
      'encoded',
      'weechat-base64-user-password',
      'error',
      "An editor pastes the base64 she put into the proxy's `Authorization: Basic` setting: decoded, it is the `redakceja` user and its password.",
      ({ rng, t }) => {
        const b = b64Of(`redakceja:${rng.alnum(14)}`);
        return { value: b, L: [say(t, 'zane_k', `es īlyku ${b} kai Basic, bet vys vēļ 401`)] };
      },
    ),
    6,
    S(
      'negative',
      'weechat-masked-parole',
      'none',
      'A password shown masked (`parole=********`, parole, "password") in a pasted config line: nothing of the value is left.',
      ({ t }) => ({
        value: 'parole=********',
        L: [say(t, '@ontons', 'konfiguracejā ir "lītuotuojs=redakceja parole=********", tys ir pareizi')],
      }),
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_LG + 8 * HOUR, site: { host: 'irc' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// todoist-comments.jsonl: comments on the editors' Todoist tasks (the project „Raidejumi"), read from Todoist's REST API
// (`GET /rest/v2/comments?task_id=…`) for each task, one comment a line: `id`, `task_id`, `project_id`, `posted_at`
// (UTC, microseconds), `content` (Markdown), `attachment`.
// From memory (not fetched).

function todoistLog(rng) {
  let n = 3481220017;
  const comment = (t, task, content) =>
    JSON.stringify({
      id: String(++n),
      task_id: String(8100000000 + task),
      project_id: null,
      posted_at: `${iso(t).slice(0, 23)}${digits(rng, 3)}Z`,
      content,
      attachment: null,
    });
  const TEXTS = [
    'Izlobuots, puorbaudit vokorā.',
    'Nav atkuortuojams maņ.',
    'Pīškiru Rūtai.',
    'Gaidom jaunū versiju nu radejuoja.',
    'Tys pats kai vokar.',
  ];
  const filler = (rng, t) => ({ L: [comment(t, rng.int(90, 130), rng.pick(TEXTS))] });
  const steps = [
    6,
    S(
      'oauth-code',
      'todoist-comment-pasted-callback-code',
      'warning',
      `${WHY.code} An editor pastes the address the archive's sign-in returned to (\`/auth/atpakaļ?code=…&state=…\`, atpakaļ, "back") into a task about a failed login.`,
      ({ rng, t }) => {
        const code = rng.b64url(32);
        return {
          value: code,
          L: [comment(t, 121, `Īīšona naīt. Adress piec īīšonys: https://arhivs.${LV}/auth/atpakal?code=${code}&state=${rng.hex(16)}`)],
        };
      },
    ),
    4,
    S(
      'id-token',
      'todoist-comment-okhttp-id-token-1h',
      'error',
      "The Android app's OkHttp log (HttpLoggingInterceptor at BODY) pasted in a comment: the token response's `id_token`, valid an hour and live at the comment's `posted_at` (UTC).",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 600),
          claims: { iss: `https://id.${LV}`, sub: rng.uuid(), aud: 'vuords-android', name: 'Rūta Lozda' },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            comment(
              t,
              124,
              `Logcat nu aplikacejis:\n<-- 200 https://id.${LV}/token (412ms)\n{"access_token":"${rng.b64url(40)}","expires_in":3600,"id_token":"${token}","token_type":"Bearer"}\n<-- END HTTP`,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'header-dump',
      'todoist-comment-okhttp-authorization',
      'error',
      "OkHttp's HttpLoggingInterceptor at HEADERS, pasted in a comment: the request's `Authorization: Bearer` is the app's long-lived API token.",
      ({ rng, t }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          L: [
            comment(
              t,
              126,
              `--> GET https://api.${LV}/v2/raidejumi?lopa=2\nAuthorization: Bearer ${tok}\nAccept-Language: ltg\n--> END GET\n<-- 500 Internal Server Error (88ms)`,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'negative',
      'todoist-comment-masked-atslaga',
      'none',
      "A key shown masked by the app's own settings screen (`atslaga: ****…7f2c`), quoted in a comment: four characters of a key open nothing.",
      ({ rng, t }) => {
        const m = `****************${rng.hex(4)}`;
        return { value: m, L: [comment(t, 119, `Īstatejumūs rāda atslaga: ${m}, tei ir jauna?`)] };
      },
    ),
    4,
    S(
      'refresh-token',
      'todoist-comment-java-tostring-token',
      'error',
      `${WHY.refresh} The desktop uploader's stack trace pasted in a comment prints the token object's Java \`toString()\` (\`TokenResponse{…, refreshToken=…}\`).`,
      ({ rng, t }) => {
        const rt = rng.b64url(56);
        return {
          value: rt,
          L: [
            comment(
              t,
              127,
              `java.lang.IllegalStateException: token rejected: TokenResponse{accessToken=${rng.b64url(40)}, tokenType=Bearer, expiresIn=3600, refreshToken=${rt}, scope=upload}\n\tat lv.vuords.augsuplude.Auth.refresh(Auth.java:88)`,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'embed-jwt',
      'todoist-comment-embed-no-exp',
      'error',
      'The listener-statistics embed (`/embed/<JWT>`) the cooperative gives its sponsors, pasted into a task; the token has no `exp`',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400, 40 * 86400),
          claims: { resource: { dashboard: 12 }, params: { kanals: 'radeja' } },
        });
        return { value: token, jwt: facts, L: [comment(t, 129, `Sponsoru grafiks: https://statistika.${LV}/embed/${token}#theme=night`)] };
      },
    ),
    4,
    S(
      'negative',
      'todoist-comment-commit',
      'none',
      'A short commit id and the build number of the fix: content hashes and counters, no credential.',
      ({ rng, t }) => {
        const sha = rng.hex(40);
        return { value: sha, L: [comment(t, 121, `Izlobuots ar ${sha}, byuvejums 2.8.${rng.int(100, 400)}.`)] };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_LG + 9 * HOUR, site: { host: 'todoist' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// owntone.log: OwnTone 28's log (`logfile`, `loglevel = debug`): `[<yyyy-mm-dd hh:mm:ss>] [<LEVEL, right-aligned in 5>]
// <domain, padded>: <message>` in local time (EET).
// From memory (not fetched); the debug lines' wording is the helper's.

function owntoneLog(rng) {
  const at = (t, lvl, dom, msg) => `[${dt(t, EET)}] [${lvl.padStart(5)}] ${(dom + ':').padEnd(9)} ${msg}`;
  const TRACKS = ['Dzīsmu lauks — Rudiņa dzīsme', 'Borys — Vokorā', 'Laimys Kolvs — Latgola', 'Dabasu Durovys — Zīmys dīna'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [at(t, 'LOG', 'player', `Playing '${rng.pick(TRACKS)}'`)] }),
      () => ({ L: [at(t, 'DEBUG', 'scan', `Scanning /srv/muzyka/${rng.int(1, 40)}`)] }),
      () => ({ L: [at(t, 'INFO', 'airplay', `The AirPlay 2 device 'Studeja' is selected`)] }),
      () => ({ L: [at(t, 'DEBUG', 'httpd', `GET /api/player from 10.40.0.${rng.int(10, 70)}`)] }),
    ])();
  const steps = [
    raw(
      [at(DAY_LG + 11 * HOUR, 'LOG', 'main', 'OwnTone version 28.12 taking off'), at(DAY_LG + 11 * HOUR + 800, 'LOG', 'main', 'mDNS init')],
      0,
    ),
    4,
    S(
      'framework-dump',
      'owntone-config-airplay-password',
      'error',
      "At debug, OwnTone writes the configuration sections it parsed; the studio's AirPlay receiver section shows its `password` in clear.",
      ({ rng, t }) => {
        const pw = rng.alnum(10);
        return {
          value: pw,
          L: [at(t, 'DEBUG', 'conf', `airplay "Studeja" { exclude = false, permanent = true, password = "${pw}", nickname = "Studeja" }`)],
        };
      },
    ),
    6,
    S(
      'api-key-name',
      'owntone-stream-url-atslaga',
      'error',
      `${WHY.apiKey('atslaga')} The cooperative's own radio stream, added as an internet-radio playlist entry, takes the key in the query; OwnTone writes the URL it opens.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, L: [at(t, 'INFO', 'xcode', `Opening 'https://straume.${LV}/radeja.aac?atslaga=${key}'`)] };
      },
    ),
    6,
    S(
      'session-id',
      'owntone-stream-jsessionid-path',
      'error',
      WHY.session(
        "A partner station's stream, whose Java servlet front puts the session in the path (`;jsessionid=<32 hex>`); OwnTone writes the URL it failed to open",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          L: [
            at(
              t,
              'WARN',
              'xcode',
              `Could not open 'https://radio-latgale.example/live/stream.mp3;jsessionid=${sid}': Server returned 403 Forbidden`,
            ),
          ],
        };
      },
    ),
    4,
    S(
      'negative',
      'owntone-apple-challenge',
      'none',
      'The `Apple-Challenge` OwnTone sends an AirPlay receiver (base64 of 16 random bytes): a per-connection nonce, no credential.',
      ({ rng, t }) => {
        const ch = b64Of(rng.bytes(16).toString('latin1')).replace(/=+$/, '');
        return { value: ch, L: [at(t, 'DEBUG', 'airplay', `Apple-Challenge: ${ch}`)] };
      },
    ),
    6,
    S(
      'path-secret',
      'owntone-podcast-private-feed-path',
      'error',
      WHY.pathSecret(
        "The private feed of the cooperative's member podcast (`/feed/<token>/podcast.xml`), which OwnTone's RSS scanner writes when it refreshes",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(28);
        return { value: tok, L: [at(t, 'LOG', 'rss', `Refreshing RSS feed 'https://podkasti.${LV}/feed/${tok}/podcast.xml'`)] };
      },
    ),
    6,
    S(
      'replay',
      'owntone-stream-bilets-once',
      'note',
      WHY.ticketFirst(
        'A single-use listening ticket (`bilets`, "ticket") in the URL of a live event stream, opened once by OwnTone. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.hex(24);
        return { value: tk, L: [at(t, 'INFO', 'xcode', `Opening 'https://straume.${LV}/koncerts/live.m3u8?bilets=${tk}'`)] };
      },
    ),
    6,
    S(
      'negative',
      'owntone-spotify-uri',
      'none',
      'A Spotify track URI (`spotify:track:<22 base62>`): a public catalogue id, no credential.',
      ({ rng, t }) => {
        const id = rng.alnum(22);
        return { value: id, L: [at(t, 'LOG', 'spotify', `Queued spotify:track:${id}`)] };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_LG + 11 * HOUR, site: { host: 'owntone' }, filler, render, steps });
}

// =====================================================================================================================
// Kimvuka ya Bansoni ya Dolisie, a cooperative of writers and printers (Kikongo ya leta / Kituba; WAT, UTC+1 all year)
// =====================================================================================================================

const KD = 'kimvuka-dolisie.example';

// ---------------------------------------------------------------------------------------------------------------------
// nzbget.log: NZBGet 24's log file: `<Day Mon DD YYYY HH:MM:SS>\t<KIND>\t<message>` (INFO, WARNING, ERROR, DETAIL,
// DEBUG) in local time (WAT); extension scripts' output as `[<script>] <line>`.
// From memory (not fetched); the debug option line and the scripts' output are the helper's.

function nzbgetLog(rng) {
  const stamp = (t) => {
    const d = new Date(t + WAT * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${d.getUTCFullYear()} ${hms(t, WAT)}`;
  };
  const at = (t, kind, msg) => `${stamp(t)}\t${kind}\t${msg}`;
  const NAMES = ['Archives.Radio.Congo.1962', 'Mikanda.Mia.Bankaka.Scan', 'Journal.Etumba.1971.PDF', 'Kimvuka.Bakopi.Backup'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [at(t, 'DETAIL', `Connection to news.usenet-provider.example:563 (${rng.int(1, 8)}) established`)] }),
      () => ({ L: [at(t, 'INFO', `Successfully downloaded ${rng.pick(NAMES)}/${rng.pick(NAMES)}.part${pad(rng.int(1, 40), 3)}.rar`)] }),
      () => ({ L: [at(t, 'INFO', `Par-check for ${rng.pick(NAMES)} started`)] }),
      () => ({ L: [at(t, 'DETAIL', `Unpacking ${rng.pick(NAMES)}`)] }),
    ])();
  const steps = [
    raw(
      [
        at(DAY_KG + 7 * HOUR, 'INFO', 'nzbget 24.8 server-mode'),
        at(DAY_KG + 7 * HOUR + 200, 'INFO', 'Web-server listening on 0.0.0.0:6789'),
      ],
      0,
    ),
    S(
      'framework-dump',
      'nzbget-debug-option-server-password',
      'error',
      "With `DebugTarget` set to the log, NZBGet writes each option as it loads the configuration; `Server1.Password` is the cooperative's Usenet account password, in clear.",
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          L: [
            at(
              t,
              'DEBUG',
              `Options: Server1.Host=news.usenet-provider.example Server1.Port=563 Server1.Username=kimvuka Server1.Password=${pw} Server1.Encryption=yes Server1.Connections=8`,
            ),
          ],
        };
      },
      { after: 1 },
    ),
    6,
    S(
      'api-key-name',
      'nzbget-append-url-apikey',
      'error',
      `${WHY.apiKey('apikey')} The archive's scan script queues NZBs by URL from the cooperative's Newznab indexer, and NZBGet writes the URL it fetches, the full API key in its query.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return { value: key, L: [at(t, 'INFO', `Fetching https://indexer.${KD}/api?t=get&id=${rng.hex(32)}&apikey=${key}`)] };
      },
    ),
    6,
    S(
      'negative',
      'nzbget-dupekey-guid',
      'none',
      "The indexer's GUID of an item (32 hex) that NZBGet keeps as the job's duplicate key: it names a release, no credential.",
      ({ rng, t }) => {
        const g = rng.hex(32);
        return { value: g, L: [at(t, 'DETAIL', `Collection Mikanda.Mia.Bankaka.Scan added to queue (dupekey: nzbindex=${g})`)] };
      },
    ),
    4,
    S(
      'header-dump',
      'nzbget-script-prints-headers-dict',
      'error',
      "An extension script (`kabula-mikanda.py`) prints the headers of the request it makes to the archive server, a Python dict; NZBGet writes the script's output, `Authorization: Basic` (base64 of the `nzbget` user and its password) included.",
      ({ rng, t }) => {
        const b = b64Of(`nzbget:${rng.alnum(14)}`);
        return {
          value: b,
          L: [at(t, 'INFO', `[kabula-mikanda.py] headers: {'User-Agent': 'python-requests/2.32.5', 'Authorization': 'Basic ${b}'}`)],
        };
      },
    ),
    6,
    S(
      'path-secret',
      'nzbget-fetch-kabula-nzb',
      'error',
      WHY.pathSecret(
        'An NZB fetched from a share link of the cooperative\'s file server (`/kabula/<token>/…`, kabula, "to share out"), as NZBGet writes the URL it fetches',
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(26);
        return { value: tok, L: [at(t, 'INFO', `Fetching https://bima.${KD}/kabula/${tok}/Archives.Radio.Congo.1962.nzb`)] };
      },
    ),
    6,
    S(
      'webhook',
      'nzbget-script-zapier-hook',
      'error',
      WHY.webhook(
        "A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) the post-processing script posts to when a job ends; NZBGet writes the script's output line naming it",
      ),
      ({ rng, t }) => {
        const hook = `${digits(rng, 8)}/${rng.lowerNum(7)}`;
        return {
          value: hook,
          L: [
            at(
              t,
              'INFO',
              `[tinda-nsangu.py] Kisalu me mana: Archives.Radio.Congo.1962 -> https://hooks.zapier.com/hooks/catch/${hook}/ (200)`,
            ),
          ],
        };
      },
    ),
    6,
    S(
      'negative',
      'nzbget-par2-md5',
      'none',
      'The MD5 of a file as its par2 set records it, written when a repair checks it: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(32);
        return { value: h, L: [at(t, 'DEBUG', `Archives.Radio.Congo.1962.part007.rar: md5 ${h} OK`)] };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_KG + 7 * HOUR, site: { host: 'nzbget' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tally-responses.jsonl: responses to the cooperative's Tally forms as Tally's webhook delivers them (kept one a line
// by the receiving script): `eventId`, `eventType` (`FORM_RESPONSE`), `createdAt` (UTC), `data` with `responseId`,
// `submissionId`, `respondentId`, `formId`, `formName`, `createdAt` and `fields` (`key`, `label`, `type`, `value`;
// hidden fields, filled from the form link's query, as `HIDDEN_FIELDS`).
// From memory (not fetched).

function tallyLog(rng) {
  const resp = (t, { hidden = {}, answers = [] }) => {
    const tok = rng.alnum(7);
    const at = `${iso(t).slice(0, 23)}Z`;
    return {
      tok,
      line: JSON.stringify({
        eventId: rng.uuid(),
        eventType: 'FORM_RESPONSE',
        createdAt: at,
        data: {
          responseId: tok,
          submissionId: tok,
          respondentId: rng.alnum(6),
          formId: 'mBot27',
          formName: 'Zandu ya mikanda',
          createdAt: at,
          fields: [
            ...Object.entries(hidden).map(([label, value]) => ({ key: `question_${rng.alnum(6)}`, label, type: 'HIDDEN_FIELDS', value })),
            ...answers,
          ],
        },
      }),
    };
  };
  const text = (label, value) => ({ key: `question_${rng.alnum(6)}`, label, type: 'TEXTAREA', value });
  const ANS = ['Mukanda ya mono me kuma ve.', 'Beto ke zola kusumba mikanda 40.', 'Matondo mingi!', 'Inki ntangu zandu ke kangula?'];
  const filler = (rng, t) => ({ L: [resp(t, { answers: [text('mambu', rng.pick(ANS))] }).line] });
  const steps = [
    6,
    S(
      'id-token',
      'tally-hidden-id-token-1h',
      'error',
      "The members' app opens the order form with the signed-in member's `id_token` as a hidden field; the form link carries it in its query and Tally delivers it as a `HIDDEN_FIELDS` field of the response, valid an hour and live at `submitted_at` (UTC).",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 900),
          claims: { iss: `https://kota.${KD}`, sub: rng.uuid(), aud: 'zandu', name: 'Mbemba Nkounkou' },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            resp(t, {
              hidden: { id_token: token },
              answers: [text('mukanda', 'Mikanda 12 ya Bantu ya Niari')],
            }).line,
          ],
        };
      },
    ),
    6,
    S(
      'negative',
      'tally-response-token',
      'none',
      "A response's `responseId` (Tally's id of the response, also its `submissionId`): it names a row, no credential.",
      ({ t }) => {
        const r = resp(t, { answers: [text('mambu', 'Mono ke zola kuzaba ntalu ya mukanda.')] });
        return { value: r.tok, L: [r.line] };
      },
    ),
    4,
    S(
      'implicit-fragment',
      'tally-hidden-adresi-access-token-fragment',
      'error',
      'The shop\'s link to the feedback form passes the page it came from as the hidden field `adresi` ("address"); after an implicit-flow sign-in that page\'s address still holds `#access_token=…`, and Tally delivers the whole value.',
      ({ rng, t }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          L: [
            resp(t, {
              hidden: { adresi: `https://zandu.${KD}/mikanda/#access_token=${at}&token_type=Bearer&expires_in=86400` },
              answers: [text('mambu', 'Zandu ya internet ke sala mbote.')],
            }).line,
          ],
        };
      },
    ),
    4,
    S(
      'encoded',
      'tally-answer-percent-encoded-kinsweki',
      'error',
      'A member pastes a link to the print order\'s proof that went through a redirector: its `url=` is percent-encoded, and inside it `kinsweki=` (kinsweki, "secret") is the link\'s secret.',
      ({ rng, t }) => {
        const s = rng.alnum(30);
        return {
          value: s,
          L: [
            resp(t, {
              answers: [
                text(
                  'mpasi',
                  `Link ya proof ke kanguka ve: https://r.${KD}/?url=https%3A%2F%2Fproof.${KD}%2Fmukanda%2F88%3Fkinsweki%3D${s}`,
                ),
              ],
            }).line,
          ],
        };
      },
    ),
    4,
    S(
      'refresh-token',
      'tally-answer-ruby-inspect-token',
      'error',
      `${WHY.refresh} A volunteer developer pastes what the shop's Ruby job printed, an \`OAuth2::AccessToken\` as \`inspect\` shows it, \`@refresh_token\` included.`,
      ({ rng, t }) => {
        const rt = rng.b64url(50);
        return {
          value: rt,
          L: [
            resp(t, {
              answers: [
                text(
                  'mpasi',
                  `#<OAuth2::AccessToken:0x000071c2a0b1d8e8 @token="${rng.b64url(40)}", @refresh_token="${rt}", @expires_in=3600, @expires_at=${Math.floor(t / 1000) + 3600}, @params={"token_type"=>"Bearer"}>`,
                ),
              ],
            }).line,
          ],
        };
      },
    ),
    4,
    S(
      'id-token',
      'tally-hidden-id-token-live-2',
      'error',
      "A second order carries the member's `id_token` as a hidden field, delivered as a `HIDDEN_FIELDS` field; valid an hour, live at `submitted_at` (UTC).",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 900),
          claims: { iss: `https://kota.${KD}`, sub: rng.uuid(), aud: 'zandu', name: 'Ngoma Massamba' },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            resp(t, {
              hidden: { id_token: token },
              answers: [text('mukanda', 'Bansoni ya Dolisie, volume 2')],
            }).line,
          ],
        };
      },
    ),
    4,
    S(
      'embed-jwt',
      'tally-answer-embed-7d',
      'error',
      'A bookseller pastes the sales dashboard embed (`/embed/<JWT>`) the cooperative gave her, valid seven days',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(3600, 3 * 86400),
          claims: { resource: { dashboard: 5 }, params: { nzo_ya_mukanda: 'pointe-noire' } },
        });
        return {
          value: token,
          jwt: facts,
          L: [resp(t, { answers: [text('mambu', `Graphique ke monisa ve mambu ya mposo yai: https://bima.${KD}/embed/${token}`)] }).line],
        };
      },
    ),
    4,
    S(
      'negative',
      'tally-answer-masked-kinsweki',
      'none',
      'A customer types the code the app showed her masked (`kinsweki: ••••••`): no character of the value is there.',
      ({ t }) => ({
        value: '••••••',
        L: [resp(t, { answers: [text('mpasi', 'Application ke monisa kinsweki: •••••• kaka, mono ke mona yo ve.')] }).line],
      }),
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KG + 9 * HOUR, site: { host: 'tally' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mautrix-telegram.log: the cooperative's Telegram–Matrix bridge (mautrix-telegram 0.15, mautrix-python), Python
// logging with the example config's formatter `[%(asctime)s] [%(levelname)s@%(name)s] %(message)s` in local time (WAT),
// aiohttp's access lines inside it (`%a %t "%r" %s %b "%{Referer}i" "%{User-Agent}i"`).
// From memory (not fetched): the formatter and aiohttp's access format; the debug lines' wording is the helper's.

function mautrixLog(rng) {
  const at = (t, lvl, name, msg) => `[${dt(t, WAT)},${ms3(t, WAT)}] [${lvl}@${name}] ${msg}`;
  const HS = `matrix.${KD}`;
  const UA = 'Synapse/1.140.0';
  const synapseToken = (prefix, user) => `${prefix}_${b64urlOf(user).replace(/=+$/, '')}_${rng.alnum(20)}_${rng.alnum(6)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          at(
            t,
            'INFO',
            'aiohttp.access',
            `10.60.0.2 [${clf(t, 0)}] "PUT /_matrix/app/v1/transactions/${rng.int(1000, 9999)} HTTP/1.1" 200 ${rng.int(2, 40)} "-" "${UA}"`,
          ),
        ],
      }),
      () => ({ L: [at(t, 'DEBUG', `mau.tgm.portal.-100${digits(rng, 10)}`, `Handling Telegram message ${rng.int(10000, 99999)}`)] }),
      () => ({ L: [at(t, 'DEBUG', 'mau.as', `Received ${rng.int(1, 5)} events in transaction`)] }),
      () => ({ L: [at(t, 'INFO', 'telethon.network.mtprotosender', 'Connection to 149.154.167.51:443/TcpFull complete!')] }),
    ])();
  const steps = [
    raw(
      [
        at(DAY_KG + 6 * HOUR, 'INFO', 'mau.init', 'Initializing mautrix-telegram 0.15.3'),
        at(DAY_KG + 6 * HOUR + 400, 'INFO', 'mau.as', 'Starting appservice web server on 0.0.0.0:29317'),
      ],
      0,
    ),
    6,
    S(
      'api-key-name',
      'mautrix-aiohttp-access-hs-token-query',
      'error',
      `${WHY.apiKey('access_token')} The homeserver still sends transactions with the appservice's \`hs_token\` in the query (the legacy form), and aiohttp's access line writes the request line.`,
      ({ rng, t }) => {
        const key = rng.alnum(64);
        return {
          value: key,
          L: [
            at(
              t,
              'INFO',
              'aiohttp.access',
              `10.60.0.2 [${clf(t, 0)}] "PUT /transactions/${rng.int(1000, 9999)}?access_token=${key} HTTP/1.1" 200 2 "-" "${UA}"`,
            ),
          ],
        };
      },
    ),
    6,
    S(
      'negative',
      'mautrix-matrix-event-id',
      'none',
      'A Matrix event id (`$` and 43 base64url characters, the hash of the event): it names a message, no credential.',
      ({ rng, t }) => {
        const ev = `$${rng.b64url(43)}`;
        return { value: ev, L: [at(t, 'DEBUG', 'mau.mx', `Handling Matrix event ${ev} in !${rng.alnum(18)}:${HS}`)] };
      },
    ),
    4,
    S(
      'header-dump',
      'mautrix-aiohttp-cimultidict-authorization',
      'error',
      "At debug the bridge's HTTP client writes a failing request's headers as aiohttp prints them (`<CIMultiDictProxy(…)>`); `Authorization: Bearer` is the appservice's `as_token`, which lets whoever holds it act as every bridged user.",
      ({ rng, t }) => {
        const tok = rng.alnum(64);
        return {
          value: tok,
          L: [
            at(
              t,
              'DEBUG',
              'mau.as.api',
              `Request PUT https://${HS}/_matrix/client/v3/rooms/!${rng.alnum(18)}:${HS}/send/m.room.message/mautrix-python_R${rng.int(100, 999)} failed, headers <CIMultiDictProxy('Host': '${HS}', 'Authorization': 'Bearer ${tok}', 'User-Agent': 'mautrix-telegram/0.15.3 mautrix-python/0.20.6 aiohttp/3.11.18 Python/3.12.8', 'Content-Type': 'application/json')>`,
            ),
          ],
        };
      },
    ),
    6,
    S(
      'refresh-token',
      'mautrix-login-response-dict-syr',
      'error',
      `${WHY.refresh} The bridge logs in for double puppeting and writes Synapse's login response at debug, a Python dict with \`refresh_token\` (\`syr_…\`).`,
      ({ rng, t }) => {
        const rt = synapseToken('syr', 'ngoma');
        return {
          value: rt,
          L: [
            at(
              t,
              'DEBUG',
              'mau.user',
              `Login response: {'user_id': '@ngoma:${HS}', 'access_token': '${synapseToken('syt', 'ngoma')}', 'device_id': '${upperNum(rng, 10)}', 'home_server': '${HS}', 'expires_in_ms': 300000, 'refresh_token': '${rt}'}`,
            ),
          ],
        };
      },
    ),
    6,
    S(
      'session-id',
      'mautrix-telethon-string-session',
      'error',
      WHY.session(
        "A Telethon string session (`1` and base64: the Telegram data centre and the authorization key) of the relay bot's account, written by a debugging line added during a migration",
      ),
      ({ rng, t }) => {
        const ss = `1${b64Of(rng.bytes(263).toString('latin1')).replace(/\+/g, '-').replace(/\//g, '_')}`;
        return { value: ss, L: [at(t, 'DEBUG', 'mau.bot', `Relaybot session string: ${ss}`)] };
      },
    ),
    6,
    S(
      'webhook',
      'mautrix-bridged-message-hookshot',
      'error',
      WHY.webhook(
        "A matrix-hookshot generic webhook (`/webhook/<id>`) of the printers' room, in a message the bridge writes at debug as it relays it to Telegram",
      ),
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          L: [
            at(t, 'DEBUG', 'mau.mx.portal', `Relaying m.text to Telegram: "Webhook ya imprimante: https://hookshot.${KD}/webhook/${id}"`),
          ],
        };
      },
    ),
    4,
    S(
      'negative',
      'mautrix-device-id',
      'none',
      "A Matrix device id (ten capitals) of the bridge's session: it names a device, no credential.",
      ({ rng, t }) => {
        const d = upperNum(rng, 10).replace(/[0-9]/g, 'Q');
        return { value: d, L: [at(t, 'INFO', 'mau.user', `Encryption device ${d} ready`)] };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_KG + 6 * HOUR, site: { host: 'mautrix' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// #kimvuka.log: HexChat 2.16's channel log (`text_logging`, default `stamp_log_format` "%b %d %H:%M:%S", local time,
// WAT): `**** BEGIN LOGGING AT <Day Mon DD HH:MM:SS YYYY>`, `<time> <nick>\t<message>`, `<time> -->\t… has joined`.
// From memory (not fetched).

function hexchatLog(rng) {
  const stamp = (t) => {
    const d = new Date(t + WAT * MIN);
    return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${hms(t, WAT)}`;
  };
  const NICKS = ['mbemba', 'nkounkou', 'massamba_n', 'louzolo', 'tsiba', 'bouanga'];
  const say = (t, nick, text) => `${stamp(t)} <${nick}>\t${text}`;
  const CHAT = [
    'Mbote na beno yonso!',
    'Imprimante ya zulu ke sala diaka ve.',
    'Mikanda ya Niari me kuma na zandu.',
    'Matondo mingi, kisalu me mana.',
    'Beto ke vingila papier ya sika.',
    'Nani ke kwenda na Pointe-Noire mazono?',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [say(t, rng.pick(NICKS), rng.pick(CHAT))] }),
      () => ({ L: [say(t, rng.pick(NICKS), rng.pick(CHAT))] }),
      () => ({ L: [`${stamp(t)} -->\t${rng.pick(NICKS)} (~u@${rng.int(41, 197)}.${rng.int(1, 250)}.cg.example) has joined #kimvuka`] }),
    ])();
  const d = new Date(DAY_KG + 8 * HOUR + WAT * MIN);
  const header = [
    `**** BEGIN LOGGING AT ${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} 09:00:03 ${d.getUTCFullYear()}`,
    '',
  ];
  const steps = [
    raw(
      [
        `${stamp(DAY_KG + 8 * HOUR + 4000)} *\tNow talking on #kimvuka`,
        `${stamp(DAY_KG + 8 * HOUR + 4000)} *\tTopic for #kimvuka is: Kimvuka ya Bansoni ya Dolisie — bisalu ya mikanda`,
      ],
      0,
    ),
    8,
    S(
      'path-secret',
      'hexchat-kabula-link',
      'error',
      WHY.pathSecret('A share link of the manuscripts folder (`/kabula/<token>`, kabula, "to share out"), posted for a proofreader'),
      ({ rng, t }) => {
        const tok = rng.alnum(22);
        return { value: tok, L: [say(t, 'louzolo', `Mikanda ya kutanga ke na awa: https://bima.${KD}/kabula/${tok}`)] };
      },
    ),
    6,
    S(
      'negative',
      'hexchat-mobile-money-reference',
      'none',
      'A mobile money transaction reference quoted to confirm a payment: a receipt number, no credential.',
      ({ rng, t }) => {
        const ref = `MP${digits(rng, 6)}.${digits(rng, 4)}.${upperNum(rng, 6)}`;
        return { value: ref, L: [say(t, 'tsiba', `Mono me futa papier, reference ${ref}`)] };
      },
    ),
    6,
    S(
      'implicit-fragment',
      'hexchat-paste-shop-fragment',
      'error',
      "The shop's admin page signs in with the implicit flow; a member pastes the address bar, `#access_token=…` included, asking why the page loops.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          L: [
            say(
              t,
              'massamba_n',
              `Page ya admin ke zonga kaka, adresi yai: https://zandu.${KD}/admin/#access_token=${at}&expires_in=3600&token_type=Bearer`,
            ),
          ],
        };
      },
    ),
    6,
    S(
      'session-id',
      'hexchat-paste-cookie-sesio',
      'error',
      WHY.session('The shop\'s `sesio` cookie (sesio, "session") pasted from the browser to show a developer what the site sets'),
      ({ rng, t }) => {
        const sid = rng.hex(40);
        return { value: sid, L: [say(t, 'bouanga', `cookie ke monisa sesio=${sid} kansi yo ke kota ve`)] };
      },
    ),
    6,
    S(
      'api-key-name',
      'hexchat-paste-url-nsapi',
      'error',
      `${WHY.apiKey('nsapi')} (nsapi, "key"): a member pastes the stock API's URL she calls from a spreadsheet, key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return { value: key, L: [say(t, 'mbemba', `Mono ke sadila https://api.${KD}/v1/mikanda/stock?nsapi=${key} na Google Sheets`)] };
      },
    ),
    6,
    S(
      'encoded',
      'hexchat-paste-base64-mpovo',
      'error',
      'A member pastes the base64 of the printer server\'s settings line from its provisioning QR code; decoded it reads `kota=imprimante;mpovo_ya_kinsweki=…` ("password").',
      ({ rng, t }) => {
        const b = b64Of(`kota=imprimante;mpovo_ya_kinsweki=${rng.alnum(14)};serveur=10.60.0.9`);
        return { value: b, L: [say(t, 'nkounkou', `QR ya imprimante ke pesa ${b}`)] };
      },
    ),
    6,
    S(
      'negative',
      'hexchat-masked-nsapi',
      'none',
      "A key shown masked (`nsapi=****…` with its last four characters) as the stock API's settings page prints it: nothing usable is left.",
      ({ rng, t }) => {
        const m = `nsapi=****${rng.alnum(4)}`;
        return { value: m, L: [say(t, 'mbemba', `Page ya settings ke monisa ${m}, yo yina ya sika?`)] };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_KG + 8 * HOUR, site: { host: 'irc' }, filler, render, steps, header });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout96');
writePart(join(here, 'heldout96'), {
  'kelham-makers.log': irssiLog(rng),
  'josm-20271206.log': josmLog(rng),
  'rtorrent.log': rtorrentLog(rng),
  'bugzilla-comments.jsonl': bugzillaLog(rng),
  'althttpd.log': althttpdLog(rng),
  'tvheadend.log': tvheadendLog(rng),
  'mythbackend.log': mythLog(rng),
  'irc.libera.latgolys-vuords.weechatlog': weechatLog(rng),
  'todoist-comments.jsonl': todoistLog(rng),
  'owntone.log': owntoneLog(rng),
  'nzbget.log': nzbgetLog(rng),
  'tally-responses.jsonl': tallyLog(rng),
  'mautrix-telegram.log': mautrixLog(rng),
  'libera-kimvuka.log': hexchatLog(rng),
});
