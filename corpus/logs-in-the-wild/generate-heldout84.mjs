// Writes corpus/logs-in-the-wild/heldout84/: an eighty-fourth held-out part, in formats no other part uses (a CasparCG
// Server 2.4 log, a MusicBrainz Picard 2.12 debug log, a Roon Server log, an eliot JSON log of a Python service, roarr
// JSON of a Node service, an Axelor Open Suite 8 log, a Lucky (Crystal) app's pretty log, a log4cplus PatternLayout
// file of a C++ daemon, a Nitro server's consola output under `docker logs -t`, a signale script's output, a Python
// service with APScheduler and urllib3 at DEBUG, Kedro's `logs/info.log`, a SwiftyBeaver file log of an iPad app, a
// Faust worker's log), with credentials planted in the places issue #14 lists and look-alikes that are no credential,
// and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout84.mjs     rewrites heldout84/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Fenbloom, a Spalding (Lincolnshire) group with a cut-flower and bulb clock auction and a recording
// studio in a converted bulb shed, Bulb Shed Studios (English, five logs); Nsimba na Bana ("Nsimba and children"), a
// Kinshasa family group with river barges (masuwa) between Kinshasa and Mbandaka, a cassava mill (masini ya manyoko)
// at Maluku and a motorbike taxi (wewa) dispatch (Lingala messages where the app shows them, routes, parameter, header,
// key and property names in Lingala, five logs); Suvelkoöperaasje De Greidhoeke, a dairy cooperative near Snits with a
// members' skûtsje sailing club and natural-ice skating tours (West Frisian messages where the app shows them, routes
// and names in Frisian, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, msPart, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

/** 18 January 2028: Spalding in GMT (UTC), Kinshasa in WAT (UTC+1), Fryslân in CET (UTC+1). */
const DAY0 = Date.UTC(2028, 0, 18, 0, 0, 0);
const WAT = 60;
const CET = 60;
const { firstUse, gap } = replayClock();

