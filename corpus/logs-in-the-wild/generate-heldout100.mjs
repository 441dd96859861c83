// Writes corpus/logs-in-the-wild/heldout100/: a hundredth held-out part, in formats no other part uses (a Screwdriver.cd
// build's step logs as its API returns them, a Lutris debug log, a DD-WRT router's syslog with inadyn at debug level,
// Pingdom checks and results read from its API as JSON lines, a Coraza WAF's JSON audit log, a Kohana 3.3 application
// log, a Pingora-based reverse proxy's env_logger output, a Zotonic site's console log, Sublime Text's console with
// Package Control in debug mode, a Jotform submissions CSV export, a FuelPHP 1.8 log, a Workerman server's stdout file, a
// Homey app's `homey app run` output, a OneSignal notifications CSV export), with credentials planted in realistic places
// and look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout100.mjs     rewrites heldout100/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Bideford Youth & Games Club (North Devon), with a booking site built on Screwdriver.cd and
// watched by Pingdom behind a Coraza WAF, a games room of Linux PCs running Lutris and a DD-WRT router (English, five
// logs); Ведена Моз (Vedeno Honey), a beekeepers' cooperative of Vedeno (Chechnya), with a shop on Kohana, a proxy in
// front of its hive scales built on Pingora, a news site on Zotonic, a developer's Sublime Text and order forms on
// Jotform (Chechen in Cyrillic with the palochka (Ӏ) where the apps show text, romanized in routes, parameter, cookie and
// key names, five logs); Коми небӧг (Komi Nebög), a Komi-language book publisher of Syktyvkar, with a shop on FuelPHP,
// a reading club's chat on Workerman, a Homey Pro in its reading room and push notifications through OneSignal (Komi in
// Cyrillic with ӧ and і, romanized in names, four logs). Standard names (OAuth's, vendors') stay as their specifications
// write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MONTHS, replayClock, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Homey/12.4.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildSpec = logBuilder(baseRequest);
/** Each log's ordinary lines between planted steps: three times the counts written in its steps. */
const buildLog = (rng, spec) => buildSpec(rng, { ...spec, steps: spec.steps.map((s) => (typeof s === 'number' ? s * 3 : s)) });
const { firstUse, gap } = replayClock();

/** North Devon in December (GMT, UTC+0), Chechnya and the Komi Republic (MSK, UTC+3 all year). */
const GMT = 0;
const MSK = 180;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_CE = Date.UTC(2028, 0, 17, 0, 0, 0);
const DAY_KV = Date.UTC(2028, 1, 7, 0, 0, 0);

/** `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC (Python logging). */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** A CSV field, quoted. */
const csv = (v) => `"${String(v).replace(/"/g, '""')}"`;
/** An ISO 8601 time with `+03:00`. */
const isoMsk = (t) => `${local(t, MSK).slice(0, 23)}+03:00`;

// =====================================================================================================================
// Bideford Youth & Games Club (English; Bideford, North Devon: GMT, UTC+0 in December)
// =====================================================================================================================

const BY = 'bidefordgamesclub.example';

// ---------------------------------------------------------------------------------------------------------------------
// screwdriver-build-4417.ndjson: the steps of one Screwdriver.cd build of the booking site, as the API returns each
// step's log (`/v4/builds/{id}/steps/{name}/logs`): one JSON object a line, `t` (ms since the epoch), `m` (the line),
// `n` (the line's number within its step, from 0); the steps one after the other, each opening with the launcher's
// `$ <command>` echo. From memory (not fetched): the `{t, m, n}` shape and the `sd-step` / `$` echo lines.

