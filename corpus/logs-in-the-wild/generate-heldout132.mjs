// Writes corpus/logs-in-the-wild/heldout132/: a hundred-and-thirty-second held-out part, in formats no other part uses
// (a Factorio headless server's stdout, the Mu editor's mu.log, `mkdocs build --verbose` in CI, the Modrinth App's
// tracing log, GoCardless webhook deliveries read from its API, an Actionhero API server's log, a Luminus (Clojure) app's
// ring-logger lines, `cabal -v3` test and upload output, a ziproxy access log, MongoDB Compass's JSON log, Ferdium's
// main.log, a Glances log, a Userlike chat export, a Snapcraft build log), with credentials planted in the places
// issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was
// built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout132.mjs     rewrites heldout132/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three organisations: Tamar Makers, a makerspace of Launceston (Tasmania) with a members' Factorio server, workshop
// laptops running Mu, a wiki built with MkDocs, a Minecraft modpack installed with the Modrinth App and memberships paid
// through GoCardless (English, five logs); Kuskokwim Yugtun Elitnaurvik, a Yup'ik language school and fish camp
// cooperative of Bethel (Alaska) with an API on Actionhero, a site on Luminus, a Haskell dictionary library, a ziproxy on
// its satellite link and a MongoDB database (Central Alaskan Yup'ik in the standard orthography where the apps show
// text and in route, parameter, cookie and key names, five logs); the Panjgur date growers' cooperative (Balochistan)
// with Ferdium on its office desktops, a cold-store server watched by Glances, a Userlike chat on its shop and a point-of-
// sale snap (Balochi in the Perso-Arabic script in text, an informal Latin romanization in names, four logs). Standard
// names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { B64, digits, githubToken, HOUR, iso, local, lowerNum, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Wget/1.25.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Tasmania in December (AEDT, UTC+11), Bethel (AKST, UTC-9), Pakistan (PKT, UTC+5 all year). */
const AEDT = 660;
const AKST = -540;
const PKT = 300;
const DAY_EN = Date.UTC(2027, 11, 12, 21, 0, 0);
const DAY_YK = Date.UTC(2027, 11, 20, 17, 0, 0);
const DAY_BL = Date.UTC(2028, 0, 10, 4, 0, 0);

/** Python logging's `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** `yyyy-MM-dd HH:mm:ss.SSS` at `offset`. */
const dotMs = (t, offset) => `${ymdHmsAt(t, offset)}.${local(t, offset).slice(20, 23)}`;

/** Python's repr of plain data (str, int, bool, None, list, dict). */
function py(v) {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(v)) return `[${v.map(py).join(', ')}]`;
  return `{${Object.entries(v)
    .map(([k, x]) => `${py(k)}: ${py(x)}`)
    .join(', ')}}`;
}