/** Python's json.dumps with its default separators (`", "`, `": "`). */
function pyJson(value) {
  if (Array.isArray(value)) return `[${value.map(pyJson).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${pyJson(v)}`)
      .join(', ')}}`;
  return JSON.stringify(value);
}
/** Python's repr of a str, a number, None, a dict. */
function pyRepr(value) {
  if (value === null) return 'None';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `'${k}': ${pyRepr(v)}`)
    .join(', ')}}`;
}
/** +0100 style offset. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;

// =====================================================================================================================
// Fenbloom (English; Spalding: GMT, UTC+0 in January)
// =====================================================================================================================

const FB = 'fenbloom.example';
const BS = 'bulbshed.example';

// ---------------------------------------------------------------------------------------------------------------------
// casparcg.log: CasparCG Server 2.4 on the auction hall's playout PC, which drives the clock graphics (HTML templates)
// and the studio's live-session stings: `[yyyy-mm-dd HH:MM:SS.mmm] [<level>] <padding> <message>` (local time, no zone),
// AMCP traffic as `Received message from <ip>: <command>\r\n` and `Sent message to <ip>:<code> <text>\r\n` (the line
// ends written as the four characters `\r\n`), the ffmpeg and html producers' messages.
// https://github.com/CasparCG/server/wiki (from memory, not fetched).

function casparLog(rng) {
  const stamp = (t) => `[${ymdHmsAt(t, 0)}.${msPart(t)}]`;
  const lvl = (l) => `[${l}]`.padEnd(10);
  const render = (e) => e.cg.map(([l, msg]) => `${stamp(e.t)} ${lvl(l)}${msg}`);
  const ctl = '10.20.0.31';
  const filler = (rng) =>
    rng.pick([
      () => ({
        cg: [
          ['info', `Received message from ${ctl}: MIXER 1-10 OPACITY ${rng.pick(['0', '1'])} ${rng.int(6, 25)} linear\\r\\n`],
          ['info', `Sent message to ${ctl}:202 MIXER OK\\r\\n`],
        ],
      }),
      () => ({
        cg: [
          [
            'info',
            `Received message from ${ctl}: CG 1-20 UPDATE 1 "{\\"lot\\":\\"${rng.int(1000, 9999)}\\",\\"price\\":\\"${rng.int(20, 95)}\\"}"\\r\\n`,
          ],
          ['info', `Sent message to ${ctl}:202 CG OK\\r\\n`],
        ],
      }),
      () => ({ cg: [['warning', `[channel-1] ${rng.int(1, 4)} frame(s) late, output buffer ${rng.int(1, 3)}`]] }),
      () => ({ cg: [['info', `[ffmpeg] [file:///media/stings/clock-${rng.pick(['open', 'close', 'hammer'])}.mov] Initialized.`]] }),
      () => ({ cg: [['debug', `[html] [https://clock.${FB}/templates/lot-clock.html] tick ${rng.int(1, 100)}`]] }),
    ])();
  const steps = [
    {
      raw: {
        cg: [
          ['info', '############################################################################'],
          ['info', 'CasparCG Server 2.4.3 Stable 1a2b3c4'],
          ['info', '############################################################################'],
          ['info', 'Initialized channel 1 (1080p5000).'],
          ['info', 'Listening for AMCP on port 5250.'],
        ],
      },
      after: 0,
    },
    6,
    plant(
      'negative',
      'casparcg-html-template-cache-buster',
      'none',
      'The clock template is loaded with a cache buster (`lot-clock.html?v=<8 hex>`): an asset version, no credential.',
      ({ rng }) => {
        const v = rng.hex(8);
        return {
          value: `lot-clock.html?v=${v}`,
          event: {
            cg: [
              ['info', `Received message from ${ctl}: PLAY 1-10 [HTML] "https://clock.${FB}/templates/lot-clock.html?v=${v}"\\r\\n`],
              ['info', `Sent message to ${ctl}:202 PLAY OK\\r\\n`],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'api-key-name',
      'casparcg-amcp-html-url-clock-key',
      'error',
      `${WHY.apiKey('clock_key')} The buyers' board template fetches the lot feed with the key in its page address; the AMCP command that loads it is written by the server, and the html producer's warning writes the address again.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const url = `https://clock.${FB}/templates/buyers-board.html?clock_key=${key}&hall=2`;
        return {
          value: key,
          event: {
            cg: [
              ['info', `Received message from ${ctl}: PLAY 1-11 [HTML] "${url}"\\r\\n`],
              ['info', `Sent message to ${ctl}:202 PLAY OK\\r\\n`],
              ['warning', `[html] [${url}] Uncaught TypeError: Cannot read properties of null (reading 'lots')`],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'path-secret',
      'casparcg-amcp-play-share-link-and-ffmpeg-error',
      'error',
      "The studio plays a sting straight from a file share link (`files.bulbshed.example/s/<token>/…`); the AMCP command and the ffmpeg producer's error both write the link, which opens the file to anyone until it is revoked.",
      ({ rng }) => {
        const tok = rng.b64url(28);
        const url = `https://files.${BS}/s/${tok}/session-sting-v3.mov`;
        return {
          value: tok,
          event: {
            cg: [
              ['info', `Received message from ${ctl}: PLAY 1-30 "${url}" MIX 12\\r\\n`],
              ['error', `[ffmpeg] [${url}] avformat_open_input: Server returned 403 Forbidden (access denied)`],
              ['info', `Sent message to ${ctl}:404 PLAY FAILED\\r\\n`],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'negative',
      'casparcg-amcp-req-id',
      'none',
      'An AMCP request id (`REQ <id>`), echoed in the answer (`RES <id>`): a correlation id of one command, no credential.',
      ({ rng }) => {
        const id = rng.hex(12);
        return {
          value: id,
          event: {
            cg: [
              ['info', `Received message from ${ctl}: REQ ${id} INFO 1\\r\\n`],
              ['info', `Sent message to ${ctl}:RES ${id} 201 INFO OK\\r\\n`],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'webhook',
      'casparcg-html-console-rocketchat-hook',
      'error',
      WHY.webhook(
        "A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the studio's tally template posts to; the html producer writes the template's console error with the URL (the token is the secret part)",
      ),
      ({ rng }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          event: {
            cg: [
              [
                'error',
                `[html] [https://studio.${BS}/templates/tally.html] POST https://chat.${BS}/hooks/${rng.alnum(17)}/${tok} net::ERR_CONNECTION_TIMED_OUT`,
              ],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'header-dump',
      'casparcg-ffmpeg-open-options-headers-basic',
      'error',
      "The ffmpeg producer writes the options it opens the hall camera's HLS stream with, and the `headers` option holds `Authorization: Basic <base64 of user:password>`: the camera server's login.",
      ({ rng }) => {
        const b = b64Of(`playout:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            cg: [
              [
                'debug',
                `[ffmpeg] [https://cam.${FB}/hall2/index.m3u8] Opening with options: headers=Authorization: Basic ${b}\\r\\n reconnect=1 rw_timeout=5000000`,
              ],
            ],
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 40 * MIN, site: { host: 'playout' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// picard-debug.log: MusicBrainz Picard 2.12's debug log as saved from Help > View Debug/Error Log on the studio's tagging
// PC: `<L>: HH:MM:SS,mmm <module>.<function>:<line>: <message>` (time of day only), the web service's `GET <url>` and
// `Received reply for <url>: HTTP 200 (OK)`, the OAuth login through the browser integration, plugins' messages.
// https://picard-docs.musicbrainz.org/en/troubleshooting/logs.html (from memory, not fetched).

function picardLog(rng) {
  const stamp = (t) => `${local(t, 0).slice(11, 19)},${msPart(t)}`;
  const render = (e) => e.pc.map(([l, where, msg]) => `${l}: ${stamp(e.t)} ${where}: ${msg}`);
  const mbid = () => rng.uuid();
  const filler = (rng) =>
    rng.pick([
      () => {
        const id = mbid();
        return {
          pc: [
            [
              'D',
              'webservice.get_url:611',
              `GET https://musicbrainz.org/ws/2/release/${id}?inc=artists+labels+recordings+release-groups&fmt=json`,
            ],
            [
              'D',
              'webservice._handle_reply:452',
              `Received reply for https://musicbrainz.org/ws/2/release/${id}?inc=artists+labels+recordings+release-groups&fmt=json: HTTP 200 (OK)`,
            ],
          ],
        };
      },
      () => ({ pc: [['I', 'tagger.load_album:1021', `Loading album ${mbid()}`]] }),
      () => ({
        pc: [
          [
            'D',
            'file._save_and_rename:414',
            `Saving file '/srv/masters/${rng.pick(['fen-choir', 'marsh-lane', 'the-wash'])}/${pad(rng.int(1, 14))} - take ${rng.int(1, 9)}.flac'`,
          ],
        ],
      }),
      () => ({ pc: [['D', 'coverart.providers.caa._caa_json_downloaded:310', `Cover Art Archive: found ${rng.int(1, 4)} image(s)`]] }),
    ])();
  const steps = [
    {
      raw: {
        pc: [
          ['I', 'main.main:189', "Starting Picard 2.12.3 from '/usr/bin/picard' started with command: /usr/bin/picard --debug"],
          ['D', 'main.main:192', 'Python 3.12.3, PyQt 5.15.10, Qt 5.15.13, Mutagen 1.47.0'],
        ],
      },
      after: 0,
    },
    5,
    plant(
      'negative',
      'picard-discid-lookup',
      'none',
      "A MusicBrainz Disc ID (28 characters of base64 with `.`, `_` and `-`), computed from a CD's table of contents: public and no credential.",
      ({ rng }) => {
        const disc = `${rng.b64url(27).replace(/-/g, '.')}-`;
        return {
          value: disc,
          event: {
            pc: [['D', 'webservice.get_url:611', `GET https://musicbrainz.org/ws/2/discid/${disc}?inc=artist-credits+labels&fmt=json`]],
          },
        };
      },
    ),
    6,
    plant(
      'oauth-code',
      'picard-browser-integration-auth-code',
      'warning',
      `${WHY.code} Picard receives the MusicBrainz login's redirect on its browser integration port and logs the request, \`code\` and \`state\` included.`,
      ({ rng }) => {
        const code = rng.b64url(30);
        return {
          value: code,
          event: { pc: [['D', 'browser.browser.do_GET:113', `Browser integration request: /auth?code=${code}&state=${rng.b64url(22)}`]] },
        };
      },
    ),
    plant(
      'refresh-token',
      'picard-oauth-exchange-debug-refresh-token',
      'error',
      `${WHY.refresh} Picard's OAuth manager writes the tokens it got for the studio's MusicBrainz account at debug.`,
      ({ rng }) => {
        const rt = rng.b64url(30);
        return {
          value: rt,
          event: {
            pc: [
              [
                'D',
                'oauth.on_exchange_authorization_code_finished:336',
                `OAuth: got refresh_token ${rt} access_token (hidden) expires_in 3600`,
              ],
            ],
          },
        };
      },
      { after: 2 },
    ),
    6,
    plant(
      'api-key-name',
      'picard-plugin-lastfm-api-key-get-and-reply',
      'error',
      `${WHY.apiKey('api_key')} The Last.fm plugin asks for tags with the studio's key in the query; the web service writes the request and its reply.`,
      ({ rng }) => {
        const key = rng.hex(32);
        const url = `https://ws.audioscrobbler.com/2.0/?method=album.gettoptags&artist=Fen+Choir&album=Marsh+Light&api_key=${key}`;
        return {
          value: key,
          event: {
            pc: [
              ['D', 'webservice.get_url:611', `GET ${url}`],
              ['D', 'webservice._handle_reply:452', `Received reply for ${url}: HTTP 200 (OK)`],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'picard-release-mbid',
      'none',
      'A MusicBrainz release id (MBID, a uuid): a public identifier, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { pc: [['I', 'tagger.load_album:1021', `Loading album ${id} (Marsh Light)`]] } };
      },
    ),
    6,
    plant(
      'encoded',
      'picard-plugin-redirect-double-percent-encoded-token',
      'error',
      "A store-link plugin opens a shortener whose `u=` holds a Discogs search URL percent-encoded twice (`%253D`), the studio's Discogs personal `token` inside.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        const inner = encodeURIComponent(encodeURIComponent(`https://api.discogs.com/database/search?q=marsh+light&token=${tok}`));
        return { value: tok, event: { pc: [['D', 'plugins.storelinks.open:58', `opening https://go.${BS}/r?u=${inner}`]] } };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'tagging' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// RoonServer_log.txt: Roon Server 2.0 on the studio's listening-room core: `MM/DD HH:MM:SS <Level>: [<area>] <message>`
// (local time, no year, no zone), `[easyhttp]` request lines with `GET to <url> returned after <n> ms, status code: <n>`,
// streaming services' trace lines.
// https://help.roonlabs.com/portal/en/kb/articles/logs (from memory, not fetched).

function roonLog(rng) {
  const stamp = (t) => {
    const l = local(t, 0);
    return `${l.slice(5, 7)}/${l.slice(8, 10)} ${l.slice(11, 19)}`;
  };
  const render = (e) => e.rn.map(([l, msg]) => `${stamp(e.t)} ${l}: ${msg}`);
  const req = () => rng.int(100, 9999);
  const filler = (rng) =>
    rng.pick([
      () => ({
        rn: [
          [
            'Info',
            `[Studio A Monitors] [zoneplayer/raat] Playing: ${rng.pick(['Marsh Light (take 4)', 'Fen Choir — Evensong', 'The Wash — Low Tide'])}`,
          ],
        ],
      }),
      () => ({
        rn: [
          [
            'Trace',
            `[easyhttp] [${req()}] GET to https://api.roonlabs.net/metadata/1/album?id=${rng.int(100000, 999999)} returned after ${rng.int(40, 900)} ms, status code: 200`,
          ],
        ],
      }),
      () => ({ rn: [['Debug', `[raat] [Studio A Monitors] buffer ${rng.int(90, 100)}%, ${rng.pick(['44.1', '48', '96'])} kHz / 24 bit`]] }),
      () => ({ rn: [['Info', `[library] ${rng.int(1, 40)} tracks imported from /srv/masters`]] }),
    ])();
  const steps = [
    {
      raw: {
        rn: [
          ['Info', '[stats] Roon Server 2.0 (build 1470) production started'],
          ['Info', '[broker/accounts] machine authenticated'],
        ],
      },
      after: 0,
    },
    5,
    plant(
      'negative',
      'roon-qobuz-request-sig-md5',
      'none',
      "Qobuz's `request_sig`, an MD5 over one request's method, parameters and time (`request_ts`): one request's signature, no credential.",
      ({ rng }) => {
        const sig = rng.hex(32);
        return {
          value: sig,
          event: {
            rn: [
              [
                'Trace',
                `[qobuz] [easyhttp] [${req()}] GET to https://www.qobuz.com/api.json/0.2/track/get?track_id=${rng.int(10000000, 99999999)}&request_ts=${Math.floor(DAY0 / 1000) + 40000}&request_sig=${sig} returned after ${rng.int(40, 400)} ms, status code: 200`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'session-id',
      'roon-qobuz-user-auth-token-query',
      'error',
      WHY.session(
        "Qobuz's `user_auth_token`, the studio account's login session, sent in the query of a stream request and written by Roon's HTTP trace",
      ),
      ({ rng }) => {
        const tok = rng.b64url(86);
        return {
          value: tok,
          event: {
            rn: [
              [
                'Trace',
                `[qobuz] [easyhttp] [${req()}] GET to https://www.qobuz.com/api.json/0.2/track/getFileUrl?track_id=${rng.int(10000000, 99999999)}&format_id=27&intent=stream&user_auth_token=${tok} returned after ${rng.int(40, 400)} ms, status code: 200`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'refresh-token',
      'roon-tidal-token-request-body-refresh-token',
      'error',
      `${WHY.refresh} Roon's trace writes the form body of its TIDAL token request.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            rn: [
              [
                'Trace',
                `[tidal] [easyhttp] [${req()}] POST to https://auth.tidal.com/v1/oauth2/token body: client_id=${rng.alnum(16)}&grant_type=refresh_token&refresh_token=${rt}&scope=r_usr+w_usr`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'header-dump',
      'roon-tidal-request-headers-bearer',
      'error',
      "A failed TIDAL call is traced with its request headers (`Authorization: Bearer <token>`): the account's opaque access token.",
      ({ rng }) => {
        const tok = rng.b64url(52);
        return {
          value: tok,
          event: {
            rn: [
              [
                'Warn',
                `[tidal] [easyhttp] [${req()}] GET to https://api.tidal.com/v1/users/${rng.int(100000000, 999999999)}/favorites returned status code: 401, request headers: Authorization: Bearer ${tok}; X-Tidal-SessionId: (none)`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'roon-zone-id',
      'none',
      'A Roon zone id (`160…` digits and hex): names an output zone of the core, no credential.',
      ({ rng }) => {
        const id = `160${rng.hex(29)}`;
        return { value: id, event: { rn: [['Info', `[transport] zone ${id} (Studio A Monitors) grouped with (Control Room)`]] } };
      },
    ),
    6,
    plant(
      'api-key-name',
      'roon-live-radio-stream-apikey',
      'error',
      `${WHY.apiKey('apikey')} The studio's own monitor stream, added to Roon as a live radio station, carries the key in its URL, and the radio player writes it when it opens the stream.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            rn: [['Info', `[radio] [Control Room] opening stream https://stream.${BS}/monitor/live.aac?apikey=${key} (icy-metaint 16000)`]],
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'roon' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// clock-service.eliot.log: the auction clock service (Python) logging with eliot to a file, one JSON object a line as
// eliot's FileDestination writes it (`task_uuid`, `timestamp` as UTC epoch seconds with microseconds, `action_type` and
// `action_status` or `message_type`, `task_level`), `@log_call`'s `args`/`kwargs`.
// https://eliot.readthedocs.io/en/stable/outputting/output.html (from memory, not fetched).

function eliotLog(rng) {
  const ts = (t) => Number(`${Math.floor(t / 1000)}.${msPart(t)}${digits(rng, 3)}`);
  const render = (e) =>
    e.el.map((o) => pyJson({ ...o, timestamp: ts(e.t), task_uuid: o.task_uuid ?? rng.uuid(), task_level: o.task_level ?? [1] }));
  const filler = (rng) =>
    rng.pick([
      () => {
        const u = rng.uuid();
        return {
          el: [
            {
              action_status: 'started',
              action_type: 'clock:lot',
              lot: rng.int(1000, 9999),
              product: rng.pick(['Tulipa Strong Gold', 'Narcissus Tete-a-tete', 'Alstroemeria Virginia', 'Chrysanthemum Baltica']),
              task_uuid: u,
            },
            {
              action_status: 'succeeded',
              action_type: 'clock:lot',
              price_pence: rng.int(18, 95),
              buyer_seat: rng.int(1, 240),
              task_uuid: u,
              task_level: [2],
            },
          ],
        };
      },
      () => ({ el: [{ message_type: 'clock:tick', hall: 2, pointer: rng.int(0, 99) }] }),
      () => ({ el: [{ message_type: 'buyers:connected', count: rng.int(40, 220) }] }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'eliot-message-task-uuid',
      'none',
      "eliot's `task_uuid` of a one-message task: an identifier, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return { value: u, event: { el: [{ message_type: 'clock:hall_opened', hall: 2, task_uuid: u }] } };
      },
    ),
    6,
    plant(
      'framework-dump',
      'eliot-log-call-kwargs-password',
      'error',
      "The settlement client's login is decorated with eliot's `@log_call`, which writes the call's `args` and `kwargs`: the settlement service's password in clear.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            el: [
              {
                action_status: 'started',
                action_type: 'fenbloom.settlement.client.login',
                args: [],
                kwargs: { username: 'clock-settle', password: pw, realm: 'fenbloom' },
              },
            ],
          },
        };
      },
    ),
    6,
    plant(
      'id-token',
      'eliot-action-field-id-token',
      'error',
      "The buyers' single sign-on action is started with the ID token as a field (`start_action(action_type='buyer:sso', id_token=…)`), on a line with its UTC epoch time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 120),
          alg: 'RS256',
          kid: rng.hex(16),
          claims: { iss: `https://login.${FB}`, aud: 'clock-buyers', sub: `buyer-${digits(rng, 5)}`, nonce: rng.b64url(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: { el: [{ action_status: 'started', action_type: 'buyer:sso', id_token: token, seat: rng.int(1, 240) }] },
        };
      },
    ),
    6,
    plant(
      'replay',
      'eliot-bid-ticket-once',
      'note',
      WHY.ticketFirst(
        "A remote buyer's single-use `bid_ticket` for one lot, spent by a bid from the buyer's client; the clock logs the bid with the ticket and the client address. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.bid = t;
        return {
          value: tk,
          event: {
            el: [
              {
                message_type: 'clock:bid_accepted',
                lot: 4471,
                bid_ticket: tk,
                buyer_seat: 117,
                remote_addr: '203.0.113.74',
                price_pence: 42,
              },
            ],
          },
        };
      },
      { ref: 'bid' },
    ),
    5,
    plant(
      'replay',
      'eliot-bid-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bid').value,
            why: `${WHY.replay('bid_ticket', gap('bid', t))} A client at another address bid with the same ticket on the next lot and the clock accepted it: the ticket was never marked spent.`,
          },
        ],
        event: {
          el: [
            {
              message_type: 'clock:bid_accepted',
              lot: 4472,
              bid_ticket: refs.get('bid').value,
              buyer_seat: 117,
              remote_addr: '198.51.100.203',
              price_pence: 39,
            },
          ],
        },
      }),
      { replayOf: 'bid', after: 47 },
    ),
    6,
    plant(
      'implicit-fragment',
      'eliot-kiosk-error-href-fragment',
      'error',
      "A hall kiosk reports a script error with its `href`, which still holds the implicit grant's fragment (`#access_token=…`); the service logs the report as an eliot message.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            el: [
              {
                message_type: 'kiosk:client_error',
                kiosk: 'hall2-k4',
                error: 'TypeError: lots is undefined',
                href: `https://bid.${FB}/kiosk/#access_token=${at}&token_type=bearer&expires_in=7200`,
              },
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'eliot-trolley-barcode',
      'none',
      "A trolley's barcode (13 digits) on the lot's delivery message: a logistics id, no credential.",
      ({ rng }) => {
        const bc = `87${digits(rng, 11)}`;
        return {
          value: bc,
          event: {
            el: [{ message_type: 'logistics:trolley_assigned', lot: rng.int(1000, 9999), trolley_barcode: bc, dock: rng.int(1, 12) }],
          },
        };
      },
    ),
    6,
    plant(
      'embed-jwt',
      'eliot-board-embed-url-120s-no-jti',
      'warning',
      'The wall board of hall 2 is given a fresh embed URL (`/embed/lot-board/<JWT>`) every two minutes and the service logs it: a token valid 120 s without a jti, reusable until it expires',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(1, 10),
          claims: { iss: `https://clock.${FB}`, board: 'hall2-wall', view: 'lots' },
        });
        return {
          value: token,
          jwt: facts,
          event: { el: [{ message_type: 'board:embed_issued', board: 'hall2-wall', url: `https://clock.${FB}/embed/lot-board/${token}` }] },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR + 30 * MIN, site: { host: 'clock' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// buyers-gateway.log: the remote buyers' gateway (Node) logging with roarr, one JSON object a line
// (`{"context":{…},"message":"…","sequence":"<n>","time":<epoch ms>,"version":"2.0.0"}`), context with `logLevel`,
// `package`, `namespace` and the request's fields.
// https://github.com/gajus/roarr#message-format (from memory, not fetched).

function roarrLog(rng) {
  let seq = 0;
  const render = (e) =>
    e.ro.map(([level, ns, ctx, msg]) =>
      JSON.stringify({
        context: { logLevel: level, package: 'fenbloom-buyers-gateway', namespace: ns, ...ctx },
        message: msg,
        sequence: String(seq++),
        time: e.t,
        version: '2.0.0',
      }),
    );
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        ro: [
          [
            30,
            'http',
            {
              method: 'GET',
              url: `/v1/lots?hall=${rng.int(1, 3)}&after=${rng.int(1000, 9999)}`,
              statusCode: 200,
              responseTime: rng.int(3, 90),
              remoteAddress: publicIp(rng),
            },
            'request completed',
          ],
        ],
      }),
      () => ({ ro: [[30, 'ws', { buyerSeat: rng.int(1, 240), hall: 2 }, 'buyer joined clock stream']] }),
      () => ({ ro: [[20, 'clock', { lot: rng.int(1000, 9999), pointer: rng.int(0, 99) }, 'clock frame relayed']] }),
      () => ({ ro: [[40, 'ws', { buyerSeat: rng.int(1, 240), lagMs: rng.int(300, 1500) }, 'slow buyer connection']] }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'roarr-context-x-csrf-token',
      'none',
      "The bid form's `x-csrf-token` in the request headers: a CSRF token bound to the page session, not a credential by itself.",
      ({ rng }) => {
        const c = rng.b64url(43);
        return {
          value: c,
          event: {
            ro: [
              [
                20,
                'http',
                { method: 'POST', url: '/v1/bids/preview', headers: { 'content-type': 'application/json', 'x-csrf-token': c } },
                'incoming request',
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'oauth-code',
      'roarr-context-url-callback-code',
      'warning',
      `${WHY.code} The gateway's request log keeps the sign-in callback's \`url\`.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            ro: [
              [
                30,
                'http',
                {
                  method: 'GET',
                  url: `/auth/callback?code=${code}&state=${rng.b64url(22)}`,
                  statusCode: 302,
                  responseTime: rng.int(20, 200),
                  remoteAddress: publicIp(rng),
                },
                'request completed',
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'header-dump',
      'roarr-context-headers-authorization-bearer-jwt',
      'error',
      "The gateway logs a rejected bid with its request headers (`authorization: Bearer <JWT>`): a buyer's access token, on a line with its epoch-milliseconds time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 900,
          age: rng.int(30, 600),
          jti: true,
          claims: { iss: `https://login.${FB}`, sub: `buyer-${digits(rng, 5)}`, aud: 'buyers-gateway', seat: rng.int(1, 240) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ro: [
              [
                40,
                'bids',
                {
                  lot: rng.int(1000, 9999),
                  reason: 'clock already passed',
                  headers: { authorization: `Bearer ${token}`, 'user-agent': 'FenbloomBuyer/3.2 (iPad)' },
                },
                'bid rejected',
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'session-id',
      'roarr-context-headers-cookie-session',
      'error',
      WHY.session("The debug log of a websocket upgrade keeps the `cookie` header with the buyer portal's session (`fb_sess`)"),
      ({ rng }) => {
        const sid = rng.b64url(40);
        return {
          value: sid,
          event: {
            ro: [
              [
                20,
                'ws',
                { url: '/v1/clock/stream', headers: { cookie: `fb_sess=${sid}; fb_lang=en`, upgrade: 'websocket' } },
                'upgrade request',
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'roarr-context-request-id',
      'none',
      "The gateway's `requestId` (a uuid): an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            ro: [
              [
                50,
                'http',
                { requestId: id, method: 'GET', url: '/v1/lots/summary', statusCode: 502 },
                'upstream clock service unavailable',
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'refresh-token',
      'roarr-context-refresh-token-jwt',
      'error',
      `${WHY.refresh} The gateway logs the token pair it got for a buyer at debug; the refresh token is a JWT (30 d, with a jti).`,
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(1, 5),
          jti: true,
          claims: { iss: `https://login.${FB}`, sub: `buyer-${digits(rng, 5)}`, typ: 'refresh' },
        });
        return {
          value: token,
          jwt: facts,
          event: { ro: [[20, 'auth', { buyerSeat: rng.int(1, 240), refreshToken: token, expiresIn: 900 }, 'token pair issued']] },
        };
      },
    ),
    6,
    plant(
      'api-key-name',
      'roarr-context-url-buyer-key',
      'error',
      `${WHY.apiKey('buyerKey')} The wholesalers' integration polls the lot feed with its key in the query, and the request log keeps the \`url\`.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            ro: [
              [
                30,
                'http',
                {
                  method: 'GET',
                  url: `/v1/feed/lots?hall=2&buyerKey=${key}`,
                  statusCode: 200,
                  responseTime: rng.int(3, 60),
                  remoteAddress: publicIp(rng),
                },
                'request completed',
              ],
            ],
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'gateway' }, filler, render, steps });
}

// =====================================================================================================================
// Nsimba na Bana (Lingala; Kinshasa: WAT, UTC+1)
// =====================================================================================================================

const NS = 'nsimba.example';

// ---------------------------------------------------------------------------------------------------------------------
// axelor.log: Axelor Open Suite 8 (Tomcat 9) of the cassava mill, logback's console pattern written to a file
// (`yyyy-mm-dd HH:MM:SS.mmm <LEVEL, 5 wide> <pid> --- [<thread>] <logger, abbreviated> : <message>`, local time, no
// zone), the mill's own modules at DEBUG.
// https://docs.axelor.com/adk/latest/ (from memory, not fetched); the line layout from memory.

function axelorLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, WAT)}.${msPart(t)}`;
  const render = (e) =>
    e.ax.map((x) =>
      typeof x === 'string'
        ? x
        : `${stamp(e.t)} ${x[0].padStart(5)} 2871 --- [${x[1].padStart(15).slice(-15)}] ${x[2].padEnd(40)} : ${x[3]}`,
    );
  const th = () => `nio-8080-exec-${rng.int(1, 9)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        ax: [
          [
            'INFO',
            th(),
            'c.n.manyoko.service.KiloService',
            `Kilo ya manyoko ekomami (cassava weight recorded): ${rng.int(80, 2400)} kg, mosali ${rng.int(100, 999)}`,
          ],
        ],
      }),
      () => ({
        ax: [
          [
            'INFO',
            th(),
            'c.a.a.s.StockMoveServiceImpl',
            `Stock move STM-${rng.int(10000, 99999)} realized (fufu 25 kg x ${rng.int(1, 80)})`,
          ],
        ],
      }),
      () => ({ ax: [['DEBUG', th(), 'c.axelor.db.JPA', `flush: ${rng.int(1, 30)} entities`]] }),
      () => ({
        ax: [
          [
            'WARN',
            th(),
            'c.n.manyoko.service.FarineService',
            `Farini ekoki te: silo ${rng.int(1, 4)} ${rng.int(85, 99)}% (flour silo nearly full)`,
          ],
        ],
      }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'axelor-mobile-money-transaction-ref',
      'none',
      'A mobile money transaction reference (`MM<date>.<time>.<letters and digits>`) the payment connector logs: an identifier, no credential.',
      ({ rng }) => {
        const ref = `MM280118.${pad(rng.int(0, 23))}${pad(rng.int(0, 59))}.${upperNum(rng, 6)}`;
        return {
          value: ref,
          event: {
            ax: [
              [
                'INFO',
                th(),
                'c.n.mbongo.MobileMoneyClient',
                `Lifuti esalemi (payment done) trx_ref=${ref} motuya=${rng.int(10, 900)}000 CDF`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'api-key-name',
      'axelor-mobile-money-client-get-fungola',
      'error',
      `${WHY.apiKey('fungola')} ("key") The payment connector checks a farmer's payout with the aggregator's key in the query and logs the URL at DEBUG.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            ax: [
              [
                'DEBUG',
                th(),
                'c.n.mbongo.MobileMoneyClient',
                `GET https://api.mbongo-pay.example/v2/status?trx=MM280118.${digits(rng, 4)}&fungola=${key}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'path-secret',
      'axelor-password-reset-link',
      'error',
      'The ERP\'s custom reset flow logs the password reset link it mailed to a buyer (`/kobongisa-liloba/<token>`, "fix the password"): the link sets a new password until it is used.',
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            ax: [
              [
                'INFO',
                th(),
                'c.n.auth.KobongisaService',
                `Nzela ya kobongisa liloba ya sekele etindami (reset link sent) na mosombi@${NS}: https://erp.${NS}/kobongisa-liloba/${tok}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'framework-dump',
      'axelor-rpc-request-debug-password',
      'error',
      "Axelor's REST layer at DEBUG writes the saved record's data (`Request{model=…, data={… password=…}}`): an account created from the user form, with the password in clear.",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            ax: [
              [
                'DEBUG',
                th(),
                'c.axelor.web.service.RestService',
                `Request{model=com.axelor.auth.db.User, action=save, data={code=kizito.m, name=Kizito Mbala, group={id=4}, password=${pw}, blocked=false, language=fr}}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'axelor-csrf-token-warning',
      'none',
      "Axelor's `X-CSRF-Token` in a rejected request's warning: a CSRF token bound to one session's pages, not a credential by itself.",
      ({ rng }) => {
        const c = rng.uuid();
        return {
          value: c,
          event: {
            ax: [['WARN', th(), 'c.axelor.auth.AuthFilter', `CSRF check failed for POST /ws/action: X-CSRF-Token ${c} does not match`]],
          },
        };
      },
    ),
    6,
    plant(
      'session-id',
      'axelor-shiro-session-created-id',
      'error',
      WHY.session(
        "Shiro's session manager at DEBUG writes the id of the session it created for a login (`Session with id [<uuid>] created`); the id is what the session cookie carries",
      ),
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            ax: [['DEBUG', th(), 'o.a.s.s.m.AbstractNativeSessionManager', `Session with id [${id}] created for host ${publicIp(rng)}`]],
          },
        };
      },
    ),
    6,
    plant(
      'webhook',
      'axelor-webex-incoming-webhook',
      'error',
      WHY.webhook(
        "A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<token>`) the mill's stock alerts post to; the alert job's warning writes the URL",
      ),
      ({ rng }) => {
        const tok = b64Of(`ciscospark://us/WEBHOOK/${rng.uuid()}`).replace(/=+$/, '');
        return {
          value: tok,
          event: {
            ax: [
              [
                'WARN',
                'quartz-worker-2',
                'c.n.manyoko.job.StockAlertJob',
                `Likebisi etindami te (alert not sent): POST https://webexapis.com/v1/webhooks/incoming/${tok} returned 429`,
              ],
            ],
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'erp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wewa-api.log: the motorbike taxi dispatch API, a Lucky 1.3 (Crystal) app on the staging server with Lucky's pretty
// log formatter written through `tee` (no time: `<METHOD> <path>` then `▸ Handled by <Action>`, `▸ Sent <status> (<time>)`).
// https://luckyframework.org/guides/logging (from memory, not fetched).

function luckyLog(rng) {
  const render = (e) => e.lk;
  const req = (method, path, action, status, extra = []) => [
    `${method} ${path}`,
    ` ▸ Handled by ${action}`,
    ...extra.map((x) => ` ▸ ${x}`),
    ` ▸ Sent ${status} (${rng.int(1, 90)}.${digits(rng, 2)}ms)`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        lk: req(
          'GET',
          `/api/v1/wewa/esika?quartier=${rng.pick(['Gombe', 'Limete', 'Matete', 'Ngaliema', 'Bandalungwa'])}`,
          'Api::V1::Wewa::Esika',
          '200 OK',
        ),
      }),
      () => ({
        lk: req('POST', '/api/v1/mibembo', 'Api::V1::Mibembo::Create', '201 Created', [
          `Mobembo ebandi (trip started) motambwisi=${rng.int(100, 999)}`,
        ]),
      }),
      () => ({ lk: req('GET', '/api/v1/motambwisi/me', 'Api::V1::Motambwisi::Show', '200 OK') }),
      () => ({ lk: req('PATCH', `/api/v1/mibembo/${rng.int(10000, 99999)}/suka`, 'Api::V1::Mibembo::Suka', '200 OK') }),
    ])();
  const steps = [
    { raw: { lk: ['Listening on http://0.0.0.0:5000', ''] }, after: 0 },
    6,
    plant(
      'negative',
      'lucky-cursor-base64-json',
      'none',
      'A pagination cursor (base64 JSON starting `eyJ`: `{"id":…,"at":…}`): a position in a list, no credential.',
      ({ rng }) => {
        const c = b64urlOf(JSON.stringify({ id: rng.int(10000, 99999), at: '2028-01-18T07:02:11Z' }));
        return { value: c, event: { lk: req('GET', `/api/v1/mibembo?cursor=${c}`, 'Api::V1::Mibembo::Index', '200 OK') } };
      },
    ),
    6,
    plant(
      'oauth-code',
      'lucky-request-line-kokota-callback-code',
      'warning',
      `${WHY.code} The riders' app signs in through the provider and lands on \`/kokota/callback\` ("enter"); the request line keeps the query.`,
      ({ rng }) => {
        const code = rng.b64url(36);
        return {
          value: code,
          event: { lk: req('GET', `/kokota/callback?code=${code}&state=${rng.hex(24)}`, 'Kokota::Callback', '302 Found') },
        };
      },
    ),
    6,
    plant(
      'api-key-name',
      'lucky-request-line-fungola',
      'error',
      `${WHY.apiKey('fungola')} The partner fuel stations query free motorbikes with the key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { lk: req('GET', `/api/v1/wewa/esika?quartier=Limete&fungola=${key}`, 'Api::V1::Wewa::Esika', '200 OK') },
        };
      },
    ),
    6,
    plant(
      'path-secret',
      'lucky-request-line-libyangi-invitation',
      'error',
      'A new rider opens the invitation link sent by SMS (`/libyangi/<token>`, "invitation"): the link registers its holder as a driver until it is used.',
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { lk: req('GET', `/libyangi/${tok}`, 'Libyangi::Show', '200 OK') } };
      },
    ),
    6,
    plant(
      'negative',
      'lucky-trip-uuid-path',
      'none',
      "A trip's id in the path (`/mibembo/<uuid>`): an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { lk: req('GET', `/api/v1/mibembo/${id}`, 'Api::V1::Mibembo::Show', '200 OK') } };
      },
    ),
    6,
    plant(
      'session-id',
      'lucky-request-line-lisanga-query',
      'error',
      WHY.session(
        'The rider app\'s WebView opens the wallet page with the web session in the query (`lisanga=`, "gathering", the app\'s name for the session)',
      ),
      ({ rng }) => {
        const sid = rng.hex(40);
        return { value: sid, event: { lk: req('GET', `/kati/mbongo?lisanga=${sid}`, 'Kati::Mbongo', '200 OK') } };
      },
    ),
    6,
    plant(
      'encoded',
      'lucky-request-line-authorization-basic-percent-encoded',
      'error',
      "The drivers' websocket client cannot send headers, so it puts `authorization=Basic%20<base64 of driver:password>` in the query: percent-encoding around base64 around a password.",
      ({ rng }) => {
        const b = encodeURIComponent(b64Of(`motambwisi-${rng.int(100, 999)}:${rng.alnum(14)}`));
        return { value: b, event: { lk: req('GET', `/cable?authorization=Basic%20${b}`, 'Cable::Connect', '101 Switching Protocols') } };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'wewa' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// masuwa-telemetry.log: the barges' onboard telemetry daemon (C++) logging with log4cplus' PatternLayout
// `%D{%Y-%m-%d %H:%M:%S.%q%z} [%t] %-5p %c - %m%n` (local time with its offset), libcurl's debug callback forwarded
// line by line, the Iridium modem's SBD messages.
// https://log4cplus.sourceforge.io/docs/html/classlog4cplus_1_1PatternLayout.html (from memory, not fetched).

function log4cplusLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, WAT)}.${msPart(t)}${zone(WAT)}`;
  const render = (e) => e.lc.map(([th, l, c, msg]) => `${stamp(e.t)} [${th}] ${l.padEnd(5)} ${c} - ${msg}`);
  const T = ['1402', '1417', '1433'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        lc: [
          [
            rng.pick(T),
            'INFO',
            'masuwa.gps',
            `Esika: ${(-4 + rng.int(-900, 900) / 1000).toFixed(4)},${(15.3 + rng.int(0, 2000) / 1000).toFixed(4)} vitesse ${rng.int(4, 14)} km/h masuwa=MV-Ebale-3`,
          ],
        ],
      }),
      () => ({
        lc: [[rng.pick(T), 'DEBUG', 'masuwa.engine', `moteur rpm=${rng.int(900, 1800)} temp=${rng.int(70, 96)}C fuel=${rng.int(20, 98)}%`]],
      }),
      () => ({ lc: [[rng.pick(T), 'INFO', 'masuwa.sbd', `SBD session ok, MO queue ${rng.int(0, 5)}`]] }),
      () => ({ lc: [[rng.pick(T), 'WARN', 'masuwa.net', `4G ezali te (no 4G), falling back to Iridium`]] }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'log4cplus-sbd-imei-momsn',
      'none',
      "The modem's IMEI and the message's MOMSN (Iridium's sequence number): identifiers, no credential.",
      ({ rng }) => {
        const imei = `30043406${digits(rng, 7)}`;
        return {
          value: imei,
          event: { lc: [['1417', 'INFO', 'masuwa.sbd', `MO sent imei=${imei} momsn=${rng.int(1000, 9999)} bytes=${rng.int(30, 300)}`]] },
        };
      },
    ),
    6,
    plant(
      'header-dump',
      'log4cplus-libcurl-debug-authorization-bearer-jwt',
      'error',
      "The daemon forwards libcurl's debug callback line by line, request headers included (`> Authorization: Bearer <JWT>`): the barge's token for the fleet API (24 h, no jti), on a line with its +0100 time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(600, 20000),
          claims: { iss: `https://auth.${NS}`, sub: 'masuwa-ebale-3', aud: 'fleet-api' },
        });
        const C = 'masuwa.http';
        return {
          value: token,
          jwt: facts,
          event: {
            lc: [
              ['1433', 'DEBUG', C, '> POST /v1/bisika HTTP/1.1'],
              ['1433', 'DEBUG', C, `> Host: fleet.${NS}`],
              ['1433', 'DEBUG', C, `> Authorization: Bearer ${token}`],
              ['1433', 'DEBUG', C, '> Content-Type: application/json'],
              ['1433', 'DEBUG', C, '< HTTP/1.1 202 Accepted'],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'api-key-name',
      'log4cplus-weather-get-fungola-api',
      'error',
      `${WHY.apiKey('fungola_api')} The daemon asks a river weather service for the forecast on the barge's route with the key in the query.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            lc: [
              [
                '1402',
                'INFO',
                'masuwa.meteo',
                `GET https://api.ebale-meteo.example/v1/forecast?lat=-2.18&lon=16.21&fungola_api=${key} -> 200`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'refresh-token',
      'log4cplus-auth-token-response',
      'error',
      `${WHY.refresh} The daemon logs the fleet API's token answer at DEBUG when it renews its token.`,
      ({ rng }) => {
        const rt = `rt_${rng.alnum(48)}`;
        return {
          value: rt,
          event: {
            lc: [
              [
                '1433',
                'DEBUG',
                'masuwa.auth',
                `token answer {"access_token":"(kept in memory)","expires_in":86400,"refresh_token":"${rt}","token_type":"Bearer"}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant('negative', 'log4cplus-firmware-sha256', 'none', "A firmware image's SHA-256: a checksum, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { lc: [['1402', 'INFO', 'masuwa.update', `firmware telemetry-2.8.1.bin sha256=${h} verified`]] } };
    }),
    6,
    plant(
      'webhook',
      'log4cplus-pipedream-endpoint',
      'error',
      WHY.webhook(
        'A Pipedream HTTP endpoint (`https://<id>.m.pipedream.net`) the daemon posts low-water alerts to; the id in the host name is the secret part',
      ),
      ({ rng }) => {
        const id = `eo${lowerNum(rng, 28)}`;
        return {
          value: id,
          event: {
            lc: [
              [
                '1417',
                'WARN',
                'masuwa.alert',
                `Libunga (error): POST https://${id}.m.pipedream.net failed (Could not resolve host), mai ebele te (low water) at Lukolela`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'encoded',
      'log4cplus-sbd-mo-hex-json-fungola',
      'error',
      'The modem\'s MO message is logged as hex (`data=<hex>`), the JSON it encodes carries the fleet API key (`{"fungola":…}`) the shore gateway expects: hex around JSON around a key.',
      ({ rng }) => {
        const hex = Buffer.from(JSON.stringify({ m: 'MV-Ebale-3', fungola: rng.alnum(24), lat: -1.95, lon: 16.58 })).toString('hex');
        return { value: hex, event: { lc: [['1417', 'DEBUG', 'masuwa.sbd', `MO queued momsn=${rng.int(1000, 9999)} data=${hex}`]] } };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'masuwa' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mobembo-booking.log: `docker logs -t` of the barge passenger and cargo booking site, a Nuxt 3 app's Nitro server
// (`node .output/server/index.mjs`) logging with consola's basic reporter (`[<type>] [<tag>] <message>`, objects through
// util.inspect), each line with Docker's RFC 3339 UTC time.
// https://github.com/unjs/consola (from memory, not fetched).

function consolaLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 23)}${digits(rng, 6)}Z`;
  const render = (e) => e.co.map(([type, tag, msg]) => `${stamp(e.t)} [${type}]${tag ? ` [${tag}]` : ''} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        co: [
          [
            'info',
            'mobembo',
            `Bafandi ${rng.int(1, 6)} babakisami (passengers added) na masuwa MV-Ebale-${rng.int(1, 4)}, mobembo Kinshasa → Mbandaka`,
          ],
        ],
      }),
      () => ({
        co: [
          [
            'info',
            'biloko',
            `Biloko ${rng.int(100, 9000)} kg ekomami (cargo booked): ${rng.pick(['fufu', 'kwanga', 'makayabu', 'sucre', 'ciment'])}`,
          ],
        ],
      }),
      () => ({ co: [['warn', 'libongo', `Masuwa MV-Ebale-${rng.int(1, 4)} ekozala na retard ${rng.int(1, 9)}h (delayed)`]] }),
      () => ({ co: [['info', '', `GET /api/bisika?masuwa=${rng.int(1, 4)} 200 ${rng.int(3, 80)}ms`]] }),
    ])();
  const steps = [
    { raw: { co: [['info', '', 'Listening on http://[::]:3000']] }, after: 0 },
    5,
    plant(
      'negative',
      'consola-nuxt-build-id',
      'none',
      "Nuxt's build id in the app manifest path (`/_nuxt/builds/meta/<uuid>.json`): a build identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { co: [['warn', '', `[nuxt] manifest /_nuxt/builds/meta/${id}.json not found, retrying`]] } };
      },
    ),
    6,
    plant(
      'framework-dump',
      'consola-inspect-body-liloba-ya-sekele',
      'error',
      'The login route prints the body it read (`readBody(event)`) through consola at debug, util.inspect\'s one-line object: the passenger\'s password under `liloba_ya_sekele` ("secret word").',
      ({ rng }) => {
        const pw = rng.alnum(12);
        return {
          value: pw,
          event: { co: [['debug', 'kokota', `body: { telefone: '+24381${digits(rng, 7)}', liloba_ya_sekele: '${pw}', kobatela: true }`]] },
        };
      },
    ),
    6,
    plant(
      'header-dump',
      'consola-inspect-headers-cookie-nuxt-session',
      'error',
      "A proxy route prints the headers it forwards (`{ cookie: 'nuxt-session=…' }`): the passenger's session cookie, in a header dump.",
      ({ rng }) => {
        const sid = `Fe26.2**${rng.hex(64)}*${rng.b64url(22)}`;
        return {
          value: sid,
          event: {
            co: [
              [
                'debug',
                'proxy',
                `forwarding to cargo API with headers { accept: 'application/json', cookie: 'nuxt-session=${sid}; lokota=ln', 'x-forwarded-for': '${publicIp(rng)}' }`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'id-token',
      'consola-logout-id-token-hint-expired',
      'note',
      'The logout route warns that it sends an `id_token_hint` that has already expired, and writes the end-session URL: the ID token expired three hours before this line',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 4 * 3600 + rng.int(10, 600),
          alg: 'RS256',
          kid: rng.hex(12),
          claims: { iss: `https://auth.${NS}/realms/nsimba`, aud: 'mobembo', sub: rng.uuid(), typ: 'ID' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            co: [
              [
                'warn',
                'kobima',
                `id_token ekufi (expired), end-session https://auth.${NS}/realms/nsimba/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fmobembo.${NS}%2F`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'consola-x-request-id',
      'none',
      "The edge's `x-request-id` on an error line: a request identifier, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: {
            co: [['error', '', `[nitro] [request error] [unhandled] x-request-id=${id} H3Error: Bisika ezwami te (seats not found)`]],
          },
        };
      },
    ),
    6,
    plant(
      'implicit-fragment',
      'consola-beacon-body-url-fragment',
      'error',
      "The client's error beacon posts the page address as a JSON string and the route logs the body raw: the address still holds the implicit grant's fragment (`#access_token=…`).",
      ({ rng }) => {
        const at = rng.b64url(44);
        return {
          value: at,
          event: {
            co: [
              [
                'error',
                'client',
                `beacon {"msg":"Cannot read properties of undefined (reading 'bisika')","url":"https://mobembo.${NS}/kokota/suka#access_token=${at}&token_type=Bearer&expires_in=900"}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'embed-jwt',
      'consola-embed-kalati-ya-ebale-no-exp',
      'error',
      'The river map embed a partner site shows is rendered at `/embed/kalati-ya-ebale/<JWT>` ("map of the river") and the renderer logs the path: a token without `exp`, on a line with Docker\'s UTC time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 10, 86400 * 60),
          claims: { iss: `https://mobembo.${NS}`, partner: 'ebale-tours', view: 'kalati' },
        });
        return {
          value: token,
          jwt: facts,
          event: { co: [['info', 'embed', `rendered /embed/kalati-ya-ebale/${token} in ${rng.int(20, 200)}ms`]] },
        };
      },
    ),
    6,
    plant(
      'replay',
      'consola-boarding-tike-once',
      'note',
      WHY.ticketFirst(
        "A single-use boarding ticket (`tike`) scanned at the port gate; the route logs the ticket, the gate and the scanner's address. The ticket is",
      ),
      ({ rng }) => {
        const tk = rng.alnum(22);
        return {
          value: tk,
          event: {
            co: [['info', 'libongo', `Tike endimami (ticket accepted) tike=${tk} ekuke=Ngobila-2 ip=10.40.2.17 masuwa=MV-Ebale-3`]],
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'mobembo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kilo-scale.log: the mill's weighbridge script (Node) logging with signale, `displayDate` and `displayTimestamp` on
// and a scope (`[yyyy-mm-dd] [HH:MM:SS] [kilo] › <badge>  <label, padded>  <message>`, local time, no zone), written to
// a file by systemd's `StandardOutput=append:`.
// https://github.com/klaudiosinani/signale (from memory, not fetched).

function signaleLog(rng) {
  const stamp = (t) => `[${local(t, WAT).slice(0, 10)}] [${local(t, WAT).slice(11, 19)}]`;
  const badge = { info: 'ℹ', success: '✔', warn: '⚠', error: '✖', debug: '⬤', note: '●' };
  const render = (e) => e.sg.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} [kilo] › ${badge[x[0]]}  ${x[0].padEnd(10)}${x[1]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ sg: [['info', `Kamio ${upperNum(rng, 2)}-${digits(rng, 4)} ekoti na balance (truck on the weighbridge)`]] }),
      () => ({ sg: [['success', `Kilo ${rng.int(900, 14000)} kg ekomami, mosali ${rng.int(100, 999)} (farmer)`]] }),
      () => ({ sg: [['debug', `serial /dev/ttyUSB0 ST,GS,+${pad(rng.int(900, 14000), 7)}kg`]] }),
      () => ({ sg: [['warn', `Balance ezali stable te (not stable), lisusu (again)`]] }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'signale-weighbridge-ticket-number',
      'none',
      "The weighbridge's ticket number (`ticket=WB-<date>-<n>`): a printed slip's number under the name `ticket`, no credential.",
      ({ rng }) => {
        const tk = `WB-280118-${pad(rng.int(1, 999), 4)}`;
        return { value: tk, event: { sg: [['success', `Risi ebimi (slip printed) ticket=${tk} kilo=${rng.int(900, 14000)}`]] } };
      },
    ),
    6,
    plant(
      'api-key-name',
      'signale-debug-post-api-fungola',
      'error',
      `${WHY.apiKey('api_fungola')} The script posts each weighing to the ERP's web service with the key in the query, and its debug line writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return { value: key, event: { sg: [['debug', `POST https://erp.${NS}/ws/manyoko/kilo?api_fungola=${key} 201`]] } };
      },
    ),
    6,
    plant(
      'session-id',
      'signale-debug-set-cookie-lisanga',
      'error',
      WHY.session("The script logs in to the farmers' portal and prints the cookie it got (`Set-Cookie: lisanga=…`, the portal's session)"),
      ({ rng }) => {
        const sid = rng.b64url(40);
        return { value: sid, event: { sg: [['debug', `Set-Cookie: lisanga=${sid}; Path=/; HttpOnly; SameSite=Lax`]] } };
      },
    ),
    6,
    plant(
      'path-secret',
      'signale-success-sms-mokanda-lifuti-link',
      'error',
      'The script texts the farmer the link to the payment slip and logs the SMS (`/mokanda-lifuti/<token>`, "payment letter"): the link opens the slip and the farmer\'s payout details until it expires.',
      ({ rng }) => {
        const tok = rng.b64url(30);
        return {
          value: tok,
          event: {
            sg: [
              ['success', `SMS etindami na +24399${digits(rng, 7)}: "Mbote! Mokanda ya lifuti: https://mill.${NS}/mokanda-lifuti/${tok}"`],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'signale-masked-api-fungola',
      'none',
      "The script's start-up line masks its own key to the last four characters (`api_fungola=****<4>`): a redaction, no credential.",
      ({ rng }) => {
        const v = `****${rng.alnum(4)}`;
        return {
          value: `api_fungola=${v}`,
          event: { sg: [['info', `Config: balance=/dev/ttyUSB0 erp=https://erp.${NS} api_fungola=${v}`]] },
        };
      },
    ),
    6,
    plant(
      'encoded',
      'signale-debug-mime-quoted-printable-sekele-link',
      'error',
      'The script prints the e-mail it sends to a buyer, a quoted-printable body (`=3D` for `=`): the one-click portal link inside carries a login secret (`?sekele=3D<token>`).',
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            sg: [
              ['debug', 'MIME part text/plain; charset=utf-8'],
              'Content-Transfer-Encoding: quoted-printable',
              '',
              `Mbote! Kota na portail: https://mill.${NS}/kokota?mosombi=3D${rng.int(100, 999)}&sekele=3D${tok}`,
              '',
            ],
          },
        };
      },
    ),
    6,
    plant(
      'webhook',
      'signale-error-make-webhook',
      'error',
      WHY.webhook(
        'A Make (formerly Integromat) custom webhook (`hook.eu2.make.com/<id>`) the script posts each weighing to; its error line writes the URL',
      ),
      ({ rng }) => {
        const id = lowerNum(rng, 32);
        return { value: id, event: { sg: [['error', `Libunga (error): POST https://hook.eu2.make.com/${id} → ECONNRESET`]] } };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 15 * MIN, site: { host: 'kilo' }, filler, render, steps });
}

// =====================================================================================================================
// De Greidhoeke (West Frisian; Snits: CET, UTC+1)
// =====================================================================================================================

const GH = 'greidhoeke.example';

// ---------------------------------------------------------------------------------------------------------------------
// molkrutes.log: the cooperative's milk collection service (Python), APScheduler 3.10 jobs with urllib3 at DEBUG,
// logging's `%(asctime)s %(levelname)-8s %(name)s: %(message)s` with `datefmt='%Y-%m-%dT%H:%M:%S%z'` (local time with
// its offset); APScheduler's `Running job "…" (scheduled at …)`, `Job "…" executed successfully`, `Job "…" raised an
// exception` with the traceback, `Removed job <id>`.
// https://apscheduler.readthedocs.io/en/3.x/userguide.html (from memory, not fetched).

function apschedulerLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, CET).replace(' ', 'T')}${zone(CET)}`;
  const render = (e) => e.ap.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} ${x[0].padEnd(8)} ${x[1]}: ${x[2]}`));
  const EX = 'apscheduler.executors.default';
  const job = (name, t) => `${name} (trigger: interval[0:05:00], next run at: ${ymdHmsAt(t + 5 * MIN, CET)} CET)`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        ap: [
          ['INFO', EX, `Running job "${job('sync_tanks', t)}" (scheduled at ${ymdHmsAt(t, CET)}+01:00)`],
          ['INFO', EX, `Job "${job('sync_tanks', t)}" executed successfully`],
        ],
      }),
      () => ({
        ap: [
          [
            'INFO',
            'greidhoeke.rûtes',
            `Molke ophelle (milk collected) pleats ${rng.int(100, 480)}: ${rng.int(900, 9000)} l, ${(3.9 + rng.int(0, 90) / 100).toFixed(2)}% fet`,
          ],
        ],
      }),
      () => ({
        ap: [
          [
            'DEBUG',
            'urllib3.connectionpool',
            `https://tank.${GH}:443 "GET /api/v2/nivo?tank=${rng.int(100, 480)} HTTP/1.1" 200 ${rng.int(200, 900)}`,
          ],
        ],
      }),
      () => ({ ap: [['WARNING', 'greidhoeke.rûtes', `Wein ${rng.int(1, 6)} let (tanker late): ${rng.int(5, 40)} min`]] }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'apscheduler-removed-job-id',
      'none',
      "APScheduler's job id (`uuid4().hex`), written when a one-off job is removed: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return { value: id, event: { ap: [['INFO', 'apscheduler.scheduler', `Removed job ${id}`]] } };
      },
    ),
    6,
    plant(
      'api-key-name',
      'apscheduler-urllib3-debug-kaai',
      'error',
      `${WHY.apiKey('kaai')} ("key") The tank sensors' API takes it in the query, and urllib3's DEBUG line writes the request target.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            ap: [
              [
                'DEBUG',
                'urllib3.connectionpool',
                `https://tank.${GH}:443 "GET /api/v2/nivo?tank=${rng.int(100, 480)}&kaai=${key} HTTP/1.1" 200 ${rng.int(200, 900)}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'id-token',
      'apscheduler-job-debug-id-token',
      'error',
      "The members' sync job signs in with OpenID Connect and logs the ID token it received at DEBUG (`id_token ûntfongen: <JWT>`), on a line with its +0100 time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 30),
          alg: 'RS256',
          kid: rng.hex(20),
          claims: { iss: `https://login.${GH}`, aud: 'leden-sync', sub: 'svc-leden', azp: 'leden-sync' },
        });
        return { value: token, jwt: facts, event: { ap: [['DEBUG', 'greidhoeke.oidc', `id_token ûntfongen (received): ${token}`]] } };
      },
    ),
    6,
    plant(
      'refresh-token',
      'apscheduler-job-key-value-refresh-token',
      'error',
      `${WHY.refresh} The job logs the renewed token as key=value pairs at DEBUG.`,
      ({ rng }) => {
        const rt = rng.b64url(54);
        return {
          value: rt,
          event: { ap: [['DEBUG', 'greidhoeke.oidc', `token fernijd (renewed): token_type=Bearer expires_in=300 refresh_token=${rt}`]] },
        };
      },
    ),
    6,
    plant(
      'framework-dump',
      'apscheduler-job-exception-pydantic-input-value',
      'error',
      "A job raises and APScheduler writes the traceback; pydantic's ValidationError prints the rejected input (`input_value={… 'wachtwurd': '…'}`, \"password\"): the dairy portal's login in clear.",
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            ap: [
              ['ERROR', EX, `Job "${job('sync_leden', t)}" raised an exception`],
              'Traceback (most recent call last):',
              '  File "/opt/greidhoeke/venv/lib/python3.12/site-packages/apscheduler/executors/base.py", line 131, in run_job',
              '    retval = job.func(*job.args, **job.kwargs)',
              '  File "/opt/greidhoeke/molkrutes/jobs.py", line 88, in sync_leden',
              '    login = PortaalLogin.model_validate(cfg)',
              'pydantic_core._pydantic_core.ValidationError: 1 validation error for PortaalLogin',
              'tsjinst',
              `  Field required [type=missing, input_value={'brûker': 'molkrutes', 'wachtwurd': '${pw}', 'server': 'portaal.${GH}'}, input_type=dict]`,
              '    For further information visit https://errors.pydantic.dev/2.9/v/missing',
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'apscheduler-etag-unchanged',
      'none',
      'An `ETag` the job compares to skip an unchanged price list: a content hash, no credential.',
      ({ rng }) => {
        const e = rng.hex(40);
        return { value: e, event: { ap: [['INFO', 'greidhoeke.priis', `Priislist net feroare (unchanged), ETag "${e}"`]] } };
      },
    ),
    6,
    plant(
      'path-secret',
      'apscheduler-job-statement-share-link-percent-encoded-o',
      'error',
      'The monthly job shares each member\'s milk statement and logs the link (`/%C3%B4fskrift/diele/<token>`, "statement/share", the `ô` percent-encoded): the link opens the statement until it expires.',
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            ap: [
              [
                'INFO',
                'greidhoeke.ofskrift',
                `Ôfskrift dield (statement shared) lid ${rng.int(100, 480)}: https://leden.${GH}/%C3%B4fskrift/diele/${tok}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'embed-jwt',
      'apscheduler-job-embed-molkrapport-7d',
      'error',
      'The report job publishes the weekly milk-quality report as an embed (`/embed/molkrapport/<JWT>`) and logs the URL: a token valid 7 d without a jti, on a line with its +0100 time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(1, 20),
          claims: { iss: `https://rapport.${GH}`, rapport: 'molkkwaliteit', wike: 3 },
        });
        return {
          value: token,
          jwt: facts,
          event: { ap: [['INFO', 'greidhoeke.rapport', `Rapport klear (ready): https://rapport.${GH}/embed/molkrapport/${token}`]] },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR + 30 * MIN, site: { host: 'molke' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// info.log: Kedro 0.19's `logs/info.log` of the cooperative's milk-lab pipeline, the project template's
// `info_file_handler` format (`%(asctime)s - %(name)s - %(levelname)s - %(message)s`, local time, no zone), the data
// catalog's loading messages, the runner's node messages, a DatasetError's repr of the dataset, the project's hooks.
// https://docs.kedro.org/en/stable/logging/index.html (from memory, not fetched).

function kedroLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, CET)},${msPart(t)}`;
  const render = (e) => e.kd.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} - ${x[0]} - ${x[1]} - ${x[2]}`));
  const DC = 'kedro.io.data_catalog';
  const RN = 'kedro.runner.sequential_runner';
  let done = 0;
  const filler = (rng) =>
    rng.pick([
      () => ({
        kd: [
          [
            'kedro.pipeline.node',
            'INFO',
            `Running node: ${rng.pick(['skjin_monsters', 'kiemtal_per_pleats', 'fet_en_aaiwyt', 'bonus_berekkenje'])}: ${rng.pick(['skjin', 'tel', 'berekkenje'])}([${rng.pick(['lab_monsters', 'leden', 'params:lab'])}]) -> [${rng.pick(['monsters_skjin', 'kiemtal', 'bonus'])}]`,
          ],
        ],
      }),
      () => ({
        kd: [
          [
            DC,
            'INFO',
            `Loading data from ${rng.pick(['lab_monsters', 'leden', 'priislist'])} (${rng.pick(['CSVDataset', 'ParquetDataset', 'SQLTableDataset'])})...`,
          ],
        ],
      }),
      () => ({
        kd: [
          [
            DC,
            'INFO',
            `Saving data to ${rng.pick(['monsters_skjin', 'kiemtal', 'bonus'])} (${rng.pick(['ParquetDataset', 'MemoryDataset'])})...`,
          ],
        ],
      }),
      () => {
        done += 1;
        return { kd: [[RN, 'INFO', `Completed ${done} out of 14 tasks`]] };
      },
    ])();
  const steps = [
    plant(
      'negative',
      'kedro-session-id-timestamp',
      'none',
      "Kedro's session id, a timestamp (`2028-01-18T06.02.11.512Z`) under the name `session_id`: an identifier of one run, no credential.",
      ({ t }) => {
        const id = `${iso(t).slice(0, 10)}T${iso(t).slice(11, 19).replace(/:/g, '.')}.${msPart(t)}Z`;
        return {
          value: id,
          event: {
            kd: [
              ['kedro.framework.session.session', 'INFO', 'Kedro project molke-lab'],
              ['kedro.framework.session.session', 'INFO', `session_id: ${id}`],
            ],
          },
        };
      },
      { after: 0 },
    ),
    6,
    plant(
      'encoded',
      'kedro-node-log-percent-encoded-password-in-url',
      'error',
      'A node logs the database URL it connects to; the password in its user information is percent-encoded (`%2F`, `%40`, `%2B`), as SQLAlchemy wants it, and readable once decoded.',
      ({ rng }) => {
        const raw = `${rng.alnum(6)}/${rng.alnum(5)}@${rng.alnum(4)}+${rng.alnum(5)}`;
        const enc = encodeURIComponent(raw);
        return {
          value: enc,
          event: {
            kd: [
              [
                'molke_lab.pipelines.lab.nodes',
                'INFO',
                `Ferbining mei (connecting to) postgresql+psycopg://lab_leze:${enc}@db.${GH}:5432/lab`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'api-key-name',
      'kedro-dataset-error-api-dataset-kaai',
      'error',
      `${WHY.apiKey('kaai')} The dairy price API takes it in the query; the APIDataset's failure is re-raised as a DatasetError whose message keeps requests' \`… for url: …\`.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            kd: [
              [RN, 'WARNING', 'There are 9 nodes that have not run.'],
              `kedro.io.core.DatasetError: Failed while loading data from dataset APIDataset(method=GET, url=https://api.suvelpriis.example/v1/noteringen).`,
              `403 Client Error: Forbidden for url: https://api.suvelpriis.example/v1/noteringen?produkt=molke&kaai=${key}`,
            ],
          },
        };
      },
    ),
    7,
    plant(
      'negative',
      'kedro-mlflow-run-id',
      'none',
      'An MLflow run id (32 hex digits) the kedro-mlflow hook logs: an identifier, no credential.',
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: { kd: [['kedro_mlflow.framework.hooks.mlflow_hook', 'INFO', `MLflow run ${id} started (experiment molke-lab)`]] },
        };
      },
    ),
    6,
    plant(
      'path-secret',
      'kedro-dataset-error-csv-filepath-share-link',
      'error',
      "The lab's results are read from a share link; a failed load writes the dataset's repr (`CSVDataset(filepath=<host>/s/<token>/…, protocol=https, …)`, fsspec's path without the scheme): the link opens the lab results until it is revoked.",
      ({ rng }) => {
        const tok = rng.b64url(28);
        return {
          value: tok,
          event: {
            kd: [
              [DC, 'INFO', 'Loading data from lab_monsters (CSVDataset)...'],
              `kedro.io.core.DatasetError: Failed while loading data from dataset CSVDataset(filepath=lab.molkkontrole.example/s/${tok}/monsters-2028-01.csv, load_args={'sep': ';'}, protocol=https, save_args={'index': False}).`,
              'HTTP Error 410: Gone',
            ],
          },
        };
      },
    ),
    7,
    plant(
      'webhook',
      'kedro-hook-ifttt-maker-key',
      'error',
      WHY.webhook(
        "An IFTTT Webhooks key (`maker.ifttt.com/trigger/<event>/with/key/<key>`) the project's `after_pipeline_run` hook calls; the hook's warning writes the URL",
      ),
      ({ rng }) => {
        const key = rng.b64url(22);
        return {
          value: key,
          event: {
            kd: [
              [
                'molke_lab.hooks',
                'WARNING',
                `Melding mislearre (notification failed): https://maker.ifttt.com/trigger/lab_klear/with/key/${key} -> 401`,
              ],
            ],
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 2 * MIN, site: { host: 'lab' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// StimpelScanner-2028-01-18.log: the skating tour's scanner app on the start and stamp-post iPads, SwiftyBeaver's file
// destination with the format `$Dyyyy-MM-dd HH:mm:ss.SSSZ$d $L $N.$F:$l - $M` (local time with its offset, no colours).
// https://docs.swiftybeaver.com/article/20-custom-format (from memory, not fetched).

function swiftyBeaverLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, CET)}.${msPart(t)}${zone(CET)}`;
  const render = (e) => e.sb.map(([l, where, msg]) => `${stamp(e.t)} ${l} ${where} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        sb: [
          [
            'INFO',
            'ScanViewModel.handle(code:):88',
            `Stimpel set (stamp set) kaart ${rng.int(1000, 9999)} by stimpelpost ${rng.pick(['Starte', 'Jirnsum', 'Grou', 'Warten'])}`,
          ],
        ],
      }),
      () => ({ sb: [['DEBUG', 'SyncService.flush():41', `${rng.int(1, 40)} scans syngronisearre (synced)`]] }),
      () => ({ sb: [['VERBOSE', 'CameraController.captureOutput(_:didOutput:from:):120', `frame ${rng.int(1000, 99999)} no code`]] }),
      () => ({ sb: [['WARNING', 'SyncService.flush():52', `Gjin ferbining (no connection), ${rng.int(1, 30)} scans yn de wachtrige`]] }),
    ])();
  const steps = [
    {
      raw: {
        sb: [['INFO', 'AppDelegate.application(_:didFinishLaunchingWithOptions:):22', 'StimpelScanner 4.2.0 (311) start, iPadOS 19.2']],
      },
      after: 0,
    },
    5,
    plant(
      'negative',
      'swiftybeaver-identifier-for-vendor',
      'none',
      "The iPad's `identifierForVendor` (a uuid): a device identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid().toUpperCase();
        return {
          value: id,
          event: { sb: [['INFO', 'DeviceInfo.register():17', `apparaat (device) ${id} registrearre as stimpelpost Starte`]] },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'swiftybeaver-aswebauth-callback-custom-scheme-code',
      'warning',
      `${WHY.code} The volunteers' sign-in uses ASWebAuthenticationSession; the app logs the callback URL (\`fryskiis://auth?code=…&state=…\`).`,
      ({ rng }) => {
        const code = rng.b64url(40);
        return {
          value: code,
          event: { sb: [['DEBUG', 'AuthService.complete(callbackURL:):57', `callback fryskiis://auth?code=${code}&state=${rng.hex(20)}`]] },
        };
      },
    ),
    plant(
      'id-token',
      'swiftybeaver-sign-in-with-apple-identity-token',
      'error',
      'The app logs the identity token of a Sign in with Apple authorization as `id_token=<JWT>` (10 min); live on a line with its +0100 time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(1, 30),
          alg: 'RS256',
          kid: rng.alnum(10),
          claims: {
            iss: 'https://appleid.apple.com',
            aud: 'example.greidhoeke.stimpelscanner',
            sub: `${digits(rng, 6)}.${rng.hex(32)}.${digits(rng, 4)}`,
            nonce_supported: true,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            sb: [
              [
                'DEBUG',
                'AuthService.authorizationController(controller:didCompleteWithAuthorization:):81',
                `Apple authorization, id_token=${token}`,
              ],
            ],
          },
        };
      },
      { after: 3 },
    ),
    5,
    plant(
      'negative',
      'swiftybeaver-apple-nonce-sha256',
      'none',
      'The SHA-256 of the raw nonce the app sends with Sign in with Apple: a hash of a one-request value, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { sb: [['DEBUG', 'AuthService.startAppleSignIn():64', `nonce sha256 ${h}`]] } };
      },
    ),
    5,
    plant(
      'replay',
      'swiftybeaver-startkaart-once',
      'note',
      WHY.ticketFirst(
        "A skater's single-use start card (`startkaart`) scanned at the start; the app logs the card, the gate and the wristband it issued. The card is",
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(20);
        firstUse.start = t;
        return {
          value: tk,
          event: {
            sb: [
              [
                'INFO',
                'StartGate.accept(card:):102',
                `Startkaart jildich (valid) ${tk} poarte A, polsbân 3107 útjûn (wristband issued), QR fan telefoan ${publicIp(rng)}`,
              ],
            ],
          },
        };
      },
      { ref: 'start' },
    ),
    5,
    plant(
      'replay',
      'swiftybeaver-startkaart-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('start').value,
            why: `${WHY.replay('startkaart', gap('start', t))} Another phone showed the same start card at gate B and the app accepted it again, issuing a second wristband: the offline list had not marked it used.`,
          },
        ],
        event: {
          sb: [
            [
              'INFO',
              'StartGate.accept(card:):102',
              `Startkaart jildich (valid) ${refs.get('start').value} poarte B, polsbân 3164 útjûn (wristband issued), QR fan telefoan ${publicIp(rng)}`,
            ],
          ],
        },
      }),
      { replayOf: 'start', after: 131 },
    ),
    5,
    plant(
      'path-secret',
      'swiftybeaver-universal-link-utnoeging',
      'error',
      'A volunteer opens the invitation link (`/%C3%BAtnoeging/<token>`, "invitation", the `ú` percent-encoded) and the app logs the universal link it handles: the link enrols its holder as a stamp-post volunteer until it is used.',
      ({ rng }) => {
        const tok = rng.b64url(30);
        return {
          value: tok,
          event: { sb: [['INFO', 'SceneDelegate.scene(_:continue:):36', `universal link https://toertocht.${GH}/%C3%BAtnoeging/${tok}`]] },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'swiftybeaver-wknavigation-fragment',
      'error',
      "The route page's web view lands on the address the tour site's implicit sign-in returns to, and the navigation delegate logs it, fragment included (`#access_token=…`).",
      ({ rng }) => {
        const at = rng.b64url(48);
        return {
          value: at,
          event: {
            sb: [
              [
                'DEBUG',
                'WebRouteView.webView(_:decidePolicyFor:decisionHandler:):73',
                `navigation https://toertocht.${GH}/app/klear#access_token=${at}&token_type=bearer&expires_in=3600`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'swiftybeaver-route-map-embed-expired',
      'note',
      'The route map view loads the embed the app cached (`/embed/r%C3%BBtekaart/<JWT>`, "route map"), a token with a jti that had expired the day before: an expired credential part',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 6 * 3600,
          age: 30 * 3600 + rng.int(60, 3600),
          jti: true,
          claims: { iss: `https://toertocht.${GH}`, toertocht: 'greidhoeke-60km', view: 'rûtekaart' },
        });
        return {
          value: token,
          jwt: facts,
          event: { sb: [['DEBUG', 'RouteMapView.load():41', `laden (loading) https://toertocht.${GH}/embed/r%C3%BBtekaart/${token}`]] },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'ipad' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// skutsje-folgje.log: the sailing club's race-tracking worker on Faust (faust-streaming 0.11), its default log format
// (`[yyyy-mm-dd HH:MM:SS,mmm] [<pid>] [<LEVEL>] <message>`, local time, no zone), agents' messages and a Record's repr
// (`<Name: field=value, …>`) in an agent error.
// https://faust-streaming.github.io/faust/userguide/workers.html (from memory, not fetched).

function faustLog(rng) {
  const stamp = (t) => `[${ymdHmsAt(t, 120)},${msPart(t)}]`;
  const render = (e) => e.fa.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} [4821] [${x[0]}] ${x[1]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({
        fa: [
          [
            'INFO',
            `Posysje (position) skûtsje ${rng.pick(['Greidhoeke', 'De Twee Gebroeders', 'Jonge Jan', 'Sneek'])}: ${(52.9 + rng.int(0, 900) / 10000).toFixed(4)},${(5.6 + rng.int(0, 900) / 10000).toFixed(4)} ${rng.int(2, 8)} kn`,
          ],
        ],
      }),
      () => ({ fa: [['INFO', `[^---Fetcher]: Fetched ${rng.int(10, 400)} records from posysjes-${rng.int(0, 5)}`]] }),
      () => ({
        fa: [
          [
            'WARNING',
            `[^--Consumer]: wait_empty: Waiting for tasks [(${rng.int(1, 9)}, <ConsumerMessage: TopicPartition(topic='posysjes', partition=${rng.int(0, 5)}) offset=${rng.int(10000, 99999)}>)]`,
          ],
        ],
      }),
      () => ({ fa: [['INFO', `Boei ${rng.int(1, 6)} rûne (buoy rounded) skûtsje ${rng.pick(['Greidhoeke', 'Jonge Jan'])}`]] }),
    ])();
  const steps = [
    {
      raw: {
        fa: [
          ['INFO', '[^Worker]: Starting...'],
          ['INFO', '[^-App]: Starting...'],
          ['INFO', '[^Worker]: Ready'],
        ],
      },
      after: 0,
    },
    5,
    plant('negative', 'faust-ais-mmsi', 'none', "A vessel's MMSI (nine digits of its AIS identity): public, no credential.", ({ rng }) => {
      const m = `244${digits(rng, 6)}`;
      return { value: m, event: { fa: [['INFO', `AIS: skûtsje Greidhoeke mmsi=${m} sog=${rng.int(2, 8)}.${rng.int(0, 9)}`]] } };
    }),
    5,
    plant(
      'api-key-name',
      'faust-agent-ais-feed-tracker-kaai',
      'error',
      `${WHY.apiKey('tracker_kaai')} The AIS agent polls the tracker feed with the key in the query and logs the URL when it times out.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            fa: [['WARNING', `AIS feed time-out: https://ais.waddentracker.example/v1/posysjes?gebiet=snitsermar&tracker_kaai=${key}`]],
          },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'faust-agent-error-record-repr-wachtwurd',
      'error',
      "An agent error writes the value being processed; Faust's Record repr (`<JuryYnlogge: brûker='…', wachtwurd='…'>`) holds the jury member's password in clear.",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            fa: [
              [
                'ERROR',
                `[^---Agent*: skutsje.agents.sjuery]: Agent error: KeyError('heat') while processing <JuryYnlogge: brûker='sjuery-2', wachtwurd='${pw}', heat=None>`,
              ],
              'Traceback (most recent call last):',
              '  File "/opt/skutsje/skutsje/agents.py", line 64, in sjuery',
              '    heat = rides[login.heat]',
              "KeyError: 'heat'",
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'faust-agent-post-url-sesje-id',
      'error',
      WHY.session(
        "The results agent posts to the club site with the jury's web session in the query (`sesje_id=`), and its warning writes the URL",
      ),
      ({ rng }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: {
            fa: [
              [
                'WARNING',
                `Utslaggen net ferstjoerd (results not sent): POST https://klub.${GH}/sjuery/utslach?heat=2&sesje_id=${sid} -> 503`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'faust-correlation-id',
      'none',
      "The tracker gateway's `correlation_id` (a uuid) on a late record: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { fa: [['WARNING', `Let record (late record) correlation_id=${id} delay=${rng.int(5, 90)}s`]] } };
      },
    ),
    5,
    plant(
      'path-secret',
      'faust-agent-jury-magic-login-link',
      'error',
      'The jury agent logs the magic login link it mailed to a jury member (`/sjuery/ynlogge/<token>`, "jury/log in"): the link signs its holder in until it is used.',
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { fa: [['INFO', `Ynloggen-keppeling (login link) ferstjoerd: https://klub.${GH}/sjuery/ynlogge/${tok}`]] },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'faust-base64url-werom-url-with-kaai',
      'error',
      'The spectators\' page is opened with a base64url `werom=` ("back") parameter that encodes a whole URL, the live-map key inside (`…?kaai=…`); the agent logs the visit\'s query.',
      ({ rng }) => {
        const b = b64urlOf(`https://kaart.${GH}/live?rin=2&kaai=${rng.alnum(28)}`);
        return { value: b, event: { fa: [['INFO', `Besite (visit) /folgje?heat=2&werom=${b}`]] } };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'faust-client-error-record-href-fragment',
      'error',
      "The tracking page's client errors are a topic the worker logs; one record's `href` holds the implicit grant's fragment (`#access_token=…`).",
      ({ rng }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          event: {
            fa: [
              [
                'WARNING',
                `Klant-flater (client error): {'msg': "Cannot read properties of null (reading 'boei')", 'href': 'https://folgje.${GH}/#access_token=${at}&token_type=Bearer'}`,
              ],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: Date.UTC(2027, 7, 2, 11, 0, 0), site: { host: 'faust' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout84');
writePart(join(here, 'heldout84'), {
  'casparcg.log': casparLog(rng),
  'picard-debug.log': picardLog(rng),
  'RoonServer_log.txt': roonLog(rng),
  'clock-service.eliot.log': eliotLog(rng),
  'buyers-gateway.log': roarrLog(rng),
  'axelor.log': axelorLog(rng),
  'wewa-api.log': luckyLog(rng),
  'masuwa-telemetry.log': log4cplusLog(rng),
  'mobembo-booking.log': consolaLog(rng),
  'kilo-scale.log': signaleLog(rng),
  'molkrutes.log': apschedulerLog(rng),
  'info.log': kedroLog(rng),
  'StimpelScanner-2028-01-18.log': swiftyBeaverLog(rng),
  'skutsje-folgje.log': faustLog(rng),
});