function screwdriverLog(rng) {
  let n = 0;
  let phase = 'sd-setup-scm';
  const render = (e) => e.sd.map((m, i) => JSON.stringify({ t: e.t + i * 7, m, n: n++ }));
  const step = (name, cmd) => ({
    raw: {
      get sd() {
        n = 0;
        phase = name;
        return [`$ ${cmd}`];
      },
    },
  });
  const filler = (rng) => {
    if (phase === 'install')
      return { sd: [`npm warn deprecated ${rng.pick(['inflight@1.0.6', 'glob@7.2.3', 'rimraf@3.0.2'])}: This module is not supported`] };
    if (phase === 'build')
      return {
        sd: [
          `dist/assets/${rng.pick(['index', 'slots', 'members'])}-${rng.b64url(8)}.js  ${rng.int(2, 300)}.${rng.int(10, 99)} kB │ gzip: ${rng.int(1, 90)}.${rng.int(10, 99)} kB`,
        ],
      };
    if (phase === 'test')
      return {
        sd: [
          `  ✓  ${rng.int(1, 3)} [chromium] › booking.spec.ts:${rng.int(5, 90)}:${rng.int(3, 9)} › books a ${rng.pick(['PC', 'console', 'table'])} slot (${rng.int(400, 3000)}ms)`,
        ],
      };
    return { sd: [`remote: Counting objects: ${rng.int(10, 100)}% (${rng.int(1, 400)}/400)`] };
  };
  const steps = [
    step('sd-setup-scm', 'git fetch --depth 50 origin main'),
    1,
    plant(
      'negative',
      'screwdriver-sd-checkout-commit-sha',
      'none',
      "The checkout step's `git reset --hard <sha>` names the commit the build is for (40 hex): an object id, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { sd: [`git reset --hard ${sha}`, `HEAD is now at ${sha.slice(0, 7)} Bookings: show the console slots`] },
        };
      },
    ),
    step('install', 'npm ci'),
    2,
    plant(
      'framework-dump',
      'screwdriver-docker-compose-config-db-password',
      'error',
      'The install step checks the test stack with `docker compose config`, which prints the resolved Compose file with the environment interpolated: the database password Screwdriver injected from a secret appears as `POSTGRES_PASSWORD`. The launcher masks nothing a command prints on its own.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            sd: [
              '$ docker compose -f compose.test.yaml config',
              'name: bookings-test',
              'services:',
              '  db:',
              '    environment:',
              '      POSTGRES_DB: bookings',
              `      POSTGRES_PASSWORD: ${pw}`,
              '      POSTGRES_USER: bookings',
              '    image: postgres:17-alpine',
            ],
          },
        };
      },
    ),
    step('build', 'npm run build'),
    2,
    plant(
      'encoded',
      'screwdriver-docker-config-base64-auth',
      'error',
      "The build step, which also publishes the image, prints the Docker client's `config.json` it just wrote (`cat ~/.docker/config.json`): its `auth` is base64 of `user:password` for the club's registry.",
      ({ rng }) => {
        const auth = b64Of(`bgc-ci:${rng.alnum(24)}`);
        return { value: auth, event: { sd: ['$ cat ~/.docker/config.json', `{"auths":{"registry.${BY}":{"auth":"${auth}"}}}`] } };
      },
    ),
    plant(
      'negative',
      'screwdriver-docker-push-image-digest',
      'none',
      "`docker push` prints the image's manifest digest (`sha256:<64 hex>`): a content address, no credential.",
      ({ rng }) => {
        const d = rng.hex(64);
        return { value: d, event: { sd: [`latest: digest: sha256:${d} size: 1784`] } };
      },
    ),
    step('test', 'npx playwright test'),
    3,
    plant(
      'implicit-fragment',
      'screwdriver-playwright-expect-url-access-token-fragment',
      'error',
      "A Playwright sign-in test fails and its `toHaveURL` message prints the page's address, the identity provider's return with `#access_token=…` in its fragment.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            sd: [
              '  1) [chromium] › signin.spec.ts:14:5 › lands on the booking page',
              '    Error: Timed out 5000ms waiting for expect(page).toHaveURL(expected)',
              `    Expected string: "https://book.${BY}/slots"`,
              `    Received string: "https://book.${BY}/#access_token=${at}&token_type=Bearer&expires_in=3600"`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'screwdriver-set-x-curl-api-key',
      'error',
      `${WHY.apiKey('api_key')} The smoke step runs under \`set -x\`, and the shell echoes the curl command with the key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { sd: [`+ curl -fsS "https://book.${BY}/api/health?api_key=${key}"`, '{"ok":true}'] } };
      },
    ),
    step('notify', './scripts/notify.sh'),
    plant(
      'webhook',
      'screwdriver-set-x-power-automate-workflow-sig',
      'error',
      WHY.webhook(
        "A Power Automate workflow that posts to the volunteers' Teams channel (`…logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?…&sig=<43>`, the `sig` its only secret), echoed by `set -x` in the notify script",
      ),
      ({ rng }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: {
            sd: [
              `+ curl -s -H 'Content-Type: application/json' -d '{"text":"Build 4417 failed (signin.spec.ts)"}' 'https://prod-${rng.int(10, 99)}.uksouth.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}'`,
            ],
          },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 17 * HOUR, site: { host: 'sd' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lutris-games-room.log: Lutris 0.5 run with `-d` on a games-room PC, its output kept by the session: `LEVEL    <yyyy-mm-dd
// hh:mm:ss,ms> [<module>.<function>:<line>]:<message>` in local time (GMT). From memory (not fetched): the layout, the
// startup lines, the GOG and Humble Bundle services' messages (the messages with the values are the club's patched
// debug lines, in the services' style).

function lutrisLog(rng) {
  const render = (e) => e.lu.map(([lvl, where, msg]) => `${lvl.padEnd(8)} ${commaMs(e.t, GMT)} [${where}]:${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        lu: [
          [
            'DEBUG',
            `http.get:${rng.int(40, 60)}`,
            `GET https://lutris.net/api/games?search=${rng.pick(['celeste', 'hades', 'factorio', 'stardew'])}`,
          ],
        ],
      }),
      () => ({
        lu: [
          [
            'INFO',
            'game.launch:612',
            `Launching ${rng.pick(['Celeste', 'Hades', 'Factorio', 'Stardew Valley'])}: wine ${rng.int(8, 9)}.${rng.int(0, 21)}`,
          ],
        ],
      }),
      () => ({ lu: [['DEBUG', 'monitor.on_game_quit:198', `Game quit after ${rng.int(30, 5400)} seconds`]] }),
    ])();
  const steps = [
    {
      raw: {
        lu: [
          ['INFO', 'startup.init_lutris:195', 'Starting Lutris 0.5.18'],
          ['INFO', 'startup.check_driver:65', 'Running AMD Mesa driver 25.0.4'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'lutris-gog-login-url-client-id',
      'none',
      "GOG's sign-in page as the login dialog opens it: `client_id` is the public id of GOG's desktop client, the same for every user; no credential.",
      ({ rng }) => {
        const id = `4${digits(rng, 16)}`;
        return {
          value: id,
          event: {
            lu: [
              [
                'DEBUG',
                'webconnect_dialog.__init__:43',
                `Loading https://auth.gog.com/auth?client_id=${id}&redirect_uri=https%3A%2F%2Fembed.gog.com%2Fon_login_success%3Forigin%3Dclient&response_type=code&layout=client2`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'oauth-code',
      'lutris-gog-on-login-success-code',
      'warning',
      `${WHY.code} GOG's sign-in returns to \`embed.gog.com/on_login_success?origin=client&code=…\`; the login dialog logs where it navigated. GOG's return carries no \`state\`, the code is exchanged the same way.`,
      ({ rng }) => {
        const code = rng.b64url(86);
        return {
          value: code,
          event: {
            lu: [
              [
                'DEBUG',
                'webconnect_dialog.on_navigation:71',
                `Navigated to https://embed.gog.com/on_login_success?origin=client&code=${code}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'lutris-gog-token-response-dict-repr',
      'error',
      `${WHY.refresh} The GOG service's debug line prints the token response as a Python dict (repr), \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            lu: [
              [
                'DEBUG',
                'gog.request_token:139',
                `Token response: {'expires_in': 3600, 'scope': '', 'token_type': 'bearer', 'access_token': '${rng.b64url(88)}', 'user_id': '${digits(rng, 17)}', 'refresh_token': '${rt}', 'session_id': '${digits(rng, 19)}'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'lutris-steam-getownedgames-key',
      'error',
      `${WHY.apiKey('key')} The Steam service asks Steam's Web API for the club account's games; Lutris' http module logs the GET with the Web API key (32 hex) in the query.`,
      ({ rng }) => {
        const key = rng.hex(32).toUpperCase();
        return {
          value: key,
          event: {
            lu: [
              [
                'DEBUG',
                'http.get:52',
                `GET https://api.steampowered.com/IPlayerService/GetOwnedGames/v0001/?key=${key}&steamid=7656119${digits(rng, 10)}&format=json&include_appinfo=1`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'lutris-humble-simpleauth-sess-cookie-repr',
      'error',
      WHY.session(
        "Humble Bundle's session cookie (`_simpleauth_sess`) in the repr of Python's `http.cookiejar.Cookie` the Humble service prints when it loads its cookies",
      ),
      ({ rng }) => {
        const v = `"${b64urlOf(JSON.stringify({ user_id: Number(digits(rng, 16)), id: rng.hex(16) }))}|${1797000000 + rng.int(0, 99999)}|${rng.hex(40)}"`;
        return {
          value: v,
          event: {
            lu: [
              [
                'DEBUG',
                'humblebundle.load_cookies:88',
                `Cookie(version=0, name='_simpleauth_sess', value='${v}', port=None, port_specified=False, domain='.humblebundle.com', domain_specified=True, domain_initial_dot=True, path='/', path_specified=True, secure=True, expires=1799591394, discard=False, comment=None, comment_url=None, rest={'HttpOnly': None}, rfc2109=False)`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'lutris-gog-installer-md5',
      'none',
      "The GOG installer's checksum as GOG's download API states it and Lutris verifies it (MD5, 32 hex): a checksum, no credential.",
      ({ rng }) => {
        const md5 = rng.hex(32);
        return {
          value: md5,
          event: { lu: [['DEBUG', 'downloader.on_done:214', `Checksum of setup_celeste_1.4.0.0.exe OK (md5 ${md5})`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 15 * HOUR, site: { host: 'lutris' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ddwrt-messages.log: the DD-WRT router's `/var/log/messages` (busybox syslogd), `<Mon dd hh:mm:ss> <host>
// <facility>.<level> <program>[<pid>]: <message>` in local time without zone, with inadyn 2 at debug level (`-l debug`):
// its update requests written raw. From memory (not fetched): the layout, inadyn's and dnsmasq's messages.

function ddwrtLog(rng) {
  const stamp = (t) => {
    const d = new Date(t);
    return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(t).slice(11, 19)}`;
  };
  const render = (e) => e.dd.map(([fac, prog, msg]) => `${stamp(e.t)} DD-WRT ${fac} ${prog}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        dd: [
          [
            'daemon.info',
            'dnsmasq-dhcp[931]',
            `DHCPACK(br0) 192.168.1.${rng.int(20, 90)} ${Array.from({ length: 6 }, () => rng.hex(2)).join(':')} ${rng.pick(['games-pc-01', 'games-pc-04', 'switch-dock', 'staff-laptop'])}`,
          ],
        ],
      }),
      () => ({ dd: [['daemon.debug', 'inadyn[1342]', 'No IP address change detected, waiting 600 sec ...']] }),
      () => ({
        dd: [
          [
            'kern.info',
            'kernel',
            `ath10k_pci 0000:01:00.0: wlan0: associated with ${Array.from({ length: 6 }, () => rng.hex(2)).join(':')}`,
          ],
        ],
      }),
    ])();
  const steps = [
    { raw: { dd: [['daemon.info', 'inadyn[1342]', 'In-a-dyn version 2.12.0 -- Dynamic DNS update client.']] }, after: 0 },
    2,
    plant(
      'api-key-name',
      'ddwrt-inadyn-duckdns-token-query',
      'error',
      `${WHY.apiKey('token')} inadyn at debug level writes the Duck DNS update request it sends, with the account's token (a UUID) in the query.`,
      ({ rng }) => {
        const tok = rng.uuid();
        return {
          value: tok,
          event: {
            dd: [
              [
                'daemon.debug',
                'inadyn[1342]',
                `Sending alias table update to DDNS server: GET /update?domains=bgc-games&token=${tok}&ip=${publicIp(rng)} HTTP/1.0`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'ddwrt-inadyn-noip-authorization-basic',
      'error',
      "inadyn at debug level writes the whole No-IP update request, its `Authorization: Basic` header (the account's user name and password in base64) included.",
      ({ rng }) => {
        const basic = b64Of(`bgc-admin:${rng.alnum(16)}`);
        return {
          value: basic,
          event: {
            dd: [
              [
                'daemon.debug',
                'inadyn[1342]',
                `Sending alias table update to DDNS server: GET /nic/update?hostname=bgc.ddns.net&myip=${publicIp(rng)} HTTP/1.0`,
              ],
              ['daemon.debug', 'inadyn[1342]', `Authorization: Basic ${basic}`],
              ['daemon.debug', 'inadyn[1342]', 'User-Agent: inadyn/2.12.0 https://github.com/troglobit/inadyn/issues'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'ddwrt-inadyn-freedns-sync-url-path',
      'error',
      WHY.pathSecret(
        "FreeDNS' v2 update URL (`sync.afraid.org/u/<token>/`): the token in its path updates the record without any other secret; inadyn logs the URL, then the request line with the same path",
      ),
      ({ rng }) => {
        const tok = rng.alnum(24);
        return {
          value: tok,
          event: {
            dd: [
              ['daemon.debug', 'inadyn[1342]', `Update URL: https://sync.afraid.org/u/${tok}/`],
              ['daemon.debug', 'inadyn[1342]', `Sending alias table update to DDNS server: GET /u/${tok}/ HTTP/1.0`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'ddwrt-wireguard-peer-public-key',
      'none',
      'The WireGuard script logs the peer it set up by its public key (44 base64 characters): public by design, no credential.',
      ({ rng }) => {
        const pk = `${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43)}=`;
        return { value: pk, event: { dd: [['user.info', 'root', `wireguard: oet0 peer ${pk} endpoint ${publicIp(rng)}:51820 added`]] } };
      },
    ),
    2,
    plant(
      'webhook',
      'ddwrt-logger-google-chat-webhook',
      'error',
      WHY.webhook(
        'A Google Chat incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`), which a WAN-up script posts to and writes with `logger`',
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            dd: [
              [
                'user.notice',
                'wanup',
                `posted to https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'ddwrt-dnsmasq-dhcp-client-id',
      'none',
      "dnsmasq logs a lease with the client's DHCP client identifier (`01:<MAC>`): a hardware address, no credential.",
      ({ rng }) => {
        const mac = Array.from({ length: 6 }, () => rng.hex(2)).join(':');
        return {
          value: `01:${mac}`,
          event: { dd: [['daemon.info', 'dnsmasq-dhcp[931]', `client provides name: games-pc-07, client-id 01:${mac}`]] },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'ddwrt' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pingdom-checks.jsonl: the club's Pingdom uptime checks read from Pingdom's API 3.1 by a nightly script, one JSON
// object a line: a check's detail (`/checks/{id}`: `check` with `id`, `name`, `hostname`, `type.http` with `url`,
// `encryption`, `port`, `requestheaders`, `shouldcontain`, `lasttesttime`, `status`) or a result (`/results/{id}`:
// the script adds `checkid` to `probeid`, `time`, `status`, `responsetime`, `statusdesc`, `statusdesclong`). Times in
// Unix seconds (UTC). From memory (not fetched): the field names.

function pingdomLog(rng) {
  const render = (e) => [JSON.stringify(e.pd)];
  let id = 7710230;
  const check = (rng, t, name, http) => ({
    check: {
      id: ++id,
      name,
      resolution: 1,
      sendnotificationwhendown: 2,
      notifywhenbackup: true,
      created: Math.floor(t / 1000) - rng.int(90, 900) * 86400,
      hostname: `book.${BY}`,
      status: 'up',
      lasttesttime: Math.floor(t / 1000) - rng.int(5, 60),
      lastresponsetime: rng.int(180, 900),
      type: {
        http: {
          url: '/',
          encryption: true,
          port: 443,
          requestheaders: { 'User-Agent': 'Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)' },
          ...http,
        },
      },
    },
  });
  const filler = (rng, t) => ({
    pd: {
      checkid: 7710231 + rng.int(0, 4),
      probeid: rng.int(30, 90),
      time: Math.floor(t / 1000),
      status: 'up',
      responsetime: rng.int(150, 900),
      statusdesc: 'OK',
      statusdesclong: 'OK',
    },
  });
  const steps = [
    plant(
      'api-key-name',
      'pingdom-check-url-api-key',
      'error',
      `${WHY.apiKey('api_key')} The health check's URL, as the check's detail returns it, carries the booking API's key in its query.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: { pd: check(rng, t, 'Booking API health', { url: `/api/health?api_key=${key}`, shouldcontain: '"ok":true' }) },
        };
      },
      { after: 0 },
    ),
    plant(
      'negative',
      'pingdom-check-shouldcontain-build-hash',
      'none',
      "A check that the front page shows the deployed build: `shouldcontain` is the build's short commit hash (12 hex), no credential.",
      ({ rng, t }) => {
        const h = rng.hex(12);
        return { value: h, event: { pd: check(rng, t, 'Front page build', { url: '/', shouldcontain: `build ${h}` }) } };
      },
    ),
    plant(
      'header-dump',
      'pingdom-check-requestheaders-authorization-bearer',
      'error',
      "A check of the staff API sends a fixed `Authorization: Bearer …` header (an opaque service token that does not expire), and the check's detail returns its `requestheaders`.",
      ({ rng, t }) => {
        const tok = rng.b64url(48);
        return {
          value: tok,
          event: {
            pd: check(rng, t, 'Staff API', {
              url: '/api/staff/rota',
              requestheaders: { 'User-Agent': 'Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)', Authorization: `Bearer ${tok}` },
            }),
          },
        };
      },
    ),
    plant(
      'session-id',
      'pingdom-check-requestheaders-cookie-sessionid',
      'error',
      WHY.session(
        "A check of the members' page signs in with a copied session cookie (`Cookie: sessionid=…`, Django's 32 characters) fixed in its `requestheaders`",
      ),
      ({ rng, t }) => {
        const s = rng.lowerNum(32);
        return {
          value: s,
          event: {
            pd: check(rng, t, 'Members page', {
              url: '/members/',
              requestheaders: { 'User-Agent': 'Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)', Cookie: `sessionid=${s}` },
            }),
          },
        };
      },
    ),
    plant(
      'path-secret',
      'pingdom-check-url-share-path-token',
      'error',
      WHY.pathSecret('A check that the shared tournament results stay reachable watches their share link (`/share/<token>/results`)'),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { pd: check(rng, t, 'Tournament results share', { url: `/share/${tok}/results` }) } };
      },
    ),
    plant(
      'embed-jwt',
      'pingdom-check-url-embed-jwt-no-exp',
      'error',
      "A check watches the opening-hours widget the club embeds on the town's website (`/embed/<JWT>`), signed without `exp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(60 * 86400, 200 * 86400),
          claims: { iss: `https://book.${BY}`, resource: { widget: 'hours' } },
        });
        return { value: token, jwt: facts, event: { pd: check(rng, t, 'Opening hours widget', { url: `/embed/${token}` }) } };
      },
    ),
    4,
    plant(
      'negative',
      'pingdom-result-statusdesclong-request-id',
      'none',
      "A failed result's long description quotes the error page, with the request's id (a UUID) the site prints for support: an id, no credential.",
      ({ rng, t }) => {
        const rid = rng.uuid();
        return {
          value: rid,
          event: {
            pd: {
              checkid: 7710232,
              probeid: 63,
              time: Math.floor(t / 1000),
              status: 'down',
              responsetime: 30000,
              statusdesc: 'HTTP Error 502',
              statusdesclong: `HTTP Error 502: Bad Gateway (request id ${rid})`,
            },
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'pingdom-tms-result-url-access-token-fragment',
      'error',
      "A transaction check's failed step quotes the browser's address, where the sign-in had returned with `#access_token=…` in the fragment.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            pd: {
              checkid: 7710236,
              probeid: 71,
              time: Math.floor(t / 1000),
              status: 'down',
              statusdesc: 'Step 3 failed',
              statusdesclong: `Step 3 "URL should contain /slots" failed: current URL is https://book.${BY}/#access_token=${at}&token_type=Bearer&expires_in=3600`,
            },
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 2 * HOUR, site: { host: 'pingdom' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// coraza-audit.log: Coraza's audit log of the booking site (coraza-caddy, `SecAuditLogFormat JSON`), one transaction a
// line: `transaction` with `timestamp` (local, without zone), `unix_timestamp` (ns), `id`, `client_ip`, `client_port`,
// `host_ip`, `host_port`, `request` (`method`, `uri`, `http_version`, `headers` as lists, `body`), `response`
// (`status`), `producer`, then `messages` (rule id, `msg`, `data`). From memory (not fetched): the field names.

function corazaLog(rng) {
  const ts = (t) => `${ymdHmsAt(t, GMT).replace(/-/g, '/')}`;
  const render = (e) => [
    JSON.stringify({
      transaction: {
        timestamp: ts(e.t),
        unix_timestamp: e.t * 1000000 + rng.int(0, 999999),
        id: e.txid ?? rng.alnum(20),
        client_ip: e.ip,
        client_port: e.port,
        host_ip: '10.0.3.4',
        host_port: 443,
        server_id: `book.${BY}`,
        request: {
          method: e.method,
          protocol: 'HTTP/2.0',
          uri: e.path + (e.query ? `?${e.query}` : ''),
          http_version: '2.0',
          headers: { host: [`book.${BY}`], 'user-agent': [e.ua], ...(e.h ?? {}) },
          body: e.body ?? '',
        },
        response: { status: e.status, headers: {} },
        producer: { connector: 'coraza-caddy', version: '2.0.0', rule_engine: 'On', rulesets: ['OWASP_CRS/4.7.0'] },
        is_interrupted: e.status === 403,
      },
      messages: e.msgs ?? [
        {
          message: 'Inbound Anomaly Score Exceeded',
          data: { id: 949110, msg: 'Inbound Anomaly Score Exceeded (Total Score: 5)', severity: 0, ver: 'OWASP_CRS/4.7.0' },
        },
      ],
    }),
  ];
  const rule = (id, msg, data) => ({ message: msg, data: { id, msg, data, severity: 2, ver: 'OWASP_CRS/4.7.0' } });
  const filler = (rng) =>
    rng.pick([
      () => ({
        path: '/slots',
        query: `day=${rng.int(1, 28)}&q=1%27%20or%201%3D1`,
        status: 403,
        msgs: [rule(942100, 'SQL Injection Attack Detected via libinjection', "Matched Data: s&1 found within ARGS:q: 1' or 1=1")],
      }),
      () => ({
        path: `/${rng.pick(['.env', 'wp-login.php', '.git/config', 'phpinfo.php'])}`,
        status: 403,
        msgs: [rule(930130, 'Restricted File Access Attempt', 'Matched Data: found within REQUEST_FILENAME')],
      }),
    ])();
  const steps = [
    plant(
      'negative',
      'coraza-oidc-authorize-nonce',
      'none',
      "The authorization request of the sign-in (flagged by a false positive on its `redirect_uri`): `nonce` is a random value the ID token will echo, and `state` the client's anti-forgery value; neither is a credential.",
      ({ rng }) => {
        const nonce = rng.b64url(32);
        return {
          value: nonce,
          event: {
            path: '/login/oidc',
            query: `client_id=bookings&response_type=code&response_mode=form_post&redirect_uri=https%3A%2F%2Fbook.${BY}%2Fauth%2Fcb&nonce=${nonce}&state=${rng.hex(16)}`,
            status: 302,
            msgs: [
              rule(
                931130,
                'Possible Remote File Inclusion (RFI) Attack: Off-Domain Reference/Link',
                'Matched Data: book found within ARGS:redirect_uri',
              ),
            ],
          },
        };
      },
      { after: 0 },
    ),
    2,
    plant(
      'oauth-code',
      'coraza-audit-request-uri-callback-code',
      'warning',
      `${WHY.code} The audit log writes the whole request URI of a callback a CRS rule flagged (the code's characters matched an injection pattern).`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            path: '/auth/cb',
            query: `code=${code}&state=${rng.hex(16)}`,
            status: 302,
            msgs: [rule(942440, 'SQL Comment Sequence Detected', 'Matched Data: -- found within ARGS:code')],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'coraza-audit-body-form-post-id-token',
      'error',
      "With `response_mode=form_post` the identity provider posts the `id_token` to the callback, and the audit log keeps the request body; the token lives an hour and was live at the transaction's time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 20),
          claims: { iss: `https://id.${BY}`, aud: 'bookings', sub: rng.uuid(), nonce: rng.b64url(32) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            method: 'POST',
            path: '/auth/cb',
            status: 302,
            h: { 'content-type': ['application/x-www-form-urlencoded'] },
            body: `id_token=${token}&state=${rng.hex(16)}`,
            msgs: [rule(921110, 'HTTP Request Smuggling Attack', 'Matched Data: found within REQUEST_BODY')],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'coraza-audit-body-refresh-token-grant',
      'error',
      `${WHY.refresh} The mobile app's token refresh (\`grant_type=refresh_token\`) tripped a rule, and the audit log keeps the form body with the token.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            method: 'POST',
            path: '/oauth/token',
            status: 200,
            ua: 'okhttp/5.3.2',
            h: { 'content-type': ['application/x-www-form-urlencoded'] },
            body: `grant_type=refresh_token&refresh_token=${rt}&client_id=bgc-app`,
            msgs: [rule(932236, 'Remote Command Execution: Unix Command Injection', 'Matched Data: found within ARGS:refresh_token')],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'coraza-audit-headers-cookie-session',
      'error',
      WHY.session("The booking site's session cookie (`bgc_session`) in the `cookie` header the audit log keeps"),
      ({ rng }) => {
        const s = rng.b64url(40);
        return {
          value: s,
          event: {
            path: '/slots/book',
            method: 'POST',
            status: 403,
            h: { cookie: [`bgc_session=${s}; theme=dark`] },
            body: 'slot=14&pc=games-pc-04',
            msgs: [
              rule(920420, 'Request content type is not allowed by policy', 'Matched Data: found within REQUEST_HEADERS:Content-Type'),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'coraza-audit-uri-base64-return-state-token',
      'error',
      "A link from the club's newsletter carries its context as base64 JSON (`ctx=`), and the JSON holds a member's sign-in `token`; the WAF flagged the base64 and wrote the URI.",
      ({ rng }) => {
        const b = b64Of(JSON.stringify({ member: Number(digits(rng, 5)), token: rng.b64url(32), next: '/slots' }));
        return {
          value: b,
          event: {
            path: '/n/open',
            query: `ctx=${encodeURIComponent(b)}`,
            status: 403,
            msgs: [rule(941100, 'XSS Attack Detected via libinjection', 'Matched Data: found within ARGS:ctx')],
          },
          needle: encodeURIComponent(b),
        };
      },
    ),
    2,
    plant(
      'negative',
      'coraza-audit-csrf-token-body',
      'none',
      "A form post blocked for its content: the body's `csrf_token` is the form's anti-forgery value, no credential.",
      ({ rng }) => {
        const c = rng.b64url(43);
        return {
          value: c,
          event: {
            method: 'POST',
            path: '/contact',
            status: 403,
            body: `csrf_token=${c}&message=%3Cscript%3Ealert(1)%3C%2Fscript%3E`,
            msgs: [rule(941110, 'XSS Filter - Category 1: Script Tag Vector', 'Matched Data: <script> found within ARGS:message')],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: `book.${BY}` }, filler, render, steps });
}

// =====================================================================================================================
// Ведена Моз (Vedeno Honey), beekeepers of Vedeno (Chechen; MSK, UTC+3 all year)
// =====================================================================================================================

const VM = 'vedenamoz.example';

// ---------------------------------------------------------------------------------------------------------------------
// kohana-2028-01-17.log: the shop's Kohana 3.3 log (`application/logs/2028/01/17.php`): the guard line, then entries
// `<yyyy-mm-dd hh:mm:ss> --- <LEVEL>: <message>` in local time (MSK, no zone), an exception's message as `<Class> [ <code>
// ]: <text> ~ <file> [ <line> ] in <file>:<line>`, its trace as a DEBUG entry; a message's further lines unprefixed
// (print_r). From memory (not fetched): Log_File's layout, Kohana_Exception::text(), Request_Client_External's message.

function kohanaLog(rng) {
  const render = (e) => e.ko.flatMap(([lvl, msg]) => `${ymdHmsAt(e.t, MSK)} --- ${lvl}: ${msg}`.split('\n'));
  const SYS = 'SYSPATH/classes/Kohana/Request.php [ 979 ] in /var/www/vedenamoz/system/classes/Kohana/Request.php:979';
  const filler = (rng) =>
    rng.pick([
      () => ({
        ko: [
          [
            'INFO',
            `Керла заказ #${rng.int(3000, 3999)}: ${rng.pick(['аьхке моз', 'кӀайн моз', 'моза кӀира', 'моза чӀу'])}, ${rng.int(1, 6)} кг`,
          ],
        ],
      }),
      () => ({
        ko: [
          [
            'EMERGENCY',
            `HTTP_Exception_404 [ 404 ]: Unable to find a route to match the URI: ${rng.pick(['wp-login.php', '.env', 'xmlrpc.php', 'admin/config.php'])} ~ ${SYS}`,
          ],
          [
            'DEBUG',
            '#0 /var/www/vedenamoz/index.php(118): Kohana_Request->execute()\n#1 {main} in /var/www/vedenamoz/system/classes/Kohana/Request.php:979',
          ],
        ],
      }),
      () => ({
        ko: [['INFO', `Хаам дӀабахьийтина: ${rng.pick(['заказ кечйина', 'заказ дӀаделла', 'баркалла'])} (#${rng.int(3000, 3999)})`]],
      }),
    ])();
  const steps = [
    3,
    plant(
      'path-secret',
      'kohana-404-share-route-token',
      'error',
      WHY.pathSecret(
        'A customer opens the share link of an order (`/deqa/<token>`, from декъа, "share") with a stray character after it; Kohana\'s 404 quotes the URI with the token',
      ),
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            ko: [
              ['EMERGENCY', `HTTP_Exception_404 [ 404 ]: Unable to find a route to match the URI: deqa/${tok}/) ~ ${SYS}`],
              [
                'DEBUG',
                '#0 /var/www/vedenamoz/index.php(118): Kohana_Request->execute()\n#1 {main} in /var/www/vedenamoz/system/classes/Kohana/Request.php:979',
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'kohana-print-r-post-qayladosh',
      'error',
      'A developer\'s `Log::DEBUG` of `print_r($this->request->post(), TRUE)` on the sign-up form writes the posted fields, the password (`qayladosh`, from къайладош, "secret word", password) in clear.',
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            ko: [
              [
                'DEBUG',
                `Array\n(\n    [login] => zarema.v\n    [email] => zarema@${VM}\n    [qayladosh] => ${pw}\n    [yuha] => /zakaz\n)\n`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'kohana-error-yandex-callback-code',
      'warning',
      `${WHY.code} The exchange at Yandex ID failed (\`invalid_grant\`), and the shop's error message ("ГӀалат", "error") quotes the callback address it was handling, code and state included.`,
      ({ rng }) => {
        const code = digits(rng, 16);
        return {
          value: code,
          event: {
            ko: [
              [
                'ERROR',
                `Kohana_Exception [ 0 ]: Yandex ID ГӀалат: invalid_grant (https://${VM}/chuvala/yandex?code=${code}&state=${rng.hex(32)}) ~ APPPATH/classes/Controller/Chuvala.php [ 64 ] in /var/www/vedenamoz/application/classes/Controller/Chuvala.php:64`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'kohana-yoomoney-notification-sha1-hash',
      'none',
      "YooMoney's payment notification logged by the shop: `sha1_hash` is the notification's signature over its fields and the shop's secret, valid for this message only; no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: {
            ko: [
              [
                'INFO',
                `YooMoney хаам: operation_id=${digits(rng, 18)} amount=${rng.int(900, 9000)}.00 label=zakaz-${rng.int(3000, 3999)} sha1_hash=${h}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'kohana-request-exception-dogha-url',
      'error',
      `${WHY.apiKey('dogha')} (догӀа, the app's word for the key) The shop asks the hive-scale service for the apiary's honey stock; Request_Client_External's error quotes the URL with the key.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ko: [
              [
                'ERROR',
                `Request_Exception [ 0 ]: Error fetching remote https://api.${VM}/v1/moz/dorah?dogha=${key} [ status 0 ] Operation timed out after 10001 milliseconds with 0 bytes received ~ SYSPATH/classes/Kohana/Request/Client/Curl.php [ 126 ] in /var/www/vedenamoz/system/classes/Kohana/Request/Client/Curl.php:126`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'kohana-print-r-cookie-sessi',
      'error',
      WHY.session(
        'A `print_r($_COOKIE, TRUE)` left in the cart controller writes the shop\'s session cookie (`sessi`, from сесси, "session")',
      ),
      ({ rng }) => {
        const s = rng.lowerNum(26);
        return { value: s, event: { ko: [['DEBUG', `Array\n(\n    [sessi] => ${s}\n    [mott] => ce\n)\n`]] } };
      },
    ),
    2,
    plant(
      'webhook',
      'kohana-request-exception-zulip-incoming-webhook',
      'error',
      WHY.webhook(
        "A Zulip incoming webhook (`/api/v1/external/<integration>?api_key=<32>&stream=…`, the bot's key in its query) the shop posts new orders to; Request_Client_External's error quotes the URL",
      ),
      ({ rng }) => {
        const key = rng.alnum(32);
        const id = `${key}&stream=zakazash`;
        return {
          value: key,
          needle: id,
          event: {
            ko: [
              [
                'ERROR',
                `Request_Exception [ 0 ]: Error fetching remote https://chat.${VM}/api/v1/external/slack_incoming?api_key=${id} [ status 0 ] Could not resolve host: chat.${VM} ~ SYSPATH/classes/Kohana/Request/Client/Curl.php [ 126 ] in /var/www/vedenamoz/system/classes/Kohana/Request/Client/Curl.php:126`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'kohana-info-percent-encoded-return-qayle',
      'error',
      'The sign-in page logs where it will send the customer back ("Юха", "back"): a percent-encoded address of the gift-card page, whose `qayle` (къайле, "secret") opens the card.',
      ({ rng }) => {
        const q = rng.alnum(24);
        return {
          value: q,
          event: {
            ko: [['INFO', `Юха хьажор: /chuvala?yuha=${encodeURIComponent(`https://${VM}/sovgat?karta=${rng.int(100, 999)}&qayle=${q}`)}`]],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'kohana-404-media-md5-filename',
      'none',
      'A missing product photo, named by the MD5 of its upload (32 hex): a file name, no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: {
            ko: [['EMERGENCY', `HTTP_Exception_404 [ 404 ]: Unable to find a route to match the URI: media/suurtash/${h}.jpg ~ ${SYS}`]],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, {
    start: DAY_CE + 6 * HOUR,
    site: { host: VM },
    filler,
    render,
    steps,
    header: ["<?php defined('SYSPATH') OR die('No direct script access.'); ?>", ''],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// mozproxy.log: the cooperative's proxy in front of its hive scales and API, built on Cloudflare's Pingora, its
// stderr: env_logger's `[<ISO 8601 UTC>Z <LEVEL> <module>] <message>`, Rust `{:?}` of the structs it prints. From
// memory (not fetched): env_logger's default layout, `http::request::Parts`' and `reqwest::Error`'s Debug output, the
// Pingora server's start-up lines.

function pingoraLog(rng) {
  const render = (e) => e.pg.map(([lvl, mod, msg]) => `[${iso(e.t).slice(0, 19)}Z ${lvl.padEnd(5)} ${mod}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        pg: [
          [
            'INFO',
            'mozproxy::log',
            `${rng.pick(['192.168.10.21', '192.168.10.22', publicIp(rng)])} POST /v1/kir/${rng.int(1, 24)} 204 ${rng.int(2, 40)}ms`,
          ],
        ],
      }),
      () => ({ pg: [['INFO', 'mozproxy::log', `${publicIp(rng)} GET /v1/moz/dorah 200 ${rng.int(2, 40)}ms`]] }),
      () => ({ pg: [['WARN', 'pingora_core::connectors', `Upstream connect timeout: 10.0.4.${rng.int(2, 20)}:8080`]] }),
    ])();
  const steps = [
    {
      raw: {
        pg: [
          ['INFO', 'pingora_core::server', 'Bootstrap starting'],
          ['INFO', 'pingora_core::server', 'Server starting'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'pingora-tls-certificate-sha256-fingerprint',
      'none',
      'At start-up the proxy logs the SHA-256 fingerprint of the certificate it loaded (64 hex): the fingerprint of a public certificate, no credential.',
      ({ rng }) => {
        const f = rng.hex(64);
        return { value: f, event: { pg: [['INFO', 'mozproxy', `TLS certificate /etc/mozproxy/cert.pem loaded, sha256=${f}`]] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'pingora-request-and-log-api-dogha',
      'error',
      `${WHY.apiKey('api_dogha')} ("API key", from догӀа) A reseller's shop reads the stock with the key in the query; the proxy's request filter writes the URI at debug level and its logging hook writes it again when the request ends.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        const ip = publicIp(rng);
        return {
          value: key,
          event: {
            pg: [
              ['DEBUG', 'mozproxy::filter', `request_filter: ${ip} GET /v1/moz/dorah?api_dogha=${key}`],
              ['INFO', 'mozproxy::log', `${ip} GET /v1/moz/dorah?api_dogha=${key} 200 ${rng.int(3, 30)}ms`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'pingora-warn-proxy-authorization-basic',
      'error',
      "A client configured to use the host as a forward proxy sends `Proxy-Authorization: Basic …` (a user name and password in base64), and the proxy's filter warns about the unexpected header, its value quoted with Rust's `{:?}` of a `HeaderValue`.",
      ({ rng }) => {
        const tok = b64Of(`kir-gateway:${rng.alnum(18)}`);
        return {
          value: tok,
          event: {
            pg: [['WARN', 'mozproxy::filter', `unexpected header from ${publicIp(rng)}: proxy-authorization: "Basic ${tok}" (dropped)`]],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'pingora-debug-renewal-form-hashmap',
      'error',
      `${WHY.refresh} The proxy renews its token at the cooperative's identity server and prints the form it posts, a Rust \`HashMap\` in \`{:?}\`, the refresh token in it.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            pg: [
              [
                'DEBUG',
                'mozproxy::auth',
                `renewing token: form={"client_id": "mozproxy", "refresh_token": "${rt}", "grant_type": "refresh_token"}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'pingora-websocket-bilet-first',
      'note',
      WHY.ticketFirst(
        'The hive scales\' live view opens its WebSocket with a one-time ticket in the query (`/ws?bilet=…`, билет, "ticket"), and the proxy logs the upgrade (101) with the client\'s address. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.bilet = t;
        return { value: tk, event: { pg: [['INFO', 'mozproxy::log', `192.168.10.31 GET /ws?bilet=${tk} 101 ${rng.int(2, 9)}ms`]] } };
      },
      { ref: 'bilet' },
    ),
    1,
    plant(
      'replay',
      'pingora-websocket-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} A public address opened the live view with the ticket the apiary's tablet had used, and the proxy upgraded it again (101).`,
          },
        ],
        event: { pg: [['INFO', 'mozproxy::log', `198.51.100.203 GET /ws?bilet=${refs.get('bilet').value} 101 4ms`]] },
      }),
      { replayOf: 'bilet', after: 151 },
    ),
    2,
    plant(
      'webhook',
      'pingora-reqwest-error-rocketchat-hook',
      'error',
      WHY.webhook(
        "A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the proxy posts alerts to; `reqwest::Error`'s `{:?}` quotes its URL",
      ),
      ({ rng }) => {
        const id = rng.alnum(24);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: {
            pg: [
              [
                'ERROR',
                'mozproxy::alert',
                `alert failed: reqwest::Error { kind: Request, url: "https://chat.${VM}/hooks/${id}/${tok}", source: hyper_util::client::legacy::Error(Connect, ConnectError("tcp connect error", Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })) }`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'pingora-scale-telemetry-hmac-sig',
      'none',
      "A hive scale's reading is rejected for its clock; `sig` is the HMAC-SHA256 of that one reading (64 hex), valid for this message only, no credential.",
      ({ rng }) => {
        const s = rng.hex(64);
        return {
          value: s,
          event: {
            pg: [
              [
                'WARN',
                'mozproxy::kir',
                `reading rejected (clock skew 412s): kir=7 massa=41.82 ts=${1800000000 + rng.int(0, 9999999)} sig=${s}`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_CE + 4 * HOUR, site: { host: VM }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zotonic-console.log: the cooperative's news site on Zotonic 1.x, its console log as written to file: `<ISO 8601 with
// +03:00> [<level>] <pid>@<module>:<function>/<arity>:<line> <message>`, Erlang terms printed as Erlang writes them
// (`~p`: binaries `<<"…">>`, proplists, maps). From memory (not fetched): the layout (OTP logger's time, Zotonic's
// location), the messages.

function zotonicLog(rng) {
  const pid = (rng) => `<0.${rng.int(900, 9000)}.0>`;
  const render = (e) => e.zo.map(([lvl, loc, msg]) => `${isoMsk(e.t)} [${lvl}] ${pid(rng)}@${loc} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ zo: [['info', 'z_pivot_rsc:pivot_batch/1:312', `Pivot: ${rng.int(1, 9)} resources`]] }),
      () => ({
        zo: [
          [
            'info',
            'z_email_server:handle_cast/2:402',
            `Email sent to <${rng.pick(['khava', 'ruslan', 'aminat', 'said'])}@${VM}>: "Керла хаам: моза ярмарка"`,
          ],
        ],
      }),
      () => ({
        zo: [
          [
            'debug',
            'z_sites_dispatcher:dispatch/3:188',
            `Dispatch: /ce/${rng.pick(['khaamash', 'mozash', 'vayekh'])}/${rng.int(300, 900)} -> controller_page`,
          ],
        ],
      }),
    ])();
  const steps = [
    3,
    plant(
      'id-token',
      'zotonic-oidc-expired-id-token-warning',
      'note',
      "The site's OpenID Connect sign-in rejects an ID token that had expired, and the warning prints the token; it had expired two hours before the line, which carries its `+03:00` zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 2 * 3600 + rng.int(60, 600),
          claims: { iss: `https://id.${VM}`, aud: 'zotonic', sub: rng.uuid(), nonce: rng.b64url(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: { zo: [['warning', 'mod_oidc:validate_id_token/2:221', `ID token rejected (expired): <<"${token}">>`]] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'zotonic-image-url-options-checksum',
      'none',
      "A resized image's URL ends in the checksum of its options (`(…)(<checksum>).jpg`), which the site computes so nobody can ask for other sizes: a signature of one image's options, no credential.",
      ({ rng }) => {
        const c = rng.hex(32).toUpperCase();
        return {
          value: c,
          event: {
            zo: [
              [
                'debug',
                'z_sites_dispatcher:dispatch/3:188',
                `Dispatch: /image/2028/1/14/mozash.jpg%28800x600%29%28crop%29%28${c}%29.jpg -> controller_file`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'zotonic-dispatch-deqa-token',
      'error',
      WHY.pathSecret(
        'A draft press release shared with the village council (`/deqa/<token>`, декъа, "share"); the dispatcher\'s debug line writes the path',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { zo: [['debug', 'z_sites_dispatcher:dispatch/3:188', `Dispatch: /deqa/${tok} -> controller_deqa`]] } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'zotonic-dispatch-embed-30d-jti',
      'error',
      "The honey-fair map embedded on the district's site (`/embed/<JWT>`), valid thirty days with a jti, in a dispatcher line stamped `+03:00`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 5 * 86400),
          jti: true,
          claims: { iss: `https://${VM}`, resource: { page: 'yarmarka' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { zo: [['debug', 'z_sites_dispatcher:dispatch/3:188', `Dispatch: /embed/${token} -> controller_embed`]] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'zotonic-httpc-error-qayle-dogha',
      'error',
      `${WHY.apiKey('qayle_dogha')} ("secret key", къайле + догӀа) The site pulls the apiaries' readings; the httpc error term quotes the URL with the key.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            zo: [
              [
                'error',
                'mod_vedena:fetch_kir/1:58',
                `Fetch failed: {error,{failed_connect,[{to_address,{"api.${VM}",443}},{inet,[inet],etimedout}]}} url: "https://api.${VM}/v1/kir?qayle_dogha=${key}"`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'zotonic-controller-crash-proplist-qayladosh',
      'error',
      "A crash in the members' API controller prints its arguments as an Erlang proplist of binaries, the password (`qayladosh`) included.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            zo: [
              [
                'error',
                'controller_api:process/4:119',
                `Error in mod_vedena:m_member/3: {badmatch,undefined} args: [{<<"login">>,<<"aminat.kh">>},{<<"qayladosh">>,<<"${pw}">>},{<<"z_v">>,<<"ce">>}]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'zotonic-redirect-base64-data-qayle',
      'error',
      'The donation page redirects to the payment form with its context in base64 JSON (`data=`), and the JSON holds the donor account\'s `qayle` (къайле, "secret").',
      ({ rng }) => {
        const b = b64Of(JSON.stringify({ sum: rng.int(500, 5000), qayle: rng.alnum(24), yuha: `https://${VM}/barkalla` }));
        return {
          value: b,
          needle: encodeURIComponent(b),
          event: { zo: [['info', 'controller_donate:process/4:77', `Redirect to https://pay.${VM}/form?data=${encodeURIComponent(b)}`]] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'zotonic-media-etag-md5',
      'none',
      'A media file served with its ETag, the MD5 of its contents (32 hex): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: { zo: [['debug', 'controller_file:generate_etag/2:310', `ETag "${h}" for /image/2028/1/14/mozash.jpg`]] },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_CE + 9 * HOUR, site: { host: VM }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sublime-console.txt: the Sublime Text 4 console of the cooperative's developer, copied out whole: the start-up lines
// (`reloading plugin …`), Package Control 4 with `"debug": true` (its `Urllib HTTPS Debug Request/Read` blocks of
// headers, indented two spaces), the own plugin's `print()` lines and a traceback; no time. From memory (not fetched).

function sublimeLog(rng) {
  const render = (e) => e.st;
  const filler = (rng) =>
    rng.pick([
      () => ({ st: [`reloading plugin ${rng.pick(['LSP.boot', 'GitSavvy.git_savvy', 'MozDeploy.moz_deploy', 'A File Icon.plugin'])}`] }),
      () => ({ st: [`Package Control: No updated packages`] }),
      () => ({
        st: [`MozDeploy: ${rng.pick(['index.php', 'Chuvala.php', 'Zakaz.php', 'style.css'])} сервере дӀадахьийтина (${rng.int(1, 80)} KB)`],
      }),
    ])();
  const steps = [
    {
      raw: { st: ['startup, version: 4200 linux x64 channel: stable', 'executable: /opt/sublime_text/sublime_text', 'plugins loaded'] },
      after: 0,
    },
    plant(
      'framework-dump',
      'sublime-plugin-settings-dict-qayladosh',
      'error',
      "The cooperative's own deploy plugin prints its settings as a Python dict at load, the server password (`qayladosh`) among them.",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            st: [
              `MozDeploy: settings {'host': 'shop.${VM}', 'port': 22, 'user': 'deploy', 'qayladosh': '${pw}', 'path': '/var/www/vedenamoz'}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'sublime-package-control-debug-authorization-basic',
      'error',
      "Package Control in debug mode writes each request's headers; its `http_basic_auth` setting for the cooperative's private channel puts `Authorization: Basic …` (user and password in base64) among them.",
      ({ rng }) => {
        const basic = b64Of(`vedena-dev:${rng.alnum(20)}`);
        return {
          value: basic,
          event: {
            st: [
              'Urllib HTTPS Debug Request',
              '  GET /paketash/channel.json HTTP/1.1',
              '  Accept-Encoding: gzip,deflate',
              `  Authorization: Basic ${basic}`,
              `  Host: code.${VM}`,
              '  User-Agent: Package Control v4.0.8',
              'Urllib HTTPS Debug Read',
              '  HTTP/1.1 200 OK',
              '  Content-Type: application/json',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'sublime-package-control-upgrade-commit',
      'none',
      'Package Control names the commit it upgraded a package to (40 hex): an object id, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { st: [`Package Control: Upgraded GitSavvy to 2.50.1 (${sha})`] } };
      },
    ),
    plant(
      'path-secret',
      'sublime-package-control-download-path-token',
      'error',
      WHY.pathSecret(
        "The private package's download link, whose path holds a per-developer token (`/d/<token>/…sublime-package`), as Package Control in debug mode writes the download",
      ),
      ({ rng }) => {
        const tok = rng.hex(32);
        return {
          value: tok,
          event: {
            st: [`Package Control: Download Debug`, `  URL: https://code.${VM}/d/${tok}/MozDeploy.sublime-package`, '  Timeout: 30'],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'sublime-plugin-traceback-url-dogha',
      'error',
      `${WHY.apiKey('dogha')} (догӀа) The deploy plugin's check of the shop's API fails, and its own message before the traceback prints the URL with the key.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            st: [
              `MozDeploy: ГӀалат: https://api.${VM}/v1/status?dogha=${key}`,
              'Traceback (most recent call last):',
              '  File "/home/ruslan/.config/sublime-text/Packages/MozDeploy/moz_deploy.py", line 88, in run',
              '    urllib.request.urlopen(url, timeout=10)',
              'urllib.error.HTTPError: HTTP Error 403: Forbidden',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'sublime-sheets-plugin-credentials-dict',
      'error',
      `${WHY.refresh} A Google Sheets plugin (the order book) prints the credentials it loaded as a Python dict, Google's \`refresh_token\` (\`1//0…\`) included.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            st: [
              `SheetsSync: credentials {'token': 'ya29.${rng.b64url(150)}', 'refresh_token': '${rt}', 'token_uri': 'https://oauth2.googleapis.com/token', 'client_id': '${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com', 'scopes': ['https://www.googleapis.com/auth/spreadsheets']}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'sublime-package-control-sha256-check',
      'none',
      "Package Control checks a downloaded package against its channel's SHA-256 (64 hex): a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { st: [`Package Control: MozDeploy.sublime-package sha256 ${h} OK`] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_CE + 8 * HOUR, site: { host: VM }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jotform-khattarsh.csv: the support form's submissions exported as CSV from Jotform's Submissions table: the header row
// (the questions in Chechen, Jotform's own `Submission Date`, `Submission ID` and `Submission IP`), then one row a
// submission, every field quoted; dates in the account's zone (Europe/Moscow) without zone. From memory (not fetched).

function jotformLog(rng) {
  const render = (e) => [[ymdHmsAt(e.t, MSK), e.name, e.mail, e.text, e.ip, digits(rng, 19)].map(csv).join(',')];
  const NAMES = ['Хеда Мусаева', 'Ислам Дудаев', 'Макка Эльмурзаева', 'Адам Исаев', 'Петимат Ахмадова'];
  const who = (rng) => {
    const n = rng.pick(NAMES);
    return { name: n, mail: `${rng.lowerNum(8)}@mail.example` };
  };
  const filler = (rng) => ({
    ...who(rng),
    text: rng.pick([
      `Маршалла! Заказ #${rng.int(3000, 3999)} маца схьакхочу?`,
      'Кхахкхийн моз бу шуьгахь?',
      `Баркалла, моз дика ду!`,
      'Хьалха хилла заказ юха дан лаьа',
    ]),
  });
  const steps = [
    2,
    plant(
      'negative',
      'jotform-tracking-number-masked-card',
      'none',
      "A customer quotes her parcel's Russian Post tracking number (14 digits) and the card she paid with, masked by the bank (`2202 **** **** …`): neither is a credential.",
      ({ rng }) => {
        const tr = digits(rng, 14);
        return { value: tr, event: { ...who(rng), text: `Посылка ${tr} схьа ца кхаьчна. Карт: 2202 **** **** ${digits(rng, 4)}` } };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'jotform-pasted-address-access-token-fragment',
      'error',
      'A customer writes that after signing in the page stays empty and pastes its address, the sign-in return with `#access_token=…` in the fragment.',
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: { ...who(rng), text: `ЧувалачхьагӀа агӀо еса ю: https://${VM}/#access_token=${at}&token_type=Bearer&expires_in=3600` },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'jotform-nextcloud-share-link',
      'error',
      WHY.pathSecret(
        'A beekeeper sends the photos of a damaged delivery as a Nextcloud public share (`/s/<15 characters>`), which opens without a password',
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return { value: tok, event: { ...who(rng), text: `Суьрташ кхузахь ду: https://cloud.${VM}/s/${tok}` } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'jotform-reseller-feed-url-dogha',
      'error',
      `${WHY.apiKey('dogha')} (догӀа) A reseller reports that the wholesale price feed stopped and pastes its address, key included.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { ...who(rng), text: `Фид болх ца беш бу: https://${VM}/feed/yml?dogha=${key}` } };
      },
    ),
    2,
    plant(
      'id-token',
      'jotform-pasted-callback-id-token',
      'error',
      "A customer pastes the error page she landed on after signing in with VK ID, whose address holds the `id_token` (ten hours long, issued minutes before, live whatever the export's zone)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 10 * 3600,
          age: rng.int(300, 1200),
          claims: { iss: 'https://id.vk.example', aud: 'vedenamoz', sub: digits(rng, 9) },
        });
        return {
          value: token,
          jwt: facts,
          event: { ...who(rng), text: `ГӀалат: https://${VM}/chuvala/vk?id_token=${token}&state=${rng.hex(16)}` },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'jotform-pasted-jsessionid',
      'error',
      WHY.session(
        'A customer pastes the payment page of the delivery company, with its Java session id in the path (`;jsessionid=<32 hex>`)',
      ),
      ({ rng }) => {
        const s = rng.hex(32).toUpperCase();
        return {
          value: s,
          event: { ...who(rng), text: `Мах ца баларх: https://pay.kurier.example/checkout;jsessionid=${s}?order=${rng.int(3000, 3999)}` },
        };
      },
    ),
    2,
    plant(
      'negative',
      'jotform-order-share-placeholder',
      'none',
      'A customer copies the instructions for sharing an order with its placeholder (`/deqa/<token>`) left in: a placeholder, no value.',
      ({ rng }) => ({ value: '/deqa/<token>', event: { ...who(rng), text: `Кхузахь «https://${VM}/deqa/<token>» аьлла ду, хӀун ю иза?` } }),
    ),
    1,
  ];
  return buildLog(rng, {
    start: DAY_CE + 5 * HOUR,
    site: { host: VM },
    filler,
    render,
    steps,
    header: [['Submission Date', 'ЦӀе', 'Электрон почта', 'Хаттар', 'Submission IP', 'Submission ID'].map(csv).join(',')],
  });
}

// =====================================================================================================================
// Коми небӧг (Komi Nebög), a Komi-language book publisher of Syktyvkar (Komi; MSK, UTC+3 all year)
// =====================================================================================================================

const KN = 'kominebog.example';

// ---------------------------------------------------------------------------------------------------------------------
// fuelphp-2028-02-07.log: the shop's FuelPHP 1.8 log (`fuel/app/logs/2028/02/07.php`): the guard line, then `<LEVEL> -
// <yyyy-mm-dd hh:mm:ss> --> <message>` in local time (MSK, no zone), with the core's debug lines (`Fuel\Core\Request::
// __construct - Creating a new main Request with URI = "…"`), the app's lines and a message's further lines unprefixed
// (print_r). From memory (not fetched).

function fuelLog(rng) {
  const render = (e) => e.fu.flatMap(([lvl, msg]) => `${lvl} - ${ymdHmsAt(e.t, MSK)} --> ${msg}`.split('\n'));
  const req = (uri) => [
    ['DEBUG', `Fuel\\Core\\Request::__construct - Creating a new main Request with URI = "${uri}"`],
    ['DEBUG', 'Fuel\\Core\\Request::execute - Called'],
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ fu: req(`nebog/${rng.int(1000, 1300)}`) }),
      () => ({
        fu: [
          [
            'INFO',
            `Выль тшӧктӧм #${rng.int(5000, 5999)}: ${rng.pick(['«Ворса»', '«Кывбуръяс»', '«Мойдъяс»', '«Шондібанӧй»'])}, ${rng.int(1, 4)} небӧг`,
          ],
        ],
      }),
      () => ({ fu: req(rng.pick(['', 'nebog', 'avtor/12', 'juor'])) }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'fuelphp-print-r-post-csrf-token',
      'none',
      "A developer's `print_r(Input::post(), true)` of the contact form: `fuel_csrf_token` is FuelPHP's anti-forgery value, no credential.",
      ({ rng }) => {
        const c = rng.hex(64);
        return {
          value: c,
          event: { fu: [['DEBUG', `Array\n(\n    [nim] => Ольга\n    [juor] => Кор петас «Ворса»?\n    [fuel_csrf_token] => ${c}\n)\n`]] },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'fuelphp-request-uri-lyddyny-token',
      'error',
      WHY.pathSecret(
        "The e-book reader's personal link (`/lyddyny/<token>`, from лыддьыны, \"to read\") a buyer gets by mail; FuelPHP's debug line writes the request's URI",
      ),
      ({ rng }) => {
        const tok = rng.alnum(32);
        return { value: tok, event: { fu: req(`lyddyny/${tok}`) } };
      },
    ),
    2,
    plant(
      'framework-dump',
      'fuelphp-print-r-post-gus-kyv',
      'error',
      'The same `print_r(Input::post(), true)` on the sign-up form writes the password (`gus_kyv`, from гусь кыв, "secret word") in clear.',
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            fu: [['DEBUG', `Array\n(\n    [login] => vanja.popov\n    [gus_kyv] => ${pw}\n    [fuel_csrf_token] => ${rng.hex(64)}\n)\n`]],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'fuelphp-error-yandex-id-token',
      'error',
      'Sign-in through an identity provider fails on the shop\'s side ("Пырны эз артмы", "signing in did not work out"), and the error prints the `id_token` it received (ten hours long, issued minutes before: live whatever the zone)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 10 * 3600,
          age: rng.int(60, 900),
          claims: { iss: 'https://id.yandex.example', aud: 'kominebog', sub: digits(rng, 10) },
        });
        return { value: token, jwt: facts, event: { fu: [['ERROR', `Пырны эз артмы: Auth_Login_Driver ошибка, id_token=${token}`]] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'fuelphp-warning-sdek-url-kljuch',
      'error',
      `${WHY.apiKey('kljuch')} (ключ, "key", as Komi uses the word) The shop's call to its own warehouse service fails and the warning quotes the URL with the key.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { fu: [['WARNING', `Склад эз вочавидз: https://sklad.${KN}/api/koljas?kljuch=${key} (timeout)`]] } };
      },
    ),
    2,
    plant(
      'replay',
      'fuelphp-download-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use download ticket for a bought e-book (`bilet`, билет, "ticket"), which the shop logs when it sends the file ("Небӧг ыстӧма", "the book has been sent"). The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(22);
        return { value: tk, event: { fu: [['INFO', `Небӧг ыстӧма: nebog/vaj?bilet=${tk} (epub, 1187)`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'fuelphp-cache-file-md5',
      'none',
      "FuelPHP's file cache names an entry by an MD5 of its key (32 hex): a file name, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { fu: [['DEBUG', `Fuel\\Core\\Cache_Storage_File::set - cache/nebog/${h}.cache`]] } };
      },
    ),
    1,
  ];
  return buildLog(rng, {
    start: DAY_KV + 7 * HOUR,
    site: { host: KN },
    filler,
    render,
    steps,
    header: ["<?php defined('COREPATH') or exit('No direct script access allowed'); ?>", ''],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// workerman-stdout.log: the reading club's chat server on Workerman 4 (`Worker::$stdoutFile`): Workerman's own lines
// `<yyyy-mm-dd hh:mm:ss> pid:<pid> <message>`, then what the app echoes (`[<yyyy-mm-dd hh:mm:ss>] …`) and print_r()
// blocks, local time (MSK) without zone. From memory (not fetched): Worker::log()'s prefix.

function workermanLog(rng) {
  const render = (e) => e.wm.flatMap((line) => line.split('\n'));
  const at = (t) => `[${ymdHmsAt(t, MSK)}]`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ wm: [`${at(t)} ${publicIp(rng)} пырис чатӧ (${rng.int(3, 40)} морт)`] }),
      () => ({ wm: [`${at(t)} юӧр: ${rng.pick(['«Ворса» лыддьыны помалі', 'Аттьӧ!', 'Видза оланныд, ёртъяс', 'Мӧд кывбур кутшӧм?'])}`] }),
    ])();
  const steps = [
    {
      raw: {
        get wm() {
          return [`${ymdHmsAt(DAY_KV + 9 * HOUR, MSK)} pid:2211 Workerman[klub.php] start in DAEMON mode`];
        },
      },
      after: 0,
    },
    2,
    plant(
      'header-dump',
      'workerman-print-r-handshake-authorization',
      'error',
      "The chat server's `onWebSocketConnect` prints the handshake's headers with `print_r($_SERVER)`, and the staff app's `HTTP_AUTHORIZATION` (a bearer token that does not expire) is among them.",
      ({ rng, t }) => {
        const tok = rng.b64url(48);
        return {
          value: tok,
          event: {
            wm: [
              `${at(t)} handshake:`,
              `Array\n(\n    [HTTP_HOST] => klub.${KN}\n    [HTTP_UPGRADE] => websocket\n    [HTTP_AUTHORIZATION] => Bearer ${tok}\n    [HTTP_SEC_WEBSOCKET_VERSION] => 13\n)`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'workerman-print-r-message-nonce',
      'none',
      "A client's message printed with `print_r`: its `nonce` (16 hex) lets the server drop a message sent twice; no credential.",
      ({ rng, t }) => {
        const key = rng.hex(16);
        return {
          value: key,
          event: {
            wm: [`${at(t)} juor:`, `Array\n(\n    [type] => juor\n    [klub] => 7\n    [text] => Аттьӧ, ёртъяс!\n    [nonce] => ${key}\n)`],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'workerman-echo-cookie-sessija',
      'error',
      WHY.session(
        'The chat server echoes the cookies of a member who joined as JSON, the shop\'s session (`sessija`, сессия, "session") among them',
      ),
      ({ rng, t }) => {
        const s = rng.lowerNum(26);
        return { value: s, event: { wm: [`${at(t)} пырис: {"sessija":"${s}","kyv":"kv"}`] } };
      },
    ),
    2,
    plant(
      'replay',
      'workerman-ws-bilet-first',
      'note',
      WHY.ticketFirst(
        'The chat opens its WebSocket with a one-time ticket in the query (`/ws?bilet=…`, билет, "ticket"), and the server echoes who connected with which path. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.wsbilet = t;
        return { value: tk, event: { wm: [`${at(t)} 192.0.2.77 GET /ws?bilet=${tk} -> 101`] } };
      },
      { ref: 'wsbilet' },
    ),
    1,
    plant(
      'replay',
      'workerman-ws-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('wsbilet').value,
            why: `${WHY.replay('bilet', gap('wsbilet', t))} Another address opened the chat with the ticket a member's browser had used, and the server let it in (101).`,
          },
        ],
        event: { wm: [`${at(t)} 203.0.113.190 GET /ws?bilet=${refs.get('wsbilet').value} -> 101`] },
      }),
      { replayOf: 'wsbilet', after: 97 },
    ),
    2,
    plant(
      'implicit-fragment',
      'workerman-client-error-href-access-token',
      'error',
      "The chat page reports its JavaScript errors over the socket, with `location.href`; the page had been opened from the sign-in's return, `#access_token=…` in its fragment, and the server echoes the report.",
      ({ rng, t }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          event: {
            wm: [
              `${at(t)} js-error: {"msg":"TypeError: user is undefined","href":"https://klub.${KN}/#access_token=${a}&token_type=Bearer&expires_in=3600"}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'workerman-echo-push-url-kljuch',
      'error',
      `${WHY.apiKey('kljuch')} (ключ) The chat server calls the shop's notice service for a new message and echoes the URL it calls, key included.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: { wm: [`${at(t)} юӧр ыстӧм: GET https://${KN}/api/juor?kljuch=${key}&klub=7`] } };
      },
    ),
    plant(
      'negative',
      'workerman-echo-message-id-uuid',
      'none',
      'The server echoes a stored chat message with its id (a UUID): an id, no credential.',
      ({ rng, t }) => {
        const u = rng.uuid();
        return { value: u, event: { wm: [`${at(t)} юӧр видзӧма: id=${u} klub=7`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KV + 9 * HOUR, site: { host: KN }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// homey-app-run.log: `homey app run` of the reading room's own Homey Pro app (thermostat, door camera, notices), its
// console: `<ISO 8601 UTC> [log|err] [<ManagerName>] [<Driver:…>] <message>`, objects as Node's util.inspect prints them
// on one line. From memory (not fetched): the prefix, homey-oauth2app's `[OAuth2Client]` messages.

function homeyLog(rng) {
  const render = (e) => e.hy.map(([lvl, who, msg]) => `${iso(e.t)} [${lvl}] ${who} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        hy: [['log', '[ManagerDrivers] [Driver:termostat] [Device:lyddyanin]', `Шоныдлун: ${rng.int(19, 23)}.${rng.int(0, 9)} °C`]],
      }),
      () => ({ hy: [['log', '[KomiNebogApp]', `Ӧдзӧс восьтысь: ${rng.pick(['Ӧльга', 'Ваня', 'Маша', 'Коля'])}`]] }),
    ])();
  const steps = [
    { raw: { hy: [['log', '[KomiNebogApp]', 'Лыддянін app 1.3.0 is running...']] }, after: 0 },
    2,
    plant(
      'negative',
      'homey-zigbee-ieee-address',
      'none',
      'A Zigbee sensor paired, logged with its IEEE address (64-bit, 16 hex): a hardware address, no credential.',
      ({ rng }) => {
        const a = rng.hex(16);
        return { value: a, event: { hy: [['log', '[ManagerDrivers] [Driver:ӧшинь]', `Paired zigbee device ieeeAddress=0x${a}`]] } };
      },
    ),
    plant(
      'oauth-code',
      'homey-oauth2-callback-and-exchange-code',
      'warning',
      `${WHY.code} homey-oauth2app's client logs the callback it received from the thermostat vendor's sign-in, then the exchange with the same code.`,
      ({ rng }) => {
        const code = rng.hex(32);
        const state = rng.hex(24);
        return {
          value: code,
          event: {
            hy: [
              ['log', '[OAuth2App] [OAuth2Client]', `onHandleAuthorizationURLCallback { code: '${code}', state: '${state}' }`],
              ['log', '[OAuth2App] [OAuth2Client]', `getTokenByCode { code: '${code}' }`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'homey-oauth2-token-util-inspect',
      'error',
      `${WHY.refresh} The app logs the token it got as util.inspect prints the \`OAuth2Token\` object, \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            hy: [
              [
                'log',
                '[OAuth2App] [OAuth2Client]',
                `Got token: OAuth2Token { access_token: '${rng.b64url(43)}', refresh_token: '${rt}', token_type: 'Bearer', expires_in: 10800 }`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'homey-fetch-embed-jwt-120s',
      'warning',
      "The app fetches the reading-room board embed from the publisher's site (`/embed/<JWT>`), a token of 120 s without jti, live when logged on a line stamped in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(2, 20),
          claims: { iss: `https://${KN}`, resource: { dashboard: 'lyddyanin' } },
        });
        return { value: token, jwt: facts, event: { hy: [['log', '[KomiNebogApp]', `Fetching https://${KN}/embed/${token}`]] } };
      },
    ),
    2,
    plant(
      'encoded',
      'homey-camera-snapshot-auth-base64',
      'error',
      "The door camera's snapshot URL takes the user and password as base64 in `auth=`, and the app logs the URL it fetched.",
      ({ rng }) => {
        const b = b64Of(`admin:${rng.alnum(14)}`);
        return {
          value: b,
          event: {
            hy: [
              [
                'err',
                '[ManagerDrivers] [Driver:kamera] [Device:ӧдзӧс]',
                `Snapshot failed (timeout): http://192.168.1.30/cgi-bin/snapshot.cgi?auth=${b}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'homey-flow-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) a Flow card posts to when the room opens; the app logs the URL of the failed post',
      ),
      ({ rng }) => {
        const id = digits(rng, 8);
        const tok = rng.lowerNum(7);
        return {
          value: tok,
          needle: `catch/${id}/${tok}/`,
          event: { hy: [['err', '[KomiNebogApp]', `Юӧр эз мун: POST https://hooks.zapier.com/hooks/catch/${id}/${tok}/ 429`]] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'homey-device-data-id-uuid',
      'none',
      'A device added, with its `data.id` (a UUID the driver gave it): an id, no credential.',
      ({ rng }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: { hy: [['log', '[ManagerDrivers] [Driver:termostat]', `Device added: { name: 'Лыддянін', data: { id: '${u}' } }`]] },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_KV + 6 * HOUR, site: { host: KN }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// onesignal-notifications.csv: the publisher's sent push notifications exported as CSV from OneSignal's dashboard: a
// header row, then one row a notification: `id` (UUID), `queued_at` and `completed_at` (Unix seconds), `headings`,
// `contents`, `url`, `data` (JSON), `successful`, `failed`, `converted`. From memory (not fetched): the column set.

function onesignalLog(rng) {
  const render = (e) => [
    [
      rng.uuid(),
      Math.floor(e.t / 1000),
      Math.floor(e.t / 1000) + rng.int(2, 40),
      e.head,
      e.body,
      e.url,
      e.data ?? '',
      rng.int(200, 3000),
      rng.int(0, 40),
      rng.int(0, 300),
    ]
      .map(csv)
      .join(','),
  ];
  const filler = (rng, t) => ({
    head: rng.pick(['Выль небӧг!', 'Лыддьысьяслы', 'Коми небӧг']),
    body: rng.pick(['«Ворса» петіс — видзӧдлӧй!', 'Кывбур лун: аски 18 часын', 'Аттьӧ, мый лыддьыланныд']),
    url: `https://${KN}/nebog/${rng.int(1000, 1300)}?utm_source=onesignal`,
    t,
  });
  const steps = [
    2,
    plant(
      'negative',
      'onesignal-template-id',
      'none',
      "A notification sent from a saved template, its `data` naming the template's id (a UUID): an id, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: {
            head: 'Выль небӧг!',
            body: '«Кывбуръяс» петіс',
            url: `https://${KN}/nebog/1201`,
            data: JSON.stringify({ template_id: u }),
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'onesignal-url-lyddyny-token',
      'error',
      WHY.pathSecret("A test push to one reviewer carries her personal reader link (`/lyddyny/<token>`) as the notification's URL"),
      ({ rng }) => {
        const tok = rng.alnum(32);
        return { value: tok, event: { head: 'Лыддьысьлы', body: 'Выль небӧг тэныд', url: `https://${KN}/lyddyny/${tok}` } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'onesignal-url-embed-7d-jti',
      'error',
      "A push opens the reading challenge's leaderboard embed (`/embed/<JWT>`), valid seven days with a jti; the row's times are Unix seconds (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(600, 86400),
          jti: true,
          claims: { iss: `https://${KN}`, resource: { page: 'lyddyam-vodzsasyam' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { head: 'Лыддьӧм вежон', body: 'Видзӧдлы, коді медъёна лыддьӧ', url: `https://${KN}/embed/${token}` },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'onesignal-data-deeplink-base64-gus',
      'error',
      "The app's deep link in the notification's `data` carries base64 JSON (`p=`), and the JSON holds a gift code's `gus` (гусь, \"secret\").",
      ({ rng }) => {
        const b = b64urlOf(JSON.stringify({ kozyn: rng.int(100, 999), gus: rng.alnum(24) }));
        return {
          value: b,
          event: {
            head: 'Козин тэныд',
            body: 'Восьт и босьт небӧг',
            url: '',
            data: JSON.stringify({ deeplink: `kominebog://kozyn?p=${b}` }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'onesignal-big-picture-md5-filename',
      'none',
      'A push with a cover image named by the MD5 of the file (32 hex): a file name, no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: {
            head: 'Выль небӧг!',
            body: '«Мойдъяс» петіс',
            url: `https://${KN}/nebog/1205`,
            data: JSON.stringify({ big_picture: `https://cdn.${KN}/kuchik/${h}.jpg` }),
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, {
    start: DAY_KV + 8 * HOUR,
    site: { host: KN },
    filler,
    render,
    steps,
    header: ['id,queued_at,completed_at,headings,contents,url,data,successful,failed,converted'],
  });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout100');
writePart(join(here, 'heldout100'), {
  'screwdriver-build-4417.ndjson': screwdriverLog(rng),
  'lutris-games-room.log': lutrisLog(rng),
  'ddwrt-messages.log': ddwrtLog(rng),
  'pingdom-checks.jsonl': pingdomLog(rng),
  'coraza-audit.log': corazaLog(rng),
  'kohana-2028-01-17.log': kohanaLog(rng),
  'mozproxy.log': pingoraLog(rng),
  'zotonic-console.log': zotonicLog(rng),
  'sublime-console.txt': sublimeLog(rng),
  'jotform-khattarsh.csv': jotformLog(rng),
  'fuelphp-2028-02-07.log': fuelLog(rng),
  'workerman-stdout.log': workermanLog(rng),
  'homey-app-run.log': homeyLog(rng),
  'onesignal-notifications.csv': onesignalLog(rng),
});