/** Clojure's printed map with keyword keys (`{:a "b", :c 1}`). */
function edn(v) {
  if (v === null) return 'nil';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.startsWith(':') ? v : JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(edn).join(' ')}]`;
  return `{${Object.entries(v)
    .map(([k, x]) => `:${k} ${edn(x)}`)
    .join(', ')}}`;
}

// =====================================================================================================================
// Tamar Makers (English; Launceston, Tasmania: AEDT, UTC+11 in December)
// =====================================================================================================================

const TM = 'tamarmakers.example';
const MEMBERS = ['bec', 'jo_h', 'ravi', 'Mabel', 'tomasz', 'kiri', 'Wes'];

// ---------------------------------------------------------------------------------------------------------------------
// factorio-stdout.log: the members' Factorio 2.0 headless server, its stdout appended to a file by systemd
// (`StandardOutput=append:`): the game's log lines (`<uptime, 8.3> <message>`, the first one with the date), the
// console's `<yyyy-mm-dd hh:mm:ss> [JOIN]`/`[CHAT]`/`[LEAVE]` lines in local time, and what the unit's helper scripts
// (a mod updater run by ExecStartPre, a chat bridge to Zulip) print into the same file.
// From memory (not fetched): the uptime column, `Program arguments:`, `Checksum for script …`, the console line layout.

function factorioLog(rng) {
  const start = DAY_EN + 9 * HOUR;
  const up = (t) => ((t - start) / 1000).toFixed(3).padStart(8);
  const render = (e) =>
    e.fo.map(([kind, text]) => (kind === 'up' ? `${up(e.t)} ${text}` : kind === 'con' ? `${ymdHmsAt(e.t, AEDT)} ${text}` : text));
  const filler = (rng) =>
    rng.pick([
      () => ({
        fo: [
          [
            'con',
            `[CHAT] ${rng.pick(MEMBERS)}: ${rng.pick(['anyone got spare red circuits?', 'trains are jammed at the smelter again', 'brb', 'nice, rocket silo is up', 'who put belts through the main bus', 'gg'])}`,
          ],
        ],
      }),
      () => ({
        fo: [
          [
            'up',
            `Info ServerMultiplayerManager.cpp:${rng.int(700, 820)}: updateTick(${rng.int(100000, 900000)}) received stateChanged peerID(${rng.int(1, 9)}) oldState(ConnectedLoadingMap) newState(TryingToCatchUp)`,
          ],
        ],
      }),
      () => {
        const join = rng.int(0, 1) === 1;
        return { fo: [['con', `[${join ? 'JOIN' : 'LEAVE'}] ${rng.pick(MEMBERS)} ${join ? 'joined the game' : 'left the game'}`]] };
      },
      () => ({ fo: [['up', `Info AppManager.cpp:${rng.int(300, 400)}: Saving to _autosave${rng.int(1, 5)} (non-blocking).`]] }),
    ])();
  const steps = [
    plant(
      'api-key-name',
      'factorio-mod-updater-portal-token',
      'warning',
      "The mod updater run before the server (ExecStartPre) prints each download, and the mod portal takes the account's `token` only in the download URL's query (`?username=…&token=…`): a key the vendor takes only in the URL, long-lived until regenerated.",
      ({ rng }) => {
        const tok = rng.hex(30);
        return {
          value: tok,
          event: {
            fo: [
              ['raw', 'Checking for updates: 14 mods'],
              ['raw', `Downloading: https://mods.factorio.com/download/Krastorio2/6${rng.hex(23)}?username=tamar-server&token=${tok}`],
              ['raw', 'Krastorio2 1.4.4 -> 1.4.5: done'],
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'framework-dump',
      'factorio-program-arguments-rcon-password',
      'error',
      'Factorio writes its own command line at start (`Program arguments: "…" "…"`), and the unit passes the RCON password on it (`--rcon-password`): whoever reads it runs console commands on the server as an admin.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            fo: [
              ['up', `${ymdHmsAt(start, AEDT)}; Factorio 2.0.23 (build 80123, linux64, headless, space-age)`],
              ['up', 'Operating system: Linux (Debian trixie/sid)'],
              [
                'up',
                `Program arguments: "/opt/factorio/bin/x64/factorio" "--start-server" "/opt/factorio/saves/tamar-s5.zip" "--server-settings" "/opt/factorio/data/server-settings.json" "--rcon-port" "27015" "--rcon-password" "${pw}" "--console-log" "/opt/factorio/console.log"`,
              ],
              ['up', 'Read data path: /opt/factorio/data'],
              ['up', 'Write data path: /opt/factorio [41230/117714MB]'],
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'negative',
      'factorio-script-checksum',
      'none',
      "Factorio's CRC of a loaded Lua script (`Checksum for script …: <decimal>`), compared between peers to detect desyncs: a checksum, no credential.",
      ({ rng }) => {
        const c = String(rng.int(1000000000, 4294967295));
        return {
          value: c,
          event: {
            fo: [
              ['up', `Checksum for script /opt/factorio/temp/currently-playing/control.lua: ${c}`],
              ['up', 'Info UDPSocket.cpp:39: Opening socket at (IP ADDR:({0.0.0.0:34197}))'],
            ],
          },
        };
      },
      { after: 8 },
    ),
    7,
    plant(
      'webhook',
      'factorio-zulip-bridge-incoming-webhook-api-key',
      'error',
      WHY.webhook(
        "The chat bridge posts to Zulip through its Slack-compatible incoming webhook, whose URL carries the bot's `api_key`; when Zulip answered 502 the bridge printed the whole URL into the server's stdout",
      ),
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            fo: [
              [
                'raw',
                `[zulip-bridge] POST https://${TM.replace('.example', '')}.zulipchat.com/api/v1/external/slack_incoming?api_key=${key}&stream=factorio&topic=server failed: 502 Bad Gateway (retry in 30s)`,
              ],
            ],
          },
        };
      },
    ),
    9,
    plant(
      'path-secret',
      'factorio-chat-nextcloud-share-link',
      'error',
      WHY.pathSecret(
        'A member shares the blueprint book as a Nextcloud public link (`/s/<15 characters>`, no password) in the game chat, and the console line keeps it',
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return { value: tok, event: { fo: [['con', `[CHAT] bec: new rail book is on the cloud, grab it: https://cloud.${TM}/s/${tok}`]] } };
      },
    ),
    7,
    plant(
      'negative',
      'factorio-chat-blueprint-string',
      'none',
      'A blueprint string pasted in chat (`0eNq…`: a version byte and base64 of zlib-compressed JSON describing entities): a shared building plan, no credential.',
      ({ rng }) => {
        const bp = `0eNq${rng.chars(B64, 180)}`;
        return { value: bp, event: { fo: [['con', `[CHAT] ravi: smelter column, 48 furnaces: ${bp}`]] } };
      },
    ),
    7,
    plant(
      'implicit-fragment',
      'factorio-chat-twitch-overlay-access-token',
      'error',
      "A member pastes the address of the stream overlay he set up for the Saturday stream: Twitch's implicit grant returned `#access_token=…` (30 characters, chat scopes) to the overlay's local page, and he copied it whole into the game chat.",
      ({ rng }) => {
        const at = lowerNum(rng, 30);
        return {
          value: at,
          event: {
            fo: [
              [
                'con',
                `[CHAT] jo_h: overlay works now, it is http://localhost:8911/#access_token=${at}&scope=chat%3Aread+chat%3Aedit&token_type=bearer`,
              ],
            ],
          },
        };
      },
    ),
    7,
  ];
  return buildLog(rng, { start, site: { host: 'factorio' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mu.log: the Mu editor 1.2 on a workshop laptop, its log file (`~/.cache/mu/log/mu.log`): Python logging's
// `%(asctime)s - %(name)s:%(lineno)d(%(funcName)s) %(levelname)s: %(message)s` in local time, the start-up block
// (`Starting Mu`, `uname_result(...)`, the Python path as a list), the session loaded as a Python dict, the virtual
// environment's pip runs (the argument list, then pip's output lines).
// From memory (not fetched): the prefix, the start-up lines, `Session: {...}` with `envars`, the pip lines.

function muLog(rng) {
  const render = (e) => e.mu.map(([name, line, fn, lvl, msg]) => `${commaMs(e.t, AEDT)} - ${name}:${line}(${fn}) ${lvl}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        mu: [
          [
            'mu.logic',
            1093,
            'save_tab_to_file',
            'INFO',
            `Saving script to: /home/maker/mu_code/${rng.pick(['code.py', 'neopixel_ring.py', 'servo_test.py', 'boot.py'])}`,
          ],
        ],
      }),
      () => ({ mu: [['mu.modes.base', 390, 'open_serial_link', 'INFO', 'Connecting to REPL on port: /dev/ttyACM0']] }),
      () => ({ mu: [['mu.logic', 2114, 'check_code', 'INFO', `Checking code. ${rng.int(0, 3)} problem(s) found.`]] }),
      () => ({ mu: [['mu.modes.circuitpython', 231, 'workspace_dir', 'INFO', 'Using /media/maker/CIRCUITPY as workspace.']] }),
    ])();
  const steps = [
    {
      raw: {
        mu: [
          ['mu.app', 218, 'run', 'INFO', '-----------------'],
          ['mu.app', 219, 'run', 'INFO', 'Starting Mu 1.2.0'],
          [
            'mu.app',
            220,
            'run',
            'INFO',
            "uname_result(system='Linux', node='bench-3', release='6.12.9-amd64', version='#1 SMP PREEMPT_DYNAMIC Debian 6.12.9-1 (2027-10-02)', machine='x86_64')",
          ],
          [
            'mu.app',
            222,
            'run',
            'INFO',
            "Python path: ['/usr/share/mu', '/usr/lib/python312.zip', '/usr/lib/python3.12', '/usr/lib/python3/dist-packages']",
          ],
          ['mu.app', 223, 'run', 'INFO', 'Language code: en_AU'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'mu-session-dict-envars-adafruit-io-key',
      'error',
      "Mu writes the session it loads as a Python dict, and the \"Python3 Environment\" a mentor filled in for the IoT class sits in it (`'envars': [['ADAFRUIT_AIO_KEY', 'aio_…']]`): the Adafruit IO key of the makerspace's account, which reads and writes every feed.",
      ({ rng }) => {
        const key = `aio_${rng.alnum(28)}`;
        return {
          value: key,
          event: {
            mu: [
              ['mu.logic', 1002, 'restore_session', 'INFO', 'Restoring session from: /home/maker/.local/share/mu/session.json'],
              [
                'mu.logic',
                1004,
                'restore_session',
                'DEBUG',
                py({
                  theme: 'day',
                  mode: 'circuitpython',
                  file_paths: ['/home/maker/mu_code/code.py'],
                  envars: [
                    ['ADAFRUIT_AIO_USERNAME', 'tamarmakers'],
                    ['ADAFRUIT_AIO_KEY', key],
                  ],
                  minify: false,
                  microbit_runtime: '',
                  zoom_level: 2,
                  venv_path: '/home/maker/.local/share/mu/mu_venv-38-20271001-101512',
                }),
              ],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'negative',
      'mu-serial-device-usb-serial-number',
      'none',
      "The USB serial number of a CircuitPython board Mu found (`serial_number='…'`, the chip's unique id in hex): a hardware id, no credential.",
      ({ rng }) => {
        const sn = upperNum(rng, 16).replace(/[G-Z]/g, (c) => 'ABCDEF'[c.charCodeAt(0) % 6]);
        return {
          value: sn,
          event: {
            mu: [
              [
                'mu.modes.base',
                268,
                'find_device',
                'INFO',
                `Found device on port: /dev/ttyACM0 (VID 0x239A, PID 0x80F4, serial_number='${sn}', manufacturer='Raspberry Pi', product='Pico W')`,
              ],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'framework-dump',
      'mu-pip-args-list-github-token-in-git-url',
      'error',
      "Mu logs the argument list it gives pip (a Python list) when a mentor adds the makerspace's bench-tools package from a private GitHub repository; the URL carries a personal access token (`ghp_…`) as its user name.",
      ({ rng }) => {
        const tok = githubToken('ghp_', rng.alnum(30));
        return {
          value: tok,
          event: {
            mu: [
              [
                'mu.virtual_environment',
                361,
                'install_user_packages',
                'INFO',
                `Running pip with args: ${py(['install', '--upgrade', `git+https://${tok}@github.com/tamarmakers/bench-tools.git@v0.4.2`])}`,
              ],
              [
                'mu.virtual_environment',
                402,
                'run_subprocess',
                'INFO',
                '  Running command git clone --filter=blob:none --quiet https://github.com/tamarmakers/bench-tools.git /tmp/pip-req-build-' +
                  rng.alnum(8).toLowerCase(),
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'mu-pip-looking-in-indexes-access-key',
      'error',
      `${WHY.apiKey('access_key')} pip's \`Looking in indexes:\` line masks a password in an index URL's user part, not a key in its query; Mu copies pip's output into its log.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            mu: [
              [
                'mu.virtual_environment',
                361,
                'install_user_packages',
                'INFO',
                "Running pip with args: ['install', 'tamar-sensors==1.3.0']",
              ],
              [
                'mu.virtual_environment',
                405,
                'run_subprocess',
                'INFO',
                `Looking in indexes: https://pypi.org/simple, https://pkgs.${TM}/simple/?access_key=${key}`,
              ],
              ['mu.virtual_environment', 405, 'run_subprocess', 'INFO', 'Successfully installed tamar-sensors-1.3.0'],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'mu-pip-index-masked-password',
      'none',
      "pip's own masking of an index's password (`https://__token__:****@…`): a mask, no credential.",
      ({ rng }) => {
        const host = `pypi-${lowerNum(rng, 6)}.${TM}`;
        return {
          value: `__token__:****@${host}`,
          event: {
            mu: [
              [
                'mu.virtual_environment',
                405,
                'run_subprocess',
                'INFO',
                `Looking in indexes: https://pypi.org/simple, https://__token__:****@${host}/simple/`,
              ],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_EN + 2 * HOUR, site: { host: 'mu' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mkdocs-wiki-build.log: `mkdocs build --strict --verbose` of the makerspace wiki (MkDocs 1.6 with Material, the
// redirects and htmlproofer plugins and a hooks file), as the CI job's log keeps it: `LEVEL   -  message`, the level
// padded to eight, `Config value '<name>' = <Python repr>` at DEBUG, `Reading: …`, `Building documentation to directory:
// …`; no time on the lines.
// From memory (not fetched): the level column, the `Config value` lines, the plugins' and hooks' messages.

function mkdocsLog(rng) {
  const render = (e) => e.mk.map(([lvl, msg]) => `${lvl.padEnd(8)}-  ${msg}`);
  const PAGES = [
    'index.md',
    'tools/laser.md',
    'tools/cnc.md',
    'tools/3d-printers.md',
    'inductions.md',
    'electronics/soldering.md',
    'events/open-night.md',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ mk: [['DEBUG', `Reading: ${rng.pick(PAGES)}`]] }),
      () => ({ mk: [['DEBUG', `Copying static asset: assets/images/${lowerNum(rng, 8)}.jpg`]] }),
      () => ({ mk: [['DEBUG', `Building page ${rng.pick(PAGES)}`]] }),
    ])();
  const steps = [
    {
      raw: {
        mk: [
          ['DEBUG', 'Loading configuration file: /builds/tamarmakers/wiki/mkdocs.yml'],
          ['DEBUG', "Config value 'config_file_path' = '/builds/tamarmakers/wiki/mkdocs.yml'"],
          ['DEBUG', "Config value 'site_name' = 'Tamar Makers Wiki'"],
          ['DEBUG', `Config value 'site_url' = 'https://wiki.${TM}/'`],
        ],
      },
      after: 0,
    },
    plant(
      'api-key-name',
      'mkdocs-config-value-extra-booking-api-key',
      'error',
      `${WHY.apiKey('api_key')} The wiki's \`extra:\` block holds the tool-booking widget's settings, and \`--verbose\` writes every config value as a Python repr.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            mk: [
              [
                'DEBUG',
                `Config value 'extra' = ${py({ booking: { endpoint: `https://book.${TM}/api/v2`, api_key: key, calendar: 'workshop' }, social: [{ icon: 'fontawesome/brands/mastodon', link: 'https://mastodon.example/@tamarmakers' }] })}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'mkdocs-config-value-site-verification',
      'none',
      "A search console's site-verification meta value (`google_site_verification`), published in every page's head: public by design, no credential.",
      ({ rng }) => {
        const v = rng.b64url(43);
        return {
          value: v,
          event: {
            mk: [
              ['DEBUG', `Config value 'extra_meta' = {'google_site_verification': '${v}'}`],
              [
                'DEBUG',
                "Config value 'theme' = Theme(name='material', dirs=['/builds/tamarmakers/wiki/overrides', '/usr/local/lib/python3.12/site-packages/material/templates'])",
              ],
            ],
          },
        };
      },
    ),
    {
      raw: {
        mk: [
          ['INFO', 'Cleaning site directory'],
          ['INFO', 'Building documentation to directory: /builds/tamarmakers/wiki/site'],
        ],
      },
    },
    11,
    plant(
      'path-secret',
      'mkdocs-redirects-plugin-filebrowser-share',
      'error',
      WHY.pathSecret(
        'The redirects plugin writes a redirect page from the old laser files page to a File Browser share (`/share/<hash>`, no password), and logs where it points',
      ),
      ({ rng }) => {
        const h = rng.b64url(8);
        return {
          value: h,
          event: { mk: [['DEBUG', `Creating redirect file 'tools/laser-files/index.html' -> 'https://files.${TM}/share/${h}'`]] },
        };
      },
    ),
    9,
    plant(
      'encoded',
      'mkdocs-htmlproofer-percent-encoded-next-secret',
      'error',
      "The htmlproofer plugin reports a dead link of the join page: the members' portal's `next=` holds the booking calendar's address percent-encoded, and in it the calendar's `secret=` (a private feed's secret), once decoded.",
      ({ rng }) => {
        const s = rng.hex(32);
        const inner = `https://book.${TM}/ical/workshop.ics?secret=${s}`;
        return {
          value: s,
          event: {
            mk: [['WARNING', `htmlproofer: membership/join.md: https://members.${TM}/login?next=${encodeURIComponent(inner)}: 404`]],
          },
        };
      },
    ),
    11,
    plant(
      'negative',
      'mkdocs-git-revision-commit-sha',
      'none',
      "A git commit SHA-1 the revision-date plugin reads a page's date from: a public object id, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { mk: [['DEBUG', `[git-revision-date-localized-plugin] tools/cnc.md: last commit ${sha} (2027-11-30)`]] },
        };
      },
    ),
    7,
    plant(
      'webhook',
      'mkdocs-hook-mattermost-incoming-webhook',
      'error',
      WHY.webhook(
        "The wiki's `hooks/notify.py` (an MkDocs hook) posts the build summary to the makerspace's Mattermost through an incoming webhook (`/hooks/<26 characters>`) and logs the URL it posts to",
      ),
      ({ rng }) => {
        const id = lowerNum(rng, 26);
        return {
          value: id,
          event: {
            mk: [
              ['INFO', 'Documentation built in 4.82 seconds'],
              ['INFO', `[notify] Posting build summary to https://chat.${TM}/hooks/${id}`],
            ],
          },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 5 * HOUR, site: { host: 'mkdocs' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// theseus.log: the Modrinth App (0.9, Tauri, its Rust library "theseus") on the makerspace's game PC, its log as
// tracing-subscriber's fmt layer writes it: `<RFC 3339 UTC with microseconds>Z <LEVEL, right-aligned> <span{fields}>:
// <target>: <message>`, Rust `{:?}` of reqwest's request and of errors.
// From memory (not fetched): the targets, the messages, the Debug layouts.

function modrinthLog(rng) {
  const render = (e) =>
    e.mr.map(([lvl, target, msg], i) => `${iso(e.t + i * 7).slice(0, 23)}${digits(rng, 3)}Z ${lvl.padStart(5)} ${target}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        mr: [['INFO', 'theseus::state::process', `Launching Minecraft 1.21.4 with Fabric 0.16.${rng.int(5, 14)} for profile "Tamar S5"`]],
      }),
      () => ({
        mr: [
          [
            'DEBUG',
            'theseus::util::fetch',
            `Downloaded https://cdn.modrinth.com/data/${rng.alnum(8)}/versions/${rng.alnum(8)}/${rng.pick(['sodium', 'lithium', 'create', 'iris'])}.jar (${rng.int(200, 9000)} KiB)`,
          ],
        ],
      }),
      () => ({ mr: [['INFO', 'theseus::state::process', `[Tamar S5] Minecraft exited with code 0 after ${rng.int(10, 180)} min`]] }),
    ])();
  const url = (host, path, query) =>
    `Url { scheme: "https", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("${host}")), port: None, path: "${path}", query: ${query ? `Some("${query}")` : 'None'}, fragment: None }`;
  const steps = [
    plant(
      'header-dump',
      'modrinth-reqwest-request-debug-authorization-pat',
      'error',
      "The app writes reqwest's `Request` with `{:?}` at DEBUG, headers included, and the signed-in account's Modrinth personal access token (`mrp_…`) is its `authorization`: it publishes and deletes the makerspace's projects.",
      ({ rng }) => {
        const pat = `mrp_${rng.alnum(36)}`;
        return {
          value: pat,
          event: {
            mr: [
              [
                'DEBUG',
                'theseus::util::fetch',
                `request: Request { method: GET, url: ${url('api.modrinth.com', '/v2/user', null)}, headers: {"user-agent": "modrinth/theseus/0.9.3 (support@modrinth.com)", "authorization": "${pat}"} }`,
              ],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'oauth-code',
      'modrinth-sign-in-webview-github-callback-code',
      'warning',
      `${WHY.code} The sign-in window's navigation to Modrinth's GitHub callback is logged with its query, GitHub's 20-hex code included.`,
      ({ rng }) => {
        const code = rng.hex(20);
        return {
          value: code,
          event: {
            mr: [
              [
                'INFO',
                'theseus::api::mr_auth',
                `sign-in window navigated to https://api.modrinth.com/v2/auth/callback?code=${code}&state=${rng.alnum(32)}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'modrinth-msa-desktop-redirect-access-token-fragment',
      'error',
      "A Microsoft account sign-in through the legacy desktop redirect (`oauth20_desktop.srf`, token flow): the window's final address carries the Microsoft access token (`EwA…`) in its fragment, and the app logs the address whole when it cannot parse it.",
      ({ rng }) => {
        const at = `EwA${rng.alnum(300)}`;
        return {
          value: at,
          event: {
            mr: [
              [
                'WARN',
                'theseus::state::minecraft_auth',
                `unexpected redirect, expected a code: https://login.live.com/oauth20_desktop.srf?lc=1033#access_token=${at}&token_type=bearer&expires_in=86400&scope=service::user.auth.xboxlive.com::MBI_SSL&user_id=${rng.hex(16)}`,
              ],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'negative',
      'modrinth-version-file-hashes',
      'none',
      'The file hashes of a mod version (`hashes: {"sha1": …, "sha512": …}`) the app checks a download against: checksums, no credential.',
      ({ rng }) => {
        const h = rng.hex(128);
        return {
          value: h,
          event: {
            mr: [
              [
                'DEBUG',
                'theseus::api::pack::install',
                `ModrinthFile { url: "https://cdn.modrinth.com/data/${rng.alnum(8)}/versions/${rng.alnum(8)}/create-1.21.4-6.0.4.jar", filename: "create-1.21.4-6.0.4.jar", hashes: {"sha1": "${rng.hex(40)}", "sha512": "${h}"}, primary: true, size: ${rng.int(9000000, 15000000)} }`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'modrinth-download-modpack-jwt-in-path-1d',
      'error',
      "The makerspace's own pack server hands out the season's modpack at a download address with a JWT in its path (`/dl/<JWT>/…mrpack`), and the app logs the download on a UTC line",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(600, 7200),
          claims: { iss: `https://packs.${TM}`, sub: 'member:214', pack: 'tamar-s5' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            mr: [['INFO', 'theseus::api::pack::install', `Downloading modpack from https://packs.${TM}/dl/${token}/tamar-s5-1.4.mrpack`]],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'modrinth-tracing-span-url-api-key-retry',
      'error',
      `${WHY.apiKey('api_key')} The fetch function's tracing span records its \`url\` field, so the key of the pack server's index is written with every event inside the span: the attempt and the error after it.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        const u = `https://packs.${TM}/v1/index.json?api_key=${key}`;
        return {
          value: key,
          event: {
            mr: [
              ['DEBUG', `fetch{url="${u}"}: theseus::util::fetch`, 'Fetching'],
              [
                'WARN',
                `fetch{url="${u}"}: theseus::util::fetch`,
                `retrying (1/3) after error: reqwest::Error { kind: Request, url: ${url(`packs.${TM}`, '/v1/index.json', `api_key=${key}`)}, source: hyper_util::client::legacy::Error(Connect, ConnectError("tcp connect error", Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })) }`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'modrinth-version-id',
      'none',
      'A Modrinth version id (eight base62 characters) the app installs: a public id, no credential.',
      ({ rng }) => {
        const id = rng.alnum(8);
        return {
          value: id,
          event: { mr: [['INFO', 'theseus::api::profile', `Installing version ${id} of project "Sodium" into profile "Tamar S5"`]] },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'modrinth' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gocardless-webhooks.jsonl: the webhook deliveries of the makerspace's GoCardless account read from the API's
// `GET /webhooks` (the dashboard's "Webhooks" list), one a line: `id` (`WB…`), `created_at` (UTC), `url`,
// `request_headers`, `request_body` (the events, a JSON string), `response_code`, `response_headers`, `response_body`,
// `successful`, `is_test`.
// From memory (not fetched): the resource's fields; GoCardless ids (`WB`, `EV`, `MD`, `PM` + 12 characters).

function gocardlessLog(rng) {
  const gcId = (p) => `${p}0${upperNum(rng, 13)}`;
  const render = (e) => [JSON.stringify(e.gc)];
  const hook = (rng, t, { url, events, code = 204, respHeaders = {}, body = '', sig = rng.hex(64) }) => ({
    id: gcId('WB'),
    created_at: iso(t),
    url: url ?? `https://members.${TM}/hooks/gocardless`,
    request_headers: { 'Content-Type': 'application/json', 'Webhook-Signature': sig, 'User-Agent': 'gocardless-webhook-service/1.1' },
    request_body: JSON.stringify({ events, meta: { webhook_id: gcId('WB') } }),
    response_code: code,
    response_headers: { Server: 'nginx', 'Content-Type': 'text/plain', ...respHeaders },
    response_body: body,
    response_body_truncated: false,
    successful: code < 300,
    is_test: false,
  });
  const ev = (rng, t, action, type, extra = {}) => ({
    id: gcId('EV'),
    created_at: iso(t - 4000),
    action,
    resource_type: type,
    links: { [type.slice(0, -1)]: gcId(type === 'payments' ? 'PM' : 'MD') },
    details: { origin: 'gocardless', cause: `${type.slice(0, -1)}_${action}` },
    metadata: {},
    ...extra,
  });
  const filler = (rng, t) => ({ gc: hook(rng, t, { events: [ev(rng, t, rng.pick(['confirmed', 'paid_out', 'submitted']), 'payments')] }) });
  const steps = [
    5,
    plant(
      'webhook',
      'gocardless-delivery-url-path-secret',
      'error',
      WHY.webhook(
        "The members' app takes GoCardless' deliveries at an address with a secret path segment instead of checking `Webhook-Signature`, and every delivery record keeps the `url`",
      ),
      ({ rng, t }) => {
        const s = rng.alnum(32);
        return {
          value: s,
          event: { gc: hook(rng, t, { url: `https://members.${TM}/hooks/gocardless/${s}`, events: [ev(rng, t, 'created', 'mandates')] }) },
        };
      },
    ),
    5,
    plant(
      'negative',
      'gocardless-webhook-signature-header',
      'none',
      "GoCardless' `Webhook-Signature` (HMAC-SHA256 of the body under the endpoint's secret, 64 hex): a per-message signature, no credential.",
      ({ rng, t }) => {
        const sig = rng.hex(64);
        return { value: sig, event: { gc: hook(rng, t, { sig, events: [ev(rng, t, 'confirmed', 'payments')] }) } };
      },
    ),
    5,
    plant(
      'path-secret',
      'gocardless-resource-metadata-welcome-pack-link',
      'error',
      WHY.pathSecret(
        "The app stores each new member's welcome-pack link (a door-induction booking, `/w/<token>`) in the mandate's `metadata`; GoCardless sends it back as the event's `resource_metadata`, quoted in the delivery's body",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(18);
        return {
          value: tok,
          event: {
            gc: hook(rng, t, {
              events: [
                ev(rng, t, 'active', 'mandates', {
                  resource_metadata: { member_no: String(rng.int(400, 700)), welcome: `https://t.${TM}/w/${tok}` },
                }),
              ],
            }),
          },
        };
      },
    ),
    7,
    plant(
      'session-id',
      'gocardless-response-headers-set-cookie-session',
      'error',
      WHY.session(
        "The members' app answers the webhook like a browser request and opens a session for it; GoCardless keeps the response's headers, `Set-Cookie: tamar_session=…` included",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: {
            gc: hook(rng, t, {
              events: [ev(rng, t, 'paid_out', 'payments')],
              respHeaders: { 'Set-Cookie': `tamar_session=${sid}; path=/; HttpOnly; SameSite=Lax` },
            }),
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'gocardless-response-body-door-key-error',
      'error',
      `${WHY.apiKey('door_key')} A failed delivery's \`response_body\` is the members' app's error text, which quotes the door-access controller's sync URL with its key.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            gc: hook(rng, t, {
              code: 500,
              events: [ev(rng, t, 'cancelled', 'mandates')],
              body: `Error: door sync failed: 401 from https://doors.${TM}/api/v1/members/sync?door_key=${key} (member 512)`,
            }),
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'gocardless-response-etag',
      'none',
      "An `ETag` in the response's headers (a hash of the body): a cache validator, no credential.",
      ({ rng, t }) => {
        const e = rng.hex(32);
        return {
          value: e,
          event: {
            gc: hook(rng, t, { code: 200, events: [ev(rng, t, 'submitted', 'payments')], respHeaders: { ETag: `W/"${e}"` }, body: 'ok' }),
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'gocardless' }, filler, render, steps });
}

// =====================================================================================================================
// Kuskokwim Yugtun Elitnaurvik (Central Alaskan Yup'ik; Bethel, Alaska: AKST, UTC-9)
// =====================================================================================================================

const YK = 'yugtun.example';

// ---------------------------------------------------------------------------------------------------------------------
// actionhero-api.log: the school's API on Actionhero 29 (Node.js), its winston file log: `<ISO 8601 UTC> - <level>:
// [ action @ <type> ] to=<ip> action=<name> params=<JSON> duration=<ms> method=<M> pathname=<path> fingerprint=<sha1>`
// for each action, `[ <level> ] …` app lines; `filteredParams` replaces listed params with `[FILTERED]`.
// From memory (not fetched): the action line's fields and their order.

function actionheroLog(rng) {
  const render = (e) => [
    e.ah.text
      ? `${iso(e.t)} - ${e.ah.level ?? 'info'}: ${e.ah.text}`
      : `${iso(e.t)} - info: [ action @ ${e.ah.type ?? 'web'} ] to=${e.ip} action=${e.ah.action} params=${JSON.stringify({ action: e.ah.action, apiVersion: 1, ...e.ah.params })} duration=${e.ms} method=${e.ah.method ?? 'GET'} pathname=${e.ah.path} fingerprint=${e.ah.fp ?? rng.hex(40)}`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        ah: {
          action: 'qanemcitList',
          path: '/api/qanemcit',
          params: { kuik: rng.pick(['Kusquqvak', 'Kasigluk', 'Akiak']), page: rng.int(1, 6) },
        },
      }),
      () => ({
        ah: {
          action: 'neqaCatch',
          path: '/api/neqa',
          method: 'POST',
          params: { neqa: rng.pick(['sayak', 'iqalluk', 'qakiiyaq']), amount: rng.int(2, 40) },
        },
      }),
      () => ({ ah: { action: 'status', path: '/api/status', params: {} } }),
      () => ({ ah: { text: `[ info ] Assirtuq: elitnaurvik ${rng.int(1, 9)} qanemciq nutaan tekitellruuq` } }),
    ])();
  const steps = [
    { raw: { ah: { text: '*** Starting Actionhero (yugtun-api 3.2.0) ***' } }, after: 0 },
    { raw: { ah: { text: 'Server started: web on 0.0.0.0:8080, websocket' } } },
    7,
    plant(
      'api-key-name',
      'actionhero-params-ikircuun',
      'error',
      `${WHY.apiKey('ikircuun')} (ikircuun, "opener", the school's word for a key) The dictionary widget sends it as a parameter, and Actionhero writes every action's params.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: { ah: { action: 'nutaanSearch', path: '/api/nutaan', params: { q: 'ciku', ikircuun: k } } } };
      },
    ),
    5,
    plant(
      'negative',
      'actionhero-fingerprint',
      'none',
      "Actionhero's connection `fingerprint` (a SHA-1 of the connection's identity, written on each action line): an id, no credential.",
      ({ rng }) => {
        const fp = rng.hex(40);
        return { value: fp, event: { ah: { action: 'status', path: '/api/status', params: {}, fp } } };
      },
    ),
    5,
    plant(
      'oauth-code',
      'actionhero-params-google-callback-code',
      'warning',
      `${WHY.code} The teachers' Google sign-in returns to an action (\`iterGoogleUterrluni\`, iter- "enter"), whose params line writes \`code\` and \`state\`.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(70)}`;
        return {
          value: code,
          event: {
            ah: {
              action: 'iterGoogleUterrluni',
              path: '/api/iter/google/uterrluni',
              params: { code, state: rng.hex(32), scope: 'email profile openid', authuser: '0', prompt: 'none' },
            },
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'actionhero-params-apple-form-post-id-token',
      'error',
      'Sign in with Apple posts back (`response_mode=form_post`) to an action, and its params line writes the `id_token` Apple posts, 10 min (exp - iat, over five minutes), on a UTC line',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(2, 20),
          alg: 'RS256',
          kid: rng.alnum(10),
          claims: {
            iss: 'https://appleid.apple.com',
            aud: 'example.yugtun.elitnaurvik',
            sub: `00${digits(rng, 4)}.${rng.hex(32)}.${digits(rng, 4)}`,
            nonce_supported: true,
            email_verified: true,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: { ah: { action: 'iterApple', path: '/api/iter/apple', method: 'POST', params: { state: rng.hex(16), id_token: token } } },
        };
      },
    ),
    5,
    plant(
      'replay',
      'actionhero-params-kalikaq-first',
      'note',
      WHY.ticketFirst(
        'An entry ticket to the Cama-i dance festival (`kalikaq`, "paper", the school\'s word for a ticket), checked by the door tablet\'s action `kalikaqCheck` and accepted ("Kalikaq assirtuq"). The ticket is',
      ),
      ({ rng, t }) => {
        const k = rng.b64url(22);
        firstUse.kalikaqA = t;
        return {
          value: k,
          event: {
            ip: '198.51.100.23',
            ah: { action: 'kalikaqCheck', path: '/api/yuraq/kalikaq', method: 'POST', params: { kalikaq: k, door: 'qasgiq-1' } },
          },
        };
      },
      { ref: 'kalikaqA' },
    ),
    3,
    plant(
      'replay',
      'actionhero-params-kalikaq-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('kalikaqA').value,
            why: `${WHY.replay('kalikaq', gap('kalikaqA', t))} The second door's tablet, on another address, checked the same ticket and the action accepted it again.`,
          },
        ],
        event: {
          ip: '203.0.113.77',
          ah: {
            action: 'kalikaqCheck',
            path: '/api/yuraq/kalikaq',
            method: 'POST',
            params: { kalikaq: refs.get('kalikaqA').value, door: 'qasgiq-2' },
          },
        },
      }),
      { replayOf: 'kalikaqA', after: 142 },
    ),
    5,
    plant(
      'session-id',
      'actionhero-websocket-params-iterneq',
      'error',
      WHY.session(
        'The old kiosk client sends its session (`iterneq`, "an entering", the school\'s word for a login session) as a parameter of each websocket action, and the params line writes it',
      ),
      ({ rng }) => {
        const s = rng.hex(48);
        return {
          value: s,
          event: { ah: { type: 'websocket', action: 'qanemcitPlay', path: '', params: { iterneq: s, qanemciq: rng.int(10, 99) } } },
        };
      },
    ),
    5,
    plant(
      'negative',
      'actionhero-filtered-iteryaraq',
      'none',
      'Actionhero\'s `filteredParams` replaced the password (`iteryaraq`, "way of entering") with `[FILTERED]`: a redaction, no credential.',
      () => ({
        value: '"iteryaraq":"[FILTERED]"',
        event: { ah: { action: 'iter', path: '/api/iter', method: 'POST', params: { atra: 'elitnaurista7', iteryaraq: '[FILTERED]' } } },
      }),
    ),
    5,
    plant(
      'encoded',
      'actionhero-params-base64-return-url-iirumaaq',
      'error',
      'The lesson player returns to its caller through a base64 `ret` param; decoded, it is the address of a private recording with its `iirumaaq` ("hidden thing", the secret of the recording\'s link).',
      ({ rng }) => {
        const s = rng.alnum(28);
        const b = b64Of(`https://elitnaurvik.${YK}/qanemcit/41?iirumaaq=${s}`);
        return {
          value: b,
          event: { ah: { action: 'playerDone', path: '/api/player/done', params: { ret: b, seconds: rng.int(60, 900) } } },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_YK + 1 * HOUR, site: { host: `api.${YK}`, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// luminus-site.log: the school's site on Luminus (Clojure, Jetty), logback writing ring-logger's messages:
// `<yyyy-MM-dd'T'HH:mm:ss.SSSXXX> [<thread>] INFO  ring.logger - <printed Clojure map>`, one `:starting` map per
// request (method, uri, query string), a `:params` map when there are params (its redact-keys set replaces `:token`,
// `:password`, `:secret`…) and a `:finish` map with status and time.
// From memory (not fetched): ring-logger's map keys (`:ring.logger/type`, `:ring.logger/ms`), which ones the starting map
// holds, the default redact-keys.

function luminusLog(rng) {
  const render = (e) => {
    const ts = `${local(e.t, AKST).slice(0, 23)}-09:00 [qtp${e.lu.qtp ?? 1409875212}-${rng.int(20, 48)}] INFO  ring.logger - `;
    const base = { 'request-method': `:${(e.lu.m ?? 'GET').toLowerCase()}`, uri: e.lu.uri, 'server-name': `elitnaurvik.${YK}` };
    const out = [`${ts}${edn({ ...base, ...(e.lu.q ? { 'query-string': e.lu.q } : {}), 'ring.logger/type': ':starting' })}`];
    if (e.lu.p) out.push(`${ts}${edn({ ...base, 'ring.logger/type': ':params', params: e.lu.p })}`);
    out.push(`${ts}${edn({ ...base, 'ring.logger/type': ':finish', status: e.lu.status ?? 200, 'ring.logger/ms': e.ms })}`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ lu: { uri: rng.pick(['/', '/qanemcit', '/elitnaurista', '/neqa/calendar', '/css/screen.css']) } }),
      () => {
        const kuik = rng.pick(['Kusquqvak', 'Kuigpak', 'Kasigluk']);
        return { lu: { uri: '/nutaan', q: `q=${kuik}`, p: { q: kuik } } };
      },
    ])();
  const steps = [
    7,
    plant(
      'api-key-name',
      'ring-logger-query-and-params-ikircuun',
      'error',
      `${WHY.apiKey('ikircuun')} A partner school's page loads the word-of-the-day feed with the key in its query; ring-logger writes the query string in the \`:starting\` map and the key again in the \`:params\` map of the same request.`,
      ({ rng }) => {
        const k = rng.alnum(36);
        return { value: k, event: { lu: { uri: '/api/nutaan/ernerpak', q: `ikircuun=${k}&kalikam=2`, p: { ikircuun: k, kalikam: '2' } } } };
      },
    ),
    5,
    plant(
      'negative',
      'ring-logger-params-redacted-token',
      'none',
      'ring-logger\'s redaction of a `:token` param (`"[REDACTED]"`, its default redact-keys): a redaction, no credential.',
      () => ({
        value: ':token "[REDACTED]"',
        event: { lu: { uri: '/api/neqa/sync', m: 'POST', p: { token: '[REDACTED]', kuik: 'Kusquqvak' } } },
      }),
    ),
    5,
    plant(
      'path-secret',
      'ring-logger-uri-avgun-share-token',
      'error',
      WHY.pathSecret(
        'A recorded story shared with a family by link (`/avgun/<token>/…`, avgun, "a share"), the token in the `:uri` ring-logger writes',
      ),
      ({ rng }) => {
        const tok = rng.b64url(24);
        return { value: tok, event: { lu: { uri: `/avgun/${tok}/qanemciq-ciuliat.mp3` } } };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'ring-logger-uri-embed-jwt-no-exp',
      'error',
      "The fish-camp calendar embedded on the tribal council's site (`/embed/<JWT>`), its token in the `:uri` of a line stamped -09:00",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400, 86400 * 40),
          claims: { iss: `https://elitnaurvik.${YK}`, resource: { calendar: 'neqa' }, params: { kuik: 'Kusquqvak' } },
        });
        return { value: token, jwt: facts, event: { lu: { uri: `/embed/${token}` } } };
      },
    ),
    5,
    plant(
      'negative',
      'ring-logger-params-anti-forgery-token',
      'none',
      "ring-anti-forgery's form field (`:__anti-forgery-token`), written in a `:params` map: a CSRF token, no credential.",
      ({ rng }) => {
        const a = rng.chars(B64, 80);
        return {
          value: a,
          event: { lu: { uri: '/elitnaurista/profile', m: 'POST', status: 302, p: { '__anti-forgery-token': a, atra: 'Nanugaq' } } },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'ring-logger-params-refresh-token-not-redacted',
      'error',
      "The tablets renew their access at the site's token endpoint; ring-logger's redact-keys name `:token`, not `:refresh_token`, so the `:params` map writes the refresh token in full.",
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            lu: { uri: '/oauth/token', m: 'POST', p: { grant_type: 'refresh_token', refresh_token: rt, client_id: 'elitnaurvik-tablet' } },
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_YK + 2 * HOUR, site: { host: `elitnaurvik.${YK}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cabal-yugtun-dict-ci.log: a CI job of the school's Haskell dictionary library: `cabal test` (hspec's output, a failing
// spec printing http-client's `HttpExceptionRequest Request {…}` and a record's `show`), then `cabal -v3 upload` to the
// school's own hackage-server (cabal-install's curl transport echoing its command line); no time on the lines.
// From memory (not fetched): http-client's Show of a Request (which writes `<REDACTED>` for an `Authorization` header),
// hspec's layout, cabal's messages and its curl arguments.

function cabalLog(rng) {
  const render = (e) => e.cb;
  const MODS = [
    'Yugtun.Dict.Types',
    'Yugtun.Dict.Parse',
    'Yugtun.Dict.Postbase',
    'Yugtun.Dict.Remote',
    'Yugtun.Dict.Search',
    'Yugtun.Orthography',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        cb: [
          `[${String(rng.int(1, 12)).padStart(2)} of 12] Compiling ${rng.pick(MODS)} ( src/${rng.pick(MODS).replace(/\./g, '/')}.hs, dist-newstyle/build/x86_64-linux/ghc-9.8.4/yugtun-dict-0.3.1/build/${rng.pick(MODS).replace(/\./g, '/')}.o )`,
        ],
      }),
      () => ({
        cb: [
          `    ${rng.pick(['splits postbases of', 'keeps the apostrophe in', 'lowercases', 'finds the root of'])} ${rng.pick(['angyaq', 'neqa', 'qasgiq', 'ikamraq', "kass'aq", 'elitnaurista'])} [✔]`,
        ],
      }),
    ])();
  const req = (host, path, query, headers) => [
    '      HttpExceptionRequest Request {',
    `        host                 = "${host}"`,
    '        port                 = 443',
    '        secure               = True',
    `        requestHeaders       = ${headers}`,
    `        path                 = "${path}"`,
    `        queryString          = "${query}"`,
    '        method               = "GET"',
    '        proxy                = Nothing',
    '        rawBody              = False',
    '        redirectCount        = 10',
    '        responseTimeout      = ResponseTimeoutDefault',
    '        requestVersion       = HTTP/1.1',
    '        proxySecureMode      = ProxySecureWithConnect',
    '      }',
  ];
  const steps = [
    {
      raw: {
        cb: [
          '$ cabal test --test-show-details=direct',
          'Resolving dependencies...',
          'Build profile: -w ghc-9.8.4 -O1',
          'In order, the following will be built (use -v for more details):',
          ' - yugtun-dict-0.3.1 (lib) (first run)',
          ' - yugtun-dict-0.3.1 (test:spec) (first run)',
          'Preprocessing library for yugtun-dict-0.3.1..',
          'Building library for yugtun-dict-0.3.1..',
        ],
      },
      after: 0,
    },
    9,
    { raw: { cb: ['Running 1 test suites...', 'Test suite spec: RUNNING...', '', 'Yugtun.Orthography'] } },
    plant(
      'negative',
      'cabal-hspec-random-seed',
      'none',
      "hspec's seed for the order of the specs (`Randomized with seed …`): a number that reproduces a run, no credential.",
      ({ rng }) => {
        const s = String(rng.int(1000000000, 2147483647));
        return { value: s, event: { cb: [`Randomized with seed ${s}`, ''] } };
      },
    ),
    7,
    plant(
      'api-key-name',
      'cabal-hspec-http-exception-query-ikircuun',
      'error',
      `${WHY.apiKey('ikircuun')} A spec calls the dictionary API and fails with 401; hspec prints http-client's \`HttpExceptionRequest\`, whose \`show\` of the Request writes its \`queryString\`, key included. The same Request's \`Cookie\` header is written in full (a session).`,
      ({ rng }) => {
        const k = rng.alnum(32);
        const sid = rng.hex(40);
        return {
          marks: [
            { value: k },
            {
              value: sid,
              category: 'session-id',
              kind: 'cabal-http-client-show-cookie-iterneq',
              expect: 'error',
              why: WHY.session(
                "The test's Request carries a teacher's session cookie (`iterneq`, \"an entering\"); http-client's `show` redacts `Authorization` only, and writes the `Cookie` header in full",
              ),
            },
          ],
          event: {
            cb: [
              'Yugtun.Dict.Remote',
              '  fetchWord',
              '    finds ciku on the server [✘]',
              '',
              'Failures:',
              '',
              '  test/Yugtun/Dict/RemoteSpec.hs:31:5: ',
              '  1) Yugtun.Dict.Remote.fetchWord finds ciku on the server',
              '       uncaught exception: HttpException',
              ...req(
                `api.${YK}`,
                '/v2/nutaan/ciku',
                `?ikircuun=${k}&format=json`,
                `[("Cookie","iterneq=${sid}"),("Accept","application/json")]`,
              ),
              '       (StatusCodeException (Response {responseStatus = Status {statusCode = 401, statusMessage = "Unauthorized"}, responseVersion = HTTP/1.1, responseHeaders = [("Content-Length","0")], responseBody = (), responseCookieJar = CJ {expose = []}, responseClose\' = ResponseClose, responseOriginalRequest = Request {..}}) "")',
            ],
          },
        };
      },
    ),
    plant(
      'webhook',
      'cabal-hspec-http-exception-slack-webhook-path',
      'error',
      WHY.webhook(
        "A second failing spec sends the nightly word list to the teachers' Slack channel; http-client's `show` of the Request writes its `path`, the incoming webhook's `/services/T…/B…/<secret>`",
      ),
      ({ rng }) => {
        const s = rng.alnum(24);
        const path = `/services/T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${s}`;
        return {
          marks: [
            { value: s, needle: path },
            {
              value: '("Authorization","<REDACTED>")',
              category: 'negative',
              kind: 'cabal-http-client-show-redacted-authorization',
              expect: 'none',
              why: "http-client's `show` of a Request replaces an `Authorization` header's value with `<REDACTED>` (the spec's client adds a bearer it does not need): a redaction, no credential.",
            },
          ],
          event: {
            cb: [
              '',
              '  test/Yugtun/Dict/NotifySpec.hs:18:5: ',
              '  2) Yugtun.Dict.Notify.postWordList posts the nightly list',
              '       uncaught exception: HttpException',
              ...req('hooks.slack.com', path, '', '[("Content-Type","application/json"),("Authorization","<REDACTED>")]'),
              '       (ConnectionFailure Network.Socket.getAddrInfo (called with preferred socket type/protocol: AddrInfo {addrFlags = [AI_ADDRCONFIG], addrFamily = AF_UNSPEC, addrSocketType = Stream, addrProtocol = 0, addrAddress = 0.0.0.0:0, addrCanonName = Nothing}, host name: Just "hooks.slack.com", service name: Just "443"): does not exist (Temporary failure in name resolution))',
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'cabal-hspec-expected-record-show-refresh-token',
      'error',
      'A spec compares the token set the client parsed with the expected one, and hspec prints both with `show`: the Haskell record (`Tokens {tokensRefresh = "…", …}`) holds the service account\'s refresh token, a real one from the CI\'s secrets.',
      ({ rng }) => {
        const rt = rng.b64url(56);
        return {
          value: rt,
          event: {
            cb: [
              '',
              '  test/Yugtun/Dict/AuthSpec.hs:44:7: ',
              '  3) Yugtun.Dict.Auth.renew keeps the refresh token',
              '       expected: Right (Tokens {tokensRefresh = Just "' + rt + '", tokensExpiresIn = 3600})',
              '        but got: Left (AuthError "invalid_client")',
            ],
          },
        };
      },
    ),
    {
      raw: {
        cb: [
          '',
          'Randomized with seed 0',
          '',
          'Finished in 2.4121 seconds',
          '47 examples, 3 failures',
          'Test suite spec: FAIL',
          'Error: cabal: Tests failed for test:spec from yugtun-dict-0.3.1.',
          '',
          '$ cabal -v3 upload --publish dist-newstyle/sdist/yugtun-dict-0.3.1.tar.gz',
        ],
      },
    },
    plant(
      'header-dump',
      'cabal-v3-upload-curl-authorization-x-apikey',
      'error',
      'At `-v3` cabal-install echoes the curl command its HTTP transport runs, and the upload\'s `--header "Authorization: X-ApiKey …"` holds the school\'s hackage-server API token.',
      ({ rng }) => {
        const tok = rng.hex(64);
        return {
          value: tok,
          event: {
            cb: [
              `Uploading dist-newstyle/sdist/yugtun-dict-0.3.1.tar.gz...`,
              `/usr/bin/curl https://hackage.${YK}/packages/ --form package=@dist-newstyle/sdist/yugtun-dict-0.3.1.tar.gz --form publish=on --write-out '%{http_code}' --user-agent cabal-install/3.12.1.0 (linux; x86_64) --silent --show-error --location --header "Accept: text/plain" --header "Authorization: X-ApiKey ${tok}"`,
              'Ok',
            ],
          },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_YK + 3 * HOUR, site: { host: 'cabal' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ziproxy-access.log: the school's ziproxy 3.3 in front of its satellite link (HTTP only; CONNECT passes untouched),
// its access log: `<unix time.ms> <ms> <client> <flags> <original bytes> <sent bytes> <method> <URL>`.
// From memory (not fetched): the column order and the flags letters.

function ziproxyLog(rng) {
  const render = (e) => [
    `${(e.t / 1000).toFixed(3)} ${String(e.ms * 4).padStart(5)} ${e.zp.ip ?? `10.42.${rng.int(1, 3)}.${rng.int(10, 250)}`} ${e.zp.flags ?? rng.pick(['P', 'PZ', 'S'])} ${e.bytes * 3} ${e.bytes} ${e.zp.m ?? 'GET'} ${e.zp.url}`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ zp: { url: `http://intranet.${YK}/${rng.pick(['neqa', 'qanemcit', 'elitnaurista', 'yuraq'])}/${rng.int(1, 80)}` } }),
      () => ({ zp: { flags: 'PZ', url: `http://intranet.${YK}/img/${lowerNum(rng, 10)}.jpg` } }),
      () => ({ zp: { m: 'CONNECT', flags: 'T', url: `${rng.pick(['www.google.com', 'api.weather.gov', 'yupik.example.edu'])}:443` } }),
    ])();
  const steps = [
    7,
    plant(
      'session-id',
      'ziproxy-jsessionid-path-parameter',
      'error',
      WHY.session(
        'The library catalogue (a Java app) keeps its session in the URL as a path parameter (`;jsessionid=<32 hex>`) for the old thin clients, and the proxy writes the URL',
      ),
      ({ rng }) => {
        const s = rng.hex(32).toUpperCase();
        return { value: s, event: { zp: { url: `http://kalikat.${YK}/opac/search.do;jsessionid=${s}?q=qanemcit` } } };
      },
    ),
    5,
    plant(
      'api-key-name',
      'ziproxy-query-ikircuun',
      'error',
      `${WHY.apiKey('ikircuun')} The tide and river-ice page of the intranet fetches its data over plain HTTP with the key in the query.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: { zp: { url: `http://ciku.${YK}/api/v1/kuik?station=Bethel&ikircuun=${k}` } } };
      },
    ),
    5,
    plant(
      'negative',
      'ziproxy-fbclid',
      'none',
      "Facebook's click id (`fbclid=IwAR…`) on a shared link: a tracking id, no credential.",
      ({ rng }) => {
        const f = `IwAR${rng.b64url(56)}`;
        return { value: f, event: { zp: { url: `http://radio.${YK}/qanemcit/2027-12-19?fbclid=${f}` } } };
      },
    ),
    5,
    plant(
      'oauth-code',
      'ziproxy-http-callback-code',
      'warning',
      `${WHY.code} The grading app on the intranet is registered with an \`http://\` redirect address, so the callback crosses the proxy in the clear and the access log writes it.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return { value: code, event: { zp: { url: `http://grades.${YK}/iter/callback?code=${code}&state=${rng.hex(24)}` } } };
      },
    ),
    5,
    plant(
      'replay',
      'ziproxy-kalikaq-download-first',
      'note',
      WHY.ticketFirst('A single-use download ticket (`kalikaq`) for a lesson video, fetched by a classroom laptop. The ticket is'),
      ({ rng, t }) => {
        const k = rng.b64url(26);
        firstUse.kalikaqZ = t;
        return { value: k, event: { zp: { ip: '10.42.2.31', url: `http://media.${YK}/dl/elitnaun-12.mp4?kalikaq=${k}` } } };
      },
      { ref: 'kalikaqZ' },
    ),
    3,
    plant(
      'replay',
      'ziproxy-kalikaq-download-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('kalikaqZ').value,
            why: `${WHY.replay('kalikaq', gap('kalikaqZ', t))} Another client of the proxy fetched the same video with the same ticket and the media server sent it in full again.`,
          },
        ],
        event: { zp: { ip: '10.42.3.118', url: `http://media.${YK}/dl/elitnaun-12.mp4?kalikaq=${refs.get('kalikaqZ').value}` } },
      }),
      { replayOf: 'kalikaqZ', after: 213 },
    ),
    5,
    plant(
      'path-secret',
      'ziproxy-avgun-share-path',
      'error',
      WHY.pathSecret('A shared photo album of the fish camp on the intranet (`/avgun/<token>/`), fetched over HTTP'),
      ({ rng }) => {
        const tok = rng.alnum(22);
        return { value: tok, event: { zp: { url: `http://photos.${YK}/avgun/${tok}/` } } };
      },
    ),
    5,
    plant(
      'encoded',
      'ziproxy-percent-encoded-return-iirumaaq',
      'error',
      'A sign-in page\'s `ret=` holds, percent-encoded, the address the user came from: a private recording with its `iirumaaq` ("hidden thing", the link\'s secret).',
      ({ rng }) => {
        const s = rng.alnum(28);
        return {
          value: s,
          event: {
            zp: { url: `http://elitnaurvik.${YK}/iter?ret=${encodeURIComponent(`http://elitnaurvik.${YK}/qanemcit/58?iirumaaq=${s}`)}` },
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'ziproxy-query-id-token-expired',
      'note',
      "A bookmark of the staff portal's sign-in result, opened again days later: the `id_token` in its query (1 h) had expired about three hours before the request (unix time, UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 3 * 3600 + rng.int(60, 900),
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: `https://iter.${YK}`, aud: 'staff-portal', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: { zp: { url: `http://staff.${YK}/signin-oidc?id_token=${token}&state=${rng.hex(16)}` } },
        };
      },
    ),
    5,
    plant(
      'negative',
      'ziproxy-cache-busting-hash',
      'none',
      "A stylesheet's cache-busting `?v=<md5>`: a hash of the file, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { zp: { flags: 'PZ', url: `http://intranet.${YK}/css/yugtun.css?v=${h}` } } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_YK + 4 * HOUR, site: { host: 'ziproxy' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// compass-log.jsonl: MongoDB Compass 1.45 on the cooperative's office PC, its log (mongodb-log-writer, like mongod's):
// `{"t":{"$date":"<ISO UTC>"},"s":"I","c":"<COMPONENT>","id":<n>,"ctx":"<context>","msg":"…","attr":{…}}`, one a line;
// Compass redacts credentials in connection strings (`<credentials>`).
// From memory (not fetched): the components, ids and messages, the OIDC lines.

function compassLog(rng) {
  const render = (e) => [
    JSON.stringify({
      t: { $date: iso(e.t) },
      s: e.cp.s ?? 'I',
      c: e.cp.c,
      id: e.cp.id ?? 1001000000 + rng.int(1, 400),
      ctx: e.cp.ctx ?? 'Connection',
      msg: e.cp.msg,
      ...(e.cp.attr ? { attr: e.cp.attr } : {}),
    }),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        cp: {
          c: 'COMPASS-DATA-SERVICE',
          ctx: 'Connection 0',
          msg: 'Running find',
          attr: { ns: `neqa.${rng.pick(['catch', 'camps', 'members'])}`, filter: { kuik: 'Kusquqvak' } },
        },
      }),
      () => ({
        cp: {
          c: 'COMPASS-TELEMETRY',
          ctx: 'Telemetry',
          msg: 'Tracking event',
          attr: { event: rng.pick(['Screen', 'Query Executed', 'Document Updated']) },
        },
      }),
      () => ({
        cp: {
          c: 'COMPASS-DATA-SERVICE',
          ctx: 'Connection 0',
          msg: 'Server heartbeat succeeded',
          attr: { connectionId: `neqa-${rng.int(0, 2)}.${YK}:27017` },
        },
      }),
    ])();
  const steps = [
    {
      raw: { cp: { c: 'COMPASS-MAIN', ctx: 'Main', msg: 'Starting Compass', attr: { version: '1.45.2', platform: 'win32', arch: 'x64' } } },
      after: 0,
    },
    plant(
      'negative',
      'compass-redacted-connection-string',
      'none',
      'Compass writes the connection string with its user and password replaced (`<credentials>`): a redaction, no credential.',
      ({ rng }) => {
        const c = `mongodb+srv://<credentials>@neqa.${lowerNum(rng, 5)}.mongodb.net/`;
        return {
          value: c,
          event: {
            cp: {
              c: 'COMPASS-CONNECT',
              ctx: 'Connect',
              msg: 'Initiating connection attempt',
              attr: { uri: `${c}?appName=Compass&authSource=admin` },
            },
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'compass-saving-connection-oidc-serialized-state',
      'error',
      "Compass saves the connection's OIDC state (`serializedState`, base64 of JSON) and a debug line writes the saved connection info; decoded, the state holds the identity provider's refresh token.",
      ({ rng }) => {
        const st = b64Of(
          JSON.stringify({
            oidcStates: [
              [
                `{"issuer":"https://iter.${YK}","clientId":"compass"}`,
                {
                  lastIdTokenClaims: { sub: 'elitnaurista7' },
                  currentTokenSet: { set: { refresh_token: rng.b64url(48), expires_at: 1798000000 } },
                },
              ],
            ],
            state: 'v1',
          }),
        );
        return {
          value: st,
          event: {
            cp: {
              s: 'D1',
              c: 'COMPASS-CONNECTIONS',
              ctx: 'Connection Storage',
              msg: 'Saving connection',
              attr: { id: rng.uuid(), favorite: { name: 'neqa (iter)' }, connectionOptions: { oidc: { serializedState: st } } },
            },
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'compass-oidc-debug-id-token-live',
      'error',
      "The OIDC plugin's debug line writes the ID token it received for the database sign-in (1 h, live), on a UTC line",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: `https://iter.${YK}`, aud: 'compass', sub: 'elitnaurista7', groups: ['neqa-write'] },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            cp: {
              s: 'D1',
              c: 'COMPASS-OIDC',
              ctx: 'OIDC',
              msg: 'Token set received',
              attr: { idToken: token, expiresAt: iso(t + 3500000) },
            },
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'compass-oidc-refresh-failed-error-body',
      'error',
      "A failed renewal's error quotes the form the plugin posted to the token endpoint, `refresh_token=…` included.",
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: {
            cp: {
              s: 'W',
              c: 'COMPASS-OIDC',
              ctx: 'OIDC',
              msg: 'Token refresh failed',
              attr: {
                error: `POST https://iter.${YK}/oauth2/token (grant_type=refresh_token&refresh_token=${rt}&client_id=compass) failed: 503 Service Unavailable`,
              },
            },
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'compass-open-external-embed-jwt-240s',
      'warning',
      "A link in a document (the fish count dashboard, `/embed/dashboard/<JWT>`) opened from Compass; the dashboard's token lives 240 s (exp - iat, at most five minutes) without a jti and is live on the UTC line: reusable until it expires",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 240,
          age: rng.int(5, 30),
          claims: { resource: { dashboard: 4 }, params: { kuik: 'Kusquqvak' } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            cp: {
              c: 'COMPASS-MAIN',
              ctx: 'Main',
              msg: 'Opening external URL',
              attr: { url: `https://tallimat.${YK}/embed/dashboard/${token}#bordered=true&titled=true` },
            },
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'compass-telemetry-device-id',
      'none',
      "Compass' telemetry `deviceId` (a SHA-256 of the machine id): an anonymous id, no credential.",
      ({ rng }) => {
        const d = rng.hex(64);
        return {
          value: d,
          event: {
            cp: { c: 'COMPASS-TELEMETRY', ctx: 'Telemetry', msg: 'Telemetry setup', attr: { deviceId: d, telemetryEnabled: true } },
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_YK + 6 * HOUR, site: { host: 'compass' }, filler, render, steps });
}

// =====================================================================================================================
// Panjgur date growers' cooperative (Balochi; Panjgur, Balochistan: PKT, UTC+5)
// =====================================================================================================================

const HM = 'hurmaag.example';

// ---------------------------------------------------------------------------------------------------------------------
// ferdium-main.log: Ferdium 7 (Electron) on an office desktop, electron-log's main.log: `[yyyy-mm-dd hh:mm:ss.SSS]
// [level]  message` in local time, the app's own lines, links opened outside, services' webview console lines.
// From memory (not fetched): the layout of electron-log, Ferdium's messages.

function ferdiumLog(rng) {
  const render = (e) => e.fd.map(([lvl, msg]) => `[${dotMs(e.t, PKT)}] [${lvl}]  ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ fd: [['info', `Service "${rng.pick(['WhatsApp', 'Gmail', 'Telegram', 'Zoho Mail'])}" loaded (${rng.int(300, 4000)} ms)`]] }),
      () => ({ fd: [['debug', `Unread count: ${rng.int(0, 40)} direct, ${rng.int(0, 9)} indirect`]] }),
      () => ({ fd: [['info', 'آرڈر رسِت: ' + `${rng.int(100, 999)} کلو هُرماگ`]] }),
    ])();
  const steps = [
    {
      raw: {
        fd: [
          ['info', 'Ferdium 7.0.1 starting (electron 33.2.1, win32)'],
          ['info', 'وش آتکے — ferdium.' + HM],
        ],
      },
      after: 0,
    },
    plant(
      'header-dump',
      'ferdium-server-request-headers-bearer',
      'error',
      "Ferdium is pointed at the cooperative's own Ferdium server; a debug line writes the request to `/v1/me` with its headers, the account's API token in `Authorization: Bearer …`.",
      ({ rng }) => {
        const tok = rng.b64url(64);
        return {
          value: tok,
          event: {
            fd: [
              [
                'debug',
                `Request GET https://ferdium.${HM}/v1/me ${JSON.stringify({ headers: { Authorization: `Bearer ${tok}`, 'Content-Type': 'application/json' } })}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'ferdium-service-id-uuid',
      'none',
      "A service's id (a UUID Ferdium gives each added service): an id, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { fd: [['info', `Service "WhatsApp" (${id}) reloaded`]] } };
      },
    ),
    5,
    plant(
      'negative',
      'ferdium-update-check-sha512',
      'none',
      "electron-updater's check reads the new release's `sha512` (base64 of the installer's SHA-512) from `latest.yml`: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.chars(B64, 86) + '==';
        return {
          value: h,
          event: {
            fd: [
              ['info', 'Checking for update'],
              ['info', `Update for version 7.0.1 is not available (latest version: 7.0.1, downgrade is disallowed). sha512: ${h}`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'ferdium-open-external-access-token-fragment',
      'error',
      "A link clicked inside a service opens in the browser and Ferdium logs it: the courier's tracking portal address, copied after sign-in, with `#access_token=…` in its fragment.",
      ({ rng }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          event: {
            fd: [
              [
                'info',
                `Opening external URL: https://track.gwadarcargo.example/shipments#access_token=${at}&token_type=Bearer&expires_in=7200`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'ferdium-webview-did-navigate-zoho-code',
      'warning',
      `${WHY.code} The Zoho Mail service's webview returns from sign-in through the cooperative's mail relay, and Ferdium logs the navigation with its query.`,
      ({ rng }) => {
        const code = `1000.${rng.hex(32)}.${rng.hex(32)}`;
        return {
          value: code,
          event: {
            fd: [
              [
                'debug',
                `[Zoho Mail] did-navigate https://mail.${HM}/oauth/zoho/callback?state=${rng.hex(20)}&code=${code}&location=in&accounts-server=https%3A%2F%2Faccounts.zoho.in`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'ferdium-open-external-bahr-link',
      'error',
      WHY.pathSecret(
        'A price list shared from the cooperative\'s file server (`/bahr/<token>/…`, bahr, "share") clicked in a chat and opened outside',
      ),
      ({ rng }) => {
        const tok = rng.b64url(22);
        return { value: tok, event: { fd: [['info', `Opening external URL: https://files.${HM}/bahr/${tok}/nerkh-1407.pdf`]] } };
      },
    ),
    5,
    plant(
      'refresh-token',
      'ferdium-service-console-token-request-body',
      'error',
      "The Gmail service's recipe writes a failed request's body to the console, and Ferdium copies the webview's console: a Google refresh token (`1//0…`) in the renewal form.",
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            fd: [
              [
                'warn',
                `[Gmail] console: POST https://oauth2.googleapis.com/token failed (400) grant_type=refresh_token&refresh_token=${rt}&client_id=${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
              ],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_BL + 1 * HOUR, site: { host: 'ferdium' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// glances.log: Glances 4 on the cold store's server (`glances -w --debug`, the file Glances writes by default):
// `<yyyy-mm-dd hh:mm:ss,SSS> -- <LEVEL> -- <message>` in local time, export modules' start and errors, actions.
// From memory (not fetched): the layout and the messages.

function glancesLog(rng) {
  const render = (e) => e.gl.map(([lvl, msg]) => `${commaMs(e.t, PKT)} -- ${lvl} -- ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ gl: [['DEBUG', `Export ${rng.int(8, 60)} stats to InfluxDB2`]] }),
      () => ({ gl: [['DEBUG', `sensors: Cold store ${rng.int(1, 3)} = ${(rng.int(-40, 40) / 10).toFixed(1)}°C`]] }),
      () => ({ gl: [['INFO', `Web server: GET /api/4/${rng.pick(['cpu', 'mem', 'sensors', 'fs'])} 200`]] }),
    ])();
  const steps = [
    {
      raw: {
        gl: [
          ['INFO', 'Start Glances 4.3.1'],
          ['INFO', 'CPython 3.12.8 (/usr/bin/python3) and psutil 6.1.1 detected'],
          ['INFO', 'Read configuration file /etc/glances/glances.conf'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'glances-machine-id',
      'none',
      "systemd's machine id (32 hex) Glances reports: a host id, no credential.",
      ({ rng }) => {
        const m = rng.hex(32);
        return { value: m, event: { gl: [['DEBUG', `Machine ID: ${m}`]] } };
      },
    ),
    plant(
      'framework-dump',
      'glances-influxdb2-export-options-dict',
      'error',
      'At debug Glances writes the options of the InfluxDB2 export module as a Python dict, and with them the InfluxDB token (86 characters and `==`) that writes to the bucket.',
      ({ rng }) => {
        const tok = `${rng.b64url(86)}==`;
        return {
          value: tok,
          event: {
            gl: [
              [
                'DEBUG',
                `Load InfluxDB2 export module with options ${py({ host: `influx.${HM}`, port: 8086, protocol: 'https', org: 'hurmaag', bucket: 'sardkhana', token: tok, prefix: 'panjgur', tags: 'site:sardkhana' })}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'glances-influxdb-org-id',
      'none',
      "InfluxDB's organisation id (16 hex) Glances reports once connected: an id, no credential.",
      ({ rng }) => {
        const o = rng.hex(16);
        return { value: o, event: { gl: [['INFO', `Connected to InfluxDB2 bucket sardkhana (org id ${o})`]] } };
      },
    ),
    9,
    plant(
      'header-dump',
      'glances-restful-export-headers-basic',
      'error',
      "The RESTful export's debug line writes the headers it posts with, `Authorization: Basic …` (base64 of the user and password of the cooperative's monitoring endpoint).",
      ({ rng }) => {
        const b = b64Of(`sardkhana:${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            gl: [
              [
                'DEBUG',
                `RESTful export to https://monitor.${HM}/ingest headers {'Content-Type': 'application/json', 'Authorization': 'Basic ${b}'}`,
              ],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'api-key-name',
      'glances-export-error-url-kilit',
      'error',
      `${WHY.apiKey('kilit')} (kilit, کلیت, "key") The second export, to the cooperative's dashboard, fails and Glances writes the URL with the key in its query.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            gl: [
              [
                'ERROR',
                `Cannot export stats to https://dashboard.${HM}/api/v1/push?kilit=${k}&jaah=sardkhana (HTTPSConnectionPool: Read timed out. (read timeout=3))`,
              ],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'webhook',
      'glances-action-google-chat-webhook',
      'error',
      WHY.webhook(
        "A sensor's `critical_action` posts to the cooperative's Google Chat space through a webhook; Glances writes the action's command line when it runs it, the webhook's `token` in its URL",
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            gl: [
              [
                'INFO',
                `Run action ${py(["curl -s -X POST -H 'Content-Type: application/json' -d '{\"text\": \"سرد خانگ ۲: گرمی زیات انت\"}' 'https://chat.googleapis.com/v1/spaces/AAAA" + rng.b64url(7) + `/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}'`])} for sensors Cold store 2`,
              ],
            ],
          },
        };
      },
    ),
    7,
  ];
  return buildLog(rng, { start: DAY_BL + 2 * HOUR, site: { host: 'glances' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// userlike-chats.jsonl: the shop's Userlike chats exported through the Userlike API, one message a line with its
// conversation: `conversation_id`, `created_at` (UTC), `sender` (`contact` or `operator`), `operator`, `contact`,
// `body`, `channel`.
// From memory (not fetched): the export's fields.

function userlikeLog(rng) {
  let conv = 8100 + rng.int(0, 50);
  const render = (e) => [
    JSON.stringify({
      conversation_id: e.ul.conv ?? conv,
      created_at: iso(e.t),
      sender: e.ul.from ?? 'contact',
      operator: 'Zarina B.',
      contact: e.ul.contact ?? `Contact ${conv}`,
      channel: e.ul.channel ?? 'website',
      body: e.ul.body,
    }),
  ];
  const next = () => (conv += 1);
  const filler = (rng) =>
    rng.pick([
      () => ({
        ul: {
          from: 'operator',
          body: rng.pick(['وش آتکے! منی نام زرینہ اِنت، چون کمک کنگ بیت؟', 'منّت وار، شمے آرڈر رسِت.', 'یک دمانے، من چارگ آں.']),
        },
      }),
      () => ({ ul: { body: rng.pick(['سلام، منی آرڈر کجا اِنت؟', 'هُرماگ ءِ بهاء چنچو اِنت؟', 'Kurtaz hurmaag 5 kilo mawjood int?']) } }),
      () => {
        next();
        return { ul: { body: 'سلام' } };
      },
    ])();
  const steps = [
    7,
    plant(
      'implicit-fragment',
      'userlike-contact-pasted-access-token-fragment',
      'error',
      "A customer pastes the address of the shop's account page his browser shows after signing in with the shop's identity provider: `#access_token=…` in the fragment.",
      ({ rng }) => {
        const at = rng.b64url(48);
        next();
        return {
          value: at,
          event: { ul: { body: `منی آرڈر اے لینک ءَ نیست: https://shop.${HM}/hesab#access_token=${at}&token_type=Bearer&expires_in=3600` } },
        };
      },
    ),
    5,
    plant(
      'negative',
      'userlike-operator-masked-phone',
      'none',
      'The operator repeats a phone number with the middle masked (`+92 3** *** **41`): a mask, no credential.',
      ({ rng }) => {
        const p = `+92 3** *** **${digits(rng, 2)}`;
        return { value: p, event: { ul: { from: 'operator', body: `شمے نمبر ${p} اِنت؟` } } };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'userlike-contact-embed-jwt-300s-jti',
      'note',
      "A wholesale buyer pastes the stock widget's embed address (`/embed/<JWT>`) from his own site; the token lives 300 s (exp - iat) with a jti, a short-lived single-use ticket, and is live on the UTC line",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 300,
          age: rng.int(10, 90),
          jti: true,
          claims: { iss: `https://shop.${HM}`, resource: { widget: 'stock' }, buyer: 'DXB-114' },
        });
        next();
        return {
          value: token,
          jwt: facts,
          event: { ul: { contact: 'Al Noor Trading', body: `The stock widget shows nothing: https://shop.${HM}/embed/${token}` } },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'userlike-contact-pasted-id-token-live',
      'error',
      "A customer pastes the sign-in address that fails for him, an OpenID Connect return with `id_token` in its query (1 h, live at the message's UTC time)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 600),
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: `https://login.${HM}`, aud: 'shop', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        next();
        return {
          value: token,
          jwt: facts,
          event: { ul: { body: `اے لینک کار نہ کنت: https://shop.${HM}/signin?id_token=${token}&state=${rng.hex(12)}` } },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'userlike-operator-bahr-invoice-link',
      'error',
      WHY.pathSecret('The operator sends the customer a shared invoice link (`/bahr/<token>/…pdf`, bahr, "share")'),
      ({ rng }) => {
        const tok = rng.alnum(20);
        return {
          value: tok,
          event: { ul: { from: 'operator', body: `شمے بِل: https://files.${HM}/bahr/${tok}/bil-${rng.int(3000, 3999)}.pdf منّت وار` } },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'userlike-contact-pasted-nishast-cookie',
      'error',
      WHY.session(
        'Asked for "what the page shows", a customer pastes the cookie line from his browser\'s tools, the shop\'s session (`nishast`, نشست, "sitting", the shop\'s word for a session)',
      ),
      ({ rng }) => {
        const s = rng.hex(40);
        next();
        return { value: s, event: { ul: { body: `cookie: nishast=${s}; zaban=bal` } } };
      },
    ),
    5,
    plant(
      'api-key-name',
      'userlike-operator-pasted-kilit-url',
      'error',
      `${WHY.apiKey('kilit')} (kilit, کلیت, "key") An operator pastes the stock feed's address, key included, to a wholesale buyer.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: { ul: { from: 'operator', contact: 'Al Noor Trading', body: `Stock feed: https://shop.${HM}/api/stock.json?kilit=${k}` } },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'userlike-contact-google-redirect-percent-encoded-raaz',
      'error',
      'A customer pastes a Google search redirect (`/url?q=…`) whose target, percent-encoded, is the order page with its `raaz` (راز, "secret", the order link\'s secret).',
      ({ rng }) => {
        const s = rng.alnum(24);
        next();
        return {
          value: s,
          event: {
            ul: {
              body: `https://www.google.com/url?sa=t&url=${encodeURIComponent(`https://shop.${HM}/aardar/4411?raaz=${s}`)}&ved=${rng.b64url(30)}`,
            },
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'userlike-order-reference',
      'none',
      'An order reference (`HM-<year>-<number>`) quoted by a customer: an id, no credential.',
      ({ rng }) => {
        const r = `HM-1407-${digits(rng, 6)}`;
        return { value: r, event: { ul: { body: `آرڈر ${r}` } } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_BL + 3 * HOUR, site: { host: 'userlike' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// snapcraft-hurmaag-pos.log: Snapcraft 8's log file of one `snapcraft --verbose` build of the cooperative's point-of-sale
// snap (craft-cli's `<yyyy-mm-dd hh:mm:ss.SSS> <message>` in local time, a subprocess's output prefixed `:: `, parts'
// override scripts under `set -x`).
// From memory (not fetched): craft-cli's line layout and Snapcraft's messages.

function snapcraftLog(rng) {
  const render = (e) => e.sc.map((msg) => `${dotMs(e.t, PKT)} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        sc: [
          `:: ${rng.pick(['Collecting', 'Downloading'])} ${rng.pick(['flask', 'sqlalchemy', 'reportlab', 'qrcode', 'babel'])}==${rng.int(1, 3)}.${rng.int(0, 9)}.${rng.int(0, 9)}`,
        ],
      }),
      () => ({
        sc: [
          `:: Setting up ${rng.pick(['libpq5', 'fonts-noto-core', 'python3-venv', 'libcups2'])} (${rng.int(1, 16)}.${rng.int(0, 9)}-1) ...`,
        ],
      }),
      () => ({
        sc: [
          `Executing parts lifecycle: ${rng.pick(['pull', 'build', 'stage', 'prime'])} ${rng.pick(['hurmaag-pos', 'fonto', 'chaapgar'])}`,
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        sc: [
          'Starting snapcraft, version 8.5.1',
          'Log verbosity level set to VERBOSE',
          'Configuring application...',
          'Launching instance...',
        ],
      },
      after: 0,
    },
    plant(
      'path-secret',
      'snapcraft-pull-source-bahr-link',
      'error',
      WHY.pathSecret(
        "The fonts part pulls its `source:` from a shared link of the cooperative's file server (`/bahr/<token>/…`), and Snapcraft logs the download",
      ),
      ({ rng }) => {
        const tok = rng.b64url(24);
        return { value: tok, event: { sc: ['Pulling fonto', `Downloading 'https://files.${HM}/bahr/${tok}/nastaleeq-fonts.tar.gz'`] } };
      },
    ),
    7,
    plant(
      'replay',
      'snapcraft-override-pull-tikat-once',
      'note',
      WHY.ticketFirst(
        "The printer driver comes from the vendor's portal with a single-use download ticket (`tikat`, ٹکٹ), fetched once by the part's `override-pull` under `set -x`. The ticket is",
      ),
      ({ rng }) => {
        const tk = rng.b64url(28);
        return {
          value: tk,
          event: {
            sc: [
              ':: + craftctl default',
              `:: + curl -fsSL -o driver.deb 'https://partners.printerco.example/dl?tikat=${tk}&pkg=tm-t82-1.4.deb'`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'snapcraft-override-build-curl-cookie-nishast',
      'error',
      WHY.session(
        'The build script fetches the price list from the admin panel with a copied session cookie (`nishast`, "session"); `set -x` echoes the curl command',
      ),
      ({ rng }) => {
        const s = rng.hex(48);
        return { value: s, event: { sc: [`:: + curl -fsS -b 'nishast=${s}' https://admin.${HM}/nerkh/export.csv -o data/nerkh.csv`] } };
      },
    ),
    5,
    plant(
      'header-dump',
      'snapcraft-curl-verbose-authorization-bearer',
      'error',
      "A `curl -v` in the build script dumps the request's headers into the subprocess output, `> Authorization: Bearer …` with the translation service's API token.",
      ({ rng }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          event: {
            sc: [
              `:: + curl -v -H 'Authorization: Bearer ${'$'}TARJOMA_TOKEN' https://tarjoma.${HM}/v1/po/bal.po -o po/bal.po`,
              `:: > GET /v1/po/bal.po HTTP/2`,
              `:: > Host: tarjoma.${HM}`,
              `:: > Authorization: Bearer ${tok}`,
              ':: > user-agent: curl/8.5.0',
              ':: < HTTP/2 200',
            ],
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'snapcraft-xtrace-curl-refresh-token-form',
      'error',
      "The build script renews the cooperative's API access with curl under `set -x`; the echoed command holds the refresh token in its form (`-d refresh_token=…`).",
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            sc: [
              `:: + curl -fsS -d grant_type=refresh_token -d refresh_token=${rt} -d client_id=pos-build https://login.${HM}/oauth/token`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'snapcraft-xtrace-base64-meta-kilit',
      'error',
      'The build reports itself to the cooperative\'s dashboard with a base64 `meta=` param; decoded it is JSON holding the dashboard\'s key (`kilit`, "key").',
      ({ rng }) => {
        const b = b64urlOf(JSON.stringify({ snap: 'hurmaag-pos', version: '2.4.0', kilit: rng.alnum(32) }));
        return { value: b, event: { sc: [`:: + curl -fsS 'https://dashboard.${HM}/api/v1/build?meta=${b}'`] } };
      },
    ),
    5,
    plant(
      'framework-dump',
      'snapcraft-xtrace-printenv-database-url',
      'error',
      'A `printenv` left in the build script prints the build environment, and with it the database URL of the point-of-sale server, password included.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            sc: [
              ':: + printenv',
              ':: SNAPCRAFT_PART_NAME=hurmaag-pos',
              `:: HURMAAG_DB_URL=postgresql://pos:${pw}@db.${HM}:5432/hurmaag`,
              ':: SNAPCRAFT_ARCH_TRIPLET=x86_64-linux-gnu',
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'snapcraft-source-checksum',
      'none',
      "A part's `source-checksum` (`sha256/<64 hex>`) Snapcraft verifies the download against: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { sc: [`Verifying source-checksum sha256/${h}`] } };
      },
    ),
    5,
    plant(
      'negative',
      'snapcraft-created-snap-sha3-384',
      'none',
      'The sha3-384 of the built snap: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(96);
        return {
          value: h,
          event: { sc: ['Creating snap package...', `Created snap package hurmaag-pos_2.4.0_amd64.snap (sha3-384 ${h})`] },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_BL + 5 * HOUR, site: { host: 'snapcraft' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout132');
writePart(join(here, 'heldout132'), {
  'factorio-stdout.log': factorioLog(rng),
  'mu.log': muLog(rng),
  'mkdocs-wiki-build.log': mkdocsLog(rng),
  'theseus.log': modrinthLog(rng),
  'gocardless-webhooks.jsonl': gocardlessLog(rng),
  'actionhero-api.log': actionheroLog(rng),
  'luminus-site.log': luminusLog(rng),
  'cabal-yugtun-dict-ci.log': cabalLog(rng),
  'ziproxy-access.log': ziproxyLog(rng),
  'compass-log.jsonl': compassLog(rng),
  'ferdium-main.log': ferdiumLog(rng),
  'glances.log': glancesLog(rng),
  'userlike-chats.jsonl': userlikeLog(rng),
  'snapcraft-hurmaag-pos.log': snapcraftLog(rng),
});
